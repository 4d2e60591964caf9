//! The consume folder: files dropped in `consume_dir` (sub-folders too)
//! become documents of `consume_account`, then move to `consumed/` or, with
//! the reason in `<name>.error.txt` beside them, to `failed/`.
//!
//! The folder is polled (inotify does not see changes made over NFS or
//! SMB), and a file is taken only once its size and modification time have
//! stayed the same for `consume_settle_secs`, so a file still being copied
//! is left alone. Each document carries a key of the file (its path, size,
//! modification time and SHA-256) committed with it, so a file whose move
//! a crash prevented is recognised on the next pass and moved, not taken
//! twice; a crash before the commit leaves no document, and the file is
//! taken on the next pass. One instance consumes at a time: each pass
//! holds a transaction-scoped advisory lock.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant, SystemTime};

use bytes::Bytes;
use serde_json::{Value, json};
use sqlx::PgPool;
use tokio::io::AsyncReadExt;
use tokio::sync::watch;

use super::settings::Consume;
use super::{Outcome, Recipient, bounded, commit, key_of};
use crate::config::Config;
use crate::documents::Error;
use crate::documents::create::{Origin, UploadFields};
use crate::documents::files::{self, ByteStream};

/// Where taken files go, inside the consume folder.
pub const CONSUMED: &str = "consumed";
/// Where refused files go, with the reason beside them.
pub const FAILED: &str = "failed";

/// Any number; all instances agree on it.
const CONSUME_LOCK: i64 = 0x006f_6363_6f6e_7375;
/// Files taken in one pass (one hold of the lock); the rest wait for the next.
const MAX_PER_PASS: usize = 500;
/// Sub-folder depth followed.
const MAX_DEPTH: usize = 32;
/// Entries looked at in one scan.
const MAX_SCANNED: usize = 100_000;
/// Characters kept of a relative path in metadata and messages.
const MAX_PATH: usize = 1000;
/// Bytes read from a file at a time.
const READ_BYTES: usize = 256 * 1024;

/// A file as one scan saw it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Seen {
    relative: PathBuf,
    size: u64,
    modified: u128,
}

/// Whether a name is one to leave alone: hidden files, the partial files
/// of browsers, downloaders and office programs.
pub fn ignored(name: &str) -> bool {
    const PARTIAL: [&str; 7] = [
        ".part",
        ".tmp",
        ".crdownload",
        ".partial",
        ".download",
        ".swp",
        ".error.txt",
    ];
    let lower = name.to_lowercase();
    name.starts_with('.') || name.starts_with("~$") || PARTIAL.iter().any(|p| lower.ends_with(p))
}

fn modified_nanos(meta: &std::fs::Metadata) -> u128 {
    meta.modified()
        .ok()
        .and_then(|t| t.duration_since(SystemTime::UNIX_EPOCH).ok())
        .map_or(0, |d| d.as_nanos())
}

/// The regular files under `dir` (not following links), but for the
/// `consumed` and `failed` folders and ignored names.
fn scan(dir: &Path) -> std::io::Result<Vec<Seen>> {
    let mut found = Vec::new();
    let mut pending = vec![(PathBuf::new(), 0usize)];
    let mut looked = 0;
    while let Some((relative, depth)) = pending.pop() {
        let entries = match std::fs::read_dir(dir.join(&relative)) {
            Ok(entries) => entries,
            // The top folder missing is worth saying; a sub-folder removed
            // while we looked is not.
            Err(e) if relative.as_os_str().is_empty() => return Err(e),
            Err(_) => continue,
        };
        for entry in entries.flatten() {
            looked += 1;
            if looked > MAX_SCANNED {
                return Ok(found);
            }
            let name = entry.file_name();
            let name_text = name.to_string_lossy();
            if ignored(&name_text) || (depth == 0 && (name_text == CONSUMED || name_text == FAILED))
            {
                continue;
            }
            let Ok(meta) = entry.path().symlink_metadata() else {
                continue;
            };
            let path = relative.join(&name);
            if meta.is_dir() && depth + 1 < MAX_DEPTH {
                pending.push((path, depth + 1));
            } else if meta.is_file() {
                found.push(Seen {
                    relative: path,
                    size: meta.len(),
                    modified: modified_nanos(&meta),
                });
            }
        }
    }
    found.sort_by(|a, b| a.relative.cmp(&b.relative));
    Ok(found)
}

