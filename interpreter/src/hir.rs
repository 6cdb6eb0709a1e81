//! The resolved program: the syntax tree with every name turned into a slot, a procedure
//! or a native function, every member into a field index where the type is known, and the
//! static type of each expression. Nothing here is looked up by name at run time, except the
//! members of variants.

use crate::ast::{AssignOp, BinOp, UnOp};
use crate::source::Loc;
use crate::types::{StructDef, Type};
use crate::value::Value;
use std::rc::Rc;

pub type ProcId = usize;
pub type NativeId = usize;

/// Where a variable lives: a slot of the running procedure's frame, or a global slot (the
/// variables of the script's top level, constants, and the natives' globals).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum VarRef {
    Local(u32),
    Global(u32),
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub ty: Type,
    pub loc: Loc,
}

#[derive(Clone, Debug)]
pub enum Member {
    /// A field of a structure whose type is known before running.
    Field(usize),
    /// A computed property of a known type (`Email.NbRecipient`).
    Property(Rc<StructDef>, usize),
    /// A member of a variant, looked up by (lower-case) name when it runs.
    Dynamic(Rc<str>),
}

#[derive(Clone, Debug)]
pub enum SubstringEnd {
    One,
    To(Option<Box<Expr>>),
    On(Box<Expr>),
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub value: Expr,
    /// Set when the argument is something that can be assigned, so it can be passed by
    /// reference where the parameter is.
    pub place: Option<Place>,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Const(Value),
    Var(VarRef),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    Interval {
        low: Box<Expr>,
        low_op: BinOp,
        value: Box<Expr>,
        high_op: BinOp,
        high: Box<Expr>,
    },
    In {
        value: Box<Expr>,
        list: Vec<Expr>,
        negated: bool,
    },
    CallProc {
        proc: ProcId,
        args: Vec<Option<Arg>>,
    },
    /// A procedure's name used as a value (`p = MyProc`, a callback): a `Value::Procedure`.
    /// `internal`: an INTERNAL PROCEDURE, tied to the frame running when the value is made.
    ProcValue {
        proc: ProcId,
        internal: bool,
    },
    /// `p(…)` where `p` is a variable holding a procedure: which procedure runs, and how its
    /// arguments are passed, is known only when it runs.
    CallValue {
        callee: Box<Expr>,
        args: Vec<Option<Arg>>,
    },
    /// `o:M(…)`: a method called on an object, `args[0]` being the object. Which procedure
    /// runs is chosen by the object's class when it runs (every method is virtual).
    CallMethod {
        proc: ProcId,
        args: Vec<Option<Arg>>,
    },
    /// `new C(…)`: a new object of `class`, then its `constructors` run on it (each takes
    /// it as `Receiver`).
    New {
        class: Rc<StructDef>,
        constructors: Vec<Expr>,
    },
    /// The object of the method call being made (see `CallMethod`): only inside the
    /// arguments the compiler builds for it.
    Receiver,
    CallNative {
        func: NativeId,
        args: Vec<Option<Arg>>,
        trap_error: bool,
    },
    Index {
        object: Box<Expr>,
        index: Box<Expr>,
    },
    /// `t[i, j]`: an element of an array with several dimensions, or (one index after the
    /// other) of an array of arrays.
    Cell {
        object: Box<Expr>,
        indices: Vec<Expr>,
    },
    Member {
        object: Box<Expr>,
        member: Member,
    },
    Substring {
        object: Box<Expr>,
        start: Box<Expr>,
        end: SubstringEnd,
    },
    ArrayLiteral(Vec<Expr>),
    /// `{sName}`: the variable named by the string, among those visible here (`names`).
    Indirect {
        name: Box<Expr>,
        names: Rc<IndirectNames>,
    },
    /// `ExecuteProcess(sName, trtProcedure, …)`, `Execute(sName, …)`: the procedure named by
    /// the string when the call runs, among the script's procedures (`procs`, by lower-case
    /// name). The arguments are passed by value.
    CallByName {
        function: &'static str,
        name: Box<Expr>,
        procs: Rc<std::collections::HashMap<String, ProcId>>,
        args: Vec<Option<Arg>>,
    },
    /// `new dynamic array of n T`: `n` elements of `elem`, each at its default (none without
    /// a count).
    NewArray {
        count: Option<Box<Expr>>,
        elem: Type,
    },
    /// `SWITCH(n, a, b, ELSE c)`: the `n`-th of `values` (from 1), else `otherwise`; only the
    /// chosen one is evaluated.
    SwitchValue {
        subject: Box<Expr>,
        values: Vec<Expr>,
        otherwise: Option<Box<Expr>>,
    },
    /// `cond ? then ELSE otherwise`: only the chosen side is evaluated.
    Choose {
        cond: Box<Expr>,
        then: Box<Expr>,
        otherwise: Box<Expr>,
    },
}

