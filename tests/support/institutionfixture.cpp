#include "tests/support/institutionfixture.h"

namespace hpo::test {

Institution boardFixture()
{
    Institution b;
    b.code = QStringLiteral("41775");
    b.kind = Institution::Kind::Board;
    b.name = QStringLiteral("Stichting Primair Onderwijs");
    b.visitingAddress = {QStringLiteral("Hoofdweg"), QStringLiteral("3"), QStringLiteral("7811 AA"),
                         QStringLiteral("EMMEN")};
    b.phone = QStringLiteral("0591-123456");
    b.email = QStringLiteral("info@spo.example.nl");
    return b;
}

Institution schoolFixture(const QString &code, const QString &name, const QString &town)
{
    Institution s;
    s.code = code;
    s.kind = Institution::Kind::School;
    s.name = name;
    s.boardCode = QStringLiteral("41775");
    s.visitingAddress = {QStringLiteral("Dorpsstraat"), QStringLiteral("1"), QStringLiteral("1234 AB"), town};
    return s;
}

} // namespace hpo::test
