//! cl100k_base token counting, equal to `tiktoken_rs::cl100k_base()
//! .encode_ordinary(text).len()` but several times faster: the
//! pre-tokenizer regex of cl100k is hand-coded instead of run through
//! fancy-regex, and pieces that are a single token are found with one hash
//! lookup. The byte-pair merge is tiktoken's own algorithm (MIT licence).
//!
//! The BPE ranks come from tiktoken-rs's embedded cl100k_base table (decoded
//! once, on first use).

use std::collections::BinaryHeap;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;

use crate::strmap::StrMap;

type Rank = u32;

/// cl100k_base has ordinary ranks 0..100256; special tokens follow.
const ORDINARY_TOKENS: Rank = 100_256;

static RANKS: LazyLock<StrMap<Rank>> = LazyLock::new(|| {
    let bpe = tiktoken_rs::cl100k_base_singleton();
    let mut map = StrMap::with_capacity(ORDINARY_TOKENS as usize);
    for rank in 0..ORDINARY_TOKENS {
        if let Ok(bytes) = bpe.decode_bytes(&[rank]) {
            map.insert(&bytes, rank);
        }
    }
    map
});

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Class {
    Letter,
    Number,
    Space,
    Other,
}

/// General category classes for the Basic Multilingual Plane, computed once
/// with the regex crate's Unicode tables (`\p{L}`, `\p{N}`, `\s`).
static BMP: LazyLock<Vec<u8>> = LazyLock::new(|| {
    let mut table = vec![0u8; 0x10000];
    for (cp, slot) in table.iter_mut().enumerate() {
        if let Some(c) = char::from_u32(cp as u32) {
            *slot = slow_class(c) as u8;
        }
    }
    table
});

static LETTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\A\p{L}\z").expect("static regex"));

fn slow_class(c: char) -> Class {
    if c.is_whitespace() {
        Class::Space
    } else if c.is_numeric() {
        // `char::is_numeric` is exactly general category N.
        Class::Number
    } else {
        let mut buf = [0u8; 4];
        if LETTER.is_match(c.encode_utf8(&mut buf)) {
            Class::Letter
        } else {
            Class::Other
        }
    }
}

#[inline]
fn class(c: char) -> Class {
    let cp = c as u32;
    if cp < 0x80 {
        let b = cp as u8;
        if b.is_ascii_alphabetic() {
            Class::Letter
        } else if b.is_ascii_digit() {
            Class::Number
        } else if matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c) {
            Class::Space
        } else {
            Class::Other
        }
    } else if cp < 0x10000 {
        match BMP[cp as usize] {
            0 => Class::Letter,
            1 => Class::Number,
            2 => Class::Space,
            _ => Class::Other,
        }
    } else {
        slow_class(c)
    }
}

#[inline]
fn char_at(s: &str, i: usize) -> Option<char> {
    s[i..].chars().next()
}

/// End of the run of chars of class `cls` starting at `i`.
#[inline]
fn run_end(s: &str, mut i: usize, cls: Class) -> usize {
    let b = s.as_bytes();
    while i < b.len() {
        let x = b[i];
        if x < 0x80 {
            if class(x as char) != cls {
                break;
            }
            i += 1;
        } else {
            let c = char_at(s, i).unwrap_or(' ');
            if class(c) != cls {
                break;
            }
            i += c.len_utf8();
        }
    }
    i
}

