//! Classes: a class is a structure whose methods are procedures named `class::method`
//! that receive the object as a hidden first parameter, `MySelf`, passed by reference (the
//! way WLanguage passes every parameter), so a method's changes reach the caller's object.
//! Constructors run where an object is declared.

use super::{lower, Resolver};
use crate::ast::{self, Access, Ident, StmtKind as SK};
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
            let SK::Class { name, body } = &stmt.kind else { continue };
            self.program.classes.insert(lower(&name.name));
            for (member, access) in &body.restricted {
                self.program
                    .restricted_members
                    .insert(format!("{}::{}", lower(&name.name), lower(&member.name)), *access);
            }
            for (missing, span) in &body.not_yet {
                self.missing(*missing, span);
            }
        }
        self.declare_global_members(top);
    }

    /// A PRIVATE member used outside the methods of its own class, or a PROTECTED one
    /// outside the methods of its class and of the classes derived from it, is reported.
    pub(super) fn check_member_access(&mut self, def: &StructDef, member: &Ident) {
        let mut owner = Some(def);
        let mut access = None;
        while let Some(class) = owner {
            access = self.program.restricted_members.get(&format!("{}::{}", lower(&class.name), lower(&member.name)));
            if access.is_some() {
                break;
            }
            owner = class.base.as_deref();
        }
        let (Some(owner), Some(&access)) = (owner, access) else { return };
        let own_class = match self.lookup_variable("myself") {
            Some((_, Type::Dynamic(own))) => Some(own),
            // A GLOBAL method has no object, but it is a method of its class.
            _ => self.current_class(),
        };
        let inside = match (&own_class, access) {
            (Some(own), Access::Private) => std::ptr::eq(own.as_ref(), owner),
            (Some(own), _) => own.descends_from(owner),
            (None, _) => false,
        };
        if !inside {
            let (what, help) = if access == Access::Private {
                ("private", "only the methods of the class itself may use it, not those of derived classes")
            } else {
                ("protected", "only the methods of the class and of the classes derived from it may use it")
            };
            self.error(
                Diagnostic::at(
                    format!("`{}` is a {what} member of `{}`", member.name, owner.name),
                    self.loc(&member.span),
                    format!("{what} member"),
                )
                .with_help(help),
            );
        }
    }

    /// A PRIVATE or PROTECTED method (or property) used where it may not be: checked on
    /// the class that declares the version found, which may be public in a derived class.
    pub(super) fn check_method_access(&mut self, proc: ProcId, used_as: &Ident) {
        let name = self.program.procedures[proc].name.to_string();
        let key = lower(name.trim_end_matches(" [get]").trim_end_matches(" [set]"));
        if !self.program.restricted_members.contains_key(&key) {
            return;
        }
        let Some(owner) = key.split_once("::").and_then(|(c, _)| self.program.structs.get(c).cloned()) else { return };
        self.check_member_access(&owner, used_as);
    }

    pub(super) fn class_of(&self, ty: &Type) -> Option<Rc<StructDef>> {
        match ty {
            Type::Struct(def) | Type::Dynamic(def) if def.is_class => Some(def.clone()),
            _ => None,
        }
    }

    /// The procedure that runs method `name` for objects of class `def`: its own, or the
    /// nearest ancestor's.
    pub(super) fn find_method(&self, def: &StructDef, name: &str) -> Option<ProcId> {
        // `Constructor cBase(…)` names the constructor in English whatever its declaration.
        let names: &[&str] = if CONSTRUCTORS.contains(&lower(name).as_str()) { CONSTRUCTORS } else { &[name] };
        let mut class = Some(def);
        while let Some(c) = class {
            for n in names {
                let key = format!("{}::{}", lower(&c.name), lower(n));
                if let Some(&proc) = self.program.procedure_names.get(&key) {
                    return Some(proc);
                }
            }
            class = c.base.as_deref();
        }
        None
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
            if !p.params.is_empty() {
                let d = Diagnostic::at("a Destructor takes no parameters", header, "parameters of a destructor");
                self.error(d);
            }
            if let Some(def) = self.program.structs.get(&lower(class)).cloned() {
                for other in self.program.structs.values() {
                    if other.descends_from(&def) {
                        other.has_destructor.set(true);
                    }
                }
            }
        }
        if CONSTRUCTORS.contains(&lower(method).as_str()) {
            self.note_base_constructor_calls(class, &p.body);
        }
        let global = p.modifiers.iter().any(|m| matches!(lower(&m.name).as_str(), "global" | "globale"));
        if p.modifiers.iter().any(|m| matches!(lower(&m.name).as_str(), "abstract" | "abstrait" | "abstraite")) {
            self.program.abstract_methods.insert(lower(&p.name.name));
        }
        let mut method_proc = p.clone();
        // A PRIVATE or PROTECTED method or property is checked where it is used, as members are.
        let access = p.modifiers.iter().fold(Access::Public, |a, m| match lower(&m.name).as_str() {
            "private" | "privé" | "privée" | "prive" | "privee" => Access::Private,
            "protected" | "protégé" | "protégée" | "protege" | "protegee" if a != Access::Private => {
                Access::Protected
            }
            _ => a,
        });
        if access != Access::Public && !CONSTRUCTORS.contains(&lower(method).as_str()) {
            self.program.restricted_members.insert(format!("{}::{}", lower(class), lower(method)), access);
        }
        if p.modifiers.iter().any(|m| super::properties::PROPERTY_WORDS.contains(&lower(&m.name).as_str())) {
            self.property_procedure(&mut method_proc, class, method);
        }
        if !global {
            let span = p.name.span.clone();
            let class_name = Ident { name: format!("{class} dynamic").into(), span: span.clone() };
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
        let Some(proc) = self.find_method(def, &name.name) else {
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
        let _ = object;
        self.check_method_access(proc, name);
        let takes_object = self.program.procedures[proc].params.first().is_some_and(|q| &*q.name == MYSELF);
        let receiver = takes_object.then_some(Arg { value: object_hir, place: None });
        self.call_method_proc(proc, receiver, args, loc, true)
    }

    /// A call of a method's procedure: the object (when the method takes one) first, then
    /// the arguments, checked against the method's own parameters.
    pub(super) fn call_method_proc(
        &mut self,
        proc: ProcId,
        receiver: Option<Arg>,
        args: &[Option<ast::Expr>],
        loc: Loc,
        virtual_call: bool,
    ) -> Expr {
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
        if virtual_call && hidden == 1 {
            return Expr { kind: ExprKind::CallMethod { proc, args: all }, ty: returns, loc };
        }
        Expr { kind: ExprKind::CallProc { proc, args: all }, ty: returns, loc }
    }

    /// After `o is cCustomer` (or `o is cCustomer("Ann")`): runs the class's constructors on
    /// the new object, with the arguments given.
    pub(super) fn construct(&mut self, var: VarRef, ty: &Type, args: &[Option<ast::Expr>], loc: Loc, out: &mut Block) {
        if !matches!(ty, Type::Struct(_)) || self.class_of(ty).is_none() {
            if !args.is_empty() {
                self.error(Diagnostic::at(
                    format!("a {ty} is not a class: it takes no constructor arguments"),
                    loc,
                    "not a class",
                ));
            }
            return;
        }
        let Type::Struct(def) = ty else { return };
        let object = || Expr { kind: ExprKind::Var(var), ty: ty.clone(), loc };
        for call in self.constructor_calls(def, args, loc, &object) {
            out.push(Stmt { kind: StmtKind::Eval(call), loc });
        }
    }

    /// The constructor calls that build an object of class `def`, on the object `object`
    /// gives: the base classes' first (a base constructor is run here unless the derived
    /// class's constructor calls it itself with `Constructor cBase(…)`), the class's own
    /// last, with `args`.
    pub(super) fn constructor_calls(
        &mut self,
        def: &Rc<StructDef>,
        args: &[Option<ast::Expr>],
        loc: Loc,
        object: &dyn Fn() -> Expr,
    ) -> Vec<Expr> {
        self.check_not_abstract(def, loc);
        let mut chain = vec![def.clone()];
        while let Some(base) = chain.last().and_then(|c| c.base.clone()) {
            chain.push(base);
        }
        chain.reverse();
        let mut calls = Vec::new();
        for (i, class) in chain.iter().enumerate() {
            let own = i + 1 == chain.len();
            // The members that are objects (not dynamic) of this class are built first.
            let first_own = class.base.as_ref().map_or(0, |b| b.fields.len());
            for (index, field) in class.fields.iter().enumerate().skip(first_own) {
                if let Some(member_class) = self.class_of(&field.ty).filter(|_| matches!(field.ty, Type::Struct(_))) {
                    calls.extend(self.member_constructor_calls(&member_class, index, &field.name, loc, object));
                }
            }
            let key = lower(&class.name);
            let ctor =
                CONSTRUCTORS.iter().find_map(|c| self.program.procedure_names.get(&format!("{key}::{c}")).copied());
            let Some(proc) = ctor else {
                if own && !args.is_empty() {
                    self.error(
                        Diagnostic::at(
                            format!("`{}` has no constructor", class.name),
                            loc,
                            "arguments without a constructor",
                        )
                        .with_help(format!("declare `PROCEDURE {}::Constructor(…)`", class.name)),
                    );
                }
                continue;
            };
            if !own {
                let derived = lower(&chain[i + 1].name);
                if self.program.base_constructor_calls.contains(&format!("{derived}>{key}")) {
                    continue;
                }
                if self.program.procedures[proc].required > 1 {
                    let d = Diagnostic::at(
                        format!("the constructor of `{}` takes arguments", class.name),
                        loc,
                        "base constructor not called",
                    )
                    .with_help(format!(
                        "call it first in `{}`'s constructor: `Constructor {}(…)`",
                        chain[i + 1].name,
                        class.name
                    ));
                    self.error(d);
                    continue;
                }
            }
            let receiver = Arg { value: object(), place: None };
            calls.push(self.call_method_proc(proc, Some(receiver), if own { args } else { &[] }, loc, false));
        }
        calls
    }

    /// The constructor calls that build the member `index` of the object `object` gives,
    /// itself an object of class `def` (its own members that are objects first).
    fn member_constructor_calls(
        &mut self,
        def: &Rc<StructDef>,
        index: usize,
        name: &str,
        loc: Loc,
        object: &dyn Fn() -> Expr,
    ) -> Vec<Expr> {
        self.member_depth += 1;
        if self.member_depth > 16 {
            self.member_depth -= 1;
            self.error(Diagnostic::at(
                format!("the member `{name}` contains objects nested more than 16 levels deep"),
                loc,
                "objects nested too deep",
            ));
            return Vec::new();
        }
        let takes_args = CONSTRUCTORS.iter().any(|c| {
            let key = format!("{}::{c}", lower(&def.name));
            self.program.procedure_names.get(&key).is_some_and(|&p| self.program.procedures[p].required > 1)
        });
        if takes_args {
            self.member_depth -= 1;
            self.error(
                Diagnostic::at(
                    format!("the member `{name}` is an object of `{}`, whose constructor takes arguments", def.name),
                    loc,
                    "member not built",
                )
                .with_help("wl does not build such a member yet: declare it `dynamic` and assign it `new …(…)` in the constructor"),
            );
            return Vec::new();
        }
        let ty = Type::Struct(def.clone());
        let member = || Expr {
            kind: ExprKind::Member { object: Box::new(object()), member: Member::Field(index) },
            ty: ty.clone(),
            loc,
        };
        let calls = self.constructor_calls(def, &[], loc, &member);
        self.member_depth -= 1;
        calls
    }

    /// `arr is array of N C`: N objects, each a new one built by its constructors when the
    /// declaration runs (a constant array would share one object between its elements, and
    /// between the runs of the declaration).
    pub(super) fn presized_objects(&mut self, def: &Rc<StructDef>, ty: &Type, n: usize, loc: Loc) -> Expr {
        const MAX_BUILT: usize = 10_000;
        if n > MAX_BUILT {
            self.error(
                Diagnostic::at(
                    format!("an array of {n} objects built at its declaration is not supported by wl yet"),
                    loc,
                    "not supported yet",
                )
                .with_help(format!("wl builds at most {MAX_BUILT} here: add the objects as you go, `Add(arr, o)`")),
            );
            return self.error_expr(loc);
        }
        let object_ty = Type::Struct(def.clone());
        let receiver = || Expr { kind: ExprKind::Receiver, ty: Type::Dynamic(def.clone()), loc };
        let constructors = self.constructor_calls(def, &[], loc, &receiver);
        let one = Expr { kind: ExprKind::New { class: def.clone(), constructors }, ty: object_ty, loc };
        Expr { kind: ExprKind::ArrayLiteral(vec![one; n]), ty: ty.clone(), loc }
    }

    /// Remembers the base constructors a constructor calls itself (`Constructor cBase(…)`),
    /// so that building an object does not run them a second time.
    fn note_base_constructor_calls(&mut self, class: &str, body: &[ast::Stmt]) {
        for stmt in body {
            let SK::Expr(ast::Expr { kind: ast::ExprKind::Call { callee, .. }, .. }) = &stmt.kind else { continue };
            let ast::ExprKind::Name(id) = &callee.kind else { continue };
            if let Some((base, method)) = id.name.split_once("::") {
                if CONSTRUCTORS.contains(&lower(method).as_str()) {
                    self.program.base_constructor_calls.insert(format!("{}>{}", lower(class), lower(base)));
                }
            }
        }
    }
}
