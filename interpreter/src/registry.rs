//! The one registration API: a native `Module` declares functions (with their arity,
//! by-reference parameters and whether they can fail), constants, global variables, types
//! and methods. The core builtins and the email library plug in the same way.
//!
//! Registering a global or a type returns a handle (`GlobalHandle`, `TypeHandle`) that the
//! module's closures keep: at run time they reach the global by its slot and recognise the
//! type by identity, never by looking a name up.

use crate::error::RuntimeError;
use crate::machine::Machine;
use crate::types::{StructDef, Type};
use crate::value::{StructValue, Value};
use std::cell::OnceCell;
use std::rc::Rc;

pub type NativeResult = Result<Value, RuntimeError>;
pub type NativeFn = Rc<dyn Fn(&mut Machine, &mut [Value]) -> NativeResult>;
pub type ExitHook = Rc<dyn Fn(&mut Machine)>;

#[derive(Clone, Debug)]
pub struct Signature {
    pub min_args: usize,
    /// `None`: any number of arguments.
    pub max_args: Option<usize>,
    /// Parameters the function modifies (`ArrayAdd(arr, …)`): a variable passed there is
    /// updated after the call.
    pub by_ref: Vec<usize>,
    pub returns: Type,
    /// Functions that can fail reset `ErrorOccurred` before running and set it when they
    /// fail, instead of stopping the script.
    pub can_fail: bool,
    /// Parameter list shown in hints: `"s, n [, start]"`.
    pub params: &'static str,
    /// Parameters that take a procedure (`ArraySort(arr, asFunction, Compare)`): only there
    /// may a procedure's name, internal ones included, be passed.
    pub callbacks: Vec<usize>,
}

impl Signature {
    pub fn new(min_args: usize, max_args: usize) -> Self {
        Signature {
            min_args,
            max_args: Some(max_args),
            by_ref: Vec::new(),
            returns: Type::Variant,
            can_fail: false,
            params: "",
            callbacks: Vec::new(),
        }
    }
    pub fn variadic(min_args: usize) -> Self {
        Signature { max_args: None, ..Signature::new(min_args, min_args) }
    }
    pub fn by_ref(mut self, index: usize) -> Self {
        self.by_ref.push(index);
        self
    }
    pub fn callback(mut self, index: usize) -> Self {
        self.callbacks.push(index);
        self
    }
    pub fn returns(mut self, ty: Type) -> Self {
        self.returns = ty;
        self
    }
    pub fn can_fail(mut self) -> Self {
        self.can_fail = true;
        self
    }
    pub fn params(mut self, params: &'static str) -> Self {
        self.params = params;
        self
    }
    pub fn accepts(&self, n: usize) -> bool {
        n >= self.min_args && self.max_args.is_none_or(|max| n <= max)
    }
    /// "2 arguments", "1 to 3 arguments", "at least 1 argument".
    pub fn describe_arity(&self) -> String {
        let plural = |n: usize| if n == 1 { "" } else { "s" };
        match self.max_args {
            Some(max) if max == self.min_args => format!("{max} argument{}", plural(max)),
            Some(max) => format!("{} to {max} arguments", self.min_args),
            None => format!("at least {} argument{}", self.min_args, plural(self.min_args)),
        }
    }
}

#[derive(Clone)]
pub struct NativeFunction {
    pub name: String,
    pub sig: Signature,
    pub call: NativeFn,
}

/// Which values a method applies to (`arr.Add(x)` calls `ArrayAdd(arr, x)`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Receiver {
    Array,
    Assoc,
    Str,
    /// Values of the registered structure type of that name (any case):
    /// `MySession.SendMessage(m)` calls `EmailSendMessage(MySession, m)`.
    Type(&'static str),
}

#[derive(Clone)]
pub struct MethodDef {
    pub receiver: Receiver,
    pub name: String,
    /// The function called, with the receiver as its first argument.
    pub function: String,
    /// Usable without parentheses (`arr.Count`).
    pub is_property: bool,
}

pub struct GlobalDef {
    pub name: String,
    /// Other names of the same variable (its French name: `ErreurDétectée`).
    pub aliases: Vec<String>,
    pub ty: Type,
    pub value: Value,
    pub handle: GlobalHandle,
}

/// A global variable registered by a module (`ErrorOccurred`, `Email`), as the module's
/// closures reach it at run time: by its slot, filled in when the engine registers the
/// module. Read it with `get`, change it with `with_mut`.
#[derive(Clone, Debug, Default)]
pub struct GlobalHandle {
    slot: Rc<OnceCell<usize>>,
}

impl GlobalHandle {
    /// The global's slot in `Machine::globals`; `None` until the module is registered.
    #[inline]
    pub fn slot(&self) -> Option<usize> {
        self.slot.get().copied()
    }

