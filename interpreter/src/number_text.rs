//! Numbers as text: how a real prints, how a real becomes an int, and how WLanguage reads a
//! number from a string. Re-exported by `value`, whose conversions use them.

use crate::value::Value;

/// Reals print in their shortest exact form, without trailing zeros: `1.5`, `3`, `0.1`.
pub fn format_real(r: f64) -> String {
    if r == 0.0 {
        return "0".to_string();
    }
    if r.is_nan() {
        return "NaN".to_string();
    }
    if r.is_infinite() {
        return if r > 0.0 { "Infinity".to_string() } else { "-Infinity".to_string() };
    }
    // Whole numbers print exactly (1e20 as 100000000000000000000).
    if r.fract() == 0.0 && r.abs() < 1e21 {
        return format!("{r}");
    }
    // Others with the 15 significant digits a double guarantees, as WinDev shows them:
    // 0.1 + 0.2 is 0.3 and 19.99 * 3 is 59.97, not 59.970000000000006.
    let scientific = format!("{:.14e}", r);
    let (mantissa, exponent) = scientific.split_once('e').unwrap_or((&scientific, "0"));
    let exponent: i32 = exponent.parse().unwrap_or(0);
    let negative = mantissa.starts_with('-');
    let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
    // `digits` is d.dddddddddddddd without its point: the point goes after 1 + exponent digits.
    let point = 1 + exponent;
    let mut text = if point <= 0 {
        format!("0.{}{}", "0".repeat((-point) as usize), digits)
    } else if point as usize >= digits.len() {
        format!("{}{}", digits, "0".repeat(point as usize - digits.len()))
    } else {
        format!("{}.{}", &digits[..point as usize], &digits[point as usize..])
    };
    if text.contains('.') {
        text = text.trim_end_matches('0').trim_end_matches('.').to_string();
    }
    if negative {
        text.insert(0, '-');
    }
    text
}

/// Reals convert to integers by truncation, saturating at the bounds.
pub fn real_to_int(r: f64) -> i64 {
    if r.is_nan() {
        0
    } else {
        r.trunc() as i64
    }
}

/// Parses a number as WLanguage reads one from a string: surrounding spaces allowed, an
/// integer when it has no decimal part or exponent, `None` when it is not a number.
pub fn parse_number(s: &str) -> Option<Value> {
    let t = s.trim();
    if t.is_empty() {
        return None;
    }
    if let Ok(n) = t.parse::<i64>() {
        return Some(Value::Int(n));
    }
    let is_real = t.bytes().all(|b| b.is_ascii_digit() || matches!(b, b'.' | b'-' | b'+' | b'e' | b'E'))
        && t.bytes().any(|b| b.is_ascii_digit());
    if is_real {
        if let Ok(r) = t.parse::<f64>() {
            return Some(Value::Real(r));
        }
    }
    if let Some(hex) = t.strip_prefix("0x").or_else(|| t.strip_prefix("0X")) {
        if let Ok(n) = i64::from_str_radix(hex, 16) {
            return Some(Value::Int(n));
        }
    }
    // "12abc" reads as 12, like Val does.
    let digits: String = t
        .char_indices()
        .take_while(|(i, c)| c.is_ascii_digit() || (*i == 0 && (*c == '-' || *c == '+')) || *c == '.')
        .map(|(_, c)| c)
        .collect();
    if digits.chars().any(|c| c.is_ascii_digit()) {
        if let Ok(n) = digits.parse::<i64>() {
            return Some(Value::Int(n));
        }
        if let Ok(r) = digits.trim_end_matches('.').parse::<f64>() {
            return Some(Value::Real(r));
        }
    }
    None
}
