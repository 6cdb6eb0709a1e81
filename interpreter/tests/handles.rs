//! A native module reaches its globals and recognises its types through the handles its
//! registration returned, not by name.

use std::rc::Rc;
use wl_interpreter::host::SharedCapture;
use wl_interpreter::types::StructDef;
use wl_interpreter::value::StructValue;
use wl_interpreter::{Engine, Mode, Module, Signature, Type, Value};

#[test]
fn closures_reach_globals_and_types_by_their_handles() {
    let mut module = Module::new("counter");
    let counter = module.register_global("Counter", Type::Int, Value::Int(40));
    let point = module.register_type(Rc::new(StructDef::new("Point".to_string())));
    let global = counter.clone();
    module.register_fn("Bump", Signature::new(0, 0), move |m, _| {
        global.with_mut(m, |v| *v = Value::Int(v.to_int() + 1));
        Ok(global.get(m).unwrap_or_default())
    });
    let handle = point.clone();
    module.register_fn("IsPoint", Signature::new(1, 1), move |_, args| Ok(Value::Bool(handle.is_instance(&args[0]))));
    assert_eq!(counter.slot(), None, "bound only when the engine registers the module");

    let host = SharedCapture::default();
    let mut engine = Engine::new(Box::new(host.clone()));
    engine.register_module(module);
    assert!(counter.slot().is_some());
    let script = "Bump()\nInfo(Bump(), Counter)\np is Point\nInfo(IsPoint(p), IsPoint(1))\n";
    let compiled = engine.compile("handles.wl", script, Mode::Script).map_err(|e| e[0].message.clone()).unwrap();
    engine.run(&compiled).unwrap();
    assert_eq!(host.0.borrow().out, "42\n42\nTrue\nFalse\n");
    // Another definition with the same name is another type.
    let other = Value::Struct(Rc::new(StructValue::new(Rc::new(StructDef::new("Point".to_string())))));
    assert!(!point.is_instance(&other));
}
