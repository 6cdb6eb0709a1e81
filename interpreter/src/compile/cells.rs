//! `t[i, j]`: elements of arrays with several dimensions (see `crate::grid`), and of arrays
//! of arrays, where the indexes go down one array after the other.

use super::expressions::element;
use super::places::index_mut;
use super::*;

impl Compiler<'_> {
    pub(super) fn cell(&self, object: &hir::Expr, indices: &[hir::Expr], loc: Loc) -> ExprFn {
        let object = self.expr(object);
        let indices: Vec<ExprFn> = indices.iter().map(|i| self.expr(i)).collect();
        Box::new(move |m| {
            let o = object(m)?;
            let mut keys = Vec::with_capacity(indices.len());
            for i in &indices {
                keys.push(i(m)?);
            }
            cell(&o, &keys, loc)
        })
    }
}

/// The element at `keys` (one or more indexes).
pub(super) fn cell(collection: &Value, keys: &[Value], loc: Loc) -> Exec<Value> {
    match collection {
        Value::Array(a) if a.is_grid() => match crate::grid::offset(&a.dims, keys) {
            Ok(i) => Ok(a.items[i].clone()),
            Err(message) => Err(grid_error(&a.dims, keys, message, loc)),
        },
        Value::Ref(r) => cell(&r.borrow(), keys, loc),
        _ => {
            let (first, rest) = keys.split_first().expect("at least one index");
            let item = element(collection, first, loc)?;
            if rest.is_empty() {
                Ok(item)
            } else {
                cell(&item, rest, loc)
            }
        }
    }
}

/// The element at `keys` to modify, with the type it must keep.
pub(super) fn cell_mut<'v>(target: &'v mut Value, keys: &[Value], loc: Loc) -> Exec<(&'v mut Value, Type)> {
    // Borrow-checker friendly: decide on a shared look, then borrow mutably once.
    if matches!(target, Value::Array(a) if a.is_grid()) {
        let Value::Array(a) = target else { unreachable!("checked just above") };
        let i = match crate::grid::offset(&a.dims, keys) {
            Ok(i) => i,
            Err(message) => return Err(grid_error(&a.dims, keys, message, loc)),
        };
        let a = Rc::make_mut(a);
        let ty = a.elem.clone();
        return Ok((&mut a.items[i], ty));
    }
    let (first, rest) = keys.split_first().expect("at least one index");
    let (item, ty) = index_mut(target, first, loc)?;
    if rest.is_empty() {
        Ok((item, ty))
    } else {
        cell_mut(item, rest, loc)
    }
}

#[cold]
fn grid_error(dims: &[usize], keys: &[Value], message: String, loc: Loc) -> Flow {
    if keys.len() == dims.len() {
        fail_at(Failure::IndexOutOfRange(message), loc)
    } else {
        type_error(message, loc)
    }
}
