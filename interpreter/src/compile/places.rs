//! Places: what an assignment, `++` or a by-reference native argument writes to.

use super::*;
use crate::value::AssocValue;
use indexmap::map::raw_entry_v1::{RawEntryApiV1, RawEntryMut};

impl Compiler<'_> {
    pub(super) fn place(&self, p: &Place) -> CompiledPlace {
        CompiledPlace {
            root: p.root,
            root_ty: p.root_ty.clone(),
            steps: p
                .steps
                .iter()
                .map(|s| match s {
                    Step::Index(e) => CompiledStep::Index(self.expr(e)),
                    Step::Cell(indices) => CompiledStep::Cell(indices.iter().map(|e| self.expr(e)).collect()),
                    Step::Member(m) => CompiledStep::Member(m.clone()),
                })
                .collect(),
            loc: p.loc,
        }
    }
}

pub(super) enum CompiledStep {
    Index(ExprFn),
    Cell(Vec<ExprFn>),
    Member(Member),
}

/// The indexes of a place, evaluated. Most places have none or one: kept without allocating.
#[derive(Default)]
pub(super) enum Keys {
    #[default]
    None,
    One(Value),
    Many(Vec<Value>),
}

impl Keys {
    pub(super) fn as_slice(&self) -> &[Value] {
        match self {
            Keys::None => &[],
            Keys::One(key) => std::slice::from_ref(key),
            Keys::Many(keys) => keys,
        }
    }
}

pub(super) struct CompiledPlace {
    root: VarRef,
    root_ty: Type,
    steps: Vec<CompiledStep>,
    loc: Loc,
}

impl CompiledPlace {
    /// Evaluates the indexes along the way, before anything is borrowed.
    pub(super) fn keys(&self, m: &mut Machine) -> Exec<Keys> {
        let mut indexes = self.steps.iter().flat_map(|s| match s {
            CompiledStep::Index(e) => std::slice::from_ref(e),
            CompiledStep::Cell(indices) => indices.as_slice(),
            CompiledStep::Member(_) => &[],
        });
        let Some(first) = indexes.next() else { return Ok(Keys::None) };
        let first = first(m)?;
        let Some(second) = indexes.next() else { return Ok(Keys::One(first)) };
        let mut keys = vec![first, second(m)?];
        for e in indexes {
            keys.push(e(m)?);
        }
        Ok(Keys::Many(keys))
    }

    /// Runs `f` on the value at the end of the path, with the type that value must keep.
    pub(super) fn with_target<R>(
        &self,
        m: &mut Machine,
        keys: &[Value],
        f: impl FnOnce(&mut Value, &Type) -> Exec<R>,
    ) -> Exec<R> {
        let (loc, steps, root_ty) = (self.loc, &self.steps[..], self.root_ty.clone());
        with_var_mut(m, self.root, move |root| walk(root, root_ty, steps, &mut keys.iter(), loc, f))
    }

