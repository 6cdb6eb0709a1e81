//! FOR and FOR EACH loops.

use super::pure_int::{int_in, PureIntFn};
use super::*;

impl Compiler<'_> {
    /// `FOR v = start TO end [STEP step]`. The variable is re-read at each turn (the body
    /// may change it), `TO` re-evaluates the bound at each turn, `_TO_` once. While the
    /// variable, the bound and the step are ints — the usual case — the test and the step
    /// work on them in place; anything else goes through the generic comparison and `+`.
    /// The loop is compiled for the kind of variable (local, global) and of bound.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn for_loop(
        &self,
        var: &Place,
        start: &hir::Expr,
        end: &hir::Expr,
        step: Option<&hir::Expr>,
        end_once: bool,
        body: &[hir::Stmt],
        loc: Loc,
    ) -> StmtFn {
        fn build<S: SlotRef, B: Bound>(parts: ForParts, slot: S, bound: B) -> StmtFn {
            Box::new(move |m| parts.run(m, slot, &bound))
        }
        let parts = ForParts {
            var: var.root,
            ty: var.ty.clone(),
            start: self.expr(start),
            step: step.map(|s| self.expr(s)),
            end_once,
            body: self.block(body),
            loc,
        };
        let literal = match self.constant(end) {
            Some(Value::Int(n)) => Some(n),
            _ => None,
        };
        for_slot!(var.root, slot => match (literal, self.pure_int(end)) {
            (Some(n), _) => build(parts, slot, LiteralBound(n)),
            (None, Some(fast)) => build(parts, slot, PureIntBound(fast, self.fallback(|c| c.expr(end)))),
            (None, None) => build(parts, slot, AnyBound(self.expr(end))),
        })
    }

    pub(super) fn for_each(
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
                Value::Array(a) if a.is_grid() => {
                    return Err(type_error(crate::grid::not_on_grid("FOR EACH", a.dims.len()), loc));
                }
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
}

impl Compiler<'_> {
    /// `FOR EACH STRING s OF text SEPARATED BY sep`: the pieces of the text between the
    /// separators (a string, or an array of strings: any of them cuts). An empty text has no
    /// piece; an empty separator leaves the text whole. The text is read once, before the
    /// first turn.
    pub(super) fn for_each_string(
        &self,
        var: &Place,
        second: Option<&Place>,
        text: &hir::Expr,
        separator: &hir::Expr,
        body: &[hir::Stmt],
        loc: Loc,
    ) -> StmtFn {
        let (text, separator) = (self.expr(text), self.expr(separator));
        let body = self.block(body);
        let v = var.root;
        let second = second.map(|p| p.root);
        Box::new(move |m| {
            let text = text(m)?.to_text();
            let separators: Vec<String> = match separator(m)? {
                Value::Array(a) => a.items.iter().map(Value::to_text).filter(|s| !s.is_empty()).collect(),
                other => Some(other.to_text()).filter(|s| !s.is_empty()).into_iter().collect(),
            };
            let mut rest = text.as_str();
            let mut n = 0;
            while !text.is_empty() {
                let cut = separators
                    .iter()
                    .filter_map(|sep| rest.find(sep.as_str()).map(|at| (at, sep.len())))
                    .min_by_key(|&(at, len)| (at, std::cmp::Reverse(len)));
                let (piece, next) = match cut {
                    Some((at, len)) => (&rest[..at], Some(&rest[at + len..])),
                    None => (rest, None),
                };
                n += 1;
                set_var(m, v, Value::str(piece));
                if let Some(k) = second {
                    set_var(m, k, Value::Int(n));
                }
                check_interrupt(m, loc)?;
                match body(m) {
                    Ok(()) | Err(Flow::Continue) => {}
                    Err(Flow::Break) => break,
                    Err(e) => return Err(e),
                }
                match next {
                    Some(next) => rest = next,
                    None => break,
                }
            }
            Ok(())
        })
    }
}

