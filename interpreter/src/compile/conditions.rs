//! Expressions evaluated for their truth (IF, WHILE, comparisons, AND/OR).

use super::*;

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
                            Ok(match (&a, &b) {
                                (Value::Int(x), Value::Int(y)) => $int(x, y),
                                _ => $ord(ops::compare(&a, &b)),
                            })
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
                        other => ops::truthy(&other).map_err(|msg| type_error(msg, loc)),
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
