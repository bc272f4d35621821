#!/bin/sh
# Runs a test command against a throwaway keyring, never the user's own:
#   with-keyring.sh unlocked|locked|absent COMMAND [ARGS...]
# unlocked: a private D-Bus session with a gnome-keyring whose login collection is unlocked.
# locked:   the same keyring created earlier, then served by a daemon that never unlocks it.
# absent:   no D-Bus session at all (DBUS_SESSION_BUS_ADDRESS points nowhere).
# The command sees HPO_KEYRING=<mode> so it knows what to expect.
set -eu
mode=$1
shift
home=$(mktemp -d -t hpo-keyring.XXXXXX)
trap 'rm -rf "$home"' EXIT
export HOME="$home" XDG_DATA_HOME="$home/.local/share" XDG_CONFIG_HOME="$home/.config"
export XDG_RUNTIME_DIR="$home/run" HPO_KEYRING="$mode"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset GNOME_KEYRING_CONTROL
case $mode in
absent)
    DBUS_SESSION_BUS_ADDRESS="unix:path=$home/no-such-bus" "$@"
    ;;
unlocked)
    dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; "$@"' sh "$@"
    ;;
locked)
    # First session creates the login keyring with a password; the second serves it locked.
    dbus-run-session -- sh -c 'echo -n test | gnome-keyring-daemon --unlock --components=secrets >/dev/null 2>&1; sleep 0.5'
    dbus-run-session -- sh -c 'gnome-keyring-daemon --start --components=secrets >/dev/null 2>&1; "$@"' sh "$@"
    ;;
*)
    echo "usage: $0 unlocked|locked|absent COMMAND..." >&2
    exit 64
    ;;
esac
