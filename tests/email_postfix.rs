//! Through a real MTA: a script sends through Postfix (submission with STARTTLS, and
//! implicit TLS; logins checked by Dovecot over SASL), Postfix delivers to Dovecot's
//! Maildir, and scripts read the messages back over IMAPS and POP3S. All on 127.0.0.1.

mod support;

use mail_parser::MessageParser;
use std::time::{Duration, Instant};
use support::dovecot::Dovecot;
use support::postfix::Postfix;
use support::wl;

const USER: &str = "bob@example.com";
const PASSWORD: &str = "s3cret-Pa55";

#[test]
fn send_through_postfix_and_read_back_over_imaps_and_pop3s() {
    let dovecot = Dovecot::start(&[(USER, PASSWORD)]);
    let postfix = Postfix::start(&dovecot, &[USER]);
    let send = format!(
        r#"EmailSetTimeOut(20)
FOR EACH nPort, i OF [{submission}, {smtps}]
	sOption is int = emailProtocolSMTPS
	IF i = 2 THEN sOption = optionTLS
	IF NOT EmailStartSMTPSession("{USER}", "{PASSWORD}", "127.0.0.1", nPort, emailSynchronous, sOption) THEN
		Trace(ErrorInfo())
		CONTINUE
	END
	EmailReset()
	Email.Sender = "Bob <{USER}>"
	Email.Recipient = "{USER}"
	Email.Subject = "Message " + i + " à travers Postfix"
	Email.Message = "Corps " + i
	Trace(EmailSendMessage("{USER}"))
	EmailCloseSession("{USER}")
END
"#,
        submission = postfix.submission,
        smtps = postfix.smtps
    );
    let run = wl(&send, &[]);
    assert_eq!(run.lines(), vec!["True", "True"], "{}\n{}", run.stderr, postfix.log());
    let deadline = Instant::now() + Duration::from_secs(30);
    while dovecot.stored(USER) < 2 {
        assert!(Instant::now() < deadline, "Postfix did not deliver both messages:\n{}", postfix.log());
        std::thread::sleep(Duration::from_millis(200));
    }
    // What Postfix delivered, checked by a MIME parser.
    let mut subjects = Vec::new();
    for sub in ["new", "cur"] {
        for entry in std::fs::read_dir(dovecot.maildir(USER).join(sub)).unwrap() {
            let raw = std::fs::read(entry.unwrap().path()).unwrap();
            let m = MessageParser::default().parse(&raw).unwrap();
            assert!(m.header_raw("Received").is_some_and(|r| r.contains("ESMTPSA")), "sent with TLS and a login");
            subjects.push(m.subject().unwrap_or_default().to_string());
        }
    }
    subjects.sort();
    assert_eq!(subjects, vec!["Message 1 à travers Postfix", "Message 2 à travers Postfix"]);

    for start in [
        format!(r#"EmailStartIMAPSession("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, dovecot.imaps),
        format!(r#"EmailStartPOP3Session("{USER}", "{PASSWORD}", "127.0.0.1", {}, optionTLS)"#, dovecot.pop3s),
    ] {
        let read = format!(
            r#"IF NOT {start} THEN
	Trace(ErrorInfo())
	RETURN
END
Trace(EmailNbMessage("{USER}"))
arrSubjects is array of strings
EmailReadFirst("{USER}")
WHILE NOT Email.Out
	Add(arrSubjects, Email.Subject + " / " + Replace(Email.Message, CR, ""))
	EmailReadNext("{USER}")
END
ArraySort(arrSubjects)
FOR EACH s OF arrSubjects
	Trace(s)
END
EmailCloseSession("{USER}")
"#
        );
        let run = wl(&read, &[]);
        assert_eq!(
            run.lines(),
            vec!["2", "Message 1 à travers Postfix / Corps 1", "Message 2 à travers Postfix / Corps 2"],
            "{}",
            run.stderr
        );
    }
}
