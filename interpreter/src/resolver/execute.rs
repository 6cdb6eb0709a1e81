//! `ExecuteProcess(<procedure>, trtProcedure [, arguments…])` (ExécuteTraitement) and
//! `Execute(<procedure> [, arguments…])` (Exécute): a procedure called by its name. The name
//! may be the procedure itself, a string written in the call (both resolved now, with the
//! usual argument checks) or any other string expression (looked up when the call runs,
//! among the script's procedures). Every other event of ExecuteProcess (trtClick, trtInit…)
//! runs code of a window or control, which a script does not have: that is an error here.

use super::{lower, Resolver};
use crate::ast::{self, ExprKind as AK, Ident};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::source::Loc;
use crate::types::Type;
use std::collections::HashMap;
use std::rc::Rc;

/// The spellings of the event that names a procedure.
const PROCEDURE_EVENTS: &[&str] = &["trtprocedure", "trtprocédure"];

impl Resolver<'_> {
    /// The call, when `key` is ExecuteProcess or Execute and no procedure of the script has
    /// that name.
    pub(super) fn execute_call(&mut self, key: &str, args: &[Option<ast::Expr>], loc: Loc) -> Option<Expr> {
        // Messages name the function as the script spells it (English or French).
        let (function, skip) = match key {
            "executeprocess" => ("ExecuteProcess", 2),
            "exécutetraitement" => ("ExécuteTraitement", 2),
            "execute" => ("Execute", 1),
            "exécute" => ("Exécute", 1),
            _ => return None,
        };
        if args.len() < skip || args[..skip].iter().any(Option::is_none) {
            let d = Diagnostic::at(
                format!("`{function}` needs the procedure to run{}", if skip == 2 { " and trtProcedure" } else { "" }),
                loc,
                "missing argument",
            )
            .with_help(if skip == 2 {
                "ExecuteProcess(MyProcedure, trtProcedure [, arguments…])"
            } else {
                "Execute(\"MyProcedure\" [, arguments…])"
            });
            self.error(d);
            return Some(self.error_expr(loc));
        }
        if skip == 2 && !self.is_procedure_event(function, args[1].as_ref()?) {
            return Some(self.error_expr(loc));
        }
        let target = args[0].as_ref()?;
        let rest = &args[skip..];
        match &target.kind {
            // The procedure itself, unless a variable of that name holds the name.
            AK::Name(id) if self.lookup_variable(&lower(&id.name)).is_none() => {
                Some(self.call_named(function, id.clone(), rest, loc))
            }
            AK::Str(name) => {
                let id = Ident { name: Rc::from(name.trim()), span: target.span.clone() };
                Some(self.call_named(function, id, rest, loc))
            }
            _ => {
                let name = self.expr(target);
                let procs: HashMap<String, ProcId> = self
                    .program
                    .procedure_names
                    .iter()
                    .filter(|(k, _)| !k.contains("::"))
                    .map(|(k, &p)| (k.clone(), p))
                    .collect();
                let args = self.args(rest).into_iter().map(by_value).collect();
                Some(Expr {
                    kind: ExprKind::CallByName { function, name: Box::new(name), procs: Rc::new(procs), args },
                    ty: Type::Variant,
                    loc,
                })
            }
        }
    }

    /// Checks the event given to ExecuteProcess: only trtProcedure has a meaning in a script.
    fn is_procedure_event(&mut self, function: &str, event: &ast::Expr) -> bool {
        let name = match &event.kind {
            AK::Name(id) => lower(&id.name),
            _ => String::new(),
        };
        if PROCEDURE_EVENTS.contains(&name.as_str()) {
            return true;
        }
        let (message, help) = if name.starts_with("trt") {
            (
                format!("`{function}` with this event runs code of a window or control, which needs WinDev"),
                "a script has no windows or controls: only trtProcedure (call a procedure by its name) is provided",
            )
        } else {
            (
                format!("`{function}`: the event must be written trtProcedure"),
                "wl runs ExecuteProcess(MyProcedure, trtProcedure [, arguments…]) only",
            )
        };
        self.error(Diagnostic::at(message, self.loc(&event.span), "not provided by wl").with_help(help));
        false
    }

    /// A call of the procedure `id` names, checked now; its arguments are passed by value.
    fn call_named(&mut self, function: &str, id: Ident, args: &[Option<ast::Expr>], loc: Loc) -> Expr {
        let key = lower(&id.name);
        let known = self.program.procedure_names.contains_key(&key) && !key.contains("::");
        if !known {
            let d = Diagnostic::at(
                format!("`{function}`: the script has no procedure named `{}`", id.name),
                self.loc(&id.span),
                "unknown procedure",
            )
            .with_help("ExecuteProcess and Execute run a procedure of the script (windows and controls need WinDev)");
            self.error(d);
            return self.error_expr(loc);
        }
        let callee = ast::Expr { span: id.span.clone(), kind: AK::Name(id) };
        let mut call = self.call(&callee, args, loc);
        if let ExprKind::CallProc { args, .. } = &mut call.kind {
            for arg in args.iter_mut().flatten() {
                arg.place = None;
            }
        }
        call
    }
}

fn by_value(arg: Option<Arg>) -> Option<Arg> {
    arg.map(|a| Arg { place: None, ..a })
}
