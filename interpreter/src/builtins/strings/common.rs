//! CommonLength (TailleCommune): how many characters two strings have in common, from their beginning or
//! from their end (PC SOFT page 3024045, "Fonctions de gestion des chaînes").

use super::search::{fold, is_word_char, SearchOptions, FROM_END, IGNORE_CASE, WHOLE_WORD};
use super::text;
use crate::builtins::given;
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;

/// The English name is the one PC SOFT gives the page's address (`name=commonlength_function`).
/// The length of the part two strings share, compared character by character (folded when
/// IgnoreCase is given), from the end when FromEnd is given. With WholeWord, PC SOFT's page
/// shows one case: `("New York", "New York City")` gives 8, the shared part ending where a
/// word ends in both strings. When the shared characters stop inside a word, the page does
/// not say whether the separator before that word counts ("New York" / "New Yorker": 3 or
/// 4?), so wl refuses rather than guess.
fn common_length(a: &[char], b: &[char], options: SearchOptions) -> Result<usize, RuntimeError> {
    let (a, b): (Vec<char>, Vec<char>) = if options.from_end {
        (a.iter().rev().copied().collect(), b.iter().rev().copied().collect())
    } else {
        (a.to_vec(), b.to_vec())
    };
    let n =
        a.iter().zip(&b).take_while(|(&x, &y)| fold(x, options.ignore_case) == fold(y, options.ignore_case)).count();
    if !options.whole_word || n == 0 {
        return Ok(n);
    }
    let ends_a_word = |s: &[char]| s.get(n).is_none_or(|&c| !is_word_char(c));
    if ends_a_word(&a) && ends_a_word(&b) {
        return Ok(n);
    }
    // The shared characters stop inside a word. With no separator before it, no whole word
    // is shared: 0, whatever the rule for separators.
    if a[..n].iter().all(|&c| is_word_char(c)) {
        return Ok(0);
    }
    Err(RuntimeError::fatal(format!(
        "CommonLength with WholeWord: the strings share {n} characters, which end inside a word; \
         PC SOFT's page does not say whether the separator before that word is counted"
    ))
    .with_code(codes::GENERIC)
    .with_help("compare without WholeWord, or compare the words yourself (ExtractString)"))
}

pub fn register(m: &mut Module) {
    m.register_fn("CommonLength", Signature::new(2, 3).returns(Type::Int).params("s1, s2 [, options]"), |_, a| {
        let options = SearchOptions::read(given(a, 2), "CommonLength", IGNORE_CASE | WHOLE_WORD | FROM_END)?;
        let s1: Vec<char> = text(&a[0]).as_str().chars().collect();
        let s2: Vec<char> = text(&a[1]).as_str().chars().collect();
        Ok(Value::Int(common_length(&s1, &s2, options)? as i64))
    });
    m.register_alias("TailleCommune", "CommonLength");
}
