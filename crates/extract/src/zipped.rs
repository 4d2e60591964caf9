//! ZIP containers (DOCX, PPTX, XLSX, ODT, ...) opened defensively: a cap on
//! the number of entries and on the bytes actually decompressed (declared
//! sizes can lie), so a decompression bomb fails with a clear message.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use crate::ExtractError;

pub(crate) const MAX_ENTRIES: usize = 10_000;
pub(crate) const MAX_UNCOMPRESSED: u64 = 500 * 1000 * 1000;

pub(crate) struct Archive<'a> {
    zip: ZipArchive<Cursor<&'a [u8]>>,
    format: &'static str,
    inflated: u64,
}

impl<'a> Archive<'a> {
    pub(crate) fn open(bytes: &'a [u8], format: &'static str) -> Result<Self, ExtractError> {
        let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| {
            ExtractError::Unreadable(format!("{format} is not a valid ZIP archive"))
        })?;
        if zip.len() > MAX_ENTRIES {
            return Err(ExtractError::Unreadable(format!(
                "{format} has {} entries, over the {MAX_ENTRIES} allowed",
                zip.len()
            )));
        }
        let mut declared: u64 = 0;
        for i in 0..zip.len() {
            if let Ok(entry) = zip.by_index_raw(i) {
                declared = declared.saturating_add(entry.size());
            }
        }
        let archive = Self {
            zip,
            format,
            inflated: 0,
        };
        if declared > MAX_UNCOMPRESSED {
            return Err(archive.bomb());
        }
        Ok(archive)
    }

    fn bomb(&self) -> ExtractError {
        ExtractError::Unreadable(format!("{} exceeds 500 MB uncompressed", self.format))
    }

    /// A required part is missing.
    pub(crate) fn missing(&self, part: &str) -> ExtractError {
        ExtractError::Unreadable(format!("{} has no {part} part", self.format))
    }

    pub(crate) fn names(&self) -> Vec<String> {
        self.zip
            .file_names()
            .filter_map(Result::ok)
            .map(|n| n.into_owned())
            .collect()
    }

    /// An entry's bytes, or `None` when absent; counts against the cap.
    pub(crate) fn read(&mut self, name: &str) -> Result<Option<Vec<u8>>, ExtractError> {
        let format = self.format;
        let budget = MAX_UNCOMPRESSED.saturating_sub(self.inflated);
        let mut entry = match self.zip.by_name(name) {
            Ok(e) => e,
            Err(zip::result::ZipError::FileNotFound) => return Ok(None),
            Err(e) => {
                return Err(ExtractError::Invalid {
                    format,
                    reason: format!("entry {name}: {e}"),
                });
            }
        };
        let mut out = Vec::new();
        (&mut entry)
            .take(budget + 1)
            .read_to_end(&mut out)
            .map_err(|e| ExtractError::Invalid {
                format,
                reason: format!("entry {name}: {e}"),
            })?;
        drop(entry);
        self.inflated += out.len() as u64;
        if self.inflated > MAX_UNCOMPRESSED {
            return Err(self.bomb());
        }
        Ok(Some(out))
    }

    /// Sizes of entries under `prefix` (embedded media), without reading them.
    pub(crate) fn sizes_under(&mut self, prefix: &str) -> Vec<(String, u64)> {
        let names: Vec<String> = self
            .names()
            .into_iter()
            .filter(|n| n.starts_with(prefix) && !n.ends_with('/'))
            .collect();
        names
            .into_iter()
            .filter_map(|n| self.zip.by_name(&n).ok().map(|e| (n.clone(), e.size())))
            .collect()
    }
}
