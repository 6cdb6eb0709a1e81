//! What SMTP, POP3 and IMAP sessions share: where to connect (`Target`), how failures are
//! told (`MailError`), the TCP socket with its timeouts and deadline, TLS over it (rustls,
//! with the verifier of `tls`), and a line-oriented `Wire` for the receiving protocols.

use crate::tls;
use rustls::{ClientConnection, StreamOwned};
use std::fmt;
use std::io::{self, Read, Write};
use std::net::{Shutdown, TcpStream, ToSocketAddrs};
use std::time::{Duration, Instant};

/// How long a STARTTLS (or STLS) session waits for the greeting before deciding that the
/// port speaks implicit TLS (docs/email.md, "Options and TLS").
pub const GREETING_PROBE: Duration = Duration::from_secs(3);

/// The protocols wl speaks, for messages ("SMTP server h:p …") and greeting detection.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Protocol {
    Smtp,
    Pop3,
    Imap,
}

impl Protocol {
    pub fn name(self) -> &'static str {
        match self {
            Protocol::Smtp => "SMTP",
            Protocol::Pop3 => "POP3",
            Protocol::Imap => "IMAP",
        }
    }

    /// The command that upgrades a plain connection to TLS.
    pub fn starttls_command(self) -> &'static str {
        match self {
            Protocol::Pop3 => "STLS",
            Protocol::Smtp | Protocol::Imap => "STARTTLS",
        }
    }

    /// Whether the first bytes a server sent look like this protocol's plaintext greeting
    /// (how an implicit-TLS handshake recognises a port that expects STARTTLS).
    pub fn is_plaintext_greeting(self, first: &[u8]) -> bool {
        match self {
            Protocol::Smtp => first.len() >= 3 && first[..3].iter().all(u8::is_ascii_digit),
            Protocol::Pop3 => first.starts_with(b"+OK") || first.starts_with(b"-ERR"),
            Protocol::Imap => first.starts_with(b"* "),
        }
    }
}

/// The TLS form a session asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Security {
    /// `emailOptionDefault`: plain protocol, STARTTLS not attempted.
    Plain,
    /// `optionTLS`: TLS from the first byte (SMTPS, POP3S, IMAPS).
    Implicit,
    /// `emailProtocolSMTPS` / `emailOptionSecuredTLS`: a plain connection upgraded by
    /// STARTTLS (STLS in POP3), which is required.
    StartTls,
}

/// Where and how to connect. The password stays in here: it never appears in a message.
#[derive(Clone)]
pub struct Target {
    pub host: String,
    pub port: u16,
    pub security: Security,
    pub login: String,
    pub password: Option<String>,
    /// `..AuthToken`: an OAuth 2 access token, sent with SASL XOAUTH2 instead of the password.
    pub token: Option<String>,
    /// `..IgnoreError` flags (see `tls`).
    pub ignore: i64,
    pub timeout: Duration,
}

impl fmt::Debug for Target {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Target")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("security", &self.security)
            .field("login", &self.login)
            .field("password", &self.password.as_ref().map(|_| "***"))
            .field("token", &self.token.as_ref().map(|_| "***"))
            .field("ignore", &self.ignore)
            .field("timeout", &self.timeout)
            .finish()
    }
}

impl Target {
    /// `host:port`, as every message names the server.
    pub fn address(&self) -> String {
        if self.host.contains(':') && !self.host.starts_with('[') {
            format!("[{}]:{}", self.host, self.port)
        } else {
            format!("{}:{}", self.host, self.port)
        }
    }
}

/// What failed, for `ErrorInfo(errCode)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FailureKind {
    /// No connection: unknown host, refused, unreachable, no answer.
    Connect,
    /// TLS handshake or certificate, or a secure option the server cannot honour.
    Tls,
    /// The server refused the login.
    Auth,
    /// The server answered a command with an error (sender, recipient, message refused…).
    Rejected,
    /// The connection broke or the server stopped answering during a session.
    Lost,
    /// A call the session's state does not allow (no current message to delete).
    Session,
}

#[derive(Clone, Debug)]
pub struct MailError {
    pub kind: FailureKind,
    pub message: String,
    /// SMTP reply code, OS error number, or 0.
    pub system_code: i64,
    /// The server's reply, the OS error or the TLS error, as they put it.
    pub system_message: String,
}

