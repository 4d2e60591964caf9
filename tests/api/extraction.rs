//! Real files of every format through the real server and workers, which
//! extract in a sandboxed child process of the real binary; that sandbox's
//! limits, on real processes; and pages and images rendered to PNG through
//! the same sandbox.

use std::path::PathBuf;
use std::time::Duration;

use opencomplai::sandbox::{Failure, RenderFailure, Sandbox};
use opencomplai_extract::{FileType, Limits};
use serde_json::{Value, json};

use crate::helpers::{Account, TestApp, corpus, eventually};

/// Uploads `name` from the corpus and waits for its final state.
async fn process(app: &TestApp, me: &Account, kind: &str, name: &str) -> (Value, String) {
    let (id, status) = app.process(me, name, corpus(kind, name)).await;
    assert_ne!(status, "none", "{name}: no events");
    (app.document(me, &id).await, id)
}

#[tokio::test]
async fn every_format_comes_out_with_its_text_type_and_structure_and_is_searchable() {
    // Some files are sent twice, to look at one result each time: each
    // upload must be processed, not answered with the earlier document.
    let app = TestApp::spawn_with(|c| {
        c.rate_limit_free_per_minute = 10_000;
        c.allow_duplicates = true;
    })
    .await;
    let me = app.account().await;
    // (file, file_type, words in the text)
    let cases = [
        ("agreement.docx", "docx", "Data Processing Agreement"),
        ("review.pptx", "pptx", "Quarterly Review"),
        ("budget.xlsx", "xlsx", "Licences\t300"),
        (
            "minutes.odt",
            "odt",
            "The board approved the retention policy.",
        ),
        ("report.pdf", "pdf", "Left column begins here."),
        ("ledger.xls", "xls", "Reviewed by the audit office"),
        ("inventory.ods", "ods", "Laptops\t12"),
        ("termination.rtf", "rtf", "Müller AG"),
        (
            "thread.eml",
            "eml",
            "Please send the signed agreement by Friday.",
        ),
        ("receipt.png", "png", "Coffee beans"),
        ("photo-notes.jpg", "jpeg", "Budget approved"),
        ("invoice.tiff", "tiff", "Invoice 2024-0042"),
        ("label.webp", "webp", "Parcel for Berlin"),
        ("scanned-contract.pdf", "pdf", "made between Acme GmbH"),
    ];
    for (name, file_type, words) in cases {
        let (doc, id) = process(&app, &me, "good", name).await;
        assert_eq!(doc["processing_status"], "completed", "{name}: {doc}");
        assert_eq!(doc["file_type"], file_type, "{name}");
        let result = app.results(&me, &id).await;
        let text = result["extracted_text"].as_str().unwrap_or_default();
        assert!(text.contains(words), "{name}: {text}");
    }
    // The email's headers and attachments, the spreadsheet's tables.
    let (_, id) = process(&app, &me, "good", "thread.eml").await;
    let result = app.results(&me, &id).await;
    assert_eq!(
        result["extracted_metadata"]["subject"],
        "Signed agreement and budget"
    );
    assert_eq!(
        result["extracted_metadata"]["attachments"][0]["name"],
        "agreement.docx"
    );
    let (_, id) = process(&app, &me, "good", "ledger.xls").await;
    let result = app.results(&me, &id).await;
    assert_eq!(result["extracted_tables"][0]["source"], "sheet Ledger");
    assert_eq!(
        result["extracted_tables"][0]["rows"][1],
        json!(["Travel", "420.5"])
    );
    // OCR text is searchable like any other.
    let hits: i64 = sqlx::query_scalar(
        "select count(*) from documents where user_id = $1::uuid
           and search_vector @@ plainto_tsquery('english', 'supplier audit report')",
    )
    .bind(me.id.to_string())
    .fetch_one(&app.pool)
    .await
    .expect("search");
    assert_eq!(hits, 1);
}

