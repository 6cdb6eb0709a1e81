//! ErrorOccurred, ErrorInfo, ExceptionInfo, ExceptionThrow (docs/language.md, "Errors").

use crate::error::{codes, ErrorKind, RuntimeError};
use crate::registry::{GlobalHandle, Module, Signature};
use crate::types::Type;
use crate::value::Value;

pub const ERR_FULL_DETAILS: i64 = 0;
pub const ERR_MESSAGE: i64 = 1;
pub const ERR_CODE: i64 = 2;
pub const ERR_SYSTEM_CODE: i64 = 3;
pub const ERR_SYSTEM_MESSAGE: i64 = 4;

/// Registers the error functions; returns the handle of `ErrorOccurred`.
pub fn register(m: &mut Module) -> GlobalHandle {
    let error_occurred = m.register_global("ErrorOccurred", Type::Bool, Value::Bool(false));
    m.register_global_alias("ErreurDétectée", "ErrorOccurred");
    m.register_constant("errFullDetails", Value::Int(ERR_FULL_DETAILS));
    m.register_constant("errMessage", Value::Int(ERR_MESSAGE));
    m.register_constant("errCode", Value::Int(ERR_CODE));
    m.register_constant("errSystemCode", Value::Int(ERR_SYSTEM_CODE));
    m.register_constant("errSystemMessage", Value::Int(ERR_SYSTEM_MESSAGE));

    m.register_fn("ErrorInfo", Signature::new(0, 1).params("[information]"), |m, args| {
        let what = args.first().map(|a| a.to_int()).unwrap_or(ERR_FULL_DETAILS);
        let e = m.last_error.clone().unwrap_or_default();
        Ok(match what {
            ERR_MESSAGE => Value::str(e.message),
            ERR_CODE => Value::Int(e.code),
            ERR_SYSTEM_CODE => Value::Int(e.system_code),
            ERR_SYSTEM_MESSAGE => Value::str(e.system_message),
            _ => Value::str(e.full_details()),
        })
    });

    m.register_fn("ExceptionInfo", Signature::new(0, 1).params("[information]"), |m, args| {
        let what = args.first().map(|a| a.to_int()).unwrap_or(ERR_FULL_DETAILS);
        let Some(e) = &m.exception else {
            return Ok(if what == ERR_CODE || what == ERR_SYSTEM_CODE { Value::Int(0) } else { Value::empty_str() });
        };
        Ok(match what {
            ERR_MESSAGE => Value::str(e.message.clone()),
            ERR_CODE => Value::Int(e.code),
            ERR_SYSTEM_CODE => Value::Int(0),
            ERR_SYSTEM_MESSAGE => Value::empty_str(),
            _ => Value::str(e.message.clone()),
        })
    });

    m.register_fn("ExceptionThrow", Signature::new(1, 2).params("code [, message]"), |_, args| {
        // PC SOFT page 3034005: `ExceptionThrow(<Error number> [, <Message>])`, the number
        // "included between 1 and 1000".
        let code = args[0].to_int();
        if !(1..=1000).contains(&code) || !matches!(args[0], Value::Int(_)) {
            return Err(RuntimeError::fatal(format!(
                "ExceptionThrow: the error number must be an integer from 1 to 1000, not {}",
                args[0].to_text()
            ))
            .with_code(codes::TYPE_MISMATCH));
        }
        let message = match args.get(1) {
            Some(message) => message.to_text(),
            None => format!("exception {code}"),
        };
        Err(RuntimeError { kind: ErrorKind::Thrown, message, code, loc: None, help: None, stack: Default::default() })
    });
    m.register_alias("ExceptionDéclenche", "ExceptionThrow");
    m.register_fn("ErrorPropagate", Signature::new(0, 2).params("[number,] [message]"), |m, args| {
        // ErrorPropagate([message]) or ErrorPropagate(number [, message]): the number (1 to
        // 1000) replaces the error's, the message goes at the beginning of the error's.
        let (number, message) = match args {
            [] => (None, None),
            [Value::Str(s)] => (None, Some(s.as_str().to_string())),
            [n] => (Some(n), None),
            [n, message] => (Some(n), Some(message.to_text())),
            _ => unreachable!("the signature takes at most 2 arguments"),
        };
        let mut error = m.last_error.clone().unwrap_or_default();
        if let Some(n) = number {
            let code = n.to_int();
            if !(1..=1000).contains(&code) || !matches!(n, Value::Int(_)) {
                return Err(RuntimeError::fatal(format!(
                    "ErrorPropagate: the error number must be an integer from 1 to 1000, not {}",
                    n.to_text()
                ))
                .with_code(codes::TYPE_MISMATCH));
            }
            error.code = code;
        }
        if let Some(message) = message.filter(|s| !s.is_empty()) {
            error.message = if error.message.is_empty() { message } else { format!("{message}\r\n{}", error.message) };
        }
        m.fail(error);
        Ok(Value::Null)
    });
    m.register_alias("ErreurPropage", "ErrorPropagate");
    m.register_alias("ErreurInfo", "ErrorInfo");
    error_occurred
}
