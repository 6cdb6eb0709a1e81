//! Control structures: IF, SWITCH, FOR, WHILE, LOOP, WHEN EXCEPTION.

use super::expressions::comparison_operator;
use super::statements::Parts;
use super::tokens::{closing_kw, ident, kw, separator, word};
use super::{TokenInput, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

#[derive(Clone)]
enum IfTail {
    Block(Block, Vec<(Expr, Block)>, Option<Block>),
    Line(Box<Stmt>, Option<Box<Stmt>>),
}

/// END, or nothing: `true` when present. It never fails, so a block never backtracks (unclosed
/// blocks nested in each other cost linear time); `opened_by` reports the missing END.
fn end_present<'a, E: WlExtra<'a>>() -> impl Parser<'a, TokenInput<'a>, bool, E> + Clone {
    kw(Kw::End).to(true).or(empty().to(false))
}

/// A block statement that starts with `opener`: when its END is missing, the error names the
/// opener where it is ("this IF has no END") rather than failing at a later line.
fn opened_by<'a, P, E: WlExtra<'a>>(opener: Kw, body: P) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone
where
    P: Parser<'a, TokenInput<'a>, (StmtKind, bool), E> + Clone + 'a,
{
    kw(opener).map_with(|_, e| e.span()).then(body).validate(move |(span, (kind, closed)), _, emitter| {
        if !closed {
            emitter.emit(E::custom(span, format!("this {} has no END", opener.as_str())));
        }
        kind
    })
}

pub(super) fn if_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    let else_if = kw(Kw::Else)
        .ignore_then(kw(Kw::If))
        .ignore_then(p.condition.clone())
        .then_ignore(kw(Kw::Then).or_not())
        .then_ignore(separator())
        .then(p.block.clone());
    // The condition is read once; what follows it tells the block form from the one-line form.
    let block_form = kw(Kw::Then)
        .or_not()
        .ignore_then(separator())
        .ignore_then(p.block.clone())
        .then(else_if.repeated().collect::<Vec<_>>())
        .then(kw(Kw::Else).ignore_then(p.block.clone()).or_not())
        .then(end_present())
        .map(|(((then_block, else_ifs), otherwise), closed)| (IfTail::Block(then_block, else_ifs, otherwise), closed));
    let line_form = kw(Kw::Then)
        .ignore_then(p.stmt.clone())
        .then(kw(Kw::Else).ignore_then(p.stmt.clone()).or_not())
        .map(|(then_stmt, else_stmt)| (IfTail::Line(Box::new(then_stmt), else_stmt.map(Box::new)), true));
    let body = p.condition.clone().then(choice((block_form, line_form))).map(|(cond, (tail, closed))| {
        let kind = match tail {
            IfTail::Block(then_block, else_ifs, otherwise) => {
                let mut branches = vec![(cond, then_block)];
                branches.extend(else_ifs);
                StmtKind::If { branches, otherwise }
            }
            IfTail::Line(then_stmt, else_stmt) => {
                StmtKind::If { branches: vec![(cond, vec![*then_stmt])], otherwise: else_stmt.map(|s| vec![*s]) }
            }
        };
        (kind, closed)
    });
    opened_by(Kw::If, body)
}

pub(super) fn switch_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    let to_word = choice((kw(Kw::To).ignored(), word("a"), word("à")));
    let expr = p.expr.clone();
    // `CASE 10 < * < 20`, `CASE 1 <= * < 5`: `*` stands for the value tested. The bound is
    // read once; what follows it decides the form.
    let interval_tail = comparison_operator()
        .then_ignore(just(Token::Star))
        .then(comparison_operator())
        .then(expr.clone())
        .map(|((low_op, high_op), high)| (low_op, high_op, high));
    let after_value = choice((interval_tail.map(Ok), to_word.clone().ignore_then(expr.clone()).map(Err))).or_not();
    let pattern = choice((
        comparison_operator().then(expr.clone()).map(|(op, e)| CasePattern::Compare(op, e)),
        // `CASE TO 8` (`CAS À 8`): up to 8 included.
        to_word.clone().ignore_then(expr.clone()).map(|e| CasePattern::Compare(BinOp::Le, e)),
        expr.clone().then(after_value).map(|(a, tail)| match tail {
            None => CasePattern::Value(a),
            Some(Err(b)) => CasePattern::Range(a, b),
            Some(Ok((low_op, high_op, high))) => CasePattern::All(vec![(mirrored(low_op), a), (high_op, high)]),
        }),
    ));
    let case = kw(Kw::Case)
        .ignore_then(pattern.separated_by(just(Token::Comma)).at_least(1).collect::<Vec<_>>())
        .then_ignore(just(Token::Colon).or_not())
        .then(p.block.clone())
        .map_with(|(patterns, body), e| SwitchCase { patterns, body, span: e.span().into_range() });
    let other = kw(Kw::Other).then(kw(Kw::Case)).ignore_then(just(Token::Colon).or_not()).ignore_then(p.block.clone());
    let body = expr
        .then_ignore(separator())
        .then(case.repeated().collect::<Vec<_>>())
        .then(other.or_not())
        .then(end_present())
        .map(|(((subject, cases), otherwise), closed)| (StmtKind::Switch { subject, cases, otherwise }, closed));
    opened_by(Kw::Switch, body)
}

