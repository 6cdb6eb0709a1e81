//! Objects when the script runs: their members (inside a shared cell, see `objects.rs` at
//! the crate's root) and method calls, which run the method of the object's own class
//! (every WLanguage method is virtual).

use super::*;
use crate::types::StructDef;
use std::cell::{Ref, RefMut};

/// The members of an object, to read them.
pub(super) fn borrow_members(object: &crate::objects::ObjectRef, loc: Loc) -> Exec<Ref<'_, StructValue>> {
    object.try_borrow().map_err(|_| in_use(loc))
}

/// The members of an object, to change them.
pub(super) fn borrow_members_mut(object: &crate::objects::ObjectRef, loc: Loc) -> Exec<RefMut<'_, StructValue>> {
    object.try_borrow_mut().map_err(|_| in_use(loc))
}

/// The index and type of a member of an object.
pub(super) fn field_of(members: &StructValue, member: &Member, loc: Loc) -> Exec<(usize, Type)> {
    let i = match member {
        Member::Field(i) => *i,
        Member::Dynamic(name) => match members.def.field_index(name) {
            Some(i) => i,
            None => return Err(unknown_member(&members.def.name, name, loc)),
        },
        Member::Property(def, _) => {
            return Err(type_error(format!("an object of {} has no properties", def.name), loc))
        }
    };
    if i >= members.fields.len() {
        return Err(deleted_object(loc));
    }
    match members.def.fields.get(i) {
        Some(field) => Ok((i, field.ty.clone())),
        None => Err(type_error("this member does not belong to the object's class", loc)),
    }
}

/// Field `i` of an object as a script reads it; a deleted object has no fields left.
fn read_checked(members: &StructValue, i: usize, loc: Loc) -> Exec<Value> {
    if i < members.fields.len() {
        Ok(members.read_field(i))
    } else {
        Err(deleted_object(loc))
    }
}

#[cold]
fn deleted_object(loc: Loc) -> Flow {
    fail_at(Failure::NullObject("the object was deleted (`delete`) through another reference".into()), loc)
}

#[cold]
fn in_use(loc: Loc) -> Flow {
    fail_at(Failure::Other("this object is in use by the operation that changes it".into()), loc)
}

#[cold]
pub(super) fn null_object(loc: Loc) -> Flow {
    fail_at(Failure::NullObject("the object is Null: it was never allocated with `new`, or it was deleted".into()), loc)
}

/// A REPL input declared a derived class after this call was compiled: which method its
/// objects run here is not known (never guessed).
#[cold]
fn class_declared_later(class: &str, loc: Loc) -> Flow {
    fail_at(
        Failure::Other(format!(
            "an object of `{class}`, a class declared after this call was compiled: enter the procedure again"
        )),
        loc,
    )
}

#[cold]
fn method_on_null(name: &str, loc: Loc) -> Flow {
    fail_at(
        Failure::NullObject(format!(
            "the method `{name}` was called on a Null object (never allocated with `new`, or deleted)"
        )),
        loc,
    )
}

impl Compiler<'_> {
    /// `o:M(…)`: the object is evaluated once, the method of its class chosen, then called
    /// with the object as its `MySelf`.
    pub(super) fn call_method(&self, proc: hir::ProcId, args: &[Option<Arg>], loc: Loc) -> ExprFn {
        let decl = &self.program.procedures[proc];
        let Some((Some(receiver), Some(Type::Dynamic(class)))) =
            args.first().map(|a| (a.as_ref(), decl.params.first().map(|p| &p.ty)))
        else {
            return self.call_proc(proc, args, loc);
        };
        let overrides = self.overrides(class, &decl.name);
        // An object variable always holds an object of exactly its class: nothing to choose.
        if matches!(receiver.value.ty, Type::Struct(_)) {
            return self.call_proc(proc, args, loc);
        }
        let mut passed = args.to_vec();
        passed[0] = Some(Arg {
            value: hir::Expr { kind: ExprKind::Receiver, ty: Type::Dynamic(class.clone()), loc: receiver.value.loc },
            place: None,
        });
        let own = self.call_proc(proc, &passed, loc);
        // Every class derived from `class` known now, with the procedure its objects run.
        let table: Vec<(Rc<StructDef>, Option<ExprFn>)> = overrides
            .into_iter()
            .map(|(def, other)| (def, (other != proc).then(|| self.call_proc(other, &passed, loc))))
            .collect();
        let static_class = class.clone();
        let object = self.expr(&receiver.value);
        let name: Rc<str> = decl.name.split("::").nth(1).unwrap_or(&decl.name).into();
        Box::new(move |m| {
            let value = object(m)?;
            let call = match &value {
                Value::Object(o) => {
                    let def = borrow_members(o, loc)?.def.clone();
                    if Rc::ptr_eq(&def, &static_class) {
                        &own
                    } else {
                        match table.iter().find(|(d, _)| Rc::ptr_eq(d, &def)) {
                            Some((_, Some(f))) => f,
                            Some((_, None)) => &own,
                            None => return Err(class_declared_later(&def.name, loc)),
                        }
                    }
                }
                Value::Null => return Err(method_on_null(&name, loc)),
                _ => &own,
            };
            m.receiver = value;
            call(m)
        })
    }

    /// The classes derived from `class` and the procedure their objects run for the method
    /// `name` (`class::method`): the nearest redefinition up from each class.
    fn overrides(&self, class: &Rc<StructDef>, name: &str) -> Vec<(Rc<StructDef>, hir::ProcId)> {
        let method = name.split("::").nth(1).unwrap_or(name).to_lowercase();
        let mut out = Vec::new();
        for def in self.program.structs.values() {
            if !def.is_class || Rc::ptr_eq(def, class) || !def.descends_from(class) {
                continue;
            }
            let mut current = Some(def.clone());
            while let Some(c) = current {
                let key = format!("{}::{method}", c.name.to_lowercase());
                if let Some(&found) = self.program.procedure_names.get(&key) {
                    out.push((def.clone(), found));
                    break;
                }
                current = c.base.clone();
            }
        }
        out
    }
}

