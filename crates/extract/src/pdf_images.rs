//! A PDF's images listed from its bytes, as `pdfimages -list` lists them
//! (one row for each time an image is drawn: its page, size, colour space
//! and encoding, and a row for its soft mask or mask), without running a
//! second poppler program beside `pdftotext`: on a long document that run
//! took a processor for as long as a third of the text's reading.
//!
//! Only what that needs is read: the objects (also those packed in object
//! streams), the page tree, and each page's content streams, scanned for
//! the operators that draw an image (`Do` of an image or of a form that
//! draws one, and inline images). Anything else (encryption, a filter
//! other than Flate on a content stream, a damaged file) gives `None`,
//! and the caller asks `pdfimages` after all. Every size is bounded: the
//! inflated bytes, the nesting, the pages, the rows.

use std::cell::Cell;
use std::collections::{HashMap, HashSet};
use std::io::Read;
use std::rc::Rc;

use memchr::memmem;
use serde_json::{Value, json};

/// The most bytes one stream may inflate to.
const MAX_STREAM: u64 = 64 << 20;
/// The most bytes all inflated streams together may come to (a 507-page
/// manual inflates under 9 MB; the extraction's memory cap is shared
/// with pdftotext).
const MAX_INFLATED: usize = 256 << 20;
/// The most filters one stream is decoded through (real files use two).
const MAX_FILTERS: usize = 4;
/// How deep dictionaries, arrays, page trees and forms may nest.
const MAX_DEPTH: usize = 32;
/// The most pages and the most rows listed.
const MAX_PAGES: usize = 100_000;
const MAX_ROWS: usize = 10_000;
/// The most entries one dictionary or array is read with.
const MAX_ENTRIES: usize = 100_000;
/// The most work (bytes of objects parsed, content tokens read, resource
/// entries looked through) one listing does: past it, poppler is asked,
/// under its deadline. A 507-page manual takes 1.9 million.
const MAX_WORK: u64 = 50_000_000;

/// The images drawn on each page, in the rows of `pdfimages -list`
/// (`page`, `width`, `height`, `color`, `format`); `None` when this file
/// needs poppler to tell.
pub(crate) fn list(bytes: &[u8]) -> Option<Vec<Value>> {
    if memmem::find(bytes, b"/Encrypt").is_some() {
        return None;
    }
    let mut doc = Doc::read(bytes)?;
    let root = doc.root()?;
    let pages = doc.get(&root)?.dict()?.get(b"Pages")?.clone();
    let mut found = Vec::new();
    doc.pages(&pages, None, 0, &mut found, &mut HashSet::new())?;
    let mut rows = Vec::new();
    for (i, (page, resources)) in found.into_iter().enumerate() {
        let mut content = Vec::new();
        let contents = page.get(b"Contents").cloned().unwrap_or(Obj::Null);
        // One stream, or (directly or by reference) an array of them.
        match doc.resolve(contents.clone())? {
            Obj::Array(parts) => {
                for part in parts {
                    content.extend(doc.stream_data(&part)?);
                    content.push(b'\n');
                }
            }
            Obj::Null => {}
            Obj::Dict(_) => content = doc.stream_data(&contents)?,
            _ => return None,
        }
        let mut scopes: Scopes = resources.into_iter().collect();
        doc.draws(&content, &mut scopes, i + 1, &mut Vec::new(), &mut rows)?;
        doc.annotation_rows(&page, &mut scopes, i + 1, &mut rows)?;
        if rows.len() > MAX_ROWS {
            rows.truncate(MAX_ROWS);
            break;
        }
    }
    Some(rows)
}

/// A PDF value; strings are not kept (nothing here needs them).
#[derive(Clone, Debug, PartialEq)]
enum Obj {
    Null,
    Bool(bool),
    Num(f64),
    Name(Vec<u8>),
    Str,
    Array(Vec<Obj>),
    Dict(Dict),
    Ref(u32),
    /// A bare word: an operator in a content stream, or `obj`, `stream`,
    /// `endobj`, `ID` and the like.
    Word(Vec<u8>),
}

#[derive(Clone, Debug, Default, PartialEq)]
struct Dict(Vec<(Vec<u8>, Obj)>);

impl Dict {
    fn get(&self, key: &[u8]) -> Option<&Obj> {
        self.0.iter().find(|(k, _)| k == key).map(|(_, v)| v)
    }
}

impl Obj {
    fn dict(&self) -> Option<&Dict> {
        match self {
            Obj::Dict(d) => Some(d),
            _ => None,
        }
    }
    fn name(&self) -> Option<&[u8]> {
        match self {
            Obj::Name(n) => Some(n),
            _ => None,
        }
    }
}

fn is_white(b: u8) -> bool {
    matches!(b, 0 | b'\t' | b'\n' | 0x0c | b'\r' | b' ')
}

fn is_delimiter(b: u8) -> bool {
    matches!(
        b,
        b'(' | b')' | b'<' | b'>' | b'[' | b']' | b'{' | b'}' | b'/' | b'%'
    )
}

fn is_regular(b: u8) -> bool {
    !is_white(b) && !is_delimiter(b)
}

/// Reads PDF values from bytes.
struct Lexer<'a> {
    b: &'a [u8],
    pos: usize,
}

impl<'a> Lexer<'a> {
    fn new(b: &'a [u8], pos: usize) -> Self {
        Self { b, pos }
    }

    fn peek(&self) -> Option<u8> {
        self.b.get(self.pos).copied()
    }

    fn skip_white(&mut self) {
        while let Some(c) = self.peek() {
            if is_white(c) {
                self.pos += 1;
            } else if c == b'%' {
                while self.peek().is_some_and(|c| c != b'\n' && c != b'\r') {
                    self.pos += 1;
                }
            } else {
                break;
            }
        }
    }

