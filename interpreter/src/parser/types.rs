//! Type names after IS / EST in declarations, parameters and return types: an optional
//! article (`is an int`, `est une chaîne`, `sont des entiers`), arrays and associative arrays
//! with their options, and the qualified built-in types (`4-byte int`, `unsigned int`,
//! `entier sur 8 octets`, `chaîne fixe sur 20`, `string ANSI`, `numeric (10,2)`…).
//!
//! A qualified type becomes a `TypeExpr::Named` whose name is PC SOFT's English spelling
//! (`8-byte int`, `unsigned 4-byte int`, `ANSI string`, `fixed string on 20`…) whatever language
//! it was written in, so later stages match one name per type (see `docs/syntax.md`).

use super::tokens::{any_word, ident, kw, quiet, span_of, word};
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;
use std::rc::Rc;

/// A word written before or after a type's name that changes the type.
#[derive(Clone, Debug, PartialEq)]
enum Qualifier {
    /// `4-byte` (before), `sur 4 octets` / `on 4` (after).
    Size(i64),
    Unsigned,
    System,
    Fixed,
    /// `ASCIIZ string on N`: ended by a binary zero (API structures).
    Asciiz,
    /// `Pascal string on N`: its length in its first byte (API structures).
    Pascal,
    Ansi,
    Unicode,
    /// `dynamic C`, `C dynamique`: an object allocated later (classes).
    Dynamic,
    /// `numeric (10, 2)`: digits and decimals.
    Precision(Vec<i64>),
    /// Any other word that belongs to the name (`Data Source`, `Source de données`,
    /// `object Automation "Excel.Application"`).
    Word(String),
}

pub(super) fn type_parser<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, TypeExpr, E> + Clone {
    recursive(|ty| {
        let of = kw(Kw::Of).ignored().or(word("de"));
        let size = select! { Token::Int(n) => n };
        // `of 3 by 4`, `de 3 par 4`, `of 3, 4`, or (version 17) `[3, 4]`.
        let dims = size
            .separated_by(word("by").or(word("par")).or(just(Token::Comma).ignored()))
            .at_least(1)
            .collect::<Vec<_>>();
        let bracket_dims = size
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LBracket), just(Token::RBracket));
        let dynamic = word("dynamic").or(word("dynamique"));
        let options = ident()
            .separated_by(just(Token::Comma))
            .at_least(1)
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen));
        // `associative array`, `tableau associatif`: after the first word the choice is made.
        let assoc_tail =
            options.or_not().then_ignore(of.clone().or_not()).then(ty.clone()).map_with(|(options, elem), e| {
                TypeExpr::Assoc { elem: Box::new(elem), options: options.unwrap_or_default(), span: span_of(e.span()) }
            });
        // `tableau <agrandissement=1> d'entiers`: an extension attribute, set aside.
        let attribute = just(Token::Lt)
            .then(any().filter(|t: &Token| !matches!(t, Token::Gt | Token::Newline)).repeated())
            .then(just(Token::Gt))
            .ignored();
        let array_tail = attribute
            .or_not()
            .ignore_then(dynamic.clone().or_not())
            .ignore_then(
                choice((
                    bracket_dims.then_ignore(of.clone().or_not()),
                    of.clone().or_not().ignore_then(dims).then_ignore(of.clone().or_not()),
                ))
                .or_not(),
            )
            .then_ignore(of.or_not())
            // `tableau dynamique` alone (old form): an array of variants.
            .then(ty.clone().or_not())
            .map_with(|(dims, elem), e| TypeExpr::Array {
                fixed: false,
                dims: dims.unwrap_or_default(),
                elem: Box::new(elem.unwrap_or_else(|| variant_at(span_of(e.span())))),
                span: span_of(e.span()),
            });
        // `arrays`, `tableaux`: the plural, as an element type (`tableau associatif de tableaux`).
        let english_array = word("array").or(word("arrays")).ignore_then(array_tail.clone());
        // `fixed array of 5 by 7 int`, `tableau fixe de 5 par 7 entiers`.
        let fixed_tail = array_tail.clone().map(|t| match t {
            TypeExpr::Array { dims, elem, span, .. } => TypeExpr::Array { dims, elem, span, fixed: true },
            other => other,
        });
        let fixed_array = word("fixed").ignore_then(word("array")).ignore_then(fixed_tail.clone());
        let associative = word("associative").ignore_then(word("array")).ignore_then(assoc_tail.clone());
        let french_array = word("tableau").or(word("tableaux")).ignore_then(choice((
            word("associatif").ignore_then(assoc_tail),
            word("fixe").ignore_then(fixed_tail),
            array_tail.clone(),
        )));
        // `dynamic array` (old English form).
        let dynamic_array = dynamic.then(word("array")).ignore_then(array_tail);
        // `stack of T`, `queue of T`, `list of T` (`pile de`, `file de`, `liste de`).
        let container = choice((
            word("stack").or(word("pile")).to("stack"),
            word("queue").or(word("file")).to("queue"),
            word("list").or(word("liste")).to("list"),
        ))
        .then_ignore(kw(Kw::Of).ignored().or(word("de")))
        .then(ty.clone())
        .map_with(|(kind, elem), e| {
            let elem = match &elem {
                TypeExpr::Named(id) => id.name.to_string(),
                _ => "…".to_string(),
            };
            named(&format!("{kind} of {elem}"), span_of(e.span()))
        });
        let procedure_kw = kw(Kw::Procedure).map_with(|_, e| named("procedure", span_of(e.span())));
        // The collection words are looked at once before trying their forms.
        let collections = any_word(&[
            "array",
            "fixed",
            "arrays",
            "associative",
            "tableau",
            "tableaux",
            "dynamic",
            "stack",
            "pile",
            "queue",
            "file",
            "list",
            "liste",
        ])
        .rewind()
        .ignore_then(choice((
            english_array,
            fixed_array,
            associative,
            french_array,
            dynamic_array,
            container,
        )));
        let body = choice((collections, qualified(), procedure_kw));
        article().or_not().ignore_then(body).labelled("a type")
    })
}

