//! Analysis through the real pipeline: language, sentiment, entities with
//! offsets into the extracted text, the compliance summary, tokens; the
//! account's allow- and deny-lists; redaction over HTTP, of the text and of
//! originals as PDFs.

use std::io::Write;

use reqwest::Method;
use serde_json::{Value, json};

use crate::helpers::{Account, TestApp, corpus};

const LETTER: &str = "Dear Mr Smith,\n\n\
    Thank you for the excellent meeting. Please contact Ada Lovelace at \
    ada.lovelace@example.com or on +44 20 7946 0958. The refund goes to \
    IBAN DE89 3704 0044 0532 0130 00; the card on file is 4111 1111 1111 1111. \
    Our server at 192.168.1.20 logged the request.\n\nKind regards,\nGrace Hopper";

async fn processed(app: &TestApp, me: &Account, name: &str, text: &str) -> (String, Value) {
    let (id, status) = app.process(me, name, text.as_bytes().to_vec()).await;
    assert_eq!(status, "completed", "{name}");
    let result = app.results(me, &id).await;
    (id, result)
}

fn entities<'a>(result: &'a Value, kind: &str) -> Vec<&'a Value> {
    result["extracted_entities"]
        .as_array()
        .expect("entities")
        .iter()
        .filter(|e| e["type"] == kind)
        .collect()
}

#[tokio::test]
async fn a_letter_with_personal_data_gets_entities_at_the_right_offsets_and_a_high_risk() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (id, result) = processed(&app, &me, "letter.txt", LETTER).await;
    let text = result["extracted_text"].as_str().expect("text");
    // Every entity's offsets (characters, end exclusive) cut out its text.
    for e in result["extracted_entities"].as_array().expect("entities") {
        let start = e["start"].as_u64().expect("start") as usize;
        let end = e["end"].as_u64().expect("end") as usize;
        let cut: String = text.chars().skip(start).take(end - start).collect();
        assert_eq!(cut, e["text"].as_str().expect("text"), "{e}");
    }
    for (kind, value) in [
        ("EMAIL", "ada.lovelace@example.com"),
        ("PHONE", "+44 20 7946 0958"),
        ("IBAN", "DE89 3704 0044 0532 0130 00"),
        ("CREDIT_CARD", "4111 1111 1111 1111"),
        ("IP_ADDRESS", "192.168.1.20"),
    ] {
        let found = entities(&result, kind);
        assert!(
            found
                .iter()
                .any(|e| e["text"] == value && e["validated"] == true),
            "{kind} {value}: {found:?}"
        );
    }
    assert!(
        entities(&result, "PERSON")
            .iter()
            .any(|e| e["text"] == "Ada Lovelace"),
        "{}",
        result["extracted_entities"]
    );
    assert_eq!(result["language_detected"], "en");
    assert_eq!(app.document(&me, &id).await["language_code"], "en");
    let summary = &result["analysis_results"]["summary"];
    assert_eq!(summary["pii_risk"], "high", "{summary}");
    assert!(summary["counts"]["EMAIL"].as_u64() >= Some(1), "{summary}");
    let sentiment = result["sentiment_score"].as_f64().expect("sentiment");
    assert!(
        (0.5..=1.0).contains(&sentiment),
        "a thankful letter: {sentiment}"
    );
    assert!(result["token_count"].as_i64().is_some_and(|n| n > 40));
    let confidence = result["confidence_score"].as_f64().expect("confidence");
    assert!(confidence > 0.0 && confidence <= 1.0);
    assert!(
        result["model_version"]
            .as_str()
            .is_some_and(|v| v.starts_with("extract-") && v.contains("+analyze-")),
        "{}",
        result["model_version"]
    );
}

