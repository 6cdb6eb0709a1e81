//! ABSTRACT methods (`PROCEDURE ABSTRACT C::M()`, French `PROCÉDURE ABSTRAITE`): a method
//! the classes derived from C give. A class with an abstract method, or that inherits one
//! without redefining it, is abstract: it builds no object (`o is C`, `new C`), which is
//! reported before running; a dynamic object of the class may refer to an object of a
//! derived class. Its abstract version cannot be called explicitly (`C::M()`,
//! `Ancestor:M()`).

use super::{lower, Resolver};
use crate::diagnostic::Diagnostic;
use crate::hir::ProcId;
use crate::source::Loc;
use crate::types::StructDef;
use std::collections::HashSet;

impl Resolver<'_> {
    /// The abstract methods that class `def` has no code for (its own or its ancestors'
    /// that no class from `def` up redefines).
    fn missing_methods(&self, def: &StructDef) -> Vec<String> {
        let mut given: HashSet<String> = HashSet::new();
        let mut missing = Vec::new();
        let mut class = Some(def);
        while let Some(c) = class {
            let prefix = format!("{}::", lower(&c.name));
            for (key, &proc) in &self.program.procedure_names {
                let Some(method) = key.strip_prefix(&prefix) else { continue };
                if self.program.abstract_methods.contains(key) && !given.contains(method) {
                    missing.push(self.program.procedures[proc].name.split("::").nth(1).unwrap_or("").to_string());
                }
                // Given here (or missing here, once): the ancestors' versions do not count.
                given.insert(method.to_string());
            }
            class = c.base.as_deref();
        }
        missing.sort();
        missing
    }

    /// Building an object of an abstract class is reported.
    pub(super) fn check_not_abstract(&mut self, def: &StructDef, loc: Loc) {
        let missing = self.missing_methods(def);
        let Some(first) = missing.first() else { return };
        let d = Diagnostic::at(
            format!("`{}` is an abstract class: its method `{first}` is ABSTRACT", def.name),
            loc,
            "object of an abstract class",
        )
        .with_help(format!(
            "build an object of a class derived from `{}` that redefines {}",
            def.name,
            missing.iter().map(|m| format!("`{m}`")).collect::<Vec<_>>().join(", ")
        ));
        self.error(d);
    }

    /// `C::M()` or `Ancestor:M()` where that version of M is ABSTRACT: there is no code to run.
    pub(super) fn check_not_abstract_call(&mut self, proc: ProcId, loc: Loc) -> bool {
        let name = self.program.procedures[proc].name.clone();
        if !self.program.abstract_methods.contains(&lower(&name)) {
            return true;
        }
        self.error(
            Diagnostic::at(format!("`{name}` is ABSTRACT: it has no code to run"), loc, "abstract method")
                .with_help("call it on the object (`:M()`): the version of the object's class runs"),
        );
        false
    }
}
