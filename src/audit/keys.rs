//! The service's signing key (Ed25519), which signs the audit chain's
//! checkpoints and erasure receipts. Like the session key it is kept out of
//! the database: configured (`audit_signing_key`, base64 of the 32-byte
//! seed) or generated once into `data_dir/audit-signing-key` (mode 0600),
//! so a dump or a database superuser can never forge a signature. Its
//! public half is published (`opencomplai audit public-key`,
//! `GET /v1/audit-logs/public-key`) for anyone to verify with.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::Context;
use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use ed25519_dalek::{Signature, Signer, SigningKey, Verifier, VerifyingKey};
use sha2::{Digest, Sha256};

/// The generated key's file under the data directory.
pub const KEY_FILE: &str = "audit-signing-key";

/// The key that signs; its verifying half is [`SigningKeys::public`].
#[derive(Clone)]
pub struct SigningKeys {
    key: SigningKey,
}

impl std::fmt::Debug for SigningKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SigningKeys")
            .field("key_id", &self.public().key_id())
            .finish()
    }
}

impl SigningKeys {
    pub fn from_seed(seed: [u8; 32]) -> Self {
        Self {
            key: SigningKey::from_bytes(&seed),
        }
    }

    /// The configured seed (base64), or the one generated on first start
    /// in `data_dir`.
    pub fn load(data_dir: &Path, configured: Option<&str>) -> anyhow::Result<Self> {
        if let Some(b64) = configured {
            let bytes = STANDARD
                .decode(b64.trim())
                .context("audit_signing_key is not base64")?;
            let seed: [u8; 32] = bytes
                .try_into()
                .map_err(|_| anyhow::anyhow!("audit_signing_key must be 32 bytes (base64)"))?;
            return Ok(Self::from_seed(seed));
        }
        let path = data_dir.join(KEY_FILE);
        if !path.exists() {
            std::fs::create_dir_all(data_dir)
                .with_context(|| format!("creating {}", data_dir.display()))?;
            let seed: [u8; 32] = rand::random();
            // Written whole under another name, then linked into place: a
            // reader never sees a half-written key, and of two processes
            // starting at once the second uses the first one's.
            let tmp = data_dir.join(format!("{KEY_FILE}.{}.tmp", uuid::Uuid::new_v4().simple()));
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&tmp)
                .and_then(|mut f| f.write_all(&seed).and_then(|()| f.sync_all()));
            written.with_context(|| format!("writing {}", tmp.display()))?;
            match std::fs::hard_link(&tmp, &path) {
                Ok(()) => tracing::info!(path = %path.display(), "generated the audit signing key"),
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => {
                    let _ = std::fs::remove_file(&tmp);
                    return Err(e).with_context(|| format!("writing {}", path.display()));
                }
            }
            let _ = std::fs::remove_file(&tmp);
        }
        let bytes = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        let seed: [u8; 32] = bytes.try_into().map_err(|_| {
            anyhow::anyhow!(
                "{} does not hold a 32-byte key; restore it from your backup",
                path.display()
            )
        })?;
        Ok(Self::from_seed(seed))
    }

    /// The configured key, or the one the service generated in
    /// `data_dir`; never a new one (for commands run beside the service).
    pub fn load_existing(data_dir: &Path, configured: Option<&str>) -> anyhow::Result<Self> {
        if configured.is_none() && !data_dir.join(KEY_FILE).exists() {
            anyhow::bail!(
                "no audit signing key in {} (the service makes it on its first start): run this \
                 where the service runs, with its data_dir or audit_signing_key, or give \
                 --public-key",
                data_dir.display()
            );
        }
        Self::load(data_dir, configured)
    }

    pub fn public(&self) -> PublicKey {
        PublicKey(self.key.verifying_key())
    }

    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.key.sign(message).to_bytes().to_vec()
    }
}

/// A verifying key, as published.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PublicKey(VerifyingKey);

impl PublicKey {
    /// Base64 of the 32 bytes.
    pub fn to_base64(&self) -> String {
        STANDARD.encode(self.0.as_bytes())
    }

    /// Reads a published key: base64, optionally inside the JSON that
    /// `opencomplai audit public-key --json` prints.
    pub fn parse(text: &str) -> anyhow::Result<Self> {
        let text = text.trim();
        let b64 = match serde_json::from_str::<serde_json::Value>(text) {
            Ok(v) => v["public_key"]
                .as_str()
                .map(str::to_owned)
                .context("no public_key field")?,
            Err(_) => text.to_owned(),
        };
        let bytes: [u8; 32] = STANDARD
            .decode(b64.trim())
            .context("the public key is not base64")?
            .try_into()
            .map_err(|_| anyhow::anyhow!("a public key is 32 bytes"))?;
        Ok(Self(
            VerifyingKey::from_bytes(&bytes).context("not an Ed25519 public key")?,
        ))
    }

    /// The first 16 hex digits of the key's SHA-256: names the key that
    /// signed a checkpoint or receipt.
    pub fn key_id(&self) -> String {
        let digest = Sha256::digest(self.0.as_bytes());
        crate::auth::tokens::hex(&digest[..8])
    }

    pub fn verifies(&self, message: &[u8], signature: &[u8]) -> bool {
        let Ok(bytes) = <[u8; 64]>::try_from(signature) else {
            return false;
        };
        self.0
            .verify(message, &Signature::from_bytes(&bytes))
            .is_ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_verifies_with_the_public_half_only() {
        let keys = SigningKeys::from_seed([7; 32]);
        let other = SigningKeys::from_seed([8; 32]);
        let sig = keys.sign(b"checkpoint 42");
        let public = PublicKey::parse(&keys.public().to_base64()).expect("parses");
        assert!(public.verifies(b"checkpoint 42", &sig));
        assert!(!public.verifies(b"checkpoint 43", &sig));
        assert!(!other.public().verifies(b"checkpoint 42", &sig));
        assert_eq!(public.key_id().len(), 16);
        let json = format!("{{\"public_key\": \"{}\"}}", keys.public().to_base64());
        assert_eq!(PublicKey::parse(&json).expect("json"), public);
    }

    #[test]
    fn the_key_is_generated_once_privately_and_reused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let a = SigningKeys::load(dir.path(), None).expect("made");
        let b = SigningKeys::load(dir.path(), None).expect("read");
        assert_eq!(a.public(), b.public());
        let mode = std::fs::metadata(dir.path().join(KEY_FILE))
            .expect("file")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
