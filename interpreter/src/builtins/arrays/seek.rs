//! ArraySeek: linear searches forward and backward from a start index, binary search, and
//! searches on a member of an array of structures.

use super::not_array;
use crate::builtins::arg;
use crate::error::{codes, RuntimeError};
use crate::ops;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::cmp::Ordering;

pub const AS_LINEAR: i64 = 1;
pub const AS_BINARY: i64 = 2;
pub const AS_LINEAR_NEXT: i64 = 3;
pub const AS_LINEAR_LAST: i64 = 4;
pub const AS_LINEAR_PREVIOUS: i64 = 5;

/// The value compared in element `v`: the member `member` of a structure, or `v` itself.
pub(super) fn key(v: &Value, member: Option<usize>) -> &Value {
    match (v, member) {
        (Value::Struct(s), Some(i)) => &s.fields[i],
        _ => v,
    }
}

/// The index of the member named `name` in the structures of `items`.
pub(super) fn member_index(items: &[Value], name: &str, function: &str) -> Result<Option<usize>, RuntimeError> {
    let Some(Value::Struct(first)) = items.first() else { return Ok(None) };
    first.def.field_index(name).map(Some).ok_or_else(|| {
        RuntimeError::fatal(format!("{function}: `{}` has no member `{name}`", first.def.name))
            .with_code(codes::UNKNOWN_MEMBER)
    })
}

/// 0-based index where the search of `mode` finds `wanted`, from the 1-based `start`.
fn seek(
    items: &[Value],
    mode: i64,
    wanted: &Value,
    start: Option<i64>,
    member: Option<usize>,
) -> Result<Option<usize>, RuntimeError> {
    let len = items.len() as i64;
    let is = |i: &usize| ops::equals(key(&items[*i], member), wanted);
    // Where a linear search starts (1-based): asLinear from `start`, asLinearNext after it,
    // asLinearPrevious before it, asLinearLast from the end.
    let found =
        match mode {
            AS_LINEAR => {
                let from = start.unwrap_or(1).max(1) - 1;
                (from.min(len) as usize..items.len()).find(is)
            }
            AS_LINEAR_NEXT => {
                let from = start.unwrap_or(0).max(0);
                (from.min(len) as usize..items.len()).find(is)
            }
            AS_LINEAR_LAST => (0..items.len()).rev().find(is),
            AS_LINEAR_PREVIOUS => {
                let before = start.unwrap_or(len + 1).min(len + 1).saturating_sub(1);
                (0..before.max(0) as usize).rev().find(is)
            }
            AS_BINARY => {
                let result = items.binary_search_by(|v| ops::compare(key(v, member), wanted));
                let mut i = match result {
                    Ok(i) => i,
                    Err(_) => return Ok(None),
                };
                // The first of equal elements, as a linear search would find.
                while i > 0 && ops::compare(key(&items[i - 1], member), wanted) == Ordering::Equal {
                    i -= 1;
                }
                Some(i)
            }
            other => return Err(RuntimeError::fatal(format!("ArraySeek: unknown search mode {other}"))
                .with_code(codes::TYPE_MISMATCH)
                .with_help(
                    "the modes are asLinear, asLinearFirst, asLinearNext, asLinearLast, asLinearPrevious and asBinary",
                )),
        };
    Ok(found)
}

pub fn register(m: &mut Module) {
    for (name, value) in [
        ("asLinear", AS_LINEAR),
        ("tcLinéaire", AS_LINEAR),
        ("asLinearFirst", AS_LINEAR),
        ("tcLinéairePremier", AS_LINEAR),
        ("asLinearNext", AS_LINEAR_NEXT),
        ("tcLinéaireSuivant", AS_LINEAR_NEXT),
        ("asLinearLast", AS_LINEAR_LAST),
        ("tcLinéaireDernier", AS_LINEAR_LAST),
        ("asLinearPrevious", AS_LINEAR_PREVIOUS),
        ("tcLinéairePrécédent", AS_LINEAR_PREVIOUS),
        ("asBinary", AS_BINARY),
        ("tcDichotomique", AS_BINARY),
    ] {
        m.register_constant(name, Value::Int(value));
    }
    // ArraySeek(array, mode, value [, start]) or, on an array of structures,
    // ArraySeek(array, mode, member, value [, start]).
    m.register_fn(
        "ArraySeek",
        Signature::new(3, 5).returns(Type::Int).params("array, asLinear…, [member,] value [, start]"),
        |_, a| {
            super::check_plain(&a[0], "ArraySeek", false)?;
            let (items, elem_is_struct) = match &a[0] {
                Value::Array(arr) => (&arr.items, matches!(arr.elem, Type::Struct(_))),
                Value::Null => return Ok(Value::Int(-1)),
                other => return Err(not_array(other)),
            };
            let of_structures = elem_is_struct || matches!(items.first(), Some(Value::Struct(_)));
            let (member, wanted, start) = if of_structures {
                let names = a[2].to_text();
                if names.contains(';') {
                    return Err(RuntimeError::fatal("ArraySeek: wl searches on one member at a time")
                        .with_code(codes::TYPE_MISMATCH));
                }
                (member_index(items, names.trim(), "ArraySeek")?, arg(a, 3), arg(a, 4))
            } else {
                if a.len() > 4 {
                    return Err(RuntimeError::fatal("ArraySeek: too many arguments for an array of simple values")
                        .with_code(codes::TYPE_MISMATCH));
                }
                (None, a[2].clone(), arg(a, 3))
            };
            let start = (!matches!(start, Value::Null)).then(|| start.to_int());
            Ok(Value::Int(seek(items, a[1].to_int(), &wanted, start, member)?.map(|i| i as i64 + 1).unwrap_or(-1)))
        },
    );
    m.register_alias("TableauCherche", "ArraySeek");
}
