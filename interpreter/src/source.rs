//! Source files and locations. Every diagnostic and runtime error points into a file of the
//! `SourceMap`, so the REPL can report errors in procedures typed several inputs ago.

use std::ops::Range;
use std::rc::Rc;

/// Index of a file in the `SourceMap`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct SourceId(pub u32);

/// A byte range inside one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub struct Loc {
    pub source: SourceId,
    pub start: u32,
    pub end: u32,
}

impl Loc {
    pub fn new(source: SourceId, range: Range<usize>) -> Self {
        Loc { source, start: range.start as u32, end: range.end as u32 }
    }
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }
    /// The smallest location covering both.
    pub fn to(self, other: Loc) -> Loc {
        Loc { source: self.source, start: self.start.min(other.start), end: self.end.max(other.end) }
    }
}

pub struct SourceFile {
    pub name: String,
    pub text: Rc<str>,
}

#[derive(Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<Rc<str>>) -> SourceId {
        self.files.push(SourceFile { name: name.into(), text: text.into() });
        SourceId(self.files.len() as u32 - 1)
    }
    pub fn get(&self, id: SourceId) -> &SourceFile {
        &self.files[id.0 as usize]
    }
    pub fn files(&self) -> impl Iterator<Item = (SourceId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (SourceId(i as u32), f))
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, id: SourceId, offset: u32) -> (usize, usize) {
        let text = &self.get(id).text;
        let offset = (offset as usize).min(text.len());
        let mut offset = offset;
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let before = &text[..offset];
        let line = before.matches('\n').count() + 1;
        let line_start = before.rfind('\n').map(|i| i + 1).unwrap_or(0);
        let col = before[line_start..].chars().count() + 1;
        (line, col)
    }

    /// `file:line:col` of a location, as call stacks print it.
    pub fn describe(&self, loc: Loc) -> String {
        let (line, col) = self.line_col(loc.source, loc.start);
        format!("{}:{}:{}", self.get(loc.source).name, line, col)
    }
}

/// The text of a script file. UTF-8 (with or without a byte order mark) and UTF-16 LE with
/// its mark are read as such; other bytes are Windows-1252, WinDev's encoding for older
/// projects, and the second value is a note saying so.
pub fn decode_script(bytes: &[u8]) -> (String, Option<&'static str>) {
    if let Some(rest) = bytes.strip_prefix(b"\xEF\xBB\xBF") {
        if let Ok(text) = std::str::from_utf8(rest) {
            return (text.to_string(), None);
        }
    }
    if let Some(rest) = bytes.strip_prefix(b"\xFF\xFE") {
        let (text, had_errors) = encoding_rs::UTF_16LE.decode_without_bom_handling(rest);
        if !had_errors {
            return (text.into_owned(), None);
        }
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => (text.to_string(), None),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            (text.into_owned(), Some("the script is not UTF-8: it was read as Windows-1252 (ANSI)"))
        }
    }
}
