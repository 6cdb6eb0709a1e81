//! Receiving mail against a real Dovecot (tests/support/dovecot.rs) on 127.0.0.1: POP3 and
//! IMAP, each plain, with implicit TLS and with STARTTLS/STLS, certificate checks on (the
//! test CA is trusted through SSL_CERT_FILE); a round trip from an SMTP send (aiosmtpd) to a
//! read through POP3 and IMAP with every field intact; wrong passwords, deletions, the end
//! of the mailbox, servers that misbehave. Each test starts its own servers.

mod support;

use support::dovecot::Dovecot;
use support::{certs, closed_port, root, wl, Mode, Options, Server};

const USER: &str = "bob@example.com";
const PASSWORD: &str = "s3cret-Pa55";

/// A small message, as an MDA would store it.
fn simple(n: usize) -> String {
    format!(
        "From: Ann Smith <ann@example.org>\r\nTo: {USER}\r\nSubject: Message {n}\r\n\
         Date: Mon, 15 Jan 2024 10:0{n}:00 +0000\r\nMessage-ID: <m{n}@example.org>\r\n\r\n\
         Line one of {n}\r\n.a line starting with a dot\r\n"
    )
}

fn dovecot_with(messages: usize) -> Dovecot {
    let d = Dovecot::start(&[(USER, PASSWORD)]);
    for n in 1..=messages {
        d.deliver(USER, simple(n).as_bytes());
    }
    d
}

/// Counts, reads every message forwards, past the end, backwards, and closes.
fn browse_script(start: &str) -> String {
    format!(
        r#"EmailSetTimeOut(10)
IF NOT {start} THEN
	Error(ErrorInfo())
	RETURN
END
Trace("count", EmailNbMessage("{USER}"))
bOK is boolean = EmailReadFirst("{USER}")
WHILE NOT Email.Out
	Trace(Email.Subject, "|", Email.Sender, "|", Email.SenderAddress, "|", Email.Recipient[1], "|", Email.MessageID)
	bOK = EmailReadNext("{USER}")
END
Trace("past the end", bOK, Email.Out, ErrorOccurred, Email.Subject = "")
Trace("previous", EmailReadPrevious("{USER}"), Email.Subject)
Trace("last", EmailReadLast("{USER}"), Email.Subject)
Trace("first", EmailReadFirst("{USER}"), Email.Subject, Email.Out)
Trace("before the first", EmailReadPrevious("{USER}"), Email.Out, ErrorOccurred)
Trace("next", EmailReadNext("{USER}"), Email.Subject)
Trace("text", Replace(Email.Message, CR, "/"))
Trace("close", EmailCloseSession("{USER}"))
"#
    )
}

const BROWSE_OUTPUT: &str = "count 3
Message 1 | Ann Smith <ann@example.org> | ann@example.org | bob@example.com | m1@example.org
Message 2 | Ann Smith <ann@example.org> | ann@example.org | bob@example.com | m2@example.org
Message 3 | Ann Smith <ann@example.org> | ann@example.org | bob@example.com | m3@example.org
past the end False True False True
previous True Message 3
last True Message 3
first True Message 1 False
before the first False True False
next True Message 1
text Line one of 1/.a line starting with a dot/
close True
";

#[test]
fn pop3_plain() {
    let d = dovecot_with(3);
    let start = format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {})"#, d.pop3);
    let run = wl(&browse_script(&start), &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (BROWSE_OUTPUT, "", 0), "{}", d.log());
    assert!(d.log().contains("pop3-login: Info: Login: user=<bob@example.com>, method=PLAIN"), "{}", d.log());
}

#[test]
fn pop3_implicit_tls() {
    let d = dovecot_with(3);
    let start = format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, d.pop3s);
    let run = wl(&browse_script(&start), &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (BROWSE_OUTPUT, "", 0), "{}", d.log());
    assert!(d.log().contains(", TLS, session="), "{}", d.log());
}

#[test]
fn pop3_stls() {
    let d = dovecot_with(3);
    let start =
        format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {}, emailOptionSecuredTLS)"#, d.pop3);
    let run = wl(&browse_script(&start), &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (BROWSE_OUTPUT, "", 0), "{}", d.log());
    assert!(d.log().contains(", TLS, session="), "{}", d.log());
}

