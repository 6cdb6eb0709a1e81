//! The email library of wl (SPEC §8): SMTP sessions, POP3 and IMAP sessions, the `Email`
//! structure and type, the `emailSMTPSession`, `emailPOP3Session` and `emailIMAPSession`
//! types, their constants, and capture mode. Everything is registered through the
//! interpreter's `Module` API; the interpreter itself knows nothing of email.

#![forbid(unsafe_code)]

pub mod imap;
pub mod message;
pub mod net;
mod opening;
pub mod pop3;
pub mod receive;
pub mod session;
pub mod smtp;
pub mod tls;

use receive::{Mailbox, Move};
use session::{Capture, Failure, SendError, Session};
use smtp::{FailureKind, Security, SmtpError, Target};
use std::cell::RefCell;
use std::collections::VecDeque;
use std::path::PathBuf;
use std::rc::Rc;
use std::time::Duration;
use wl_interpreter::types::{PropertyGetter, PropertySetter};
use wl_interpreter::value::StructValue;
use wl_interpreter::{ErrorRecord, FieldDef, Machine, Module, Signature, StructDef, Type, Value};

#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `--capture-mail DIR`: every message goes to DIR/NNNN.eml instead of a server.
    pub capture_dir: Option<PathBuf>,
}

/// `ErrorInfo(errCode)` of the email functions.
pub mod codes {
    /// No connection: unknown host, refused, no answer, no greeting.
    pub const CONNECT: i64 = 3001;
    /// TLS handshake or certificate; a secure option the server cannot honour.
    pub const TLS: i64 = 3002;
    /// The server refused the login.
    pub const AUTH: i64 = 3003;
    /// The server refused the sender, a recipient or the message.
    pub const REJECTED: i64 = 3004;
    /// The connection broke during a session.
    pub const LOST: i64 = 3005;
    /// The message cannot be built: no recipient, invalid address, a line break in a
    /// header, unreadable attachment.
    pub const INVALID_MESSAGE: i64 = 3006;
    /// Unknown session, session already open, invalid session parameters.
    pub const SESSION: i64 = 3007;
    /// Messages of an asynchronous session that could not be sent (EmailCloseSession).
    pub const ASYNC: i64 = 3008;
    /// Capture mode could not write a message.
    pub const CAPTURE: i64 = 3009;
    /// EmailSaveAttachment: no such attachment, or the file cannot be written.
    pub const ATTACHMENT: i64 = 3010;
}

/// `emailOptionDefault`, `optionTLS` (`optionSSL`), `emailProtocolSMTPS` (`emailOptionSecuredTLS`).
pub const OPTION_DEFAULT: i64 = 0;
pub const OPTION_TLS: i64 = 1;
pub const OPTION_STARTTLS: i64 = 2;
/// `emailParameterMode` for EmailConfigure.
pub const PARAMETER_MODE: i64 = 1;
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(30);
pub const DEFAULT_PORT: i64 = 25;
pub const POP3_PORT: i64 = 110;
pub const POP3S_PORT: i64 = 995;
pub const IMAP_PORT: i64 = 143;
pub const IMAPS_PORT: i64 = 993;
/// How many recently read messages EmailSaveAttachment looks in.
const RECENT_MESSAGES: usize = 16;

struct State {
    /// Open SMTP sessions, keyed by lower-case name, in the order they were opened.
    sessions: Vec<(String, Session)>,
    /// Open POP3 and IMAP sessions, keyed the same way. A name may have an SMTP session and
    /// a receiving session at once (EmailStartSession opens both).
    mailboxes: Vec<(String, Mailbox)>,
    /// The attachments of the last messages read, most recent last (EmailSaveAttachment).
    recent: VecDeque<Vec<(String, Vec<u8>)>>,
    /// EmailSetTimeOut.
    timeout: Duration,
    capture: Option<Capture>,
}

impl State {
    fn position(&self, key: &str) -> Option<usize> {
        self.sessions.iter().position(|(k, _)| k == key)
    }
    fn mailbox(&mut self, key: &str) -> Option<&mut Mailbox> {
        self.mailboxes.iter_mut().find(|(k, _)| k == key).map(|(_, m)| m)
    }
}

fn string_array() -> Type {
    Type::Array(Rc::new(Type::Str))
}

fn field(name: &str, ty: Type) -> FieldDef {
    FieldDef { name: name.to_string(), ty, default: None, secret: false, grows: false }
}

/// `NbRecipient` and the like: the length of an array field; assigning truncates or pads.
fn count_property(array: &'static str) -> (PropertyGetter, PropertySetter) {
    let get: PropertyGetter = Rc::new(move |s: &StructValue| match s.get(array) {
        Some(Value::Array(a)) => Value::Int(a.items.len() as i64),
        _ => Value::Int(0),
    });
    let set: PropertySetter = Rc::new(move |s: &mut StructValue, v: Value| {
        let n = v.to_int();
        if !(0..=1_000_000).contains(&n) {
            return Err(format!("Nb{array} must be between 0 and 1000000, not {n}"));
        }
        match s.get_mut(array) {
            Some(Value::Array(a)) => {
                Rc::make_mut(a).items.resize(n as usize, Value::empty_str());
                Ok(())
            }
            Some(slot) => {
                let mut items = vec![Value::empty_str(); n as usize];
                if let (Some(first), false) = (items.first_mut(), matches!(slot, Value::Null)) {
                    *first = Value::str(slot.to_text());
                }
                let mut arr = Value::new_array(Type::Str, items);
                if let Value::Array(a) = &mut arr {
                    Rc::make_mut(a).grows = true;
                }
                *slot = arr;
                Ok(())
            }
            None => Err(format!("no field {array}")),
        }
    });
    (get, set)
}

