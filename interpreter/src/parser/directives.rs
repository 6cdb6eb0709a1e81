//! Conditional compilation: `<COMPILE IF cond>` / `<IF cond>` … [`<ELSE IF cond>` …]
//! [`<ELSE>` …] `<END>` (French `<COMPILE SI>`, `<SINON>`, `<FIN>`).
//!
//! The conditions name WinDev's configurations and targets (`Configuration = "Windows"`,
//! `ExecutionTarget = WinDev`); wl is none of them and has no configuration, so no condition
//! holds: wl runs the `<ELSE>` branch, or nothing when there is none. The other branches are
//! read (their syntax is checked) but not resolved, so WinDev-only code there is no error.

use super::statements::Parts;
use super::tokens::{kw, separator, span_of, word};
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

pub(super) fn conditional_compilation<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    let open = || just(Token::Lt).then(word("compile").or_not());
    let rest_of_directive = any().filter(|t: &Token| !matches!(t, Token::Gt | Token::Newline)).repeated();
    let close = just(Token::Gt).then(separator().or(end()));
    let first = open().then(kw(Kw::If)).then(rest_of_directive).then(close.clone()).ignore_then(p.block.clone());
    let else_if = open()
        .then(kw(Kw::Else))
        .then(kw(Kw::If))
        .then(rest_of_directive)
        .then(close.clone())
        .ignore_then(p.block.clone());
    let otherwise = open().then(kw(Kw::Else)).then(close.clone()).ignore_then(p.block.clone());
    let end_directive = open().then(kw(Kw::End)).then(just(Token::Gt)).ignored();
    first.ignore_then(else_if.repeated()).ignore_then(otherwise.or_not()).then_ignore(end_directive).map_with(
        |otherwise, e| match otherwise {
            // `IF True` runs the block in a scope of its own, like the branch it was.
            Some(block) => StmtKind::If {
                branches: vec![(Expr::new(ExprKind::Bool(true), span_of(e.span())), block)],
                otherwise: None,
            },
            None => StmtKind::Section,
        },
    )
}
