//! OAuth 2 with SASL OAUTHBEARER (RFC 7628), for a server that offers it but not XOAUTH2:
//! SMTP against aiosmtpd (which checks the GS2 header, host, port and token, and that a
//! refused client answers the error challenge with ^A), IMAP and POP3 against Dovecot with
//! an OAuth 2 passdb asking a token introspection endpoint. The token is never shown.

mod support;

use support::dovecot::Dovecot;
use support::{introspection_server, wl, Mode, Options, Server};

const USER: &str = "bob@example.com";
const TOKEN: &str = "ya29.bearer-token-7628";
const WRONG: &str = "not-the-bearer-token-99";

fn smtp_script(port: u16, token: &str) -> String {
    format!(
        r#"s is emailSMTPSession
s.Name = "{USER}"
s.ServerAddress = "127.0.0.1"
s.Port = {port}
s.AuthToken = "{token}"
IF s.StartSession() THEN
	m is Email
	m.Sender = "{USER}"
	m.Recipient = "client@example.org"
	m.Subject = "OAUTHBEARER"
	m.Message = "Sent with RFC 7628"
	Trace(s.SendMessage(m))
	s.CloseSession()
ELSE
	Trace(ErrorInfo(errCode), ErrorInfo(errMessage))
END
"#
    )
}

#[test]
fn smtp_with_oauthbearer() {
    let server = Server::start(Options::new(Mode::Plain).oauth_bearer(USER, TOKEN));
    let run = wl(&smtp_script(server.port, TOKEN), &[]);
    assert_eq!(run.lines(), vec!["True"], "{}", run.stderr);
    let messages = server.messages();
    assert_eq!(messages.len(), 1);
    assert_eq!(messages[0].auth_login(), Some(USER));
    let parsed = mail_parser::MessageParser::default().parse(messages[0].eml.as_bytes()).unwrap();
    assert_eq!(parsed.subject(), Some("OAUTHBEARER"));

    // A wrong token: the server's JSON error challenge is answered with ^A, then the 535.
    let run = wl(&smtp_script(server.port, WRONG), &[]);
    assert!(
        run.stdout
            .starts_with(&format!("3003 SMTP server 127.0.0.1:{} refused the login of \"{USER}\": 535", server.port)),
        "{}\n{}",
        run.stdout,
        run.stderr
    );
    assert!(!run.stdout.contains(WRONG) && !run.stderr.contains(WRONG));
    assert_eq!(server.messages().len(), 1);
}

#[test]
fn imap_and_pop3_with_oauthbearer() {
    let dovecot = Dovecot::start_with_oauth_mechanisms(
        &[(USER, "unused-Pa55")],
        &introspection_server(TOKEN, USER),
        "oauthbearer",
    );
    dovecot.deliver(USER, b"From: a@example.org\r\nTo: bob@example.com\r\nSubject: via OAUTHBEARER\r\n\r\nbody\r\n");
    for (kind, port, option) in [
        ("emailIMAPSession", dovecot.imaps, "optionTLS"),
        ("emailIMAPSession", dovecot.imap, "emailOptionDefault"),
        ("emailPOP3Session", dovecot.pop3s, "optionTLS"),
    ] {
        for token in [TOKEN, WRONG] {
            let script = format!(
                r#"s is {kind}
s.Name = "{USER}"
s.ServerAddress = "127.0.0.1"
s.Port = {port}
s.Option = {option}
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
            let run = wl(&script, &[]);
            if token == TOKEN {
                assert_eq!(
                    run.lines(),
                    vec!["1 via OAUTHBEARER"],
                    "{kind} {option}: {}\n{}",
                    run.stderr,
                    dovecot.log()
                );
            } else {
                assert!(run.stdout.starts_with("3003 "), "{kind} {option}: {}\n{}", run.stdout, run.stderr);
                assert!(run.stdout.contains(&format!("refused the login of \"{USER}\"")), "{}", run.stdout);
                assert!(!run.stdout.contains(WRONG) && !run.stderr.contains(WRONG));
            }
        }
    }
}

#[test]
fn a_server_without_oauth_mechanisms_fails_the_session() {
    let dovecot = Dovecot::start(&[(USER, "s3cret-Pa55")]);
    let script = format!(
        r#"s is emailIMAPSession
s.Name = "{USER}"
s.ServerAddress = "127.0.0.1"
s.Port = {port}
s.AuthToken = "{TOKEN}"
Trace(EmailStartSession(s), ErrorInfo(errCode), ErrorInfo(errMessage))
"#,
        port = dovecot.imap
    );
    let run = wl(&script, &[]);
    assert_eq!(
        run.lines(),
        vec![format!(
            "False 3003 IMAP server 127.0.0.1:{} refused the login of \"{USER}\": it offers neither XOAUTH2 nor OAUTHBEARER, one of which ..AuthToken needs",
            dovecot.imap
        )]
    );
}
