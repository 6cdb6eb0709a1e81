//! Expressions evaluated to a `Value`.

use super::*;

impl Compiler<'_> {
    pub fn expr(&self, e: &hir::Expr) -> ExprFn {
        if !matches!(e.kind, ExprKind::Const(_)) {
            if let Some(v) = self.constant(e) {
                return Box::new(move |_| Ok(v.clone()));
            }
        }
        if self.specialise() && !matches!(e.kind, ExprKind::Var(_) | ExprKind::Const(_)) {
            if let Some(fast) = self.pure_int(e) {
                let generic = self.fallback(|c| c.generic_expr(e));
                return Box::new(move |m| match fast(m) {
                    Some(n) => Ok(Value::Int(n)),
                    None => generic(m),
                });
            }
        }
        self.generic_expr(e)
    }

    fn generic_expr(&self, e: &hir::Expr) -> ExprFn {
        let loc = e.loc;
        match &e.kind {
            ExprKind::Const(v) => {
                let v = v.clone();
                Box::new(move |_| Ok(v.clone()))
            }
            ExprKind::Var(var) => match *var {
                VarRef::Local(i) => {
                    let i = i as usize;
                    Box::new(move |m| {
                        Ok(match &m.stack[m.base + i] {
                            Value::Ref(cell) => cell.borrow().clone(),
                            v => v.clone(),
                        })
                    })
                }
                VarRef::Global(i) => {
                    let i = i as usize;
                    Box::new(move |m| Ok(m.globals[i].deref()))
                }
            },
            ExprKind::Unary(op, operand) => {
                let f = self.expr(operand);
                match op {
                    UnOp::Neg => Box::new(move |m| ops::negate(f(m)?).map_err(|e| fail_at(e, loc))),
                    UnOp::Not => {
                        let c = self.cond(operand);
                        drop(f);
                        Box::new(move |m| Ok(Value::Bool(!c(m)?)))
                    }
                }
            }
            ExprKind::Binary(op, lhs, rhs) => self.binary(*op, lhs, rhs, loc),
            ExprKind::Interval { .. } | ExprKind::In { .. } => {
                let c = self.cond(e);
                Box::new(move |m| Ok(Value::Bool(c(m)?)))
            }
            ExprKind::CallProc { proc, args } => self.call_proc(*proc, args, loc),
            ExprKind::ProcValue { proc, internal } => self.proc_value(*proc, *internal),
            ExprKind::CallValue { callee, args } => self.call_value(callee, args, loc),
            ExprKind::Indirect { name, names } => self.indirect(name, names, loc),
            ExprKind::CallByName { function, name, procs, args } => self.call_by_name(function, name, procs, args, loc),
            ExprKind::CallMethod { proc, args } => self.call_method(*proc, args, loc),
            ExprKind::New { class, constructors } => self.new_object(class, constructors),
            ExprKind::Receiver => Box::new(|m| Ok(std::mem::take(&mut m.receiver))),
            ExprKind::NewArray { count, elem } => {
                let count = count.as_ref().map(|c| self.expr(c));
                let elem = elem.clone();
                Box::new(move |m| {
                    let n = match &count {
                        None => 0,
                        Some(count) => count(m)?.to_int(),
                    };
                    if !(0..=crate::resolver::MAX_PRESIZED as i64).contains(&n) {
                        return Err(fail_at(
                            Failure::Other(format!(
                                "cannot allocate an array of {n} elements (0 to {} are possible)",
                                crate::resolver::MAX_PRESIZED
                            )),
                            loc,
                        ));
                    }
                    Ok(Value::new_array(elem.clone(), vec![elem.default_value(); n as usize]))
                })
            }
            ExprKind::SwitchValue { subject, values, otherwise } => {
                let subject = self.expr(subject);
                let values: Vec<ExprFn> = values.iter().map(|v| self.expr(v)).collect();
                let otherwise = otherwise.as_ref().map(|o| self.expr(o));
                Box::new(move |m| {
                    let n = match subject(m)? {
                        Value::Int(n) => n,
                        other => match other.to_number() {
                            Value::Int(n) if !matches!(other, Value::Str(_) | Value::Null) => n,
                            _ => {
                                return Err(fail_at(
                                    Failure::TypeMismatch(format!(
                                        "SWITCH(…) chooses by a whole number, not a {}",
                                        other.type_name()
                                    )),
                                    loc,
                                ))
                            }
                        },
                    };
                    match (
                        usize::try_from(n).ok().and_then(|i| i.checked_sub(1)).and_then(|i| values.get(i)),
                        &otherwise,
                    ) {
                        (Some(value), _) => value(m),
                        (None, Some(otherwise)) => otherwise(m),
                        (None, None) => Err(fail_at(
                            Failure::Other(format!(
                                "SWITCH(…) has no value {n} and no ELSE (it has {} values)",
                                values.len()
                            )),
                            loc,
                        )),
                    }
                })
            }
            ExprKind::Choose { cond, then, otherwise } => {
                let (cond, then, otherwise) = (self.cond(cond), self.expr(then), self.expr(otherwise));
                Box::new(move |m| if cond(m)? { then(m) } else { otherwise(m) })
            }
            ExprKind::CallNative { func, args, trap_error } => self.call_native(*func, args, *trap_error, loc),
            ExprKind::Index { object, index } => {
                if let (ExprKind::Var(var), Type::Assoc(_, _)) = (&object.kind, &object.ty) {
                    return assoc_element(*var, self.text(index), loc);
                }
                let index = self.expr(index);
                // Reading an element of a variable does not copy the array.
                if let ExprKind::Var(var) = object.kind {
                    return Box::new(move |m| {
                        let i = index(m)?;
                        let slot = match var {
                            VarRef::Local(n) => &m.stack[m.base + n as usize],
                            VarRef::Global(n) => &m.globals[n as usize],
                        };
                        match slot {
                            Value::Ref(cell) => element(&cell.borrow(), &i, loc),
                            v => element(v, &i, loc),
                        }
                    });
                }
                let object = self.expr(object);
                Box::new(move |m| {
                    let o = object(m)?;
                    let i = index(m)?;
                    element(&o, &i, loc)
                })
            }
            ExprKind::Cell { object, indices } => self.cell(object, indices, loc),
            ExprKind::Member { object, member } => {
                if let Some(fast) = self.object_field_read(object, member, loc) {
                    return fast;
                }
                let object = self.expr(object);
                let member = member.clone();
                let natives = self.natives.clone_methods();
                Box::new(move |m| {
                    let o = object(m)?;
                    read_member(m, &o, &member, &natives, loc)
                })
            }
            ExprKind::Substring { object, start, end } => {
                let object = self.expr(object);
                let start = self.expr(start);
                let end = match end {
                    SubstringEnd::One => SubEnd::One,
                    SubstringEnd::To(None) => SubEnd::ToEnd,
                    SubstringEnd::To(Some(e)) => SubEnd::To(self.expr(e)),
                    SubstringEnd::On(e) => SubEnd::On(self.expr(e)),
                };
                Box::new(move |m| {
                    let s = object(m)?.to_str();
                    let first = start(m)?.to_int();
                    let count = s.char_len() as i64;
                    let last = match &end {
                        SubEnd::One => first,
                        SubEnd::ToEnd => count,
                        SubEnd::To(e) => e(m)?.to_int(),
                        SubEnd::On(n) => first.saturating_add(n(m)?.to_int()).saturating_sub(1),
                    };
                    let from = first.max(1) - 1;
                    let to = last.min(count);
                    if to <= from {
                        return Ok(Value::empty_str());
                    }
                    Ok(Value::str(s.char_slice(from as usize, to as usize)))
                })
            }
            ExprKind::ArrayLiteral(items) => {
                let elem = match &e.ty {
                    Type::Array(t) => (**t).clone(),
                    _ => Type::Variant,
                };
                let items: Vec<ExprFn> = items.iter().map(|i| self.expr(i)).collect();
                Box::new(move |m| {
                    let mut values = Vec::with_capacity(items.len());
                    for i in &items {
                        values.push(i(m)?);
                    }
                    Ok(Value::new_array(elem.clone(), values))
                })
            }
        }
    }

    pub(super) fn binary(&self, op: BinOp, lhs: &hir::Expr, rhs: &hir::Expr, loc: Loc) -> ExprFn {
        if op.is_comparison() || matches!(op, BinOp::And | BinOp::Or | BinOp::AndThen | BinOp::OrElse) {
            let e = hir::Expr {
                kind: ExprKind::Binary(op, Box::new(lhs.clone()), Box::new(rhs.clone())),
                ty: Type::Bool,
                loc,
            };
            let c = self.cond(&e);
            return Box::new(move |m| Ok(Value::Bool(c(m)?)));
        }
        let l = self.expr(lhs);
        let r = self.expr(rhs);
        macro_rules! int_fast {
            ($fast:expr, $slow:path) => {
                Box::new(move |m| {
                    let a = l(m)?;
                    let b = r(m)?;
                    if let Some((x, y)) = int_pair(&a, &b) {
                        if let Some(n) = $fast(x, y) {
                            forget_ints(a, b);
                            return Ok(Value::Int(n));
                        }
                    }
                    $slow(a, b).map_err(|e| fail_at(e, loc))
                })
            };
        }
        match op {
            BinOp::Add => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                if let Some((x, y)) = int_pair(&a, &b) {
                    if let Some(n) = x.checked_add(y) {
                        forget_ints(a, b);
                        return Ok(Value::Int(n));
                    }
                }
                let v = ops::add(a, b).map_err(|e| fail_at(e, loc))?;
                check_string_limit(m, &v, loc)?;
                Ok(v)
            }),
            BinOp::Sub => int_fast!(i64::checked_sub, ops::sub),
            BinOp::Mul => int_fast!(i64::checked_mul, ops::mul),
            BinOp::Div => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                ops::div(a, b).map_err(|e| fail_at(e, loc))
            }),
            BinOp::Mod => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                match int_pair(&a, &b) {
                    Some((x, y)) if y != 0 && y != -1 => {
                        forget_ints(a, b);
                        Ok(Value::Int(x % y))
                    }
                    _ => ops::modulo(a, b).map_err(|e| fail_at(e, loc)),
                }
            }),
            BinOp::Pow => Box::new(move |m| {
                let a = l(m)?;
                let b = r(m)?;
                ops::power(a, b).map_err(|e| fail_at(e, loc))
            }),
            _ => unreachable!("comparisons and logic are conditions"),
        }
    }
}

