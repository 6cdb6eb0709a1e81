//! Dynamic objects and the calls that name a class: `new C(…)`, `delete p`, `p <- o`,
//! `cBase::Method(…)` and `Ancestor:Method(…)` inside a method (the ancestor's version,
//! not the object's own).

use super::classes::MYSELF;
use super::{lower, Resolver};
use crate::ast::{self, Ident};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::source::Loc;
use crate::types::Type;

/// The names of the current object's base class inside a method (`Ancestor:M()`).
const ANCESTOR: &[&str] = &["ancestor", "ancêtre", "ancetre"];

impl Resolver<'_> {
    /// `new cCustomer("Ann")`: an object of the class, its constructors run.
    pub(super) fn new_object(&mut self, class: &Ident, args: &[Option<ast::Expr>], loc: Loc) -> Expr {
        let def = match self.program.structs.get(&lower(&class.name)).cloned() {
            Some(def) if def.is_class => def,
            _ => {
                let d =
                    Diagnostic::at(format!("`{}` is not a class", class.name), self.loc(&class.span), "not a class")
                        .with_help("`new` builds an object of a class declared with `… is Class`");
                self.error(d);
                let _ = self.args(args);
                return self.error_expr(loc);
            }
        };
        let ty = Type::Dynamic(def.clone());
        let receiver = || Expr { kind: ExprKind::Receiver, ty: ty.clone(), loc };
        let constructors = self.constructor_calls(&def, args, loc, &receiver);
        Expr { kind: ExprKind::New { class: def.clone(), constructors }, ty: Type::Dynamic(def), loc }
    }

    /// `delete p`: only a dynamic object is deleted.
    pub(super) fn delete(&mut self, target: &ast::Expr, loc: Loc) -> Option<StmtKind> {
        let place = self.place(target, true)?;
        if !matches!(place.ty, Type::Dynamic(_) | Type::Variant) {
            self.error(
                Diagnostic::at(format!("a {} cannot be deleted", place.ty), loc, "not a dynamic object")
                    .with_help("`delete` frees a dynamic object (`p is C dynamic`, `p = new C`)"),
            );
            return None;
        }
        Some(StmtKind::Delete { place })
    }

    /// `p <- o`: the place refers to the object itself (objects and dynamic objects only).
    pub(super) fn assign_ref(&mut self, target: &ast::Expr, value: &ast::Expr, loc: Loc) -> Option<StmtKind> {
        let value = self.expr(value);
        let place = self.place(target, true)?;
        if self.class_of(&place.ty).is_none() {
            self.missing(ast::Missing::NotYet("assignment by reference `<-` (but between objects)"), &target.span);
            return None;
        }
        if !matches!(value.ty, Type::Variant) && self.class_of(&value.ty).is_none() {
            self.error(Diagnostic::at(format!("a {} is not an object", value.ty), loc, "not an object"));
            return None;
        }
        Some(StmtKind::AssignRef { place, value })
    }

    /// `cBase::Describe(…)` inside a method of a class derived from `cBase` (or of `cBase`
    /// itself): that class's version, on the current object. `None` when `name` is not
    /// such a method.
    pub(super) fn scoped_method_call(&mut self, name: &Ident, args: &[Option<ast::Expr>], loc: Loc) -> Option<Expr> {
        let (class, method) = name.name.split_once("::")?;
        let def = self.program.structs.get(&lower(class)).cloned().filter(|d| d.is_class)?;
        let proc = self.find_method(&def, method)?;
        if self.program.procedures[proc].params.first().is_none_or(|q| &*q.name != MYSELF) {
            return None; // a GLOBAL method: an ordinary call
        }
        Some(self.ancestor_version(&def, proc, name, args, loc))
    }

    /// `Ancestor:Describe(…)` inside a method: the base class's version on the current object.
    pub(super) fn ancestor_call(
        &mut self,
        object: &ast::Expr,
        name: &Ident,
        args: &[Option<ast::Expr>],
        loc: Loc,
    ) -> Option<Expr> {
        let ast::ExprKind::Name(id) = &object.kind else { return None };
        if !ANCESTOR.contains(&lower(&id.name).as_str()) || self.lookup_variable(&lower(&id.name)).is_some() {
            return None;
        }
        let base = match self.lookup_variable("myself") {
            Some((_, Type::Dynamic(own))) => own.base.clone(),
            _ => None,
        };
        let Some(base) = base else {
            self.error(Diagnostic::at(
                format!("`{}` is the base class of the current object: only in a method of a derived class", id.name),
                self.loc(&id.span),
                "no base class here",
            ));
            let _ = self.args(args);
            return Some(self.error_expr(loc));
        };
        let Some(proc) = self.find_method(&base, &name.name) else {
            self.error(Diagnostic::at(
                format!("`{}` has no method `{}`", base.name, name.name),
                self.loc(&name.span),
                "unknown method",
            ));
            let _ = self.args(args);
            return Some(self.error_expr(loc));
        };
        Some(self.ancestor_version(&base, proc, name, args, loc))
    }

    /// A call of `proc` (a method of `class`) on the current object, without choosing by
    /// the object's class.
    fn ancestor_version(
        &mut self,
        class: &crate::types::StructDef,
        proc: ProcId,
        name: &Ident,
        args: &[Option<ast::Expr>],
        loc: Loc,
    ) -> Expr {
        let myself = match self.lookup_variable("myself") {
            Some((var, ty)) if matches!(&ty, Type::Dynamic(own) if own.descends_from(class)) => Some((var, ty)),
            _ => None,
        };
        let Some((var, ty)) = myself else {
            self.error(
                Diagnostic::at(
                    format!("`{}` is a method of objects of `{}`", name.name, class.name),
                    self.loc(&name.span),
                    "needs an object",
                )
                .with_help("call it on an object: `o:Method()`; `Class::Method()` names the ancestor's version inside a derived class's method"),
            );
            let _ = self.args(args);
            return self.error_expr(loc);
        };
        if !self.check_not_abstract_call(proc, loc) {
            let _ = self.args(args);
            return self.error_expr(loc);
        }
        let receiver = Arg { value: Expr { kind: ExprKind::Var(var), ty, loc }, place: None };
        self.call_method_proc(proc, Some(receiver), args, loc, false)
    }
}
