//! Specialised integer paths. An expression the resolver typed `int` that only reads and
//! computes — int variables and literals, `+ - * %`, unary `-`, elements of arrays of ints —
//! is also compiled to a `PureIntFn`, which gives an `i64` without building a `Value`; a
//! comparison of two such expressions (and `AND`/`OR` of comparisons) to a `PureBoolFn`.
//!
//! Such an expression has no side effect, so when it meets something it does not handle it
//! gives `None` and the generic closure evaluates the expression again, producing the exact
//! generic result or error. That happens when a variable of type int holds another type (a
//! by-reference parameter of type variant can store anything in the caller's variable), on a
//! modulo by zero, or on an index out of range.

use super::{for_slot, Compiler, GlobalSlot, LocalSlot, SlotRef};
use crate::ast::{BinOp, UnOp};
use crate::hir::{self, ExprKind, VarRef};
use crate::machine::Machine;
use crate::ops;
use crate::types::Type;
use crate::value::Value;

/// A pure computation giving a `T`, or `None` to leave it to the generic closure.
pub type PureFn<T> = Box<dyn Fn(&Machine) -> Option<T>>;
pub type PureIntFn = PureFn<i64>;
pub type PureBoolFn = PureFn<bool>;

/// The int in a slot, looking through a by-reference cell.
#[inline(always)]
pub(super) fn int_in(slot: &Value) -> Option<i64> {
    match slot {
        Value::Int(n) => Some(*n),
        Value::Ref(cell) => match &*cell.borrow() {
            Value::Int(n) => Some(*n),
            _ => None,
        },
        _ => None,
    }
}

/// An operand of a specialised operation. Literals and variables are read inline by the
/// operation's closure (one closure call instead of three); anything else is a nested
/// `PureIntFn`.
enum Operand {
    Literal(i64),
    Var(VarRef),
    Nested(PureIntFn),
}

trait ReadInt: 'static {
    fn read(&self, m: &Machine) -> Option<i64>;
}

struct Literal(i64);
struct Nested(PureIntFn);

impl ReadInt for Literal {
    #[inline(always)]
    fn read(&self, _: &Machine) -> Option<i64> {
        Some(self.0)
    }
}
impl<S: SlotRef> ReadInt for S {
    #[inline(always)]
    fn read(&self, m: &Machine) -> Option<i64> {
        int_in(self.get(m))
    }
}
impl ReadInt for Nested {
    #[inline(always)]
    fn read(&self, m: &Machine) -> Option<i64> {
        (self.0)(m)
    }
}

/// `op(a, b)` with both operands read inline when they are literals or variables. `op` is a
/// closure (its own type), so that each operator is compiled into the closure built here.
fn combine<R: 'static>(a: Operand, b: Operand, op: impl Fn(i64, i64) -> Option<R> + Copy + 'static) -> PureFn<R> {
    fn build<A: ReadInt, B: ReadInt, R: 'static>(
        a: A,
        b: B,
        op: impl Fn(i64, i64) -> Option<R> + 'static,
    ) -> PureFn<R> {
        Box::new(move |m| op(a.read(m)?, b.read(m)?))
    }
    macro_rules! with_b {
        ($a:expr) => {
            match b {
                Operand::Literal(y) => build($a, Literal(y), op),
                Operand::Var(y) => for_slot!(y, y => build($a, y, op)),
                Operand::Nested(y) => build($a, Nested(y), op),
            }
        };
    }
    match a {
        Operand::Literal(x) => with_b!(Literal(x)),
        Operand::Var(x) => for_slot!(x, x => with_b!(x)),
        Operand::Nested(x) => with_b!(Nested(x)),
    }
}

fn into_fn(operand: Operand) -> PureIntFn {
    match operand {
        Operand::Literal(n) => Box::new(move |_| Some(n)),
        Operand::Var(var) => for_slot!(var, slot => Box::new(move |m| slot.read(m))),
        Operand::Nested(f) => f,
    }
}

