//! `wl repl` (and plain `wl`): an interactive session on a terminal, or a scriptable one when
//! stdin is not a terminal.
//!
//! - `session`: the engine kept across inputs, `:vars`, `:load`, `:reset`;
//! - `input`: lines gathered until the real parser says the input is complete;
//! - `commands`: `:help`, `:load`, `:vars`, `:reset`, `:quit`;
//! - `terminal` / `pipe`: the two ways of reading inputs;
//! - `helper` with `validator`, `highlighter`, `completer`, `hinter`, `names`: rustyline's side;
//! - `history`: where inputs are remembered; `interrupt`: Ctrl-C; `output`: the output host.

mod commands;
mod completer;
mod helper;
mod highlighter;
mod hinter;
mod history;
mod input;
mod interrupt;
mod names;
mod output;
mod pipe;
mod session;
mod terminal;
mod validator;

use crate::cli::ReplOptions;
use std::io::IsTerminal;

/// Runs a session; returns the exit status.
pub fn start(options: &ReplOptions) -> i32 {
    let interactive = std::io::stdin().is_terminal();
    let session = match session::Session::new(options, crate::run::use_color(), interactive) {
        Ok(session) => session,
        Err(message) => {
            eprint!("{}", wl_interpreter::Diagnostic::error(message).render(&Default::default(), false));
            return crate::run::REJECTED;
        }
    };
    interrupt::install(session.interrupt_flag(), interactive);
    if interactive {
        terminal::run(session)
    } else {
        pipe::run(session)
    }
}
