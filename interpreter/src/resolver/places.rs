//! Places: what an assignment, a FOR variable or a by-reference argument writes to
//! (a variable, `array[i]`, `value.member`).

use super::{lower, Resolver};
use crate::ast::{self, ExprKind as AK};
use crate::diagnostic::Diagnostic;
use crate::hir::*;

impl Resolver<'_> {
    /// The assignable place an expression names, or `None` (with an error when `report`).
    pub(super) fn place(&mut self, e: &ast::Expr, report: bool) -> Option<Place> {
        let loc = self.loc(&e.span);
        match &e.kind {
            AK::Name(id) => {
                let key = lower(&id.name);
                if let Some(place) = self.qualified_class_place(id, loc, report) {
                    return place;
                }
                if let Some(place) = self.class_scope_place(id, loc, report) {
                    return place;
                }
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
                            } else if self.my_parameters(&key).is_some() {
                                self.error(
                                    Diagnostic::at(
                                        "changing a parameter through `MyParameters` is not supported by wl yet",
                                        loc,
                                        "not supported yet",
                                    )
                                    .with_help("give the parameter a name and assign it"),
                                );
                            } else {
                                self.undeclared(id);
                            }
                        }
                        None
                    }
                }
            }
            AK::Paren(inner) => self.place(inner, report),
            AK::Index { .. } => self.index_place(e, report),
            AK::Member { object, name, .. } => {
                if let Some(place) = self.own_static_place(object, name, loc, report) {
                    return place;
                }
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
            AK::Indirection(_) => {
                if report {
                    self.error(Diagnostic::at(
                        "an element or member of an indirection (`{sName}[i] = …`) is not supported by wl yet",
                        loc,
                        "not supported yet",
                    ));
                }
                None
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
}