    fn word(&mut self) -> &'a [u8] {
        let start = self.pos;
        while self.peek().is_some_and(is_regular) {
            self.pos += 1;
        }
        &self.b[start..self.pos]
    }

    /// The next value (a reference `n g R` read as one), or `None` at the
    /// end or on a byte no value starts with (which is stepped over).
    fn value(&mut self, depth: usize) -> Option<Obj> {
        self.skip_white();
        let c = self.peek()?;
        if depth > MAX_DEPTH {
            return None;
        }
        match c {
            b'/' => {
                self.pos += 1;
                let raw = self.word();
                Some(Obj::Name(unescape_name(raw)))
            }
            b'(' => {
                self.skip_string();
                Some(Obj::Str)
            }
            b'<' if self.b.get(self.pos + 1) == Some(&b'<') => {
                self.pos += 2;
                let mut d = Vec::new();
                loop {
                    self.skip_white();
                    match self.peek()? {
                        b'>' => {
                            self.pos += 2;
                            return Some(Obj::Dict(Dict(d)));
                        }
                        b'/' => {
                            self.pos += 1;
                            let key = unescape_name(self.word());
                            let v = self.value(depth + 1)?;
                            if d.len() < MAX_ENTRIES {
                                d.push((key, v));
                            }
                        }
                        // A stray token where a key belongs: skip it.
                        _ => {
                            self.value(depth + 1)?;
                        }
                    }
                }
            }
            b'<' => match memchr::memchr(b'>', &self.b[self.pos..]) {
                Some(end) => {
                    self.pos += end + 1;
                    Some(Obj::Str)
                }
                // Unterminated: nothing after it is read again.
                None => {
                    self.pos = self.b.len();
                    None
                }
            },
            b'[' => {
                self.pos += 1;
                let mut a = Vec::new();
                loop {
                    self.skip_white();
                    if self.peek()? == b']' {
                        self.pos += 1;
                        return Some(Obj::Array(a));
                    }
                    let v = self.value(depth + 1)?;
                    if a.len() < MAX_ENTRIES {
                        a.push(v);
                    }
                }
            }
            b'0'..=b'9' | b'+' | b'-' | b'.' => {
                let w = self.word();
                let n = std::str::from_utf8(w)
                    .ok()
                    .and_then(|t| t.parse::<f64>().ok());
                let Some(n) = n else {
                    return Some(Obj::Word(w.to_vec()));
                };
                // `n g R`?
                if w.iter().all(u8::is_ascii_digit) {
                    let back = self.pos;
                    self.skip_white();
                    let g = self.word();
                    if !g.is_empty() && g.iter().all(u8::is_ascii_digit) {
                        self.skip_white();
                        if self.word() == b"R" {
                            return Some(Obj::Ref(n as u32));
                        }
                    }
                    self.pos = back;
                }
                Some(Obj::Num(n))
            }
            c if is_regular(c) => {
                let w = self.word();
                Some(match w {
                    b"true" => Obj::Bool(true),
                    b"false" => Obj::Bool(false),
                    b"null" => Obj::Null,
                    _ => Obj::Word(w.to_vec()),
                })
            }
            // `)`, `>`, `]`, `{`, `}` out of place.
            _ => {
                self.pos += 1;
                Some(Obj::Word(vec![c]))
            }
        }
    }

    /// Past a literal string: nested parentheses, backslash escapes.
    fn skip_string(&mut self) {
        let mut depth = 0usize;
        while let Some(c) = self.peek() {
            self.pos += 1;
            match c {
                b'\\' => self.pos = (self.pos + 1).min(self.b.len()),
                b'(' => depth += 1,
                b')' => {
                    depth -= 1;
                    if depth == 0 {
                        return;
                    }
                }
                _ => {}
            }
        }
    }
}

/// A name with its `#xx` escapes decoded.
fn unescape_name(raw: &[u8]) -> Vec<u8> {
    if !raw.contains(&b'#') {
        return raw.to_vec();
    }
    let mut out = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        if raw[i] == b'#'
            && let Some(hex) = raw.get(i + 1..i + 3)
            && let Ok(s) = std::str::from_utf8(hex)
            && let Ok(v) = u8::from_str_radix(s, 16)
        {
            out.push(v);
            i += 3;
        } else {
            out.push(raw[i]);
            i += 1;
        }
    }
    out
}

/// Where an object's value is.
#[derive(Clone, Copy)]
enum Loc {
    /// At this offset of the file.
    Direct(usize),
    /// In object stream `stream` (decoded in [`Doc::packed`]), at `offset`.
    Packed { stream: u32, offset: usize },
}

/// The scopes of named resources a content stream sees: the page's, then
/// each form's (innermost last); a name is looked up innermost first, as
/// poppler does.
type Scopes = Vec<Rc<Obj>>;

struct Doc<'a> {
    bytes: &'a [u8],
    /// Each object's latest definition: where in the file it was made (an
    /// object in an object stream: where that stream is) and its value.
    objects: HashMap<u32, (usize, Loc)>,
    /// Decoded object streams, by object number.
    packed: HashMap<u32, Vec<u8>>,
    /// Stream objects' bytes (start, end), by object number.
    streams: HashMap<u32, (usize, usize)>,
    /// The catalog as trailers and cross-reference streams name it, and
    /// objects typed `/Catalog`, each with where it is.
    roots: Vec<(usize, u32)>,
    catalogs: Vec<(usize, u32)>,
    inflated: usize,
    /// Forms' decoded content, by object number.
    forms: HashMap<u32, Rc<Vec<u8>>>,
    /// Bytes parsed and tokens read so far, against [`MAX_WORK`].
    work: Cell<u64>,
}

