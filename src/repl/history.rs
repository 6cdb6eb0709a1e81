//! Where the history of inputs is kept between sessions: `$XDG_DATA_HOME/wl/history`, or
//! `~/.local/share/wl/history` when XDG_DATA_HOME is unset (or not an absolute path, as the
//! XDG specification asks).

use std::path::{Path, PathBuf};

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

/// Creates the history file's folder.
pub fn prepare(path: &Path) -> std::io::Result<()> {
    match path.parent() {
        Some(dir) => std::fs::create_dir_all(dir),
        None => Ok(()),
    }
}