/// Length in bytes of the cl100k pre-token starting at byte `i`.
/// The pattern is
/// `'(?i:[sdmt]|ll|ve|re)|[^\r\n\p{L}\p{N}]?+\p{L}++|\p{N}{1,3}+| ?[^\s\p{L}\p{N}]++[\r\n]*+|\s++$|\s*[\r\n]|\s+(?!\S)|\s`
/// with leftmost-first alternation.
fn next_piece(s: &str, i: usize) -> usize {
    let b = s.as_bytes();
    let Some(c0) = char_at(s, i) else {
        return s.len();
    };
    let l0 = c0.len_utf8();
    let cls0 = class(c0);
    // 1. contractions
    if c0 == '\'' && i + 1 < b.len() {
        let c1 = b[i + 1].to_ascii_lowercase();
        if matches!(c1, b's' | b'd' | b'm' | b't') {
            return i + 2;
        }
        if i + 2 < b.len() {
            let c2 = b[i + 2].to_ascii_lowercase();
            if matches!((c1, c2), (b'l', b'l') | (b'v', b'e') | (b'r', b'e')) {
                return i + 3;
            }
        }
    }
    // 2. optional non-letter/number/newline, then letters
    let letters_follow = cls0 == Class::Letter
        || (c0 != '\r'
            && c0 != '\n'
            && cls0 != Class::Number
            && char_at(s, i + l0).is_some_and(|c1| class(c1) == Class::Letter));
    if letters_follow {
        let mut j = i + l0;
        while j < b.len() && b[j].is_ascii_alphabetic() {
            j += 1;
        }
        if j < b.len() && b[j] >= 0x80 {
            return run_end(s, j, Class::Letter);
        }
        return j;
    }
    // 3. one to three numbers
    if cls0 == Class::Number {
        let mut j = i + l0;
        for _ in 0..2 {
            match char_at(s, j) {
                Some(c) if class(c) == Class::Number => j += c.len_utf8(),
                _ => break,
            }
        }
        return j;
    }
    // 4. optional space, punctuation run, newlines
    let k = if c0 == ' ' { i + 1 } else { i };
    if let Some(ck) = char_at(s, k)
        && class(ck) == Class::Other
    {
        let mut j = run_end(s, k, Class::Other);
        while j < b.len() && (b[j] == b'\r' || b[j] == b'\n') {
            j += 1;
        }
        return j;
    }
    // whitespace alternatives (cls0 is Space here)
    let j = run_end(s, i, Class::Space);
    // 5. \s++$
    if j == b.len() {
        return j;
    }
    // 6. \s*[\r\n]: up to the last newline in the run
    if let Some(p) = b[i..j].iter().rposition(|&x| x == b'\r' || x == b'\n') {
        return i + p + 1;
    }
    // 7. \s+(?!\S): all but the last whitespace char, if that leaves one
    let last_start = s[i..j]
        .char_indices()
        .next_back()
        .map_or(i, |(off, _)| i + off);
    if last_start > i {
        return last_start;
    }
    // 8. \s
    i + l0
}

/// Number of cl100k_base tokens in `text` (ordinary encoding: special-token
/// text such as `<|endoftext|>` counts as ordinary text).
pub(crate) fn count(text: &str) -> usize {
    let ranks = &*RANKS;
    let _ = &*BMP;
    let mut cache: FxHashMap<&[u8], usize> = FxHashMap::default();
    let mut parts = Vec::new();
    let mut n = 0;
    let mut i = 0;
    while i < text.len() {
        let j = next_piece(text, i);
        let piece = &text.as_bytes()[i..j];
        n += if ranks.contains(piece) {
            1
        } else if let Some(&k) = cache.get(piece) {
            k
        } else {
            let k = merge_count(ranks, piece, &mut parts);
            cache.insert(piece, k);
            k
        };
        i = j;
    }
    n
}

/// Tokens in `piece` after byte-pair merging (tiktoken `_byte_pair_merge`).
fn merge_count(ranks: &StrMap<Rank>, piece: &[u8], parts: &mut Vec<(usize, Rank)>) -> usize {
    if piece.len() < 2 {
        return piece.len();
    }
    if piece.len() >= 100 {
        return merge_count_large(ranks, piece);
    }
    let rank_of = |s: &[u8]| ranks.get(s).unwrap_or(Rank::MAX);
    // (start, rank of the pair starting here)
    parts.clear();
    let mut min_rank: (Rank, usize) = (Rank::MAX, usize::MAX);
    for i in 0..piece.len() - 1 {
        let rank = rank_of(&piece[i..i + 2]);
        if rank < min_rank.0 {
            min_rank = (rank, i);
        }
        parts.push((i, rank));
    }
    parts.push((piece.len() - 1, Rank::MAX));
    parts.push((piece.len(), Rank::MAX));
    let get_rank = |parts: &[(usize, Rank)], i: usize| {
        if i + 3 < parts.len() {
            rank_of(&piece[parts[i].0..parts[i + 3].0])
        } else {
            Rank::MAX
        }
    };
    while min_rank.0 != Rank::MAX {
        let i = min_rank.1;
        if i > 0 {
            parts[i - 1].1 = get_rank(parts, i - 1);
        }
        parts[i].1 = get_rank(parts, i);
        parts.remove(i + 1);
        min_rank = (Rank::MAX, usize::MAX);
        for (i, &(_, rank)) in parts[..parts.len() - 1].iter().enumerate() {
            if rank < min_rank.0 {
                min_rank = (rank, i);
            }
        }
    }
    parts.len() - 1
}

