//! A real Dovecot (Debian's dovecot-pop3d and dovecot-imapd, installed by tests/setup.sh)
//! for the receiving tests: one instance per test, with its own configuration file, base and
//! state folders in a temporary folder, a passwd-file of users, a Maildir per user that the
//! test fills, the test CA's server certificate, and POP3, POP3S, IMAP and IMAPS listeners
//! on 127.0.0.1 and free ports. Stopped (SIGTERM, then SIGKILL) when dropped.
//!
//! Run as root (CI), the master drops privileges as Debian's own configuration does: the
//! internal processes run as `dovecot`, the login processes as `dovenull`, and the mail
//! processes as `dovecot` too (the test hands it the Maildirs). Run as another user, every
//! process runs as that user (Dovecot's rootless mode).

use super::{certs, tempdir};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

pub const DOVECOT: &str = "/usr/sbin/dovecot";

/// A user of /etc/passwd: uid and gid.
fn passwd_entry(user: &str) -> Option<(u32, u32)> {
    let passwd = std::fs::read_to_string("/etc/passwd").ok()?;
    passwd.lines().find_map(|line| {
        let fields: Vec<&str> = line.split(':').collect();
        if fields.first() == Some(&user) && fields.len() > 3 {
            Some((fields[2].parse().ok()?, fields[3].parse().ok()?))
        } else {
            None
        }
    })
}

fn id(flag: &str) -> String {
    let out = Command::new("id").arg(flag).output().expect("run id");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

/// Who the processes run as: (internal user, internal group, login user, mail uid, mail gid).
fn identities() -> (String, String, String, u32, u32) {
    if id("-u") == "0" {
        let (uid, gid) = passwd_entry("dovecot").expect("no dovecot user: run tests/setup.sh (dovecot-core)");
        passwd_entry("dovenull").expect("no dovenull user: run tests/setup.sh (dovecot-core)");
        ("dovecot".into(), "dovecot".into(), "dovenull".into(), uid, gid)
    } else {
        let uid: u32 = id("-u").parse().expect("a numeric uid");
        let gid: u32 = id("-g").parse().expect("a numeric gid");
        (id("-un"), id("-gn"), id("-un"), uid, gid)
    }
}

fn free_ports(n: usize) -> Vec<u16> {
    let listeners: Vec<std::net::TcpListener> =
        (0..n).map(|_| std::net::TcpListener::bind("127.0.0.1:0").expect("a free port")).collect();
    listeners.iter().map(|l| l.local_addr().unwrap().port()).collect()
}

fn chown_tree(path: &Path, uid: u32, gid: u32) {
    let _ = std::os::unix::fs::chown(path, Some(uid), Some(gid));
    if path.is_dir() {
        if let Ok(entries) = std::fs::read_dir(path) {
            for e in entries.flatten() {
                chown_tree(&e.path(), uid, gid);
            }
        }
    }
}

/// The folder name of a user's home.
fn home_name(user: &str) -> String {
    user.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '_' }).collect()
}

pub struct Dovecot {
    child: Child,
    pub dir: PathBuf,
    pub pop3: u16,
    pub pop3s: u16,
    pub imap: u16,
    pub imaps: u16,
    /// Who owns the Maildirs (an MTA delivering to them writes as this user).
    pub uid: u32,
    pub gid: u32,
    delivered: AtomicUsize,
}

impl Dovecot {
    /// Starts Dovecot with these users (name, password) and the test CA's good certificate.
    pub fn start(users: &[(&str, &str)]) -> Dovecot {
        Self::start_with_cert(users, &certs().good)
    }

    /// Starts Dovecot that also accepts SASL XOAUTH2 and OAUTHBEARER, checking each token
    /// at `introspection_url` (the token is appended; the answer is JSON with `active` and
    /// `username`).
    pub fn start_with_oauth(users: &[(&str, &str)], introspection_url: &str) -> Dovecot {
        Self::start_with(users, &certs().good, Some((introspection_url, "xoauth2 oauthbearer")))
    }

