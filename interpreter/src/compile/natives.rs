//! Calls of native functions (the core library, the email module).

use super::*;

impl Compiler<'_> {
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
}
