//! One live SMTP connection: connect, greeting, EHLO, TLS (implicit or STARTTLS, with the
//! reconnect rules of docs/email.md), AUTH PLAIN/LOGIN, then any number of transactions, QUIT.
//!
//! lettre formats the commands (EHLO, AUTH with its mechanisms, MAIL, RCPT…), parses the
//! EHLO capabilities and builds the messages; the connection itself is ours, because lettre
//! 0.11's `SmtpConnection` takes neither a custom rustls certificate verifier (needed for
//! `..IgnoreError`) nor a separate timeout for the greeting (needed to detect a port that
//! speaks implicit TLS).

use crate::net::{Conn, FailureKind, MailError, Protocol, Target, Wire};
use crate::oauth;
use crate::opening::{self, Opening};
use lettre::address::Address;
use lettre::transport::smtp::authentication::{Credentials, Mechanism};
use lettre::transport::smtp::commands::{Auth, Data, Ehlo, Mail, Quit, Rcpt, Rset, Starttls};
use lettre::transport::smtp::extension::{ClientId, Extension, MailBodyParameter, MailParameter, ServerInfo};
use lettre::transport::smtp::response::Response;
use std::fmt;
use std::io::{self, Write};
use std::str::FromStr;
use std::time::{Duration, Instant};

/// A server reply: its code and its lines of text.
#[derive(Clone, Debug)]
pub struct Reply {
    pub code: u16,
    pub lines: Vec<String>,
}

impl Reply {
    pub fn text(&self) -> String {
        format!("{} {}", self.code, self.lines.join(" ")).trim_end().to_string()
    }
    fn to_lettre(&self) -> Option<Response> {
        let mut raw = String::new();
        for (i, line) in self.lines.iter().enumerate() {
            let sep = if i + 1 == self.lines.len() { ' ' } else { '-' };
            raw.push_str(&format!("{}{sep}{line}\r\n", self.code));
        }
        if self.lines.is_empty() {
            raw = format!("{} \r\n", self.code);
        }
        Response::from_str(&raw).ok()
    }
}

/// The longest reply line wl accepts (RFC 5321 says 512 bytes).
const MAX_LINE: usize = 8 << 10;

pub struct SmtpClient {
    wire: Wire,
    info: ServerInfo,
    /// The SASL mechanisms of the EHLO reply, upper case (lettre's `ServerInfo` knows only
    /// PLAIN, LOGIN and XOAUTH2).
    mechanisms: Vec<String>,
}

impl fmt::Debug for SmtpClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("SmtpClient").field("target", &self.wire.target).field("broken", &self.wire.broken).finish()
    }
}

impl Opening for SmtpClient {
    const PROTOCOL: Protocol = Protocol::Smtp;
    type Greeting = Reply;

    fn over(conn: Conn, target: &Target) -> Self {
        SmtpClient {
            wire: Wire::new(conn, target, Protocol::Smtp),
            info: ServerInfo::default(),
            mechanisms: Vec::new(),
        }
    }
    fn wire(&mut self) -> &mut Wire {
        &mut self.wire
    }
    fn read_greeting(&mut self) -> io::Result<Reply> {
        self.read_reply()
    }
    fn check_greeting(&mut self, greeting: Reply) -> Result<(), MailError> {
        SmtpClient::check_greeting(self, greeting)
    }
    fn hello(&mut self) -> Result<(), MailError> {
        SmtpClient::hello(self)
    }
    fn offers_starttls(&mut self) -> Result<bool, MailError> {
        Ok(self.info.supports_feature(Extension::StartTls))
    }
    fn request_starttls(&mut self) -> Result<Result<(), (i64, String)>, MailError> {
        let reply = self.command(&Starttls.to_string(), "STARTTLS")?;
        Ok(if reply.code == 220 { Ok(()) } else { Err((reply.code as i64, reply.text())) })
    }
    fn quit_quietly(&mut self) {
        self.quit()
    }
    fn after_upgrade(&mut self) -> Result<(), MailError> {
        self.hello()
    }
}

impl SmtpClient {
    /// Starts a session: connects, reads the greeting, says EHLO, sets up TLS as the target
    /// asks, authenticates; all of it within the target's timeout.
    pub fn open(target: &Target) -> Result<SmtpClient, MailError> {
        let deadline = Instant::now() + target.timeout;
        let mut client: SmtpClient = opening::open(target, deadline)?;
        client.authenticate()?;
        client.wire.conn.set_deadline(None);
        Ok(client)
    }

    pub fn is_broken(&self) -> bool {
        self.wire.broken
    }

    fn check_greeting(&mut self, reply: Reply) -> Result<(), MailError> {
        if reply.code == 220 {
            return Ok(());
        }
        self.wire.broken = true;
        Err(MailError::new(
            FailureKind::Connect,
            format!("SMTP server {} refused the session: {}", self.wire.target.address(), reply.text()),
        )
        .system(reply.code as i64, reply.text()))
    }

