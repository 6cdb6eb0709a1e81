//! Statements: declarations, assignments, control flow and loops, each resolved into
//! `hir::Stmt`.

use super::{lower, Resolver, MAX_PRESIZED};
use crate::ast::{self, AssignOp, BinOp, ExprKind as AK, Ident, StmtKind as SK};
use crate::diagnostic::Diagnostic;
use crate::hir::*;
use crate::program::Mode;
use crate::source::Loc;
use crate::types::Type;
use crate::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

impl Resolver<'_> {
    pub(super) fn block(&mut self, stmts: &[ast::Stmt]) -> Block {
        self.scopes.push(HashMap::new());
        let mut out = Vec::new();
        for s in stmts {
            self.stmt(s, &mut out);
        }
        self.scopes.pop();
        let open = self.scopes.len();
        self.internal_procs.retain(|(_, _, depth)| *depth <= open);
        out
    }

    pub(super) fn loop_body(&mut self, stmts: &[ast::Stmt]) -> Block {
        self.loops += 1;
        let b = self.block(stmts);
        self.loops -= 1;
        b
    }

    pub(super) fn stmt(&mut self, s: &ast::Stmt, out: &mut Block) {
        if !self.enter(&s.span) {
            return;
        }
        self.stmt_inner(s, out);
        self.depth -= 1;
    }

    pub(super) fn stmt_inner(&mut self, s: &ast::Stmt, out: &mut Block) {
        let loc = self.loc(&s.span);
        let kind = match &s.kind {
            SK::Declare { names, ty, init } => {
                let ty_resolved = self.resolve_type(ty);
                let presize = match ty {
                    ast::TypeExpr::Array { dims, fixed, .. } if !dims.is_empty() => {
                        Some((dims.iter().map(|d| (*d).max(0) as usize).collect::<Vec<_>>(), *fixed))
                    }
                    _ => None,
                };
                // `t2 is array of int = tFixed` copies a fixed array as a whole too: reported,
                // and the names are still declared so that nothing else is reported for them.
                let init = init.as_ref().filter(|e| !self.fixed_source(e));
                let value = init.map(|e| self.expr(e));
                for name in names {
                    let var = self.declare(name, ty_resolved.clone());
                    if matches!(presize, Some((_, true))) {
                        self.mark_fixed_array(name, var);
                    }
                    let value = match (&value, &presize) {
                        (Some(v), _) => Some(v.clone()),
                        (None, Some((dims, fixed))) => Some(self.presized_array(&ty_resolved, dims, *fixed, loc)),
                        (None, None) => None,
                    };
                    let constructed = value.is_none();
                    out.push(Stmt { kind: StmtKind::Init { var, ty: ty_resolved.clone(), value }, loc });
                    if constructed {
                        self.construct(var, &ty_resolved, &[], loc, out);
                    }
                }
                return;
            }
            SK::DeclareRef { names, ty, value } => {
                // The declaration, then `name <- value` for each name.
                let declare = ast::Stmt {
                    kind: SK::Declare { names: names.clone(), ty: ty.clone(), init: None },
                    span: s.span.clone(),
                };
                self.stmt_inner(&declare, out);
                for name in names {
                    let target = ast::Expr::new(AK::Name(name.clone()), name.span.clone());
                    let assign =
                        ast::Stmt { kind: SK::AssignRef { target, value: value.clone() }, span: s.span.clone() };
                    self.stmt_inner(&assign, out);
                }
                return;
            }
            SK::DeclareObject { names, class, args } => {
                let ty = self.resolve_type(&ast::TypeExpr::Named(class.clone()));
                for name in names {
                    let var = self.declare(name, ty.clone());
                    out.push(Stmt { kind: StmtKind::Init { var, ty: ty.clone(), value: None }, loc });
                    self.construct(var, &ty, args, loc, out);
                }
                return;
            }
            SK::Delete(target) => match self.delete(target, loc) {
                Some(kind) => kind,
                None => return,
            },
            SK::AssignRef { target, value } => match self.assign_ref(target, value, loc) {
                Some(kind) => kind,
                None => return,
            },
            SK::Let { name, init } => {
                let value = self.expr(init);
                let ty = value.ty.clone();
                let var = self.declare(name, ty.clone());
                StmtKind::Init { var, ty, value: Some(value) }
            }
            // `{sName} = 3`, `xl>>Visible = True`: the target's own form is what is reported.
            SK::Assign { target: ast::Expr { kind: AK::Indirection(parts), span }, op, value } => {
                match self.assign_indirect(parts, span, *op, value, loc) {
                    Some(kind) => kind,
                    None => return,
                }
            }
            SK::Assign { target, value, .. } if matches!(target.kind, AK::Unsupported { .. }) => {
                self.expr(target);
                self.expr(value);
                return;
            }
            SK::Increment { target: ast::Expr { kind: AK::Indirection(parts), span }, delta } => {
                let step = ast::Expr::new(AK::Int(delta.abs()), span.clone());
                let op = if *delta < 0 { AssignOp::Sub } else { AssignOp::Add };
                match self.assign_indirect(parts, span, op, &step, loc) {
                    Some(kind) => kind,
                    None => return,
                }
            }
            SK::Increment { target, .. } if matches!(target.kind, AK::Unsupported { .. }) => {
                self.expr(target);
                return;
            }
            SK::Assign { target, op, value } if matches!(target.kind, AK::Member { .. } | AK::Name(_)) => {
                let own = self.bare_property(target);
                let target = own.as_ref().unwrap_or(target);
                if let Some(set) = self.property_set(target, *op, value, loc) {
                    match set {
                        Some(kind) => kind,
                        None => return,
                    }
                } else {
                    let Some(kind) = self.assignment(target, *op, value, loc) else { return };
                    kind
                }
            }
            SK::Increment { target, delta } if matches!(target.kind, AK::Member { .. } | AK::Name(_)) => {
                let own = self.bare_property(target);
                let target = own.as_ref().unwrap_or(target);
                let step = ast::Expr::new(AK::Int(delta.abs()), target.span.clone());
                let op = if *delta < 0 { ast::AssignOp::Sub } else { ast::AssignOp::Add };
                if let Some(set) = self.property_set(target, op, &step, loc) {
                    match set {
                        Some(kind) => kind,
                        None => return,
                    }
                } else {
                    let Some(place) = self.place(target, true) else { return };
                    StmtKind::Increment { place, delta: *delta }
                }
            }
            SK::Assign { target, op, value } => {
                let Some(kind) = self.assignment(target, *op, value, loc) else { return };
                kind
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
                let is_call = matches!(
                    value.kind,
                    ExprKind::CallProc { .. }
                        | ExprKind::CallMethod { .. }
                        | ExprKind::CallNative { .. }
                        | ExprKind::CallByName { .. }
                        | ExprKind::CallValue { .. }
                );
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
                                ast::CasePattern::All(tests) => {
                                    Pattern::All(tests.iter().map(|(op, e)| (*op, self.expr(e))).collect())
                                }
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
                    Type::Assoc(e, _) => ((**e).clone(), Type::Str),
                    Type::Str => (Type::Str, Type::Int),
                    Type::Variant => (Type::Variant, Type::Variant),
                    Type::Grid(_, n) => {
                        self.error(
                            Diagnostic::at(
                                crate::grid::not_on_grid("FOR EACH", *n as usize),
                                iterable.loc,
                                "several dimensions",
                            )
                            .with_help("go through it with one FOR loop per dimension: `FOR i = 1 TO 3` … `t[i, j]`"),
                        );
                        (Type::Variant, Type::Variant)
                    }
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
            SK::ResultMany(parts) => self.result_many(parts, loc),
            SK::Receive { targets, value } => {
                self.receive(targets, value, loc, out);
                return;
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
            SK::Structure { name, .. } | SK::Class { name, .. } | SK::Interface { name, .. } => {
                if self.procedure.is_some() || self.scopes.len() > 1 {
                    let what = match &s.kind {
                        SK::Interface { .. } => "interface",
                        SK::Class { .. } => "class",
                        _ => "structure",
                    };
                    self.error(Diagnostic::at(
                        format!("the {what} `{}` must be declared at the top level of the script", name.name),
                        self.loc(&name.span),
                        "declared inside a block",
                    ));
                }
                return;
            }
            SK::Error | SK::Section => return,
            SK::GuardRest(handler) => {
                // Only reached when nothing followed it; the parser wraps what follows.
                self.block(handler);
                return;
            }
            SK::InternalProcedure(p) => {
                self.internal_procedure(p);
                return;
            }
            SK::Unsupported { missing, parts, body, check_body } => {
                self.unsupported_stmt(*missing, parts, body, *check_body, &s.span);
                return;
            }
        };
        out.push(Stmt { kind, loc });
    }

    /// `target = value` (or `+=`…) to a variable, element or member.
    fn assignment(&mut self, target: &ast::Expr, op: AssignOp, value: &ast::Expr, loc: Loc) -> Option<StmtKind> {
        if op == AssignOp::Set && self.assigns_fixed_array(target, value) {
            return None;
        }
        let value = self.expr(value);
        let place = self.place(target, true)?;
        if op != AssignOp::Set && (place.ty == Type::Procedure || value.ty == Type::Procedure) {
            // `p += Other` makes `p` call several procedures; not documented at hand.
            self.missing(
                ast::Missing::NotYet("several procedures in one procedure variable (`p += MyProc`)"),
                &target.span,
            );
            return None;
        }
        if value.ty == Type::Procedure && !matches!(place.ty, Type::Procedure | Type::Variant) {
            let d = Diagnostic::at(
                format!("a procedure cannot be assigned to a variable of type {}", place.ty),
                loc,
                "a procedure",
            )
            .with_help("declare the variable `is procedure`, or call the procedure with `()`");
            self.error(d);
            return None;
        }
        Some(StmtKind::Assign { place, op, value })
    }

    /// `t1 = t2` where either is a `fixed array`: PC SOFT's fixed-array page says "an array
    /// cannot be handled as a whole. For example, an array cannot be assigned to another
    /// array". Reported (true) before the script runs.
    fn assigns_fixed_array(&mut self, target: &ast::Expr, value: &ast::Expr) -> bool {
        let fixed = |r: &Self, e: &ast::Expr| match &e.kind {
            AK::Name(id) => r.is_fixed_array(&super::lower(&id.name)).then(|| id.name.clone()),
            _ => None,
        };
        let Some(name) = fixed(self, target).or_else(|| {
            // The source counts only when the target is a whole array too.
            matches!(target.kind, AK::Name(_)).then(|| fixed(self, value)).flatten()
        }) else {
            return false;
        };
        let loc = self.loc(&target.span);
        self.error(
            Diagnostic::at(
                format!("the fixed array `{name}` cannot be assigned as a whole"),
                loc,
                "assigns a whole fixed array",
            )
            .with_help("PC SOFT: an array cannot be assigned to another array; copy its elements one by one"),
        );
        true
    }

    /// A declaration initialised with a whole fixed array: reported as an assignment is.
    fn fixed_source(&mut self, init: &ast::Expr) -> bool {
        let AK::Name(id) = &init.kind else { return false };
        if !self.is_fixed_array(&super::lower(&id.name)) {
            return false;
        }
        let loc = self.loc(&init.span);
        self.error(
            Diagnostic::at(
                format!("the fixed array `{}` cannot be assigned as a whole", id.name),
                loc,
                "a whole fixed array",
            )
            .with_help("PC SOFT: an array cannot be assigned to another array; copy its elements one by one"),
        );
        true
    }

    /// The value of `array of 5 int`, `array of 3 by 4 int`, `fixed array of 5 int`.
    pub(super) fn presized_array(&mut self, ty: &Type, dims: &[usize], fixed: bool, loc: Loc) -> Expr {
        let elem = match ty {
            Type::Array(e) | Type::Grid(e, _) => (**e).clone(),
            _ => Type::Variant,
        };
        let n = dims.iter().try_fold(1usize, |n, d| n.checked_mul(*d)).unwrap_or(usize::MAX);
        if n > MAX_PRESIZED {
            self.error(
                Diagnostic::at(format!("an array of {n} elements is too large"), loc, "too many elements").with_help(
                    format!("a pre-sized array holds at most {MAX_PRESIZED} elements; add elements as you go instead"),
                ),
            );
            return self.error_expr(loc);
        }
        if let Some(def) = self.class_of(&elem).filter(|_| matches!(elem, Type::Struct(_))) {
            if let ([n], false) = (dims, fixed) {
                return self.presized_objects(&def, ty, *n, loc);
            }
            // Each element must be its own object: built one by one only for the plain form.
            self.error(Diagnostic::at(
                "a fixed array or an array with several dimensions of objects is not supported by wl yet",
                loc,
                "not supported yet",
            ));
            return self.error_expr(loc);
        }
        let mut value = match dims {
            [n] => {
                let default = elem.default_value();
                Value::new_array(elem, vec![default; *n])
            }
            _ => Value::new_grid(elem, dims.to_vec()),
        };
        if let (true, Value::Array(a)) = (fixed, &mut value) {
            Rc::make_mut(a).fixed = true;
        }
        Expr { kind: ExprKind::Const(value), ty: ty.clone(), loc }
    }

    /// The variable of a FOR: an existing variable, or one the loop declares.
    pub(super) fn loop_variable(&mut self, name: &Ident, ty: Type) -> Place {
        let loc = self.loc(&name.span);
        let (var, ty) = match self.lookup_variable(&lower(&name.name)) {
            Some((var, existing)) => (var, existing),
            None => (self.declare(name, ty.clone()), ty),
        };
        self.mark_mutated(var);
        Place { root: var, root_ty: ty.clone(), steps: Vec::new(), ty, loc }
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
