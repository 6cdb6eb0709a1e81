//! WLanguage's exact decimal types, `currency` and `numeric`: fixed point with 6 decimals.
//!
//! PC SOFT documents both with 6 decimal places: currency with 24 significant digits (up to
//! ±604,462,909,807,314,587.353087, a 10-byte decimal: (2^79 − 1) millionths) and numeric
//! with 38 (32 before the point, 6 after). One representation serves both: an `i128` count of
//! millionths (2^127 > 10^38), checked against the type's range after every operation.
//! Products and quotients need 256 bits before they are scaled back: `ethnum::I256`.
//! Results that have more than 6 decimals are rounded half away from zero.

use ethnum::I256;
use std::cmp::Ordering;
use std::fmt::Write;

/// The message of a division by zero (ops.rs reports it as `Failure::DivisionByZero`).
pub const DIVISION_BY_ZERO: &str = "division by zero";

/// Millionths in a unit.
const SCALE: i128 = 1_000_000;
/// (2^79 − 1) millionths: the largest currency.
const CURRENCY_MAX: i128 = (1 << 79) - 1;
/// 10^38 − 1 millionths: 32 digits before the point and 6 after.
const NUMERIC_MAX: i128 = 10i128.pow(38) - 1;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DecimalKind {
    Currency,
    Numeric,
}

