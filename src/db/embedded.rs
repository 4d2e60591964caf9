//! The embedded default database: a private PostgreSQL cluster under the data
//! directory, created on first use with the machine's own PostgreSQL binaries,
//! listening on a Unix socket inside the cluster directory only (no TCP), and
//! stopped cleanly when we stop. As root, the cluster runs as the `postgres`
//! system user, since PostgreSQL refuses to run as root.
//!
//! Every connection needs a password (SCRAM), local ones too: the
//! superuser's (migrations) and the application role's (the service) are
//! generated once into files of the data directory, like the session key.
//! A cluster made before this (trusting local connections) is given both
//! passwords and the stricter `pg_hba.conf` on its next start.
//!
//! `postgres` runs as a direct child of a thread of ours that lives as long
//! as it does, with a parent-death signal: if this process dies, even by
//! SIGKILL, the kernel tells PostgreSQL to shut down fast.

use std::fs;
use std::io::{BufRead, BufReader};
use std::os::unix::fs::{MetadataExt, OpenOptionsExt, PermissionsExt};
use std::os::unix::process::CommandExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use nix::sys::signal::{Signal, kill};
use nix::unistd::{Gid, Pid, Uid, User};
use sqlx::postgres::PgConnectOptions;
use sqlx::{ConnectOptions, Connection};
use tokio::sync::oneshot;

use super::password;
use super::roles::{self, EMBEDDED_APP_ROLE, RoleName};
use crate::config::Secret;

/// The database our application uses inside the cluster.
pub const DATABASE_NAME: &str = "opencomplai";
/// The cluster's superuser, made by `initdb -U`.
const SUPERUSER: &str = "postgres";
/// The socket is `<cluster>/.s.PGSQL.<port>`; with no TCP, the port only names it.
const PORT: u16 = 5432;
/// In the data directory, mode 0600: the superuser's password (migrations,
/// administration) and the application role's (the service).
pub const SUPERUSER_PASSWORD_FILE: &str = "database-superuser-password";
pub const APP_PASSWORD_FILE: &str = "database-app-password";
/// Every connection, over the socket or (were TCP ever switched on) the
/// loopback, proves its password; nothing is trusted.
const PG_HBA: &str = "\
# Written by OpenComplai: every connection needs its role's password (SCRAM).
# The passwords are in the data directory (database-*-password, mode 0600).
# TYPE  DATABASE  USER  ADDRESS       METHOD
local   all       all                 scram-sha-256
host    all       all   127.0.0.1/32  scram-sha-256
host    all       all   ::1/128       scram-sha-256
";
/// Whether a `pg_hba.conf` lets any connection in without a password.
fn trusts_anyone(hba: &str) -> bool {
    hba.lines()
        .map(|l| l.split('#').next().unwrap_or(""))
        .any(|l| l.split_whitespace().any(|w| w == "trust"))
}

/// `sun_path` holds 108 bytes including the terminating NUL.
const MAX_SOCKET_PATH: usize = 107;
const START_TIMEOUT: Duration = Duration::from_secs(60);
const STOP_TIMEOUT: Duration = Duration::from_secs(30);

#[derive(Debug, thiserror::Error)]
pub enum EmbeddedError {
    #[error(
        "PostgreSQL server binaries (initdb, postgres) were not found. Install them \
         (Debian/Ubuntu: `apt-get install postgresql`), point OPENCOMPLAI_PG_BIN_DIR at \
         their directory, or set DATABASE_URL to use an existing PostgreSQL server"
    )]
    NoBinaries,
    #[error(
        "running as root, the embedded PostgreSQL must run as the `postgres` system user, \
         which does not exist (the Debian/Ubuntu `postgresql` package creates it)"
    )]
    NoPostgresUser,
    #[error(
        "the socket path {0} is longer than the 107 bytes Unix sockets allow; \
         choose a shorter OPENCOMPLAI_DATA_DIR"
    )]
    SocketPathTooLong(PathBuf),
    #[error("{action} failed: {detail}")]
    Command { action: String, detail: String },
    #[error("{context}: {source}")]
    Io {
        context: String,
        source: std::io::Error,
    },
    #[error("the embedded PostgreSQL did not start: {0}")]
    Start(String),
    #[error("the embedded PostgreSQL answered with an error: {0}")]
    Sql(#[from] sqlx::Error),
    #[error(
        "the embedded PostgreSQL refused the superuser's password kept in {0}: was the file \
         replaced or lost? Restore it from the backup of the data directory"
    )]
    PasswordRefused(PathBuf),
}

