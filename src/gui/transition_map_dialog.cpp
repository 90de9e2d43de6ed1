#include "transition_map_dialog.h"

#include "lesson_catalog.h"
#include "state_diagram_layout.h"
#include "state_diagram_view.h"
#include "transition_catalog.h"
#include "transition_lessons.h"
#include "transition_map_store.h"

#include <QCoreApplication>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tcplab {

namespace {

// The catalog's one-line summaries (transition_catalog.cpp), English in the core, translated here.
[[maybe_unused]] constexpr const char* kSummaries[] = {
    QT_TRANSLATE_NOOP("TransitionMap", "RST answers our SYN: connection refused"),
    QT_TRANSLATE_NOOP("TransitionMap", "RST during a simultaneous open: connection refused"),
    QT_TRANSLATE_NOOP("TransitionMap", "RST on an open connection: connection reset"),
    QT_TRANSLATE_NOOP("TransitionMap", "RST while closing (CLOSING, LAST_ACK)"),
    QT_TRANSLATE_NOOP("TransitionMap", "RST in TIME_WAIT: TIME_WAIT assassination"),
    QT_TRANSLATE_NOOP("TransitionMap", "SYN retransmissions given up: connection timed out"),
    QT_TRANSLATE_NOOP("TransitionMap", "SYN,ACK retransmissions given up: half-open connection dropped"),
    QT_TRANSLATE_NOOP("TransitionMap", "data or FIN retransmissions given up"),
    QT_TRANSLATE_NOOP("TransitionMap", "orphaned FIN_WAIT_2 timed out"),
    QT_TRANSLATE_NOOP("TransitionMap", "keepalive probes unanswered: peer presumed dead"),
    QT_TRANSLATE_NOOP("TransitionMap", "application abort: RST sent"),
    QT_TRANSLATE_NOOP("TransitionMap", "host crashed: connection forgotten"),
    QT_TRANSLATE_NOOP("TransitionMap", "host crashed: listener gone"),
    QT_TRANSLATE_NOOP("TransitionMap", "SYN cookie: connection born ESTABLISHED"),
    QT_TRANSLATE_NOOP("TransitionMap", "FIN in SYN_RECEIVED: straight to CLOSE_WAIT"),
    QT_TRANSLATE_NOOP("TransitionMap", "SYN accepted in TIME_WAIT (RFC 6191): new incarnation"),
    QT_TRANSLATE_NOOP("TransitionMap", "TIME_WAIT taken over by tcp_tw_reuse"),
    QT_TRANSLATE_NOOP("TransitionMap", "TIME_WAIT taken over by bind() with SO_REUSEADDR"),
    QT_TRANSLATE_NOOP("TransitionMap", "TIME_WAIT destroyed: tcp_max_tw_buckets full"),
};

QString kindText(OffFigureKind kind)
{
    switch (kind) {
    case OffFigureKind::Reset:
        return TransitionMapDialog::tr("reset");
    case OffFigureKind::Timeout:
        return TransitionMapDialog::tr("timeout");
    case OffFigureKind::Abort:
        return TransitionMapDialog::tr("abort");
    case OffFigureKind::Crash:
        return TransitionMapDialog::tr("crash");
    case OffFigureKind::Extension:
        break;
    }
    return TransitionMapDialog::tr("extension");
}

QString fromText(const OffFigureTransition& t)
{
    if (t.from.empty())
        return TransitionMapDialog::tr("any state");
    if (t.from.size() > 2)
        return StateDiagramLayout::displayName(t.from.front()) + QStringLiteral(", …");
    QStringList names;
    for (TcpState s : t.from)
        names << StateDiagramLayout::displayName(s);
    return names.join(QStringLiteral(", "));
}

} // namespace