#[test]
fn imap_plain() {
    let d = dovecot_with(3);
    let start = format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {})"#, d.imap);
    let run = wl(&browse_script(&start), &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (BROWSE_OUTPUT, "", 0), "{}", d.log());
    assert!(d.log().contains("imap-login: Info: Login: user=<bob@example.com>"), "{}", d.log());
}

#[test]
fn imap_implicit_tls() {
    let d = dovecot_with(3);
    let start = format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, d.imaps);
    let run = wl(&browse_script(&start), &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (BROWSE_OUTPUT, "", 0), "{}", d.log());
    assert!(d.log().contains(", TLS, session="), "{}", d.log());
}

#[test]
fn imap_starttls() {
    let d = dovecot_with(3);
    let start =
        format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {}, emailProtocolSMTPS)"#, d.imap);
    let run = wl(&browse_script(&start), &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (BROWSE_OUTPUT, "", 0), "{}", d.log());
    assert!(d.log().contains(", TLS, session="), "{}", d.log());
}

#[test]
fn secure_options_adapt_to_the_port() {
    // optionTLS on a plaintext port upgrades with STLS/STARTTLS; STARTTLS on an implicit-TLS
    // port waits 3 s for a greeting, then reconnects with TLS (docs/email.md, "Options and TLS").
    let d = dovecot_with(3);
    for start in [
        format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, d.pop3),
        format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, d.imap),
        format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {}, emailOptionSecuredTLS)"#, d.pop3s),
        format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {}, emailOptionSecuredTLS)"#, d.imaps),
    ] {
        let run = wl(&browse_script(&start), &[]);
        assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (BROWSE_OUTPUT, "", 0), "{start}");
    }
    let log = d.log();
    let logins: Vec<&str> = log.lines().filter(|l| l.contains(": Login: ")).collect();
    assert_eq!(logins.len(), 4, "{log}");
    assert!(logins.iter().all(|l| l.contains(", TLS")), "a login in plain text:\n{log}");
}

#[test]
fn session_variables_with_timeout_and_ignore_error() {
    let d = Dovecot::start_with_cert(&[(USER, PASSWORD)], &certs().wrong_name);
    d.deliver(USER, simple(1).as_bytes());
    let script = format!(
        r#"p is emailPOP3Session
p..Name = "{USER}"
p..Password = "{PASSWORD}"
p..ServerAddress = "127.0.0.1"
p..Port = {pop3s}
p..Option = optionTLS
p..Timeout = 5
Trace(p)
Trace(EmailStartPOP3Session(p), ErrorInfo(errMessage))
p..IgnoreError = emailIgnoreWrongHostName
Trace(EmailStartPOP3Session(p), EmailNbMessage(p))
Trace(EmailReadFirst(p), Email.Subject)
Trace(EmailCloseSession(p))
i is emailIMAPSession
Trace(i)
i..Name = "{USER}"
i..Password = "{PASSWORD}"
i..ServerAddress = "127.0.0.1"
i..Port = {imap}
i..Option = emailOptionSecuredTLS
i..IgnoreError = emailIgnoreAllCertificateErrors
Trace(EmailStartSession(i), EmailNbMessage("BOB@example.com"))
m is Email
Trace(EmailReadLast(i, m), m.Subject, Email.Subject)
Trace(EmailCloseSession(i))
"#,
        pop3s = d.pop3s,
        imap = d.imap
    );
    let run = wl(&script, &[]);
    let p = d.pop3s;
    let expected = format!(
        "emailPOP3Session{{Name: {USER}, Password: ***, ServerAddress: 127.0.0.1, Port: {p}, Option: 1, IgnoreError: 0, Timeout: 5, AuthToken: }}\n\
         False TLS with POP3 server 127.0.0.1:{p} failed: the server's certificate is not valid for 127.0.0.1 (it names mail.example.test)\n\
         True 1\n\
         True Message 1\n\
         True\n\
         emailIMAPSession{{Name: , Password: , ServerAddress: , Port: 143, Option: 0, IgnoreError: 0, Timeout: 0, AuthToken: }}\n\
         True 1\n\
         True Message 1 Message 1\n\
         True\n"
    );
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (expected.as_str(), "", 0), "{}", d.log());
    assert!(!run.stdout.contains(PASSWORD));
}

