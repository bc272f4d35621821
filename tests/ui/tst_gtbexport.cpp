// GTB exports written to real files and read back.
#include "models/gtbfield.h"
#include "tests/support/gtbfixture.h"
#include "ui/export/gtbexport.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace hpo;

namespace {
// RFC 4180 with ';': quoted fields may hold ';', '""' and line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> rows;
    QStringList row;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u';') {
            row << std::exchange(field, {});
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row << std::exchange(field, {});
            rows << std::exchange(row, {});
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

int pageCount(const QByteArray &pdf)
{
    int n = 0;
    auto it = QRegularExpression(QStringLiteral("/Type\\s*/Page[^s]")).globalMatch(QString::fromLatin1(pdf));
    while (it.hasNext()) {
        it.next();
        ++n;
    }
    return n;
}
} // namespace

class TestGtbExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void csvReadsBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gtb.csv"));
        const GtbOverview overview = test::gtbOverview();
        const Status status = GtbExport::writeCsv(path, overview, QStringLiteral("=OBS 't Eenspan"));
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));

        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows = parseCsv(QString::fromUtf8(bytes.mid(3)));
        QCOMPARE(rows.size(), 1 + 2 * 2); // header + 2 vestigingen x 2 peildata
        const int width = 6 + 2 * 7;
        for (const QStringList &row : rows)
            QCOMPARE(row.size(), width);
        QCOMPARE(rows[0][2], QStringLiteral("Peildatum"));
        QCOMPARE(rows[0][6], QStringLiteral("Under 8 (funded)"));
        QCOMPARE(rows[0][13], QStringLiteral("Under 8 (unfunded)"));

        // Newest peildatum first; every figure as in the overview.
        QCOMPARE(rows[1][2], QStringLiteral("2021-10-01"));
        QCOMPARE(rows[1][3], QStringLiteral("2021-12-08"));
        QCOMPARE(rows[3][2], QStringLiteral("2020-10-01"));
        QCOMPARE(rows[1][1], QStringLiteral("'=OBS 't Eenspan")); // not a formula in a spreadsheet
        QCOMPARE(rows[2][5], QStringLiteral("Dependance \"De Boog\"; Noord"));
        for (int r = 1; r < rows.size(); ++r) {
            const GtbPeildatum *p = overview.find(QDate::fromString(rows[r][2], Qt::ISODate));
            QVERIFY(p);
            const GtbBranchCounts *branch = nullptr;
            for (const GtbBranchCounts &b : p->branches) {
                if (b.branchCode == rows[r][4])
                    branch = &b;
            }
            QVERIFY(branch);
            int column = 6;
            for (const GtbField field : gtbFields)
                QCOMPARE(rows[r][column++].toInt(), gtbValue(branch->funded, field));
            for (const GtbField field : gtbFields)
                QCOMPARE(rows[r][column++].toInt(), gtbValue(branch->unfunded, field));
        }
        // The totals add up to the overview's.
        int sum = 0;
        for (int r = 1; r < rows.size(); ++r)
            sum += rows[r][12].toInt() + rows[r][19].toInt();
        int expected = 0;
        for (const auto &[date, counts] : overview.totalsPerPeildatum())
            expected += counts.total;
        QCOMPARE(sum, expected);
    }

    void pdfIsWritten()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("gtb.pdf"));
        QElapsedTimer timer;
        timer.start();
        const Status status
            = GtbExport::writePdf(path, test::gtbOverview(), QStringLiteral("OBS 't Eenspan"));
        QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        qInfo("PDF written in %lld ms", timer.elapsed());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QVERIFY(bytes.size() > 1000);
        QVERIFY(bytes.startsWith("%PDF"));
    }

    void pdfWithManyBranchesPaginates()
    {
        GtbOverview overview = test::gtbOverview();
        for (GtbPeildatum &p : overview.peildata) {
            for (int i = 2; i < 80; ++i)
                p.branches.append({QStringLiteral("16AH%1").arg(i, 2, 10, QLatin1Char('0')),
                                   QStringLiteral("Vestiging %1").arg(i),
                                   test::gtbCounts(1, 2, 0, 0, 0),
                                   {}});
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("many.pdf"));
        QVERIFY(GtbExport::writePdf(path, overview, QStringLiteral("Groot")).ok());
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const int many = pageCount(file.readAll());
        const QString small = dir.filePath(QStringLiteral("small.pdf"));
        QVERIFY(GtbExport::writePdf(small, test::gtbOverview(), QStringLiteral("Klein")).ok());
        QFile smallFile(small);
        QVERIFY(smallFile.open(QIODevice::ReadOnly));
        QCOMPARE(pageCount(smallFile.readAll()), 1);
        QVERIFY2(many >= 4, qPrintable(QString::number(many))); // 2 x 80 rows do not fit on one page
    }

    void unwritablePathIsAnError()
    {
        const Status status
            = GtbExport::writeCsv(QStringLiteral("/nonexistent-dir/x/gtb.csv"), test::gtbOverview(), {});
        QVERIFY(!status.ok());
        QCOMPARE(status.error().code, QStringLiteral("export-write-failed"));
        const Status pdf
            = GtbExport::writePdf(QStringLiteral("/nonexistent-dir/x/gtb.pdf"), test::gtbOverview(), {});
        QVERIFY(!pdf.ok());
        QCOMPARE(pdf.error().code, QStringLiteral("export-write-failed"));
    }
};

QTEST_MAIN(TestGtbExport)
#include "tst_gtbexport.moc"
