//! Classes: a class is a structure whose methods are procedures named `class::method`
//! that receive the object as a hidden first parameter, `MySelf`, passed by reference (the
//! way WLanguage passes every parameter), so a method's changes reach the caller's object.
//! Constructors run where an object is declared.

use super::{lower, Resolver};
use crate::ast::{self, Ident, StmtKind as SK};
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::hir::*;
use crate::source::Loc;
use crate::types::{StructDef, Type};
use std::rc::Rc;

/// The hidden first parameter of a method: the object it was called on.
pub(super) const MYSELF: &str = "MySelf";
/// Other names of the current object inside a method (French `MoiMême`).
const MYSELF_ALIASES: &[&str] = &["MoiMême", "MoiMeme"];

const CONSTRUCTORS: &[&str] = &["constructor", "constructeur"];
const DESTRUCTORS: &[&str] = &["destructor", "destructeur"];

impl Resolver<'_> {
    /// Marks the classes among the structures just declared, and reports what wl reads in
    /// a class but does not run yet.
    pub(super) fn declare_classes(&mut self, top: &[&ast::Stmt]) {
        for stmt in top {
            let SK::Class { name, base, restricted, not_yet, .. } = &stmt.kind else { continue };
            self.program.classes.insert(lower(&name.name));
            for member in restricted {
                self.program.restricted_members.insert(format!("{}::{}", lower(&name.name), lower(&member.name)));
            }
            if let Some(base) = base {
                self.missing(ast::Missing::NotYet("inheritance (`inherits from`)"), &base.span);
            }
            for (missing, span) in not_yet {
                self.missing(*missing, span);
            }
        }
    }

    /// A PRIVATE or PROTECTED member used outside its class's methods is reported.
    pub(super) fn check_member_access(&mut self, def: &StructDef, member: &Ident) {
        let class = lower(&def.name);
        if !self.program.restricted_members.contains(&format!("{class}::{}", lower(&member.name))) {
            return;
        }
        let inside =
            matches!(self.lookup_variable("myself"), Some((_, Type::Struct(own))) if lower(&own.name) == class);
        if !inside {
            self.error(
                Diagnostic::at(
                    format!("`{}` is a private member of `{}`", member.name, def.name),
                    self.loc(&member.span),
                    "private member",
                )
                .with_help("only the methods of the class may use it"),
            );
        }
    }

    pub(super) fn class_of(&self, ty: &Type) -> Option<Rc<StructDef>> {
        match ty {
            Type::Struct(def) if self.program.classes.contains(&lower(&def.name)) => Some(def.clone()),
            _ => None,
        }
    }

    /// `PROCEDURE cCustomer::Describe()` as the procedure that runs it: with `MySelf` as
    /// its first parameter, unless it is GLOBAL (called on the class, not on an object).
    pub(super) fn method_as_procedure(&mut self, p: &ast::Procedure) -> ast::Procedure {
        let Some((class, method)) = p.name.name.split_once("::") else { return p.clone() };
        let header = self.loc(&p.name.span);
        if !self.program.classes.contains(&lower(class)) {
            let d = Diagnostic::at(format!("`{class}` is not a class"), header, "unknown class")
                .with_help(format!("declare it first: `{class} is Class … END`"));
            self.error(d);
            return p.clone();
        }
        if DESTRUCTORS.contains(&lower(method).as_str()) {
            self.missing(ast::Missing::NotYet("a destructor"), &p.name.span);
        }
        let global = p.modifiers.iter().any(|m| matches!(lower(&m.name).as_str(), "global" | "globale"));
        let mut method_proc = p.clone();
        if !global {
            let span = p.name.span.clone();
            let class_name = Ident { name: class.into(), span: span.clone() };
            method_proc.params.insert(
                0,
                ast::Param {
                    name: Ident { name: MYSELF.into(), span },
                    local: false,
                    ty: Some(ast::TypeExpr::Named(class_name)),
                    default: None,
                },
            );
        }
        method_proc
    }

    /// Inside a method, the other names of the current object.
    pub(super) fn bind_myself_aliases(&mut self, id: ProcId) {
        let p = &self.program.procedures[id];
        if !p.name.contains("::") || p.params.first().is_none_or(|q| &*q.name != MYSELF) {
            return;
        }
        let (ty, loc) = (p.params[0].ty.clone(), p.loc);
        for alias in MYSELF_ALIASES {
            let name = Ident { name: (*alias).into(), span: loc.start as usize..loc.end as usize };
            self.bind(&name, VarRef::Local(0), ty.clone());
        }
    }

    /// `o.Describe(…)` / `o:Describe(…)` on an object of a class.
    pub(super) fn object_method_call(
        &mut self,
        object: &ast::Expr,
        object_hir: Expr,
        def: &StructDef,
        name: &Ident,
        args: &[Option<ast::Expr>],
        loc: Loc,
    ) -> Expr {
        let key = format!("{}::{}", lower(&def.name), lower(&name.name));
        let Some(&proc) = self.program.procedure_names.get(&key) else {
            let prefix = format!("{}::", lower(&def.name));
            let methods: Vec<String> = self
                .program
                .procedures
                .iter()
                .filter_map(|p| {
                    lower(&p.name).strip_prefix(&prefix).map(|_| p.name.split("::").nth(1).unwrap_or("").to_string())
                })
                .collect();
            let mut d = Diagnostic::at(
                format!("`{}` has no method `{}`", def.name, name.name),
                self.loc(&name.span),
                "unknown method",
            );
            if let Some(best) = did_you_mean(&name.name, methods.iter().map(|s| s.as_str())) {
                d = d.with_help(format!("did you mean `{best}`?"));
            }
            self.error(d);
            let _ = self.args(args);
            return self.error_expr(loc);
        };
        let takes_object = self.program.procedures[proc].params.first().is_some_and(|q| &*q.name == MYSELF);
        let receiver = takes_object.then(|| {
            let place = self.place(object, false);
            Arg { value: object_hir, place }
        });
        self.call_method_proc(proc, receiver, args, loc)
    }

    /// A call of a method's procedure: the object (when the method takes one) first, then
    /// the arguments, checked against the method's own parameters.
    fn call_method_proc(&mut self, proc: ProcId, receiver: Option<Arg>, args: &[Option<ast::Expr>], loc: Loc) -> Expr {
        let hidden = usize::from(receiver.is_some());
        let p = &self.program.procedures[proc];
        let (required, max) = (p.required.saturating_sub(hidden), p.params.len() - hidden);
        if args.len() < required || args.len() > max {
            let expected = if required == max { format!("{max}") } else { format!("{required} to {max}") };
            let d = Diagnostic::at(
                format!(
                    "`{}` takes {expected} argument{}, but {} {} given",
                    p.name,
                    if max == 1 { "" } else { "s" },
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                ),
                loc,
                "wrong number of arguments",
            )
            .with_secondary(p.loc, "declared here");
            self.error(d);
            let _ = self.args(args);
            return self.error_expr(loc);
        }
        let returns = p.returns.clone();
        let mut all: Vec<Option<Arg>> = vec![receiver];
        all.extend(self.args(args));
        if hidden == 0 {
            all.remove(0);
        }
        self.mark_reference_args(&all, |_| true);
        Expr { kind: ExprKind::CallProc { proc, args: all }, ty: returns, loc }
    }

    /// After `o is cCustomer` (or `o is cCustomer("Ann")`): runs the class's constructor on
    /// the new object, with the arguments given.
    pub(super) fn construct(&mut self, var: VarRef, ty: &Type, args: &[Option<ast::Expr>], loc: Loc, out: &mut Block) {
        let Some(def) = self.class_of(ty) else {
            if !args.is_empty() {
                self.error(Diagnostic::at(
                    format!("a {ty} is not a class: it takes no constructor arguments"),
                    loc,
                    "not a class",
                ));
            }
            return;
        };
        let class = lower(&def.name);
        let ctor =
            CONSTRUCTORS.iter().find_map(|c| self.program.procedure_names.get(&format!("{class}::{c}")).copied());
        let Some(proc) = ctor else {
            if !args.is_empty() {
                self.error(
                    Diagnostic::at(
                        format!("`{}` has no constructor", def.name),
                        loc,
                        "arguments without a constructor",
                    )
                    .with_help(format!("declare `PROCEDURE {}::Constructor(…)`", def.name)),
                );
            }
            return;
        };
        let object = Expr { kind: ExprKind::Var(var), ty: ty.clone(), loc };
        let place = Place { root: var, root_ty: ty.clone(), steps: Vec::new(), ty: ty.clone(), loc };
        let call = self.call_method_proc(proc, Some(Arg { value: object, place: Some(place) }), args, loc);
        out.push(Stmt { kind: StmtKind::Eval(call), loc });
    }
}
