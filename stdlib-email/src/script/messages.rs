//! The functions on messages: EmailReset and EmailLoadAttachment.

use super::errors::codes;
use super::types::Defs;
use std::rc::Rc;
use wl_interpreter::{ErrorRecord, Module, RuntimeError, Signature, Type, Value};

pub(crate) fn register(m: &mut Module, defs: &Defs) {
    let types = defs.clone();
    m.register_fn(
        "EmailReset",
        Signature::new(0, 1).by_ref(0).returns(Type::Bool).params("[message]"),
        move |m, args| {
            let fresh = types.empty_email();
            match args.first_mut() {
                Some(v @ Value::Struct(_)) => *v = fresh,
                Some(Value::Null) | None => {
                    m.with_global_mut("Email", |v| *v = fresh);
                }
                Some(other) => {
                    return Err(RuntimeError::fatal(format!(
                        "EmailReset takes an Email variable, not a {}",
                        other.type_name()
                    )))
                }
            }
            Ok(Value::Bool(true))
        },
    );
    m.register_alias("EmailRAZ", "EmailReset");

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
