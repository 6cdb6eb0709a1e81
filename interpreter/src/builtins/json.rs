//! JSON: JSONToVariant, VariantToJSON, and Serialize / Deserialize of structures and arrays
//! with psdJSON. A JSON object becomes an associative array (its keys read as members:
//! `v.name`), an array an array of variants; structures are written member by member.

use super::arg;
use crate::error::{codes, RuntimeError};
use crate::registry::{Module, Signature};
use crate::types::Type;
use crate::value::{StructValue, Value};
use serde_json::{Map, Number, Value as Json};
use std::rc::Rc;

pub const PSD_JSON: i64 = 1;

fn to_json(v: &Value) -> Result<Json, RuntimeError> {
    Ok(match v {
        Value::Null => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(n) => Json::Number((*n).into()),
        Value::Real(r) => Number::from_f64(*r).map(Json::Number).ok_or_else(|| {
            RuntimeError::fatal(format!("JSON has no number {}", crate::value::format_real(*r)))
                .with_code(codes::TYPE_MISMATCH)
        })?,
        Value::Str(s) => Json::String(s.as_str().to_string()),
        Value::Array(a) if a.is_grid() => {
            return Err(
                RuntimeError::fatal(crate::grid::not_on_grid("JSON", a.dims.len())).with_code(codes::TYPE_MISMATCH)
            )
        }
        Value::Array(a) => Json::Array(a.items.iter().map(to_json).collect::<Result<_, _>>()?),
        Value::Assoc(a) => {
            let mut map = Map::new();
            for (k, v) in &a.map {
                map.insert(k.to_string(), to_json(v)?);
            }
            Json::Object(map)
        }
        Value::Struct(s) => {
            let mut map = Map::new();
            for (field, value) in s.def.fields.iter().zip(&s.fields) {
                map.insert(field.name.clone(), to_json(value)?);
            }
            Json::Object(map)
        }
        Value::Ref(r) => to_json(&r.borrow())?,
        Value::Procedure(p) => {
            return Err(
                RuntimeError::fatal(format!("JSON has no procedure ({})", p.name)).with_code(codes::TYPE_MISMATCH)
            )
        }
        Value::Object(_) => {
            return Err(RuntimeError::fatal(
                "wl does not write an object to JSON yet: copy its members into a structure",
            )
            .with_code(codes::TYPE_MISMATCH))
        }
        // A currency or numeric is written as its exact decimal text; a JSON reader takes it
        // as a number (serde_json keeps it as written only when it fits an f64 exactly).
        Value::Decimal(d) => {
            let text = d.to_string();
            match text.parse::<Number>() {
                Ok(n) if n.to_string() == text => Json::Number(n),
                _ => {
                    return Err(RuntimeError::fatal(format!(
                        "the decimal {text} cannot be written to JSON exactly by wl"
                    ))
                    .with_code(codes::TYPE_MISMATCH))
                }
            }
        }
        Value::Date(_) | Value::Time(_) | Value::DateTime(_) | Value::Duration(_) => {
            return Err(RuntimeError::fatal(format!(
                "wl does not write a {} to JSON yet: convert it to a string first",
                v.type_name()
            ))
            .with_code(codes::TYPE_MISMATCH))
        }
    })
}

fn from_json(j: &Json) -> Value {
    match j {
        Json::Null => Value::Null,
        Json::Bool(b) => Value::Bool(*b),
        Json::Number(n) => n.as_i64().map(Value::Int).unwrap_or_else(|| Value::Real(n.as_f64().unwrap_or(0.0))),
        Json::String(s) => Value::str(s.as_str()),
        Json::Array(items) => Value::new_array(Type::Variant, items.iter().map(from_json).collect()),
        Json::Object(map) => {
            let mut v = Value::new_assoc(Type::Variant);
            if let Value::Assoc(a) = &mut v {
                let a = Rc::make_mut(a);
                for (k, item) in map {
                    a.map.insert(k.as_str().into(), from_json(item));
                }
            }
            v
        }
    }
}