/// Files seen so far, with when each was first seen as it is now.
#[derive(Default)]
struct Settling {
    since: HashMap<PathBuf, (u64, u128, Instant)>,
}

impl Settling {
    /// Notes this scan's files; returns those unchanged for `settle`.
    fn ready(&mut self, scan: Vec<Seen>, now: Instant, settle: Duration) -> Vec<Seen> {
        let mut next = HashMap::with_capacity(scan.len());
        let mut ready = Vec::new();
        for seen in scan {
            let since = match self.since.get(&seen.relative) {
                Some(&(size, modified, since))
                    if size == seen.size && modified == seen.modified =>
                {
                    since
                }
                _ => now,
            };
            if now.duration_since(since) >= settle {
                ready.push(seen.clone());
            }
            next.insert(seen.relative, (seen.size, seen.modified, since));
        }
        self.since = next;
        ready
    }

    fn forget(&mut self, relative: &Path) {
        self.since.remove(relative);
    }

    /// When the next file seen will have been still for `settle`, if any
    /// is waiting.
    fn next_due(&self, settle: Duration) -> Option<Instant> {
        self.since
            .values()
            .map(|&(_, _, since)| since + settle)
            .min()
    }
}

/// How long changes are gathered after an inotify event before a scan, so
/// that a file written in many pieces costs one scan, not one per write.
const COALESCE: Duration = Duration::from_millis(100);

/// Runs the consume folder until shutdown.
pub async fn run(
    pool: PgPool,
    config: std::sync::Arc<Config>,
    settings: Consume,
    mut shutdown: watch::Receiver<bool>,
) {
    tracing::info!(
        dir = %settings.dir.display(),
        poll_ms = settings.poll.as_millis() as u64,
        inotify = settings.inotify,
        settle_ms = settings.settle.as_millis() as u64,
        "consume folder watched"
    );
    let mut settling = Settling::default();
    let mut missing_said = false;
    let mut watcher = if settings.inotify {
        match super::watch::start(&settings.dir, &[CONSUMED, FAILED]) {
            Ok(w) => Some(w),
            Err(e) => {
                tracing::warn!(dir = %settings.dir.display(), error = %e, "inotify unavailable; polling only");
                None
            }
        }
    } else {
        None
    };
    loop {
        let dir = settings.dir.clone();
        match tokio::task::spawn_blocking(move || scan(&dir)).await {
            Ok(Ok(found)) => {
                missing_said = false;
                let ready = settling.ready(found, Instant::now(), settings.settle);
                if !ready.is_empty()
                    && let Err(e) =
                        pass(&pool, &config, &settings, ready, &mut settling, &shutdown).await
                {
                    tracing::warn!(error = %e, "consume pass failed; will try again");
                }
            }
            Ok(Err(e)) => {
                if !missing_said {
                    tracing::warn!(dir = %settings.dir.display(), error = %e, "cannot read the consume folder");
                    missing_said = true;
                }
            }
            Err(e) => tracing::warn!(error = %e, "consume scan failed"),
        }
        let Some(w) = watcher.as_mut() else {
            tokio::select! {
                _ = tokio::time::sleep(settings.poll) => {}
                _ = crate::shutdown::stopping(&mut shutdown) => return,
            }
            continue;
        };
        // With inotify: at a change, when a file waiting to settle is due,
        // or at the poll (which still catches what inotify cannot see).
        let now = Instant::now();
        let wait = settling
            .next_due(settings.settle)
            .map_or(settings.poll, |due| {
                due.saturating_duration_since(now).min(settings.poll)
            });
        tokio::select! {
            _ = tokio::time::sleep(wait) => {}
            changed = w.changes.changed() => {
                if changed.is_err() {
                    tracing::warn!("inotify watcher stopped; polling only");
                    watcher = None;
                } else {
                    tokio::time::sleep(COALESCE).await;
                }
            }
            _ = crate::shutdown::stopping(&mut shutdown) => return,
        }
    }
}

