//! Statements: declarations, assignments, IF, SWITCH, WHILE, LOOP, RETURN, WHEN EXCEPTION.

use super::conditions::{with_test, AnyTest, PureTest, Test};
use super::*;
use crate::sized_int::fits_int;

impl Compiler<'_> {
    pub(super) fn stmt(&self, s: &hir::Stmt) -> StmtFn {
        let compiled = self.stmt_itself(s);
        self.then_destructors(compiled, s.loc)
    }

    fn stmt_itself(&self, s: &hir::Stmt) -> StmtFn {
        let loc = s.loc;
        match &s.kind {
            StmtKind::Init { var, ty, value } => {
                let var = *var;
                let ty = ty.clone();
                match value {
                    Some(v) => {
                        let f = self.expr(v);
                        // An object is copied (`o is C = x`): never the same object as `x`.
                        let same = v.ty == ty && ty != Type::Int && !super::objects::is_object_type(&ty);
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
            StmtKind::Assign { place, op, value } if super::objects::is_object_type(&place.ty) => {
                self.object_assign(place, *op, value)
            }
            StmtKind::Assign { place, op, value } => self.assign(place, *op, value),
            StmtKind::AssignRef { place, value } => self.assign_ref(place, value),
            StmtKind::Delete { place } => self.delete(place),
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
                                Value::Int(n) if ty == Type::Int && fits_int(n.wrapping_add(delta)) => *n += delta,
                                other => {
                                    // Computed aside: on an error the variable keeps its value.
                                    *other = match ops::add(other.to_number(), Value::Int(delta)) {
                                        Ok(v) => v.convert_to(&ty).map_err(|e| fail_at(e, loc))?,
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
                if let [(cond, then)] = &branches[..] {
                    let then = self.block(then);
                    let otherwise = otherwise.as_ref().map(|b| self.block(b));
                    return with_test!(self, cond, test => match otherwise {
                        None => Box::new(move |m| if test.test(m)? { then(m) } else { Ok(()) }),
                        Some(other) => Box::new(move |m| if test.test(m)? { then(m) } else { other(m) }),
                    });
                }
                let branches: Vec<(CondFn, StmtFn)> =
                    branches.iter().map(|(c, b)| (self.cond(c), self.block(b))).collect();
                let otherwise = otherwise.as_ref().map(|b| self.block(b));
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
            StmtKind::ForEach { var, second, iterable, separator: None, body } => {
                self.for_each(var, second.as_ref(), iterable, body, loc)
            }
            StmtKind::ForEach { var, second, iterable, separator: Some(separator), body } => {
                self.for_each_string(var, second.as_ref(), iterable, separator, body, loc)
            }
            StmtKind::While { cond, body } => {
                let body = self.block(body);
                with_test!(self, cond, test => Box::new(move |m| {
                    while test.test(m)? {
                        check_interrupt(m, loc)?;
                        match body(m) {
                            Ok(()) | Err(Flow::Continue) => {}
                            Err(Flow::Break) => break,
                            Err(e) => return Err(e),
                        }
                    }
                    Ok(())
                }))
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
                        let value = f(m)?;
                        std::mem::replace(&mut m.result, value).discard();
                        Err(Flow::Return)
                    })
                }
                None => Box::new(|m| {
                    m.result = Value::Null;
                    Err(Flow::Return)
                }),
            },
            StmtKind::Exit => Box::new(|_| Err(Flow::Exit)),
            StmtKind::AssignIndirect { name, names, op, value } => self.assign_indirect(name, names, *op, value, loc),
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

    pub(super) fn pattern(&self, p: &Pattern) -> CompiledPattern {
        match p {
            Pattern::Value(e) => CompiledPattern::Value(self.expr(e)),
            Pattern::Range(a, b) => CompiledPattern::Range(self.expr(a), self.expr(b)),
            Pattern::Compare(op, e) => CompiledPattern::Compare(*op, self.expr(e)),
            Pattern::All(tests) => {
                CompiledPattern::All(tests.iter().map(|(op, e)| CompiledPattern::Compare(*op, self.expr(e))).collect())
            }
        }
    }

    pub(super) fn assign(&self, place: &Place, op: AssignOp, value: &hir::Expr) -> StmtFn {
        if let Some(fast) = self.object_field_store(place, op, value) {
            return fast;
        }
        let loc = place.loc;
        let f = self.expr(value);
        if place.steps.is_empty() {
            let var = place.root;
            let ty = place.ty.clone();
            if self.specialise() && ty == Type::Int && value.ty == Type::Int {
                if let Some(fast) = self.int_assign(place, op, value) {
                    return fast;
                }
            }
            let same_type = value.ty == ty && ty != Type::Int;
            if op == AssignOp::Set && matches!(ty, Type::Array(_) | Type::Grid(..) | Type::Variant) {
                // A fixed array the resolver could not see (a parameter, a variant): PC SOFT
                // forbids assigning it as a whole, so it is refused when it happens.
                return Box::new(move |m| {
                    let v = f(m)?;
                    let fixed = |v: &Value| matches!(v, Value::Array(a) if a.fixed);
                    if fixed(&v) || with_var_mut(m, var, |slot| fixed(slot)) {
                        return Err(fail_at(
                            RuntimeError::fatal("a fixed array cannot be assigned as a whole").with_help(
                                "PC SOFT: an array cannot be assigned to another array; copy its elements one by one",
                            ),
                            loc,
                        ));
                    }
                    let v = if same_type { v } else { convert(v, &ty, loc)? };
                    with_var_mut(m, var, |slot| std::mem::replace(slot, v).discard());
                    Ok(())
                });
            }
            return match op {
                AssignOp::Set => Box::new(move |m| {
                    let v = f(m)?;
                    let v = if same_type { v } else { convert(v, &ty, loc)? };
                    with_var_mut(m, var, |slot| std::mem::replace(slot, v).discard());
                    Ok(())
                }),
                AssignOp::Add if ty == Type::Str => {
                    // The value is only wanted as text: written in a lent buffer, not built.
                    let text = self.text(value);
                    Box::new(move |m| {
                        let mut more = m.text_buffer();
                        if let Err(e) = text(m, &mut more) {
                            m.return_text_buffer(more);
                            return Err(e);
                        }
                        let limit = m.limits.max_string_len;
                        let appended = with_var_mut(m, var, |slot| {
                            if let Value::Str(s) = slot {
                                if s.as_str().len() + more.len() > limit {
                                    return Err(fail_at(Failure::string_too_long(limit), loc));
                                }
                                s.push_str(&more);
                                Ok(())
                            } else {
                                let old = std::mem::take(slot);
                                *slot = ops::add(old, Value::str(more.as_str()))
                                    .map_err(|e| fail_at(e, loc))?
                                    .convert_to(&Type::Str)
                                    .map_err(|e| fail_at(e, loc))?;
                                Ok(())
                            }
                        });
                        m.return_text_buffer(more);
                        appended
                    })
                }
                _ => {
                    let op = op.binop().expect("compound assignment");
                    Box::new(move |m| {
                        let v = f(m)?;
                        compound_assign(m, var, op, v, &ty, loc)
                    })
                }
            };
        }
        if op == AssignOp::Set {
            if let Some(fast) = self.assoc_store(place, value) {
                return fast;
            }
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
}

impl Compiler<'_> {
    /// `n = e`, `n += e`, `n -= e`, `n *= e` on an int variable with an int value: computed
    /// and stored in place, without building a `Value`. Falls back to the generic statement
    /// when the variable or the value turns out not to hold an int.
    fn int_assign(&self, place: &Place, op: AssignOp, value: &hir::Expr) -> Option<StmtFn> {
        let (var, loc) = (place.root, place.loc);
        let generic = self.fallback(|c| c.assign(place, op, value));
        // One closure per operator, so that the operation is inlined in it.
        macro_rules! per_operator {
            ($build:ident, $slot:ident) => {
                match op {
                    AssignOp::Add => $build!($slot, i64::checked_add),
                    AssignOp::Sub => $build!($slot, i64::checked_sub),
                    AssignOp::Mul => $build!($slot, i64::checked_mul),
                    AssignOp::Set | AssignOp::Div => unreachable!("handled apart"),
                }
            };
        }
        if let Some(fast) = self.pure_int(value) {
            macro_rules! pure_update {
                ($slot:ident, $op:path) => {
                    Box::new(move |m| match fast(m) {
                        Some(n) if update_int_var($slot.get_mut(m), |x| $op(x, n)) => Ok(()),
                        _ => generic(m),
                    })
                };
            }
            return Some(for_slot!(var, slot => match op {
                AssignOp::Div => return None,
                AssignOp::Set => Box::new(move |m| match fast(m) {
                    Some(n) if fits_int(n) => {
                        store_int(slot.get_mut(m), n);
                        Ok(())
                    }
                    _ => generic(m),
                }),
                _ => per_operator!(pure_update, slot),
            }));
        }
        // A value with side effects (a call) is evaluated once, then stored or combined in
        // place; anything but an int that fits goes through the generic conversion.
        let value = self.expr(value);
        if op == AssignOp::Set {
            let ty = place.ty.clone();
            return Some(for_slot!(var, slot => Box::new(move |m| {
                match value(m)? {
                    Value::Int(n) if fits_int(n) => store_int(slot.get_mut(m), n),
                    v => {
                        let v = convert(v, &ty, loc)?;
                        with_var_mut(m, var, |slot| std::mem::replace(slot, v).discard());
                    }
                }
                Ok(())
            })));
        }
        let binop = match op {
            AssignOp::Set | AssignOp::Div => return None,
            _ => op.binop().expect("compound assignment"),
        };
        macro_rules! update {
            ($slot:ident, $op:path) => {
                Box::new(move |m| {
                    let v = value(m)?;
                    if let Value::Int(n) = v {
                        if update_int_var($slot.get_mut(m), |x| $op(x, n)) {
                            return Ok(());
                        }
                    }
                    compound_assign(m, var, binop, v, &Type::Int, loc)
                })
            };
        }
        Some(for_slot!(var, slot => per_operator!(update, slot)))
    }
}

/// `var op= v` on any values: `var = var op v` converted to the variable's type.
fn compound_assign(m: &mut Machine, var: VarRef, op: BinOp, v: Value, ty: &Type, loc: Loc) -> Exec {
    let limit = m.limits.max_string_len;
    with_var_mut(m, var, |slot| {
        let new = apply(op, slot.clone(), v, loc)?;
        if let Value::Str(s) = &new {
            if s.as_str().len() > limit {
                return Err(fail_at(Failure::string_too_long(limit), loc));
            }
        }
        *slot = convert(new, ty, loc)?;
        Ok(())
    })
}

pub(super) enum CompiledPattern {
    Value(ExprFn),
    Range(ExprFn, ExprFn),
    Compare(BinOp, ExprFn),
    /// `CASE 10 < * < 20`: every test holds.
    All(Vec<CompiledPattern>),
}

impl CompiledPattern {
    pub(super) fn matches(&self, m: &mut Machine, value: &Value) -> Exec<bool> {
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
                    BinOp::VeryLooseEq => ops::very_loosely_equals(value, &other),
                    BinOp::StartsWith => ops::starts_with(value, &other),
                    BinOp::Contains => ops::contains(value, &other),
                    BinOp::EndsWith => ops::ends_with(value, &other),
                    op => holds(*op, ops::compare(value, &other)),
                }
            }
            CompiledPattern::All(tests) => {
                for test in tests {
                    if !test.matches(m, value)? {
                        return Ok(false);
                    }
                }
                true
            }
        })
    }
}

pub(super) fn apply(op: BinOp, a: Value, b: Value, loc: Loc) -> Exec<Value> {
    match op {
        BinOp::Add => ops::add(a, b),
        BinOp::Sub => ops::sub(a, b),
        BinOp::Mul => ops::mul(a, b),
        _ => ops::div(a, b),
    }
    .map_err(|e| fail_at(e, loc))
}
