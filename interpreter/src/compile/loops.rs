//! FOR and FOR EACH loops.

use super::*;

impl Compiler<'_> {
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
