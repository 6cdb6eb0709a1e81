//! `wl`'s interpreter: source → tokens (`lexer`) → syntax tree (`parser`) → resolved
//! program (`resolver`) → closures (`compile`) → evaluation on a `Machine`, with native
//! functions registered through `registry::Module`.

#![forbid(unsafe_code)]

pub mod ast;
pub(crate) mod builtins;
pub mod calendar;
pub(crate) mod compile;
pub mod completeness;
pub mod decimal;
pub(crate) mod diagnostic;
pub mod engine;
pub mod error;
pub mod grid;
pub mod hir;
pub mod host;
pub mod keywords;
pub mod lexer;
pub(crate) mod machine;
pub mod narrow_numbers;
pub mod natives;
pub mod number_text;
pub mod objects;
pub(crate) mod ops;
pub mod parser;
pub mod program;
pub mod registry;
pub(crate) mod resolver;
pub mod sized_int;
pub mod source;
pub(crate) mod string;
pub mod types;
pub mod value;
pub mod windev_names;

pub use diagnostic::Diagnostic;
pub use engine::{Engine, EngineBuilder};
pub use error::RuntimeError;
pub use host::{CaptureHost, Host, StdHost};
pub use machine::{ErrorRecord, Limits, Machine};
pub use program::Mode;
pub use registry::{Module, Receiver, Signature};
pub use types::{FieldDef, StructDef, Type};
pub use value::Value;
