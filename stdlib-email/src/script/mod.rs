//! The script-facing layer: what a WLanguage script sees of the email library. Each module
//! registers its part of the `email` module (`register(&mut Module, …)`), the way the
//! interpreter's `builtins/` do: the types and constants, the session registry, the start
//! of sessions, sending, receiving and the message functions.

mod errors;
mod folders;
mod get_all;
mod messages;
mod receiving;
mod registry;
mod sending;
mod start;
mod types;

use crate::Config;
use wl_interpreter::{Module, Receiver};

pub use errors::codes;
#[cfg(test)]
pub(crate) use types::{attach_type, email_type};

/// The `email` module, ready for `Engine::register_module`.
pub fn module(config: Config) -> Module {
    let mut m = Module::new("email");
    let defs = types::register(&mut m);
    let state = registry::State::shared(&config);
    registry::register(&mut m, &state, &defs);
    sending::register(&mut m, &state, &defs);
    receiving::register(&mut m, &state, &defs);
    folders::register(&mut m, &state);
    get_all::register(&mut m, &state, &defs);
    messages::register(&mut m, &defs);
    register_methods(&mut m);
    m
}

/// The method forms PC SOFT documents: `MySession.StartSession()`,
/// `MySession.SendMessage(MyMessage)`, `MySession.CloseSession()`, `MyMessage.BuildSource()`,
/// `MyMessage.ImportSource()`; each calls the function with the variable first.
fn register_methods(m: &mut Module) {
    for session in ["emailSMTPSession", "emailPOP3Session", "emailIMAPSession"] {
        m.register_method(Receiver::Type(session), "StartSession", "EmailStartSession", false);
        m.register_method(Receiver::Type(session), "CloseSession", "EmailCloseSession", false);
    }
    m.register_method(Receiver::Type("emailSMTPSession"), "SendMessage", "EmailSendMessage", false);
    m.register_method(Receiver::Type("Email"), "BuildSource", "EmailBuildSource", false);
    m.register_method(Receiver::Type("Email"), "ImportSource", "EmailImportSource", false);
}