/// The `Email` type: the global `Email` structure and `m is Email` variables.
pub fn email_type() -> Rc<StructDef> {
    let mut def = StructDef::new("Email");
    for name in ["Sender", "SenderAddress"] {
        def = def.field_with(field(name, Type::Str));
    }
    for name in ["Recipient", "Cc", "Bcc"] {
        def = def.field_with(FieldDef { grows: true, ..field(name, string_array()) });
    }
    for name in ["ReplyTo", "Subject", "Message", "HTML"] {
        def = def.field_with(field(name, Type::Str));
    }
    def = def.field_with(FieldDef { grows: true, ..field("Attach", string_array()) });
    def = def.field_with(field("Priority", Type::Int));
    def = def.field_with(field("MessageID", Type::Str));
    def = def.field_with(field("Date", Type::Str));
    // Filled when a message is read: True past the last message (or before the first).
    def = def.field_with(field("Out", Type::Bool));
    // The message as received, headers and MIME parts.
    def = def.field_with(field("Source", Type::Str));
    for (prop, array) in [("NbRecipient", "Recipient"), ("NbCc", "Cc"), ("NbBcc", "Bcc"), ("NbAttach", "Attach")] {
        let (get, set) = count_property(array);
        def = def.property(prop, Type::Int, get, Some(set));
    }
    Rc::new(def)
}

/// The `emailSMTPSession` type.
pub fn session_type() -> Rc<StructDef> {
    let def = StructDef::new("emailSMTPSession")
        .field_with(field("Name", Type::Str))
        .field_with(FieldDef { secret: true, ..field("Password", Type::Str) })
        .field_with(field("ServerAddress", Type::Str))
        .field_with(FieldDef { default: Some(Value::Int(DEFAULT_PORT)), ..field("Port", Type::Int) })
        .field_with(FieldDef { default: Some(Value::Int(OPTION_DEFAULT)), ..field("Option", Type::Int) })
        .field_with(field("AsynchronousMode", Type::Bool))
        .field_with(field("IgnoreError", Type::Int))
        .field_with(field("Timeout", Type::Int));
    Rc::new(def)
}

/// Which receiving protocol a session speaks.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receiving {
    Pop3,
    Imap,
}

impl Receiving {
    fn name(self) -> &'static str {
        match self {
            Receiving::Pop3 => "POP3",
            Receiving::Imap => "IMAP",
        }
    }
    fn type_name(self) -> &'static str {
        match self {
            Receiving::Pop3 => "emailPOP3Session",
            Receiving::Imap => "emailIMAPSession",
        }
    }
    fn function(self) -> &'static str {
        match self {
            Receiving::Pop3 => "EmailStartPOP3Session",
            Receiving::Imap => "EmailStartIMAPSession",
        }
    }
    /// The default port: the plain one, or the implicit-TLS one with `optionTLS`.
    fn default_port(self, security: Security) -> i64 {
        match (self, security) {
            (Receiving::Pop3, Security::Implicit) => POP3S_PORT,
            (Receiving::Pop3, _) => POP3_PORT,
            (Receiving::Imap, Security::Implicit) => IMAPS_PORT,
            (Receiving::Imap, _) => IMAP_PORT,
        }
    }
}

/// The `emailPOP3Session` and `emailIMAPSession` types.
pub fn receive_session_type(kind: Receiving) -> Rc<StructDef> {
    let def = StructDef::new(kind.type_name())
        .field_with(field("Name", Type::Str))
        .field_with(FieldDef { secret: true, ..field("Password", Type::Str) })
        .field_with(field("ServerAddress", Type::Str))
        .field_with(FieldDef {
            default: Some(Value::Int(kind.default_port(Security::Plain))),
            ..field("Port", Type::Int)
        })
        .field_with(FieldDef { default: Some(Value::Int(OPTION_DEFAULT)), ..field("Option", Type::Int) })
        .field_with(field("IgnoreError", Type::Int))
        .field_with(field("Timeout", Type::Int));
    Rc::new(def)
}

fn record_for(e: &SmtpError) -> ErrorRecord {
    let code = match e.kind {
        FailureKind::Connect => codes::CONNECT,
        FailureKind::Tls => codes::TLS,
        FailureKind::Auth => codes::AUTH,
        FailureKind::Rejected => codes::REJECTED,
        FailureKind::Lost => codes::LOST,
        FailureKind::Session => codes::SESSION,
    };
    ErrorRecord::new(code, e.message.clone()).with_system(e.system_code, e.system_message.clone())
}

fn session_error(m: &mut Machine, message: String) -> Value {
    m.fail(ErrorRecord::new(codes::SESSION, message))
}

