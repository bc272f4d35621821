#include "server/serverversion.h"
namespace hpo::server {
const char *serverName()
{
    return "helpdeskpo-server";
}
} // namespace hpo::server
