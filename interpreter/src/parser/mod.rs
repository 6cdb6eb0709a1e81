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
mod passes;
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

use passes::WlExtra;
pub use types::is_qualified_type_name;

type TokenInput<'a> = MappedInput<'a, Token, SimpleSpan, &'a [(Token, SimpleSpan)]>;

/// A syntax error: where, what was found, what was expected, and what kind of error it is.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub label: String,
    pub kind: SyntaxErrorKind,
}

/// What went wrong, told by the tokens and the parser's expectations, never by the message:
/// the REPL (is the input finished?) and the help lines of diagnostics decide on it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    /// A block (IF, FOR, WHILE, LOOP, SWITCH, WHEN EXCEPTION) without its END, reported at
    /// the keyword that opens it.
    Unclosed,
    /// END, ELSE, CASE… where no block is open.
    Stray,
    /// END was expected where something else stands.
    MissingEnd,
    /// The line ends where a value was expected (`x = 1 +`).
    LineEndsInExpression,
    /// A value is missing (an operator with nothing on one side).
    MissingValue,
    /// Anything else that was not expected there.
    Unexpected,
}

impl SyntaxErrorKind {
    /// The help line a diagnostic of this kind gets.
    pub fn help(self) -> Option<&'static str> {
        match self {
            SyntaxErrorKind::Unclosed | SyntaxErrorKind::MissingEnd => {
                Some("each IF, FOR, WHILE, LOOP, SWITCH and WHEN EXCEPTION block ends with END")
            }
            SyntaxErrorKind::LineEndsInExpression => {
                Some("to continue a statement on the next line, end the line with `...`")
            }
            SyntaxErrorKind::MissingValue => Some("an operator needs a value on each side"),
            SyntaxErrorKind::Stray | SyntaxErrorKind::Unexpected => None,
        }
    }
}

/// Parses a whole script. The tree is returned even when there are errors (with `Error`
/// nodes where the parser recovered), so later stages can still report their own problems.
pub fn parse(tokens: &[(Token, Span)], source_len: usize) -> (Option<Script>, Vec<SyntaxError>) {
    let tokens: Vec<(Token, SimpleSpan)> =
        tokens.iter().map(|(t, s)| (t.clone(), SimpleSpan::from(s.clone()))).collect();
    let eoi = SimpleSpan::from(source_len..source_len);
    let (script, errors) = passes::run(&tokens, eoi);
    if errors.is_empty() {
        return (script, Vec::new());
    }
    // The parser's own errors (`Rich::custom`) are of two kinds, told apart by where they
    // stand: at the keyword opening a block (it has no END), or at a closing keyword.
    let opens_block = |span: &SimpleSpan| {
        tokens.iter().any(|(t, s)| {
            s == span && matches!(t, Token::Kw(Kw::If | Kw::For | Kw::While | Kw::Loop | Kw::Switch | Kw::When))
        })
    };
    let mut errors: Vec<SyntaxError> = errors
        .into_iter()
        .map(|e| {
            let opener = opens_block(e.span());
            convert_error(e, opener)
        })
        .collect();
    errors.sort_by_key(|e| e.span.start);
    errors.dedup_by(|a, b| a.span == b.span && a.message == b.message);
    (script, errors)
}

fn convert_error(err: Rich<'_, Token, SimpleSpan>, at_block_opener: bool) -> SyntaxError {
    let span = err.span().into_range();
    match err.reason() {
        chumsky::error::RichReason::Custom(msg) => {
            let kind = if at_block_opener { SyntaxErrorKind::Unclosed } else { SyntaxErrorKind::Stray };
            SyntaxError { span, message: msg.to_string(), label: msg.to_string(), kind }
        }
        _ => {
            let found = match err.found() {
                Some(t) => t.to_string(),
                None => "end of input".to_string(),
            };
            let wants_end = err.expected().any(|p| match p {
                chumsky::error::RichPattern::Token(t) => matches!(**t, Token::Kw(Kw::End)),
                chumsky::error::RichPattern::Label(l) => l.as_ref() == "END",
                _ => false,
            });
            let wants_value = err
                .expected()
                .any(|p| matches!(p, chumsky::error::RichPattern::Label(l) if l.as_ref() == "an expression"));
            let kind = if wants_end {
                SyntaxErrorKind::MissingEnd
            } else if wants_value && err.found() == Some(&Token::Newline) {
                SyntaxErrorKind::LineEndsInExpression
            } else if wants_value {
                SyntaxErrorKind::MissingValue
            } else {
                SyntaxErrorKind::Unexpected
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
            // What `any_word`/`quiet` (no pattern of their own) leave says nothing.
            expected.retain(|e| e != "something else");
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
            SyntaxError { span, message: format!("unexpected {found}"), label, kind }
        }
    }
}

/// One top-level item: a procedure, a statement, an event's `CASE ERROR:`, or a stray END.
fn item_parser<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Item, E> + Clone {
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
            emitter.emit(E::custom(e.span(), "this keyword closes a block, but no block is open here"));
            Stmt { kind: StmtKind::Error, span: span_of(e.span()) }
        });

    choice((
        procedure.map(Item::Procedure),
        blocks::block_item_of(stmt).map(Item::Stmt),
        event_handler.map(Item::Stmt),
        stray.map(Item::Stmt),
    ))
}

/// A whole script: its items, each with its span (to re-read one item alone, see `passes`).
fn script_parser<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Vec<(Item, SimpleSpan)>, E> {
    tokens::newline()
        .repeated()
        .ignore_then(item_parser().map_with(|item, e| (item, e.span())).repeated().collect::<Vec<_>>())
        .then_ignore(end())
}

/// The first item of the input (after line ends); what follows it is left unread.
fn first_item_parser<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Item, E> {
    tokens::newline().repeated().ignore_then(item_parser()).lazy()
}

fn script_of(items: Vec<(Item, SimpleSpan)>) -> Script {
    Script { items: guard_rest_of_script(items.into_iter().map(|(item, _)| item).collect()) }
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
