//! What the resolver produces and keeps: the `Program` (everything declared so far, which
//! persists from one REPL input to the next), the `Chunk` of one input, and the `Mode` an
//! input is resolved in. The engine, the compiler and the REPL read these.

use crate::hir::{Block, ProcId, Procedure};
use crate::natives::Natives;
use crate::source::Loc;
use crate::types::{StructDef, Type};
use crate::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A script file: expressions alone on a line are errors.
    Script,
    /// The REPL: an expression alone shows its value; a name may be declared again.
    Repl,
    /// A script run into a REPL session (`:load`): its statements mean what they mean in a
    /// script, and it may declare again a variable or procedure of an earlier input (so a
    /// file can be loaded again after an edit).
    Load,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GlobalKind {
    Variable,
    /// Registered by a native module (`ErrorOccurred`, `Email`).
    Native,
}

#[derive(Clone, Debug)]
pub struct GlobalInfo {
    pub name: Rc<str>,
    pub ty: Type,
    pub kind: GlobalKind,
    pub loc: Option<Loc>,
}

#[derive(Clone, Debug)]
pub struct ConstantInfo {
    pub name: Rc<str>,
    pub value: Value,
    pub loc: Option<Loc>,
}

/// Everything declared so far; it persists from one REPL input to the next.
#[derive(Clone, Default)]
pub struct Program {
    pub natives: Rc<Natives>,
    pub globals: Vec<GlobalInfo>,
    /// Globals visible by name (lower-case), to procedures and to later inputs.
    pub global_scope: HashMap<String, u32>,
    /// Another name of a native global (lower-case → spelling): `ErreurDétectée`, in
    /// `global_scope` with `ErrorOccurred`'s slot.
    pub global_aliases: HashMap<String, String>,
    pub constants: HashMap<String, ConstantInfo>,
    pub procedures: Vec<Procedure>,
    pub procedure_names: HashMap<String, ProcId>,
    pub structs: HashMap<String, Rc<StructDef>>,
    /// The structures that are classes (lower-case names); their methods are procedures
    /// named `class::method`.
    pub classes: std::collections::HashSet<String>,
    /// The interfaces declared (`I is Interface … END`), lower-case name → the names of the
    /// procedures and properties they list, as written.
    pub interfaces: HashMap<String, Vec<Rc<str>>>,
    /// PRIVATE and PROTECTED members, as `class::member` (lower-case), with their access.
    pub restricted_members: std::collections::HashMap<String, crate::ast::Access>,
    /// `derived>base` (lower-case) for each constructor that calls its base class's one
    /// itself (`Constructor cBase(…)`).
    pub base_constructor_calls: std::collections::HashSet<String>,
    /// ABSTRACT methods, as `class::method` (lower-case): a class that has one, or
    /// inherits one it does not redefine, builds no object.
    pub abstract_methods: std::collections::HashSet<String>,
    /// Members `class::member` (lower-case) declared as a dynamic object of a class not
    /// built yet (`m_pNext is cNode dynamic` inside cNode), with that class: stored as
    /// variants, typed as the class where they are used.
    pub later_members: HashMap<String, String>,
}

impl Program {
    pub fn add_global(&mut self, name: &str, ty: Type, kind: GlobalKind, loc: Option<Loc>) -> u32 {
        self.globals.push(GlobalInfo { name: name.into(), ty, kind, loc });
        let slot = self.globals.len() as u32 - 1;
        self.global_scope.insert(name.to_lowercase(), slot);
        slot
    }
}

/// The resolved top level of one input, ready to compile.
pub struct Chunk {
    pub body: Block,
    /// Procedures declared (or redeclared) by this input.
    pub procedures: Vec<ProcId>,
}
