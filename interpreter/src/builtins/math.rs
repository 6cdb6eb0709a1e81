//! Math functions (docs/numbers.md). Rounding (Round, IntegerPart…) is in `rounding.rs`,
//! binary operations in `bits.rs`.

use crate::error::RuntimeError;
use crate::ops;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::{format_real, Value};
use std::cmp::Ordering;

/// The argument as a whole number: a number with decimals is an error.
fn whole(v: &Value, name: &str) -> Result<i64, RuntimeError> {
    match v.to_number() {
        Value::Int(n) => Ok(n),
        other => {
            let r = other.to_real();
            if r.fract() == 0.0 && r.abs() < 9.2e18 {
                Ok(r as i64)
            } else {
                Err(RuntimeError::fatal(format!("{name} works on whole numbers, not on {}", other.to_text())))
            }
        }
    }
}

fn numeric_result(r: f64, ints: bool) -> Value {
    if ints && r.fract() == 0.0 && r.abs() < 9.2e18 {
        Value::Int(r as i64)
    } else {
        Value::Real(r)
    }
}

/// Max and Min compare single values. An array, associative array or structure among them
/// is an error: wl does not take the greatest element of an array (no silent answer that
/// would be the array itself).
fn single_values(args: &[Value], function: &str) -> Result<(), RuntimeError> {
    match args.iter().find(|v| matches!(v, Value::Array(_) | Value::Assoc(_) | Value::Struct(_))) {
        Some(v) => Err(RuntimeError::fatal(format!(
            "{function} with an argument of type {} is not supported by wl yet: {function} compares single values",
            v.type_name()
        ))
        .with_code(crate::error::codes::TYPE_MISMATCH)),
        None => Ok(()),
    }
}