fn png_bytes() -> Vec<u8> {
    let mut v = b"\x89PNG\r\n\x1a\n".to_vec();
    v.extend((0..5000u32).map(|i| (i * 7919 % 251) as u8));
    v.extend_from_slice(b"\r\n.\r\n\n.\n\r\0end");
    v
}

/// A simple checksum (FNV-1a 64) to name in failure messages; the bytes are compared too.
fn checksum(bytes: &[u8]) -> u64 {
    bytes.iter().fold(0xcbf29ce484222325u64, |h, b| (h ^ *b as u64).wrapping_mul(0x100000001b3))
}

#[test]
fn round_trip_smtp_to_pop3_and_imap() {
    // 1. A script sends a rich message through SMTP to aiosmtpd, which stores it.
    let smtp = Server::start(Options::new(Mode::Plain));
    let dir = support::tempdir("roundtrip");
    let png = dir.join("logo.png");
    std::fs::write(&png, png_bytes()).unwrap();
    let csv = dir.join("prix été.csv");
    std::fs::write(&csv, "article;prix\r\ncafé;3,50\r\n.thé;2\r\n").unwrap();
    let fields = r#"m.Sender = "Zoë Dupré <zoe@example.com>"
m.Recipient.Add("Jürgen Groß <juergen@example.org>")
m.Recipient.Add("ann@example.org")
m.Cc.Add("carl@example.org")
m.ReplyTo = "replies@example.com"
m.Subject = "Prix d'été — ☀ offre spéciale"
m.Message = "Bonjour," + CR + ".a line starting with a dot" + CR + "Ça va ? " + Repeat("long line ", 20)
m.HTML = "<p>Bonjour, <b>ça va</b> ?</p>" + CR + "<p>☀</p>"
m.Priority = emailPriorityHighest
m.MessageID = "round-trip-1@example.com"
m.Date = "20240131235959"
"#;
    let send = format!(
        r#"m is Email
{fields}EmailLoadAttachment(m, "{png}")
EmailLoadAttachment(m, "{csv}")
Trace(EmailStartSMTPSession("sender", "127.0.0.1", {port}), EmailSendMessage("sender", m), EmailCloseSession("sender"))
"#,
        png = png.display(),
        csv = csv.display(),
        port = smtp.port
    );
    let run = wl(&send, &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str()), ("True True True\n", ""));
    let sent = smtp.messages();
    assert_eq!(sent.len(), 1);

    // 2. The stored message is delivered to the Maildir.
    let d = Dovecot::start(&[(USER, PASSWORD)]);
    d.deliver(USER, sent[0].eml.as_bytes());

    // 3. A script reads it back through POP3, then through IMAP: every field is compared with
    //    what the sending script set, and the attachments are saved.
    for (protocol, start) in [
        ("POP3", format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, d.pop3s)),
        ("IMAP", format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, d.imaps)),
    ] {
        let out = dir.join(protocol);
        std::fs::create_dir_all(&out).unwrap();
        let read = format!(
            r#"m is Email
{fields}
IF NOT {start} THEN
	Error(ErrorInfo())
	RETURN
END
r is Email
Trace(EmailReadFirst("{USER}", r), r.Out)
Trace("Sender", r.Sender = m.Sender, r.Sender)
Trace("SenderAddress", r.SenderAddress)
Trace("Recipient", r.NbRecipient, r.Recipient[1] = m.Recipient[1], r.Recipient[2] = m.Recipient[2])
Trace("Cc", r.NbCc, r.Cc[1])
Trace("ReplyTo", r.ReplyTo = m.ReplyTo)
Trace("Subject", r.Subject = m.Subject, r.Subject)
Trace("Message", r.Message = m.Message, Length(r.Message), Length(m.Message))
Trace("HTML", r.HTML = m.HTML, Length(r.HTML), Length(m.HTML))
Trace("Priority", r.Priority)
Trace("MessageID", r.MessageID = m.MessageID)
Trace("Date", r.Date = m.Date)
Trace("Attach", r.NbAttach, r.Attach[1].Name, r.Attach[2].Name, r.Attach[1].ContentType, r.Attach[2].ContentType)
FOR i = 1 TO r.NbAttach
	Trace(EmailSaveAttachment(r.Attach[i], "{out}/" + r.Attach[i].Name))
END
// An Email variable holds each attachment's content: fSaveBuffer writes it as it came.
Trace(fSaveBuffer("{out}/copy-" + r.Attach[1].Name, r.Attach[1].Content))
Trace(EmailReadNext("{USER}", r), r.Out)
Trace(EmailCloseSession("{USER}"))
"#,
            out = out.display()
        );
        let run = wl(&read, &[]);
        let expected = "True False
Sender True Zoë Dupré <zoe@example.com>
SenderAddress zoe@example.com
Recipient 2 True True
Cc 1 carl@example.org
ReplyTo True
Subject True Prix d'été — ☀ offre spéciale
Message True 247 247
HTML True 40 40
Priority 1
MessageID True
Date True
Attach 2 logo.png prix été.csv image/png text/csv
True
True
True
False True
True
";
        assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (expected, "", 0), "{protocol}: {}", d.log());
        for (name, original) in
            [("logo.png", png_bytes()), ("copy-logo.png", png_bytes()), ("prix été.csv", std::fs::read(&csv).unwrap())]
        {
            let saved = std::fs::read(out.join(name)).unwrap();
            assert_eq!(
                (saved.len(), checksum(&saved)),
                (original.len(), checksum(&original)),
                "{protocol}: {name} differs"
            );
            assert!(saved == original, "{protocol}: {name} differs");
        }
    }
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn wrong_password_never_printed() {
    let d = dovecot_with(1);
    for (protocol, port) in [("POP3", d.pop3), ("IMAP", d.imap)] {
        let script = format!(
            r#"bOK is boolean = EmailStart{protocol}Session("{USER}", "wrong-{PASSWORD}", "127.0.0.1", {port})
Trace(bOK, ErrorOccurred)
Trace(ErrorInfo(errMessage))
Trace(ErrorInfo(errCode), ErrorInfo(errSystemCode))
Error()
Trace(EmailNbMessage("{USER}"), ErrorOccurred, ErrorInfo(errCode))
"#
        );
        let run = wl(&script, &[]);
        let reply = if protocol == "POP3" {
            "-ERR [AUTH] Authentication failed."
        } else {
            "NO [AUTHENTICATIONFAILED] Authentication failed."
        };
        let refused = format!("{protocol} server 127.0.0.1:{port} refused the login of \"{USER}\": {reply}");
        assert_eq!(run.lines(), vec!["False True", refused.as_str(), "3003 0", "-1 True 3007"], "{protocol}");
        assert_eq!(run.stderr, format!("{refused}\n"));
        assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    }
}

