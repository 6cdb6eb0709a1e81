//! The session without a terminal (stdin is a pipe or a file): statements are read from
//! stdin without prompts, and only results and errors are printed, so the REPL can be
//! scripted and tested. Blocks gather lines until complete, as at the terminal.
//!
//! A failed input (rejected, or stopped by a fatal error) is reported and the session goes
//! on with the next one, as at the terminal; the exit status is then 1 (0 when every input
//! succeeded). `:quit` stops reading.

use super::commands::{self, Outcome};
use super::input::InputBuffer;
use super::session::Session;
use std::io::BufRead;

pub fn run(mut session: Session) -> i32 {
    let mut stdin = std::io::stdin().lock();
    let mut input = InputBuffer::default();
    let mut failed = false;
    let mut bytes = Vec::new();
    loop {
        bytes.clear();
        match stdin.read_until(b'\n', &mut bytes) {
            Ok(0) => break,
            Ok(_) => {}
            Err(e) => {
                eprintln!("wl: cannot read stdin: {e}");
                failed = true;
                break;
            }
        }
        let line = String::from_utf8_lossy(&bytes);
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);

        if input.is_empty() {
            if let Some(command) = commands::parse(line) {
                match commands::execute(&mut session, command) {
                    Outcome::Quit => break,
                    Outcome::Done { ok } => failed |= !ok,
                }
                continue;
            }
        }
        if let Some(text) = input.push(line) {
            failed |= !session.eval(&text);
        }
    }
    // An input cut short by the end of stdin: compiled anyway, so its error is shown (or, for
    // a PROCEDURE without END, so it is declared as at the end of a file).
    if let Some(text) = input.take() {
        failed |= !session.eval(&text);
    }
    session.finish();
    if failed {
        crate::run::RUNTIME_ERROR
    } else {
        crate::run::OK
    }
}