    pub(crate) fn bind(&self, slot: usize) {
        let _ = self.slot.set(slot);
    }

    /// The global's value (`None` if its module is not registered in this machine's engine).
    pub fn get(&self, m: &Machine) -> Option<Value> {
        Some(m.globals.get(self.slot()?)?.deref())
    }

    /// Changes the global in place.
    pub fn with_mut<R>(&self, m: &mut Machine, f: impl FnOnce(&mut Value) -> R) -> Option<R> {
        match m.globals.get_mut(self.slot()?)? {
            Value::Ref(cell) => {
                let cell = cell.clone();
                let mut inner = cell.borrow_mut();
                Some(f(&mut inner))
            }
            v => Some(f(v)),
        }
    }
}

/// A structure type registered by a module (`emailSMTPSession`): its values are told apart
/// from any other type's by the identity of the definition, not by its name.
#[derive(Clone, Debug)]
pub struct TypeHandle {
    def: Rc<StructDef>,
}

impl TypeHandle {
    pub fn def(&self) -> &Rc<StructDef> {
        &self.def
    }

    /// The structure in `v` when it is of this type.
    pub fn instance<'v>(&self, v: &'v Value) -> Option<&'v Rc<StructValue>> {
        match v {
            Value::Struct(s) if Rc::ptr_eq(&s.def, &self.def) => Some(s),
            _ => None,
        }
    }

    pub fn is_instance(&self, v: &Value) -> bool {
        match v {
            Value::Ref(cell) => self.is_instance(&cell.borrow()),
            v => self.instance(v).is_some(),
        }
    }
}

#[derive(Default)]
pub struct Module {
    pub name: String,
    pub functions: Vec<NativeFunction>,
    pub constants: Vec<(String, Value)>,
    pub globals: Vec<GlobalDef>,
    pub types: Vec<Rc<StructDef>>,
    /// (alias, type name): another name for a registered type.
    pub type_aliases: Vec<(String, String)>,
    pub methods: Vec<MethodDef>,
    pub exit_hooks: Vec<ExitHook>,
}

impl Module {
    pub fn new(name: impl Into<String>) -> Self {
        Module { name: name.into(), ..Default::default() }
    }

    pub fn register_fn(
        &mut self,
        name: &str,
        sig: Signature,
        f: impl Fn(&mut Machine, &mut [Value]) -> NativeResult + 'static,
    ) -> &mut Self {
        self.functions.push(NativeFunction { name: name.to_string(), sig, call: Rc::new(f) });
        self
    }

    /// Registers the same function under another name (French names, old names).
    pub fn register_alias(&mut self, alias: &str, name: &str) -> &mut Self {
        if let Some(f) = self.functions.iter().find(|f| f.name.eq_ignore_ascii_case(name)) {
            let copy = NativeFunction { name: alias.to_string(), sig: f.sig.clone(), call: f.call.clone() };
            self.functions.push(copy);
        }
        self
    }

    pub fn register_constant(&mut self, name: &str, value: Value) -> &mut Self {
        self.constants.push((name.to_string(), value));
        self
    }

    /// Registers a global variable; its closures keep the handle to reach it.
    pub fn register_global(&mut self, name: &str, ty: Type, value: Value) -> GlobalHandle {
        let handle = GlobalHandle::default();
        self.globals.push(GlobalDef { name: name.to_string(), aliases: Vec::new(), ty, value, handle: handle.clone() });
        handle
    }

    /// Another name for a global registered by this module (French names).
    pub fn register_global_alias(&mut self, alias: &str, name: &str) -> &mut Self {
        if let Some(g) = self.globals.iter_mut().find(|g| g.name.eq_ignore_ascii_case(name)) {
            g.aliases.push(alias.to_string());
        }
        self
    }

    /// Registers a structure type; its closures keep the handle to recognise its values.
    pub fn register_type(&mut self, def: Rc<StructDef>) -> TypeHandle {
        self.types.push(def.clone());
        TypeHandle { def }
    }

    /// Registers another name for a type registered by this module (French names).
    pub fn register_type_alias(&mut self, alias: &str, name: &str) -> &mut Self {
        self.type_aliases.push((alias.to_string(), name.to_string()));
        self
    }

    pub fn register_method(&mut self, receiver: Receiver, name: &str, function: &str, is_property: bool) -> &mut Self {
        self.methods.push(MethodDef { receiver, name: name.to_string(), function: function.to_string(), is_property });
        self
    }

    /// Runs when the script ends (normally or not): the email module closes its sessions.
    pub fn on_exit(&mut self, hook: impl Fn(&mut Machine) + 'static) -> &mut Self {
        self.exit_hooks.push(Rc::new(hook));
        self
    }
}
