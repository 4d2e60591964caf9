//! Tables on a PDF page, found from the lines' boxes alone: lines that
//! share a baseline band are a row's cells; the rows that follow are the
//! same table while each of their cells falls under one column of it. A
//! line just under a cell with no other cells beside it is that cell
//! wrapping, and joins it; rows with empty cells (a total under a figure
//! column) stay in. Prose in columns, a grid of cards, a form's fields and
//! a bulleted list also put lines side by side: they are told apart by
//! their cells, which are long, comb boxes or bullets.

use crate::layout::Line;

/// A cell's span may stick out of its column by this much (points).
const TOLERANCE: f64 = 4.0;
/// Tables hold figures and labels: longer cells on average are prose.
const MAX_MEAN_CELL_CHARS: usize = 32;
/// A table has a column of short cells (codes, figures, names).
const MAX_SHORT_COLUMN_MEDIAN: usize = 16;
/// A wrapped cell's next line is closer than this many line heights;
/// the next row is further, past the cell padding and rule.
const WRAP_GAP: f64 = 0.4;
/// A header and two rows: fewer is more often two lines of prose side by
/// side than a table, unless they are a header over a row of figures.
const MIN_ROWS: usize = 3;
/// The longest cell of a two-row table.
const MAX_TWO_ROW_CELL_CHARS: usize = 24;
/// A table ends at a vertical gap of this many line heights.
const MAX_ROW_GAP: f64 = 2.2;
/// Words further apart than this many line heights are in different
/// cells, even where pdftotext put them on one line (LibreOffice's cells
/// stand 0.4 line heights apart; a justified line splits too, and is then
/// told from a row by its cells).
const CELL_GAP: f64 = 0.4;
/// Monospaced characters differ in width by at most this share...
const MONO_SPREAD: f64 = 0.03;
/// ...in this share of a monospaced page's words (of two letters or more),
const MONO_SHARE: f64 = 0.9;
/// of which it has at least this many.
const MIN_MONO_WORDS: usize = 10;
/// Monospaced cells stand more than this many characters apart.
const MONO_CELL_GAP: f64 = 1.5;
/// A word starting this close (points) to a column's start begins a cell.
const ALIGN: f64 = 1.5;
/// Cells stand further apart than a word space (line heights).
const MIN_CELL_GAP: f64 = 0.3;
/// Lines overlapping by more than this share of the lower one's height
/// are in one row.
const ROW_OVERLAP: f64 = 0.25;
/// A line whose word gaps are all about the same and under this many
/// line heights is justified text, not cells.
const JUSTIFIED_MAX_GAP: f64 = 1.0;
/// Prose: more than this share of cells starting lower-case (a sentence
/// going on from the cell before).
const MAX_LOWER_START: f64 = 0.3;

/// One table: its rows of cells and the indexes of the lines it took.
struct Run {
    /// The index of its first row among the page's rows.
    first: usize,
    /// The line last placed in each column (a wrapped cell's last line).
    last: Vec<Option<usize>>,
    columns: Vec<(f64, f64)>,
    rows: Vec<Vec<String>>,
    members: Vec<usize>,
    bottom: f64,
    height: f64,
}

impl Run {
    fn start(lines: &[Line], row: &[usize], first: usize) -> Self {
        Run {
            first,
            last: row.iter().map(|&i| Some(i)).collect(),
            columns: row.iter().map(|&i| (lines[i].x0, lines[i].x1)).collect(),
            rows: vec![
                row.iter()
                    .map(|&i| lines[i].text.trim().to_owned())
                    .collect(),
            ],
            members: row.to_vec(),
            bottom: row.iter().map(|&i| lines[i].y1).fold(f64::MIN, f64::max),
            // The lowest cell: a stacked cell is several lines high.
            height: row
                .iter()
                .map(|&i| lines[i].y1 - lines[i].y0)
                .fold(f64::MAX, f64::min),
        }
    }

