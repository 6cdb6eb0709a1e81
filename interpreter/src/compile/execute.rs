//! `ExecuteProcess(sName, trtProcedure, …)` and `Execute(sName, …)` with a name known only
//! when the call runs. The arguments are compiled once; the table of the procedures a name
//! may designate is made once per compilation (shared by every such call); when the call
//! runs, the name picks the procedure and the call is made with the arguments, by value. A
//! name that is no procedure of the script, or a procedure that cannot take that many
//! arguments, is a fatal error.

use super::calls::{call, CallSite, CompiledArg};
use super::*;
use std::collections::HashMap;

/// A procedure that can be called by its name.
pub(super) struct Target {
    slot: Rc<ProcSlot>,
    name: Rc<str>,
    required: usize,
    max: usize,
    variadic: bool,
    /// Called through `variadic::call_with_parameters` (variadic, or uses MyParameters).
    with_parameters: bool,
}

/// The procedures by lower-case name.
pub(super) type Targets = Rc<HashMap<String, Target>>;

#[cold]
fn no_procedure(function: &str, name: &str, loc: Loc) -> Flow {
    fail_at(
        Failure::Other(format!(
            "{function}: the script has no procedure named \"{name}\" (windows and controls need WinDev)"
        )),
        loc,
    )
}

#[cold]
fn wrong_count(function: &str, target: &Target, given: usize, loc: Loc) -> Flow {
    let expected = if target.required == target.max {
        target.required.to_string()
    } else {
        format!("{} to {}", target.required, target.max)
    };
    fail_at(
        Failure::Other(format!("{function}: `{}` takes {expected} argument(s), but {given} were given", target.name)),
        loc,
    )
}

impl Compiler<'_> {
    fn targets(&self, procs: &HashMap<String, hir::ProcId>) -> Targets {
        self.by_name
            .get_or_init(|| {
                let table = procs
                    .iter()
                    // An internal procedure is called only from its container.
                    .filter(|(_, &proc)| self.program.procedures[proc].shared_slots.is_none())
                    .map(|(key, &proc)| {
                        let p = &self.program.procedures[proc];
                        let target = Target {
                            slot: self.procs[proc].clone(),
                            name: p.name.clone(),
                            required: p.required,
                            max: p.params.len(),
                            variadic: p.variadic,
                            with_parameters: p.variadic || p.parameters_slot.is_some(),
                        };
                        (key.clone(), target)
                    })
                    .collect();
                Rc::new(table)
            })
            .clone()
    }

    pub(super) fn call_by_name(
        &self,
        function: &'static str,
        name: &hir::Expr,
        procs: &HashMap<String, hir::ProcId>,
        args: &[Option<Arg>],
        loc: Loc,
    ) -> ExprFn {
        let name = self.expr(name);
        let targets = self.targets(procs);
        let args: Rc<[Option<ExprFn>]> = args.iter().map(|a| a.as_ref().map(|a| self.expr(&a.value))).collect();
        Box::new(move |m| {
            let text = name(m)?.to_text();
            let Some(target) = targets.get(&text.trim().to_lowercase()) else {
                return Err(no_procedure(function, text.trim(), loc));
            };
            let n = args.len();
            if n < target.required || (n > target.max && !target.variadic) {
                return Err(wrong_count(function, target, n, loc));
            }
            // The arguments, evaluated in order, passed by value.
            let mut compiled = Vec::with_capacity(n);
            for arg in args.iter() {
                compiled.push(match arg {
                    Some(arg) => {
                        let v = arg(m)?;
                        CompiledArg::Value(Box::new(move |_| Ok(v.clone())))
                    }
                    None => CompiledArg::Omitted,
                });
            }
            let site = CallSite {
                all_given: !compiled.iter().any(|a| matches!(a, CompiledArg::Omitted)),
                has_refs: false,
                args: compiled,
                name: target.name.clone(),
                loc,
            };
            let proc = target.slot.borrow().clone().expect("procedures are compiled before the script runs");
            if target.with_parameters {
                super::variadic::call_with_parameters(m, &proc, &site)
            } else {
                call(m, &proc, &site)
            }
        })
    }
}
