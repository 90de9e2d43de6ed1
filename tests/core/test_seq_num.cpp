#include "seq_num.h"

#include <QtTest>

using tcplab::segmentAcceptable;
using tcplab::SeqNum;

class TestSeqNum : public QObject {
    Q_OBJECT
private slots:
    void comparisons_data()
    {
        QTest::addColumn<quint32>("a");
        QTest::addColumn<quint32>("b");
        QTest::addColumn<bool>("aBeforeB");
        QTest::newRow("small numbers") << 1u << 2u << true;
        QTest::newRow("equal is not before") << 7u << 7u << false;
        QTest::newRow("across the 2^32 wrap") << 0xFFFFFFF0u << 0x10u << true;
        QTest::newRow("after the wrap is after") << 0x10u << 0xFFFFFFF0u << false;
        QTest::newRow("just under half the space") << 0u << 0x7FFFFFFFu << true;
        QTest::newRow("over half the space wraps") << 0u << 0x80000001u << false;
    }
    void comparisons()
    {
        QFETCH(quint32, a);
        QFETCH(quint32, b);
        QFETCH(bool, aBeforeB);
        QCOMPARE(SeqNum(a).before(SeqNum(b)), aBeforeB);
        QCOMPARE(SeqNum(b).after(SeqNum(a)), aBeforeB);
        QCOMPARE(SeqNum(a).beforeOrEqual(SeqNum(b)), aBeforeB || a == b);
    }

    void arithmeticWraps()
    {
        SeqNum s(0xFFFFFFFFu);
        QCOMPARE((s + 1).value(), 0u);
        QCOMPARE((s + 2) - s, 2u);
        QCOMPARE((SeqNum(5) - 10u).value(), 0xFFFFFFFBu);
        QVERIFY(SeqNum(3).inHalfOpen(SeqNum(0xFFFFFFFEu), SeqNum(10)));
        QVERIFY(!SeqNum(10).inHalfOpen(SeqNum(0xFFFFFFFEu), SeqNum(10)));
        QVERIFY(SeqNum(0xFFFFFFFEu).inHalfOpen(SeqNum(0xFFFFFFFEu), SeqNum(10)));
    }

    void acceptability_data()
    {
        QTest::addColumn<quint32>("seq");
        QTest::addColumn<quint32>("len");
        QTest::addColumn<quint32>("rcvNxt");
        QTest::addColumn<quint32>("wnd");
        QTest::addColumn<bool>("ok");
        // Case 1: zero length, zero window.
        QTest::newRow("len 0 wnd 0: SEQ = RCV.NXT") << 100u << 0u << 100u << 0u << true;
        QTest::newRow("len 0 wnd 0: SEQ != RCV.NXT") << 101u << 0u << 100u << 0u << false;
        // Case 2: zero length, open window.
        QTest::newRow("len 0 wnd>0: at left edge") << 100u << 0u << 100u << 10u << true;
        QTest::newRow("len 0 wnd>0: at right edge (outside)") << 110u << 0u << 100u << 10u << false;
        QTest::newRow("len 0 wnd>0: old") << 99u << 0u << 100u << 10u << false;
        QTest::newRow("len 0 wnd>0: window across the wrap") << 2u << 0u << 0xFFFFFFFCu << 10u << true;
        // Case 3: data, zero window: never.
        QTest::newRow("len>0 wnd 0") << 100u << 5u << 100u << 0u << false;
        // Case 4: data, open window: first or last octet inside.
        QTest::newRow("len>0 wnd>0: first octet inside") << 105u << 20u << 100u << 10u << true;
        QTest::newRow("len>0 wnd>0: last octet inside (straddles old and new)") << 95u << 10u << 100u << 10u << true;
        QTest::newRow("len>0 wnd>0: entirely old (retransmitted FIN)") << 99u << 1u << 100u << 10u << false;
        QTest::newRow("len>0 wnd>0: entirely beyond") << 110u << 5u << 100u << 10u << false;
        QTest::newRow("len>0 wnd>0: across the wrap") << 0xFFFFFFFEu << 4u << 0u << 10u << true;
    }
    void acceptability()
    {
        QFETCH(quint32, seq);
        QFETCH(quint32, len);
        QFETCH(quint32, rcvNxt);
        QFETCH(quint32, wnd);
        QFETCH(bool, ok);
        QCOMPARE(segmentAcceptable(SeqNum(seq), len, SeqNum(rcvNxt), wnd), ok);
    }
};

QTEST_APPLESS_MAIN(TestSeqNum)
#include "test_seq_num.moc"
