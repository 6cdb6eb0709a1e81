//! Arrays with several dimensions (`array of 3 by 4 int`, `tableau de 3 par 4 entiers`).
//!
//! PC SOFT documents their declaration (up to 10 dimensions), the access to an element with
//! one index per dimension (`t[2,3]`, "equivalent to" `t[2][3]`) and their assignment from
//! a literal of nested lists (`t = [[1, 2], [3, 4]]`). It does not document what the array
//! functions, `..Count` or `FOR EACH` do with them, so wl refuses those with an error rather
//! than guess (see docs/library.md, "Arrays").
//!
//! The value is an ordinary `ArrayValue` whose `dims` hold the sizes; its items are stored
//! row after row (the last index varies fastest).

use crate::error::Fallible;
use crate::types::Type;
use crate::value::{mismatch, ArrayValue, Value};
use std::rc::Rc;

/// PC SOFT: "Index of the element for the Nth dimension (N <= 10)".
pub const MAX_DIMENSIONS: usize = 10;

/// The position in `items` of the element at `indexes` (1-based, one per dimension), or
/// the message of the error: too few or too many indexes, or one out of its dimension.
pub fn offset(dims: &[usize], indexes: &[Value]) -> Result<usize, String> {
    if indexes.len() != dims.len() {
        return Err(wrong_index_count(dims.len(), indexes.len()));
    }
    let mut offset = 0usize;
    for (n, (size, index)) in dims.iter().zip(indexes).enumerate() {
        let i = index.to_int();
        if i < 1 || i as u64 > *size as u64 {
            return Err(format!(
                "index out of range: index {i} in dimension {}, which has {size} element{}",
                n + 1,
                if *size == 1 { "" } else { "s" }
            ));
        }
        offset = offset * size + (i as usize - 1);
    }
    Ok(offset)
}

pub fn wrong_index_count(dims: usize, given: usize) -> String {
    format!(
        "this array has {dims} dimensions: give one index per dimension (`t[i, j]`), not {given} index{}",
        if given == 1 { "" } else { "es" }
    )
}

/// The error of an operation PC SOFT does not document on arrays with several dimensions.
pub fn not_on_grid(what: &str, dims: usize) -> String {
    format!("{what} on an array with {dims} dimensions is not supported by wl (PC SOFT does not document it)")
}

impl ArrayValue {
    /// Whether this is an array with several dimensions.
    pub fn is_grid(&self) -> bool {
        !self.dims.is_empty()
    }

    /// Refuses an operation that wl provides on ordinary arrays only: on an array with
    /// several dimensions, or one that would resize a fixed array.
    pub fn check_plain(&self, what: &str, resizes: bool) -> Result<(), String> {
        if self.is_grid() {
            return Err(not_on_grid(what, self.dims.len()));
        }
        if resizes && self.fixed {
            return Err(format!("{what} cannot change the size of a fixed array"));
        }
        Ok(())
    }
}

/// A literal of nested lists (`[[1, 2], [3, 4]]`) as an array of `n` dimensions of `elem`:
/// every list at the same depth must have the same length (PC SOFT: "each dimension must
/// have the same number of sub-dimensions"). The array takes the literal's sizes.
pub fn from_nested(value: &Value, elem: &Type, n: usize) -> Fallible<Value> {
    let mut dims = Vec::with_capacity(n);
    let mut level = value;
    for _ in 0..n {
        match level {
            Value::Array(a) if !a.is_grid() => {
                dims.push(a.items.len());
                match a.items.first() {
                    Some(first) => level = first,
                    None => break,
                }
            }
            other => {
                return Err(mismatch(format!("cannot assign a {} to an array with {n} dimensions", other.type_name())))
            }
        }
    }
    if dims.len() < n {
        dims.resize(n, 0);
    }
    let mut items = Vec::with_capacity(dims.iter().product());
    flatten(value, &dims, elem, &mut items)?;
    Ok(Value::Array(Rc::new(ArrayValue { elem: elem.clone(), items, grows: false, dims, fixed: false })))
}

fn flatten(value: &Value, dims: &[usize], elem: &Type, out: &mut Vec<Value>) -> Fallible<()> {
    let Some((size, rest)) = dims.split_first() else {
        out.push(value.clone().convert_to(elem)?);
        return Ok(());
    };
    match value {
        Value::Array(a) if !a.is_grid() && a.items.len() == *size => {
            a.items.iter().try_for_each(|item| flatten(item, rest, elem, out))
        }
        _ => Err(mismatch(
            "the lists of this literal do not all have the same length: an array with several dimensions is rectangular"
                .into(),
        )),
    }
}

/// Converts to an array of `n` dimensions of `elem`: an array of the same shape is kept
/// (its elements converted), a literal of nested lists is laid out.
pub fn convert(value: Value, elem: &Type, n: u8) -> Fallible<Value> {
    match value {
        Value::Array(a) if a.dims.len() == n as usize => {
            if a.elem == *elem || *elem == Type::Variant {
                return Ok(Value::Array(a));
            }
            let items = a.items.iter().map(|v| v.clone().convert_to(elem)).collect::<Fallible<Vec<_>>>()?;
            Ok(Value::Array(Rc::new(ArrayValue {
                elem: elem.clone(),
                items,
                grows: false,
                dims: a.dims.clone(),
                fixed: a.fixed,
            })))
        }
        Value::Array(a) if a.is_grid() => Err(mismatch(format!(
            "cannot assign an array with {} dimensions to an array with {n} dimensions",
            a.dims.len()
        ))),
        Value::Null => Ok(Value::new_grid(elem.clone(), vec![0; n as usize])),
        other => from_nested(&other, elem, n as usize),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offsets_go_row_after_row() {
        let dims = [3, 4];
        assert_eq!(offset(&dims, &[Value::Int(1), Value::Int(1)]), Ok(0));
        assert_eq!(offset(&dims, &[Value::Int(1), Value::Int(4)]), Ok(3));
        assert_eq!(offset(&dims, &[Value::Int(2), Value::Int(1)]), Ok(4));
        assert_eq!(offset(&dims, &[Value::Int(3), Value::Int(4)]), Ok(11));
        assert!(offset(&dims, &[Value::Int(4), Value::Int(1)]).is_err());
        assert!(offset(&dims, &[Value::Int(1), Value::Int(0)]).is_err());
        assert!(offset(&dims, &[Value::Int(1)]).is_err());
    }

    #[test]
    fn a_ragged_literal_is_refused() {
        let row = |items: Vec<i64>| Value::new_array(Type::Int, items.into_iter().map(Value::Int).collect());
        let ragged = Value::new_array(Type::Variant, vec![row(vec![1, 2]), row(vec![3])]);
        assert!(from_nested(&ragged, &Type::Int, 2).is_err());
        let square = Value::new_array(Type::Variant, vec![row(vec![1, 2]), row(vec![3, 4])]);
        let Value::Array(a) = from_nested(&square, &Type::Int, 2).unwrap() else { panic!() };
        assert_eq!(a.dims, vec![2, 2]);
        assert_eq!(a.items.len(), 4);
    }
}
