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
            let id = self.functions.len() - 1;
            if let Some(plain) = without_accents(&key) {
                self.function_names.entry(plain).or_insert(id);
            }
            self.function_names.insert(key, id);
        }
        for (name, value) in module.constants.drain(..) {
            let key = name.to_lowercase();
            if let Some(plain) = without_accents(&key) {
                self.constants.entry(plain).or_insert_with(|| (name.clone(), value.clone()));
            }
            self.constants.insert(key, (name, value));
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

/// A lower-case French name without its accents (`extraitchaîne` → `extraitchaine`,
/// `depuisdébut` → `depuisdebut`), as WinDev developers also write them; `None` when the
/// name has none. An explicitly registered name is never replaced by such a spelling.
fn without_accents(key: &str) -> Option<String> {
    if key.is_ascii() {
        return None;
    }
    let plain: String = key
        .chars()
        .map(|c| match c {
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'à' | 'â' | 'ä' => 'a',
            'î' | 'ï' => 'i',
            'ô' | 'ö' => 'o',
            'û' | 'ù' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect();
    (plain != key).then_some(plain)
}
