//! Persistent parameters: SaveParameter, LoadParameter, DeleteParameter, InitParameter.
//! WinDev keeps them in the registry or in an INI file; wl keeps them in an INI file, by
//! default `parameters.ini` in the user's configuration directory (`$XDG_CONFIG_HOME/wl`,
//! else `~/.config/wl`; `%APPDATA%\wl` on Windows), section `[Parameters]`.
//! `InitParameter(ppINI, path)` chooses another file.

use super::arg;
use super::files::ini::{read_value, write_value};
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::cell::RefCell;
use std::path::PathBuf;

pub const PP_INI: i64 = 1;
pub const PP_REGISTRY: i64 = 2;
const SECTION: &str = "Parameters";

thread_local! {
    static FILE: RefCell<Option<String>> = const { RefCell::new(None) };
}

fn default_file() -> String {
    let base = std::env::var_os("XDG_CONFIG_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("APPDATA").map(PathBuf::from))
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".config")))
        .unwrap_or_else(std::env::temp_dir);
    base.join("wl").join("parameters.ini").to_string_lossy().into_owned()
}

fn file() -> String {
    FILE.with(|f| f.borrow().clone()).unwrap_or_else(default_file)
}

fn no_password(v: &Value, function: &str) -> Result<(), RuntimeError> {
    if matches!(v, Value::Null) {
        return Ok(());
    }
    Err(RuntimeError::fatal(format!("{function}: wl does not encrypt parameters with a password"))
        .with_code(codes::TYPE_MISMATCH))
}

pub fn register(m: &mut Module) {
    m.register_constant("ppINI", Value::Int(PP_INI));
    m.register_constant("ppRegistry", Value::Int(PP_REGISTRY));
    m.register_constant("ppRegistre", Value::Int(PP_REGISTRY));
    m.register_fn("InitParameter", Signature::new(1, 2).params("ppINI, path"), |_, a| {
        if a[0].to_int() != PP_INI {
            return Err(RuntimeError::fatal("InitParameter: wl keeps parameters in an INI file only (ppINI)")
                .with_code(codes::TYPE_MISMATCH));
        }
        let path = match arg(a, 1) {
            Value::Null => None,
            v => Some(v.to_text()),
        };
        FILE.with(|f| *f.borrow_mut() = path);
        Ok(Value::Null)
    });
    m.register_alias("InitParamètre", "InitParameter");
    m.register_fn(
        "SaveParameter",
        Signature::new(2, 3).returns(Type::Bool).can_fail().params("name, value [, password]"),
        |m, a| {
            no_password(&arg(a, 2), "SaveParameter")?;
            let value = a[1].to_text();
            if value.contains(['\r', '\n']) {
                return Err(RuntimeError::fatal(
                    "SaveParameter: wl keeps a parameter on one line; this value has a line break",
                )
                .with_code(codes::TYPE_MISMATCH));
            }
            let path = file();
            match write_value(&path, SECTION, &a[0].to_text(), Some(&value)) {
                Ok(()) => Ok(Value::Bool(true)),
                Err(e) => Ok(super::files::failure(m, format!("SaveParameter: cannot write \"{path}\": {e}"))),
            }
        },
    );
    m.register_alias("SauveParamètre", "SaveParameter");
    m.register_fn("LoadParameter", Signature::new(1, 3).can_fail().params("name [, default [, password]]"), |m, a| {
        no_password(&arg(a, 2), "LoadParameter")?;
        let path = file();
        match read_value(&path, SECTION, &a[0].to_text()) {
            Ok(Some(value)) => Ok(Value::str(value)),
            Ok(None) => Ok(arg(a, 1)),
            Err(e) => {
                super::files::failure(m, format!("LoadParameter: cannot read \"{path}\": {e}"));
                Ok(arg(a, 1))
            }
        }
    });
    m.register_alias("ChargeParamètre", "LoadParameter");
    m.register_fn("DeleteParameter", Signature::new(1, 1).returns(Type::Bool).can_fail().params("name"), |m, a| {
        let path = file();
        match write_value(&path, SECTION, &a[0].to_text(), None) {
            Ok(()) => Ok(Value::Bool(true)),
            Err(e) => Ok(super::files::failure(m, format!("DeleteParameter: cannot write \"{path}\": {e}"))),
        }
    });
    m.register_alias("SupprimeParamètre", "DeleteParameter");
}
