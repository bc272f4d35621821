// Contact moments, evaluations, news and a board's schools as the pages show them.
#include "models/schoollistmodel.h"
#include "models/supportmodels.h"

#include <QAbstractItemModelTester>
#include <QFont>
#include <QTest>
#include <QTimeZone>

using namespace hpo;

namespace {
QDateTime at(int y, int m, int d)
{
    return QDateTime(QDate(y, m, d), QTime(10, 0), QTimeZone::utc());
}
} // namespace

class TestListModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Netherlands)); }

    void contactMoments()
    {
        ContactMomentModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ContactMoment m;
        m.id = QStringLiteral("m1");
        m.channel = ContactMoment::Channel::WebForm;
        m.status = ContactMoment::Status::InProgress;
        m.subject = QStringLiteral("Vraag over bekostiging");
        m.date = at(2021, 3, 4);
        model.setValues({m});
        QCOMPARE(model.index(0, ContactMomentModel::ChannelColumn).data().toString(),
                 QStringLiteral("Web form"));
        QCOMPARE(model.index(0, ContactMomentModel::StatusColumn).data().toString(),
                 QStringLiteral("In progress"));
        QCOMPARE(
            model.index(0, ContactMomentModel::DateColumn).data(ContactMomentModel::SortKeyRole).toDateTime(),
            m.date);
        QCOMPARE(model.index(0, ContactMomentModel::SubjectColumn)
                     .data(ContactMomentModel::ValueIdRole)
                     .toString(),
                 QStringLiteral("m1"));
    }

    void evaluations()
    {
        EvaluationModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        Evaluation scored;
        scored.id = QStringLiteral("e1");
        scored.title = QStringLiteral("Tevredenheid helpdesk");
        scored.date = QDate(2021, 6, 1);
        scored.score = 8;
        Evaluation unscored = scored;
        unscored.id = QStringLiteral("e2");
        unscored.score.reset();
        model.setValues({scored, unscored});
        QCOMPARE(model.index(0, EvaluationModel::ScoreColumn).data().toString(),
                 QStringLiteral("8 out of 10"));
        QVERIFY(model.index(1, EvaluationModel::ScoreColumn).data().toString().isEmpty());
    }

    void newsUnreadIsBold()
    {
        NewsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        NewsItem unread;
        unread.id = QStringLiteral("n1");
        unread.title = QStringLiteral("Nieuwe functie");
        unread.publishedAt = at(2021, 12, 1);
        NewsItem read = unread;
        read.id = QStringLiteral("n2");
        read.read = true;
        model.setValues({unread, read});
        QCOMPARE(model.unreadCount(), 1);
        QVERIFY(model.index(0, NewsModel::TitleColumn).data(Qt::FontRole).value<QFont>().bold());
        QVERIFY(!model.index(1, NewsModel::TitleColumn).data(Qt::FontRole).isValid());
        QCOMPARE(model.index(0, NewsModel::TitleColumn).data(NewsModel::ReadRole).toBool(), false);
        QCOMPARE(model.index(1, NewsModel::DateColumn).data(NewsModel::ValueIdRole).toString(),
                 QStringLiteral("n2"));
    }

    void schools()
    {
        SchoolListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        SchoolSummary s;
        s.school.code = QStringLiteral("16AH");
        s.school.name = QStringLiteral("Openbare Basisschool 't Eenspan");
        s.school.visitingAddress.town = QStringLiteral("EMMEN");
        s.gemachtigde = QStringLiteral("J. de Vries");
        s.unreadNews = 2;
        SchoolSummary none = s;
        none.school.code = QStringLiteral("16BX");
        none.unreadNews = 0;
        model.setValues({s, none});
        QCOMPARE(model.index(0, SchoolListModel::TownColumn).data().toString(), QStringLiteral("EMMEN"));
        QCOMPARE(model.index(0, SchoolListModel::UnreadColumn).data().toInt(), 2);
        QVERIFY(model.index(1, SchoolListModel::UnreadColumn).data().toString().isEmpty());
        QCOMPARE(model.index(1, SchoolListModel::NameColumn).data(SchoolListModel::ValueIdRole).toString(),
                 QStringLiteral("16BX"));
    }
};

QTEST_GUILESS_MAIN(TestListModels)
#include "tst_listmodels.moc"
