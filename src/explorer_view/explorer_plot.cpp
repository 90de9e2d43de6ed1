#include "explorer_plot.h"

#include <QAreaSeries>
#include <QChart>
#include <QChartView>
#include <QLineSeries>
#include <QPainter>
#include <QSvgGenerator>
#include <QVBoxLayout>
#include <QValueAxis>

#include <algorithm>

namespace tcplab {

namespace {
QLineSeries* lineFrom(const QVector<double>& xs, const QVector<double>& ys)
{
    auto* series = new QLineSeries;
    QList<QPointF> points;
    points.reserve(xs.size());
    for (qsizetype i = 0; i < xs.size() && i < ys.size(); ++i)
        points.append(QPointF(xs[i], ys[i]));
    series->replace(points);
    return series;
}
} // namespace

ExplorerPlot::ExplorerPlot(QWidget* parent)
    : QWidget(parent)
    , chart_(new QChart)
    , x_(new QValueAxis)
    , left_(new QValueAxis)
    , right_(new QValueAxis)
{
    chart_->addAxis(x_, Qt::AlignBottom);
    chart_->addAxis(left_, Qt::AlignLeft);
    chart_->addAxis(right_, Qt::AlignRight);
    right_->setVisible(false);
    chart_->legend()->setAlignment(Qt::AlignBottom);
    chart_->legend()->setVisible(true);
    // Redrawing tens of thousands of points with animation would make the window sluggish.
    chart_->setAnimationOptions(QChart::NoAnimation);
    view_ = new QChartView(chart_, this);
    view_->setRenderHint(QPainter::Antialiasing);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(view_);
}

void ExplorerPlot::clear()
{
    chart_->removeAllSeries();
    any_ = anyRight_ = false;
    xMin_ = 0;
    xMax_ = leftMax_ = rightMax_ = 1;
    right_->setVisible(false);
    fitAxes();
}

void ExplorerPlot::setTitle(const QString& title)
{
    chart_->setTitle(title);
}

void ExplorerPlot::setAxisTitles(const QString& x, const QString& left, const QString& right)
{
    x_->setTitleText(x);
    left_->setTitleText(left);
    right_->setTitleText(right);
}

void ExplorerPlot::addStackedAreas(const QStringList& names, const QVector<double>& xs,
    const QVector<QVector<double>>& ys, const QVector<QColor>& colors)
{
    QVector<double> base(xs.size(), 0.0);
    for (qsizetype k = 0; k < names.size() && k < ys.size(); ++k) {
        QVector<double> top = base;
        for (qsizetype i = 0; i < top.size() && i < ys[k].size(); ++i)
            top[i] += ys[k][i];
        auto* upper = lineFrom(xs, top);
        auto* lower = lineFrom(xs, base);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setName(names[k]);
        const QColor color = colors.value(k, Qt::gray);
        area->setColor(color);
        area->setBorderColor(color.darker(130));
        chart_->addSeries(area);
        area->attachAxis(x_);
        area->attachAxis(left_);
        for (double v : top)
            leftMax_ = std::max(leftMax_, v);
        base = top;
    }
    if (!xs.isEmpty()) {
        xMin_ = any_ ? std::min(xMin_, xs.front()) : xs.front();
        xMax_ = std::max(xMax_, xs.back());
        any_ = true;
    }
    fitAxes();
}

void ExplorerPlot::addLine(const QString& name, const QVector<double>& xs, const QVector<double>& ys,
    const QColor& color, Style style, Axis axis, bool fitAxis)
{
    auto* series = lineFrom(xs, ys);
    series->setName(name);
    QPen pen(color);
    pen.setWidthF(2.0);
    pen.setStyle(style == Style::Dashed ? Qt::DashLine : style == Style::Dotted ? Qt::DotLine : Qt::SolidLine);
    series->setPen(pen);
    chart_->addSeries(series);
    series->attachAxis(x_);
    series->attachAxis(axis == Axis::Left ? left_ : right_);
    double& top = axis == Axis::Left ? leftMax_ : rightMax_;
    for (double v : ys)
        if (fitAxis)
            top = std::max(top, v);
    if (axis == Axis::Right) {
        anyRight_ = true;
        right_->setVisible(true);
    }
    if (!xs.isEmpty()) {
        xMin_
            = any_ ? std::min(xMin_, *std::min_element(xs.begin(), xs.end())) : *std::min_element(xs.begin(), xs.end());
        xMax_ = std::max(xMax_, *std::max_element(xs.begin(), xs.end()));
        any_ = true;
    }
    fitAxes();
}

void ExplorerPlot::fitAxes()
{
    // The x axis spans exactly the data (nice numbers would leave an empty tail).
    x_->setRange(xMin_, xMax_ > xMin_ ? xMax_ : xMin_ + 1);
    x_->setLabelFormat(QStringLiteral("%g"));
    left_->setRange(0, leftMax_ * 1.08);
    right_->setRange(0, rightMax_ * 1.08);
    for (QValueAxis* axis : { left_, right_ }) {
        axis->applyNiceNumbers();
        axis->setLabelFormat(QStringLiteral("%g"));
    }
}

QString ExplorerPlot::title() const
{
    return chart_->title();
}

QStringList ExplorerPlot::seriesNames() const
{
    QStringList names;
    for (const QAbstractSeries* s : chart_->series())
        names.append(s->name());
    return names;
}

int ExplorerPlot::pointCount(const QString& seriesName) const
{
    for (const QAbstractSeries* s : chart_->series()) {
        if (s->name() != seriesName)
            continue;
        if (const auto* line = qobject_cast<const QLineSeries*>(s))
            return static_cast<int>(line->count());
        if (const auto* area = qobject_cast<const QAreaSeries*>(s))
            return static_cast<int>(area->upperSeries()->count());
    }
    return -1;
}

bool ExplorerPlot::exportPng(const QString& path) const
{
    return view_->grab().save(path, "PNG");
}

bool ExplorerPlot::exportSvg(const QString& path) const
{
    QSvgGenerator svg;
    svg.setFileName(path);
    svg.setSize(view_->size());
    svg.setViewBox(QRect(QPoint(0, 0), view_->size()));
    svg.setTitle(chart_->title());
    QPainter painter;
    if (!painter.begin(&svg))
        return false;
    view_->render(&painter);
    return painter.end();
}

} // namespace tcplab
