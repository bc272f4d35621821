#include "models/domain/contactperson.h"
#include "models/domain/jsoncodec.h"

#include <QJsonDocument>
#include <QTest>

using hpo::ContactPerson;
using Role = hpo::ContactPerson::Role;

namespace {

ContactPerson sample()
{
    ContactPerson p;
    p.id = QStringLiteral("c-1");
    p.initials = QStringLiteral("J.P.");
    p.firstName = QStringLiteral("Jan");
    p.prefix = QStringLiteral("van der");
    p.lastName = QStringLiteral("Berg");
    p.function = QStringLiteral("directeur");
    p.email = QStringLiteral("j.vanderberg@obs-eenspan.nl");
    p.phone = QStringLiteral("0591 659 840");
    p.roles = {Role::Gemachtigde};
    p.version = 7;
    return p;
}

QJsonObject parse(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", json.constData());
    return doc.object();
}

} // namespace

class TestContactPerson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip_data()
    {
        QTest::addColumn<ContactPerson>("person");
        QTest::newRow("full") << sample();
        ContactPerson minimal;
        minimal.id = QStringLiteral("x");
        minimal.lastName = QStringLiteral("Bakker");
        QTest::newRow("minimal, no roles") << minimal;
        ContactPerson board = sample();
        board.roles = {Role::Gemachtigde, Role::DoorontwikkelenBron, Role::Rio};
        QTest::newRow("board roles") << board;
        ContactPerson overige = sample();
        overige.roles = {Role::OverigeContactpersoon};
        overige.version = (qint64(1) << 53) - 1;
        QTest::newRow("max version") << overige;
        ContactPerson unicode = sample();
        unicode.firstName = QString::fromUtf16(u"Ren\u00E9e");
        unicode.lastName = QString::fromUtf16(u"\u00D6zt\u00FCrk");
        unicode.prefix.clear();
        QTest::newRow("unicode names") << unicode;
    }

    void roundTrip()
    {
        QFETCH(ContactPerson, person);
        const QJsonObject json = person.toJson();
        const auto decoded = ContactPerson::fromJson(json);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().field));
        QCOMPARE(*decoded, person);
        // Through text as well, as it travels.
        const auto again = ContactPerson::fromJson(QJsonDocument(json).object());
        QVERIFY(again.ok());
        QCOMPARE(*again, person);
    }

    void wireShape()
    {
        const QJsonObject json = sample().toJson();
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("c-1"));
        QCOMPARE(json.value(QStringLiteral("prefix")).toString(), QStringLiteral("van der"));
        QCOMPARE(json.value(QStringLiteral("roles")).toArray(), QJsonArray({QStringLiteral("gemachtigde")}));
        QCOMPARE(json.value(QStringLiteral("version")).toInteger(), 7);
    }

    void decodesAndNormalises()
    {
        const auto p = ContactPerson::fromJson(parse(R"({
            "id": "c-9", "lastName": "Jansen", "email": " Info@School.NL ", "phone": "+31 (0)50 5999000",
            "roles": ["rio", "gemachtigde"], "version": 3, "futureField": {"x": 1}})"));
        QVERIFY(p.ok());
        QCOMPARE(p->email, QStringLiteral("Info@school.nl"));
        QCOMPARE(p->phone, QStringLiteral("050 599 9000"));
        QCOMPARE(p->roles, QList<Role>({Role::Gemachtigde, Role::Rio}));
        QVERIFY(p->initials.isEmpty());
        QVERIFY(p->firstName.isEmpty());
    }

    void nullOptionalFieldsReadAsEmpty()
    {
        const auto p = ContactPerson::fromJson(parse(
            R"({"id":"a","lastName":"B","initials":null,"email":null,"phone":"","roles":[],"version":0})"));
        QVERIFY(p.ok());
        QVERIFY(p->email.isEmpty());
        QVERIFY(p->phone.isEmpty());
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        const QByteArray ok = R"("id":"a","lastName":"B","roles":["gemachtigde"],"version":1)";
        QTest::newRow("empty object") << QByteArray("{}") << "missing-field"
                                      << "contacts[3].id";
        QTest::newRow("missing id") << QByteArray(R"({"lastName":"B","roles":[],"version":1})")
                                    << "missing-field"
                                    << "contacts[3].id";
        QTest::newRow("empty id") << QByteArray(R"({"id":" ","lastName":"B","roles":[],"version":1})")
                                  << "empty"
                                  << "contacts[3].id";
        QTest::newRow("numeric id") << QByteArray(R"({"id":5,"lastName":"B","roles":[],"version":1})")
                                    << "wrong-type"
                                    << "contacts[3].id";
        QTest::newRow("missing last name")
            << QByteArray(R"({"id":"a","roles":[],"version":1})") << "missing-field"
            << "contacts[3].lastName";
        QTest::newRow("empty last name")
            << QByteArray(R"({"id":"a","lastName":"","roles":[],"version":1})") << "empty"
            << "contacts[3].lastName";
        QTest::newRow("first name number") << QByteArray("{" + ok + R"(,"firstName":12})") << "wrong-type"
                                           << "contacts[3].firstName";
        QTest::newRow("prefix bool") << QByteArray("{" + ok + R"(,"prefix":true})") << "wrong-type"
                                     << "contacts[3].prefix";
        QTest::newRow("function array") << QByteArray("{" + ok + R"(,"function":[]})") << "wrong-type"
                                        << "contacts[3].function";
        QTest::newRow("bad email") << QByteArray("{" + ok + R"(,"email":"jan@@school.nl"})")
                                   << "invalid-email"
                                   << "contacts[3].email";
        QTest::newRow("email object") << QByteArray("{" + ok + R"(,"email":{}})") << "wrong-type"
                                      << "contacts[3].email";
        QTest::newRow("bad phone") << QByteArray("{" + ok + R"(,"phone":"12345"})") << "invalid-phone-number"
                                   << "contacts[3].phone";
        QTest::newRow("foreign phone")
            << QByteArray("{" + ok + R"(,"phone":"+32 2 123 45 67"})") << "foreign-phone-number"
            << "contacts[3].phone";
        QTest::newRow("missing roles")
            << QByteArray(R"({"id":"a","lastName":"B","version":1})") << "missing-field"
            << "contacts[3].roles";
        QTest::newRow("roles string")
            << QByteArray(R"({"id":"a","lastName":"B","roles":"rio","version":1})") << "wrong-type"
            << "contacts[3].roles";
        QTest::newRow("role number") << QByteArray(
            R"({"id":"a","lastName":"B","roles":["rio",1],"version":1})")
                                     << "wrong-type"
                                     << "contacts[3].roles[1]";
        QTest::newRow("unknown role")
            << QByteArray(R"({"id":"a","lastName":"B","roles":["rio","directeur"],"version":1})")
            << "unknown-value"
            << "contacts[3].roles[1]";
        QTest::newRow("role wrong case")
            << QByteArray(R"({"id":"a","lastName":"B","roles":["Gemachtigde"],"version":1})")
            << "unknown-value"
            << "contacts[3].roles[0]";
        QTest::newRow("duplicate role")
            << QByteArray(R"({"id":"a","lastName":"B","roles":["rio","gemachtigde","rio"],"version":1})")
            << "duplicate-role"
            << "contacts[3].roles[2]";
        QTest::newRow("missing version")
            << QByteArray(R"({"id":"a","lastName":"B","roles":[]})") << "missing-field"
            << "contacts[3].version";
        QTest::newRow("version string")
            << QByteArray(R"({"id":"a","lastName":"B","roles":[],"version":"1"})") << "wrong-type"
            << "contacts[3].version";
        QTest::newRow("version fraction")
            << QByteArray(R"({"id":"a","lastName":"B","roles":[],"version":1.5})") << "wrong-type"
            << "contacts[3].version";
        QTest::newRow("version negative")
            << QByteArray(R"({"id":"a","lastName":"B","roles":[],"version":-1})") << "out-of-range"
            << "contacts[3].version";
        QTest::newRow("version huge")
            << QByteArray(R"({"id":"a","lastName":"B","roles":[],"version":1e300})") << "wrong-type"
            << "contacts[3].version";
    }

    void malformed()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto result = ContactPerson::fromJson(parse(json), QStringLiteral("contacts[3]"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, field);
        QVERIFY(!result.error().message.isEmpty());
    }

    void displayName_data()
    {
        QTest::addColumn<QString>("initials");
        QTest::addColumn<QString>("firstName");
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("lastName");
        QTest::addColumn<QString>("expected");
        QTest::newRow("all parts") << "J.P."
                                   << "Jan"
                                   << "van der"
                                   << "Berg"
                                   << "Jan van der Berg";
        QTest::newRow("initials only") << "J.P."
                                       << ""
                                       << "van der"
                                       << "Berg"
                                       << "J.P. van der Berg";
        QTest::newRow("no prefix") << ""
                                   << "Fatima"
                                   << ""
                                   << "El Amrani"
                                   << "Fatima El Amrani";
        QTest::newRow("last name only") << ""
                                        << ""
                                        << ""
                                        << "Bakker"
                                        << "Bakker";
        QTest::newRow("prefix without given") << ""
                                              << ""
                                              << "de"
                                              << "Vries"
                                              << "de Vries";
        QTest::newRow("stray spaces") << " "
                                      << " Piet "
                                      << " de "
                                      << " Jong "
                                      << "Piet de Jong";
    }

    void displayName()
    {
        QFETCH(QString, initials);
        QFETCH(QString, firstName);
        QFETCH(QString, prefix);
        QFETCH(QString, lastName);
        QFETCH(QString, expected);
        ContactPerson p;
        p.initials = initials;
        p.firstName = firstName;
        p.prefix = prefix;
        p.lastName = lastName;
        QCOMPARE(p.displayName(), expected);
    }

    void roleKeys()
    {
        for (const Role role :
             {Role::Gemachtigde, Role::OverigeContactpersoon, Role::DoorontwikkelenBron, Role::Rio})
            QCOMPARE(hpo::enumFromName(hpo::contactRoleNames, hpo::enumName(hpo::contactRoleNames, role)),
                     std::optional<Role>(role));
        QCOMPARE(hpo::enumName(hpo::contactRoleNames, Role::OverigeContactpersoon),
                 QStringLiteral("overige-contactpersoon"));
        QCOMPARE(hpo::enumName(hpo::contactRoleNames, Role::DoorontwikkelenBron),
                 QStringLiteral("doorontwikkelen-bron"));
        QVERIFY(!hpo::enumFromName(hpo::contactRoleNames, u"overige").has_value());
    }

    void equality()
    {
        ContactPerson a = sample();
        ContactPerson b = sample();
        QCOMPARE(a, b);
        b.version = 8;
        QVERIFY(!(a == b));
        b = sample();
        b.roles = {Role::OverigeContactpersoon};
        QVERIFY(!(a == b));
    }

    void listToJson()
    {
        const QJsonArray array = hpo::toJsonArray(QList<hpo::ContactPerson> {sample(), sample()});
        QCOMPARE(array.size(), 2);
        QCOMPARE(array.at(1).toObject(), sample().toJson());
    }
};

QTEST_GUILESS_MAIN(TestContactPerson)
#include "tst_contactperson.moc"
