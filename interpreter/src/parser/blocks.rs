//! Blocks: statements one per line up to the keyword that closes them, with recovery that
//! skips an unreadable line and goes on.

use super::tokens::{newline, span_of, statement_end, terminator};
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::lexer::Token;
use chumsky::prelude::*;

/// A statement followed by its end; a statement that cannot be read is reported and skipped
/// to the end of its line (but a block's closing keyword is never skipped).
pub(super) fn block_item_of<'a, P, E: WlExtra<'a>>(stmt: P) -> impl Parser<'a, TokenInput<'a>, Stmt, E> + Clone
where
    P: Parser<'a, TokenInput<'a>, Stmt, E> + Clone + 'a,
{
    let statement_end = statement_end();
    // A statement read whole but followed by more on its line keeps what was read: the rest
    // of the line is reported and skipped. Failing the whole item instead would read a long
    // statement (an IF holding the rest of the file) again at each level of nesting: the
    // fuzzer found inputs that took minutes that way.
    let rest_of_line = statement_end.clone().recover_with(via_parser(
        any().filter(|t: &Token| *t != Token::Newline).repeated().at_least(1).then_ignore(statement_end.clone()),
    ));
    terminator().not().ignore_then(stmt).then_ignore(rest_of_line).recover_with(via_parser(
        terminator()
            .not()
            .ignore_then(any().filter(|t: &Token| *t != Token::Newline).repeated().at_least(1))
            .map_with(|_, e| Stmt { kind: StmtKind::Error, span: span_of(e.span()) })
            .then_ignore(statement_end),
    ))
}

/// The statements of a block, up to the keyword that closes it.
pub(super) fn block_of<'a, P, E: WlExtra<'a>>(stmt: P) -> impl Parser<'a, TokenInput<'a>, Vec<Stmt>, E> + Clone
where
    P: Parser<'a, TokenInput<'a>, Stmt, E> + Clone + 'a,
{
    newline().repeated().ignore_then(block_item_of(stmt).repeated().collect::<Vec<_>>()).map(guard_rest).boxed()
}

/// A `WHEN EXCEPTION … END` alone guards the statements after it in its block: they become
/// the body of a `WHEN EXCEPTION IN`, its handler the `DO` part.
pub(super) fn guard_rest(mut stmts: Vec<Stmt>) -> Vec<Stmt> {
    let Some(at) = stmts.iter().position(|s| matches!(s.kind, StmtKind::GuardRest(_))) else {
        return stmts;
    };
    let rest = guard_rest(stmts.split_off(at + 1));
    if let Some(Stmt { kind: StmtKind::GuardRest(handler), span }) = stmts.pop() {
        let end = rest.last().map_or(span.end, |s| s.span.end);
        stmts.push(Stmt { kind: StmtKind::WhenException { body: rest, handler }, span: span.start..end });
    }
    stmts
}