#[tokio::test]
async fn a_german_text_is_german_and_a_german_complaint_is_negative() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (id, result) = processed(
        &app,
        &me,
        "brief.txt",
        "Sehr geehrte Damen und Herren, wir bestätigen hiermit den Eingang Ihrer \
         Kündigung vom dritten März und werden den Vertrag zum Ende des Monats \
         beenden. Mit freundlichen Grüßen, die Verwaltung",
    )
    .await;
    assert_eq!(result["language_detected"], "de");
    assert_eq!(app.document(&me, &id).await["language_code"], "de");
    // A factual letter: covered, and neutral.
    let sentiment = &result["analysis_results"]["sentiment"];
    assert_eq!(sentiment["covered"], true, "{sentiment}");
    assert_eq!(sentiment["label"], "neutral", "{sentiment}");
    let (_, result) = processed(
        &app,
        &me,
        "beschwerde.txt",
        "Sehr geehrte Damen und Herren, ich bin äußerst verärgert. Seit drei Wochen \
         funktioniert mein Anschluss nicht, niemand ruft zurück und Ihre Hotline ist eine \
         Zumutung. Mit freundlichen Grüßen, Petra Lang",
    )
    .await;
    let score = result["sentiment_score"].as_f64().expect("a score");
    assert!(score < 0.3, "{}", result["analysis_results"]["sentiment"]);
    // Italian and Dutch have lexicons too: a notice stays neutral.
    let (_, result) = processed(
        &app,
        &me,
        "lettera.txt",
        "Gentili signori, confermiamo la ricezione della vostra disdetta del tre marzo e \
         chiuderemo il contratto alla fine del mese. Cordiali saluti, l'amministrazione",
    )
    .await;
    assert_eq!(result["language_detected"], "it");
    assert_eq!(
        result["analysis_results"]["sentiment"]["label"], "neutral",
        "{}",
        result["analysis_results"]["sentiment"]
    );
    // A language without a lexicon is not guessed.
    let (_, result) = processed(
        &app,
        &me,
        "carta.txt",
        "Prezados senhores, confirmamos o recebimento do seu cancelamento de três de março e \
         encerraremos o contrato no final do mês. Atenciosamente, a administração",
    )
    .await;
    assert_eq!(result["language_detected"], "pt");
    assert!(
        result["sentiment_score"].is_null(),
        "{}",
        result["sentiment_score"]
    );
    assert_eq!(result["analysis_results"]["sentiment"]["covered"], false);
}

#[tokio::test]
async fn redaction_masks_the_requested_types_and_is_audited() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (id, _) = processed(&app, &me, "letter.txt", LETTER).await;
    let body = app
        .get_ok(
            &me,
            &format!("/v1/documents/{id}/redacted?types=EMAIL,PHONE,CREDIT_CARD,IBAN"),
        )
        .await;
    let text = body["text"].as_str().expect("text");
    for secret in [
        "ada.lovelace@example.com",
        "7946 0958",
        "4111 1111 1111 1111",
        "DE89 3704",
    ] {
        assert!(!text.contains(secret), "{secret} left in {text}");
    }
    assert!(
        text.contains("[EMAIL]") && text.contains("[CREDIT_CARD]"),
        "{text}"
    );
    assert!(
        text.contains("192.168.1.20"),
        "an IP was not asked for: {text}"
    );
    assert_eq!(body["redacted"], 4);
    // Everything when no types are named.
    let all = app
        .get_ok(&me, &format!("/v1/documents/{id}/redacted"))
        .await;
    assert!(
        !all["text"]
            .as_str()
            .unwrap_or_default()
            .contains("192.168.1.20")
    );
    let r = app
        .authed(
            Method::GET,
            &format!("/v1/documents/{id}/redacted?types=EMAIL,SHOE_SIZE"),
            &me.token,
        )
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("SHOE_SIZE")),
        "{body}"
    );
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where resource_id = $1::uuid and action = 'read'
           and new_values->>'part' = 'redacted'",
    )
    .bind(&id)
    .fetch_one(&app.pool)
    .await
    .expect("audit");
    assert_eq!(audited, 2);
}

