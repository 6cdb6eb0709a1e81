//! Searching in strings: Position, Replace, StringCount, with their option constants
//! (IgnoreCase, WholeWord, FromBeginning, FromEnd). Positions count characters, 1-based.

use super::{text, Str};
use crate::builtins::given;
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use memchr::memmem;

pub const IGNORE_CASE: i64 = 1;
pub const WHOLE_WORD: i64 = 2;
pub const FROM_BEGINNING: i64 = 0;
pub const FROM_END: i64 = 4;

/// The options of a search, read from the constants a script combines with `+` or `|`.
#[derive(Clone, Copy, Default)]
pub struct SearchOptions {
    pub ignore_case: bool,
    pub whole_word: bool,
    pub from_end: bool,
}

impl SearchOptions {
    /// Reads the options argument of `function`; a constant it does not take is an error,
    /// never ignored.
    #[inline(always)]
    pub fn read(v: Option<&Value>, function: &str, allowed: i64) -> Result<SearchOptions, RuntimeError> {
        let Some(v) = v else { return Ok(SearchOptions::default()) };
        let bits = v.to_int();
        if bits < 0 || bits & !allowed != 0 {
            return Err(unknown_option(function, bits, allowed));
        }
        Ok(SearchOptions {
            ignore_case: bits & IGNORE_CASE != 0,
            whole_word: bits & WHOLE_WORD != 0,
            from_end: bits & FROM_END != 0,
        })
    }
    fn is_plain(&self) -> bool {
        !self.ignore_case && !self.whole_word
    }
}

#[cold]
fn unknown_option(function: &str, bits: i64, allowed: i64) -> RuntimeError {
    RuntimeError::fatal(format!("{function}: unknown option {bits}"))
        .with_code(codes::TYPE_MISMATCH)
        .with_help(option_help(allowed))
}

fn option_help(allowed: i64) -> String {
    let mut names = vec![];
    if allowed & IGNORE_CASE != 0 {
        names.push("IgnoreCase");
    }
    if allowed & WHOLE_WORD != 0 {
        names.push("WholeWord");
    }
    if allowed & FROM_END != 0 {
        names.push("FromBeginning, FromEnd");
    }
    format!("the options are {}", names.join(", "))
}

/// Byte offset of the first `needle` (not empty) in `hay`. Matching bytes of UTF-8 text finds
/// exactly the occurrences of the string. The search looks for the needle's first byte with
/// `memchr` and compares the rest; if that keeps failing, it hands the rest of the text to
/// `memmem`, whose searcher costs more to set up than most searches of a line take, but
/// stays linear on any text.
pub fn find_bytes(hay: &[u8], needle: &[u8]) -> Option<usize> {
    const TRIES_BEFORE_MEMMEM: usize = 8;
    let (&first, _) = needle.split_first()?;
    if needle.len() == 1 {
        return find_byte(first, hay);
    }
    let mut from = 0;
    for _ in 0..TRIES_BEFORE_MEMMEM {
        let at = from + find_byte(first, &hay[from..])?;
        if hay[at..].starts_with(needle) {
            return Some(at);
        }
        from = at + 1;
    }
    memmem::find(&hay[from..], needle).map(|found| from + found)
}

/// Offset of the first `byte` in `hay`. Each call of `memchr` costs some dozens of
/// instructions before it looks at the text: for the short texts that per-line work
/// searches (a line, a field), a plain loop is quicker.
#[inline]
fn find_byte(byte: u8, hay: &[u8]) -> Option<usize> {
    const SHORT: usize = 32;
    if hay.len() <= SHORT {
        hay.iter().position(|&b| b == byte)
    } else {
        memchr::memchr(byte, hay)
    }
}

/// Byte offsets of the non-overlapping occurrences of `needle` (not empty), left to right.
fn find_all<'h>(hay: &'h [u8], needle: &'h [u8]) -> impl Iterator<Item = usize> + 'h {
    let mut from = 0;
    std::iter::from_fn(move || {
        let found = from + find_bytes(hay.get(from..)?, needle)?;
        from = found + needle.len();
        Some(found)
    })
}

/// Character index (0-based) of the first `needle` at or after character `from`.
pub fn find_from(haystack: &Str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() || from > haystack.char_len() {
        return None;
    }
    let start = haystack.byte_offset(from);
    let found = find_bytes(&haystack.as_str().as_bytes()[start..], needle.as_bytes())?;
    Some(haystack.char_index(start + found))
}

