//! Calls of an INTERNAL PROCEDURE: it runs in its container's frame (see
//! `resolver::internal`). The arguments are all computed first, then written to the
//! parameters' slots; the body runs with the same frame base.

use super::calls::{leave_with, pass_argument, refuse_call, run_body, CallSite, CompiledArg};
use super::*;

pub(super) fn call_internal(m: &mut Machine, proc: &CompiledProc, site: &CallSite) -> Exec<Value> {
    let Some(slots) = &proc.shared_slots else { return Ok(Value::Null) };
    if m.depth >= m.limits.max_depth || m.interrupted() {
        return Err(refuse_call(m, proc, site));
    }
    let mut values = Vec::with_capacity(slots.len());
    for (i, param) in proc.params.iter().enumerate() {
        let value = match site.args.get(i) {
            None | Some(CompiledArg::Omitted) => match &param.default {
                Some(default) => convert(default(m)?, &param.ty, site.loc)?,
                None => param.ty.default_value(),
            },
            Some(arg) => pass_argument(m, arg, &param.ty, site.loc)?,
        };
        values.push(value);
    }
    for (slot, value) in slots.iter().zip(values) {
        m.stack[m.base + slot] = value;
    }
    m.depth += 1;
    let outcome = run_body(m, proc);
    m.depth -= 1;
    match outcome {
        Ok(value) if matches!(value, Value::Null) || value.has_type(&proc.returns) => Ok(value),
        Ok(value) => convert(value, &proc.returns, site.loc),
        Err(e) => Err(leave_with(e, site)),
    }
}
