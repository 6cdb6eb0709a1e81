//! Static types of variables, fields and parameters, and structure definitions (user
//! STRUCTUREs and the types native modules register, such as `Email`).

use crate::decimal::{Decimal, DecimalKind};
use crate::sized_int::IntKind;
use crate::value::{StructValue, Value};
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Debug)]
pub enum Type {
    Variant,
    /// The 4-byte `int`; also the type of integer expressions (computed on 8 bytes).
    Int,
    /// The other integer types: `8-byte int`, `unsigned 2-byte int`, `byte`…
    SizedInt(IntKind),
    Real,
    /// `4-byte real` (`réel sur 4 octets`): single precision. The value is a real rounded to
    /// the nearest single-precision number where it is stored; it computes as a real.
    Real4,
    /// Exact decimal with 6 places, 24 significant digits.
    Currency,
    /// Exact decimal with 6 places, 38 significant digits.
    Numeric,
    /// `numeric (p, d)`: a numeric of at most `p` digits before the point and `d` after
    /// (`d` ≤ 6, `p` ≤ 32: what wl's numeric holds). A value that does not fit is an error
    /// where it is stored (see `decimal::Decimal::fits`).
    NumericDigits(u8, u8),
    Str,
    Bool,
    Date,
    Time,
    DateTime,
    Duration,
    Array(Rc<Type>),
    /// An array with several dimensions (`array of 3 by 4 int`): the element type and the
    /// number of dimensions (2 to 10). Its sizes are in the value (see `ArrayValue::dims`).
    Grid(Rc<Type>, u8),
    /// The element type and how keys compare (`WithoutCase` chosen at declaration).
    Assoc(Rc<Type>, AssocKeys),
    Struct(Rc<StructDef>),
    /// A dynamic object of a class (`p is C dynamic`): a reference, Null until allocated,
    /// that may hold an object of the class or of a class derived from it.
    Dynamic(Rc<StructDef>),
    /// `p is procedure` (`p est une procédure`): a procedure held in a variable, Null until
    /// a procedure is assigned (see `value::ProcHandle`).
    Procedure,
}

/// How the keys of an associative array compare: exactly (the default), or without case
/// (`associative array (WithoutCase) of T`, French `SansCasse`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum AssocKeys {
    #[default]
    Exact,
    WithoutCase,
}

impl PartialEq for Type {
    fn eq(&self, other: &Type) -> bool {
        use Type::*;
        match (self, other) {
            (Array(a), Array(b)) | (Assoc(a, _), Assoc(b, _)) => a == b,
            (Grid(a, n), Grid(b, m)) => a == b && n == m,
            (Struct(a), Struct(b)) | (Dynamic(a), Dynamic(b)) => Rc::ptr_eq(a, b),
            (SizedInt(a), SizedInt(b)) => a == b,
            (NumericDigits(a, b), NumericDigits(c, d)) => a == c && b == d,
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
            "bytes" => "byte",
            "numerics" => "numeric",
            "numériques" | "numeriques" => "numérique",
            "currencies" => "currency",
            "monétaires" | "monetaires" => "monétaire",
            "octets" => "octet",
            other => other,
        };
        if let Some(kind) = IntKind::from_name(singular) {
            return Some(kind.map_or(Type::Int, Type::SizedInt));
        }
        Some(match singular {
            "real" | "réel" | "reel" | "8-byte real" | "réel sur 8 octets" => Type::Real,
            "4-byte real" | "réel sur 4 octets" => Type::Real4,
            // Numeric with its default precision only: 32 digits before the point, 6 after.
            "numeric" | "numérique" | "numerique" | "numeric (32,6)" | "numérique (32,6)" => Type::Numeric,
            "currency" | "monétaire" | "monetaire" => Type::Currency,
            other if other.starts_with("numeric (") || other.starts_with("numérique (") => {
                return numeric_digits(other)
            }
            "string" | "chaîne" | "chaine" | "ansi string" | "unicode string" | "buffer" | "secret string" => {
                Type::Str
            }
            "boolean" | "booléen" | "booleen" => Type::Bool,
            "variant" => Type::Variant,
            "date" => Type::Date,
            "time" | "heure" => Type::Time,
            "datetime" | "dateheure" => Type::DateTime,
            "duration" | "durée" | "duree" => Type::Duration,
            "procedure" | "procédure" => Type::Procedure,
            _ => return None,
        })
    }

