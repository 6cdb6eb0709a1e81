//! The script-facing layer: what a WLanguage script sees of the email library. Each module
//! registers its part of the `email` module (`register(&mut Module, …)`), the way the
//! interpreter's `builtins/` do: the types and constants, the session registry, the start
//! of sessions, sending, receiving and the message functions.

mod errors;
mod messages;
mod receiving;
mod registry;
mod sending;
mod start;
mod types;

use crate::Config;
use wl_interpreter::Module;

pub use errors::codes;
#[cfg(test)]
pub(crate) use types::email_type;

/// The `email` module, ready for `Engine::register_module`.
pub fn module(config: Config) -> Module {
    let mut m = Module::new("email");
    let defs = types::register(&mut m);
    let state = registry::State::shared(&config);
    registry::register(&mut m, &state, &defs);
    sending::register(&mut m, &state, &defs);
    receiving::register(&mut m, &state, &defs);
    messages::register(&mut m, &defs);
    m
}
