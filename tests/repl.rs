//! The REPL, driven as a user drives it: through a pipe (no terminal: no prompts, only
//! results and errors), and on a real terminal made by tmux (prompts, continuation prompt,
//! completion, Ctrl-C, Ctrl-D, history kept between sessions). Every test runs `wl` with HOME
//! and XDG_DATA_HOME in a temporary folder, and checks the exact output.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const WL: &str = env!("CARGO_BIN_EXE_wl");

/// Trailing spaces are not part of what a user sees (ariadne pads some lines with them).
fn normalize(text: &str) -> String {
    let mut out: String = text.lines().map(|l| format!("{}\n", l.trim_end())).collect();
    while out.ends_with("\n\n") {
        out.pop();
    }
    if out == "\n" {
        out.clear();
    }
    out
}

struct Piped {
    stdout: String,
    stderr: String,
    code: i32,
}

/// Runs `wl ARGS` with `input` on stdin (a pipe), in `dir`.
fn pipe_in(dir: &Path, args: &[&str], input: &str) -> Piped {
    let mut child = Command::new(WL)
        .args(args)
        .current_dir(dir)
        .env("HOME", dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("wl starts");
    child.stdin.take().unwrap().write_all(input.as_bytes()).unwrap();
    let out = child.wait_with_output().unwrap();
    Piped {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: normalize(&String::from_utf8_lossy(&out.stderr)),
        code: out.status.code().unwrap_or(-1),
    }
}

fn pipe(input: &str) -> Piped {
    let dir = tempfile::tempdir().unwrap();
    pipe_in(dir.path(), &["repl"], input)
}

// ----- through a pipe -----

#[test]
fn an_expression_alone_prints_its_value() {
    let out = pipe("Length(\"abc\")\nx is int = 5\nx * 2\n\"a\" + \"b\"\nNull\nx = 7\nInfo(x)\n1.5 + 1\nTrue\n");
    assert_eq!(out.stdout, "3\n10\nab\n7\n2.5\nTrue\n");
    assert_eq!(out.stderr, "");
    assert_eq!(out.code, 0);
}

#[test]
fn a_class_and_its_methods_over_several_inputs() {
    // Issue #15: the class, its object and each method are separate inputs; a method added
    // later is called on the object declared before it, in English and in French.
    let out = pipe(
        "cA is Class\nm_n is int\nEND\n\
         PROCEDURE cA::Twice()\nRESULT m_n * 2\nEND\n\
         o is cA\no.m_n = 4\nTrace(o.Twice())\n\
         PROCEDURE cA::Add(k is int)\nm_n += k\nEND\n\
         o:Add(3)\nTrace(o:Twice(), o.m_n)\n\
         cB est une Classe\nhérite de cA\nFIN\n\
         PROCÉDURE cB::Twice()\nRENVOYER 0\nFIN\n\
         p est un cA dynamique = allouer un cB\nTrace(p:Twice())\n",
    );
    assert_eq!(out.stderr, "");
    assert_eq!(out.stdout, "8\n14 7\n0\n");
    assert_eq!(out.code, 0);
}

#[test]
fn plain_wl_reads_a_pipe_too() {
    let dir = tempfile::tempdir().unwrap();
    let out = pipe_in(dir.path(), &[], "Upper(\"abc\")\n");
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.code), ("ABC\n", "", 0));
}

#[test]
fn a_multi_line_if_runs_once_complete() {
    let out = pipe(
        "n is int = 3\n\
         IF n > 2 THEN\n\
         \x20 Info(\"big\")\n\
         ELSE IF n > 1 THEN\n\
         \x20 Info(\"medium\")\n\
         ELSE\n\
         \x20 Info(\"small\")\n\
         END\n\
         FOR i = 1 TO n\n\
         \x20 Trace(i)\n\
         END\n\
         SWITCH n\n\
         CASE 3: Info(\"three\")\n\
         OTHER CASE: Info(\"other\")\n\
         END\n",
    );
    assert_eq!(out.stdout, "big\n1\n2\n3\nthree\n");
    assert_eq!(out.stderr, "");
    assert_eq!(out.code, 0);
}