TransitionMapDialog::TransitionMapDialog(TransitionMapStore& store, QWidget* parent)
    : QDialog(parent)
    , store_(store)
    , diagram_(new StateDiagramView(Peer::Client, this))
    , count_(new QLabel(this))
    , listTitle_(new QLabel(this))
    , list_(new QTreeWidget(this))
    , offer_(new QLabel(this))
    , open_(new QPushButton(this))
    , forget_(new QPushButton(this))
    , close_(new QPushButton(this))
{
    setObjectName(QStringLiteral("transitionMapDialog"));
    diagram_->setObjectName(QStringLiteral("transitionMapDiagram"));
    count_->setObjectName(QStringLiteral("transitionMapCount"));
    list_->setObjectName(QStringLiteral("transitionMapList"));
    offer_->setObjectName(QStringLiteral("transitionMapOffer"));
    open_->setObjectName(QStringLiteral("transitionMapOpenLesson"));
    forget_->setObjectName(QStringLiteral("transitionMapForget"));
    QFont big = count_->font();
    big.setBold(true);
    big.setPointSizeF(big.pointSizeF() * 1.25);
    count_->setFont(big);
    count_->setWordWrap(true);
    listTitle_->setWordWrap(true);
    offer_->setWordWrap(true);
    offer_->setMinimumHeight(offer_->fontMetrics().lineSpacing() * 2);
    list_->setColumnCount(2);
    list_->setRootIsDecorated(false);
    list_->setWordWrap(true);
    list_->setUniformRowHeights(false);
    list_->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    list_->header()->setSectionResizeMode(1, QHeaderView::Stretch);
    list_->header()->setStretchLastSection(true);
    // Rows are wrapped to the column's width: lay them out again when it changes.
    connect(list_->header(), &QHeaderView::sectionResized, this, &TransitionMapDialog::fitRows);
    for (int i = 0; i < int(offFigureTransitions().size()); ++i)
        list_->addTopLevelItem(new QTreeWidgetItem());

    // The figure takes the dialog's whole height (it is taller than wide); everything else is
    // the column beside it.
    auto* offerRow = new QHBoxLayout;
    offerRow->addWidget(offer_, 1);
    offerRow->addWidget(open_, 0, Qt::AlignTop);
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(forget_);
    bottom->addStretch(1);
    bottom->addWidget(close_);
    auto* side = new QVBoxLayout;
    side->addWidget(count_);
    side->addWidget(listTitle_);
    side->addWidget(list_, 1);
    side->addLayout(offerRow);
    side->addLayout(bottom);
    auto* layout = new QHBoxLayout(this);
    layout->addWidget(diagram_, 5);
    layout->addLayout(side, 6);

    connect(diagram_, &StateDiagramView::mapEdgeClicked, this, &TransitionMapDialog::selectFigureEdge);
    connect(list_, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem* item) {
        if (item)
            selectOffFigure(list_->indexOfTopLevelItem(item));
    });
    connect(open_, &QPushButton::clicked, this, [this] {
        if (!offered_.isEmpty())
            Q_EMIT openLessonRequested(QStringLiteral("builtin:") + offered_);
    });
    connect(forget_, &QPushButton::clicked, this, &TransitionMapDialog::askToForget);
    connect(close_, &QPushButton::clicked, this, &QDialog::close);
    connect(&store_, &TransitionMapStore::changed, this, &TransitionMapDialog::refresh);

    // A projector's 1280x720 holds it whole, with room for the window's frame.
    const QRect screen = (parent ? parent->screen() : QGuiApplication::primaryScreen())->availableGeometry();
    resize(std::min(1180, screen.width() - 40), std::min(660, screen.height() - 50));
    retranslate();
}

QString TransitionMapDialog::countText() const
{
    return store_.countText();
}

void TransitionMapDialog::retranslate()
{
    setWindowTitle(tr("Transition map"));
    listTitle_->setText(tr("Transitions the figure does not draw: resets, timeouts giving up, aborts, crashes "
                           "and extensions"));
    list_->setHeaderLabels({ tr("Seen"), tr("Transition") });
    open_->setText(tr("Open the lesson"));
    forget_->setText(tr("Forget what I have seen…"));
    close_->setText(tr("Close"));
    refresh();
}

void TransitionMapDialog::refresh()
{
    std::set<int> seen;
    for (int i = 0; i < kFigureEdgeCount; ++i)
        if (store_.figureEdgeSeen(i))
            seen.insert(i);
    diagram_->setMap(
        seen, tr("RFC 9293, Figure 5 — ✓ seen, dashed: not yet. Click an arrow to find a lesson that walks it."));
    count_->setText(countText());
    const auto& table = offFigureTransitions();
    for (int i = 0; i < int(table.size()); ++i) {
        const OffFigureTransition& t = table[std::size_t(i)];
        QTreeWidgetItem* item = list_->topLevelItem(i);
        const bool on = store_.offFigureSeen(i);
        // The mark and the kind in one column: the transition's words need the width.
        item->setText(0, (on ? QStringLiteral("✓ ") : QStringLiteral("— ")) + kindText(t.kind));
        item->setToolTip(0, on ? tr("seen") : tr("not yet seen"));
        item->setData(1, Qt::UserRole,
            tr("%1 → %2: %3")
                .arg(fromText(t), StateDiagramLayout::displayName(t.to),
                    QCoreApplication::translate("TransitionMap", std::string(t.summary).c_str())));
        QStringList from;
        for (TcpState s : t.from)
            from << StateDiagramLayout::displayName(s);
        item->setToolTip(1, from.isEmpty() ? item->data(1, Qt::UserRole).toString() : from.join(QStringLiteral(", ")));
        item->setForeground(1, on ? palette().text() : palette().placeholderText());
    }
    fitRows();
    showOffer();
}

