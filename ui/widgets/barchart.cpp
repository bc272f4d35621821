#include "ui/widgets/barchart.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QStyle>
#include <QStyleOptionFocusRect>

#include <algorithm>
#include <cmath>

namespace hpo {

namespace {
// A "nice" axis maximum (1, 2 or 5 times a power of ten) at or above `value`.
qint64 niceCeiling(qint64 value)
{
    if (value <= 0)
        return 1;
    const double magnitude = std::pow(10.0, std::floor(std::log10(double(value))));
    for (const double step : {1.0, 2.0, 5.0, 10.0}) {
        if (step * magnitude >= double(value))
            return qint64(step * magnitude);
    }
    return value;
}
} // namespace

BarChart::BarChart(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("barChart"));
    setAccessibleName(tr("Chart"));
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding);
    // Tab reaches it so a screen reader reads the figures (its description); nothing to press.
    setFocusPolicy(Qt::TabFocus);
    updateAccessibleDescription();
}

void BarChart::setBars(QList<Bar> bars)
{
    m_bars = std::move(bars);
    updateAccessibleDescription();
    update();
}

void BarChart::setEmptyText(const QString &text)
{
    m_emptyText = text;
    update();
}

QSize BarChart::sizeHint() const
{
    return {480, 240};
}

QSize BarChart::minimumSizeHint() const
{
    return {200, 120};
}

void BarChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    render(painter, QRectF(rect()));
    if (hasFocus()) {
        QStyleOptionFocusRect focus;
        focus.initFrom(this);
        focus.backgroundColor = palette().color(QPalette::Window);
        style()->drawPrimitive(QStyle::PE_FrameFocusRect, &focus, &painter, this);
    }
}

void BarChart::render(QPainter &painter, const QRectF &rect) const
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetricsF fm(painter.font());
    const QLocale locale;

    if (m_bars.isEmpty()) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(rect, Qt::AlignCenter | Qt::TextWordWrap, m_emptyText);
        painter.restore();
        return;
    }

    const qint64 maxValue = std::max_element(m_bars.cbegin(), m_bars.cend(), [](const Bar &a, const Bar &b) {
                                return a.value < b.value;
                            })->value;
    const qint64 axisMax = niceCeiling(maxValue);
    const QString axisMaxText = locale.toString(axisMax);
    const double left = rect.left() + fm.horizontalAdvance(axisMaxText) + 8;
    const double bottom = rect.bottom() - fm.height() - 6;
    const double top = rect.top() + fm.height() + 4;
    const QRectF plot(QPointF(left, top), QPointF(rect.right() - 4, bottom));

    // Axis and grid lines at 0, 1/2 and max.
    QColor grid = pal.color(QPalette::WindowText);
    grid.setAlphaF(0.15);
    for (int i = 0; i <= 2; ++i) {
        const double y = plot.bottom() - plot.height() * i / 2.0;
        painter.setPen(QPen(grid, 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(pal.color(QPalette::PlaceholderText));
        const QString text = locale.toString(axisMax * i / 2);
        painter.drawText(QRectF(rect.left(), y - fm.height() / 2, left - rect.left() - 6, fm.height()),
                         Qt::AlignRight | Qt::AlignVCenter, text);
    }

    const double slot = plot.width() / m_bars.size();
    const double barWidth = std::min(slot * 0.6, 80.0);
    const QColor barColor = pal.color(QPalette::Highlight);
    for (qsizetype i = 0; i < m_bars.size(); ++i) {
        const Bar &bar = m_bars.at(i);
        const double h = plot.height() * double(bar.value) / double(axisMax);
        const double x = plot.left() + slot * i + (slot - barWidth) / 2;
        const QRectF barRect(x, plot.bottom() - h, barWidth, h);
        QPainterPath path;
        path.addRoundedRect(barRect, 3, 3);
        painter.fillPath(path, barColor);

        painter.setPen(pal.color(QPalette::WindowText));
        painter.drawText(QRectF(x - slot, barRect.top() - fm.height() - 2, barWidth + 2 * slot, fm.height()),
                         Qt::AlignHCenter | Qt::AlignBottom, locale.toString(bar.value));
        painter.drawText(QRectF(plot.left() + slot * i, plot.bottom() + 4, slot, fm.height()),
                         Qt::AlignHCenter | Qt::AlignTop, bar.label);
    }
    painter.restore();
}

void BarChart::updateAccessibleDescription()
{
    // Screen readers cannot see bars: describe the values instead.
    QStringList parts;
    const QLocale locale;
    for (const Bar &bar : std::as_const(m_bars))
        parts << tr("%1: %2").arg(bar.label, locale.toString(bar.value));
    setAccessibleDescription(parts.isEmpty() ? tr("No figures to draw") : parts.join(QStringLiteral("; ")));
}

} // namespace hpo