/// A FOR loop but its bound and the kind of its variable.
struct ForParts {
    var: VarRef,
    ty: Type,
    start: ExprFn,
    step: Option<ExprFn>,
    end_once: bool,
    body: StmtFn,
    loc: Loc,
}

impl ForParts {
    #[inline(always)]
    fn run<S: SlotRef, B: Bound>(&self, m: &mut Machine, slot: S, bound: &B) -> Exec {
        let (v, loc) = (self.var, self.loc);
        let first = convert((self.start)(m)?, &self.ty, loc)?;
        set_var(m, v, first);
        let step_value = match &self.step {
            Some(s) => s(m)?.to_number(),
            None => Value::Int(1),
        };
        let descending = match step_value {
            Value::Int(n) => n < 0,
            Value::Real(r) => r < 0.0,
            _ => false,
        };
        if matches!(step_value, Value::Int(0)) || matches!(step_value, Value::Real(r) if r == 0.0) {
            return Err(fail_at(Failure::Other("a FOR loop cannot have a STEP of 0".to_string()), loc));
        }
        let int_step = match step_value {
            Value::Int(n) => Some(n),
            _ => None,
        };
        let range = self.ty.int_range();
        let mut limit = bound.eval(m)?;
        // The usual loop — an int variable, an int step, a bound that does not change — turns
        // in `int_turns`; it hands over to the general turns below when the variable stops
        // holding an int, with the step of the turn just run still to do.
        let mut resume_at_step = false;
        if let (Some(s), Limit::Int(l)) = (int_step, &limit) {
            if self.end_once || bound.is_constant() {
                match self.int_turns(m, slot, s, *l, range)? {
                    IntTurns::Finished => return Ok(()),
                    IntTurns::NotAnInt { after_body } => resume_at_step = after_body,
                }
            }
        }
        loop {
            if !std::mem::take(&mut resume_at_step) {
                if !self.end_once {
                    limit = bound.eval(m)?;
                }
                let in_range = match (int_in(slot.get(m)), &limit) {
                    (Some(c), Limit::Int(l)) => {
                        if descending {
                            c >= *l
                        } else {
                            c <= *l
                        }
                    }
                    _ => {
                        let (current, limit) = (read_var(m, v), limit.to_value());
                        let order = match (&current, &limit) {
                            (Value::Int(c), Value::Int(l)) => c.cmp(l),
                            (c, l) => ops::compare(c, l),
                        };
                        order != if descending { Ordering::Less } else { Ordering::Greater }
                    }
                };
                if !in_range {
                    break;
                }
                check_interrupt(m, loc)?;
                match (self.body)(m) {
                    Ok(()) | Err(Flow::Continue) => {}
                    Err(Flow::Break) => break,
                    Err(e) => return Err(e),
                }
            }
            if let Some(s) = int_step {
                // A step past the largest (or smallest) int is past any bound: the loop ends
                // there rather than wrap around and run again from the other end.
                let mut overflow = false;
                let mut next = 0;
                let stepped = update_int(slot.get_mut(m), |n| {
                    next = n.checked_add(s).unwrap_or_else(|| {
                        overflow = true;
                        n
                    });
                    next
                });
                if overflow {
                    break;
                }
                if stepped {
                    // A variable of a sized type stepped past its range while the loop goes
                    // on: an overflow error, as any store out of range.
                    if let Some((lo, hi)) = range.filter(|(lo, hi)| next < *lo || next > *hi) {
                        let n = next;
                        let goes_on = match &limit {
                            Limit::Int(l) => (descending && n >= *l) || (!descending && n <= *l),
                            Limit::Other(_) => true,
                        };
                        if goes_on {
                            return Err(self.stepped_out_of_range(n, lo, hi));
                        }
                    }
                    continue;
                }
            }
            let stepped: Exec = with_var_mut(m, v, |slot| {
                let old = std::mem::take(slot);
                *slot = ops::add(old, step_value.clone()).map_err(|e| fail_at(e, loc))?;
                Ok(())
            });
            stepped?;
        }
        Ok(())
    }
}

