//! Splitting an mbox file into its messages: a message starts at a line
//! beginning `From ` (as Python's `mailbox`, mutt and Thunderbird write
//! them), and a body line escaped as `>From ` (or `>>From `, mboxrd) loses
//! one `>`. Memory stays bounded: a message over the limit is reported by
//! its size and skipped, a very long line is read in pieces.

use std::io::{self, BufRead, Read};

/// Bytes read at most as one piece of a line.
const MAX_PIECE: u64 = 64 * 1024;

/// One message of the file.
#[derive(Debug, PartialEq, Eq)]
pub enum Entry {
    Message(Vec<u8>),
    /// Over the limit: its contents were skipped.
    TooLarge {
        size: u64,
    },
}

/// The messages of an mbox read from `reader`, none kept past `max` bytes.
pub struct Messages<R> {
    reader: R,
    max: u64,
    current: Option<Current>,
    at_line_start: bool,
}

struct Current {
    bytes: Vec<u8>,
    size: u64,
}

impl Current {
    fn finish(mut self, max: u64) -> Entry {
        if self.size > max {
            return Entry::TooLarge { size: self.size };
        }
        // The blank line that separates a message from the next `From `.
        if self.bytes.ends_with(b"\r\n\r\n") {
            self.bytes.truncate(self.bytes.len() - 2);
        } else if self.bytes.ends_with(b"\n\n") {
            self.bytes.pop();
        }
        Entry::Message(self.bytes)
    }
}

impl<R: BufRead> Messages<R> {
    pub fn new(reader: R, max: u64) -> Self {
        Self {
            reader,
            max,
            current: None,
            at_line_start: true,
        }
    }

    fn append(&mut self, piece: &[u8], line_start: bool) {
        let current = self.current.get_or_insert(Current {
            bytes: Vec::new(),
            size: 0,
        });
        let mut piece = piece;
        if line_start && piece.first() == Some(&b'>') {
            let quoted = piece.iter().take_while(|&&b| b == b'>').count();
            if piece[quoted..].starts_with(b"From ") {
                piece = &piece[1..];
            }
        }
        current.size += piece.len() as u64;
        if current.size > self.max {
            current.bytes = Vec::new();
        } else {
            current.bytes.extend_from_slice(piece);
        }
    }
}

impl<R: BufRead> Iterator for Messages<R> {
    type Item = io::Result<Entry>;

    fn next(&mut self) -> Option<Self::Item> {
        let mut piece = Vec::with_capacity(256);
        loop {
            piece.clear();
            match (&mut self.reader)
                .take(MAX_PIECE)
                .read_until(b'\n', &mut piece)
            {
                Ok(0) => return self.current.take().map(|c| Ok(c.finish(self.max))),
                Ok(_) => {}
                Err(e) => return Some(Err(e)),
            }
            let line_start = self.at_line_start;
            self.at_line_start = piece.ends_with(b"\n");
            if line_start && piece.starts_with(b"From ") {
                if let Some(done) = self.current.take() {
                    self.current = Some(Current {
                        bytes: Vec::new(),
                        size: 0,
                    });
                    return Some(Ok(done.finish(self.max)));
                }
                self.current = Some(Current {
                    bytes: Vec::new(),
                    size: 0,
                });
                continue;
            }
            // Blank lines before the first `From ` are no message; a file
            // without any `From ` line is read as one message.
            if self.current.is_none() && piece.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            self.append(&piece, line_start);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(text: &[u8], max: u64) -> Vec<Entry> {
        Messages::new(text, max).map(|e| e.expect("read")).collect()
    }

    #[test]
    fn messages_split_on_from_lines_and_escaped_from_lines_are_restored() {
        let mbox = b"From a@example.org Mon Jan  1 00:00:00 2026\nSubject: one\n\n>From here\n>>From there\n> quoted\n\nFrom b@example.org Mon Jan  1 00:00:00 2026\nSubject: two\n\nbody\n";
        assert_eq!(
            split(mbox, 1000),
            vec![
                Entry::Message(b"Subject: one\n\nFrom here\n>From there\n> quoted\n".to_vec()),
                Entry::Message(b"Subject: two\n\nbody\n".to_vec()),
            ]
        );
    }

    #[test]
    fn a_message_over_the_limit_is_skipped_by_size_and_the_next_still_read() {
        let mut mbox = b"From x\nSubject: big\n\n".to_vec();
        mbox.extend(std::iter::repeat_n(b'a', 200_000));
        mbox.extend_from_slice(b"\n\nFrom y\nSubject: small\n\nhi\n");
        let entries = split(&mbox, 1000);
        assert!(matches!(entries[0], Entry::TooLarge { size } if size > 200_000));
        assert_eq!(
            entries[1],
            Entry::Message(b"Subject: small\n\nhi\n".to_vec())
        );
    }

    #[test]
    fn an_empty_file_has_no_messages() {
        assert!(split(b"", 10).is_empty());
        assert!(split(b"\n\n", 10).is_empty());
    }
}
