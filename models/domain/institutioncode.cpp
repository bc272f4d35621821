#include "models/domain/institutioncode.h"

namespace hpo {

namespace {

bool isAsciiDigit(QChar c)
{
    return c >= u'0' && c <= u'9';
}

bool isAsciiUpper(QChar c)
{
    return c >= u'A' && c <= u'Z';
}

// Drops whitespace and upper-cases ASCII letters; nullopt when any other
// character (punctuation, non-ASCII letters or digits) occurs.
std::optional<QString> compact(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isSpace())
            continue;
        if (isAsciiDigit(c) || isAsciiUpper(c))
            out.append(c);
        else if (c >= u'a' && c <= u'z')
            out.append(QChar(c.unicode() - u'a' + u'A'));
        else
            return std::nullopt;
    }
    return out;
}

bool isBrin(QStringView s)
{
    return s.size() == 4 && isAsciiDigit(s[0]) && isAsciiDigit(s[1]) && isAsciiUpper(s[2])
        && isAsciiUpper(s[3]);
}

bool isBoardNumber(QStringView s)
{
    if (s.size() != 5)
        return false;
    for (const QChar c : s) {
        if (!isAsciiDigit(c))
            return false;
    }
    return true;
}

Error invalidInstitutionCode(QStringView text)
{
    return Error {QStringLiteral("invalid-institution-code"),
                  QStringLiteral("\"%1\" is neither a school's instellingscode (two digits and two letters, "
                                 "e.g. 16AH) nor a board's number (five digits, e.g. 41775)")
                      .arg(text.toString().trimmed()),
                  {}};
}

Error invalidBranchCode(QStringView text)
{
    return Error {QStringLiteral("invalid-branch-code"),
                  QStringLiteral("\"%1\" is not a vestigingscode (an instellingscode followed by two "
                                 "digits, e.g. 16AH00)")
                      .arg(text.toString().trimmed()),
                  {}};
}

} // namespace

Result<InstitutionCode> parseInstitutionCode(QStringView text)
{
    const std::optional<QString> s = compact(text);
    if (!s)
        return invalidInstitutionCode(text);
    if (isBrin(*s))
        return InstitutionCode {InstitutionCode::Kind::School, *s};
    if (isBoardNumber(*s))
        return InstitutionCode {InstitutionCode::Kind::Board, *s};
    return invalidInstitutionCode(text);
}

Result<QString> parseBranchCode(QStringView text)
{
    const std::optional<QString> s = compact(text);
    if (!s || (s->size() != 5 && s->size() != 6))
        return invalidBranchCode(text);
    const QStringView brin = QStringView(*s).left(4);
    const QStringView number = QStringView(*s).mid(4);
    if (!isBrin(brin))
        return invalidBranchCode(text);
    for (const QChar c : number) {
        if (!isAsciiDigit(c))
            return invalidBranchCode(text);
    }
    return number.size() == 1 ? brin.toString() + u'0' + number : *s;
}

QString branchCode(const QString &brin, int number)
{
    const Result<InstitutionCode> code = parseInstitutionCode(brin);
    if (!code || code->kind != InstitutionCode::Kind::School || number < 0 || number > 99)
        return {};
    return code->value + QStringLiteral("%1").arg(number, 2, 10, QLatin1Char('0'));
}

} // namespace hpo
