//! Redaction of an original: a PDF's pages or an image come out as a PDF
//! of pictures, with every occurrence of the strings asked for painted
//! over by an opaque box and left out of an invisible text layer that
//! holds the page's other words. The words and their boxes come from
//! where the extraction read the text the strings were found in: a PDF's
//! text layer (`pdftotext -bbox-layout`), or Tesseract for pages without
//! one and for images, read the same way, so its reading matches.
//!
//! Nothing under a box can be recovered: the box is in the pixels, the
//! text layer never had the word, and the file holds nothing of the
//! original but pixels and words (see `writer`).

mod matching;
mod writer;

use std::collections::HashSet;
use std::io::Write;
use std::path::Path;

use image::metadata::Orientation;
use image::{DynamicImage, RgbImage};

use crate::image::MAX_PIXELS;
use crate::render::{self, MAX_RENDER_WIDTH};
use crate::{ExtractError, FileType, Limits, check_size, layout, ocr, pdf};
use matching::{Target, Word};
use writer::{Picture, Placed, Turn, Writer};

/// PDF pages are drawn at this resolution: 10-point text comes out some
/// 20 pixels tall, sharp on screen and legible on paper, and an A4 page is
/// 1240 × 1754 pixels (2.2 megapixels) to cover and compress.
pub const REDACT_DPI: u32 = 150;

/// Images are laid on pages of at most this many points along their longer
/// side (the long side of A4), at most [`REDACT_DPI`] otherwise.
const MAX_IMAGE_PAGE_POINTS: f64 = 842.0;

/// JPEG quality for pages that were photographs (JPEG originals): their
/// noise makes lossless pictures several times larger.
const PHOTO_QUALITY: u8 = 85;

/// A redacted document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Redaction {
    /// The PDF: one picture per page, and the words not covered as
    /// invisible text.
    pub pdf: Vec<u8>,
    pub pages: u32,
    /// Places covered (one match, however many words it spans).
    pub covered: usize,
    /// Strings asked for that were found on no page: whoever asked should
    /// look at the pages themselves (a string the extraction read from a
    /// page is found there, but OCR misreadings and text drawn in pictures
    /// on a page with a text layer are beyond it).
    pub missed: usize,
}

/// Redacts a PDF or an image (`file_type` must have pictures, see
/// [`FileType::has_pictures`]): every occurrence of each of `targets` on
/// its pages is covered. Pages without a text layer, and images, are read
/// with OCR in `limits.ocr_languages` (none: nothing is found on them).
pub fn redact(
    file_type: FileType,
    bytes: &[u8],
    targets: &[String],
    limits: &Limits,
) -> Result<Redaction, ExtractError> {
    if !file_type.has_pictures() {
        return Err(ExtractError::Unreadable(format!(
            "{} has no pages to redact: only PDFs and images are redacted as a PDF",
            file_type.as_str().to_uppercase()
        )));
    }
    check_size(bytes, limits)?;
    let mut seen = HashSet::new();
    let targets: Vec<Target> = targets
        .iter()
        .filter(|t| seen.insert(t.as_str()))
        .filter_map(|t| Target::new(t))
        .collect();
    let mut job = Job {
        hit: vec![false; targets.len()],
        targets,
        covered: 0,
        writer: Writer::new(),
    };
    let pages = match file_type {
        FileType::Pdf => pdf_pages(bytes, limits, &mut job)?,
        _ => {
            image(file_type, bytes, limits, &mut job)?;
            1
        }
    };
    Ok(Redaction {
        missed: job.hit.iter().filter(|h| !**h).count(),
        covered: job.covered,
        pdf: job.writer.finish(),
        pages,
    })
}

/// The redaction under way.
struct Job {
    targets: Vec<Target>,
    /// Per target: found on some page so far.
    hit: Vec<bool>,
    covered: usize,
    writer: Writer,
}

/// A page to redact: its picture, and its words on it.
struct Sheet {
    picture: RgbImage,
    words: Vec<Word>,
    /// The size of a pixel on the output page, in points.
    points_per_pixel: f64,
    photo: bool,
    /// Which way the words run on the picture.
    turn: Turn,
}

