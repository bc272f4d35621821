// Black-box: every read route's happy path, the authorization matrix (404 for
// anything not visible, per identity kind), ETag/304, archive paging and
// filters, attachments, and Account toevoegen.
#include "models/domain/helpdeskcontact.h"
#include "tests/server/serverlauncher.h"

#include <QFile>
#include <QJsonArray>
#include <QTest>

using hpo::testing::HttpReply;
using hpo::testing::ServerLauncher;

class TestServerReads : public QObject
{
    Q_OBJECT

private:
    ServerLauncher m_server;
    QHash<QString, QString> m_tokens; // identity → access token
    QHash<QString, QJsonObject> m_identities;

    HttpReply get(const QString &identity, const QString &path,
                  const QList<QPair<QByteArray, QByteArray>> &headers = {})
    {
        return m_server.get(path, m_tokens.value(identity), headers);
    }
    QStringList contactAt(const QString &identity) const
    {
        QStringList out;
        for (const QJsonValue &v :
             m_identities.value(identity).value(QStringLiteral("contactAt")).toArray()) {
            out << v.toString();
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_server.start());
        const HttpReply identities = m_server.get(QStringLiteral("/oauth/test-identities"));
        for (const QJsonValue &v : identities.json().value(QStringLiteral("identities")).toArray()) {
            const QString id = v.toObject().value(QStringLiteral("id")).toString();
            m_identities.insert(id, v.toObject());
            m_tokens.insert(id, m_server.signIn(id).accessToken);
            QVERIFY2(!m_tokens.value(id).isEmpty(), qPrintable(id));
        }
        QCOMPARE(m_tokens.size(), 5);
    }