#[tokio::test]
async fn accents_a_pdf_draws_apart_are_stored_composed_and_found_either_way() {
    // TeX's classic fonts draw "ü" as "u" and a separate diaeresis, which
    // poppler reads as "u" and U+0308; a text pasted from macOS can spell
    // it so too.
    let app = TestApp::spawn_with(|c| c.rate_limit_free_per_minute = 10_000).await;
    let me = app.account().await;
    let (doc, id) = process(&app, &me, "good", "tex-accents.pdf").await;
    assert_eq!(doc["processing_status"], "completed", "{doc}");
    let content = doc["content"].as_str().expect("content");
    assert!(
        content.contains("Herr Müller") && content.contains("Café Lumière"),
        "{content}"
    );
    let decomposed = |c: char| ('\u{300}'..='\u{36f}').contains(&c);
    assert!(!content.chars().any(decomposed), "{content:?}");
    let result = app.results(&me, &id).await;
    assert_eq!(result["language_detected"], "de", "{result}");
    let found = |page: &Value| crate::search::ids(page).contains(&id);
    for q in ["Müller", "Mu\u{308}ller", "kündigen", "Café Lumière"] {
        let page = crate::search::search(&app, &me, &[("q", q)]).await;
        assert!(found(&page), "{q:?}: {page}");
    }
    // A JSON document's text is composed the same way.
    let json_id = crate::search::create(
        &app,
        &me,
        "Beschwerde",
        "Frau Bra\u{308}uer ist sehr entta\u{308}uscht.",
        json!({}),
    )
    .await;
    let events = app.follow(&me, &json_id).await;
    assert_eq!(crate::helpers::final_status(&events), "completed");
    let doc = app.document(&me, &json_id).await;
    assert_eq!(doc["content"], "Frau Bräuer ist sehr enttäuscht.");
    let page = crate::search::search(&app, &me, &[("q", "Bräuer")]).await;
    assert_eq!(crate::search::ids(&page), vec![json_id.clone()]);
    let result = app.results(&me, &json_id).await;
    let score = result["sentiment_score"].as_f64().expect("a score");
    assert!(score < 0.4, "\"sehr enttäuscht\" reads negative: {score}");
}

#[tokio::test]
async fn a_scan_gets_ocr_text_a_confidence_and_a_note_per_page() {
    let app = TestApp::spawn().await;
    let me = app.account().await;
    let (doc, id) = process(&app, &me, "good", "scanned-contract.pdf").await;
    assert_eq!(doc["processing_status"], "completed", "{doc}");
    let result = app.results(&me, &id).await;
    let confidence: f64 = result["confidence_score"]
        .as_str()
        .map(|s| s.parse().expect("number"))
        .or_else(|| result["confidence_score"].as_f64())
        .expect("confidence_score");
    assert!(confidence > 0.3 && confidence <= 1.0, "{confidence}");
    // The OCR's own mean word confidence is kept beside it.
    let ocr = result["analysis_results"]["confidence_parts"]["ocr"]
        .as_f64()
        .expect("ocr confidence");
    assert!(ocr > 0.8 && ocr <= 1.0, "{ocr}");
    // Stored with two decimals.
    assert!(confidence <= ocr + 0.005, "{confidence} {ocr}");
    let notes = result["quality_notes"].as_str().unwrap_or_default();
    assert!(notes.contains("OCR (eng) used on page(s)"), "{notes}");
    assert!(notes.contains("1 (0."), "{notes}");
}

