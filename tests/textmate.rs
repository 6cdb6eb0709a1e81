//! The TextMate grammar is generated from the interpreter's tables (src/textmate.rs): the
//! committed file must be what the generator writes now, and every keyword, builtin function,
//! constant and type the interpreter knows must be highlighted by one of its patterns.
//! `WL_BLESS=1 cargo test --test textmate` rewrites the file.

use regex::Regex;
use std::path::Path;
use wl_interpreter::{CaptureHost, Engine};

fn engine() -> Engine {
    let mut engine = Engine::new(Box::new(CaptureHost::default()));
    engine.register_module(wl_stdlib_email::module(wl_stdlib_email::Config::default()));
    engine
}

fn patterns(grammar: &serde_json::Value) -> Vec<(String, Regex)> {
    let mut out = Vec::new();
    // In the order the grammar tries them: the top-level includes.
    let order = grammar["patterns"].as_array().expect("top-level patterns");
    for include in order {
        let key = include["include"].as_str().expect("an include").trim_start_matches('#');
        let entry = &grammar["repository"][key];
        for p in entry["patterns"].as_array().expect("patterns") {
            if let (Some(name), Some(m)) = (p["name"].as_str(), p["match"].as_str()) {
                // The generator writes look-around only at the edges; Rust's regex has none,
                // so test the alternation itself, anchored.
                let core = m.replace("(?<![\\w.])", "^").replace("(?!\\w)", "$");
                if let Ok(re) = Regex::new(&core) {
                    out.push((name.to_string(), re));
                }
            }
        }
    }
    out
}

#[test]
fn committed_grammar_is_generated() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("grammar/wlanguage.tmLanguage.json");
    let generated = wl::textmate::generate(&engine());
    if std::env::var_os("WL_BLESS").is_some() {
        std::fs::write(&path, &generated).expect("write the grammar");
    }
    let committed = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        committed == generated,
        "grammar/wlanguage.tmLanguage.json is stale: run `WL_BLESS=1 cargo test --test textmate`"
    );
}

#[test]
fn every_keyword_and_builtin_is_highlighted() {
    let engine = engine();
    let grammar: serde_json::Value = serde_json::from_str(&wl::textmate::generate(&engine)).expect("valid JSON");
    let patterns = patterns(&grammar);
    let scope_of = |word: &str| patterns.iter().find(|(_, re)| re.is_match(word)).map(|(name, _)| name.clone());

    let (control, operators, constants) = wl::textmate::keyword_classes();
    let (functions, native_constants, types) = wl::textmate::native_names(&engine);
    let mut expectations: Vec<(String, &str)> = Vec::new();
    expectations.extend(control.iter().map(|w| (w.clone(), "keyword.control")));
    expectations.extend(operators.iter().map(|w| (w.clone(), "keyword.operator")));
    expectations.extend(constants.iter().map(|w| (w.clone(), "constant.language")));
    // `Modulo` is a function and the `modulo` operator: highlighted as the operator.
    let is_keyword = |w: &String| operators.iter().chain(&control).any(|k| k.eq_ignore_ascii_case(w));
    expectations.extend(functions.iter().filter(|w| !is_keyword(w)).map(|w| (w.clone(), "support.function")));
    expectations.extend(native_constants.iter().map(|w| (w.clone(), "support.constant")));
    expectations.extend(types.iter().map(|w| (w.clone(), "storage.type")));
    assert!(expectations.len() > 150, "only {} names", expectations.len());
    let mut missing = Vec::new();
    for (word, scope) in &expectations {
        for spelling in [word.clone(), word.to_uppercase(), word.to_lowercase()] {
            match scope_of(&spelling) {
                Some(s) if s.starts_with(scope) => {}
                other => missing.push(format!("{spelling}: expected {scope}, got {other:?}")),
            }
        }
    }
    // Every entry of the interpreter's keyword table is covered by construction above; check
    // the table itself is fully classified too.
    assert_eq!(
        control.len() + operators.len() + constants.len()
            - wl::textmate::CONTEXTUAL_OPERATORS.len()
            - wl::textmate::CLASS_WORDS.len(),
        wl_interpreter::keywords::KEYWORDS.len()
    );
    assert!(missing.is_empty(), "not highlighted as expected:\n{}", missing.join("\n"));
    assert!(scope_of("nCustomerCount").is_none(), "a plain name is not highlighted");
}
