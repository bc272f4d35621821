#include "services/cache/archiverepository.h"
#include "services/cache/branchrepository.h"
#include "services/cache/cachedatabase.h"
#include "services/cache/cacheetagstore.h"
#include "services/cache/contactmomentrepository.h"
#include "services/cache/contactrepository.h"
#include "services/cache/evaluationrepository.h"
#include "services/cache/gtbrepository.h"
#include "services/cache/institutionpurge.h"
#include "services/cache/institutionrepository.h"
#include "services/cache/newsrepository.h"
#include "services/cache/syncstaterepository.h"
#include "tests/support/fakeclock.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>

using namespace hpo;

namespace {
const QDateTime t0(QDate(2026, 1, 1), QTime(9, 0), QTimeZone::utc());

Institution institution(const QString &code, Institution::Kind kind, const QString &name,
                        const QString &board = {})
{
    Institution i;
    i.code = code;
    i.kind = kind;
    i.name = name;
    i.visitingAddress = {QStringLiteral("Kerkstraat"), QStringLiteral("58a"), QStringLiteral("1234 AB"),
                         QStringLiteral("Amsterdam")};
    i.boardCode = board;
    i.version = 1;
    return i;
}

ArchiveItem archiveItem(int n, const QString &institutionCode, const QDateTime &sentAt)
{
    ArchiveItem a;
    a.id = QStringLiteral("a%1").arg(n, 6, 10, QLatin1Char('0'));
    a.institutionCode = institutionCode;
    a.kind = ArchiveItem::Kind::Email;
    a.direction = ArchiveItem::Direction::FromDuo;
    a.subject = QStringLiteral("Onderwerp %1").arg(n);
    a.sentAt = sentAt;
    a.sender = QStringLiteral("helpdesk@duo.example");
    a.recipient = QStringLiteral("info@school.example");
    a.body = QStringLiteral("Tekst %1").arg(n);
    a.version = 1;
    return a;
}

ContactPerson person(const QString &id, const QString &first, const QString &last)
{
    ContactPerson p;
    p.id = id;
    p.firstName = first;
    p.lastName = last;
    p.roles = {ContactPerson::Role::OverigeContactpersoon};
    p.version = 1;
    return p;
}

QStringList idsOf(const QList<ArchiveItem> &items)
{
    QStringList ids;
    for (const ArchiveItem &item : items)
        ids.append(item.id);
    return ids;
}
} // namespace

