#include "ui/widgets/barchart.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using hpo::BarChart;

namespace {
int countPixels(const QImage &image, const QColor &color)
{
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            if (image.pixelColor(x, y) == color)
                ++n;
        }
    }
    return n;
}
// Heights of the bars, left to right: runs of columns that contain the bar colour.
QList<int> barHeights(const QImage &image, const QColor &color)
{
    QList<int> heights;
    bool inBar = false;
    for (int x = 0; x < image.width(); ++x) {
        int h = 0;
        for (int y = 0; y < image.height(); ++y)
            h += image.pixelColor(x, y) == color ? 1 : 0;
        if (h > 0 && !inBar)
            heights.append(0);
        if (h > 0)
            heights.last() = std::max(heights.last(), h);
        inBar = h > 0;
    }
    return heights;
}
} // namespace

class TestBarChart : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void barsAreDrawnInProportion()
    {
        BarChart chart;
        chart.resize(400, 200);
        const QColor bar = chart.palette().color(QPalette::Highlight);

        chart.setBars({{QStringLiteral("2015"), 100}, {QStringLiteral("2016"), 50}});
        const QList<int> heights = barHeights(chart.grab().toImage(), bar);
        QCOMPARE(heights.size(), 2);
        QVERIFY2(heights[0] > 50, "a bar is visible");
        QVERIFY2(std::abs(heights[1] * 2 - heights[0]) <= 3, "the second bar is half as high");
    }

    void emptyChartShowsText()
    {
        BarChart chart;
        chart.resize(300, 150);
        chart.setEmptyText(QStringLiteral("Nothing"));
        const QImage image = chart.grab().toImage();
        QCOMPARE(countPixels(image, chart.palette().color(QPalette::Highlight)), 0);
    }

    void describesValuesForScreenReaders()
    {
        BarChart chart;
        chart.setBars({{QStringLiteral("1-10-2016"), 1234}});
        QVERIFY(chart.accessibleDescription().contains(QStringLiteral("1-10-2016")));
    }

    void rendersIntoAnyPainter()
    {
        BarChart chart;
        chart.setBars({{QStringLiteral("a"), 3}, {QStringLiteral("b"), 7}});
        QImage image(600, 300, QImage::Format_ARGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        chart.render(painter, QRectF(0, 0, 600, 300));
        painter.end();
        QVERIFY(countPixels(image, chart.palette().color(QPalette::Highlight)) > 500);
    }
};

QTEST_MAIN(TestBarChart)
#include "tst_barchart.moc"
