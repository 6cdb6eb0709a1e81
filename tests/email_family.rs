//! The parts of PC SOFT's email family added after the first sessions: in-memory
//! attachments (emailAttach), the advanced options of EmailSendMessage, Sensitivity and the
//! receipts, EmailImportSource, EmailCheckAddress, the timeout functions and the French type
//! names. Messages are checked as aiosmtpd received them, with mail-parser.

mod support;

use mail_parser::{MessageParser, MimeHeaders};
use support::{wl, Mode, Options, Server};

#[test]
fn email_attach_options_sensitivity_and_receipts() {
    let server = Server::start(Options::new(Mode::Plain));
    let script = format!(
        r#"s is emailSessionSMTP
s.ServerAddress = "127.0.0.1"
s.Port = {port}
IF NOT s.StartSession() THEN
	Error(ErrorInfo())
	RETURN
END
m is Email
Add(m.Recipient, "ann@example.org")
m.Bcc = "hidden@example.org"
m.Sender = "Shop <shop@example.com>"
m.Subject = "Prix"
m.Message = "See the price list."
m.Sensitivity = emailCompanyConfidential
m.DispositionNotification = True
a is emailAttache
a.Name = "prix.csv"
a.Content = "café;3"
Add(m.Attach, a)
b is emailAttach
b.Name = "notes.txt"
b.ContentType = "text/plain; charset=utf-8"
b.Content = "line 1"
Add(m.Attach, b)
Trace(s.SendMessage(m), m.NbAttach)
Trace(m.ID = NumToString(m.MailIdentifier), EmailStatus(m.ID) = emailSent)
Trace(EmailSendMessage(s, m, emailOptionHeaderBcc + emailOptionEncodeHeader))
Trace(EmailSendMessage(s, m, 64), ErrorInfo(errCode))
Trace(ErrorInfo(errMessage))
s.CloseSession()
"#,
        port = server.port
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec![
            "True 2",
            "True True",
            "True",
            "False 3006",
            "invalid message: unknown email option 64 (use emailOptionEncodeHeader, emailOptionHeaderBcc or their sum)"
        ],
        "{}",
        run.stderr
    );
    let messages = server.messages();
    assert_eq!(messages.len(), 2);
    assert_eq!(messages[0].rcpt_tos(), vec!["ann@example.org", "hidden@example.org"]);
    let m = MessageParser::default().parse(messages[0].eml.as_bytes()).unwrap();
    assert_eq!(m.header_raw("Sensitivity").map(str::trim), Some("Company-Confidential"));
    assert_eq!(m.header_raw("Disposition-Notification-To").map(str::trim), Some("<shop@example.com>"));
    assert!(m.header_raw("Bcc").is_none(), "Bcc stays out of the headers");
    let attachments: Vec<_> = m.attachments().collect();
    assert_eq!(attachments.len(), 2);
    assert_eq!(attachments[0].attachment_name(), Some("prix.csv"));
    assert_eq!(attachments[0].contents(), "café;3".as_bytes());
    assert_eq!(attachments[0].content_type().map(|c| c.ctype()), Some("text"));
    assert_eq!(attachments[1].attachment_name(), Some("notes.txt"));
    assert_eq!(attachments[1].contents(), b"line 1");
    // emailOptionHeaderBcc: the second message shows its Bcc recipient.
    let m = MessageParser::default().parse(messages[1].eml.as_bytes()).unwrap();
    assert!(m.header_raw("Bcc").is_some_and(|v| v.contains("hidden@example.org")));
}

#[test]
fn import_source_check_address_and_timeouts() {
    let script = r#"m is Email
m.Recipient = "ann@example.org"
m.Sender = "shop@example.com"
m.Subject = "Élan"
m.Sensitivity = emailPrivate
m.ReturnReceipt = True
m.Message = "Bonjour"
Trace(m.BuildSource())
copy is Email
copy.Source = m.Source
Trace(EmailImportSource(copy))
Trace(copy.Recipient[1], copy.Sender, copy.Subject, copy.Sensitivity = emailPrivate, copy.ReturnReceipt)
Trace(EmailCheckAddress("ann@example.org") = emailAddressValid)
Trace(EmailCheckAddress("Ann <ann@example.org>") = emailAddressValid)
Trace(EmailCheckAddress("ann.example.org") = emailAddressIncorrectSyntax)
Trace(EmailGetTimeOut())
EmailSetTimeOut(12)
Trace(EmailGetTimeOut())
EmailSetTimeOut(0)
Trace(EmailLitTimeOut())
EmailSetTimeOut(10 s)
Trace(EmailGetTimeOut())
EmailChangeTimeOut(2 min)
Trace(EmailGetTimeOut())
EmailSetTimeOut("ten seconds")
"#;
    let run = wl(script, &[]);
    assert_eq!(
        run.lines(),
        vec![
            "True",
            "True",
            "ann@example.org shop@example.com Élan True True",
            "True",
            "True",
            "True",
            "600",
            "12",
            "600",
            "10",
            "120"
        ]
    );
    assert_eq!(run.code, 1);
    assert!(
        run.stderr.contains("EmailSetTimeOut takes a Duration (10 s) or a number of seconds, not \"ten seconds\""),
        "{}",
        run.stderr
    );
}

