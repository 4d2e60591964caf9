//! Webhook endpoints over HTTP: create (the signing secret is shown once),
//! list, read, change, delete; each endpoint's delivery log and a manual
//! retry. Permission `webhook.manage`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use utoipa::openapi::schema::{ArrayBuilder, ObjectBuilder, Type};
use utoipa::{IntoParams, ToSchema};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::permission::WebhookManage;
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::{ApiJson, ApiQuery, double_option};
use crate::http::pagination::{self, Page, utc};
use crate::http::principal::{Authorized, Client};
use crate::webhooks::Event;
use crate::webhooks::deliveries::{self, Attempt, Delivery};
use crate::webhooks::endpoints::{self, Endpoint, EndpointPatch, NewEndpoint};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(get_one, patch, delete))
        .routes(routes!(list_deliveries))
        .routes(routes!(retry))
}

/// Most entries an `events` list may have (duplicates are dropped).
const MAX_EVENTS: usize = 10;

/// The events an endpoint is told about: at least one.
fn events_schema() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .items(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(Event::ALL.map(Event::as_str))),
        )
        .min_items(Some(1))
        .max_items(Some(MAX_EVENTS))
        .build()
}

fn events_or_null_schema() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .schema_type(utoipa::openapi::schema::SchemaType::from_iter([
            Type::Array,
            Type::Null,
        ]))
        .items(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(Event::ALL.map(Event::as_str))),
        )
        .min_items(Some(1))
        .max_items(Some(MAX_EVENTS))
        .build()
}

fn at_most_events(events: Option<&Vec<String>>) -> Result<(), ApiError> {
    if events.is_some_and(|e| e.len() > MAX_EVENTS) {
        return Err(ApiError::field(
            "events",
            "too_many",
            format!("events may list at most {MAX_EVENTS} entries"),
        ));
    }
    Ok(())
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookIn {
    /// Where deliveries are POSTed: an `http` or `https` URL with a host,
    /// no user name or password, at most 2,048 characters.
    #[schema(max_length = 2048, pattern = "^[Hh][Tt][Tt][Pp][Ss]?://")]
    pub url: String,
    /// `document.completed` and/or `document.failed`.
    #[schema(schema_with = events_schema)]
    pub events: Vec<String>,
    /// A note for people; at most 500 characters.
    #[schema(max_length = 500)]
    pub description: Option<String>,
}

/// An endpoint: never its secret.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookOut {
    pub id: Uuid,
    pub url: String,
    pub description: Option<String>,
    pub events: Vec<String>,
    /// Disabled: no deliveries are queued, and queued ones wait.
    pub enabled: bool,
    pub created_at: DateTime<Utc>,
    pub updated_at: DateTime<Utc>,
}

impl From<Endpoint> for WebhookOut {
    fn from(e: Endpoint) -> Self {
        Self {
            id: e.id,
            url: e.url,
            description: e.description,
            events: e.events,
            enabled: e.enabled,
            created_at: utc(e.created_at),
            updated_at: utc(e.updated_at),
        }
    }
}

/// The answer to creation: the only time `secret` is shown.
#[derive(Debug, Serialize, ToSchema)]
pub struct WebhookCreated {
    #[serde(flatten)]
    pub endpoint: WebhookOut,
    /// `whsec_` and the base64 of the 32-byte signing key. Store it now: it
    /// cannot be shown again.
    pub secret: String,
}

fn webhook_id(raw: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(raw).map_err(|_| ApiError::NotFound("no such webhook".into()))
}

/// Add an endpoint. Deliveries to it are signed with the secret in the
/// answer (Standard Webhooks: `webhook-id`, `webhook-timestamp`,
/// `webhook-signature`).
#[utoipa::path(post, path = "/v1/webhooks", tag = "webhooks", request_body = WebhookIn,
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 201, description = "Created; `secret` is shown this once", body = WebhookCreated),
        (status = 422, description = "A bad URL, an unknown event or too long a description", body = ErrorEnvelope),
    ))]