/// The session a call names: a string (the user name) or an `emailSMTPSession` variable.
fn session_name(v: &Value) -> String {
    match v.deref() {
        Value::Struct(s) => s.get("Name").map(|n| n.to_text()).unwrap_or_default(),
        other => other.to_text(),
    }
}

fn key(name: &str) -> String {
    name.trim().to_lowercase()
}

fn security(option: i64) -> Result<Security, String> {
    match option {
        OPTION_DEFAULT => Ok(Security::Plain),
        OPTION_TLS => Ok(Security::Implicit),
        OPTION_STARTTLS => Ok(Security::StartTls),
        other => Err(format!(
            "unknown SMTP session option {other} (use emailOptionDefault, optionTLS or emailProtocolSMTPS)"
        )),
    }
}

fn port(v: &Value) -> Result<u16, String> {
    let p = match v {
        Value::Null => DEFAULT_PORT,
        v => v.to_int(),
    };
    let p = if p == 0 { DEFAULT_PORT } else { p };
    u16::try_from(p).ok().filter(|p| *p > 0).ok_or_else(|| format!("{p} is not a valid port number"))
}

/// What EmailStartSMTPSession was asked: the session's name, where to connect, and
/// whether it is asynchronous. Both syntaxes: `(user [, password], server [, port [, async
/// [, option]]])` and `(session)`.
fn parse_start(args: &[Value], default_timeout: Duration) -> Result<(String, Target, bool), String> {
    let args: Vec<Value> = args.iter().map(|a| a.deref()).collect();
    if args.len() == 1 {
        let Value::Struct(s) = &args[0] else {
            return Err("EmailStartSMTPSession needs a user name and a server, or an emailSMTPSession variable".into());
        };
        if !s.def.name.eq_ignore_ascii_case("emailSMTPSession") {
            return Err(format!("EmailStartSMTPSession takes an emailSMTPSession variable, not a {}", s.def.name));
        }
        let get = |n: &str| s.get(n).cloned().unwrap_or_default();
        let name = get("Name").to_text();
        let password = get("Password").to_text();
        let timeout = get("Timeout").to_real();
        let target = Target {
            host: get("ServerAddress").to_text().trim().to_string(),
            port: port(&get("Port"))?,
            security: security(get("Option").to_int())?,
            login: name.clone(),
            password: Some(password).filter(|p| !p.is_empty()),
            ignore: get("IgnoreError").to_int(),
            timeout: if timeout > 0.0 { Duration::from_secs_f64(timeout.min(86_400.0)) } else { default_timeout },
        };
        return check(name, target, get("AsynchronousMode").to_bool());
    }
    // The password is there unless the call has two arguments, or the third one (the
    // server's place when there is a password) is a number: (user, server, port…).
    let has_password = args.len() >= 3 && (args.len() == 6 || matches!(args[2], Value::Str(_)));
    let (password, rest) = if has_password { (Some(args[1].to_text()), &args[2..]) } else { (None, &args[1..]) };
    let name = args[0].to_text();
    let target = Target {
        host: rest[0].to_text().trim().to_string(),
        port: port(rest.get(1).unwrap_or(&Value::Null))?,
        security: security(rest.get(3).map(|v| v.to_int()).unwrap_or(OPTION_DEFAULT))?,
        login: name.clone(),
        password: password.filter(|p| !p.is_empty()),
        ignore: 0,
        timeout: default_timeout,
    };
    check(name, target, rest.get(2).is_some_and(|v| v.to_bool()))
}

fn check(name: String, target: Target, asynchronous: bool) -> Result<(String, Target, bool), String> {
    if name.trim().is_empty() {
        return Err("the SMTP session needs a name: the user name (or ..Name) is empty".into());
    }
    if target.host.is_empty() {
        return Err(format!("no SMTP server given for the session \"{name}\""));
    }
    Ok((name, target, asynchronous))
}

/// The timeout a session variable asks for (`..Timeout`, seconds), or the default.
fn session_timeout(v: &Value, default_timeout: Duration) -> Duration {
    let t = v.to_real();
    if t > 0.0 && t.is_finite() {
        Duration::from_secs_f64(t.min(86_400.0))
    } else {
        default_timeout
    }
}

fn receive_security(kind: Receiving, option: i64) -> Result<Security, String> {
    match option {
        OPTION_DEFAULT => Ok(Security::Plain),
        OPTION_TLS => Ok(Security::Implicit),
        OPTION_STARTTLS => Ok(Security::StartTls),
        other => Err(format!(
            "unknown {} session option {other} (use emailOptionDefault, optionTLS or emailOptionSecuredTLS)",
            kind.name()
        )),
    }
}

fn receive_port(kind: Receiving, v: &Value, security: Security) -> Result<u16, String> {
    let p = match v {
        Value::Null => 0,
        v => v.to_int(),
    };
    let p = if p == 0 { kind.default_port(security) } else { p };
    u16::try_from(p).ok().filter(|p| *p > 0).ok_or_else(|| format!("{p} is not a valid port number"))
}

