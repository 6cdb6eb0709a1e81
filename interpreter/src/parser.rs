//! The parser: chumsky combinators over the lexer's tokens, written to read like the grammar
//! in `grammar/wlanguage.ebnf`. Statements end at a line break (or `;`); a statement that
//! cannot be read is reported and skipped to the end of its line, so every syntax error of a
//! file is reported, not only the first.

use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::input::MappedInput;
use chumsky::pratt::{infix, left, postfix, prefix, right};
use chumsky::prelude::*;
use std::rc::Rc;

type TokenInput<'a> = MappedInput<'a, Token, SimpleSpan, &'a [(Token, SimpleSpan)]>;
type Extra<'a> = extra::Err<Rich<'a, Token, SimpleSpan>>;

/// A syntax error: where, what was found, what was expected.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub span: Span,
    pub message: String,
    pub label: String,
}

/// Parses a whole script. The tree is returned even when there are errors (with `Error`
/// nodes where the parser recovered), so later stages can still report their own problems.
pub fn parse(tokens: &[(Token, Span)], source_len: usize) -> (Option<Script>, Vec<SyntaxError>) {
    let tokens: Vec<(Token, SimpleSpan)> =
        tokens.iter().map(|(t, s)| (t.clone(), SimpleSpan::from(s.clone()))).collect();
    let eoi = SimpleSpan::from(source_len..source_len);
    let (script, errors) = script_parser().parse(tokens.as_slice().split_token_span(eoi)).into_output_errors();
    let mut errors: Vec<SyntaxError> = errors.into_iter().map(convert_error).collect();
    errors.sort_by_key(|e| e.span.start);
    errors.dedup_by(|a, b| a.span == b.span && a.message == b.message);
    (script, errors)
}

fn convert_error(err: Rich<'_, Token, SimpleSpan>) -> SyntaxError {
    let span = err.span().into_range();
    match err.reason() {
        chumsky::error::RichReason::Custom(msg) => {
            SyntaxError { span, message: msg.to_string(), label: msg.to_string() }
        }
        _ => {
            let found = match err.found() {
                Some(t) => t.to_string(),
                None => "end of input".to_string(),
            };
            let mut expected: Vec<String> = err
                .expected()
                .map(|p| match p {
                    chumsky::error::RichPattern::Token(t) => t.to_string(),
                    chumsky::error::RichPattern::Label(l) => l.to_string(),
                    chumsky::error::RichPattern::EndOfInput => "end of input".to_string(),
                    other => other.to_string(),
                })
                .collect();
            expected.sort();
            expected.dedup();
            // "expected `-`, `NOT`, an expression" says no more than "an expression".
            if expected.iter().any(|e| e == "an expression") {
                expected.retain(|e| !matches!(e.as_str(), "`+`" | "`-`" | "`NOT`" | "pas" | "`(`" | "`[`"));
            }
            let label = match expected.len() {
                0 => "not expected here".to_string(),
                1 => format!("expected {}", expected[0]),
                _ if expected.len() > 8 => format!("expected one of {}, …", expected[..8].join(", ")),
                _ => format!("expected one of {}", expected.join(", ")),
            };
            SyntaxError { span, message: format!("unexpected {found}"), label }
        }
    }
}

fn span_of(s: SimpleSpan) -> Span {
    s.into_range()
}

fn kw<'a>(k: Kw) -> impl Parser<'a, TokenInput<'a>, Token, Extra<'a>> + Clone {
    just(Token::Kw(k))
}

/// A keyword that closes a block (END, DO): when missing it is reported and taken as present,
/// so the block never backtracks and unclosed blocks nested in each other cost linear time,
/// not exponential.
fn closing_kw<'a>(k: Kw, label: &'static str) -> impl Parser<'a, TokenInput<'a>, Token, Extra<'a>> + Clone {
    kw(k).labelled(label).recover_with(via_parser(empty().to(Token::Kw(k))))
}

