# Shared by scripts/test and scripts/demo: installs what the build and the tests
# need (Debian 12 or Ubuntu 24.04+), then configures and builds a preset.
# shellcheck shell=bash

HPO_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)

HPO_PACKAGES=(
    build-essential cmake ninja-build git ccache clang-format python3
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-httpserver-dev qt6-websockets-dev qt6-svg-dev libqt6sql6-sqlite libqt6svg6
    qtkeychain-qt6-dev libgl-dev
    fonts-dejavu-core gnome-keyring libsecret-1-0 dbus dbus-x11 xvfb xauth
)

hpo_log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

hpo_install_packages() {
    local missing=()
    local p
    for p in "${HPO_PACKAGES[@]}"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
    done
    (( ${#missing[@]} == 0 )) && return 0

    local id="" version=""
    if [[ -r /etc/os-release ]]; then
        # shellcheck disable=SC1091
        id=$(. /etc/os-release && echo "${ID:-}")
        version=$(. /etc/os-release && echo "${VERSION_ID:-}")
    fi
    local supported=0
    [[ $id == debian && ${version%%.*} -ge 12 ]] 2>/dev/null && supported=1
    [[ $id == ubuntu && ${version%%.*} -ge 24 ]] 2>/dev/null && supported=1
    if (( ! supported )) || ! command -v apt-get >/dev/null; then
        echo "This script installs its packages on Debian 12 or Ubuntu 24.04+ only." >&2
        echo "Install these yourself, then run it again:" >&2
        printf '  %s\n' "${missing[@]}" >&2
        exit 1
    fi
    local sudo=()
    if (( EUID != 0 )); then
        command -v sudo >/dev/null || { echo "Run as root or install sudo: missing ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    hpo_log "Installing ${#missing[@]} packages: ${missing[*]}"
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

hpo_build() {
    local preset=${1:-default}
    cd "$HPO_ROOT"
    if command -v ccache >/dev/null; then export HPO_COMPILER_LAUNCHER=ccache; fi
    hpo_log "Configuring (preset $preset)"
    cmake --preset "$preset" >/dev/null
    hpo_log "Building with $(nproc) cores"
    cmake --build --preset "$preset" -j "$(nproc)"
}
