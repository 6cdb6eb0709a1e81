//! The types a script declares (`m is Email`, `s is emailSMTPSession`, `emailPOP3Session`,
//! `emailIMAPSession`), the global `Email` structure, and the constants.

use super::start::{Kind, IMAP, POP3, SMTP};
use crate::net::Security;
use crate::{message, tls};
use std::rc::Rc;
use wl_interpreter::registry::{GlobalHandle, TypeHandle};
use wl_interpreter::types::{PropertyGetter, PropertySetter};
use wl_interpreter::value::StructValue;
use wl_interpreter::{FieldDef, Module, StructDef, Type, Value};

/// `emailOptionDefault`, `optionTLS` (`optionSSL`), `emailProtocolSMTPS` (`emailOptionSecuredTLS`).
pub(crate) const OPTION_DEFAULT: i64 = 0;
pub(crate) const OPTION_TLS: i64 = 1;
pub(crate) const OPTION_STARTTLS: i64 = 2;
/// `emailParameterMode` for EmailConfigure.
const PARAMETER_MODE: i64 = 1;

/// The registered types and the global `Email` structure, kept by the functions that use
/// them: handles (the definitions and the global's slot), never names.
#[derive(Clone)]
pub(crate) struct Defs {
    pub email: TypeHandle,
    pub smtp: TypeHandle,
    pub pop3: TypeHandle,
    pub imap: TypeHandle,
    pub attach: TypeHandle,
    /// The global `Email` structure.
    pub global: GlobalHandle,
}

impl Defs {
    /// The session kind a session variable's type describes.
    pub fn kind_of(&self, v: &Value) -> Option<&'static Kind> {
        [(&self.smtp, &SMTP), (&self.pop3, &POP3), (&self.imap, &IMAP)]
            .into_iter()
            .find(|(h, _)| h.is_instance(v))
            .map(|(_, k)| k)
    }
    pub fn session_type(&self, kind: &Kind) -> &TypeHandle {
        match kind.protocol {
            crate::net::Protocol::Smtp => &self.smtp,
            crate::net::Protocol::Pop3 => &self.pop3,
            crate::net::Protocol::Imap => &self.imap,
        }
    }
    /// A fresh, empty `Email` value.
    pub fn empty_email(&self) -> Value {
        Value::Struct(Rc::new(StructValue::new(self.email.def().clone())))
    }
}

fn string_array() -> Type {
    Type::Array(Rc::new(Type::Str))
}

fn field(name: &str, ty: Type) -> FieldDef {
    FieldDef { name: name.to_string(), ty, default: None, secret: false, grows: false }
}

/// `NbRecipient` and the like: the length of an array field; assigning truncates or pads.
fn count_property(array: &'static str) -> (PropertyGetter, PropertySetter) {
    let get: PropertyGetter = Rc::new(move |s: &StructValue| match s.get(array) {
        Some(Value::Array(a)) => Value::Int(a.items.len() as i64),
        _ => Value::Int(0),
    });
    let set: PropertySetter = Rc::new(move |s: &mut StructValue, v: Value| {
        let n = v.to_int();
        if !(0..=1_000_000).contains(&n) {
            return Err(format!("Nb{array} must be between 0 and 1000000, not {n}"));
        }
        match s.get_mut(array) {
            Some(Value::Array(a)) => {
                Rc::make_mut(a).items.resize(n as usize, Value::empty_str());
                Ok(())
            }
            Some(slot) => {
                let mut items = vec![Value::empty_str(); n as usize];
                if let (Some(first), false) = (items.first_mut(), matches!(slot, Value::Null)) {
                    *first = Value::str(slot.to_text());
                }
                let mut arr = Value::new_array(Type::Str, items);
                if let Value::Array(a) = &mut arr {
                    Rc::make_mut(a).grows = true;
                }
                *slot = arr;
                Ok(())
            }
            None => Err(format!("no field {array}")),
        }
    });
    (get, set)
}

