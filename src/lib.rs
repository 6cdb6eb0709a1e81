//! The `wl` command's pieces, shared by the binary and the test harness.

#![forbid(unsafe_code)]

pub mod cli;
pub mod golden;
pub mod repl;
pub mod run;
pub mod testing;
pub mod textmate;
