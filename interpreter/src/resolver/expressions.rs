//! Expressions: literals, names, operators (with constant folding), members, indexes,
//! substrings, intervals and array literals; and the nesting limit.

use super::methods::receiver_of;
use super::typing::{binary_type, static_type_of};
use super::{lower, Resolver, MAX_NESTING};
use crate::ast::{self, ExprKind as AK, UnOp};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::ops;
use crate::source::Loc;
use crate::types::Type;
use crate::value::Value;
use std::rc::Rc;

impl Resolver<'_> {
    pub(super) fn error_expr(&self, loc: Loc) -> Expr {
        Expr { kind: ExprKind::Const(Value::Null), ty: Type::Variant, loc }
    }

    pub(super) fn expr(&mut self, e: &ast::Expr) -> Expr {
        if !self.enter(&e.span) {
            return self.error_expr(self.loc(&e.span));
        }
        let result = self.expr_inner(e);
        self.depth -= 1;
        result
    }

    /// Counts nesting; past `MAX_NESTING` reports one error and stops going deeper, so no
    /// input can exhaust the stack of the stages that recurse over the tree.
    pub(super) fn enter(&mut self, span: &ast::Span) -> bool {
        self.depth += 1;
        if self.depth <= MAX_NESTING {
            return true;
        }
        self.depth -= 1;
        if !self.too_deep_reported {
            self.too_deep_reported = true;
            self.error(
                Diagnostic::at(
                    format!("nested more than {MAX_NESTING} levels deep"),
                    self.loc(span),
                    "too deeply nested",
                )
                .with_help("split the expression or the blocks into procedures"),
            );
        }
        false
    }

    pub(super) fn expr_inner(&mut self, e: &ast::Expr) -> Expr {
        let loc = self.loc(&e.span);
        let (kind, ty) = match &e.kind {
            AK::Int(n) => (ExprKind::Const(Value::Int(*n)), Type::Int),
            AK::Real(r) => (ExprKind::Const(Value::Real(*r)), Type::Real),
            AK::Duration(ms) => {
                (ExprKind::Const(Value::Duration(crate::calendar::Duration::from_ms(*ms))), Type::Duration)
            }
            AK::Str(s) => (ExprKind::Const(Value::str(&**s)), Type::Str),
            AK::Bool(b) => (ExprKind::Const(Value::Bool(*b)), Type::Bool),
            AK::Null => (ExprKind::Const(Value::Null), Type::Variant),
            AK::Error => return self.error_expr(loc),
            AK::Paren(inner) => return self.expr(inner),
            AK::Name(id) => {
                let key = lower(&id.name);
                if let Some(e) = self.qualified_class_expr(id, loc) {
                    return e;
                }
                if let Some(e) = self.class_scope_expr(id, loc) {
                    return e;
                }
                if let Some(own) = self.bare_property(e) {
                    return self.expr(&own);
                }
                if let Some((var, ty)) = self.lookup_variable(&key) {
                    (ExprKind::Var(var), ty)
                } else if let Some(c) = self.program.constants.get(&key) {
                    let v = c.value.clone();
                    let ty = static_type_of(&v);
                    (ExprKind::Const(v), ty)
                } else if let Some((_, v)) = self.program.natives.constants.get(&key) {
                    let v = v.clone();
                    let ty = static_type_of(&v);
                    (ExprKind::Const(v), ty)
                } else if let Some(found) = self.my_parameters(&key) {
                    found
                } else if let Some(&proc) = self
                    .program
                    .procedure_names
                    .get(&key)
                    .filter(|_| !self.internal_procs.iter().any(|(name, _, _)| *name == key))
                {
                    // A procedure's name without parentheses is the procedure as a value
                    // (`p = MyProc`, a callback); `MyProc` alone as a statement is refused.
                    (ExprKind::ProcValue { proc, internal: false }, Type::Procedure)
                } else if self.program.natives.function(&key).is_some_and(|f| f.sig.min_args == 0) {
                    // A function without arguments may be called without parentheses (`Today`).
                    return self.call_native(&key, &[], loc, &id.name);
                } else if self.internal_procs.iter().any(|(name, _, _)| *name == key) {
                    self.missing(
                        ast::Missing::NotYet(
                            "an internal procedure used as a value, except as the callback of a function (`ArraySort`)",
                        ),
                        &id.span,
                    );
                    return self.error_expr(loc);
                } else {
                    self.undeclared(id);
                    return self.error_expr(loc);
                }
            }
            AK::Call { callee, args } => return self.call(callee, args, loc),
            AK::New { class, args } => return self.new_object(class, args, loc),
            AK::NewArray { dims, elem } => {
                let elem = elem.as_ref().map_or(Type::Variant, |t| self.resolve_type(t));
                if dims.len() > 1 {
                    self.error(Diagnostic::at(
                        "arrays with more than one dimension are not supported",
                        loc,
                        "several dimensions",
                    ));
                    return self.error_expr(loc);
                }
                let count = dims.first().map(|d| Box::new(self.expr(d)));
                let ty = Type::Array(Rc::new(elem.clone()));
                (ExprKind::NewArray { count, elem }, ty)
            }
            AK::Member { object, name, .. } => {
                if let Some(count) = self.parameters_received(object, name, loc) {
                    return count;
                }
                if let Some(e) = self.own_static_member(object, name, loc) {
                    return e;
                }
                let object_hir = self.expr(object);
                // Properties of arrays and strings (`arr.Count`) are functions of the value.
                if let Some(receiver) = receiver_of(&object_hir.ty) {
                    return self.method_call(receiver, object, object_hir, name, &[], loc, true);
                }
                if matches!(object_hir.ty, Type::Variant) {
                    let (member, ty) = self.member(&Type::Variant, name, true).expect("variants accept any member");
                    return Expr { kind: ExprKind::Member { object: Box::new(object_hir), member }, ty, loc };
                }
                if let Some(def) = self.class_of(&object_hir.ty).filter(|d| d.field_index(&name.name).is_none()) {
                    if let Some(get) = self.property_get(&def, object_hir.clone(), name, loc) {
                        return get;
                    }
                }
                match self.member(&object_hir.ty.clone(), name, true) {
                    Some((member, ty)) => (ExprKind::Member { object: Box::new(object_hir), member }, ty),
                    None => return self.error_expr(loc),
                }
            }
            AK::Index { .. } => return self.index(e),
            AK::Substring { object, start, end } => {
                let object = self.expr(object);
                let start = self.expr(start);
                let end = match end {
                    ast::SubstringEnd::None => SubstringEnd::One,
                    ast::SubstringEnd::To(e) => SubstringEnd::To(e.as_ref().map(|e| Box::new(self.expr(e)))),
                    ast::SubstringEnd::On(e) => SubstringEnd::On(Box::new(self.expr(e))),
                };
                (ExprKind::Substring { object: Box::new(object), start: Box::new(start), end }, Type::Str)
            }
            AK::Unary { op, operand } => {
                let operand = self.expr(operand);
                let ty = match op {
                    UnOp::Not => Type::Bool,
                    UnOp::Neg => match operand.ty.computed() {
                        Type::Int => Type::Int,
                        Type::Real | Type::Currency => Type::Real,
                        _ => Type::Variant,
                    },
                };
                if let ExprKind::Const(v) = &operand.kind {
                    let folded = match op {
                        UnOp::Neg => ops::negate(v.clone()).ok(),
                        UnOp::Not => ops::truthy(v).ok().map(|b| Value::Bool(!b)),
                    };
                    if let Some(v) = folded {
                        return Expr { kind: ExprKind::Const(v), ty, loc };
                    }
                }
                (ExprKind::Unary(*op, Box::new(operand)), ty)
            }
            AK::Binary { op, lhs, rhs } => {
                let lhs = self.expr(lhs);
                let rhs = self.expr(rhs);
                let ty = binary_type(*op, &lhs.ty, &rhs.ty);
                (ExprKind::Binary(*op, Box::new(lhs), Box::new(rhs)), ty)
            }
            AK::Interval { low, low_op, value, high_op, high } => (
                ExprKind::Interval {
                    low: Box::new(self.expr(low)),
                    low_op: *low_op,
                    value: Box::new(self.expr(value)),
                    high_op: *high_op,
                    high: Box::new(self.expr(high)),
                },
                Type::Bool,
            ),
            AK::In { value, list, negated } => (
                ExprKind::In {
                    value: Box::new(self.expr(value)),
                    list: list.iter().map(|e| self.expr(e)).collect(),
                    negated: *negated,
                },
                Type::Bool,
            ),
            AK::Unsupported { missing, parts } => return self.unsupported_expr(*missing, parts, &e.span),
            AK::Indirection(parts) => return self.indirection(parts, &e.span),
            AK::Ternary { cond, then, otherwise } => {
                let cond = self.expr(cond);
                let then = self.expr(then);
                let otherwise = self.expr(otherwise);
                let ty = if then.ty == otherwise.ty { then.ty.clone() } else { Type::Variant };
                (ExprKind::Choose { cond: Box::new(cond), then: Box::new(then), otherwise: Box::new(otherwise) }, ty)
            }
            AK::SwitchValue { subject, values, otherwise } => {
                let subject = self.expr(subject);
                let values: Vec<Expr> = values.iter().map(|v| self.expr(v)).collect();
                let otherwise = otherwise.as_ref().map(|o| Box::new(self.expr(o)));
                let first = values.first().map(|v| v.ty.clone()).unwrap_or(Type::Variant);
                let same = values.iter().map(|v| &v.ty).chain(otherwise.as_deref().map(|o| &o.ty)).all(|t| *t == first);
                let ty = if same { first } else { Type::Variant };
                (ExprKind::SwitchValue { subject: Box::new(subject), values, otherwise }, ty)
            }
            AK::ArrayLiteral(items) => {
                let items: Vec<Expr> = items.iter().map(|e| self.expr(e)).collect();
                let elem = match items.first() {
                    Some(first) if items.iter().all(|i| i.ty == first.ty) => first.ty.clone(),
                    _ => Type::Variant,
                };
                (ExprKind::ArrayLiteral(items), Type::Array(Rc::new(elem)))
            }
        };
        Expr { kind, ty, loc }
    }
}