impl MailError {
    pub fn new(kind: FailureKind, message: String) -> Self {
        MailError { kind, message, system_code: 0, system_message: String::new() }
    }
    pub fn system(mut self, code: i64, message: impl Into<String>) -> Self {
        self.system_code = code;
        self.system_message = message.into();
        self
    }
}

/// The TCP socket, with read and write timeouts that also respect a deadline (the whole
/// session start must fit in the timeout), and a record of the first bytes received (how
/// a TLS handshake recognises a plaintext greeting).
pub struct Sock {
    pub tcp: TcpStream,
    timeout: Duration,
    pub deadline: Option<Instant>,
    read_timeout: Option<Duration>,
    write_timeout: Option<Duration>,
    pub first_bytes: Vec<u8>,
    pub received: usize,
}

impl Sock {
    fn effective(&self) -> io::Result<Duration> {
        let mut t = self.timeout;
        if let Some(d) = self.deadline {
            let left = d.saturating_duration_since(Instant::now());
            if left.is_zero() {
                return Err(io::Error::new(io::ErrorKind::TimedOut, "timed out"));
            }
            t = t.min(left);
        }
        Ok(t.max(Duration::from_millis(1)))
    }
}

fn timed_out(e: io::Error) -> io::Error {
    if e.kind() == io::ErrorKind::WouldBlock {
        io::Error::new(io::ErrorKind::TimedOut, "timed out")
    } else {
        e
    }
}

impl Read for Sock {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let t = self.effective()?;
        if self.read_timeout != Some(t) {
            self.tcp.set_read_timeout(Some(t))?;
            self.read_timeout = Some(t);
        }
        let n = self.tcp.read(buf).map_err(timed_out)?;
        if self.first_bytes.len() < 8 {
            let keep = n.min(8 - self.first_bytes.len());
            self.first_bytes.extend_from_slice(&buf[..keep]);
        }
        self.received += n;
        Ok(n)
    }
}

impl Write for Sock {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        let t = self.effective()?;
        if self.write_timeout != Some(t) {
            self.tcp.set_write_timeout(Some(t))?;
            self.write_timeout = Some(t);
        }
        self.tcp.write(buf).map_err(timed_out)
    }
    fn flush(&mut self) -> io::Result<()> {
        self.tcp.flush()
    }
}

pub enum Conn {
    Plain(Sock),
    Tls(Box<StreamOwned<ClientConnection, Sock>>),
    /// While a plain connection is being upgraded, and after a failed upgrade.
    Closed,
}

fn closed() -> io::Error {
    io::Error::new(io::ErrorKind::NotConnected, "the connection is closed")
}

impl Conn {
    pub fn sock(&mut self) -> Option<&mut Sock> {
        match self {
            Conn::Plain(s) => Some(s),
            Conn::Tls(t) => Some(&mut t.sock),
            Conn::Closed => None,
        }
    }
    pub fn set_deadline(&mut self, deadline: Option<Instant>) {
        if let Some(s) = self.sock() {
            s.deadline = deadline;
        }
    }
    pub fn deadline(&mut self) -> Option<Instant> {
        self.sock().and_then(|s| s.deadline)
    }
    /// Sets a deadline `within` from now (or keeps the one already set, if sooner) and
    /// returns the previous one, to put back afterwards.
    pub fn tighten_deadline(&mut self, within: Duration) -> Option<Instant> {
        let saved = self.deadline();
        let limit = Instant::now() + within;
        self.set_deadline(Some(saved.map_or(limit, |d| d.min(limit))));
        saved
    }
    pub fn received(&mut self) -> usize {
        self.sock().map(|s| s.received).unwrap_or(0)
    }
    /// Ends the connection: TLS close_notify when encrypted, then shuts the socket down.
    pub fn shutdown(&mut self) {
        if let Conn::Tls(t) = self {
            t.conn.send_close_notify();
            let _ = t.conn.complete_io(&mut t.sock);
        }
        if let Some(s) = self.sock() {
            let _ = s.tcp.shutdown(Shutdown::Both);
        }
    }
}

impl Read for Conn {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        match self {
            Conn::Plain(s) => s.read(buf),
            Conn::Tls(t) => t.read(buf),
            Conn::Closed => Err(closed()),
        }
    }
}

impl Write for Conn {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        match self {
            Conn::Plain(s) => s.write(buf),
            Conn::Tls(t) => t.write(buf),
            Conn::Closed => Err(closed()),
        }
    }
    fn flush(&mut self) -> io::Result<()> {
        match self {
            Conn::Plain(s) => s.flush(),
            Conn::Tls(t) => t.flush(),
            Conn::Closed => Err(closed()),
        }
    }
}

