//! Name resolution: turns the syntax tree into the resolved program (`hir`) before anything
//! runs. Undeclared names, unknown procedures and functions, wrong argument counts,
//! duplicate declarations and unknown members are all reported here, so a mailing script
//! with a typo is rejected before it sends anything.

use crate::ast::{self, AssignOp, BinOp, ExprKind as AK, Ident, StmtKind as SK, UnOp};
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::hir::*;
use crate::natives::Natives;
use crate::ops;
use crate::registry::Receiver;
use crate::source::{Loc, SourceId};
use crate::types::{FieldDef, StructDef, Type};
use crate::value::Value;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// Largest `array of N T`.
pub const MAX_PRESIZED: usize = 10_000_000;

/// Deepest nesting of expressions and blocks accepted.
pub const MAX_NESTING: usize = 1000;

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
    pub constants: HashMap<String, ConstantInfo>,
    pub procedures: Vec<Procedure>,
    pub procedure_names: HashMap<String, ProcId>,
    pub structs: HashMap<String, Rc<StructDef>>,
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

#[derive(Clone)]
struct Binding {
    name: Rc<str>,
    var: VarRef,
    ty: Type,
    loc: Loc,
}

struct ProcContext {
    next_slot: u32,
    param_count: u32,
    mutated: Vec<bool>,
    has_error_handler: bool,
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
        self.declare_constants(&top);
        let proc_ids: Vec<ProcId> = procs.iter().map(|p| self.declare_procedure(p)).collect();
        self.declare_top_level_variables(&top);

        let mut body = Vec::new();
        self.scopes.push(HashMap::new());
        for stmt in &top {
            self.stmt(stmt, &mut body);
        }
        self.scopes.pop();

