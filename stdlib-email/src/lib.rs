//! The email library of wl: SMTP sessions, POP3 and IMAP sessions, the `Email` structure
//! and type, the `emailSMTPSession`, `emailPOP3Session` and `emailIMAPSession` types, their
//! constants, and capture mode (docs/email.md). Everything is registered through the
//! interpreter's `Module` API; the interpreter itself knows nothing of email.
//!
//! Two layers: the protocols (`net`, `opening`, `tls`, `smtp`, `pop3`, `imap`, and the
//! sessions built on them, `send` and `receive`), which know nothing of the interpreter;
//! and what a script sees (`script`), with the conversions between `Email` values and
//! messages (`message` to send, `incoming` when read).

#![forbid(unsafe_code)]

mod imap;
mod imap_folders;
mod imap_search;
mod incoming;
mod message;
mod net;
mod oauth;
mod opening;
mod pop3;
mod receive;
mod script;
mod send;
mod smtp;
mod tls;

pub use script::{codes, module};
use std::path::PathBuf;

#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `--capture-mail DIR`: every message goes to DIR/NNNN.eml instead of a server.
    pub capture_dir: Option<PathBuf>,
}
