//! The email library against real SMTP servers (aiosmtpd on 127.0.0.1) in four setups
//! (STARTTLS + AUTH, implicit TLS + AUTH, plain, plain + AUTH; docs/email.md, "Tests and
//! benchmark"), with certificate checks on (the test CA is trusted through SSL_CERT_FILE),
//! and against misbehaving servers. Each test starts its own server.

mod support;

use support::{certs, closed_port, root, wl, Mode, Options, Received, Server};

const USER: &str = "bob@example.com";
const PASSWORD: &str = "s3cret-Pa55";

/// PC SOFT's example for EmailStartSMTPSession, with its variables declared and its
/// `Initialize_Email` procedure written; the call gets the port and option of the setup.
fn seed_script(port: u16, option: &str, password: &str) -> String {
    format!(
        r#"sUserName is string = "{USER}"
sPassword is string = "{password}"
sSMTPServer is string = "127.0.0.1"

EmailSetTimeOut(10)
IF EmailStartSMTPSession(sUserName, sPassword, sSMTPServer, {port}, emailSynchronous, {option}) = True THEN
	Initialize_Email()
	IF EmailSendMessage(sUserName) = False THEN
		Error()
	END
	EmailCloseSession(sUserName)
	Trace("sent")
ELSE
	Error("Unable to establish connection", ErrorInfo(), ...
	"In case of timeout, check the parameters of " + ...
	"""Firewall"" on the port used (25)")
END

PROCEDURE Initialize_Email()
	EmailReset()
	Email.Sender = "Support <support@example.com>"
	Email.Recipient[1] = "client@example.org"
	Email.Subject = "Your order #42"
	Email.Message = "Hello," + CR + "your order has shipped." + CR
END
"#
    )
}

fn text_of(m: &Received) -> String {
    m.parts()
        .iter()
        .find(|p| p["content_type"] == "text/plain")
        .and_then(|p| p["text"].as_str())
        .unwrap_or_default()
        .replace("\r\n", "\n")
}

fn check_seed_message(server: &Server, auth: Option<&str>, tls: bool) {
    let messages = server.messages();
    assert_eq!(messages.len(), 1, "exactly one message");
    let m = &messages[0];
    assert_eq!(m.mail_from(), "support@example.com");
    assert_eq!(m.rcpt_tos(), vec!["client@example.org"]);
    assert_eq!(m.auth_login(), auth);
    assert_eq!(m.tls(), tls);
    assert_eq!(m.header("From").as_deref(), Some("Support <support@example.com>"));
    assert_eq!(m.header("To").as_deref(), Some("client@example.org"));
    assert_eq!(m.header("Subject").as_deref(), Some("Your order #42"));
    assert!(m.header("Date").is_some());
    assert!(m.header("Message-ID").is_some_and(|id| id.starts_with('<') && id.ends_with('>')));
    assert!(m.eml.contains("\r\nContent-Type: text/plain; charset=utf-8\r\n"));
    assert_eq!(text_of(m), "Hello,\nyour order has shipped.\n");
    assert!(m.defects().is_empty(), "MIME defects: {:?}", m.defects());
}

#[test]
fn seed_example_starttls_with_auth() {
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD));
    let run = wl(&seed_script(server.port, "emailProtocolSMTPS", PASSWORD), &[]);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, "sent\n", ""));
    check_seed_message(&server, Some(USER), true);
}

#[test]
fn seed_example_implicit_tls_with_auth() {
    let server = Server::start(Options::new(Mode::Tls).auth(USER, PASSWORD));
    let run = wl(&seed_script(server.port, "optionTLS", PASSWORD), &[]);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, "sent\n", ""));
    check_seed_message(&server, Some(USER), true);
}

#[test]
fn seed_example_plain_with_auth() {
    let server = Server::start(Options::new(Mode::Plain).auth(USER, PASSWORD));
    let run = wl(&seed_script(server.port, "emailOptionDefault", PASSWORD), &[]);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, "sent\n", ""));
    check_seed_message(&server, Some(USER), false);
}

#[test]
fn seed_example_plain_without_auth() {
    // The server offers no AUTH: as the seed says, the session starts without it.
    let server = Server::start(Options::new(Mode::Plain));
    let run = wl(&seed_script(server.port, "emailOptionDefault", PASSWORD), &[]);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, "sent\n", ""));
    check_seed_message(&server, None, false);
}

#[test]
fn two_argument_form_and_session_names_ignore_case() {
    let server = Server::start(Options::new(Mode::Plain));
    let script = format!(
        r#"Email.SenderAddress = "robot@example.com"
Email.Recipient[1] = "a@example.org"
Email.Subject = "no password: (user, server, port)"
Trace(EmailStartSMTPSession("Robot", "127.0.0.1", {port}))
Trace(EmailSendMessage("ROBOT"))
Trace(EmailStartSMTPSession("robot", "127.0.0.1", {port}))
Trace(ErrorInfo(errMessage), ErrorInfo(errCode))
Trace(EmailCloseSession("rObOt"))
Trace(EmailCloseSession("robot"), ErrorInfo(errMessage))
Trace(EmailSendMessage("robot"), ErrorInfo(errMessage))
"#,
        port = server.port
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec![
            "True",
            "True",
            "False",
            "an SMTP session named \"robot\" is already open; close it with EmailCloseSession first 3007",
            "True",
            "False no email session named \"robot\" is open",
            "False no SMTP session named \"robot\" is open",
        ]
    );
    assert_eq!(server.messages().len(), 1);
    assert_eq!(server.messages()[0].mail_from(), "robot@example.com");
    assert_eq!(server.messages()[0].auth_login(), None);
}

#[test]
fn rich_message_html_attachment_cc_bcc_priority_utf8() {
    let server = Server::start(Options::new(Mode::Plain));
    let dir = support::tempdir("attach");
    let csv = dir.join("prices.csv");
    std::fs::write(&csv, "item;price\r\ntea;3.50\r\n").unwrap();
    let png = dir.join("logo.png");
    let png_bytes: Vec<u8> = (0..=255u8).cycle().take(3000).collect();
    std::fs::write(&png, &png_bytes).unwrap();
    let script = format!(
        r#"m is Email
m.Sender = "Zoë Dupré <zoe@example.com>"
m.Recipient.Add("Jürgen Groß <juergen@example.org>")
ArrayAdd(m.Recipient, "ann@example.org")
m.Cc[1] = "carl@example.org"
m.Bcc[1] = "hidden@example.org"
m.ReplyTo = "replies@example.com"
m.Subject = "Prix d'été — ☀ offre"
m.Message = "Bonjour," + CR + ".a line starting with a dot" + CR + "Ça va ?"
m.HTML = "<p>Bonjour, <b>ça va</b> ?</p>"
m.Priority = emailPriorityHighest
Trace(EmailLoadAttachment(m, "{csv}"))
m.Attach[2] = "{png}"
Trace(m.NbAttach, m.NbRecipient, m.NbBcc)
Trace(EmailStartSMTPSession("{USER}", "127.0.0.1", {port}))
Trace(EmailSendMessage("{USER}", m))
Trace(EmailCloseSession("{USER}"))
"#,
        csv = csv.display(),
        png = png.display(),
        port = server.port
    );
    let run = wl(&script, &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), ("True\n2 2 1\nTrue\nTrue\nTrue\n", "", 0));
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    let m = &messages[0];
    assert!(m.defects().is_empty(), "MIME defects: {:?}", m.defects());
    assert_eq!(m.mail_from(), "zoe@example.com");
    assert_eq!(m.rcpt_tos(), vec!["juergen@example.org", "ann@example.org", "carl@example.org", "hidden@example.org"]);
    assert_eq!(m.header("From").as_deref(), Some("Zoë Dupré <zoe@example.com>"));
    assert_eq!(m.header("To").as_deref(), Some("Jürgen Groß <juergen@example.org>, ann@example.org"));
    assert_eq!(m.header("Cc").as_deref(), Some("carl@example.org"));
    assert_eq!(m.header("Bcc"), None, "Bcc must never be in the headers");
    assert!(!m.eml.to_lowercase().contains("hidden@"), "the Bcc address leaked into the message");
    assert_eq!(m.header("Reply-To").as_deref(), Some("replies@example.com"));
    assert_eq!(m.header("Subject").as_deref(), Some("Prix d'été — ☀ offre"));
    assert_eq!(m.header("X-Priority").as_deref(), Some("1 (Highest)"));
    assert_eq!(m.header("Importance").as_deref(), Some("high"));
    // The raw header is ASCII: RFC 2047 encoded words.
    let raw_subject = m.eml.lines().find(|l| l.starts_with("Subject:")).unwrap();
    assert!(raw_subject.is_ascii() && raw_subject.contains("=?utf-8?"), "{raw_subject}");

    let types: Vec<String> = m.parts().iter().map(|p| p["content_type"].as_str().unwrap().to_string()).collect();
    assert_eq!(
        types,
        vec!["multipart/mixed", "multipart/alternative", "text/plain", "text/html", "text/csv", "image/png"]
    );
    let parts = m.parts();
    assert_eq!(
        parts[2]["text"].as_str().unwrap().replace("\r\n", "\n"),
        "Bonjour,\n.a line starting with a dot\nÇa va ?"
    );
    assert_eq!(parts[3]["text"].as_str().unwrap().trim_end(), "<p>Bonjour, <b>ça va</b> ?</p>");
    assert_eq!(parts[4]["filename"], "prices.csv");
    assert_eq!(parts[4]["disposition"], "attachment");
    assert_eq!(parts[4]["text"].as_str().unwrap(), "item;price\r\ntea;3.50\r\n");
    assert_eq!(parts[5]["filename"], "logo.png");
    let decoded = base64_decode(parts[5]["base64"].as_str().unwrap());
    assert_eq!(decoded, png_bytes);
    let _ = std::fs::remove_dir_all(&dir);
}

fn base64_decode(s: &str) -> Vec<u8> {
    let table = |c: u8| -> u32 {
        match c {
            b'A'..=b'Z' => (c - b'A') as u32,
            b'a'..=b'z' => (c - b'a' + 26) as u32,
            b'0'..=b'9' => (c - b'0' + 52) as u32,
            b'+' => 62,
            _ => 63,
        }
    };
    let bytes: Vec<u8> = s.bytes().filter(|b| *b != b'=' && !b.is_ascii_whitespace()).collect();
    let mut out = Vec::new();
    for chunk in bytes.chunks(4) {
        let mut n = 0u32;
        for (i, &c) in chunk.iter().enumerate() {
            n |= table(c) << (18 - 6 * i);
        }
        out.push((n >> 16) as u8);
        if chunk.len() > 2 {
            out.push((n >> 8) as u8);
        }
        if chunk.len() > 3 {
            out.push(n as u8);
        }
    }
    out
}

#[test]
fn mailing_loop_reuses_one_connection() {
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD));
    let script = format!(
        r#"s is emailSMTPSession
s..Name = "{USER}"
s..Password = "{PASSWORD}"
s..ServerAddress = "127.0.0.1"
s..Port = {port}
s..Option = emailProtocolSMTPS
arrClients is array of string = ["ann@example.org", "ben@example.org", "cat@example.org", "dan@example.org", "eve@example.org"]
IF NOT EmailStartSMTPSession(s) THEN
	Error()
	RETURN
END
n is int
FOR EACH sClient OF arrClients
	EmailReset()
	Email.SenderAddress = "news@example.com"
	Email.Recipient[1] = sClient
	Email.Subject = "News for " + sClient
	Email.Message = "Hello " + sClient
	IF EmailSendMessage(s) THEN n++
END
EmailCloseSession(s)
Trace(n)
"#,
        port = server.port
    );
    let run = wl(&script, &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), ("5\n", "", 0));
    let messages = server.messages();
    assert_eq!(messages.len(), 5);
    let ports: std::collections::HashSet<u64> = messages.iter().map(|m| m.peer_port()).collect();
    assert_eq!(ports.len(), 1, "all messages over one connection");
    for (m, who) in messages.iter().zip(["ann", "ben", "cat", "dan", "eve"]) {
        assert_eq!(m.rcpt_tos(), vec![format!("{who}@example.org")]);
        assert_eq!(m.header("Subject"), Some(format!("News for {who}@example.org")));
        assert_eq!(m.auth_login(), Some(USER));
        assert!(m.tls());
    }
}

#[test]
fn asynchronous_session_sends_on_close() {
    let server = Server::start(Options::new(Mode::Tls).auth(USER, PASSWORD));
    let script = format!(
        r#"IF NOT EmailStartSMTPSession("{USER}", "{PASSWORD}", "127.0.0.1", {port}, emailAsynchronous, optionTLS) THEN
	Error()
	RETURN
END
FOR i = 1 TO 4
	EmailReset()
	Email.SenderAddress = "queue@example.com"
	Email.Recipient[1] = "user" + i + "@example.org"
	Email.Subject = "Queued " + i
	Trace(EmailSendMessage("{USER}"))
END
Trace(EmailCloseSession("{USER}"), ErrorOccurred)
"#,
        port = server.port
    );
    let run = wl(&script, &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), ("True\nTrue\nTrue\nTrue\nTrue False\n", "", 0));
    let subjects: Vec<String> = server.messages().iter().map(|m| m.header("Subject").unwrap()).collect();
    assert_eq!(subjects, vec!["Queued 1", "Queued 2", "Queued 3", "Queued 4"]);
}

#[test]
fn asynchronous_failures_are_reported_by_close() {
    let server = Server::start(Options::new(Mode::Plain).reject("nobody"));
    let script = format!(
        r#"Trace(EmailStartSMTPSession("async", "127.0.0.1", {port}, True))
FOR EACH sTo OF ["a@example.org", "nobody@example.org", "b@example.org"]
	EmailReset()
	Email.SenderAddress = "queue@example.com"
	Email.Recipient[1] = sTo
	Email.Subject = "For " + sTo
	Trace(EmailSendMessage("async"))
END
Email.Subject = "broken" + LF + "Bcc: x@example.org"
Trace(EmailSendMessage("async"), ErrorInfo(errMessage))
Trace(EmailCloseSession("async"), ErrorOccurred)
Trace(ErrorInfo(errMessage))
Trace(ErrorInfo(errCode), ErrorInfo(errSystemCode))
"#,
        port = server.port
    );
    let run = wl(&script, &[]);
    let p = server.port;
    let expected = format!(
        "True\nTrue\nTrue\nTrue\n\
         False invalid message: Subject contains a line break (CR or LF); a header value must stay on one line\n\
         False True\n\
         1 of the 3 messages queued on the asynchronous session \"async\" could not be sent:\n\
         - message 2 (\"For nobody@example.org\" to nobody@example.org): SMTP server 127.0.0.1:{p} rejected the recipient <nobody@example.org>: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\n\
         3008 550\n"
    );
    assert_eq!(run.stdout, expected);
    assert_eq!((run.stderr.as_str(), run.code), ("", 0));
    let to: Vec<Vec<String>> = server.messages().iter().map(|m| m.rcpt_tos()).collect();
    assert_eq!(to, vec![vec!["a@example.org".to_string()], vec!["b@example.org".to_string()]]);
}

#[test]
fn implicit_tls_option_on_a_starttls_port_upgrades_with_starttls() {
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD));
    let run = wl(&seed_script(server.port, "optionTLS", PASSWORD), &[]);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, "sent\n", ""));
    check_seed_message(&server, Some(USER), true);
}

#[test]
fn starttls_option_on_an_implicit_tls_port_reconnects_with_tls() {
    let server = Server::start(Options::new(Mode::Tls).auth(USER, PASSWORD));
    let run = wl(&seed_script(server.port, "emailOptionSecuredTLS", PASSWORD), &[]);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, "sent\n", ""));
    check_seed_message(&server, Some(USER), true);
    assert!(run.elapsed.as_secs_f64() >= 3.0, "waited 3 s for a greeting first");
}

/// A script that starts a session and prints the result and the error details.
fn start_and_report(start: &str) -> String {
    format!(
        r#"bOK is boolean = {start}
Trace(bOK, ErrorOccurred)
Trace(ErrorInfo(errMessage))
Trace(ErrorInfo(errCode), ErrorInfo(errSystemCode))
Trace(ErrorInfo(errSystemMessage))
"#
    )
}

#[test]
fn error_connection_refused() {
    let port = closed_port();
    let run =
        wl(&start_and_report(&format!(r#"EmailStartSMTPSession("{USER}", "{PASSWORD}", "127.0.0.1", {port})"#)), &[]);
    assert_eq!(
        run.lines(),
        vec![
            "False True",
            &format!("cannot connect to SMTP server 127.0.0.1:{port}: connection refused"),
            "3001 111",
            "Connection refused (os error 111)",
        ]
    );
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
}

#[test]
fn error_wrong_password_and_password_never_printed() {
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD));
    let script = format!(
        r#"s is emailSMTPSession
s..Name = "{USER}"
s..Password = "wrong-{PASSWORD}"
s..ServerAddress = "127.0.0.1"
s..Port = {port}
s..Option = emailProtocolSMTPS
Trace(s)
Info(s)
Trace(EmailStartSMTPSession(s), ErrorOccurred)
Trace(ErrorInfo())
Trace(ErrorInfo(errCode), ErrorInfo(errSystemCode))
Error()
"#,
        port = server.port
    );
    let run = wl(&script, &[]);
    let p = server.port;
    let session = format!(
        "emailSMTPSession{{Name: {USER}, Password: ***, ServerAddress: 127.0.0.1, Port: {p}, Option: 2, AsynchronousMode: False, IgnoreError: 0, Timeout: 0, AuthToken: }}"
    );
    let refused = format!(
        "SMTP server 127.0.0.1:{p} refused the login of \"{USER}\": 535 5.7.8 Authentication credentials invalid"
    );
    assert_eq!(run.lines(), vec![session.as_str(), session.as_str(), "False True", refused.as_str(), "3003 535"]);
    assert_eq!(run.stderr, format!("{refused}\n"));
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    assert!(server.messages().is_empty());
}

#[test]
fn error_server_that_never_answers_times_out() {
    let server = Server::start(Options::new(Mode::Silent));
    let script = format!(
        "EmailSetTimeOut(2)\n{}",
        start_and_report(&format!(r#"EmailStartSMTPSession("{USER}", "{PASSWORD}", "127.0.0.1", {})"#, server.port))
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec!["False True", &format!("SMTP server 127.0.0.1:{} sent no greeting within 2 s", server.port), "3001 0", ""]
    );
    assert!(run.elapsed.as_secs_f64() < 3.0, "took {:?}", run.elapsed);
}

#[test]
fn error_server_that_never_answers_with_session_timeout_and_starttls() {
    // ..Timeout overrides EmailSetTimeOut; a STARTTLS session waits at most its timeout.
    let server = Server::start(Options::new(Mode::Silent));
    let script = format!(
        r#"EmailSetTimeOut(60)
s is emailSMTPSession
s..Name = "t"
s..ServerAddress = "127.0.0.1"
s..Port = {port}
s..Option = emailProtocolSMTPS
s..Timeout = 1
{report}"#,
        port = server.port,
        report = start_and_report("EmailStartSMTPSession(s)")
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec!["False True", &format!("SMTP server 127.0.0.1:{} sent no greeting within 1 s", server.port), "3001 0", ""]
    );
    assert!(run.elapsed.as_secs_f64() < 2.0, "took {:?}", run.elapsed);
}

fn tls_session_script(port: u16, ignore: &str) -> String {
    format!(
        r#"s is emailSMTPSession
s..Name = "{USER}"
s..Password = "{PASSWORD}"
s..ServerAddress = "127.0.0.1"
s..Port = {port}
s..Option = optionTLS
s..IgnoreError = {ignore}
{report}
IF bOK THEN
	Email.SenderAddress = "tls@example.com"
	Email.Recipient[1] = "x@example.org"
	Trace(EmailSendMessage(s), EmailCloseSession(s))
END
"#,
        report = start_and_report("EmailStartSMTPSession(s)")
    )
}

#[test]
fn error_untrusted_certificate_then_ignored() {
    let server = Server::start(Options::new(Mode::Tls).auth(USER, PASSWORD));
    let p = server.port;
    // Without SSL_CERT_FILE the test CA is unknown.
    let run = wl(&tls_session_script(p, "0"), &[("SSL_CERT_FILE", "")]);
    assert_eq!(
        run.lines(),
        vec![
            "False True",
            &format!("TLS with SMTP server 127.0.0.1:{p} failed: the server's certificate is not issued by a trusted authority"),
            "3002 0",
            "invalid peer certificate: UnknownIssuer",
        ]
    );
    // Other relaxations do not help.
    let run = wl(
        &tls_session_script(p, "emailIgnoreWrongHostName + emailIgnoreExpiredCertificate"),
        &[("SSL_CERT_FILE", "")],
    );
    assert_eq!(run.lines()[0], "False True");
    assert!(server.messages().is_empty());
    let run = wl(&tls_session_script(p, "emailIgnoreInvalidCertificate"), &[("SSL_CERT_FILE", "")]);
    assert_eq!(run.lines(), vec!["True False", "", "0 0", "", "True True"]);
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn error_wrong_host_name_then_ignored() {
    let server = Server::start(Options::new(Mode::Tls).auth(USER, PASSWORD).cert(&certs().wrong_name));
    let p = server.port;
    let run = wl(&tls_session_script(p, "emailIgnoreInvalidCertificate + emailIgnoreExpiredCertificate"), &[]);
    assert_eq!(
        run.lines()[..3],
        [
            "False True",
            &format!(
                "TLS with SMTP server 127.0.0.1:{p} failed: the server's certificate is not valid for 127.0.0.1 (it names mail.example.test)"
            ),
            "3002 0",
        ]
    );
    let run = wl(&tls_session_script(p, "emailIgnoreWrongHostName"), &[]);
    assert_eq!(run.lines(), vec!["True False", "", "0 0", "", "True True"]);
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn error_expired_certificate_then_ignored() {
    let server = Server::start(Options::new(Mode::Tls).auth(USER, PASSWORD).cert(&certs().expired));
    let p = server.port;
    let run = wl(&tls_session_script(p, "emailIgnoreInvalidCertificate + emailIgnoreWrongHostName"), &[]);
    assert_eq!(
        run.lines()[..3],
        [
            "False True",
            &format!("TLS with SMTP server 127.0.0.1:{p} failed: the server's certificate has expired"),
            "3002 0"
        ]
    );
    let run = wl(&tls_session_script(p, "emailIgnoreExpiredCertificate"), &[]);
    assert_eq!(run.lines(), vec!["True False", "", "0 0", "", "True True"]);
    let run = wl(&tls_session_script(p, "emailIgnoreAllCertificateErrors"), &[("SSL_CERT_FILE", "")]);
    assert_eq!(run.lines(), vec!["True False", "", "0 0", "", "True True"]);
    assert_eq!(server.messages().len(), 2);
}

#[test]
fn error_starttls_asked_of_a_server_without_it() {
    let server = Server::start(Options::new(Mode::Plain).auth(USER, PASSWORD));
    let p = server.port;
    let run = wl(
        &start_and_report(&format!(
            r#"EmailStartSMTPSession("{USER}", "{PASSWORD}", "127.0.0.1", {p}, emailSynchronous, emailProtocolSMTPS)"#
        )),
        &[],
    );
    assert_eq!(
        run.lines(),
        vec![
            "False True",
            &format!("SMTP server 127.0.0.1:{p} does not offer STARTTLS, which the session's secure option requires (nothing is sent in plain text)"),
            "3002 0",
            "",
        ]
    );
    assert!(server.messages().is_empty());
}

#[test]
fn error_recipient_rejected_then_session_goes_on() {
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD).reject("nobody"));
    let p = server.port;
    let script = format!(
        r#"EmailStartSMTPSession("{USER}", "{PASSWORD}", "127.0.0.1", {p}, False, emailProtocolSMTPS)
Email.SenderAddress = "me@example.com"
Email.Recipient[1] = "ok@example.org"
Email.Recipient[2] = "nobody@example.org"
Trace(EmailSendMessage("{USER}"), ErrorOccurred)
Trace(ErrorInfo(errMessage))
Trace(ErrorInfo(errCode), ErrorInfo(errSystemCode))
Email.NbRecipient = 1
Trace(EmailSendMessage("{USER}"), ErrorOccurred)
"#
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec![
            "False True",
            &format!("SMTP server 127.0.0.1:{p} rejected the recipient <nobody@example.org>: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown"),
            "3004 550",
            "True False",
        ]
    );
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].rcpt_tos(), vec!["ok@example.org"]);
}

#[test]
fn error_server_closes_the_connection_during_data() {
    let server = Server::start(Options::new(Mode::CloseInData));
    let p = server.port;
    let script = format!(
        r#"Trace(EmailStartSMTPSession("{USER}", "127.0.0.1", {p}))
Email.SenderAddress = "me@example.com"
Email.Recipient[1] = "you@example.org"
Email.Message = "line 1" + CR + "line 2" + CR + "line 3"
Trace(EmailSendMessage("{USER}"), ErrorOccurred)
Trace(ErrorInfo(errMessage))
Trace(ErrorInfo(errCode))
Trace(EmailCloseSession("{USER}"))
"#
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec![
            "True",
            "False True",
            &format!("connection to SMTP server 127.0.0.1:{p} lost during DATA: the server closed the connection"),
            "3005",
            "True",
        ]
    );
    assert_eq!((run.stderr.as_str(), run.code), ("", 0));
}

#[test]
fn header_injection_is_refused_and_nothing_is_sent() {
    let server = Server::start(Options::new(Mode::Plain));
    let p = server.port;
    let script = format!(
        r#"EmailStartSMTPSession("{USER}", "127.0.0.1", {p})
Email.SenderAddress = "me@example.com"
Email.Recipient[1] = "you@example.org"
Email.Subject = "Hello" + CR + "Bcc: victim@example.org"
Trace(EmailSendMessage("{USER}"), ErrorInfo(errMessage))
Email.Subject = "Hello"
Email.Recipient[2] = "x@example.org" + LF + "Bcc: victim@example.org"
Trace(EmailSendMessage("{USER}"), ErrorInfo(errMessage))
Email.NbRecipient = 1
Email.Sender = "Me" + Charact(0) + " <me@example.com>"
Trace(EmailSendMessage("{USER}"), ErrorInfo(errMessage))
Email.Sender = ""
Email.ReplyTo = "a@b.c" + CR
Trace(EmailSendMessage("{USER}"), ErrorInfo(errMessage), ErrorInfo(errCode))
"#
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec![
            "False invalid message: Subject contains a line break (CR or LF); a header value must stay on one line",
            "False invalid message: Recipient[2] contains a line break (CR or LF); a header value must stay on one line",
            "False invalid message: Sender contains a NUL character",
            "False invalid message: ReplyTo contains a line break (CR or LF); a header value must stay on one line 3006",
        ]
    );
    assert!(server.messages().is_empty());
}

#[test]
fn examples_run_against_aiosmtpd() {
    // The examples read SMTP_SERVER, SMTP_PORT, SMTP_USER and SMTP_PASSWORD.
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD));
    let port = server.port.to_string();
    let env =
        [("SMTP_SERVER", "127.0.0.1"), ("SMTP_PORT", port.as_str()), ("SMTP_USER", USER), ("SMTP_PASSWORD", PASSWORD)];
    let examples = root().join("examples");
    let mut expected_messages = 0;
    for (name, count) in [("email_plain.wl", 1), ("email_mailing_loop.wl", 3)] {
        let run = support::run_file(&examples.join(name), &examples, &env);
        let golden = std::fs::read_to_string(examples.join(name).with_extension("out")).unwrap();
        assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (golden.as_str(), "", 0), "{name}");
        expected_messages += count;
        assert_eq!(server.messages().len(), expected_messages, "{name}");
    }
    for m in server.messages() {
        assert!(m.tls());
        assert_eq!(m.auth_login(), Some(USER));
        assert!(m.defects().is_empty());
    }
}

#[test]
fn auth_login_when_plain_is_not_offered() {
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD).mechanisms("LOGIN"));
    let run = wl(&seed_script(server.port, "emailProtocolSMTPS", PASSWORD), &[]);
    assert_eq!((run.code, run.stdout.as_str(), run.stderr.as_str()), (0, "sent\n", ""));
    check_seed_message(&server, Some(USER), true);
    let run = wl(
        &start_and_report(&format!(
            r#"EmailStartSMTPSession("{USER}", "nope", "127.0.0.1", {}, False, emailProtocolSMTPS)"#,
            server.port
        )),
        &[],
    );
    assert_eq!(run.lines()[..3], [
        "False True",
        &format!("SMTP server 127.0.0.1:{} refused the login of \"{USER}\": 535 5.7.8 Authentication credentials invalid", server.port),
        "3003 535",
    ]);
}

#[test]
fn a_server_that_is_not_smtp_is_an_error_not_a_crash() {
    let server = Server::start(Options::new(Mode::Garbage));
    let p = server.port;
    for option in ["emailOptionDefault", "emailProtocolSMTPS", "optionTLS"] {
        let run = wl(
            &start_and_report(&format!(r#"EmailStartSMTPSession("{USER}", "127.0.0.1", {p}, False, {option})"#)),
            &[],
        );
        assert_eq!(run.code, 0, "{option}: {}", run.stderr);
        assert_eq!(run.lines()[0], "False True", "{option}");
        let expected = if option == "optionTLS" {
            format!("TLS with SMTP server 127.0.0.1:{p} failed: the server does not speak TLS here")
        } else {
            format!("connection to SMTP server 127.0.0.1:{p} lost during the greeting: the server sent something that is not an SMTP reply: \"* OK this is not an SMTP server\"")
        };
        assert!(run.lines()[1].starts_with(&expected), "{option}: {}", run.lines()[1]);
    }
}

#[test]
fn sessions_left_open_are_closed_when_the_script_ends() {
    let server = Server::start(Options::new(Mode::Plain));
    let p = server.port;
    let script = format!(
        r#"EmailStartSMTPSession("sync", "127.0.0.1", {p})
EmailStartSMTPSession("async", "127.0.0.1", {p}, emailAsynchronous)
Email.SenderAddress = "me@example.com"
Email.Recipient[1] = "you@example.org"
Email.Subject = "sync"
EmailSendMessage("sync")
FOR i = 1 TO 3
	Email.Subject = "async " + i
	EmailSendMessage("async")
END
Trace("end of script")
"#
    );
    let run = wl(&script, &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), ("end of script\n", "", 0));
    let mut subjects: Vec<String> = server.messages().iter().map(|m| m.header("Subject").unwrap()).collect();
    subjects.sort();
    assert_eq!(subjects, vec!["async 1", "async 2", "async 3", "sync"]);
}

#[test]
fn asynchronous_failures_at_the_end_of_the_script_go_to_stderr() {
    let server = Server::start(Options::new(Mode::Plain).reject("nobody"));
    let p = server.port;
    let script = format!(
        r#"EmailStartSMTPSession("bulk", "127.0.0.1", {p}, emailAsynchronous)
Email.SenderAddress = "me@example.com"
Email.Recipient[1] = "nobody@example.org"
Email.Subject = "lost"
Trace(EmailSendMessage("bulk"))
"#
    );
    let run = wl(&script, &[]);
    assert_eq!((run.stdout.as_str(), run.code), ("True\n", 0));
    assert_eq!(
        run.stderr,
        format!(
            "wl: when the script ended, 1 of the 1 message queued on the asynchronous session \"bulk\" could not be sent:\n\
             - message 1 (\"lost\" to nobody@example.org): SMTP server 127.0.0.1:{p} rejected the recipient <nobody@example.org>: 550 5.1.1 <nobody@example.org>: Recipient address rejected: User unknown\n"
        )
    );
}
