//! The IMAP fetcher: every `imap_interval_secs` it logs in to the mailbox,
//! imports the messages waiting in `imap_folder` through `mail` (unseen
//! ones, or all when they are moved or deleted after), and then flags each
//! `\Seen`, moves it, or deletes it. A message we cannot read is flagged
//! `$OpenComplaiFailed` and left where it is (and not fetched again); one
//! that meets trouble on our side is left as it was, for the next pass.
//! The password never reaches a log line.

use std::fmt::Debug;
use std::sync::Arc;
use std::time::Duration;

use anyhow::Context;
use futures_util::TryStreamExt;
use sqlx::PgPool;
use tokio::io::{AsyncRead, AsyncWrite};
use tokio::net::TcpStream;
use tokio::sync::watch;

use super::mail::{self, MailError};
use super::settings::{After, Imap};
use super::{Recipient, bounded};
use crate::config::Config;
use crate::documents::Error;

/// The keyword a message we could not read is flagged with.
pub const FAILED_KEYWORD: &str = "$OpenComplaiFailed";
/// Messages imported in one pass; the rest wait for the next.
const MAX_PER_PASS: usize = 500;
/// How long one exchange with the server may take.
const IO_TIMEOUT: Duration = Duration::from_secs(60);

trait Io: AsyncRead + AsyncWrite + Unpin + Send + Debug {}
impl<T: AsyncRead + AsyncWrite + Unpin + Send + Debug> Io for T {}

type Session = async_imap::Session<Box<dyn Io>>;

/// What one pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Report {
    /// Messages looked at.
    pub messages: usize,
    /// Documents created (messages and attachments).
    pub created: usize,
    /// Messages the account already had.
    pub known: usize,
    /// Messages refused (flagged `$OpenComplaiFailed`).
    pub failed: usize,
}

/// Fetches until shutdown.
pub async fn run(
    pool: PgPool,
    config: Arc<Config>,
    settings: Imap,
    mut shutdown: watch::Receiver<bool>,
) {
    tracing::info!(
        host = %settings.host,
        port = settings.port,
        folder = %settings.folder,
        "IMAP fetcher running"
    );
    loop {
        match fetch(&pool, &config, &settings).await {
            Ok(report) if report.messages > 0 => tracing::info!(
                messages = report.messages,
                created = report.created,
                known = report.known,
                failed = report.failed,
                "imported mail"
            ),
            Ok(_) => {}
            Err(e) => tracing::warn!(
                error = %bounded(&format!("{e:#}"), 500),
                "IMAP fetch failed; will try again"
            ),
        }
        tokio::select! {
            _ = tokio::time::sleep(settings.interval) => {}
            _ = crate::shutdown::stopping(&mut shutdown) => return,
        }
    }
}

async fn within<T, E: Into<anyhow::Error>>(
    what: &str,
    fut: impl Future<Output = Result<T, E>>,
) -> anyhow::Result<T> {
    match tokio::time::timeout(IO_TIMEOUT, fut).await {
        Ok(result) => result.map_err(Into::into).with_context(|| what.to_owned()),
        Err(_) => anyhow::bail!("{what}: no answer within {} s", IO_TIMEOUT.as_secs()),
    }
}

async fn connect(settings: &Imap) -> anyhow::Result<Box<dyn Io>> {
    let tcp = within(
        "connecting to the IMAP server",
        TcpStream::connect((settings.host.as_str(), settings.port)),
    )
    .await?;
    if !settings.tls {
        return Ok(Box::new(tcp));
    }
    use tokio_rustls::rustls;
    let mut roots = rustls::RootCertStore::empty();
    roots.extend(webpki_roots::TLS_SERVER_ROOTS.iter().cloned());
    let provider = Arc::new(rustls::crypto::ring::default_provider());
    let tls = rustls::ClientConfig::builder_with_provider(provider)
        .with_safe_default_protocol_versions()?
        .with_root_certificates(roots)
        .with_no_client_auth();
    let name = rustls::pki_types::ServerName::try_from(settings.host.clone())
        .context("the IMAP host is not a valid server name")?;
    let stream = within(
        "TLS with the IMAP server",
        tokio_rustls::TlsConnector::from(Arc::new(tls)).connect(name, tcp),
    )
    .await?;
    Ok(Box::new(stream))
}

async fn login(settings: &Imap) -> anyhow::Result<Session> {
    let mut client = async_imap::Client::new(connect(settings).await?);
    within("the IMAP greeting", client.read_response())
        .await?
        .context("the IMAP server closed the connection")?;
    let login = client.login(&settings.username, settings.password.expose());
    match tokio::time::timeout(IO_TIMEOUT, login).await {
        Ok(Ok(session)) => Ok(session),
        // The error is the server's answer; it does not hold the password.
        Ok(Err((e, _))) => anyhow::bail!(
            "IMAP login as {} refused: {}",
            bounded(&settings.username, 200),
            bounded(&e.to_string(), 300)
        ),
        Err(_) => anyhow::bail!("IMAP login: no answer within {} s", IO_TIMEOUT.as_secs()),
    }
}

