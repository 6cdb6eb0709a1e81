//! Binary operations (BinaryAND, BinaryOR, BinaryXOR, BinaryNOT, bitLeftShift, bitRightShift)
//! and hexadecimal conversions (IntToHexa, HexaToInt).
//!
//! PC SOFT computes them on the operands' size: a 4-byte int gives a 4-byte result, an
//! 8-byte int (or anything else) an 8-byte one, and bits shifted past that size are lost
//! (`bitLeftShift(4, 30)` is 0). Every wl integer is an 8-byte value at run time, so an
//! operand is taken as a 4-byte int when its value fits in one.

use crate::error::RuntimeError;
use crate::registry::{Module, Signature};
use crate::sized_int::fits_int;
use crate::types::Type;
use crate::value::Value;

/// The operand as an integer; a real or a string that is not a whole number is an error
/// (binary operations are defined on integers).
fn int_operand(v: &Value, name: &str) -> Result<i64, RuntimeError> {
    match v.to_number() {
        Value::Int(n) => Ok(n),
        other => {
            let r = other.to_real();
            if r.fract() == 0.0 && r.abs() < 9.2e18 {
                Ok(r as i64)
            } else {
                Err(RuntimeError::fatal(format!("{name} works on integers, not on {}", other.to_text())))
            }
        }
    }
}

fn both_4_bytes(x: i64, y: i64) -> bool {
    fits_int(x) && fits_int(y)
}

fn shift(x: i64, by: i64, left: bool) -> i64 {
    if fits_int(x) {
        let x = x as i32 as u32;
        let r = match u32::try_from(by) {
            Ok(b) if b < 32 => {
                if left {
                    x << b
                } else {
                    x >> b
                }
            }
            _ => 0,
        };
        r as i32 as i64
    } else {
        let x = x as u64;
        let r = match u32::try_from(by) {
            Ok(b) if b < 64 => {
                if left {
                    x << b
                } else {
                    x >> b
                }
            }
            _ => 0,
        };
        r as i64
    }
}

pub fn register(m: &mut Module) {
    let binary = |name: &'static str, f: fn(i64, i64) -> i64| {
        move |_: &mut crate::machine::Machine, a: &mut [Value]| {
            let (x, y) = (int_operand(&a[0], name)?, int_operand(&a[1], name)?);
            let r = f(x, y);
            // The result of two 4-byte ints is a 4-byte int.
            Ok(Value::Int(if both_4_bytes(x, y) { r as i32 as i64 } else { r }))
        }
    };
    let sig = || Signature::new(2, 2).returns(Type::Int).params("value1, value2");
    m.register_fn("BinaryAND", sig(), binary("BinaryAND", |x, y| x & y));
    m.register_alias("ETBinaire", "BinaryAND");
    m.register_fn("BinaryOR", sig(), binary("BinaryOR", |x, y| x | y));
    m.register_alias("OUBinaire", "BinaryOR");
    m.register_fn("BinaryXOR", sig(), binary("BinaryXOR", |x, y| x ^ y));
    m.register_alias("OUExclusifBinaire", "BinaryXOR");
    m.register_fn("BinaryNOT", Signature::new(1, 1).returns(Type::Int).params("value"), |_, a| {
        Ok(Value::Int(!int_operand(&a[0], "BinaryNOT")?))
    });
    m.register_alias("NONBinaire", "BinaryNOT");
    m.register_fn("bitLeftShift", Signature::new(2, 2).returns(Type::Int).params("value, bits"), |_, a| {
        Ok(Value::Int(shift(int_operand(&a[0], "bitLeftShift")?, int_operand(&a[1], "bitLeftShift")?, true)))
    });
    m.register_alias("bitDécaleGauche", "bitLeftShift");
    m.register_fn("bitRightShift", Signature::new(2, 2).returns(Type::Int).params("value, bits"), |_, a| {
        Ok(Value::Int(shift(int_operand(&a[0], "bitRightShift")?, int_operand(&a[1], "bitRightShift")?, false)))
    });
    m.register_alias("bitDécaleDroite", "bitRightShift");
    m.register_fn("IntToHexa", Signature::new(1, 2).returns(Type::Str).params("value [, digits]"), |_, a| {
        let n = int_operand(&a[0], "IntToHexa")?;
        // A negative number is written as its two's complement on its size (4 or 8 bytes).
        let mut text = if fits_int(n) { format!("{:X}", n as i32) } else { format!("{n:X}") };
        if a.len() > 1 {
            let digits = usize::try_from(a[1].to_int()).unwrap_or(0).min(64);
            while text.len() < digits {
                text.insert(0, '0');
            }
        }
        Ok(Value::str(text))
    });
    m.register_alias("EntierVersHexa", "IntToHexa");
    m.register_fn("HexaToInt", Signature::new(1, 1).returns(Type::Int).params("hexa"), |_, a| {
        let text = a[0].to_text();
        let t = text.trim();
        let t = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")).unwrap_or(t);
        if t.is_empty() {
            return Ok(Value::Int(0));
        }
        match u64::from_str_radix(t, 16) {
            // Eight digits or fewer are a 4-byte int: "FFFFFFFF" is -1.
            Ok(n) if t.len() <= 8 => Ok(Value::Int(n as u32 as i32 as i64)),
            Ok(n) => Ok(Value::Int(n as i64)),
            Err(_) => Err(RuntimeError::fatal(format!("HexaToInt: \"{text}\" is not a hexadecimal number"))),
        }
    });
    m.register_alias("HexaVersEntier", "HexaToInt");
}
