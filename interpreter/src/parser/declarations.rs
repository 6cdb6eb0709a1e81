//! Declarations: variables (`n is int`), LET, CONSTANT, STRUCTURE.

use super::statements::Parts;
use super::tokens::{any_word, closing_kw, ident, kw, quiet, separator};
use super::types::article;
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

fn names<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Vec<Ident>, E> + Clone {
    ident().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>()
}

/// `n is int [= value]`, and the definitions written the same way: `X is Structure … END`,
/// `C is Class … END`, `E is Enumeration … END` (and their French names).
pub(super) fn declaration<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    // The words that start a definition record no expected pattern when absent: they are
    // tried at every declaration, and chumsky's bookkeeping of expected patterns is what costs
    // there (`wl check` time, bench/check_large.py); a declaration that is none of them still
    // reports what type it expected.
    let structure = quiet(Token::Kw(Kw::Structure))
        .ignore_then(separator())
        .ignore_then(fields(p))
        .then_ignore(closing_kw(Kw::End, "END"))
        .map(Definition::Structure);
    let class = any_word(&["class", "classe"])
        .ignore_then(separator())
        .ignore_then(super::classes::class_body(p))
        .map(Definition::Class);
    let object = super::classes::object_with_args(p).map(|(class, args)| Definition::Object(class, args));
    let other = choice((
        any_word(&["enumeration", "énumération", "enumération"]).to(Missing::NotYet("an enumeration")),
        any_word(&["combination", "combinaison"]).to(Missing::NotYet("a combination")),
    ))
    // The body of a class or enumeration is read as statements, without checking them.
    .then_ignore(any().filter(|t: &Token| *t != Token::Newline).repeated())
    .then_ignore(separator())
    .then(p.block.clone())
    .then_ignore(closing_kw(Kw::End, "END"))
    .map(|(missing, body)| Definition::Other(missing, body));
    let interface = any_word(&["interface"])
        .ignore_then(super::classes::interface_body())
        .map(|(members, wrong)| Definition::Interface(members, wrong));
    let variable = p.ty.clone().then(
        choice((
            just(Token::Eq).ignore_then(p.expr.clone()).map(Init::Value),
            // `C is Control <- {s, indControl}`.
            just(Token::LeftArrow).ignore_then(p.expr.clone()).map(Init::Reference),
        ))
        .or_not(),
    );
    let variable = variable.map(|(ty, init)| match init {
        Some(Init::Reference(value)) => Definition::VariableRef(ty, value),
        Some(Init::Value(value)) => Definition::Variable(ty, Some(value)),
        None => Definition::Variable(ty, None),
    });
    names()
        .then_ignore(kw(Kw::Is))
        .then(article().or_not().ignore_then(choice((structure, class, interface, other, object))).or(variable))
        .map(|(names, definition)| match definition {
            Definition::Variable(ty, init) => StmtKind::Declare { names, ty, init },
            Definition::VariableRef(ty, value) => StmtKind::DeclareRef { names, ty, value },
            Definition::Structure(fields) => {
                StmtKind::Structure { name: names.into_iter().next().expect("at least one name"), fields }
            }
            Definition::Class(body) => {
                StmtKind::Class { name: names.into_iter().next().expect("at least one name"), body }
            }
            Definition::Object(class, args) => StmtKind::DeclareObject { names, class, args },
            Definition::Interface(members, not_prototypes) => StmtKind::Interface {
                name: names.into_iter().next().expect("at least one name"),
                members,
                not_prototypes,
            },
            Definition::Other(missing, body) => {
                StmtKind::Unsupported { missing, parts: vec![], body, check_body: false }
            }
        })
}

#[derive(Clone)]
enum Init {
    Value(Expr),
    Reference(Expr),
}

#[derive(Clone)]
enum Definition {
    Variable(TypeExpr, Option<Expr>),
    VariableRef(TypeExpr, Expr),
    Structure(Vec<FieldDecl>),
    Class(ClassBody),
    Object(Ident, Vec<Option<Expr>>),
    Interface(Vec<InterfaceMember>, Vec<Span>),
    Other(Missing, Vec<Stmt>),
}

/// The fields of a STRUCTURE, one declaration a line.
fn fields<'a, E: WlExtra<'a>>(p: &Parts<'a, E>) -> impl Parser<'a, TokenInput<'a>, Vec<FieldDecl>, E> + Clone {
    names()
        .then_ignore(kw(Kw::Is))
        .then(p.ty.clone())
        .then(just(Token::Eq).ignore_then(p.expr.clone()).or_not())
        .map(|((names, ty), default)| FieldDecl { names, ty, default })
        .then_ignore(separator())
        .repeated()
        .collect::<Vec<_>>()
}

pub(super) fn let_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    kw(Kw::Let)
        .ignore_then(ident())
        .then_ignore(just(Token::Eq))
        .then(p.expr.clone())
        .map(|(name, init)| StmtKind::Let { name, init })
}

pub(super) fn constants<'a, E: WlExtra<'a>>(p: &Parts<'a, E>) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
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

pub(super) fn structure<'a, E: WlExtra<'a>>(p: &Parts<'a, E>) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    kw(Kw::Structure)
        .ignore_then(ident())
        .then_ignore(separator())
        .then(fields(p))
        .then_ignore(closing_kw(Kw::End, "END"))
        .map(|(name, fields)| StmtKind::Structure { name, fields })
}
