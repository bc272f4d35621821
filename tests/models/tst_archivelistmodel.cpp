// The windowed archive model: counts from the source, loads pages on demand,
// keeps only a few of them, and refreshes when the cache changes.
#include "models/archivelistmodel.h"
#include "tests/support/fakearchivesource.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace hpo;
using hpo::test::FakeArchiveSource;

namespace {
QList<ArchiveItem> makeItems(int n)
{
    QList<ArchiveItem> items;
    for (int i = 0; i < n; ++i)
        items.append(FakeArchiveSource::makeItem(i));
    return items;
}
} // namespace

class TestArchiveListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyWithoutSource()
    {
        ArchiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.columnCount(), 5);
        QVERIFY(!model.itemAt(0));
    }

    void columnsNewestFirst()
    {
        FakeArchiveSource source(makeItems(450));
        ArchiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QCOMPARE(model.rowCount(), 450);
        QCOMPARE(model.index(0, ArchiveListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Bericht 0"));
        QCOMPARE(model.index(0, ArchiveListModel::DirectionColumn).data().toString(),
                 QStringLiteral("To DUO"));
        QCOMPARE(model.index(1, ArchiveListModel::DirectionColumn).data().toString(),
                 QStringLiteral("From DUO"));
        QCOMPARE(model.index(0, ArchiveListModel::KindColumn).data().toString(), QStringLiteral("E-mail"));
        QCOMPARE(model.index(1, ArchiveListModel::KindColumn).data().toString(), QStringLiteral("Document"));
        QCOMPARE(model.index(449, 0).data(ArchiveListModel::ItemIdRole).toString(),
                 QStringLiteral("a000449"));
        QCOMPARE(model.index(3, ArchiveListModel::SenderColumn).data().toString(),
                 QStringLiteral("j.devries@example.nl"));
        QVERIFY(
            model.index(0, ArchiveListModel::DateColumn).data(ArchiveListModel::SortKeyRole).toDateTime()
            > model.index(1, ArchiveListModel::DateColumn).data(ArchiveListModel::SortKeyRole).toDateTime());
        QCOMPARE(model.headerData(ArchiveListModel::SubjectColumn, Qt::Horizontal).toString(),
                 QStringLiteral("Subject"));
        QVERIFY(model.itemAt(0)->body.isEmpty());
    }

    void pagesOnDemandInASmallCache()
    {
        FakeArchiveSource source(makeItems(5000));
        ArchiveListModel model;
        model.setSource(&source);
        QCOMPARE(source.fetchCalls, 0); // counting needs no rows

        QCOMPARE(model.index(0, 0).data(ArchiveListModel::ItemIdRole).toString(), QStringLiteral("a000000"));
        QCOMPARE(model.index(199, 0).data(ArchiveListModel::ItemIdRole).toString(),
                 QStringLiteral("a000199"));
        QCOMPARE(source.fetchCalls, 1);
        QCOMPARE(model.index(200, 0).data(ArchiveListModel::ItemIdRole).toString(),
                 QStringLiteral("a000200"));
        QCOMPARE(source.fetchCalls, 2);

        // Touch more pages than the cache holds; the oldest are evicted, the recent stay.
        for (int page = 0; page < 20; ++page)
            model.index(page * ArchiveListModel::pageSize, 0).data();
        const int afterSweep = source.fetchCalls;
        model.index(19 * ArchiveListModel::pageSize + 5, 0).data();
        QCOMPARE(source.fetchCalls, afterSweep); // page 19 is cached
        model.index(5, 0).data();
        QCOMPARE(source.fetchCalls, afterSweep + 1); // page 0 was evicted
    }

    void emptySubjectIsShown()
    {
        ArchiveItem item = FakeArchiveSource::makeItem(1);
        item.subject.clear();
        FakeArchiveSource source({item});
        ArchiveListModel model;
        model.setSource(&source);
        QCOMPARE(model.index(0, ArchiveListModel::SubjectColumn).data().toString(),
                 QStringLiteral("(no subject)"));
    }

    void queryFilters()
    {
        FakeArchiveSource source(makeItems(300));
        ArchiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        ArchiveQuery query;
        query.institutionCode = QStringLiteral("16AH");
        query.kind = ArchiveItem::Kind::Email;
        model.setQuery(query);
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 150);
        model.setQuery(query);
        QCOMPARE(reset.size(), 1); // same query, nothing to do

        query.text = QStringLiteral("bericht 12");
        model.setQuery(query);
        // 12, 120..129 are e-mails when even: 12, 120, 122, 124, 126, 128
        QCOMPARE(model.rowCount(), 6);
        QCOMPARE(model.index(0, ArchiveListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Bericht 12"));
        QCOMPARE(source.lastQuery, query);

        query.institutionCode = QStringLiteral("99XX");
        model.setQuery(query);
        QCOMPARE(model.rowCount(), 0);
    }

    void refreshRepaintsOrResets()
    {
        FakeArchiveSource source(makeItems(10));
        ArchiveListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setSource(&source);
        model.index(0, 0).data();
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);

        QList<ArchiveItem> items = source.items();
        items[0].subject = QStringLiteral("Herzien");
        source.setItems(items);
        model.refresh();
        QCOMPARE(reset.size(), 0);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(model.index(0, ArchiveListModel::SubjectColumn).data().toString(),
                 QStringLiteral("Herzien"));

        items.append(FakeArchiveSource::makeItem(-1)); // newer than all
        source.setItems(items);
        model.refresh();
        QCOMPARE(reset.size(), 1);
        QCOMPARE(model.rowCount(), 11);
        QCOMPARE(model.index(0, 0).data(ArchiveListModel::ItemIdRole).toString(), QStringLiteral("a-00001"));
    }

    void rowOfAnItem()
    {
        FakeArchiveSource source(makeItems(20));
        ArchiveListModel model;
        QCOMPARE(model.rowOf(QStringLiteral("a000004")), -1); // no source
        model.setSource(&source);
        QCOMPARE(model.rowOf(QStringLiteral("a000004")), 4);
        ArchiveQuery query;
        query.kind = ArchiveItem::Kind::Email;
        model.setQuery(query);
        QCOMPARE(model.rowOf(QStringLiteral("a000004")), 2); // 0, 2, 4
        QCOMPARE(model.rowOf(QStringLiteral("a000005")), -1); // a document
    }

    void sourceShorterThanCounted()
    {
        FakeArchiveSource source(makeItems(10));
        ArchiveListModel model;
        model.setSource(&source);
        source.setItems(makeItems(3)); // the cache shrank; refresh has not come yet
        QVERIFY(!model.index(9, 0).data().isValid());
        QVERIFY(model.itemAt(2));
    }

    void readFailuresAreReported()
    {
        FakeArchiveSource source(makeItems(500));
        ArchiveListModel model;
        QSignalSpy failed(&model, &ArchiveListModel::readFailed);
        model.setSource(&source);
        QVERIFY(!model.readError());
        QVERIFY(model.index(0, 0).data().isValid());

        // A page read fails: the rows show empty and the failure arrives once painting is done.
        source.failWith
            = hpo::Error {QStringLiteral("cache-read-failed"), QStringLiteral("disk I/O error"), {}};
        QVERIFY(!model.index(450, 0).data().isValid());
        QVERIFY(!model.index(451, 0).data().isValid());
        const int fetches = source.fetchCalls;
        QVERIFY(model.readError());
        QTRY_COMPARE(failed.size(), 1); // one page, one report: no retry per row
        QCOMPARE(source.fetchCalls, fetches);

        // The count fails: no rows, reported, and not mistaken for an empty archive.
        failed.clear();
        model.refresh();
        QCOMPARE(model.rowCount(), 0);
        QTRY_COMPARE(failed.size(), 1);
        QCOMPARE(failed.constFirst().constFirst().value<hpo::Error>().code,
                 QStringLiteral("cache-read-failed"));

        // Readable again: the next refresh clears it.
        source.failWith.reset();
        model.refresh();
        QCOMPARE(model.rowCount(), 500);
        QVERIFY(!model.readError());
    }
};

QTEST_GUILESS_MAIN(TestArchiveListModel)
#include "tst_archivelistmodel.moc"
