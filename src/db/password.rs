//! Database passwords: generated once into a file of the data directory
//! (mode 0600, never in the database), and handed to PostgreSQL only as a
//! SCRAM-SHA-256 verifier, so the password itself is never in a statement
//! the server could log.

use std::io::Write;
use std::os::unix::fs::OpenOptionsExt;
use std::path::Path;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use hmac::{Hmac, Mac};
use sha2::{Digest, Sha256};

use crate::config::Secret;

/// PostgreSQL's own default for SCRAM verifiers.
const SCRAM_ITERATIONS: u32 = 4096;

/// The password kept in `path`, generated there first if the file does not
/// exist: 32 random bytes as 64 hex digits (safe in a URL and in SQL).
/// Written whole under another name, then linked into place: a reader never
/// sees half a password, and of two processes starting at once the second
/// uses the first one's.
pub fn load_or_generate(path: &Path) -> std::io::Result<Secret<String>> {
    if !path.exists() {
        let fresh: [u8; 32] = rand::random();
        let text: String = fresh.iter().map(|b| format!("{b:02x}")).collect();
        // A name of its own each time: a crash leaves a stray file behind,
        // never one that blocks the next start (a container is PID 1 each time).
        let tmp = path.with_extension(format!("{}.tmp", uuid::Uuid::new_v4().simple()));
        std::fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .and_then(|mut f| f.write_all(text.as_bytes()).and_then(|()| f.sync_all()))?;
        let linked = std::fs::hard_link(&tmp, path);
        let _ = std::fs::remove_file(&tmp);
        match linked {
            Ok(()) => tracing::info!(path = %path.display(), "generated a database password"),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {}
            Err(e) => return Err(e),
        }
    }
    let text = std::fs::read_to_string(path)?;
    let text = text.trim();
    if text.is_empty() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("{} is empty", path.display()),
        ));
    }
    Ok(Secret::new(text.to_owned()))
}

/// The SCRAM-SHA-256 verifier of `password` (RFC 5802, RFC 7677), in the
/// form `ALTER ROLE … PASSWORD` stores as is:
/// `SCRAM-SHA-256$<iterations>:<salt>$<StoredKey>:<ServerKey>`.
pub fn scram_verifier(password: &str) -> String {
    let salt: [u8; 16] = rand::random();
    scram_verifier_with(password, &salt, SCRAM_ITERATIONS)
}

fn hmac(key: &[u8], message: &[u8]) -> [u8; 32] {
    let mut mac = Hmac::<Sha256>::new_from_slice(key).expect("HMAC takes a key of any length");
    mac.update(message);
    mac.finalize().into_bytes().into()
}

fn scram_verifier_with(password: &str, salt: &[u8], iterations: u32) -> String {
    // PBKDF2-HMAC-SHA256, one block: the digest is as long as the key.
    let mut block = salt.to_vec();
    block.extend_from_slice(&1u32.to_be_bytes());
    let mut u = hmac(password.as_bytes(), &block);
    let mut salted = u;
    for _ in 1..iterations {
        u = hmac(password.as_bytes(), &u);
        for (s, x) in salted.iter_mut().zip(u) {
            *s ^= x;
        }
    }
    let client_key = hmac(&salted, b"Client Key");
    let stored_key = Sha256::digest(client_key);
    let server_key = hmac(&salted, b"Server Key");
    format!(
        "SCRAM-SHA-256${iterations}:{}${}:{}",
        STANDARD.encode(salt),
        STANDARD.encode(stored_key),
        STANDARD.encode(server_key)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_verifier_matches_an_independent_computation() {
        // RFC 7677's example password and salt, 4096 iterations; the keys
        // were computed apart with Python's hashlib.pbkdf2_hmac and hmac.
        // (That PostgreSQL accepts our verifiers, the embedded cluster's
        // logins show.)
        let salt = STANDARD.decode("W22ZaJ0SNY7soEsUEjb6gQ==").expect("salt");
        let v = scram_verifier_with("pencil", &salt, 4096);
        assert_eq!(
            v,
            "SCRAM-SHA-256$4096:W22ZaJ0SNY7soEsUEjb6gQ==$WG5d8oPm3OtcPnkdi4Uo7BkeZkBFzpcXkuLmtbsT4qY=:wfPLwcE6nTWhTAmQ7tl2KeoiWGPlZqQxSrmfPwDl2dU="
        );
    }

    #[test]
    fn a_generated_password_is_kept_in_a_private_file_and_reused() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("dir");
        let path = dir.path().join("pw");
        let first = load_or_generate(&path).expect("generated");
        assert_eq!(first.expose().len(), 64);
        let mode = std::fs::metadata(&path).expect("file").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
        let again = load_or_generate(&path).expect("read");
        assert_eq!(first.expose(), again.expose());
    }
}
