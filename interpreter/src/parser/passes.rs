//! How the grammar is run. Most of a parse is trying alternatives that fail, and what a
//! failure costs is chumsky's error type: `Rich` records every expected pattern (allocated,
//! compared, dropped), which made `wl check` of a large script a quarter slower than the first
//! round's grammar. So the grammar is written once, generic over the error type (`WlExtra`),
//! and run cheaply first:
//!
//! 1. with `EmptyErr` (a failure costs nothing at all): a script with no syntax error —
//!    nearly every script `wl check` or `wl run` sees — is done after this pass;
//! 2. otherwise with `Cheap` errors (a span each, nothing allocated), to know where they are;
//! 3. then each top-level item holding an error (and the item before it, whose unclosed
//!    block reports at the next item's first token) is read again, alone, with `Rich` errors,
//!    to say what was found and what was expected;
//! 4. if those errors do not stand exactly where the second pass found its errors, the whole
//!    script is read again with `Rich` (never a different report for the sake of speed).
//!
//! Every pass takes the same path through the grammar: the error type never decides what is
//! parsed, so the tree of the first pass is the tree.

use super::{first_item_parser, script_of, script_parser, TokenInput};
use crate::ast::Script;
use crate::lexer::Token;
use chumsky::prelude::*;
use std::collections::BTreeSet;

/// What the grammar needs of chumsky's error type.
pub(super) trait WlExtra<'a>:
    chumsky::extra::ParserExtra<'a, TokenInput<'a>, Error = <Self as WlExtra<'a>>::Failure, State = (), Context = ()> + 'a
{
    type Failure: chumsky::error::Error<'a, TokenInput<'a>>
        + chumsky::label::LabelError<'a, TokenInput<'a>, &'static str>
        + Clone
        + 'a;

    /// An error of the grammar's own (an unclosed block, a stray END…).
    fn custom(span: SimpleSpan, message: impl Into<String>) -> Self::Failure;
}

/// The detailed errors: what was found, what was expected, the grammar's own messages.
pub(super) type Detailed<'a> = extra::Err<Rich<'a, Token, SimpleSpan>>;

impl<'a> WlExtra<'a> for Detailed<'a> {
    type Failure = Rich<'a, Token, SimpleSpan>;
    fn custom(span: SimpleSpan, message: impl Into<String>) -> Self::Failure {
        Rich::custom(span, message.into())
    }
}

/// Only whether there is an error.
type Fast = extra::Err<EmptyErr>;

impl<'a> WlExtra<'a> for Fast {
    type Failure = EmptyErr;
    fn custom(_: SimpleSpan, _: impl Into<String>) -> EmptyErr {
        EmptyErr::default()
    }
}

/// Only where each error is.
type Located = extra::Err<Cheap<SimpleSpan>>;

impl<'a> WlExtra<'a> for Located {
    type Failure = Cheap<SimpleSpan>;
    fn custom(span: SimpleSpan, _: impl Into<String>) -> Cheap<SimpleSpan> {
        Cheap::new(span)
    }
}

/// Parses `tokens`: the tree, and the detailed errors (none when the script is well formed).
pub(super) fn run<'a>(
    tokens: &'a [(Token, SimpleSpan)],
    eoi: SimpleSpan,
) -> (Option<Script>, Vec<Rich<'a, Token, SimpleSpan>>) {
    let fast = script_parser::<Fast>().parse(tokens.split_token_span(eoi));
    if !fast.has_errors() {
        return (fast.into_output().map(script_of), Vec::new());
    }
    let (items, located) = script_parser::<Located>().parse(tokens.split_token_span(eoi)).into_output_errors();
    if located.is_empty() {
        return (items.map(script_of), Vec::new());
    }
    let by_item = items.as_deref().and_then(|items| errors_by_item(tokens, eoi, items, &located));
    match by_item {
        Some(errors) => (items.map(script_of), errors),
        None => {
            #[cfg(test)]
            tests::WHOLE_READS.with(|n| n.set(n.get() + 1));
            let (items, errors) = script_parser::<Detailed>().parse(tokens.split_token_span(eoi)).into_output_errors();
            (items.map(script_of), errors)
        }
    }
}

