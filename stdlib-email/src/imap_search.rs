//! IMAP SEARCH (RFC 3501 §6.4.4) by UID: the messages of the selected folder that match a
//! criterion (`ALL`, `UNSEEN`…), for the session's list of messages and for EmailGetAll's
//! unread messages.

use crate::imap::ImapClient;
use crate::net::MailError;
use imap_proto::types::{MailboxDatum, Response};

impl ImapClient {
    /// The UIDs of the selected folder's messages that match `criterion` (IMAP search
    /// keys, written by wl, never by the script), in mailbox order.
    pub fn search(&mut self, criterion: &str) -> Result<Vec<u32>, MailError> {
        let mut uids = Vec::new();
        let done = self.command(&format!("UID SEARCH {criterion}"), "UID SEARCH", &mut |raw| {
            if let Ok((_, Response::MailboxData(MailboxDatum::Search(list)))) = imap_proto::parser::parse_response(raw)
            {
                uids.extend(list);
            }
        })?;
        if !done.ok {
            return Err(self.rejected(&done, &format!("refused UID SEARCH {criterion}")));
        }
        uids.sort_unstable();
        uids.dedup();
        Ok(uids)
    }

    /// The UIDs of every message in the selected folder, in mailbox order.
    pub fn uids(&mut self) -> Result<Vec<u32>, MailError> {
        self.search("ALL")
    }
}