async fn create(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<WebhookManage>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<WebhookIn>,
) -> Result<(StatusCode, Json<WebhookCreated>), ApiError> {
    at_most_events(Some(&body.events))?;
    let new = NewEndpoint {
        url: body.url,
        events: body.events,
        description: body.description,
    };
    let (endpoint, secret) = endpoints::create(
        &state.pool,
        &p.actor(ctx),
        state.config.webhook_allow_private,
        new,
    )
    .await?;
    Ok((
        StatusCode::CREATED,
        Json(WebhookCreated {
            endpoint: endpoint.into(),
            secret,
        }),
    ))
}

#[derive(Debug, Deserialize, IntoParams)]
#[into_params(parameter_in = Query)]
pub struct ListParams {
    /// 1 to 100, default 50.
    #[param(minimum = 1, maximum = 100)]
    pub limit: Option<i64>,
    /// The `next_cursor` of the previous page.
    #[param(schema_with = crate::http::pagination::cursor_schema)]
    pub cursor: Option<String>,
}

/// Your endpoints, newest first.
#[utoipa::path(get, path = "/v1/webhooks", tag = "webhooks", params(ListParams),
    security(("bearer" = []), ("api_key" = [])),
    responses((status = 200, description = "A page of endpoints", body = Page<WebhookOut>)))]
async fn list(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<WebhookManage>,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<WebhookOut>>, ApiError> {
    let limit = pagination::limit(q.limit)?;
    let before = q.cursor.as_deref().map(pagination::decode).transpose()?;
    let rows = endpoints::list(&state.pool, p.user_id, before, limit + 1).await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |e| (e.created_at, e.id),
        WebhookOut::from,
    )))
}

/// One endpoint.
#[utoipa::path(get, path = "/v1/webhooks/{id}", tag = "webhooks",
    params(("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The endpoint", body = WebhookOut),
        (status = 404, description = "No such endpoint of yours", body = ErrorEnvelope),
    ))]
async fn get_one(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<WebhookManage>,
    Path(id): Path<String>,
) -> Result<Json<WebhookOut>, ApiError> {
    let id = webhook_id(&id)?;
    Ok(Json(
        endpoints::one(&state.pool, p.user_id, id).await?.into(),
    ))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct WebhookPatch {
    #[schema(max_length = 2048, pattern = "^[Hh][Tt][Tt][Pp][Ss]?://")]
    pub url: Option<String>,
    #[schema(schema_with = events_or_null_schema)]
    pub events: Option<Vec<String>>,
    pub enabled: Option<bool>,
    /// `null` clears it.
    #[serde(default, deserialize_with = "double_option")]
    #[schema(value_type = Option<String>, max_length = 500)]
    pub description: Option<Option<String>>,
}

/// Change an endpoint's URL, events, description or whether it is
/// enabled; the fields given are replaced. The secret stays.
#[utoipa::path(patch, path = "/v1/webhooks/{id}", tag = "webhooks", request_body = WebhookPatch,
    params(("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "The endpoint as changed", body = WebhookOut),
        (status = 404, description = "No such endpoint of yours", body = ErrorEnvelope),
        (status = 422, description = "A bad URL, an unknown event or too long a description", body = ErrorEnvelope),
    ))]
async fn patch(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<WebhookManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
    ApiJson(body): ApiJson<WebhookPatch>,
) -> Result<Json<WebhookOut>, ApiError> {
    let id = webhook_id(&id)?;
    at_most_events(body.events.as_ref())?;
    let change = EndpointPatch {
        url: body.url,
        events: body.events,
        enabled: body.enabled,
        description: body.description,
    };
    let endpoint = endpoints::update(
        &state.pool,
        &p.actor(ctx),
        state.config.webhook_allow_private,
        id,
        change,
    )
    .await?;
    Ok(Json(endpoint.into()))
}

/// Delete an endpoint, and its delivery log with it.
#[utoipa::path(delete, path = "/v1/webhooks/{id}", tag = "webhooks",
    params(("id" = Uuid, Path, description = "The endpoint's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 404, description = "No such endpoint of yours", body = ErrorEnvelope),
    ))]