fn check_receive(kind: Receiving, name: String, target: Target) -> Result<(String, Target), String> {
    if name.trim().is_empty() {
        return Err(format!("the {} session needs a name: the user name (or ..Name) is empty", kind.name()));
    }
    if target.host.is_empty() {
        return Err(format!("no {} server given for the session \"{name}\"", kind.name()));
    }
    Ok((name, target))
}

/// What EmailStartPOP3Session / EmailStartIMAPSession was asked: `(user, password, server
/// [, port [, option]])` or `(session)`.
fn parse_receive_start(kind: Receiving, args: &[Value], default_timeout: Duration) -> Result<(String, Target), String> {
    let args: Vec<Value> = args.iter().map(|a| a.deref()).collect();
    if args.len() == 1 {
        let Value::Struct(s) = &args[0] else {
            return Err(format!(
                "{} needs a user name, a password and a server, or an {} variable",
                kind.function(),
                kind.type_name()
            ));
        };
        if !s.def.name.eq_ignore_ascii_case(kind.type_name()) {
            return Err(format!("{} takes an {} variable, not a {}", kind.function(), kind.type_name(), s.def.name));
        }
        let get = |n: &str| s.get(n).cloned().unwrap_or_default();
        let name = get("Name").to_text();
        let security = receive_security(kind, get("Option").to_int())?;
        let target = Target {
            host: get("ServerAddress").to_text().trim().to_string(),
            port: receive_port(kind, &get("Port"), security)?,
            security,
            login: name.clone(),
            password: Some(get("Password").to_text()),
            ignore: get("IgnoreError").to_int(),
            timeout: session_timeout(&get("Timeout"), default_timeout),
        };
        return check_receive(kind, name, target);
    }
    if args.len() < 3 {
        return Err(format!("{} needs a user name, a password and a server", kind.function()));
    }
    let name = args[0].to_text();
    let security = receive_security(kind, args.get(4).map(|v| v.to_int()).unwrap_or(OPTION_DEFAULT))?;
    let target = Target {
        host: args[2].to_text().trim().to_string(),
        port: receive_port(kind, args.get(3).unwrap_or(&Value::Null), security)?,
        security,
        login: name.clone(),
        password: Some(args[1].to_text()),
        ignore: 0,
        timeout: default_timeout,
    };
    check_receive(kind, name, target)
}

/// EmailStartSession(user, password, pop3server [, smtpserver [, pop3port [, smtpport [,
/// async]]]]): the POP3 session, and the SMTP session when an SMTP server is given.
struct Combined {
    name: String,
    pop3: Target,
    smtp: Option<(Target, bool)>,
}

