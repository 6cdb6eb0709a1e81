//! Every function and constant the interpreter registers is listed in the documentation:
//! each core function in a table row of docs/library.md (with its status), each core
//! constant in docs/library.md (or the dates, numbers or language page), each email
//! function in docs/email.md. A name registered without its line in the docs fails here.

use std::collections::BTreeSet;
use std::path::Path;
use wl_interpreter::{CaptureHost, Engine};

fn doc(name: &str) -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("docs").join(name)).expect("read the doc")
}

/// The words of a document: names are compared whole, and case matters (the docs write
/// each name as the registry spells it).
fn words(text: &str) -> BTreeSet<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_')).filter(|w| !w.is_empty()).map(str::to_string).collect()
}

/// The words of the rows of a document's tables: a function is listed with its status there.
fn table_words(text: &str) -> BTreeSet<String> {
    let rows: Vec<&str> = text.lines().filter(|l| l.trim_start().starts_with('|')).collect();
    words(&rows.join("\n"))
}

fn names(engine: &Engine) -> (BTreeSet<String>, BTreeSet<String>) {
    let (functions, constants, _) = wl::textmate::native_names(engine);
    (functions.into_iter().collect(), constants.into_iter().collect())
}

fn missing(names: &BTreeSet<String>, documented: &BTreeSet<String>) -> Vec<String> {
    names.iter().filter(|n| !documented.contains(*n)).cloned().collect()
}

#[test]
fn every_core_function_and_constant_is_in_library_md() {
    let engine = Engine::new(Box::new(CaptureHost::default()));
    let (functions, constants) = names(&engine);
    assert!(functions.len() > 150, "only {} functions", functions.len());
    let mut documented = words(&doc("library.md"));
    // Dates, numbers and the language's own functions have pages of their own.
    for page in ["dates.md", "numbers.md", "language.md"] {
        documented.extend(words(&doc(page)));
    }
    let functions = missing(&functions, &table_words(&doc("library.md")));
    let constants = missing(&constants, &documented);
    assert!(
        functions.is_empty() && constants.is_empty(),
        "not in docs/library.md: functions {functions:?}; constants (also looked for in dates.md, numbers.md, language.md) {constants:?}"
    );
}

#[test]
fn every_email_function_is_documented() {
    let core = names(&Engine::new(Box::new(CaptureHost::default()))).0;
    let mut engine = Engine::new(Box::new(CaptureHost::default()));
    engine.register_module(wl_stdlib_email::module(wl_stdlib_email::Config::default()));
    let (functions, _) = names(&engine);
    let email: BTreeSet<String> = functions.difference(&core).cloned().collect();
    let mut documented = words(&doc("email.md"));
    documented.extend(words(&doc("library.md")));
    let missing = missing(&email, &documented);
    assert!(missing.is_empty(), "email functions not in docs/email.md: {missing:?}");
}
