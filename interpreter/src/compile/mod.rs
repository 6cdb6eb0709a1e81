//! The evaluator. The resolved program is compiled once into nested closures, which are
//! then run: still a tree walk, but with every decision that does not depend on run-time
//! values (which node, which slot, which operator, which conversion) taken before running.

mod by_reference;
mod calls;
mod cells;
mod conditions;
mod execute;
mod expressions;
mod indirection;
mod int_procedures;
mod internal;
mod loops;
mod natives;
mod objects;
mod places;
mod procedure_values;
mod pure_int;
mod statements;
mod text;
mod variadic;

use conditions::holds;
use expressions::unknown_member;
pub use objects::{run_destructors, DestructorTable};
use places::CompiledPlace;
pub use procedure_values::call_procedure;

use crate::ast::{AssignOp, BinOp, UnOp};
use crate::error::{fail_at, ErrorKind, Exec, Failure, Fallible, Flow, RuntimeError};
use crate::hir::{self, Arg, ExprKind, Member, Pattern, Place, Step, StmtKind, SubstringEnd, VarRef};
use crate::machine::Machine;
use crate::natives::Natives;
use crate::ops;
use crate::source::Loc;
use crate::types::Type;
use crate::value::{StructValue, Value};
use std::cell::RefCell;
use std::cmp::Ordering;
use std::rc::Rc;

pub type ExprFn = Box<dyn Fn(&mut Machine) -> Exec<Value>>;
pub type CondFn = Box<dyn Fn(&mut Machine) -> Exec<bool>>;
pub type StmtFn = Box<dyn Fn(&mut Machine) -> Exec>;

/// A procedure ready to run.
pub struct CompiledProc {
    pub params: Vec<CompiledParam>,
    pub frame_size: usize,
    /// Where `MyParameters` goes in the frame, when the body uses it (see `variadic`).
    pub parameters_slot: Option<usize>,
    /// An internal procedure's parameter slots in its container's frame.
    pub shared_slots: Option<Vec<usize>>,
    pub returns: Type,
    /// The statements of the body, but a final `RESULT e`; `None` when there is none.
    pub body: Option<StmtFn>,
    /// The `e` of a final `RESULT e`, evaluated without going through `Flow::Return`.
    pub result: Option<ExprFn>,
    /// The body working on ints, for an int procedure (see `int_procedures`).
    pub int_body: Option<int_procedures::IntBodyFn>,
    pub on_error: Option<StmtFn>,
    pub on_exception: Option<StmtFn>,
}

pub struct CompiledParam {
    pub ty: Type,
    pub default: Option<ExprFn>,
}

/// Where a call finds its procedure. Filled once compiled; a REPL input that declares the
/// procedure again replaces what is inside, and earlier callers see the new body.
pub type ProcSlot = RefCell<Option<Rc<CompiledProc>>>;

pub struct Compiler<'a> {
    pub program: &'a crate::program::Program,
    pub natives: &'a Natives,
    pub procs: &'a [Rc<ProcSlot>],
    /// Set while compiling the generic fallback of a specialised closure: it runs only when
    /// the fast path gives up, so specialising inside it again would only multiply the code.
    generic_only: std::cell::Cell<bool>,
    /// Which procedures are int procedures (see `int_procedures`), found once.
    int_procedures: std::cell::OnceCell<Vec<bool>>,
    /// The classes' Destructors, found once.
    destructors: std::cell::OnceCell<objects::DestructorTable>,
    /// The procedures a call by name may run (see `execute`), found once.
    by_name: std::cell::OnceCell<execute::Targets>,
}

impl<'a> Compiler<'a> {
    pub fn new(program: &'a crate::program::Program, natives: &'a Natives, procs: &'a [Rc<ProcSlot>]) -> Self {
        Compiler {
            program,
            natives,
            procs,
            generic_only: std::cell::Cell::new(false),
            int_procedures: std::cell::OnceCell::new(),
            by_name: std::cell::OnceCell::new(),
            destructors: std::cell::OnceCell::new(),
        }
    }

    /// Whether specialised closures may be compiled here.
    fn specialise(&self) -> bool {
        !self.generic_only.get()
    }

    /// Compiles with `f` the generic fallback of a specialised closure.
    fn fallback<T>(&self, f: impl FnOnce(&Self) -> T) -> T {
        let was = self.generic_only.replace(true);
        let compiled = f(self);
        self.generic_only.set(was);
        compiled
    }
}

#[cold]
fn type_error(message: impl Into<String>, loc: Loc) -> Flow {
    fail_at(Failure::TypeMismatch(message.into()), loc)
}

#[cold]
fn index_error(index: i64, len: usize, loc: Loc) -> Flow {
    let what = if len == 1 { "element" } else { "elements" };
    fail_at(Failure::IndexOutOfRange(format!("index out of range: index {index}, but the array has {len} {what}")), loc)
}

/// Where a variable lives, fixed when compiling: a specialised closure generic over it
/// indexes the slot directly instead of matching a `VarRef` at each run.
pub(super) trait SlotRef: Copy + 'static {
    fn get(self, m: &Machine) -> &Value;
    fn get_mut(self, m: &mut Machine) -> &mut Value;
}

#[derive(Clone, Copy)]
pub(super) struct LocalSlot(pub usize);
#[derive(Clone, Copy)]
pub(super) struct GlobalSlot(pub usize);