    /// Names the declarations accept, for "did you mean" hints and completion.
    pub const BUILTIN_NAMES: &'static [&'static str] = &[
        "int", "real", "currency", "string", "boolean", "variant", "date", "time", "datetime", "duration", "buffer",
        "numeric", "byte",
    ];

    pub fn is_numeric(&self) -> bool {
        matches!(
            self,
            Type::Int
                | Type::SizedInt(_)
                | Type::Real
                | Type::Real4
                | Type::Currency
                | Type::Numeric
                | Type::NumericDigits(..)
        )
    }

    /// The static type of a value of this type once it takes part in a calculation: sized
    /// ints compute as ints; currency and numeric stay exact decimals, which have no static
    /// type of their own (`Variant`: the operation decides at run time).
    pub fn computed(&self) -> Type {
        match self {
            Type::SizedInt(_) => Type::Int,
            Type::Real4 => Type::Real,
            Type::Currency | Type::Numeric | Type::NumericDigits(..) => Type::Variant,
            other => other.clone(),
        }
    }

    /// The range of an integer type: `int` (4 bytes) and the sized ints.
    pub fn int_range(&self) -> Option<(i64, i64)> {
        match self {
            Type::Int => Some((i32::MIN as i64, i32::MAX as i64)),
            Type::SizedInt(kind) => Some(kind.range()),
            _ => None,
        }
    }

    /// The exact decimal kind of `currency` and `numeric`.
    pub fn decimal_kind(&self) -> Option<DecimalKind> {
        match self {
            Type::Currency => Some(DecimalKind::Currency),
            Type::Numeric | Type::NumericDigits(..) => Some(DecimalKind::Numeric),
            _ => None,
        }
    }

    /// The value a variable of this type holds before anything is assigned.
    pub fn default_value(&self) -> Value {
        match self {
            Type::Variant => Value::Null,
            Type::Int | Type::SizedInt(_) => Value::Int(0),
            Type::Real | Type::Real4 => Value::Real(0.0),
            Type::Currency => Value::Decimal(Box::new(Decimal::zero(DecimalKind::Currency))),
            Type::Numeric | Type::NumericDigits(..) => Value::Decimal(Box::new(Decimal::zero(DecimalKind::Numeric))),
            Type::Str => Value::empty_str(),
            Type::Date | Type::Time | Type::DateTime | Type::Duration => crate::calendar::default_value(self),
            Type::Bool => Value::Bool(false),
            Type::Array(elem) => Value::new_array((**elem).clone(), Vec::new()),
            // Sizes come from the declaration (`array of 3 by 4 int`); none here.
            Type::Grid(elem, n) => Value::new_grid((**elem).clone(), vec![0; *n as usize]),
            Type::Assoc(elem, keys) => Value::new_assoc_with((**elem).clone(), *keys),
            Type::Struct(def) if def.is_class => crate::value::Value::new_object(def.clone()),
            Type::Struct(def) => Value::Struct(Rc::new(StructValue::new(def.clone()))),
            Type::Dynamic(_) | Type::Procedure => Value::Null,
        }
    }
}

impl fmt::Display for Type {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            Type::Variant => write!(f, "variant"),
            Type::Int => write!(f, "int"),
            Type::SizedInt(k) => write!(f, "{}", k.name()),
            Type::Real => write!(f, "real"),
            Type::Real4 => write!(f, "4-byte real"),
            Type::Currency => write!(f, "currency"),
            Type::Numeric => write!(f, "numeric"),
            Type::NumericDigits(p, d) => write!(f, "numeric ({p},{d})"),
            Type::Str => write!(f, "string"),
            Type::Bool => write!(f, "boolean"),
            Type::Date => write!(f, "date"),
            Type::Time => write!(f, "time"),
            Type::DateTime => write!(f, "datetime"),
            Type::Duration => write!(f, "duration"),
            Type::Array(e) => write!(f, "array of {e}"),
            Type::Grid(e, n) => write!(f, "array of {n} dimensions of {e}"),
            Type::Assoc(e, AssocKeys::Exact) => write!(f, "associative array of {e}"),
            Type::Assoc(e, AssocKeys::WithoutCase) => write!(f, "associative array (WithoutCase) of {e}"),
            Type::Struct(d) => write!(f, "{}", d.name),
            Type::Dynamic(d) => write!(f, "{} dynamic", d.name),
            Type::Procedure => write!(f, "procedure"),
        }
    }
}