#[test]
fn the_recipient_idiom_and_a_session_variable_without_a_name() {
    let server = Server::start(Options::new(Mode::Plain));
    let script = format!(
        r#"MySession is emailSMTPSession
MySession..ServerAddress = "127.0.0.1"
MySession..Port = {port}
Email.NbRecipient = 1
Email.Recipient = "first@example.org"
Email.Sender = "me@example.com"
Email.Subject = "idiom"
Email.Message = "x"
Trace(EmailStartSMTPSession(MySession))
Trace(EmailSendMessage(MySession), Email.NbRecipient)
Trace(EmailCloseSession(MySession))
"#,
        port = server.port
    );
    let run = wl(&script, &[]);
    assert_eq!(run.lines(), vec!["True", "True 1", "True"], "{}", run.stderr);
    assert_eq!(server.messages()[0].rcpt_tos(), vec!["first@example.org"]);
    assert_eq!(server.messages()[0].auth_login(), None);
}

#[test]
fn oauth2_tokens_for_imap_and_pop3_checked_by_dovecot() {
    const USER: &str = "bob@example.com";
    const TOKEN: &str = "ya29.imap-pop3-token";
    let dovecot = support::dovecot::Dovecot::start_with_oauth(
        &[(USER, "unused-Pa55")],
        &support::introspection_server(TOKEN, USER),
    );
    dovecot.deliver(USER, b"From: a@example.org\r\nTo: bob@example.com\r\nSubject: via OAuth\r\n\r\nbody\r\n");
    for (kind, port) in [("emailIMAPSession", dovecot.imaps), ("emailPOP3Session", dovecot.pop3s)] {
        for token in [TOKEN, "not-the-token-42"] {
            let script = format!(
                r#"s is {kind}
s.Name = "{USER}"
s.ServerAddress = "127.0.0.1"
s.Port = {port}
s.Option = optionTLS
s.AuthToken = "{token}"
IF EmailStartSession(s) THEN
	EmailReadFirst(s)
	Trace(EmailNbMessage(s), Email.Subject)
	EmailCloseSession(s)
ELSE
	Trace(ErrorInfo(errCode), ErrorInfo(errMessage))
END
"#
            );
            let run = support::wl(&script, &[]);
            if token == TOKEN {
                assert_eq!(run.lines(), vec!["1 via OAuth"], "{kind}: {}\n{}", run.stderr, dovecot.log());
            } else {
                assert!(run.stdout.starts_with("3003 "), "{kind}: {}\n{}", run.stdout, run.stderr);
                assert!(run.stdout.contains("refused the login of \"bob@example.com\""), "{}", run.stdout);
                assert!(!run.stdout.contains(token) && !run.stderr.contains(token));
            }
        }
    }
}

#[test]
fn reading_headers_only_over_pop3_and_imap() {
    const USER: &str = "bob@example.com";
    const PASSWORD: &str = "s3cret-Pa55";
    let dovecot = support::dovecot::Dovecot::start(&[(USER, PASSWORD)]);
    for n in 1..=2 {
        let raw = format!(
            "From: a@example.org\r\nTo: bob@example.com\r\nSubject: Subject {n}\r\nSensitivity: Private\r\n\r\nBody {n}\r\n"
        );
        dovecot.deliver(USER, raw.as_bytes());
    }
    for start in [
        format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {})"#, dovecot.pop3),
        format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {})"#, dovecot.imap),
    ] {
        let script = format!(
            r#"IF NOT {start} THEN
	Trace(ErrorInfo())
	RETURN
END
EmailReadFirstHeader("{USER}")
WHILE NOT Email.Out
	Trace(Email.Subject, "[" + Email.Message + "]", Email.Sensitivity = emailPrivate)
	EmailReadNextHeader("{USER}")
END
Trace(EmailReadLastHeader("{USER}"), Email.Subject)
Trace(EmailReadPreviousHeader("{USER}"), Email.Subject)
Trace(EmailReadFirst("{USER}"), Replace(Email.Message, CR, ""))
EmailCloseSession("{USER}")
"#
        );
        let run = support::wl(&script, &[]);
        assert_eq!(
            run.lines(),
            vec!["Subject 1 [] True", "Subject 2 [] True", "True Subject 2", "True Subject 1", "True Body 1"],
            "{start}: {}",
            run.stderr
        );
    }
}

