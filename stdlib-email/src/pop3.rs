//! One live POP3 connection (RFC 1939, RFC 2449 CAPA, RFC 2595 STLS), on the socket: greeting,
//! TLS (implicit or STLS, with the reconnect rules of docs/email.md), USER/PASS (or AUTH PLAIN when
//! the server offers only SASL), STAT, RETR with dot-unstuffing, DELE, QUIT.
//!
//! POP3 is small enough that no crate is needed: a reply is one line starting with `+OK` or
//! `-ERR`; a multi-line reply ends with a line holding a single dot, and lines starting with
//! a dot have one more in front of them (byte-stuffing).

use crate::net::{shown, size, Conn, FailureKind, MailError, Protocol, Target, Wire};
use crate::oauth;
use crate::opening::{self, Opening};
use std::io;
use std::time::Instant;

/// The longest status line wl accepts (RFC 2449 says 512 bytes).
const MAX_LINE: usize = 64 << 10;
/// The largest message wl reads.
pub const MAX_MESSAGE: usize = 256 << 20;

/// A status reply: `+OK …` or `-ERR …`.
#[derive(Clone, Debug)]
struct Reply {
    ok: bool,
    /// The whole line, as shown in messages.
    line: String,
}

pub struct Pop3Client {
    wire: Wire,
    capabilities: Vec<String>,
}

impl std::fmt::Debug for Pop3Client {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Pop3Client").field("target", &self.wire.target).finish()
    }
}

fn not_pop3(line: &[u8]) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        format!("the server sent something that is not a POP3 reply: \"{}\"", shown(line)),
    )
}

fn parse_reply(line: &[u8]) -> io::Result<Reply> {
    let ok = if line.starts_with(b"+OK") {
        true
    } else if line.starts_with(b"-ERR") {
        false
    } else {
        return Err(not_pop3(line));
    };
    Ok(Reply { ok, line: shown(line) })
}

impl Opening for Pop3Client {
    const PROTOCOL: Protocol = Protocol::Pop3;
    type Greeting = Vec<u8>;

    fn over(conn: Conn, target: &Target) -> Self {
        Pop3Client { wire: Wire::new(conn, target, Protocol::Pop3), capabilities: Vec::new() }
    }
    fn wire(&mut self) -> &mut Wire {
        &mut self.wire
    }
    fn read_greeting(&mut self) -> io::Result<Vec<u8>> {
        self.wire.read_line(MAX_LINE)
    }
    fn check_greeting(&mut self, greeting: Vec<u8>) -> Result<(), MailError> {
        Pop3Client::check_greeting(self, &greeting)
    }
    fn hello(&mut self) -> Result<(), MailError> {
        self.capa()
    }
    fn offers_starttls(&mut self) -> Result<bool, MailError> {
        Ok(self.offers("STLS"))
    }
    fn request_starttls(&mut self) -> Result<Result<(), (i64, String)>, MailError> {
        let reply = self.command("STLS", "STLS")?;
        Ok(if reply.ok { Ok(()) } else { Err((0, reply.line)) })
    }
    fn quit_quietly(&mut self) {
        Pop3Client::quit_quietly(self)
    }
    fn after_upgrade(&mut self) -> Result<(), MailError> {
        self.capa()
    }
}

impl Pop3Client {
    /// Starts a session: connects, reads the greeting, sets up TLS as the target asks, logs
    /// in; all of it within the target's timeout.
    pub fn open(target: &Target) -> Result<Pop3Client, MailError> {
        let deadline = Instant::now() + target.timeout;
        let mut client: Pop3Client = opening::open(target, deadline)?;
        client.login()?;
        client.wire.conn.set_deadline(None);
        Ok(client)
    }

