//! The history of inputs, kept between sessions in `$XDG_DATA_HOME/wl/history`, or
//! `~/.local/share/wl/history` when XDG_DATA_HOME is unset (or not an absolute path, as the
//! XDG specification asks). Each input is added to the file as soon as it is entered, so
//! sessions running side by side all keep theirs.

use rustyline::error::ReadlineError;
use rustyline::history::FileHistory;
use rustyline::{Editor, Helper};
use std::path::PathBuf;

/// Most inputs remembered.
pub const MAX_ENTRIES: usize = 1000;

pub fn path() -> Option<PathBuf> {
    let from_env = |name: &str| std::env::var_os(name).filter(|v| !v.is_empty()).map(PathBuf::from);
    let data = match from_env("XDG_DATA_HOME").filter(|p| p.is_absolute()) {
        Some(dir) => dir,
        None => from_env("HOME")?.join(".local").join("share"),
    };
    Some(data.join("wl").join("history"))
}

pub struct HistoryFile {
    path: Option<PathBuf>,
    /// A file that cannot be written is reported once, not at every input.
    warned: bool,
}

impl HistoryFile {
    pub fn new() -> Self {
        HistoryFile { path: path(), warned: false }
    }

    /// Loads the inputs of earlier sessions.
    pub fn load<H: Helper>(&self, editor: &mut Editor<H, FileHistory>) {
        let Some(path) = &self.path else { return };
        if path.exists() {
            if let Err(e) = editor.load_history(path) {
                eprintln!("wl: cannot read the history `{}`: {e}", path.display());
            }
        }
    }

    /// Adds an input to the history and to the file.
    pub fn add<H: Helper>(&mut self, editor: &mut Editor<H, FileHistory>, input: &str) {
        let _ = editor.add_history_entry(input);
        let Some(path) = &self.path else { return };
        let saved = match path.parent() {
            Some(dir) => std::fs::create_dir_all(dir).map_err(ReadlineError::from),
            None => Ok(()),
        }
        .and_then(|()| editor.append_history(path));
        if let Err(e) = saved {
            if !self.warned {
                eprintln!("wl: cannot save the history to `{}`: {e}", path.display());
                self.warned = true;
            }
        }
    }
}
