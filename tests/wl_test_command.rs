//! `wl test` on users' scripts: passing cases, a deliberately wrong expectation in a
//! temporary copy (a readable diff and exit status 1), and `--bless`.

use std::path::{Path, PathBuf};
use std::process::Command;

fn wl() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_wl"));
    c.env("NO_COLOR", "1");
    c
}

fn temp_copy(files: &[&str]) -> PathBuf {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = std::env::temp_dir().join(format!("wl-test-cmd-{}-{}", std::process::id(), files[0].replace('/', "_")));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    for f in files {
        let src = root.join(f);
        std::fs::copy(&src, dir.join(src.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn a_wrong_expectation_fails_with_a_readable_diff_and_bless_repairs_it() {
    let dir = temp_copy(&["examples/hello.wl", "examples/hello.out"]);
    let out_file = dir.join("hello.out");
    let good = std::fs::read_to_string(&out_file).unwrap();
    std::fs::write(&out_file, good.replace("countdown 2", "countdown two")).unwrap();

    let run = wl().arg("test").arg(&dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&run.stdout);
    assert_eq!(run.status.code(), Some(1), "stdout: {stdout}");
    let expected = format!(
        "FAIL {}:\nstdout differs (- expected, + got):\n Hello, world!\n countdown 3\n-countdown two\n+countdown 2\n countdown 1\n liftoff\n\n0 passed, 1 failed\n",
        dir.join("hello.wl").display()
    );
    assert_eq!(stdout, expected);

    let bless = wl().arg("test").arg("--bless").arg(&dir).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&bless.stdout), "1 blessed, 0 failed\n");
    assert_eq!(std::fs::read_to_string(&out_file).unwrap(), good);
    let again = wl().arg("test").arg(&dir).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&again.stdout), "1 passed, 0 failed\n");
    assert_eq!(again.status.code(), Some(0));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn exit_status_and_stderr_are_compared_too() {
    let dir = temp_copy(&[
        "tests/scripts/errors/uncaught_throw.wl",
        "tests/scripts/errors/uncaught_throw.out",
        "tests/scripts/errors/uncaught_throw.err",
        "tests/scripts/errors/uncaught_throw.code",
    ]);
    let pass = wl().arg("test").arg(&dir).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&pass.stdout), "1 passed, 0 failed\n");
    std::fs::write(dir.join("uncaught_throw.code"), "0\n").unwrap();
    let fail = wl().arg("test").arg(&dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&fail.stdout);
    assert_eq!(fail.status.code(), Some(1));
    assert!(stdout.contains("exit status: expected 0, got 1\n"), "{stdout}");
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn nothing_to_test_is_an_error() {
    let dir = std::env::temp_dir().join(format!("wl-test-empty-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let run = wl().arg("test").arg(&dir).output().unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&run.stderr).contains("no test found"));
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn a_wrong_captured_message_fails_with_a_diff_of_the_message() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = temp_copy(&["examples/email_mailing_loop.wl", "examples/email_mailing_loop.out"]);
    let mail = dir.join("email_mailing_loop.mail");
    std::fs::create_dir_all(&mail).unwrap();
    for n in ["0001.eml", "0002.eml", "0003.eml"] {
        std::fs::copy(root.join("examples/email_mailing_loop.mail").join(n), mail.join(n)).unwrap();
    }
    let pass = wl().arg("test").arg(&dir).output().unwrap();
    assert_eq!(String::from_utf8_lossy(&pass.stdout), "1 passed, 0 failed\n");

    let second = mail.join("0002.eml");
    let text = std::fs::read_to_string(&second).unwrap();
    std::fs::write(&second, text.replace("You have 45 points", "You have 46 points")).unwrap();
    let fail = wl().arg("test").arg(&dir).output().unwrap();
    let stdout = String::from_utf8_lossy(&fail.stdout);
    assert_eq!(fail.status.code(), Some(1));
    assert!(
        stdout.contains("message 0002.eml differs (- expected, + got):\n")
            && stdout.contains("\n-You have 46 points on your card.\n+You have 45 points on your card.\n")
            && stdout.ends_with("0 passed, 1 failed\n"),
        "{stdout}"
    );
    // A message the script no longer sends is reported by name.
    std::fs::write(&second, text).unwrap();
    std::fs::write(mail.join("0004.eml"), "Subject: extra\n").unwrap();
    let extra = wl().arg("test").arg(&dir).output().unwrap();
    assert!(String::from_utf8_lossy(&extra.stdout).contains(
        "captured messages: expected [0001.eml, 0002.eml, 0003.eml, 0004.eml], got [0001.eml, 0002.eml, 0003.eml]"
    ));
    let _ = std::fs::remove_dir_all(&dir);
}
