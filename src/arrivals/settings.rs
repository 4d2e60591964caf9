//! The consume folder's and the IMAP fetcher's settings, read from the
//! flat `Config` into typed values and checked when the config loads.

use std::path::PathBuf;
use std::time::Duration;

use crate::config::{Config, Secret};

/// The consume folder, when `consume_dir` is set.
#[derive(Debug, Clone)]
pub struct Consume {
    pub dir: PathBuf,
    pub account: String,
    pub poll: Duration,
    pub settle: Duration,
    pub subdirs_as_metadata: bool,
    /// Wake on inotify as well as polling (local disks).
    pub inotify: bool,
}

/// What becomes of a message in the mailbox once it is imported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum After {
    /// Flagged `\Seen`; only unseen messages are fetched.
    Seen,
    /// Moved to this folder.
    Move(String),
    /// Flagged `\Deleted` and expunged.
    Delete,
}

impl After {
    pub fn parse(raw: &str) -> Option<Self> {
        match raw.trim() {
            "seen" => Some(Self::Seen),
            "delete" => Some(Self::Delete),
            other => other
                .strip_prefix("move:")
                .map(str::trim)
                .filter(|f| !f.is_empty() && f.len() <= MAX_FOLDER)
                .map(|f| Self::Move(f.to_owned())),
        }
    }
}

/// An IMAP mailbox to fetch, when `imap_url` or `imap_host` is set.
#[derive(Clone)]
pub struct Imap {
    pub host: String,
    pub port: u16,
    /// TLS from the first byte (imaps); otherwise plain text.
    pub tls: bool,
    pub username: String,
    pub password: Secret<String>,
    pub folder: String,
    pub account: String,
    pub interval: Duration,
    pub after: After,
}

impl std::fmt::Debug for Imap {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Imap")
            .field("host", &self.host)
            .field("port", &self.port)
            .field("tls", &self.tls)
            .field("username", &self.username)
            .field("password", &self.password)
            .field("folder", &self.folder)
            .field("account", &self.account)
            .field("after", &self.after)
            .finish_non_exhaustive()
    }
}

const MAX_FOLDER: usize = 200;

fn seconds(value: f64, name: &str) -> Result<Duration, String> {
    if value.is_finite() && value > 0.0 && value <= 86_400.0 {
        Ok(Duration::from_secs_f64(value))
    } else {
        Err(format!(
            "{name} must be a number of seconds above 0 and at most 86400"
        ))
    }
}

/// Checks both groups of settings.
pub fn validate(config: &Config) -> Result<(), String> {
    consume(config)?;
    imap(config)?;
    Ok(())
}

/// The consume folder's settings; `None` when `consume_dir` is unset.
pub fn consume(config: &Config) -> Result<Option<Consume>, String> {
    let Some(dir) = config
        .consume_dir
        .clone()
        .filter(|d| !d.as_os_str().is_empty())
    else {
        return Ok(None);
    };
    let account = config
        .consume_account
        .clone()
        .filter(|a| !a.trim().is_empty())
        .ok_or("consume_dir is set without consume_account, the account its files go to")?;
    let poll = seconds(config.consume_poll_secs, "consume_poll_secs")?;
    let settle = match config.consume_settle_secs {
        Some(s) => seconds(s, "consume_settle_secs")?,
        None => poll * 2,
    };
    Ok(Some(Consume {
        dir,
        account: account.trim().to_owned(),
        poll,
        settle,
        subdirs_as_metadata: config.consume_subdirs_as_metadata,
        inotify: config.consume_inotify,
    }))
}

