#include "models/domain/validation.h"

#include <QRegularExpression>
#include <QStringList>
#include <QUrl>

#include <algorithm>
#include <array>

namespace hpo {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiLetter(QChar c)
{
    return (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool allAsciiDigits(QStringView s)
{
    return !s.isEmpty() && std::all_of(s.begin(), s.end(), isAsciiDigit);
}

Error error(const char *code, const QString &message)
{
    return Error {QLatin1String(code), message, {}};
}

// ---- postcode ----

Error invalidPostcode(const QString &why)
{
    return error("invalid-postcode", why);
}

// ---- phone ----

constexpr std::array twoDigitAreas {u"010", u"020", u"030", u"040", u"043", u"045", u"046",
                                    u"050", u"053", u"055", u"058", u"070", u"071", u"072",
                                    u"073", u"074", u"075", u"076", u"077", u"078", u"079"};
constexpr std::array nonGeographic {u"084", u"085", u"087", u"088", u"091"};
constexpr std::array serviceNumbers {u"0800", u"0900", u"0906", u"0909"};

template<size_t N> bool startsWithAny(QStringView s, const std::array<const char16_t *, N> &prefixes)
{
    return std::any_of(prefixes.begin(), prefixes.end(),
                       [s](const char16_t *p) { return s.startsWith(QStringView(p)); });
}

Error invalidPhone(const QString &why)
{
    return error("invalid-phone-number", why);
}

QString groupDigits(const QString &d, std::initializer_list<qsizetype> sizes)
{
    QStringList parts;
    qsizetype pos = 0;
    for (const qsizetype n : sizes) {
        parts.append(d.mid(pos, n));
        pos += n;
    }
    return parts.join(u' ');
}

// ---- e-mail ----

Error invalidEmail(const QString &why)
{
    return error("invalid-email", why);
}

// Non-ASCII letters, digits and combining marks (needed by many scripts),
// by code point so that letters outside the BMP count too.
bool isUnicodeWordChar(char32_t c)
{
    return c > 0x7f && (QChar::isLetterOrNumber(c) || QChar::isMark(c));
}

bool isAtext(char32_t c)
{
    if (c <= 0x7f) {
        const QChar ch(static_cast<char16_t>(c));
        return isAsciiLetter(ch) || isAsciiDigit(ch) || QStringView(u"!#$%&'*+/=?^_`{|}~-").contains(ch);
    }
    return isUnicodeWordChar(c);
}

// Checks one domain name: labels of letters, digits and hyphens, at least two
// labels, no hyphen at a label's edge, not all-numeric at the end (an IP address).
std::optional<QString> domainProblem(QStringView domain, bool checkDecoded = true)
{
    if (domain.isEmpty())
        return QStringLiteral("the domain is missing");
    const QList<QStringView> labels = domain.split(u'.');
    if (labels.size() < 2)
        return QStringLiteral("the domain needs a dot (e.g. school.nl)");
    for (const QStringView label : labels) {
        if (label.isEmpty())
            return QStringLiteral("the domain has an empty part (two dots in a row, or a dot at an end)");
        if (label.size() > 63)
            return QStringLiteral("a part of the domain is longer than 63 characters");
        if (label.startsWith(u'-') || label.endsWith(u'-'))
            return QStringLiteral("a part of the domain starts or ends with a hyphen");
        for (const char32_t c : label.toUcs4()) {
            const QChar ch(static_cast<char16_t>(c));
            const bool ok
                = c <= 0x7f ? (isAsciiLetter(ch) || isAsciiDigit(ch) || ch == u'-') : isUnicodeWordChar(c);
            if (!ok)
                return QStringLiteral("the domain may contain only letters, digits, hyphens and dots");
        }
    }
    if (allAsciiDigits(labels.last()))
        return QStringLiteral("the domain must be a name, not an IP address");
    const QByteArray ace = QUrl::toAce(domain.toString());
    if (ace.isEmpty())
        return QStringLiteral("the domain is not a valid international domain name");
    // An ACE label ("xn--…") must hold letters and digits too, not e.g. an emoji.
    if (checkDecoded) {
        const QString decoded = QUrl::fromAce(ace, QUrl::IgnoreIDNWhitelist);
        if (decoded != domain)
            return domainProblem(decoded, false);
    }
    return std::nullopt;
}

// ---- website ----

Error invalidWebsite(const QString &why)
{
    return error("invalid-website", why);
}

} // namespace

Result<QString> parsePostcode(QStringView text)
{
    // Unicode properties so that \\s also matches a non-breaking space pasted from a web page.
    static const QRegularExpression pattern(QStringLiteral("^\\s*([0-9]{4})\\s*([A-Za-z]{2})\\s*$"),
                                            QRegularExpression::UseUnicodePropertiesOption);
    const QRegularExpressionMatch m = pattern.match(text.toString());
    if (!m.hasMatch())
        return invalidPostcode(QStringLiteral("a postcode is four digits and two letters, e.g. 1234 AB"));
    const QString digits = m.captured(1);
    const QString letters = m.captured(2).toUpper();
    if (digits.startsWith(u'0'))
        return invalidPostcode(QStringLiteral("a postcode does not start with 0"));
    if (letters == u"SA" || letters == u"SD" || letters == u"SS")
        return invalidPostcode(QStringLiteral("postcodes with the letters %1 are not issued").arg(letters));
    return QString(digits + u' ' + letters);
}

Result<QString> parsePhoneNumber(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return invalidPhone(QStringLiteral("the phone number is empty"));
    QString digits;
    bool plus = false;
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed[i];
        if (isAsciiDigit(c)) {
            digits.append(c);
        } else if (c == u'+' && i == 0) {
            plus = true;
        } else if (c.isLetter()) {
            return invalidPhone(QStringLiteral("a phone number contains no letters"));
        } else if (!(c.isSpace() || c == u'-' || c == u'.' || c == u'/' || c == u'(' || c == u')')) {
            return invalidPhone(QStringLiteral("a phone number contains only digits, spaces, '-', '(' and "
                                               "')', and '+' at the start"));
        }
    }
    QString national;
    if (plus || digits.startsWith(u"00")) {
        const QString international = plus ? digits : digits.mid(2);
        if (international.isEmpty())
            return invalidPhone(QStringLiteral("the phone number has no digits"));
        if (plus && international.startsWith(u'0'))
            return invalidPhone(QStringLiteral("after + comes the country code, 31"));
        if (!international.startsWith(u"31"))
            return error("foreign-phone-number",
                         QStringLiteral("only Dutch phone numbers (+31 or 0031) are accepted"));
        QString rest = international.mid(2);
        // "+31 (0)20 …", and the common slip "+31 020 …", carry the trunk 0.
        if (rest.startsWith(u'0'))
            rest.remove(0, 1);
        national = u'0' + rest;
    } else {
        national = digits;
        if (!national.startsWith(u'0'))
            return invalidPhone(QStringLiteral("a Dutch phone number starts with 0 or +31"));
    }

