//! Search by meaning's vectors: the sentence-embedding model, loaded once
//! per process on first use ([`Embeddings`]), and the vectors of each
//! document's text windows (`store`). Workers embed a document after its
//! results are committed (`embed_document`), so embedding never delays
//! them; search embeds the query (`crate::search::semantic`).
//!
//! The model is optional: without its files (or built without the
//! `semantic` feature) the service runs, documents get no vectors, and
//! search by meaning says it is unavailable.

pub mod store;
pub mod vector;

use std::path::PathBuf;
use std::sync::{Arc, OnceLock};

use sqlx::PgPool;
use uuid::Uuid;

#[cfg(feature = "semantic")]
pub use opencomplai_embed::MODEL_NAME;
#[cfg(not(feature = "semantic"))]
pub const MODEL_NAME: &str = "all-MiniLM-L6-v2";

/// Characters of a text that can be embedded at most (as many as
/// `opencomplai_embed` tokenizes for its 64 windows).
pub const MAX_TEXT_CHARS: usize = 64 * 256 * 8;

/// The part of `text` that is embedded.
pub fn text_head(text: &str) -> String {
    match text.char_indices().nth(MAX_TEXT_CHARS) {
        Some((at, _)) => text[..at].to_owned(),
        None => text.to_owned(),
    }
}

/// One embedded window of a document's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Chunk {
    /// Where the window lies in the text, in characters.
    pub char_start: usize,
    pub char_end: usize,
    /// Unit length.
    pub vector: Vec<f32>,
}

/// Why nothing can be embedded here.
#[derive(Debug, Clone, thiserror::Error)]
#[error("{0}")]
pub struct Unavailable(pub String);

#[cfg(feature = "semantic")]
type Model = opencomplai_embed::Embedder;
#[cfg(not(feature = "semantic"))]
type Model = ();

/// The process's model: where it is, and once read, the model (or why it
/// could not be read). Cheap to clone.
#[derive(Debug, Clone, Default)]
pub struct Embeddings(Arc<Inner>);

#[derive(Debug)]
#[cfg_attr(not(feature = "semantic"), allow(dead_code))]
struct Inner {
    /// `None`: search by meaning is off.
    dir: Option<PathBuf>,
    loaded: OnceLock<Result<Arc<Model>, String>>,
    /// Large accounts' window signatures, for searches by meaning.
    signatures: crate::search::signatures::Index,
}

impl Default for Inner {
    fn default() -> Self {
        Self {
            dir: None,
            loaded: OnceLock::new(),
            signatures: crate::search::signatures::Index::new(
                crate::search::signatures::MIN_WINDOWS,
                DEFAULT_SIGNATURES_MB,
            ),
        }
    }
}

/// `semantic_memory_mb`'s default: 256 MB hold the signatures of about
/// 3.7 million windows.
pub const DEFAULT_SIGNATURES_MB: u64 = 256;

impl Embeddings {
    /// The model in `dir`, read on first use.
    pub fn at(dir: PathBuf) -> Self {
        Self(Arc::new(Inner {
            dir: Some(dir),
            ..Inner::default()
        }))
    }

    /// The model in `dir`, and `index` for the signatures of large
    /// accounts.
    pub fn with_index(dir: PathBuf, index: crate::search::signatures::Index) -> Self {
        Self(Arc::new(Inner {
            dir: Some(dir),
            loaded: OnceLock::new(),
            signatures: index,
        }))
    }

    /// The model of `config.embedding_model_dir()`, large accounts'
    /// signatures held in `config.semantic_memory_mb`.
    pub fn from_config(config: &crate::config::Config) -> Self {
        Self::with_index(
            config.embedding_model_dir(),
            crate::search::signatures::Index::new(
                crate::search::signatures::MIN_WINDOWS,
                config.semantic_memory_mb,
            ),
        )
    }

    /// Where searches by meaning find large accounts' signatures.
    pub fn signatures(&self) -> &crate::search::signatures::Index {
        &self.0.signatures
    }

    /// No model: nothing is embedded.
    pub fn off() -> Self {
        Self::default()
    }

