//! TLS for every session (SMTP, POP3, IMAP): rustls with the ring provider, trusted roots =
//! the webpki roots, the system store (rustls-native-certs) and the PEM bundle named by
//! `SSL_CERT_FILE`, and a certificate verifier that relaxes
//! exactly the checks named by a session's `..IgnoreError` (docs/email.md, "Options and TLS"), nothing more.

use rustls::client::danger::{HandshakeSignatureValid, ServerCertVerified, ServerCertVerifier};
use rustls::client::{verify_server_cert_signed_by_trust_anchor, verify_server_name};
use rustls::crypto::{verify_tls12_signature, verify_tls13_signature, CryptoProvider};
use rustls::pki_types::pem::PemObject;
use rustls::pki_types::{CertificateDer, ServerName, UnixTime};
use rustls::server::ParsedCertificate;
use rustls::{
    CertificateError, ClientConfig, DigitallySignedStruct, Error as TlsError, RootCertStore, SignatureScheme,
};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::Duration;

/// `emailIgnoreInvalidCertificate`: untrusted issuer, self-signed certificate, bad signature.
pub const IGNORE_INVALID_CERTIFICATE: i64 = 1;
/// `emailIgnoreWrongHostName`: the certificate names another host.
pub const IGNORE_WRONG_HOST_NAME: i64 = 2;
/// `emailIgnoreExpiredCertificate`: expired or not yet valid.
pub const IGNORE_EXPIRED_CERTIFICATE: i64 = 4;
/// `emailIgnoreAllCertificateErrors`: the sum of the three.
pub const IGNORE_ALL: i64 = IGNORE_INVALID_CERTIFICATE | IGNORE_WRONG_HOST_NAME | IGNORE_EXPIRED_CERTIFICATE;

fn provider() -> Arc<CryptoProvider> {
    static PROVIDER: OnceLock<Arc<CryptoProvider>> = OnceLock::new();
    PROVIDER.get_or_init(|| Arc::new(rustls::crypto::ring::default_provider())).clone()
}

/// The trusted roots: webpki's, the system's (Debian's `/etc/ssl/certs`, where a company CA
/// is usually installed), plus every certificate of `SSL_CERT_FILE` when it is set.
fn roots() -> Result<Arc<RootCertStore>, String> {
    static ROOTS: OnceLock<Result<Arc<RootCertStore>, String>> = OnceLock::new();
    ROOTS
        .get_or_init(|| {
            let mut store = RootCertStore::empty();
            store.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
            // A system store that is missing or partly unreadable leaves the webpki roots.
            for cert in rustls_native_certs::load_native_certs().certs {
                let _ = store.add(cert);
            }
            if let Some(path) = std::env::var_os("SSL_CERT_FILE").filter(|p| !p.is_empty()) {
                let shown = std::path::Path::new(&path).display().to_string();
                let bytes = std::fs::read(&path)
                    .map_err(|e| format!("cannot read the certificates of SSL_CERT_FILE ({shown}): {e}"))?;
                let mut added = 0;
                for cert in CertificateDer::pem_slice_iter(&bytes) {
                    let cert = cert
                        .map_err(|e| format!("SSL_CERT_FILE ({shown}) is not a valid PEM certificate bundle: {e}"))?;
                    if store.add(cert).is_ok() {
                        added += 1;
                    }
                }
                if added == 0 {
                    return Err(format!("SSL_CERT_FILE ({shown}) holds no usable certificate"));
                }
            }
            Ok(Arc::new(store))
        })
        .clone()
}

/// The client configuration for a session that tolerates the certificate errors in `ignore`.
pub fn client_config(ignore: i64) -> Result<Arc<ClientConfig>, String> {
    type Cache = Mutex<Vec<(i64, Arc<ClientConfig>)>>;
    static CONFIGS: OnceLock<Cache> = OnceLock::new();
    let ignore = ignore & IGNORE_ALL;
    let cache = CONFIGS.get_or_init(|| Mutex::new(Vec::new()));
    let mut cache = cache.lock().unwrap_or_else(|e| e.into_inner());
    if let Some((_, c)) = cache.iter().find(|(i, _)| *i == ignore) {
        return Ok(c.clone());
    }
    let provider = provider();
    let verifier = Verifier { roots: roots()?, ignore, provider: provider.clone() };
    let config = ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()
        .map_err(|e| format!("cannot set up TLS: {e}"))?
        .dangerous()
        .with_custom_certificate_verifier(Arc::new(verifier))
        .with_no_client_auth();
    let config = Arc::new(config);
    cache.push((ignore, config.clone()));
    Ok(config)
}

/// The server name TLS checks the certificate against: an IP address or a DNS name.
pub fn server_name(host: &str) -> Result<ServerName<'static>, String> {
    let bare = host.trim_start_matches('[').trim_end_matches(']');
    ServerName::try_from(bare.to_string()).map_err(|_| format!("\"{host}\" is not a valid server name for TLS"))
}

