//! NumToString's printf-like formats: `"05d"`, `".2f"`, `"3d"`, `"x"`, `"-8.3f"`, `"+d"`.

use crate::value::{format_real, real_to_int, Value};

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
    if chars.peek() == Some(&'.') {
        chars.next();
        let mut p = String::new();
        while let Some(&c) = chars.peek() {
            if !c.is_ascii_digit() {
                break;
            }
            p.push(c);
            chars.next();
        }
        precision = Some(p.parse::<usize>().unwrap_or(0).min(30));
    }
    let kind = chars.next().unwrap_or(if precision.is_some() { 'f' } else { 'd' });
    if chars.next().is_some() {
        return Err(bad());
    }
    let width: usize = if width.is_empty() { 0 } else { width.parse::<usize>().map_err(|_| bad())?.min(500) };
    let real = n.to_real();
    let (negative, mut body) = match kind {
        'd' | 'i' | 'u' => {
            let v = match n {
                Value::Int(i) => *i,
                _ => real_to_int(real.round()),
            };
            (v < 0, v.unsigned_abs().to_string())
        }
        'f' | 'F' => (real < 0.0, format!("{:.*}", precision.unwrap_or(6), real.abs())),
        'e' | 'E' => {
            let s = format!("{:.*e}", precision.unwrap_or(6), real.abs());
            // Rust writes 1.5e2; printf writes 1.500000e+02.
            let (mantissa, exp) = s.split_once('e').unwrap_or((&s, "0"));
            let exp: i32 = exp.parse().unwrap_or(0);
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
