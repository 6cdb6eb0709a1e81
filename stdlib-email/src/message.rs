//! From an `Email` structure to the bytes sent after DATA and the envelope, with lettre's
//! builder: text, HTML (multipart/alternative), attachments (multipart/mixed), Cc, Bcc
//! (envelope only), Reply-To, priority, RFC 2047 for non-ASCII subjects and names.

use lettre::address::{Address, Envelope};
use lettre::message::header::{ContentType, HeaderName, HeaderValue};
use lettre::message::{Attachment, Mailbox, MultiPart, SinglePart};
use lettre::Message;
use std::path::Path;
use std::rc::Rc;
use std::str::FromStr;
use wl_interpreter::value::StructValue;
use wl_interpreter::{StructDef, Value};

/// `Email.Priority` values, as the `X-Priority` header numbers them.
pub const PRIORITY_HIGHEST: i64 = 1;
pub const PRIORITY_HIGH: i64 = 2;
pub const PRIORITY_NORMAL: i64 = 3;
pub const PRIORITY_LOW: i64 = 4;
pub const PRIORITY_LOWEST: i64 = 5;

/// `emailOptionEncodeHeader`: wl always encodes non-ASCII header values (RFC 2047), so
/// asking for it changes nothing.
pub const OPTION_ENCODE_HEADER: i64 = 1;
/// `emailOptionHeaderBcc`: the Bcc recipients are also written in a Bcc header.
pub const OPTION_HEADER_BCC: i64 = 2;

/// `Email.Sensitivity` values, and the `Sensitivity` header (RFC 2156) each one writes.
pub const SENSITIVITY_NONE: i64 = 0;
pub const SENSITIVITY_PERSONAL: i64 = 1;
pub const SENSITIVITY_PRIVATE: i64 = 2;
pub const SENSITIVITY_COMPANY_CONFIDENTIAL: i64 = 3;

/// The advanced options of EmailSendMessage and EmailBuildSource, checked: a bit wl does
/// not know is an error, never ignored.
pub fn check_options(options: i64) -> Result<bool, String> {
    let known = OPTION_ENCODE_HEADER | OPTION_HEADER_BCC;
    if options & !known != 0 {
        return Err(format!(
            "unknown email option {options} (use emailOptionEncodeHeader, emailOptionHeaderBcc or their sum)"
        ));
    }
    Ok(options & OPTION_HEADER_BCC != 0)
}

/// A message ready to go: its bytes, and its envelope.
#[derive(Clone, Debug)]
pub struct Outgoing {
    pub bytes: Vec<u8>,
    pub from: Option<Address>,
    pub to: Vec<Address>,
    pub subject: String,
}

impl Outgoing {
    /// How failures of an asynchronous session name the message.
    pub fn describe(&self) -> String {
        let to: Vec<String> = self.to.iter().map(|a| a.to_string()).collect();
        format!("\"{}\" to {}", self.subject, to.join(", "))
    }
}

fn text(s: &StructValue, name: &str) -> String {
    s.get(name).map(|v| v.to_text()).unwrap_or_default()
}

