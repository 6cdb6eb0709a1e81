//! Expressions, loosest first: logic, NOT, comparisons and IN lists, sums, products, powers,
//! signs, then postfix forms (calls, indexes, substrings, members) on an atom.

use super::tokens::{any_word, ident, kw, member_name, quiet, span_of, starts_operand, word};
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::pratt::{infix, left, postfix, prefix, right};
use chumsky::prelude::*;

pub(super) type Boxed<'a, O, E> = chumsky::Boxed<'a, 'a, TokenInput<'a>, O, E>;

fn bin(op: BinOp, lhs: Expr, rhs: Expr, span: Span) -> Expr {
    Expr::new(ExprKind::Binary { op, lhs: Box::new(lhs), rhs: Box::new(rhs) }, span)
}

/// `a < x < b`: a comparison whose left side is an unparenthesised comparison of the same
/// direction is an interval test.
fn comparison(lhs: Expr, op: BinOp, rhs: Expr, span: Span) -> Expr {
    let ascending = |o: BinOp| matches!(o, BinOp::Lt | BinOp::Le);
    let descending = |o: BinOp| matches!(o, BinOp::Gt | BinOp::Ge);
    if let ExprKind::Binary { op: inner, lhs: low, rhs: value } = &lhs.kind {
        if (ascending(*inner) && ascending(op)) || (descending(*inner) && descending(op)) {
            return Expr::new(
                ExprKind::Interval {
                    low: low.clone(),
                    low_op: *inner,
                    value: value.clone(),
                    high_op: op,
                    high: Box::new(rhs),
                },
                span,
            );
        }
    }
    bin(op, lhs, rhs, span)
}

enum Postfix {
    Call(Vec<Option<Expr>>),
    Index(Vec<Expr>),
    Substring(Expr, SubstringEnd),
    Member(Ident, bool),
    Automation,
}

/// The expression parser, and the postfix-expression parser (a name followed by calls,
/// indexes and members) that assignments use for their target.
pub(super) fn expr_parsers<'a, E: WlExtra<'a>>() -> (Boxed<'a, Expr, E>, Boxed<'a, Expr, E>) {
    let expr = recursive(|expr| {
        // `PAS` is NOT only when an operand follows, so `pas` stays usable as a name.
        let not_op = kw(Kw::Not).ignored().or(any_word(&["pas"]).then_ignore(starts_operand()));

        let mul_op = choice((
            just(Token::Star).to(BinOp::Mul),
            just(Token::Slash).to(BinOp::Div),
            just(Token::Percent).to(BinOp::Mod),
            any_word(&["modulo"]).to(BinOp::Mod),
        ));
        let add_op = choice((just(Token::Plus).to(BinOp::Add), just(Token::Minus).to(BinOp::Sub)));
        let cmp_op = comparison_operator();
        let logic_op = choice((
            kw(Kw::And).to(BinOp::And),
            kw(Kw::Or).to(BinOp::Or),
            kw(Kw::AndThen).to(BinOp::AndThen),
            kw(Kw::OrElse).to(BinOp::OrElse),
            // The French words are tried after every operand: they record no expectation
            // when absent (see `any_word`).
            any_word(&["et"]).to(BinOp::And),
            any_word(&["ou"]).to(BinOp::Or),
        ));
        let in_list = kw(Kw::Not)
            .ignored()
            .or(any_word(&["pas"]))
            .or_not()
            .then_ignore(kw(Kw::In))
            .then(
                expr.clone()
                    .separated_by(just(Token::Comma))
                    .at_least(1)
                    .collect::<Vec<_>>()
                    .delimited_by(just(Token::LParen), just(Token::RParen)),
            )
            .map(|(negated, list)| (negated.is_some(), list))
            // Memoized for the same reason as the operands (see `postfix_parser`).
            .memoized();

        postfix_parser(expr.clone())
            .pratt((
                prefix(8, just(Token::Minus), |_, rhs: Expr, e| {
                    Expr::new(ExprKind::Unary { op: UnOp::Neg, operand: Box::new(rhs) }, span_of(e.span()))
                }),
                prefix(8, just(Token::Plus), |_, rhs: Expr, _| rhs),
                infix(right(7), just(Token::Caret), |l, _, r, e| bin(BinOp::Pow, l, r, span_of(e.span()))),
                infix(left(6), mul_op, |l, op, r, e| bin(op, l, r, span_of(e.span()))),
                infix(left(5), add_op, |l, op, r, e| bin(op, l, r, span_of(e.span()))),
                infix(left(4), cmp_op, |l, op, r, e| comparison(l, op, r, span_of(e.span()))),
                infix(left(4), quiet(Token::TildeTilde), |l, _, r, e| bin(BinOp::VeryLooseEq, l, r, span_of(e.span()))),
                // `a<-1` in an expression is `a < -1` (the lexer reads `<-` as one token).
                infix(left(4), quiet(Token::LeftArrow), |l, _, r: Expr, e| {
                    let negated = Expr::new(ExprKind::Unary { op: UnOp::Neg, operand: Box::new(r) }, span_of(e.span()));
                    comparison(l, BinOp::Lt, negated, span_of(e.span()))
                }),
                postfix(4, in_list, |value: Expr, (negated, list), e| {
                    Expr::new(ExprKind::In { value: Box::new(value), list, negated }, span_of(e.span()))
                }),
                prefix(3, not_op, |_, rhs: Expr, e| {
                    Expr::new(ExprKind::Unary { op: UnOp::Not, operand: Box::new(rhs) }, span_of(e.span()))
                }),
                infix(left(2), logic_op, |l, op, r, e| bin(op, l, r, span_of(e.span()))),
            ))
            // `cond ? a ELSE b`: read after the whole condition, so no prefix is read twice.
            .then(
                quiet(Token::Question).ignore_then(expr.clone()).then_ignore(kw(Kw::Else)).then(expr.clone()).or_not(),
            )
            .map_with(|(cond, choice), e| match choice {
                None => cond,
                Some((then, otherwise)) => Expr::new(
                    ExprKind::Ternary { cond: Box::new(cond), then: Box::new(then), otherwise: Box::new(otherwise) },
                    span_of(e.span()),
                ),
            })
            .labelled("an expression")
            .as_context()
    })
    .boxed();
    let postfix_expr = postfix_parser(expr.clone()).boxed();
    (expr, postfix_expr)
}

