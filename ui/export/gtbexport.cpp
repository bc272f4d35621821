#include "ui/export/gtbexport.h"

#include "models/displaytext.h"
#include "models/gtbfield.h"

#include <QLocale>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>

#include <algorithm>

namespace hpo {

namespace {
Status writeError(const QString &path, const QString &reason)
{
    return Error {
        QStringLiteral("export-write-failed"), QStringLiteral("Cannot write %1: %2").arg(path, reason), {}};
}

// Quotes a CSV field when it must be, and keeps spreadsheets from running text that
// starts like a formula (a school name from the server is not trusted to be harmless).
QString csvField(QString text)
{
    if (!text.isEmpty() && QStringLiteral("=+-@\t\r").contains(text.front()))
        text.prepend(u'\'');
    if (text.contains(u';') || text.contains(u'"') || text.contains(u'\n') || text.contains(u'\r')) {
        text.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

QString isoDate(const QDate &date)
{
    return date.toString(Qt::ISODate);
}
} // namespace

QString GtbExport::noLongerUpdatedText()
{
    return tr("This overview is no longer updated since 8 December 2021. Current figures are in Mijn DUO.");
}

QList<const GtbPeildatum *> GtbExport::newestFirst(const GtbOverview &overview)
{
    QList<const GtbPeildatum *> out;
    for (const GtbPeildatum &p : overview.peildata)
        out.append(&p);
    std::stable_sort(out.begin(), out.end(), [](const GtbPeildatum *a, const GtbPeildatum *b) {
        return a->peildatum > b->peildatum;
    });
    return out;
}

QList<BarChart::Bar> GtbExport::totalsBars(const GtbOverview &overview)
{
    QList<std::pair<QDate, GtbCounts>> totals = overview.totalsPerPeildatum();
    std::stable_sort(totals.begin(), totals.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    QList<BarChart::Bar> bars;
    const QLocale locale;
    for (const auto &[date, counts] : std::as_const(totals))
        bars.append({locale.toString(date, QLocale::ShortFormat), counts.total});
    return bars;
}

Status GtbExport::writeCsv(const QString &path, const GtbOverview &overview, const QString &institutionName)
{
    QStringList header {tr("Institution code"), tr("Institution name"),         DisplayText::peildatumTitle(),
                        tr("Updated until"),    DisplayText::branchCodeTitle(), DisplayText::branchTitle()};
    for (const GtbField field : gtbFields)
        header << tr("%1 (funded)").arg(DisplayText::gtbField(field));
    for (const GtbField field : gtbFields)
        header << tr("%1 (unfunded)").arg(DisplayText::gtbField(field));

    QString out;
    const auto appendRow = [&out](const QStringList &fields) {
        QStringList quoted;
        for (const QString &f : fields)
            quoted << csvField(f);
        out += quoted.join(u';') + QStringLiteral("\r\n");
    };
    appendRow(header);
    for (const GtbPeildatum *p : newestFirst(overview)) {
        for (const GtbBranchCounts &branch : p->branches) {
            QStringList row {overview.institutionCode, institutionName,   isoDate(p->peildatum),
                             isoDate(p->updatedUntil), branch.branchCode, branch.branchName};
            for (const GtbField field : gtbFields)
                row << QString::number(gtbValue(branch.funded, field));
            for (const GtbField field : gtbFields)
                row << QString::number(gtbValue(branch.unfunded, field));
            appendRow(row);
        }
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    // The BOM makes spreadsheet programs read the file as UTF-8 (DUO's own files do the same).
    file.write(QByteArrayLiteral("\xEF\xBB\xBF"));
    file.write(out.toUtf8());
    if (!file.commit())
        return writeError(path, file.errorString());
    return success();
}

namespace {
// Draws one peildatum's table from `top`; returns the y below it. Starts a new page
// (and repeats the header) when a row would not fit.
double drawTable(QPainter &painter, const std::function<void()> &newPage, const GtbPeildatum &peildatum,
                 double top, double width, double pageBottom)
{
    const QLocale locale;
    const QFontMetricsF fm(painter.font());
    const double rowHeight = fm.height() * 1.5;
    const double pad = fm.horizontalAdvance(u' ');

    QStringList headers {DisplayText::branchCodeTitle(), DisplayText::branchTitle()};
    for (const GtbField field : gtbFields) {
        if (field != GtbField::Total)
            headers << DisplayText::gtbField(field);
    }
    headers << DisplayText::gtbFunding(GtbFunding::Funded) << DisplayText::gtbFunding(GtbFunding::Unfunded)
            << DisplayText::gtbField(GtbField::Total);
    const int numeric = int(headers.size()) - 2;
    const double codeWidth = width * 0.10;
    const double nameWidth = width * 0.22;
    const double numberWidth = (width - codeWidth - nameWidth) / numeric;

    // Header cells wrap onto two lines ("Weight / 0.30"); body cells elide.
    const auto drawRow = [&](double y, const QStringList &cells, bool bold, bool header = false) {
        QFont font = painter.font();
        font.setBold(bold);
        painter.setFont(font);
        const double height = header ? 2 * rowHeight : rowHeight;
        double x = 0;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const double w = i == 0 ? codeWidth : i == 1 ? nameWidth : numberWidth;
            const QRectF cell(x + pad, y, w - 2 * pad, height);
            const Qt::Alignment align = i < 2 ? Qt::AlignLeft : Qt::AlignRight;
            if (header) {
                // A word too long for its column ("Vestigingscode") is set smaller, not cut.
                double widestWord = 0;
                for (const QString &word : cells.at(i).split(u' '))
                    widestWord
                        = std::max(widestWord, QFontMetricsF(font, painter.device()).horizontalAdvance(word));
                QFont small = font;
                if (widestWord > cell.width())
                    small.setPointSizeF(std::max(5.0, font.pointSizeF() * 0.95 * cell.width() / widestWord));
                painter.setFont(small);
                painter.drawText(cell, int(Qt::AlignBottom | align) | Qt::TextWordWrap, cells.at(i));
                painter.setFont(font);
            } else {
                painter.drawText(
                    cell, Qt::AlignVCenter | align,
                    painter.fontMetrics().elidedText(cells.at(i), Qt::ElideRight, int(cell.width())));
            }
            x += w;
        }
        font.setBold(false);
        painter.setFont(font);
        painter.setPen(QPen(Qt::lightGray, 0));
        painter.drawLine(QPointF(0, y + height), QPointF(width, y + height));
        painter.setPen(Qt::black);
        return height;
    };
    const auto cellsFor = [&](const QString &code, const QString &name, const GtbBranchCounts &counts) {
        QStringList cells {code, name};
        const GtbCounts combined = counts.combined();
        for (const GtbField field : gtbFields) {
            if (field != GtbField::Total)
                cells << locale.toString(gtbValue(combined, field));
        }
        cells << locale.toString(counts.funded.total) << locale.toString(counts.unfunded.total)
              << locale.toString(combined.total);
        return cells;
    };

    double y = top;
    y += drawRow(y, headers, true, true);
    QList<std::pair<QStringList, bool>> rows;
    for (const GtbBranchCounts &branch : peildatum.branches)
        rows.append({cellsFor(branch.branchCode, branch.branchName, branch), false});
    GtbBranchCounts total;
    total.funded = peildatum.fundedTotal();
    total.unfunded = peildatum.unfundedTotal();
    rows.append({cellsFor(QString(), DisplayText::gtbField(GtbField::Total), total), true});
    for (const auto &[cells, bold] : std::as_const(rows)) {
        if (y + rowHeight > pageBottom) {
            newPage();
            y = 0;
            y += drawRow(y, headers, true, true);
        }
        drawRow(y, cells, bold);
        y += rowHeight;
    }
    return y;
}
} // namespace

Status GtbExport::writePdf(const QString &path, const GtbOverview &overview, const QString &institutionName)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return writeError(path, file.errorString());
    {
        QPdfWriter writer(&file);
        writer.setTitle(tr("GTB overview"));
        writer.setCreator(QStringLiteral("MijnHelpdeskPO"));
        writer.setResolution(300);
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);

        QPainter painter;
        if (!painter.begin(&writer))
            return writeError(path, QStringLiteral("the PDF writer could not start"));
        paint(
            painter, QRectF(QPointF(0, 0), QSizeF(writer.width(), writer.height())),
            [&writer] { writer.newPage(); }, overview, institutionName);
        if (!painter.end())
            return writeError(path, QStringLiteral("the PDF could not be finished"));
    }
    if (!file.commit())
        return writeError(path, file.errorString());
    return success();
}

void GtbExport::paint(QPainter &painter, const QRectF &page, const std::function<void()> &newPage,
                      const GtbOverview &overview, const QString &institutionName)
{
    painter.save();
    QFont font = painter.font();
    font.setPointSizeF(9);
    painter.setFont(font);
    painter.setPen(Qt::black);

    double y = 0;
    const auto drawLine = [&](const QString &text, double pointSize, bool bold) {
        QFont f = font;
        f.setPointSizeF(pointSize);
        f.setBold(bold);
        painter.setFont(f);
        const QFontMetricsF fm(f, painter.device());
        const QRectF bounds
            = painter.boundingRect(QRectF(0, y, page.width(), page.height()), Qt::TextWordWrap, text);
        painter.drawText(QRectF(0, y, page.width(), bounds.height()), Qt::TextWordWrap, text);
        y += bounds.height() + fm.height() * 0.4;
        painter.setFont(font);
    };

    drawLine(tr("GTB overview"), 16, true);
    drawLine(QStringList {institutionName, overview.institutionCode}.join(QStringLiteral(" · ")), 11, false);
    if (overview.updatedUntil.isValid())
        drawLine(DisplayText::updatedUntil(overview.updatedUntil), 10, false);
    drawLine(noLongerUpdatedText(), 9, false);

    // The chart as on screen, in print colours whatever the desktop's theme.
    BarChart chart;
    QPalette print;
    print.setColor(QPalette::WindowText, Qt::black);
    print.setColor(QPalette::PlaceholderText, Qt::darkGray);
    print.setColor(QPalette::Highlight, QColor(0x15, 0x4d, 0x8c));
    chart.setPalette(print);
    chart.setBars(totalsBars(overview));
    const double chartHeight = page.height() * 0.38;
    chart.render(painter, QRectF(0, y, page.width() * 0.8, chartHeight));
    y += chartHeight + painter.fontMetrics().height();

    for (const GtbPeildatum *p : newestFirst(overview)) {
        const double needed = painter.fontMetrics().height() * 6;
        if (y + needed > page.height()) {
            newPage();
            y = 0;
        }
        drawLine(tr("Peildatum %1, updated until %2")
                     .arg(DisplayText::longDate(p->peildatum), DisplayText::longDate(p->updatedUntil)),
                 11, true);
        y = drawTable(painter, newPage, *p, y, page.width(), page.height());
        y += painter.fontMetrics().height();
    }
    painter.restore();
}

} // namespace hpo
