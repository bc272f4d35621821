#!/usr/bin/env bash
# Runs lupdate over the current sources into a temporary copy of the Dutch
# catalogue; fails when the committed .ts is out of date or any entry is unfinished.
set -euo pipefail
lupdate=${1:-lupdate}
root=$(pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
"$root/scripts/lupdate-sources" >"$tmp/sources.lst"

check() { # check <ts file> [extra lupdate options]
    local ts=$1; shift
    cp "$ts" "$tmp/catalogue.ts"
    "$lupdate" -no-obsolete -locations none "$@" -I "$root" "@$tmp/sources.lst" \
        -ts "$tmp/catalogue.ts" >"$tmp/lupdate.log" 2>&1 || { cat "$tmp/lupdate.log"; exit 1; }
    if ! diff -u "$ts" "$tmp/catalogue.ts" >"$tmp/diff"; then
        echo "The committed $ts is not what lupdate makes of the sources (run scripts/update-translations):"
        head -80 "$tmp/diff"
        exit 1
    fi
    local unfinished
    unfinished=$(grep -c 'type="unfinished"' "$ts" || true)
    if [[ $unfinished != 0 ]]; then
        echo "$unfinished entries are unfinished in $ts:"
        grep -B3 'type="unfinished"' "$ts" | grep '<source>' | head -40
        exit 1
    fi
    echo "$ts: $(grep -c '<message' "$ts") entries, all finished"
}
check translations/mijnhelpdeskpo_nl.ts
check translations/mijnhelpdeskpo_en.ts -pluralonly
