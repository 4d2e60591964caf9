//! The web app in a real Chromium (Debian's `chromium` and
//! `chromium-driver`, driven over WebDriver by fantoccini), against the real
//! server and PostgreSQL: a compliance officer's day from registration to
//! sign-out, every page checked by axe-core (no serious or critical
//! violation) and photographed at 1440 and 360 pixels wide into
//! `target/tmp/screenshots/` for a person to look at.
//!
//! `scripts/test.sh` installs Chromium, ChromeDriver and axe-core
//! (`ensure_browser_test_tools` in `scripts/setup.sh`).

use std::net::TcpListener;
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::Duration;

use fantoccini::{Client, ClientBuilder, Locator};
use serde_json::{Value, json};

use crate::helpers::{PASSWORD, TestApp, corpus, eventually};

/// ChromeDriver on a port of its own, stopped with the test.
struct Driver {
    child: Child,
    url: String,
}

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

async fn driver() -> Driver {
    let port = free_port();
    let child = Command::new("chromedriver")
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver runs (scripts/test.sh installs chromium-driver)");
    let url = format!("http://127.0.0.1:{port}");
    let status = format!("{url}/status");
    eventually(Duration::from_secs(20), "chromedriver answers", || {
        let status = status.clone();
        async move {
            reqwest::get(&status)
                .await
                .map(|r| r.status().is_success())
                .unwrap_or(false)
        }
    })
    .await;
    Driver { child, url }
}

async fn browser(driver: &Driver, profile: &std::path::Path) -> Client {
    let chromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"]
        .into_iter()
        .find(|p| std::path::Path::new(p).exists())
        .unwrap_or("chromium");
    let mut caps = serde_json::Map::new();
    caps.insert(
        "goog:chromeOptions".into(),
        json!({
            "binary": chromium,
            "args": [
                "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--window-size=1440,1000",
                "--lang=en-GB", format!("--user-data-dir={}", profile.display()),
            ],
        }),
    );
    ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
        .capabilities(caps)
        .connect(&driver.url)
        .await
        .expect("a Chromium session")
}

fn shots_dir() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("screenshots");
    std::fs::create_dir_all(&dir).expect("screenshot directory");
    dir
}

/// The page as a person sees it at 1440 and at 360 pixels wide, whole.
async fn photograph(c: &Client, name: &str) {
    for width in [1440u32, 360] {
        c.set_window_size(width, 1000).await.expect("resize");
        let height = c
            .execute("return document.documentElement.scrollHeight", vec![])
            .await
            .ok()
            .and_then(|v| v.as_u64())
            .unwrap_or(1000)
            .clamp(600, 6000) as u32;
        c.set_window_size(width, height).await.expect("resize");
        let png = c.screenshot().await.expect("screenshot");
        std::fs::write(shots_dir().join(format!("{name}-{width}.png")), png).expect("saved");
    }
    c.set_window_size(1440, 1000).await.expect("resize");
}

/// axe-core on the current page: no serious or critical violation.
async fn accessible(c: &Client, page: &str) {
    let axe =
        std::fs::read_to_string(PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("axe.min.js"))
            .expect("axe-core (scripts/test.sh fetches it into target/tmp/axe.min.js)");
    c.execute(&axe, vec![]).await.expect("axe loads");
    let found = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {resultTypes: ['violations']})
                .then(r => done(r.violations.map(v => ({
                    id: v.id, impact: v.impact, help: v.help,
                    where: v.nodes.slice(0, 3).map(n => n.target.join(' '))}))))
                .catch(e => done([{id: 'axe-error', impact: 'critical', help: String(e)}]));",
            vec![],
        )
        .await
        .expect("axe runs");
    let bad: Vec<&Value> = found
        .as_array()
        .expect("violations")
        .iter()
        .filter(|v| matches!(v["impact"].as_str(), Some("serious" | "critical")))
        .collect();
    assert!(bad.is_empty(), "{page}: accessibility violations {bad:#?}");
}

/// Looks, photographs and checks the page now showing.
async fn review(c: &Client, name: &str) {
    accessible(c, name).await;
    photograph(c, name).await;
}

async fn text_of(c: &Client, css: &str) -> String {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .text()
        .await
        .expect("text")
}

async fn path(c: &Client) -> String {
    let url = c.current_url().await.expect("url");
    match url.query() {
        Some(q) => format!("{}?{q}", url.path()),
        None => url.path().to_owned(),
    }
}

async fn fill(c: &Client, css: &str, value: &str) {
    let field = c.find(Locator::Css(css)).await.expect(css);
    field.clear().await.expect("clear");
    field.send_keys(value).await.expect("typed");
}

async fn click(c: &Client, css: &str) {
    c.find(Locator::Css(css))
        .await
        .unwrap_or_else(|e| panic!("{css}: {e}"))
        .click()
        .await
        .expect("clicked");
}

