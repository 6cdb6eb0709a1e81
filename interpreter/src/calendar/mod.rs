//! Dates, times, date-times and durations as WLanguage has them: a `Date` is a calendar
//! day, a `Time` a time of day to the millisecond, a `DateTime` both, a `Duration` a signed
//! number of milliseconds. chrono does the calendar (leap years, month lengths, week
//! numbers); this module adds WLanguage's string forms (`YYYYMMDD`, `HHMMSSCC`…), members,
//! operators and display masks.

mod arith;
mod convert;
mod mask;
mod members;
mod names;
mod text;

pub use arith::{binary, compare, negate};
pub use chrono::{NaiveDate, NaiveDateTime, NaiveTime};
pub use convert::{convert, default_value, DURATION_TO_NUMBER};
pub use mask::{format_with_mask, parse_with_mask, MaskKind};
pub use members::{get_member, member_names, member_type, set_member};
pub use names::{day_name, month_name, Lang};
pub use text::{
    format_date, format_datetime, format_duration, format_time, parse_date, parse_datetime, parse_duration, parse_time,
    unit_ms,
};

use chrono::{Datelike, Timelike};

/// A signed length of time, in milliseconds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord)]
pub struct Duration {
    pub ms: i64,
}

pub const MS_PER_SECOND: i64 = 1000;
pub const MS_PER_MINUTE: i64 = 60 * MS_PER_SECOND;
pub const MS_PER_HOUR: i64 = 60 * MS_PER_MINUTE;
pub const MS_PER_DAY: i64 = 24 * MS_PER_HOUR;

impl Duration {
    pub fn from_ms(ms: i64) -> Duration {
        Duration { ms }
    }
    pub fn from_days(days: i64) -> Duration {
        Duration { ms: days.saturating_mul(MS_PER_DAY) }
    }
}

/// The empty date: WinDev code assigns `""` to a Date (or a DateTime) to mean "no date" and
/// tests `d = ""`. It prints as `""`, sorts first, is not DateValid, and any calculation or
/// member on it is an error.
pub const EMPTY_DATE: NaiveDate = NaiveDate::MIN;
pub const EMPTY_DATETIME: NaiveDateTime = NaiveDateTime::MIN;

/// Whether a value is an empty Date or DateTime.
pub fn is_empty_date(v: &crate::value::Value) -> bool {
    use crate::value::Value;
    matches!(v, Value::Date(d) if *d == EMPTY_DATE) || matches!(v, Value::DateTime(dt) if *dt == EMPTY_DATETIME)
}

/// Milliseconds since midnight.
pub fn time_ms(t: NaiveTime) -> i64 {
    // chrono puts a leap second in nanoseconds ≥ 1e9: WLanguage has none, so it reads 999.
    let ms = (t.nanosecond() / 1_000_000).min(999) as i64;
    t.num_seconds_from_midnight() as i64 * MS_PER_SECOND + ms
}

/// The time of day `ms` milliseconds after midnight, wrapped to one day (a time plus 10
/// hours at 22:30 is 08:30, as PC SOFT documents for `..Hour`).
pub fn time_from_ms(ms: i64) -> NaiveTime {
    let ms = ms.rem_euclid(MS_PER_DAY);
    NaiveTime::from_num_seconds_from_midnight_opt((ms / 1000) as u32, ((ms % 1000) * 1_000_000) as u32)
        .unwrap_or(NaiveTime::MIN)
}

/// The earliest and latest dates WLanguage stores (01/01/0001 to 31/12/9999).
pub fn in_range(d: NaiveDate) -> bool {
    (1..=9999).contains(&d.year())
}

/// The date-time `ms` milliseconds after `dt`, or `None` outside years 1 to 9999.
pub fn shift_datetime(dt: NaiveDateTime, ms: i64) -> Option<NaiveDateTime> {
    let moved = dt.checked_add_signed(chrono::TimeDelta::try_milliseconds(ms)?)?;
    in_range(moved.date()).then_some(moved)
}

/// The date `days` days after `d`, or `None` outside years 1 to 9999.
pub fn shift_date(d: NaiveDate, days: i64) -> Option<NaiveDate> {
    let moved = d.checked_add_signed(chrono::TimeDelta::try_days(days)?)?;
    in_range(moved).then_some(moved)
}

/// Milliseconds from `a` to `b`.
pub fn ms_between(a: NaiveDateTime, b: NaiveDateTime) -> i64 {
    (b - a).num_milliseconds()
}

/// The number `DateToInteger` gives: 01/01/1800 is day 1 (PC SOFT's example: 25/12/2001 is
/// 73773).
pub fn date_to_integer(d: NaiveDate) -> i64 {
    (d - epoch()).num_days() + 1
}

pub fn integer_to_date(n: i64) -> Option<NaiveDate> {
    shift_date(epoch(), n.checked_sub(1)?)
}

fn epoch() -> NaiveDate {
    NaiveDate::from_ymd_opt(1800, 1, 1).expect("a valid date")
}

/// The last day of `d`'s month.
pub fn last_day_of_month(d: NaiveDate) -> NaiveDate {
    let (y, m) = if d.month() == 12 { (d.year() + 1, 1) } else { (d.year(), d.month() + 1) };
    NaiveDate::from_ymd_opt(y, m, 1).and_then(|first| first.pred_opt()).unwrap_or(d)
}

/// 1 for Monday … 7 for Sunday, as DateToDay numbers the days.
pub fn weekday_number(d: NaiveDate) -> i64 {
    d.weekday().number_from_monday() as i64
}

/// DateToWeekNumber's week: weeks start on Monday; when the year starts on a Friday,
/// Saturday or Sunday, the days before the first Monday are week 0, otherwise week 1
/// contains the 1st of January; the last days of December stay in week 52 or 53.
pub fn simple_week_number(d: NaiveDate) -> i64 {
    let jan1 = NaiveDate::from_ymd_opt(d.year(), 1, 1).unwrap_or(d);
    let offset = jan1.weekday().num_days_from_monday() as i64;
    let week = (d.ordinal0() as i64 + offset) / 7;
    if offset <= 3 {
        week + 1
    } else {
        week
    }
}

#[cfg(test)]
mod tests;
