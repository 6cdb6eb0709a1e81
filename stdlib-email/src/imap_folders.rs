//! IMAP folders (mailboxes): LIST, SELECT, CREATE, DELETE, and the expunge that commits a
//! folder's deletions before another is selected or the session ends. Folder names travel
//! in IMAP's modified UTF-7 (RFC 3501 §5.1.3); scripts see them as text.

use crate::imap::{quoted, ImapClient};
use crate::net::MailError;
use base64::engine::general_purpose::STANDARD_NO_PAD;
use base64::Engine;
use imap_proto::types::{MailboxDatum, NameAttribute, Response};

/// A folder name as IMAP writes it: printable ASCII as is (`&` as `&-`), other characters
/// as UTF-16 in base64 with `,` for `/`, between `&` and `-`.
pub fn encode_name(name: &str) -> String {
    let mut out = String::new();
    let mut run: Vec<u16> = Vec::new();
    let flush = |run: &mut Vec<u16>, out: &mut String| {
        if !run.is_empty() {
            let bytes: Vec<u8> = run.iter().flat_map(|u| u.to_be_bytes()).collect();
            out.push('&');
            out.push_str(&STANDARD_NO_PAD.encode(bytes).replace('/', ","));
            out.push('-');
            run.clear();
        }
    };
    for c in name.chars() {
        if (' '..='~').contains(&c) {
            flush(&mut run, &mut out);
            if c == '&' {
                out.push_str("&-");
            } else {
                out.push(c);
            }
        } else {
            let mut units = [0u16; 2];
            run.extend_from_slice(c.encode_utf16(&mut units));
        }
    }
    flush(&mut run, &mut out);
    out
}

/// The other way; None when the name is not valid modified UTF-7.
pub fn decode_name(raw: &str) -> Option<String> {
    let mut out = String::new();
    let mut rest = raw;
    while let Some(start) = rest.find('&') {
        out.push_str(&rest[..start]);
        let after = &rest[start + 1..];
        let end = after.find('-')?;
        let encoded = &after[..end];
        if encoded.is_empty() {
            out.push('&');
        } else {
            let bytes = STANDARD_NO_PAD.decode(encoded.replace(',', "/")).ok()?;
            if bytes.len() % 2 != 0 {
                return None;
            }
            let units: Vec<u16> = bytes.chunks(2).map(|p| u16::from_be_bytes([p[0], p[1]])).collect();
            out.push_str(&String::from_utf16(&units).ok()?);
        }
        rest = &after[end + 1..];
    }
    out.push_str(rest);
    Some(out)
}

impl ImapClient {
    /// LIST "" "*": every folder the account has, as the server names them (decoded), in
    /// the server's order; folders that cannot be selected (`\Noselect`) are left out.
    pub fn list_folders(&mut self) -> Result<Vec<String>, MailError> {
        let mut names = Vec::new();
        let done = self.command("LIST \"\" \"*\"", "LIST", &mut |raw| {
            if let Ok((_, Response::MailboxData(MailboxDatum::List { name_attributes, name, .. }))) =
                imap_proto::parser::parse_response(raw)
            {
                let selectable = !name_attributes.iter().any(|a| matches!(a, NameAttribute::NoSelect));
                if selectable {
                    names.push(decode_name(&name).unwrap_or_else(|| name.to_string()));
                }
            }
        })?;
        if !done.ok {
            return Err(self.rejected(&done, "refused LIST"));
        }
        Ok(names)
    }

    /// SELECT: the folder later reads and deletions work on.
    pub fn select_folder(&mut self, folder: &str) -> Result<(), MailError> {
        let done = self.command(&format!("SELECT {}", quoted(&encode_name(folder))), "SELECT", &mut |_| {})?;
        if !done.ok {
            return Err(self.rejected(&done, &format!("refused SELECT {folder}")));
        }
        Ok(())
    }

    pub fn create_folder(&mut self, folder: &str) -> Result<(), MailError> {
        let done = self.command(&format!("CREATE {}", quoted(&encode_name(folder))), "CREATE", &mut |_| {})?;
        if !done.ok {
            return Err(self.rejected(&done, &format!("refused to create the folder \"{folder}\"")));
        }
        Ok(())
    }

    pub fn delete_folder(&mut self, folder: &str) -> Result<(), MailError> {
        let done = self.command(&format!("DELETE {}", quoted(&encode_name(folder))), "DELETE", &mut |_| {})?;
        if !done.ok {
            return Err(self.rejected(&done, &format!("refused to delete the folder \"{folder}\"")));
        }
        Ok(())
    }

    /// Removes the messages deleted in the session from the selected folder: UID EXPUNGE
    /// of exactly those with UIDPLUS, else EXPUNGE.
    pub fn expunge(&mut self, deleted: &[u32]) -> Result<(), MailError> {
        if deleted.is_empty() {
            return Ok(());
        }
        if self.capabilities.is_empty() {
            let _ = self.refresh_capabilities();
        }
        let command = if self.offers("UIDPLUS") {
            let set: Vec<String> = deleted.iter().map(|u| u.to_string()).collect();
            format!("UID EXPUNGE {}", set.join(","))
        } else {
            "EXPUNGE".to_string()
        };
        match self.command(&command, "EXPUNGE", &mut |_| {}) {
            Ok(done) if done.ok => Ok(()),
            Ok(done) => Err(self.rejected(&done, "could not expunge the deleted messages")),
            Err(e) => Err(e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modified_utf7_names() {
        // RFC 3501's example, and a French one.
        assert_eq!(encode_name("~peter/mail/台北/日本語"), "~peter/mail/&U,BTFw-/&ZeVnLIqe-");
        assert_eq!(decode_name("~peter/mail/&U,BTFw-/&ZeVnLIqe-").as_deref(), Some("~peter/mail/台北/日本語"));
        assert_eq!(encode_name("Reçus & envoyés"), "Re&AOc-us &- envoy&AOk-s");
        assert_eq!(decode_name("Re&AOc-us &- envoy&AOk-s").as_deref(), Some("Reçus & envoyés"));
        assert_eq!(decode_name("bad&AOc"), None);
    }
}
