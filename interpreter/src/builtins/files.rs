//! Text files: fLoadText, fSaveText, fAddText, fFileExist, fDelete. Failures are non-fatal:
//! the function returns False (or "") and sets ErrorOccurred.

use crate::error::codes;
use crate::machine::{ErrorRecord, Machine};
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::io::Write;

fn io_failure(m: &mut Machine, what: &str, path: &str, e: std::io::Error) -> Value {
    let record = ErrorRecord::new(codes::FILE, format!("{what} \"{path}\": {e}"))
        .with_system(e.raw_os_error().unwrap_or(0) as i64, e.to_string());
    m.fail(record)
}

pub fn register(m: &mut Module) {
    m.register_fn("fLoadText", Signature::new(1, 2).returns(Type::Str).can_fail().params("path"), |m, a| {
        let path = a[0].to_text();
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Value::str(String::from_utf8_lossy(&bytes).into_owned())),
            Err(e) => {
                io_failure(m, "cannot read", &path, e);
                Ok(Value::empty_str())
            }
        }
    });
    m.register_alias("fChargeTexte", "fLoadText");
    m.register_fn("fSaveText", Signature::new(2, 3).returns(Type::Bool).can_fail().params("path, text"), |m, a| {
        let path = a[0].to_text();
        match std::fs::write(&path, a[1].to_text()) {
            Ok(()) => Ok(Value::Bool(true)),
            Err(e) => Ok(io_failure(m, "cannot write", &path, e)),
        }
    });
    m.register_alias("fSauveTexte", "fSaveText");
    m.register_fn("fAddText", Signature::new(2, 2).returns(Type::Bool).can_fail().params("path, text"), |m, a| {
        let path = a[0].to_text();
        let result = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&path)
            .and_then(|mut f| f.write_all(a[1].to_text().as_bytes()));
        match result {
            Ok(()) => Ok(Value::Bool(true)),
            Err(e) => Ok(io_failure(m, "cannot write", &path, e)),
        }
    });
    m.register_fn("fFileExist", Signature::new(1, 1).returns(Type::Bool).params("path"), |_, a| {
        Ok(Value::Bool(std::path::Path::new(&a[0].to_text()).exists()))
    });
    m.register_alias("fFichierExiste", "fFileExist");
    m.register_fn("fDelete", Signature::new(1, 2).returns(Type::Bool).can_fail().params("path"), |m, a| {
        let path = a[0].to_text();
        match std::fs::remove_file(&path) {
            Ok(()) => Ok(Value::Bool(true)),
            Err(e) => Ok(io_failure(m, "cannot delete", &path, e)),
        }
    });
    m.register_alias("fSupprime", "fDelete");
}
