//! Every file of the committed corpus (`tests/corpus`, made by
//! `make_corpus.py` with the libraries people use): good files come out with
//! their text, metadata and tables; broken ones fail with a specific message.

use std::path::PathBuf;

use opencomplai_extract::{ExtractError, Extraction, FileType, Limits, detect, extract};

fn corpus(kind: &str, name: &str) -> (Vec<u8>, &'static str) {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/corpus")
        .join(kind)
        .join(name);
    let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    (bytes, Box::leak(name.to_owned().into_boxed_str()))
}

fn run(kind: &str, name: &str) -> (Option<FileType>, Result<Extraction, ExtractError>) {
    let (bytes, name) = corpus(kind, name);
    let head = &bytes[..bytes.len().min(8192)];
    let file_type = detect(head, Some(name));
    let result = extract(
        file_type.unwrap_or(FileType::Docx),
        &bytes,
        &Limits::default(),
    );
    (file_type, result)
}

#[test]
fn a_word_document_keeps_headings_lists_tables_and_properties_in_order() {
    let (t, x) = run("good", "agreement.docx");
    assert_eq!(t, Some(FileType::Docx));
    let x = x.expect("extracts");
    let heading = x.text.find("Data Processing Agreement").expect("heading");
    let list = x
        .text
        .find("- Keep records of processing")
        .expect("list item");
    let table = x.text.find("Acme GmbH\tProcessor").expect("table row");
    let last = x
        .text
        .find("Signed in Berlin & Paris.")
        .expect("last paragraph, entity decoded");
    assert!(heading < list && list < table && table < last, "{}", x.text);
    assert_eq!(
        x.tables[0].rows,
        vec![vec!["Party", "Role"], vec!["Acme GmbH", "Processor"]]
    );
    assert_eq!(x.metadata["title"], "Data Processing Agreement");
    assert_eq!(x.metadata["author"], "Legal Team");
    assert_eq!(x.metadata["keywords"], "gdpr, processor");
    assert_eq!(x.metadata["headings"][1], "Obligations");
}

#[test]
fn a_presentation_gives_slides_in_order_with_their_notes() {
    let (t, x) = run("good", "review.pptx");
    assert_eq!(t, Some(FileType::Pptx));
    let x = x.expect("extracts");
    let first = x.text.find("Quarterly Review").expect("slide 1");
    let notes = x.text.find("Notes: Mention the new office").expect("notes");
    let second = x.text.find("Next Steps").expect("slide 2");
    assert!(first < notes && notes < second, "{}", x.text);
    assert_eq!(x.metadata["slides"], 2);
}

#[test]
fn a_workbook_gives_each_sheet_as_a_table() {
    let (t, x) = run("good", "budget.xlsx");
    assert_eq!(t, Some(FileType::Xlsx));
    let x = x.expect("extracts");
    assert_eq!(x.tables[0].source, "sheet Budget");
    assert_eq!(x.tables[0].rows[1], vec!["Servers", "1200"]);
    assert_eq!(x.tables[1].source, "sheet Staff");
    assert_eq!(x.tables[1].rows[1], vec!["Ada", "Research"]);
    assert!(x.text.contains("Licences\t300"), "{}", x.text);
    assert_eq!(x.metadata["title"], "Budget 2026");
}

#[test]
fn an_opendocument_text_gives_its_text_table_and_metadata() {
    let (t, x) = run("good", "minutes.odt");
    assert_eq!(t, Some(FileType::Odt));
    let x = x.expect("extracts");
    assert!(
        x.text
            .starts_with("Meeting Minutes\nThe board approved the retention policy."),
        "{}",
        x.text
    );
    assert_eq!(
        x.tables[0].rows,
        vec![vec!["Member", "Vote"], vec!["Grace", "Yes"]]
    );
    assert_eq!(x.metadata["title"], "Meeting Minutes");
    assert_eq!(x.metadata["author"], "Board Secretary");
}

