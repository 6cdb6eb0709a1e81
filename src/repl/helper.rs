//! The rustyline helper: joins the validator, highlighter, completer and hinter, with what
//! they need to know — the lines already typed for the current input, and the session's
//! names (refreshed after each input).

use super::highlighter::{self, DIM, RESET};
use super::names::Names;
use super::{completer, hinter, validator};
use rustyline::completion::{Completer, FilenameCompleter, Pair};
use rustyline::highlight::{CmdKind, Highlighter};
use rustyline::hint::Hinter;
use rustyline::validate::{ValidationContext, ValidationResult, Validator};
use rustyline::{Context, Helper};
use std::borrow::Cow;

#[derive(Helper)]
pub struct ReplHelper {
    /// The lines typed before for the current input ("" at the main prompt).
    pub pending: String,
    pub names: Names,
    files: FilenameCompleter,
}

impl ReplHelper {
    pub fn new(names: Names) -> Self {
        ReplHelper { pending: String::new(), names, files: FilenameCompleter::new() }
    }
}

impl Validator for ReplHelper {
    fn validate(&self, ctx: &mut ValidationContext) -> rustyline::Result<ValidationResult> {
        Ok(validator::validate(&self.pending, ctx.input()))
    }
}

impl Highlighter for ReplHelper {
    fn highlight<'l>(&self, line: &'l str, _pos: usize) -> Cow<'l, str> {
        Cow::Owned(highlighter::highlight(&self.pending, line))
    }
    fn highlight_hint<'h>(&self, hint: &'h str) -> Cow<'h, str> {
        Cow::Owned(format!("{DIM}{hint}{RESET}"))
    }
    fn highlight_char(&self, _line: &str, _pos: usize, kind: CmdKind) -> bool {
        // Every edit may change the colours of the whole line (an opening quote…).
        kind != CmdKind::MoveCursor
    }
}

impl Completer for ReplHelper {
    type Candidate = Pair;
    fn complete(&self, line: &str, pos: usize, ctx: &Context<'_>) -> rustyline::Result<(usize, Vec<Pair>)> {
        match completer::complete(&self.names, self.pending.is_empty(), line, pos) {
            Some(found) => Ok(found),
            None => self.files.complete(line, pos, ctx),
        }
    }
}

impl Hinter for ReplHelper {
    type Hint = hinter::ParamHint;
    fn hint(&self, line: &str, pos: usize, _ctx: &Context<'_>) -> Option<hinter::ParamHint> {
        hinter::hint(&self.names, line, pos)
    }
}