#[test]
fn a_procedure_defined_then_called() {
    let out = pipe(
        "PROCEDURE Add(a, b = 10)\n\
         \x20 RESULT a + b\n\
         END\n\
         Add(1, 2)\n\
         Add(1)\n\
         PROCEDURE Twice(s)\n\
         \x20 IF s = \"\" THEN\n\
         \x20   RESULT \"empty\"\n\
         \x20 END\n\
         \x20 RESULT s + s\n\
         \n\
         Twice(\"ab\")\n\
         Twice(\"\")\n\
         PROCEDURE Hello()\n\
         Info(\"hello\")\n\
         END\n\
         Hello()\n",
    );
    assert_eq!(out.stdout, "3\n11\nabab\nempty\nhello\n");
    assert_eq!(out.stderr, "");
    assert_eq!(out.code, 0);
}

#[test]
fn a_procedure_typed_again_replaces_the_old_one() {
    let out = pipe(
        "PROCEDURE f()\nRESULT 1\nEND\nPROCEDURE g()\nRESULT f() * 10\nEND\ng()\nPROCEDURE f()\nRESULT 2\nEND\ng()\n",
    );
    assert_eq!(out.stdout, "10\n20\n");
    assert_eq!(out.code, 0);
}

#[test]
fn an_error_then_a_correct_line() {
    let out = pipe("nCount is int = 2\nInfo(nCont)\nInfo(nCount)\n");
    assert_eq!(out.stdout, "2\n");
    assert_eq!(
        out.stderr,
        "Error: `nCont` is not declared\n\
         \x20  ╭─[ <repl:2>:1:6 ]\n\
         \x20  │\n\
         \x201 │ Info(nCont)\n\
         \x20  │      ──┬──\n\
         \x20  │        ╰──── not declared\n\
         \x20  │\n\
         \x20  │ Help: did you mean `nCount`?\n\
         ───╯\n"
    );
    // A failed input does not stop the session, but the exit status says it happened.
    assert_eq!(out.code, 1);
}

#[test]
fn a_fatal_error_ends_the_statement_not_the_session() {
    let out = pipe("x is int = 1\nPROCEDURE Divide(n)\nRESULT 10 / n\nEND\nx = 5\nDivide(0)\nx\nDivide(4)\n");
    assert_eq!(out.stdout, "5\n2.5\n");
    assert_eq!(
        out.stderr,
        "Error: division by zero\n\
         \x20  ╭─[ <repl:2>:2:8 ]\n\
         \x20  │\n\
         \x202 │ RESULT 10 / n\n\
         \x20  │        ───┬──\n\
         \x20  │           ╰──── the error happened here\n\
         \x20  │\n\
         \x20  │ Note: in `Divide`, called at <repl:4>:1:1\n\
         ───╯\n"
    );
    assert_eq!(out.code, 1);
}

#[test]
fn a_syntax_error_points_into_the_block_just_typed() {
    let out = pipe("IF 1 < 2 THEN\nInfo(1 2)\nEND\nInfo(\"next\")\n");
    assert_eq!(out.stdout, "next\n");
    assert!(out.stderr.starts_with("Error: unexpected `2`\n   ╭─[ <repl:1>:2:8 ]\n"), "{}", out.stderr);
    assert_eq!(out.code, 1);
}

#[test]
fn a_rejected_input_changes_nothing() {
    // The second input declares y, then fails to resolve: y must not exist afterwards.
    let out = pipe("x is int = 1\ny is int = 2; Info(nope)\nx\ny\n");
    assert_eq!(out.stdout, "1\n");
    assert!(out.stderr.starts_with("Error: `nope` is not declared\n"), "{}", out.stderr);
    assert!(out.stderr.contains("Error: `y` is not declared\n"), "{}", out.stderr);
}

#[test]
fn continuation_lines_and_multi_line_strings() {
    let out = pipe("x = 1 + ...\n  2\nx is int = 1 + ...\n 2 + ...\n 3\nx\ns is string = [\n  Hello\n  World\n]\nLength(s)\nReplace(s, CR, \"/\")\n/* a comment\nover lines */ Info(\"after\")\n");
    assert!(out.stderr.starts_with("Error: `x` is not declared"), "{}", out.stderr);
    assert_eq!(out.stdout, "6\n12\nHello/World\nafter\n");
}

