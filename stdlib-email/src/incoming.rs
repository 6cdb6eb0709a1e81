//! A received message turned into the members of an `Email` structure by mail-parser
//! (RFC 2047 words, quoted-printable and base64, charsets, multipart/alternative and mixed,
//! attachments).

use mail_parser::{Addr, Address, MessageParser, MimeHeaders, PartType};
use std::rc::Rc;
use wl_interpreter::calendar::NaiveDateTime;
use wl_interpreter::value::StructValue;
use wl_interpreter::{StructDef, Type, Value};

/// A received message, as the members of an `Email` structure.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Incoming {
    pub sender: String,
    pub sender_address: String,
    pub recipients: Vec<String>,
    pub cc: Vec<String>,
    pub bcc: Vec<String>,
    pub reply_to: String,
    pub subject: String,
    pub text: String,
    pub html: String,
    /// File name and content of each attachment.
    pub attachments: Vec<(String, Vec<u8>)>,
    /// The content type of each attachment (`image/png`), in the same order.
    pub attachment_types: Vec<String>,
    pub priority: i64,
    pub message_id: String,
    /// `YYYYMMDDHHMMSS`, local time.
    pub date: String,
    pub source: String,
    /// `Sensitivity` header, as the `Email.Sensitivity` constants number it.
    pub sensitivity: i64,
    /// A read receipt (`Disposition-Notification-To`) was asked.
    pub disposition_notification: bool,
    /// A delivery receipt (`Return-Receipt-To`) was asked.
    pub return_receipt: bool,
    /// When the receiving server got it (the topmost `Received` header), local time.
    pub received: Option<NaiveDateTime>,
}

/// `Name <address>` (the name quoted when it needs to be), or the bare address: the form
/// EmailSendMessage accepts back.
fn mailbox(a: &Addr) -> String {
    let address = a.address.as_deref().unwrap_or("").trim().to_string();
    let name = a.name.as_deref().map(str::trim).unwrap_or("");
    if name.is_empty() || name == address {
        return address;
    }
    let special = name.chars().any(|c| "()<>[]:;@\\,\".".contains(c));
    if special {
        let escaped = name.replace('\\', "\\\\").replace('"', "\\\"");
        format!("\"{escaped}\" <{address}>")
    } else {
        format!("{name} <{address}>")
    }
}

fn addresses(a: Option<&Address>) -> Vec<String> {
    a.map(|a| a.iter().map(mailbox).filter(|s| !s.is_empty()).collect()).unwrap_or_default()
}

/// A file name that is safe to join to a folder: no folder part, no control character,
/// never empty, `.` or `..`.
pub fn safe_file_name(name: &str, fallback: &str) -> String {
    let last = name.rsplit(['/', '\\']).next().unwrap_or("");
    let clean: String = last.chars().filter(|c| !c.is_control()).collect();
    let clean = clean.trim().trim_start_matches('.').to_string();
    if clean.is_empty() {
        fallback.to_string()
    } else {
        clean
    }
}

/// `name (2).ext` when `name.ext` is already taken.
fn unique(name: String, taken: &[(String, Vec<u8>)]) -> String {
    if !taken.iter().any(|(n, _)| n.eq_ignore_ascii_case(&name)) {
        return name;
    }
    let (stem, ext) = match name.rfind('.') {
        Some(dot) if dot > 0 => (&name[..dot], &name[dot..]),
        _ => (name.as_str(), ""),
    };
    (2..)
        .map(|i| format!("{stem} ({i}){ext}"))
        .find(|candidate| !taken.iter().any(|(n, _)| n.eq_ignore_ascii_case(candidate)))
        .unwrap_or(name)
}

/// The content of a part with only its transfer encoding undone (no charset conversion):
/// the bytes of the file that was attached.
fn part_bytes(raw: &[u8], part: &mail_parser::MessagePart) -> Vec<u8> {
    match &part.body {
        PartType::Text(_) | PartType::Html(_) => {
            let start = part.raw_body_offset() as usize;
            let end = (part.raw_end_offset() as usize).min(raw.len());
            let body = raw.get(start..end).unwrap_or_default();
            let encoding = part.content_transfer_encoding().unwrap_or("").to_ascii_lowercase();
            let decoded = match encoding.as_str() {
                "base64" => mail_parser::decoders::base64::base64_decode(body),
                "quoted-printable" => mail_parser::decoders::quoted_printable::quoted_printable_decode(body),
                _ => None,
            };
            match decoded {
                Some(d) => d,
                // 7bit, 8bit, binary: the body as it is, less the line break that belongs
                // to the boundary after it.
                None if part.raw_end_offset() as usize >= raw.len() => body.to_vec(),
                None => body.strip_suffix(b"\r\n").or_else(|| body.strip_suffix(b"\n")).unwrap_or(body).to_vec(),
            }
        }
        _ => part.contents().to_vec(),
    }
}

