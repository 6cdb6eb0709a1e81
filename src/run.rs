//! `wl run` and `wl check`: load a script, report diagnostics, run it, set the exit status.

use crate::cli::RunOptions;
use std::io::{IsTerminal, Read};
use wl_interpreter::{Engine, EngineBuilder, Limits, Mode, StdHost};

/// Exit statuses.
pub const OK: i32 = 0;
pub const RUNTIME_ERROR: i32 = 1;
pub const REJECTED: i32 = 2;
/// Stopped by Ctrl-C: 128 + SIGINT, as shells report it.
pub const INTERRUPTED: i32 = 130;

pub fn use_color() -> bool {
    std::env::var_os("NO_COLOR").is_none() && std::io::stderr().is_terminal()
}

/// Reads a script, or stdin for `-`.
pub fn read_source(file: &str) -> Result<(String, String), String> {
    if file == "-" {
        let mut text = String::new();
        std::io::stdin().read_to_string(&mut text).map_err(|e| format!("cannot read the script from stdin: {e}"))?;
        return Ok(("<stdin>".to_string(), text));
    }
    let bytes = std::fs::read(file).map_err(|e| format!("cannot read `{file}`: {e}"))?;
    let (text, note) = wl_interpreter::source::decode_script(&bytes);
    if let Some(note) = note {
        eprintln!("Note: `{file}`: {note}");
    }
    Ok((file.to_string(), text))
}

fn report_io_error(message: &str) {
    let d = wl_interpreter::Diagnostic::error(message);
    eprint!("{}", d.render(&Default::default(), false));
}

/// An engine with every standard module and the options' limits, for `args`.
pub fn new_engine(options: &RunOptions, args: &[String], script: Option<&str>) -> Result<Engine, String> {
    let host: Box<dyn wl_interpreter::Host> = match &options.trace_file {
        Some(path) => Box::new(StdHost::with_trace_file(create_trace_file(path)?)),
        None => Box::new(StdHost::new()),
    };
    // `fExeDir` is the script's folder (none for stdin and the REPL).
    let script_dir =
        script.filter(|f| *f != "-").and_then(|f| std::path::Path::new(f).parent()).map(|d| d.to_path_buf());
    Ok(engine_builder(host, options).arguments(args.to_vec()).script_dir(script_dir).build())
}

/// Opens the `--trace-file`.
pub fn create_trace_file(path: &std::path::Path) -> Result<std::fs::File, String> {
    std::fs::File::create(path).map_err(|e| format!("cannot create the trace file `{}`: {e}", path.display()))
}

/// An engine with every standard module and the options' limits, writing its output to
/// `host`; the caller adds what else it needs (arguments, interrupt flag) and builds it.
pub fn engine_builder(host: Box<dyn wl_interpreter::Host>, options: &RunOptions) -> EngineBuilder {
    let mut limits = Limits::default();
    if let Some(n) = options.max_depth {
        // The interpreter thread's stack is sized for the default depth and a little more.
        limits.max_depth = n.min(100_000);
    }
    if let Some(n) = options.max_string_bytes {
        limits.max_string_len = n;
    }
    if let Some(n) = options.max_array_length {
        limits.max_array_len = n;
    }
    Engine::builder(host)
        .limits(limits)
        .module(wl_stdlib_email::module(wl_stdlib_email::Config { capture_dir: options.capture_mail.clone() }))
}

pub fn check(file: &str) -> i32 {
    let (name, text) = match read_source(file) {
        Ok(s) => s,
        Err(e) => {
            report_io_error(&e);
            return REJECTED;
        }
    };
    let mut engine = match new_engine(&RunOptions::default(), &[], None) {
        Ok(e) => e,
        Err(e) => {
            report_io_error(&e);
            return REJECTED;
        }
    };
    match engine.compile(&name, &text, Mode::Script) {
        Ok(_) => OK,
        Err(errors) => {
            report(&engine, &errors);
            REJECTED
        }
    }
}

fn report(engine: &Engine, errors: &[wl_interpreter::Diagnostic]) {
    let color = use_color();
    let mut text = String::new();
    for d in errors {
        text.push_str(&engine.render(d, color));
    }
    let n = errors.len();
    text.push_str(&format!("{n} error{} found; nothing was run.\n", if n == 1 { "" } else { "s" }));
    eprint!("{text}");
}

pub fn run(file: &str, args: &[String], options: &RunOptions) -> i32 {
    let (name, text) = match read_source(file) {
        Ok(s) => s,
        Err(e) => {
            report_io_error(&e);
            return REJECTED;
        }
    };
    let mut engine = match new_engine(options, args, Some(file)) {
        Ok(e) => e,
        Err(e) => {
            report_io_error(&e);
            return REJECTED;
        }
    };
    // The timeout covers reading the script too: a huge script, or a malformed one that finds
    // a slow error-recovery path, must not outlast it, and nothing can be interrupted there.
    let compiling = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(true));
    if let Some(seconds) = options.timeout {
        let compiling = compiling.clone();
        let timeout = std::time::Duration::from_secs_f64(seconds.max(0.0));
        std::thread::spawn(move || {
            std::thread::sleep(timeout);
            if compiling.load(std::sync::atomic::Ordering::Relaxed) {
                eprintln!("Error: the script was still being read after its timeout of {seconds} s; nothing was run.");
                std::process::exit(REJECTED);
            }
        });
    }
    let compiled = engine.compile(&name, &text, Mode::Script);
    compiling.store(false, std::sync::atomic::Ordering::Relaxed);
    let compiled = match compiled {
        Ok(c) => c,
        Err(errors) => {
            report(&engine, &errors);
            return REJECTED;
        }
    };
    if let Some(seconds) = options.timeout {
        let flag = engine.interrupt_flag();
        let timeout = std::time::Duration::from_secs_f64(seconds.max(0.0));
        std::thread::spawn(move || {
            std::thread::sleep(timeout);
            flag.store(true, std::sync::atomic::Ordering::Relaxed);
        });
    }
    let result = engine.run(&compiled).and_then(|()| engine.end_of_program());
    engine.finish();
    match result {
        Ok(()) => OK,
        Err(e) => {
            let mut d = engine.runtime_diagnostic(&e);
            if e.kind == wl_interpreter::error::ErrorKind::Interrupted {
                if let Some(seconds) = options.timeout {
                    d.message = format!("the script was stopped after its timeout of {seconds} s");
                }
            }
            eprint!("{}", engine.render(&d, use_color()));
            RUNTIME_ERROR
        }
    }
}