    /// The column each cell of `row` falls under, if each falls under
    /// exactly one and no two share one. A column reaches halfway to its
    /// neighbours: a header set flush left over figures set flush right is
    /// still over its column.
    fn place(&self, lines: &[Line], row: &[usize]) -> Option<Vec<usize>> {
        let n = self.columns.len();
        if row.len() == n {
            // As many cells as columns: one to each, in order (a header
            // flush left over figures flush right may cross the middle).
            return Some((0..n).collect());
        }
        let edge = |c: usize| (self.columns[c].1 + self.columns[c + 1].0) / 2.0;
        let mut used = vec![false; n];
        let mut at = Vec::with_capacity(row.len());
        for &i in row {
            let (x0, x1) = (lines[i].x0, lines[i].x1);
            let hits: Vec<usize> = (0..n)
                .filter(|&c| {
                    let lo = if c == 0 { f64::MIN } else { edge(c - 1) };
                    let hi = if c + 1 == n { f64::MAX } else { edge(c) };
                    x0 < hi - TOLERANCE && x1 > lo + TOLERANCE
                })
                .collect();
            // A cell reaching past the middle of the gap to the next
            // column is still in its own when it starts where that
            // column's cells start and stops short of the next column's
            // (a total's label, wider than the codes above it).
            let own = (0..n).find(|&c| {
                x0 >= self.columns[c].0 - TOLERANCE
                    && self
                        .columns
                        .get(c + 1)
                        .is_none_or(|next| x0 < next.0 && x1 < next.0)
            });
            let c = match (hits.as_slice(), own) {
                ([c], _) => *c,
                ([_, _, ..], Some(o)) if hits.contains(&o) => o,
                _ => return None,
            };
            if used[c] {
                return None;
            }
            used[c] = true;
            at.push(c);
        }
        Some(at)
    }

    /// Takes `row` in when it continues the table; false when it does not.
    fn take(&mut self, lines: &[Line], row: &[usize]) -> bool {
        let top = row.iter().map(|&i| lines[i].y0).fold(f64::MAX, f64::min);
        let gap = top - self.bottom;
        if gap > MAX_ROW_GAP * self.height {
            return false;
        }
        let Some(at) = self.place(lines, row) else {
            return false;
        };
        if rule(lines, row) {
            // Dashes under a plain-text table's header: no row.
            for &i in row {
                self.bottom = self.bottom.max(lines[i].y1);
                self.members.push(i);
            }
            return true;
        }
        let wraps = row.len() == 1 && gap < WRAP_GAP * self.height;
        if row.len() == 1 && !wraps {
            return false;
        }
        if wraps {
            let (i, c) = (row[0], at[0]);
            // Text wraps where its next word would not fit the column, and
            // the next line stays inside the column: short of the next
            // column (ragged lines, or a header's, whose width only its
            // neighbour bounds; the last column's, nothing).
            let hi = self.columns[c].1;
            let bound = self
                .columns
                .get(c + 1)
                .map_or(f64::MAX, |next| next.0 - TOLERANCE);
            let next = lines[i]
                .words
                .first()
                .map_or(lines[i].x1 - lines[i].x0, |w| w.x1 - w.x0);
            // (The column is at least as wide as this line.)
            let width = hi.max(lines[i].x1);
            let filled = self.last[c].is_some_and(|p| lines[p].x1 + next > width - TOLERANCE);
            if !filled || lines[i].x1 > bound {
                return false;
            }
            if let Some(cell) = self.rows.last_mut().and_then(|r| r.get_mut(c)) {
                let more = lines[i].text.trim();
                // "reten-" over "tion": a word the cell's width broke.
                let broken = cell.ends_with(['-', '\u{2010}', '\u{ad}'])
                    && cell.chars().rev().nth(1).is_some_and(char::is_alphabetic)
                    && more.chars().next().is_some_and(char::is_lowercase);
                if broken {
                    cell.pop();
                } else if !cell.is_empty() {
                    cell.push(' ');
                }
                cell.push_str(more);
            }
            // The next wrap is judged by this line's end.
            self.last[c] = Some(i);
        } else {
            let mut cells = vec![String::new(); self.columns.len()];
            self.last = vec![None; self.columns.len()];
            for (&i, &c) in row.iter().zip(&at) {
                cells[c] = lines[i].text.trim().to_owned();
                self.last[c] = Some(i);
            }
            self.rows.push(cells);
        }
        for (&i, &c) in row.iter().zip(&at) {
            let col = &mut self.columns[c];
            *col = (col.0.min(lines[i].x0), col.1.max(lines[i].x1));
            self.bottom = self.bottom.max(lines[i].y1);
            self.members.push(i);
        }
        true
    }

