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
    let expected = [
        ("truncated.docx", "DOCX is not a valid ZIP archive"),
        ("not-a-zip.docx", "DOCX is not a valid ZIP archive"),
        ("empty.docx", "the file is empty"),
        (
            "no-document-part.docx",
            "DOCX has no word/document.xml part",
        ),
        ("bomb-520mb.docx", "DOCX exceeds 500 MB uncompressed"),
    ];
    let listed: Vec<String> = std::fs::read_dir(
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../tests/corpus/broken"),
    )
    .expect("corpus")
    .map(|e| e.expect("entry").file_name().to_string_lossy().into_owned())
    .collect();
    for name in &listed {
        assert!(
            expected.iter().any(|(n, _)| n == name)
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
    for (name, message) in expected {
        let (_, result) = run("broken", name);
        let err = result.expect_err(name);
        assert_eq!(err.to_string(), message, "{name}");
    }
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
