//! How the email functions fail: `ErrorInfo(errCode)` numbers, and a protocol failure
//! turned into the script's error record.

use crate::net::{FailureKind, MailError};
use wl_interpreter::{ErrorRecord, Machine, Value};

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

pub(crate) fn record_for(e: &MailError) -> ErrorRecord {
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

/// A session call that cannot be made (unknown session, invalid parameters): False + ErrorInfo.
pub(crate) fn session_error(m: &mut Machine, message: String) -> Value {
    m.fail(ErrorRecord::new(codes::SESSION, message))
}
