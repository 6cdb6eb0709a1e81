//! The forms the parser reads but wl does not run: WinDev-only constructs (HFSQL browses,
//! controls, Automation) and WLanguage forms not implemented yet. Each kind is reported once,
//! at its first place; the expressions and bodies inside are still resolved, so their own
//! errors (an undeclared name…) are reported too.

use super::Resolver;
use crate::ast::{self, Missing};
use crate::diagnostic::Diagnostic;
use crate::hir::Expr;

impl Resolver<'_> {
    pub(super) fn missing(&mut self, missing: Missing, span: &ast::Span) {
        if !self.reported_missing.insert(missing) {
            return;
        }
        let (label, help) = match missing {
            Missing::WinDev(_) => ("needs WinDev", "this runs only inside a WinDev application"),
            Missing::NotYet(_) => ("not supported yet", "wl reads this form but cannot run it yet"),
        };
        self.error(Diagnostic::at(missing.message(), self.loc(span), label).with_help(help));
    }

    pub(super) fn unsupported_expr(&mut self, missing: Missing, parts: &[ast::Expr], span: &ast::Span) -> Expr {
        for part in parts {
            self.expr(part);
        }
        self.missing(missing, span);
        self.error_expr(self.loc(span))
    }

    pub(super) fn unsupported_stmt(
        &mut self,
        missing: Missing,
        parts: &[ast::Expr],
        body: &[ast::Stmt],
        check_body: bool,
        span: &ast::Span,
    ) {
        for part in parts {
            self.expr(part);
        }
        if check_body {
            self.block(body);
        }
        self.missing(missing, span);
    }
}