impl<'a> Doc<'a> {
    /// Every `n g obj` of the file in order (a later one replacing an
    /// earlier one of the same number, as incremental updates do), with
    /// the objects packed in object streams; streams' bytes are stepped
    /// over, so nothing inside them is taken for an object.
    fn read(bytes: &'a [u8]) -> Option<Self> {
        let mut doc = Doc {
            bytes,
            objects: HashMap::new(),
            packed: HashMap::new(),
            streams: HashMap::new(),
            roots: Vec::new(),
            catalogs: Vec::new(),
            inflated: 0,
            forms: HashMap::new(),
            work: Cell::new(0),
        };
        let finder = memmem::Finder::new(b"obj");
        let mut at = 0;
        let mut object_streams = Vec::new();
        // The next `endstream` at or after a point, found once: the
        // objects are met in order, so this only moves forward.
        let end_finder = memmem::Finder::new(b"endstream");
        let mut next_end: Option<usize> = None;
        let mut endstream_from = |from: usize| -> Option<usize> {
            match next_end {
                Some(usize::MAX) => return None,
                Some(e) if e >= from => return Some(e),
                _ => {}
            }
            let e = bytes
                .get(from..)
                .and_then(|rest| end_finder.find(rest))
                .map_or(usize::MAX, |i| from + i);
            next_end = Some(e);
            (e != usize::MAX).then_some(e)
        };
        while let Some(found) = bytes.get(at..).and_then(|rest| finder.find(rest)) {
            let obj_at = at + found;
            at = obj_at + 3;
            let Some(num) = object_number(bytes, obj_at) else {
                continue;
            };
            if bytes.get(at).is_some_and(|&c| is_regular(c)) {
                continue;
            }
            let mut lx = Lexer::new(bytes, at);
            let value = lx.value(0);
            if lx.pos >= bytes.len() {
                // A value that runs to the end: a damaged file.
                return None;
            }
            let Some(value) = value else {
                at = lx.pos.max(at);
                continue;
            };
            doc.objects.insert(num, (obj_at, Loc::Direct(at)));
            let Obj::Dict(dict) = value else {
                at = lx.pos;
                continue;
            };
            let kind = dict.get(b"Type").and_then(Obj::name);
            if kind == Some(b"Catalog") {
                doc.catalogs.push((obj_at, num));
            }
            if kind == Some(b"XRef")
                && let Some(Obj::Ref(root)) = dict.get(b"Root")
            {
                doc.roots.push((obj_at, *root));
            }
            if let Some((start, end)) = stream_bounds(bytes, lx.pos, &dict, &mut endstream_from) {
                doc.streams.insert(num, (start, end));
                if kind == Some(b"ObjStm") {
                    object_streams.push((obj_at, num, dict, start, end));
                }
                at = end;
            } else {
                at = lx.pos;
            }
        }
        let trailer = memmem::Finder::new(b"trailer");
        let mut from = 0;
        while let Some(found) = bytes.get(from..).and_then(|rest| trailer.find(rest)) {
            from += found + 7;
            let mut lx = Lexer::new(bytes, from);
            if let Some(Obj::Dict(d)) = lx.value(0)
                && let Some(Obj::Ref(root)) = d.get(b"Root")
            {
                doc.roots.push((from, *root));
            }
            from = lx.pos.max(from);
        }
        // Objects in object streams, unless defined again later.
        for (stream_at, num, dict, start, end) in object_streams {
            let data = doc.decode(&dict, &bytes[start..end])?;
            let n = dict.get(b"N").and_then(count_of)?;
            let first = dict.get(b"First").and_then(count_of)?;
            let mut lx = Lexer::new(&data, 0);
            for _ in 0..n.min(MAX_ENTRIES) {
                let (Some(Obj::Num(member)), Some(Obj::Num(offset))) = (lx.value(0), lx.value(0))
                else {
                    break;
                };
                let (Some(member), Some(offset)) =
                    (count_of(&Obj::Num(member)), count_of(&Obj::Num(offset)))
                else {
                    break;
                };
                let loc = Loc::Packed {
                    stream: num,
                    offset: first.checked_add(offset)?,
                };
                let member = u32::try_from(member).ok()?;
                match doc.objects.get(&member) {
                    Some((made, _)) if *made > stream_at => {}
                    _ => {
                        doc.objects.insert(member, (stream_at, loc));
                    }
                }
            }
            doc.packed.insert(num, data);
        }
        Some(doc)
    }

    /// Counts `n` units of work; `None` once the listing has done too much.
    fn spend(&self, n: usize) -> Option<()> {
        let done = self.work.get().saturating_add(n as u64);
        self.work.set(done);
        (done <= MAX_WORK).then_some(())
    }

    /// The catalog: the last `/Root` named by a trailer or a
    /// cross-reference stream, else the last object typed `/Catalog`.
    fn root(&self) -> Option<Obj> {
        let last = |v: &[(usize, u32)]| {
            v.iter()
                .filter(|(_, r)| self.objects.contains_key(r))
                .max_by_key(|(at, _)| *at)
                .map(|(_, r)| *r)
        };
        last(&self.roots)
            .or_else(|| last(&self.catalogs))
            .map(Obj::Ref)
    }

    /// Object `num`'s value (for a stream, its dictionary).
    fn object(&self, num: u32) -> Option<Obj> {
        let (data, at) = match self.objects.get(&num)?.1 {
            Loc::Direct(at) => (self.bytes, at),
            Loc::Packed { stream, offset } => (self.packed.get(&stream)?.as_slice(), offset),
        };
        let mut lx = Lexer::new(data, at);
        let value = lx.value(0);
        self.spend(lx.pos.saturating_sub(at) + 1)?;
        value
    }

    /// `value` with references followed.
    fn resolve(&self, mut value: Obj) -> Option<Obj> {
        for _ in 0..MAX_DEPTH {
            match value {
                Obj::Ref(n) => value = self.object(n).unwrap_or(Obj::Null),
                other => return Some(other),
            }
        }
        None
    }

    fn get(&self, value: &Obj) -> Option<Obj> {
        self.resolve(value.clone())
    }

    /// A stream object's dictionary and raw bytes.
    fn stream(&self, reference: &Obj) -> Option<(Dict, &'a [u8])> {
        let Obj::Ref(num) = reference else {
            return None;
        };
        let (start, mut end) = *self.streams.get(num)?;
        let Some(Obj::Dict(dict)) = self.object(*num) else {
            return None;
        };
        // A length given by reference is exact where it fits.
        if let Some(length @ Obj::Ref(_)) = dict.get(b"Length")
            && let Some(len) = self.get(length).as_ref().and_then(count_of)
            && let Some(exact) = start.checked_add(len).filter(|&e| e <= end)
        {
            end = exact;
        }
        Some((dict, &self.bytes[start..end]))
    }

