use super::*;
use crate::audit::keys::SigningKeys;

fn keys() -> SigningKeys {
    SigningKeys::from_seed([1; 32])
}

fn content(i: u32) -> Content {
    Content {
        id: format!("00000000-0000-0000-0000-{i:012}"),
        user_id: Some("11111111-1111-1111-1111-111111111111".into()),
        action: "read".into(),
        resource_type: "document".into(),
        new_values: Some(format!("{{\"part\": \"file\", \"n\": {i}}}")),
        ip_address: Some("127.0.0.1".into()),
        created_at: format!("2026-12-01 10:00:{:02}.000001", i % 60),
        ..Content::default()
    }
}

fn sealed(contents: Vec<Content>) -> Vec<ChainRow> {
    let mut prev = GENESIS.to_vec();
    contents
        .into_iter()
        .enumerate()
        .map(|(i, c)| {
            let seq = i as i64 + 1;
            let payload = payload_digest(&c).to_vec();
            let digest = content_digest(&c, &payload).to_vec();
            let hash = link(&prev, seq, &digest).to_vec();
            prev = hash.clone();
            ChainRow {
                seq,
                content: c,
                payload_digest: payload,
                digest,
                hash,
                erased: false,
            }
        })
        .collect()
}

fn chain(n: u32) -> Vec<ChainRow> {
    sealed((1..=n).map(content).collect())
}

/// A checkpoint signed at the last of `rows`.
fn checkpoint_at_end(rows: &[ChainRow]) -> Vec<Checkpoint> {
    let Some(last) = rows.iter().max_by_key(|r| r.seq) else {
        return Vec::new();
    };
    let created_at = "2026-12-01 11:00:00".to_owned();
    vec![Checkpoint {
        seq: last.seq,
        hash: last.hash.clone(),
        signature: keys().sign(&checkpoint_message(last.seq, &last.hash, &created_at)),
        created_at,
        key_id: keys().public().key_id(),
    }]
}

fn verify_with(rows: Vec<ChainRow>, high_water: Option<HighWater>) -> Report {
    let checkpoints = checkpoint_at_end(&rows);
    let mut v = Verifier::new(
        checkpoints.iter().map(|c| c.seq),
        keys().public(),
        high_water,
    );
    for r in rows {
        v.row(r);
    }
    v.finish(&checkpoints, 0, None)
}

fn verify(rows: Vec<ChainRow>) -> Report {
    verify_with(rows, None)
}

/// Row 3 of 5 emptied as an erasure leaves it.
fn empty(row: &mut ChainRow) {
    row.content.new_values = Some(TOMBSTONE.into());
    row.content.ip_address = None;
    row.erased = true;
}

/// A chain of 5 rows whose row 5 is an erasure naming place 3 (signed with
/// `by`).
fn with_erasure(by: &SigningKeys) -> Vec<ChainRow> {
    let mut contents: Vec<Content> = (1..=4).map(content).collect();
    let request = "22222222-2222-2222-2222-222222222222";
    let signature = base64::Engine::encode(
        &base64::engine::general_purpose::STANDARD,
        by.sign(&erasure_message(request, &[3])),
    );
    contents.push(Content {
        id: "00000000-0000-0000-0000-000000000005".into(),
        action: "erase".into(),
        resource_type: "subject_request".into(),
        resource_id: Some(request.into()),
        new_values: Some(json!({"emptied_audit_rows": [3], "signature": signature}).to_string()),
        created_at: "2026-12-01 10:00:05.000001".into(),
        ..Content::default()
    });
    sealed(contents)
}

#[test]
fn the_digest_does_not_depend_on_key_order_or_spacing() {
    let a = content(1);
    let mut b = a.clone();
    b.new_values = Some("{\"n\":1,   \"part\":\"file\"}".into());
    assert_eq!(payload_digest(&a), payload_digest(&b));
    b.new_values = Some("{\"n\":2,\"part\":\"file\"}".into());
    assert_ne!(payload_digest(&a), payload_digest(&b));
    // Nested deeper than the JSON parser goes: digested all the same.
    let deep = format!("{}1{}", "[".repeat(200), "]".repeat(200));
    b.new_values = Some(deep);
    let _ = payload_digest(&b);
}

