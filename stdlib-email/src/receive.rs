//! Receiving: an open POP3 or IMAP mailbox with its cursor (EmailReadFirst/Next/Last/
//! Previous, EmailDeleteMessage, EmailNbMessage). The pair of `send.rs`; what a received
//! message becomes is `incoming.rs`.

use crate::imap::ImapClient;
use crate::net::{FailureKind, MailError, Protocol, Target};
use crate::pop3::Pop3Client;

pub enum Client {
    Pop3(Box<Pop3Client>),
    Imap(Box<ImapClient>),
}

/// A message as read from the server, with its identifier there (IMAP UID, POP3 UIDL).
pub type Fetched = (Vec<u8>, Option<String>);

/// Which message a read function asks for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Move {
    First,
    Next,
    Last,
    Previous,
}

/// An open receiving session. The list of messages is the one the server had when the
/// session started (POP3 works that way; IMAP is made to match).
pub struct Mailbox {
    /// The name the script gave (user name or `..Name`).
    pub name: String,
    pub target: Target,
    client: Client,
    /// POP3 message numbers or IMAP UIDs, in mailbox order.
    ids: Vec<u32>,
    deleted: Vec<bool>,
    /// 0: before the first message; `ids.len() + 1`: past the last; otherwise the current
    /// message (1-based).
    cursor: usize,
    /// IMAP: the selected folder (INBOX when the session starts).
    folder: String,
}

impl Mailbox {
    pub fn open_pop3(name: String, target: Target) -> Result<Mailbox, MailError> {
        let mut client = Pop3Client::open(&target)?;
        let count = match client.stat() {
            Ok(n) => n,
            Err(e) => {
                let _ = client.quit();
                return Err(e);
            }
        };
        let ids: Vec<u32> = (1..=count.min(u32::MAX as usize) as u32).collect();
        Ok(Mailbox {
            name,
            target,
            client: Client::Pop3(Box::new(client)),
            deleted: vec![false; ids.len()],
            ids,
            cursor: 0,
            folder: String::new(),
        })
    }

    pub fn open_imap(name: String, target: Target) -> Result<Mailbox, MailError> {
        let mut client = ImapClient::open(&target)?;
        let ids = match client.uids() {
            Ok(ids) => ids,
            Err(e) => {
                let _ = client.close(&[]);
                return Err(e);
            }
        };
        Ok(Mailbox {
            name,
            target,
            client: Client::Imap(Box::new(client)),
            deleted: vec![false; ids.len()],
            ids,
            cursor: 0,
            folder: "INBOX".to_string(),
        })
    }

    pub fn protocol(&self) -> Protocol {
        match self.client {
            Client::Pop3(_) => Protocol::Pop3,
            Client::Imap(_) => Protocol::Imap,
        }
    }

    /// Messages in the mailbox, less those deleted in this session.
    pub fn count(&self) -> usize {
        self.deleted.iter().filter(|d| !**d).count()
    }

    fn broken_error(&self) -> Option<MailError> {
        let broken = match &self.client {
            Client::Pop3(c) => c.is_broken(),
            Client::Imap(c) => c.is_broken(),
        };
        broken.then(|| {
            MailError::new(
                FailureKind::Lost,
                format!(
                    "connection to {} server {} is closed; close the session and start it again",
                    self.protocol().name(),
                    self.target.address()
                ),
            )
        })
    }

    /// The raw message the move lands on, or None past the end (or before the start).
    /// With `headers_only`, the message's headers (POP3 TOP, IMAP BODY.PEEK[HEADER]).
    pub fn read(&mut self, m: Move, headers_only: bool) -> Result<Option<Vec<u8>>, MailError> {
        if let Some(e) = self.broken_error() {
            return Err(e);
        }
        let Some(i) = step(&mut self.cursor, &self.deleted, m) else { return Ok(None) };
        self.fetch_at(i, headers_only).map(Some)
    }

    /// EmailReadMessage: message `n` (1-based, in the session's list, as EmailNbMessage
    /// counts them when nothing is deleted), which becomes the current message. None when
    /// there is no such message or it was deleted in the session (PC SOFT: `Out` is True).
    pub fn read_number(&mut self, n: i64, headers_only: bool) -> Result<Option<Vec<u8>>, MailError> {
        if let Some(e) = self.broken_error() {
            return Err(e);
        }
        let Ok(i) = usize::try_from(n) else { return Ok(None) };
        if i == 0 || i > self.ids.len() || self.deleted[i - 1] {
            return Ok(None);
        }
        self.cursor = i;
        self.fetch_at(i, headers_only).map(Some)
    }

