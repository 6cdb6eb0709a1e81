//! Searching for several strings at once, and for the n-th occurrence: `Position` given an
//! array of strings, and `PositionOccurrence` (the same name in French), with its browse
//! constants `firstRank`, `nextRank`, `lastRank`, `previousRank` (French `rangPremier`,
//! `rangSuivant`, `rangDernier`, `rangPrécédent`). PC SOFT's PositionOccurrence page gives
//! the cases `tests/scripts/strings/position_occurrence*.wl` replay.

use super::search::{folded, matches_at, SearchOptions, FROM_END, IGNORE_CASE, WHOLE_WORD};
use super::text;
use crate::builtins::given;
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::cell::Cell;

/// The browse constants. A rank is 1 or more, so these negative values never stand for one.
pub const FIRST_RANK: i64 = -1;
pub const NEXT_RANK: i64 = -2;
pub const LAST_RANK: i64 = -3;
pub const PREVIOUS_RANK: i64 = -4;

thread_local! {
    /// Where the last `PositionOccurrence` browse stopped (0-based character index), as
    /// `nextRank` and `previousRank` continue from it; `None` before any `firstRank` or
    /// `lastRank`. WLanguage keeps one such browse, not one per string.
    static BROWSE: Cell<Option<Option<usize>>> = const { Cell::new(None) };
}

/// The strings searched for: one string, or the strings of an array (empty ones, such as
/// the two `array of 2 strings` starts with before `ArrayAdd`, are never found).
pub(super) fn needles(v: &Value, options: SearchOptions) -> Vec<Vec<char>> {
    let mut out = Vec::new();
    match v {
        Value::Array(a) => {
            for item in &a.items {
                let n = folded(text(item).as_str(), options);
                if !n.is_empty() {
                    out.push(n);
                }
            }
        }
        v => {
            let n = folded(text(v).as_str(), options);
            if !n.is_empty() {
                out.push(n);
            }
        }
    }
    out
}

/// Character indexes (0-based) where one of `needles` starts, left to right; a found string
/// is skipped over before looking again (the first string of the array that matches wins).
fn occurrences(hay: &[char], needles: &[Vec<char>], options: SearchOptions) -> Vec<usize> {
    let mut found = Vec::new();
    let mut i = 0;
    while i < hay.len() {
        match needles.iter().find(|n| matches_at(hay, i, n, options)) {
            Some(n) => {
                found.push(i);
                i += n.len();
            }
            None => i += 1,
        }
    }
    found
}

/// `Position` given an array: the first position where one of the strings starts, at or
/// after `start` (at or before it `FromEnd`), 1-based; 0 when none.
pub(super) fn position_of_any(s: &Value, searched: &Value, start: Option<usize>, options: SearchOptions) -> i64 {
    let hay: Vec<char> = text(s).as_str().chars().collect();
    let needles = needles(searched, options);
    let at = |i: usize| needles.iter().any(|n| matches_at(&hay, i, n, options));
    let found = if options.from_end {
        let last_start = start.unwrap_or(hay.len()).min(hay.len());
        (0..=last_start).rev().find(|&i| at(i))
    } else {
        (start.unwrap_or(0)..hay.len()).find(|&i| at(i))
    };
    found.map(|i| i as i64 + 1).unwrap_or(0)
}

fn position_occurrence(a: &[Value]) -> Result<Value, RuntimeError> {
    let options = SearchOptions::read(given(a, 3), "PositionOccurrence", IGNORE_CASE | WHOLE_WORD | FROM_END)?;
    let hay: Vec<char> = text(&a[0]).as_str().chars().collect();
    let found = occurrences(&hay, &needles(&a[1], options), options);
    let rank = a[2].to_int();
    // Browsing forward means towards the end, unless the search goes from the end.
    let forward = !options.from_end;
    let pick = match rank {
        FIRST_RANK | LAST_RANK => {
            let first = (rank == FIRST_RANK) == forward;
            if first {
                found.first().copied()
            } else {
                found.last().copied()
            }
        }
        NEXT_RANK | PREVIOUS_RANK => {
            let Some(from) = BROWSE.get() else {
                return Err(RuntimeError::fatal(
                    "PositionOccurrence: nextRank and previousRank continue a browse that firstRank or lastRank starts",
                )
                .with_code(codes::GENERIC));
            };
            let towards_end = (rank == NEXT_RANK) == forward;
            match from {
                // The browse already ran past its last occurrence.
                None => None,
                Some(from) if towards_end => found.iter().copied().find(|&i| i > from),
                Some(from) => found.iter().rev().copied().find(|&i| i < from),
            }
        }
        n if n >= 1 => {
            let n = n as usize - 1;
            let pick = if forward { found.get(n) } else { found.len().checked_sub(n + 1).and_then(|i| found.get(i)) };
            return Ok(Value::Int(pick.map(|&i| i as i64 + 1).unwrap_or(0)));
        }
        n => {
            return Err(RuntimeError::fatal(format!(
                "PositionOccurrence: the rank must be 1 or more, or firstRank, nextRank, lastRank, previousRank; not {n}"
            ))
            .with_code(codes::INDEX_OUT_OF_RANGE));
        }
    };
    BROWSE.set(Some(pick));
    Ok(Value::Int(pick.map(|i| i as i64 + 1).unwrap_or(0)))
}

pub fn register(m: &mut Module) {
    for (english, french, value) in [
        ("firstRank", "rangPremier", FIRST_RANK),
        ("nextRank", "rangSuivant", NEXT_RANK),
        ("lastRank", "rangDernier", LAST_RANK),
        ("previousRank", "rangPrécédent", PREVIOUS_RANK),
    ] {
        m.register_constant(english, Value::Int(value));
        m.register_constant(french, Value::Int(value));
    }
    m.register_fn(
        "PositionOccurrence",
        Signature::new(3, 4).returns(Type::Int).params("s, searched (string or array of strings), rank [, options]"),
        |_, a| position_occurrence(a),
    );
}
