//! Display masks (`"DDDD DD MMMM YYYY"`, `"JJ/MM/AAAA"`, `"HH:mm:SS"`) for DateToString,
//! TimeToString, DateTimeToString, and reading a date back through one (StringToDate).
//!
//! A letter group starting with an upper-case `D`/`J` (day), `M` (month; minutes in a time
//! mask), `Y`/`A` (year), `H`, `S`, `C` (hours, seconds, tenths to thousandths), or a
//! lower-case `mm` (minutes, in time and date-time masks), is replaced; everything else is
//! copied. `Jjjj`/`Mmmm` (capital then lower case) capitalise the name. A mask written with
//! the French letters (`J` or `A`), or passed to a function called by its French name
//! (`DateVersChaîne`), gives French names; any other English ones.

use super::names::{day_from_name, month_from_name};
use super::{day_name, month_name, time_ms, Lang, NaiveDate, NaiveTime};
use chrono::{Datelike, Timelike};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MaskKind {
    Date,
    Time,
    DateTime,
}

/// One group of the mask: its letter (upper case), length, and whether it was written with
/// a capital then lower case (`Jjjj`).
enum Piece {
    Literal(char),
    Group { letter: char, len: usize, capitalised: bool },
}

fn pieces(mask: &str, kind: MaskKind) -> Vec<Piece> {
    let chars: Vec<char> = mask.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let upper = c.to_ascii_uppercase();
        let starts_group = (c.is_ascii_uppercase() && "DJMYAHSC".contains(c))
            || (c == 'm' && kind != MaskKind::Date && chars.get(i + 1) == Some(&'m'));
        if !starts_group {
            out.push(Piece::Literal(c));
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < chars.len() && chars[j].to_ascii_uppercase() == upper {
            j += 1;
        }
        let len = j - i;
        let capitalised = c.is_ascii_uppercase() && len > 1 && chars[i + 1..j].iter().all(|c| c.is_ascii_lowercase());
        // Lower-case `mm` is always minutes; upper-case `M` is minutes only in a time mask.
        let letter = if c == 'm' || (upper == 'M' && kind == MaskKind::Time) { 'm' } else { upper };
        out.push(Piece::Group { letter, len, capitalised });
        i = j;
    }
    out
}

fn mask_lang(mask: &str, called_as: Lang) -> Lang {
    if called_as == Lang::French || mask.contains('J') || mask.contains('A') {
        Lang::French
    } else {
        Lang::English
    }
}

fn capitalise(name: &str) -> String {
    let mut chars = name.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

fn push_number(out: &mut String, n: u32, len: usize) {
    if len >= 2 {
        out.push_str(&format!("{n:02}"));
    } else {
        out.push_str(&n.to_string());
    }
}

/// `date` and `time` are the parts the value has; a group for a part it lacks is copied.
/// `called_as` is French when the function was called by its French name.
pub fn format_with_mask(
    mask: &str,
    kind: MaskKind,
    date: Option<NaiveDate>,
    time: Option<NaiveTime>,
    called_as: Lang,
) -> String {
    let lang = mask_lang(mask, called_as);
    let mut out = String::new();
    for piece in pieces(mask, kind) {
        let (letter, len, capitalised) = match piece {
            Piece::Literal(c) => {
                out.push(c);
                continue;
            }
            Piece::Group { letter, len, capitalised } => (letter, len, capitalised),
        };
        let name = |n: &str| if capitalised { capitalise(n) } else { n.to_string() };
        match (letter, date, time) {
            ('D' | 'J', Some(d), _) => match len {
                1 | 2 => push_number(&mut out, d.day(), len),
                3 => out.push_str(&name(day_name(d.weekday().number_from_monday(), lang, true))),
                _ => out.push_str(&name(day_name(d.weekday().number_from_monday(), lang, false))),
            },
            ('M', Some(d), _) => match len {
                1 | 2 => push_number(&mut out, d.month(), len),
                3 => out.push_str(&name(month_name(d.month(), lang, true))),
                _ => out.push_str(&name(month_name(d.month(), lang, false))),
            },
            ('Y' | 'A', Some(d), _) => {
                if len <= 2 {
                    out.push_str(&format!("{:02}", d.year().rem_euclid(100)));
                } else {
                    out.push_str(&format!("{:04}", d.year()));
                }
            }
            ('H', _, Some(t)) => push_number(&mut out, t.hour(), len),
            ('m', _, Some(t)) => push_number(&mut out, t.minute(), len),
            ('S', _, Some(t)) => push_number(&mut out, t.second(), len),
            ('C', _, Some(t)) => {
                let ms = (time_ms(t) % 1000) as u32;
                match len {
                    1 => out.push_str(&(ms / 100).to_string()),
                    2 => out.push_str(&format!("{:02}", ms / 10)),
                    _ => out.push_str(&format!("{ms:03}")),
                }
            }
            (letter, _, _) => {
                let shown = if letter == 'm' { 'm' } else { letter };
                out.extend(std::iter::repeat_n(shown, len));
            }
        }
    }
    out
}

/// Reads `text` written with a date `mask`; `None` when it does not match or is not a
/// valid date. A two-digit year is 20YY up to 29, 19YY from 30 (Windows' default window).
pub fn parse_with_mask(text: &str, mask: &str) -> Option<NaiveDate> {
    let chars: Vec<char> = text.chars().collect();
    let mut pos = 0;
    let (mut year, mut month, mut day) = (None, None, None);
    let read_digits = |pos: &mut usize, min: usize, max: usize| -> Option<u32> {
        let start = *pos;
        while *pos < chars.len() && *pos - start < max && chars[*pos].is_ascii_digit() {
            *pos += 1;
        }
        if *pos - start < min {
            return None;
        }
        chars[start..*pos].iter().collect::<String>().parse().ok()
    };
    for piece in pieces(mask, MaskKind::Date) {
        match piece {
            Piece::Literal(c) => {
                if chars.get(pos) != Some(&c) {
                    return None;
                }
                pos += 1;
            }
            Piece::Group { letter: 'D' | 'J', len, .. } if len <= 2 => {
                day = Some(read_digits(&mut pos, len, 2)?);
            }
            Piece::Group { letter: 'D' | 'J', .. } => {
                let rest: String = chars.get(pos..).unwrap_or_default().iter().collect();
                pos += day_from_name(&rest)?.1;
            }
            Piece::Group { letter: 'M', len, .. } if len <= 2 => {
                month = Some(read_digits(&mut pos, len, 2)?);
            }
            Piece::Group { letter: 'M', .. } => {
                let rest: String = chars.get(pos..).unwrap_or_default().iter().collect();
                let (m, used) = month_from_name(&rest)?;
                month = Some(m);
                pos += used;
            }
            Piece::Group { letter: 'Y' | 'A', len, .. } if len <= 2 => {
                let yy = read_digits(&mut pos, 2, 2)? as i32;
                year = Some(if yy <= 29 { 2000 + yy } else { 1900 + yy });
            }
            Piece::Group { letter: 'Y' | 'A', .. } => {
                year = Some(read_digits(&mut pos, 4, 4)? as i32);
            }
            Piece::Group { .. } => return None,
        }
    }
    if pos != chars.len() {
        return None;
    }
    let d = NaiveDate::from_ymd_opt(year?, month?, day?)?;
    super::in_range(d).then_some(d)
}
