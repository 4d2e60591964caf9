//! OCR through Tesseract's command-line program (Debian packages
//! `tesseract-ocr` and `tesseract-ocr-<lang>` for the language data), run
//! like the poppler tools: a separate program with a deadline. Its TSV
//! output gives every word with a confidence and its box, from which the
//! text is rebuilt line by line and the mean confidence taken; redaction
//! covers the boxes.

use std::path::Path;

use crate::{ExtractError, tool};

/// What Tesseract read from one image.
#[derive(Debug, Default)]
pub(crate) struct Recognised {
    pub text: String,
    /// Words with a confidence (Tesseract gives -1 to non-words).
    pub words: usize,
    /// Sum of the words' confidences, 0..100 each.
    pub confidence_sum: f64,
    /// The words of `text`, in its order, with their boxes.
    pub located: Vec<OcrWord>,
}

/// A word Tesseract read, with its box in the image's pixels.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct OcrWord {
    pub left: u32,
    pub top: u32,
    pub width: u32,
    pub height: u32,
    /// Words of one line share this number (counted from 0 in the image).
    pub line: usize,
    pub text: String,
}

impl Recognised {
    /// The mean word confidence, 0..1.
    pub fn confidence(&self) -> Option<f64> {
        (self.words > 0).then(|| self.confidence_sum / self.words as f64 / 100.0)
    }
}

/// `languages` is checked before it reaches the command line: letters,
/// digits, `_` and `+` only (`eng`, `eng+deu`, `chi_sim`).
pub fn valid_languages(languages: &str) -> bool {
    !languages.is_empty()
        && languages
            .split('+')
            .all(|l| !l.is_empty() && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '_'))
}

/// Reads the text of the image at `image`. `dpi` is the image's
/// resolution when the caller knows it (rendered PDF pages).
pub(crate) fn recognise(
    image: &Path,
    languages: &str,
    dpi: Option<u32>,
) -> Result<Recognised, ExtractError> {
    if !valid_languages(languages) {
        return Err(ExtractError::Unreadable(format!(
            "OCR languages {languages:?} are not valid: use Tesseract codes joined by +, e.g. eng+deu"
        )));
    }
    let dpi = dpi.map(|d| d.to_string());
    // Page segmentation mode 3 (automatic, no orientation detection) keeps
    // table rows that mode 6 drops.
    let mut args = vec!["-l", languages, "--psm", "3"];
    if let Some(dpi) = &dpi {
        args.extend(["--dpi", dpi]);
    }
    let output = tool::run("tesseract", "tesseract-ocr", &[], image, &tail(&args))?;
    if !output.status.success() {
        let stderr = String::from_utf8_lossy(&output.stderr);
        if let Some(line) = stderr
            .lines()
            .find(|l| l.contains("Failed loading language"))
        {
            return Err(ExtractError::Unreadable(format!(
                "OCR language data is missing ({}); install the matching tesseract-ocr-<lang> Debian package",
                line.trim()
            )));
        }
        let first = stderr
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("Warning"))
            .unwrap_or("unknown error");
        return Err(ExtractError::Unreadable(format!(
            "OCR could not read this image ({first})"
        )));
    }
    Ok(parse_tsv(&String::from_utf8_lossy(&output.stdout)))
}

/// `tesseract IMAGE stdout ARGS… tsv`: the arguments after the image.
fn tail<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut all = vec!["stdout"];
    all.extend_from_slice(args);
    all.push("tsv");
    all
}

/// Rebuilds text from Tesseract's TSV: words joined by spaces, a new line
/// per line, a blank line between paragraphs and blocks.
fn parse_tsv(tsv: &str) -> Recognised {
    let mut out = Recognised::default();
    let mut last: Option<(&str, &str, &str, &str)> = None;
    for row in tsv.lines().skip(1) {
        let cols: Vec<&str> = row.split('\t').collect();
        // level page block par line word left top width height conf text
        if cols.len() < 12 || cols[0] != "5" {
            continue;
        }
        let word = cols[11].trim();
        let Ok(conf) = cols[10].parse::<f64>() else {
            continue;
        };
        if word.is_empty() || conf < 0.0 {
            continue;
        }
        let place = (cols[1], cols[2], cols[3], cols[4]);
        let line = match (out.located.last(), last) {
            (Some(prev), Some(l)) if l == place => prev.line,
            (Some(prev), _) => prev.line + 1,
            (None, _) => 0,
        };
        let px = |i: usize| cols[i].parse::<u32>().unwrap_or(0);
        out.located.push(OcrWord {
            left: px(6),
            top: px(7),
            width: px(8),
            height: px(9),
            line,
            text: word.to_owned(),
        });
        match last {
            Some(prev) if prev == place => out.text.push(' '),
            Some(prev) if (prev.0, prev.1, prev.2) == (place.0, place.1, place.2) => {
                out.text.push('\n');
            }
            Some(_) => out.text.push_str("\n\n"),
            None => {}
        }
        last = Some(place);
        out.text.push_str(word);
        out.words += 1;
        out.confidence_sum += conf.min(100.0);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tsv_becomes_lines_and_paragraphs_with_a_mean_confidence() {
        let tsv = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext\n\
            1\t1\t0\t0\t0\t0\t0\t0\t100\t100\t-1\t\n\
            5\t1\t1\t1\t1\t1\t0\t0\t1\t1\t90\tHello\n\
            5\t1\t1\t1\t1\t2\t0\t0\t1\t1\t80\tworld\n\
            5\t1\t1\t1\t2\t1\t0\t0\t1\t1\t70\tagain\n\
            5\t1\t2\t1\t1\t1\t0\t0\t1\t1\t60\tNext\n\
            5\t1\t2\t1\t1\t2\t0\t0\t1\t1\t-1\t \n";
        let r = parse_tsv(tsv);
        assert_eq!(r.text, "Hello world\nagain\n\nNext");
        assert_eq!(r.words, 4);
        let lines: Vec<(&str, usize)> = r
            .located
            .iter()
            .map(|w| (w.text.as_str(), w.line))
            .collect();
        assert_eq!(
            lines,
            [("Hello", 0), ("world", 0), ("again", 1), ("Next", 2)]
        );
        assert!((r.confidence().unwrap_or_default() - 0.75).abs() < 1e-9);
    }

    #[test]
    fn language_lists_are_checked_before_use() {
        assert!(valid_languages("eng"));
        assert!(valid_languages("eng+deu+chi_sim"));
        assert!(!valid_languages(""));
        assert!(!valid_languages("eng+"));
        assert!(!valid_languages("eng; rm -rf"));
    }
}
