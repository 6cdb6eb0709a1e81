//! Properties of classes: `o.Name` runs the property's Retrieval procedure and
//! `o.Name = v` its Assignment procedure, as WinDev's editor shows them for a class
//! property. In a script file they are written `PROCEDURE PROPERTY C::Name()` (Retrieval,
//! returns the value) and `PROCEDURE PROPERTY C::Name(Value)` (Assignment; French
//! `PROPRIÉTÉ`), with PUBLIC / PROTECTED / PRIVATE as for methods. A property without an
//! Assignment procedure is read-only: assigning it is reported before running. Like
//! methods, properties are virtual: a derived class may redefine them.

use super::{lower, Resolver};
use crate::ast::{self, AssignOp, BinOp, ExprKind as AK, Ident};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::source::Loc;
use crate::types::StructDef;

/// The words that make a procedure a property's (`PROCEDURE PROPERTY C::Name()`).
pub(super) const PROPERTY_WORDS: &[&str] = &["property", "propriété", "propriete"];

/// The procedure name of a property's Retrieval and Assignment procedures.
pub(super) fn getter_name(class: &str, name: &str) -> String {
    format!("{class}::{name} [get]")
}
pub(super) fn setter_name(class: &str, name: &str) -> String {
    format!("{class}::{name} [set]")
}

impl Resolver<'_> {
    /// `PROCEDURE PROPERTY C::Name(…)` renamed as the Retrieval or Assignment procedure of
    /// property Name; its parameters are checked.
    pub(super) fn property_procedure(&mut self, p: &mut ast::Procedure, class: &str, name: &str) {
        let header = self.loc(&p.name.span);
        if p.modifiers.iter().any(|m| matches!(lower(&m.name).as_str(), "global" | "globale")) {
            self.missing(ast::Missing::NotYet("a GLOBAL property"), &p.name.span);
        }
        let new_name = match p.params.len() {
            0 => getter_name(class, name),
            1 => setter_name(class, name),
            _ => {
                self.error(
                    Diagnostic::at(
                        "a property's procedure takes no parameter (Retrieval) or one, the value (Assignment)",
                        header,
                        "too many parameters",
                    )
                    .with_help(format!("`PROCEDURE PROPERTY {class}::{name}()` or `…::{name}(Value)`")),
                );
                return;
            }
        };
        p.name = Ident { name: new_name.into(), span: p.name.span.clone() };
    }

    /// `o.Name` where Name is a property of o's class: a call of its Retrieval procedure.
    /// `None` when the class has no such property.
    pub(super) fn property_get(&mut self, def: &StructDef, object: Expr, name: &Ident, loc: Loc) -> Option<Expr> {
        let getter = self.find_method(def, &format!("{} [get]", name.name));
        let Some(getter) = getter else {
            self.find_method(def, &format!("{} [set]", name.name))?;
            self.error(Diagnostic::at(
                format!("the property `{}` of `{}` has no Retrieval procedure: it cannot be read", name.name, def.name),
                loc,
                "write-only property",
            ));
            return Some(self.error_expr(loc));
        };
        self.check_method_access(getter, name);
        let receiver = Arg { value: object, place: None };
        Some(self.call_method_proc(getter, Some(receiver), &[], loc, true))
    }

    /// `o.Name = v` (also `+=`, `-=`, `*=`, `/=`, `++`, `--`) where Name is a property of
    /// o's class: a call of its Assignment procedure. `None` when the target is not a
    /// property.
    pub(super) fn property_set(
        &mut self,
        target: &ast::Expr,
        op: AssignOp,
        value: &ast::Expr,
        loc: Loc,
    ) -> Option<Option<StmtKind>> {
        let AK::Member { object, name, .. } = &target.kind else { return None };
        let def = self.static_class(object)?;
        if def.field_index(&name.name).is_some() {
            return None;
        }
        let setter = self.find_method(&def, &format!("{} [set]", name.name));
        let getter = self.find_method(&def, &format!("{} [get]", name.name));
        let Some(setter) = setter else {
            getter?;
            self.error(
                Diagnostic::at(
                    format!("the property `{}` of `{}` is read-only", name.name, def.name),
                    loc,
                    "read-only property",
                )
                .with_help(format!(
                    "it has no Assignment procedure `PROCEDURE PROPERTY {}::{}(Value)`",
                    def.name, name.name
                )),
            );
            return Some(None);
        };
        self.check_method_access(setter, name);
        // `o.P += v` is `o.P = o.P + v`: the object is named twice, so it must be a variable.
        let value = if op == AssignOp::Set {
            value.clone()
        } else {
            if !matches!(object.kind, AK::Name(_)) {
                self.missing(
                    ast::Missing::NotYet("`+=` on a property of an object that is not a variable"),
                    &target.span,
                );
                return Some(None);
            }
            let bin = match op {
                AssignOp::Add => BinOp::Add,
                AssignOp::Sub => BinOp::Sub,
                AssignOp::Mul => BinOp::Mul,
                _ => BinOp::Div,
            };
            ast::Expr::new(
                AK::Binary { op: bin, lhs: Box::new(target.clone()), rhs: Box::new(value.clone()) },
                target.span.clone(),
            )
        };
        let object_hir = self.expr(object);
        let receiver = Arg { value: object_hir, place: None };
        let call = self.call_method_proc(setter, Some(receiver), &[Some(value)], loc, true);
        Some(Some(StmtKind::Eval(call)))
    }

    /// The class of a variable or of the current object (`:Name`).
    fn static_class(&mut self, object: &ast::Expr) -> Option<std::rc::Rc<StructDef>> {
        // Only a variable or the current object: its type is known without resolving it.
        let AK::Name(id) = &object.kind else { return None };
        let ty = match self.lookup_variable(&lower(&id.name)) {
            Some((_, ty)) => ty,
            None => return None,
        };
        self.class_of(&ty)
    }

    /// A property of the current class named alone in one of its methods (`Name` for
    /// `:Name`), when no local variable, parameter or member has that name: the same
    /// expression written with `:`.
    pub(super) fn bare_property(&self, e: &ast::Expr) -> Option<ast::Expr> {
        let AK::Name(id) = &e.kind else { return None };
        let class = self.current_class()?;
        let key = lower(&id.name);
        if self.scopes.iter().any(|s| s.contains_key(&key)) || class.field_index(&id.name).is_some() {
            return None;
        }
        let has = |which: &str| self.find_method(&class, &format!("{} {which}", id.name)).is_some();
        if !has("[get]") && !has("[set]") {
            return None;
        }
        let myself = ast::Expr::new(AK::Name(Ident { name: "MySelf".into(), span: e.span.clone() }), e.span.clone());
        Some(ast::Expr::new(AK::Member { object: Box::new(myself), name: id.clone(), property: false }, e.span.clone()))
    }
}
