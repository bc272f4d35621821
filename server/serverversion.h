#pragma once
namespace hpo::server {
const char *serverName();
}