fn extension_for(part: &mail_parser::MessagePart) -> String {
    if part.is_message() {
        return ".eml".to_string();
    }
    let Some(ct) = part.content_type() else { return String::new() };
    let essence = format!("{}/{}", ct.c_type, ct.c_subtype.as_deref().unwrap_or("")).to_ascii_lowercase();
    mime_guess::get_mime_extensions_str(&essence)
        .and_then(|exts| exts.first())
        .map(|e| format!(".{e}"))
        .unwrap_or_default()
}

fn local_date(d: &mail_parser::DateTime) -> String {
    use chrono::TimeZone;
    match chrono::Local.timestamp_opt(d.to_timestamp(), 0) {
        chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => t.format("%Y%m%d%H%M%S").to_string(),
        chrono::LocalResult::None => String::new(),
    }
}

/// The date of the topmost `Received` header (the last server the message went through,
/// usually the one it is read from), in local time.
fn received(message: &mail_parser::Message) -> Option<NaiveDateTime> {
    use chrono::TimeZone;
    let when = message.received_all().next()?.date()?;
    match chrono::Local.timestamp_opt(when.to_timestamp(), 0) {
        chrono::LocalResult::Single(t) | chrono::LocalResult::Ambiguous(t, _) => Some(t.naive_local()),
        chrono::LocalResult::None => None,
    }
}

fn priority(message: &mail_parser::Message) -> i64 {
    let header = |name: &str| message.header_raw(name).map(|v| v.trim().to_ascii_lowercase());
    if let Some(p) = header("X-Priority").and_then(|v| v.chars().next()).and_then(|c| c.to_digit(10)) {
        if (1..=5).contains(&p) {
            return p as i64;
        }
    }
    match header("Importance").or_else(|| header("Priority")).as_deref() {
        Some("high") | Some("urgent") => crate::message::PRIORITY_HIGH,
        Some("low") | Some("non-urgent") => crate::message::PRIORITY_LOW,
        _ => crate::message::PRIORITY_NORMAL,
    }
}

fn sensitivity(message: &mail_parser::Message) -> i64 {
    use crate::message::{
        SENSITIVITY_COMPANY_CONFIDENTIAL, SENSITIVITY_NONE, SENSITIVITY_PERSONAL, SENSITIVITY_PRIVATE,
    };
    match message.header_raw("Sensitivity").map(|v| v.trim().to_ascii_lowercase()).as_deref() {
        Some("personal") => SENSITIVITY_PERSONAL,
        Some("private") => SENSITIVITY_PRIVATE,
        Some("company-confidential") => SENSITIVITY_COMPANY_CONFIDENTIAL,
        _ => SENSITIVITY_NONE,
    }
}

