// Black-box: the change feed. Snapshot paging covers exactly what the read
// routes show, increments and deletes follow, old or unknown cursors answer 410.
#include "tests/server/serverlauncher.h"

#include <QJsonArray>
#include <QTest>

using hpo::testing::HttpReply;
using hpo::testing::ServerLauncher;

namespace {

struct Feed
{
    QList<QJsonObject> entries;
    QString cursor;
    int pages = 0;
};

Feed readAll(ServerLauncher &server, const QString &token, const QString &since, int limit)
{
    Feed feed;
    feed.cursor = since;
    for (int guard = 0; guard < 10'000; ++guard) {
        const HttpReply reply
            = server.get(QStringLiteral("/api/v1/changes?limit=%1").arg(limit)
                             + (feed.cursor.isEmpty() ? QString() : QStringLiteral("&since=") + feed.cursor),
                         token);
        if (reply.status != 200) {
            qWarning("feed answered %d: %s", reply.status, reply.body.constData());
            return feed;
        }
        ++feed.pages;
        const QJsonObject json = reply.json();
        for (const QJsonValue &v : json.value(QStringLiteral("entries")).toArray()) {
            feed.entries.append(v.toObject());
        }
        feed.cursor = json.value(QStringLiteral("cursor")).toString();
        if (!json.value(QStringLiteral("hasMore")).toBool()) {
            return feed;
        }
    }
    return feed;
}

} // namespace

class TestServerChanges : public QObject
{
    Q_OBJECT

private:
    ServerLauncher m_server;
    QString m_admin; // school-admin's access token
    QString m_cursor; // after the snapshot

    HttpReply change(const QJsonObject &body)
    {
        return m_server.postJson(QStringLiteral("/test/changes"), body);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        m_admin = m_server.signIn(QStringLiteral("school-admin")).accessToken;
        QVERIFY(!m_admin.isEmpty());
    }