impl DecimalKind {
    fn max(self) -> i128 {
        match self {
            DecimalKind::Currency => CURRENCY_MAX,
            DecimalKind::Numeric => NUMERIC_MAX,
        }
    }
    pub fn name(self) -> &'static str {
        match self {
            DecimalKind::Currency => "currency",
            DecimalKind::Numeric => "numeric",
        }
    }
    /// The kind of a result: numeric when either operand is one (it holds more digits).
    pub fn widest(self, other: DecimalKind) -> DecimalKind {
        if self == DecimalKind::Numeric || other == DecimalKind::Numeric {
            DecimalKind::Numeric
        } else {
            DecimalKind::Currency
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Decimal {
    pub kind: DecimalKind,
    /// The value in millionths.
    raw: i128,
}

impl Decimal {
    pub fn zero(kind: DecimalKind) -> Decimal {
        Decimal { kind, raw: 0 }
    }

    /// `raw` millionths, or an error when the type cannot hold it.
    fn checked(kind: DecimalKind, raw: Option<i128>) -> Result<Decimal, String> {
        match raw {
            Some(raw) if raw.abs() <= kind.max() => Ok(Decimal { kind, raw }),
            _ => Err(format!(
                "overflow: the result does not fit in a {} (at most {} in absolute value)",
                kind.name(),
                Decimal { kind, raw: kind.max() }
            )),
        }
    }

    pub fn from_int(kind: DecimalKind, n: i64) -> Result<Decimal, String> {
        Decimal::checked(kind, (n as i128).checked_mul(SCALE))
    }

    /// A real converted through its 15 significant digits (what WLanguage guarantees of a
    /// real), so 0.1 becomes exactly 0.1, then rounded to 6 decimals.
    pub fn from_real(kind: DecimalKind, r: f64) -> Result<Decimal, String> {
        if !r.is_finite() {
            return Err(format!("{} cannot be converted to a {}", crate::value::format_real(r), kind.name()));
        }
        match Decimal::parse(kind, &crate::value::format_real(r)) {
            Some(d) => d,
            None => Err(format!("{} cannot be converted to a {}", crate::value::format_real(r), kind.name())),
        }
    }

    /// Reads `[-+]digits[.digits]`; `None` when the text is not such a number, an error
    /// when the number is too large. Decimals past the 6th are rounded half away from zero.
    pub fn parse(kind: DecimalKind, text: &str) -> Option<Result<Decimal, String>> {
        let t = text.trim();
        let (negative, t) = match t.as_bytes().first() {
            Some(b'-') => (true, &t[1..]),
            Some(b'+') => (false, &t[1..]),
            _ => (false, t),
        };
        let (whole, fraction) = t.split_once('.').unwrap_or((t, ""));
        if whole.is_empty() && fraction.is_empty()
            || !whole.bytes().all(|b| b.is_ascii_digit())
            || !fraction.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let mut raw: Option<i128> = Some(0);
        for b in whole.bytes() {
            raw = raw.and_then(|r| r.checked_mul(10)).and_then(|r| r.checked_add((b - b'0') as i128));
        }
        let mut micro: i128 = 0;
        for i in 0..6 {
            micro = micro * 10 + fraction.as_bytes().get(i).map_or(0, |b| (b - b'0') as i128);
        }
        // Half away from zero on the 7th decimal.
        if fraction.as_bytes().get(6).is_some_and(|b| *b >= b'5') {
            micro += 1;
        }
        let raw = raw.and_then(|r| r.checked_mul(SCALE)).and_then(|r| r.checked_add(micro));
        let raw = if negative { raw.map(|r| -r) } else { raw };
        Some(Decimal::checked(kind, raw))
    }

    pub fn with_kind(self, kind: DecimalKind) -> Result<Decimal, String> {
        Decimal::checked(kind, Some(self.raw))
    }

    pub fn checked_add(self, other: Decimal) -> Result<Decimal, String> {
        Decimal::checked(self.kind.widest(other.kind), self.raw.checked_add(other.raw))
    }

    pub fn checked_sub(self, other: Decimal) -> Result<Decimal, String> {
        Decimal::checked(self.kind.widest(other.kind), self.raw.checked_sub(other.raw))
    }

    pub fn checked_mul(self, other: Decimal) -> Result<Decimal, String> {
        let product = I256::from(self.raw) * I256::from(other.raw);
        Decimal::checked(self.kind.widest(other.kind), divide_rounded(product, I256::from(SCALE)))
    }

    pub fn checked_div(self, other: Decimal) -> Result<Decimal, String> {
        if other.raw == 0 {
            return Err(DIVISION_BY_ZERO.to_string());
        }
        let scaled = I256::from(self.raw) * I256::from(SCALE);
        Decimal::checked(self.kind.widest(other.kind), divide_rounded(scaled, I256::from(other.raw)))
    }

    /// The remainder of the division, with the sign of the dividend (like `%` on ints).
    pub fn checked_rem(self, other: Decimal) -> Result<Decimal, String> {
        if other.raw == 0 {
            return Err(DIVISION_BY_ZERO.to_string());
        }
        Decimal::checked(self.kind.widest(other.kind), self.raw.checked_rem(other.raw))
    }

    pub fn negated(self) -> Decimal {
        Decimal { kind: self.kind, raw: -self.raw }
    }

    pub fn abs(self) -> Decimal {
        Decimal { kind: self.kind, raw: self.raw.abs() }
    }

    pub fn is_zero(self) -> bool {
        self.raw == 0
    }

    pub fn is_negative(self) -> bool {
        self.raw < 0
    }

    pub fn compare(self, other: Decimal) -> Ordering {
        self.raw.cmp(&other.raw)
    }

    /// The whole part, towards zero, as an int when it fits in 8 bytes.
    pub fn trunc_to_int(self) -> Option<i64> {
        i64::try_from(self.raw / SCALE).ok()
    }

    /// The value rounded half away from zero to `digits` decimals (0 to 6; more keeps it).
    pub fn round(self, digits: i64) -> Decimal {
        if digits >= 6 {
            return self;
        }
        let unit = 10i128.pow((6 - digits.max(-30)).min(38) as u32);
        let half = unit / 2;
        let r = self.raw.abs();
        let rounded = (r + half) / unit * unit;
        Decimal { kind: self.kind, raw: if self.raw < 0 { -rounded } else { rounded } }
    }

    /// The value truncated (towards zero) to `digits` decimals.
    pub fn truncate(self, digits: i64) -> Decimal {
        if digits >= 6 {
            return self;
        }
        let unit = 10i128.pow((6 - digits.max(-30)).min(38) as u32);
        Decimal { kind: self.kind, raw: self.raw / unit * unit }
    }

    /// Whether the value has at most `int_digits` digits before the point and `decimals`
    /// (≤ 6) after it: what a `numeric (int_digits, decimals)` holds.
    pub fn fits(self, int_digits: u8, decimals: u8) -> bool {
        let unit = 10i128.pow(6u32.saturating_sub(decimals as u32));
        let whole = self.raw.abs() / SCALE;
        self.raw % unit == 0 && 10i128.checked_pow(int_digits as u32).is_none_or(|limit| whole < limit)
    }

    /// The decimals alone (the sign kept): 1.25 gives 0.25.
    pub fn fraction(self) -> Decimal {
        Decimal { kind: self.kind, raw: self.raw % SCALE }
    }

    pub fn to_real(self) -> f64 {
        self.to_string().parse().unwrap_or(0.0)
    }

    /// The text with exactly `decimals` decimals (rounded half away from zero).
    pub fn to_fixed(self, decimals: usize) -> String {
        let rounded = self.round(decimals.min(6) as i64);
        let (whole, micro) = (rounded.raw.abs() / SCALE, rounded.raw.abs() % SCALE);
        let mut out = String::new();
        if rounded.raw < 0 {
            out.push('-');
        }
        let _ = write!(out, "{whole}");
        if decimals > 0 {
            let digits = format!("{micro:06}");
            out.push('.');
            out.push_str(&digits[..decimals.min(6)]);
            for _ in 6..decimals {
                out.push('0');
            }
        }
        out
    }
}

/// `n / d` rounded half away from zero, `None` when it does not fit in an `i128`.
fn divide_rounded(n: I256, d: I256) -> Option<i128> {
    let (q, r) = (n / d, n % d);
    let twice = r.abs() * 2;
    let q = if twice >= d.abs() {
        if (n < 0) != (d < 0) {
            q - 1
        } else {
            q + 1
        }
    } else {
        q
    };
    i128::try_from(q).ok()
}

/// Without trailing zeros, as Trace shows it: 1.5, 3, 0.000001.
impl std::fmt::Display for Decimal {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        let text = self.to_fixed(6);
        let text = if text.contains('.') { text.trim_end_matches('0').trim_end_matches('.') } else { &text };
        f.write_str(if text == "-0" { "0" } else { text })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    const C: DecimalKind = DecimalKind::Currency;
    const N: DecimalKind = DecimalKind::Numeric;

    fn d(kind: DecimalKind, s: &str) -> Decimal {
        Decimal::parse(kind, s).unwrap().unwrap()
    }

    #[test]
    fn exact_tenths() {
        let x = Decimal::from_real(N, 0.1).unwrap();
        assert_eq!(x.checked_mul(Decimal::from_int(N, 3).unwrap()).unwrap(), d(N, "0.3"));
    }

    #[test]
    fn rounding_and_division() {
        assert_eq!(d(C, "2").checked_div(d(C, "3")).unwrap().to_string(), "0.666667");
        assert_eq!(d(C, "-2").checked_div(d(C, "3")).unwrap().to_string(), "-0.666667");
        assert_eq!(d(C, "0.0000005").to_string(), "0.000001");
        assert_eq!(d(C, "2.5").round(0).to_string(), "3");
        assert_eq!(d(C, "-2.5").round(0).to_string(), "-3");
        assert_eq!(d(C, "1.2").to_fixed(3), "1.200");
    }

    #[test]
    fn digits_of_a_numeric() {
        assert!(d(N, "123.45").fits(3, 2));
        assert!(d(N, "-999.9").fits(3, 2));
        assert!(!d(N, "1000").fits(3, 2));
        assert!(!d(N, "1.234").fits(3, 2));
        assert!(d(N, "0").fits(1, 0));
        assert!(!d(N, "0.5").fits(5, 0));
    }

    #[test]
    fn ranges() {
        assert!(Decimal::parse(C, "604462909807314587.353087").unwrap().is_ok());
        assert!(Decimal::parse(C, "604462909807314587.353088").unwrap().is_err());
        assert!(Decimal::parse(N, "99999999999999999999999999999999.999999").unwrap().is_ok());
        assert!(Decimal::parse(N, "100000000000000000000000000000000").unwrap().is_err());
        let big = d(N, "99999999999999999999999999999999");
        assert!(big.checked_mul(d(N, "10")).is_err());
        assert_eq!(big.checked_div(d(N, "99999999999999999999999999999999")).unwrap().to_string(), "1");
    }
}
