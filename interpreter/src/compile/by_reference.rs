//! An element or a member passed to a procedure by reference (`Increment(o.nCount)`,
//! `Increment(arr[i])`): WLanguage passes a parameter by reference, so what the procedure
//! writes reaches the caller's element or member. The procedure works on a cell holding the
//! value; after the call the cell is written back to the place, at the indexes computed
//! before the call (a procedure that changes `i` does not move the target).
//!
//! A variable passed by reference shares its slot instead (`calls::share`); an element is
//! copied in and out, which differs only if the procedure also reaches the same element
//! another way during the call.

use super::calls::{CallSite, CompiledArg};
use super::places::CompiledPlace;
use super::*;

/// The cell a by-reference element or member is passed as; remembered for the write-back.
pub(super) fn pass_place(m: &mut Machine, place: &CompiledPlace) -> Exec<Value> {
    let keys = place.keys(m)?;
    let value = place.with_target(m, keys.as_slice(), |target, _| Ok(target.clone()))?;
    let cell = Rc::new(RefCell::new(value));
    m.place_refs.push((cell.clone(), keys.as_slice().to_vec()));
    Ok(Value::Ref(cell))
}

/// After the call: writes back the cells of the elements and members passed by reference,
/// last first (each call's cells are the last ones remembered).
pub(super) fn write_back(m: &mut Machine, site: &CallSite) -> Exec {
    let mut outcome = Ok(());
    for arg in site.args.iter().rev() {
        let CompiledArg::PlaceRef(place) = arg else { continue };
        let Some((cell, keys)) = m.place_refs.pop() else { break };
        let value = cell.replace(Value::Null);
        let written = place.with_target(m, &keys, |target, ty| {
            *target = convert(value, ty, site.loc)?;
            Ok(())
        });
        if outcome.is_ok() {
            outcome = written;
        }
    }
    outcome
}

/// When passing the arguments failed before the call: forgets the cells remembered for the
/// first `passed` arguments.
pub(super) fn forget(m: &mut Machine, site: &CallSite, passed: usize) {
    let count =
        site.args[..passed.min(site.args.len())].iter().filter(|a| matches!(a, CompiledArg::PlaceRef(_))).count();
    let keep = m.place_refs.len().saturating_sub(count);
    m.place_refs.truncate(keep);
}
