//! Calls of procedures and native functions by name: arity checks, arguments, and which
//! arguments a call may modify.

use super::{lower, Resolver};
use crate::ast::{self, ExprKind as AK};
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::hir::*;
use crate::registry::Receiver;
use crate::source::Loc;
use crate::types::Type;

impl Resolver<'_> {
    pub(super) fn args(&mut self, args: &[Option<ast::Expr>]) -> Vec<Option<Arg>> {
        args.iter()
            .map(|a| {
                a.as_ref().map(|e| {
                    let value = self.expr(e);
                    let place = self.place(e, false);
                    Arg { value, place }
                })
            })
            .collect()
    }

    pub(super) fn call(&mut self, callee: &ast::Expr, args: &[Option<ast::Expr>], loc: Loc) -> Expr {
        match &callee.kind {
            AK::Name(id) => {
                let key = lower(&id.name);
                if let Some(call) = self.scoped_method_call(id, args, loc) {
                    return call;
                }
                if let Some(call) = self.bare_method_call(id, args, loc) {
                    return call;
                }
                // A variable declared `is procedure` hides a procedure of the same name.
                if let Some((var, Type::Procedure)) = self.lookup_variable(&key) {
                    return self.call_value(var, Type::Procedure, id, args, loc);
                }
                let internal = self.internal_call(&key, &id.span);
                if internal.is_none() && self.procedure.as_ref().is_some_and(|p| p.internal_names.contains(&key)) {
                    // WinDev would call the internal procedure; wl sees it from its declaration on.
                    self.missing(
                        ast::Missing::NotYet("a call of an internal procedure before its declaration"),
                        &id.span,
                    );
                    let _ = self.args(args);
                    return self.error_expr(loc);
                }
                if let Some(proc) = internal.or_else(|| self.program.procedure_names.get(&key).copied()) {
                    let p = &self.program.procedures[proc];
                    let (required, max, returns, name) =
                        (p.required, p.params.len(), p.returns.clone(), p.name.clone());
                    if args.len() < required || (args.len() > max && !p.variadic) {
                        let expected = if required == max { format!("{max}") } else { format!("{required} to {max}") };
                        let d = Diagnostic::at(
                            format!(
                                "`{name}` takes {expected} argument{}, but {} {} given",
                                if max == 1 { "" } else { "s" },
                                args.len(),
                                if args.len() == 1 { "was" } else { "were" }
                            ),
                            loc,
                            "wrong number of arguments",
                        )
                        .with_secondary(self.program.procedures[proc].loc, "declared here");
                        self.error(d);
                    }
                    let args = self.args(args);
                    self.mark_reference_args(&args, |_| true);
                    return Expr { kind: ExprKind::CallProc { proc, args }, ty: returns, loc };
                }
                if let Some(call) = self.execute_call(&key, args, loc) {
                    return call;
                }
                if self.program.natives.function(&key).is_some() {
                    return self.call_native(&key, args, loc, &id.name);
                }
                if let Some((var, ty)) = self.lookup_variable(&key) {
                    if matches!(ty, Type::Procedure | Type::Variant) {
                        // A procedure held in an untyped variable or parameter.
                        return self.call_value(var, ty, id, args, loc);
                    }
                    self.error(Diagnostic::at(
                        format!("`{}` is a variable, not a procedure", id.name),
                        loc,
                        "cannot be called",
                    ));
                    return self.error_expr(loc);
                }
                if crate::windev_names::is_windev_function(&id.name) {
                    // A real WLanguage function: saying so helps more than a near name.
                    let d = Diagnostic::at(
                        format!("`{}` is a WinDev function that wl does not provide", id.name),
                        self.loc(&id.span),
                        "not provided by wl",
                    )
                    .with_help("docs/library.md lists the functions wl provides");
                    // Its arguments are not resolved: they are often controls of a window,
                    // which would only add errors about names the script never declares.
                    self.error(d);
                    return self.error_expr(loc);
                }
                let mut candidates: Vec<String> = self.program.procedures.iter().map(|p| p.name.to_string()).collect();
                candidates.extend(self.program.natives.functions.iter().map(|f| f.name.clone()));
                let mut d = Diagnostic::at(
                    format!("`{}` is not a known procedure or function", id.name),
                    self.loc(&id.span),
                    "unknown procedure",
                );
                d = match did_you_mean(&id.name, candidates.iter().map(|s| s.as_str())) {
                    Some(best) => d.with_help(format!("did you mean `{best}`?")),
                    None => d.with_help("declare it with PROCEDURE, anywhere in the script"),
                };
                self.error(d);
                let _ = self.args(args);
                self.error_expr(loc)
            }
            AK::Member { object, name, .. } => {
                if let Some(call) = self.ancestor_call(object, name, args, loc) {
                    return call;
                }
                let object_hir = self.expr(object);
                if let Some(def) = self.class_of(&object_hir.ty) {
                    return self.object_method_call(object, object_hir, &def, name, args, loc);
                }
                match self.call_receiver_of(&object_hir.ty).or(if matches!(object_hir.ty, Type::Variant) {
                    Some(Receiver::Array)
                } else {
                    None
                }) {
                    Some(receiver) => self.method_call(receiver, object, object_hir, name, args, loc, false),
                    None => {
                        let ty = object_hir.ty.clone();
                        self.error(Diagnostic::at(
                            format!("a {ty} has no method `{}`", name.name),
                            loc,
                            "unknown method",
                        ));
                        self.error_expr(loc)
                    }
                }
            }
            AK::Paren(inner) => self.call(inner, args, loc),
            _ => {
                self.error(Diagnostic::at("this cannot be called", loc, "not a procedure"));
                self.error_expr(loc)
            }
        }
    }

    /// The arguments of a native function (`offset`: the arguments before these, a method's
    /// object). A procedure may be passed only where the function takes a callback; there an
    /// internal procedure's name is a value too.
    pub(super) fn native_args(
        &mut self,
        args: &[Option<ast::Expr>],
        sig: &crate::registry::Signature,
        offset: usize,
        name: &str,
    ) -> Vec<Option<Arg>> {
        let mut out = Vec::with_capacity(args.len());
        for (i, a) in args.iter().enumerate() {
            let Some(e) = a else {
                out.push(None);
                continue;
            };
            let callback = sig.callbacks.contains(&(i + offset));
            if let (true, AK::Name(id)) = (callback, &e.unparen().kind) {
                let key = lower(&id.name);
                if self.lookup_variable(&key).is_none() {
                    if let Some(&(_, proc, _)) = self.internal_procs.iter().rev().find(|(n, _, _)| *n == key) {
                        let value = Expr {
                            kind: ExprKind::ProcValue { proc, internal: true },
                            ty: Type::Procedure,
                            loc: self.loc(&e.span),
                        };
                        out.push(Some(Arg { value, place: None }));
                        continue;
                    }
                }
            }
            let value = self.expr(e);
            if value.ty == Type::Procedure && !callback {
                self.error(Diagnostic::at(
                    format!("`{name}` does not take a procedure here"),
                    value.loc,
                    "a procedure",
                ));
            }
            let place = self.place(e, false);
            out.push(Some(Arg { value, place }));
        }
        out
    }

    /// A call of the procedure held in variable `var`.
    fn call_value(&mut self, var: VarRef, ty: Type, id: &ast::Ident, args: &[Option<ast::Expr>], loc: Loc) -> Expr {
        let callee = Box::new(Expr { kind: ExprKind::Var(var), ty, loc: self.loc(&id.span) });
        let args = self.args(args);
        // The procedure may change the variables passed to it.
        self.mark_reference_args(&args, |_| true);
        Expr { kind: ExprKind::CallValue { callee, args }, ty: Type::Variant, loc }
    }

    /// Variables passed where the callee may modify them count as modified here too.
    pub(super) fn mark_reference_args(&mut self, args: &[Option<Arg>], by_ref: impl Fn(usize) -> bool) {
        for (i, arg) in args.iter().enumerate() {
            if let Some(Arg { place: Some(place), .. }) = arg {
                if by_ref(i) {
                    self.mark_mutated(place.root);
                }
            }
        }
    }

    pub(super) fn call_native(&mut self, key: &str, args: &[Option<ast::Expr>], loc: Loc, shown: &str) -> Expr {
        let func = self.program.natives.function_names[key];
        let f = &self.program.natives.functions[func];
        let sig = f.sig.clone();
        let name = f.name.clone();
        if !sig.accepts(args.len()) {
            let name = f.name.clone();
            let mut d = Diagnostic::at(
                format!(
                    "`{name}` takes {}, but {} {} given",
                    sig.describe_arity(),
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                ),
                loc,
                "wrong number of arguments",
            );
            if !sig.params.is_empty() {
                d = d.with_help(format!("{name}({})", sig.params));
            }
            self.error(d);
        }
        let _ = shown;
        let args = self.native_args(args, &sig, 0, &name);
        // No native function is documented on arrays with several dimensions (see `grid`).
        for arg in args.iter().flatten() {
            if let Type::Grid(_, n) = &arg.value.ty {
                let what = format!("`{}`", self.program.natives.functions[func].name);
                self.error(Diagnostic::at(
                    crate::grid::not_on_grid(&what, *n as usize),
                    arg.value.loc,
                    "several dimensions",
                ));
            }
        }
        self.mark_reference_args(&args, |i| sig.by_ref.contains(&i));
        let trap_error = sig.can_fail && self.procedure.as_ref().is_some_and(|p| p.has_error_handler);
        Expr { kind: ExprKind::CallNative { func, args, trap_error }, ty: sig.returns, loc }
    }
}
