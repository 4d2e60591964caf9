//! The OpenAPI 3 document, generated from the handlers' annotations so it
//! cannot drift from what the server serves, and the interactive API page
//! (Swagger UI, vendored into the binary: no CDN).

use std::sync::Arc;

use axum::http::header;
use axum::response::IntoResponse;
use axum::{Extension, Router};
use utoipa::OpenApi;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;
use utoipa_swagger_ui::SwaggerUi;

use crate::error::ErrorEnvelope;
use crate::http::AppState;

/// Where the interactive API page is served.
pub const DOCS_PATH: &str = "/docs";
/// The page itself (`/docs` redirects here).
const DOCS_PAGE: &str = "/docs/";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "OpenComplai",
        description = "Self-hosted document intelligence and compliance service. \
            Every error answers with the envelope `{\"error\": {code, message, request_id, details}}`; \
            every response carries `X-Request-Id`.",
        license(name = "AGPL-3.0-or-later"),
    ),
    components(schemas(ErrorEnvelope)),
    modifiers(&Credentials),
    tags(
        (name = "operations", description = "Probes and service description"),
        (name = "accounts", description = "Registration, login, email verification, the caller's profile"),
        (name = "api keys", description = "Scoped keys for programs"),
        (name = "audit", description = "The audit trail"),
        (name = "personal data", description = "Allow- and deny-lists for personal-data detection, and redacted text"),
        (name = "search", description = "Ranked search over your documents, and activity figures"),
        (name = "webhooks", description = "Endpoints told when documents complete or fail, and their delivery logs"),
    ),
)]
struct ApiDoc;

/// The two ways to present a credential.
struct Credentials;

impl utoipa::Modify for Credentials {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::security::{
            ApiKey, ApiKeyValue, HttpAuthScheme, HttpBuilder, SecurityScheme,
        };
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(
                HttpBuilder::new()
                    .scheme(HttpAuthScheme::Bearer)
                    .description(Some(
                        "A session token from /v1/auth/login, or an API key (sk_live_...)",
                    ))
                    .build(),
            ),
        );
        components.add_security_scheme(
            "api_key",
            SecurityScheme::ApiKey(ApiKey::Header(ApiKeyValue::new("X-API-Key"))),
        );
        // The API page is served by the Swagger UI router, not a handler;
        // describe it here so the document lists every route.
        use utoipa::openapi::path::{HttpMethod, OperationBuilder};
        use utoipa::openapi::{ContentBuilder, ResponseBuilder};
        let page = OperationBuilder::new()
            .tag("operations")
            .summary(Some(
                "The interactive API page (Swagger UI, served from the binary)",
            ))
            .response(
                "200",
                ResponseBuilder::new()
                    .description("An HTML page")
                    .content("text/html", ContentBuilder::new().build())
                    .build(),
            )
            .build();
        openapi
            .paths
            .add_path_operation(DOCS_PAGE, vec![HttpMethod::Get], page);
    }
}

pub fn base() -> utoipa::openapi::OpenApi {
    ApiDoc::openapi()
}

pub fn router() -> OpenApiRouter<AppState> {
    OpenApiRouter::new().routes(routes!(openapi_json))
}

/// The OpenAPI document, serialised once when the app is built.
#[derive(Clone)]
pub struct Spec(Arc<str>);

impl Spec {
    pub fn new(api: &utoipa::openapi::OpenApi) -> Self {
        let mut api = api.clone();
        document_common_errors(&mut api);
        Self(Arc::from(api.to_json().unwrap_or_else(|_| "{}".to_owned())))
    }
}

/// Documents on every operation the error statuses that the layers around
/// its handler can answer (credentials, rate limits, bodies, the database),
/// where the operation does not already describe them in its own words: the
/// document then lists every status a client can get.
pub fn document_common_errors(api: &mut utoipa::openapi::OpenApi) {
    use utoipa::openapi::{ContentBuilder, Ref, RefOr, ResponseBuilder};
    let envelope = |description: &str| {
        RefOr::T(
            ResponseBuilder::new()
                .description(description)
                .content(
                    "application/json",
                    ContentBuilder::new()
                        .schema(Some(Ref::from_schema_name("ErrorEnvelope")))
                        .build(),
                )
                .build(),
        )
    };
    for (path, item) in api.paths.paths.iter_mut() {
        let own_page = path == "/openapi.json" || path == DOCS_PAGE || path.starts_with("/health");
        for op in [
            item.get.as_mut(),
            item.put.as_mut(),
            item.post.as_mut(),
            item.delete.as_mut(),
            item.patch.as_mut(),
        ]
        .into_iter()
        .flatten()
        {
            let secured = op.security.as_ref().is_some_and(|reqs| {
                reqs.iter().any(|r| {
                    serde_json::to_value(r)
                        .is_ok_and(|v| v.as_object().is_some_and(|o| !o.is_empty()))
                })
            });
            let mut statuses: Vec<(&str, &str)> = Vec::new();
            if secured {
                statuses.push(("401", "No, malformed, expired or revoked credential"));
                statuses.push((
                    "403",
                    "A disabled account, or an API key without the permission this needs",
                ));
            }
            if secured || path.starts_with("/v1/auth/") {
                statuses.push((
                    "429",
                    "Too many requests; `Retry-After` says when to try again",
                ));
            }
            if let Some(RefOr::T(body)) = &op.request_body {
                statuses.push(("413", "The body is over the size limit"));
                let json = body.content.contains_key("application/json");
                statuses.push((
                    "415",
                    if json {
                        "A body without `Content-Type: application/json`"
                    } else {
                        "A body of another content type"
                    },
                ));
                statuses.push((
                    "422",
                    "Invalid input: the error's `details` name each field",
                ));
            }
            if op.parameters.as_ref().is_some_and(|p| !p.is_empty()) {
                statuses.push((
                    "422",
                    "Invalid input: the error's `details` name each field",
                ));
            }
            if path.contains('{') {
                statuses.push(("404", "No such resource, or not yours"));
            }
            if !own_page {
                statuses.push((
                    "503",
                    "The database is unreachable, migrations are pending, or the request timed out; `Retry-After` is set",
                ));
            }
            for (status, description) in statuses {
                op.responses
                    .responses
                    .entry(status.to_owned())
                    .or_insert_with(|| envelope(description));
            }
        }
    }
}

/// The OpenAPI 3 document of every endpoint.
#[utoipa::path(get, path = "/openapi.json", tag = "operations",
    responses((status = 200, description = "The OpenAPI 3 document", content_type = "application/json")))]
async fn openapi_json(Extension(spec): Extension<Spec>) -> impl IntoResponse {
    (
        [(header::CONTENT_TYPE, "application/json")],
        spec.0.to_string(),
    )
}

/// The interactive API page at `/docs`, reading `/openapi.json`.
pub fn docs_router() -> Router<AppState> {
    Router::from(SwaggerUi::new(DOCS_PATH).config(utoipa_swagger_ui::Config::from("/openapi.json")))
}