#[tokio::test]
async fn every_broken_file_fails_with_its_reason_and_the_worker_goes_on() {
    let app = TestApp::spawn_with(|c| {
        c.rate_limit_free_per_minute = 10_000;
        c.workers = 1;
    })
    .await;
    let me = app.account().await;
    let cases = [
        ("truncated.docx", "DOCX is not a valid ZIP archive"),
        ("not-a-zip.docx", "DOCX is not a valid ZIP archive"),
        ("bomb-520mb.docx", "DOCX exceeds 500 MB uncompressed"),
        ("encrypted.pdf", "PDF is encrypted"),
        ("truncated.pdf", "PDF is damaged or truncated"),
        ("not-a-pdf.pdf", "PDF is not valid: it has no %PDF header"),
        ("not-an-email.eml", "EML is not a valid email message"),
        ("not-really.rtf", "RTF is not valid"),
        ("pixel-bomb.png", "over the 100 megapixel limit"),
        ("truncated.png", "PNG is damaged or truncated"),
        ("truncated.xls", "XLS could not be read"),
        (
            "fuzzer-found-inconsistent.xls",
            "XLS is damaged: its structure is inconsistent",
        ),
        (
            "no-document-part.docx",
            "DOCX has no word/document.xml part",
        ),
    ];
    for (name, reason) in cases {
        let (doc, _) = process(&app, &me, "broken", name).await;
        assert_eq!(doc["processing_status"], "failed", "{name}: {doc}");
        let error = doc["processing_error"].as_str().unwrap_or_default();
        assert!(error.contains(reason), "{name}: {error}");
    }
    // The same single worker still processes the next good document.
    let (doc, _) = process(&app, &me, "good", "agreement.docx").await;
    assert_eq!(doc["processing_status"], "completed");
}

fn script(body: &str) -> (tempfile::TempDir, PathBuf) {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("fake-extractor");
    std::fs::write(&path, format!("#!/bin/sh\n{body}\n")).expect("write");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).expect("chmod");
    (dir, path)
}

fn gone_or_zombie(pid: &str) -> bool {
    match std::fs::read_to_string(format!("/proc/{}/stat", pid.trim())) {
        Err(_) => true,
        Ok(stat) => stat
            .rsplit_once(')')
            .is_some_and(|(_, rest)| rest.trim_start().starts_with('Z')),
    }
}

/// The processes whose command line holds `marker`.
fn processes_with(marker: &str) -> Vec<String> {
    let Ok(entries) = std::fs::read_dir("/proc") else {
        return Vec::new();
    };
    entries
        .flatten()
        .filter_map(|e| {
            let pid = e.file_name().to_string_lossy().into_owned();
            let cmdline = std::fs::read(e.path().join("cmdline")).ok()?;
            String::from_utf8_lossy(&cmdline)
                .contains(marker)
                .then_some(pid)
        })
        .collect()
}

#[tokio::test]
async fn an_extraction_past_its_time_limit_is_killed_with_everything_it_started() {
    // A stand-in for a parser stuck in a loop: it starts a helper program
    // (as the PDF extractor starts poppler) and never answers. Both are
    // told apart from every other process by their unusual sleep times.
    let helper = format!("301.{}", std::process::id());
    let main = format!("302.{}", std::process::id());
    let (_dir, program) = script(&format!("sleep {helper} &\nsleep {main}"));
    let sandbox = Sandbox {
        program,
        memory_mb: 512,
        timeout: Duration::from_secs(3),
        pool: None,
    };
    let started = std::time::Instant::now();
    let run = tokio::spawn(async move {
        sandbox
            .extract(FileType::Pdf, b"%PDF-1.7".to_vec(), &Limits::default())
            .await
    });
    eventually(Duration::from_secs(5), "both programs start", || {
        let (helper, main) = (helper.clone(), main.clone());
        async move { !processes_with(&helper).is_empty() && !processes_with(&main).is_empty() }
    })
    .await;
    let result = run.await.expect("joined");
    assert_eq!(
        result.expect_err("killed"),
        Failure::File("extraction took longer than the 3 s limit".into())
    );
    assert!(started.elapsed() < Duration::from_secs(10));
    for marker in [&helper, &main] {
        let what = format!("sleep {marker} still running");
        // SIGKILL is delivered at once; the process table catches up.
        eventually(Duration::from_secs(5), &what, || {
            let pids = processes_with(marker);
            async move { pids.iter().all(|p| gone_or_zombie(p)) }
        })
        .await;
    }
}