#[tokio::test]
async fn the_accounts_allow_and_deny_lists_apply_to_its_documents() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let text = "Write to ada.lovelace@example.com or office@example.com about Project Nightingale.";
    let r = app
        .authed(Method::PUT, "/v1/pii-lists", &me.token)
        .json(&json!({
            "allow_list": ["office@example.com"],
            "deny_list": [{"text": "Project Nightingale", "type": "ORGANIZATION"}]
        }))
        .send()
        .await
        .expect("sent");
    assert_eq!(r.status(), 200);
    let lists = app.get_ok(&me, "/v1/pii-lists").await;
    assert_eq!(lists["allow_list"], json!(["office@example.com"]));
    assert_eq!(lists["deny_list"][0]["type"], "ORGANIZATION");
    let (_, result) = processed(&app, &me, "note.txt", text).await;
    let emails: Vec<&str> = entities(&result, "EMAIL")
        .iter()
        .filter_map(|e| e["text"].as_str())
        .collect();
    assert_eq!(emails, ["ada.lovelace@example.com"]);
    let denied = entities(&result, "ORGANIZATION");
    assert!(
        denied
            .iter()
            .any(|e| e["text"] == "Project Nightingale" && e["recognizer"] == "deny_list"),
        "{denied:?}"
    );
    // Another account's documents are not affected.
    let other = app.account().await;
    let (_, theirs) = processed(&app, &other, "note.txt", text).await;
    assert_eq!(entities(&theirs, "EMAIL").len(), 2);
    // Bad lists are refused whole.
    for bad in [
        json!({"deny_list": [{"text": "x", "type": "SHOE_SIZE"}]}),
        json!({"allow_list": [""]}),
        json!({"allow_list": vec!["a"; 1001]}),
        json!({"allow": []}),
    ] {
        let r = app
            .authed(Method::PUT, "/v1/pii-lists", &me.token)
            .json(&bad)
            .send()
            .await
            .expect("sent");
        assert_eq!(r.status(), 422, "{bad}");
    }
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where resource_type = 'pii_lists' and action = 'update'
           and new_values = '{\"allow_list_entries\": 1, \"deny_list_entries\": 1}'::jsonb",
    )
    .fetch_one(&app.pool)
    .await
    .expect("audit");
    assert_eq!(audited, 1);
}