    if (national.size() > 1 && national[1] == u'0')
        return invalidPhone(
            QStringLiteral("a Dutch phone number does not start with 00 after the country code"));
    if (startsWithAny(national, serviceNumbers)) {
        if (national.size() == 8)
            return groupDigits(national, {4, 4});
        if (national.size() == 11)
            return groupDigits(national, {4, 3, 4});
        return invalidPhone(QStringLiteral("a %1 number has 4 or 7 digits after %1").arg(national.left(4)));
    }
    if (national.size() < 10)
        return invalidPhone(QStringLiteral("a Dutch phone number has 10 digits; this one is too short"));
    if (national.size() > 10)
        return invalidPhone(QStringLiteral("a Dutch phone number has 10 digits; this one is too long"));
    if (national.startsWith(u"06"))
        return groupDigits(national, {2, 8});
    if (startsWithAny(national, twoDigitAreas) || startsWithAny(national, nonGeographic))
        return groupDigits(national, {3, 3, 4});
    return groupDigits(national, {4, 3, 3});
}

Result<QString> parseEmail(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return invalidEmail(QStringLiteral("the e-mail address is empty"));
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); }))
        return invalidEmail(QStringLiteral("an e-mail address contains no spaces"));
    if (s.count(u'@') != 1)
        return invalidEmail(QStringLiteral("an e-mail address contains exactly one @"));
    const qsizetype at = s.indexOf(u'@');
    const QStringView local = s.left(at);
    const QString domain = s.mid(at + 1).toString().toLower();
    if (local.isEmpty())
        return invalidEmail(QStringLiteral("the part before the @ is empty"));
    if (local.size() > 64)
        return invalidEmail(QStringLiteral("the part before the @ is longer than 64 characters"));
    if (local.startsWith(u'.') || local.endsWith(u'.') || local.contains(u".."))
        return invalidEmail(QStringLiteral("the part before the @ has a dot at an end or two dots in a row"));
    for (const char32_t c : local.toUcs4()) {
        if (c != U'.' && !isAtext(c))
            return invalidEmail(QStringLiteral("the part before the @ contains a character that is not "
                                               "allowed (\"%1\")")
                                    .arg(QString::fromUcs4(&c, 1)));
    }
    if (const auto problem = domainProblem(domain))
        return invalidEmail(*problem);
    const QString normalised = local.toString() + u'@' + domain;
    if (normalised.size() > 254)
        return invalidEmail(QStringLiteral("an e-mail address is at most 254 characters long"));
    return normalised;
}

