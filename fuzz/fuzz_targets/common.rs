#![allow(dead_code)]
//! Shared by the fuzz targets: a grammar-aware generator of token streams, and a sandboxed
//! engine (small limits, a watchdog that stops endless loops).

use arbitrary::{Arbitrary, Unstructured};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::{Duration, Instant};
use wl_interpreter::{CaptureHost, Engine, Limits};

/// Words and symbols the generator strings together: every keyword spelling, operators,
/// literals of each kind, names (some declared by the prelude below), builtins.
const VOCABULARY: &[&str] = &[
    "IF", "THEN", "ELSE", "END", "SWITCH", "CASE", "OTHER", "FOR", "TO", "_TO_", "STEP", "EACH", "OF", "WHILE",
    "LOOP", "BREAK", "CONTINUE", "RETURN", "RESULT", "PROCEDURE", "LOCAL", "WHEN", "EXCEPTION", "IN", "DO", "AND",
    "OR", "_AND_", "_OR_", "NOT", "IS", "ARE", "LET", "True", "False", "Null", "CONSTANT", "STRUCTURE", "SI", "ALORS",
    "SINON", "FIN", "POUR", "A", "PAS", "TOUT", "DE", "ET", "OU", "ERROR", "ON", "modulo", "ELEMENT", "int", "string",
    "real", "boolean", "variant", "array", "associative", "n", "s", "t", "aa", "st", "P", "Q", "x", "y", "i", "Point",
    "Trace", "Info", "Length", "Left", "Middle", "Position", "Replace", "ExtractString", "ArrayAdd", "ArrayDelete",
    "ArraySort", "Round", "Max", "NumToString", "Val", "ErrorInfo", "ExceptionThrow", "ExceptionInfo", "Complete",
    "Repeat", "Count", "Add", "0", "1", "2", "-1", "7", "255", "0x1F", "1.5", "1e3", "9223372036854775807", "\"\"",
    "\"a\"", "\"é😀\"", "\"\"\"x\"\"\"", "(", ")", "[", "]", "[[", "]]", ",", ":", ".", "..", "+", "-", "*", "/", "%",
    "^", "=", "<>", "<", "<=", ">", ">=", "~=", "[=", "[=]", "=]", "+=", "-=", "*=", "/=", "++", "--", "\n", "\n",
    "\n", ";", "...\n", "//c\n", "/*c*/", "[\n x\n]\n",
];

/// A few declarations in front of generated code, so names resolve and code gets to run.
pub const PRELUDE: &str = "n is int = 3\ns is string = \"abc\"\nt is array of int = [1, 2, 3]\naa is associative array of string\nSTRUCTURE Point\nx is int\nEND\nst is Point\nPROCEDURE P(a, b = 2)\nRESULT a + b\nEND\nPROCEDURE Q(LOCAL v)\nv++\nEND\n";

#[derive(Debug)]
pub struct Tokens(pub String);

impl<'a> Arbitrary<'a> for Tokens {
    fn arbitrary(u: &mut Unstructured<'a>) -> arbitrary::Result<Self> {
        let mut text = String::from(PRELUDE);
        let n = u.int_in_range(0..=200)?;
        for _ in 0..n {
            let word = *u.choose(VOCABULARY)?;
            text.push_str(word);
            if !word.ends_with('\n') && u.ratio(3, 4)? {
                text.push(' ');
            }
        }
        Ok(Tokens(text))
    }
}

type Watched = Mutex<Option<(Instant, Arc<AtomicBool>)>>;

fn watchdog() -> &'static Watched {
    static WATCHED: OnceLock<Watched> = OnceLock::new();
    WATCHED.get_or_init(|| {
        std::thread::spawn(|| loop {
            if let Some((deadline, flag)) = &*watchdog().lock().unwrap() {
                if Instant::now() > *deadline {
                    flag.store(true, Ordering::Relaxed);
                }
            }
            std::thread::sleep(Duration::from_millis(2));
        });
        Mutex::new(None)
    })
}

pub fn sandboxed_engine() -> Engine {
    let limits = Limits { max_depth: 200, max_string_len: 1 << 20, max_array_len: 100_000 };
    Engine::builder(Box::new(CaptureHost::default())).limits(limits).build()
}

/// Compiles `text` and, when `run` is set and it compiles, runs it for at most 50 ms.
pub fn compile_and_run(text: &str, run: bool) {
    let mut engine = sandboxed_engine();
    let Ok(compiled) = engine.compile("fuzz.wl", text, wl_interpreter::Mode::Script) else { return };
    if run {
        *watchdog().lock().unwrap() = Some((Instant::now() + Duration::from_millis(50), engine.interrupt_flag()));
        let _ = engine.run(&compiled);
        *watchdog().lock().unwrap() = None;
    }
}
