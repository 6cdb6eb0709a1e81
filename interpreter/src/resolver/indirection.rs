//! Indirection: `{"sName"}`, `{sName, indVariable}` (PC SOFT's indirection operators). In a
//! script there are no controls or windows, so the string names a variable: one of those
//! visible where the indirection is written (locals, parameters, globals). The table of
//! those names is made here, once; at run time the string is looked up in it, and a name
//! that is not there is an error.

use super::Resolver;
use crate::ast::{self, AssignOp, ExprKind as AK, Missing};
use crate::hir::*;
use crate::source::Loc;
use crate::types::Type;
use std::rc::Rc;

/// The second part of `{name, kind}` that names a variable; any other (`indControl`,
/// `indWindow`…) needs WinDev.
const VARIABLE_KINDS: &[&str] = &["indvariable"];

impl Resolver<'_> {
    fn visible_names(&self) -> Rc<IndirectNames> {
        let mut names = IndirectNames::default();
        for (key, &slot) in &self.program.global_scope {
            if self.procedure.is_some() || !self.pending.contains_key(&slot) {
                names.vars.insert(key.clone(), (VarRef::Global(slot), self.program.globals[slot as usize].ty.clone()));
            }
        }
        for scope in &self.scopes {
            for (key, b) in scope {
                names.vars.insert(key.clone(), (b.var, b.ty.clone()));
            }
        }
        names.vars.retain(|k, _| !k.starts_with('('));
        Rc::new(names)
    }

    /// The name's expression, or `None` when the indirection is on something wl does not have.
    fn indirection_name(&mut self, parts: &[ast::Expr], span: &ast::Span) -> Option<Expr> {
        let name = self.expr(parts.first()?);
        if let Some(kind) = parts.get(1) {
            let is_variable =
                matches!(&kind.kind, AK::Name(id) if VARIABLE_KINDS.contains(&id.name.to_lowercase().as_str()));
            if !is_variable || parts.len() > 2 {
                self.missing(Missing::WinDev("an indirection on a control, window or other WinDev element"), span);
                return None;
            }
        }
        Some(name)
    }

    pub(super) fn indirection(&mut self, parts: &[ast::Expr], span: &ast::Span) -> Expr {
        let loc = self.loc(span);
        match self.indirection_name(parts, span) {
            Some(name) => {
                let names = self.visible_names();
                Expr { kind: ExprKind::Indirect { name: Box::new(name), names }, ty: Type::Variant, loc }
            }
            None => self.error_expr(loc),
        }
    }

    /// `{sName} = value`, `{sName} += value`.
    pub(super) fn assign_indirect(
        &mut self,
        parts: &[ast::Expr],
        span: &ast::Span,
        op: AssignOp,
        value: &ast::Expr,
        loc: Loc,
    ) -> Option<StmtKind> {
        let value = self.expr(value);
        let name = self.indirection_name(parts, span)?;
        let names = self.visible_names();
        let _ = loc;
        Some(StmtKind::AssignIndirect { name, names, op, value })
    }
}
