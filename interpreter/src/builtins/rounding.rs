//! Round, RoundUp, RoundDown, IntegerPart and DecimalPart.
//!
//! Rounding works on the number's decimal text (a real's 15 significant digits, a currency's
//! or numeric's exact digits), never on its binary value: 2.675 rounds to 2.68 and 2.4999999
//! to 2, as a reader of the decimal number expects. PC SOFT's Round rounds half away from
//! zero ("0.5 to 0.99: rounded to 1").

use crate::calendar;
use crate::decimal::Decimal;
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Signature};
use crate::value::{format_real, Value};

#[derive(Clone, Copy, PartialEq)]
pub enum Rounding {
    /// Half away from zero (Round).
    HalfAway,
    /// Towards minus infinity (RoundDown).
    Down,
    /// Towards plus infinity (RoundUp).
    Up,
}

/// `text` (`[-]digits[.digits]`) rounded to `digits` decimals (a negative count rounds to
/// tens, hundreds…), written without an exponent, with exactly `max(digits, 0)` decimals.
pub fn round_text(text: &str, digits: i64, mode: Rounding) -> String {
    let (negative, body) = match text.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, text),
    };
    let (whole, fraction) = body.split_once('.').unwrap_or((body, ""));
    let digits = digits.clamp(-400, 400);
    // All the digits, and how many of them are kept.
    let all: Vec<u8> = whole.bytes().chain(fraction.bytes()).map(|b| b - b'0').collect();
    let point = whole.len() as i64;
    let kept_len = (point + digits).max(0) as usize;
    let mut kept: Vec<u8> = all.iter().copied().take(kept_len).collect();
    kept.resize(kept_len, 0);
    let rest: &[u8] = if kept_len < all.len() { &all[kept_len..] } else { &[] };
    let rest_nonzero = rest.iter().any(|d| *d != 0);
    let up = match mode {
        Rounding::HalfAway => rest.first().is_some_and(|d| *d >= 5),
        Rounding::Down => negative && rest_nonzero,
        Rounding::Up => !negative && rest_nonzero,
    };
    if up {
        let mut i = kept.len();
        loop {
            if i == 0 {
                kept.insert(0, 1);
                break;
            }
            i -= 1;
            if kept[i] == 9 {
                kept[i] = 0;
            } else {
                kept[i] += 1;
                break;
            }
        }
    }
    // Back to text: the kept digits, then zeros for the rounded-away whole digits.
    let decimals = digits.max(0) as usize;
    let mut all_digits: String = kept.iter().map(|d| (b'0' + d) as char).collect();
    if digits < 0 {
        all_digits.push_str(&"0".repeat((-digits) as usize));
    }
    let split = all_digits.len().saturating_sub(decimals);
    let (w, f) = all_digits.split_at(split);
    let w = w.trim_start_matches('0');
    let w = if w.is_empty() { "0" } else { w };
    let mut out = String::new();
    let is_zero = w == "0" && f.bytes().all(|b| b == b'0');
    if negative && !is_zero {
        out.push('-');
    }
    out.push_str(w);
    if decimals > 0 {
        out.push('.');
        out.push_str(&"0".repeat(decimals.saturating_sub(f.len())));
        out.push_str(f);
    }
    out
}

/// The decimal text of a number: a real's 15 significant digits, a decimal's exact ones.
pub fn number_text(v: &Value) -> String {
    match v {
        Value::Int(n) => n.to_string(),
        Value::Decimal(d) => d.to_string(),
        other => format_real(other.to_real()),
    }
}

/// A number rounded: ints stay ints (when no whole digit is rounded away), decimals stay
/// decimals of their kind, reals stay reals.
fn round_value(v: &Value, digits: i64, mode: Rounding, name: &str) -> Result<Value, RuntimeError> {
    let v = v.to_number();
    if let Value::Real(r) = v {
        if !r.is_finite() {
            return Err(RuntimeError::fatal(format!("{name}: {} is not a number that can be rounded", format_real(r))));
        }
    }
    if matches!(v, Value::Int(_)) && digits >= 0 {
        return Ok(v);
    }
    let text = round_text(&number_text(&v), digits, mode);
    Ok(match &v {
        Value::Decimal(d) => match Decimal::parse(d.kind, &text) {
            Some(Ok(r)) => Value::Decimal(Box::new(r)),
            Some(Err(e)) => return Err(RuntimeError::fatal(e)),
            None => v.clone(),
        },
        Value::Int(_) => match text.parse::<i64>() {
            Ok(n) => Value::Int(n),
            Err(_) => return Err(RuntimeError::fatal(crate::ops::int_overflow(name))),
        },
        _ => Value::Real(text.parse().unwrap_or(0.0)),
    })
}

