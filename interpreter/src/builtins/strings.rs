//! String functions (SPEC §7). Lengths and positions count characters, 1-based.

use super::arg;
use super::format::num_to_string;
use crate::registry::{Module, Receiver, Signature};
use crate::string::Str;
use crate::types::Type;
use crate::value::{parse_number, Value};

fn text(v: &Value) -> Str {
    v.to_str()
}

fn count(v: &Value) -> usize {
    v.to_int().max(0) as usize
}

/// Character index (0-based) of the first `needle` at or after character `from`.
pub fn find_from(haystack: &Str, needle: &str, from: usize) -> Option<usize> {
    if needle.is_empty() || from > haystack.char_len() {
        return None;
    }
    let start = haystack.byte_offset(from);
    let found = haystack.as_str()[start..].find(needle)?;
    Some(haystack.char_index(start + found))
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
        let replaced = s.as_str().replace(old.as_str(), new.as_str());
        if replaced.len() > m.limits.max_string_len {
            return Err(crate::error::RuntimeError::fatal("string too long").with_code(crate::error::codes::LIMIT));
        }
        Ok(Value::str(replaced))
    });
    m.register_alias("Remplace", "Replace");
    m.register_fn("ExtractString", Signature::new(2, 3).returns(Type::Str).params("s, n, separator"), |_, a| {
        let s = text(&a[0]);
        let n = a[1].to_int();
        let sep = if a.len() > 2 { text(&a[2]).as_str().to_string() } else { "\t".to_string() };
        if n < 1 {
            return Ok(Value::empty_str());
        }
        let part = if sep.is_empty() {
            (n == 1).then(|| s.as_str())
        } else {
            s.as_str().split(sep.as_str()).nth(n as usize - 1)
        };
        Ok(Value::str(part.unwrap_or("")))
    });
    m.register_alias("ExtraitChaîne", "ExtractString");
    m.register_fn("StringCount", Signature::new(2, 3).returns(Type::Int).params("s, searched"), |_, a| {
        let needle = text(&a[1]);
        if needle.is_empty() {
            return Ok(Value::Int(0));
        }
        Ok(Value::Int(text(&a[0]).as_str().matches(needle.as_str()).count() as i64))
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
        Ok(parse_number(&a[0].to_text()).unwrap_or(Value::Int(0)))
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