/// Verifies like rustls's WebPKI verifier (chain to a trusted root, validity dates, name),
/// then forgives exactly the failures the session asked to ignore.
#[derive(Debug)]
struct Verifier {
    roots: Arc<RootCertStore>,
    ignore: i64,
    provider: Arc<CryptoProvider>,
}

/// Failures of trust (who issued the certificate), as opposed to dates or names.
fn is_trust_error(e: &CertificateError) -> bool {
    #[allow(deprecated)]
    let trust = matches!(
        e,
        CertificateError::UnknownIssuer
            | CertificateError::BadSignature
            | CertificateError::UnsupportedSignatureAlgorithm
            | CertificateError::UnsupportedSignatureAlgorithmContext { .. }
            | CertificateError::UnsupportedSignatureAlgorithmForPublicKeyContext { .. }
            | CertificateError::InvalidPurpose
            | CertificateError::InvalidPurposeContext { .. }
    );
    trust
}

impl ServerCertVerifier for Verifier {
    fn verify_server_cert(
        &self,
        end_entity: &CertificateDer<'_>,
        intermediates: &[CertificateDer<'_>],
        server_name: &ServerName<'_>,
        _ocsp_response: &[u8],
        now: UnixTime,
    ) -> Result<ServerCertVerified, TlsError> {
        let cert = ParsedCertificate::try_from(end_entity)?;
        let algorithms = self.provider.signature_verification_algorithms.all;
        let verify = |time: UnixTime| {
            verify_server_cert_signed_by_trust_anchor(&cert, &self.roots, intermediates, time, algorithms)
        };
        let mut result = verify(now);
        if self.ignore & IGNORE_EXPIRED_CERTIFICATE != 0 {
            // Check the chain again at a moment when the certificates were valid.
            for _ in 0..4 {
                let time = match &result {
                    Err(TlsError::InvalidCertificate(CertificateError::ExpiredContext { not_after, .. })) => {
                        UnixTime::since_unix_epoch(Duration::from_secs(not_after.as_secs().saturating_sub(1)))
                    }
                    Err(TlsError::InvalidCertificate(CertificateError::NotValidYetContext { not_before, .. })) => {
                        UnixTime::since_unix_epoch(Duration::from_secs(not_before.as_secs().saturating_add(1)))
                    }
                    _ => break,
                };
                result = verify(time);
            }
        }
        match result {
            Ok(()) => {}
            // webpki checks the dates of a certificate before looking for its issuer, so an
            // unknown issuer here means the dates were fine (or forgiven above).
            Err(TlsError::InvalidCertificate(e))
                if self.ignore & IGNORE_INVALID_CERTIFICATE != 0 && is_trust_error(&e) => {}
            Err(e) => return Err(e),
        }
        if self.ignore & IGNORE_WRONG_HOST_NAME == 0 {
            verify_server_name(&cert, server_name)?;
        }
        Ok(ServerCertVerified::assertion())
    }

    fn verify_tls12_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        verify_tls12_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn verify_tls13_signature(
        &self,
        message: &[u8],
        cert: &CertificateDer<'_>,
        dss: &DigitallySignedStruct,
    ) -> Result<HandshakeSignatureValid, TlsError> {
        verify_tls13_signature(message, cert, dss, &self.provider.signature_verification_algorithms)
    }

    fn supported_verify_schemes(&self) -> Vec<SignatureScheme> {
        self.provider.signature_verification_algorithms.supported_schemes()
    }
}

/// A TLS failure in words a script's author can act on.
pub fn describe(e: &TlsError) -> String {
    match e {
        TlsError::InvalidCertificate(c) => {
            let what = match c {
                CertificateError::UnknownIssuer => "is not issued by a trusted authority".to_string(),
                CertificateError::BadSignature => "has a bad signature".to_string(),
                CertificateError::Expired | CertificateError::ExpiredContext { .. } => "has expired".to_string(),
                CertificateError::NotValidYet | CertificateError::NotValidYetContext { .. } => {
                    "is not valid yet".to_string()
                }
                CertificateError::NotValidForName => "is not valid for this server name".to_string(),
                CertificateError::NotValidForNameContext { expected, presented } => {
                    let expected = match expected {
                        ServerName::DnsName(d) => d.as_ref().to_string(),
                        ServerName::IpAddress(ip) => std::net::IpAddr::from(*ip).to_string(),
                        other => format!("{other:?}"),
                    };
                    // rustls shows the names as `DnsName("mail.example.com")`: keep the name.
                    let names: Vec<&str> =
                        presented.iter().map(|p| p.split('"').nth(1).unwrap_or(p.as_str())).collect();
                    format!("is not valid for {expected} (it names {})", names.join(", "))
                }
                CertificateError::InvalidPurpose | CertificateError::InvalidPurposeContext { .. } => {
                    "is not meant for a server".to_string()
                }
                CertificateError::Revoked => "has been revoked".to_string(),
                other => format!("is invalid ({other:?})"),
            };
            format!("the server's certificate {what}")
        }
        TlsError::AlertReceived(alert) => format!("the server ended the TLS handshake ({alert:?})"),
        TlsError::InvalidMessage(m) => format!("the server does not speak TLS here ({m:?})"),
        other => other.to_string(),
    }
}
