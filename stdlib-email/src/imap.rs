//! One live IMAP connection (RFC 3501): greeting, TLS (implicit or STARTTLS, with the
//! reconnect rules of docs/email.md), LOGIN or AUTHENTICATE PLAIN, SELECT INBOX, UID SEARCH,
//! UID FETCH BODY.PEEK[], UID STORE \Deleted, (UID) EXPUNGE, LOGOUT.
//!
//! The commands and the framing of responses (lines, `{n}` literals, tags) are wl's own, on
//! the same socket, timeouts and TLS as SMTP and POP3; the untagged data responses wl needs
//! (SEARCH, FETCH) are parsed by `imap-proto`. The `imap` crate was not used: it panics on
//! legal server behaviour (an untagged `* NO` during SELECT reaches an `unreachable!()`),
//! reads lines without a length limit, and its only rustls release is an alpha.

use crate::net::{shown, size, Conn, FailureKind, MailError, Protocol, Target, Wire};
use crate::oauth;
use crate::opening::{self, Opening};
use crate::pop3::{base64, scrub, MAX_MESSAGE};
use imap_proto::types::{AttributeValue, Response};
use std::io;
use std::time::{Duration, Instant};

/// The longest line (outside literals) wl accepts: a SEARCH of a large mailbox is long.
const MAX_LINE: usize = 16 << 20;

/// One response, framed: a continuation request, a status line (tagged or untagged), or
/// untagged data (the whole response, literals included, for imap-proto).
#[derive(Debug)]
pub(crate) enum Resp {
    Continue,
    Status { tag: Option<String>, status: String, text: String },
    Data(Vec<u8>),
}

/// The end of a command: its tagged status line.
#[derive(Debug)]
pub(crate) struct Done {
    pub(crate) ok: bool,
    /// The line without its tag, as shown in messages: `NO [AUTHENTICATIONFAILED] …`.
    pub(crate) line: String,
}

pub struct ImapClient {
    pub(crate) wire: Wire,
    tag: u32,
    pub(crate) capabilities: Vec<String>,
    preauth: bool,
    /// A `* BYE` the server sent before closing, for the message that follows.
    bye: Option<String>,
}

impl std::fmt::Debug for ImapClient {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("ImapClient").field("target", &self.wire.target).finish()
    }
}

/// `{123}` (or `{123+}`) at the end of a line: the size of the literal that follows.
fn literal_len(line: &[u8]) -> Option<usize> {
    let body = line.strip_suffix(b"}")?;
    let open = body.iter().rposition(|&b| b == b'{')?;
    let digits = &body[open + 1..];
    let digits = digits.strip_suffix(b"+").unwrap_or(digits);
    if digits.is_empty() || !digits.iter().all(u8::is_ascii_digit) || digits.len() > 12 {
        return None;
    }
    std::str::from_utf8(digits).ok()?.parse().ok()
}

fn word(line: &str) -> (&str, &str) {
    match line.split_once(' ') {
        Some((w, rest)) => (w, rest),
        None => (line, ""),
    }
}

fn is_status(w: &str) -> bool {
    ["OK", "NO", "BAD", "BYE", "PREAUTH"].iter().any(|s| w.eq_ignore_ascii_case(s))
}

