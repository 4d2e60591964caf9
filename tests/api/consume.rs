//! The consume folder, as a user runs it: `opencomplai serve` watching a
//! folder that files are copied into slowly (some seen half-written), the
//! server killed mid-run and started again, and every file taken once.

use std::collections::HashMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::helpers::{PASSWORD, Served, TestDb, binary, eventually, serve};

/// Files the test copies in.
const FILES: usize = 500;
/// Of them, written in three pieces with pauses (seen half-written).
const IN_PIECES: usize = 50;

fn serve_consuming(db: &TestDb, data: &Path, inbox: &Path, account: &str) -> Served {
    let mut cmd = binary();
    cmd.env("DATABASE_URL", &db.app_url)
        .env("DATABASE_OWNER_URL", &db.url)
        .env("OPENCOMPLAI_DATA_DIR", data)
        // Only the folder is under test here: no processing.
        .env("OPENCOMPLAI_WORKERS", "0")
        .env("OPENCOMPLAI_CONSUME_DIR", inbox)
        .env("OPENCOMPLAI_CONSUME_ACCOUNT", account)
        .env("OPENCOMPLAI_CONSUME_POLL_SECS", "0.2")
        .env("OPENCOMPLAI_CONSUME_SETTLE_SECS", "1")
        .env("OPENCOMPLAI_CONSUME_SUBDIRS_AS_METADATA", "true");
    serve(cmd)
}

/// Where file `i` goes: a third at the top, the rest in sub-folders.
fn relative(i: usize) -> PathBuf {
    match i % 3 {
        0 => PathBuf::from(format!("note-{i}.txt")),
        1 => PathBuf::from(format!("letters/note-{i}.txt")),
        _ => PathBuf::from(format!("archive/{}/note-{i}.txt", 2020 + i % 4)),
    }
}

fn contents(i: usize) -> Vec<u8> {
    let mut text = format!("Note {i}\n");
    for line in 0..(20 + i % 40) {
        text.push_str(&format!(
            "line {line} of note {i}, written to the consume folder\n"
        ));
    }
    text.push_str(&format!("end of note {i}\n"));
    text.into_bytes()
}

/// Copies the files in as a slow copier would: most one after the other,
/// some in three pieces with pauses shorter than the settle time.
fn copy_in(inbox: PathBuf) -> (std::thread::JoinHandle<()>, std::thread::JoinHandle<()>) {
    let steady = {
        let inbox = inbox.clone();
        std::thread::spawn(move || {
            for i in IN_PIECES..FILES {
                let path = inbox.join(relative(i));
                std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
                std::fs::write(&path, contents(i)).expect("write");
                std::thread::sleep(Duration::from_millis(20));
            }
        })
    };
    let pieces = std::thread::spawn(move || {
        for batch in (0..IN_PIECES).collect::<Vec<_>>().chunks(10) {
            let mut open: Vec<(std::fs::File, Vec<u8>)> = batch
                .iter()
                .map(|&i| {
                    let path = inbox.join(relative(i));
                    std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
                    (std::fs::File::create(path).expect("create"), contents(i))
                })
                .collect();
            for piece in 0..3 {
                for (file, bytes) in &mut open {
                    let third = bytes.len() / 3;
                    let part = match piece {
                        0 => &bytes[..third],
                        1 => &bytes[third..2 * third],
                        _ => &bytes[2 * third..],
                    };
                    file.write_all(part).expect("write");
                    file.flush().expect("flush");
                }
                // Shorter than the settle time: the file must not be taken.
                std::thread::sleep(Duration::from_millis(400));
            }
            std::thread::sleep(Duration::from_millis(800));
        }
    });
    (steady, pieces)
}

async fn consumed_count(pool: &sqlx::PgPool) -> i64 {
    sqlx::query_scalar("select count(*) from documents where source = 'consume'")
        .fetch_one(pool)
        .await
        .expect("count")
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending = vec![dir.to_owned()];
    while let Some(d) = pending.pop() {
        for entry in std::fs::read_dir(&d).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                found.push(path.strip_prefix(dir).expect("inside").to_owned());
            }
        }
    }
    found.sort();
    found
}

