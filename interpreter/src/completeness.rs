//! Whether an input typed at the REPL is finished, decided by the real lexer and parser:
//! an input is unfinished when reading it fails only because the text stops too early.

use crate::ast::Item;
use crate::keywords::Kw;
use crate::lexer::{self, Token};
use crate::parser;

/// True when `src` is the beginning of an input that more lines would finish:
/// - a block (IF, FOR, WHILE, LOOP, SWITCH, WHEN EXCEPTION, CONSTANT, STRUCTURE) without its
///   END, a line form such as `IF x THEN` with nothing after it;
/// - a last line ending in `...` (the statement continues on the next line);
/// - a `[` multi-line string or a `/*` comment not yet closed;
/// - a PROCEDURE without its END, unless the last line of `src` is blank: in a file a
///   procedure may end without END (at the next PROCEDURE or at the end of the file), so at
///   the REPL an empty line ends it too.
///
/// Any other syntax error makes the input finished (and wrong), so it is reported at once;
/// an error inside an open block is reported when the block is closed.
pub fn is_incomplete(src: &str) -> bool {
    // The line just typed ends with a line break, as it would in a file.
    let text = format!("{src}\n");
    let (tokens, _) = lexer::lex(&text);

    // The final line break was swallowed: by a `...` continuation, by an unclosed multi-line
    // string or comment (both then reach the end of the text).
    match tokens.last() {
        Some((Token::Newline, span)) if span.end == text.len() => {}
        Some(_) => return true,
        None => return false,
    }

    let (script, errors) = parser::parse(&tokens, text.len());
    if !errors.is_empty() {
        // A block still open makes the parser run into the end of the text. (The recovery
        // from that error may report other lines too, such as an ELSE with no IF open; they
        // are read again, properly, once the block is closed.)
        // A block without its END is reported at its opener ("this IF has no END").
        return errors.iter().any(|e| e.span.start >= text.len() || e.kind == parser::SyntaxErrorKind::Unclosed);
    }

    // A procedure not closed by END goes on until a blank line.
    let Some(script) = script else { return false };
    let Some(Item::Procedure(proc)) = script.items.last() else { return false };
    // Its own END comes after the last statement of its body and handlers (an END before
    // that closes a block inside it).
    let content_end =
        [&proc.body, proc.on_error.as_ref().unwrap_or(&Vec::new()), proc.on_exception.as_ref().unwrap_or(&Vec::new())]
            .iter()
            .filter_map(|block| block.last().map(|stmt| stmt.span.end))
            .max()
            .unwrap_or(proc.name.span.end);
    let closed_by_end = tokens
        .iter()
        .any(|(t, span)| *t == Token::Kw(Kw::End) && span.start >= content_end && span.end <= proc.span.end);
    let last_line_blank = src.contains('\n') && src.rsplit('\n').next().is_some_and(|l| l.trim().is_empty());
    !(closed_by_end || last_line_blank)
}

#[cfg(test)]
mod tests {
    use super::is_incomplete;

    #[test]
    fn finished_inputs() {
        for src in [
            "",
            "   ",
            "x is int",
            "Info(1)",
            "Length(\"abc\")",
            "IF x THEN Info(1)",
            "IF x THEN Info(1) ELSE Info(2)",
            "IF x THEN\nInfo(1)\nEND",
            "FOR i = 1 TO 3\nTrace(i)\nEND",
            "LOOP\nBREAK\nEND",
            "SWITCH x\nCASE 1: Info(1)\nOTHER CASE\nInfo(2)\nEND",
            "WHEN EXCEPTION IN\nx = 1/0\nDO\nInfo(\"caught\")\nEND",
            "PROCEDURE f()\nRESULT 1\nEND",
            "PROCEDURE f()\nRESULT 1\n",
            "PROCEDURE f(a, b)\nRESULT a + b\n   ",
            "procedure f() ; result 1 ; end",
            "PROCEDURE f()\nIF x THEN\nRESULT 1\nEND\nEND",
            "PROCÉDURE f()\nRENVOYER 1\nFIN",
            "PROCEDURE f()\nx = 1/0\nCASE EXCEPTION:\nInfo(\"e\")\nEND",
            "PROCEDURE f()\nEND",
            "s is string = [\nabc\n]",
            "x = 1 + ...\n2",
            "/* a\ncomment */",
            "// only a comment",
        ] {
            assert!(!is_incomplete(src), "{src:?} should be finished");
        }
    }

    #[test]
    fn unfinished_inputs() {
        for src in [
            "IF x THEN",
            "IF x",
            "IF x > 1 THEN\nInfo(1)",
            "IF x THEN\nInfo(1)\nELSE",
            "IF x THEN\nInfo(1)\n\n",
            "FOR i = 1 TO 3",
            "FOR EACH v OF t\nTrace(v)",
            "WHILE x < 3",
            "LOOP",
            "LOOP(3)\nTrace(1)",
            "SWITCH x",
            "SWITCH x\nCASE 1: Info(1)",
            "WHEN EXCEPTION IN",
            "WHEN EXCEPTION IN\nx = 1\nDO",
            "PROCEDURE f()",
            "PROCEDURE f(a, b)\nRESULT a + b",
            "PROCEDURE f()\nIF x THEN\nRESULT 1\nEND",
            "PROCEDURE f()\nx = 1/0\nCASE EXCEPTION:\nInfo(\"e\")",
            "PROCEDURE f()\nx = 1/0\nCASE ERROR:",
            "STRUCTURE Point",
            "CONSTANT\nA = 1",
            "x = 1 + ...",
            "Info(1, ...",
            "Info(1) ...",
            "x = 1 + ... // comment",
            "s is string = [",
            "s is string = [\nabc",
            "/* a comment",
            "SI x ALORS",
            "IF a THEN\nIF b THEN\nInfo(1)\nEND",
            "IF x THEN\nInfo(1 2)",
            "IF x THEN\n1 +\n",
        ] {
            assert!(is_incomplete(src), "{src:?} should be unfinished");
        }
    }

    #[test]
    fn errors_before_the_end_finish_the_input() {
        for src in [
            "x = 1 +",
            "Info(1",
            "\"abc",
            "END",
            "ELSE",
            "FOR i = TO 3",
            "x = = 2",
            "§",
            "1 2 3",
            "x ++ y",
            "IF x THEN ELSE",
            "PROCEDURE f(",
            "OTHER CASE",
            "x = [1, 2",
            "IF x THEN\nInfo(1 2)\nEND",
        ] {
            assert!(!is_incomplete(src), "{src:?} has an error before its end");
        }
    }
}
