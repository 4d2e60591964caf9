//! A document's searchable content: `documents.content`, which the seed's
//! generated `search_vector` indexes.

use sqlx::{PgConnection, Postgres, Transaction};
use uuid::Uuid;

/// PostgreSQL's "string is too long for tsvector" (program_limit_exceeded).
const TSVECTOR_TOO_LONG: &str = "54000";

/// Bytes of content whose words always fit a tsvector (see
/// [`Fitting::may_overflow`]).
const SURELY_FITS: usize = 64 * 1024;

/// Stores `text` as the document's content. A text whose distinct words
/// overflow a tsvector (1 MB) is cut, halving until it fits; the full text
/// stays in `processing_results.extracted_text`. Returns a note when it was
/// cut.
pub async fn set(
    tx: &mut Transaction<'_, Postgres>,
    user_id: Uuid,
    id: Uuid,
    text: &str,
) -> Result<Option<String>, sqlx::Error> {
    let mut fit = Fitting::new(text);
    loop {
        if !fit.may_overflow() {
            write(tx, user_id, id, fit.text()).await?;
            return Ok(fit.note());
        }
        let mut savepoint = sqlx::Connection::begin(&mut **tx).await?;
        let result = write(&mut savepoint, user_id, id, fit.text()).await;
        match result {
            Ok(_) => {
                savepoint.commit().await?;
                return Ok(fit.note());
            }
            Err(e) if fit.shorter_after(&e) => savepoint.rollback().await?,
            Err(e) => return Err(e),
        }
    }
}

/// The one statement of [`set`].
async fn write(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
    text: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("update documents set content = $2 where id = $1 and user_id = $3")
        .bind(id)
        .bind(text)
        .bind(user_id)
        .execute(conn)
        .await?;
    Ok(())
}

/// The part of a text that a statement storing it as a document's content
/// tries: the whole text, then, while PostgreSQL answers that its words
/// overflow a tsvector (1 MB), half of it, a quarter... Each try of a text
/// that [may overflow](Fitting::may_overflow) runs in a savepoint. `set`
/// and the pipeline's completion (which stores the content with
/// `completed`) loop over it.
pub struct Fitting<'t> {
    text: &'t str,
    cut: usize,
}

impl<'t> Fitting<'t> {
    pub fn new(text: &'t str) -> Self {
        Self {
            text,
            cut: text.len(),
        }
    }

    /// Whether the text tried now could overflow a tsvector, and so needs
    /// a savepoint to try it. PostgreSQL counts each distinct lexeme with
    /// its positions (about 4 bytes each, aligned) against 1 MiB, and a
    /// hyphenated word gives several lexemes ("abcd-efgh": three): a text
    /// can take a few times its own length, and 64 KiB (with a title of
    /// at most a few KiB) stays an order of magnitude below the limit.
    pub fn may_overflow(&self) -> bool {
        self.cut > SURELY_FITS
    }

    /// The text to try now.
    pub fn text(&self) -> &'t str {
        &self.text[..self.cut]
    }

    /// After `e`: whether a shorter text is worth a try (the overflow, and
    /// more than 1 KiB left), and if so, halves it.
    pub fn shorter_after(&mut self, e: &sqlx::Error) -> bool {
        let overflow = matches!(e, sqlx::Error::Database(d)
            if d.code().as_deref() == Some(TSVECTOR_TOO_LONG));
        if !overflow || self.cut <= 1024 {
            return false;
        }
        let mut cut = self.cut / 2;
        while !self.text.is_char_boundary(cut) {
            cut -= 1;
        }
        self.cut = cut;
        true
    }

    /// Says that the stored text was cut, when it was.
    pub fn note(&self) -> Option<String> {
        (self.cut < self.text.len()).then(|| {
            format!(
                "searchable content cut to {} of {} bytes: its words overflow PostgreSQL's 1 MB tsvector",
                self.cut,
                self.text.len()
            )
        })
    }
}

/// The content of document `id` of account `user_id` (the text given, or
/// the text extracted).
pub async fn get(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<Option<String>, sqlx::Error> {
    super::store::content(conn, user_id, id).await
}