#[tokio::test]
async fn five_hundred_files_copied_slowly_across_a_crash_are_each_taken_once() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    let data = tempfile::tempdir().expect("dir");
    let inbox = tempfile::tempdir().expect("dir");
    let email = format!("consume-{}@example.org", uuid::Uuid::new_v4().simple());

    let first = serve_consuming(&db, data.path(), inbox.path(), &email);
    let registered = reqwest::Client::new()
        .post(format!("http://{}/v1/auth/register", first.addr))
        .json(&serde_json::json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .expect("sent");
    assert_eq!(registered.status(), 201);

    // Left alone: hidden, partial and office lock files.
    for name in [
        ".hidden.txt",
        "download.pdf.part",
        "~$draft.docx",
        "upload.tmp",
    ] {
        std::fs::write(inbox.path().join(name), b"not yet a document\n").expect("write");
    }
    // Refused, with the reason beside them.
    std::fs::create_dir_all(inbox.path().join("bad")).expect("mkdir");
    std::fs::write(inbox.path().join("bad/empty.txt"), b"").expect("write");
    std::fs::write(
        inbox.path().join("bad/program.bin"),
        [0x7f, b'E', b'L', b'F', 2, 1, 1, 0, 0, 0],
    )
    .expect("write");

    let (steady, pieces) = copy_in(inbox.path().to_owned());

    // A crash in the middle: SIGKILL, no chance to finish a file or move it.
    eventually(
        Duration::from_secs(60),
        "the first server took 150 files",
        || {
            let pool = pool.clone();
            async move { consumed_count(&pool).await >= 150 }
        },
    )
    .await;
    drop(first);
    let taken_before_the_crash = consumed_count(&pool).await;
    let second = serve_consuming(&db, data.path(), inbox.path(), &email);
    steady.join().expect("copier");
    pieces.join().expect("copier");

    let consumed = inbox.path().join("consumed");
    eventually(
        Duration::from_secs(90),
        "every file reached consumed/",
        || {
            let consumed = consumed.clone();
            async move { files_under(&consumed).len() >= FILES }
        },
    )
    .await;

    let rows: Vec<(String, Option<i32>, serde_json::Value)> = sqlx::query_as(
        "select metadata->>'consume_path', file_size_bytes, metadata from documents
         where source = 'consume' order by 1",
    )
    .fetch_all(&pool)
    .await
    .expect("documents");
    assert_eq!(
        rows.len(),
        FILES,
        "each file once ({taken_before_the_crash} before the crash)"
    );
    let by_path: HashMap<String, (Option<i32>, serde_json::Value)> = rows
        .into_iter()
        .map(|(path, size, meta)| (path, (size, meta)))
        .collect();
    for i in 0..FILES {
        let rel = relative(i).to_string_lossy().into_owned();
        let (size, meta) = by_path
            .get(&rel)
            .unwrap_or_else(|| panic!("{rel} was not taken"));
        // Taken whole, never half-written.
        assert_eq!(*size, Some(contents(i).len() as i32), "{rel}");
        let folders: Vec<&str> = rel.split('/').collect();
        let folders = &folders[..folders.len() - 1];
        if folders.is_empty() {
            assert!(meta.get("tags").is_none(), "{meta}");
        } else {
            assert_eq!(meta["tags"], serde_json::json!(folders), "{meta}");
            assert_eq!(meta["consume_folder"], serde_json::json!(folders.join("/")));
        }
    }
    let expected: Vec<PathBuf> = {
        let mut all: Vec<PathBuf> = (0..FILES).map(relative).collect();
        all.sort();
        all
    };
    assert_eq!(
        files_under(&consumed),
        expected,
        "consumed/ keeps the sub-folders"
    );

    // The refused files, each with why.
    let failed = inbox.path().join("failed");
    eventually(
        Duration::from_secs(10),
        "both bad files reached failed/",
        || {
            let failed = failed.clone();
            async move { files_under(&failed).len() == 4 }
        },
    )
    .await;
    let why = |name: &str| std::fs::read_to_string(failed.join(name)).expect("reason");
    assert!(
        why("bad/empty.txt.error.txt").contains("empty"),
        "{}",
        why("bad/empty.txt.error.txt")
    );
    assert!(
        why("bad/program.bin.error.txt").contains("not supported"),
        "{}",
        why("bad/program.bin.error.txt")
    );
    for name in [
        ".hidden.txt",
        "download.pdf.part",
        "~$draft.docx",
        "upload.tmp",
    ] {
        assert!(inbox.path().join(name).is_file(), "{name} was left alone");
    }

    // A crash after a file's document is committed but before the file is
    // moved leaves it where it was, unchanged: the next pass only moves it.
    let original = consumed.join("note-0.txt");
    let back = inbox.path().join("note-0.txt");
    std::fs::copy(&original, &back).expect("copy back");
    let modified = std::fs::metadata(&original)
        .and_then(|m| m.modified())
        .expect("mtime");
    std::fs::File::options()
        .write(true)
        .open(&back)
        .and_then(|f| f.set_modified(modified))
        .expect("set mtime");
    let moved_again = consumed.join("note-0 (2).txt");
    eventually(Duration::from_secs(10), "the file is moved again", || {
        let moved_again = moved_again.clone();
        async move { moved_again.is_file() }
    })
    .await;
    assert_eq!(
        consumed_count(&pool).await,
        FILES as i64,
        "and not taken twice"
    );

    // Every document audited as the consume folder's doing.
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where action = 'create' and resource_type = 'document'
           and user_agent = 'opencomplai-consume' and new_values->>'source' = 'consume'",
    )
    .fetch_one(&pool)
    .await
    .expect("audit");
    assert_eq!(audited, FILES as i64);
    let (clean, _) = second.terminate();
    assert!(clean, "the second server stops cleanly");
}