        for (proc, id) in procs.iter().zip(&proc_ids) {
            self.procedure_body(proc, *id);
        }
        Chunk { body, procedures: proc_ids }
    }

    fn declare_structures(&mut self, top: &[&ast::Stmt]) {
        let mut todo: Vec<(&Ident, &Vec<ast::FieldDecl>)> = top
            .iter()
            .filter_map(|s| match &s.kind {
                SK::Structure { name, fields } => Some((name, fields)),
                _ => None,
            })
            .collect();
        let mut seen = HashMap::new();
        for (name, _) in &todo {
            if let Some(first) = seen.insert(lower(&name.name), name.span.clone()) {
                let d = Diagnostic::at(
                    format!("the structure `{}` is declared twice", name.name),
                    self.loc(&name.span),
                    "declared again here",
                )
                .with_secondary(self.loc(&first), "first declared here");
                self.error(d);
            }
        }
        // A structure may use another as a field type: resolve those whose field types are
        // known, until none is left (or the rest refer to unknown types).
        while !todo.is_empty() {
            let before = todo.len();
            todo.retain(|(name, fields)| {
                let ready = fields.iter().all(|f| self.type_is_known(&f.ty, &name.name));
                if ready {
                    let def = self.structure(name, fields);
                    self.program.structs.insert(lower(&name.name), Rc::new(def));
                }
                !ready
            });
            if todo.len() == before {
                for (name, fields) in std::mem::take(&mut todo) {
                    let def = self.structure(name, fields);
                    self.program.structs.insert(lower(&name.name), Rc::new(def));
                }
            }
        }
    }

    fn type_is_known(&self, ty: &ast::TypeExpr, own_name: &str) -> bool {
        match ty {
            ast::TypeExpr::Named(id) => {
                Type::builtin(&id.name).is_some()
                    || self.program.structs.contains_key(&lower(&id.name))
                    || self.program.natives.types.contains_key(&lower(&id.name))
                    || lower(&id.name) == lower(own_name)
            }
            ast::TypeExpr::Array { elem, .. } | ast::TypeExpr::Assoc { elem, .. } => self.type_is_known(elem, own_name),
        }
    }

    fn structure(&mut self, name: &Ident, fields: &[ast::FieldDecl]) -> StructDef {
        let mut def = StructDef::new(name.name.to_string());
        let mut seen: HashMap<String, ast::Span> = HashMap::new();
        for field in fields {
            let ty = self.resolve_type(&field.ty);
            let default = field.default.as_ref().and_then(|e| {
                let v = self.constant_value(e)?;
                match v.convert_to(&ty) {
                    Ok(v) => Some(v),
                    Err(msg) => {
                        self.error(Diagnostic::at(msg, self.loc(&e.span), "wrong type for this field"));
                        None
                    }
                }
            });
            for n in &field.names {
                if let Some(first) = seen.insert(lower(&n.name), n.span.clone()) {
                    let d = Diagnostic::at(
                        format!("the field `{}` is declared twice", n.name),
                        self.loc(&n.span),
                        "declared again here",
                    )
                    .with_secondary(self.loc(&first), "first declared here");
                    self.error(d);
                }
                def.fields.push(FieldDef {
                    name: n.name.to_string(),
                    ty: ty.clone(),
                    default: default.clone(),
                    secret: false,
                    grows: false,
                });
            }
        }
        def
    }

    fn declare_constants(&mut self, top: &[&ast::Stmt]) {
        for stmt in top {
            if let SK::Constants(list) = &stmt.kind {
                for (name, expr) in list {
                    self.declare_constant(name, expr);
                }
            }
        }
    }

    fn declare_constant(&mut self, name: &Ident, expr: &ast::Expr) {
        let Some(value) = self.constant_value(expr) else { return };
        let key = lower(&name.name);
        if let Some(first) = self.program.constants.get(&key) {
            if let Some(first_loc) = first.loc.filter(|l| l.source == self.source) {
                let d = Diagnostic::at(
                    format!("the constant `{}` is declared twice", name.name),
                    self.loc(&name.span),
                    "declared again here",
                )
                .with_secondary(first_loc, "first declared here");
                self.error(d);
                return;
            }
        }
        let loc = self.loc(&name.span);
        self.program.constants.insert(key, ConstantInfo { name: name.name.clone(), value, loc: Some(loc) });
    }

    /// The value of a constant expression: literals, constants, and operators on them.
    fn constant_value(&mut self, e: &ast::Expr) -> Option<Value> {
        let result = self.fold(e);
        if result.is_none() {
            self.error(
                Diagnostic::at("this value must be known before the script runs", self.loc(&e.span), "not a constant")
                    .with_help("use a literal (number, string, True/False) or another constant"),
            );
        }
        result
    }

    fn fold(&self, e: &ast::Expr) -> Option<Value> {
        Some(match &e.kind {
            AK::Int(n) => Value::Int(*n),
            AK::Real(r) => Value::Real(*r),
            AK::Duration(ms) => Value::Duration(crate::calendar::Duration::from_ms(*ms)),
            AK::Str(s) => Value::str(&**s),
            AK::Bool(b) => Value::Bool(*b),
            AK::Null => Value::Null,
            AK::Paren(inner) => self.fold(inner)?,
            AK::Name(id) => {
                let key = lower(&id.name);
                match self.program.constants.get(&key) {
                    Some(c) => c.value.clone(),
                    None => self.program.natives.constants.get(&key)?.1.clone(),
                }
            }
            AK::Unary { op: UnOp::Neg, operand } => ops::negate(self.fold(operand)?).ok()?,
            AK::Unary { op: UnOp::Not, operand } => Value::Bool(!ops::truthy(&self.fold(operand)?).ok()?),
            AK::Binary { op, lhs, rhs } => {
                let (a, b) = (self.fold(lhs)?, self.fold(rhs)?);
                match op {
                    BinOp::Add => ops::add(a, b).ok()?,
                    BinOp::Sub => ops::sub(a, b).ok()?,
                    BinOp::Mul => ops::mul(a, b).ok()?,
                    BinOp::Div => ops::div(a, b).ok()?,
                    BinOp::Mod => ops::modulo(a, b).ok()?,
                    BinOp::Pow => ops::power(a, b).ok()?,
                    _ => return None,
                }
            }
            _ => return None,
        })
    }

    fn declare_procedure(&mut self, p: &ast::Procedure) -> ProcId {
        let key = lower(&p.name.name);
        let loc = self.loc(&p.name.span);
        let params: Vec<Param> = p
            .params
            .iter()
            .map(|param| Param {
                name: param.name.name.clone(),
                ty: param.ty.as_ref().map(|t| self.resolve_type(t)).unwrap_or(Type::Variant),
                local: param.local,
                mutated: false,
                default: None,
            })
            .collect();
        let required = p.params.iter().rposition(|q| q.default.is_none()).map(|i| i + 1).unwrap_or(0);
        let returns = p.returns.as_ref().map(|t| self.resolve_type(t)).unwrap_or(Type::Variant);
        let hir = Procedure {
            name: p.name.name.clone(),
            params,
            required,
            returns,
            frame_size: 0,
            body: Vec::new(),
            on_error: None,
            on_exception: None,
            loc,
        };
        if let Some(&existing) = self.program.procedure_names.get(&key) {
            let first = self.program.procedures[existing].loc;
            if first.source == self.source || self.mode == Mode::Script {
                let d = Diagnostic::at(
                    format!("the procedure `{}` is declared twice", p.name.name),
                    loc,
                    "declared again here",
                )
                .with_secondary(first, "first declared here");
                self.error(d);
                // Resolve the duplicate on its own, to report the problems in its body too.
                self.program.procedures.push(hir);
                return self.program.procedures.len() - 1;
            }
            // In the REPL a procedure typed again replaces the old one, under the same id so
            // that earlier callers see the new body.
            self.program.procedures[existing] = hir;
            return existing;
        }
        self.program.procedures.push(hir);
        let id = self.program.procedures.len() - 1;
        self.program.procedure_names.insert(key, id);
        id
    }

    fn declare_top_level_variables(&mut self, top: &[&ast::Stmt]) {
        for stmt in top {
            let names: Vec<(&Ident, Option<&ast::TypeExpr>)> = match &stmt.kind {
                SK::Declare { names, ty, .. } => names.iter().map(|n| (n, Some(ty))).collect(),
                SK::Let { name, .. } => vec![(name, None)],
                _ => continue,
            };
            for (name, _) in names {
                let key = lower(&name.name);
                let loc = self.loc(&name.span);
                if let Some(&slot) = self.program.global_scope.get(&key) {
                    if self.declared_here.contains(&slot) {
                        let first = self.program.globals[slot as usize].loc;
                        let mut d =
                            Diagnostic::at(format!("`{}` is already declared", name.name), loc, "declared again here")
                                .with_help("use another name, or assign the existing variable");
                        if let Some(first) = first {
                            d = d.with_secondary(first, "first declared here");
                        }
                        self.error(d);
                        continue;
                    }
                    if self.program.globals[slot as usize].kind == GlobalKind::Native {
                        self.error(Diagnostic::at(
                            format!("`{}` is a name of the standard library", name.name),
                            loc,
                            "cannot be declared again",
                        ));
                        continue;
                    }
                }
                // The type is filled in when the declaration is reached.
                let slot = self.program.add_global(&name.name, Type::Variant, GlobalKind::Variable, Some(loc));
                self.declared_here.insert(slot);
                self.pending.insert(slot, loc);
            }
        }
    }

    fn procedure_body(&mut self, p: &ast::Procedure, id: ProcId) {
        let param_count = p.params.len() as u32;
        self.procedure = Some(ProcContext {
            next_slot: param_count,
            param_count,
            mutated: vec![false; p.params.len()],
            has_error_handler: p.on_error.is_some(),
        });
        self.scopes.push(HashMap::new());
        let mut seen: HashMap<String, ast::Span> = HashMap::new();
        for (i, param) in p.params.iter().enumerate() {
            if let Some(first) = seen.insert(lower(&param.name.name), param.name.span.clone()) {
                let d = Diagnostic::at(
                    format!("the parameter `{}` is declared twice", param.name.name),
                    self.loc(&param.name.span),
                    "declared again here",
                )
                .with_secondary(self.loc(&first), "first declared here");
                self.error(d);
            }
            let ty = self.program.procedures[id].params[i].ty.clone();
            self.bind(&param.name, VarRef::Local(i as u32), ty);
        }
        let defaults: Vec<Option<Expr>> =
            p.params.iter().map(|param| param.default.as_ref().map(|d| self.expr(d))).collect();
        let body = self.block(&p.body);
        let on_error = p.on_error.as_ref().map(|b| self.block(b));
        let on_exception = p.on_exception.as_ref().map(|b| self.block(b));
        self.scopes.pop();
        let ctx = self.procedure.take().expect("inside a procedure");
        let hir = &mut self.program.procedures[id];
        for (i, (param, default)) in hir.params.iter_mut().zip(defaults).enumerate() {
            param.default = default;
            param.mutated = ctx.mutated[i];
        }
        hir.frame_size = ctx.next_slot as usize;
        hir.body = body;
        hir.on_error = on_error;
        hir.on_exception = on_exception;
    }

    // ----- names -----

    fn bind(&mut self, name: &Ident, var: VarRef, ty: Type) {
        let loc = self.loc(&name.span);
        let scope = self.scopes.last_mut().expect("a scope is open");
        scope.insert(lower(&name.name), Binding { name: name.name.clone(), var, ty, loc });
    }

    /// Declares a variable in the innermost scope and returns its slot.
    fn declare(&mut self, name: &Ident, ty: Type) -> VarRef {
        let key = lower(&name.name);
        let loc = self.loc(&name.span);
        if let Some(existing) = self.scopes.last().and_then(|s| s.get(&key)).cloned() {
            if self.mode != Mode::Repl || self.scopes.len() > 1 || self.procedure.is_some() {
                let d = Diagnostic::at(format!("`{}` is already declared", name.name), loc, "declared again here")
                    .with_secondary(existing.loc, "first declared here")
                    .with_help("use another name, or assign the existing variable");
                self.error(d);
                return existing.var;
            }
        }
        // A direct top-level declaration uses the global slot reserved for it.
        if self.procedure.is_none() && self.scopes.len() == 1 {
            if let Some(&slot) = self.program.global_scope.get(&key) {
                if self.pending.remove(&slot).is_some() {
                    self.program.globals[slot as usize].ty = ty.clone();
                    self.bind(name, VarRef::Global(slot), ty);
                    return VarRef::Global(slot);
                }
            }
        }
        let var = match &mut self.procedure {
            Some(ctx) => {
                ctx.next_slot += 1;
                VarRef::Local(ctx.next_slot - 1)
            }
            None => {
                self.program.globals.push(GlobalInfo {
                    name: name.name.clone(),
                    ty: ty.clone(),
                    kind: GlobalKind::Variable,
                    loc: Some(loc),
                });
                VarRef::Global(self.program.globals.len() as u32 - 1)
            }
        };
        self.bind(name, var, ty);
        var
    }

    fn lookup_variable(&self, key: &str) -> Option<(VarRef, Type)> {
        for scope in self.scopes.iter().rev() {
            if let Some(b) = scope.get(key) {
                return Some((b.var, b.ty.clone()));
            }
        }
        let &slot = self.program.global_scope.get(key)?;
        if self.procedure.is_none() && self.pending.contains_key(&slot) {
            return None;
        }
        Some((VarRef::Global(slot), self.program.globals[slot as usize].ty.clone()))
    }

    fn variable_names(&self) -> Vec<String> {
        let mut names: Vec<String> = Vec::new();
        for scope in &self.scopes {
            names.extend(scope.values().map(|b| b.name.to_string()));
        }
        for &slot in self.program.global_scope.values() {
            if self.procedure.is_some() || !self.pending.contains_key(&slot) {
                names.push(self.program.globals[slot as usize].name.to_string());
            }
        }
        names.extend(self.program.constants.values().map(|c| c.name.to_string()));
        names.extend(self.program.natives.constants.values().map(|(n, _)| n.clone()));
        names
    }

    fn undeclared(&mut self, id: &Ident) {
        let loc = self.loc(&id.span);
        let key = lower(&id.name);
        let mut d = Diagnostic::at(format!("`{}` is not declared", id.name), loc, "not declared");
        if let Some(&slot) = self.program.global_scope.get(&key) {
            if let Some(&later) = self.pending.get(&slot) {
                d = d
                    .with_secondary(later, "it is declared later, here")
                    .with_help("move the declaration before its first use");
                self.error(d);
                return;
            }
        }
        let names = self.variable_names();
        if let Some(best) = did_you_mean(&id.name, names.iter().map(|s| s.as_str())) {
            d = d.with_help(format!("did you mean `{best}`?"));
        } else if self.program.procedure_names.contains_key(&key) || self.program.natives.function(&key).is_some() {
            d = d.with_help(format!("`{}` is a procedure: call it with `{}()`", id.name, id.name));
        } else {
            d = d.with_help(format!("declare it first, e.g. `{} is string`", id.name));
        }
        self.error(d);
    }

    fn mark_mutated(&mut self, var: VarRef) {
        if let (VarRef::Local(i), Some(ctx)) = (var, &mut self.procedure) {
            if i < ctx.param_count {
                ctx.mutated[i as usize] = true;
            }
        }
    }

    // ----- types -----

    fn resolve_type(&mut self, t: &ast::TypeExpr) -> Type {
        match t {
            ast::TypeExpr::Named(id) => {
                if let Some(ty) = Type::builtin(&id.name) {
                    return ty;
                }
                let key = lower(&id.name);
                if let Some(def) = self.program.structs.get(&key).or_else(|| self.program.natives.types.get(&key)) {
                    return Type::Struct(def.clone());
                }
                let mut candidates: Vec<String> = Type::BUILTIN_NAMES.iter().map(|s| s.to_string()).collect();
                candidates.extend(self.program.structs.values().map(|d| d.name.clone()));
                candidates.extend(self.program.natives.types.values().map(|d| d.name.clone()));
                let mut d = Diagnostic::at(format!("unknown type `{}`", id.name), self.loc(&id.span), "not a type");
                d = match did_you_mean(&id.name, candidates.iter().map(|s| s.as_str())) {
                    Some(best) => d.with_help(format!("did you mean `{best}`?")),
                    None => d.with_help("the types are int, real, currency, string, boolean, variant, date, time, array of T, associative array of T, and the STRUCTUREs you declare"),
                };
                self.error(d);
                Type::Variant
            }
            ast::TypeExpr::Array { dims, elem, span } => {
                if dims.len() > 1 {
                    self.error(Diagnostic::at(
                        "arrays with more than one dimension are not supported",
                        self.loc(span),
                        "several dimensions",
                    ));
                }
                Type::Array(Rc::new(self.resolve_type(elem)))
            }
            ast::TypeExpr::Assoc { elem, .. } => Type::Assoc(Rc::new(self.resolve_type(elem))),
        }
    }

    // ----- statements -----

    fn block(&mut self, stmts: &[ast::Stmt]) -> Block {
        self.scopes.push(HashMap::new());
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        self.scopes.pop();
        out
    }

    fn loop_body(&mut self, stmts: &[ast::Stmt]) -> Block {
        self.loops += 1;
        let b = self.block(stmts);
        self.loops -= 1;
        b
    }

    fn stmt(&mut self, s: &ast::Stmt, out: &mut Block) {
        if !self.enter(&s.span) {
            return;
        }
        self.stmt_inner(s, out);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &ast::Stmt, out: &mut Block) {
        let loc = self.loc(&s.span);
        let kind = match &s.kind {
            SK::Declare { names, ty, init } => {
                let ty_resolved = self.resolve_type(ty);
                let presize = match ty {
                    ast::TypeExpr::Array { dims, .. } if dims.len() == 1 => Some(dims[0].max(0) as usize),
                    _ => None,
                };
                let value = init.as_ref().map(|e| self.expr(e));
                for name in names {
                    let var = self.declare(name, ty_resolved.clone());
                    let value = match (&value, presize) {
                        (Some(v), _) => Some(v.clone()),
                        (None, Some(n)) => Some(self.presized_array(&ty_resolved, n, loc)),
                        (None, None) => None,
                    };
                    out.push(Stmt { kind: StmtKind::Init { var, ty: ty_resolved.clone(), value }, loc });
                }
                return;
            }
            SK::Let { name, init } => {
                let value = self.expr(init);
                let ty = value.ty.clone();
                let var = self.declare(name, ty.clone());
                StmtKind::Init { var, ty, value: Some(value) }
            }
            SK::Assign { target, op, value } => {
                let value = self.expr(value);
                let Some(place) = self.place(target, true) else { return };
                StmtKind::Assign { place, op: *op, value }
            }
            SK::MultiAssign { targets, values } => {
                let values: Vec<Expr> = values.iter().map(|v| self.expr(v)).collect();
                let targets: Vec<Place> = targets.iter().filter_map(|t| self.place(t, true)).collect();
                if targets.len() != values.len() {
                    self.error(Diagnostic::at(
                        format!("{} variables but {} values", targets.len(), values.len()),
                        loc,
                        "each variable needs one value",
                    ));
                    return;
                }
                StmtKind::MultiAssign { targets, values }
            }
            SK::Increment { target, delta } => {
                let Some(place) = self.place(target, true) else { return };
                StmtKind::Increment { place, delta: *delta }
            }
            SK::Expr(e) => {
                let errors_before = self.errors.len();
                let value = self.expr(e);
                if self.errors.len() > errors_before {
                    return;
                }
                let is_call = matches!(value.kind, ExprKind::CallProc { .. } | ExprKind::CallNative { .. });
                match self.mode {
                    Mode::Repl if self.procedure.is_none() && self.scopes.len() == 1 => StmtKind::Show(value),
                    _ if is_call => StmtKind::Eval(value),
                    _ => {
                        if !matches!(e.unparen().kind, AK::Error) {
                            let mut d = Diagnostic::at("this expression does nothing", loc, "its value is not used");
                            d = match &e.unparen().kind {
                                AK::Binary { op: BinOp::Eq, .. } => {
                                    d.with_help("to assign, the target must be a variable, an element or a member")
                                }
                                AK::Name(id) => d.with_help(format!("to call a procedure, write `{}()`", id.name)),
                                _ => d.with_help("assign it to a variable, or pass it to a procedure"),
                            };
                            self.error(d);
                        }
                        return;
                    }
                }
            }
            SK::If { branches, otherwise } => {
                let branches = branches.iter().map(|(c, b)| (self.expr(c), self.block(b))).collect();
                let otherwise = otherwise.as_ref().map(|b| self.block(b));
                StmtKind::If { branches, otherwise }
            }
            SK::Switch { subject, cases, otherwise } => {
                let subject = self.expr(subject);
                let cases = cases
                    .iter()
                    .map(|c| {
                        let patterns = c
                            .patterns
                            .iter()
                            .map(|p| match p {
                                ast::CasePattern::Value(e) => Pattern::Value(self.expr(e)),
                                ast::CasePattern::Range(a, b) => Pattern::Range(self.expr(a), self.expr(b)),
                                ast::CasePattern::Compare(op, e) => Pattern::Compare(*op, self.expr(e)),
                            })
                            .collect();
                        (patterns, self.block(&c.body))
                    })
                    .collect();
                let otherwise = otherwise.as_ref().map(|b| self.block(b));
                StmtKind::Switch { subject, cases, otherwise }
            }
            SK::For { var, start, end, step, end_once, body } => {
                let start = self.expr(start);
                let end = self.expr(end);
                let step = step.as_ref().map(|e| self.expr(e));
                self.scopes.push(HashMap::new());
                let place = self.loop_variable(var, Type::Int);
                let body = self.loop_body(body);
                self.scopes.pop();
                StmtKind::For { var: place, start, end, step, end_once: *end_once, body }
            }
            SK::ForEach { var, second, iterable, split: Some(split), body } => {
                // The pieces of a text: any iterable is taken as its text.
                let iterable = self.expr(iterable);
                let separator = match &split.separator {
                    Some(sep) => self.expr(sep),
                    None => {
                        crate::hir::Expr { kind: ExprKind::Const(Value::str("\t")), ty: Type::Str, loc: iterable.loc }
                    }
                };
                self.scopes.push(HashMap::new());
                let place = self.loop_variable(var, Type::Str);
                let second = second.as_ref().map(|s| self.loop_variable(s, Type::Int));
                let body = self.loop_body(body);
                self.scopes.pop();
                StmtKind::ForEach { var: place, second, iterable, separator: Some(separator), body }
            }
            SK::ForEach { var, second, iterable, split: None, body } => {
                let iterable = self.expr(iterable);
                let (elem, second_ty) = match &iterable.ty {
                    Type::Array(e) => ((**e).clone(), Type::Int),
                    Type::Assoc(e) => ((**e).clone(), Type::Str),
                    Type::Str => (Type::Str, Type::Int),
                    Type::Variant => (Type::Variant, Type::Variant),
                    other => {
                        self.error(Diagnostic::at(
                            format!("cannot go through a {other} with FOR EACH"),
                            iterable.loc,
                            "not an array",
                        ));
                        (Type::Variant, Type::Variant)
                    }
                };
                self.scopes.push(HashMap::new());
                let place = self.loop_variable(var, elem);
                let second = second.as_ref().map(|s| self.loop_variable(s, second_ty));
                let body = self.loop_body(body);
                self.scopes.pop();
                StmtKind::ForEach { var: place, second, iterable, separator: None, body }
            }
            SK::While { cond, body } => {
                let cond = self.expr(cond);
                StmtKind::While { cond, body: self.loop_body(body) }
            }
            SK::Loop { count, body } => {
                let count = count.as_ref().map(|c| self.expr(c));
                StmtKind::Loop { count, body: self.loop_body(body) }
            }
            SK::Break | SK::Continue => {
                if self.loops == 0 {
                    self.error(Diagnostic::at(
                        "BREAK and CONTINUE can only be used inside a loop",
                        loc,
                        "not in a loop",
                    ));
                    return;
                }
                if matches!(s.kind, SK::Break) {
                    StmtKind::Break
                } else {
                    StmtKind::Continue
                }
            }
            SK::Return(value) => {
                let value = value.as_ref().map(|v| self.expr(v));
                if self.procedure.is_some() {
                    StmtKind::Return(value)
                } else {
                    StmtKind::Exit
                }
            }
            SK::Result(value) => {
                let value = self.expr(value);
                if self.procedure.is_some() {
                    StmtKind::Return(Some(value))
                } else {
                    StmtKind::Exit
                }
            }
            SK::WhenException { body, handler } => {
                let body = self.block(body);
                let handler = self.block(handler);
                StmtKind::WhenException { body, handler }
            }
            SK::Constants(list) => {
                if self.procedure.is_some() || self.scopes.len() > 1 {
                    for (name, expr) in list {
                        if let Some(value) = self.constant_value(expr) {
                            let ty = Type::Variant;
                            let var = self.declare(name, ty.clone());
                            let value = Expr { kind: ExprKind::Const(value.clone()), ty: ty.clone(), loc };
                            out.push(Stmt { kind: StmtKind::Init { var, ty, value: Some(value) }, loc });
                        }
                    }
                }
                return;
            }
            SK::Structure { name, .. } => {
                if self.procedure.is_some() || self.scopes.len() > 1 {
                    self.error(Diagnostic::at(
                        format!("the structure `{}` must be declared at the top level of the script", name.name),
                        self.loc(&name.span),
                        "declared inside a block",
                    ));
                }
                return;
            }
            SK::Error => return,
        };
        out.push(Stmt { kind, loc });
    }

    fn presized_array(&mut self, ty: &Type, n: usize, loc: Loc) -> Expr {
        let elem = match ty {
            Type::Array(e) => (**e).clone(),
            _ => Type::Variant,
        };
        if n > MAX_PRESIZED {
            self.error(
                Diagnostic::at(format!("an array of {n} elements is too large"), loc, "too many elements").with_help(
                    format!("a pre-sized array holds at most {MAX_PRESIZED} elements; add elements as you go instead"),
                ),
            );
            return self.error_expr(loc);
        }
        let items = vec![elem.default_value(); n];
        Expr { kind: ExprKind::Const(Value::new_array(elem, items)), ty: ty.clone(), loc }
    }

    /// The variable of a FOR: an existing variable, or one the loop declares.
    fn loop_variable(&mut self, name: &Ident, ty: Type) -> Place {
        let loc = self.loc(&name.span);
        let (var, ty) = match self.lookup_variable(&lower(&name.name)) {
            Some((var, existing)) => (var, existing),
            None => (self.declare(name, ty.clone()), ty),
        };
        self.mark_mutated(var);
        Place { root: var, root_ty: ty.clone(), steps: Vec::new(), ty, loc }
    }

    // ----- places -----

    /// The assignable place an expression names, or `None` (with an error when `report`).
    fn place(&mut self, e: &ast::Expr, report: bool) -> Option<Place> {
        let loc = self.loc(&e.span);
        match &e.kind {
            AK::Name(id) => {
                let key = lower(&id.name);
                match self.lookup_variable(&key) {
                    Some((var, ty)) => {
                        if report {
                            self.mark_mutated(var);
                        }
                        Some(Place { root: var, root_ty: ty.clone(), steps: Vec::new(), ty, loc })
                    }
                    None => {
                        if report {
                            if self.program.constants.contains_key(&key)
                                || self.program.natives.constants.contains_key(&key)
                            {
                                self.error(Diagnostic::at(
                                    format!("`{}` is a constant", id.name),
                                    loc,
                                    "cannot be assigned",
                                ));
                            } else {
                                self.undeclared(id);
                            }
                        }
                        None
                    }
                }
            }
            AK::Paren(inner) => self.place(inner, report),
            AK::Index { object, indices } => {
                let mut place = self.place(object, report)?;
                let index = self.index_expr(indices, loc);
                place.ty = self.element_type(&place.ty, loc);
                place.steps.push(Step::Index(index));
                place.loc = loc;
                Some(place)
            }
            AK::Member { object, name, .. } => {
                let mut place = self.place(object, report)?;
                let (member, ty) = self.member(&place.ty.clone(), name, report)?;
                if let Member::Property(def, i) = &member {
                    if def.properties[*i].set.is_none() {
                        if report {
                            self.error(Diagnostic::at(
                                format!("`{}` cannot be assigned", name.name),
                                loc,
                                "read-only property",
                            ));
                        }
                        return None;
                    }
                }
                place.ty = ty;
                place.steps.push(Step::Member(member));
                place.loc = loc;
                Some(place)
            }
            _ => {
                if report && !matches!(e.kind, AK::Error) {
                    self.error(
                        Diagnostic::at("this cannot be assigned", loc, "not a variable, element or member")
                            .with_help("the left side of `=` must be a variable, `array[i]` or `variable.member`"),
                    );
                }
                None
            }
        }
    }

    fn index_expr(&mut self, indices: &[ast::Expr], loc: Loc) -> Expr {
        if indices.len() > 1 {
            self.error(Diagnostic::at("arrays with more than one dimension are not supported", loc, "several indexes"));
        }
        self.expr(&indices[0])
    }

    fn element_type(&mut self, ty: &Type, loc: Loc) -> Type {
        match ty {
            Type::Array(e) | Type::Assoc(e) => (**e).clone(),
            Type::Variant => Type::Variant,
            Type::Str => Type::Str,
            other => {
                self.error(Diagnostic::at(format!("a {other} cannot be indexed"), loc, "not an array"));
                Type::Variant
            }
        }
    }

    /// The member `name` of a value of static type `ty`.
    fn member(&mut self, ty: &Type, name: &Ident, report: bool) -> Option<(Member, Type)> {
        let loc = self.loc(&name.span);
        match ty {
            Type::Struct(def) => {
                if let Some(i) = def.field_index(&name.name) {
                    return Some((Member::Field(i), def.fields[i].ty.clone()));
                }
                if let Some(i) = def.property_index(&name.name) {
                    return Some((Member::Property(def.clone(), i), def.properties[i].ty.clone()));
                }
                if report {
                    let mut d =
                        Diagnostic::at(format!("`{}` has no member `{}`", def.name, name.name), loc, "unknown member");
                    if let Some(best) = did_you_mean(&name.name, def.member_names()) {
                        d = d.with_help(format!("did you mean `{best}`?"));
                    } else {
                        let members: Vec<&str> = def.member_names().collect();
                        d = d.with_help(format!("its members are: {}", members.join(", ")));
                    }
                    self.error(d);
                }
                None
            }
            Type::Variant => Some((Member::Dynamic(lower(&name.name).into()), Type::Variant)),
            Type::Date | Type::Time | Type::DateTime | Type::Duration => {
                if let Some(member_ty) = crate::calendar::member_type(ty, &name.name) {
                    return Some((Member::Dynamic(lower(&name.name).into()), member_ty));
                }
                if report {
                    let names = crate::calendar::member_names(ty);
                    let mut d = Diagnostic::at(format!("a {ty} has no member `{}`", name.name), loc, "unknown member");
                    d = match did_you_mean(&name.name, names.iter().copied()) {
                        Some(best) => d.with_help(format!("did you mean `{best}`?")),
                        None => d.with_help(format!("its members are: {}", names.join(", "))),
                    };
                    self.error(d);
                }
                None
            }
            other => {
                if report {
                    self.error(Diagnostic::at(
                        format!("a {other} has no member `{}`", name.name),
                        loc,
                        "unknown member",
                    ));
                }
                None
            }
        }
    }

    // ----- expressions -----

    fn error_expr(&self, loc: Loc) -> Expr {
        Expr { kind: ExprKind::Const(Value::Null), ty: Type::Variant, loc }
    }

    fn expr(&mut self, e: &ast::Expr) -> Expr {
        if !self.enter(&e.span) {
            return self.error_expr(self.loc(&e.span));
        }
        let result = self.expr_inner(e);
        self.depth -= 1;
        result
    }

    /// Counts nesting; past `MAX_NESTING` reports one error and stops going deeper, so no
    /// input can exhaust the stack of the stages that recurse over the tree.
    fn enter(&mut self, span: &ast::Span) -> bool {
        self.depth += 1;
        if self.depth <= MAX_NESTING {
            return true;
        }
        self.depth -= 1;
        if !self.too_deep_reported {
            self.too_deep_reported = true;
            self.error(
                Diagnostic::at(
                    format!("nested more than {MAX_NESTING} levels deep"),
                    self.loc(span),
                    "too deeply nested",
                )
                .with_help("split the expression or the blocks into procedures"),
            );
        }
        false
    }

    fn expr_inner(&mut self, e: &ast::Expr) -> Expr {
        let loc = self.loc(&e.span);
        let (kind, ty) = match &e.kind {
            AK::Int(n) => (ExprKind::Const(Value::Int(*n)), Type::Int),
            AK::Real(r) => (ExprKind::Const(Value::Real(*r)), Type::Real),
            AK::Duration(ms) => {
                (ExprKind::Const(Value::Duration(crate::calendar::Duration::from_ms(*ms))), Type::Duration)
            }
            AK::Str(s) => (ExprKind::Const(Value::str(&**s)), Type::Str),
            AK::Bool(b) => (ExprKind::Const(Value::Bool(*b)), Type::Bool),
            AK::Null => (ExprKind::Const(Value::Null), Type::Variant),
            AK::Error => return self.error_expr(loc),
            AK::Paren(inner) => return self.expr(inner),
            AK::Name(id) => {
                let key = lower(&id.name);
                if let Some((var, ty)) = self.lookup_variable(&key) {
                    (ExprKind::Var(var), ty)
                } else if let Some(c) = self.program.constants.get(&key) {
                    let v = c.value.clone();
                    let ty = static_type_of(&v);
                    (ExprKind::Const(v), ty)
                } else if let Some((_, v)) = self.program.natives.constants.get(&key) {
                    let v = v.clone();
                    let ty = static_type_of(&v);
                    (ExprKind::Const(v), ty)
                } else if self.program.natives.function(&key).is_some_and(|f| f.sig.min_args == 0) {
                    // A function without arguments may be called without parentheses (`Today`).
                    return self.call_native(&key, &[], loc, &id.name);
                } else {
                    self.undeclared(id);
                    return self.error_expr(loc);
                }
            }
            AK::Call { callee, args } => return self.call(callee, args, loc),
            AK::Member { object, name, .. } => {
                let object_hir = self.expr(object);
                // Properties of arrays and strings (`arr.Count`) are functions of the value.
                if let Some(receiver) = receiver_of(&object_hir.ty) {
                    return self.method_call(receiver, object, object_hir, name, &[], loc, true);
                }
                if matches!(object_hir.ty, Type::Variant) {
                    let (member, ty) = self.member(&Type::Variant, name, true).expect("variants accept any member");
                    return Expr { kind: ExprKind::Member { object: Box::new(object_hir), member }, ty, loc };
                }
                match self.member(&object_hir.ty.clone(), name, true) {
                    Some((member, ty)) => (ExprKind::Member { object: Box::new(object_hir), member }, ty),
                    None => return self.error_expr(loc),
                }
            }
            AK::Index { object, indices } => {
                let object = self.expr(object);
                let index = self.index_expr(indices, loc);
                let ty = self.element_type(&object.ty, loc);
                (ExprKind::Index { object: Box::new(object), index: Box::new(index) }, ty)
            }
            AK::Substring { object, start, end } => {
                let object = self.expr(object);
                let start = self.expr(start);
                let end = match end {
                    ast::SubstringEnd::None => SubstringEnd::One,
                    ast::SubstringEnd::To(e) => SubstringEnd::To(e.as_ref().map(|e| Box::new(self.expr(e)))),
                    ast::SubstringEnd::On(e) => SubstringEnd::On(Box::new(self.expr(e))),
                };
                (ExprKind::Substring { object: Box::new(object), start: Box::new(start), end }, Type::Str)
            }
            AK::Unary { op, operand } => {
                let operand = self.expr(operand);
                let ty = match op {
                    UnOp::Not => Type::Bool,
                    UnOp::Neg => match operand.ty {
                        Type::Int => Type::Int,
                        Type::Real | Type::Currency => Type::Real,
                        _ => Type::Variant,
                    },
                };
                if let ExprKind::Const(v) = &operand.kind {
                    let folded = match op {
                        UnOp::Neg => ops::negate(v.clone()).ok(),
                        UnOp::Not => ops::truthy(v).ok().map(|b| Value::Bool(!b)),
                    };
                    if let Some(v) = folded {
                        return Expr { kind: ExprKind::Const(v), ty, loc };
                    }
                }
                (ExprKind::Unary(*op, Box::new(operand)), ty)
            }
            AK::Binary { op, lhs, rhs } => {
                let lhs = self.expr(lhs);
                let rhs = self.expr(rhs);
                let ty = binary_type(*op, &lhs.ty, &rhs.ty);
                (ExprKind::Binary(*op, Box::new(lhs), Box::new(rhs)), ty)
            }
            AK::Interval { low, low_op, value, high_op, high } => (
                ExprKind::Interval {
                    low: Box::new(self.expr(low)),
                    low_op: *low_op,
                    value: Box::new(self.expr(value)),
                    high_op: *high_op,
                    high: Box::new(self.expr(high)),
                },
                Type::Bool,
            ),
            AK::In { value, list, negated } => (
                ExprKind::In {
                    value: Box::new(self.expr(value)),
                    list: list.iter().map(|e| self.expr(e)).collect(),
                    negated: *negated,
                },
                Type::Bool,
            ),
            AK::ArrayLiteral(items) => {
                let items: Vec<Expr> = items.iter().map(|e| self.expr(e)).collect();
                let elem = match items.first() {
                    Some(first) if items.iter().all(|i| i.ty == first.ty) => first.ty.clone(),
                    _ => Type::Variant,
                };
                (ExprKind::ArrayLiteral(items), Type::Array(Rc::new(elem)))
            }
        };
        Expr { kind, ty, loc }
    }

    fn args(&mut self, args: &[Option<ast::Expr>]) -> Vec<Option<Arg>> {
        args.iter()
            .map(|a| {
                a.as_ref().map(|e| {
                    let value = self.expr(e);
                    let place = self.place(e, false);
                    Arg { value, place }
                })
            })
            .collect()
    }

    fn call(&mut self, callee: &ast::Expr, args: &[Option<ast::Expr>], loc: Loc) -> Expr {
        match &callee.kind {
            AK::Name(id) => {
                let key = lower(&id.name);
                if let Some(&proc) = self.program.procedure_names.get(&key) {
                    let p = &self.program.procedures[proc];
                    let (required, max, returns, name) =
                        (p.required, p.params.len(), p.returns.clone(), p.name.clone());
                    if args.len() < required || args.len() > max {
                        let expected = if required == max { format!("{max}") } else { format!("{required} to {max}") };
                        let d = Diagnostic::at(
                            format!(
                                "`{name}` takes {expected} argument{}, but {} {} given",
                                if max == 1 { "" } else { "s" },
                                args.len(),
                                if args.len() == 1 { "was" } else { "were" }
                            ),
                            loc,
                            "wrong number of arguments",
                        )
                        .with_secondary(self.program.procedures[proc].loc, "declared here");
                        self.error(d);
                    }
                    let args = self.args(args);
                    self.mark_reference_args(&args, |_| true);
                    return Expr { kind: ExprKind::CallProc { proc, args }, ty: returns, loc };
                }
                if self.program.natives.function(&key).is_some() {
                    return self.call_native(&key, args, loc, &id.name);
                }
                if self.lookup_variable(&key).is_some() {
                    self.error(Diagnostic::at(
                        format!("`{}` is a variable, not a procedure", id.name),
                        loc,
                        "cannot be called",
                    ));
                    return self.error_expr(loc);
                }
                let mut candidates: Vec<String> = self.program.procedures.iter().map(|p| p.name.to_string()).collect();
                candidates.extend(self.program.natives.functions.iter().map(|f| f.name.clone()));
                let mut d = Diagnostic::at(
                    format!("`{}` is not a known procedure or function", id.name),
                    self.loc(&id.span),
                    "unknown procedure",
                );
                d = match did_you_mean(&id.name, candidates.iter().map(|s| s.as_str())) {
                    Some(best) => d.with_help(format!("did you mean `{best}`?")),
                    None => d.with_help("declare it with PROCEDURE, anywhere in the script"),
                };
                self.error(d);
                let _ = self.args(args);
                self.error_expr(loc)
            }
            AK::Member { object, name, .. } => {
                let object_hir = self.expr(object);
                match receiver_of(&object_hir.ty).or(if matches!(object_hir.ty, Type::Variant) {
                    Some(Receiver::Array)
                } else {
                    None
                }) {
                    Some(receiver) => self.method_call(receiver, object, object_hir, name, args, loc, false),
                    None => {
                        let ty = object_hir.ty.clone();
                        self.error(Diagnostic::at(
                            format!("a {ty} has no method `{}`", name.name),
                            loc,
                            "unknown method",
                        ));
                        self.error_expr(loc)
                    }
                }
            }
            AK::Paren(inner) => self.call(inner, args, loc),
            _ => {
                self.error(Diagnostic::at("this cannot be called", loc, "not a procedure"));
                self.error_expr(loc)
            }
        }
    }

    /// Variables passed where the callee may modify them count as modified here too.
    fn mark_reference_args(&mut self, args: &[Option<Arg>], by_ref: impl Fn(usize) -> bool) {
        for (i, arg) in args.iter().enumerate() {
            if let Some(Arg { place: Some(place), .. }) = arg {
                if by_ref(i) {
                    self.mark_mutated(place.root);
                }
            }
        }
    }

    fn call_native(&mut self, key: &str, args: &[Option<ast::Expr>], loc: Loc, shown: &str) -> Expr {
        let func = self.program.natives.function_names[key];
        let f = &self.program.natives.functions[func];
        let sig = f.sig.clone();
        if !sig.accepts(args.len()) {
            let name = f.name.clone();
            let mut d = Diagnostic::at(
                format!(
                    "`{name}` takes {}, but {} {} given",
                    sig.describe_arity(),
                    args.len(),
                    if args.len() == 1 { "was" } else { "were" }
                ),
                loc,
                "wrong number of arguments",
            );
            if !sig.params.is_empty() {
                d = d.with_help(format!("{name}({})", sig.params));
            }
            self.error(d);
        }
        let _ = shown;
        let args = self.args(args);
        self.mark_reference_args(&args, |i| sig.by_ref.contains(&i));
        let trap_error = sig.can_fail && self.procedure.as_ref().is_some_and(|p| p.has_error_handler);
        Expr { kind: ExprKind::CallNative { func, args, trap_error }, ty: sig.returns, loc }
    }

    #[allow(clippy::too_many_arguments)]
    fn method_call(
        &mut self,
        receiver: Receiver,
        object: &ast::Expr,
        object_hir: Expr,
        name: &Ident,
        args: &[Option<ast::Expr>],
        loc: Loc,
        as_property: bool,
    ) -> Expr {
        let dynamic = matches!(object_hir.ty, Type::Variant);
        let method = self
            .program
            .natives
            .methods
            .iter()
            .find(|m| {
                (m.receiver == receiver || dynamic)
                    && m.name.eq_ignore_ascii_case(&name.name)
                    && (!as_property || m.is_property)
            })
            .map(|m| m.function.to_lowercase());
        let Some(function) = method else {
            if dynamic && as_property {
                let (member, ty) = self.member(&Type::Variant, name, true).expect("variants accept any member");
                return Expr { kind: ExprKind::Member { object: Box::new(object_hir), member }, ty, loc };
            }
            let what = match receiver {
                Receiver::Array => "an array",
                Receiver::Assoc => "an associative array",
                Receiver::Str => "a string",
            };
            let names: Vec<&str> = self
                .program
                .natives
                .methods
                .iter()
                .filter(|m| m.receiver == receiver)
                .map(|m| m.name.as_str())
                .collect();
            let mut d = Diagnostic::at(
                format!("{what} has no {} `{}`", if as_property { "property" } else { "method" }, name.name),
                self.loc(&name.span),
                "unknown member",
            );
            if let Some(best) = did_you_mean(&name.name, names.iter().copied()) {
                d = d.with_help(format!("did you mean `{best}`?"));
            }
            self.error(d);
            return self.error_expr(loc);
        };
        let func = self.program.natives.function_names[&function];
        let sig = self.program.natives.functions[func].sig.clone();
        if !sig.accepts(args.len() + 1) {
            let d = Diagnostic::at(
                format!(
                    "`{}` takes {} besides the {}",
                    name.name,
                    describe_count(sig.min_args.saturating_sub(1), sig.max_args.map(|m| m.saturating_sub(1))),
                    if as_property { "value" } else { "array" }
                ),
                loc,
                "wrong number of arguments",
            );
            self.error(d);
        }
        let receiver_place = self.place(object, false);
        let mut all_args = vec![Some(Arg { value: object_hir, place: receiver_place })];
        all_args.extend(self.args(args));
        self.mark_reference_args(&all_args, |i| sig.by_ref.contains(&i));
        let trap_error = sig.can_fail && self.procedure.as_ref().is_some_and(|p| p.has_error_handler);
        Expr { kind: ExprKind::CallNative { func, args: all_args, trap_error }, ty: sig.returns, loc }
    }
}