#[test]
fn every_broken_file_fails_with_a_specific_message() {
    // (file, the whole message, or its start where the rest is the
    // underlying library's own words)
    let exact = [
        ("truncated.docx", "DOCX is not a valid ZIP archive"),
        ("not-a-zip.docx", "DOCX is not a valid ZIP archive"),
        ("empty.docx", "the file is empty"),
        (
            "no-document-part.docx",
            "DOCX has no word/document.xml part",
        ),
        ("bomb-520mb.docx", "DOCX exceeds 500 MB uncompressed"),
        ("not-an-email.eml", "EML is not a valid email message"),
        (
            "not-really.rtf",
            "RTF is not valid: it does not start with {\\rtf",
        ),
        (
            "pixel-bomb.png",
            "image is 12000×12000 pixels, over the 100 megapixel limit",
        ),
        (
            "fuzzer-found-inconsistent.xls",
            "XLS is damaged: its structure is inconsistent",
        ),
        (
            "fuzzer-found-sector-loop.xls",
            "XLS is damaged: a chain of its sectors loops",
        ),
    ];
    let prefix = [
        ("truncated.png", "PNG is damaged or truncated ("),
        ("truncated.xls", "XLS could not be read ("),
    ];
    let listed: Vec<String> = std::fs::read_dir(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/broken"),
    )
    .expect("corpus")
    .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
    .collect();
    for name in &listed {
        assert!(
            exact.iter().chain(&prefix).any(|(n, _)| n == name)
                || [
                    "entity-bomb.docx",
                    "encrypted.pdf",
                    "not-a-pdf.pdf",
                    "truncated.pdf"
                ]
                .contains(&name.as_str()),
            "{name} has no expectation: every corpus file is tested"
        );
    }
    for (name, message) in exact {
        let (_, result) = run("broken", name);
        let err = result.expect_err(name);
        assert_eq!(err.to_string(), message, "{name}");
    }
    for (name, start) in prefix {
        let (_, result) = run("broken", name);
        let err = result.expect_err(name).to_string();
        assert!(err.starts_with(start), "{name}: {err}");
    }
}

#[test]
fn a_scanned_pdf_without_a_text_layer_is_read_by_ocr_with_a_confidence() {
    let (t, x) = run("good", "scanned-contract.pdf");
    assert_eq!(t, Some(FileType::Pdf));
    let x = x.expect("extracts");
    assert!(
        x.text.contains("This agreement is made between Acme GmbH"),
        "{}",
        x.text
    );
    assert!(
        x.text.contains("within thirty days of the request."),
        "{}",
        x.text
    );
    let confidence = x.ocr_confidence.expect("OCR confidence");
    assert!(confidence > 0.8 && confidence <= 1.0, "{confidence}");
    assert!(
        x.notes
            .iter()
            .any(|n| n.starts_with("OCR (eng) used on page(s)") && n.contains(": 1 (0.")),
        "{:?}",
        x.notes
    );
}

#[test]
fn images_of_every_kind_are_read_by_ocr_and_keep_their_exif() {
    for (name, file_type, words) in [
        ("receipt.png", FileType::Png, "Coffee beans 12.50 EUR"),
        ("photo-notes.jpg", FileType::Jpeg, "Budget approved"),
        ("invoice.tiff", FileType::Tiff, "Invoice 2024-0042"),
        ("label.webp", FileType::Webp, "Parcel for Berlin"),
    ] {
        let (t, x) = run("good", name);
        assert_eq!(t, Some(file_type), "{name}");
        let x = x.expect(name);
        assert!(x.text.contains(words), "{name}: {}", x.text);
        assert!(x.ocr_confidence.is_some_and(|c| c > 0.8), "{name}");
        assert!(
            x.metadata["width"].as_u64().is_some_and(|w| w > 0),
            "{name}"
        );
    }
    let (_, x) = run("good", "photo-notes.jpg");
    let x = x.expect("jpeg");
    assert_eq!(x.metadata["camera_make"], "Fairphone");
    assert_eq!(x.metadata["author"], "Ada Lovelace");
    assert_eq!(x.metadata["exif"]["Model"], "FP4");
}

#[test]
fn an_email_gives_its_headers_body_and_every_attachment_in_turn() {
    let (t, x) = run("good", "thread.eml");
    assert_eq!(t, Some(FileType::Eml));
    let x = x.expect("extracts");
    assert_eq!(x.metadata["subject"], "Signed agreement and budget");
    assert_eq!(x.metadata["from"][0], "Ada Lovelace <ada@example.com>");
    assert_eq!(x.metadata["to"][1], "carol@example.net");
    assert_eq!(x.metadata["cc"][0], "legal@example.com");
    assert_eq!(x.metadata["date"], "2024-03-12T14:30:00Z");
    let body = x
        .text
        .find("attached are the signed agreement")
        .expect("body");
    let docx = x
        .text
        .find("Data Processing Agreement")
        .expect("docx attachment");
    let csv = x.text.find("Travel\t420.50").expect("csv attachment");
    let inner = x
        .text
        .find("Please send the signed agreement by Friday.")
        .expect("attached message");
    assert!(body < docx && docx < csv && csv < inner, "{}", x.text);
    let attachments = x.metadata["attachments"].as_array().expect("list");
    let names: Vec<&str> = attachments
        .iter()
        .filter_map(|a| a["name"].as_str())
        .collect();
    assert_eq!(
        names,
        [
            "agreement.docx",
            "budget.csv",
            "blob.bin",
            "Original request"
        ]
    );
    assert_eq!(attachments[2]["error"], "not a type OpenComplai reads");
    assert_eq!(x.tables[0].source, "attachment agreement.docx, table 1");
}

