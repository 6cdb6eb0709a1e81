//! How an engine is made: its host, the limits of the run, the script's arguments, the flag
//! that interrupts it (Ctrl-C, `--timeout`) and the native modules besides the core library.
//! These are fixed before anything runs; nothing outside the crate writes them afterwards.

use super::Engine;
use crate::host::Host;
use crate::machine::Limits;
use crate::registry::Module;
use std::sync::atomic::AtomicBool;
use std::path::PathBuf;
use std::sync::Arc;

pub struct EngineBuilder {
    host: Box<dyn Host>,
    limits: Limits,
    args: Vec<String>,
    script_dir: Option<PathBuf>,
    interrupt: Option<Arc<AtomicBool>>,
    modules: Vec<Module>,
}

impl EngineBuilder {
    pub(super) fn new(host: Box<dyn Host>) -> Self {
        EngineBuilder { host, limits: Limits::default(), args: Vec::new(), script_dir: None, interrupt: None, modules: Vec::new() }
    }

    /// The limits of the run (`--max-depth`, `--max-string-bytes`, `--max-array-length`).
    pub fn limits(mut self, limits: Limits) -> Self {
        self.limits = limits;
        self
    }

    /// The script's arguments, as `CommandLine` gives them.
    pub fn arguments(mut self, args: Vec<String>) -> Self {
        self.args = args;
        self
    }

    /// The folder of the script being run, which `fExeDir` gives (`None`: stdin, the REPL).
    pub fn script_dir(mut self, dir: Option<PathBuf>) -> Self {
        self.script_dir = dir;
        self
    }

    /// A flag that, once set, stops the running script (the REPL keeps one across `:reset`).
    /// Without it the engine has its own, which `Engine::interrupt_flag` gives.
    pub fn interrupt(mut self, flag: Arc<AtomicBool>) -> Self {
        self.interrupt = Some(flag);
        self
    }

    /// A native module to register after the core library (the email library).
    pub fn module(mut self, module: Module) -> Self {
        self.modules.push(module);
        self
    }

    pub fn build(self) -> Engine {
        let mut engine = Engine::with_core(self.host);
        let machine = &mut engine.machine;
        machine.int_depth_limit = self.limits.max_depth;
        machine.limits = self.limits;
        machine.args = self.args;
        machine.script_dir = self.script_dir;
        if let Some(flag) = self.interrupt {
            machine.interrupt = flag;
        }
        for module in self.modules {
            engine.register_module(module);
        }
        engine
    }
}
