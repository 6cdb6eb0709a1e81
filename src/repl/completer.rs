//! Tab completion, case-insensitive: keywords, types, the standard library's functions and
//! constants, the user's variables, constants and procedures; command names after `:`, and
//! file names after `:load`.

use super::commands;
use super::names::Names;
use rustyline::completion::Pair;

/// What the word before the cursor could become: where it starts, and the candidates.
/// `None` when the line is a `:load` command (file names are completed instead).
pub fn complete(names: &Names, at_input_start: bool, line: &str, pos: usize) -> Option<(usize, Vec<Pair>)> {
    let before = &line[..pos];
    let start = before
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
        .last()
        .map_or(pos, |(i, _)| i);
    let word = &before[start..];

    if at_input_start && before.trim_start().starts_with(':') {
        let command_start = line.len() - line.trim_start().len();
        if start == command_start + 1 {
            let candidates = commands::NAMES
                .iter()
                .filter(|c| c[1..].starts_with(&word.to_lowercase()))
                .map(|c| Pair { display: c.to_string(), replacement: format!("{} ", &c[1..]) })
                .collect();
            return Some((start, candidates));
        }
        let is_load = commands::parse(line).is_some_and(|c| matches!(c, commands::Command::Load(_)))
            || before.trim_start().to_lowercase().starts_with(":load");
        return if is_load { None } else { Some((pos, Vec::new())) };
    }

    let inside_string = before[..start].matches('"').count() % 2 == 1;
    // A member of a variable of a structure or class: `o.`, `o:` (not `C::`).
    let head = &before[..start];
    if !inside_string && (head.ends_with('.') || (head.ends_with(':') && !head.ends_with("::"))) {
        let object = &head[..head.len() - 1];
        let object_start = object
            .char_indices()
            .rev()
            .take_while(|(_, c)| c.is_alphanumeric() || *c == '_')
            .last()
            .map_or(object.len(), |(i, _)| i);
        let candidates: Vec<Pair> = names
            .members_starting_with(&object[object_start..], word)
            .map(|(name, kind)| Pair {
                display: name.clone(),
                replacement: if kind.is_callable() { format!("{name}(") } else { name.clone() },
            })
            .collect();
        if !candidates.is_empty() {
            return Some((start, candidates));
        }
    }
    // Nothing typed yet, a member after `.` or `..`, or inside a string: no guess.
    if word.is_empty() || before[..start].ends_with('.') || inside_string {
        return Some((pos, Vec::new()));
    }
    let opens_call = !line[pos..].trim_start().starts_with('(');
    let candidates = names
        .starting_with(word)
        .map(|(name, kind)| Pair {
            display: name.clone(),
            replacement: if kind.is_callable() && opens_call { format!("{name}(") } else { name.clone() },
        })
        .collect();
    Some((start, candidates))
}

#[cfg(test)]
mod tests {
    use super::*;
    use wl_interpreter::{CaptureHost, Engine, Mode};

    fn names() -> Names {
        let mut e = Engine::new(Box::new(CaptureHost::default()));
        let c = e.compile("<t>", "sName is string\nPROCEDURE Greet(who)\nEND", Mode::Repl).unwrap();
        e.run(&c).unwrap();
        Names::new(&e.program)
    }

    fn replacements(line: &str) -> (usize, Vec<String>) {
        let (start, pairs) = complete(&names(), true, line, line.len()).unwrap();
        (start, pairs.into_iter().map(|p| p.replacement).collect())
    }

    #[test]
    fn completes_names() {
        assert_eq!(replacements("x = lengt"), (4, vec!["Length(".to_string()]));
        assert_eq!(replacements("Info(sna"), (5, vec!["sName".to_string()]));
        assert_eq!(replacements("gre"), (0, vec!["Greet(".to_string()]));
        assert_eq!(replacements("whil"), (0, vec!["WHILE".to_string()]));
        assert!(replacements("x is stri").1.contains(&"string".to_string()));
    }

    #[test]
    fn no_guess_without_a_word() {
        assert_eq!(replacements("x = ").1, Vec::<String>::new());
        assert_eq!(replacements("Email.Sub").1, Vec::<String>::new());
        assert_eq!(replacements("Info(\"len").1, Vec::<String>::new());
    }

    #[test]
    fn completes_commands() {
        assert_eq!(replacements(":v"), (1, vec!["vars ".to_string()]));
        assert!(complete(&names(), true, ":load ex", 8).is_none());
        // Inside a block, `:` starts no command.
        assert!(!complete(&names(), false, ":v", 2).unwrap().1.iter().any(|p| p.replacement == "vars "));
    }

    #[test]
    fn completes_members_of_objects() {
        let mut e = Engine::new(Box::new(CaptureHost::default()));
        let script = "cA is Class\nm_sName is string\nEND\ncB is Class\ninherits from cA\nm_nAge is int\nEND\n\
                      o is cB\nPROCEDURE cA::Describe()\nEND\nPROCEDURE cB::Grow()\nEND";
        let c = e.compile("<t>", script, Mode::Repl).unwrap();
        e.run(&c).unwrap();
        let names = Names::new(&e.program);
        let got = |line: &str| -> Vec<String> {
            complete(&names, true, line, line.len()).unwrap().1.into_iter().map(|p| p.replacement).collect()
        };
        assert_eq!(got("o.m_"), vec!["m_nAge", "m_sName"]);
        assert_eq!(got("x = o:"), vec!["Describe(", "Grow(", "m_nAge", "m_sName"]);
        assert_eq!(got("o:gr"), vec!["Grow("]);
    }

    #[test]
    fn completes_members_declared_over_several_inputs() {
        // Issue #15: a class, its object and its methods typed as separate REPL inputs.
        let mut e = Engine::new(Box::new(CaptureHost::default()));
        for (i, input) in [
            "cA is Class\nm_sName is string\nEND",
            "o is cA",
            "PROCEDURE cA::Describe()\nRESULT m_sName\nEND",
            "PROCEDURE cA::Rename(s is string)\nm_sName = s\nEND",
        ]
        .iter()
        .enumerate()
        {
            let c = e.compile(&format!("<repl:{i}>"), input, Mode::Repl).unwrap();
            e.run(&c).unwrap();
        }
        let names = Names::new(&e.program);
        let got = |line: &str| -> Vec<String> {
            complete(&names, true, line, line.len()).unwrap().1.into_iter().map(|p| p.replacement).collect()
        };
        assert_eq!(got("o:"), vec!["Describe(", "m_sName", "Rename("]);
        assert_eq!(got("o.re"), vec!["Rename("]);
    }

    #[test]
    fn keeps_an_existing_parenthesis() {
        let (_, pairs) = complete(&names(), true, "lengt(\"abc\")", 5).unwrap();
        assert_eq!(pairs[0].replacement, "Length");
    }
}