/// Waits until `script` (a JavaScript expression) is true in the page.
async fn until(c: &Client, what: &str, within: Duration, script: &str) {
    let js = format!("return !!({script});");
    eventually(within, what, || {
        let js = js.clone();
        async move { c.execute(&js, vec![]).await.ok() == Some(Value::Bool(true)) }
    })
    .await;
}

#[tokio::test]
async fn a_compliance_officer_works_through_the_web_app_in_chromium() {
    let app = TestApp::spawn_with(|c| {
        c.rate_limit_free_per_minute = 100_000;
        c.workers = 2;
    })
    .await;
    let driver = driver().await;
    let profile = tempfile::tempdir().expect("profile dir");
    let c = browser(&driver, profile.path()).await;
    let base = app.url("");

    // Sign-in page, then registration, which signs the browser in.
    c.goto(&format!("{base}/")).await.expect("open");
    assert_eq!(path(&c).await, "/login");
    review(&c, "login").await;
    click(&c, "a[href='/register']").await;
    review(&c, "register").await;
    let email = format!("officer-{}@example.org", uuid::Uuid::new_v4().simple());
    fill(&c, "#email", &email).await;
    fill(&c, "#full_name", "Grace Officer").await;
    fill(&c, "#password", PASSWORD).await;
    click(&c, "form[action='/register'] button[type=submit]").await;
    until(
        &c,
        "the dashboard",
        Duration::from_secs(20),
        "location.pathname === '/'",
    )
    .await;
    assert!(text_of(&c, "h1").await.contains("Dashboard"));
    review(&c, "dashboard-new").await;

    // Four kinds of document by the file input: each its own progress and
    // row, and each reaching `completed` with no reload of the page.
    c.goto(&format!("{base}/documents"))
        .await
        .expect("documents");
    c.execute("window.__sameDocument = true;", vec![])
        .await
        .expect("marked");
    let dir = tempfile::tempdir().expect("dir");
    let mut paths = Vec::new();
    for name in [
        "report.pdf",
        "agreement.docx",
        "thread.eml",
        "scanned-contract.pdf",
    ] {
        let p = dir.path().join(name);
        std::fs::write(&p, corpus("good", name)).expect("file");
        paths.push(p.display().to_string());
    }
    let rejected = dir.path().join("notes.exe");
    std::fs::write(&rejected, b"MZ\x90\x00").expect("file");
    paths.push(rejected.display().to_string());
    c.find(Locator::Css("#files"))
        .await
        .expect("file input")
        .send_keys(&paths.join("\n"))
        .await
        .expect("files chosen");
    until(
        &c,
        "four uploads accepted, one refused with its reason",
        Duration::from_secs(60),
        "document.querySelectorAll('[data-uploads] li.ok').length === 4 && \
         [...document.querySelectorAll('[data-uploads] li.bad')].some(li => li.textContent.includes('not a supported type'))",
    )
    .await;
    until(
        &c,
        "four documents completed, live",
        Duration::from_secs(180),
        "document.querySelectorAll('tbody [data-status].status-completed').length === 4",
    )
    .await;
    let same: Value = c
        .execute("return window.__sameDocument === true;", vec![])
        .await
        .expect("checked");
    assert_eq!(same, Value::Bool(true), "the page was never reloaded");
    review(&c, "documents").await;

    // The email's page: its text with entities highlighted and a legend.
    c.goto(&format!("{base}/documents?type=eml"))
        .await
        .expect("filtered");
    click(&c, "tbody td.title a").await;
    until(
        &c,
        "the document page",
        Duration::from_secs(20),
        "document.querySelector('#text-h') !== null",
    )
    .await;
    let doc_path = path(&c).await;
    assert!(doc_path.starts_with("/documents/"), "{doc_path}");
    let marks = c
        .find_all(Locator::Css(".text mark.ent"))
        .await
        .expect("marks");
    assert!(!marks.is_empty(), "entities are highlighted");
    let emails = c
        .find_all(Locator::Css(".text mark.ent-email"))
        .await
        .expect("emails");
    assert!(
        !emails.is_empty(),
        "the email's addresses are marked as EMAIL"
    );
    assert!(text_of(&c, ".legend").await.contains("EMAIL"));
    review(&c, "document").await;

    // The redacted text, downloaded in this session: no address left.
    let id = doc_path.trim_start_matches("/documents/").to_owned();
    let redacted = c
        .execute_async(
            "const done = arguments[arguments.length - 1];
             fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text()).then(done);",
            vec![json!(format!("/documents/{id}/redacted.txt"))],
        )
        .await
        .expect("downloaded");
    let redacted = redacted.as_str().expect("text");
    assert!(redacted.contains("[EMAIL]"), "{redacted}");
    assert!(!redacted.contains("@example."), "{redacted}");

    // Search by phrase and open the result: the scan, with its OCR
    // confidence.
    c.goto(&format!("{base}/search?q=%22service+agreement%22"))
        .await
        .expect("search");
    review(&c, "search").await;
    assert!(
        !c.find_all(Locator::Css(".snippet mark"))
            .await
            .expect("marks")
            .is_empty()
    );
    click(&c, ".hits h3 a").await;
    until(
        &c,
        "the result's page",
        Duration::from_secs(20),
        "document.querySelector('#analysis-h') !== null",
    )
    .await;
    assert!(text_of(&c, "h1").await.contains("scanned-contract.pdf"));
    assert!(text_of(&c, ".side-col").await.contains("OCR confidence"));
    until(
        &c,
        "the scan's page drawn as a picture",
        Duration::from_secs(30),
        "(() => { const i = document.querySelector('.pages img'); return i && i.complete && i.naturalWidth === 1200; })()",
    )
    .await;
    review(&c, "document-scan").await;

    // A misspelling is answered with a suggestion.
    c.goto(&format!("{base}/search?q=agrement"))
        .await
        .expect("search");
    assert!(text_of(&c, ".suggest").await.contains("agreement"));

    // The dashboard now counts them.
    c.goto(&format!("{base}/")).await.expect("dashboard");
    assert!(text_of(&c, ".tiles").await.contains('4'));
    review(&c, "dashboard").await;

    // An API key: shown once, then revoked.
    c.goto(&format!("{base}/keys")).await.expect("keys");
    fill(&c, "#k-name", "nightly import").await;
    click(&c, "input[value='document.read']").await;
    click(&c, "form[action='/keys'] button[type=submit]").await;
    until(
        &c,
        "the new key",
        Duration::from_secs(20),
        "document.querySelector('#new-key') !== null",
    )
    .await;
    let key = c
        .find(Locator::Css("#new-key"))
        .await
        .expect("key")
        .prop("value")
        .await
        .expect("value")
        .unwrap_or_default();
    assert!(key.starts_with("sk_live_"), "{key}");
    review(&c, "keys-created").await;
    let r = app
        .authed(reqwest::Method::GET, "/v1/documents", &key)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200, "the key works");
    click(&c, "form[action$='/revoke'] button").await;
    until(
        &c,
        "revoked",
        Duration::from_secs(20),
        "document.body.textContent.includes('The key was revoked')",
    )
    .await;
    let r = app
        .authed(reqwest::Method::GET, "/v1/documents", &key)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 401, "the revoked key no longer works");

    // Settings: the profile, and the lists.
    c.goto(&format!("{base}/settings")).await.expect("settings");
    fill(&c, "#p-org", "Acme Compliance").await;
    click(&c, "form[action='/settings/profile'] button").await;
    until(
        &c,
        "saved",
        Duration::from_secs(20),
        "document.body.textContent.includes('The profile was saved')",
    )
    .await;
    review(&c, "settings").await;

    // Everything above is in the audit trail.
    c.goto(&format!("{base}/audit")).await.expect("audit");
    let trail = text_of(&c, "table.audit").await;
    for (action, resource) in [
        ("create", "document"),
        ("read", "document"),
        ("search", "document"),
        ("create", "api_key"),
        ("revoke", "api_key"),
        ("login", "user"),
    ] {
        assert!(
            trail
                .lines()
                .any(|l| l.contains(action) && l.contains(resource)),
            "{action} {resource} in the trail"
        );
    }
    review(&c, "audit").await;

    // The deleted documents' list, and the sign-out page asked for by link.
    c.goto(&format!("{base}/documents?view=deleted"))
        .await
        .expect("deleted");
    review(&c, "documents-deleted").await;
    c.goto(&format!("{base}/logout"))
        .await
        .expect("logout page");
    review(&c, "logout").await;

    // Signing out: back to sign-in, and the pages are closed again.
    click(&c, "form.signout button").await;
    until(
        &c,
        "signed out",
        Duration::from_secs(20),
        "location.pathname === '/login'",
    )
    .await;
    c.goto(&format!("{base}/documents"))
        .await
        .expect("documents");
    assert_eq!(path(&c).await, "/login?next=%2Fdocuments");

    // Signing in by the form: a wrong password says so, the right one goes
    // back to where the browser was headed.
    fill(&c, "#email", &email).await;
    fill(&c, "#password", "not the password at all").await;
    click(&c, "form[action='/login'] button[type=submit]").await;
    until(
        &c,
        "refused",
        Duration::from_secs(20),
        "document.querySelector('.error') !== null",
    )
    .await;
    assert!(
        text_of(&c, ".error")
            .await
            .contains("Invalid email or password")
    );
    review(&c, "login-refused").await;
    fill(&c, "#password", PASSWORD).await;
    click(&c, "form[action='/login'] button[type=submit]").await;
    until(
        &c,
        "signed in again",
        Duration::from_secs(20),
        "location.pathname === '/documents'",
    )
    .await;
    assert_eq!(
        c.find_all(Locator::Css("tbody tr[data-doc]"))
            .await
            .expect("rows")
            .len(),
        4
    );
    c.close().await.expect("closed");
    println!("screenshots: {}", shots_dir().display());
}