fn delete_script(start: &str) -> String {
    format!(
        r#"{start}
Trace(EmailNbMessage("{USER}"))
Trace(EmailDeleteMessage("{USER}"), ErrorInfo(errMessage))
EmailReadFirst("{USER}")
EmailReadNext("{USER}")
Trace(Email.Subject, EmailDeleteMessage("{USER}"), EmailNbMessage("{USER}"))
Trace(EmailDeleteMessage("{USER}"), ErrorInfo(errCode))
Trace(EmailReadFirst("{USER}"), Email.Subject)
Trace(EmailReadNext("{USER}"), Email.Subject)
Trace(EmailReadPrevious("{USER}"), Email.Subject)
Trace(EmailCloseSession("{USER}"))
{start}
Trace(EmailNbMessage("{USER}"))
WHILE EmailReadNext("{USER}")
	Trace(Email.Subject)
END
EmailCloseSession("{USER}")
"#
    )
}

#[test]
fn delete_a_message() {
    for protocol in ["POP3", "IMAP"] {
        let d = dovecot_with(3);
        let port = if protocol == "POP3" { d.pop3 } else { d.imap };
        let start = format!(r#"EmailStart{protocol}Session("{USER}", "{PASSWORD}", "127.0.0.1", {port})"#);
        let run = wl(&delete_script(&start), &[]);
        let expected = format!(
            "3\n\
             False no current message to delete in the {protocol} session \"{USER}\": read one first (EmailReadFirst, EmailReadNext…)\n\
             Message 2 True 2\n\
             False 3007\n\
             True Message 1\n\
             True Message 3\n\
             True Message 1\n\
             True\n\
             2\n\
             Message 1\n\
             Message 3\n"
        );
        assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (expected.as_str(), "", 0), "{protocol}");
        assert_eq!(d.stored(USER), 2, "{protocol}: the message is gone from the Maildir");
    }
}

