//! A minimal PDF written by hand: each page one picture, filling it, and
//! under it an invisible text layer (render mode 3, as OCR'd PDFs have) in
//! Courier, each word stretched to its box, so text tools and search still
//! find the words that were not covered. Nothing of the original file but
//! those pixels and words is carried over: no metadata, links, forms,
//! attachments or scripts.

use std::fmt::Write as _;

/// A page picture, compressed for the PDF.
#[derive(Debug)]
pub(crate) enum Picture {
    /// PNG's compressed rows, which a PDF reads as Flate with PNG
    /// predictors: lossless, for drawn pages and text.
    Flate {
        data: Vec<u8>,
        width: u32,
        height: u32,
        gray: bool,
    },
    /// A JPEG, for photographs.
    Jpeg {
        data: Vec<u8>,
        width: u32,
        height: u32,
        gray: bool,
    },
}

/// Why a picture could not go into the PDF.
#[derive(Debug, thiserror::Error)]
pub(crate) enum PictureError {
    #[error("{0}")]
    Encode(#[from] image::ImageError),
    #[error("the PNG encoder wrote an unexpected layout")]
    Layout,
}

impl Picture {
    /// `picture` losslessly: gray when it has no colour (half the size).
    pub(crate) fn flate(picture: &image::RgbImage) -> Result<Self, PictureError> {
        use image::ImageEncoder;
        use image::codecs::png::{CompressionType, FilterType, PngEncoder};

        let (width, height) = picture.dimensions();
        let gray = is_gray(picture);
        let mut png = Vec::new();
        // The balanced setting: page 1 of the corpus's letter.pdf at 150
        // dpi (gray) came to 28 KiB in 20 ms, against 41 KiB in 10 ms at
        // the fastest and 26 KiB in 63 ms at the best (median of 5, dev
        // build); rendering the page takes longer than either.
        let encoder =
            PngEncoder::new_with_quality(&mut png, CompressionType::Default, FilterType::Adaptive);
        if gray {
            let luma: Vec<u8> = picture.pixels().map(|p| p.0[0]).collect();
            encoder.write_image(&luma, width, height, image::ExtendedColorType::L8)?;
        } else {
            encoder.write_image(
                picture.as_raw(),
                width,
                height,
                image::ExtendedColorType::Rgb8,
            )?;
        }
        Ok(Self::Flate {
            data: idat(&png).ok_or(PictureError::Layout)?,
            width,
            height,
            gray,
        })
    }

    /// `picture` as a JPEG of the given quality (1–100).
    pub(crate) fn jpeg(picture: &image::RgbImage, quality: u8) -> Result<Self, PictureError> {
        use image::codecs::jpeg::JpegEncoder;

        let (width, height) = picture.dimensions();
        let gray = is_gray(picture);
        let mut data = Vec::new();
        let mut encoder = JpegEncoder::new_with_quality(&mut data, quality);
        if gray {
            let luma: Vec<u8> = picture.pixels().map(|p| p.0[0]).collect();
            encoder.encode(&luma, width, height, image::ExtendedColorType::L8)?;
        } else {
            encoder.encode(
                picture.as_raw(),
                width,
                height,
                image::ExtendedColorType::Rgb8,
            )?;
        }
        Ok(Self::Jpeg {
            data,
            width,
            height,
            gray,
        })
    }
}

fn is_gray(picture: &image::RgbImage) -> bool {
    picture
        .pixels()
        .all(|p| p.0[0] == p.0[1] && p.0[1] == p.0[2])
}

/// The concatenated IDAT data of a PNG that is 8 bits a sample, gray or
/// RGB, and not interlaced: exactly a Flate stream with PNG predictors.
fn idat(png: &[u8]) -> Option<Vec<u8>> {
    let mut at = 8;
    let mut data = Vec::new();
    while at + 8 <= png.len() {
        let len = u32::from_be_bytes(png.get(at..at + 4)?.try_into().ok()?) as usize;
        let kind = png.get(at + 4..at + 8)?;
        let body = png.get(at + 8..at + 8 + len)?;
        match kind {
            // Width, height, bit depth, colour type, compression, filter,
            // interlace.
            b"IHDR" if body.get(8) != Some(&8) || !matches!(body.get(9), Some(0 | 2)) => {
                return None;
            }
            b"IHDR" if body.get(12) != Some(&0) => return None,
            b"IDAT" => data.extend_from_slice(body),
            _ => {}
        }
        at += 12 + len;
    }
    (!data.is_empty()).then_some(data)
}

/// A word of the invisible text layer, in PDF points from the page's
/// bottom left corner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Placed {
    /// Where the word's baseline starts.
    pub x: f64,
    pub y: f64,
    /// How far it runs.
    pub length: f64,
    /// The font size: the height of the word's line.
    pub size: f64,
    /// Which way it runs: clockwise from left to right, in quarters.
    pub turn: Turn,
    pub text: String,
}