    /// EHLO (HELO when the server does not know EHLO), and what the server offers.
    fn hello(&mut self) -> Result<(), MailError> {
        let reply = self.command(&Ehlo::new(ClientId::default()).to_string(), "EHLO")?;
        if reply.code == 250 {
            self.info = reply.to_lettre().and_then(|r| ServerInfo::from_response(&r).ok()).unwrap_or_default();
            self.mechanisms = reply
                .lines
                .iter()
                .filter_map(|l| {
                    let upper = l.to_ascii_uppercase();
                    upper.strip_prefix("AUTH ").or_else(|| upper.strip_prefix("AUTH=")).map(str::to_string)
                })
                .flat_map(|list| list.split_whitespace().map(str::to_string).collect::<Vec<_>>())
                .collect();
            return Ok(());
        }
        let helo = format!("HELO {}\r\n", ClientId::default());
        let reply = self.command(&helo, "HELO")?;
        if reply.code != 250 {
            return Err(self.rejected(&reply, "refused HELO"));
        }
        self.info = ServerInfo::default();
        Ok(())
    }

    /// AUTH PLAIN or LOGIN when a password is given and the server offers one of them; a
    /// server that offers neither is used without authentication (the seed's rule).
    fn authenticate(&mut self) -> Result<(), MailError> {
        if let Some(token) = self.wire.target.token.clone() {
            return self.authenticate_oauth(&token);
        }
        let Some(password) = self.wire.target.password.clone().filter(|p| !p.is_empty()) else { return Ok(()) };
        let Some(mechanism) = self.info.get_auth_mechanism(&[Mechanism::Plain, Mechanism::Login]) else {
            return Ok(());
        };
        let login = self.wire.target.login.clone();
        let addr = self.wire.target.address();
        let credentials = Credentials::new(login.clone(), password);
        let refused = |detail: String| {
            MailError::new(FailureKind::Auth, format!("SMTP server {addr} refused the login of \"{login}\": {detail}"))
        };
        let first = Auth::new(mechanism, credentials.clone(), None).map_err(|e| refused(e.to_string()))?;
        let mut reply = self.command(&first.to_string(), "AUTH")?;
        let mut rounds = 0;
        while reply.code == 334 && rounds < 10 {
            rounds += 1;
            let Some(challenge) = reply.to_lettre() else { break };
            let next = match Auth::new_from_response(mechanism, credentials.clone(), &challenge) {
                Ok(n) => n,
                Err(_) => {
                    // Cancel the exchange, as RFC 4954 says.
                    let _ = self.command("*\r\n", "AUTH");
                    return Err(refused(format!("its {mechanism} challenge was not understood ({})", reply.text())));
                }
            };
            reply = self.command(&next.to_string(), "AUTH")?;
        }
        if reply.code == 235 {
            return Ok(());
        }
        let e = refused(reply.text()).system(reply.code as i64, reply.text());
        self.quit();
        Err(e)
    }

    /// SASL XOAUTH2 or OAUTHBEARER with the session's OAuth 2 token (Gmail, Microsoft 365).
    /// A server that offers neither fails the session: the token is never replaced by
    /// nothing.
    fn authenticate_oauth(&mut self, token: &str) -> Result<(), MailError> {
        let login = self.wire.target.login.clone();
        let addr = self.wire.target.address();
        let refused = |detail: String| {
            MailError::new(FailureKind::Auth, format!("SMTP server {addr} refused the login of \"{login}\": {detail}"))
        };
        let Some(mechanism) = oauth::Mechanism::choose(|m| self.mechanisms.iter().any(|o| o == m)) else {
            self.quit();
            return Err(refused(oauth::NOT_OFFERED.to_string()));
        };
        let initial = mechanism.initial_response(&login, token, &self.wire.target.host, self.wire.target.port);
        let mut reply = self.command(&format!("AUTH {} {initial}\r\n", mechanism.name()), "AUTH")?;
        if reply.code == 334 {
            // The server's error details (base64 JSON); the mechanism's abort response ends
            // the exchange.
            reply = self.command(&format!("{}\r\n", mechanism.abort_response()), "AUTH")?;
        }
        if reply.code == 235 {
            return Ok(());
        }
        let text = crate::pop3::scrub(&reply.text(), token);
        let e = refused(text.clone()).system(reply.code as i64, text);
        self.quit();
        Err(e)
    }

