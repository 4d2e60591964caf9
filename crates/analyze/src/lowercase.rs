//! Lower-casing a word into a reused buffer, the one way every stage does it.

/// Appends `w` to `buf` in lower case: an ASCII word byte by byte, any
/// other by Unicode's full lower-case mapping.
pub(crate) fn push_lower(buf: &mut String, w: &str) {
    if w.is_ascii() {
        let start = buf.len();
        buf.push_str(w);
        buf[start..].make_ascii_lowercase();
    } else {
        buf.extend(w.chars().flat_map(char::to_lowercase));
    }
}
