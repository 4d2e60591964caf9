//! The statement audit of issue 17, item 6: every SQL statement in `src/`
//! that touches `documents`, `processing_results` or `audit_logs` filters by
//! `user_id` (or, an insert, carries it), or is listed in
//! `docs/scaling-statements.txt` with the reason it does not.
//!
//! A static scan, not a log of traffic: it reads every string literal of
//! every `.rs` file under `src/` (and each step of the `.sql` files there),
//! expands `{NAME}` from a `const NAME: &str` of the same file (as the
//! `format!` that builds the statement does), drops SQL comments and quoted
//! SQL strings, and keeps what is shaped like a statement and names one of
//! the three tables. "Filters by `user_id`" means an equality of some
//! `user_id` with a bound parameter (`user_id = $1`, `d.user_id = :account`);
//! "carries it" means an insert into one of the tables whose column list
//! names `user_id`. What a move to Citus (distribution by `user_id`) must
//! still change is in `docs/scaling.md`; the list shrinks as that is done,
//! and this test fails both on a new statement that is neither and on a
//! listed one that no longer exists.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::LazyLock;

use regex::Regex;

fn re(pattern: &str) -> Regex {
    Regex::new(pattern).expect("a valid pattern")
}

const TABLES: &str = r"\b(documents|processing_results|audit_logs)\b";

static TABLE: LazyLock<Regex> = LazyLock::new(|| re(TABLES));
static SHAPE: LazyLock<Regex> = LazyLock::new(|| {
    re(r"(?i)^\s*(select|insert|update|delete|with|alter|lock|create|drop|copy|truncate|do)\b")
});
static CLAUSE: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\b(from|into|update|table|join|on)\b"));
static FILTER: LazyLock<Regex> = LazyLock::new(|| re(r"(?i)\buser_id\s*=\s*(\$\d+|:[a-z_]+)"));
static INSERT: LazyLock<Regex> =
    LazyLock::new(|| re(&format!(r"(?is)^\s*insert\s+into\s+{TABLES}\s*\(([^)]*)\)")));
static USER_ID: LazyLock<Regex> = LazyLock::new(|| re(r"\buser_id\b"));
static CONST: LazyLock<Regex> =
    LazyLock::new(|| re(r"const\s+([A-Z_][A-Z0-9_]*)\s*:\s*&(?:'static\s+)?str\s*=\s*$"));
static PLACEHOLDER: LazyLock<Regex> = LazyLock::new(|| re(r"\{([A-Z_][A-Z0-9_]*)\}"));
static COMMENT: LazyLock<Regex> = LazyLock::new(|| re(r"--[^\n]*"));
static QUOTED: LazyLock<Regex> = LazyLock::new(|| re(r"'[^']*'"));

/// One statement found: the file (relative to the crate) and its text,
/// whitespace collapsed.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
struct Statement {
    file: String,
    line: usize,
    sql: String,
}

impl Statement {
    /// Whether the statement filters by `user_id`, or inserts rows that
    /// carry it.
    fn routed(&self) -> bool {
        FILTER.is_match(&self.sql)
            || INSERT
                .captures(&self.sql)
                .is_some_and(|c| USER_ID.is_match(&c[2]))
    }
}

