//! One statement: the control structures and declarations (in their own files), then the
//! simple statements and the forms that start with an expression (assignment, increment,
//! call).

use super::blocks::block_of;
use super::expressions::Boxed;
use super::procedures;
use super::tokens::{any_word, ident, is_word, quiet, statement_end, word};
use super::tokens::{kw, newline, span_of, terminator};
use super::{control, declarations, directives, WlExtra};
use crate::ast::*;
use crate::keywords::Kw;
use crate::lexer::Token;
use chumsky::prelude::*;

/// The parsers every statement form is built from.
#[derive(Clone)]
pub(super) struct Parts<'a, E: WlExtra<'a>> {
    pub expr: Boxed<'a, Expr, E>,
    /// A name followed by calls, indexes and members: an assignment's target.
    pub postfix: Boxed<'a, Expr, E>,
    pub ty: Boxed<'a, TypeExpr, E>,
    /// An expression; when it cannot be read, skipped up to THEN or the end of the line.
    pub condition: Boxed<'a, Expr, E>,
    /// A whole statement (recursive).
    pub stmt: Boxed<'a, Stmt, E>,
    /// The statements of a block, up to (not including) its closing keyword.
    pub block: Boxed<'a, Vec<Stmt>, E>,
}

#[derive(Clone)]
enum PostfixTail {
    Assign(AssignOp, Expr),
    Increment(i64),
    ByReference(Expr),
    Nothing,
}

pub(super) fn statement_parser<'a, E: WlExtra<'a>>(
    expr: Boxed<'a, Expr, E>,
    postfix: Boxed<'a, Expr, E>,
    ty: Boxed<'a, TypeExpr, E>,
) -> Boxed<'a, Stmt, E> {
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
        // The forms that start with a keyword (or `<` of a directive) are tried only when
        // the statement starts with one: most statements start with a name, and trying a
        // dozen forms that fail at their first token after each of them cost a fifth of
        // `wl check`'s time. The check records no expected pattern (see `any_word`).
        let keyword_forms = choice((
            control::if_statement(&parts),
            control::switch_statement(&parts),
            control::for_statement(&parts),
            control::while_statement(&parts),
            control::loop_statement(&parts),
            control::when_exception(&parts),
            declarations::constants(&parts),
            declarations::structure(&parts),
            directives::conditional_compilation(&parts),
            internal_procedure(&parts),
            simple(&parts),
            declarations::let_statement(&parts),
        ));
        let starts_with_keyword = any()
            .filter(|t: &Token| match t {
                Token::Kw(_) | Token::Lt => true,
                Token::Ident(w) => is_word(w, "internal") || is_word(w, "interne"),
                _ => false,
            })
            .rewind();
        choice((
            starts_with_keyword.ignore_then(keyword_forms),
            section_line(),
            goto(),
            super::classes::class_statement(&parts),
            quiet(Token::LParen).rewind().ignore_then(multiple_assignment(&parts)),
            // `a is …`, `a, b are …`: a declaration only when the name is followed by IS or a
            // comma (checked without recording expectations, as above).
            any()
                .filter(|t: &Token| matches!(t, Token::Ident(_)))
                .then(any().filter(|t: &Token| matches!(t, Token::Comma | Token::Kw(Kw::Is))))
                .rewind()
                .ignore_then(declarations::declaration(&parts)),
            postfix_statement(&parts),
            expr.clone().map(StmtKind::Expr),
        ))
        .map_with(|kind, e| Stmt { kind, span: span_of(e.span()) })
        .labelled("a statement")
        .boxed()
    })
    .boxed()
}

/// BREAK, CONTINUE, RETURN [value], RESULT value, RESULT (a, b).
fn simple<'a, E: WlExtra<'a>>(p: &Parts<'a, E>) -> impl Parser<'a, super::TokenInput<'a>, StmtKind, E> + Clone {
    // `RESULT (a, b)`: read as a list only when a comma follows the first value, then the
    // statement ends; otherwise `(a + b) * 2` is an ordinary expression.
    let several = p
        .expr
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(2)
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .then_ignore(statement_end().rewind())
        .map(StmtKind::ResultMany);
    choice((
        kw(Kw::Break).to(StmtKind::Break),
        kw(Kw::Continue).to(StmtKind::Continue),
        kw(Kw::Return).ignore_then(p.expr.clone().or_not()).map(StmtKind::Return),
        kw(Kw::Result).ignore_then(choice((several, p.expr.clone().map(StmtKind::Result)))),
    ))
}

