//! Array functions (docs/library.md), also reachable as methods: `arr.Add(v)`, `arr.Count`.

use crate::error::{codes, RuntimeError};
use crate::machine::Machine;
use crate::registry::{Module, Receiver, Signature};
use crate::types::Type;
use crate::value::{ArrayValue, Value};
use std::rc::Rc;

mod seek;
mod sort;

fn not_array(v: &Value) -> RuntimeError {
    RuntimeError::fatal(format!("an array was expected, not a {}", v.type_name())).with_code(codes::TYPE_MISMATCH)
}

/// The array in `v` to modify in place; a variant that holds nothing yet becomes an array.
fn array_mut(v: &mut Value) -> Result<&mut ArrayValue, RuntimeError> {
    if matches!(v, Value::Null) {
        *v = Value::new_array(Type::Variant, Vec::new());
    }
    match v {
        Value::Array(a) => Ok(Rc::make_mut(a)),
        other => Err(not_array(other)),
    }
}

/// Refuses what wl provides on ordinary arrays only (see `crate::grid`): `what` on an array
/// with several dimensions, or a change of size of a fixed array.
pub(super) fn check_plain(v: &Value, what: &str, resizes: bool) -> Result<(), RuntimeError> {
    match v {
        Value::Array(a) => {
            a.check_plain(what, resizes).map_err(|m| RuntimeError::fatal(m).with_code(codes::TYPE_MISMATCH))
        }
        _ => Ok(()),
    }
}

#[inline]
fn check_size(m: &Machine, len: usize) -> Result<(), RuntimeError> {
    if len >= m.limits.max_array_len {
        return Err(too_large(m));
    }
    Ok(())
}

#[cold]
fn too_large(m: &Machine) -> RuntimeError {
    RuntimeError::fatal(format!("array too large: more than {} elements", m.limits.max_array_len))
        .with_code(codes::LIMIT)
}

fn position(v: &Value, len: usize, allow_end: bool) -> Result<usize, RuntimeError> {
    let i = v.to_int();
    let max = if allow_end { len + 1 } else { len };
    if i < 1 || i as usize > max {
        return Err(RuntimeError::fatal(format!(
            "index out of range: index {i}, but the array has {len} element{}",
            if len == 1 { "" } else { "s" }
        ))
        .with_code(codes::INDEX_OUT_OF_RANGE));
    }
    Ok(i as usize - 1)
}