/// A string as an IMAP quoted string.
pub(crate) fn quoted(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        if c == '"' || c == '\\' {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('"');
    out
}

/// The capability list in `[CAPABILITY …]` at the start of a status text.
fn capability_code(text: &str) -> Option<Vec<String>> {
    let rest = text.strip_prefix('[')?;
    let (code, _) = rest.split_once(']')?;
    let (w, list) = word(code);
    if !w.eq_ignore_ascii_case("CAPABILITY") {
        return None;
    }
    Some(list.split_whitespace().map(|c| c.to_ascii_uppercase()).collect())
}

impl Opening for ImapClient {
    const PROTOCOL: Protocol = Protocol::Imap;
    type Greeting = Resp;

    fn over(conn: Conn, target: &Target) -> Self {
        ImapClient::new(conn, target)
    }
    fn wire(&mut self) -> &mut Wire {
        &mut self.wire
    }
    fn read_greeting(&mut self) -> io::Result<Resp> {
        self.read_resp()
    }
    fn check_greeting(&mut self, greeting: Resp) -> Result<(), MailError> {
        ImapClient::check_greeting(self, greeting)
    }
    /// IMAP says nothing between its greeting and STARTTLS or the login.
    fn hello(&mut self) -> Result<(), MailError> {
        Ok(())
    }
    fn offers_starttls(&mut self) -> Result<bool, MailError> {
        if self.capabilities.is_empty() {
            self.refresh_capabilities()?;
        }
        Ok(self.offers("STARTTLS"))
    }
    fn request_starttls(&mut self) -> Result<Result<(), (i64, String)>, MailError> {
        let done = self.command("STARTTLS", "STARTTLS", &mut |_| {})?;
        Ok(if done.ok { Ok(()) } else { Err((0, done.line)) })
    }
    fn quit_quietly(&mut self) {
        self.logout_quietly()
    }
    /// Capabilities learnt before TLS cannot be trusted (RFC 3501 §6.2.1).
    fn after_upgrade(&mut self) -> Result<(), MailError> {
        self.capabilities.clear();
        Ok(())
    }
}

impl ImapClient {
    /// Starts a session: connects, reads the greeting, sets up TLS as the target asks, logs
    /// in and selects INBOX; all of it within the target's timeout.
    pub fn open(target: &Target) -> Result<ImapClient, MailError> {
        let deadline = Instant::now() + target.timeout;
        let mut client: ImapClient = opening::open(target, deadline)?;
        client.login()?;
        client.select()?;
        client.wire.conn.set_deadline(None);
        Ok(client)
    }

    fn new(conn: Conn, target: &Target) -> ImapClient {
        ImapClient {
            wire: Wire::new(conn, target, Protocol::Imap),
            tag: 0,
            capabilities: Vec::new(),
            preauth: false,
            bye: None,
        }
    }

    fn check_greeting(&mut self, resp: Resp) -> Result<(), MailError> {
        let addr = self.wire.target.address();
        match resp {
            Resp::Status { tag: None, status, text } if status == "OK" || status == "PREAUTH" => {
                self.preauth = status == "PREAUTH";
                if let Some(caps) = capability_code(&text) {
                    self.capabilities = caps;
                }
                Ok(())
            }
            Resp::Status { tag: None, status, text } if status == "BYE" => {
                self.wire.abort();
                let line = format!("BYE {text}");
                Err(MailError::new(FailureKind::Connect, format!("IMAP server {addr} refused the session: {line}"))
                    .system(0, line))
            }
            other => {
                let e = io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("the server sent something that is not an IMAP greeting: \"{}\"", describe(&other)),
                );
                Err(self.wire.lost(&e, "the greeting"))
            }
        }
    }

    pub(crate) fn refresh_capabilities(&mut self) -> Result<(), MailError> {
        let mut caps = None;
        let done = self.command("CAPABILITY", "CAPABILITY", &mut |raw| {
            if let Some(list) = raw.strip_prefix(b"* CAPABILITY ") {
                caps = Some(String::from_utf8_lossy(list).split_whitespace().map(|c| c.to_ascii_uppercase()).collect());
            }
        })?;
        if !done.ok {
            return Err(self.rejected(&done, "refused CAPABILITY"));
        }
        if let Some(c) = caps {
            self.capabilities = c;
        }
        Ok(())
    }

    pub(crate) fn offers(&self, capability: &str) -> bool {
        self.capabilities.iter().any(|c| c == capability)
    }

    /// LOGIN, or AUTHENTICATE PLAIN when the server disables LOGIN or the credentials are
    /// not plain ASCII.
    fn login(&mut self) -> Result<(), MailError> {
        if self.preauth {
            return Ok(());
        }
        if self.capabilities.is_empty() {
            self.refresh_capabilities()?;
        }
        let login = self.wire.target.login.clone();
        let password = self.wire.target.password.clone().unwrap_or_default();
        let addr = self.wire.target.address();
        if let Some(token) = self.wire.target.token.clone() {
            return self.login_oauth(&login, &token);
        }
        if login.contains(['\r', '\n', '\0']) || password.contains(['\r', '\n', '\0']) {
            self.logout_quietly();
            return Err(MailError::new(
                FailureKind::Auth,
                format!("the user name or password for IMAP server {addr} contains a line break or NUL character"),
            ));
        }
        let ascii = |s: &str| s.bytes().all(|b| (0x20..0x7f).contains(&b));
        let plain = self.offers("AUTH=PLAIN");
        let disabled = self.offers("LOGINDISABLED");
        let done = if plain && (disabled || !ascii(&login) || !ascii(&password)) {
            let token = base64(format!("\0{login}\0{password}").as_bytes());
            self.authenticate("PLAIN", &token, "")?
        } else if disabled {
            self.logout_quietly();
            return Err(MailError::new(
                FailureKind::Auth,
                format!(
                    "IMAP server {addr} does not accept a login on this connection (LOGINDISABLED); use optionTLS or emailOptionSecuredTLS"
                ),
            ));
        } else {
            self.command(&format!("LOGIN {} {}", quoted(&login), quoted(&password)), "LOGIN", &mut |_| {})?
        };
        if done.ok {
            // The capabilities may change after login; they are read again when needed.
            self.capabilities.clear();
            return Ok(());
        }
        let text = scrub(&done.line, &password);
        let e =
            MailError::new(FailureKind::Auth, format!("IMAP server {addr} refused the login of \"{login}\": {text}"))
                .system(0, text);
        self.logout_quietly();
        Err(e)
    }

    /// SASL XOAUTH2 or OAUTHBEARER with the session's OAuth 2 token (Gmail, Microsoft 365).
    fn login_oauth(&mut self, login: &str, token: &str) -> Result<(), MailError> {
        let addr = self.wire.target.address();
        let refused = |detail: String| {
            MailError::new(FailureKind::Auth, format!("IMAP server {addr} refused the login of \"{login}\": {detail}"))
                .system(0, detail)
        };
        let Some(mechanism) = oauth::Mechanism::choose(|m| self.offers(&format!("AUTH={m}"))) else {
            self.logout_quietly();
            return Err(refused(oauth::NOT_OFFERED.to_string()));
        };
        let (host, port) = (self.wire.target.host.clone(), self.wire.target.port);
        let initial = mechanism.initial_response(login, token, &host, port);
        let done = self.authenticate(mechanism.name(), &initial, mechanism.abort_response())?;
        if done.ok {
            self.capabilities.clear();
            return Ok(());
        }
        let e = refused(scrub(&done.line, token));
        self.logout_quietly();
        Err(e)
    }

    /// AUTHENTICATE with an initial response: on the command line with SASL-IR, else after
    /// the first continuation request. A later continuation (an OAuth mechanism's error
    /// details) is answered with `abort`, which ends the exchange.
    fn authenticate(&mut self, mechanism: &str, initial: &str, abort: &str) -> Result<Done, MailError> {
        let tag = self.next_tag();
        let sasl_ir = self.offers("SASL-IR");
        let line = if sasl_ir {
            format!("{tag} AUTHENTICATE {mechanism} {initial}\r\n")
        } else {
            format!("{tag} AUTHENTICATE {mechanism}\r\n")
        };
        self.write(&line, "AUTHENTICATE")?;
        let mut sent = sasl_ir;
        loop {
            match self.read("AUTHENTICATE")? {
                Resp::Continue if !sent => {
                    self.write(&format!("{initial}\r\n"), "AUTHENTICATE")?;
                    sent = true;
                }
                Resp::Continue => self.write(&format!("{abort}\r\n"), "AUTHENTICATE")?,
                Resp::Status { tag: Some(t), status, text } if t == tag => {
                    return Ok(Done { ok: status == "OK", line: format!("{status} {text}").trim_end().to_string() });
                }
                _ => {}
            }
        }
    }

    fn select(&mut self) -> Result<(), MailError> {
        let done = self.command("SELECT INBOX", "SELECT", &mut |_| {})?;
        if !done.ok {
            return Err(self.rejected(&done, "refused SELECT INBOX"));
        }
        Ok(())
    }

    /// The whole message with this UID (or its headers only), without marking it as seen.
    pub fn fetch(&mut self, uid: u32, headers_only: bool) -> Result<Vec<u8>, MailError> {
        let mut body: Option<Vec<u8>> = None;
        let section = if headers_only { "HEADER" } else { "" };
        let done = self.command(&format!("UID FETCH {uid} (BODY.PEEK[{section}])"), "UID FETCH", &mut |raw| {
            if let Ok((_, Response::Fetch(_, attributes))) = imap_proto::parser::parse_response(raw) {
                let this = attributes.iter().any(|a| matches!(a, AttributeValue::Uid(u) if *u == uid));
                for a in attributes {
                    match a {
                        AttributeValue::BodySection { data: Some(d), .. } | AttributeValue::Rfc822(Some(d))
                            if this || body.is_none() =>
                        {
                            body = Some(d.into_owned());
                        }
                        _ => {}
                    }
                }
            }
        })?;
        if !done.ok {
            return Err(self.rejected(&done, &format!("refused UID FETCH {uid}")));
        }
        body.ok_or_else(|| {
            MailError::new(
                FailureKind::Rejected,
                format!(
                    "IMAP server {} did not send the message with UID {uid} (another client may have deleted it)",
                    self.wire.target.address()
                ),
            )
        })
    }

    /// Flags the message with this UID as deleted (expunged when the session closes).
    pub fn delete(&mut self, uid: u32) -> Result<(), MailError> {
        let done = self.command(&format!("UID STORE {uid} +FLAGS.SILENT (\\Deleted)"), "UID STORE", &mut |_| {})?;
        if !done.ok {
            return Err(self.rejected(&done, &format!("refused to delete the message with UID {uid}")));
        }
        Ok(())
    }

    /// Expunges the messages deleted in this session (only those with UIDPLUS), then LOGOUT.
    pub fn close(&mut self, deleted: &[u32]) -> Result<(), MailError> {
        if self.wire.broken {
            return Err(MailError::new(
                FailureKind::Lost,
                format!(
                    "connection to IMAP server {} was lost{}",
                    self.wire.target.address(),
                    if deleted.is_empty() { "" } else { ": the messages deleted in the session were not expunged" }
                ),
            ));
        }
        let timeout = self.wire.target.timeout.min(Duration::from_secs(10));
        self.wire.conn.set_deadline(Some(Instant::now() + timeout));
        let result = self.expunge(deleted);
        self.logout_quietly();
        result
    }

    fn logout_quietly(&mut self) {
        if !self.wire.broken {
            let timeout = self.wire.target.timeout.min(Duration::from_secs(5));
            self.wire.conn.set_deadline(Some(Instant::now() + timeout));
            let _ = self.command("LOGOUT", "LOGOUT", &mut |_| {});
        }
        self.wire.abort();
    }

    pub fn is_broken(&self) -> bool {
        self.wire.broken
    }

    pub(crate) fn rejected(&self, done: &Done, what: &str) -> MailError {
        MailError::new(
            FailureKind::Rejected,
            format!("IMAP server {} {what}: {}", self.wire.target.address(), done.line),
        )
        .system(0, done.line.clone())
    }

    fn next_tag(&mut self) -> String {
        self.tag += 1;
        format!("W{}", self.tag)
    }

    fn write(&mut self, text: &str, stage: &str) -> Result<(), MailError> {
        if self.wire.broken {
            return Err(MailError::new(
                FailureKind::Lost,
                format!("connection to IMAP server {} is closed", self.wire.target.address()),
            ));
        }
        self.wire.write_all(text.as_bytes()).map_err(|e| self.wire.lost(&e, stage))
    }

    fn read(&mut self, stage: &str) -> Result<Resp, MailError> {
        match self.read_resp() {
            Ok(r) => Ok(r),
            Err(e) => {
                let mut err = self.wire.lost(&e, stage);
                if let Some(bye) = self.bye.take() {
                    err.message =
                        format!("IMAP server {} ended the session during {stage}: {bye}", self.wire.target.address());
                    err.system_message = bye;
                }
                Err(err)
            }
        }
    }

    /// Sends a command and reads the responses up to its tagged status line; untagged data
    /// goes to `on_data` (the raw response, literals included).
    pub(crate) fn command(
        &mut self,
        command: &str,
        stage: &str,
        on_data: &mut dyn FnMut(&[u8]),
    ) -> Result<Done, MailError> {
        let tag = self.next_tag();
        self.write(&format!("{tag} {command}\r\n"), stage)?;
        loop {
            match self.read(stage)? {
                Resp::Status { tag: Some(t), status, text } => {
                    if t == tag {
                        return Ok(Done {
                            ok: status == "OK",
                            line: format!("{status} {text}").trim_end().to_string(),
                        });
                    }
                }
                Resp::Status { tag: None, status, text } => {
                    if status == "BYE" {
                        self.bye = Some(format!("BYE {text}").trim_end().to_string());
                    } else if let Some(caps) = capability_code(&text) {
                        self.capabilities = caps;
                    }
                }
                Resp::Data(raw) => on_data(&raw),
                Resp::Continue => {
                    // Nothing of ours waits for a continuation: cancel, as RFC 3501 allows.
                    self.write("*\r\n", stage)?;
                }
            }
        }
    }

    /// Reads one response, with its literals.
    fn read_resp(&mut self) -> io::Result<Resp> {
        let mut raw = Vec::new();
        loop {
            let line = self.wire.read_line(MAX_LINE)?;
            raw.extend_from_slice(&line);
            raw.extend_from_slice(b"\r\n");
            match literal_len(&line) {
                Some(n) if raw.len() + n > MAX_MESSAGE => {
                    return Err(io::Error::new(
                        io::ErrorKind::InvalidData,
                        format!("the server sent a response larger than {}, which wl does not read", size(MAX_MESSAGE)),
                    ));
                }
                Some(n) => {
                    let literal = self.wire.read_exact(n)?;
                    raw.extend_from_slice(&literal);
                }
                None => break,
            }
        }
        let text_end = raw.iter().position(|&b| b == b'\r').unwrap_or(raw.len());
        let first = String::from_utf8_lossy(&raw[..text_end]).into_owned();
        if first == "+" || first.starts_with("+ ") {
            return Ok(Resp::Continue);
        }
        let (tag, rest) = word(&first);
        if tag == "*" {
            let (status, text) = word(rest);
            if is_status(status) {
                return Ok(Resp::Status { tag: None, status: status.to_ascii_uppercase(), text: text.to_string() });
            }
            return Ok(Resp::Data(raw));
        }
        let (status, text) = word(rest);
        if !tag.is_empty() && is_status(status) {
            return Ok(Resp::Status {
                tag: Some(tag.to_string()),
                status: status.to_ascii_uppercase(),
                text: text.to_string(),
            });
        }
        Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("the server sent something that is not an IMAP response: \"{}\"", shown(first.as_bytes())),
        ))
    }
}