/// `numeric (p,d)` as the parser spells it (`numeric (10,2)`): the numeric it names when
/// wl's numeric holds it (`p` ≤ 32 digits before the point, `d` ≤ 6 after), else `None` (the
/// resolver reports the type as not supported). `numeric (32,6)` is `numeric` itself;
/// `numeric (*)` and `numeric (p)` are not read here: PC SOFT's page does not say how many
/// decimals they keep.
fn numeric_digits(name: &str) -> Option<Type> {
    let inside = name.split_once('(')?.1.strip_suffix(')')?;
    let (p, d) = inside.split_once(',')?;
    let (p, d): (u8, u8) = (p.trim().parse().ok()?, d.trim().parse().ok()?);
    match (p, d) {
        (32, 6) => Some(Type::Numeric),
        (1..=32, 0..=6) => Some(Type::NumericDigits(p, d)),
        _ => None,
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
    /// A class (its objects are shared, see `Value::Object`), not a structure.
    pub is_class: bool,
    /// The class it inherits from: its fields come first, at the same indexes.
    pub base: Option<Rc<StructDef>>,
    /// The class (or an ancestor) has a Destructor: its objects are set aside when their
    /// last reference goes (see `objects.rs`).
    pub has_destructor: std::cell::Cell<bool>,
    /// Other names of members (alias, member): the French names PC SOFT's pages use.
    pub aliases: Vec<(String, String)>,
    /// Members PC SOFT documents that wl does not provide (name, why): naming one is an
    /// error that says so, not an "unknown member".
    pub withheld: Vec<(String, String)>,
}

impl fmt::Debug for StructDef {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "StructDef({})", self.name)
    }
}

impl StructDef {
    pub fn new(name: impl Into<String>) -> Self {
        StructDef {
            name: name.into(),
            fields: Vec::new(),
            properties: Vec::new(),
            is_class: false,
            base: None,
            has_destructor: std::cell::Cell::new(false),
            aliases: Vec::new(),
            withheld: Vec::new(),
        }
    }
    /// Whether this class is `ancestor` or inherits from it, directly or not.
    pub fn descends_from(&self, ancestor: &StructDef) -> bool {
        let mut class = Some(self);
        while let Some(c) = class {
            if std::ptr::eq(c, ancestor) {
                return true;
            }
            class = c.base.as_deref();
        }
        false
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
    /// `alias` also names the member `member`.
    pub fn alias(mut self, alias: impl Into<String>, member: impl Into<String>) -> Self {
        self.aliases.push((alias.into(), member.into()));
        self
    }
    /// `name` is a member PC SOFT documents that wl does not provide, for the reason `why`.
    pub fn withhold(mut self, name: impl Into<String>, why: impl Into<String>) -> Self {
        self.withheld.push((name.into(), why.into()));
        self
    }
    /// Why wl does not provide the documented member `name`, if it is one.
    pub fn withheld_reason(&self, name: &str) -> Option<&str> {
        self.withheld.iter().find(|(n, _)| same_name(n, name)).map(|(_, why)| why.as_str())
    }
    /// The member an alias stands for, or `name` itself.
    fn canonical<'a>(&'a self, name: &'a str) -> &'a str {
        self.aliases.iter().find(|(a, _)| same_name(a, name)).map_or(name, |(_, m)| m.as_str())
    }
    pub fn field_index(&self, name: &str) -> Option<usize> {
        let name = self.canonical(name);
        self.fields
            .iter()
            .position(|f| f.name.eq_ignore_ascii_case(name) || f.name.to_lowercase() == name.to_lowercase())
    }
    pub fn property_index(&self, name: &str) -> Option<usize> {
        let name = self.canonical(name);
        self.properties
            .iter()
            .position(|p| p.name.eq_ignore_ascii_case(name) || p.name.to_lowercase() == name.to_lowercase())
    }
    pub fn member_names(&self) -> impl Iterator<Item = &str> {
        self.fields.iter().map(|f| f.name.as_str()).chain(self.properties.iter().map(|p| p.name.as_str()))
    }
}

/// Member names compare without regard to case (accented letters too).
fn same_name(a: &str, b: &str) -> bool {
    a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase()
}
