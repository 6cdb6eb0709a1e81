//! Classes: `cCustomer is Class … END` (its members, its ancestor, its sections) and the
//! declaration of an object with its constructor's arguments, `o is cCustomer("Ann")`.

use super::statements::Parts;
use super::tokens::{closing_kw, ident, is_word, kw, separator, span_of, word};
use super::{Extra, TokenInput};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use crate::types::Type;
use chumsky::prelude::*;

/// What a class declares, once read: its ancestor, its members, and the forms wl does
/// not run yet (reported by the resolver where they are).
pub(super) type ClassBody = (Option<Ident>, Vec<FieldDecl>, Vec<(Ident, Access)>, Vec<(Missing, Span)>);

#[derive(Clone)]
enum Line {
    Base(Ident),
    /// The fields of a line, the section it opens (who may use its members), what is not
    /// run yet.
    Fields(Vec<FieldDecl>, Option<Access>, Option<(Missing, Span)>),
}

/// Words that open a section of a class: visibility and GLOBAL (and their French names).
const SECTION_WORDS: &[&str] = &[
    "public",
    "publique",
    "private",
    "privé",
    "privée",
    "prive",
    "privee",
    "protected",
    "protégé",
    "protégée",
    "protege",
    "protegee",
    "global",
    "globale",
];

/// The body of `… is Class`, after the word `Class`, up to and including its END.
pub(super) fn class_body<'a>(p: &Parts<'a>) -> impl Parser<'a, TokenInput<'a>, ClassBody, Extra<'a>> + Clone {
    let base = choice((
        word("inherits").ignore_then(word("from").or_not()),
        word("hérite").or(word("herite")).ignore_then(word("de").or_not()),
    ))
    .ignore_then(ident())
    .map(Line::Base);
    let field = ident()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .then_ignore(kw(Kw::Is))
        .then(p.ty.clone())
        .then(just(Token::Eq).ignore_then(p.expr.clone()).or_not())
        .map(|((names, ty), default)| FieldDecl { names, ty, default });
    let section_word =
        any().filter(|t: &Token| matches!(t, Token::Ident(s) if SECTION_WORDS.iter().any(|w| is_word(s, w))));
    let section = section_word
        .map_with(|t, e| (t, span_of(e.span())))
        .repeated()
        .at_least(1)
        .collect::<Vec<_>>()
        .then(kw(Kw::Constant).map_with(|_, e| span_of(e.span())).or_not())
        .map(|(words, constant)| {
            // `PRIVATE` wins over `PROTECTED`, and both over `PUBLIC`, whatever the order.
            let access_of = |t: &Token| match t {
                Token::Ident(s) if ["private", "privé", "privée", "prive", "privee"].iter().any(|w| is_word(s, w)) => {
                    Access::Private
                }
                Token::Ident(s)
                    if ["protected", "protégé", "protégée", "protege", "protegee"].iter().any(|w| is_word(s, w)) =>
                {
                    Access::Protected
                }
                _ => Access::Public,
            };
            let restricted = words.iter().map(|(t, _)| access_of(t)).fold(Access::Public, |a, b| match (a, b) {
                (Access::Private, _) | (_, Access::Private) => Access::Private,
                (Access::Protected, _) | (_, Access::Protected) => Access::Protected,
                _ => Access::Public,
            });
            // GLOBAL members and class constants would run differently: they are reported.
            if let Some(span) = constant {
                return (restricted, Some((Missing::NotYet("a constant of a class"), span)));
            }
            let missing = words.into_iter().find_map(|(t, span)| match t {
                Token::Ident(s) if is_word(&s, "global") || is_word(&s, "globale") => {
                    Some((Missing::NotYet("a GLOBAL member of a class"), span))
                }
                _ => None,
            });
            (restricted, missing)
        });
    let fields_line = choice((
        section
            .then(field.clone().or_not())
            .map(|((restricted, missing), f)| Line::Fields(f.into_iter().collect(), Some(restricted), missing)),
        field.map(|f| Line::Fields(vec![f], None, None)),
    ));
    choice((base, fields_line))
        .then_ignore(separator())
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(closing_kw(Kw::End, "END"))
        .map(|lines| {
            let mut body: ClassBody = (None, Vec::new(), Vec::new(), Vec::new());
            let mut access = Access::Public;
            for line in lines {
                match line {
                    Line::Base(b) => body.0 = Some(b),
                    Line::Fields(fields, section, missing) => {
                        access = section.unwrap_or(access);
                        if access != Access::Public {
                            body.2.extend(fields.iter().flat_map(|f| f.names.iter().map(|n| (n.clone(), access))));
                        }
                        body.1.extend(fields);
                        body.3.extend(missing);
                    }
                }
            }
            body
        })
}

