//! The REPL's own commands, typed at the start of an input: `:help`, `:load FILE`, `:vars`,
//! `:reset`, `:quit`. (No WLanguage statement starts with `:`.)

use super::session::{Outcome, Session};

#[derive(Clone, Debug, PartialEq)]
pub enum Command {
    Help,
    Load(String),
    Vars,
    Reset,
    Quit,
    /// A `:word` that is no command, or a command used wrongly: the message to show.
    Wrong(String),
}

/// The command names, for completion.
pub const NAMES: &[&str] = &[":help", ":load", ":vars", ":reset", ":quit"];

pub const HELP: &str = "\
Type a statement, or an expression to see its value, and press Enter.
An input goes on over several lines while it is unfinished: a block (IF, FOR, WHILE, LOOP,
SWITCH, WHEN EXCEPTION…) until its END, a PROCEDURE until its END or an empty line, a line
ending in `...` on the next line. Variables and procedures stay from one input to the next.

Commands:
  :help         this help
  :load FILE    run a script into the session (what it declares stays)
  :vars         the variables, constants and procedures declared so far
  :reset        forget everything (open email sessions are closed)
  :quit         leave (also Ctrl-D)

Keys: Tab completes a name, Up and Down recall earlier inputs, Ctrl-C cancels the input
being typed or stops a running statement, Ctrl-D leaves.
";

/// The command on `line`, if the line is one (it starts with `:`).
pub fn parse(line: &str) -> Option<Command> {
    let line = line.trim();
    let rest = line.strip_prefix(':')?;
    let (word, arg) = match rest.find(char::is_whitespace) {
        Some(i) => (&rest[..i], rest[i..].trim()),
        None => (rest, ""),
    };
    let no_argument = |command: Command| {
        if arg.is_empty() {
            command
        } else {
            Command::Wrong(format!(":{word} takes no argument"))
        }
    };
    Some(match word.to_lowercase().as_str() {
        "help" | "h" | "?" => no_argument(Command::Help),
        "vars" => no_argument(Command::Vars),
        "reset" => no_argument(Command::Reset),
        "quit" | "q" | "exit" => no_argument(Command::Quit),
        "load" | "l" => match file_name(arg) {
            file if file.is_empty() => Command::Wrong("usage: :load FILE".to_string()),
            file => Command::Load(file),
        },
        _ => Command::Wrong(format!("unknown command `{line}`; type :help for the list")),
    })
}

/// A file name as typed: in double quotes, or with `\` before a space (as file-name
/// completion writes it).
fn file_name(arg: &str) -> String {
    match arg.strip_prefix('"').and_then(|a| a.strip_suffix('"')) {
        Some(quoted) => quoted.to_string(),
        None => rustyline::completion::unescape(arg, Some('\\')).into_owned(),
    }
}

/// What comes after a command.
pub enum Next {
    Continue(Outcome),
    Quit,
}

pub fn execute(session: &mut Session, command: Command) -> Next {
    let outcome = match command {
        Command::Help => {
            print!("{HELP}");
            Outcome::Done
        }
        Command::Load(file) => session.load(&file),
        Command::Vars => {
            print!("{}", session.describe());
            Outcome::Done
        }
        Command::Reset => match session.reset() {
            Ok(()) => {
                println!("the session was reset");
                Outcome::Done
            }
            Err(message) => {
                eprintln!("Error: {message}");
                Outcome::Failed
            }
        },
        Command::Quit => return Next::Quit,
        Command::Wrong(message) => {
            eprintln!("Error: {message}");
            Outcome::Failed
        }
    };
    use std::io::Write;
    let _ = std::io::stdout().flush();
    Next::Continue(outcome)
}

#[cfg(test)]
mod tests {
    use super::{parse, Command};

    #[test]
    fn commands() {
        assert_eq!(parse("x = 1"), None);
        assert_eq!(parse(":help"), Some(Command::Help));
        assert_eq!(parse("  :VARS "), Some(Command::Vars));
        assert_eq!(parse(":q"), Some(Command::Quit));
        assert_eq!(parse(":load  my script.wl "), Some(Command::Load("my script.wl".into())));
        assert_eq!(parse(":load \"a b.wl\""), Some(Command::Load("a b.wl".into())));
        assert_eq!(parse(":load a\\ b.wl"), Some(Command::Load("a b.wl".into())));
        assert!(matches!(parse(":load"), Some(Command::Wrong(_))));
        assert!(matches!(parse(":reset now"), Some(Command::Wrong(_))));
        assert!(matches!(parse(":frobnicate"), Some(Command::Wrong(_))));
    }
}
