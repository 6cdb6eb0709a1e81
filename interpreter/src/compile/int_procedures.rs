//! Int procedures. A procedure whose parameters and result are ints and whose body only
//! computes — guard clauses `IF c THEN RESULT a` then a final `RESULT e`, over its parameters,
//! int globals, literals, `+ - * %`, comparisons and calls of such procedures — with no local
//! variable and no `CASE ERROR:`/`CASE EXCEPTION:` block, is also compiled to work on `i64`s:
//! its arguments sit in a small array on the Rust stack, with no `Value` and no frame on
//! `m.stack`. Recursive numeric procedures (`Fib`) and small helpers (`Add(a, b)`) are like
//! that.
//!
//! Such a procedure has no side effect. So a call of one, from a place where its arguments
//! are pure int expressions, is first made the int way; when anything is out of the ordinary
//! — a value that is not an int, a modulo by zero, the recursion limit, an interruption, a
//! procedure declared again in the REPL — that gives `None`, nothing has changed, and the call
//! is made again the generic way, which produces the exact result or error (with its
//! location and call stack).

use super::pure_int::{int_in, PureIntFn};
use super::*;

/// The body of an int procedure, or an expression in it: `args` are the procedure's
/// parameters.
pub type IntBodyFn = Box<dyn Fn(&mut Machine, &[i64]) -> Option<i64>>;
type IntTestFn = Box<dyn Fn(&mut Machine, &[i64]) -> Option<bool>>;
/// A call of an int procedure from outside an int body; `None` when it must be made the
/// generic way.
pub type IntCallFn = Box<dyn Fn(&mut Machine) -> Option<i64>>;

/// Most parameters an int procedure may have (its arguments are an array on the Rust stack).
const MAX_PARAMS: usize = 4;

