//! `ExecuteProcess(sName, trtProcedure, …)` and `Execute(sName, …)` with a name known only
//! when the call runs: each procedure the name may designate is compiled as a call with
//! these arguments, and the name picks one. A name that is no procedure of the script, or a
//! procedure that cannot take these arguments, is a fatal error.

use super::*;
use std::collections::HashMap;

#[cold]
fn no_procedure(function: &str, name: &str, loc: Loc) -> Flow {
    fail_at(
        Failure::Other(format!(
            "{function}: the script has no procedure named \"{name}\" (windows and controls need WinDev)"
        )),
        loc,
    )
}

impl Compiler<'_> {
    pub(super) fn call_by_name(
        &self,
        function: &'static str,
        name: &hir::Expr,
        procs: &HashMap<String, hir::ProcId>,
        args: &[Option<Arg>],
        loc: Loc,
    ) -> ExprFn {
        let name = self.expr(name);
        // Each candidate: its call, or why it cannot be called with these arguments.
        let calls: HashMap<String, Result<ExprFn, String>> = procs
            .iter()
            .map(|(key, &proc)| {
                let p = &self.program.procedures[proc];
                let n = args.len();
                let call = if n < p.required || (n > p.params.len() && !p.variadic) {
                    let expected = if p.required == p.params.len() {
                        p.required.to_string()
                    } else {
                        format!("{} to {}", p.required, p.params.len())
                    };
                    Err(format!("{function}: `{}` takes {expected} argument(s), but {n} were given", p.name))
                } else {
                    Ok(self.call_proc(proc, args, loc))
                };
                (key.clone(), call)
            })
            .collect();
        Box::new(move |m| {
            let text = name(m)?.to_text();
            match calls.get(&text.trim().to_lowercase()) {
                Some(Ok(call)) => call(m),
                Some(Err(message)) => Err(fail_at(Failure::Other(message.clone()), loc)),
                None => Err(no_procedure(function, text.trim(), loc)),
            }
        })
    }
}
