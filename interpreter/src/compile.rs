//! The evaluator. The resolved program is compiled once into nested closures, which are
//! then run: still a tree walk, but with every decision that does not depend on run-time
//! values (which node, which slot, which operator, which conversion) taken before running.

use crate::ast::{AssignOp, BinOp, UnOp};
use crate::error::{codes, fail_at, ErrorKind, Exec, Flow, RuntimeError};
use crate::hir::{self, Arg, ExprKind, Member, Pattern, Place, Step, StmtKind, SubstringEnd, VarRef};
use crate::machine::Machine;
use crate::natives::Natives;
use crate::ops;
use crate::source::Loc;
use crate::string::Str;
use crate::types::Type;
use crate::value::{StructValue, Value};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

pub type ExprFn = Box<dyn Fn(&mut Machine) -> Exec<Value>>;
pub type CondFn = Box<dyn Fn(&mut Machine) -> Exec<bool>>;
pub type StmtFn = Box<dyn Fn(&mut Machine) -> Exec>;

/// A procedure ready to run.
pub struct CompiledProc {
    pub name: Rc<str>,
    pub params: Vec<CompiledParam>,
    pub required: usize,
    pub frame_size: usize,
    pub returns: Type,
    pub body: StmtFn,
    pub on_error: Option<StmtFn>,
    pub on_exception: Option<StmtFn>,
}

pub struct CompiledParam {
    pub ty: Type,
    pub by_ref: bool,
    pub default: Option<ExprFn>,
}

/// Where a call finds its procedure. Filled once compiled; a REPL input that declares the
/// procedure again replaces what is inside, and earlier callers see the new body.
pub type ProcSlot = RefCell<Option<Rc<CompiledProc>>>;

pub struct Compiler<'a> {
    pub program: &'a crate::resolver::Program,
    pub natives: &'a Natives,
    pub procs: &'a [Rc<ProcSlot>],
}

fn type_error(message: impl Into<String>, loc: Loc) -> Flow {
    Flow::Error(Box::new(RuntimeError::fatal(message).with_code(codes::TYPE_MISMATCH).at(loc)))
}

fn index_error(index: i64, len: usize, loc: Loc) -> Flow {
    let what = if len == 1 { "element".to_string() } else { "elements".to_string() };
    Flow::Error(Box::new(
        RuntimeError::fatal(format!("index out of range: index {index}, but the array has {len} {what}"))
            .with_code(codes::INDEX_OUT_OF_RANGE)
            .at(loc),
    ))
}

#[inline]
fn read_var(m: &Machine, var: VarRef) -> Value {
    let slot = match var {
        VarRef::Local(i) => &m.stack[m.base + i as usize],
        VarRef::Global(i) => &m.globals[i as usize],
    };
    match slot {
        Value::Ref(cell) => cell.borrow().clone(),
        v => v.clone(),
    }
}

/// Runs `f` on the variable's value, through its by-reference cell if it has one.
#[inline]
fn with_var_mut<R>(m: &mut Machine, var: VarRef, f: impl FnOnce(&mut Value) -> R) -> R {
    let slot = match var {
        VarRef::Local(i) => &mut m.stack[m.base + i as usize],
        VarRef::Global(i) => &mut m.globals[i as usize],
    };
    match slot {
        Value::Ref(cell) => {
            let cell = cell.clone();
            let mut inner = cell.borrow_mut();
            f(&mut inner)
        }
        v => f(v),
    }
}

fn convert(value: Value, ty: &Type, loc: Loc) -> Exec<Value> {
    value.convert_to(ty).map_err(|msg| type_error(msg, loc))
}

fn check_string_limit(m: &Machine, v: &Value, loc: Loc) -> Exec {
    if let Value::Str(s) = v {
        if s.as_str().len() > m.limits.max_string_len {
            return Err(Flow::Error(Box::new(
                RuntimeError::fatal(format!("string too long: more than {} bytes", m.limits.max_string_len))
                    .with_code(codes::LIMIT)
                    .at(loc),
            )));
        }
    }
    Ok(())
}

impl<'a> Compiler<'a> {
    // ----- statements -----

    pub fn block(&self, stmts: &[hir::Stmt]) -> StmtFn {
        let mut compiled: Vec<StmtFn> = stmts.iter().map(|s| self.stmt(s)).collect();
        match compiled.len() {
            0 => Box::new(|_| Ok(())),
            1 => compiled.pop().expect("one statement"),
            2 => {
                let b = compiled.pop().expect("two statements");
                let a = compiled.pop().expect("two statements");
                Box::new(move |m| {
                    a(m)?;
                    b(m)
                })
            }
            _ => Box::new(move |m| {
                for s in &compiled {
                    s(m)?;
                }
                Ok(())
            }),
        }
    }

