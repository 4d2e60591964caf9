//! One PDF page or one image as a PNG picture, for showing a document's
//! original in a browser: PDF pages through poppler's `pdftoppm` (run like
//! the extraction's poppler calls, with a deadline, on a private temporary
//! copy), images decoded by the `image` crate under the pixel-bomb limit and
//! always encoded anew, so nothing but pixels (no EXIF, GPS position,
//! comments or trailing bytes) leaves the original.

use std::io::Cursor;
use std::path::Path;

use image::metadata::Orientation;
use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader};

use crate::image::{MAX_PIXELS, check_pixels, checked_size};
use crate::{ExtractError, FileType, Limits, check_size, pdf};

/// Pictures are at most this many pixels wide: wider asks are narrowed to
/// it. 4096 fills a 2048-pixel-wide viewer at twice the density (a HiDPI
/// screen) and keeps a page's PNG to a few MiB.
pub const MAX_RENDER_WIDTH: u32 = 4096;

/// The eight bytes every PNG starts with.
const PNG_SIGNATURE: &[u8; 8] = b"\x89PNG\r\n\x1a\n";

/// A page or image as a PNG.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    /// The picture: a PNG, made here from pixels only.
    pub png: Vec<u8>,
    /// Its size in pixels.
    pub width: u32,
    pub height: u32,
    /// How many pages the document has (1 for an image), so a viewer can
    /// offer the others.
    pub pages: u32,
}

impl Rendered {
    /// Wraps PNG bytes, reading the size from their header; `None` when
    /// they are not a PNG (the signature and the IHDR chunk that must come
    /// first).
    pub fn from_png(png: Vec<u8>, pages: u32) -> Option<Self> {
        if !png.starts_with(PNG_SIGNATURE) || png.get(12..16) != Some(b"IHDR".as_slice()) {
            return None;
        }
        let be = |at: usize| {
            png.get(at..at + 4)
                .and_then(|b| b.try_into().ok())
                .map(u32::from_be_bytes)
        };
        let (width, height) = (be(16)?, be(20)?);
        Some(Self {
            png,
            width,
            height,
            pages,
        })
    }
}

/// Renders page `page` (from 1) of a PDF, or an image (page 1 only; the
/// first frame of a multi-page TIFF or an animation), as a PNG at most
/// `max_width` pixels wide (at most [`MAX_RENDER_WIDTH`]). PDF pages are
/// drawn exactly that wide; images keep their size when narrower and are
/// never enlarged. Other types have no picture form
/// ([`FileType::has_pictures`]).
pub fn render(
    file_type: FileType,
    bytes: &[u8],
    page: u32,
    max_width: u32,
    limits: &Limits,
) -> Result<Rendered, ExtractError> {
    if !file_type.has_pictures() {
        return Err(ExtractError::Unreadable(format!(
            "{} has no picture form: only PDF pages and images are rendered",
            file_type.as_str().to_uppercase()
        )));
    }
    check_size(bytes, limits)?;
    let width = max_width.clamp(1, MAX_RENDER_WIDTH);
    match file_type {
        FileType::Pdf => pdf_page(bytes, page, width),
        _ => image(file_type, bytes, page, width),
    }
}

/// A page's size in PostScript points, as shown (crop box, rotation
/// applied), and whether it is turned a quarter (90° or 270°).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct PageBox {
    pub(crate) width: f64,
    pub(crate) height: f64,
    pub(crate) quarter_turned: bool,
}

fn pdf_page(bytes: &[u8], page: u32, width: u32) -> Result<Rendered, ExtractError> {
    let file = pdf::stage(bytes)?;
    let path = file.path();
    let pages = page_count(path)?;
    if page == 0 || page > pages {
        return Err(ExtractError::NoSuchPage { page, pages });
    }
    let n = page.to_string();
    let info = pdf::run("pdfinfo", &["-f", &n, "-l", &n], path, &[])?;
    if !info.status.success() {
        return Err(pdf::failure(&info));
    }
    let shown = page_box(&String::from_utf8_lossy(&info.stdout), page)
        .ok_or_else(|| ExtractError::Unreadable(format!("PDF page {page} has no usable size")))?;
    // A page a point wide and metres tall is a bomb of another kind: at
    // the asked width its picture would need gigabytes.
    let height = (f64::from(width) * shown.height / shown.width).ceil();
    if f64::from(width) * height > MAX_PIXELS as f64 {
        return Err(ExtractError::Unreadable(format!(
            "PDF page {page} is {:.0}×{:.0} points: {width} pixels wide it would be \
             {height:.0} pixels tall, over the {} megapixel limit",
            shown.width,
            shown.height,
            MAX_PIXELS / 1_000_000
        )));
    }
    let w = width.to_string();
    // pdftoppm scales the page before turning it: on a quarter-turned page
    // the width shown is its height as stored.
    let (x, y) = if shown.quarter_turned {
        ("-1", w.as_str())
    } else {
        (w.as_str(), "-1")
    };
    let picture = draw(path, page, &["-scale-to-x", x, "-scale-to-y", y])?;
    png(&picture, pages).map_err(|e| {
        ExtractError::Unreadable(format!("PDF page {page} could not be rendered ({e})"))
    })
}