/// `a`, `an`, `un`, `une`, `des` before a type: read only when a type follows.
pub(super) fn article<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, (), E> + Clone {
    any_word(&["a", "an", "un", "une", "des"])
        .then(
            any()
                .filter(|t: &Token| {
                    matches!(t, Token::Ident(_) | Token::Int(_) | Token::Kw(Kw::Structure | Kw::Procedure))
                })
                .rewind(),
        )
        .ignored()
}

fn named(name: &str, span: Span) -> TypeExpr {
    TypeExpr::Named(Ident { name: Rc::from(name), span })
}

fn variant_at(span: Span) -> TypeExpr {
    named("variant", span)
}

/// A type's name with the words around it that qualify it.
fn qualified<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, TypeExpr, E> + Clone {
    let int = select! { Token::Int(n) => n };
    let before_words =
        any_word(&["unsigned", "system", "fixed", "dynamic", "object", "objet", "asciiz", "pascal"]).rewind();
    let before_word = choice((
        word("unsigned").to(Qualifier::Unsigned),
        word("system").to(Qualifier::System),
        word("fixed").to(Qualifier::Fixed),
        word("dynamic").to(Qualifier::Dynamic),
        word("object").or(word("objet")).to(Qualifier::Word("object".into())),
        // `ASCIIZ string on 20`, `Pascal string on 20` (strings of the Windows API): only
        // before `string`, so a class named `Pascal` stays a type's name.
        word("asciiz").then_ignore(word("string").rewind()).to(Qualifier::Asciiz),
        word("pascal").then_ignore(word("string").rewind()).to(Qualifier::Pascal),
    ));
    let before = choice((
        int.then_ignore(quiet(Token::Minus)).then_ignore(word("byte")).map(Qualifier::Size),
        before_words.ignore_then(before_word),
    ));
    let bytes = choice((word("octets"), word("octet"), word("bytes"), word("byte")));
    let after_words = any_word(&[
        "sans",
        "sur",
        "on",
        "système",
        "systeme",
        "fixe",
        "fixed",
        "ansi",
        "unicode",
        "dynamique",
        "dynamic",
        "source",
        "de",
        "automation",
        "description",
        "descriptions",
        "asciiz",
        "pascal",
    ])
    .rewind();
    let after_word = choice((
        word("sans").then(word("signe")).to(Qualifier::Unsigned),
        word("sur").or(word("on")).ignore_then(int).then_ignore(bytes.or_not()).map(Qualifier::Size),
        choice((word("système"), word("systeme"))).to(Qualifier::System),
        choice((word("fixe"), word("fixed"))).to(Qualifier::Fixed),
        word("ansi").to(Qualifier::Ansi),
        // `chaîne ASCIIZ sur 20`, `chaîne Pascal sur 20`.
        word("asciiz").to(Qualifier::Asciiz),
        word("pascal").to(Qualifier::Pascal),
        word("unicode").to(Qualifier::Unicode),
        word("dynamique").to(Qualifier::Dynamic),
        word("dynamic").to(Qualifier::Dynamic),
        word("source").to(Qualifier::Word("source".into())),
        word("de").ignore_then(word("données").or(word("donnees"))).to(Qualifier::Word("de données".into())),
        word("automation").to(Qualifier::Word("automation".into())),
        // HFSQL descriptions: `Item Description`, `Description de Rubrique` (and files, links).
        word("description").or(word("descriptions")).to(Qualifier::Word("description".into())),
        word("de").ignore_then(choice((
            word("rubrique").to(Qualifier::Word("de rubrique".into())),
            word("fichier").to(Qualifier::Word("de fichier".into())),
            word("liaison").to(Qualifier::Word("de liaison".into())),
        ))),
    ));
    let after = choice((
        after_words.ignore_then(after_word),
        quiet(Token::LParen)
            .ignore_then(int.separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>())
            .then_ignore(just(Token::RParen))
            .map(Qualifier::Precision),
        // `numeric (*)`: digits adapted to the value (reported by the resolver).
        quiet(Token::LParen)
            .ignore_then(just(Token::Star))
            .then_ignore(just(Token::RParen))
            .to(Qualifier::Word("(*)".into())),
        any().filter(|t: &Token| matches!(t, Token::Str(_))).map(|t| match t {
            Token::Str(s) => Qualifier::Word(format!("\"{s}\"")),
            _ => Qualifier::Word(String::new()),
        }),
    ));
    before.repeated().collect::<Vec<_>>().then(ident()).then(after.repeated().collect::<Vec<_>>()).map_with(
        |((mut quals, name), after), e| {
            quals.extend(after);
            if quals.is_empty() {
                return TypeExpr::Named(name);
            }
            let span = span_of(e.span());
            TypeExpr::Named(Ident { name: Rc::from(canonical(&name.name, &quals)), span })
        },
    )
}

