//! End-to-end tests of `analyze` and `redact` on real sentences.
#![allow(clippy::unwrap_used)]

use super::*;

fn a(text: &str) -> Analysis {
    analyze(text, &Options::default())
}

fn ents(text: &str, ty: EntityType) -> Vec<Entity> {
    a(text)
        .entities
        .into_iter()
        .filter(|e| e.entity_type == ty)
        .collect()
}

fn texts(text: &str, ty: EntityType) -> Vec<String> {
    ents(text, ty).into_iter().map(|e| e.text).collect()
}

/// Every entity's offsets are char offsets that select its text.
fn check_offsets(text: &str, analysis: &Analysis) {
    for e in &analysis.entities {
        let sel: String = text.chars().skip(e.start).take(e.end - e.start).collect();
        assert_eq!(sel, e.text, "{e:?}");
    }
}

#[test]
fn email_positive_negative() {
    let t = "Please write to anna.schmidt+billing@example.co.uk or call.";
    let e = ents(t, EntityType::Email);
    assert_eq!(e.len(), 1);
    assert_eq!(e[0].text, "anna.schmidt+billing@example.co.uk");
    assert!(e[0].validated);
    assert!(
        texts(
            "The file is named report@final and v2@3.",
            EntityType::Email
        )
        .is_empty()
    );
}

#[test]
fn phone_positive_negative() {
    let t = "Call me on +49 30 901820 or at (212) 555-0143 tomorrow. Tel.: 020 7946 0958";
    let p = texts(t, EntityType::Phone);
    assert!(p.contains(&"+49 30 901820".to_owned()), "{p:?}");
    assert!(p.contains(&"(212) 555-0143".to_owned()), "{p:?}");
    assert!(p.contains(&"020 7946 0958".to_owned()), "{p:?}");
    let n = "Chrome 125.0.6438.108 shipped; order #4839201765 and build 12.0.16554.3841 too.";
    assert!(
        texts(n, EntityType::Phone).is_empty(),
        "{:?}",
        texts(n, EntityType::Phone)
    );
    let v = ents("Phone: +44 20 7946 0958", EntityType::Phone);
    assert!(v[0].validated, "{v:?}");
}

#[test]
fn credit_card_luhn() {
    let t = "Paid with card 4111 1111 1111 1111 on Monday.";
    let c = ents(t, EntityType::CreditCard);
    assert_eq!(c.len(), 1);
    assert_eq!(c[0].text, "4111 1111 1111 1111");
    assert!(c[0].validated);
    assert!(c[0].score > 0.9, "context raises the score: {c:?}");
    // one digit off: fails Luhn, not reported, and no phone inside it either
    let bad = a("The card 4111 1111 1111 1112 was declined.");
    assert!(bad.entities.is_empty(), "{:?}", bad.entities);
    assert_eq!(
        texts("Amex 378282246310005 on file", EntityType::CreditCard),
        ["378282246310005"]
    );
}

#[test]
fn iban_mod97() {
    let t = "Bitte überweisen Sie auf IBAN DE89 3704 0044 0532 0130 00 bis Freitag.";
    let i = ents(t, EntityType::Iban);
    assert_eq!(i.len(), 1);
    assert_eq!(i[0].text, "DE89 3704 0044 0532 0130 00");
    assert!(i[0].validated);
    assert_eq!(
        texts("IBAN GB82WEST12345698765432.", EntityType::Iban),
        ["GB82WEST12345698765432"]
    );
    let bad = a("IBAN DE88 3704 0044 0532 0130 00 is wrong.");
    assert!(
        bad.entities
            .iter()
            .all(|e| e.entity_type != EntityType::Iban && e.entity_type != EntityType::Phone),
        "{:?}",
        bad.entities
    );
}

