//! Files opened by number: fOpen, fReadLine, fWrite, fWriteLine, fClose. The open files
//! belong to the thread running the script and are closed when it ends.

use super::encoding::{decode, encode, Encoding};
use super::{failure, io_failure};
use crate::builtins::arg;
use crate::builtins::strings::EOT;
use crate::error::{codes, RuntimeError};
use crate::machine::Machine;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::cell::RefCell;
use std::collections::HashMap;
use std::fs::{File, OpenOptions};
use std::io::{BufRead, BufReader, Read, Write};

pub const FO_READ: i64 = 1;
pub const FO_WRITE: i64 = 2;
pub const FO_READ_WRITE: i64 = 3;
pub const FO_CREATE: i64 = 4;
pub const FO_CREATE_IF_NOT_EXIST: i64 = 8;
pub const FO_ADD: i64 = 16;
const MODE_BITS: i64 = 0xFF;

struct OpenFile {
    reader: BufReader<File>,
    encoding: Encoding,
    path: String,
}

thread_local! {
    static FILES: RefCell<HashMap<i64, OpenFile>> = RefCell::new(HashMap::new());
    static NEXT: RefCell<i64> = const { RefCell::new(1) };
}

fn open(path: &str, options: i64) -> Result<OpenFile, Result<String, std::io::Error>> {
    let encoding = Encoding::from_options(options, "fOpen").map_err(|e| Ok(e.message))?;
    let mode = options & MODE_BITS;
    let mut o = OpenOptions::new();
    match mode {
        FO_READ => o.read(true),
        FO_WRITE => o.write(true),
        FO_READ_WRITE => o.read(true).write(true),
        FO_CREATE => o.read(true).write(true).create(true).truncate(true),
        FO_CREATE_IF_NOT_EXIST => o.read(true).write(true).create(true),
        FO_ADD => o.read(true).append(true).create(true),
        _ => return Err(Ok(format!("unknown open mode {mode}: the modes are foRead, foWrite, foReadWrite, foCreate, foCreateIfNotExist and foAdd"))),
    };
    let mut file = o.open(path).map_err(Err)?;
    let mut encoding = encoding;
    let len = file.metadata().map(|md| md.len()).unwrap_or(0);
    if len == 0 && encoding == Encoding::Utf16Le && mode != FO_READ {
        // A new UTF-16 file starts with its byte order mark, so that it reads back.
        file.write_all(&encode("", Encoding::Utf16Le, true).unwrap_or_default()).map_err(Err)?;
    }
    let mut reader = BufReader::new(file);
    if mode & FO_READ != 0 || mode == FO_CREATE_IF_NOT_EXIST || mode == FO_CREATE {
        let start = reader.fill_buf().map_err(Err)?;
        if let Some((found, bom)) = Encoding::from_bom(start) {
            if encoding == Encoding::Detect || encoding == found {
                encoding = found;
                reader.consume(bom);
            }
        }
    }
    Ok(OpenFile { reader, encoding, path: path.to_string() })
}

/// Opens `path` and numbers it: the number, or -1 and ErrorOccurred.
fn open_numbered(m: &mut Machine, function: &str, path: &str, options: i64) -> Value {
    match open(path, options) {
        Ok(file) => {
            let handle = NEXT.with(|n| {
                let mut n = n.borrow_mut();
                *n += 1;
                *n - 1
            });
            FILES.with(|files| files.borrow_mut().insert(handle, file));
            Value::Int(handle)
        }
        Err(Ok(message)) => {
            failure(m, format!("{function} \"{path}\": {message}"));
            Value::Int(-1)
        }
        Err(Err(e)) => {
            io_failure(m, "cannot open", path, e);
            Value::Int(-1)
        }
    }
}

fn not_open(function: &str, handle: i64) -> RuntimeError {
    RuntimeError::fatal(format!("{function}: no file is open with the number {handle}")).with_code(codes::FILE)
}

/// Runs `f` on the open file `handle`.
fn with_file<R>(function: &str, handle: i64, f: impl FnOnce(&mut OpenFile) -> R) -> Result<R, RuntimeError> {
    FILES.with(|files| files.borrow_mut().get_mut(&handle).map(f)).ok_or_else(|| not_open(function, handle))
}

/// The next line of `file` without its end (CR+LF or LF), `None` at the end of the file.
fn read_line(file: &mut OpenFile) -> Result<Option<String>, String> {
    let mut raw = Vec::new();
    if file.encoding == Encoding::Utf16Le {
        let mut unit = [0u8; 2];
        loop {
            match file.reader.read_exact(&mut unit) {
                Ok(()) => {
                    raw.extend_from_slice(&unit);
                    if unit == [b'\n', 0] {
                        break;
                    }
                }
                Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => break,
                Err(e) => return Err(e.to_string()),
            }
        }
    } else {
        file.reader.read_until(b'\n', &mut raw).map_err(|e| e.to_string())?;
    }
    if raw.is_empty() {
        return Ok(None);
    }
    let mut line = decode(&raw, file.encoding)?;
    if line.ends_with('\n') {
        line.pop();
        if line.ends_with('\r') {
            line.pop();
        }
    }
    Ok(Some(line))
}