    fn stmt(&self, s: &hir::Stmt) -> StmtFn {
        let loc = s.loc;
        match &s.kind {
            StmtKind::Init { var, ty, value } => {
                let var = *var;
                let ty = ty.clone();
                match value {
                    Some(v) => {
                        let f = self.expr(v);
                        let same = v.ty == ty;
                        Box::new(move |m| {
                            let v = f(m)?;
                            let v = if same { v } else { convert(v, &ty, loc)? };
                            set_slot(m, var, v);
                            Ok(())
                        })
                    }
                    None => Box::new(move |m| {
                        set_slot(m, var, ty.default_value());
                        Ok(())
                    }),
                }
            }
            StmtKind::Assign { place, op, value } => self.assign(place, *op, value),
            StmtKind::MultiAssign { targets, values } => {
                let values: Vec<ExprFn> = values.iter().map(|v| self.expr(v)).collect();
                let targets: Vec<CompiledPlace> = targets.iter().map(|t| self.place(t)).collect();
                Box::new(move |m| {
                    let mut results = Vec::with_capacity(values.len());
                    for v in &values {
                        results.push(v(m)?);
                    }
                    for (t, v) in targets.iter().zip(results) {
                        t.store(m, v)?;
                    }
                    Ok(())
                })
            }
            StmtKind::Increment { place, delta } => {
                let delta = *delta;
                if place.steps.is_empty() {
                    let var = place.root;
                    let ty = place.ty.clone();
                    return Box::new(move |m| {
                        with_var_mut(m, var, |v| {
                            match v {
                                Value::Int(n) => *n = n.wrapping_add(delta),
                                other => {
                                    let old = std::mem::take(other);
                                    *other = match ops::add(old.to_number(), Value::Int(delta)) {
                                        Ok(v) => v.convert_to(&ty).map_err(|e| type_error(e, loc))?,
                                        Err(e) => return Err(fail_at(e, loc)),
                                    };
                                }
                            }
                            Ok(())
                        })
                    });
                }
                let place = self.place(place);
                Box::new(move |m| place.update(m, |old| ops::add(old.to_number(), Value::Int(delta))))
            }
            StmtKind::Eval(e) => {
                let f = self.expr(e);
                Box::new(move |m| f(m).map(drop))
            }
            StmtKind::Show(e) => {
                let f = self.expr(e);
                Box::new(move |m| {
                    let v = f(m)?;
                    if !matches!(v, Value::Null) {
                        let text = v.to_text();
                        m.out(&format!("{text}\n"));
                    }
                    Ok(())
                })
            }
            StmtKind::If { branches, otherwise } => {
                let mut branches: Vec<(CondFn, StmtFn)> =
                    branches.iter().map(|(c, b)| (self.cond(c), self.block(b))).collect();
                let otherwise = otherwise.as_ref().map(|b| self.block(b));
                if branches.len() == 1 {
                    let (cond, then) = branches.pop().expect("one branch");
                    return match otherwise {
                        None => Box::new(move |m| if cond(m)? { then(m) } else { Ok(()) }),
                        Some(other) => Box::new(move |m| if cond(m)? { then(m) } else { other(m) }),
                    };
                }
                Box::new(move |m| {
                    for (cond, body) in &branches {
                        if cond(m)? {
                            return body(m);
                        }
                    }
                    match &otherwise {
                        Some(b) => b(m),
                        None => Ok(()),
                    }
                })
            }
            StmtKind::Switch { subject, cases, otherwise } => {
                let subject = self.expr(subject);
                let cases: Vec<(Vec<CompiledPattern>, StmtFn)> = cases
                    .iter()
                    .map(|(patterns, body)| (patterns.iter().map(|p| self.pattern(p)).collect(), self.block(body)))
                    .collect();
                let otherwise = otherwise.as_ref().map(|b| self.block(b));
                Box::new(move |m| {
                    let value = subject(m)?;
                    for (patterns, body) in &cases {
                        for p in patterns {
                            if p.matches(m, &value)? {
                                return body(m);
                            }
                        }
                    }
                    match &otherwise {
                        Some(b) => b(m),
                        None => Ok(()),
                    }
                })
            }
            StmtKind::For { var, start, end, step, end_once, body } => {
                self.for_loop(var, start, end, step.as_ref(), *end_once, body, loc)
            }
            StmtKind::ForEach { var, second, iterable, body } => {
                self.for_each(var, second.as_ref(), iterable, body, loc)
            }
            StmtKind::While { cond, body } => {
                let cond = self.cond(cond);
                let body = self.block(body);
                Box::new(move |m| {
                    while cond(m)? {
                        check_interrupt(m, loc)?;
                        match body(m) {
                            Ok(()) | Err(Flow::Continue) => {}
                            Err(Flow::Break) => break,
                            Err(e) => return Err(e),
                        }
                    }
                    Ok(())
                })
            }
            StmtKind::Loop { count, body } => {
                let count = count.as_ref().map(|c| self.expr(c));
                let body = self.block(body);
                Box::new(move |m| {
                    let limit = match &count {
                        Some(c) => Some(c(m)?.to_int()),
                        None => None,
                    };
                    let mut done = 0i64;
                    loop {
                        if let Some(limit) = limit {
                            if done >= limit {
                                break;
                            }
                            done += 1;
                        }
                        check_interrupt(m, loc)?;
                        match body(m) {
                            Ok(()) | Err(Flow::Continue) => {}
                            Err(Flow::Break) => break,
                            Err(e) => return Err(e),
                        }
                    }
                    Ok(())
                })
            }
            StmtKind::Break => Box::new(|_| Err(Flow::Break)),
            StmtKind::Continue => Box::new(|_| Err(Flow::Continue)),
            StmtKind::Return(value) => match value {
                Some(v) => {
                    let f = self.expr(v);
                    Box::new(move |m| {
                        m.result = f(m)?;
                        Err(Flow::Return)
                    })
                }
                None => Box::new(|m| {
                    m.result = Value::Null;
                    Err(Flow::Return)
                }),
            },
            StmtKind::Exit => Box::new(|_| Err(Flow::Exit)),
            StmtKind::WhenException { body, handler } => {
                let body = self.block(body);
                let handler = self.block(handler);
                Box::new(move |m| match body(m) {
                    Err(Flow::Error(e)) if e.is_catchable() => {
                        m.exception = Some(*e);
                        handler(m)
                    }
                    other => other,
                })
            }
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn for_loop(
        &self,
        var: &Place,
        start: &hir::Expr,
        end: &hir::Expr,
        step: Option<&hir::Expr>,
        end_once: bool,
        body: &[hir::Stmt],
        loc: Loc,
    ) -> StmtFn {
        let start = self.expr(start);
        let end = self.expr(end);
        let step = step.map(|s| self.expr(s));
        let body = self.block(body);
        let v = var.root;
        let ty = var.ty.clone();
        Box::new(move |m| {
            let first = convert(start(m)?, &ty, loc)?;
            set_var(m, v, first);
            let step_value = match &step {
                Some(s) => s(m)?.to_number(),
                None => Value::Int(1),
            };
            let descending = match step_value {
                Value::Int(n) => n < 0,
                Value::Real(r) => r < 0.0,
                _ => false,
            };
            if matches!(step_value, Value::Int(0)) || matches!(step_value, Value::Real(r) if r == 0.0) {
                return Err(fail_at("a FOR loop cannot have a STEP of 0".to_string(), loc));
            }
            let mut limit = end(m)?;
            loop {
                if !end_once {
                    limit = end(m)?;
                }
                let current = read_var(m, v);
                let in_range = match (&current, &limit, descending) {
                    (Value::Int(c), Value::Int(l), false) => c <= l,
                    (Value::Int(c), Value::Int(l), true) => c >= l,
                    (c, l, false) => ops::compare(c, l) != Ordering::Greater,
                    (c, l, true) => ops::compare(c, l) != Ordering::Less,
                };
                if !in_range {
                    break;
                }
                check_interrupt(m, loc)?;
                match body(m) {
                    Ok(()) | Err(Flow::Continue) => {}
                    Err(Flow::Break) => break,
                    Err(e) => return Err(e),
                }
                let stepped: Exec = with_var_mut(m, v, |slot| match (slot, &step_value) {
                    (Value::Int(n), Value::Int(s)) => {
                        *n = n.wrapping_add(*s);
                        Ok(())
                    }
                    (slot, s) => {
                        let old = std::mem::take(slot);
                        *slot = ops::add(old, s.clone()).map_err(|e| fail_at(e, loc))?;
                        Ok(())
                    }
                });
                stepped?;
            }
            Ok(())
        })
    }

    fn for_each(
        &self,
        var: &Place,
        second: Option<&Place>,
        iterable: &hir::Expr,
        body: &[hir::Stmt],
        loc: Loc,
    ) -> StmtFn {
        let iterable = self.expr(iterable);
        let body = self.block(body);
        let (v, ty) = (var.root, var.ty.clone());
        let second = second.map(|p| (p.root, p.ty.clone()));
        Box::new(move |m| {
            let collection = iterable(m)?;
            let run = |m: &mut Machine, item: Value, key: Value| -> Exec<bool> {
                set_var(m, v, convert(item, &ty, loc)?);
                if let Some((k, kty)) = &second {
                    set_var(m, *k, convert(key, kty, loc)?);
                }
                check_interrupt(m, loc)?;
                match body(m) {
                    Ok(()) | Err(Flow::Continue) => Ok(true),
                    Err(Flow::Break) => Ok(false),
                    Err(e) => Err(e),
                }
            };
            match collection {
                Value::Array(a) => {
                    for (i, item) in a.items.iter().enumerate() {
                        if !run(m, item.clone(), Value::Int(i as i64 + 1))? {
                            break;
                        }
                    }
                }
                Value::Assoc(a) => {
                    for (k, item) in a.map.iter() {
                        if !run(m, item.clone(), Value::str(&**k))? {
                            break;
                        }
                    }
                }
                Value::Str(s) => {
                    for (i, c) in s.as_str().chars().enumerate() {
                        if !run(m, Value::str(c.to_string()), Value::Int(i as i64 + 1))? {
                            break;
                        }
                    }
                }
                Value::Null => {}
                other => {
                    return Err(type_error(format!("cannot go through a {} with FOR EACH", other.type_name()), loc))
                }
            }
            Ok(())
        })
    }

    fn pattern(&self, p: &Pattern) -> CompiledPattern {
        match p {
            Pattern::Value(e) => CompiledPattern::Value(self.expr(e)),
            Pattern::Range(a, b) => CompiledPattern::Range(self.expr(a), self.expr(b)),
            Pattern::Compare(op, e) => CompiledPattern::Compare(*op, self.expr(e)),
        }
    }

    fn assign(&self, place: &Place, op: AssignOp, value: &hir::Expr) -> StmtFn {
        let loc = place.loc;
        let f = self.expr(value);
        if place.steps.is_empty() {
            let var = place.root;
            let ty = place.ty.clone();
            let same_type = value.ty == ty;
            return match op {
                AssignOp::Set => Box::new(move |m| {
                    let v = f(m)?;
                    let v = if same_type { v } else { convert(v, &ty, loc)? };
                    with_var_mut(m, var, |slot| *slot = v);
                    Ok(())
                }),
                AssignOp::Add if ty == Type::Str => Box::new(move |m| {
                    let v = f(m)?;
                    let limit = m.limits.max_string_len;
                    with_var_mut(m, var, |slot| {
                        if let Value::Str(s) = slot {
                            let more = match &v {
                                Value::Str(t) => t.clone(),
                                other => Str::new(other.to_text()),
                            };
                            if s.as_str().len() + more.as_str().len() > limit {
                                return Err(Flow::Error(Box::new(
                                    RuntimeError::fatal(format!("string too long: more than {limit} bytes"))
                                        .with_code(codes::LIMIT)
                                        .at(loc),
                                )));
                            }
                            s.push_str(more.as_str());
                            Ok(())
                        } else {
                            let old = std::mem::take(slot);
                            *slot = ops::add(old, v)
                                .map_err(|e| fail_at(e, loc))?
                                .convert_to(&Type::Str)
                                .map_err(|e| type_error(e, loc))?;
                            Ok(())
                        }
                    })
                }),
                _ => {
                    let op = op.binop().expect("compound assignment");
                    Box::new(move |m| {
                        let v = f(m)?;
                        let limit = m.limits.max_string_len;
                        with_var_mut(m, var, |slot| {
                            let new = apply(op, slot.clone(), v, loc)?;
                            if let Value::Str(s) = &new {
                                if s.as_str().len() > limit {
                                    return Err(fail_at(format!("string too long: more than {limit} bytes"), loc));
                                }
                            }
                            *slot = convert(new, &ty, loc)?;
                            Ok(())
                        })
                    })
                }
            };
        }
        let place = self.place(place);
        match op {
            AssignOp::Set => Box::new(move |m| {
                let v = f(m)?;
                place.store(m, v)
            }),
            _ => {
                let op = op.binop().expect("compound assignment");
                Box::new(move |m| {
                    let v = f(m)?;
                    place.update(m, move |old| match op {
                        BinOp::Add => ops::add(old, v),
                        BinOp::Sub => ops::sub(old, v),
                        BinOp::Mul => ops::mul(old, v),
                        _ => ops::div(old, v),
                    })
                })
            }
        }
    }

    fn place(&self, p: &Place) -> CompiledPlace {
        CompiledPlace {
            root: p.root,
            root_ty: p.root_ty.clone(),
            steps: p
                .steps
                .iter()
                .map(|s| match s {
                    Step::Index(e) => CompiledStep::Index(self.expr(e)),
                    Step::Member(m) => CompiledStep::Member(m.clone()),
                })
                .collect(),
            loc: p.loc,
        }
    }

    // ----- expressions -----

    pub fn expr(&self, e: &hir::Expr) -> ExprFn {
        let loc = e.loc;
        match &e.kind {
            ExprKind::Const(v) => {
                let v = v.clone();
                Box::new(move |_| Ok(v.clone()))
            }
            ExprKind::Var(var) => match *var {
                VarRef::Local(i) => {
                    let i = i as usize;
                    Box::new(move |m| {
                        Ok(match &m.stack[m.base + i] {
                            Value::Ref(cell) => cell.borrow().clone(),
                            v => v.clone(),
                        })
                    })
                }
                VarRef::Global(i) => {
                    let i = i as usize;
                    Box::new(move |m| Ok(m.globals[i].deref()))
                }
            },
            ExprKind::Unary(op, operand) => {
                let f = self.expr(operand);
                match op {
                    UnOp::Neg => Box::new(move |m| ops::negate(f(m)?).map_err(|e| fail_at(e, loc))),
                    UnOp::Not => {
                        let c = self.cond(operand);
                        drop(f);
                        Box::new(move |m| Ok(Value::Bool(!c(m)?)))
                    }
                }
            }
            ExprKind::Binary(op, lhs, rhs) => self.binary(*op, lhs, rhs, loc),
            ExprKind::Interval { .. } | ExprKind::In { .. } => {
                let c = self.cond(e);
                Box::new(move |m| Ok(Value::Bool(c(m)?)))
            }
            ExprKind::CallProc { proc, args } => self.call_proc(*proc, args, loc),
            ExprKind::CallNative { func, args, trap_error } => self.call_native(*func, args, *trap_error, loc),
            ExprKind::Index { object, index } => {
                let index = self.expr(index);
                // Reading an element of a variable does not copy the array.
                if let ExprKind::Var(var) = object.kind {
                    return Box::new(move |m| {
                        let i = index(m)?;
                        let slot = match var {
                            VarRef::Local(n) => &m.stack[m.base + n as usize],
                            VarRef::Global(n) => &m.globals[n as usize],
                        };
                        match slot {
                            Value::Ref(cell) => element(&cell.borrow(), &i, loc),
                            v => element(v, &i, loc),
                        }
                    });
                }
                let object = self.expr(object);
                Box::new(move |m| {
                    let o = object(m)?;
                    let i = index(m)?;
                    element(&o, &i, loc)
                })
            }
            ExprKind::Member { object, member } => {
                let object = self.expr(object);
                let member = member.clone();
                let natives = self.natives.clone_methods();
                Box::new(move |m| {
                    let o = object(m)?;
                    read_member(m, &o, &member, &natives, loc)
                })
            }
            ExprKind::Substring { object, start, end } => {
                let object = self.expr(object);
                let start = self.expr(start);
                let end = match end {
                    SubstringEnd::One => SubEnd::One,
                    SubstringEnd::To(None) => SubEnd::ToEnd,
                    SubstringEnd::To(Some(e)) => SubEnd::To(self.expr(e)),
                    SubstringEnd::On(e) => SubEnd::On(self.expr(e)),
                };
                Box::new(move |m| {
                    let s = object(m)?.to_str();
                    let first = start(m)?.to_int();
                    let count = s.char_len() as i64;
                    let last = match &end {
                        SubEnd::One => first,
                        SubEnd::ToEnd => count,
                        SubEnd::To(e) => e(m)?.to_int(),
                        SubEnd::On(n) => first.saturating_add(n(m)?.to_int()).saturating_sub(1),
                    };
                    let from = first.max(1) - 1;
                    let to = last.min(count);
                    if to <= from {
                        return Ok(Value::empty_str());
                    }
                    Ok(Value::str(s.char_slice(from as usize, to as usize)))
                })
            }
            ExprKind::ArrayLiteral(items) => {
                let elem = match &e.ty {
                    Type::Array(t) => (**t).clone(),
                    _ => Type::Variant,
                };
                let items: Vec<ExprFn> = items.iter().map(|i| self.expr(i)).collect();
                Box::new(move |m| {
                    let mut values = Vec::with_capacity(items.len());
                    for i in &items {
                        values.push(i(m)?);
                    }
                    Ok(Value::new_array(elem.clone(), values))
                })
            }
        }
    }

    fn binary(&self, op: BinOp, lhs: &hir::Expr, rhs: &hir::Expr, loc: Loc) -> ExprFn {
        if op.is_comparison() || matches!(op, BinOp::And | BinOp::Or | BinOp::AndThen | BinOp::OrElse) {
            let e = hir::Expr {
                kind: ExprKind::Binary(op, Box::new(lhs.clone()), Box::new(rhs.clone())),
                ty: Type::Bool,
                loc,
            };
            let c = self.cond(&e);
            return Box::new(move |m| Ok(Value::Bool(c(m)?)));
        }
        let l = self.expr(lhs);
        let r = self.expr(rhs);
        macro_rules! int_fast {
            ($fast:expr, $slow:path) => {
                Box::new(move |m| {
                    let a = l(m)?;
                    let b = r(m)?;
                    match (&a, &b) {
                        (Value::Int(x), Value::Int(y)) => Ok(Value::Int($fast(*x, *y))),
                        _ => $slow(a, b).map_err(|e| fail_at(e, loc)),
                    }
                })
            };
        }
        match op {
            BinOp::Add => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => Ok(Value::Int(x.wrapping_add(*y))),
                    _ => {
                        let v = ops::add(a, b).map_err(|e| fail_at(e, loc))?;
                        check_string_limit(m, &v, loc)?;
                        Ok(v)
                    }
                }
            }),
            BinOp::Sub => int_fast!(i64::wrapping_sub, ops::sub),
            BinOp::Mul => int_fast!(i64::wrapping_mul, ops::mul),
            BinOp::Div => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                ops::div(a, b).map_err(|e| fail_at(e, loc))
            }),
            BinOp::Mod => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) if *y != 0 => Ok(Value::Int(x.wrapping_rem(*y))),
                    _ => ops::modulo(a, b).map_err(|e| fail_at(e, loc)),
                }
            }),
            BinOp::Pow => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                ops::power(a, b).map_err(|e| fail_at(e, loc))
            }),
            _ => unreachable!("comparisons and logic are conditions"),
        }
    }

    /// An expression evaluated for its truth.
    pub fn cond(&self, e: &hir::Expr) -> CondFn {
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

    // ----- calls -----

    fn call_proc(&self, proc: hir::ProcId, args: &[Option<Arg>], loc: Loc) -> ExprFn {
        let slot = self.procs[proc].clone();
        let decl = &self.program.procedures[proc];
        let name = decl.name.clone();
        let args: Vec<CompiledArg> = args
            .iter()
            .enumerate()
            .map(|(i, a)| match a {
                None => CompiledArg::Omitted,
                Some(arg) => {
                    let param = decl.params.get(i);
                    let by_ref = param.is_some_and(|p| p.mutated && !p.local);
                    match &arg.place {
                        Some(place)
                            if by_ref
                                && place.steps.is_empty()
                                && (param.is_some_and(|p| p.ty == Type::Variant || p.ty == place.ty)) =>
                        {
                            CompiledArg::Ref(place.root)
                        }
                        _ => CompiledArg::Value(self.expr(&arg.value)),
                    }
                }
            })
            .collect();
        Box::new(move |m| {
            let proc = slot.borrow().clone().expect("procedures are compiled before the script runs");
            call(m, &proc, &args, &name, loc)
        })
    }

    fn call_native(&self, func: hir::NativeId, args: &[Option<Arg>], trap_error: bool, loc: Loc) -> ExprFn {
        let native = &self.natives.functions[func];
        let f = native.call.clone();
        let can_fail = native.sig.can_fail;
        let by_ref = native.sig.by_ref.clone();
        let compiled: Vec<(Option<ExprFn>, Option<CompiledPlace>)> = args
            .iter()
            .enumerate()
            .map(|(i, a)| match a {
                None => (None, None),
                Some(arg) => match &arg.place {
                    Some(place) if by_ref.contains(&i) => (None, Some(self.place(place))),
                    _ => (Some(self.expr(&arg.value)), None),
                },
            })
            .collect();
        let has_refs = compiled.iter().any(|(_, p)| p.is_some());
        Box::new(move |m| {
            let mut values: Vec<Value> = Vec::with_capacity(compiled.len());
            for (value, _) in &compiled {
                values.push(match value {
                    Some(f) => f(m)?,
                    None => Value::Null,
                });
            }
            // Arguments the function modifies are moved out of their variable and put back
            // after the call, so an array being filled is never copied.
            let mut keys: Vec<Vec<Value>> = Vec::new();
            if has_refs {
                for (i, (_, place)) in compiled.iter().enumerate() {
                    if let Some(place) = place {
                        let k = place.keys(m)?;
                        values[i] = place.take(m, &k)?;
                        keys.push(k);
                    }
                }
            }
            if can_fail {
                m.set_error_occurred(false);
            }
            let result = f(m, &mut values);
            if has_refs {
                let mut k = keys.into_iter();
                for (i, (_, place)) in compiled.iter().enumerate() {
                    if let Some(place) = place {
                        let keys = k.next().unwrap_or_default();
                        place.put(m, &keys, std::mem::take(&mut values[i]))?;
                    }
                }
            }
            let value = result.map_err(|e| Flow::Error(Box::new(e.at(loc))))?;
            if trap_error && m.error_occurred() {
                let message = m.last_error.as_ref().map(|e| e.message.clone()).unwrap_or_default();
                return Err(Flow::Error(Box::new(RuntimeError {
                    kind: ErrorKind::NonFatal,
                    message,
                    code: m.last_error.as_ref().map(|e| e.code).unwrap_or(0),
                    loc: Some(loc),
                    help: None,
                    stack: Default::default(),
                })));
            }
            Ok(value)
        })
    }

    /// Compiles a procedure's body.
    pub fn procedure(&self, p: &hir::Procedure) -> CompiledProc {
        CompiledProc {
            name: p.name.clone(),
            params: p
                .params
                .iter()
                .map(|param| CompiledParam {
                    ty: param.ty.clone(),
                    by_ref: param.mutated && !param.local,
                    default: param.default.as_ref().map(|d| self.expr(d)),
                })
                .collect(),
            required: p.required,
            frame_size: p.frame_size,
            returns: p.returns.clone(),
            body: self.block(&p.body),
            on_error: p.on_error.as_ref().map(|b| self.block(b)),
            on_exception: p.on_exception.as_ref().map(|b| self.block(b)),
        }
    }
}

