//! Sending: EmailStartSMTPSession, EmailSendMessage, EmailSend (a prepared source) and
//! EmailStatus.

use super::errors::{codes, record_for, session_error};
use super::registry::{self, key, session_name, Shared, State};
use super::start::{self, SMTP};
use super::types::Defs;
use crate::message::{self, Outgoing};
use crate::send::{SendError, Status};
use std::rc::Rc;
use wl_interpreter::value::StructValue;
use wl_interpreter::{ErrorRecord, Machine, Module, RuntimeError, Signature, Type, Value};

/// `EmailStatus` results.
pub(crate) const STATUS_SENT: i64 = 1;
pub(crate) const STATUS_PENDING: i64 = 2;
pub(crate) const STATUS_ERROR: i64 = 3;

/// The message a call names: the `Email` variable given, or the global `Email` structure.
fn message_arg(defs: &Defs, m: &Machine, arg: Option<&Value>, function: &str) -> Result<Rc<StructValue>, String> {
    let message = match arg.map(|v| v.deref()) {
        None | Some(Value::Null) => defs.global.get(m).unwrap_or_default(),
        Some(v) => v,
    };
    match defs.email.instance(&message) {
        Some(s) => Ok(s.clone()),
        None => Err(format!("{function} takes an Email variable, not a {}", message.type_name())),
    }
}

/// Writes `value` into member `field` of the message a call named (the variable passed by
/// reference, or the global `Email`).
fn set_member(defs: &Defs, m: &mut Machine, args: &mut [Value], at: usize, field: &str, value: Value) {
    let set = |v: &mut Value| {
        if let Value::Struct(s) = v {
            if let Some(slot) = Rc::make_mut(s).get_mut(field) {
                *slot = value.clone();
            }
        }
    };
    match args.get_mut(at) {
        Some(v @ Value::Struct(_)) => set(v),
        _ => {
            defs.global.with_mut(m, set);
        }
    }
}

/// Hands a built message to the session named by `session`; its `MailIdentifier`, or the
/// failure already recorded.
fn transmit(st: &Shared, m: &mut Machine, session: &Value, out: Outgoing) -> Result<i64, Value> {
    let name = session_name(session);
    let mut guard = st.borrow_mut();
    let State { sessions, capture, statuses, last_id, .. } = &mut *guard;
    let Some((_, session)) = sessions.iter_mut().find(|(k, _)| *k == key(&name)) else {
        drop(guard);
        return Err(session_error(m, format!("no SMTP session named \"{name}\" is open")));
    };
    *last_id += 1;
    let id = *last_id;
    let result = session.send(out, capture.as_mut(), id, statuses);
    drop(guard);
    match result {
        Ok(()) => Ok(id),
        Err(SendError::Smtp(e)) => Err(m.fail(record_for(&e))),
        Err(SendError::Capture(e)) => Err(m.fail(ErrorRecord::new(codes::CAPTURE, e))),
    }
}

fn options_arg(arg: Option<&Value>) -> i64 {
    arg.map(|v| v.to_int()).unwrap_or(0)
}

/// EmailSendMessage(session [, message [, options]]).
fn send_message(st: &Shared, defs: &Defs, m: &mut Machine, args: &mut [Value]) -> Value {
    let built = message_arg(defs, m, args.get(1), "EmailSendMessage")
        .and_then(|s| message::build(&s, options_arg(args.get(2)), defs.attach.def()));
    let out = match built {
        Ok(out) => out,
        Err(e) => return m.fail(ErrorRecord::new(codes::INVALID_MESSAGE, e)),
    };
    match transmit(st, m, &args[0], out) {
        Ok(id) => {
            set_member(defs, m, args, 1, "MailIdentifier", Value::Int(id));
            // PC SOFT (EmailStatus): the identifier is also the `ID` of the Email variable.
            set_member(defs, m, args, 1, "ID", Value::str(id.to_string().as_str()));
            Value::Bool(true)
        }
        Err(failed) => failed,
    }
}

