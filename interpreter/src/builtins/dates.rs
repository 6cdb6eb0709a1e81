//! Dates and times as WLanguage strings: dates `YYYYMMDD`, times `HHMMSSCC` (CC: hundredths).

use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use chrono::{Local, Timelike};

fn date() -> String {
    Local::now().format("%Y%m%d").to_string()
}

fn time() -> String {
    let now = Local::now();
    format!("{}{:02}", now.format("%H%M%S"), now.nanosecond() / 10_000_000 % 100)
}

/// Milliseconds since an arbitrary start (the first call), for measuring durations.
fn tick_count() -> i64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    START.get_or_init(std::time::Instant::now).elapsed().as_millis() as i64
}

pub fn register(m: &mut Module) {
    let date_sig = || Signature::new(0, 0).returns(Type::Str);
    m.register_fn("Today", date_sig(), |_, _| Ok(Value::str(date())));
    m.register_fn("DateSys", date_sig(), |_, _| Ok(Value::str(date())));
    m.register_fn("Now", date_sig(), |_, _| Ok(Value::str(time())));
    m.register_fn("TimeSys", date_sig(), |_, _| Ok(Value::str(time())));
    m.register_fn("DateTimeSys", date_sig(), |_, _| Ok(Value::str(format!("{}{}", date(), time()))));
    m.register_fn("GetTickCount", Signature::new(0, 0).returns(Type::Int), |_, _| Ok(Value::Int(tick_count())));
    m.register_alias("DateDuJour", "Today");
    m.register_alias("Maintenant", "Now");
    m.register_alias("HeureSys", "TimeSys");
}