/// A word that is a keyword only here (`A`, `DE`, `PAS`, `ET`, `OU`, `modulo`, `ON`…).
fn word<'a>(w: &'static str) -> impl Parser<'a, TokenInput<'a>, (), Extra<'a>> + Clone {
    // `w` is lower case; the comparison goes through `to_lowercase` so that `CHAÎNE` is `chaîne`.
    any()
        .filter(move |t: &Token| matches!(t, Token::Ident(s) if s.chars().flat_map(char::to_lowercase).eq(w.chars())))
        .ignored()
        .labelled(w)
}

fn ident<'a>() -> impl Parser<'a, TokenInput<'a>, Ident, Extra<'a>> + Clone {
    select! { Token::Ident(name) = e => Ident { name, span: span_of(e.span()) } }.labelled("a name")
}

/// A member name after `.` or `..`: keywords are allowed there (`x.End` is a field).
fn member_name<'a>() -> impl Parser<'a, TokenInput<'a>, Ident, Extra<'a>> + Clone {
    select! {
        Token::Ident(name) = e => Ident { name, span: span_of(e.span()) },
        Token::Kw(k) = e => Ident { name: Rc::from(k.as_str()), span: span_of(e.span()) },
    }
    .labelled("a member name")
}

fn newline<'a>() -> impl Parser<'a, TokenInput<'a>, (), Extra<'a>> + Clone {
    just(Token::Newline).ignored().labelled("end of line")
}

/// Tokens that end a block: the statement parser never starts at one of them.
fn terminator<'a>() -> impl Parser<'a, TokenInput<'a>, (), Extra<'a>> + Clone {
    choice((kw(Kw::End), kw(Kw::Else), kw(Kw::Case), kw(Kw::Other), kw(Kw::Do), kw(Kw::Procedure))).ignored()
}

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

#[derive(Clone)]
enum IfTail {
    Block(Block, Vec<(Expr, Block)>, Option<Block>),
    Line(Box<Stmt>, Option<Box<Stmt>>),
}

#[derive(Clone)]
enum PostfixTail {
    Assign(AssignOp, Expr),
    Increment(i64),
    Nothing,
}

enum Postfix {
    Call(Vec<Option<Expr>>),
    Index(Vec<Expr>),
    Substring(Expr, SubstringEnd),
    Member(Ident, bool),
}

/// The expression parser, and the postfix-expression parser (a name followed by calls,
/// indexes and members) that assignments use for their target.
#[allow(clippy::type_complexity)]
fn expr_parsers<'a>(
) -> (chumsky::Boxed<'a, 'a, TokenInput<'a>, Expr, Extra<'a>>, chumsky::Boxed<'a, 'a, TokenInput<'a>, Expr, Extra<'a>>)
{
    let expr = recursive(|expr| {
        // `PAS` is NOT only when an operand follows, so `pas` stays usable as a name.
        let not_op = kw(Kw::Not).ignored().or(word("pas").then_ignore(starts_operand()));

        let mul_op = choice((
            just(Token::Star).to(BinOp::Mul),
            just(Token::Slash).to(BinOp::Div),
            just(Token::Percent).to(BinOp::Mod),
            word("modulo").to(BinOp::Mod),
        ));
        let add_op = choice((just(Token::Plus).to(BinOp::Add), just(Token::Minus).to(BinOp::Sub)));
        let cmp_op = comparison_operator();
        let logic_op = choice((
            kw(Kw::And).to(BinOp::And),
            kw(Kw::Or).to(BinOp::Or),
            kw(Kw::AndThen).to(BinOp::AndThen),
            kw(Kw::OrElse).to(BinOp::OrElse),
            word("et").to(BinOp::And),
            word("ou").to(BinOp::Or),
        ));
        let in_list = kw(Kw::Not)
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
                postfix(4, in_list, |value: Expr, (negated, list), e| {
                    Expr::new(ExprKind::In { value: Box::new(value), list, negated }, span_of(e.span()))
                }),
                prefix(3, not_op, |_, rhs: Expr, e| {
                    Expr::new(ExprKind::Unary { op: UnOp::Not, operand: Box::new(rhs) }, span_of(e.span()))
                }),
                infix(left(2), logic_op, |l, op, r, e| bin(op, l, r, span_of(e.span()))),
            ))
            .labelled("an expression")
            .as_context()
    })
    .boxed();
    let postfix_expr = postfix_parser(expr.clone()).boxed();
    (expr, postfix_expr)
}

