//! The arguments of the functions that start a session (EmailStartSMTPSession,
//! EmailStartPOP3Session, EmailStartIMAPSession, EmailStartSession), read by one parser
//! driven by a table per protocol: both syntaxes, `(user, password, server …)` and
//! `(session variable)`.

use super::types::{Defs, OPTION_DEFAULT, OPTION_STARTTLS, OPTION_TLS};
use crate::net::{Protocol, Security, Target};
use std::time::Duration;
use wl_interpreter::Value;

/// What differs between the protocols when a session starts.
#[derive(Debug)]
pub(crate) struct Kind {
    pub protocol: Protocol,
    /// The function that starts such a session.
    pub function: &'static str,
    /// The session variable's type.
    pub type_name: &'static str,
    plain_port: u16,
    /// The default port with `optionTLS`.
    tls_port: u16,
    /// The name the error messages give the STARTTLS option.
    starttls_option: &'static str,
    /// Whether the session may be asynchronous (argument and `..AsynchronousMode`).
    pub asynchronous: bool,
    /// Whether the positional syntax may leave the password out: `(user, server …)`.
    optional_password: bool,
    /// What the positional syntax needs, for the error message.
    needs: &'static str,
}

pub(crate) const SMTP: Kind = Kind {
    protocol: Protocol::Smtp,
    function: "EmailStartSMTPSession",
    type_name: "emailSMTPSession",
    plain_port: 25,
    tls_port: 25,
    starttls_option: "emailProtocolSMTPS",
    asynchronous: true,
    optional_password: true,
    needs: "a user name and a server",
};

pub(crate) const POP3: Kind = Kind {
    protocol: Protocol::Pop3,
    function: "EmailStartPOP3Session",
    type_name: "emailPOP3Session",
    plain_port: 110,
    tls_port: 995,
    starttls_option: "emailOptionSecuredTLS",
    asynchronous: false,
    optional_password: false,
    needs: "a user name, a password and a server",
};

pub(crate) const IMAP: Kind = Kind {
    protocol: Protocol::Imap,
    function: "EmailStartIMAPSession",
    type_name: "emailIMAPSession",
    plain_port: 143,
    tls_port: 993,
    starttls_option: "emailOptionSecuredTLS",
    asynchronous: false,
    optional_password: false,
    needs: "a user name, a password and a server",
};

impl Kind {
    /// The port used when none is given (or 0): the plain one, or the implicit-TLS one.
    pub fn default_port(&self, security: Security) -> u16 {
        match security {
            Security::Implicit => self.tls_port,
            Security::Plain | Security::StartTls => self.plain_port,
        }
    }

    fn security(&self, option: i64) -> Result<Security, String> {
        match option {
            OPTION_DEFAULT => Ok(Security::Plain),
            OPTION_TLS => Ok(Security::Implicit),
            OPTION_STARTTLS => Ok(Security::StartTls),
            other => Err(format!(
                "unknown {} session option {other} (use emailOptionDefault, optionTLS or {})",
                self.protocol.name(),
                self.starttls_option
            )),
        }
    }

    fn port(&self, v: &Value, security: Security) -> Result<u16, String> {
        let p = match v {
            Value::Null => 0,
            v => v.to_int(),
        };
        if p == 0 {
            return Ok(self.default_port(security));
        }
        u16::try_from(p).ok().filter(|p| *p > 0).ok_or_else(|| format!("{p} is not a valid port number"))
    }
}

/// A session start, as asked.
#[derive(Debug)]
pub(crate) struct Start {
    pub kind: &'static Kind,
    /// The session's name for later calls (the user name or `..Name`).
    pub name: String,
    pub target: Target,
    pub asynchronous: bool,
}

/// The timeout a session variable asks for (`..Timeout`: a Duration such as `10 s`, or a
/// number of seconds), or the default.
fn timeout(v: &Value, default_timeout: Duration) -> Duration {
    let t = match v.deref() {
        Value::Duration(d) => d.ms as f64 / 1000.0,
        other => other.to_real(),
    };
    if t > 0.0 && t.is_finite() {
        Duration::from_secs_f64(t.min(86_400.0))
    } else {
        default_timeout
    }
}