    void snapshotCoversWhatTheReadRoutesShow()
    {
        const Feed feed = readAll(m_server, m_admin, {}, 7);
        QVERIFY(feed.pages > 3);
        QVERIFY(feed.cursor.startsWith(QStringLiteral("c1.")));
        QHash<QString, int> perEntity;
        QSet<QString> keys;
        bool truncatedSeen = false;
        for (const QJsonObject &e : feed.entries) {
            const QString key = e.value(QStringLiteral("entity")).toString() + u'/'
                + e.value(QStringLiteral("id")).toString();
            QVERIFY2(!keys.contains(key), qPrintable(key));
            keys.insert(key);
            QCOMPARE(e.value(QStringLiteral("op")).toString(), QStringLiteral("upsert"));
            QVERIFY(e.value(QStringLiteral("version")).toInt() >= 1);
            QCOMPARE(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("version")),
                     e.value(QStringLiteral("version")));
            const QString institution = e.value(QStringLiteral("institution")).toString();
            QVERIFY(institution == u"16AH"
                    || (e.value(QStringLiteral("institution")).isNull()
                        && e.value(QStringLiteral("entity")).toString() == u"news"));
            ++perEntity[e.value(QStringLiteral("entity")).toString()];
            if (e.value(QStringLiteral("entity")).toString() == u"archive") {
                const QJsonObject data = e.value(QStringLiteral("data")).toObject();
                QVERIFY(data.value(QStringLiteral("body")).toString().toUtf8().size() <= 64 * 1024);
                truncatedSeen = truncatedSeen || data.value(QStringLiteral("bodyTruncated")).toBool();
            }
        }
        QVERIFY(truncatedSeen); // 16AH has one body over 64 KiB
        auto count = [&](const QString &path) {
            return int(m_server.get(path, m_admin).json().value(QStringLiteral("items")).toArray().size());
        };
        QCOMPARE(perEntity.value(QStringLiteral("institution")), 1);
        QCOMPARE(perEntity.value(QStringLiteral("branch")),
                 count(QStringLiteral("/api/v1/institutions/16AH/branches")));
        QCOMPARE(perEntity.value(QStringLiteral("contact")),
                 count(QStringLiteral("/api/v1/institutions/16AH/contacts")));
        QCOMPARE(perEntity.value(QStringLiteral("contactMoment")),
                 count(QStringLiteral("/api/v1/institutions/16AH/contact-moments")));
        QCOMPARE(perEntity.value(QStringLiteral("evaluation")),
                 count(QStringLiteral("/api/v1/institutions/16AH/evaluations")));
        QCOMPARE(perEntity.value(QStringLiteral("news")), count(QStringLiteral("/api/v1/news")));
        QCOMPARE(perEntity.value(QStringLiteral("gtb")), 1);
        QCOMPARE(perEntity.value(QStringLiteral("archive")),
                 count(QStringLiteral("/api/v1/institutions/16AH/archive?limit=200")));
        m_cursor = feed.cursor;
    }

    void noChangePollIsSmall()
    {
        const HttpReply reply = m_server.get(QStringLiteral("/api/v1/changes?since=") + m_cursor, m_admin);
        QCOMPARE(reply.status, 200);
        QVERIFY(reply.body.size() < 200);
        QCOMPARE(reply.json().value(QStringLiteral("entries")).toArray().size(), 0);
        QCOMPARE(reply.json().value(QStringLiteral("cursor")).toString(), m_cursor);
    }

    void incrementsAndDeletes()
    {
        QCOMPARE(change({{QStringLiteral("op"), QStringLiteral("upsert")},
                         {QStringLiteral("entity"), QStringLiteral("news")},
                         {QStringLiteral("institution"), QStringLiteral("16AH")},
                         {QStringLiteral("id"), QStringLiteral("n-test-1")},
                         {QStringLiteral("title"), QStringLiteral("Eerste")}})
                     .status,
                 201);
        QCOMPARE(change({{QStringLiteral("op"), QStringLiteral("upsert")},
                         {QStringLiteral("entity"), QStringLiteral("news")},
                         {QStringLiteral("institution"), QStringLiteral("16AH")},
                         {QStringLiteral("id"), QStringLiteral("n-test-1")},
                         {QStringLiteral("title"), QStringLiteral("Tweede")}})
                     .status,
                 201);
        // Invisible to school-admin: another school's news; visible: general news.
        QCOMPARE(change({{QStringLiteral("op"), QStringLiteral("upsert")},
                         {QStringLiteral("entity"), QStringLiteral("news")},
                         {QStringLiteral("institution"), QStringLiteral("16BX")},
                         {QStringLiteral("id"), QStringLiteral("n-test-2")}})
                     .status,
                 201);
        QCOMPARE(change({{QStringLiteral("op"), QStringLiteral("upsert")},
                         {QStringLiteral("entity"), QStringLiteral("news")},
                         {QStringLiteral("id"), QStringLiteral("n-test-3")},
                         {QStringLiteral("title"), QStringLiteral("Voor iedereen")}})
                     .status,
                 201);
        const QString archiveId
            = m_server.get(QStringLiteral("/api/v1/institutions/16AH/archive?limit=1"), m_admin)
                  .json()
                  .value(QStringLiteral("items"))
                  .toArray()
                  .first()
                  .toObject()
                  .value(QStringLiteral("id"))
                  .toString();
        QCOMPARE(change({{QStringLiteral("op"), QStringLiteral("delete")},
                         {QStringLiteral("entity"), QStringLiteral("archive")},
                         {QStringLiteral("institution"), QStringLiteral("16AH")},
                         {QStringLiteral("id"), archiveId}})
                     .status,
                 201);

        const Feed feed = readAll(m_server, m_admin, m_cursor, 2);
        QCOMPARE(feed.entries.size(), 4);
        QCOMPARE(feed.pages, 2);
        QCOMPARE(feed.entries.at(0)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("title"))
                     .toString(),
                 QStringLiteral("Eerste"));
        QCOMPARE(feed.entries.at(1).value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(feed.entries.at(1)
                     .value(QStringLiteral("data"))
                     .toObject()
                     .value(QStringLiteral("read"))
                     .toBool(),
                 false);
        QVERIFY(feed.entries.at(2).value(QStringLiteral("institution")).isNull());
        const QJsonObject deleted = feed.entries.at(3);
        QCOMPARE(deleted.value(QStringLiteral("op")).toString(), QStringLiteral("delete"));
        QCOMPARE(deleted.value(QStringLiteral("entity")).toString(), QStringLiteral("archive"));
        QCOMPARE(deleted.value(QStringLiteral("id")).toString(), archiveId);
        QVERIFY(deleted.value(QStringLiteral("data")).isNull());
        QVERIFY(feed.entries.at(0).value(QStringLiteral("seq")).toInteger()
                < deleted.value(QStringLiteral("seq")).toInteger());
        QCOMPARE(
            m_server.get(QStringLiteral("/api/v1/institutions/16AH/archive/") + archiveId, m_admin).status,
            404);
        m_cursor = feed.cursor;
    }

    void boardFeedSpansItsSchools()
    {
        const QString board = m_server.signIn(QStringLiteral("board-41775")).accessToken;
        const HttpReply first = m_server.get(QStringLiteral("/api/v1/changes?limit=1000"), board);
        QCOMPARE(first.status, 200);
        QSet<QString> institutions;
        for (const QJsonValue &v : first.json().value(QStringLiteral("entries")).toArray()) {
            if (v.toObject().value(QStringLiteral("entity")).toString() == u"institution") {
                institutions.insert(v.toObject().value(QStringLiteral("id")).toString());
            }
        }
        QCOMPARE(institutions.size(), 61); // the board and its 60 schools
        QVERIFY(first.json().value(QStringLiteral("hasMore")).toBool());
    }

    void unknownCursorsAreGone_data()
    {
        QTest::addColumn<QString>("cursor");
        QTest::newRow("garbage") << QStringLiteral("xyz");
        QTest::newRow("future seq") << QStringLiteral("c1.000000000000.999999");
        QTest::newRow("negative") << QStringLiteral("c1.000000000000.-1");
        QTest::newRow("bad snapshot") << QStringLiteral("s1.a.b.c.d.e");
        QTest::newRow("empty parts") << QStringLiteral("c1..");
    }

    void unknownCursorsAreGone()
    {
        QFETCH(QString, cursor);
        const HttpReply reply = m_server.get(QStringLiteral("/api/v1/changes?since=")
                                                 + QString::fromLatin1(QUrl::toPercentEncoding(cursor)),
                                             m_admin);
        QCOMPARE(reply.status, 410);
        QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("cursor-unknown"));
    }

    void anotherIdentitysCursorIsUnknown()
    {
        const QString other = m_server.signIn(QStringLiteral("multi-school")).accessToken;
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/changes?since=") + m_cursor, other).status, 410);
    }

    void cursorsOlderThanTheRetentionAreGone()
    {
        ServerLauncher server;
        QVERIFY(server.start({QStringLiteral("--feed-retention"), QStringLiteral("1"),
                              QStringLiteral("--now"), QStringLiteral("2026-01-10T10:00:00Z")}));
        const QString token = server.signIn(QStringLiteral("school-admin")).accessToken;
        const Feed snapshot = readAll(server, token, {}, 1000);
        const QJsonObject news {{QStringLiteral("op"), QStringLiteral("upsert")},
                                {QStringLiteral("entity"), QStringLiteral("news")},
                                {QStringLiteral("institution"), QStringLiteral("16AH")},
                                {QStringLiteral("id"), QStringLiteral("n-old")}};
        QCOMPARE(server.postJson(QStringLiteral("/test/changes"), news).status, 201);
        const Feed afterFirst = readAll(server, token, snapshot.cursor, 100);
        QCOMPARE(afterFirst.entries.size(), 1);
        QCOMPARE(server
                     .postJson(QStringLiteral("/test/clock"),
                               {{QStringLiteral("now"), QStringLiteral("2026-01-13T10:00:00Z")}})
                     .status,
                 200);
        QCOMPARE(server.postJson(QStringLiteral("/test/changes"), news).status, 201);
        QCOMPARE(server
                     .postJson(QStringLiteral("/test/clock"),
                               {{QStringLiteral("now"), QStringLiteral("2026-01-13T10:00:01Z")}})
                     .status,
                 200);
        const QString fresh
            = server.signIn(QStringLiteral("school-admin")).accessToken; // the old one expired
        const HttpReply old = server.get(QStringLiteral("/api/v1/changes?since=") + snapshot.cursor, fresh);
        QCOMPARE(old.status, 410);
        QCOMPARE(old.json().value(QStringLiteral("code")).toString(), QStringLiteral("cursor-expired"));
        // The cursor after the pruned entry still works; a new snapshot always does.
        QCOMPARE(readAll(server, fresh, afterFirst.cursor, 100).entries.size(), 1);
        QVERIFY(readAll(server, fresh, {}, 1000).entries.size() > 10);
    }

    void linkingAnAccountMakesOldCursorsUnknown()
    {
        const QString token = m_server.signIn(QStringLiteral("multi-school")).accessToken;
        const Feed feed = readAll(m_server, token, {}, 1000);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/changes?since=") + feed.cursor, token).status, 200);
        const QJsonArray identities = m_server.get(QStringLiteral("/oauth/test-identities"))
                                          .json()
                                          .value(QStringLiteral("identities"))
                                          .toArray();
        QString extra;
        for (const QJsonValue &v : identities) {
            if (v.toObject().value(QStringLiteral("id")).toString() == u"multi-school") {
                for (const QJsonValue &c : v.toObject().value(QStringLiteral("contactAt")).toArray()) {
                    if (c.toString() != u"16BX") {
                        extra = c.toString();
                    }
                }
            }
        }
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/me/accounts"),
                               {{QStringLiteral("institutionCode"), extra}}, token)
                     .status,
                 201);
        QCOMPARE(m_server.get(QStringLiteral("/api/v1/changes?since=") + feed.cursor, token).status, 410);
    }
};

QTEST_GUILESS_MAIN(TestServerChanges)
#include "tst_serverchanges.moc"
