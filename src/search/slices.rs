//! The account slices of `idx_documents_account_search` (migration 0008):
//! each document's lexemes are indexed behind a three-character key of its
//! account and one of sixteen slices (the last hex digit of its id), so a
//! word's posting list there holds one slice of one account. A query is
//! rewritten into one `tsquery` per slice.

use base64::Engine as _;
use uuid::Uuid;

use super::tsquery::{map_lexemes, quote, relax_phrases};

/// The slices, in the order searches read them: a document's is the last
/// hex digit of its id (0008's `account_search_vector`).
pub const SLICES: &[char] = &[
    '0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'a', 'b', 'c', 'd', 'e', 'f',
];
/// Longest lexeme the index holds, in bytes (0008's
/// `account_search_vector`: PostgreSQL's 2,047 less the 4-byte key).
pub const MAX_INDEXED_LEXEME_BYTES: usize = 2043;

/// The key of `user_id`'s lexemes in `idx_documents_account_search`:
/// `search_account_key` of migration 0008, three characters of the
/// standard base64 of the id's bytes from the seventeenth on.
pub fn account_key(user_id: Uuid) -> String {
    base64::engine::general_purpose::STANDARD.encode(user_id.as_bytes())[16..19].to_owned()
}

/// `tsquery` over the index: every lexeme behind `key` and `slice`. A
/// lexeme too long for the index is cut to what it could hold (it then
/// finds nothing, or candidates the whole query rejects).
fn slice_query(tsquery: &str, key: &str, slice: char) -> String {
    map_lexemes(tsquery, |lexeme| {
        let mut end = lexeme.len().min(MAX_INDEXED_LEXEME_BYTES);
        while !lexeme.is_char_boundary(end) {
            end -= 1;
        }
        quote(&format!("{key}{slice}{}", &lexeme[..end]))
    })
}

/// The query over each slice, in [`SLICES`] order, its phrases relaxed to
/// "all these words" (which the index answers without reading a row);
/// empty for an empty query.
pub fn queries(tsquery: &str, user_id: Uuid) -> Vec<String> {
    let relaxed = relax_phrases(tsquery);
    if relaxed.trim().is_empty() {
        return Vec::new();
    }
    let key = account_key(user_id);
    SLICES
        .iter()
        .map(|&s| slice_query(&relaxed, &key, s))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slice_queries_put_every_lexeme_behind_the_key_and_slice() {
        let user = Uuid::parse_str("f4f5f4fc-87f7-494f-80d7-81818a3c7eb2").expect("uuid");
        // Bytes 12 to 14 are 8a 3c 7e: base64 "ijx+", of which "ijx", as
        // PostgreSQL's `search_account_key` (checked against it in tests/api).
        assert_eq!(account_key(user), "ijx");
        assert_eq!(
            slice_query("'acm' & !( 'it''s' <-> 'a\\\\b' ) | 'x':*", "key", '7'),
            "'key7acm' & !( 'key7it''s' <-> 'key7a\\\\b' ) | 'key7x':*"
        );
        let all = queries("'return' <-> 'valu'", user);
        assert_eq!(all.len(), SLICES.len());
        assert_eq!(all[0], "'ijx0return' & 'ijx0valu'");
        assert_eq!(all[1], "'ijx1return' & 'ijx1valu'");
        assert_eq!(all[15], "'ijxfreturn' & 'ijxfvalu'");
        assert_eq!(queries("", user), Vec::<String>::new());
        // A lexeme too long for the index is cut at a character boundary.
        let long = format!("'{}'", "é".repeat(1500));
        let cut = slice_query(&long, "abc", '0');
        assert_eq!(cut.len(), 2 + 4 + MAX_INDEXED_LEXEME_BYTES - 1);
    }
}