impl Compiler<'_> {
    /// The expression as a `PureIntFn`, when it is an int expression without side effects.
    pub(super) fn pure_int(&self, e: &hir::Expr) -> Option<PureIntFn> {
        self.int_operand(e).map(into_fn)
    }

    fn int_operand(&self, e: &hir::Expr) -> Option<Operand> {
        if e.ty != Type::Int {
            return None;
        }
        if let Some(Value::Int(n)) = self.constant(e) {
            return Some(Operand::Literal(n));
        }
        match &e.kind {
            ExprKind::Var(var) => Some(Operand::Var(*var)),
            ExprKind::Unary(UnOp::Neg, operand) => {
                let f = self.pure_int(operand)?;
                Some(Operand::Nested(Box::new(move |m| f(m)?.checked_neg())))
            }
            ExprKind::Binary(op, lhs, rhs) => {
                if !matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Mod) {
                    return None;
                }
                let (a, b) = (self.int_operand(lhs)?, self.int_operand(rhs)?);
                // Wrapping, as the generic operators are; `None` where the generic operator
                // fails (modulo by zero).
                Some(Operand::Nested(match op {
                    BinOp::Add => combine(a, b, |x, y| x.checked_add(y)),
                    BinOp::Sub => combine(a, b, |x, y| x.checked_sub(y)),
                    BinOp::Mul => combine(a, b, |x, y| x.checked_mul(y)),
                    _ => combine(a, b, |x, y| x.checked_rem(y)),
                }))
            }
            ExprKind::Index { object, index } => {
                let ExprKind::Var(var) = object.kind else { return None };
                if object.ty != Type::Array(Type::Int.into()) {
                    return None;
                }
                let index = self.pure_int(index)?;
                Some(Operand::Nested(for_slot!(var, array => Box::new(move |m| {
                    int_element(array.get(m), index(m)?)
                }))))
            }
            _ => None,
        }
    }

    /// The condition as a `PureBoolFn`, when it compares pure int expressions.
    pub(super) fn pure_bool(&self, e: &hir::Expr) -> Option<PureBoolFn> {
        match &e.kind {
            ExprKind::Binary(op, lhs, rhs) if op.is_comparison() => {
                if !matches!(op, BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) {
                    return None;
                }
                let (a, b) = (self.int_operand(lhs)?, self.int_operand(rhs)?);
                Some(match op {
                    BinOp::Eq => combine(a, b, |x, y| Some(x == y)),
                    BinOp::Ne => combine(a, b, |x, y| Some(x != y)),
                    BinOp::Lt => combine(a, b, |x, y| Some(x < y)),
                    BinOp::Le => combine(a, b, |x, y| Some(x <= y)),
                    BinOp::Gt => combine(a, b, |x, y| Some(x > y)),
                    _ => combine(a, b, |x, y| Some(x >= y)),
                })
            }
            // `_AND_`/`_OR_` skip the right side exactly when the generic ones do; `AND`/`OR`
            // evaluate both, so that a right side the generic path would fail on falls back.
            ExprKind::Binary(op @ (BinOp::AndThen | BinOp::OrElse | BinOp::And | BinOp::Or), lhs, rhs) => {
                let (l, r) = (self.pure_bool(lhs)?, self.pure_bool(rhs)?);
                Some(match op {
                    BinOp::AndThen => Box::new(move |m| Some(l(m)? && r(m)?)),
                    BinOp::OrElse => Box::new(move |m| Some(l(m)? || r(m)?)),
                    BinOp::And => Box::new(move |m| {
                        let (a, b) = (l(m)?, r(m)?);
                        Some(a && b)
                    }),
                    _ => Box::new(move |m| {
                        let (a, b) = (l(m)?, r(m)?);
                        Some(a || b)
                    }),
                })
            }
            ExprKind::Unary(UnOp::Not, operand) => {
                let f = self.pure_bool(operand)?;
                Some(Box::new(move |m| Some(!f(m)?)))
            }
            _ => None,
        }
    }

    /// The value of an expression made of literals only, computed once before running.
    /// Operations that fail (`1 % 0`) are left to run time, where the error is reported.
    pub(super) fn constant(&self, e: &hir::Expr) -> Option<Value> {
        match &e.kind {
            ExprKind::Const(v) => Some(v.clone()),
            ExprKind::Unary(UnOp::Neg, operand) => ops::negate(self.constant(operand)?).ok(),
            ExprKind::Binary(op, lhs, rhs) => {
                let (a, b) = (self.constant(lhs)?, self.constant(rhs)?);
                match op {
                    BinOp::Add => ops::add(a, b),
                    BinOp::Sub => ops::sub(a, b),
                    BinOp::Mul => ops::mul(a, b),
                    BinOp::Div => ops::div(a, b),
                    BinOp::Mod => ops::modulo(a, b),
                    BinOp::Pow => ops::power(a, b),
                    _ => return None,
                }
                .ok()
            }
            _ => None,
        }
    }
}

/// Element `index` (1-based) of the array of ints in `slot`.
#[inline]
fn int_element(slot: &Value, index: i64) -> Option<i64> {
    let element = |v: &Value| match v {
        Value::Array(a) => match a.items.get(usize::try_from(index).ok()?.checked_sub(1)?)? {
            Value::Int(n) => Some(*n),
            _ => None,
        },
        _ => None,
    };
    match slot {
        Value::Ref(cell) => element(&cell.borrow()),
        v => element(v),
    }
}