    /// Takes `row`, just above the table, as its header when its words
    /// fall under the table's columns: a header whose cells pdftotext ran
    /// together ("Qty Amount") over cells it kept apart.
    fn adopt_header(&mut self, lines: &[Line], row: &[usize]) -> bool {
        let n = self.columns.len();
        let bottom = row.iter().map(|&i| lines[i].y1).fold(f64::MIN, f64::max);
        let top = self
            .members
            .iter()
            .map(|&i| lines[i].y0)
            .fold(f64::MAX, f64::min);
        if top - bottom > MAX_ROW_GAP * self.height {
            return false;
        }
        let edge = |c: usize| (self.columns[c].1 + self.columns[c + 1].0) / 2.0;
        let mut cells = vec![String::new(); n];
        for &i in row {
            let words: Vec<(f64, &str)> = if lines[i].words.is_empty() {
                vec![((lines[i].x0 + lines[i].x1) / 2.0, lines[i].text.trim())]
            } else {
                lines[i]
                    .words
                    .iter()
                    .map(|w| ((w.x0 + w.x1) / 2.0, w.text.as_str()))
                    .collect()
            };
            for (mid, text) in words {
                let c = (0..n - 1).take_while(|&c| mid > edge(c)).count();
                if !cells[c].is_empty() {
                    cells[c].push(' ');
                }
                cells[c].push_str(text);
            }
        }
        if cells.iter().filter(|c| !c.is_empty()).count() < 2 {
            return false;
        }
        self.rows.insert(0, cells);
        self.members.extend_from_slice(row);
        true
    }

    /// Two rows that read as a header over one row of figures: at least
    /// three columns, every cell filled and short, the header's words
    /// capitalised and without digits, half the row's cells with some.
    fn header_and_row(&self) -> bool {
        let [header, row] = self.rows.as_slice() else {
            return false;
        };
        let short = |c: &String| !c.is_empty() && c.chars().count() <= MAX_TWO_ROW_CELL_CHARS;
        self.columns.len() >= 3
            && header.iter().chain(row).all(short)
            && header.iter().all(|c| {
                c.chars().next().is_some_and(char::is_uppercase)
                    && !c.chars().any(|ch| ch.is_ascii_digit())
            })
            && 2 * row
                .iter()
                .filter(|c| c.chars().any(|ch| ch.is_ascii_digit()))
                .count()
                >= row.len()
    }

    /// Whether the rows read as a table rather than prose, cards, a form
    /// or a list.
    fn is_table(&self, lines: &[Line]) -> bool {
        if self.rows.len() < MIN_ROWS && !self.header_and_row() || self.columns.len() < 2 {
            return false;
        }
        if self.members.iter().any(|&i| lines[i].comb) {
            return false;
        }
        let filled: Vec<&String> = self
            .rows
            .iter()
            .flatten()
            .filter(|c| !c.is_empty())
            .collect();
        let chars: usize = filled.iter().map(|c| c.chars().count()).sum();
        if filled.is_empty() || chars / filled.len() > MAX_MEAN_CELL_CHARS {
            return false;
        }
        let lower = filled
            .iter()
            .filter(|c| c.chars().next().is_some_and(char::is_lowercase))
            .count();
        if lower as f64 > MAX_LOWER_START * filled.len() as f64 {
            return false;
        }
        // A word broken at the cell's end is prose wrapping.
        if filled.iter().any(|c| {
            let mut end = c.chars().rev();
            matches!(end.next(), Some('-' | '\u{2010}' | '\u{ad}'))
                && end.next().is_some_and(char::is_alphabetic)
        }) {
            return false;
        }
        let column = |c: usize| self.rows.iter().filter_map(move |r| r.get(c));
        let short_column = (0..self.columns.len()).any(|c| {
            let mut lens: Vec<usize> = column(c)
                .filter(|s| !s.is_empty())
                .map(|s| s.chars().count())
                .collect();
            lens.sort_unstable();
            lens.get(lens.len() / 2)
                .is_some_and(|&n| n <= MAX_SHORT_COLUMN_MEDIAN)
        });
        let bullets = (0..self.columns.len()).any(|c| {
            column(c).all(|s| s.chars().count() <= 1 && !s.chars().any(char::is_alphanumeric))
        });
        short_column && !bullets
    }
}

/// Finds the tables among a page's lines. Returns the tables (rows of
/// cells), and the page's lines with each table's lines replaced by one
/// line holding its rows (cells tab-separated), so reading order treats a
/// table as one block instead of cutting it into columns.
/// A page's lines cut into cells and grouped into rows.
struct Grid {
    /// The pieces of the page's lines, then the stacked cells.
    lines: Vec<Line>,
    /// The page lines each line comes from (a stacked cell: several).
    origin: Vec<Vec<usize>>,
    rows: Vec<Vec<usize>>,
    /// The pieces each stacked cell stands for.
    stacks: Vec<Vec<usize>>,
    /// How many of the lines are pieces.
    pieces: usize,
}