#[tokio::test]
async fn the_extractor_sees_none_of_the_services_settings_and_its_scratch_space_is_removed() {
    // It answers with what it saw: its environment, one name a line.
    let (_dir, program) = script(
        "touch \"$TMPDIR/left-behind\"\n\
         printf '{\"text\":\"%s\",\"metadata\":{},\"tables\":[],\"images\":[],\"notes\":[]}' \
         \"$(env | cut -d= -f1 | tr '\\n' ' ')TMPDIR=$TMPDIR\"",
    );
    let sandbox = Sandbox {
        program,
        memory_mb: 512,
        timeout: Duration::from_secs(30),
        pool: None,
    };
    let x = sandbox
        .extract(FileType::Txt, b"hello".to_vec(), &Limits::default())
        .await
        .expect("extracts");
    let (names, scratch) = x.text.split_once("TMPDIR=").expect("the answer");
    let names: Vec<&str> = names.split_whitespace().collect();
    assert!(names.contains(&"PATH"), "{names:?}");
    for name in &names {
        assert!(
            [
                "PATH",
                "LANG",
                "LC_ALL",
                "TESSDATA_PREFIX",
                "TMPDIR",
                "HOME",
                "OMP_THREAD_LIMIT",
                "PWD",
                "SHLVL",
                "_"
            ]
            .contains(name),
            "{name} reached the extractor"
        );
    }
    assert!(scratch.contains("opencomplai-extract-"), "{scratch}");
    assert!(
        !std::path::Path::new(scratch.trim()).exists(),
        "{scratch} is removed after the extraction"
    );
}

#[tokio::test]
async fn an_extraction_over_its_memory_cap_fails_as_such_and_the_next_one_runs() {
    let sandbox = Sandbox {
        program: env!("CARGO_BIN_EXE_opencomplai").into(),
        memory_mb: 100,
        timeout: Duration::from_secs(60),
        pool: None,
    };
    // 150 MB of text cannot even be read under a 100 MiB cap.
    let big = vec![b'a'; 150 * 1024 * 1024];
    let result = sandbox
        .extract(FileType::Txt, big, &Limits::default())
        .await;
    assert_eq!(
        result.expect_err("over the cap"),
        Failure::File("extraction needed more than its 100 MiB memory limit".into())
    );
    let x = sandbox
        .extract(
            FileType::Txt,
            b"small and fine".to_vec(),
            &Limits::default(),
        )
        .await
        .expect("the next file is extracted");
    assert_eq!(x.text, "small and fine");
}

#[tokio::test]
async fn the_fuzzers_open_xls_that_exhausts_memory_in_process_fails_cleanly_in_the_sandbox() {
    // calamine still follows this file's looping sector chain without
    // bound (tests/corpus/open/README.md): the sandbox's cap makes it a
    // failed document with its reason, and the next file is read.
    let sandbox = Sandbox {
        program: env!("CARGO_BIN_EXE_opencomplai").into(),
        memory_mb: 256,
        timeout: Duration::from_secs(60),
        pool: None,
    };
    let bytes = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus/open/fuzzer-found-sector-loop-2.xls"),
    )
    .expect("the open corpus file");
    let result = sandbox
        .extract(FileType::Xls, bytes, &Limits::default())
        .await;
    match result.expect_err("refused or over the cap") {
        Failure::File(message) => assert!(
            message.contains("memory limit") || message.contains("XLS"),
            "{message}"
        ),
        other => panic!("{other:?}"),
    }
    let x = sandbox
        .extract(FileType::Txt, b"next".to_vec(), &Limits::default())
        .await
        .expect("the next file is extracted");
    assert_eq!(x.text, "next");
}

/// The real binary, as the web server runs it to show an original.
fn renderer() -> Sandbox {
    Sandbox {
        program: env!("CARGO_BIN_EXE_opencomplai").into(),
        memory_mb: 1024,
        timeout: Duration::from_secs(60),
        pool: None,
    }
}

