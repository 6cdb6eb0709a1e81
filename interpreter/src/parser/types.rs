//! Type names after IS / EST in declarations, parameters and return types.

use super::tokens::{ident, kw, span_of, word};
use super::{Extra, TokenInput};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

pub(super) fn type_parser<'a>() -> impl Parser<'a, TokenInput<'a>, TypeExpr, Extra<'a>> + Clone {
    recursive(|ty| {
        let of = kw(Kw::Of).ignored().or(word("de"));
        let dims = select! { Token::Int(n) => n }
            .separated_by(word("by").or(word("par")).or(just(Token::Comma).ignored()))
            .at_least(1)
            .collect::<Vec<_>>();
        let assoc = word("associative")
            .then(word("array"))
            .or(word("tableau").then(word("associatif")))
            .ignore_then(of.clone().or_not())
            .ignore_then(ty.clone())
            .map_with(|elem, e| TypeExpr::Assoc { elem: Box::new(elem), span: span_of(e.span()) });
        let array = word("array")
            .or(word("tableau"))
            .ignore_then(of.clone().or_not())
            .ignore_then(dims.then_ignore(of.or_not()).or_not())
            .then(ty)
            .map_with(|(dims, elem), e| TypeExpr::Array {
                dims: dims.unwrap_or_default(),
                elem: Box::new(elem),
                span: span_of(e.span()),
            });
        choice((assoc, array, ident().map(TypeExpr::Named))).labelled("a type")
    })
}
