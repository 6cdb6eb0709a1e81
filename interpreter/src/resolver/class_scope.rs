//! The names a class gives its methods, and the names `C::NAME` outside: members of the
//! current object used without `:` (`m_sName`), GLOBAL members (one value shared by the
//! class and all its objects) and the class's constants, its own or its ancestors'.
//!
//! Inside a method a name is looked up in this order: the method's local variables and
//! parameters, then the members of its class (object members, GLOBAL members, constants),
//! then the script's global variables and constants. So a local variable or a parameter
//! named like a member hides it; `:m_x` (or `MySelf.m_x`) still names the member.

use super::classes::MYSELF;
use super::{lower, Resolver};
use crate::ast::{self, ExprKind as AK, Ident};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::source::Loc;
use crate::types::{StructDef, Type};
use std::rc::Rc;

/// What a name of a class refers to.
enum ClassName {
    /// A member of each object, at this index.
    Field(usize, Type),
    /// A GLOBAL member: a hidden global variable named `class::member`.
    Global(u32, Type),
    Constant(crate::value::Value),
}

impl Resolver<'_> {
    /// The class whose method (GLOBAL or not) is being resolved.
    pub(super) fn current_class(&self) -> Option<Rc<StructDef>> {
        self.procedure.as_ref().and_then(|p| p.class.clone())
    }

    /// `name` in class `def` or its ancestors, with the class that declares it.
    fn class_name(&self, def: &Rc<StructDef>, name: &str, fields: bool) -> Option<(Rc<StructDef>, ClassName)> {
        if fields {
            if let Some(i) = def.field_index(name) {
                // The ancestor that declares it, for the access check.
                let mut owner = def.clone();
                while let Some(base) = owner.base.clone().filter(|b| b.field_index(name).is_some()) {
                    owner = base;
                }
                let ty = self.later_member_type(def, name).unwrap_or_else(|| def.fields[i].ty.clone());
                return Some((owner, ClassName::Field(i, ty)));
            }
        }
        let mut class = Some(def.clone());
        while let Some(c) = class {
            let key = format!("{}::{}", lower(&c.name), lower(name));
            if let Some(&slot) = self.program.global_scope.get(&key) {
                return Some((c.clone(), ClassName::Global(slot, self.program.globals[slot as usize].ty.clone())));
            }
            if let Some(constant) = self.program.constants.get(&key) {
                return Some((c.clone(), ClassName::Constant(constant.value.clone())));
            }
            class = c.base.clone();
        }
        None
    }

    /// A name used alone inside a method that is not a local variable or a parameter but
    /// a member, GLOBAL member or constant of the method's class.
    pub(super) fn class_scope_expr(&mut self, id: &Ident, loc: Loc) -> Option<Expr> {
        let class = self.current_class()?;
        let key = lower(&id.name);
        if self.scopes.iter().any(|s| s.contains_key(&key)) {
            return None;
        }
        let (owner, found) = self.class_name(&class, &id.name, true)?;
        self.check_member_access(&owner, id);
        Some(match found {
            ClassName::Field(i, ty) => {
                let object = self.current_object(id, loc)?;
                Expr { kind: ExprKind::Member { object: Box::new(object), member: Member::Field(i) }, ty, loc }
            }
            ClassName::Global(slot, ty) => Expr { kind: ExprKind::Var(VarRef::Global(slot)), ty, loc },
            ClassName::Constant(v) => {
                let ty = super::typing::static_type_of(&v);
                Expr { kind: ExprKind::Const(v), ty, loc }
            }
        })
    }

    /// The same name as the target of an assignment. `None` when it is not such a name;
    /// `Some(None)` when it is one that cannot be assigned (reported).
    pub(super) fn class_scope_place(&mut self, id: &Ident, loc: Loc, report: bool) -> Option<Option<Place>> {
        let class = self.current_class()?;
        let key = lower(&id.name);
        if self.scopes.iter().any(|s| s.contains_key(&key)) {
            return None;
        }
        let (owner, found) = self.class_name(&class, &id.name, true)?;
        if report {
            self.check_member_access(&owner, id);
        }
        Some(self.class_place(found, id, loc, report))
    }

    fn class_place(&mut self, found: ClassName, id: &Ident, loc: Loc, report: bool) -> Option<Place> {
        match found {
            ClassName::Field(i, ty) => {
                let object = self.current_object(id, loc)?;
                let ExprKind::Var(root) = object.kind else { return None };
                if report {
                    self.mark_mutated(root);
                }
                Some(Place { root, root_ty: object.ty, steps: vec![Step::Member(Member::Field(i))], ty, loc })
            }
            ClassName::Global(slot, ty) => {
                Some(Place { root: VarRef::Global(slot), root_ty: ty.clone(), steps: Vec::new(), ty, loc })
            }
            ClassName::Constant(_) => {
                if report {
                    self.error(Diagnostic::at(format!("`{}` is a constant", id.name), loc, "cannot be assigned"));
                }
                None
            }
        }
    }

    /// The current object (`MySelf`) for a member used alone; a GLOBAL method has none.
    fn current_object(&mut self, id: &Ident, loc: Loc) -> Option<Expr> {
        match self.lookup_variable(&lower(MYSELF)) {
            Some((var, ty)) => Some(Expr { kind: ExprKind::Var(var), ty, loc }),
            None => {
                self.error(
                    Diagnostic::at(
                        format!("`{}` is a member of each object: a GLOBAL method has no object", id.name),
                        loc,
                        "no current object",
                    )
                    .with_help("use it in a method that is not GLOBAL, or on an object: `o.member`"),
                );
                None
            }
        }
    }

    /// `C::NAME`, a GLOBAL member or a constant of class C (or of an ancestor of C).
    /// `None` when the name is not of that form.
    pub(super) fn qualified_class_expr(&mut self, id: &Ident, loc: Loc) -> Option<Expr> {
        let (class, found) = self.qualified(id)?;
        Some(match found {
            ClassName::Global(slot, ty) => Expr { kind: ExprKind::Var(VarRef::Global(slot)), ty, loc },
            ClassName::Constant(v) => {
                let ty = super::typing::static_type_of(&v);
                Expr { kind: ExprKind::Const(v), ty, loc }
            }
            ClassName::Field(..) => {
                self.not_global(&class, id, loc);
                self.error_expr(loc)
            }
        })
    }

    /// `C::NAME = value`.
    pub(super) fn qualified_class_place(&mut self, id: &Ident, loc: Loc, report: bool) -> Option<Option<Place>> {
        let (class, found) = self.qualified(id)?;
        if let ClassName::Field(..) = found {
            if report {
                self.not_global(&class, id, loc);
            }
            return Some(None);
        }
        Some(self.class_place(found, id, loc, report))
    }

    fn qualified(&mut self, id: &Ident) -> Option<(Rc<StructDef>, ClassName)> {
        let (class, member) = id.name.split_once("::")?;
        let def = self.program.structs.get(&lower(class)).cloned().filter(|d| d.is_class)?;
        let (owner, found) = self.class_name(&def, member, true)?;
        let member_id = Ident { name: member.into(), span: id.span.clone() };
        self.check_member_access(&owner, &member_id);
        Some((def, found))
    }

    fn not_global(&mut self, class: &StructDef, id: &Ident, loc: Loc) {
        self.error(
            Diagnostic::at(
                format!("`{id}` is a member of each object of `{}`, not a GLOBAL member", class.name, id = id.name),
                loc,
                "not a GLOBAL member",
            )
            .with_help("use it on an object: `o.member`, or `:member` in a method"),
        );
    }

    /// `:NAME` (or `MySelf.NAME`) in a method, where NAME is a GLOBAL member or a constant
    /// of the class: the same value for every object, also in a GLOBAL method.
    pub(super) fn own_static_member(&mut self, object: &ast::Expr, name: &Ident, loc: Loc) -> Option<Expr> {
        let (class, found) = self.own_static(object, name)?;
        let _ = class;
        Some(match found {
            ClassName::Global(slot, ty) => Expr { kind: ExprKind::Var(VarRef::Global(slot)), ty, loc },
            ClassName::Constant(v) => {
                let ty = super::typing::static_type_of(&v);
                Expr { kind: ExprKind::Const(v), ty, loc }
            }
            ClassName::Field(..) => return None,
        })
    }

    /// The same as the target of an assignment.
    pub(super) fn own_static_place(
        &mut self,
        object: &ast::Expr,
        name: &Ident,
        loc: Loc,
        report: bool,
    ) -> Option<Option<Place>> {
        let (_, found) = self.own_static(object, name)?;
        Some(self.class_place(found, name, loc, report))
    }

    fn own_static(&mut self, object: &ast::Expr, name: &Ident) -> Option<(Rc<StructDef>, ClassName)> {
        let AK::Name(id) = &object.kind else { return None };
        if !matches!(lower(&id.name).as_str(), "myself" | "moimême" | "moimeme") {
            return None;
        }
        let class = self.current_class()?;
        let (owner, found) = self.class_name(&class, &name.name, false)?;
        self.check_member_access(&owner, name);
        Some((owner, found))
    }

    /// GLOBAL members of the classes of this input: hidden global variables named
    /// `class::member`, initialised before the first statement runs (objects among them
    /// are built, their Constructors run).
    pub(super) fn declare_global_members(&mut self, top: &[&ast::Stmt]) {
        for stmt in top {
            let ast::StmtKind::Class { name, body } = &stmt.kind else { continue };
            let def = self.program.structs.get(&lower(&name.name)).cloned();
            for field in &body.globals {
                let ty = self.resolve_type(&field.ty);
                for member in &field.names {
                    let loc = self.loc(&member.span);
                    if def.as_ref().is_some_and(|d| d.field_index(&member.name).is_some()) {
                        self.error(Diagnostic::at(
                            format!("`{}` is already a member of `{}`", member.name, name.name),
                            loc,
                            "member declared again",
                        ));
                        continue;
                    }
                    let qualified = format!("{}::{}", name.name, member.name);
                    self.program.add_global(&qualified, ty.clone(), crate::program::GlobalKind::Variable, Some(loc));
                }
            }
            for (constant, value) in &body.constants {
                let qualified =
                    Ident { name: format!("{}::{}", name.name, constant.name).into(), span: constant.span.clone() };
                self.declare_constant(&qualified, value);
            }
        }
    }

    /// The statements that give the GLOBAL members their first values.
    pub(super) fn init_global_members(&mut self, top: &[&ast::Stmt], out: &mut Block) {
        for stmt in top {
            let ast::StmtKind::Class { name, body } = &stmt.kind else { continue };
            for field in &body.globals {
                for member in &field.names {
                    let key = lower(&format!("{}::{}", name.name, member.name));
                    let Some(&slot) = self.program.global_scope.get(&key) else { continue };
                    let ty = self.program.globals[slot as usize].ty.clone();
                    let loc = self.loc(&member.span);
                    let value = field.default.as_ref().map(|e| self.expr(e));
                    let var = VarRef::Global(slot);
                    let constructed = value.is_none();
                    out.push(Stmt { kind: StmtKind::Init { var, ty: ty.clone(), value }, loc });
                    if constructed {
                        self.construct(var, &ty, &[], loc, out);
                    }
                }
            }
        }
    }
}