/// How many pages the PDF at `path` has (at least one).
pub(crate) fn page_count(path: &Path) -> Result<u32, ExtractError> {
    let pages = pdf::info(path)?
        .get("page_count")
        .and_then(serde_json::Value::as_u64)
        .and_then(|n| u32::try_from(n).ok())
        .unwrap_or(0);
    if pages == 0 {
        return Err(ExtractError::Unreadable("PDF has no pages".into()));
    }
    Ok(pages)
}

/// Draws page `page` of the PDF at `path` with pdftoppm, sized by `size`
/// (its `-r` or `-scale-to-*` arguments).
pub(crate) fn draw(path: &Path, page: u32, size: &[&str]) -> Result<DynamicImage, ExtractError> {
    let dir = tempfile::Builder::new()
        .prefix("opencomplai-render-")
        .tempdir()
        .map_err(|e| ExtractError::Unreadable(format!("could not stage the page: {e}")))?;
    let prefix = dir.path().join("page");
    let prefix_arg = prefix.to_string_lossy().into_owned();
    let n = page.to_string();
    // The crop box is what PDF viewers show; the media box around it can
    // hold printer's marks or hidden margins. The page comes out as raw
    // pixels (PPM) and is encoded by the caller: for the corpus's
    // report.pdf at 1200 pixels, pdftoppm took 0.22 s writing PNG and
    // 0.03 s writing PPM (`/usr/bin/time`, poppler 22.12).
    let mut args = vec!["-cropbox", "-singlefile", "-f", &n, "-l", &n];
    args.extend_from_slice(size);
    let output = pdf::run("pdftoppm", &args, path, &[&prefix_arg])?;
    if !output.status.success() {
        return Err(pdf::failure(&output));
    }
    let not_rendered = |e: String| {
        ExtractError::Unreadable(format!("PDF page {page} could not be rendered ({e})"))
    };
    let ppm =
        std::fs::read(prefix.with_extension("ppm")).map_err(|e| not_rendered(e.to_string()))?;
    drop(dir);
    ImageReader::with_format(Cursor::new(ppm), ImageFormat::Pnm)
        .decode()
        .map_err(|e| not_rendered(e.to_string()))
}

/// `picture` as a PNG, with the encoder's balanced compression: page 1 of
/// the corpus's report.pdf at 1200 pixels, through the sandbox, came to
/// 91 KiB in 120 ms, against 197 KiB in 97 ms at its fastest setting
/// (median of 20, two busy cores).
fn png(picture: &DynamicImage, pages: u32) -> Result<Rendered, image::ImageError> {
    let mut png = Vec::new();
    picture.write_with_encoder(image::codecs::png::PngEncoder::new_with_quality(
        &mut png,
        image::codecs::png::CompressionType::Default,
        image::codecs::png::FilterType::Adaptive,
    ))?;
    Ok(Rendered {
        png,
        width: picture.width(),
        height: picture.height(),
        pages,
    })
}

/// Page `page`'s box from `pdfinfo -f N -l N` output (`Page    N size:  W x
/// H pts`, `Page    N rot:   R`); `None` without a positive finite size.
pub(crate) fn page_box(pdfinfo: &str, page: u32) -> Option<PageBox> {
    let size = page_field(pdfinfo, page, "size:")?;
    let mut numbers = size.split_whitespace();
    let w: f64 = numbers.next()?.parse().ok()?;
    let h: f64 = numbers.nth(1)?.parse().ok()?;
    if !(w.is_finite() && h.is_finite() && w > 0.0 && h > 0.0) {
        return None;
    }
    let quarter_turned = page_rotation(pdfinfo, page) % 180 == 90;
    Some(if quarter_turned {
        PageBox {
            width: h,
            height: w,
            quarter_turned,
        }
    } else {
        PageBox {
            width: w,
            height: h,
            quarter_turned,
        }
    })
}

/// How far page `page` is turned clockwise for showing, from `pdfinfo -f
/// N -l N` output: 0, 90, 180 or 270 degrees (0 when it does not say).
pub(crate) fn page_rotation(pdfinfo: &str, page: u32) -> u32 {
    page_field(pdfinfo, page, "rot:")
        .and_then(|r| r.parse::<i64>().ok())
        .and_then(|r| u32::try_from(r.rem_euclid(360)).ok())
        .unwrap_or(0)
}

/// The value of `Page N <name>` in `pdfinfo -f N -l N` output.
fn page_field<'a>(pdfinfo: &'a str, page: u32, name: &str) -> Option<&'a str> {
    pdfinfo.lines().find_map(|line| {
        let rest = line.strip_prefix("Page")?.trim_start();
        let rest = rest.strip_prefix(page.to_string().as_str())?;
        rest.trim_start().strip_prefix(name).map(str::trim)
    })
}

