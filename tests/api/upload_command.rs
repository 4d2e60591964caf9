//! `opencomplai upload`, run as a user would against the real server:
//! killed mid-way and run again, it creates no document twice and its
//! summary names the file the server refused.

use std::time::Duration;

use uuid::Uuid;

use crate::helpers::{TestApp, binary, eventually};

async fn documents_of(app: &TestApp, user: Uuid) -> i64 {
    sqlx::query_scalar("select count(*) from documents where user_id = $1")
        .bind(user)
        .fetch_one(&app.pool)
        .await
        .expect("count")
}

#[tokio::test]
async fn the_upload_command_resumes_after_a_kill_and_creates_nothing_twice() {
    let app = TestApp::spawn_with(|c| c.rate_limit_free_per_minute = 100_000).await;
    let me = app.account().await;
    let (_, key) = app.api_key(&me, &["document.create"]).await;
    let dir = tempfile::tempdir().expect("dir");
    let files = dir.path().join("files");
    std::fs::create_dir_all(files.join("nested/deeper")).expect("dirs");
    let total = 120;
    for i in 0..total {
        let sub = match i % 3 {
            0 => files.clone(),
            1 => files.join("nested"),
            _ => files.join("nested/deeper"),
        };
        std::fs::write(
            sub.join(format!("note-{i}.txt")),
            format!("note number {i}"),
        )
        .expect("write");
    }
    std::fs::write(files.join("program.bin"), b"\x7fELF\x02\x01\x01\x00binary").expect("write");
    let state = dir.path().join("state.jsonl");
    let run = || {
        let mut cmd = binary();
        cmd.arg("upload")
            .arg(&files)
            .args(["--url", &app.url(""), "--concurrency", "2", "--state"])
            .arg(&state)
            .env("OPENCOMPLAI_API_KEY", &key)
            .current_dir(dir.path())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped());
        cmd
    };

    let mut first = run().spawn().expect("runs");
    let lines = |path: &std::path::Path| {
        std::fs::read_to_string(path)
            .map(|t| t.lines().count())
            .unwrap_or(0)
    };
    eventually(
        Duration::from_secs(60),
        "the first run made progress",
        || {
            let n = lines(&state);
            async move { n >= 10 }
        },
    )
    .await;
    first.kill().expect("kill");
    let _ = first.wait();
    let done_before = lines(&state);
    assert!(done_before < total, "killed mid-way ({done_before} done)");

    // Waited for off the runtime, which the test server shares.
    let output = |mut cmd: std::process::Command| async move {
        tokio::task::spawn_blocking(move || cmd.output())
            .await
            .expect("joined")
            .expect("runs")
    };
    let second = output(run()).await;
    let stdout = String::from_utf8_lossy(&second.stdout);
    let stderr = String::from_utf8_lossy(&second.stderr);
    assert!(!second.status.success(), "a refused file fails the run");
    assert!(
        stderr.contains("files,") && stderr.contains("ETA"),
        "progress: {stderr}"
    );
    assert!(
        stdout.contains("failed: ") && stdout.contains("program.bin") && stdout.contains("415"),
        "the summary names the refused file and why: {stdout}"
    );
    assert!(stdout.contains("failed 1"), "{stdout}");
    assert!(
        stdout.contains(&format!("done before {done_before}")),
        "finished files are skipped: {stdout}"
    );
    assert_eq!(
        documents_of(&app, me.id).await,
        i64::try_from(total).expect("count"),
        "each file once"
    );
    let twice: i64 = sqlx::query_scalar(
        "select count(*) from (select title from documents where user_id = $1
         group by title having count(*) > 1) t",
    )
    .bind(me.id)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert_eq!(twice, 0);

    // A third run has nothing left but the refused file.
    let third = output(run()).await;
    let stdout = String::from_utf8_lossy(&third.stdout);
    assert!(
        stdout.contains(&format!(
            "uploaded 0, duplicates 0, done before {total}, failed 1"
        )),
        "{stdout}"
    );
}
