//! INTERNAL PROCEDURE (PROCÉDURE INTERNE): a procedure declared inside another one. It sees
//! the variables of its container, so it runs in the container's frame: its parameters and
//! locals are slots of the container, and a call writes the arguments there and runs the
//! body, without a frame of its own. It is visible from its declaration to the end of the
//! block that declares it. What this way of running cannot do the same as WinDev is reported
//! before running: a call of itself (recursion), a parameter it changes (WinDev would change
//! the caller's variable), and passing it as a value (a callback).

use super::{lower, Resolver};
use crate::ast::{self, Missing};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::types::Type;
use std::collections::HashMap;

impl Resolver<'_> {
    /// The internal procedure `key` visible here, if any; a call of the one being resolved is
    /// reported.
    pub(super) fn internal_call(&mut self, key: &str, span: &ast::Span) -> Option<ProcId> {
        let &(_, id, _) = self.internal_procs.iter().rev().find(|(name, _, _)| name == key)?;
        if self.internal_stack.iter().any(|(current, _, _)| *current == id) {
            self.missing(Missing::NotYet("an internal procedure that calls itself"), span);
        }
        Some(id)
    }

    pub(super) fn internal_procedure(&mut self, p: &ast::Procedure) {
        if self.procedure.is_none() {
            self.missing(Missing::NotYet("an internal procedure outside a procedure"), &p.name.span);
            return;
        }
        if p.variadic || p.on_error.is_some() || p.on_exception.is_some() {
            self.missing(
                Missing::NotYet("an internal procedure with `(*)`, CASE ERROR or CASE EXCEPTION"),
                &p.name.span,
            );
            return;
        }
        let loc = self.loc(&p.name.span);
        let params: Vec<Param> = p
            .params
            .iter()
            .map(|param| Param {
                name: param.name.name.clone(),
                ty: param.ty.as_ref().map(|t| self.resolve_type(t)).unwrap_or(Type::Variant),
                local: param.local,
                mutated: false,
                default: None,
            })
            .collect();
        let slots: Vec<u32> = params
            .iter()
            .map(|_| {
                let ctx = self.procedure.as_mut().expect("inside a procedure");
                ctx.next_slot += 1;
                ctx.next_slot - 1
            })
            .collect();
        let required = p.params.iter().rposition(|q| q.default.is_none()).map(|i| i + 1).unwrap_or(0);
        let (returns, several) = self.return_type(p);
        self.program.procedures.push(Procedure {
            name: p.name.name.clone(),
            params,
            required,
            returns,
            several,
            variadic: false,
            parameters_slot: None,
            shared_slots: Some(slots.clone()),
            frame_size: 0,
            body: Vec::new(),
            on_error: None,
            on_exception: None,
            loc,
        });
        let id = self.program.procedures.len() - 1;
        self.internal_ids.push(id);
        self.internal_procs.push((lower(&p.name.name), id, self.scopes.len()));

        // The body: the container's names, then the parameters; BREAK does not reach the
        // container's loops.
        let loops = std::mem::take(&mut self.loops);
        self.internal_stack.push((id, slots.clone(), vec![false; slots.len()]));
        self.scopes.push(HashMap::new());
        for (i, param) in p.params.iter().enumerate() {
            let ty = self.program.procedures[id].params[i].ty.clone();
            self.bind(&param.name, VarRef::Local(slots[i]), ty);
        }
        let defaults: Vec<Option<Expr>> =
            p.params.iter().map(|param| param.default.as_ref().map(|d| self.expr(d))).collect();
        let body = self.block(&p.body);
        self.scopes.pop();
        let (_, _, changed) = self.internal_stack.pop().expect("pushed above");
        self.loops = loops;
        for (param, changed) in p.params.iter().zip(changed) {
            if changed && !param.local {
                self.error(
                    Diagnostic::at(
                        format!(
                            "an internal procedure that changes its parameter `{}` is not supported by wl yet",
                            param.name.name
                        ),
                        self.loc(&param.name.span),
                        "changed in the body",
                    )
                    .with_help("declare the parameter LOCAL, or assign another variable"),
                );
            }
        }
        let hir = &mut self.program.procedures[id];
        for (param, default) in hir.params.iter_mut().zip(defaults) {
            param.default = default;
        }
        hir.body = body;
    }
}
