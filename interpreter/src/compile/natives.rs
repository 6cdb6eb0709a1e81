//! Calls of native functions (the core library, the email module).
//!
//! A native function receives its arguments as `&mut [Value]`. They are gathered in a buffer
//! the machine lends and takes back (`Machine::arg_buffer`), so that a call allocates nothing.
//! An argument the function modifies (`ArrayAdd(arr, …)`) is moved out of its variable for
//! the call and put back after, so an array being filled is never copied.

use super::places::Keys;
use super::pure_int::PureIntFn;
use super::*;

/// How one argument of a native function is obtained.
enum NativeArg {
    Value(ExprFn),
    /// A variable, read without a closure call.
    Var(VarRef),
    /// A pure int expression, and its generic closure for when it gives up.
    Int(PureIntFn, ExprFn),
    /// A variable the function modifies: moved out, then put back.
    VarInPlace(VarRef),
    /// An element or member the function modifies: moved out, then put back.
    PlaceInPlace(CompiledPlace),
    Omitted,
}

impl NativeArg {
    fn is_in_place(&self) -> bool {
        matches!(self, NativeArg::VarInPlace(_) | NativeArg::PlaceInPlace(_))
    }
}

impl Compiler<'_> {
    pub(super) fn call_native(&self, func: hir::NativeId, args: &[Option<Arg>], trap_error: bool, loc: Loc) -> ExprFn {
        let native = &self.natives.functions[func];
        let f = native.call.clone();
        let can_fail = native.sig.can_fail;
        let by_ref = &native.sig.by_ref;
        let args: Vec<NativeArg> = args
            .iter()
            .enumerate()
            .map(|(i, a)| match a {
                None => NativeArg::Omitted,
                Some(arg) => match &arg.place {
                    Some(place) if by_ref.contains(&i) && place.steps.is_empty() => NativeArg::VarInPlace(place.root),
                    Some(place) if by_ref.contains(&i) => NativeArg::PlaceInPlace(self.place(place)),
                    _ => self.native_argument(&arg.value),
                },
            })
            .collect();
        let has_in_place = args.iter().any(NativeArg::is_in_place);
        if !has_in_place {
            // The arguments in an array on the stack, for the usual counts.
            macro_rules! fixed {
                ($n:literal) => {{
                    let args: [NativeArg; $n] = args.try_into().ok().expect("the count matched");
                    Box::new(move |m| {
                        let mut values: [Value; $n] = std::array::from_fn(|_| Value::Null);
                        for (value, arg) in values.iter_mut().zip(&args) {
                            *value = argument(m, arg)?;
                        }
                        if can_fail {
                            m.set_error_occurred(false);
                        }
                        let result = f(m, &mut values);
                        for v in values {
                            v.discard();
                        }
                        finish(m, result, trap_error, loc)
                    })
                }};
            }
            match args.len() {
                1 => return fixed!(1),
                2 => return fixed!(2),
                3 => return fixed!(3),
                _ => {}
            }
        }
        Box::new(move |m| {
            let mut values = m.arg_buffer();
            // Written out rather than through `argument`: the call costs ~20 instructions per
            // native call here (callgrind, bench/programs/array.wl).
            for arg in &args {
                let value = match arg {
                    NativeArg::Value(f) => f(m)?,
                    NativeArg::Var(var) => read_var(m, *var),
                    NativeArg::Int(fast, generic) => match fast(m) {
                        Some(n) => Value::Int(n),
                        None => generic(m)?,
                    },
                    NativeArg::VarInPlace(_) | NativeArg::PlaceInPlace(_) | NativeArg::Omitted => Value::Null,
                };
                values.push(value);
            }
            let keys = if has_in_place { take_in_place(m, &args, &mut values)? } else { Vec::new() };
            if can_fail {
                m.set_error_occurred(false);
            }
            let result = f(m, &mut values);
            if has_in_place {
                put_back(m, &args, &mut values, &keys)?;
            }
            m.return_arg_buffer(values);
            let value = result.map_err(|e| Flow::Error(Box::new(e.at(loc))))?;
            if trap_error && m.error_occurred() {
                return Err(trapped_error(m, loc));
            }
            Ok(value)
        })
    }

    fn native_argument(&self, e: &hir::Expr) -> NativeArg {
        if let ExprKind::Var(var) = e.kind {
            return NativeArg::Var(var);
        }
        match self.specialise().then(|| self.pure_int(e)).flatten() {
            Some(fast) => NativeArg::Int(fast, self.fallback(|c| c.expr(e))),
            None => NativeArg::Value(self.expr(e)),
        }
    }
}

/// The value of an argument (never one the function modifies: those take the general path).
#[inline(always)]
fn argument(m: &mut Machine, arg: &NativeArg) -> Exec<Value> {
    Ok(match arg {
        NativeArg::Value(f) => f(m)?,
        NativeArg::Var(var) => read_var(m, *var),
        NativeArg::Int(fast, generic) => match fast(m) {
            Some(n) => Value::Int(n),
            None => generic(m)?,
        },
        NativeArg::VarInPlace(_) | NativeArg::PlaceInPlace(_) | NativeArg::Omitted => Value::Null,
    })
}

/// The value of the call, or its error placed at the call.
#[inline(always)]
fn finish(m: &Machine, result: crate::registry::NativeResult, trap_error: bool, loc: Loc) -> Exec<Value> {
    let value = result.map_err(|e| Flow::Error(Box::new(e.at(loc))))?;
    if trap_error && m.error_occurred() {
        return Err(trapped_error(m, loc));
    }
    Ok(value)
}

/// Moves the arguments the function modifies out of where they live, after evaluating the
/// indexes on their way. Returns those indexes, to put the values back at the same place.
fn take_in_place(m: &mut Machine, args: &[NativeArg], values: &mut [Value]) -> Exec<Vec<Keys>> {
    let mut keys = Vec::new();
    for (i, arg) in args.iter().enumerate() {
        match arg {
            // Swapped with the Null placeholder: the variable holds Null during the call.
            NativeArg::VarInPlace(var) => with_var_mut(m, *var, |slot| std::mem::swap(slot, &mut values[i])),
            NativeArg::PlaceInPlace(place) => {
                let k = place.keys(m)?;
                values[i] = place.take(m, k.as_slice())?;
                keys.push(k);
            }
            _ => {}
        }
    }
    Ok(keys)
}

/// Puts back what `take_in_place` moved out.
fn put_back(m: &mut Machine, args: &[NativeArg], values: &mut [Value], keys: &[Keys]) -> Exec {
    let mut keys = keys.iter();
    for (i, arg) in args.iter().enumerate() {
        match arg {
            NativeArg::VarInPlace(var) => with_var_mut(m, *var, |slot| std::mem::swap(slot, &mut values[i])),
            NativeArg::PlaceInPlace(place) => {
                let k = keys.next().map(Keys::as_slice).unwrap_or_default();
                place.put(m, k, std::mem::take(&mut values[i]))?;
            }
            _ => {}
        }
    }
    Ok(())
}

/// The error a function that failed raises inside a procedure with a `CASE ERROR:` block.
#[cold]
fn trapped_error(m: &Machine, loc: Loc) -> Flow {
    let message = m.last_error.as_ref().map(|e| e.message.clone()).unwrap_or_default();
    Flow::Error(Box::new(RuntimeError {
        kind: ErrorKind::NonFatal,
        message,
        code: m.last_error.as_ref().map(|e| e.code).unwrap_or(0),
        loc: Some(loc),
        help: None,
        stack: Default::default(),
    }))
}