    /// The loaded model, reading it the first time (off the async
    /// threads); a model whose files are missing is looked for again
    /// next time, so installing it needs no restart.
    async fn model(&self) -> Result<Arc<Model>, Unavailable> {
        #[cfg(not(feature = "semantic"))]
        {
            Err(Unavailable(
                "search by meaning is not available: this build of OpenComplai has no \
                 `semantic` feature"
                    .to_owned(),
            ))
        }
        #[cfg(feature = "semantic")]
        {
            let Some(dir) = self.0.dir.clone() else {
                return Err(Unavailable(
                    "search by meaning is not available: it is turned off on this server"
                        .to_owned(),
                ));
            };
            if let Some(done) = self.0.loaded.get() {
                return done.clone().map_err(Unavailable);
            }
            if !opencomplai_embed::is_installed(&dir) {
                return Err(Unavailable(
                    "search by meaning is not available: the embedding model is not installed \
                     on this server (embedding_model_dir; scripts/run.sh fetches it)"
                        .to_owned(),
                ));
            }
            let inner = Arc::clone(&self.0);
            tokio::task::spawn_blocking(move || {
                inner
                    .loaded
                    .get_or_init(|| {
                        let started = std::time::Instant::now();
                        match opencomplai_embed::Embedder::load(&dir) {
                            Ok(m) => {
                                tracing::info!(
                                    dir = %dir.display(),
                                    ms = started.elapsed().as_millis() as u64,
                                    "embedding model loaded"
                                );
                                Ok(Arc::new(m))
                            }
                            Err(e) => {
                                tracing::error!(dir = %dir.display(), error = %e, "the embedding model could not be loaded");
                                Err("search by meaning is not available: the embedding model \
                                     could not be loaded (see the server log)"
                                    .to_owned())
                            }
                        }
                    })
                    .clone()
                    .map_err(Unavailable)
            })
            .await
            .map_err(|e| Unavailable(format!("loading the embedding model failed: {e}")))?
        }
    }

    /// Whether documents can be embedded here, without loading anything.
    pub fn installed(&self) -> bool {
        #[cfg(feature = "semantic")]
        {
            self.0
                .dir
                .as_deref()
                .is_some_and(opencomplai_embed::is_installed)
        }
        #[cfg(not(feature = "semantic"))]
        {
            false
        }
    }

    /// The vector of a query (its first 256 tokens).
    pub async fn query(&self, text: &str) -> Result<Vec<f32>, Unavailable> {
        let model = self.model().await?;
        #[cfg(feature = "semantic")]
        {
            let text = text.to_owned();
            tokio::task::spawn_blocking(move || model.embed(&text))
                .await
                .map_err(|e| Unavailable(format!("embedding the query failed: {e}")))?
                .map_err(|e| {
                    tracing::error!(error = %e, "embedding a query failed");
                    Unavailable("search by meaning failed to read the query".to_owned())
                })
        }
        #[cfg(not(feature = "semantic"))]
        {
            let _ = (model, text);
            unreachable!("no model without the feature")
        }
    }

    /// The windows of a document's text, embedded (at most
    /// `opencomplai_embed::MAX_CHUNKS`).
    pub async fn document(&self, text: String) -> Result<Vec<Chunk>, Unavailable> {
        let model = self.model().await?;
        #[cfg(feature = "semantic")]
        {
            let chunks = tokio::task::spawn_blocking(move || model.chunks(&text))
                .await
                .map_err(|e| Unavailable(format!("embedding failed: {e}")))?
                .map_err(|e| Unavailable(format!("embedding failed: {e}")))?;
            Ok(chunks
                .into_iter()
                .map(|c| Chunk {
                    char_start: c.char_start,
                    char_end: c.char_end,
                    vector: c.vector,
                })
                .collect())
        }
        #[cfg(not(feature = "semantic"))]
        {
            let _ = (model, text);
            unreachable!("no model without the feature")
        }
    }
}

