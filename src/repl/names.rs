//! The names a session knows, for completion and parameter hints: keywords, types, the
//! standard library's functions and constants, and what the user declared so far.

use std::collections::HashMap;
use wl_interpreter::keywords::{Kw, KEYWORDS};
use wl_interpreter::program::{GlobalKind, Program};
use wl_interpreter::Type;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Kind {
    Keyword,
    Type,
    Function,
    Procedure,
    Variable,
    Constant,
}

impl Kind {
    /// Whether completing the name also opens its argument list.
    pub fn is_callable(self) -> bool {
        matches!(self, Kind::Function | Kind::Procedure)
    }
}

#[derive(Clone, Debug, Default)]
pub struct Names {
    /// Each name once (compared case-insensitively), sorted case-insensitively.
    entries: Vec<(String, Kind)>,
    /// Lower-case name of a function or procedure → (its spelling, its parameter list).
    signatures: HashMap<String, (String, String)>,
    /// Lower-case name of a variable of a structure or class → its members and methods.
    members: HashMap<String, Vec<(String, Kind)>>,
}

impl Names {
    pub fn new(program: &Program) -> Names {
        let mut entries: Vec<(String, Kind)> = Vec::new();
        for (word, kw) in KEYWORDS {
            let spelling = match kw {
                // Constants keep their usual capitalisation: True, Faux, Null.
                Kw::True | Kw::False | Kw::Null => capitalise(word),
                _ => word.to_uppercase(),
            };
            let kind = if matches!(kw, Kw::True | Kw::False | Kw::Null) { Kind::Constant } else { Kind::Keyword };
            entries.push((spelling, kind));
        }
        for ty in Type::BUILTIN_NAMES.iter().chain(&["array", "associative"]) {
            entries.push((ty.to_string(), Kind::Type));
        }
        let natives = &program.natives;
        entries.extend(natives.types.values().map(|def| (def.name.clone(), Kind::Type)));
        entries.extend(program.structs.values().map(|def| (def.name.clone(), Kind::Type)));
        entries.extend(natives.constants.values().map(|(name, _)| (name.clone(), Kind::Constant)));
        entries.extend(program.constants.values().map(|c| (c.name.to_string(), Kind::Constant)));
        let mut signatures = HashMap::new();
        for f in &natives.functions {
            entries.push((f.name.clone(), Kind::Function));
            signatures.insert(f.name.to_lowercase(), (f.name.clone(), f.sig.params.to_string()));
        }
        for proc in &program.procedures {
            entries.push((proc.name.to_string(), Kind::Procedure));
            signatures.insert(proc.name.to_lowercase(), (proc.name.to_string(), procedure_params(proc)));
        }
        let mut members = HashMap::new();
        for (key, &slot) in &program.global_scope {
            let global = &program.globals[slot as usize];
            if let Type::Struct(def) | Type::Dynamic(def) = &global.ty {
                members.insert(key.clone(), members_of(program, def));
            }
            let kind = match global.kind {
                GlobalKind::Variable => Kind::Variable,
                GlobalKind::Native => Kind::Constant,
            };
            // A native global may have other names (ErreurDétectée for ErrorOccurred).
            let spelling = program.global_aliases.get(key).cloned().unwrap_or_else(|| global.name.to_string());
            debug_assert_eq!(*key, spelling.to_lowercase());
            entries.push((spelling, kind));
        }
        // Procedures and variables typed later replace a library name of the same spelling.
        entries.reverse();
        let mut seen = std::collections::HashSet::new();
        entries.retain(|(name, _)| seen.insert(name.to_lowercase()));
        entries.sort_by_cached_key(|(name, _)| (name.to_lowercase(), name.clone()));
        Names { entries, signatures, members }
    }

    /// The members and methods of the variable `variable`, starting with `prefix`.
    pub fn members_starting_with<'a>(
        &'a self,
        variable: &str,
        prefix: &str,
    ) -> impl Iterator<Item = &'a (String, Kind)> + 'a {
        let prefix = prefix.to_lowercase();
        self.members
            .get(&variable.to_lowercase())
            .into_iter()
            .flatten()
            .filter(move |(name, _)| name.to_lowercase().starts_with(&prefix))
    }

    /// The names that start with `prefix`, ignoring case.
    pub fn starting_with(&self, prefix: &str) -> impl Iterator<Item = &(String, Kind)> {
        let prefix = prefix.to_lowercase();
        self.entries.iter().filter(move |(name, _)| name.to_lowercase().starts_with(&prefix))
    }

    /// The spelling and parameter list of a function or procedure.
    pub fn signature(&self, name: &str) -> Option<(&str, &str)> {
        self.signatures.get(&name.to_lowercase()).map(|(n, p)| (n.as_str(), p.as_str()))
    }
}

