//! The open sessions, by name: starting one (any protocol), closing one, and what all
//! sessions share (the timeout of EmailSetTimeOut, capture mode, the attachments of the
//! last messages read). Also the functions that act on sessions of every kind:
//! EmailStartSession, EmailCloseSession, EmailSetTimeOut, EmailConfigure.

use super::errors::{codes, record_for, session_error};
use super::start::{self, Start};
use super::types::Defs;
use crate::net::Protocol;
use crate::receive::Mailbox;
use crate::send::{Capture, Failure, Session, Statuses};
use crate::Config;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;
use std::time::Duration;
use wl_interpreter::{ErrorRecord, Machine, Module, RuntimeError, Signature, Type, Value};

/// PC SOFT's default (EmailSetTimeOut, EmailGetTimeOut): 10 minutes.
pub(crate) const DEFAULT_TIMEOUT: Duration = Duration::from_secs(600);
/// How many recently read messages EmailSaveAttachment looks in.
pub(crate) const RECENT_MESSAGES: usize = 16;

pub(crate) struct State {
    /// Open SMTP sessions, keyed by lower-case name, in the order they were opened.
    pub sessions: Vec<(String, Session)>,
    /// Open POP3 and IMAP sessions, keyed the same way. A name may have an SMTP session and
    /// a receiving session at once (EmailStartSession opens both).
    pub mailboxes: Vec<(String, Mailbox)>,
    /// The attachments of the last messages read, most recent last (EmailSaveAttachment).
    pub recent: VecDeque<Vec<(String, Vec<u8>)>>,
    /// EmailSetTimeOut.
    pub timeout: Duration,
    pub capture: Option<Capture>,
    /// Where each message sent or queued stands (EmailStatus), by `MailIdentifier`.
    pub statuses: Statuses,
    /// The last `MailIdentifier` given.
    pub last_id: i64,
}

pub(crate) type Shared = Rc<RefCell<State>>;

impl State {
    pub fn shared(config: &Config) -> Shared {
        Rc::new(RefCell::new(State {
            sessions: Vec::new(),
            mailboxes: Vec::new(),
            recent: VecDeque::new(),
            timeout: DEFAULT_TIMEOUT,
            capture: config.capture_dir.clone().map(Capture::new),
            statuses: Statuses::default(),
            last_id: 0,
        }))
    }
    pub fn session(&mut self, key: &str) -> Option<&mut Session> {
        self.sessions.iter_mut().find(|(k, _)| k == key).map(|(_, s)| s)
    }
    pub fn mailbox(&mut self, key: &str) -> Option<&mut Mailbox> {
        self.mailboxes.iter_mut().find(|(k, _)| k == key).map(|(_, m)| m)
    }
    fn take_session(&mut self, key: &str) -> Option<Session> {
        self.sessions.iter().position(|(k, _)| k == key).map(|i| self.sessions.remove(i).1)
    }
    fn take_mailbox(&mut self, key: &str) -> Option<Mailbox> {
        self.mailboxes.iter().position(|(k, _)| k == key).map(|i| self.mailboxes.remove(i).1)
    }
}

/// The session a call names: a string (the user name) or a session variable.
pub(crate) fn session_name(v: &Value) -> String {
    match v.deref() {
        Value::Struct(s) => s.get("Name").map(|n| n.to_text()).unwrap_or_default(),
        other => other.to_text(),
    }
}

/// Sessions are named case-insensitively: "Bob" and "BOB" are the same session.
pub(crate) fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