/// Takes the settled files, holding the consume lock.
async fn pass(
    pool: &PgPool,
    config: &Config,
    settings: &Consume,
    ready: Vec<Seen>,
    settling: &mut Settling,
    shutdown: &watch::Receiver<bool>,
) -> anyhow::Result<()> {
    let mut lock = pool.begin().await?;
    let locked: bool = sqlx::query_scalar("select pg_try_advisory_xact_lock($1)")
        .bind(CONSUME_LOCK)
        .fetch_one(&mut *lock)
        .await?;
    if !locked {
        return Ok(());
    }
    let to = Recipient::find(pool, config, &settings.account, "opencomplai-consume").await?;
    for seen in ready.into_iter().take(MAX_PER_PASS) {
        if *shutdown.borrow() {
            break;
        }
        take(pool, &to, settings, &seen, settling).await;
    }
    lock.commit().await?;
    Ok(())
}

/// What to do with a file after trying it.
enum Verdict {
    Consumed,
    Failed(String),
    /// Changed under us, or trouble on our side: try again later.
    Later,
}

async fn take(
    pool: &PgPool,
    to: &Recipient,
    settings: &Consume,
    seen: &Seen,
    settling: &mut Settling,
) {
    let shown = bounded(&seen.relative.to_string_lossy(), MAX_PATH);
    let verdict = ingest(pool, to, settings, seen).await;
    let moved = match verdict {
        Verdict::Later => {
            settling.forget(&seen.relative);
            return;
        }
        Verdict::Consumed => move_to(&settings.dir, CONSUMED, &seen.relative, None).await,
        Verdict::Failed(why) => {
            tracing::info!(file = %shown, reason = %bounded(&why, 300), "consume folder: file refused");
            move_to(&settings.dir, FAILED, &seen.relative, Some(&why)).await
        }
    };
    settling.forget(&seen.relative);
    if let Err(e) = moved {
        tracing::warn!(file = %shown, error = %e, "consume folder: could not move a file");
    }
}

fn stream(file: tokio::fs::File) -> ByteStream<'static> {
    Box::pin(futures_util::stream::unfold(
        Some(file),
        |file| async move {
            let mut file = file?;
            let mut buf = vec![0; READ_BYTES];
            match file.read(&mut buf).await {
                Ok(0) => None,
                Ok(n) => {
                    buf.truncate(n);
                    Some((Ok(Bytes::from(buf)), Some(file)))
                }
                Err(e) => Some((
                    Err(Error::Unavailable(format!("could not read the file: {e}"))),
                    None,
                )),
            }
        },
    ))
}

async fn still(path: &Path, seen: &Seen) -> bool {
    match tokio::fs::symlink_metadata(path).await {
        Ok(meta) => meta.len() == seen.size && modified_nanos(&meta) == seen.modified,
        Err(_) => false,
    }
}

/// Whether an error is the file's (refuse it) or ours (try again).
fn the_files_fault(e: &Error) -> bool {
    !matches!(e, Error::Database(_) | Error::Unavailable(_))
}

async fn ingest(pool: &PgPool, to: &Recipient, settings: &Consume, seen: &Seen) -> Verdict {
    let path = settings.dir.join(&seen.relative);
    let name = seen
        .relative
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    if !still(&path, seen).await {
        return Verdict::Later;
    }
    let file = match tokio::fs::File::open(&path).await {
        Ok(f) => f,
        Err(_) => return Verdict::Later,
    };
    let staged = files::stage(
        pool,
        to.actor.user_id,
        Some(&name),
        stream(file),
        to.max_upload_bytes,
        files::Archives::Refuse,
    )
    .await;
    let staged = match staged {
        Ok(staged) => staged,
        Err(e) if !still(&path, seen).await => {
            tracing::debug!(error = %e, "consume folder: file changed while read");
            return Verdict::Later;
        }
        Err(e) if the_files_fault(&e) => return Verdict::Failed(e.to_string()),
        Err(e) => {
            tracing::warn!(error = %e, "consume folder: could not store a file; will try again");
            return Verdict::Later;
        }
    };
    if !still(&path, seen).await {
        crate::documents::create::discard(pool, &staged).await;
        return Verdict::Later;
    }
    let relative = seen.relative.to_string_lossy();
    let key = key_of(&[
        b"consume",
        seen.relative.as_os_str().as_encoded_bytes(),
        seen.size.to_string().as_bytes(),
        seen.modified.to_string().as_bytes(),
        staged.sha256.as_bytes(),
    ]);
    let fields = UploadFields {
        title: Some(bounded(&name, 500)),
        file_name: Some(name),
        metadata: Some(metadata(&relative, settings.subdirs_as_metadata)),
        ..UploadFields::default()
    };
    match commit(pool, to, &staged, key, Origin::Consume, fields).await {
        Ok(Outcome::Created(_) | Outcome::Known(_)) => Verdict::Consumed,
        Err(e) if the_files_fault(&e) => Verdict::Failed(e.to_string()),
        Err(e) => {
            tracing::warn!(error = %e, "consume folder: could not store a file; will try again");
            Verdict::Later
        }
    }
}

