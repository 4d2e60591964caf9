//! Liveness and readiness probes for load balancers and orchestrators.

use std::time::Duration;

use axum::Json;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::db::migrate;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;

/// How long `/ready` waits for the database before calling it unreachable.
const READY_DB_TIMEOUT: Duration = Duration::from_secs(2);

#[derive(Debug, Serialize, ToSchema)]
pub struct HealthOut {
    /// Always `ok` when the process answers.
    pub status: &'static str,
    pub version: &'static str,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ReadyOut {
    /// `ready` when the database answers and every migration is applied.
    pub status: &'static str,
    /// Number of applied migrations.
    pub migrations_applied: usize,
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(health))
        .routes(routes!(ready))
}

/// Liveness: the process is up and serving HTTP. Touches nothing else.
#[utoipa::path(get, path = "/health", tag = "operations",
    responses((status = 200, description = "The process is alive", body = HealthOut)))]
async fn health() -> Json<HealthOut> {
    Json(HealthOut {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
    })
}

/// Readiness: the database is reachable and no migration is pending.
#[utoipa::path(get, path = "/ready", tag = "operations",
    responses(
        (status = 200, description = "Ready to serve", body = ReadyOut),
        (status = 503, description = "Database unreachable or migrations pending", body = ErrorEnvelope),
    ))]
async fn ready(State(state): State<AppState>) -> Result<Json<ReadyOut>, ApiError> {
    let status = tokio::time::timeout(READY_DB_TIMEOUT, migrate::status(&state.pool))
        .await
        .map_err(|_| ApiError::Unavailable("the database did not answer in time".into()))?
        .map_err(|e| {
            tracing::warn!(error = %e, "readiness check failed");
            ApiError::Unavailable("the database is unreachable".into())
        })?;
    let pending = status.pending().count();
    if pending > 0 {
        return Err(ApiError::Unavailable(format!(
            "{pending} database migration(s) pending; run `opencomplai migrate`"
        )));
    }
    Ok(Json(ReadyOut {
        status: "ready",
        migrations_applied: status.applied().count(),
    }))
}
