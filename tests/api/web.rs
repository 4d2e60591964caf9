//! The web app over plain HTTP, as a browser speaks it: pages answer HTML
//! with the security headers, sign-in by form needs the form's token and
//! sets an `HttpOnly` cookie, every state-changing form needs the
//! session's token, and what was uploaded shows on the pages.

use reqwest::StatusCode;
use reqwest::header::{HeaderMap, LOCATION, SET_COOKIE};
use serde_json::Value;

use crate::helpers::{PASSWORD, TestApp};

/// A browser's side of the conversation: its cookies, no redirects
/// followed (so each answer can be looked at).
pub(crate) struct Browser<'a> {
    app: &'a TestApp,
    client: reqwest::Client,
    cookies: Vec<(String, String)>,
}

impl<'a> Browser<'a> {
    pub(crate) fn new(app: &'a TestApp) -> Self {
        let client = reqwest::Client::builder()
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .expect("client");
        Self {
            app,
            client,
            cookies: Vec::new(),
        }
    }

    fn cookie_header(&self) -> String {
        self.cookies
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect::<Vec<_>>()
            .join("; ")
    }

    fn keep(&mut self, headers: &HeaderMap) {
        for v in headers.get_all(SET_COOKIE) {
            let v = v.to_str().expect("ascii");
            let (pair, _) = v.split_once(';').unwrap_or((v, ""));
            let (k, val) = pair.split_once('=').expect("name=value");
            self.cookies.retain(|(name, _)| name != k);
            if !val.is_empty() {
                self.cookies.push((k.to_owned(), val.to_owned()));
            }
        }
    }

    pub(crate) async fn get(&mut self, path: &str) -> (StatusCode, HeaderMap, String) {
        let r = self
            .client
            .get(self.app.url(path))
            .header("cookie", self.cookie_header())
            .send()
            .await
            .expect("sent");
        let (status, headers) = (r.status(), r.headers().clone());
        self.keep(&headers);
        (status, headers, r.text().await.expect("body"))
    }

    pub(crate) async fn post(
        &mut self,
        path: &str,
        form: &[(&str, &str)],
    ) -> (StatusCode, HeaderMap, String) {
        let r = self
            .client
            .post(self.app.url(path))
            .header("cookie", self.cookie_header())
            .form(form)
            .send()
            .await
            .expect("sent");
        let (status, headers) = (r.status(), r.headers().clone());
        self.keep(&headers);
        (status, headers, r.text().await.expect("body"))
    }

    fn has(&self, name: &str) -> bool {
        self.cookies.iter().any(|(k, _)| k == name)
    }
}

/// The value of the hidden `csrf_token` field of a page.
pub(crate) fn form_token(html: &str) -> String {
    let at = html
        .find("name=\"csrf_token\" value=\"")
        .expect("a form token");
    let rest = &html[at + "name=\"csrf_token\" value=\"".len()..];
    rest[..rest.find('"').expect("closing quote")].to_owned()
}

async fn web_app() -> TestApp {
    TestApp::spawn_with(|c| c.rate_limit_free_per_minute = 10_000).await
}