impl Compiler<'_> {
    /// For each procedure of the program, whether it is an int procedure.
    pub(super) fn int_procedures(&self) -> &[bool] {
        self.int_procedures.get_or_init(|| {
            let procs = &self.program.procedures;
            let mut int: Vec<bool> = procs.iter().map(has_int_signature).collect();
            // Assume every candidate is one, then strike out those that compute something
            // else or call a procedure struck out, until nothing changes.
            loop {
                let mut changed = false;
                for (i, p) in procs.iter().enumerate() {
                    if int[i] && !body_is_int(p, &int) {
                        int[i] = false;
                        changed = true;
                    }
                }
                if !changed {
                    return int;
                }
            }
        })
    }

    /// The int version of a procedure's body, when it is an int procedure.
    pub(super) fn int_body(&self, id: hir::ProcId) -> Option<IntBodyFn> {
        if !self.specialise() || !self.int_procedures()[id] {
            return None;
        }
        let body = &self.program.procedures[id].body;
        let (last, guards) = body.split_last()?;
        let StmtKind::Return(Some(result)) = &last.kind else { return None };
        let mut body = self.int_expr(result);
        for guard in guards.iter().rev() {
            let (cond, value) = guard_clause(guard)?;
            let (test, value, otherwise) = (self.int_test(cond), self.int_expr(value), body);
            body = Box::new(move |m, args| if test(m, args)? { value(m, args) } else { otherwise(m, args) });
        }
        Some(body)
    }

    /// A call of procedure `id` made the int way, when it is an int procedure and every
    /// argument a pure int expression; `None` when the call must be made the generic way.
    pub(super) fn int_call_from_anywhere(&self, id: hir::ProcId, args: &[Option<Arg>]) -> Option<IntCallFn> {
        if !self.specialise() || !self.int_procedures()[id] || args.len() != self.program.procedures[id].params.len() {
            return None;
        }
        let args: Vec<PureIntFn> =
            args.iter().map(|a| a.as_ref().and_then(|a| self.pure_int(&a.value))).collect::<Option<_>>()?;
        let slot = self.procs[id].clone();
        macro_rules! with_arity {
            ($n:literal) => {{
                let args: [PureIntFn; $n] = args.try_into().ok()?;
                Box::new(move |m: &mut Machine| {
                    let mut values = [0i64; $n];
                    for (value, arg) in values.iter_mut().zip(&args) {
                        *value = arg(m)?;
                    }
                    enter(m, &slot, &values)
                })
            }};
        }
        Some(match args.len() {
            0 => with_arity!(0),
            1 => with_arity!(1),
            2 => with_arity!(2),
            3 => with_arity!(3),
            _ => with_arity!(4),
        })
    }

    /// An int expression of an int procedure's body (checked by `int_expr_is_valid`).
    fn int_expr(&self, e: &hir::Expr) -> IntBodyFn {
        self.body_operand(e).into_fn()
    }

    fn body_operand(&self, e: &hir::Expr) -> ArgOperand {
        if let Some(Value::Int(n)) = self.constant(e) {
            return ArgOperand::Literal(n);
        }
        match &e.kind {
            ExprKind::Var(VarRef::Local(i)) => ArgOperand::Param(*i as usize),
            ExprKind::Var(VarRef::Global(g)) => {
                let g = *g as usize;
                ArgOperand::Nested(Box::new(move |m, _| int_in(&m.globals[g])))
            }
            ExprKind::Unary(_, operand) => {
                let f = self.int_expr(operand);
                ArgOperand::Nested(Box::new(move |m, args| f(m, args)?.checked_neg()))
            }
            ExprKind::Binary(op, lhs, rhs) => {
                let (a, b) = (self.body_operand(lhs), self.body_operand(rhs));
                ArgOperand::Nested(match op {
                    BinOp::Add => combine(a, b, |x, y| x.checked_add(y)),
                    BinOp::Sub => combine(a, b, |x, y| x.checked_sub(y)),
                    BinOp::Mul => combine(a, b, |x, y| x.checked_mul(y)),
                    _ => combine(a, b, |x, y| x.checked_rem(y)),
                })
            }
            ExprKind::CallProc { proc, args } => {
                let args: Vec<IntBodyFn> = args.iter().flatten().map(|a| self.int_expr(&a.value)).collect();
                ArgOperand::Nested(self.int_call(*proc, args))
            }
            _ => unreachable!("checked by int_expr_is_valid"),
        }
    }

    /// A condition of an int procedure's guard clause (checked by `int_test_is_valid`).
    fn int_test(&self, e: &hir::Expr) -> IntTestFn {
        match &e.kind {
            ExprKind::Binary(op, lhs, rhs) if op.is_comparison() => {
                let (a, b) = (self.body_operand(lhs), self.body_operand(rhs));
                match op {
                    BinOp::Eq => combine(a, b, |x, y| Some(x == y)),
                    BinOp::Ne => combine(a, b, |x, y| Some(x != y)),
                    BinOp::Lt => combine(a, b, |x, y| Some(x < y)),
                    BinOp::Le => combine(a, b, |x, y| Some(x <= y)),
                    BinOp::Gt => combine(a, b, |x, y| Some(x > y)),
                    _ => combine(a, b, |x, y| Some(x >= y)),
                }
            }
            ExprKind::Binary(op, lhs, rhs) => {
                let (l, r) = (self.int_test(lhs), self.int_test(rhs));
                match op {
                    // `_AND_`/`_OR_` skip the right side as the generic ones do; `AND`/`OR`
                    // evaluate both, so that a right side that gives up makes the call give up.
                    BinOp::AndThen => Box::new(move |m, a| Some(l(m, a)? && r(m, a)?)),
                    BinOp::OrElse => Box::new(move |m, a| Some(l(m, a)? || r(m, a)?)),
                    BinOp::And => Box::new(move |m, a| {
                        let (x, y) = (l(m, a)?, r(m, a)?);
                        Some(x && y)
                    }),
                    _ => Box::new(move |m, a| {
                        let (x, y) = (l(m, a)?, r(m, a)?);
                        Some(x || y)
                    }),
                }
            }
            ExprKind::Unary(_, operand) => {
                let f = self.int_test(operand);
                Box::new(move |m, a| Some(!f(m, a)?))
            }
            _ => unreachable!("checked by int_test_is_valid"),
        }
    }

    /// A call of int procedure `id` inside an int procedure's body.
    fn int_call(&self, id: hir::ProcId, args: Vec<IntBodyFn>) -> IntBodyFn {
        let slot = self.procs[id].clone();
        macro_rules! with_arity {
            ($n:literal) => {{
                let args: [IntBodyFn; $n] = match args.try_into() {
                    Ok(args) => args,
                    Err(_) => unreachable!("arity checked by int_expr_is_valid"),
                };
                Box::new(move |m: &mut Machine, outer: &[i64]| {
                    let mut values = [0i64; $n];
                    for (value, arg) in values.iter_mut().zip(&args) {
                        *value = arg(m, outer)?;
                    }
                    enter(m, &slot, &values)
                })
            }};
        }
        match args.len() {
            0 => with_arity!(0),
            1 => with_arity!(1),
            2 => with_arity!(2),
            3 => with_arity!(3),
            _ => with_arity!(4),
        }
    }
}