/// The two ints, when both values are ints.
#[inline(always)]
pub(super) fn int_pair(a: &Value, b: &Value) -> Option<(i64, i64)> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some((*x, *y)),
        _ => None,
    }
}

/// Lets go of two values known to be ints, without calling the drop glue of `Value` (which
/// the compiler does not inline): an int owns nothing.
#[inline(always)]
pub(super) fn forget_ints(a: Value, b: Value) {
    debug_assert!(matches!((&a, &b), (Value::Int(_), Value::Int(_))));
    std::mem::forget(a);
    std::mem::forget(b);
}

pub(super) enum SubEnd {
    One,
    ToEnd,
    To(ExprFn),
    On(ExprFn),
}

/// `aa[key]` on a variable declared as an associative array: the key is looked up by its
/// text, built in a lent buffer rather than as a string value.
fn assoc_element(var: VarRef, key: super::text::TextFn, loc: Loc) -> ExprFn {
    Box::new(move |m| {
        let mut text = m.text_buffer();
        if let Err(e) = key(m, &mut text) {
            m.return_text_buffer(text);
            return Err(e);
        }
        let slot = match var {
            VarRef::Local(n) => &m.stack[m.base + n as usize],
            VarRef::Global(n) => &m.globals[n as usize],
        };
        let found = match slot {
            Value::Ref(cell) => assoc_get(&cell.borrow(), &text, loc),
            v => assoc_get(v, &text, loc),
        };
        m.return_text_buffer(text);
        found
    })
}

