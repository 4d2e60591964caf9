//! European national identifiers, passports and postal addresses through
//! the public `analyze`, over a small multilingual sample: valid values are
//! found with character offsets into the text as given, invalid ones and
//! look-alikes (order numbers, phone numbers, dates, invoice ids) are not,
//! and the summary and redaction know the new types.

use opencomplai_analyze::{EntityType, Options, RiskLevel, analyze, redact};

/// (text, the entities of the new types it must report as (type, text)).
const SAMPLE: &[(&str, &[(EntityType, &str)])] = &[
    (
        "Sehr geehrte Frau Müller, Ihre Steuer-ID lautet 86095742719. Bitte senden Sie \
         die Unterlagen an Musterstraße 12, 10115 Berlin. Reisepass-Nr.: C01X00T47.",
        &[
            (EntityType::DeTaxId, "86095742719"),
            (EntityType::Address, "Musterstraße 12, 10115 Berlin"),
            (EntityType::Passport, "C01X00T47"),
        ],
    ),
    (
        "Madame, votre numéro de sécurité sociale 1 85 05 78 006 084 91 est enregistré. \
         Adresse : 12 rue de la Paix, 75002 Paris. N° de passeport : 12AB34567.",
        &[
            (EntityType::FrNir, "1 85 05 78 006 084 91"),
            (EntityType::Address, "12 rue de la Paix, 75002 Paris"),
            (EntityType::Passport, "12AB34567"),
        ],
    ),
    (
        "Estimado cliente: su DNI 12345678Z y el NIE X1234567L de su cónyuge constan en \
         el expediente. Domicilio: Calle Mayor 5, 28013 Madrid.",
        &[
            (EntityType::EsNif, "12345678Z"),
            (EntityType::EsNie, "X1234567L"),
            (EntityType::Address, "Calle Mayor 5, 28013 Madrid"),
        ],
    ),
    (
        "Gentile cliente, il suo codice fiscale RSSMRA85T10A562S risulta registrato. \
         Residenza: Via Roma 10, 00184 Roma. Passaporto n. YA1234567.",
        &[
            (EntityType::ItFiscalCode, "RSSMRA85T10A562S"),
            (EntityType::Address, "Via Roma 10, 00184 Roma"),
            (EntityType::Passport, "YA1234567"),
        ],
    ),
    (
        "Beste klant, uw BSN 111222333 is bekend. Ons adres: Kerkstraat 1, 1017 GB Amsterdam.",
        &[
            (EntityType::NlBsn, "111222333"),
            (EntityType::Address, "Kerkstraat 1, 1017 GB Amsterdam"),
        ],
    ),
    (
        "Dear Mr Smith, your National Insurance number AB 12 34 56 C is on file. Please write \
         to 10 Downing Street, London SW1A 2AA. Passport number: 123456789.",
        &[
            (EntityType::UkNino, "AB 12 34 56 C"),
            (EntityType::Address, "10 Downing Street, London SW1A 2AA"),
            (EntityType::Passport, "123456789"),
        ],
    ),
    // invalid check digits and look-alikes: none of the new types
    (
        "Steuer-ID 86095742718, Bestellnummer 86095742719, Rechnung 2024-000123, \
         Tel. +49 30 12345678, Datum 12.03.2024.",
        &[],
    ),
    (
        "NIR 1 85 05 78 006 084 92, commande 185057800608400, facture F-2024-0042.",
        &[],
    ),
    (
        "DNI 12345678A, NIE X1234567A, pedido 87654321-B, teléfono 612 345 678.",
        &[],
    ),
    (
        "Codice fiscale RSSMRA85T10A562T, ordine n. 2024/00123, tel. 06 1234 5678.",
        &[],
    ),
    (
        "BSN 123456789, ordernummer 123456782, bel 020 123 4567.",
        &[],
    ),
    (
        "NINO QQ 12 34 56 C, GB123456A, order AB123456E, boarding pass BA1234567.",
        &[],
    ),
];

/// Types added by this work: the others are checked by the accuracy test.
const NEW_TYPES: [EntityType; 9] = [
    EntityType::DeTaxId,
    EntityType::FrNir,
    EntityType::EsNif,
    EntityType::EsNie,
    EntityType::ItFiscalCode,
    EntityType::NlBsn,
    EntityType::UkNino,
    EntityType::Passport,
    EntityType::Address,
];

#[test]
fn valid_identifiers_and_addresses_are_found_and_look_alikes_are_not() {
    for &(text, want) in SAMPLE {
        let a = analyze(text, &Options::default());
        let got: Vec<(EntityType, &str)> = a
            .entities
            .iter()
            .filter(|e| NEW_TYPES.contains(&e.entity_type))
            .map(|e| (e.entity_type, e.text.as_str()))
            .collect();
        assert_eq!(got, want, "in {text:?}");
    }
}

#[test]
fn offsets_count_characters_of_the_text_as_given() {
    for &(text, _) in SAMPLE {
        for e in analyze(text, &Options::default()).entities {
            let at: String = text.chars().skip(e.start).take(e.end - e.start).collect();
            assert_eq!(at, e.text, "in {text:?}");
        }
    }
}

#[test]
fn an_address_is_reported_beside_the_city_inside_it() {
    let text = "Anschrift: Musterstraße 12, 10115 Berlin";
    let a = analyze(text, &Options::default());
    let types: Vec<EntityType> = a.entities.iter().map(|e| e.entity_type).collect();
    assert!(types.contains(&EntityType::Address), "{types:?}");
    assert!(types.contains(&EntityType::Location), "{types:?}");
    let clean = redact(text, &a.entities, &[]);
    assert_eq!(clean, "Anschrift: [ADDRESS]");
}

#[test]
fn a_validated_national_identifier_makes_the_risk_high() {
    let a = analyze("Ihre Steuer-ID lautet 86095742719.", &Options::default());
    assert_eq!(
        a.summary.pii_risk,
        RiskLevel::High,
        "{}",
        a.summary.risk_rule
    );
    assert_eq!(a.summary.counts[&EntityType::DeTaxId], 1);
    assert!(a.summary.risk_rule.contains("national identifier"));

    let a = analyze(
        "Please write to 10 Downing Street, London SW1A 2AA.",
        &Options::default(),
    );
    assert_eq!(
        a.summary.pii_risk,
        RiskLevel::Medium,
        "{}",
        a.summary.risk_rule
    );
}

#[test]
fn redaction_names_the_new_types() {
    let text = "Codice fiscale RSSMRA85T10A562S, NIE X1234567L.";
    let a = analyze(text, &Options::default());
    let clean = redact(
        text,
        &a.entities,
        &[EntityType::ItFiscalCode, EntityType::EsNie],
    );
    assert_eq!(clean, "Codice fiscale [IT_FISCAL_CODE], NIE [ES_NIE].");
}
