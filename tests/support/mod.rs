//! Real SMTP servers for the email tests: a test CA and server certificates made with
//! openssl, aiosmtpd (tests/smtp_server.py, run by Debian's /usr/bin/python3) on 127.0.0.1
//! and a free port, one server per test, stopped when the test ends. Nothing is mocked and
//! nothing is skipped: `tests/setup.sh` installs python3-aiosmtpd and openssl.

#![allow(dead_code)]

use serde_json::Value as Json;
use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

pub const PYTHON: &str = "/usr/bin/python3";

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh folder under the system's temporary folder.
pub fn tempdir(tag: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = std::env::temp_dir().join(format!("wl-email-test-{}-{tag}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create a temporary folder");
    dir
}

/// The test PKI: a CA (trusted through SSL_CERT_FILE) and three server certificates it
/// signed, all for the same key: a good one (127.0.0.1 and localhost), an expired one, and
/// one for another host name.
pub struct Certs {
    pub ca: PathBuf,
    pub key: PathBuf,
    pub good: PathBuf,
    pub expired: PathBuf,
    pub wrong_name: PathBuf,
}

fn openssl(dir: &Path, args: &[&str]) {
    let out = Command::new("openssl")
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::null())
        .output()
        .expect("openssl is missing: run tests/setup.sh");
    assert!(out.status.success(), "openssl {args:?} failed: {}", String::from_utf8_lossy(&out.stderr));
}

pub fn certs() -> &'static Certs {
    static CERTS: OnceLock<Certs> = OnceLock::new();
    CERTS.get_or_init(|| {
        let dir = tempdir("pki");
        let leaf =
            "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\n";
        std::fs::write(dir.join("good.ext"), format!("{leaf}subjectAltName=IP:127.0.0.1,DNS:localhost\n")).unwrap();
        std::fs::write(dir.join("wrong.ext"), format!("{leaf}subjectAltName=DNS:mail.example.test\n")).unwrap();
        std::fs::write(
            dir.join("ca.cnf"),
            "[ca]\ndefault_ca = wl\n[wl]\ndatabase = index.txt\nnew_certs_dir = .\nserial = serial\n\
             default_md = sha256\npolicy = any\nunique_subject = no\n[any]\ncommonName = supplied\n",
        )
        .unwrap();
        std::fs::write(dir.join("index.txt"), "").unwrap();
        std::fs::write(dir.join("serial"), "1000\n").unwrap();
        let ec = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes"];
        let mut ca = vec!["req", "-x509"];
        ca.extend(ec);
        ca.extend([
            "-keyout",
            "ca.key",
            "-out",
            "ca.pem",
            "-days",
            "3650",
            "-subj",
            "/CN=wl test CA",
            "-addext",
            "basicConstraints=critical,CA:TRUE",
            "-addext",
            "keyUsage=critical,keyCertSign,cRLSign",
        ]);
        openssl(&dir, &ca);
        let mut csr = vec!["req"];
        csr.extend(ec);
        csr.extend(["-keyout", "server.key", "-out", "server.csr", "-subj", "/CN=localhost"]);
        openssl(&dir, &csr);
        let sign = |out: &str, ext: &str| {
            openssl(
                &dir,
                &[
                    "x509",
                    "-req",
                    "-in",
                    "server.csr",
                    "-CA",
                    "ca.pem",
                    "-CAkey",
                    "ca.key",
                    "-CAcreateserial",
                    "-out",
                    out,
                    "-days",
                    "3650",
                    "-extfile",
                    ext,
                ],
            )
        };
        sign("good.pem", "good.ext");
        sign("wrong.pem", "wrong.ext");
        openssl(
            &dir,
            &[
                "ca",
                "-batch",
                "-config",
                "ca.cnf",
                "-cert",
                "ca.pem",
                "-keyfile",
                "ca.key",
                "-in",
                "server.csr",
                "-out",
                "expired.pem",
                "-startdate",
                "20200101000000Z",
                "-enddate",
                "20210101000000Z",
                "-extfile",
                "good.ext",
                "-notext",
            ],
        );
        Certs {
            ca: dir.join("ca.pem"),
            key: dir.join("server.key"),
            good: dir.join("good.pem"),
            expired: dir.join("expired.pem"),
            wrong_name: dir.join("wrong.pem"),
        }
    })
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Plain,
    StartTls,
    Tls,
    /// Accepts connections and never answers.
    Silent,
    /// Closes the connection in the middle of DATA.
    CloseInData,
    /// Answers with a line that is not an SMTP reply.
    Garbage,
}

