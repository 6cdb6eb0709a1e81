//! A REPL session: one engine that keeps every declaration, procedure and open email session
//! from one input to the next. Each input is compiled as its own source, `<repl:N>`, so a
//! diagnostic points into the lines just typed; a rejected input changes nothing, and a fatal
//! error ends the input, not the session.

use super::interrupt::Running;
use super::names::{procedure_params, Names};
use super::output::ReplHost;
use crate::cli::{ReplOptions, RunOptions};
use crate::run::{create_trace_file, engine_builder, read_source};
use std::panic::{catch_unwind, AssertUnwindSafe};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;
use wl_interpreter::error::ErrorKind;
use wl_interpreter::program::GlobalKind;
use wl_interpreter::{Diagnostic, Engine, Mode, Type, Value};

/// How an input ended.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Outcome {
    Done,
    /// Rejected, or stopped by a fatal error (already reported on stderr).
    Failed,
    /// Stopped by Ctrl-C.
    Interrupted,
}

pub struct Session {
    engine: Engine,
    options: RunOptions,
    /// Set by Ctrl-C; the same flag for every engine of the session (`:reset` makes a new one).
    interrupt: Arc<AtomicBool>,
    /// Inputs compiled so far, for their source names.
    inputs: usize,
    color: bool,
    /// On a terminal, Ctrl-C is echoed as `^C`: the report of the interruption starts on the
    /// next line.
    interactive: bool,
}

