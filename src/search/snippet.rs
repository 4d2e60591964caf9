//! Snippets: `ts_headline` marks the matches with two private-use
//! characters (removed from the content first, so only its marks remain),
//! and the text is then escaped for HTML with the marks turned into
//! `<mark>`.

/// Snippets are cut from this many leading characters of the content.
pub const SNIPPET_SOURCE_CHARS: i32 = 10_000;
/// Private-use characters marking highlights until the text is escaped.
const MARK_START: char = '\u{E000}';
const MARK_END: char = '\u{E001}';

/// The `ts_headline` options: two fragments of 10 to 24 words.
pub fn headline_options() -> String {
    format!(
        "StartSel={MARK_START}, StopSel={MARK_END}, MaxFragments=2, MaxWords=24, MinWords=10, \
         ShortWord=2, FragmentDelimiter=\" … \""
    )
}

/// The snippet as safe HTML: the text escaped, highlights in `<mark>`,
/// runs of whitespace as one space.
pub fn html(raw: &str) -> String {
    let mut out = String::with_capacity(raw.len() + 32);
    let mut space = false;
    for c in raw.trim().chars() {
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if space {
            out.push(' ');
            space = false;
        }
        match c {
            MARK_START => out.push_str("<mark>"),
            MARK_END => out.push_str("</mark>"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// The words a raw snippet highlights, as written in the document.
pub fn marked_words(raw: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut rest = raw;
    while let Some(start) = rest.find(MARK_START) {
        let after = &rest[start + MARK_START.len_utf8()..];
        let Some(end) = after.find(MARK_END) else {
            break;
        };
        out.extend(
            after[..end]
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .map(str::to_owned),
        );
        rest = &after[end + MARK_END.len_utf8()..];
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_are_escaped_and_marked() {
        let raw = format!("a <b>&\"x'\n\n {MARK_START}invoice{MARK_END}  due ");
        assert_eq!(
            html(&raw),
            "a &lt;b&gt;&amp;&quot;x&#39; <mark>invoice</mark> due"
        );
        assert_eq!(marked_words(&raw), ["invoice"]);
    }
}