impl Job {
    /// Covers the targets on `sheet` and adds it to the PDF as page `n`.
    fn add(&mut self, n: u32, sheet: Sheet) -> Result<(), ExtractError> {
        let Sheet {
            mut picture,
            words,
            points_per_pixel: k,
            photo,
            turn,
        } = sheet;
        let found = matching::find(&words, &self.targets);
        for (seen, now) in self.hit.iter_mut().zip(&found.hit) {
            *seen |= now;
        }
        self.covered += found.matches.len();
        let mut hidden = vec![false; words.len()];
        for matched in &found.matches {
            // One box per line the match runs over, gaps between its words
            // included: a box per word would show how the value is split.
            let mut spans: Vec<(usize, [f64; 4])> = Vec::new();
            for &i in matched {
                hidden[i] = true;
                let w = &words[i];
                match spans.iter_mut().find(|(line, _)| *line == w.line) {
                    Some((_, b)) => {
                        *b = [
                            b[0].min(w.x0),
                            b[1].min(w.y0),
                            b[2].max(w.x1),
                            b[3].max(w.y1),
                        ];
                    }
                    None => spans.push((w.line, [w.x0, w.y0, w.x1, w.y1])),
                }
            }
            for (_, b) in spans {
                paint(&mut picture, b);
            }
        }
        // Lines are as thick as their words are across: tall on a page
        // read left to right, wide on one whose lines run down or up.
        let across = |w: &Word| match turn {
            Turn::None | Turn::Half => (w.y0, w.y1),
            Turn::Quarter | Turn::ThreeQuarters => (w.x0, w.x1),
        };
        let lines = line_extents(&words, across);
        let height = f64::from(picture.height());
        let placed: Vec<Placed> = words
            .iter()
            .zip(&hidden)
            .filter(|(_, hidden)| !**hidden)
            .map(|(w, _)| {
                let (low, high) = lines
                    .iter()
                    .find(|(line, ..)| *line == w.line)
                    .map_or_else(|| across(w), |&(_, low, high)| (low, high));
                // About where a baseline sits in a line: a fifth of it is
                // below, for descenders.
                let size = high - low;
                let descent = 0.2 * size;
                let (x, y, length) = match turn {
                    Turn::None => (w.x0, high - descent, w.x1 - w.x0),
                    Turn::Half => (w.x1, low + descent, w.x1 - w.x0),
                    Turn::Quarter => (low + descent, w.y0, w.y1 - w.y0),
                    Turn::ThreeQuarters => (high - descent, w.y1, w.y1 - w.y0),
                };
                Placed {
                    x: x * k,
                    y: (height - y) * k,
                    length: length * k,
                    size: size * k,
                    turn,
                    text: w.text.clone(),
                }
            })
            .collect();
        let encoded = if photo {
            Picture::jpeg(&picture, PHOTO_QUALITY)
        } else {
            Picture::flate(&picture)
        }
        .map_err(|e| {
            ExtractError::Unreadable(format!("redacted page {n} could not be encoded ({e})"))
        })?;
        self.writer.page(
            f64::from(picture.width()) * k,
            height * k,
            &encoded,
            &placed,
        );
        Ok(())
    }
}

/// Each line's extent across (see `across`): the words of a line are set
/// on one baseline in the text layer, whatever their own boxes' heights.
fn line_extents(words: &[Word], across: impl Fn(&Word) -> (f64, f64)) -> Vec<(usize, f64, f64)> {
    let mut lines: Vec<(usize, f64, f64)> = Vec::new();
    for w in words {
        let (a, b) = across(w);
        match lines.iter_mut().find(|(line, ..)| *line == w.line) {
            Some((_, low, high)) => {
                *low = low.min(a);
                *high = high.max(b);
            }
            None => lines.push((w.line, a, b)),
        }
    }
    lines
}