    /// Assigns a value, converted to the type of the place.
    pub(super) fn store(&self, m: &mut Machine, value: Value) -> Exec {
        let keys = self.keys(m)?;
        let keys = keys.as_slice();
        let loc = self.loc;
        // A property is assigned through its setter, on the structure that owns it.
        if let Some(CompiledStep::Member(Member::Property(def, i))) = self.steps.last() {
            let setter = def.properties[*i].set.clone();
            let prop_ty = def.properties[*i].ty.clone();
            let value = convert(value, &prop_ty, loc)?;
            let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
            return parent.with_target(m, keys, |target, _| match (target, setter) {
                (Value::Struct(s), Some(set)) => set(Rc::make_mut(s), value).map_err(|e| type_error(e, loc)),
                _ => Err(type_error("this property cannot be assigned", loc)),
            });
        }
        if let Some(CompiledStep::Member(Member::Dynamic(name))) = self.steps.last() {
            let name = name.clone();
            let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
            return parent.with_target(m, keys, |target, _| match target {
                Value::Struct(s) => {
                    let s = Rc::make_mut(s);
                    if let Some(i) = s.def.field_index(&name) {
                        let ty = s.def.fields[i].ty.clone();
                        s.fields[i] = convert(value, &ty, loc)?;
                        Ok(())
                    } else if let Some(i) = s.def.property_index(&name) {
                        let prop = &s.def.properties[i];
                        let value = convert(value, &prop.ty, loc)?;
                        match prop.set.clone() {
                            Some(set) => set(s, value).map_err(|e| type_error(e, loc)),
                            None => Err(type_error(format!("`{name}` cannot be assigned"), loc)),
                        }
                    } else {
                        Err(unknown_member(&s.def.name.clone(), &name, loc))
                    }
                }
                Value::Object(object) => {
                    let mut members = super::objects::borrow_members_mut(object, loc)?;
                    let (i, ty) = super::objects::field_of(&members, &Member::Dynamic(name.clone()), loc)?;
                    members.fields[i] = convert(value, &ty, loc)?;
                    Ok(())
                }
                calendar @ (Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_)) => {
                    crate::calendar::set_member(calendar, &name, &value)
                        .map_err(|e| fail_at(Failure::TypeMismatch(e), loc))
                }
                other => Err(unknown_member(other.type_name(), &name, loc)),
            });
        }
        self.with_target(m, keys, |target, ty| {
            // `Email.Recipient = "a@b.c"`: a growing array field (the lists of the Email
            // structure) given a single value takes it as its first element, as in WLanguage.
            if let (Value::Array(a), false) = (&mut *target, matches!(value, Value::Array(_) | Value::Null)) {
                if a.grows {
                    let elem = a.elem.clone();
                    let first = convert(value, &elem, loc)?;
                    let items = &mut Rc::make_mut(a).items;
                    match items.first_mut() {
                        Some(slot) => *slot = first,
                        None => items.push(first),
                    }
                    return Ok(());
                }
            }
            // `o = x` on an object: its members are replaced, in the object itself.
            if let (Value::Object(object), Type::Struct(class)) = (&*target, ty) {
                if class.is_class {
                    return crate::objects::assign_members(object, value).map_err(|e| fail_at(e, loc));
                }
            }
            *target = convert(value, ty, loc)?;
            Ok(())
        })
    }

    /// Replaces the value with `f(old value)`.
    pub(super) fn update(&self, m: &mut Machine, f: impl FnOnce(Value) -> Fallible<Value>) -> Exec {
        let keys = self.keys(m)?;
        let keys = keys.as_slice();
        let loc = self.loc;
        if matches!(self.steps.last(), Some(CompiledStep::Member(Member::Property(..) | Member::Dynamic(_)))) {
            let old = self.read(m, keys)?;
            let new = f(old).map_err(|e| fail_at(e, loc))?;
            return self.store(m, new);
        }
        self.with_target(m, keys, |target, ty| {
            let old = std::mem::take(target);
            let backup = if matches!(old, Value::Str(_)) { None } else { Some(old.clone()) };
            match f(old) {
                Ok(new) => {
                    *target = convert(new, ty, loc)?;
                    Ok(())
                }
                Err(e) => {
                    if let Some(b) = backup {
                        *target = b;
                    }
                    Err(fail_at(e, loc))
                }
            }
        })
    }

    pub(super) fn read(&self, m: &mut Machine, keys: &[Value]) -> Exec<Value> {
        let loc = self.loc;
        let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
        let last = self.steps.last().expect("a member step");
        parent.with_target(m, keys, |target, _| match (target, last) {
            (Value::Struct(s), CompiledStep::Member(Member::Property(_, i))) => Ok((s.def.properties[*i].get)(s)),
            (Value::Struct(s), CompiledStep::Member(Member::Dynamic(name))) => {
                if let Some(i) = s.def.field_index(name) {
                    Ok(s.read_field(i))
                } else if let Some(i) = s.def.property_index(name) {
                    Ok((s.def.properties[i].get)(s))
                } else {
                    Err(unknown_member(&s.def.name, name, loc))
                }
            }
            (Value::Object(object), CompiledStep::Member(member)) => {
                let members = super::objects::borrow_members(object, loc)?;
                let (i, _) = super::objects::field_of(&members, member, loc)?;
                Ok(members.read_field(i))
            }
            (calendar, CompiledStep::Member(Member::Dynamic(name))) => {
                match crate::calendar::get_member(calendar, name) {
                    Some(result) => result.map_err(|e| fail_at(Failure::UnknownMember(e), loc)),
                    None => Err(type_error(format!("a {} has no members", calendar.type_name()), loc)),
                }
            }
            (other, _) => Err(type_error(format!("a {} has no members", other.type_name()), loc)),
        })
    }

    /// Moves the value out (for a native function that modifies it).
    pub(super) fn take(&self, m: &mut Machine, keys: &[Value]) -> Exec<Value> {
        if matches!(self.steps.last(), Some(CompiledStep::Member(Member::Property(..)))) {
            return self.read(m, keys);
        }
        self.with_target(m, keys, |target, _| Ok(std::mem::take(target)))
    }

    /// Puts back what `take` moved out.
    pub(super) fn put(&self, m: &mut Machine, keys: &[Value], value: Value) -> Exec {
        if let Some(CompiledStep::Member(Member::Property(def, i))) = self.steps.last() {
            let Some(set) = def.properties[*i].set.clone() else { return Ok(()) };
            let loc = self.loc;
            let parent = CompiledPlaceView { place: self, len: self.steps.len() - 1 };
            return parent.with_target(m, keys, |target, _| match target {
                Value::Struct(s) => set(Rc::make_mut(s), value).map_err(|e| type_error(e, loc)),
                _ => Ok(()),
            });
        }
        self.with_target(m, keys, |target, _| {
            *target = value;
            Ok(())
        })
    }
}

