//! Runtime values. Scalars are stored inline; strings, arrays and structures are shared
//! and copied on write, which gives WLanguage's value semantics without copying on read.

pub use crate::number_text::{format_real, parse_number, real_to_int};

use crate::decimal::{Decimal, DecimalKind};
use crate::sized_int;
use crate::string::Str;
use crate::types::{StructDef, Type};
use indexmap::IndexMap;
use std::cell::RefCell;
use std::rc::Rc;

#[derive(Clone, Debug, Default)]
pub enum Value {
    #[default]
    Null,
    Bool(bool),
    Int(i64),
    Real(f64),
    /// A `currency` or a `numeric`: boxed, so that the other values stay 16 bytes.
    Decimal(Box<Decimal>),
    Str(Str),
    Array(Rc<ArrayValue>),
    Assoc(Rc<AssocValue>),
    Struct(Rc<StructValue>),
    /// An object of a class: shared, so that a dynamic object, a method's `MySelf` and the
    /// variable that holds it all reach the same members (see `objects.rs`).
    Object(crate::objects::ObjectRef),
    /// A calendar day; prints as `YYYYMMDD`.
    Date(crate::calendar::NaiveDate),
    /// A time of day to the millisecond; prints as `HHMMSSCC`.
    Time(crate::calendar::NaiveTime),
    /// A date and a time; prints as `YYYYMMDDHHMMSSCC`.
    DateTime(crate::calendar::NaiveDateTime),
    /// A signed length of time; prints as `+DHHMMSSCCC`.
    Duration(crate::calendar::Duration),
    /// A variable passed by reference: the caller's slot and the parameter share the cell.
    /// Only ever stored in variable slots, never inside arrays or structures.
    Ref(Rc<RefCell<Value>>),
    /// A procedure held in a variable (`p is procedure`) or passed as a callback.
    Procedure(Rc<ProcHandle>),
}

/// What calling a procedure through a value needs, decided when the value is made.
#[derive(Clone)]
pub struct ProcHandle {
    pub name: Rc<str>,
    pub slot: Rc<crate::compile::ProcSlot>,
    /// The parameters the procedure may change: a variable passed there is shared with it.
    pub by_ref: Rc<[bool]>,
    /// The number of parameters without a default.
    pub required: usize,
    /// Takes any number of arguments (`(*)`): more arguments than parameters are accepted.
    pub variadic: bool,
    /// Goes through the call that builds `MyParameters` (`(*)` or a body that reads it).
    pub with_parameters: bool,
    /// An internal procedure runs in its container's frame: the frame (base, depth) that
    /// was running when the value was made, the only one it may be called from.
    pub internal_frame: Option<(usize, usize)>,
}

impl std::fmt::Debug for ProcHandle {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "ProcHandle({})", self.name)
    }
}

#[derive(Clone, Debug)]
pub struct ArrayValue {
    pub elem: Type,
    pub items: Vec<Value>,
    /// Assigning past the end appends instead of failing (`Email.Recipient[n + 1] = …`).
    pub grows: bool,
    /// The sizes of an array with several dimensions (`array of 3 by 4 int`), whose items
    /// are stored row after row; empty for an ordinary array (see `grid.rs`).
    pub dims: Vec<usize>,
    /// A `fixed array`: its size never changes (PC SOFT: "the dimensions of this array are
    /// defined during the compilation and they cannot be modified").
    pub fixed: bool,
}

#[derive(Clone, Debug)]
pub struct AssocValue {
    pub elem: Type,
    /// Keys as first written, in insertion order.
    pub map: IndexMap<Rc<str>, Value, foldhash::fast::RandomState>,
    pub keys: crate::types::AssocKeys,
}