/// Reads a message as the `Email` structure shows it.
pub fn parse(raw: &[u8]) -> Incoming {
    let source = String::from_utf8_lossy(raw).into_owned();
    let Some(message) = MessageParser::default().parse(raw) else {
        return Incoming { source, priority: crate::message::PRIORITY_NORMAL, ..Incoming::default() };
    };
    let from = message.from().and_then(|a| a.first());
    let mut incoming = Incoming {
        sender: from.map(mailbox).unwrap_or_default(),
        sender_address: from.and_then(|a| a.address.as_deref()).unwrap_or("").trim().to_string(),
        recipients: addresses(message.to()),
        cc: addresses(message.cc()),
        bcc: addresses(message.bcc()),
        reply_to: addresses(message.reply_to()).join(", "),
        subject: message.subject().unwrap_or("").to_string(),
        priority: priority(&message),
        message_id: message.message_id().unwrap_or("").to_string(),
        date: message.date().map(local_date).unwrap_or_default(),
        source,
        sensitivity: sensitivity(&message),
        disposition_notification: message.header_raw("Disposition-Notification-To").is_some(),
        return_receipt: message.header_raw("Return-Receipt-To").is_some(),
        received: received(&message),
        ..Incoming::default()
    };
    // Text and HTML bodies: only parts that are really text/plain and text/html (mail-parser
    // also offers each converted into the other).
    let mut texts = Vec::new();
    for id in &message.text_body {
        if let Some(PartType::Text(t)) = message.part(*id).map(|p| &p.body) {
            texts.push(t.as_ref());
        }
    }
    incoming.text = texts.join("\r\n");
    let mut htmls = Vec::new();
    for id in &message.html_body {
        if let Some(PartType::Html(h)) = message.part(*id).map(|p| &p.body) {
            htmls.push(h.as_ref());
        }
    }
    incoming.html = htmls.join("\r\n");
    for part in message.attachments() {
        let n = incoming.attachments.len() + 1;
        let fallback = match part.message().and_then(|m| m.subject()) {
            Some(subject) => format!("{}.eml", safe_file_name(subject, "message")),
            None => format!("attachment{n}{}", extension_for(part)),
        };
        let name = safe_file_name(part.attachment_name().unwrap_or(""), &fallback);
        let name = unique(name, &incoming.attachments);
        let bytes = part_bytes(message.raw_message(), part);
        incoming.attachments.push((name, bytes));
        let essence = part.content_type().map(|ct| match ct.c_subtype.as_deref() {
            Some(sub) => format!("{}/{sub}", ct.c_type),
            None => ct.c_type.to_string(),
        });
        incoming
            .attachment_types
            .push(essence.unwrap_or_else(|| "application/octet-stream".to_string()).to_ascii_lowercase());
    }
    incoming
}

fn string_list(items: &[String]) -> Value {
    let mut v = Value::new_array(Type::Str, items.iter().map(|s| Value::str(s.as_str())).collect());
    if let Value::Array(a) = &mut v {
        Rc::make_mut(a).grows = true;
    }
    v
}

/// What `Attach` holds in a message read: the file names (the `Email` structure, as PC
/// SOFT documents it: an array of strings), or `emailAttach` values with the content (an
/// `Email` variable).
#[derive(Clone, Copy)]
pub enum AttachForm<'a> {
    Names,
    Values(&'a Rc<StructDef>),
}

fn attach_values(def: &Rc<StructDef>, m: &Incoming) -> Value {
    let items = m
        .attachments
        .iter()
        .zip(&m.attachment_types)
        .map(|((name, bytes), content_type)| {
            let mut a = StructValue::new(def.clone());
            for (field, value) in [
                ("Name", Value::str(name.as_str())),
                ("Content", Value::buffer(bytes)),
                ("ContentType", Value::str(content_type.as_str())),
            ] {
                if let Some(slot) = a.get_mut(field) {
                    *slot = value;
                }
            }
            Value::Struct(Rc::new(a))
        })
        .collect();
    let mut v = Value::new_array(Type::Variant, items);
    if let Value::Array(a) = &mut v {
        Rc::make_mut(a).grows = true;
    }
    v
}

