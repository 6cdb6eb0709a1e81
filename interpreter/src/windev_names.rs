//! The names of WLanguage functions, so that a call to one wl does not provide is reported
//! as such ("`ListAdd` is a WinDev function that wl does not provide") rather than as a
//! typo. The list is a data file compiled in: `interpreter/data/windev_functions.txt`.

use std::collections::HashSet;
use std::sync::OnceLock;

const NAMES: &str = include_str!("../data/windev_functions.txt");

fn names() -> &'static HashSet<String> {
    static SET: OnceLock<HashSet<String>> = OnceLock::new();
    SET.get_or_init(|| {
        NAMES.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).map(str::to_lowercase).collect()
    })
}

/// Whether `name` (any case) is a WLanguage function.
pub fn is_windev_function(name: &str) -> bool {
    names().contains(&name.to_lowercase())
}

#[cfg(test)]
mod tests {
    #[test]
    fn finds_names_in_any_case() {
        assert!(super::is_windev_function("ListAdd"));
        assert!(super::is_windev_function("listeajoute"));
        assert!(super::is_windev_function("HLITPREMIER"));
        assert!(!super::is_windev_function("MyProcedure"));
    }
}
