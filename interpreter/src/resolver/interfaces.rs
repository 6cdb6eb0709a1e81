//! Interfaces: `IShape is Interface … END` (French `IForme est une Interface … FIN`), as
//! PC SOFT's page "Interface" (doc.windev.com 6010017) documents their declaration: a list
//! of prototypes of procedures and properties, with no member, no code and no
//! public/protected/private. The declaration is read and checked, and runs as nothing.
//!
//! What an interface is used for (a class that implements it, a variable of an interface
//! type, an interface as a parameter) is described in the sections "Implementation",
//! "Variables" and "Passing parameters" of that page, which are not in the reference store
//! wl was built from: each use is reported "not supported yet" rather than guessed.

use super::{lower, Resolver};
use crate::ast::{self, StmtKind as SK};
use crate::diagnostic::Diagnostic;
use crate::types::Type;
use std::rc::Rc;

impl Resolver<'_> {
    /// Records the interfaces declared at the top level, and reports the lines of their
    /// bodies that are not prototypes. A name listed twice is not reported: WLanguage
    /// procedures may have several syntaxes (overloads), and the page says nothing of it.
    pub(super) fn declare_interfaces(&mut self, top: &[&ast::Stmt]) {
        for stmt in top {
            let SK::Interface { name, members, not_prototypes } = &stmt.kind else { continue };
            for span in not_prototypes {
                self.error(
                    Diagnostic::at(
                        format!("the interface `{}` lists only prototypes of procedures and properties", name.name),
                        self.loc(span),
                        "not a prototype",
                    )
                    .with_help(
                        "an interface has no member, no code and no PUBLIC/PROTECTED/PRIVATE: \
                         `Procedure Name(parameters) [: type]` or `Property Name [: type] [<get>/<set>]`",
                    ),
                );
            }
            let key = lower(&name.name);
            if self.program.structs.contains_key(&key) || self.program.natives.types.contains_key(&key) {
                self.error(Diagnostic::at(
                    format!("`{}` is already the name of a structure or class", name.name),
                    self.loc(&name.span),
                    "declared again as an interface",
                ));
                continue;
            }
            let listed = members.iter().map(|m| Rc::clone(&m.name.name)).collect();
            self.program.interfaces.insert(key, listed);
        }
    }

    /// `key` (a lower-case type name, maybe followed by ` dynamic`) names an interface.
    pub(super) fn is_interface(&self, key: &str) -> bool {
        self.program.interfaces.contains_key(key.strip_suffix(" dynamic").unwrap_or(key))
    }

    /// A variable, parameter or member typed with an interface: how it is assigned and
    /// called is in the page's sections that were not found, so it is reported.
    pub(super) fn interface_type(&mut self, interface: &str, span: &ast::Span) -> Type {
        self.error(
            Diagnostic::at(
                format!("a variable of the interface type `{interface}` is not supported by wl yet"),
                self.loc(span),
                "not supported yet",
            )
            .with_help("wl reads and checks the declaration of an interface; using one (a variable of its type, `implements`) is not supported yet"),
        );
        Type::Variant
    }
}
