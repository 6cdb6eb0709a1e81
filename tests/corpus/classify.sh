# Sourced by measure.sh and probes.sh: tells wl's syntax errors from its other diagnostics.
#
# Only what the lexer and the parser reject counts as a syntax error. Name errors (an
# undeclared variable, an unknown function, window, control or class: the corpus is WinDev
# code, so most files have some), arity errors and other resolver diagnostics do not.
#
# wl prints each diagnostic as `Error: MESSAGE` followed by `╭─[ FILE:LINE:COL ]`. A message
# is classified by its text. A message that matches neither list is counted as a syntax error
# (the cautious side) and, when UNCLASSIFIED names a file, appended to it, so that the lists
# can be updated when wl gains new diagnostics.

# Resolver diagnostics (names and meaning, not syntax).
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
    *"expects "*" argument"* | *" takes "*" argument"* | *"needs WinDev"* | *"wl does not provide"* | \
    *"not supported by wl"* | *"is not supported"* | *"only in WinDev"* | *"is a WinDev"* | \
    *" is not a class" | *" is not a class: "*" cannot inherit from it" | \
    *" is the base class of the current object: only in a method of a derived class")
        return 0 ;;
    esac
    return 1
}

# Lexer and parser diagnostics (and a file wl cannot read as text: it is not parsed either).
is_syntax_error() {
    case "$1" in
    "unexpected "* | "unterminated "* | "invalid number "* | "this keyword closes a block"* | \
    *" has no END"* | *" has no DO"* | *"is never closed"* | "expected "* | "missing "* | *"is not UTF-8 text"*)
        return 0 ;;
    esac
    return 1
}

# first_syntax_error WL DIR FILE: prints nothing when `WL check FILE` (run in DIR) reports no
# syntax error, else "line N: MESSAGE | SOURCE LINE".
first_syntax_error() {
    local wl=$1 dir=$2 f=$3 out rc msg loc line text
    out=$(cd "$dir" && NO_COLOR=1 timeout 20 "$wl" check "$f" 2>&1 >/dev/null)
    rc=$?
    if [ $rc -eq 124 ]; then
        echo "(wl check did not finish within 20 s)"
        return
    elif [ $rc -eq 126 ] || [ $rc -eq 127 ]; then
        # The binary vanished or cannot run (being rebuilt?): not a verdict on the file.
        echo "(could not run $wl)"
        return
    elif [ $rc -gt 2 ]; then
        echo "(wl check crashed, exit status $rc)"
        return
    elif [ $rc -eq 0 ]; then
        return
    fi
    # Pair each `Error: MESSAGE` with the `FILE:LINE:COL` that follows it.
    while IFS=$'\t' read -r msg loc; do
        [ -z "$msg" ] && continue
        is_name_error "$msg" && continue
        if ! is_syntax_error "$msg" && [ -n "${UNCLASSIFIED:-}" ]; then
            printf '%s\n' "$msg" >>"$UNCLASSIFIED"
        fi
        line=${loc%:*}
        line=${line##*:}
        text=""
        if [ -n "$line" ] && [ "$line" -eq "$line" ] 2>/dev/null; then
            text=$(sed -n "${line}p" "$dir/$f" | tr '\t' ' ' | sed 's/^ *//' | cut -c1-100)
        fi
        echo "line $line: $msg | $text"
        return
    done < <(printf '%s\n' "$out" | awk '
        /^Error: / { if (msg != "") print msg "\t" loc; msg = substr($0, 8); loc = ""; next }
        msg != "" && loc == "" && /╭─\[/ { s = $0; sub(/.*╭─\[ */, "", s); sub(/ *\].*/, "", s); loc = s }
        END { if (msg != "") print msg "\t" loc }')
}
