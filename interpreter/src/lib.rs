//! `wl`'s interpreter: source → tokens (`lexer`) → syntax tree (`parser`) → resolved
//! program (`resolver`) → closures (`compile`) → evaluation on a `Machine`, with native
//! functions registered through `registry::Module`.

pub mod ast;
pub mod builtins;
pub mod compile;
pub mod completeness;
pub mod diagnostic;
pub mod engine;
pub mod error;
pub mod hir;
pub mod host;
pub mod keywords;
pub mod lexer;
pub mod machine;
pub mod natives;
pub mod ops;
pub mod parser;
pub mod program;
pub mod registry;
pub mod resolver;
pub mod source;
pub mod string;
pub mod types;
pub mod value;

pub use diagnostic::Diagnostic;
pub use engine::Engine;
pub use error::RuntimeError;
pub use host::{CaptureHost, Host, StdHost};
pub use machine::{ErrorRecord, Machine};
pub use program::Mode;
pub use registry::{Module, Receiver, Signature};
pub use types::{FieldDef, StructDef, Type};
pub use value::Value;