class TestRepositories : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CacheDatabase> m_cache;

    QSqlDatabase db() const { return m_cache->database(); }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(m_dir.filePath(CacheDatabase::fileName()));
        auto cache
            = CacheDatabase::open(m_dir.filePath(QString::number(QDateTime::currentMSecsSinceEpoch())));
        QVERIFY(cache.ok());
        m_cache = std::move(cache).value();
    }

    void cleanup() { m_cache.reset(); }

    void institutions()
    {
        InstitutionRepository repo(db());
        QVERIFY(repo.upsert(institution(QStringLiteral("41775"), Institution::Kind::Board,
                                        QStringLiteral("Stichting")))
                    .ok());
        QVERIFY(repo.upsert(institution(QStringLiteral("16AH"), Institution::Kind::School,
                                        QStringLiteral("Zonnebloem"), QStringLiteral("41775")))
                    .ok());
        QVERIFY(repo.upsert(institution(QStringLiteral("17BB"), Institution::Kind::School,
                                        QStringLiteral("Aker"), QStringLiteral("41775")))
                    .ok());
        Institution changed = institution(QStringLiteral("16AH"), Institution::Kind::School,
                                          QStringLiteral("De Zonnebloem"), QStringLiteral("41775"));
        changed.version = 2;
        QVERIFY(repo.upsert(changed).ok());
        const auto found = repo.find(QStringLiteral("16AH"));
        QVERIFY(found.ok() && found.value().has_value());
        QCOMPARE(*found.value(), changed);
        QVERIFY(!repo.find(QStringLiteral("99ZZ")).value().has_value());
        QCOMPARE(repo.all().value().size(), 3);
        const auto schools = repo.schoolsOfBoard(QStringLiteral("41775"));
        QCOMPARE(schools.value().size(), 2);
        QCOMPARE(schools.value().at(0).name, QStringLiteral("Aker"));
        QVERIFY(repo.remove(QStringLiteral("17BB")).ok());
        QCOMPARE(repo.all().value().size(), 2);
    }

    void branchesContactsMomentsEvaluationsGtb()
    {
        BranchRepository branches(db());
        Branch b {QStringLiteral("16AH01"), QStringLiteral("16AH"), QStringLiteral("Dependance"), {}, 1};
        b.address = {QStringLiteral("Laan"), QStringLiteral("1"), QStringLiteral("1234 AB"),
                     QStringLiteral("Amsterdam")};
        Branch main = b;
        main.code = QStringLiteral("16AH00");
        QVERIFY(branches.upsert(b).ok());
        QVERIFY(branches.upsert(main).ok());
        QCOMPARE(branches.forInstitution(QStringLiteral("16AH")).value(), (QList<Branch> {main, b}));

        ContactRepository contacts(db());
        QVERIFY(contacts
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c1"), QStringLiteral("Piet"), QStringLiteral("Zwart")))
                    .ok());
        QVERIFY(contacts
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c2"), QStringLiteral("Anna"), QStringLiteral("Ébert")))
                    .ok());
        QVERIFY(contacts
                    .upsert(QStringLiteral("17BB"),
                            person(QStringLiteral("c3"), QStringLiteral("X"), QStringLiteral("Anders")))
                    .ok());
        const auto list = contacts.forInstitution(QStringLiteral("16AH"));
        QVERIFY2(list.ok(), qPrintable(list ? QString() : list.error().message));
        QCOMPARE(list.value().size(), 2);
        QCOMPARE(list.value().at(1).lastName, QStringLiteral("Zwart"));
        QVERIFY(contacts.remove(QStringLiteral("c1")).ok());
        QVERIFY(!contacts.find(QStringLiteral("c1")).value().has_value());

        ContactMomentRepository moments(db());
        ContactMoment m;
        m.id = QStringLiteral("m1");
        m.institutionCode = QStringLiteral("16AH");
        m.date = t0;
        m.subject = QStringLiteral("Vraag");
        m.status = ContactMoment::Status::Closed;
        ContactMoment later = m;
        later.id = QStringLiteral("m2");
        later.date = t0.addDays(3);
        QVERIFY(moments.upsert(m).ok());
        QVERIFY(moments.upsert(later).ok());
        QCOMPARE(moments.forInstitution(QStringLiteral("16AH")).value(), (QList<ContactMoment> {later, m}));

        EvaluationRepository evaluations(db());
        Evaluation e;
        e.id = QStringLiteral("e1");
        e.institutionCode = QStringLiteral("16AH");
        e.title = QStringLiteral("Tevredenheid");
        e.date = QDate(2025, 6, 1);
        e.score = 8;
        QVERIFY(evaluations.upsert(e).ok());
        QCOMPARE(evaluations.find(QStringLiteral("e1")).value(), std::optional<Evaluation>(e));

        GtbRepository gtb(db());
        GtbOverview overview;
        overview.institutionCode = QStringLiteral("16AH");
        overview.updatedUntil = QDate(2021, 12, 8);
        overview.version = 6;
        QVERIFY(gtb.upsert(overview).ok());
        QCOMPARE(gtb.find(QStringLiteral("16AH")).value(), std::optional<GtbOverview>(overview));
    }

    void newsIncludesGeneral()
    {
        NewsRepository news(db());
        NewsItem general;
        general.id = QStringLiteral("n1");
        general.title = QStringLiteral("Algemeen");
        general.publishedAt = t0;
        NewsItem own = general;
        own.id = QStringLiteral("n2");
        own.institutionCode = QStringLiteral("16AH");
        own.publishedAt = t0.addDays(1);
        own.read = true;
        NewsItem other = general;
        other.id = QStringLiteral("n3");
        other.institutionCode = QStringLiteral("17BB");
        for (const NewsItem &item : {general, own, other})
            QVERIFY(news.upsert(item).ok());
        QCOMPARE(news.forInstitution(QStringLiteral("16AH")).value(), (QList<NewsItem> {own, general}));
        QCOMPARE(news.unreadCount(QStringLiteral("16AH")).value(), 1);
    }

    void archiveWindowsAndSearch()
    {
        ArchiveRepository archive(db());
        QVERIFY(db().transaction());
        for (int n = 0; n < 250; ++n) {
            // Pairs share a sent time so the id breaks the tie.
            QVERIFY(archive.upsert(archiveItem(n, QStringLiteral("16AH"), t0.addSecs(60 * (n / 2)))).ok());
        }
        QVERIFY(archive.upsert(archiveItem(999, QStringLiteral("17BB"), t0)).ok());
        QVERIFY(db().commit());
        QCOMPARE(archive.count(QStringLiteral("16AH")).value(), 250);

        QStringList walked;
        std::optional<ArchiveKey> after;
        for (;;) {
            const auto page = archive.page(QStringLiteral("16AH"), after, 40);
            QVERIFY(page.ok());
            if (page.value().isEmpty())
                break;
            walked += idsOf(page.value());
            after = ArchiveKey::of(page.value().last());
        }
        QCOMPARE(walked.size(), 250);
        QCOMPARE(walked.first(), QStringLiteral("a000249"));
        QCOMPARE(walked.at(1), QStringLiteral("a000248"));
        QCOMPARE(walked.last(), QStringLiteral("a000000"));
        QCOMPARE(walked.removeDuplicates(), 0);

        const auto last = archive.lastPage(QStringLiteral("16AH"), 10);
        QCOMPARE(idsOf(last.value()), walked.mid(240));
        const auto before
            = archive.pageBefore(QStringLiteral("16AH"), ArchiveKey::of(last.value().first()), 5);
        QCOMPARE(idsOf(before.value()), walked.mid(235, 5));

        ArchiveItem special = archiveItem(7, QStringLiteral("16AH"), t0.addSecs(180));
        special.subject = QStringLiteral("Financiën en café");
        special.sender = QStringLiteral("José");
        special.body = QStringLiteral("Een \"quote\" en meer");
        special.attachments = {{0, QStringLiteral("brief.pdf"), QStringLiteral("application/pdf"), 1234},
                               {1, QStringLiteral("bijlage.txt"), QStringLiteral("text/plain"), 12}};
        special.version = 2;
        QVERIFY(archive.upsert(special).ok());
        QCOMPARE(archive.find(special.id).value(), std::optional<ArchiveItem>(special));
        QCOMPARE(idsOf(archive.search(QStringLiteral("16AH"), QStringLiteral("financien CAFE"), 10).value()),
                 QStringList {special.id});
        QCOMPARE(idsOf(archive.search(QStringLiteral("16AH"), QStringLiteral("jose fin"), 10).value()),
                 QStringList {special.id});
        QCOMPARE(idsOf(archive.search(QStringLiteral("16AH"), QStringLiteral("\"quote"), 10).value()),
                 QStringList {special.id});
        // The old subject is no longer indexed ("7" is a prefix: 70…79, 170… still match).
        QVERIFY(!idsOf(archive.search(QStringLiteral("16AH"), QStringLiteral("Onderwerp 7"), 50).value())
                     .contains(special.id));
        QCOMPARE(archive.search(QStringLiteral("16AH"), QStringLiteral("onderwerp"), 500).value().size(),
                 249);
        QCOMPARE(archive.search(QStringLiteral("17BB"), QStringLiteral("onderwerp"), 10).value().size(), 1);
        QCOMPARE(archive.search(QStringLiteral("16AH"), QStringLiteral("  "), 10).error().code,
                 QStringLiteral("empty-search"));
        QCOMPARE(
            archive.search(QStringLiteral("16AH"), QStringLiteral("AND OR NOT ( * :"), 10).value().size(), 0);

        special.attachments.removeLast();
        QVERIFY(archive.upsert(special).ok());
        QSqlQuery query(db());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM archive_attachments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        // An update that lists no attachments any more drops them (the upsert tells a new
        // row from an updated one to skip the DELETEs for new rows only).
        special.attachments.clear();
        QVERIFY(archive.upsert(special).ok());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM archive_attachments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        special.attachments = {{0, QStringLiteral("brief.pdf"), QStringLiteral("application/pdf"), 1234}};
        QVERIFY(archive.upsert(special).ok());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM archive_attachments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 1);
        QVERIFY(archive.remove(special.id).ok());
        QVERIFY(query.exec(QStringLiteral("SELECT count(*) FROM archive_attachments")) && query.next());
        QCOMPARE(query.value(0).toInt(), 0);
        QVERIFY(archive.search(QStringLiteral("16AH"), QStringLiteral("financien"), 10).value().isEmpty());
    }

    void matchExpressionQuotesWords()
    {
        QCOMPARE(ArchiveRepository::matchExpression(QStringLiteral(" a  b\"c ")),
                 QStringLiteral("\"a\"* \"b\"\"c\"*"));
    }

    void syncState()
    {
        SyncStateRepository states(db());
        QVERIFY(states.load(QStringLiteral("me")).value().cursor.isEmpty());
        QVERIFY(states.saveCursor(QStringLiteral("me"), QStringLiteral("c1"), t0, true).ok());
        QVERIFY(states.saveCursor(QStringLiteral("me"), QStringLiteral("c2"), t0.addSecs(60), false).ok());
        SyncState state = states.load(QStringLiteral("me")).value();
        QCOMPARE(state.cursor, QStringLiteral("c2"));
        QCOMPARE(state.lastSyncAt, t0.addSecs(60));
        QCOMPARE(state.lastFullSyncAt, t0);
        QVERIFY(states.reset(QStringLiteral("me")).ok());
        QVERIFY(states.load(QStringLiteral("me")).value().cursor.isEmpty());
    }

    void etagStore()
    {
        test::FakeClock clock(t0);
        CacheEtagStore etags(db(), clock);
        QVERIFY(etags.etag(QStringLiteral("u")).isEmpty());
        etags.store(QStringLiteral("u"), "\"v1\"");
        etags.store(QStringLiteral("u"), "\"v2\"");
        QCOMPARE(etags.etag(QStringLiteral("u")), QByteArray("\"v2\""));
        etags.forget(QStringLiteral("u"));
        QVERIFY(etags.etag(QStringLiteral("u")).isEmpty());
    }

    void purgeRemovesOneInstitution()
    {
        InstitutionRepository institutions(db());
        ArchiveRepository archive(db());
        ContactRepository contacts(db());
        QVERIFY(institutions
                    .upsert(institution(QStringLiteral("16AH"), Institution::Kind::School,
                                        QStringLiteral("A"), QStringLiteral("41775")))
                    .ok());
        QVERIFY(institutions
                    .upsert(institution(QStringLiteral("17BB"), Institution::Kind::School,
                                        QStringLiteral("B"), QStringLiteral("41775")))
                    .ok());
        ArchiveItem item = archiveItem(1, QStringLiteral("16AH"), t0);
        item.attachments = {{0, QStringLiteral("x.pdf"), QStringLiteral("application/pdf"), 10}};
        QVERIFY(archive.upsert(item).ok());
        QVERIFY(archive.upsert(archiveItem(2, QStringLiteral("17BB"), t0)).ok());
        QVERIFY(contacts
                    .upsert(QStringLiteral("16AH"),
                            person(QStringLiteral("c1"), QStringLiteral("A"), QStringLiteral("B")))
                    .ok());
        QSqlQuery query(db());
        QVERIFY(
            query.exec(QStringLiteral("UPDATE archive_attachments SET stored_path = 'attachments/a1/0'")));

        InstitutionPurge purge(db());
        const auto outcome = purge.purge(QStringLiteral("16AH"));
        QVERIFY(outcome.ok());
        QCOMPARE(outcome.value().storedFiles, QStringList {QStringLiteral("attachments/a1/0")});
        QCOMPARE(outcome.value().rowsRemoved, 3);
        QVERIFY(!institutions.find(QStringLiteral("16AH")).value().has_value());
        QVERIFY(institutions.find(QStringLiteral("17BB")).value().has_value());
        QCOMPARE(archive.count(QStringLiteral("16AH")).value(), 0);
        QCOMPARE(archive.count(QStringLiteral("17BB")).value(), 1);
        QVERIFY(archive.search(QStringLiteral("16AH"), QStringLiteral("onderwerp"), 10).value().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestRepositories)
#include "tst_repositories.moc"