fn write(m: &mut Machine, function: &str, a: &[Value], end: &str) -> Result<Value, RuntimeError> {
    let handle = a[0].to_int();
    let text = format!("{}{end}", arg(a, 1).to_text());
    let result = with_file(function, handle, |file| {
        let bytes = encode(&text, file.encoding, false).map_err(Ok)?;
        file.reader.get_mut().write_all(&bytes).map_err(Err)?;
        Ok::<_, Result<String, std::io::Error>>((bytes.len(), file.path.clone()))
    })?;
    Ok(match result {
        Ok((n, _)) => Value::Int(n as i64),
        Err(Ok(message)) => {
            failure(m, format!("{function}: {message}"));
            Value::Int(-1)
        }
        Err(Err(e)) => {
            io_failure(m, "cannot write", &format!("file {handle}"), e);
            Value::Int(-1)
        }
    })
}

pub fn register(m: &mut Module) {
    for (name, value) in [
        ("foRead", FO_READ),
        ("foLecture", FO_READ),
        ("foWrite", FO_WRITE),
        ("foEcriture", FO_WRITE),
        ("foReadWrite", FO_READ_WRITE),
        ("foLectureEcriture", FO_READ_WRITE),
        ("foCreate", FO_CREATE),
        ("foCréation", FO_CREATE),
        ("foCreateIfNotExist", FO_CREATE_IF_NOT_EXIST),
        ("foCréationSiInexistant", FO_CREATE_IF_NOT_EXIST),
        ("foAdd", FO_ADD),
        ("foAjout", FO_ADD),
    ] {
        m.register_constant(name, Value::Int(value));
    }

    m.register_fn(
        "fOpen",
        Signature::new(1, 2).returns(Type::Int).can_fail().params("path [, mode + encoding]"),
        |m, a| {
            let options = match arg(a, 1) {
                Value::Null => FO_READ_WRITE,
                v => v.to_int(),
            };
            Ok(open_numbered(m, "fOpen", &a[0].to_text(), options))
        },
    );
    // PC SOFT's fCreate page (3036017): the file is created, or destroyed and re-created when
    // it exists; the result is the file's number, -1 on failure (ErrorInfo says why). That is
    // fOpen's foCreate. The page's second parameter is not at hand, so wl refuses it.
    m.register_fn("fCreate", Signature::new(1, 2).returns(Type::Int).can_fail().params("path"), |m, a| {
        if !matches!(arg(a, 1), Value::Null) {
            return Err(RuntimeError::fatal("fCreate: wl does not provide its second parameter")
                .with_code(codes::TYPE_MISMATCH)
                .with_help("to choose the encoding, write fOpen(path, foCreate + foUnicode) (or foAnsi, foUTF8)"));
        }
        Ok(open_numbered(m, "fCreate", &a[0].to_text(), FO_CREATE))
    });
    m.register_alias("fCrée", "fCreate");
    m.register_alias("fOuvre", "fOpen");
    m.register_fn("fReadLine", Signature::new(1, 1).returns(Type::Str).can_fail().params("file"), |m, a| {
        let handle = a[0].to_int();
        match with_file("fReadLine", handle, read_line)? {
            Ok(Some(line)) => Ok(Value::str(line)),
            Ok(None) => Ok(Value::str(EOT)),
            Err(e) => {
                failure(m, format!("fReadLine: cannot read file {handle}: {e}"));
                Ok(Value::str(EOT))
            }
        }
    });
    m.register_alias("fLitLigne", "fReadLine");
    m.register_fn("fWrite", Signature::new(2, 2).returns(Type::Int).can_fail().params("file, text"), |m, a| {
        write(m, "fWrite", a, "")
    });
    m.register_alias("fEcrit", "fWrite");
    m.register_fn("fWriteLine", Signature::new(2, 2).returns(Type::Int).can_fail().params("file, text"), |m, a| {
        write(m, "fWriteLine", a, "\r\n")
    });
    m.register_alias("fEcritLigne", "fWriteLine");
    m.register_fn("fClose", Signature::new(1, 1).returns(Type::Int).params("file"), |_, a| {
        let handle = a[0].to_int();
        match FILES.with(|files| files.borrow_mut().remove(&handle)) {
            Some(mut file) => {
                let _ = file.reader.get_mut().flush();
                Ok(Value::Int(0))
            }
            None => Err(not_open("fClose", handle)),
        }
    });
    m.register_alias("fFerme", "fClose");
    m.on_exit(|_| FILES.with(|files| files.borrow_mut().clear()));
}