fn parse_combined_start(args: &[Value], default_timeout: Duration) -> Result<Combined, String> {
    let args: Vec<Value> = args.iter().map(|a| a.deref()).collect();
    let (name, pop3) = parse_receive_start(
        Receiving::Pop3,
        &[args[0].clone(), args[1].clone(), args[2].clone(), args.get(4).cloned().unwrap_or_default()],
        default_timeout,
    )?;
    let smtp_server = args.get(3).map(|v| v.to_text().trim().to_string()).unwrap_or_default();
    let smtp = if smtp_server.is_empty() {
        None
    } else {
        let password = args[1].to_text();
        let target = Target {
            host: smtp_server,
            port: port(args.get(5).unwrap_or(&Value::Null))?,
            security: Security::Plain,
            login: name.clone(),
            password: Some(password).filter(|p| !p.is_empty()),
            ignore: 0,
            timeout: default_timeout,
        };
        Some((target, args.get(6).is_some_and(|v| v.to_bool())))
    };
    Ok(Combined { name, pop3, smtp })
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

type Shared = Rc<RefCell<State>>;

/// Opens an SMTP session and records it under its name.
fn start_smtp(st: &Shared, m: &mut Machine, name: String, target: Target, asynchronous: bool) -> Value {
    let k = key(&name);
    if st.borrow().position(&k).is_some() {
        return session_error(
            m,
            format!("an SMTP session named \"{name}\" is already open; close it with EmailCloseSession first"),
        );
    }
    let capture = st.borrow().capture.is_some();
    match Session::start(name, target, asynchronous, capture) {
        Ok(session) => {
            st.borrow_mut().sessions.push((k, session));
            Value::Bool(true)
        }
        Err(e) => m.fail(record_for(&e)),
    }
}

/// Opens a POP3 or IMAP session and records it under its name.
fn start_receiving(st: &Shared, m: &mut Machine, kind: Receiving, name: String, target: Target) -> Value {
    let k = key(&name);
    let open = st.borrow().mailboxes.iter().find(|(key, _)| *key == k).map(|(_, mb)| mb.protocol());
    if let Some(protocol) = open {
        let article = if protocol == "IMAP" { "an" } else { "a" };
        return session_error(
            m,
            format!(
                "{article} {protocol} session named \"{name}\" is already open; close it with EmailCloseSession first"
            ),
        );
    }
    let opened = match kind {
        Receiving::Pop3 => Mailbox::open_pop3(name, target),
        Receiving::Imap => Mailbox::open_imap(name, target),
    };
    match opened {
        Ok(mailbox) => {
            st.borrow_mut().mailboxes.push((k, mailbox));
            Value::Bool(true)
        }
        Err(e) => m.fail(record_for(&e)),
    }
}

fn no_mailbox(m: &mut Machine, name: &str) -> Value {
    session_error(m, format!("no POP3 or IMAP session named \"{name}\" is open"))
}

/// EmailReadFirst/Next/Last/Previous: fills the `Email` structure, or the `Email` variable
/// given as second argument.
fn read_message(
    st: &Shared,
    email_def: &Rc<StructDef>,
    m: &mut Machine,
    args: &mut [Value],
    mv: Move,
    function: &str,
) -> Result<Value, wl_interpreter::RuntimeError> {
    let into_variable = match args.get(1) {
        None | Some(Value::Null) => false,
        Some(Value::Struct(s)) if Rc::ptr_eq(&s.def, email_def) => true,
        Some(other) => {
            return Err(wl_interpreter::RuntimeError::fatal(format!(
                "{function} fills an Email variable, not a {}",
                other.type_name()
            )))
        }
    };
    let name = session_name(&args[0]);
    let result = {
        let mut guard = st.borrow_mut();
        guard.mailbox(&key(&name)).map(|mb| mb.read(mv))
    };
    let (value, outcome) = match result {
        None => (receive::to_email(email_def, None), Err(None)),
        Some(Ok(None)) => (receive::to_email(email_def, None), Ok(false)),
        Some(Ok(Some(raw))) => {
            let incoming = receive::parse(&raw);
            let value = receive::to_email(email_def, Some(&incoming));
            let mut guard = st.borrow_mut();
            if guard.recent.len() >= RECENT_MESSAGES {
                guard.recent.pop_front();
            }
            guard.recent.push_back(incoming.attachments);
            (value, Ok(true))
        }
        Some(Err(e)) => (receive::to_email(email_def, None), Err(Some(e))),
    };
    if into_variable {
        args[1] = value;
    } else {
        m.with_global_mut("Email", |v| *v = value);
    }
    Ok(match outcome {
        Ok(read) => Value::Bool(read),
        Err(None) => no_mailbox(m, &name),
        Err(Some(e)) => m.fail(record_for(&e)),
    })
}

/// EmailSaveAttachment(attachment, path): writes an attachment of one of the last messages
/// read (the most recent first) to a file, or into a folder under its own name.
fn save_attachment(st: &Shared, m: &mut Machine, args: &[Value]) -> Value {
    let wanted = args[0].to_text();
    let path = args[1].to_text();
    let content = {
        let guard = st.borrow();
        guard.recent.iter().rev().find_map(|message| message.iter().find(|(n, _)| *n == wanted).map(|(_, c)| c.clone()))
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

pub fn module(config: Config) -> Module {
    let mut m = Module::new("email");
    let state = Rc::new(RefCell::new(State {
        sessions: Vec::new(),
        mailboxes: Vec::new(),
        recent: VecDeque::new(),
        timeout: DEFAULT_TIMEOUT,
        capture: config.capture_dir.clone().map(Capture::new),
    }));
    let email = email_type();
    m.register_type(email.clone());
    m.register_type(session_type());
    m.register_type(receive_session_type(Receiving::Pop3));
    m.register_type(receive_session_type(Receiving::Imap));
    m.register_global("Email", Type::Struct(email.clone()), Value::Struct(Rc::new(StructValue::new(email.clone()))));

    for (name, value) in [
        ("emailOptionDefault", Value::Int(OPTION_DEFAULT)),
        ("optionTLS", Value::Int(OPTION_TLS)),
        ("optionSSL", Value::Int(OPTION_TLS)),
        ("emailProtocolSMTPS", Value::Int(OPTION_STARTTLS)),
        ("emailOptionSecuredTLS", Value::Int(OPTION_STARTTLS)),
        ("emailSynchronous", Value::Bool(false)),
        ("emailAsynchronous", Value::Bool(true)),
        ("emailIgnoreInvalidCertificate", Value::Int(tls::IGNORE_INVALID_CERTIFICATE)),
        ("emailIgnoreWrongHostName", Value::Int(tls::IGNORE_WRONG_HOST_NAME)),
        ("emailIgnoreExpiredCertificate", Value::Int(tls::IGNORE_EXPIRED_CERTIFICATE)),
        ("emailIgnoreAllCertificateErrors", Value::Int(tls::IGNORE_ALL)),
        ("emailParameterMode", Value::Int(PARAMETER_MODE)),
        ("emailPriorityHighest", Value::Int(message::PRIORITY_HIGHEST)),
        ("emailPriorityHigh", Value::Int(message::PRIORITY_HIGH)),
        ("emailPriorityNormal", Value::Int(message::PRIORITY_NORMAL)),
        ("emailPriorityLow", Value::Int(message::PRIORITY_LOW)),
        ("emailPriorityLowest", Value::Int(message::PRIORITY_LOWEST)),
        // French names
        ("emailOptionDéfaut", Value::Int(OPTION_DEFAULT)),
        ("emailSynchrone", Value::Bool(false)),
        ("emailAsynchrone", Value::Bool(true)),
        ("emailPrioritéTrèsHaute", Value::Int(message::PRIORITY_HIGHEST)),
        ("emailPrioritéHaute", Value::Int(message::PRIORITY_HIGH)),
        ("emailPrioritéNormale", Value::Int(message::PRIORITY_NORMAL)),
        ("emailPrioritéBasse", Value::Int(message::PRIORITY_LOW)),
        ("emailPrioritéTrèsBasse", Value::Int(message::PRIORITY_LOWEST)),
    ] {
        m.register_constant(name, value);
    }

    let st = state.clone();
    m.register_fn(
        "EmailStartSMTPSession",
        Signature::new(1, 6)
            .can_fail()
            .returns(Type::Bool)
            .params("user [, password], server [, port [, async [, option]]]  |  session"),
        move |m, args| {
            let default_timeout = st.borrow().timeout;
            match parse_start(args, default_timeout) {
                Ok((name, target, asynchronous)) => Ok(start_smtp(&st, m, name, target, asynchronous)),
                Err(e) => Ok(session_error(m, e)),
            }
        },
    );
    m.register_alias("EmailOuvreSessionSMTP", "EmailStartSMTPSession");

    let st = state.clone();
    let email_def = email.clone();
    m.register_fn(
        "EmailSendMessage",
        Signature::new(1, 2).can_fail().returns(Type::Bool).params("session [, message]"),
        move |m, args| {
            let name = session_name(&args[0]);
            let message = match args.get(1).map(|v| v.deref()) {
                None | Some(Value::Null) => m.global("Email").unwrap_or_default(),
                Some(v) => v,
            };
            let built = match &message {
                Value::Struct(s) if Rc::ptr_eq(&s.def, &email_def) => message::build(s),
                other => Err(format!("EmailSendMessage sends an Email variable, not a {}", other.type_name())),
            };
            let out = match built {
                Ok(out) => out,
                Err(e) => return Ok(m.fail(ErrorRecord::new(codes::INVALID_MESSAGE, e))),
            };
            let mut guard = st.borrow_mut();
            let State { sessions, capture, .. } = &mut *guard;
            let Some((_, session)) = sessions.iter_mut().find(|(k, _)| *k == key(&name)) else {
                drop(guard);
                return Ok(session_error(m, format!("no SMTP session named \"{name}\" is open")));
            };
            let result = session.send(out, capture.as_mut());
            drop(guard);
            match result {
                Ok(()) => Ok(Value::Bool(true)),
                Err(SendError::Smtp(e)) => Ok(m.fail(record_for(&e))),
                Err(SendError::Capture(e)) => Ok(m.fail(ErrorRecord::new(codes::CAPTURE, e))),
            }
        },
    );
    m.register_alias("EmailEnvoieMessage", "EmailSendMessage");

    let st = state.clone();
    m.register_fn(
        "EmailCloseSession",
        Signature::new(1, 1).can_fail().returns(Type::Bool).params("session"),
        move |m, args| {
            let name = session_name(&args[0]);
            let k = key(&name);
            let (session, mailbox) = {
                let mut s = st.borrow_mut();
                let session = s.position(&k).map(|i| s.sessions.remove(i).1);
                let mailbox = s.mailboxes.iter().position(|(key, _)| *key == k).map(|i| s.mailboxes.remove(i).1);
                (session, mailbox)
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

    for kind in [Receiving::Pop3, Receiving::Imap] {
        let st = state.clone();
        m.register_fn(
            kind.function(),
            Signature::new(1, 5)
                .can_fail()
                .returns(Type::Bool)
                .params("user, password, server [, port [, option]]  |  session"),
            move |m, args| {
                let default_timeout = st.borrow().timeout;
                match parse_receive_start(kind, args, default_timeout) {
                    Ok((name, target)) => Ok(start_receiving(&st, m, kind, name, target)),
                    Err(e) => Ok(session_error(m, e)),
                }
            },
        );
    }
    m.register_alias("EmailOuvreSessionPOP3", "EmailStartPOP3Session");
    m.register_alias("EmailOuvreSessionIMAP", "EmailStartIMAPSession");

    let st = state.clone();
    m.register_fn(
        "EmailStartSession",
        Signature::new(1, 7).can_fail().returns(Type::Bool).params(
            "user, password, pop3server [, smtpserver [, pop3port [, smtpport [, async]]]]  |  session",
        ),
        move |m, args| {
            let default_timeout = st.borrow().timeout;
            if args.len() == 1 {
                // A session variable: start the session its type names.
                let kind = match args[0].deref() {
                    Value::Struct(s) => s.def.name.to_lowercase(),
                    _ => String::new(),
                };
                return Ok(match kind.as_str() {
                    "emailsmtpsession" => match parse_start(args, default_timeout) {
                        Ok((name, target, asynchronous)) => start_smtp(&st, m, name, target, asynchronous),
                        Err(e) => session_error(m, e),
                    },
                    "emailpop3session" | "emailimapsession" => {
                        let kind = if kind == "emailpop3session" { Receiving::Pop3 } else { Receiving::Imap };
                        match parse_receive_start(kind, args, default_timeout) {
                            Ok((name, target)) => start_receiving(&st, m, kind, name, target),
                            Err(e) => session_error(m, e),
                        }
                    }
                    _ => session_error(
                        m,
                        "EmailStartSession takes a user name, a password and servers, or an emailPOP3Session, emailIMAPSession or emailSMTPSession variable".to_string(),
                    ),
                });
            }
            if args.len() < 3 {
                return Ok(session_error(m, "EmailStartSession needs a user name, a password and a POP3 server".into()));
            }
            let combined = match parse_combined_start(args, default_timeout) {
                Ok(c) => c,
                Err(e) => return Ok(session_error(m, e)),
            };
            let name = combined.name.clone();
            let started = start_receiving(&st, m, Receiving::Pop3, combined.name.clone(), combined.pop3);
            if !started.to_bool() {
                return Ok(started);
            }
            if let Some((target, asynchronous)) = combined.smtp {
                let sent = start_smtp(&st, m, combined.name, target, asynchronous);
                if !sent.to_bool() {
                    // Both or neither: the POP3 session just opened is closed again.
                    let k = key(&name);
                    let mailbox = {
                        let mut s = st.borrow_mut();
                        s.mailboxes.iter().position(|(key, _)| *key == k).map(|i| s.mailboxes.remove(i).1)
                    };
                    if let Some(mb) = mailbox {
                        let _ = mb.close();
                    }
                    return Ok(sent);
                }
            }
            Ok(Value::Bool(true))
        },
    );
    m.register_alias("EmailOuvreSession", "EmailStartSession");

    let st = state.clone();
    m.register_fn(
        "EmailNbMessage",
        Signature::new(1, 1).can_fail().returns(Type::Int).params("session"),
        move |m, args| {
            let name = session_name(&args[0]);
            let count = st.borrow_mut().mailbox(&key(&name)).map(|mb| mb.count());
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
        let st = state.clone();
        let email_def = email.clone();
        m.register_fn(
            function,
            Signature::new(1, 2).by_ref(1).can_fail().returns(Type::Bool).params("session [, message]"),
            move |m, args| read_message(&st, &email_def, m, args, mv, function),
        );
        m.register_alias(french, function);
    }

    let st = state.clone();
    m.register_fn(
        "EmailDeleteMessage",
        Signature::new(1, 1).can_fail().returns(Type::Bool).params("session"),
        move |m, args| {
            let name = session_name(&args[0]);
            let result = st.borrow_mut().mailbox(&key(&name)).map(|mb| mb.delete_current());
            Ok(match result {
                None => no_mailbox(m, &name),
                Some(Ok(())) => Value::Bool(true),
                Some(Err(e)) => m.fail(record_for(&e)),
            })
        },
    );
    m.register_alias("EmailSupprimeMessage", "EmailDeleteMessage");

    let st = state.clone();
    m.register_fn(
        "EmailSaveAttachment",
        Signature::new(2, 2).can_fail().returns(Type::Bool).params("attachment, path"),
        move |m, args| Ok(save_attachment(&st, m, args)),
    );
    m.register_alias("EmailSauveFichierAttaché", "EmailSaveAttachment");

    let st = state.clone();
    m.register_fn("EmailSetTimeOut", Signature::new(1, 1).params("seconds"), move |_, args| {
        let seconds = args[0].to_real();
        st.borrow_mut().timeout = if seconds > 0.0 && seconds.is_finite() {
            Duration::from_secs_f64(seconds.min(86_400.0))
        } else {
            DEFAULT_TIMEOUT
        };
        Ok(Value::Null)
    });
    m.register_alias("EmailChangeTimeOut", "EmailSetTimeOut");

    m.register_fn(
        "EmailConfigure",
        Signature::new(1, 2).can_fail().returns(Type::Bool).params("emailParameterMode [, value]"),
        |_, _| Ok(Value::Bool(true)),
    );

    let email_def = email.clone();
    m.register_fn(
        "EmailReset",
        Signature::new(0, 1).by_ref(0).returns(Type::Bool).params("[message]"),
        move |m, args| {
            let fresh = Value::Struct(Rc::new(StructValue::new(email_def.clone())));
            match args.first_mut() {
                Some(v @ Value::Struct(_)) => *v = fresh,
                Some(Value::Null) | None => {
                    m.with_global_mut("Email", |v| *v = fresh);
                }
                Some(other) => {
                    return Err(wl_interpreter::RuntimeError::fatal(format!(
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
                return Err(wl_interpreter::RuntimeError::fatal(format!(
                    "EmailLoadAttachment takes an Email variable, not a {}",
                    args[0].type_name()
                )));
            };
            let s = Rc::make_mut(s);
            match s.get_mut("Attach") {
                Some(Value::Array(a)) => Rc::make_mut(a).items.push(Value::str(path)),
                Some(slot) => *slot = Value::new_array(Type::Str, vec![Value::str(path)]),
                None => {
                    return Err(wl_interpreter::RuntimeError::fatal("EmailLoadAttachment takes an Email variable"));
                }
            }
            Ok(Value::Bool(true))
        },
    );
    m.register_alias("EmailChargeFichierAttaché", "EmailLoadAttachment");

    // Ending the script closes the sessions still open, as EmailCloseSession would.
    let st = state;
    m.on_exit(move |m| {
        let mailboxes: Vec<(String, Mailbox)> = st.borrow_mut().mailboxes.drain(..).collect();
        for (_, mailbox) in mailboxes {
            if let Some(record) = close_sessions(None, Some(mailbox)) {
                m.err(&format!("wl: when the script ended, {}\n", record.message));
            }
        }
        let sessions: Vec<(String, Session)> = st.borrow_mut().sessions.drain(..).collect();
        for (_, session) in sessions {
            if let Some(record) = close_sessions(Some(session), None) {
                m.err(&format!("wl: when the script ended, {}\n", record.message));
            }
        }
    });
    m
}

#[cfg(test)]
mod tests {
    use super::*;

    fn s(v: &str) -> Value {
        Value::str(v)
    }

    #[test]
    fn password_is_optional_in_the_middle() {
        let t = DEFAULT_TIMEOUT;
        let (name, target, asynchronous) = parse_start(&[s("bob"), s("smtp.example.com")], t).unwrap();
        assert_eq!(
            (name.as_str(), target.host.as_str(), target.port, target.password),
            ("bob", "smtp.example.com", 25, None)
        );
        assert!(!asynchronous);
        let (_, target, _) = parse_start(&[s("bob"), s("pw"), s("smtp.example.com")], t).unwrap();
        assert_eq!((target.host.as_str(), target.password.as_deref()), ("smtp.example.com", Some("pw")));
        let (_, target, asynchronous) =
            parse_start(&[s("bob"), s("smtp.example.com"), Value::Int(587), Value::Bool(true)], t).unwrap();
        assert_eq!(
            (target.host.as_str(), target.port, target.password, asynchronous),
            ("smtp.example.com", 587, None, true)
        );
        let args =
            [s("bob"), s("pw"), s("smtp.example.com"), Value::Int(465), Value::Bool(false), Value::Int(OPTION_TLS)];
        let (_, target, _) = parse_start(&args, t).unwrap();
        assert_eq!((target.port, target.security, target.password.as_deref()), (465, Security::Implicit, Some("pw")));
        let (_, target, _) = parse_start(&[s("bob"), s(""), s("h"), Value::Int(0)], t).unwrap();
        assert_eq!((target.port, target.password), (25, None));
    }

    #[test]
    fn invalid_session_parameters() {
        let t = DEFAULT_TIMEOUT;
        assert_eq!(
            parse_start(&[s(""), s("h")], t).unwrap_err(),
            "the SMTP session needs a name: the user name (or ..Name) is empty"
        );
        assert_eq!(parse_start(&[s("bob"), s(" ")], t).unwrap_err(), "no SMTP server given for the session \"bob\"");
        assert_eq!(
            parse_start(&[s("bob"), s("h"), Value::Int(70000)], t).unwrap_err(),
            "70000 is not a valid port number"
        );
        let e = parse_start(&[s("bob"), s("h"), Value::Int(25), Value::Bool(false), Value::Int(9)], t).unwrap_err();
        assert!(e.starts_with("unknown SMTP session option 9"), "{e}");
        assert!(parse_start(&[s("bob")], t).is_err());
    }

    #[test]
    fn session_variable_form() {
        let def = session_type();
        let mut v = StructValue::new(def);
        *v.get_mut("Name").unwrap() = s("Bob");
        *v.get_mut("Password").unwrap() = s("pw");
        *v.get_mut("ServerAddress").unwrap() = s("smtp.example.com");
        *v.get_mut("Option").unwrap() = Value::Int(OPTION_STARTTLS);
        *v.get_mut("IgnoreError").unwrap() = Value::Int(tls::IGNORE_WRONG_HOST_NAME);
        *v.get_mut("Timeout").unwrap() = Value::Int(5);
        *v.get_mut("AsynchronousMode").unwrap() = Value::Bool(true);
        let session = Value::Struct(Rc::new(v));
        assert_eq!(session.to_text(), "emailSMTPSession{Name: Bob, Password: ***, ServerAddress: smtp.example.com, Port: 25, Option: 2, AsynchronousMode: True, IgnoreError: 2, Timeout: 5}");
        let (name, target, asynchronous) = parse_start(&[session], DEFAULT_TIMEOUT).unwrap();
        assert_eq!((name.as_str(), target.login.as_str(), target.port), ("Bob", "Bob", 25));
        assert_eq!(
            (target.security, target.ignore, target.timeout, asynchronous),
            (Security::StartTls, 2, Duration::from_secs(5), true)
        );
        assert!(!format!("{target:?}").contains("pw"), "the password stays out of debug output");
    }

    #[test]
    fn counts_truncate_and_pad() {
        let def = email_type();
        let mut v = StructValue::new(def.clone());
        let nb = def.property_index("NbRecipient").unwrap();
        let set = def.properties[nb].set.clone().unwrap();
        let get = def.properties[nb].get.clone();
        set(&mut v, Value::Int(3)).unwrap();
        assert_eq!(get(&v).to_int(), 3);
        assert_eq!(v.get("Recipient").unwrap().to_text(), "[, , ]");
        set(&mut v, Value::Int(1)).unwrap();
        assert_eq!(get(&v).to_int(), 1);
        assert!(set(&mut v, Value::Int(-1)).is_err());
    }
}