impl Grid {
    fn of(whole: &[Line], starts: &[Vec<(f64, f64)>]) -> Self {
        // Cells pdftotext joined into one line come apart at wide gaps.
        let mut lines: Vec<Line> = Vec::with_capacity(whole.len());
        let mut origin: Vec<Vec<usize>> = Vec::with_capacity(whole.len());
        let mono = monospaced(whole);
        for (n, line) in whole.iter().enumerate() {
            for piece in split_at_gaps(line, starts, mono) {
                lines.push(piece);
                origin.push(vec![n]);
            }
        }
        let mut order: Vec<usize> = (0..lines.len()).collect();
        order.sort_by(|&a, &b| {
            lines[a]
                .y0
                .total_cmp(&lines[b].y0)
                .then(lines[a].x0.total_cmp(&lines[b].x0))
        });
        // Group into rows by vertical overlap: a line shares a row with one
        // it overlaps by a good part of its height (a cell's text set in the
        // middle of a taller row beside a cell that wraps).
        let overlaps = |a: &Line, b: &Line| {
            let common = a.y1.min(b.y1) - a.y0.max(b.y0);
            common > ROW_OVERLAP * (a.y1 - a.y0).min(b.y1 - b.y0)
        };
        let mut rows: Vec<Vec<usize>> = Vec::new();
        for i in order {
            match rows.last_mut() {
                Some(row) if row.iter().any(|&j| overlaps(&lines[i], &lines[j])) => {
                    row.push(i);
                }
                _ => rows.push(vec![i]),
            }
        }
        // Lines of one row stacked in one column are one cell wrapping:
        // they stand in as one line (the pieces stay, for text no table takes).
        let pieces = lines.len();
        let mut stacks: Vec<Vec<usize>> = Vec::new();
        for row in &mut rows {
            row.sort_by(|&a, &b| lines[a].x0.total_cmp(&lines[b].x0));
            let mut k = 0;
            while k < row.len() {
                let mut stack = vec![row[k]];
                let mut hi = lines[row[k]].x1;
                let mut m = k + 1;
                while m < row.len() && lines[row[m]].x0 < hi {
                    hi = hi.max(lines[row[m]].x1);
                    stack.push(row[m]);
                    m += 1;
                }
                if stack.len() > 1 {
                    stack.sort_by(|&a, &b| lines[a].y0.total_cmp(&lines[b].y0));
                    let mut cell = Line::empty();
                    for &i in &stack {
                        let l = &lines[i];
                        if !cell.text.is_empty() {
                            cell.text.push(' ');
                        }
                        cell.text.push_str(l.text.trim());
                        cell.x0 = cell.x0.min(l.x0);
                        cell.y0 = cell.y0.min(l.y0);
                        cell.x1 = cell.x1.max(l.x1);
                        cell.y1 = cell.y1.max(l.y1);
                        cell.comb |= l.comb;
                    }
                    // Its last line's words: what a wrap under it would follow.
                    cell.words = lines[stack[stack.len() - 1]].words.clone();
                    let parts: Vec<usize> = stack.iter().flat_map(|&i| origin[i].clone()).collect();
                    lines.push(cell);
                    origin.push(parts);
                    stacks.push(stack);
                    row.splice(k..m, [lines.len() - 1]);
                }
                k += 1;
            }
        }
        Grid {
            lines,
            origin,
            rows,
            stacks,
            pieces,
        }
    }

    /// Runs of rows that continue one another: tables, or prose, cards
    /// and lists that look like them.
    fn runs(&self) -> Vec<Run> {
        let (lines, rows) = (&self.lines, &self.rows);
        let mut runs: Vec<Run> = Vec::new();
        let mut current: Option<Run> = None;
        for (r, row) in rows.iter().enumerate() {
            if let Some(run) = current.as_mut()
                && run.take(lines, row)
            {
                continue;
            }
            if let Some(run) = current.take() {
                runs.push(run);
            }
            if row.len() >= 2 && !rule(lines, row) {
                current = Some(Run::start(lines, row, r));
            }
        }
        runs.extend(current);
        runs
    }
}