/// PC SOFT's English name of a qualified type, e.g. `entier sans signe sur 4 octets` →
/// `unsigned 4-byte int`, `chaîne fixe sur 20` → `fixed string on 20`.
fn canonical(name: &str, quals: &[Qualifier]) -> String {
    let lower = name.to_lowercase();
    // `a, b sont des réels sur 4 octets`, `are 8-byte ints`: plural names, singular types.
    let lower = match lower.as_str() {
        "réels" | "reels" | "reals" => "real".to_string(),
        "entiers" | "ints" | "integers" => "int".to_string(),
        "chaînes" | "chaines" | "strings" => "string".to_string(),
        "numériques" | "numeriques" | "numerics" => "numeric".to_string(),
        _ => lower,
    };
    // `is object cCustomer`, `est un objet cClient dynamique`: the word `object` before a
    // class's name changes nothing (only `object Automation` is another type).
    let automation = lower == "automation" || quals.contains(&Qualifier::Word("automation".into()));
    let kept: Vec<Qualifier>;
    let quals = if automation {
        quals
    } else {
        kept = quals.iter().filter(|q| **q != Qualifier::Word("object".into())).cloned().collect();
        if kept.is_empty() {
            return name.to_string();
        }
        &kept[..]
    };
    let size = quals.iter().find_map(|q| if let Qualifier::Size(n) = q { Some(*n) } else { None });
    let has = |q: Qualifier| quals.contains(&q);
    let only_dynamic = quals.iter().all(|q| *q == Qualifier::Dynamic);
    if only_dynamic {
        // `dynamic C`: a reference to an object of class C, allocated later (reported by the
        // resolver until dynamic objects run).
        return format!("{name} dynamic");
    }
    match lower.as_str() {
        "int" | "entier" => {
            let mut out = String::new();
            if has(Qualifier::Unsigned) {
                out.push_str("unsigned ");
            }
            if has(Qualifier::System) {
                out.push_str("system ");
            } else if let Some(n) = size {
                out.push_str(&format!("{n}-byte "));
            }
            out + "int"
        }
        "real" | "réel" | "reel" => match size {
            Some(n) => format!("{n}-byte real"),
            None => "real".into(),
        },
        "string" | "chaîne" | "chaine" => {
            // `fixed string on N` (`chaîne fixe sur N`, padded with spaces) and `string on N`
            // (`chaîne sur N`, padded with binary zeros) are two types; the size is kept
            // whatever the character set (`string ANSI on 20`).
            let charset = if has(Qualifier::Ansi) {
                "ANSI "
            } else if has(Qualifier::Unicode) {
                "UNICODE "
            } else {
                ""
            };
            let fixed = if has(Qualifier::Fixed) {
                "fixed "
            } else if has(Qualifier::Asciiz) {
                "ASCIIZ "
            } else if has(Qualifier::Pascal) {
                "Pascal "
            } else {
                ""
            };
            match size {
                Some(n) => format!("{fixed}{charset}string on {n}"),
                None if charset.is_empty() && fixed.is_empty() => "fixed string".into(),
                None if charset.is_empty() => format!("{fixed}string"),
                None => format!("{charset}string"),
            }
        }
        "numeric" | "numérique" | "numerique" if has(Qualifier::Word("(*)".into())) => "numeric (*)".into(),
        "numeric" | "numérique" | "numerique" => match quals.iter().find_map(|q| match q {
            Qualifier::Precision(p) => Some(p),
            _ => None,
        }) {
            Some(p) => format!("numeric ({})", p.iter().map(i64::to_string).collect::<Vec<_>>().join(",")),
            None => "numeric".into(),
        },
        "data" if has(Qualifier::Word("source".into())) => "Data Source".into(),
        "source" if has(Qualifier::Word("de données".into())) => "Data Source".into(),
        "description" | "descriptions" if has(Qualifier::Word("de rubrique".into())) => "Item Description".into(),
        "description" | "descriptions" if has(Qualifier::Word("de fichier".into())) => "File Description".into(),
        "description" | "descriptions" if has(Qualifier::Word("de liaison".into())) => "Link Description".into(),
        _ if has(Qualifier::Word("description".into())) => format!("{name} Description"),
        _ if has(Qualifier::Word("object".into())) || has(Qualifier::Word("automation".into())) => {
            "Automation object".into()
        }
        _ => {
            // Any other combination keeps its words, so the message names what was written.
            let words: Vec<String> = quals.iter().map(describe).collect();
            format!("{name} {}", words.join(" "))
        }
    }
}