impl AssocValue {
    /// The position of `key`: exact, or, for a `WithoutCase` array, the key written with
    /// other letter case (the first spelling stays the key that `FOR EACH` shows).
    pub fn index_of(&self, key: &str) -> Option<usize> {
        self.map.get_index_of(key).or_else(|| match self.keys {
            crate::types::AssocKeys::Exact => None,
            crate::types::AssocKeys::WithoutCase => self.map.keys().position(|k| same_without_case(k, key)),
        })
    }
    pub fn get(&self, key: &str) -> Option<&Value> {
        self.index_of(key).map(|i| &self.map[i])
    }
    /// The element of `key`, added with the element type's default value when missing.
    pub fn entry(&mut self, key: &str) -> &mut Value {
        let i = match self.index_of(key) {
            Some(i) => i,
            None => self.map.insert_full(key.into(), self.elem.default_value()).0,
        };
        &mut self.map[i]
    }
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        self.index_of(key).and_then(|i| self.map.shift_remove_index(i)).map(|(_, v)| v)
    }
}

/// Two keys equal once letter case is set aside (accents still count).
fn same_without_case(a: &str, b: &str) -> bool {
    a.chars().flat_map(char::to_lowercase).eq(b.chars().flat_map(char::to_lowercase))
}

#[derive(Clone, Debug)]
pub struct StructValue {
    pub def: Rc<StructDef>,
    pub fields: Vec<Value>,
}

impl StructValue {
    pub fn new(def: Rc<StructDef>) -> StructValue {
        let fields = def
            .fields
            .iter()
            .map(|f| {
                let mut v = f.default.clone().unwrap_or_else(|| f.ty.default_value());
                if f.grows {
                    if let Value::Array(a) = &mut v {
                        Rc::make_mut(a).grows = true;
                    }
                }
                v
            })
            .collect();
        StructValue { def, fields }
    }
    pub fn get(&self, name: &str) -> Option<&Value> {
        self.def.field_index(name).map(|i| &self.fields[i])
    }
    pub fn get_mut(&mut self, name: &str) -> Option<&mut Value> {
        self.def.field_index(name).map(|i| &mut self.fields[i])
    }
    /// Field `i` as a script reads it. A secret field (a session's `..Password`) reads as
    /// `***` once set, so no Trace, Info or concatenation can print it; native code, which
    /// needs the real value, reads `fields` directly.
    pub fn read_field(&self, i: usize) -> Value {
        let value = &self.fields[i];
        if self.def.fields[i].secret && !matches!(value, Value::Str(s) if s.is_empty()) {
            return Value::str(SECRET_MASK);
        }
        value.clone()
    }
}

/// What a secret shows instead of its value.
pub const SECRET_MASK: &str = "***";

impl Value {
    pub fn str(s: impl Into<Str>) -> Value {
        Value::Str(s.into())
    }
    pub fn empty_str() -> Value {
        Value::Str(Str::empty())
    }
    /// A Buffer holding these bytes (what fLoadBuffer gives), for native libraries.
    pub fn buffer(bytes: &[u8]) -> Value {
        Value::Str(Str::from_bytes(bytes))
    }
    /// The bytes of a Buffer, or the UTF-8 form of a text (what fSaveBuffer writes).
    pub fn to_bytes(&self) -> Vec<u8> {
        self.to_str().to_bytes().into_owned()
    }
    pub fn new_array(elem: Type, items: Vec<Value>) -> Value {
        Value::Array(Rc::new(ArrayValue { elem, items, grows: false, dims: Vec::new(), fixed: false }))
    }
    /// An array with several dimensions, every element at the type's default value.
    pub fn new_grid(elem: Type, dims: Vec<usize>) -> Value {
        let count = dims.iter().product();
        let items = vec![elem.default_value(); count];
        Value::Array(Rc::new(ArrayValue { elem, items, grows: false, dims, fixed: false }))
    }
    pub fn new_assoc(elem: Type) -> Value {
        Value::new_assoc_with(elem, crate::types::AssocKeys::Exact)
    }
    pub fn new_assoc_with(elem: Type, keys: crate::types::AssocKeys) -> Value {
        Value::Assoc(Rc::new(AssocValue { elem, map: IndexMap::default(), keys }))
    }

    /// The value itself, looking through a by-reference cell.
    pub fn deref(&self) -> Value {
        match self {
            Value::Ref(cell) => cell.borrow().clone(),
            v => v.clone(),
        }
    }