/// RoundUp of a Duration or a DateTime (PC SOFT's RoundUp page, 1000019396): the duration,
/// or the day, is cut into periods of the interval's length, and the result is the end of
/// the period that holds the value: `RoundUp(13 min, 5 min)` is 15 min, and
/// `RoundUp(04/11/2022 15:24, 7 min)` is 15:31 (15:24 starts a period: its end is taken).
/// Round and RoundDown of those types, and of dates and times, have no page at hand here:
/// they are refused, never computed as numbers (a duration's milliseconds rounded to 5
/// decimals would be a silent wrong answer).
fn round_time(a: &[Value], mode: Rounding, name: &str) -> Option<Result<Value, RuntimeError>> {
    let kind = match &a[0] {
        Value::Duration(_) => "a Duration",
        Value::DateTime(_) => "a DateTime",
        Value::Date(_) => "a Date",
        Value::Time(_) => "a Time",
        _ => return None,
    };
    let refuse = |why: String| Some(Err(RuntimeError::fatal(format!("{name}: {why}")).with_code(codes::TYPE_MISMATCH)));
    if mode != Rounding::Up || !matches!(a[0], Value::Duration(_) | Value::DateTime(_)) {
        return refuse(format!("wl does not round {kind} with {name} (only RoundUp of a Duration or a DateTime)"));
    }
    let interval = match a.get(1) {
        Some(Value::Duration(d)) if d.ms > 0 => d.ms,
        _ => return refuse(format!("rounding {kind} takes an interval, a Duration longer than 0 (RoundUp(d, 5 min))")),
    };
    let period_end = |ms: i64| ms.div_euclid(interval).checked_add(1).and_then(|n| n.checked_mul(interval));
    Some(match &a[0] {
        Value::Duration(d) => match period_end(d.ms) {
            Some(ms) => Ok(Value::Duration(calendar::Duration::from_ms(ms))),
            None => Err(RuntimeError::fatal(format!("{name}: the duration is too long"))),
        },
        Value::DateTime(dt) => {
            let of_day = calendar::time_ms(dt.time());
            match period_end(of_day).and_then(|end| calendar::shift_datetime(*dt, end - of_day)) {
                Some(rounded) => Ok(Value::DateTime(rounded)),
                None => Err(RuntimeError::fatal(format!("{name}: the date-time leaves the years 1 to 9999"))),
            }
        }
        _ => unreachable!("only durations and date-times get here"),
    })
}

pub fn register(m: &mut Module) {
    let rounding = |name: &'static str, mode: Rounding| {
        move |_: &mut crate::machine::Machine, a: &mut [Value]| {
            if let Some(result) = round_time(a, mode, name) {
                return result;
            }
            let digits = if a.len() > 1 { a[1].to_int() } else { 0 };
            round_value(&a[0], digits, mode, name)
        }
    };
    m.register_fn("Round", Signature::new(1, 2).params("x [, decimals]"), rounding("Round", Rounding::HalfAway));
    m.register_alias("Arrondi", "Round");
    m.register_fn("RoundUp", Signature::new(1, 2).params("x [, decimals]"), rounding("RoundUp", Rounding::Up));
    m.register_alias("ArrondiSupérieur", "RoundUp");
    m.register_fn("RoundDown", Signature::new(1, 2).params("x [, decimals]"), rounding("RoundDown", Rounding::Down));
    m.register_alias("ArrondiInférieur", "RoundDown");
    m.register_fn("IntegerPart", Signature::new(1, 1).params("x"), |_, a| {
        let v = a[0].to_number();
        Ok(match &v {
            Value::Int(_) => v,
            Value::Decimal(d) => Value::Decimal(Box::new(d.truncate(0))),
            other => {
                let r = other.to_real();
                if !r.is_finite() {
                    return Err(RuntimeError::fatal(format!("IntegerPart: {} has no integer part", format_real(r))));
                }
                let t = r.trunc();
                if t.abs() < 9.2e18 {
                    Value::Int(t as i64)
                } else {
                    Value::Real(t)
                }
            }
        })
    });
    m.register_alias("PartieEntière", "IntegerPart");
    m.register_fn("DecimalPart", Signature::new(1, 1).params("x"), |_, a| {
        let v = a[0].to_number();
        Ok(match &v {
            Value::Int(_) => Value::Int(0),
            Value::Decimal(d) => Value::Decimal(Box::new(d.fraction())),
            other => {
                // On the decimal text, so DecimalPart(1.1) is 0.1 and not 0.10000000000000009.
                let text = format_real(other.to_real());
                let fraction = match text.split_once('.') {
                    Some((whole, f)) => format!("{}0.{f}", if whole.starts_with('-') { "-" } else { "" }),
                    None => "0".to_string(),
                };
                Value::Real(fraction.parse().unwrap_or(0.0))
            }
        })
    });
    m.register_alias("PartieDécimale", "DecimalPart");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rounds_the_decimal_text() {
        assert_eq!(round_text("2.4999999", 0, Rounding::HalfAway), "2");
        assert_eq!(round_text("2.5", 0, Rounding::HalfAway), "3");
        assert_eq!(round_text("-2.5", 0, Rounding::HalfAway), "-3");
        assert_eq!(round_text("2.675", 2, Rounding::HalfAway), "2.68");
        assert_eq!(round_text("-16.238167", 2, Rounding::HalfAway), "-16.24");
        assert_eq!(round_text("9.995", 2, Rounding::HalfAway), "10.00");
        assert_eq!(round_text("1234.5", -2, Rounding::HalfAway), "1200");
        assert_eq!(round_text("1250", -2, Rounding::HalfAway), "1300");
        assert_eq!(round_text("0.4", 0, Rounding::HalfAway), "0");
        assert_eq!(round_text("-0.4", 0, Rounding::HalfAway), "0");
        assert_eq!(round_text("-2.1", 0, Rounding::Down), "-3");
        assert_eq!(round_text("2.1", 0, Rounding::Up), "3");
        assert_eq!(round_text("2.0", 0, Rounding::Up), "2");
        assert_eq!(round_text("3", 2, Rounding::HalfAway), "3.00");
    }
}
