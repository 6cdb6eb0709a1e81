//! IMAP folders: EmailListFolder, EmailCurrentFolder, EmailChangeFolder, EmailCreateFolder,
//! EmailDeleteFolder. Each takes the session (name or variable) first; a POP3 session (no
//! folders) or an unknown one gives False (or "") with ErrorInfo.

use super::errors::{record_for, session_error};
use super::registry::{key, session_name, Shared};
use crate::net::MailError;
use crate::receive::Mailbox;
use wl_interpreter::{Machine, Module, Signature, Type, Value};

/// Runs `op` on the session's mailbox; the failure as False + ErrorInfo otherwise.
fn with_mailbox<T>(
    st: &Shared,
    m: &mut Machine,
    session: &Value,
    op: impl FnOnce(&mut Mailbox) -> Result<T, MailError>,
) -> Result<T, Value> {
    let name = session_name(session);
    let result = st.borrow_mut().mailbox(&key(&name)).map(op);
    match result {
        None => Err(session_error(m, format!("no IMAP session named \"{name}\" is open"))),
        Some(Ok(v)) => Ok(v),
        Some(Err(e)) => Err(m.fail(record_for(&e))),
    }
}

/// A folder name: text, not empty.
fn folder_name(v: &Value, function: &str) -> Result<String, wl_interpreter::RuntimeError> {
    let name = v.to_text();
    if name.trim().is_empty() {
        return Err(wl_interpreter::RuntimeError::fatal(format!(
            "{function} takes a folder name, not an empty string"
        )));
    }
    Ok(name)
}

pub(crate) fn register(m: &mut Module, st: &Shared) {
    let state = st.clone();
    m.register_fn(
        "EmailListFolder",
        Signature::new(1, 1).can_fail().returns(Type::Str).params("session"),
        move |m, args| {
            Ok(match with_mailbox(&state, m, &args[0], |mb| mb.folders("EmailListFolder")) {
                Ok(names) => Value::str(names.join("\r\n").as_str()),
                Err(_) => Value::str(""),
            })
        },
    );
    m.register_alias("EmailListeDossier", "EmailListFolder");

    let state = st.clone();
    m.register_fn(
        "EmailCurrentFolder",
        Signature::new(1, 1).can_fail().returns(Type::Str).params("session"),
        move |m, args| {
            Ok(match with_mailbox(&state, m, &args[0], |mb| mb.current_folder("EmailCurrentFolder")) {
                Ok(name) => Value::str(name.as_str()),
                Err(_) => Value::str(""),
            })
        },
    );
    m.register_alias("EmailDossierEnCours", "EmailCurrentFolder");

    type Op = fn(&mut Mailbox, &str, &str) -> Result<(), MailError>;
    let ops: [(&'static str, &'static str, Op); 3] = [
        ("EmailChangeFolder", "EmailChangeDossier", Mailbox::change_folder),
        ("EmailCreateFolder", "EmailCréeDossier", Mailbox::create_folder),
        ("EmailDeleteFolder", "EmailSupprimeDossier", Mailbox::delete_folder),
    ];
    for (function, french, op) in ops {
        let state = st.clone();
        m.register_fn(
            function,
            Signature::new(2, 2).can_fail().returns(Type::Bool).params("session, folder"),
            move |m, args| {
                let folder = folder_name(&args[1], function)?;
                Ok(match with_mailbox(&state, m, &args[0], |mb| op(mb, function, &folder)) {
                    Ok(()) => Value::Bool(true),
                    Err(failed) => failed,
                })
            },
        );
        m.register_alias(french, function);
    }
}
