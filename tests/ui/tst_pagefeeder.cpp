// The pages' models follow the offline cache: per institution, refreshed on announcements.
#include "models/pagemodels.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/contactrepository.h"
#include "services/cache/institutionrepository.h"
#include "services/cache/newsrepository.h"
#include "ui/controllers/pagefeeder.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hpo;

namespace {
Institution institution(const QString &code, Institution::Kind kind, const QString &name,
                        const QString &board = {})
{
    Institution i;
    i.code = code;
    i.kind = kind;
    i.name = name;
    i.boardCode = board;
    i.visitingAddress = {QStringLiteral("Dorpsstraat"), QStringLiteral("1"), QStringLiteral("1234 AB"),
                         QStringLiteral("EMMEN")};
    return i;
}

ContactPerson person(const QString &id, const QString &last, ContactPerson::Role role)
{
    ContactPerson p;
    p.id = id;
    p.firstName = QStringLiteral("Anna");
    p.lastName = last;
    p.roles = {role};
    p.version = 1;
    return p;
}
} // namespace

class TestPageFeeder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void followsTheCache()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.path());
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        CacheDatabase &cache = *opened.value();
        const QSqlDatabase db = cache.database();
        QVERIFY(InstitutionRepository(db)
                    .upsert(institution(QStringLiteral("41775"), Institution::Kind::Board,
                                        QStringLiteral("Stichting")))
                    .ok());
        QVERIFY(InstitutionRepository(db)
                    .upsert(institution(QStringLiteral("16AH"), Institution::Kind::School,
                                        QStringLiteral("OBS"), QStringLiteral("41775")))
                    .ok());
        QVERIFY(ContactRepository(db)
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c1"), QStringLiteral("Smit"),
                                   ContactPerson::Role::Gemachtigde))
                    .ok());

        PageModels models;
        PageFeeder feeder(cache, models);
        QSignalSpy institutionSpy(&feeder, &PageFeeder::institutionChanged);
        feeder.setInstitution(QStringLiteral("41775"));
        QCOMPARE(institutionSpy.count(), 1);
        QCOMPARE(feeder.institution()->name, QStringLiteral("Stichting"));
        QCOMPARE(models.schools.rowCount(), 1);
        QCOMPARE(models.schools.valueAt(0).gemachtigde, QStringLiteral("Anna Smit"));

        // A school's contact changes: the board's school list refreshes.
        QVERIFY(ContactRepository(db)
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c1"), QStringLiteral("de Boer"),
                                   ContactPerson::Role::Gemachtigde))
                    .ok());
        cache.announce(Collection::Contacts, QStringLiteral("16AH"));
        QTRY_COMPARE(models.schools.valueAt(0).gemachtigde, QStringLiteral("Anna de Boer"));

        // Open the school: its own contacts fill the contact model.
        feeder.setInstitution(QStringLiteral("16AH"));
        QCOMPARE(models.contacts.rowCount(), 1);
        QCOMPARE(models.schools.rowCount(), 0);

        NewsItem news;
        news.id = QStringLiteral("n1");
        news.institutionCode = QStringLiteral("16AH");
        news.title = QStringLiteral("Nieuws");
        news.publishedAt = QDateTime(QDate(2021, 1, 1), QTime(9, 0), QTimeZone::utc());
        QVERIFY(NewsRepository(db).upsert(news).ok());
        cache.announce(Collection::News, QStringLiteral("16AH"));
        QTRY_COMPARE(models.news.rowCount(), 1);

        // Another institution's change leaves the school's models alone.
        QSignalSpy reset(&models.contacts, &QAbstractItemModel::modelReset);
        cache.announce(Collection::Contacts, QStringLiteral("99ZZ"));
        QTest::qWait(20);
        QCOMPARE(reset.count(), 0);
    }

    // A board's school list comes from one grouped query: per school its first
    // Gemachtigde (by sort name) and its unread news, general news included. A
    // sync page's burst of announcements reads the list again once.
    void boardSchoolListIsOneQueryAndCoalesced()
    {
        QTemporaryDir dir;
        auto opened = CacheDatabase::open(dir.path());
        QVERIFY(opened.ok());
        CacheDatabase &cache = *opened.value();
        const QSqlDatabase db = cache.database();
        InstitutionRepository institutions(db);
        QVERIFY(institutions
                    .upsert(institution(QStringLiteral("41775"), Institution::Kind::Board,
                                        QStringLiteral("Stichting")))
                    .ok());
        QVERIFY(institutions
                    .upsert(institution(QStringLiteral("16AH"), Institution::Kind::School,
                                        QStringLiteral("B-school"), QStringLiteral("41775")))
                    .ok());
        QVERIFY(institutions
                    .upsert(institution(QStringLiteral("17BB"), Institution::Kind::School,
                                        QStringLiteral("A-school"), QStringLiteral("41775")))
                    .ok());
        QVERIFY(institutions
                    .upsert(institution(QStringLiteral("99ZZ"), Institution::Kind::School,
                                        QStringLiteral("Elders"), QStringLiteral("12345")))
                    .ok());
        ContactRepository contacts(db);
        // 16AH: an other contact sorts first, then two Gemachtigden: the first by sort name wins.
        QVERIFY(contacts
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c1"), QStringLiteral("Aalders"),
                                   ContactPerson::Role::OverigeContactpersoon))
                    .ok());
        QVERIFY(contacts
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c2"), QStringLiteral("Zwart"),
                                   ContactPerson::Role::Gemachtigde))
                    .ok());
        QVERIFY(contacts
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c3"), QStringLiteral("Ébert"),
                                   ContactPerson::Role::Gemachtigde))
                    .ok());
        NewsRepository news(db);
        auto newsItem = [](const QString &id, const QString &code, bool read) {
            NewsItem n;
            n.id = id;
            n.institutionCode = code;
            n.title = QStringLiteral("Nieuws");
            n.read = read;
            n.publishedAt = QDateTime(QDate(2021, 1, 1), QTime(9, 0), QTimeZone::utc());
            return n;
        };
        QVERIFY(news.upsert(newsItem(QStringLiteral("n1"), QStringLiteral("16AH"), false)).ok());
        QVERIFY(news.upsert(newsItem(QStringLiteral("n2"), QStringLiteral("16AH"), true)).ok());
        QVERIFY(news.upsert(newsItem(QStringLiteral("n3"), QStringLiteral("16AH"), false)).ok());
        QVERIFY(news.upsert(newsItem(QStringLiteral("g1"), QString(), false)).ok()); // general

        const auto overviews = institutions.schoolOverviews(QStringLiteral("41775"));
        QVERIFY2(overviews.ok(), qPrintable(overviews.ok() ? QString() : overviews.error().message));
        QCOMPARE(overviews.value().size(), 2);
        QCOMPARE(overviews.value().at(0).school.code, QStringLiteral("17BB")); // by name
        QCOMPARE(overviews.value().at(0).gemachtigde, QString());
        QCOMPARE(overviews.value().at(0).unreadNews, 1);
        QCOMPARE(overviews.value().at(1).school.code, QStringLiteral("16AH"));
        QCOMPARE(overviews.value().at(1).gemachtigde, QStringLiteral("Anna Ébert"));
        QCOMPARE(overviews.value().at(1).unreadNews, 3);

        PageModels models;
        PageFeeder feeder(cache, models);
        feeder.setInstitution(QStringLiteral("41775"));
        QCOMPARE(models.schools.rowCount(), 2);
        QCOMPARE(models.schools.valueAt(1).gemachtigde, QStringLiteral("Anna Ébert"));
        QCOMPARE(models.schools.valueAt(1).unreadNews, 3);

        // A burst of announcements (as one sync page makes): one refresh of the list.
        QVERIFY(news.upsert(newsItem(QStringLiteral("n4"), QStringLiteral("17BB"), false)).ok());
        QSignalSpy resets(&models.schools, &QAbstractItemModel::modelReset);
        for (int i = 0; i < 50; ++i) {
            cache.announce(Collection::News, QStringLiteral("17BB"));
            cache.announce(Collection::Contacts, QStringLiteral("16AH"));
            cache.announce(Collection::Institutions, QStringLiteral("17BB"));
        }
        QCOMPARE(models.schools.valueAt(0).unreadNews, 1); // not yet: deferred to the event loop
        QTRY_COMPARE(models.schools.valueAt(0).unreadNews, 2);
        QTest::qWait(20);
        QCOMPARE(resets.count(), 1);
    }
};

QTEST_MAIN(TestPageFeeder)
#include "tst_pagefeeder.moc"