/// `a < x` is `x > a`: the comparison seen from its right side.
fn mirrored(op: BinOp) -> BinOp {
    match op {
        BinOp::Lt => BinOp::Gt,
        BinOp::Le => BinOp::Ge,
        BinOp::Gt => BinOp::Lt,
        BinOp::Ge => BinOp::Le,
        other => other,
    }
}

pub(super) fn for_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    let expr = p.expr.clone();
    let to_word = choice((kw(Kw::To).to(false), kw(Kw::ToOnce).to(true), word("a").to(false), word("à").to(false)));
    let step_word = kw(Kw::Step).ignored().or(word("pas"));
    let range_tail = just(Token::Eq)
        .ignore_then(expr.clone())
        .then(to_word)
        .then(expr.clone())
        .then(step_word.ignore_then(expr.clone()).or_not())
        .then_ignore(separator())
        .then(p.block.clone())
        .then(end_present())
        .map(|(((((start, end_once), end), step), body), closed)| (start, end_once, end, step, body, closed));
    // FOR x = a TO b without EACH: the loop variable may not be declared (WLanguage declares it).
    let range = ident().then(range_tail).map(|(var, (start, end_once, end, step, body, closed))| {
        (StmtKind::For { var, start, end, step, end_once, body }, closed)
    });
    // FOR EACH [ELEMENT] x OF collection, or FOR EACH STRING s OF text [SEPARATED BY sep]
    // (POUR TOUT ÉLÉMENT …, POUR TOUTE CHAÎNE … SÉPARÉE PAR …). FOR ALL is FOR EACH.
    let of_strings = choice((word("string"), word("chaîne"), word("chaine"))).to(Some(true));
    let of_elements = word("element").or(word("élément")).to(Some(false));
    let selected = choice((
        word("selected"),
        word("sélectionnée"),
        word("selectionnee"),
        word("sélectionné"),
        word("selectionne"),
    ))
    .to(None);
    let separated_by = choice((
        word("separated").then(word("by")),
        choice((word("séparée"), word("séparé"), word("separee"), word("separe"))).then(word("par")),
    ))
    .ignore_then(expr.clone());
    // `FOR EACH x OF arr WHERE x > 10` (`OÙ`): the elements the condition holds for.
    let filter = word("where").or(word("où")).ignore_then(p.condition.clone());
    let of_collection = just(Token::Comma)
        .ignore_then(ident())
        .or_not()
        .then_ignore(kw(Kw::Of).ignored().or(word("de")))
        .then(expr)
        .then(separated_by.or_not())
        .then(filter.or_not())
        .then_ignore(separator())
        .then(p.block.clone())
        .then(end_present())
        .map(|(((((second, iterable), separator), filter), body), closed)| {
            let body = match filter {
                // The body runs under an IF: CONTINUE and BREAK keep their meaning.
                Some(cond) => {
                    let span = cond.span.clone();
                    vec![Stmt { kind: StmtKind::If { branches: vec![(cond, body)], otherwise: None }, span }]
                }
                None => body,
            };
            (EachTail::Collection { second, iterable, separator, body }, closed)
        });
    // Anything else after the name is an HFSQL browse (`FOR EACH Customer ON Name WHERE …`,
    // `POUR TOUT Client SUR Nom`, a bare `FOR EACH Product`): its body is still read.
    let hfsql = any()
        .filter(|t: &Token| *t != Token::Newline)
        .repeated()
        .then_ignore(separator())
        .ignore_then(p.block.clone())
        .then(end_present())
        .map(|(body, closed)| (EachTail::Browse(body), closed));
    let each = choice((kw(Kw::Each).ignored(), word("all"), word("chaque"), word("tous"), word("toutes")))
        .ignore_then(choice((of_strings, of_elements, selected)).or_not())
        .then(ident())
        .then(choice((of_collection, hfsql)))
        .map(|((kind, var), (tail, closed))| (foreach(kind, var, tail), closed));
    opened_by(Kw::For, choice((each, range)))
}

