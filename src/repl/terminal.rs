//! The interactive session, on a terminal: rustyline with prompts, highlighting,
//! completion, hints and a history kept between sessions.

use super::commands::{self, Next};
use super::helper::ReplHelper;
use super::history::{self, HistoryFile};
use super::input::InputBuffer;
use super::session::Session;
use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Behavior, CompletionType, Config, Editor};
use std::io::IsTerminal;

pub const PROMPT: &str = "wl> ";
pub const CONTINUATION: &str = "..> ";

pub fn run(mut session: Session) -> i32 {
    let config = match Config::builder()
        .auto_add_history(false)
        .max_history_size(history::MAX_ENTRIES)
        .and_then(|c| c.history_ignore_dups(true))
    {
        // The line editor uses the terminal even when stdout goes to a file (`wl > log`), so
        // the file gets only the results.
        Ok(builder) => builder.completion_type(CompletionType::List).behavior(Behavior::PreferTerm).build(),
        Err(e) => return fail(&mut session, e),
    };
    let mut editor: Editor<ReplHelper, FileHistory> = match Editor::with_config(config) {
        Ok(editor) => editor,
        Err(e) => return fail(&mut session, e),
    };
    editor.set_helper(Some(ReplHelper::new(session.names())));
    let mut history = HistoryFile::new();
    history.load(&mut editor);

    if std::io::stdout().is_terminal() {
        println!("wl {} — WLanguage. Type :help for help, Ctrl-D to leave.", env!("CARGO_PKG_VERSION"));
    }
    let mut input = InputBuffer::default();
    loop {
        let prompt = if input.is_empty() { PROMPT } else { CONTINUATION };
        if let Some(helper) = editor.helper_mut() {
            helper.pending = input.pending().to_string();
        }
        let line = match editor.readline(prompt) {
            Ok(line) => line,
            Err(ReadlineError::Interrupted) => {
                input.clear();
                continue;
            }
            Err(ReadlineError::Eof) => break,
            Err(e) => {
                eprintln!("wl: cannot read the input: {e}");
                break;
            }
        };

        let command = if input.is_empty() { commands::parse(&line) } else { None };
        let text = match command {
            Some(_) => line,
            None => match input.push(&line) {
                Some(text) => text,
                None => continue,
            },
        };
        history.add(&mut editor, &text);

        match command {
            Some(command) => {
                if let Next::Quit = commands::execute(&mut session, command) {
                    break;
                }
            }
            None => {
                session.eval(&text);
            }
        }
        if let Some(helper) = editor.helper_mut() {
            helper.names = session.names();
        }
    }
    session.finish();
    0
}

fn fail(session: &mut Session, e: impl std::fmt::Display) -> i32 {
    eprintln!("wl: cannot start the line editor: {e}");
    session.finish();
    crate::run::RUNTIME_ERROR
}
