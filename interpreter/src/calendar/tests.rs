//! Expected values computed independently (Python's `datetime`) or taken from PC SOFT's
//! documented examples.

use super::*;
use crate::value::Value;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

#[test]
fn value_stays_two_words() {
    assert_eq!(std::mem::size_of::<Value>(), 16);
}

#[test]
fn date_strings() {
    assert_eq!(parse_date("20250201"), Some(date(2025, 2, 1)));
    assert_eq!(parse_date("20250229"), None);
    assert_eq!(parse_date("20240229"), Some(date(2024, 2, 29)));
    assert_eq!(parse_date("19000229"), None, "1900 is not a leap year");
    assert_eq!(parse_date("20000229"), Some(date(2000, 2, 29)), "2000 is");
    assert_eq!(parse_date("not a date"), None);
    assert_eq!(parse_date("00000101"), None, "year 0 is outside WLanguage's range");
    assert_eq!(parse_date("2025020114300000"), Some(date(2025, 2, 1)));
    assert_eq!(format_date(date(5, 3, 9)), "00050309");
}

#[test]
fn time_and_datetime_strings() {
    let t = parse_time("1230").unwrap();
    assert_eq!(format_time(t), "12300000");
    assert_eq!(parse_time("2400"), None);
    assert_eq!(parse_time("12605900"), None);
    assert_eq!(time_ms(parse_time("235959999").unwrap()), MS_PER_DAY - 1);
    let dt = parse_datetime("2025020114301525").unwrap();
    assert_eq!(format_datetime(dt), "20250201143015250");
    assert_eq!(format_datetime(parse_datetime("20250201").unwrap()), "20250201000000000");
}

#[test]
fn duration_strings() {
    assert_eq!(format_duration(Duration::from_ms(90 * MS_PER_SECOND)), "+0000130000");
    assert_eq!(format_duration(Duration::from_days(28)), "+28000000000");
    assert_eq!(format_duration(Duration::from_ms(-1500)), "-0000001500");
    assert_eq!(parse_duration("+0000130000"), Some(Duration::from_ms(90_000)));
    assert_eq!(parse_duration("3 min 30s"), Some(Duration::from_ms(210_000)));
    assert_eq!(parse_duration("1 j 2 h"), Some(Duration::from_ms(MS_PER_DAY + 2 * MS_PER_HOUR)));
    assert_eq!(parse_duration("3 parsecs"), None);
}

#[test]
fn date_arithmetic() {
    let add = |d: NaiveDate, n: i64| binary('+', &Value::Date(d), &Value::Int(n)).unwrap().unwrap();
    assert!(matches!(add(date(2024, 2, 29), 365), Value::Date(d) if d == date(2025, 2, 28)));
    assert!(matches!(add(date(2000, 2, 28), 1), Value::Date(d) if d == date(2000, 2, 29)));
    assert!(matches!(add(date(1900, 2, 28), 1), Value::Date(d) if d == date(1900, 3, 1)));
    assert!(matches!(add(date(2025, 2, 1), -90), Value::Date(d) if d == date(2024, 11, 3)));
    let between = binary('-', &Value::Date(date(2025, 3, 1)), &Value::Date(date(2025, 2, 1))).unwrap().unwrap();
    assert!(matches!(between, Value::Duration(d) if d == Duration::from_days(28)));
    assert!(binary('+', &Value::Date(date(9999, 12, 31)), &Value::Int(1)).unwrap().is_err());
    assert!(binary('+', &Value::Int(1), &Value::Date(date(2025, 1, 1))).unwrap().is_err());
    assert!(binary('+', &Value::Int(1), &Value::Int(1)).is_none());
}

#[test]
fn time_wraps_at_midnight() {
    // PC SOFT's `..Hour` example: 12:30 plus 10 hours twice is 22:30 then 08:30.
    let t = parse_time("2230").unwrap();
    let later = binary('+', &Value::Time(t), &Value::Duration(Duration::from_ms(10 * MS_PER_HOUR))).unwrap().unwrap();
    assert_eq!(later.to_text(), "08300000");
}