pub fn register(m: &mut Module) {
    seek::register(m);
    sort::register(m);

    m.register_fn("ArrayAdd", Signature::new(1, 2).by_ref(0).returns(Type::Int).params("array [, value]"), |m, a| {
        check_plain(&a[0], "ArrayAdd", true)?;
        let value = a.get_mut(1).map(std::mem::take).unwrap_or_default();
        let arr = array_mut(&mut a[0])?;
        check_size(m, arr.items.len())?;
        let value = value.convert_to(&arr.elem).map_err(RuntimeError::from)?;
        arr.items.push(value);
        Ok(Value::Int(arr.items.len() as i64))
    });
    m.register_alias("TableauAjoute", "ArrayAdd");
    // `Add(MyMessage.Recipient, "x@y.z")`, as PC SOFT's email examples write it.
    m.register_fn(
        "ArrayInsert",
        Signature::new(3, 3).by_ref(0).returns(Type::Int).params("array, index, value"),
        |m, a| {
            check_plain(&a[0], "ArrayInsert", true)?;
            let value = a[2].clone();
            let index = a[1].clone();
            let arr = array_mut(&mut a[0])?;
            check_size(m, arr.items.len())?;
            let i = position(&index, arr.items.len(), true)?;
            let value = value.convert_to(&arr.elem).map_err(RuntimeError::from)?;
            arr.items.insert(i, value);
            Ok(Value::Int(i as i64 + 1))
        },
    );
    m.register_alias("TableauInsère", "ArrayInsert");
    m.register_fn("ArrayDelete", Signature::new(2, 2).by_ref(0).params("array, index"), |_, a| {
        check_plain(&a[0], "ArrayDelete", true)?;
        let key = a[1].clone();
        match &mut a[0] {
            Value::Assoc(map) => {
                Rc::make_mut(map).remove(key.to_text().as_str());
            }
            v => {
                let arr = array_mut(v)?;
                let i = position(&key, arr.items.len(), false)?;
                arr.items.remove(i);
            }
        }
        Ok(Value::Null)
    });
    m.register_alias("TableauSupprime", "ArrayDelete");
    m.register_fn("ArrayDeleteAll", Signature::new(1, 1).by_ref(0).params("array"), |_, a| {
        check_plain(&a[0], "ArrayDeleteAll", true)?;
        match &mut a[0] {
            Value::Assoc(map) => Rc::make_mut(map).map.clear(),
            v => array_mut(v)?.items.clear(),
        }
        Ok(Value::Null)
    });
    m.register_alias("TableauSupprimeTout", "ArrayDeleteAll");
    m.register_fn("ArrayCount", Signature::new(1, 1).returns(Type::Int).params("array"), |_, a| {
        check_plain(&a[0], "ArrayCount", false)?;
        Ok(Value::Int(match &a[0] {
            Value::Array(arr) => arr.items.len() as i64,
            Value::Assoc(map) => map.map.len() as i64,
            Value::Null => 0,
            other => return Err(not_array(other)),
        }))
    });
    m.register_alias("TableauOccurrence", "ArrayCount");
    m.register_fn("ArrayToString", Signature::new(1, 2).returns(Type::Str).params("array [, separator]"), |_, a| {
        check_plain(&a[0], "ArrayToString", false)?;
        let sep = if a.len() > 1 { a[1].to_text() } else { "\r\n".to_string() };
        Ok(Value::str(match &a[0] {
            Value::Array(arr) => arr.items.iter().map(|v| v.to_text()).collect::<Vec<_>>().join(&sep),
            other => other.to_text(),
        }))
    });

    // StringToArray(s, arr [, separator]): the array is emptied, then gets one element per
    // part of `s` (CR by default), converted to its element type.
    m.register_fn("StringToArray", Signature::new(2, 3).by_ref(1).params("s, array [, separator]"), |m, a| {
        check_plain(&a[1], "StringToArray", true)?;
        let text = a[0].to_text();
        let sep = match a.get(2) {
            None | Some(Value::Null) => "\r\n".to_string(),
            Some(v) => v.to_text(),
        };
        let arr = array_mut(&mut a[1])?;
        arr.items.clear();
        let parts: Vec<&str> = if text.is_empty() {
            Vec::new()
        } else if sep.is_empty() {
            vec![text.as_str()]
        } else {
            text.split(sep.as_str()).collect()
        };
        for part in parts {
            check_size(m, arr.items.len())?;
            let value = Value::str(part).convert_to(&arr.elem).map_err(RuntimeError::from)?;
            arr.items.push(value);
        }
        Ok(Value::Null)
    });
    m.register_alias("ChaîneVersTableau", "StringToArray");
    m.register_alias("TableauVersChaîne", "ArrayToString");
    // The generic names WLanguage also documents for arrays.
    for (alias, name) in [
        ("Add", "ArrayAdd"),
        ("Ajoute", "ArrayAdd"),
        ("Insert", "ArrayInsert"),
        ("Insère", "ArrayInsert"),
        ("Delete", "ArrayDelete"),
        ("Supprime", "ArrayDelete"),
        ("DeleteAll", "ArrayDeleteAll"),
        ("SupprimeTout", "ArrayDeleteAll"),
        ("Seek", "ArraySeek"),
        ("Cherche", "ArraySeek"),
    ] {
        m.register_alias(alias, name);
    }
    for receiver in [Receiver::Array, Receiver::Assoc] {
        m.register_method(receiver, "Count", "ArrayCount", true);
        m.register_method(receiver, "Occurrence", "ArrayCount", true);
        m.register_method(receiver, "Delete", "ArrayDelete", false);
        m.register_method(receiver, "DeleteAll", "ArrayDeleteAll", false);
    }
    m.register_method(Receiver::Array, "Add", "ArrayAdd", false);
    m.register_method(Receiver::Array, "Insert", "ArrayInsert", false);
    m.register_method(Receiver::Array, "Sort", "ArraySort", false);
}
