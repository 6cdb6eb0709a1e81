//! Calls of procedures and native functions.

use super::conditions::{with_test, AnyTest, PureTest, Test};
use super::pure_int::PureIntFn;
use super::*;

impl Compiler<'_> {
    pub(super) fn call_proc(&self, proc: hir::ProcId, args_hir: &[Option<Arg>], loc: Loc) -> ExprFn {
        let slot = self.procs[proc].clone();
        let decl = &self.program.procedures[proc];
        let args: Vec<CompiledArg> = args_hir
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
                        // An element or member: copied in and written back (see
                        // `by_reference`); not for an internal procedure, which shares its
                        // container's frame and has no write-back step.
                        Some(place)
                            if by_ref
                                && decl.shared_slots.is_none()
                                && (param.is_some_and(|p| p.ty == Type::Variant || p.ty == place.ty)) =>
                        {
                            CompiledArg::PlaceRef(self.place(place))
                        }
                        _ => self.argument(&arg.value),
                    }
                }
            })
            .collect();
        let site = CallSite {
            name: decl.name.clone(),
            loc,
            all_given: !args.iter().any(|a| matches!(a, CompiledArg::Omitted)),
            has_refs: args.iter().any(|a| matches!(a, CompiledArg::Ref(_) | CompiledArg::PlaceRef(_))),
            args,
        };
        if decl.shared_slots.is_some() {
            return Box::new(move |m| {
                let compiled = slot.borrow();
                let proc = compiled.as_deref().expect("procedures are compiled before the script runs");
                super::internal::call_internal(m, proc, &site)
            });
        }
        if decl.variadic || decl.parameters_slot.is_some() {
            return Box::new(move |m| {
                let compiled = slot.borrow();
                let proc = compiled.as_deref().expect("procedures are compiled before the script runs");
                super::variadic::call_with_parameters(m, proc, &site)
            });
        }
        let int_call = self.int_call_from_anywhere(proc, args_hir);
        let generic = move |m: &mut Machine| {
            // The slot stays borrowed during the call: only compiling a new input (the REPL
            // declaring the procedure again) replaces what it holds, never a running script.
            let compiled = slot.borrow();
            let proc = compiled.as_deref().expect("procedures are compiled before the script runs");
            call(m, proc, &site)
        };
        match int_call {
            Some(int_call) => Box::new(move |m| match int_call(m) {
                Some(n) => Ok(Value::Int(n)),
                None => after_the_int_way(m, &generic),
            }),
            None => Box::new(generic),
        }
    }

    /// An argument passed by value: a variable is read and an int expression computed in
    /// place, without a closure call of their own.
    fn argument(&self, e: &hir::Expr) -> CompiledArg {
        if let ExprKind::Var(var) = e.kind {
            return CompiledArg::Var(var);
        }
        match self.specialise().then(|| self.pure_int(e)).flatten() {
            Some(fast) => CompiledArg::Int(fast, self.fallback(|c| c.expr(e))),
            None => CompiledArg::Value(self.expr(e)),
        }
    }

    /// Splits a procedure's body into statements and the expression it ends with, when it
    /// ends with `RESULT e`: the value is then computed directly, not passed through
    /// `m.result` and `Flow::Return`. Guard clauses just before, `IF c THEN RESULT a` with
    /// nothing else in the IF, are part of that expression: `c ? a : e`.
    fn result_expression<'b>(&self, body: &'b [hir::Stmt]) -> (&'b [hir::Stmt], Option<ExprFn>) {
        let Some((hir::Stmt { kind: StmtKind::Return(Some(last)), .. }, mut before)) = body.split_last() else {
            return (body, None);
        };
        let mut result = self.expr(last);
        while let Some((stmt, rest)) = before.split_last() {
            let StmtKind::If { branches, otherwise: None } = &stmt.kind else { break };
            let [(cond, then)] = &branches[..] else { break };
            let [hir::Stmt { kind: StmtKind::Return(Some(value)), .. }] = &then[..] else { break };
            let value = self.expr(value);
            let otherwise = result;
            result = with_test!(self, cond, test => Box::new(move |m| {
                if test.test(m)? {
                    value(m)
                } else {
                    otherwise(m)
                }
            }));
            before = rest;
        }
        (before, Some(result))
    }

    /// Compiles a procedure's body.
    pub fn procedure(&self, id: hir::ProcId) -> CompiledProc {
        let p = &self.program.procedures[id];
        let (statements, result) = self.result_expression(&p.body);
        CompiledProc {
            params: p
                .params
                .iter()
                .map(|param| CompiledParam {
                    ty: param.ty.clone(),
                    default: param.default.as_ref().map(|d| self.expr(d)),
                })
                .collect(),
            frame_size: p.frame_size,
            parameters_slot: p.parameters_slot.map(|s| s as usize),
            shared_slots: p.shared_slots.as_ref().map(|slots| slots.iter().map(|&s| s as usize).collect()),
            returns: p.returns.clone(),
            body: (!statements.is_empty()).then(|| self.block(statements)),
            result,
            int_body: if p.shared_slots.is_some() { None } else { self.int_body(id) },
            on_error: p.on_error.as_ref().map(|b| self.block(b)),
            on_exception: p.on_exception.as_ref().map(|b| self.block(b)),
        }
    }
}

