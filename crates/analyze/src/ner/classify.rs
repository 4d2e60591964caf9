//! Deciding what one capitalised run is (PERSON, ORGANIZATION, LOCATION or
//! nothing) from its words and their context.

use super::addresses::{address_place, is_street, unit_line_before};
use super::clues::{
    email_matches, label_before, org_context, person_context, signature_line, title_before,
};
use super::places::{prep_before, toponym};
use super::runs::RunCtx;
use super::tokenize::Ctx;
use super::words::{STRONG_PREPS, is_common, is_first_name, is_place, is_place_strict, is_surname};
use super::{push, span};
use crate::gazetteer::GAZ;
use crate::{Candidate, EntityType};

pub(super) fn classify(
    c: &Ctx<'_>,
    words: &[usize],
    end: usize,
    rc: RunCtx,
    out: &mut Vec<Candidate>,
) {
    let first = words[0];
    let last = *words.last().unwrap_or(&first);
    let (s, e) = span(c, words);
    let k0 = c.key(first);
    let kl = c.key(last);
    let multi = words.len() >= 2;
    let run_key = c.run_key(words);
    let sent = c.sentence_start(first);
    let title = title_before(c, first);
    let label = label_before(c, first);
    let fn0 = is_first_name(k0);
    let sn_last = multi && is_surname(kl);
    let greeting = rc.greeting;

    if is_street(c, words, end) || (unit_line_before(c, first) && !title) {
        return;
    }
    if let Some(ty) = label {
        let score = if ty == EntityType::Person && !multi && !fn0 {
            0.6
        } else {
            0.8
        };
        push(out, ty, s, e, score, "label");
        return;
    }
    if title {
        // up to four name words
        let take = words.len().min(4);
        let (s2, e2) = span(c, &words[..take]);
        push(out, EntityType::Person, s2, e2, 0.85, "title");
        return;
    }
    let sig = signature_line(c, first, end);
    if !multi && fn0 && !is_common(k0) && (greeting || sig) {
        push(out, EntityType::Person, s, e, 0.75, "given_name");
        return;
    }
    let place = is_place(&run_key);
    let person_name = multi && fn0 && (sn_last || !is_common(k0));
    if words.len() <= 3 && !person_name && place.is_none() && org_context(c, first) {
        push(out, EntityType::Organization, s, e, 0.65, "org_context");
        return;
    }
    // hyphenated surname pair as a firm: "Miller-Davis"
    if !multi && k0.contains('-') && place.is_none() {
        let parts: Vec<&str> = k0.split('-').collect();
        let prev_first = first > 0
            && c.is_cap(first - 1)
            && c.same_line(first)
            && is_first_name(c.key(first - 1));
        let known = |p: &&str| GAZ.surnames.contains(p) || GAZ.first_names.contains(p);
        if parts.len() == 2
            && parts.iter().all(known)
            && parts.iter().any(|p| GAZ.surnames.contains(p))
            && !parts
                .iter()
                .all(|p| GAZ.first_names.contains(p) && !GAZ.surnames.contains(p))
            && !prev_first
            && !person_context(c, first)
        {
            push(out, EntityType::Organization, s, e, 0.6, "org_hyphen");
            return;
        }
    }
    let addr = address_place(c, first, end);
    let prep = prep_before(c, first);

    if addr && (place.is_some() || toponym(c, words) || !fn0 || !sn_last) {
        push(out, EntityType::Location, s, e, 0.85, "address");
        return;
    }
    if let Some(p) = place
        && !person_name
    {
        let country =
            GAZ.countries.contains(run_key.as_str()) || GAZ.regions.contains(run_key.as_str());
        let common = is_common(&run_key);
        let ambiguous_name = !multi && (fn0 || GAZ.surnames.contains(run_key.as_str()));
        if prep || country && !common {
            push(out, EntityType::Location, s, e, p + 0.15, "gazetteer");
            return;
        }
        if !(common || rc.trimmed_noun || sent && ambiguous_name) {
            let score = if ambiguous_name { 0.45 } else { p };
            push(out, EntityType::Location, s, e, score, "gazetteer");
            if !ambiguous_name {
                return;
            }
        }
    }
    // people
    if multi && fn0 {
        let k1 = c.key(words[1]);
        if !is_common(k0) || sn_last || (!is_common(k1) && !sent) {
            let mut score: f64 = if sn_last { 0.85 } else { 0.7 };
            if words.len() > 4 {
                score -= 0.2;
            }
            let take = words.len().min(4);
            let (s2, e2) = span(c, &words[..take]);
            push(out, EntityType::Person, s2, e2, score, "given_name");
            return;
        }
    }
    if !multi && fn0 && !is_common(k0) {
        let score = if person_context(c, first) {
            0.65
        } else if sent {
            0.42
        } else {
            0.55
        };
        push(out, EntityType::Person, s, e, score, "given_name");
        return;
    }
    let plain = words.iter().all(|&w| {
        let k = c.key(w);
        !is_common(k) && !is_place_strict(k)
    });
    if multi && words.len() <= 3 && plain && email_matches(c, words, end) {
        push(out, EntityType::Person, s, e, 0.7, "email_match");
        return;
    }
    if toponym(c, words) {
        let score = if prep { 0.65 } else { 0.45 };
        push(out, EntityType::Location, s, e, score, "toponym");
        return;
    }
    if multi && words.len() <= 3 && plain && person_context(c, first) && !rc.trimmed_noun {
        push(out, EntityType::Person, s, e, 0.6, "person_context");
        return;
    }
    if words.len() == 2 && !sent && sn_last && plain && !rc.trimmed_noun {
        push(out, EntityType::Person, s, e, 0.5, "surname");
        return;
    }
    if greeting && !multi && !is_common(k0) {
        push(out, EntityType::Person, s, e, 0.5, "greeting");
        return;
    }
    if multi && words.len() <= 3 && sig && plain {
        push(out, EntityType::Person, s, e, 0.6, "signature");
        return;
    }
    if !multi
        && plain
        && first > 0
        && c.same_line(first)
        && c.lower_in(first - 1, STRONG_PREPS)
        && !is_surname(k0)
    {
        push(out, EntityType::Location, s, e, 0.5, "preposition");
        return;
    }
    // two unknown words mid-sentence are a weak person guess
    if words.len() == 2 && !sent && plain && !rc.trimmed_noun {
        push(out, EntityType::Person, s, e, 0.35, "capitalised");
    }
    // Countries inside a longer unknown run ("Rechnung Deutschland").
    if multi {
        for &w in &words[1..] {
            let k = c.key(w);
            if is_place_strict(k) && !is_common(k) && !is_first_name(k) {
                let (a, b) = span(c, &[w]);
                push(out, EntityType::Location, a, b, 0.6, "gazetteer");
            }
        }
    }
}
