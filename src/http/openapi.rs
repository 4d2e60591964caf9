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
        Self(Arc::from(api.to_json().unwrap_or_else(|_| "{}".to_owned())))
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
