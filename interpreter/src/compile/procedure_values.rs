//! Procedures held in values (`p is procedure`): a procedure's name used as a value makes a
//! `Value::Procedure`, `p(…)` calls the procedure it holds, and a native function that takes
//! a callback (`ArraySort(arr, asFunction, Compare)`) calls it through `call_procedure`.
//!
//! Which procedure runs is known only when the call runs, so what an ordinary call decides
//! when compiling is decided here at each call: the number of arguments, which variables are
//! passed by reference (the procedure's parameters that it changes), and which kind of call
//! (plain, with `MyParameters`, internal).

use super::calls::{call, CallSite, CompiledArg};
use super::*;
use crate::value::ProcHandle;

/// One argument of a call through a value: its expression, and the variable it is when it
/// is one (it may then be passed by reference, with its static type).
type ValueArg = Option<(ExprFn, Option<(VarRef, Type)>)>;

impl Compiler<'_> {
    /// `MyProc` as a value. An internal procedure's value remembers the frame running now:
    /// its container's, the only frame it may run in.
    pub(super) fn proc_value(&self, proc: hir::ProcId, internal: bool) -> ExprFn {
        let decl = &self.program.procedures[proc];
        let handle = ProcHandle {
            name: decl.name.clone(),
            slot: self.procs[proc].clone(),
            by_ref: decl.params.iter().map(|p| p.mutated && !p.local).collect(),
            required: decl.required,
            variadic: decl.variadic,
            with_parameters: decl.variadic || decl.parameters_slot.is_some(),
            internal_frame: None,
        };
        if internal {
            return Box::new(move |m| {
                let mut h = handle.clone();
                h.internal_frame = Some((m.base, m.depth));
                Ok(Value::Procedure(Rc::new(h)))
            });
        }
        let value = Value::Procedure(Rc::new(handle));
        Box::new(move |_| Ok(value.clone()))
    }

    /// `p(…)`: calls the procedure `p` holds.
    pub(super) fn call_value(&self, callee: &hir::Expr, args: &[Option<Arg>], loc: Loc) -> ExprFn {
        let callee = self.expr(callee);
        let args: Vec<ValueArg> = args
            .iter()
            .map(|a| {
                a.as_ref().map(|arg| {
                    let var = arg.place.as_ref().filter(|p| p.steps.is_empty()).map(|p| (p.root, p.ty.clone()));
                    (self.expr(&arg.value), var)
                })
            })
            .collect();
        Box::new(move |m| {
            let handle = match callee(m)? {
                Value::Procedure(h) => h,
                Value::Null => {
                    return Err(fail_at(
                        Failure::Other("this procedure variable holds no procedure (it is Null)".into()),
                        loc,
                    ))
                }
                other => {
                    return Err(fail_at(
                        Failure::TypeMismatch(format!("a {} cannot be called", other.type_name())),
                        loc,
                    ))
                }
            };
            let compiled = handle.slot.borrow();
            let proc = compiled.as_deref().expect("procedures are compiled before the script runs");
            let mut site_args = Vec::with_capacity(args.len());
            for (i, arg) in args.iter().enumerate() {
                site_args.push(match arg {
                    None => CompiledArg::Omitted,
                    Some((value, var)) => {
                        let param_ty = proc.params.get(i).map(|p| &p.ty);
                        match var {
                            Some((var, ty))
                                if handle.by_ref.get(i).copied().unwrap_or(false)
                                    && param_ty.is_some_and(|p| *p == Type::Variant || p == ty) =>
                            {
                                CompiledArg::Ref(*var)
                            }
                            _ => {
                                let v = value(m)?;
                                CompiledArg::Value(Box::new(move |_| Ok(v.clone())))
                            }
                        }
                    }
                });
            }
            call_handle(m, &handle, proc, site_args, loc)
        })
    }
}

/// Calls the procedure of `handle` with `args`, after checking what the compiler checks for
/// an ordinary call: the number of arguments, and for an internal procedure, its frame.
fn call_handle(
    m: &mut Machine,
    handle: &ProcHandle,
    proc: &CompiledProc,
    args: Vec<CompiledArg>,
    loc: Loc,
) -> Exec<Value> {
    let given = args.len();
    let max = proc.params.len();
    if given < handle.required || (given > max && !handle.variadic) {
        let expected = if handle.required == max { format!("{max}") } else { format!("{} to {max}", handle.required) };
        return Err(fail_at(
            Failure::Other(format!(
                "`{}` takes {expected} argument{}, but {given} {} given",
                handle.name,
                if max == 1 { "" } else { "s" },
                if given == 1 { "was" } else { "were" }
            )),
            loc,
        ));
    }
    if let Some(frame) = handle.internal_frame {
        if frame != (m.base, m.depth) {
            return Err(fail_at(
                Failure::Other(format!(
                    "the internal procedure `{}` can only be called while its container runs",
                    handle.name
                )),
                loc,
            ));
        }
    }
    let site = CallSite {
        all_given: !args.iter().any(|a| matches!(a, CompiledArg::Omitted)),
        has_refs: args.iter().any(|a| matches!(a, CompiledArg::Ref(_))),
        args,
        name: handle.name.clone(),
        loc,
    };
    if handle.internal_frame.is_some() {
        super::internal::call_internal(m, proc, &site)
    } else if handle.with_parameters {
        super::variadic::call_with_parameters(m, proc, &site)
    } else {
        call(m, proc, &site)
    }
}

/// Calls a procedure value from a native function (a callback): the arguments are values.
pub fn call_procedure(m: &mut Machine, procedure: &Value, args: Vec<Value>, loc: Loc) -> Result<Value, RuntimeError> {
    let Value::Procedure(handle) = procedure.deref() else {
        return Err(RuntimeError::fatal(format!("a {} is not a procedure", procedure.type_name()))
            .with_code(crate::error::codes::TYPE_MISMATCH));
    };
    let compiled = handle.slot.borrow();
    let proc = compiled.as_deref().expect("procedures are compiled before the script runs");
    let args = args.into_iter().map(|v| CompiledArg::Value(Box::new(move |_| Ok(v.clone())))).collect();
    match call_handle(m, &handle, proc, args, loc) {
        Ok(v) => Ok(v),
        Err(Flow::Error(e)) => Err(*e),
        Err(_) => Err(RuntimeError::fatal(format!("`{}` left the callback abnormally", handle.name))),
    }
}