#[test]
fn an_input_cut_short_by_the_end_of_stdin_is_reported() {
    let out = pipe("Info(\"before\")\nIF True THEN\nInfo(\"never\")\n");
    assert_eq!(out.stdout, "before\n");
    // The unclosed block is named where it opens.
    assert!(out.stderr.starts_with("Error: this IF has no END\n"), "{}", out.stderr);
    assert_eq!(out.code, 1);
}

#[test]
fn a_procedure_without_end_at_the_end_of_stdin_is_declared() {
    let out = pipe("PROCEDURE f()\nInfo(\"f\")\n");
    assert_eq!((out.stdout.as_str(), out.stderr.as_str(), out.code), ("", "", 0));
}

#[test]
fn load_runs_a_script_into_the_session() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("lib.wl"),
        "gnCalls is int\nPROCEDURE Square(n)\n  gnCalls++\n  RESULT n * n\nEND\nInfo(\"lib loaded\")\nTrue\n",
    )
    .unwrap();
    let out = pipe_in(
        dir.path(),
        &["repl"],
        ":load lib.wl\nSquare(3) + Square(4)\ngnCalls\n:load lib.wl\ngnCalls\nSquare(5)\n",
    );
    // The script's statements mean what they mean in `wl run`: `True` alone is an error
    // there, so the file is rejected as a whole.
    assert!(out.stderr.starts_with("Error: this expression does nothing\n"), "{}", out.stderr);
    assert!(out.stderr.contains("1 error found; nothing was run.\n"), "{}", out.stderr);
    assert_eq!(out.code, 1);

    std::fs::write(
        dir.path().join("lib.wl"),
        "gnCalls is int\nPROCEDURE Square(n)\n  gnCalls++\n  RESULT n * n\nEND\nInfo(\"lib loaded\")\nLength(\"abc\")\n",
    )
    .unwrap();
    let out = pipe_in(
        dir.path(),
        &["repl"],
        ":load lib.wl\nSquare(3) + Square(4)\ngnCalls\n:load lib.wl\ngnCalls\nSquare(5)\n",
    );
    // Loaded twice: the second load declares the variable and the procedure again.
    assert_eq!(out.stdout, "lib loaded\n25\n2\nlib loaded\n0\n25\n");
    assert_eq!(out.stderr, "");
    assert_eq!(out.code, 0);
}

#[test]
fn load_reports_a_missing_file_and_goes_on() {
    let out = pipe(":load nowhere.wl\nInfo(\"still here\")\n:load\n:load -\nInfo(\"and here\")\n");
    assert_eq!(out.stdout, "still here\nand here\n");
    assert_eq!(
        out.stderr,
        "Error: cannot read `nowhere.wl`: No such file or directory (os error 2)\n\
         Error: usage: :load FILE\n\
         Error: `:load` needs a file; stdin is the session's own input\n"
    );
    assert_eq!(out.code, 1);
}

#[test]
fn vars_reset_help_and_quit() {
    let out = pipe(
        ":vars\n\
         nCount is int = 3\n\
         sName is string = \"Ann \"\"A\"\"\"\n\
         let r = 1.5\n\
         arr is array of int = [1, 2]\n\
         v is variant\n\
         CONSTANT\nMAX = 10\nEND\n\
         PROCEDURE Greet(who, LOCAL n is int = 1) : string\nRESULT \"hi \" + who\nEND\n\
         :vars\n\
         :reset\n\
         :vars\n\
         :frob\n\
         :quit\n\
         Info(\"not run\")\n",
    );
    assert_eq!(
        out.stdout,
        "nothing is declared yet\n\
         nCount is int = 3\n\
         sName is string = \"Ann \"\"A\"\"\"\n\
         r is real = 1.5\n\
         arr is array of int = [1, 2]\n\
         v is variant = Null\n\
         CONSTANT MAX = 10\n\
         PROCEDURE Greet(who [, LOCAL n]): string\n\
         the session was reset\n\
         nothing is declared yet\n"
    );
    assert_eq!(out.stderr, "Error: unknown command `:frob`; type :help for the list\n");
    assert_eq!(out.code, 1);

    let help = pipe(":help\n");
    assert!(help.stdout.starts_with("Type a statement, or an expression to see its value"), "{}", help.stdout);
    assert!(help.stdout.contains("  :load FILE    run a script into the session"), "{}", help.stdout);
    assert_eq!(help.code, 0);
}

