//! CONSTANT declarations and the folding of constant expressions (literals, other
//! constants and the operators on them), which must be known before the script runs.

use super::{lower, Resolver};
use crate::ast::{self, BinOp, ExprKind as AK, Ident, StmtKind as SK, UnOp};
use crate::diagnostic::Diagnostic;
use crate::ops;
use crate::program::ConstantInfo;
use crate::value::Value;

impl Resolver<'_> {
    pub(super) fn declare_constants(&mut self, top: &[&ast::Stmt]) {
        for stmt in top {
            if let SK::Constants(list) = &stmt.kind {
                for (name, expr) in list {
                    self.declare_constant(name, expr);
                }
            }
        }
    }

    pub(super) fn declare_constant(&mut self, name: &Ident, expr: &ast::Expr) {
        let Some(value) = self.constant_value(expr) else { return };
        let key = lower(&name.name);
        if let Some(first) = self.program.constants.get(&key) {
            if let Some(first_loc) = first.loc.filter(|l| l.source == self.source) {
                let d = Diagnostic::at(
                    format!("the constant `{}` is declared twice", name.name),
                    self.loc(&name.span),
                    "declared again here",
                )
                .with_secondary(first_loc, "first declared here");
                self.error(d);
                return;
            }
        }
        let loc = self.loc(&name.span);
        self.program.constants.insert(key, ConstantInfo { name: name.name.clone(), value, loc: Some(loc) });
    }

    /// The value of a constant expression: literals, constants, and operators on them.
    pub(super) fn constant_value(&mut self, e: &ast::Expr) -> Option<Value> {
        let result = self.fold(e);
        if result.is_none() {
            self.error(
                Diagnostic::at("this value must be known before the script runs", self.loc(&e.span), "not a constant")
                    .with_help("use a literal (number, string, True/False) or another constant"),
            );
        }
        result
    }

    pub(super) fn fold(&self, e: &ast::Expr) -> Option<Value> {
        Some(match &e.kind {
            AK::Int(n) => Value::Int(*n),
            AK::Real(r) => Value::Real(*r),
            AK::Str(s) => Value::str(&**s),
            AK::Bool(b) => Value::Bool(*b),
            AK::Null => Value::Null,
            AK::Paren(inner) => self.fold(inner)?,
            AK::Name(id) => {
                let key = lower(&id.name);
                match self.program.constants.get(&key) {
                    Some(c) => c.value.clone(),
                    None => self.program.natives.constants.get(&key)?.1.clone(),
                }
            }
            AK::Unary { op: UnOp::Neg, operand } => ops::negate(self.fold(operand)?).ok()?,
            AK::Unary { op: UnOp::Not, operand } => Value::Bool(!ops::truthy(&self.fold(operand)?).ok()?),
            AK::Binary { op, lhs, rhs } => {
                let (a, b) = (self.fold(lhs)?, self.fold(rhs)?);
                match op {
                    BinOp::Add => ops::add(a, b).ok()?,
                    BinOp::Sub => ops::sub(a, b).ok()?,
                    BinOp::Mul => ops::mul(a, b).ok()?,
                    BinOp::Div => ops::div(a, b).ok()?,
                    BinOp::Mod => ops::modulo(a, b).ok()?,
                    BinOp::Pow => ops::power(a, b).ok()?,
                    _ => return None,
                }
            }
            _ => return None,
        })
    }
}