pub(crate) fn tables(whole: Vec<Line>) -> (Vec<Vec<Vec<String>>>, Vec<Line>) {
    let mut grid = Grid::of(&whole, &[]);
    let mut runs = grid.runs();
    // Where tables were found, a line inside one, starting at one of its
    // columns, is cut where a word starts at another too, at a gap wider
    // than a space though narrower than a cell gap elsewhere (LibreOffice
    // sets cells close): then the rows are read again.
    let starts: Vec<Vec<(f64, f64)>> = runs
        .iter()
        .filter(|r| r.is_table(&grid.lines))
        .map(|r| r.columns.clone())
        .collect();
    if !starts.is_empty() {
        let again = Grid::of(&whole, &starts);
        if again.pieces > grid.pieces {
            grid = again;
            runs = grid.runs();
        }
    }
    let Grid {
        lines,
        origin,
        rows,
        stacks,
        pieces,
    } = grid;
    // A run that begins under a row no table took may have its header
    // there.
    let mut taken = vec![false; rows.len()];
    for run in &runs {
        if run.rows.len() >= 2 {
            for r in run.first..run.first + run.rows.len() {
                if let Some(t) = taken.get_mut(r) {
                    *t = true;
                }
            }
        }
    }
    for run in &mut runs {
        // Only a run whose first row holds figures lacks its header.
        let figures = run.rows[0]
            .iter()
            .skip(1)
            .any(|c| c.chars().any(|ch| ch.is_ascii_digit()));
        if figures
            && run.rows.len() >= 2
            && run.first > 0
            && !taken[run.first - 1]
            && run.adopt_header(&lines, &rows[run.first - 1])
        {
            taken[run.first - 1] = true;
        }
    }
    let mut found = Vec::new();
    let mut used = vec![false; lines.len()];
    let mut blocks = Vec::new();
    for run in runs.into_iter().filter(|r| r.is_table(&lines)) {
        let mut block = Line::empty();
        block.table = true;
        block.text = run
            .rows
            .iter()
            .map(|r| r.join("\t"))
            .collect::<Vec<_>>()
            .join("\n");
        for &i in &run.members {
            used[i] = true;
            block.x0 = block.x0.min(lines[i].x0);
            block.y0 = block.y0.min(lines[i].y0);
            block.x1 = block.x1.max(lines[i].x1);
            block.y1 = block.y1.max(lines[i].y1);
        }
        blocks.push(block);
        found.push(run.rows);
    }
    // A stacked cell taken by a table takes its pieces with it.
    for (k, stack) in stacks.iter().enumerate() {
        if used[pieces + k] {
            for &j in stack {
                used[j] = true;
            }
        }
    }
    // Lines no table touched stay whole; of the others, what no table
    // took stays as pieces (never a stacked cell, whose pieces are there).
    let mut touched = vec![false; whole.len()];
    for (i, &u) in used.iter().enumerate().take(pieces) {
        for &n in &origin[i] {
            touched[n] |= u;
        }
    }
    let mut rest: Vec<Line> = whole
        .into_iter()
        .enumerate()
        .filter_map(|(n, l)| (!touched[n]).then_some(l))
        .collect();
    rest.extend(
        lines
            .into_iter()
            .take(pieces)
            .zip(used)
            .zip(origin)
            .filter_map(|((l, u), n)| (touched[n[0]] && !u).then_some(l)),
    );
    rest.extend(blocks);
    (found, rest)
}

/// A row drawn with dashes or equals signs, a plain-text table's rule.
fn rule(lines: &[Line], row: &[usize]) -> bool {
    row.iter().all(|&i| {
        let t = lines[i].text.trim();
        !t.is_empty()
            && t.chars()
                .all(|c| matches!(c, '-' | '=' | '_' | '+' | '|' | ' '))
    })
}