    void meta()
    {
        const HttpReply meta = m_server.get(QStringLiteral("/api/v1/meta"));
        QCOMPARE(meta.status, 200);
        const QJsonObject json = meta.json();
        QVERIFY(json.value(QStringLiteral("testBroker")).toBool());
        QCOMPARE(json.value(QStringLiteral("signInMethods"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("kind"))
                     .toString(),
                 QStringLiteral("eherkenning"));
        QCOMPARE(json.value(QStringLiteral("helpdeskSchedule"))
                     .toObject()
                     .value(QStringLiteral("timeZone"))
                     .toString(),
                 QStringLiteral("Europe/Amsterdam"));
        // The demo contact details, decodable by the shared codec.
        const auto contact
            = hpo::HelpdeskContact::fromJson(json.value(QStringLiteral("helpdeskContact")).toObject());
        QVERIFY(contact.ok());
        QCOMPARE(contact->phone, QStringLiteral("050 599 9000"));
        QCOMPARE(contact->email, QStringLiteral("helpdesk-po@duo.example"));
    }

    void me()
    {
        const QJsonObject me = get(QStringLiteral("school-admin"), QStringLiteral("/api/v1/me")).json();
        QCOMPARE(me.value(QStringLiteral("id")).toString(), QStringLiteral("school-admin"));
        const QJsonArray accounts = me.value(QStringLiteral("accounts")).toArray();
        QCOMPARE(accounts.size(), 1);
        QCOMPARE(accounts.first().toObject().value(QStringLiteral("institutionCode")).toString(),
                 QStringLiteral("16AH"));
        QCOMPARE(accounts.first().toObject().value(QStringLiteral("kind")).toString(),
                 QStringLiteral("school"));
    }

    void schoolRoutes()
    {
        const QString admin = QStringLiteral("school-admin");
        const QJsonObject school = get(admin, QStringLiteral("/api/v1/institutions/16AH")).json();
        QCOMPARE(school.value(QStringLiteral("code")).toString(), QStringLiteral("16AH"));
        QCOMPARE(school.value(QStringLiteral("boardCode")).toString(), QStringLiteral("10249"));
        QCOMPARE(school.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(school.value(QStringLiteral("visitingAddress"))
                     .toObject()
                     .value(QStringLiteral("postcode"))
                     .toString(),
                 QStringLiteral("7822 HG"));

        const QJsonArray branches = get(admin, QStringLiteral("/api/v1/institutions/16AH/branches"))
                                        .json()
                                        .value(QStringLiteral("items"))
                                        .toArray();
        QVERIFY(!branches.isEmpty());
        QCOMPARE(branches.first().toObject().value(QStringLiteral("code")).toString(),
                 QStringLiteral("16AH00"));

        const QJsonArray contacts = get(admin, QStringLiteral("/api/v1/institutions/16AH/contacts"))
                                        .json()
                                        .value(QStringLiteral("items"))
                                        .toArray();
        int gemachtigden = 0;
        for (const QJsonValue &c : contacts) {
            gemachtigden += c.toObject()
                                .value(QStringLiteral("roles"))
                                .toArray()
                                .contains(QStringLiteral("gemachtigde"));
        }
        QCOMPARE(gemachtigden, 1);
        const QString contactId = contacts.first().toObject().value(QStringLiteral("id")).toString();
        const HttpReply contact
            = get(admin, QStringLiteral("/api/v1/institutions/16AH/contacts/") + contactId);
        QCOMPARE(contact.status, 200);
        QCOMPARE(contact.json().value(QStringLiteral("id")).toString(), contactId);
        QCOMPARE(get(admin, QStringLiteral("/api/v1/institutions/16AH/contacts/c9999999")).status, 404);

        const HttpReply moments = get(admin, QStringLiteral("/api/v1/institutions/16AH/contact-moments"));
        QCOMPARE(moments.status, 200);
        QVERIFY(moments.json().value(QStringLiteral("items")).isArray());
        QCOMPARE(get(admin, QStringLiteral("/api/v1/institutions/16AH/evaluations")).status, 200);
        QCOMPARE(get(admin, QStringLiteral("/api/v1/institutions/16AH/schools")).status,
                 404); // a school has none

        const QJsonArray news
            = get(admin, QStringLiteral("/api/v1/news")).json().value(QStringLiteral("items")).toArray();
        QVERIFY(news.size() >= 25);
        int read = 0;
        for (const QJsonValue &n : news) {
            const QString institution = n.toObject().value(QStringLiteral("institutionCode")).toString();
            QVERIFY(institution.isEmpty() || institution == u"16AH");
            read += n.toObject().value(QStringLiteral("read")).toBool();
        }
        QCOMPARE(read, 5);
    }

    void gtbMatchesTheBronFile()
    {
        const QJsonObject gtb
            = get(QStringLiteral("school-admin"), QStringLiteral("/api/v1/institutions/16AH/gtb")).json();
        QCOMPARE(gtb.value(QStringLiteral("updatedUntil")).toString(), QStringLiteral("2021-12-08"));
        const QJsonArray peildata = gtb.value(QStringLiteral("peildata")).toArray();
        QCOMPARE(peildata.size(), 6);
        const QJsonObject oldest = peildata.last().toObject();
        QCOMPARE(oldest.value(QStringLiteral("peildatum")).toString(), QStringLiteral("2016-10-01"));
        QCOMPARE(oldest.value(QStringLiteral("updatedUntil")).toString(), QStringLiteral("2016-10-15"));
        QFile bron(qEnvironmentVariable("HPO_SOURCE_DIR")
                   + QStringLiteral("/server/seed/data/leerlingen-bo-in-bron-2016-2017.csv"));
        QVERIFY(bron.open(QIODevice::ReadOnly));
        int fileTotal = -1;
        while (!bron.atEnd()) {
            const QList<QByteArray> f = bron.readLine().split(';');
            if (f.first() == "16AH") {
                fileTotal = f.at(14).toInt(); // TOTAAL_BEKOSTIGD
            }
        }
        const QJsonObject branch = oldest.value(QStringLiteral("branches")).toArray().first().toObject();
        QCOMPARE(branch.value(QStringLiteral("branchCode")).toString(), QStringLiteral("16AH00"));
        QCOMPARE(branch.value(QStringLiteral("funded")).toObject().value(QStringLiteral("total")).toInt(),
                 fileTotal);
    }

    void boardRoutes()
    {
        const QString staff = QStringLiteral("board-41775");
        const QJsonObject board = get(staff, QStringLiteral("/api/v1/institutions/41775")).json();
        QCOMPARE(board.value(QStringLiteral("kind")).toString(), QStringLiteral("board"));
        QVERIFY(board.value(QStringLiteral("name")).toString().contains(QStringLiteral("41775")));
        const QJsonArray schools = get(staff, QStringLiteral("/api/v1/institutions/41775/schools"))
                                       .json()
                                       .value(QStringLiteral("items"))
                                       .toArray();
        QCOMPARE(schools.size(), 60);
        for (const QJsonValue &s : schools) {
            QCOMPARE(s.toObject().value(QStringLiteral("boardCode")).toString(), QStringLiteral("41775"));
        }
        QCOMPARE(get(staff, QStringLiteral("/api/v1/institutions/00DO/contacts")).status, 200);
        const QJsonArray boardContacts = get(QStringLiteral("board-no-gemachtigde"),
                                             QStringLiteral("/api/v1/institutions/")
                                                 + m_identities.value(QStringLiteral("board-no-gemachtigde"))
                                                       .value(QStringLiteral("linkedInstitutions"))
                                                       .toArray()
                                                       .first()
                                                       .toString()
                                                 + QStringLiteral("/contacts"))
                                             .json()
                                             .value(QStringLiteral("items"))
                                             .toArray();
        QVERIFY(!boardContacts.isEmpty());
        for (const QJsonValue &c : boardContacts) {
            QVERIFY(!c.toObject()
                         .value(QStringLiteral("roles"))
                         .toArray()
                         .contains(QStringLiteral("gemachtigde")));
        }
    }

    void evaluationsOfABoardsSchools()
    {
        const QString staff = QStringLiteral("board-41775");
        const QJsonArray schools = get(staff, QStringLiteral("/api/v1/institutions/41775/schools"))
                                       .json()
                                       .value(QStringLiteral("items"))
                                       .toArray();
        int found = 0;
        for (const QJsonValue &school : schools) {
            const QString code = school.toObject().value(QStringLiteral("code")).toString();
            const QJsonArray items
                = get(staff, QStringLiteral("/api/v1/institutions/%1/evaluations").arg(code))
                      .json()
                      .value(QStringLiteral("items"))
                      .toArray();
            if (items.isEmpty()) {
                continue;
            }
            const QString id = items.first().toObject().value(QStringLiteral("id")).toString();
            const HttpReply one
                = get(staff, QStringLiteral("/api/v1/institutions/%1/evaluations/%2").arg(code, id));
            QCOMPARE(one.status, 200);
            QCOMPARE(one.json(), items.first().toObject());
            QVERIFY(!one.header("ETag").isEmpty());
            // The same id under another institution is not there.
            QCOMPARE(get(staff, QStringLiteral("/api/v1/institutions/41775/evaluations/") + id).status, 404);
            if (++found == 3) {
                break;
            }
        }
        QCOMPARE(found, 3);
    }

    void authorizationMatrix_data()
    {
        QTest::addColumn<QString>("identity");
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("status");
        const QStringList suffixes {QString(),
                                    QStringLiteral("/schools"),
                                    QStringLiteral("/branches"),
                                    QStringLiteral("/contacts"),
                                    QStringLiteral("/contacts/c0000001"),
                                    QStringLiteral("/archive"),
                                    QStringLiteral("/archive/a000000001"),
                                    QStringLiteral("/archive/a000000001/attachments/0"),
                                    QStringLiteral("/contact-moments"),
                                    QStringLiteral("/evaluations"),
                                    QStringLiteral("/evaluations/e000001"),
                                    QStringLiteral("/gtb")};
        // Institutions each identity must NOT see: a neighbour school, its own board
        // (for a school identity), another board, a school of another board, a code that does not exist.
        const QList<std::pair<QString, QStringList>> hidden {
            {QStringLiteral("school-admin"),
             {QStringLiteral("16BX"), QStringLiteral("10249"), QStringLiteral("41775"),
              QStringLiteral("00DO"), QStringLiteral("ZZ99")}},
            {QStringLiteral("multi-school"),
             {QStringLiteral("16AH"), QStringLiteral("10249"), QStringLiteral("00DO")}},
            {QStringLiteral("board-41775"),
             {QStringLiteral("16AH"), QStringLiteral("10249"), QStringLiteral("00AP")}},
            {QStringLiteral("board-no-gemachtigde"),
             {QStringLiteral("41775"), QStringLiteral("00DO"), QStringLiteral("16AH")}},
            {QStringLiteral("agent"),
             {QStringLiteral("16AH"), QStringLiteral("41775"), QStringLiteral("00DO")}}};
        for (const auto &[identity, codes] : hidden) {
            for (const QString &code : codes) {
                for (const QString &suffix : suffixes) {
                    const QString path = QStringLiteral("/api/v1/institutions/") + code + suffix;
                    QTest::newRow(qPrintable(identity + u' ' + path)) << identity << path << 404;
                }
            }
        }
        QTest::newRow("school-admin own school")
            << QStringLiteral("school-admin") << QStringLiteral("/api/v1/institutions/16AH") << 200;
        QTest::newRow("multi-school linked school")
            << QStringLiteral("multi-school") << QStringLiteral("/api/v1/institutions/16BX") << 200;
        QTest::newRow("board sees its school")
            << QStringLiteral("board-41775") << QStringLiteral("/api/v1/institutions/00DO/archive/a000000001")
            << 404;
        QTest::newRow("board sees school archive")
            << QStringLiteral("board-41775") << QStringLiteral("/api/v1/institutions/00DO/archive?limit=1")
            << 200;
        QTest::newRow("board gtb of school")
            << QStringLiteral("board-41775") << QStringLiteral("/api/v1/institutions/00DO/gtb") << 200;
        QTest::newRow("agent me") << QStringLiteral("agent") << QStringLiteral("/api/v1/me") << 200;
    }

    void authorizationMatrix()
    {
        QFETCH(QString, identity);
        QFETCH(QString, path);
        QFETCH(int, status);
        const HttpReply reply = get(identity, path);
        QCOMPARE(reply.status, status);
        if (status == 404) {
            QCOMPARE(reply.header("Content-Type"), QByteArrayLiteral("application/problem+json"));
            QCOMPARE(reply.json().value(QStringLiteral("code")).toString(), QStringLiteral("not-found"));
        }
    }

    void etagAndNotModified()
    {
        const QString admin = QStringLiteral("school-admin");
        for (const QString &path : {QStringLiteral("/api/v1/institutions/16AH"),
                                    QStringLiteral("/api/v1/institutions/16AH/contacts"),
                                    QStringLiteral("/api/v1/institutions/16AH/gtb")}) {
            const HttpReply first = get(admin, path);
            const QByteArray etag = first.header("ETag");
            QVERIFY2(etag.startsWith('"') && etag.endsWith('"'), qPrintable(path));
            const HttpReply second = get(admin, path, {{QByteArrayLiteral("If-None-Match"), etag}});
            QCOMPARE(second.status, 304);
            QVERIFY(second.body.isEmpty());
            QCOMPARE(second.header("ETag"), etag);
            QCOMPARE(get(admin, path, {{QByteArrayLiteral("If-None-Match"), QByteArrayLiteral("\"other\"")}})
                         .status,
                     200);
        }
    }

    void archivePagingIsNewestFirstWithoutGapsOrRepeats()
    {
        const QString staff = QStringLiteral("board-41775");
        QString cursor;
        QSet<QString> seen;
        QString previous; // "sentAt|id" of the last item
        for (int page = 0; page < 4; ++page) {
            const HttpReply reply
                = get(staff,
                      QStringLiteral("/api/v1/institutions/00DO/archive?limit=200")
                          + (cursor.isEmpty() ? QString() : QStringLiteral("&after=") + cursor));
            QCOMPARE(reply.status, 200);
            const QJsonArray items = reply.json().value(QStringLiteral("items")).toArray();
            QCOMPARE(items.size(), 200);
            for (const QJsonValue &v : items) {
                const QJsonObject item = v.toObject();
                const QString key = item.value(QStringLiteral("sentAt")).toString() + u'|'
                    + item.value(QStringLiteral("id")).toString();
                QVERIFY(previous.isEmpty() || key < previous);
                previous = key;
                QVERIFY(!seen.contains(key));
                seen.insert(key);
            }
            cursor = reply.json().value(QStringLiteral("nextCursor")).toString();
            QVERIFY(!cursor.isEmpty());
        }
    }

    void archiveFilters()
    {
        const QString staff = QStringLiteral("board-41775");
        const QString base = QStringLiteral("/api/v1/institutions/00DO/archive?limit=100");
        for (const QJsonValue &v : get(staff, base + QStringLiteral("&kind=email&direction=from-duo"))
                                       .json()
                                       .value(QStringLiteral("items"))
                                       .toArray()) {
            QCOMPARE(v.toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("email"));
            QCOMPARE(v.toObject().value(QStringLiteral("direction")).toString(), QStringLiteral("from-duo"));
        }
        const QJsonArray inRange = get(staff, base + QStringLiteral("&from=2020-01-01&to=2020-01-31"))
                                       .json()
                                       .value(QStringLiteral("items"))
                                       .toArray();
        QVERIFY(!inRange.isEmpty());
        for (const QJsonValue &v : inRange) {
            QVERIFY(v.toObject()
                        .value(QStringLiteral("sentAt"))
                        .toString()
                        .startsWith(QStringLiteral("2020-01")));
        }
        const QJsonArray text = get(staff, base + QStringLiteral("&q=Jaarverslag"))
                                    .json()
                                    .value(QStringLiteral("items"))
                                    .toArray();
        QVERIFY(!text.isEmpty());
        for (const QJsonValue &v : text) {
            QVERIFY(v.toObject()
                        .value(QStringLiteral("subject"))
                        .toString()
                        .contains(QStringLiteral("Jaarverslag")));
        }
        // Search syntax from the user is only ever words: operators and quotes do no harm.
        for (const QString &q :
             {QStringLiteral("%22%20OR%20*"), QStringLiteral("!!!"), QStringLiteral("NEAR(a%20b)"),
              QStringLiteral("institution%3A16AH"), QStringLiteral("%E2%80%A6")}) {
            QCOMPARE(get(staff, QStringLiteral("/api/v1/institutions/00DO/archive?q=") + q).status, 200);
        }
        const QJsonArray prefix = get(staff, base + QStringLiteral("&q=jaarversl"))
                                      .json()
                                      .value(QStringLiteral("items"))
                                      .toArray();
        QCOMPARE(prefix.size(), text.size()); // words match as prefixes, case-insensitively
        const HttpReply bad = get(
            staff, QStringLiteral("/api/v1/institutions/00DO/archive?kind=fax&limit=0&from=2020-13-01"));
        QCOMPARE(bad.status, 400);
        QCOMPARE(bad.json().value(QStringLiteral("errors")).toArray().size(), 3);
        QCOMPARE(get(staff, QStringLiteral("/api/v1/institutions/00DO/archive?after=not-a-cursor")).status,
                 400);
        QCOMPARE(get(staff, QStringLiteral("/api/v1/institutions/00DO/archive?limit=100000")).status, 400);
    }

    void archiveItemAndAttachment()
    {
        const QString admin = QStringLiteral("school-admin");
        const QJsonArray items
            = get(admin, QStringLiteral("/api/v1/institutions/16AH/archive?kind=document&limit=5"))
                  .json()
                  .value(QStringLiteral("items"))
                  .toArray();
        QVERIFY(!items.isEmpty());
        const QJsonObject first = items.first().toObject();
        const QString id = first.value(QStringLiteral("id")).toString();
        const HttpReply item = get(admin, QStringLiteral("/api/v1/institutions/16AH/archive/") + id);
        QCOMPARE(item.status, 200);
        QVERIFY(!item.header("ETag").isEmpty());
        const QJsonObject attachment
            = item.json().value(QStringLiteral("attachments")).toArray().first().toObject();
        const QString path
            = QStringLiteral("/api/v1/institutions/16AH/archive/") + id + QStringLiteral("/attachments/0");
        const HttpReply bytes = get(admin, path);
        QCOMPARE(bytes.status, 200);
        QCOMPARE(bytes.header("Content-Type"), QByteArrayLiteral("application/pdf"));
        QCOMPARE(bytes.body.size(), attachment.value(QStringLiteral("size")).toInt());
        QVERIFY(bytes.header("Content-Disposition")
                    .contains(attachment.value(QStringLiteral("fileName")).toString().toLatin1()));
        QCOMPARE(get(admin, path, {{QByteArrayLiteral("If-None-Match"), bytes.header("ETag")}}).status, 304);
        QCOMPARE(
            get(admin,
                QStringLiteral("/api/v1/institutions/16AH/archive/") + id + QStringLiteral("/attachments/9"))
                .status,
            404);
        QCOMPARE(
            get(admin,
                QStringLiteral("/api/v1/institutions/16AH/archive/") + id + QStringLiteral("/attachments/x"))
                .status,
            404);
    }

    void accountToevoegen()
    {
        const QString person = QStringLiteral("multi-school");
        const QString token = m_tokens.value(person);
        const QStringList others = contactAt(person);
        QCOMPARE(others.size(), 3);
        QString extra;
        for (const QString &code : others) {
            if (code != u"16BX") {
                extra = code;
            }
        }
        QCOMPARE(get(person, QStringLiteral("/api/v1/institutions/") + extra).status, 404);
        const HttpReply refused
            = m_server.postJson(QStringLiteral("/api/v1/me/accounts"),
                                {{QStringLiteral("institutionCode"), QStringLiteral("16AH")}}, token);
        QCOMPARE(refused.status, 403);
        QCOMPARE(refused.json().value(QStringLiteral("code")).toString(),
                 QStringLiteral("not-a-contact-person"));
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/me/accounts"),
                               {{QStringLiteral("institutionCode"), QStringLiteral("not a code")}}, token)
                     .status,
                 422);
        QCOMPARE(m_server
                     .postJson(QStringLiteral("/api/v1/me/accounts"),
                               {{QStringLiteral("institutionCode"), QStringLiteral("16BX")}}, token)
                     .status,
                 409);
        const HttpReply linked = m_server.postJson(QStringLiteral("/api/v1/me/accounts"),
                                                   {{QStringLiteral("institutionCode"), extra}}, token);
        QCOMPARE(linked.status, 201);
        QCOMPARE(linked.json().value(QStringLiteral("institutionCode")).toString(), extra);
        QCOMPARE(get(person, QStringLiteral("/api/v1/institutions/") + extra).status, 200);
        QCOMPARE(get(person, QStringLiteral("/api/v1/me"))
                     .json()
                     .value(QStringLiteral("accounts"))
                     .toArray()
                     .size(),
                 2);
        QCOMPARE(m_server.deleteResource(QStringLiteral("/api/v1/me/accounts/") + extra, token).status, 204);
        QCOMPARE(get(person, QStringLiteral("/api/v1/institutions/") + extra).status, 404);
        QCOMPARE(m_server.deleteResource(QStringLiteral("/api/v1/me/accounts/") + extra, token).status, 404);
    }

