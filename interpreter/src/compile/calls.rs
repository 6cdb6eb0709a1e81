//! Calls of procedures and native functions.

use super::*;

impl Compiler<'_> {
    pub(super) fn call_proc(&self, proc: hir::ProcId, args: &[Option<Arg>], loc: Loc) -> ExprFn {
        let slot = self.procs[proc].clone();
        let decl = &self.program.procedures[proc];
        let name = decl.name.clone();
        let args: Vec<CompiledArg> = args
            .iter()
            .enumerate()
            .map(|(i, a)| match a {
                None => CompiledArg::Omitted,
                Some(arg) => {
                    let param = decl.params.get(i);
                    let by_ref = param.is_some_and(|p| p.mutated && !p.local);
                    match &arg.place {
                        Some(place)
                            if by_ref
                                && place.steps.is_empty()
                                && (param.is_some_and(|p| p.ty == Type::Variant || p.ty == place.ty)) =>
                        {
                            CompiledArg::Ref(place.root)
                        }
                        _ => CompiledArg::Value(self.expr(&arg.value)),
                    }
                }
            })
            .collect();
        Box::new(move |m| {
            let proc = slot.borrow().clone().expect("procedures are compiled before the script runs");
            call(m, &proc, &args, &name, loc)
        })
    }

    pub(super) fn call_native(&self, func: hir::NativeId, args: &[Option<Arg>], trap_error: bool, loc: Loc) -> ExprFn {
        let native = &self.natives.functions[func];
        let f = native.call.clone();
        let can_fail = native.sig.can_fail;
        let by_ref = native.sig.by_ref.clone();
        let compiled: Vec<(Option<ExprFn>, Option<CompiledPlace>)> = args
            .iter()
            .enumerate()
            .map(|(i, a)| match a {
                None => (None, None),
                Some(arg) => match &arg.place {
                    Some(place) if by_ref.contains(&i) => (None, Some(self.place(place))),
                    _ => (Some(self.expr(&arg.value)), None),
                },
            })
            .collect();
        let has_refs = compiled.iter().any(|(_, p)| p.is_some());
        Box::new(move |m| {
            let mut values: Vec<Value> = Vec::with_capacity(compiled.len());
            for (value, _) in &compiled {
                values.push(match value {
                    Some(f) => f(m)?,
                    None => Value::Null,
                });
            }
            // Arguments the function modifies are moved out of their variable and put back
            // after the call, so an array being filled is never copied.
            let mut keys: Vec<Vec<Value>> = Vec::new();
            if has_refs {
                for (i, (_, place)) in compiled.iter().enumerate() {
                    if let Some(place) = place {
                        let k = place.keys(m)?;
                        values[i] = place.take(m, &k)?;
                        keys.push(k);
                    }
                }
            }
            if can_fail {
                m.set_error_occurred(false);
            }
            let result = f(m, &mut values);
            if has_refs {
                let mut k = keys.into_iter();
                for (i, (_, place)) in compiled.iter().enumerate() {
                    if let Some(place) = place {
                        let keys = k.next().unwrap_or_default();
                        place.put(m, &keys, std::mem::take(&mut values[i]))?;
                    }
                }
            }
            let value = result.map_err(|e| Flow::Error(Box::new(e.at(loc))))?;
            if trap_error && m.error_occurred() {
                let message = m.last_error.as_ref().map(|e| e.message.clone()).unwrap_or_default();
                return Err(Flow::Error(Box::new(RuntimeError {
                    kind: ErrorKind::NonFatal,
                    message,
                    code: m.last_error.as_ref().map(|e| e.code).unwrap_or(0),
                    loc: Some(loc),
                    help: None,
                    stack: Default::default(),
                })));
            }
            Ok(value)
        })
    }

    /// Compiles a procedure's body.
    pub fn procedure(&self, p: &hir::Procedure) -> CompiledProc {
        CompiledProc {
            name: p.name.clone(),
            params: p
                .params
                .iter()
                .map(|param| CompiledParam {
                    ty: param.ty.clone(),
                    by_ref: param.mutated && !param.local,
                    default: param.default.as_ref().map(|d| self.expr(d)),
                })
                .collect(),
            required: p.required,
            frame_size: p.frame_size,
            returns: p.returns.clone(),
            body: self.block(&p.body),
            on_error: p.on_error.as_ref().map(|b| self.block(b)),
            on_exception: p.on_exception.as_ref().map(|b| self.block(b)),
        }
    }
}

pub(super) enum CompiledArg {
    Value(ExprFn),
    /// A variable passed by reference.
    Ref(VarRef),
    Omitted,
}

