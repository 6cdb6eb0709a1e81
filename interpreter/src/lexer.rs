//! The lexer: logos turns source text into tokens with byte spans. Keywords are looked up
//! case-insensitively after the fact, so French and English spellings share one table.

use crate::keywords::{self, Kw};
use logos::Logos;
use std::fmt;
use std::ops::Range;
use std::rc::Rc;

/// A token as the parser sees it.
#[derive(Clone, Debug, PartialEq)]
pub enum Token {
    Newline,
    Ident(Rc<str>),
    Kw(Kw),
    Int(i64),
    Real(f64),
    Str(Rc<str>),
    LParen,
    RParen,
    LBracket,
    RBracket,
    Comma,
    Colon,
    Dot,
    DotDot,
    Plus,
    Minus,
    Star,
    Slash,
    Percent,
    Caret,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    TildeEq,
    StartsWith,
    Contains,
    EndsWith,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    PlusPlus,
    MinusMinus,
    /// `~~`: very flexible equality.
    TildeTilde,
    /// `?` of the ternary `cond ? a ELSE b`.
    Question,
    LBrace,
    RBrace,
    /// `<-`: assignment by reference.
    LeftArrow,
    /// What the lexer could not read; already reported as a diagnostic.
    Error,
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Token::Newline => write!(f, "end of line"),
            Token::Ident(s) => write!(f, "`{s}`"),
            Token::Kw(k) => write!(f, "`{}`", k.as_str()),
            Token::Int(n) => write!(f, "`{n}`"),
            Token::Real(r) => write!(f, "`{r}`"),
            Token::Str(_) => write!(f, "a string"),
            Token::Error => write!(f, "an invalid token"),
            other => write!(f, "`{}`", punctuation(other)),
        }
    }
}

fn punctuation(t: &Token) -> &'static str {
    match t {
        Token::LParen => "(",
        Token::RParen => ")",
        Token::LBracket => "[",
        Token::RBracket => "]",
        Token::Comma => ",",
        Token::Colon => ":",
        Token::Dot => ".",
        Token::DotDot => "..",
        Token::Plus => "+",
        Token::Minus => "-",
        Token::Star => "*",
        Token::Slash => "/",
        Token::Percent => "%",
        Token::Caret => "^",
        Token::Eq => "=",
        Token::Ne => "<>",
        Token::Lt => "<",
        Token::Le => "<=",
        Token::Gt => ">",
        Token::Ge => ">=",
        Token::TildeEq => "~=",
        Token::StartsWith => "[=",
        Token::Contains => "[=]",
        Token::EndsWith => "=]",
        Token::PlusEq => "+=",
        Token::MinusEq => "-=",
        Token::StarEq => "*=",
        Token::SlashEq => "/=",
        Token::PlusPlus => "++",
        Token::MinusMinus => "--",
        Token::Question => "?",
        Token::TildeTilde => "~~",
        Token::LBrace => "{",
        Token::RBrace => "}",
        Token::LeftArrow => "<-",
        _ => "?",
    }
}

/// A problem found while lexing, with what to do about it.
#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub span: Range<usize>,
    pub message: String,
    pub label: String,
    pub help: String,
}

#[derive(Default, Clone, Debug, PartialEq)]
pub enum RawError {
    #[default]
    UnknownCharacter,
    UnterminatedString,
    UnterminatedComment,
    UnterminatedMultiline,
    BadNumber,
}