enum SubEnd {
    One,
    ToEnd,
    To(ExprFn),
    On(ExprFn),
}

enum CompiledPattern {
    Value(ExprFn),
    Range(ExprFn, ExprFn),
    Compare(BinOp, ExprFn),
}

impl CompiledPattern {
    fn matches(&self, m: &mut Machine, value: &Value) -> Exec<bool> {
        Ok(match self {
            CompiledPattern::Value(e) => ops::equals(value, &e(m)?),
            CompiledPattern::Range(a, b) => {
                let (a, b) = (a(m)?, b(m)?);
                ops::compare(value, &a) != Ordering::Less && ops::compare(value, &b) != Ordering::Greater
            }
            CompiledPattern::Compare(op, e) => {
                let other = e(m)?;
                match op {
                    BinOp::Eq => ops::equals(value, &other),
                    BinOp::Ne => !ops::equals(value, &other),
                    BinOp::LooseEq => ops::loosely_equals(value, &other),
                    BinOp::StartsWith => ops::starts_with(value, &other),
                    BinOp::Contains => ops::contains(value, &other),
                    BinOp::EndsWith => ops::ends_with(value, &other),
                    op => holds(*op, ops::compare(value, &other)),
                }
            }
        })
    }
}

fn holds(op: BinOp, ord: Ordering) -> bool {
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

fn apply(op: BinOp, a: Value, b: Value, loc: Loc) -> Exec<Value> {
    match op {
        BinOp::Add => ops::add(a, b),
        BinOp::Sub => ops::sub(a, b),
        BinOp::Mul => ops::mul(a, b),
        _ => ops::div(a, b),
    }
    .map_err(|e| fail_at(e, loc))
}

#[inline]
fn check_interrupt(m: &Machine, loc: Loc) -> Exec {
    if m.interrupted() {
        return Err(Flow::Error(Box::new(m.interruption().at(loc))));
    }
    Ok(())
}

fn set_slot(m: &mut Machine, var: VarRef, v: Value) {
    match var {
        VarRef::Local(i) => m.stack[m.base + i as usize] = v,
        VarRef::Global(i) => m.globals[i as usize] = v,
    }
}

fn set_var(m: &mut Machine, var: VarRef, v: Value) {
    with_var_mut(m, var, |slot| *slot = v);
}

/// `collection[index]`.
fn element(collection: &Value, index: &Value, loc: Loc) -> Exec<Value> {
    match collection {
        Value::Array(a) => {
            let i = index.to_int();
            if i < 1 || i as usize > a.items.len() {
                return Err(index_error(i, a.items.len(), loc));
            }
            Ok(a.items[i as usize - 1].clone())
        }
        Value::Assoc(a) => {
            let key = index.to_text();
            match a.map.get(key.as_str()) {
                Some(v) => Ok(v.clone()),
                None => Ok(a.elem.default_value()),
            }
        }
        Value::Str(s) => {
            let i = index.to_int();
            if i < 1 || i as usize > s.char_len() {
                return Ok(Value::empty_str());
            }
            Ok(Value::str(s.char_slice(i as usize - 1, i as usize)))
        }
        Value::Ref(r) => element(&r.borrow(), index, loc),
        other => Err(type_error(format!("a {} cannot be indexed", other.type_name()), loc)),
    }
}

/// A member of a value: a field, a property, or (for arrays reached through a variant) a
/// property-like method such as `Count`.
fn read_member(m: &mut Machine, object: &Value, member: &Member, methods: &MethodTable, loc: Loc) -> Exec<Value> {
    match (object, member) {
        (Value::Struct(s), Member::Field(i)) => Ok(s.fields[*i].clone()),
        (Value::Struct(s), Member::Property(_, i)) => Ok((s.def.properties[*i].get)(s)),
        (Value::Struct(s), Member::Dynamic(name)) => {
            if let Some(i) = s.def.field_index(name) {
                return Ok(s.fields[i].clone());
            }
            if let Some(i) = s.def.property_index(name) {
                return Ok((s.def.properties[i].get)(s));
            }
            Err(unknown_member(&s.def.name, name, loc))
        }
        (Value::Array(_) | Value::Assoc(_) | Value::Str(_), Member::Dynamic(name)) => {
            let receiver = match object {
                Value::Array(_) => crate::registry::Receiver::Array,
                Value::Assoc(_) => crate::registry::Receiver::Assoc,
                _ => crate::registry::Receiver::Str,
            };
            match methods.iter().find(|(r, n, _)| *r == receiver && n.eq_ignore_ascii_case(name)) {
                Some((_, _, f)) => {
                    let mut args = vec![object.clone()];
                    f(m, &mut args).map_err(|e| Flow::Error(Box::new(e.at(loc))))
                }
                None => Err(unknown_member(object.type_name(), name, loc)),
            }
        }
        (other, Member::Dynamic(name)) => Err(unknown_member(other.type_name(), name, loc)),
        (other, _) => Err(type_error(format!("a {} has no members", other.type_name()), loc)),
    }
}

fn unknown_member(owner: &str, name: &str, loc: Loc) -> Flow {
    Flow::Error(Box::new(
        RuntimeError::fatal(format!("unknown member `{name}` of {owner}")).with_code(codes::UNKNOWN_MEMBER).at(loc),
    ))
}

pub type MethodTable = Rc<Vec<(crate::registry::Receiver, String, crate::registry::NativeFn)>>;

impl Natives {
    /// The property-like methods, for members of values whose type is known only at run time.
    pub fn clone_methods(&self) -> MethodTable {
        Rc::new(
            self.methods
                .iter()
                .filter(|m| m.is_property)
                .filter_map(|m| {
                    self.function(&m.function.to_lowercase()).map(|f| (m.receiver, m.name.clone(), f.call.clone()))
                })
                .collect(),
        )
    }
}

// ----- places -----

enum CompiledStep {
    Index(ExprFn),
    Member(Member),
}

struct CompiledPlace {
    root: VarRef,
    root_ty: Type,
    steps: Vec<CompiledStep>,
    loc: Loc,
}

impl CompiledPlace {
    /// Evaluates the indexes along the way, before anything is borrowed.
    fn keys(&self, m: &mut Machine) -> Exec<Vec<Value>> {
        let mut keys = Vec::new();
        for s in &self.steps {
            if let CompiledStep::Index(e) = s {
                keys.push(e(m)?);
            }
        }
        Ok(keys)
    }

    /// Runs `f` on the value at the end of the path, with the type that value must keep.
    fn with_target<R>(&self, m: &mut Machine, keys: &[Value], f: impl FnOnce(&mut Value, &Type) -> Exec<R>) -> Exec<R> {
        let loc = self.loc;
        let steps = &self.steps;
        let root_ty = self.root_ty.clone();
        with_var_mut(m, self.root, move |root| {
            let mut target = root;
            let mut ty = root_ty;
            let mut keys = keys.iter();
            for step in steps {
                match step {
                    CompiledStep::Index(_) => {
                        let key = keys.next().expect("one key per index");
                        let (next, next_ty) = index_mut(target, key, loc)?;
                        target = next;
                        ty = next_ty;
                    }
                    CompiledStep::Member(member) => {
                        let (next, next_ty) = member_mut(target, member, loc)?;
                        target = next;
                        ty = next_ty;
                    }
                }
            }
            f(target, &ty)
        })
    }

    /// Assigns a value, converted to the type of the place.
    fn store(&self, m: &mut Machine, value: Value) -> Exec {
        let keys = self.keys(m)?;
        let loc = self.loc;
        // A property is assigned through its setter, on the structure that owns it.
        if let Some(CompiledStep::Member(Member::Property(def, i))) = self.steps.last() {
            let setter = def.properties[*i].set.clone();
            let prop_ty = def.properties[*i].ty.clone();
            let value = convert(value, &prop_ty, loc)?;
            let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
            return parent.with_target(m, &keys, |target, _| match (target, setter) {
                (Value::Struct(s), Some(set)) => set(Rc::make_mut(s), value).map_err(|e| type_error(e, loc)),
                _ => Err(type_error("this property cannot be assigned", loc)),
            });
        }
        if let Some(CompiledStep::Member(Member::Dynamic(name))) = self.steps.last() {
            let name = name.clone();
            let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
            return parent.with_target(m, &keys, |target, _| match target {
                Value::Struct(s) => {
                    let s = Rc::make_mut(s);
                    if let Some(i) = s.def.field_index(&name) {
                        let ty = s.def.fields[i].ty.clone();
                        s.fields[i] = convert(value, &ty, loc)?;
                        Ok(())
                    } else if let Some(i) = s.def.property_index(&name) {
                        let prop = &s.def.properties[i];
                        let value = convert(value, &prop.ty, loc)?;
                        match prop.set.clone() {
                            Some(set) => set(s, value).map_err(|e| type_error(e, loc)),
                            None => Err(type_error(format!("`{name}` cannot be assigned"), loc)),
                        }
                    } else {
                        Err(unknown_member(&s.def.name.clone(), &name, loc))
                    }
                }
                other => Err(unknown_member(other.type_name(), &name, loc)),
            });
        }
        self.with_target(m, &keys, |target, ty| {
            *target = convert(value, ty, loc)?;
            Ok(())
        })
    }

    /// Replaces the value with `f(old value)`.
    fn update(&self, m: &mut Machine, f: impl FnOnce(Value) -> Result<Value, String>) -> Exec {
        let keys = self.keys(m)?;
        let loc = self.loc;
        if matches!(self.steps.last(), Some(CompiledStep::Member(Member::Property(..) | Member::Dynamic(_)))) {
            let old = self.read(m, &keys)?;
            let new = f(old).map_err(|e| fail_at(e, loc))?;
            return self.store(m, new);
        }
        self.with_target(m, &keys, |target, ty| {
            let old = std::mem::take(target);
            let backup = if matches!(old, Value::Str(_)) { None } else { Some(old.clone()) };
            match f(old) {
                Ok(new) => {
                    *target = convert(new, ty, loc)?;
                    Ok(())
                }
                Err(e) => {
                    if let Some(b) = backup {
                        *target = b;
                    }
                    Err(fail_at(e, loc))
                }
            }
        })
    }

    fn read(&self, m: &mut Machine, keys: &[Value]) -> Exec<Value> {
        let loc = self.loc;
        let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
        let last = self.steps.last().expect("a member step");
        parent.with_target(m, keys, |target, _| match (target, last) {
            (Value::Struct(s), CompiledStep::Member(Member::Property(_, i))) => Ok((s.def.properties[*i].get)(s)),
            (Value::Struct(s), CompiledStep::Member(Member::Dynamic(name))) => {
                if let Some(i) = s.def.field_index(name) {
                    Ok(s.fields[i].clone())
                } else if let Some(i) = s.def.property_index(name) {
                    Ok((s.def.properties[i].get)(s))
                } else {
                    Err(unknown_member(&s.def.name, name, loc))
                }
            }
            (other, _) => Err(type_error(format!("a {} has no members", other.type_name()), loc)),
        })
    }

    /// Moves the value out (for a native function that modifies it).
    fn take(&self, m: &mut Machine, keys: &[Value]) -> Exec<Value> {
        if matches!(self.steps.last(), Some(CompiledStep::Member(Member::Property(..)))) {
            return self.read(m, keys);
        }
        self.with_target(m, keys, |target, _| Ok(std::mem::take(target)))
    }

    /// Puts back what `take` moved out.
    fn put(&self, m: &mut Machine, keys: &[Value], value: Value) -> Exec {
        if let Some(CompiledStep::Member(Member::Property(def, i))) = self.steps.last() {
            let Some(set) = def.properties[*i].set.clone() else { return Ok(()) };
            let loc = self.loc;
            let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
            return parent.with_target(m, keys, |target, _| match target {
                Value::Struct(s) => set(Rc::make_mut(s), value).map_err(|e| type_error(e, loc)),
                _ => Ok(()),
            });
        }
        self.with_target(m, keys, |target, _| {
            *target = value;
            Ok(())
        })
    }
}

/// The first `len` steps of a place: the structure that owns a property.
struct CompiledPlaceView<'p> {
    place: &'p CompiledPlace,
    len: usize,
}

