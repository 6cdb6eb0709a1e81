//! ArraySort: simple values ascending or descending, arrays of structures on their members
//! (`ArraySort(arr, asMember, "+nAge;-sName")`), or any array with a comparison procedure
//! (`ArraySort(arr, asFunction, Compare)`, PC SOFT's `<Array>.Sort` page).

use super::seek::{key, member_index};
use super::{array_mut, not_array};
use crate::builtins::arg;
use crate::error::{codes, RuntimeError};
use crate::ops;
use crate::registry::{Module, Signature};
use crate::value::Value;
use std::cmp::Ordering;

pub const AS_ASCENDING: i64 = 1;
pub const AS_DESCENDING: i64 = 2;
pub const AS_MEMBER: i64 = 4;
pub const AS_FUNCTION: i64 = 8;

/// The members to sort on, each with its direction: "+nAge;-sName" (no sign: ascending).
fn sort_keys(items: &[Value], spec: &str) -> Result<Vec<(usize, bool)>, RuntimeError> {
    let mut keys = Vec::new();
    for part in spec.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let (descending, name) = match part.as_bytes()[0] {
            b'-' => (true, part[1..].trim()),
            b'+' => (false, part[1..].trim()),
            _ => (false, part),
        };
        if let Some(i) = member_index(items, name, "ArraySort")? {
            keys.push((i, descending));
        }
    }
    Ok(keys)
}

pub fn register(m: &mut Module) {
    for (name, value) in [
        ("asAscending", AS_ASCENDING),
        ("ttCroissant", AS_ASCENDING),
        ("asDescending", AS_DESCENDING),
        ("ttDécroissant", AS_DESCENDING),
        ("asMember", AS_MEMBER),
        ("ttMembre", AS_MEMBER),
        ("asFunction", AS_FUNCTION),
        ("ttFonction", AS_FUNCTION),
    ] {
        m.register_constant(name, Value::Int(value));
    }
    m.register_fn(
        "ArraySort",
        Signature::new(1, 3)
            .by_ref(0)
            .callback(2)
            .params("array [, asAscending | asDescending | asMember | asFunction [, members | procedure]]"),
        |m, a| {
            let options = match arg(a, 1) {
                Value::Null => AS_ASCENDING,
                v => v.to_int(),
            };
            if options == AS_FUNCTION {
                return sort_with_procedure(m, a);
            }
            if options & !(AS_ASCENDING | AS_DESCENDING | AS_MEMBER) != 0 || options & 3 == 3 {
                return Err(RuntimeError::fatal(format!("ArraySort: unknown option {options}"))
                    .with_code(codes::TYPE_MISMATCH)
                    .with_help("the options are asAscending, asDescending, asMember and asFunction"));
            }
            let descending = options & AS_DESCENDING != 0;
            let members = arg(a, 2);
            if matches!(a[0], Value::Null) {
                return Ok(Value::Null);
            }
            if !matches!(a[0], Value::Array(_)) {
                return Err(not_array(&a[0]));
            }
            super::check_plain(&a[0], "ArraySort", false)?;
            let arr = array_mut(&mut a[0])?;
            let of_structures = matches!(arr.elem, crate::types::Type::Struct(_))
                || matches!(arr.items.first(), Some(Value::Struct(_)));
            if of_structures {
                if matches!(members, Value::Null) {
                    return Err(RuntimeError::fatal("ArraySort: an array of structures is sorted on its members")
                        .with_code(codes::TYPE_MISMATCH)
                        .with_help("name them: ArraySort(arr, asMember, \"+nAge;-sName\")"));
                }
                let keys = sort_keys(&arr.items, &members.to_text())?;
                arr.items.sort_by(|x, y| {
                    let mut order = Ordering::Equal;
                    for &(i, desc) in &keys {
                        let o = ops::compare(key(x, Some(i)), key(y, Some(i)));
                        order = if desc != descending { o.reverse() } else { o };
                        if order != Ordering::Equal {
                            break;
                        }
                    }
                    order
                });
            } else {
                if !matches!(members, Value::Null) || options & AS_MEMBER != 0 {
                    return Err(RuntimeError::fatal("ArraySort: members are for arrays of structures")
                        .with_code(codes::TYPE_MISMATCH));
                }
                if arr.items.iter().any(|v| matches!(v, Value::Array(_) | Value::Assoc(_))) {
                    return Err(RuntimeError::fatal("ArraySort: wl does not sort arrays of arrays")
                        .with_code(codes::TYPE_MISMATCH));
                }
                arr.items.sort_by(|x, y| if descending { ops::compare(y, x) } else { ops::compare(x, y) });
            }
            Ok(Value::Null)
        },
    );
    m.register_alias("TableauTrie", "ArraySort");
}

