//! Day and month names, English and French. French names are lower case, as French writes
//! them and as PC SOFT's French examples show (`mardi 02 décembre 2003`); the abbreviations
//! are the ones those examples use (`mar.`, `déc.`).

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Lang {
    English,
    French,
}

const DAYS_EN: [&str; 7] = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const DAYS_FR: [&str; 7] = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];
const DAYS_FR_SHORT: [&str; 7] = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."];
const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const MONTHS_FR: [&str; 12] = [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
];
const MONTHS_FR_SHORT: [&str; 12] =
    ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.", "déc."];

/// The name of day `n` (1 = Monday … 7 = Sunday), full or abbreviated.
pub fn day_name(n: u32, lang: Lang, short: bool) -> &'static str {
    let i = (n.clamp(1, 7) - 1) as usize;
    match (lang, short) {
        (Lang::English, false) => DAYS_EN[i],
        (Lang::English, true) => &DAYS_EN[i][..3],
        (Lang::French, false) => DAYS_FR[i],
        (Lang::French, true) => DAYS_FR_SHORT[i],
    }
}

/// The name of month `n` (1 = January), full or abbreviated.
pub fn month_name(n: u32, lang: Lang, short: bool) -> &'static str {
    let i = (n.clamp(1, 12) - 1) as usize;
    match (lang, short) {
        (Lang::English, false) => MONTHS_EN[i],
        (Lang::English, true) => &MONTHS_EN[i][..3],
        (Lang::French, false) => MONTHS_FR[i],
        (Lang::French, true) => MONTHS_FR_SHORT[i],
    }
}

/// Which month a name (full or abbreviated, either language, any case) is.
pub fn month_from_name(text: &str) -> Option<(u32, usize)> {
    let lower = text.to_lowercase();
    let mut best: Option<(u32, usize)> = None;
    for i in 0..12u32 {
        for name in
            [MONTHS_EN[i as usize], MONTHS_FR[i as usize], MONTHS_FR_SHORT[i as usize], &MONTHS_EN[i as usize][..3]]
        {
            let name = name.to_lowercase();
            if lower.starts_with(&name) && best.is_none_or(|(_, len)| name.len() > len) {
                best = Some((i + 1, name.len()));
            }
        }
    }
    // The length is in bytes of the lower-case name; callers advance by characters.
    best.map(|(m, len)| (m, lower[..len].chars().count()))
}

/// Which day a name (full or abbreviated, either language, any case) is, with its length
/// in characters.
pub fn day_from_name(text: &str) -> Option<(u32, usize)> {
    let lower = text.to_lowercase();
    let mut best: Option<(u32, usize)> = None;
    for i in 0..7u32 {
        for name in [DAYS_EN[i as usize], DAYS_FR[i as usize], DAYS_FR_SHORT[i as usize], &DAYS_EN[i as usize][..3]] {
            let name = name.to_lowercase();
            if lower.starts_with(&name) && best.is_none_or(|(_, len)| name.len() > len) {
                best = Some((i + 1, name.len()));
            }
        }
    }
    best.map(|(d, len)| (d, lower[..len].chars().count()))
}
