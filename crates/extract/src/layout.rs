//! Reading order for PDF pages: poppler's `-bbox-layout` gives every line
//! with its box; a recursive XY-cut then splits the page at its widest
//! empty band, vertical (a column gutter) or horizontal (a gap between
//! blocks), so two columns are read one after the other, not line by line.
//! Each line keeps its words' boxes too, which redaction covers.

use quick_xml::Reader;
use quick_xml::events::Event;

use crate::office::piece;

/// A column gutter must be at least this wide (points) to split on...
const MIN_GUTTER: f64 = 12.0;
/// ...or this many of its lines' (median) heights.
const GUTTER_HEIGHTS: f64 = 1.2;

#[derive(Debug, Clone)]
pub(crate) struct Line {
    pub(crate) x0: f64,
    pub(crate) y0: f64,
    pub(crate) x1: f64,
    pub(crate) y1: f64,
    pub(crate) text: String,
    pub(crate) words: Vec<Word>,
    /// A table found on the page, standing in for its cells' lines.
    pub(crate) table: bool,
    /// One character to a box, evenly spaced: a form's comb field.
    pub(crate) comb: bool,
}

impl Line {
    /// A line with no text and a box that any union grows from.
    pub(crate) fn empty() -> Self {
        Line {
            x0: f64::MAX,
            y0: f64::MAX,
            x1: f64::MIN,
            y1: f64::MIN,
            text: String::new(),
            words: Vec::new(),
            table: false,
            comb: false,
        }
    }

    /// Taller than wide with more than a letter: text set sideways.
    fn sideways(&self) -> bool {
        self.text.chars().count() > 2 && (self.y1 - self.y0) > 2.0 * (self.x1 - self.x0)
    }
}

/// One page: its size in points and its lines.
pub(crate) struct Page {
    pub(crate) height: f64,
    pub(crate) lines: Vec<Line>,
}

/// Comb boxes: at least this many one-character words at an even pitch.
const MIN_COMB: usize = 3;
/// Comb boxes stand closer than this many character widths apart.
const MAX_COMB_PITCH: f64 = 4.0;

/// One word with its box, in points from the page's top left corner.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Word {
    pub(crate) x0: f64,
    pub(crate) y0: f64,
    pub(crate) x1: f64,
    pub(crate) y1: f64,
    pub(crate) text: String,
}

/// The lines of each page of a `pdftotext -bbox-layout` document.
pub(crate) fn pages(xhtml: &[u8]) -> Vec<Vec<Line>> {
    sized_pages(xhtml).into_iter().map(|p| p.lines).collect()
}

/// The pages of a `pdftotext -bbox-layout` document with their heights.
pub(crate) fn sized_pages(xhtml: &[u8]) -> Vec<Page> {
    sized_pages_from(xhtml)
}