/// Opens the session `start` describes and records it under its name.
pub(crate) fn open(st: &Shared, m: &mut Machine, start: Start) -> Value {
    let k = key(&start.name);
    let protocol = start.kind.protocol;
    let already = match protocol {
        Protocol::Smtp => st.borrow_mut().session(&k).is_some().then_some(Protocol::Smtp),
        Protocol::Pop3 | Protocol::Imap => st.borrow_mut().mailbox(&k).map(|mb| mb.protocol()),
    };
    if let Some(open) = already {
        let article = if open == Protocol::Pop3 { "a" } else { "an" };
        return session_error(
            m,
            format!(
                "{article} {} session named \"{}\" is already open; close it with EmailCloseSession first",
                open.name(),
                start.name
            ),
        );
    }
    let opened = match protocol {
        Protocol::Smtp => {
            let (capture, statuses) = {
                let state = st.borrow();
                (state.capture.is_some(), state.statuses.clone())
            };
            Session::start(start.name, start.target, start.asynchronous, capture, &statuses)
                .map(|s| st.borrow_mut().sessions.push((k, s)))
        }
        Protocol::Pop3 => {
            Mailbox::open_pop3(start.name, start.target).map(|mb| st.borrow_mut().mailboxes.push((k, mb)))
        }
        Protocol::Imap => {
            Mailbox::open_imap(start.name, start.target).map(|mb| st.borrow_mut().mailboxes.push((k, mb)))
        }
    };
    match opened {
        Ok(()) => Value::Bool(true),
        Err(e) => m.fail(record_for(&e)),
    }
}

fn async_report(name: &str, count: usize, failures: &[Failure]) -> ErrorRecord {
    let mut text = format!(
        "{} of the {count} message{} queued on the asynchronous session \"{name}\" could not be sent:",
        failures.len(),
        if count == 1 { "" } else { "s" }
    );
    for f in failures {
        text.push_str("\n- ");
        text.push_str(&f.line());
    }
    let first = &failures[0].error;
    ErrorRecord::new(codes::ASYNC, text).with_system(first.system_code, first.system_message.clone())
}

/// Closes the sessions of one name (SMTP and receiving); the errors, if any.
fn close_sessions(session: Option<Session>, mailbox: Option<Mailbox>) -> Option<ErrorRecord> {
    let mut records = Vec::new();
    if let Some(mailbox) = mailbox {
        if let Err(e) = mailbox.close() {
            records.push(record_for(&e));
        }
    }
    if let Some(session) = session {
        let count = session.count;
        let shown = session.name.clone();
        let failures = session.close();
        if !failures.is_empty() {
            records.push(async_report(&shown, count, &failures));
        }
    }
    let mut records = records.into_iter();
    let mut first = records.next()?;
    for r in records {
        first.message.push('\n');
        first.message.push_str(&r.message);
    }
    Some(first)
}

/// EmailSetTimeOut's argument in seconds: a Duration (`10 s`, as PC SOFT documents), a
/// number of seconds, or text holding one; anything else is a clear error, never a guess.
pub(crate) fn timeout_seconds(v: &Value) -> Result<f64, String> {
    let seconds = match v.deref() {
        Value::Duration(d) => d.ms as f64 / 1000.0,
        Value::Int(n) => n as f64,
        Value::Real(r) => r,
        text @ Value::Str(_) => match text.to_text().trim().parse::<f64>() {
            Ok(n) => n,
            Err(_) => {
                return Err(format!(
                    "EmailSetTimeOut takes a Duration (10 s) or a number of seconds, not \"{}\"",
                    text.to_text()
                ))
            }
        },
        other => {
            return Err(format!(
                "EmailSetTimeOut takes a Duration (10 s) or a number of seconds, not a {}",
                other.type_name()
            ))
        }
    };
    if seconds.is_finite() {
        Ok(seconds)
    } else {
        Err("EmailSetTimeOut takes a finite number of seconds".to_string())
    }
}