#[derive(Logos, Debug, Clone, PartialEq)]
#[logos(error = RawError)]
#[logos(skip r"[ \t\f\u{FEFF}\u{A0}]+")]
#[logos(skip(r"//[^\n]*", allow_greedy = true))]
#[logos(skip r"/\*([^*]|\*+[^*/])*\*+/")]
#[logos(skip r"\.\.\.[ \t]*(//[^\n]*)?(\r?\n|\r)?")]
enum Raw {
    #[regex(r"\r?\n|\r|;")]
    Newline,
    #[regex(r"/\*([^*]|\*+[^*/])*\**", unterminated_comment)]
    UnterminatedComment,
    #[regex(r"[\p{L}_][\p{L}\p{N}_]*")]
    Word,
    /// `d'` in `tableau d'entiers`: the French elision of `de`.
    #[regex(r"[dD]'")]
    Elision,
    // PC SOFT's "Reals" page: "you can use spaces and underscore characters to separate
    // thousands in numbers" (`123 456.478`, `7_014.478`): a group of three digits after one
    // space or `_`.
    #[regex(r"[0-9]+([ _][0-9][0-9][0-9])*", |lex| without_separators(lex.slice()).parse::<i64>().map_err(|_| RawError::BadNumber))]
    Int(i64),
    #[regex(r"0[xX][0-9a-fA-F]+", |lex| i64::from_str_radix(&lex.slice()[2..], 16).map_err(|_| RawError::BadNumber))]
    Hex(i64),
    #[regex(r"[0-9]+([ _][0-9][0-9][0-9])*\.[0-9]+([eE][+-]?[0-9]+)?|[0-9]+[eE][+-]?[0-9]+", |lex| without_separators(lex.slice()).parse::<f64>().map_err(|_| RawError::BadNumber))]
    Real(f64),
    #[regex(r#""([^"\r\n]|"")*""#, |lex| unquote(lex.slice()))]
    Str(String),
    /// “…”: the typographic quotes of PC SOFT's own samples.
    #[regex(r#"“[^”\r\n]*”"#, |lex| { let s = lex.slice(); s["“".len()..s.len() - "”".len()].to_string() })]
    TypographicStr(String),
    /// `…`: a one-line string between backquotes (version 2024, PC SOFT's "Chaînes
    /// littérales" page), where a `"` needs no doubling.
    #[regex(r"`[^`\r\n]*`", |lex| { let s = lex.slice(); s[1..s.len() - 1].to_string() })]
    BacktickStr(String),
    #[regex(r#""([^"\r\n]|"")*"#, unterminated_string)]
    UnterminatedStr,
    #[regex(r"\[[ \t]*(\r?\n)", multiline_string)]
    Multiline(String),
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(".")]
    Dot,
    #[token("..")]
    DotDot,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("%")]
    Percent,
    #[token("^")]
    Caret,
    #[token("=")]
    Eq,
    #[token("<>")]
    Ne,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    #[token("~=")]
    TildeEq,
    #[token("[=")]
    StartsWith,
    #[token("[=]")]
    Contains,
    #[token("=]")]
    EndsWith,
    #[token("+=")]
    PlusEq,
    #[token("-=")]
    MinusEq,
    #[token("*=")]
    StarEq,
    #[token("/=")]
    SlashEq,
    #[token("++")]
    PlusPlus,
    #[token("--")]
    MinusMinus,
    #[token("~~")]
    TildeTilde,
    #[token("?")]
    Question,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token("<-")]
    LeftArrow,
}

fn unterminated_comment(_: &mut logos::Lexer<Raw>) -> Result<(), RawError> {
    Err(RawError::UnterminatedComment)
}

fn unterminated_string(_: &mut logos::Lexer<Raw>) -> Result<(), RawError> {
    Err(RawError::UnterminatedString)
}