/// `{"consume_path": "a/b/x.pdf"}`, with `subdirs`
/// `"consume_folder": "a/b", "tags": ["a", "b"]` too.
pub fn metadata(relative: &str, subdirs: bool) -> Value {
    let relative = bounded(relative, MAX_PATH);
    let mut meta = json!({ "consume_path": relative });
    if subdirs {
        let parts: Vec<&str> = relative.split('/').collect();
        let folders = &parts[..parts.len().saturating_sub(1)];
        if !folders.is_empty() {
            meta["consume_folder"] = json!(folders.join("/"));
            meta["tags"] = json!(folders.iter().map(|f| bounded(f, 100)).collect::<Vec<_>>());
        }
    }
    meta
}

/// Moves `relative` into `<dir>/<to>/`, keeping its sub-folders; a name
/// already there gets ` (2)`, ` (3)`, ... With `why`, writes it beside the
/// file as `<name>.error.txt`.
async fn move_to(dir: &Path, to: &str, relative: &Path, why: Option<&str>) -> std::io::Result<()> {
    let target = dir.join(to).join(relative);
    if let Some(parent) = target.parent() {
        tokio::fs::create_dir_all(parent).await?;
    }
    let target = free_name(target).await;
    tokio::fs::rename(dir.join(relative), &target).await?;
    if let Some(why) = why {
        let mut note = target.clone().into_os_string();
        note.push(".error.txt");
        let text = format!(
            "{}\nrefused by the consume folder at {}\n",
            bounded(why, 2000),
            chrono::Utc::now().to_rfc3339()
        );
        tokio::fs::write(note, text).await?;
    }
    Ok(())
}

async fn free_name(target: PathBuf) -> PathBuf {
    if tokio::fs::symlink_metadata(&target).await.is_err() {
        return target;
    }
    let stem = target
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_default();
    let ext = target
        .extension()
        .map(|e| format!(".{}", e.to_string_lossy()))
        .unwrap_or_default();
    for n in 2..10_000 {
        let candidate = target.with_file_name(format!("{stem} ({n}){ext}"));
        if tokio::fs::symlink_metadata(&candidate).await.is_err() {
            return candidate;
        }
    }
    target.with_file_name(format!("{stem} ({}){ext}", uuid::Uuid::new_v4()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partial_and_hidden_names_are_left_alone() {
        for name in [
            ".hidden",
            "x.part",
            "x.PART",
            "y.tmp",
            "~$report.docx",
            ".~lock.a.odt#",
            "z.crdownload",
        ] {
            assert!(ignored(name), "{name}");
        }
        for name in ["report.pdf", "notes.txt", "part.txt"] {
            assert!(!ignored(name), "{name}");
        }
    }

    #[test]
    fn a_file_is_ready_once_unchanged_for_the_settle_time() {
        let mut settling = Settling::default();
        let t0 = Instant::now();
        let settle = Duration::from_secs(2);
        let seen = |size| Seen {
            relative: "a.txt".into(),
            size,
            modified: 1,
        };
        assert!(settling.ready(vec![seen(10)], t0, settle).is_empty());
        assert!(
            settling
                .ready(vec![seen(20)], t0 + Duration::from_secs(1), settle)
                .is_empty()
        );
        assert!(
            settling
                .ready(vec![seen(20)], t0 + Duration::from_secs(2), settle)
                .is_empty()
        );
        assert_eq!(
            settling
                .ready(vec![seen(20)], t0 + Duration::from_secs(3), settle)
                .len(),
            1
        );
    }

    #[test]
    fn sub_folders_become_a_folder_and_tags() {
        assert_eq!(
            metadata("a/b/x.pdf", true),
            json!({"consume_path": "a/b/x.pdf", "consume_folder": "a/b", "tags": ["a", "b"]})
        );
        assert_eq!(metadata("x.pdf", true), json!({"consume_path": "x.pdf"}));
        assert_eq!(
            metadata("a/x.pdf", false),
            json!({"consume_path": "a/x.pdf"})
        );
    }
}
