//! The command line: `serve`, `worker`, `migrate` and the operator
//! commands load the layered config; `extract`, `render` and `redact`, the
//! sandboxed children, run without it (see [`run_extract`], [`run_render`],
//! [`run_redact`]).

mod audit;
mod backup;
mod erasure;
mod mail;
pub mod status;
mod upload;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::auth::operator;
use crate::config::Config;
use crate::db::roles::{self, RoleName};
use crate::db::{Database, migrate};
use crate::sandbox::EXIT_UNREADABLE;
use crate::shutdown;
use crate::startup::Application;
use crate::telemetry;

#[derive(Debug, Parser)]
#[command(
    name = "opencomplai",
    version,
    about = "Self-hosted document intelligence and compliance service"
)]
pub struct Cli {
    /// TOML configuration file (keys as in the README); environment variables override it.
    #[arg(long, global = true, env = "OPENCOMPLAI_CONFIG")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Run the HTTP API (starting the embedded PostgreSQL unless DATABASE_URL is set).
    Serve,
    /// Run processing workers only (no HTTP), against the configured database.
    Worker,
    /// Apply pending database migrations.
    Migrate {
        /// List applied and pending migrations instead of applying them.
        #[arg(long)]
        status: bool,
        /// After migrating, create (or update) this login role as the
        /// service's application role and grant it what it needs, no more.
        /// Its password is read from standard input when piped, otherwise
        /// generated and printed once. For an external database.
        #[arg(long, value_name = "NAME", conflicts_with = "status")]
        create_app_role: Option<String>,
    },
    /// Manage accounts.
    #[command(subcommand)]
    User(UserCommand),
    /// Manage API keys.
    #[command(name = "api-key", subcommand)]
    ApiKey(ApiKeyCommand),
    /// Verify the audit trail; print its public key.
    #[command(subcommand)]
    Audit(audit::AuditCommand),
    /// Verify an erasure receipt.
    #[command(subcommand)]
    Erasure(erasure::ErasureCommand),
    /// Import an mbox file's messages (and their attachments) as documents
    /// of an account; messages it already has are skipped.
    #[command(name = "import-mbox")]
    ImportMbox(mail::ImportMboxArgs),
    /// Extract one file and print the result as JSON (workers run this,
    /// sandboxed, for every document). No database needed.
    Extract(ExtractArgs),
    /// Extract file after file, each in a forked child, speaking the
    /// protocol of `sandbox::zygote` on standard input and output (workers
    /// run this, sandboxed, as their pool of extractors).
    #[command(name = "extract-serve", hide = true)]
    ExtractServe(crate::sandbox::ServeArgs),
    /// Render one PDF page or image as a PNG on standard output (the web
    /// viewer runs this, sandboxed, to show an original). No database
    /// needed.
    Render(RenderArgs),
    /// Redact one PDF or image: a PDF of its pages as pictures with the
    /// given strings covered, on standard output (the API runs this,
    /// sandboxed, for `redacted.pdf`). No database needed.
    Redact(RedactArgs),
    /// Back up everything: the database (schema, rows, originals, audit
    /// trail) in one consistent snapshot, with a manifest of counts and
    /// checksums, and the keys of the data directory when asked, encrypted.
    Backup(backup::BackupArgs),
    /// Load a backup into an empty database and check it against its
    /// manifest (exit status 1 when anything differs).
    Restore(backup::RestoreArgs),
    /// Upload files and folders (recursively) to a server with an API key,
    /// resuming where an interrupted run stopped. No database needed.
    Upload(upload::UploadArgs),
    /// Print the service's health for a person: migrations, the queue, the
    /// audit trail's sealing lag, and the running server's request and
    /// processing figures (what `GET /metrics` serves). Exit status 1 when
    /// something needs attention.
    Status(status::StatusArgs),
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// The file, or `-` for standard input.
    pub file: PathBuf,
    /// txt, md, html, csv, json, docx, pptx, xlsx, odt, pdf, xls, ods, rtf,
    /// eml, png, jpeg, tiff or webp; detected from the bytes (and the
    /// name) when not given.
    #[arg(long = "type")]
    pub file_type: Option<String>,
    /// Cap this process's address space at this many MiB; the programs it
    /// runs (poppler, Tesseract) inherit the cap.
    #[arg(long)]
    pub memory_mb: Option<u64>,
    /// Tesseract languages joined by `+`; empty: no OCR.
    #[arg(long, default_value = "eng")]
    pub ocr_languages: String,
    /// Cut the text at this many bytes.
    #[arg(long)]
    pub max_text_bytes: Option<usize>,
    /// Refuse larger inputs.
    #[arg(long)]
    pub max_input_bytes: Option<usize>,
    /// Indent the JSON.
    #[arg(long)]
    pub pretty: bool,
}

