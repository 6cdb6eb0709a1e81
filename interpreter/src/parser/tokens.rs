//! The smallest pieces of the grammar: keywords, contextual words, names, line ends, and the
//! keywords that close a block.

use super::{TokenInput, WlExtra};
use crate::ast::{Ident, Span};
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;
use std::rc::Rc;

pub(super) fn span_of(s: SimpleSpan) -> Span {
    s.into_range()
}

pub(super) fn kw<'a, E: WlExtra<'a>>(k: Kw) -> impl Parser<'a, TokenInput<'a>, Token, E> + Clone {
    just(Token::Kw(k))
}

/// A keyword that closes a block (END, DO): when missing it is reported and taken as present,
/// so the block never backtracks and unclosed blocks nested in each other cost linear time,
/// not exponential.
pub(super) fn closing_kw<'a, E: WlExtra<'a>>(
    k: Kw,
    label: &'static str,
) -> impl Parser<'a, TokenInput<'a>, Token, E> + Clone {
    kw(k).labelled(label).recover_with(via_parser(empty().to(Token::Kw(k))))
}

/// A word that is a keyword only here (`A`, `DE`, `PAS`, `ET`, `OU`, `modulo`, `ON`…).
pub(super) fn word<'a, E: WlExtra<'a>>(w: &'static str) -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    // `w` is lower case; the comparison goes through `to_lowercase` so that `CHAÎNE` is `chaîne`.
    any().filter(move |t: &Token| matches!(t, Token::Ident(s) if is_word(s, w))).ignored().labelled(w)
}

/// `name` is the contextual word `w` (lower case), whatever its case.
pub(super) fn is_word(name: &str, w: &str) -> bool {
    name.chars().flat_map(char::to_lowercase).eq(w.chars())
}

/// One of `words` (lower case), whatever its case. A failed match records no expected
/// pattern: the forms added for WinDev's syntax are tried after every statement, type and
/// literal, and chumsky's bookkeeping of expected patterns is what costs there.
pub(super) fn any_word<'a, E: WlExtra<'a>>(
    words: &'static [&'static str],
) -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    any().filter(move |t: &Token| matches!(t, Token::Ident(s) if words.iter().any(|w| is_word(s, w)))).ignored()
}

/// The token `t`, recording no expected pattern when absent (see `any_word`).
pub(super) fn quiet<'a, E: WlExtra<'a>>(t: Token) -> impl Parser<'a, TokenInput<'a>, Token, E> + Clone {
    any().filter(move |x: &Token| *x == t)
}

pub(super) fn ident<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Ident, E> + Clone {
    select! { Token::Ident(name) = e => Ident { name, span: span_of(e.span()) } }.labelled("a name")
}

/// A member name after `.` or `..`: keywords are allowed there (`x.End` is a field).
pub(super) fn member_name<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Ident, E> + Clone {
    select! {
        Token::Ident(name) = e => Ident { name, span: span_of(e.span()) },
        Token::Kw(k) = e => Ident { name: Rc::from(k.as_str()), span: span_of(e.span()) },
    }
    .labelled("a member name")
}

pub(super) fn newline<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    just(Token::Newline).ignored().labelled("end of line")
}

/// One or more line ends: what separates statements.
pub(super) fn separator<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    newline().repeated().at_least(1)
}

/// Tokens that end a block: the statement parser never starts at one of them. PROCEDURE
/// INTERNE opens a nested procedure, and `<ELSE>` / `<END>` close a branch of conditional
/// compilation.
pub(super) fn terminator<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    // Tried before every statement: one test of the token first, so that a statement that
    // starts otherwise (nearly all) costs one failed match, not seven.
    any()
        .filter(|t: &Token| {
            matches!(t, Token::Kw(Kw::End | Kw::Else | Kw::Case | Kw::Other | Kw::Do | Kw::Procedure) | Token::Lt)
        })
        .rewind()
        .ignore_then(choice((
            kw(Kw::End).ignored(),
            kw(Kw::Else).ignored(),
            kw(Kw::Case).ignored(),
            kw(Kw::Other).ignored(),
            kw(Kw::Do).ignored(),
            kw(Kw::Procedure).then(word("interne").or(word("internal")).not()).ignored(),
            just(Token::Lt).then(word("compile").or_not()).then(kw(Kw::Else).or(kw(Kw::End))).ignored(),
        )))
}

/// After a statement: a line break, or (not consumed) the token that closes the enclosing
/// block, or the end of the input.
pub(super) fn statement_end<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    choice((separator(), terminator().rewind(), end()))
}

/// The next token can begin an operand (not consumed).
pub(super) fn starts_operand<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    any()
        .filter(|t: &Token| {
            matches!(
                t,
                Token::Ident(_)
                    | Token::Int(_)
                    | Token::Real(_)
                    | Token::Str(_)
                    | Token::LParen
                    | Token::LBrace
                    | Token::Kw(Kw::True | Kw::False | Kw::Null | Kw::Not)
            )
        })
        .ignored()
        .rewind()
}
