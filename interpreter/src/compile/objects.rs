//! Calls of methods on objects. A method receives its object (`MySelf`) by reference, which
//! the call machinery does for a whole variable only: a method that changes its object,
//! called on an array element or a member (`arr[2]:Bump()`), would change a copy. Until
//! that is supported, such a call is a clear run-time error rather than a lost change.

use super::ExprFn;
use crate::error::{fail_at, Failure};
use crate::hir::{self, Arg};
use crate::source::Loc;

/// The name of a method's hidden first parameter (see `resolver/classes.rs`).
const MYSELF: &str = "MySelf";

/// Where a method that changes its object is called on something other than a variable.
pub(super) fn modified_receiver_not_variable(decl: &hir::Procedure, args: &[Option<Arg>]) -> Option<Loc> {
    let param = decl.params.first()?;
    if &*param.name != MYSELF || !decl.name.contains("::") || !param.mutated {
        return None;
    }
    match args.first() {
        Some(Some(Arg { place: Some(place), .. })) if place.steps.is_empty() => None,
        Some(Some(arg)) => Some(arg.value.loc),
        _ => None,
    }
}

pub(super) fn receiver_not_yet(loc: Loc) -> ExprFn {
    Box::new(move |_| {
        Err(fail_at(
            Failure::Other(
                "wl cannot yet call a method that changes its object on an array element or a member; \
                 copy it into a variable, call the method, and assign it back"
                    .into(),
            ),
            loc,
        ))
    })
}