/// The detailed errors, read item by item; `None` when they do not match the first pass's.
fn errors_by_item<'a>(
    tokens: &'a [(Token, SimpleSpan)],
    eoi: SimpleSpan,
    items: &[(crate::ast::Item, SimpleSpan)],
    located: &[Cheap<SimpleSpan>],
) -> Option<Vec<Rich<'a, Token, SimpleSpan>>> {
    let mut to_read = BTreeSet::new();
    for error in located {
        let at = error.span().start;
        // The last item starting at or before the error; an error before the first item (or
        // after the last one's end) is not an item's: read the whole script.
        let index = items.partition_point(|(_, span)| span.start <= at).checked_sub(1)?;
        if at > items[index].1.end {
            return None;
        }
        to_read.insert(index);
        if index > 0 {
            to_read.insert(index - 1);
        }
    }
    let mut errors = Vec::new();
    for index in to_read {
        let start = items[index].1.start;
        let first_token = tokens.partition_point(|(_, span)| span.start < start);
        let rest = &tokens[first_token..];
        errors.extend(first_item_parser::<Detailed>().parse(rest.split_token_span(eoi)).into_errors());
    }
    let mut found: Vec<(usize, usize)> = errors.iter().map(|e| (e.span().start, e.span().end)).collect();
    let mut expected: Vec<(usize, usize)> = located.iter().map(|e| (e.span().start, e.span().end)).collect();
    found.sort_unstable();
    found.dedup();
    expected.sort_unstable();
    expected.dedup();
    (found == expected).then_some(errors)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::path::Path;

    thread_local! {
        /// How many times `run` read a whole script again with `Rich`.
        pub(super) static WHOLE_READS: std::cell::Cell<usize> = const { std::cell::Cell::new(0) };
    }

    /// The errors of `source` read item by item, and read whole with `Rich`, as (start, end,
    /// text) triples.
    fn both_ways(source: &str) -> (Vec<String>, Vec<String>) {
        let (tokens, _) = crate::lexer::lex(source);
        let tokens: Vec<(Token, SimpleSpan)> = tokens.into_iter().map(|(t, s)| (t, SimpleSpan::from(s))).collect();
        let eoi = SimpleSpan::from(source.len()..source.len());
        let show = |errors: Vec<Rich<'_, Token, SimpleSpan>>| {
            let mut v: Vec<String> = errors.iter().map(|e| format!("{:?} {e}", e.span())).collect();
            v.sort();
            v.dedup();
            v
        };
        let (_, by_item) = run(&tokens, eoi);
        let (_, whole) = script_parser::<Detailed>().parse(tokens.split_token_span(eoi)).into_output_errors();
        (show(by_item), show(whole))
    }

    fn scripts(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                scripts(&path, out);
            } else if path.extension().is_some_and(|e| e == "wl") {
                if let Ok(text) = std::fs::read_to_string(&path) {
                    out.push(text);
                }
            }
        }
    }

    /// Every script of the repository, and variants of each with one line in seven removed
    /// (unclosed blocks, stray ENDs, cut expressions), report the same errors both ways.
    #[test]
    fn reading_by_item_reports_what_reading_whole_reports() {
        // The parser recurses deeply in a debug build: the test's own thread is too small.
        let worker = std::thread::Builder::new().stack_size(256 << 20).spawn(compare_all).unwrap();
        worker.join().unwrap();
    }

    fn compare_all() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
        let mut sources = Vec::new();
        for dir in ["tests/scripts", "tests/corpus", "examples"] {
            scripts(&root.join(dir), &mut sources);
        }
        assert!(sources.len() > 100, "the repository's scripts were not found");
        let mut with_errors = 0;
        for source in &sources {
            let lines: Vec<&str> = source.lines().collect();
            let mut variants = vec![source.clone()];
            for skip in 0..7 {
                let kept: Vec<&str> =
                    lines.iter().enumerate().filter(|(i, _)| i % 7 != skip).map(|(_, l)| *l).collect();
                variants.push(kept.join("\n"));
            }
            for variant in variants {
                let (by_item, whole) = both_ways(&variant);
                assert_eq!(by_item, whole, "in:\n{variant}");
                with_errors += usize::from(!whole.is_empty());
            }
        }
        assert!(with_errors > 100, "too few scripts with errors to compare: {with_errors}");
        // Reading again only the items with an error is the rule, the whole script the exception.
        let whole = WHOLE_READS.with(|n| n.get());
        println!("{with_errors} scripts with errors, {whole} read whole again");
        assert!(whole * 10 < with_errors, "{whole} of {with_errors} scripts with errors were read whole again");
    }
}