/// The first `len` steps of a place: the structure that owns a property.
pub(super) struct CompiledPlaceView<'p> {
    place: &'p CompiledPlace,
    len: usize,
}

impl CompiledPlaceView<'_> {
    pub(super) fn with_target<R>(
        &self,
        m: &mut Machine,
        keys: &[Value],
        f: impl FnOnce(&mut Value, &Type) -> Exec<R>,
    ) -> Exec<R> {
        let (loc, steps, root_ty) = (self.place.loc, &self.place.steps[..self.len], self.place.root_ty.clone());
        with_var_mut(m, self.place.root, move |root| walk(root, root_ty, steps, &mut keys.iter(), loc, f))
    }
}

/// Follows `steps` from `target` and runs `f` on the value at the end, with its type. An
/// object on the way is borrowed for the rest of the walk (its members are inside a cell).
fn walk<R>(
    target: &mut Value,
    ty: Type,
    steps: &[CompiledStep],
    keys: &mut std::slice::Iter<Value>,
    loc: Loc,
    f: impl FnOnce(&mut Value, &Type) -> Exec<R>,
) -> Exec<R> {
    let Some((step, rest)) = steps.split_first() else { return f(target, &ty) };
    let (next, next_ty) = match step {
        CompiledStep::Index(_) => index_mut(target, keys.next().expect("one key per index"), loc)?,
        CompiledStep::Cell(indices) => {
            let taken: Vec<Value> = keys.by_ref().take(indices.len()).cloned().collect();
            super::cells::cell_mut(target, &taken, loc)?
        }
        CompiledStep::Member(member) => {
            if let Value::Object(object) = target {
                let object = object.clone();
                let mut members = super::objects::borrow_members_mut(&object, loc)?;
                let (i, member_ty) = super::objects::field_of(&members, member, loc)?;
                return walk(&mut members.fields[i], member_ty, rest, keys, loc, f);
            }
            member_mut(target, member, loc)?
        }
    };
    walk(next, next_ty, rest, keys, loc, f)
}