    fn check_greeting(&mut self, line: &[u8]) -> Result<(), MailError> {
        let reply = match parse_reply(line) {
            Ok(r) => r,
            Err(e) => return Err(self.wire.lost(&e, "the greeting")),
        };
        if reply.ok {
            return Ok(());
        }
        self.wire.abort();
        Err(MailError::new(
            FailureKind::Connect,
            format!("POP3 server {} refused the session: {}", self.wire.target.address(), reply.line),
        )
        .system(0, reply.line))
    }

    /// What the server offers (CAPA); an old server without CAPA offers nothing known.
    fn capa(&mut self) -> Result<(), MailError> {
        let reply = self.command("CAPA", "CAPA")?;
        self.capabilities.clear();
        if reply.ok {
            let lines = self.read_multiline("CAPA", MAX_LINE)?;
            self.capabilities = String::from_utf8_lossy(&lines)
                .lines()
                .map(|l| l.trim().to_ascii_uppercase())
                .filter(|l| !l.is_empty())
                .collect();
        }
        Ok(())
    }

    fn offers(&self, word: &str) -> bool {
        self.capabilities.iter().any(|c| c.split_whitespace().next() == Some(word))
    }

    /// SASL XOAUTH2 or OAUTHBEARER with the session's OAuth 2 token (`AUTH`, RFC 5034).
    fn login_oauth(&mut self, login: &str, token: &str) -> Result<(), MailError> {
        let addr = self.wire.target.address();
        let refused = |detail: String| {
            MailError::new(FailureKind::Auth, format!("POP3 server {addr} refused the login of \"{login}\": {detail}"))
                .system(0, detail)
        };
        let offered = |m: &str| {
            self.capabilities.iter().any(|c| c.starts_with("SASL ") && c.split_whitespace().skip(1).any(|o| o == m))
        };
        let Some(mechanism) = oauth::Mechanism::choose(offered) else {
            self.quit_quietly();
            return Err(refused(oauth::NOT_OFFERED.to_string()));
        };
        let initial = mechanism.initial_response(login, token, &self.wire.target.host, self.wire.target.port);
        self.wire
            .write_all(format!("AUTH {} {initial}\r\n", mechanism.name()).as_bytes())
            .map_err(|e| self.wire.lost(&e, "AUTH"))?;
        let mut line = self.wire.read_line(MAX_LINE).map_err(|e| self.wire.lost(&e, "AUTH"))?;
        if line.starts_with(b"+ ") || line == b"+" {
            // The error details: the mechanism's abort response ends the exchange.
            self.wire
                .write_all(format!("{}\r\n", mechanism.abort_response()).as_bytes())
                .map_err(|e| self.wire.lost(&e, "AUTH"))?;
            line = self.wire.read_line(MAX_LINE).map_err(|e| self.wire.lost(&e, "AUTH"))?;
        }
        let reply = parse_reply(&line).map_err(|e| self.wire.lost(&e, "AUTH"))?;
        if reply.ok {
            return Ok(());
        }
        let e = refused(scrub(&reply.line, token));
        self.quit_quietly();
        Err(e)
    }

    /// USER and PASS; AUTH PLAIN when the server offers SASL PLAIN but not USER.
    fn login(&mut self) -> Result<(), MailError> {
        let login = self.wire.target.login.clone();
        let password = self.wire.target.password.clone().unwrap_or_default();
        let addr = self.wire.target.address();
        if let Some(token) = self.wire.target.token.clone() {
            return self.login_oauth(&login, &token);
        }
        let refused = |reply: &Reply| {
            let text = scrub(&reply.line, &password);
            MailError::new(FailureKind::Auth, format!("POP3 server {addr} refused the login of \"{login}\": {text}"))
                .system(0, text)
        };
        if login.contains(['\r', '\n', '\0']) || password.contains(['\r', '\n', '\0']) {
            self.quit_quietly();
            return Err(MailError::new(
                FailureKind::Auth,
                format!("the user name or password for POP3 server {addr} contains a line break or NUL character"),
            ));
        }
        let sasl_plain = self
            .capabilities
            .iter()
            .any(|c| c.starts_with("SASL ") && c.split_whitespace().skip(1).any(|m| m == "PLAIN"));
        if sasl_plain && !self.offers("USER") {
            let token = base64(format!("\0{login}\0{password}").as_bytes());
            let reply = self.command(&format!("AUTH PLAIN {token}"), "AUTH")?;
            if reply.ok {
                return Ok(());
            }
            let e = refused(&reply);
            self.quit_quietly();
            return Err(e);
        }
        let reply = self.command(&format!("USER {login}"), "USER")?;
        if !reply.ok {
            let e = refused(&reply);
            self.quit_quietly();
            return Err(e);
        }
        let reply = self.command(&format!("PASS {password}"), "PASS")?;
        if !reply.ok {
            let e = refused(&reply);
            self.quit_quietly();
            return Err(e);
        }
        Ok(())
    }

