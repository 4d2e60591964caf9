//! The deliverer: a background task under `serve` that claims due
//! deliveries, POSTs each signed payload to its endpoint and records how it
//! went. Woken by final status changes (the process's notification hub),
//! otherwise it sleeps until the next delivery is due, at most
//! [`POLL_EVERY`]. Several instances may run it on one database.
//!
//! Each attempt: resolve the host (refusing non-public addresses unless
//! `webhook_allow_private`), connect to an address it resolved to, TLS for
//! `https` (the web PKI's roots), one HTTP/1.1 request, at most
//! [`MAX_RESPONSE_BYTES`] of the answer read, all within
//! `webhook_timeout_secs`. A 2xx is delivered; anything else (a redirect
//! too: none is followed) is retried.

use std::net::{IpAddr, SocketAddr};
use std::sync::Arc;
use std::time::{Duration, Instant};

use bytes::Bytes;
use http_body_util::{BodyExt, Full};
use hyper_util::rt::TokioIo;
use serde_json::{Value, json};
use sqlx::PgPool;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::sync::{broadcast, watch};
use tokio_rustls::rustls;
use url::{Host, Url};

use super::deliveries::{self, Claimed, Outcome};
use super::signature::sign;
use super::target::is_public;
use crate::jobs::events::Hub;

/// The longest the deliverer sleeps without being woken.
pub const POLL_EVERY: Duration = Duration::from_secs(1);
/// Deliveries claimed (and sent side by side) at once.
const BATCH: i64 = 16;
/// Most of a receiver's answer read (the rest is dropped unread).
pub const MAX_RESPONSE_BYTES: usize = 4096;
/// How much of a receiver's answer goes into an attempt's error.
const EXCERPT_CHARS: usize = 200;

/// How the deliverer works (from the configuration).
#[derive(Debug, Clone)]
pub struct Settings {
    pub allow_private: bool,
    pub retry_base: Duration,
    pub timeout: Duration,
}

/// Sends deliveries until `shutdown`.
pub async fn run(
    pool: PgPool,
    hub: Arc<Hub>,
    settings: Settings,
    mut shutdown: watch::Receiver<bool>,
) {
    let sender = match Sender::new(settings) {
        Ok(sender) => sender,
        Err(e) => {
            tracing::error!(error = %e, "TLS could not be set up: webhooks will not be delivered");
            return;
        }
    };
    let mut woken = hub.status.subscribe();
    loop {
        // Stopping does not wait for slow receivers: an attempt cut short
        // is claimed again when its lease ends (deliveries are at least once).
        let claimed = tokio::select! {
            done = deliver_due(&pool, &sender) => match done {
                Ok(n) => n,
                Err(e) => {
                    tracing::warn!(error = %e, "webhook deliveries could not be claimed; will try again");
                    0
                }
            },
            _ = crate::shutdown::stopping(&mut shutdown) => return,
        };
        // A full batch: more may be due right now.
        let wait = if claimed >= BATCH as usize {
            Duration::ZERO
        } else {
            until_next_due(&pool).await
        };
        let timer = tokio::time::sleep(wait);
        tokio::pin!(timer);
        loop {
            tokio::select! {
                _ = &mut timer => break,
                event = woken.recv() => match event {
                    // Only a final status can queue a delivery.
                    Ok(e) if !e.is_final() => {}
                    Err(broadcast::error::RecvError::Closed) => {
                        (&mut timer).await;
                        break;
                    }
                    // A final status, or a lagging receiver that missed
                    // some: look now, once for the whole burst.
                    _ => {
                        while woken.try_recv().is_ok() {}
                        break;
                    }
                },
                _ = crate::shutdown::stopping(&mut shutdown) => return,
            }
        }
    }
}

/// How long until the next pending delivery is due, within
/// 20 ms..[`POLL_EVERY`].
async fn until_next_due(pool: &PgPool) -> Duration {
    let floor = Duration::from_millis(20);
    match deliveries::next_due(pool).await {
        Ok(Some(at)) => {
            let ms = (at - chrono::Utc::now().naive_utc()).num_milliseconds();
            Duration::from_millis(u64::try_from(ms).unwrap_or(0)).clamp(floor, POLL_EVERY)
        }
        _ => POLL_EVERY,
    }
}