#[test]
fn members_read_and_carry() {
    let mut d = Value::Date(date(2001, 12, 25));
    set_member(&mut d, "Day", &Value::Int(30 + 5)).unwrap();
    assert_eq!(d.to_text(), "20020104");
    set_member(&mut d, "Mois", &Value::Int(2)).unwrap();
    set_member(&mut d, "Day", &Value::Int(31)).unwrap();
    assert_eq!(d.to_text(), "20020303", "31 February carries into March");
    let mut jan31 = Value::Date(date(2024, 1, 31));
    set_member(&mut jan31, "Month", &Value::Int(2)).unwrap();
    assert_eq!(jan31.to_text(), "20240229", "a month change keeps the day within the month");
    assert!(matches!(get_member(&Value::Date(date(2025, 2, 1)), "DayOfWeek"), Some(Ok(Value::Int(6)))));
    assert!(get_member(&Value::Date(date(2025, 2, 1)), "Hour").unwrap().is_err());
    let du = Value::Duration(Duration::from_ms(MS_PER_DAY + 2 * MS_PER_HOUR + 3 * MS_PER_MINUTE));
    assert!(matches!(get_member(&du, "Hour"), Some(Ok(Value::Int(2)))));
    assert!(matches!(get_member(&du, "EnMinutes"), Some(Ok(Value::Int(1563)))));
}

#[test]
fn integers_and_weeks() {
    assert_eq!(date_to_integer(date(2001, 12, 25)), 73773, "PC SOFT's IntegerToDate example");
    assert_eq!(integer_to_date(1), Some(date(1800, 1, 1)));
    assert_eq!(simple_week_number(date(2001, 12, 25)), 52, "PC SOFT's DateToWeekNumber example");
    assert_eq!(simple_week_number(date(2021, 1, 1)), 0, "the year starts on a Friday");
    assert_eq!(simple_week_number(date(2020, 12, 31)), 53);
    assert_eq!(last_day_of_month(date(2024, 2, 10)), date(2024, 2, 29));
    assert_eq!(last_day_of_month(date(1900, 2, 10)), date(1900, 2, 28));
    assert_eq!(last_day_of_month(date(2025, 12, 1)), date(2025, 12, 31));
}

#[test]
fn masks() {
    let d = date(2003, 12, 2);
    let f = |m: &str| format_with_mask(m, MaskKind::Date, Some(d), None, Lang::English);
    assert_eq!(f("JJJ JJ MMM AAAA"), "mar. 02 déc. 2003");
    assert_eq!(f("JJJJ JJ MMMM AAAA"), "mardi 02 décembre 2003");
    assert_eq!(f("Jjjj JJ Mmmm AAAA"), "Mardi 02 Décembre 2003");
    assert_eq!(f("DDDD DD MMMM YYYY"), "Tuesday 02 December 2003");
    assert_eq!(f("D/M/YY"), "2/12/03");
    assert_eq!(format_with_mask("DDDD", MaskKind::Date, Some(d), None, Lang::French), "mardi");
    assert_eq!(parse_with_mask("25/12/2019", "DD/MM/YYYY"), Some(date(2019, 12, 25)));
    assert_eq!(parse_with_mask("2 décembre 2003", "J MMMM AAAA"), Some(date(2003, 12, 2)));
    assert_eq!(parse_with_mask("31/02/2019", "DD/MM/YYYY"), None);
    assert_eq!(parse_with_mask("25/12/19", "DD/MM/YY"), Some(date(2019, 12, 25)));
}

#[test]
fn odd_text_never_panics() {
    let texts = [
        "",
        " ",
        "+",
        "-",
        "0",
        "-0",
        "99999999",
        "00000000",
        "2025013",
        "20251301",
        "2025010199",
        "İİİ",
        "ééé",
        "1 1",
        "3 parsecs",
        "9999999999999999999 d",
        "+99999999999999999999",
        "-00000000000",
        "12:30",
        "24000000",
        "235960",
        "\u{0}",
        "DDDD",
        "MMMMMMMMMM",
        "J",
        "mm",
        "Mmm",
        "CCCCC",
        "YY",
        "A",
    ];
    let d = date(2024, 2, 29);
    let t = NaiveTime::from_hms_milli_opt(23, 59, 59, 999).unwrap();
    for a in texts {
        let _ = (parse_date(a), parse_time(a), parse_datetime(a), parse_duration(a));
        for kind in [MaskKind::Date, MaskKind::Time, MaskKind::DateTime] {
            let _ = format_with_mask(a, kind, Some(d), Some(t), Lang::French);
            let _ = format_with_mask(a, kind, None, None, Lang::English);
        }
        for b in texts {
            let _ = parse_with_mask(a, b);
        }
    }
}
