//! The core library, registered through the same `Module` API as the email library.

mod arrays;
mod bits;
mod conversions;
mod dates;
mod environment;
mod errors;
pub(crate) mod files;
pub mod format;
mod json;
mod math;
mod output;
mod parameters;
mod procedures;
mod rounding;
pub(crate) mod strings;
mod system;

use crate::registry::{GlobalHandle, Module};

/// The core library, and the handle of `ErrorOccurred`, which the machine itself sets when a
/// function fails.
pub fn core() -> (Module, GlobalHandle) {
    let mut m = Module::new("core");
    output::register(&mut m);
    let error_occurred = errors::register(&mut m);
    strings::register(&mut m);
    math::register(&mut m);
    rounding::register(&mut m);
    bits::register(&mut m);
    conversions::register(&mut m);
    arrays::register(&mut m);
    dates::register(&mut m);
    files::register(&mut m);
    environment::register(&mut m);
    system::register(&mut m);
    json::register(&mut m);
    parameters::register(&mut m);
    procedures::register(&mut m);
    (m, error_occurred)
}

/// The argument at `i`, or Null when it was not given.
#[inline]
pub(crate) fn arg(args: &[crate::value::Value], i: usize) -> crate::value::Value {
    args.get(i).cloned().unwrap_or_default()
}

/// The argument at `i`, when it was given (not omitted): read without copying it.
#[inline]
pub(crate) fn given(args: &[crate::value::Value], i: usize) -> Option<&crate::value::Value> {
    args.get(i).filter(|v| !matches!(v, crate::value::Value::Null))
}
