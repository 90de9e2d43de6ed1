#include "capture_dialog.h"

#include "event_explainer.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tcplab {

namespace {
enum Column { TupleColumn, PacketsColumn, BytesColumn, DurationColumn, ClientColumn, ServerColumn, ColumnCount };

QString stateText(TcpState s)
{
    const auto name = tcplab::stateName(s);
    return QString::fromLatin1(name.data(), qsizetype(name.size()));
}
} // namespace

CaptureDialog::CaptureDialog(const QString& path, std::vector<CaptureConnection> connections, QWidget* parent)
    : QDialog(parent)
    , path_(path)
    , connections_(std::move(connections))
    , intro_(new QLabel(this))
    , table_(new QTableWidget(int(connections_.size()), ColumnCount, this))
{
    setObjectName(QStringLiteral("captureDialog"));
    intro_->setWordWrap(true);
    table_->setObjectName(QStringLiteral("captureConnections"));
    table_->setSelectionBehavior(QAbstractItemView::SelectRows);
    table_->setSelectionMode(QAbstractItemView::SingleSelection);
    table_->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table_->verticalHeader()->hide();
    table_->horizontalHeader()->setStretchLastSection(true);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(table_, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        choose(row);
        accept();
    });
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro_);
    layout->addWidget(table_);
    layout->addWidget(buttons);
    resize(900, 360);
    retranslate();
    choose(0);
}

int CaptureDialog::chosen() const
{
    return table_->currentRow();
}

void CaptureDialog::choose(int row)
{
    if (row >= 0 && row < table_->rowCount())
        table_->selectRow(row);
}

QString CaptureDialog::statesText(TcpState first, TcpState last, bool assumed)
{
    const QString from = assumed ? tr("%1 (assumed)").arg(stateText(first)) : stateText(first);
    return tr("%1 → %2").arg(from, stateText(last));
}

void CaptureDialog::retranslate()
{
    setWindowTitle(tr("Open capture: %1").arg(QFileInfo(path_).fileName()));
    intro_->setText(tr("%n TCP connection(s) in this capture. Choose one to replay in the diagrams at its real "
                       "timings. A capture is taken at one point: the states are inferred from the segments seen "
                       "there, and the far end's are a guess.",
        nullptr, int(connections_.size())));
    table_->setHorizontalHeaderLabels({ tr("Connection (client → server)"), tr("Packets"), tr("Bytes"), tr("Duration"),
        tr("Client: first → last state"), tr("Server: first → last state") });
    fill();
}

void CaptureDialog::fill()
{
    for (int row = 0; row < int(connections_.size()); ++row) {
        const CaptureConnection& c = connections_[std::size_t(row)];
        const QString cells[ColumnCount]
            = { QString::fromStdString(c.tupleText()), QString::number(c.packets), QString::number(c.payloadBytes),
                  EventExplainer::formatTime(c.durationUs()), statesText(c.clientFirst, c.clientLast, !c.sawHandshake),
                  statesText(c.serverFirst, c.serverLast, !c.sawHandshake) };
        for (int column = 0; column < ColumnCount; ++column) {
            auto* item = new QTableWidgetItem(cells[column]);
            if (column >= PacketsColumn && column <= DurationColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            table_->setItem(row, column, item);
        }
    }
    table_->resizeColumnsToContents();
}

void CaptureDialog::changeEvent(QEvent* event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QDialog::changeEvent(event);
}

} // namespace tcplab