/// An object variable, member or element (not a dynamic object): assigning it copies.
pub(super) fn is_object_type(ty: &Type) -> bool {
    matches!(ty, Type::Struct(def) if def.is_class)
}

impl Compiler<'_> {
    /// `o = x` on an object: its members become copies of `x`'s, in the object itself.
    pub(super) fn object_assign(&self, place: &Place, op: crate::ast::AssignOp, value: &hir::Expr) -> StmtFn {
        let loc = place.loc;
        if op != crate::ast::AssignOp::Set {
            return Box::new(move |_| Err(type_error("an object cannot be combined with an operator", loc)));
        }
        let place = self.place(place);
        let value = self.expr(value);
        Box::new(move |m| {
            let v = value(m)?;
            place.store(m, v)
        })
    }

    /// `p <- o`: the place refers to the same object (checked against the place's class).
    pub(super) fn assign_ref(&self, place: &Place, value: &hir::Expr) -> StmtFn {
        let class = match &place.ty {
            Type::Struct(def) | Type::Dynamic(def) => Some(def.clone()),
            _ => None,
        };
        let loc = place.loc;
        let place = self.place(place);
        let value = self.expr(value);
        Box::new(move |m| {
            let v = value(m)?;
            let v = match &class {
                Some(class) => crate::objects::convert_to_dynamic(v, class).map_err(|e| fail_at(e, loc))?,
                None => v,
            };
            let keys = place.keys(m)?;
            place.with_target(m, keys.as_slice(), |target, _| {
                std::mem::replace(target, v).discard();
                Ok(())
            })
        })
    }

    /// `delete p`: the object is destroyed (its members are dropped, which breaks the
    /// cycles it was part of) and the dynamic object becomes Null. Another reference to
    /// it then finds a deleted object.
    pub(super) fn delete(&self, place: &Place) -> StmtFn {
        let loc = place.loc;
        let place = self.place(place);
        let table = self.destructors();
        Box::new(move |m| {
            let keys = place.keys(m)?;
            let old = place.with_target(m, keys.as_slice(), |target, _| Ok(std::mem::take(target)))?;
            if let Value::Object(object) = &old {
                if !object.is_destroyed() {
                    object.mark_destroyed();
                    let class = borrow_members(object, loc)?.def.clone();
                    destroy(m, &table, &old, class, loc)?;
                }
                let members = object.try_borrow_mut().map(|mut s| std::mem::take(&mut s.fields));
                drop(members);
            }
            old.discard();
            Ok(())
        })
    }

    /// `new C(…)`: a new object, its constructors run on it.
    pub(super) fn new_object(&self, class: &Rc<StructDef>, constructors: &[hir::Expr]) -> ExprFn {
        let class = class.clone();
        let constructors: Vec<ExprFn> = constructors.iter().map(|c| self.expr(c)).collect();
        Box::new(move |m| {
            let object = Value::new_object(class.clone());
            for constructor in &constructors {
                m.receiver = object.clone();
                constructor(m)?.discard();
            }
            Ok(object)
        })
    }
}

/// The variable's value, without copying it (through its by-reference cell if it has one).
fn peek_object(m: &Machine, var: VarRef) -> Option<crate::objects::ObjectRef> {
    let slot = match var {
        VarRef::Local(i) => &m.stack[m.base + i as usize],
        VarRef::Global(i) => &m.globals[i as usize],
    };
    match slot {
        Value::Object(o) => Some(o.clone()),
        Value::Ref(cell) => match &*cell.borrow() {
            Value::Object(o) => Some(o.clone()),
            _ => None,
        },
        _ => None,
    }
}