/// The fields of a structure or class (its ancestors' included) and the methods of a class.
fn members_of(program: &Program, def: &wl_interpreter::types::StructDef) -> Vec<(String, Kind)> {
    let mut out: Vec<(String, Kind)> = def.member_names().map(|n| (n.to_string(), Kind::Variable)).collect();
    let mut class = Some(def);
    while let Some(c) = class {
        let prefix = format!("{}::", c.name.to_lowercase());
        for proc in &program.procedures {
            if let Some((_, method)) = proc.name.split_once("::") {
                if proc.name.to_lowercase().starts_with(&prefix)
                    && !out.iter().any(|(n, _)| n.eq_ignore_ascii_case(method))
                {
                    out.push((method.to_string(), Kind::Procedure));
                }
            }
        }
        class = c.base.as_deref();
    }
    out.sort_by_cached_key(|(name, _)| name.to_lowercase());
    out
}

fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// `a, b [, c]`: the parameters after the required ones are optional.
pub fn procedure_params(proc: &wl_interpreter::hir::Procedure) -> String {
    let mut text = String::new();
    for (i, p) in proc.params.iter().enumerate() {
        let name = if p.local { format!("LOCAL {}", p.name) } else { p.name.to_string() };
        match (i, i >= proc.required) {
            (0, false) => text.push_str(&name),
            (0, true) => text.push_str(&format!("[{name}")),
            (_, false) => text.push_str(&format!(", {name}")),
            (_, true) => text.push_str(&format!(" [, {name}")),
        }
    }
    let optional = proc.params.len().saturating_sub(proc.required);
    text.push_str(&"]".repeat(optional));
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use wl_interpreter::{CaptureHost, Engine, Mode};

    fn engine() -> Engine {
        Engine::new(Box::new(CaptureHost::default()))
    }

    /// Completion offers every function and constant the registry has (core and email), so
    /// a function added to the library can never be missing from it.
    #[test]
    fn offers_every_registered_function_and_constant() {
        let mut e = engine();
        e.register_module(wl_stdlib_email::module(wl_stdlib_email::Config::default()));
        let names = Names::new(&e.program);
        let natives = &e.program.natives;
        assert!(natives.functions.len() > 200);
        for f in &natives.functions {
            assert!(
                names.starting_with(&f.name).any(|(n, k)| n.eq_ignore_ascii_case(&f.name) && k.is_callable()),
                "completion lacks the function {}",
                f.name
            );
            assert!(names.signature(&f.name.to_lowercase()).is_some(), "no parameter hint for {}", f.name);
        }
        for (name, _) in natives.constants.values() {
            assert!(
                names.starting_with(name).any(|(n, k)| n.eq_ignore_ascii_case(name) && *k == Kind::Constant),
                "completion lacks the constant {name}"
            );
        }
    }

    #[test]
    fn completes_case_insensitively() {
        let mut e = engine();
        let c = e.compile("<t>", "nLength is int\nPROCEDURE LengthOf(s, n = 2)\nRESULT 1\nEND", Mode::Repl).unwrap();
        e.run(&c).unwrap();
        let names = Names::new(&e.program);
        let found: Vec<&str> = names.starting_with("LENG").map(|(n, _)| n.as_str()).collect();
        assert_eq!(found, ["Length", "LengthOf"]);
        let found: Vec<(&str, Kind)> = names.starting_with("nle").map(|(n, k)| (n.as_str(), *k)).collect();
        assert_eq!(found, [("nLength", Kind::Variable)]);
        assert!(names.starting_with("whi").any(|(n, k)| n == "WHILE" && *k == Kind::Keyword));
        assert!(names.starting_with("tr").any(|(n, k)| n == "True" && *k == Kind::Constant));
        assert_eq!(names.signature("lengthof"), Some(("LengthOf", "s [, n]")));
    }

    #[test]
    fn optional_parameters_in_brackets() {
        let mut e = engine();
        let c = e.compile("<t>", "PROCEDURE f(a = 1, b = 2)\nEND\nPROCEDURE g()\nEND", Mode::Repl).unwrap();
        e.run(&c).unwrap();
        let names = Names::new(&e.program);
        assert_eq!(names.signature("f"), Some(("f", "[a [, b]]")));
        assert_eq!(names.signature("g"), Some(("g", "")));
    }
}
