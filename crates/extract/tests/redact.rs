//! Redaction of real files: the corpus's letter (a PDF with text, and a
//! scan of it with none), an image, and PDFs written here with a crop box
//! and a turned page. What comes out is checked as a person would: its
//! text through `pdftotext`, its pixels through Tesseract.

use std::io::Write;
use std::path::PathBuf;
use std::process::Command;

use opencomplai_extract::{ExtractError, FileType, Limits, Redaction, redact};

fn corpus(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/corpus/good")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The personal data of the corpus's letter, as the analyzer finds it in
/// the extracted text.
const LETTER_DATA: [&str; 5] = [
    "Ada Lovelace",
    "ada.lovelace@example.com",
    "+44 20 7946 0958",
    "DE89 3704 0044 0532 0130 00",
    "Grace Hopper",
];

fn redacted(file_type: FileType, bytes: &[u8], targets: &[&str]) -> Redaction {
    let targets: Vec<String> = targets.iter().map(|t| (*t).to_owned()).collect();
    redact(file_type, bytes, &targets, &Limits::default()).expect("redacts")
}

fn staged(pdf: &[u8]) -> tempfile::NamedTempFile {
    assert!(pdf.starts_with(b"%PDF-"), "a PDF");
    let mut file = tempfile::Builder::new()
        .suffix(".pdf")
        .tempfile()
        .expect("temp");
    file.write_all(pdf).expect("write");
    file
}

/// What `pdftotext` reads in the PDF (its text layer), in reading order.
fn text_of(pdf: &[u8]) -> String {
    let file = staged(pdf);
    let out = Command::new("pdftotext")
        .arg(file.path())
        .arg("-")
        .output()
        .expect("pdftotext runs");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// What Tesseract reads in the pictures of the PDF's pages: what a person
/// sees.
fn seen_in(pdf: &[u8]) -> String {
    seen_turned(pdf, 0)
}

/// What Tesseract reads in the pictures of the PDF's pages, each turned
/// `degrees` clockwise first (a person turns a turned page to read it).
fn seen_turned(pdf: &[u8], degrees: u32) -> String {
    let file = staged(pdf);
    let dir = tempfile::tempdir().expect("temp");
    let prefix = dir.path().join("page");
    let drawn = Command::new("pdftoppm")
        .args(["-r", "300", "-gray", "-png"])
        .arg(file.path())
        .arg(&prefix)
        .status()
        .expect("pdftoppm runs");
    assert!(drawn.success());
    let mut pages: Vec<PathBuf> = std::fs::read_dir(dir.path())
        .expect("pages")
        .map(|e| e.expect("entry").path())
        .collect();
    pages.sort();
    let mut seen = String::new();
    for page in pages {
        if degrees != 0 {
            let picture = image::open(&page).expect("a picture");
            let turned = match degrees {
                90 => picture.rotate90(),
                180 => picture.rotate180(),
                _ => picture.rotate270(),
            };
            turned.save(&page).expect("saved");
        }
        let out = Command::new("tesseract")
            .arg(&page)
            .args(["stdout", "-l", "eng", "--psm", "3", "--dpi", "300"])
            .output()
            .expect("tesseract runs");
        seen.push_str(&String::from_utf8_lossy(&out.stdout));
    }
    seen
}

fn page_count(pdf: &[u8]) -> u32 {
    let file = staged(pdf);
    let out = Command::new("pdfinfo")
        .arg(file.path())
        .output()
        .expect("pdfinfo runs");
    String::from_utf8_lossy(&out.stdout)
        .lines()
        .find_map(|l| l.strip_prefix("Pages:"))
        .and_then(|n| n.trim().parse().ok())
        .expect("a page count")
}

/// None of `gone` (nor their parts) is in `text`; all of `kept` is.
fn assert_text(text: &str, gone: &[&str], kept: &[&str]) {
    assert_text_of("", text, gone, kept);
}

fn assert_text_of(what: &str, text: &str, gone: &[&str], kept: &[&str]) {
    let flat = text.split_whitespace().collect::<Vec<_>>().join(" ");
    for value in gone {
        for part in value.split_whitespace().filter(|p| p.len() > 2) {
            assert!(
                !flat.contains(part),
                "{what}: {part:?} (of {value:?}) is left in:\n{text}"
            );
        }
    }
    for word in kept {
        assert!(
            flat.contains(word),
            "{what}: {word:?} is missing from:\n{text}"
        );
    }
}

#[test]
fn a_pdf_with_text_loses_the_values_from_its_pictures_and_text_and_keeps_the_rest() {
    let original = corpus("letter.pdf");
    let r = redacted(FileType::Pdf, &original, &LETTER_DATA);
    assert_eq!((r.pages, page_count(&r.pdf)), (2, 2));
    // The address is on both pages.
    assert_eq!((r.covered, r.missed), (6, 0));
    let kept = [
        "Dear Mr Smith,",
        "Thank you for the excellent meeting last week.",
        "Please contact",
        "about the refund.",
        "The refund goes to IBAN",
        "Kind regards,",
        "Second page: a copy goes to",
        "with the signed statement of accounts.",
    ];
    assert_text(&text_of(&r.pdf), &LETTER_DATA, &kept);
    assert_text(
        &seen_in(&r.pdf),
        &LETTER_DATA,
        &["Thank you", "refund", "Second page"],
    );
}

#[test]
fn a_scanned_pdf_is_read_by_ocr_and_its_values_are_covered() {
    let original = corpus("scanned-letter.pdf");
    let r = redacted(FileType::Pdf, &original, &LETTER_DATA);
    assert_eq!(
        (r.pages, page_count(&r.pdf), r.covered, r.missed),
        (1, 1, 5, 0)
    );
    let kept = [
        "Dear Mr Smith,",
        "excellent meeting",
        "about the refund",
        "Kind regards",
    ];
    assert_text(&text_of(&r.pdf), &LETTER_DATA, &kept);
    assert_text(&seen_in(&r.pdf), &LETTER_DATA, &kept);
}

#[test]
fn an_image_becomes_a_one_page_pdf_with_its_value_covered() {
    let r = redacted(FileType::Png, &corpus("receipt.png"), &["4711"]);
    assert_eq!(
        (r.pages, page_count(&r.pdf), r.covered, r.missed),
        (1, 1, 1, 0)
    );
    let kept = ["RECEIPT", "Coffee beans", "Thank you for shopping"];
    assert_text(&text_of(&r.pdf), &["4711"], &kept);
    assert_text(&seen_in(&r.pdf), &["4711"], &kept);
    // A photograph stays a JPEG inside.
    let r = redacted(FileType::Jpeg, &corpus("photo-notes.jpg"), &["Budget"]);
    assert!(r.pdf.windows(9).any(|w| w == b"DCTDecode"));
    assert_text(
        &text_of(&r.pdf),
        &["Budget"],
        &["Meeting notes", "approved"],
    );
}

#[test]
fn values_not_on_any_page_are_counted_and_nothing_else_is_covered() {
    let r = redacted(
        FileType::Pdf,
        &corpus("letter.pdf"),
        &["nobody@example.net", "Ada Lovelace", "Ada Lovelace", " ,. "],
    );
    // The repeat counts once, the punctuation not at all.
    assert_eq!((r.covered, r.missed), (1, 1));
    assert_text(
        &text_of(&r.pdf),
        &["Lovelace"],
        &["ada.lovelace@example.com", "Grace Hopper"],
    );
}

#[test]
fn a_name_with_an_accent_drawn_apart_is_covered() {
    // The stored text has "Müller" composed; the page spells it "u" and a
    // combining diaeresis.
    let r = redacted(
        FileType::Pdf,
        &corpus("tex-accents.pdf"),
        &["Müller", "Café Lumière"],
    );
    assert_eq!((r.covered, r.missed), (2, 0));
    let text = text_of(&r.pdf);
    assert!(!text.contains("ller") && !text.contains("Lumi"), "{text}");
    assert!(text.contains("Sehr geehrter Herr"), "{text}");
}

#[test]
fn only_pdfs_and_images_are_redacted() {
    let err = redact(FileType::Docx, b"PK\x03\x04", &[], &Limits::default()).expect_err("refused");
    assert!(err.to_string().contains("only PDFs and images"), "{err}");
    assert!(matches!(
        redact(FileType::Pdf, b"", &[], &Limits::default()),
        Err(ExtractError::Empty)
    ));
    let err = redact(FileType::Pdf, b"no PDF here", &[], &Limits::default()).expect_err("refused");
    assert!(err.to_string().contains("%PDF"), "{err}");
}

/// A one-page PDF whose page dictionary has `page` (boxes, rotation) and
/// shows `lines` in Helvetica from 100 points up the media box; the
/// cross-reference table is exact, so poppler reads it without repair.
fn pdf_with_text(page: &str, lines: &[&str]) -> Vec<u8> {
    let mut content = String::from("BT /F1 14 Tf 18 TL 100 700 Td\n");
    for line in lines {
        content.push_str(&format!("({line}) Tj T*\n"));
    }
    content.push_str("ET");
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        format!(
            "<< /Type /Page /Parent 2 0 R {page} /Resources << /Font << /F1 5 0 R >> >> \
             /Contents 4 0 R >>"
        ),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_owned(),
    ];
    let mut out = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::new();
    for (i, object) in objects.iter().enumerate() {
        offsets.push(out.len());
        out.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", i + 1).as_bytes());
    }
    let xref = out.len();
    out.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        out.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    out.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    out
}

#[test]
fn boxes_land_on_the_words_of_cropped_and_turned_pages() {
    let lines = [
        "Account holder Anna Schmidt",
        "Telephone +49 30 901820 weekdays",
        "Written on the third of May",
    ];
    let gone = ["Anna Schmidt", "+49 30 901820"];
    for (page, back) in [
        ("/MediaBox [0 0 612 792] /CropBox [60 40 560 760]", 0),
        ("/MediaBox [0 0 612 792] /Rotate 90", 270),
        (
            "/MediaBox [0 0 612 792] /CropBox [60 40 560 760] /Rotate 180",
            180,
        ),
        ("/MediaBox [0 0 612 792] /Rotate 270", 90),
    ] {
        let r = redacted(FileType::Pdf, &pdf_with_text(page, &lines), &gone);
        assert_eq!((r.covered, r.missed), (2, 0), "{page}");
        let kept = ["Account holder", "Telephone", "weekdays", "third of May"];
        assert_text_of(page, &seen_turned(&r.pdf, back), &gone, &kept);
        // The text layer's words run as the page's do.
        assert_text_of(page, &text_of(&r.pdf), &gone, &kept);
    }
}