#[test]
fn empty_mailbox_and_unknown_sessions() {
    let d = dovecot_with(0);
    let script = format!(
        r#"Trace(EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {imap}), EmailNbMessage("{USER}"))
Email.Subject = "left over"
Trace(EmailReadFirst("{USER}"), Email.Out, ErrorOccurred, Email.Subject)
Trace(EmailReadLast("{USER}"), Email.Out, ErrorOccurred)
Trace(EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {pop3}), ErrorInfo(errMessage))
Trace(EmailCloseSession("{USER}"), EmailCloseSession("{USER}"), ErrorInfo(errMessage))
Trace(EmailReadNext("nobody"), Email.Out, ErrorInfo(errMessage))
Trace(EmailNbMessage("nobody"), ErrorOccurred)
Trace(EmailDeleteMessage("nobody"), ErrorInfo(errCode))
Trace(EmailSaveAttachment("x.pdf", "x.pdf"), ErrorInfo(errMessage), ErrorInfo(errCode))
"#,
        imap = d.imap,
        pop3 = d.pop3
    );
    let run = wl(&script, &[]);
    let expected = format!(
        "True 0\n\
         False True False \n\
         False True False\n\
         False an IMAP session named \"{USER}\" is already open; close it with EmailCloseSession first\n\
         True False no email session named \"{USER}\" is open\n\
         False True no POP3 or IMAP session named \"nobody\" is open\n\
         -1 True\n\
         False 3007\n\
         False no attachment named \"x.pdf\" in the last messages read 3010\n"
    );
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (expected.as_str(), "", 0));
}

#[test]
fn email_start_session_opens_pop3_and_smtp_under_one_name() {
    let d = dovecot_with(2);
    let smtp = Server::start(Options::new(Mode::Plain).auth(USER, PASSWORD));
    let closed = closed_port();
    let script = format!(
        r#"IF EmailStartSession("{USER}", "{PASSWORD}", "127.0.0.1", "127.0.0.1", {pop3}, {smtp}) = True THEN
	Trace(EmailNbMessage("{USER}"))
	EmailReadFirst("{USER}")
	sFrom is string = Email.SenderAddress
	sSubject is string = Email.Subject
	EmailReset()
	Email.SenderAddress = "{USER}"
	Email.Recipient[1] = sFrom
	Email.Subject = "Re: " + sSubject
	Email.Message = "Thanks."
	Trace(EmailSendMessage("{USER}"))
	Trace(EmailCloseSession("{USER}"))
	Trace(EmailSendMessage("{USER}"), ErrorInfo(errMessage))
END
Trace(EmailStartSession("{USER}", "{PASSWORD}", "127.0.0.1", "127.0.0.1", {pop3}, {closed}), ErrorInfo(errMessage))
Trace(EmailNbMessage("{USER}"), ErrorInfo(errMessage))
Trace(EmailStartSession("{USER}", "{PASSWORD}", "127.0.0.1", "", {pop3}), EmailNbMessage("{USER}"))
Trace(EmailSendMessage("{USER}"), ErrorInfo(errMessage))
"#,
        pop3 = d.pop3,
        smtp = smtp.port,
    );
    let run = wl(&script, &[]);
    let expected = format!(
        "2\nTrue\nTrue\nFalse no SMTP session named \"{USER}\" is open\n\
         False cannot connect to SMTP server 127.0.0.1:{closed}: connection refused\n\
         -1 no POP3 or IMAP session named \"{USER}\" is open\n\
         True 2\n\
         False no SMTP session named \"{USER}\" is open\n"
    );
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (expected.as_str(), "", 0), "{}", d.log());
    let sent = smtp.messages();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].header("Subject").as_deref(), Some("Re: Message 1"));
    assert_eq!(sent[0].rcpt_tos(), vec!["ann@example.org"]);
    assert_eq!(sent[0].auth_login(), Some(USER));
}