/// Fills the box `[x0, y0, x1, y1]` (pixels), grown by a margin for ink
/// outside the measured box (accents, italics, OCR boxes cut tight), with
/// black. The margin follows the line's height, the box's shorter side
/// (its width where a turned page runs its lines down).
fn paint(picture: &mut RgbImage, [x0, y0, x1, y1]: [f64; 4]) {
    let pad = 1.0 + 0.15 * (x1 - x0).min(y1 - y0).max(0.0);
    let clamp = |v: f64, max: u32| v.clamp(0.0, f64::from(max)) as u32;
    let (w, h) = picture.dimensions();
    let (left, right) = (clamp((x0 - pad).floor(), w), clamp((x1 + pad).ceil(), w));
    let (top, bottom) = (clamp((y0 - pad).floor(), h), clamp((y1 + pad).ceil(), h));
    for y in top..bottom {
        for x in left..right {
            picture.put_pixel(x, y, image::Rgb([0, 0, 0]));
        }
    }
}

/// Redacts each page of a PDF; returns how many it has.
fn pdf_pages(bytes: &[u8], limits: &Limits, job: &mut Job) -> Result<u32, ExtractError> {
    let file = pdf::stage(bytes)?;
    let path = file.path();
    let pages = render::page_count(path)?;
    let last = pages.to_string();
    let info = pdf::run("pdfinfo", &["-f", "1", "-l", &last], path, &[])?;
    if !info.status.success() {
        return Err(pdf::failure(&info));
    }
    let info = String::from_utf8_lossy(&info.stdout).into_owned();
    // Word boxes relative to the crop box, as the pages are drawn; in the
    // page as shown (turned when the page is).
    let text = pdf::run(
        "pdftotext",
        &["-enc", "UTF-8", "-cropbox", "-bbox-layout"],
        path,
        &["-"],
    )?;
    if !text.status.success() {
        return Err(pdf::failure(&text));
    }
    let mut layout = layout::pages(&text.stdout).into_iter();
    let scratch = tempfile::Builder::new()
        .prefix("opencomplai-redact-")
        .tempdir()
        .map_err(|e| ExtractError::Unreadable(format!("could not stage the pages: {e}")))?;
    let mut ocr_left = limits.max_ocr_pages;
    for page in 1..=pages {
        let lines = layout::in_order(layout.next().unwrap_or_default());
        let dpi = page_dpi(render::page_box(&info, page));
        let picture = render::draw(path, page, &["-r", &format!("{dpi:.3}")])?.to_rgb8();
        let chars: usize = lines
            .iter()
            .flat_map(|l| &l.words)
            .map(|w| w.text.chars().filter(|c| !c.is_whitespace()).count())
            .sum();
        // The extraction's rule for a page without a usable text layer.
        let mut turn = Turn::None;
        let words = if chars >= pdf::MIN_PAGE_CHARS {
            // pdftotext gives the boxes on the page as shown; its words
            // run as the page is turned.
            turn = Turn::of_degrees(render::page_rotation(&info, page));
            let scale = dpi / 72.0;
            lines
                .iter()
                .enumerate()
                .flat_map(|(line, l)| {
                    l.words.iter().map(move |w| Word {
                        x0: w.x0 * scale,
                        y0: w.y0 * scale,
                        x1: w.x1 * scale,
                        y1: w.y1 * scale,
                        line,
                        text: w.text.clone(),
                    })
                })
                .collect()
        } else if !limits.ocr_languages.is_empty() && ocr_left > 0 {
            ocr_left -= 1;
            ocr_page(path, page, scratch.path(), &picture, &limits.ocr_languages)
        } else {
            Vec::new()
        };
        job.add(
            page,
            Sheet {
                picture,
                words,
                points_per_pixel: 72.0 / dpi,
                photo: false,
                turn,
            },
        )?;
    }
    Ok(pages)
}