/// Turns the variable's slot into a shared cell (once) and returns a handle to it.
pub(super) fn share(m: &mut Machine, var: VarRef) -> Value {
    let slot = match var {
        VarRef::Local(i) => &mut m.stack[m.base + i as usize],
        VarRef::Global(i) => &mut m.globals[i as usize],
    };
    if let Value::Ref(cell) = slot {
        return Value::Ref(cell.clone());
    }
    let cell = Rc::new(RefCell::new(std::mem::take(slot)));
    *slot = Value::Ref(cell.clone());
    Value::Ref(cell)
}

/// After a call, a variable nobody else shares any more goes back to a plain slot.
pub(super) fn unshare(m: &mut Machine, var: VarRef) {
    let slot = match var {
        VarRef::Local(i) => &mut m.stack[m.base + i as usize],
        VarRef::Global(i) => &mut m.globals[i as usize],
    };
    if let Value::Ref(cell) = slot {
        if Rc::strong_count(cell) == 1 {
            let inner = cell.replace(Value::Null);
            *slot = inner;
        }
    }
}

pub(super) fn call(
    m: &mut Machine,
    proc: &CompiledProc,
    args: &[CompiledArg],
    name: &Rc<str>,
    loc: Loc,
) -> Exec<Value> {
    if m.depth >= m.limits.max_depth {
        return Err(Flow::Error(Box::new(
            RuntimeError::fatal(format!(
                "stack overflow: more than {} procedure calls in progress",
                m.limits.max_depth
            ))
            .with_code(codes::STACK_OVERFLOW)
            .with_help("a procedure probably calls itself without end")
            .at(loc),
        )));
    }
    if args.len() > proc.params.len() {
        return Err(fail_at(
            format!("`{name}` was called with {} arguments, but takes at most {}", args.len(), proc.params.len()),
            loc,
        ));
    }
    if m.interrupted() {
        return Err(Flow::Error(Box::new(m.interruption().at(loc))));
    }
    let base = m.stack.len();
    let mut has_refs = false;
    for (i, arg) in args.iter().enumerate() {
        let v = match arg {
            CompiledArg::Value(f) => match f(m) {
                Ok(v) => {
                    let ty = &proc.params[i].ty;
                    if matches!(ty, Type::Variant) {
                        v
                    } else {
                        match v.convert_to(ty) {
                            Ok(v) => v,
                            Err(e) => {
                                m.stack.truncate(base);
                                return Err(type_error(e, loc));
                            }
                        }
                    }
                }
                Err(e) => {
                    m.stack.truncate(base);
                    return Err(e);
                }
            },
            CompiledArg::Ref(var) => {
                has_refs = true;
                share(m, *var)
            }
            CompiledArg::Omitted => Value::Null,
        };
        m.stack.push(v);
    }
    m.stack.resize(base + proc.frame_size.max(args.len()), Value::Null);
    let saved_base = m.base;
    m.base = base;
    m.depth += 1;

    let mut outcome = Ok(());
    // Parameters not given take their default, computed in the callee's frame.
    for (i, param) in proc.params.iter().enumerate() {
        let given = matches!(args.get(i), Some(CompiledArg::Value(_) | CompiledArg::Ref(_)));
        if given {
            continue;
        }
        let value = match &param.default {
            Some(d) => match d(m).and_then(|v| convert(v, &param.ty, loc)) {
                Ok(v) => v,
                Err(e) => {
                    outcome = Err(e);
                    break;
                }
            },
            None => param.ty.default_value(),
        };
        m.stack[base + i] = value;
    }

    if outcome.is_ok() {
        outcome = (proc.body)(m);
        if let Err(Flow::Error(e)) = &outcome {
            let handler = match e.kind {
                ErrorKind::NonFatal => proc.on_error.as_ref().or(proc.on_exception.as_ref()),
                ErrorKind::Fatal | ErrorKind::Thrown => proc.on_exception.as_ref(),
                ErrorKind::Interrupted => None,
            };
            if let Some(handler) = handler {
                if let Err(Flow::Error(e)) = std::mem::replace(&mut outcome, Ok(())) {
                    if e.kind != ErrorKind::NonFatal {
                        m.exception = Some(*e);
                    }
                }
                m.result = Value::Null;
                outcome = handler(m);
            }
        }
    }

    m.depth -= 1;
    m.base = saved_base;
    m.stack.truncate(base);
    if has_refs {
        for arg in args {
            if let CompiledArg::Ref(var) = arg {
                unshare(m, *var);
            }
        }
    }
    let value = match outcome {
        Ok(()) => Value::Null,
        Err(Flow::Return) => std::mem::take(&mut m.result),
        Err(Flow::Error(mut e)) => {
            if e.kind != ErrorKind::Interrupted {
                e.push_frame(name, loc);
            }
            return Err(Flow::Error(e));
        }
        Err(other) => return Err(other),
    };
    if matches!(proc.returns, Type::Variant) || matches!(value, Value::Null) {
        Ok(value)
    } else {
        convert(value, &proc.returns, loc)
    }
}
