//! `{sName}`: the variable named by a string, found in the table of the names visible where
//! the indirection is written (made by the resolver). A name not in it is a fatal error,
//! as in WinDev when the element named does not exist.

use super::statements::apply;
use super::*;
use crate::hir::IndirectNames;

#[cold]
fn unknown_name(name: &str, loc: Loc) -> Flow {
    fail_at(Failure::Other(format!("indirection: there is no variable named \"{name}\" here")), loc)
}

fn find(names: &IndirectNames, name: &Value, loc: Loc) -> Exec<(VarRef, Type)> {
    let text = name.to_text();
    let key = text.trim().to_lowercase();
    match names.vars.get(&key) {
        Some((var, ty)) => Ok((*var, ty.clone())),
        None => Err(unknown_name(text.trim(), loc)),
    }
}

impl Compiler<'_> {
    pub(super) fn indirect(&self, name: &hir::Expr, names: &Rc<IndirectNames>, loc: Loc) -> ExprFn {
        let name = self.expr(name);
        let names = names.clone();
        Box::new(move |m| {
            let (var, _) = find(&names, &name(m)?, loc)?;
            Ok(read_var(m, var))
        })
    }

    pub(super) fn assign_indirect(
        &self,
        name: &hir::Expr,
        names: &Rc<IndirectNames>,
        op: AssignOp,
        value: &hir::Expr,
        loc: Loc,
    ) -> StmtFn {
        let name = self.expr(name);
        let value = self.expr(value);
        let names = names.clone();
        Box::new(move |m| {
            let (var, ty) = find(&names, &name(m)?, loc)?;
            let v = value(m)?;
            with_var_mut(m, var, |slot| {
                let new = match op.binop() {
                    Some(binop) => apply(binop, slot.clone(), v, loc)?,
                    None => v,
                };
                *slot = convert(new, &ty, loc)?;
                Ok(())
            })
        })
    }
}
