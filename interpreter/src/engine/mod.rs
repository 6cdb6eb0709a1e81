//! The engine: registers native modules, and takes a source text through every stage —
//! lexer, parser, resolver, compiler — then runs it. It keeps what was declared, so the
//! REPL can feed it one input after another. `Engine::builder` sets what a run needs
//! before it starts (limits, arguments, interrupt flag, modules).

mod builder;
mod recovery;

pub use builder::EngineBuilder;

use crate::compile::{Compiler, ProcSlot, StmtFn};
use crate::diagnostic::Diagnostic;
use crate::error::{Flow, RuntimeError};
use crate::host::Host;
use crate::machine::Machine;
use crate::program::{GlobalKind, Mode, Program};
use crate::registry::Module;
use crate::resolver;
use crate::source::{Loc, SourceMap};
use crate::{lexer, parser};
use std::rc::Rc;
use std::sync::atomic::AtomicBool;
use std::sync::Arc;

pub struct Engine {
    pub sources: SourceMap,
    pub program: Program,
    procs: Vec<Rc<ProcSlot>>,
    /// The classes' Destructors, as the last input compiled them.
    destructors: crate::compile::DestructorTable,
    pub machine: Machine,
}

/// A compiled input, ready to run.
pub struct Compiled {
    body: StmtFn,
}

impl Engine {
    /// An engine with the core library (Info, Trace, strings, arrays…) and the default
    /// limits; `builder` for more.
    pub fn new(host: Box<dyn Host>) -> Engine {
        Engine::builder(host).build()
    }

    pub fn builder(host: Box<dyn Host>) -> EngineBuilder {
        EngineBuilder::new(host)
    }

    fn with_core(host: Box<dyn Host>) -> Engine {
        let mut engine = Engine {
            sources: SourceMap::default(),
            program: Program::default(),
            procs: Vec::new(),
            destructors: Default::default(),
            machine: Machine::new(host),
        };
        let (core, error_occurred) = crate::builtins::core();
        engine.register_module(core);
        engine.machine.error_occurred_slot = error_occurred.slot();
        engine
    }

    /// The flag that stops the running script when set (Ctrl-C, a timeout).
    pub fn interrupt_flag(&self) -> Arc<AtomicBool> {
        self.machine.interrupt.clone()
    }

    /// Adds a native module's functions, constants, types, methods and globals.
    pub fn register_module(&mut self, mut module: Module) {
        Rc::make_mut(&mut self.program.natives).add(&mut module);
        for g in module.globals.drain(..) {
            let slot = self.program.add_global(&g.name, g.ty, GlobalKind::Native, None) as usize;
            for alias in &g.aliases {
                self.program.global_scope.insert(alias.to_lowercase(), slot as u32);
                self.program.global_aliases.insert(alias.to_lowercase(), alias.clone());
            }
            self.machine.globals.resize(slot + 1, crate::value::Value::Null);
            self.machine.globals[slot] = g.value;
            g.handle.bind(slot);
        }
    }

    /// Parses and resolves `text` (named `name` in diagnostics) without running it.
    pub fn compile(&mut self, name: &str, text: &str, mode: Mode) -> Result<Compiled, Vec<Diagnostic>> {
        let source = self.sources.add(name, text);
        let (tokens, lex_errors) = lexer::lex(text);
        let (script, syntax_errors) = parser::parse(&tokens, text.len());
        let mut errors: Vec<Diagnostic> = lex_errors
            .into_iter()
            .map(|e| Diagnostic::at(e.message, Loc::new(source, e.span), e.label).with_help(e.help))
            .collect();
        // A token the lexer could not read is reported once, by the lexer.
        let lexed_badly: Vec<usize> =
            errors.iter().filter_map(|d| d.primary.as_ref().map(|l| l.loc.start as usize)).collect();
        let syntax_errors: Vec<_> =
            syntax_errors.into_iter().filter(|e| !lexed_badly.contains(&e.span.start)).collect();
        let broken: Vec<crate::ast::Span> = errors
            .iter()
            .filter_map(|d| d.primary.as_ref().map(|l| l.loc.start as usize..l.loc.end as usize))
            .chain(syntax_errors.iter().map(|e| e.span.clone()))
            .collect();
        errors.extend(syntax_errors.into_iter().map(|e| {
            let help = e.kind.help();
            let d = Diagnostic::at(e.message, Loc::new(source, e.span), e.label);
            match help {
                Some(h) => d.with_help(h),
                None => d,
            }
        }));
        errors.sort_by_key(|d| d.primary.as_ref().map(|l| l.loc.start).unwrap_or(0));
        let Some(script) = script else { return Err(errors) };
        if !errors.is_empty() {
            errors.extend(recovery::errors_beside_syntax_errors(&self.program, &script, source, mode, text, &broken));
            errors.sort_by_key(|d| d.primary.as_ref().map(|l| l.loc.start).unwrap_or(0));
            return Err(errors);
        }
        let chunk = resolver::resolve(&mut self.program, &script, source, mode)?;

        // New globals start with their type's default, so procedures can read them.
        let old_len = self.machine.globals.len();
        self.machine.globals.resize(self.program.globals.len(), crate::value::Value::Null);
        for slot in old_len..self.program.globals.len() {
            // An object is built by its declaration (constructor included), not here.
            let ty = &self.program.globals[slot].ty;
            if !matches!(ty, crate::types::Type::Struct(def) if def.is_class) {
                self.machine.globals[slot] = ty.default_value();
            }
        }
        while self.procs.len() < self.program.procedures.len() {
            self.procs.push(Rc::new(ProcSlot::default()));
        }
        let natives = self.program.natives.clone();
        let compiler = Compiler::new(&self.program, &natives, &self.procs);
        for &id in &chunk.procedures {
            let compiled = compiler.procedure(id);
            *self.procs[id].borrow_mut() = Some(Rc::new(compiled));
        }
        let body = compiler.block(&chunk.body);
        self.destructors = compiler.destructors();
        Ok(Compiled { body })
    }