pub(super) fn index_mut<'v>(target: &'v mut Value, key: &Value, loc: Loc) -> Exec<(&'v mut Value, Type)> {
    match target {
        Value::Array(a) if a.is_grid() => Err(type_error(crate::grid::wrong_index_count(a.dims.len(), 1), loc)),
        Value::Array(a) => {
            let a = Rc::make_mut(a);
            let i = key.to_int();
            let len = a.items.len();
            if i < 1 || (i as usize > len && !a.grows) {
                return Err(index_error(i, len, loc));
            }
            let i = i as usize;
            if i > len {
                if i > 10_000_000 {
                    return Err(index_error(i as i64, len, loc));
                }
                let default = a.elem.default_value();
                a.items.resize(i, default);
            }
            let ty = a.elem.clone();
            Ok((&mut a.items[i - 1], ty))
        }
        Value::Assoc(a) => {
            let a = Rc::make_mut(a);
            let ty = a.elem.clone();
            // A key that is already a string is looked up as it is, and copied only when new.
            let text;
            let key = match key {
                Value::Str(s) => s.as_str(),
                other => {
                    text = other.to_text();
                    &text
                }
            };
            Ok((assoc_entry(a, key), ty))
        }
        other => Err(type_error(format!("a {} cannot be indexed", other.type_name()), loc)),
    }
}

/// The element of key `key`, added with the default value when missing (hashed once).
fn assoc_entry<'a>(a: &'a mut AssocValue, key: &str) -> &'a mut Value {
    if a.keys == crate::types::AssocKeys::WithoutCase {
        return a.entry(key);
    }
    match a.map.raw_entry_mut_v1().from_key(key) {
        RawEntryMut::Occupied(entry) => entry.into_mut(),
        RawEntryMut::Vacant(entry) => entry.insert(key.into(), a.elem.default_value()).1,
    }
}

impl Compiler<'_> {
    /// `aa[key] = value` on a variable declared as an associative array: the key is built
    /// as text in a lent buffer (see `compile::text`), and copied only when new.
    pub(super) fn assoc_store(&self, place: &Place, value: &hir::Expr) -> Option<StmtFn> {
        let ([Step::Index(key)], Type::Assoc(_, _)) = (&place.steps[..], &place.root_ty) else { return None };
        let (var, loc) = (place.root, place.loc);
        let value = self.expr(value);
        let key = self.text(key);
        Some(Box::new(move |m| {
            let v = value(m)?;
            let mut text = m.text_buffer();
            if let Err(e) = key(m, &mut text) {
                m.return_text_buffer(text);
                return Err(e);
            }
            let stored = with_var_mut(m, var, |root| {
                if let Value::Assoc(a) = root {
                    let a = Rc::make_mut(a);
                    let v = convert(v, &a.elem, loc);
                    let slot = assoc_entry(a, &text);
                    *slot = v?;
                    return Ok(());
                }
                // Not expected, its type keeping the variable an associative array.
                let (slot, ty) = index_mut(root, &Value::str(text.as_str()), loc)?;
                *slot = convert(v, &ty, loc)?;
                Ok(())
            });
            m.return_text_buffer(text);
            stored
        }))
    }
}

pub(super) fn member_mut<'v>(target: &'v mut Value, member: &Member, loc: Loc) -> Exec<(&'v mut Value, Type)> {
    match target {
        Value::Struct(s) => {
            let s: &mut StructValue = Rc::make_mut(s);
            let i = match member {
                Member::Field(i) => *i,
                Member::Dynamic(name) => match s.def.field_index(name) {
                    Some(i) => i,
                    None => return Err(unknown_member(&s.def.name, name, loc)),
                },
                Member::Property(_, i) => {
                    let name = s.def.properties[*i].name.clone();
                    return Err(type_error(format!("the property `{name}` cannot be modified in place"), loc));
                }
            };
            let ty = s.def.fields[i].ty.clone();
            Ok((&mut s.fields[i], ty))
        }
        Value::Null if matches!(member, Member::Field(_)) => Err(super::objects::null_object(loc)),
        other => Err(type_error(format!("a {} has no members", other.type_name()), loc)),
    }
}
