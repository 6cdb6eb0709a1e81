//! Encodings of strings and buffers: Encode/Decode (base64, base64 URL), BufferToHexa /
//! HexaToBuffer, URLEncode/URLDecode, HashString, GetGUID, StringToUTF8/UTF8ToString,
//! AnsiToUnicode/UnicodeToAnsi.
//!
//! A buffer is a string whose characters each stand for one byte (`Str::from_bytes`). The
//! bytes of a text are its UTF-8 form, as if `StringToUTF8` had been applied: wl's strings
//! are Unicode.

use super::text;
use crate::builtins::arg;
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Signature};
use crate::string::Str;
use crate::types::Type;
use crate::value::Value;
use base64::Engine as _;

pub const ENCODE_BASE64: i64 = 1;
pub const ENCODE_BASE64_URL: i64 = 2;

pub const HA_MD5_128: i64 = 1;
pub const HA_SHA_160: i64 = 2;
pub const HA_SHA_256: i64 = 3;
pub const HA_SHA_384: i64 = 4;
pub const HA_SHA_512: i64 = 5;

pub const GUID_ROUGH: i64 = 0;
pub const GUID_FORMATTED: i64 = 1;

fn bad_option(function: &str, v: &Value, help: &str) -> RuntimeError {
    RuntimeError::fatal(format!("{function}: unknown option {}", v.to_text()))
        .with_code(codes::TYPE_MISMATCH)
        .with_help(help.to_string())
}

fn buffer(bytes: &[u8]) -> Value {
    Value::Str(Str::from_bytes(bytes))
}

/// A buffer read as UTF-8 text; a text is returned as it is.
fn utf8_text(v: &Value, function: &str) -> Result<Value, RuntimeError> {
    let s = text(v);
    if !s.is_bytes() {
        return Ok(Value::Str(s));
    }
    match String::from_utf8(s.to_bytes().into_owned()) {
        Ok(t) => Ok(Value::str(t)),
        Err(_) => {
            Err(RuntimeError::fatal(format!("{function}: the buffer is not UTF-8 text"))
                .with_code(codes::TYPE_MISMATCH))
        }
    }
}

fn hash(kind: &Value, bytes: &[u8]) -> Result<Vec<u8>, RuntimeError> {
    use sha2::Digest;
    Ok(match kind.to_int() {
        HA_MD5_128 => md5::Md5::digest(bytes).to_vec(),
        HA_SHA_160 => sha1::Sha1::digest(bytes).to_vec(),
        HA_SHA_256 => sha2::Sha256::digest(bytes).to_vec(),
        HA_SHA_384 => sha2::Sha384::digest(bytes).to_vec(),
        HA_SHA_512 => sha2::Sha512::digest(bytes).to_vec(),
        _ => {
            return Err(bad_option(
                "HashString",
                kind,
                "wl knows HA_MD5_128, HA_SHA_160, HA_SHA_256, HA_SHA_384 and HA_SHA_512",
            ))
        }
    })
}

