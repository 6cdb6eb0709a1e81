//! Method calls and properties on values (`arr.Add(x)`, `s.Length`): natives registered
//! for a receiver (array, associative array, string), or any of them on a variant.

use super::Resolver;
use crate::ast::{self, Ident};
use crate::diagnostic::{did_you_mean, Diagnostic};
use crate::hir::*;
use crate::registry::Receiver;
use crate::source::Loc;
use crate::types::Type;

impl Resolver<'_> {
    /// The receiver of a method call (`x.Name(…)`): also a structure type's own methods
    /// (registered for `Receiver::Type`), which a member access without parentheses never
    /// reaches (its fields come first).
    pub(super) fn call_receiver_of(&self, ty: &Type) -> Option<Receiver> {
        let Type::Struct(def) = ty else { return receiver_of(ty) };
        self.program.natives.methods.iter().find_map(|m| match m.receiver {
            Receiver::Type(name) if name.eq_ignore_ascii_case(&def.name) => Some(m.receiver),
            _ => None,
        })
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn method_call(
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
                Receiver::Array => "an array".to_string(),
                Receiver::Assoc => "an associative array".to_string(),
                Receiver::Str => "a string".to_string(),
                Receiver::Type(_) => format!("a {}", object_hir.ty),
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
                    if as_property { "value" } else { "object" }
                ),
                loc,
                "wrong number of arguments",
            );
            self.error(d);
        }
        let receiver_place = self.place(object, false);
        let mut all_args = vec![Some(Arg { value: object_hir, place: receiver_place })];
        let function_name = self.program.natives.functions[func].name.clone();
        all_args.extend(self.native_args(args, &sig, 1, &function_name));
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

pub(super) fn receiver_of(ty: &Type) -> Option<Receiver> {
    match ty {
        Type::Array(_) => Some(Receiver::Array),
        Type::Assoc(_, _) => Some(Receiver::Assoc),
        Type::Str => Some(Receiver::Str),
        _ => None,
    }
}