/// A line that opens a section of declarations (`LOCAL`, `GLOBAL`, `PUBLIC`…, alone on their
/// line) or says what a class inherits from (`inherits from C`, `hérite de C`).
fn section_line<'a, E: WlExtra<'a>>() -> impl Parser<'a, super::TokenInput<'a>, StmtKind, E> + Clone {
    let section = choice((
        kw(Kw::Local).ignored(),
        any_word(&[
            "global",
            "globale",
            "public",
            "publique",
            "private",
            "privé",
            "privée",
            "protected",
            "protégé",
            "protégée",
            "constant",
        ]),
    ))
    .then(choice((quiet(Token::Newline).ignored(), end())).rewind());
    let inherits = any_word(&["inherits", "hérite"])
        .rewind()
        .ignore_then(choice((word("inherits").then(word("from")), word("hérite").then(word("de")))))
        .then(ident());
    choice((section.ignored(), inherits.ignored())).to(StmtKind::Section)
}

/// `GOTO Label` and a `Label:` line.
fn goto<'a, E: WlExtra<'a>>() -> impl Parser<'a, super::TokenInput<'a>, StmtKind, E> + Clone {
    let label =
        ident().then_ignore(quiet(Token::Colon)).then_ignore(choice((quiet(Token::Newline).ignored(), end())).rewind());
    let jump = any_word(&["goto"]).ignore_then(ident());
    choice((label, jump)).map(|_| StmtKind::Unsupported {
        missing: Missing::NotYet("GOTO (and its labels)"),
        parts: Vec::new(),
        body: Vec::new(),
        check_body: true,
    })
}

/// INTERNAL PROCEDURE (PROCÉDURE INTERNE) inside a body, up to its END.
fn internal_procedure<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, super::TokenInput<'a>, StmtKind, E> + Clone {
    procedures::internal_start()
        .rewind()
        .ignore_then(procedures::procedure_without_end(p.expr.clone(), p.ty.clone(), p.block.clone()))
        .map(|proc| StmtKind::InternalProcedure(Box::new(proc)))
}

/// A statement that starts with a name is read once as a postfix expression (`x`,
/// `arr[i].f`, `Send(x)`); what follows decides: an assignment, an increment, or (at the end
/// of the statement) a call. Anything else is read again as a whole expression.
fn postfix_statement<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, super::TokenInput<'a>, StmtKind, E> + Clone {
    let assign_op = select! {
        Token::Eq => AssignOp::Set,
        Token::PlusEq => AssignOp::Add,
        Token::MinusEq => AssignOp::Sub,
        Token::StarEq => AssignOp::Mul,
        Token::SlashEq => AssignOp::Div,
    };
    // `a <- b`: assignment by reference.
    let by_reference = just(Token::LeftArrow).ignore_then(p.expr.clone()).map(PostfixTail::ByReference);
    let statement_ends = choice((newline(), terminator(), end()));
    p.postfix
        .clone()
        .then(choice((
            assign_op.then(p.expr.clone()).map(|(op, value)| PostfixTail::Assign(op, value)),
            by_reference,
            choice((just(Token::PlusPlus).to(1), just(Token::MinusMinus).to(-1))).map(PostfixTail::Increment),
            statement_ends.rewind().to(PostfixTail::Nothing),
        )))
        .map(|(target, tail)| match tail {
            PostfixTail::Assign(op, value) => StmtKind::Assign { target, op, value },
            PostfixTail::Increment(delta) => StmtKind::Increment { target, delta },
            PostfixTail::Nothing => StmtKind::Expr(target),
            PostfixTail::ByReference(value) => StmtKind::AssignRef { target, value },
        })
}

/// `(a, b) = (x, y)`, and `(a, b) = f()` (several results).
fn multiple_assignment<'a, E: WlExtra<'a>>(
    p: &Parts<'a, E>,
) -> impl Parser<'a, super::TokenInput<'a>, StmtKind, E> + Clone {
    let values = p
        .expr
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(1)
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .then_ignore(statement_end().rewind())
        .map(Ok);
    p.postfix
        .clone()
        .separated_by(just(Token::Comma))
        .at_least(2)
        .collect::<Vec<_>>()
        .delimited_by(just(Token::LParen), just(Token::RParen))
        .then_ignore(just(Token::Eq))
        .then(choice((values, p.expr.clone().map(Err))))
        .map(|(targets, values)| match values {
            Ok(values) => StmtKind::MultiAssign { targets, values },
            Err(value) => StmtKind::Receive { targets, value },
        })
}