impl Compiler<'_> {
    /// `:m_x`, `o.m_x`: a field of the object a variable holds, read in place (the common
    /// case of methods, kept off the generic member path).
    pub(super) fn object_field_read(&self, object: &hir::Expr, member: &Member, loc: Loc) -> Option<ExprFn> {
        let (ExprKind::Var(var), Member::Field(i)) = (&object.kind, member) else { return None };
        if !matches!(&object.ty, Type::Struct(d) | Type::Dynamic(d) if d.is_class) {
            return None;
        }
        let (var, i) = (*var, *i);
        Some(Box::new(move |m| {
            let slot = match var {
                VarRef::Local(n) => &m.stack[m.base + n as usize],
                VarRef::Global(n) => &m.globals[n as usize],
            };
            if let Value::Object(o) = slot {
                return read_checked(&*borrow_members(o, loc)?, i, loc);
            }
            match peek_object(m, var) {
                Some(o) => read_checked(&*borrow_members(&o, loc)?, i, loc),
                None => Err(null_object(loc)),
            }
        }))
    }

    /// `:m_x = v`, `o.m_x = v`: a field (not itself an object) of the object a variable
    /// holds, assigned in place.
    pub(super) fn object_field_store(
        &self,
        place: &Place,
        op: crate::ast::AssignOp,
        value: &hir::Expr,
    ) -> Option<StmtFn> {
        let [Step::Member(Member::Field(i))] = &place.steps[..] else { return None };
        let class_root = matches!(&place.root_ty, Type::Struct(d) | Type::Dynamic(d) if d.is_class);
        if !class_root || op != crate::ast::AssignOp::Set || is_object_type(&place.ty) {
            return None;
        }
        let (var, i, ty, loc) = (place.root, *i, place.ty.clone(), place.loc);
        let value = self.expr(value);
        Some(Box::new(move |m| {
            let v = value(m)?;
            let v = if v.has_type(&ty) { v } else { convert(v, &ty, loc)? };
            let Some(object) = peek_object(m, var) else { return Err(null_object(loc)) };
            let mut members = borrow_members_mut(&object, loc)?;
            if i >= members.fields.len() {
                return Err(deleted_object(loc));
            }
            let old = std::mem::replace(&mut members.fields[i], v);
            drop(members);
            old.discard();
            Ok(())
        }))
    }
}

/// The Destructor of each class that has one.
pub type DestructorTable = Rc<Vec<(Rc<StructDef>, Rc<ProcSlot>)>>;

impl Compiler<'_> {
    pub fn destructors(&self) -> DestructorTable {
        self.destructors
            .get_or_init(|| {
                let mut table = Vec::new();
                for def in self.program.structs.values().filter(|d| d.is_class) {
                    let key = def.name.to_lowercase();
                    let found = ["destructor", "destructeur"]
                        .iter()
                        .find_map(|d| self.program.procedure_names.get(&format!("{key}::{d}")).copied());
                    if let Some(proc) = found {
                        table.push((def.clone(), self.procs[proc].clone()));
                    }
                }
                Rc::new(table)
            })
            .clone()
    }

    /// A statement after which the Destructors of the objects it dropped run (only in a
    /// program whose classes have Destructors).
    pub(super) fn then_destructors(&self, statement: StmtFn, loc: Loc) -> StmtFn {
        let table = self.destructors();
        if table.is_empty() {
            return statement;
        }
        Box::new(move |m| {
            let outcome = statement(m);
            if crate::objects::any_destroyed() {
                run_destructors(m, &table, loc)?;
            }
            outcome
        })
    }
}

/// Runs the Destructors of the objects whose last reference went: the class's own, then
/// its ancestors'.
pub fn run_destructors(m: &mut Machine, table: &[(Rc<StructDef>, Rc<ProcSlot>)], loc: Loc) -> Exec {
    while let Some(members) = crate::objects::take_destroyed() {
        let class = members.def.clone();
        let object = Value::Object(crate::objects::ObjectCell::destroyed(members));
        destroy(m, table, &object, class, loc)?;
    }
    Ok(())
}

/// Runs the Destructor of `object`'s class, then those of its ancestors.
fn destroy(
    m: &mut Machine,
    table: &[(Rc<StructDef>, Rc<ProcSlot>)],
    object: &Value,
    class: Rc<StructDef>,
    loc: Loc,
) -> Exec {
    let mut class = Some(class);
    while let Some(c) = class {
        if let Some((_, slot)) = table.iter().find(|(d, _)| Rc::ptr_eq(d, &c)) {
            let compiled = slot.borrow().clone();
            if let Some(proc) = compiled {
                let name: Rc<str> = format!("{}::Destructor", c.name).into();
                super::calls::call_with_receiver(m, &proc, object.clone(), name, loc)?.discard();
            }
        }
        class = c.base.clone();
    }
    Ok(())
}
