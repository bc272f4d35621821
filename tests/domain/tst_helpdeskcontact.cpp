#include "models/domain/helpdeskcontact.h"
#include "tests/domain/codectest.h"

#include <QTest>

using hpo::HelpdeskContact;
using namespace hpo::test;

namespace {
const QJsonObject sample = parseObject(R"({"phone": "050-5999000", "email": "Helpdesk-PO@DUO.example"})");
} // namespace

class TestHelpdeskContact : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesAndNormalises()
    {
        const auto contact = HelpdeskContact::fromJson(sample);
        QVERIFY2(contact.ok(), qPrintable(contact.ok() ? QString() : contact.error().message));
        QCOMPARE(contact->phone, QStringLiteral("050 599 9000"));
        QCOMPARE(contact->email, QStringLiteral("Helpdesk-PO@duo.example"));
    }

    void roundTrip()
    {
        const auto contact = HelpdeskContact::fromJson(sample);
        QVERIFY(contact.ok());
        const auto again = HelpdeskContact::fromJson(contact->toJson());
        QVERIFY(again.ok());
        QCOMPARE(again.value(), contact.value());
    }

    void malformed_data()
    {
        addMalformedColumns();
        rows::requiredString(QStringLiteral("phone"), false);
        rows::requiredString(QStringLiteral("email"), false);
        addRow("phone letters", "phone", R"("bel ons")", "invalid-phone-number");
        addRow("phone foreign", "phone", R"("+32 2 123 45 67")", "foreign-phone-number");
        addRow("phone empty", "phone", R"("")", "invalid-phone-number");
        addRow("email without at", "email", R"("helpdesk.duo.nl")", "invalid-email");
        addRow("email empty", "email", R"("")", "invalid-email");
    }

    void malformed()
    {
        QFETCH(QString, path);
        QFETCH(QByteArray, value);
        QFETCH(QString, field);
        QFETCH(QString, code);
        const auto contact = HelpdeskContact::fromJson(patched(sample, path, cellValue(value)),
                                                       QStringLiteral("helpdeskContact"));
        QVERIFY(!contact.ok());
        QCOMPARE(contact.error().code, code);
        QCOMPARE(contact.error().field, QStringLiteral("helpdeskContact.") + field);
    }
};

QTEST_GUILESS_MAIN(TestHelpdeskContact)
#include "tst_helpdeskcontact.moc"
