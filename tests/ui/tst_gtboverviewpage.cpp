// The GTB page: empty state before the first sync, the banner, choosing a
// peildatum and the funding, the chart of totals.
#include "models/gtbtablemodel.h"
#include "tests/support/gtbfixture.h"
#include "ui/pages/gtboverviewpage.h"
#include "ui/widgets/barchart.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace hpo;

namespace {
int tableTotal(QTableView *table)
{
    QAbstractItemModel *model = table->model();
    return model->index(model->rowCount() - 1, GtbTableModel::columnFor(GtbField::Total))
        .data(GtbTableModel::SortKeyRole)
        .toInt();
}
} // namespace

class TestGtbOverviewPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyStateBeforeSync()
    {
        GtbOverviewPage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *banner = page.findChild<QWidget *>(QStringLiteral("gtbNoLongerUpdatedBanner"));
        QVERIFY(banner);
        QVERIFY(banner->isVisible());
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("gtbEmptyState"))->isVisible());
        QVERIFY(!page.findChild<QTableView *>(QStringLiteral("gtbTable"))->isVisible());
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("gtbExportCsv"))->isEnabled());
        QVERIFY(!page.exportCsvTo(QStringLiteral("/tmp/never.csv")).ok());
    }

    void boardIsPointedToItsSchools()
    {
        GtbOverviewPage page;
        page.setShowsBoard(true);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(!page.findChild<QWidget *>(QStringLiteral("gtbEmptyState"))->isVisible());
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("gtbBoardState"))->isVisible());
        auto *button = page.findChild<QPushButton *>(QStringLiteral("gtbGoToSchoolList"));
        QVERIFY(button->isVisible());
        QSignalSpy spy(&page, &GtbOverviewPage::schoolListRequested);
        button->click();
        QCOMPARE(spy.count(), 1);

        // Should a board ever have counts, they show; a school without them gets the plain empty state.
        page.setOverview(test::gtbOverview());
        QVERIFY(page.findChild<QTableView *>(QStringLiteral("gtbTable"))->isVisible());
        page.setOverview(std::nullopt);
        page.setShowsBoard(false);
        QVERIFY(page.findChild<QWidget *>(QStringLiteral("gtbEmptyState"))->isVisible());
    }

    void bannerSaysWhy()
    {
        GtbOverviewPage page;
        page.setOverview(test::gtbOverview());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *banner = page.findChild<QWidget *>(QStringLiteral("gtbNoLongerUpdatedBanner"));
        QVERIFY(banner->isVisible());
        const QString text = page.findChild<QLabel *>(QStringLiteral("gtbNoLongerUpdatedText"))->text();
        QVERIFY2(text.contains(QStringLiteral("8 December 2021")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Mijn DUO")));
    }

    void choosesPeildatum()
    {
        GtbOverviewPage page;
        page.setOverview(test::gtbOverview());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *combo = page.findChild<QComboBox *>(QStringLiteral("gtbPeildatumCombo"));
        auto *table = page.findChild<QTableView *>(QStringLiteral("gtbTable"));
        auto *updated = page.findChild<QLabel *>(QStringLiteral("gtbUpdatedUntil"));
        QVERIFY(combo && table && updated);
        QVERIFY(table->isVisible());

        // Newest first, and the newest is chosen.
        QCOMPARE(combo->count(), 2);
        QCOMPARE(combo->itemData(0).toDate(), QDate(2021, 10, 1));
        QCOMPARE(combo->itemData(1).toDate(), QDate(2020, 10, 1));
        QCOMPARE(page.selectedPeildatum(), QDate(2021, 10, 1));
        QCOMPARE(table->model()->rowCount(), 3);
        QCOMPARE(tableTotal(table), 127 + 30 + 1 + 1);
        QVERIFY2(updated->text().contains(QStringLiteral("8 December 2021")), qPrintable(updated->text()));

        // By keyboard, as a user would.
        combo->setFocus();
        QTest::keyClick(combo, Qt::Key_Down);
        QCOMPARE(page.selectedPeildatum(), QDate(2020, 10, 1));
        QCOMPARE(tableTotal(table), 120 + 30 + 1 + 1);
        QVERIFY2(updated->text().contains(QStringLiteral("1 March 2021")), qPrintable(updated->text()));

        // A new sync keeps the chosen peildatum.
        page.setOverview(test::gtbOverview());
        QCOMPARE(page.selectedPeildatum(), QDate(2020, 10, 1));

        auto *funding = page.findChild<QComboBox *>(QStringLiteral("gtbFundingCombo"));
        funding->setCurrentIndex(funding->findData(int(GtbFunding::Unfunded)));
        QCOMPARE(tableTotal(table), 2);
        funding->setCurrentIndex(funding->findData(int(GtbFunding::Funded)));
        QCOMPARE(tableTotal(table), 150);

        page.setOverview(std::nullopt);
        QVERIFY(!table->isVisible());
        QCOMPARE(combo->count(), 0);
    }

    void chartShowsTotalsOldestFirst()
    {
        GtbOverviewPage page;
        page.setOverview(test::gtbOverview());
        auto *chart = page.findChild<BarChart *>(QStringLiteral("gtbChart"));
        QVERIFY(chart);
        QCOMPARE(chart->bars().size(), 2);
        QCOMPARE(chart->bars().at(0).value, 152);
        QCOMPARE(chart->bars().at(1).value, 159);
    }

    void exportsFromThePage()
    {
        GtbOverviewPage page;
        page.setOverview(test::gtbOverview());
        page.setInstitutionName(QStringLiteral("OBS 't Eenspan"));
        QTemporaryDir dir;
        QVERIFY(page.exportCsvTo(dir.filePath(QStringLiteral("a.csv"))).ok());
        QVERIFY(page.exportPdfTo(dir.filePath(QStringLiteral("a.pdf"))).ok());
        QFile csv(dir.filePath(QStringLiteral("a.csv")));
        QVERIFY(csv.open(QIODevice::ReadOnly));
        QVERIFY(csv.readAll().contains("OBS 't Eenspan"));
    }

    void everyControlIsNamed()
    {
        GtbOverviewPage page;
        page.setOverview(test::gtbOverview());
        for (QWidget *w : page.findChildren<QWidget *>()) {
            if (!(w->focusPolicy() & Qt::TabFocus) || w->window() != &page
                || w->objectName().startsWith(QLatin1String("qt_"))) // parts of a Qt control
                continue;
            QVERIFY2(!w->accessibleName().isEmpty(),
                     qPrintable(QStringLiteral("%1 (%2) has no accessible name")
                                    .arg(w->objectName(), QLatin1String(w->metaObject()->className()))));
        }
    }
};

QTEST_MAIN(TestGtbOverviewPage)
#include "tst_gtboverviewpage.moc"