/// The character width of a page set in a monospaced face (a plain text
/// printed): nearly all its words, each character as wide as the others.
fn monospaced(lines: &[Line]) -> Option<f64> {
    let mut widths: Vec<f64> = lines
        .iter()
        .flat_map(|l| &l.words)
        .filter(|w| w.text.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .map(|w| (w.x1 - w.x0) / w.text.chars().count() as f64)
        .collect();
    if widths.len() < MIN_MONO_WORDS {
        return None;
    }
    widths.sort_by(f64::total_cmp);
    let median = widths[widths.len() / 2];
    let alike = widths
        .iter()
        .filter(|&&x| (x - median).abs() <= MONO_SPREAD * median)
        .count();
    (median > 0.0 && alike as f64 >= MONO_SHARE * widths.len() as f64).then_some(median)
}

/// `line` cut where its words stand further apart than [`CELL_GAP`]
/// line heights (on a monospaced page, [`MONO_CELL_GAP`] characters), or,
/// in a line within one of the `tables` (their columns) and starting at
/// one of its columns, where a word starts at another; the
/// line itself when there is no such gap, or when its gaps are a justified
/// line's, several and alike.
fn split_at_gaps(line: &Line, tables: &[Vec<(f64, f64)>], mono: Option<f64>) -> Vec<Line> {
    let height = line.y1 - line.y0;
    let w = &line.words;
    let gaps: Vec<f64> = w.windows(2).map(|p| p[1].x0 - p[0].x1).collect();
    let justified = gaps.len() >= 3 && {
        let (lo, hi) = gaps
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), &g| (lo.min(g), hi.max(g)));
        hi < JUSTIFIED_MAX_GAP * height && hi < 1.5 * lo.max(0.0)
    };
    // In a monospaced line a space is a character wide, wider than a
    // proportional font's cell gap: cells stand two spaces apart.
    let space = mono.map_or(0.0, |width| MONO_CELL_GAP * width);
    // The columns of a table the line lies in, starting at one of them.
    let starts: &[(f64, f64)] = tables
        .iter()
        .find(|t| {
            t.iter().any(|c| (c.0 - line.x0).abs() <= TOLERANCE)
                && t.last().is_some_and(|c| line.x1 <= c.1 + TOLERANCE)
        })
        .map_or(&[], Vec::as_slice);
    let at_start = |k: usize| {
        let x = w[k + 1].x0;
        gaps[k] > space.max(MIN_CELL_GAP * height)
            && starts.iter().skip(1).any(|c| (c.0 - x).abs() <= ALIGN)
    };
    let cut = |k: &usize| (!justified && gaps[*k] > space.max(CELL_GAP * height)) || at_start(*k);
    if w.len() < 2 || !(0..w.len() - 1).any(|k| cut(&k)) {
        return vec![line.clone()];
    }
    let mut pieces: Vec<Line> = Vec::new();
    let mut start = 0;
    for k in 0..w.len() {
        if k + 1 == w.len() || cut(&k) {
            let words = &w[start..=k];
            let mut piece = Line::empty();
            piece.text = words
                .iter()
                .map(|w| w.text.as_str())
                .collect::<Vec<_>>()
                .join(" ");
            for w in words {
                piece.x0 = piece.x0.min(w.x0);
                piece.y0 = piece.y0.min(w.y0);
                piece.x1 = piece.x1.max(w.x1);
                piece.y1 = piece.y1.max(w.y1);
            }
            piece.words = words.to_vec();
            piece.comb = line.comb;
            pieces.push(piece);
            start = k + 1;
        }
    }
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::tests::line as cell;

    #[test]
    fn header_and_total_rows_stay_and_a_wrapped_cell_is_one_cell() {
        let lines = vec![
            // A header set flush left over figures set flush right.
            cell(30.0, 20.0, 60.0, "Item"),
            cell(100.0, 20.0, 170.0, "Description"),
            cell(300.0, 20.0, 330.0, "Amount"),
            cell(30.0, 40.0, 70.0, "A-100"),
            cell(100.0, 40.0, 260.0, "Annual maintenance of the"),
            cell(320.0, 40.0, 350.0, "1,200.00"),
            cell(100.0, 51.0, 200.0, "document archive"),
            cell(30.0, 70.0, 70.0, "B-220"),
            cell(100.0, 70.0, 180.0, "Scanner service"),
            cell(325.0, 70.0, 350.0, "450.00"),
            // A total under the figures only, the middle cell empty.
            cell(30.0, 90.0, 60.0, "Total"),
            cell(320.0, 90.0, 350.0, "1,650.00"),
        ];
        let (found, rest) = tables(lines);
        assert_eq!(
            found,
            vec![vec![
                vec!["Item", "Description", "Amount"],
                vec![
                    "A-100",
                    "Annual maintenance of the document archive",
                    "1,200.00"
                ],
                vec!["B-220", "Scanner service", "450.00"],
                vec!["Total", "", "1,650.00"],
            ]]
        );
        assert_eq!(rest.len(), 1);
    }

    #[test]
    fn cards_prose_columns_and_bulleted_lists_are_not_tables() {
        let cards = vec![
            cell(30.0, 20.0, 120.0, "Starter plan"),
            cell(200.0, 20.0, 300.0, "Business plan"),
            cell(30.0, 40.0, 150.0, "for small teams that"),
            cell(200.0, 40.0, 320.0, "adds retention schedules"),
            cell(30.0, 60.0, 150.0, "archive fewer than a"),
            cell(200.0, 60.0, 320.0, "audit exports and more"),
        ];
        assert!(tables(cards).0.is_empty());
        let list = vec![
            cell(30.0, 20.0, 35.0, "\u{2022}"),
            cell(45.0, 20.0, 200.0, "Replace"),
            cell(30.0, 40.0, 35.0, "\u{2022}"),
            cell(45.0, 40.0, 200.0, "Publish"),
        ];
        assert!(tables(list).0.is_empty());
        let hyphenated = vec![
            cell(30.0, 20.0, 150.0, "Die Geschäftsführung hat beschlos-"),
            cell(200.0, 20.0, 320.0, "Für die Umsetzung ist"),
            cell(30.0, 40.0, 150.0, "Herstellung bezogen"),
            cell(200.0, 40.0, 320.0, "Überprüfung der"),
        ];
        assert!(tables(hyphenated).0.is_empty());
    }

    /// A line of words, each `(x0, x1, text)`, 10 points high at `y0`.
    fn words(y0: f64, words: &[(f64, f64, &str)]) -> Line {
        let mut l = cell(words[0].0, y0, words[words.len() - 1].1, "");
        l.text = words.iter().map(|w| w.2).collect::<Vec<_>>().join(" ");
        l.words = words
            .iter()
            .map(|&(x0, x1, text)| crate::layout::Word {
                x0,
                y0,
                x1,
                y1: y0 + 10.0,
                text: text.into(),
            })
            .collect();
        l
    }

    #[test]
    fn cells_set_in_the_middle_of_a_wrapping_row_and_justified_cells_stay_in_their_row() {
        let lines = vec![
            cell(30.0, 20.0, 60.0, "Ref."),
            cell(100.0, 20.0, 170.0, "Designation"),
            cell(300.0, 20.0, 330.0, "Amount"),
            // The description wraps; the other cells sit in the middle.
            cell(100.0, 34.0, 260.0, "Annual maintenance of the"),
            cell(30.0, 40.0, 55.0, "M-01"),
            cell(300.0, 40.0, 330.0, "980.00"),
            cell(100.0, 46.0, 200.0, "document archive"),
            // A justified wrapped cell: wide word gaps, all alike.
            words(
                64.0,
                &[
                    (100.0, 130.0, "Licence"),
                    (137.0, 150.0, "for"),
                    (157.0, 200.0, "backups"),
                    (207.0, 260.0, "of"),
                ],
            ),
            cell(30.0, 64.0, 55.0, "L-12"),
            cell(300.0, 64.0, 330.0, "180.00"),
            cell(100.0, 75.0, 160.0, "workstations"),
            // A total's label wider than the codes above it.
            cell(30.0, 92.0, 80.0, "Total due"),
            cell(300.0, 92.0, 330.0, "1,160.00"),
        ];
        let (found, rest) = tables(lines);
        assert_eq!(
            found,
            vec![vec![
                vec!["Ref.", "Designation", "Amount"],
                vec![
                    "M-01",
                    "Annual maintenance of the document archive",
                    "980.00"
                ],
                vec!["L-12", "Licence for backups of workstations", "180.00"],
                vec!["Total due", "", "1,160.00"],
            ]]
        );
        assert_eq!(rest.len(), 1);
    }

    #[test]
    fn cells_a_narrow_gap_apart_come_apart_at_their_column_and_ragged_wraps_stay() {
        let mut lines = vec![
            cell(30.0, 20.0, 70.0, "Name"),
            cell(100.0, 20.0, 160.0, "Department"),
            cell(200.0, 20.0, 230.0, "Ext."),
            cell(30.0, 36.0, 70.0, "Okafor"),
            cell(100.0, 36.0, 140.0, "Finance"),
            cell(200.0, 36.0, 225.0, "2214"),
            cell(30.0, 52.0, 70.0, "Moreau"),
            cell(100.0, 52.0, 130.0, "Legal"),
            cell(200.0, 52.0, 225.0, "2378"),
            // The name runs up to the next column, a little more than a
            // space before it: pdftotext made one line of the two cells.
            words(
                68.0,
                &[(30.0, 96.0, "Lindqvist"), (100.0, 140.0, "Records")],
            ),
            cell(200.0, 68.0, 225.0, "2301"),
            cell(30.0, 84.0, 70.0, "Novak"),
            // A wrapping cell whose lines end raggedly, each judged by
            // the line before it.
            cell(100.0, 84.0, 125.0, "Public"),
            cell(200.0, 84.0, 225.0, "2519"),
            cell(100.0, 95.0, 160.0, "procurement and"),
            cell(100.0, 106.0, 150.0, "purchasing"),
        ];
        // Prose under the table: a word at a column's start after a mere
        // space does not make it a row.
        lines.push(words(
            122.0,
            &[
                (30.0, 62.0, "Payment"),
                (64.5, 78.0, "is"),
                (80.5, 97.5, "due"),
                (100.0, 150.0, "monthly."),
            ],
        ));
        let (found, rest) = tables(lines);
        assert_eq!(
            found,
            vec![vec![
                vec!["Name", "Department", "Ext."],
                vec!["Okafor", "Finance", "2214"],
                vec!["Moreau", "Legal", "2378"],
                vec!["Lindqvist", "Records", "2301"],
                vec!["Novak", "Public procurement and purchasing", "2519"],
            ]]
        );
        assert_eq!(rest.len(), 2);
    }

    #[test]
    fn a_plain_text_table_keeps_cells_of_several_words_and_drops_its_rule() {
        // Six points to a character, spaces included, as enscript prints.
        let mono = |y0: f64, text: &str| {
            let mut ws = Vec::new();
            let mut from = 0;
            for part in text.split(' ') {
                let x0 = 30.0 + 6.0 * from as f64;
                if !part.is_empty() {
                    ws.push((x0, x0 + 6.0 * part.len() as f64, part));
                }
                from += part.len() + 1;
            }
            words(y0, &ws)
        };
        let lines = vec![
            mono(
                10.0,
                "Plain text pages are set in one face, every letter as wide",
            ),
            mono(30.0, "Room    Capacity   Rate"),
            mono(41.0, "-----   --------   ------"),
            mono(52.0, "Aster   12         90.00"),
            mono(63.0, "Birch   30         140.00"),
            mono(74.0, "Cedar   8          65.00"),
        ];
        let (found, _) = tables(lines);
        assert_eq!(
            found,
            vec![vec![
                vec!["Room", "Capacity", "Rate"],
                vec!["Aster", "12", "90.00"],
                vec!["Birch", "30", "140.00"],
                vec!["Cedar", "8", "65.00"],
            ]]
        );
    }

    #[test]
    fn a_header_over_one_row_of_figures_is_a_table_and_two_rows_of_words_are_not() {
        let two = vec![
            cell(30.0, 20.0, 80.0, "Account"),
            cell(120.0, 20.0, 170.0, "Holder"),
            cell(220.0, 20.0, 270.0, "Balance"),
            cell(30.0, 36.0, 100.0, "DE44 5001 0517"),
            cell(120.0, 36.0, 190.0, "Harbour Trust"),
            cell(220.0, 36.0, 270.0, "18,240.55"),
        ];
        assert_eq!(
            tables(two).0,
            vec![vec![
                vec!["Account", "Holder", "Balance"],
                vec!["DE44 5001 0517", "Harbour Trust", "18,240.55"],
            ]]
        );
        // Card titles over the start of their texts; a two-column pair.
        let cards = vec![
            cell(30.0, 20.0, 120.0, "Reading room"),
            cell(200.0, 20.0, 300.0, "Map collection"),
            cell(370.0, 20.0, 470.0, "Local history"),
            cell(30.0, 36.0, 150.0, "Open weekdays from 9"),
            cell(200.0, 36.0, 320.0, "Historic town plans"),
            cell(370.0, 36.0, 490.0, "Parish registers"),
        ];
        assert!(tables(cards).0.is_empty());
        let pair = vec![
            cell(30.0, 20.0, 120.0, "Invoice"),
            cell(200.0, 20.0, 300.0, "Due"),
            cell(30.0, 36.0, 150.0, "2025-0117"),
            cell(200.0, 36.0, 320.0, "3 March"),
        ];
        assert!(tables(pair).0.is_empty());
    }
}
