//! EmailGetAll (French EmailRécupèreTout): every message of a POP3 or IMAP session as an
//! array of `Email` values, with its read options (ertFull, ertHeader, ertNotRead,
//! ertAsynchronous).

use super::errors::{record_for, session_error};
use super::registry::{key, session_name, Shared, RECENT_MESSAGES};
use super::types::Defs;
use crate::incoming::{self, AttachForm};
use crate::net::Protocol;
use std::rc::Rc;
use wl_interpreter::{Machine, Module, RuntimeError, Signature, Type, Value};

/// The read options. PC SOFT's page gives no numbers: these are wl's, one bit each so they
/// combine with `+` (`ertFull + ertNotRead`).
const ERT_FULL: i64 = 1;
const ERT_HEADER: i64 = 2;
const ERT_NOT_READ: i64 = 4;
const ERT_ASYNCHRONOUS: i64 = 8;

/// The options given, checked: any other value stops the script rather than being guessed.
fn read_options(v: Option<&Value>) -> Result<i64, RuntimeError> {
    let Some(v) = v.map(Value::deref) else { return Ok(0) };
    let n = match v {
        Value::Int(n) => n,
        other => {
            return Err(RuntimeError::fatal(format!(
                "EmailGetAll takes ertFull, ertHeader, ertNotRead or ertAsynchronous as its read options, not a {}",
                other.type_name()
            )))
        }
    };
    let all = ERT_FULL | ERT_HEADER | ERT_NOT_READ | ERT_ASYNCHRONOUS;
    if n & !all != 0 || n < 0 {
        return Err(RuntimeError::fatal(format!(
            "EmailGetAll: {n} is not a combination of ertFull, ertHeader, ertNotRead and ertAsynchronous"
        )));
    }
    Ok(n)
}

fn get_all(st: &Shared, defs: &Defs, m: &mut Machine, args: &[Value]) -> Result<Value, RuntimeError> {
    let options = read_options(args.get(1))?;
    let element = Type::Struct(defs.email.def().clone());
    let empty = || Value::new_array(element.clone(), Vec::new());
    let name = session_name(&args[0]);
    let protocol = st.borrow_mut().mailbox(&key(&name)).map(|mb| mb.protocol());
    match protocol {
        None => {
            session_error(m, format!("no POP3 or IMAP session named \"{name}\" is open"));
            return Ok(empty());
        }
        Some(Protocol::Pop3) if options & ERT_NOT_READ != 0 => {
            return Err(RuntimeError::fatal(format!(
                "EmailGetAll: ertNotRead is not available for a POP3 session (\"{name}\"): POP3 does not know which messages were read"
            )))
        }
        Some(_) => {}
    }
    let result = st.borrow_mut().mailbox(&key(&name)).map(|mb| mb.all(options & ERT_NOT_READ != 0));
    let messages = match result {
        Some(Ok(messages)) => messages,
        Some(Err(e)) => {
            m.fail(record_for(&e));
            return Ok(empty());
        }
        None => return Ok(empty()),
    };
    let mut items = Vec::with_capacity(messages.len());
    let mut guard = st.borrow_mut();
    for (raw, id) in messages {
        let message = incoming::parse(&raw);
        let mut value = incoming::to_email(defs.email.def(), Some(&message), AttachForm::Values(defs.attach.def()));
        if let (Value::Struct(s), Some(id)) = (&mut value, id) {
            if let Some(slot) = Rc::make_mut(s).get_mut("ID") {
                *slot = Value::str(id.as_str());
            }
        }
        // EmailSaveAttachment finds the attachments of every message returned.
        guard.recent.push_back(message.attachments);
        items.push(value);
    }
    let keep = RECENT_MESSAGES.max(items.len());
    while guard.recent.len() > keep {
        guard.recent.pop_front();
    }
    Ok(Value::new_array(element, items))
}

pub(crate) fn register(m: &mut Module, st: &Shared, defs: &Defs) {
    let (state, types) = (st.clone(), defs.clone());
    let returns = Type::Array(Rc::new(Type::Struct(defs.email.def().clone())));
    m.register_fn(
        "EmailGetAll",
        Signature::new(1, 2).can_fail().returns(returns).params("session [, read options]"),
        move |m, args| get_all(&state, &types, m, args),
    );
    m.register_alias("EmailRécupèreTout", "EmailGetAll");
    for (name, value) in [
        ("ertFull", ERT_FULL),
        ("ertHeader", ERT_HEADER),
        ("ertNotRead", ERT_NOT_READ),
        ("ertAsynchronous", ERT_ASYNCHRONOUS),
    ] {
        m.register_constant(name, Value::Int(value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn read_options_are_checked() {
        assert_eq!(read_options(None).unwrap(), 0);
        assert_eq!(read_options(Some(&Value::Int(ERT_FULL + ERT_NOT_READ))).unwrap(), 5);
        assert!(read_options(Some(&Value::Int(99))).is_err());
        assert!(read_options(Some(&Value::Int(-1))).is_err());
        assert!(read_options(Some(&Value::Bool(true))).is_err());
        assert!(read_options(Some(&Value::str("ertFull"))).is_err());
    }
}
