//! Paths and directories: fExeDir, fDataDir, fCurrentDir, fChangeDir, fTempPath, fSep,
//! CompleteDir, fExtractPath, fFileExist, fDirectoryExist, fMakeDir, fRemoveDir, fCopyFile,
//! fMoveFile, fRename, fDelete, fSize, fDate, fTime, fListFile.

use super::io_failure;
use crate::builtins::arg;
use crate::error::{codes, RuntimeError};
use crate::machine::Machine;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::path::{Path, PathBuf, MAIN_SEPARATOR_STR};

pub const F_DRIVE: i64 = 1;
pub const F_DIRECTORY: i64 = 2;
pub const F_FILE_NAME: i64 = 4;
pub const F_EXTENSION: i64 = 8;
pub const FR_RECURSIVE: i64 = 1;

pub(super) fn text_of(p: &Path) -> String {
    p.to_string_lossy().into_owned()
}

/// The directory of the script being run (the "executable" of a wl program), else the
/// current directory.
fn exe_dir(m: &Machine) -> String {
    let current = || std::env::current_dir().map(|d| text_of(&d)).unwrap_or_default();
    match &m.script_dir {
        Some(dir) if !dir.as_os_str().is_empty() => {
            std::path::absolute(dir).map(|d| text_of(&d)).unwrap_or_else(|_| current())
        }
        _ => current(),
    }
}

/// `path` ending with the separator.
fn complete_dir(path: &str) -> String {
    if path.is_empty() || path.ends_with('/') || path.ends_with('\\') {
        path.to_string()
    } else {
        format!("{path}{MAIN_SEPARATOR_STR}")
    }
}

/// `fExtractPath`: the parts of `path` that `parts` asks for, in order: drive, directory
/// (with its final separator), file name, extension (with its dot).
fn extract_path(path: &str, parts: i64) -> String {
    let (drive, rest) = match path.as_bytes() {
        [letter, b':', ..] if letter.is_ascii_alphabetic() => path.split_at(2),
        _ => ("", path),
    };
    let cut = rest.rfind(['/', '\\']).map(|i| i + 1).unwrap_or(0);
    let (dir, file) = rest.split_at(cut);
    let (name, ext) = match file.rfind('.') {
        Some(i) if i > 0 => file.split_at(i),
        _ => (file, ""),
    };
    let mut out = String::new();
    for (bit, part) in [(F_DRIVE, drive), (F_DIRECTORY, dir), (F_FILE_NAME, name), (F_EXTENSION, ext)] {
        if parts & bit != 0 {
            out.push_str(part);
        }
    }
    out
}

/// Whether `name` matches the wildcard `pattern` (`*` and `?`), ignoring case as Windows
/// does. Backtracks only to the last `*`, so any pattern takes linear-ish time.
pub(super) fn wildcard(pattern: &[char], name: &[char]) -> bool {
    let same = |p: char, n: char| p == '?' || p.to_lowercase().eq(n.to_lowercase());
    let (mut p, mut n) = (0, 0);
    let mut star: Option<(usize, usize)> = None;
    while n < name.len() {
        if p < pattern.len() && pattern[p] == '*' {
            star = Some((p, n));
            p += 1;
        } else if p < pattern.len() && same(pattern[p], name[n]) {
            p += 1;
            n += 1;
        } else if let Some((sp, sn)) = star {
            p = sp + 1;
            n = sn + 1;
            star = Some((sp, sn + 1));
        } else {
            return false;
        }
    }
    pattern[p..].iter().all(|&c| c == '*')
}

fn list_files(dir: &Path, pattern: &[char], recursive: bool, out: &mut Vec<PathBuf>) -> std::io::Result<()> {
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.filter_map(Result::ok).collect();
    entries.sort_by_key(|e| e.file_name());
    for entry in entries {
        let path = entry.path();
        if path.is_dir() {
            if recursive {
                list_files(&path, pattern, true, out)?;
            }
        } else if wildcard(pattern, &entry.file_name().to_string_lossy().chars().collect::<Vec<_>>()) {
            out.push(path);
        }
    }
    Ok(())
}

/// A file's modification time as "YYYYMMDD" (date) or "HHMMSSCC" (time), local time.
fn file_time(m: &mut Machine, path: &str, format: &str) -> Value {
    match std::fs::metadata(path).and_then(|md| md.modified()) {
        Ok(t) => {
            let local: chrono::DateTime<chrono::Local> = t.into();
            let mut text = local.format(format).to_string();
            if format.ends_with("%S") {
                text.push_str(&format!("{:02}", local.timestamp_subsec_millis() / 10));
            }
            Value::str(text)
        }
        Err(e) => {
            io_failure(m, "cannot read the date of", path, e);
            Value::empty_str()
        }
    }
}

/// Runs a file operation that returns True, or False with ErrorOccurred.
fn file_op(m: &mut Machine, what: &str, path: &str, result: std::io::Result<()>) -> Value {
    match result {
        Ok(()) => Value::Bool(true),
        Err(e) => io_failure(m, what, path, e),
    }
}

