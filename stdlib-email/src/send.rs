//! Open SMTP sessions: a live connection (synchronous), a background sender fed by a queue
//! (asynchronous), or a local sink (capture mode, `wl run --capture-mail DIR`).

use crate::message::Outgoing;
use crate::net::{FailureKind, MailError, Security, Target};
use crate::smtp::SmtpClient;
use std::collections::HashMap;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{mpsc, Arc, Mutex};
use std::thread::JoinHandle;

/// A message an asynchronous session could not send.
#[derive(Debug)]
pub struct Failure {
    /// Its rank among the messages the session queued (1-based).
    pub number: usize,
    pub what: String,
    pub error: MailError,
}

impl Failure {
    pub fn line(&self) -> String {
        format!("message {} ({}): {}", self.number, self.what, self.error.message)
    }
}

/// Where a message sent or queued stands (EmailStatus), by its `MailIdentifier`.
#[derive(Clone, Debug)]
pub enum Status {
    /// Queued on an asynchronous session, not sent yet.
    Pending,
    Sent,
    /// Not sent: the error.
    Failed(MailError),
}

/// The status of every message of the script, shared with the asynchronous senders.
pub type Statuses = Arc<Mutex<HashMap<i64, Status>>>;

fn record(statuses: &Statuses, id: i64, status: Status) {
    if let Ok(mut map) = statuses.lock() {
        map.insert(id, status);
    }
}

struct Job {
    number: usize,
    /// The message's `MailIdentifier`.
    id: i64,
    outgoing: Outgoing,
}

pub struct AsyncSender {
    queue: Option<mpsc::Sender<Job>>,
    worker: Option<JoinHandle<Vec<Failure>>>,
}

pub enum Transport {
    /// Capture mode: messages go to files, nothing goes on the network.
    Capture,
    /// One live connection; `None` after it broke, until the next message reconnects.
    Sync(Option<Box<SmtpClient>>),
    Async(AsyncSender),
}

pub struct Session {
    /// The name the script gave (user name or `..Name`).
    pub name: String,
    pub target: Target,
    pub transport: Transport,
    /// Messages sent or queued so far.
    pub count: usize,
}

/// Sends one message on a connection, reconnecting first when the previous one broke
/// (servers drop idle connections; a long mailing loop must not fail for that).
fn send_on(client: &mut Option<Box<SmtpClient>>, target: &Target, out: &Outgoing) -> Result<(), MailError> {
    if client.as_ref().is_none_or(|c| c.is_broken()) {
        *client = Some(Box::new(SmtpClient::open(target)?));
    }
    let c = client.as_mut().expect("a connection");
    let result = c.send(out.from.as_ref(), &out.to, &out.bytes);
    if c.is_broken() {
        if let Some(mut c) = client.take() {
            c.quit();
        }
    }
    result
}

fn worker(
    mut client: Option<Box<SmtpClient>>,
    target: Target,
    jobs: mpsc::Receiver<Job>,
    statuses: Statuses,
) -> Vec<Failure> {
    let mut failures = Vec::new();
    for job in jobs {
        match send_on(&mut client, &target, &job.outgoing) {
            Ok(()) => record(&statuses, job.id, Status::Sent),
            Err(error) => {
                record(&statuses, job.id, Status::Failed(error.clone()));
                failures.push(Failure { number: job.number, what: job.outgoing.describe(), error });
            }
        }
    }
    if let Some(mut c) = client {
        c.quit();
    }
    failures
}

impl Session {
    /// Starts a session: connects and authenticates now (so the script learns at once
    /// whether the server is usable), then hands the connection to a sender thread for an
    /// asynchronous session.
    pub fn start(
        name: String,
        target: Target,
        asynchronous: bool,
        capture: bool,
        statuses: &Statuses,
    ) -> Result<Session, MailError> {
        if capture {
            return Ok(Session { name, target, transport: Transport::Capture, count: 0 });
        }
        let client = Box::new(SmtpClient::open(&target)?);
        let transport = if asynchronous {
            let (tx, rx) = mpsc::channel();
            let (t, st) = (target.clone(), statuses.clone());
            let spawned = std::thread::Builder::new()
                .name(format!("wl-smtp-{name}"))
                .spawn(move || worker(Some(client), t, rx, st));
            match spawned {
                Ok(handle) => Transport::Async(AsyncSender { queue: Some(tx), worker: Some(handle) }),
                Err(e) => {
                    return Err(MailError {
                        kind: FailureKind::Lost,
                        message: format!("cannot start the sending thread of the asynchronous session: {e}"),
                        system_code: e.raw_os_error().unwrap_or(0) as i64,
                        system_message: e.to_string(),
                    })
                }
            }
        } else {
            Transport::Sync(Some(client))
        };
        Ok(Session { name, target, transport, count: 0 })
    }

