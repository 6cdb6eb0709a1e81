//! The running program and its system: EndProgram, dbgAssert, Multitask, ThreadPause,
//! ExeRun, SysEnvironment.

use super::arg;
use crate::error::{codes, ErrorKind, RuntimeError};
use crate::machine::Machine;
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::Value;
use std::time::{Duration, Instant};

pub const EXE_WAIT: i64 = 1;
pub const EXE_DONT_WAIT: i64 = 2;

/// Sleeps `hundredths` of a second, waking up to notice Ctrl-C and `--timeout`.
fn pause(m: &Machine, hundredths: i64) -> Result<(), RuntimeError> {
    let wait = Duration::from_millis((hundredths.max(0) as u64).saturating_mul(10));
    // A wait too long to represent is as good as for ever: only an interruption ends it.
    let end = Instant::now().checked_add(wait);
    loop {
        if m.interrupted() {
            return Err(m.interruption());
        }
        let step = Duration::from_millis(50);
        match end {
            Some(end) => {
                let now = Instant::now();
                if now >= end {
                    return Ok(());
                }
                std::thread::sleep((end - now).min(step));
            }
            None => std::thread::sleep(step),
        }
    }
}

/// A command line cut into the program and its arguments; double quotes group words.
fn split_command(command: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let (mut quoted, mut started) = (false, false);
    for c in command.chars() {
        match c {
            '"' => {
                quoted = !quoted;
                started = true;
            }
            c if c.is_whitespace() && !quoted => {
                if started {
                    words.push(std::mem::take(&mut word));
                    started = false;
                }
            }
            c => {
                word.push(c);
                started = true;
            }
        }
    }
    if started {
        words.push(word);
    }
    words
}

pub fn register(m: &mut Module) {
    m.register_constant("exeWait", Value::Int(EXE_WAIT));
    m.register_constant("exeAttend", Value::Int(EXE_WAIT));
    m.register_constant("exeDontWait", Value::Int(EXE_DONT_WAIT));
    m.register_constant("exeNePasAttendre", Value::Int(EXE_DONT_WAIT));
    // The French example of PC SOFT's LanceAppli page writes exeNonBloquant.
    m.register_constant("exeNonBloquant", Value::Int(EXE_DONT_WAIT));
    // The window modes of ExeRun mean nothing to a script: all run the program the same way.
    for (name, value) in [
        ("exeActive", 1),
        ("exeActif", 1),
        ("exeInactive", 2),
        ("exeInactif", 2),
        ("exeMinimize", 3),
        ("exeIconise", 3),
        ("exeMaximize", 4),
        ("exeMaximise", 4),
        ("exeHide", 5),
        ("exeMasque", 5),
    ] {
        m.register_constant(name, Value::Int(value));
    }

    m.register_fn("EndProgram", Signature::new(0, 2).params(""), |_, a| {
        if a.iter().any(|v| !matches!(v, Value::Null)) {
            return Err(RuntimeError::fatal(
                "EndProgram: wl takes no arguments here (its window and exit-code forms are not provided)",
            )
            .with_code(codes::TYPE_MISMATCH));
        }
        Err(RuntimeError { kind: ErrorKind::EndProgram, ..RuntimeError::fatal("EndProgram") })
    });
    m.register_alias("FinProgramme", "EndProgram");
    m.register_fn("dbgAssert", Signature::new(1, 2).params("condition [, message]"), |_, a| {
        if a[0].to_bool() {
            return Ok(Value::Null);
        }
        let message = match arg(a, 1) {
            Value::Null => "assertion failed".to_string(),
            v => format!("assertion failed: {}", v.to_text()),
        };
        Err(RuntimeError::fatal(message))
    });
    m.register_alias("dbgAssertion", "dbgAssert");
    m.register_fn("Multitask", Signature::new(0, 1).params("[hundredths of a second]"), |m, a| {
        // Multitask(0) and Multitask(-1) let other tasks run: a script has none.
        pause(m, arg(a, 0).to_int())?;
        Ok(Value::Null)
    });
    m.register_alias("Multitâche", "Multitask");
    m.register_fn("ThreadPause", Signature::new(1, 1).params("hundredths of a second"), |m, a| {
        pause(m, a[0].to_int())?;
        Ok(Value::Null)
    });
    m.register_fn("SysEnvironment", Signature::new(0, 0).returns(Type::Str), |_, _| {
        let lines: Vec<String> = std::env::vars().map(|(k, v)| format!("{k}={v}")).collect();
        Ok(Value::str(lines.join("\r\n")))
    });
    m.register_alias("SysEnvironnement", "SysEnvironment");
    m.register_fn("InLinuxMode", Signature::new(0, 0).returns(Type::Bool), |_, _| {
        Ok(Value::Bool(cfg!(target_os = "linux")))
    });
    m.register_alias("EnModeLinux", "InLinuxMode");
    m.register_fn("InWindowsMode", Signature::new(0, 0).returns(Type::Bool), |_, _| Ok(Value::Bool(cfg!(windows))));
    m.register_alias("EnModeWindows", "InWindowsMode");
    m.register_fn(
        "ExeRun",
        Signature::new(1, 4)
            .returns(Type::Bool)
            .can_fail()
            .params("command [, exeActive… [, exeWait | exeDontWait [, working directory]]]"),
        |m, a| {
            let command = a[0].to_text();
            let wait = match arg(a, 2) {
                Value::Null => false,
                v if v.to_int() == EXE_WAIT => true,
                v if v.to_int() == EXE_DONT_WAIT => false,
                v => {
                    return Err(RuntimeError::fatal(format!("ExeRun: unknown wait mode {}", v.to_text()))
                        .with_code(codes::TYPE_MISMATCH)
                        .with_help("the modes are exeWait and exeDontWait"))
                }
            };
            let words = split_command(&command);
            let Some((program, args)) = words.split_first() else {
                return Ok(super::files::failure(m, "ExeRun: the command is empty".to_string()));
            };
            let mut command = std::process::Command::new(program);
            command.args(args);
            if let Some(dir) = super::given(a, 3) {
                command.current_dir(dir.to_text());
            }
            let mut child = match command.spawn() {
                Ok(c) => c,
                Err(e) => return Ok(super::files::io_failure(m, "cannot run", program, e)),
            };
            if wait {
                loop {
                    if m.interrupted() {
                        let _ = child.kill();
                        return Err(m.interruption());
                    }
                    match child.try_wait() {
                        Ok(Some(_)) => break,
                        Ok(None) => std::thread::sleep(Duration::from_millis(20)),
                        Err(e) => return Ok(super::files::io_failure(m, "cannot wait for", program, e)),
                    }
                }
            }
            Ok(Value::Bool(true))
        },
    );
    m.register_alias("LanceAppli", "ExeRun");
}

#[cfg(test)]
mod tests {
    #[test]
    fn split_command_keeps_quoted_words() {
        assert_eq!(super::split_command(r#"cp "a b.txt" c"#), ["cp", "a b.txt", "c"]);
        assert_eq!(super::split_command(r#"echo """#), ["echo", ""]);
    }
}
