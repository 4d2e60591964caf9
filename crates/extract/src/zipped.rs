//! ZIP containers (DOCX, PPTX, XLSX, ODT, ...) opened defensively: a cap on
//! the number of entries and on the bytes actually decompressed (declared
//! sizes can lie), so a decompression bomb fails with a clear message.

use std::io::{Cursor, Read};

use zip::ZipArchive;

use crate::ExtractError;

pub const MAX_ENTRIES: usize = 10_000;
pub const MAX_UNCOMPRESSED: u64 = 500 * 1000 * 1000;

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

/// A file inside an uploaded archive, as [`unpack`] hands it over.
#[derive(Debug)]
pub struct Member {
    /// Its path in the archive, as the archive names it.
    pub path: String,
    pub content: MemberContent,
}

#[derive(Debug)]
pub enum MemberContent {
    Bytes(Vec<u8>),
    /// Over the per-member limit; not read (or not past the limit).
    TooLarge,
    /// Encrypted, or stored with a method this reader lacks, or damaged.
    Unreadable(String),
}

/// Why a whole archive is refused.
#[derive(Debug, thiserror::Error)]
pub enum ArchiveError {
    #[error("the file is not a valid ZIP archive")]
    NotZip,
    #[error("the archive has {0} entries, over the {MAX_ENTRIES} allowed")]
    TooManyEntries(usize),
    #[error("the archive unpacks to more than 500 MB")]
    TooLarge,
}

/// Whether `head` starts like a ZIP archive (a local file header, or the
/// end record of an empty one).
pub fn looks_like_zip(head: &[u8]) -> bool {
    head.starts_with(b"PK\x03\x04") || head.starts_with(b"PK\x05\x06")
}

/// Hands each file of the ZIP `bytes` to `each`, in archive order, under
/// the same limits as the Office containers: at most [`MAX_ENTRIES`]
/// entries and 500 MB decompressed in all (declared sizes are checked
/// first, and the bytes actually inflated are counted, since declared sizes
/// can lie). A member over `max_member_bytes` is handed over as `TooLarge`
/// without being kept. Folders are skipped. `each` returns `false` to stop.
pub fn unpack(
    bytes: &[u8],
    max_member_bytes: u64,
    mut each: impl FnMut(Member) -> bool,
) -> Result<(), ArchiveError> {
    let mut zip = ZipArchive::new(Cursor::new(bytes)).map_err(|_| ArchiveError::NotZip)?;
    if zip.len() > MAX_ENTRIES {
        return Err(ArchiveError::TooManyEntries(zip.len()));
    }
    let mut declared: u64 = 0;
    for i in 0..zip.len() {
        if let Ok(entry) = zip.by_index_raw(i) {
            declared = declared.saturating_add(entry.size());
        }
    }
    if declared > MAX_UNCOMPRESSED {
        return Err(ArchiveError::TooLarge);
    }
    let mut inflated: u64 = 0;
    for i in 0..zip.len() {
        let (path, is_dir, size) = match zip.by_index_raw(i) {
            Ok(e) => (
                e.name()
                    .map(|n| n.into_owned())
                    .unwrap_or_else(|_| format!("entry {}", i + 1)),
                e.is_dir(),
                e.size(),
            ),
            Err(e) => {
                let member = Member {
                    path: format!("entry {}", i + 1),
                    content: MemberContent::Unreadable(e.to_string()),
                };
                if !each(member) {
                    return Ok(());
                }
                continue;
            }
        };
        if is_dir {
            continue;
        }
        let content = if size > max_member_bytes {
            MemberContent::TooLarge
        } else {
            match zip.by_index(i) {
                Err(e) => MemberContent::Unreadable(e.to_string()),
                Ok(entry) => {
                    let budget = MAX_UNCOMPRESSED.saturating_sub(inflated);
                    let cap = budget.min(max_member_bytes).saturating_add(1);
                    let mut out = Vec::new();
                    let read = entry.take(cap).read_to_end(&mut out);
                    inflated = inflated.saturating_add(out.len() as u64);
                    if inflated > MAX_UNCOMPRESSED {
                        return Err(ArchiveError::TooLarge);
                    }
                    match read {
                        Err(e) => MemberContent::Unreadable(e.to_string()),
                        Ok(_) if out.len() as u64 > max_member_bytes => MemberContent::TooLarge,
                        Ok(_) => MemberContent::Bytes(out),
                    }
                }
            }
        };
        if !each(Member { path, content }) {
            return Ok(());
        }
    }
    Ok(())
}