async fn delete(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<WebhookManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = webhook_id(&id)?;
    endpoints::delete(&state.pool, &p.actor(ctx), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

/// One attempt to deliver.
#[derive(Debug, Serialize, ToSchema)]
pub struct AttemptOut {
    pub attempted_at: DateTime<Utc>,
    /// The receiver's HTTP status; `null` when none came.
    pub status_code: Option<i32>,
    /// Why it did not count; `null` on a 2xx.
    pub error: Option<String>,
    pub duration_ms: i32,
}

impl From<Attempt> for AttemptOut {
    fn from(a: Attempt) -> Self {
        Self {
            attempted_at: utc(a.attempted_at),
            status_code: a.status_code,
            error: a.error,
            duration_ms: a.duration_ms,
        }
    }
}

/// A delivery of one event to one endpoint.
#[derive(Debug, Serialize, ToSchema)]
pub struct DeliveryOut {
    /// Also the `webhook-id` header and the payload's `id`: the same on
    /// every attempt, so a receiver can drop repeats.
    pub id: Uuid,
    pub webhook_id: Uuid,
    /// `document.completed` or `document.failed`.
    pub event: String,
    pub document_id: Uuid,
    /// `pending`, `delivered` or `failed`.
    pub status: String,
    /// Attempts in the current round (a manual retry starts a new one).
    pub attempt_count: i32,
    /// When a pending delivery is next tried.
    pub next_attempt_at: Option<DateTime<Utc>>,
    pub created_at: DateTime<Utc>,
    pub delivered_at: Option<DateTime<Utc>>,
    /// The latest attempts (up to 20), newest first.
    pub attempts: Vec<AttemptOut>,
}

impl DeliveryOut {
    fn of(d: Delivery, attempts: Vec<Attempt>) -> Self {
        Self {
            id: d.id,
            webhook_id: d.endpoint_id,
            event: d.event,
            document_id: d.document_id,
            status: d.status,
            attempt_count: d.attempts,
            next_attempt_at: d.next_attempt_at.map(utc),
            created_at: utc(d.created_at),
            delivered_at: d.delivered_at.map(utc),
            attempts: attempts.into_iter().map(AttemptOut::from).collect(),
        }
    }
}

/// The endpoint's deliveries, newest first, each with its attempts.
#[utoipa::path(get, path = "/v1/webhooks/{id}/deliveries", tag = "webhooks",
    params(("id" = Uuid, Path, description = "The endpoint's id"), ListParams),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "A page of deliveries", body = Page<DeliveryOut>),
        (status = 404, description = "No such endpoint of yours", body = ErrorEnvelope),
    ))]
async fn list_deliveries(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<WebhookManage>,
    Path(id): Path<String>,
    ApiQuery(q): ApiQuery<ListParams>,
) -> Result<Json<Page<DeliveryOut>>, ApiError> {
    let id = webhook_id(&id)?;
    let limit = pagination::limit(q.limit)?;
    let before = q.cursor.as_deref().map(pagination::decode).transpose()?;
    let rows = deliveries::list(&state.pool, p.user_id, id, before, limit + 1).await?;
    Ok(Json(pagination::page(
        rows,
        limit,
        |(d, _)| (d.created_at, d.id),
        |(d, a)| DeliveryOut::of(d, a),
    )))
}

/// Send a delivered or failed delivery again, now, with a new round of
/// attempts.
#[utoipa::path(post, path = "/v1/webhooks/{id}/deliveries/{delivery_id}/retry", tag = "webhooks",
    params(
        ("id" = Uuid, Path, description = "The endpoint's id"),
        ("delivery_id" = Uuid, Path, description = "The delivery's id"),
    ),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 202, description = "Queued again", body = DeliveryOut),
        (status = 404, description = "No such endpoint or delivery of yours", body = ErrorEnvelope),
        (status = 409, description = "Still pending: it will be tried again by itself", body = ErrorEnvelope),
    ))]
async fn retry(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<WebhookManage>,
    Client(ctx): Client,
    Path((id, delivery_id)): Path<(String, String)>,
) -> Result<(StatusCode, Json<DeliveryOut>), ApiError> {
    let id = webhook_id(&id)?;
    let delivery_id =
        Uuid::parse_str(&delivery_id).map_err(|_| ApiError::NotFound("no such delivery".into()))?;
    let delivery = deliveries::retry(&state.pool, &p.actor(ctx), id, delivery_id).await?;
    Ok((
        StatusCode::ACCEPTED,
        Json(DeliveryOut::of(delivery, Vec::new())),
    ))
}
