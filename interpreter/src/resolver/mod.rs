//! Name resolution: turns the syntax tree into the resolved program (`hir`) before anything
//! runs. Undeclared names, unknown procedures and functions, wrong argument counts,
//! duplicate declarations and unknown members are all reported here, so a mailing script
//! with a typo is rejected before it sends anything.
//!
//! One file per construct: `declarations` (structures, procedures, top-level variables),
//! `constants`, `scopes` (binding and looking up names), `typing` (type names and static
//! types), `statements`, `expressions`, `places` (assignment targets), `members` (fields
//! and properties), `calls` (procedures and functions) and `methods` (`value.Method()`).

use crate::ast;
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::program::{Chunk, Mode, Program};
use crate::source::{Loc, SourceId};
use crate::types::Type;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

mod abstracts;
mod bare_methods;
mod calls;
mod cells;
mod class_scope;
mod classes;
mod constants;
mod declarations;
mod execute;
mod expressions;
mod indirection;
mod interfaces;
mod internal;
mod members;
mod methods;
mod objects;
mod places;
mod properties;
mod results;
mod scopes;
mod statements;
mod typing;
mod unsupported;
mod variadic;

/// Largest `array of N T`.
pub const MAX_PRESIZED: usize = 10_000_000;

/// Deepest nesting of expressions and blocks accepted.
pub const MAX_NESTING: usize = 1000;

#[derive(Clone)]
struct Binding {
    name: Rc<str>,
    var: VarRef,
    ty: Type,
    loc: Loc,
    /// A `fixed array`: PC SOFT forbids assigning it as a whole.
    fixed: bool,
}

struct ProcContext {
    next_slot: u32,
    param_count: u32,
    mutated: Vec<bool>,
    has_error_handler: bool,
    /// The slot of `MyParameters` (and after it, the number of arguments received), given
    /// when the body first names it.
    parameters_slot: Option<u32>,
    /// The class of a method (`PROCEDURE C::M`, GLOBAL or not): the names of its members
    /// and constants are visible in its body.
    class: Option<Rc<crate::types::StructDef>>,
    /// The lower-case names of the internal procedures declared at the top of its body, to
    /// report a call made before the declaration (it would reach another procedure).
    internal_names: std::collections::HashSet<String>,
}

struct Resolver<'a> {
    program: &'a mut Program,
    source: SourceId,
    mode: Mode,
    errors: Vec<Diagnostic>,
    scopes: Vec<HashMap<String, Binding>>,
    procedure: Option<ProcContext>,
    loops: usize,
    /// Top-level variables of this input whose declaration has not been reached yet.
    pending: HashMap<u32, Loc>,
    /// Top-level variables of this input (for duplicate detection).
    declared_here: HashSet<u32>,
    depth: usize,
    too_deep_reported: bool,
    /// The forms wl parses but does not run that were already reported (each once).
    reported_missing: HashSet<ast::Missing>,
    /// The INTERNAL PROCEDUREs visible here: name (lower case), id, and how many scopes were
    /// open where it was declared (it is visible until that scope closes).
    internal_procs: Vec<(String, ProcId, usize)>,
    /// The internal procedures being resolved, with the slots of their parameters (a call of
    /// one inside its own body, and a change of a parameter, are reported).
    internal_stack: Vec<(ProcId, Vec<u32>, Vec<bool>)>,
    /// The internal procedures of this input, compiled with the others.
    internal_ids: Vec<ProcId>,
    /// How deep the members that are objects being built are nested (a class cannot
    /// contain itself without end).
    member_depth: usize,
    /// Top-level variables declared as `fixed array` (procedures reach them by slot).
    fixed_globals: HashSet<u32>,
}

/// Resolves one parsed input against what `program` already knows. On error the program
/// is left as it was.
pub fn resolve(
    program: &mut Program,
    script: &ast::Script,
    source: SourceId,
    mode: Mode,
) -> Result<Chunk, Vec<Diagnostic>> {
    let mut work = program.clone();
    let mut r = Resolver {
        program: &mut work,
        source,
        mode,
        errors: Vec::new(),
        scopes: Vec::new(),
        procedure: None,
        loops: 0,
        pending: HashMap::new(),
        declared_here: HashSet::new(),
        depth: 0,
        too_deep_reported: false,
        reported_missing: HashSet::new(),
        internal_procs: Vec::new(),
        internal_stack: Vec::new(),
        internal_ids: Vec::new(),
        member_depth: 0,
        fixed_globals: HashSet::new(),
    };
    let chunk = r.script(script);
    if r.errors.is_empty() {
        *program = work;
        Ok(chunk)
    } else {
        let mut errors = r.errors;
        errors.sort_by_key(|d| d.primary.as_ref().map(|l| l.loc.start).unwrap_or(0));
        let mut unique: Vec<Diagnostic> = Vec::with_capacity(errors.len());
        for d in errors {
            if !unique.contains(&d) {
                unique.push(d);
            }
        }
        Err(unique)
    }
}

fn lower(name: &str) -> String {
    name.to_lowercase()
}

impl<'a> Resolver<'a> {
    fn loc(&self, span: &ast::Span) -> Loc {
        Loc::new(self.source, span.clone())
    }

    fn error(&mut self, d: Diagnostic) {
        self.errors.push(d);
    }

    // ----- the whole input -----

    fn script(&mut self, script: &ast::Script) -> Chunk {
        let top: Vec<&ast::Stmt> = script
            .items
            .iter()
            .filter_map(|i| match i {
                ast::Item::Stmt(s) => Some(s),
                _ => None,
            })
            .collect();
        let procs: Vec<&ast::Procedure> = script
            .items
            .iter()
            .filter_map(|i| match i {
                ast::Item::Procedure(p) => Some(p),
                _ => None,
            })
            .collect();

        self.declare_structures(&top);
        self.declare_interfaces(&top);
        self.declare_classes(&top);
        self.declare_constants(&top);
        // Only a method (`C::M`) is rewritten; the other procedures are not copied.
        let procs: Vec<std::borrow::Cow<ast::Procedure>> = procs
            .iter()
            .map(|p| match p.name.name.contains("::") {
                true => std::borrow::Cow::Owned(self.method_as_procedure(p)),
                false => std::borrow::Cow::Borrowed(*p),
            })
            .collect();
        let proc_ids: Vec<ProcId> = procs.iter().map(|p| self.declare_procedure(p)).collect();
        self.declare_top_level_variables(&top);

        let mut body = Vec::new();
        self.scopes.push(HashMap::new());
        self.init_global_members(&top, &mut body);
        for stmt in &top {
            self.stmt(stmt, &mut body);
        }
        self.scopes.pop();

        for (proc, id) in procs.iter().zip(&proc_ids) {
            self.procedure_body(proc, *id);
        }
        let mut proc_ids = proc_ids;
        proc_ids.append(&mut self.internal_ids);
        Chunk { body, procedures: proc_ids }
    }
}