#[test]
fn sigint_stops_the_running_statement_and_the_piped_session() {
    use std::io::BufRead;
    let dir = tempfile::tempdir().unwrap();
    let mut child = Command::new(WL)
        .arg("repl")
        .current_dir(dir.path())
        .env("HOME", dir.path())
        .env("NO_COLOR", "1")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin.write_all(b"LOOP\nTrace(\"tick\")\nEND\nInfo(\"never\")\n").unwrap();
    // The loop runs once it has printed: interrupt it then.
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    stdout.read_line(&mut first).unwrap();
    assert_eq!(first, "tick\n");
    let kill = Command::new("kill").args(["-INT", &child.id().to_string()]).status().unwrap();
    assert!(kill.success());
    let rest = std::thread::spawn(move || {
        let mut rest = String::new();
        std::io::Read::read_to_string(&mut stdout, &mut rest).unwrap();
        rest
    });
    let out = child.wait_with_output().unwrap();
    let rest = rest.join().unwrap();
    assert!(rest.lines().all(|l| l == "tick"), "{rest}");
    assert_eq!(
        normalize(&String::from_utf8_lossy(&out.stderr)),
        "Error: interrupted (Ctrl-C)\n\
         \x20  ╭─[ <repl:1>:1:1 ]\n\
         \x20  │\n\
         \x201 │ ╭─▶ LOOP\n\
         \x20  ┆ ┆\n\
         \x203 │ ├─▶ END\n\
         \x20  │ │\n\
         \x20  │ ╰──────── the error happened here\n\
         ───╯\n"
    );
    assert_eq!(out.status.code(), Some(130));
    drop(stdin);
}

#[test]
fn trace_file_survives_a_reset() {
    let dir = tempfile::tempdir().unwrap();
    let out = pipe_in(
        dir.path(),
        &["repl", "--trace-file", "trace.txt"],
        "Trace(\"a\", 1)\n:reset\nTrace(\"b\")\nInfo(\"c\")\n",
    );
    assert_eq!(out.stdout, "the session was reset\nc\n");
    assert_eq!(std::fs::read_to_string(dir.path().join("trace.txt")).unwrap(), "a 1\nb\n");
    assert_eq!(out.code, 0);
}

#[test]
fn garbage_never_stops_the_session() {
    // (`[[` at the end of a line opens a multi-line string: the `]` line closes it.)
    let garbage = [
        "§",
        "END",
        "ELSE",
        ")",
        "(",
        "]",
        "[[\n]",
        "x = = 2",
        "1 2 3",
        "\"unclosed",
        "IF",
        "FOR EACH",
        "PROCEDURE",
        "PROCEDURE f(",
        "CASE 1:",
        "x..",
        "..",
        "...",
        "?",
        "\u{0}",
        "\u{feff}",
        "é = 1",
        "Info(",
        "let",
        "let x =",
        "RESULT 1",
        "RETURN",
        "BREAK",
        "CONTINUE",
        ":",
        "::",
        "a, b",
        "(a, b) = (1, 2)",
        "x is array of",
        "STRUCTURE",
        "CONSTANT A",
        "Middle(\"abc\", 0, -1)",
        "ExceptionThrow(1, \"boom\")",
        "Repeat(\"a\", -5)",
        "99999999999999999999999",
        "0x",
        "1e999",
        "s[[0 TO -1]]",
        "t is array of int\nt[0]",
    ];
    let mut input: String = garbage.iter().map(|g| format!("{g}\n")).collect();
    input.push_str("Info(\"alive\")\n");
    let out = pipe(&input);
    assert!(out.stdout.ends_with("alive\n"), "{}", out.stdout);
    assert!(!out.stderr.contains("panicked"), "{}", out.stderr);
    assert!(!out.stderr.contains("internal error"), "{}", out.stderr);
    assert_eq!(out.code, 1);
}

