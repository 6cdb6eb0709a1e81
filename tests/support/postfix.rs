//! A real MTA for the tests: a Postfix instance of its own (configuration, queue and data
//! folders in a temporary folder, `postfix -c`), listening on 127.0.0.1 only, with a
//! submission service (STARTTLS required) and an implicit-TLS one, both asking for a login
//! checked by the test's Dovecot (SASL), delivering to that Dovecot's Maildirs. The system's
//! Postfix is never touched. `tests/setup.sh` installs Postfix.

use super::dovecot::Dovecot;
use super::{certs, tempdir};
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

pub const POSTFIX: &str = "/usr/sbin/postfix";

pub struct Postfix {
    pub dir: PathBuf,
    /// STARTTLS required, then AUTH (port 587's role).
    pub submission: u16,
    /// TLS from the first byte, then AUTH (port 465's role).
    pub smtps: u16,
}

fn free_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}

fn postfix(config: &Path, action: &str) -> std::process::Output {
    Command::new(POSTFIX)
        .arg("-c")
        .arg(config)
        .arg(action)
        .stdin(Stdio::null())
        .output()
        .expect("cannot run postfix: run tests/setup.sh")
}

impl Postfix {
    /// Starts Postfix delivering mail for `users` (addresses) to `dovecot`'s Maildirs.
    pub fn start(dovecot: &Dovecot, users: &[&str]) -> Postfix {
        assert!(Path::new(POSTFIX).exists(), "{POSTFIX} is missing: run tests/setup.sh (postfix)");
        let dir = tempdir("postfix");
        let etc = dir.join("etc");
        for sub in ["etc", "queue", "data"] {
            std::fs::create_dir_all(dir.join(sub)).unwrap();
        }
        // Postfix keeps its lock and caches in data_directory, as its own user.
        let chown = Command::new("chown").arg("postfix").arg(dir.join("data")).status().expect("chown");
        assert!(chown.success(), "cannot give the data folder to the postfix user");
        let maps: Vec<String> = users
            .iter()
            .map(|u| format!("{u}={}/", dovecot.maildir(u).display().to_string().trim_start_matches('/')))
            .collect();
        let domains: Vec<&str> = users.iter().filter_map(|u| u.split('@').nth(1)).collect();
        let (submission, smtps) = (free_port(), free_port());
        let d = dir.display();
        let main = format!(
            r#"# wl's test instance: nothing here touches the system's Postfix.
compatibility_level = 3.6
config_directory = {d}/etc
queue_directory = {d}/queue
data_directory = {d}/data
mail_owner = postfix
setgid_group = postdrop
inet_interfaces = 127.0.0.1
inet_protocols = ipv4
myhostname = wl-test.localhost
mydestination =
mynetworks =
maillog_file = {d}/postfix.log
maillog_file_prefixes = {d}
virtual_mailbox_domains = {domains}
virtual_mailbox_base = /
virtual_mailbox_maps = inline:{{ {maps} }}
virtual_uid_maps = static:{uid}
virtual_gid_maps = static:{gid}
virtual_minimum_uid = 1
smtpd_tls_cert_file = {cert}
smtpd_tls_key_file = {key}
smtpd_sasl_type = dovecot
smtpd_sasl_path = {auth}
"#,
            domains = domains.join(", "),
            maps = maps.join(", "),
            uid = dovecot.uid.max(1),
            gid = dovecot.gid.max(1),
            cert = certs().good.display(),
            key = certs().key.display(),
            auth = dovecot.auth_socket().display(),
        );
        let login_required = "  -o smtpd_sasl_auth_enable=yes\n  -o smtpd_tls_auth_only=yes\n  -o smtpd_client_restrictions=permit_sasl_authenticated,reject\n  -o smtpd_relay_restrictions=permit_sasl_authenticated,reject\n";
        let master = format!(
            "127.0.0.1:{submission} inet n - n - - smtpd\n  -o smtpd_tls_security_level=encrypt\n{login_required}\
             127.0.0.1:{smtps} inet n - n - - smtpd\n  -o smtpd_tls_wrappermode=yes\n{login_required}\
             pickup unix n - n 60 1 pickup\n\
             cleanup unix n - n - 0 cleanup\n\
             qmgr unix n - n 300 1 qmgr\n\
             tlsmgr unix - - n 1000? 1 tlsmgr\n\
             rewrite unix - - n - - trivial-rewrite\n\
             bounce unix - - n - 0 bounce\n\
             defer unix - - n - 0 bounce\n\
             trace unix - - n - 0 bounce\n\
             verify unix - - n - 1 verify\n\
             flush unix n - n 1000? 0 flush\n\
             proxymap unix - - n - - proxymap\n\
             smtp unix - - n - - smtp\n\
             relay unix - - n - - smtp\n\
             showq unix n - n - - showq\n\
             error unix - - n - - error\n\
             retry unix - - n - - error\n\
             discard unix - - n - - discard\n\
             local unix - n n - - local\n\
             virtual unix - n n - - virtual\n\
             lmtp unix - - n - - lmtp\n\
             anvil unix - - n - 1 anvil\n\
             scache unix - - n - 1 scache\n\
             postlog unix-dgram n - n - 1 postlogd\n"
        );
        std::fs::write(etc.join("main.cf"), main).unwrap();
        std::fs::write(etc.join("master.cf"), master).unwrap();
        let out = postfix(&etc, "start");
        let pf = Postfix { dir, submission, smtps };
        assert!(out.status.success(), "postfix did not start: {}", pf.log());
        let deadline = Instant::now() + Duration::from_secs(20);
        while ![submission, smtps].iter().all(|p| TcpStream::connect(("127.0.0.1", *p)).is_ok()) {
            assert!(Instant::now() < deadline, "postfix is not listening after 20 s: {}", pf.log());
            std::thread::sleep(Duration::from_millis(100));
        }
        pf
    }

    pub fn log(&self) -> String {
        std::fs::read_to_string(self.dir.join("postfix.log")).unwrap_or_default()
    }
}

impl Drop for Postfix {
    fn drop(&mut self) {
        let _ = postfix(&self.dir.join("etc"), "stop");
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}
