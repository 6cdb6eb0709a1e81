//! Classes: `cCustomer is Class … END` (its members, its ancestor, its sections) and the
//! declaration of an object with its constructor's arguments, `o is cCustomer("Ann")`.

use super::statements::Parts;
use super::tokens::{any_word, closing_kw, ident, is_word, kw, separator, span_of, word};
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use crate::types::Type;
use chumsky::prelude::*;

#[derive(Clone)]
enum Line {
    /// `inherits from A` (more names, or a second line, is multiple inheritance).
    Base(Vec<Ident>),
    /// The fields of a line, the section it opens (who may use its members, and whether
    /// they are GLOBAL), what is not run yet.
    Fields(Vec<FieldDecl>, Option<(Access, bool)>, Option<(Missing, Span)>),
    /// `CONSTANT … END` (or one `CONSTANT NAME = value`), after an optional section.
    Constants(Vec<(Ident, Expr)>, Option<(Access, bool)>),
}

const MULTIPLE_INHERITANCE: &str = "multiple inheritance (a class that inherits from several classes)";

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

/// The visibility a list of section words gives, and whether it makes members GLOBAL.
fn section_of(words: &[Token]) -> (Access, bool) {
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
    // `PRIVATE` wins over `PROTECTED`, and both over `PUBLIC`, whatever the order.
    let access = words.iter().map(access_of).fold(Access::Public, |a, b| match (a, b) {
        (Access::Private, _) | (_, Access::Private) => Access::Private,
        (Access::Protected, _) | (_, Access::Protected) => Access::Protected,
        _ => Access::Public,
    });
    let global = words.iter().any(|t| matches!(t, Token::Ident(s) if is_word(s, "global") || is_word(s, "globale")));
    (access, global)
}

/// The body of `… is Class`, after the word `Class`, up to and including its END.
pub(super) fn class_body<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, ClassBody, E> + Clone {
    let base = choice((
        word("inherits").ignore_then(word("from").or_not()),
        word("hérite").or(word("herite")).ignore_then(word("de").or_not()),
    ))
    .ignore_then(ident().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>())
    .map(Line::Base);
    // `implements IShape` (French `implémente`): interfaces are not run yet.
    let implements = choice((word("implements"), word("implémente"), word("implemente")))
        .map_with(|_, e| span_of(e.span()))
        .then_ignore(ident())
        .map(|span| Line::Fields(Vec::new(), None, Some((Missing::NotYet("an interface (`implements`)"), span))));
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
    let section_words = section_word.repeated().at_least(1).collect::<Vec<_>>();
    // `CONSTANT` + a line break + `NAME = value` lines + END, or `CONSTANT NAME = value`.
    let constant_line = ident().then_ignore(just(Token::Eq)).then(p.expr.clone());
    let constants = section_words
        .or_not()
        .then_ignore(kw(Kw::Constant))
        .then(choice((
            // At least one constant: `PUBLIC CONSTANT` + members is another form (below).
            separator()
                .ignore_then(constant_line.clone().then_ignore(separator()).repeated().at_least(1).collect::<Vec<_>>())
                .then_ignore(closing_kw(Kw::End, "END")),
            constant_line.map(|c| vec![c]),
        )))
        .map(|(words, list)| Line::Constants(list, words.map(|w| section_of(&w))));
    let section =
        section_words.then(kw(Kw::Constant).map_with(|_, e| span_of(e.span())).or_not()).map(|(words, constant)| {
            // A member that can be read but not written outside the class would run
            // differently: it is reported.
            let missing =
                constant.map(|span| (Missing::NotYet("a CONSTANT member of a class (`PUBLIC CONSTANT`)"), span));
            (section_of(&words), missing)
        });
    let fields_line = choice((
        section
            .then(field.clone().or_not())
            .map(|((section, missing), f)| Line::Fields(f.into_iter().collect(), Some(section), missing)),
        field.map(|f| Line::Fields(vec![f], None, None)),
    ));
    choice((base, implements, constants, fields_line))
        .then_ignore(separator())
        .repeated()
        .collect::<Vec<_>>()
        .then_ignore(closing_kw(Kw::End, "END"))
        .map(|lines| {
            let mut body = ClassBody::default();
            let (mut access, mut global) = (Access::Public, false);
            for line in lines {
                match line {
                    Line::Base(names) => {
                        // Only one ancestor: PC SOFT's pages on multiple inheritance were not
                        // found (docs/classes.md), so a second one is reported, not guessed.
                        for b in names {
                            if body.base.is_some() {
                                body.not_yet.push((Missing::NotYet(MULTIPLE_INHERITANCE), b.span.clone()));
                            } else {
                                body.base = Some(b);
                            }
                        }
                    }
                    Line::Fields(fields, section, missing) => {
                        (access, global) = section.unwrap_or((access, global));
                        if access != Access::Public {
                            body.restricted
                                .extend(fields.iter().flat_map(|f| f.names.iter().map(|n| (n.clone(), access))));
                        }
                        if global {
                            body.globals.extend(fields);
                        } else {
                            body.fields.extend(fields);
                        }
                        body.not_yet.extend(missing);
                    }
                    Line::Constants(list, section) => {
                        // The section written before CONSTANT applies to these constants only.
                        let own = section.map(|(a, _)| a).unwrap_or(access);
                        if own != Access::Public {
                            body.restricted.extend(list.iter().map(|(n, _)| (n.clone(), own)));
                        }
                        body.constants.extend(list);
                    }
                }
            }
            body
        })
}

