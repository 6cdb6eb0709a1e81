//! `wl`'s interpreter: source → tokens → AST → resolved program → evaluation.
pub mod ast;
pub mod diagnostic;
pub mod keywords;
pub mod lexer;
pub mod parser;
pub mod source;
