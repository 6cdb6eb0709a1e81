//! Security properties of the email library, against a real server (aiosmtpd on 127.0.0.1):
//! - header injection through every header a script sets (Subject, Sender, Recipient, Cc,
//!   Bcc, ReplyTo) and through attachment file names, with CR, LF, CRLF, NUL, Unicode line
//!   separators and encoded forms: nothing reaches the wire as a header of its own, and a
//!   CR, LF or NUL is refused (False + ErrorInfo) rather than sent;
//! - the password never appears in any output: stdout, stderr, ErrorInfo, Trace or Info of a
//!   session variable or of its Password, diagnostics.
//!
//! Certificate checks on by default and STARTTLS stripping are in tests/email_smtp.rs
//! (`error_untrusted_certificate_then_ignored`, `error_starttls_asked_of_a_server_without_it`).

mod support;

use support::{wl, Mode, Options, Received, Server};

/// The payloads, as WLanguage expressions, and whether they must be refused.
const PAYLOADS: &[(&str, bool)] = &[
    (r#"BASE + CR + "X-Injected: yes""#, true),
    (r#"BASE + LF + "X-Injected: yes""#, true),
    (r#"BASE + Charact(13) + "X-Injected: yes""#, true),
    (r#"BASE + Charact(0) + "X-Injected: yes""#, true),
    (r#"BASE + CR + "Bcc: evil@example.net""#, true),
    (r#"BASE + Charact(13) + Charact(10) + Charact(13) + Charact(10) + "X-Injected: yes""#, true),
    (r#"BASE + Charact(0x85) + "X-Injected: yes""#, false),
    (r#"BASE + Charact(0x2028) + "X-Injected: yes""#, false),
    (r#""=?utf-8?q?x=0D=0AX-Injected:_yes?=""#, false),
    (r#"BASE + "%0D%0AX-Injected: yes""#, false),
];

/// The fields, each with the value its payloads start from.
const FIELDS: &[(&str, &str)] = &[
    ("Email.Subject", "\"x\""),
    ("Email.Sender", "\"sender@example.org\""),
    ("Email.Recipient[1]", "\"to@example.org\""),
    ("Email.Cc[1]", "\"cc@example.org\""),
    ("Email.Bcc[1]", "\"bcc@example.org\""),
    ("Email.ReplyTo", "\"reply@example.org\""),
];

fn injection_script(port: u16, field: &str, base: &str, payload: &str) -> String {
    let value = payload.replace("BASE", base);
    format!(
        r#"IF NOT EmailStartSMTPSession("tester", "127.0.0.1", {port}) THEN
	Trace("start failed", ErrorInfo(errMessage))
	RETURN
END
EmailReset()
Email.Sender = "sender@example.org"
Email.Recipient[1] = "to@example.org"
Email.Subject = "injection test"
Email.Message = "body"
{field} = {value}
b is boolean = EmailSendMessage("tester")
Trace(b, ErrorOccurred)
IF NOT b THEN Trace(ErrorInfo(errMessage))
EmailCloseSession("tester")
"#
    )
}

/// No line of the message's header sections (top level and MIME parts) is an injected
/// header, and no injected recipient is in the envelope.
fn assert_no_injection(m: &Received, context: &str) {
    for line in m.eml.split("\r\n").chain(m.eml.split('\n')) {
        let lower = line.trim_start_matches('\r').to_ascii_lowercase();
        assert!(
            !lower.starts_with("x-injected"),
            "an injected header reached the wire: {line:?}\n{context}\n{}",
            m.eml
        );
    }
    assert!(!m.header_names().iter().any(|h| h.eq_ignore_ascii_case("X-Injected")), "{context}");
    assert!(!m.rcpt_tos().iter().any(|r| r.contains("evil")), "an injected recipient: {:?}\n{context}", m.rcpt_tos());
    assert!(m.header("Bcc").is_none(), "a Bcc header reached the wire\n{context}");
}

#[test]
fn no_header_injection_through_any_header() {
    let server = Server::start(Options::new(Mode::Plain));
    let mut refused = 0;
    let mut sent = 0;
    for (field, base) in FIELDS {
        for (payload, must_refuse) in PAYLOADS {
            let before = server.messages().len();
            let run = wl(&injection_script(server.port, field, base, payload), &[]);
            let context = format!("field {field}, payload {payload}\nstdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
            assert_eq!(run.code, 0, "{context}");
            assert!(!run.stderr.contains("panicked"), "{context}");
            let messages = server.messages();
            let new: Vec<&Received> = messages[before..].iter().collect();
            for m in &new {
                assert_no_injection(m, &context);
            }
            if *must_refuse {
                assert_eq!(run.lines().first().copied(), Some("False True"), "a line break must be refused\n{context}");
                let info = run.lines().get(1).copied().unwrap_or("");
                assert!(info.starts_with("invalid message: "), "ErrorInfo should say why: {info}\n{context}");
                assert!(new.is_empty(), "a refused message was sent anyway\n{context}");
                refused += 1;
            } else if run.lines().first().copied() == Some("True False") {
                assert_eq!(new.len(), 1, "{context}");
                sent += 1;
            } else {
                // An address that is not valid (e.g. with U+2028 in it) may be refused too.
                assert_eq!(run.lines().first().copied(), Some("False True"), "{context}");
                assert!(new.is_empty(), "{context}");
                refused += 1;
            }
        }
    }
    assert_eq!(refused + sent, FIELDS.len() * PAYLOADS.len());
    // The Subject with each payload that holds no raw line break (U+0085, U+2028, encoded
    // words, %0D%0A) goes out as text; the address fields refuse them as invalid addresses.
    assert_eq!(sent, 4, "the Subject payloads without a line break are sent as text");
}

#[test]
fn no_header_injection_through_attachment_names() {
    let server = Server::start(Options::new(Mode::Plain));
    let dir = support::tempdir("attachment-names");
    let names = [
        "report\r\nX-Injected: yes.txt",
        "report\nX-Injected: yes.txt",
        "report\rX-Injected: yes.txt",
        "report\"; X-Injected=\"yes.txt",
        "=?utf-8?q?a=0D=0AX-Injected:_yes?=.txt",
        "rapport été 2026.txt",
    ];
    for name in names {
        let path = dir.join(name);
        std::fs::write(&path, "attachment body\n").unwrap();
        let script = format!(
            r#"EmailStartSMTPSession("tester", "127.0.0.1", {port})
EmailReset()
Email.Sender = "sender@example.org"
Email.Recipient[1] = "to@example.org"
Email.Subject = "attachment"
Email.Message = "see attached"
Email.Attach[1] = fLoadText("{list}")
b is boolean = EmailSendMessage("tester")
Trace(b, ErrorOccurred)
EmailCloseSession("tester")
"#,
            port = server.port,
            list = dir.join("path.txt").display()
        );
        // The path goes through a file, so the script needs no escaping of CR or LF.
        std::fs::write(dir.join("path.txt"), path.to_string_lossy().as_bytes()).unwrap();
        let before = server.messages().len();
        let run = wl(&script, &[]);
        let context = format!("attachment {name:?}\nstdout:\n{}\nstderr:\n{}", run.stdout, run.stderr);
        assert_eq!(run.code, 0, "{context}");
        let messages = server.messages();
        for m in &messages[before..] {
            assert_no_injection(m, &context);
            // The attachment arrives with its content, whatever its name.
            assert!(m.eml.contains("YXR0YWNobWVudCBib2R5Cg==") || m.eml.contains("attachment body"), "{context}");
        }
        if name == "rapport été 2026.txt" {
            assert_eq!(run.lines().first().copied(), Some("True False"), "{context}");
        }
    }
}

const PASSWORD: &str = "Tr0ub4dor&3-secret";

#[test]
fn the_password_never_appears_in_any_output() {
    let server = Server::start(Options::new(Mode::Plain).auth("tester", "the-right-one"));
    let script = format!(
        r#"MySession is emailSMTPSession
MySession..Name = "tester"
MySession..Password = GetEnv("WL_TEST_PASSWORD")
MySession..ServerAddress = "127.0.0.1"
MySession..Port = {port}
Trace(MySession)
Info(MySession)
Trace("[" + MySession..Password + "]")
Info(MySession..Password)
IF NOT EmailStartSMTPSession(MySession) THEN
	Trace(ErrorInfo())
	Trace(ErrorInfo(errMessage), ErrorInfo(errSystemMessage))
	Error()
END
IF NOT EmailStartSMTPSession("tester", GetEnv("WL_TEST_PASSWORD"), "127.0.0.1", {port}) THEN Error()
copy is emailSMTPSession = MySession
Trace(copy)
arr is array of emailSMTPSession
arr.Add(MySession)
Trace(arr)
Trace(1 / 0)
"#,
        port = server.port
    );
    let run = wl(&script, &[("WL_TEST_PASSWORD", PASSWORD)]);
    let all = format!("{}{}", run.stdout, run.stderr);
    assert_eq!(run.code, 1, "the script ends on its division by zero:\n{all}");
    assert!(all.contains("refused the login"), "the login must fail:\n{all}");
    assert!(all.contains("Password: ***"), "{all}");
    assert!(!all.contains(PASSWORD), "the password appears in the output:\n{all}");
    assert!(!all.contains("Tr0ub4dor"), "part of the password appears in the output:\n{all}");
}