impl ForParts {
    /// The turns of a loop whose variable holds an int, with an int `step` and a bound
    /// `limit` fixed for the whole loop: the variable is read and stepped in place once per
    /// turn, and the value just stepped to is the one tested. Gives up (`NotAnInt`) when
    /// the variable does not hold an int, before the first turn or after a body.
    #[inline(always)]
    fn int_turns<S: SlotRef>(
        &self,
        m: &mut Machine,
        slot: S,
        step: i64,
        limit: i64,
        range: Option<(i64, i64)>,
    ) -> Exec<IntTurns> {
        let descending = step < 0;
        let past = |n: i64| if descending { n < limit } else { n > limit };
        let Some(first) = int_in(slot.get(m)) else { return Ok(IntTurns::NotAnInt { after_body: false }) };
        if past(first) {
            return Ok(IntTurns::Finished);
        }
        loop {
            check_interrupt(m, self.loc)?;
            match (self.body)(m) {
                Ok(()) | Err(Flow::Continue) => {}
                Err(Flow::Break) => return Ok(IntTurns::Finished),
                Err(e) => return Err(e),
            }
            // A step past the largest (or smallest) int is past any bound: the loop ends.
            let mut next = None;
            let stepped = update_int(slot.get_mut(m), |n| {
                next = n.checked_add(step);
                next.unwrap_or(n)
            });
            if !stepped {
                return Ok(IntTurns::NotAnInt { after_body: true });
            }
            let Some(next) = next.filter(|&n| !past(n)) else { return Ok(IntTurns::Finished) };
            // The loop goes on with a value its variable's type cannot hold.
            if let Some((lo, hi)) = range.filter(|(lo, hi)| next < *lo || next > *hi) {
                return Err(self.stepped_out_of_range(next, lo, hi));
            }
        }
    }

    #[cold]
    fn stepped_out_of_range(&self, n: i64, lo: i64, hi: i64) -> Flow {
        let message = crate::sized_int::out_of_range(&n.to_string(), &self.ty.to_string(), lo, hi);
        fail_at(Failure::Other(message), self.loc)
    }
}

/// How `ForParts::int_turns` ended.
enum IntTurns {
    Finished,
    /// The variable does not hold an int: the general turns go on, from the step of the turn
    /// just run when `after_body`, else from the first test.
    NotAnInt {
        after_body: bool,
    },
}

/// The bound of a FOR loop, evaluated at each turn (`TO`) or once (`_TO_`).
trait Bound: 'static {
    fn eval(&self, m: &mut Machine) -> Exec<Limit>;
    /// Whether the bound is the same at each turn whatever the loop does (a literal).
    fn is_constant(&self) -> bool {
        false
    }
}

/// A literal: the same at each turn.
struct LiteralBound(i64);
/// A pure int expression, evaluated without building a `Value`.
struct PureIntBound(PureIntFn, ExprFn);
struct AnyBound(ExprFn);

impl Bound for LiteralBound {
    #[inline(always)]
    fn eval(&self, _: &mut Machine) -> Exec<Limit> {
        Ok(Limit::Int(self.0))
    }
    fn is_constant(&self) -> bool {
        true
    }
}

impl Bound for PureIntBound {
    #[inline(always)]
    fn eval(&self, m: &mut Machine) -> Exec<Limit> {
        match (self.0)(m) {
            Some(n) => Ok(Limit::Int(n)),
            None => Ok(Limit::of((self.1)(m)?)),
        }
    }
}

impl Bound for AnyBound {
    #[inline(always)]
    fn eval(&self, m: &mut Machine) -> Exec<Limit> {
        Ok(Limit::of((self.0)(m)?))
    }
}

/// The value of a FOR loop's bound at one turn.
enum Limit {
    Int(i64),
    Other(Value),
}

impl Limit {
    fn of(value: Value) -> Limit {
        match value {
            Value::Int(n) => Limit::Int(n),
            other => Limit::Other(other),
        }
    }
    fn to_value(&self) -> Value {
        match self {
            Limit::Int(n) => Value::Int(*n),
            Limit::Other(v) => v.clone(),
        }
    }
}