/// [`sized_pages`] read as the document streams in (from the program's
/// pipe, while it still writes).
pub(crate) fn sized_pages_from(xhtml: impl std::io::BufRead) -> Vec<Page> {
    let mut reader = Reader::from_reader(xhtml);
    let mut pages: Vec<Page> = Vec::new();
    let mut line: Option<Line> = None;
    let mut word: Option<Word> = None;
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
                "page" => pages.push(Page {
                    height: num(e, "height"),
                    lines: Vec::new(),
                }),
                "line" => {
                    line = Some(Line {
                        x0: num(e, "xMin"),
                        y0: num(e, "yMin"),
                        x1: num(e, "xMax"),
                        y1: num(e, "yMax"),
                        ..Line::empty()
                    });
                }
                "word" => {
                    word = Some(Word {
                        x0: num(e, "xMin"),
                        y0: num(e, "yMin"),
                        x1: num(e, "xMax"),
                        y1: num(e, "yMax"),
                        text: String::new(),
                    });
                    if let Some(l) = line.as_mut()
                        && !l.text.is_empty()
                    {
                        l.text.push(' ');
                    }
                }
                _ => {}
            },
            Event::End(e) => match e.name().as_ref() {
                "word" => {
                    if let (Some(mut w), Some(l)) = (word.take(), line.as_mut())
                        && [w.x0, w.y0, w.x1, w.y1].iter().all(|v| v.is_finite())
                    {
                        (w.x0, w.x1) = (w.x0.min(w.x1), w.x0.max(w.x1));
                        (w.y0, w.y1) = (w.y0.min(w.y1), w.y0.max(w.y1));
                        l.words.push(w);
                    }
                }
                "line" => {
                    if let (Some(mut l), Some(page)) = (line.take(), pages.last_mut()) {
                        // Boxes as poppler writes them are finite and
                        // ordered; anything else is put right or dropped.
                        if [l.x0, l.y0, l.x1, l.y1].iter().all(|v| v.is_finite()) {
                            (l.x0, l.x1) = (l.x0.min(l.x1), l.x0.max(l.x1));
                            (l.y0, l.y1) = (l.y0.min(l.y1), l.y0.max(l.y1));
                            join_comb(&mut l);
                            page.lines.push(l);
                        }
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            other if word.is_some() => {
                if let (Some(text), Some(l)) = (piece(other), line.as_mut()) {
                    l.text.push_str(&text);
                    if let Some(w) = word.as_mut() {
                        w.text.push_str(&text);
                    }
                }
            }
            _ => {}
        }
        buf.clear();
    }
    pages
}

/// Writes a comb field's evenly spaced characters as one word.
fn join_comb(line: &mut Line) {
    let w = &line.words;
    if w.len() < MIN_COMB || w.iter().any(|w| w.text.chars().count() != 1) {
        return;
    }
    let gaps: Vec<f64> = w.windows(2).map(|p| p[1].x0 - p[0].x0).collect();
    let (lo, hi) = gaps
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), &g| (lo.min(g), hi.max(g)));
    if lo > 0.0 && hi - lo < 1.0 {
        line.text = w.iter().map(|w| w.text.as_str()).collect();
        line.comb = true;
    }
}

/// A bullet alone on its line joins the item text to its right, so the
/// bullets are not read as a column of their own.
fn attach_bullets(lines: &mut Vec<Line>) {
    const REACH: f64 = 36.0;
    let bullet = |l: &Line| {
        let t = l.text.trim();
        t.chars().count() == 1 && !t.chars().any(char::is_alphanumeric)
    };
    let mut i = 0;
    while i < lines.len() {
        if !bullet(&lines[i]) {
            i += 1;
            continue;
        }
        let b = lines[i].clone();
        let mid = (b.y0 + b.y1) / 2.0;
        let item = (0..lines.len())
            .filter(|&j| j != i && !bullet(&lines[j]))
            .filter(|&j| mid > lines[j].y0 && mid < lines[j].y1)
            .filter(|&j| lines[j].x0 >= b.x1 - 1.0 && lines[j].x0 - b.x1 < REACH)
            .min_by(|&x, &y| lines[x].x0.total_cmp(&lines[y].x0));
        let Some(j) = item else {
            i += 1;
            continue;
        };
        let l = &mut lines[j];
        l.text = format!("{} {}", b.text.trim(), l.text);
        l.x0 = l.x0.min(b.x0);
        l.y0 = l.y0.min(b.y0);
        l.y1 = l.y1.max(b.y1);
        let mut words = b.words;
        words.append(&mut l.words);
        l.words = words;
        lines.remove(i);
    }
}

/// Splits off the lines set sideways, which are read after the rest of
/// the page in their own order.
pub(crate) fn sideways(lines: Vec<Line>) -> (Vec<Line>, Vec<Line>) {
    lines.into_iter().partition(|l| !l.sideways())
}

/// Prepares a page's lines for tables and reading order.
pub(crate) fn tidy(lines: &mut Vec<Line>) {
    join_comb_lines(lines);
    attach_combs(lines);
    attach_bullets(lines);
}

