//! Outgoing mail: SMTP when `smtp_url` is configured, otherwise the message
//! (with its link) is written to the log, so a single-machine install works
//! without a mail server.

use lettre::message::Mailbox;
use lettre::{AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

#[derive(Clone)]
pub enum Mailer {
    Smtp {
        transport: Box<AsyncSmtpTransport<Tokio1Executor>>,
        from: Mailbox,
    },
    Log,
}

impl std::fmt::Debug for Mailer {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Self::Smtp { from, .. } => write!(f, "Mailer::Smtp(from {from})"),
            Self::Log => f.write_str("Mailer::Log"),
        }
    }
}

impl Mailer {
    /// `smtp://user:pass@host:587` (STARTTLS when offered; add `?tls=required`
    /// to insist) or `smtps://host:465` (TLS from the start).
    pub fn new(smtp_url: Option<&str>, from: &str) -> anyhow::Result<Self> {
        let Some(url) = smtp_url.filter(|u| !u.is_empty()) else {
            return Ok(Self::Log);
        };
        let transport = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| anyhow::anyhow!("smtp_url is not usable: {e}"))?
            .build();
        let transport = Box::new(transport);
        let from: Mailbox = from
            .parse()
            .map_err(|e| anyhow::anyhow!("mail_from is not a valid address: {e}"))?;
        Ok(Self::Smtp { transport, from })
    }

    /// Sends a message; failures are logged, not returned: the action that
    /// triggered the mail has already been committed.
    pub async fn send(&self, to: &str, subject: &str, body: String) {
        match self {
            Self::Log => {
                tracing::info!(to, subject, body = %body, "mail (no SMTP configured)");
            }
            Self::Smtp { transport, from } => {
                let message = to
                    .parse::<Mailbox>()
                    .map_err(anyhow::Error::from)
                    .and_then(|to| {
                        Message::builder()
                            .from(from.clone())
                            .to(to)
                            .subject(subject)
                            .body(body)
                            .map_err(anyhow::Error::from)
                    });
                let result = match message {
                    Ok(m) => transport
                        .send(m)
                        .await
                        .map(|_| ())
                        .map_err(anyhow::Error::from),
                    Err(e) => Err(e),
                };
                match result {
                    Ok(()) => tracing::info!(to, subject, "mail sent"),
                    Err(e) => tracing::error!(to, subject, error = %e, "mail could not be sent"),
                }
            }
        }
    }
}