#[derive(Debug, clap::Args)]
pub struct RenderArgs {
    /// The file, or `-` for standard input.
    pub file: PathBuf,
    /// pdf, png, jpeg, tiff or webp; detected from the bytes (and the
    /// name) when not given.
    #[arg(long = "type")]
    pub file_type: Option<String>,
    /// The page, counted from 1 (an image has one).
    #[arg(long, default_value_t = 1)]
    pub page: u32,
    /// The picture's width in pixels, at most 4096; an image narrower than
    /// this keeps its own width.
    #[arg(long, default_value_t = DEFAULT_RENDER_WIDTH)]
    pub width: u32,
    /// Cap this process's address space at this many MiB; poppler
    /// inherits the cap.
    #[arg(long)]
    pub memory_mb: Option<u64>,
    /// Refuse larger inputs.
    #[arg(long)]
    pub max_input_bytes: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct RedactArgs {
    /// The file, or `-` for standard input.
    pub file: PathBuf,
    /// pdf, png, jpeg, tiff or webp; detected from the bytes (and the
    /// name) when not given.
    #[arg(long = "type")]
    pub file_type: Option<String>,
    /// A string to cover wherever it is on a page; repeat for several.
    /// Note that a command line is visible to every user of the machine:
    /// for personal data, use `--targets`.
    #[arg(long = "cover", value_name = "TEXT")]
    pub cover: Vec<String>,
    /// A file holding a JSON array of strings to cover (added to those of
    /// `--cover`), e.g. `["Anna Schmidt", "+49 30 901820"]`: any text,
    /// kept off the command line. The service passes them this way.
    #[arg(long, value_name = "FILE")]
    pub targets: Option<PathBuf>,
    /// Tesseract languages joined by `+`, for pages without a text layer
    /// and images; empty: no OCR, and nothing is covered on them.
    #[arg(long, default_value = "eng")]
    pub ocr_languages: String,
    /// Cap this process's address space at this many MiB; poppler and
    /// Tesseract inherit the cap.
    #[arg(long)]
    pub memory_mb: Option<u64>,
    /// Refuse larger inputs.
    #[arg(long)]
    pub max_input_bytes: Option<usize>,
}

/// `render`'s width when none is given: across an A4 page that is about 2
/// pixels a point, so 10-point body text comes out some 20 pixels tall and
/// reads without zooming.
pub const DEFAULT_RENDER_WIDTH: u32 = 1200;

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account. The password is read from standard input when it
    /// is not a terminal; otherwise one is generated and printed once.
    Create {
        #[arg(long)]
        email: String,
        /// Administrators read every account's audit trail.
        #[arg(long)]
        admin: bool,
    },
}

#[derive(Debug, Subcommand)]
pub enum ApiKeyCommand {
    /// Create an API key and print it (it is shown only this once).
    Create {
        /// The owner's email.
        #[arg(long)]
        user: String,
        #[arg(long, default_value = "cli")]
        name: String,
        /// Repeat for several: document.read, document.create,
        /// document.update, document.delete, audit.read, compliance.manage,
        /// webhook.manage.
        #[arg(long = "permission", required = true)]
        permissions: Vec<String>,
        /// RFC 3339 time when the key stops working.
        #[arg(long)]
        expires_at: Option<chrono::DateTime<chrono::Utc>>,
    },
}

