//! PC SOFT's own email examples, taken from its documentation pages (docs/email.md lists
//! them) and run as they are written there, with only the server, port, credentials,
//! addresses (which the English pages print empty) and file paths adapted to the test's
//! servers on 127.0.0.1. Each message is checked where it ends up, by a MIME parser
//! (mail-parser): in the file the script wrote, or as aiosmtpd received it.

mod support;

use mail_parser::{Address, Message, MessageParser};
use support::dovecot::Dovecot;
use support::{run_file, tempdir, Mode, Options, Server};

const USER: &str = "bob@example.com";
const PASSWORD: &str = "s3cret-Pa55";

/// Runs a script in a folder of its own; the folder (with what the script wrote) is returned.
fn run_in_folder(script: &str) -> (support::Run, std::path::PathBuf) {
    let dir = tempdir("pcsoft");
    let path = dir.join("example.wl");
    std::fs::write(&path, script).unwrap();
    (run_file(&path, &dir, &[]), dir)
}

fn parse(raw: &[u8]) -> Message<'_> {
    MessageParser::default().parse(raw).expect("a MIME message")
}

fn first_address(a: Option<&Address>) -> String {
    a.and_then(|a| a.first()).and_then(|a| a.address.as_deref()).unwrap_or_default().to_string()
}

fn check_auto_email_test(raw: &[u8]) {
    let m = parse(raw);
    assert_eq!(first_address(m.to()), "support_test@pcsoft-test.fr");
    assert_eq!(first_address(m.from()), "client@company.fr");
    assert_eq!(m.body_text(0).as_deref().map(str::trim_end), Some("Auto Email Test"));
    assert!(m.date().is_some() && m.message_id().is_some());
}

/// EmailBuildSource, "Example with an Email variable".
#[test]
fn emailbuildsource_with_an_email_variable() {
    let (run, dir) = run_in_folder(
        r#"// Initialize the variable
MyMessage is Email
Add(MyMessage.Recipient, "support_test@pcsoft-test.fr")
MyMessage.Sender = "client@company.fr"
MyMessage.Message = "Auto Email Test"
// Create the .eml file
IF EmailBuildSource(MyMessage) = True THEN
	fSaveText("Test.eml", MyMessage.Source)
END
"#,
    );
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    check_auto_email_test(&std::fs::read(dir.join("Test.eml")).unwrap());
}

/// EmailBuildSource, "Example with the Email structure".
#[test]
fn emailbuildsource_with_the_email_structure() {
    let (run, dir) = run_in_folder(
        r#"// Initialize the email structure
Email.NbRecipient = 1
Email.Recipient = "support_test@pcsoft-test.fr"
Email.Sender = "client@company.fr"
Email.Message = "Auto Email Test"
// Create the .eml file
IF EmailBuildSource() = True THEN
	fSaveText("Test.eml", Email.Source)
END
"#,
    );
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    check_auto_email_test(&std::fs::read(dir.join("Test.eml")).unwrap());
}

/// <Email variable>.BuildSource.
#[test]
fn email_variable_buildsource_method() {
    let (run, dir) = run_in_folder(
        r#"// Initialize the variable
MyMessage is Email
Add(MyMessage.Recipient, "support_test@pcsoft-test.fr")
MyMessage.Sender = "client@company.fr"
MyMessage.Message = "Auto Email Test"
// Create the .eml file
IF MyMessage.BuildSource() = True THEN
	fSaveText("Test.eml", MyMessage.Source)
END
"#,
    );
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    check_auto_email_test(&std::fs::read(dir.join("Test.eml")).unwrap());
}

