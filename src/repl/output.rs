//! Where a REPL session's output goes: stdout line by line (not in large blocks as `wl run`
//! does, so a long loop shows its output while it runs), stderr for `Error`, and `Trace` to
//! the `--trace-file` when one is given.

use std::io::Write;
use wl_interpreter::Host;

#[derive(Default)]
pub struct ReplHost {
    trace_file: Option<std::fs::File>,
}

impl ReplHost {
    pub fn new(trace_file: Option<std::fs::File>) -> Self {
        ReplHost { trace_file }
    }
}

impl Host for ReplHost {
    fn out(&mut self, text: &str) {
        // Stdout is line-buffered: a complete line is shown at once.
        let _ = std::io::stdout().lock().write_all(text.as_bytes());
    }
    fn trace(&mut self, text: &str) {
        match &mut self.trace_file {
            Some(f) => {
                let _ = f.write_all(text.as_bytes());
            }
            None => self.out(text),
        }
    }
    fn err(&mut self, text: &str) {
        let _ = std::io::stdout().flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
    fn flush(&mut self) {
        let _ = std::io::stdout().flush();
        if let Some(f) = &mut self.trace_file {
            let _ = f.flush();
        }
    }
}
