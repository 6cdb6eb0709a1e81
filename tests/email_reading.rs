//! Reading a message by its number (EmailReadMessage, EmailReadMessageHeader) and the
//! message's identifier on the server (`Email.ID`), against a real Dovecot on 127.0.0.1,
//! through POP3 and IMAP.

mod support;

use support::dovecot::Dovecot;
use support::wl;

const USER: &str = "carol@example.com";
const PASSWORD: &str = "r3ad-Numb3r";

fn message(n: usize) -> String {
    format!(
        "From: Ann Smith <ann@example.org>\r\nTo: {USER}\r\nSubject: Message {n}\r\n\
         Date: Mon, 15 Jan 2024 10:0{n}:00 +0000\r\nMessage-ID: <m{n}@example.org>\r\n\r\n\
         Body of {n}\r\n"
    )
}

fn dovecot() -> Dovecot {
    let d = Dovecot::start(&[(USER, PASSWORD)]);
    for n in 1..=3 {
        d.deliver(USER, message(n).as_bytes());
    }
    d
}

/// PC SOFT's example of EmailNbMessage (doc.pcsoft.fr/?3032024: "loop for reading all the
/// received messages found in the mailbox of the POP3 protocol"), its `CL.NAME = …`
/// assignments to a data file written as Trace; message 2 is deleted first, so the loop
/// meets a deleted message as the example expects.
fn script(start: &str) -> String {
    format!(
        r#"UserName is string = "{USER}"
IF NOT {start} THEN
	Error(ErrorInfo())
	RETURN
END
Trace(EmailReadMessage(UserName, 2), Email.Subject, Email.Out)
Trace(EmailDeleteMessage(UserName))
I is int
nbMSG is int = 3
FOR I = 1 TO nbMSG
	EmailReadMessage(UserName, I)
	IF Email.Out <> True THEN
		Trace(Email.Sender, Email.Subject, Email.MessageID)
		Trace(Email.Message)
	ELSE
		Info("This message was deleted")
	END
END
Trace(EmailNbMessage(UserName))
m is Email
Trace(EmailLitMessage(UserName, m, 3), m.Subject, m.Out)
id3 is string = m.ID
Trace(EmailReadMessage(UserName, 1), Email.ID <> "", Email.ID <> id3, id3 <> "")
Trace(EmailReadMessageHeader(UserName, m, 1), m.Subject, m.Message = "", m.ID = Email.ID)
Trace(EmailReadMessage(UserName, 9), Email.Out, ErrorOccurred)
Trace(EmailReadMessage(UserName, 0), Email.Out, ErrorOccurred)
Trace(EmailReadNext(UserName), Email.Subject)
Trace(EmailReadMessage("nobody", 1), ErrorInfo(errMessage))
EmailReadMessage(UserName, "the first one")
"#
    )
}

fn check(start: &str) -> String {
    let d = dovecot();
    let run = wl(&script(&start.replace("{imap}", &d.imap.to_string()).replace("{pop3}", &d.pop3.to_string())), &[]);
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    assert_eq!(run.code, 1, "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "EmailReadMessage takes the number of the message in the session (1 to EmailNbMessage), not \"the first one\""
        ),
        "{}",
        run.stderr
    );
    run.stdout
}

const EXPECTED: &str = "True Message 2 False
True
Ann Smith <ann@example.org> Message 1 m1@example.org
Body of 1\r

This message was deleted
Ann Smith <ann@example.org> Message 3 m3@example.org
Body of 3\r

2
True Message 3 False
True True True True
True Message 1 True True
False True False
False True False
True Message 3
False no POP3 or IMAP session named \"nobody\" is open
";

#[test]
fn read_by_number_through_pop3() {
    let out = check(&format!(r#"EmailStartPOP3Session(UserName, "{PASSWORD}", "127.0.0.1", {{pop3}})"#));
    assert_eq!(out, EXPECTED);
}

#[test]
fn read_by_number_through_imap() {
    let out = check(&format!(r#"EmailStartIMAPSession(UserName, "{PASSWORD}", "127.0.0.1", {{imap}})"#));
    assert_eq!(out, EXPECTED);
}
