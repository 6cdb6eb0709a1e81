//! Receiving: EmailStartPOP3Session, EmailStartIMAPSession, the read functions,
//! EmailNbMessage, EmailDeleteMessage and EmailSaveAttachment.

use super::errors::{codes, record_for, session_error};
use super::registry::{self, key, session_name, Shared, RECENT_MESSAGES};
use super::start::{self, IMAP, POP3};
use super::types::Defs;
use crate::incoming::{self, AttachForm};
use crate::receive::Move;
use std::path::PathBuf;
use wl_interpreter::{ErrorRecord, Machine, Module, RuntimeError, Signature, Type, Value};

fn no_mailbox(m: &mut Machine, name: &str) -> Value {
    session_error(m, format!("no POP3 or IMAP session named \"{name}\" is open"))
}

/// Which message a read function asks for: a move of the cursor (EmailReadFirst…), or a
/// number (EmailReadMessage, its last argument).
#[derive(Clone, Copy)]
enum Which {
    Move(Move),
    Number,
}

/// EmailReadMessage's message number: an integer (or text holding one). PC SOFT's Outlook
/// and Notes sessions also read by identifier; wl has no such sessions, so anything else is
/// a clear error.
fn message_number(v: &Value, function: &str) -> Result<i64, RuntimeError> {
    match v.deref() {
        Value::Int(n) => Ok(n),
        Value::Real(r) if r.fract() == 0.0 && r.is_finite() => Ok(r as i64),
        text @ Value::Str(_) if text.to_text().trim().parse::<i64>().is_ok() => {
            Ok(text.to_text().trim().parse::<i64>().unwrap_or(0))
        }
        other => Err(RuntimeError::fatal(format!(
            "{function} takes the number of the message in the session (1 to EmailNbMessage), not {}",
            if matches!(other, Value::Str(_)) {
                format!("\"{}\"", other.to_text())
            } else {
                format!("a {}", other.type_name())
            }
        ))),
    }
}

/// EmailReadFirst/Next/Last/Previous and EmailReadMessage: fill the `Email` structure, or
/// the `Email` variable given as second argument.
fn read_message(
    st: &Shared,
    defs: &Defs,
    m: &mut Machine,
    args: &mut [Value],
    which: Which,
    function: &str,
    headers_only: bool,
) -> Result<Value, RuntimeError> {
    // EmailReadMessage(session [, message], number): the number is the last argument.
    let number = match which {
        Which::Move(_) => None,
        Which::Number => Some(message_number(&args[args.len() - 1], function)?),
    };
    let variable_slot = if number.is_some() && args.len() == 2 { None } else { args.get(1) };
    let into_variable = match variable_slot {
        None | Some(Value::Null) => false,
        Some(v) if defs.email.is_instance(v) => true,
        Some(other) => {
            return Err(RuntimeError::fatal(format!("{function} fills an Email variable, not a {}", other.type_name())))
        }
    };
    let name = session_name(&args[0]);
    let form = if into_variable { AttachForm::Values(defs.attach.def()) } else { AttachForm::Names };
    let result = st.borrow_mut().mailbox(&key(&name)).map(|mb| {
        let raw = match (which, number) {
            (Which::Move(mv), _) => mb.read(mv, headers_only),
            (Which::Number, n) => mb.read_number(n.unwrap_or(0), headers_only),
        };
        match raw {
            Ok(Some(raw)) => mb.current_id().map(|id| Some((raw, id))),
            Ok(None) => Ok(None),
            Err(e) => Err(e),
        }
    });
    let (value, outcome) = match result {
        None => (incoming::to_email(defs.email.def(), None, form), Err(None)),
        Some(Ok(None)) => (incoming::to_email(defs.email.def(), None, form), Ok(false)),
        Some(Ok(Some((raw, id)))) => {
            let message = incoming::parse(&raw);
            let mut value = incoming::to_email(defs.email.def(), Some(&message), form);
            if let (Value::Struct(s), Some(id)) = (&mut value, id) {
                if let Some(slot) = std::rc::Rc::make_mut(s).get_mut("ID") {
                    *slot = Value::str(id.as_str());
                }
            }
            if !headers_only {
                let mut guard = st.borrow_mut();
                while guard.recent.len() >= RECENT_MESSAGES {
                    guard.recent.pop_front();
                }
                guard.recent.push_back(message.attachments);
            }
            (value, Ok(true))
        }
        Some(Err(e)) => (incoming::to_email(defs.email.def(), None, form), Err(Some(e))),
    };
    if into_variable {
        args[1] = value;
    } else {
        defs.global.with_mut(m, |v| *v = value);
    }
    Ok(match outcome {
        Ok(read) => Value::Bool(read),
        Err(None) => no_mailbox(m, &name),
        Err(Some(e)) => m.fail(record_for(&e)),
    })
}

