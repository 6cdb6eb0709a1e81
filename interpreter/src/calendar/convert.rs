//! Assigning to a Date, Time, DateTime or Duration variable: strings in WLanguage's forms
//! and the other calendar kinds convert; anything else, or a string that is not a valid
//! date, is an error (never a date that silently means something else).

use super::{parse_date, parse_datetime, parse_duration, parse_time, Duration, NaiveTime};
use crate::error::{Failure, Fallible};
use crate::types::Type;
use crate::value::Value;
use chrono::Local;

/// Why a duration does not become a number by assignment: which unit is meant is not
/// written, and PC SOFT's milliseconds are rarely what a script wants.
pub const DURATION_TO_NUMBER: &str =
    "a duration does not convert to a number: read `..InDays`, `..InHours`, `..InMinutes`, `..InSeconds` or `..InMilliseconds`";

fn expected(ty: &Type) -> &'static str {
    match ty {
        Type::Date => "a Date takes a YYYYMMDD string such as \"20250201\"",
        Type::Time => "a Time takes an HHMM, HHMMSS or HHMMSSCC string such as \"1430\"",
        Type::DateTime => "a DateTime takes a YYYYMMDDHHMMSSCCC string such as \"202502011430\"",
        _ => "a Duration takes \"+DHHMMSSCCC\", a number of milliseconds or a literal such as `90 min`",
    }
}

fn invalid(text: &str, ty: &Type) -> String {
    format!("`{text}` is not a valid {ty} ({})", expected(ty))
}

/// `value` converted to the calendar type `ty`.
pub fn convert(value: Value, ty: &Type) -> Fallible<Value> {
    let value = value.deref();
    let converted = match (ty, &value) {
        (Type::Date, Value::Date(_))
        | (Type::Time, Value::Time(_))
        | (Type::DateTime, Value::DateTime(_))
        | (Type::Duration, Value::Duration(_)) => return Ok(value),
        (Type::Date, Value::Str(s)) if s.as_str().trim().is_empty() => Some(Value::Date(super::EMPTY_DATE)),
        (Type::DateTime, Value::Str(s)) if s.as_str().trim().is_empty() => Some(Value::DateTime(super::EMPTY_DATETIME)),
        (Type::Date, Value::DateTime(dt)) if *dt == super::EMPTY_DATETIME => Some(Value::Date(super::EMPTY_DATE)),
        (Type::DateTime, Value::Date(d)) if *d == super::EMPTY_DATE => Some(Value::DateTime(super::EMPTY_DATETIME)),
        (Type::Date, Value::DateTime(dt)) => Some(Value::Date(dt.date())),
        (Type::Time, Value::DateTime(dt)) => Some(Value::Time(dt.time())),
        (Type::DateTime, Value::Date(d)) => Some(Value::DateTime(d.and_time(NaiveTime::MIN))),
        (Type::Duration, Value::Int(ms)) => Some(Value::Duration(Duration::from_ms(*ms))),
        (Type::Duration, Value::Real(r)) if r.is_finite() && r.abs() < 9.0e18 => {
            Some(Value::Duration(Duration::from_ms(r.round() as i64)))
        }
        (_, Value::Str(_) | Value::Int(_)) => {
            let text = value.to_text();
            match ty {
                Type::Date => parse_date(&text).map(Value::Date),
                Type::Time => parse_time(&text).map(Value::Time),
                Type::DateTime => parse_datetime(&text).map(Value::DateTime),
                _ => parse_duration(&text).map(Value::Duration),
            }
        }
        _ => None,
    };
    converted.ok_or_else(|| {
        Box::new(Failure::TypeMismatch(match &value {
            Value::Str(_) | Value::Int(_) => invalid(&value.to_text(), ty),
            other => format!("cannot assign a {} to a {ty}", other.type_name()),
        }))
    })
}

/// A new Date, Time or DateTime variable holds the current date or time, as in WLanguage;
/// a Duration is zero.
pub fn default_value(ty: &Type) -> Value {
    let now = Local::now().naive_local();
    let now = now.with_nanosecond(now.nanosecond() / 1_000_000 * 1_000_000 % 1_000_000_000).unwrap_or(now);
    match ty {
        Type::Date => Value::Date(now.date()),
        Type::Time => Value::Time(now.time()),
        Type::DateTime => Value::DateTime(now),
        _ => Value::Duration(Duration::default()),
    }
}

use chrono::Timelike;
