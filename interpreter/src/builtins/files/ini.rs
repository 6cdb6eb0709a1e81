//! INI files: INIRead and INIWrite. The file keeps its encoding (detected as fLoadText
//! does) and its line ends; sections and keys are found ignoring case, as Windows does.

use super::encoding::{decode, encode, Encoding};
use super::failure;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;

/// The lines of an INI file and how to write them back.
struct IniFile {
    lines: Vec<String>,
    encoding: Encoding,
    line_end: &'static str,
}

fn load(path: &str) -> Result<IniFile, String> {
    let bytes = match std::fs::read(path) {
        Ok(b) => b,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(e.to_string()),
    };
    let encoding = match Encoding::from_bom(&bytes) {
        Some((found, _)) => found,
        None if std::str::from_utf8(&bytes).is_ok() => Encoding::Utf8,
        None => Encoding::Ansi,
    };
    let text = decode(&bytes, encoding)?;
    let line_end = if text.contains("\r\n") || text.is_empty() { "\r\n" } else { "\n" };
    Ok(IniFile { lines: text.lines().map(str::to_string).collect(), encoding, line_end })
}

fn section_name(line: &str) -> Option<&str> {
    line.trim().strip_prefix('[')?.strip_suffix(']').map(str::trim)
}

/// Index of the line `key=…` in `section`, and the index where the section ends.
fn find(ini: &IniFile, section: &str, key: &str) -> (Option<usize>, Option<usize>) {
    let mut in_section = false;
    let mut section_end = None;
    for (i, line) in ini.lines.iter().enumerate() {
        if let Some(name) = section_name(line) {
            if in_section {
                return (None, section_end);
            }
            in_section = name.eq_ignore_ascii_case(section) || name.to_lowercase() == section.to_lowercase();
            if in_section {
                section_end = Some(i + 1);
            }
            continue;
        }
        if in_section {
            if !line.trim().is_empty() {
                section_end = Some(i + 1);
            }
            if let Some((k, _)) = line.split_once('=') {
                if k.trim().to_lowercase() == key.to_lowercase() {
                    return (Some(i), section_end);
                }
            }
        }
    }
    (None, section_end)
}

/// The value of `key` in `section` of the INI file at `path`, `None` when absent.
pub(crate) fn read_value(path: &str, section: &str, key: &str) -> Result<Option<String>, String> {
    let ini = load(path)?;
    Ok(find(&ini, section, key)
        .0
        .map(|i| ini.lines[i].split_once('=').map(|(_, v)| v.trim()).unwrap_or("").to_string()))
}

/// Sets `key` in `section` of the INI file at `path` (creating both when needed), or
/// removes it when `value` is `None`.
pub(crate) fn write_value(path: &str, section: &str, key: &str, value: Option<&str>) -> Result<(), String> {
    let mut ini = load(path)?;
    let found = find(&ini, section, key);
    match (value, found) {
        (None, (Some(i), _)) => {
            ini.lines.remove(i);
        }
        (None, (None, _)) => return Ok(()),
        (Some(value), (Some(i), _)) => ini.lines[i] = format!("{key}={value}"),
        (Some(value), (None, Some(end))) => ini.lines.insert(end, format!("{key}={value}")),
        (Some(value), (None, None)) => {
            if ini.lines.last().is_some_and(|l| !l.trim().is_empty()) {
                ini.lines.push(String::new());
            }
            ini.lines.push(format!("[{section}]"));
            ini.lines.push(format!("{key}={value}"));
        }
    }
    let mut text = ini.lines.join(ini.line_end);
    text.push_str(ini.line_end);
    let bytes = encode(&text, ini.encoding, ini.encoding == Encoding::Utf16Le)?;
    if let Some(dir) = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty()) {
        std::fs::create_dir_all(dir).map_err(|e| e.to_string())?;
    }
    std::fs::write(path, bytes).map_err(|e| e.to_string())
}

pub fn register(m: &mut Module) {
    m.register_fn(
        "INIRead",
        Signature::new(4, 4).returns(Type::Str).can_fail().params("section, key, default, path"),
        |m, a| {
            let (section, key, default, path) = (a[0].to_text(), a[1].to_text(), a[2].to_str(), a[3].to_text());
            match read_value(&path, &section, &key) {
                Ok(Some(value)) => Ok(Value::str(value)),
                Ok(None) => Ok(Value::Str(default)),
                Err(e) => {
                    failure(m, format!("cannot read \"{path}\": {e}"));
                    Ok(Value::Str(default))
                }
            }
        },
    );
    m.register_alias("INILit", "INIRead");
    m.register_fn(
        "INIWrite",
        Signature::new(4, 4).returns(Type::Bool).can_fail().params("section, key, value, path"),
        |m, a| {
            let (section, key, value, path) = (a[0].to_text(), a[1].to_text(), a[2].to_text(), a[3].to_text());
            match write_value(&path, &section, &key, Some(&value)) {
                Ok(()) => Ok(Value::Bool(true)),
                Err(e) => Ok(failure(m, format!("cannot write \"{path}\": {e}"))),
            }
        },
    );
    m.register_alias("INIEcrit", "INIWrite");
}
