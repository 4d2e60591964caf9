//! Login sessions as signed JWTs (HS256). The signing secret comes from the
//! configuration (`jwt_secret`) or, when none is set, is generated once into
//! `data_dir/session-signing-key` (mode 0600), outside the database, so a
//! dump or backup cannot mint sessions; every restart reuses it, and several
//! instances sharing one database must share a configured secret. It is
//! never logged.

use std::time::Duration;

use base64::Engine;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use anyhow::Context;
use uuid::Uuid;

const ISSUER: &str = "opencomplai";
/// The generated key's file under the data directory.
pub const KEY_FILE: &str = "session-signing-key";

#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub sub: Uuid,
    pub iat: i64,
    pub exp: i64,
    pub iss: String,
}

/// The keys sessions are signed and checked with.
#[derive(Clone)]
pub struct SessionKeys {
    encoding: EncodingKey,
    decoding: DecodingKey,
    pub ttl: Duration,
}

impl std::fmt::Debug for SessionKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SessionKeys")
            .field("keys", &"[redacted]")
            .field("ttl", &self.ttl)
            .finish()
    }
}

impl SessionKeys {
    pub fn from_secret(secret: &[u8], ttl: Duration) -> Self {
        Self {
            encoding: EncodingKey::from_secret(secret),
            decoding: DecodingKey::from_secret(secret),
            ttl,
        }
    }

    /// The configured secret, or the one generated on first start and kept
    /// in `data_dir/session-signing-key` (mode 0600), outside the database so
    /// a dump or backup cannot mint sessions. Several instances behind one
    /// load balancer must share a configured `jwt_secret`.
    pub fn load(data_dir: &Path, configured: Option<&str>, ttl: Duration) -> anyhow::Result<Self> {
        if let Some(secret) = configured {
            return Ok(Self::from_secret(secret.as_bytes(), ttl));
        }
        let path = data_dir.join(KEY_FILE);
        if !path.exists() {
            std::fs::create_dir_all(data_dir)
                .with_context(|| format!("creating {}", data_dir.display()))?;
            let fresh: [u8; 64] = rand::random();
            let written = std::fs::OpenOptions::new()
                .write(true)
                .create_new(true)
                .mode(0o600)
                .open(&path)
                .and_then(|mut f| f.write_all(&fresh));
            match written {
                Ok(()) => {
                    tracing::info!(path = %path.display(), "generated the session signing key")
                }
                // Another process made it first: use theirs.
                Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
                Err(e) => return Err(e).with_context(|| format!("writing {}", path.display())),
            }
        }
        let key = std::fs::read(&path).with_context(|| format!("reading {}", path.display()))?;
        if key.len() < 32 {
            anyhow::bail!(
                "{} holds fewer than 32 bytes; delete it to make a new one",
                path.display()
            );
        }
        Ok(Self::from_secret(&key, ttl))
    }

    /// A signed session token for `user_id`.
    pub fn issue(&self, user_id: Uuid) -> anyhow::Result<String> {
        self.issue_at(user_id, chrono::Utc::now().timestamp())
    }

    /// A token as issued at `now` (seconds since the epoch): tests forge
    /// the clock with it instead of waiting for a token to expire.
    fn issue_at(&self, user_id: Uuid, now: i64) -> anyhow::Result<String> {
        let claims = Claims {
            sub: user_id,
            iat: now,
            exp: now + i64::try_from(self.ttl.as_secs()).unwrap_or(i64::MAX / 2),
            iss: ISSUER.to_owned(),
        };
        Ok(jsonwebtoken::encode(
            &Header::new(Algorithm::HS256),
            &claims,
            &self.encoding,
        )?)
    }

    /// The user a valid, unexpired token names.
    pub fn verify(&self, token: &str) -> Option<Uuid> {
        let mut validation = Validation::new(Algorithm::HS256);
        validation.leeway = 0;
        validation.set_issuer(&[ISSUER]);
        validation.set_required_spec_claims(&["exp", "sub", "iss"]);
        jsonwebtoken::decode::<Claims>(token, &self.decoding, &validation)
            .ok()
            .map(|data| data.claims.sub)
    }
}

/// A random single-use token (43 URL-safe characters) and the hash we store.
pub fn random_token() -> (String, String) {
    let bytes: [u8; 32] = rand::random();
    let token = URL_SAFE_NO_PAD.encode(bytes);
    let hash = sha256_hex(&token);
    (token, hash)
}

pub fn sha256_hex(value: &str) -> String {
    hex(&Sha256::digest(value.as_bytes()))
}

/// Whether two secrets are equal, compared in time that does not depend on
/// where they first differ.
pub fn same_secret(a: &str, b: &str) -> bool {
    a.len() == b.len()
        && a.bytes()
            .zip(b.bytes())
            .fold(0u8, |acc, (x, y)| acc | (x ^ y))
            == 0
}

/// Lower-case hexadecimal, as digests are stored.
pub fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
            let _ = write!(s, "{b:02x}");
            s
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_token_verifies_until_it_expires_and_only_with_its_key() {
        let keys = SessionKeys::from_secret(
            b"k1-0123456789abcdef0123456789abcdef",
            Duration::from_secs(60),
        );
        let user = Uuid::new_v4();
        let token = keys.issue(user).expect("issue");
        assert_eq!(keys.verify(&token), Some(user));
        let other = SessionKeys::from_secret(
            b"k2-0123456789abcdef0123456789abcdef",
            Duration::from_secs(60),
        );
        assert_eq!(other.verify(&token), None);
        // Issued a minute and a second ago with a minute to live.
        let past = chrono::Utc::now().timestamp() - 61;
        let token = keys.issue_at(user, past).expect("issue");
        assert_eq!(keys.verify(&token), None);
        let token = keys
            .issue_at(user, chrono::Utc::now().timestamp() - 30)
            .expect("issue");
        assert_eq!(
            keys.verify(&token),
            Some(user),
            "half a minute old: still valid"
        );
        assert_eq!(keys.verify("not.a.jwt"), None);
    }
}
