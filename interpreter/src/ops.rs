//! Operators on values, with WLanguage's implicit conversions: the left operand of `+`
//! decides between concatenation and addition; integer division that is not exact gives a
//! real; comparisons of a number with a numeric string are numeric.

use crate::error::{Failure, Fallible};
use crate::value::{parse_number, Value};
use std::cmp::Ordering;

pub type OpResult = Fallible<Value>;

fn num(v: &Value) -> Value {
    match v {
        Value::Int(_) | Value::Real(_) => v.clone(),
        Value::Null => Value::Int(0),
        other => other.to_number(),
    }
}

pub fn check_operand(v: &Value, op: &str) -> Fallible<()> {
    match v {
        Value::Array(_) | Value::Assoc(_) | Value::Struct(_) => Err(Box::new(Failure::TypeMismatch(format!(
            "the `{op}` operator cannot be applied to a {}",
            v.type_name()
        )))),
        _ => Ok(()),
    }
}

pub fn add(a: Value, b: Value) -> OpResult {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Int(x.wrapping_add(y))),
        (Value::Real(x), Value::Real(y)) => Ok(Value::Real(x + y)),
        (Value::Int(x), Value::Real(y)) => Ok(Value::Real(x as f64 + y)),
        (Value::Real(x), Value::Int(y)) => Ok(Value::Real(x + y as f64)),
        (Value::Str(mut s), b) => {
            check_operand(&b, "+")?;
            match &b {
                Value::Str(t) => s.push_str(t.as_str()),
                Value::Int(n) => s.push_int(*n),
                other => s.push_str(&other.to_text()),
            }
            Ok(Value::Str(s))
        }
        (Value::Null, Value::Str(s)) => Ok(Value::Str(s)),
        (a, b) => {
            check_operand(&a, "+")?;
            check_operand(&b, "+")?;
            add(num(&a), num(&b))
        }
    }
}

fn arith(a: Value, b: Value, op: &str, int: fn(i64, i64) -> i64, real: fn(f64, f64) -> f64) -> OpResult {
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Int(int(*x, *y))),
        (Value::Real(x), Value::Real(y)) => Ok(Value::Real(real(*x, *y))),
        (Value::Int(x), Value::Real(y)) => Ok(Value::Real(real(*x as f64, *y))),
        (Value::Real(x), Value::Int(y)) => Ok(Value::Real(real(*x, *y as f64))),
        _ => {
            check_operand(&a, op)?;
            check_operand(&b, op)?;
            arith(num(&a), num(&b), op, int, real)
        }
    }
}

pub fn sub(a: Value, b: Value) -> OpResult {
    arith(a, b, "-", i64::wrapping_sub, |x, y| x - y)
}

pub fn mul(a: Value, b: Value) -> OpResult {
    arith(a, b, "*", i64::wrapping_mul, |x, y| x * y)
}

pub fn div(a: Value, b: Value) -> OpResult {
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => {
            if *y == 0 {
                Err(Box::new(Failure::DivisionByZero))
            } else if x.wrapping_rem(*y) == 0 {
                Ok(Value::Int(x.wrapping_div(*y)))
            } else {
                Ok(Value::Real(*x as f64 / *y as f64))
            }
        }
        (Value::Int(_) | Value::Real(_), Value::Int(_) | Value::Real(_)) => {
            let y = b.to_real();
            if y == 0.0 {
                Err(Box::new(Failure::DivisionByZero))
            } else {
                Ok(Value::Real(a.to_real() / y))
            }
        }
        _ => {
            check_operand(&a, "/")?;
            check_operand(&b, "/")?;
            div(num(&a), num(&b))
        }
    }
}

