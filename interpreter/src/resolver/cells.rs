//! Brackets after a value: `t[i]`, and with several indexes `t[i, j]` / `t[i][j]`. On an
//! array with several dimensions PC SOFT makes both spellings the same element, so the
//! whole chain of brackets is read at once and must give one index per dimension.

use super::Resolver;
use crate::ast::{self, ExprKind as AK};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::source::Loc;
use crate::types::Type;

/// The value the brackets follow, and each pair of brackets from the first to the last,
/// with the place where it ends (`t[1][2, 3]` gives `t`, then `[1]`, then `[2, 3]`).
fn bracket_chain(e: &ast::Expr) -> (&ast::Expr, Vec<(&[ast::Expr], &ast::Span)>) {
    let mut groups = Vec::new();
    let mut base = e;
    while let AK::Index { object, indices } = &base.kind {
        groups.push((indices.as_slice(), &base.span));
        base = object;
    }
    groups.reverse();
    (base, groups)
}

/// One pair of brackets, resolved: the indexes, the type reached, and where it ends.
struct Brackets {
    indices: Vec<Expr>,
    ty: Type,
    loc: Loc,
}

impl Resolver<'_> {
    /// `e` (an `AK::Index`) as an expression.
    pub(super) fn index(&mut self, e: &ast::Expr) -> Expr {
        let (base, groups) = bracket_chain(e);
        let mut current = self.expr(base);
        for b in self.brackets(&current.ty.clone(), &groups) {
            let object = Box::new(current);
            let kind = match <[Expr; 1]>::try_from(b.indices) {
                Ok([index]) => ExprKind::Index { object, index: Box::new(index) },
                Err(indices) => ExprKind::Cell { object, indices },
            };
            current = Expr { kind, ty: b.ty, loc: b.loc };
        }
        current
    }

    /// `e` (an `AK::Index`) as a place to assign.
    pub(super) fn index_place(&mut self, e: &ast::Expr, report: bool) -> Option<Place> {
        let (base, groups) = bracket_chain(e);
        let mut place = self.place(base, report)?;
        for b in self.brackets(&place.ty.clone(), &groups) {
            place.steps.push(match <[Expr; 1]>::try_from(b.indices) {
                Ok([index]) => Step::Index(index),
                Err(indices) => Step::Cell(indices),
            });
            place.ty = b.ty;
            place.loc = b.loc;
        }
        Some(place)
    }

    fn brackets(&mut self, base_ty: &Type, groups: &[(&[ast::Expr], &ast::Span)]) -> Vec<Brackets> {
        if let Type::Grid(elem, n) = base_ty {
            let span = groups.last().map(|(_, span)| *span).expect("at least one pair of brackets");
            let loc = self.loc(span);
            let indices: Vec<Expr> = groups.iter().flat_map(|(g, _)| g.iter()).map(|i| self.expr(i)).collect();
            if indices.len() != *n as usize {
                self.error(
                    Diagnostic::at(
                        crate::grid::wrong_index_count(*n as usize, indices.len()),
                        loc,
                        "wrong number of indexes",
                    )
                    .with_help(format!("this array is declared with {n} dimensions")),
                );
            }
            return vec![Brackets { indices, ty: (**elem).clone(), loc }];
        }
        let mut ty = base_ty.clone();
        let mut out = Vec::with_capacity(groups.len());
        for (group, span) in groups {
            let loc = self.loc(span);
            let indices: Vec<Expr> = group.iter().map(|i| self.expr(i)).collect();
            // Several indexes in one pair go down arrays of arrays, one index at a time.
            for _ in 0..indices.len() {
                ty = self.element_type(&ty, loc);
            }
            out.push(Brackets { indices, ty: ty.clone(), loc });
        }
        out
    }
}
