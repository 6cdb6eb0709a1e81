//! `MyParameters` (`MesParamètres`): the parameters of the running procedure as an array,
//! for `PROCEDURE Sum(*)` and any procedure that names it. `MyParameters..Count` (and
//! `..Occurrence`) is how many parameters can be read: the declared ones and the extra
//! arguments; `MyParameters..NbReceived` is how many arguments the call gave.

use super::Resolver;
use crate::ast::{self, ExprKind as AK, Ident};
use crate::hir::*;
use crate::source::Loc;
use crate::types::Type;
use std::rc::Rc;

const NAMES: &[&str] = &["myparameters", "mesparamètres", "mesparametres"];
const RECEIVED: &[&str] = &["nbreceived", "nbreçu", "nbreçus", "nbrecu", "nbrecus"];

impl Resolver<'_> {
    /// `MyParameters` inside a procedure (lower-case `key`), when no variable has that name.
    pub(super) fn my_parameters(&mut self, key: &str) -> Option<(ExprKind, Type)> {
        if !NAMES.contains(&key) {
            return None;
        }
        let ctx = self.procedure.as_mut()?;
        let slot = match ctx.parameters_slot {
            Some(slot) => slot,
            None => {
                let slot = ctx.next_slot;
                ctx.next_slot += 2;
                ctx.parameters_slot = Some(slot);
                slot
            }
        };
        Some((ExprKind::Var(VarRef::Local(slot)), Type::Array(Rc::new(Type::Variant))))
    }

    /// `MyParameters..NbReceived`: the slot after the array's.
    pub(super) fn parameters_received(&mut self, object: &ast::Expr, name: &Ident, loc: Loc) -> Option<Expr> {
        let AK::Name(id) = &object.kind else { return None };
        let member = name.name.to_lowercase();
        if !RECEIVED.contains(&member.as_str()) || self.lookup_variable(&id.name.to_lowercase()).is_some() {
            return None;
        }
        let (ExprKind::Var(VarRef::Local(slot)), _) = self.my_parameters(&id.name.to_lowercase())? else {
            return None;
        };
        Some(Expr { kind: ExprKind::Var(VarRef::Local(slot + 1)), ty: Type::Int, loc })
    }
}