    /// The current message's unique identifier on the server (`Email.ID`): its IMAP UID,
    /// or its POP3 UIDL (None when the POP3 server does not offer UIDL).
    pub fn current_id(&mut self) -> Result<Option<String>, MailError> {
        if self.cursor == 0 || self.cursor > self.ids.len() {
            return Ok(None);
        }
        let id = self.ids[self.cursor - 1];
        match &mut self.client {
            Client::Pop3(c) => c.uidl(id as usize),
            Client::Imap(_) => Ok(Some(id.to_string())),
        }
    }

    fn fetch_at(&mut self, i: usize, headers_only: bool) -> Result<Vec<u8>, MailError> {
        let id = self.ids[i - 1];
        match &mut self.client {
            Client::Pop3(c) if headers_only => c.top(id as usize),
            Client::Pop3(c) => c.retr(id as usize),
            Client::Imap(c) => c.fetch(id, headers_only),
        }
    }

    /// EmailGetAll: every message of the session's list not deleted in it, in mailbox
    /// order, each with its identifier (as `current_id`). With `unread_only` (IMAP only),
    /// the messages without the `\Seen` flag. Messages are fetched without being marked as
    /// read, and the cursor of EmailReadFirst… does not move.
    pub fn all(&mut self, unread_only: bool) -> Result<Vec<Fetched>, MailError> {
        if let Some(e) = self.broken_error() {
            return Err(e);
        }
        let unread: Option<std::collections::HashSet<u32>> = match (&mut self.client, unread_only) {
            (_, false) => None,
            (Client::Imap(c), true) => Some(c.search("UNSEEN")?.into_iter().collect()),
            (Client::Pop3(_), true) => {
                return Err(MailError::new(
                    FailureKind::Session,
                    format!(
                        "ertNotRead needs an IMAP session: \"{}\" is a POP3 session, and POP3 does not know which messages were read",
                        self.name
                    ),
                ))
            }
        };
        let mut out = Vec::new();
        for i in 1..=self.ids.len() {
            let id = self.ids[i - 1];
            if self.deleted[i - 1] || unread.as_ref().is_some_and(|u| !u.contains(&id)) {
                continue;
            }
            let raw = self.fetch_at(i, false)?;
            let identifier = match &mut self.client {
                Client::Pop3(c) => c.uidl(id as usize)?,
                Client::Imap(_) => Some(id.to_string()),
            };
            out.push((raw, identifier));
        }
        Ok(out)
    }

    /// Deletes the current message (the last one read): POP3 DELE, IMAP \Deleted; the
    /// server removes it when the session closes.
    pub fn delete_current(&mut self) -> Result<(), MailError> {
        let n = self.ids.len();
        if self.cursor == 0 || self.cursor > n || self.deleted[self.cursor - 1] {
            return Err(MailError::new(
                FailureKind::Session,
                format!(
                    "no current message to delete in the {} session \"{}\": read one first (EmailReadFirst, EmailReadNext…)",
                    self.protocol().name(),
                    self.name
                ),
            ));
        }
        if let Some(e) = self.broken_error() {
            return Err(e);
        }
        let id = self.ids[self.cursor - 1];
        match &mut self.client {
            Client::Pop3(c) => c.dele(id as usize)?,
            Client::Imap(c) => c.delete(id)?,
        }
        self.deleted[self.cursor - 1] = true;
        Ok(())
    }

    /// The IMAP client, for the folder functions; a clear error for POP3, which has no
    /// folders, and for a connection that broke.
    fn imap(&mut self, function: &str) -> Result<&mut ImapClient, MailError> {
        if let Some(e) = self.broken_error() {
            return Err(e);
        }
        match &mut self.client {
            Client::Imap(c) => Ok(c),
            Client::Pop3(_) => Err(MailError::new(
                FailureKind::Session,
                format!(
                    "{function} needs an IMAP session: \"{}\" is a POP3 session, and POP3 has no folders",
                    self.name
                ),
            )),
        }
    }

    /// EmailListFolder: the account's folders.
    pub fn folders(&mut self, function: &str) -> Result<Vec<String>, MailError> {
        self.imap(function)?.list_folders()
    }