/// A number's digits without its thousand separators.
fn without_separators(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains([' ', '_']) {
        std::borrow::Cow::Owned(s.chars().filter(|c| !matches!(c, ' ' | '_')).collect())
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

fn unquote(s: &str) -> String {
    s[1..s.len() - 1].replace("\"\"", "\"")
}

/// A `[` alone at the end of a line opens a multi-line string; a `]` alone on a line (a
/// comment may follow it) closes it. The lines between lose their common indentation and are joined with CR ("\r\n").
fn multiline_string(lex: &mut logos::Lexer<Raw>) -> Result<String, RawError> {
    let rest = lex.remainder();
    let mut lines = Vec::new();
    let mut consumed = 0;
    for line in rest.split_inclusive('\n') {
        consumed += line.len();
        let content = line.trim_end_matches(['\n', '\r']);
        // `]` alone, or followed by a comment (`] // example`).
        let after = content.trim_start().strip_prefix(']').map(str::trim_start);
        if matches!(after, Some(rest) if rest.is_empty() || rest.starts_with("//")) {
            // Leave the line break after `]` to end the statement.
            let close = consumed - line.len() + line.find(']').unwrap_or(0) + 1;
            lex.bump(close);
            return Ok(dedent(&lines));
        }
        lines.push(content);
    }
    lex.bump(rest.len());
    Err(RawError::UnterminatedMultiline)
}

fn dedent(lines: &[&str]) -> String {
    let indent = lines
        .iter()
        .filter(|l| !l.trim().is_empty())
        .map(|l| l.len() - l.trim_start_matches([' ', '\t']).len())
        .min()
        .unwrap_or(0);
    lines
        .iter()
        .map(|l| if l.len() >= indent { &l[indent..] } else { l.trim_start_matches([' ', '\t']) })
        .collect::<Vec<_>>()
        .join("\r\n")
}

/// The tokens of `src` with their byte spans, and the problems found on the way. Tokens that
/// could not be read come out as `Token::Error` so the parser can skip them.
pub fn lex(src: &str) -> (Vec<(Token, Range<usize>)>, Vec<LexError>) {
    let mut tokens = Vec::new();
    let mut errors = Vec::new();
    let mut lexer = Raw::lexer(src);
    while let Some(result) = lexer.next() {
        let span = lexer.span();
        let token = match result {
            Ok(raw) => convert(raw, lexer.slice()),
            Err(kind) => {
                errors.push(describe(kind, span.clone(), lexer.slice()));
                Token::Error
            }
        };
        tokens.push((token, span));
    }
    glue_colon_members(&mut tokens);
    (tokens, errors)
}

/// `stAddress:sCity`, written without spaces, is the older spelling of `stAddress.sCity`:
/// a `:` glued to a name (or `)`/`]`) on its left and to a name on its right becomes `.`.
/// With a space on either side it stays a `:` (`CASE 1: …`, `Label:`).
fn glue_colon_members(tokens: &mut [(Token, Range<usize>)]) {
    for i in 1..tokens.len().saturating_sub(1) {
        let glued = tokens[i].0 == Token::Colon
            && tokens[i - 1].1.end == tokens[i].1.start
            && tokens[i].1.end == tokens[i + 1].1.start
            && matches!(tokens[i - 1].0, Token::Ident(_) | Token::RParen | Token::RBracket)
            && matches!(tokens[i + 1].0, Token::Ident(_));
        if glued {
            tokens[i].0 = Token::Dot;
        }
    }
}

fn convert(raw: Raw, slice: &str) -> Token {
    match raw {
        Raw::Newline => Token::Newline,
        Raw::UnterminatedComment | Raw::UnterminatedStr => Token::Error,
        Raw::Elision => Token::Ident("de".into()),
        Raw::Word => match keywords::lookup(slice) {
            Some(kw) => Token::Kw(kw),
            None => Token::Ident(slice.into()),
        },
        Raw::Int(n) | Raw::Hex(n) => Token::Int(n),
        Raw::Real(r) => Token::Real(r),
        Raw::Str(s) | Raw::Multiline(s) | Raw::TypographicStr(s) | Raw::BacktickStr(s) => Token::Str(s.into()),
        Raw::LParen => Token::LParen,
        Raw::RParen => Token::RParen,
        Raw::LBracket => Token::LBracket,
        Raw::RBracket => Token::RBracket,
        Raw::Comma => Token::Comma,
        Raw::Colon => Token::Colon,
        Raw::Dot => Token::Dot,
        Raw::DotDot => Token::DotDot,
        Raw::Plus => Token::Plus,
        Raw::Minus => Token::Minus,
        Raw::Star => Token::Star,
        Raw::Slash => Token::Slash,
        Raw::Percent => Token::Percent,
        Raw::Caret => Token::Caret,
        Raw::Eq => Token::Eq,
        Raw::Ne => Token::Ne,
        Raw::Lt => Token::Lt,
        Raw::Le => Token::Le,
        Raw::Gt => Token::Gt,
        Raw::Ge => Token::Ge,
        Raw::TildeEq => Token::TildeEq,
        Raw::StartsWith => Token::StartsWith,
        Raw::Contains => Token::Contains,
        Raw::EndsWith => Token::EndsWith,
        Raw::PlusEq => Token::PlusEq,
        Raw::MinusEq => Token::MinusEq,
        Raw::StarEq => Token::StarEq,
        Raw::SlashEq => Token::SlashEq,
        Raw::PlusPlus => Token::PlusPlus,
        Raw::MinusMinus => Token::MinusMinus,
        Raw::Question => Token::Question,
        Raw::TildeTilde => Token::TildeTilde,
        Raw::LBrace => Token::LBrace,
        Raw::RBrace => Token::RBrace,
        Raw::LeftArrow => Token::LeftArrow,
    }
}

fn describe(kind: RawError, span: Range<usize>, slice: &str) -> LexError {
    let (message, label, help) = match kind {
        RawError::UnknownCharacter => {
            let c = slice.chars().next().unwrap_or('?');
            (
                format!("unexpected character `{}`", c.escape_default()),
                "not part of WLanguage".to_string(),
                "remove it, or put it inside a string".to_string(),
            )
        }
        RawError::UnterminatedString => (
            "unterminated string".to_string(),
            "this string has no closing `\"`".to_string(),
            "close it on the same line; write `\"\"` for a quote inside a string, or use a `[` … `]` multi-line string"
                .to_string(),
        ),
        RawError::UnterminatedComment => (
            "unterminated comment".to_string(),
            "this `/*` is never closed".to_string(),
            "close the comment with `*/`".to_string(),
        ),
        RawError::UnterminatedMultiline => (
            "unterminated multi-line string".to_string(),
            "this `[` opens a multi-line string that is never closed".to_string(),
            "close it with a `]` alone on its own line".to_string(),
        ),
        RawError::BadNumber => (
            format!("invalid number `{slice}`"),
            "does not fit in a 64-bit integer".to_string(),
            "write it as a real (e.g. `1e20`) if it is that large".to_string(),
        ),
    };
    LexError { span, message, label, help }
}
