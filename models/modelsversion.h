// Placeholder translation unit until the first item model lands (issue 5).
#pragma once

namespace hpo {
const char *modelsLibraryName();
}
