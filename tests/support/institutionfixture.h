// Board 41775 and schools of it as the UI tests show them, without a server.
#pragma once

#include "models/domain/institution.h"

namespace hpo::test {

// Stichting Primair Onderwijs (41775), with an address, phone and e-mail.
Institution boardFixture();
// A school of board 41775 at Dorpsstraat 1, 1234 AB `town`.
Institution schoolFixture(const QString &code, const QString &name, const QString &town);

} // namespace hpo::test