fn describe(q: &Qualifier) -> String {
    match q {
        Qualifier::Size(n) => format!("on {n}"),
        Qualifier::Unsigned => "unsigned".into(),
        Qualifier::System => "system".into(),
        Qualifier::Fixed => "fixed".into(),
        Qualifier::Asciiz => "ASCIIZ".into(),
        Qualifier::Pascal => "Pascal".into(),
        Qualifier::Ansi => "ANSI".into(),
        Qualifier::Unicode => "UNICODE".into(),
        Qualifier::Dynamic => "dynamic".into(),
        Qualifier::Precision(p) => format!("({})", p.iter().map(i64::to_string).collect::<Vec<_>>().join(",")),
        Qualifier::Word(w) => w.clone(),
    }
}

/// True when `name` (a type's name as the parser wrote it) is one of the qualified forms
/// above: the resolver then says "not supported yet" rather than "unknown type".
pub fn is_qualified_type_name(name: &str) -> bool {
    name.contains(' ') || name.contains('-') || name.eq_ignore_ascii_case("procedure")
}

#[cfg(test)]
mod tests {
    use super::super::tokens::is_word;
    use super::*;

    #[test]
    fn french_and_english_spellings_meet() {
        assert_eq!(canonical("entier", &[Qualifier::Unsigned, Qualifier::Size(4)]), "unsigned 4-byte int");
        assert_eq!(canonical("int", &[Qualifier::Size(8)]), "8-byte int");
        assert_eq!(canonical("chaîne", &[Qualifier::Fixed, Qualifier::Size(20)]), "fixed string on 20");
        assert_eq!(canonical("chaîne", &[Qualifier::Size(20)]), "string on 20");
        assert_eq!(canonical("chaîne", &[Qualifier::Asciiz, Qualifier::Size(20)]), "ASCIIZ string on 20");
        assert_eq!(canonical("string", &[Qualifier::Ansi, Qualifier::Size(20)]), "ANSI string on 20");
        assert_eq!(canonical("string", &[Qualifier::Ansi]), "ANSI string");
        assert_eq!(canonical("réels", &[Qualifier::Size(4)]), "4-byte real");
        assert_eq!(canonical("entiers", &[Qualifier::Size(8)]), "8-byte int");
        assert_eq!(canonical("numérique", &[Qualifier::Word("(*)".into())]), "numeric (*)");
        assert_eq!(canonical("numérique", &[Qualifier::Precision(vec![10, 2])]), "numeric (10,2)");
        assert!(is_word("CHAÎNE", "chaîne"));
    }
}
