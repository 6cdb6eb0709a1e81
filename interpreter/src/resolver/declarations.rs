//! Declarations seen before any statement: structures, procedures (their signatures, then
//! their bodies) and the top-level variables, so that a name may be used before the line
//! that declares it only where WLanguage allows it.

use super::{lower, ProcContext, Resolver};
use crate::ast::{self, Ident, StmtKind as SK};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::program::{GlobalKind, Mode};
use crate::types::{FieldDef, StructDef, Type};
use std::collections::HashMap;
use std::rc::Rc;

impl Resolver<'_> {
    pub(super) fn declare_structures(&mut self, top: &[&ast::Stmt]) {
        // (name, fields, is a class, the class it inherits from)
        let mut todo: Vec<(&Ident, &Vec<ast::FieldDecl>, bool, Option<&Ident>)> = top
            .iter()
            .filter_map(|s| match &s.kind {
                SK::Structure { name, fields } => Some((name, fields, false, None)),
                SK::Class { name, body } => Some((name, &body.fields, true, body.base.as_ref())),
                _ => None,
            })
            .collect();
        for (name, _, is_class, _) in &todo {
            if *is_class {
                self.program.classes.insert(lower(&name.name));
            }
        }
        let mut seen = HashMap::new();
        for (name, ..) in &todo {
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
        // A structure may use another as a field type, and a class inherits its base's
        // members: resolve those whose field types and base are known, until none is left
        // (or the rest refer to unknown types).
        while !todo.is_empty() {
            let before = todo.len();
            let mut ready_now = Vec::new();
            todo.retain(|entry| {
                let (name, fields, _, base) = entry;
                let base_known = base.is_none_or(|b| self.program.structs.contains_key(&lower(&b.name)));
                let ready = base_known && fields.iter().all(|f| self.type_is_known(&f.ty, &name.name));
                if ready {
                    ready_now.push(*entry);
                }
                !ready
            });
            let stuck = ready_now.is_empty() && todo.len() == before;
            if stuck {
                ready_now = std::mem::take(&mut todo);
            }
            for (name, fields, is_class, base) in ready_now {
                let def = self.class_or_structure(name, fields, is_class, base);
                self.program.structs.insert(lower(&name.name), Rc::new(def));
            }
        }
    }

    /// A structure, or a class with its base class's members first.
    fn class_or_structure(
        &mut self,
        name: &Ident,
        fields: &[ast::FieldDecl],
        is_class: bool,
        base: Option<&Ident>,
    ) -> StructDef {
        let own = self.structure(name, fields);
        if !is_class {
            return own;
        }
        let mut def = StructDef::new(own.name.clone());
        def.is_class = true;
        if let Some(base) = base {
            match self.program.structs.get(&lower(&base.name)).cloned() {
                Some(b) if b.is_class && lower(&b.name) != lower(&name.name) => {
                    for f in &b.fields {
                        def.fields.push(FieldDef {
                            name: f.name.clone(),
                            ty: f.ty.clone(),
                            default: f.default.clone(),
                            secret: f.secret,
                            grows: f.grows,
                        });
                    }
                    def.base = Some(b);
                }
                _ => {
                    let d = Diagnostic::at(
                        format!("`{}` is not a class: `{}` cannot inherit from it", base.name, name.name),
                        self.loc(&base.span),
                        "not a class",
                    )
                    .with_help(format!("declare it first: `{} is Class … END`", base.name));
                    self.error(d);
                }
            }
        }
        for f in own.fields {
            if let Some(i) = def.field_index(&f.name) {
                let d = Diagnostic::at(
                    format!("`{}` is already a member of `{}`'s base class", f.name, name.name),
                    self.loc(&name.span),
                    "member declared again",
                );
                self.error(d);
                def.fields[i] = f;
                continue;
            }
            def.fields.push(f);
        }
        def
    }

    /// Header forms that parse but that wl does not run yet: each is reported once, at its
    /// place, rather than run differently from WinDev.
    fn report_unsupported_header(&mut self, p: &ast::Procedure) {
        let header = self.loc(&p.name.span);
        if p.internal {
            self.error(
                Diagnostic::at("internal procedures are not supported by wl yet", header, "not supported yet")
                    .with_help("declare it as an ordinary procedure and pass it what it needs"),
            );
        }
    }

    pub(super) fn type_is_known(&self, ty: &ast::TypeExpr, own_name: &str) -> bool {
        match ty {
            ast::TypeExpr::Named(id) => {
                self.later_class(&id.name).is_some()
                    || Type::builtin(&id.name).is_some()
                    || self.program.structs.contains_key(&lower(&id.name))
                    || self.program.natives.types.contains_key(&lower(&id.name))
                    || lower(&id.name) == lower(own_name)
            }
            ast::TypeExpr::Array { elem, .. } | ast::TypeExpr::Assoc { elem, .. } => self.type_is_known(elem, own_name),
            ast::TypeExpr::Tuple { types, .. } => types.iter().all(|t| self.type_is_known(t, own_name)),
        }
    }

    /// `C dynamic` where C is a class of this script not built yet.
    fn later_class(&self, type_name: &str) -> Option<String> {
        let class = lower(type_name).strip_suffix(" dynamic")?.to_string();
        (self.program.classes.contains(&class) && !self.program.structs.contains_key(&class)).then_some(class)
    }

    pub(super) fn structure(&mut self, name: &Ident, fields: &[ast::FieldDecl]) -> StructDef {
        let mut def = StructDef::new(name.name.to_string());
        let mut seen: HashMap<String, ast::Span> = HashMap::new();
        for field in fields {
            let ty = match &field.ty {
                // A dynamic object of a class not built yet (its own class, for a chain of
                // objects): its members are looked up when the script runs.
                ast::TypeExpr::Named(id) if self.later_class(&id.name).is_some() => {
                    let class = self.later_class(&id.name).unwrap_or_default();
                    for n in &field.names {
                        let key = format!("{}::{}", lower(&name.name), lower(&n.name));
                        self.program.later_members.insert(key, class.clone());
                    }
                    Type::Variant
                }
                other => self.resolve_type(other),
            };
            let default = field.default.as_ref().and_then(|e| {
                let v = self.constant_value(e)?;
                match v.convert_to(&ty) {
                    Ok(v) => Some(v),
                    Err(msg) => {
                        self.error(Diagnostic::at(msg.to_string(), self.loc(&e.span), "wrong type for this field"));
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

    pub(super) fn declare_procedure(&mut self, p: &ast::Procedure) -> ProcId {
        let key = lower(&p.name.name);
        let loc = self.loc(&p.name.span);
        self.report_unsupported_header(p);
        let params: Vec<Param> = p
            .params
            .iter()
            .map(|param| Param {
                name: param.name.name.clone(),
                ty: match param.ty.as_ref().map(|t| self.resolve_type(t)).unwrap_or(Type::Variant) {
                    // An object is passed by reference (the caller's object itself, or an
                    // object of a derived class); a LOCAL parameter gets a copy.
                    Type::Struct(def) if def.is_class && !param.local => Type::Dynamic(def),
                    other => other,
                },
                local: param.local,
                mutated: false,
                default: None,
            })
            .collect();
        let required = p.params.iter().rposition(|q| q.default.is_none()).map(|i| i + 1).unwrap_or(0);
        let (returns, several) = self.return_type(p);
        let hir = Procedure {
            name: p.name.name.clone(),
            params,
            required,
            returns,
            several,
            variadic: p.variadic,
            parameters_slot: None,
            shared_slots: None,
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

    pub(super) fn declare_top_level_variables(&mut self, top: &[&ast::Stmt]) {
        for stmt in top {
            let names: Vec<(&Ident, Option<&ast::TypeExpr>)> = match &stmt.kind {
                SK::Declare { names, ty, .. } => names.iter().map(|n| (n, Some(ty))).collect(),
                SK::Let { name, .. } => vec![(name, None)],
                SK::DeclareObject { names, .. } => names.iter().map(|n| (n, None)).collect(),
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

    pub(super) fn procedure_body(&mut self, p: &ast::Procedure, id: ProcId) {
        let param_count = p.params.len() as u32;
        let class = p.name.name.split_once("::").and_then(|(c, _)| self.program.structs.get(&lower(c)).cloned());
        self.procedure = Some(ProcContext {
            class,
            next_slot: param_count,
            param_count,
            mutated: vec![false; p.params.len()],
            has_error_handler: p.on_error.is_some(),
            parameters_slot: None,
            internal_names: p
                .body
                .iter()
                .filter_map(|s| match &s.kind {
                    ast::StmtKind::InternalProcedure(inner) => Some(lower(&inner.name.name)),
                    _ => None,
                })
                .collect(),
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
        self.bind_myself_aliases(id);
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
        hir.parameters_slot = ctx.parameters_slot;
        hir.body = body;
        hir.on_error = on_error;
        hir.on_exception = on_exception;
    }
}