/// Runs an int procedure's body with `args`, as `call` would run the procedure, or gives
/// `None` where `call` would do something else than return an int: at the recursion limit,
/// on an interruption, when the slot now holds a procedure (declared again) that is not an
/// int procedure of that many parameters.
#[inline(always)]
fn enter(m: &mut Machine, slot: &ProcSlot, args: &[i64]) -> Option<i64> {
    if m.depth >= m.int_depth_limit {
        m.int_reached_limit = true;
        return None;
    }
    // Parameters and result are 4-byte ints: a value out of that range is reported by the
    // generic call.
    if m.interrupted() || !args.iter().all(|a| crate::sized_int::fits_int(*a)) {
        return None;
    }
    let compiled = slot.borrow();
    let proc = compiled.as_deref()?;
    let body = proc.int_body.as_ref().filter(|_| proc.params.len() == args.len())?;
    m.depth += 1;
    let result = body(m, args);
    m.depth -= 1;
    result.filter(|n| crate::sized_int::fits_int(*n))
}

/// Parameters all ints passed by value, at most `MAX_PARAMS`; an int result; no local
/// variable; no error handler.
fn has_int_signature(p: &hir::Procedure) -> bool {
    p.returns == Type::Int
        && p.shared_slots.is_none()
        && !p.variadic
        && p.parameters_slot.is_none()
        && p.params.len() <= MAX_PARAMS
        && p.params.iter().all(|param| param.ty == Type::Int && !param.mutated)
        && p.frame_size == p.params.len()
        && p.on_error.is_none()
        && p.on_exception.is_none()
}

/// Guard clauses then a final `RESULT`, computing with what an int procedure may use.
fn body_is_int(p: &hir::Procedure, int: &[bool]) -> bool {
    let Some((last, guards)) = p.body.split_last() else { return false };
    let StmtKind::Return(Some(result)) = &last.kind else { return false };
    let params = p.params.len();
    int_expr_is_valid(result, params, int)
        && guards.iter().all(|g| {
            guard_clause(g).is_some_and(|(cond, value)| {
                int_test_is_valid(cond, params, int) && int_expr_is_valid(value, params, int)
            })
        })
}

/// `IF cond THEN RESULT value`, with nothing else in the IF.
fn guard_clause(stmt: &hir::Stmt) -> Option<(&hir::Expr, &hir::Expr)> {
    let StmtKind::If { branches, otherwise: None } = &stmt.kind else { return None };
    let [(cond, then)] = &branches[..] else { return None };
    let [hir::Stmt { kind: StmtKind::Return(Some(value)), .. }] = &then[..] else { return None };
    Some((cond, value))
}

