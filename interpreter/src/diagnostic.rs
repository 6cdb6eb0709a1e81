//! One diagnostic type for every stage (lexer, parser, resolver, runtime), rendered by
//! ariadne with the file name, line, column, a label on the exact span and a help line.

use crate::source::{Loc, SourceMap};
use ariadne::{Color, Config, IndexType, Label as AriadneLabel, Report, ReportKind};

#[derive(Clone, Debug, PartialEq)]
pub struct Label {
    pub loc: Loc,
    pub message: String,
}

#[derive(Clone, Debug, PartialEq)]
pub struct Diagnostic {
    pub message: String,
    /// Where the error is; `None` for errors that concern no source (a missing file).
    pub primary: Option<Label>,
    pub secondary: Vec<Label>,
    pub help: Option<String>,
    pub notes: Vec<String>,
}

impl Diagnostic {
    pub fn error(message: impl Into<String>) -> Self {
        Diagnostic { message: message.into(), primary: None, secondary: Vec::new(), help: None, notes: Vec::new() }
    }
    pub fn at(message: impl Into<String>, loc: Loc, label: impl Into<String>) -> Self {
        let mut d = Diagnostic::error(message);
        d.primary = Some(Label { loc, message: label.into() });
        d
    }
    pub fn with_help(mut self, help: impl Into<String>) -> Self {
        self.help = Some(help.into());
        self
    }
    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }
    pub fn with_secondary(mut self, loc: Loc, message: impl Into<String>) -> Self {
        self.secondary.push(Label { loc, message: message.into() });
        self
    }

    /// Renders the diagnostic as text (ariadne's layout), with or without colours.
    pub fn render(&self, sources: &SourceMap, color: bool) -> String {
        let Some(primary) = &self.primary else {
            let mut out = format!("Error: {}\n", self.message);
            if let Some(help) = &self.help {
                out.push_str(&format!("  help: {help}\n"));
            }
            for note in &self.notes {
                out.push_str(&format!("  note: {note}\n"));
            }
            return out;
        };
        let file = |loc: &Loc| sources.get(loc.source).name.clone();
        let span = |loc: &Loc| (file(loc), clamp(sources, loc));
        let mut report = Report::build(ReportKind::Error, span(&primary.loc))
            .with_config(Config::new().with_index_type(IndexType::Byte).with_color(color))
            .with_message(&self.message)
            .with_label(AriadneLabel::new(span(&primary.loc)).with_message(&primary.message).with_color(Color::Red));
        for label in &self.secondary {
            report = report
                .with_label(AriadneLabel::new(span(&label.loc)).with_message(&label.message).with_color(Color::Blue));
        }
        if let Some(help) = &self.help {
            report = report.with_help(help);
        }
        for note in &self.notes {
            report = report.with_note(note);
        }
        let cache = ariadne::sources(sources.files().map(|(_, f)| (f.name.clone(), f.text.to_string())));
        let mut buf = Vec::new();
        if report.finish().write(cache, &mut buf).is_err() {
            return format!("Error: {} ({})\n", self.message, sources.describe(primary.loc));
        }
        String::from_utf8_lossy(&buf).into_owned()
    }
}

/// Keeps a span inside its file (ariadne refuses spans past the end).
fn clamp(sources: &SourceMap, loc: &Loc) -> std::ops::Range<usize> {
    let len = sources.get(loc.source).text.len();
    let start = (loc.start as usize).min(len);
    let end = (loc.end as usize).clamp(start, len);
    start..end
}

/// The closest name to `wanted` among `candidates`, compared case-insensitively, when it is
/// close enough to be a plausible typo.
pub fn did_you_mean<'a>(wanted: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    let wanted_lower = wanted.to_lowercase();
    let limit = (wanted.chars().count() / 3).max(1);
    candidates
        .into_iter()
        .filter_map(|c| {
            let d = strsim::damerau_levenshtein(&wanted_lower, &c.to_lowercase());
            (d <= limit && d > 0).then_some((d, c))
        })
        .min_by_key(|(d, c)| (*d, c.len()))
        .map(|(_, c)| c)
}
