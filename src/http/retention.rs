//! Retention rules over HTTP: make, list, remove, and a dry run of what a
//! rule would remove now. Permission `compliance.manage`.

use axum::Json;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};
use utoipa::ToSchema;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use uuid::Uuid;

use crate::auth::permission::ComplianceManage;
use crate::compliance::retention::{self, NewRule};
use crate::documents::retention::{Due, Rule};
use crate::error::{ApiError, ErrorEnvelope};
use crate::http::AppState;
use crate::http::extract::ApiJson;
use crate::http::pagination::utc;
use crate::http::principal::{Authorized, Client};

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new()
        .routes(routes!(create, list))
        .routes(routes!(delete))
        .routes(routes!(dry_run))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RuleIn {
    /// 1 to 200 characters, not only white space, without NUL.
    #[schema(
        min_length = 1,
        max_length = 200,
        pattern = r"^[^\u0000]*\S[^\u0000]*$"
    )]
    pub name: String,
    /// Only documents of this type (e.g. `eml`); absent: every type.
    #[schema(schema_with = crate::http::schema::file_type_or_null)]
    pub file_type: Option<String>,
    /// Only documents whose metadata holds this one field with this text
    /// value, e.g. `{"department": "hr"}`: one field of 1 to 200
    /// characters, a text of 1 to 1,000.
    #[schema(schema_with = crate::http::schema::one_field_or_null)]
    pub metadata: Option<Map<String, Value>>,
    /// Count the age from `created` (default) or from the last change
    /// (`updated`).
    #[schema(schema_with = age_basis_schema)]
    pub age_basis: Option<String>,
    /// Keep this many days (0 to 36500), then act.
    #[schema(minimum = 0, maximum = 36500)]
    #[serde(deserialize_with = "whole_number")]
    pub keep_days: i32,
    /// `soft_delete` (restorable until the purge) or `purge` (gone).
    #[schema(schema_with = action_schema)]
    pub action: String,
}

/// `created`, `updated` or `null` (`created`).
fn age_basis_schema() -> utoipa::openapi::Object {
    crate::http::schema::one_of_or_null(&["created", "updated"])
}

/// `soft_delete` or `purge`.
fn action_schema() -> utoipa::openapi::Object {
    utoipa::openapi::ObjectBuilder::new()
        .schema_type(utoipa::openapi::Type::String)
        .enum_values(Some(["soft_delete", "purge"]))
        .build()
}

#[derive(Debug, Serialize, ToSchema)]
pub struct RuleOut {
    /// `null` for the built-in rule every account has.
    pub id: Option<Uuid>,
    pub name: String,
    pub file_type: Option<String>,
    pub metadata: Option<Value>,
    pub age_basis: String,
    pub keep_days: i32,
    pub action: String,
    /// True for the built-in purge of soft-deleted documents.
    pub built_in: bool,
    pub created_at: Option<DateTime<Utc>>,
}

impl From<Rule> for RuleOut {
    fn from(r: Rule) -> Self {
        Self {
            id: Some(r.id),
            name: r.name,
            file_type: r.file_type,
            metadata: r
                .metadata_key
                .zip(r.metadata_value)
                .map(|(k, v)| serde_json::json!({ k: v })),
            age_basis: r.age_basis,
            keep_days: r.keep_days,
            action: r.action,
            built_in: false,
            created_at: Some(utc(r.created_at)),
        }
    }
}

fn parse_id(raw: &str) -> Result<Uuid, ApiError> {
    Uuid::parse_str(raw).map_err(|_| ApiError::NotFound("no such retention rule".into()))
}

/// Make a retention rule: documents it covers are soft-deleted or purged
/// once older than `keep_days` (legal holds win).
#[utoipa::path(post, path = "/v1/retention-rules", tag = "compliance", request_body = RuleIn,
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 201, description = "The rule", body = RuleOut),
        (status = 422, description = "A bad field", body = ErrorEnvelope),
    ))]
async fn create(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    ApiJson(body): ApiJson<RuleIn>,
) -> Result<(StatusCode, Json<RuleOut>), ApiError> {
    let metadata = match body.metadata {
        None => None,
        Some(m) if m.len() == 1 => {
            let (k, v) = m.into_iter().next().unwrap_or_default();
            match v {
                Value::String(s) => Some((k, s)),
                _ => {
                    return Err(ApiError::field(
                        "metadata",
                        "invalid",
                        "metadata's value must be text",
                    ));
                }
            }
        }
        Some(_) => {
            return Err(ApiError::field(
                "metadata",
                "invalid",
                "metadata must hold exactly one field",
            ));
        }
    };
    let new = NewRule {
        name: body.name,
        file_type: body.file_type,
        metadata,
        age_basis: body.age_basis.unwrap_or_else(|| "created".into()),
        keep_days: body.keep_days,
        action: body.action,
    };
    let rule = retention::create(&state.pool, &p.actor(ctx), new).await?;
    Ok((StatusCode::CREATED, Json(rule.into())))
}