#[test]
fn ip_addresses() {
    let t = "Login from 192.168.1.20 and from 2001:db8::8a2e:370:7334 failed.";
    let ips = texts(t, EntityType::IpAddress);
    assert_eq!(ips, ["192.168.1.20", "2001:db8::8a2e:370:7334"]);
    assert!(ents(t, EntityType::IpAddress).iter().all(|e| e.validated));
    let n = "Values 999.1.1.1, version 1.2.3.4.5, time 10:30:45 and firmware 4.2.1.7 are not addresses.";
    assert!(
        texts(n, EntityType::IpAddress).is_empty(),
        "{:?}",
        texts(n, EntityType::IpAddress)
    );
}

#[test]
fn urls() {
    let t = "See https://example.com/docs?id=3, www.example.org and smith-jones.com for details.";
    assert_eq!(
        texts(t, EntityType::Url),
        [
            "https://example.com/docs?id=3",
            "www.example.org",
            "smith-jones.com"
        ]
    );
    assert!(texts("Use report.pdf and e.g. Node.js here.", EntityType::Url).is_empty());
}

#[test]
fn us_ssn() {
    let t = "Her social security number is 536-22-1987.";
    let s = ents(t, EntityType::UsSsn);
    assert_eq!(s.len(), 1);
    assert!(s[0].validated && s[0].score > 0.9);
    for bad in [
        "SSN 000-12-3456",
        "SSN 666-12-3456",
        "SSN 912-12-3456",
        "SSN 123-00-4567",
        "SSN 123-45-0000",
    ] {
        assert!(texts(bad, EntityType::UsSsn).is_empty(), "{bad}");
    }
}

#[test]
fn dates_and_money() {
    let t = "Signed on 2024-02-29 and on March 5, 2023; due 31.12.2025. Total: $1,234.56 or 99,00 € each.";
    assert_eq!(
        texts(t, EntityType::Date),
        ["2024-02-29", "March 5, 2023", "31.12.2025"]
    );
    assert_eq!(texts(t, EntityType::Money), ["$1,234.56", "99,00 €"]);
    assert!(texts("Not a date: 2023-02-30.", EntityType::Date).is_empty());
}

#[test]
fn names_orgs_places() {
    let t =
        "Yesterday Dr. Anna Schmidt from Textor GmbH & Co. KG met John Miller in Berlin, Germany.";
    let an = a(t);
    let got: Vec<(EntityType, &str)> = an
        .entities
        .iter()
        .map(|e| (e.entity_type, e.text.as_str()))
        .collect();
    for want in [
        (EntityType::Person, "Anna Schmidt"),
        (EntityType::Organization, "Textor GmbH & Co. KG"),
        (EntityType::Person, "John Miller"),
        (EntityType::Location, "Berlin"),
        (EntityType::Location, "Germany"),
    ] {
        assert!(got.contains(&want), "{want:?} missing from {got:?}");
    }
    // capitalised words that are not names
    let n =
        "Please review the Quarterly Business Review and the Service Level Agreement on Monday.";
    let got = a(n).entities;
    assert!(
        got.iter()
            .all(|e| !matches!(e.entity_type, EntityType::Person | EntityType::Location)),
        "{got:?}"
    );
    assert_eq!(
        texts(
            "Counsel: Pham, Garza and Garcia represent Grenier S.A.R.L. in Lyon.",
            EntityType::Organization
        ),
        ["Pham, Garza and Garcia", "Grenier S.A.R.L."]
    );
}

#[test]
fn offsets_are_char_offsets() {
    let t = "Zürich — ümlaut façade naïve 東京: email a@b.de, Tel. +41 44 668 18 00, Frau Müller in Genève.";
    let an = a(t);
    check_offsets(t, &an);
    let e = an
        .entities
        .iter()
        .find(|e| e.entity_type == EntityType::Email)
        .unwrap();
    assert_eq!(e.text, "a@b.de");
    assert_eq!(e.start, t[..t.find("a@b.de").unwrap()].chars().count());
    assert!(
        an.entities
            .iter()
            .any(|e| e.entity_type == EntityType::Person && e.text == "Müller")
    );
}

