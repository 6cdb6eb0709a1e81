//! Several results: `PROCEDURE MinMax(…) : (int, int)`, `RESULT (nMin, nMax)` and
//! `(a, b) = MinMax(…)`. The results travel as one array value, built by `RESULT (…)` and
//! taken apart by the assignment into a hidden local, so nothing new is needed at run time.

use super::Resolver;
use crate::ast::{self, StmtKind as SK};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::source::Loc;
use crate::types::Type;
use crate::value::Value;
use std::rc::Rc;

/// How many values the first `RESULT (a, b, …)` of a body returns, if it has one.
fn results_in(body: &[ast::Stmt]) -> Option<usize> {
    body.iter().find_map(|s| match &s.kind {
        SK::ResultMany(parts) => Some(parts.len()),
        SK::If { branches, otherwise } => {
            branches.iter().find_map(|(_, b)| results_in(b)).or_else(|| otherwise.as_deref().and_then(results_in))
        }
        SK::Switch { cases, otherwise, .. } => {
            cases.iter().find_map(|c| results_in(&c.body)).or_else(|| otherwise.as_deref().and_then(results_in))
        }
        SK::For { body, .. } | SK::ForEach { body, .. } | SK::While { body, .. } | SK::Loop { body, .. } => {
            results_in(body)
        }
        SK::WhenException { body, handler } => results_in(body).or_else(|| results_in(handler)),
        _ => None,
    })
}

impl Resolver<'_> {
    /// The declared return type, and how many results the procedure returns when several.
    pub(super) fn return_type(&mut self, p: &ast::Procedure) -> (Type, Option<usize>) {
        let returned = results_in(&p.body);
        match &p.returns {
            Some(ast::TypeExpr::Tuple { types, span }) => {
                for t in types {
                    self.resolve_type(t);
                }
                if let Some(n) = returned.filter(|&n| n != types.len()) {
                    self.error(Diagnostic::at(
                        format!("the procedure declares {} results, but its RESULT returns {n}", types.len()),
                        self.loc(span),
                        "declared here",
                    ));
                }
                (Type::Variant, Some(types.len()))
            }
            Some(t) => (self.resolve_type(t), returned),
            None => (Type::Variant, returned),
        }
    }

    /// `RESULT (a, b)`: one array holding the values.
    pub(super) fn result_many(&mut self, parts: &[ast::Expr], loc: Loc) -> StmtKind {
        let items: Vec<Expr> = parts.iter().map(|e| self.expr(e)).collect();
        let value = Expr { kind: ExprKind::ArrayLiteral(items), ty: Type::Array(Rc::new(Type::Variant)), loc };
        if self.procedure.is_some() {
            StmtKind::Return(Some(value))
        } else {
            StmtKind::Exit
        }
    }

    /// `(a, b) = f()`: the results go into a hidden variable, then one by one into the
    /// targets.
    pub(super) fn receive(&mut self, targets: &[ast::Expr], value: &ast::Expr, loc: Loc, out: &mut Block) {
        let errors_before = self.errors.len();
        let value = self.expr(value);
        if self.errors.len() > errors_before {
            // An unknown procedure (or a wrong call) is reported already.
            targets.iter().for_each(|t| drop(self.place(t, true)));
            return;
        }
        let ExprKind::CallProc { proc, .. } = &value.kind else {
            self.error(
                Diagnostic::at(
                    "only a procedure that returns several results can fill several variables",
                    loc,
                    "not several results",
                )
                .with_help("write `(a, b) = (x, y)` to assign values one by one"),
            );
            return;
        };
        let callee = &self.program.procedures[*proc];
        let Some(count) = callee.several else {
            let d = Diagnostic::at(format!("`{}` returns one result, not several", callee.name), loc, "one result")
                .with_secondary(callee.loc, "declared here")
                .with_help("its RESULT would need several values: `RESULT (a, b)`");
            self.error(d);
            return;
        };
        if count != targets.len() {
            let d = Diagnostic::at(
                format!("`{}` returns {count} results, but {} variables receive them", callee.name, targets.len()),
                loc,
                "wrong number of variables",
            )
            .with_secondary(callee.loc, "declared here");
            self.error(d);
            return;
        }
        let places: Vec<Option<Place>> = targets.iter().map(|t| self.place(t, true)).collect();
        let hidden = ast::Ident {
            name: format!("(results at {})", loc.start).into(),
            span: loc.start as usize..loc.end as usize,
        };
        let ty = Type::Array(Rc::new(Type::Variant));
        let var = self.declare(&hidden, ty.clone());
        out.push(Stmt { kind: StmtKind::Init { var, ty: ty.clone(), value: Some(value) }, loc });
        for (i, place) in places.into_iter().enumerate() {
            let Some(place) = place else { continue };
            let object = Expr { kind: ExprKind::Var(var), ty: ty.clone(), loc };
            let index = Expr { kind: ExprKind::Const(Value::Int(i as i64 + 1)), ty: Type::Int, loc };
            let element = Expr {
                kind: ExprKind::Index { object: Box::new(object), index: Box::new(index) },
                ty: Type::Variant,
                loc,
            };
            out.push(Stmt { kind: StmtKind::Assign { place, op: ast::AssignOp::Set, value: element }, loc });
        }
    }
}
