//! HTML: the visible text (no scripts, styles or templates), block elements
//! on their own lines; `<title>` and `<meta name/property content>` into
//! metadata; every `<table>` into `tables`.

use scraper::{ElementRef, Html as Document, Node, Selector};
use serde_json::{Map, Value, json};

use crate::text::decode;
use crate::{ExtractError, Extraction, Extractor, Limits, Table};

pub(crate) struct Html;

const HIDDEN: &[&str] = &[
    "script", "style", "noscript", "template", "head", "svg", "iframe", "object",
];
const BLOCK: &[&str] = &[
    "p",
    "div",
    "br",
    "li",
    "ul",
    "ol",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "tr",
    "table",
    "section",
    "article",
    "header",
    "footer",
    "nav",
    "aside",
    "blockquote",
    "pre",
    "hr",
    "dt",
    "dd",
    "figcaption",
    "main",
    "form",
    "title",
];

fn selector(s: &str) -> Result<Selector, ExtractError> {
    Selector::parse(s).map_err(|e| ExtractError::Invalid {
        format: "HTML",
        reason: format!("internal selector {s}: {e}"),
    })
}

fn visible_text(element: ElementRef<'_>, out: &mut String) {
    for child in element.children() {
        match child.value() {
            Node::Text(t) => {
                let collapsed: Vec<&str> = t.split_whitespace().collect();
                if !collapsed.is_empty() {
                    if t.starts_with(char::is_whitespace)
                        && !out.ends_with(['\n', ' '])
                        && !out.is_empty()
                    {
                        out.push(' ');
                    }
                    out.push_str(&collapsed.join(" "));
                    if t.ends_with(char::is_whitespace) {
                        out.push(' ');
                    }
                }
            }
            Node::Element(e) => {
                let name = e.name();
                if HIDDEN.contains(&name) {
                    continue;
                }
                let Some(child) = ElementRef::wrap(child) else {
                    continue;
                };
                let block = BLOCK.contains(&name);
                if block && !out.is_empty() && !out.ends_with('\n') {
                    out.push('\n');
                }
                visible_text(child, out);
                if name == "td" || name == "th" {
                    out.push('\t');
                }
                if block && !out.ends_with('\n') {
                    out.push('\n');
                }
            }
            _ => {}
        }
    }
}

fn cell_text(cell: ElementRef<'_>) -> String {
    cell.text()
        .flat_map(str::split_whitespace)
        .collect::<Vec<_>>()
        .join(" ")
}

impl Extractor for Html {
    fn extract(&self, bytes: &[u8], _limits: &Limits) -> Result<Extraction, ExtractError> {
        let (source, encoding) = decode(bytes);
        let doc = Document::parse_document(&source);
        let mut out = Extraction::default();
        let mut meta = Map::new();
        meta.insert("encoding".into(), json!(encoding));
        if let Some(title) = doc.select(&selector("title")?).next() {
            let t = cell_text(title);
            if !t.is_empty() {
                meta.insert("title".into(), json!(t));
            }
        }
        if let Some(lang) = doc.root_element().value().attr("lang") {
            meta.insert("lang".into(), json!(lang));
        }
        let mut tags = Map::new();
        for m in doc.select(&selector("meta[content]")?) {
            let el = m.value();
            if let (Some(name), Some(content)) =
                (el.attr("name").or(el.attr("property")), el.attr("content"))
            {
                tags.insert(name.to_ascii_lowercase(), Value::String(content.to_owned()));
            }
        }
        if !tags.is_empty() {
            meta.insert("meta".into(), Value::Object(tags));
        }
        let row_sel = selector("tr")?;
        let cell_sel = selector("th, td")?;
        for (i, table) in doc.select(&selector("table")?).enumerate() {
            let rows: Vec<Vec<String>> = table
                .select(&row_sel)
                .map(|tr| tr.select(&cell_sel).map(cell_text).collect::<Vec<_>>())
                .filter(|r| !r.is_empty())
                .collect();
            if !rows.is_empty() {
                out.tables.push(Table {
                    source: format!("table {}", i + 1),
                    rows,
                });
            }
        }
        let body = doc
            .select(&selector("body")?)
            .next()
            .unwrap_or_else(|| doc.root_element());
        visible_text(body, &mut out.text);
        out.text = out
            .text
            .lines()
            .map(|l| l.trim_matches(|c| c == ' ' || c == '\t'))
            .filter(|l| !l.is_empty())
            .collect::<Vec<_>>()
            .join("\n");
        out.metadata = meta;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn visible_text_metadata_and_tables() {
        let page = br#"<!doctype html><html lang="en"><head><title>Quarterly report</title>
            <meta name="author" content="Finance Team"><meta property="og:type" content="article">
            <style>body { color: red }</style><script>var secret = 1;</script></head>
            <body><h1>Results</h1><p>Revenue grew <b>12%</b>.</p>
            <table><tr><th>Region</th><th>Sales</th></tr><tr><td>North</td><td>1,200</td></tr></table>
            <noscript>enable js</noscript></body></html>"#;
        let out = Html.extract(page, &Limits::default()).expect("extracts");
        assert_eq!(out.metadata["title"], "Quarterly report");
        assert_eq!(out.metadata["meta"]["author"], "Finance Team");
        assert_eq!(out.metadata["meta"]["og:type"], "article");
        assert_eq!(out.metadata["lang"], "en");
        assert!(
            out.text.contains("Results\nRevenue grew 12%."),
            "{}",
            out.text
        );
        assert!(
            !out.text.contains("secret")
                && !out.text.contains("color")
                && !out.text.contains("enable js")
        );
        assert_eq!(
            out.tables[0].rows,
            vec![vec!["Region", "Sales"], vec!["North", "1,200"]]
        );
    }
}
