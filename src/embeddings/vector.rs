//! Vectors as stored in `document_embeddings.embedding`: 384 little-endian
//! `f32`s, unit length, so a dot product is a cosine similarity.

/// Dimensions of a vector (all-MiniLM-L6-v2's).
pub const DIMENSIONS: usize = 384;

/// The dot product: the cosine similarity of two unit vectors.
pub fn dot(a: &[f32], b: &[f32]) -> f32 {
    a.iter().zip(b).map(|(x, y)| x * y).sum()
}

/// A vector as stored.
pub fn to_bytes(v: &[f32]) -> Vec<u8> {
    v.iter().flat_map(|x| x.to_le_bytes()).collect()
}

/// The cosine similarity of `query` and a stored vector, without decoding
/// it first; `None` for a stored value of the wrong length.
pub fn similarity(query: &[f32], stored: &[u8]) -> Option<f32> {
    (stored.len() == query.len() * 4).then(|| {
        stored
            .chunks_exact(4)
            .zip(query)
            .map(|(b, q)| f32::from_le_bytes([b[0], b[1], b[2], b[3]]) * q)
            .sum()
    })
}

/// A vector's signature as PostgreSQL reads a `bit(384)` from text: one
/// character per component, `1` where it is negative (its sign bit), as
/// migration 0024's backfill computes it from the stored bytes. Two unit
/// vectors' Hamming distance estimates the angle between them (random
/// hyperplanes, Charikar 2002): the first sieve of a search by meaning.
pub fn signature(v: &[f32]) -> String {
    v.iter()
        .map(|x| if x.is_sign_negative() { '1' } else { '0' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_vectors_compare_as_their_floats() {
        let a: Vec<f32> = (0..DIMENSIONS).map(|i| (i as f32).sin()).collect();
        let b: Vec<f32> = (0..DIMENSIONS).map(|i| (i as f32).cos()).collect();
        let s = similarity(&a, &to_bytes(&b)).expect("right length");
        assert!((s - dot(&a, &b)).abs() < 1e-4);
        assert_eq!(similarity(&a, &[0; 12]), None);
    }

    #[test]
    fn a_signature_is_the_sign_bits_in_order() {
        assert_eq!(signature(&[0.5, -0.25, 0.0, -0.0, -1.0]), "01011");
        let a: Vec<f32> = (0..DIMENSIONS).map(|i| (i as f32).sin()).collect();
        assert_eq!(signature(&a).len(), DIMENSIONS);
    }
}