    /// STAT: the number of messages in the mailbox.
    pub fn stat(&mut self) -> Result<usize, MailError> {
        let reply = self.command("STAT", "STAT")?;
        if !reply.ok {
            return Err(self.rejected(&reply, "refused STAT"));
        }
        let count = reply.line.split_whitespace().nth(1).and_then(|n| n.parse::<usize>().ok());
        match count {
            Some(n) => Ok(n),
            None => {
                self.wire.abort();
                Err(MailError::new(
                    FailureKind::Lost,
                    format!(
                        "POP3 server {} answered STAT with something that is not a count: {}",
                        self.wire.target.address(),
                        reply.line
                    ),
                ))
            }
        }
    }

    /// RETR: message `n`, as the server stores it (dot-unstuffed, CRLF line ends).
    pub fn retr(&mut self, n: usize) -> Result<Vec<u8>, MailError> {
        let reply = self.command(&format!("RETR {n}"), "RETR")?;
        if !reply.ok {
            return Err(self.rejected(&reply, &format!("refused RETR {n}")));
        }
        self.read_multiline("RETR", MAX_MESSAGE)
    }

    /// TOP n 0: the headers of message `n` only.
    pub fn top(&mut self, n: usize) -> Result<Vec<u8>, MailError> {
        let reply = self.command(&format!("TOP {n} 0"), "TOP")?;
        if !reply.ok {
            return Err(self.rejected(&reply, &format!("refused TOP {n} 0")));
        }
        self.read_multiline("TOP", MAX_MESSAGE)
    }

    /// UIDL n: the unique identifier of message `n`, or None when the server does not
    /// offer UIDL (an optional command, RFC 1939).
    pub fn uidl(&mut self, n: usize) -> Result<Option<String>, MailError> {
        let reply = self.command(&format!("UIDL {n}"), "UIDL")?;
        if !reply.ok {
            return Ok(None);
        }
        // "+OK n unique-id"
        Ok(reply.line.split_whitespace().nth(2).map(str::to_string))
    }

    /// DELE: marks message `n` for deletion (done when the session ends with QUIT).
    pub fn dele(&mut self, n: usize) -> Result<(), MailError> {
        let reply = self.command(&format!("DELE {n}"), "DELE")?;
        if !reply.ok {
            return Err(self.rejected(&reply, &format!("refused DELE {n}")));
        }
        Ok(())
    }

    /// QUIT: the server deletes the messages marked with DELE, then closes.
    pub fn quit(&mut self) -> Result<(), MailError> {
        if self.wire.broken {
            return Err(MailError::new(
                FailureKind::Lost,
                format!(
                    "connection to POP3 server {} was lost: the messages marked for deletion were not deleted",
                    self.wire.target.address()
                ),
            ));
        }
        let timeout = self.wire.target.timeout.min(std::time::Duration::from_secs(10));
        self.wire.conn.set_deadline(Some(Instant::now() + timeout));
        let result = self.command("QUIT", "QUIT");
        self.wire.abort();
        let reply = result?;
        if reply.ok {
            Ok(())
        } else {
            Err(MailError::new(
                FailureKind::Rejected,
                format!(
                    "POP3 server {} could not delete the messages marked for deletion: {}",
                    self.wire.target.address(),
                    reply.line
                ),
            )
            .system(0, reply.line))
        }
    }

