// The ephemeral port pool: FIFO reuse, exhaustion, and the held list tcp_tw_reuse walks.
#include "port_allocator.h"

#include <QtTest>

using namespace tcplab;

class TestPortAllocator : public QObject {
    Q_OBJECT
private slots:
    void takesPortsInOrderUntilExhausted()
    {
        PortAllocator ports(1000, 1002);
        QCOMPARE(ports.size(), 3);
        QCOMPARE(ports.takeFree().value(), std::uint16_t(1000));
        QCOMPARE(ports.takeFree().value(), std::uint16_t(1001));
        QCOMPARE(ports.takeFree().value(), std::uint16_t(1002));
        QCOMPARE(ports.freeCount(), 0);
        QVERIFY(!ports.takeFree().has_value());
    }

    void releasedPortsComeBackLongestFreeFirst()
    {
        PortAllocator ports(1000, 1002);
        for (int i = 0; i < 3; ++i)
            ports.takeFree();
        ports.release(1002);
        ports.release(1000);
        QCOMPARE(ports.freeCount(), 2);
        QCOMPARE(ports.takeFree().value(), std::uint16_t(1002));
        QCOMPARE(ports.takeFree().value(), std::uint16_t(1000));
    }

    void releasingAFreePortChangesNothing()
    {
        PortAllocator ports(1000, 1001);
        ports.release(1001);
        ports.release(5000);
        QCOMPARE(ports.freeCount(), 2);
        QVERIFY(!ports.isHeld(1001));
    }

    void heldListIsOldestFirstAndRotates()
    {
        PortAllocator ports(1000, 1002);
        QVERIFY(!ports.oldestHeld().has_value());
        for (int i = 0; i < 3; ++i)
            ports.takeFree();
        QCOMPARE(ports.oldestHeld().value(), std::uint16_t(1000));
        ports.rotateHeld(1000);
        QCOMPARE(ports.oldestHeld().value(), std::uint16_t(1001));
        ports.release(1001);
        QCOMPARE(ports.oldestHeld().value(), std::uint16_t(1002));
        QVERIFY(ports.isHeld(1000));
        QVERIFY(!ports.isHeld(1001));
    }
};

QTEST_APPLESS_MAIN(TestPortAllocator)
#include "test_port_allocator.moc"