/// EmailSend: the page's example, after a session named "SessionSMTP" is started (the page
/// assumes one), with its file in the script's folder. The page's code closes one IF too
/// many (a stray END), which no WLanguage compiler accepts: it is left out.
#[test]
fn emailsend_sends_a_prepared_source() {
    let server = Server::start(Options::new(Mode::Plain));
    let (run, _dir) = run_in_folder(&format!(
        r#"EmailStartSMTPSession("SessionSMTP", "127.0.0.1", {port})
// Initialisation de la structure email
Email.NbRecipient = 1
Email.Recipient = "support_test@pcsoft-test.fr"
Email.Sender = "client@company.fr"
Email.Message = "Test Auto eMail"

// Construction du message
IF EmailBuildSource() = False THEN
	Error(ErrorInfo())
	RETURN
END

IF fSaveText("ContenuEmail.txt", Email.Source) = False THEN
	Error(ErrorInfo())
ELSE
	EmailSend("SessionSMTP", "ContenuEmail.txt")
	IF ErrorOccurred = True THEN
		Error(ErrorInfo())
	END
END
"#,
        port = server.port
    ));
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].mail_from(), "client@company.fr");
    assert_eq!(messages[0].rcpt_tos(), vec!["support_test@pcsoft-test.fr"]);
    let m = parse(messages[0].eml.as_bytes());
    assert_eq!(m.body_text(0).as_deref().map(str::trim_end), Some("Test Auto eMail"));
}