    /// A stream's bytes decoded; `None` for a filter not read here.
    fn stream_data(&mut self, reference: &Obj) -> Option<Vec<u8>> {
        let (dict, raw) = self.stream(reference)?;
        self.decode(&dict, raw)
    }

    fn decode(&mut self, dict: &Dict, raw: &[u8]) -> Option<Vec<u8>> {
        let filters = match dict.get(b"Filter").map(|f| self.get(f)) {
            None | Some(Some(Obj::Null)) => Vec::new(),
            Some(Some(Obj::Name(n))) => vec![n],
            Some(Some(Obj::Array(a))) => a
                .into_iter()
                .map(|f| f.name().map(<[u8]>::to_vec))
                .collect::<Option<Vec<_>>>()?,
            _ => return None,
        };
        if dict.get(b"DecodeParms").is_some_and(|p| *p != Obj::Null) {
            // Predictors are for images and cross-reference streams, not
            // for what is read here.
            return None;
        }
        if filters.len() > MAX_FILTERS {
            return None;
        }
        let mut data = raw.to_vec();
        for filter in filters {
            data = match filter.as_slice() {
                b"FlateDecode" | b"Fl" => {
                    let left = MAX_INFLATED.checked_sub(self.inflated)?;
                    let cap = (left as u64).min(MAX_STREAM) + 1;
                    let mut out = Vec::new();
                    let mut z = flate2::read::ZlibDecoder::new(data.as_slice()).take(cap);
                    // A truncated stream keeps what inflated before the damage.
                    if z.read_to_end(&mut out).is_err() && out.is_empty() {
                        return None;
                    }
                    if out.len() as u64 >= cap {
                        // Over a limit: poppler is asked, under its deadline.
                        return None;
                    }
                    out
                }
                b"ASCII85Decode" | b"A85" => ascii85(&data)?,
                b"ASCIIHexDecode" | b"AHx" => ascii_hex(&data),
                _ => return None,
            };
            // Every stage's output counts against the budget.
            self.inflated += data.len();
            if self.inflated > MAX_INFLATED {
                return None;
            }
        }
        self.inflated += data.len();
        (self.inflated <= MAX_INFLATED).then_some(data)
    }

    /// The pages under `node` in order, each with the resources it has or
    /// inherits.
    fn pages(
        &self,
        node: &Obj,
        inherited: Option<&Rc<Obj>>,
        depth: usize,
        out: &mut Vec<(Dict, Option<Rc<Obj>>)>,
        seen: &mut HashSet<u32>,
    ) -> Option<()> {
        if depth > MAX_DEPTH || out.len() >= MAX_PAGES {
            return None;
        }
        if let Obj::Ref(n) = node
            && !seen.insert(*n)
        {
            return None;
        }
        let Obj::Dict(dict) = self.get(node)? else {
            return None;
        };
        let resources = match dict.get(b"Resources") {
            Some(own) => Some(Rc::new(own.clone())),
            None => inherited.cloned(),
        };
        match dict.get(b"Kids") {
            Some(kids) => {
                let Obj::Array(kids) = self.get(kids)? else {
                    return None;
                };
                for kid in &kids {
                    self.pages(kid, resources.as_ref(), depth + 1, out, seen)?;
                }
            }
            None => out.push((dict, resources)),
        }
        Some(())
    }

    /// The dictionary of category `kind` (`XObject`, `ColorSpace`) of
    /// each scope, innermost first.
    fn categories(&self, scopes: &[Rc<Obj>], kind: &[u8]) -> Option<Vec<Dict>> {
        let mut out = Vec::new();
        for scope in scopes.iter().rev() {
            // A dictionary written in place is read where it is (a large
            // one inherited by every page is not copied for each).
            let owned;
            let resources = match scope.as_ref() {
                Obj::Dict(d) => d,
                other => {
                    owned = self.get(other);
                    match &owned {
                        Some(Obj::Dict(d)) => d,
                        _ => continue,
                    }
                }
            };
            if let Some(Obj::Dict(d)) = resources.get(kind).and_then(|c| self.get(c)) {
                self.spend(d.0.len())?;
                out.push(d);
            }
        }
        Some(out)
    }

    /// A form's decoded content, decoded once.
    fn form(&mut self, num: u32) -> Option<Rc<Vec<u8>>> {
        if let Some(content) = self.forms.get(&num) {
            return Some(content.clone());
        }
        let content = Rc::new(self.stream_data(&Obj::Ref(num))?);
        self.forms.insert(num, content.clone());
        Some(content)
    }