/// Reads the arguments of `kind.function`: `(user [, password], server [, port [, async]
/// [, option]])` or `(session)`.
pub(crate) fn parse(
    kind: &'static Kind,
    defs: &Defs,
    args: &[Value],
    default_timeout: Duration,
) -> Result<Start, String> {
    let args: Vec<Value> = args.iter().map(|a| a.deref()).collect();
    if args.len() == 1 {
        let Value::Struct(s) = &args[0] else {
            return Err(format!("{} needs {}, or an {} variable", kind.function, kind.needs, kind.type_name));
        };
        if !defs.session_type(kind).is_instance(&args[0]) {
            return Err(format!("{} takes an {} variable, not a {}", kind.function, kind.type_name, s.def.name));
        }
        let get = |n: &str| s.get(n).cloned().unwrap_or_default();
        let name = get("Name").to_text();
        let security = kind.security(get("Option").to_int())?;
        let target = Target {
            host: get("ServerAddress").to_text().trim().to_string(),
            port: kind.port(&get("Port"), security)?,
            security,
            login: name.clone(),
            password: Some(get("Password").to_text()).filter(|p| !p.is_empty()),
            ignore: get("IgnoreError").to_int(),
            timeout: timeout(&get("Timeout"), default_timeout),
            token: Some(get("AuthToken").to_text()).filter(|t| !t.is_empty()),
        };
        let asynchronous = kind.asynchronous && get("AsynchronousMode").to_bool();
        // A variable names its session itself: its `..Name` may be empty (PC SOFT's own
        // examples leave it so for a server without authentication); then no login.
        let mut start = Start { kind, name, target, asynchronous };
        if start.name.trim().is_empty() {
            start.target.password = None;
            return check_server(start);
        }
        return check(start);
    }
    // The password is there unless the protocol lets it be left out and the call has two
    // arguments, or the third one (the server's place when there is a password) is a
    // number: (user, server, port…).
    let has_password =
        !kind.optional_password || (args.len() >= 3 && (args.len() == 6 || matches!(args[2], Value::Str(_))));
    let (password, rest) = match (has_password, args.len()) {
        (true, n) if n >= 3 => (Some(args[1].to_text()), &args[2..]),
        (false, n) if n >= 2 => (None, &args[1..]),
        _ => return Err(format!("{} needs {}", kind.function, kind.needs)),
    };
    let name = args[0].to_text();
    let option_at = if kind.asynchronous { 3 } else { 2 };
    let security = kind.security(rest.get(option_at).map(|v| v.to_int()).unwrap_or(OPTION_DEFAULT))?;
    let target = Target {
        host: rest[0].to_text().trim().to_string(),
        port: kind.port(rest.get(1).unwrap_or(&Value::Null), security)?,
        security,
        login: name.clone(),
        password: password.filter(|p| !p.is_empty()),
        ignore: 0,
        timeout: default_timeout,
        token: None,
    };
    let asynchronous = kind.asynchronous && rest.get(2).is_some_and(|v| v.to_bool());
    check(Start { kind, name, target, asynchronous })
}

fn check(start: Start) -> Result<Start, String> {
    let proto = start.kind.protocol.name();
    if start.name.trim().is_empty() {
        return Err(format!("the {proto} session needs a name: the user name (or ..Name) is empty"));
    }
    check_server(start)
}

fn check_server(start: Start) -> Result<Start, String> {
    if start.target.host.is_empty() {
        let proto = start.kind.protocol.name();
        return Err(format!("no {proto} server given for the session \"{}\"", start.name));
    }
    Ok(start)
}