#[tokio::test]
async fn with_inotify_a_file_is_taken_long_before_the_next_poll() {
    let db = TestDb::create().await;
    let pool = db.pool().await;
    let data = tempfile::tempdir().expect("dir");
    let inbox = tempfile::tempdir().expect("dir");
    let email = format!("inotify-{}@example.org", uuid::Uuid::new_v4().simple());
    let mut cmd = binary();
    cmd.env("DATABASE_URL", &db.app_url)
        .env("DATABASE_OWNER_URL", &db.url)
        .env("OPENCOMPLAI_DATA_DIR", data.path())
        .env("OPENCOMPLAI_WORKERS", "0")
        .env("OPENCOMPLAI_CONSUME_DIR", inbox.path())
        .env("OPENCOMPLAI_CONSUME_ACCOUNT", &email)
        // A poll too slow for this test to pass on: only inotify can wake
        // the folder in time.
        .env("OPENCOMPLAI_CONSUME_POLL_SECS", "120")
        .env("OPENCOMPLAI_CONSUME_SETTLE_SECS", "0.5")
        .env("OPENCOMPLAI_CONSUME_INOTIFY", "true");
    let server = serve(cmd);
    let registered = reqwest::Client::new()
        .post(format!("http://{}/v1/auth/register", server.addr))
        .json(&serde_json::json!({"email": email, "password": PASSWORD}))
        .send()
        .await
        .expect("sent");
    assert_eq!(registered.status(), 201);

    std::fs::write(inbox.path().join("first.txt"), b"The first note.\n").expect("write");
    // A folder made after the start is watched too.
    std::fs::create_dir_all(inbox.path().join("later/deeper")).expect("mkdir");
    std::thread::sleep(Duration::from_millis(300));
    std::fs::write(
        inbox.path().join("later/deeper/second.txt"),
        b"The second note.\n",
    )
    .expect("write");
    eventually(
        Duration::from_secs(15),
        "both files were taken well before the 120 s poll",
        || {
            let pool = pool.clone();
            async move { consumed_count(&pool).await >= 2 }
        },
    )
    .await;
    // A file moves to consumed/ just after its document commits.
    let consumed_dir = inbox.path().join("consumed");
    eventually(
        Duration::from_secs(5),
        "both files moved to consumed/",
        || {
            let dir = consumed_dir.clone();
            async move { files_under(&dir).len() >= 2 }
        },
    )
    .await;
    assert_eq!(
        files_under(&consumed_dir),
        vec![
            PathBuf::from("first.txt"),
            PathBuf::from("later/deeper/second.txt")
        ]
    );
    drop(server);
}