    /// The rows for the images `content` draws (scanned for `Do` and
    /// inline images; forms scanned in turn); `visiting` holds the forms
    /// being scanned, so that a form drawing itself is not followed.
    fn draws(
        &mut self,
        content: &[u8],
        scopes: &mut Scopes,
        page: usize,
        visiting: &mut Vec<u32>,
        rows: &mut Vec<Value>,
    ) -> Option<()> {
        if visiting.len() > MAX_DEPTH {
            return None;
        }
        let categories = self.categories(scopes, b"XObject")?;
        // Each name once, the innermost scope's first.
        let mut xobjects: HashMap<&[u8], &Obj> = HashMap::new();
        for d in &categories {
            for (name, value) in &d.0 {
                xobjects.entry(name.as_slice()).or_insert(value);
            }
        }
        // The colour spaces an inline image may name, looked up once.
        let mut color_spaces: Option<Vec<Dict>> = None;
        let mut lx = Lexer::new(content, 0);
        let mut last_name: Option<Vec<u8>> = None;
        while rows.len() <= MAX_ROWS {
            let before = lx.pos;
            let token = lx.value(0);
            self.spend(lx.pos.saturating_sub(before) / 16 + 1)?;
            let Some(token) = token else {
                lx.skip_white();
                if lx.peek().is_none() {
                    break;
                }
                lx.pos += 1;
                continue;
            };
            match token {
                Obj::Name(n) => last_name = Some(n),
                Obj::Word(op) if op == b"Do" => {
                    let Some(name) = last_name.take() else {
                        continue;
                    };
                    let Some(&&Obj::Ref(num)) = xobjects.get(name.as_slice()) else {
                        continue;
                    };
                    let Some((dict, _)) = self.stream(&Obj::Ref(num)) else {
                        continue;
                    };
                    match dict.get(b"Subtype").and_then(Obj::name) {
                        Some(b"Image") => self.image_rows(&dict, page, rows),
                        Some(b"Form") if !visiting.contains(&num) => {
                            self.form_rows(num, &dict, scopes, page, visiting, rows)?;
                        }
                        _ => {}
                    }
                }
                Obj::Word(op) if op == b"BI" => {
                    last_name = None;
                    let began = lx.pos;
                    let mut d = Vec::new();
                    loop {
                        match lx.value(1)? {
                            Obj::Word(w) if w == b"ID" => break,
                            Obj::Name(key) => {
                                let v = lx.value(1)?;
                                d.push((key, v));
                            }
                            _ => {}
                        }
                    }
                    let dict = Dict(d);
                    // One white-space byte, the data, then `EI`.
                    let data_at = lx.pos + 1;
                    let length = inline_length(&dict);
                    lx.pos = inline_end(content, data_at, length);
                    self.spend(lx.pos.saturating_sub(began) / 16 + 1)?;
                    if color_spaces.is_none() {
                        color_spaces = Some(self.categories(scopes, b"ColorSpace")?);
                    }
                    let named = color_spaces.as_deref().unwrap_or_default();
                    self.inline_rows(&dict, named, page, rows);
                }
                _ => last_name = None,
            }
        }
        Some(())
    }

    /// The rows of form `num` drawn in `scopes`: its own resources
    /// searched first, then the scopes around it.
    fn form_rows(
        &mut self,
        num: u32,
        dict: &Dict,
        scopes: &mut Scopes,
        page: usize,
        visiting: &mut Vec<u32>,
        rows: &mut Vec<Value>,
    ) -> Option<()> {
        // A form with a filter not read here: poppler is asked.
        let inner = self.form(num)?;
        let own = dict.get(b"Resources").map(|r| Rc::new(r.clone()));
        let pushed = own.is_some();
        scopes.extend(own);
        visiting.push(num);
        let done = self.draws(&inner, scopes, page, visiting, rows);
        visiting.pop();
        if pushed {
            scopes.pop();
        }
        done
    }

    /// The rows of the appearances of a page's visible annotations (which
    /// poppler draws after the page, and lists the images of).
    fn annotation_rows(
        &mut self,
        page_dict: &Dict,
        scopes: &mut Scopes,
        page: usize,
        rows: &mut Vec<Value>,
    ) -> Option<()> {
        let Some(Obj::Array(annots)) = page_dict.get(b"Annots").and_then(|a| self.get(a)) else {
            return Some(());
        };
        for annot in annots.iter().take(MAX_ENTRIES) {
            let Some(Obj::Dict(annot)) = self.get(annot) else {
                continue;
            };
            // Hidden (2) or not for the screen (32).
            let flags = annot.get(b"F").and_then(count_of).unwrap_or(0);
            if flags & (2 | 32) != 0 {
                continue;
            }
            let Some(Obj::Dict(ap)) = annot.get(b"AP").and_then(|a| self.get(a)) else {
                continue;
            };
            let Some(normal) = ap.get(b"N") else {
                continue;
            };
            // One appearance, or one per state chosen by `/AS`.
            let chosen = match normal {
                Obj::Ref(n) if self.streams.contains_key(n) => Some(*n),
                other => match self.get(other) {
                    Some(Obj::Dict(states)) => annot
                        .get(b"AS")
                        .and_then(Obj::name)
                        .and_then(|s| states.get(s))
                        .and_then(|r| match r {
                            Obj::Ref(n) => Some(*n),
                            _ => None,
                        }),
                    _ => None,
                },
            };
            let Some(num) = chosen else {
                continue;
            };
            let Some((dict, _)) = self.stream(&Obj::Ref(num)) else {
                continue;
            };
            self.form_rows(num, &dict, scopes, page, &mut Vec::new(), rows)?;
        }
        Some(())
    }

    /// The rows of an image XObject: itself, then its soft mask, or else
    /// its mask (poppler lists one of them).
    fn image_rows(&self, dict: &Dict, page: usize, rows: &mut Vec<Value>) {
        let stencil = matches!(dict.get(b"ImageMask"), Some(Obj::Bool(true)));
        let color = if stencil {
            "-".to_owned()
        } else {
            dict.get(b"ColorSpace")
                .map(|cs| self.color(cs, &[]))
                .unwrap_or_else(|| "-".into())
        };
        rows.push(self.row(dict, page, color));
        for (key, color) in [(&b"SMask"[..], "gray"), (&b"Mask"[..], "-")] {
            if let Some(mask @ Obj::Ref(_)) = dict.get(key)
                && let Some((mask, _)) = self.stream(mask)
            {
                rows.push(self.row(&mask, page, color.into()));
                break;
            }
        }
    }

    /// The row of an inline image (abbreviated keys and names allowed).
    fn inline_rows(&self, dict: &Dict, named: &[Dict], page: usize, rows: &mut Vec<Value>) {
        let get = |long: &[u8], short: &[u8]| dict.get(long).or_else(|| dict.get(short));
        let stencil = matches!(get(b"ImageMask", b"IM"), Some(Obj::Bool(true)));
        let color = match get(b"ColorSpace", b"CS") {
            _ if stencil => "-".into(),
            Some(cs) => self.color(cs, named),
            None => "-".into(),
        };
        let size =
            |long, short| get(long, short).and_then(|v| self.get(v).as_ref().and_then(count_of));
        let (Some(width), Some(height)) = (size(b"Width", b"W"), size(b"Height", b"H")) else {
            return;
        };
        let format = encoding(get(b"Filter", b"F"));
        rows.push(json!({
            "page": page,
            "width": width,
            "height": height,
            "color": color,
            "format": format,
        }));
    }

