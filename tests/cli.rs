//! The `wl` command line: subcommands, the `wl FILE` shortcut, stdin, script arguments,
//! exit statuses, colours.

use std::io::Write;
use std::process::{Command, Stdio};

fn wl() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_wl"));
    c.env("NO_COLOR", "1");
    c
}

fn script(name: &str, text: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("wl-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, text).unwrap();
    path
}

#[test]
fn run_and_shortcut_pass_arguments() {
    let path = script("args.wl", "Trace(CommandLine(), \"|\", CommandLine(2))\n");
    for args in [vec!["run"], vec![]] {
        let out = wl().args(&args).arg(&path).args(["one", "two", "--three"]).output().unwrap();
        assert_eq!(String::from_utf8_lossy(&out.stdout), "one two --three | two\n");
        assert_eq!(out.status.code(), Some(0));
    }
}

#[test]
fn a_script_can_come_from_stdin() {
    let mut child = wl().args(["run", "-"]).stdin(Stdio::piped()).stdout(Stdio::piped()).spawn().unwrap();
    child.stdin.take().unwrap().write_all(b"n is int = 6\nTrace(n * 7)\n").unwrap();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "42\n");
}

#[test]
fn check_runs_nothing() {
    let ok = script("check_ok.wl", "Trace(\"side effect\")\n");
    let out = wl().arg("check").arg(&ok).output().unwrap();
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stdout.is_empty() && out.stderr.is_empty());
    let bad = script("check_bad.wl", "Trace(nMissing)\n");
    let out = wl().arg("check").arg(&bad).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("`nMissing` is not declared") && stderr.contains("check_bad.wl:1:7"), "{stderr}");
}

#[test]
fn exit_statuses() {
    let fatal = script("fatal.wl", "Trace(\"a\")\nTrace(1 / 0)\n");
    assert_eq!(wl().arg(&fatal).output().unwrap().status.code(), Some(1));
    let missing = wl().arg("/nonexistent/wl/script.wl").output().unwrap();
    assert_eq!(missing.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&missing.stderr).contains("cannot read `/nonexistent/wl/script.wl`"));
    let ret = script("ret.wl", "Trace(1)\nRETURN\nTrace(2)\n");
    let out = wl().arg(&ret).output().unwrap();
    assert_eq!((out.status.code(), String::from_utf8_lossy(&out.stdout).to_string()), (Some(0), "1\n".to_string()));
}

#[test]
fn timeout_stops_an_endless_loop() {
    let endless = script("endless.wl", "n is int\nLOOP\n\tn++\nEND\n");
    let start = std::time::Instant::now();
    let out = wl().args(["run", "--timeout", "0.5"]).arg(&endless).output().unwrap();
    assert!(start.elapsed().as_secs_f64() < 5.0);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stopped after its timeout of 0.5 s"));
}

#[test]
fn trace_file_receives_trace_only() {
    let path = script("tracefile.wl", "Info(\"info\")\nTrace(\"trace\")\n");
    let trace = path.with_extension("trace");
    let out = wl().args(["run", "--trace-file"]).arg(&trace).arg(&path).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout), "info\n");
    assert_eq!(std::fs::read_to_string(&trace).unwrap(), "trace\n");
}

#[test]
fn colours_only_on_a_terminal_and_never_with_no_color() {
    let bad = script("colour.wl", "Trace(nMissing)\n");
    // Not a terminal: no escape sequences, even without NO_COLOR.
    let out = Command::new(env!("CARGO_BIN_EXE_wl")).env_remove("NO_COLOR").arg(&bad).output().unwrap();
    assert!(!String::from_utf8_lossy(&out.stderr).contains('\x1b'));
    // A terminal (util-linux `script` gives one): colours, unless NO_COLOR is set.
    let command = format!("{} {}", env!("CARGO_BIN_EXE_wl"), bad.display());
    let tty = Command::new("script").args(["-qec", &command, "/dev/null"]).env_remove("NO_COLOR").output().unwrap();
    assert!(String::from_utf8_lossy(&tty.stdout).contains('\x1b'), "no colour on a terminal");
    let tty = Command::new("script").args(["-qec", &command, "/dev/null"]).env("NO_COLOR", "1").output().unwrap();
    assert!(!String::from_utf8_lossy(&tty.stdout).contains('\x1b'), "colour despite NO_COLOR");
}

#[test]
fn limits_stop_runaway_scripts_with_a_clear_error() {
    let grow = script("grow.wl", "s is string = \"ab\"\nLOOP\n\ts += s\nEND\n");
    let out = wl().args(["run", "--max-string-bytes", "100000"]).arg(&grow).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("string too long: more than 100000 bytes"));
    let fill = script("fill.wl", "t is array of int\nLOOP\n\tt.Add(1)\nEND\n");
    let out = wl().args(["run", "--max-array-length", "1000"]).arg(&fill).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("array too large: more than 1000 elements"));
    let deep = script("deep.wl", "PROCEDURE R(n)\n\tRESULT R(n + 1)\nEND\nR(1)\n");
    let out = wl().args(["run", "--max-depth", "50"]).arg(&deep).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("stack overflow: more than 50 procedure calls in progress"));
    let huge = script("huge.wl", "t is array of 2000000000 int\n");
    let out = wl().arg(&huge).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("an array of 2000000000 elements is too large"));
}

/// `--timeout` also bounds reading the script: a script that takes longer to read than its
/// timeout (a long one here, read in about 0.1 s) ends with exit 2 and a clear message.
#[test]
fn timeout_covers_reading_the_script() {
    let body: String = (0..20_000).map(|i| format!("x = x + {i}\n")).collect();
    let path = script("slow_to_read.wl", &format!("x is int = 0\n{body}"));
    let out = wl().args(["run", "--timeout", "0.001"]).arg(&path).output().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(out.stdout.is_empty());
    assert!(stderr.contains("still being read after its timeout of 0.001 s; nothing was run"), "{stderr}");
}
