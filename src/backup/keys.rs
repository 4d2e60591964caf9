//! The keys kept outside the database (in `data_dir`), sealed with a
//! passphrase for a backup: Argon2id derives a 256-bit key from the
//! passphrase and a random salt, and ChaCha20-Poly1305 (ring's, already in
//! the tree for TLS) encrypts and authenticates them, so a wrong
//! passphrase or a changed byte is refused rather than decrypted into
//! garbage.

use std::collections::BTreeMap;
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::Context;
use argon2::{Algorithm, Argon2, Params, Version};
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ring::aead::{Aad, CHACHA20_POLY1305, LessSafeKey, Nonce, UnboundKey};
use serde::{Deserialize, Serialize};

/// The files of `data_dir` a backup can carry: the keys that sign audit
/// checkpoints and erasure receipts, and sessions. The embedded cluster's
/// passwords are not among them: a restore makes a new cluster with new
/// ones.
pub const KEY_FILES: &[&str] = &[crate::audit::keys::KEY_FILE, crate::auth::tokens::KEY_FILE];
/// A passphrase shorter than this is refused: the file may travel far.
pub const MIN_PASSPHRASE_CHARS: usize = 12;
/// The most a `keys.enc` may ask of Argon2 (1 GiB, 10 passes).
const MAX_MEMORY_KIB: u32 = 1024 * 1024;
const MAX_PASSES: u32 = 10;

/// Argon2id at 64 MiB and 3 passes: about a quarter of a second here,
/// once per backup or restore.
const MEMORY_KIB: u32 = 64 * 1024;
const PASSES: u32 = 3;
const FORMAT: &str = "opencomplai-keys-1";

/// `keys.enc` as written: everything needed to decrypt it but the
/// passphrase.
#[derive(Debug, Serialize, Deserialize)]
struct Sealed {
    format: String,
    kdf: String,
    memory_kib: u32,
    passes: u32,
    /// Base64.
    salt: String,
    aead: String,
    nonce: String,
    ciphertext: String,
}

/// Key files by name, their bytes.
pub type KeyFiles = BTreeMap<String, Vec<u8>>;

/// The key files present in `data_dir`.
pub fn read(data_dir: &Path) -> anyhow::Result<KeyFiles> {
    let mut files = KeyFiles::new();
    for name in KEY_FILES {
        let path = data_dir.join(name);
        match std::fs::read(&path) {
            Ok(bytes) => {
                files.insert((*name).to_owned(), bytes);
            }
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("reading {}", path.display())),
        }
    }
    Ok(files)
}

fn cipher(
    passphrase: &str,
    salt: &[u8],
    memory_kib: u32,
    passes: u32,
) -> anyhow::Result<LessSafeKey> {
    let params = Params::new(memory_kib, passes, 1, Some(32))
        .map_err(|e| anyhow::anyhow!("key derivation parameters: {e}"))?;
    let mut key = [0_u8; 32];
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|e| anyhow::anyhow!("deriving the key from the passphrase: {e}"))?;
    let unbound = UnboundKey::new(&CHACHA20_POLY1305, &key)
        .map_err(|_| anyhow::anyhow!("the derived key was refused"))?;
    Ok(LessSafeKey::new(unbound))
}

/// What binds the header to the ciphertext: changing the parameters or
/// the salt makes decryption fail, not just produce another key.
fn aad(s: &Sealed) -> String {
    format!(
        "{}:{}:{}:{}:{}",
        s.format, s.kdf, s.memory_kib, s.passes, s.salt
    )
}

/// Encrypts `files` with `passphrase`: the bytes of `keys.enc`.
pub fn seal(files: &KeyFiles, passphrase: &str) -> anyhow::Result<Vec<u8>> {
    let salt: [u8; 16] = rand::random();
    let nonce: [u8; 12] = rand::random();
    let mut sealed = Sealed {
        format: FORMAT.into(),
        kdf: "argon2id".into(),
        memory_kib: MEMORY_KIB,
        passes: PASSES,
        salt: STANDARD.encode(salt),
        aead: "chacha20-poly1305".into(),
        nonce: STANDARD.encode(nonce),
        ciphertext: String::new(),
    };
    let plain: BTreeMap<&String, String> =
        files.iter().map(|(k, v)| (k, STANDARD.encode(v))).collect();
    let mut data = serde_json::to_vec(&plain)?;
    cipher(passphrase, &salt, MEMORY_KIB, PASSES)?
        .seal_in_place_append_tag(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad(&sealed).as_bytes()),
            &mut data,
        )
        .map_err(|_| anyhow::anyhow!("encrypting the keys failed"))?;
    sealed.ciphertext = STANDARD.encode(&data);
    Ok(serde_json::to_vec_pretty(&sealed)?)
}