/// A name or literal followed by calls, indexes, substrings and members; `expr` is the
/// whole-expression parser used inside brackets.
fn postfix_parser<'a, P, E: WlExtra<'a>>(expr: P) -> impl Parser<'a, TokenInput<'a>, Expr, E> + Clone
where
    P: Parser<'a, TokenInput<'a>, Expr, E> + Clone + 'a,
{
    let other_literal = select! {
        Token::Str(s) => ExprKind::Str(s),
        Token::Kw(Kw::True) => ExprKind::Bool(true),
        Token::Kw(Kw::False) => ExprKind::Bool(false),
        Token::Kw(Kw::Null) => ExprKind::Null,
    }
    .map_with(|k, e| Expr::new(k, span_of(e.span())));
    // `5 min`, `2 h 30 min`, `100 ms`, `3 d` (`j`): a number followed by a unit is a Duration
    // literal. The number is read once; the unit after it decides (no second reading).
    let number = select! { Token::Int(n) => n as f64, Token::Real(r) => r };
    let unit = select! { Token::Ident(u) if crate::calendar::unit_ms(&u).is_some() => u }
        .map(|u| crate::calendar::unit_ms(&u).unwrap_or(0));
    let duration_tail = unit.then(number.then(unit).repeated().collect::<Vec<_>>());
    let number_literal = select! { Token::Int(n) => ExprKind::Int(n), Token::Real(r) => ExprKind::Real(r) }
        .then(duration_tail.or_not())
        .map_with(|(kind, tail), e| {
            let Some((first_unit, rest)) = tail else {
                return Expr::new(kind, span_of(e.span()));
            };
            let first = match kind {
                ExprKind::Int(n) => n as f64,
                ExprKind::Real(r) => r,
                _ => 0.0,
            };
            let ms = first * first_unit as f64 + rest.iter().map(|(n, unit)| n * *unit as f64).sum::<f64>();
            Expr::new(ExprKind::Duration(ms.round().clamp(-9.0e18, 9.0e18) as i64), span_of(e.span()))
        });
    let literal = number_literal.or(other_literal);

    // `PAS` before an operand is always NOT, never a name: reading `PAS(` both ways doubled
    // the work at each nested `PAS(` (exponential time on inputs the fuzzer made).
    // `cCustomer::Count`: a GLOBAL method named by its class (one name for the resolver).
    let class_scoped = just(Token::Colon).then(just(Token::Colon)).ignore_then(member_name()).or_not();
    let name =
        any_word(&["pas"]).then(starts_operand()).not().ignore_then(ident()).then(class_scoped).map(|(id, method)| {
            let id = match method {
                Some(m) => Ident { name: format!("{}::{}", id.name, m.name).into(), span: id.span.start..m.span.end },
                None => id,
            };
            let span = id.span.clone();
            Expr::new(ExprKind::Name(id), span)
        });
    // `:m_sName` inside a method: a member of the current object (`MySelf`), the `:` glued
    // to the name.
    let current_member =
        just(Token::Colon).map_with(|_, e| span_of(e.span())).then(member_name()).try_map(|(colon, name), span| {
            if colon.end != name.span.start {
                return Err(E::custom(span, "a member of the current object is written `:name`, without a space"));
            }
            let object = Expr::new(ExprKind::Name(Ident { name: "MySelf".into(), span: colon.clone() }), colon);
            Ok(Expr::new(ExprKind::Member { object: Box::new(object), name, property: false }, span_of(span)))
        });

    // `SWITCH(n, "a", "b", ELSE "c")`: the simplified SWITCH, an expression.
    let switch_value = quiet(Token::Kw(Kw::Switch))
        .ignore_then(
            expr.clone()
                .then(just(Token::Comma).ignore_then(expr.clone()).repeated().collect::<Vec<_>>())
                .then(just(Token::Comma).ignore_then(kw(Kw::Else)).ignore_then(expr.clone()).or_not())
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .map_with(|((subject, values), otherwise), e| {
            Expr::new(
                ExprKind::SwitchValue { subject: Box::new(subject), values, otherwise: otherwise.map(Box::new) },
                span_of(e.span()),
            )
        });

    // `(a, b)` as a value: the parameters of a Thread (`ThreadExecute(Proc, ("x", 2))`, PC
    // SOFT's Thread type page), reported by the resolver.
    let paren = expr
        .clone()
        .then(quiet(Token::Comma).ignore_then(expr.clone()).repeated().collect::<Vec<_>>())
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|(inner, rest): (Expr, Vec<Expr>), e| {
            if rest.is_empty() {
                return Expr::new(ExprKind::Paren(Box::new(inner)), span_of(e.span()));
            }
            let mut parts = vec![inner];
            parts.extend(rest);
            Expr::new(
                ExprKind::Unsupported { missing: Missing::NotYet("a list of values in parentheses `(a, b)`"), parts },
                span_of(e.span()),
            )
        })
        .recover_with(via_parser(nested_delimiters(
            Token::LParen,
            Token::RParen,
            [(Token::LBracket, Token::RBracket)],
            |span: SimpleSpan| Expr::new(ExprKind::Error, span_of(span)),
        )));

    let array_literal = expr
        .clone()
        .separated_by(just(Token::Comma))
        .allow_trailing()
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LBracket), just(Token::RBracket))
        .map_with(|items, e| Expr::new(ExprKind::ArrayLiteral(items), span_of(e.span())));

    // Memoized: when the right side of an operator fails, the Pratt parser tries the operator
    // again at each enclosing level (once per prefix `NOT` in a chain); remembering that the
    // operand failed here keeps that linear instead of exponential in nested brackets (found
    // by fuzzing).
    // `{"sName"}`, `{sName, indVariable}`: a variable or control named by a string.
    let indirection = expr
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LBrace), just(Token::RBrace))
        .map_with(|parts, e| Expr::new(ExprKind::Indirection(parts), span_of(e.span())));

    // `(a, b) => a + b`, `(x) => { RESULT x * 2 }`, `x => x * 2`: a lambda (PC SOFT's
    // "Lambdas" page). wl does not run lambdas yet: the form is read whole, so the rest of the
    // line is checked, and the resolver reports it. Every token is `quiet`: when the `=>` is
    // missing (a parenthesised expression, a plain name) nothing is added to the messages.
    let arrow = quiet(Token::Eq).then(quiet(Token::Gt)).ignored();
    // A parameter is a name, possibly typed (`n is int`): words only, so a parenthesised
    // value (`(1, 2`) fails at its first token and keeps its own message.
    let param_word = any().filter(|t: &Token| matches!(t, Token::Ident(_) | Token::Kw(_)));
    let lambda_param = param_word.repeated().at_least(1);
    let lambda_params = quiet(Token::LParen)
        .ignore_then(lambda_param.separated_by(quiet(Token::Comma)))
        .then_ignore(quiet(Token::RParen))
        .or(ident().ignored());
    let braces = recursive(|braces| {
        quiet(Token::LBrace)
            .ignore_then(
                choice((braces, any().filter(|t: &Token| !matches!(t, Token::LBrace | Token::RBrace)).ignored()))
                    .repeated(),
            )
            .then_ignore(just(Token::RBrace))
    });
    let lambda =
        lambda_params.then_ignore(arrow).then_ignore(choice((braces, expr.clone().ignored()))).map_with(|_, e| {
            Expr::new(
                ExprKind::Unsupported { missing: Missing::NotYet("a lambda (`(x) => …`)"), parts: Vec::new() },
                span_of(e.span()),
            )
        });

    // The simplified SWITCH comes last: every other atom is tried first, so the common ones
    // do not pay for one more failed alternative (`wl check` time, bench/check_large.py).
    let atom = choice((
        literal,
        super::classes::new_object(expr.clone()),
        lambda,
        name,
        current_member,
        paren,
        array_literal,
        indirection,
        switch_value,
    ))
    .labelled("an expression")
    .memoized();

    // `f(a, , c)` and `f(a, *, c)` both leave the parameter at its default.
    let args = choice((just(Token::Star).to(None), expr.clone().map(Some)))
        .or_not()
        .map(Option::flatten)
        .separated_by(just(Token::Comma))
        .collect::<Vec<Option<Expr>>>()
        .map(|args| if args.len() == 1 && args[0].is_none() { Vec::new() } else { args })
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .recover_with(via_parser(nested_delimiters(
            Token::LParen,
            Token::RParen,
            [(Token::LBracket, Token::RBracket)],
            |span: SimpleSpan| vec![Some(Expr::new(ExprKind::Error, span_of(span)))],
        )));

    let to_word = choice((kw(Kw::To).ignored(), word("a"), word("à")));
    let substring_end = choice((
        to_word.clone().ignore_then(expr.clone().or_not()).map(|e| SubstringEnd::To(e.map(Box::new))),
        word("on").or(word("sur")).ignore_then(expr.clone()).map(|e| SubstringEnd::On(Box::new(e))),
    ))
    .or_not()
    .map(|e| e.unwrap_or(SubstringEnd::None));

    // `s[[TO 3]]`: from the first character.
    let from_start = to_word.rewind().map_with(|_, e| Expr::new(ExprKind::Int(1), span_of(e.span())));
    let substring = just(Token::LBracket)
        .ignore_then(just(Token::LBracket))
        .ignore_then(choice((from_start, expr.clone())))
        .then(substring_end)
        .then_ignore(just(Token::RBracket))
        .then_ignore(just(Token::RBracket))
        .map(|(start, end)| Postfix::Substring(start, end));

    // `x[[` always opens a substring, never an index whose first value is an array literal:
    // trying both read everything after `[[` twice, twice again at each nested `[[`
    // (exponential time on some inputs the fuzzer made).
    let index = just(Token::LBracket)
        .then(just(Token::LBracket).not())
        .ignore_then(expr.clone().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>())
        .then_ignore(just(Token::RBracket))
        .map(Postfix::Index);

    let member = choice((just(Token::Dot).to(false), just(Token::DotDot).to(true)))
        .then(member_name())
        .map(|(property, name)| Postfix::Member(name, property));

    // `xl>>Workbooks`: a member of an Automation object.
    let automation = quiet(Token::Gt).then(quiet(Token::Gt)).ignore_then(member_name()).map(|_| Postfix::Automation);

    let postfix_op = choice((args.map(Postfix::Call), substring, index, member, automation));

    atom.foldl_with(postfix_op.repeated(), |object, op, e| {
        let span = span_of(e.span());
        let object = Box::new(object);
        let kind = match op {
            Postfix::Call(args) => ExprKind::Call { callee: object, args },
            Postfix::Index(indices) => ExprKind::Index { object, indices },
            Postfix::Substring(start, end) => ExprKind::Substring { object, start: Box::new(start), end },
            Postfix::Member(name, property) => ExprKind::Member { object, name, property },
            Postfix::Automation => {
                ExprKind::Unsupported { missing: Missing::WinDev("an Automation object (`>>`)"), parts: vec![*object] }
            }
        };
        Expr::new(kind, span)
    })
}

pub(super) fn comparison_operator<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, BinOp, E> + Clone {
    select! {
        Token::Eq => BinOp::Eq,
        Token::Ne => BinOp::Ne,
        Token::Lt => BinOp::Lt,
        Token::Le => BinOp::Le,
        Token::Gt => BinOp::Gt,
        Token::Ge => BinOp::Ge,
        Token::TildeEq => BinOp::LooseEq,
        Token::StartsWith => BinOp::StartsWith,
        Token::Contains => BinOp::Contains,
        Token::EndsWith => BinOp::EndsWith,
    }
}
