//! OAuth 2 for the three protocols (`..AuthToken`): the SASL mechanisms that carry a bearer
//! token, XOAUTH2 (Google's, also Microsoft 365's) and OAUTHBEARER (RFC 7628), and which
//! one a session uses.

use crate::pop3::base64;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mechanism {
    XOAuth2,
    OAuthBearer,
}

impl Mechanism {
    /// The mechanism to use among those the server offers (`offers` takes a SASL name in
    /// upper case): XOAUTH2 first (what Gmail and Microsoft 365 document), else OAUTHBEARER.
    pub fn choose(offers: impl Fn(&str) -> bool) -> Option<Mechanism> {
        [Mechanism::XOAuth2, Mechanism::OAuthBearer].into_iter().find(|m| offers(m.name()))
    }

    pub fn name(self) -> &'static str {
        match self {
            Mechanism::XOAuth2 => "XOAUTH2",
            Mechanism::OAuthBearer => "OAUTHBEARER",
        }
    }

    /// The client's first message, in base64. XOAUTH2: `user=…^Aauth=Bearer …^A^A`.
    /// OAUTHBEARER (RFC 7628 §3.1): a GS2 header naming the user (`,` and `=` escaped as
    /// `=2C` and `=3D`), then the server's host and port and the token.
    pub fn initial_response(self, login: &str, token: &str, host: &str, port: u16) -> String {
        let message = match self {
            Mechanism::XOAuth2 => format!("user={login}\x01auth=Bearer {token}\x01\x01"),
            Mechanism::OAuthBearer => {
                let user = login.replace('=', "=3D").replace(',', "=2C");
                format!("n,a={user},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01")
            }
        };
        base64(message.as_bytes())
    }

    /// What the client answers to the server's error challenge (a JSON status) so that the
    /// server ends the exchange with its failure: an empty response for XOAUTH2, a single
    /// `^A` for OAUTHBEARER (RFC 7628 §3.2.3).
    pub fn abort_response(self) -> &'static str {
        match self {
            Mechanism::XOAuth2 => "",
            Mechanism::OAuthBearer => "AQ==",
        }
    }
}

/// The refusal when the server offers neither mechanism.
pub const NOT_OFFERED: &str = "it offers neither XOAUTH2 nor OAUTHBEARER, one of which ..AuthToken needs";

#[cfg(test)]
mod tests {
    use super::*;
    use base64::engine::general_purpose::STANDARD;
    use base64::Engine;

    fn decoded(s: &str) -> String {
        String::from_utf8(STANDARD.decode(s).unwrap()).unwrap()
    }

    #[test]
    fn initial_responses() {
        let x = Mechanism::XOAuth2.initial_response("bob@example.com", "tok", "imap.example.com", 993);
        assert_eq!(decoded(&x), "user=bob@example.com\x01auth=Bearer tok\x01\x01");
        let o = Mechanism::OAuthBearer.initial_response("a,b=c@example.com", "tok", "imap.example.com", 993);
        assert_eq!(
            decoded(&o),
            "n,a=a=2Cb=3Dc@example.com,\x01host=imap.example.com\x01port=993\x01auth=Bearer tok\x01\x01"
        );
        assert_eq!(decoded(Mechanism::OAuthBearer.abort_response()), "\x01");
    }

    #[test]
    fn xoauth2_first() {
        assert_eq!(Mechanism::choose(|m| m == "XOAUTH2" || m == "OAUTHBEARER"), Some(Mechanism::XOAuth2));
        assert_eq!(Mechanism::choose(|m| m == "OAUTHBEARER"), Some(Mechanism::OAuthBearer));
        assert_eq!(Mechanism::choose(|m| m == "PLAIN"), None);
    }
}