pub fn modulo(a: Value, b: Value) -> OpResult {
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => {
            if *y == 0 {
                Err(Box::new(Failure::DivisionByZero))
            } else {
                Ok(Value::Int(x.wrapping_rem(*y)))
            }
        }
        (Value::Int(_) | Value::Real(_), Value::Int(_) | Value::Real(_)) => {
            let y = b.to_real();
            if y == 0.0 {
                Err(Box::new(Failure::DivisionByZero))
            } else {
                Ok(Value::Real(a.to_real() % y))
            }
        }
        _ => {
            check_operand(&a, "%")?;
            check_operand(&b, "%")?;
            modulo(num(&a), num(&b))
        }
    }
}

pub fn power(a: Value, b: Value) -> OpResult {
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) if *y >= 0 => match u32::try_from(*y).ok().and_then(|e| x.checked_pow(e)) {
            Some(n) => Ok(Value::Int(n)),
            None => Ok(Value::Real((*x as f64).powf(*y as f64))),
        },
        (Value::Int(_) | Value::Real(_), Value::Int(_) | Value::Real(_)) => {
            Ok(Value::Real(a.to_real().powf(b.to_real())))
        }
        _ => {
            check_operand(&a, "^")?;
            check_operand(&b, "^")?;
            power(num(&a), num(&b))
        }
    }
}

pub fn negate(a: Value) -> OpResult {
    match a {
        Value::Int(x) => Ok(Value::Int(x.wrapping_neg())),
        Value::Real(x) => Ok(Value::Real(-x)),
        other => {
            check_operand(&other, "-")?;
            negate(num(&other))
        }
    }
}

/// A value used as a condition: booleans, and numbers (0 is False). A string is an error,
/// as in WLanguage (`IF s THEN` must be written `IF s <> "" THEN`).
pub fn truthy(v: &Value) -> Fallible<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(n) => Ok(*n != 0),
        Value::Real(r) => Ok(*r != 0.0),
        Value::Null => Ok(false),
        Value::Ref(r) => truthy(&r.borrow()),
        other => Err(Box::new(Failure::TypeMismatch(format!(
            "type mismatch: a {} cannot be used as a condition{}",
            other.type_name(),
            if matches!(other, Value::Str(_)) { " (compare it, e.g. `s <> \"\"`)" } else { "" }
        )))),
    }
}

fn numeric_pair(a: &Value, b: &Value) -> Option<(Value, Value)> {
    let as_num = |v: &Value| match v {
        Value::Int(_) | Value::Real(_) => Some(v.clone()),
        Value::Bool(x) => Some(Value::Int(*x as i64)),
        Value::Null => Some(Value::Int(0)),
        Value::Str(s) => parse_number(s.as_str()),
        _ => None,
    };
    match (a, b) {
        (Value::Str(_), Value::Str(_)) => None,
        (Value::Null, Value::Str(_)) | (Value::Str(_), Value::Null) => None,
        _ => Some((as_num(a)?, as_num(b)?)),
    }
}

/// Orders two values: numerically when both are numbers (or one is a number and the other a
/// numeric string), otherwise by their text.
pub fn compare(a: &Value, b: &Value) -> Ordering {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x.cmp(y),
        (Value::Str(x), Value::Str(y)) => x.as_str().cmp(y.as_str()),
        _ => match numeric_pair(a, b) {
            Some((Value::Int(x), Value::Int(y))) => x.cmp(&y),
            Some((x, y)) => x.to_real().partial_cmp(&y.to_real()).unwrap_or(Ordering::Equal),
            None => a.to_text().cmp(&b.to_text()),
        },
    }
}

pub fn equals(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) => true,
        _ => compare(a, b) == Ordering::Equal,
    }
}

/// `~=`: equal ignoring case and the spaces around.
pub fn loosely_equals(a: &Value, b: &Value) -> bool {
    let (x, y) = (a.to_text(), b.to_text());
    x.trim().to_lowercase() == y.trim().to_lowercase()
}

pub fn starts_with(a: &Value, b: &Value) -> bool {
    a.to_text().starts_with(&b.to_text())
}

pub fn contains(a: &Value, b: &Value) -> bool {
    a.to_text().contains(&b.to_text())
}

pub fn ends_with(a: &Value, b: &Value) -> bool {
    a.to_text().ends_with(&b.to_text())
}
