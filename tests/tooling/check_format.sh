#!/usr/bin/env bash
# Fails when a tracked C++ file is not formatted per .clang-format.
set -euo pipefail
clang_format=${1:-clang-format}
cd "$(git rev-parse --show-toplevel)"
mapfile -t files < <(git ls-files -- '*.cpp' '*.h')
(( ${#files[@]} > 0 )) || { echo "no tracked C++ files found"; exit 1; }
bad=()
for f in "${files[@]}"; do
    [[ -f $f ]] || continue
    "$clang_format" --dry-run -Werror "$f" >/dev/null 2>&1 || bad+=("$f")
done
if (( ${#bad[@]} )); then
    echo "Not clang-formatted (run scripts/format):"
    printf '  %s\n' "${bad[@]}"
    exit 1
fi
echo "${#files[@]} files formatted"
