//! An original's pages as pictures for people to look at: a PDF page or an
//! image, rendered to PNG in the extraction sandbox (the file is hostile
//! until proven otherwise), a few at a time so page views cannot take the
//! machine from the workers. Each picture is tagged by the original's hash,
//! so a browser that has it is answered "not modified" without a render.

use serde_json::json;
use sqlx::PgPool;
use tokio::sync::Semaphore;
use uuid::Uuid;

use super::files;
use super::store;
use super::{Error, Result};
use crate::audit::Actor;
use crate::sandbox::{RenderFailure, Sandbox};
use crate::validation::Invalid;
use opencomplai_extract::FileType;

/// How wide pages are drawn, in pixels: sharp on a high-density screen at
/// the page's displayed width.
pub const WIDTH: u32 = 1200;

/// The renderer and how many renderings may run at once.
#[derive(Debug)]
pub struct Pictures {
    sandbox: Sandbox,
    permits: Semaphore,
}

impl Pictures {
    pub fn new(sandbox: Sandbox, at_once: usize) -> Self {
        Self {
            sandbox,
            permits: Semaphore::new(at_once.max(1)),
        }
    }
}

/// A rendered page, or word that the browser's copy is still right.
#[derive(Debug, Clone)]
pub enum Picture {
    Png { png: Vec<u8>, etag: String },
    NotModified { etag: String },
}

fn etag(sha256: &str, page: u32) -> String {
    format!("\"{}-{page}-{WIDTH}\"", &sha256[..sha256.len().min(16)])
}

/// Page `page` (from 1) of the original of one of the actor's live
/// documents as a PNG; audited as a read of that page. `if_none_match` is
/// the browser's tag: when it still matches, nothing is rendered.
pub async fn page(
    pool: &PgPool,
    actor: &Actor,
    pictures: &Pictures,
    id: Uuid,
    page: u32,
    if_none_match: Option<&str>,
) -> Result<Picture> {
    let mut tx = pool.begin().await?;
    let doc = store::owned(&mut tx, actor.user_id, id, false).await?;
    let stored = files::of_document(&mut tx, id)
        .await?
        .ok_or_else(|| Error::NotFound("this document has no original file".into()))?;
    let file_type = doc
        .file_type
        .as_deref()
        .and_then(FileType::parse)
        .filter(|t| t.has_pictures())
        .ok_or_else(|| Error::NotFound("this type of document has no pictures".into()))?;
    let entry = actor
        .entry("read", "document", Some(id))
        .new_values(json!({"part": "picture", "page": page}));
    actor.record(&mut tx, entry).await?;
    tx.commit().await?;
    let tag = etag(stored.sha256.as_deref().unwrap_or_default(), page);
    if if_none_match.is_some_and(|sent| sent == tag) {
        return Ok(Picture::NotModified { etag: tag });
    }
    let bytes = files::read_all(pool, &stored).await?;
    let _permit = pictures
        .permits
        .acquire()
        .await
        .map_err(|_| Error::Unavailable("the service is stopping".into()))?;
    match pictures.sandbox.render(file_type, bytes, page, WIDTH).await {
        Ok(r) => Ok(Picture::Png {
            png: r.png,
            etag: tag,
        }),
        Err(e @ RenderFailure::NoSuchPage { .. }) => Err(Error::NotFound(e.to_string())),
        Err(RenderFailure::File(why)) => Err(Invalid::new(why).into()),
        Err(RenderFailure::System(why)) => {
            tracing::warn!(document_id = %id, error = %why, "a page could not be rendered");
            Err(Error::Unavailable(
                "the page could not be drawn just now; try again".into(),
            ))
        }
    }
}
