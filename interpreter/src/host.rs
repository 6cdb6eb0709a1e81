//! Where a script's output goes. The CLI writes to the process's stdout and stderr; tests
//! and the REPL capture it.

use std::io::Write;

pub trait Host {
    /// `Info` (one line each, with its line break).
    fn out(&mut self, text: &str);
    /// `Trace`: stdout unless `--trace-file` sends it elsewhere.
    fn trace(&mut self, text: &str) {
        self.out(text)
    }
    /// `Error` and diagnostics.
    fn err(&mut self, text: &str);
    fn flush(&mut self) {}
}

/// Buffered stdout, unbuffered stderr; stdout is flushed before anything goes to stderr so a
/// terminal shows both in order.
pub struct StdHost {
    out: std::io::BufWriter<std::io::Stdout>,
    trace_file: Option<std::fs::File>,
}

impl StdHost {
    pub fn new() -> Self {
        StdHost { out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()), trace_file: None }
    }
    pub fn with_trace_file(file: std::fs::File) -> Self {
        StdHost { out: std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout()), trace_file: Some(file) }
    }
}

impl Default for StdHost {
    fn default() -> Self {
        Self::new()
    }
}

impl Host for StdHost {
    fn out(&mut self, text: &str) {
        let _ = self.out.write_all(text.as_bytes());
    }
    fn trace(&mut self, text: &str) {
        match &mut self.trace_file {
            Some(f) => {
                let _ = f.write_all(text.as_bytes());
            }
            None => {
                let _ = self.out.write_all(text.as_bytes());
            }
        }
    }
    fn err(&mut self, text: &str) {
        let _ = self.out.flush();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
    fn flush(&mut self) {
        let _ = self.out.flush();
    }
}

/// Keeps everything written, for tests and embedding.
#[derive(Default)]
pub struct CaptureHost {
    pub out: String,
    pub err: String,
}

impl Host for CaptureHost {
    fn out(&mut self, text: &str) {
        self.out.push_str(text);
    }
    fn err(&mut self, text: &str) {
        self.err.push_str(text);
    }
}

/// A host that shares its buffers, so the caller can read them while the engine owns it.
#[derive(Clone, Default)]
pub struct SharedCapture(pub std::rc::Rc<std::cell::RefCell<CaptureHost>>);

impl Host for SharedCapture {
    fn out(&mut self, text: &str) {
        self.0.borrow_mut().out.push_str(text);
    }
    fn err(&mut self, text: &str) {
        self.0.borrow_mut().err.push_str(text);
    }
}
