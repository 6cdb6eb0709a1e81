//! Taking parts of strings: Left, Right, Middle, ExtractString, ExtractLine. Positions count
//! characters, 1-based. A negative length or a start before 1 is an error (never clamped
//! into a plausible answer); past the end of the string the part is shorter, or empty.

use super::occurrence::{FIRST_RANK, LAST_RANK, NEXT_RANK, PREVIOUS_RANK};
use super::search::nth_part;
use super::search::{FROM_BEGINNING, FROM_END};
use super::{text, Str};
use crate::builtins::given;
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Receiver, Signature};
use crate::types::Type;
use crate::value::Value;
use std::cell::Cell;

/// A count of characters given to `function`: 0 or more.
#[inline]
fn length_arg(v: &Value, function: &str) -> Result<usize, RuntimeError> {
    let n = v.to_int();
    if n < 0 {
        return Err(negative_length(function, n));
    }
    Ok(n as usize)
}

#[cold]
fn negative_length(function: &str, n: i64) -> RuntimeError {
    RuntimeError::fatal(format!("{function}: the number of characters cannot be negative ({n})"))
        .with_code(codes::INDEX_OUT_OF_RANGE)
}

/// The `n`-th part (1-based) of `s`, cut at each `separator`; EOT when there is none.
fn extract<'s>(s: &'s Str, n: i64, separator: &str, function: &str) -> Result<&'s str, RuntimeError> {
    if n < 1 {
        return Err(RuntimeError::fatal(format!("{function}: the rank must be 1 or more, not {n}"))
            .with_code(codes::INDEX_OUT_OF_RANGE));
    }
    let part = if separator.is_empty() {
        (n == 1).then(|| s.as_str())
    } else {
        nth_part(s.as_str(), separator, n as usize - 1)
    };
    Ok(part.unwrap_or(super::EOT))
}

thread_local! {
    /// The rank the last ExtractString browse (`firstRank`, then `nextRank`…) reached,
    /// counted in that browse's direction; `nextRank` and `previousRank` continue from it.
    static BROWSE: Cell<Option<i64>> = const { Cell::new(None) };
}

/// `ExtractString(s, rank [, separator [, direction]])`. The rank is a number (1 is the first
/// part, or the last one `FromEnd`) or a browse constant, as in WinDev code such as
/// `ExtraitChaîne(sNom, rangPremier, "-", DepuisDébut)`.
fn extract_string(a: &[Value]) -> Result<Value, RuntimeError> {
    let sep = match given(a, 2) {
        None => Str::from("\t"),
        Some(Value::Array(_)) => {
            return Err(RuntimeError::fatal("ExtractString: wl does not take an array of separators")
                .with_code(codes::TYPE_MISMATCH))
        }
        Some(v) => text(v),
    };
    let from_end = match given(a, 3).map(Value::to_int) {
        None | Some(FROM_BEGINNING) => false,
        Some(FROM_END) => true,
        Some(n) => {
            return Err(RuntimeError::fatal(format!("ExtractString: unknown direction {n}"))
                .with_code(codes::TYPE_MISMATCH)
                .with_help("the direction is FromBeginning or FromEnd"))
        }
    };
    let s = text(&a[0]);
    let parts = || if sep.is_empty() { 1 } else { s.as_str().matches(sep.as_str()).count() as i64 + 1 };
    let browse = |rank: i64| {
        BROWSE.set(Some(rank));
        rank
    };
    let rank = match a[1].to_int() {
        FIRST_RANK => browse(1),
        LAST_RANK => browse(parts()),
        n @ (NEXT_RANK | PREVIOUS_RANK) => {
            let Some(at) = BROWSE.get() else {
                return Err(RuntimeError::fatal(
                    "ExtractString: nextRank and previousRank continue a browse that firstRank or lastRank starts",
                )
                .with_code(codes::GENERIC));
            };
            let rank = browse(if n == NEXT_RANK { at + 1 } else { at - 1 });
            if rank < 1 {
                return Ok(Value::str(super::EOT));
            }
            rank
        }
        n => n,
    };
    let rank = if from_end && rank >= 1 {
        let n = parts() - rank + 1;
        if n < 1 {
            return Ok(Value::str(super::EOT));
        }
        n
    } else {
        rank
    };
    Ok(Value::str(extract(&s, rank, sep.as_str(), "ExtractString")?))
}

pub fn register(m: &mut Module) {
    m.register_fn("Left", Signature::new(2, 2).returns(Type::Str).params("s, n"), |_, a| {
        let s = text(&a[0]);
        Ok(Value::str(s.char_slice(0, length_arg(&a[1], "Left")?)))
    });
    m.register_alias("Gauche", "Left");
    m.register_fn("Right", Signature::new(2, 2).returns(Type::Str).params("s, n"), |_, a| {
        let s = text(&a[0]);
        let n = length_arg(&a[1], "Right")?.min(s.char_len());
        Ok(Value::str(s.char_slice(s.char_len() - n, s.char_len())))
    });
    m.register_alias("Droite", "Right");
    m.register_fn("Middle", Signature::new(2, 3).returns(Type::Str).params("s, start [, length]"), |_, a| {
        let s = text(&a[0]);
        let start = a[1].to_int();
        if start < 1 {
            return Err(RuntimeError::fatal(format!("Middle: the start position must be 1 or more, not {start}"))
                .with_code(codes::INDEX_OUT_OF_RANGE));
        }
        let start = start as usize - 1;
        let len = match given(a, 2) {
            None => s.char_len(),
            Some(n) => length_arg(n, "Middle")?,
        };
        Ok(Value::str(s.char_slice(start, start.saturating_add(len))))
    });
    m.register_alias("Milieu", "Middle");
    m.register_fn(
        "ExtractString",
        Signature::new(2, 4).returns(Type::Str).params("s, rank [, separator [, FromBeginning | FromEnd]]"),
        |_, a| extract_string(a),
    );
    m.register_alias("ExtraitChaîne", "ExtractString");
    // `Liste.ExtractString(2, CR)`: the string is the first argument.
    m.register_method(Receiver::Str, "ExtractString", "ExtractString", false);
    m.register_method(Receiver::Str, "ExtraitChaîne", "ExtractString", false);
    // ExtractLine(s, n): the n-th line, lines ending with CR (CR+LF in WLanguage).
    m.register_fn("ExtractLine", Signature::new(2, 3).returns(Type::Str).params("s, n [, separator]"), |_, a| {
        let sep = match given(a, 2) {
            None => Str::from("\r\n"),
            Some(v) => text(v),
        };
        Ok(Value::str(extract(&text(&a[0]), a[1].to_int(), sep.as_str(), "ExtractLine")?))
    });
    m.register_alias("ExtraitLigne", "ExtractLine");
}
