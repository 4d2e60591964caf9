//! Reading order for PDF pages: poppler's `-bbox-layout` gives every line
//! with its box; a recursive XY-cut then splits the page at its widest
//! empty band, vertical (a column gutter) or horizontal (a gap between
//! blocks), so two columns are read one after the other, not line by line.

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::office::piece;

/// A column gutter must be at least this wide (points) to split on.
const MIN_GUTTER: f64 = 12.0;

#[derive(Debug, Clone)]
pub(crate) struct Line {
    x0: f64,
    y0: f64,
    x1: f64,
    y1: f64,
    text: String,
}

/// The lines of each page of a `pdftotext -bbox-layout` document.
pub(crate) fn pages(xhtml: &[u8]) -> Vec<Vec<Line>> {
    let mut reader = Reader::from_reader(xhtml);
    let mut pages: Vec<Vec<Line>> = Vec::new();
    let mut line: Option<Line> = None;
    let mut in_word = false;
    let mut buf = Vec::new();
    let num = |e: &quick_xml::events::BytesStart<'_>, k: &str| {
        e.attributes()
            .flatten()
            .find(|a| a.key.as_ref() == k)
            .and_then(|a| a.value.parse::<f64>().ok())
            .unwrap_or(0.0)
    };
    // A malformed tail ends the reading; what was read so far is kept.
    while let Ok(event) = reader.read_event_into(&mut buf) {
        match &event {
            Event::Start(e) => match e.name().as_ref() {
                "page" => pages.push(Vec::new()),
                "line" => {
                    line = Some(Line {
                        x0: num(e, "xMin"),
                        y0: num(e, "yMin"),
                        x1: num(e, "xMax"),
                        y1: num(e, "yMax"),
                        text: String::new(),
                    });
                }
                "word" => {
                    in_word = true;
                    if let Some(l) = line.as_mut()
                        && !l.text.is_empty()
                    {
                        l.text.push(' ');
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "word" => in_word = false,
                "line" => {
                    if let (Some(l), Some(page)) = (line.take(), pages.last_mut()) {
                        page.push(l);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            other if in_word => {
                if let (Some(text), Some(l)) = (piece(other), line.as_mut()) {
                    l.text.push_str(&text);
                }
            }
            _ => {}
        }
        buf.clear();
    }
    pages
}

/// The widest empty band between the intervals `span` gives, as
/// (width, where to cut); (0, _) when they all overlap.
fn widest_gap(lines: &[Line], span: impl Fn(&Line) -> (f64, f64)) -> (f64, f64) {
    let mut spans: Vec<(f64, f64)> = lines.iter().map(span).collect();
    spans.sort_by(|a, b| a.0.total_cmp(&b.0));
    let (mut best, mut at) = (0.0, 0.0);
    let mut end = spans.first().map_or(0.0, |s| s.1);
    for &(start, stop) in spans.iter().skip(1) {
        if start - end > best {
            best = start - end;
            at = (start + end) / 2.0;
        }
        end = end.max(stop);
    }
    (best, at)
}

/// Appends the lines' text to `out` in reading order.
pub(crate) fn read_in_order(lines: Vec<Line>, out: &mut Vec<String>) {
    if lines.len() <= 1 {
        out.extend(lines.into_iter().map(|l| l.text));
        return;
    }
    let (vgap, vcut) = widest_gap(&lines, |l| (l.x0, l.x1));
    let (hgap, hcut) = widest_gap(&lines, |l| (l.y0, l.y1));
    let (first, second): (Vec<Line>, Vec<Line>) = if vgap >= MIN_GUTTER && vgap >= hgap {
        lines.into_iter().partition(|l| l.x1 <= vcut)
    } else if hgap > 0.0 {
        lines.into_iter().partition(|l| l.y1 <= hcut)
    } else {
        let mut lines = lines;
        lines.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
        out.extend(lines.into_iter().map(|l| l.text));
        return;
    };
    read_in_order(first, out);
    read_in_order(second, out);
}

#[cfg(test)]
mod tests {
    use super::*;

    fn line(x0: f64, y0: f64, x1: f64, text: &str) -> Line {
        Line {
            x0,
            y0,
            x1,
            y1: y0 + 10.0,
            text: text.into(),
        }
    }

    #[test]
    fn two_columns_under_a_title_are_read_column_by_column() {
        let lines = vec![
            line(30.0, 20.0, 560.0, "Title across the page"),
            line(30.0, 60.0, 250.0, "left 1"),
            line(320.0, 60.0, 540.0, "right 1"),
            line(30.0, 77.0, 250.0, "left 2"),
            line(320.0, 77.0, 540.0, "right 2"),
        ];
        let mut out = Vec::new();
        read_in_order(lines, &mut out);
        assert_eq!(
            out,
            [
                "Title across the page",
                "left 1",
                "left 2",
                "right 1",
                "right 2"
            ]
        );
    }
}
