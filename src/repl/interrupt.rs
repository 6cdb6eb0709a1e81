//! Ctrl-C. While the user types, rustyline reads Ctrl-C as a key (the current input is
//! cancelled). While a statement runs, the terminal is back in its normal mode and Ctrl-C
//! sends SIGINT: the handler installed here sets the machine's `interrupt` flag, which every
//! loop iteration and call checks, so the statement stops and the session goes on.

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

static RUNNING: AtomicBool = AtomicBool::new(false);

/// Installs the SIGINT handler. `flag` is the session's interrupt flag (kept across
/// `:reset`). Outside a running statement, SIGINT ends a session that reads a pipe (as it
/// would end any command of a pipeline) and is ignored by an interactive one.
pub fn install(flag: Arc<AtomicBool>, interactive: bool) {
    let result = ctrlc::set_handler(move || {
        if RUNNING.load(Ordering::SeqCst) {
            flag.store(true, Ordering::SeqCst);
        } else if !interactive {
            std::process::exit(crate::run::INTERRUPTED);
        }
    });
    if let Err(e) = result {
        eprintln!("wl: Ctrl-C will not stop a running statement: {e}");
    }
}

/// Marks a statement as running until dropped.
pub struct Running(());

impl Running {
    pub fn start() -> Running {
        RUNNING.store(true, Ordering::SeqCst);
        Running(())
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        RUNNING.store(false, Ordering::SeqCst);
    }
}