impl CompiledPlaceView<'_> {
    fn with_target<R>(&self, m: &mut Machine, keys: &[Value], f: impl FnOnce(&mut Value, &Type) -> Exec<R>) -> Exec<R> {
        let loc = self.place.loc;
        let steps = &self.place.steps[..self.len];
        let root_ty = self.place.root_ty.clone();
        with_var_mut(m, self.place.root, move |root| {
            let mut target = root;
            let mut ty = root_ty;
            let mut keys = keys.iter();
            for step in steps {
                let (next, next_ty) = match step {
                    CompiledStep::Index(_) => index_mut(target, keys.next().expect("one key per index"), loc)?,
                    CompiledStep::Member(member) => member_mut(target, member, loc)?,
                };
                target = next;
                ty = next_ty;
            }
            f(target, &ty)
        })
    }
}

fn index_mut<'v>(target: &'v mut Value, key: &Value, loc: Loc) -> Exec<(&'v mut Value, Type)> {
    match target {
        Value::Array(a) => {
            let a = Rc::make_mut(a);
            let i = key.to_int();
            let len = a.items.len();
            if i < 1 || (i as usize > len && !a.grows) {
                return Err(index_error(i, len, loc));
            }
            let i = i as usize;
            if i > len {
                if i > 10_000_000 {
                    return Err(index_error(i as i64, len, loc));
                }
                let default = a.elem.default_value();
                a.items.resize(i, default);
            }
            let ty = a.elem.clone();
            Ok((&mut a.items[i - 1], ty))
        }
        Value::Assoc(a) => {
            let a = Rc::make_mut(a);
            let ty = a.elem.clone();
            let key: Rc<str> = key.to_text().into();
            let default = ty.default_value();
            Ok((a.map.entry(key).or_insert(default), ty))
        }
        other => Err(type_error(format!("a {} cannot be indexed", other.type_name()), loc)),
    }
}

