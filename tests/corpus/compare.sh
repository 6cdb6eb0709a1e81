#!/usr/bin/env bash
# Compares two wl binaries on the corpus: files that parse with NEW but not with OLD (fixed),
# and files that parse with OLD but not with NEW (regressions), each with its first syntax error.
#   tests/corpus/compare.sh OLD_WL_BINARY NEW_WL_BINARY
set -u
if [ $# -ne 2 ]; then
    echo "usage: $0 OLD_WL_BINARY NEW_WL_BINARY" >&2
    exit 64
fi
HERE=$(cd "$(dirname "$0")" && pwd)
old=$(mktemp)
new=$(mktemp)
trap 'rm -f "$old" "$new"' EXIT
"$HERE/measure.sh" "$1" --tsv | awk -F'\t' '{ print $4 "\t" $1 "\t" $5 }' | LC_ALL=C sort >"$old"
"$HERE/measure.sh" "$2" --tsv | awk -F'\t' '{ print $4 "\t" $1 "\t" $5 }' | LC_ALL=C sort >"$new"
echo "fixed (syntax error with $1, none with $2):"
LC_ALL=C join -t $'\t' "$old" "$new" | awk -F'\t' '$2 != "ok" && $4 == "ok" { printf "  %s\n", $1 }'
echo "regressions (no syntax error with $1, one with $2):"
LC_ALL=C join -t $'\t' "$old" "$new" | awk -F'\t' '$2 == "ok" && $4 != "ok" { printf "  %s\t%s\n", $1, $5 }'
echo "still failing, first error changed:"
LC_ALL=C join -t $'\t' "$old" "$new" | awk -F'\t' '$2 != "ok" && $4 != "ok" && $3 != $5 { printf "  %s\n    was: %s\n    now: %s\n", $1, $3, $5 }'