/// `text` with every `old` (not empty) replaced by `new`.
fn replace_all(text: &str, old: &str, new: &str) -> String {
    // Room for some growth when the replacement is longer, to spare a few reallocations.
    let room = if new.len() > old.len() { text.len() / 4 } else { 0 };
    let mut out = String::with_capacity(text.len() + room);
    let mut last = 0;
    for found in find_all(text.as_bytes(), old.as_bytes()) {
        out.push_str(&text[last..found]);
        out.push_str(new);
        last = found + old.len();
    }
    out.push_str(&text[last..]);
    out
}

/// The `n`-th (0-based) of the parts of `text` separated by `separator` (not empty).
pub(super) fn nth_part<'t>(text: &'t str, separator: &str, n: usize) -> Option<&'t str> {
    let mut start = 0;
    let mut ends = find_all(text.as_bytes(), separator.as_bytes());
    for _ in 0..n {
        start = ends.next()? + separator.len();
    }
    let end = ends.next().unwrap_or(text.len());
    Some(&text[start..end])
}

/// A character as a case-insensitive search compares it.
pub(super) fn fold(c: char, ignore_case: bool) -> char {
    if ignore_case {
        c.to_lowercase().next().unwrap_or(c)
    } else {
        c
    }
}

pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '_'
}

/// Whether `needle` (folded already) occurs in `hay` at character `i`, with the options'
/// case folding and whole-word rule.
pub(super) fn matches_at(hay: &[char], i: usize, needle: &[char], options: SearchOptions) -> bool {
    let end = i + needle.len();
    end <= hay.len()
        && hay[i..end].iter().zip(needle).all(|(&h, &n)| fold(h, options.ignore_case) == n)
        && (!options.whole_word
            || ((i == 0 || !is_word_char(hay[i - 1])) && hay.get(end).is_none_or(|&c| !is_word_char(c))))
}

pub(super) fn folded(needle: &str, options: SearchOptions) -> Vec<char> {
    needle.chars().map(|c| fold(c, options.ignore_case)).collect()
}

/// Character indexes (0-based) where `needle` (not empty) starts in `hay`, not overlapping.
fn matches_with(hay: &[char], needle: &str, options: SearchOptions) -> Vec<usize> {
    let needle = folded(needle, options);
    let mut found = Vec::new();
    let mut i = 0;
    while i + needle.len() <= hay.len() {
        if matches_at(hay, i, &needle, options) {
            found.push(i);
            i += needle.len();
        } else {
            i += 1;
        }
    }
    found
}

/// `Position`: the 1-based position of `needle` in `s`, 0 when absent. From the end, the
/// last occurrence that starts at or before `start`.
fn position(s: &Str, needle: &Str, start: Option<usize>, options: SearchOptions) -> i64 {
    if needle.is_empty() {
        return 0;
    }
    if options.is_plain() && !options.from_end {
        let from = start.unwrap_or(0);
        return find_from(s, needle.as_str(), from).map(|i| i as i64 + 1).unwrap_or(0);
    }
    let hay: Vec<char> = s.as_str().chars().collect();
    let needle = folded(needle.as_str(), options);
    let found = if options.from_end {
        let last_start = start.unwrap_or(hay.len()).min(hay.len());
        (0..=last_start).rev().find(|&i| matches_at(&hay, i, &needle, options))
    } else {
        (start.unwrap_or(0)..hay.len()).find(|&i| matches_at(&hay, i, &needle, options))
    };
    found.map(|i| i as i64 + 1).unwrap_or(0)
}

/// The 0-based start of a search from a script's 1-based `start`, checked.
#[inline]
fn start_index(v: Option<&Value>, function: &str) -> Result<Option<usize>, RuntimeError> {
    let Some(v) = v else { return Ok(None) };
    let n = v.to_int();
    if n < 1 {
        return Err(bad_start(function, n));
    }
    Ok(Some(n as usize - 1))
}

#[cold]
fn bad_start(function: &str, n: i64) -> RuntimeError {
    RuntimeError::fatal(format!("{function}: the start position must be 1 or more, not {n}"))
        .with_code(codes::INDEX_OUT_OF_RANGE)
}

/// wl searches an array of strings with Position and PositionOccurrence only; elsewhere an
/// array would be read as its text `[a, b]` and match nothing, a silent wrong answer.
fn not_an_array(v: &Value, function: &str) -> Result<(), RuntimeError> {
    if matches!(v, Value::Array(_)) {
        return Err(RuntimeError::fatal(format!("{function}: wl does not search for an array of strings here"))
            .with_code(codes::TYPE_MISMATCH)
            .with_help("Position and PositionOccurrence take an array of strings; call it once per string"));
    }
    Ok(())
}

fn too_long() -> RuntimeError {
    RuntimeError::fatal("string too long").with_code(codes::LIMIT)
}