fn describe_count(min: usize, max: Option<usize>) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    match max {
        Some(max) if max == min => format!("{max} argument{}", plural(max)),
        Some(max) => format!("{min} to {max} arguments"),
        None => format!("at least {min} argument{}", plural(min)),
    }
}

fn receiver_of(ty: &Type) -> Option<Receiver> {
    match ty {
        Type::Array(_) => Some(Receiver::Array),
        Type::Assoc(_) => Some(Receiver::Assoc),
        Type::Str => Some(Receiver::Str),
        _ => None,
    }
}

pub fn static_type_of(v: &Value) -> Type {
    match v {
        Value::Int(_) => Type::Int,
        Value::Real(_) => Type::Real,
        Value::Str(_) => Type::Str,
        Value::Bool(_) => Type::Bool,
        Value::Duration(_) => Type::Duration,
        _ => Type::Variant,
    }
}

fn binary_type(op: BinOp, l: &Type, r: &Type) -> Type {
    let real = |t: &Type| matches!(t, Type::Real | Type::Currency);
    match op {
        BinOp::Add => match (l, r) {
            (Type::Str, _) => Type::Str,
            (Type::Int, Type::Int) => Type::Int,
            (a, b) if a.is_numeric() && b.is_numeric() && (real(a) || real(b)) => Type::Real,
            _ => Type::Variant,
        },
        BinOp::Sub | BinOp::Mul => match (l, r) {
            (Type::Int, Type::Int) => Type::Int,
            (a, b) if a.is_numeric() && b.is_numeric() => Type::Real,
            _ => Type::Variant,
        },
        BinOp::Mod => match (l, r) {
            (Type::Int, Type::Int) => Type::Int,
            _ => Type::Variant,
        },
        BinOp::Div | BinOp::Pow => Type::Variant,
        _ => Type::Bool,
    }
}

impl AssignOp {
    pub fn binop(self) -> Option<BinOp> {
        match self {
            AssignOp::Set => None,
            AssignOp::Add => Some(BinOp::Add),
            AssignOp::Sub => Some(BinOp::Sub),
            AssignOp::Mul => Some(BinOp::Mul),
            AssignOp::Div => Some(BinOp::Div),
        }
    }
}