/// `j` read into a value of type `ty`: structures member by member (a member the JSON does
/// not have keeps its default), arrays element by element.
fn into_type(j: &Json, ty: &Type) -> Result<Value, RuntimeError> {
    let mismatch = |what: &str| {
        RuntimeError::fatal(format!("Deserialize: a {ty} cannot be read from JSON {what}"))
            .with_code(codes::TYPE_MISMATCH)
    };
    Ok(match (ty, j) {
        (Type::Struct(def), Json::Object(map)) => {
            let mut s = StructValue::new(def.clone());
            for (i, field) in def.fields.iter().enumerate() {
                let found = map
                    .get(&field.name)
                    .or_else(|| map.iter().find(|(k, _)| k.eq_ignore_ascii_case(&field.name)).map(|(_, v)| v));
                if let Some(item) = found {
                    s.fields[i] = into_type(item, &field.ty)?;
                }
            }
            Value::Struct(Rc::new(s))
        }
        (Type::Struct(_), other) => return Err(mismatch(kind(other))),
        (Type::Array(elem), Json::Array(items)) => {
            Value::new_array((**elem).clone(), items.iter().map(|i| into_type(i, elem)).collect::<Result<_, _>>()?)
        }
        (Type::Array(_), other) => return Err(mismatch(kind(other))),
        (Type::Grid(_, n), _) => {
            return Err(
                RuntimeError::fatal(crate::grid::not_on_grid("JSON", *n as usize)).with_code(codes::TYPE_MISMATCH)
            )
        }
        (Type::Variant, j) => from_json(j),
        (ty, j @ (Json::Null | Json::Bool(_) | Json::Number(_) | Json::String(_))) => {
            from_json(j).convert_to(ty).map_err(RuntimeError::from)?
        }
        (_, other) => return Err(mismatch(kind(other))),
    })
}

fn kind(j: &Json) -> &'static str {
    match j {
        Json::Null => "null",
        Json::Bool(_) => "true/false",
        Json::Number(_) => "number",
        Json::String(_) => "string",
        Json::Array(_) => "array",
        Json::Object(_) => "object",
    }
}

/// The static type of a value, for reading JSON into it.
fn type_of(v: &Value) -> Type {
    match v {
        Value::Struct(s) => Type::Struct(s.def.clone()),
        Value::Array(a) if a.is_grid() => Type::Grid(Rc::new(a.elem.clone()), a.dims.len() as u8),
        Value::Array(a) => Type::Array(Rc::new(a.elem.clone())),
        Value::Int(_) => Type::Int,
        Value::Real(_) => Type::Real,
        Value::Str(_) => Type::Str,
        Value::Bool(_) => Type::Bool,
        _ => Type::Variant,
    }
}

fn check_format(v: &Value, function: &str) -> Result<(), RuntimeError> {
    if v.to_int() == PSD_JSON {
        return Ok(());
    }
    Err(RuntimeError::fatal(format!("{function}: wl serializes to JSON only (psdJSON)"))
        .with_code(codes::TYPE_MISMATCH))
}

pub fn register(m: &mut Module) {
    m.register_constant("psdJSON", Value::Int(PSD_JSON));
    m.register_fn("VariantToJSON", Signature::new(1, 2).returns(Type::Str).params("value"), |_, a| {
        if !matches!(arg(a, 1), Value::Null) {
            return Err(
                RuntimeError::fatal("VariantToJSON: wl takes no formatting options").with_code(codes::TYPE_MISMATCH)
            );
        }
        Ok(Value::str(to_json(&a[0])?.to_string()))
    });
    m.register_alias("VariantVersJSON", "VariantToJSON");
    m.register_fn("JSONToVariant", Signature::new(1, 1).can_fail().params("json"), |m, a| {
        match serde_json::from_str::<Json>(a[0].to_text().as_str()) {
            Ok(j) => Ok(from_json(&j)),
            Err(e) => {
                super::files::failure(m, format!("JSONToVariant: not valid JSON: {e}"));
                Ok(Value::Null)
            }
        }
    });
    m.register_alias("JSONVersVariant", "JSONToVariant");
    m.register_fn("Serialize", Signature::new(3, 3).by_ref(1).params("element, result, psdJSON"), |_, a| {
        check_format(&a[2], "Serialize")?;
        a[1] = Value::str(to_json(&a[0])?.to_string());
        Ok(Value::Null)
    });
    m.register_alias("Sérialise", "Serialize");
    m.register_fn(
        "Deserialize",
        Signature::new(3, 3).by_ref(0).can_fail().params("element, source, psdJSON"),
        |m, a| {
            check_format(&a[2], "Deserialize")?;
            let j = match serde_json::from_str::<Json>(a[1].to_text().as_str()) {
                Ok(j) => j,
                Err(e) => return Ok(super::files::failure(m, format!("Deserialize: not valid JSON: {e}"))),
            };
            a[0] = into_type(&j, &type_of(&a[0]))?;
            Ok(Value::Null)
        },
    );
    m.register_alias("Désérialise", "Deserialize");
}
