//! Names: binding variables in nested scopes, looking them up, and reporting an undeclared
//! name with the best suggestion.

use super::{lower, Binding, Resolver};
use crate::ast::Ident;
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::hir::*;
use crate::program::{GlobalInfo, GlobalKind, Mode};
use crate::types::Type;

impl Resolver<'_> {
    pub(super) fn bind(&mut self, name: &Ident, var: VarRef, ty: Type) {
        let loc = self.loc(&name.span);
        let scope = self.scopes.last_mut().expect("a scope is open");
        scope.insert(lower(&name.name), Binding { name: name.name.clone(), var, ty, loc, fixed: false });
    }

    /// Declares a variable in the innermost scope and returns its slot.
    pub(super) fn declare(&mut self, name: &Ident, ty: Type) -> VarRef {
        let key = lower(&name.name);
        let loc = self.loc(&name.span);
        if let Some(existing) = self.scopes.last().and_then(|s| s.get(&key)).cloned() {
            if self.mode != Mode::Repl || self.scopes.len() > 1 || self.procedure.is_some() {
                let d = Diagnostic::at(format!("`{}` is already declared", name.name), loc, "declared again here")
                    .with_secondary(existing.loc, "first declared here")
                    .with_help("use another name, or assign the existing variable");
                self.error(d);
                return existing.var;
            }
        }
        // A direct top-level declaration uses the global slot reserved for it.
        if self.procedure.is_none() && self.scopes.len() == 1 {
            if let Some(&slot) = self.program.global_scope.get(&key) {
                if self.pending.remove(&slot).is_some() {
                    self.program.globals[slot as usize].ty = ty.clone();
                    self.bind(name, VarRef::Global(slot), ty);
                    return VarRef::Global(slot);
                }
            }
        }
        let var = match &mut self.procedure {
            Some(ctx) => {
                ctx.next_slot += 1;
                VarRef::Local(ctx.next_slot - 1)
            }
            None => {
                self.program.globals.push(GlobalInfo {
                    name: name.name.clone(),
                    ty: ty.clone(),
                    kind: GlobalKind::Variable,
                    loc: Some(loc),
                });
                VarRef::Global(self.program.globals.len() as u32 - 1)
            }
        };
        self.bind(name, var, ty);
        var
    }

    /// Records that the variable just declared as `name` is a `fixed array`.
    pub(super) fn mark_fixed_array(&mut self, name: &Ident, var: VarRef) {
        if let Some(b) = self.scopes.last_mut().and_then(|s| s.get_mut(&lower(&name.name))) {
            b.fixed = true;
        }
        if let VarRef::Global(slot) = var {
            self.fixed_globals.insert(slot);
        }
    }

    /// Whether the variable `key` (lower case) is a `fixed array`.
    pub(super) fn is_fixed_array(&self, key: &str) -> bool {
        for scope in self.scopes.iter().rev() {
            if let Some(b) = scope.get(key) {
                return b.fixed || matches!(b.var, VarRef::Global(slot) if self.fixed_globals.contains(&slot));
            }
        }
        self.program.global_scope.get(key).is_some_and(|slot| self.fixed_globals.contains(slot))
    }

    pub(super) fn lookup_variable(&self, key: &str) -> Option<(VarRef, Type)> {
        for scope in self.scopes.iter().rev() {
            if let Some(b) = scope.get(key) {
                return Some((b.var, b.ty.clone()));
            }
        }
        let &slot = self.program.global_scope.get(key)?;
        if self.procedure.is_none() && self.pending.contains_key(&slot) {
            return None;
        }
        Some((VarRef::Global(slot), self.program.globals[slot as usize].ty.clone()))
    }

    pub(super) fn variable_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for scope in &self.scopes {
            names.extend(scope.values().map(|b| b.name.to_string()));
        }
        for &slot in self.program.global_scope.values() {
            if self.procedure.is_some() || !self.pending.contains_key(&slot) {
                names.push(self.program.globals[slot as usize].name.to_string());
            }
        }
        names.extend(self.program.constants.values().map(|c| c.name.to_string()));
        names.extend(self.program.natives.constants.values().map(|(n, _)| n.clone()));
        names
    }

    pub(super) fn undeclared(&mut self, id: &Ident) {
        let loc = self.loc(&id.span);
        let key = lower(&id.name);
        let mut d = Diagnostic::at(format!("`{}` is not declared", id.name), loc, "not declared");
        if let Some(&slot) = self.program.global_scope.get(&key) {
            if let Some(&later) = self.pending.get(&slot) {
                d = d
                    .with_secondary(later, "it is declared later, here")
                    .with_help("move the declaration before its first use");
                self.error(d);
                return;
            }
        }
        if crate::windev_names::is_windev_constant(&id.name) {
            let d = Diagnostic::at(
                format!("`{}` is a WinDev constant that wl does not provide", id.name),
                loc,
                "not provided by wl",
            );
            self.error(
                d.with_help("what it selects is not provided: docs/library.md and docs/email.md list what wl provides"),
            );
            return;
        }
        let names = self.variable_names();
        if let Some(best) = did_you_mean(&id.name, names.iter().map(|s| s.as_str())) {
            d = d.with_help(format!("did you mean `{best}`?"));
        } else if self.program.procedure_names.contains_key(&key) || self.program.natives.function(&key).is_some() {
            d = d.with_help(format!("`{}` is a procedure: call it with `{}()`", id.name, id.name));
        } else {
            d = d.with_help(format!("declare it first, e.g. `{} is string`", id.name));
        }
        self.error(d);
    }

    pub(super) fn mark_mutated(&mut self, var: VarRef) {
        if let VarRef::Local(i) = var {
            for (_, slots, changed) in &mut self.internal_stack {
                if let Some(k) = slots.iter().position(|&s| s == i) {
                    changed[k] = true;
                }
            }
        }
        if let (VarRef::Local(i), Some(ctx)) = (var, &mut self.procedure) {
            if i < ctx.param_count {
                ctx.mutated[i as usize] = true;
            }
        }
    }
}