/// `ArraySort(arr, asFunction, Compare)`: `Compare(a, b)` returns a negative number when `a`
/// goes before `b`, a positive one when after, 0 when they are equal.
fn sort_with_procedure(m: &mut crate::machine::Machine, a: &mut [Value]) -> Result<Value, RuntimeError> {
    let procedure = arg(a, 2);
    if !matches!(procedure, Value::Procedure(_)) {
        return Err(RuntimeError::fatal("ArraySort: asFunction needs the comparison procedure")
            .with_code(codes::TYPE_MISMATCH)
            .with_help("ArraySort(arr, asFunction, Compare), Compare taking two elements"));
    }
    if matches!(a[0], Value::Null) {
        return Ok(Value::Null);
    }
    if !matches!(a[0], Value::Array(_)) {
        return Err(not_array(&a[0]));
    }
    let arr = array_mut(&mut a[0])?;
    let items = std::mem::take(&mut arr.items);
    let compare = |x: &Value, y: &Value| -> Result<Ordering, RuntimeError> {
        let loc = crate::source::Loc::default();
        let v = crate::compile::call_procedure(m, &procedure, vec![x.clone(), y.clone()], loc)?;
        if !matches!(v, Value::Int(_) | Value::Real(_) | Value::Decimal(_) | Value::Null) {
            return Err(RuntimeError::fatal(format!(
                "ArraySort: the comparison procedure returned a {}, not a number",
                v.type_name()
            ))
            .with_code(codes::TYPE_MISMATCH));
        }
        Ok(ops::compare(&v, &Value::Int(0)))
    };
    match merge_sort(items.clone(), compare) {
        Ok(sorted) => {
            arr.items = sorted;
            Ok(Value::Null)
        }
        Err(e) => {
            arr.items = items;
            Err(e)
        }
    }
}

/// A stable merge sort whose comparison may fail. The standard library's sorts may panic
/// when the comparison is not a total order, which a script's procedure need not be.
fn merge_sort<E>(
    items: Vec<Value>,
    mut compare: impl FnMut(&Value, &Value) -> Result<Ordering, E>,
) -> Result<Vec<Value>, E> {
    let mut runs: Vec<Vec<Value>> = items.into_iter().map(|v| vec![v]).collect();
    while runs.len() > 1 {
        let mut merged = Vec::with_capacity(runs.len().div_ceil(2));
        let mut pending = runs.into_iter();
        while let Some(left) = pending.next() {
            let Some(right) = pending.next() else {
                merged.push(left);
                break;
            };
            let mut out = Vec::with_capacity(left.len() + right.len());
            let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
            while let (Some(x), Some(y)) = (l.peek(), r.peek()) {
                // Equal elements keep their order: the left one first.
                if compare(x, y)? == Ordering::Greater {
                    out.extend(r.next());
                } else {
                    out.extend(l.next());
                }
            }
            out.extend(l);
            out.extend(r);
            merged.push(out);
        }
        runs = merged;
    }
    Ok(runs.pop().unwrap_or_default())
}