/// EmailSend(session, file): sends a message source prepared in a file (EmailBuildSource,
/// then edited); the envelope (sender and recipients) comes from the `Email` structure.
fn send_source(st: &Shared, defs: &Defs, m: &mut Machine, args: &mut [Value]) -> Value {
    let path = args[1].to_text();
    let bytes = match std::fs::read(&path) {
        Ok(b) => b,
        Err(e) => {
            let record =
                ErrorRecord::new(codes::INVALID_MESSAGE, format!("cannot read the message file \"{path}\": {e}"))
                    .with_system(e.raw_os_error().unwrap_or(0) as i64, e.to_string());
            return m.fail(record);
        }
    };
    let envelope = message_arg(defs, m, None, "EmailSend").and_then(|s| message::build(&s, 0, defs.attach.def()));
    let out = match envelope {
        Ok(out) => Outgoing { bytes, ..out },
        Err(e) => return m.fail(ErrorRecord::new(codes::INVALID_MESSAGE, e)),
    };
    match transmit(st, m, &args[0], out) {
        Ok(id) => {
            set_member(defs, m, args, usize::MAX, "MailIdentifier", Value::Int(id));
            set_member(defs, m, args, usize::MAX, "ID", Value::str(id.to_string().as_str()));
            Value::Bool(true)
        }
        Err(failed) => failed,
    }
}

/// EmailStatus(identifier): where a message sent or queued stands.
fn status(st: &Shared, m: &mut Machine, id: i64) -> Result<Value, RuntimeError> {
    let found = st.borrow().statuses.lock().ok().and_then(|map| map.get(&id).cloned());
    Ok(match found {
        Some(Status::Sent) => Value::Int(STATUS_SENT),
        Some(Status::Pending) => Value::Int(STATUS_PENDING),
        Some(Status::Failed(e)) => {
            m.fail(record_for(&e));
            Value::Int(STATUS_ERROR)
        }
        None => {
            return Err(RuntimeError::fatal(format!(
                "EmailStatus: no message was sent with the identifier {id} (use Email.MailIdentifier after EmailSendMessage)"
            )))
        }
    })
}

pub(crate) fn register(m: &mut Module, st: &Shared, defs: &Defs) {
    let (state, types) = (st.clone(), defs.clone());
    m.register_fn(
        "EmailStartSMTPSession",
        Signature::new(1, 6)
            .can_fail()
            .returns(Type::Bool)
            .params("user [, password], server [, port [, async [, option]]]  |  session"),
        move |m, args| {
            let default_timeout = state.borrow().timeout;
            Ok(match start::parse(&SMTP, &types, args, default_timeout) {
                Ok(start) => registry::open(&state, m, start),
                Err(e) => session_error(m, e),
            })
        },
    );
    m.register_alias("EmailOuvreSessionSMTP", "EmailStartSMTPSession");

    let (state, types) = (st.clone(), defs.clone());
    m.register_fn(
        "EmailSendMessage",
        Signature::new(1, 3).by_ref(1).can_fail().returns(Type::Bool).params("session [, message [, options]]"),
        move |m, args| Ok(send_message(&state, &types, m, args)),
    );
    m.register_alias("EmailEnvoieMessage", "EmailSendMessage");

    let (state, types) = (st.clone(), defs.clone());
    m.register_fn(
        "EmailSend",
        Signature::new(2, 2).can_fail().returns(Type::Bool).params("session, file"),
        move |m, args| Ok(send_source(&state, &types, m, args)),
    );
    m.register_alias("EmailEnvoie", "EmailSend");

    let state = st.clone();
    m.register_fn("EmailStatus", Signature::new(1, 1).returns(Type::Int).params("identifier"), move |m, args| {
        let id = args[0].to_int();
        status(&state, m, id)
    });
    m.register_alias("EmailEtat", "EmailStatus");
}