/// `cCustomer("Ann")` after `o is`: a class name (never a built-in type, so that
/// `numeric (10,2)` stays a type) and the constructor's arguments.
pub(super) fn object_with_args<'a>(
    p: &Parts<'a>,
) -> impl Parser<'a, TokenInput<'a>, (Ident, Vec<Option<Expr>>), Extra<'a>> + Clone {
    choice((word("object"), word("objet")))
        .or_not()
        .ignore_then(ident())
        .filter(|id: &Ident| Type::builtin(&id.name).is_none())
        .then(
            p.expr
                .clone()
                .or_not()
                .separated_by(just(Token::Comma))
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .map(|(class, args)| if args.len() == 1 && args[0].is_none() { (class, Vec::new()) } else { (class, args) })
}

/// `new cCustomer("Ann")`, `allouer un cClient("Ann")`, `nouveau cClient`: a new object,
/// its constructor run with the arguments (none when the parentheses are left out).
pub(super) fn new_object<'a>(
    expr: impl Parser<'a, TokenInput<'a>, Expr, Extra<'a>> + Clone + 'a,
) -> impl Parser<'a, TokenInput<'a>, Expr, Extra<'a>> + Clone {
    let args = expr
        .clone()
        .or_not()
        .separated_by(just(Token::Comma))
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map(|args| if args.len() == 1 && args[0].is_none() { Vec::new() } else { args });
    // `new dynamic array of 5 int`, `allouer un tableau dynamique de nNb chaînes`: the count
    // is an expression, so this is not the declarations' type.
    let of = kw(Kw::Of).ignored().or(word("de"));
    let dynamic = word("dynamic").or(word("dynamique"));
    let array_words = choice((
        dynamic.clone().then(word("array")).ignored(),
        word("array").then(dynamic.clone().or_not()).ignored(),
        word("tableau").then(dynamic.or_not()).ignored(),
    ));
    let counted = expr
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .then(super::types::type_parser().map(Some));
    let tail = of.ignore_then(choice((counted, super::types::type_parser().map(|t| (Vec::new(), Some(t))))));
    let array = array_words.ignore_then(tail.or_not()).map_with(|tail, e| {
        let (dims, elem) = tail.unwrap_or_default();
        Expr::new(ExprKind::NewArray { dims, elem: elem.map(Box::new) }, span_of(e.span()))
    });
    let object = ident().then(args.or_not()).map_with(|(class, args), e| {
        Expr::new(ExprKind::New { class, args: args.unwrap_or_default() }, span_of(e.span()))
    });
    choice((word("new"), word("allouer"), word("nouveau")))
        .then_ignore(choice((word("a"), word("an"), word("un"), word("une"))).or_not())
        .ignore_then(choice((array, object)))
        .map_with(|inner, e| Expr { span: span_of(e.span()), ..inner })
}

/// The statements of classes: `delete p` (`libérer p`), and `Constructor cBase(x)`
/// (`Constructeur cBase(x)`), a derived class's constructor calling its base class's one,
/// read as a call of `cBase::Constructor`.
pub(super) fn class_statement<'a>(p: &Parts<'a>) -> impl Parser<'a, TokenInput<'a>, StmtKind, Extra<'a>> + Clone {
    // `Delete(arr, 2)` is the array function: the statement has a name right after the word.
    let delete = choice((word("delete"), word("libérer"), word("liberer")))
        .then(any().filter(|t: &Token| matches!(t, Token::Ident(_))).rewind())
        .ignore_then(p.postfix.clone())
        .map(StmtKind::Delete);
    let args = p
        .expr
        .clone()
        .or_not()
        .separated_by(just(Token::Comma))
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map(|args| if args.len() == 1 && args[0].is_none() { Vec::new() } else { args });
    let base_constructor = choice((word("constructor"), word("constructeur")))
        .map_with(|_, e| span_of(e.span()))
        .then(ident())
        .then(args.or_not())
        .map(|((kw_span, class), args)| {
            let span = kw_span.start..class.span.end;
            let name = Ident { name: format!("{}::Constructor", class.name).into(), span: span.clone() };
            let callee = Expr::new(ExprKind::Name(name), span.clone());
            StmtKind::Expr(Expr::new(ExprKind::Call { callee: Box::new(callee), args: args.unwrap_or_default() }, span))
        });
    choice((delete, base_constructor))
}
