//! Operators on dates, times, date-times and durations, as PC SOFT's table of operations
//! gives them: a date plus or minus a number of days, a date, time or date-time plus or
//! minus a duration, the duration between two of them, durations added, scaled and compared.
//! Adding two dates/times concatenates their strings (`DateSys() + TimeSys()` is a
//! date-time string). What the table does not define is an error, never a guess.

use super::{
    ms_between, parse_date, parse_datetime, parse_duration, parse_time, shift_date, shift_datetime, time_from_ms,
    time_ms, Duration, NaiveDate, NaiveDateTime, MS_PER_DAY,
};
use crate::error::{Failure, Fallible};
use crate::value::Value;
use std::cmp::Ordering;

fn is_calendar(v: &Value) -> bool {
    matches!(v, Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_))
}

fn out_of_range() -> Box<Failure> {
    Box::new(Failure::Other("date out of range: WLanguage dates go from 01/01/0001 to 31/12/9999".to_string()))
}

fn mismatch(message: String) -> Box<Failure> {
    Box::new(Failure::TypeMismatch(message))
}

fn division_by_zero() -> Box<Failure> {
    Box::new(Failure::DivisionByZero)
}

/// A whole number of days, from an int or a real without decimals.
fn whole_days(v: &Value) -> Option<i64> {
    match v {
        Value::Int(n) => Some(*n),
        Value::Real(r) if r.fract() == 0.0 && r.abs() < 1e15 => Some(*r as i64),
        _ => None,
    }
}

fn midnight(d: NaiveDate) -> NaiveDateTime {
    d.and_time(super::NaiveTime::MIN)
}

/// A string operand read as the same kind as the calendar value on the other side, so
/// `d - "20250101"` and `t < "1200"` work as in WLanguage, where these values are strings.
fn coerce_like(kind: &Value, other: &Value) -> Option<Value> {
    if let (Value::Duration(_), Value::Int(_) | Value::Real(_)) = (kind, other) {
        // PC SOFT: an integer is a duration in milliseconds (`du < 0`).
        return Some(Value::Duration(Duration::from_ms(other.to_real().round() as i64)));
    }
    let Value::Str(s) = other else { return Some(other.clone()) };
    let s = s.as_str();
    Some(match kind {
        Value::Date(_) => Value::Date(parse_date(s)?),
        Value::Time(_) => Value::Time(parse_time(s)?),
        Value::DateTime(_) => Value::DateTime(parse_datetime(s)?),
        Value::Duration(_) => Value::Duration(parse_duration(s)?),
        _ => return None,
    })
}

fn not_defined(op: char, a: &Value, b: &Value) -> Box<Failure> {
    let hint = match (op, a, b) {
        ('+' | '-', Value::Time(_) | Value::DateTime(_), Value::Int(_) | Value::Real(_)) => {
            " (add a duration: `t + 10 min`)"
        }
        ('+' | '-', Value::Duration(_), Value::Int(_) | Value::Real(_)) => " (write the unit: `d + 10 s`)",
        ('+', Value::Int(_) | Value::Real(_), Value::Date(_)) => " (write the date first: `d + n`)",
        _ => "",
    };
    mismatch(format!("the `{op}` operator is not defined between {} and {}{hint}", with_article(a), with_article(b)))
}

/// "a date", "an int".
fn with_article(v: &Value) -> String {
    let name = v.type_name();
    let article = if name.starts_with(['a', 'e', 'i', 'o', 'u']) { "an" } else { "a" };
    format!("{article} {name}")
}

/// `a op b` when either side is a date, time, date-time or duration; `None` otherwise.
pub fn binary(op: char, a: &Value, b: &Value) -> Option<Fallible<Value>> {
    if !is_calendar(a) && !is_calendar(b) {
        return None;
    }
    let text_side = matches!(a, Value::Str(_)) || matches!(b, Value::Str(_));
    if (super::is_empty_date(a) || super::is_empty_date(b)) && !(op == '+' && text_side) {
        return Some(Err(mismatch(format!("the `{op}` operator cannot be applied to an empty date"))));
    }
    Some(match op {
        '+' => add(a, b),
        '-' => sub(a, b),
        '*' => mul(a, b),
        '/' => div(a, b),
        _ => Err(not_defined(op, a, b)),
    })
}

fn add(a: &Value, b: &Value) -> Fallible<Value> {
    match (a, b) {
        (Value::Date(d), n) if whole_days(n).is_some() => {
            shift_date(*d, whole_days(n).unwrap_or(0)).map(Value::Date).ok_or_else(out_of_range)
        }
        (Value::Duration(x), Value::Duration(y)) => {
            x.ms.checked_add(y.ms).map(|ms| Value::Duration(Duration::from_ms(ms))).ok_or_else(out_of_range)
        }
        (Value::Duration(_), Value::Date(_) | Value::Time(_) | Value::DateTime(_)) => add(b, a),
        // The time part of the duration is ignored, as PC SOFT's table says.
        (Value::Date(d), Value::Duration(x)) => {
            shift_date(*d, x.ms / MS_PER_DAY).map(Value::Date).ok_or_else(out_of_range)
        }
        (Value::Time(t), Value::Duration(x)) => Ok(Value::Time(time_from_ms(time_ms(*t) + x.ms % MS_PER_DAY))),
        (Value::DateTime(dt), Value::Duration(x)) => {
            shift_datetime(*dt, x.ms).map(Value::DateTime).ok_or_else(out_of_range)
        }
        (
            Value::Date(_) | Value::Time(_) | Value::DateTime(_),
            Value::Date(_) | Value::Time(_) | Value::DateTime(_),
        ) => Ok(Value::str(a.to_text() + &b.to_text())),
        (Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_), Value::Str(s)) => {
            let mut text = a.to_text();
            text.push_str(s.as_str());
            Ok(Value::str(text))
        }
        _ => Err(not_defined('+', a, b)),
    }
}

