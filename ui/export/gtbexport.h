// Writes the GTB overview to files: CSV like DUO's own (UTF-8 with BOM, ';'),
// and PDF with the chart and a table per peildatum. They take a path, so the
// page's file dialog and the tests share the same code.
#pragma once

#include "models/domain/gtboverview.h"
#include "models/domain/result.h"
#include "ui/widgets/barchart.h"

#include <QCoreApplication>
#include <QString>

#include <functional>

class QPainter;
class QRectF;

namespace hpo {

class GtbExport
{
    Q_DECLARE_TR_FUNCTIONS(hpo::GtbExport)

public:
    // Header row, then one row per vestiging per peildatum (newest peildatum first):
    // institution code and name, peildatum and "bijgewerkt tot" (yyyy-MM-dd), vestiging
    // code and name, the seven funded figures, the seven unfunded figures.
    static Status writeCsv(const QString &path, const GtbOverview &overview, const QString &institutionName);
    // A4 landscape: title, institution, "bijgewerkt tot", the chart of totals, and per
    // peildatum the table of vestigingen with totals.
    static Status writePdf(const QString &path, const GtbOverview &overview, const QString &institutionName);

    // Paints what writePdf writes, page by page within `page` (device coordinates from 0,0),
    // calling newPage() between pages: for the PDF, and for a print preview later.
    static void paint(QPainter &painter, const QRectF &page, const std::function<void()> &newPage,
                      const GtbOverview &overview, const QString &institutionName);

    // The chart's bars: funded + unfunded per peildatum, oldest first.
    static QList<BarChart::Bar> totalsBars(const GtbOverview &overview);
    // The overview's peildata, newest first.
    static QList<const GtbPeildatum *> newestFirst(const GtbOverview &overview);
    // The notice the page shows as a banner and the PDF prints.
    static QString noLongerUpdatedText();
};

} // namespace hpo
