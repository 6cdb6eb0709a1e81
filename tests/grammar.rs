//! The grammar in grammar/wlanguage.ebnf stays true to the parser: every example it
//! contains must parse without a syntax error.

use wl_interpreter::{lexer, parser};

#[test]
fn grammar_examples() {
    let grammar = include_str!("../grammar/wlanguage.ebnf");
    let mut examples = Vec::new();
    let mut rest = grammar;
    while let Some(start) = rest.find("(* example:") {
        let body = &rest[start + "(* example:".len()..];
        let end = body.find("*)").expect("an example block is closed");
        examples.push(body[..end].trim_matches('\n').to_string());
        rest = &body[end..];
    }
    assert!(examples.len() >= 7, "the grammar has {} examples", examples.len());
    for example in &examples {
        let (tokens, lex_errors) = lexer::lex(example);
        assert!(lex_errors.is_empty(), "lexer errors {lex_errors:?} in example:\n{example}");
        let (script, errors) = parser::parse(&tokens, example.len());
        assert!(errors.is_empty() && script.is_some(), "syntax errors {errors:?} in example:\n{example}");
    }
}
