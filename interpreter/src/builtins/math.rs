//! Math functions (docs/library.md, docs/numbers.md). Round rounds half away from zero.

use crate::error::RuntimeError;
use crate::ops;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::cmp::Ordering;

/// Rounds half away from zero to `digits` decimals, correcting for binary representation
/// (2.675 rounds to 2.68, as a decimal reader expects).
pub fn round(x: f64, digits: i64) -> f64 {
    let digits = digits.clamp(-15, 15) as i32;
    let p = 10f64.powi(digits);
    let y = x * p;
    if !y.is_finite() {
        return x;
    }
    // The decimal text of x tells whether it sits exactly on a half.
    let text = format!("{:.*}", (digits.max(0) + 1) as usize, x);
    let rounded = if let Some(last) = text.chars().last() {
        if last == '5' && (y.abs().fract() - 0.5).abs() < 1e-6 {
            y.trunc() + y.signum()
        } else {
            y.round()
        }
    } else {
        y.round()
    };
    rounded / p
}

fn numeric_result(r: f64, ints: bool) -> Value {
    if ints && r.fract() == 0.0 && r.abs() < 9.2e18 {
        Value::Int(r as i64)
    } else {
        Value::Real(r)
    }
}

pub fn register(m: &mut Module) {
    m.register_fn("Abs", Signature::new(1, 1).params("x"), |_, a| {
        Ok(match a[0].to_number() {
            Value::Int(n) => Value::Int(n.wrapping_abs()),
            v => Value::Real(v.to_real().abs()),
        })
    });
    m.register_fn("Round", Signature::new(1, 2).params("x [, decimals]"), |_, a| {
        let digits = if a.len() > 1 { a[1].to_int() } else { 0 };
        Ok(match a[0].to_number() {
            Value::Int(n) if digits >= 0 => Value::Int(n),
            v => Value::Real(round(v.to_real(), digits)),
        })
    });
    m.register_alias("Arrondi", "Round");
    m.register_fn("IntegerPart", Signature::new(1, 1).returns(Type::Int).params("x"), |_, a| {
        Ok(match a[0].to_number() {
            Value::Int(n) => Value::Int(n),
            v => Value::Int(crate::value::real_to_int(v.to_real())),
        })
    });
    m.register_alias("PartieEntière", "IntegerPart");
    m.register_fn("DecimalPart", Signature::new(1, 1).returns(Type::Real).params("x"), |_, a| {
        Ok(Value::Real(a[0].to_real().fract()))
    });
    m.register_fn("Max", Signature::variadic(1).params("a, b, …"), |_, a| {
        Ok(a.iter().skip(1).fold(a[0].clone(), |best, v| {
            if ops::compare(v, &best) == Ordering::Greater {
                v.clone()
            } else {
                best
            }
        }))
    });
    m.register_fn("Min", Signature::variadic(1).params("a, b, …"), |_, a| {
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
    m.register_alias("Racine", "Sqrt");
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
                    Value::Int(0)
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
    m.register_fn("Sin", Signature::new(1, 1).returns(Type::Real), |_, a| {
        Ok(Value::Real(a[0].to_real().to_radians().sin()))
    });
    m.register_fn("Cos", Signature::new(1, 1).returns(Type::Real), |_, a| {
        Ok(Value::Real(a[0].to_real().to_radians().cos()))
    });
    m.register_fn("LogE", Signature::new(1, 1).returns(Type::Real), |_, a| Ok(Value::Real(a[0].to_real().ln())));
    m.register_fn("Exp", Signature::new(1, 1).returns(Type::Real), |_, a| Ok(Value::Real(a[0].to_real().exp())));
}
