//! Mail: an mbox imported with `opencomplai import-mbox`, and the same
//! messages fetched over IMAP from a real Dovecot the test starts, come out
//! as the same documents with the same thread metadata; nothing is taken
//! twice.

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command};
use std::time::Duration;

use base64::Engine;
use serde_json::{Value, json};

use crate::helpers::{TestApp, binary, corpus, eventually};

const ROOT_ID: &str = "root.7f3a@example.org";
const REPLY_ID: &str = "reply.91c2@example.org";
const LAST_ID: &str = "last.0d44@example.org";

/// The thread: a message with a PDF attached, a reply, a reply to the
/// reply. Line ends are `\n`, as in an mbox and a maildir.
fn thread() -> Vec<String> {
    let pdf = base64::engine::general_purpose::STANDARD.encode(corpus("good", "report.pdf"));
    let pdf: Vec<&str> = pdf
        .as_bytes()
        .chunks(76)
        .map(|c| std::str::from_utf8(c).expect("base64"))
        .collect();
    vec![
        format!(
            "From: Alice Example <alice@example.org>\nTo: Bob <bob@example.org>\n\
             Subject: Quarterly report\nDate: Mon, 02 Nov 2026 09:00:00 +0000\n\
             Message-ID: <{ROOT_ID}>\nMIME-Version: 1.0\n\
             Content-Type: multipart/mixed; boundary=\"b1\"\n\n\
             --b1\nContent-Type: text/plain; charset=utf-8\n\n\
             Bob, the report is attached.\nFrom now on we send it monthly.\n\n\
             --b1\nContent-Type: application/pdf; name=\"report.pdf\"\n\
             Content-Disposition: attachment; filename=\"report.pdf\"\n\
             Content-Transfer-Encoding: base64\n\n{}\n--b1--\n",
            pdf.join("\n")
        ),
        format!(
            "From: Bob <bob@example.org>\nTo: Alice Example <alice@example.org>\n\
             Subject: Re: Quarterly report\nDate: Mon, 02 Nov 2026 10:00:00 +0000\n\
             Message-ID: <{REPLY_ID}>\nIn-Reply-To: <{ROOT_ID}>\nReferences: <{ROOT_ID}>\n\n\
             Thanks, the numbers look right.\n"
        ),
        format!(
            "From: Alice Example <alice@example.org>\nTo: Bob <bob@example.org>\n\
             Subject: Re: Quarterly report\nDate: Mon, 02 Nov 2026 11:00:00 +0000\n\
             Message-ID: <{LAST_ID}>\nIn-Reply-To: <{REPLY_ID}>\n\
             References: <{ROOT_ID}> <{REPLY_ID}>\n\nGood, closing this.\n"
        ),
    ]
}

/// The messages as an mbox (a body line `From now on` escaped as `>From`).
fn mbox(messages: &[String]) -> String {
    messages
        .iter()
        .map(|m| {
            let escaped = m.replace("\nFrom now", "\n>From now");
            format!("From alice@example.org Mon Nov  2 09:00:00 2026\n{escaped}\n")
        })
        .collect()
}

/// The account's documents as (title, file type, metadata without the
/// message document's id, which differs between accounts), sorted.
async fn documents_of(app: &TestApp, user: uuid::Uuid) -> Vec<(String, String, Value)> {
    let rows: Vec<(String, Option<String>, Value)> = sqlx::query_as(
        "select title, file_type, metadata from documents where user_id = $1 and source = 'mail'
         order by title, metadata->>'message_id'",
    )
    .bind(user)
    .fetch_all(&app.pool)
    .await
    .expect("documents");
    rows.into_iter()
        .map(|(title, file_type, mut meta)| {
            if let Some(m) = meta.as_object_mut() {
                m.remove("message_document");
            }
            (title, file_type.unwrap_or_default(), meta)
        })
        .collect()
}

fn import_mbox(app: &TestApp, file: &Path, email: &str) -> std::process::Output {
    let data = tempfile::tempdir().expect("dir");
    binary()
        .env("DATABASE_URL", app.app_database_url())
        .env("DATABASE_OWNER_URL", app.database_url())
        .env("OPENCOMPLAI_DATA_DIR", data.path())
        .arg("import-mbox")
        .arg(file)
        .arg("--account")
        .arg(email)
        .output()
        .expect("import-mbox runs")
}

