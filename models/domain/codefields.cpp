#include "models/domain/codefields.h"

namespace hpo {

namespace {

// The parsed (normalised) code when `text` parsed and is already canonical;
// otherwise records the failure at `key` under the parser's error code.
template<typename T>
std::optional<T> canonical(JsonReader &reader, const QString &key, const QString &text, Result<T> parsed,
                           const QString &normalised, const char *errorCode)
{
    if (!parsed) {
        reader.fail(key, parsed.error().code, parsed.error().message);
        return std::nullopt;
    }
    if (text != normalised) {
        reader.fail(key, QLatin1String(errorCode),
                    QStringLiteral("\"%1\" is not in canonical form; expected \"%2\"").arg(text, normalised));
        return std::nullopt;
    }
    return std::move(parsed).value();
}

QString kindDescription(InstitutionCode::Kind kind)
{
    return kind == InstitutionCode::Kind::School ? QStringLiteral("a school's instellingscode (e.g. 16AH)")
                                                 : QStringLiteral("a board's number (e.g. 41775)");
}

} // namespace

QString readInstitutionCode(JsonReader &reader, const QString &key,
                            std::optional<InstitutionCode::Kind> requiredKind)
{
    const QString text = reader.string(key);
    if (!reader.ok())
        return {};
    const Result<InstitutionCode> parsed = parseInstitutionCode(text);
    const std::optional<InstitutionCode> code = canonical(
        reader, key, text, parsed, parsed ? parsed->value : QString(), "invalid-institution-code");
    if (!code)
        return {};
    if (requiredKind && code->kind != *requiredKind) {
        reader.fail(key, QStringLiteral("code-mismatch"),
                    QStringLiteral("\"%1\" is %2, not %3")
                        .arg(text, kindDescription(code->kind), kindDescription(*requiredKind)));
        return {};
    }
    return code->value;
}

QString readBranchCode(JsonReader &reader, const QString &key)
{
    const QString text = reader.string(key);
    if (!reader.ok())
        return {};
    const Result<QString> parsed = parseBranchCode(text);
    return canonical(reader, key, text, parsed, parsed ? *parsed : QString(), "invalid-branch-code")
        .value_or(QString());
}

} // namespace hpo
