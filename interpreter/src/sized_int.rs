//! WLanguage's integer types and their ranges. Every integer value is an `i64` at run time;
//! a variable's type decides the range a value must fit in when it is stored there. PC SOFT
//! documents the ranges but not what happens on overflow, so a value out of range is a
//! runtime error, never a wrapped or clamped number.

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum IntKind {
    I8,
    I16,
    I64,
    U8,
    U16,
    U32,
    U64,
}

impl IntKind {
    /// Reads a sized integer type name, English or French, in any case and spacing:
    /// `4-byte int`, `unsigned 2-byte int`, `entier sur 8 octets`, `entier sans signe`,
    /// `byte`, `octet`, `system int`. `None` for other names; `Some(None)` for the 4-byte
    /// int, which is `int` itself.
    pub fn from_name(name: &str) -> Option<Option<IntKind>> {
        let words: Vec<String> =
            name.to_lowercase().replace(['-', '_'], " ").split_whitespace().map(str::to_string).collect();
        let words: Vec<&str> = words.iter().map(|s| s.as_str()).collect();
        let (unsigned, rest) = match words.as_slice() {
            ["unsigned", rest @ ..] => (true, rest.to_vec()),
            ["entier", "sans", "signe", rest @ ..] => (true, [&["entier"][..], rest].concat()),
            _ => (false, words.clone()),
        };
        let size = match rest.as_slice() {
            ["byte"] | ["octet"] if !unsigned => return Some(Some(IntKind::U8)),
            ["system", "int"] | ["entier", "système"] | ["entier", "systeme"] if !unsigned => {
                // A 64-bit program's system int.
                return Some(Some(IntKind::I64));
            }
            ["int"] | ["entier"] => 4,
            [n, "byte", "int"] | ["entier", "sur", n, "octet" | "octets"] => n.parse::<u8>().ok()?,
            _ => return None,
        };
        Some(match (size, unsigned) {
            (1, false) => Some(IntKind::I8),
            (2, false) => Some(IntKind::I16),
            (4, false) => None,
            (8, false) => Some(IntKind::I64),
            (1, true) => Some(IntKind::U8),
            (2, true) => Some(IntKind::U16),
            (4, true) => Some(IntKind::U32),
            (8, true) => Some(IntKind::U64),
            _ => return None,
        })
    }

    /// The smallest and largest values. The unsigned 8-byte int stops at the largest 8-byte
    /// int: wl keeps every integer in 8 signed bytes and says so rather than wrap.
    pub fn range(self) -> (i64, i64) {
        match self {
            IntKind::I8 => (i8::MIN as i64, i8::MAX as i64),
            IntKind::I16 => (i16::MIN as i64, i16::MAX as i64),
            IntKind::I64 => (i64::MIN, i64::MAX),
            IntKind::U8 => (0, u8::MAX as i64),
            IntKind::U16 => (0, u16::MAX as i64),
            IntKind::U32 => (0, u32::MAX as i64),
            IntKind::U64 => (0, i64::MAX),
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            IntKind::I8 => "1-byte int",
            IntKind::I16 => "2-byte int",
            IntKind::I64 => "8-byte int",
            IntKind::U8 => "unsigned 1-byte int",
            IntKind::U16 => "unsigned 2-byte int",
            IntKind::U32 => "unsigned 4-byte int",
            IntKind::U64 => "unsigned 8-byte int",
        }
    }

    pub fn check(self, n: i64) -> Result<i64, String> {
        let (lo, hi) = self.range();
        if n < lo || n > hi {
            return Err(out_of_range(&n.to_string(), self.name(), lo, hi));
        }
        Ok(n)
    }
}

/// The 4-byte `int`: the check done at each store into an `int` variable.
#[inline(always)]
pub fn fits_int(n: i64) -> bool {
    n as i32 as i64 == n
}

pub fn check_int(n: i64) -> Result<i64, String> {
    if fits_int(n) {
        Ok(n)
    } else {
        Err(out_of_range(&n.to_string(), "int", i32::MIN as i64, i32::MAX as i64))
    }
}

pub fn out_of_range(value: &str, type_name: &str, lo: i64, hi: i64) -> String {
    format!("overflow: {value} does not fit in the type {type_name} ({lo} to {hi})")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(IntKind::from_name("int"), Some(None));
        assert_eq!(IntKind::from_name("4-byte int"), Some(None));
        assert_eq!(IntKind::from_name("entier sur 4 octets"), Some(None));
        assert_eq!(IntKind::from_name("1-byte int"), Some(Some(IntKind::I8)));
        assert_eq!(IntKind::from_name("2-Byte  Int"), Some(Some(IntKind::I16)));
        assert_eq!(IntKind::from_name("8-byte int"), Some(Some(IntKind::I64)));
        assert_eq!(IntKind::from_name("entier sur 8 octets"), Some(Some(IntKind::I64)));
        assert_eq!(IntKind::from_name("unsigned int"), Some(Some(IntKind::U32)));
        assert_eq!(IntKind::from_name("entier sans signe"), Some(Some(IntKind::U32)));
        assert_eq!(IntKind::from_name("unsigned 2-byte int"), Some(Some(IntKind::U16)));
        assert_eq!(IntKind::from_name("entier sans signe sur 8 octets"), Some(Some(IntKind::U64)));
        assert_eq!(IntKind::from_name("byte"), Some(Some(IntKind::U8)));
        assert_eq!(IntKind::from_name("octet"), Some(Some(IntKind::U8)));
        assert_eq!(IntKind::from_name("system int"), Some(Some(IntKind::I64)));
        assert_eq!(IntKind::from_name("entier système"), Some(Some(IntKind::I64)));
        assert_eq!(IntKind::from_name("3-byte int"), None);
        assert_eq!(IntKind::from_name("integer"), None);
        assert_eq!(IntKind::from_name("unsigned byte"), None);
    }

    /// The names the parser gives qualified types (PC SOFT's English spelling).
    #[test]
    fn canonical_type_names() {
        use crate::types::Type;
        let expect = [
            ("4-byte int", Type::Int),
            ("8-byte int", Type::SizedInt(IntKind::I64)),
            ("unsigned 4-byte int", Type::SizedInt(IntKind::U32)),
            ("unsigned 8-byte int", Type::SizedInt(IntKind::U64)),
            ("unsigned int", Type::SizedInt(IntKind::U32)),
            ("system int", Type::SizedInt(IntKind::I64)),
            ("8-byte real", Type::Real),
            ("numeric (32,6)", Type::Numeric),
            ("4-byte real", Type::Real4),
            ("numeric (10,2)", Type::NumericDigits(10, 2)),
        ];
        for (name, ty) in expect {
            assert_eq!(Type::builtin(name), Some(ty), "{name}");
        }
        for unknown in ["numeric (2,15)", "numeric (33,0)", "numeric (*)", "numeric (12)", "unsigned system int"] {
            assert_eq!(Type::builtin(unknown), None, "{unknown}");
        }
    }

    #[test]
    fn ranges() {
        assert!(IntKind::I8.check(-128).is_ok() && IntKind::I8.check(128).is_err());
        assert!(IntKind::U16.check(65535).is_ok() && IntKind::U16.check(-1).is_err());
        assert!(IntKind::U32.check(4294967295).is_ok() && IntKind::U32.check(4294967296).is_err());
        assert!(check_int(2147483647).is_ok() && check_int(-2147483649).is_err());
    }
}
