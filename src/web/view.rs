//! What the templates are given: the layout every page shares, and values
//! turned into what a page shows (times, badges, highlighted text, tables,
//! a chart drawn as SVG on the server).

use std::fmt::Write;

use axum::http::{HeaderValue, header};
use axum::response::{IntoResponse, Response};
use chrono::{NaiveDate, NaiveDateTime};
use opencomplai_analyze::Entity;
use serde_json::Value;

use super::assets;
use super::session::Signed;

/// A rendered template as an HTML response (a rendering failure is a bug:
/// it is logged and answered 500).
pub fn html(rendered: askama::Result<String>) -> Response {
    match rendered {
        Ok(body) => {
            let mut r = body.into_response();
            r.headers_mut().insert(
                header::CONTENT_TYPE,
                HeaderValue::from_static("text/html; charset=utf-8"),
            );
            r
        }
        Err(e) => {
            tracing::error!(error = %e, "a page template failed to render");
            (
                axum::http::StatusCode::INTERNAL_SERVER_ERROR,
                "the page could not be shown",
            )
                .into_response()
        }
    }
}

/// What the frame around every page needs.
#[derive(Debug, Clone)]
pub struct Layout {
    pub title: String,
    /// The section the navigation marks as current.
    pub section: &'static str,
    /// Empty when nobody is signed in.
    pub email: String,
    pub is_admin: bool,
    /// The form token for the sign-out button (and every other form).
    pub csrf: String,
    /// A one-line confirmation at the top of the page.
    pub notice: Option<String>,
    pub css: &'static str,
    pub js: &'static str,
    pub icon: &'static str,
}

impl Layout {
    pub fn signed(s: &Signed, section: &'static str, title: impl Into<String>) -> Self {
        Self {
            title: title.into(),
            section,
            email: s.email.clone(),
            is_admin: s.principal.is_admin,
            csrf: s.csrf(),
            notice: None,
            css: assets::css_url(),
            js: assets::js_url(),
            icon: assets::icon_url(),
        }
    }

    pub fn anonymous(title: &str, csrf: String) -> Self {
        Self {
            title: title.to_owned(),
            section: "",
            email: String::new(),
            is_admin: false,
            csrf,
            notice: None,
            css: assets::css_url(),
            js: assets::js_url(),
            icon: assets::icon_url(),
        }
    }

    pub fn with_notice(mut self, notice: Option<&str>) -> Self {
        self.notice = notice.map(str::to_owned);
        self
    }

    /// Whether `name` is the current section (for `aria-current`).
    pub fn is(&self, name: &str) -> bool {
        self.section == name
    }
}

/// A moment as the page shows it: machine-readable for the script, which
/// rewrites it in the browser's locale, and readable in UTC without it.
#[derive(Debug, Clone, Default)]
pub struct When {
    pub iso: String,
    pub text: String,
}

pub fn when(at: Option<NaiveDateTime>) -> When {
    match at {
        Some(t) => When {
            iso: t
                .and_utc()
                .to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
            text: t.format("%Y-%m-%d %H:%M UTC").to_string(),
        },
        None => When::default(),
    }
}

/// A byte count for people, in binary units as the limits are set:
/// `12.3 KiB`, `100 MiB`.
pub fn size(bytes: Option<i64>) -> String {
    let Some(b) = bytes else {
        return String::new();
    };
    let b = b as f64;
    let (k, m, g) = (1024.0, 1024.0 * 1024.0, 1024.0 * 1024.0 * 1024.0);
    let short = |v: f64| {
        if v.fract() == 0.0 {
            format!("{v:.0}")
        } else {
            format!("{v:.1}")
        }
    };
    if b < k {
        format!("{b} B")
    } else if b < m {
        format!("{} KiB", short(b / k))
    } else if b < g {
        format!("{} MiB", short(b / m))
    } else {
        format!("{} GiB", short(b / g))
    }
}

