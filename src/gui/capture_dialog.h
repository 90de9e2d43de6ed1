#pragma once
#include "capture_connections.h"

#include <QDialog>

#include <vector>

class QLabel;
class QTableWidget;

namespace tcplab {

// File → Open capture: the TCP connections a capture holds (4-tuple, packets, payload bytes,
// duration, each end's first and last state as inferred), one to choose for the replay.
class CaptureDialog : public QDialog {
    Q_OBJECT
public:
    CaptureDialog(const QString& path, std::vector<CaptureConnection> connections, QWidget* parent = nullptr);

    // The row chosen (the first one until the user picks another).
    int chosen() const;
    void choose(int row);
    QTableWidget& table() { return *table_; }
    const std::vector<CaptureConnection>& connections() const { return connections_; }
    // "SYN_SENT → TIME_WAIT", or "ESTABLISHED (assumed) → …" for a capture begun mid-connection.
    static QString statesText(TcpState first, TcpState last, bool assumed);

protected:
    void changeEvent(QEvent* event) override;

private:
    void retranslate();
    void fill();

    QString path_;
    std::vector<CaptureConnection> connections_;
    QLabel* intro_;
    QTableWidget* table_;
};

} // namespace tcplab
