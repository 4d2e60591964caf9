//! Running headers and footers: lines in a page's top or bottom band that
//! come back on other pages (page numbers counted as the same text), or
//! that are a bare page number. They are taken out of the body text, where
//! they would break a sentence running over a page end, and reported in the
//! metadata instead.

use crate::layout::Line;

/// The top and bottom bands, as a share of the page's height.
const BAND: f64 = 0.1;
/// A header or footer is this many of its line heights clear of the body.
const MIN_GAP: f64 = 1.2;

/// Removes running headers and footers from `pages` (lines with the page's
/// height); returns their distinct texts, first seen first.
pub(crate) fn strip(pages: &mut [(f64, Vec<Line>)]) -> Vec<String> {
    let in_band = |height: f64, l: &Line| {
        height > 0.0 && (l.y1 <= height * BAND || l.y0 >= height * (1.0 - BAND))
    };
    // A header stands apart from what follows it, a footer from what
    // precedes it; the last rows of a table reaching into the band do not.
    let apart = |lines: &[Line], l: &Line| {
        let gap = if l.y1 <= lines.iter().map(|m| m.y1).fold(0.0, f64::max) / 2.0 {
            lines
                .iter()
                .filter(|m| m.y0 >= l.y1 - 0.5)
                .map(|m| m.y0 - l.y1)
                .fold(f64::MAX, f64::min)
        } else {
            lines
                .iter()
                .filter(|m| m.y1 <= l.y0 + 0.5)
                .map(|m| l.y0 - m.y1)
                .fold(f64::MAX, f64::min)
        };
        gap >= MIN_GAP * (l.y1 - l.y0)
    };
    let in_band = |height: f64, lines: &[Line], l: &Line| in_band(height, l) && apart(lines, l);
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for (height, lines) in pages.iter() {
        let mut on_page: Vec<String> = lines
            .iter()
            .filter(|l| in_band(*height, lines, l))
            .map(|l| shape(&l.text))
            .collect();
        on_page.sort();
        on_page.dedup();
        for s in on_page {
            *seen.entry(s).or_default() += 1;
        }
    }
    let mut found: Vec<String> = Vec::new();
    for (height, lines) in pages.iter_mut() {
        let keep: Vec<bool> = lines.iter().map(|l| !in_band(*height, lines, l)).collect();
        let mut keep = keep.into_iter();
        lines.retain(|l| {
            if keep.next().unwrap_or(true) {
                return true;
            }
            let s = shape(&l.text);
            let running = seen.get(&s).copied().unwrap_or(0) >= 2 || is_page_number(&s);
            if running && !s.is_empty() {
                let text = l.text.trim().to_owned();
                if !found.contains(&text) && !is_page_number(&s) {
                    found.push(text);
                }
            }
            !running
        });
    }
    found
}

/// The text with every run of digits as one `#`, spaces collapsed.
fn shape(text: &str) -> String {
    let mut out = String::new();
    let mut digits = false;
    for c in text.trim().chars() {
        if c.is_ascii_digit() {
            if !digits {
                out.push('#');
            }
            digits = true;
            continue;
        }
        digits = false;
        if c.is_whitespace() {
            if !out.ends_with(' ') {
                out.push(' ');
            }
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// "#", "- # -", "# / #", "page # of #", "seite #", "p. #".
fn is_page_number(shape: &str) -> bool {
    let rest: String = shape
        .replace("page", "")
        .replace("seite", "")
        .replace("of", "")
        .replace("von", "")
        .replace("sur", "")
        .replace("p.", "")
        .chars()
        .filter(|c| !c.is_whitespace() && !matches!(c, '-' | '–' | '/' | '|' | '(' | ')'))
        .collect();
    !rest.is_empty() && rest.chars().all(|c| c == '#') && rest.len() <= 2
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(y0: f64, text: &str) -> Line {
        Line {
            x0: 50.0,
            y0,
            x1: 300.0,
            y1: y0 + 10.0,
            text: text.into(),
            ..Line::empty()
        }
    }

    #[test]
    fn a_header_on_every_page_and_page_numbers_leave_the_body() {
        let page = |n: u32| {
            (
                800.0,
                vec![
                    at(20.0, "Annual Report 2025"),
                    at(100.0, &format!("Body of page {n}")),
                    at(770.0, &format!("- {n} -")),
                ],
            )
        };
        let mut pages = vec![page(1), page(2), page(3)];
        let found = strip(&mut pages);
        assert_eq!(found, ["Annual Report 2025"]);
        for (n, (_, lines)) in pages.iter().enumerate() {
            let texts: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
            assert_eq!(texts, [format!("Body of page {}", n + 1)]);
        }
    }

    #[test]
    fn a_title_at_the_top_of_a_single_page_stays() {
        let mut pages = vec![(800.0, vec![at(20.0, "Invoice 42"), at(100.0, "Body")])];
        assert!(strip(&mut pages).is_empty());
        assert_eq!(pages[0].1.len(), 2);
    }
}
