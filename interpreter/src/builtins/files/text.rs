//! Whole files at once: fLoadText, fSaveText, fAddText (with an encoding), fLoadBuffer,
//! fSaveBuffer.

use super::encoding::{decode, encode, Encoding};
use super::{failure, io_failure};
use crate::builtins::arg;
use crate::registry::{Module, Signature};
use crate::string::Str;
use crate::types::Type;
use crate::value::Value;
use std::io::Write;

fn encoding_arg(v: &Value, function: &str) -> Result<Encoding, crate::error::RuntimeError> {
    match v {
        Value::Null => Ok(Encoding::Detect),
        v => Encoding::from_options(v.to_int(), function),
    }
}

pub fn register(m: &mut Module) {
    m.register_fn(
        "fLoadText",
        Signature::new(1, 2).returns(Type::Str).can_fail().params("path [, foAnsi | foUnicode | foUTF8]"),
        |m, a| {
            let path = a[0].to_text();
            let encoding = encoding_arg(&arg(a, 1), "fLoadText")?;
            match std::fs::read(&path) {
                Ok(bytes) => match decode(&bytes, encoding) {
                    Ok(text) => Ok(Value::str(text)),
                    Err(e) => {
                        failure(m, format!("cannot read \"{path}\": {e}"));
                        Ok(Value::empty_str())
                    }
                },
                Err(e) => {
                    io_failure(m, "cannot read", &path, e);
                    Ok(Value::empty_str())
                }
            }
        },
    );
    m.register_alias("fChargeTexte", "fLoadText");
    m.register_fn(
        "fSaveText",
        Signature::new(2, 3).returns(Type::Bool).can_fail().params("path, text [, foAnsi | foUnicode | foUTF8]"),
        |m, a| {
            let path = a[0].to_text();
            let encoding = encoding_arg(&arg(a, 2), "fSaveText")?;
            // UTF-16 files start with their byte order mark, so that they read back.
            let bytes = match encode(&a[1].to_text(), encoding, encoding == Encoding::Utf16Le) {
                Ok(b) => b,
                Err(e) => return Ok(failure(m, format!("cannot write \"{path}\": {e}"))),
            };
            match std::fs::write(&path, bytes) {
                Ok(()) => Ok(Value::Bool(true)),
                Err(e) => Ok(io_failure(m, "cannot write", &path, e)),
            }
        },
    );
    m.register_alias("fSauveTexte", "fSaveText");
    m.register_fn(
        "fAddText",
        Signature::new(2, 3).returns(Type::Bool).can_fail().params("path, text [, foAnsi | foUnicode | foUTF8]"),
        |m, a| {
            let path = a[0].to_text();
            let encoding = encoding_arg(&arg(a, 2), "fAddText")?;
            let is_new = std::fs::metadata(&path).map(|md| md.len() == 0).unwrap_or(true);
            let bytes = match encode(&a[1].to_text(), encoding, is_new && encoding == Encoding::Utf16Le) {
                Ok(b) => b,
                Err(e) => return Ok(failure(m, format!("cannot write \"{path}\": {e}"))),
            };
            let result =
                std::fs::OpenOptions::new().create(true).append(true).open(&path).and_then(|mut f| f.write_all(&bytes));
            match result {
                Ok(()) => Ok(Value::Bool(true)),
                Err(e) => Ok(io_failure(m, "cannot write", &path, e)),
            }
        },
    );
    m.register_alias("fAjouteTexte", "fAddText");
    m.register_fn("fLoadBuffer", Signature::new(1, 1).returns(Type::Str).can_fail().params("path"), |m, a| {
        let path = a[0].to_text();
        match std::fs::read(&path) {
            Ok(bytes) => Ok(Value::Str(Str::from_bytes(&bytes))),
            Err(e) => {
                io_failure(m, "cannot read", &path, e);
                Ok(Value::empty_str())
            }
        }
    });
    m.register_alias("fChargeBuffer", "fLoadBuffer");
    m.register_fn("fSaveBuffer", Signature::new(2, 2).returns(Type::Bool).can_fail().params("path, buffer"), |m, a| {
        let path = a[0].to_text();
        match std::fs::write(&path, a[1].to_str().to_bytes()) {
            Ok(()) => Ok(Value::Bool(true)),
            Err(e) => Ok(io_failure(m, "cannot write", &path, e)),
        }
    });
    m.register_alias("fSauveBuffer", "fSaveBuffer");
}