pub fn register(m: &mut Module) {
    for (name, value) in [
        ("encodeBASE64", ENCODE_BASE64),
        ("encodeBASE64URL", ENCODE_BASE64_URL),
        ("HA_MD5_128", HA_MD5_128),
        ("HA_SHA_160", HA_SHA_160),
        ("HA_SHA_256", HA_SHA_256),
        ("HA_SHA_384", HA_SHA_384),
        ("HA_SHA_512", HA_SHA_512),
        ("guidRough", GUID_ROUGH),
        ("guidBrut", GUID_ROUGH),
        ("guidFormatted", GUID_FORMATTED),
        ("guidFormaté", GUID_FORMATTED),
    ] {
        m.register_constant(name, Value::Int(value));
    }
    const ENCODINGS: &str = "wl knows encodeBASE64 and encodeBASE64URL";

    m.register_fn(
        "Encode",
        Signature::new(2, 2).returns(Type::Str).params("value, encodeBASE64 | encodeBASE64URL"),
        |_, a| {
            let bytes = text(&a[0]).to_bytes().into_owned();
            Ok(Value::str(match a[1].to_int() {
                ENCODE_BASE64 => base64::engine::general_purpose::STANDARD.encode(bytes),
                ENCODE_BASE64_URL => base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes),
                _ => return Err(bad_option("Encode", &a[1], ENCODINGS)),
            }))
        },
    );
    m.register_fn(
        "Decode",
        Signature::new(2, 2).returns(Type::Str).can_fail().params("encoded, encodeBASE64 | encodeBASE64URL"),
        |m, a| {
            use base64::engine::general_purpose::{GeneralPurpose, GeneralPurposeConfig};
            use base64::engine::DecodePaddingMode;
            let lenient = GeneralPurposeConfig::new().with_decode_padding_mode(DecodePaddingMode::Indifferent);
            let encoded: String = text(&a[0]).as_str().chars().filter(|c| !c.is_whitespace()).collect();
            let decoded = match a[1].to_int() {
                ENCODE_BASE64 => GeneralPurpose::new(&base64::alphabet::STANDARD, lenient).decode(encoded),
                ENCODE_BASE64_URL => GeneralPurpose::new(&base64::alphabet::URL_SAFE, lenient).decode(encoded),
                _ => return Err(bad_option("Decode", &a[1], ENCODINGS)),
            };
            match decoded {
                Ok(bytes) => Ok(buffer(&bytes)),
                Err(e) => {
                    m.fail(crate::machine::ErrorRecord::new(codes::GENERIC, format!("Decode: not valid base64: {e}")));
                    Ok(Value::empty_str())
                }
            }
        },
    );
    m.register_alias("Décode", "Decode");
    m.register_fn("BufferToHexa", Signature::new(1, 1).returns(Type::Str).params("buffer"), |_, a| {
        let bytes = text(&a[0]).to_bytes().into_owned();
        Ok(Value::str(bytes.iter().map(|b| format!("{b:02X}")).collect::<String>()))
    });
    m.register_alias("BufferVersHexa", "BufferToHexa");
    m.register_fn("HexaToBuffer", Signature::new(1, 1).returns(Type::Str).params("hexadecimal"), |_, a| {
        let digits: Vec<char> = text(&a[0]).as_str().chars().filter(|c| !c.is_whitespace()).collect();
        let mut bytes = Vec::with_capacity(digits.len() / 2);
        for pair in digits.chunks(2) {
            let s: String = pair.iter().collect();
            match u8::from_str_radix(&s, 16) {
                Ok(b) if pair.len() == 2 && pair.iter().all(char::is_ascii_hexdigit) => bytes.push(b),
                _ => {
                    return Err(RuntimeError::fatal(format!("HexaToBuffer: `{s}` is not a hexadecimal byte"))
                        .with_code(codes::TYPE_MISMATCH))
                }
            }
        }
        Ok(buffer(&bytes))
    });
    m.register_alias("HexaVersBuffer", "HexaToBuffer");
    m.register_fn("URLEncode", Signature::new(1, 1).returns(Type::Str).params("s"), |_, a| {
        use percent_encoding::{utf8_percent_encode, AsciiSet, NON_ALPHANUMERIC};
        // Everything but the unreserved characters of RFC 3986.
        const RESERVED: &AsciiSet = &NON_ALPHANUMERIC.remove(b'-').remove(b'_').remove(b'.').remove(b'~');
        Ok(Value::str(utf8_percent_encode(text(&a[0]).as_str(), RESERVED).to_string()))
    });
    m.register_fn("URLDecode", Signature::new(1, 1).returns(Type::Str).params("s"), |_, a| {
        let s = text(&a[0]);
        let bytes: Vec<u8> = percent_encoding::percent_decode_str(s.as_str()).collect();
        Ok(match String::from_utf8(bytes) {
            Ok(t) => Value::str(t),
            Err(e) => buffer(e.as_bytes()),
        })
    });
    m.register_alias("URLDécode", "URLDecode");
    m.register_fn("HashString", Signature::new(2, 2).returns(Type::Str).params("HA_…, s"), |_, a| {
        Ok(buffer(&hash(&a[0], &text(&a[1]).to_bytes())?))
    });
    m.register_alias("HashChaîne", "HashString");
    m.register_fn("GetGUID", Signature::new(0, 1).returns(Type::Str).params("[guidRough | guidFormatted]"), |_, a| {
        let id = uuid::Uuid::new_v4();
        Ok(Value::str(match arg(a, 0) {
            Value::Null => id.simple().to_string().to_uppercase(),
            v if v.to_int() == GUID_ROUGH => id.simple().to_string().to_uppercase(),
            v if v.to_int() == GUID_FORMATTED => format!("{{{}}}", id.hyphenated().to_string().to_uppercase()),
            v => return Err(bad_option("GetGUID", &v, "the options are guidRough and guidFormatted")),
        }))
    });
    m.register_alias("DonneGUID", "GetGUID");
    // wl's strings are Unicode text already: converting text to UTF-8 changes nothing, and
    // UTF8ToString reads a buffer (from Decode, fLoadBuffer…) as UTF-8.
    m.register_fn("StringToUTF8", Signature::new(1, 1).returns(Type::Str).params("s"), |_, a| {
        Ok(Value::Str(text(&a[0])))
    });
    m.register_alias("ChaîneVersUTF8", "StringToUTF8");
    m.register_fn("UTF8ToString", Signature::new(1, 1).returns(Type::Str).params("s"), |_, a| {
        utf8_text(&a[0], "UTF8ToString")
    });
    m.register_alias("UTF8VersChaîne", "UTF8ToString");
    // ANSI is Windows-1252: a buffer of ANSI bytes becomes text, and text becomes ANSI bytes.
    m.register_fn("AnsiToUnicode", Signature::new(1, 1).returns(Type::Str).params("buffer"), |_, a| {
        let s = text(&a[0]);
        if !s.is_bytes() {
            return Ok(Value::Str(s));
        }
        let bytes = s.to_bytes();
        let (decoded, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(&bytes);
        Ok(Value::str(decoded.into_owned()))
    });
    m.register_alias("AnsiVersUnicode", "AnsiToUnicode");
    m.register_fn("UnicodeToAnsi", Signature::new(1, 1).returns(Type::Str).params("s"), |_, a| {
        let s = text(&a[0]);
        Ok(buffer(&crate::builtins::files::encoding::to_windows_1252(s.as_str(), "UnicodeToAnsi")?))
    });
    m.register_alias("UnicodeVersAnsi", "UnicodeToAnsi");
}