/// EmailStartSMTPSession, the secure example (port 587, emailOptionSecuredTLS), its
/// "procedure used to initialize the email structure" written out.
#[test]
fn emailstartsmtpsession_secure_example() {
    let server = Server::start(Options::new(Mode::StartTls).auth(USER, PASSWORD));
    let (run, _dir) = run_in_folder(&format!(
        r#"UserName is string
UserName = "{USER}"
// Send an email via the secure SMTP protocol
EmailSetTimeOut(10) //10 seconds for the timeout
// Use a secure SMTP server with authentication
// Required to use a SMTP
// that differs from the one of the ISP
IF EmailStartSMTPSession(UserName, "{PASSWORD}", ...
	"127.0.0.1", {port}, False, emailOptionSecuredTLS) = True THEN
	// Procedure used to initialize the email structure
	Email.NbRecipient = 1
	Email.Recipient = "client@example.org"
	Email.Sender = UserName
	Email.Subject = "Priorité haute"
	Email.Priority = emailHighPriority
	Email.Message = "Auto Email Test"
	// Sends the email
	IF EmailSendMessage(UserName) = False THEN
		Error("Unable to establish connection", ErrorInfo(), ...
		"In case of timeout, check the parameters of the "+ ...
		"""Firewall"" on the port used (587)")
	END
	// Closes the session
	EmailCloseSession(UserName)
ELSE
	Error("Unable to establish connection", ErrorInfo(), ...
	"In case of timeout, check the parameters of the "+ ...
	"""Firewall"" on the port used (587)")
END
"#,
        port = server.port
    ));
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    assert!(messages[0].tls());
    assert_eq!(messages[0].auth_login(), Some(USER));
    let m = parse(messages[0].eml.as_bytes());
    assert_eq!(m.subject(), Some("Priorité haute"));
    assert_eq!(m.header_raw("X-Priority").map(str::trim), Some("2 (High)"));
    assert_eq!(first_address(m.to()), "client@example.org");
}

/// EmailStatus: an asynchronous session started by EmailStartSession (POP3 and SMTP), the
/// message sent, its status read back by its MailIdentifier.
#[test]
fn emailstatus_example() {
    let server = Server::start(Options::new(Mode::Plain).auth(USER, PASSWORD));
    let dovecot = Dovecot::start(&[(USER, PASSWORD)]);
    let (run, _dir) = run_in_folder(&format!(
        r#"USER is string = "{USER}"
PASSWORD is string = "{PASSWORD}"
UserName is string
// Send an email via the SMTP protocol
IF EmailStartSession(USER, PASSWORD, "127.0.0.1", ...
	"127.0.0.1", {pop3}, {smtp}, True) = True THEN
	UserName = USER
ELSE
	UserName = ""
	Error("Unable to establish the connection")
END
// Initialize the email structure
Email.Recipient = "client@example.org"
Email.Sender = USER
Email.Message = "Auto Email Test"
Email.NbRecipient = 1
// Send the email
IF EmailSendMessage(UserName) = False THEN
	Error("EMailSendMessage failed '" + ErrorInfo(errMessage) + "'")
ELSE
	Info("EmailSendMessage was successful")
END
// Track the email
SWITCH EmailStatus(Email.MailIdentifier)
	CASE emailSent: Trace("The email was sent")
	CASE emailPending: Trace("The email is currently processed")
	CASE emailError: Trace("Error: " + ErrorInfo(errMessage))
END
EmailCloseSession(UserName)
SWITCH EmailStatus(Email.MailIdentifier)
	CASE emailSent: Trace("The email was sent")
	OTHER CASE: Trace("not sent")
END
"#,
        pop3 = dovecot.pop3,
        smtp = server.port
    ));
    assert_eq!(run.code, 0, "{}", run.stderr);
    let lines = run.lines();
    assert_eq!(lines[0], "EmailSendMessage was successful");
    assert!(lines[1] == "The email was sent" || lines[1] == "The email is currently processed", "{lines:?}");
    assert_eq!(lines[2], "The email was sent");
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    let m = parse(messages[0].eml.as_bytes());
    assert_eq!(first_address(m.from()), USER);
}

/// The emailSMTPSession page's example (OAuth 2). Getting the token from a browser
/// (`AuthIdentify` with an OAuth2Parameters variable) is out of wl's scope: the token is
/// given to `..AuthToken` as text, as a script that obtained it elsewhere would. The server
/// offers only XOAUTH2 and checks the user and the token.
fn oauth_script(port: u16, token: &str) -> String {
    format!(
        r#"MySMTPSession is emailSMTPSession
// OAuth authentication
MySMTPSession.ServerAddress = "127.0.0.1"
MySMTPSession.Name = "{USER}"
MySMTPSession.Password = "secret"
MySMTPSession.Port = {port}
MySMTPSession.Option = emailOptionDefault
MySMTPSession.AuthToken = "{token}"

// If the authentication was successful, log in to email inbox
IF MySMTPSession.StartSession() THEN
	Email.Recipient = "client@example.org"
	Email.NbRecipient = 1
	Email.Sender = "{USER}"
	Email.Subject = "OAuth 2"
	Email.Message = "Sent with XOAUTH2"
	Trace(MySMTPSession.SendMessage(Email))
	Trace(MySMTPSession..AuthToken)
	MySMTPSession.CloseSession()
ELSE
	Trace(ErrorInfo(errMessage))
END
"#
    )
}

#[test]
fn oauth2_token_with_xoauth2() {
    let token = "ya29.a0AfH6SMB-test-token";
    let server = Server::start(Options::new(Mode::Plain).oauth(USER, token));
    let (run, _dir) = run_in_folder(&oauth_script(server.port, token));
    assert_eq!((run.code, run.stderr.as_str()), (0, ""));
    assert_eq!(run.lines(), vec!["True", "***"]);
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].auth_login(), Some(USER));
    let m = parse(messages[0].eml.as_bytes());
    assert_eq!(m.subject(), Some("OAuth 2"));

    // A wrong token: the session fails with the server's refusal, and the token is never shown.
    let (run, _dir) = run_in_folder(&oauth_script(server.port, "wrong-token-123"));
    assert_eq!(run.code, 0, "{}", run.stderr);
    assert!(
        run.stdout.starts_with(&format!("SMTP server 127.0.0.1:{} refused the login of \"{USER}\": 535", server.port)),
        "{}",
        run.stdout
    );
    assert!(!run.stdout.contains("wrong-token-123") && !run.stderr.contains("wrong-token-123"));
    assert_eq!(server.messages().len(), 1);
}
