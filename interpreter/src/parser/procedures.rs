//! PROCEDURE headers and bodies, with their CASE ERROR / CASE EXCEPTION sections.
//!
//! `header = [INTERNAL] (PROCEDURE | FUNCTION) {modifier} NAME [:: NAME] [(params)]
//! [: type | : (type, …)] {<attribute>}`. Once PROCEDURE is read the header is committed:
//! an error in it is reported where it is and the rest of its line is skipped, so the body
//! is still read as the procedure's.

use super::expressions::Boxed;
use super::tokens::{any_word, ident, kw, separator, span_of, statement_end, word};
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;
use std::rc::Rc;

/// What follows PROCEDURE up to the end of its line.
#[derive(Clone)]
struct Header {
    modifiers: Vec<Ident>,
    name: Ident,
    params: Vec<Param>,
    variadic: bool,
    returns: Option<TypeExpr>,
    attributes: Vec<Ident>,
}

/// PRIVATE, PUBLIC, PROTECTED, GLOBAL, VIRTUAL, ABSTRACT, INTERNAL, PROPERTY and their French names.
const MODIFIERS: &[&str] = &[
    "private",
    "privé",
    "privée",
    "prive",
    "privee",
    "public",
    "publique",
    "protected",
    "protégé",
    "protégée",
    "protege",
    "protegee",
    "global",
    "globale",
    "virtual",
    "virtuel",
    "virtuelle",
    "abstract",
    "abstrait",
    "abstraite",
    "internal",
    "interne",
    "static",
    "statique",
    "property",
    "propriété",
    "propriete",
];

/// A modifier word, read only when the procedure's name follows it (`PROCEDURE Global()` is a
/// procedure named Global).
fn modifier<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Ident, E> + Clone {
    ident()
        .filter(|id: &Ident| {
            let lower = id.name.to_lowercase();
            MODIFIERS.contains(&lower.as_str())
        })
        .then_ignore(any().filter(|t: &Token| matches!(t, Token::Ident(_))).rewind())
}

/// `<useful>`, `<overload>`, `<mapping=Name>`…: an extension attribute, by its first word.
pub(super) fn attribute<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, Ident, E> + Clone {
    just(Token::Lt)
        .ignore_then(ident())
        .then_ignore(any().filter(|t: &Token| !matches!(t, Token::Gt | Token::Newline)).repeated())
        .then_ignore(just(Token::Gt))
}

/// INTERNAL PROCEDURE or PROCÉDURE INTERNE: the start of a procedure nested in a body.
pub(super) fn internal_start<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    let internal = || any_word(&["internal", "interne"]);
    choice((internal().then(kw(Kw::Procedure)).ignored(), kw(Kw::Procedure).then(internal()).ignored()))
}

/// A procedure at the top level, with the line end after it.
pub(super) fn procedure<'a, E: WlExtra<'a>>(
    expr: Boxed<'a, Expr, E>,
    ty: Boxed<'a, TypeExpr, E>,
    block: Boxed<'a, Vec<Stmt>, E>,
) -> impl Parser<'a, TokenInput<'a>, Procedure, E> + Clone {
    procedure_without_end(expr, ty, block).then_ignore(statement_end())
}

/// A procedure up to its END (included, when present); an internal procedure is then a
/// statement of its container, which reads the line end.
pub(super) fn procedure_without_end<'a, E: WlExtra<'a>>(
    expr: Boxed<'a, Expr, E>,
    ty: Boxed<'a, TypeExpr, E>,
    block: Boxed<'a, Vec<Stmt>, E>,
) -> impl Parser<'a, TokenInput<'a>, Procedure, E> + Clone {
    let param = kw(Kw::Local)
        .or_not()
        .then(ident())
        .then(kw(Kw::Is).ignore_then(ty.clone()).or_not())
        .then_ignore(attribute().repeated())
        .then(just(Token::Eq).ignore_then(expr).or_not())
        .then_ignore(attribute().repeated())
        .map(|(((local, name), ty), default)| Param { name, local: local.is_some(), ty, default });
    // `(*)`: any number of arguments, read through MyParameters.
    let params = choice((
        just(Token::Star).to((Vec::new(), true)),
        param
            .separated_by(just(Token::Comma))
            .collect::<Vec<_>>()
            .then(just(Token::Comma).ignore_then(just(Token::Star)).or_not())
            .map(|(params, star)| (params, star.is_some())),
    ))
    .delimited_by(just(Token::LParen), just(Token::RParen))
    .or_not()
    .map(Option::unwrap_or_default);
    let tuple = ty
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|types, e| TypeExpr::Tuple { types, span: span_of(e.span()) });
    let returns = just(Token::Colon).ignore_then(choice((tuple, ty))).or_not();
    // `C::M`: a method of a class (classes are reported by later stages).
    let name = ident().then(just(Token::Colon).then(just(Token::Colon)).ignore_then(ident()).or_not()).map(
        |(first, second)| match second {
            Some(method) => Ident {
                name: Rc::from(format!("{}::{}", first.name, method.name)),
                span: first.span.start..method.span.end,
            },
            None => first,
        },
    );
    let header = modifier()
        .repeated()
        .collect::<Vec<_>>()
        .then(name)
        .then(params)
        // PC SOFT's "Déclaration d'une procédure" page: `(<parameters>) [<attributes>] [: <type>]`;
        // wl also reads the attributes after the type.
        .then(attribute().repeated().collect::<Vec<_>>())
        .then(returns)
        .then(attribute().repeated().collect::<Vec<_>>())
        .then_ignore(separator().or(end()))
        .map(|(((((modifiers, name), (params, variadic)), mut attributes), returns), after)| {
            attributes.extend(after);
            (modifiers, name, params, variadic, returns, attributes)
        })
        .map(|(modifiers, name, params, variadic, returns, attributes)| Header {
            modifiers,
            name,
            params,
            variadic,
            returns,
            attributes,
        })
        .recover_with(via_parser(
            any().filter(|t: &Token| *t != Token::Newline).repeated().then_ignore(separator().or(end())).map_with(
                |_, e| {
                    let span = span_of(e.span());
                    Header {
                        modifiers: Vec::new(),
                        name: Ident { name: Rc::from(format!("<header at {}>", span.start)), span },
                        params: Vec::new(),
                        variadic: false,
                        returns: None,
                        attributes: Vec::new(),
                    }
                },
            ),
        ));
    let handler = |which: Boxed<'a, (), E>| {
        kw(Kw::Case).ignore_then(which).ignore_then(just(Token::Colon).or_not()).ignore_then(block.clone())
    };
    let internal = word("internal").or(word("interne")).or_not().map(|w| w.is_some());
    internal
        .then_ignore(kw(Kw::Procedure))
        .then(header)
        .then(block.clone())
        .then(handler(word("error").or(word("erreur")).boxed()).or_not())
        .then(handler(kw(Kw::Exception).ignored().boxed()).or_not())
        .then_ignore(kw(Kw::End).or_not())
        .map_with(|((((internal, header), body), on_error), on_exception), e| {
            let internal = internal
                || header.modifiers.iter().any(|m| matches!(m.name.to_lowercase().as_str(), "internal" | "interne"));
            Procedure {
                name: header.name,
                params: header.params,
                variadic: header.variadic,
                returns: header.returns,
                modifiers: header.modifiers,
                attributes: header.attributes,
                internal,
                body,
                on_error,
                on_exception,
                span: span_of(e.span()),
            }
        })
}