    /// Runs a compiled input. A RETURN at the top level ends it normally.
    pub fn run(&mut self, compiled: &Compiled) -> Result<(), RuntimeError> {
        let result = (compiled.body)(&mut self.machine);
        self.machine.host.flush();
        match result {
            Ok(()) | Err(Flow::Exit) => Ok(()),
            Err(Flow::Error(e)) if e.kind == crate::error::ErrorKind::EndProgram => Ok(()),
            Err(Flow::Error(e)) => Err(*e),
            Err(Flow::Break | Flow::Continue | Flow::Return) => Ok(()),
        }
    }

    /// The end of a script: its variables go, and the Destructors of the objects they held
    /// run.
    pub fn end_of_program(&mut self) -> Result<(), RuntimeError> {
        for slot in 0..self.machine.globals.len() {
            if matches!(
                self.machine.globals[slot],
                crate::value::Value::Object(_) | crate::value::Value::Array(_) | crate::value::Value::Assoc(_)
            ) {
                std::mem::take(&mut self.machine.globals[slot]).discard();
            }
        }
        if !crate::objects::any_destroyed() {
            return Ok(());
        }
        let table = self.destructors.clone();
        match crate::compile::run_destructors(&mut self.machine, &table, crate::source::Loc::default()) {
            Ok(()) => Ok(()),
            Err(Flow::Error(e)) => Err(*e),
            Err(_) => Ok(()),
        }
    }

    /// Runs the modules' end-of-script hooks (closing email sessions…).
    pub fn finish(&mut self) {
        let hooks = self.program.natives.exit_hooks.clone();
        for hook in hooks {
            hook(&mut self.machine);
        }
        self.machine.host.flush();
    }

    /// A runtime error as a diagnostic, with the procedure call stack.
    pub fn runtime_diagnostic(&self, e: &RuntimeError) -> Diagnostic {
        let mut d = match e.loc {
            Some(loc) => Diagnostic::at(e.message.clone(), loc, "the error happened here"),
            None => Diagnostic::error(e.message.clone()),
        };
        if let Some(help) = &e.help {
            d = d.with_help(help.clone());
        }
        for (name, loc, count) in &e.stack.frames {
            let place = self.sources.describe(*loc);
            d = d.with_note(if *count > 1 {
                format!("in `{name}`, called at {place} ({count} times in a row)")
            } else {
                format!("in `{name}`, called at {place}")
            });
        }
        if let Some((name, loc)) = &e.stack.outermost {
            let omitted = e.stack.omitted - 1;
            if omitted > 0 {
                d = d.with_note(format!("… {omitted} more calls …"));
            }
            d = d.with_note(format!("in `{name}`, called at {}", self.sources.describe(*loc)));
        }
        d
    }

    pub fn render(&self, d: &Diagnostic, color: bool) -> String {
        d.render(&self.sources, color)
    }
}

impl Drop for Engine {
    /// A recursive procedure's compiled body holds its own slot (the call to itself), a
    /// reference cycle: emptying the slots frees them (a REPL `:reset`, a test, a fuzzer
    /// creating many engines).
    fn drop(&mut self) {
        for slot in &self.procs {
            slot.borrow_mut().take();
        }
    }
}
