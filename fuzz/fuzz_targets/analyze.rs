#![no_main]
//! The analyzer on any text (the input, lossily UTF-8): `analyze` under
//! options chosen by the first three bytes, then the chunked path that
//! redaction uses for text past `max_chars` (`entities_after`, with the
//! smallest chunk so a few kilobytes span several chunks), then `redact`.
//! Besides panics and hangs it checks what the entities promise: character
//! offsets inside the text whose characters are the entity's text.
use libfuzzer_sys::fuzz_target;
use opencomplai_analyze::{
    DEFAULT_MIN_SCORE, DenyEntry, Entity, EntityType, Options, analyze, entities_after, redact,
};

fuzz_target!(|data: &[u8]| {
    let (ctl, body) = match data {
        [a, b, c, rest @ ..] => ([*a, *b, *c], rest),
        _ => ([0; 3], data),
    };
    let text = String::from_utf8_lossy(body);
    let chars: Vec<char> = text.chars().collect();
    let mut words = text.split_whitespace();
    let mut options = Options {
        min_score: if ctl[0] & 8 != 0 {
            0.0
        } else {
            DEFAULT_MIN_SCORE
        },
        ..Options::default()
    };
    if ctl[0] & 1 != 0 {
        options.max_chars = Some(usize::from(ctl[1]) * 8);
    }
    if ctl[0] & 2 != 0
        && let Some(w) = words.next()
    {
        let ty = EntityType::ALL[usize::from(ctl[0] >> 4) % EntityType::ALL.len()];
        options.deny_list.push(DenyEntry {
            text: w.to_owned(),
            entity_type: ty,
        });
    }
    if ctl[0] & 4 != 0
        && let Some(w) = words.next()
    {
        options.allow_list.push(w.to_owned());
    }

    let a = analyze(&text, &options);
    assert!(a.chars <= chars.len());
    check(&chars, &a.entities, &options);
    let lang = a.language.as_ref().map(|l| l.code.as_str());
    // As the pipeline does for a truncated analysis, or from a point the
    // input chooses.
    let from = if a.truncated {
        a.chars
    } else {
        usize::from(ctl[2]) * 16 % (chars.len() + 1)
    };
    let rest = entities_after(&text, from, 1, lang, &options);
    check(&chars, &rest, &options);
    assert!(
        rest.iter().all(|e| e.end > from),
        "entities_after returned one ending before {from}"
    );
    let mut all = a.entities;
    all.extend(rest);
    let _ = redact(&text, &all, &[]);
    let _ = redact(&text, &all, &[EntityType::Email, EntityType::Person]);
});

fn check(chars: &[char], entities: &[Entity], options: &Options) {
    for e in entities {
        assert!(
            e.start < e.end && e.end <= chars.len(),
            "offsets out of the text: {e:?}"
        );
        let at: String = chars[e.start..e.end].iter().collect();
        assert_eq!(
            at, e.text,
            "the entity's text is not the text at its offsets"
        );
        if e.recognizer == "deny_list" {
            assert!(
                options
                    .deny_list
                    .iter()
                    .any(|d| d.text.trim().to_lowercase() == e.text.to_lowercase()
                        || d.text.trim() == e.text),
                "a deny-list entity that is not a deny-list entry: {e:?}"
            );
        }
    }
}
