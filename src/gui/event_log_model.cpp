#include "event_log_model.h"
#include "simulation_controller.h"

#include "event_explainer.h"

#include <QBrush>
#include <QFont>

namespace tcplab {

void EventLogModel::watch(const SimulationController& controller)
{
    connect(&controller, &SimulationController::advanced, this, [this, &controller] { follow(controller.records()); });
    // A run started again (a hand edit, a step back) may be as long as the one shown: its rows
    // are read afresh, not appended to the old ones.
    connect(&controller, &SimulationController::rebuilt, this, [this, &controller] {
        clearRows();
        follow(controller.records());
    });
}

void EventLogModel::clearRows()
{
    beginResetModel();
    rows_.clear();
    consumed_ = 0;
    endResetModel();
}

const TraceRecord* EventLogModel::recordOf(const Row& row) const
{
    return records_ && row.record < records_->size() ? &(*records_)[row.record] : nullptr;
}

EventLogModel::EventLogModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void EventLogModel::follow(const std::vector<TraceRecord>& records)
{
    records_ = &records;
    if (records.size() < consumed_)
        clearRows();
    std::vector<Row> fresh;
    for (; consumed_ < records.size(); ++consumed_) {
        const TraceRecord& r = records[consumed_];
        if (!EventExplainer::worthLogging(r))
            continue;
        // What a student must not miss: a stray taken in, a segment lost, an application told
        // that its call failed (refused, reset, timed out, EADDRINUSE).
        const bool failed = r.event.kind == TraceKind::App
            && (r.event.app == AppEventKind::Error || r.event.app == AppEventKind::Reset
                || r.event.app == AppEventKind::Refused || r.event.app == AppEventKind::Timeout);
        const bool alarm
            = (r.event.kind == TraceKind::Stray && r.event.accepted) || r.event.kind == TraceKind::Drop || failed;
        fresh.push_back({ consumed_, alarm });
    }
    if (fresh.empty())
        return;
    beginInsertRows({}, int(rows_.size()), int(rows_.size() + fresh.size() - 1));
    rows_.insert(rows_.end(), fresh.begin(), fresh.end());
    endInsertRows();
}

void EventLogModel::relabel(const std::vector<TraceRecord>& records)
{
    // The words are written in the current language whenever they are asked for.
    records_ = &records;
    beginResetModel();
    endResetModel();
    follow(records);
}

int EventLogModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(rows_.size());
}

int EventLogModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventLogModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= int(rows_.size()))
        return {};
    const Row& row = rows_[std::size_t(index.row())];
    const TraceRecord* r = recordOf(row);
    if (!r)
        return {};
    if (role == TimeRole)
        return QVariant::fromValue<qint64>(r->event.t_us);
    if (role == SegmentRole)
        return QVariant::fromValue<quint64>(r->segment ? r->segment->id : 0);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return EventExplainer::formatTime(r->event.t_us);
        case PeerColumn:
            return EventExplainer::peerName(r->event.peer);
        case WhatColumn:
            return EventExplainer::explain(*r);
        case RfcColumn:
            return EventExplainer::rfcSection(*r);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == WhatColumn)
        return EventExplainer::explain(*r);
    if (role == Qt::ForegroundRole && row.alarm)
        return QBrush(QColor(0xD5, 0x00, 0x00));
    return {};
}

QVariant EventLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case PeerColumn:
        return tr("Peer");
    case WhatColumn:
        return tr("What happened");
    case RfcColumn:
        return tr("Rule");
    default:
        return {};
    }
}

} // namespace tcplab
