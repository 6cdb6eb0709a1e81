//! WLanguage's string forms: a Date is `YYYYMMDD`, a Time `HHMMSS` with hundredths
//! (`HHMMSSCC`) or thousandths (`HHMMSSCCC`), a DateTime the two side by side, a Duration
//! `+DHHMMSSCCC` (a sign, the days, then hours to thousandths).

use super::{time_ms, Duration, NaiveDate, NaiveDateTime, NaiveTime, MS_PER_DAY};
use chrono::{Datelike, Timelike};

fn digits(s: &str) -> Option<&str> {
    let s = s.trim();
    (!s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())).then_some(s)
}

fn number(s: &str) -> u32 {
    s.parse().unwrap_or(u32::MAX)
}

fn date_part(s: &str) -> Option<NaiveDate> {
    let d = NaiveDate::from_ymd_opt(number(&s[..4]) as i32, number(&s[4..6]), number(&s[6..8]))?;
    (super::in_range(d) && !lost_to_the_gregorian_reform(d)).then_some(d)
}

/// 5 to 14 October 1582, the days the change to the Gregorian calendar skipped: PC SOFT's
/// DateValid and DateTimeValid pages call them invalid. (wl counts days by the Gregorian
/// calendar before 1582 too; PC SOFT's own pages say its calculations are exact from 1583.)
fn lost_to_the_gregorian_reform(d: NaiveDate) -> bool {
    d.year() == 1582 && d.month() == 10 && (5..=14).contains(&d.day())
}

/// `HHMM`, `HHMMSS`, `HHMMSSCC` (hundredths) or `HHMMSSCCC` (thousandths).
fn time_part(s: &str) -> Option<NaiveTime> {
    let (h, m) = (number(&s[..2]), number(&s[2..4]));
    let sec = if s.len() >= 6 { number(&s[4..6]) } else { 0 };
    let ms = match s.len() {
        4 | 6 => 0,
        8 => number(&s[6..8]) * 10,
        9 => number(&s[6..9]),
        _ => return None,
    };
    NaiveTime::from_hms_milli_opt(h, m, sec, ms).filter(|t| t.nanosecond() < 1_000_000_000)
}

/// A date from `YYYYMMDD`; the date part of a date-time string is accepted too.
pub fn parse_date(s: &str) -> Option<NaiveDate> {
    let s = digits(s)?;
    match s.len() {
        8 => date_part(s),
        12 | 14 | 16 | 17 => date_part(&s[..8]),
        _ => None,
    }
}

pub fn parse_time(s: &str) -> Option<NaiveTime> {
    let s = digits(s)?;
    match s.len() {
        4 | 6 | 8 | 9 => time_part(s),
        _ => None,
    }
}

/// A date-time from `YYYYMMDD` (midnight) followed by nothing or a time string.
pub fn parse_datetime(s: &str) -> Option<NaiveDateTime> {
    let s = digits(s)?;
    let date = match s.len() {
        8 | 12 | 14 | 16 | 17 => date_part(&s[..8])?,
        _ => return None,
    };
    let time = if s.len() == 8 { NaiveTime::MIN } else { time_part(&s[8..])? };
    Some(date.and_time(time))
}

/// `+DHHMMSSCCC` (any number of day digits, sign optional), or the readable form a
/// duration literal uses (`1 h 30 min`, `2 d`, `100 ms`).
pub fn parse_duration(s: &str) -> Option<Duration> {
    let t = s.trim();
    let (negative, rest) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let ms = if let Some(d) = digits(rest) {
        if d.len() < 9 {
            return None;
        }
        let (days, time) = d.split_at(d.len() - 9);
        let days: i64 = if days.is_empty() { 0 } else { days.parse().ok()? };
        let (h, m, sec, milli) = (
            number(&time[..2]) as i64,
            number(&time[2..4]) as i64,
            number(&time[4..6]) as i64,
            number(&time[6..]) as i64,
        );
        if m >= 60 || sec >= 60 {
            return None;
        }
        days.checked_mul(MS_PER_DAY)?.checked_add(((h * 60 + m) * 60 + sec) * 1000 + milli)?
    } else {
        readable_duration(rest)?
    };
    Some(Duration::from_ms(if negative { -ms } else { ms }))
}

/// Milliseconds in one unit of a duration literal (`d`/`j` days, `h`, `min`, `s`, `ms`),
/// English and French, any case.
pub fn unit_ms(unit: &str) -> Option<i64> {
    Some(match unit.to_lowercase().as_str() {
        "d" | "j" => MS_PER_DAY,
        "h" => super::MS_PER_HOUR,
        "min" => super::MS_PER_MINUTE,
        "s" => super::MS_PER_SECOND,
        "ms" => 1,
        _ => return None,
    })
}

fn readable_duration(s: &str) -> Option<i64> {
    let mut total: i64 = 0;
    let mut rest = s.trim_start();
    if rest.is_empty() {
        return None;
    }
    while !rest.is_empty() {
        let end = rest.find(|c: char| !c.is_ascii_digit()).unwrap_or(rest.len());
        let n: i64 = rest[..end].parse().ok()?;
        rest = rest[end..].trim_start();
        let unit_end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
        total = total.checked_add(n.checked_mul(unit_ms(&rest[..unit_end])?)?)?;
        rest = rest[unit_end..].trim_start();
    }
    Some(total)
}

pub fn format_date(d: NaiveDate) -> String {
    if d == super::EMPTY_DATE {
        return String::new();
    }
    format!("{:04}{:02}{:02}", d.year(), d.month(), d.day())
}

/// `HHMMSSCC`: TimeSys's form, hundredths of a second.
pub fn format_time(t: NaiveTime) -> String {
    let ms = time_ms(t);
    format!("{:02}{:02}{:02}{:02}", t.hour(), t.minute(), t.second(), ms % 1000 / 10)
}

/// `YYYYMMDDHHMMSSCCC`, milliseconds: PC SOFT's Millisecond property page gives this form for
/// dates and times, and its RoundUp page prints a DateTime so (`20221104153100000`).
pub fn format_datetime(dt: NaiveDateTime) -> String {
    if dt == super::EMPTY_DATETIME {
        return String::new();
    }
    let t = dt.time();
    format!("{}{:02}{:02}{:02}{:03}", format_date(dt.date()), t.hour(), t.minute(), t.second(), time_ms(t) % 1000)
}

/// `+DHHMMSSCCC` as PC SOFT documents a duration's string form.
pub fn format_duration(d: Duration) -> String {
    let sign = if d.ms < 0 { '-' } else { '+' };
    let ms = d.ms.unsigned_abs();
    let day = MS_PER_DAY as u64;
    let (days, rest) = (ms / day, ms % day);
    let (h, rest) = (rest / 3_600_000, rest % 3_600_000);
    let (m, rest) = (rest / 60_000, rest % 60_000);
    format!("{sign}{days}{h:02}{m:02}{:02}{:03}", rest / 1000, rest % 1000)
}
