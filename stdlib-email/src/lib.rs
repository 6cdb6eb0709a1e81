//! The email library of wl (SPEC §8). Placeholder until the SMTP work lands.

use std::path::PathBuf;
use wl_interpreter::Module;

#[derive(Clone, Debug, Default)]
pub struct Config {
    /// `--capture-mail DIR`: every message goes to DIR/NNNN.eml instead of a server.
    pub capture_dir: Option<PathBuf>,
}

pub fn module(_config: Config) -> Module {
    Module::new("email")
}
