//! `wl run --timeout` stops every kind of endless loop: the evaluator checks the interrupt
//! flag in each loop turn and each procedure call, also on its specialised paths (int FOR
//! loops, in-place `+=`). Each script must be stopped with the timeout diagnostic; the
//! generous guard below only keeps a broken build from hanging the test suite.

use std::io::Write;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const GUARD: Duration = Duration::from_secs(60);

fn stops(name: &str, script: &str) {
    let dir = std::env::temp_dir().join(format!("wl-interrupt-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{name}.wl"));
    std::fs::File::create(&path).and_then(|mut f| f.write_all(script.as_bytes())).expect("script written");
    let mut child = Command::new(env!("CARGO_BIN_EXE_wl"))
        .args(["run", "--timeout", "0.2"])
        .arg(&path)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wl starts");
    let start = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().expect("wait") {
            break status;
        }
        if start.elapsed() > GUARD {
            let _ = child.kill();
            panic!("`{name}` was not stopped by --timeout");
        }
        std::thread::sleep(Duration::from_millis(10));
    };
    let mut stderr = String::new();
    std::io::Read::read_to_string(&mut child.stderr.take().expect("stderr"), &mut stderr).expect("stderr read");
    let _ = std::fs::remove_dir_all(&dir);
    assert_eq!(status.code(), Some(1), "`{name}`: exit status; stderr:\n{stderr}");
    assert!(stderr.contains("timeout"), "`{name}`: no timeout diagnostic:\n{stderr}");
}

#[test]
fn int_for_loop_reset_by_its_body() {
    stops("for_int", "nSum is int\nFOR i = 1 TO 10\n\ti = 1\n\tnSum += i % 7 * 2\nEND\n");
}

#[test]
fn empty_for_loop_with_huge_bound() {
    stops("for_empty", "FOR i = 1 TO 9223372036854775806\nEND\n");
}

#[test]
fn while_true() {
    stops("while", "n is int\nWHILE True\n\tn++\nEND\n");
}

#[test]
fn endless_loop() {
    stops("loop", "s is string\nLOOP\n\ts += \"\"\nEND\n");
}

#[test]
fn procedure_calls_in_a_loop() {
    stops(
        "calls",
        "PROCEDURE Add(a is int, b is int) : int\n\tRESULT a + b\nEND\nn is int\nLOOP\n\tn = Add(n, 1)\nEND\n",
    );
}

#[test]
fn procedure_calling_itself_in_a_loop() {
    stops(
        "recursion",
        "PROCEDURE Fib(n is int) : int\n\tIF n < 2 THEN RESULT n\n\tRESULT Fib(n - 1) + Fib(n - 2)\nEND\nLOOP\n\tFib(20)\nEND\n",
    );
}