#[test]
fn a_clean_chain_verifies_and_each_tampering_names_its_row() {
    assert!(verify(chain(5)).ok);

    let mut edited = chain(5);
    edited[2].content.action = "delete".into();
    let r = verify(edited);
    assert_eq!(r.problems[0].kind, "edited");
    assert_eq!(r.problems[0].seq, Some(3));

    let mut values = chain(5);
    values[2].content.new_values = Some("{\"part\": \"results\", \"n\": 3}".into());
    let r = verify(values);
    assert_eq!((r.problems[0].kind, r.problems[0].seq), ("edited", Some(3)));

    let mut deleted = chain(5);
    deleted.remove(1);
    let r = verify(deleted);
    assert_eq!(r.problems[0].kind, "deleted");
    assert_eq!(r.problems[0].seq, Some(3), "named at the row after the gap");
    assert!(r.problems[0].message.contains("place 2 is missing"));

    let mut swapped = chain(5);
    swapped.swap(1, 2);
    let (a, b) = (swapped[1].seq, swapped[2].seq);
    swapped[1].seq = b;
    swapped[2].seq = a;
    let r = verify(swapped);
    assert!(!r.ok);
    assert_eq!(r.problems[0].kind, "chain_broken");
    assert_eq!(r.problems[0].seq, Some(2));
}

#[test]
fn an_erasure_signed_by_the_service_may_empty_a_row_and_nothing_else_may() {
    let mut erased = with_erasure(&keys());
    empty(&mut erased[2]);
    let r = verify(erased.clone());
    assert!(r.ok, "{:?}", r.problems);
    assert_eq!(r.erased_rows, 1);

    // The emptied row's other fields are still covered.
    let mut moved = erased.clone();
    moved[2].content.action = "delete".into();
    let r = verify(moved);
    assert_eq!((r.problems[0].kind, r.problems[0].seq), ("edited", Some(3)));
    // Its remains cannot be filled with something else.
    let mut refilled = erased.clone();
    refilled[2].content.new_values = Some("{\"part\": \"file\"}".into());
    let r = verify(refilled);
    assert_eq!((r.problems[0].kind, r.problems[0].seq), ("edited", Some(3)));

    // A row emptied with no erasure naming it.
    let mut unnamed = with_erasure(&keys());
    empty(&mut unnamed[1]);
    let r = verify(unnamed);
    assert_eq!(
        (r.problems[0].kind, r.problems[0].seq),
        ("erased_unrecorded", Some(2))
    );

    // An "erasure" that the service's key did not sign licenses nothing.
    let mut forged = with_erasure(&SigningKeys::from_seed([9; 32]));
    empty(&mut forged[2]);
    let r = verify(forged);
    let kinds: Vec<&str> = r.problems.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, ["erased_unrecorded", "forged_erasure"]);
}

#[test]
fn a_trail_without_a_checkpoint_or_with_a_stuck_sealer_does_not_verify() {
    let rows = chain(3);
    let mut v = Verifier::new([], keys().public(), None);
    for r in rows {
        v.row(r);
    }
    let r = v.finish(&[], 2, Some(600.0));
    let kinds: Vec<&str> = r.problems.iter().map(|p| p.kind).collect();
    assert_eq!(kinds, ["no_checkpoint", "sealer_behind"]);
}

#[test]
fn a_trail_that_no_longer_passes_through_the_service_s_checkpoint_is_rolled_back() {
    let rows = chain(5);
    let at = |seq: usize, rows: &[ChainRow]| HighWater {
        chain_seq: seq as i64,
        chain_hash: crate::auth::tokens::hex(&rows[seq - 1].hash),
        created_at: "2026-12-01 10:00:00".into(),
    };
    let check = |rows: Vec<ChainRow>, hw: HighWater| verify_with(rows, Some(hw));
    assert!(check(rows.clone(), at(4, &rows)).ok);
    // Restored from a backup of 3 rows, then grown again past the place.
    let mut regrown: Vec<Content> = (1..=3).map(content).collect();
    regrown.extend((10..=12).map(content));
    let r = check(sealed(regrown), at(4, &rows));
    assert_eq!(r.problems[0].kind, "rolled_back");
    // Cut short before it.
    let r = check(rows[..2].to_vec(), at(4, &rows));
    assert_eq!(r.problems[0].kind, "rolled_back");
}

#[test]
fn a_deleted_row_that_a_checkpoint_signed_is_named_deleted_not_truncated() {
    // The first checkpoint happened to be signed at place 3, the row then
    // deleted; the chain goes on to place 5.
    let mut rows = chain(5);
    let checkpoints = checkpoint_at_end(&rows[..3]);
    rows.remove(2);
    let mut v = Verifier::new(checkpoints.iter().map(|c| c.seq), keys().public(), None);
    for r in rows {
        v.row(r);
    }
    let report = v.finish(&checkpoints, 0, None);
    assert!(!report.ok);
    assert_eq!(report.problems[0].kind, "deleted", "{:?}", report.problems);
    assert_eq!(report.problems[0].seq, Some(3));
    assert!(report.problems[0].message.contains("place 3 is missing"));
    assert!(report.problems.iter().all(|p| p.kind != "truncated"));
}
