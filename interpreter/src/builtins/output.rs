//! Info, Trace and Error: what a script prints (docs/language.md, "Output"); InfoBuild and
//! ErrorBuild print a message built as StringBuild builds it.

use crate::registry::{Module, Signature};
use crate::value::Value;

pub fn register(m: &mut Module) {
    m.register_fn("Info", Signature::variadic(0).params("value, …"), |m, args| {
        let mut text = String::new();
        for a in args.iter() {
            text.push_str(&a.to_text());
            text.push('\n');
        }
        m.out(&text);
        Ok(Value::Null)
    });
    m.register_fn("Trace", Signature::variadic(0).params("value, …"), |m, args| {
        let mut text = args.iter().map(|a| a.to_text()).collect::<Vec<_>>().join(" ");
        text.push('\n');
        m.host.trace(&text);
        Ok(Value::Null)
    });
    m.register_fn("Error", Signature::variadic(0).params("value, …"), |m, args| {
        let mut text = String::new();
        if args.is_empty() {
            text.push_str(&m.last_error.as_ref().map(|e| e.full_details()).unwrap_or_default());
            text.push('\n');
        }
        for a in args.iter() {
            text.push_str(&a.to_text());
            text.push('\n');
        }
        m.err(&text);
        Ok(Value::Null)
    });
    m.register_alias("Erreur", "Error");
    m.register_fn("InfoBuild", Signature::variadic(1).params("message with %1… [, parameters…]"), |m, args| {
        let mut text = super::strings::build::string_build(&args[0].to_text(), &args[1..]);
        text.push('\n');
        m.out(&text);
        Ok(Value::Null)
    });
    m.register_alias("InfoConstruit", "InfoBuild");
    m.register_fn("ErrorBuild", Signature::variadic(1).params("message with %1… [, parameters…]"), |m, args| {
        let mut text = super::strings::build::string_build(&args[0].to_text(), &args[1..]);
        text.push('\n');
        m.err(&text);
        Ok(Value::Null)
    });
    m.register_alias("ErreurConstruit", "ErrorBuild");
}