#[test]
fn servers_that_misbehave() {
    let port = closed_port();
    let run = wl(
        &format!(
            r#"Trace(EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {port}), ErrorInfo(errMessage), ErrorInfo(errCode))"#
        ),
        &[],
    );
    assert_eq!(run.stdout, format!("False cannot connect to POP3 server 127.0.0.1:{port}: connection refused 3001\n"));
    // A server that never answers: the session fails within the timeout.
    let silent = Server::start(Options::new(Mode::Silent));
    for (protocol, option) in [("POP3", "0"), ("IMAP", "0"), ("POP3", "emailOptionSecuredTLS"), ("IMAP", "optionTLS")] {
        let run = wl(
            &format!(
                r#"EmailSetTimeOut(2)
Trace(EmailStart{protocol}Session("{USER}", "{PASSWORD}", "127.0.0.1", {}, {option}), ErrorInfo(errMessage))"#,
                silent.port
            ),
            &[],
        );
        assert!(run.elapsed.as_secs_f64() < 3.5, "{protocol} {option} took {:?}", run.elapsed);
        let expected = if option == "optionTLS" {
            format!("False TLS with IMAP server 127.0.0.1:{}: no answer within 2 s\n", silent.port)
                .replace(": no answer", " failed: no answer")
        } else {
            format!("False {protocol} server 127.0.0.1:{} sent no greeting within 2 s\n", silent.port)
        };
        assert_eq!((run.stdout.as_str(), run.code), (expected.as_str(), 0), "{protocol} {option}");
    }
    // A server that speaks another protocol: an error, never a crash.
    let garbage = Server::start(Options::new(Mode::Garbage));
    for protocol in ["POP3", "IMAP"] {
        let run = wl(
            &format!(
                r#"EmailSetTimeOut(5)
Trace(EmailStart{protocol}Session("{USER}", "{PASSWORD}", "127.0.0.1", {}), ErrorOccurred, ErrorInfo(errCode))"#,
                garbage.port
            ),
            &[],
        );
        assert_eq!(run.code, 0, "{protocol}: {}", run.stderr);
        assert!(run.stdout.starts_with("False True 300"), "{protocol}: {}", run.stdout);
        assert!(!run.stdout.contains(PASSWORD));
    }
}

#[test]
fn sessions_left_open_are_closed_at_the_end_and_deletions_committed() {
    let d = dovecot_with(2);
    let script = format!(
        r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {})
EmailReadFirst("{USER}")
Trace(EmailDeleteMessage("{USER}"))
"#,
        d.pop3
    );
    let run = wl(&script, &[]);
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), ("True\n", "", 0));
    assert_eq!(d.stored(USER), 1);
}

#[test]
fn example_read_inbox_runs_against_dovecot() {
    // examples/read_inbox.wl reads POP3_SERVER, POP3_PORT, POP3_USER, POP3_PASSWORD.
    let d = Dovecot::start(&[(USER, PASSWORD)]);
    d.deliver(USER, simple(1).as_bytes());
    d.deliver(
        USER,
        b"From: =?utf-8?q?Caf=C3=A9_Lumi=C3=A8re?= <news@cafe.example>\r\nTo: bob@example.com\r\n\
Subject: =?utf-8?q?Votre_facture_=E2=80=94_janvier?=\r\nDate: Tue, 16 Jan 2024 09:30:00 +0100\r\n\
MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b1\"\r\n\r\n--b1\r\n\
Content-Type: text/plain; charset=utf-8\r\n\r\nVotre facture est jointe.\r\n--b1\r\n\
Content-Type: application/pdf; name=\"facture-janvier.pdf\"\r\n\
Content-Disposition: attachment; filename=\"facture-janvier.pdf\"\r\nContent-Transfer-Encoding: base64\r\n\r\n\
JVBERi0xLjQKJcOkw7zDtsOfCg==\r\n--b1--\r\n",
    );
    let examples = root().join("examples");
    let work = support::tempdir("example");
    std::fs::copy(examples.join("read_inbox.wl"), work.join("read_inbox.wl")).unwrap();
    let port = d.pop3.to_string();
    let env = [
        ("POP3_SERVER", "127.0.0.1"),
        ("POP3_PORT", port.as_str()),
        ("POP3_USER", USER),
        ("POP3_PASSWORD", PASSWORD),
        ("TZ", "UTC"),
    ];
    let run = support::run_file(&work.join("read_inbox.wl"), &work, &env);
    let expected = "Mailbox of bob@example.com: 2 message(s)
1. Ann Smith <ann@example.org>: Message 1 (20240115)
2. Café Lumière <news@cafe.example>: Votre facture — janvier (20240116)
   saved facture-janvier.pdf
1 attachment(s) saved
";
    assert_eq!((run.stdout.as_str(), run.stderr.as_str(), run.code), (expected, "", 0), "{}", d.log());
    let pdf = std::fs::read(work.join("facture-janvier.pdf")).unwrap();
    assert_eq!(pdf, b"%PDF-1.4\n%\xc3\xa4\xc3\xbc\xc3\xb6\xc3\x9f\n");
    assert_eq!(d.stored(USER), 2, "the example deletes nothing");
    // Without a server, the example says what it needs instead of trying.
    let run = support::run_file(&work.join("read_inbox.wl"), &work, &[]);
    assert_eq!(run.code, 0);
    assert!(run.stdout.starts_with("Set POP3_SERVER"), "{}", run.stdout);
    let _ = std::fs::remove_dir_all(&work);
}