pub fn register(m: &mut Module) {
    m.register_fn("Abs", Signature::new(1, 1).params("x"), |_, a| {
        Ok(match a[0].to_number() {
            Value::Int(n) => {
                Value::Int(n.checked_abs().ok_or_else(|| RuntimeError::fatal(crate::ops::int_overflow("Abs")))?)
            }
            Value::Decimal(d) => Value::Decimal(Box::new(d.abs())),
            v => Value::Real(v.to_real().abs()),
        })
    });
    m.register_fn("Max", Signature::variadic(1).params("a, b, …"), |_, a| {
        single_values(a, "Max")?;
        Ok(a.iter().skip(1).fold(a[0].clone(), |best, v| {
            if ops::compare(v, &best) == Ordering::Greater {
                v.clone()
            } else {
                best
            }
        }))
    });
    m.register_fn("Min", Signature::variadic(1).params("a, b, …"), |_, a| {
        single_values(a, "Min")?;
        Ok(a.iter()
            .skip(1)
            .fold(a[0].clone(), |best, v| if ops::compare(v, &best) == Ordering::Less { v.clone() } else { best }))
    });
    m.register_fn("Sqrt", Signature::new(1, 1).params("x"), |_, a| {
        let x = a[0].to_real();
        if x < 0.0 {
            return Err(RuntimeError::fatal(format!(
                "the square root of a negative number ({}) does not exist",
                a[0].to_text()
            )));
        }
        Ok(numeric_result(x.sqrt(), false))
    });
    m.register_fn("Root", Signature::new(1, 2).params("x [, n]"), |_, a| {
        // The n-th root (the square root when n is not given).
        let (x, n) = (a[0].to_real(), if a.len() > 1 { a[1].to_real() } else { 2.0 });
        if n == 0.0 {
            return Err(RuntimeError::fatal("Root: the root 0 does not exist"));
        }
        let odd_integer = n.fract() == 0.0 && (n as i64) % 2 != 0;
        let r = if x < 0.0 && odd_integer { -(-x).powf(1.0 / n) } else { x.powf(1.0 / n) };
        if !r.is_finite() {
            return Err(RuntimeError::fatal(format!(
                "Root: the root {} of {} does not exist",
                format_real(n),
                a[0].to_text()
            )));
        }
        Ok(numeric_result(r, false))
    });
    m.register_alias("Racine", "Root");
    m.register_fn("IsEven", Signature::new(1, 1).returns(Type::Bool).params("n"), |_, a| {
        Ok(Value::Bool(whole(&a[0], "IsEven")? % 2 == 0))
    });
    m.register_alias("EstPair", "IsEven");
    m.register_fn("IsOdd", Signature::new(1, 1).returns(Type::Bool).params("n"), |_, a| {
        Ok(Value::Bool(whole(&a[0], "IsOdd")? % 2 != 0))
    });
    m.register_alias("EstImpair", "IsOdd");
    m.register_fn("Factorial", Signature::new(1, 1).params("n"), |_, a| {
        let n = whole(&a[0], "Factorial")?;
        if n < 0 {
            return Err(RuntimeError::fatal(format!("Factorial: {n} has no factorial")));
        }
        // An int while it fits in 8 bytes (up to 20!), then a real (up to 170!).
        let mut exact: Option<i64> = Some(1);
        let mut real = 1.0f64;
        for k in 2..=n {
            exact = exact.and_then(|e| e.checked_mul(k));
            real *= k as f64;
            if !real.is_finite() {
                return Err(RuntimeError::fatal(format!("Factorial: {n}! is too large for a real")));
            }
        }
        Ok(exact.map_or(Value::Real(real), Value::Int))
    });
    m.register_alias("Factorielle", "Factorial");
    m.register_fn("Power", Signature::new(2, 2).params("x, y"), |_, a| {
        ops::power(a[0].to_number(), a[1].to_number()).map_err(RuntimeError::from)
    });
    m.register_alias("Puissance", "Power");
    m.register_fn("Modulo", Signature::new(2, 2).params("a, b"), |_, a| {
        ops::modulo(a[0].to_number(), a[1].to_number()).map_err(RuntimeError::from)
    });
    m.register_fn("Random", Signature::new(0, 2).params("[low,] high"), |_, a| {
        Ok(match a.len() {
            0 => Value::Real(fastrand::f64()),
            1 => {
                let high = a[0].to_int();
                if high < 1 {
                    return Err(RuntimeError::fatal(format!(
                        "Random: the largest value must be at least 1, not {high}"
                    )));
                } else {
                    Value::Int(fastrand::i64(1..=high))
                }
            }
            _ => {
                let (x, y) = (a[0].to_int(), a[1].to_int());
                Value::Int(fastrand::i64(x.min(y)..=x.max(y)))
            }
        })
    });
    m.register_alias("Hasard", "Random");
    m.register_fn("InitRandom", Signature::new(0, 1).params("[seed]"), |_, a| {
        // The same seed gives the same sequence of Random values; no seed, a new sequence.
        match a.first() {
            Some(seed) => fastrand::seed(seed.to_int() as u64),
            None => fastrand::seed(
                std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map_or(0, |d| d.as_nanos() as u64),
            ),
        }
        Ok(Value::Null)
    });
    m.register_alias("InitHasard", "InitRandom");
    m.register_fn("Sin", Signature::new(1, 1).returns(Type::Real), |_, a| {
        Ok(Value::Real(a[0].to_real().to_radians().sin()))
    });
    m.register_fn("Cos", Signature::new(1, 1).returns(Type::Real), |_, a| {
        Ok(Value::Real(a[0].to_real().to_radians().cos()))
    });
    m.register_fn("LogE", Signature::new(1, 1).returns(Type::Real), |_, a| {
        let x = a[0].to_real();
        if x <= 0.0 {
            return Err(RuntimeError::fatal(format!("LogE: the logarithm of {} does not exist", a[0].to_text())));
        }
        Ok(Value::Real(x.ln()))
    });
    m.register_fn("Exp", Signature::new(1, 1).returns(Type::Real), |_, a| Ok(ops::real_result(a[0].to_real().exp())?));
}
