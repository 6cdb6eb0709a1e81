//! WLanguage strings: UTF-8 text shared by reference-counting, appended in place when not
//! shared (so `s += "x"` in a loop is linear), with the character count kept alongside so
//! `Length` is O(1) and positions in ASCII text convert to byte offsets in O(1).

use std::fmt;
use std::rc::Rc;

#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Str(Rc<StrBuf>);

#[derive(Clone, PartialEq, Eq, Hash)]
struct StrBuf {
    text: String,
    chars: usize,
}

thread_local! {
    static EMPTY: Str = Str(Rc::new(StrBuf { text: String::new(), chars: 0 }));
}

impl Str {
    pub fn new(text: String) -> Str {
        let chars = count_chars(&text);
        Str(Rc::new(StrBuf { text, chars }))
    }
    pub fn empty() -> Str {
        EMPTY.with(|e| e.clone())
    }
    pub fn as_str(&self) -> &str {
        &self.0.text
    }
    /// Length in characters (Unicode scalar values).
    pub fn char_len(&self) -> usize {
        self.0.chars
    }
    pub fn is_ascii(&self) -> bool {
        self.0.chars == self.0.text.len()
    }
    pub fn is_empty(&self) -> bool {
        self.0.text.is_empty()
    }
    /// Appends in place when this is the only reference, copying otherwise.
    pub fn push_str(&mut self, more: &str) {
        let buf = Rc::make_mut(&mut self.0);
        buf.text.push_str(more);
        buf.chars += count_chars(more);
    }
    /// Byte offset of the character at 0-based index `index` (the end when past it).
    pub fn byte_offset(&self, index: usize) -> usize {
        byte_offset(self.as_str(), self.is_ascii(), index)
    }
    /// The characters `start..end` (0-based, clamped).
    pub fn char_slice(&self, start: usize, end: usize) -> &str {
        let end = end.min(self.char_len());
        if start >= end {
            return "";
        }
        let s = self.as_str();
        if self.is_ascii() {
            return &s[start..end];
        }
        let b0 = byte_offset(s, false, start);
        let b1 = b0 + byte_offset(&s[b0..], false, end - start);
        &s[b0..b1]
    }
    /// Character index (0-based) of a byte offset.
    pub fn char_index(&self, byte: usize) -> usize {
        if self.is_ascii() {
            byte
        } else {
            count_chars(&self.as_str()[..byte])
        }
    }
}

pub fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

fn byte_offset(s: &str, ascii: bool, index: usize) -> usize {
    if ascii {
        return index.min(s.len());
    }
    s.char_indices().nth(index).map(|(b, _)| b).unwrap_or(s.len())
}

impl From<&str> for Str {
    fn from(s: &str) -> Str {
        if s.is_empty() {
            Str::empty()
        } else {
            Str::new(s.to_string())
        }
    }
}

impl From<String> for Str {
    fn from(s: String) -> Str {
        Str::new(s)
    }
}

impl fmt::Display for Str {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl fmt::Debug for Str {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{:?}", self.as_str())
    }
}
