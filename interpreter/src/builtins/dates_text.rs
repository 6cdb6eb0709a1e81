//! Dates and times to and from text and integers: DateToString, TimeToString,
//! DateTimeToString, StringToDate, StringToDuration, DateValid, DateTimeValid, TimeValid, DateToInteger,
//! IntegerToDate, TimeToInteger, IntegerToTime.

use super::{date_arg, datetime_arg, register_both, time_arg};
use crate::calendar::{self, format_with_mask, parse_with_mask, Duration, Lang, MaskKind};
use crate::error::{codes, RuntimeError};
use crate::machine::{ErrorRecord, Machine};
use crate::registry::{Module, NativeResult, Signature};
use crate::types::Type;
use crate::value::Value;

/// The masks used when none is given: PC SOFT's examples show `25/12/2019` and
/// `25/12/2019 17:15:00:00` (a project's own default format is not known outside WinDev).
const DEFAULT_DATE_MASK: &str = "DD/MM/YYYY";
const DEFAULT_TIME_MASK: &str = "HH:MM:SS:CC";
const DEFAULT_DATETIME_MASK: &str = "DD/MM/YYYY HH:mm:SS:CC";

/// `durationCenti`: StringToDuration reads DateTimeDifference's `DDDDDDDDHHMMSSCC` form.
const DURATION_CENTI: i64 = 1;

/// `""` or an empty date: the ToString functions give `""` back, as PC SOFT documents.
fn is_empty_text(v: &Value) -> bool {
    let v = v.deref();
    matches!(&v, Value::Str(s) if s.is_empty()) || calendar::is_empty_date(&v)
}

/// The mask argument at `i`, or `default`.
fn mask(args: &[Value], i: usize, default: &str) -> String {
    match args.get(i) {
        Some(v) if !matches!(v, Value::Null) => v.to_text(),
        _ => default.to_string(),
    }
}

fn date_to_string(lang: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    if is_empty_text(&a[0]) {
        return Ok(Value::empty_str());
    }
    let d = date_arg(&a[0])?;
    let mask = mask(a, 1, DEFAULT_DATE_MASK);
    Ok(Value::str(format_with_mask(&mask, MaskKind::Date, Some(d), None, lang)))
}

fn time_to_string(lang: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    if is_empty_text(&a[0]) {
        return Ok(Value::empty_str());
    }
    let t = time_arg(&a[0])?;
    let mask = mask(a, 1, DEFAULT_TIME_MASK);
    Ok(Value::str(format_with_mask(&mask, MaskKind::Time, None, Some(t), lang)))
}

fn datetime_to_string(lang: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    if is_empty_text(&a[0]) {
        return Ok(Value::empty_str());
    }
    let dt = datetime_arg(&a[0])?;
    let mask = mask(a, 1, DEFAULT_DATETIME_MASK);
    Ok(Value::str(format_with_mask(&mask, MaskKind::DateTime, Some(dt.date()), Some(dt.time()), lang)))
}

/// StringToDate: a date typed by a user, read through a mask. Not matching is a
/// non-fatal error (ErrorOccurred), since the text usually comes from outside the script.
fn string_to_date(_: Lang, m: &mut Machine, a: &mut [Value]) -> NativeResult {
    let text = a[0].to_text();
    let mask = mask(a, 1, DEFAULT_DATE_MASK);
    match parse_with_mask(text.trim(), &mask) {
        Some(d) => Ok(Value::Date(d)),
        None => {
            m.fail(ErrorRecord::new(codes::TYPE_MISMATCH, format!("`{text}` is not a date written as `{mask}`")));
            Ok(Value::empty_str())
        }
    }
}

fn string_to_duration(_: Lang, m: &mut Machine, a: &mut [Value]) -> NativeResult {
    let text = a[0].to_text();
    let parsed = match a.get(1).map(|v| v.to_int()) {
        Some(DURATION_CENTI) => centi_duration(&text),
        Some(other) => {
            return Err(RuntimeError::fatal(format!(
                "StringToDuration: unknown format {other} (wl knows durationCenti)"
            )))
        }
        None => calendar::parse_duration(&text),
    };
    match parsed {
        Some(d) => Ok(Value::Duration(d)),
        None => {
            m.fail(ErrorRecord::new(codes::TYPE_MISMATCH, format!("`{text}` is not a duration")));
            Ok(Value::Duration(Duration::default()))
        }
    }
}

/// `[-]DDDDDDDDHHMMSSCC`: days, then hours, minutes, seconds and hundredths.
fn centi_duration(text: &str) -> Option<Duration> {
    let t = text.trim();
    let (negative, digits) = match t.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    if digits.len() < 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let (days, time) = digits.split_at(digits.len() - 8);
    let n = |s: &str| s.parse::<i64>().ok();
    let days = if days.is_empty() { 0 } else { n(days)? };
    let (h, mi, s, cc) = (n(&time[..2])?, n(&time[2..4])?, n(&time[4..6])?, n(&time[6..])?);
    if mi >= 60 || s >= 60 {
        return None;
    }
    let ms = days.checked_mul(calendar::MS_PER_DAY)?.checked_add(((h * 60 + mi) * 60 + s) * 1000 + cc * 10)?;
    Some(Duration::from_ms(if negative { -ms } else { ms }))
}

