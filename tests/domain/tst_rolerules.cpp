#include "models/domain/rolerules.h"

#include <QJsonDocument>
#include <QStringList>
#include <QTest>

using hpo::ContactChange;
using hpo::ContactPerson;
using Kind = hpo::InstitutionCode::Kind;
using Role = hpo::ContactPerson::Role;

Q_DECLARE_METATYPE(hpo::InstitutionCode::Kind)

namespace {

// Compact notation for the tables: "a:G b:O c:-" is three persons with ids
// a, b, c and roles G = Gemachtigde, O = Overige contactpersoon,
// B = Doorontwikkelen BRON, R = RIO, - = none.
QList<Role> parseRoles(QStringView letters)
{
    QList<Role> roles;
    for (const QChar c : letters) {
        if (c == u'G')
            roles.append(Role::Gemachtigde);
        else if (c == u'O')
            roles.append(Role::OverigeContactpersoon);
        else if (c == u'B')
            roles.append(Role::DoorontwikkelenBron);
        else if (c == u'R')
            roles.append(Role::Rio);
    }
    return roles;
}

ContactPerson person(QStringView spec)
{
    const qsizetype colon = spec.indexOf(u':');
    ContactPerson p;
    p.id = spec.left(colon).toString();
    p.lastName = QStringLiteral("Person ") + p.id.toUpper();
    p.roles = parseRoles(spec.mid(colon + 1));
    p.version = 1;
    return p;
}

QList<ContactPerson> list(const QString &spec)
{
    QList<ContactPerson> out;
    for (const QString &item : spec.split(u' ', Qt::SkipEmptyParts))
        out.append(person(item));
    return out;
}

QString format(const QList<ContactPerson> &people)
{
    QStringList items;
    for (const ContactPerson &p : people) {
        QString roles;
        for (const Role role : p.roles)
            roles += QLatin1String(role == Role::Gemachtigde                 ? "G"
                                       : role == Role::OverigeContactpersoon ? "O"
                                       : role == Role::DoorontwikkelenBron   ? "B"
                                                                             : "R");
        items.append(p.id + u':' + (roles.isEmpty() ? QStringLiteral("-") : roles));
    }
    return items.join(u' ');
}

// "add d:O", "update b:G", "remove a", "roles b:GR"
ContactChange change(const QString &spec)
{
    const QString verb = spec.section(u' ', 0, 0);
    const QString arg = spec.section(u' ', 1);
    if (verb == u"add")
        return ContactChange::Add {person(arg)};
    if (verb == u"update")
        return ContactChange::Update {person(arg)};
    if (verb == u"remove")
        return ContactChange::Remove {arg};
    const ContactPerson p = person(arg);
    return ContactChange::SetRoles {p.id, p.roles};
}

} // namespace

class TestRoleRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void apply_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("current");
        QTest::addColumn<QString>("change");
        QTest::addColumn<QString>("expected"); // the new list, or "!code"
        const Kind S = Kind::School;
        const Kind B = Kind::Board;
        const QString school = QStringLiteral("a:G b:O c:O");
        const QString board = QStringLiteral("a:GB b:R c:-");

        // School: adding
        QTest::newRow("school add overige") << S << school << "add d:O"
                                            << "a:G b:O c:O d:O";
        QTest::newRow("school add gemachtigde moves it") << S << school << "add d:G"
                                                         << "a:O b:O c:O d:G";
        QTest::newRow("school add without role") << S << school << "add d:-"
                                                 << "!exactly-one-role";
        QTest::newRow("school add two roles") << S << school << "add d:GO"
                                              << "!exactly-one-role";
        QTest::newRow("school add doorontwikkelen") << S << school << "add d:B"
                                                    << "!role-not-allowed";
        QTest::newRow("school add rio") << S << school << "add d:R"
                                        << "!role-not-allowed";
        QTest::newRow("school add rio with overige") << S << school << "add d:OR"
                                                     << "!role-not-allowed";
        QTest::newRow("school add duplicate role") << S << school << "add d:OO"
                                                   << "!duplicate-role";
        QTest::newRow("school add existing id") << S << school << "add b:O"
                                                << "!duplicate-contact";
        QTest::newRow("school add empty id") << S << school << "add :O"
                                             << "!missing-id";
        QTest::newRow("school first gemachtigde") << S << ""
                                                  << "add a:G"
                                                  << "a:G";
        QTest::newRow("school first is overige") << S << ""
                                                 << "add a:O"
                                                 << "!gemachtigde-required";
        QTest::newRow("school add to lone gemachtigde") << S << "a:G"
                                                        << "add b:O"
                                                        << "a:G b:O";
        QTest::newRow("school add gemachtigde to lone one") << S << "a:G"
                                                            << "add b:G"
                                                            << "a:O b:G";
        // School: removing
        QTest::newRow("school remove overige") << S << school << "remove b"
                                               << "a:G c:O";
        QTest::newRow("school remove last overige") << S << "a:G b:O"
                                                    << "remove b"
                                                    << "a:G";
        QTest::newRow("school remove gemachtigde") << S << school << "remove a"
                                                   << "!gemachtigde-required";
        QTest::newRow("school remove lone gemachtigde") << S << "a:G"
                                                        << "remove a"
                                                        << "!gemachtigde-required";
        QTest::newRow("school remove unknown") << S << school << "remove z"
                                               << "!unknown-contact";
        QTest::newRow("school remove empty id") << S << school << "remove "
                                                << "!unknown-contact";
        // School: setting roles
        QTest::newRow("school promote moves") << S << school << "roles c:G"
                                              << "a:O b:O c:G";
        QTest::newRow("school promote in two") << S << "a:G b:O"
                                               << "roles b:G"
                                               << "a:O b:G";
        QTest::newRow("school demote only gemachtigde") << S << school << "roles a:O"
                                                        << "!gemachtigde-required";
        QTest::newRow("school gemachtigde unchanged") << S << school << "roles a:G" << school;
        QTest::newRow("school overige unchanged") << S << school << "roles b:O" << school;
        QTest::newRow("school no role") << S << school << "roles b:-"
                                        << "!exactly-one-role";
        QTest::newRow("school both roles") << S << school << "roles b:GO"
                                           << "!exactly-one-role";
        QTest::newRow("school gemachtigde no role") << S << school << "roles a:-"
                                                    << "!exactly-one-role";
        QTest::newRow("school board role") << S << school << "roles b:B"
                                           << "!role-not-allowed";
        QTest::newRow("school rio") << S << school << "roles b:R"
                                    << "!role-not-allowed";
        QTest::newRow("school duplicate role") << S << school << "roles b:OO"
                                               << "!duplicate-role";
        QTest::newRow("school roles unknown") << S << school << "roles z:O"
                                              << "!unknown-contact";
        // School: updating
        QTest::newRow("school update overige") << S << school << "update b:O" << school;
        QTest::newRow("school update promotes") << S << school << "update b:G"
                                                << "a:O b:G c:O";
        QTest::newRow("school update demotes") << S << school << "update a:O"
                                               << "!gemachtigde-required";
        QTest::newRow("school update unknown") << S << school << "update z:O"
                                               << "!unknown-contact";
        QTest::newRow("school update board role") << S << school << "update b:R"
                                                  << "!role-not-allowed";
        QTest::newRow("school update two roles") << S << school << "update c:GO"
                                                 << "!exactly-one-role";
        // School: a list that was already broken stays refused
        QTest::newRow("school two gemachtigden before") << S << "a:G b:G c:O"
                                                        << "remove c"
                                                        << "!multiple-gemachtigden";
        QTest::newRow("school no gemachtigde before") << S << "a:O b:O"
                                                      << "remove b"
                                                      << "!gemachtigde-required";
        QTest::newRow("school no gemachtigde repaired") << S << "a:O b:O"
                                                        << "roles b:G"
                                                        << "a:O b:G";

        // Board: adding
        QTest::newRow("board add without roles") << B << board << "add d:-"
                                                 << "a:GB b:R c:- d:-";
        QTest::newRow("board add bron and rio") << B << board << "add d:RB"
                                                << "a:GB b:R c:- d:BR";
        QTest::newRow("board add gemachtigde taken") << B << board << "add d:G"
                                                     << "!gemachtigde-taken";
        QTest::newRow("board add all roles taken") << B << board << "add d:GBR"
                                                   << "!gemachtigde-taken";
        QTest::newRow("board add gemachtigde free") << B << "b:R c:-"
                                                    << "add d:G"
                                                    << "b:R c:- d:G";
        QTest::newRow("board add all roles free") << B << "b:R"
                                                  << "add d:GRB"
                                                  << "b:R d:GBR";
        QTest::newRow("board add overige") << B << board << "add d:O"
                                           << "!role-not-allowed";
        QTest::newRow("board add overige and rio") << B << board << "add d:RO"
                                                   << "!role-not-allowed";
        QTest::newRow("board add duplicate role") << B << board << "add d:BB"
                                                  << "!duplicate-role";
        QTest::newRow("board add existing id") << B << board << "add c:R"
                                               << "!duplicate-contact";
        QTest::newRow("board add empty id") << B << board << "add :R"
                                            << "!missing-id";
        QTest::newRow("board first person no roles") << B << ""
                                                     << "add a:-"
                                                     << "a:-";
        QTest::newRow("board first gemachtigde") << B << ""
                                                 << "add a:G"
                                                 << "a:G";
        // Board: removing
        QTest::newRow("board remove gemachtigde") << B << board << "remove a"
                                                  << "b:R c:-";
        QTest::newRow("board remove plain") << B << board << "remove c"
                                            << "a:GB b:R";
        QTest::newRow("board remove last") << B << "a:G"
                                           << "remove a"
                                           << "";
        QTest::newRow("board remove unknown") << B << board << "remove z"
                                              << "!unknown-contact";
        // Board: setting roles
        QTest::newRow("board give gemachtigde taken") << B << board << "roles b:GR"
                                                      << "!gemachtigde-taken";
        QTest::newRow("board give gemachtigde free") << B << "a:B b:R"
                                                     << "roles b:GR"
                                                     << "a:B b:GR";
        QTest::newRow("board drop gemachtigde") << B << board << "roles a:B"
                                                << "a:B b:R c:-";
        QTest::newRow("board drop all roles") << B << board << "roles a:-"
                                              << "a:- b:R c:-";
        QTest::newRow("board keep gemachtigde add rio") << B << board << "roles a:GBR"
                                                        << "a:GBR b:R c:-";
        QTest::newRow("board roles sorted") << B << board << "roles c:RB"
                                            << "a:GB b:R c:BR";
        QTest::newRow("board overige") << B << board << "roles c:O"
                                       << "!role-not-allowed";
        QTest::newRow("board duplicate role") << B << board << "roles c:RR"
                                              << "!duplicate-role";
        QTest::newRow("board duplicate gemachtigde") << B << board << "roles a:GG"
                                                     << "!duplicate-role";
        QTest::newRow("board roles unknown") << B << board << "roles z:R"
                                             << "!unknown-contact";
        // Board: updating
        QTest::newRow("board update gemachtigde taken") << B << board << "update c:G"
                                                        << "!gemachtigde-taken";
        QTest::newRow("board update drops gemachtigde") << B << board << "update a:R"
                                                        << "a:R b:R c:-";
        QTest::newRow("board update keeps gemachtigde") << B << board << "update a:G"
                                                        << "a:G b:R c:-";
        QTest::newRow("board update overige") << B << board << "update b:O"
                                              << "!role-not-allowed";
        QTest::newRow("board update unknown") << B << board << "update z:-"
                                              << "!unknown-contact";
        QTest::newRow("board two gemachtigden before") << B << "a:G b:G c:-"
                                                       << "remove c"
                                                       << "!multiple-gemachtigden";
        QTest::newRow("board two gemachtigden repaired") << B << "a:G b:G"
                                                         << "roles b:R"
                                                         << "a:G b:R";
    }

    void apply()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, current);
        QFETCH(QString, change);
        QFETCH(QString, expected);
        const auto result = hpo::applyContactChange(kind, list(current), ::change(change));
        if (expected.startsWith(u'!')) {
            QVERIFY2(!result.ok(), qPrintable(result.ok() ? format(result.value()) : QString()));
            QCOMPARE(result.error().code, expected.mid(1));
            QVERIFY(!result.error().message.isEmpty());
        } else {
            QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
            QCOMPARE(format(result.value()), expected);
            QVERIFY(hpo::validateContactList(kind, result.value()).ok());
        }
    }

    void validateList_data()
    {
        QTest::addColumn<Kind>("kind");
        QTest::addColumn<QString>("people");
        QTest::addColumn<QString>("code"); // empty when valid
        QTest::addColumn<QString>("field");
        const Kind S = Kind::School;
        const Kind B = Kind::Board;
        QTest::newRow("school lone gemachtigde") << S << "a:G"
                                                 << ""
                                                 << "";
        QTest::newRow("school gemachtigde and others") << S << "a:O b:G c:O"
                                                       << ""
                                                       << "";
        QTest::newRow("school empty") << S << ""
                                      << "gemachtigde-required"
                                      << "contacts";
        QTest::newRow("school only overige") << S << "a:O b:O"
                                             << "gemachtigde-required"
                                             << "contacts";
        QTest::newRow("school two gemachtigden") << S << "a:G b:G"
                                                 << "multiple-gemachtigden"
                                                 << "contacts";
        QTest::newRow("school no role") << S << "a:G b:-"
                                        << "exactly-one-role"
                                        << "contacts[1].roles";
        QTest::newRow("school two roles") << S << "a:GO"
                                          << "exactly-one-role"
                                          << "contacts[0].roles";
        QTest::newRow("school board role") << S << "a:G b:B"
                                           << "role-not-allowed"
                                           << "contacts[1].roles";
        QTest::newRow("school rio") << S << "a:G b:O c:R"
                                    << "role-not-allowed"
                                    << "contacts[2].roles";
        QTest::newRow("school duplicate role") << S << "a:G b:OO"
                                               << "duplicate-role"
                                               << "contacts[1].roles";
        QTest::newRow("school duplicate id") << S << "a:G a:O"
                                             << "duplicate-contact"
                                             << "contacts[1].id";
        QTest::newRow("school empty id") << S << ":G"
                                         << "missing-id"
                                         << "contacts[0].id";
        QTest::newRow("board empty") << B << ""
                                     << ""
                                     << "";
        QTest::newRow("board no roles") << B << "a:- b:-"
                                        << ""
                                        << "";
        QTest::newRow("board all roles") << B << "a:GBR b:BR c:R"
                                         << ""
                                         << "";
        QTest::newRow("board no gemachtigde") << B << "a:B b:R"
                                              << ""
                                              << "";
        QTest::newRow("board two gemachtigden") << B << "a:G b:GR"
                                                << "multiple-gemachtigden"
                                                << "contacts";
        QTest::newRow("board overige") << B << "a:G b:O"
                                       << "role-not-allowed"
                                       << "contacts[1].roles";
        QTest::newRow("board duplicate role") << B << "a:BB"
                                              << "duplicate-role"
                                              << "contacts[0].roles";
        QTest::newRow("board duplicate id") << B << "a:G b:R a:B"
                                            << "duplicate-contact"
                                            << "contacts[2].id";
        QTest::newRow("board empty id") << B << "a:G :R"
                                        << "missing-id"
                                        << "contacts[1].id";
    }

    void validateList()
    {
        QFETCH(Kind, kind);
        QFETCH(QString, people);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const hpo::Status status = hpo::validateContactList(kind, list(people));
        if (code.isEmpty()) {
            QVERIFY2(status.ok(), qPrintable(status.ok() ? QString() : status.error().message));
        } else {
            QVERIFY(!status.ok());
            QCOMPARE(status.error().code, code);
            QCOMPARE(status.error().field, field);
            QVERIFY(!status.error().message.isEmpty());
        }
    }

    void validateListUsesPath()
    {
        const hpo::Status status = hpo::validateContactList(Kind::School, list(QStringLiteral("a:G b:R")),
                                                            QStringLiteral("seed[4]"));
        QVERIFY(!status.ok());
        QCOMPARE(status.error().field, QStringLiteral("seed[4][1].roles"));
    }

    void updateReplacesFieldsInPlace()
    {
        ContactPerson b = person(u"b:O");
        b.firstName = QStringLiteral("Bea");
        b.email = QStringLiteral("bea@school.nl");
        b.version = 5;
        const auto result = hpo::applyContactChange(Kind::School, list(QStringLiteral("a:G b:O c:O")),
                                                    ContactChange::Update {b});
        QVERIFY(result.ok());
        QCOMPARE(result->size(), 3);
        QCOMPARE(result->at(1), b);
        QCOMPARE(result->at(0), person(u"a:G"));
    }

    void movedGemachtigdeKeepsOtherFields()
    {
        QList<ContactPerson> current = list(QStringLiteral("a:G b:O"));
        current[0].function = QStringLiteral("directeur");
        current[0].version = 9;
        const auto result = hpo::applyContactChange(
            Kind::School, current, ContactChange::SetRoles {QStringLiteral("b"), {Role::Gemachtigde}});
        QVERIFY(result.ok());
        ContactPerson expected = current[0];
        expected.roles = {Role::OverigeContactpersoon};
        QCOMPARE(result->at(0), expected);
        QCOMPARE(result->at(1).roles, QList<Role>({Role::Gemachtigde}));
        // The function does not bump versions; the caller does.
        QCOMPARE(result->at(0).version, 9);
    }

    void addAppendsThePersonAsGiven()
    {
        ContactPerson d = person(u"d:O");
        d.initials = QStringLiteral("D.");
        d.phone = QStringLiteral("06 12345678");
        const auto result
            = hpo::applyContactChange(Kind::School, list(QStringLiteral("a:G")), ContactChange::Add {d});
        QVERIFY(result.ok());
        QCOMPARE(result->last(), d);
    }

    void refusalsNameThePersonAndField()
    {
        QList<ContactPerson> current = list(QStringLiteral("a:G b:O"));
        current[0].firstName = QStringLiteral("Anna");
        current[0].lastName = QStringLiteral("Jansen");
        auto result
            = hpo::applyContactChange(Kind::School, current, ContactChange::Remove {QStringLiteral("a")});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("gemachtigde-required"));
        QCOMPARE(result.error().field, QStringLiteral("id"));
        QVERIFY(result.error().message.contains(QStringLiteral("Anna Jansen")));
        QVERIFY(result.error().message.contains(QStringLiteral("Gemachtigde")));

        result = hpo::applyContactChange(
            Kind::School, current,
            ContactChange::SetRoles {QStringLiteral("a"), {Role::OverigeContactpersoon}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().field, QStringLiteral("roles"));

        result = hpo::applyContactChange(Kind::Board, list(QStringLiteral("a:G b:-")),
                                         ContactChange::SetRoles {QStringLiteral("b"), {Role::Gemachtigde}});
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, QStringLiteral("gemachtigde-taken"));
        QVERIFY(result.error().message.contains(QStringLiteral("Person A")));
    }

    void changeRoundTrip_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::newRow("add") << "add d:O";
        QTest::newRow("add board roles") << "add d:GBR";
        QTest::newRow("add no roles") << "add d:-";
        QTest::newRow("update") << "update b:G";
        QTest::newRow("remove") << "remove a";
        QTest::newRow("set roles") << "roles b:GR";
        QTest::newRow("set no roles") << "roles b:-";
    }

    void changeRoundTrip()
    {
        QFETCH(QString, spec);
        const ContactChange c = change(spec);
        const QJsonObject json = c.toJson();
        const auto decoded
            = ContactChange::fromJson(QJsonDocument::fromJson(QJsonDocument(json).toJson()).object());
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error().field));
        QVERIFY(*decoded == c);
    }

    void changeWireShape()
    {
        const QJsonObject json = change(QStringLiteral("roles b:RG")).toJson();
        QCOMPARE(json.value(QStringLiteral("op")).toString(), QStringLiteral("set-roles"));
        QCOMPARE(json.value(QStringLiteral("id")).toString(), QStringLiteral("b"));
        QCOMPARE(json.value(QStringLiteral("roles")).toArray(),
                 QJsonArray({QStringLiteral("rio"), QStringLiteral("gemachtigde")}));
        QCOMPARE(change(QStringLiteral("add d:O")).toJson().value(QStringLiteral("person")).toObject(),
                 person(u"d:O").toJson());
    }

    void malformedChange_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::newRow("empty") << QByteArray("{}") << "missing-field"
                               << "changes[2].op";
        QTest::newRow("op number") << QByteArray(R"({"op":1})") << "wrong-type"
                                   << "changes[2].op";
        QTest::newRow("unknown op") << QByteArray(R"({"op":"delete","id":"a"})") << "unknown-value"
                                    << "changes[2].op";
        QTest::newRow("add without person") << QByteArray(R"({"op":"add"})") << "missing-field"
                                            << "changes[2].person";
        QTest::newRow("add person string") << QByteArray(R"({"op":"add","person":"d"})") << "wrong-type"
                                           << "changes[2].person";
        QTest::newRow("add person without name")
            << QByteArray(R"({"op":"add","person":{"id":"d","roles":[],"version":0}})") << "missing-field"
            << "changes[2].person.lastName";
        QTest::newRow("update bad role")
            << QByteArray(R"({"op":"update","person":{"id":"d","lastName":"D","roles":["x"],"version":0}})")
            << "unknown-value"
            << "changes[2].person.roles[0]";
        QTest::newRow("update without person") << QByteArray(R"({"op":"update","id":"a"})") << "missing-field"
                                               << "changes[2].person";
        QTest::newRow("remove without id") << QByteArray(R"({"op":"remove"})") << "missing-field"
                                           << "changes[2].id";
        QTest::newRow("remove empty id") << QByteArray(R"({"op":"remove","id":""})") << "empty"
                                         << "changes[2].id";
        QTest::newRow("remove numeric id") << QByteArray(R"({"op":"remove","id":3})") << "wrong-type"
                                           << "changes[2].id";
        QTest::newRow("set roles without roles")
            << QByteArray(R"({"op":"set-roles","id":"a"})") << "missing-field"
            << "changes[2].roles";
        QTest::newRow("set roles unknown role")
            << QByteArray(R"({"op":"set-roles","id":"a","roles":["rio","bron"]})") << "unknown-value"
            << "changes[2].roles[1]";
        QTest::newRow("set roles repeated")
            << QByteArray(R"({"op":"set-roles","id":"a","roles":["rio","rio"]})") << "duplicate-role"
            << "changes[2].roles[1]";
        QTest::newRow("set roles not array")
            << QByteArray(R"({"op":"set-roles","id":"a","roles":"rio"})") << "wrong-type"
            << "changes[2].roles";
    }

    void malformedChange()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, code);
        QFETCH(QString, field);
        const auto result
            = ContactChange::fromJson(QJsonDocument::fromJson(json).object(), QStringLiteral("changes[2]"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().field, field);
    }

    void changesCompare()
    {
        const ContactChange a = ContactChange::Remove {QStringLiteral("x")};
        const ContactChange b = ContactChange::Remove {QStringLiteral("x")};
        const ContactChange c = ContactChange::SetRoles {QStringLiteral("x"), {}};
        QVERIFY(a == b);
        QVERIFY(!(a == c));
    }
};

QTEST_GUILESS_MAIN(TestRoleRules)
#include "tst_rolerules.moc"