/// The variables an indirection may name, by lower-case name, with their static types.
#[derive(Debug, Default)]
pub struct IndirectNames {
    pub vars: std::collections::HashMap<String, (VarRef, Type)>,
}

/// Something that can be assigned: a variable, then indexes and members.
#[derive(Clone, Debug)]
pub struct Place {
    pub root: VarRef,
    pub root_ty: Type,
    pub steps: Vec<Step>,
    /// The static type of the whole place.
    pub ty: Type,
    pub loc: Loc,
}

#[derive(Clone, Debug)]
pub enum Step {
    Index(Expr),
    /// Several indexes at once: see `ExprKind::Cell`.
    Cell(Vec<Expr>),
    Member(Member),
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub loc: Loc,
}

pub type Block = Vec<Stmt>;

#[derive(Clone, Debug)]
pub enum Pattern {
    Value(Expr),
    Range(Expr, Expr),
    Compare(BinOp, Expr),
    /// `CASE 10 < * < 20`: the value passes every comparison.
    All(Vec<(BinOp, Expr)>),
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    /// A declaration: the slot gets the initial value (or the type's default) each time it runs.
    Init {
        var: VarRef,
        ty: Type,
        value: Option<Expr>,
    },
    Assign {
        place: Place,
        op: AssignOp,
        value: Expr,
    },
    MultiAssign {
        targets: Vec<Place>,
        values: Vec<Expr>,
    },
    Increment {
        place: Place,
        delta: i64,
    },
    /// `{sName} = value`: assigns the variable named by the string.
    AssignIndirect {
        name: Expr,
        names: Rc<IndirectNames>,
        op: AssignOp,
        value: Expr,
    },
    /// `p <- o` (and `p = o` on a dynamic object): the place refers to the same object.
    AssignRef {
        place: Place,
        value: Expr,
    },
    /// `delete p`: the dynamic object becomes Null.
    Delete {
        place: Place,
    },
    Eval(Expr),
    /// An expression typed alone in the REPL: its value is printed.
    Show(Expr),
    If {
        branches: Vec<(Expr, Block)>,
        otherwise: Option<Block>,
    },
    Switch {
        subject: Expr,
        cases: Vec<(Vec<Pattern>, Block)>,
        otherwise: Option<Block>,
    },
    For {
        var: Place,
        start: Expr,
        end: Expr,
        step: Option<Expr>,
        end_once: bool,
        body: Block,
    },
    ForEach {
        var: Place,
        second: Option<Place>,
        iterable: Expr,
        /// For `FOR EACH STRING`: the separator (a string or an array of strings).
        separator: Option<Expr>,
        body: Block,
    },
    While {
        cond: Expr,
        body: Block,
    },
    Loop {
        count: Option<Expr>,
        body: Block,
    },
    Break,
    Continue,
    Return(Option<Expr>),
    Exit,
    WhenException {
        body: Block,
        handler: Block,
    },
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: Rc<str>,
    pub ty: Type,
    pub local: bool,
    /// Assigned (or passed on to be modified) in the body: only then is a variable argument
    /// passed by reference, since otherwise nobody could tell.
    pub mutated: bool,
    pub default: Option<Expr>,
}

#[derive(Clone, Debug)]
pub struct Procedure {
    pub name: Rc<str>,
    pub params: Vec<Param>,
    /// How many arguments a call must give (the parameters after have defaults).
    pub required: usize,
    pub returns: Type,
    /// `RESULT (a, b)` or `: (int, int)`: how many results the procedure returns, when it
    /// returns several (they travel as an array, which `(x, y) = f()` takes apart).
    pub several: Option<usize>,
    /// `PROCEDURE Sum(*)`: more arguments than parameters, read through `MyParameters`.
    pub variadic: bool,
    /// The local slot of `MyParameters` when the body uses it: the arguments as an array;
    /// the next slot holds how many were received.
    pub parameters_slot: Option<u32>,
    /// An INTERNAL PROCEDURE runs in its container's frame (it sees the container's locals):
    /// these are the slots of its parameters there. Its locals are slots of the container.
    pub shared_slots: Option<Vec<u32>>,
    pub frame_size: usize,
    pub body: Block,
    pub on_error: Option<Block>,
    pub on_exception: Option<Block>,
    pub loc: Loc,
}