/// Registers by the API and signs in by the form.
async fn signed_in(app: &TestApp) -> (Browser<'_>, String) {
    let email = format!("web-{}@example.org", uuid::Uuid::new_v4().simple());
    app.register(&email).await;
    let mut b = Browser::new(app);
    let (_, _, page) = b.get("/login").await;
    let token = form_token(&page);
    let (status, headers, _) = b
        .post(
            "/login",
            &[
                ("email", &email),
                ("password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[LOCATION], "/");
    (b, email)
}

#[tokio::test]
async fn a_form_sign_in_needs_its_token_and_sets_an_httponly_lax_cookie() {
    let app = web_app().await;
    let email = format!("web-{}@example.org", uuid::Uuid::new_v4().simple());
    app.register(&email).await;
    let mut b = Browser::new(&app);

    let (status, headers, _) = b.get("/").await;
    assert_eq!(
        status,
        StatusCode::SEE_OTHER,
        "the dashboard asks to sign in"
    );
    assert_eq!(headers[LOCATION], "/login");
    let (status, headers, page) = b.get("/login").await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/html")
    );
    assert!(page.contains("<form method=\"post\" action=\"/login\""));
    let token = form_token(&page);

    // No token, a wrong one, or the right one without its cookie: refused.
    let mut stranger = Browser::new(&app);
    let (status, _, _) = stranger
        .post(
            "/login",
            &[
                ("email", &email),
                ("password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(
        status,
        StatusCode::FORBIDDEN,
        "the token without its cookie"
    );
    assert!(!stranger.has("oc_session"));
    for sent in ["", "forged"] {
        let (status, _, page) = b
            .post(
                "/login",
                &[
                    ("email", &email),
                    ("password", PASSWORD),
                    ("csrf_token", sent),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN);
        assert!(page.contains("expired"), "{page}");
        assert!(!b.has("oc_session"));
    }

    let (status, _, page) = b
        .post(
            "/login",
            &[
                ("email", &email),
                ("password", "wrong password!"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::UNAUTHORIZED);
    assert!(page.contains("Invalid email or password."), "{page}");

    let (status, headers, _) = b
        .post(
            "/login",
            &[
                ("email", &email),
                ("password", PASSWORD),
                ("csrf_token", &token),
                ("next", "/search"),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[LOCATION], "/search", "back where it was headed");
    let cookie = headers
        .get_all(SET_COOKIE)
        .iter()
        .map(|v| v.to_str().unwrap_or("").to_owned())
        .find(|v| v.starts_with("oc_session="))
        .expect("a session cookie");
    for part in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(part), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "not over TLS: {cookie}");
    // Only a hash of the token is stored.
    let token_value = cookie["oc_session=".len()..]
        .split(';')
        .next()
        .expect("value");
    let stored: i64 = sqlx::query_scalar("select count(*) from web_sessions where token_hash = $1")
        .bind(token_value)
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(stored, 0);

    // An external `next` is not followed.
    let mut c = Browser::new(&app);
    let (_, _, page) = c.get("/login").await;
    let t = form_token(&page);
    let (_, headers, _) = c
        .post(
            "/login",
            &[
                ("email", &email),
                ("password", PASSWORD),
                ("csrf_token", &t),
                ("next", "//evil.example/"),
            ],
        )
        .await;
    assert_eq!(headers[LOCATION], "/");

    // The sign-in is audited as a login, from the browser.
    let rows = app.audit_rows(app.account_id(&email).await).await;
    assert!(rows.iter().any(
        |r| r.action == "login" && r.new_values.as_ref().is_some_and(|v| v["via"] == "browser")
    ));
    assert!(rows.iter().any(|r| r.action == "login_failed"));
}

#[tokio::test]
async fn every_page_answers_html_with_the_security_headers() {
    let app = web_app().await;
    let (mut b, _) = signed_in(&app).await;
    for path in [
        "/",
        "/documents",
        "/documents?view=deleted",
        "/search",
        "/search?q=x",
        "/audit",
        "/keys",
        "/settings",
        "/logout",
    ] {
        let (status, headers, page) = b.get(path).await;
        assert_eq!(status, 200, "{path}");
        assert!(
            headers["content-type"]
                .to_str()
                .unwrap_or("")
                .starts_with("text/html"),
            "{path}"
        );
        let csp = headers["content-security-policy"].to_str().expect("csp");
        assert!(
            csp.contains("script-src 'self'") && !csp.contains("unsafe-inline"),
            "{csp}"
        );
        assert!(csp.contains("frame-ancestors 'none'"), "{csp}");
        assert_eq!(headers["x-frame-options"], "DENY");
        assert_eq!(headers["referrer-policy"], "same-origin");
        assert_eq!(headers["x-content-type-options"], "nosniff");
        assert!(!page.contains("<script>"), "{path}: no inline script");
        assert!(!page.contains("style=\""), "{path}: no inline style");
        assert!(page.contains("<html lang=\"en\">"), "{path}");
    }
    let (status, _, _) = b.get("/documents/not-a-uuid").await;
    assert_eq!(status, 404);
    let (status, _, page) = b.get(&format!("/documents/{}", uuid::Uuid::new_v4())).await;
    assert_eq!(status, 404);
    assert!(page.contains("no such document"), "{page}");
}

#[tokio::test]
async fn state_changing_forms_are_refused_without_the_sessions_token() {
    let app = web_app().await;
    let (mut b, _) = signed_in(&app).await;
    let (_, _, page) = b.get("/keys").await;
    let token = form_token(&page);
    for sent in ["", "0123", &token[..token.len() - 1]] {
        let (status, _, _) = b
            .post(
                "/keys",
                &[
                    ("name", "k"),
                    ("permissions", "document.read"),
                    ("csrf_token", sent),
                ],
            )
            .await;
        assert_eq!(status, StatusCode::FORBIDDEN, "{sent:?}");
    }
    // Another session's token does not fit this one.
    let (mut other, _) = signed_in(&app).await;
    let (_, _, other_page) = other.get("/keys").await;
    let (status, _, _) = b
        .post(
            "/keys",
            &[
                ("name", "k"),
                ("permissions", "document.read"),
                ("csrf_token", &form_token(&other_page)),
            ],
        )
        .await;
    assert_eq!(status, StatusCode::FORBIDDEN);
    let created: i64 = sqlx::query_scalar("select count(*) from api_keys")
        .fetch_one(&app.pool)
        .await
        .expect("count");
    assert_eq!(created, 0);

    // With it: the key is shown once, on the answer to the POST.
    let (status, _, page) = b
        .post(
            "/keys",
            &[
                ("name", "nightly"),
                ("permissions", "document.read"),
                ("csrf_token", &token),
            ],
        )
        .await;
    assert_eq!(status, 200);
    assert!(page.contains("value=\"sk_live_"), "the new key is shown");
    let (_, _, again) = b.get("/keys").await;
    assert!(!again.contains("value=\"sk_live_"), "and only once");
    assert!(again.contains("nightly"));
}

#[tokio::test]
async fn an_upload_shows_on_the_list_and_its_page_and_search_mark_what_was_found() {
    let app = web_app().await;
    let (mut b, _) = signed_in(&app).await;
    let (_, _, page) = b.get("/documents").await;
    let token = form_token(&page);
    let letter =
        "Dear Ms Quokka,\nplease write to ada.lovelace@example.com about the wombat survey.\n";
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.clone())
        .part(
            "file",
            reqwest::multipart::Part::bytes(letter.as_bytes().to_vec()).file_name("letter.txt"),
        )
        .part(
            "file",
            reqwest::multipart::Part::bytes(b"\x00\x01binary".to_vec()).file_name("blob.bin"),
        );
    let r = b
        .client
        .post(app.url("/documents/upload"))
        .header("cookie", b.cookie_header())
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    let body: Value = r.json().await.expect("json");
    let files = body["files"].as_array().expect("files");
    assert_eq!(files[0]["ok"], true, "{body}");
    assert_eq!(files[1]["ok"], false);
    assert!(
        files[1]["error"]
            .as_str()
            .is_some_and(|e| e.contains("not supported")),
        "the refused file says why: {body}"
    );
    let id = files[0]["id"].as_str().expect("id").to_owned();

    // Processed, then on the list, on its page with its entities, and found.
    app.until_count(
        "select count(*) from documents where processing_status = 'completed'",
        1,
        std::time::Duration::from_secs(60),
    )
    .await;
    let (_, _, list) = b.get("/documents").await;
    assert!(list.contains("letter.txt") && list.contains(&id), "{list}");
    let (_, _, doc) = b.get(&format!("/documents/{id}")).await;
    assert!(doc.contains("<mark class=\"ent ent-email\""), "{doc}");
    assert!(doc.contains("ada.lovelace@example.com"));
    let (_, _, found) = b.get("/search?q=wombat").await;
    assert!(found.contains("<mark>wombat</mark>"), "{found}");
    assert!(found.contains(&format!("/documents/{id}")));

    // The redacted download holds no address; the original is the upload.
    let (status, headers, text) = b.get(&format!("/documents/{id}/redacted.txt")).await;
    assert_eq!(status, 200);
    assert!(
        headers["content-disposition"]
            .to_str()
            .unwrap_or("")
            .starts_with("attachment")
    );
    assert!(
        !text.contains("ada.lovelace@example.com") && text.contains("[EMAIL]"),
        "{text}"
    );
    let (_, _, original) = b.get(&format!("/documents/{id}/file")).await;
    assert_eq!(original, letter);

    // Another browser's session sees none of it.
    let (mut other, _) = signed_in(&app).await;
    let (status, _, _) = other.get(&format!("/documents/{id}")).await;
    assert_eq!(status, 404);

    // Delete by the form, restore from the deleted list.
    let (status, headers, _) = b
        .post(
            &format!("/documents/{id}/action"),
            &[("action", "delete"), ("csrf_token", &token)],
        )
        .await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert!(
        headers[LOCATION]
            .to_str()
            .unwrap_or("")
            .starts_with("/documents?done=deleted")
    );
    let (_, _, deleted) = b.get("/documents?view=deleted").await;
    assert!(deleted.contains(&id));
    let bulk = b
        .client
        .post(app.url("/documents/bulk"))
        .header("cookie", b.cookie_header())
        .header("content-type", "application/x-www-form-urlencoded")
        .body(format!(
            "csrf_token={token}&action=restore&ids={id}&back=%2Fdocuments"
        ))
        .send()
        .await
        .expect("sent");
    assert_eq!(bulk.status(), StatusCode::SEE_OTHER);
    let (_, _, list) = b.get("/documents").await;
    assert!(list.contains(&id), "restored");
}

#[tokio::test]
async fn signing_out_ends_the_session_for_good() {
    let app = web_app().await;
    let (mut b, _) = signed_in(&app).await;
    let stolen = b.cookie_header();
    let (_, _, page) = b.get("/").await;
    let token = form_token(&page);
    let (status, headers, _) = b.post("/logout", &[("csrf_token", &token)]).await;
    assert_eq!(status, StatusCode::SEE_OTHER);
    assert_eq!(headers[LOCATION], "/login");
    assert!(!b.has("oc_session"), "the cookie is removed");
    // The old cookie, replayed, no longer signs anyone in.
    let r = b
        .client
        .get(app.url("/documents"))
        .header("cookie", stolen)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::SEE_OTHER);
    assert_eq!(r.headers()[LOCATION], "/login?next=%2Fdocuments");
}

#[tokio::test]
async fn over_tls_the_session_cookie_is_secure() {
    let app = TestApp::spawn_with(|c| c.public_url = Some("https://docs.example.org".into())).await;
    let email = format!("tls-{}@example.org", uuid::Uuid::new_v4().simple());
    app.register(&email).await;
    let mut b = Browser::new(&app);
    let (_, headers, page) = b.get("/login").await;
    assert!(
        headers[SET_COOKIE]
            .to_str()
            .unwrap_or("")
            .contains("Secure")
    );
    let token = form_token(&page);
    let (_, headers, _) = b
        .post(
            "/login",
            &[
                ("email", &email),
                ("password", PASSWORD),
                ("csrf_token", &token),
            ],
        )
        .await;
    let cookie = headers[SET_COOKIE].to_str().expect("cookie");
    assert!(cookie.contains("; Secure"), "{cookie}");
}

#[tokio::test]
async fn the_audit_trail_exports_as_csv_and_the_export_is_audited() {
    let app = web_app().await;
    let (mut b, email) = signed_in(&app).await;
    let (status, headers, csv) = b.get("/audit.csv?action=login").await;
    assert_eq!(status, 200);
    assert!(
        headers["content-type"]
            .to_str()
            .unwrap_or("")
            .starts_with("text/csv")
    );
    let mut lines = csv.lines();
    assert!(
        lines
            .next()
            .expect("header")
            .starts_with("created_at,user_id,user_email,action")
    );
    let rows: Vec<&str> = lines.collect();
    assert_eq!(rows.len(), 1, "{csv}");
    assert!(rows[0].contains(&email) && rows[0].contains(",login,"));
    let audited = app.audit_rows(app.account_id(&email).await).await;
    assert!(
        audited
            .iter()
            .any(|r| r.action == "export" && r.resource_type == "audit_log")
    );
}

#[tokio::test]
async fn assets_are_served_from_the_binary_and_cached_by_their_hash() {
    let app = web_app().await;
    let (mut b, _) = signed_in(&app).await;
    let (_, _, page) = b.get("/").await;
    for kind in ["app.css", "app.js"] {
        let at = page.find(&format!("/{kind}\"")).expect("linked");
        let start = page[..at].rfind("\"/assets/").expect("asset url") + 1;
        let url = &page[start..at + kind.len() + 1];
        let (status, headers, body) = b.get(url).await;
        assert_eq!(status, 200, "{url}");
        assert!(
            headers["cache-control"]
                .to_str()
                .unwrap_or("")
                .contains("immutable")
        );
        assert!(body.len() > 1000);
        assert!(body.len() < 100_000, "{kind} stays small");
    }
    let (status, _, _) = b.get("/assets/000000000000/app.js").await;
    assert_eq!(status, 404, "an old hash is not served as the new file");
}

/// Uploads `name` from the corpus through the upload form; its id.
async fn upload(b: &Browser<'_>, token: &str, name: &str, bytes: Vec<u8>) -> String {
    let form = reqwest::multipart::Form::new()
        .text("csrf_token", token.to_owned())
        .part(
            "file",
            reqwest::multipart::Part::bytes(bytes).file_name(name.to_owned()),
        );
    let r = b
        .client
        .post(b.app.url("/documents/upload"))
        .header("cookie", b.cookie_header())
        .header("accept", "application/json")
        .multipart(form)
        .send()
        .await
        .expect("sent");
    let body: Value = r.json().await.expect("json");
    body["files"][0]["id"]
        .as_str()
        .expect("accepted")
        .to_owned()
}

#[tokio::test]
async fn an_originals_pages_are_drawn_as_pictures_and_cached_by_the_browser() {
    let app = web_app().await;
    let (mut b, _) = signed_in(&app).await;
    let (_, _, page) = b.get("/documents").await;
    let token = form_token(&page);
    let pdf = upload(
        &b,
        &token,
        "report.pdf",
        crate::helpers::corpus("good", "report.pdf"),
    )
    .await;
    let text = upload(&b, &token, "note.txt", b"just words".to_vec()).await;
    app.until_count(
        "select count(*) from documents where processing_status = 'completed'",
        2,
        std::time::Duration::from_secs(60),
    )
    .await;
    let (_, _, doc) = b.get(&format!("/documents/{pdf}")).await;
    assert!(
        doc.contains(&format!("src=\"/documents/{pdf}/pages/1\"")),
        "the page shows its picture"
    );

    let r = b
        .client
        .get(app.url(&format!("/documents/{pdf}/pages/1")))
        .header("cookie", b.cookie_header())
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "image/png");
    let etag = r.headers()["etag"].to_str().expect("etag").to_owned();
    let png = r.bytes().await.expect("png");
    assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
    let width = u32::from_be_bytes([png[16], png[17], png[18], png[19]]);
    assert_eq!(width, 1200);

    // The browser's copy is still right: nothing is drawn again.
    let r = b
        .client
        .get(app.url(&format!("/documents/{pdf}/pages/1")))
        .header("cookie", b.cookie_header())
        .header("if-none-match", &etag)
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), StatusCode::NOT_MODIFIED);

    for (path, why) in [
        (format!("/documents/{pdf}/pages/9"), "no page 9"),
        (format!("/documents/{pdf}/pages/x"), "not a page number"),
        (format!("/documents/{text}/pages/1"), "text has no pictures"),
    ] {
        let (status, _, _) = b.get(&path).await;
        assert_eq!(status, 404, "{why}");
    }
    // Each picture shown is a read of the original, in the trail.
    let reads: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where action = 'read'
         and new_values->>'part' = 'picture' and resource_id = $1::uuid",
    )
    .bind(&pdf)
    .fetch_one(&app.pool)
    .await
    .expect("count");
    assert!(reads >= 2, "{reads}");
}