/// `..Timeout = 2 s` is two seconds (a Duration), and `..Timeout = 2` two seconds too: a
/// silent server fails the session within them, never after 2,000 s.
#[test]
fn a_session_timeout_given_as_a_duration() {
    let silent = Server::start(Options::new(Mode::Silent));
    for timeout in ["2 s", "2", "2000 ms"] {
        let run = wl(
            &format!(
                r#"s is emailSMTPSession
s.ServerAddress = "127.0.0.1"
s.Port = {}
s.Timeout = {timeout}
Trace(s.StartSession(), ErrorInfo(errMessage))"#,
                silent.port
            ),
            &[],
        );
        assert!(run.elapsed.as_secs_f64() < 3.5, "{timeout} took {:?}", run.elapsed);
        assert_eq!(
            run.stdout,
            format!("False SMTP server 127.0.0.1:{} sent no greeting within 2 s\n", silent.port),
            "{timeout}: {}",
            run.stderr
        );
    }
}

/// An attachment from memory holding binary data (fLoadBuffer): its bytes travel as they
/// are, checked in the message aiosmtpd received; read back from Dovecot into an `Email`
/// variable, `Attach[1].Content` is the same Buffer and `fSaveBuffer` writes it unchanged,
/// and the message read can be sent on with its attachment.
#[test]
fn a_buffer_attachment_round_trip() {
    const USER: &str = "bob@example.com";
    const PASSWORD: &str = "buff3r-Pa55";
    let dir = support::tempdir("buffer");
    let bytes: Vec<u8> = (0..=255u8).chain((0..=255u8).rev()).collect();
    let source = dir.join("data.bin");
    std::fs::write(&source, &bytes).unwrap();
    let server = Server::start(Options::new(Mode::Plain));
    let send = format!(
        r#"m is Email
m.Sender = "shop@example.com"
m.Recipient = "{USER}"
m.Subject = "Binary"
m.Message = "See the data."
a is emailAttach
a.Name = "data.bin"
a.Content = fLoadBuffer("{source}")
Add(m.Attach, a)
Trace(EmailStartSMTPSession("shop", "127.0.0.1", {port}), EmailSendMessage("shop", m), EmailCloseSession("shop"))
"#,
        source = source.display(),
        port = server.port
    );
    let run = wl(&send, &[]);
    assert_eq!(run.lines(), vec!["True True True"], "{}", run.stderr);
    let sent = server.messages();
    let m = MessageParser::default().parse(sent[0].eml.as_bytes()).unwrap();
    let attachment = m.attachments().next().expect("one attachment");
    assert_eq!(attachment.attachment_name(), Some("data.bin"));
    assert!(attachment.contents() == bytes.as_slice(), "the attachment's bytes changed on the way");

    let dovecot = support::dovecot::Dovecot::start(&[(USER, PASSWORD)]);
    dovecot.deliver(USER, sent[0].eml.as_bytes());
    let out = dir.join("copy.bin");
    let read = format!(
        r#"IF NOT EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {imap}) THEN
	Error(ErrorInfo())
	RETURN
END
r is Email
Trace(EmailReadFirst("{USER}", r), r.NbAttach, r.Attach[1].Name, r.Attach[1].ContentType, Length(r.Attach[1].Content))
Trace(fSaveBuffer("{out}", r.Attach[1].Content))
EmailCloseSession("{USER}")
r.Recipient = "archive@example.org"
r.NbRecipient = 1
Trace(EmailStartSMTPSession("shop", "127.0.0.1", {port}), EmailSendMessage("shop", r), EmailCloseSession("shop"))
"#,
        imap = dovecot.imap,
        out = out.display(),
        port = server.port
    );
    let run = wl(&read, &[]);
    assert_eq!(
        run.lines(),
        vec!["True 1 data.bin application/octet-stream 512", "True", "True True True"],
        "{}\n{}",
        run.stderr,
        dovecot.log()
    );
    assert!(std::fs::read(&out).unwrap() == bytes, "fSaveBuffer wrote other bytes");
    let forwarded = server.messages();
    assert_eq!(forwarded.len(), 2);
    let m = MessageParser::default().parse(forwarded[1].eml.as_bytes()).unwrap();
    let attachment = m.attachments().next().expect("the attachment is sent on");
    assert!(attachment.contents() == bytes.as_slice(), "the attachment sent on changed");
    let _ = std::fs::remove_dir_all(&dir);
}