void TransitionMapDialog::fitRows()
{
    // A row too long for the column goes on two lines, the states above the words (the view
    // elides a long row, and the words are the point).
    const int width = list_->columnWidth(1) - 8;
    for (int i = 0; i < list_->topLevelItemCount(); ++i) {
        QTreeWidgetItem* item = list_->topLevelItem(i);
        const QString line = item->data(1, Qt::UserRole).toString();
        QString text = line;
        if (list_->fontMetrics().horizontalAdvance(line) > width) {
            const qsizetype colon = line.indexOf(QRegularExpression(QStringLiteral("[:：]")));
            if (colon > 0)
                text = line.left(colon + 1) + QLatin1Char('\n') + line.mid(colon + 1).trimmed();
        }
        if (item->text(1) != text)
            item->setText(1, text);
    }
}

QString TransitionMapDialog::transitionText(int figureEdge, int offFigure) const
{
    if (figureEdge >= 0) {
        const FigureEdge& e = figureEdges()[std::size_t(figureEdge)];
        const DiagramEdge& d = StateDiagramLayout::edges()[std::size_t(figureEdge)];
        QString words = QCoreApplication::translate("StateDiagram", d.event);
        if (*d.action)
            words += QStringLiteral(" / ") + QCoreApplication::translate("StateDiagram", d.action);
        return tr("%1 → %2 (%3)")
            .arg(StateDiagramLayout::displayName(e.from), StateDiagramLayout::displayName(e.to), words);
    }
    const OffFigureTransition& t = offFigureTransitions()[std::size_t(offFigure)];
    return tr("%1 → %2 (%3)")
        .arg(fromText(t), StateDiagramLayout::displayName(t.to),
            QCoreApplication::translate("TransitionMap", std::string(t.summary).c_str()));
}

void TransitionMapDialog::selectFigureEdge(int index)
{
    if (index < 0 || index >= kFigureEdgeCount)
        return;
    figureEdge_ = index;
    offFigure_ = -1;
    {
        const QSignalBlocker quiet(list_);
        list_->setCurrentItem(nullptr);
        list_->clearSelection();
    }
    diagram_->selectMapEdge(index);
    showOffer();
}

void TransitionMapDialog::selectOffFigure(int index)
{
    if (index < 0 || index >= int(offFigureTransitions().size()))
        return;
    offFigure_ = index;
    figureEdge_ = -1;
    diagram_->selectMapEdge(-1);
    if (list_->currentItem() != list_->topLevelItem(index)) {
        const QSignalBlocker quiet(list_);
        list_->setCurrentItem(list_->topLevelItem(index));
    }
    showOffer();
}

void TransitionMapDialog::showOffer()
{
    offered_.clear();
    if (figureEdge_ < 0 && offFigure_ < 0) {
        offer_->setText(
            tr("Pick a dashed arrow of the figure or a row of the list: a lesson that walks it is offered."));
        open_->setEnabled(false);
        return;
    }
    // The built-in library's coverage, found once (every lesson run headless) and kept.
    const TransitionLessons& lessons = TransitionLessons::library();
    offered_ = figureEdge_ >= 0 ? lessons.lessonForFigureEdge(figureEdge_) : lessons.lessonForOffFigure(offFigure_);
    const bool seen = figureEdge_ >= 0 ? store_.figureEdgeSeen(figureEdge_) : store_.offFigureSeen(offFigure_);
    const QString what = transitionText(figureEdge_, offFigure_);
    QString lessonText;
    for (const Lesson& lesson : LessonCatalog::builtin())
        if (lesson.name == offered_)
            lessonText = tr("lesson %1 — %2").arg(lesson.number, lesson.title);
    if (offered_.isEmpty())
        offer_->setText(tr("%1: no built-in lesson walks it; try it by hand.").arg(what));
    else if (seen)
        offer_->setText(tr("%1: seen. Walk it again in %2").arg(what, lessonText));
    else
        offer_->setText(tr("%1: not yet seen. Walk it in %2").arg(what, lessonText));
    open_->setEnabled(!offered_.isEmpty());
}

void TransitionMapDialog::askToForget()
{
    const auto answer = QMessageBox::question(this, tr("Forget what I have seen"),
        tr("Forget every transition seen so far? The map starts again from nothing."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        store_.forget();
}

void TransitionMapDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tcplab