fn io(context: impl Into<String>) -> impl FnOnce(std::io::Error) -> EmbeddedError {
    let context = context.into();
    move |source| EmbeddedError::Io { context, source }
}

/// The newest `/usr/lib/postgresql/N/bin` (where Debian and Ubuntu keep
/// each major version) for which `has` holds.
pub fn newest_versioned_bin_dir(has: impl Fn(&Path) -> bool) -> Option<PathBuf> {
    fs::read_dir("/usr/lib/postgresql")
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let major = e.file_name().to_str()?.parse::<u32>().ok()?;
            Some((major, e.path().join("bin")))
        })
        .filter(|(_, dir)| has(dir))
        .max_by_key(|(major, _)| *major)
        .map(|(_, dir)| dir)
}

/// Where the PostgreSQL programs live: `configured`, else the newest
/// `/usr/lib/postgresql/N/bin`, else the directory of `initdb` on `PATH`.
pub fn find_bin_dir(configured: Option<&Path>) -> Result<PathBuf, EmbeddedError> {
    let has_tools = |dir: &Path| dir.join("initdb").is_file() && dir.join("postgres").is_file();
    if let Some(dir) = configured {
        return if has_tools(dir) {
            Ok(dir.to_owned())
        } else {
            Err(EmbeddedError::NoBinaries)
        };
    }
    if let Some(dir) = newest_versioned_bin_dir(has_tools) {
        return Ok(dir);
    }
    // Elsewhere: wherever `initdb` on the PATH really lives.
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path)
        .map(|d| d.join("initdb"))
        .filter(|p| p.is_file())
        .filter_map(|p| fs::canonicalize(p).ok())
        .filter_map(|p| p.parent().map(Path::to_path_buf))
        .find(|d| has_tools(d))
        .ok_or(EmbeddedError::NoBinaries)
}

/// The OS user the cluster runs as: ourselves, or `postgres` when we are root.
#[derive(Debug, Clone, Copy)]
struct RunAs {
    uid: Uid,
    gid: Gid,
    switch: bool,
}

impl RunAs {
    fn decide() -> Result<Self, EmbeddedError> {
        if !Uid::effective().is_root() {
            return Ok(Self {
                uid: Uid::effective(),
                gid: Gid::effective(),
                switch: false,
            });
        }
        let user = User::from_name(SUPERUSER)
            .ok()
            .flatten()
            .ok_or(EmbeddedError::NoPostgresUser)?;
        Ok(Self {
            uid: user.uid,
            gid: user.gid,
            switch: true,
        })
    }

    fn command(&self, program: PathBuf) -> Command {
        let mut cmd = Command::new(program);
        if self.switch {
            cmd.uid(self.uid.as_raw()).gid(self.gid.as_raw());
        }
        cmd
    }
}

/// A running (or adopted) embedded cluster.
#[derive(Debug)]
pub struct EmbeddedPostgres {
    cluster_dir: PathBuf,
    log_file: PathBuf,
    superuser_password: Secret<String>,
    superuser_password_file: PathBuf,
    app_password: Secret<String>,
    /// Set when we started the server and so must stop it.
    owned: Option<OwnedServer>,
}

#[derive(Debug)]
struct OwnedServer {
    pid: Pid,
    exited: oneshot::Receiver<String>,
}

