//! Golden-output testing: a script `NAME.wl` with its expected stdout `NAME.out`, and where
//! needed its stderr `NAME.err`, exit status `NAME.code`, and the messages it sends
//! (`NAME.mail/0001.eml`…, captured, never sent). `NAME.args` holds options for `wl run`
//! (`--max-string-bytes 30`), for the cases about limits. `wl test` and the project's own test suite
//! both run cases through this module.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[derive(Clone, Debug)]
pub struct Case {
    pub script: PathBuf,
    /// The path shown in reports.
    pub name: String,
}

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Outcome {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
    /// Captured messages: file name and normalised content.
    pub mails: Vec<(String, String)>,
    pub timed_out: bool,
}

pub const CASE_TIMEOUT: Duration = Duration::from_secs(60);

impl Case {
    fn sibling(&self, ext: &str) -> PathBuf {
        self.script.with_extension(ext)
    }
    pub fn out_file(&self) -> PathBuf {
        self.sibling("out")
    }
    pub fn err_file(&self) -> PathBuf {
        self.sibling("err")
    }
    pub fn code_file(&self) -> PathBuf {
        self.sibling("code")
    }
    pub fn mail_dir(&self) -> PathBuf {
        self.sibling("mail")
    }
    /// The options `NAME.args` gives `wl run`, separated by spaces or lines (none without it).
    pub fn run_options(&self) -> Vec<String> {
        std::fs::read_to_string(self.sibling("args"))
            .map(|text| text.split_whitespace().map(str::to_string).collect())
            .unwrap_or_default()
    }
}

/// Every `*.wl` under `paths` (files or folders, recursively) that has a sibling `*.out`.
pub fn discover(paths: &[PathBuf]) -> Vec<Case> {
    let mut cases = Vec::new();
    for path in paths {
        collect(path, &mut cases);
    }
    cases.sort_by(|a, b| a.script.cmp(&b.script));
    cases.dedup_by(|a, b| a.script == b.script);
    cases
}

fn collect(path: &Path, cases: &mut Vec<Case>) {
    if path.is_dir() {
        let Ok(entries) = std::fs::read_dir(path) else { return };
        let mut entries: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
        entries.sort();
        for entry in entries {
            if entry.is_dir() && entry.extension().is_some_and(|e| e == "mail") {
                continue;
            }
            collect(&entry, cases);
        }
    } else if path.extension().is_some_and(|e| e == "wl") && path.with_extension("out").exists() {
        cases.push(Case { script: path.to_path_buf(), name: path.display().to_string() });
    }
}

/// Runs a case with `wl run --capture-mail` and the case's options, from the script's
/// folder, without colours.
pub fn run_case(wl: &Path, case: &Case) -> Outcome {
    let dir = case.script.parent().filter(|p| !p.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let file = case.script.file_name().map(PathBuf::from).unwrap_or_default();
    let capture = tempdir();
    let mut child = match Command::new(wl)
        .arg("run")
        .arg("--capture-mail")
        .arg(&capture)
        .args(case.run_options())
        .arg(&file)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
    {
        Ok(c) => c,
        Err(e) => {
            return Outcome { stderr: format!("cannot start {}: {e}", wl.display()), code: -1, ..Default::default() }
        }
    };
    // Read both pipes on threads so a chatty script cannot block on a full pipe.
    let mut out_pipe = child.stdout.take().expect("piped stdout");
    let mut err_pipe = child.stderr.take().expect("piped stderr");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut out_pipe, &mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = std::io::Read::read_to_end(&mut err_pipe, &mut buf);
        buf
    });
    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if start.elapsed() > CASE_TIMEOUT => {
                let _ = child.kill();
                timed_out = true;
                break child.wait().ok();
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => break None,
        }
    };
    let stdout = String::from_utf8_lossy(&out_reader.join().unwrap_or_default()).into_owned();
    let stderr = String::from_utf8_lossy(&err_reader.join().unwrap_or_default()).into_owned();
    let code = status.and_then(|s| s.code()).unwrap_or(-1);
    let mails = read_mails(&capture);
    let _ = std::fs::remove_dir_all(&capture);
    Outcome { stdout, stderr, code, mails, timed_out }
}

fn tempdir() -> PathBuf {
    use std::sync::atomic::{AtomicUsize, Ordering};
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("wl-golden-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    let _ = std::fs::create_dir_all(&dir);
    dir
}

/// The `.eml` files of a capture folder, in order, normalised.
pub fn read_mails(dir: &Path) -> Vec<(String, String)> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "eml"))
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let text = String::from_utf8_lossy(&std::fs::read(&p).unwrap_or_default()).into_owned();
            (name, normalize_mail(&text))
        })
        .collect()
}

