//! GetEnv and CommandLine (wl's access to its environment).

use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;

pub fn register(m: &mut Module) {
    m.register_fn("GetEnv", Signature::new(1, 1).returns(Type::Str).params("name"), |_, a| {
        Ok(Value::str(std::env::var(a[0].to_text()).unwrap_or_default()))
    });
    // CommandLine(): every argument, separated by spaces; CommandLine(n): the n-th one.
    m.register_fn("CommandLine", Signature::new(0, 1).returns(Type::Str).params("[n]"), |m, a| {
        Ok(Value::str(match a.first() {
            None | Some(Value::Null) => m.args.join(" "),
            Some(n) => {
                let i = n.to_int();
                if i >= 1 {
                    m.args.get(i as usize - 1).cloned().unwrap_or_default()
                } else {
                    String::new()
                }
            }
        }))
    });
    m.register_alias("LigneCommande", "CommandLine");
}