#[test]
fn allow_and_deny_lists() {
    let t = "Contact support@acme.example or jane@acme.example about Project Falcon.";
    let opts = Options {
        allow_list: vec!["Support@Acme.example".into()],
        deny_list: vec![DenyEntry {
            text: "Project Falcon".into(),
            entity_type: EntityType::Organization,
        }],
        ..Options::default()
    };
    let an = analyze(t, &opts);
    let got: Vec<(EntityType, &str, &str)> = an
        .entities
        .iter()
        .map(|e| (e.entity_type, e.text.as_str(), e.recognizer.as_str()))
        .collect();
    assert!(
        !got.iter().any(|g| g.1 == "support@acme.example"),
        "{got:?}"
    );
    assert!(
        got.contains(&(EntityType::Email, "jane@acme.example", "email")),
        "{got:?}"
    );
    assert!(
        got.contains(&(EntityType::Organization, "Project Falcon", "deny_list")),
        "{got:?}"
    );
    check_offsets(t, &an);
}

#[test]
fn deny_list_matches_stay_in_place_when_lower_casing_changes_byte_lengths() {
    let deny = |text: &str| Options {
        deny_list: vec![DenyEntry {
            text: text.into(),
            entity_type: EntityType::Organization,
        }],
        ..Options::default()
    };
    let denied = |t: &str, opts: &Options| -> Vec<(String, usize)> {
        let an = analyze(t, opts);
        check_offsets(t, &an);
        an.entities
            .into_iter()
            .filter(|e| e.recognizer == "deny_list")
            .map(|e| (e.text, e.start))
            .collect()
    };
    // `Ⱥ` grows by a byte when lower-cased and `ẞ` shrinks by one: the
    // lower-cased text was as long as the text but shifted, and its match
    // for "Acme Corp" was reported as "Corp, Inc", leaving the name.
    let t = "ȺȺȺȺȺ Acme Corp, Inc. ẞẞẞẞẞ";
    assert_eq!(denied(t, &deny("acme corp")), [("Acme Corp".to_owned(), 6)]);
    // A single `İ` (Turkish) made the whole text case-sensitive.
    let t = "İstanbul office of ACME CORP";
    assert_eq!(
        denied(t, &deny("Acme Corp")),
        [("ACME CORP".to_owned(), 19)]
    );
    // A final sigma matches a capital one.
    let t = "Ο ΟΔΥΣΣΕΥΣ και ο Οδυσσευς";
    assert_eq!(
        denied(t, &deny("ΟΔΥΣΣΕΥΣ")),
        [("ΟΔΥΣΣΕΥΣ".to_owned(), 2), ("Οδυσσευς".to_owned(), 17)]
    );
}

#[test]
fn redaction_removes_requested_types() {
    let t = "Anna Schmidt (anna@example.org, +49 30 901820) paid with 4111-1111-1111-1111 in Köln — danke.";
    let an = a(t);
    let types = [
        EntityType::Email,
        EntityType::Phone,
        EntityType::CreditCard,
        EntityType::Person,
    ];
    let out = redact(t, &an.entities, &types);
    for e in an
        .entities
        .iter()
        .filter(|e| types.contains(&e.entity_type))
    {
        assert!(!out.contains(&e.text), "{} still in {out}", e.text);
    }
    assert!(
        out.contains("[EMAIL]")
            && out.contains("[PHONE]")
            && out.contains("[CREDIT_CARD]")
            && out.contains("[PERSON]"),
        "{out}"
    );
    assert!(out.contains("Köln — danke."), "{out}");
    // overlapping spans are merged; out-of-range spans ignored
    let spans = vec![
        Entity {
            entity_type: EntityType::Person,
            text: "Anna Schmidt".into(),
            start: 0,
            end: 12,
            score: 1.0,
            recognizer: "t".into(),
            validated: false,
        },
        Entity {
            entity_type: EntityType::Person,
            text: "Schmidt (a".into(),
            start: 5,
            end: 15,
            score: 1.0,
            recognizer: "t".into(),
            validated: false,
        },
        Entity {
            entity_type: EntityType::Email,
            text: "x".into(),
            start: 900,
            end: 901,
            score: 1.0,
            recognizer: "t".into(),
            validated: false,
        },
    ];
    assert!(
        redact(t, &spans, &[]).starts_with("[PERSON]nna@example.org"),
        "{}",
        redact(t, &spans, &[])
    );
}