    /// EmailCurrentFolder: the selected folder.
    pub fn current_folder(&mut self, function: &str) -> Result<String, MailError> {
        self.imap(function)?;
        Ok(self.folder.clone())
    }

    /// EmailChangeFolder: commits the deletions of the current folder (expunge), selects
    /// `folder` and takes its list of messages; the cursor starts before the first. When
    /// the server refuses the folder, the current one is selected again.
    pub fn change_folder(&mut self, function: &str, folder: &str) -> Result<(), MailError> {
        let deleted: Vec<u32> = self.ids.iter().zip(&self.deleted).filter(|(_, d)| **d).map(|(id, _)| *id).collect();
        let previous = self.folder.clone();
        let client = self.imap(function)?;
        client.expunge(&deleted)?;
        let selected = client.select_folder(folder).and_then(|()| client.uids());
        let (ids, folder) = match selected {
            Ok(ids) => (ids, folder.to_string()),
            Err(e) => {
                // A failed SELECT leaves no folder selected (RFC 3501 §6.3.1).
                let back = client.select_folder(&previous).and_then(|()| client.uids());
                match back {
                    Ok(ids) => {
                        self.deleted = vec![false; ids.len()];
                        self.ids = ids;
                        self.cursor = 0;
                    }
                    Err(_) => {
                        self.ids.clear();
                        self.deleted.clear();
                        self.cursor = 0;
                    }
                }
                return Err(e);
            }
        };
        self.deleted = vec![false; ids.len()];
        self.ids = ids;
        self.cursor = 0;
        self.folder = folder;
        Ok(())
    }

    pub fn create_folder(&mut self, function: &str, folder: &str) -> Result<(), MailError> {
        self.imap(function)?.create_folder(folder)
    }

    pub fn delete_folder(&mut self, function: &str, folder: &str) -> Result<(), MailError> {
        self.imap(function)?.delete_folder(folder)
    }

    /// POP3 QUIT (the server deletes the messages marked), IMAP expunge and LOGOUT. A
    /// connection that broke is only an error when deletions were lost with it.
    pub fn close(mut self) -> Result<(), MailError> {
        let deleted: Vec<u32> = self.ids.iter().zip(&self.deleted).filter(|(_, d)| **d).map(|(id, _)| *id).collect();
        if self.broken_error().is_some() {
            if deleted.is_empty() {
                return Ok(());
            }
            let n = deleted.len();
            return Err(MailError::new(
                FailureKind::Lost,
                format!(
                    "connection to {} server {} was lost: the {n} message{} deleted in the session {} still on the server",
                    self.protocol().name(),
                    self.target.address(),
                    if n == 1 { "" } else { "s" },
                    if n == 1 { "is" } else { "are" }
                ),
            ));
        }
        match &mut self.client {
            Client::Pop3(c) => c.quit(),
            Client::Imap(c) => c.close(&deleted),
        }
    }
}

/// Moves a cursor over messages (some deleted): the message it lands on (1-based), or None
/// past either end (the cursor then stays just outside, so the opposite move comes back).
fn step(cursor: &mut usize, deleted: &[bool], m: Move) -> Option<usize> {
    let n = deleted.len();
    let alive = |i: usize| i >= 1 && i <= n && !deleted[i - 1];
    let found = match m {
        Move::First => (1..=n).find(|&i| alive(i)),
        Move::Last => (1..=n).rev().find(|&i| alive(i)),
        Move::Next => ((*cursor).min(n) + 1..=n).find(|&i| alive(i)),
        Move::Previous => (1..(*cursor).min(n + 1)).rev().find(|&i| alive(i)),
    };
    *cursor = match (found, m) {
        (Some(i), _) => i,
        (None, Move::First | Move::Next) => n + 1,
        (None, Move::Last | Move::Previous) => 0,
    };
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cursor_moves() {
        let deleted = [false, true, false];
        let mut cursor = 0usize;
        let mut mv = |m: Move| step(&mut cursor, &deleted, m);
        assert_eq!(mv(Move::Next), Some(1));
        assert_eq!(mv(Move::Next), Some(3));
        assert_eq!(mv(Move::Next), None);
        assert_eq!(mv(Move::Previous), Some(3));
        assert_eq!(mv(Move::Previous), Some(1));
        assert_eq!(mv(Move::Previous), None);
        assert_eq!(mv(Move::Next), Some(1));
        assert_eq!(mv(Move::Last), Some(3));
    }
}