/// The `Email` type: the global `Email` structure and `m is Email` variables.
pub(crate) fn email_type() -> Rc<StructDef> {
    let mut def = StructDef::new("Email");
    for name in ["Sender", "SenderAddress"] {
        def = def.field_with(field(name, Type::Str));
    }
    for name in ["Recipient", "Cc", "Bcc"] {
        def = def.field_with(FieldDef { grows: true, ..field(name, string_array()) });
    }
    for name in ["ReplyTo", "Subject", "Message", "HTML"] {
        def = def.field_with(field(name, Type::Str));
    }
    // File paths (the Email structure's way) or emailAttach values (content in memory).
    def = def.field_with(FieldDef { grows: true, ..field("Attach", Type::Array(Rc::new(Type::Variant))) });
    def = def.field_with(field("Priority", Type::Int));
    def = def.field_with(field("MessageID", Type::Str));
    def = def.field_with(field("Date", Type::Str));
    // Filled when a message is read: when the receiving server got it (a DateTime).
    def = def.field_with(field("ReceiveDate", Type::DateTime));
    // Filled when a message is read: True past the last message (or before the first).
    def = def.field_with(field("Out", Type::Bool));
    // Filled when a message is read: its unique identifier on the server (IMAP UID, POP3
    // UIDL).
    def = def.field_with(field("ID", Type::Str));
    // The message's source, headers and MIME parts: as received, or as EmailBuildSource
    // wrote it.
    def = def.field_with(field("Source", Type::Str));
    def = def.field_with(field("Sensitivity", Type::Int));
    def = def.field_with(field("DispositionNotification", Type::Bool));
    def = def.field_with(field("ReturnReceipt", Type::Bool));
    // Given by EmailSendMessage and EmailSend, for EmailStatus.
    def = def.field_with(field("MailIdentifier", Type::Int));
    for (prop, array) in [("NbRecipient", "Recipient"), ("NbCc", "Cc"), ("NbBcc", "Bcc"), ("NbAttach", "Attach")] {
        let (get, set) = count_property(array);
        def = def.property(prop, Type::Int, get, Some(set));
    }
    // The French names PC SOFT's own French example writes (help.windev.com/?1000018727,
    // EmailGetAll: `MonEmail.Expediteur, MonEmail.Message, MonEmail.Sujet`); the other French
    // member names were not found on a page read, so none is guessed.
    def = def.alias("Expediteur", "Sender").alias("Sujet", "Subject");
    // Members the Email structure's page (doc.windev.com/?3032029) lists but whose behaviour
    // it does not give in what was found of it: refused by name rather than guessed.
    def = def
        .withhold(
            "Error",
            "PC SOFT's page gives it as \"the error message\" and lists its values in a section \
             (\"The values of the Email.Error variable\") not found for wl: use ErrorInfo() after \
             the email function that failed",
        )
        .withhold(
            "AttachIdentifier",
            "its page does not say how its entries match the attachments of `Attach`; wl does not guess",
        )
        .withhold("Certificate", "wl does not sign messages (S/MIME)");
    Rc::new(def)
}

/// `emailAttach`: an attachment held in memory.
pub(crate) fn attach_type() -> Rc<StructDef> {
    let def = StructDef::new("emailAttach")
        .field_with(field("Name", Type::Str))
        .field_with(field("Content", Type::Str))
        .field_with(field("ContentType", Type::Str));
    Rc::new(def)
}

/// `emailSMTPSession`, `emailPOP3Session`, `emailIMAPSession`: the parameters of a session
/// start, as the kind's table describes them.
pub(crate) fn session_type(kind: &Kind) -> Rc<StructDef> {
    let mut def = StructDef::new(kind.type_name)
        .field_with(field("Name", Type::Str))
        .field_with(FieldDef { secret: true, ..field("Password", Type::Str) })
        .field_with(field("ServerAddress", Type::Str))
        .field_with(FieldDef {
            default: Some(Value::Int(kind.default_port(Security::Plain) as i64)),
            ..field("Port", Type::Int)
        })
        .field_with(FieldDef { default: Some(Value::Int(OPTION_DEFAULT)), ..field("Option", Type::Int) });
    if kind.asynchronous {
        def = def.field_with(field("AsynchronousMode", Type::Bool));
    }
    // `..Timeout` holds what the script gave: a Duration (`10 s`) or a number of seconds, so
    // a Duration is never turned into its milliseconds and read as seconds.
    def = def
        .field_with(field("IgnoreError", Type::Int))
        .field_with(FieldDef { default: Some(Value::Int(0)), ..field("Timeout", Type::Variant) });
    // An OAuth 2 access token the script obtained (AuthIdentify in WinDev): a secret too.
    def = def.field_with(FieldDef { secret: true, ..field("AuthToken", Type::Str) });
    Rc::new(def)
}

