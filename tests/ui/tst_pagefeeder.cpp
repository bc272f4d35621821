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
};

QTEST_MAIN(TestPageFeeder)
#include "tst_pagefeeder.moc"