#[test]
fn rtf_gives_text_metadata_and_tables() {
    let (t, x) = run("good", "termination.rtf");
    assert_eq!(t, Some(FileType::Rtf));
    let x = x.expect("extracts");
    assert!(
        x.text.starts_with(
            "Notice of Termination\nWe terminate the contract with Müller AG as of 31 May 2024 — effective"
        ),
        "{}",
        x.text
    );
    assert_eq!(x.metadata["title"], "Notice of Termination");
    assert_eq!(x.metadata["author"], "Ada Lovelace");
    assert_eq!(
        x.tables[0].rows,
        [["Item", "Amount"], ["Final invoice", "1200 EUR"]]
    );
}

#[test]
fn xls_and_ods_give_each_sheet_as_a_table() {
    let (t, x) = run("good", "ledger.xls");
    assert_eq!(t, Some(FileType::Xls));
    let x = x.expect("xls");
    assert_eq!(x.tables[0].source, "sheet Ledger");
    assert_eq!(
        x.tables[0].rows,
        [
            ["Account", "Amount"],
            ["Travel", "420.5"],
            ["Hardware", "1999"]
        ]
    );
    assert_eq!(x.tables[1].source, "sheet Notes");
    assert!(x.text.contains("Reviewed by the audit office"));

    let (t, x) = run("good", "inventory.ods");
    assert_eq!(t, Some(FileType::Ods));
    let x = x.expect("ods");
    assert_eq!(
        x.tables[0].rows,
        [["Item", "Count"], ["Laptops", "12"], ["Monitors", "30"]]
    );
    assert_eq!(x.metadata["title"], "Inventory 2024");
    assert_eq!(x.metadata["author"], "Stores Team");
}

#[test]
fn an_entity_expansion_bomb_is_never_expanded() {
    let (_, x) = run("broken", "entity-bomb.docx");
    let x = x.expect("extracts what is really there");
    assert_eq!(x.text, "Safe & sound");
}

#[test]
fn a_pdf_gives_its_text_in_order_its_metadata_and_its_images() {
    let (t, x) = run("good", "report.pdf");
    assert_eq!(t, Some(FileType::Pdf));
    let x = x.expect("extracts");
    // Two columns on page 1: the left one whole, then the right one.
    let flat = x.text.replace('\n', " ");
    let at = |s: &str| flat.find(s).unwrap_or_else(|| panic!("{s:?} in {flat}"));
    let order = [
        at("Left column begins here."),
        at("Left column ends."),
        at("Right column begins here."),
        at("Right column ends."),
        at("Second page: findings"),
    ];
    assert!(
        order.windows(2).all(|w| w[0] < w[1]),
        "columns interleaved: {}",
        x.text
    );
    assert_eq!(x.metadata["title"], "Annual Compliance Report");
    assert_eq!(x.metadata["author"], "Audit Office");
    assert_eq!(x.metadata["keywords"], "audit, gdpr");
    assert_eq!(x.metadata["page_count"], 2);
    assert_eq!(x.images.len(), 1);
    assert_eq!(
        (
            x.images[0]["page"].as_u64(),
            x.images[0]["width"].as_u64(),
            x.images[0]["height"].as_u64()
        ),
        (Some(2), Some(64), Some(32))
    );
}

/// The rows `pdfimages -list` (poppler, the reference) gives for a file.
fn pdfimages_rows(name: &str) -> Vec<serde_json::Value> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/corpus/good")
        .join(name);
    let out = std::process::Command::new("pdfimages")
        .arg("-list")
        .arg(&path)
        .output()
        .expect("pdfimages (poppler-utils) runs");
    assert!(out.status.success(), "{out:?}");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .skip(2)
        .map(|line| {
            let c: Vec<&str> = line.split_whitespace().collect();
            let n = |i: usize| c[i].parse::<u64>().expect("number");
            serde_json::json!({
                "page": n(0), "width": n(3), "height": n(4), "color": c[5], "format": c[8],
            })
        })
        .collect()
}

#[test]
fn accents_drawn_apart_from_their_letters_come_out_composed() {
    // TeX's classic fonts draw "ü" as "u" with a separate diaeresis on
    // top; poppler reads that as "u" and U+0308. Stored that way, a
    // search for "Müller" would not find it.
    let (t, x) = run("good", "tex-accents.pdf");
    assert_eq!(t, Some(FileType::Pdf));
    let x = x.expect("extracts");
    for word in ["Herr Müller,", "kündigen", "Café Lumière.", "Grüßen"] {
        assert!(x.text.contains(word), "{word:?} in {:?}", x.text);
    }
    assert!(
        !x.text.chars().any(|c| ('\u{300}'..='\u{36f}').contains(&c)),
        "no combining mark left: {:?}",
        x.text
    );
    assert_eq!(x.metadata["title"], "Kündigung");
    // Already composed text is left as it is.
    assert_eq!(opencomplai_extract::nfc("Grüße"), "Grüße");
    assert!(matches!(
        opencomplai_extract::nfc("Grüße"),
        std::borrow::Cow::Borrowed(_)
    ));
    assert_eq!(opencomplai_extract::nfc("Gru\u{308}\u{df}e"), "Grüße");
}

