//! Pages and images of the committed corpus (`tests/corpus`) as PNG
//! pictures: their width, page count, a page past the end, broken files;
//! and a few PDFs written here for what the corpus lacks (a turned page, a
//! crop box, a page shaped like a bomb).

use std::path::PathBuf;

use opencomplai_extract::{ExtractError, FileType, Limits, MAX_RENDER_WIDTH, Rendered, render};

fn corpus(kind: &str, name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/corpus")
        .join(kind)
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn draw(
    file_type: FileType,
    bytes: &[u8],
    page: u32,
    width: u32,
) -> Result<Rendered, ExtractError> {
    render(file_type, bytes, page, width, &Limits::default())
}

/// The picture is a PNG whose header says what `Rendered` says.
fn assert_png(r: &Rendered) {
    assert!(r.png.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG signature");
    let again = Rendered::from_png(r.png.clone(), r.pages).expect("a PNG header");
    assert_eq!((again.width, again.height), (r.width, r.height));
}

/// A one-page PDF with `page` in its page dictionary (boxes, rotation)
/// and a filled square to draw; the cross-reference table is exact, so
/// poppler reads it without repair.
fn pdf_with_page(page: &str) -> Vec<u8> {
    let content = "0 0 1 rg 10 10 50 50 re f";
    let objects = [
        "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>".to_owned(),
        format!("<< /Type /Page /Parent 2 0 R {page} /Contents 4 0 R /Resources << >> >>"),
        format!(
            "<< /Length {} >>\nstream\n{content}\nendstream",
            content.len()
        ),
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
fn a_pdf_page_comes_out_as_a_png_of_the_asked_width_with_the_page_count() {
    let bytes = corpus("good", "report.pdf");
    for page in [1, 2] {
        let r = draw(FileType::Pdf, &bytes, page, 800).expect("renders");
        assert_png(&r);
        assert_eq!(r.width, 800, "page {page}");
        // A4 is 1:√2.
        assert!(
            (1130..=1133).contains(&r.height),
            "page {page}: {}",
            r.height
        );
        assert_eq!(r.pages, 2);
    }
    let scan = draw(
        FileType::Pdf,
        &corpus("good", "scanned-contract.pdf"),
        1,
        640,
    )
    .expect("renders");
    assert_png(&scan);
    assert_eq!((scan.width, scan.pages), (640, 1));
}

#[test]
fn a_page_past_the_end_or_page_zero_is_no_such_page() {
    let bytes = corpus("good", "report.pdf");
    let err = draw(FileType::Pdf, &bytes, 9, 800).expect_err("no page 9");
    assert_eq!(err, ExtractError::NoSuchPage { page: 9, pages: 2 });
    assert_eq!(
        err.to_string(),
        "there is no page 9: the document has 2 pages"
    );
    assert_eq!(
        draw(FileType::Pdf, &bytes, 0, 800),
        Err(ExtractError::NoSuchPage { page: 0, pages: 2 })
    );
    let err = draw(FileType::Png, &corpus("good", "receipt.png"), 2, 800).expect_err("one page");
    assert_eq!(
        err.to_string(),
        "there is no page 2: the document has 1 page"
    );
}

#[test]
fn a_turned_page_is_drawn_as_shown_at_the_asked_width() {
    // 200×100 points stored, shown turned a quarter: 100 wide, 200 tall.
    let bytes = pdf_with_page("/MediaBox [0 0 200 100] /Rotate 90");
    let r = draw(FileType::Pdf, &bytes, 1, 50).expect("renders");
    assert_png(&r);
    assert_eq!((r.width, r.height), (50, 100));
}

#[test]
fn a_page_is_drawn_within_its_crop_box_as_viewers_show_it() {
    let bytes = pdf_with_page("/MediaBox [0 0 400 400] /CropBox [0 0 200 100]");
    let r = draw(FileType::Pdf, &bytes, 1, 200).expect("renders");
    assert_eq!((r.width, r.height), (200, 100));
}

#[test]
fn a_page_that_would_be_a_picture_bomb_at_the_asked_width_is_refused() {
    let bytes = pdf_with_page("/MediaBox [0 0 1 14400]");
    let err = draw(FileType::Pdf, &bytes, 1, 1000).expect_err("refused");
    assert!(
        err.to_string().contains("over the 100 megapixel limit"),
        "{err}"
    );
}

#[test]
fn images_of_every_format_come_out_as_pngs_no_wider_than_asked() {
    // (file, type, its width × height)
    let cases = [
        ("receipt.png", FileType::Png, (1600, 600)),
        ("photo-notes.jpg", FileType::Jpeg, (1400, 500)),
        ("invoice.tiff", FileType::Tiff, (1400, 500)),
        ("label.webp", FileType::Webp, (1400, 500)),
    ];
    for (name, file_type, (w, h)) in cases {
        let bytes = corpus("good", name);
        let r = draw(file_type, &bytes, 1, 700).expect(name);
        assert_png(&r);
        assert_eq!(r.pages, 1, "{name}");
        // The aspect kept, to the nearest pixel.
        let height = (700.0 * f64::from(h) / f64::from(w)).round() as u32;
        assert_eq!((r.width, r.height), (700, height), "{name}");
    }
    // Narrower than asked: the picture keeps its size, never enlarged.
    let r = draw(FileType::Png, &corpus("good", "receipt.png"), 1, 4000).expect("renders");
    assert_eq!((r.width, r.height), (1600, 600));
}

#[test]
fn an_image_is_encoded_anew_without_its_exif_data() {
    let bytes = corpus("good", "photo-notes.jpg");
    assert!(
        bytes.windows(9).any(|w| w == b"Fairphone"),
        "the original names its camera"
    );
    let r = draw(FileType::Jpeg, &bytes, 1, 2000).expect("renders");
    assert_eq!((r.width, r.height), (1400, 500));
    for marker in [b"Fairphone".as_slice(), b"Exif", b"eXIf"] {
        assert!(
            !r.png.windows(marker.len()).any(|w| w == marker),
            "{} left in the picture",
            String::from_utf8_lossy(marker)
        );
    }
}

#[test]
fn a_photo_turned_by_its_camera_is_shown_upright() {
    use image::ImageEncoder;
    // A 40×20 JPEG whose EXIF says "turn 90° clockwise to show" (6), as a
    // phone held upright writes it.
    let mut jpeg = Vec::new();
    image::codecs::jpeg::JpegEncoder::new(&mut jpeg)
        .write_image(
            &[128u8; 40 * 20 * 3],
            40,
            20,
            image::ExtendedColorType::Rgb8,
        )
        .expect("encodes");
    let tiff: &[u8] = b"MM\0\x2a\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01\0\x06\0\0\0\0\0\0";
    let mut app1 = b"\xff\xe1".to_vec();
    app1.extend_from_slice(
        &u16::try_from(2 + 6 + tiff.len())
            .expect("small")
            .to_be_bytes(),
    );
    app1.extend_from_slice(b"Exif\0\0");
    app1.extend_from_slice(tiff);
    jpeg.splice(2..2, app1);
    let r = draw(FileType::Jpeg, &jpeg, 1, 1000).expect("renders");
    assert_eq!((r.width, r.height), (20, 40));
}

#[test]
fn a_width_over_the_maximum_is_narrowed_to_it() {
    let bytes = corpus("good", "invoice-table.pdf");
    let r = draw(FileType::Pdf, &bytes, 1, 100_000).expect("renders");
    assert_eq!(r.width, MAX_RENDER_WIDTH);
}

#[test]
fn broken_files_fail_with_their_reason() {
    let cases = [
        (
            "truncated.pdf",
            FileType::Pdf,
            "PDF is damaged or truncated",
        ),
        ("not-a-pdf.pdf", FileType::Pdf, "it has no %PDF header"),
        ("encrypted.pdf", FileType::Pdf, "PDF is encrypted"),
        (
            "truncated.png",
            FileType::Png,
            "PNG is damaged or truncated",
        ),
        (
            "pixel-bomb.png",
            FileType::Png,
            "over the 100 megapixel limit",
        ),
    ];
    for (name, file_type, reason) in cases {
        let err = draw(file_type, &corpus("broken", name), 1, 800).expect_err(name);
        assert!(err.to_string().contains(reason), "{name}: {err}");
    }
    // Bytes of another format than declared meet only the declared decoder.
    let err = draw(FileType::Jpeg, &corpus("good", "receipt.png"), 1, 800).expect_err("not JPEG");
    assert!(err.to_string().contains("JPEG"), "{err}");
    assert_eq!(draw(FileType::Png, b"", 1, 800), Err(ExtractError::Empty));
}

#[test]
fn a_type_without_pictures_says_so() {
    let err = draw(FileType::Docx, &corpus("good", "agreement.docx"), 1, 800).expect_err("docx");
    assert_eq!(
        err.to_string(),
        "DOCX has no picture form: only PDF pages and images are rendered"
    );
    assert!(!FileType::Docx.has_pictures() && FileType::Pdf.has_pictures());
}