/// Embeds a document's text and stores its vectors, replacing those of an
/// earlier run; called by the worker once the run's results are committed.
/// Quietly does nothing without a model. A failure is logged, never the
/// document's: its results stand, it is only not found by meaning.
pub async fn embed_document(
    pool: &PgPool,
    embeddings: &Embeddings,
    user_id: Uuid,
    document_id: Uuid,
    text: String,
) {
    if !embeddings.installed() {
        return;
    }
    let started = std::time::Instant::now();
    let chunks = match embeddings.document(text.clone()).await {
        Ok(c) => c,
        Err(e) => {
            tracing::warn!(%document_id, error = %e, "the document was not embedded");
            return;
        }
    };
    let embedded = started.elapsed();
    match store::replace(pool, user_id, document_id, MODEL_NAME, &text, &chunks).await {
        Ok(false) => tracing::info!(
            %document_id,
            "the document changed or went while it was embedded; its vectors were not stored"
        ),
        Ok(true) => tracing::debug!(
            %document_id,
            chunks = chunks.len(),
            embed_ms = embedded.as_millis() as u64,
            "document embedded"
        ),
        Err(e) => {
            tracing::warn!(%document_id, error = %e, "the document's vectors could not be stored")
        }
    }
}

/// Documents the catch-up embeds per look.
const CATCH_UP_BATCH: i64 = 8;
/// How long the catch-up rests once it has caught up (or while there is no
/// model).
const CATCH_UP_EVERY: std::time::Duration = std::time::Duration::from_secs(600);
/// A document completed less than this long ago is left to the worker that
/// completed it, which embeds it right after.
const CATCH_UP_GRACE_SECS: f64 = 120.0;

/// Embeds the completed documents that have no vectors of this model: those
/// completed before the model was installed (or before this release), and
/// any whose embedding failed. Walks them once in the order they were
/// completed, [`CATCH_UP_BATCH`] at a time, then looks again every
/// [`CATCH_UP_EVERY`] for those completed since; until `shutdown`. Runs
/// beside the workers, one document at a time, so a large backlog takes a
/// share of one core for as long as it lasts (bench/semantic.sh prints the
/// time per document).
pub async fn catch_up(
    pool: PgPool,
    embeddings: Embeddings,
    mut shutdown: tokio::sync::watch::Receiver<bool>,
) {
    let mut after = (chrono::DateTime::UNIX_EPOCH.naive_utc(), Uuid::nil());
    let mut embedded = 0u64;
    loop {
        let batch: Vec<(Uuid, Uuid, chrono::NaiveDateTime, String)> = if embeddings.installed() {
            match sqlx::query_as(
                "select d.id, d.user_id, d.processing_completed_at, left(d.content, $3)
                 from documents d
                 where d.processing_status = 'completed' and d.deleted_at is null
                   and d.processing_completed_at is not null
                   and (d.processing_completed_at, d.id) > ($1, $2)
                   and d.processing_completed_at
                       < (now() at time zone 'utc') - $4 * interval '1 second'
                   and coalesce(d.content, '') <> ''
                   and not exists (
                       select 1 from document_embeddings e
                       where e.user_id = d.user_id and e.document_id = d.id and e.model = $5)
                 order by d.processing_completed_at, d.id
                 limit $6",
            )
            .bind(after.0)
            .bind(after.1)
            .bind(i32::try_from(MAX_TEXT_CHARS).unwrap_or(i32::MAX))
            .bind(CATCH_UP_GRACE_SECS)
            .bind(MODEL_NAME)
            .bind(CATCH_UP_BATCH)
            .fetch_all(&pool)
            .await
            {
                Ok(batch) => batch,
                Err(e) => {
                    tracing::warn!(error = %e, "looking for documents to embed failed; will try again");
                    Vec::new()
                }
            }
        } else {
            Vec::new()
        };
        if batch.is_empty() {
            if embedded > 0 {
                tracing::info!(
                    documents = embedded,
                    "embedded the documents that had no vectors"
                );
                embedded = 0;
            }
            tokio::select! {
                _ = tokio::time::sleep(CATCH_UP_EVERY) => continue,
                _ = crate::shutdown::stopping(&mut shutdown) => return,
            }
        }
        for (document, user, completed, text) in batch {
            if *shutdown.borrow() {
                return;
            }
            embed_document(&pool, &embeddings, user, document, text).await;
            after = (completed, document);
            embedded += 1;
        }
    }
}