/// One pass: log in, import what waits, mark it, log out.
pub async fn fetch(pool: &PgPool, config: &Config, settings: &Imap) -> anyhow::Result<Report> {
    let to = Recipient::find(pool, config, &settings.account, "opencomplai-imap").await?;
    let mut session = login(settings).await?;
    if let After::Move(folder) = &settings.after {
        // Made the first time; "already exists" every time after.
        let _ = tokio::time::timeout(IO_TIMEOUT, session.create(folder)).await;
    }
    within(
        "selecting the IMAP folder",
        session.select(&settings.folder),
    )
    .await?;
    let query = match settings.after {
        After::Seen => format!("UNSEEN UNDELETED UNKEYWORD {FAILED_KEYWORD}"),
        _ => format!("UNDELETED UNKEYWORD {FAILED_KEYWORD}"),
    };
    let mut uids: Vec<u32> = within("searching the IMAP folder", session.uid_search(&query))
        .await?
        .into_iter()
        .collect();
    uids.sort_unstable();
    let mut report = Report::default();
    let mut deleted = Vec::new();
    for uid in uids.into_iter().take(MAX_PER_PASS) {
        report.messages += 1;
        let raw = match body(&mut session, uid, to.max_upload_bytes).await? {
            Fetched::Raw(raw) => raw,
            // Removed by another client since the search.
            Fetched::Gone => continue,
            Fetched::TooLarge => {
                tracing::info!(
                    uid,
                    "IMAP message over max_upload_bytes; flagged, not imported"
                );
                flag(&mut session, uid, FAILED_KEYWORD).await?;
                report.failed += 1;
                continue;
            }
        };
        match mail::import(pool, &to, &raw).await {
            Ok(imported) => {
                report.created += imported.created();
                if imported.created() == 0 {
                    report.known += 1;
                }
                match &settings.after {
                    After::Seen => flag(&mut session, uid, "\\Seen").await?,
                    After::Move(folder) => {
                        let moved = within(
                            "moving an IMAP message",
                            session.uid_mv(uid.to_string(), folder),
                        )
                        .await;
                        if moved.is_err() {
                            // A server without MOVE: copy, then delete.
                            within(
                                "copying an IMAP message",
                                session.uid_copy(uid.to_string(), folder),
                            )
                            .await?;
                            flag(&mut session, uid, "\\Deleted").await?;
                            deleted.push(uid.to_string());
                        }
                    }
                    After::Delete => {
                        flag(&mut session, uid, "\\Deleted").await?;
                        deleted.push(uid.to_string());
                    }
                }
            }
            Err(MailError::Document(e @ (Error::Database(_) | Error::Unavailable(_)))) => {
                return Err(e.into());
            }
            Err(MailError::Document(e @ Error::Quota { .. })) => {
                tracing::warn!(error = %e, "IMAP import stopped: the account is over its quota");
                break;
            }
            Err(e) => {
                tracing::info!(uid, error = %bounded(&e.to_string(), 300), "IMAP message refused; flagged");
                flag(&mut session, uid, FAILED_KEYWORD).await?;
                report.failed += 1;
            }
        }
    }
    if !deleted.is_empty() {
        let set = deleted.join(",");
        within("expunging IMAP messages", async {
            let expunged = session.uid_expunge(&set).await?;
            expunged.try_collect::<Vec<_>>().await
        })
        .await?;
    }
    // A failed logout loses nothing: every mark is already made.
    let _ = tokio::time::timeout(IO_TIMEOUT, session.logout()).await;
    Ok(report)
}

enum Fetched {
    Raw(Vec<u8>),
    TooLarge,
    Gone,
}

/// The message's bytes, unless it is larger than `max`.
async fn body(session: &mut Session, uid: u32, max: u64) -> anyhow::Result<Fetched> {
    let size = within("reading an IMAP message's size", async {
        let fetches: Vec<_> = session
            .uid_fetch(uid.to_string(), "(UID RFC822.SIZE)")
            .await?
            .try_collect()
            .await?;
        Ok::<_, async_imap::error::Error>(fetches.iter().find_map(|f| f.size))
    })
    .await?;
    if size.is_some_and(|s| u64::from(s) > max) {
        return Ok(Fetched::TooLarge);
    }
    let raw = within("fetching an IMAP message", async {
        let fetches: Vec<_> = session
            .uid_fetch(uid.to_string(), "(UID BODY.PEEK[])")
            .await?
            .try_collect()
            .await?;
        Ok::<_, async_imap::error::Error>(fetches.iter().find_map(|f| f.body().map(<[u8]>::to_vec)))
    })
    .await?;
    Ok(match raw {
        Some(raw) if raw.len() as u64 > max => Fetched::TooLarge,
        Some(raw) => Fetched::Raw(raw),
        None => Fetched::Gone,
    })
}

async fn flag(session: &mut Session, uid: u32, flag: &str) -> anyhow::Result<()> {
    within("flagging an IMAP message", async {
        let answers = session
            .uid_store(uid.to_string(), format!("+FLAGS.SILENT ({flag})"))
            .await?;
        answers.try_collect::<Vec<_>>().await
    })
    .await?;
    Ok(())
}