/// The body of `… is Interface`, after the word `Interface`, up to and including its END:
/// the prototypes (`Procedure Name(…) [: type]`, `Property Name [: type] [<get>…]`, French
/// `Procédure`, `Propriété`), and the span of each other line (PC SOFT: an interface has no
/// member, no code, no public/protected/private), reported by the resolver.
pub(super) fn interface_body<'a, E: WlExtra<'a>>(
) -> impl Parser<'a, TokenInput<'a>, (Vec<InterfaceMember>, Vec<Span>), E> + Clone {
    // A function, not a value cloned: the parsers stay free of any `Copy` bound.
    let rest_of_line = || any().filter(|t: &Token| *t != Token::Newline).repeated();
    let procedure = kw(Kw::Procedure).ignore_then(ident()).map(|name| Ok(InterfaceMember { name, property: false }));
    let property = any_word(&["property", "propriété", "propriete"])
        .ignore_then(ident())
        .map(|name| Ok(InterfaceMember { name, property: true }));
    let other = any()
        .filter(|t: &Token| !matches!(t, Token::Newline | Token::Kw(Kw::End)))
        .then(rest_of_line())
        .map_with(|_, e| Err(span_of(e.span())));
    let line = choice((procedure.then_ignore(rest_of_line()), property.then_ignore(rest_of_line()), other));
    separator()
        .ignore_then(line.then_ignore(separator()).repeated().collect::<Vec<_>>())
        .then_ignore(closing_kw(Kw::End, "END"))
        .map(|lines| {
            let (mut members, mut not_prototypes) = (Vec::new(), Vec::new());
            for line in lines {
                match line {
                    Ok(m) => members.push(m),
                    Err(span) => not_prototypes.push(span),
                }
            }
            (members, not_prototypes)
        })
}

/// `cCustomer("Ann")` after `o is`: a class name (never a built-in type, so that
/// `numeric (10,2)` stays a type) and the constructor's arguments.
pub(super) fn object_with_args<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, (Ident, Vec<Option<Expr>>), E> + Clone {
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
pub(super) fn new_object<'a, E: WlExtra<'a>>(
    expr: impl Parser<'a, TokenInput<'a>, Expr, E> + Clone + 'a,
) -> impl Parser<'a, TokenInput<'a>, Expr, E> + Clone {
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
pub(super) fn class_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    // `Delete(arr, 2)` is the array function: the statement has a name right after the word.
    // Both are tried at every statement that starts with a name: their words record no
    // expected pattern when absent (see `tokens::any_word`).
    let delete = any_word(&["delete", "libérer", "liberer"])
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
    let base_constructor = any_word(&["constructor", "constructeur"])
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