#[derive(Eq, PartialEq, Clone, Copy)]
struct Merge {
    start: usize,
    rank: Rank,
}

impl Ord for Merge {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        other
            .rank
            .cmp(&self.rank)
            .then_with(|| other.start.cmp(&self.start))
    }
}

impl PartialOrd for Merge {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

struct State {
    prev: usize,
    end: usize,
    next_end: usize,
    next_rank: Rank,
}

/// Heap-based merge for long pieces (tiktoken `_byte_pair_merge_large`),
/// O(n log n) so a megabyte without spaces stays cheap.
fn merge_count_large(ranks: &StrMap<Rank>, piece: &[u8]) -> usize {
    let mut state = Vec::with_capacity(piece.len());
    state.push(State {
        prev: usize::MAX,
        end: 1,
        next_end: 2,
        next_rank: Rank::MAX,
    });
    let mut heap = BinaryHeap::with_capacity(piece.len());
    for i in 0..piece.len() - 1 {
        if let Some(rank) = ranks.get(&piece[i..i + 2]) {
            heap.push(Merge { start: i, rank });
            state[i].next_rank = rank;
        }
        state.push(State {
            prev: i,
            end: i + 2,
            next_end: i + 3,
            next_rank: Rank::MAX,
        });
    }
    let potential_merge =
        |state: &mut Vec<State>, heap: &mut BinaryHeap<Merge>, start: usize, next_end: usize| {
            state[start].next_end = next_end;
            state[start].next_rank = Rank::MAX;
            if next_end <= piece.len()
                && let Some(rank) = ranks.get(&piece[start..next_end])
            {
                heap.push(Merge { start, rank });
                state[start].next_rank = rank;
            }
        };
    while let Some(left) = heap.pop() {
        if left.rank == Rank::MAX {
            break;
        }
        if left.rank != state[left.start].next_rank {
            continue;
        }
        let left_start = left.start;
        let right_start = state[left_start].end;
        let right_end = state[left_start].next_end;
        let right_next_end = state[right_start].next_end;
        state[left_start].end = right_end;
        potential_merge(&mut state, &mut heap, left_start, right_next_end);
        if right_end < state.len() {
            state[right_end].prev = left_start;
        }
        if left_start > 0 {
            let prev_start = state[left_start].prev;
            potential_merge(&mut state, &mut heap, prev_start, right_end);
        }
        state[right_start].next_rank = Rank::MAX;
    }
    let mut n = 0;
    let mut i = 0;
    while i < state.len() {
        n += 1;
        i = state[i].end;
    }
    n
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference(text: &str) -> usize {
        tiktoken_rs::cl100k_base_singleton()
            .encode_ordinary(text)
            .len()
    }

    #[test]
    fn matches_tiktoken() {
        let samples = [
            "",
            "Hello, world!",
            "  leading spaces and trailing   ",
            "Line one\nLine two\r\n\r\n\n  indented\tTabbed  \n",
            "I'm sure you'll see they've done what we'd've REALLY wanted. DON'T 'x",
            "Numbers: 1234567 3.14159 1,000,000 and ١٢٣٤ and ½",
            "Zürich — ümlaut façade naïve 東京 Привет мир! 🎉🎉 emoji",
            "Dr. Anna Müller-Lüdenscheidt (anna.mueller@example.de) +49 (0)30 1234-5678",
            "https://example.com/path?query=1&x=%20#frag",
            "a\u{0301}e\u{0301} combining marks and हिन्दी देवनागरी",
            "<|endoftext|> is ordinary here",
            "    \n\n\n    x",
            "!!!???...,,,;;; ((( ))) --- ___",
            "supercalifragilisticexpialidocious antidisestablishmentarianism",
        ];
        for s in samples {
            assert_eq!(count(s), reference(s), "{s:?}");
        }
        let long_word = "ab".repeat(300);
        assert_eq!(count(&long_word), reference(&long_word));
        let spaces = " ".repeat(50) + "x" + &"\n".repeat(5);
        assert_eq!(count(&spaces), reference(&spaces));
    }
}
