//! Declarations: variables (`n is int`), LET, CONSTANT, STRUCTURE.

use super::statements::Parts;
use super::tokens::{closing_kw, ident, kw, separator};
use super::{Extra, TokenInput};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

fn names<'a>() -> impl Parser<'a, TokenInput<'a>, Vec<Ident>, Extra<'a>> + Clone {
    ident().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>()
}

pub(super) fn declaration<'a>(p: &Parts<'a>) -> impl Parser<'a, TokenInput<'a>, StmtKind, Extra<'a>> + Clone {
    names()
        .then_ignore(kw(Kw::Is))
        .then(p.ty.clone())
        .then(just(Token::Eq).ignore_then(p.expr.clone()).or_not())
        .map(|((names, ty), init)| StmtKind::Declare { names, ty, init })
}

pub(super) fn let_statement<'a>(p: &Parts<'a>) -> impl Parser<'a, TokenInput<'a>, StmtKind, Extra<'a>> + Clone {
    kw(Kw::Let)
        .ignore_then(ident())
        .then_ignore(just(Token::Eq))
        .then(p.expr.clone())
        .map(|(name, init)| StmtKind::Let { name, init })
}

pub(super) fn constants<'a>(p: &Parts<'a>) -> impl Parser<'a, TokenInput<'a>, StmtKind, Extra<'a>> + Clone {
    let constant_line = ident().then_ignore(just(Token::Eq)).then(p.expr.clone());
    kw(Kw::Constant)
        .ignore_then(choice((
            separator()
                .ignore_then(constant_line.clone().then_ignore(separator()).repeated().collect::<Vec<_>>())
                .then_ignore(closing_kw(Kw::End, "END")),
            constant_line.map(|c| vec![c]),
        )))
        .map(StmtKind::Constants)
}

pub(super) fn structure<'a>(p: &Parts<'a>) -> impl Parser<'a, TokenInput<'a>, StmtKind, Extra<'a>> + Clone {
    let field = names()
        .then_ignore(kw(Kw::Is))
        .then(p.ty.clone())
        .then(just(Token::Eq).ignore_then(p.expr.clone()).or_not())
        .map(|((names, ty), default)| FieldDecl { names, ty, default });
    kw(Kw::Structure)
        .ignore_then(ident())
        .then_ignore(separator())
        .then(field.then_ignore(separator()).repeated().collect::<Vec<_>>())
        .then_ignore(closing_kw(Kw::End, "END"))
        .map(|(name, fields)| StmtKind::Structure { name, fields })
}
