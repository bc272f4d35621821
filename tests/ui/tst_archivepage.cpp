// The digital archive page over fake sources: 100,000 items open and scroll
// with a few page reads, filters and search set the query, Enter and a click
// on the subject open an item, attachments ask to be opened and saved.
#include "models/archivelistmodel.h"
#include "tests/support/fakearchivesource.h"
#include "ui/pages/archivepage.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextEdit>
#include <QTreeView>

using namespace hpo;
using hpo::test::FakeArchiveItemLoader;
using hpo::test::FakeArchiveSource;

namespace {
// 100,000 items made up as they are asked for; it answers only the unfiltered query.
class GeneratedArchiveSource final : public ArchiveSource
{
public:
    static constexpr int size = 100'000;

    hpo::Result<int> count(const ArchiveQuery &) override
    {
        ++countCalls;
        return size;
    }
    hpo::Result<QList<ArchiveItem>> fetch(const ArchiveQuery &, int offset, int limit) override
    {
        ++fetchCalls;
        QList<ArchiveItem> items;
        for (int i = offset; i < std::min(size, offset + limit); ++i) {
            ArchiveItem item = FakeArchiveSource::makeItem(i);
            item.body.clear();
            items.append(item);
        }
        return items;
    }

    int countCalls = 0;
    int fetchCalls = 0;
};

QList<ArchiveItem> makeItems(int n)
{
    QList<ArchiveItem> items;
    for (int i = 0; i < n; ++i)
        items.append(FakeArchiveSource::makeItem(i));
    return items;
}

template<typename T> T *find(const QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QLatin1String(name));
    if (!w)
        qFatal("no %s", name);
    return w;
}

QString readerSubject(const ArchivePage &page)
{
    return find<QLabel>(page, "archiveReaderSubject")->text();
}
} // namespace

