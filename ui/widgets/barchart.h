// A small bar chart drawn with QPainter (Qt Charts is GPL-only): one bar per
// label, value printed above it, palette-aware so it reads in light and dark.
#pragma once

#include <QList>
#include <QWidget>

namespace hpo {

class BarChart final : public QWidget
{
    Q_OBJECT

public:
    struct Bar
    {
        QString label; // e.g. the peildatum, "1-10-2016"
        qint64 value = 0;
        friend bool operator==(const Bar &, const Bar &) = default;
    };

    explicit BarChart(QWidget *parent = nullptr);

    void setBars(QList<Bar> bars);
    const QList<Bar> &bars() const { return m_bars; }
    void setEmptyText(const QString &text);

    // Draws the chart into `painter` within `rect`: used for the widget and for PDF export.
    void render(QPainter &painter, const QRectF &rect) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    void updateAccessibleDescription();

    QList<Bar> m_bars;
    QString m_emptyText;
};

} // namespace hpo
