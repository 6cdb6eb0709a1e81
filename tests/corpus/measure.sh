#!/usr/bin/env bash
# Measures how much of the corpus `wl check` reads without a SYNTAX error.
#
#   tests/corpus/measure.sh WL_BINARY            # totals and rates
#   tests/corpus/measure.sh WL_BINARY --list     # also each failing file with its first syntax error
#   tests/corpus/measure.sh WL_BINARY --tsv      # one line per file: status, language, kind, file, error
#
# Only what the lexer and the parser reject counts as a syntax error. Name errors (an
# undeclared variable, an unknown function, window, control or class: the corpus is WinDev
# code, so most files have some) and other resolver diagnostics do not: a file whose only
# errors are of that kind counts as parsed.
#
# classify.sh tells the two apart by the text of wl's messages. A message that matches
# neither of its lists is counted as a syntax error (the cautious side) and printed under
# "unclassified messages" so the lists can be updated when wl gains new diagnostics.
#
# Language: the file name says it (`fr_*.wl` French keywords, `en_*.wl` English keywords).
# Kind: files under `classes/` use classes and objects; the others do not.
set -u

if [ $# -lt 1 ]; then
    echo "usage: $0 WL_BINARY [--list|--tsv]" >&2
    exit 64
fi
WL=$1
MODE=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
if [ ! -x "$WL" ]; then
    echo "$0: $WL is not an executable" >&2
    exit 64
fi

. "$HERE/classify.sh"

files=$(cd "$HERE" && find . -name '*.wl' -not -path './probes/*' | sed 's|^\./||' | LC_ALL=C sort)
tsv=$(mktemp)
unclassified=$(mktemp)
trap 'rm -f "$tsv" "$unclassified"' EXIT

for f in $files; do
    base=$(basename "$f")
    case "$base" in
    fr_*) lang=fr ;;
    en_*) lang=en ;;
    *) lang=?? ;;
    esac
    case "$f" in
    classes/*) kind=classes ;;
    *) kind=procedures ;;
    esac
    first=$(UNCLASSIFIED=$unclassified first_syntax_error "$WL" "$HERE" "$f")
    if [ -z "$first" ]; then status=ok; else status=syntax; fi
    case "$first" in
    "(could not run "*)
        echo "$0: could not run $WL on $f (is it being rebuilt?); no measure" >&2
        exit 69 ;;
    esac
    printf '%s\t%s\t%s\t%s\t%s\n' "$status" "$lang" "$kind" "$f" "$first" >>"$tsv"
done

if [ "$MODE" = "--tsv" ]; then
    cat "$tsv"
    exit 0
fi

rate() { # FILTER-AWK-CONDITION LABEL
    awk -F'\t' -v label="$2" "
        $1 { n++; if (\$1 == \"ok\") ok++ }
        END { if (n == 0) printf \"%-28s %4d files\n\", label, 0;
              else printf \"%-28s %4d files, %4d parsed, %5.1f%%\n\", label, n, ok, 100 * ok / n }" "$tsv"
}

echo "wl binary: $WL"
rate '1' "all files"
rate '$3 == "procedures"' "procedures (no classes)"
rate '$3 == "procedures" && $2 == "fr"' "  French"
rate '$3 == "procedures" && $2 == "en"' "  English"
rate '$3 == "classes"' "classes"
rate '$3 == "classes" && $2 == "fr"' "  French"
rate '$3 == "classes" && $2 == "en"' "  English"
rate '$2 == "fr"' "all French"
rate '$2 == "en"' "all English"

if [ -s "$unclassified" ]; then
    echo
    echo "unclassified messages (counted as syntax errors; update measure.sh if they are not):"
    sort "$unclassified" | uniq -c | sort -rn | sed 's/^/  /'
fi

if [ "$MODE" = "--list" ]; then
    echo
    echo "failing files (first syntax error):"
    awk -F'\t' '$1 != "ok" { printf "%s\t%s\n", $4, $5 }' "$tsv"
fi