/// A Dovecot of the test's own: plain IMAP on a free port of 127.0.0.1,
/// one user with a maildir INBOX; stopped when dropped.
struct Dovecot {
    child: Child,
    port: u16,
    dir: tempfile::TempDir,
    owner: Option<(u32, u32)>,
}

const IMAP_USER: &str = "b";
const IMAP_PASSWORD: &str = "imap-test-password";

impl Dovecot {
    fn start() -> Self {
        let dir = tempfile::tempdir().expect("dir");
        let root = dir.path();
        // Dovecot's own processes must reach it as their users.
        std::fs::set_permissions(root, std::os::unix::fs::PermissionsExt::from_mode(0o755))
            .expect("chmod");
        let port = TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .expect("a free port")
            .port();
        // As root, Dovecot runs its parts as the users its package made;
        // as anyone else, as that user.
        let is_root = nix::unistd::Uid::effective().is_root();
        let (internal, login, owner) = if is_root {
            let user = |name: &str| {
                nix::unistd::User::from_name(name)
                    .expect("passwd")
                    .unwrap_or_else(|| panic!("user {name} (from the dovecot-core package)"))
            };
            let dovecot = user("dovecot");
            (
                "dovecot".to_owned(),
                "dovenull".to_owned(),
                Some((dovecot.uid.as_raw(), dovecot.gid.as_raw())),
            )
        } else {
            let me = nix::unistd::User::from_uid(nix::unistd::Uid::effective())
                .expect("passwd")
                .expect("me");
            (me.name.clone(), me.name, None)
        };
        let (uid, gid) = owner.unwrap_or((
            nix::unistd::Uid::effective().as_raw(),
            nix::unistd::Gid::effective().as_raw(),
        ));
        let mail = root.join("mail");
        for sub in ["cur", "new", "tmp"] {
            std::fs::create_dir_all(mail.join(IMAP_USER).join(sub)).expect("maildir");
        }
        std::fs::write(
            root.join("passwd"),
            format!("{IMAP_USER}:{{PLAIN}}{IMAP_PASSWORD}\n"),
        )
        .expect("passwd");
        let r = root.display();
        let config = format!(
            "protocols = imap\nlisten = 127.0.0.1\nbase_dir = {r}/run\nstate_dir = {r}/state\n\
             instance_name = opencomplai-test-{port}\nlog_path = {r}/dovecot.log\nssl = no\n\
             disable_plaintext_auth = no\nauth_mechanisms = plain login\n\
             default_internal_user = {internal}\ndefault_login_user = {login}\n\
             first_valid_uid = 1\nmail_location = maildir:{r}/mail/%u\n\
             passdb {{\n  driver = passwd-file\n  args = scheme=PLAIN username_format=%u {r}/passwd\n}}\n\
             userdb {{\n  driver = static\n  args = uid={uid} gid={gid} home={r}/mail/%u\n}}\n\
             service imap-login {{\n  chroot =\n  inet_listener imap {{\n    address = 127.0.0.1\n    port = {port}\n  }}\n  inet_listener imaps {{\n    port = 0\n  }}\n}}\n\
             service anvil {{\n  chroot =\n}}\n"
        );
        std::fs::write(root.join("dovecot.conf"), config).expect("config");
        let mut dovecot = Self {
            child: Command::new("/usr/sbin/dovecot")
                .arg("-F")
                .arg("-c")
                .arg(root.join("dovecot.conf"))
                .spawn()
                .expect("dovecot runs (scripts/setup.sh installs dovecot-imapd)"),
            port,
            dir,
            owner,
        };
        dovecot.chown_mail();
        dovecot
    }

    fn maildir(&self) -> PathBuf {
        self.dir.path().join("mail").join(IMAP_USER)
    }