/// Seconds as people write them: `30 s`, `2.5 s`.
pub fn seconds(d: Duration) -> String {
    let s = d.as_secs_f64();
    if (s - s.round()).abs() < 1e-9 {
        format!("{} s", s.round() as u64)
    } else {
        format!("{:.1} s", s)
    }
}

/// An I/O failure in words, and the OS's own text and number.
pub fn io_reason(e: &io::Error, timeout: Duration) -> (String, i64, String) {
    if let Some(t) = e.get_ref().and_then(|inner| inner.downcast_ref::<rustls::Error>()) {
        return (tls::describe(t), 0, t.to_string());
    }
    let code = e.raw_os_error().unwrap_or(0) as i64;
    let reason = match e.kind() {
        io::ErrorKind::ConnectionRefused => "connection refused".to_string(),
        io::ErrorKind::TimedOut | io::ErrorKind::WouldBlock => format!("no answer within {}", seconds(timeout)),
        io::ErrorKind::ConnectionReset
        | io::ErrorKind::ConnectionAborted
        | io::ErrorKind::BrokenPipe
        | io::ErrorKind::UnexpectedEof => "the server closed the connection".to_string(),
        io::ErrorKind::HostUnreachable => "host unreachable".to_string(),
        io::ErrorKind::NetworkUnreachable => "network unreachable".to_string(),
        io::ErrorKind::AddrNotAvailable => "address not available".to_string(),
        _ => e.to_string(),
    };
    (reason, code, e.to_string())
}

pub fn eof() -> io::Error {
    io::Error::new(io::ErrorKind::UnexpectedEof, "the server closed the connection")
}

/// A TCP connection to the target, within the deadline.
pub fn connect_tcp(target: &Target, deadline: Instant, proto: Protocol) -> Result<Sock, MailError> {
    let addr = target.address();
    let cannot = |reason: String| {
        MailError::new(FailureKind::Connect, format!("cannot connect to {} server {addr}: {reason}", proto.name()))
    };
    let host = target.host.trim_start_matches('[').trim_end_matches(']');
    let addrs: Vec<_> = match (host, target.port).to_socket_addrs() {
        Ok(a) => a.collect(),
        Err(e) => return Err(cannot("unknown host".to_string()).system(0, e.to_string())),
    };
    if addrs.is_empty() {
        return Err(cannot("unknown host".to_string()));
    }
    let mut last = None;
    for a in addrs {
        let left = deadline.saturating_duration_since(Instant::now());
        if left.is_zero() {
            last = Some(io::Error::new(io::ErrorKind::TimedOut, "timed out"));
            break;
        }
        match TcpStream::connect_timeout(&a, left) {
            Ok(tcp) => {
                let _ = tcp.set_nodelay(true);
                return Ok(Sock {
                    tcp,
                    timeout: target.timeout,
                    deadline: Some(deadline),
                    read_timeout: None,
                    write_timeout: None,
                    first_bytes: Vec::new(),
                    received: 0,
                });
            }
            Err(e) => last = Some(e),
        }
    }
    let e = last.unwrap_or_else(|| io::Error::new(io::ErrorKind::TimedOut, "timed out"));
    let (reason, code, system) = io_reason(&e, target.timeout);
    Err(cannot(reason).system(code, system))
}

/// A TLS handshake on a socket. On failure, also says whether the server spoke first with
/// what looks like the protocol's plaintext greeting (a port that expects STARTTLS).
pub fn handshake(target: &Target, mut sock: Sock, proto: Protocol) -> Result<Conn, (MailError, bool)> {
    let addr = target.address();
    let failed = |m: String| format!("TLS with {} server {addr} failed: {m}", proto.name());
    let setup = |m: String| (MailError::new(FailureKind::Tls, failed(m)), false);
    let config = tls::client_config(target.ignore).map_err(setup)?;
    let name = tls::server_name(&target.host).map_err(setup)?;
    let mut conn = ClientConnection::new(config, name).map_err(|e| setup(e.to_string()))?;
    while conn.is_handshaking() {
        if let Err(e) = conn.complete_io(&mut sock) {
            let plaintext = proto.is_plaintext_greeting(&sock.first_bytes);
            let (reason, code, system) = io_reason(&e, target.timeout);
            let err = MailError::new(FailureKind::Tls, failed(reason)).system(code, system);
            return Err((err, plaintext));
        }
    }
    Ok(Conn::Tls(Box::new(StreamOwned::new(conn, sock))))
}

