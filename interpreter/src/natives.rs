//! The registered native modules, merged into lookup tables by lower-case name.

use crate::hir::NativeId;
use crate::registry::{ExitHook, MethodDef, Module, NativeFunction};
use crate::types::StructDef;
use crate::value::Value;
use std::collections::HashMap;
use std::rc::Rc;

#[derive(Clone, Default)]
pub struct Natives {
    pub functions: Vec<NativeFunction>,
    pub function_names: HashMap<String, NativeId>,
    /// Lower-case name → (spelling, value).
    pub constants: HashMap<String, (String, Value)>,
    pub types: HashMap<String, Rc<StructDef>>,
    pub methods: Vec<MethodDef>,
    pub exit_hooks: Vec<ExitHook>,
}

impl Natives {
    pub fn function(&self, key: &str) -> Option<&NativeFunction> {
        self.function_names.get(key).map(|&i| &self.functions[i])
    }

    /// Adds a module's functions, constants, types and methods (its globals are added to the
    /// program by the engine). A later module's name replaces an earlier one's.
    pub fn add(&mut self, module: &mut Module) {
        for f in module.functions.drain(..) {
            let key = f.name.to_lowercase();
            self.functions.push(f);
            self.function_names.insert(key, self.functions.len() - 1);
        }
        for (name, value) in module.constants.drain(..) {
            self.constants.insert(name.to_lowercase(), (name, value));
        }
        for def in module.types.drain(..) {
            self.types.insert(def.name.to_lowercase(), def);
        }
        // Another name for the same type (French names): one definition, so values of
        // either name are the same type.
        for (alias, name) in module.type_aliases.drain(..) {
            if let Some(def) = self.types.get(&name.to_lowercase()).cloned() {
                self.types.insert(alias.to_lowercase(), def);
            }
        }
        self.methods.append(&mut module.methods);
        self.exit_hooks.append(&mut module.exit_hooks);
    }
}
