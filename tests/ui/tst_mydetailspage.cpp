#include "models/pagemodels.h"
#include "tests/support/institutionfixture.h"
#include "ui/pages/mydetailspage.h"
#include "ui/widgets/newspanel.h"

#include <QApplication>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

using namespace hpo;
using hpo::test::boardFixture;
using hpo::test::schoolFixture;

class TestMyDetailsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyUntilSignedIn()
    {
        PageModels models;
        MyDetailsPage page({models.contacts, models.branches, models.news, models.schools});
        QVERIFY(page.findChild<QLabel *>(QStringLiteral("institutionTitle"))->text().isEmpty());
        page.showView(MyDetailsPage::View::Contacts); // ignored without an institution
        QCOMPARE(page.currentView(), MyDetailsPage::View::Overview);
    }

    void boardShowsSchoolsAndOpensOne()
    {
        PageModels models;
        MyDetailsPage page({models.contacts, models.branches, models.news, models.schools});
        page.show();
        models.schools.setValues(
            {{schoolFixture(QStringLiteral("16AH"), QStringLiteral("OBS 't Eenspan"),
                            QStringLiteral("EMMEN")),
              QStringLiteral("J. de Vries"), 1},
             {schoolFixture(QStringLiteral("16BX"), QStringLiteral("OBS Mr Vegter"), QStringLiteral("EMMEN")),
              {},
              0},
             {schoolFixture(QStringLiteral("00AP"), QStringLiteral("De Schanskorf"),
                            QStringLiteral("ZOETERMEER")),
              {},
              0}});
        page.setInstitution(boardFixture());
        QVERIFY(page.findChild<QGroupBox *>(QStringLiteral("schoolsBox"))->isVisible());
        QVERIFY(!page.findChild<QPushButton *>(QStringLiteral("backToBoard"))->isVisible());

        auto *view = page.findChild<QTreeView *>(QStringLiteral("schoolList"));
        auto *search = page.findChild<QLineEdit *>(QStringLiteral("schoolSearch"));
        QCOMPARE(view->model()->rowCount(), 3);
        QTest::keyClicks(search, QStringLiteral("zoeter"));
        QCOMPARE(view->model()->rowCount(), 1);
        search->clear();
        QTest::keyClicks(search, QStringLiteral("16a"));
        QCOMPARE(view->model()->rowCount(), 1);

        QSignalSpy opened(&page, &MyDetailsPage::schoolOpened);
        view->setCurrentIndex(view->model()->index(0, 1));
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Return);
        QCOMPARE(opened.count(), 1);
        QCOMPARE(opened.at(0).at(0).toString(), QStringLiteral("16AH"));
        page.findChild<QPushButton *>(QStringLiteral("openSchool"))->click();
        QCOMPARE(opened.count(), 2);
    }

    void schoolFromBoardHasBreadcrumbAndBack()
    {
        PageModels models;
        MyDetailsPage page({models.contacts, models.branches, models.news, models.schools});
        page.show();
        page.setInstitution(
            schoolFixture(QStringLiteral("16AH"), QStringLiteral("OBS 't Eenspan"), QStringLiteral("EMMEN")));
        page.setOpenedFromBoard(QStringLiteral("Stichting Primair Onderwijs"));
        QVERIFY(!page.findChild<QGroupBox *>(QStringLiteral("schoolsBox"))->isVisible());
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("breadcrumb"))->text(),
                 QStringLiteral("Stichting Primair Onderwijs › OBS 't Eenspan"));
        auto *back = page.findChild<QPushButton *>(QStringLiteral("backToBoard"));
        QVERIFY(back->isVisible());
        QSignalSpy spy(&page, &MyDetailsPage::backToBoardRequested);
        back->click();
        QCOMPARE(spy.count(), 1);
        page.setOpenedFromBoard({});
        QVERIFY(!back->isVisible());
    }

    void tilesOpenTheLists()
    {
        PageModels models;
        MyDetailsPage page({models.contacts, models.branches, models.news, models.schools});
        page.show();
        ContactPerson p;
        p.id = QStringLiteral("c1");
        p.lastName = QStringLiteral("Jansen");
        p.firstName = QStringLiteral("Els");
        p.roles = {ContactPerson::Role::Gemachtigde};
        models.contacts.setValues({p});
        page.setInstitution(
            schoolFixture(QStringLiteral("16AH"), QStringLiteral("OBS"), QStringLiteral("EMMEN")));
        auto *tile = page.findChild<QWidget *>(QStringLiteral("contactsTile"));
        QVERIFY(tile->accessibleDescription().contains(p.displayName()));
        tile->findChild<QPushButton *>()->click();
        QCOMPARE(page.currentView(), MyDetailsPage::View::Contacts);
        QCOMPARE(page.findChild<QTreeView *>(QStringLiteral("contactsViewTable"))->model()->rowCount(), 1);
        page.findChild<QPushButton *>(QStringLiteral("contactsViewBack"))->click();
        QCOMPARE(page.currentView(), MyDetailsPage::View::Overview);
    }

    void newsMarkRead()
    {
        PageModels models;
        MyDetailsPage page({models.contacts, models.branches, models.news, models.schools});
        page.show();
        NewsItem n;
        n.id = QStringLiteral("n1");
        n.title = QStringLiteral("Nieuw");
        n.body = QStringLiteral("Tekst");
        models.news.setValues({n});
        page.setInstitution(boardFixture());
        auto *list = page.findChild<QTreeView *>(QStringLiteral("newsList"));
        auto *markRead = page.findChild<QPushButton *>(QStringLiteral("markNewsRead"));
        list->setCurrentIndex(models.news.index(0, 1));
        QVERIFY(markRead->isEnabled());
        QSignalSpy spy(page.newsPanel(), &NewsPanel::markReadRequested);
        markRead->click();
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("n1"));
        page.newsPanel()->setCanMarkRead(false, QStringLiteral("offline"));
        QVERIFY(!markRead->isEnabled());
    }
};

QTEST_MAIN(TestMyDetailsPage)
#include "tst_mydetailspage.moc"