/// EmailStartSession: a session variable of any kind, or POP3 and SMTP under one name.
fn start_session(st: &Shared, defs: &Defs, m: &mut Machine, args: &[Value]) -> Value {
    let default_timeout = st.borrow().timeout;
    if args.len() == 1 {
        let kind = defs.kind_of(&args[0]);
        let Some(kind) = kind else {
            return session_error(
                m,
                "EmailStartSession takes a user name, a password and servers, or an emailPOP3Session, emailIMAPSession or emailSMTPSession variable".to_string(),
            );
        };
        return match start::parse(kind, defs, args, default_timeout) {
            Ok(start) => open(st, m, start),
            Err(e) => session_error(m, e),
        };
    }
    if args.len() < 3 {
        return session_error(m, "EmailStartSession needs a user name, a password and a POP3 server".into());
    }
    let (pop3, smtp) = match start::parse_combined(defs, args, default_timeout) {
        Ok(c) => c,
        Err(e) => return session_error(m, e),
    };
    let k = key(&pop3.name);
    let started = open(st, m, pop3);
    if !started.to_bool() {
        return started;
    }
    if let Some(smtp) = smtp {
        let sent = open(st, m, smtp);
        if !sent.to_bool() {
            // Both or neither: the POP3 session just opened is closed again.
            let mailbox = st.borrow_mut().take_mailbox(&k);
            if let Some(mb) = mailbox {
                let _ = mb.close();
            }
            return sent;
        }
    }
    Value::Bool(true)
}

pub(crate) fn register(m: &mut Module, st: &Shared, defs: &Defs) {
    let (state, types) = (st.clone(), defs.clone());
    m.register_fn(
        "EmailStartSession",
        Signature::new(1, 7)
            .can_fail()
            .returns(Type::Bool)
            .params("user, password, pop3server [, smtpserver [, pop3port [, smtpport [, async]]]]  |  session"),
        move |m, args| Ok(start_session(&state, &types, m, args)),
    );
    m.register_alias("EmailOuvreSession", "EmailStartSession");

    let state = st.clone();
    m.register_fn(
        "EmailCloseSession",
        Signature::new(1, 1).can_fail().returns(Type::Bool).params("session"),
        move |m, args| {
            let name = session_name(&args[0]);
            let k = key(&name);
            let (session, mailbox) = {
                let mut s = state.borrow_mut();
                (s.take_session(&k), s.take_mailbox(&k))
            };
            if session.is_none() && mailbox.is_none() {
                return Ok(session_error(m, format!("no email session named \"{name}\" is open")));
            }
            match close_sessions(session, mailbox) {
                None => Ok(Value::Bool(true)),
                Some(record) => Ok(m.fail(record)),
            }
        },
    );
    m.register_alias("EmailFermeSession", "EmailCloseSession");

    let state = st.clone();
    m.register_fn("EmailSetTimeOut", Signature::new(1, 1).params("duration"), move |_, args| {
        let seconds = timeout_seconds(&args[0]).map_err(RuntimeError::fatal)?;
        state.borrow_mut().timeout =
            if seconds > 0.0 { Duration::from_secs_f64(seconds.min(86_400.0)) } else { DEFAULT_TIMEOUT };
        Ok(Value::Null)
    });
    m.register_alias("EmailChangeTimeOut", "EmailSetTimeOut");

    let state = st.clone();
    m.register_fn("EmailGetTimeOut", Signature::new(0, 0).returns(Type::Int), move |_, _| {
        Ok(Value::Int(state.borrow().timeout.as_secs_f64().round() as i64))
    });
    m.register_alias("EmailLitTimeOut", "EmailGetTimeOut");

    m.register_fn(
        "EmailConfigure",
        Signature::new(1, 2).can_fail().returns(Type::Bool).params("emailParameterMode [, value]"),
        |_, _| Ok(Value::Bool(true)),
    );

    // Ending the script closes the sessions still open, as EmailCloseSession would.
    let state = st.clone();
    m.on_exit(move |m| {
        let mailboxes: Vec<(String, Mailbox)> = state.borrow_mut().mailboxes.drain(..).collect();
        for (_, mailbox) in mailboxes {
            if let Some(record) = close_sessions(None, Some(mailbox)) {
                m.err(&format!("wl: when the script ended, {}\n", record.message));
            }
        }
        let sessions: Vec<(String, Session)> = state.borrow_mut().sessions.drain(..).collect();
        for (_, session) in sessions {
            if let Some(record) = close_sessions(Some(session), None) {
                m.err(&format!("wl: when the script ended, {}\n", record.message));
            }
        }
    });
}