    fn quit_quietly(&mut self) {
        if !self.wire.broken {
            let _ = self.quit();
        }
        self.wire.abort();
    }

    pub fn is_broken(&self) -> bool {
        self.wire.broken
    }

    fn rejected(&mut self, reply: &Reply, what: &str) -> MailError {
        MailError::new(
            FailureKind::Rejected,
            format!("POP3 server {} {what}: {}", self.wire.target.address(), reply.line),
        )
        .system(0, reply.line.clone())
    }

    fn closed_error(&self) -> MailError {
        MailError::new(FailureKind::Lost, format!("connection to POP3 server {} is closed", self.wire.target.address()))
    }

    /// Sends a command line and reads its status reply.
    fn command(&mut self, text: &str, stage: &str) -> Result<Reply, MailError> {
        if self.wire.broken {
            return Err(self.closed_error());
        }
        let mut line = Vec::with_capacity(text.len() + 2);
        line.extend_from_slice(text.as_bytes());
        line.extend_from_slice(b"\r\n");
        self.wire.write_all(&line).map_err(|e| self.wire.lost(&e, stage))?;
        let line = self.wire.read_line(MAX_LINE).map_err(|e| self.wire.lost(&e, stage))?;
        parse_reply(&line).map_err(|e| self.wire.lost(&e, stage))
    }

    /// The body of a multi-line reply, up to the line holding a single dot, with the
    /// byte-stuffing removed and CRLF line ends.
    fn read_multiline(&mut self, stage: &str, limit: usize) -> Result<Vec<u8>, MailError> {
        let mut out = Vec::new();
        loop {
            let line = self.wire.read_line(limit).map_err(|e| self.wire.lost(&e, stage))?;
            if line == b"." {
                return Ok(out);
            }
            let line = line.strip_prefix(b".").unwrap_or(&line);
            if out.len() + line.len() + 2 > limit {
                self.wire.abort();
                return Err(MailError::new(
                    FailureKind::Rejected,
                    format!(
                        "POP3 server {} sent a reply to {stage} larger than {}, which wl does not read",
                        self.wire.target.address(),
                        size(limit)
                    ),
                ));
            }
            out.extend_from_slice(line);
            out.extend_from_slice(b"\r\n");
        }
    }
}

/// A server's text with the password replaced by `***`, should a server ever repeat it.
pub fn scrub(text: &str, password: &str) -> String {
    if password.len() >= 3 && text.contains(password) {
        text.replace(password, "***")
    } else {
        text.to_string()
    }
}

/// Standard base64 (SASL PLAIN and XOAUTH2 responses), by the base64 crate.
pub fn base64(bytes: &[u8]) -> String {
    use base64::Engine;
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_of_sasl_plain() {
        assert_eq!(base64(b"\0bob\0pw"), "AGJvYgBwdw==");
        assert_eq!(base64(b"ab"), "YWI=");
        assert_eq!(base64(b"abc"), "YWJj");
        assert_eq!(base64(b""), "");
    }

    #[test]
    fn replies() {
        assert!(parse_reply(b"+OK Dovecot ready.").unwrap().ok);
        assert!(!parse_reply(b"-ERR [AUTH] Authentication failed.").unwrap().ok);
        let e = parse_reply(b"220 smtp.example.com ESMTP").unwrap_err();
        assert_eq!(e.to_string(), "the server sent something that is not a POP3 reply: \"220 smtp.example.com ESMTP\"");
    }

    #[test]
    fn password_scrubbed() {
        assert_eq!(scrub("-ERR bad password s3cret", "s3cret"), "-ERR bad password ***");
        assert_eq!(scrub("-ERR no", ""), "-ERR no");
    }
}