/// Your retention rules, the built-in one first.
#[derive(Debug, Serialize, ToSchema)]
pub struct RulesOut {
    pub items: Vec<RuleOut>,
    /// Always `null`: every rule is on this one page.
    pub next_cursor: Option<String>,
}

#[utoipa::path(get, path = "/v1/retention-rules", tag = "compliance",
    security(("bearer" = []), ("api_key" = [])),
    responses((status = 200, description = "The rules", body = RulesOut)))]
async fn list(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
) -> Result<Json<RulesOut>, ApiError> {
    let rules = retention::list(&state.pool, &p.actor(ctx)).await?;
    let built_in = RuleOut {
        id: None,
        name: "purge soft-deleted documents".into(),
        file_type: None,
        metadata: None,
        age_basis: "deleted".into(),
        keep_days: i32::try_from(state.config.retention_days).unwrap_or(i32::MAX),
        action: "purge".into(),
        built_in: true,
        created_at: None,
    };
    let items = std::iter::once(built_in)
        .chain(rules.into_iter().map(RuleOut::from))
        .collect();
    Ok(Json(RulesOut {
        items,
        next_cursor: None,
    }))
}

/// Remove a retention rule.
#[utoipa::path(delete, path = "/v1/retention-rules/{id}", tag = "compliance",
    params(("id" = Uuid, Path, description = "The rule's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 204, description = "Removed"),
        (status = 404, description = "No such rule of yours", body = ErrorEnvelope),
    ))]
async fn delete(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<StatusCode, ApiError> {
    let id = parse_id(&id)?;
    retention::delete(&state.pool, &p.actor(ctx), id).await?;
    Ok(StatusCode::NO_CONTENT)
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DueOut {
    pub id: Uuid,
    pub title: String,
    pub created_at: DateTime<Utc>,
    /// The hold that keeps it, by name.
    pub held_by: Option<String>,
}

impl From<Due> for DueOut {
    fn from(d: Due) -> Self {
        Self {
            id: d.id,
            title: d.title,
            created_at: utc(d.created_at),
            held_by: d.held_by,
        }
    }
}

#[derive(Debug, Serialize, ToSchema)]
pub struct DryRunOut {
    pub rule: RuleOut,
    /// What the rule would soft-delete or purge now (at most 1,000).
    pub would_remove: Vec<DueOut>,
    /// What it covers but a legal hold keeps.
    pub held: Vec<DueOut>,
}

/// What a rule would remove now, and what holds keep: changes nothing.
#[utoipa::path(get, path = "/v1/retention-rules/{id}/dry-run", tag = "compliance",
    params(("id" = Uuid, Path, description = "The rule's id")),
    security(("bearer" = []), ("api_key" = [])),
    responses(
        (status = 200, description = "What the rule would do", body = DryRunOut),
        (status = 404, description = "No such rule of yours", body = ErrorEnvelope),
    ))]
async fn dry_run(
    State(state): State<AppState>,
    Authorized(p, ..): Authorized<ComplianceManage>,
    Client(ctx): Client,
    Path(id): Path<String>,
) -> Result<Json<DryRunOut>, ApiError> {
    let id = parse_id(&id)?;
    let run = retention::dry_run(&state.pool, &p.actor(ctx), id).await?;
    Ok(Json(DryRunOut {
        rule: run.rule.into(),
        would_remove: run.would_remove.into_iter().map(DueOut::from).collect(),
        held: run.held.into_iter().map(DueOut::from).collect(),
    }))
}

/// An integer, also when written as a number with a zero fraction (`30.0`
/// is an integer in JSON Schema, as in JSON).
fn whole_number<'de, D: serde::Deserializer<'de>>(d: D) -> Result<i32, D::Error> {
    let n = f64::deserialize(d)?;
    if n.fract() == 0.0 && n >= f64::from(i32::MIN) && n <= f64::from(i32::MAX) {
        Ok(n as i32)
    } else {
        Err(serde::de::Error::custom(
            "keep_days must be a whole number of days",
        ))
    }
}