/// Decrypts `keys.enc`; a wrong passphrase (or a changed file) is an error.
pub fn open(bytes: &[u8], passphrase: &str) -> anyhow::Result<KeyFiles> {
    let sealed: Sealed = serde_json::from_slice(bytes).context("keys.enc is not a key file")?;
    anyhow::ensure!(
        sealed.format == FORMAT && sealed.kdf == "argon2id" && sealed.aead == "chacha20-poly1305",
        "keys.enc is of a format this version does not read ({})",
        sealed.format
    );
    let salt = STANDARD.decode(&sealed.salt).context("keys.enc: salt")?;
    let nonce: [u8; 12] = STANDARD
        .decode(&sealed.nonce)
        .context("keys.enc: nonce")?
        .try_into()
        .map_err(|_| anyhow::anyhow!("keys.enc: the nonce is not 12 bytes"))?;
    let mut data = STANDARD
        .decode(&sealed.ciphertext)
        .context("keys.enc: ciphertext")?;
    // Read before the file is authenticated: bounded, so a crafted file
    // cannot ask for terabytes of memory or hours of hashing.
    anyhow::ensure!(
        (8..=MAX_MEMORY_KIB).contains(&sealed.memory_kib)
            && (1..=MAX_PASSES).contains(&sealed.passes),
        "keys.enc asks for Argon2 parameters out of bounds (memory {} KiB, {} passes)",
        sealed.memory_kib,
        sealed.passes
    );
    let plain = cipher(passphrase, &salt, sealed.memory_kib, sealed.passes)?
        .open_in_place(
            Nonce::assume_unique_for_key(nonce),
            Aad::from(aad(&sealed).as_bytes()),
            &mut data,
        )
        .map_err(|_| {
            anyhow::anyhow!("the keys do not decrypt: wrong passphrase, or keys.enc was changed")
        })?;
    let encoded: BTreeMap<String, String> =
        serde_json::from_slice(plain).context("keys.enc: the decrypted keys")?;
    encoded
        .into_iter()
        .map(|(name, b64)| {
            anyhow::ensure!(
                KEY_FILES.contains(&name.as_str()),
                "keys.enc names an unknown file {name:?}"
            );
            Ok((name, STANDARD.decode(b64).context("keys.enc: a key")?))
        })
        .collect()
}

/// The key files that `data_dir` already holds with other contents: writing
/// over them would lose keys that sign what is there now.
pub fn conflicts(files: &KeyFiles, data_dir: &Path) -> Vec<String> {
    files
        .iter()
        .filter(|(name, bytes)| {
            std::fs::read(data_dir.join(name)).is_ok_and(|existing| existing != **bytes)
        })
        .map(|(name, _)| name.clone())
        .collect()
}

/// Writes `files` into `data_dir`, mode 0600, each whole under another name
/// first and then renamed into place.
pub fn write(files: &KeyFiles, data_dir: &Path) -> anyhow::Result<()> {
    std::fs::create_dir_all(data_dir)
        .with_context(|| format!("creating {}", data_dir.display()))?;
    for (name, bytes) in files {
        let path = data_dir.join(name);
        let tmp = data_dir.join(format!("{name}.restore.tmp"));
        let _ = std::fs::remove_file(&tmp);
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .and_then(|mut f| f.write_all(bytes).and_then(|()| f.sync_all()))
            .and_then(|()| std::fs::rename(&tmp, &path))
            .with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The passphrase from `file` (its first line), else from the environment
/// variable `OPENCOMPLAI_BACKUP_PASSPHRASE`; never from the command line.
pub fn passphrase(file: Option<&Path>) -> anyhow::Result<String> {
    let text = match file {
        Some(path) => std::fs::read_to_string(path)
            .with_context(|| format!("reading the passphrase from {}", path.display()))?
            .lines()
            .next()
            .unwrap_or_default()
            .to_owned(),
        None => std::env::var("OPENCOMPLAI_BACKUP_PASSPHRASE").map_err(|_| {
            anyhow::anyhow!(
                "the keys need a passphrase: --passphrase-file FILE or \
                 OPENCOMPLAI_BACKUP_PASSPHRASE"
            )
        })?,
    };
    anyhow::ensure!(
        text.chars().count() >= MIN_PASSPHRASE_CHARS,
        "the passphrase must have at least {MIN_PASSPHRASE_CHARS} characters"
    );
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_and_a_wrong_passphrase_or_a_changed_byte_is_refused() {
        let mut files = KeyFiles::new();
        files.insert(KEY_FILES[0].to_owned(), vec![7; 32]);
        let sealed = seal(&files, "a passphrase long enough").expect("seals");
        assert!(!String::from_utf8_lossy(&sealed).contains("BwcH"));
        assert_eq!(
            open(&sealed, "a passphrase long enough").expect("opens"),
            files
        );
        assert!(open(&sealed, "another passphrase entirely").is_err());
        let mut header: serde_json::Value = serde_json::from_slice(&sealed).expect("json");
        header["passes"] = 2.into();
        let changed = serde_json::to_vec(&header).expect("json");
        assert!(open(&changed, "a passphrase long enough").is_err());
    }
}
