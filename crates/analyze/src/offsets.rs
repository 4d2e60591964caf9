//! Byte offset to character offset conversion, counting only the
//! distance between successive queries.

/// Converts byte offsets to char offsets, counting from the last query
/// (forward or back), so queries in about increasing order cost the
/// distance between them. (Restarting from the beginning on a step back
/// made a large document's nested entities, an address and the city in
/// it, quadratic: half the analysis of a 0.75 MB text.)
pub(crate) struct CharMap<'a> {
    text: &'a str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'a> CharMap<'a> {
    pub(crate) fn new(text: &'a str) -> Self {
        CharMap {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// The char offset of byte offset `byte` (which must be a char
    /// boundary; otherwise the next boundary's offset is returned).
    pub(crate) fn char_offset(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte.min(self.text.len());
        }
        let byte = byte.min(self.text.len());
        let bytes = self.text.as_bytes();
        // Count chars between the two offsets: every byte that is not a
        // UTF-8 continuation byte starts a char.
        let starts = |range: &[u8]| range.iter().filter(|&&b| (b as i8) >= -0x40).count();
        if byte >= self.byte {
            self.chars += starts(&bytes[self.byte..byte]);
        } else {
            self.chars -= starts(&bytes[byte..self.byte]);
        }
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_chars() {
        let t = "Zürich — ümlaut a@b.de";
        let mut m = CharMap::new(t);
        let at = t.find("a@b").expect("present");
        assert_eq!(m.char_offset(at), t[..at].chars().count());
        assert_eq!(m.char_offset(t.len()), t.chars().count());
        assert_eq!(m.char_offset(1), 1);
        // Back and forth, each answer the same as counting from the start.
        let b: Vec<usize> = t.char_indices().map(|(i, _)| i).collect();
        for at in [t.len(), 0, b[9], b[2], t.len(), at, b[1], b[8]] {
            assert_eq!(m.char_offset(at), t[..at].chars().count(), "at {at}");
        }
    }
}
