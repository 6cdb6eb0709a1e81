//! The evaluator: generated programs that compile are run, with small limits and a 50 ms
//! watchdog so endless loops end.
#![no_main]
#[path = "common.rs"]
mod common;

libfuzzer_sys::fuzz_target!(|tokens: common::Tokens| {
    common::compile_and_run(&tokens.0, true);
});