    /// Sends (or queues, or captures) a message, and records where it stands under `id`.
    pub fn send(
        &mut self,
        out: Outgoing,
        capture: Option<&mut Capture>,
        id: i64,
        statuses: &Statuses,
    ) -> Result<(), SendError> {
        self.count += 1;
        let result = self.transmit(out, capture, id);
        let status = match &result {
            Ok(true) => Status::Sent,
            Ok(false) => Status::Pending,
            Err(SendError::Smtp(e)) => Status::Failed(e.clone()),
            Err(SendError::Capture(e)) => Status::Failed(MailError::new(FailureKind::Lost, e.clone())),
        };
        record(statuses, id, status);
        result.map(|_| ())
    }

    /// Ok(true) when sent, Ok(false) when queued.
    fn transmit(&mut self, out: Outgoing, capture: Option<&mut Capture>, id: i64) -> Result<bool, SendError> {
        match &mut self.transport {
            Transport::Capture => match capture {
                Some(c) => c.write(self, &out).map(|_| true).map_err(SendError::Capture),
                None => Ok(true),
            },
            Transport::Sync(client) => send_on(client, &self.target, &out).map(|()| true).map_err(SendError::Smtp),
            Transport::Async(sender) => {
                let job = Job { number: self.count, id, outgoing: out };
                match sender.queue.as_ref().map(|q| q.send(job)) {
                    Some(Ok(())) => Ok(false),
                    _ => Err(SendError::Smtp(MailError {
                        kind: FailureKind::Lost,
                        message: format!(
                            "the sending thread of the asynchronous session \"{}\" has stopped",
                            self.name
                        ),
                        system_code: 0,
                        system_message: String::new(),
                    })),
                }
            }
        }
    }

    /// QUIT and close; an asynchronous session first sends everything queued, and returns
    /// the messages it could not send.
    pub fn close(mut self) -> Vec<Failure> {
        match &mut self.transport {
            Transport::Capture => Vec::new(),
            Transport::Sync(client) => {
                if let Some(mut c) = client.take() {
                    c.quit();
                }
                Vec::new()
            }
            Transport::Async(sender) => {
                drop(sender.queue.take());
                match sender.worker.take().map(|w| w.join()) {
                    Some(Ok(failures)) => failures,
                    Some(Err(_)) => vec![Failure {
                        number: 0,
                        what: "all queued messages".to_string(),
                        error: MailError {
                            kind: FailureKind::Lost,
                            message: "the sending thread stopped unexpectedly".to_string(),
                            system_code: 0,
                            system_message: String::new(),
                        },
                    }],
                    None => Vec::new(),
                }
            }
        }
    }
}

pub enum SendError {
    Smtp(MailError),
    Capture(String),
}

/// Capture mode's sink: `DIR/0001.eml` (the exact bytes that would follow DATA) and
/// `DIR/0001.envelope.json` (who the message would go to), numbered after what DIR holds.
pub struct Capture {
    pub dir: PathBuf,
    next: Option<u32>,
}

fn json_string(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

impl Capture {
    pub fn new(dir: PathBuf) -> Capture {
        Capture { dir, next: None }
    }

    fn first_free(dir: &Path) -> u32 {
        let Ok(entries) = std::fs::read_dir(dir) else { return 1 };
        entries
            .filter_map(|e| e.ok())
            .filter_map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.strip_suffix(".eml").and_then(|n| n.parse::<u32>().ok())
            })
            .max()
            .map(|n| n + 1)
            .unwrap_or(1)
    }

    pub fn write(&mut self, session: &Session, out: &Outgoing) -> Result<PathBuf, String> {
        let fail =
            |what: &str, path: &Path, e: io::Error| format!("capture mode: cannot {what} {}: {e}", path.display());
        let n = match self.next {
            Some(n) => n,
            None => {
                std::fs::create_dir_all(&self.dir).map_err(|e| fail("create", &self.dir, e))?;
                Self::first_free(&self.dir)
            }
        };
        self.next = Some(n + 1);
        let eml = self.dir.join(format!("{n:04}.eml"));
        let envelope = self.dir.join(format!("{n:04}.envelope.json"));
        let security = match session.target.security {
            Security::Plain => "plain",
            Security::Implicit => "tls",
            Security::StartTls => "starttls",
        };
        let to: Vec<String> = out.to.iter().map(|a| json_string(a.as_ref())).collect();
        let json = format!(
            "{{\n  \"session\": {},\n  \"server\": {},\n  \"security\": \"{security}\",\n  \"from\": {},\n  \"to\": [{}]\n}}\n",
            json_string(&session.name),
            json_string(&session.target.address()),
            json_string(out.from.as_ref().map(|a| a.as_ref()).unwrap_or("")),
            to.join(", ")
        );
        std::fs::write(&eml, &out.bytes).map_err(|e| fail("write", &eml, e))?;
        std::fs::write(&envelope, json).map_err(|e| fail("write", &envelope, e))?;
        Ok(eml)
    }
}