/// [`REDACT_DPI`], or less for a page so large that its picture would be
/// over the pixel-bomb limit.
fn page_dpi(shown: Option<render::PageBox>) -> f64 {
    let dpi = f64::from(REDACT_DPI);
    match shown {
        Some(b) => {
            let fits = 72.0 * (MAX_PIXELS as f64 / (b.width * b.height)).sqrt();
            dpi.min(fits.floor()).max(1.0)
        }
        None => dpi,
    }
}

/// The words OCR reads on page `page`, drawn and read as the extraction
/// did (so that it reads the same), with their boxes scaled to `picture`;
/// none when the page cannot be drawn or read, as the extraction then
/// found nothing there either.
fn ocr_page(
    path: &Path,
    page: u32,
    scratch: &Path,
    picture: &RgbImage,
    languages: &str,
) -> Vec<Word> {
    let Ok(Some(image)) = pdf::draw_for_ocr(path, page as usize, scratch) else {
        return Vec::new();
    };
    let size = image::image_dimensions(&image);
    let read = ocr::recognise(&image, languages, Some(pdf::OCR_DPI));
    let _ = std::fs::remove_file(&image);
    match (read, size) {
        (Ok(read), Ok((w, _))) if w > 0 => {
            let scale = f64::from(picture.width()) / f64::from(w);
            ocr_words(read.located, scale)
        }
        _ => Vec::new(),
    }
}

fn ocr_words(located: Vec<ocr::OcrWord>, scale: f64) -> Vec<Word> {
    located
        .into_iter()
        .map(|w| Word {
            x0: f64::from(w.left) * scale,
            y0: f64::from(w.top) * scale,
            x1: f64::from(w.left + w.width) * scale,
            y1: f64::from(w.top + w.height) * scale,
            line: w.line,
            text: w.text,
        })
        .collect()
}

/// Redacts an image: OCR reads the file as the extraction did (the pixels
/// as stored); the picture is then turned as its EXIF says, the boxes with
/// it, and narrowed to [`MAX_RENDER_WIDTH`].
fn image(
    file_type: FileType,
    bytes: &[u8],
    limits: &Limits,
    job: &mut Job,
) -> Result<(), ExtractError> {
    let (picture, orientation) = render::decode_image(file_type, bytes)?;
    let mut words = if limits.ocr_languages.is_empty() {
        Vec::new()
    } else {
        let mut file = tempfile::Builder::new()
            .prefix("opencomplai-")
            .suffix(&format!(".{}", file_type.as_str()))
            .tempfile()
            .map_err(|e| ExtractError::Unreadable(format!("could not stage the image: {e}")))?;
        file.write_all(bytes)
            .map_err(|e| ExtractError::Unreadable(format!("could not stage the image: {e}")))?;
        ocr_words(
            ocr::recognise(file.path(), &limits.ocr_languages, None)?.located,
            1.0,
        )
    };
    let (w, h) = (picture.width(), picture.height());
    let mut picture = flatten(picture);
    if let Some(orientation) = orientation {
        let mut turned = DynamicImage::ImageRgb8(picture);
        turned.apply_orientation(orientation);
        picture = turned.to_rgb8();
        for word in &mut words {
            turn(word, orientation, f64::from(w), f64::from(h));
        }
    }
    if picture.width() > MAX_RENDER_WIDTH {
        let scale = f64::from(MAX_RENDER_WIDTH) / f64::from(picture.width());
        picture = DynamicImage::ImageRgb8(picture)
            .thumbnail(MAX_RENDER_WIDTH, u32::MAX)
            .to_rgb8();
        for word in &mut words {
            for v in [&mut word.x0, &mut word.y0, &mut word.x1, &mut word.y1] {
                *v *= scale;
            }
        }
    }
    let longer = f64::from(picture.width().max(picture.height()));
    let points_per_pixel = (72.0 / f64::from(REDACT_DPI)).min(MAX_IMAGE_PAGE_POINTS / longer);
    job.add(
        1,
        Sheet {
            picture,
            words,
            points_per_pixel,
            photo: file_type == FileType::Jpeg,
            turn: Turn::None,
        },
    )
}

