//! Members of dates, times, date-times and durations (`d.Year`, `t..Hour`, `du.InMinutes`),
//! English and French names. Each reads an integer; the writable ones set that part and
//! carry over as PC SOFT's examples show (`StartDate.Day += 5`, a time's `Hour += 10` past
//! midnight wraps to the next morning).

use super::{
    shift_date, shift_datetime, time_from_ms, time_ms, weekday_number, Duration, NaiveDate, MS_PER_DAY, MS_PER_HOUR,
    MS_PER_MINUTE, MS_PER_SECOND,
};
use crate::types::Type;
use crate::value::Value;
use chrono::{Datelike, Timelike};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Field {
    Year,
    Month,
    Day,
    DayOfWeek,
    Hour,
    Minute,
    Second,
    Millisecond,
    InDays,
    InHours,
    InMinutes,
    InSeconds,
    InMilliseconds,
}

const NAMES: &[(&str, &str, Field)] = &[
    ("Year", "Année", Field::Year),
    ("Month", "Mois", Field::Month),
    ("Day", "Jour", Field::Day),
    ("DayOfWeek", "JourDeLaSemaine", Field::DayOfWeek),
    ("Hour", "Heure", Field::Hour),
    ("Minute", "Minute", Field::Minute),
    ("Second", "Seconde", Field::Second),
    ("Millisecond", "Milliseconde", Field::Millisecond),
    ("InDays", "EnJours", Field::InDays),
    ("InHours", "EnHeures", Field::InHours),
    ("InMinutes", "EnMinutes", Field::InMinutes),
    ("InSeconds", "EnSecondes", Field::InSeconds),
    ("InMilliseconds", "EnMillisecondes", Field::InMilliseconds),
];

fn fold(s: &str) -> String {
    s.to_lowercase().replace('é', "e")
}

fn field(name: &str) -> Option<Field> {
    let key = fold(name);
    NAMES.iter().find(|(en, fr, _)| fold(en) == key || fold(fr) == key).map(|(_, _, f)| *f)
}

fn fields_of(ty: &Type) -> &'static [Field] {
    use Field::*;
    match ty {
        Type::Date => &[Year, Month, Day, DayOfWeek],
        Type::Time => &[Hour, Minute, Second, Millisecond],
        Type::DateTime => &[Year, Month, Day, DayOfWeek, Hour, Minute, Second, Millisecond],
        Type::Duration => {
            &[Day, Hour, Minute, Second, Millisecond, InDays, InHours, InMinutes, InSeconds, InMilliseconds]
        }
        _ => &[],
    }
}

fn type_of(v: &Value) -> Option<Type> {
    Some(match v {
        Value::Date(_) => Type::Date,
        Value::Time(_) => Type::Time,
        Value::DateTime(_) => Type::DateTime,
        Value::Duration(_) => Type::Duration,
        _ => return None,
    })
}

/// The type of member `name` of a value of type `ty`, if it has one (all are integers).
pub fn member_type(ty: &Type, name: &str) -> Option<Type> {
    let f = field(name)?;
    fields_of(ty).contains(&f).then_some(Type::Int)
}

/// The English names of the members of `ty`, for hints.
pub fn member_names(ty: &Type) -> Vec<&'static str> {
    fields_of(ty).iter().filter_map(|f| NAMES.iter().find(|(_, _, g)| g == f).map(|(en, _, _)| *en)).collect()
}

fn no_member(v: &Value, name: &str) -> String {
    let names = type_of(v).map(|t| member_names(&t).join(", ")).unwrap_or_default();
    format!("a {} has no member `{name}` (its members are: {names})", v.type_name())
}

/// Reads member `name`; `None` when `v` is not a calendar value.
pub fn get_member(v: &Value, name: &str) -> Option<Result<Value, String>> {
    let ty = type_of(v)?;
    let Some(f) = field(name).filter(|f| fields_of(&ty).contains(f)) else {
        return Some(Err(no_member(v, name)));
    };
    if super::is_empty_date(v) {
        return Some(Err(format!("`{name}` of an empty date: the date was assigned \"\"")));
    }
    let (date, time) = match v {
        Value::Date(d) => (Some(*d), None),
        Value::Time(t) => (None, Some(*t)),
        Value::DateTime(dt) => (Some(dt.date()), Some(dt.time())),
        _ => (None, None),
    };
    let n: i64 = match (v, f) {
        (Value::Duration(d), f) => duration_part(*d, f),
        (_, Field::Year) => date.map_or(0, |d| d.year() as i64),
        (_, Field::Month) => date.map_or(0, |d| d.month() as i64),
        (_, Field::Day) => date.map_or(0, |d| d.day() as i64),
        (_, Field::DayOfWeek) => date.map_or(0, weekday_number),
        (_, Field::Hour) => time.map_or(0, |t| t.hour() as i64),
        (_, Field::Minute) => time.map_or(0, |t| t.minute() as i64),
        (_, Field::Second) => time.map_or(0, |t| t.second() as i64),
        (_, Field::Millisecond) => time.map_or(0, |t| time_ms(t) % 1000),
        _ => 0,
    };
    Some(Ok(Value::Int(n)))
}

/// A duration's parts truncate toward zero, so a negative duration has negative parts.
fn duration_part(d: Duration, f: Field) -> i64 {
    let ms = d.ms;
    match f {
        Field::Day | Field::InDays => ms / MS_PER_DAY,
        Field::Hour => ms % MS_PER_DAY / MS_PER_HOUR,
        Field::Minute => ms % MS_PER_HOUR / MS_PER_MINUTE,
        Field::Second => ms % MS_PER_MINUTE / MS_PER_SECOND,
        Field::Millisecond => ms % MS_PER_SECOND,
        Field::InHours => ms / MS_PER_HOUR,
        Field::InMinutes => ms / MS_PER_MINUTE,
        Field::InSeconds => ms / MS_PER_SECOND,
        Field::InMilliseconds => ms,
        _ => 0,
    }
}