/// The next token can begin an operand (not consumed).
fn starts_operand<'a>() -> impl Parser<'a, TokenInput<'a>, (), Extra<'a>> + Clone {
    any()
        .filter(|t: &Token| {
            matches!(
                t,
                Token::Ident(_)
                    | Token::Int(_)
                    | Token::Real(_)
                    | Token::Str(_)
                    | Token::LParen
                    | Token::Kw(Kw::True | Kw::False | Kw::Null | Kw::Not)
            )
        })
        .ignored()
        .rewind()
}

/// A name or literal followed by calls, indexes, substrings and members; `expr` is the
/// whole-expression parser used inside brackets.
fn postfix_parser<'a, P>(expr: P) -> impl Parser<'a, TokenInput<'a>, Expr, Extra<'a>> + Clone
where
    P: Parser<'a, TokenInput<'a>, Expr, Extra<'a>> + Clone + 'a,
{
    let literal = select! {
        Token::Int(n) => ExprKind::Int(n),
        Token::Real(r) => ExprKind::Real(r),
        Token::Str(s) => ExprKind::Str(s),
        Token::Kw(Kw::True) => ExprKind::Bool(true),
        Token::Kw(Kw::False) => ExprKind::Bool(false),
        Token::Kw(Kw::Null) => ExprKind::Null,
    }
    .map_with(|k, e| Expr::new(k, span_of(e.span())));

    // A number followed by a unit word (`10 s`, `3 min 30 s`, `1.5 h`) is a Duration literal.
    let duration_part = select! { Token::Int(n) => n as f64, Token::Real(r) => r }
        .then(select! { Token::Ident(unit) if crate::calendar::unit_ms(&unit).is_some() => unit });
    let duration = duration_part.repeated().at_least(1).collect::<Vec<_>>().map_with(|parts, e| {
        let ms: f64 = parts.iter().map(|(n, unit)| n * crate::calendar::unit_ms(unit).unwrap_or(0) as f64).sum();
        Expr::new(ExprKind::Duration(ms.round().clamp(-9.0e18, 9.0e18) as i64), span_of(e.span()))
    });
    let literal = duration.or(literal);

    // `PAS` before an operand is always NOT, never a name: reading `PAS(` both ways doubled
    // the work at each nested `PAS(` (exponential time on inputs the fuzzer made).
    let name = word("pas").then(starts_operand()).not().ignore_then(ident()).map(|id| {
        let span = id.span.clone();
        Expr::new(ExprKind::Name(id), span)
    });

    let paren = expr
        .clone()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .map_with(|inner: Expr, e| Expr::new(ExprKind::Paren(Box::new(inner)), span_of(e.span())))
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
    let atom = choice((literal, name, paren, array_literal)).labelled("an expression").memoized();

    let args = expr
        .clone()
        .or_not()
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

    let substring_end = choice((
        kw(Kw::To)
            .ignored()
            .or(word("a"))
            .ignore_then(expr.clone().or_not())
            .map(|e| SubstringEnd::To(e.map(Box::new))),
        word("on").or(word("sur")).ignore_then(expr.clone()).map(|e| SubstringEnd::On(Box::new(e))),
    ))
    .or_not()
    .map(|e| e.unwrap_or(SubstringEnd::None));

    let substring = just(Token::LBracket)
        .ignore_then(just(Token::LBracket))
        .ignore_then(expr.clone())
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

    let postfix_op = choice((args.map(Postfix::Call), substring, index, member));

    atom.foldl_with(postfix_op.repeated(), |object, op, e| {
        let span = span_of(e.span());
        let object = Box::new(object);
        let kind = match op {
            Postfix::Call(args) => ExprKind::Call { callee: object, args },
            Postfix::Index(indices) => ExprKind::Index { object, indices },
            Postfix::Substring(start, end) => ExprKind::Substring { object, start: Box::new(start), end },
            Postfix::Member(name, property) => ExprKind::Member { object, name, property },
        };
        Expr::new(kind, span)
    })
}