/// The IMAP fetcher's settings; `None` when neither `imap_url` nor
/// `imap_host` is set.
pub fn imap(config: &Config) -> Result<Option<Imap>, String> {
    let url = config
        .imap_url
        .as_ref()
        .map(|u| u.expose().trim())
        .filter(|u| !u.is_empty());
    if url.is_none() && config.imap_host.as_deref().is_none_or(str::is_empty) {
        return Ok(None);
    }
    let mut host = None;
    let mut port = None;
    let mut tls = None;
    let mut username = None;
    let mut password = None;
    let mut folder = None;
    if let Some(raw) = url {
        // The URL holds the password: never echo it in an error.
        let url = url::Url::parse(raw)
            .map_err(|_| "imap_url is not a valid URL (imap://user:password@host/INBOX)")?;
        tls = Some(match url.scheme() {
            "imaps" => true,
            "imap" => false,
            _ => return Err("imap_url must start with imap:// or imaps://".into()),
        });
        host = url.host_str().map(str::to_owned);
        port = url.port();
        let decode = |s: &str| {
            percent_encoding::percent_decode_str(s)
                .decode_utf8_lossy()
                .into_owned()
        };
        if !url.username().is_empty() {
            username = Some(decode(url.username()));
        }
        password = url.password().map(decode);
        let path = decode(url.path().trim_start_matches('/'));
        if !path.is_empty() {
            folder = Some(path);
        }
    }
    let pick = |own: &Option<String>, from_url: Option<String>| {
        own.clone().filter(|s| !s.is_empty()).or(from_url)
    };
    let host = pick(&config.imap_host, host).ok_or("imap_url has no host")?;
    let tls = config.imap_tls.or(tls).unwrap_or(true);
    let port = config
        .imap_port
        .or(port)
        .unwrap_or(if tls { 993 } else { 143 });
    let username = pick(&config.imap_username, username)
        .ok_or("the IMAP fetcher needs a user name (imap_username or in imap_url)")?;
    let password = config
        .imap_password
        .as_ref()
        .map(|p| p.expose().clone())
        .or(password)
        .ok_or("the IMAP fetcher needs a password (imap_password or in imap_url)")?;
    let folder = pick(&config.imap_folder, folder).unwrap_or_else(|| "INBOX".to_owned());
    if folder.len() > MAX_FOLDER || folder.chars().any(char::is_control) {
        return Err("imap_folder must be a folder name of at most 200 bytes".into());
    }
    let account = config
        .imap_account
        .clone()
        .filter(|a| !a.trim().is_empty())
        .ok_or("the IMAP fetcher needs imap_account, the account its messages go to")?;
    let interval = seconds(config.imap_interval_secs, "imap_interval_secs")?;
    let after = After::parse(&config.imap_after)
        .ok_or("imap_after must be `seen`, `move:<folder>` or `delete`")?;
    Ok(Some(Imap {
        host,
        port,
        tls,
        username,
        password: Secret::new(password),
        folder,
        account: account.trim().to_owned(),
        interval,
        after,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_imap_url_gives_every_part_and_the_password_stays_secret() {
        let config = Config {
            imap_url: Some(Secret::new(
                "imaps://me%40example.org:p%2Fss@mail.example.org/Archive%2F2026".into(),
            )),
            imap_account: Some("me@example.org".into()),
            ..Config::default()
        };
        let imap = imap(&config).expect("valid").expect("configured");
        assert_eq!(imap.host, "mail.example.org");
        assert_eq!(imap.port, 993);
        assert!(imap.tls);
        assert_eq!(imap.username, "me@example.org");
        assert_eq!(imap.password.expose(), "p/ss");
        assert_eq!(imap.folder, "Archive/2026");
        assert_eq!(imap.after, After::Seen);
        assert!(!format!("{imap:?}").contains("p/ss"));
    }

    #[test]
    fn separate_settings_override_the_url_and_bad_ones_are_named() {
        let mut config = Config {
            imap_url: Some(Secret::new("imap://u:secret-pw@localhost".into())),
            imap_port: Some(10143),
            imap_folder: Some("Scans".into()),
            imap_account: Some("a@example.org".into()),
            imap_after: "move:Done".into(),
            ..Config::default()
        };
        let imap = imap(&config).expect("valid").expect("configured");
        assert_eq!((imap.port, imap.tls), (10143, false));
        assert_eq!(imap.folder, "Scans");
        assert_eq!(imap.after, After::Move("Done".into()));
        config.imap_after = "archive".into();
        let e = super::imap(&config).expect_err("refused");
        assert!(e.contains("imap_after") && !e.contains("secret-pw"), "{e}");
        config.imap_after = "seen".into();
        config.imap_account = None;
        assert!(super::imap(&config).is_err());
    }

    #[test]
    fn the_consume_folder_needs_an_account_and_settles_twice_the_poll_by_default() {
        let mut config = Config {
            consume_dir: Some("/srv/consume".into()),
            ..Config::default()
        };
        assert!(consume(&config).is_err());
        config.consume_account = Some("a@example.org".into());
        config.consume_poll_secs = 0.5;
        let c = consume(&config).expect("valid").expect("on");
        assert_eq!(c.settle, Duration::from_secs(1));
        config.consume_poll_secs = 0.0;
        assert!(consume(&config).is_err());
    }
}