impl SlotRef for LocalSlot {
    #[inline(always)]
    fn get(self, m: &Machine) -> &Value {
        &m.stack[m.base + self.0]
    }
    #[inline(always)]
    fn get_mut(self, m: &mut Machine) -> &mut Value {
        &mut m.stack[m.base + self.0]
    }
}

impl SlotRef for GlobalSlot {
    #[inline(always)]
    fn get(self, m: &Machine) -> &Value {
        &m.globals[self.0]
    }
    #[inline(always)]
    fn get_mut(self, m: &mut Machine) -> &mut Value {
        &mut m.globals[self.0]
    }
}

/// Expands `$body` once for a local and once for a global variable, with `$slot` bound to
/// the variable's `SlotRef`: each expansion compiles its own closure.
macro_rules! for_slot {
    ($var:expr, $slot:ident => $body:expr) => {
        match $var {
            VarRef::Local(i) => {
                let $slot = LocalSlot(i as usize);
                $body
            }
            VarRef::Global(i) => {
                let $slot = GlobalSlot(i as usize);
                $body
            }
        }
    };
}
use for_slot;

/// Replaces the int in a slot (through its by-reference cell) by `f(int)`; false, and
/// nothing changed, when the slot holds something else.
#[inline(always)]
fn update_int(slot: &mut Value, f: impl FnOnce(i64) -> i64) -> bool {
    match slot {
        Value::Int(n) => {
            *n = f(*n);
            true
        }
        Value::Ref(cell) => match &mut *cell.borrow_mut() {
            Value::Int(n) => {
                *n = f(*n);
                true
            }
            _ => false,
        },
        _ => false,
    }
}

/// `update_int` for an `int` variable: the new value must be computed without overflow and
/// fit in the 4-byte int; `false` otherwise, and the generic statement reports the error.
#[inline(always)]
fn update_int_var(slot: &mut Value, f: impl FnOnce(i64) -> Option<i64>) -> bool {
    #[inline(always)]
    fn update(n: &mut i64, f: impl FnOnce(i64) -> Option<i64>) -> bool {
        match f(*n) {
            Some(new) if crate::sized_int::fits_int(new) => {
                *n = new;
                true
            }
            _ => false,
        }
    }
    match slot {
        Value::Int(n) => update(n, f),
        Value::Ref(cell) => match &mut *cell.borrow_mut() {
            Value::Int(n) => update(n, f),
            _ => false,
        },
        _ => false,
    }
}

/// Stores an int in a slot, through its by-reference cell if it has one.
#[inline(always)]
fn store_int(slot: &mut Value, n: i64) {
    match slot {
        Value::Int(old) => *old = n,
        Value::Ref(cell) => *cell.borrow_mut() = Value::Int(n),
        other => *other = Value::Int(n),
    }
}

#[inline]
fn read_var(m: &Machine, var: VarRef) -> Value {
    let slot = match var {
        VarRef::Local(i) => &m.stack[m.base + i as usize],
        VarRef::Global(i) => &m.globals[i as usize],
    };
    match slot {
        Value::Ref(cell) => cell.borrow().clone(),
        v => v.clone(),
    }
}

/// Runs `f` on the variable's value, through its by-reference cell if it has one.
#[inline]
fn with_var_mut<R>(m: &mut Machine, var: VarRef, f: impl FnOnce(&mut Value) -> R) -> R {
    let slot = match var {
        VarRef::Local(i) => &mut m.stack[m.base + i as usize],
        VarRef::Global(i) => &mut m.globals[i as usize],
    };
    match slot {
        Value::Ref(cell) => {
            let cell = cell.clone();
            let mut inner = cell.borrow_mut();
            f(&mut inner)
        }
        v => f(v),
    }
}

#[inline]
fn convert(value: Value, ty: &Type, loc: Loc) -> Exec<Value> {
    value.convert_to(ty).map_err(|e| fail_at(e, loc))
}

fn check_string_limit(m: &Machine, v: &Value, loc: Loc) -> Exec {
    if let Value::Str(s) = v {
        if s.as_str().len() > m.limits.max_string_len {
            return Err(string_too_long(m, loc));
        }
    }
    Ok(())
}

#[cold]
fn string_too_long(m: &Machine, loc: Loc) -> Flow {
    fail_at(Failure::string_too_long(m.limits.max_string_len), loc)
}

impl Compiler<'_> {
    pub fn block(&self, stmts: &[hir::Stmt]) -> StmtFn {
        let mut compiled: Vec<StmtFn> = stmts.iter().map(|s| self.stmt(s)).collect();
        match compiled.len() {
            0 => Box::new(|_| Ok(())),
            1 => compiled.pop().expect("one statement"),
            2 => {
                let b = compiled.pop().expect("two statements");
                let a = compiled.pop().expect("two statements");
                Box::new(move |m| {
                    a(m)?;
                    b(m)
                })
            }
            _ => Box::new(move |m| {
                for s in &compiled {
                    s(m)?;
                }
                Ok(())
            }),
        }
    }
}

#[inline]
fn check_interrupt(m: &Machine, loc: Loc) -> Exec {
    if m.interrupted() {
        return Err(Flow::Error(Box::new(m.interruption().at(loc))));
    }
    Ok(())
}

fn set_slot(m: &mut Machine, var: VarRef, v: Value) {
    match var {
        VarRef::Local(i) => m.stack[m.base + i as usize] = v,
        VarRef::Global(i) => m.globals[i as usize] = v,
    }
}

fn set_var(m: &mut Machine, var: VarRef, v: Value) {
    with_var_mut(m, var, |slot| *slot = v);
}