#[test]
fn a_quit_command_inside_a_block_is_a_line_of_the_block() {
    // `:` starts a command only at the start of an input.
    let out = pipe("IF True THEN\n:quit\nEND\nInfo(\"after\")\n");
    assert_eq!(out.stdout, "after\n");
    assert!(out.stderr.starts_with("Error: "), "{}", out.stderr);
}

// ----- on a terminal (tmux) -----

/// A tmux server of our own (its socket in a temporary folder), with one window running wl.
struct Terminal {
    dir: tempfile::TempDir,
    socket: PathBuf,
    /// Sessions started so far; the last one is the current one. (The ones before stay,
    /// their pane dead, so that the server does not exit.)
    sessions: usize,
}

const DEADLINE: Duration = Duration::from_secs(20);

impl Terminal {
    fn new() -> Terminal {
        let dir = tempfile::tempdir().unwrap();
        let socket = dir.path().join("tmux.sock");
        std::fs::create_dir_all(dir.path().join("home")).unwrap();
        Terminal { dir, socket, sessions: 0 }
    }

    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    fn tmux(&self, args: &[&str]) -> std::process::Output {
        let out = Command::new("tmux")
            .arg("-S")
            .arg(&self.socket)
            .arg("-f")
            .arg("/dev/null")
            .args(args)
            .env_remove("TMUX")
            .output()
            .expect("tmux runs (tests/setup.sh installs it)");
        assert!(out.status.success(), "tmux {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        out
    }

    /// Starts wl in a new 100×30 window, HOME in the temporary folder; `xdg` decides whether
    /// XDG_DATA_HOME is set. A shell runs it and shows its exit status when it ends (tmux
    /// itself is not always quick to notice that a pane's process ended); the shell ignores
    /// Ctrl-C, which is for wl.
    fn start(&mut self, xdg: bool) {
        let mut command = format!("trap true INT; env -u NO_COLOR -u XDG_DATA_HOME HOME='{}'", self.home().display());
        if xdg {
            command.push_str(&format!(" XDG_DATA_HOME='{}'", self.data().display()));
        }
        command.push_str(&format!(" '{WL}' repl; echo \"[exit $?]\"; exec sleep 3600"));
        self.sessions += 1;
        let target = self.target();
        self.tmux(&["new-session", "-d", "-s", &target, "-x", "100", "-y", "30", &command]);
    }

    /// The current tmux session.
    fn target(&self) -> String {
        format!("wl{}", self.sessions)
    }

    fn send_text(&self, text: &str) {
        self.tmux(&["send-keys", "-t", &self.target(), "-l", text]);
    }

    fn send_key(&self, key: &str) {
        self.tmux(&["send-keys", "-t", &self.target(), key]);
    }

    /// Types a line, then waits for the screen to show what it printed after it: `shown` is
    /// appended to `screen`, the whole screen expected so far.
    fn enter(&self, screen: &mut String, line: &str, shown: &str) {
        self.type_line(line);
        screen.push_str(shown);
        self.wait_for_screen(screen);
    }

    /// Types a line and presses Enter.
    fn type_line(&self, line: &str) {
        self.send_text(line);
        self.send_key("Enter");
    }

    fn screen(&self) -> String {
        normalize(&String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-t", &self.target()]).stdout))
    }

    fn colored_screen(&self) -> String {
        String::from_utf8_lossy(&self.tmux(&["capture-pane", "-p", "-e", "-t", &self.target()]).stdout).into_owned()
    }

    /// Waits until the screen is exactly `expected`.
    fn wait_for_screen(&self, expected: &str) {
        let expected = normalize(expected);
        let start = Instant::now();
        loop {
            let screen = self.screen();
            if screen == expected {
                return;
            }
            if start.elapsed() > DEADLINE {
                panic!("the screen did not become\n{expected}\nit is\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }

    /// Waits until wl has exited; returns its exit status.
    fn wait_for_exit(&self) -> i32 {
        let start = Instant::now();
        loop {
            let screen = self.screen();
            let status = screen.lines().rev().find_map(|l| l.strip_prefix("[exit ")?.strip_suffix(']')?.parse().ok());
            if let Some(status) = status {
                return status;
            }
            if start.elapsed() > DEADLINE {
                panic!("wl did not exit; the screen is\n{screen}");
            }
            std::thread::sleep(Duration::from_millis(30));
        }
    }
}

impl Drop for Terminal {
    fn drop(&mut self) {
        if self.sessions > 0 {
            let _ = Command::new("tmux").arg("-S").arg(&self.socket).arg("kill-server").output();
        }
    }
}

fn banner() -> String {
    format!("wl {} — WLanguage. Type :help for help, Ctrl-D to leave.\n", env!("CARGO_PKG_VERSION"))
}

#[test]
fn terminal_prompt_and_continuation_prompt() {
    let mut t = Terminal::new();
    t.start(true);
    let mut screen = banner();
    screen.push_str("wl> ");
    t.wait_for_screen(&screen);

    t.type_line("Length(\"abc\")");
    screen = format!("{}wl> Length(\"abc\")\n3\nwl> ", banner());
    t.wait_for_screen(&screen);

    t.enter(&mut screen, "IF 1 < 2 THEN", "IF 1 < 2 THEN\n..> ");
    t.enter(&mut screen, "  Info(\"yes\")", "  Info(\"yes\")\n..> ");
    t.enter(&mut screen, "END", "END\nyes\nwl> ");

    // A procedure: complete at an empty line.
    t.enter(&mut screen, "PROCEDURE Double(n)", "PROCEDURE Double(n)\n..> ");
    t.enter(&mut screen, "RESULT 2 * n", "RESULT 2 * n\n..> ");
    t.enter(&mut screen, "", "\nwl> ");
    t.enter(&mut screen, "Double(21)", "Double(21)\n42\nwl> ");

    // An error, shown as `wl run` shows it, and the session goes on.
    t.type_line("Info(nope)");
    screen.push_str(
        "Info(nope)\n\
         Error: `nope` is not declared\n\
         \x20  ╭─[ <repl:5>:1:6 ]\n\
         \x20  │\n\
         \x201 │ Info(nope)\n\
         \x20  │      ──┬─\n\
         \x20  │        ╰─── not declared\n\
         \x20  │\n\
         \x20  │ Help: declare it first, e.g. `nope is string`\n\
         ───╯\n\
         wl> ",
    );
    t.wait_for_screen(&screen);

    t.send_key("C-d");
    assert_eq!(t.wait_for_exit(), 0);
}

#[test]
fn terminal_ctrl_c_cancels_the_input_and_stops_an_endless_loop() {
    let mut t = Terminal::new();
    t.start(true);
    let mut screen = format!("{}wl> ", banner());
    t.wait_for_screen(&screen);

    // Ctrl-C while typing a block: the block is forgotten.
    t.enter(&mut screen, "WHILE True", "WHILE True\n..> ");
    t.send_text("Info(1)");
    t.send_key("C-c");
    screen.push_str("Info(1)\nwl> ");
    t.wait_for_screen(&screen);

    // Ctrl-C while a loop runs: the loop stops, the state stays.
    t.enter(&mut screen, "n is int", "n is int\nwl> ");
    t.enter(&mut screen, "LOOP", "LOOP\n..> ");
    t.enter(&mut screen, "n++", "n++\n..> ");
    t.enter(&mut screen, "END", "END\n");
    // Wait until the loop has gone round a few times before interrupting it.
    std::thread::sleep(Duration::from_millis(200));
    t.send_key("C-c");
    screen.push_str(
        "^C\n\
         Error: interrupted (Ctrl-C)\n\
         \x20  ╭─[ <repl:2>:1:1 ]\n\
         \x20  │\n\
         \x201 │ ╭─▶ LOOP\n\
         \x20  ┆ ┆\n\
         \x203 │ ├─▶ END\n\
         \x20  │ │\n\
         \x20  │ ╰──────── the error happened here\n\
         ───╯\n\
         wl> ",
    );
    t.wait_for_screen(&screen);
    t.enter(&mut screen, "n > 0", "n > 0\nTrue\nwl> ");

    // Ctrl-C at an empty prompt does not leave; Ctrl-D does.
    t.send_key("C-c");
    screen.push_str("\nwl> ");
    t.wait_for_screen(&screen);
    t.send_key("C-d");
    assert_eq!(t.wait_for_exit(), 0);
}

#[test]
fn terminal_history_is_recalled_after_a_restart() {
    let mut t = Terminal::new();
    t.start(true);
    let mut screen = format!("{}wl> ", banner());
    t.wait_for_screen(&screen);
    t.enter(&mut screen, "Info(\"first\")", "Info(\"first\")\nfirst\nwl> ");
    t.enter(&mut screen, "IF True THEN", "IF True THEN\n..> ");
    t.enter(&mut screen, "Info(\"block\")", "Info(\"block\")\n..> ");
    t.enter(&mut screen, "END", "END\nblock\nwl> ");
    t.send_key("C-d");
    assert_eq!(t.wait_for_exit(), 0);

    let file = t.data().join("wl/history");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert_eq!(saved, "#V2\nInfo(\"first\")\nIF True THEN\\nInfo(\"block\")\\nEND\n");

    // A new session: Up recalls the block as one input (and runs it again on Enter).
    t.start(true);
    screen = format!("{}wl> ", banner());
    t.wait_for_screen(&screen);
    t.send_key("Up");
    t.wait_for_screen(&format!("{screen}IF True THEN\nInfo(\"block\")\nEND"));
    t.send_key("Enter");
    screen.push_str("IF True THEN\nInfo(\"block\")\nEND\nblock\nwl> ");
    t.wait_for_screen(&screen);
    // Inside a recalled block, Up moves up its lines first, then to the input before it.
    for _ in 0..4 {
        t.send_key("Up");
    }
    t.wait_for_screen(&format!("{screen}Info(\"first\")"));
    t.send_key("Enter");
    screen.push_str("Info(\"first\")\nfirst\nwl> ");
    t.wait_for_screen(&screen);
    t.send_key("C-d");
    assert_eq!(t.wait_for_exit(), 0);
}

#[test]
fn terminal_history_defaults_to_local_share() {
    let mut t = Terminal::new();
    t.start(false);
    let mut screen = format!("{}wl> ", banner());
    t.wait_for_screen(&screen);
    t.enter(&mut screen, "1 + 1", "1 + 1\n2\nwl> ");
    t.type_line(":quit");
    assert_eq!(t.wait_for_exit(), 0);
    let saved = std::fs::read_to_string(t.home().join(".local/share/wl/history")).unwrap();
    assert_eq!(saved, "#V2\n1 + 1\n:quit\n");
}

#[test]
fn terminal_completion_hints_and_colours() {
    let mut t = Terminal::new();
    t.start(true);
    let mut screen = format!("{}wl> ", banner());
    t.wait_for_screen(&screen);

    // Tab completes a function (case-insensitively) and opens its call; the hint shows the
    // parameters.
    t.send_text("x is int = leng");
    t.send_key("Tab");
    t.wait_for_screen(&format!("{screen}x is int = Length(s)"));
    t.enter(&mut screen, "\"abcd\")", "x is int = Length(\"abcd\")\nwl> ");
    // The user's own variables complete too.
    t.send_text("Info(x ");
    t.send_key("BSpace");
    t.send_key("Tab");
    t.wait_for_screen(&format!("{screen}Info(x   Info(value, …)"));
    t.enter(&mut screen, ")", "Info(x)\n4\nwl> ");

    // Keywords are coloured as they are typed.
    t.send_text("IF");
    t.wait_for_screen(&format!("{screen}IF"));
    let colored = t.colored_screen();
    assert!(colored.contains("\x1b[1m\x1b[35mIF"), "{colored:?}");
    t.send_key("C-c");
    screen.push_str("IF\nwl> ");
    t.wait_for_screen(&screen);
    t.send_key("C-d");
    assert_eq!(t.wait_for_exit(), 0);
}

#[test]
fn terminal_ctrl_d_at_a_continuation_prompt_leaves() {
    let mut t = Terminal::new();
    t.start(true);
    let mut screen = format!("{}wl> ", banner());
    t.wait_for_screen(&screen);
    t.enter(&mut screen, "FOR i = 1 TO 3", "FOR i = 1 TO 3\n..> ");
    t.send_key("C-d");
    assert_eq!(t.wait_for_exit(), 0);
    // The half-typed block is not run, and the shell's next line starts on a line of its own.
    screen.push_str("\n[exit 0]");
    t.wait_for_screen(&screen);
}
