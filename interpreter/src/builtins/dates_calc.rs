//! Calendar arithmetic and names: DateDifference, DateTimeDifference, TimeDifference,
//! DateToDay, the InAlpha names, WeekNumber, DateToWeekNumber, first/last day of the month
//! and week, LeapYear.

use super::{date_arg, date_or_today, datetime_arg, register_both, time_arg};
use crate::calendar::{self, day_name, month_name, Lang, NaiveDate};
use crate::error::RuntimeError;
use crate::machine::Machine;
use crate::registry::{Module, NativeResult, Signature};
use crate::types::Type;
use crate::value::Value;
use chrono::Datelike;

/// Number of days from the first date to the second (negative when it is earlier).
fn date_difference(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let (start, end) = (date_arg(&a[0])?, date_arg(&a[1])?);
    Ok(Value::Int((end - start).num_days()))
}

/// `DDDDDDDDHHMMSSCC` from the first date-time to the second, `-` in front when it is
/// earlier, as PC SOFT documents (its example reads the days with `Left(Diff, 8)`).
fn datetime_difference(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let (start, end) = (datetime_arg(&a[0])?, datetime_arg(&a[1])?);
    let ms = calendar::ms_between(start, end);
    let sign = if ms < 0 { "-" } else { "" };
    let cs = ms.unsigned_abs() / 10;
    let (days, rest) = (cs / 8_640_000, cs % 8_640_000);
    let (h, rest) = (rest / 360_000, rest % 360_000);
    let (mi, rest) = (rest / 6_000, rest % 6_000);
    Ok(Value::str(format!("{sign}{days:08}{h:02}{mi:02}{:02}{:02}", rest / 100, rest % 100)))
}

/// Hundredths of a second from the first time to the second.
fn time_difference(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let (start, end) = (time_arg(&a[0])?, time_arg(&a[1])?);
    Ok(Value::Int((calendar::time_ms(end) - calendar::time_ms(start)) / 10))
}

fn date_to_day(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Int(calendar::weekday_number(date_arg(&a[0])?)))
}

/// A name standing alone starts with a capital, in French too (`Mardi`).
fn capitalised(name: &str) -> Value {
    let mut chars = name.chars();
    Value::str(chars.next().map(|c| c.to_uppercase().chain(chars).collect::<String>()).unwrap_or_default())
}

fn day_in_alpha(lang: Lang, d: NaiveDate) -> Value {
    capitalised(day_name(d.weekday().number_from_monday(), lang, false))
}

fn month_in_alpha(lang: Lang, d: NaiveDate) -> Value {
    capitalised(month_name(d.month(), lang, false))
}

fn integer_date(v: &Value) -> Result<NaiveDate, RuntimeError> {
    let n = v.to_int();
    calendar::integer_to_date(n).ok_or_else(|| {
        RuntimeError::fatal(format!("{n} is not a date number (1 is 01/01/1800, as DateToInteger gives)"))
    })
}

fn date_to_day_in_alpha(lang: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(day_in_alpha(lang, date_arg(&a[0])?))
}

fn date_to_month_in_alpha(lang: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(month_in_alpha(lang, date_arg(&a[0])?))
}

fn integer_to_day_in_alpha(lang: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(day_in_alpha(lang, integer_date(&a[0])?))
}

fn integer_to_month_in_alpha(lang: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(month_in_alpha(lang, integer_date(&a[0])?))
}

/// ISO 8601: week 1 holds the year's first Thursday.
fn week_number(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Int(date_or_today(a, 0)?.iso_week().week() as i64))
}

fn date_to_week_number(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Int(calendar::simple_week_number(date_or_today(a, 0)?)))
}

fn last_day_of_month(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    Ok(Value::Date(calendar::last_day_of_month(date_or_today(a, 0)?)))
}

fn first_day_of_month(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let d = date_or_today(a, 0)?;
    Ok(Value::Date(d.with_day(1).unwrap_or(d)))
}

/// Weeks run from Monday to Sunday.
fn first_day_of_week(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let d = date_or_today(a, 0)?;
    let back = d.weekday().num_days_from_monday() as i64;
    calendar::shift_date(d, -back).map(Value::Date).ok_or_else(|| RuntimeError::fatal("date out of range"))
}

fn last_day_of_week(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let d = date_or_today(a, 0)?;
    let ahead = 6 - d.weekday().num_days_from_monday() as i64;
    calendar::shift_date(d, ahead).map(Value::Date).ok_or_else(|| RuntimeError::fatal("date out of range"))
}

/// Gregorian rule: every 4th year, except centuries not divisible by 400 (1900 is not,
/// 2000 is).
fn leap_year(_: Lang, _: &mut Machine, a: &mut [Value]) -> NativeResult {
    let y = a[0].to_int();
    Ok(Value::Bool((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
}

pub fn register(m: &mut Module) {
    let s = |min, max, ret: Type, params| Signature::new(min, max).returns(ret).params(params);
    register_both(m, "DateDifference", "DateDifférence", s(2, 2, Type::Int, "start, end"), date_difference);
    register_both(
        m,
        "DateTimeDifference",
        "DateHeureDifférence",
        s(2, 2, Type::Str, "start, end"),
        datetime_difference,
    );
    register_both(m, "TimeDifference", "HeureDifférence", s(2, 2, Type::Int, "start, end"), time_difference);
    register_both(m, "DateToDay", "DateVersJour", s(1, 1, Type::Int, "date"), date_to_day);
    register_both(m, "DateToDayInAlpha", "DateVersJourEnLettre", s(1, 1, Type::Str, "date"), date_to_day_in_alpha);
    register_both(m, "DateToMonthInAlpha", "DateVersMoisEnLettre", s(1, 1, Type::Str, "date"), date_to_month_in_alpha);
    register_both(m, "IntegerToDayInAlpha", "EntierVersJourEnLettre", s(1, 1, Type::Str, "n"), integer_to_day_in_alpha);
    register_both(
        m,
        "IntegerToMonthInAlpha",
        "EntierVersMoisEnLettre",
        s(1, 1, Type::Str, "n"),
        integer_to_month_in_alpha,
    );
    register_both(m, "WeekNumber", "NuméroDeSemaine", s(0, 1, Type::Int, "[date]"), week_number);
    register_both(m, "DateToWeekNumber", "DateVersNuméroDeSemaine", s(0, 1, Type::Int, "[date]"), date_to_week_number);
    register_both(m, "LastDayOfMonth", "DernierJourDuMois", s(0, 1, Type::Date, "[date]"), last_day_of_month);
    register_both(m, "FirstDayOfMonth", "PremierJourDuMois", s(0, 1, Type::Date, "[date]"), first_day_of_month);
    register_both(m, "FirstDayOfWeek", "PremierJourDeLaSemaine", s(0, 1, Type::Date, "[date]"), first_day_of_week);
    register_both(m, "LastDayOfWeek", "DernierJourDeLaSemaine", s(0, 1, Type::Date, "[date]"), last_day_of_week);
    register_both(m, "LeapYear", "AnnéeBissextile", s(1, 1, Type::Bool, "year"), leap_year);
}