/// How far a page's text is turned clockwise from reading left to right:
/// a PDF page set to be shown turned has its text turned with it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) enum Turn {
    #[default]
    None,
    /// Lines run down the page.
    Quarter,
    /// Upside down.
    Half,
    /// Lines run up the page.
    ThreeQuarters,
}

impl Turn {
    /// From a page's rotation in degrees (multiples of 90).
    pub(crate) fn of_degrees(degrees: u32) -> Self {
        match degrees % 360 {
            90 => Self::Quarter,
            180 => Self::Half,
            270 => Self::ThreeQuarters,
            _ => Self::None,
        }
    }

    /// The text matrix's turning part: the baseline's direction, then the
    /// glyphs' up.
    fn matrix(self) -> &'static str {
        match self {
            Self::None => "1 0 0 1",
            Self::Quarter => "0 -1 1 0",
            Self::Half => "-1 0 0 -1",
            Self::ThreeQuarters => "0 1 -1 0",
        }
    }
}

/// A PDF being written page by page: each page's objects go out as soon as
/// it is added, so only the output grows with the page count.
pub(crate) struct Writer {
    out: Vec<u8>,
    /// Byte offsets of objects 1, 2, …: the cross-reference table.
    offsets: Vec<usize>,
    kids: Vec<usize>,
}

/// Objects 1–3 are written last but numbered first: the catalog, the page
/// tree (which must list every page) and the font all pages share.
const CATALOG: usize = 1;
const PAGES: usize = 2;
const FONT: usize = 3;

