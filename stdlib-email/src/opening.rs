//! How a session is opened, the same way for SMTP, POP3 and IMAP: in plaintext, with TLS
//! from the first byte, or upgraded by STARTTLS (STLS), with the same fallbacks between the
//! last two. Each client tells the steps in its own protocol through `Opening`; the greeting
//! and the STARTTLS exchange around those steps are written once, here.

use crate::net::{connect_tcp, handshake, seconds, Conn, FailureKind, MailError, Protocol, Security, Target, Wire};
use std::io;
use std::time::Instant;

/// A client's part in opening a session.
pub(crate) trait Opening: Sized {
    const PROTOCOL: Protocol;
    /// A greeting as read from the wire, before it is judged.
    type Greeting;

    /// A client over a connection just made (plain or TLS).
    fn over(conn: Conn, target: &Target) -> Self;
    fn wire(&mut self) -> &mut Wire;
    /// Reads the greeting without judging it.
    fn read_greeting(&mut self) -> io::Result<Self::Greeting>;
    /// Judges a greeting read by `read_greeting`.
    fn check_greeting(&mut self, greeting: Self::Greeting) -> Result<(), MailError>;
    /// What follows the greeting before any upgrade: EHLO (SMTP), CAPA (POP3).
    fn hello(&mut self) -> Result<(), MailError>;
    /// Whether the server offers STARTTLS (STLS), asking it first when it has not said.
    fn offers_starttls(&mut self) -> Result<bool, MailError>;
    /// Sends STARTTLS (STLS); `Err((code, reply))` when the server refuses it.
    fn request_starttls(&mut self) -> Result<Result<(), (i64, String)>, MailError>;
    /// Ends the session after a failure, politely when the connection still works.
    fn quit_quietly(&mut self);
    /// What must be said again once TLS is up (EHLO, CAPA; IMAP forgets its capabilities).
    fn after_upgrade(&mut self) -> Result<(), MailError>;
}

/// Reads and judges the greeting, saying in the protocol's words when none comes.
fn greeting<C: Opening>(c: &mut C) -> Result<(), MailError> {
    match c.read_greeting() {
        Ok(g) => c.check_greeting(g),
        Err(e) if e.kind() == io::ErrorKind::TimedOut => {
            let wire = c.wire();
            wire.abort();
            Err(MailError::new(
                FailureKind::Connect,
                format!(
                    "{} server {} sent no greeting within {}",
                    C::PROTOCOL.name(),
                    wire.target.address(),
                    seconds(wire.target.timeout)
                ),
            ))
        }
        Err(e) => Err(c.wire().lost(&e, "the greeting")),
    }
}

/// STARTTLS (STLS in POP3), which the session's option requires: never a fallback to plain
/// text. The handshake itself, and the refusal of data sent before it, are `Wire::upgrade`.
fn starttls<C: Opening>(c: &mut C) -> Result<(), MailError> {
    let proto = C::PROTOCOL;
    let command = proto.starttls_command();
    let addr = c.wire().target.address();
    if !c.offers_starttls()? {
        c.quit_quietly();
        return Err(MailError::new(
            FailureKind::Tls,
            format!(
                "{} server {addr} does not offer {command}, which the session's secure option requires (nothing is sent in plain text)",
                proto.name()
            ),
        ));
    }
    if let Err((code, reply)) = c.request_starttls()? {
        let e = MailError::new(FailureKind::Tls, format!("{} server {addr} refused {command}: {reply}", proto.name()))
            .system(code, reply);
        c.quit_quietly();
        return Err(e);
    }
    c.wire().upgrade()?;
    c.after_upgrade()
}

/// Connects and greets as `target.security` asks, within `deadline`. Logging in is left to
/// the client.
pub(crate) fn open<C: Opening>(target: &Target, deadline: Instant) -> Result<C, MailError> {
    match target.security {
        Security::Plain => {
            let mut c = connect_plain::<C>(target, deadline)?;
            greeting(&mut c)?;
            c.hello()?;
            Ok(c)
        }
        Security::Implicit => open_implicit(target, deadline),
        Security::StartTls => open_upgraded(target, deadline),
    }
}

fn connect_plain<C: Opening>(target: &Target, deadline: Instant) -> Result<C, MailError> {
    let sock = connect_tcp(target, deadline, C::PROTOCOL)?;
    Ok(C::over(Conn::Plain(sock), target))
}

/// TLS from the first byte; a port that greets in plaintext is upgraded instead.
fn open_implicit<C: Opening>(target: &Target, deadline: Instant) -> Result<C, MailError> {
    let sock = connect_tcp(target, deadline, C::PROTOCOL)?;
    match handshake(target, sock, C::PROTOCOL) {
        Ok(conn) => {
            let mut c = C::over(conn, target);
            greeting(&mut c)?;
            c.hello()?;
            Ok(c)
        }
        Err((_, true)) => {
            let mut c = connect_plain::<C>(target, deadline)?;
            greeting(&mut c)?;
            c.hello()?;
            starttls(&mut c)?;
            Ok(c)
        }
        Err((e, false)) => Err(e),
    }
}

/// A plaintext greeting upgraded by STARTTLS; a port that says nothing for
/// `GREETING_PROBE` is tried with TLS from the first byte (it waits for the client to speak).
fn open_upgraded<C: Opening>(target: &Target, deadline: Instant) -> Result<C, MailError> {
    let mut c = connect_plain::<C>(target, deadline)?;
    let probe = crate::net::GREETING_PROBE.min(target.timeout);
    c.wire().conn.set_deadline(Some(deadline.min(Instant::now() + probe)));
    let first = c.read_greeting();
    c.wire().conn.set_deadline(Some(deadline));
    match first {
        Err(e) if e.kind() == io::ErrorKind::TimedOut && c.wire().conn.received() == 0 => {
            drop(c);
            let silent = format!(
                "{} server {} sent no greeting within {}",
                C::PROTOCOL.name(),
                target.address(),
                seconds(probe)
            );
            if Instant::now() >= deadline {
                return Err(MailError::new(FailureKind::Connect, silent));
            }
            let sock = connect_tcp(target, deadline, C::PROTOCOL)?;
            let conn = match handshake(target, sock, C::PROTOCOL) {
                Ok(conn) => conn,
                Err((e, _)) => {
                    let reason = e.message.split(" failed: ").nth(1).unwrap_or_default().to_string();
                    return Err(MailError {
                        message: format!("{silent}, and TLS on that port failed too: {reason}"),
                        ..e
                    });
                }
            };
            let mut c = C::over(conn, target);
            greeting(&mut c)?;
            c.hello()?;
            Ok(c)
        }
        Err(e) => Err(c.wire().lost(&e, "the greeting")),
        Ok(greeting) => {
            c.check_greeting(greeting)?;
            c.hello()?;
            starttls(&mut c)?;
            Ok(c)
        }
    }
}