fn describe(resp: &Resp) -> String {
    match resp {
        Resp::Continue => "+".to_string(),
        Resp::Status { tag, status, text } => {
            format!("{} {status} {text}", tag.as_deref().unwrap_or("*")).trim_end().to_string()
        }
        Resp::Data(raw) => shown(&raw[..raw.len().min(200)]),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use imap_proto::types::MailboxDatum;

    #[test]
    fn literals() {
        assert_eq!(literal_len(b"* 1 FETCH (UID 7 BODY[] {342}"), Some(342));
        assert_eq!(literal_len(b"a LOGIN {5+}"), Some(5));
        assert_eq!(literal_len(b"* OK {not a literal}"), None);
        assert_eq!(literal_len(b"* OK done"), None);
        assert_eq!(literal_len(b"{99999999999999999999}"), None);
    }

    #[test]
    fn quoting_and_capabilities() {
        assert_eq!(quoted(r#"a"b\c"#), r#""a\"b\\c""#);
        assert_eq!(
            capability_code("[CAPABILITY IMAP4rev1 STARTTLS AUTH=PLAIN] Dovecot ready."),
            Some(vec!["IMAP4REV1".to_string(), "STARTTLS".to_string(), "AUTH=PLAIN".to_string()])
        );
        assert_eq!(capability_code("[ALERT] hello"), None);
        assert_eq!(capability_code("Dovecot ready."), None);
    }

    #[test]
    fn fetch_responses_parse() {
        let raw = b"* 1 FETCH (UID 7 BODY[] {5}\r\nhello)\r\n";
        let Ok((_, Response::Fetch(1, attrs))) = imap_proto::parser::parse_response(raw) else { panic!() };
        assert!(attrs.iter().any(|a| matches!(a, AttributeValue::Uid(7))));
        assert!(attrs.iter().any(
            |a| matches!(a, AttributeValue::BodySection { section: None, data: Some(d), .. } if &d[..] == b"hello")
        ));
        let Ok((_, Response::MailboxData(MailboxDatum::Search(uids)))) =
            imap_proto::parser::parse_response(b"* SEARCH 3 1 2\r\n")
        else {
            panic!()
        };
        assert_eq!(uids, vec![3, 1, 2]);
    }
}
