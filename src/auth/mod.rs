//! Identity: accounts, passwords, sessions (JWT), API keys, and who a request
//! is acting as. No HTTP here: handlers (in `http`) and pages call the
//! operations in `accounts` and `api_keys` and map [`Error`] to answers.

pub mod accounts;
pub mod api_keys;
pub mod authenticate;
pub mod concurrent;
mod error;
pub mod lockout;
pub mod mailer;
pub mod operator;
pub mod password;
pub mod permission;
pub mod ratelimit;
pub mod tokens;
pub mod users;
pub mod web_sessions;

use std::time::Duration;

use chrono::NaiveDateTime;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

pub use error::{Error, Result};
pub use permission::Permission;

use crate::config::Config;
use lockout::Lockout;
use mailer::Mailer;
use ratelimit::Limiter;
use tokens::SessionKeys;

/// How many failed logins are allowed before further attempts wait, and
/// how many registrations an address may make per hour.
#[derive(Debug, Clone, Copy)]
pub struct LoginLimits {
    pub per_account: u32,
    pub per_address: u32,
    pub registrations_per_hour: u32,
}

/// Identity services shared by all requests.
#[derive(Debug)]
pub struct AuthServices {
    pub sessions: SessionKeys,
    pub mailer: Mailer,
    /// Failed logins per account and per address.
    pub login_failures: Lockout,
    /// Registrations per address.
    pub registrations: Limiter,
    pub login_limits: LoginLimits,
    /// Requests per account, by tier.
    pub requests: Limiter,
    /// Open event streams per account.
    pub event_streams: std::sync::Arc<concurrent::PerAccount>,
    /// How users reach the service, for mailed instructions.
    pub public_url: String,
    pub email_token_ttl: Duration,
    /// How long a browser session lasts.
    pub web_session_ttl: Duration,
    /// Whether users reach the service over TLS: the session cookie is
    /// then `Secure`.
    pub secure_cookies: bool,
}

impl AuthServices {
    pub fn new(config: &Config, sessions: SessionKeys) -> anyhow::Result<Self> {
        let smtp = config.smtp_url.as_ref().map(|s| s.expose().as_str());
        password::warm_up();
        Ok(Self {
            sessions,
            mailer: Mailer::new(smtp, &config.mail_from)?,
            login_failures: Lockout::new(
                Duration::from_secs(config.login_failure_window_secs),
                lockout::CAPACITY,
            ),
            registrations: Limiter::default(),
            login_limits: LoginLimits {
                per_account: config.login_max_failures_per_account,
                per_address: config.login_max_failures_per_address,
                registrations_per_hour: config.registrations_per_address_per_hour,
            },
            requests: Limiter::default(),
            event_streams: concurrent::PerAccount::new(config.event_streams_per_account),
            public_url: config.public_url(),
            email_token_ttl: Duration::from_secs(config.email_token_ttl_secs),
            web_session_ttl: Duration::from_secs(config.web_session_ttl_secs),
            secure_cookies: config.public_url().starts_with("https://"),
        })
    }
}

/// Subscription tiers, as stored in `users.tier`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum Tier {
    Free,
    Pro,
    Enterprise,
}

impl Tier {
    pub fn parse(s: &str) -> Option<Self> {
        match s {
            "free" => Some(Self::Free),
            "pro" => Some(Self::Pro),
            "enterprise" => Some(Self::Enterprise),
            _ => None,
        }
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Self::Free => "free",
            Self::Pro => "pro",
            Self::Enterprise => "enterprise",
        }
    }

    /// The tier in force: a paid tier whose subscription has expired falls
    /// back to free; an unknown stored value is treated as free.
    pub fn effective(
        stored: Option<&str>,
        expires_at: Option<NaiveDateTime>,
        now: NaiveDateTime,
    ) -> Self {
        let tier = stored.and_then(Self::parse).unwrap_or(Self::Free);
        match (tier, expires_at) {
            (Self::Free, _) => Self::Free,
            (_, Some(end)) if end <= now => Self::Free,
            (paid, _) => paid,
        }
    }
}

/// How the request authenticated.
#[derive(Debug, Clone)]
pub enum Credential {
    /// A login JWT: all of the user's permissions.
    Session,
    /// An API key with its own permissions.
    ApiKey {
        id: Uuid,
        permissions: Vec<Permission>,
    },
}

/// Who a request acts as.
#[derive(Debug, Clone)]
pub struct Principal {
    pub user_id: Uuid,
    pub is_admin: bool,
    pub tier: Tier,
    pub credential: Credential,
}

impl Principal {
    pub fn has(&self, permission: Permission) -> bool {
        match &self.credential {
            Credential::Session => true,
            Credential::ApiKey { permissions, .. } => permissions.contains(&permission),
        }
    }

    /// This principal acting through a request, for audit rows.
    pub fn actor(&self, context: crate::audit::RequestContext) -> crate::audit::Actor {
        crate::audit::Actor::new(self.user_id, context)
    }

    /// The permissions this principal holds: a key can only hand on these.
    pub fn permissions(&self) -> Vec<Permission> {
        Permission::ALL
            .into_iter()
            .filter(|p| self.has(*p))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_expired_paid_tier_falls_back_to_free() {
        let now = chrono::Utc::now().naive_utc();
        let past = now - chrono::Duration::days(1);
        let future = now + chrono::Duration::days(1);
        assert_eq!(Tier::effective(Some("pro"), Some(past), now), Tier::Free);
        assert_eq!(Tier::effective(Some("pro"), Some(future), now), Tier::Pro);
        assert_eq!(
            Tier::effective(Some("enterprise"), None, now),
            Tier::Enterprise
        );
        assert_eq!(Tier::effective(Some("platinum"), None, now), Tier::Free);
        assert_eq!(Tier::effective(None, None, now), Tier::Free);
    }
}