fn int_expr_is_valid(e: &hir::Expr, params: usize, int: &[bool]) -> bool {
    if e.ty != Type::Int {
        return false;
    }
    match &e.kind {
        ExprKind::Const(v) => matches!(v, Value::Int(_)),
        ExprKind::Var(VarRef::Local(i)) => (*i as usize) < params,
        ExprKind::Var(VarRef::Global(_)) => true,
        ExprKind::Unary(UnOp::Neg, operand) => int_expr_is_valid(operand, params, int),
        ExprKind::Binary(BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Mod, lhs, rhs) => {
            int_expr_is_valid(lhs, params, int) && int_expr_is_valid(rhs, params, int)
        }
        ExprKind::CallProc { proc, args } => {
            int[*proc] && args.iter().all(|a| a.as_ref().is_some_and(|a| int_expr_is_valid(&a.value, params, int)))
        }
        _ => false,
    }
}

fn int_test_is_valid(e: &hir::Expr, params: usize, int: &[bool]) -> bool {
    match &e.kind {
        ExprKind::Binary(BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge, lhs, rhs) => {
            int_expr_is_valid(lhs, params, int) && int_expr_is_valid(rhs, params, int)
        }
        ExprKind::Binary(BinOp::AndThen | BinOp::OrElse | BinOp::And | BinOp::Or, lhs, rhs) => {
            int_test_is_valid(lhs, params, int) && int_test_is_valid(rhs, params, int)
        }
        ExprKind::Unary(UnOp::Not, operand) => int_test_is_valid(operand, params, int),
        _ => false,
    }
}

/// An operand in an int procedure's body. Literals and parameters are read inline by the
/// operation's closure; anything else is a nested closure.
enum ArgOperand {
    Literal(i64),
    Param(usize),
    Nested(IntBodyFn),
}

impl ArgOperand {
    fn into_fn(self) -> IntBodyFn {
        match self {
            ArgOperand::Literal(n) => Box::new(move |_, _| Some(n)),
            ArgOperand::Param(i) => Box::new(move |_, args| args.get(i).copied()),
            ArgOperand::Nested(f) => f,
        }
    }
}

trait ReadArg: 'static {
    fn read(&self, m: &mut Machine, args: &[i64]) -> Option<i64>;
}

struct Literal(i64);
struct Param(usize);
struct Nested(IntBodyFn);

impl ReadArg for Literal {
    #[inline(always)]
    fn read(&self, _: &mut Machine, _: &[i64]) -> Option<i64> {
        Some(self.0)
    }
}
impl ReadArg for Param {
    #[inline(always)]
    fn read(&self, _: &mut Machine, args: &[i64]) -> Option<i64> {
        args.get(self.0).copied()
    }
}
impl ReadArg for Nested {
    #[inline(always)]
    fn read(&self, m: &mut Machine, args: &[i64]) -> Option<i64> {
        (self.0)(m, args)
    }
}

type IntBodyOp<R> = Box<dyn Fn(&mut Machine, &[i64]) -> Option<R>>;

/// `op(a, b)`, with literals and parameters read inline.
fn combine<R: 'static>(
    a: ArgOperand,
    b: ArgOperand,
    op: impl Fn(i64, i64) -> Option<R> + Copy + 'static,
) -> IntBodyOp<R> {
    fn build<A: ReadArg, B: ReadArg, R: 'static>(
        a: A,
        b: B,
        op: impl Fn(i64, i64) -> Option<R> + 'static,
    ) -> IntBodyOp<R> {
        Box::new(move |m, args| {
            let x = a.read(m, args)?;
            op(x, b.read(m, args)?)
        })
    }
    macro_rules! with_b {
        ($a:expr) => {
            match b {
                ArgOperand::Literal(y) => build($a, Literal(y), op),
                ArgOperand::Param(y) => build($a, Param(y), op),
                ArgOperand::Nested(y) => build($a, Nested(y), op),
            }
        };
    }
    match a {
        ArgOperand::Literal(x) => with_b!(Literal(x)),
        ArgOperand::Param(x) => with_b!(Param(x)),
        ArgOperand::Nested(x) => with_b!(Nested(x)),
    }
}