#[derive(Clone, Debug)]
pub struct Options {
    pub mode: Mode,
    pub auth: Option<(String, String)>,
    pub cert: Option<PathBuf>,
    pub reject: Option<String>,
    pub sink: bool,
    pub mechanisms: Option<String>,
    /// Only SASL XOAUTH2, for this user and OAuth 2 token.
    pub oauth: Option<(String, String)>,
    /// With `oauth`: OAUTHBEARER (RFC 7628) instead of XOAUTH2.
    pub oauth_bearer: bool,
}

impl Options {
    pub fn new(mode: Mode) -> Self {
        Options {
            mode,
            auth: None,
            cert: None,
            reject: None,
            sink: false,
            mechanisms: None,
            oauth: None,
            oauth_bearer: false,
        }
    }
    pub fn auth(mut self, user: &str, password: &str) -> Self {
        self.auth = Some((user.to_string(), password.to_string()));
        self
    }
    pub fn cert(mut self, cert: &Path) -> Self {
        self.cert = Some(cert.to_path_buf());
        self
    }
    pub fn reject(mut self, prefix: &str) -> Self {
        self.reject = Some(prefix.to_string());
        self
    }
    pub fn mechanisms(mut self, list: &str) -> Self {
        self.mechanisms = Some(list.to_string());
        self
    }
    pub fn oauth(mut self, user: &str, token: &str) -> Self {
        self.oauth = Some((user.to_string(), token.to_string()));
        self
    }
    pub fn oauth_bearer(mut self, user: &str, token: &str) -> Self {
        self.oauth = Some((user.to_string(), token.to_string()));
        self.oauth_bearer = true;
        self
    }
    pub fn sink(mut self) -> Self {
        self.sink = true;
        self
    }
}

/// A running server; stopped (and its folder removed) when dropped.
pub struct Server {
    child: Child,
    pub port: u16,
    pub out: PathBuf,
}

impl Server {
    pub fn start(options: Options) -> Server {
        let out = tempdir("server");
        let mode = match options.mode {
            Mode::Plain => "plain",
            Mode::StartTls => "starttls",
            Mode::Tls => "tls",
            Mode::Silent => "silent",
            Mode::CloseInData => "close-in-data",
            Mode::Garbage => "garbage",
        };
        let mut cmd = Command::new(PYTHON);
        cmd.arg(root().join("tests/smtp_server.py")).arg("--mode").arg(mode).arg("--out").arg(&out);
        if matches!(options.mode, Mode::StartTls | Mode::Tls) {
            let certs = certs();
            cmd.arg("--cert").arg(options.cert.as_ref().unwrap_or(&certs.good)).arg("--key").arg(&certs.key);
        }
        if let Some((u, p)) = &options.auth {
            cmd.arg("--auth").arg(format!("{u}:{p}"));
        }
        if let Some(r) = &options.reject {
            cmd.arg("--reject").arg(r);
        }
        if let Some(m) = &options.mechanisms {
            cmd.arg("--mechanisms").arg(m);
        }
        if let Some((u, t)) = &options.oauth {
            cmd.arg("--oauth").arg(format!("{u}:{t}"));
            if options.oauth_bearer {
                cmd.arg("--oauth-mechanism").arg("OAUTHBEARER");
            }
        }
        if options.sink {
            cmd.arg("--sink");
        }
        let mut child = cmd
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .expect("cannot start /usr/bin/python3: run tests/setup.sh");
        let stdout = child.stdout.take().expect("piped stdout");
        let (tx, rx) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let mut line = String::new();
            let _ = BufReader::new(stdout).read_line(&mut line);
            let _ = tx.send(line);
        });
        let line = rx.recv_timeout(Duration::from_secs(30)).unwrap_or_default();
        let port = line.trim().strip_prefix("PORT ").and_then(|p| p.parse().ok());
        let Some(port) = port else {
            let _ = child.kill();
            panic!(
                "the test SMTP server did not start (said {line:?}); is python3-aiosmtpd installed? run tests/setup.sh"
            );
        };
        Server { child, port, out }
    }

    /// The messages received so far, in order.
    pub fn messages(&self) -> Vec<Received> {
        let mut names: Vec<PathBuf> = std::fs::read_dir(&self.out)
            .map(|d| d.filter_map(|e| e.ok().map(|e| e.path())).collect())
            .unwrap_or_default();
        names.retain(|p| p.extension().is_some_and(|e| e == "json"));
        names.sort();
        names
            .into_iter()
            .map(|json| {
                let eml = std::fs::read(json.with_extension("eml")).expect("the .eml beside the .json");
                let meta: Json = serde_json::from_slice(&std::fs::read(&json).unwrap()).expect("valid JSON");
                Received { eml: String::from_utf8_lossy(&eml).into_owned(), meta }
            })
            .collect()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        drop(self.child.stdin.take());
        let _ = self.child.kill();
        let _ = self.child.wait();
        let _ = std::fs::remove_dir_all(&self.out);
    }
}

