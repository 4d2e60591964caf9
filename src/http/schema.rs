//! OpenAPI schemas of the rules the server enforces on strings and lists
//! that utoipa's attributes cannot state on their own (closed sets, lists
//! of patterned items), so `/openapi.json` says what a request must be.

use opencomplai_analyze::EntityType;
use utoipa::openapi::{ArrayBuilder, Object, ObjectBuilder, Type};

use crate::auth::permission::Permission;

/// A text with something other than white space in it (the server trims
/// names, titles and list entries and refuses what is left empty).
pub const NOT_BLANK: &str = r"\S";

/// White space around a list item, as the server trims it (ASCII only in
/// the schema: a client has no reason to send other spaces).
const SPACE: &str = "[ \\t\\n\\r]*";

/// One of the entity types, by its canonical name (the server also takes
/// them in any case, with `-` or a space for `_`, and a few aliases).
pub fn entity_type() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .enum_values(Some(EntityType::ALL.map(EntityType::as_str)))
        .build()
}

/// A comma-separated list of entity types (`EMAIL,PHONE`); empty items
/// and the spaces around items are ignored.
pub fn entity_type_list() -> Object {
    let one = format!("({})", EntityType::ALL.map(EntityType::as_str).join("|"));
    let gap = "[ \\t\\n\\r,]*";
    ObjectBuilder::new()
        .schema_type(Type::String)
        .pattern(Some(format!(
            "^{gap}({one}{SPACE}(,{gap}{one}{SPACE})*)?{gap}$"
        )))
        .build()
}

/// The permissions a key asks for: at least one, each from the closed set.
pub fn permissions() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .items(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .enum_values(Some(Permission::ALL.map(Permission::as_str))),
        )
        .min_items(Some(1))
        .max_items(Some(Permission::ALL.len()))
        .build()
}

/// An allow-list: at most 1,000 entries of 1 to 200 characters (trimmed),
/// without NUL.
pub fn allow_list() -> utoipa::openapi::schema::Array {
    ArrayBuilder::new()
        .items(term())
        .max_items(Some(crate::documents::pii_lists::MAX_ENTRIES))
        .build()
}

/// A list entry: 1 to 200 characters with something other than white
/// space, without NUL.
pub fn term() -> Object {
    ObjectBuilder::new()
        .schema_type(Type::String)
        .min_length(Some(1))
        .max_length(Some(crate::documents::pii_lists::MAX_TERM_CHARS))
        .pattern(Some(r"^[^\u0000]*\S[^\u0000]*$"))
        .build()
}

/// One of `values`, or `null`.
pub fn one_of_or_null(values: &[&str]) -> Object {
    use utoipa::openapi::schema::SchemaType;
    let mut all: Vec<serde_json::Value> = values.iter().map(|v| (*v).into()).collect();
    all.push(serde_json::Value::Null);
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::String, Type::Null]))
        .enum_values(Some(all))
        .build()
}

/// A file type the service reads, or `null`.
pub fn file_type_or_null() -> Object {
    let known = opencomplai_extract::FileType::ALL.map(opencomplai_extract::FileType::as_str);
    one_of_or_null(&known)
}

/// A processing state, or `null`.
pub fn status_or_null() -> Object {
    use crate::documents::ProcessingStatus;
    one_of_or_null(&ProcessingStatus::ALL.map(ProcessingStatus::as_str))
}

/// A JSON object of exactly one field (a name of 1 to 200 characters) with
/// a text value of 1 to 1,000 characters, or `null`.
pub fn one_field_or_null() -> Object {
    use utoipa::openapi::schema::{AdditionalProperties, SchemaType};
    ObjectBuilder::new()
        .schema_type(SchemaType::from_iter([Type::Object, Type::Null]))
        .min_properties(Some(1))
        .max_properties(Some(1))
        .property_names(Some(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
                .max_length(Some(200)),
        ))
        .additional_properties(Some(AdditionalProperties::RefOr(
            ObjectBuilder::new()
                .schema_type(Type::String)
                .min_length(Some(1))
                .max_length(Some(1000))
                .into(),
        )))
        .build()
}
