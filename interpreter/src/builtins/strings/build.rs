//! Building and reshaping strings: StringBuild, Complete, RepeatString, NoSpace, Upper,
//! Lower, StringCompare, Charact, CharactUnicode, Asc.

use super::search::{SearchOptions, IGNORE_CASE};
use super::text;
use crate::builtins::arg;
use crate::error::{codes, RuntimeError};
use crate::machine::Machine;
use crate::registry::{Module, Receiver, Signature};
use crate::types::Type;
use crate::value::Value;

/// NoSpace options: spaces at both ends (the default), runs of spaces inside.
pub const SSC_EXTERNAL: i64 = 1;
pub const SSC_INTERNAL: i64 = 2;
/// What NoSpace removes when no list is given: space, tab, CR and LF.
const DEFAULT_SPACES: &str = " \t\r\n";

fn too_long() -> RuntimeError {
    RuntimeError::fatal("string too long").with_code(codes::LIMIT)
}

fn check_len(m: &Machine, len: usize) -> Result<(), RuntimeError> {
    if len > m.limits.max_string_len {
        return Err(too_long());
    }
    Ok(())
}

/// `StringBuild`: `%1`…`%n` replaced by the parameters (a missing one by ""), `%%` by `%`.
pub(crate) fn string_build(format: &str, params: &[Value]) -> String {
    let mut out = String::with_capacity(format.len());
    let mut chars = format.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        match chars.peek() {
            Some((_, '%')) => {
                chars.next();
                out.push('%');
            }
            Some((_, d)) if d.is_ascii_digit() => {
                let digits_start = i + 1;
                let mut end = digits_start;
                while let Some((j, d)) = chars.peek() {
                    if !d.is_ascii_digit() {
                        break;
                    }
                    end = j + 1;
                    chars.next();
                }
                let n: usize = format[digits_start..end].parse().unwrap_or(0);
                if let Some(v) = n.checked_sub(1).and_then(|k| params.get(k)) {
                    v.write_text(&mut out);
                }
            }
            _ => out.push('%'),
        }
    }
    out
}

/// `NoSpace`: removes the characters of `spaces` at both ends (`external`) and reduces each
/// run of them inside to its first character (`internal`).
fn no_space(s: &str, external: bool, internal: bool, spaces: &str) -> String {
    let is_space = |c: char| spaces.contains(c);
    let trimmed = if external { s.trim_matches(is_space) } else { s };
    if !internal {
        return trimmed.to_string();
    }
    let mut out = String::with_capacity(trimmed.len());
    let mut previous_space = false;
    for c in trimmed.chars() {
        let space = is_space(c);
        if !(space && previous_space) {
            out.push(c);
        }
        previous_space = space;
    }
    out
}