/// `opencomplai extract`: synchronous, no runtime and no configuration, so
/// the sandboxed child starts fast and small. Exit status 0 with the
/// extraction as JSON; 2 with `{"error": "..."}` for a file that cannot be
/// read; 1 when the command itself is misused.
pub fn run_extract(args: ExtractArgs) -> std::process::ExitCode {
    use std::process::ExitCode;

    use opencomplai_extract::Limits;

    let defaults = Limits::default();
    let limits = Limits {
        max_input_bytes: args.max_input_bytes.unwrap_or(defaults.max_input_bytes),
        max_text_bytes: args.max_text_bytes.unwrap_or(defaults.max_text_bytes),
        ocr_languages: args.ocr_languages,
        ..defaults
    };
    let input = match Input::take(
        "extract",
        args.memory_mb,
        &args.file,
        args.file_type.as_deref(),
        &limits,
    ) {
        Ok(input) => input,
        Err(code) => return code,
    };
    let result = match input.file_type {
        Some(t) => {
            opencomplai_extract::extract(t, &input.bytes, &limits).map_err(|e| e.to_string())
        }
        None => Err(input.unknown_type()),
    };
    drop(input);
    ExitCode::from(print_extraction(&result, args.pretty))
}

/// What `opencomplai extract` prints for `result`, and its exit status.
fn print_extraction(result: &Result<opencomplai_extract::Extraction, String>, pretty: bool) -> u8 {
    use std::io::Write;

    let stdout = std::io::stdout();
    let mut out = std::io::BufWriter::new(stdout.lock());
    let (written, code) = match result {
        Ok(x) if pretty => (serde_json::to_writer_pretty(&mut out, x), 0),
        Ok(x) => (serde_json::to_writer(&mut out, x), 0),
        Err(e) => (
            serde_json::to_writer(&mut out, &serde_json::json!({ "error": e })),
            EXIT_UNREADABLE,
        ),
    };
    if written.is_err() || writeln!(out).is_err() || out.flush().is_err() {
        return 1;
    }
    code
}

/// Extracts `bytes` of `file_type` (detected when `None`) and prints the
/// result as `opencomplai extract` does: the zygote's children run this
/// (see `sandbox::zygote`). The exit status.
pub fn extract_bytes(
    bytes: &[u8],
    file_type: Option<&str>,
    limits: &opencomplai_extract::Limits,
) -> i32 {
    use opencomplai_extract::FileType;

    let file_type = match file_type {
        Some(t) => match FileType::parse(t) {
            Some(t) => Some(t),
            None => {
                eprintln!("opencomplai extract: unknown type {t:?}");
                return 1;
            }
        },
        None => opencomplai_extract::detect(&bytes[..bytes.len().min(8192)], None),
    };
    let result = match file_type {
        Some(t) => opencomplai_extract::extract(t, bytes, limits).map_err(|e| e.to_string()),
        None if bytes.is_empty() => Err("the file is empty".to_owned()),
        None => Err("this file type is not supported".to_owned()),
    };
    i32::from(print_extraction(&result, false))
}