/// Replaces what changes from one run to the next (Date, Message-ID, MIME boundaries) with
/// fixed placeholders, so captured messages compare exactly.
pub fn normalize_mail(text: &str) -> String {
    let text = text.replace("\r\n", "\n");
    let mut boundaries: Vec<String> = Vec::new();
    for line in text.lines() {
        let lower = line.to_ascii_lowercase();
        if let Some(pos) = lower.find("boundary=") {
            let value = line[pos + 9..].trim().trim_matches(';').trim_matches('"').to_string();
            if !value.is_empty() && !boundaries.contains(&value) {
                boundaries.push(value);
            }
        }
    }
    let mut out = String::with_capacity(text.len());
    let mut in_headers = true;
    for line in text.split_inclusive('\n') {
        if line.trim_end().is_empty() {
            in_headers = false;
        }
        let lower = line.to_ascii_lowercase();
        if in_headers && lower.starts_with("date:") {
            out.push_str("Date: <date>\n");
        } else if in_headers && lower.starts_with("message-id:") {
            out.push_str("Message-ID: <message-id>\n");
        } else {
            out.push_str(line);
        }
    }
    for (i, b) in boundaries.iter().enumerate() {
        out = out.replace(b.as_str(), &format!("<boundary-{}>", i + 1));
    }
    out
}

/// What a case expects, read from its files.
pub fn expected(case: &Case) -> Outcome {
    let read = |p: PathBuf| std::fs::read_to_string(p).ok();
    Outcome {
        stdout: read(case.out_file()).unwrap_or_default(),
        stderr: read(case.err_file()).unwrap_or_default(),
        code: read(case.code_file()).and_then(|c| c.trim().parse().ok()).unwrap_or(0),
        mails: if case.mail_dir().is_dir() { read_mails(&case.mail_dir()) } else { Vec::new() },
        timed_out: false,
    }
}

/// Compares an outcome with the expectation; the error is a readable report with diffs.
pub fn compare(case: &Case, got: &Outcome) -> Result<(), String> {
    let want = expected(case);
    let mut report = String::new();
    if got.timed_out {
        report.push_str(&format!("timed out after {} s\n", CASE_TIMEOUT.as_secs()));
    }
    if got.code != want.code {
        report.push_str(&format!("exit status: expected {}, got {}\n", want.code, got.code));
    }
    diff_section(&mut report, "stdout", &want.stdout, &got.stdout);
    diff_section(&mut report, "stderr", &want.stderr, &got.stderr);
    let names = |m: &[(String, String)]| m.iter().map(|(n, _)| n.clone()).collect::<Vec<_>>();
    if names(&want.mails) != names(&got.mails) {
        report.push_str(&format!(
            "captured messages: expected [{}], got [{}]\n",
            names(&want.mails).join(", "),
            names(&got.mails).join(", ")
        ));
    }
    for ((name, want_text), (_, got_text)) in want.mails.iter().zip(&got.mails) {
        diff_section(&mut report, &format!("message {name}"), want_text, got_text);
    }
    if report.is_empty() {
        Ok(())
    } else {
        Err(format!("{}:\n{report}", case.name))
    }
}

fn diff_section(report: &mut String, what: &str, want: &str, got: &str) {
    if want == got {
        return;
    }
    report.push_str(&format!("{what} differs (- expected, + got):\n"));
    // Changed lines with three lines of context around each change.
    let diff = similar::TextDiff::from_lines(want, got);
    for (i, group) in diff.grouped_ops(3).iter().enumerate() {
        if i > 0 {
            report.push_str(" …\n");
        }
        for op in group {
            for change in diff.iter_changes(op) {
                let sign = match change.tag() {
                    similar::ChangeTag::Delete => '-',
                    similar::ChangeTag::Insert => '+',
                    similar::ChangeTag::Equal => ' ',
                };
                let line = change.value();
                report.push(sign);
                report.push_str(line.strip_suffix('\n').unwrap_or(line));
                if !line.ends_with('\n') {
                    report.push_str("⏎ (no line break at the end)");
                }
                report.push('\n');
            }
        }
    }
}

/// Writes the outcome as the case's expectation.
pub fn bless(case: &Case, got: &Outcome) -> std::io::Result<()> {
    std::fs::write(case.out_file(), &got.stdout)?;
    if got.stderr.is_empty() {
        let _ = std::fs::remove_file(case.err_file());
    } else {
        std::fs::write(case.err_file(), &got.stderr)?;
    }
    if got.code == 0 {
        let _ = std::fs::remove_file(case.code_file());
    } else {
        std::fs::write(case.code_file(), format!("{}\n", got.code))?;
    }
    let dir = case.mail_dir();
    if got.mails.is_empty() {
        if dir.is_dir() {
            std::fs::remove_dir_all(&dir)?;
        }
    } else {
        if dir.is_dir() {
            std::fs::remove_dir_all(&dir)?;
        }
        std::fs::create_dir_all(&dir)?;
        for (name, text) in &got.mails {
            std::fs::write(dir.join(name), text)?;
        }
    }
    Ok(())
}

/// Runs cases on `jobs` threads; results come back in the cases' order.
pub fn run_all(wl: &Path, cases: &[Case], jobs: usize) -> Vec<Outcome> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    let results: Vec<std::sync::Mutex<Option<Outcome>>> = cases.iter().map(|_| std::sync::Mutex::new(None)).collect();
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            s.spawn(|| loop {
                let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                if i >= cases.len() {
                    break;
                }
                let outcome = run_case(wl, &cases[i]);
                *results[i].lock().unwrap_or_else(|e| e.into_inner()) = Some(outcome);
            });
        }
    });
    results.into_iter().map(|m| m.into_inner().unwrap_or_else(|e| e.into_inner()).unwrap_or_default()).collect()
}