#[test]
fn risk_levels() {
    assert_eq!(
        a("The weather is nice today and the meeting went well.")
            .summary
            .pii_risk,
        RiskLevel::None
    );
    let low = a("We visited Berlin in spring.");
    assert_eq!(
        low.summary.pii_risk,
        RiskLevel::Low,
        "{}",
        low.summary.risk_rule
    );
    let med = a("Write to jane@example.org for details.");
    assert_eq!(med.summary.pii_risk, RiskLevel::Medium);
    let high = a("Card 4111 1111 1111 1111 was charged.");
    assert_eq!(high.summary.pii_risk, RiskLevel::High);
    assert!(
        high.summary
            .risk_rule
            .starts_with("high: 1+ validated CREDIT_CARD/IBAN/US_SSN")
    );
    assert_eq!(high.summary.counts[&EntityType::CreditCard], 1);
    let health = a("Patient John Miller was diagnosed with diabetes last year.");
    assert_eq!(
        health.summary.pii_risk,
        RiskLevel::High,
        "{}",
        health.summary.risk_rule
    );
}

#[test]
fn special_categories() {
    let t = "He is a trade union member, a practising Catholic, and was convicted in 2019. \
             His diabetes and DIABETES medication... Gay rights. Not: unionized, catholicon.";
    let s = a(t).summary.special_categories;
    let cats: Vec<SpecialCategory> = s.iter().map(|c| c.category).collect();
    assert_eq!(
        cats,
        [
            SpecialCategory::Health,
            SpecialCategory::Religion,
            SpecialCategory::UnionMembership,
            SpecialCategory::SexualOrientation,
            SpecialCategory::CriminalRecords
        ]
    );
    let health = &s[0];
    assert_eq!(
        health.terms[0],
        TermCount {
            term: "diabetes".into(),
            count: 2
        }
    );
    assert_eq!(s[1].count, 1, "catholicon is not catholic");
}

#[test]
fn languages() {
    let en = a(
        "The quick brown fox jumps over the lazy dog while the children are playing in the garden.",
    );
    assert_eq!(en.language.as_ref().unwrap().code, "en");
    let de = a(
        "Die Rechnung wurde gestern an den Kunden geschickt und wir warten noch auf die Zahlung.",
    );
    assert_eq!(de.language.as_ref().unwrap().code, "de");
    let fr = a("La facture a été envoyée hier au client et nous attendons toujours le paiement.");
    assert_eq!(fr.language.as_ref().unwrap().code, "fr");
    let es = a(
        "La factura fue enviada ayer al cliente y todavía estamos esperando el pago de la empresa.",
    );
    assert_eq!(es.language.as_ref().unwrap().code, "es");
    for l in [&en, &de, &fr, &es] {
        let code = &l.language.as_ref().unwrap().code;
        assert!(code.len() == 2 && code.bytes().all(|b| b.is_ascii_lowercase()));
    }
    let en_p = "The board approved the annual budget after a long discussion about the costs of the new office. ".repeat(3);
    let de_p = "Der Vorstand hat das Budget nach einer langen Diskussion über die Kosten des neuen Büros genehmigt. ".repeat(3);
    let mixed = a(&format!("{en_p}\n\n{de_p}\n\n{en_p}"));
    let shares: Vec<(&str, f64)> = mixed
        .languages
        .iter()
        .map(|s| (s.code.as_str(), s.share))
        .collect();
    assert_eq!(shares.len(), 2, "{shares:?}");
    assert_eq!(shares[0].0, "en");
    assert!(
        (shares[0].1 - 0.66).abs() < 0.05 && shares[1].0 == "de",
        "{shares:?}"
    );
    assert!(mixed.notes.iter().any(|n| n.starts_with("mixed-language")));
    let short = a("ok");
    assert!(short.language.is_none());
    assert!(short.notes.iter().any(|n| n.contains("too short")));
}