/// Registers the types, the global `Email` structure and the constants.
pub(crate) fn register(m: &mut Module) -> Defs {
    let email = email_type();
    let global = m.register_global(
        "Email",
        Type::Struct(email.clone()),
        Value::Struct(Rc::new(StructValue::new(email.clone()))),
    );
    let defs = Defs {
        email: m.register_type(email),
        smtp: m.register_type(session_type(&SMTP)),
        pop3: m.register_type(session_type(&POP3)),
        imap: m.register_type(session_type(&IMAP)),
        attach: m.register_type(attach_type()),
        global,
    };
    for (french, english) in [
        ("emailSessionSMTP", "emailSMTPSession"),
        ("emailSessionPOP3", "emailPOP3Session"),
        ("emailSessionIMAP", "emailIMAPSession"),
        ("emailAttache", "emailAttach"),
        // PC SOFT's English EmailGetAll example declares `array of Emails` (its French page:
        // `tableau de Email`): the same type.
        ("Emails", "Email"),
    ] {
        m.register_type_alias(french, english);
    }
    for (name, value) in [
        ("emailOptionDefault", Value::Int(OPTION_DEFAULT)),
        ("optionTLS", Value::Int(OPTION_TLS)),
        ("optionSSL", Value::Int(OPTION_TLS)),
        ("emailProtocolSMTPS", Value::Int(OPTION_STARTTLS)),
        ("emailOptionSecuredTLS", Value::Int(OPTION_STARTTLS)),
        ("emailSynchronous", Value::Bool(false)),
        ("emailAsynchronous", Value::Bool(true)),
        ("emailIgnoreInvalidCertificate", Value::Int(tls::IGNORE_INVALID_CERTIFICATE)),
        ("emailIgnoreWrongHostName", Value::Int(tls::IGNORE_WRONG_HOST_NAME)),
        ("emailIgnoreExpiredCertificate", Value::Int(tls::IGNORE_EXPIRED_CERTIFICATE)),
        ("emailIgnoreAllCertificateErrors", Value::Int(tls::IGNORE_ALL)),
        ("emailParameterMode", Value::Int(PARAMETER_MODE)),
        ("emailHighPriority", Value::Int(message::PRIORITY_HIGH)),
        ("emailNormalPriority", Value::Int(message::PRIORITY_NORMAL)),
        ("emailLowPriority", Value::Int(message::PRIORITY_LOW)),
        ("emailOptionEncodeHeader", Value::Int(message::OPTION_ENCODE_HEADER)),
        ("emailOptionHeaderBcc", Value::Int(message::OPTION_HEADER_BCC)),
        ("emailNoSensitivity", Value::Int(message::SENSITIVITY_NONE)),
        ("emailPersonal", Value::Int(message::SENSITIVITY_PERSONAL)),
        ("emailPrivate", Value::Int(message::SENSITIVITY_PRIVATE)),
        ("emailCompanyConfidential", Value::Int(message::SENSITIVITY_COMPANY_CONFIDENTIAL)),
        ("emailSent", Value::Int(super::sending::STATUS_SENT)),
        ("emailPending", Value::Int(super::sending::STATUS_PENDING)),
        ("emailError", Value::Int(super::sending::STATUS_ERROR)),
        ("emailAddressValid", Value::Int(super::messages::ADDRESS_VALID)),
        ("emailAddressIncorrectSyntax", Value::Int(super::messages::ADDRESS_INCORRECT_SYNTAX)),
        ("emailAddressRefused", Value::Int(super::messages::ADDRESS_REFUSED)),
        ("emailAddressError", Value::Int(super::messages::ADDRESS_ERROR)),
        // wl's own finer priorities (X-Priority 1 to 5), kept for scripts written for wl.
        ("emailPriorityHighest", Value::Int(message::PRIORITY_HIGHEST)),
        ("emailPriorityHigh", Value::Int(message::PRIORITY_HIGH)),
        ("emailPriorityNormal", Value::Int(message::PRIORITY_NORMAL)),
        ("emailPriorityLow", Value::Int(message::PRIORITY_LOW)),
        ("emailPriorityLowest", Value::Int(message::PRIORITY_LOWEST)),
        // French names
        ("emailOptionDéfaut", Value::Int(OPTION_DEFAULT)),
        ("emailSynchrone", Value::Bool(false)),
        ("emailAsynchrone", Value::Bool(true)),
        ("emailPrioritéTrèsHaute", Value::Int(message::PRIORITY_HIGHEST)),
        ("emailPrioritéHaute", Value::Int(message::PRIORITY_HIGH)),
        ("emailPrioritéNormale", Value::Int(message::PRIORITY_NORMAL)),
        ("emailPrioritéBasse", Value::Int(message::PRIORITY_LOW)),
        ("emailPrioritéTrèsBasse", Value::Int(message::PRIORITY_LOWEST)),
    ] {
        m.register_constant(name, value);
    }
    defs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_truncate_and_pad() {
        let def = email_type();
        let mut v = StructValue::new(def.clone());
        let nb = def.property_index("NbRecipient").unwrap();
        let set = def.properties[nb].set.clone().unwrap();
        let get = def.properties[nb].get.clone();
        set(&mut v, Value::Int(3)).unwrap();
        assert_eq!(get(&v).to_int(), 3);
        assert_eq!(v.get("Recipient").unwrap().to_text(), "[, , ]");
        set(&mut v, Value::Int(1)).unwrap();
        assert_eq!(get(&v).to_int(), 1);
        assert!(set(&mut v, Value::Int(-1)).is_err());
    }
}