/// A scripted server on 127.0.0.1: each connection gets `greeting`, then `answer` is called
/// with every line received (CRLF removed) and its result sent; `None` closes the connection.
fn scripted(greeting: &'static [u8], answer: impl Fn(&str) -> Option<Vec<u8>> + Send + Sync + 'static) -> u16 {
    use std::io::{BufRead, BufReader, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for stream in listener.incoming().flatten() {
            let mut writer = stream.try_clone().unwrap();
            if writer.write_all(greeting).is_err() {
                continue;
            }
            let mut reader = BufReader::new(stream);
            let mut line = String::new();
            while reader.read_line(&mut line).unwrap_or(0) > 0 {
                match answer(line.trim_end()) {
                    Some(reply) => {
                        if writer.write_all(&reply).is_err() {
                            break;
                        }
                    }
                    None => break,
                }
                line.clear();
            }
            let _ = writer.shutdown(std::net::Shutdown::Both);
        }
    });
    port
}

fn pop3_answers(line: &str) -> Option<Vec<u8>> {
    let reply: &[u8] = match line.split(' ').next().unwrap_or("") {
        "CAPA" => b"+OK\r\nUSER\r\n.\r\n",
        "USER" | "PASS" | "DELE" | "QUIT" => b"+OK\r\n",
        "STAT" => b"+OK 3 300\r\n",
        "RETR" if line == "RETR 1" => b"-ERR [SYS/TEMP] message 1 is locked\r\n",
        "RETR" if line == "RETR 2" => b"+OK\r\nSubject: two\r\n\r\n..dot-stuffed\r\nbare LF line\n.\r\n",
        _ => b"-ERR unknown\r\n",
    };
    Some(reply.to_vec())
}

#[test]
fn pop3_refused_command_then_dot_unstuffing() {
    let port = scripted(b"+OK fake POP3\r\n", pop3_answers);
    let script = format!(
        r#"Trace(EmailStartPOP3Session("u", "p", "127.0.0.1", {port}), EmailNbMessage("u"))
Trace(EmailReadFirst("u"), Email.Out, ErrorInfo(errMessage), ErrorInfo(errCode))
Trace(EmailReadNext("u"), Email.Out, Email.Subject, Replace(Email.Message, CR, "/"))
Trace(EmailDeleteMessage("u"))
Trace(EmailCloseSession("u"))
"#
    );
    let run = wl(&script, &[]);
    assert_eq!(
        (run.stdout.as_str(), run.stderr.as_str(), run.code),
        (
            format!(
                "True 3\n\
                 False True POP3 server 127.0.0.1:{port} refused RETR 1: -ERR [SYS/TEMP] message 1 is locked 3004\n\
                 True False two .dot-stuffed/bare LF line/\n\
                 True\n\
                 True\n"
            )
            .as_str(),
            "",
            0
        )
    );
}

