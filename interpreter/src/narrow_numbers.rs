//! Numbers narrowed where they are stored: the `4-byte real` (single precision) and the
//! `numeric (p, d)` of a chosen number of digits. Both compute as their wide type (a real, a
//! numeric); only storing a value into a variable, field, element or parameter of the
//! narrow type changes it.

use crate::decimal::DecimalKind;
use crate::value::Value;

/// A real stored in a `4-byte real`: rounded to the nearest single-precision number (IEEE
/// 754, as the C `float` WLanguage's 4-byte real is). PC SOFT: "A 4-byte real can contain up
/// to 6 significant digits", at most 3.4*10^38 in absolute value: past it is an overflow
/// error, not Infinity.
pub fn to_real4(r: f64) -> Result<Value, String> {
    let single = r as f32;
    if r.is_finite() && !single.is_finite() {
        return Err(
            "overflow: the value is too large for a 4-byte real (at most 3.4*10^38 in absolute value)".to_string()
        );
    }
    Ok(Value::Real(single as f64))
}

/// A numeric stored in a `numeric (p, d)`. PC SOFT documents the declaration (`p` digits in
/// the integer part, `d` in the decimal part) but not what storing a value with more digits
/// does (rounded? truncated? refused?): wl stores the values that fit, unchanged, and
/// reports the others rather than guess.
pub fn check_numeric_digits(value: Value, p: u8, d: u8) -> Result<Value, String> {
    match &value {
        Value::Decimal(x) if x.kind == DecimalKind::Numeric && !x.fits(p, d) => Err(format!(
            "{x} does not fit in a numeric ({p},{d}) ({p} digits before the point, {d} after): \
             storing it is not supported by wl yet (PC SOFT's page does not say whether it is \
             rounded, truncated or refused)"
        )),
        _ => Ok(value),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn real(v: Result<Value, String>) -> f64 {
        match v {
            Ok(Value::Real(r)) => r,
            _ => panic!("not a real"),
        }
    }

    #[test]
    fn single_precision() {
        assert_eq!(real(to_real4(0.5)), 0.5);
        assert_eq!(real(to_real4(16_777_217.0)), 16_777_216.0);
        assert_eq!(real(to_real4(0.1)), 0.1f32 as f64);
        assert!(to_real4(1e39).is_err());
        assert_eq!(real(to_real4(-3.4e38)), -3.4e38f32 as f64);
    }
}