impl Session {
    pub fn new(options: &ReplOptions, color: bool, interactive: bool) -> Result<Session, String> {
        let options = options.run_options();
        let trace = options.trace_file.as_deref().map(create_trace_file).transpose()?;
        let engine = engine_builder(Box::new(ReplHost::new(trace)), &options).build();
        let interrupt = engine.interrupt_flag();
        Ok(Session { engine, options, interrupt, inputs: 0, color, interactive })
    }

    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.interrupt.clone()
    }

    /// Compiles and runs one input typed at the prompt.
    pub fn eval(&mut self, text: &str) -> Outcome {
        self.inputs += 1;
        let name = format!("<repl:{}>", self.inputs);
        match self.compile(&name, text, Mode::Repl) {
            Ok(compiled) => self.run(&compiled),
            Err(errors) => {
                self.report(&errors);
                Outcome::Failed
            }
        }
    }

    /// `:load FILE`: runs a script into the session, as `wl run` would run it; what it
    /// declares stays.
    pub fn load(&mut self, file: &str) -> Outcome {
        if file == "-" {
            // (`wl run -` reads stdin; here stdin is where the session's inputs come from.)
            self.report(&[Diagnostic::error("`:load` needs a file; stdin is the session's own input")]);
            return Outcome::Failed;
        }
        let (name, text) = match read_source(file) {
            Ok(source) => source,
            Err(message) => {
                self.report(&[Diagnostic::error(message)]);
                return Outcome::Failed;
            }
        };
        match self.compile(&name, &text, Mode::Load) {
            Ok(compiled) => self.run(&compiled),
            Err(errors) => {
                self.report(&errors);
                let n = errors.len();
                eprintln!("{n} error{} found; nothing was run.", if n == 1 { "" } else { "s" });
                Outcome::Failed
            }
        }
    }

    /// `:reset`: closes what the modules keep open (email sessions) and starts afresh.
    pub fn reset(&mut self) -> Result<(), String> {
        self.engine.finish();
        // Trace output goes on at the end of the trace file.
        let trace = match &self.options.trace_file {
            Some(path) => Some(
                std::fs::OpenOptions::new()
                    .append(true)
                    .open(path)
                    .map_err(|e| format!("cannot open the trace file `{}`: {e}", path.display()))?,
            ),
            None => None,
        };
        self.engine =
            engine_builder(Box::new(ReplHost::new(trace)), &self.options).interrupt(self.interrupt.clone()).build();
        Ok(())
    }

    /// Runs the modules' end hooks: asynchronous email sessions send what they queued.
    pub fn finish(&mut self) {
        self.engine.finish();
    }

    /// The names known now, for completion and hints.
    pub fn names(&self) -> Names {
        Names::new(&self.engine.program)
    }

    /// `:vars`: the variables with their type and value, the constants and the procedures
    /// declared so far, in the order they were declared.
    pub fn describe(&self) -> String {
        let program = &self.engine.program;
        let mut slots: Vec<usize> = program
            .global_scope
            .values()
            .map(|&s| s as usize)
            .filter(|&s| program.globals[s].kind == GlobalKind::Variable)
            .collect();
        slots.sort_unstable();
        let mut text = String::new();
        for slot in slots {
            let global = &program.globals[slot];
            let value = self.engine.machine.globals.get(slot).map(Value::deref).unwrap_or(Value::Null);
            text.push_str(&format!("{} is {} = {}\n", global.name, type_name(&global.ty, &value), show(&value)));
        }
        let mut constants: Vec<_> = program.constants.values().collect();
        constants.sort_by_key(|c| c.loc.map(|l| (l.source.0, l.start)));
        for c in constants {
            text.push_str(&format!("CONSTANT {} = {}\n", c.name, show(&c.value)));
        }
        let mut procs: Vec<_> = program.procedure_names.values().map(|&id| &program.procedures[id]).collect();
        procs.sort_by_key(|p| (p.loc.source.0, p.loc.start));
        for p in procs {
            let returns = match p.returns {
                Type::Variant => String::new(),
                ref t => format!(": {t}"),
            };
            text.push_str(&format!("PROCEDURE {}({}){returns}\n", p.name, procedure_params(p)));
        }
        if text.is_empty() {
            text.push_str("nothing is declared yet\n");
        }
        text
    }

    fn compile(
        &mut self,
        name: &str,
        text: &str,
        mode: Mode,
    ) -> Result<wl_interpreter::engine::Compiled, Vec<Diagnostic>> {
        let engine = &mut self.engine;
        match catch_unwind(AssertUnwindSafe(|| engine.compile(name, text, mode))) {
            Ok(result) => result,
            Err(_) => Err(vec![internal_error()]),
        }
    }

    fn run(&mut self, compiled: &wl_interpreter::engine::Compiled) -> Outcome {
        self.interrupt.store(false, Ordering::SeqCst);
        let result = {
            let _running = Running::start();
            let engine = &mut self.engine;
            catch_unwind(AssertUnwindSafe(|| engine.run(compiled)))
        };
        self.interrupt.store(false, Ordering::SeqCst);
        match result {
            Ok(Ok(())) => Outcome::Done,
            Ok(Err(e)) => {
                let mut d = self.engine.runtime_diagnostic(&e);
                let interrupted = e.kind == ErrorKind::Interrupted;
                if interrupted {
                    d.message = "interrupted (Ctrl-C)".to_string();
                    if self.interactive {
                        eprintln!();
                    }
                }
                self.report(&[d]);
                if interrupted {
                    Outcome::Interrupted
                } else {
                    Outcome::Failed
                }
            }
            Err(_) => {
                // The statement stopped half-way through a call: drop its frames.
                let m = &mut self.engine.machine;
                m.drop_frames();
                m.host.flush();
                self.report(&[internal_error()]);
                Outcome::Failed
            }
        }
    }

    fn report(&self, errors: &[Diagnostic]) {
        let mut text = String::new();
        for d in errors {
            text.push_str(&self.engine.render(d, self.color));
        }
        eprint!("{text}");
    }
}

fn internal_error() -> Diagnostic {
    Diagnostic::error("internal error: wl stopped this input (this is a bug in wl)")
        .with_help("the session goes on; please report the input that caused it")
}

/// A declared type, or for a variant the type of what it holds.
fn type_name(ty: &Type, value: &Value) -> String {
    match ty {
        Type::Variant if !matches!(value, Value::Null) => format!("variant ({})", value.type_name()),
        t => t.to_string(),
    }
}

/// A value as `:vars` shows it: strings quoted, long values cut.
fn show(value: &Value) -> String {
    const MAX: usize = 60;
    let text = match value {
        Value::Null => "Null".to_string(),
        Value::Str(s) => format!("\"{}\"", s.to_string().replace('"', "\"\"").replace("\r\n", "\" + CR + \"")),
        v => v.to_text(),
    };
    if text.chars().count() > MAX {
        format!("{}…", text.chars().take(MAX).collect::<String>())
    } else {
        text
    }
}