    fn chown_mail(&mut self) {
        if let Some((uid, gid)) = self.owner {
            let mut pending = vec![self.dir.path().join("mail")];
            while let Some(path) = pending.pop() {
                std::os::unix::fs::chown(&path, Some(uid), Some(gid)).expect("chown");
                if path.is_dir() {
                    pending.extend(
                        std::fs::read_dir(&path)
                            .expect("dir")
                            .flatten()
                            .map(|e| e.path()),
                    );
                }
            }
        }
    }

    /// Delivers `message` as a new message, as a mail server would.
    fn deliver(&mut self, n: usize, message: &str) {
        let name = format!("{}.M{n}P{}.test", 1_790_000_000 + n, std::process::id());
        let tmp = self.maildir().join("tmp").join(&name);
        std::fs::write(&tmp, message).expect("deliver");
        std::fs::rename(&tmp, self.maildir().join("new").join(&name)).expect("deliver");
        self.chown_mail();
    }

    /// The flags of every message Dovecot has seen (maildir `cur/` names
    /// end `:2,<flags>`).
    fn flags(&self) -> Vec<String> {
        let mut flags: Vec<String> = std::fs::read_dir(self.maildir().join("cur"))
            .expect("cur")
            .flatten()
            .map(|e| {
                let name = e.file_name().to_string_lossy().into_owned();
                name.rsplit_once(":2,")
                    .map(|(_, f)| f.to_owned())
                    .unwrap_or_default()
            })
            .collect();
        flags.sort();
        flags
    }

    async fn until_listening(&self) {
        let port = self.port;
        eventually(Duration::from_secs(20), "dovecot listens", || async move {
            tokio::net::TcpStream::connect(("127.0.0.1", port))
                .await
                .is_ok()
        })
        .await;
    }
}

impl Drop for Dovecot {
    fn drop(&mut self) {
        crate::helpers::stop_child(&mut self.child);
    }
}

fn imap_settings(config: &mut opencomplai::config::Config, port: u16, account: &str) {
    config.imap_host = Some("127.0.0.1".into());
    config.imap_port = Some(port);
    config.imap_tls = Some(false);
    config.imap_username = Some(IMAP_USER.into());
    config.imap_password = Some(opencomplai::config::Secret::new(IMAP_PASSWORD.into()));
    config.imap_account = Some(account.into());
    config.imap_interval_secs = 0.3;
}