fn member_mut<'v>(target: &'v mut Value, member: &Member, loc: Loc) -> Exec<(&'v mut Value, Type)> {
    match target {
        Value::Struct(s) => {
            let s: &mut StructValue = Rc::make_mut(s);
            let i = match member {
                Member::Field(i) => *i,
                Member::Dynamic(name) => match s.def.field_index(name) {
                    Some(i) => i,
                    None => return Err(unknown_member(&s.def.name, name, loc)),
                },
                Member::Property(_, i) => {
                    let name = s.def.properties[*i].name.clone();
                    return Err(type_error(format!("the property `{name}` cannot be modified in place"), loc));
                }
            };
            let ty = s.def.fields[i].ty.clone();
            Ok((&mut s.fields[i], ty))
        }
        other => Err(type_error(format!("a {} has no members", other.type_name()), loc)),
    }
}

// ----- procedure calls -----

enum CompiledArg {
    Value(ExprFn),
    /// A variable passed by reference.
    Ref(VarRef),
    Omitted,
}

/// Turns the variable's slot into a shared cell (once) and returns a handle to it.
fn share(m: &mut Machine, var: VarRef) -> Value {
    let slot = match var {
        VarRef::Local(i) => &mut m.stack[m.base + i as usize],
        VarRef::Global(i) => &mut m.globals[i as usize],
    };
    if let Value::Ref(cell) = slot {
        return Value::Ref(cell.clone());
    }
    let cell = Rc::new(RefCell::new(std::mem::take(slot)));
    *slot = Value::Ref(cell.clone());
    Value::Ref(cell)
}