    fn row(&self, dict: &Dict, page: usize, color: String) -> Value {
        let size = |key: &[u8]| {
            dict.get(key)
                .and_then(|v| self.get(v).as_ref().and_then(count_of))
                .unwrap_or(0)
        };
        let filter = dict.get(b"Filter").and_then(|f| self.get(f));
        json!({
            "page": page,
            "width": size(b"Width"),
            "height": size(b"Height"),
            "color": color,
            "format": encoding(filter.as_ref()),
        })
    }

    /// A colour space as `pdfimages` names it; `named` are the
    /// `/ColorSpace` resources an inline image may name one by.
    fn color(&self, cs: &Obj, named: &[Dict]) -> String {
        let Some(cs) = self.get(cs) else {
            return "-".into();
        };
        let family = match &cs {
            Obj::Name(n) => n.clone(),
            Obj::Array(a) => match a.first().and_then(Obj::name) {
                Some(n) => n.to_vec(),
                None => return "-".into(),
            },
            _ => return "-".into(),
        };
        let name = match family.as_slice() {
            b"DeviceGray" | b"G" | b"CalGray" => "gray",
            b"DeviceRGB" | b"RGB" | b"CalRGB" => "rgb",
            b"DeviceCMYK" | b"CMYK" => "cmyk",
            b"Lab" => "lab",
            b"ICCBased" => "icc",
            b"Indexed" | b"I" => "index",
            b"Separation" => "sep",
            b"DeviceN" => "devn",
            other => {
                if let Some(found) = named.iter().find_map(|d| d.get(other)) {
                    return self.color(found, &[]);
                }
                "-"
            }
        };
        name.into()
    }
}

/// ASCII85 (`<~` optional, `~>` ends, `z` for four zero bytes).
fn ascii85(data: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(data.len() * 4 / 5);
    let (mut group, mut n) = (0u64, 0usize);
    let body = data.strip_prefix(b"<~").unwrap_or(data);
    for &c in body {
        match c {
            b'~' => break,
            b'z' if n == 0 => out.extend_from_slice(&[0; 4]),
            b'!'..=b'u' => {
                group = group * 85 + u64::from(c - b'!');
                n += 1;
                if n == 5 {
                    out.extend_from_slice(&u32::try_from(group).ok()?.to_be_bytes());
                    (group, n) = (0, 0);
                }
            }
            c if is_white(c) => {}
            _ => return None,
        }
    }
    if n > 1 {
        // A short group is padded with `u` and cut to n - 1 bytes.
        for _ in n..5 {
            group = group * 85 + 84;
        }
        out.extend_from_slice(&u32::try_from(group).ok()?.to_be_bytes()[..n - 1]);
    }
    Some(out)
}

/// ASCII hexadecimal (`>` ends; an odd last digit is followed by 0).
fn ascii_hex(data: &[u8]) -> Vec<u8> {
    let digits: Vec<u8> = data
        .iter()
        .take_while(|&&c| c != b'>')
        .filter_map(|&c| (c as char).to_digit(16).map(|d| d as u8))
        .collect();
    digits
        .chunks(2)
        .map(|p| p[0] << 4 | p.get(1).copied().unwrap_or(0))
        .collect()
}

/// The encoding column of `pdfimages -list`, from the last filter.
fn encoding(filter: Option<&Obj>) -> &'static str {
    let last = match filter {
        Some(Obj::Name(n)) => Some(n.as_slice()),
        Some(Obj::Array(a)) => a.last().and_then(Obj::name),
        _ => None,
    };
    match last {
        Some(b"DCTDecode" | b"DCT") => "jpeg",
        Some(b"JPXDecode") => "jpx",
        Some(b"JBIG2Decode") => "jbig2",
        Some(b"CCITTFaxDecode" | b"CCF") => "ccitt",
        _ => "image",
    }
}

/// A whole number of at least 0 that fits (sizes, offsets, counts).
fn count_of(v: &Obj) -> Option<usize> {
    match v {
        Obj::Num(n) if n.fract() == 0.0 && *n >= 0.0 && *n <= u32::MAX as f64 => Some(*n as usize),
        _ => None,
    }
}

/// The object number of the `n g obj` whose `obj` is at `obj_at`.
fn object_number(bytes: &[u8], obj_at: usize) -> Option<u32> {
    let mut i = obj_at;
    let back_white = |i: &mut usize| {
        let start = *i;
        while *i > 0 && is_white(bytes[*i - 1]) {
            *i -= 1;
        }
        *i < start
    };
    let back_digits = |i: &mut usize| {
        let end = *i;
        while *i > 0 && bytes[*i - 1].is_ascii_digit() {
            *i -= 1;
        }
        (*i < end).then(|| &bytes[*i..end])
    };
    back_white(&mut i);
    back_digits(&mut i)?;
    if !back_white(&mut i) {
        return None;
    }
    let num = back_digits(&mut i)?;
    if i > 0 && is_regular(bytes[i - 1]) {
        return None;
    }
    std::str::from_utf8(num).ok()?.parse().ok()
}