#[test]
fn sentiment() {
    let pos = a("I love this product. The support team was wonderful and very helpful!").sentiment;
    assert!(pos.covered);
    assert_eq!(pos.label, Some(SentimentLabel::Positive));
    assert!(pos.score.unwrap() > 0.6);
    let neg = a(
        "This is the worst service I have ever had. The staff were rude and the product is broken.",
    )
    .sentiment;
    assert_eq!(neg.label, Some(SentimentLabel::Negative));
    assert!(neg.score.unwrap() < 0.4);
    let neu =
        a("The meeting is scheduled for Tuesday at the main office on the second floor.").sentiment;
    assert_eq!(neu.label, Some(SentimentLabel::Neutral));
    let s = neu.scores.unwrap();
    assert!((s.negative + s.neutral + s.positive - 1.0).abs() < 0.01);
    let de = a("Ich liebe dieses Produkt, der Kundenservice war wunderbar und sehr hilfsbereit.");
    assert!(de.sentiment.covered);
    assert_eq!(de.sentiment.label, Some(SentimentLabel::Positive));
    assert!(de.sentiment.lexicon.as_ref().unwrap().contains("German"));
    let it =
        a("Adoro questo prodotto, il servizio clienti è stato meraviglioso e molto disponibile.");
    assert_eq!(it.sentiment.label, Some(SentimentLabel::Positive));
    assert!(it.sentiment.lexicon.as_ref().unwrap().contains("Italian"));
    let nl =
        a("Ik ben zeer teleurgesteld: de levering was te laat en niemand reageert op mijn mails.");
    assert_eq!(nl.sentiment.label, Some(SentimentLabel::Negative));
    assert!(nl.sentiment.lexicon.as_ref().unwrap().contains("Dutch"));
    let pt = a("Adoro este produto, o atendimento ao cliente foi maravilhoso e muito prestativo.");
    assert!(!pt.sentiment.covered);
    assert!(pt.sentiment.reason.as_ref().unwrap().contains("'pt'"));
    assert!(
        pt.notes
            .iter()
            .any(|n| n.starts_with("sentiment not covered"))
    );
}

#[test]
fn tokens_and_metadata() {
    let t = "Hello world! This is OpenComplai, and the report is ready for the team.";
    let an = a(t);
    assert_eq!(
        an.token_count,
        tiktoken_rs::cl100k_base_singleton()
            .encode_ordinary(t)
            .len()
    );
    assert!((0.0..=1.0).contains(&an.confidence));
    assert!(VERSION.starts_with("analyze-"));
    let j = an.analysis_results_json();
    assert!(j["summary"]["pii_risk"].is_string());
    assert!(j["sentiment"]["label"].is_string());
    let v = serde_json::to_value(&an).unwrap();
    assert!(v["entities"].is_array());
    let e = serde_json::to_value(ents("mail a@b.de", EntityType::Email)).unwrap();
    assert_eq!(e[0]["type"], "EMAIL");
}

