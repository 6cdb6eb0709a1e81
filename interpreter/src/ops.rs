//! Operators on values, with WLanguage's implicit conversions: the left operand of `+`
//! decides between concatenation and addition; integer division that is not exact gives a
//! real; comparisons of a number with a numeric string are numeric.

use crate::decimal::Decimal;
use crate::error::{Failure, Fallible};
use crate::value::{parse_number, Value};
use std::cmp::Ordering;
use std::rc::Rc;

pub type OpResult = Fallible<Value>;

/// An integer result past the 8 bytes every integer is computed on.
pub fn int_overflow(op: &str) -> String {
    format!("overflow: the result of `{op}` does not fit in an 8-byte int")
}

/// A failure of a numeric operation described by `message` (overflow, out of range…); the
/// division by zero of the decimal types keeps its own kind.
pub fn numeric_failure(message: String) -> Box<Failure> {
    if message == crate::decimal::DIVISION_BY_ZERO {
        Box::new(Failure::DivisionByZero)
    } else {
        Box::new(Failure::Other(message))
    }
}

/// A real result: past the largest real (about 1.8e308) is an overflow error, not Infinity.
#[inline]
pub fn real_result(r: f64) -> OpResult {
    if r.is_finite() {
        Ok(Value::Real(r))
    } else {
        Err(numeric_failure("overflow: the result is too large for a real".to_string()))
    }
}

/// Both operands as exact decimals when one of them is a currency or a numeric and the other
/// a number (ints exactly, reals through their 15 significant digits).
fn decimal_pair(a: &Value, b: &Value) -> Option<Result<(Decimal, Decimal), String>> {
    let kind = match (a, b) {
        (Value::Decimal(x), Value::Decimal(y)) => x.kind.widest(y.kind),
        (Value::Decimal(x), Value::Int(_) | Value::Real(_)) | (Value::Int(_) | Value::Real(_), Value::Decimal(x)) => {
            x.kind
        }
        _ => return None,
    };
    Some(a.to_decimal(kind).and_then(|x| Ok((x, b.to_decimal(kind)?))))
}

fn decimal_op(a: &Value, b: &Value, f: fn(Decimal, Decimal) -> Result<Decimal, String>) -> Option<OpResult> {
    decimal_pair(a, b)
        .map(|pair| pair.and_then(|(x, y)| f(x, y)).map(|d| Value::Decimal(Box::new(d))).map_err(numeric_failure))
}

fn num(v: &Value) -> Value {
    match v {
        Value::Int(_) | Value::Real(_) => v.clone(),
        Value::Null => Value::Int(0),
        other => other.to_number(),
    }
}

#[inline]
pub fn check_operand(v: &Value, op: &str) -> Fallible<()> {
    match v {
        Value::Array(_) | Value::Assoc(_) | Value::Struct(_) | Value::Procedure(_) => Err(not_an_operand(v, op)),
        _ => Ok(()),
    }
}

#[cold]
fn not_an_operand(v: &Value, op: &str) -> Box<Failure> {
    Box::new(Failure::TypeMismatch(format!("the `{op}` operator cannot be applied to a {}", v.type_name())))
}

pub fn add(a: Value, b: Value) -> OpResult {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => {
            x.checked_add(y).map(Value::Int).ok_or_else(|| numeric_failure(int_overflow("+")))
        }
        // Concatenation first: the usual case of `+` on a string, tested before the numbers.
        (Value::Str(mut s), b) => {
            match &b {
                Value::Str(t) => s.push_str(t.as_str()),
                Value::Int(n) => s.push_int(*n),
                other => {
                    check_operand(other, "+")?;
                    s.push_str(&other.to_text())
                }
            }
            Ok(Value::Str(s))
        }
        (Value::Real(x), Value::Real(y)) => real_result(x + y),
        (a @ Value::Decimal(_), b @ (Value::Int(_) | Value::Real(_) | Value::Decimal(_)))
        | (a @ (Value::Int(_) | Value::Real(_)), b @ Value::Decimal(_)) => {
            decimal_op(&a, &b, Decimal::checked_add).unwrap_or_else(|| Ok(Value::Null))
        }
        (Value::Int(x), Value::Real(y)) => real_result(x as f64 + y),
        (Value::Real(x), Value::Int(y)) => real_result(x + y as f64),
        (Value::Null, Value::Str(s)) => Ok(Value::Str(s)),
        (a, b) => {
            if let Some(r) = crate::calendar::binary('+', &a, &b) {
                return r;
            }
            check_operand(&a, "+")?;
            check_operand(&b, "+")?;
            add(num(&a), num(&b))
        }
    }
}

