//! Expressions compiled to write their text into a buffer, for the places that only want
//! the text of a value: the key of an associative array, what `s += e` appends. A chain
//! `a + b + c` whose first operand is a string is written piece by piece, without building
//! the intermediate strings that evaluating it as a value allocates.

use super::*;

/// Appends the text of the expression's value (as `Value::write_text` writes it) to the
/// buffer. On error, what was appended is unspecified.
pub(super) type TextFn = Box<dyn Fn(&mut Machine, &mut String) -> Exec>;

/// One `+ operand` of a chain, with the place of its `+` for errors.
struct Link {
    operand: ExprFn,
    loc: Loc,
}

impl Compiler<'_> {
    pub(super) fn text(&self, e: &hir::Expr) -> TextFn {
        if let ExprKind::Binary(BinOp::Add, ..) = e.kind {
            return self.chain_text(e);
        }
        if let ExprKind::Var(var) = e.kind {
            return Box::new(move |m, out| {
                let slot = match var {
                    VarRef::Local(i) => &m.stack[m.base + i as usize],
                    VarRef::Global(i) => &m.globals[i as usize],
                };
                slot.write_text(out);
                Ok(())
            });
        }
        let f = self.expr(e);
        Box::new(move |m, out| {
            f(m)?.write_text(out);
            Ok(())
        })
    }

    /// `first + l1 + l2 + …` (grouped to the left, as `+` is).
    fn chain_text(&self, e: &hir::Expr) -> TextFn {
        let mut links = Vec::new();
        let mut first = e;
        while let ExprKind::Binary(BinOp::Add, lhs, rhs) = &first.kind {
            links.push(Link { operand: self.expr(rhs), loc: first.loc });
            first = lhs;
        }
        links.reverse();
        let first = self.expr(first);
        Box::new(move |m, out| {
            let start = out.len();
            let mut acc = first(m)?;
            let mut links = links.iter();
            // Until the sum is a string, `+` may add numbers: computed as values.
            while !matches!(acc, Value::Str(_)) {
                let Some(link) = links.next() else {
                    acc.write_text(out);
                    return Ok(());
                };
                let b = (link.operand)(m)?;
                acc = ops::add(acc, b).map_err(|e| fail_at(e, link.loc))?;
                check_string_limit(m, &acc, link.loc)?;
            }
            if let Value::Str(s) = &acc {
                out.push_str(s.as_str());
            }
            acc.discard();
            // A string plus anything is their texts joined, as `ops::add` does.
            for link in links {
                let b = (link.operand)(m)?;
                ops::check_operand(&b, "+").map_err(|e| fail_at(e, link.loc))?;
                b.write_text(out);
                if out.len() - start > m.limits.max_string_len {
                    return Err(string_too_long(m, link.loc));
                }
            }
            Ok(())
        })
    }
}
