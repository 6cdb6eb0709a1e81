#!/usr/bin/env bash
# For each construct of probes.tsv: how many corpus files use it, and whether WL_BINARY reads
# its minimal example without a syntax error.   tests/corpus/probes.sh WL_BINARY
set -u
WL=${1:?usage: $0 WL_BINARY}
HERE=$(cd "$(dirname "$0")" && pwd)
. "$HERE/classify.sh"
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
printf '%-26s %5s  %-7s %s\n' construct files result "first syntax error of the example"
grep -v '^#' "$HERE/probes.tsv" | while IFS=$'\t' read -r id regex example; do
    [ -z "$id" ] && continue
    n=$(cd "$HERE" && find . -name '*.wl' -print0 | xargs -0 grep -P -i -l -e "$regex" 2>/dev/null | wc -l)
    printf '%b' "$example" >"$tmp/probe.wl"
    err=$(first_syntax_error "$WL" "$tmp" probe.wl)
    if [ -z "$err" ]; then res=ok; else res=FAIL; fi
    printf '%-26s %5s  %-7s %s\n' "$id" "$n" "$res" "$err"
done