#[derive(Clone)]
enum EachTail {
    Collection { second: Option<Ident>, iterable: Expr, separator: Option<Expr>, body: Block },
    Browse(Block),
}

/// The prefixes of WinDev controls that FOR EACH browses (`FOR EACH ROW OF TABLE_Orders`).
const CONTROL_PREFIXES: &[&str] = &["table_", "zr_", "looper_", "list_", "liste_", "combo_", "lsv_"];

/// The loop a FOR EACH is: over a collection, a string's pieces, or (WinDev only) the rows
/// of a control or the records of an HFSQL file. `kind` is `Some(true)` for STRING,
/// `Some(false)` for ELEMENT, `None` for SELECTED (rows of a control).
fn foreach(kind: Option<Option<bool>>, var: Ident, tail: EachTail) -> StmtKind {
    let unsupported = |missing, parts, body| StmtKind::Unsupported { missing, parts, body, check_body: true };
    match tail {
        // The file's name is not a variable of the script: it is not checked.
        EachTail::Browse(body) => unsupported(Missing::WinDev("`FOR EACH` over an HFSQL file"), vec![], body),
        EachTail::Collection { second, iterable, separator, body } => {
            let row = matches!(var.name.to_lowercase().as_str(), "row" | "ligne");
            let on_control = matches!(&iterable.kind, ExprKind::Name(id)
                if CONTROL_PREFIXES.iter().any(|p| id.name.to_lowercase().starts_with(p)));
            if kind == Some(None) || (row && on_control) {
                return unsupported(Missing::WinDev("`FOR EACH ROW` of a control"), vec![], body);
            }
            let of_strings = kind == Some(Some(true));
            let split = (of_strings || separator.is_some()).then_some(Split { separator });
            StmtKind::ForEach { var, second, iterable, split, body }
        }
    }
}

pub(super) fn while_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    let body = p
        .condition
        .clone()
        .then_ignore(separator())
        .then(p.block.clone())
        .then(end_present())
        .map(|((cond, body), closed)| (StmtKind::While { cond, body }, closed));
    opened_by(Kw::While, body)
}

pub(super) fn loop_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    // LOOP … END, LOOP(n) … END, or LOOP … DO WHILE cond (FAIRE TANTQUE): the condition is
    // tested after each pass.
    let do_while = kw(Kw::Do).ignore_then(kw(Kw::While)).ignore_then(p.condition.clone()).map(|c| (Some(c), true));
    let body = p
        .expr
        .clone()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .or_not()
        .then_ignore(separator())
        .then(p.block.clone())
        .then(choice((do_while, end_present().map(|closed| (None, closed)))))
        .map(|((count, mut body), (until, closed))| {
            if let Some(cond) = until {
                let span = cond.span.clone();
                let stop = Expr::new(ExprKind::Unary { op: UnOp::Not, operand: Box::new(cond) }, span.clone());
                body.push(Stmt {
                    kind: StmtKind::If {
                        branches: vec![(stop, vec![Stmt { kind: StmtKind::Break, span: span.clone() }])],
                        otherwise: None,
                    },
                    span,
                });
            }
            (StmtKind::Loop { count, body }, closed)
        });
    opened_by(Kw::Loop, body)
}

/// WHEN EXCEPTION IN … DO … END, and WHEN EXCEPTION … END alone (it then guards the rest of
/// its block: see `blocks::guard_rest`).
pub(super) fn when_exception<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, TokenInput<'a>, StmtKind, E> + Clone {
    let guarded = kw(Kw::In)
        .ignore_then(p.block.clone())
        .then_ignore(closing_kw(Kw::Do, "DO"))
        .then(p.block.clone())
        .then(kw(Kw::Else).ignore_then(p.block.clone()).or_not())
        .then(end_present())
        .map(|(((body, handler), otherwise), closed)| {
            (
                match otherwise {
                    None => StmtKind::WhenException { body, handler },
                    Some(otherwise) => StmtKind::Unsupported {
                        missing: Missing::NotYet("`WHEN EXCEPTION IN … DO … ELSE`"),
                        parts: vec![],
                        body: [body, handler, otherwise].concat(),
                        check_body: true,
                    },
                },
                closed,
            )
        });
    let rest_of_block = separator()
        .ignore_then(p.block.clone())
        .then(end_present())
        .map(|(handler, closed)| (StmtKind::GuardRest(handler), closed));
    opened_by(Kw::When, kw(Kw::Exception).ignore_then(choice((guarded, rest_of_block))))
}
