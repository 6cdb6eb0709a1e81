//! EmailGetAll (French EmailRécupèreTout) and the `ReceiveDate` of a message read, against
//! a real Dovecot on 127.0.0.1: PC SOFT's example (doc.windev.com/?1000018727, only the
//! session's parameters set and `LooperAddLine`, a window's control, written as `Trace`),
//! the read options through IMAP and POP3, and the errors.

mod support;

use support::dovecot::Dovecot;
use support::wl;

const USER: &str = "erin@example.com";
const PASSWORD: &str = "g3t-A11-mail";

fn message(n: usize) -> String {
    format!(
        "Received: from mx.example.org by imap.example.com; Mon, 15 Jan 2024 10:0{n}:30 +0000\r\n\
         From: Ann Smith <ann@example.org>\r\nTo: {USER}\r\nSubject: Message {n}\r\n\
         Date: Mon, 15 Jan 2024 10:0{n}:00 +0000\r\nMessage-ID: <g{n}@example.org>\r\n\
         MIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=\"b\"\r\n\r\n\
         --b\r\nContent-Type: text/plain\r\n\r\nBody {n}\r\n\
         --b\r\nContent-Type: text/plain; name=\"note{n}.txt\"\r\nContent-Disposition: attachment; filename=\"note{n}.txt\"\r\n\r\nNote {n}\r\n\
         --b--\r\n"
    )
}

/// Three messages; the second one already read (`\Seen`: in cur/ with the S flag, as an
/// IMAP client that read it leaves it).
fn dovecot() -> Dovecot {
    let d = Dovecot::start(&[(USER, PASSWORD)]);
    for n in 1..=3 {
        d.deliver(USER, message(n).as_bytes());
    }
    let maildir = d.maildir(USER);
    let mut names: Vec<_> = std::fs::read_dir(maildir.join("new")).unwrap().map(|e| e.unwrap().file_name()).collect();
    names.sort();
    let second = names[1].to_string_lossy().into_owned();
    std::fs::rename(maildir.join("new").join(&second), maildir.join("cur").join(format!("{second}:2,S"))).unwrap();
    d
}

#[test]
fn pcsoft_example_reads_the_unread_messages() {
    let d = dovecot();
    let script = format!(
        r#"// Retrieve all unread emails from the in-box.
IMAPSession is emailIMAPSession
IMAPSession..Name = "{USER}"
IMAPSession..Password = "{PASSWORD}"
IMAPSession..ServerAddress = "127.0.0.1"
IMAPSession..Port = {port}
arrUnreadEmails is array of Emails

// Start the session
EmailStartSession(IMAPSession)

// Retrieve all unread emails
arrUnreadEmails = EmailGetAll(IMAPSession, ertNotRead)

// Display the information for each email
FOR EACH MyEmail OF arrUnreadEmails
	Trace(MyEmail.Sender, MyEmail.Subject, NoSpace(MyEmail.Message))
END
"#,
        port = d.imap
    );
    let run = wl(&script, &[]);
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(
        run.lines(),
        vec!["Ann Smith <ann@example.org> Message 1 Body 1", "Ann Smith <ann@example.org> Message 3 Body 3"]
    );
}