pub fn register(m: &mut Module) {
    m.register_constant("sscExternal", Value::Int(SSC_EXTERNAL));
    m.register_constant("sscExtérieur", Value::Int(SSC_EXTERNAL));
    m.register_constant("sscInternal", Value::Int(SSC_INTERNAL));
    m.register_constant("sscIntérieur", Value::Int(SSC_INTERNAL));

    m.register_fn("StringBuild", Signature::variadic(1).returns(Type::Str).params("format, value1, …"), |m, a| {
        let built = string_build(text(&a[0]).as_str(), &a[1..]);
        check_len(m, built.len())?;
        Ok(Value::str(built))
    });
    m.register_alias("ChaîneConstruit", "StringBuild");
    m.register_fn("Upper", Signature::new(1, 1).returns(Type::Str).params("s"), |_, a| {
        Ok(Value::str(text(&a[0]).as_str().to_uppercase()))
    });
    m.register_alias("Majuscule", "Upper");
    m.register_fn("Lower", Signature::new(1, 1).returns(Type::Str).params("s"), |_, a| {
        Ok(Value::str(text(&a[0]).as_str().to_lowercase()))
    });
    m.register_alias("Minuscule", "Lower");
    m.register_fn(
        "NoSpace",
        Signature::new(1, 3).returns(Type::Str).params("s [, sscExternal | sscInternal [, characters]]"),
        |_, a| {
            let options = match arg(a, 1) {
                Value::Null => SSC_EXTERNAL,
                v => v.to_int(),
            };
            if options & !(SSC_EXTERNAL | SSC_INTERNAL) != 0 || options == 0 {
                return Err(RuntimeError::fatal(format!("NoSpace: unknown option {options}"))
                    .with_code(codes::TYPE_MISMATCH)
                    .with_help("the options are sscExternal, sscInternal, or both added"));
            }
            let spaces = match arg(a, 2) {
                Value::Null => DEFAULT_SPACES.to_string(),
                v => v.to_text(),
            };
            let s = text(&a[0]);
            Ok(Value::str(no_space(s.as_str(), options & SSC_EXTERNAL != 0, options & SSC_INTERNAL != 0, &spaces)))
        },
    );
    m.register_alias("SansEspace", "NoSpace");
    m.register_fn("Complete", Signature::new(2, 3).returns(Type::Str).params("s, length [, padding]"), |m, a| {
        let s = text(&a[0]);
        let len = a[1].to_int();
        if len < 0 {
            return Err(RuntimeError::fatal(format!("Complete: the length cannot be negative ({len})"))
                .with_code(codes::INDEX_OUT_OF_RANGE));
        }
        let len = len as usize;
        check_len(m, len)?;
        let pad: Vec<char> = match arg(a, 2) {
            Value::Null => vec![' '],
            v => v.to_text().chars().collect(),
        };
        let pad = if pad.is_empty() { vec![' '] } else { pad };
        let mut out: String = s.char_slice(0, len).to_string();
        for i in 0..len - s.char_len().min(len) {
            out.push(pad[i % pad.len()]);
        }
        Ok(Value::str(out))
    });
    m.register_alias("Complète", "Complete");
    m.register_fn("RepeatString", Signature::new(2, 2).returns(Type::Str).params("s, n"), |m, a| {
        let s = text(&a[0]);
        let n = a[1].to_int().max(0) as usize;
        check_len(m, s.as_str().len().saturating_mul(n))?;
        Ok(Value::str(s.as_str().repeat(n)))
    });
    m.register_alias("RépèteChaîne", "RepeatString");
    // The name older wl scripts used.
    m.register_alias("Repeat", "RepeatString");
    m.register_alias("Répète", "RepeatString");
    m.register_fn("StringCompare", Signature::new(2, 3).returns(Type::Int).params("s1, s2 [, IgnoreCase]"), |_, a| {
        let options = SearchOptions::read(crate::builtins::given(a, 2), "StringCompare", IGNORE_CASE)?;
        let (x, y) = (text(&a[0]), text(&a[1]));
        let order = if options.ignore_case {
            x.as_str().to_lowercase().cmp(&y.as_str().to_lowercase())
        } else {
            x.as_str().cmp(y.as_str())
        };
        Ok(Value::Int(order as i64))
    });
    m.register_alias("ChaîneCompare", "StringCompare");
    // PC SOFT's ChaîneCompare page (3024011): ccNormal, the default, compares "like the '='
    // operator". Its other options (ccOrdreLexicographique…) are listed in
    // data/windev_constants.txt: they are refused, not ignored.
    m.register_constant("ccNormal", Value::Int(0));
    m.register_fn("Charact", Signature::new(1, 1).returns(Type::Str).params("code"), |_, a| {
        character(&a[0], "Charact")
    });
    m.register_alias("Caract", "Charact");
    m.register_fn("CharactUnicode", Signature::new(1, 1).returns(Type::Str).params("code"), |_, a| {
        character(&a[0], "CharactUnicode")
    });
    m.register_alias("CaractUnicode", "CharactUnicode");
    m.register_fn("Asc", Signature::new(1, 1).returns(Type::Int).params("s"), |_, a| {
        Ok(Value::Int(text(&a[0]).as_str().chars().next().map(|c| c as i64).unwrap_or(0)))
    });
    m.register_method(Receiver::Str, "Upper", "Upper", false);
    m.register_method(Receiver::Str, "Lower", "Lower", false);
}

/// The character of Unicode code `v`; a code that is not a character is an error.
fn character(v: &Value, function: &str) -> Result<Value, RuntimeError> {
    let code = v.to_int();
    match u32::try_from(code).ok().and_then(char::from_u32) {
        Some(c) => Ok(Value::str(c.to_string())),
        None => Err(RuntimeError::fatal(format!("{function}: {code} is not a character code"))
            .with_code(codes::INDEX_OUT_OF_RANGE)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn string_build_replaces_parameters() {
        let p = [Value::str("a"), Value::Int(2)];
        assert_eq!(string_build("%1-%2-%3 100%% %x %", &p), "a-2- 100% %x %");
        assert_eq!(string_build("%12", &p), "");
    }

    #[test]
    fn no_space_options() {
        assert_eq!(no_space("  a  b  ", true, false, " "), "a  b");
        assert_eq!(no_space("  a  b  ", false, true, " "), " a b ");
        assert_eq!(no_space("  a  b  ", true, true, " "), "a b");
        assert_eq!(no_space("--a--", true, false, "-"), "a");
    }
}
