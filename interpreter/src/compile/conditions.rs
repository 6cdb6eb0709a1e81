//! Expressions evaluated for their truth (IF, WHILE, comparisons, AND/OR).

use super::expressions::{forget_ints, int_pair};
use super::pure_int::PureBoolFn;
use super::*;

/// A condition as a statement that tests it (IF, WHILE) holds it: generic over this trait,
/// the statement calls a pure int comparison directly rather than through a wrapper closure.
pub(super) trait Test: 'static {
    fn test(&self, m: &mut Machine) -> Exec<bool>;
}

/// A comparison of pure int expressions, and its generic closure for when it gives up.
pub(super) struct PureTest(pub PureBoolFn, pub CondFn);
pub(super) struct AnyTest(pub CondFn);

impl Test for PureTest {
    #[inline(always)]
    fn test(&self, m: &mut Machine) -> Exec<bool> {
        match (self.0)(m) {
            Some(b) => Ok(b),
            None => (self.1)(m),
        }
    }
}

impl Test for AnyTest {
    #[inline(always)]
    fn test(&self, m: &mut Machine) -> Exec<bool> {
        (self.0)(m)
    }
}

/// Expands `$body` with `$test` bound to the condition `$e` compiled as a `Test`: once for a
/// pure comparison, once for any other condition.
macro_rules! with_test {
    ($compiler:expr, $e:expr, $test:ident => $body:expr) => {{
        let compiler = $compiler;
        let e = $e;
        match compiler.specialise().then(|| compiler.pure_bool(e)).flatten() {
            Some(fast) => {
                let $test = PureTest(fast, compiler.fallback(|c| c.cond(e)));
                $body
            }
            None => {
                let $test = AnyTest(compiler.cond(e));
                $body
            }
        }
    }};
}
pub(super) use with_test;

impl Compiler<'_> {
    /// An expression evaluated for its truth.
    pub fn cond(&self, e: &hir::Expr) -> CondFn {
        if self.specialise() {
            if let Some(fast) = self.pure_bool(e) {
                let generic = self.fallback(|c| c.generic_cond(e));
                return Box::new(move |m| match fast(m) {
                    Some(b) => Ok(b),
                    None => generic(m),
                });
            }
        }
        self.generic_cond(e)
    }

    fn generic_cond(&self, e: &hir::Expr) -> CondFn {
        let loc = e.loc;
        match &e.kind {
            ExprKind::Binary(op, lhs, rhs) if op.is_comparison() => {
                let l = self.expr(lhs);
                let r = self.expr(rhs);
                let op = *op;
                macro_rules! cmp {
                    ($int:expr, $ord:expr) => {
                        Box::new(move |m| {
                            let a = l(m)?;
                            let b = r(m)?;
                            if let Some((x, y)) = int_pair(&a, &b) {
                                forget_ints(a, b);
                                return Ok($int(&x, &y));
                            }
                            Ok($ord(ops::compare(&a, &b)))
                        })
                    };
                }
                match op {
                    BinOp::Eq => Box::new(move |m| {
                        let a = l(m)?;
                        let b = r(m)?;
                        Ok(ops::equals(&a, &b))
                    }),
                    BinOp::Ne => Box::new(move |m| {
                        let a = l(m)?;
                        let b = r(m)?;
                        Ok(!ops::equals(&a, &b))
                    }),
                    BinOp::Lt => cmp!(|x: &i64, y: &i64| x < y, |o| o == Ordering::Less),
                    BinOp::Le => cmp!(|x: &i64, y: &i64| x <= y, |o| o != Ordering::Greater),
                    BinOp::Gt => cmp!(|x: &i64, y: &i64| x > y, |o| o == Ordering::Greater),
                    BinOp::Ge => cmp!(|x: &i64, y: &i64| x >= y, |o| o != Ordering::Less),
                    _ => {
                        let test: fn(&Value, &Value) -> bool = match op {
                            BinOp::LooseEq => ops::loosely_equals,
                            BinOp::VeryLooseEq => ops::very_loosely_equals,
                            BinOp::StartsWith => ops::starts_with,
                            BinOp::Contains => ops::contains,
                            _ => ops::ends_with,
                        };
                        Box::new(move |m| {
                            let a = l(m)?;
                            let b = r(m)?;
                            Ok(test(&a, &b))
                        })
                    }
                }
            }
            ExprKind::Binary(op @ (BinOp::AndThen | BinOp::OrElse | BinOp::And | BinOp::Or), lhs, rhs) => {
                let l = self.cond(lhs);
                let r = self.cond(rhs);
                match op {
                    BinOp::AndThen => Box::new(move |m| Ok(l(m)? && r(m)?)),
                    BinOp::OrElse => Box::new(move |m| Ok(l(m)? || r(m)?)),
                    // AND and OR evaluate both sides, as WLanguage documents.
                    BinOp::And => Box::new(move |m| {
                        let a = l(m)?;
                        let b = r(m)?;
                        Ok(a && b)
                    }),
                    _ => Box::new(move |m| {
                        let a = l(m)?;
                        let b = r(m)?;
                        Ok(a || b)
                    }),
                }
            }
            ExprKind::Unary(UnOp::Not, operand) => {
                let c = self.cond(operand);
                Box::new(move |m| Ok(!c(m)?))
            }
            ExprKind::Interval { low, low_op, value, high_op, high } => {
                let (low, value, high) = (self.expr(low), self.expr(value), self.expr(high));
                let (low_op, high_op) = (*low_op, *high_op);
                Box::new(move |m| {
                    let a = low(m)?;
                    let x = value(m)?;
                    let b = high(m)?;
                    Ok(holds(low_op, ops::compare(&a, &x)) && holds(high_op, ops::compare(&x, &b)))
                })
            }
            ExprKind::In { value, list, negated } => {
                let value = self.expr(value);
                let list: Vec<ExprFn> = list.iter().map(|e| self.expr(e)).collect();
                let negated = *negated;
                Box::new(move |m| {
                    let v = value(m)?;
                    for item in &list {
                        if ops::equals(&v, &item(m)?) {
                            return Ok(!negated);
                        }
                    }
                    Ok(negated)
                })
            }
            _ => {
                let f = self.expr(e);
                Box::new(move |m| {
                    let v = f(m)?;
                    match v {
                        Value::Bool(b) => Ok(b),
                        other => ops::truthy(&other).map_err(|e| fail_at(e, loc)),
                    }
                })
            }
        }
    }
}

pub(super) fn holds(op: BinOp, ord: Ordering) -> bool {
    match op {
        BinOp::Lt => ord == Ordering::Less,
        BinOp::Le => ord != Ordering::Greater,
        BinOp::Gt => ord == Ordering::Greater,
        BinOp::Ge => ord != Ordering::Less,
        BinOp::Eq => ord == Ordering::Equal,
        BinOp::Ne => ord != Ordering::Equal,
        _ => false,
    }
}