impl Writer {
    pub(crate) fn new() -> Self {
        let mut out = Vec::new();
        // A binary comment on line 2 tells transfer tools the file is not
        // text.
        out.extend_from_slice(b"%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
        Self {
            out,
            offsets: vec![0; FONT],
            kids: Vec::new(),
        }
    }

    /// Adds a page `width` × `height` points showing `picture` across it,
    /// with `words` as its invisible text.
    pub(crate) fn page(&mut self, width: f64, height: f64, picture: &Picture, words: &[Placed]) {
        let id = self.offsets.len() + 1;
        let (content_id, image_id) = (id + 1, id + 2);
        self.object(
            id,
            format!(
                "<< /Type /Page /Parent {PAGES} 0 R /MediaBox [0 0 {width:.2} {height:.2}] \
                 /Resources << /XObject << /Im0 {image_id} 0 R >> /Font << /F1 {FONT} 0 R >> >> \
                 /Contents {content_id} 0 R >>"
            )
            .as_bytes(),
        );
        let content = content(width, height, words);
        self.stream(
            content_id,
            &format!("<< /Length {} >>", content.len()),
            &content,
        );
        let (dict, data) = match picture {
            Picture::Flate {
                data,
                width,
                height,
                gray,
            } => (
                format!(
                    "<< /Type /XObject /Subtype /Image /Width {width} /Height {height} \
                     /ColorSpace /{} /BitsPerComponent 8 /Filter /FlateDecode \
                     /DecodeParms << /Predictor 15 /Colors {} /BitsPerComponent 8 /Columns {width} >> \
                     /Length {} >>",
                    if *gray { "DeviceGray" } else { "DeviceRGB" },
                    if *gray { 1 } else { 3 },
                    data.len()
                ),
                data,
            ),
            Picture::Jpeg {
                data,
                width,
                height,
                gray,
            } => (
                format!(
                    "<< /Type /XObject /Subtype /Image /Width {width} /Height {height} \
                     /ColorSpace /{} /BitsPerComponent 8 /Filter /DCTDecode /Length {} >>",
                    if *gray { "DeviceGray" } else { "DeviceRGB" },
                    data.len()
                ),
                data,
            ),
        };
        self.stream(image_id, &dict, data);
        self.kids.push(id);
    }

    /// The finished file.
    pub(crate) fn finish(mut self) -> Vec<u8> {
        self.object(
            CATALOG,
            format!("<< /Type /Catalog /Pages {PAGES} 0 R >>").as_bytes(),
        );
        let kids: Vec<String> = self.kids.iter().map(|k| format!("{k} 0 R")).collect();
        self.object(
            PAGES,
            format!(
                "<< /Type /Pages /Kids [{}] /Count {} >>",
                kids.join(" "),
                self.kids.len()
            )
            .as_bytes(),
        );
        // The standard Courier needs no embedding, and with one width for
        // every glyph each word is stretched to its box with `Tz` alone.
        self.object(
            FONT,
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>",
        );
        let xref = self.out.len();
        let count = self.offsets.len() + 1;
        let mut table = format!("xref\n0 {count}\n0000000000 65535 f \n");
        for offset in &self.offsets {
            // Each entry exactly 20 bytes, its end of line two.
            let _ = writeln!(table, "{offset:010} 00000 n ");
        }
        let _ = write!(
            table,
            "trailer\n<< /Size {count} /Root {CATALOG} 0 R >>\nstartxref\n{xref}\n%%EOF\n"
        );
        self.out.extend_from_slice(table.as_bytes());
        self.out
    }

    fn object(&mut self, id: usize, body: &[u8]) {
        self.begin(id);
        self.out.extend_from_slice(body);
        self.out.extend_from_slice(b"\nendobj\n");
    }

    fn stream(&mut self, id: usize, dict: &str, data: &[u8]) {
        self.begin(id);
        self.out.extend_from_slice(dict.as_bytes());
        self.out.extend_from_slice(b"\nstream\n");
        self.out.extend_from_slice(data);
        self.out.extend_from_slice(b"\nendstream\nendobj\n");
    }

    fn begin(&mut self, id: usize) {
        if self.offsets.len() < id {
            self.offsets.resize(id, 0);
        }
        self.offsets[id - 1] = self.out.len();
        self.out
            .extend_from_slice(format!("{id} 0 obj\n").as_bytes());
    }
}

/// Courier's glyphs are all 600/1000 of the font size wide.
const COURIER_ADVANCE: f64 = 0.6;

/// The page's drawing: the picture across the page, then the words,
/// invisible.
fn content(width: f64, height: f64, words: &[Placed]) -> Vec<u8> {
    let mut out = format!("q {width:.2} 0 0 {height:.2} 0 0 cm /Im0 Do Q\n");
    let mut open = false;
    for word in words {
        let bytes = win_ansi(&word.text);
        if bytes.is_empty() || !(word.size.is_finite() && word.size > 0.0) {
            continue;
        }
        let natural = COURIER_ADVANCE * word.size * bytes.len() as f64;
        let stretch = (100.0 * word.length / natural).clamp(1.0, 1000.0);
        if !stretch.is_finite() || !word.x.is_finite() || !word.y.is_finite() {
            continue;
        }
        if !open {
            out.push_str("BT 3 Tr\n");
            open = true;
        }
        let hex: String = bytes.iter().map(|b| format!("{b:02X}")).collect();
        let _ = writeln!(
            out,
            "/F1 {:.2} Tf {stretch:.2} Tz {} {:.2} {:.2} Tm <{hex}> Tj",
            word.size,
            word.turn.matrix(),
            word.x,
            word.y
        );
    }
    if open {
        out.push_str("ET\n");
    }
    out.into_bytes()
}

/// `text` in WinAnsiEncoding (Windows-1252), the standard fonts' encoding;
/// characters it has no byte for become `?`, control characters go.
fn win_ansi(text: &str) -> Vec<u8> {
    let mut out = Vec::with_capacity(text.len());
    let mut buf = [0u8; 4];
    for c in text.chars().filter(|c| !c.is_control()) {
        let (bytes, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        match bytes.as_ref() {
            [b] if !unmappable => out.push(*b),
            _ => out.push(b'?'),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_written_in_win_ansi_with_a_question_mark_for_the_rest() {
        assert_eq!(win_ansi("Grüße €5"), b"Gr\xFC\xDFe \x805");
        assert_eq!(win_ansi("日本\u{7}"), b"??");
    }

    #[test]
    fn only_plain_8_bit_pngs_give_their_rows() {
        let mut png = Vec::new();
        image::DynamicImage::new_rgb8(3, 2)
            .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
            .expect("encodes");
        assert!(idat(&png).is_some_and(|d| !d.is_empty()));
        let mut png16 = Vec::new();
        image::DynamicImage::new_rgb16(3, 2)
            .write_to(
                &mut std::io::Cursor::new(&mut png16),
                image::ImageFormat::Png,
            )
            .expect("encodes");
        assert_eq!(idat(&png16), None);
        assert_eq!(idat(b"\x89PNG\r\n\x1a\n"), None);
    }
}