/// A line-oriented connection, for SMTP, POP3 and IMAP alike: bounded lines, exact byte counts, and the
/// state of the connection (broken after an I/O failure).
pub struct Wire {
    pub conn: Conn,
    /// Bytes received and not yet consumed.
    pub pending: Vec<u8>,
    pub target: Target,
    pub proto: Protocol,
    pub broken: bool,
}

impl Wire {
    pub fn new(conn: Conn, target: &Target, proto: Protocol) -> Wire {
        Wire { conn, pending: Vec::new(), target: target.clone(), proto, broken: false }
    }

    fn fill(&mut self) -> io::Result<()> {
        let mut buf = [0u8; 16384];
        let n = self.conn.read(&mut buf)?;
        if n == 0 {
            return Err(eof());
        }
        self.pending.extend_from_slice(&buf[..n]);
        Ok(())
    }

    /// One line, with its CRLF (or LF) removed; at most `limit` bytes.
    pub fn read_line(&mut self, limit: usize) -> io::Result<Vec<u8>> {
        let mut searched = 0;
        loop {
            if let Some(pos) = self.pending[searched..].iter().position(|&b| b == b'\n') {
                let mut line: Vec<u8> = self.pending.drain(..=searched + pos).collect();
                line.pop();
                if line.last() == Some(&b'\r') {
                    line.pop();
                }
                return Ok(line);
            }
            searched = self.pending.len();
            if self.pending.len() > limit {
                return Err(io::Error::new(
                    io::ErrorKind::InvalidData,
                    format!("the server sent a line longer than {}", size(limit)),
                ));
            }
            self.fill()?;
        }
    }

    /// Exactly `n` bytes (an IMAP literal).
    pub fn read_exact(&mut self, n: usize) -> io::Result<Vec<u8>> {
        while self.pending.len() < n {
            self.fill()?;
        }
        Ok(self.pending.drain(..n).collect())
    }

    pub fn write_all(&mut self, bytes: &[u8]) -> io::Result<()> {
        if self.broken {
            return Err(closed());
        }
        self.conn.write_all(bytes).and_then(|()| self.conn.flush())
    }

    /// Replaces the plain connection with TLS (after STARTTLS / STLS was accepted).
    pub fn upgrade(&mut self) -> Result<(), MailError> {
        if !self.pending.is_empty() {
            // Anything sent before the handshake could be injected by a third party.
            self.abort();
            return Err(MailError::new(
                FailureKind::Tls,
                format!(
                    "{} server {} sent data before the TLS handshake; the session was refused for safety",
                    self.proto.name(),
                    self.target.address()
                ),
            ));
        }
        let Conn::Plain(sock) = std::mem::replace(&mut self.conn, Conn::Closed) else {
            return Ok(());
        };
        match handshake(&self.target, sock, self.proto) {
            Ok(conn) => {
                self.conn = conn;
                Ok(())
            }
            Err((e, _)) => {
                self.broken = true;
                Err(e)
            }
        }
    }

    /// Closes the connection without a word to the server.
    pub fn abort(&mut self) {
        self.broken = true;
        self.conn.shutdown();
    }

    /// The error for an I/O failure during `stage`; the connection is then broken.
    pub fn lost(&mut self, e: &io::Error, stage: &str) -> MailError {
        self.broken = true;
        let (reason, code, system) = io_reason(e, self.target.timeout);
        MailError::new(
            FailureKind::Lost,
            format!(
                "connection to {} server {} lost during {stage}: {reason}",
                self.proto.name(),
                self.target.address()
            ),
        )
        .system(code, system)
    }
}

/// A byte count as people read it: `8 KB`, `256 MB`.
pub fn size(n: usize) -> String {
    if n >= 1 << 20 {
        format!("{} MB", n >> 20)
    } else if n >= 1 << 10 {
        format!("{} KB", n >> 10)
    } else {
        format!("{n} bytes")
    }
}

/// A server's words, as shown in an error message: valid UTF-8, one line, at most 200
/// characters.
pub fn shown(bytes: &[u8]) -> String {
    let text = String::from_utf8_lossy(bytes);
    let one_line: String = text.chars().map(|c| if c.is_control() { ' ' } else { c }).collect();
    let trimmed = one_line.trim();
    if trimmed.chars().count() > 200 {
        let cut: String = trimmed.chars().take(200).collect();
        format!("{cut}…")
    } else {
        trimmed.to_string()
    }
}
