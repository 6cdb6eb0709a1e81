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
# wl prints each diagnostic as `Error: MESSAGE` followed by `╭─[ FILE:LINE:COL ]`. A message
# is classified by its text (see `is_name_error` and `is_syntax_error` below). A message
# that matches neither list is counted as a syntax error (the cautious side) and printed
# under "unclassified messages" so the lists can be updated when wl gains new diagnostics.
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

# Resolver diagnostics (name and meaning, not syntax).
is_name_error() {
    case "$1" in
    *" is not declared"* | *" is not a known procedure or function"* | *" is already declared"* | \
    *" is declared twice"* | *" has no member "* | *" has no method "* | *" has no "*" \`"* | \
    *" cannot be assigned"* | *" is a constant"* | *" is a name of the standard library"* | \
    *" is a variable, not a procedure"* | "unknown type "* | *" must be declared at the top level"* | \
    "BREAK and CONTINUE can only be used inside a loop" | "arrays with more than one dimension"* | \
    "a pre-sized array holds at most"* | "an array of "*" is too large" | "cannot go through a "* | \
    "nested more than "* | "the left side of \`=\` must be"* | "this cannot be "* | \
    "this expression does nothing" | "this value must be known before the script runs" | \
    *" variables but "*" values" | "a "*" cannot be indexed" | *"wrong number of arguments"* | \
    *"expects "*" argument"* | *" takes "*" argument"* | *"needs WinDev"* | *"wl does not provide"* | *"not supported by wl"* | \
    *"is not supported"* | *"only in WinDev"* | *"is a WinDev"*)
        return 0 ;;
    esac
    return 1
}

# Lexer and parser diagnostics.
is_syntax_error() {
    case "$1" in
    "unexpected "* | "unterminated "* | "invalid number "* | "this keyword closes a block"* | \
    *" has no END"* | *" has no DO"* | *"is never closed"* | "expected "* | "missing "*)
        return 0 ;;
    esac
    return 1
}

files=$(cd "$HERE" && find . -name '*.wl' | sed 's|^\./||' | LC_ALL=C sort)
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
    out=$(cd "$HERE" && NO_COLOR=1 timeout 20 "$WL" check "$f" 2>&1 >/dev/null)
    rc=$?
    status=ok
    first=""
    if [ $rc -eq 124 ]; then
        status=syntax
        first="(wl check did not finish within 20 s)"
    elif [ $rc -gt 2 ]; then
        status=syntax
        first="(wl check crashed, exit status $rc)"
    elif [ $rc -ne 0 ]; then
        # Pair each `Error: MESSAGE` with the `FILE:LINE:COL` that follows it.
        while IFS=$'\t' read -r msg loc; do
            [ -z "$msg" ] && continue
            if is_name_error "$msg"; then
                continue
            fi
            if ! is_syntax_error "$msg"; then
                printf '%s\n' "$msg" >>"$unclassified"
            fi
            line=${loc%:*}
            line=${line##*:}
            text=""
            if [ -n "$line" ] && [ "$line" -eq "$line" ] 2>/dev/null; then
                text=$(sed -n "${line}p" "$HERE/$f" | tr '\t' ' ' | sed 's/^ *//' | cut -c1-100)
            fi
            status=syntax
            first="line $line: $msg | $text"
            break
        done < <(printf '%s\n' "$out" | awk '
            /^Error: / { if (msg != "") print msg "\t" loc; msg = substr($0, 8); loc = ""; next }
            msg != "" && loc == "" && /╭─\[/ { s = $0; sub(/.*╭─\[ */, "", s); sub(/ *\].*/, "", s); loc = s }
            END { if (msg != "") print msg "\t" loc }')
    fi
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
