//! NumToString's formats, as PC SOFT documents them:
//! `[<Alignment>][<Sign>][<Zero>][<Length>][<.Precision>]<Type>[<Thousand>]`, e.g. `"05d"`,
//! `".2f"`, `"-8.3f"`, `"+010.2f"`, `"10,2fS"` (`,` writes a decimal comma, `S` separates
//! thousands with a space). Decimals are rounded half away from zero on the number's decimal
//! text (a real's 15 significant digits), like Round.

use super::rounding::{number_text, round_text, Rounding};
use crate::value::{format_real, Value};

pub fn num_to_string(n: &Value, format: &str) -> Result<String, String> {
    let f = format.trim();
    let f = f.strip_prefix('%').unwrap_or(f);
    if f.is_empty() {
        return Ok(n.to_text());
    }
    let bad = || format!("invalid NumToString format \"{format}\"");
    let mut chars = f.chars().peekable();
    let (mut left, mut zero, mut plus, mut space) = (false, false, false, false);
    while let Some(&c) = chars.peek() {
        match c {
            '-' => left = true,
            '0' => zero = true,
            '+' => plus = true,
            ' ' => space = true,
            _ => break,
        }
        chars.next();
    }
    let mut width = String::new();
    while let Some(&c) = chars.peek() {
        if !c.is_ascii_digit() {
            break;
        }
        width.push(c);
        chars.next();
    }
    let mut precision = None;
    let mut decimal_comma = false;
    if let Some(&separator @ ('.' | ',')) = chars.peek() {
        decimal_comma = separator == ',';
        chars.next();
        let mut p = String::new();
        while let Some(&c) = chars.peek() {
            if !c.is_ascii_digit() {
                break;
            }
            p.push(c);
            chars.next();
        }
        // PC SOFT: the length "must be less than 100"; the precision cannot be more.
        let p = p.parse::<usize>().unwrap_or(0);
        if p >= 100 {
            return Err(format!("invalid NumToString format \"{format}\": at most 99 decimals"));
        }
        precision = Some(p);
    }
    let kind = chars.next().unwrap_or(if precision.is_some() { 'f' } else { 'd' });
    let thousands = chars.peek() == Some(&'S');
    if thousands {
        chars.next();
    }
    if chars.next().is_some() {
        return Err(bad());
    }
    let width: usize = if width.is_empty() { 0 } else { width.parse::<usize>().map_err(|_| bad())? };
    if width >= 100 {
        return Err(format!("invalid NumToString format \"{format}\": the length must be less than 100"));
    }
    let real = n.to_real();
    if !real.is_finite() {
        return Err(format!("NumToString cannot format {}", format_real(real)));
    }
    let text = number_text(n);
    let (negative, mut body) = match kind {
        'd' | 'i' | 'u' => {
            let rounded = round_text(&text, 0, Rounding::HalfAway);
            (rounded.starts_with('-'), rounded.trim_start_matches('-').to_string())
        }
        'f' | 'F' => {
            let rounded = round_text(&text, precision.unwrap_or(6) as i64, Rounding::HalfAway);
            (rounded.starts_with('-'), rounded.trim_start_matches('-').to_string())
        }
        'e' | 'E' => {
            // The mantissa rounded half away from zero on the real's 15 significant digits.
            let s = format!("{:.14e}", real.abs());
            let (digits, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let mut exp: i32 = exp.parse().unwrap_or(0);
            let mut mantissa = round_text(digits, precision.unwrap_or(6) as i64, Rounding::HalfAway);
            if mantissa.starts_with("10") {
                // 9.99… rounded up to 10: one more power of ten.
                exp += 1;
                mantissa =
                    round_text(&format!("1{}", &mantissa[2..]), precision.unwrap_or(6) as i64, Rounding::HalfAway);
            }
            // printf writes 1.500000e+02.
            let s = format!("{mantissa}e{}{:02}", if exp < 0 { '-' } else { '+' }, exp.abs());
            (real < 0.0, if kind == 'E' { s.to_uppercase() } else { s })
        }
        'g' | 'G' => (real < 0.0, format_real(real.abs())),
        'x' | 'X' | 'o' | 'b' => {
            let v = n.to_int();
            let s = match kind {
                'x' => format!("{v:x}"),
                'X' => format!("{v:X}"),
                'o' => format!("{v:o}"),
                _ => format!("{v:b}"),
            };
            (false, s)
        }
        's' => (false, n.to_text()),
        _ => return Err(bad()),
    };
    if thousands && matches!(kind, 'd' | 'i' | 'u' | 'f' | 'F') {
        body = group_thousands(&body);
    }
    if decimal_comma {
        body = body.replacen('.', ",", 1);
    }
    if let (Some(p), 'd' | 'i' | 'u') = (precision, kind) {
        while body.len() < p {
            body.insert(0, '0');
        }
    }
    let sign = if negative {
        "-"
    } else if plus {
        "+"
    } else if space {
        " "
    } else {
        ""
    };
    let len = sign.len() + body.chars().count();
    if len >= width {
        return Ok(format!("{sign}{body}"));
    }
    let fill = width - len;
    Ok(if left {
        format!("{sign}{body}{}", " ".repeat(fill))
    } else if zero {
        body.insert_str(0, &"0".repeat(fill));
        format!("{sign}{body}")
    } else {
        format!("{}{sign}{body}", " ".repeat(fill))
    })
}

/// `1234567.5` as `1 234 567.5`: the thousands of the whole part separated by a space.
fn group_thousands(body: &str) -> String {
    let (whole, rest) = match body.find('.') {
        Some(i) => body.split_at(i),
        None => (body, ""),
    };
    let mut out = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            out.push(' ');
        }
        out.push(c);
    }
    out.push_str(rest);
    out
}