/// The bytes of the stream whose dictionary ends at `after_dict`, if a
/// stream follows: from past `stream` and its end of line to before
/// `endstream` (found by its `/Length` when that is a number and fits,
/// else by looking).
fn stream_bounds(
    bytes: &[u8],
    after_dict: usize,
    dict: &Dict,
    endstream_from: &mut impl FnMut(usize) -> Option<usize>,
) -> Option<(usize, usize)> {
    let mut lx = Lexer::new(bytes, after_dict);
    lx.skip_white();
    if !bytes.get(lx.pos..)?.starts_with(b"stream") {
        return None;
    }
    let mut start = lx.pos + 6;
    if bytes.get(start) == Some(&b'\r') {
        start += 1;
    }
    if bytes.get(start) == Some(&b'\n') {
        start += 1;
    }
    if let Some(len) = dict.get(b"Length").and_then(count_of)
        && let Some(end) = start.checked_add(len)
        && let Some(rest) = bytes.get(end..)
    {
        // A real file has an end of line there, not a long run.
        let white = rest.iter().take(16).take_while(|c| is_white(**c)).count();
        if rest[white..].starts_with(b"endstream") {
            return Some((start, end));
        }
    }
    let mut end = endstream_from(start)?;
    if end > start && bytes[end - 1] == b'\n' {
        end -= 1;
    }
    if end > start && bytes[end - 1] == b'\r' {
        end -= 1;
    }
    Some((start, end))
}

/// The length of an inline image's data when it is not filtered (rows
/// of width × components × bits, rounded up to bytes), as poppler skips
/// it before looking for `EI`.
fn inline_length(dict: &Dict) -> Option<usize> {
    let get = |long: &[u8], short: &[u8]| dict.get(long).or_else(|| dict.get(short));
    if get(b"Filter", b"F").is_some_and(|f| *f != Obj::Null && *f != Obj::Array(vec![])) {
        return None;
    }
    let stencil = matches!(get(b"ImageMask", b"IM"), Some(Obj::Bool(true)));
    let components = match get(b"ColorSpace", b"CS") {
        _ if stencil => 1,
        Some(Obj::Name(n)) => match n.as_slice() {
            b"G" | b"DeviceGray" => 1,
            b"RGB" | b"DeviceRGB" => 3,
            b"CMYK" | b"DeviceCMYK" => 4,
            _ => return None,
        },
        Some(Obj::Array(a)) if matches!(a.first().and_then(Obj::name), Some(b"I" | b"Indexed")) => {
            1
        }
        _ => return None,
    };
    let bits = if stencil {
        1
    } else {
        get(b"BitsPerComponent", b"BPC").and_then(count_of)?
    };
    let width = get(b"Width", b"W").and_then(count_of)?;
    let height = get(b"Height", b"H").and_then(count_of)?;
    width
        .checked_mul(components)?
        .checked_mul(bits)?
        .div_ceil(8)
        .checked_mul(height)
}