/// The picture as 8-bit RGB, transparent parts laid on white (as viewers
/// show them) rather than on whatever colour they hold.
fn flatten(picture: DynamicImage) -> RgbImage {
    if !picture.color().has_alpha() {
        return picture.to_rgb8();
    }
    let rgba = picture.to_rgba8();
    RgbImage::from_fn(rgba.width(), rgba.height(), |x, y| {
        let [r, g, b, a] = rgba.get_pixel(x, y).0;
        let over = |c: u8| ((u32::from(c) * u32::from(a) + 255 * (255 - u32::from(a))) / 255) as u8;
        image::Rgb([over(r), over(g), over(b)])
    })
}

/// Moves `word`'s box as `orientation` moves the pixels of a `w` × `h`
/// picture.
fn turn(word: &mut Word, orientation: Orientation, w: f64, h: f64) {
    let point = |x: f64, y: f64| match orientation {
        Orientation::NoTransforms => (x, y),
        Orientation::Rotate90 => (h - y, x),
        Orientation::Rotate180 => (w - x, h - y),
        Orientation::Rotate270 => (y, w - x),
        Orientation::FlipHorizontal => (w - x, y),
        Orientation::FlipVertical => (x, h - y),
        Orientation::Rotate90FlipH => (y, x),
        Orientation::Rotate270FlipH => (h - y, w - x),
    };
    let (ax, ay) = point(word.x0, word.y0);
    let (bx, by) = point(word.x1, word.y1);
    (word.x0, word.x1) = (ax.min(bx), ax.max(bx));
    (word.y0, word.y1) = (ay.min(by), ay.max(by));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn word(x0: f64, y0: f64, x1: f64, y1: f64) -> Word {
        Word {
            x0,
            y0,
            x1,
            y1,
            line: 0,
            text: "w".into(),
        }
    }

    #[test]
    fn a_box_turns_with_the_pixels_it_covers() {
        // A 40 × 20 picture, a box near its top left corner.
        let at = |o| {
            let mut w = word(1.0, 2.0, 11.0, 6.0);
            turn(&mut w, o, 40.0, 20.0);
            (w.x0, w.y0, w.x1, w.y1)
        };
        assert_eq!(at(Orientation::NoTransforms), (1.0, 2.0, 11.0, 6.0));
        assert_eq!(at(Orientation::Rotate90), (14.0, 1.0, 18.0, 11.0));
        assert_eq!(at(Orientation::Rotate180), (29.0, 14.0, 39.0, 18.0));
        assert_eq!(at(Orientation::Rotate270), (2.0, 29.0, 6.0, 39.0));
        assert_eq!(at(Orientation::Rotate90FlipH), (2.0, 1.0, 6.0, 11.0));
    }

    #[test]
    fn a_painted_box_is_black_a_margin_beyond_the_word_and_stays_on_the_picture() {
        let mut picture = RgbImage::from_pixel(30, 20, image::Rgb([255, 255, 255]));
        paint(&mut picture, [10.0, 5.0, 20.0, 15.0]);
        let black = |x, y| picture.get_pixel(x, y).0 == [0, 0, 0];
        assert!(black(10, 5) && black(19, 14) && black(8, 3) && black(21, 16));
        assert!(!black(5, 10) && !black(25, 10) && !black(15, 19));
        paint(&mut picture, [-50.0, -50.0, 100.0, 100.0]);
        assert!(picture.pixels().all(|p| p.0 == [0, 0, 0]));
    }

    #[test]
    fn huge_pages_are_drawn_at_a_lower_resolution() {
        let a4 = render::PageBox {
            width: 595.0,
            height: 842.0,
            quarter_turned: false,
        };
        assert_eq!(page_dpi(Some(a4)), 150.0);
        assert_eq!(page_dpi(None), 150.0);
        let poster = render::PageBox {
            width: 14_400.0,
            height: 14_400.0,
            quarter_turned: false,
        };
        let dpi = page_dpi(Some(poster));
        assert!(
            (poster.width * dpi / 72.0).powi(2) <= MAX_PIXELS as f64,
            "{dpi}"
        );
    }
}