/// Claims and sends one batch; how many were claimed.
async fn deliver_due(pool: &PgPool, sender: &Sender) -> Result<usize, sqlx::Error> {
    // A claim lasts past the attempt's own limit, so it is not taken twice.
    let lease = sender.settings.timeout + Duration::from_secs(30);
    let batch = deliveries::claim(pool, BATCH, lease).await?;
    let n = batch.len();
    let sends = batch.into_iter().map(|claimed| async move {
        let outcome = sender.attempt(&claimed).await;
        tracing::info!(
            delivery = %claimed.id,
            endpoint = %claimed.endpoint_id,
            event = %claimed.event,
            attempt = claimed.attempts,
            status_code = outcome.status_code,
            duration_ms = u64::try_from(outcome.duration.as_millis()).unwrap_or(u64::MAX),
            error = outcome.error.as_deref().unwrap_or(""),
            "webhook attempt"
        );
        if let Err(e) = deliveries::record(pool, &claimed, &outcome, sender.settings.retry_base).await {
            tracing::warn!(error = %e, delivery = %claimed.id, "a webhook attempt could not be recorded; it will be sent again");
        }
    });
    futures_util::future::join_all(sends).await;
    Ok(n)
}

/// The JSON sent for a claimed delivery.
pub fn payload(claimed: &Claimed) -> Value {
    let status = if claimed.event == super::Event::DocumentFailed.as_str() {
        "failed"
    } else {
        "completed"
    };
    let mut data = json!({
        "document_id": claimed.document_id,
        "status": status,
        "title": claimed.title,
        "file_type": claimed.file_type,
    });
    if status == "failed"
        && let Some(error) = &claimed.processing_error
    {
        data["processing_error"] = json!(error.chars().take(1000).collect::<String>());
    }
    json!({
        "id": claimed.id,
        "type": claimed.event,
        "created_at": claimed.created_at.and_utc(),
        "data": data,
    })
}

/// Sends attempts: the TLS set-up, made once.
struct Sender {
    settings: Settings,
    tls: tokio_rustls::TlsConnector,
}

trait Stream: AsyncRead + AsyncWrite + Unpin + Send {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send> Stream for T {}

impl Sender {
    fn new(settings: Settings) -> Result<Self, rustls::Error> {
        let mut roots = rustls::RootCertStore::empty();
        roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
        let provider = Arc::new(rustls::crypto::ring::default_provider());
        let config = rustls::ClientConfig::builder_with_provider(provider)
            .with_safe_default_protocol_versions()?
            .with_root_certificates(roots)
            .with_no_client_auth();
        Ok(Self {
            settings,
            tls: tokio_rustls::TlsConnector::from(Arc::new(config)),
        })
    }

    /// One attempt at `claimed`, within the time limit.
    async fn attempt(&self, claimed: &Claimed) -> Outcome {
        let started = Instant::now();
        let body = serde_json::to_vec(&payload(claimed)).unwrap_or_default();
        let timestamp = chrono::Utc::now().timestamp();
        let id = claimed.id.to_string();
        let signature = sign(&claimed.secret, &id, timestamp, &body);
        let result = tokio::time::timeout(
            self.settings.timeout,
            self.post(&claimed.url, &id, timestamp, &signature, body),
        )
        .await;
        let duration = started.elapsed();
        match result {
            Err(_) => Outcome {
                status_code: None,
                error: Some(format!(
                    "no answer within {} s",
                    self.settings.timeout.as_secs()
                )),
                duration,
            },
            Ok(Err(error)) => Outcome {
                status_code: None,
                error: Some(error),
                duration,
            },
            Ok(Ok((code, excerpt))) => Outcome {
                status_code: Some(code),
                error: (!(200..300).contains(&code)).then(|| {
                    if excerpt.is_empty() {
                        format!("HTTP {code}")
                    } else {
                        format!("HTTP {code}: {excerpt}")
                    }
                }),
                duration,
            },
        }
    }

