#!/usr/bin/env bash
# Writes a Markdown report of what the corpus still fails on, for one or more wl binaries:
# the rates (measure.sh), the failing constructs ranked by the number of corpus files that
# use them (probes.sh), and each failing file with its first syntax error.
#   tests/corpus/report.sh WL_BINARY [WL_BINARY…] > failures.md
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
echo "# wl corpus: what still fails"
echo
echo "Generated $(date -u '+%Y-%m-%d %H:%M UTC') by \`tests/corpus/report.sh\` (branch \`corpus\`)."
echo "Corpus: \`tests/corpus/\` — one procedure or event per file; \`fr_*\` French keywords, \`en_*\` English;"
echo "\`classes/\` uses classes. Only lexer/parser errors count; name errors (unknown functions, windows,"
echo "files, undeclared names) do not."
for wl in "$@"; do
    echo
    echo "## \`$wl\`"
    echo
    echo '```text'
    "$HERE/measure.sh" "$wl" | grep -v '^wl binary'
    echo '```'
    echo
    echo "### Failing constructs, ranked by the number of corpus files that use them"
    echo
    echo "| construct | files | minimal example | wl's first syntax error |"
    echo "|---|---|---|---|"
    "$HERE/probes.sh" "$wl" | tail -n +2 | awk '$3 == "FAIL"' | sort -k2,2nr -s |
    while read -r id n res rest; do
        ex=$(grep -P "^$id\t" "$HERE/probes.tsv" | cut -f3 | sed 's/\\n/ ⏎ /g; s/\\t//g; s/ ⏎ $//; s/|/\\|/g')
        err=$(printf '%s' "$rest" | sed 's/ | .*//; s/|/\\|/g')
        echo "| $id | $n | \`$ex\` | $err |"
    done
    echo
    echo "### Failing files (first syntax error)"
    echo
    echo '```text'
    "$HERE/measure.sh" "$wl" --tsv | awk -F'\t' '$1 != "ok" { printf "%-45s %s\n", $4, $5 }'
    echo '```'
done
