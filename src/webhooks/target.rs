//! Where a webhook may be sent: an `http` or `https` URL of at most
//! [`MAX_URL`] characters with a host and no credentials in it; and, when
//! private targets are not allowed (`webhook_allow_private = false`), no
//! host that is or resolves to a loopback, private, link-local or other
//! non-public address (checked when the endpoint is saved for literal
//! addresses, and on each delivery for what the name resolves to then).

use std::net::{IpAddr, Ipv4Addr, Ipv6Addr};

use url::{Host, Url};

use crate::validation::Invalid;

/// Longest endpoint URL, in characters.
pub const MAX_URL: usize = 2048;

/// A URL a webhook may be sent to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TargetUrl(Url);

impl TargetUrl {
    /// Parses and checks `raw`; `allow_private` says whether loopback and
    /// private hosts are accepted.
    pub fn parse(raw: &str, allow_private: bool) -> Result<Self, Invalid> {
        let bad = |issue: &str, message: &str| Invalid::field("url", issue, message);
        let raw = raw.trim();
        if raw.chars().count() > MAX_URL {
            return Err(bad(
                "too_long",
                &format!("url must be at most {MAX_URL} characters"),
            ));
        }
        let url = Url::parse(raw).map_err(|_| bad("invalid", "url is not a valid URL"))?;
        if !matches!(url.scheme(), "http" | "https") {
            return Err(bad("scheme", "url must start with http:// or https://"));
        }
        if !url.username().is_empty() || url.password().is_some() {
            return Err(bad(
                "credentials",
                "url must not carry a user name or password; authenticate the request with its signature",
            ));
        }
        let Some(host) = url.host() else {
            return Err(bad("invalid", "url has no host"));
        };
        if url.as_str().chars().count() > MAX_URL {
            return Err(bad(
                "too_long",
                &format!("url must be at most {MAX_URL} characters"),
            ));
        }
        if !allow_private {
            let private = match host {
                Host::Ipv4(ip) => !is_public(IpAddr::V4(ip)),
                Host::Ipv6(ip) => !is_public(IpAddr::V6(ip)),
                Host::Domain(name) => {
                    let name = name.trim_end_matches('.').to_ascii_lowercase();
                    name == "localhost" || name.ends_with(".localhost")
                }
            };
            if private {
                return Err(bad(
                    "private_address",
                    "url points at a private or loopback address, which this service does not allow (webhook_allow_private)",
                ));
            }
        }
        Ok(Self(url))
    }

    pub fn as_url(&self) -> &Url {
        &self.0
    }

    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }
}

/// Whether `ip` is a public unicast address: not loopback, private,
/// link-local, shared (CGNAT), documentation, multicast or unspecified.
pub fn is_public(ip: IpAddr) -> bool {
    match ip {
        IpAddr::V4(v4) => is_public_v4(v4),
        IpAddr::V6(v6) => match v6.to_ipv4_mapped() {
            Some(v4) => is_public_v4(v4),
            None => is_public_v6(v6),
        },
    }
}

fn is_public_v4(ip: Ipv4Addr) -> bool {
    let [a, b, ..] = ip.octets();
    !(ip.is_loopback()
        || ip.is_private()
        || ip.is_link_local()
        || ip.is_unspecified()
        || ip.is_broadcast()
        || ip.is_multicast()
        || ip.is_documentation()
        || a == 0
        || (a == 100 && (64..128).contains(&b))
        || (a == 198 && (b == 18 || b == 19))
        || a >= 240)
}

fn is_public_v6(ip: Ipv6Addr) -> bool {
    let first = ip.segments()[0];
    !(ip.is_loopback()
        || ip.is_unspecified()
        || ip.is_multicast()
        || (first & 0xfe00) == 0xfc00
        || (first & 0xffc0) == 0xfe80
        || first == 0x2001 && ip.segments()[1] == 0x0db8)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_http_urls_without_credentials_are_taken() {
        for good in [
            "https://hooks.example.com/in",
            "http://127.0.0.1:9000/hook?x=1",
        ] {
            assert!(TargetUrl::parse(good, true).is_ok(), "{good}");
        }
        let long = format!("https://example.com/{}", "a".repeat(2100));
        for (bad, issue) in [
            ("ftp://example.com/", "scheme"),
            ("javascript:alert(1)", "scheme"),
            ("not a url", "invalid"),
            ("https://user:pw@example.com/", "credentials"),
            ("https://user@example.com/", "credentials"),
            (long.as_str(), "too_long"),
        ] {
            let err = TargetUrl::parse(bad, true).expect_err(bad);
            assert_eq!(err.issue(), Some(issue), "{bad}");
        }
    }

    #[test]
    fn private_hosts_are_refused_only_when_the_setting_says_so() {
        for private in [
            "http://127.0.0.1/",
            "http://localhost:8080/",
            "http://10.1.2.3/",
            "http://192.168.0.1/",
            "http://169.254.169.254/latest",
            "http://[::1]/",
            "http://[fd00::1]/",
            "http://[::ffff:127.0.0.1]/",
            "http://0.0.0.0/",
        ] {
            assert!(TargetUrl::parse(private, true).is_ok(), "{private}");
            assert_eq!(
                TargetUrl::parse(private, false).expect_err(private).issue(),
                Some("private_address"),
                "{private}"
            );
        }
        assert!(TargetUrl::parse("https://203.0.114.1/", false).is_ok());
        assert!(TargetUrl::parse("https://hooks.example.com/", false).is_ok());
    }
}