#[test]
fn entity_type_from_str() {
    assert_eq!("email".parse::<EntityType>().unwrap(), EntityType::Email);
    assert_eq!(
        "Credit-Card".parse::<EntityType>().unwrap(),
        EntityType::CreditCard
    );
    assert_eq!("US_SSN".parse::<EntityType>().unwrap(), EntityType::UsSsn);
    assert_eq!(
        "ip_address".parse::<EntityType>().unwrap(),
        EntityType::IpAddress
    );
    assert_eq!(
        "passport".parse::<EntityType>().unwrap(),
        EntityType::Passport
    );
    assert_eq!("bsn".parse::<EntityType>().unwrap(), EntityType::NlBsn);
    assert!("driver_licence".parse::<EntityType>().is_err());
    for t in EntityType::ALL {
        assert_eq!(t.as_str().parse::<EntityType>().unwrap(), t);
        assert_eq!(serde_json::to_value(t).unwrap(), t.as_str());
    }
}

#[test]
fn max_chars_truncates() {
    let t = "Mail a@b.de now. ".repeat(10);
    let an = analyze(
        &t,
        &Options {
            max_chars: Some(20),
            ..Options::default()
        },
    );
    assert!(an.truncated && an.chars == 20);
    assert_eq!(an.entities.len(), 1);
    assert!(an.notes.iter().any(|n| n.contains("truncated")));
}

#[test]
fn entities_after_the_analysed_part_are_found_in_chunks_with_whole_offsets() {
    // Emails every ~1,300 characters, some across chunk edges, with
    // multi-byte characters around so bytes and characters differ.
    let mut text = String::new();
    let mut expected = Vec::new();
    for i in 0..60 {
        text.push_str(&"é filler words here ".repeat(60 + i % 7));
        let email = format!("person{i}@example.org");
        let start = text.chars().count();
        text.push_str(&email);
        expected.push((start, email));
        text.push(' ');
    }
    let from = 20_000;
    let found = entities_after(&text, from, 2_500, Some("en"), &Options::default());
    let chars: Vec<char> = text.chars().collect();
    let emails: Vec<(usize, String)> = found
        .iter()
        .filter(|e| e.entity_type == EntityType::Email)
        .map(|e| {
            let at: String = chars[e.start..e.end].iter().collect();
            assert_eq!(at, e.text, "offsets select the entity");
            (e.start, e.text.clone())
        })
        .collect();
    let wanted: Vec<(usize, String)> = expected
        .into_iter()
        .filter(|(start, e)| start + e.chars().count() > from)
        .collect();
    assert_eq!(emails, wanted, "each email after `from` once");
}

/// Arbitrary input never panics and offsets always select the entity text.
#[test]
fn never_panics_on_odd_input() {
    let pieces = [
        "€", "ß", "東", "🎉", "\u{301}", " ", "\n", "\t", "1", "9", "0", "+", "-", ".", ",", "@",
        ":", "/", "(", ")", "#", "'", "’", "A", "Z", "a", "x", "DE", "GB", "IBAN ", "Tel ", "Dr. ",
        "Mr ", "GmbH", "Inc.", " & ", "and ", "Anna ", "Müller", "Berlin", "rue ", "Straße ",
        "4111", "1111 ", "http://", "www.", ".com", "::", "e.V.", "S.A.", "12345 ", ", IL ",
        "SW1A 1AA",
    ];
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    for _ in 0..400 {
        let mut s = String::new();
        for _ in 0..60 {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            s.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let an = a(&s);
        check_offsets(&s, &an);
        let all: Vec<EntityType> = EntityType::ALL.to_vec();
        let _ = redact(&s, &an.entities, &all);
    }
}

#[test]
fn total_order_key_orders_as_total_cmp() {
    let xs = [
        f64::NEG_INFINITY,
        -1.0,
        -0.0,
        0.0,
        0.25,
        0.6,
        1.0,
        f64::INFINITY,
        f64::NAN,
        -f64::NAN,
    ];
    for a in xs {
        for b in xs {
            assert_eq!(
                super::total_order_key(a).cmp(&super::total_order_key(b)),
                a.total_cmp(&b),
                "{a} {b}"
            );
        }
    }
}