pub fn register(m: &mut Module) {
    m.register_constant("IgnoreCase", Value::Int(IGNORE_CASE));
    m.register_constant("SansCasse", Value::Int(IGNORE_CASE));
    m.register_constant("WholeWord", Value::Int(WHOLE_WORD));
    m.register_constant("MotComplet", Value::Int(WHOLE_WORD));
    m.register_constant("FromBeginning", Value::Int(FROM_BEGINNING));
    m.register_constant("DepuisDébut", Value::Int(FROM_BEGINNING));
    m.register_constant("FromEnd", Value::Int(FROM_END));
    m.register_constant("DepuisFin", Value::Int(FROM_END));

    m.register_fn(
        "Position",
        Signature::new(2, 4).returns(Type::Int).params("s, searched [, start [, options]]"),
        |_, a| {
            let options = SearchOptions::read(given(a, 3), "Position", IGNORE_CASE | WHOLE_WORD | FROM_END)?;
            let start = start_index(given(a, 2), "Position")?;
            if matches!(a[1], Value::Array(_)) {
                return Ok(Value::Int(super::occurrence::position_of_any(&a[0], &a[1], start, options)));
            }
            Ok(Value::Int(position(&text(&a[0]), &text(&a[1]), start, options)))
        },
    );
    m.register_fn(
        "Replace",
        Signature::new(3, 4).returns(Type::Str).params("s, searched, replacement [, options]"),
        |m, a| {
            let options = SearchOptions::read(given(a, 3), "Replace", IGNORE_CASE | WHOLE_WORD)?;
            not_an_array(&a[1], "Replace")?;
            let s = text(&a[0]);
            let old = text(&a[1]);
            if old.is_empty() {
                return Ok(Value::Str(s));
            }
            let new = text(&a[2]);
            let replaced = if options.is_plain() {
                replace_all(s.as_str(), old.as_str(), new.as_str())
            } else {
                let hay: Vec<char> = s.as_str().chars().collect();
                let len = old.char_len();
                let mut out = String::new();
                let mut last = 0;
                for i in matches_with(&hay, old.as_str(), options) {
                    out.extend(&hay[last..i]);
                    out.push_str(new.as_str());
                    last = i + len;
                }
                out.extend(&hay[last..]);
                out
            };
            if replaced.len() > m.limits.max_string_len {
                return Err(too_long());
            }
            Ok(Value::str(replaced))
        },
    );
    m.register_alias("Remplace", "Replace");
    m.register_fn("StringCount", Signature::new(2, 3).returns(Type::Int).params("s, searched [, options]"), |_, a| {
        let options = SearchOptions::read(given(a, 2), "StringCount", IGNORE_CASE | WHOLE_WORD)?;
        not_an_array(&a[1], "StringCount")?;
        let needle = text(&a[1]);
        if needle.is_empty() {
            return Ok(Value::Int(0));
        }
        let s = text(&a[0]);
        if options.is_plain() {
            return Ok(Value::Int(find_all(s.as_str().as_bytes(), needle.as_str().as_bytes()).count() as i64));
        }
        let hay: Vec<char> = s.as_str().chars().collect();
        Ok(Value::Int(matches_with(&hay, needle.as_str(), options).len() as i64))
    });
    m.register_alias("ChaîneOccurrence", "StringCount");
    m.register_fn("Contains", Signature::new(2, 2).returns(Type::Bool).params("s, searched"), |_, a| {
        Ok(Value::Bool(text(&a[0]).as_str().contains(text(&a[1]).as_str())))
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Texts where the needle's first byte is frequent, rare, absent, or where matches overlap.
    const CASES: &[(&str, &str)] = &[
        ("", "a"),
        ("a", "a"),
        ("abc", "c"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaab", "aab"),
        ("aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "aab"),
        ("aaaa", "aa"),
        ("line1\r\nline2\r\n", "\r\n"),
        ("héllo wörld, héllo", "é"),
        ("héllo wörld, héllo", "llo"),
        ("x;y;;z;", ";"),
        ("abababababababababababababababac", "abac"),
    ];

    #[test]
    fn find_bytes_agrees_with_std() {
        for (hay, needle) in CASES {
            assert_eq!(find_bytes(hay.as_bytes(), needle.as_bytes()), hay.find(needle), "{hay:?} / {needle:?}");
        }
    }

    #[test]
    fn replace_count_and_split_agree_with_std() {
        for (hay, needle) in CASES {
            assert_eq!(replace_all(hay, needle, "<>"), hay.replace(needle, "<>"), "{hay:?} / {needle:?}");
            assert_eq!(find_all(hay.as_bytes(), needle.as_bytes()).count(), hay.matches(needle).count());
            for n in 0..6 {
                assert_eq!(nth_part(hay, needle, n), hay.split(needle).nth(n), "{hay:?} / {needle:?} / {n}");
            }
        }
    }
}
