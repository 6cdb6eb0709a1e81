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
    pub const NULL_OBJECT: i64 = 9;
    pub const FILE: i64 = 100;
}

/// What went wrong in an operation on values (an operator, a conversion, a property
/// setter, a library function): the kind decides the error code a script reads with
/// `ErrorInfo(errCode)` / `ExceptionInfo(errCode)`, and carries the message. Where it
/// happened is added by `fail_at` (or `RuntimeError::at`).
///
/// To add a kind of error (a date out of range, an overflow…): add a variant, its code in
/// `code` (a new constant in `codes` when scripts must tell it apart) and, for a variant
/// without text, its message in `message`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Failure {
    /// An operand or a value of the wrong type: `[1] + 1`, `IF "a" THEN`, an array assigned
    /// a string.
    TypeMismatch(String),
    /// `x / 0`, `x % 0`.
    DivisionByZero,
    /// An index outside an array or a string.
    IndexOutOfRange(String),
    /// A member a value does not have (checked at run time on variants).
    UnknownMember(String),
    /// Too many procedure calls in progress.
    StackOverflow(String),
    /// A limit of the run (`--max-string-bytes`, `--max-array-length`…) was reached.
    Limit(String),
    /// A member or a method of a dynamic object that is Null (never allocated, or deleted).
    NullObject(String),
    /// Any other failure of an operation.
    Other(String),
}

impl Failure {
    pub fn code(&self) -> i64 {
        match self {
            Failure::TypeMismatch(_) => codes::TYPE_MISMATCH,
            Failure::DivisionByZero => codes::DIVISION_BY_ZERO,
            Failure::IndexOutOfRange(_) => codes::INDEX_OUT_OF_RANGE,
            Failure::UnknownMember(_) => codes::UNKNOWN_MEMBER,
            Failure::StackOverflow(_) => codes::STACK_OVERFLOW,
            Failure::Limit(_) => codes::LIMIT,
            Failure::NullObject(_) => codes::NULL_OBJECT,
            Failure::Other(_) => codes::GENERIC,
        }
    }

    pub fn message(&self) -> &str {
        match self {
            Failure::DivisionByZero => "division by zero",
            Failure::TypeMismatch(m)
            | Failure::IndexOutOfRange(m)
            | Failure::UnknownMember(m)
            | Failure::StackOverflow(m)
            | Failure::Limit(m)
            | Failure::NullObject(m)
            | Failure::Other(m) => m,
        }
    }

    /// A string over the `--max-string-bytes` limit, wherever it is built.
    pub fn string_too_long(limit: usize) -> Failure {
        Failure::Limit(format!("string too long: more than {limit} bytes"))
    }
}

impl std::fmt::Display for Failure {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.message())
    }
}

/// The result of an operation that may fail. The failure is boxed: it is rare, and boxed it
/// keeps `Fallible<Value>` as small as a `Value`, so the success path pays nothing for it.
pub type Fallible<T = crate::value::Value> = Result<T, Box<Failure>>;

impl From<Failure> for RuntimeError {
    fn from(failure: Failure) -> Self {
        RuntimeError::fatal(failure.message()).with_code(failure.code())
    }
}

impl From<Box<Failure>> for RuntimeError {
    fn from(failure: Box<Failure>) -> Self {
        RuntimeError::from(*failure)
    }
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

/// A failed operation as a fatal error at `loc`, with the failure's code.
#[cold]
pub fn fail_at(failure: impl Into<RuntimeError>, loc: Loc) -> Flow {
    Flow::Error(Box::new(failure.into().at(loc)))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::value::Value;

    #[test]
    fn a_failure_keeps_results_as_small_as_a_value() {
        assert_eq!(std::mem::size_of::<Fallible<Value>>(), std::mem::size_of::<Value>());
    }

    #[test]
    fn the_code_comes_from_the_kind_not_the_text() {
        let limit = RuntimeError::from(Failure::string_too_long(30));
        assert_eq!((limit.code, limit.message.as_str()), (codes::LIMIT, "string too long: more than 30 bytes"));
        let division = RuntimeError::from(Failure::DivisionByZero);
        assert_eq!((division.code, division.message.as_str()), (codes::DIVISION_BY_ZERO, "division by zero"));
        assert_eq!(RuntimeError::from(Failure::Other("division by zero".into())).code, codes::GENERIC);
    }
}
