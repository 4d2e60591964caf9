//! The closed set of permissions, as values (stored on API keys) and as
//! types (named in handler signatures, so a route states what it needs).

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

/// One permission an API key can carry. A login session holds them all.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, ToSchema)]
pub enum Permission {
    #[serde(rename = "document.read")]
    DocumentRead,
    #[serde(rename = "document.create")]
    DocumentCreate,
    #[serde(rename = "document.update")]
    DocumentUpdate,
    #[serde(rename = "document.delete")]
    DocumentDelete,
    #[serde(rename = "audit.read")]
    AuditRead,
    /// Legal holds, retention rules, subject access requests and erasures.
    #[serde(rename = "compliance.manage")]
    ComplianceManage,
    /// Webhook endpoints and their delivery logs.
    #[serde(rename = "webhook.manage")]
    WebhookManage,
}

impl Permission {
    pub const ALL: [Permission; 7] = [
        Self::DocumentRead,
        Self::DocumentCreate,
        Self::DocumentUpdate,
        Self::DocumentDelete,
        Self::AuditRead,
        Self::ComplianceManage,
        Self::WebhookManage,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            Self::DocumentRead => "document.read",
            Self::DocumentCreate => "document.create",
            Self::DocumentUpdate => "document.update",
            Self::DocumentDelete => "document.delete",
            Self::AuditRead => "audit.read",
            Self::ComplianceManage => "compliance.manage",
            Self::WebhookManage => "webhook.manage",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|p| p.as_str() == s)
    }
}

/// A permission as a type, for `Authorized<P>` in handler signatures.
pub trait RequiredPermission: Send + Sync + 'static {
    const PERMISSION: Permission;
}

macro_rules! permission_type {
    ($name:ident, $value:ident) => {
        #[doc = concat!("Requires `", stringify!($value), "`.")]
        #[derive(Debug)]
        pub struct $name;
        impl RequiredPermission for $name {
            const PERMISSION: Permission = Permission::$value;
        }
    };
}

permission_type!(DocumentRead, DocumentRead);
permission_type!(DocumentCreate, DocumentCreate);
permission_type!(DocumentUpdate, DocumentUpdate);
permission_type!(DocumentDelete, DocumentDelete);
permission_type!(AuditRead, AuditRead);
permission_type!(ComplianceManage, ComplianceManage);
permission_type!(WebhookManage, WebhookManage);
