//! Files and directories (docs/library.md: the `f…` family). Failures are not fatal: the
//! function returns False, -1 or "" and sets ErrorOccurred, as in WLanguage. The families
//! live in `files/`: encodings, whole-file text, open files, paths and directories, fDir, INI.

pub mod encoding;
mod handles;
pub(crate) mod ini;
mod paths;
mod search;
mod text;

use crate::error::codes;
use crate::machine::{ErrorRecord, Machine};
use crate::registry::Module;
use crate::value::Value;

/// Records the failure of an operation on `path` (ErrorOccurred, ErrorInfo) and returns False.
pub(crate) fn io_failure(m: &mut Machine, what: &str, path: &str, e: std::io::Error) -> Value {
    let record = ErrorRecord::new(codes::FILE, format!("{what} \"{path}\": {e}"))
        .with_system(e.raw_os_error().unwrap_or(0) as i64, e.to_string());
    m.fail(record)
}

/// Records a failure that is not an operating system error.
pub(crate) fn failure(m: &mut Machine, message: String) -> Value {
    m.fail(ErrorRecord::new(codes::FILE, message))
}

pub fn register(m: &mut Module) {
    encoding::register(m);
    text::register(m);
    handles::register(m);
    paths::register(m);
    search::register(m);
    ini::register(m);
}
