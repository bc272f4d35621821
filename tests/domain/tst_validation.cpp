#include "models/domain/validation.h"

#include <QTest>

namespace {

// Shared shape of every table: input, expected normalised form (empty when
// refused) and the expected error code (empty when accepted).
void columns()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<QString>("code");
}

void ok(const char *name, const QString &input, const QString &expected)
{
    QTest::newRow(name) << input << expected << QString();
}

void bad(const char *name, const QString &input, const char *code)
{
    QTest::newRow(name) << input << QString() << QString::fromLatin1(code);
}

QString u16(const char16_t *s)
{
    return QString::fromUtf16(s);
}

void verify(const hpo::Result<QString> &result, const QString &expected, const QString &code)
{
    if (code.isEmpty()) {
        QVERIFY2(result.ok(), qPrintable(result.ok() ? QString() : result.error().message));
        QCOMPARE(result.value(), expected);
    } else {
        QVERIFY2(!result.ok(), qPrintable(result.ok() ? result.value() : QString()));
        QCOMPARE(result.error().code, code);
        QVERIFY(!result.error().message.isEmpty());
        QVERIFY(result.error().field.isEmpty());
    }
}

} // namespace

class TestValidation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void postcode_data()
    {
        columns();
        const char *bad_ = "invalid-postcode";
        ok("canonical", QStringLiteral("1234 AB"), QStringLiteral("1234 AB"));
        ok("no space lower", QStringLiteral("1234ab"), QStringLiteral("1234 AB"));
        ok("no space upper", QStringLiteral("1234AB"), QStringLiteral("1234 AB"));
        ok("two spaces", QStringLiteral("1234  AB"), QStringLiteral("1234 AB"));
        ok("padded", QStringLiteral(" 1234AB "), QStringLiteral("1234 AB"));
        ok("mixed case", QStringLiteral("9999 zZ"), QStringLiteral("9999 ZZ"));
        ok("tab", QStringLiteral("7811\tAG"), QStringLiteral("7811 AG"));
        ok("lowest", QStringLiteral("1000AA"), QStringLiteral("1000 AA"));
        ok("duo groningen", QStringLiteral("9722 tb"), QStringLiteral("9722 TB"));
        ok("letters SB allowed", QStringLiteral("1234SB"), QStringLiteral("1234 SB"));
        ok("letters AS allowed", QStringLiteral("1234AS"), QStringLiteral("1234 AS"));
        ok("letters DS allowed", QStringLiteral("1234 ds"), QStringLiteral("1234 DS"));
        ok("nbsp", u16(u"1234\u00A0AB"), QStringLiteral("1234 AB"));
        bad("empty", QString(), bad_);
        bad("blank", QStringLiteral("   "), bad_);
        bad("leading zero", QStringLiteral("0123 AB"), bad_);
        bad("all zero", QStringLiteral("0000AA"), bad_);
        bad("SA", QStringLiteral("1234 SA"), bad_);
        bad("sd lower", QStringLiteral("1234sd"), bad_);
        bad("SS", QStringLiteral("1234 SS"), bad_);
        bad("three digits", QStringLiteral("123 AB"), bad_);
        bad("five digits", QStringLiteral("12345 AB"), bad_);
        bad("one letter", QStringLiteral("1234 A"), bad_);
        bad("three letters", QStringLiteral("1234 ABC"), bad_);
        bad("letters first", QStringLiteral("AB 1234"), bad_);
        bad("dash", QStringLiteral("1234-AB"), bad_);
        bad("space inside digits", QStringLiteral("12 34 AB"), bad_);
        bad("space inside letters", QStringLiteral("1234 A B"), bad_);
        bad("accented letter", u16(u"1234 \u00C1B"), bad_);
        bad("belgian", QStringLiteral("1000"), bad_);
        bad("german", QStringLiteral("10115"), bad_);
        bad("fullwidth digits", u16(u"\uFF11234 AB"), bad_);
        bad("digits only letters", QStringLiteral("1234 12"), bad_);
    }

    void postcode()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        verify(hpo::parsePostcode(input), expected, code);
    }

    void postcodeMessageForUnissuedLetters()
    {
        const auto r = hpo::parsePostcode(u"1234 ss");
        QVERIFY(!r.ok());
        QVERIFY(r.error().message.contains(QStringLiteral("SS")));
    }

    void phone_data()
    {
        columns();
        const char *bad_ = "invalid-phone-number";
        const char *foreign = "foreign-phone-number";
        // 3-digit areas
        ok("emmen plain", QStringLiteral("0591659840"), QStringLiteral("0591 659 840"));
        ok("emmen dash", QStringLiteral("0591-659840"), QStringLiteral("0591 659 840"));
        ok("emmen spaced", QStringLiteral("0591 65 98 40"), QStringLiteral("0591 659 840"));
        ok("zierikzee", QStringLiteral("0111-123456"), QStringLiteral("0111 123 456"));
        ok("parenthesised area", QStringLiteral("(0591) 659840"), QStringLiteral("0591 659 840"));
        ok("international 3-digit", QStringLiteral("+31 591 659 840"), QStringLiteral("0591 659 840"));
        // 2-digit areas
        ok("amsterdam spaced", QStringLiteral("020 123 4567"), QStringLiteral("020 123 4567"));
        ok("amsterdam plain", QStringLiteral("0201234567"), QStringLiteral("020 123 4567"));
        ok("amsterdam dash", QStringLiteral("020-1234567"), QStringLiteral("020 123 4567"));
        ok("groningen duo", QStringLiteral("050-5999000"), QStringLiteral("050 599 9000"));
        ok("den haag", QStringLiteral("070 123 45 67"), QStringLiteral("070 123 4567"));
        ok("maastricht 043", QStringLiteral("0431234567"), QStringLiteral("043 123 4567"));
        ok("dordrecht 078", QStringLiteral("078.123.4567"), QStringLiteral("078 123 4567"));
        ok("slashes", QStringLiteral("010/1234567"), QStringLiteral("010 123 4567"));
        ok("plus31", QStringLiteral("+31 20 1234567"), QStringLiteral("020 123 4567"));
        ok("plus31 trunk", QStringLiteral("+31 (0)20 1234567"), QStringLiteral("020 123 4567"));
        ok("plus31 trunk no space", QStringLiteral("+31(0)201234567"), QStringLiteral("020 123 4567"));
        ok("plus31 stray zero", QStringLiteral("+31 020 1234567"), QStringLiteral("020 123 4567"));
        ok("0031", QStringLiteral("0031201234567"), QStringLiteral("020 123 4567"));
        ok("0031 spaced", QStringLiteral("0031 50 599 9000"), QStringLiteral("050 599 9000"));
        ok("padded", QStringLiteral("  020 123 4567  "), QStringLiteral("020 123 4567"));
        // 3 digits that look like a 2-digit area but are not (0418, 0591)
        ok("0418 not 041", QStringLiteral("0418123456"), QStringLiteral("0418 123 456"));
        // mobile
        ok("mobile dash", QStringLiteral("06-12345678"), QStringLiteral("06 12345678"));
        ok("mobile plain", QStringLiteral("0612345678"), QStringLiteral("06 12345678"));
        ok("mobile grouped", QStringLiteral("06 12 34 56 78"), QStringLiteral("06 12345678"));
        ok("mobile plus31", QStringLiteral("+31 6 12345678"), QStringLiteral("06 12345678"));
        ok("mobile plus31 compact", QStringLiteral("+31612345678"), QStringLiteral("06 12345678"));
        ok("mobile 0031", QStringLiteral("0031612345678"), QStringLiteral("06 12345678"));
        // non-geographic and service numbers
        ok("088", QStringLiteral("088-1234567"), QStringLiteral("088 123 4567"));
        ok("085", QStringLiteral("0851234567"), QStringLiteral("085 123 4567"));
        ok("084", QStringLiteral("084 123 4567"), QStringLiteral("084 123 4567"));
        ok("087", QStringLiteral("0871234567"), QStringLiteral("087 123 4567"));
        ok("091", QStringLiteral("0911234567"), QStringLiteral("091 123 4567"));
        ok("0800 short", QStringLiteral("0800-1234"), QStringLiteral("0800 1234"));
        ok("0800 long", QStringLiteral("0800 1234567"), QStringLiteral("0800 123 4567"));
        ok("0900 short", QStringLiteral("0900 8844"), QStringLiteral("0900 8844"));
        ok("0900 long", QStringLiteral("09001234567"), QStringLiteral("0900 123 4567"));
        ok("0906", QStringLiteral("0906-1234"), QStringLiteral("0906 1234"));
        ok("0909 plus31", QStringLiteral("+31 909 1234"), QStringLiteral("0909 1234"));
        // refused
        bad("empty", QString(), bad_);
        bad("blank", QStringLiteral("  "), bad_);
        bad("letters", QStringLiteral("020-ABCDEFG"), bad_);
        bad("letter o for zero", QStringLiteral("O20 123 4567"), bad_);
        bad("extension", QStringLiteral("020 123 4567 ext 12"), bad_);
        bad("too short", QStringLiteral("020 123 456"), bad_);
        bad("too long", QStringLiteral("020 123 45678"), bad_);
        bad("mobile too short", QStringLiteral("06-1234567"), bad_);
        bad("mobile too long", QStringLiteral("06-123456789"), bad_);
        bad("no leading zero", QStringLiteral("201234567"), bad_);
        bad("plus31 too short", QStringLiteral("+31 20 123456"), bad_);
        bad("plus31 too long", QStringLiteral("+31 20 12345678"), bad_);
        bad("0800 ten digits", QStringLiteral("0800 123456"), bad_);
        bad("0900 nine digits", QStringLiteral("0900 12345"), bad_);
        bad("plus in middle", QStringLiteral("020+1234567"), bad_);
        bad("double plus", QStringLiteral("++31201234567"), bad_);
        bad("hash", QStringLiteral("020#1234567"), bad_);
        bad("star", QStringLiteral("*31#"), bad_);
        bad("only plus", QStringLiteral("+"), bad_);
        bad("plus31 then 00", QStringLiteral("+31 00 1234 5678"), bad_);
        bad("fullwidth digits", u16(u"\uFF10\uFF12\uFF10 123 4567"), bad_);
        bad("plus then 0031", QStringLiteral("+0031201234567"), bad_);
        bad("plus then national", QStringLiteral("+0201234567"), bad_);
        bad("only separators", QStringLiteral("-- --"), bad_);
        bad("belgian", QStringLiteral("+32 2 123 45 67"), foreign);
        bad("german 0049", QStringLiteral("0049 30 1234567"), foreign);
        bad("us", QStringLiteral("+1 212 555 0100"), foreign);
        bad("plus3", QStringLiteral("+3"), foreign);
        bad("aruba 297", QStringLiteral("+297 123 4567"), foreign);
    }

    void phone()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        const auto result = hpo::parsePhoneNumber(input);
        verify(result, expected, code);
        if (result.ok()) {
            // The display form parses to itself.
            const auto again = hpo::parsePhoneNumber(result.value());
            QVERIFY(again.ok());
            QCOMPARE(again.value(), result.value());
        }
    }

    void email_data()
    {
        columns();
        const char *bad_ = "invalid-email";
        ok("plain", QStringLiteral("info@obs-eenspan.nl"), QStringLiteral("info@obs-eenspan.nl"));
        ok("domain lowercased", QStringLiteral("Info@OBS-Eenspan.NL"), QStringLiteral("Info@obs-eenspan.nl"));
        ok("local case kept", QStringLiteral("J.deVries@school.nl"), QStringLiteral("J.deVries@school.nl"));
        ok("padded", QStringLiteral("  info@school.nl "), QStringLiteral("info@school.nl"));
        ok("subdomain", QStringLiteral("a@mail.duo.nl"), QStringLiteral("a@mail.duo.nl"));
        ok("plus tag", QStringLiteral("jan+helpdesk@school.nl"), QStringLiteral("jan+helpdesk@school.nl"));
        ok("dots in local", QStringLiteral("jan.de.vries@school.nl"),
           QStringLiteral("jan.de.vries@school.nl"));
        ok("apostrophe", QStringLiteral("j.o'neill@school.nl"), QStringLiteral("j.o'neill@school.nl"));
        ok("hyphen domain", QStringLiteral("a@de-regenboog.nl"), QStringLiteral("a@de-regenboog.nl"));
        ok("digit domain", QStringLiteral("a@123school.nl"), QStringLiteral("a@123school.nl"));
        ok("underscore local", QStringLiteral("ad_min@school.nl"), QStringLiteral("ad_min@school.nl"));
        ok("idn", u16(u"info@sch\u00F6\u00F6l.nl"), u16(u"info@sch\u00F6\u00F6l.nl"));
        ok("idn uppercase", u16(u"info@\u00C9COLE.be"), u16(u"info@\u00E9cole.be"));
        ok("punycode", QStringLiteral("info@xn--schl-7qa.nl"), QStringLiteral("info@xn--schl-7qa.nl"));
        ok("unicode local", u16(u"jos\u00E9@school.nl"), u16(u"jos\u00E9@school.nl"));
        ok("letter outside bmp", u16(u"info@\U00020000.cn"), u16(u"info@\U00020000.cn"));
        ok("combining mark", u16(u"info@\u0939\u093F\u0928\u094D\u0926\u0940.in"),
           u16(u"info@\u0939\u093F\u0928\u094D\u0926\u0940.in"));
        ok("long tld", QStringLiteral("a@school.amsterdam"), QStringLiteral("a@school.amsterdam"));
        ok("local 64", QString(64, u'a') + QStringLiteral("@school.nl"),
           QString(64, u'a') + QStringLiteral("@school.nl"));
        ok("total 254",
           QString(64, u'a') + QStringLiteral("@") + QString(63, u'b') + u'.' + QString(63, u'c') + u'.'
               + QString(58, u'd') + QStringLiteral(".nl"),
           QString(64, u'a') + QStringLiteral("@") + QString(63, u'b') + u'.' + QString(63, u'c') + u'.'
               + QString(58, u'd') + QStringLiteral(".nl"));
        ok("label 63", QStringLiteral("a@") + QString(63, u'b') + QStringLiteral(".nl"),
           QStringLiteral("a@") + QString(63, u'b') + QStringLiteral(".nl"));
        bad("empty", QString(), bad_);
        bad("no at", QStringLiteral("info.school.nl"), bad_);
        bad("two ats", QStringLiteral("a@b@school.nl"), bad_);
        bad("empty local", QStringLiteral("@school.nl"), bad_);
        bad("empty domain", QStringLiteral("info@"), bad_);
        bad("no dot in domain", QStringLiteral("info@localhost"), bad_);
        bad("space inside", QStringLiteral("jan de vries@school.nl"), bad_);
        bad("space in domain", QStringLiteral("info@school .nl"), bad_);
        bad("leading dot local", QStringLiteral(".jan@school.nl"), bad_);
        bad("trailing dot local", QStringLiteral("jan.@school.nl"), bad_);
        bad("double dot local", QStringLiteral("jan..vries@school.nl"), bad_);
        bad("double dot domain", QStringLiteral("jan@school..nl"), bad_);
        bad("leading dot domain", QStringLiteral("jan@.school.nl"), bad_);
        bad("trailing dot domain", QStringLiteral("jan@school.nl."), bad_);
        bad("hyphen start label", QStringLiteral("jan@-school.nl"), bad_);
        bad("hyphen end label", QStringLiteral("jan@school-.nl"), bad_);
        bad("underscore domain", QStringLiteral("jan@my_school.nl"), bad_);
        bad("ip address", QStringLiteral("jan@192.168.1.1"), bad_);
        bad("ip literal", QStringLiteral("jan@[192.168.1.1]"), bad_);
        bad("quoted local", QStringLiteral("\"jan\"@school.nl"), bad_);
        bad("comma", QStringLiteral("jan,piet@school.nl"), bad_);
        bad("angle brackets", QStringLiteral("Jan <jan@school.nl>"), bad_);
        bad("mailto prefix", QStringLiteral("mailto:jan@school.nl"), bad_);
        bad("local 65", QString(65, u'a') + QStringLiteral("@school.nl"), bad_);
        bad("label 64", QStringLiteral("a@") + QString(64, u'b') + QStringLiteral(".nl"), bad_);
        bad("total 259",
            QString(64, u'a') + QStringLiteral("@") + QString(63, u'b') + u'.' + QString(63, u'c') + u'.'
                + QString(63, u'd') + QStringLiteral(".nl"),
            bad_);
        bad("semicolon list", QStringLiteral("a@school.nl;b@school.nl"), bad_);
        bad("tab", QStringLiteral("a@school.nl\tb"), bad_);
        bad("emoji domain", u16(u"a@\U0001F600.nl"), bad_);
        bad("emoji domain as ace", QStringLiteral("a@xn--e28h.nl"), bad_);
        bad("backslash", QStringLiteral("a\\b@school.nl"), bad_);
    }

    void email()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        verify(hpo::parseEmail(input), expected, code);
    }

    void website_data()
    {
        columns();
        const char *bad_ = "invalid-website";
        const char *scheme = "unsupported-scheme";
        ok("www only", QStringLiteral("www.obs-eenspan.nl"), QStringLiteral("https://www.obs-eenspan.nl"));
        ok("bare domain", QStringLiteral("obs-eenspan.nl"), QStringLiteral("https://obs-eenspan.nl"));
        ok("https kept", QStringLiteral("https://www.obs-eenspan.nl"),
           QStringLiteral("https://www.obs-eenspan.nl"));
        ok("http kept", QStringLiteral("http://www.obs-eenspan.nl"),
           QStringLiteral("http://www.obs-eenspan.nl"));
        ok("scheme upper", QStringLiteral("HTTPS://WWW.OBS-EENSPAN.NL"),
           QStringLiteral("https://www.obs-eenspan.nl"));
        ok("host lowercased", QStringLiteral("www.OBS-Eenspan.nl"),
           QStringLiteral("https://www.obs-eenspan.nl"));
        ok("trailing slash", QStringLiteral("www.school.nl/"), QStringLiteral("https://www.school.nl/"));
        ok("path", QStringLiteral("https://www.school.nl/over-ons"),
           QStringLiteral("https://www.school.nl/over-ons"));
        ok("path case kept", QStringLiteral("www.school.nl/Over/Ons"),
           QStringLiteral("https://www.school.nl/Over/Ons"));
        ok("query", QStringLiteral("https://school.nl/?p=12"), QStringLiteral("https://school.nl/?p=12"));
        ok("fragment", QStringLiteral("school.nl/#contact"), QStringLiteral("https://school.nl/#contact"));
        ok("port", QStringLiteral("www.school.nl:8080"), QStringLiteral("https://www.school.nl:8080"));
        ok("port with scheme", QStringLiteral("http://www.school.nl:8080/x"),
           QStringLiteral("http://www.school.nl:8080/x"));
        ok("upper http", QStringLiteral("HTTP://School.nl/Pad"), QStringLiteral("http://school.nl/Pad"));
        ok("padded", QStringLiteral("  www.school.nl  "), QStringLiteral("https://www.school.nl"));
        ok("percent encoded", QStringLiteral("https://school.nl/a%20b"),
           QStringLiteral("https://school.nl/a%20b"));
        ok("unicode path", u16(u"school.nl/\u00FCber-ons"),
           QStringLiteral("https://school.nl/%C3%BCber-ons"));
        ok("subdomains", QStringLiteral("bs.de-regenboog.stichting.nl"),
           QStringLiteral("https://bs.de-regenboog.stichting.nl"));
        ok("idn host", u16(u"www.sch\u00F6\u00F6l.nl"), u16(u"https://www.sch\u00F6\u00F6l.nl"));
        ok("punycode host", QStringLiteral("https://xn--schl-7qa.nl"), u16(u"https://sch\u00F6l.nl"));
        bad("empty", QString(), bad_);
        bad("blank", QStringLiteral("  "), bad_);
        bad("javascript", QStringLiteral("javascript:alert(1)"), scheme);
        bad("javascript upper", QStringLiteral("JavaScript:alert(1)"), scheme);
        bad("ftp", QStringLiteral("ftp://ftp.school.nl"), scheme);
        bad("mailto", QStringLiteral("mailto:info@school.nl"), scheme);
        bad("file", QStringLiteral("file:///etc/passwd"), scheme);
        bad("data", QStringLiteral("data:text/html,hi"), scheme);
        bad("space in host", QStringLiteral("www.obs eenspan.nl"), bad_);
        bad("space in path", QStringLiteral("https://school.nl/over ons"), bad_);
        bad("no host", QStringLiteral("https://"), bad_);
        bad("no host path", QStringLiteral("https:///pad"), bad_);
        bad("host without dot", QStringLiteral("localhost"), bad_);
        bad("host without dot scheme", QStringLiteral("https://intranet/"), bad_);
        bad("host port without dot", QStringLiteral("localhost:8080"), bad_);
        bad("ip address", QStringLiteral("http://192.168.1.1"), bad_);
        bad("ipv6", QStringLiteral("http://[::1]/"), bad_);
        bad("user info", QStringLiteral("https://user:pass@school.nl"), bad_);
        bad("scheme without slashes", QStringLiteral("https:school.nl"), bad_);
        bad("protocol relative", QStringLiteral("//school.nl"), bad_);
        bad("double dot", QStringLiteral("www..school.nl"), bad_);
        bad("leading hyphen", QStringLiteral("-school.nl"), bad_);
        bad("underscore host", QStringLiteral("my_school.nl"), bad_);
        bad("bad percent", QStringLiteral("https://school.nl/%zz"), bad_);
        bad("trailing dot only", QStringLiteral("school."), bad_);
        bad("email address", QStringLiteral("info@school.nl"), bad_);
        bad("angle bracket path", QStringLiteral("https://school.nl/<script>"), bad_);
        bad("quote in path", QStringLiteral("https://school.nl/a\"b"), bad_);
        bad("bad port", QStringLiteral("https://school.nl:99999"), bad_);
        bad("trailing dot host", QStringLiteral("www.school.nl."), bad_);
        bad("emoji host", u16(u"\U0001F600.nl"), bad_);
        bad("emoji host as ace", QStringLiteral("https://xn--e28h.nl"), bad_);
    }

    void website()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        QFETCH(QString, code);
        const auto result = hpo::parseWebsite(input);
        verify(result, expected, code);
        if (result.ok()) {
            const auto again = hpo::parseWebsite(result.value());
            QVERIFY(again.ok());
            QCOMPARE(again.value(), result.value());
        }
    }

    void newPassword_data()
    {
        QTest::addColumn<QString>("password");
        QTest::addColumn<QString>("code"); // empty = accepted
        QTest::newRow("empty") << QString() << QStringLiteral("password-too-short");
        QTest::newRow("11") << QStringLiteral("a").repeated(11) << QStringLiteral("password-too-short");
        QTest::newRow("12") << QStringLiteral("a").repeated(12) << QString();
        QTest::newRow("12 with spaces") << QStringLiteral("correct hors") << QString();
        QTest::newRow("128") << QStringLiteral("b").repeated(128) << QString();
        QTest::newRow("129") << QStringLiteral("b").repeated(129) << QStringLiteral("password-too-long");
        // Counted as the server counts: UTF-16 units (an emoji is two).
        QTest::newRow("6 emoji") << QStringLiteral("\U0001F600").repeated(6) << QString();
    }

    void newPassword()
    {
        QFETCH(QString, password);
        QFETCH(QString, code);
        const hpo::Status status = hpo::checkNewPassword(password);
        QCOMPARE(status.ok(), code.isEmpty());
        if (!status.ok())
            QCOMPARE(status.error().code, code);
    }
};

QTEST_GUILESS_MAIN(TestValidation)
#include "tst_validation.moc"
