#include "models/modelsversion.h"

namespace hpo {
const char *modelsLibraryName()
{
    return "hpo_models";
}
} // namespace hpo
