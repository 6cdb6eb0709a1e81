//! Date and time functions. Today, DateSys, Now, TimeSys and DateTimeSys return typed Date,
//! Time and DateTime values, which print as WLanguage's `YYYYMMDD` / `HHMMSSCC` /
//! `YYYYMMDDHHMMSSCC` strings, so code that treats them as strings keeps working.
//! Arguments may be those values or strings in those forms; anything else is an error.

#[path = "dates_calc.rs"]
mod calc;
#[path = "dates_text.rs"]
mod text;

use crate::calendar::{self, Lang, NaiveDate, NaiveDateTime, NaiveTime};
use crate::error::RuntimeError;
use crate::machine::Machine;
use crate::registry::{Module, NativeResult, Signature};
use crate::types::Type;
use crate::value::Value;
use chrono::{Local, TimeZone, Utc};

/// The current local date and time, to the millisecond.
fn now() -> NaiveDateTime {
    let now = Local::now().naive_local();
    let ms = (now.nanosecond() / 1_000_000).min(999);
    now.with_nanosecond(ms * 1_000_000).unwrap_or(now)
}

use chrono::Timelike;

fn invalid(v: &Value, what: &str) -> RuntimeError {
    RuntimeError::fatal(format!("`{}` is not a valid {what}", v.to_text()))
        .with_code(crate::error::codes::TYPE_MISMATCH)
}

/// A date argument: a Date, the date of a DateTime, or a `YYYYMMDD` string.
pub(crate) fn date_arg(v: &Value) -> Result<NaiveDate, RuntimeError> {
    match v.deref() {
        Value::Date(d) if d != calendar::EMPTY_DATE => Ok(d),
        Value::DateTime(dt) if dt != calendar::EMPTY_DATETIME => Ok(dt.date()),
        other => calendar::parse_date(&other.to_text()).ok_or_else(|| invalid(&other, "date (YYYYMMDD)")),
    }
}

/// A time argument: a Time, the time of a DateTime, or an `HHMM[SS[CC]]` string.
pub(crate) fn time_arg(v: &Value) -> Result<NaiveTime, RuntimeError> {
    match v.deref() {
        Value::Time(t) => Ok(t),
        Value::DateTime(dt) if dt != calendar::EMPTY_DATETIME => Ok(dt.time()),
        other => calendar::parse_time(&other.to_text()).ok_or_else(|| invalid(&other, "time (HHMMSSCC)")),
    }
}

/// A date-time argument: a DateTime, a Date (at midnight), or a `YYYYMMDD[HHMM[SS[CC]]]` string.
pub(crate) fn datetime_arg(v: &Value) -> Result<NaiveDateTime, RuntimeError> {
    match v.deref() {
        Value::DateTime(dt) if dt != calendar::EMPTY_DATETIME => Ok(dt),
        Value::Date(d) if d != calendar::EMPTY_DATE => Ok(d.and_time(NaiveTime::MIN)),
        other => calendar::parse_datetime(&other.to_text())
            .ok_or_else(|| invalid(&other, "date and time (YYYYMMDDHHMMSSCC)")),
    }
}

/// An optional date argument: today when absent.
pub(crate) fn date_or_today(args: &[Value], i: usize) -> Result<NaiveDate, RuntimeError> {
    match args.get(i) {
        Some(v) if !matches!(v, Value::Null) => date_arg(v),
        _ => Ok(now().date()),
    }
}

/// Registers a function under its English and French names; the French name gives French
/// day and month names (`DateVersJourEnLettre` says `mardi`, `DateToDayInAlpha` `Tuesday`).
/// The French name is also registered without accents.
pub(crate) fn register_both(
    m: &mut Module,
    english: &str,
    french: &str,
    sig: Signature,
    f: fn(Lang, &mut Machine, &mut [Value]) -> NativeResult,
) {
    m.register_fn(english, sig.clone(), move |m, a| f(Lang::English, m, a));
    m.register_fn(french, sig.clone(), move |m, a| f(Lang::French, m, a));
    let plain = without_accents(french);
    if plain != french {
        m.register_fn(&plain, sig, move |m, a| f(Lang::French, m, a));
    }
}

fn without_accents(s: &str) -> String {
    s.chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' => 'e',
            'É' => 'E',
            'î' => 'i',
            'û' | 'ù' => 'u',
            'à' | 'â' => 'a',
            other => other,
        })
        .collect()
}

/// Milliseconds since an arbitrary start (the first call), for measuring durations.
fn tick_count() -> i64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_millis() as i64
}

fn local_to_utc(dt: NaiveDateTime) -> Result<NaiveDateTime, RuntimeError> {
    match Local.from_local_datetime(&dt).earliest() {
        Some(local) => Ok(local.naive_utc()),
        None => Err(RuntimeError::fatal(format!(
            "{} does not exist in the local time zone (skipped by a daylight-saving change)",
            calendar::format_datetime(dt)
        ))),
    }
}

fn utc_to_local(dt: NaiveDateTime) -> NaiveDateTime {
    Utc.from_utc_datetime(&dt).with_timezone(&Local).naive_local()
}

fn register_clock(m: &mut Module) {
    let typed = |ty: Type| Signature::new(0, 0).returns(ty);
    m.register_fn("Today", typed(Type::Date), |_, _| Ok(Value::Date(now().date())));
    m.register_alias("DateDuJour", "Today");
    m.register_fn("DateSys", typed(Type::Date), |_, _| Ok(Value::Date(now().date())));
    m.register_fn("Yesterday", typed(Type::Date), |_, _| {
        Ok(Value::Date(now().date().pred_opt().unwrap_or(NaiveDate::MIN)))
    });
    m.register_alias("Hier", "Yesterday");
    m.register_fn("Now", typed(Type::Time), |_, _| Ok(Value::Time(now().time())));
    m.register_alias("Maintenant", "Now");
    m.register_fn("TimeSys", typed(Type::Time), |_, _| Ok(Value::Time(now().time())));
    m.register_alias("HeureSys", "TimeSys");
    m.register_fn("DateTimeSys", typed(Type::DateTime), |_, _| Ok(Value::DateTime(now())));
    m.register_alias("SysDateTime", "DateTimeSys");
    m.register_alias("DateHeureSys", "DateTimeSys");
    m.register_fn("GetTickCount", Signature::new(0, 0).returns(Type::Int), |_, _| Ok(Value::Int(tick_count())));
    m.register_fn(
        "DateTimeLocalToUTC",
        Signature::new(1, 1).returns(Type::DateTime).params("local date-time"),
        |_, a| Ok(Value::DateTime(local_to_utc(datetime_arg(&a[0])?)?)),
    );
    m.register_alias("DateHeureLocaleVersUTC", "DateTimeLocalToUTC");
    m.register_fn(
        "DateTimeUTCToLocal",
        Signature::new(1, 1).returns(Type::DateTime).params("UTC date-time"),
        |_, a| Ok(Value::DateTime(utc_to_local(datetime_arg(&a[0])?))),
    );
    m.register_alias("DateHeureUTCVersLocale", "DateTimeUTCToLocal");
}

pub fn register(m: &mut Module) {
    register_clock(m);
    text::register(m);
    calc::register(m);
}