/// Every string literal of Rust source `src`, with the byte offset it
/// starts at: plain, byte and raw strings, escapes kept as written except
/// a line continuation (dropped with the next line's indentation, as Rust
/// does). Comments, character literals and lifetimes are stepped over.
fn literals(src: &str) -> Vec<(usize, String)> {
    let b = src.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let after_ident = i > 0 && (b[i - 1].is_ascii_alphanumeric() || b[i - 1] == b'_');
        if b[i..].starts_with(b"//") {
            i = src[i..].find('\n').map_or(b.len(), |k| i + k);
            continue;
        }
        if b[i..].starts_with(b"/*") {
            let mut depth = 0;
            while i < b.len() {
                if b[i..].starts_with(b"/*") {
                    depth += 1;
                    i += 2;
                } else if b[i..].starts_with(b"*/") {
                    depth -= 1;
                    i += 2;
                    if depth == 0 {
                        break;
                    }
                } else {
                    i += 1;
                }
            }
            continue;
        }
        if !after_ident && (b[i] == b'r' || b[i..].starts_with(b"br")) {
            let mut j = if b[i] == b'r' { i + 1 } else { i + 2 };
            let hashes = j;
            while j < b.len() && b[j] == b'#' {
                j += 1;
            }
            if j < b.len() && b[j] == b'"' {
                let close = format!("\"{}", "#".repeat(j - hashes));
                let body = j + 1;
                let end = src[body..].find(&close).map_or(b.len(), |k| body + k);
                out.push((i, src[body..end].to_string()));
                i = end + close.len();
                continue;
            }
        }
        if b[i] == b'"' || (!after_ident && b[i..].starts_with(b"b\"")) {
            let start = i;
            i += if b[i] == b'"' { 1 } else { 2 };
            let mut text = String::new();
            while i < b.len() && b[i] != b'"' {
                if b[i] == b'\\' {
                    if b.get(i + 1) == Some(&b'\n') {
                        i += 2;
                        while i < b.len() && b[i].is_ascii_whitespace() {
                            i += 1;
                        }
                    } else {
                        text.push_str(&src[i..i + 2]);
                        i += 2;
                    }
                    continue;
                }
                let Some(c) = src[i..].chars().next() else {
                    break;
                };
                text.push(c);
                i += c.len_utf8();
            }
            out.push((start, text));
            i += 1;
            continue;
        }
        if b[i] == b'\'' {
            // A character literal ('x', '\n', '\'', '\u{..}'), else a
            // lifetime or a label.
            if b.get(i + 1) == Some(&b'\\') {
                i = src[i + 3..].find('\'').map_or(b.len(), |k| i + 3 + k + 1);
                continue;
            }
            if let Some(c) = src[i + 1..].chars().next()
                && src[i + 1 + c.len_utf8()..].starts_with('\'')
            {
                i += 2 + c.len_utf8();
                continue;
            }
        }
        i += 1;
    }
    out
}

/// The statement a piece of SQL is, if it is one on the three tables.
fn statement(file: &str, line: usize, sql: &str) -> Option<Statement> {
    let bare = COMMENT.replace_all(sql, "");
    let bare = QUOTED.replace_all(&bare, "''");
    let sql = bare.split_whitespace().collect::<Vec<_>>().join(" ");
    (SHAPE.is_match(&sql) && CLAUSE.is_match(&sql) && TABLE.is_match(&sql)).then(|| Statement {
        file: file.to_string(),
        line,
        sql,
    })
}

/// The statements of one file: `file` names it in the results.
fn statements_in(file: &str, src: &str) -> Vec<Statement> {
    if file.ends_with(".sql") {
        // Steps run one by one (`src/db/audit_partition_prepare.sql`),
        // else the file as one.
        return src
            .split("\n-- step\n")
            .filter_map(|step| statement(file, 0, step))
            .collect();
    }
    let found = literals(src);
    let mut consts = BTreeMap::new();
    for (at, text) in &found {
        let mut from = at.saturating_sub(120);
        while !src.is_char_boundary(from) {
            from += 1;
        }
        if let Some(c) = CONST.captures(&src[from..*at]) {
            consts.insert(c[1].to_string(), text.clone());
        }
    }
    found
        .iter()
        .filter_map(|(at, text)| {
            let expanded = PLACEHOLDER.replace_all(text, |c: &regex::Captures<'_>| {
                consts
                    .get(&c[1])
                    .cloned()
                    .unwrap_or_else(|| c[0].to_string())
            });
            let line = src[..*at].matches('\n').count() + 1;
            statement(file, line, &expanded)
        })
        .collect()
}

fn files_under(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("src/ can be listed")
        .map(|e| e.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            files_under(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs" || e == "sql") {
            out.push(path);
        }
    }
}

fn crate_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every statement in `src/` on the three tables.
fn scan() -> Vec<Statement> {
    let root = crate_root();
    let mut files = Vec::new();
    files_under(&root.join("src"), &mut files);
    files
        .iter()
        .flat_map(|path| {
            let name = path
                .strip_prefix(&root)
                .expect("a file under the crate")
                .to_string_lossy()
                .to_string();
            statements_in(
                &name,
                &std::fs::read_to_string(path).expect("a source file"),
            )
        })
        .collect()
}

/// `docs/scaling-statements.txt`: (file, statement) → the reasons given,
/// one per time the statement occurs in that file. An entry is a line
/// `src/path.rs: statement`, followed by indented lines giving the reason;
/// `#` starts a comment line.
fn listed() -> BTreeMap<(String, String), Vec<String>> {
    let text = std::fs::read_to_string(crate_root().join("docs/scaling-statements.txt"))
        .expect("docs/scaling-statements.txt");
    let mut out: BTreeMap<(String, String), Vec<String>> = BTreeMap::new();
    let mut current: Option<(String, String)> = None;
    for line in text.lines() {
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if line.starts_with(char::is_whitespace) {
            let key = current
                .as_ref()
                .unwrap_or_else(|| panic!("a reason before any statement: {line}"));
            let last = out
                .get_mut(key)
                .and_then(|reasons| reasons.last_mut())
                .expect("the entry just read");
            last.push(' ');
            last.push_str(line.trim());
            continue;
        }
        let (file, sql) = line
            .split_once(": ")
            .unwrap_or_else(|| panic!("not `file: statement`: {line}"));
        let key = (
            file.to_string(),
            sql.split_whitespace().collect::<Vec<_>>().join(" "),
        );
        out.entry(key.clone()).or_default().push(String::new());
        current = Some(key);
    }
    out
}

