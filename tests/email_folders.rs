//! IMAP folders against a real Dovecot on 127.0.0.1: EmailListFolder, EmailCurrentFolder,
//! EmailChangeFolder, EmailCreateFolder, EmailDeleteFolder (names with accents and `&`
//! travel in modified UTF-7), deletions committed when the folder changes, and the errors
//! (a folder the server refuses, a POP3 session).

mod support;

use support::dovecot::Dovecot;
use support::wl;

const USER: &str = "dave@example.com";
const PASSWORD: &str = "f0ld3rs-Pass";

fn message(n: usize) -> String {
    format!("From: ann@example.org\r\nTo: {USER}\r\nSubject: Message {n}\r\nMessage-ID: <f{n}@example.org>\r\n\r\nBody {n}\r\n")
}

#[test]
fn imap_folders() {
    let d = Dovecot::start(&[(USER, PASSWORD)]);
    for n in 1..=2 {
        d.deliver(USER, message(n).as_bytes());
    }
    let script = format!(
        r#"s is string = "{USER}"
IF NOT EmailStartIMAPSession(s, "{PASSWORD}", "127.0.0.1", {port}) THEN
	Error(ErrorInfo())
	RETURN
END
Trace(EmailCurrentFolder(s), EmailNbMessage(s))
Trace(EmailCreateFolder(s, "Archive"), EmailCréeDossier(s, "Reçus & envoyés"))
sList is string = EmailListFolder(s)
Trace(Replace(sList, CR, "|"))
Trace(EmailReadFirst(s), Email.Subject, EmailDeleteMessage(s))
Trace(EmailChangeFolder(s, "Reçus & envoyés"), EmailDossierEnCours(s), EmailNbMessage(s), EmailReadFirst(s), Email.Out)
Trace(EmailChangeDossier(s, "INBOX"), EmailNbMessage(s), EmailReadFirst(s), Email.Subject)
Trace(EmailChangeFolder(s, "Nowhere"), ErrorOccurred, EmailCurrentFolder(s), EmailNbMessage(s))
Trace(EmailDeleteFolder(s, "Archive"), EmailSupprimeDossier(s, "Nowhere"))
Trace(Replace(EmailListeDossier(s), CR, "|"))
Trace(EmailCloseSession(s))
IF EmailStartPOP3Session(s, "{PASSWORD}", "127.0.0.1", {pop3}) THEN
	Trace(EmailListFolder(s) = "", ErrorInfo(errMessage))
	EmailCloseSession(s)
END
Trace(EmailCurrentFolder("nobody") = "", ErrorInfo(errMessage))
EmailChangeFolder(s, "")
"#,
        port = d.imap,
        pop3 = d.pop3
    );
    let run = wl(&script, &[]);
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    let lines = run.lines();
    assert_eq!(lines.len(), 12, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(lines[0], "INBOX 2");
    assert_eq!(lines[1], "True True");
    let mut listed: Vec<&str> = lines[2].split('|').collect();
    listed.sort_unstable();
    assert_eq!(listed, vec!["Archive", "INBOX", "Reçus & envoyés"]);
    assert_eq!(lines[3], "True Message 1 True");
    assert_eq!(lines[4], "True Reçus & envoyés 0 False True");
    // Back in INBOX: the deletion was committed when the folder changed.
    assert_eq!(lines[5], "True 1 True Message 2");
    assert!(lines[6].starts_with("False True INBOX 1"), "{}", lines[6]);
    assert_eq!(lines[7], "True False");
    let mut listed: Vec<&str> = lines[8].split('|').collect();
    listed.sort_unstable();
    assert_eq!(listed, vec!["INBOX", "Reçus & envoyés"]);
    assert_eq!(lines[9], "True");
    assert_eq!(
        lines[10],
        format!("True EmailListFolder needs an IMAP session: \"{USER}\" is a POP3 session, and POP3 has no folders")
    );
    assert_eq!(lines[11], "True no IMAP session named \"nobody\" is open");
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("EmailChangeFolder takes a folder name, not an empty string"), "{}", run.stderr);
    // The server's side: the folder exists in the Maildir under its modified UTF-7 name.
    let maildir = d.maildir(USER);
    assert!(
        maildir.join(".Re&AOc-us &- envoy&AOk-s").is_dir(),
        "{:?}",
        std::fs::read_dir(&maildir).unwrap().collect::<Vec<_>>()
    );
    assert!(!maildir.join(".Archive").exists());
}
