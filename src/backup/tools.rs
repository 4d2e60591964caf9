//! PostgreSQL's own programs (`pg_dump`, `pg_restore`), run against the
//! database as its owner with the password in their environment, never on
//! their command line (which every user of the machine can read).

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::Context;

/// Query parameters of a `postgres://` URL that libpq understands; sqlx
/// accepts others (such as `statement-cache-capacity`) that libpq would
/// refuse, so only these are passed on.
const LIBPQ_PARAMETERS: &[&str] = &[
    "host",
    "hostaddr",
    "port",
    "dbname",
    "user",
    "options",
    "application_name",
    "connect_timeout",
    "sslmode",
    "sslcert",
    "sslkey",
    "sslrootcert",
    "sslcrl",
    "channel_binding",
    "gssencmode",
    "target_session_attrs",
];

/// The directory holding `pg_dump` and `pg_restore`.
#[derive(Debug, Clone)]
pub struct Tools {
    bin_dir: PathBuf,
}

impl Tools {
    /// `configured` (the `pg_bin_dir` setting), else the newest
    /// `/usr/lib/postgresql/N/bin` with `pg_dump` (so the client programs
    /// are at least as new as the embedded cluster, which uses the newest
    /// too), else the directory of `pg_dump` on `PATH`.
    pub fn find(configured: Option<&Path>) -> anyhow::Result<Self> {
        let has = |dir: &Path| dir.join("pg_dump").is_file() && dir.join("pg_restore").is_file();
        if let Some(dir) = configured {
            anyhow::ensure!(
                has(dir),
                "pg_dump and pg_restore are not in {} (pg_bin_dir)",
                dir.display()
            );
            return Ok(Self {
                bin_dir: dir.to_owned(),
            });
        }
        if let Some(bin_dir) = crate::db::embedded::newest_versioned_bin_dir(has) {
            return Ok(Self { bin_dir });
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path)
            .find(|d| has(d))
            .map(|bin_dir| Self { bin_dir })
            .context(
                "pg_dump and pg_restore were not found: install PostgreSQL's client programs \
                 (Debian/Ubuntu: `apt-get install postgresql-client`) or set pg_bin_dir",
            )
    }

    /// `program` (`pg_dump`, `pg_restore`) connecting to the database of
    /// `url`: the URL goes on the command line without its password, the
    /// password in `PGPASSWORD`.
    pub fn command(&self, program: &str, url: &str) -> anyhow::Result<Command> {
        let (conninfo, password) = libpq_target(url)?;
        let mut cmd = Command::new(self.bin_dir.join(program));
        cmd.arg("--dbname").arg(conninfo);
        // Settings of the operator's shell must not redirect the tool to
        // another server or database than the service's.
        for var in [
            "PGSERVICE",
            "PGSERVICEFILE",
            "PGPASSFILE",
            "PGHOST",
            "PGPORT",
            "PGDATABASE",
            "PGUSER",
            "PGOPTIONS",
        ] {
            cmd.env_remove(var);
        }
        match password {
            Some(p) => cmd.env("PGPASSWORD", p),
            None => cmd.env_remove("PGPASSWORD"),
        };
        Ok(cmd)
    }

    /// `program --version`'s line, e.g. `pg_dump (PostgreSQL) 15.14`.
    pub fn version(&self, program: &str) -> anyhow::Result<String> {
        let out = Command::new(self.bin_dir.join(program))
            .arg("--version")
            .output()
            .with_context(|| format!("running {program} --version"))?;
        Ok(String::from_utf8_lossy(&out.stdout).trim().to_owned())
    }
}

/// Splits a `postgres://` URL into one libpq reads (no password, only the
/// parameters libpq knows) and the password.
pub fn libpq_target(url: &str) -> anyhow::Result<(String, Option<String>)> {
    let mut parsed = url::Url::parse(url).context("the database URL is not a valid URL")?;
    // In the user part, or (as libpq and sqlx also read it) `?password=`;
    // either way it goes to PGPASSWORD, never onto a command line.
    let password = parsed
        .password()
        .map(|p| {
            percent_encoding::percent_decode_str(p)
                .decode_utf8_lossy()
                .into_owned()
        })
        .or_else(|| {
            parsed
                .query_pairs()
                .find(|(k, _)| k == "password")
                .map(|(_, v)| v.into_owned())
        });
    let _ = parsed.set_password(None);
    let kept: Vec<(String, String)> = parsed
        .query_pairs()
        .filter(|(k, _)| LIBPQ_PARAMETERS.contains(&k.as_ref()))
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    parsed.set_query(None);
    if !kept.is_empty() {
        parsed.query_pairs_mut().extend_pairs(kept);
    }
    // libpq reads `postgres://` and `postgresql://` alike.
    Ok((parsed.to_string(), password))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_password_and_unknown_parameters_stay_off_the_command_line() {
        let (conninfo, password) = libpq_target(
            "postgres://owner:s%40cret@db.example.org:5433/oc?sslmode=require&statement-cache-capacity=0",
        )
        .expect("parses");
        assert_eq!(
            conninfo,
            "postgres://owner@db.example.org:5433/oc?sslmode=require"
        );
        assert_eq!(password.as_deref(), Some("s@cret"));
        let (conninfo, password) =
            libpq_target("postgres://postgres@localhost/opencomplai?host=%2Ftmp%2Fpg")
                .expect("parses");
        assert_eq!(
            conninfo,
            "postgres://postgres@localhost/opencomplai?host=%2Ftmp%2Fpg"
        );
        assert_eq!(password, None);
        let (conninfo, password) =
            libpq_target("postgres://owner@db/oc?password=p%26w&sslpassword=k&sslmode=verify-full")
                .expect("parses");
        assert_eq!(conninfo, "postgres://owner@db/oc?sslmode=verify-full");
        assert_eq!(password.as_deref(), Some("p&w"));
    }
}
