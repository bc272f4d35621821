#include "models/domain/contactmoment.h"
#include "tests/domain/codectest.h"

#include <QTest>
#include <QTimeZone>

using hpo::ContactMoment;
using namespace hpo::test;

Q_DECLARE_METATYPE(ContactMoment)

namespace {
const QJsonObject sample = parseObject(R"({
    "id": "cm-1001",
    "institutionCode": "16AH",
    "channel": "web-form",
    "date": "2021-11-30T14:05:00.000+01:00",
    "subject": "Vraag over de teldatum",
    "status": "in-progress",
    "summary": "Doorgezet naar de afdeling bekostiging.",
    "version": 5
})");
} // namespace

class TestContactMoment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesSample()
    {
        const auto m = ContactMoment::fromJson(sample);
        QVERIFY2(m.ok(), qPrintable(describe(m)));
        QVERIFY(m->channel == ContactMoment::Channel::WebForm);
        QVERIFY(m->status == ContactMoment::Status::InProgress);
        QCOMPARE(m->date.toUTC(), QDateTime(QDate(2021, 11, 30), QTime(13, 5), QTimeZone::utc()));
        QCOMPARE(m->version, 5);
    }

    void everyEnumValueRoundTrips()
    {
        checkEveryEnumName(sample, QStringLiteral("channel"), hpo::contactChannelNames,
                           &ContactMoment::channel);
        checkEveryEnumName(sample, QStringLiteral("status"), hpo::contactStatusNames, &ContactMoment::status);
    }

    void toStringCoversEveryValue()
    {
        for (const auto &[value, name] : hpo::contactChannelNames)
            QCOMPARE(toString(value), QLatin1String(name));
        for (const auto &[value, name] : hpo::contactStatusNames)
            QCOMPARE(toString(value), QLatin1String(name));
        QVERIFY(hpo::enumFromName(hpo::contactStatusNames, u"in-progress")
                == ContactMoment::Status::InProgress);
        QVERIFY(!hpo::enumFromName(hpo::contactStatusNames, u"inProgress"));
    }

    void jsonRoundTrip() { checkJsonRoundTrip<ContactMoment>(sample); }

    void emptySummaryIsFine()
    {
        const auto m
            = ContactMoment::fromJson(patched(sample, QStringLiteral("summary"), QJsonValue(QString())));
        QVERIFY2(m.ok(), qPrintable(describe(m)));
    }

    void valueRoundTrip_data()
    {
        QTest::addColumn<ContactMoment>("moment");
        ContactMoment m;
        m.id = QStringLiteral("1");
        m.institutionCode = QStringLiteral("41775");
        m.channel = ContactMoment::Channel::Letter;
        m.date = QDateTime(QDate(2020, 2, 29), QTime(23, 59, 59), QTimeZone::utc());
        m.subject = QStringLiteral("Brief");
        m.status = ContactMoment::Status::Closed;
        m.version = 1;
        QTest::newRow("board letter, empty summary") << m;
        m.channel = ContactMoment::Channel::Chat;
        m.status = ContactMoment::Status::Open;
        m.summary = QStringLiteral("Chat over inloggen met eHerkenning");
        m.date
            = QDateTime(QDate(2026, 10, 25), QTime(2, 30), QTimeZone(QByteArrayLiteral("Europe/Amsterdam")));
        QTest::newRow("chat during the DST change") << m;
    }

    void valueRoundTrip()
    {
        QFETCH(ContactMoment, moment);
        checkValueRoundTrip(moment);
    }

    void fieldSweep() { checkFieldSweep<ContactMoment>(sample); }

    void unknownFieldsIgnored() { checkUnknownFieldsIgnored<ContactMoment>(sample, {}); }

    void malformed_data()
    {
        addMalformedColumns();
        rows::requiredString(QStringLiteral("id"), true);
        rows::institutionCode(QStringLiteral("institutionCode"));
        rows::enumeration(QStringLiteral("channel"), "phone");
        rows::add(QStringLiteral("channel"), "camel case", R"("webForm")", "unknown-value");
        rows::add(QStringLiteral("channel"), "dutch", R"("telefoon")", "unknown-value");
        rows::dateTime(QStringLiteral("date"));
        rows::requiredString(QStringLiteral("subject"), true);
        rows::enumeration(QStringLiteral("status"), "closed");
        rows::add(QStringLiteral("status"), "camel case", R"("inProgress")", "unknown-value");
        rows::add(QStringLiteral("status"), "space", R"("in progress")", "unknown-value");
        rows::requiredString(QStringLiteral("summary"), false);
        rows::version();
    }

    void malformed() { checkMalformed<ContactMoment>(sample); }
};

QTEST_GUILESS_MAIN(TestContactMoment)
#include "tst_contactmoment.moc"
