//! String functions (docs/library.md). Lengths and positions count characters, 1-based. The
//! families live in `strings/`: searching, extracting, building, encodings.

pub(crate) mod build;
mod codec;
mod common;
mod extract;
mod occurrence;
mod search;

use crate::registry::{Module, Receiver, Signature};
use crate::string::Str;
use crate::types::Type;
use crate::value::Value;

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
    occurrence::register(m);
    extract::register(m);
    build::register(m);
    codec::register(m);
    common::register(m);

    m.register_fn("Length", Signature::new(1, 1).returns(Type::Int).params("s"), |_, a| {
        Ok(Value::Int(text(&a[0]).char_len() as i64))
    });
    m.register_alias("Taille", "Length");
    m.register_method(Receiver::Str, "Length", "Length", true);
}
