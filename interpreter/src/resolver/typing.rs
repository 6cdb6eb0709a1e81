//! Types: type names in declarations, the type of an element, and the static type of
//! constants and operators (which lets the compiler pick typed fast paths).

use super::{lower, Resolver};
use crate::ast::{self, BinOp};
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::source::Loc;
use crate::types::{AssocKeys, Type};
use crate::value::Value;
use std::rc::Rc;

impl Resolver<'_> {
    pub(super) fn resolve_type(&mut self, t: &ast::TypeExpr) -> Type {
        match t {
            ast::TypeExpr::Named(id) => {
                if let Some(ty) = Type::builtin(&id.name) {
                    return ty;
                }
                let key = lower(&id.name);
                if let Some(def) = self.program.structs.get(&key).or_else(|| self.program.natives.types.get(&key)) {
                    return Type::Struct(def.clone());
                }
                if let Some(class) = key.strip_suffix(" dynamic") {
                    if let Some(def) = self.program.structs.get(class).cloned() {
                        if def.is_class {
                            return Type::Dynamic(def);
                        }
                        self.missing(ast::Missing::NotYet("a dynamic structure"), &id.span);
                        return Type::Struct(def);
                    }
                }
                if self.is_interface(&key) {
                    return self.interface_type(&id.name, &id.span);
                }
                if id.name.ends_with(" Description") {
                    self.missing(ast::Missing::WinDev("an HFSQL description (`Item Description`…)"), &id.span);
                    return Type::Variant;
                }
                if crate::parser::is_qualified_type_name(&id.name) {
                    self.error(
                        Diagnostic::at(
                            format!("the type `{}` is not supported by wl yet", id.name),
                            self.loc(&id.span),
                            "not supported yet",
                        )
                        .with_help(unsupported_type_help(&id.name)),
                    );
                    return Type::Variant;
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
            ast::TypeExpr::Array { dims, elem, span, .. } => {
                let elem = Rc::new(self.resolve_type(elem));
                if dims.len() <= 1 {
                    return Type::Array(elem);
                }
                if dims.len() > crate::grid::MAX_DIMENSIONS {
                    self.error(Diagnostic::at(
                        format!("an array has at most {} dimensions", crate::grid::MAX_DIMENSIONS),
                        self.loc(span),
                        "too many dimensions",
                    ));
                }
                Type::Grid(elem, dims.len().min(crate::grid::MAX_DIMENSIONS) as u8)
            }
            // Only a procedure's return type is a list of types (see `results`).
            ast::TypeExpr::Tuple { span, .. } => {
                self.error(Diagnostic::at(
                    "a list of types is only a procedure's results",
                    self.loc(span),
                    "not a type",
                ));
                Type::Variant
            }
            ast::TypeExpr::Assoc { elem, options, .. } => {
                // `WithoutCase` (the options, first in the parentheses) runs; the other options
                // and the words after a comma (default value, key type) change whether keys
                // repeat or how they compare: ignoring them would give other answers than
                // WinDev, so they are reported.
                let mut keys = AssocKeys::Exact;
                for (i, option) in options.iter().enumerate() {
                    if i == 0 && ["withoutcase", "sanscasse"].contains(&lower(&option.name).as_str()) {
                        keys = AssocKeys::WithoutCase;
                        continue;
                    }
                    self.error(Diagnostic::at(
                        format!("the associative array option `{}` is not supported by wl yet", option.name),
                        self.loc(&option.span),
                        "not supported yet",
                    ));
                }
                Type::Assoc(Rc::new(self.resolve_type(elem)), keys)
            }
        }
    }

    pub(super) fn element_type(&mut self, ty: &Type, loc: Loc) -> Type {
        match ty {
            Type::Array(e) | Type::Assoc(e, _) => (**e).clone(),
            Type::Variant => Type::Variant,
            Type::Str => Type::Str,
            other => {
                self.error(Diagnostic::at(format!("a {other} cannot be indexed"), loc, "not an array"));
                Type::Variant
            }
        }
    }
}

/// What to do instead of a type wl does not provide, and why it is not provided.
fn unsupported_type_help(name: &str) -> &'static str {
    let lower = name.to_lowercase();
    if lower.starts_with("numeric (") {
        "wl's numeric holds at most 32 digits before the point and 6 after: `numeric (p,d)` runs with p ≤ 32 and d ≤ 6; `numeric (*)` and `numeric (p)` do not (PC SOFT's page does not say how many decimals they keep)"
    } else if lower.contains("string on") {
        "PC SOFT's pages at hand do not say what a string of fixed size gives when it is read (padding, length); declare a `string` and cut it with `Left`"
    } else {
        "declare it with one of wl's types: int, real, currency, string, boolean, variant, date, time, datetime"
    }
}

pub(crate) fn static_type_of(v: &Value) -> Type {
    match v {
        Value::Int(_) => Type::Int,
        Value::Real(_) => Type::Real,
        Value::Str(_) => Type::Str,
        Value::Bool(_) => Type::Bool,
        Value::Duration(_) => Type::Duration,
        _ => Type::Variant,
    }
}

pub(super) fn binary_type(op: BinOp, l: &Type, r: &Type) -> Type {
    let (l, r) = (&l.computed(), &r.computed());
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
