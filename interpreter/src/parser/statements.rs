//! One statement: the control structures and declarations (in their own files), then the
//! simple statements and the forms that start with an expression (assignment, increment,
//! call).

use super::blocks::block_of;
use super::expressions::Boxed;
use super::tokens::{kw, newline, span_of, terminator};
use super::{control, declarations};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

/// The parsers every statement form is built from.
#[derive(Clone)]
pub(super) struct Parts<'a> {
    pub expr: Boxed<'a, Expr>,
    /// A name followed by calls, indexes and members: an assignment's target.
    pub postfix: Boxed<'a, Expr>,
    pub ty: Boxed<'a, TypeExpr>,
    /// An expression; when it cannot be read, skipped up to THEN or the end of the line.
    pub condition: Boxed<'a, Expr>,
    /// A whole statement (recursive).
    pub stmt: Boxed<'a, Stmt>,
    /// The statements of a block, up to (not including) its closing keyword.
    pub block: Boxed<'a, Vec<Stmt>>,
}

#[derive(Clone)]
enum PostfixTail {
    Assign(AssignOp, Expr),
    Increment(i64),
    Nothing,
}

pub(super) fn statement_parser<'a>(
    expr: Boxed<'a, Expr>,
    postfix: Boxed<'a, Expr>,
    ty: Boxed<'a, TypeExpr>,
) -> Boxed<'a, Stmt> {
    let condition = expr
        .clone()
        .recover_with(via_parser(
            any()
                .filter(|t: &Token| !matches!(t, Token::Newline | Token::Kw(Kw::Then)))
                .repeated()
                .at_least(1)
                .map_with(|_, e| Expr::new(ExprKind::Error, span_of(e.span()))),
        ))
        .boxed();
    recursive(|stmt| {
        let parts = Parts {
            expr: expr.clone(),
            postfix: postfix.clone(),
            ty: ty.clone(),
            condition: condition.clone(),
            stmt: stmt.clone().boxed(),
            block: block_of(stmt.clone()).boxed(),
        };
        choice((
            control::if_statement(&parts),
            control::switch_statement(&parts),
            control::for_statement(&parts),
            control::while_statement(&parts),
            control::loop_statement(&parts),
            control::when_exception(&parts),
            declarations::constants(&parts),
            declarations::structure(&parts),
            simple(&parts),
            declarations::let_statement(&parts),
            multiple_assignment(&parts),
            declarations::declaration(&parts),
            postfix_statement(&parts),
            expr.clone().map(StmtKind::Expr),
        ))
        .map_with(|kind, e| Stmt { kind, span: span_of(e.span()) })
        .labelled("a statement")
        .boxed()
    })
    .boxed()
}

/// BREAK, CONTINUE, RETURN [value], RESULT value.
fn simple<'a>(p: &Parts<'a>) -> impl Parser<'a, super::TokenInput<'a>, StmtKind, super::Extra<'a>> + Clone {
    choice((
        kw(Kw::Break).to(StmtKind::Break),
        kw(Kw::Continue).to(StmtKind::Continue),
        kw(Kw::Return).ignore_then(p.expr.clone().or_not()).map(StmtKind::Return),
        kw(Kw::Result).ignore_then(p.expr.clone()).map(StmtKind::Result),
    ))
}

/// A statement that starts with a name is read once as a postfix expression (`x`,
/// `arr[i].f`, `Send(x)`); what follows decides: an assignment, an increment, or (at the end
/// of the statement) a call. Anything else is read again as a whole expression.
fn postfix_statement<'a>(p: &Parts<'a>) -> impl Parser<'a, super::TokenInput<'a>, StmtKind, super::Extra<'a>> + Clone {
    let assign_op = select! {
        Token::Eq => AssignOp::Set,
        Token::PlusEq => AssignOp::Add,
        Token::MinusEq => AssignOp::Sub,
        Token::StarEq => AssignOp::Mul,
        Token::SlashEq => AssignOp::Div,
    };
    let statement_ends = choice((newline(), terminator(), end()));
    p.postfix
        .clone()
        .then(choice((
            assign_op.then(p.expr.clone()).map(|(op, value)| PostfixTail::Assign(op, value)),
            choice((just(Token::PlusPlus).to(1), just(Token::MinusMinus).to(-1))).map(PostfixTail::Increment),
            statement_ends.rewind().to(PostfixTail::Nothing),
        )))
        .map(|(target, tail)| match tail {
            PostfixTail::Assign(op, value) => StmtKind::Assign { target, op, value },
            PostfixTail::Increment(delta) => StmtKind::Increment { target, delta },
            PostfixTail::Nothing => StmtKind::Expr(target),
        })
}

/// `(a, b) = (x, y)`.
fn multiple_assignment<'a>(
    p: &Parts<'a>,
) -> impl Parser<'a, super::TokenInput<'a>, StmtKind, super::Extra<'a>> + Clone {
    p.postfix
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(2)
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .then_ignore(just(Token::Eq))
        .then(
            p.expr
                .clone()
                .separated_by(just(Token::Comma))
                .at_least(1)
                .collect::<Vec<_>>()
                .delimited_by(just(Token::LParen), just(Token::RParen)),
        )
        .map(|(targets, values)| StmtKind::MultiAssign { targets, values })
}
