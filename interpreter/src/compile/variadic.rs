//! Calls of a procedure that takes any number of arguments (`PROCEDURE Sum(*)`) or reads
//! `MyParameters`: the arguments beyond the declared parameters are kept, and the frame gets
//! the array of all parameters and the number of arguments received. A call of such a
//! procedure is rarer than the others and goes through here, off the hot path.

use super::calls::{finish_call, pass_argument, pop_frame, refuse_call, run_body, set_defaults, CallSite};
use super::*;

pub(super) fn call_with_parameters(m: &mut Machine, proc: &CompiledProc, site: &CallSite) -> Exec<Value> {
    if m.depth >= m.limits.max_depth || m.interrupted() {
        return Err(refuse_call(m, proc, site));
    }
    let declared = proc.params.len();
    let mut extra = Vec::new();
    let base = m.stack.len();
    for (i, arg) in site.args.iter().enumerate() {
        let ty = proc.params.get(i).map_or(&Type::Variant, |p| &p.ty);
        let value = match pass_argument(m, arg, ty, site.loc) {
            Ok(value) => value,
            Err(e) => {
                pop_frame(&mut m.stack, base);
                if site.has_refs {
                    super::by_reference::forget(m, site, i);
                }
                return Err(e);
            }
        };
        if i < declared {
            m.stack.push(value);
        } else {
            extra.push(value);
        }
    }
    let frame_end = base + proc.frame_size.max(declared);
    if m.stack.len() < frame_end {
        m.stack.resize(frame_end, Value::Null);
    }
    let saved_base = std::mem::replace(&mut m.base, base);
    m.depth += 1;

    let outcome = set_defaults(m, proc, site, base);
    if let (Ok(()), Some(slot)) = (&outcome, proc.parameters_slot) {
        let mut all: Vec<Value> = (0..declared).map(|i| plain(&m.stack[base + i])).collect();
        all.append(&mut extra);
        m.stack[base + slot] = Value::new_array(Type::Variant, all);
        m.stack[base + slot + 1] = Value::Int(site.args.len() as i64);
    }
    let outcome = outcome.and_then(|()| run_body(m, proc));
    finish_call(m, proc, site, base, saved_base, outcome)
}

/// A parameter's value, read through the shared cell of a by-reference argument.
fn plain(v: &Value) -> Value {
    match v {
        Value::Ref(cell) => cell.borrow().clone(),
        other => other.clone(),
    }
}
