#pragma once
#include "trace_record.h"

#include <QAbstractTableModel>

#include <vector>

namespace tcplab {

class SimulationController;

// The event log: one row per trace event worth reading, in plain language with its RFC section.
class EventLogModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { TimeColumn, PeerColumn, WhatColumn, RfcColumn, ColumnCount };
    static constexpr int TimeRole = Qt::UserRole + 1; // the row's virtual time (qint64 µs)
    static constexpr int SegmentRole = Qt::UserRole + 2; // the segment it is about (quint64), or 0

    explicit EventLogModel(QObject* parent = nullptr);
    void follow(const std::vector<TraceRecord>& records);
    // Subscribes to the run: reads it from `controller` whenever it advances.
    void watch(const SimulationController& controller);
    // Writes every row again in the current language (after QEvent::LanguageChange).
    void relabel(const std::vector<TraceRecord>& records);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    // A row is the trace record it shows: its words are written when the view asks for them
    // (the rows in view), not for each of the 500,000 records a long run can hold.
    struct Row {
        std::size_t record;
        bool alarm;
    };
    const TraceRecord* recordOf(const Row& row) const;
    void clearRows();
    std::vector<Row> rows_;
    std::size_t consumed_ = 0;
    const std::vector<TraceRecord>* records_ = nullptr; // the run's trace, as last followed
};

} // namespace tcplab
