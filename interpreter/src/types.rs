//! Static types of variables, fields and parameters, and structure definitions (user
//! STRUCTUREs and the types native modules register, such as `Email`).

use crate::value::{StructValue, Value};
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Type {
    Variant,
    Int,
    Real,
    /// Decimal with 4 places, kept as a real rounded on assignment.
    Currency,
    Str,
    Bool,
    Date,
    Time,
    DateTime,
    Duration,
    Array(Rc<Type>),
    Assoc(Rc<Type>),
    Struct(Rc<StructDef>),
}

impl PartialEq for Type {
    fn eq(&self, other: &Type) -> bool {
        use Type::*;
        match (self, other) {
            (Array(a), Array(b)) | (Assoc(a), Assoc(b)) => a == b,
            (Struct(a), Struct(b)) => Rc::ptr_eq(a, b),
            _ => std::mem::discriminant(self) == std::mem::discriminant(other),
        }
    }
}

impl Type {
    /// The type named by a word in a declaration (`int`, `chaîne`…), if it is a built-in one.
    pub fn builtin(name: &str) -> Option<Type> {
        let name = name.to_lowercase();
        // `array of 5 strings`, `tableau de chaînes`: element types are often written plural.
        let singular = match name.as_str() {
            "ints" | "integers" => "int",
            "entiers" => "entier",
            "reals" => "real",
            "réels" | "reels" => "réel",
            "strings" => "string",
            "chaînes" | "chaines" => "chaîne",
            "booleans" => "boolean",
            "booléens" | "booleens" => "booléen",
            "variants" => "variant",
            "dates" => "date",
            other => other,
        };
        Some(match singular {
            "int" | "entier" | "int8" | "int16" | "int32" | "int64" | "int4" | "int2" | "int1" | "unsigned int"
            | "entier sans signe" => Type::Int,
            "real" | "réel" | "reel" | "real4" | "real8" | "numeric" | "numérique" => Type::Real,
            "currency" | "monétaire" | "monetaire" => Type::Currency,
            "string" | "chaîne" | "chaine" | "ansi string" | "unicode string" | "buffer" | "secret string" => {
                Type::Str
            }
            "boolean" | "booléen" | "booleen" => Type::Bool,
            "variant" => Type::Variant,
            "date" => Type::Date,
            "time" | "heure" => Type::Time,
            "datetime" | "dateheure" => Type::DateTime,
            "duration" | "durée" | "duree" => Type::Duration,
            _ => return None,
        })
    }

    /// Names the declarations accept, for "did you mean" hints and completion.
    pub const BUILTIN_NAMES: &'static [&'static str] = &[
        "int", "real", "currency", "string", "boolean", "variant", "date", "time", "datetime", "duration", "buffer",
        "numeric",
    ];

    pub fn is_numeric(&self) -> bool {
        matches!(self, Type::Int | Type::Real | Type::Currency)
    }

    /// The value a variable of this type holds before anything is assigned.
    pub fn default_value(&self) -> Value {
        match self {
            Type::Variant => Value::Null,
            Type::Int => Value::Int(0),
            Type::Real | Type::Currency => Value::Real(0.0),
            Type::Str => Value::empty_str(),
            Type::Date | Type::Time | Type::DateTime | Type::Duration => crate::calendar::default_value(self),
            Type::Bool => Value::Bool(false),
            Type::Array(elem) => Value::new_array((**elem).clone(), Vec::new()),
            Type::Assoc(elem) => Value::new_assoc((**elem).clone()),
            Type::Struct(def) => Value::Struct(Rc::new(StructValue::new(def.clone()))),
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Type::Variant => write!(f, "variant"),
            Type::Int => write!(f, "int"),
            Type::Real => write!(f, "real"),
            Type::Currency => write!(f, "currency"),
            Type::Str => write!(f, "string"),
            Type::Bool => write!(f, "boolean"),
            Type::Date => write!(f, "date"),
            Type::Time => write!(f, "time"),
            Type::DateTime => write!(f, "datetime"),
            Type::Duration => write!(f, "duration"),
            Type::Array(e) => write!(f, "array of {e}"),
            Type::Assoc(e) => write!(f, "associative array of {e}"),
            Type::Struct(d) => write!(f, "{}", d.name),
        }
    }
}

pub type PropertyGetter = Rc<dyn Fn(&StructValue) -> Value>;
pub type PropertySetter = Rc<dyn Fn(&mut StructValue, Value) -> Result<(), String>>;

pub struct FieldDef {
    pub name: String,
    pub ty: Type,
    /// The field's initial value; the type's default when `None`.
    pub default: Option<Value>,
    /// Printed as `***` (passwords).
    pub secret: bool,
    /// An array field that grows when an element past its end is assigned (`Email.Recipient[i]`).
    pub grows: bool,
}

/// A computed member: `Email.NbRecipient` reads and resizes `Email.Recipient`.
pub struct PropertyDef {
    pub name: String,
    pub ty: Type,
    pub get: PropertyGetter,
    pub set: Option<PropertySetter>,
}

pub struct StructDef {
    pub name: String,
    pub fields: Vec<FieldDef>,
    pub properties: Vec<PropertyDef>,
}

impl fmt::Debug for StructDef {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "StructDef({})", self.name)
    }
}

impl StructDef {
    pub fn new(name: impl Into<String>) -> Self {
        StructDef { name: name.into(), fields: Vec::new(), properties: Vec::new() }
    }
    pub fn field(mut self, name: impl Into<String>, ty: Type) -> Self {
        self.fields.push(FieldDef { name: name.into(), ty, default: None, secret: false, grows: false });
        self
    }
    pub fn field_with(mut self, def: FieldDef) -> Self {
        self.fields.push(def);
        self
    }
    pub fn property(
        mut self,
        name: impl Into<String>,
        ty: Type,
        get: PropertyGetter,
        set: Option<PropertySetter>,
    ) -> Self {
        self.properties.push(PropertyDef { name: name.into(), ty, get, set });
        self
    }
    pub fn field_index(&self, name: &str) -> Option<usize> {
        self.fields
            .iter()
            .position(|f| f.name.eq_ignore_ascii_case(name) || f.name.to_lowercase() == name.to_lowercase())
    }
    pub fn property_index(&self, name: &str) -> Option<usize> {
        self.properties
            .iter()
            .position(|p| p.name.eq_ignore_ascii_case(name) || p.name.to_lowercase() == name.to_lowercase())
    }
    pub fn member_names(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| f.name.as_str()).chain(self.properties.iter().map(|p| p.name.as_str()))
    }
}