/// `opencomplai render`: one PDF page or image as a PNG, synchronous and
/// confined like `extract`. The protocol (what `Sandbox::render` reads):
/// - exit status 0: standard output is the PNG and nothing else (so
///   `opencomplai render a.pdf > a.png` works); the last line on standard
///   error is `pages=N`, how many pages the document has;
/// - exit status 2, a file it cannot render: standard output is one line
///   of JSON, `{"error": "..."}`, plus `"pages": N` when the page asked
///   for does not exist (the request's fault, not the file's);
/// - exit status 1: the command itself was misused (arguments, limits it
///   could not set, an input it could not read), with a message on
///   standard error.
pub fn run_render(args: RenderArgs) -> std::process::ExitCode {
    use std::io::Write;
    use std::process::ExitCode;

    use opencomplai_extract::{ExtractError, Limits};

    let defaults = Limits::default();
    let limits = Limits {
        max_input_bytes: args.max_input_bytes.unwrap_or(defaults.max_input_bytes),
        ..defaults
    };
    let input = match Input::take(
        "render",
        args.memory_mb,
        &args.file,
        args.file_type.as_deref(),
        &limits,
    ) {
        Ok(input) => input,
        Err(code) => return code,
    };
    let result = match input.file_type {
        Some(t) => opencomplai_extract::render(t, &input.bytes, args.page, args.width, &limits),
        None => Err(ExtractError::Unreadable(input.unknown_type())),
    };
    drop(input);
    let mut out = std::io::stdout().lock();
    match result {
        Ok(picture) => {
            if out.write_all(&picture.png).is_err() || out.flush().is_err() {
                return ExitCode::FAILURE;
            }
            eprintln!("pages={}", picture.pages);
            ExitCode::SUCCESS
        }
        Err(e) => {
            let mut refusal = serde_json::json!({ "error": e.to_string() });
            if let ExtractError::NoSuchPage { pages, .. } = e {
                refusal["pages"] = pages.into();
            }
            if serde_json::to_writer(&mut out, &refusal).is_err()
                || writeln!(out).is_err()
                || out.flush().is_err()
            {
                return ExitCode::FAILURE;
            }
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

/// `opencomplai redact`: a PDF or an image out as a redacted PDF (see
/// [`opencomplai_extract::redact`]), synchronous and confined like
/// `extract`. The protocol (what `Sandbox::redact` reads):
/// - exit status 0: standard output is the PDF and nothing else (so
///   `opencomplai redact a.pdf --cover … > b.pdf` works); the last line on
///   standard error is `pages=N covered=C missed=M`: the page count, the
///   places covered, and how many strings were found on no page;
/// - exit status 2, a file it cannot redact: standard output is one line
///   of JSON, `{"error": "..."}`;
/// - exit status 1: the command itself was misused (arguments, a targets
///   file that is not a JSON array of strings, limits it could not set, an
///   input it could not read), with a message on standard error.
pub fn run_redact(args: RedactArgs) -> std::process::ExitCode {
    use std::io::Write;
    use std::process::ExitCode;

    use opencomplai_extract::{ExtractError, Limits};

    let misuse = |message: String| {
        eprintln!("opencomplai redact: {message}");
        ExitCode::FAILURE
    };
    if !args.ocr_languages.is_empty()
        && !opencomplai_extract::valid_ocr_languages(&args.ocr_languages)
    {
        return misuse(format!(
            "OCR languages {:?} are not valid: use Tesseract codes joined by +, e.g. eng+deu",
            args.ocr_languages
        ));
    }
    let defaults = Limits::default();
    let limits = Limits {
        max_input_bytes: args.max_input_bytes.unwrap_or(defaults.max_input_bytes),
        ocr_languages: args.ocr_languages,
        ..defaults
    };
    let input = match Input::take(
        "redact",
        args.memory_mb,
        &args.file,
        args.file_type.as_deref(),
        &limits,
    ) {
        Ok(input) => input,
        Err(code) => return code,
    };
    let mut targets = args.cover;
    if let Some(path) = &args.targets {
        let listed = std::fs::read(path)
            .map_err(|e| e.to_string())
            .and_then(|json| {
                serde_json::from_slice::<Vec<String>>(&json)
                    .map_err(|e| format!("it is not a JSON array of strings ({e})"))
            });
        match listed {
            Ok(listed) => targets.extend(listed),
            Err(e) => return misuse(format!("{}: {e}", path.display())),
        }
    }
    let result = match input.file_type {
        Some(t) => opencomplai_extract::redact(t, &input.bytes, &targets, &limits),
        None => Err(ExtractError::Unreadable(input.unknown_type())),
    };
    drop(input);
    let mut out = std::io::stdout().lock();
    match result {
        Ok(r) => {
            if out.write_all(&r.pdf).is_err() || out.flush().is_err() {
                return ExitCode::FAILURE;
            }
            eprintln!(
                "pages={} covered={} missed={}",
                r.pages, r.covered, r.missed
            );
            ExitCode::SUCCESS
        }
        Err(e) => {
            let refusal = serde_json::json!({ "error": e.to_string() });
            if serde_json::to_writer(&mut out, &refusal).is_err()
                || writeln!(out).is_err()
                || out.flush().is_err()
            {
                return ExitCode::FAILURE;
            }
            ExitCode::from(EXIT_UNREADABLE)
        }
    }
}

/// What a child command (`extract`, `render`, `redact`) works on, read
/// after the process has confined itself.
struct Input {
    bytes: Vec<u8>,
    /// Given, or detected from the bytes and the name; `None`: unknown.
    file_type: Option<opencomplai_extract::FileType>,
}

impl Input {
    /// Confines this process (dies with its parent, no core dumps, the
    /// address-space cap of `memory_mb`), then reads `file` (`-`: standard
    /// input) up to one byte past the input limit, so the extractor can
    /// say it is too large, and settles its type. On failure the message
    /// is printed, prefixed with `opencomplai <command>`, and the exit
    /// status (1) returned.
    fn take(
        command: &str,
        memory_mb: Option<u64>,
        file: &std::path::Path,
        file_type: Option<&str>,
        limits: &opencomplai_extract::Limits,
    ) -> Result<Self, std::process::ExitCode> {
        use std::io::Read;

        use nix::sys::resource::{Resource, setrlimit};
        use opencomplai_extract::FileType;

        let misuse = |message: String| {
            eprintln!("opencomplai {command}: {message}");
            std::process::ExitCode::FAILURE
        };
        // Die with the worker that started us rather than run on orphaned.
        let _ = nix::sys::prctl::set_pdeathsig(nix::sys::signal::Signal::SIGKILL);
        // No core dumps: one would hold the document.
        let _ = setrlimit(Resource::RLIMIT_CORE, 0, 0);
        if let Some(mb) = memory_mb {
            let bytes = mb.saturating_mul(1024 * 1024);
            setrlimit(Resource::RLIMIT_AS, bytes, bytes)
                .map_err(|e| misuse(format!("cannot set the memory limit: {e}")))?;
        }
        let from_stdin = file.as_os_str() == "-";
        let cap = limits.max_input_bytes as u64 + 1;
        let mut bytes = Vec::new();
        let read = if from_stdin {
            std::io::stdin().lock().take(cap).read_to_end(&mut bytes)
        } else {
            std::fs::File::open(file).and_then(|f| f.take(cap).read_to_end(&mut bytes))
        };
        read.map_err(|e| misuse(format!("{}: {e}", file.display())))?;
        let file_type = match file_type {
            Some(t) => {
                Some(FileType::parse(t).ok_or_else(|| misuse(format!("unknown type {t:?}")))?)
            }
            None => {
                let name = (!from_stdin).then(|| file.to_string_lossy().into_owned());
                opencomplai_extract::detect(&bytes[..bytes.len().min(8192)], name.as_deref())
            }
        };
        Ok(Self { bytes, file_type })
    }

    /// Why a file of no known type is refused.
    fn unknown_type(&self) -> String {
        if self.bytes.is_empty() {
            "the file is empty".to_owned()
        } else {
            "this file type is not supported".to_owned()
        }
    }
}

/// Runs the chosen subcommand.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    // A client of a server: no configuration of its own.
    if let Command::Upload(args) = cli.command {
        if !upload::run(args).await? {
            anyhow::bail!("some files were not uploaded (listed above)");
        }
        return Ok(());
    }
    let config = Config::load(cli.config.as_deref())?;
    telemetry::init(config.log_format, &config.log_level);
    match cli.command {
        // `main` runs this one before starting the runtime; here for
        // callers of `run` alone.
        Command::Extract(args) => {
            if run_extract(args) != std::process::ExitCode::SUCCESS {
                anyhow::bail!("extraction failed");
            }
            Ok(())
        }
        Command::ExtractServe(args) => {
            if crate::sandbox::serve(args) != std::process::ExitCode::SUCCESS {
                anyhow::bail!("the extractor pool's process failed");
            }
            Ok(())
        }
        Command::Render(args) => {
            if run_render(args) != std::process::ExitCode::SUCCESS {
                anyhow::bail!("rendering failed");
            }
            Ok(())
        }
        Command::Redact(args) => {
            if run_redact(args) != std::process::ExitCode::SUCCESS {
                anyhow::bail!("redaction failed");
            }
            Ok(())
        }
        // Answered above, before any configuration is read.
        Command::Upload(_) => Ok(()),
        Command::Serve => {
            not_dumpable();
            let app = Application::build(config).await?;
            app.run_until(shutdown::signal()).await
        }
        Command::Worker => {
            not_dumpable();
            run_workers(config).await
        }
        Command::Migrate {
            status,
            create_app_role,
        } => {
            let role = match &create_app_role {
                Some(_) if config.external_database_url().is_none() => anyhow::bail!(
                    "--create-app-role is for an external database (DATABASE_URL): the \
                     embedded one makes its application role itself"
                ),
                Some(name) => Some(RoleName::parse(name).map_err(anyhow::Error::msg)?),
                None => None,
            };
            let password = match role {
                Some(_) => Some(read_or_generate_password()?),
                None => None,
            };
            let db = Database::open(&config).await?;
            let result = if status {
                print_status(&db).await
            } else {
                match apply(&db).await {
                    Ok(()) => match (role, password) {
                        (Some(role), Some(password)) => {
                            create_app_role_for(&db, &config, &role, password).await
                        }
                        _ => Ok(()),
                    },
                    Err(e) => Err(e),
                }
            };
            db.close().await?;
            result
        }
        Command::User(UserCommand::Create { email, admin }) => {
            let (password, generated) = read_or_generate_password()?;
            with_migrated_db(&config, |pool| async move {
                let id = operator::create_user(&pool, &email, &password, admin).await?;
                println!(
                    "created user {id} <{}>{}",
                    email.trim().to_lowercase(),
                    if admin { " (admin)" } else { "" }
                );
                if generated {
                    println!("password (shown once): {password}");
                }
                Ok(())
            })
            .await
        }
        Command::Audit(command) => audit::run(&config, command).await,
        Command::Status(args) => status::run(&config, args).await,
        Command::Backup(args) => backup::run_backup(&config, args).await,
        Command::Restore(args) => backup::run_restore(&config, args).await,
        Command::Erasure(command) => erasure::run(&config, command),
        Command::ImportMbox(args) => mail::import_mbox(&config, args).await,
        Command::ApiKey(ApiKeyCommand::Create {
            user,
            name,
            permissions,
            expires_at,
        }) => {
            with_migrated_db(&config, |pool| async move {
                let key =
                    operator::create_api_key(&pool, &user, &name, &permissions, expires_at).await?;
                println!("{key}");
                Ok(())
            })
            .await
        }
    }
}

/// Makes this process undumpable: no core dump (its memory holds documents
/// and keys), no `ptrace`, and its `/proc` entries (the environment, with
/// the database URL and secrets) readable by root alone, whatever runs
/// under the same user.
fn not_dumpable() {
    if let Err(e) = nix::sys::prctl::set_dumpable(false) {
        tracing::warn!(error = %e, "could not make the process undumpable");
    }
}

/// `opencomplai worker`: workers until SIGINT/SIGTERM, then the jobs in
/// hand finish (within the grace period) and the process exits.
async fn run_workers(config: Config) -> anyhow::Result<()> {
    if config.workers == 0 {
        anyhow::bail!("workers (OPENCOMPLAI_WORKERS) is 0: nothing to run");
    }
    let db = Database::open(&config).await?;
    if config.auto_migrate {
        db.migrate().await?;
    }
    let hub = std::sync::Arc::new(crate::jobs::events::Hub::default());
    let stop = shutdown::signal();
    let embeddings = crate::embeddings::Embeddings::from_config(&config);
    let background = crate::startup::Background::start(&db.pool, &hub, &config, &embeddings, None);
    tracing::info!(workers = config.workers, "OpenComplai workers running");
    stop.await;
    tracing::info!("stopping workers: finishing the jobs in hand");
    background.stop(config.shutdown_grace()).await;
    db.close().await?;
    tracing::info!("workers stopped");
    Ok(())
}

/// Opens the database, applies pending migrations, runs `f`, closes.
async fn with_migrated_db<F, Fut>(config: &Config, f: F) -> anyhow::Result<()>
where
    F: FnOnce(sqlx::PgPool) -> Fut,
    Fut: std::future::Future<Output = anyhow::Result<()>>,
{
    let db = Database::open(config).await?;
    let result = match db.migrate().await {
        Ok(()) => f(db.pool.clone()).await,
        Err(e) => Err(e),
    };
    db.close().await?;
    result
}

/// The first line of standard input when it is piped in; otherwise (a
/// terminal, or nothing piped) a generated password.
fn read_or_generate_password() -> anyhow::Result<(String, bool)> {
    use std::io::{BufRead, IsTerminal};
    let stdin = std::io::stdin();
    if !stdin.is_terminal() {
        let mut line = String::new();
        stdin.lock().read_line(&mut line)?;
        let line = line.trim_end_matches(['\r', '\n']);
        if !line.is_empty() {
            return Ok((line.to_owned(), false));
        }
    }
    let (token, _) = crate::auth::tokens::random_token();
    Ok((token, true))
}

async fn apply(db: &Database) -> anyhow::Result<()> {
    let before = migrate::status(&db.pool).await?;
    db.migrate().await?;
    let pending: Vec<_> = before.pending().collect();
    if pending.is_empty() {
        println!("database is up to date");
    }
    for m in pending {
        println!("applied {:04} {}", m.version, m.description);
    }
    Ok(())
}

/// `migrate --create-app-role NAME`: the role, its password and its
/// grants, then the `DATABASE_URL` that `serve` should use.
async fn create_app_role_for(
    db: &Database,
    config: &Config,
    role: &RoleName,
    (password, generated): (String, bool),
) -> anyhow::Result<()> {
    let change = db.create_app_role(role, &password).await?;
    let verb = match change {
        roles::RoleChange::Created => "created",
        _ => "updated",
    };
    println!("{verb} the application role {}", role.as_str());
    let owner_url = config
        .database_owner_url()
        .or(config.external_database_url())
        .unwrap_or_default();
    if let Ok(mut url) = url::Url::parse(owner_url) {
        let _ = url.set_username(role.as_str());
        let _ = url.set_password(Some("PASSWORD"));
        println!(
            "serve with DATABASE_URL={url} and DATABASE_OWNER_URL set to the owner's URL \
             (or auto_migrate = false)"
        );
    }
    if generated {
        println!("password (shown once): {password}");
    }
    Ok(())
}

async fn print_status(db: &Database) -> anyhow::Result<()> {
    let status = migrate::status(&db.pool).await?;
    for m in &status.known {
        match m.applied_at {
            Some(at) => println!(
                "applied  {:04} {} ({})",
                m.version,
                m.description,
                at.to_rfc3339()
            ),
            None => println!("pending  {:04} {}", m.version, m.description),
        }
    }
    for v in &status.unknown {
        println!("unknown  {v:04} (applied by a newer OpenComplai)");
    }
    let pending = status.pending().count();
    println!("{} applied, {pending} pending", status.applied().count());
    Ok(())
}