pub(super) enum CompiledArg {
    Value(ExprFn),
    /// A variable, passed by value.
    Var(VarRef),
    /// A pure int expression, and its generic closure for when it gives up.
    Int(PureIntFn, ExprFn),
    /// A variable passed by reference.
    Ref(VarRef),
    /// An element or member passed by reference (see `by_reference`).
    PlaceRef(CompiledPlace),
    Omitted,
}

/// What a call passes, decided when compiling it.
pub(super) struct CallSite {
    pub(super) args: Vec<CompiledArg>,
    /// The procedure's name, for diagnostics.
    pub(super) name: Rc<str>,
    pub(super) loc: Loc,
    /// No argument is omitted: when the procedure takes as many parameters as there are
    /// arguments, there is no default to compute.
    pub(super) all_given: bool,
    /// Some argument is passed by reference: the variables are made plain again after.
    pub(super) has_refs: bool,
}

/// Drops the slots of a frame (its parameters and locals, mostly ints).
#[inline(always)]
pub(super) fn pop_frame(stack: &mut Vec<Value>, base: usize) {
    while stack.len() > base {
        if let Some(v) = stack.pop() {
            v.discard();
        }
    }
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

/// Calls a procedure: the arguments go in a new frame on top of the stack, the body runs
/// with `m.base` at that frame. The hot path is kept small; what is rare (refusing the call,
/// defaults, handlers, by-reference arguments, errors) is in functions of its own.
#[inline(always)]
pub(super) fn call(m: &mut Machine, proc: &CompiledProc, site: &CallSite) -> Exec<Value> {
    if m.depth >= m.limits.max_depth || site.args.len() > proc.params.len() || m.interrupted() {
        return Err(refuse_call(m, proc, site));
    }
    let base = m.stack.len();
    for (i, (arg, param)) in site.args.iter().zip(&proc.params).enumerate() {
        match pass_argument(m, arg, &param.ty, site.loc) {
            Ok(value) => m.stack.push(value),
            Err(e) => {
                pop_frame(&mut m.stack, base);
                if site.has_refs {
                    super::by_reference::forget(m, site, i);
                }
                return Err(e);
            }
        }
    }
    let frame_end = base + proc.frame_size.max(site.args.len());
    if m.stack.len() < frame_end {
        m.stack.resize(frame_end, Value::Null);
    }
    let saved_base = std::mem::replace(&mut m.base, base);
    m.depth += 1;

    let outcome = if site.all_given && site.args.len() == proc.params.len() {
        run_body(m, proc)
    } else {
        set_defaults(m, proc, site, base).and_then(|()| run_body(m, proc))
    };
    finish_call(m, proc, site, base, saved_base, outcome)
}

/// What every call does once the body has run: the procedure's own error handlers, the
/// frame popped, by-reference arguments written back, the result converted to its type.
#[inline(always)]
pub(super) fn finish_call(
    m: &mut Machine,
    proc: &CompiledProc,
    site: &CallSite,
    base: usize,
    saved_base: usize,
    mut outcome: Exec<Value>,
) -> Exec<Value> {
    if matches!(outcome, Err(Flow::Error(_))) && (proc.on_error.is_some() || proc.on_exception.is_some()) {
        outcome = handle_error(m, proc, outcome);
    }

    m.depth -= 1;
    m.base = saved_base;
    pop_frame(&mut m.stack, base);
    if site.has_refs {
        unshare_arguments(m, site);
        let written = super::by_reference::write_back(m, site);
        if let (Ok(_), Err(e)) = (&outcome, written) {
            outcome = Err(e);
        }
    }
    match outcome {
        Ok(value) if matches!(value, Value::Null) || value.has_type(&proc.returns) => Ok(value),
        Ok(value) => convert(value, &proc.returns, site.loc),
        Err(e) => Err(leave_with(e, site)),
    }
}

/// Calls a method's procedure on `object` (a Destructor, called when an object goes).
pub(super) fn call_with_receiver(
    m: &mut Machine,
    proc: &CompiledProc,
    object: Value,
    name: Rc<str>,
    loc: Loc,
) -> Exec<Value> {
    let site = CallSite {
        args: vec![CompiledArg::Value(Box::new(move |_| Ok(object.clone())))],
        name,
        loc,
        all_given: true,
        has_refs: false,
    };
    call(m, proc, &site)
}

/// The value of one argument, converted to its parameter's type.
#[inline(always)]
pub(super) fn pass_argument(m: &mut Machine, arg: &CompiledArg, ty: &Type, loc: Loc) -> Exec<Value> {
    let value = match arg {
        CompiledArg::Int(fast, generic) => match fast(m) {
            Some(n) => Value::Int(n),
            None => generic(m)?,
        },
        CompiledArg::Value(f) => f(m)?,
        CompiledArg::Var(var) => read_var(m, *var),
        // A by-reference cell and an omitted argument are never converted.
        CompiledArg::Ref(var) => return Ok(share(m, *var)),
        CompiledArg::PlaceRef(place) => return super::by_reference::pass_place(m, place),
        CompiledArg::Omitted => return Ok(Value::Null),
    };
    if value.has_type(ty) {
        Ok(value)
    } else {
        convert(value, ty, loc)
    }
}

/// The generic call, made when the int way gave up. When it gave up at the recursion limit,
/// the generic call reaches the limit too (an int procedure is pure: the same calls happen),
/// and trying the int way again at each level of it would go to the limit each time, a cost
/// quadratic in the depth: the int way is off until it returns.
#[cold]
fn after_the_int_way(m: &mut Machine, generic: &dyn Fn(&mut Machine) -> Exec<Value>) -> Exec<Value> {
    if !std::mem::take(&mut m.int_reached_limit) {
        return generic(m);
    }
    let limit = std::mem::replace(&mut m.int_depth_limit, 0);
    let result = generic(m);
    m.int_depth_limit = limit;
    result
}

/// Why a call cannot start: the recursion limit, too many arguments (a procedure declared
/// again in the REPL with fewer parameters), or an interruption.
#[cold]
pub(super) fn refuse_call(m: &Machine, proc: &CompiledProc, site: &CallSite) -> Flow {
    let loc = site.loc;
    if m.depth >= m.limits.max_depth {
        return Flow::Error(Box::new(
            RuntimeError::from(Failure::StackOverflow(format!(
                "stack overflow: more than {} procedure calls in progress",
                m.limits.max_depth
            )))
            .with_help("a procedure probably calls itself without end")
            .at(loc),
        ));
    }
    if site.args.len() > proc.params.len() {
        return fail_at(
            Failure::Other(format!(
                "`{}` was called with {} arguments, but takes at most {}",
                site.name,
                site.args.len(),
                proc.params.len()
            )),
            loc,
        );
    }
    Flow::Error(Box::new(m.interruption().at(loc)))
}

/// Parameters not given take their default, computed in the callee's frame.
#[cold]
pub(super) fn set_defaults(m: &mut Machine, proc: &CompiledProc, site: &CallSite, base: usize) -> Exec {
    for (i, param) in proc.params.iter().enumerate() {
        if !matches!(site.args.get(i), None | Some(CompiledArg::Omitted)) {
            continue;
        }
        let value = match &param.default {
            Some(d) => convert(d(m)?, &param.ty, site.loc)?,
            None => param.ty.default_value(),
        };
        m.stack[base + i] = value;
    }
    Ok(())
}

/// Runs the procedure's `CASE ERROR:` or `CASE EXCEPTION:` block for an error of its body.
#[cold]
pub(super) fn handle_error(m: &mut Machine, proc: &CompiledProc, outcome: Exec<Value>) -> Exec<Value> {
    let Err(Flow::Error(e)) = outcome else { return outcome };
    let handler = match e.kind {
        ErrorKind::NonFatal => proc.on_error.as_ref().or(proc.on_exception.as_ref()),
        ErrorKind::Fatal | ErrorKind::Thrown => proc.on_exception.as_ref(),
        ErrorKind::Interrupted | ErrorKind::EndProgram => None,
    };
    let Some(handler) = handler else { return Err(Flow::Error(e)) };
    if e.kind != ErrorKind::NonFatal {
        m.exception = Some(*e);
    }
    m.result = Value::Null;
    let handled = handler(m);
    returned(m, handled)
}

/// After a call, the variables passed by reference become plain slots again when nobody else
/// shares them.
#[cold]
pub(super) fn unshare_arguments(m: &mut Machine, site: &CallSite) {
    for arg in &site.args {
        if let CompiledArg::Ref(var) = arg {
            unshare(m, *var);
        }
    }
}

/// An error or a control flow leaving the procedure: an error records the call in its stack.
#[cold]
pub(super) fn leave_with(flow: Flow, site: &CallSite) -> Flow {
    match flow {
        Flow::Error(mut e) => {
            if e.kind != ErrorKind::Interrupted {
                e.push_frame(&site.name, site.loc);
            }
            Flow::Error(e)
        }
        other => other,
    }
}

/// Runs a procedure's body in its frame: the statements, then the expression of a final
/// RESULT, evaluated directly. Gives the value returned.
#[inline(always)]
pub(super) fn run_body(m: &mut Machine, proc: &CompiledProc) -> Exec<Value> {
    if let Some(body) = &proc.body {
        if let Err(flow) = body(m) {
            return returned(m, Err(flow));
        }
    }
    match &proc.result {
        Some(result) => result(m),
        None => Ok(Value::Null),
    }
}

/// The value of a body or handler that ended: a RESULT left it in `m.result`.
#[inline(always)]
fn returned(m: &mut Machine, outcome: Exec) -> Exec<Value> {
    match outcome {
        Ok(()) => Ok(Value::Null),
        Err(Flow::Return) => Ok(std::mem::take(&mut m.result)),
        Err(other) => Err(other),
    }
}