/// EmailSaveAttachment(attachment, path): writes an attachment to a file, or into a folder
/// under its own name. The attachment is an `emailAttach` (of an `Email` variable read: its
/// content), or a name, looked for in the last messages read (the most recent first).
fn save_attachment(st: &Shared, defs: &Defs, m: &mut Machine, args: &[Value]) -> Value {
    let path = args[1].to_text();
    let (wanted, content) = match args[0].deref() {
        Value::Struct(a) if defs.attach.is_instance(&args[0].deref()) => (
            a.get("Name").map(|n| n.to_text()).unwrap_or_default(),
            Some(a.get("Content").map(|c| c.to_bytes()).unwrap_or_default()),
        ),
        other => {
            let wanted = other.to_text();
            let guard = st.borrow();
            let found = guard
                .recent
                .iter()
                .rev()
                .find_map(|message| message.iter().find(|(n, _)| *n == wanted).map(|(_, c)| c.clone()));
            (wanted, found)
        }
    };
    let Some(content) = content else {
        return m.fail(ErrorRecord::new(
            codes::ATTACHMENT,
            format!("no attachment named \"{wanted}\" in the last messages read"),
        ));
    };
    let mut target = PathBuf::from(&path);
    if path.trim().is_empty() {
        target = PathBuf::from(&wanted);
    } else if target.is_dir() {
        target = target.join(&wanted);
    }
    match std::fs::write(&target, &content) {
        Ok(()) => Value::Bool(true),
        Err(e) => m.fail(
            ErrorRecord::new(
                codes::ATTACHMENT,
                format!("cannot save the attachment \"{wanted}\" as \"{}\": {e}", target.display()),
            )
            .with_system(e.raw_os_error().unwrap_or(0) as i64, e.to_string()),
        ),
    }
}

pub(crate) fn register(m: &mut Module, st: &Shared, defs: &Defs) {
    for (kind, french) in [(&POP3, "EmailOuvreSessionPOP3"), (&IMAP, "EmailOuvreSessionIMAP")] {
        let (state, types) = (st.clone(), defs.clone());
        m.register_fn(
            kind.function,
            Signature::new(1, 5)
                .can_fail()
                .returns(Type::Bool)
                .params("user, password, server [, port [, option]]  |  session"),
            move |m, args| {
                let default_timeout = state.borrow().timeout;
                Ok(match start::parse(kind, &types, args, default_timeout) {
                    Ok(start) => registry::open(&state, m, start),
                    Err(e) => session_error(m, e),
                })
            },
        );
        m.register_alias(french, kind.function);
    }

    let state = st.clone();
    m.register_fn(
        "EmailNbMessage",
        Signature::new(1, 1).can_fail().returns(Type::Int).params("session"),
        move |m, args| {
            let name = session_name(&args[0]);
            let count = state.borrow_mut().mailbox(&key(&name)).map(|mb| mb.count());
            Ok(match count {
                Some(n) => Value::Int(n as i64),
                None => {
                    no_mailbox(m, &name);
                    Value::Int(-1)
                }
            })
        },
    );

    for (function, mv, french) in [
        ("EmailReadFirst", Move::First, "EmailLitPremier"),
        ("EmailReadNext", Move::Next, "EmailLitSuivant"),
        ("EmailReadLast", Move::Last, "EmailLitDernier"),
        ("EmailReadPrevious", Move::Previous, "EmailLitPrécédent"),
    ] {
        let (state, types) = (st.clone(), defs.clone());
        m.register_fn(
            function,
            Signature::new(1, 2).by_ref(1).can_fail().returns(Type::Bool).params("session [, message]"),
            move |m, args| read_message(&state, &types, m, args, Which::Move(mv), function, false),
        );
        m.register_alias(french, function);
    }
    // The same, headers only (POP3 TOP, IMAP BODY.PEEK[HEADER]): Message, HTML and Attach
    // stay empty.
    for (function, mv) in [
        ("EmailReadFirstHeader", Move::First),
        ("EmailReadNextHeader", Move::Next),
        ("EmailReadLastHeader", Move::Last),
        ("EmailReadPreviousHeader", Move::Previous),
    ] {
        let (state, types) = (st.clone(), defs.clone());
        m.register_fn(
            function,
            Signature::new(1, 2).by_ref(1).can_fail().returns(Type::Bool).params("session [, message]"),
            move |m, args| read_message(&state, &types, m, args, Which::Move(mv), function, true),
        );
    }
    // By number: EmailReadMessage(session [, message], number); the header-only form is
    // EmailReadMessageHeader (French EmailLitEntêteMessage).
    for (function, french, headers_only) in
        [("EmailReadMessage", "EmailLitMessage", false), ("EmailReadMessageHeader", "EmailLitEntêteMessage", true)]
    {
        let (state, types) = (st.clone(), defs.clone());
        m.register_fn(
            function,
            Signature::new(2, 3).by_ref(1).can_fail().returns(Type::Bool).params("session [, message], number"),
            move |m, args| read_message(&state, &types, m, args, Which::Number, function, headers_only),
        );
        m.register_alias(french, function);
    }

    let state = st.clone();
    m.register_fn(
        "EmailDeleteMessage",
        Signature::new(1, 1).can_fail().returns(Type::Bool).params("session"),
        move |m, args| {
            let name = session_name(&args[0]);
            let result = state.borrow_mut().mailbox(&key(&name)).map(|mb| mb.delete_current());
            Ok(match result {
                None => no_mailbox(m, &name),
                Some(Ok(())) => Value::Bool(true),
                Some(Err(e)) => m.fail(record_for(&e)),
            })
        },
    );
    m.register_alias("EmailSupprimeMessage", "EmailDeleteMessage");

    let (state, types) = (st.clone(), defs.clone());
    m.register_fn(
        "EmailSaveAttachment",
        Signature::new(2, 2).can_fail().returns(Type::Bool).params("attachment, path"),
        move |m, args| Ok(save_attachment(&state, &types, m, args)),
    );
    m.register_alias("EmailSauveFichierAttaché", "EmailSaveAttachment");
}
