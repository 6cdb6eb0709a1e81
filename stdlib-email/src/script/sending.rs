//! Sending: EmailStartSMTPSession and EmailSendMessage.

use super::errors::{codes, record_for, session_error};
use super::registry::{self, key, session_name, Shared, State};
use super::start::{self, SMTP};
use super::types::Defs;
use crate::message;
use crate::send::SendError;
use std::rc::Rc;
use wl_interpreter::{ErrorRecord, Machine, Module, Signature, Type, Value};

fn send_message(st: &Shared, defs: &Defs, m: &mut Machine, args: &[Value]) -> Value {
    let name = session_name(&args[0]);
    let message = match args.get(1).map(|v| v.deref()) {
        None | Some(Value::Null) => m.global("Email").unwrap_or_default(),
        Some(v) => v,
    };
    let built = match &message {
        Value::Struct(s) if Rc::ptr_eq(&s.def, &defs.email) => message::build(s),
        other => Err(format!("EmailSendMessage sends an Email variable, not a {}", other.type_name())),
    };
    let out = match built {
        Ok(out) => out,
        Err(e) => return m.fail(ErrorRecord::new(codes::INVALID_MESSAGE, e)),
    };
    let mut guard = st.borrow_mut();
    let State { sessions, capture, .. } = &mut *guard;
    let Some((_, session)) = sessions.iter_mut().find(|(k, _)| *k == key(&name)) else {
        drop(guard);
        return session_error(m, format!("no SMTP session named \"{name}\" is open"));
    };
    let result = session.send(out, capture.as_mut());
    drop(guard);
    match result {
        Ok(()) => Value::Bool(true),
        Err(SendError::Smtp(e)) => m.fail(record_for(&e)),
        Err(SendError::Capture(e)) => m.fail(ErrorRecord::new(codes::CAPTURE, e)),
    }
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
        Signature::new(1, 2).can_fail().returns(Type::Bool).params("session [, message]"),
        move |m, args| Ok(send_message(&state, &types, m, args)),
    );
    m.register_alias("EmailEnvoieMessage", "EmailSendMessage");
}