fn sub(a: &Value, b: &Value) -> Fallible<Value> {
    let span = |ms: i64| Ok(Value::Duration(Duration::from_ms(ms)));
    match (a, b) {
        (Value::Date(d), n) if whole_days(n).is_some() => {
            let days = whole_days(n).unwrap_or(0).checked_neg().ok_or_else(out_of_range)?;
            shift_date(*d, days).map(Value::Date).ok_or_else(out_of_range)
        }
        (Value::Date(x), Value::Date(y)) => span((*x - *y).num_days() * MS_PER_DAY),
        (Value::DateTime(x), Value::DateTime(y)) => span(ms_between(*y, *x)),
        (Value::DateTime(x), Value::Date(y)) => span(ms_between(midnight(*y), *x)),
        (Value::Date(x), Value::DateTime(y)) => span(ms_between(*y, midnight(*x))),
        (Value::Time(x), Value::Time(y)) => span(time_ms(*x) - time_ms(*y)),
        (Value::Duration(x), Value::Duration(y)) => match x.ms.checked_sub(y.ms) {
            Some(ms) => span(ms),
            None => Err(out_of_range()),
        },
        (Value::Date(_) | Value::Time(_) | Value::DateTime(_), Value::Duration(x)) => {
            add(a, &Value::Duration(Duration::from_ms(x.ms.checked_neg().ok_or_else(out_of_range)?)))
        }
        (Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_), Value::Str(_)) => {
            match coerce_like(a, b) {
                Some(parsed) => sub(a, &parsed),
                None => Err(mismatch(format!("`{}` is not a valid {}", b.to_text(), a.type_name()))),
            }
        }
        (Value::Str(_), Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_)) => {
            match coerce_like(b, a) {
                Some(parsed) => sub(&parsed, b),
                None => Err(mismatch(format!("`{}` is not a valid {}", a.to_text(), b.type_name()))),
            }
        }
        _ => Err(not_defined('-', a, b)),
    }
}

fn scale(d: Duration, factor: f64) -> Fallible<Value> {
    let ms = (d.ms as f64 * factor).round();
    if ms.is_finite() && ms.abs() < 9.0e18 {
        Ok(Value::Duration(Duration::from_ms(ms as i64)))
    } else {
        Err(out_of_range())
    }
}

fn factor(v: &Value) -> Option<f64> {
    match v {
        Value::Int(n) => Some(*n as f64),
        Value::Real(r) => Some(*r),
        _ => None,
    }
}

fn mul(a: &Value, b: &Value) -> Fallible<Value> {
    match (a, b) {
        (Value::Duration(d), n) | (n, Value::Duration(d)) if factor(n).is_some() => scale(*d, factor(n).unwrap_or(1.0)),
        _ => Err(not_defined('*', a, b)),
    }
}

fn div(a: &Value, b: &Value) -> Fallible<Value> {
    match (a, b) {
        (Value::Duration(_), n) if factor(n) == Some(0.0) => Err(division_by_zero()),
        (Value::Duration(d), n) if factor(n).is_some() => scale(*d, 1.0 / factor(n).unwrap_or(1.0)),
        (Value::Duration(_), Value::Duration(y)) if y.ms == 0 => Err(division_by_zero()),
        (Value::Duration(x), Value::Duration(y)) => Ok(Value::Real(x.ms as f64 / y.ms as f64)),
        _ => Err(not_defined('/', a, b)),
    }
}

pub fn negate(a: &Value) -> Option<Fallible<Value>> {
    match a {
        Value::Duration(d) => {
            Some(d.ms.checked_neg().map(|ms| Value::Duration(Duration::from_ms(ms))).ok_or_else(out_of_range))
        }
        Value::Date(_) | Value::Time(_) | Value::DateTime(_) => {
            Some(Err(mismatch(format!("the `-` operator cannot be applied to a {}", a.type_name()))))
        }
        _ => None,
    }
}

/// Orders two values when one is a calendar value: by time (a date is its midnight), a
/// string on the other side read as the same kind; `None` when they do not compare so
/// (the caller then compares their texts, as WLanguage compares these strings).
pub fn compare(a: &Value, b: &Value) -> Option<Ordering> {
    if !is_calendar(a) && !is_calendar(b) {
        return None;
    }
    let b2;
    let a2;
    let (a, b) = if is_calendar(a) {
        b2 = coerce_like(a, b)?;
        (a, &b2)
    } else {
        a2 = coerce_like(b, a)?;
        (&a2, b)
    };
    match (a, b) {
        (Value::Date(x), Value::Date(y)) => Some(x.cmp(y)),
        (Value::Time(x), Value::Time(y)) => Some(x.cmp(y)),
        (Value::DateTime(x), Value::DateTime(y)) => Some(x.cmp(y)),
        (Value::Date(x), Value::DateTime(y)) => Some(midnight(*x).cmp(y)),
        (Value::DateTime(x), Value::Date(y)) => Some(x.cmp(&midnight(*y))),
        (Value::Duration(x), Value::Duration(y)) => Some(x.cmp(y)),
        _ => None,
    }
}