fn no_options(v: &Value, function: &str) -> Result<(), RuntimeError> {
    if matches!(v, Value::Null) {
        return Ok(());
    }
    Err(RuntimeError::fatal(format!("{function}: wl takes no options here")).with_code(codes::TYPE_MISMATCH))
}

pub fn register(m: &mut Module) {
    for (name, value) in [
        ("fDrive", F_DRIVE),
        ("fDisque", F_DRIVE),
        ("fDirectory", F_DIRECTORY),
        ("fRépertoire", F_DIRECTORY),
        ("fFileName", F_FILE_NAME),
        ("fFichier", F_FILE_NAME),
        ("fExtension", F_EXTENSION),
        ("frRecursive", FR_RECURSIVE),
        ("frRécursif", FR_RECURSIVE),
    ] {
        m.register_constant(name, Value::Int(value));
    }
    let s0 = || Signature::new(0, 0).returns(Type::Str);
    m.register_fn("fExeDir", s0(), |m, _| Ok(Value::str(exe_dir(m))));
    m.register_alias("fRepExe", "fExeDir");
    m.register_fn("fDataDir", s0(), |m, _| Ok(Value::str(exe_dir(m))));
    m.register_alias("fRepDonnées", "fDataDir");
    m.register_fn("fCurrentDir", s0(), |_, _| {
        Ok(Value::str(std::env::current_dir().map(|d| text_of(&d)).unwrap_or_default()))
    });
    m.register_alias("fRepEnCours", "fCurrentDir");
    m.register_fn("fChangeDir", Signature::new(1, 1).returns(Type::Bool).can_fail().params("directory"), |m, a| {
        let dir = a[0].to_text();
        Ok(file_op(m, "cannot change to", &dir, std::env::set_current_dir(&dir)))
    });
    m.register_alias("fChangeRep", "fChangeDir");
    m.register_fn("fTempPath", s0(), |_, _| Ok(Value::str(text_of(&std::env::temp_dir()))));
    m.register_fn("fSep", s0(), |_, _| Ok(Value::str(MAIN_SEPARATOR_STR)));
    m.register_fn("CompleteDir", Signature::new(1, 1).returns(Type::Str).params("path"), |_, a| {
        Ok(Value::str(complete_dir(&a[0].to_text())))
    });
    m.register_alias("CompleteRep", "CompleteDir");
    m.register_fn(
        "fExtractPath",
        Signature::new(2, 2).returns(Type::Str).params("path, fDrive + fDirectory + fFileName + fExtension"),
        |_, a| {
            let parts = a[1].to_int();
            if parts <= 0 || parts & !(F_DRIVE | F_DIRECTORY | F_FILE_NAME | F_EXTENSION) != 0 {
                return Err(RuntimeError::fatal(format!("fExtractPath: unknown parts {parts}"))
                    .with_code(codes::TYPE_MISMATCH)
                    .with_help("the parts are fDrive, fDirectory, fFileName and fExtension, added"));
            }
            Ok(Value::str(extract_path(&a[0].to_text(), parts)))
        },
    );
    m.register_alias("fExtraitChemin", "fExtractPath");
    m.register_fn("fFileExist", Signature::new(1, 1).returns(Type::Bool).params("path"), |_, a| {
        // True for a directory as well; fDirectoryExist tells them apart.
        Ok(Value::Bool(Path::new(&a[0].to_text()).exists()))
    });
    m.register_alias("fFichierExiste", "fFileExist");
    m.register_fn("fDirectoryExist", Signature::new(1, 1).returns(Type::Bool).params("path"), |_, a| {
        Ok(Value::Bool(Path::new(&a[0].to_text()).is_dir()))
    });
    m.register_alias("fRépertoireExiste", "fDirectoryExist");
    m.register_fn("fMakeDir", Signature::new(1, 1).returns(Type::Bool).can_fail().params("path"), |m, a| {
        let dir = a[0].to_text();
        Ok(file_op(m, "cannot create the directory", &dir, std::fs::create_dir_all(&dir)))
    });
    m.register_alias("fRepCrée", "fMakeDir");
    m.register_fn(
        "fRemoveDir",
        Signature::new(1, 2).returns(Type::Bool).can_fail().params("path [, frRecursive]"),
        |m, a| {
            let dir = a[0].to_text();
            let recursive = arg(a, 1).to_int() & FR_RECURSIVE != 0;
            let result = if recursive { std::fs::remove_dir_all(&dir) } else { std::fs::remove_dir(&dir) };
            Ok(file_op(m, "cannot remove the directory", &dir, result))
        },
    );
    m.register_alias("fRepSupprime", "fRemoveDir");
    m.register_fn(
        "fCopyFile",
        Signature::new(2, 3).returns(Type::Bool).can_fail().params("source, destination"),
        |m, a| {
            no_options(&arg(a, 2), "fCopyFile")?;
            let (from, to) = (a[0].to_text(), a[1].to_text());
            let to = if Path::new(&to).is_dir() {
                text_of(&Path::new(&to).join(Path::new(&from).file_name().unwrap_or_default()))
            } else {
                to
            };
            Ok(file_op(m, "cannot copy", &from, std::fs::copy(&from, &to).map(|_| ())))
        },
    );
    m.register_alias("fCopieFichier", "fCopyFile");
    m.register_fn(
        "fMoveFile",
        Signature::new(2, 3).returns(Type::Bool).can_fail().params("source, destination"),
        |m, a| {
            no_options(&arg(a, 2), "fMoveFile")?;
            let (from, to) = (a[0].to_text(), a[1].to_text());
            let to = if Path::new(&to).is_dir() {
                text_of(&Path::new(&to).join(Path::new(&from).file_name().unwrap_or_default()))
            } else {
                to
            };
            Ok(file_op(m, "cannot move", &from, std::fs::rename(&from, &to)))
        },
    );
    m.register_alias("fDéplaceFichier", "fMoveFile");
    m.register_fn(
        "fRename",
        Signature::new(2, 3).returns(Type::Bool).can_fail().params("old name, new name"),
        |m, a| {
            no_options(&arg(a, 2), "fRename")?;
            let (from, to) = (a[0].to_text(), a[1].to_text());
            Ok(file_op(m, "cannot rename", &from, std::fs::rename(&from, &to)))
        },
    );
    m.register_alias("fRenomme", "fRename");
    m.register_fn("fDelete", Signature::new(1, 2).returns(Type::Bool).can_fail().params("path"), |m, a| {
        no_options(&arg(a, 1), "fDelete")?;
        let path = a[0].to_text();
        Ok(file_op(m, "cannot delete", &path, std::fs::remove_file(&path)))
    });
    m.register_alias("fSupprime", "fDelete");
    m.register_fn("fSize", Signature::new(1, 1).returns(Type::Int).can_fail().params("path"), |m, a| {
        let path = a[0].to_text();
        match std::fs::metadata(&path) {
            Ok(md) => Ok(Value::Int(md.len() as i64)),
            Err(e) => {
                io_failure(m, "cannot read the size of", &path, e);
                Ok(Value::Int(-1))
            }
        }
    });
    m.register_alias("fTaille", "fSize");
    m.register_fn("fDate", Signature::new(1, 1).returns(Type::Str).can_fail().params("path"), |m, a| {
        Ok(file_time(m, &a[0].to_text(), "%Y%m%d"))
    });
    m.register_fn("fTime", Signature::new(1, 1).returns(Type::Str).can_fail().params("path"), |m, a| {
        Ok(file_time(m, &a[0].to_text(), "%H%M%S"))
    });
    m.register_alias("fHeure", "fTime");
    m.register_fn(
        "fListFile",
        Signature::new(1, 2).returns(Type::Str).can_fail().params("directory\\pattern [, frRecursive]"),
        |m, a| {
            let full = a[0].to_text();
            let recursive = match arg(a, 1) {
                Value::Null => false,
                v if v.to_int() == FR_RECURSIVE => true,
                v => {
                    return Err(RuntimeError::fatal(format!("fListFile: unknown option {}", v.to_text()))
                        .with_code(codes::TYPE_MISMATCH)
                        .with_help("wl takes frRecursive here; the form with a procedure is not provided"))
                }
            };
            let cut = full.rfind(['/', '\\']).map(|i| i + 1).unwrap_or(0);
            let (dir, pattern) = full.split_at(cut);
            let pattern: Vec<char> = if pattern.is_empty() { vec!['*'] } else { pattern.chars().collect() };
            let dir = if dir.is_empty() { "." } else { dir };
            let mut found = Vec::new();
            match list_files(Path::new(dir), &pattern, recursive, &mut found) {
                Ok(()) => Ok(Value::str(found.iter().map(|p| text_of(p)).collect::<Vec<_>>().join("\r\n"))),
                Err(e) => {
                    io_failure(m, "cannot list", dir, e);
                    Ok(Value::empty_str())
                }
            }
        },
    );
    m.register_alias("fListeFichier", "fListFile");
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extract_path_parts() {
        let p = "C:\\Data\\2024\\clients.csv";
        assert_eq!(extract_path(p, F_DRIVE + F_DIRECTORY), "C:\\Data\\2024\\");
        assert_eq!(extract_path(p, F_FILE_NAME + F_EXTENSION), "clients.csv");
        assert_eq!(extract_path("/home/a/x.tar.gz", F_FILE_NAME), "x.tar");
        assert_eq!(extract_path("/home/a/.profile", F_EXTENSION), "");
    }

    #[test]
    fn wildcards() {
        let w = |p: &str, n: &str| wildcard(&p.chars().collect::<Vec<_>>(), &n.chars().collect::<Vec<_>>());
        assert!(w("*.CSV", "a.csv") && w("a?c", "abc") && !w("*.txt", "a.csv") && w("*", ""));
    }
}