#[test]
fn every_statement_on_documents_results_and_the_audit_trail_filters_by_user_id_or_is_listed_with_its_reason()
 {
    let found = scan();
    let listed = listed();
    let mut unlisted: BTreeMap<(String, String), Vec<usize>> = BTreeMap::new();
    for s in found.iter().filter(|s| !s.routed()) {
        unlisted
            .entry((s.file.clone(), s.sql.clone()))
            .or_default()
            .push(s.line);
    }
    let mut problems = Vec::new();
    for ((file, sql), lines) in &unlisted {
        let reasons = listed.get(&(file.clone(), sql.clone()));
        let have = reasons.map_or(0, Vec::len);
        if have < lines.len() {
            problems.push(format!(
                "not filtered by user_id and not listed (line {lines:?}, {} time(s) more than listed):\n{file}: {sql}",
                lines.len() - have
            ));
        }
    }
    for ((file, sql), reasons) in &listed {
        let occurs = unlisted
            .get(&(file.clone(), sql.clone()))
            .map_or(0, Vec::len);
        if reasons.len() > occurs {
            problems.push(format!(
                "listed {} time(s) but occurs {occurs} time(s) unfiltered (done or changed? shorten the list):\n{file}: {sql}",
                reasons.len()
            ));
        }
        for r in reasons {
            if r.trim().len() < 10 {
                problems.push(format!("listed without a reason:\n{file}: {sql}"));
            }
        }
    }
    let routed = found.iter().filter(|s| s.routed()).count();
    let exempt = found.len() - routed;
    println!(
        "{} statements: {routed} filter by user_id or insert it, {exempt} do not",
        found.len()
    );
    for s in &found {
        println!(
            "{} {}:{} {}",
            if s.routed() { "user_id" } else { "listed " },
            s.file,
            s.line,
            s.sql
        );
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n\n"));

    // docs/scaling.md gives the same counts.
    let doc =
        std::fs::read_to_string(crate_root().join("docs/scaling.md")).expect("docs/scaling.md");
    let doc = doc.split_whitespace().collect::<Vec<_>>().join(" ");
    let sentence = format!(
        "{} statements touch the three tables: {routed} filter by `user_id` or insert it, and {exempt} do not",
        found.len()
    );
    assert!(
        doc.contains(&sentence),
        "docs/scaling.md should say: {sentence}"
    );
}

#[test]
fn the_statement_scan_finds_every_form_of_literal_and_tells_a_filter_from_its_absence() {
    let src = r####"
//! "select * from documents" in a comment is no statement
const COLUMNS: &str = "id, user_id, \
    title";
const OWN: &str = "user_id = $1";
fn a<'a>(x: &'a str) -> char {
    let _q = '"';
    let _e = '\'';
    sqlx::query("update documents set title = $2 where id = $1 returning {COLUMNS}");
    sqlx::query(r#"select {COLUMNS} from documents where {OWN}"#);
    sqlx::query("insert into audit_logs (user_id, action) values ($1, $2)");
    sqlx::query("insert into processing_results (document_id) values ($1)");
    sqlx::query(&format!("select 1 from jobs j join documents d on d.id = j.document_id -- user_id = $1
        where d.title = 'user_id = $1'"));
    sqlx::query("select * from legal_hold_documents where user_id = $1");
    let _message = "delete and restore documents";
    'x'
}
"####;
    let found = statements_in("src/x.rs", src);
    let got: Vec<(bool, &str)> = found.iter().map(|s| (s.routed(), s.sql.as_str())).collect();
    assert_eq!(
        got,
        vec![
            (
                false,
                "update documents set title = $2 where id = $1 returning id, user_id, title"
            ),
            (
                true,
                "select id, user_id, title from documents where user_id = $1"
            ),
            (
                true,
                "insert into audit_logs (user_id, action) values ($1, $2)"
            ),
            (
                false,
                "insert into processing_results (document_id) values ($1)"
            ),
            (
                false,
                "select 1 from jobs j join documents d on d.id = j.document_id where d.title = ''"
            ),
        ]
    );
    assert_eq!(found[0].line, 9);
}