/// The non-empty entries of an array field, with their 1-based index.
fn list(s: &StructValue, name: &str) -> Vec<(usize, String)> {
    match s.get(name) {
        Some(Value::Array(a)) => a
            .items
            .iter()
            .enumerate()
            .map(|(i, v)| (i + 1, v.to_text()))
            .filter(|(_, v)| !v.trim().is_empty())
            .collect(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => {
            let t = other.to_text();
            if t.trim().is_empty() {
                Vec::new()
            } else {
                vec![(1, t)]
            }
        }
    }
}

fn invalid(detail: impl std::fmt::Display) -> String {
    format!("invalid message: {detail}")
}

/// A header value must stay on one line: a CR or LF would start a new header.
fn one_line(field: &str, value: &str) -> Result<(), String> {
    if value.contains(['\r', '\n']) {
        return Err(invalid(format!("{field} contains a line break (CR or LF); a header value must stay on one line")));
    }
    if value.contains('\0') {
        return Err(invalid(format!("{field} contains a NUL character")));
    }
    Ok(())
}

fn mailbox(field: &str, value: &str) -> Result<Mailbox, String> {
    Mailbox::from_str(value).map_err(|_| invalid(format!("{field} \"{value}\" is not a valid email address")))
}

/// `Sender` and `SenderAddress` give the From header and the envelope sender:
/// `Sender` may be "Name <address>", an address, or a display name used with
/// `SenderAddress`; `SenderAddress` (when set) is the envelope sender.
fn sender(s: &StructValue) -> Result<(Mailbox, Address), String> {
    let name = text(s, "Sender");
    let address = text(s, "SenderAddress");
    one_line("Sender", &name)?;
    one_line("SenderAddress", &address)?;
    let (name, address) = (name.trim().to_string(), address.trim().to_string());
    let envelope_address = if address.is_empty() { None } else { Some(mailbox("SenderAddress", &address)?.email) };
    let from = if name.is_empty() {
        match &envelope_address {
            Some(a) => Mailbox::new(None, a.clone()),
            None => return Err(invalid("no sender: set Sender or SenderAddress")),
        }
    } else if let Ok(m) = Mailbox::from_str(&name) {
        m
    } else {
        match &envelope_address {
            // "Jean Dupont" with SenderAddress = "jean@example.com"
            Some(a) => Mailbox::new(Some(name.clone()), a.clone()),
            None => return Err(invalid(format!("Sender \"{name}\" is not a valid email address"))),
        }
    };
    let envelope = envelope_address.unwrap_or_else(|| from.email.clone());
    Ok((from, envelope))
}

/// Local date and time from WLanguage's `YYYYMMDD[HHMMSS[CC]]`, or an RFC 2822 date.
fn parse_date(value: &str) -> Result<std::time::SystemTime, String> {
    use chrono::{Local, NaiveDate, NaiveDateTime, NaiveTime, TimeZone};
    let v = value.trim();
    let bad = || invalid(format!("Date \"{v}\" is not a date (write it as YYYYMMDDHHMMSS)"));
    if v.len() >= 8 && v.bytes().all(|b| b.is_ascii_digit()) {
        let num = |a: usize, b: usize| v.get(a..b).and_then(|x| x.parse::<u32>().ok());
        let date = NaiveDate::from_ymd_opt(
            num(0, 4).ok_or_else(bad)? as i32,
            num(4, 6).ok_or_else(bad)?,
            num(6, 8).ok_or_else(bad)?,
        )
        .ok_or_else(bad)?;
        let time = if v.len() >= 14 {
            NaiveTime::from_hms_opt(
                num(8, 10).ok_or_else(bad)?,
                num(10, 12).ok_or_else(bad)?,
                num(12, 14).ok_or_else(bad)?,
            )
            .ok_or_else(bad)?
        } else if v.len() == 8 {
            NaiveTime::MIN
        } else {
            return Err(bad());
        };
        let local = Local.from_local_datetime(&NaiveDateTime::new(date, time)).earliest().ok_or_else(bad)?;
        return Ok(local.into());
    }
    chrono::DateTime::parse_from_rfc2822(v).map(|d| d.into()).map_err(|_| bad())
}

/// The content type for a file name: guessed from its extension, else octet-stream.
fn content_type_for(name: &str, given: &str) -> Result<ContentType, String> {
    if !given.trim().is_empty() {
        return ContentType::parse(given.trim())
            .map_err(|_| invalid(format!("\"{given}\" is not a valid content type")));
    }
    let mime = mime_guess::from_path(name).first_or_octet_stream();
    Ok(ContentType::parse(mime.essence_str())
        .unwrap_or_else(|_| ContentType::parse("application/octet-stream").expect("a valid content type")))
}

/// `Attach`: file paths (read now), or emailAttach values (Name, Content, ContentType)
/// holding the content in memory.
fn attachments(s: &StructValue, attach_def: &Rc<StructDef>) -> Result<Vec<SinglePart>, String> {
    let items = match s.get("Attach") {
        Some(Value::Array(a)) => a.items.clone(),
        Some(Value::Null) | None => Vec::new(),
        Some(other) => vec![other.clone()],
    };
    let mut parts = Vec::new();
    for (i, item) in items.iter().enumerate() {
        let label = format!("Attach[{}]", i + 1);
        match item {
            Value::Struct(a) if Rc::ptr_eq(&a.def, attach_def) => {
                let get = |n: &str| a.get(n).map(|v| v.to_text()).unwrap_or_default();
                let name = get("Name");
                one_line(&format!("{label}.Name"), &name)?;
                one_line(&format!("{label}.ContentType"), &get("ContentType"))?;
                if name.trim().is_empty() {
                    return Err(invalid(format!("{label}.Name is empty: an attachment needs a file name")));
                }
                let content_type = content_type_for(&name, &get("ContentType"))?;
                // A Buffer (fLoadBuffer) keeps its bytes; a text is sent as UTF-8.
                let content = match a.get("Content") {
                    Some(content @ Value::Str(_)) => content.to_bytes(),
                    Some(Value::Null) | None => Vec::new(),
                    Some(other) => {
                        return Err(invalid(format!(
                            "{label}.Content is a {}: an attachment's content is a Buffer or a string",
                            other.type_name()
                        )))
                    }
                };
                parts.push(Attachment::new(name.trim().to_string()).body(content, content_type));
            }
            Value::Struct(other) => {
                return Err(invalid(format!("{label} is a {}, not a file path or an emailAttach", other.def.name)))
            }
            other => {
                let path = other.to_text();
                if path.trim().is_empty() {
                    continue;
                }
                one_line(&label, &path)?;
                let path = path.trim().to_string();
                let content =
                    std::fs::read(&path).map_err(|e| invalid(format!("cannot read the attachment \"{path}\": {e}")))?;
                let file_name =
                    Path::new(&path).file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or(path.clone());
                let content_type = content_type_for(&path, "")?;
                parts.push(Attachment::new(file_name).body(content, content_type));
            }
        }
    }
    Ok(parts)
}

/// Builds the message in `s` (an `Email` structure), with the advanced options of
/// EmailSendMessage / EmailBuildSource (see `check_options`); `attach_def` is the
/// emailAttach type.
pub fn build(s: &StructValue, options: i64, attach_def: &Rc<StructDef>) -> Result<Outgoing, String> {
    let header_bcc = check_options(options).map_err(invalid)?;
    let (from, envelope_from) = sender(s)?;
    let mut builder = Message::builder().from(from.clone());
    if header_bcc {
        builder = builder.keep_bcc();
    }

    let mut envelope_to: Vec<Address> = Vec::new();
    let mut add_to = |a: &Address| {
        if !envelope_to.iter().any(|x| x == a) {
            envelope_to.push(a.clone());
        }
    };
    for field in ["Recipient", "Cc", "Bcc"] {
        for (i, value) in list(s, field) {
            let label = format!("{field}[{i}]");
            one_line(&label, &value)?;
            let m = mailbox(&label, value.trim())?;
            add_to(&m.email);
            builder = match field {
                "Recipient" => builder.to(m),
                "Cc" => builder.cc(m),
                _ => builder.bcc(m),
            };
        }
    }
    if envelope_to.is_empty() {
        return Err(invalid("no recipient: set Recipient, Cc or Bcc"));
    }

    let reply_to = text(s, "ReplyTo");
    one_line("ReplyTo", &reply_to)?;
    if !reply_to.is_empty() {
        for part in reply_to.split([',', ';']).map(str::trim).filter(|p| !p.is_empty()) {
            builder = builder.reply_to(mailbox("ReplyTo", part)?);
        }
    }

    let subject = text(s, "Subject");
    one_line("Subject", &subject)?;
    if !subject.is_empty() {
        builder = builder.subject(subject.clone());
    }

    let date = text(s, "Date");
    one_line("Date", &date)?;
    builder = if date.trim().is_empty() { builder.date_now() } else { builder.date(parse_date(&date)?) };

    let id = text(s, "MessageID");
    one_line("MessageID", &id)?;
    let id = id.trim().to_string();
    builder = if id.is_empty() {
        builder.message_id(None)
    } else if id.starts_with('<') {
        builder.message_id(Some(id))
    } else {
        builder.message_id(Some(format!("<{id}>")))
    };

    let priority = s.get("Priority").map(|v| v.to_int()).unwrap_or(0);
    let (x_priority, importance) = match priority {
        PRIORITY_HIGHEST => ("1 (Highest)", "high"),
        PRIORITY_HIGH => ("2 (High)", "high"),
        PRIORITY_LOW => ("4 (Low)", "low"),
        PRIORITY_LOWEST => ("5 (Lowest)", "low"),
        _ => ("", ""),
    };
    if !x_priority.is_empty() {
        let name = |n: &str| HeaderName::new_from_ascii(n.to_string()).expect("a valid header name");
        builder = builder
            .raw_header(HeaderValue::new(name("X-Priority"), x_priority.to_string()))
            .raw_header(HeaderValue::new(name("Importance"), importance.to_string()));
    }

    let raw = |name: &str, value: String| {
        HeaderValue::new(HeaderName::new_from_ascii(name.to_string()).expect("a valid header name"), value)
    };
    let sensitivity = match s.get("Sensitivity").map(|v| v.to_int()).unwrap_or(SENSITIVITY_NONE) {
        SENSITIVITY_NONE => None,
        SENSITIVITY_PERSONAL => Some("Personal"),
        SENSITIVITY_PRIVATE => Some("Private"),
        SENSITIVITY_COMPANY_CONFIDENTIAL => Some("Company-Confidential"),
        other => return Err(invalid(format!("Sensitivity {other} is not one of emailNoSensitivity, emailPersonal, emailPrivate, emailCompanyConfidential"))),
    };
    if let Some(value) = sensitivity {
        builder = builder.raw_header(raw("Sensitivity", value.to_string()));
    }
    // Receipts go back to the sender's address.
    let receipt_to = format!("<{}>", from.email);
    if s.get("DispositionNotification").is_some_and(|v| v.to_bool()) {
        builder = builder.raw_header(raw("Disposition-Notification-To", receipt_to.clone()));
    }
    if s.get("ReturnReceipt").is_some_and(|v| v.to_bool()) {
        builder = builder.raw_header(raw("Return-Receipt-To", receipt_to));
    }

    let body_text = text(s, "Message");
    let body_html = text(s, "HTML");
    let attachments = attachments(s, attach_def)?;

    let envelope = Envelope::new(Some(envelope_from.clone()), envelope_to.clone()).map_err(invalid)?;
    builder = builder.envelope(envelope);

    let message = if attachments.is_empty() {
        // A single part ends with a line break that lettre adds: one the text already has
        // would become an extra empty line.
        let trim = |t: String| t.strip_suffix("\r\n").or_else(|| t.strip_suffix('\n')).map(str::to_string).unwrap_or(t);
        match (body_text.is_empty(), body_html.is_empty()) {
            (false, false) => builder.multipart(MultiPart::alternative_plain_html(body_text, body_html)),
            (true, false) => builder.singlepart(SinglePart::html(trim(body_html))),
            _ => builder.singlepart(SinglePart::plain(trim(body_text))),
        }
    } else {
        let mut mixed = MultiPart::mixed().build();
        mixed = match (body_text.is_empty(), body_html.is_empty()) {
            (false, false) => mixed.multipart(MultiPart::alternative_plain_html(body_text, body_html)),
            (true, false) => mixed.singlepart(SinglePart::html(body_html)),
            (false, true) => mixed.singlepart(SinglePart::plain(body_text)),
            (true, true) => mixed,
        };
        for a in attachments {
            mixed = mixed.singlepart(a);
        }
        builder.multipart(mixed)
    }
    .map_err(invalid)?;

    Ok(Outgoing { bytes: message.formatted(), from: Some(envelope_from), to: envelope_to, subject })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn email(fields: &[(&str, &str)], lists: &[(&str, &[&str])]) -> StructValue {
        let mut v = StructValue::new(crate::script::email_type());
        for (k, val) in fields {
            *v.get_mut(k).unwrap() = Value::str(*val);
        }
        for (k, items) in lists {
            let items = items.iter().map(|i| Value::str(*i)).collect();
            *v.get_mut(k).unwrap() = Value::new_array(wl_interpreter::Type::Str, items);
        }
        v
    }

    fn headers(out: &Outgoing) -> String {
        let text = String::from_utf8(out.bytes.clone()).unwrap();
        text.split("\r\n\r\n").next().unwrap().to_string()
    }

    #[test]
    fn bcc_is_in_the_envelope_only() {
        let v = email(
            &[("Sender", "Ann <ann@example.com>"), ("Subject", "Hi")],
            &[
                ("Recipient", &["bob@example.org"]),
                ("Cc", &["cat@example.org"]),
                ("Bcc", &["dan@example.org", "bob@example.org"]),
            ],
        );
        let out = build(&v, 0, &crate::script::attach_type()).unwrap();
        let to: Vec<String> = out.to.iter().map(|a| a.to_string()).collect();
        assert_eq!(to, vec!["bob@example.org", "cat@example.org", "dan@example.org"]);
        assert_eq!(out.from.as_ref().unwrap().to_string(), "ann@example.com");
        let h = headers(&out);
        assert!(h.contains("To: bob@example.org\r\nCc: cat@example.org\r\n"), "{h}");
        assert!(!h.contains("dan@") && !h.to_lowercase().contains("bcc"), "{h}");
    }

    #[test]
    fn sender_name_with_sender_address() {
        let v = email(
            &[("Sender", "Jean Dupont"), ("SenderAddress", "jean@example.com")],
            &[("Recipient", &["x@example.org"])],
        );
        let out = build(&v, 0, &crate::script::attach_type()).unwrap();
        assert!(headers(&out).starts_with("From: \"Jean Dupont\" <jean@example.com>\r\n"), "{}", headers(&out));
        assert_eq!(out.from.as_ref().unwrap().to_string(), "jean@example.com");
        let v = email(&[("Sender", "Jean Dupont")], &[("Recipient", &["x@example.org"])]);
        assert_eq!(
            build(&v, 0, &crate::script::attach_type()).unwrap_err(),
            "invalid message: Sender \"Jean Dupont\" is not a valid email address"
        );
        let v = email(&[], &[("Recipient", &["x@example.org"])]);
        assert_eq!(
            build(&v, 0, &crate::script::attach_type()).unwrap_err(),
            "invalid message: no sender: set Sender or SenderAddress"
        );
        let v = email(&[("SenderAddress", "a@example.com")], &[("Recipient", &["", " "])]);
        assert_eq!(
            build(&v, 0, &crate::script::attach_type()).unwrap_err(),
            "invalid message: no recipient: set Recipient, Cc or Bcc"
        );
    }

    #[test]
    fn no_header_injection() {
        for (field, value) in
            [("Subject", "a\r\nBcc: x@y.z"), ("Subject", "a\nb"), ("ReplyTo", "a@b.c\r"), ("MessageID", "x\n")]
        {
            let v = email(&[("SenderAddress", "a@example.com"), (field, value)], &[("Recipient", &["x@example.org"])]);
            assert_eq!(
                build(&v, 0, &crate::script::attach_type()).unwrap_err(),
                format!(
                    "invalid message: {field} contains a line break (CR or LF); a header value must stay on one line"
                )
            );
        }
        let v =
            email(&[("SenderAddress", "a@example.com")], &[("Cc", &["x@example.org", "y@example.org\nBcc: z@z.z"])]);
        assert_eq!(
            build(&v, 0, &crate::script::attach_type()).unwrap_err(),
            "invalid message: Cc[2] contains a line break (CR or LF); a header value must stay on one line"
        );
    }

    #[test]
    fn date_message_id_and_priority() {
        let v = email(
            &[("SenderAddress", "a@example.com"), ("Date", "20240131235959"), ("MessageID", "abc@example.com")],
            &[("Recipient", &["x@example.org"])],
        );
        let mut v = v;
        *v.get_mut("Priority").unwrap() = Value::Int(PRIORITY_LOWEST);
        let h = headers(&build(&v, 0, &crate::script::attach_type()).unwrap());
        assert!(h.contains("Message-ID: <abc@example.com>\r\n"), "{h}");
        // 2024-01-31 23:59:59 local time: 31 Jan or 1 Feb in UTC, whatever the time zone.
        assert!(h.contains("Date: ") && (h.contains(" Jan 2024 ") || h.contains(" Feb 2024 ")), "{h}");
        assert!(h.contains("X-Priority: 5 (Lowest)\r\nImportance: low\r\n"), "{h}");
        *v.get_mut("Date").unwrap() = Value::str("yesterday");
        assert_eq!(
            build(&v, 0, &crate::script::attach_type()).unwrap_err(),
            "invalid message: Date \"yesterday\" is not a date (write it as YYYYMMDDHHMMSS)"
        );
    }
}