    /// The same, offering only the OAuth mechanisms named (`"oauthbearer"`).
    pub fn start_with_oauth_mechanisms(users: &[(&str, &str)], introspection_url: &str, mechanisms: &str) -> Dovecot {
        Self::start_with(users, &certs().good, Some((introspection_url, mechanisms)))
    }

    pub fn start_with_cert(users: &[(&str, &str)], cert: &Path) -> Dovecot {
        Self::start_with(users, cert, None)
    }

    fn start_with(users: &[(&str, &str)], cert: &Path, oauth: Option<(&str, &str)>) -> Dovecot {
        assert!(Path::new(DOVECOT).exists(), "{DOVECOT} is missing: run tests/setup.sh (dovecot-pop3d, dovecot-imapd)");
        let mut last_log = String::new();
        // Free ports are found by binding and releasing them: another process may take one
        // in between, so a failed start is tried again with new ports.
        for _ in 0..5 {
            match Self::try_start(users, cert, oauth) {
                Ok(d) => return d,
                Err(log) => last_log = log,
            }
        }
        panic!("Dovecot did not start; its log:\n{last_log}");
    }

    fn try_start(users: &[(&str, &str)], cert: &Path, oauth: Option<(&str, &str)>) -> Result<Dovecot, String> {
        let dir = tempdir("dovecot");
        let (internal_user, internal_group, login_user, uid, gid) = identities();
        let ports = free_ports(4);
        let (pop3, pop3s, imap, imaps) = (ports[0], ports[1], ports[2], ports[3]);
        for sub in ["run", "state", "home"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        let mut passwd = String::new();
        for (user, password) in users {
            let home = dir.join("home").join(home_name(user));
            for sub in ["new", "cur", "tmp"] {
                std::fs::create_dir_all(home.join("Maildir").join(sub)).unwrap();
            }
            passwd.push_str(&format!("{user}:{{PLAIN}}{password}:{uid}:{gid}::{}::\n", home.display()));
        }
        std::fs::write(dir.join("users"), passwd).unwrap();
        chown_tree(&dir.join("home"), uid, gid);
        let d = dir.display();
        let (mechanisms, oauth_passdb) = match oauth {
            None => ("plain login".to_string(), String::new()),
            Some((url, oauth_mechanisms)) => {
                let conf = format!(
                    "tokeninfo_url = {url}\nintrospection_url = {url}\nintrospection_mode = get\nusername_attribute = username\nactive_attribute = active\nactive_value = true\n"
                );
                std::fs::write(dir.join("oauth2.conf"), conf).unwrap();
                (
                    format!("plain login {oauth_mechanisms}"),
                    format!("passdb {{\n  driver = oauth2\n  mechanisms = {oauth_mechanisms}\n  args = {d}/oauth2.conf\n}}\n"),
                )
            }
        };
        let config = format!(
            r#"# wl's test instance: nothing here touches the system's Dovecot.
protocols = pop3 imap
listen = 127.0.0.1
base_dir = {d}/run
state_dir = {d}/state
instance_name = wl-test-{port}
log_path = {d}/dovecot.log
default_internal_user = {internal_user}
default_internal_group = {internal_group}
default_login_user = {login_user}
first_valid_uid = 1
first_valid_gid = 1
auth_mechanisms = {mechanisms}
disable_plaintext_auth = no
auth_failure_delay = 0
ssl = yes
ssl_cert = <{cert}
ssl_key = <{key}
mail_location = maildir:~/Maildir
mail_max_userip_connections = 100
{oauth_passdb}passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%u {d}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%u {d}/users
}}
# The SASL service an MTA (Postfix, tests/support/postfix.rs) checks logins with.
service auth {{
  unix_listener {d}/run/auth-mta {{
    mode = 0666
  }}
}}
service imap-login {{
  inet_listener imap {{
    port = {imap}
  }}
  inet_listener imaps {{
    port = {imaps}
    ssl = yes
  }}
}}
service pop3-login {{
  inet_listener pop3 {{
    port = {pop3}
  }}
  inet_listener pop3s {{
    port = {pop3s}
    ssl = yes
  }}
}}
"#,
            port = pop3,
            cert = cert.display(),
            key = certs().key.display(),
        );
        let conf = dir.join("dovecot.conf");
        std::fs::write(&conf, config).unwrap();
        let mut child = Command::new(DOVECOT)
            .arg("-F")
            .arg("-c")
            .arg(&conf)
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot run {DOVECOT}: {e}"))?;
        let deadline = Instant::now() + Duration::from_secs(20);
        loop {
            if let Ok(Some(status)) = child.try_wait() {
                let mut err = String::new();
                if let Some(mut e) = child.stderr.take() {
                    let _ = std::io::Read::read_to_string(&mut e, &mut err);
                }
                let log = std::fs::read_to_string(dir.join("dovecot.log")).unwrap_or_default();
                let _ = std::fs::remove_dir_all(&dir);
                return Err(format!("exit status {status}\n{err}{log}"));
            }
            let up = [pop3, pop3s, imap, imaps].iter().all(|p| TcpStream::connect(("127.0.0.1", *p)).is_ok());
            if up {
                break;
            }
            if Instant::now() > deadline {
                let _ = child.kill();
                let _ = child.wait();
                let log = std::fs::read_to_string(dir.join("dovecot.log")).unwrap_or_default();
                return Err(format!("not listening after 20 s\n{log}"));
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        Ok(Dovecot { child, dir, pop3, pop3s, imap, imaps, uid, gid, delivered: AtomicUsize::new(0) })
    }

    /// The socket of Dovecot's SASL service for an MTA.
    pub fn auth_socket(&self) -> PathBuf {
        self.dir.join("run").join("auth-mta")
    }

    pub fn maildir(&self, user: &str) -> PathBuf {
        self.dir.join("home").join(home_name(user)).join("Maildir")
    }

    /// Delivers a message as an MDA would: LF line ends, written in tmp/ then moved to new/,
    /// named so that messages keep the order they were delivered in.
    pub fn deliver(&self, user: &str, message: &[u8]) {
        let n = self.delivered.fetch_add(1, Ordering::Relaxed) + 1;
        let mut lf = Vec::with_capacity(message.len());
        let mut i = 0;
        while i < message.len() {
            if message[i] == b'\r' && message.get(i + 1) == Some(&b'\n') {
                i += 1;
                continue;
            }
            lf.push(message[i]);
            i += 1;
        }
        let name = format!("{}.M{n:06}P{}.wltest", 1_700_000_000 + n, std::process::id());
        let maildir = self.maildir(user);
        let tmp = maildir.join("tmp").join(&name);
        std::fs::write(&tmp, &lf).unwrap();
        let _ = std::os::unix::fs::chown(&tmp, Some(self.uid), Some(self.gid));
        std::fs::rename(&tmp, maildir.join("new").join(&name)).unwrap();
    }

    /// Messages in the user's Maildir (new and cur).
    pub fn stored(&self, user: &str) -> usize {
        let maildir = self.maildir(user);
        ["new", "cur"].iter().map(|sub| std::fs::read_dir(maildir.join(sub)).map(|d| d.count()).unwrap_or(0)).sum()
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("dovecot.log")).unwrap_or_default()
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        let _ = Command::new("kill").arg("-TERM").arg(self.child.id().to_string()).status();
        let deadline = Instant::now() + Duration::from_secs(10);
        loop {
            match self.child.try_wait() {
                Ok(Some(_)) | Err(_) => break,
                Ok(None) if Instant::now() > deadline => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    break;
                }
                Ok(None) => std::thread::sleep(Duration::from_millis(20)),
            }
        }
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
