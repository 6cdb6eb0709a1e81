//! ExecuteProcess (ExécuteTraitement) and Execute (Exécute): calls of a procedure by its name.
//! The resolver turns each call into a call of the procedure (resolver/execute.rs), so these
//! entries only give the names, parameters and constant to completion, highlighting and docs.

use crate::error::RuntimeError;
use crate::registry::{Module, Signature};
use crate::value::Value;

pub fn register(m: &mut Module) {
    m.register_constant("trtProcedure", Value::str("trtProcedure"));
    m.register_constant("trtProcédure", Value::str("trtProcedure"));
    let unreachable = |_: &mut crate::machine::Machine, _: &mut [Value]| {
        Err(RuntimeError::fatal("ExecuteProcess and Execute are resolved before the script runs"))
    };
    m.register_fn(
        "ExecuteProcess",
        Signature::variadic(2).params("procedure, trtProcedure [, arguments…]"),
        unreachable,
    );
    m.register_alias("ExécuteTraitement", "ExecuteProcess");
    m.register_fn("Execute", Signature::variadic(1).params("procedure name [, arguments…]"), unreachable);
    m.register_alias("Exécute", "Execute");
}