impl EmbeddedPostgres {
    /// Creates the cluster under `data_dir` if needed, starts it (or adopts
    /// one already running there), and makes sure our database exists.
    pub async fn start(data_dir: &Path, bin_dir: Option<&Path>) -> Result<Self, EmbeddedError> {
        let bin_dir = find_bin_dir(bin_dir)?;
        let run_as = RunAs::decide()?;
        fs::create_dir_all(data_dir).map_err(io(format!("creating {}", data_dir.display())))?;
        let data_dir =
            fs::canonicalize(data_dir).map_err(io(format!("resolving {}", data_dir.display())))?;
        let cluster_dir = data_dir.join("postgres");
        let socket = cluster_dir.join(format!(".s.PGSQL.{PORT}"));
        if socket.as_os_str().len() > MAX_SOCKET_PATH {
            return Err(EmbeddedError::SocketPathTooLong(socket));
        }
        let superuser_password_file = data_dir.join(SUPERUSER_PASSWORD_FILE);
        let superuser_password = password::load_or_generate(&superuser_password_file)
            .map_err(io(format!("reading {}", superuser_password_file.display())))?;
        let app_password_file = data_dir.join(APP_PASSWORD_FILE);
        let app_password = password::load_or_generate(&app_password_file)
            .map_err(io(format!("reading {}", app_password_file.display())))?;
        let mut pg = Self {
            log_file: data_dir.join("postgres.log"),
            cluster_dir,
            superuser_password,
            superuser_password_file,
            app_password,
            owned: None,
        };
        if run_as.switch {
            let ancestors: Vec<PathBuf> =
                pg.cluster_dir.ancestors().skip(1).map(Into::into).collect();
            grant_traversal(&ancestors, run_as)?;
        }
        if !pg.cluster_dir.join("PG_VERSION").is_file() {
            pg.init(&bin_dir, &data_dir, run_as)?;
        }
        match pg.try_connect("postgres").await {
            Ok(_) => {
                tracing::info!(cluster = %pg.cluster_dir.display(), "adopting the embedded PostgreSQL already running");
            }
            Err(e) if is_refusal(&e) => {
                return Err(EmbeddedError::PasswordRefused(
                    pg.superuser_password_file.clone(),
                ));
            }
            Err(_) => pg.spawn(&bin_dir, run_as).await?,
        }
        pg.secure(run_as).await?;
        Ok(pg)
    }

    /// Connection options for our database over the cluster's socket, as
    /// the application role: what the service connects as.
    pub fn connect_options(&self) -> PgConnectOptions {
        self.socket_options(DATABASE_NAME)
            .username(EMBEDDED_APP_ROLE)
            .password(self.app_password.expose())
    }

    /// Connection options for our database as the superuser, which owns
    /// the schema: what migrations run as.
    pub fn owner_options(&self) -> PgConnectOptions {
        self.options_for(DATABASE_NAME)
    }

    /// Connection options for any database of the cluster, as its superuser.
    pub fn options_for(&self, database: &str) -> PgConnectOptions {
        self.socket_options(database)
            .username(SUPERUSER)
            .password(self.superuser_password.expose())
    }

    fn socket_options(&self, database: &str) -> PgConnectOptions {
        PgConnectOptions::new()
            .socket(&self.cluster_dir)
            .port(PORT)
            .database(database)
            .application_name("opencomplai")
    }

    /// A `postgres://` URL of `database` over the socket as the superuser
    /// (for tools such as `psql` and `pg_dump`, and the tests).
    pub fn superuser_url(&self, database: &str) -> String {
        self.url(SUPERUSER, self.superuser_password.expose(), database)
    }

    /// The same as the application role.
    pub fn app_url(&self, database: &str) -> String {
        self.url(EMBEDDED_APP_ROLE, self.app_password.expose(), database)
    }

    fn url(&self, user: &str, password: &str, database: &str) -> String {
        let mut url = url::Url::parse("postgres://localhost/").expect("a valid base URL");
        let _ = url.set_username(user);
        let _ = url.set_password(Some(password));
        url.set_path(&format!("/{database}"));
        url.query_pairs_mut()
            .append_pair("host", &self.cluster_dir.display().to_string());
        url.to_string()
    }

    pub fn cluster_dir(&self) -> &Path {
        &self.cluster_dir
    }

