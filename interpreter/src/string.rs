//! WLanguage strings: UTF-8 text shared by reference-counting, appended in place when not
//! shared (so `s += "x"` in a loop is linear), with the character count kept alongside so
//! `Length` is O(1) and positions in ASCII text convert to byte offsets in O(1).

use std::fmt;
use std::rc::Rc;

#[derive(Clone)]
pub struct Str(Rc<StrBuf>);

#[derive(Clone)]
struct StrBuf {
    text: String,
    chars: usize,
    /// Binary data (a WLanguage Buffer: `HashString`, `Decode`, `fLoadBuffer`): each
    /// character, U+0000 to U+00FF, stands for one byte. Text is Unicode; functions that
    /// need the bytes of text take its UTF-8 form.
    bytes: bool,
}

/// Strings compare and hash by their text: a buffer and a text with the same characters
/// are the same string.
impl PartialEq for Str {
    fn eq(&self, other: &Str) -> bool {
        self.0.text == other.0.text
    }
}
impl Eq for Str {}
impl std::hash::Hash for Str {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        self.0.text.hash(state)
    }
}

thread_local! {
    static EMPTY: Str = Str(Rc::new(StrBuf { text: String::new(), chars: 0, bytes: false }));
}

impl Str {
    pub fn new(text: String) -> Str {
        let chars = count_chars(&text);
        Str(Rc::new(StrBuf { text, chars, bytes: false }))
    }
    /// A buffer holding `bytes`, one character (U+0000 to U+00FF) per byte.
    pub fn from_bytes(bytes: &[u8]) -> Str {
        let text: String = bytes.iter().map(|&b| char::from(b)).collect();
        Str(Rc::new(StrBuf { text, chars: bytes.len(), bytes: true }))
    }
    /// Whether this is binary data (see `StrBuf::bytes`).
    pub fn is_bytes(&self) -> bool {
        self.0.bytes
    }
    /// The bytes of a buffer, or the UTF-8 form of a text.
    pub fn to_bytes(&self) -> std::borrow::Cow<'_, [u8]> {
        if self.0.bytes {
            std::borrow::Cow::Owned(self.0.text.chars().map(|c| c as u32 as u8).collect())
        } else {
            std::borrow::Cow::Borrowed(self.0.text.as_bytes())
        }
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
        let buf = self.for_append(more.len());
        // A buffer stays one while what is appended fits in bytes.
        buf.bytes = buf.bytes && more.chars().all(|c| (c as u32) < 256);
        buf.text.push_str(more);
        buf.chars += count_chars(more);
    }

    /// Appends the decimal text of an int.
    pub fn push_int(&mut self, n: i64) {
        let mut digits = [0; 20];
        let digits = int_text(n, &mut digits);
        let buf = self.for_append(digits.len());
        buf.text.push_str(digits);
        buf.chars += digits.len();
    }

    /// The buffer to append `additional` bytes to: this one when nobody else shares it, else
    /// a copy. A copy is the start of a new string (`"Total: " + n + …`), usually extended
    /// again at once: a short one gets room for that.
    fn for_append(&mut self, additional: usize) -> &mut StrBuf {
        if Rc::get_mut(&mut self.0).is_none() {
            const ROOM: usize = 64;
            let mut text = String::with_capacity((self.0.text.len() + additional).max(ROOM));
            text.push_str(&self.0.text);
            self.0 = Rc::new(StrBuf { text, chars: self.0.chars, bytes: self.0.bytes });
        }
        Rc::get_mut(&mut self.0).expect("a string nobody else shares")
    }

    /// Byte offset of the character at 0-based index `index` (the end when past it).
    #[inline]
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

/// "00" to "99", for writing two digits per division.
const DIGIT_PAIRS: [u8; 200] = {
    let mut pairs = [0u8; 200];
    let mut i = 0;
    while i < 100 {
        pairs[2 * i] = b'0' + (i / 10) as u8;
        pairs[2 * i + 1] = b'0' + (i % 10) as u8;
        i += 1;
    }
    pairs
};

/// The decimal digits of `n` (and its sign), written at the end of `buf`: `fmt` goes
/// through the general formatting machinery, several times slower for what string building
/// does most.
pub fn int_digits(n: i64, buf: &mut [u8; 20]) -> &[u8] {
    let mut rest = n.unsigned_abs();
    let mut start = buf.len();
    while rest >= 100 {
        let pair = (rest % 100) as usize * 2;
        rest /= 100;
        start -= 2;
        buf[start..start + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    }
    if rest >= 10 {
        let pair = rest as usize * 2;
        start -= 2;
        buf[start..start + 2].copy_from_slice(&DIGIT_PAIRS[pair..pair + 2]);
    } else {
        start -= 1;
        buf[start] = b'0' + rest as u8;
    }
    if n < 0 {
        // 19 digits at most for an i64, so there is room for the sign.
        start -= 1;
        buf[start] = b'-';
    }
    &buf[start..]
}

/// `int_digits` as text, appended with one copy rather than a character at a time.
pub fn int_text(n: i64, buf: &mut [u8; 20]) -> &str {
    std::str::from_utf8(int_digits(n, buf)).expect("ASCII digits")
}

/// Appends the decimal text of `n` to `out`.
pub fn push_int(out: &mut String, n: i64) {
    out.push_str(int_text(n, &mut [0; 20]));
}

pub fn count_chars(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

#[inline]
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

#[cfg(test)]
mod tests {
    #[test]
    fn int_text_agrees_with_fmt() {
        for n in [0, 1, 9, 10, 99, 100, 101, 999, 1000, 12345, -1, -10, -99, -100, -12345, i64::MAX, i64::MIN] {
            assert_eq!(super::int_text(n, &mut [0; 20]), n.to_string());
        }
    }
}
