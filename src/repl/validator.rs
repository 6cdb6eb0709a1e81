//! When Enter is pressed: the real parser (through `InputBuffer`'s completeness rule) decides
//! whether the input is finished.
//!
//! A line typed at the prompt is always handed back to the session, which asks for the next
//! line with the continuation prompt `..> ` while the input is unfinished (rustyline itself
//! shows no prompt on the extra lines of one buffer). A buffer that already holds several
//! lines — an input recalled from the history, or pasted — is kept open in the editor until
//! the input it makes with the lines before it is complete, so it can be edited as a whole.

use super::input::join;
use rustyline::validate::ValidationResult;
use wl_interpreter::completeness::is_incomplete;

pub fn validate(pending: &str, buffer: &str) -> ValidationResult {
    if buffer.contains('\n') && is_incomplete(&join(pending, buffer)) {
        ValidationResult::Incomplete
    } else {
        ValidationResult::Valid(None)
    }
}

#[cfg(test)]
mod tests {
    use super::validate;
    use rustyline::validate::ValidationResult;

    fn incomplete(pending: &str, buffer: &str) -> bool {
        matches!(validate(pending, buffer), ValidationResult::Incomplete)
    }

    #[test]
    fn keeps_a_recalled_block_open_until_it_is_complete() {
        assert!(incomplete("", "IF x THEN\nInfo(1)"));
        assert!(!incomplete("", "IF x THEN\nInfo(1)\nEND"));
        assert!(incomplete("PROCEDURE f()", "IF x THEN\nRESULT 1"));
        assert!(!incomplete("WHILE x", "x++\nEND"));
    }

    #[test]
    fn hands_back_a_single_line() {
        assert!(!incomplete("", "IF x THEN"));
        assert!(!incomplete("IF x THEN", "Info(1)"));
    }
}
