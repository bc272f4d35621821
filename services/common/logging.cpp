#include "services/common/logging.h"

namespace hpo {
Q_LOGGING_CATEGORY(lcApp, "hpo.app")
Q_LOGGING_CATEGORY(lcNetwork, "hpo.network")
Q_LOGGING_CATEGORY(lcSync, "hpo.sync")
Q_LOGGING_CATEGORY(lcCache, "hpo.cache")
Q_LOGGING_CATEGORY(lcAuth, "hpo.auth")
} // namespace hpo