/// What `pdftotext` reads in `pdf` (its text layer), spaces collapsed, and
/// how many pages `pdfinfo` counts.
fn read_pdf(pdf: &[u8]) -> (String, u32) {
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let mut file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp");
    file.write_all(pdf).expect("write");
    let text = std::process::Command::new("pdftotext")
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(text.status.success());
    let info = std::process::Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .expect("pdfinfo runs");
    let pages = String::from_utf8_lossy(&info.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count");
    let text = String::from_utf8_lossy(&text.stdout)
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ");
    (text, pages)
}

/// `GET /v1/documents/{id}/redacted.pdf?types=…` as `me`.
async fn redacted_pdf(app: &TestApp, me: &Account, id: &str, types: &str) -> reqwest::Response {
    app.authed(
        Method::GET,
        &format!("/v1/documents/{id}/redacted.pdf?types={types}"),
        &me.token,
    )
    .send()
    .await
    .expect("sent")
}

#[tokio::test]
async fn a_pdf_and_a_scan_come_back_as_pdfs_without_their_personal_data_and_are_audited() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let chosen = "EMAIL,PHONE,IBAN,PERSON";
    for (name, pages, kept) in [
        (
            "letter.pdf",
            2,
            &[
                "Thank you for the excellent meeting last week.",
                "Second page: a copy goes to",
            ][..],
        ),
        (
            "scanned-letter.pdf",
            1,
            &["excellent meeting", "about the refund"][..],
        ),
    ] {
        let (id, status) = app.process(&me, name, corpus("good", name)).await;
        assert_eq!(status, "completed", "{name}");
        let result = app.results(&me, &id).await;
        let values: Vec<&str> = result["extracted_entities"]
            .as_array()
            .expect("entities")
            .iter()
            .filter(|e| chosen.split(',').any(|t| e["type"] == t))
            .filter_map(|e| e["text"].as_str())
            .collect();
        for found in [
            "Ada Lovelace",
            "ada.lovelace@example.com",
            "+44 20 7946 0958",
            "DE89 3704 0044 0532 0130 00",
        ] {
            assert!(
                values.contains(&found),
                "{name}: {found} not found in {values:?}"
            );
        }
        let r = redacted_pdf(&app, &me, &id, chosen).await;
        assert_eq!(r.status(), 200, "{name}");
        assert_eq!(r.headers()["content-type"], "application/pdf");
        assert_eq!(r.headers()["x-redaction-missed"], "0", "{name}");
        assert!(
            r.headers()["content-disposition"]
                .to_str()
                .is_ok_and(|d| d.contains(&format!("redacted-{id}.pdf"))),
            "{:?}",
            r.headers()["content-disposition"]
        );
        let pdf = r.bytes().await.expect("body");
        let (text, count) = read_pdf(&pdf);
        assert_eq!(count, pages, "{name}");
        for value in &values {
            assert!(!text.contains(value), "{name}: {value} is left in {text}");
        }
        for words in kept {
            assert!(
                text.contains(words),
                "{name}: {words} is missing from {text}"
            );
        }
        // Only the types asked for are covered.
        let r = redacted_pdf(&app, &me, &id, "EMAIL").await;
        assert_eq!(r.status(), 200);
        let (text, _) = read_pdf(&r.bytes().await.expect("body"));
        assert!(!text.contains("ada.lovelace@example.com"), "{text}");
        assert!(
            text.contains("+44 20 7946 0958") && text.contains("Ada Lovelace"),
            "{text}"
        );
        let audited: Vec<Value> = sqlx::query_scalar(
            "select new_values from audit_logs where resource_id = $1::uuid and action = 'read'
               and new_values->>'part' = 'redacted.pdf' order by created_at",
        )
        .bind(&id)
        .fetch_all(&app.pool)
        .await
        .expect("audit");
        assert_eq!(
            audited,
            [
                json!({"part": "redacted.pdf", "types": ["EMAIL", "PHONE", "IBAN", "PERSON"]}),
                json!({"part": "redacted.pdf", "types": ["EMAIL"]}),
            ],
            "{name}"
        );
    }
}

#[tokio::test]
async fn a_redacted_pdf_is_refused_for_others_documents_text_unknown_types_and_unanalysed_results()
{
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (pdf, status) = app
        .process(&me, "letter.pdf", corpus("good", "letter.pdf"))
        .await;
    assert_eq!(status, "completed");
    // Another account's document is no document at all.
    let other = app.account().await;
    assert_eq!(
        redacted_pdf(&app, &other, &pdf, "EMAIL").await.status(),
        404
    );
    assert_eq!(
        redacted_pdf(&app, &me, "not-a-uuid", "EMAIL")
            .await
            .status(),
        404
    );
    let r = redacted_pdf(&app, &me, &pdf, "EMAIL,SHOE_SIZE").await;
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("SHOE_SIZE")),
        "{body}"
    );
    // Text has no pages to cover: its redacted form is /redacted.
    let (text, _) = processed(&app, &me, "letter.txt", LETTER).await;
    let r = redacted_pdf(&app, &me, &text, "EMAIL").await;
    assert_eq!(r.status(), 422);
    let body: Value = r.json().await.expect("json");
    assert!(
        body["error"]["message"]
            .as_str()
            .is_some_and(|m| m.contains("only PDFs and images") && m.contains("/redacted")),
        "{body}"
    );
    // A result from before entity analysis.
    sqlx::query(
        "update processing_results set extracted_entities = null where document_id = $1::uuid",
    )
    .bind(&pdf)
    .execute(&app.pool)
    .await
    .expect("update");
    assert_eq!(redacted_pdf(&app, &me, &pdf, "EMAIL").await.status(), 409);
    let audited: i64 = sqlx::query_scalar(
        "select count(*) from audit_logs where action = 'read' and new_values->>'part' = 'redacted.pdf'",
    )
    .fetch_one(&app.pool)
    .await
    .expect("audit");
    assert_eq!(audited, 0, "refusals read nothing");
}
