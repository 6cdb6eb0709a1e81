//! Text encodings of files: the `fo…` constants, byte order marks, and the conversions.
//! ANSI is Windows-1252 (WinDev's default for Western European Windows); Unicode is
//! UTF-16 LE, as on Windows.

use crate::error::{codes, RuntimeError};
use crate::registry::Module;
use crate::value::Value;

pub const FO_ANSI: i64 = 0x100;
pub const FO_UNICODE: i64 = 0x200;
pub const FO_UTF8: i64 = 0x400;
pub const ENCODING_BITS: i64 = FO_ANSI | FO_UNICODE | FO_UTF8;

const UTF8_BOM: &[u8] = b"\xEF\xBB\xBF";
const UTF16LE_BOM: &[u8] = b"\xFF\xFE";
const UTF16BE_BOM: &[u8] = b"\xFE\xFF";

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Encoding {
    /// Not given: reading looks for a byte order mark, then takes UTF-8 when the bytes are
    /// valid UTF-8 and Windows-1252 otherwise; writing writes UTF-8.
    Detect,
    Ansi,
    Utf16Le,
    Utf8,
}

impl Encoding {
    /// The encoding among `options` (an open mode may be added to it).
    pub fn from_options(options: i64, function: &str) -> Result<Encoding, RuntimeError> {
        Ok(match options & ENCODING_BITS {
            0 => Encoding::Detect,
            FO_ANSI => Encoding::Ansi,
            FO_UNICODE => Encoding::Utf16Le,
            FO_UTF8 => Encoding::Utf8,
            _ => {
                return Err(RuntimeError::fatal(format!("{function}: give one encoding, not several"))
                    .with_code(codes::TYPE_MISMATCH))
            }
        })
    }

    /// The encoding a byte order mark at the start of `bytes` names, and its length.
    pub fn from_bom(bytes: &[u8]) -> Option<(Encoding, usize)> {
        if bytes.starts_with(UTF8_BOM) {
            Some((Encoding::Utf8, 3))
        } else if bytes.starts_with(UTF16LE_BOM) {
            Some((Encoding::Utf16Le, 2))
        } else {
            None
        }
    }
}

/// The text of a file's `bytes` read in `encoding`; `Err` says why it cannot be.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, String> {
    if bytes.starts_with(UTF16BE_BOM) {
        return Err("the file is UTF-16 big-endian, which wl does not read".to_string());
    }
    let (encoding, bytes) = match (encoding, Encoding::from_bom(bytes)) {
        (Encoding::Detect, Some((found, bom))) => (found, &bytes[bom..]),
        (Encoding::Detect, None) if std::str::from_utf8(bytes).is_ok() => (Encoding::Utf8, bytes),
        (Encoding::Detect, None) => (Encoding::Ansi, bytes),
        (asked, Some((found, bom))) if asked == found => (asked, &bytes[bom..]),
        (asked, _) => (asked, bytes),
    };
    Ok(match encoding {
        Encoding::Ansi => encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes).0.into_owned(),
        Encoding::Utf8 | Encoding::Detect => {
            String::from_utf8(bytes.to_vec()).map_err(|_| "the file is not UTF-8 text".to_string())?
        }
        Encoding::Utf16Le => {
            if bytes.len() % 2 != 0 {
                return Err("the file is not UTF-16 text (odd number of bytes)".to_string());
            }
            let units = bytes.chunks(2).map(|p| u16::from_le_bytes([p[0], p[1]]));
            char::decode_utf16(units)
                .collect::<Result<String, _>>()
                .map_err(|_| "the file is not UTF-16 text".to_string())?
        }
    })
}

/// The bytes of `text` in `encoding`, with the byte order mark when `bom` (UTF-16 files
/// always start with one).
pub fn encode(text: &str, encoding: Encoding, bom: bool) -> Result<Vec<u8>, String> {
    Ok(match encoding {
        Encoding::Detect | Encoding::Utf8 => {
            let mut out = if bom { UTF8_BOM.to_vec() } else { Vec::new() };
            out.extend_from_slice(text.as_bytes());
            out
        }
        Encoding::Ansi => windows_1252(text)?,
        Encoding::Utf16Le => {
            let mut out = if bom { UTF16LE_BOM.to_vec() } else { Vec::new() };
            out.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
            out
        }
    })
}

fn windows_1252(text: &str) -> Result<Vec<u8>, String> {
    let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(text);
    if unmappable {
        let c = text.chars().find(|&c| encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut [0; 4])).2).unwrap_or('?');
        return Err(format!("the character `{c}` (U+{:04X}) does not exist in ANSI (Windows-1252)", c as u32));
    }
    Ok(bytes.into_owned())
}

/// `text` in Windows-1252, or an error naming `function` when a character does not exist
/// there (never a silent `?`).
pub fn to_windows_1252(text: &str, function: &str) -> Result<Vec<u8>, RuntimeError> {
    windows_1252(text).map_err(|e| RuntimeError::fatal(format!("{function}: {e}")).with_code(codes::TYPE_MISMATCH))
}

pub fn register(m: &mut Module) {
    m.register_constant("foAnsi", Value::Int(FO_ANSI));
    m.register_constant("foUnicode", Value::Int(FO_UNICODE));
    m.register_constant("foUTF8", Value::Int(FO_UTF8));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn detects_boms_and_windows_1252() {
        assert_eq!(decode(b"\xEF\xBB\xBFcaf\xC3\xA9", Encoding::Detect).unwrap(), "café");
        assert_eq!(decode(b"\xFF\xFEc\0a\0f\0\xE9\0", Encoding::Detect).unwrap(), "café");
        assert_eq!(decode(b"caf\xE9 \x80", Encoding::Detect).unwrap(), "café €");
        assert_eq!(decode(b"caf\xC3\xA9", Encoding::Detect).unwrap(), "café");
        assert!(decode(b"caf\xE9", Encoding::Utf8).is_err());
        assert_eq!(encode("café €", Encoding::Ansi, false).unwrap(), b"caf\xE9 \x80");
        assert!(encode("日本", Encoding::Ansi, false).is_err());
    }
}
