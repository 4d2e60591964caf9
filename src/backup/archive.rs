//! Where a backup's parts go: a directory (`manifest.json`,
//! `database.dump`, `keys.enc`) or one file holding the same parts as a ZIP
//! archive, stored uncompressed (the dump is compressed already), so
//! `unzip` takes it apart and a restore reads the manifest without reading
//! the dump. The manifest is written last: a backup without one is
//! unfinished.

use std::fs::File;
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::Context;
use zip::CompressionMethod;
use zip::write::SimpleFileOptions;

pub const MANIFEST: &str = "manifest.json";
pub const DUMP: &str = "database.dump";
pub const KEYS: &str = "keys.enc";

/// Whether `path` names a directory backup: an existing directory, or a
/// name ending in `/`.
fn is_dir(path: &Path) -> bool {
    path.is_dir() || path.as_os_str().to_string_lossy().ends_with('/')
}

/// Writes a backup's parts, one after the other.
pub enum Writer {
    Dir {
        dir: PathBuf,
        current: Option<File>,
        written: Vec<PathBuf>,
    },
    Zip {
        /// Boxed: the writer is large, the directory's variant small.
        zip: Box<zip::ZipWriter<File>>,
        partial: PathBuf,
        target: PathBuf,
    },
}

impl Writer {
    /// Starts a backup at `path`, which must not hold one already. Only
    /// the owner may read it: it holds every document.
    pub fn create(path: &Path) -> anyhow::Result<Self> {
        if is_dir(path) {
            std::fs::DirBuilder::new()
                .recursive(true)
                .mode(0o700)
                .create(path)
                .with_context(|| format!("creating {}", path.display()))?;
            for name in [MANIFEST, DUMP, KEYS] {
                anyhow::ensure!(
                    !path.join(name).exists(),
                    "{} already holds a backup ({name}): choose an empty directory",
                    path.display()
                );
            }
            return Ok(Self::Dir {
                dir: path.to_owned(),
                current: None,
                written: Vec::new(),
            });
        }
        anyhow::ensure!(
            !path.exists(),
            "{} exists already: choose a new name (or a directory)",
            path.display()
        );
        let partial = PathBuf::from(format!("{}.partial", path.display()));
        // A new file only: never through a link someone left there, never
        // over a backup being written by another run.
        let file = std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&partial)
            .with_context(|| format!("creating {}", partial.display()))?;
        Ok(Self::Zip {
            zip: Box::new(zip::ZipWriter::new(file)),
            partial,
            target: path.to_owned(),
        })
    }

    /// Starts the part `name`; what is written next goes into it.
    pub fn start(&mut self, name: &str) -> anyhow::Result<()> {
        match self {
            Self::Dir {
                dir,
                current,
                written,
            } => {
                let path = dir.join(name);
                let file = std::fs::OpenOptions::new()
                    .write(true)
                    .create_new(true)
                    .mode(0o600)
                    .open(&path)
                    .with_context(|| format!("creating {}", path.display()))?;
                if let Some(done) = current.replace(file) {
                    done.sync_all()?;
                }
                written.push(path);
            }
            Self::Zip { zip, .. } => {
                let options = SimpleFileOptions::default()
                    .compression_method(CompressionMethod::Stored)
                    .large_file(true)
                    .unix_permissions(0o600);
                zip.start_file(name, options)?;
            }
        }
        Ok(())
    }

    /// Writes `bytes` as the whole part `name`.
    pub fn put(&mut self, name: &str, bytes: &[u8]) -> anyhow::Result<()> {
        self.start(name)?;
        self.write_all(bytes)?;
        Ok(())
    }

    /// Finishes the backup (the manifest must be the last part written).
    pub fn finish(self) -> anyhow::Result<PathBuf> {
        match self {
            Self::Dir { dir, current, .. } => {
                if let Some(f) = current {
                    f.sync_all()?;
                }
                Ok(dir)
            }
            Self::Zip {
                zip,
                partial,
                target,
            } => {
                let file = zip.finish()?;
                file.sync_all()?;
                std::fs::rename(&partial, &target)
                    .with_context(|| format!("renaming {} into place", partial.display()))?;
                Ok(target)
            }
        }
    }

    /// Removes what was written of an unfinished backup.
    pub fn abandon(self) {
        match self {
            Self::Dir { written, .. } => {
                for path in written {
                    let _ = std::fs::remove_file(path);
                }
            }
            Self::Zip { partial, .. } => {
                let _ = std::fs::remove_file(partial);
            }
        }
    }
}

impl Write for Writer {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        match self {
            Self::Dir { current, .. } => match current {
                Some(f) => f.write(buf),
                None => Err(std::io::Error::other("no part started")),
            },
            Self::Zip { zip, .. } => zip.write(buf),
        }
    }

    fn flush(&mut self) -> std::io::Result<()> {
        match self {
            Self::Dir { current, .. } => current.as_mut().map_or(Ok(()), Write::flush),
            Self::Zip { zip, .. } => zip.flush(),
        }
    }
}

/// Reads a backup's parts.
pub enum Reader {
    Dir(PathBuf),
    Zip(zip::ZipArchive<File>),
}

impl Reader {
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        if path.is_dir() {
            anyhow::ensure!(
                path.join(MANIFEST).is_file(),
                "{} holds no {MANIFEST}: not a backup, or an unfinished one",
                path.display()
            );
            return Ok(Self::Dir(path.to_owned()));
        }
        let file = File::open(path).with_context(|| format!("opening {}", path.display()))?;
        let zip = zip::ZipArchive::new(file)
            .with_context(|| format!("{} is not a backup file", path.display()))?;
        Ok(Self::Zip(zip))
    }

    /// Whether the backup has the part `name`.
    pub fn has(&mut self, name: &str) -> bool {
        match self {
            Self::Dir(dir) => dir.join(name).is_file(),
            Self::Zip(zip) => zip.by_name(name).is_ok(),
        }
    }

    /// The part `name`, to read from.
    pub fn part(&mut self, name: &str) -> anyhow::Result<Box<dyn Read + '_>> {
        match self {
            Self::Dir(dir) => {
                let path = dir.join(name);
                Ok(Box::new(
                    File::open(&path).with_context(|| format!("opening {}", path.display()))?,
                ))
            }
            Self::Zip(zip) => Ok(Box::new(
                zip.by_name(name)
                    .with_context(|| format!("the backup has no {name}"))?,
            )),
        }
    }

    /// The part `name` whole (the manifest, the keys: small).
    pub fn read(&mut self, name: &str) -> anyhow::Result<Vec<u8>> {
        let mut bytes = Vec::new();
        self.part(name)?
            .take(64 * 1024 * 1024)
            .read_to_end(&mut bytes)
            .with_context(|| format!("reading {name}"))?;
        Ok(bytes)
    }
}