    /// POSTs `body` to `url`; the status and the start of the answer.
    async fn post(
        &self,
        url: &str,
        id: &str,
        timestamp: i64,
        signature: &str,
        body: Vec<u8>,
    ) -> Result<(u16, String), String> {
        let url = Url::parse(url).map_err(|_| "the endpoint URL is not valid".to_owned())?;
        let host = url.host().ok_or("the endpoint URL has no host")?;
        let port = url
            .port_or_known_default()
            .ok_or("the endpoint URL has no port")?;
        let addresses: Vec<SocketAddr> = match &host {
            Host::Ipv4(ip) => vec![SocketAddr::new(IpAddr::V4(*ip), port)],
            Host::Ipv6(ip) => vec![SocketAddr::new(IpAddr::V6(*ip), port)],
            Host::Domain(name) => tokio::net::lookup_host((*name, port))
                .await
                .map_err(|e| format!("the host name did not resolve: {e}"))?
                .collect(),
        };
        if !self.settings.allow_private && addresses.iter().any(|a| !is_public(a.ip())) {
            return Err(
                "the host resolves to a private or loopback address, which webhook_allow_private forbids"
                    .into(),
            );
        }
        let tcp = connect(&addresses).await?;
        let stream: Box<dyn Stream> = if url.scheme() == "https" {
            let name = match &host {
                Host::Domain(d) => rustls::pki_types::ServerName::try_from(d.to_string())
                    .map_err(|_| "the host name is not valid for TLS".to_owned())?,
                Host::Ipv4(ip) => rustls::pki_types::ServerName::IpAddress(IpAddr::V4(*ip).into()),
                Host::Ipv6(ip) => rustls::pki_types::ServerName::IpAddress(IpAddr::V6(*ip).into()),
            };
            let tls = self
                .tls
                .connect(name, tcp)
                .await
                .map_err(|e| format!("TLS failed: {e}"))?;
            Box::new(tls)
        } else {
            Box::new(tcp)
        };
        let (mut request_sender, connection) =
            hyper::client::conn::http1::handshake(TokioIo::new(stream))
                .await
                .map_err(|e| format!("HTTP failed: {e}"))?;
        // Ends with the request; dropped (and the socket closed) with this
        // attempt if the limit strikes first.
        let connection = tokio::spawn(async move {
            let _ = connection.await;
        });
        let _abort = AbortOnDrop(connection);
        let path = match url.query() {
            Some(q) => format!("{}?{q}", url.path()),
            None => url.path().to_owned(),
        };
        let authority = match url.port() {
            Some(p) => format!("{host}:{p}"),
            None => host.to_string(),
        };
        let request = hyper::Request::post(path)
            .header(hyper::header::HOST, authority)
            .header(hyper::header::CONTENT_TYPE, "application/json")
            .header(
                hyper::header::USER_AGENT,
                concat!("OpenComplai-Webhooks/", env!("CARGO_PKG_VERSION")),
            )
            .header("webhook-id", id)
            .header("webhook-timestamp", timestamp.to_string())
            .header("webhook-signature", signature)
            .body(Full::new(Bytes::from(body)))
            .map_err(|e| format!("the request could not be made: {e}"))?;
        let response = request_sender
            .send_request(request)
            .await
            .map_err(|e| format!("HTTP failed: {e}"))?;
        let code = response.status().as_u16();
        let mut body = response.into_body();
        let mut read = Vec::new();
        while read.len() < MAX_RESPONSE_BYTES {
            match body.frame().await {
                Some(Ok(frame)) => {
                    if let Some(data) = frame.data_ref() {
                        read.extend_from_slice(data);
                    }
                }
                // What was read is enough to say what happened.
                Some(Err(_)) | None => break,
            }
        }
        read.truncate(MAX_RESPONSE_BYTES);
        Ok((code, excerpt(&read)))
    }
}

/// The first connection that succeeds to one of `addresses`.
async fn connect(addresses: &[SocketAddr]) -> Result<TcpStream, String> {
    let mut last = "the host name resolved to no address".to_owned();
    for address in addresses {
        match TcpStream::connect(address).await {
            Ok(stream) => return Ok(stream),
            Err(e) => last = format!("could not connect: {e}"),
        }
    }
    Err(last)
}

/// The start of a receiver's answer as one line of text.
fn excerpt(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .take(EXCERPT_CHARS)
        .collect::<String>()
        .trim()
        .to_owned()
}

struct AbortOnDrop(tokio::task::JoinHandle<()>);

impl Drop for AbortOnDrop {
    fn drop(&mut self) {
        self.0.abort();
    }
}
