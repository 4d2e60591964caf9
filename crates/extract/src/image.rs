//! Images (PNG, JPEG, TIFF, WebP): size from the header, EXIF tags into the
//! metadata (camera, dates, and GPS position, which is personal data worth
//! seeing), and the text through Tesseract OCR with its mean confidence.

use std::io::Write;

use serde_json::{Map, Value, json};

use crate::{ExtractError, Extraction, Extractor, Limits, ocr};

/// Images larger than this are not decoded (a decompression bomb is a
/// small file that claims enormous dimensions).
pub(crate) const MAX_PIXELS: u64 = 100_000_000;
/// At most this many EXIF fields are kept, each cut to this many characters.
const MAX_EXIF_FIELDS: usize = 100;
const MAX_EXIF_VALUE: usize = 200;

pub(crate) struct Image;

impl Extractor for Image {
    fn extract(&self, bytes: &[u8], limits: &Limits) -> Result<Extraction, ExtractError> {
        let format = infer::get(bytes)
            .and_then(|k| k.mime_type().strip_prefix("image/"))
            .unwrap_or("image")
            .to_owned();
        let (width, height) = checked_size(bytes, &format)?;
        let mut out = Extraction::default();
        out.metadata.insert("width".into(), json!(width));
        out.metadata.insert("height".into(), json!(height));
        out.metadata.insert("format".into(), json!(format));
        let exif = exif_fields(bytes);
        if !exif.is_empty() {
            for (ours, tag) in [
                ("created", "DateTimeOriginal"),
                ("camera_make", "Make"),
                ("camera_model", "Model"),
                ("author", "Artist"),
                ("description", "ImageDescription"),
            ] {
                if let Some(v) = exif.get(tag) {
                    out.metadata.insert(ours.into(), v.clone());
                }
            }
            if exif.contains_key("GPSLatitude") {
                out.notes
                    .push("the image's EXIF data records a GPS position".into());
            }
            out.metadata.insert("exif".into(), Value::Object(exif));
        }
        out.images
            .push(json!({"width": width, "height": height, "format": format}));
        if limits.ocr_languages.is_empty() {
            out.notes
                .push("OCR is switched off; no text was read from this image".into());
            return Ok(out);
        }
        let mut file = tempfile::Builder::new()
            .prefix("opencomplai-")
            .suffix(&format!(".{format}"))
            .tempfile()
            .map_err(|e| ExtractError::Unreadable(format!("could not stage the image: {e}")))?;
        file.write_all(bytes)
            .map_err(|e| ExtractError::Unreadable(format!("could not stage the image: {e}")))?;
        let read = ocr::recognise(file.path(), &limits.ocr_languages, None).map_err(|e| {
            // Tesseract reads the whole image: where it fails, the image
            // is bad (the header, checked above, was fine).
            match e {
                ExtractError::Unreadable(m) if m.starts_with("OCR could not read") => {
                    let reason = m
                        .split_once('(')
                        .map_or("", |(_, r)| r.trim_end_matches(')'));
                    ExtractError::Unreadable(format!(
                        "{} is damaged or truncated ({reason})",
                        format.to_uppercase()
                    ))
                }
                other => other,
            }
        })?;
        out.ocr_confidence = read.confidence();
        match read.confidence() {
            Some(c) => out.notes.push(format!(
                "text read by OCR ({}, {} words, mean confidence {c:.2})",
                limits.ocr_languages, read.words
            )),
            None => out.notes.push("OCR found no text in this image".into()),
        }
        out.text = read.text;
        Ok(out)
    }
}

/// The width and height the image's header claims, refused when it has
/// no pixels or more than [`MAX_PIXELS`]: read before anything is decoded.
/// `format` names the format in messages (`png`, `jpeg`, ...).
pub(crate) fn checked_size(bytes: &[u8], format: &str) -> Result<(u64, u64), ExtractError> {
    let size = imagesize::blob_size(bytes).map_err(|e| {
        ExtractError::Unreadable(format!(
            "{} is damaged or truncated ({e})",
            format.to_uppercase()
        ))
    })?;
    let (width, height) = (size.width as u64, size.height as u64);
    if width == 0 || height == 0 {
        return Err(ExtractError::Unreadable(format!(
            "{} has no pixels ({width}×{height})",
            format.to_uppercase()
        )));
    }
    check_pixels(width, height)?;
    Ok((width, height))
}

/// Refuses pictures over [`MAX_PIXELS`] (the pixel-bomb limit).
pub(crate) fn check_pixels(width: u64, height: u64) -> Result<(), ExtractError> {
    if width.saturating_mul(height) > MAX_PIXELS {
        return Err(ExtractError::Unreadable(format!(
            "image is {width}×{height} pixels, over the {} megapixel limit",
            MAX_PIXELS / 1_000_000
        )));
    }
    Ok(())
}

/// The image's EXIF tags as name → displayed value; none when it has no
/// EXIF block or the block is unreadable (that is not an error).
fn exif_fields(bytes: &[u8]) -> Map<String, Value> {
    let mut out = Map::new();
    let Ok(exif) = exif::Reader::new().read_from_container(&mut std::io::Cursor::new(bytes)) else {
        return out;
    };
    for field in exif.fields() {
        if out.len() >= MAX_EXIF_FIELDS {
            break;
        }
        if field.ifd_num != exif::In::PRIMARY
            || matches!(field.tag, exif::Tag::MakerNote | exif::Tag::UserComment)
        {
            continue;
        }
        let value = field.display_value().with_unit(&exif).to_string();
        let value: String = value
            .trim_matches('"')
            .chars()
            .take(MAX_EXIF_VALUE)
            .collect();
        if !value.trim().is_empty() {
            out.insert(field.tag.to_string(), Value::String(value));
        }
    }
    out
}
