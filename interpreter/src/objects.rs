//! Objects of classes at run time. An object is shared (`Rc<RefCell<…>>`): a dynamic
//! object, the `MySelf` of a running method and the variable that declared the object reach
//! the same members. WLanguage's copy rules are kept where values are stored:
//!
//! - storing into an object variable (`o = x`, `o is C = x`, an element of an array of
//!   objects, a LOCAL parameter) copies the members (`convert_to_object`);
//! - storing into a dynamic object (`p = x`, `p <- x`, a parameter) shares the object
//!   (`convert_to_dynamic`).
//!
//! Objects are freed by reference counting when their last reference goes; a cycle of
//! dynamic references is freed when one of them is deleted or set to Null (see
//! `docs/classes.md`).

use crate::error::Failure;
use crate::types::{StructDef, Type};
use crate::value::{mismatch, StructValue, Value};
use std::cell::{Cell, RefCell};
use std::rc::Rc;

pub type ObjectRef = Rc<ObjectCell>;

/// The members of an object. When the last reference to an object of a class with a
/// Destructor goes, its members are set aside (`take_destroyed`) for the machine to run the
/// Destructor on them, right after the statement that dropped it.
#[derive(Debug)]
pub struct ObjectCell {
    members: RefCell<StructValue>,
    /// Its Destructor already ran (or is running): not set aside again.
    destroyed: Cell<bool>,
}

impl ObjectCell {
    pub fn new(members: StructValue) -> ObjectRef {
        Rc::new(ObjectCell { members: RefCell::new(members), destroyed: Cell::new(false) })
    }
    /// An object whose Destructor is running: dropping it again runs nothing.
    pub fn destroyed(members: StructValue) -> ObjectRef {
        Rc::new(ObjectCell { members: RefCell::new(members), destroyed: Cell::new(true) })
    }
    pub fn mark_destroyed(&self) {
        self.destroyed.set(true);
    }
    pub fn is_destroyed(&self) -> bool {
        self.destroyed.get()
    }
}

impl std::ops::Deref for ObjectCell {
    type Target = RefCell<StructValue>;
    fn deref(&self) -> &RefCell<StructValue> {
        &self.members
    }
}

thread_local! {
    /// Objects whose last reference went, waiting for their Destructor.
    static DESTROYED: RefCell<Vec<StructValue>> = const { RefCell::new(Vec::new()) };
    static ANY_DESTROYED: Cell<bool> = const { Cell::new(false) };
}

impl Drop for ObjectCell {
    fn drop(&mut self) {
        if self.destroyed.get() {
            return;
        }
        let has_destructor = self.members.try_borrow().is_ok_and(|s| s.def.has_destructor.get());
        if has_destructor {
            let inner = self.members.get_mut();
            let fields = std::mem::take(&mut inner.fields);
            let members = StructValue { def: inner.def.clone(), fields };
            DESTROYED.with(|d| d.borrow_mut().push(members));
            ANY_DESTROYED.with(|a| a.set(true));
        }
    }
}

/// Whether objects wait for their Destructor (cheap: checked after statements).
#[inline]
pub fn any_destroyed() -> bool {
    ANY_DESTROYED.with(|a| a.get())
}

/// The next object waiting for its Destructor.
pub fn take_destroyed() -> Option<StructValue> {
    let next = DESTROYED.with(|d| d.borrow_mut().pop());
    if next.is_none() {
        ANY_DESTROYED.with(|a| a.set(false));
    }
    next
}

impl Value {
    /// A new object of class `def`, its members at their defaults.
    pub fn new_object(def: Rc<StructDef>) -> Value {
        Value::Object(ObjectCell::new(StructValue::new(def)))
    }
}

/// A copy of `source` as an object of class `as_class` (the class itself or one of its
/// ancestors: the ancestor's members come first, at the same indexes). Members that are
/// objects are copied too; dynamic members keep referring to the same objects.
pub fn copy_object(source: &StructValue, as_class: &Rc<StructDef>) -> ObjectRef {
    let fields = as_class
        .fields
        .iter()
        .zip(&source.fields)
        .map(|(field, value)| match (&field.ty, value) {
            (Type::Struct(def), Value::Object(inner)) if def.is_class => match inner.try_borrow() {
                Ok(inner) => Value::Object(copy_object(&inner, def)),
                Err(_) => value.clone(),
            },
            _ => value.clone(),
        })
        .collect();
    ObjectCell::new(StructValue { def: as_class.clone(), fields })
}

/// The value stored into an object variable of class `class`: a copy of the members.
pub fn convert_to_object(value: Value, class: &Rc<StructDef>) -> crate::error::Fallible<Value> {
    match value {
        Value::Object(o) => {
            let source = o.try_borrow().map_err(|_| busy())?;
            if !source.def.descends_from(class) {
                return Err(mismatch(format!("cannot assign a {} to a {}", source.def.name, class.name)));
            }
            Ok(Value::Object(copy_object(&source, class)))
        }
        Value::Null => Err(Box::new(Failure::NullObject(format!(
            "a Null object cannot be copied into an object of class {}",
            class.name
        )))),
        other => Err(mismatch(format!("cannot assign a {} to a {}", other.type_name(), class.name))),
    }
}

/// The value stored into a dynamic object of class `class`: the same object, or Null.
pub fn convert_to_dynamic(value: Value, class: &Rc<StructDef>) -> crate::error::Fallible<Value> {
    match value {
        Value::Object(o) => {
            let fits = o.try_borrow().map(|s| s.def.descends_from(class)).unwrap_or(true);
            if !fits {
                let name = o.borrow().def.name.clone();
                return Err(mismatch(format!("cannot assign a {name} to a {} dynamic", class.name)));
            }
            Ok(Value::Object(o))
        }
        Value::Null => Ok(Value::Null),
        other => Err(mismatch(format!("cannot assign a {} to a {} dynamic", other.type_name(), class.name))),
    }
}

/// Copies the members of `source` into the object `target` (`o = x` on an object variable:
/// a dynamic object referring to `o` sees the new members).
pub fn assign_members(target: &ObjectRef, source: Value) -> crate::error::Fallible<()> {
    let class = target.try_borrow().map_err(|_| busy())?.def.clone();
    let Value::Object(copy) = convert_to_object(source, &class)? else { return Ok(()) };
    let fields = std::mem::take(&mut copy.borrow_mut().fields);
    target.try_borrow_mut().map_err(|_| busy())?.fields = fields;
    Ok(())
}

#[cold]
fn busy() -> Box<Failure> {
    Box::new(Failure::Other("this object is in use by the operation that changes it".into()))
}

thread_local! {
    /// How deep `write_object` is in objects that contain objects (cycles end there).
    static WRITING_DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// Deepest object inside objects that `Trace` shows in full.
const MAX_SHOWN_DEPTH: usize = 4;

/// An object as `Trace` shows it: `cCustomer{m_sName: Ann, m_nOrders: 5}`. An object met
/// again deeper than a few levels (a cycle) shows as `cNode{…}`.
pub fn write_object(o: &ObjectRef, out: &mut String) {
    let Ok(s) = o.try_borrow() else {
        out.push_str("{…}");
        return;
    };
    let depth = WRITING_DEPTH.with(|d| d.get());
    if depth >= MAX_SHOWN_DEPTH {
        out.push_str(&s.def.name);
        out.push_str("{…}");
        return;
    }
    WRITING_DEPTH.with(|d| d.set(depth + 1));
    Value::Struct(Rc::new(StructValue { def: s.def.clone(), fields: s.fields.clone() })).write_text(out);
    WRITING_DEPTH.with(|d| d.set(depth));
}
