//! A method of the current class called by its name alone inside a method: `Describe()`
//! for `:Describe()`, and a GLOBAL method of the class the same way (`Count()` for
//! `cCustomer::Count()`).
//!
//! The name is looked up in the order members named alone are (see `class_scope.rs`):
//! the method's local variables and parameters and its internal procedures first, then
//! the methods of its class and of its ancestors, then the script's procedures and the
//! WLanguage functions. A method of the object is called as `:Describe()` is: the object's
//! own class chooses the version that runs (a derived class's redefinition).

use super::classes::MYSELF;
use super::{lower, Resolver};
use crate::ast::{self, Ident};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::source::Loc;

/// Names a method cannot be called by alone: a constructor is run by `Constructor cBase(…)`
/// or by building an object, a destructor by deleting one.
const NOT_CALLED_ALONE: &[&str] = &["constructor", "constructeur", "destructor", "destructeur"];

impl Resolver<'_> {
    /// `Describe(…)` inside a method of a class that has (or inherits) a method `Describe`.
    /// `None` when the name is not such a method, or when a local name hides it.
    pub(super) fn bare_method_call(&mut self, id: &Ident, args: &[Option<ast::Expr>], loc: Loc) -> Option<Expr> {
        let class = self.current_class()?;
        let key = lower(&id.name);
        if key.contains("::") || NOT_CALLED_ALONE.contains(&key.as_str()) {
            return None;
        }
        let hidden_by_local = self.scopes.iter().any(|s| s.contains_key(&key))
            || self.internal_procs.iter().any(|(name, _, _)| *name == key);
        if hidden_by_local {
            return None;
        }
        let proc = self.find_method(&class, &id.name)?;
        self.check_method_access(proc, id);
        let takes_object = self.program.procedures[proc].params.first().is_some_and(|q| &*q.name == MYSELF);
        if !takes_object {
            // A GLOBAL method: an ordinary call, from any method of the class.
            return Some(self.call_method_proc(proc, None, args, loc, false));
        }
        let Some((var, ty)) = self.lookup_variable(&lower(MYSELF)) else {
            self.error(
                Diagnostic::at(
                    format!("`{}` is a method of each object: a GLOBAL method has no object", id.name),
                    self.loc(&id.span),
                    "no current object",
                )
                .with_help("call it on an object: `o:Method()`, or make the calling method not GLOBAL"),
            );
            let _ = self.args(args);
            return Some(self.error_expr(loc));
        };
        let receiver = Arg { value: Expr { kind: ExprKind::Var(var), ty, loc: self.loc(&id.span) }, place: None };
        Some(self.call_method_proc(proc, Some(receiver), args, loc, true))
    }
}