fn arith(
    a: Value,
    b: Value,
    op: &str,
    int: fn(i64, i64) -> Option<i64>,
    real: fn(f64, f64) -> f64,
    decimal: fn(Decimal, Decimal) -> Result<Decimal, String>,
) -> OpResult {
    if let Some(result) = decimal_op(&a, &b, decimal) {
        return result;
    }
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) => int(*x, *y).map(Value::Int).ok_or_else(|| numeric_failure(int_overflow(op))),
        (Value::Real(x), Value::Real(y)) => real_result(real(*x, *y)),
        (Value::Int(x), Value::Real(y)) => real_result(real(*x as f64, *y)),
        (Value::Real(x), Value::Int(y)) => real_result(real(*x, *y as f64)),
        _ => {
            if let Some(r) = crate::calendar::binary(op.chars().next().unwrap_or('-'), &a, &b) {
                return r;
            }
            check_operand(&a, op)?;
            check_operand(&b, op)?;
            arith(num(&a), num(&b), op, int, real, decimal)
        }
    }
}

pub fn sub(a: Value, b: Value) -> OpResult {
    arith(a, b, "-", i64::checked_sub, |x, y| x - y, Decimal::checked_sub)
}

pub fn mul(a: Value, b: Value) -> OpResult {
    arith(a, b, "*", i64::checked_mul, |x, y| x * y, Decimal::checked_mul)
}

pub fn div(a: Value, b: Value) -> OpResult {
    if let Some(result) = decimal_op(&a, &b, Decimal::checked_div) {
        return result;
    }
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
                real_result(a.to_real() / y)
            }
        }
        _ => {
            if let Some(r) = crate::calendar::binary('/', &a, &b) {
                return r;
            }
            check_operand(&a, "/")?;
            check_operand(&b, "/")?;
            div(num(&a), num(&b))
        }
    }
}

pub fn modulo(a: Value, b: Value) -> OpResult {
    if let Some(result) = decimal_op(&a, &b, Decimal::checked_rem) {
        return result;
    }
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
            if let Some(r) = crate::calendar::binary('%', &a, &b) {
                return r;
            }
            check_operand(&a, "%")?;
            check_operand(&b, "%")?;
            modulo(num(&a), num(&b))
        }
    }
}

pub fn power(a: Value, b: Value) -> OpResult {
    let numbers = |v: &Value| matches!(v, Value::Int(_) | Value::Real(_) | Value::Decimal(_));
    match (&a, &b) {
        (Value::Int(x), Value::Int(y)) if *y >= 0 => match u32::try_from(*y).ok().and_then(|e| x.checked_pow(e)) {
            Some(n) => Ok(Value::Int(n)),
            None => real_power(a.to_real(), b.to_real()),
        },
        _ if numbers(&a) && numbers(&b) => real_power(a.to_real(), b.to_real()),
        _ => {
            if let Some(r) = crate::calendar::binary('^', &a, &b) {
                return r;
            }
            check_operand(&a, "^")?;
            check_operand(&b, "^")?;
            power(num(&a), num(&b))
        }
    }
}

/// A power computed on reals: 0 to a negative power is a division by zero, and a result
/// that is not a number (a negative number to a fractional power) or too large is an error.
fn real_power(x: f64, y: f64) -> OpResult {
    if x == 0.0 && y < 0.0 {
        return Err(Box::new(Failure::DivisionByZero));
    }
    let r = x.powf(y);
    if r.is_nan() {
        return Err(numeric_failure(format!(
            "{} to the power {} is not a real number",
            crate::value::format_real(x),
            crate::value::format_real(y)
        )));
    }
    if r.is_infinite() {
        return Err(numeric_failure("overflow: the power is too large for a real".to_string()));
    }
    Ok(Value::Real(r))
}

