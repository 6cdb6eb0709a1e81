//! The session without a terminal (stdin is a pipe or a file): statements are read from
//! stdin without prompts, and only results and errors are printed, so the REPL can be
//! scripted and tested. Blocks gather lines until complete, as at the terminal.
//!
//! A failed input (rejected, or stopped by a fatal error) is reported and the session goes
//! on with the next one, as at the terminal; the exit status is then 1 (0 when every input
//! succeeded). `:quit` stops reading. Ctrl-C (SIGINT) stops the running statement and ends
//! the session with status 130, as it ends any command of a pipeline.

use super::commands::{self, Next};
use super::input::InputBuffer;
use super::session::{Outcome, Session};
use std::io::BufRead;

/// The worst outcome so far.
#[derive(Default)]
struct Status {
    failed: bool,
    interrupted: bool,
}

impl Status {
    /// Records an outcome; false when the session must stop.
    fn note(&mut self, outcome: Outcome) -> bool {
        self.failed |= outcome != Outcome::Done;
        self.interrupted |= outcome == Outcome::Interrupted;
        !self.interrupted
    }

    fn code(&self) -> i32 {
        if self.interrupted {
            crate::run::INTERRUPTED
        } else if self.failed {
            crate::run::RUNTIME_ERROR
        } else {
            crate::run::OK
        }
    }
}

pub fn run(mut session: Session) -> i32 {
    let mut stdin = std::io::stdin().lock();
    let mut input = InputBuffer::default();
    let mut status = Status::default();
    let mut bytes = Vec::new();
    loop {
        bytes.clear();
        match stdin.read_until(b'\n', &mut bytes) {
            Ok(0) => {
                // An input cut short by the end of stdin: compiled anyway, so its error is
                // shown (or, for a PROCEDURE without END, so it is declared as at the end of a
                // file).
                if let Some(text) = input.take() {
                    status.note(session.eval(&text));
                }
                break;
            }
            Ok(_) => {}
            Err(e) => {
                eprintln!("wl: cannot read stdin: {e}");
                status.note(Outcome::Failed);
                break;
            }
        }
        let line = String::from_utf8_lossy(&bytes);
        let line = line.strip_suffix('\n').unwrap_or(&line);
        let line = line.strip_suffix('\r').unwrap_or(line);

        let command = if input.is_empty() { commands::parse(line) } else { None };
        let outcome = match command {
            Some(command) => match commands::execute(&mut session, command) {
                Next::Continue(outcome) => outcome,
                Next::Quit => break,
            },
            None => match input.push(line) {
                Some(text) => session.eval(&text),
                None => continue,
            },
        };
        if !status.note(outcome) {
            break;
        }
    }
    session.finish();
    status.code()
}