fn assoc_get(collection: &Value, key: &str, loc: Loc) -> Exec<Value> {
    match collection {
        Value::Assoc(a) => Ok(match a.get(key) {
            Some(v) => v.clone(),
            None => a.elem.default_value(),
        }),
        // Not expected, its type keeping the variable an associative array.
        other => element(other, &Value::str(key), loc),
    }
}

/// `collection[index]`.
pub(super) fn element(collection: &Value, index: &Value, loc: Loc) -> Exec<Value> {
    match collection {
        Value::Array(a) if a.is_grid() => Err(type_error(crate::grid::wrong_index_count(a.dims.len(), 1), loc)),
        Value::Array(a) => {
            let i = index.to_int();
            if i < 1 || i as usize > a.items.len() {
                return Err(index_error(i, a.items.len(), loc));
            }
            Ok(a.items[i as usize - 1].clone())
        }
        Value::Assoc(a) => {
            let found = match index {
                Value::Str(key) => a.get(key.as_str()),
                other => a.get(other.to_text().as_str()),
            };
            match found {
                Some(v) => Ok(v.clone()),
                None => Ok(a.elem.default_value()),
            }
        }
        Value::Str(s) => {
            let i = index.to_int();
            if i < 1 || i as usize > s.char_len() {
                return Ok(Value::empty_str());
            }
            Ok(Value::str(s.char_slice(i as usize - 1, i as usize)))
        }
        Value::Ref(r) => element(&r.borrow(), index, loc),
        other => Err(type_error(format!("a {} cannot be indexed", other.type_name()), loc)),
    }
}