/// A message as the server received it, with its envelope and Python's parse of it.
pub struct Received {
    pub eml: String,
    pub meta: Json,
}

impl Received {
    pub fn mail_from(&self) -> &str {
        self.meta["mail_from"].as_str().unwrap_or_default()
    }
    pub fn rcpt_tos(&self) -> Vec<String> {
        self.meta["rcpt_tos"].as_array().unwrap().iter().map(|v| v.as_str().unwrap().to_string()).collect()
    }
    pub fn auth_login(&self) -> Option<&str> {
        self.meta["auth_login"].as_str()
    }
    pub fn tls(&self) -> bool {
        self.meta["tls"].as_bool().unwrap_or(false)
    }
    pub fn peer_port(&self) -> u64 {
        self.meta["peer_port"].as_u64().unwrap_or(0)
    }
    /// Every value of a header, decoded (RFC 2047), in order.
    pub fn headers(&self, name: &str) -> Vec<String> {
        self.meta["parsed"]["headers"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|h| h[0].as_str().unwrap().eq_ignore_ascii_case(name))
            .map(|h| h[1].as_str().unwrap().to_string())
            .collect()
    }
    pub fn header(&self, name: &str) -> Option<String> {
        self.headers(name).into_iter().next()
    }
    pub fn header_names(&self) -> Vec<String> {
        self.meta["parsed"]["headers"].as_array().unwrap().iter().map(|h| h[0].as_str().unwrap().to_string()).collect()
    }
    pub fn parts(&self) -> Vec<Json> {
        self.meta["parsed"]["parts"].as_array().unwrap().clone()
    }
    pub fn defects(&self) -> Vec<Json> {
        self.meta["parsed"]["defects"].as_array().unwrap().clone()
    }
}

pub struct Run {
    pub stdout: String,
    pub stderr: String,
    pub code: i32,
    pub elapsed: Duration,
}

impl Run {
    pub fn lines(&self) -> Vec<&str> {
        self.stdout.lines().collect()
    }
}

pub fn wl_bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_wl"))
}

/// Runs a script with wl, trusting the test CA through SSL_CERT_FILE unless `env` sets
/// SSL_CERT_FILE to "" (then it is removed).
pub fn wl(script: &str, env: &[(&str, &str)]) -> Run {
    let dir = tempdir("script");
    let path = dir.join("script.wl");
    std::fs::write(&path, script).unwrap();
    let run = run_file(&path, &dir, env);
    let _ = std::fs::remove_dir_all(&dir);
    run
}

pub fn run_file(path: &Path, cwd: &Path, env: &[(&str, &str)]) -> Run {
    let mut cmd = Command::new(wl_bin());
    cmd.arg("run").arg("--timeout").arg("120").arg(path).current_dir(cwd).env("NO_COLOR", "1");
    cmd.env("SSL_CERT_FILE", &certs().ca);
    for (k, v) in env {
        if v.is_empty() {
            cmd.env_remove(k);
        } else {
            cmd.env(k, v);
        }
    }
    let start = Instant::now();
    let mut child = cmd.stdin(Stdio::null()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().expect("run wl");
    let _ = child.stdin.take().map(|mut s| s.flush());
    let out = child.wait_with_output().expect("wl finishes");
    Run {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        code: out.status.code().unwrap_or(-1),
        elapsed: start.elapsed(),
    }
}

/// A port on 127.0.0.1 where nothing listens.
pub fn closed_port() -> u16 {
    let l = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    l.local_addr().unwrap().port()
}
/// A token introspection endpoint (RFC 7662 style, GET with the token appended) for Dovecot:
/// `token` is active for `user`, anything else is not.
pub fn introspection_server(token: &'static str, user: &'static str) -> String {
    use std::io::{Read, Write};
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut conn) = conn else { continue };
            let mut request = Vec::new();
            let mut buf = [0u8; 4096];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                match conn.read(&mut buf) {
                    Ok(0) | Err(_) => break,
                    Ok(n) => request.extend_from_slice(&buf[..n]),
                }
            }
            let text = String::from_utf8_lossy(&request);
            let path = text.split_whitespace().nth(1).unwrap_or("");
            let given = path.split("token=").nth(1).unwrap_or("");
            let body = if given == token {
                format!(r#"{{"active": true, "username": "{user}"}}"#)
            } else {
                r#"{"active": false}"#.to_string()
            };
            let status = if given == token { "200 OK" } else { "401 Unauthorized" };
            let _ = write!(
                conn,
                "HTTP/1.1 {status}\r\nContent-Type: application/json\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
                body.len()
            );
        }
    });
    format!("http://127.0.0.1:{port}/introspect?token=")
}

pub mod dovecot;
pub mod postfix;
