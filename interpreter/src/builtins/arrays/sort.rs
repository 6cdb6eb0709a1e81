//! ArraySort: simple values ascending or descending, arrays of structures on their members
//! (`ArraySort(arr, asMember, "+nAge;-sName")`).

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
    ] {
        m.register_constant(name, Value::Int(value));
    }
    m.register_fn(
        "ArraySort",
        Signature::new(1, 3).by_ref(0).params("array [, asAscending | asDescending | asMember [, members]]"),
        |_, a| {
            let options = match arg(a, 1) {
                Value::Null => AS_ASCENDING,
                v => v.to_int(),
            };
            if options & !(AS_ASCENDING | AS_DESCENDING | AS_MEMBER) != 0 || options & 3 == 3 {
                return Err(RuntimeError::fatal(format!("ArraySort: unknown option {options}"))
                    .with_code(codes::TYPE_MISMATCH)
                    .with_help("the options are asAscending, asDescending and asMember"));
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
