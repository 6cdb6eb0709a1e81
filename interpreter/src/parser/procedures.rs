//! PROCEDURE headers and bodies, with their CASE ERROR / CASE EXCEPTION sections.

use super::expressions::Boxed;
use super::tokens::{ident, kw, separator, span_of, statement_end, word};
use super::{Extra, TokenInput};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

pub(super) fn procedure<'a>(
    expr: Boxed<'a, Expr>,
    ty: Boxed<'a, TypeExpr>,
    block: Boxed<'a, Vec<Stmt>>,
) -> impl Parser<'a, TokenInput<'a>, Procedure, Extra<'a>> + Clone {
    let param = kw(Kw::Local)
        .or_not()
        .then(ident())
        .then(kw(Kw::Is).ignore_then(ty.clone()).or_not())
        .then(just(Token::Eq).ignore_then(expr).or_not())
        .map(|(((local, name), ty), default)| Param { name, local: local.is_some(), ty, default });
    let params = param
        .separated_by(just(Token::Comma))
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .or_not()
        .map(Option::unwrap_or_default);
    let handler = |which: Boxed<'a, ()>| {
        kw(Kw::Case).ignore_then(which).ignore_then(just(Token::Colon).or_not()).ignore_then(block.clone())
    };
    kw(Kw::Procedure)
        .ignore_then(ident())
        .then(params)
        .then(just(Token::Colon).ignore_then(ty).or_not())
        .then_ignore(separator().or(end()))
        .then(block.clone())
        .then(handler(word("error").or(word("erreur")).boxed()).or_not())
        .then(handler(kw(Kw::Exception).ignored().boxed()).or_not())
        .then_ignore(kw(Kw::End).or_not())
        .then_ignore(statement_end())
        .map_with(|(((((name, params), returns), body), on_error), on_exception), e| Procedure {
            name,
            params,
            returns,
            body,
            on_error,
            on_exception,
            span: span_of(e.span()),
        })
}
