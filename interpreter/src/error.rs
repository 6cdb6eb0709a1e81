//! Runtime errors and the control flow that unwinds through evaluation.

use crate::source::Loc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// Type mismatch, division by zero, index out of range…: stops the script unless a
    /// `WHEN EXCEPTION` or `CASE EXCEPTION:` catches it.
    Fatal,
    /// Raised by `ExceptionThrow`.
    Thrown,
    /// A function that can fail failed inside a procedure with a `CASE ERROR:` handler.
    NonFatal,
    /// Ctrl-C or `--timeout`: nothing in the script can catch it.
    Interrupted,
    /// `EndProgram`: the script ends normally; nothing in it can catch that.
    EndProgram,
}

#[derive(Clone, Debug)]
pub struct RuntimeError {
    pub kind: ErrorKind,
    pub message: String,
    pub code: i64,
    pub loc: Option<Loc>,
    pub help: Option<String>,
    /// The procedures the error went through.
    pub stack: Box<CallStack>,
}

/// Innermost distinct frames a diagnostic lists.
pub const MAX_FRAMES_SHOWN: usize = 8;

/// The calls an error unwound through, innermost first: name, call site, and how many times
/// in a row that same call appears (deep recursion). Past `MAX_FRAMES_SHOWN` frames only the
/// count and the outermost call are kept.
#[derive(Clone, Debug, Default)]
pub struct CallStack {
    pub frames: Vec<(String, Loc, usize)>,
    pub omitted: usize,
    pub outermost: Option<(String, Loc)>,
}

/// Error codes, as `ErrorInfo(errCode)` and `ExceptionInfo(errCode)` report them.
pub mod codes {
    pub const GENERIC: i64 = 1;
    pub const TYPE_MISMATCH: i64 = 2;
    pub const DIVISION_BY_ZERO: i64 = 3;
    pub const INDEX_OUT_OF_RANGE: i64 = 4;
    pub const UNKNOWN_MEMBER: i64 = 5;
    pub const STACK_OVERFLOW: i64 = 6;
    pub const LIMIT: i64 = 7;
    pub const INTERRUPTED: i64 = 8;
    pub const FILE: i64 = 100;
}

impl RuntimeError {
    pub fn fatal(message: impl Into<String>) -> Self {
        RuntimeError {
            kind: ErrorKind::Fatal,
            message: message.into(),
            code: codes::GENERIC,
            loc: None,
            help: None,
            stack: Box::default(),
        }
    }
    pub fn with_code(mut self, code: i64) -> Self {
        self.code = code;
        self
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn at(mut self, loc: Loc) -> Self {
        if self.loc.is_none() {
            self.loc = Some(loc);
        }
        self
    }
    /// Records that the error went out of procedure `name`, called at `loc`.
    pub fn push_frame(&mut self, name: &str, loc: Loc) {
        let stack = &mut self.stack;
        if stack.omitted == 0 {
            if let Some((n, l, count)) = stack.frames.last_mut() {
                if n == name && *l == loc {
                    *count += 1;
                    return;
                }
            }
            if stack.frames.len() < MAX_FRAMES_SHOWN {
                stack.frames.push((name.to_string(), loc, 1));
                return;
            }
        }
        stack.omitted += 1;
        stack.outermost = Some((name.to_string(), loc));
    }

    pub fn is_catchable(&self) -> bool {
        !matches!(self.kind, ErrorKind::Interrupted | ErrorKind::EndProgram)
    }
}

/// Why evaluation stopped going forward. Errors travel the same way as BREAK or RETURN, so
/// `?` unwinds to the construct that handles each.
#[derive(Debug)]
pub enum Flow {
    Break,
    Continue,
    /// RETURN/RESULT inside a procedure; the value, if any, is in `Machine::result`.
    Return,
    /// RETURN at the top level: the script ends normally.
    Exit,
    Error(Box<RuntimeError>),
}

impl From<RuntimeError> for Flow {
    fn from(e: RuntimeError) -> Flow {
        Flow::Error(Box::new(e))
    }
}

pub type Exec<T = ()> = Result<T, Flow>;

/// Turns an operator's error message into a fatal error at `loc`.
pub fn fail_at(message: String, loc: Loc) -> Flow {
    let code = if message.contains("division by zero") {
        codes::DIVISION_BY_ZERO
    } else if message.contains("index out of range") {
        codes::INDEX_OUT_OF_RANGE
    } else if message.starts_with("type mismatch") || message.starts_with("cannot") || message.contains("operator") {
        codes::TYPE_MISMATCH
    } else {
        codes::GENERIC
    };
    Flow::Error(Box::new(RuntimeError::fatal(message).with_code(code).at(loc)))
}