fn image(
    file_type: FileType,
    bytes: &[u8],
    page: u32,
    max_width: u32,
) -> Result<Rendered, ExtractError> {
    if page != 1 {
        return Err(ExtractError::NoSuchPage { page, pages: 1 });
    }
    let (mut picture, orientation) = decode_image(file_type, bytes)?;
    if let Some(orientation) = orientation {
        picture.apply_orientation(orientation);
    }
    if picture.width() > max_width {
        // Averages the pixels each output pixel covers: fast, and fine
        // when shrinking (the only way this goes).
        picture = picture.thumbnail(max_width, u32::MAX);
    }
    png(&eight_bit(picture), 1).map_err(|e| {
        ExtractError::Unreadable(format!(
            "{} could not be re-encoded ({e})",
            file_type.as_str().to_uppercase()
        ))
    })
}

/// Decodes an image (the first frame of a multi-page TIFF or an
/// animation) under the pixel-bomb limit, with the turn its EXIF records,
/// not yet applied: the pixels as stored, which is what Tesseract reads.
pub(crate) fn decode_image(
    file_type: FileType,
    bytes: &[u8],
) -> Result<(DynamicImage, Option<Orientation>), ExtractError> {
    let name = file_type.as_str().to_uppercase();
    let format = match file_type {
        FileType::Png => ImageFormat::Png,
        FileType::Jpeg => ImageFormat::Jpeg,
        FileType::Tiff => ImageFormat::Tiff,
        FileType::Webp => ImageFormat::WebP,
        _ => return Err(ExtractError::Unreadable(format!("{name} is not an image"))),
    };
    // The header's claim, before a byte is decoded.
    checked_size(bytes, file_type.as_str())?;
    let damaged = |e: image::ImageError| match e {
        image::ImageError::Limits(_) => ExtractError::Unreadable(format!(
            "{name} needs more memory to decode than rendering allows"
        )),
        image::ImageError::Unsupported(e) => {
            ExtractError::Unreadable(format!("{name} cannot be rendered ({e})"))
        }
        e => ExtractError::Unreadable(format!("{name} is damaged or truncated ({e})")),
    };
    // Only the decoder of the declared format reads the bytes: a file that
    // says it is a JPEG gets no chance at the TIFF parser. The decoder's
    // own limits (512 MiB of buffers by default) hold too.
    let mut decoder = ImageReader::with_format(Cursor::new(bytes), format)
        .into_decoder()
        .map_err(damaged)?;
    // The decoder's own idea of the size is what it will allocate for.
    let (w, h) = decoder.dimensions();
    check_pixels(u64::from(w), u64::from(h))?;
    // The picture leaves without its EXIF, so the turn a camera recorded
    // there is for the caller to apply to the pixels.
    let orientation = decoder.orientation().ok();
    let picture = DynamicImage::from_decoder(decoder).map_err(damaged)?;
    Ok((picture, orientation))
}

/// 8 bits a channel, as browsers show anyway: smaller PNGs, and the float
/// pixels a TIFF can hold have no PNG form at all.
pub(crate) fn eight_bit(picture: DynamicImage) -> DynamicImage {
    match picture {
        DynamicImage::ImageLuma8(_)
        | DynamicImage::ImageLumaA8(_)
        | DynamicImage::ImageRgb8(_)
        | DynamicImage::ImageRgba8(_) => picture,
        DynamicImage::ImageLuma16(_) => DynamicImage::ImageLuma8(picture.to_luma8()),
        DynamicImage::ImageLumaA16(_) => DynamicImage::ImageLumaA8(picture.to_luma_alpha8()),
        p if p.color().has_alpha() => DynamicImage::ImageRgba8(p.to_rgba8()),
        p => DynamicImage::ImageRgb8(p.to_rgb8()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_page_box_is_read_for_its_own_page_and_turned_when_rotated() {
        let out = "Pages:           12\n\
                   Page   11 size:  10 x 20 pts\n\
                   Page    1 size:  595.28 x 841.89 pts (A4)\n\
                   Page    1 rot:   270\n";
        assert_eq!(
            page_box(out, 1),
            Some(PageBox {
                width: 841.89,
                height: 595.28,
                quarter_turned: true
            })
        );
        assert_eq!(
            page_box(out, 11),
            Some(PageBox {
                width: 10.0,
                height: 20.0,
                quarter_turned: false
            })
        );
        assert_eq!(page_box(out, 2), None);
        assert_eq!((page_rotation(out, 1), page_rotation(out, 11)), (270, 0));
        assert_eq!(page_rotation("Page    3 rot:   -90\n", 3), 270);
        assert_eq!(page_box("Page    1 size:  0 x 20 pts\n", 1), None);
        assert_eq!(page_box("Page    1 size:  NaN x 20 pts\n", 1), None);
    }

    #[test]
    fn only_a_png_header_makes_a_rendered_picture() {
        assert_eq!(Rendered::from_png(b"GIF89a".to_vec(), 1), None);
        assert_eq!(Rendered::from_png(PNG_SIGNATURE.to_vec(), 1), None);
        let mut png = Vec::new();
        DynamicImage::new_rgb8(3, 2)
            .write_with_encoder(image::codecs::png::PngEncoder::new(&mut png))
            .expect("encodes");
        let r = Rendered::from_png(png, 1).expect("a PNG");
        assert_eq!((r.width, r.height, r.pages), (3, 2, 1));
    }
}