/// A comb field joins its label, the line just left of it on its
/// baseline, so a form reads label by value, not labels then values.
fn attach_combs(lines: &mut Vec<Line>) {
    const REACH: f64 = 144.0;
    let mut i = 0;
    while i < lines.len() {
        if !lines[i].comb {
            i += 1;
            continue;
        }
        let c = &lines[i];
        let mid = (c.y0 + c.y1) / 2.0;
        let label = (0..lines.len())
            .filter(|&j| j != i && !lines[j].comb)
            .filter(|&j| mid > lines[j].y0 && mid < lines[j].y1)
            .filter(|&j| lines[j].x1 <= c.x0 + 1.0 && c.x0 - lines[j].x1 < REACH)
            .max_by(|&x, &y| lines[x].x1.total_cmp(&lines[y].x1));
        let Some(j) = label else {
            i += 1;
            continue;
        };
        let c = lines.remove(i);
        let j = if j > i { j - 1 } else { j };
        let l = &mut lines[j];
        l.text = format!("{} {}", l.text.trim_end(), c.text);
        l.x1 = l.x1.max(c.x1);
        l.y0 = l.y0.min(c.y0);
        l.y1 = l.y1.max(c.y1);
        l.words.extend(c.words);
        l.comb = true;
    }
}

/// Comb boxes whose characters pdftotext wrote as lines of their own:
/// one-character lines on one baseline at an even pitch (tight, under
/// [`MAX_COMB_PITCH`] character widths) become one comb line; two such
/// characters are a comb too where a comb of three or more on the page
/// has their pitch and start.
fn join_comb_lines(lines: &mut Vec<Line>) {
    let single = |l: &Line| {
        let t = l.text.trim();
        l.words.len() <= 1 && t.chars().count() == 1 && t.chars().all(char::is_alphanumeric)
    };
    let mut cands: Vec<usize> = (0..lines.len()).filter(|&i| single(&lines[i])).collect();
    if cands.len() < 2 {
        return;
    }
    cands.sort_by(|&a, &b| {
        lines[a]
            .y0
            .total_cmp(&lines[b].y0)
            .then(lines[a].x0.total_cmp(&lines[b].x0))
    });
    // Runs on one baseline at one pitch.
    let mut runs: Vec<Vec<usize>> = Vec::new();
    for i in cands {
        let l = &lines[i];
        if let Some(run) = runs.last_mut() {
            let last = &lines[run[run.len() - 1]];
            let pitch = l.x0 - last.x0;
            let same_line = (l.y0 - last.y0).abs() < 0.5 && (l.y1 - last.y1).abs() < 0.5;
            let even =
                run.len() < 2 || (pitch - (last.x0 - lines[run[run.len() - 2]].x0)).abs() < 1.0;
            let tight =
                pitch > 0.0 && pitch < MAX_COMB_PITCH * (last.x1 - last.x0).max(l.x1 - l.x0);
            if same_line && even && tight {
                run.push(i);
                continue;
            }
        }
        runs.push(vec![i]);
    }
    let pitch = |run: &[usize]| lines[run[1]].x0 - lines[run[0]].x0;
    let combs: Vec<(f64, f64)> = runs
        .iter()
        .filter(|r| r.len() >= MIN_COMB)
        .map(|r| (pitch(r), lines[r[0]].x0))
        .collect();
    let mut merged: Vec<Line> = Vec::new();
    let mut gone = vec![false; lines.len()];
    for run in &runs {
        let comb = run.len() >= MIN_COMB
            || run.len() == 2
                && combs.iter().any(|&(p, x)| {
                    (p - pitch(run)).abs() < 1.0 && (x - lines[run[0]].x0).abs() < 1.0
                });
        if !comb {
            continue;
        }
        let mut line = Line::empty();
        for &i in run {
            let l = &lines[i];
            line.text.push_str(l.text.trim());
            line.x0 = line.x0.min(l.x0);
            line.y0 = line.y0.min(l.y0);
            line.x1 = line.x1.max(l.x1);
            line.y1 = line.y1.max(l.y1);
            line.words.extend(l.words.iter().cloned());
            gone[i] = true;
        }
        line.comb = true;
        merged.push(line);
    }
    if merged.is_empty() {
        return;
    }
    let mut k = 0;
    lines.retain(|_| {
        k += 1;
        !gone[k - 1]
    });
    lines.extend(merged);
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

/// Cuts nest at most this deep; below, lines are read top to bottom.
const MAX_DEPTH: usize = 64;

/// Appends the lines' text to `out` in reading order.
#[cfg(test)]
pub(crate) fn read_in_order(lines: Vec<Line>, out: &mut Vec<String>) {
    out.extend(in_order(lines).into_iter().map(|l| l.text));
}

/// The lines in reading order, the order the extracted text has them in.
pub(crate) fn in_order(lines: Vec<Line>) -> Vec<Line> {
    let mut out = Vec::with_capacity(lines.len());
    read_at_depth(lines, &mut out, 0);
    out
}

fn read_at_depth(lines: Vec<Line>, out: &mut Vec<Line>, depth: usize) {
    if lines.len() <= 1 || depth >= MAX_DEPTH {
        read_top_down(lines, out);
        return;
    }
    let (vgap, vcut) = widest_gap(&lines, |l| (l.x0, l.x1));
    let (hgap, hcut) = widest_gap(&lines, |l| (l.y0, l.y1));
    // Blocks side by side are read left first, unless one stands wholly
    // above the other (a letter's right-aligned sender over its address):
    // then top first.
    let stacked = hgap > 0.0 && {
        let (mut left, mut right) = ((f64::MAX, f64::MIN), (f64::MAX, f64::MIN));
        for l in &lines {
            let side = if l.x1 <= vcut { &mut left } else { &mut right };
            *side = (side.0.min(l.y0), side.1.max(l.y1));
        }
        left.1 <= right.0 || right.1 <= left.0
    };
    // Small print has narrower gutters: a gutter as wide as a line is
    // high is one too (no river in prose runs that wide down a block).
    let mut heights: Vec<f64> = lines.iter().map(|l| l.y1 - l.y0).collect();
    heights.sort_by(f64::total_cmp);
    let gutter = MIN_GUTTER.min(GUTTER_HEIGHTS * heights[heights.len() / 2]);
    let (first, second): (Vec<Line>, Vec<Line>) = if vgap >= gutter && vgap >= hgap && !stacked {
        lines.into_iter().partition(|l| l.x1 <= vcut)
    } else if hgap > 0.0 {
        lines.into_iter().partition(|l| l.y1 <= hcut)
    } else {
        read_top_down(lines, out);
        return;
    };
    if first.is_empty() || second.is_empty() {
        // A cut that separates nothing: read in position order.
        let mut lines = first;
        lines.extend(second);
        read_top_down(lines, out);
        return;
    }
    read_at_depth(first, out, depth + 1);
    read_at_depth(second, out, depth + 1);
}

/// Appends the lines top to bottom, left to right.
fn read_top_down(mut lines: Vec<Line>, out: &mut Vec<Line>) {
    lines.sort_by(|a, b| a.y0.total_cmp(&b.y0).then(a.x0.total_cmp(&b.x0)));
    out.extend(lines);
}

pub(crate) use crate::table::tables;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A line of `text` 10 points high, its top-left at (x0, y0).
    pub(crate) fn line(x0: f64, y0: f64, x1: f64, text: &str) -> Line {
        Line {
            x0,
            y0,
            x1,
            y1: y0 + 10.0,
            text: text.into(),
            ..Line::empty()
        }
    }

    #[test]
    fn aligned_short_cells_are_a_table_and_prose_columns_are_not() {
        let lines = vec![
            line(30.0, 20.0, 560.0, "Budget 2024"),
            line(30.0, 40.0, 90.0, "Item"),
            line(200.0, 40.0, 260.0, "Amount"),
            line(30.0, 55.0, 100.0, "Servers"),
            line(200.0, 55.0, 240.0, "1200"),
            line(30.0, 70.0, 110.0, "Licences"),
            line(200.0, 70.0, 230.0, "300"),
            line(30.0, 100.0, 560.0, "A closing sentence under the table."),
        ];
        let (found, rest) = tables(lines);
        assert_eq!(
            found,
            vec![vec![
                vec!["Item", "Amount"],
                vec!["Servers", "1200"],
                vec!["Licences", "300"]
            ]]
        );
        let mut out = Vec::new();
        read_in_order(rest, &mut out);
        assert_eq!(
            out,
            [
                "Budget 2024",
                "Item\tAmount\nServers\t1200\nLicences\t300",
                "A closing sentence under the table."
            ]
        );
        let prose = vec![
            line(
                30.0,
                60.0,
                250.0,
                "the left column carries a long sentence of prose",
            ),
            line(
                320.0,
                60.0,
                540.0,
                "and so does the right one, which is not a table",
            ),
            line(
                30.0,
                77.0,
                250.0,
                "that continues on the next line of the left column",
            ),
            line(
                320.0,
                77.0,
                540.0,
                "while the right column goes on with its own words",
            ),
        ];
        let (found, rest) = tables(prose);
        assert!(found.is_empty());
        assert_eq!(rest.len(), 4);
    }

    #[test]
    fn impossible_boxes_are_dropped_or_put_right_and_reading_always_ends() {
        let xhtml = br#"<doc><page><flow><block>
            <line xMin="nan" yMin="1" xMax="2" yMax="3"><word>dropped</word></line>
            <line xMin="50" yMin="30" xMax="10" yMax="20"><word>flipped</word></line>
            <line xMin="10" yMin="1" xMax="40" yMax="9"><word>first</word></line>
        </block></flow></page></doc>"#;
        let pages = pages(xhtml);
        assert_eq!(pages[0].len(), 2);
        let mut out = Vec::new();
        read_in_order(pages[0].clone(), &mut out);
        assert_eq!(out, ["first", "flipped"]);
        // A staircase of ever wider gaps: deep cuts end in position order.
        let stairs: Vec<Line> = (0..500)
            .map(|i| line(0.0, f64::from(i) * f64::from(i + 2), 10.0, "step"))
            .collect();
        let mut out = Vec::new();
        read_in_order(stairs, &mut out);
        assert_eq!(out.len(), 500);
    }

    #[test]
    fn words_keep_their_boxes_and_stay_with_their_line_in_reading_order() {
        let xhtml = br#"<doc><page><flow><block>
            <line xMin="300" yMin="10" xMax="400" yMax="20">
              <word xMin="300" yMin="10" xMax="340" yMax="20">right</word>
            </line>
            <line xMin="10" yMin="10" xMax="100" yMax="20">
              <word xMin="10" yMin="10" xMax="50" yMax="20">Anna</word>
              <word xMin="55" yMin="10" xMax="100" yMax="20">S&amp;S</word>
              <word xMin="nan" yMin="10" xMax="100" yMax="20">dropped</word>
            </line>
        </block></flow></page></doc>"#;
        let lines = in_order(pages(xhtml).remove(0));
        let words: Vec<Vec<(&str, f64)>> = lines
            .iter()
            .map(|l| l.words.iter().map(|w| (w.text.as_str(), w.x0)).collect())
            .collect();
        assert_eq!(
            words,
            [vec![("Anna", 10.0), ("S&S", 55.0)], vec![("right", 300.0)]]
        );
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

    #[test]
    fn three_columns_whose_headings_do_not_line_up_are_read_column_by_column() {
        let mut lines = vec![line(30.0, 20.0, 560.0, "Annual report")];
        // Each column's heading sits at another height.
        for (c, heading_at) in [(0.0, 0usize), (190.0, 2), (380.0, 4)] {
            for k in 0..6usize {
                let text = if k == heading_at {
                    format!("heading {c}")
                } else {
                    format!("col {c} line {k}")
                };
                lines.push(line(30.0 + c, 50.0 + 14.0 * k as f64, 180.0 + c, &text));
            }
        }
        let mut out = Vec::new();
        read_in_order(lines, &mut out);
        let col = |s: &str| s.split(' ').nth(1).unwrap_or("").to_owned();
        let cols: Vec<String> = out[1..].iter().map(|s| col(s)).collect();
        let mut sorted = cols.clone();
        sorted.sort_by(|a, b| {
            a.parse::<f64>()
                .unwrap_or(0.0)
                .total_cmp(&b.parse::<f64>().unwrap_or(0.0))
        });
        assert_eq!(cols, sorted, "{out:?}");
    }

    #[test]
    fn a_right_aligned_sender_is_read_before_the_address_below_it() {
        let lines = vec![
            line(400.0, 20.0, 560.0, "Northwind Records Ltd"),
            line(450.0, 33.0, 560.0, "3 March 2025"),
            line(30.0, 70.0, 150.0, "Ms Alice Walker"),
            line(30.0, 83.0, 150.0, "Leeds LS2 9JT"),
        ];
        let mut out = Vec::new();
        read_in_order(lines, &mut out);
        assert_eq!(
            out,
            [
                "Northwind Records Ltd",
                "3 March 2025",
                "Ms Alice Walker",
                "Leeds LS2 9JT"
            ]
        );
    }

    #[test]
    fn comb_boxes_read_as_one_word_and_sideways_lines_are_set_apart() {
        let xhtml = br#"<doc><page width="600" height="800"><flow><block>
            <line xMin="100" yMin="10" xMax="160" yMax="20">
              <word xMin="100" yMin="10" xMax="106" yMax="20">4</word>
              <word xMin="118" yMin="10" xMax="124" yMax="20">7</word>
              <word xMin="136" yMin="10" xMax="142" yMax="20">1</word>
              <word xMin="154" yMin="10" xMax="160" yMax="20">1</word>
            </line>
            <line xMin="560" yMin="100" xMax="570" yMax="300">
              <word xMin="560" yMin="100" xMax="570" yMax="150">Copy</word>
              <word xMin="560" yMin="160" xMax="570" yMax="200">for</word>
            </line>
        </block></flow></page></doc>"#;
        let page = sized_pages(xhtml).remove(0);
        assert_eq!(page.height, 800.0);
        let (upright, side) = sideways(page.lines);
        assert_eq!(upright[0].text, "4711");
        assert!(upright[0].comb);
        assert_eq!(side[0].text, "Copy for");
    }

    #[test]
    fn comb_characters_on_lines_of_their_own_join_their_label() {
        let mut lines = vec![line(30.0, 20.0, 80.0, "Postcode")];
        for (k, ch) in "EX44".chars().enumerate() {
            let x = 150.0 + 14.5 * k as f64;
            lines.push(line(x, 20.0, x + 5.4, &ch.to_string()));
        }
        lines.push(line(30.0, 40.0, 80.0, "House no"));
        for (k, ch) in "27".chars().enumerate() {
            let x = 150.0 + 14.5 * k as f64;
            lines.push(line(x, 40.0, x + 5.4, &ch.to_string()));
        }
        // Figures in a table's row stand further apart: no comb.
        for (k, ch) in "123".chars().enumerate() {
            let x = 150.0 + 60.0 * k as f64;
            lines.push(line(x, 60.0, x + 5.4, &ch.to_string()));
        }
        tidy(&mut lines);
        let mut out = Vec::new();
        read_in_order(lines, &mut out);
        assert_eq!(out, ["Postcode EX44", "House no 27", "1", "2", "3"]);
    }

    #[test]
    fn small_print_cards_with_a_narrow_gutter_are_read_card_by_card() {
        // Eight-point lines, ten points apart across the gutter.
        let small = |x0: f64, y0: f64, x1: f64, text: &str| Line {
            y1: y0 + 8.0,
            ..line(x0, y0, x1, text)
        };
        let lines = vec![
            small(60.0, 140.0, 150.0, "left one"),
            small(162.0, 140.0, 250.0, "right one"),
            small(60.0, 151.0, 152.0, "left two"),
            small(162.0, 151.0, 240.0, "right two"),
            small(60.0, 162.0, 100.0, "left three"),
            small(162.0, 162.0, 230.0, "right three"),
        ];
        let mut out = Vec::new();
        read_in_order(lines, &mut out);
        assert_eq!(
            out,
            [
                "left one",
                "left two",
                "left three",
                "right one",
                "right two",
                "right three"
            ]
        );
    }
}
