//! What each compile mode accepts: a script, a REPL input, a script loaded into a session.

use wl_interpreter::host::SharedCapture;
use wl_interpreter::{Engine, Mode};

fn engine() -> (Engine, SharedCapture) {
    let host = SharedCapture::default();
    (Engine::new(Box::new(host.clone())), host)
}

fn run(engine: &mut Engine, name: &str, text: &str, mode: Mode) -> Result<(), String> {
    let compiled = engine.compile(name, text, mode).map_err(|e| e[0].message.clone())?;
    engine.run(&compiled).map_err(|e| e.message)
}

#[test]
fn repl_inputs_show_values_and_may_declare_again() {
    let (mut e, out) = engine();
    run(&mut e, "<1>", "x is int = 2\nPROCEDURE f()\nRESULT 1\nEND", Mode::Repl).unwrap();
    run(&mut e, "<2>", "x * 3", Mode::Repl).unwrap();
    run(&mut e, "<3>", "x is string = \"s\"\nx\nPROCEDURE f()\nRESULT 2\nEND\nf()", Mode::Repl).unwrap();
    assert_eq!(out.0.borrow().out, "6\ns\n2\n");
}

#[test]
fn a_loaded_script_runs_as_a_script_but_may_replace_earlier_declarations() {
    let (mut e, out) = engine();
    run(&mut e, "<1>", "n is int = 1\nPROCEDURE f()\nRESULT 1\nEND", Mode::Repl).unwrap();
    // A call alone shows nothing in a script; f and n are declared again.
    run(&mut e, "lib.wl", "n is int = 5\nPROCEDURE f()\nRESULT n\nEND\nLength(\"abc\")\nInfo(f())", Mode::Load)
        .unwrap();
    assert_eq!(out.0.borrow().out, "5\n");
    // Loading it again is fine too.
    run(&mut e, "lib.wl", "PROCEDURE f()\nRESULT 7\nEND\nInfo(f())", Mode::Load).unwrap();
    assert_eq!(out.0.borrow().out, "5\n7\n");
    // But inside one file, a name declared twice is still an error, as in a script.
    let err = run(&mut e, "lib.wl", "PROCEDURE g()\nEND\nPROCEDURE g()\nEND", Mode::Load).unwrap_err();
    assert_eq!(err, "the procedure `g` is declared twice");
    let err = run(&mut e, "lib.wl", "n", Mode::Load).unwrap_err();
    assert_eq!(err, "this expression does nothing");
}

#[test]
fn a_script_may_not_replace_a_procedure() {
    let (mut e, _) = engine();
    run(&mut e, "<1>", "PROCEDURE f()\nEND", Mode::Repl).unwrap();
    let err = run(&mut e, "a.wl", "PROCEDURE f()\nEND", Mode::Script).unwrap_err();
    assert_eq!(err, "the procedure `f` is declared twice");
}