    /// Sends one message; on a refusal the transaction is reset so the session goes on.
    pub fn send(&mut self, from: Option<&Address>, to: &[Address], data: &[u8]) -> Result<(), MailError> {
        let addr = self.wire.target.address();
        let mut params = Vec::new();
        let ascii = |a: &Address| AsRef::<str>::as_ref(a).is_ascii();
        let non_ascii = from.is_some_and(|a| !ascii(a)) || to.iter().any(|a| !ascii(a));
        if non_ascii {
            if !self.info.supports_feature(Extension::SmtpUtfEight) {
                return Err(MailError::new(
                    FailureKind::Rejected,
                    format!("SMTP server {addr} does not accept addresses with non-ASCII characters (no SMTPUTF8)"),
                ));
            }
            params.push(MailParameter::SmtpUtfEight);
        }
        if !data.is_ascii() && self.info.supports_feature(Extension::EightBitMime) {
            params.push(MailParameter::Body(MailBodyParameter::EightBitMime));
        }
        let reply = self.command(&Mail::new(from.cloned(), params).to_string(), "MAIL FROM")?;
        if reply.code != 250 {
            let shown = from.map(|a| a.to_string()).unwrap_or_default();
            return Err(self.reset_after(&reply, format!("rejected the sender <{shown}>")));
        }
        for rcpt in to {
            let reply = self.command(&Rcpt::new(rcpt.clone(), Vec::new()).to_string(), "RCPT TO")?;
            if reply.code != 250 && reply.code != 251 {
                return Err(self.reset_after(&reply, format!("rejected the recipient <{rcpt}>")));
            }
        }
        let reply = self.command(&Data.to_string(), "DATA")?;
        if reply.code != 354 {
            return Err(self.reset_after(&reply, "refused DATA".to_string()));
        }
        let mut out = Vec::with_capacity(data.len() + data.len() / 64 + 8);
        let mut line_start = true;
        for &b in data {
            if line_start && b == b'.' {
                out.push(b'.');
            }
            out.push(b);
            line_start = b == b'\n';
        }
        if !out.ends_with(b"\r\n") {
            out.extend_from_slice(b"\r\n");
        }
        out.extend_from_slice(b".\r\n");
        self.write(&out, "DATA")?;
        let reply = self.read("DATA")?;
        if reply.code != 250 {
            return Err(self.reset_after(&reply, "refused the message".to_string()));
        }
        Ok(())
    }

    /// QUIT, then close. Failures do not matter any more.
    pub fn quit(&mut self) {
        if !self.wire.broken {
            self.wire.conn.set_deadline(Some(Instant::now() + self.wire.target.timeout.min(Duration::from_secs(5))));
            let _ = self.command(&Quit.to_string(), "QUIT");
        }
        self.wire.abort();
    }

    fn rejected(&mut self, reply: &Reply, what: &str) -> MailError {
        let kind = if reply.code == 421 { FailureKind::Lost } else { FailureKind::Rejected };
        if reply.code == 421 {
            self.wire.broken = true;
        }
        MailError::new(kind, format!("SMTP server {} {what}: {}", self.wire.target.address(), reply.text()))
            .system(reply.code as i64, reply.text())
    }

    /// A refused command inside a transaction: RSET, so the next message starts clean.
    fn reset_after(&mut self, reply: &Reply, what: String) -> MailError {
        let e = self.rejected(reply, &what);
        if !self.wire.broken {
            let _ = self.command(&Rset.to_string(), "RSET");
        }
        e
    }

    fn write(&mut self, bytes: &[u8], stage: &str) -> Result<(), MailError> {
        if self.wire.broken {
            return Err(MailError::new(
                FailureKind::Lost,
                format!("connection to SMTP server {} is closed", self.wire.target.address()),
            ));
        }
        // A server that reads a byte now and then must not hold the script either: the
        // whole write must end within the timeout, plus a second per 10 KB for big messages.
        let within = self.wire.target.timeout + Duration::from_secs((bytes.len() / 10_240) as u64);
        let saved = self.wire.conn.tighten_deadline(within);
        let result = self.wire.conn.write_all(bytes).and_then(|()| self.wire.conn.flush());
        self.wire.conn.set_deadline(saved);
        result.map_err(|e| self.wire.lost(&e, stage))
    }

    fn read(&mut self, stage: &str) -> Result<Reply, MailError> {
        // The timeout bounds the whole reply, not each read: a server sending one byte a
        // second would otherwise hold the script as long as it likes.
        let saved = self.wire.conn.tighten_deadline(self.wire.target.timeout);
        let reply = self.read_reply();
        self.wire.conn.set_deadline(saved);
        reply.map_err(|e| self.wire.lost(&e, stage))
    }

    /// Writes a command (with its CRLF) and reads the reply, whatever its code.
    fn command(&mut self, text: &str, stage: &str) -> Result<Reply, MailError> {
        self.write(text.as_bytes(), stage)?;
        let reply = self.read(stage)?;
        if reply.code == 421 {
            self.wire.broken = true;
        }
        Ok(reply)
    }

    fn read_line(&mut self) -> io::Result<String> {
        let line = self.wire.read_line(MAX_LINE)?;
        Ok(String::from_utf8_lossy(&line).into_owned())
    }

    fn read_reply(&mut self) -> io::Result<Reply> {
        let mut lines = Vec::new();
        loop {
            let line = self.read_line()?;
            let bytes = line.as_bytes();
            if bytes.len() < 3
                || !bytes[..3].iter().all(u8::is_ascii_digit)
                || (bytes.len() > 3 && !matches!(bytes[3], b' ' | b'-'))
            {
                let shown: String = line.chars().take(80).collect();
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("the server sent something that is not an SMTP reply: \"{shown}\""),
                ));
            }
            let code: u16 = line[..3].parse().unwrap_or(0);
            lines.push(line.get(4..).unwrap_or("").to_string());
            if lines.len() > 1000 {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    "the server sent a reply of more than 1000 lines",
                ));
            }
            if bytes.len() == 3 || bytes[3] == b' ' {
                return Ok(Reply { code, lines });
            }
        }
    }
}
