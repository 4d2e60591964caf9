//! Password policy and hashing. Hashes are argon2id with OWASP's minimum
//! parameters (19 MiB of memory, 2 passes, 1 lane), computed off the async
//! runtime since each takes tens of milliseconds by design, and at most one
//! per core at a time, so a burst of logins queues instead of taking every
//! thread and 19 MiB each.

use std::collections::HashSet;
use std::sync::{Arc, LazyLock};

use tokio::sync::Semaphore;

use argon2::password_hash::phc::PasswordHash;
use argon2::password_hash::{PasswordHasher, PasswordVerifier};
use argon2::{Algorithm, Argon2, Params, Version};

use crate::validation::Invalid;

pub const MIN_LENGTH: usize = 12;
pub const MAX_LENGTH: usize = 1024;
/// The most bytes [`MAX_LENGTH`] characters can take in UTF-8; checked
/// first, so a huge password is refused without being read through.
pub const MAX_BYTES: usize = 4 * MAX_LENGTH;
const MEMORY_KIB: u32 = 19 * 1024;
const PASSES: u32 = 2;
const LANES: u32 = 1;

/// The 10,000 most common passwords (zxcvbn's frequency list).
static COMMON: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| include_str!("common-passwords.txt").lines().collect());

fn hasher() -> Argon2<'static> {
    let params = Params::new(MEMORY_KIB, PASSES, LANES, None).unwrap_or_default();
    Argon2::new(Algorithm::Argon2id, Version::V0x13, params)
}

/// Refuses a password longer than any account can have ([`MAX_LENGTH`]
/// characters), before it reaches a hash or a limiter.
pub fn check_length(password: &str) -> Result<(), Invalid> {
    if password.len() > MAX_BYTES || password.chars().count() > MAX_LENGTH {
        return Err(Invalid::field(
            "password",
            "too_long",
            "password must be at most 1024 characters",
        ));
    }
    Ok(())
}

/// Checks the policy: at least 12 characters, not the email (or its local
/// part), not a well-known password even with digits or symbols around it,
/// and not one or two characters repeated.
pub fn check_policy(password: &str, email: &str) -> Result<(), Invalid> {
    let reject = |issue: &str, message: &str| Err(Invalid::field("password", issue, message));
    check_length(password)?;
    if password.chars().count() < MIN_LENGTH {
        return reject("too_short", "password must be at least 12 characters");
    }
    let lower = password.to_lowercase();
    let email = email.to_lowercase();
    let local = email.split('@').next().unwrap_or_default();
    if lower == email || (!local.is_empty() && lower == local) {
        return reject("is_email", "password must not be the email address");
    }
    let core = lower.trim_matches(|c: char| !c.is_alphabetic());
    if COMMON.contains(lower.as_str()) || (core.chars().count() >= 4 && COMMON.contains(core)) {
        return reject("common", "password is a well-known common password");
    }
    let distinct: HashSet<char> = lower.chars().collect();
    if distinct.len() < 4 {
        return reject("common", "password has too few different characters");
    }
    Ok(())
}

/// Hashes and verifications running at once: one per core.
static HASHING: LazyLock<Arc<Semaphore>> = LazyLock::new(|| {
    let cores = std::thread::available_parallelism().map_or(2, usize::from);
    Arc::new(Semaphore::new(cores))
});

/// Runs `work` on a blocking thread once a core is free for it. The permit
/// goes with the work, so a request abandoned meanwhile (a timeout) still
/// holds its place until the hash is done.
async fn on_a_core<T: Send + 'static>(
    work: impl FnOnce() -> anyhow::Result<T> + Send + 'static,
) -> anyhow::Result<T> {
    let permit = Arc::clone(&HASHING).acquire_owned().await?;
    tokio::task::spawn_blocking(move || {
        let result = work();
        drop(permit);
        result
    })
    .await?
}

/// Hashes a password into a PHC string (`$argon2id$v=19$m=19456,t=2,p=1$...`).
pub async fn hash(password: String) -> anyhow::Result<String> {
    on_a_core(move || {
        hasher()
            .hash_password(password.as_bytes())
            .map(|h| h.to_string())
            .map_err(|e| anyhow::anyhow!("hashing a password: {e}"))
    })
    .await
}

/// A hash of no one's password, verified against when the email is unknown so
/// that answering takes as long as for a real account.
static DUMMY_HASH: LazyLock<String> = LazyLock::new(|| {
    hasher()
        .hash_password(b"no account has this password")
        .map(|h| h.to_string())
        .unwrap_or_default()
});

/// Computes the dummy hash now, at start-up, so the first unknown-email
/// login costs no more than any other.
pub fn warm_up() {
    LazyLock::force(&DUMMY_HASH);
}

/// Verifies `password` against `stored`, or against a dummy hash when there
/// is no account, so both cases cost the same.
pub async fn verify(password: String, stored: Option<String>) -> anyhow::Result<bool> {
    on_a_core(move || {
        let real = stored.is_some();
        let stored = stored.unwrap_or_else(|| DUMMY_HASH.clone());
        let parsed = PasswordHash::new(&stored)
            .map_err(|e| anyhow::anyhow!("stored password hash is malformed: {e}"))?;
        let ok = hasher()
            .verify_password(password.as_bytes(), &parsed)
            .is_ok();
        Ok(ok && real)
    })
    .await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_rejects_short_email_common_and_repetitive_passwords() {
        let email = "ada.lovelace@example.org";
        let issue = |p: &str| match check_policy(p, email) {
            Err(invalid) => invalid.issue().unwrap_or_default().to_owned(),
            Ok(()) => "ok".to_owned(),
        };
        assert_eq!(issue("short-pw"), "too_short");
        assert_eq!(issue("Ada.Lovelace@example.org"), "is_email");
        assert_eq!(issue("qwerty123456"), "common");
        assert_eq!(issue("Password1234!"), "common");
        assert_eq!(issue("abababababababab"), "common");
        assert_eq!(issue("correct horse battery staple"), "ok");
        assert_eq!(issue(&"é".repeat(1025)), "too_long");
        assert_eq!(issue(&"x".repeat(MAX_BYTES + 1)), "too_long");
    }

    #[tokio::test]
    async fn a_hash_verifies_its_password_only_and_uses_argon2id() {
        let h = hash("correct horse battery staple".into())
            .await
            .expect("hash");
        assert!(h.starts_with("$argon2id$v=19$m=19456,t=2,p=1$"), "{h}");
        assert!(
            verify("correct horse battery staple".into(), Some(h.clone()))
                .await
                .expect("ok")
        );
        assert!(
            !verify("wrong horse battery staple".into(), Some(h))
                .await
                .expect("ok")
        );
        assert!(
            !verify("anything at all here".into(), None)
                .await
                .expect("ok")
        );
    }
}