class TestArchivePage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates)); }

    void emptyStateWithoutSource()
    {
        ArchivePage page;
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(find<QWidget>(page, "archiveEmptyState")->isVisible());
        QVERIFY(!page.view()->isVisible());
    }

    void hundredThousandItemsOpenAndScroll()
    {
        GeneratedArchiveSource source;
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.resize(1100, 720);

        QElapsedTimer timer;
        timer.start();
        page.setSource(&source, &loader);
        page.setInstitutionCode(QStringLiteral("16AH"));
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->viewport()->repaint();
        const qint64 openMs = timer.elapsed();
        QCOMPARE(page.model()->rowCount(), GeneratedArchiveSource::size);
        const int fetchesToOpen = source.fetchCalls;

        timer.restart();
        page.view()->scrollToBottom();
        QApplication::processEvents();
        page.view()->viewport()->repaint();
        const qint64 scrollMs = timer.elapsed();
        qInfo("100,000 archive items: open %lld ms, scroll to end %lld ms, %d page reads (%d to open)",
              openMs, scrollMs, source.fetchCalls, fetchesToOpen);

        // The last row is on screen and was read; only a few pages were read in all.
        QCOMPARE(page.view()->verticalScrollBar()->value(), page.view()->verticalScrollBar()->maximum());
        const QModelIndex last = page.model()->index(GeneratedArchiveSource::size - 1, 0);
        QVERIFY(page.view()->viewport()->rect().intersects(page.view()->visualRect(last)));
        QCOMPARE(last.data(ArchiveListModel::ItemIdRole).toString(), QStringLiteral("a099999"));
        QVERIFY2(fetchesToOpen <= 2, qPrintable(QString::number(fetchesToOpen)));
        QVERIFY2(source.fetchCalls <= 5, qPrintable(QString::number(source.fetchCalls)));
        // Generous budgets: a fake source measures the view and model, not SQLite.
        QVERIFY2(openMs < 2000, qPrintable(QString::number(openMs)));
        QVERIFY2(scrollMs < 1000, qPrintable(QString::number(scrollMs)));

        // Page down through the end and back to the top stays cheap too.
        timer.restart();
        page.view()->scrollToTop();
        QApplication::processEvents();
        page.view()->viewport()->repaint();
        qInfo("back to the top %lld ms, %d page reads in all", timer.elapsed(), source.fetchCalls);
        QVERIFY(source.fetchCalls <= 7);
    }

    void filtersSetTheQuery()
    {
        FakeArchiveSource source(makeItems(300));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
        page.setInstitutionCode(QStringLiteral("16AH"));
        QCOMPARE(page.model()->rowCount(), 300);
        QCOMPARE(page.query().institutionCode, QStringLiteral("16AH"));

        auto *kind = find<QComboBox>(page, "archiveKindFilter");
        kind->setCurrentIndex(kind->findData(int(ArchiveItem::Kind::Email)));
        QCOMPARE(page.query().kind, std::optional(ArchiveItem::Kind::Email));
        QCOMPARE(page.model()->rowCount(), 150);

        auto *direction = find<QComboBox>(page, "archiveDirectionFilter");
        direction->setCurrentIndex(direction->findData(int(ArchiveItem::Direction::ToDuo)));
        QCOMPARE(page.query().direction, std::optional(ArchiveItem::Direction::ToDuo));
        QCOMPARE(page.model()->rowCount(), 50); // multiples of 6

        auto *fromEnabled = find<QCheckBox>(page, "archiveFromEnabled");
        auto *from = find<QDateEdit>(page, "archiveFrom");
        QVERIFY(!from->isEnabled());
        from->setDate(QDate(2026, 11, 30));
        QVERIFY(!page.query().from.isValid()); // not ticked, not applied
        fromEnabled->setChecked(true);
        QVERIFY(from->isEnabled());
        QCOMPARE(page.query().from, QDate(2026, 11, 30));
        auto *toEnabled = find<QCheckBox>(page, "archiveToEnabled");
        find<QDateEdit>(page, "archiveTo")->setDate(QDate(2026, 11, 30));
        toEnabled->setChecked(true);
        QCOMPARE(page.query().to, QDate(2026, 11, 30));
        // Hours 13..36 back from 1 Dec 12:00 UTC fall on 30 Nov in Amsterdam; to DUO e-mails: 18, 24, 30, 36
        QCOMPARE(page.model()->rowCount(), 4);
        QVERIFY(find<QLabel>(page, "archiveStatus")->text().contains(QLatin1Char('4')));

        find<QPushButton>(page, "archiveClearFilters")->click();
        QCOMPARE(page.query(), (ArchiveQuery {QStringLiteral("16AH"), {}, {}, {}, {}, {}}));
        QCOMPARE(page.model()->rowCount(), 300);
    }

    void searchIsDebounced()
    {
        FakeArchiveSource source(makeItems(300));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *search = find<QLineEdit>(page, "archiveSearch");
        const int countsBefore = source.countCalls;

        QTest::keyClicks(search, QStringLiteral("bericht 12"));
        QCOMPARE(page.query().text, QString()); // still typing
        QCOMPARE(source.countCalls, countsBefore);
        QTRY_COMPARE(page.query().text, QStringLiteral("bericht 12"));
        QCOMPARE(source.countCalls, countsBefore + 1); // one query for the whole word
        QCOMPARE(page.model()->rowCount(), 11); // 12, 120..129
        QCOMPARE(source.lastQuery.text, QStringLiteral("bericht 12"));

        search->clear(); // the clear button applies at once
        QCOMPARE(page.query().text, QString());
        QCOMPARE(page.model()->rowCount(), 300);

        QTest::keyClicks(search, QStringLiteral("bericht 29"));
        QTest::keyClick(search, Qt::Key_Return); // Enter does not wait
        QCOMPARE(page.query().text, QStringLiteral("bericht 29"));
        QCOMPARE(page.model()->rowCount(), 11); // 29, 290..299
    }

    void downFromSearchGoesToResults()
    {
        FakeArchiveSource source(makeItems(30));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        auto *search = find<QLineEdit>(page, "archiveSearch");
        search->setFocus();
        QTest::keyClicks(search, QStringLiteral("bericht 2"));
        QTest::keyClick(search, Qt::Key_Down);
        QCOMPARE(page.query().text, QStringLiteral("bericht 2")); // applied on the way
        QVERIFY(page.view()->hasFocus());
        QCOMPARE(page.view()->currentIndex().row(), 0);
        QTest::keyClick(page.view(), Qt::Key_Return);
        QCOMPARE(loader.requestedIds, QStringList {QStringLiteral("a000002")});
    }

    void ctrlFFocusesSearch()
    {
        FakeArchiveSource source(makeItems(10));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
        page.show();
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        page.view()->setFocus();
        QVERIFY(page.view()->hasFocus());
        QTest::keyClick(page.view(), Qt::Key_F, Qt::ControlModifier);
        QVERIFY(find<QLineEdit>(page, "archiveSearch")->hasFocus());
    }

    void enterAndSubjectClickOpen()
    {
        FakeArchiveSource source(makeItems(50));
        FakeArchiveItemLoader loader;
        for (const ArchiveItem &item : source.items())
            loader.items.insert(item.id, item);
        ArchivePage page;
        page.setSource(&source, &loader);
        page.resize(1000, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QTreeView *view = page.view();

        view->setFocus();
        view->setCurrentIndex(page.model()->index(2, ArchiveListModel::DateColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(loader.requestedIds, QStringList {QStringLiteral("a000002")});
        QCOMPARE(page.openItemId(), QStringLiteral("a000002"));
        QCOMPARE(readerSubject(page), QStringLiteral("Bericht 2"));
        QCOMPARE(find<QTextEdit>(page, "archiveReaderBody")->toPlainText(),
                 QStringLiteral("Inhoud van bericht 2."));

        // A click on another column only selects; a click on the subject opens.
        const QModelIndex date = page.model()->index(4, ArchiveListModel::DateColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(date).center());
        QCOMPARE(loader.requestedIds.size(), 1);
        const QModelIndex subject = page.model()->index(4, ArchiveListModel::SubjectColumn);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(subject).center());
        QCOMPARE(loader.requestedIds.last(), QStringLiteral("a000004"));
        QCOMPARE(readerSubject(page), QStringLiteral("Bericht 4"));
    }

    void filteringKeepsTheCurrentRow()
    {
        FakeArchiveSource source(makeItems(100));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
        page.view()->setCurrentIndex(page.model()->index(40, 0));
        auto *kind = find<QComboBox>(page, "archiveKindFilter");
        kind->setCurrentIndex(kind->findData(int(ArchiveItem::Kind::Email)));
        QCOMPARE(page.view()->currentIndex().data(ArchiveListModel::ItemIdRole).toString(),
                 QStringLiteral("a000040"));
        QCOMPARE(page.view()->currentIndex().row(), 20);
        kind->setCurrentIndex(kind->findData(int(ArchiveItem::Kind::Document)));
        QVERIFY(!page.view()->currentIndex().isValid()); // item 40 is an e-mail
    }

    void lateAnswersForAnotherItemAreDropped()
    {
        FakeArchiveSource source(makeItems(5));
        FakeArchiveItemLoader loader;
        for (const ArchiveItem &item : source.items())
            loader.items.insert(item.id, item);
        loader.holdRequests = true;
        ArchivePage page;
        page.setSource(&source, &loader);
        page.openItem(QStringLiteral("a000001"));
        QCOMPARE(find<QLabel>(page, "archiveReaderMessage")->text(), QStringLiteral("Loading…"));
        page.openItem(QStringLiteral("a000003"));
        loader.release();
        QCOMPARE(readerSubject(page), QStringLiteral("Bericht 3"));

        page.openItem(QStringLiteral("missing"));
        loader.release();
        QVERIFY(find<QLabel>(page, "archiveReaderMessage")
                    ->text()
                    .contains(QStringLiteral("No such archive item")));
    }

    void attachmentsOpenAndSave()
    {
        ArchiveItem item = FakeArchiveSource::makeItem(7);
        item.attachments
            = {{0, QStringLiteral("besluit.pdf"), QStringLiteral("application/pdf"), 120'000},
               {1, QStringLiteral("bijlage.xlsx"), QStringLiteral("application/vnd.ms-excel"), 800}};
        FakeArchiveSource source({item});
        FakeArchiveItemLoader loader;
        loader.items.insert(item.id, item);
        ArchivePage page;
        QString suggested;
        page.setSavePathChooser([&suggested](QWidget *, const QString &name) {
            suggested = name;
            return QStringLiteral("/tmp/saved-%1").arg(name);
        });
        page.setSource(&source, &loader);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.openItem(item.id);

        auto *list = find<QListWidget>(page, "archiveAttachments");
        QCOMPARE(list->count(), 2);
        QVERIFY(list->item(0)->text().startsWith(QStringLiteral("besluit.pdf")));
        QSignalSpy opened(&page, &ArchivePage::attachmentOpenRequested);
        QSignalSpy saved(&page, &ArchivePage::attachmentSaveRequested);
        list->setCurrentRow(1);
        find<QPushButton>(page, "archiveAttachmentOpen")->click();
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened[0][0].toString(), item.id);
        QCOMPARE(opened[0][1].toInt(), 1);
        find<QPushButton>(page, "archiveAttachmentSave")->click();
        QCOMPARE(suggested, QStringLiteral("bijlage.xlsx"));
        QCOMPARE(saved.size(), 1);
        QCOMPARE(saved[0][1].toInt(), 1);
        QCOMPARE(saved[0][2].toString(), QStringLiteral("/tmp/saved-bijlage.xlsx"));
    }

    void refreshFollowsTheCache()
    {
        FakeArchiveSource source(makeItems(3));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
        source.setItems(makeItems(5));
        page.refresh();
        QCOMPARE(page.model()->rowCount(), 5);
        page.setSource(nullptr, nullptr);
        QCOMPARE(page.model()->rowCount(), 0);
    }

    void readFailureIsSaidNotShownAsEmpty()
    {
        FakeArchiveSource source(makeItems(3));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
        source.failWith
            = hpo::Error {QStringLiteral("cache-read-failed"), QStringLiteral("disk I/O error"), {}};
        page.refresh();
        QLabel *status = find<QLabel>(page, "archiveStatus");
        QTRY_VERIFY2(status->text().contains(QStringLiteral("could not be read")),
                     qPrintable(status->text()));
        QCOMPARE(status->toolTip(), QStringLiteral("disk I/O error"));
        source.failWith.reset();
        page.refresh();
        QVERIFY(find<QLabel>(page, "archiveStatus")->text().contains(QLatin1Char('3')));
    }

    void everyControlIsNamed()
    {
        FakeArchiveSource source(makeItems(3));
        FakeArchiveItemLoader loader;
        ArchivePage page;
        page.setSource(&source, &loader);
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

QTEST_MAIN(TestArchivePage)
#include "tst_archivepage.moc"