#[tokio::test]
async fn a_pdf_page_and_an_image_are_rendered_through_the_real_binary_as_pngs_of_the_asked_width() {
    let sandbox = renderer();
    let page = sandbox
        .render(FileType::Pdf, corpus("good", "report.pdf"), 2, 600)
        .await
        .expect("page 2 renders");
    assert!(page.png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert_eq!((page.width, page.pages), (600, 2));
    // A4 at 600 pixels wide.
    assert!((848..=850).contains(&page.height), "{}", page.height);
    let image = sandbox
        .render(FileType::Png, corpus("good", "receipt.png"), 1, 800)
        .await
        .expect("the image renders");
    assert!(image.png.starts_with(b"\x89PNG\r\n\x1a\n"));
    assert_eq!((image.width, image.height, image.pages), (800, 300, 1));
    assert_ne!(image.png, corpus("good", "receipt.png"), "encoded anew");
}

#[tokio::test]
async fn a_broken_file_a_missing_page_and_a_type_without_pictures_each_fail_as_such() {
    let sandbox = renderer();
    match sandbox
        .render(FileType::Pdf, corpus("broken", "truncated.pdf"), 1, 600)
        .await
    {
        Err(RenderFailure::File(reason)) => {
            assert!(
                reason.starts_with("PDF is damaged or truncated"),
                "{reason}"
            )
        }
        other => panic!("{other:?}"),
    }
    let missing = sandbox
        .render(FileType::Pdf, corpus("good", "report.pdf"), 9, 600)
        .await
        .expect_err("no page 9");
    assert_eq!(missing, RenderFailure::NoSuchPage { page: 9, pages: 2 });
    assert_eq!(
        missing.to_string(),
        "there is no page 9: the document has 2 pages"
    );
    assert_eq!(
        sandbox
            .render(FileType::Docx, corpus("good", "agreement.docx"), 1, 600)
            .await,
        Err(RenderFailure::File(
            "DOCX has no picture form: only PDF pages and images are rendered".into()
        ))
    );
}

#[tokio::test]
async fn a_renderer_answering_with_no_png_too_much_or_no_page_count_is_not_believed() {
    let sandbox = |program| Sandbox {
        program,
        memory_mb: 512,
        timeout: Duration::from_secs(30),
        pool: None,
    };
    let (_dir, program) = script("echo 'not a picture'\necho pages=1 >&2");
    assert_eq!(
        sandbox(program)
            .render(FileType::Png, b"x".to_vec(), 1, 100)
            .await,
        Err(RenderFailure::System(
            "the renderer's output was not a PNG".into()
        ))
    );
    let (_dir, program) = script("printf '\\211PNG\\r\\n\\032\\n'");
    match sandbox(program)
        .render(FileType::Png, b"x".to_vec(), 1, 100)
        .await
    {
        Err(RenderFailure::System(m)) => assert!(m.contains("how many pages"), "{m}"),
        other => panic!("{other:?}"),
    }
    let (_dir, program) = script("head -c 40000000 /dev/zero\necho pages=1 >&2");
    assert_eq!(
        sandbox(program)
            .render(FileType::Png, b"x".to_vec(), 1, 100)
            .await,
        Err(RenderFailure::File(
            "the rendering's output is over the 32 MiB this service accepts".into()
        ))
    );
}

#[tokio::test]
async fn a_redaction_runs_through_the_real_binary_with_any_strings_and_fails_on_a_broken_file() {
    let sandbox = renderer();
    let targets = [
        "Ada Lovelace",
        "--cover \"quoted\"\nand a new line",
        "Grüße, 日本",
    ]
    .map(str::to_owned);
    let r = sandbox
        .redact(FileType::Pdf, corpus("good", "letter.pdf"), &targets, "eng")
        .await
        .expect("redacts");
    assert!(r.pdf.starts_with(b"%PDF-"));
    assert_eq!((r.pages, r.covered, r.missed), (2, 1, 2));
    match sandbox
        .redact(
            FileType::Pdf,
            corpus("broken", "truncated.pdf"),
            &targets,
            "eng",
        )
        .await
    {
        Err(Failure::File(reason)) => {
            assert!(
                reason.starts_with("PDF is damaged or truncated"),
                "{reason}"
            );
        }
        other => panic!("{other:?}"),
    }
}

/// The real binary as a pool of long-lived extractors, one at most.
fn pooled(memory_mb: u64, timeout: Duration) -> Sandbox {
    Sandbox {
        program: env!("CARGO_BIN_EXE_opencomplai").into(),
        memory_mb,
        timeout,
        pool: Some(opencomplai::sandbox::Pool::new(1)),
    }
}

#[tokio::test]
async fn a_pooled_extractor_serves_file_after_file_and_outlives_each_files_failure() {
    let sandbox = pooled(300, Duration::from_secs(60));
    let pool = sandbox.pool.clone().expect("pool");
    for i in 0..20 {
        let text = format!("document number {i}, alone in its child");
        let x = sandbox
            .extract(FileType::Txt, text.clone().into_bytes(), &Limits::default())
            .await
            .expect("extracted");
        assert_eq!(x.text, text);
        assert_eq!(pool.idle(), 1, "the one extractor went back to the pool");
    }
    // A file the extractor cannot read is refused, as by `extract`.
    let refused = sandbox
        .extract(
            FileType::Pdf,
            b"%PDF-1.7 not really".to_vec(),
            &Limits::default(),
        )
        .await
        .expect_err("not a PDF");
    assert!(matches!(refused, Failure::File(_)), "{refused:?}");
    // Over the memory cap: the file alone, and a file whose parsing
    // exhausts it in the forked child.
    let big = vec![b'a'; 400 * 1024 * 1024];
    let over = sandbox
        .extract(
            FileType::Txt,
            big,
            &Limits {
                max_input_bytes: 512 * 1024 * 1024,
                ..Limits::default()
            },
        )
        .await
        .expect_err("over the cap");
    assert_eq!(
        over,
        Failure::File("extraction needed more than its 300 MiB memory limit".into())
    );
    let bytes = std::fs::read(
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("tests/corpus/open/fuzzer-found-sector-loop-2.xls"),
    )
    .expect("the open corpus file");
    match sandbox
        .extract(FileType::Xls, bytes, &Limits::default())
        .await
        .expect_err("refused or over the cap")
    {
        Failure::File(message) => assert!(
            message.contains("memory limit") || message.contains("XLS"),
            "{message}"
        ),
        other => panic!("{other:?}"),
    }
    // Each failure took its child only; the same extractor serves on.
    let x = sandbox
        .extract(FileType::Txt, b"still here".to_vec(), &Limits::default())
        .await
        .expect("the next file is extracted");
    assert_eq!(x.text, "still here");
    assert_eq!(pool.idle(), 1);
}

#[tokio::test]
async fn a_pooled_extraction_past_its_time_limit_is_killed_and_the_next_one_runs() {
    let sandbox = pooled(1024, Duration::from_millis(300));
    // A scanned PDF: its pages drawn, then read by OCR, takes seconds (a
    // one-line PNG could be read within the limit on a quiet machine).
    let scan = corpus("good", "scanned-contract.pdf");
    let limits = Limits {
        ocr_languages: "eng".into(),
        ..Limits::default()
    };
    let started = std::time::Instant::now();
    let slow = sandbox
        .extract(FileType::Pdf, scan, &limits)
        .await
        .expect_err("OCR of a scanned PDF takes longer than 0.3 s");
    match slow {
        Failure::File(message) => assert!(message.contains("took longer than"), "{message}"),
        other => panic!("{other:?}"),
    }
    assert!(started.elapsed() < Duration::from_secs(10));
    let x = sandbox
        .extract(FileType::Txt, b"after the slow one".to_vec(), &limits)
        .await
        .expect("the next file is extracted");
    assert_eq!(x.text, "after the slow one");
}
