//! The state a running script works on: global and local slots, the error state behind
//! `ErrorOccurred`/`ErrorInfo`, the output host, limits. Native functions receive it.

use crate::error::{codes, ErrorKind, RuntimeError};
use crate::host::Host;
use crate::value::Value;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// What makes `wl` safe to run on untrusted scripts.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Procedure calls in progress; past it, the fatal error "stack overflow".
    pub max_depth: usize,
    /// Longest string, in bytes.
    pub max_string_len: usize,
    /// Most elements in one array or associative array.
    pub max_array_len: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits { max_depth: 10_000, max_string_len: 256 << 20, max_array_len: 50_000_000 }
    }
}

/// The last non-fatal error, as `ErrorInfo` reports it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct ErrorRecord {
    pub code: i64,
    pub message: String,
    /// The underlying OS, TLS or SMTP code (`errSystemCode`).
    pub system_code: i64,
    pub system_message: String,
}

impl ErrorRecord {
    pub fn new(code: i64, message: impl Into<String>) -> Self {
        ErrorRecord { code, message: message.into(), ..Default::default() }
    }
    pub fn with_system(mut self, code: i64, message: impl Into<String>) -> Self {
        self.system_code = code;
        self.system_message = message.into();
        self
    }
    /// `ErrorInfo()` / `ErrorInfo(errFullDetails)`.
    pub fn full_details(&self) -> String {
        let mut text = self.message.clone();
        if !self.system_message.is_empty() && !self.message.contains(&self.system_message) {
            text.push_str(&format!("\nSystem error: {}", self.system_message));
        }
        text
    }
}

pub struct Machine {
    pub globals: Vec<Value>,
    /// Local slots of the procedures being run; a frame starts at `base`.
    pub stack: Vec<Value>,
    pub base: usize,
    pub depth: usize,
    pub(crate) limits: Limits,
    /// The value of the last RESULT, on its way to the caller.
    pub result: Value,
    pub host: Box<dyn Host>,
    /// Set by Ctrl-C or the `--timeout` watchdog; loops and calls check it.
    pub(crate) interrupt: Arc<AtomicBool>,
    pub last_error: Option<ErrorRecord>,
    /// The exception being handled, for `ExceptionInfo`.
    pub exception: Option<RuntimeError>,
    /// The script's arguments (`CommandLine`).
    pub(crate) args: Vec<String>,
    /// The directory of the script being run, for `fExeDir`; `None` for stdin and the REPL.
    pub(crate) script_dir: Option<std::path::PathBuf>,
    /// The depth from which int procedures are not tried the int way (see
    /// `compile::int_procedures`): the recursion limit, or 0 while the generic call that
    /// follows an int attempt stopped by the limit runs.
    pub(crate) int_depth_limit: usize,
    /// Set when an int attempt stopped at `int_depth_limit`.
    pub(crate) int_reached_limit: bool,
    /// The slot of `ErrorOccurred`, from the handle the core library's registration gave.
    pub(crate) error_occurred_slot: Option<usize>,
    /// Argument buffers of native calls, lent and taken back so that a call allocates
    /// nothing; one per native call in progress (an argument can itself call a native).
    arg_buffers: Vec<Vec<Value>>,
    /// Text buffers, lent and taken back the same way, for keys and appended texts built
    /// without allocating (see `compile::text`).
    text_buffers: Vec<String>,
    /// The object of a method call, between choosing the method by its class and calling it.
    pub(crate) receiver: Value,
    /// Elements and members passed by reference to the calls in progress: the cell the
    /// procedure works on and the indexes of the place, to write the cell back after the
    /// call (see `compile::by_reference`).
    pub(crate) place_refs: Vec<(std::rc::Rc<std::cell::RefCell<Value>>, Vec<Value>)>,
}

impl Machine {
    pub fn new(host: Box<dyn Host>) -> Self {
        Machine {
            globals: Vec::new(),
            stack: Vec::with_capacity(1024),
            base: 0,
            depth: 0,
            limits: Limits::default(),
            result: Value::Null,
            host,
            interrupt: Arc::new(AtomicBool::new(false)),
            last_error: None,
            exception: None,
            args: Vec::new(),
            script_dir: None,
            int_depth_limit: Limits::default().max_depth,
            int_reached_limit: false,
            error_occurred_slot: None,
            arg_buffers: Vec::new(),
            text_buffers: Vec::new(),
            receiver: Value::Null,
            place_refs: Vec::new(),
        }
    }

    pub fn out(&mut self, text: &str) {
        self.host.out(text);
    }
    pub fn err(&mut self, text: &str) {
        self.host.err(text);
    }

    /// Records a non-fatal error: `ErrorOccurred` becomes True and `ErrorInfo` describes it.
    /// Returns False, what a failed function gives back.
    pub fn fail(&mut self, record: ErrorRecord) -> Value {
        self.last_error = Some(record);
        self.set_error_occurred(true);
        Value::Bool(false)
    }

    pub fn set_error_occurred(&mut self, value: bool) {
        if let Some(slot) = self.error_occurred_slot {
            self.globals[slot] = Value::Bool(value);
        }
    }

    pub fn error_occurred(&self) -> bool {
        self.error_occurred_slot.is_some_and(|slot| matches!(self.globals[slot].deref(), Value::Bool(true)))
    }

    /// An empty buffer for the arguments of a native call.
    #[inline]
    pub(crate) fn arg_buffer(&mut self) -> Vec<Value> {
        self.arg_buffers.pop().unwrap_or_default()
    }

    /// Takes back a buffer lent by `arg_buffer`, emptied.
    #[inline]
    pub(crate) fn return_arg_buffer(&mut self, mut buffer: Vec<Value>) {
        while let Some(v) = buffer.pop() {
            v.discard();
        }
        self.arg_buffers.push(buffer);
    }

    /// An empty text buffer, to give back with `return_text_buffer`.
    #[inline]
    pub(crate) fn text_buffer(&mut self) -> String {
        self.text_buffers.pop().unwrap_or_default()
    }

    /// Takes back a buffer lent by `text_buffer`. A huge one is let go, not kept for ever.
    #[inline]
    pub(crate) fn return_text_buffer(&mut self, mut buffer: String) {
        if buffer.capacity() <= 4096 {
            buffer.clear();
            self.text_buffers.push(buffer);
        }
    }

    /// The limits of this run.
    pub fn limits(&self) -> &Limits {
        &self.limits
    }

    /// Forgets the frames of calls that will never return (a panic stopped a statement
    /// half-way, and the REPL goes on).
    pub fn drop_frames(&mut self) {
        self.stack.clear();
        self.base = 0;
        self.depth = 0;
    }

    pub fn interrupted(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed)
    }

    pub fn interruption(&self) -> RuntimeError {
        RuntimeError {
            kind: ErrorKind::Interrupted,
            message: "interrupted".to_string(),
            code: codes::INTERRUPTED,
            loc: None,
            help: None,
            stack: Default::default(),
        }
    }
}
