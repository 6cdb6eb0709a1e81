//! The parser: chumsky combinators over the lexer's tokens, written to read like the grammar
//! in `grammar/wlanguage.ebnf`. Statements end at a line break (or `;`); a statement that
//! cannot be read is reported and skipped to the end of its line, so every syntax error of a
//! file is reported, not only the first.

mod blocks;
mod classes;
mod control;
mod declarations;
mod directives;
mod expressions;
mod procedures;
mod statements;
mod tokens;
mod types;

use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::input::MappedInput;
use chumsky::prelude::*;
use tokens::{kw, span_of, statement_end, terminator};

pub use types::is_qualified_type_name;

type TokenInput<'a> = MappedInput<'a, Token, SimpleSpan, &'a [(Token, SimpleSpan)]>;
type Extra<'a> = extra::Err<Rich<'a, Token, SimpleSpan>>;

/// A syntax error: where, what was found, what was expected.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub label: String,
}

/// Parses a whole script. The tree is returned even when there are errors (with `Error`
/// nodes where the parser recovered), so later stages can still report their own problems.
pub fn parse(tokens: &[(Token, Span)], source_len: usize) -> (Option<Script>, Vec<SyntaxError>) {
    let tokens: Vec<(Token, SimpleSpan)> =
        tokens.iter().map(|(t, s)| (t.clone(), SimpleSpan::from(s.clone()))).collect();
    let eoi = SimpleSpan::from(source_len..source_len);
    let (script, errors) = script_parser().parse(tokens.as_slice().split_token_span(eoi)).into_output_errors();
    let mut errors: Vec<SyntaxError> = errors.into_iter().map(convert_error).collect();
    errors.sort_by_key(|e| e.span.start);
    errors.dedup_by(|a, b| a.span == b.span && a.message == b.message);
    (script, errors)
}

fn convert_error(err: Rich<'_, Token, SimpleSpan>) -> SyntaxError {
    let span = err.span().into_range();
    match err.reason() {
        chumsky::error::RichReason::Custom(msg) => {
            SyntaxError { span, message: msg.to_string(), label: msg.to_string() }
        }
        _ => {
            let found = match err.found() {
                Some(t) => t.to_string(),
                None => "end of input".to_string(),
            };
            let mut expected: Vec<String> = err
                .expected()
                .map(|p| match p {
                    chumsky::error::RichPattern::Token(t) => t.to_string(),
                    chumsky::error::RichPattern::Label(l) => l.to_string(),
                    chumsky::error::RichPattern::EndOfInput => "end of input".to_string(),
                    other => other.to_string(),
                })
                .collect();
            expected.sort();
            expected.dedup();
            // "expected `-`, `NOT`, an expression" says no more than "an expression".
            if expected.iter().any(|e| e == "an expression") {
                // `>` there is the second `>` of an Automation member (`obj>>Member`).
                expected
                    .retain(|e| !matches!(e.as_str(), "`+`" | "`-`" | "`NOT`" | "pas" | "`(`" | "`[`" | "`{`" | "`>`"));
            }
            let label = match expected.len() {
                0 => "not expected here".to_string(),
                1 => format!("expected {}", expected[0]),
                _ if expected.len() > 8 => format!("expected one of {}, …", expected[..8].join(", ")),
                _ => format!("expected one of {}", expected.join(", ")),
            };
            SyntaxError { span, message: format!("unexpected {found}"), label }
        }
    }
}

fn script_parser<'a>() -> impl Parser<'a, TokenInput<'a>, Script, Extra<'a>> {
    let (expr, postfix) = expressions::expr_parsers();
    let ty = types::type_parser().boxed();
    let stmt = statements::statement_parser(expr.clone(), postfix, ty.clone());
    let block = blocks::block_of(stmt.clone()).boxed();
    let procedure = procedures::procedure(expr, ty, block.clone());

    // `CASE ERROR:` / `CASE EXCEPTION:` after the code of an event (outside any procedure).
    let event_handler = kw(Kw::Case)
        .ignore_then(choice((tokens::word("error"), tokens::word("erreur"), kw(Kw::Exception).ignored())))
        .ignore_then(just(Token::Colon).or_not())
        .ignore_then(block.clone())
        .map_with(|body, e| Stmt {
            kind: StmtKind::Unsupported {
                missing: Missing::NotYet("`CASE ERROR:` / `CASE EXCEPTION:` outside a procedure"),
                parts: Vec::new(),
                body,
                check_body: true,
            },
            span: span_of(e.span()),
        });

    // An END (or ELSE, CASE…) with no open block: reported, and its line skipped.
    let stray = terminator()
        .then_ignore(any().filter(|t: &Token| *t != Token::Newline).repeated())
        .then_ignore(statement_end())
        .validate(|_, e, emitter| {
            emitter.emit(Rich::custom(e.span(), "this keyword closes a block, but no block is open here"));
            Stmt { kind: StmtKind::Error, span: span_of(e.span()) }
        });

    tokens::newline()
        .repeated()
        .ignore_then(
            choice((
                procedure.map(Item::Procedure),
                blocks::block_item_of(stmt).map(Item::Stmt),
                event_handler.map(Item::Stmt),
                stray.map(Item::Stmt),
            ))
            .repeated()
            .collect::<Vec<_>>(),
        )
        .then_ignore(end())
        .map(|items| Script { items: guard_rest_of_script(items) })
}

/// `WHEN EXCEPTION … END` alone at the top level guards the statements after it, up to the
/// next procedure (see `blocks::guard_rest`).
fn guard_rest_of_script(items: Vec<Item>) -> Vec<Item> {
    let mut out = Vec::with_capacity(items.len());
    let mut run: Vec<Stmt> = Vec::new();
    for item in items {
        match item {
            Item::Stmt(stmt) => run.push(stmt),
            Item::Procedure(p) => {
                out.extend(blocks::guard_rest(std::mem::take(&mut run)).into_iter().map(Item::Stmt));
                out.push(Item::Procedure(p));
            }
        }
    }
    out.extend(blocks::guard_rest(run).into_iter().map(Item::Stmt));
    out
}