#[test]
fn decomposed_text_cells_and_metadata_come_out_composed() {
    let html = "<html><head><title>Ku\u{308}ndigung</title></head><body>\
                <p>Sehr geehrter Herr Mu\u{308}ller,</p>\
                <table><tr><td>Name</td><td>Bra\u{308}uer</td></tr></table></body></html>";
    let x = extract(FileType::Html, html.as_bytes(), &Limits::default()).expect("extracts");
    assert_eq!(x.metadata["title"], "Kündigung", "{:?}", x.metadata);
    assert!(x.text.contains("Herr Müller"), "{:?}", x.text);
    assert_eq!(x.tables[0].rows[0], vec!["Name", "Bräuer"]);
    // A text cut at its limit is composed within it.
    let limits = Limits {
        max_text_bytes: 20,
        ..Limits::default()
    };
    let long = "Mu\u{308}ller ".repeat(10);
    let x = extract(FileType::Txt, long.as_bytes(), &limits).expect("extracts");
    assert!(
        x.text.len() <= 20 && x.text.starts_with("Müller Müller"),
        "{:?}",
        x.text
    );
    assert!(
        x.notes.iter().any(|n| n.starts_with("text truncated")),
        "{:?}",
        x.notes
    );
    // Not cut between a letter and its mark ("u" and U+0308 at bytes 19
    // to 21): the letter goes with its mark.
    let limits = Limits {
        max_text_bytes: 21,
        ..Limits::default()
    };
    let x = extract(FileType::Txt, long.as_bytes(), &limits).expect("extracts");
    assert_eq!(x.text, "Müller Müller M");
    assert!(
        x.notes.iter().any(|n| n == "text truncated to 17 bytes"),
        "{:?}",
        x.notes
    );
}

#[test]
fn a_pdf_s_images_are_listed_as_poppler_lists_them_whoever_made_the_file() {
    // ReportLab: soft mask, grey and CMYK JPEGs, an inline image, a form
    // drawn on two pages, one picture drawn twice, a page without any;
    // WeasyPrint: objects packed in object streams; fpdf2; scans.
    for (name, rows) in [
        ("images-reportlab.pdf", 10),
        ("images-weasyprint.pdf", 5),
        ("report.pdf", 1),
        ("scanned-letter.pdf", 1),
        ("letter.pdf", 0),
    ] {
        let (_, x) = run("good", name);
        let x = x.unwrap_or_else(|e| panic!("{name}: {e}"));
        let expected = pdfimages_rows(name);
        assert_eq!(expected.len(), rows, "{name}: {expected:?}");
        assert_eq!(x.images, expected, "{name}");
    }
}

#[test]
fn a_pdf_table_comes_out_as_rows_of_cells_in_its_place_in_the_text() {
    let (_, x) = run("good", "invoice-table.pdf");
    let x = x.expect("extracts");
    assert_eq!(x.tables.len(), 1, "{:?}", x.tables);
    assert_eq!(x.tables[0].source, "page 1");
    assert_eq!(
        x.tables[0].rows,
        [
            ["Service", "Hours", "Amount"],
            ["Audit preparation", "12", "1,440.00"],
            ["Policy review", "5", "600.00"],
            ["Training", "3", "360.00"]
        ]
    );
    assert_eq!(
        x.text,
        "Invoice 2024-0042 for services delivered in March.\n\
         Service\tHours\tAmount\n\
         Audit preparation\t12\t1,440.00\n\
         Policy review\t5\t600.00\n\
         Training\t3\t360.00\n\
         Payment is due within thirty days of the invoice date."
    );
}

#[test]
fn every_broken_pdf_fails_with_a_specific_message() {
    let cases = [
        ("encrypted.pdf", "PDF is encrypted"),
        ("not-a-pdf.pdf", "PDF is not valid: it has no %PDF header"),
    ];
    for (name, message) in cases {
        let (t, result) = run("broken", name);
        assert_eq!(t, Some(FileType::Pdf), "{name}");
        assert_eq!(result.expect_err(name).to_string(), message, "{name}");
    }
    let (_, result) = run("broken", "truncated.pdf");
    let err = result.expect_err("truncated").to_string();
    assert!(err.starts_with("PDF is damaged or truncated ("), "{err}");
}