/// Past an inline image's data from `at` (`length` bytes long when that
/// is known): after the first `EI` followed by white space (or the end)
/// and, when the length is not known, preceded by white space too.
fn inline_end(content: &[u8], at: usize, length: Option<usize>) -> usize {
    let mut from = at.saturating_add(length.unwrap_or(0)).min(content.len());
    while let Some(found) = memmem::find(&content[from..], b"EI") {
        let i = from + found;
        let before = length.is_some() || i == 0 || is_white(content[i - 1]);
        let after = content.get(i + 2).is_none_or(|c| is_white(*c));
        if before && after {
            return i + 2;
        }
        from = i + 2;
    }
    content.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small uncompressed PDF: one page drawing `content`, with image
    /// `/Im1` (4 × 2, grey) and form `/Fm1` (drawing `/Im1`) as resources
    /// of the page tree (the page inherits them), then `more` objects
    /// (numbered from 7) and `update` appended as an incremental update.
    fn pdf_with(content: &str, page_extra: &str, more: &[&str], update: &str) -> Vec<u8> {
        let mut objects = vec![
            "<< /Type /Catalog /Pages 2 0 R >>".to_owned(),
            "<< /Type /Pages /Kids [3 0 R] /Count 1 /Resources << /XObject << /Im1 5 0 R /Fm1 6 0 R >> >> >>".to_owned(),
            format!("<< /Type /Page /Parent 2 0 R /Contents 4 0 R {page_extra} >>"),
            format!("<< /Length {} >>\nstream\n{content}\nendstream", content.len()),
            "<< /Type /XObject /Subtype /Image /Width 4 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 8 >>\nstream\n\0\0\0\0\0\0\0\0\nendstream".to_owned(),
            "<< /Type /XObject /Subtype /Form /BBox [0 0 1 1] /Length 8 >>\nstream\n/Im1 Do\nendstream".to_owned(),
        ];
        objects.extend(more.iter().map(|m| (*m).to_owned()));
        let mut out = b"%PDF-1.4\n".to_vec();
        for (i, o) in objects.iter().enumerate() {
            out.extend(format!("{} 0 obj\n{o}\nendobj\n", i + 1).bytes());
        }
        out.extend(b"trailer\n<< /Root 1 0 R /Size 20 >>\n%%EOF\n");
        out.extend(update.bytes());
        out
    }

    fn pdf(content: &str) -> Vec<u8> {
        pdf_with(content, "", &[], "")
    }

    fn count(bytes: &[u8]) -> Option<usize> {
        list(bytes).map(|r| r.len())
    }

    #[test]
    fn images_are_drawn_by_do_by_forms_and_inline_and_not_by_words_in_strings() {
        let rows = list(&pdf(
            "BT (not /Im1 Do nor BI) Tj ET q /Im1 Do Q /Fm1 Do BI /W 3 /H 1 /CS /G /BPC 8 /F /DCT ID \x01\x02\x03 EI",
        ))
        .expect("listed");
        assert_eq!(rows.len(), 3, "{rows:?}");
        assert_eq!(
            rows[0],
            json!({"page": 1, "width": 4, "height": 2, "color": "gray", "format": "image"})
        );
        assert_eq!(rows[1], rows[0], "the form draws the same picture");
        assert_eq!(
            rows[2],
            json!({"page": 1, "width": 3, "height": 1, "color": "gray", "format": "jpeg"})
        );
        // Nothing drawn, nothing listed (resources alone do not count).
        assert_eq!(list(&pdf("BT (text) Tj ET")), Some(vec![]));
    }

    #[test]
    fn damaged_or_encrypted_files_give_none_or_less_and_never_panic() {
        let whole = pdf("/Im1 Do /Fm1 Do");
        assert_eq!(list(&whole).map(|r| r.len()), Some(2));
        for cut in 0..whole.len() {
            let _ = list(&whole[..cut]);
        }
        // Every byte in turn replaced by a delimiter or a backslash.
        for at in 0..whole.len() {
            for b in [b'(', b'\\', b'<', b'[', b'/'] {
                let mut bad = whole.clone();
                bad[at] = b;
                let _ = list(&bad);
            }
        }
        let encrypted = String::from_utf8_lossy(&whole)
            .replace("/Root 1 0 R", "/Root 1 0 R /Encrypt 9 0 R")
            .into_bytes();
        assert_eq!(list(&encrypted), None, "poppler is asked instead");
    }

    #[test]
    fn poppler_s_rules_for_inline_data_forms_masks_annotations_and_updates() {
        // Unfiltered inline data is skipped by its size: an `EI` or a
        // `Do` inside it is data.
        assert_eq!(
            count(&pdf("BI /W 4 /H 1 /CS /G /BPC 8 ID  EI \nEI /Im1 Do")),
            Some(2)
        );
        assert_eq!(
            count(&pdf("BI /W 8 /H 1 /CS /G /BPC 8 ID /Im1 Do \nEI")),
            Some(1)
        );
        // A form with resources of its own still finds the page's names.
        let own = pdf_with(
            "/Fm2 Do",
            "/Resources << /XObject << /Im1 5 0 R /Fm2 7 0 R >> >>",
            &[
                "<< /Subtype /Form /BBox [0 0 1 1] /Resources << /Font << >> >> /Length 8 >>\nstream\n/Im1 Do\nendstream",
            ],
            "",
        );
        assert_eq!(count(&own), Some(1));
        // A soft mask is listed, and then not the mask as well.
        let masked = pdf_with(
            "/Im2 Do",
            "/Resources << /XObject << /Im2 7 0 R >> >>",
            &[
                "<< /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceRGB /BitsPerComponent 8 /SMask 8 0 R /Mask 8 0 R /Length 0 >>\nstream\n\nendstream",
                "<< /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 0 >>\nstream\n\nendstream",
            ],
            "",
        );
        let rows = list(&masked).expect("listed");
        assert_eq!(rows.len(), 2, "{rows:?}");
        assert_eq!(rows[0]["color"], "rgb");
        assert_eq!(rows[1]["color"], "gray");
        // A visible annotation's appearance is drawn; a hidden one's not.
        let annotated = pdf_with(
            "",
            "/Annots [7 0 R 8 0 R]",
            &[
                "<< /Type /Annot /Subtype /Stamp /AP << /N 6 0 R >> >>",
                "<< /Type /Annot /Subtype /Stamp /F 2 /AP << /N 6 0 R >> >>",
            ],
            "",
        );
        assert_eq!(count(&annotated), Some(1));
        // An incremental update's new content replaces the old.
        let updated = pdf_with(
            "/Im1 Do",
            "",
            &[],
            "4 0 obj\n<< /Length 15 >>\nstream\n/Im1 Do /Im1 Do\nendstream\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n",
        );
        assert_eq!(count(&updated), Some(2));
    }

    #[test]
    fn crafted_sizes_nesting_and_repetition_end_soon() {
        // A length by reference too large for memory.
        let huge = String::from_utf8_lossy(&pdf_with("/Im1 Do", "", &["1e20"], ""))
            .replace("/Length 8 >>\nstream\n\0", "/Length 7 0 R >>\nstream\n\0")
            .into_bytes();
        assert_eq!(count(&huge), Some(1));
        // Forms drawing the next one twice, 40 deep: 2^40 draws if
        // followed blindly; the work limit hands it to poppler.
        let mut forms = Vec::new();
        for i in 0..40 {
            let next = if i == 39 {
                "/Im1 Do".to_owned()
            } else {
                format!("/F{} Do /F{} Do", i + 1, i + 1)
            };
            forms.push(format!(
                "<< /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /F{} {} 0 R /Im1 5 0 R >> >> /Length {} >>\nstream\n{next}\nendstream",
                i + 1,
                i + 8,
                next.len()
            ));
        }
        let more: Vec<&str> = forms.iter().map(String::as_str).collect();
        let chain = pdf_with(
            "/F0 Do",
            "/Resources << /XObject << /F0 7 0 R >> >>",
            &more,
            "",
        );
        let rows = count(&chain);
        assert!(rows.is_none() || rows == Some(MAX_ROWS), "{rows:?}");
        // More filters than a real file uses: poppler is asked.
        let filtered = String::from_utf8_lossy(&pdf("/Im1 Do"))
            .replacen(
                "<< /Length 7 >>",
                "<< /Filter [/AHx /AHx /AHx /AHx /AHx] /Length 7 >>",
                1,
            )
            .into_bytes();
        assert_eq!(count(&filtered), None);
        // A form that draws itself.
        let looped = pdf_with(
            "/F Do",
            "/Resources << /XObject << /F 7 0 R /Im1 5 0 R >> >>",
            &["<< /Subtype /Form /BBox [0 0 1 1] /Length 13 >>\nstream\n/F Do /Im1 Do\nendstream"],
            "",
        );
        assert_eq!(count(&looped), Some(1));
        // Unterminated hex strings, a million of them, in a content
        // stream and as objects.
        let many = "< ".repeat(1_000_000);
        assert!(count(&pdf(&many)).is_some_and(|n| n == 0));
        let objects = "1 0 obj <".repeat(200_000);
        assert_eq!(count(objects.as_bytes()), None);
    }

    #[test]
    fn ascii85_and_hex_decode_as_the_pdf_reference_gives_them() {
        assert_eq!(
            ascii85(b"<~87cURD]j7BEbo7~>").as_deref(),
            Some(&b"Hello world"[..])
        );
        assert_eq!(ascii85(b"z~>").as_deref(), Some(&[0u8; 4][..]));
        assert_eq!(ascii85(b"\x7f~>"), None);
        assert_eq!(ascii_hex(b"48 65 6c6C 6f7>"), b"Hello\x70");
    }
}