/// An `Email` structure holding the message; `None` gives the empty structure with `Out`.
pub fn to_email(def: &Rc<StructDef>, incoming: Option<&Incoming>, attach: AttachForm) -> Value {
    let mut s = StructValue::new(def.clone());
    let mut set = |name: &str, value: Value| {
        if let Some(slot) = s.get_mut(name) {
            *slot = value;
        }
    };
    match incoming {
        None => set("Out", Value::Bool(true)),
        Some(m) => {
            set("Sender", Value::str(m.sender.as_str()));
            set("SenderAddress", Value::str(m.sender_address.as_str()));
            set("Recipient", string_list(&m.recipients));
            set("Cc", string_list(&m.cc));
            set("Bcc", string_list(&m.bcc));
            set("ReplyTo", Value::str(m.reply_to.as_str()));
            set("Subject", Value::str(m.subject.as_str()));
            set("Message", Value::str(m.text.as_str()));
            set("HTML", Value::str(m.html.as_str()));
            match attach {
                AttachForm::Names => {
                    let names: Vec<String> = m.attachments.iter().map(|(n, _)| n.clone()).collect();
                    set("Attach", string_list(&names));
                }
                AttachForm::Values(attach_def) => set("Attach", attach_values(attach_def, m)),
            }
            set("Priority", Value::Int(m.priority));
            set("MessageID", Value::str(m.message_id.as_str()));
            set("Date", Value::str(m.date.as_str()));
            set("Source", Value::str(m.source.as_str()));
            set("Sensitivity", Value::Int(m.sensitivity));
            set("DispositionNotification", Value::Bool(m.disposition_notification));
            set("ReturnReceipt", Value::Bool(m.return_receipt));
            if let Some(when) = m.received {
                set("ReceiveDate", Value::DateTime(when));
            }
            set("Out", Value::Bool(false));
        }
    }
    Value::Struct(Rc::new(s))
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIXED: &str = "From: =?utf-8?q?Zo=C3=AB_Dupr=C3=A9?= <zoe@example.com>\r\n\
To: \"Groß, Jürgen\" <juergen@example.org>, ann@example.org\r\n\
Cc: carl@example.org\r\n\
Reply-To: replies@example.com\r\n\
Subject: =?utf-8?b?UHJpeCBkJ8OpdMOp?=\r\n\
Date: Wed, 31 Jan 2024 23:59:59 +0000\r\n\
Message-ID: <abc@example.com>\r\n\
X-Priority: 1 (Highest)\r\n\
MIME-Version: 1.0\r\n\
Content-Type: multipart/mixed; boundary=\"XX\"\r\n\
\r\n\
--XX\r\n\
Content-Type: multipart/alternative; boundary=\"YY\"\r\n\
\r\n\
--YY\r\n\
Content-Type: text/plain; charset=iso-8859-1\r\n\
Content-Transfer-Encoding: quoted-printable\r\n\
\r\n\
=C7a va ?\r\n\
--YY\r\n\
Content-Type: text/html; charset=utf-8\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
PHA+w4dhIHZhPC9wPg==\r\n\
--YY--\r\n\
--XX\r\n\
Content-Type: text/csv; charset=iso-8859-1; name=\"../../prix.csv\"\r\n\
Content-Disposition: attachment; filename=\"../../prix.csv\"\r\n\
\r\n\
caf\u{e9};3\r\n\
--XX\r\n\
Content-Type: application/pdf\r\n\
Content-Disposition: attachment\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
JVBERg==\r\n\
--XX\r\n\
Content-Type: text/csv; name=\"prix.csv\"\r\n\
Content-Transfer-Encoding: base64\r\n\
\r\n\
YQ==\r\n\
--XX--\r\n";

    #[test]
    fn a_mixed_message() {
        // The CSV attachment is in ISO-8859-1: "café" with a single 0xE9 byte.
        let raw = MIXED.replace("caf\u{e9}", "caf\u{1}").into_bytes();
        let raw: Vec<u8> = raw.into_iter().map(|b| if b == 1 { 0xe9 } else { b }).collect();
        let m = parse(&raw);
        assert_eq!(m.sender, "Zoë Dupré <zoe@example.com>");
        assert_eq!(m.sender_address, "zoe@example.com");
        assert_eq!(m.recipients, vec!["\"Groß, Jürgen\" <juergen@example.org>", "ann@example.org"]);
        assert_eq!(m.cc, vec!["carl@example.org"]);
        assert_eq!(m.reply_to, "replies@example.com");
        assert_eq!(m.subject, "Prix d'été");
        assert_eq!(m.text, "Ça va ?");
        assert_eq!(m.html, "<p>Ça va</p>");
        assert_eq!(m.priority, 1);
        assert_eq!(m.message_id, "abc@example.com");
        assert_eq!(m.date.len(), 14);
        let names: Vec<&str> = m.attachments.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, vec!["prix.csv", "attachment2.pdf", "prix (2).csv"]);
        // The file's own bytes: no charset conversion of a text attachment.
        assert_eq!(m.attachments[0].1, b"caf\xe9;3");
        assert_eq!(m.attachments[1].1, b"%PDF");
        assert_eq!(m.attachments[2].1, b"a");
    }

    #[test]
    fn file_names_stay_in_their_folder() {
        assert_eq!(safe_file_name("../../etc/passwd", "x"), "passwd");
        assert_eq!(safe_file_name("C:\\Windows\\evil.exe", "x"), "evil.exe");
        assert_eq!(safe_file_name("..", "x"), "x");
        assert_eq!(safe_file_name(".bashrc", "x"), "bashrc");
        assert_eq!(safe_file_name("a\u{0}b\r\n.txt", "x"), "ab.txt");
        assert_eq!(safe_file_name("", "attachment1"), "attachment1");
    }

    #[test]
    fn not_a_message_at_all() {
        let m = parse(b"");
        assert_eq!((m.subject.as_str(), m.priority, m.attachments.len()), ("", 3, 0));
    }
}