/// The same page's example as its French version prints it (help.windev.com/?1000018727):
/// French variable names and the Email members `Expediteur` and `Sujet`.
#[test]
fn pcsoft_french_example_reads_the_unread_messages() {
    let d = dovecot();
    let script = format!(
        r#"SessionIMAP is emailIMAPSession
SessionIMAP..Name = "{USER}"
SessionIMAP..Password = "{PASSWORD}"
SessionIMAP..ServerAddress = "127.0.0.1"
SessionIMAP..Port = {port}
tabEmailNonLus is array of Email
EmailStartSession(SessionIMAP)
tabEmailNonLus = EmailGetAll(SessionIMAP, ertNotRead)
FOR EACH MonEmail OF tabEmailNonLus
	Trace(MonEmail.Expediteur, NoSpace(MonEmail.Message), MonEmail.Sujet)
END
"#,
        port = d.imap
    );
    let run = wl(&script, &[]);
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    assert_eq!(run.code, 0, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(
        run.lines(),
        vec!["Ann Smith <ann@example.org> Body 1 Message 1", "Ann Smith <ann@example.org> Body 3 Message 3"]
    );
}

#[test]
fn read_options_through_imap_and_pop3() {
    let d = dovecot();
    let script = format!(
        r#"s is string = "{USER}"
IF NOT EmailStartIMAPSession(s, "{PASSWORD}", "127.0.0.1", {imap}) THEN
	Error(ErrorInfo())
	RETURN
END
arr is array of Email = EmailRécupèreTout(s)
Trace(ArrayCount(arr), arr[1].Subject, arr[2].Subject, arr[3].Subject, arr[2].NbAttach, arr[2].Attach[1].Name, arr[2].Attach[1].ContentType)
Trace(arr[1].ID <> "", arr[1].ID <> arr[2].ID, arr[3].MessageID, arr[3].Out)
Trace(arr[1].ReceiveDate, arr[1].ReceiveDate..Day, arr[1].ReceiveDate..Hour, arr[1].Date)
Trace(ArrayCount(EmailGetAll(s, ertFull + ertNotRead)), ArrayCount(EmailGetAll(s, ertHeader)), ArrayCount(EmailGetAll(s, ertAsynchronous)))
// Reading leaves the messages unread, and the cursor where it was.
Trace(ArrayCount(EmailGetAll(s, ertNotRead)), EmailReadFirst(s), Email.Subject)
Trace(EmailSaveAttachment(arr[3].Attach[1], fExeDir() + "/saved.txt"), NoSpace(fLoadText(fExeDir() + "/saved.txt")), fSaveBuffer(fExeDir() + "/buffer.txt", arr[1].Attach[1].Content), NoSpace(fLoadBuffer(fExeDir() + "/buffer.txt")))
Trace(EmailDeleteMessage(s), ArrayCount(EmailGetAll(s)), EmailGetAll(s)[1].Subject)
EmailCloseSession(s)
Trace(ArrayCount(EmailGetAll(s)), ErrorOccurred, ErrorInfo(errMessage))
IF NOT EmailStartPOP3Session(s, "{PASSWORD}", "127.0.0.1", {pop3}) THEN
	Error(ErrorInfo())
	RETURN
END
arr = EmailGetAll(s, ertFull)
Trace(ArrayCount(arr), arr[1].Subject, arr[2].Subject, arr[1].ID <> "")
EmailGetAll(s, ertNotRead)
"#,
        imap = d.imap,
        pop3 = d.pop3
    );
    let run = wl(&script, &[("TZ", "UTC")]);
    assert!(!run.stdout.contains(PASSWORD) && !run.stderr.contains(PASSWORD));
    let lines = run.lines();
    assert_eq!(lines.len(), 9, "{}\n{}", run.stdout, run.stderr);
    assert_eq!(lines[0], "3 Message 1 Message 2 Message 3 1 note2.txt text/plain");
    assert_eq!(lines[1], "True True g3@example.org False");
    assert_eq!(lines[2], "20240115100130000 15 10 20240115100100");
    assert_eq!(lines[3], "2 3 3");
    assert_eq!(lines[4], "2 True Message 1");
    assert_eq!(lines[5], "True Note 3 True Note 1");
    // Message 1 is deleted in the session: EmailGetAll leaves it out, as EmailNbMessage does.
    assert_eq!(lines[6], "True 2 Message 2");
    assert_eq!(lines[7], format!("0 True no POP3 or IMAP session named \"{USER}\" is open"));
    // POP3: the message 1 deleted through IMAP is gone.
    assert_eq!(lines[8], "2 Message 2 Message 3 True");
    assert_eq!(run.code, 1);
    assert!(run.stderr.contains("ertNotRead is not available for a POP3 session"), "{}", run.stderr);
}
