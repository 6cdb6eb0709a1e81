//! Any bytes through the lexer, parser and resolver: diagnostics, never a panic.
#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    common::compile_and_run(&text, false);
});
