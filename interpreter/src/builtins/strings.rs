//! String functions (docs/library.md). Lengths and positions count characters, 1-based. The
//! families live in `strings/`: searching, extracting, building, encodings.

mod build;
mod codec;
mod extract;
mod search;

use super::format::num_to_string;
use crate::registry::{Module, Receiver, Signature};
use crate::string::Str;
use crate::types::Type;
use crate::value::{parse_number, Value};

pub const EOT: &str = "\u{1a}";

fn text(v: &Value) -> Str {
    v.to_str()
}

pub fn register(m: &mut Module) {
    m.register_constant("CR", Value::str("\r\n"));
    m.register_constant("RC", Value::str("\r\n"));
    m.register_constant("TAB", Value::str("\t"));
    m.register_constant("LF", Value::str("\n"));
    // End of text: what ExtractString and fReadLine return past the last part or line. It
    // must differ from "", an empty part; wl uses Charact(26), the end-of-file character.
    m.register_constant("EOT", Value::str(EOT));
    search::register(m);
    extract::register(m);
    build::register(m);
    codec::register(m);

    m.register_fn("Length", Signature::new(1, 1).returns(Type::Int).params("s"), |_, a| {
        Ok(Value::Int(text(&a[0]).char_len() as i64))
    });
    m.register_alias("Taille", "Length");
    m.register_fn("NumToString", Signature::new(1, 2).returns(Type::Str).params("number [, format]"), |_, a| {
        let format = if a.len() > 1 { a[1].to_text() } else { String::new() };
        num_to_string(&a[0].to_number(), &format).map(Value::str).map_err(crate::error::RuntimeError::fatal)
    });
    m.register_alias("NumériqueVersChaîne", "NumToString");
    m.register_fn("Val", Signature::new(1, 2).params("s"), |_, a| {
        let parsed = match &a[0] {
            Value::Str(s) => parse_number(s.as_str()),
            other => parse_number(&other.to_text()),
        };
        Ok(parsed.unwrap_or(Value::Int(0)))
    });
    m.register_method(Receiver::Str, "Length", "Length", true);
}