fn comparison_operator<'a>() -> impl Parser<'a, TokenInput<'a>, BinOp, Extra<'a>> + Clone {
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

fn type_parser<'a>() -> impl Parser<'a, TokenInput<'a>, TypeExpr, Extra<'a>> + Clone {
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

/// A statement followed by its end; a statement that cannot be read is reported and skipped
/// to the end of its line (but a block's closing keyword is never skipped).
fn block_item_of<'a, P>(stmt: P) -> impl Parser<'a, TokenInput<'a>, Stmt, Extra<'a>> + Clone
where
    P: Parser<'a, TokenInput<'a>, Stmt, Extra<'a>> + Clone + 'a,
{
    let statement_end = choice((newline().repeated().at_least(1), terminator().rewind(), end()));
    // A statement read whole but followed by more on its line keeps what was read: the rest
    // of the line is reported and skipped. Failing the whole item instead would read a long
    // statement (an IF holding the rest of the file) again at each level of nesting: the
    // fuzzer found inputs that took minutes that way.
    let rest_of_line = statement_end.clone().recover_with(via_parser(
        any().filter(|t: &Token| *t != Token::Newline).repeated().at_least(1).then_ignore(statement_end.clone()),
    ));
    terminator().not().ignore_then(stmt).then_ignore(rest_of_line).recover_with(via_parser(
        terminator()
            .not()
            .ignore_then(any().filter(|t: &Token| *t != Token::Newline).repeated().at_least(1))
            .map_with(|_, e| Stmt { kind: StmtKind::Error, span: span_of(e.span()) })
            .then_ignore(statement_end),
    ))
}

/// The statements of a block, up to the keyword that closes it.
fn block_of<'a, P>(stmt: P) -> impl Parser<'a, TokenInput<'a>, Vec<Stmt>, Extra<'a>> + Clone
where
    P: Parser<'a, TokenInput<'a>, Stmt, Extra<'a>> + Clone + 'a,
{
    newline().repeated().ignore_then(block_item_of(stmt).repeated().collect::<Vec<_>>()).boxed()
}

fn script_parser<'a>() -> impl Parser<'a, TokenInput<'a>, Script, Extra<'a>> {
    let (expr, postfix_expr) = expr_parsers();
    let ty = type_parser();
    let separator = newline().repeated().at_least(1);
    let blank_lines = newline().repeated();
    // After a statement: a line break, or the token that closes the enclosing block.
    let statement_end = choice((separator.clone(), terminator().rewind(), end()));

    // A condition that could not be read is skipped up to THEN/DO or the end of the line.
    let condition = expr.clone().recover_with(via_parser(
        any()
            .filter(|t: &Token| !matches!(t, Token::Newline | Token::Kw(Kw::Then)))
            .repeated()
            .at_least(1)
            .map_with(|_, e| Expr::new(ExprKind::Error, span_of(e.span()))),
    ));

    let stmt = recursive(|stmt| {
        let block = block_of(stmt.clone());
        let end_kw = closing_kw(Kw::End, "END");

        let if_stmt = {
            let else_if = kw(Kw::Else)
                .ignore_then(kw(Kw::If))
                .ignore_then(condition.clone())
                .then_ignore(kw(Kw::Then).or_not())
                .then_ignore(separator.clone())
                .then(block.clone());
            // The condition is read once; what follows it tells the block form from the
            // one-line form.
            let block_form = kw(Kw::Then)
                .or_not()
                .ignore_then(separator.clone())
                .ignore_then(block.clone())
                .then(else_if.repeated().collect::<Vec<_>>())
                .then(kw(Kw::Else).ignore_then(block.clone()).or_not())
                .then_ignore(end_kw.clone())
                .map(|((then_block, else_ifs), otherwise)| IfTail::Block(then_block, else_ifs, otherwise));
            let line_form = kw(Kw::Then)
                .ignore_then(stmt.clone())
                .then(kw(Kw::Else).ignore_then(stmt.clone()).or_not())
                .map(|(then_stmt, else_stmt)| IfTail::Line(Box::new(then_stmt), else_stmt.map(Box::new)));
            kw(Kw::If).ignore_then(condition.clone()).then(choice((block_form, line_form))).map(|(cond, tail)| {
                match tail {
                    IfTail::Block(then_block, else_ifs, otherwise) => {
                        let mut branches = vec![(cond, then_block)];
                        branches.extend(else_ifs);
                        StmtKind::If { branches, otherwise }
                    }
                    IfTail::Line(then_stmt, else_stmt) => StmtKind::If {
                        branches: vec![(cond, vec![*then_stmt])],
                        otherwise: else_stmt.map(|s| vec![*s]),
                    },
                }
            })
        };

        let switch_stmt = {
            let to_word = kw(Kw::To).ignored().or(word("a"));
            let pattern = choice((
                comparison_operator().then(expr.clone()).map(|(op, e)| CasePattern::Compare(op, e)),
                expr.clone().then_ignore(to_word).then(expr.clone()).map(|(a, b)| CasePattern::Range(a, b)),
                expr.clone().map(CasePattern::Value),
            ));
            let case = kw(Kw::Case)
                .ignore_then(pattern.separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>())
                .then_ignore(just(Token::Colon).or_not())
                .then(block.clone())
                .map_with(|(patterns, body), e| SwitchCase { patterns, body, span: span_of(e.span()) });
            let other =
                kw(Kw::Other).then(kw(Kw::Case)).ignore_then(just(Token::Colon).or_not()).ignore_then(block.clone());
            kw(Kw::Switch)
                .ignore_then(expr.clone())
                .then_ignore(separator.clone())
                .then(case.repeated().collect::<Vec<_>>())
                .then(other.or_not())
                .then_ignore(end_kw.clone())
                .map(|((subject, cases), otherwise)| StmtKind::Switch { subject, cases, otherwise })
        };

        let for_stmt = {
            let to_word = choice((kw(Kw::To).to(false), kw(Kw::ToOnce).to(true), word("a").to(false)));
            let step_word = kw(Kw::Step).ignored().or(word("pas"));
            let range = ident()
                .then_ignore(just(Token::Eq))
                .then(expr.clone())
                .then(to_word)
                .then(expr.clone())
                .then(step_word.ignore_then(expr.clone()).or_not())
                .then_ignore(separator.clone())
                .then(block.clone())
                .then_ignore(end_kw.clone())
                .map(|(((((var, start), end_once), end), step), body)| StmtKind::For {
                    var,
                    start,
                    end,
                    step,
                    end_once,
                    body,
                });
            // FOR EACH [ELEMENT] x OF collection, or FOR EACH STRING s OF text [SEPARATED BY sep]
            // (POUR TOUT ÉLÉMENT …, POUR TOUTE CHAÎNE … SÉPARÉE PAR …).
            let of_strings = choice((word("string"), word("chaîne"), word("chaine"))).to(true);
            let of_elements = word("element").or(word("élément")).to(false);
            let separated_by = choice((
                word("separated").then(word("by")),
                choice((word("séparée"), word("séparé"), word("separee"), word("separe"))).then(word("par")),
            ))
            .ignore_then(expr.clone());
            let each = kw(Kw::Each)
                .ignore_then(of_strings.or(of_elements).or_not())
                .then(ident())
                .then(just(Token::Comma).ignore_then(ident()).or_not())
                .then_ignore(kw(Kw::Of).ignored().or(word("de")))
                .then(expr.clone())
                .then(separated_by.or_not())
                .then_ignore(separator.clone())
                .then(block.clone())
                .then_ignore(end_kw.clone())
                .map(|(((((of_strings, var), second), iterable), separator), body)| {
                    let split = (of_strings == Some(true) || separator.is_some()).then_some(Split { separator });
                    StmtKind::ForEach { var, second, iterable, split, body }
                });
            kw(Kw::For).ignore_then(choice((each, range)))
        };

        let while_stmt = kw(Kw::While)
            .ignore_then(condition.clone())
            .then_ignore(separator.clone())
            .then(block.clone())
            .then_ignore(end_kw.clone())
            .map(|(cond, body)| StmtKind::While { cond, body });

        let loop_stmt = kw(Kw::Loop)
            .ignore_then(expr.clone().delimited_by(just(Token::LParen), just(Token::RParen)).or_not())
            .then_ignore(separator.clone())
            .then(block.clone())
            .then_ignore(end_kw.clone())
            .map(|(count, body)| StmtKind::Loop { count, body });

        let when_exception = kw(Kw::When)
            .ignore_then(kw(Kw::Exception))
            .ignore_then(kw(Kw::In))
            .ignore_then(block.clone())
            .then_ignore(closing_kw(Kw::Do, "DO"))
            .then(block.clone())
            .then_ignore(end_kw.clone())
            .map(|(body, handler)| StmtKind::WhenException { body, handler });

        let constant_line = ident().then_ignore(just(Token::Eq)).then(expr.clone());
        let constants = kw(Kw::Constant)
            .ignore_then(choice((
                separator
                    .clone()
                    .ignore_then(constant_line.clone().then_ignore(separator.clone()).repeated().collect::<Vec<_>>())
                    .then_ignore(end_kw.clone()),
                constant_line.map(|c| vec![c]),
            )))
            .map(StmtKind::Constants);

        let names = ident().separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>();

        let field = names
            .clone()
            .then_ignore(kw(Kw::Is))
            .then(ty.clone())
            .then(just(Token::Eq).ignore_then(expr.clone()).or_not())
            .map(|((names, ty), default)| FieldDecl { names, ty, default });
        let structure = kw(Kw::Structure)
            .ignore_then(ident())
            .then_ignore(separator.clone())
            .then(field.then_ignore(separator.clone()).repeated().collect::<Vec<_>>())
            .then_ignore(end_kw.clone())
            .map(|(name, fields)| StmtKind::Structure { name, fields });

        let declaration = names
            .clone()
            .then_ignore(kw(Kw::Is))
            .then(ty.clone())
            .then(just(Token::Eq).ignore_then(expr.clone()).or_not())
            .map(|((names, ty), init)| StmtKind::Declare { names, ty, init });

        let let_stmt = kw(Kw::Let)
            .ignore_then(ident())
            .then_ignore(just(Token::Eq))
            .then(expr.clone())
            .map(|(name, init)| StmtKind::Let { name, init });

        let assign_op = select! {
            Token::Eq => AssignOp::Set,
            Token::PlusEq => AssignOp::Add,
            Token::MinusEq => AssignOp::Sub,
            Token::StarEq => AssignOp::Mul,
            Token::SlashEq => AssignOp::Div,
        };
        // A statement that starts with a name is read once as a postfix expression (`x`,
        // `arr[i].f`, `Send(x)`); what follows decides: an assignment, an increment, or (at the
        // end of the statement) a call. Anything else is read again as a whole expression.
        let statement_ends = choice((newline(), terminator(), end()));
        let postfix_statement = postfix_expr
            .clone()
            .then(choice((
                assign_op.then(expr.clone()).map(|(op, value)| PostfixTail::Assign(op, value)),
                choice((just(Token::PlusPlus).to(1), just(Token::MinusMinus).to(-1))).map(PostfixTail::Increment),
                statement_ends.rewind().to(PostfixTail::Nothing),
            )))
            .map(|(target, tail)| match tail {
                PostfixTail::Assign(op, value) => StmtKind::Assign { target, op, value },
                PostfixTail::Increment(delta) => StmtKind::Increment { target, delta },
                PostfixTail::Nothing => StmtKind::Expr(target),
            });
        let multi_assign = postfix_expr
            .clone()
            .separated_by(just(Token::Comma))
            .at_least(2)
            .collect::<Vec<_>>()
            .delimited_by(just(Token::LParen), just(Token::RParen))
            .then_ignore(just(Token::Eq))
            .then(
                expr.clone()
                    .separated_by(just(Token::Comma))
                    .at_least(1)
                    .collect::<Vec<_>>()
                    .delimited_by(just(Token::LParen), just(Token::RParen)),
            )
            .map(|(targets, values)| StmtKind::MultiAssign { targets, values });

        let simple = choice((
            kw(Kw::Break).to(StmtKind::Break),
            kw(Kw::Continue).to(StmtKind::Continue),
            kw(Kw::Return).ignore_then(expr.clone().or_not()).map(StmtKind::Return),
            kw(Kw::Result).ignore_then(expr.clone()).map(StmtKind::Result),
        ));

        choice((
            if_stmt,
            switch_stmt,
            for_stmt,
            while_stmt,
            loop_stmt,
            when_exception,
            constants,
            structure,
            simple,
            let_stmt,
            multi_assign,
            declaration,
            postfix_statement,
            expr.clone().map(StmtKind::Expr),
        ))
        .map_with(|kind, e| Stmt { kind, span: span_of(e.span()) })
        .labelled("a statement")
        .boxed()
    });
    let block_item = block_item_of(stmt.clone());
    let block = block_of(stmt.clone());

    let param = kw(Kw::Local)
        .or_not()
        .then(ident())
        .then(kw(Kw::Is).ignore_then(ty.clone()).or_not())
        .then(just(Token::Eq).ignore_then(expr.clone()).or_not())
        .map(|(((local, name), ty), default)| Param { name, local: local.is_some(), ty, default });
    let params = param
        .separated_by(just(Token::Comma))
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .or_not()
        .map(Option::unwrap_or_default);
    let handler = |which: chumsky::Boxed<'a, 'a, TokenInput<'a>, (), Extra<'a>>| {
        kw(Kw::Case).ignore_then(which).ignore_then(just(Token::Colon).or_not()).ignore_then(block.clone())
    };
    let procedure = kw(Kw::Procedure)
        .ignore_then(ident())
        .then(params)
        .then(just(Token::Colon).ignore_then(ty.clone()).or_not())
        .then_ignore(separator.clone().or(end()))
        .then(block.clone())
        .then(handler(word("error").or(word("erreur")).boxed()).or_not())
        .then(handler(kw(Kw::Exception).ignored().boxed()).or_not())
        .then_ignore(kw(Kw::End).or_not())
        .then_ignore(statement_end.clone())
        .map_with(|(((((name, params), returns), body), on_error), on_exception), e| Procedure {
            name,
            params,
            returns,
            body,
            on_error,
            on_exception,
            span: span_of(e.span()),
        });

    // An END (or ELSE, CASE…) with no open block: reported, and its line skipped.
    let stray = terminator()
        .then_ignore(any().filter(|t: &Token| *t != Token::Newline).repeated())
        .then_ignore(statement_end)
        .validate(|_, e, emitter| {
            emitter.emit(Rich::custom(e.span(), "this keyword closes a block, but no block is open here"));
            Stmt { kind: StmtKind::Error, span: span_of(e.span()) }
        });

    blank_lines
        .ignore_then(
            choice((procedure.map(Item::Procedure), block_item.map(Item::Stmt), stray.map(Item::Stmt)))
                .repeated()
                .collect::<Vec<_>>(),
        )
        .then_ignore(end())
        .map(|items| Script { items })
}