Result<QString> parseWebsite(QStringView text)
{
    const QStringView s = text.trimmed();
    if (s.isEmpty())
        return invalidWebsite(QStringLiteral("the website address is empty"));
    if (std::any_of(s.begin(), s.end(), [](QChar c) { return c.isSpace(); }))
        return invalidWebsite(QStringLiteral("a website address contains no spaces"));

    // A scheme is letters before a ':' with no dot in between; "www.x.nl:8080"
    // and "host:8080" are a host with a port.
    static const QRegularExpression schemePattern(QStringLiteral("^([A-Za-z][A-Za-z0-9+.-]*):(.?)"));
    const QRegularExpressionMatch m = schemePattern.match(s.toString());
    QString withScheme;
    if (m.hasMatch() && !m.captured(1).contains(u'.')
        && !(m.capturedLength(2) == 1 && isAsciiDigit(m.captured(2).at(0)))) {
        const QString scheme = m.captured(1).toLower();
        if (scheme != u"http" && scheme != u"https")
            return error(
                "unsupported-scheme",
                QStringLiteral("a website address starts with http:// or https://, not %1:").arg(scheme));
        if (!s.mid(m.capturedLength(1)).startsWith(u"://"))
            return invalidWebsite(QStringLiteral("the scheme must be followed by ://"));
        withScheme = scheme + s.mid(m.capturedLength(1));
    } else {
        if (s.startsWith(u"//") || s.contains(u"://"))
            return invalidWebsite(QStringLiteral("the website address has no valid scheme"));
        withScheme = QStringLiteral("https://") + s;
    }

    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        return invalidWebsite(QStringLiteral("not a valid website address: %1").arg(url.errorString()));
    if (!url.userInfo().isEmpty())
        return invalidWebsite(QStringLiteral("a website address contains no user name or password"));
    // Checked and shown in Unicode for every TLD (QUrl alone shows ACE outside
    // its IDN whitelist, which would also hide e.g. an emoji from the checks).
    const QString host = QUrl::fromAce(url.host(QUrl::FullyEncoded).toLatin1(), QUrl::IgnoreIDNWhitelist);
    if (host.isEmpty())
        return invalidWebsite(QStringLiteral("the website address has no host name"));
    if (host.startsWith(u'[') || host.contains(u':'))
        return invalidWebsite(QStringLiteral("the website must be a name, not an IP address"));
    if (!host.contains(u'.'))
        return invalidWebsite(QStringLiteral("the host name needs a dot (e.g. www.school.nl)"));
    if (const auto problem = domainProblem(host))
        return invalidWebsite(*problem);
    // The rest fully percent-encoded, so the result parses again in StrictMode.
    QString out = url.scheme() + QStringLiteral("://") + host;
    if (url.port() != -1)
        out += u':' + QString::number(url.port());
    out += url.toString(QUrl::FullyEncoded | QUrl::RemoveScheme | QUrl::RemoveAuthority);
    return out;
}

Status checkNewPassword(QStringView password)
{
    if (password.size() < minimumPasswordLength)
        return error("password-too-short",
                     QStringLiteral("at least %1 characters").arg(minimumPasswordLength));
    if (password.size() > maximumPasswordLength)
        return error("password-too-long", QStringLiteral("at most %1 characters").arg(maximumPasswordLength));
    return success();
}

} // namespace hpo