fn unit_ms(f: Field) -> i64 {
    match f {
        Field::Day | Field::InDays => MS_PER_DAY,
        Field::Hour | Field::InHours => MS_PER_HOUR,
        Field::Minute | Field::InMinutes => MS_PER_MINUTE,
        Field::Second | Field::InSeconds => MS_PER_SECOND,
        _ => 1,
    }
}

fn out_of_range() -> String {
    "date out of range: WLanguage dates go from 01/01/0001 to 31/12/9999".to_string()
}

/// The date with day `day` of (`year`, `month`): a day past the month's end carries into
/// the next months (`Day = 32` in January is the 1st of February), as `Day += 5` does.
fn with_day(year: i32, month: u32, day: i64) -> Result<NaiveDate, String> {
    let first = NaiveDate::from_ymd_opt(year, month, 1).ok_or_else(out_of_range)?;
    shift_date(first, day.checked_sub(1).ok_or_else(out_of_range)?).ok_or_else(out_of_range)
}

/// The date with month `month` (carrying into years) of `year`, keeping the day, or the
/// month's last day when the day is past it (31 January with Month = 2 is 28 or 29 February).
fn with_month(year: i32, month: i64, day: u32) -> Result<NaiveDate, String> {
    let index =
        (year as i64 * 12).checked_add(month.checked_sub(1).ok_or_else(out_of_range)?).ok_or_else(out_of_range)?;
    let (y, m) = (index.div_euclid(12), index.rem_euclid(12) as u32 + 1);
    let y = i32::try_from(y).map_err(|_| out_of_range())?;
    let first = NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(out_of_range)?;
    let last = super::last_day_of_month(first).day();
    let d = NaiveDate::from_ymd_opt(y, m, day.min(last)).ok_or_else(out_of_range)?;
    if super::in_range(d) {
        Ok(d)
    } else {
        Err(out_of_range())
    }
}

fn set_date_part(d: NaiveDate, f: Field, n: i64) -> Result<NaiveDate, String> {
    match f {
        Field::Year => {
            let y = i32::try_from(n).map_err(|_| out_of_range())?;
            with_month(y, d.month() as i64, d.day())
        }
        Field::Month => with_month(d.year(), n, d.day()),
        Field::Day => with_day(d.year(), d.month(), n),
        _ => Ok(d),
    }
}

/// Assigns member `name` of `target` (a calendar value) from `value`.
pub fn set_member(target: &mut Value, name: &str, value: &Value) -> Result<(), String> {
    let Some(ty) = type_of(target) else {
        return Err(format!("a {} has no members", target.type_name()));
    };
    let Some(f) = field(name).filter(|f| fields_of(&ty).contains(f)) else {
        return Err(no_member(target, name));
    };
    if super::is_empty_date(target) {
        return Err(format!("`{name}` of an empty date cannot be set: assign a whole date first"));
    }
    if f == Field::DayOfWeek {
        return Err(format!("`{name}` cannot be assigned: it follows from the date"));
    }
    let n = match value.to_number() {
        Value::Int(n) => n,
        Value::Real(r) if r.fract() == 0.0 && r.abs() < 1e15 => r as i64,
        _ => return Err(format!("`{name}` takes a whole number, not `{}`", value.to_text())),
    };
    let new = match (&*target, f) {
        (Value::Date(d), f) => Value::Date(set_date_part(*d, f, n)?),
        (Value::Time(t), f) => {
            let old = time_ms(*t);
            let part = unit_ms(f);
            let current = match f {
                Field::Hour => old / MS_PER_HOUR,
                Field::Minute => old % MS_PER_HOUR / MS_PER_MINUTE,
                Field::Second => old % MS_PER_MINUTE / MS_PER_SECOND,
                _ => old % MS_PER_SECOND,
            };
            let delta = n.checked_sub(current).and_then(|d| d.checked_mul(part)).ok_or_else(out_of_range)?;
            Value::Time(time_from_ms(old + delta % MS_PER_DAY))
        }
        (Value::DateTime(dt), Field::Year | Field::Month | Field::Day) => {
            Value::DateTime(set_date_part(dt.date(), f, n)?.and_time(dt.time()))
        }
        (Value::DateTime(dt), f) => {
            let old = time_ms(dt.time());
            let current = match f {
                Field::Hour => old / MS_PER_HOUR,
                Field::Minute => old % MS_PER_HOUR / MS_PER_MINUTE,
                Field::Second => old % MS_PER_MINUTE / MS_PER_SECOND,
                _ => old % MS_PER_SECOND,
            };
            let delta = n.checked_sub(current).and_then(|d| d.checked_mul(unit_ms(f))).ok_or_else(out_of_range)?;
            Value::DateTime(shift_datetime(*dt, delta).ok_or_else(out_of_range)?)
        }
        (Value::Duration(d), f) => {
            let ms = match f {
                Field::InDays | Field::InHours | Field::InMinutes | Field::InSeconds | Field::InMilliseconds => {
                    n.checked_mul(unit_ms(f))
                }
                _ => {
                    let current = duration_part(*d, f);
                    n.checked_sub(current)
                        .and_then(|delta| delta.checked_mul(unit_ms(f)))
                        .and_then(|x| x.checked_add(d.ms))
                }
            };
            Value::Duration(Duration::from_ms(ms.ok_or_else(out_of_range)?))
        }
        _ => return Err(no_member(target, name)),
    };
    *target = new;
    Ok(())
}
