//! Parameter hints: inside the parentheses of a call to a known function or procedure, the
//! rest of the line shows its parameters, dimmed (`Middle(` shows `s, start [, length])`).

use super::names::Names;
use rustyline::hint::Hint;
use wl_interpreter::lexer::{lex, Token};

/// A hint that is only shown: the Right arrow does not insert it.
pub struct ParamHint(String);

impl Hint for ParamHint {
    fn display(&self) -> &str {
        &self.0
    }
    fn completion(&self) -> Option<&str> {
        None
    }
}

pub fn hint(names: &Names, line: &str, pos: usize) -> Option<ParamHint> {
    if pos < line.len() {
        return None;
    }
    let (tokens, _) = lex(line);
    // The callee of each parenthesis still open.
    let mut open: Vec<Option<&str>> = Vec::new();
    let mut previous: Option<&Token> = None;
    for (token, _) in &tokens {
        match token {
            Token::LParen => open.push(match previous {
                Some(Token::Ident(name)) => Some(name),
                _ => None,
            }),
            Token::RParen => {
                open.pop();
            }
            Token::Newline => open.clear(),
            _ => {}
        }
        previous = Some(token);
    }
    let callee = open.last().copied().flatten()?;
    let (name, params) = names.signature(callee)?;
    if matches!(previous, Some(Token::LParen)) && !line.ends_with(char::is_whitespace) {
        Some(ParamHint(format!("{params})")))
    } else if params.is_empty() {
        None
    } else {
        Some(ParamHint(format!("   {name}({params})")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use wl_interpreter::{CaptureHost, Engine};

    fn hint_for(line: &str) -> Option<String> {
        let e = Engine::new(Box::new(CaptureHost::default()));
        hint(&Names::new(&e.program), line, line.len()).map(|h| h.0)
    }

    #[test]
    fn shows_the_parameters_of_the_open_call() {
        assert_eq!(hint_for("x = middle(").as_deref(), Some("s, start [, length])"));
        assert_eq!(hint_for("Info(Middle(s, 2").as_deref(), Some("   Middle(s, start [, length])"));
        assert_eq!(hint_for("Info(Length(s)").as_deref(), Some("   Info(value, …)"));
        assert_eq!(hint_for("Length(s)"), None);
        assert_eq!(hint_for("x = (1"), None);
        assert_eq!(hint_for("NoSuchThing("), None);
    }
}
