//! The keyset cursor of a search: after this (rank, id), in this mode,
//! opaque to clients (URL-safe base64).

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use uuid::Uuid;

use super::Mode;
use crate::validation::Invalid;

/// Where a page starts: after this (rank, id), in this mode.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Cursor {
    pub mode: Mode,
    pub rank: f32,
    pub id: Uuid,
}

impl Cursor {
    pub fn encode(&self) -> String {
        let mode = match self.mode {
            Mode::Fulltext => 't',
            Mode::Fuzzy => 'z',
            Mode::Semantic => 's',
            Mode::Hybrid => 'h',
        };
        let raw = format!("{mode}|{:08x}|{}", self.rank.to_bits(), self.id);
        URL_SAFE_NO_PAD.encode(raw)
    }

    pub fn decode(cursor: &str) -> Result<Self, Invalid> {
        let invalid =
            || Invalid::field("cursor", "invalid", "cursor is not one this service issued");
        let raw = URL_SAFE_NO_PAD.decode(cursor).map_err(|_| invalid())?;
        let raw = String::from_utf8(raw).map_err(|_| invalid())?;
        let mut parts = raw.splitn(3, '|');
        let mode = match parts.next() {
            Some("t") => Mode::Fulltext,
            Some("z") => Mode::Fuzzy,
            Some("s") => Mode::Semantic,
            Some("h") => Mode::Hybrid,
            _ => return Err(invalid()),
        };
        let bits =
            u32::from_str_radix(parts.next().ok_or_else(invalid)?, 16).map_err(|_| invalid())?;
        let rank = f32::from_bits(bits);
        if !rank.is_finite() {
            return Err(invalid());
        }
        let id = Uuid::parse_str(parts.next().ok_or_else(invalid)?).map_err(|_| invalid())?;
        Ok(Self { mode, rank, id })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cursor_round_trips_exactly_and_garbage_is_refused() {
        let c = Cursor {
            mode: Mode::Fuzzy,
            rank: 0.123_456_79,
            id: Uuid::new_v4(),
        };
        assert_eq!(Cursor::decode(&c.encode()).expect("decodes"), c);
        let nan = URL_SAFE_NO_PAD.encode(format!("t|{:08x}|{}", f32::NAN.to_bits(), c.id));
        for bad in ["", "!!!", "dHx6enx6", nan.as_str()] {
            assert!(Cursor::decode(bad).is_err(), "{bad}");
        }
    }
}