/// DurationToString: `D` days, `HH` hours, `MM` minutes, `SS` seconds, `CCC` milliseconds
/// (the parts left after the larger units), `+` the sign; `durationCenti` gives
/// `DHHMMSSCC` (PC SOFT: 1 h 15 min 28 s is `001152800`, and `"D-HH:MM"` gives `0-01:15`).
fn duration_to_string(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let d = match a[0].deref() {
        Value::Duration(d) => d,
        other => match crate::calendar::convert(other.clone(), &Type::Duration) {
            Ok(Value::Duration(d)) => d,
            _ => return Err(RuntimeError::fatal(format!("`{}` is not a duration", other.to_text()))),
        },
    };
    let ms = d.ms.unsigned_abs();
    let day = calendar::MS_PER_DAY as u64;
    let (days, rest) = (ms / day, ms % day);
    let (h, m, s, milli) = (rest / 3_600_000, rest % 3_600_000 / 60_000, rest % 60_000 / 1000, rest % 1000);
    let format = match &a[1] {
        Value::Int(DURATION_CENTI) => return Ok(Value::str(format!("{days}{h:02}{m:02}{s:02}{:02}", milli / 10))),
        Value::Int(other) => {
            return Err(RuntimeError::fatal(format!(
                "DurationToString: unknown format {other} (wl knows durationCenti)"
            )))
        }
        other => other.to_text(),
    };
    let chars: Vec<char> = format.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let rest: String = chars[i..].iter().take(3).collect();
        let (text, used) = if rest.starts_with("CCC") {
            (format!("{milli:03}"), 3)
        } else if rest.starts_with("HH") {
            (format!("{h:02}"), 2)
        } else if rest.starts_with("MM") {
            (format!("{m:02}"), 2)
        } else if rest.starts_with("SS") {
            (format!("{s:02}"), 2)
        } else if chars[i] == 'D' {
            let run = chars[i..].iter().take_while(|c| **c == 'D').count();
            (format!("{days:0run$}"), run)
        } else if chars[i] == '+' {
            ((if d.ms < 0 { "-" } else { "+" }).to_string(), 1)
        } else {
            (chars[i].to_string(), 1)
        };
        out.push_str(&text);
        i += used;
    }
    Ok(Value::str(out))
}

fn date_valid(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Bool(date_arg(&a[0]).is_ok()))
}

fn datetime_valid(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Bool(datetime_arg(&a[0]).is_ok()))
}

fn time_valid(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Bool(time_arg(&a[0]).is_ok()))
}

fn date_to_integer(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Int(calendar::date_to_integer(date_arg(&a[0])?)))
}

fn integer_to_date(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let n = a[0].to_int();
    calendar::integer_to_date(n).map(Value::Date).ok_or_else(|| {
        RuntimeError::fatal(format!("IntegerToDate: {n} is outside 01/01/0001 to 31/12/9999 (1 is 01/01/1800)"))
    })
}

/// Hundredths of a second since midnight.
fn time_to_integer(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Int(calendar::time_ms(time_arg(&a[0])?) / 10))
}

fn integer_to_time(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let n = a[0].to_int();
    if !(0..8_640_000).contains(&n) {
        return Err(RuntimeError::fatal(format!(
            "IntegerToTime: {n} is not a time of day (0 to 8639999 hundredths of a second)"
        )));
    }
    Ok(Value::Time(calendar::time_from_ms(n * 10)))
}

pub fn register(m: &mut Module) {
    let s = |min, max, ret: Type, params| Signature::new(min, max).returns(ret).params(params);
    register_both(m, "DateToString", "DateVersChaîne", s(1, 2, Type::Str, "date [, mask]"), date_to_string);
    register_both(m, "TimeToString", "HeureVersChaîne", s(1, 2, Type::Str, "time [, mask]"), time_to_string);
    register_both(
        m,
        "DateTimeToString",
        "DateHeureVersChaîne",
        s(1, 2, Type::Str, "datetime [, mask]"),
        datetime_to_string,
    );
    register_both(
        m,
        "StringToDate",
        "ChaîneVersDate",
        s(1, 2, Type::Variant, "text [, mask]").can_fail(),
        string_to_date,
    );
    register_both(
        m,
        "StringToDuration",
        "ChaîneVersDurée",
        s(1, 2, Type::Duration, "text [, format]").can_fail(),
        string_to_duration,
    );
    register_both(m, "DurationToString", "DuréeVersChaîne", s(2, 2, Type::Str, "duration, format"), duration_to_string);
    m.register_constant("durationCenti", Value::Int(DURATION_CENTI));
    m.register_constant("duréeCenti", Value::Int(DURATION_CENTI));
    register_both(m, "DateValid", "DateValide", s(1, 1, Type::Bool, "date"), date_valid);
    register_both(m, "TimeValid", "HeureValide", s(1, 1, Type::Bool, "time"), time_valid);
    register_both(m, "DateTimeValid", "DateHeureValide", s(1, 1, Type::Bool, "date and time"), datetime_valid);
    register_both(m, "DateToInteger", "DateVersEntier", s(1, 1, Type::Int, "date"), date_to_integer);
    register_both(m, "IntegerToDate", "EntierVersDate", s(1, 1, Type::Date, "n"), integer_to_date);
    register_both(m, "TimeToInteger", "HeureVersEntier", s(1, 1, Type::Int, "time"), time_to_integer);
    register_both(m, "IntegerToTime", "EntierVersHeure", s(1, 1, Type::Time, "n"), integer_to_time);
}