#[tokio::test]
async fn an_mbox_and_the_same_messages_over_imap_give_the_same_threaded_documents() {
    let messages = thread();
    let mut dovecot = Dovecot::start();
    let email_b = format!("imap-{}@example.org", uuid::Uuid::new_v4().simple());
    let app = TestApp::spawn_with(|c| {
        c.workers = 0;
        imap_settings(c, dovecot.port, &email_b);
    })
    .await;

    // Account A: the mbox, imported twice.
    let a = app.account().await;
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("thread.mbox");
    std::fs::write(&file, mbox(&messages)).expect("mbox");
    let out = import_mbox(&app, &file, &a.email);
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{stdout}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        stdout.contains("3 messages: 4 documents created"),
        "{stdout}"
    );
    let from_mbox = documents_of(&app, a.id).await;
    let again = import_mbox(&app, &file, &a.email);
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(again.status.success());
    assert!(
        stdout.contains("0 documents created, 3 messages already imported"),
        "{stdout}"
    );
    assert_eq!(
        documents_of(&app, a.id).await,
        from_mbox,
        "nothing taken twice"
    );

    let message = |id: &str| {
        from_mbox
            .iter()
            .find(|(_, t, m)| t == "eml" && m["message_id"] == id)
            .map(|(_, _, m)| m.clone())
            .unwrap_or_else(|| panic!("no document for {id}: {from_mbox:?}"))
    };
    assert_eq!(
        message(ROOT_ID),
        json!({
            "message_id": ROOT_ID, "in_reply_to": null, "references": [],
            "thread_id": ROOT_ID, "subject": "Quarterly report",
            "from": "Alice Example <alice@example.org>", "date": "2026-11-02T09:00:00Z",
        })
    );
    assert_eq!(message(REPLY_ID)["in_reply_to"], ROOT_ID);
    assert_eq!(message(LAST_ID)["references"], json!([ROOT_ID, REPLY_ID]));
    for id in [ROOT_ID, REPLY_ID, LAST_ID] {
        assert_eq!(message(id)["thread_id"], ROOT_ID);
    }
    let pdf: Vec<_> = from_mbox.iter().filter(|(_, t, _)| t == "pdf").collect();
    assert_eq!(pdf.len(), 1, "{from_mbox:?}");
    assert_eq!(pdf[0].0, "report.pdf");
    assert_eq!(
        pdf[0].2,
        json!({"attachment_of": ROOT_ID, "thread_id": ROOT_ID, "filename": "report.pdf"})
    );
    // The escaped body line is restored: the stored message is the original.
    let root_file: Vec<u8> = sqlx::query_scalar(
        "select string_agg(c.data, ''::bytea order by c.seq) from documents d
         join document_files f on f.document_id = d.id join document_file_chunks c on c.file_id = f.id
         where d.user_id = $1 and d.metadata->>'message_id' = $2 and d.file_type = 'eml'",
    )
    .bind(a.id)
    .bind(ROOT_ID)
    .fetch_one(&app.pool)
    .await
    .expect("the stored message");
    assert!(String::from_utf8_lossy(&root_file).contains("\nFrom now on we send it monthly."));

    // Account B: the same messages through IMAP.
    for (n, m) in messages.iter().enumerate() {
        dovecot.deliver(n, m);
    }
    dovecot.until_listening().await;
    app.register(&email_b).await;
    let b = app.account_id(&email_b).await;
    eventually(
        Duration::from_secs(60),
        "the IMAP fetcher imported the thread",
        || {
            let app = &app;
            async move { documents_of(app, b).await.len() == 4 }
        },
    )
    .await;
    assert_eq!(
        documents_of(&app, b).await,
        from_mbox,
        "the same documents, the same metadata"
    );
    eventually(
        Duration::from_secs(20),
        "every message is flagged seen",
        || {
            let flags = dovecot.flags();
            async move { flags.len() == 3 && flags.iter().all(|f| f.contains('S')) }
        },
    )
    .await;
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where user_id = $1 and action = 'create'
           and user_agent = 'opencomplai-imap'",
    )
    .bind(b)
    .fetch_one(&app.pool)
    .await
    .expect("audit");
    assert_eq!(audited, 4);

    // The same message delivered again is known: flagged, nothing new.
    dovecot.deliver(9, &messages[1]);
    eventually(
        Duration::from_secs(20),
        "the copy is flagged seen too",
        || {
            let flags = dovecot.flags();
            async move { flags.len() == 4 && flags.iter().all(|f| f.contains('S')) }
        },
    )
    .await;
    assert_eq!(documents_of(&app, b).await, from_mbox);
    // And a pass now finds nothing to fetch.
    let mut config = opencomplai::config::Config::default();
    imap_settings(&mut config, dovecot.port, &email_b);
    let settings = opencomplai::arrivals::settings::imap(&config)
        .expect("valid")
        .expect("configured");
    let report = opencomplai::arrivals::imap::fetch(&app.pool, &config, &settings)
        .await
        .expect("a pass");
    assert_eq!(report, opencomplai::arrivals::imap::Report::default());
    assert_eq!(documents_of(&app, b).await.len(), 4);
}

