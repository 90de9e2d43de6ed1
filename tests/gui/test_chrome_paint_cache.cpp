// ChromePaintCache keeps a style-drawn widget's picture: what it copies out must be, pixel for
// pixel, what the widget draws afresh, and must follow every change of what the widget shows.
#include "chrome_paint_cache.h"

#include <QHBoxLayout>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>

#include <functional>

using namespace tcplab;

namespace {

// An opaque view inside a tab page: the tab frame's paint region becomes the pane minus it
// (several rectangles), as in the main window.
class OpaqueBlock : public QWidget {
public:
    OpaqueBlock() { setAttribute(Qt::WA_OpaquePaintEvent); }

protected:
    void paintEvent(QPaintEvent*) override { QPainter(this).fillRect(rect(), QColor(200, 40, 40)); }
};

// Two copies of the same widgets side by side: the left one's pictures kept, the right one's not.
template <typename Make> struct Pair {
    QWidget root;
    decltype(std::declval<Make>()()) kept;
    decltype(std::declval<Make>()()) fresh;
    explicit Pair(Make make)
    {
        auto* layout = new QHBoxLayout(&root);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        kept = make();
        fresh = make();
        layout->addWidget(kept);
        layout->addWidget(fresh);
        ChromePaintCache::install(*kept);
        root.show();
    }
    // Each half of the window, rendered as the window is: with background and children.
    bool same() const
    {
        const QImage a = kept->grab().toImage(), b = fresh->grab().toImage();
        return !a.isNull() && a == b;
    }
};

} // namespace

class TestChromePaintCache : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void scrollBarCopiesFollowItsPosition()
    {
        Pair pair([] {
            auto* holder = new QWidget;
            auto* bar = new QScrollBar(Qt::Vertical, holder);
            bar->setObjectName(QStringLiteral("bar"));
            bar->setRange(0, 1000);
            bar->setPageStep(100);
            bar->setGeometry(0, 0, 16, 600);
            holder->setFixedSize(16, 600);
            return holder;
        });
        auto bars = [&] {
            return std::pair { pair.kept->findChild<QScrollBar*>(QStringLiteral("bar")),
                pair.fresh->findChild<QScrollBar*>(QStringLiteral("bar")) };
        };
        QVERIFY(pair.same());
        QVERIFY(pair.same()); // the second picture is the kept copy
        for (int value : { 0, 400, 900, 1000 }) {
            bars().first->setValue(value);
            bars().second->setValue(value);
            QVERIFY2(pair.same(), qPrintable(QStringLiteral("at %1").arg(value)));
        }
        bars().first->setRange(0, 50);
        bars().second->setRange(0, 50);
        QVERIFY(pair.same());
        bars().first->setEnabled(false);
        bars().second->setEnabled(false);
        QVERIFY(pair.same());
        // A copy that did not follow would show here: the value picture differs from the last one.
        const QImage before = pair.kept->grab().toImage();
        bars().first->setEnabled(true);
        QVERIFY(pair.kept->grab().toImage() != before);
    }

    void tabFrameCopiesFollowTabsAndSize()
    {
        Pair pair([] {
            auto* tabs = new QTabWidget;
            for (int i = 0; i < 3; ++i) {
                auto* page = new QWidget;
                auto* block = new OpaqueBlock;
                block->setParent(page);
                block->setGeometry(20 + 30 * i, 20, 120, 80);
                tabs->addTab(page, QStringLiteral("Tab %1").arg(i));
            }
            tabs->setFixedSize(320, 240);
            return tabs;
        });
        QVERIFY(pair.same());
        QVERIFY(pair.same());
        for (int tab : { 1, 2, 0 }) {
            pair.kept->setCurrentIndex(tab);
            pair.fresh->setCurrentIndex(tab);
            QVERIFY2(pair.same(), qPrintable(QStringLiteral("tab %1").arg(tab)));
        }
        pair.kept->setFixedSize(400, 300);
        pair.fresh->setFixedSize(400, 300);
        QVERIFY(pair.same());
        pair.kept->setTabPosition(QTabWidget::South);
        pair.fresh->setTabPosition(QTabWidget::South);
        QVERIFY(pair.same());
    }

    void tilesOpaquePartlyDrawnAndEmptyComposeAsDrawnInPlace()
    {
        // A look with all three kinds of tile over a coloured parent: empty (the parent shows),
        // opaque (copied without alpha) and translucent or partly covered (composed).
        auto draw = [](QPainter& p) {
            p.fillRect(QRect(16, 16, 48, 32), QColor(20, 120, 200));
            p.fillRect(QRect(70, 10, 37, 41), QColor(200, 30, 30, 120));
            p.setRenderHint(QPainter::Antialiasing);
            p.setPen(QPen(QColor(0, 0, 0), 1.5));
            p.drawEllipse(QRectF(5.5, 60.5, 90, 30));
        };
        class Drawn : public QWidget {
        public:
            std::function<void(QPainter&)> look;

        protected:
            void paintEvent(QPaintEvent*) override
            {
                QPainter p(this);
                look(p);
            }
        };
        auto make = [&] {
            auto* parent = new QWidget;
            parent->setAutoFillBackground(true);
            QPalette palette = parent->palette();
            palette.setColor(QPalette::Window, QColor(240, 200, 90));
            parent->setPalette(palette);
            auto* child = new Drawn;
            child->look = draw;
            child->setParent(parent);
            child->setGeometry(3, 5, 120, 100);
            parent->setFixedSize(130, 110);
            return std::pair { parent, child };
        };
        QWidget root;
        auto* layout = new QHBoxLayout(&root);
        const auto [keptParent, kept] = make();
        const auto [freshParent, fresh] = make();
        layout->addWidget(keptParent);
        layout->addWidget(freshParent);
        new ChromePaintCache(*kept, { [] { return QByteArray(); }, [] { return true; }, draw });
        root.show();
        const QImage first = keptParent->grab().toImage();
        QCOMPARE(first, freshParent->grab().toImage());
        QCOMPARE(keptParent->grab().toImage(), freshParent->grab().toImage()); // the kept copy
        // The copy is not a blank: the opaque block is in it.
        QCOMPARE(first.pixelColor(3 + 30, 5 + 30), QColor(20, 120, 200));
    }
};

QTEST_MAIN(TestChromePaintCache)
#include "test_chrome_paint_cache.moc"
