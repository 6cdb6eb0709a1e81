//! Numbers to text and back: NumToString (formats in `format.rs`) and Val.

use super::format::num_to_string;
use crate::error::RuntimeError;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::{parse_number, Value};

/// `Val(s, base)`: the integer written in `base` (2 to 36) at the start of `s`, after
/// optional spaces and sign; 0 when there is none. Reading stops at the first character that
/// is not a digit of the base, as Val does in base 10.
fn int_in_base(text: &str, base: u32) -> Result<Value, String> {
    let t = text.trim_start();
    let (negative, t) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let t = if base == 16 { t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t) } else { t };
    let digits: String = t.chars().take_while(|c| c.is_digit(base)).collect();
    if digits.is_empty() {
        return Ok(Value::Int(0));
    }
    match i64::from_str_radix(&digits, base) {
        Ok(n) => Ok(Value::Int(if negative { -n } else { n })),
        Err(_) => Err(format!("Val: \"{text}\" is too large for an 8-byte int")),
    }
}

pub fn register(m: &mut Module) {
    m.register_fn("NumToString", Signature::new(1, 2).returns(Type::Str).params("number [, format]"), |_, a| {
        // PC SOFT: "If <Number> is a string, this string is returned as it is."
        if let Value::Str(s) = &a[0] {
            return Ok(Value::Str(s.clone()));
        }
        let format = if a.len() > 1 { a[1].to_text() } else { String::new() };
        num_to_string(&a[0].to_number(), &format).map(Value::str).map_err(RuntimeError::fatal)
    });
    m.register_alias("NumériqueVersChaîne", "NumToString");
    m.register_fn("Val", Signature::new(1, 2).params("s [, base]"), |_, a| {
        // A string argument is read in place, without a copy.
        let owned;
        let text = match &a[0] {
            Value::Str(s) => s.as_str(),
            other => {
                owned = other.to_text();
                owned.as_str()
            }
        };
        if a.len() > 1 {
            let base = a[1].to_int();
            if !(2..=36).contains(&base) {
                return Err(RuntimeError::fatal(format!("Val: the base must be between 2 and 36, not {base}")));
            }
            if base != 10 {
                return int_in_base(text, base as u32).map_err(RuntimeError::fatal);
            }
        }
        Ok(parse_number(text).unwrap_or(Value::Int(0)))
    });
}