/// A member of a value: a field, a property, or (for arrays reached through a variant) a
/// property-like method such as `Count`.
pub(super) fn read_member(
    m: &mut Machine,
    object: &Value,
    member: &Member,
    methods: &MethodTable,
    loc: Loc,
) -> Exec<Value> {
    match (object, member) {
        (Value::Struct(s), Member::Field(i)) => Ok(s.read_field(*i)),
        (Value::Object(o), member) => {
            let members = super::objects::borrow_members(o, loc)?;
            let (i, _) = super::objects::field_of(&members, member, loc)?;
            Ok(members.read_field(i)) // field_of checked `i`
        }
        (Value::Null, Member::Field(_)) => Err(super::objects::null_object(loc)),
        (Value::Struct(s), Member::Property(_, i)) => Ok((s.def.properties[*i].get)(s)),
        (Value::Struct(s), Member::Dynamic(name)) => {
            if let Some(i) = s.def.field_index(name) {
                return Ok(s.read_field(i));
            }
            if let Some(i) = s.def.property_index(name) {
                return Ok((s.def.properties[i].get)(s));
            }
            Err(unknown_member(&s.def.name, name, loc))
        }
        (Value::Array(_) | Value::Assoc(_) | Value::Str(_), Member::Dynamic(name)) => {
            let receiver = match object {
                Value::Array(_) => crate::registry::Receiver::Array,
                Value::Assoc(_) => crate::registry::Receiver::Assoc,
                _ => crate::registry::Receiver::Str,
            };
            match methods.iter().find(|(r, n, _)| *r == receiver && n.eq_ignore_ascii_case(name)) {
                Some((_, _, f)) => {
                    let mut args = vec![object.clone()];
                    f(m, &mut args).map_err(|e| Flow::Error(Box::new(e.at(loc))))
                }
                None => match object {
                    // A JSON object read by JSONToVariant: its members are its keys.
                    Value::Assoc(map) => map
                        .map
                        .get(name.as_ref() as &str)
                        .or_else(|| map.map.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v))
                        .cloned()
                        .ok_or_else(|| unknown_member(object.type_name(), name, loc)),
                    _ => Err(unknown_member(object.type_name(), name, loc)),
                },
            }
        }
        (Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_), Member::Dynamic(name)) => {
            match crate::calendar::get_member(object, name) {
                Some(Ok(v)) => Ok(v),
                Some(Err(e)) => Err(unknown_member_text(e, loc)),
                None => Err(unknown_member(object.type_name(), name, loc)),
            }
        }
        (other, Member::Dynamic(name)) => Err(unknown_member(other.type_name(), name, loc)),
        (other, _) => Err(type_error(format!("a {} has no members", other.type_name()), loc)),
    }
}

/// An unknown member of a date, time, date-time or duration, with the members it has.
#[cold]
pub(super) fn unknown_member_text(message: String, loc: Loc) -> Flow {
    fail_at(Failure::UnknownMember(message), loc)
}

#[cold]
pub(super) fn unknown_member(owner: &str, name: &str, loc: Loc) -> Flow {
    fail_at(Failure::UnknownMember(format!("unknown member `{name}` of {owner}")), loc)
}

pub type MethodTable = Rc<Vec<(crate::registry::Receiver, String, crate::registry::NativeFn)>>;

impl Natives {
    /// The property-like methods, for members of values whose type is known only at run time.
    pub fn clone_methods(&self) -> MethodTable {
        Rc::new(
            self.methods
                .iter()
                .filter(|m| m.is_property)
                .filter_map(|m| {
                    self.function(&m.function.to_lowercase()).map(|f| (m.receiver, m.name.clone(), f.call.clone()))
                })
                .collect(),
        )
    }
}
