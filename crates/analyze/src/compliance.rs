//! Compliance summary: entity counts, a PII risk level with the rule that
//! produced it, and GDPR Art. 9 special-category signals.
//!
//! Risk rules, first match wins:
//!
//! | level  | rule |
//! |--------|------|
//! | high   | 1+ validated CREDIT_CARD, IBAN or US_SSN |
//! | high   | 1+ validated national identifier (DE_TAX_ID, FR_NIR, ES_NIF, ES_NIE, IT_FISCAL_CODE, NL_BSN, UK_NINO) or a PASSPORT |
//! | high   | special-category terms together with a person identifier (PERSON, EMAIL, PHONE, a national identifier or PASSPORT) |
//! | medium | 1+ EMAIL, PHONE, IP_ADDRESS or ADDRESS, or an unvalidated CREDIT_CARD/IBAN/US_SSN or national identifier |
//! | medium | PERSON together with LOCATION or DATE |
//! | low    | special-category terms without a person identifier |
//! | low    | only PERSON/ORGANIZATION/LOCATION/DATE/MONEY/URL entities |
//! | none   | no entity and no special-category term |
//!
//! Special categories are found with keyword lists (English, German,
//! French), matched case-insensitively on word boundaries. A keyword is a
//! signal for a reviewer, not a finding: "cancer research funding" matches
//! health too.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use regex::Regex;
use rustc_hash::FxHashMap;
use serde::{Deserialize, Serialize};

use crate::{Entity, EntityType, Summary};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum RiskLevel {
    None,
    Low,
    Medium,
    High,
}

impl RiskLevel {
    pub const ALL: [Self; 4] = [Self::None, Self::Low, Self::Medium, Self::High];

    /// The name as serialised: `none`, `low`, `medium`, `high`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::None => "none",
            Self::Low => "low",
            Self::Medium => "medium",
            Self::High => "high",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|r| r.as_str() == s)
    }
}

