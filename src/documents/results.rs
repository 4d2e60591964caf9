//! `processing_results`: one row per processing run, the latest of which is
//! the document's current result.

use chrono::NaiveDateTime;
use serde_json::Value;
use sqlx::PgConnection;
use uuid::Uuid;

/// One run's results, as stored.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ResultRow {
    pub id: Uuid,
    pub document_id: Uuid,
    pub extracted_text: Option<String>,
    pub extracted_metadata: Option<Value>,
    pub extracted_entities: Option<Value>,
    pub extracted_tables: Option<Value>,
    pub extracted_images: Option<Value>,
    pub analysis_results: Option<Value>,
    pub sentiment_score: Option<f64>,
    pub language_detected: Option<String>,
    pub processing_time_ms: Option<i32>,
    pub token_count: Option<i32>,
    pub model_version: Option<String>,
    pub confidence_score: Option<f64>,
    pub quality_notes: Option<String>,
    pub created_at: Option<NaiveDateTime>,
}

/// The latest processing result of document `id` of account `user_id`.
pub async fn latest(
    conn: &mut PgConnection,
    user_id: Uuid,
    id: Uuid,
) -> Result<Option<ResultRow>, sqlx::Error> {
    sqlx::query_as(
        "select id, document_id, extracted_text, extracted_metadata, extracted_entities,
                extracted_tables, extracted_images, analysis_results,
                sentiment_score::float8 as sentiment_score, language_detected, processing_time_ms,
                token_count, model_version, confidence_score::float8 as confidence_score,
                quality_notes, created_at
         from processing_results where document_id = $1 and user_id = $2
         order by created_at desc, id desc limit 1",
    )
    .bind(id)
    .bind(user_id)
    .fetch_optional(conn)
    .await
}

/// A run's results to store (the scores are rounded to two places, as the
/// seed's `numeric(3,2)` columns hold them).
#[derive(Debug, Clone)]
pub struct NewResult {
    pub document_id: Uuid,
    /// The document's account.
    pub user_id: Uuid,
    pub extracted_text: String,
    pub extracted_metadata: Value,
    pub extracted_tables: Value,
    pub extracted_images: Value,
    pub processing_time_ms: i32,
    pub model_version: String,
    pub quality_notes: Option<String>,
    pub confidence_score: f64,
    pub extracted_entities: Option<Value>,
    pub analysis_results: Option<Value>,
    pub sentiment_score: Option<f64>,
    pub language_detected: Option<String>,
    pub token_count: Option<i32>,
}

/// Stores one run's results on the caller's transaction.
pub async fn insert(conn: &mut PgConnection, r: &NewResult) -> Result<(), sqlx::Error> {
    sqlx::query(
        "insert into processing_results (document_id, extracted_text, extracted_metadata,
             extracted_tables, extracted_images, processing_time_ms, model_version, quality_notes,
             confidence_score, extracted_entities, analysis_results, sentiment_score,
             language_detected, token_count, user_id)
         values ($1, $2, $3, $4, $5, $6, $7, $8, round($9::numeric, 2), $10, $11,
                 round($12::numeric, 2), $13, $14, $15)",
    )
    .bind(r.document_id)
    .bind(&r.extracted_text)
    .bind(&r.extracted_metadata)
    .bind(&r.extracted_tables)
    .bind(&r.extracted_images)
    .bind(r.processing_time_ms)
    .bind(&r.model_version)
    .bind(&r.quality_notes)
    .bind(r.confidence_score.clamp(0.0, 1.0))
    .bind(&r.extracted_entities)
    .bind(&r.analysis_results)
    .bind(r.sentiment_score)
    .bind(&r.language_detected)
    .bind(r.token_count)
    .bind(r.user_id)
    .execute(conn)
    .await?;
    Ok(())
}
