//! After a syntax error, the tree the parser recovered is still resolved, so that the name
//! errors elsewhere in the file are reported in the same run. What the unreadable lines
//! declared, and where the blocks around them ended, is unknown: a resolver error is kept
//! only when it is outside the procedure holding a syntax error (in the main code, off the
//! broken line), and does not point at a word written on a broken line (`x` declared on a
//! broken line is not "undeclared").

use crate::ast::{Item, Script, Span};
use crate::diagnostic::Diagnostic;
use crate::program::{Mode, Program};
use crate::resolver;
use crate::source::SourceId;
use std::collections::HashSet;

/// The resolver's errors for a script that also has syntax errors at `broken` spans.
pub(super) fn errors_beside_syntax_errors(
    program: &Program,
    script: &Script,
    source: SourceId,
    mode: Mode,
    text: &str,
    broken: &[Span],
) -> Vec<Diagnostic> {
    let mut scratch = program.clone();
    let Err(diagnostics) = resolver::resolve(&mut scratch, script, source, mode) else { return Vec::new() };
    let lines: Vec<Span> = broken.iter().map(|s| line_around(text, s)).collect();
    let starts: Vec<usize> = script
        .items
        .iter()
        .filter_map(|i| match i {
            Item::Procedure(p) => Some(p.span.start),
            Item::Stmt(_) => None,
        })
        .collect();
    // In a procedure: from its start to the next procedure (where the blocks after the error
    // ended is unknown). Before any procedure (the main code): the broken line only.
    let tainted: Vec<Span> = lines
        .iter()
        .map(|l| match starts.iter().copied().filter(|&s| s <= l.start).max() {
            Some(from) => from..starts.iter().copied().filter(|&s| s > l.end).min().unwrap_or(text.len()),
            None => l.clone(),
        })
        .collect();
    let words: HashSet<String> = lines
        .iter()
        .flat_map(|l| text[l.clone()].split(|c: char| !(c.is_alphanumeric() || c == '_')))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    diagnostics
        .into_iter()
        .filter(|d| {
            let Some(label) = &d.primary else { return false };
            let (start, end) = (label.loc.start as usize, label.loc.end as usize);
            let on_broken_line = tainted.iter().any(|l| start < l.end && l.start <= end);
            let named = text.get(start..end).map(str::to_lowercase);
            !on_broken_line && !named.is_some_and(|w| words.contains(&w))
        })
        .collect()
}

/// The whole line (or lines) a span is on.
fn line_around(text: &str, span: &Span) -> Span {
    let start = span.start.min(text.len());
    let end = span.end.clamp(start, text.len());
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[end..].find('\n').map_or(text.len(), |i| end + i);
    line_start..line_end
}
