//! String functions (docs/library.md). Lengths and positions count characters, 1-based.

use super::arg;
use super::format::num_to_string;
use crate::registry::{Module, Receiver, Signature};
use crate::string::Str;
use crate::types::Type;
use crate::value::{parse_number, Value};
use memchr::memmem;

fn text(v: &Value) -> Str {
    v.to_str()
}

fn count(v: &Value) -> usize {
    v.to_int().max(0) as usize
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
fn nth_part<'t>(text: &'t str, separator: &str, n: usize) -> Option<&'t str> {
    let mut start = 0;
    let mut ends = find_all(text.as_bytes(), separator.as_bytes());
    for _ in 0..n {
        start = ends.next()? + separator.len();
    }
    let end = ends.next().unwrap_or(text.len());
    Some(&text[start..end])
}

pub fn register(m: &mut Module) {
    m.register_constant("CR", Value::str("\r\n"));
    m.register_constant("RC", Value::str("\r\n"));
    m.register_constant("TAB", Value::str("\t"));
    m.register_constant("LF", Value::str("\n"));
    m.register_constant("EOT", Value::empty_str());

    let s1 = || Signature::new(1, 1).returns(Type::Str);
    m.register_fn("Length", Signature::new(1, 1).returns(Type::Int).params("s"), |_, a| {
        Ok(Value::Int(text(&a[0]).char_len() as i64))
    });
    m.register_alias("Taille", "Length");
    m.register_fn("Left", Signature::new(2, 2).returns(Type::Str).params("s, n"), |_, a| {
        let s = text(&a[0]);
        Ok(Value::str(s.char_slice(0, count(&a[1]))))
    });
    m.register_alias("Gauche", "Left");
    m.register_fn("Right", Signature::new(2, 2).returns(Type::Str).params("s, n"), |_, a| {
        let s = text(&a[0]);
        let n = count(&a[1]).min(s.char_len());
        Ok(Value::str(s.char_slice(s.char_len() - n, s.char_len())))
    });
    m.register_alias("Droite", "Right");
    m.register_fn("Middle", Signature::new(2, 3).returns(Type::Str).params("s, start [, length]"), |_, a| {
        let s = text(&a[0]);
        let start = a[1].to_int().max(1) as usize - 1;
        let len = if a.len() > 2 && !matches!(a[2], Value::Null) { count(&a[2]) } else { s.char_len() };
        Ok(Value::str(s.char_slice(start, start.saturating_add(len))))
    });
    m.register_alias("Milieu", "Middle");
    m.register_fn("Upper", s1().params("s"), |_, a| Ok(Value::str(text(&a[0]).as_str().to_uppercase())));
    m.register_alias("Majuscule", "Upper");
    m.register_fn("Lower", s1().params("s"), |_, a| Ok(Value::str(text(&a[0]).as_str().to_lowercase())));
    m.register_alias("Minuscule", "Lower");
    m.register_fn("NoSpace", Signature::new(1, 2).returns(Type::Str).params("s"), |_, a| {
        Ok(Value::str(text(&a[0]).as_str().trim_matches(|c: char| c == ' ' || c == '\t' || c == '\u{a0}')))
    });
    m.register_alias("SansEspace", "NoSpace");
    m.register_fn("Position", Signature::new(2, 3).returns(Type::Int).params("s, searched [, start]"), |_, a| {
        let s = text(&a[0]);
        let start = if a.len() > 2 { a[2].to_int().max(1) as usize - 1 } else { 0 };
        Ok(Value::Int(find_from(&s, text(&a[1]).as_str(), start).map(|i| i as i64 + 1).unwrap_or(0)))
    });
    m.register_fn("Replace", Signature::new(3, 3).returns(Type::Str).params("s, searched, replacement"), |m, a| {
        let s = text(&a[0]);
        let old = text(&a[1]);
        if old.is_empty() {
            return Ok(Value::Str(s));
        }
        let new = text(&a[2]);
        let replaced = replace_all(s.as_str(), old.as_str(), new.as_str());
        if replaced.len() > m.limits.max_string_len {
            return Err(crate::error::RuntimeError::fatal("string too long").with_code(crate::error::codes::LIMIT));
        }
        Ok(Value::str(replaced))
    });
    m.register_alias("Remplace", "Replace");
    m.register_fn("ExtractString", Signature::new(2, 3).returns(Type::Str).params("s, n, separator"), |_, a| {
        let s = text(&a[0]);
        let n = a[1].to_int();
        let sep = if a.len() > 2 { text(&a[2]) } else { Str::from("\t") };
        if n < 1 {
            return Ok(Value::empty_str());
        }
        let part = if sep.is_empty() {
            (n == 1).then(|| s.as_str())
        } else {
            nth_part(s.as_str(), sep.as_str(), n as usize - 1)
        };
        Ok(Value::str(part.unwrap_or("")))
    });
    m.register_alias("ExtraitChaîne", "ExtractString");
    m.register_fn("StringCount", Signature::new(2, 3).returns(Type::Int).params("s, searched"), |_, a| {
        let needle = text(&a[1]);
        if needle.is_empty() {
            return Ok(Value::Int(0));
        }
        Ok(Value::Int(find_all(text(&a[0]).as_str().as_bytes(), needle.as_str().as_bytes()).count() as i64))
    });
    m.register_fn("Complete", Signature::new(2, 3).returns(Type::Str).params("s, length [, padding]"), |m, a| {
        let s = text(&a[0]);
        let len = count(&a[1]);
        if len > m.limits.max_string_len {
            return Err(crate::error::RuntimeError::fatal("string too long").with_code(crate::error::codes::LIMIT));
        }
        let pad: Vec<char> = if a.len() > 2 { text(&a[2]).as_str().chars().collect() } else { vec![' '] };
        let mut out: String = s.char_slice(0, len).to_string();
        let pad = if pad.is_empty() { vec![' '] } else { pad };
        for i in 0..len - s.char_len().min(len) {
            out.push(pad[i % pad.len()]);
        }
        Ok(Value::str(out))
    });
    m.register_alias("Complète", "Complete");
    m.register_fn("Repeat", Signature::new(2, 2).returns(Type::Str).params("s, n"), |m, a| {
        let s = text(&a[0]);
        let n = count(&a[1]);
        if s.as_str().len().saturating_mul(n) > m.limits.max_string_len {
            return Err(crate::error::RuntimeError::fatal("string too long").with_code(crate::error::codes::LIMIT));
        }
        Ok(Value::str(s.as_str().repeat(n)))
    });
    m.register_alias("Répète", "Repeat");
    m.register_fn("NumToString", Signature::new(1, 2).returns(Type::Str).params("number [, format]"), |_, a| {
        let format = if a.len() > 1 { a[1].to_text() } else { String::new() };
        num_to_string(&a[0].to_number(), &format).map(Value::str).map_err(crate::error::RuntimeError::fatal)
    });
    m.register_alias("NumériqueVersChaîne", "NumToString");
    m.register_fn("Val", Signature::new(1, 2).params("s"), |_, a| {
        let parsed = match &a[0] {
            Value::Str(s) => parse_number(s.as_str()),
            other => parse_number(&other.to_text()),
        };
        Ok(parsed.unwrap_or(Value::Int(0)))
    });
    m.register_fn("Charact", Signature::new(1, 1).returns(Type::Str).params("code"), |_, a| {
        let c = u32::try_from(a[0].to_int()).ok().and_then(char::from_u32).unwrap_or('\u{fffd}');
        Ok(Value::str(c.to_string()))
    });
    m.register_alias("Caract", "Charact");
    m.register_fn("Asc", Signature::new(1, 1).returns(Type::Int).params("s"), |_, a| {
        Ok(Value::Int(text(&a[0]).as_str().chars().next().map(|c| c as i64).unwrap_or(0)))
    });
    // Strings are UTF-8 already: both conversions are the identity.
    m.register_fn("StringToUTF8", s1().params("s"), |_, a| Ok(Value::Str(text(&a[0]))));
    m.register_fn("UTF8ToString", s1().params("s"), |_, a| Ok(Value::Str(text(&a[0]))));
    m.register_fn("Contains", Signature::new(2, 2).returns(Type::Bool).params("s, searched"), |_, a| {
        Ok(Value::Bool(text(&a[0]).as_str().contains(text(&arg(a, 1)).as_str())))
    });
    m.register_method(Receiver::Str, "Length", "Length", true);
    m.register_method(Receiver::Str, "Upper", "Upper", false);
    m.register_method(Receiver::Str, "Lower", "Lower", false);
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
