//! Grammar-aware: plausible token streams (keywords, operators, literals, declared names)
//! through the lexer, parser and resolver.
#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|tokens: common::Tokens| {
    if std::env::var_os("WL_FUZZ_PRINT").is_some() {
        eprintln!("{}", tokens.0);
    }
    common::compile_and_run(&tokens.0, false);
});
