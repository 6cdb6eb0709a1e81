//! Lines gathered into one input until it is complete, as the real parser decides
//! (`wl_interpreter::completeness`): an open block, a line ending in `...`, an open `[`
//! multi-line string or `/*` comment wait for more lines; a PROCEDURE waits for its END or an
//! empty line.

use wl_interpreter::completeness::is_incomplete;

#[derive(Default)]
pub struct InputBuffer {
    text: String,
}

impl InputBuffer {
    /// Lines already typed for the current input ("" at the start of an input).
    pub fn pending(&self) -> &str {
        &self.text
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// Forgets the lines typed so far (Ctrl-C).
    pub fn clear(&mut self) {
        self.text.clear();
    }

    /// Adds a line (or several, pasted at once); returns the input once it is complete.
    /// A blank line at the start of an input is no input at all.
    pub fn push(&mut self, line: &str) -> Option<String> {
        if self.text.is_empty() && line.trim().is_empty() {
            return None;
        }
        self.text = join(&self.text, line);
        if is_incomplete(&self.text) {
            None
        } else {
            Some(std::mem::take(&mut self.text))
        }
    }

    /// What is left when the input ends in the middle of a statement (to report its error).
    pub fn take(&mut self) -> Option<String> {
        let text = std::mem::take(&mut self.text);
        (!text.trim().is_empty()).then_some(text)
    }
}

/// The lines typed before, then `line`.
pub fn join(pending: &str, line: &str) -> String {
    if pending.is_empty() {
        line.to_string()
    } else {
        format!("{pending}\n{line}")
    }
}

#[cfg(test)]
mod tests {
    use super::InputBuffer;

    #[test]
    fn gathers_a_block() {
        let mut input = InputBuffer::default();
        assert_eq!(input.push(""), None);
        assert!(input.is_empty());
        assert_eq!(input.push("IF 1 > 0 THEN"), None);
        assert_eq!(input.push("  Info(1)"), None);
        assert_eq!(input.pending(), "IF 1 > 0 THEN\n  Info(1)");
        assert_eq!(input.push("END").as_deref(), Some("IF 1 > 0 THEN\n  Info(1)\nEND"));
        assert!(input.is_empty());
    }

    #[test]
    fn a_procedure_ends_at_an_empty_line() {
        let mut input = InputBuffer::default();
        assert_eq!(input.push("PROCEDURE f()"), None);
        assert_eq!(input.push("RESULT 1"), None);
        assert_eq!(input.push("").as_deref(), Some("PROCEDURE f()\nRESULT 1\n"));
    }

    #[test]
    fn what_is_left_at_the_end() {
        let mut input = InputBuffer::default();
        assert_eq!(input.push("LOOP"), None);
        assert_eq!(input.take().as_deref(), Some("LOOP"));
        assert_eq!(input.take(), None);
    }
}
