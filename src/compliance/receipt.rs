//! Erasure receipts: what an erasure removed (document ids, counts, salted
//! hashes of the values, never the values), signed with the service's
//! Ed25519 key over the receipt's canonical JSON, so anyone with the
//! published public key can check that the service issued it and that not
//! one byte of it changed (`opencomplai erasure verify RECEIPT`).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};

use crate::audit::chain::canonical_json;
use crate::audit::keys::{PublicKey, SigningKeys};

/// What a receipt says it is.
pub const RECEIPT_TYPE: &str = "opencomplai.erasure-receipt";

/// `receipt` with its signature:
/// `{"receipt": …, "signature": {"algorithm", "key_id", "value"}}`.
pub fn sign(keys: &SigningKeys, receipt: Value) -> Value {
    let signature = keys.sign(canonical_json(&receipt).as_bytes());
    json!({
        "receipt": receipt,
        "signature": {
            "algorithm": "Ed25519",
            "key_id": keys.public().key_id(),
            "value": STANDARD.encode(signature),
        },
    })
}

/// Why a receipt does not verify.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum Invalid {
    #[error("this is not an erasure receipt: {0}")]
    Malformed(String),
    #[error("the receipt was signed by key {signed_by}, not by key {given} given to check it")]
    OtherKey { signed_by: String, given: String },
    #[error("the signature does not match: the receipt was changed after it was signed, or forged")]
    BadSignature,
}

/// Checks a signed receipt (as [`sign`] made it, in any formatting)
/// against `key`; the receipt inside when it verifies.
pub fn verify<'a>(signed: &'a Value, key: &PublicKey) -> Result<&'a Value, Invalid> {
    let receipt = signed
        .get("receipt")
        .filter(|r| r.is_object())
        .ok_or_else(|| Invalid::Malformed("no receipt object".into()))?;
    if receipt["type"] != RECEIPT_TYPE {
        return Err(Invalid::Malformed(format!(
            "its type is not {RECEIPT_TYPE}"
        )));
    }
    let sig = &signed["signature"];
    if sig["algorithm"] != "Ed25519" {
        return Err(Invalid::Malformed("the signature is not Ed25519".into()));
    }
    let value = sig["value"]
        .as_str()
        .and_then(|v| STANDARD.decode(v).ok())
        .ok_or_else(|| Invalid::Malformed("the signature is not base64".into()))?;
    if key.verifies(canonical_json(receipt).as_bytes(), &value) {
        return Ok(receipt);
    }
    match sig["key_id"].as_str() {
        Some(id) if id != key.key_id() => Err(Invalid::OtherKey {
            signed_by: id.chars().take(16).collect(),
            given: key.key_id(),
        }),
        _ => Err(Invalid::BadSignature),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_receipt_verifies_in_any_formatting_and_not_after_a_change() {
        let keys = SigningKeys::from_seed([7; 32]);
        let signed = sign(
            &keys,
            json!({"type": RECEIPT_TYPE, "erasure_id": "e1", "counts": {"documents_deleted": 2}}),
        );
        assert!(verify(&signed, &keys.public()).is_ok());
        let pretty = serde_json::to_string_pretty(&signed).expect("json");
        let reread: Value = serde_json::from_str(&pretty).expect("json");
        assert!(verify(&reread, &keys.public()).is_ok());
        let changed: Value = serde_json::from_str(
            &pretty.replace("\"documents_deleted\": 2", "\"documents_deleted\": 3"),
        )
        .expect("json");
        assert_eq!(verify(&changed, &keys.public()), Err(Invalid::BadSignature));
        let other = SigningKeys::from_seed([8; 32]);
        assert!(matches!(
            verify(&signed, &other.public()),
            Err(Invalid::OtherKey { .. })
        ));
    }
}