/// GDPR Art. 9(1) / Art. 10 categories looked for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SpecialCategory {
    Health,
    Religion,
    Ethnicity,
    UnionMembership,
    SexualOrientation,
    CriminalRecords,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TermCount {
    pub term: String,
    pub count: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct SpecialCategorySignal {
    pub category: SpecialCategory,
    /// Total matches of all its terms.
    pub count: usize,
    /// Matched terms (lower case), most frequent first.
    pub terms: Vec<TermCount>,
}

const TERMS: &[(SpecialCategory, &[&str])] = &[
    (
        SpecialCategory::Health,
        &[
            "health condition",
            "medical condition",
            "medical history",
            "medical record",
            "medical records",
            "diagnosis",
            "diagnosed",
            "cancer",
            "tumour",
            "tumor",
            "diabetes",
            "diabetic",
            "hiv",
            "asthma",
            "depression",
            "anxiety disorder",
            "mental health",
            "mental illness",
            "psychiatric",
            "psychotherapy",
            "disability",
            "pregnant",
            "pregnancy",
            "chemotherapy",
            "medication",
            "prescription",
            "sick leave",
            "sick note",
            "illness",
            "surgery",
            "hospitalized",
            "hospitalised",
            "covid-19",
            "epilepsy",
            "dementia",
            "alzheimer's",
            "blood type",
            "hepatitis",
            "addiction",
            "rehab",
            "krankheit",
            "erkrankung",
            "diagnose",
            "krankmeldung",
            "krankschreibung",
            "arbeitsunfähig",
            "arbeitsunfähigkeit",
            "schwanger",
            "schwangerschaft",
            "behinderung",
            "schwerbehindert",
            "krebs",
            "maladie",
            "diagnostic",
            "enceinte",
            "grossesse",
            "handicap",
            "arrêt maladie",
            "dépression",
        ],
    ),
    (
        SpecialCategory::Religion,
        &[
            "religion",
            "religious",
            "religious belief",
            "christian",
            "catholic",
            "protestant",
            "muslim",
            "islam",
            "islamic",
            "jewish",
            "judaism",
            "hindu",
            "hinduism",
            "buddhist",
            "buddhism",
            "sikh",
            "atheist",
            "church",
            "mosque",
            "synagogue",
            "kirche",
            "konfession",
            "religionszugehörigkeit",
            "muslimisch",
            "jüdisch",
            "katholisch",
            "evangelisch",
            "église",
            "mosquée",
            "catholique",
            "musulman",
            "musulmane",
            "juif",
            "juive",
        ],
    ),
    (
        SpecialCategory::Ethnicity,
        &[
            "ethnic",
            "ethnicity",
            "ethnic origin",
            "racial",
            "racial origin",
            "race",
            "african american",
            "hispanic",
            "latino",
            "latina",
            "caucasian",
            "asian american",
            "indigenous",
            "native american",
            "aboriginal",
            "ethnische herkunft",
            "ethnie",
            "origine ethnique",
            "origine raciale",
        ],
    ),
    (
        SpecialCategory::UnionMembership,
        &[
            "trade union",
            "labor union",
            "labour union",
            "union member",
            "union membership",
            "union dues",
            "union representative",
            "shop steward",
            "gewerkschaft",
            "gewerkschaftsmitglied",
            "gewerkschaftsmitgliedschaft",
            "syndicat",
            "syndiqué",
            "syndiquée",
            "adhésion syndicale",
        ],
    ),
    (
        SpecialCategory::SexualOrientation,
        &[
            "sexual orientation",
            "sex life",
            "gay",
            "lesbian",
            "bisexual",
            "homosexual",
            "heterosexual",
            "lgbt",
            "lgbtq",
            "lgbtqia",
            "queer",
            "same-sex",
            "transgender",
            "sexuelle orientierung",
            "schwul",
            "lesbisch",
            "homosexuell",
            "orientation sexuelle",
            "homosexuel",
            "homosexuelle",
        ],
    ),
    (
        SpecialCategory::CriminalRecords,
        &[
            "criminal record",
            "criminal records",
            "criminal conviction",
            "criminal history",
            "convicted",
            "conviction",
            "convictions",
            "felony",
            "misdemeanor",
            "misdemeanour",
            "arrested",
            "arrest record",
            "incarcerated",
            "imprisonment",
            "prison sentence",
            "probation",
            "parole",
            "sex offender",
            "vorstrafe",
            "vorstrafen",
            "vorbestraft",
            "führungszeugnis",
            "strafregister",
            "verurteilt",
            "casier judiciaire",
            "condamnation",
            "condamné",
            "condamnée",
        ],
    ),
];

struct Matcher {
    re: Regex,
    category: FxHashMap<&'static str, SpecialCategory>,
}

static MATCHER: LazyLock<Matcher> = LazyLock::new(|| {
    let mut all: Vec<(&'static str, SpecialCategory)> = TERMS
        .iter()
        .flat_map(|(c, ts)| ts.iter().map(move |t| (*t, *c)))
        .collect();
    // Longest first so "criminal records" wins over "criminal record".
    all.sort_by_key(|(t, _)| std::cmp::Reverse(t.len()));
    let alternation: Vec<String> = all.iter().map(|(t, _)| regex::escape(t)).collect();
    let re = Regex::new(&format!("(?i)(?:{})", alternation.join("|")))
        .expect("special-category regex compiles");
    Matcher {
        re,
        category: all.into_iter().collect(),
    }
});

pub(crate) fn special_categories(text: &str) -> Vec<SpecialCategorySignal> {
    let m = &*MATCHER;
    let mut found: BTreeMap<SpecialCategory, BTreeMap<String, usize>> = BTreeMap::new();
    for hit in m.re.find_iter(text) {
        if !crate::pii::word_boundary_before(text, hit.start())
            || !crate::pii::word_boundary_after(text, hit.end())
        {
            continue;
        }
        let term = hit.as_str().to_lowercase();
        if let Some(&cat) = m.category.get(term.as_str()) {
            *found.entry(cat).or_default().entry(term).or_default() += 1;
        }
    }
    found
        .into_iter()
        .map(|(category, terms)| {
            let mut terms: Vec<TermCount> = terms
                .into_iter()
                .map(|(term, count)| TermCount { term, count })
                .collect();
            terms.sort_by(|a, b| b.count.cmp(&a.count).then(a.term.cmp(&b.term)));
            SpecialCategorySignal {
                category,
                count: terms.iter().map(|t| t.count).sum(),
                terms,
            }
        })
        .collect()
}

pub(crate) fn summarize(entities: &[Entity], special: Vec<SpecialCategorySignal>) -> Summary {
    let mut counts: BTreeMap<EntityType, usize> = EntityType::ALL.iter().map(|&t| (t, 0)).collect();
    for e in entities {
        *counts.entry(e.entity_type).or_default() += 1;
    }
    let has = |t: EntityType| counts.get(&t).copied().unwrap_or(0) > 0;
    let financial = [EntityType::CreditCard, EntityType::Iban, EntityType::UsSsn];
    let validated_financial = entities
        .iter()
        .any(|e| e.validated && financial.contains(&e.entity_type));
    // A passport number has no check digit: the passport word it needs is
    // its validation.
    let national_ids = [
        EntityType::DeTaxId,
        EntityType::FrNir,
        EntityType::EsNif,
        EntityType::EsNie,
        EntityType::ItFiscalCode,
        EntityType::NlBsn,
        EntityType::UkNino,
    ];
    let validated_national = entities.iter().any(|e| {
        (e.validated && national_ids.contains(&e.entity_type))
            || e.entity_type == EntityType::Passport
    });
    let any_national = national_ids.iter().any(|&t| has(t)) || has(EntityType::Passport);
    let person_id =
        has(EntityType::Person) || has(EntityType::Email) || has(EntityType::Phone) || any_national;
    let categories: Vec<String> = special
        .iter()
        .map(|s| {
            serde_json::to_value(s.category)
                .ok()
                .and_then(|v| v.as_str().map(str::to_owned))
                .unwrap_or_default()
        })
        .collect();
    let (level, rule) = if validated_financial {
        (
            RiskLevel::High,
            "high: 1+ validated CREDIT_CARD/IBAN/US_SSN".to_owned(),
        )
    } else if validated_national {
        (
            RiskLevel::High,
            "high: 1+ validated national identifier (DE_TAX_ID/FR_NIR/ES_NIF/ES_NIE/IT_FISCAL_CODE/NL_BSN/UK_NINO) or PASSPORT".to_owned(),
        )
    } else if !special.is_empty() && person_id {
        (
            RiskLevel::High,
            format!(
                "high: special-category data ({}) together with a PERSON/EMAIL/PHONE/national identifier",
                categories.join(", ")
            ),
        )
    } else if has(EntityType::Email)
        || has(EntityType::Phone)
        || has(EntityType::IpAddress)
        || has(EntityType::Address)
        || financial.iter().any(|&t| has(t))
        || any_national
    {
        (
            RiskLevel::Medium,
            "medium: 1+ EMAIL/PHONE/IP_ADDRESS/ADDRESS or unvalidated CREDIT_CARD/IBAN/US_SSN/national identifier".to_owned(),
        )
    } else if has(EntityType::Person) && (has(EntityType::Location) || has(EntityType::Date)) {
        (
            RiskLevel::Medium,
            "medium: PERSON together with LOCATION/DATE".to_owned(),
        )
    } else if !special.is_empty() {
        (
            RiskLevel::Low,
            format!(
                "low: special-category terms ({}) without a person identifier",
                categories.join(", ")
            ),
        )
    } else if !entities.is_empty() {
        (
            RiskLevel::Low,
            "low: only PERSON/ORGANIZATION/LOCATION/DATE/MONEY/URL entities".to_owned(),
        )
    } else {
        (
            RiskLevel::None,
            "none: no entity and no special-category term".to_owned(),
        )
    };
    Summary {
        counts,
        pii_risk: level,
        risk_rule: rule,
        special_categories: special,
    }
}
