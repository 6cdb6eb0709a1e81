//! fDir (PC SOFT page 3036056): finds a file or a directory by name, `*` and `?` allowed in
//! the last part; called again with "" it returns the next match, so a loop lists a
//! directory. The matches of the last search wait in a queue that belongs to the thread
//! running the script.

use super::io_failure;
use super::paths::{text_of, wildcard};
use crate::builtins::arg;
use crate::error::{codes, RuntimeError};
use crate::machine::Machine;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::Path;

/// Look for files (PC SOFT's first two examples give the same search without an option and
/// with frFile, so it is the default).
pub const FR_FILE: i64 = 0x100;
/// Look for directories.
pub const FR_DIRECTORY: i64 = 0x200;

thread_local! {
    static PENDING: RefCell<VecDeque<String>> = const { RefCell::new(VecDeque::new()) };
}

fn kinds(options: &Value) -> Result<i64, RuntimeError> {
    let kinds = match options {
        Value::Null => return Ok(FR_FILE),
        v => v.to_int(),
    };
    if kinds == 0 || kinds & !(FR_FILE | FR_DIRECTORY) != 0 {
        return Err(RuntimeError::fatal(format!("fDir: unknown option {kinds}"))
            .with_code(codes::TYPE_MISMATCH)
            .with_help("wl takes frFile (frFichier) and frDirectory (frRépertoire) here"));
    }
    Ok(kinds)
}

/// The names in the directory of `sought` that match its last part, sorted.
fn matches(sought: &str, kinds: i64) -> std::io::Result<Vec<String>> {
    // "C:\MyDirectory\" with frDirectory finds the directory itself: the final separator
    // does not make an empty last part.
    let sought = sought.trim_end_matches(['/', '\\']);
    let cut = sought.rfind(['/', '\\']).map(|i| i + 1).unwrap_or(0);
    let (dir, pattern) = sought.split_at(cut);
    let pattern: Vec<char> = pattern.chars().collect();
    let dir = if dir.is_empty() { Path::new(".") } else { Path::new(dir) };
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let is_dir = entry.path().is_dir();
        let wanted = if is_dir { kinds & FR_DIRECTORY != 0 } else { kinds & FR_FILE != 0 };
        let name = text_of(Path::new(&entry.file_name()));
        if wanted && wildcard(&pattern, &name.chars().collect::<Vec<_>>()) {
            found.push(name);
        }
    }
    found.sort();
    Ok(found)
}

pub fn register(m: &mut Module) {
    for (name, value) in
        [("frFile", FR_FILE), ("frFichier", FR_FILE), ("frDirectory", FR_DIRECTORY), ("frRépertoire", FR_DIRECTORY)]
    {
        m.register_constant(name, Value::Int(value));
    }
    m.register_fn(
        "fDir",
        Signature::new(1, 2).returns(Type::Str).can_fail().params("name or pattern [, frFile | frDirectory]"),
        |m: &mut Machine, a| {
            let sought = a[0].to_text();
            let kinds = kinds(&arg(a, 1))?;
            if sought.is_empty() {
                return Ok(Value::str(PENDING.with(|p| p.borrow_mut().pop_front()).unwrap_or_default()));
            }
            let found = match matches(&sought, kinds) {
                Ok(found) => found,
                // A directory that does not exist holds nothing: not found, not a failure.
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
                Err(e) => {
                    PENDING.with(|p| p.borrow_mut().clear());
                    io_failure(m, "cannot search", &sought, e);
                    return Ok(Value::empty_str());
                }
            };
            let mut found: VecDeque<String> = found.into();
            let first = found.pop_front().unwrap_or_default();
            PENDING.with(|p| *p.borrow_mut() = found);
            Ok(Value::str(first))
        },
    );
    m.register_alias("fRep", "fDir");
    m.on_exit(|_| PENDING.with(|p| p.borrow_mut().clear()));
}
