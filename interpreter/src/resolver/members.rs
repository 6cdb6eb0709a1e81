//! Members of a value by its static type: structure fields and properties, or any member
//! of a variant (checked at run time).

use super::{lower, Resolver};
use crate::ast::Ident;
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::hir::*;
use crate::types::Type;

impl Resolver<'_> {
    /// The member `name` of a value of static type `ty`.
    pub(super) fn member(&mut self, ty: &Type, name: &Ident, report: bool) -> Option<(Member, Type)> {
        let loc = self.loc(&name.span);
        match ty {
            Type::Struct(def) | Type::Dynamic(def) => {
                if let Some(i) = def.field_index(&name.name) {
                    self.check_member_access(def, name);
                    let ty = self.later_member_type(def, &name.name).unwrap_or_else(|| def.fields[i].ty.clone());
                    return Some((Member::Field(i), ty));
                }
                if let Some(i) = def.property_index(&name.name) {
                    return Some((Member::Property(def.clone(), i), def.properties[i].ty.clone()));
                }
                if report {
                    if let Some(why) = def.withheld_reason(&name.name) {
                        let d = Diagnostic::at(
                            format!(
                                "`{}.{}` is a member PC SOFT documents that wl does not provide",
                                def.name, name.name
                            ),
                            loc,
                            "not provided by wl",
                        );
                        self.error(d.with_help(why.to_string()));
                        return None;
                    }
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
            Type::Grid(_, n) => {
                if report {
                    let what = format!("`..{}`", name.name);
                    self.error(Diagnostic::at(crate::grid::not_on_grid(&what, *n as usize), loc, "several dimensions"));
                }
                None
            }
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

    /// The class of a member declared as a dynamic object of a class that was not built
    /// yet when its own class was (`m_pNext is cNode dynamic` inside cNode).
    pub(super) fn later_member_type(&self, def: &crate::types::StructDef, name: &str) -> Option<Type> {
        let mut class = Some(def);
        while let Some(c) = class {
            let key = format!("{}::{}", lower(&c.name), lower(name));
            if let Some(target) = self.program.later_members.get(&key) {
                return self.program.structs.get(target).map(|d| Type::Dynamic(d.clone()));
            }
            class = c.base.as_deref();
        }
        None
    }
}