    pub fn type_name(&self) -> &'static str {
        match self {
            Value::Null => "Null",
            Value::Bool(_) => "boolean",
            Value::Int(_) => "int",
            Value::Real(_) => "real",
            Value::Decimal(d) => d.kind.name(),
            Value::Str(_) => "string",
            Value::Array(_) => "array",
            Value::Assoc(_) => "associative array",
            Value::Struct(_) => "structure",
            Value::Object(_) => "object",
            Value::Date(_) => "date",
            Value::Time(_) => "time",
            Value::DateTime(_) => "datetime",
            Value::Duration(_) => "duration",
            Value::Ref(r) => r.borrow().type_name(),
            Value::Procedure(_) => "procedure",
        }
    }

    pub fn is_number(&self) -> bool {
        matches!(self, Value::Int(_) | Value::Real(_) | Value::Decimal(_) | Value::Bool(_))
    }

    /// The value as text, as `Trace` and string concatenation show it.
    pub fn to_text(&self) -> String {
        let mut out = String::new();
        self.write_text(&mut out);
        out
    }

    /// The value as a shared string, without copying when it already is one.
    pub fn to_str(&self) -> Str {
        match self {
            Value::Str(s) => s.clone(),
            other => Str::new(other.to_text()),
        }
    }

    pub fn write_text(&self, out: &mut String) {
        match self {
            Value::Null => {}
            Value::Bool(b) => out.push_str(if *b { "True" } else { "False" }),
            Value::Int(n) => crate::string::push_int(out, *n),
            Value::Real(r) => out.push_str(&format_real(*r)),
            Value::Decimal(d) => {
                let _ = std::fmt::Write::write_fmt(out, format_args!("{d}"));
            }
            Value::Str(s) => out.push_str(s.as_str()),
            Value::Array(a) => {
                out.push('[');
                for (i, item) in a.items.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    item.write_text(out);
                }
                out.push(']');
            }
            Value::Assoc(a) => {
                out.push('[');
                for (i, (k, v)) in a.map.iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(k);
                    out.push_str(": ");
                    v.write_text(out);
                }
                out.push(']');
            }
            Value::Struct(s) => {
                out.push_str(&s.def.name);
                out.push('{');
                for (i, (field, value)) in s.def.fields.iter().zip(&s.fields).enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    out.push_str(&field.name);
                    out.push_str(": ");
                    if field.secret && !matches!(value, Value::Str(s) if s.is_empty()) {
                        out.push_str(SECRET_MASK);
                    } else {
                        value.write_text(out);
                    }
                }
                out.push('}');
            }
            Value::Object(o) => crate::objects::write_object(o, out),
            Value::Date(d) => out.push_str(&crate::calendar::format_date(*d)),
            Value::Time(t) => out.push_str(&crate::calendar::format_time(*t)),
            Value::DateTime(dt) => out.push_str(&crate::calendar::format_datetime(*dt)),
            Value::Duration(d) => out.push_str(&crate::calendar::format_duration(*d)),
            Value::Ref(r) => r.borrow().write_text(out),
            // Reached only through a variant: the resolver refuses a procedure as text.
            Value::Procedure(p) => out.push_str(&p.name),
        }
    }

    /// The value as a number: strings are parsed (0 when not a number), booleans are 1/0.
    pub fn to_number(&self) -> Value {
        match self {
            Value::Int(n) => Value::Int(*n),
            Value::Real(r) => Value::Real(*r),
            Value::Decimal(d) => Value::Decimal(d.clone()),
            Value::Bool(b) => Value::Int(*b as i64),
            Value::Str(s) => parse_number(s.as_str()).unwrap_or(Value::Int(0)),
            Value::Ref(r) => r.borrow().to_number(),
            // A date, time or date-time is its digit string, as in WLanguage.
            Value::Date(_) | Value::Time(_) | Value::DateTime(_) => {
                parse_number(&self.to_text()).unwrap_or(Value::Int(0))
            }
            Value::Duration(d) => Value::Int(d.ms),
            _ => Value::Int(0),
        }
    }

    #[inline]
    pub fn to_int(&self) -> i64 {
        if let Value::Int(n) = self {
            return *n;
        }
        match self.to_number() {
            Value::Int(n) => n,
            Value::Real(r) => real_to_int(r),
            Value::Decimal(d) => d.trunc_to_int().unwrap_or(if d.is_negative() { i64::MIN } else { i64::MAX }),
            _ => 0,
        }
    }

    pub fn to_real(&self) -> f64 {
        match self.to_number() {
            Value::Int(n) => n as f64,
            Value::Real(r) => r,
            Value::Decimal(d) => d.to_real(),
            _ => 0.0,
        }
    }

    /// The value as an exact decimal of `kind`, for storing in a currency or a numeric.
    pub fn to_decimal(&self, kind: DecimalKind) -> Result<Decimal, String> {
        // A string is read as decimal text: all its digits count, not a real's 15.
        if let Value::Str(s) = self {
            if let Some(d) = Decimal::parse(kind, s.as_str()) {
                return d;
            }
        }
        match self.to_number() {
            Value::Int(n) => Decimal::from_int(kind, n),
            Value::Real(r) => Decimal::from_real(kind, r),
            Value::Decimal(d) => d.with_kind(kind),
            _ => Ok(Decimal::zero(kind)),
        }
    }

    /// The value stored in an integer variable: reals are truncated (towards zero); a value
    /// out of the type's range is an error.
    fn to_checked_int(&self, check: impl Fn(i64) -> Result<i64, String>, type_name: &str) -> Result<i64, String> {
        let n = match self.to_number() {
            Value::Int(n) => n,
            Value::Real(r) => {
                let t = r.trunc();
                if !(-9.223_372_036_854_776e18..9.223_372_036_854_776e18).contains(&t) {
                    return Err(format!("overflow: {} does not fit in the type {type_name}", format_real(r)));
                }
                t as i64
            }
            Value::Decimal(d) => {
                d.trunc_to_int().ok_or_else(|| format!("overflow: {d} does not fit in the type {type_name}"))?
            }
            _ => 0,
        };
        check(n)
    }

    /// The value as a boolean, for assignment to a boolean variable.
    pub fn to_bool(&self) -> bool {
        match self {
            Value::Bool(b) => *b,
            Value::Int(n) => *n != 0,
            Value::Real(r) => *r != 0.0,
            Value::Decimal(d) => !d.is_zero(),
            Value::Str(s) => {
                let t = s.as_str().trim();
                !(t.is_empty() || t == "0" || t.eq_ignore_ascii_case("false") || t.eq_ignore_ascii_case("faux"))
            }
            Value::Null => false,
            Value::Ref(r) => r.borrow().to_bool(),
            _ => true,
        }
    }

    /// Drops the value, inline for scalars: the compiler calls the drop glue of `Value` out
    /// of line, even for an int, and hot paths overwrite or pop values that are mostly ints.
    #[inline(always)]
    pub fn discard(self) {
        match self {
            Value::Null
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Real(_)
            | Value::Date(_)
            | Value::Time(_)
            | Value::DateTime(_)
            | Value::Duration(_) => std::mem::forget(self),
            other => drop(other),
        }
    }

    /// Whether the value is already of type `ty`, so that converting it changes nothing.
    #[inline]
    pub fn has_type(&self, ty: &Type) -> bool {
        if let (Type::Int, Value::Int(n)) = (ty, self) {
            return sized_int::fits_int(*n);
        }
        // A dynamic object given an object of exactly its class (a method's `MySelf`).
        if let (Type::Dynamic(class), Value::Object(o)) = (ty, self) {
            return o.try_borrow().is_ok_and(|s| Rc::ptr_eq(&s.def, class));
        }
        matches!(
            (ty, self),
            (Type::Variant, _)
                | (Type::Real, Value::Real(_))
                | (Type::Str, Value::Str(_))
                | (Type::Bool, Value::Bool(_))
                | (Type::Date, Value::Date(_))
                | (Type::Time, Value::Time(_))
                | (Type::DateTime, Value::DateTime(_))
                | (Type::Duration, Value::Duration(_))
                | (Type::Procedure, Value::Procedure(_))
        )
    }

    /// Converts the value to `ty`, as an assignment to a variable of that type does.
    #[inline]
    pub fn convert_to(self, ty: &Type) -> crate::error::Fallible<Value> {
        if self.has_type(ty) {
            return Ok(self);
        }
        self.convert_other(ty)
    }

    fn convert_other(self, ty: &Type) -> crate::error::Fallible<Value> {
        if let Value::Procedure(p) = &self {
            if !matches!(ty, Type::Variant | Type::Procedure) {
                return Err(mismatch(format!("the procedure `{}` cannot become a {ty}", p.name)));
            }
        }
        Ok(match ty {
            Type::Variant => self,
            Type::Int
            | Type::SizedInt(_)
            | Type::Real
            | Type::Real4
            | Type::Currency
            | Type::Numeric
            | Type::NumericDigits(..)
                if matches!(self, Value::Duration(_)) =>
            {
                return Err(mismatch(crate::calendar::DURATION_TO_NUMBER.to_string()))
            }
            Type::Date | Type::Time | Type::DateTime | Type::Duration => {
                return crate::calendar::convert(self, ty);
            }
            Type::Int => {
                Value::Int(self.to_checked_int(sized_int::check_int, "int").map_err(crate::ops::numeric_failure)?)
            }
            Type::SizedInt(kind) => {
                Value::Int(self.to_checked_int(|n| kind.check(n), kind.name()).map_err(crate::ops::numeric_failure)?)
            }
            Type::Real => match self {
                Value::Real(_) => self,
                other => Value::Real(other.to_real()),
            },
            Type::Real4 => crate::narrow_numbers::to_real4(self.to_real()).map_err(crate::ops::numeric_failure)?,
            Type::NumericDigits(p, d) => {
                let value = self.convert_to(&Type::Numeric)?;
                crate::narrow_numbers::check_numeric_digits(value, *p, *d).map_err(crate::ops::numeric_failure)?
            }
            Type::Currency | Type::Numeric => {
                let kind = ty.decimal_kind().unwrap_or(DecimalKind::Numeric);
                match self {
                    Value::Decimal(d) if d.kind == kind => Value::Decimal(d),
                    other => Value::Decimal(Box::new(other.to_decimal(kind).map_err(crate::ops::numeric_failure)?)),
                }
            }
            Type::Str => match self {
                Value::Str(_) => self,
                Value::Null => Value::empty_str(),
                other => Value::Str(other.to_str()),
            },
            Type::Bool => Value::Bool(self.to_bool()),
            Type::Array(_) if matches!(&self, Value::Array(a) if a.is_grid()) => {
                return Err(mismatch(format!("cannot assign an array with several dimensions to a {ty}")));
            }
            Type::Grid(elem, n) => return crate::grid::convert(self, elem, *n),
            Type::Array(elem) => match self {
                Value::Array(a) => {
                    if a.elem == **elem || **elem == Type::Variant {
                        Value::Array(a)
                    } else {
                        let items =
                            a.items.iter().map(|v| v.clone().convert_to(elem)).collect::<Result<Vec<_>, _>>()?;
                        Value::new_array((**elem).clone(), items)
                    }
                }
                Value::Null => ty.default_value(),
                other => return Err(mismatch(format!("cannot assign a {} to an array", other.type_name()))),
            },
            Type::Assoc(_, _) => match self {
                Value::Assoc(_) => self,
                Value::Null => ty.default_value(),
                other => {
                    return Err(mismatch(format!("cannot assign a {} to an associative array", other.type_name())))
                }
            },
            Type::Struct(def) if def.is_class => return crate::objects::convert_to_object(self, def),
            Type::Dynamic(def) => return crate::objects::convert_to_dynamic(self, def),
            Type::Procedure => match self {
                Value::Null => Value::Null,
                other => return Err(mismatch(format!("cannot assign a {} to a procedure", other.type_name()))),
            },
            Type::Struct(def) => match self {
                Value::Struct(s) if Rc::ptr_eq(&s.def, def) => Value::Struct(s),
                Value::Null => ty.default_value(),
                Value::Struct(s) => return Err(mismatch(format!("cannot assign a {} to a {}", s.def.name, def.name))),
                other => return Err(mismatch(format!("cannot assign a {} to a {}", other.type_name(), def.name))),
            },
        })
    }
}

/// A conversion that cannot be made (a string assigned to an array…). Cold: only the
/// failure pays for building it.
#[cold]
pub(crate) fn mismatch(message: String) -> Box<crate::error::Failure> {
    Box::new(crate::error::Failure::TypeMismatch(message))
}