    fn init(&self, bin_dir: &Path, data_dir: &Path, run_as: RunAs) -> Result<(), EmbeddedError> {
        tracing::info!(cluster = %self.cluster_dir.display(), "creating the embedded PostgreSQL cluster");
        fs::create_dir_all(&self.cluster_dir)
            .map_err(io(format!("creating {}", self.cluster_dir.display())))?;
        fs::set_permissions(&self.cluster_dir, fs::Permissions::from_mode(0o700))
            .map_err(io("restricting the cluster directory"))?;
        if run_as.switch {
            std::os::unix::fs::chown(
                &self.cluster_dir,
                Some(run_as.uid.as_raw()),
                Some(run_as.gid.as_raw()),
            )
            .map_err(io("giving the cluster directory to the postgres user"))?;
        }
        // C.UTF-8 keeps character classes right for non-ASCII text; fall
        // back to the plain C locale on systems that lack it.
        let locale = if Path::new("/usr/lib/locale/C.utf8").exists() {
            "--locale=C.UTF-8"
        } else {
            "--no-locale"
        };
        // initdb reads the superuser's password from a file that the
        // cluster's user can read (it may not be us), removed right after.
        let pwfile = data_dir.join(format!(
            ".initdb-password.{}",
            uuid::Uuid::new_v4().simple()
        ));
        let written = fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&pwfile)
            .and_then(|mut f| {
                use std::io::Write;
                writeln!(f, "{}", self.superuser_password.expose())
            });
        written.map_err(io(format!("writing {}", pwfile.display())))?;
        if run_as.switch {
            std::os::unix::fs::chown(&pwfile, Some(run_as.uid.as_raw()), None)
                .map_err(io("giving initdb's password file to the postgres user"))?;
        }
        let output = run_as
            .command(bin_dir.join("initdb"))
            .arg("--pgdata")
            .arg(&self.cluster_dir)
            .args([
                "--username",
                SUPERUSER,
                "--auth=scram-sha-256",
                "--encoding=UTF8",
                locale,
            ])
            .arg(format!("--pwfile={}", pwfile.display()))
            .current_dir(&self.cluster_dir)
            .env_remove("PGDATA")
            .output();
        let _ = fs::remove_file(&pwfile);
        let output = output.map_err(io("running initdb"))?;
        if !output.status.success() {
            return Err(EmbeddedError::Command {
                action: "initdb".into(),
                detail: last_lines(&String::from_utf8_lossy(&output.stderr), 5),
            });
        }
        self.write_hba(run_as)
    }

    fn hba_file(&self) -> PathBuf {
        self.cluster_dir.join("pg_hba.conf")
    }

    /// Replaces `pg_hba.conf` with ours, whole (written aside, then renamed).
    fn write_hba(&self, run_as: RunAs) -> Result<(), EmbeddedError> {
        let tmp = self.cluster_dir.join("pg_hba.conf.opencomplai-tmp");
        let _ = fs::remove_file(&tmp);
        fs::OpenOptions::new()
            .write(true)
            .create_new(true)
            .mode(0o600)
            .open(&tmp)
            .and_then(|mut f| {
                use std::io::Write;
                f.write_all(PG_HBA.as_bytes()).and_then(|()| f.sync_all())
            })
            .map_err(io(format!("writing {}", tmp.display())))?;
        if run_as.switch {
            std::os::unix::fs::chown(&tmp, Some(run_as.uid.as_raw()), Some(run_as.gid.as_raw()))
                .map_err(io("giving pg_hba.conf to the postgres user"))?;
        }
        fs::rename(&tmp, self.hba_file()).map_err(io("replacing pg_hba.conf"))
    }

    /// Brings a running cluster to what this release expects: the
    /// superuser's password set and `pg_hba.conf` ours (a cluster made by
    /// an older release trusted every local connection), our database, and
    /// the application role able to log in with its password. Its grants
    /// come with the migrations ([`crate::db::Database::migrate`]).
    async fn secure(&self, run_as: RunAs) -> Result<(), EmbeddedError> {
        let hba = fs::read_to_string(self.hba_file()).map_err(io("reading pg_hba.conf"))?;
        // Trust anywhere means a cluster from before passwords: upgrade it.
        // A file without trust is left as it is, with whatever lines an
        // operator added.
        let upgrade = trusts_anyone(&hba);
        let mut conn = self.try_connect("postgres").await?;
        if upgrade {
            // Connected on trust: set the password before trust ends.
            roles::set_own_password(&mut conn, self.superuser_password.expose()).await?;
        }
        self.ensure_database(&mut conn).await?;
        let app = RoleName::parse(EMBEDDED_APP_ROLE).map_err(EmbeddedError::Start)?;
        let app_logs_in = !upgrade
            && self
                .connect_options()
                .log_statements(tracing::log::LevelFilter::Off)
                .connect()
                .await
                .is_ok();
        if !app_logs_in {
            roles::ensure_login_role(&mut conn, &app, Some(self.app_password.expose())).await?;
        }
        if upgrade {
            self.write_hba(run_as)?;
            sqlx::query("select pg_reload_conf()")
                .execute(&mut conn)
                .await?;
            tracing::warn!(
                cluster = %self.cluster_dir.display(),
                "the embedded PostgreSQL now asks every connection for its password (SCRAM); \
                 the passwords are in the data directory"
            );
        }
        conn.close().await?;
        Ok(())
    }

    async fn spawn(&mut self, bin_dir: &Path, run_as: RunAs) -> Result<(), EmbeddedError> {
        let log = fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log_file)
            .map_err(io(format!("opening {}", self.log_file.display())))?;
        let log_err = log.try_clone().map_err(io("duplicating the log handle"))?;
        let mut cmd = run_as.command(bin_dir.join("postgres"));
        cmd.arg("-D")
            .arg(&self.cluster_dir)
            .args(["-c", "listen_addresses="])
            .arg("-c")
            .arg(format!(
                "unix_socket_directories={}",
                self.cluster_dir.display()
            ))
            .args(["-c", "unix_socket_permissions=0700"])
            .args(["-c", &format!("port={PORT}")])
            .current_dir(&self.cluster_dir)
            .env_remove("PGDATA")
            .stdin(Stdio::null())
            .stdout(log)
            .stderr(log_err);
        set_parent_death_signal(&mut cmd);

        // The spawning thread must outlive the child for the parent-death
        // signal to mean "our process died", so it waits on the child.
        let (started_tx, started_rx) = std::sync::mpsc::channel();
        let (exited_tx, exited_rx) = oneshot::channel();
        std::thread::Builder::new()
            .name("embedded-postgres".into())
            .spawn(move || match cmd.spawn() {
                Ok(mut child) => {
                    let _ = started_tx.send(Ok(child.id()));
                    let how = match child.wait() {
                        Ok(status) => status.to_string(),
                        Err(e) => e.to_string(),
                    };
                    let _ = exited_tx.send(how);
                }
                Err(e) => {
                    let _ = started_tx.send(Err(e));
                }
            })
            .map_err(io("starting the supervisor thread"))?;
        let pid = started_rx
            .recv()
            .map_err(|_| EmbeddedError::Start("the supervisor thread died".into()))?
            .map_err(io("running postgres"))?;
        let pid = Pid::from_raw(i32::try_from(pid).unwrap_or(i32::MAX));
        let mut owned = OwnedServer {
            pid,
            exited: exited_rx,
        };
        tracing::info!(pid = pid.as_raw(), "started the embedded PostgreSQL");

        let deadline = Instant::now() + START_TIMEOUT;
        loop {
            if let Ok(how) = owned.exited.try_recv() {
                return Err(EmbeddedError::Start(format!(
                    "postgres exited ({how}); its log {} ends with: {}",
                    self.log_file.display(),
                    last_lines(&read_tail(&self.log_file), 5)
                )));
            }
            match self.try_connect("postgres").await {
                Ok(_) => {
                    self.owned = Some(owned);
                    return Ok(());
                }
                Err(e) if is_refusal(&e) => {
                    self.owned = Some(owned);
                    return Err(EmbeddedError::PasswordRefused(
                        self.superuser_password_file.clone(),
                    ));
                }
                Err(_) => {}
            }
            if Instant::now() > deadline {
                let _ = kill(owned.pid, Signal::SIGQUIT);
                return Err(EmbeddedError::Start(format!(
                    "no answer within {} s; see {}",
                    START_TIMEOUT.as_secs(),
                    self.log_file.display()
                )));
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
    }

    async fn try_connect(&self, database: &str) -> Result<sqlx::PgConnection, sqlx::Error> {
        self.options_for(database)
            .log_statements(tracing::log::LevelFilter::Off)
            .connect()
            .await
    }

    async fn ensure_database(&self, conn: &mut sqlx::PgConnection) -> Result<(), EmbeddedError> {
        let exists: bool =
            sqlx::query_scalar("select exists(select 1 from pg_database where datname = $1)")
                .bind(DATABASE_NAME)
                .fetch_one(&mut *conn)
                .await?;
        if !exists {
            // An identifier cannot be bound; keep in step with DATABASE_NAME.
            sqlx::raw_sql("create database opencomplai")
                .execute(&mut *conn)
                .await?;
        }
        Ok(())
    }

    /// Stops the server if we started it: a fast shutdown (active sessions
    /// are ended, everything committed is already safe on disk).
    pub async fn stop(mut self) -> Result<(), EmbeddedError> {
        let Some(mut server) = self.owned.take() else {
            return Ok(());
        };
        let _ = kill(server.pid, Signal::SIGINT);
        match tokio::time::timeout(STOP_TIMEOUT, &mut server.exited).await {
            Ok(_) => {
                tracing::info!("stopped the embedded PostgreSQL");
                Ok(())
            }
            Err(_) => {
                let _ = kill(server.pid, Signal::SIGQUIT);
                Err(EmbeddedError::Start(format!(
                    "postgres did not stop within {} s and was sent SIGQUIT",
                    STOP_TIMEOUT.as_secs()
                )))
            }
        }
    }
}