/// A JSON object as short `name: value` pairs for a line of history:
/// empty values left out, long ones cut.
pub fn compact(value: Option<&Value>) -> String {
    let Some(Value::Object(m)) = value else {
        return String::new();
    };
    m.iter()
        .filter(|(_, v)| !v.is_null() && *v != &Value::String(String::new()))
        .map(|(k, v)| {
            let text = match v {
                Value::String(s) => s.clone(),
                other => other.to_string(),
            };
            let cut = if text.chars().count() > 40 {
                format!("{}…", text.chars().take(16).collect::<String>())
            } else {
                text
            };
            format!("{k}: {cut}")
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// A run of text, highlighted when it is an entity.
#[derive(Debug, Clone)]
pub struct Segment {
    pub text: String,
    /// The entity type, lower-case (`email`, `person`, ...), for its class.
    pub kind: Option<String>,
    /// The entity type as named in the legend.
    pub label: String,
}

/// `text` cut into plain and entity runs (`entities` hold character
/// offsets, end exclusive); at most `max_chars` characters are shown.
/// Overlapping or out-of-range entities are skipped, never panicked on.
pub fn segments(text: &str, entities: &[Entity], max_chars: usize) -> (Vec<Segment>, bool) {
    let chars: Vec<char> = text.chars().take(max_chars + 1).collect();
    let truncated = chars.len() > max_chars;
    let shown = chars.len().min(max_chars);
    let mut sorted: Vec<&Entity> = entities.iter().collect();
    sorted.sort_by_key(|e| (e.start, e.end));
    let mut out = Vec::new();
    let mut at = 0;
    let plain = |from: usize, to: usize| Segment {
        text: chars[from..to].iter().collect(),
        kind: None,
        label: String::new(),
    };
    for e in sorted {
        if e.start < at || e.end <= e.start || e.end > shown {
            continue;
        }
        if e.start > at {
            out.push(plain(at, e.start));
        }
        let label = e.entity_type.as_str().to_owned();
        out.push(Segment {
            text: chars[e.start..e.end].iter().collect(),
            kind: Some(label.to_lowercase()),
            label,
        });
        at = e.end;
    }
    if at < shown {
        out.push(plain(at, shown));
    }
    (out, truncated)
}

/// A table as the page shows it.
#[derive(Debug, Clone)]
pub struct TableView {
    pub source: String,
    pub head: Vec<String>,
    pub rows: Vec<Vec<String>>,
}

/// `extracted_tables` (`[{"source", "rows": [[...]]}]`): the first row
/// taken as the header when there are others.
pub fn tables(value: Option<&Value>, max_rows: usize) -> Vec<TableView> {
    let Some(Value::Array(all)) = value else {
        return Vec::new();
    };
    all.iter()
        .map(|t| {
            let mut rows: Vec<Vec<String>> = t["rows"]
                .as_array()
                .map(|rows| {
                    rows.iter()
                        .take(max_rows + 1)
                        .map(|r| {
                            r.as_array()
                                .map(|cells| cells.iter().map(cell).collect())
                                .unwrap_or_default()
                        })
                        .collect()
                })
                .unwrap_or_default();
            let head = if rows.len() > 1 {
                rows.remove(0)
            } else {
                Vec::new()
            };
            TableView {
                source: t["source"].as_str().unwrap_or("table").to_owned(),
                head,
                rows,
            }
        })
        .collect()
}

fn cell(v: &Value) -> String {
    match v {
        Value::String(s) => s.clone(),
        Value::Null => String::new(),
        other => other.to_string(),
    }
}

/// A JSON object's fields as (name, value) lines, each value as a person
/// reads it: lists joined, attachments by name, long values cut.
pub fn fields(value: Option<&Value>) -> Vec<(String, String)> {
    match value {
        Some(Value::Object(map)) => map
            .iter()
            .filter(|(_, v)| !v.is_null())
            .map(|(k, v)| (k.replace('_', " "), readable(v)))
            .collect(),
        _ => Vec::new(),
    }
}

fn readable(v: &Value) -> String {
    let text = match v {
        Value::Array(items) if items.iter().all(Value::is_string) => items
            .iter()
            .filter_map(Value::as_str)
            .collect::<Vec<_>>()
            .join(", "),
        // Attachments and the like: by name, with what is known of each.
        Value::Array(items) if items.iter().all(|i| i.get("name").is_some()) => items
            .iter()
            .map(|i| {
                let name = cell(&i["name"]);
                let what: Vec<String> = ["file_type", "size_bytes", "error"]
                    .iter()
                    .filter_map(|k| i.get(*k).filter(|v| !v.is_null()))
                    .map(cell)
                    .collect();
                if what.is_empty() {
                    name
                } else {
                    format!("{name} ({})", what.join(", "))
                }
            })
            .collect::<Vec<_>>()
            .join("; "),
        Value::Object(_) => compact(Some(v)),
        other => cell(other),
    };
    if text.chars().count() > 500 {
        format!("{}…", text.chars().take(500).collect::<String>())
    } else {
        text
    }
}

/// Documents per day as an SVG bar chart, with each day's count as the
/// bar's title and the whole as one labelled image.
pub fn day_chart(days: &[(NaiveDate, i64)]) -> String {
    let (width, height, pad) = (640.0_f64, 160.0_f64, 24.0_f64);
    let max = days.iter().map(|d| d.1).max().unwrap_or(0).max(1) as f64;
    let n = days.len().max(1) as f64;
    let slot = (width - 2.0 * pad) / n;
    let total: i64 = days.iter().map(|d| d.1).sum();
    let mut svg = String::new();
    let _ = write!(
        svg,
        "<svg class=\"chart\" viewBox=\"0 0 {width} {height}\" role=\"img\" \
         aria-label=\"Documents per day: {total} in {} days\">",
        days.len()
    );
    let _ = write!(
        svg,
        "<line x1=\"{pad}\" y1=\"{y}\" x2=\"{x2}\" y2=\"{y}\" stroke=\"#8a94a6\" stroke-width=\"1\"/>",
        y = height - pad,
        x2 = width - pad
    );
    for (i, (day, count)) in days.iter().enumerate() {
        let h = (height - 2.0 * pad) * (*count as f64) / max;
        let x = pad + slot * i as f64 + slot * 0.15;
        let y = height - pad - h;
        let _ = write!(
            svg,
            "<rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{w:.1}\" height=\"{h:.1}\" fill=\"#2f6fde\" rx=\"2\">\
             <title>{day}: {count}</title></rect>",
            w = slot * 0.7
        );
    }
    if let (Some(first), Some(last)) = (days.first(), days.last()) {
        let _ = write!(
            svg,
            "<text x=\"{pad}\" y=\"{ty}\" font-size=\"11\" fill=\"#4a5568\">{}</text>\
             <text x=\"{x2}\" y=\"{ty}\" font-size=\"11\" fill=\"#4a5568\" text-anchor=\"end\">{}</text>\
             <text x=\"{pad}\" y=\"14\" font-size=\"11\" fill=\"#4a5568\">{max}</text>",
            first.0,
            last.0,
            ty = height - 6.0,
            x2 = width - pad,
            max = max as i64
        );
    }
    svg.push_str("</svg>");
    svg
}

#[cfg(test)]
mod tests {
    use super::*;
    use opencomplai_analyze::EntityType;

    fn entity(t: EntityType, start: usize, end: usize) -> Entity {
        serde_json::from_value(serde_json::json!({
            "type": t.as_str(), "text": "", "start": start, "end": end,
            "score": 1.0, "recognizer": "test", "validated": true
        }))
        .expect("entity")
    }

    #[test]
    fn entities_become_marked_runs_by_character_offsets() {
        let text = "Café mail: ana@example.org, call +44 20";
        let e = [
            entity(EntityType::Email, 11, 26),
            entity(EntityType::Phone, 33, 39),
            // Overlapping and out of range: skipped.
            entity(EntityType::Url, 12, 20),
            entity(EntityType::Person, 30, 99),
        ];
        let (runs, cut) = segments(text, &e, 1000);
        assert!(!cut);
        let joined: String = runs.iter().map(|r| r.text.as_str()).collect();
        assert_eq!(joined, text);
        let marked: Vec<(&str, &str)> = runs
            .iter()
            .filter_map(|r| r.kind.as_deref().map(|k| (k, r.text.as_str())))
            .collect();
        assert_eq!(marked, [("email", "ana@example.org"), ("phone", "+44 20")]);
        let (runs, cut) = segments(text, &e, 10);
        assert!(cut);
        assert_eq!(runs.len(), 1);
    }

    #[test]
    fn the_chart_has_a_bar_per_day_and_a_label() {
        let days: Vec<(NaiveDate, i64)> = (1..=7)
            .map(|d| {
                (
                    NaiveDate::from_ymd_opt(2026, 12, d).expect("date"),
                    d as i64,
                )
            })
            .collect();
        let svg = day_chart(&days);
        assert_eq!(svg.matches("<rect").count(), 7);
        assert!(svg.contains("aria-label=\"Documents per day: 28 in 7 days\""));
    }
}