pub fn negate(a: Value) -> OpResult {
    match a {
        Value::Int(x) => x.checked_neg().map(Value::Int).ok_or_else(|| numeric_failure(int_overflow("-"))),
        Value::Real(x) => Ok(Value::Real(-x)),
        Value::Decimal(d) => Ok(Value::Decimal(Box::new(d.negated()))),
        other => {
            if let Some(r) = crate::calendar::negate(&other) {
                return r;
            }
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
        Value::Decimal(d) => Ok(!d.is_zero()),
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
        Value::Int(_) | Value::Real(_) | Value::Decimal(_) => Some(v.clone()),
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
            Some((x, y)) if matches!(x, Value::Decimal(_)) || matches!(y, Value::Decimal(_)) => {
                match decimal_pair(&x, &y) {
                    Some(Ok((x, y))) => x.compare(y),
                    _ => x.to_real().partial_cmp(&y.to_real()).unwrap_or(Ordering::Equal),
                }
            }
            Some((x, y)) => x.to_real().partial_cmp(&y.to_real()).unwrap_or(Ordering::Equal),
            None => crate::calendar::compare(a, b).unwrap_or_else(|| a.to_text().cmp(&b.to_text())),
        },
    }
}

pub fn equals(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x.as_str() == y.as_str(),
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Null, Value::Null) => true,
        // Two objects are equal when they are the same object; an object is never Null.
        (Value::Object(x), Value::Object(y)) => Rc::ptr_eq(x, y),
        (Value::Object(_), _) | (_, Value::Object(_)) => false,
        // Two procedure values are equal when they name the same procedure.
        (Value::Procedure(x), Value::Procedure(y)) => {
            Rc::ptr_eq(&x.slot, &y.slot) && x.internal_frame == y.internal_frame
        }
        (Value::Procedure(_), _) | (_, Value::Procedure(_)) => false,
        // PC SOFT's "Reals" page: "the = operator is accurate to 10^-6 on the reals", so that
        // `0.1 + 0.2 = 0.3` is True. Only when a real takes part: ints, currencies and
        // numerics compare exactly. `<`, `>` stay exact (the page says `=` and `>` can then
        // both be True).
        (Value::Real(_), _) | (_, Value::Real(_)) => match numeric_pair(a, b) {
            Some((x, y)) if !matches!(x, Value::Decimal(_)) && !matches!(y, Value::Decimal(_)) => {
                let (x, y) = (x.to_real(), y.to_real());
                x == y || (x - y).abs() < REAL_EQUALITY_TOLERANCE
            }
            _ => compare(a, b) == Ordering::Equal,
        },
        _ => compare(a, b) == Ordering::Equal,
    }
}

/// How close two reals must be for `=` to hold (PC SOFT: "accurate to 10^-6"). The page does
/// not say absolute or relative: wl takes it as an absolute difference, written in
/// docs/numbers.md.
pub const REAL_EQUALITY_TOLERANCE: f64 = 1e-6;

/// `~=`: equal ignoring case and the spaces around.
/// `~=`: the texts are equal once the spaces around them are removed, ignoring case and
/// accents (`"C'est l'été" ~= "c'est l'ete"`, PC SOFT's comparison operators page).
pub fn loosely_equals(a: &Value, b: &Value) -> bool {
    let (x, y) = (a.to_text(), b.to_text());
    let fold = |s: &str| s.trim().chars().flat_map(char::to_lowercase).map(without_accent).collect::<String>();
    fold(&x) == fold(&y)
}

/// `~~`: like `~=`, and every space, line break and punctuation character is ignored too
/// (`"I.R.S." ~~ "IRS"`): only letters and digits are compared.
pub fn very_loosely_equals(a: &Value, b: &Value) -> bool {
    let (x, y) = (a.to_text(), b.to_text());
    let fold = |s: &str| {
        s.chars().filter(|c| c.is_alphanumeric()).flat_map(char::to_lowercase).map(without_accent).collect::<String>()
    };
    fold(&x) == fold(&y)
}

/// A lower-case accented Latin letter without its accent.
fn without_accent(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
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