#[test]
fn pop3_connection_lost_during_a_message() {
    let port = scripted(b"+OK fake POP3\r\n", |line| {
        if line == "RETR 1" {
            return None;
        }
        pop3_answers(line)
    });
    let script = format!(
        r#"EmailSetTimeOut(5)
Trace(EmailStartPOP3Session("u", "p", "127.0.0.1", {port}))
Trace(EmailReadFirst("u"), Email.Out, ErrorInfo(errMessage), ErrorInfo(errCode))
Trace(EmailReadNext("u"), Email.Out, ErrorInfo(errMessage))
Trace(EmailCloseSession("u"), ErrorOccurred)
"#
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.stdout,
        format!(
            "True\n\
             False True connection to POP3 server 127.0.0.1:{port} lost during RETR: the server closed the connection 3005\n\
             False True connection to POP3 server 127.0.0.1:{port} is closed; close the session and start it again\n\
             True False\n"
        )
    );
}

#[test]
fn a_server_sending_an_endless_line() {
    // A greeting cut short by the server closing, and one that never ends: 64 KB of a line
    // is enough to give up.
    let port = scripted(b"+OK", |_| None);
    let big = scripted(Box::leak(vec![b'A'; 200_000].into_boxed_slice()), |_| None);
    for p in [port, big] {
        let run = wl(
            &format!(
                r#"EmailSetTimeOut(3)
Trace(EmailStartPOP3Session("u", "p", "127.0.0.1", {p}), ErrorInfo(errMessage))"#
            ),
            &[],
        );
        assert!(run.stdout.starts_with("False "), "{}", run.stdout);
        assert_eq!(run.code, 0);
        if p == big {
            assert_eq!(
                run.stdout,
                format!("False connection to POP3 server 127.0.0.1:{p} lost during the greeting: the server sent a line longer than 64 KB\n")
            );
        }
    }
}

#[test]
fn imap_untagged_warnings_literals_and_bye() {
    const MESSAGE: &str = "Subject: (parens) and {braces}\r\nFrom: x@example.org\r\n\r\nbody ) {3}\r\n";
    let port = scripted(b"* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN] fake IMAP ready\r\n", |line| {
        let (tag, command) = line.split_once(' ').unwrap_or((line, ""));
        let reply = if command.starts_with("LOGIN") {
            format!("{tag} OK [CAPABILITY IMAP4rev1 UIDPLUS] logged in\r\n")
        } else if command.starts_with("SELECT") {
            format!("* NO [ALERT] disk almost full\r\n* BAD something odd\r\n* 2 EXISTS\r\n* FLAGS (\\Seen \\Deleted)\r\n{tag} OK [READ-WRITE] selected\r\n")
        } else if command.starts_with("UID SEARCH") {
            format!("* SEARCH 9 7\r\n{tag} OK done\r\n")
        } else if command.starts_with("UID FETCH 7") {
            format!("* 1 FETCH (UID 7 BODY[] {{{}}}\r\n{MESSAGE})\r\n{tag} OK done\r\n", MESSAGE.len())
        } else if command.starts_with("UID FETCH 9") {
            "* BYE server shutting down\r\n".to_string()
        } else if command.starts_with("LOGOUT") {
            format!("* BYE bye\r\n{tag} OK done\r\n")
        } else {
            format!("{tag} BAD unknown\r\n")
        };
        Some(reply.into_bytes())
    });
    let script = format!(
        r#"EmailSetTimeOut(3)
Trace(EmailStartIMAPSession("u", "p", "127.0.0.1", {port}), EmailNbMessage("u"))
Trace(EmailReadFirst("u"), Email.Subject, Replace(Email.Message, CR, "/"))
Trace(EmailReadNext("u"), Email.Out, ErrorInfo(errMessage), ErrorInfo(errCode))
Trace(EmailCloseSession("u"))
"#
    );
    let run = wl(&script, &[]);
    assert_eq!(
        (run.stdout.as_str(), run.stderr.as_str(), run.code),
        (
            format!(
                "True 2\n\
                 True (parens) and {{braces}} body ) {{3}}/\n\
                 False True IMAP server 127.0.0.1:{port} ended the session during UID FETCH: BYE server shutting down 3005\n\
                 True\n"
            )
            .as_str(),
            "",
            0
        )
    );
}