    void markNewsRead()
    {
        const QString person = QStringLiteral("board-no-gemachtigde");
        const QString token = m_tokens.value(person);
        const auto unreadId = [&]() -> QString {
            for (const QJsonValue &n : get(person, QStringLiteral("/api/v1/news"))
                                           .json()
                                           .value(QStringLiteral("items"))
                                           .toArray()) {
                if (!n.toObject().value(QStringLiteral("read")).toBool())
                    return n.toObject().value(QStringLiteral("id")).toString();
            }
            return {};
        };
        const QString id = unreadId();
        QVERIFY(!id.isEmpty());
        const QList<QPair<QByteArray, QByteArray>> auth {{"Authorization", "Bearer " + token.toLatin1()}};
        QCOMPARE(
            m_server.request("POST", QStringLiteral("/api/v1/news/") + id + QStringLiteral("/read"), {}, auth)
                .status,
            204);
        QCOMPARE(
            m_server.request("POST", QStringLiteral("/api/v1/news/") + id + QStringLiteral("/read"), {}, auth)
                .status,
            204); // twice is fine
        bool nowRead = false;
        for (const QJsonValue &n :
             get(person, QStringLiteral("/api/v1/news")).json().value(QStringLiteral("items")).toArray()) {
            if (n.toObject().value(QStringLiteral("id")).toString() == id)
                nowRead = n.toObject().value(QStringLiteral("read")).toBool();
        }
        QVERIFY(nowRead);
        QCOMPARE(m_server.request("POST", QStringLiteral("/api/v1/news/n9999999/read"), {}, auth).status,
                 404);
        QCOMPARE(
            m_server.request("POST", QStringLiteral("/api/v1/news/") + id + QStringLiteral("/read")).status,
            401);
    }
};

QTEST_GUILESS_MAIN(TestServerReads)
#include "tst_serverreads.moc"