impl Drop for EmbeddedPostgres {
    fn drop(&mut self) {
        // An error path that never reached `stop`: ask for a fast shutdown.
        if let Some(server) = &self.owned {
            let _ = kill(server.pid, Signal::SIGINT);
        }
    }
}

/// Whether the server answered but refused the login (a wrong or missing
/// password, or no `pg_hba.conf` line), as against not answering at all.
fn is_refusal(error: &sqlx::Error) -> bool {
    error
        .as_database_error()
        .and_then(|e| e.code())
        .is_some_and(|code| code == "28P01" || code == "28000")
}

#[allow(unsafe_code)]
fn set_parent_death_signal(cmd: &mut Command) {
    // SAFETY: the closure runs in the forked child before exec and only makes
    // the prctl(2) system call, which is async-signal-safe.
    unsafe {
        cmd.pre_exec(|| {
            nix::sys::prctl::set_pdeathsig(Signal::SIGINT).map_err(std::io::Error::from)
        });
    }
}

/// The postgres user must be able to reach the cluster directory. Where an
/// ancestor (typically `/root`) shuts it out, grant search permission only
/// (`o+x`: pass through, not list), and say so.
fn grant_traversal(ancestors: &[PathBuf], run_as: RunAs) -> Result<(), EmbeddedError> {
    for dir in ancestors {
        let meta = fs::metadata(dir).map_err(io(format!("reading {}", dir.display())))?;
        let mode = meta.permissions().mode();
        let reachable = if meta.uid() == run_as.uid.as_raw() {
            mode & 0o100 != 0
        } else if meta.gid() == run_as.gid.as_raw() {
            mode & 0o010 != 0
        } else {
            mode & 0o001 != 0
        };
        if !reachable {
            tracing::warn!(
                dir = %dir.display(),
                "granting other users search permission (o+x) so the postgres user can reach the data directory"
            );
            fs::set_permissions(dir, fs::Permissions::from_mode(mode | 0o001)).map_err(io(
                format!("granting search permission on {}", dir.display()),
            ))?;
        }
    }
    Ok(())
}

fn read_tail(path: &Path) -> String {
    fs::File::open(path)
        .map(|f| {
            BufReader::new(f)
                .lines()
                .map_while(Result::ok)
                .collect::<Vec<_>>()
                .join("\n")
        })
        .unwrap_or_default()
}

fn last_lines(text: &str, n: usize) -> String {
    let lines: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].join(" | ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_file_that_trusts_someone_is_taken_for_an_old_cluster() {
        assert!(!trusts_anyone(PG_HBA));
        assert!(trusts_anyone("local all all trust\n"));
        assert!(trusts_anyone(
            "# ours\nhost all all 127.0.0.1/32 trust # old\n"
        ));
        // An operator's own line, and a comment that says trust, are not.
        let edited = format!(
            "{PG_HBA}host replication replicator 10.0.0.0/8 scram-sha-256\n# no trust here\n"
        );
        assert!(!trusts_anyone(&edited));
    }
}
