//! The names of WLanguage functions, so that a call to one wl does not provide is reported
//! as such ("`ListAdd` is a WinDev function that wl does not provide") rather than as a
//! typo. The lists are data files compiled in: `interpreter/data/windev_functions.txt`, and
//! `interpreter/data/windev_constants.txt` for constants ("`emailAll` is a WinDev constant
//! that wl does not provide", not "not declared").

use std::collections::HashSet;
use std::sync::OnceLock;

const NAMES: &str = include_str!("../data/windev_functions.txt");
const CONSTANTS: &str = include_str!("../data/windev_constants.txt");

fn set_of(lines: &str) -> HashSet<String> {
    lines.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase).collect()
}

fn names() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| set_of(NAMES))
}

fn constants() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| set_of(CONSTANTS))
}

/// Whether `name` (any case) is a WLanguage function.
pub fn is_windev_function(name: &str) -> bool {
    names().contains(&name.to_lowercase())
}

/// Whether `name` (any case) is a WLanguage constant wl does not provide.
pub fn is_windev_constant(name: &str) -> bool {
    constants().contains(&name.to_lowercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_names_in_any_case() {
        assert!(super::is_windev_function("ListAdd"));
        assert!(super::is_windev_function("listeajoute"));
        assert!(super::is_windev_function("HLITPREMIER"));
        assert!(!super::is_windev_function("MyProcedure"));
        assert!(super::is_windev_constant("EMAILALL"));
        assert!(!super::is_windev_constant("emailSent"));
    }
}
