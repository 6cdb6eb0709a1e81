//! The functions on messages: EmailReset, EmailLoadAttachment, EmailBuildSource,
//! EmailImportSource and EmailCheckAddress.

use super::errors::codes;
use super::types::Defs;
use crate::incoming::{self, AttachForm};
use crate::message;
use std::rc::Rc;
use wl_interpreter::{ErrorRecord, Machine, Module, RuntimeError, Signature, Type, Value};

/// EmailCheckAddress results.
pub(crate) const ADDRESS_VALID: i64 = 1;
pub(crate) const ADDRESS_INCORRECT_SYNTAX: i64 = 2;
pub(crate) const ADDRESS_REFUSED: i64 = 3;
pub(crate) const ADDRESS_ERROR: i64 = 4;

/// Runs `f` on the message a call names: the `Email` variable at `args[0]` (passed by
/// reference), or the global `Email` structure when it is left out.
fn with_message<R>(
    defs: &Defs,
    m: &mut Machine,
    args: &mut [Value],
    function: &str,
    f: impl FnOnce(&mut Value) -> R,
) -> Result<R, RuntimeError> {
    match args.first_mut() {
        Some(v @ Value::Struct(_)) => match v {
            v if defs.email.is_instance(v) => Ok(f(v)),
            other => {
                Err(RuntimeError::fatal(format!("{function} takes an Email variable, not a {}", other.type_name())))
            }
        },
        Some(Value::Null) | None => {
            defs.global.with_mut(m, f).ok_or_else(|| RuntimeError::fatal("the Email structure is missing"))
        }
        Some(other) => {
            Err(RuntimeError::fatal(format!("{function} takes an Email variable, not a {}", other.type_name())))
        }
    }
}

fn build_source(defs: &Defs, m: &mut Machine, args: &mut [Value]) -> Result<Value, RuntimeError> {
    let options = args.get(1).map(|v| v.to_int()).unwrap_or(0);
    let built = with_message(defs, m, args, "EmailBuildSource", |v| {
        let Value::Struct(s) = v else { return Err(String::new()) };
        let out = message::build(s, options, defs.attach.def())?;
        if let Some(slot) = Rc::make_mut(s).get_mut("Source") {
            *slot = Value::str(String::from_utf8_lossy(&out.bytes).into_owned());
        }
        Ok(())
    })?;
    Ok(match built {
        Ok(()) => Value::Bool(true),
        Err(e) => m.fail(ErrorRecord::new(codes::INVALID_MESSAGE, e)),
    })
}

/// EmailImportSource: the members of the message filled from its `Source`.
fn import_source(defs: &Defs, m: &mut Machine, args: &mut [Value]) -> Result<Value, RuntimeError> {
    // An Email variable gets emailAttach values; the Email structure, the file names.
    let form = match args.first() {
        Some(Value::Struct(_)) => AttachForm::Values(defs.attach.def()),
        _ => AttachForm::Names,
    };
    with_message(defs, m, args, "EmailImportSource", |v| {
        let source = match v {
            Value::Struct(s) => s.get("Source").map(|s| s.to_text()).unwrap_or_default(),
            _ => String::new(),
        };
        let parsed = incoming::parse(source.as_bytes());
        *v = incoming::to_email(defs.email.def(), Some(&parsed), form);
    })?;
    Ok(Value::Bool(true))
}

/// EmailCheckAddress(address): the syntax of an address (`name@domain`, or
/// `Name <name@domain>`).
fn check_address(args: &[Value]) -> Value {
    let text = args[0].to_text();
    let valid = !text.contains(['\r', '\n', '\0'])
        && text.parse::<lettre::message::Mailbox>().is_ok_and(|m| m.email.domain().contains('.'));
    Value::Int(if valid { ADDRESS_VALID } else { ADDRESS_INCORRECT_SYNTAX })
}

pub(crate) fn register(m: &mut Module, defs: &Defs) {
    let types = defs.clone();
    m.register_fn(
        "EmailReset",
        Signature::new(0, 1).by_ref(0).returns(Type::Bool).params("[message]"),
        move |m, args| {
            let fresh = types.empty_email();
            with_message(&types, m, args, "EmailReset", |v| *v = fresh)?;
            Ok(Value::Bool(true))
        },
    );
    m.register_alias("EmailRAZ", "EmailReset");

    let types = defs.clone();
    m.register_fn(
        "EmailBuildSource",
        Signature::new(0, 2).by_ref(0).can_fail().returns(Type::Bool).params("[message [, options]]"),
        move |m, args| build_source(&types, m, args),
    );
    m.register_alias("EmailConstruitSource", "EmailBuildSource");

    let types = defs.clone();
    m.register_fn(
        "EmailImportSource",
        Signature::new(0, 1).by_ref(0).can_fail().returns(Type::Bool).params("[message]"),
        move |m, args| import_source(&types, m, args),
    );
    m.register_alias("EmailImporteSource", "EmailImportSource");

    m.register_fn("EmailCheckAddress", Signature::new(1, 1).returns(Type::Int).params("address"), |_, args| {
        Ok(check_address(args))
    });
    m.register_alias("EmailVérifieAdresse", "EmailCheckAddress");

    m.register_fn(
        "EmailLoadAttachment",
        Signature::new(2, 3).by_ref(0).can_fail().returns(Type::Bool).params("message, path"),
        |m, args| {
            let path = args[1].to_text();
            match std::fs::metadata(&path) {
                Ok(meta) if meta.is_file() => {}
                Ok(_) => {
                    return Ok(m.fail(ErrorRecord::new(
                        codes::INVALID_MESSAGE,
                        format!("cannot attach \"{path}\": it is not a file"),
                    )))
                }
                Err(e) => {
                    let record = ErrorRecord::new(codes::INVALID_MESSAGE, format!("cannot attach \"{path}\": {e}"))
                        .with_system(e.raw_os_error().unwrap_or(0) as i64, e.to_string());
                    return Ok(m.fail(record));
                }
            }
            let Value::Struct(s) = &mut args[0] else {
                return Err(RuntimeError::fatal(format!(
                    "EmailLoadAttachment takes an Email variable, not a {}",
                    args[0].type_name()
                )));
            };
            let s = Rc::make_mut(s);
            match s.get_mut("Attach") {
                Some(Value::Array(a)) => Rc::make_mut(a).items.push(Value::str(path)),
                Some(slot) => *slot = Value::new_array(Type::Str, vec![Value::str(path)]),
                None => return Err(RuntimeError::fatal("EmailLoadAttachment takes an Email variable")),
            }
            Ok(Value::Bool(true))
        },
    );
    m.register_alias("EmailChargeFichierAttaché", "EmailLoadAttachment");
}
