//! Byte offset to character offset conversion in one forward pass.

/// Converts byte offsets to char offsets. Queries must come in
/// non-decreasing order for the cheap path; an earlier offset restarts the
/// scan from the beginning (still correct, just slower).
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
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        let bytes = self.text.as_bytes();
        // Count chars in [self.byte, byte): every byte that is not a UTF-8
        // continuation byte starts a char.
        let n = bytes[self.byte..byte]
            .iter()
            .filter(|&&b| (b as i8) >= -0x40)
            .count();
        self.chars += n;
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
    }
}
