//! The extraction sandbox against a hostile extractor: a program standing
//! in for poppler or Tesseract taken over by a crafted file tries to read
//! the service's signing key and its parent's environment, reach the
//! network, a Unix socket and the database, and write outside its private
//! directory. Run plainly (the control), each attempt succeeds; in the
//! sandbox, each fails, while the program still runs, reads the system's
//! programs and writes its own directory.

use std::path::Path;
use std::time::Duration;

use opencomplai::sandbox::{Sandbox, Support};
use opencomplai_extract::{FileType, Limits};

use crate::helpers::TestApp;

/// A bash script that tries each attack and answers, in the extraction's
/// JSON, `name:ok` or `name:refused` for each.
fn hostile_script(
    key: &Path,
    parent: u32,
    tcp_port: u16,
    unix_socket: &Path,
    database_url: &str,
    outside: &Path,
) -> String {
    format!(
        r#"#!/bin/bash
r=""
try() {{ if "${{@:2}}" >/dev/null 2>&1; then r="$r $1:ok"; else r="$r $1:refused"; fi; }}
try runs true
try python python3 -c 'print(1)'
try system cat /usr/share/tesseract-ocr/5/tessdata/eng.traineddata
try key cat '{key}'
try environ cat /proc/{parent}/environ
try tcp bash -c 'exec 3<>/dev/tcp/127.0.0.1/{tcp_port}'
try unix python3 -c 'import socket; socket.socket(socket.AF_UNIX).connect("{unix}")'
try database psql '{database_url}' -c 'select 1'
try outside bash -c 'echo x > {outside}'
try scratch bash -c 'echo x > "$TMPDIR/inside"'
printf '{{"text":"%s","metadata":{{}},"tables":[],"images":[],"notes":[]}}' "$r"
"#,
        key = key.display(),
        unix = unix_socket.display(),
        outside = outside.display(),
    )
}

fn outcomes(answer: &str) -> Vec<(String, String)> {
    answer
        .split_whitespace()
        .filter_map(|w| w.split_once(':'))
        .map(|(a, b)| (a.to_owned(), b.to_owned()))
        .collect()
}

#[tokio::test]
async fn a_hostile_extractor_reaches_nothing_of_the_service_s_but_its_own_directory() {
    let support = Support::get();
    assert!(
        support.as_root && support.landlock_abi >= 6 && support.seccomp,
        "this test machine runs the tests as root with Landlock 6+ and seccomp: {support:?}"
    );
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let key = app.data_dir().join("audit-signing-key");
    assert!(key.exists(), "the service made its key");
    let tcp = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let dir = tempfile::tempdir().expect("dir");
    let unix_socket = dir.path().join("service.sock");
    let _unix = std::os::unix::net::UnixListener::bind(&unix_socket).expect("bind unix");
    // Wide open, so that nothing but the sandbox stands in the way.
    use std::os::unix::fs::PermissionsExt;
    for p in [dir.path(), unix_socket.as_path()] {
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o777)).expect("chmod");
    }
    let outside = dir.path().join("written-from-outside");
    let program = dir.path().join("hostile");
    std::fs::write(
        &program,
        hostile_script(
            &key,
            std::process::id(),
            tcp.local_addr().expect("addr").port(),
            &unix_socket,
            app.database_url(),
            &outside,
        ),
    )
    .expect("write");
    std::fs::set_permissions(&program, std::fs::Permissions::from_mode(0o755)).expect("chmod");

    // The control: run plainly (with a private directory as the sandbox
    // gives it), every attack works.
    let plain = tokio::process::Command::new(&program)
        .env("TMPDIR", dir.path())
        .output()
        .await
        .expect("runs");
    let answer: serde_json::Value = serde_json::from_slice(&plain.stdout).expect("json");
    let control = outcomes(answer["text"].as_str().expect("text"));
    assert_eq!(control.len(), 10, "{control:?}");
    for (attack, outcome) in &control {
        assert_eq!(
            outcome, "ok",
            "{attack} works outside the sandbox: {control:?}"
        );
    }
    std::fs::remove_file(&outside).expect("written");

    // In the sandbox.
    let sandbox = Sandbox {
        program: program.clone(),
        memory_mb: 1024,
        timeout: Duration::from_secs(60),
        pool: None,
    };
    let x = sandbox
        .extract(FileType::Txt, b"hello".to_vec(), &Limits::default())
        .await
        .expect("the hostile program still answers");
    let confined = outcomes(&x.text);
    let expected = [
        ("runs", "ok"),
        ("python", "ok"),
        ("system", "ok"),
        ("key", "refused"),
        ("environ", "refused"),
        ("tcp", "refused"),
        ("unix", "refused"),
        ("database", "refused"),
        ("outside", "refused"),
        ("scratch", "ok"),
    ]
    .map(|(a, b)| (a.to_owned(), b.to_owned()));
    assert_eq!(confined, expected);
    assert!(!outside.exists());
}

#[tokio::test]
async fn the_real_extractor_works_in_the_sandbox_under_a_user_of_its_own() {
    // What the sandbox allows is enough for poppler and Tesseract: a text
    // PDF, a scanned PDF and an image come out with their text, and the
    // child ran under a user id of the sandbox's range.
    let sandbox = Sandbox {
        program: env!("CARGO_BIN_EXE_opencomplai").into(),
        memory_mb: 2048,
        timeout: Duration::from_secs(120),
        pool: None,
    };
    for (name, file_type, expected) in [
        ("report.pdf", FileType::Pdf, "Left column"),
        ("scanned-contract.pdf", FileType::Pdf, "SERVICE AGREEMENT"),
        ("receipt.png", FileType::Png, "Coffee beans"),
    ] {
        let bytes = crate::helpers::corpus("good", name);
        let x = sandbox
            .extract(file_type, bytes, &Limits::default())
            .await
            .unwrap_or_else(|e| panic!("{name}: {e:?}"));
        assert!(x.text.contains(expected), "{name}: {}", x.text);
    }
    let (_dir, program) = {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("whoami");
        std::fs::write(
            &path,
            "#!/bin/sh\nprintf '{\"text\":\"%s\",\"metadata\":{},\"tables\":[],\"images\":[],\"notes\":[]}' \"$(id -u) $(id -g)\"\n",
        )
        .expect("write");
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
        (dir, path)
    };
    let who = Sandbox {
        program,
        memory_mb: 512,
        timeout: Duration::from_secs(30),
        pool: None,
    }
    .extract(FileType::Txt, b"x".to_vec(), &Limits::default())
    .await
    .expect("answers");
    let ids: Vec<u32> = who
        .text
        .split_whitespace()
        .take(2)
        .map(|n| n.parse().expect("an id"))
        .collect();
    assert!(
        ids.iter().all(|&id| id >= opencomplai::sandbox::UID_BASE),
        "{}",
        who.text
    );
    assert_eq!(ids[0], ids[1]);
}