/// EmailStartSession(user, password, pop3server [, smtpserver [, pop3port [, smtpport [,
/// async]]]]): the POP3 session, and the SMTP session when an SMTP server is given.
pub(crate) fn parse_combined(
    defs: &Defs,
    args: &[Value],
    default_timeout: Duration,
) -> Result<(Start, Option<Start>), String> {
    let arg = |i: usize| args.get(i).map(|a| a.deref()).unwrap_or_default();
    let pop3 = parse(&POP3, defs, &[arg(0), arg(1), arg(2), arg(4)], default_timeout)?;
    let smtp_server = arg(3).to_text().trim().to_string();
    if smtp_server.is_empty() {
        return Ok((pop3, None));
    }
    // The SMTP server given as a string: the password is in its place.
    let smtp = parse(&SMTP, defs, &[arg(0), arg(1), Value::str(smtp_server), arg(5), arg(6)], default_timeout)?;
    Ok((pop3, Some(smtp)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tls;
    use std::rc::Rc;
    use wl_interpreter::value::StructValue;

    const T: Duration = Duration::from_secs(30);

    fn s(v: &str) -> Value {
        Value::str(v)
    }

    fn defs() -> Defs {
        let mut m = wl_interpreter::Module::new("test");
        super::super::types::register(&mut m)
    }

    fn smtp(args: &[Value]) -> Result<(String, Target, bool), String> {
        parse(&SMTP, &defs(), args, T).map(|st| (st.name, st.target, st.asynchronous))
    }

    #[test]
    fn password_is_optional_in_the_middle() {
        let (name, target, asynchronous) = smtp(&[s("bob"), s("smtp.example.com")]).unwrap();
        assert_eq!(
            (name.as_str(), target.host.as_str(), target.port, target.password),
            ("bob", "smtp.example.com", 25, None)
        );
        assert!(!asynchronous);
        let (_, target, _) = smtp(&[s("bob"), s("pw"), s("smtp.example.com")]).unwrap();
        assert_eq!((target.host.as_str(), target.password.as_deref()), ("smtp.example.com", Some("pw")));
        let (_, target, asynchronous) =
            smtp(&[s("bob"), s("smtp.example.com"), Value::Int(587), Value::Bool(true)]).unwrap();
        assert_eq!(
            (target.host.as_str(), target.port, target.password, asynchronous),
            ("smtp.example.com", 587, None, true)
        );
        let args =
            [s("bob"), s("pw"), s("smtp.example.com"), Value::Int(465), Value::Bool(false), Value::Int(OPTION_TLS)];
        let (_, target, _) = smtp(&args).unwrap();
        assert_eq!((target.port, target.security, target.password.as_deref()), (465, Security::Implicit, Some("pw")));
        let (_, target, _) = smtp(&[s("bob"), s(""), s("h"), Value::Int(0)]).unwrap();
        assert_eq!((target.port, target.password), (25, None));
    }

    #[test]
    fn invalid_session_parameters() {
        assert_eq!(
            smtp(&[s(""), s("h")]).unwrap_err(),
            "the SMTP session needs a name: the user name (or ..Name) is empty"
        );
        assert_eq!(smtp(&[s("bob"), s(" ")]).unwrap_err(), "no SMTP server given for the session \"bob\"");
        assert_eq!(smtp(&[s("bob"), s("h"), Value::Int(70000)]).unwrap_err(), "70000 is not a valid port number");
        let e = smtp(&[s("bob"), s("h"), Value::Int(25), Value::Bool(false), Value::Int(9)]).unwrap_err();
        assert!(e.starts_with("unknown SMTP session option 9"), "{e}");
        assert!(smtp(&[s("bob")]).is_err());
        let e = parse(&POP3, &defs(), &[s("bob"), s("pw")], T).unwrap_err();
        assert_eq!(e, "EmailStartPOP3Session needs a user name, a password and a server");
    }

    #[test]
    fn receiving_ports_follow_the_option() {
        let st = parse(&IMAP, &defs(), &[s("bob"), s("pw"), s("h"), Value::Int(0), Value::Int(OPTION_TLS)], T).unwrap();
        assert_eq!((st.target.port, st.target.security), (993, Security::Implicit));
        let st = parse(&POP3, &defs(), &[s("bob"), s("pw"), s("h")], T).unwrap();
        assert_eq!((st.target.port, st.target.password.as_deref()), (110, Some("pw")));
    }

    #[test]
    fn session_variable_form() {
        let defs = defs();
        let mut v = StructValue::new(defs.smtp.def().clone());
        *v.get_mut("Name").unwrap() = s("Bob");
        *v.get_mut("Password").unwrap() = s("pw");
        *v.get_mut("ServerAddress").unwrap() = s("smtp.example.com");
        *v.get_mut("Option").unwrap() = Value::Int(OPTION_STARTTLS);
        *v.get_mut("IgnoreError").unwrap() = Value::Int(tls::IGNORE_WRONG_HOST_NAME);
        *v.get_mut("Timeout").unwrap() = Value::Int(5);
        *v.get_mut("AsynchronousMode").unwrap() = Value::Bool(true);
        let session = Value::Struct(Rc::new(v));
        assert_eq!(session.to_text(), "emailSMTPSession{Name: Bob, Password: ***, ServerAddress: smtp.example.com, Port: 25, Option: 2, AsynchronousMode: True, IgnoreError: 2, Timeout: 5, AuthToken: }");
        let st = parse(&SMTP, &defs, std::slice::from_ref(&session), T).unwrap();
        assert_eq!((st.name.as_str(), st.target.login.as_str(), st.target.port), ("Bob", "Bob", 25));
        assert_eq!(
            (st.target.security, st.target.ignore, st.target.timeout, st.asynchronous),
            (Security::StartTls, 2, Duration::from_secs(5), true)
        );
        assert!(!format!("{:?}", st.target).contains("pw"), "the password stays out of debug output");
        let e = parse(&POP3, &defs, &[session], T).unwrap_err();
        assert_eq!(e, "EmailStartPOP3Session takes an emailPOP3Session variable, not a emailSMTPSession");
    }
}