/// After a call, a variable nobody else shares any more goes back to a plain slot.
fn unshare(m: &mut Machine, var: VarRef) {
    let slot = match var {
        VarRef::Local(i) => &mut m.stack[m.base + i as usize],
        VarRef::Global(i) => &mut m.globals[i as usize],
    };
    if let Value::Ref(cell) = slot {
        if Rc::strong_count(cell) == 1 {
            let inner = cell.replace(Value::Null);
            *slot = inner;
        }
    }
}

fn call(m: &mut Machine, proc: &CompiledProc, args: &[CompiledArg], name: &Rc<str>, loc: Loc) -> Exec<Value> {
    if m.depth >= m.limits.max_depth {
        return Err(Flow::Error(Box::new(
            RuntimeError::fatal(format!(
                "stack overflow: more than {} procedure calls in progress",
                m.limits.max_depth
            ))
            .with_code(codes::STACK_OVERFLOW)
            .with_help("a procedure probably calls itself without end")
            .at(loc),
        )));
    }
    if args.len() > proc.params.len() {
        return Err(fail_at(
            format!("`{name}` was called with {} arguments, but takes at most {}", args.len(), proc.params.len()),
            loc,
        ));
    }
    if m.interrupted() {
        return Err(Flow::Error(Box::new(m.interruption().at(loc))));
    }
    let base = m.stack.len();
    let mut has_refs = false;
    for (i, arg) in args.iter().enumerate() {
        let v = match arg {
            CompiledArg::Value(f) => match f(m) {
                Ok(v) => {
                    let ty = &proc.params[i].ty;
                    if matches!(ty, Type::Variant) {
                        v
                    } else {
                        match v.convert_to(ty) {
                            Ok(v) => v,
                            Err(e) => {
                                m.stack.truncate(base);
                                return Err(type_error(e, loc));
                            }
                        }
                    }
                }
                Err(e) => {
                    m.stack.truncate(base);
                    return Err(e);
                }
            },
            CompiledArg::Ref(var) => {
                has_refs = true;
                share(m, *var)
            }
            CompiledArg::Omitted => Value::Null,
        };
        m.stack.push(v);
    }
    m.stack.resize(base + proc.frame_size.max(args.len()), Value::Null);
    let saved_base = m.base;
    m.base = base;
    m.depth += 1;

    let mut outcome = Ok(());
    // Parameters not given take their default, computed in the callee's frame.
    for (i, param) in proc.params.iter().enumerate() {
        let given = matches!(args.get(i), Some(CompiledArg::Value(_) | CompiledArg::Ref(_)));
        if given {
            continue;
        }
        let value = match &param.default {
            Some(d) => match d(m).and_then(|v| convert(v, &param.ty, loc)) {
                Ok(v) => v,
                Err(e) => {
                    outcome = Err(e);
                    break;
                }
            },
            None => param.ty.default_value(),
        };
        m.stack[base + i] = value;
    }

    if outcome.is_ok() {
        outcome = (proc.body)(m);
        if let Err(Flow::Error(e)) = &outcome {
            let handler = match e.kind {
                ErrorKind::NonFatal => proc.on_error.as_ref().or(proc.on_exception.as_ref()),
                ErrorKind::Fatal | ErrorKind::Thrown => proc.on_exception.as_ref(),
                ErrorKind::Interrupted => None,
            };
            if let Some(handler) = handler {
                if let Err(Flow::Error(e)) = std::mem::replace(&mut outcome, Ok(())) {
                    if e.kind != ErrorKind::NonFatal {
                        m.exception = Some(*e);
                    }
                }
                m.result = Value::Null;
                outcome = handler(m);
            }
        }
    }

    m.depth -= 1;
    m.base = saved_base;
    m.stack.truncate(base);
    if has_refs {
        for arg in args {
            if let CompiledArg::Ref(var) = arg {
                unshare(m, *var);
            }
        }
    }
    let value = match outcome {
        Ok(()) => Value::Null,
        Err(Flow::Return) => std::mem::take(&mut m.result),
        Err(Flow::Error(mut e)) => {
            if e.kind != ErrorKind::Interrupted {
                e.push_frame(name, loc);
            }
            return Err(Flow::Error(e));
        }
        Err(other) => return Err(other),
    };
    if matches!(proc.returns, Type::Variant) || matches!(value, Value::Null) {
        Ok(value)
    } else {
        convert(value, &proc.returns, loc)
    }
}
