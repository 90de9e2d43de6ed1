#pragma once
#include <QColor>
#include <QString>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QChart;
class QChartView;
class QValueAxis;

namespace tcplab {

// Our one plot widget. Qt Charts is deprecated from Qt 6.10 (Qt Graphs replaces it): only this
// class's .cpp knows it, so the swap touches one file.
class ExplorerPlot : public QWidget {
    Q_OBJECT
public:
    enum class Axis { Left, Right };
    enum class Style { Solid, Dashed, Dotted };

    explicit ExplorerPlot(QWidget* parent = nullptr);

    void clear();
    void setTitle(const QString& title);
    void setAxisTitles(const QString& x, const QString& left, const QString& right = {});
    // Areas stacked in order (the first at the bottom), all sharing `xs`.
    void addStackedAreas(const QStringList& names, const QVector<double>& xs, const QVector<QVector<double>>& ys,
        const QVector<QColor>& colors);
    // With `fitAxis` false the line does not stretch its axis: a far reference (the port
    // ceiling at 28,232 sockets) stays named in the legend without flattening the data.
    void addLine(const QString& name, const QVector<double>& xs, const QVector<double>& ys, const QColor& color,
        Style style = Style::Solid, Axis axis = Axis::Left, bool fitAxis = true);
    // The largest value drawn so far on the left axis.
    double leftMax() const { return leftMax_; }

    // What is drawn, for tests and exports: the title, series names and their point counts.
    QString title() const;
    QStringList seriesNames() const;
    int pointCount(const QString& seriesName) const;

    bool exportPng(const QString& path) const;
    bool exportSvg(const QString& path) const;

private:
    void fitAxes();

    QChart* chart_;
    QChartView* view_;
    QValueAxis* x_;
    QValueAxis* left_;
    QValueAxis* right_;
    double xMin_ = 0, xMax_ = 1, leftMax_ = 1, rightMax_ = 1;
    bool any_ = false;
    bool anyRight_ = false;
};

} // namespace tcplab
