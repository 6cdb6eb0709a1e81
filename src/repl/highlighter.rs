//! Syntax highlighting from the real lexer: keywords, strings, numbers, the constants True,
//! False and Null, comments, and what the lexer cannot read. The lines typed before in the
//! same input are lexed too, so a line inside a `[` multi-line string or a `/*` comment shows
//! as one.

use super::input::join;
use std::ops::Range;
use wl_interpreter::keywords::Kw;
use wl_interpreter::lexer::{lex, Token};

const KEYWORD: &str = "\x1b[1;35m";
const STRING: &str = "\x1b[32m";
const NUMBER: &str = "\x1b[33m";
const CONSTANT: &str = "\x1b[36m";
const COMMENT: &str = "\x1b[90m";
const ERROR: &str = "\x1b[31m";
pub const DIM: &str = "\x1b[2m";
pub const RESET: &str = "\x1b[0m";

/// `line` with colours (same display width). `pending` holds the lines typed before it.
pub fn highlight(pending: &str, line: &str) -> String {
    let text = join(pending, line);
    let offset = text.len() - line.len();
    let mut out = String::with_capacity(line.len() * 2);
    let mut at = offset;
    for (range, style) in styled_spans(&text) {
        if range.end <= offset {
            continue;
        }
        let start = range.start.max(offset);
        out.push_str(&text[at..start]);
        out.push_str(style);
        out.push_str(&text[start..range.end]);
        out.push_str(RESET);
        at = range.end;
    }
    out.push_str(&text[at..]);
    out
}

/// The styled parts of `text`, in order, without overlaps.
fn styled_spans(text: &str) -> Vec<(Range<usize>, &'static str)> {
    let (tokens, _) = lex(text);
    let mut spans = Vec::new();
    let mut last = 0;
    for (token, range) in tokens {
        comments(text, last..range.start, &mut spans);
        if let Some(style) = style_of(&token, &text[range.clone()]) {
            spans.push((range.clone(), style));
        }
        last = range.end;
    }
    comments(text, last..text.len(), &mut spans);
    spans
}

fn style_of(token: &Token, slice: &str) -> Option<&'static str> {
    Some(match token {
        Token::Kw(Kw::True | Kw::False | Kw::Null) => CONSTANT,
        Token::Kw(_) => KEYWORD,
        Token::Str(_) => STRING,
        Token::Int(_) | Token::Real(_) => NUMBER,
        // An unclosed string or comment still reads as one while it is being typed.
        Token::Error if slice.starts_with('"') || slice.starts_with('[') => STRING,
        Token::Error if slice.starts_with("/*") => COMMENT,
        Token::Error => ERROR,
        _ => return None,
    })
}

/// The lexer skips comments: find them in the text between two tokens.
fn comments(text: &str, gap: Range<usize>, spans: &mut Vec<(Range<usize>, &'static str)>) {
    let part = &text[gap.clone()];
    let mut i = 0;
    while i < part.len() {
        let rest = &part[i..];
        let end = if rest.starts_with("//") {
            rest.find('\n').map_or(part.len(), |n| i + n)
        } else if let Some(body) = rest.strip_prefix("/*") {
            body.find("*/").map_or(part.len(), |n| i + 2 + n + 2)
        } else {
            i += rest.chars().next().map_or(1, char::len_utf8);
            continue;
        };
        spans.push((gap.start + i..gap.start + end, COMMENT));
        i = end;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn plain(s: &str) -> String {
        let mut out = String::new();
        let mut in_escape = false;
        for c in s.chars() {
            match (in_escape, c) {
                (false, '\x1b') => in_escape = true,
                (true, 'm') => in_escape = false,
                (true, _) => {}
                (false, c) => out.push(c),
            }
        }
        out
    }

    #[test]
    fn styles_each_kind_of_token() {
        let line = "IF n = 12 THEN Info(\"a\", True) // note";
        let out = highlight("", line);
        assert_eq!(plain(&out), line);
        assert!(out.starts_with(&format!("{KEYWORD}IF{RESET} n = {NUMBER}12{RESET} {KEYWORD}THEN{RESET}")));
        assert!(out.contains(&format!("{STRING}\"a\"{RESET}, {CONSTANT}True{RESET}")));
        assert!(out.ends_with(&format!("{COMMENT}// note{RESET}")));
    }

    #[test]
    fn keeps_the_text_of_anything_typed() {
        for line in ["", "§ x ¤", "\"unclosed", "/* open", "a /* c */ b ... // x", "s = [", "ÉTÉ is int"] {
            assert_eq!(plain(&highlight("", line)), line);
        }
    }

    #[test]
    fn a_line_inside_a_multiline_string_is_a_string() {
        let out = highlight("s is string = [", "hello IF");
        assert_eq!(out, format!("{STRING}hello IF{RESET}"));
        let out = highlight("/* a", "IF */ IF");
        assert_eq!(out, format!("{COMMENT}IF */{RESET} {KEYWORD}IF{RESET}"));
    }
}
