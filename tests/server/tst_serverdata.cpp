// Every row of the seeded template passes the shared domain codecs: what the
// server sends, the client's decoders accept.
#include "models/domain/contactperson.h"
#include "models/domain/rolerules.h"
#include "server/http/documents.h"
#include "tests/server/serverlauncher.h"

#include <QDir>
#include <QJsonDocument>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

using namespace hpo::server;

class TestServerData : public QObject
{
    Q_OBJECT

private:
    QSqlDatabase m_db;

private Q_SLOTS:
    void initTestCase()
    {
        const QString dir = hpo::testing::ServerLauncher::templateDataDir();
        QVERIFY(!dir.isEmpty());
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("data-check"));
        m_db.setDatabaseName(QDir(dir).filePath(QStringLiteral("helpdeskpo.sqlite")));
        m_db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QVERIFY(m_db.open());
    }

    void everyRowDecodes_data()
    {
        QTest::addColumn<int>("entity");
        QTest::addColumn<QString>("table");
        QTest::newRow("institution") << int(Entity::Institution) << QStringLiteral("institutions");
        QTest::newRow("branch") << int(Entity::Branch) << QStringLiteral("branches");
        QTest::newRow("contact") << int(Entity::Contact) << QStringLiteral("contacts");
        QTest::newRow("gtb") << int(Entity::Gtb) << QStringLiteral("gtb");
        QTest::newRow("news") << int(Entity::News) << QStringLiteral("news");
        QTest::newRow("contactMoment") << int(Entity::ContactMoment) << QStringLiteral("contact_moments");
        QTest::newRow("evaluation") << int(Entity::Evaluation) << QStringLiteral("evaluations");
        QTest::newRow("archive") << int(Entity::Archive) << QStringLiteral("archive");
    }

    void everyRowDecodes()
    {
        QFETCH(int, entity);
        QFETCH(QString, table);
        const bool archive = Entity(entity) == Entity::Archive;
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        // The archive's 254,400 rows come from one generator: a sample plus every long body will do.
        QVERIFY(q.exec(
            QStringLiteral("SELECT id, institution, version, data%1 FROM %2%3")
                .arg(archive ? QStringLiteral(", kind, direction, sent_at, subject, body") : QString(), table,
                     archive ? QStringLiteral(" WHERE rowid % 16 = 0 OR length(body) > 60000") : QString())));
        int rows = 0;
        QStringList failures;
        while (q.next()) {
            EntityRow row;
            row.entity = Entity(entity);
            row.id = q.value(0).toString();
            row.institution = q.value(1).toString();
            row.version = q.value(2).toLongLong();
            row.data = q.value(3).toString().toUtf8();
            if (archive) {
                row.kind = q.value(4).toString();
                row.direction = q.value(5).toString();
                row.sentAt = q.value(6).toString();
                row.subject = q.value(7).toString();
                row.body = q.value(8).toString();
            }
            ++rows;
            const auto checked = checkedDocumentJson(row, archive ? feedBodyCapBytes : -1);
            if (!checked && failures.size() < 10) {
                failures << row.id + QStringLiteral(": ") + checked.error().field + u' '
                        + checked.error().message;
            }
        }
        QVERIFY(rows > 0);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }

    void contactListsKeepTheRoleRules()
    {
        // Every institution's list passes the shared rules: a school exactly one
        // Gemachtigde, a board at most one, roles allowed for the kind.
        QSqlQuery q(m_db);
        q.setForwardOnly(true);
        QVERIFY(q.exec(
            QStringLiteral("SELECT c.institution, i.kind, c.data, c.version FROM contacts c"
                           " JOIN institutions i ON i.id = c.institution ORDER BY c.institution, c.id")));
        QString current;
        hpo::InstitutionCode::Kind kind = hpo::InstitutionCode::Kind::School;
        QList<hpo::ContactPerson> list;
        QStringList failures;
        int lists = 0;
        auto flush = [&] {
            if (current.isEmpty()) {
                return;
            }
            ++lists;
            const hpo::Status valid = hpo::validateContactList(kind, list);
            if (!valid && failures.size() < 10) {
                failures << current + QStringLiteral(": ") + valid.error().field + u' '
                        + valid.error().message;
            }
            list.clear();
        };
        while (q.next()) {
            if (q.value(0).toString() != current) {
                flush();
                current = q.value(0).toString();
                kind = q.value(1).toString() == u"board" ? hpo::InstitutionCode::Kind::Board
                                                         : hpo::InstitutionCode::Kind::School;
            }
            QJsonObject json = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
            json.insert(QStringLiteral("version"), q.value(3).toLongLong());
            const auto person = hpo::ContactPerson::fromJson(json);
            QVERIFY(person.ok());
            list.append(person.value());
        }
        flush();
        QCOMPARE(lists, 6359 + 925);
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestServerData)
#include "tst_serverdata.moc"