#[tokio::test]
async fn what_cannot_be_imported_is_reported_and_the_rest_is_imported_once() {
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let program =
        base64::engine::general_purpose::STANDARD.encode([0x7f, b'E', b'L', b'F', 2, 1, 1, 0]);
    let messages = [
        // No Message-ID, and an attachment of a type nothing here reads.
        format!(
            "From: Carol <carol@example.org>\nSubject: A tool\nMIME-Version: 1.0\n\
             Content-Type: multipart/mixed; boundary=\"b2\"\n\n--b2\nContent-Type: text/plain\n\n\
             Here is the tool.\n\n--b2\nContent-Type: application/octet-stream\n\
             Content-Disposition: attachment; filename=\"tool.bin\"\n\
             Content-Transfer-Encoding: base64\n\n{program}\n--b2--\n"
        ),
        // Not a message at all.
        "\n".to_owned(),
        "From: Dan <dan@example.org>\nSubject: Notes\nMessage-ID: <notes.5e1@example.org>\n\
             MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary=\"b3\"\n\n\
             --b3\nContent-Type: text/plain\n\nSee the notes.\n\n--b3\n\
             Content-Type: text/plain; name=\"notes.txt\"\n\
             Content-Disposition: attachment; filename=\"notes.txt\"\n\n\
             Meeting notes: budget approved.\n--b3--\n"
            .to_owned(),
    ];
    let dir = tempfile::tempdir().expect("dir");
    let file = dir.path().join("mixed.mbox");
    std::fs::write(&file, mbox(&messages)).expect("mbox");
    let out = import_mbox(&app, &file, &me.email);
    let (stdout, stderr) = (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    );
    assert!(
        !out.status.success(),
        "a failed message is an error: {stdout}"
    );
    assert!(
        stdout.contains(
            "3 messages: 3 documents created, 0 messages already imported, \
             1 attachments not imported, 1 messages failed"
        ),
        "{stdout}"
    );
    assert!(
        stderr.contains("attachment \"tool.bin\" not imported: this file type is not supported"),
        "{stderr}"
    );
    assert!(
        stderr.contains("message 2: not an email message"),
        "{stderr}"
    );
    let documents = documents_of(&app, me.id).await;
    let titles: Vec<&str> = documents.iter().map(|(t, _, _)| t.as_str()).collect();
    assert_eq!(titles, ["A tool", "Notes", "notes.txt"]);
    assert_eq!(documents[0].2["message_id"], Value::Null);
    assert_eq!(documents[0].2["thread_id"], Value::Null);
    assert_eq!(documents[2].2["attachment_of"], "notes.5e1@example.org");

    // Again: the message without a Message-ID is known by its bytes.
    let again = import_mbox(&app, &file, &me.email);
    let stdout = String::from_utf8_lossy(&again.stdout);
    assert!(
        stdout.contains("3 messages: 0 documents created, 2 messages already imported"),
        "{stdout}"
    );
    assert_eq!(documents_of(&app, me.id).await.len(), 3);
    // A file that is not there is a clear error.
    let missing = import_mbox(&app, &dir.path().join("nothing.mbox"), &me.email);
    assert!(!missing.status.success());
    assert!(String::from_utf8_lossy(&missing.stderr).contains("opening"));
}

#[tokio::test]
async fn imported_messages_can_be_moved_and_one_that_is_no_message_is_flagged_and_left() {
    let mut dovecot = Dovecot::start();
    let app = TestApp::spawn_with(|c| c.workers = 0).await;
    let me = app.account().await;
    let messages = thread();
    for (n, m) in messages.iter().enumerate() {
        dovecot.deliver(n, m);
    }
    dovecot.deliver(7, "\n");
    dovecot.until_listening().await;
    let mut config = opencomplai::config::Config::default();
    imap_settings(&mut config, dovecot.port, &me.email);
    config.imap_after = "move:Imported".into();
    let settings = opencomplai::arrivals::settings::imap(&config)
        .expect("valid")
        .expect("configured");
    let report = opencomplai::arrivals::imap::fetch(&app.pool, &config, &settings)
        .await
        .expect("a pass");
    assert_eq!(
        report,
        opencomplai::arrivals::imap::Report {
            messages: 4,
            created: 4,
            known: 0,
            failed: 1
        }
    );
    let count = |dir: PathBuf| {
        ["cur", "new"]
            .iter()
            .map(|sub| std::fs::read_dir(dir.join(sub)).map_or(0, |d| d.count()))
            .sum::<usize>()
    };
    assert_eq!(count(dovecot.maildir().join(".Imported")), 3, "moved");
    assert_eq!(
        count(dovecot.maildir()),
        1,
        "the one that is no message stays"
    );
    let again = opencomplai::arrivals::imap::fetch(&app.pool, &config, &settings)
        .await
        .expect("a pass");
    assert_eq!(
        again,
        opencomplai::arrivals::imap::Report::default(),
        "and is not fetched again"
    );
    assert_eq!(documents_of(&app, me.id).await.len(), 4);
}
