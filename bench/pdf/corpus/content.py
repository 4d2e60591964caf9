"""The corpus's documents as plain data: every producer renders these, and
the truth files are written from them, so the truth is what was put in.

A document is a list of pages; a page is a list of blocks:
  ("h", text)                      heading
  ("p", text)                      paragraph (producers may hyphenate it)
  ("right", [lines])               right-aligned block (date, address)
  ("left", [lines])                left-aligned short lines (address)
  ("list", [items])                bulleted list
  ("table", rows)                  first row header, rows as cells
  ("cols", [[blocks], ...], aligned)  side-by-side columns
  ("cards", [(title, text), ...])  grid of cards, three to a row
  ("form", [(label, value), ...])  fields, value in comb boxes
  ("note", text)                   footnote at the page's foot
  ("side", text)                   text rotated 90°, read after the page
Running headers/footers are in doc["header"]/doc["footer"]; the truth
leaves them out.
"""

LOREM_EN = [
    "The quarterly review found that the measurement programme delivered "
    "considerably more information than the committee had anticipated, "
    "although several departments reported difficulties with the "
    "documentation requirements and the accompanying administrative burden.",
    "Independent consultants examined the recommendations and concluded that "
    "the well-known procurement guidelines remain appropriate, provided that "
    "responsibilities are communicated unambiguously and that T-Systems "
    "continues to operate the infrastructure under the existing agreement.",
    "Participants emphasised that environmental considerations, transparency "
    "and accountability should determine future investments, and that "
    "international cooperation between municipalities strengthens resilience "
    "against unexpected developments in energy markets.",
    "Furthermore, the implementation schedule anticipates gradual improvements "
    "throughout the organisation, beginning with straightforward administrative "
    "simplifications and continuing with comprehensive modernisation of the "
    "information systems that support everyday operations.",
]

LOREM_DE = [
    "Die Geschäftsführung hat beschlossen, die Zusammenarbeit mit regionalen "
    "Lieferanten auszubauen. Insbesondere sollen Verpackungsmaterialien "
    "künftig aus nachhaltiger Herstellung bezogen werden, wobei die "
    "Qualitätsanforderungen unverändert bleiben.",
    "Für die Umsetzung ist eine Arbeitsgruppe verantwortlich, die monatlich "
    "über den Fortschritt berichtet. Die Verbraucherzentrale begrüßt diese "
    "Entscheidung ausdrücklich und empfiehlt eine regelmäßige Überprüfung der "
    "vereinbarten Maßnahmen.",
    "Zusätzlich werden die Mitarbeiterinnen und Mitarbeiter im Umgang mit den "
    "neuen Abläufen geschult, damit Rückfragen schnell beantwortet und "
    "Verzögerungen bei der Auftragsbearbeitung vermieden werden.",
]

LOREM_FR = [
    "Le conseil municipal a approuvé à l'unanimité le nouveau programme de "
    "rénovation énergétique des bâtiments publics. Les travaux commenceront "
    "au printemps et concerneront d'abord les écoles élémentaires.",
    "Les habitants pourront consulter les documents préparatoires à la mairie "
    "pendant toute la durée de la concertation. Une réunion d'information "
    "aura lieu le jeudi suivant dans la salle des fêtes.",
    "Conformément à la réglementation en vigueur, les propositions reçues "
    "seront examinées par une commission indépendante chargée d'évaluer leur "
    "faisabilité technique et leur coût prévisionnel.",
]

TABLE_INVOICE = [
    ["Item", "Description", "Qty", "Amount"],
    ["A-100", "Annual maintenance of the document archive including quarterly reviews", "1", "1,200.00"],
    ["B-220", "Scanner service", "3", "450.00"],
    ["C-310", "Training for new staff members on retention schedules", "2", "640.00"],
    ["D-415", "Storage boxes", "40", "120.00"],
    ["Total", "", "", "2,410.00"],
]

TABLE_DE = [
    ["Monat", "Umsatz", "Kosten", "Ergebnis"],
    ["Januar", "12.400", "9.800", "2.600"],
    ["Februar", "11.900", "9.700", "2.200"],
    ["März", "13.150", "10.020", "3.130"],
    ["Summe", "37.450", "29.520", "7.930"],
]

LONG_TABLE = [["Code", "Region", "Office", "Staff"]] + [
    [f"R{n:03d}", region, office, str(10 + (n * 7) % 53)]
    for n, (region, office) in enumerate(
        [(r, o) for r in ["North", "South", "East", "West", "Central"]
         for o in ["Harbour", "Station", "Market", "Castle", "Bridge",
                   "Airport", "Campus", "Riverside", "Old Town", "Hilltop"]], 1)
] + [["Total", "", "", str(sum(10 + (n * 7) % 53 for n in range(1, 51)))]]

CARDS = [
    ("Starter plan", "For small teams that archive fewer than a thousand documents each month."),
    ("Business plan", "Adds retention schedules, audit exports and single sign-on for departments."),
    ("Enterprise plan", "Dedicated support, custom integrations and an agreed recovery time."),
    ("Archive add-on", "Long-term storage with integrity checks every night and yearly reports."),
    ("Search add-on", "Full-text search across scanned letters, spreadsheets and email."),
    ("Training", "Two half-day workshops for administrators and records managers."),
]


def letter(lang):
    if lang == "de":
        return [[
            ("right", ["Musterfirma GmbH", "Hauptstraße 12", "10115 Berlin", "Berlin, 3. März 2025"]),
            ("left", ["Frau Erika Schneider", "Lindenweg 7", "80331 München"]),
            ("h", "Ihre Bestellung vom 14. Februar"),
            ("p", "Sehr geehrte Frau Schneider,"),
            ("p", LOREM_DE[0]),
            ("p", LOREM_DE[1]),
            ("p", "Mit freundlichen Grüßen"),
            ("p", "Thomas Becker"),
        ]]
    if lang == "fr":
        return [[
            ("right", ["Société Exemple SARL", "8 rue des Lilas", "69002 Lyon", "Lyon, le 5 mars 2025"]),
            ("left", ["Monsieur Julien Moreau", "14 avenue Victor Hugo", "33000 Bordeaux"]),
            ("h", "Objet : votre demande de devis"),
            ("p", "Monsieur,"),
            ("p", LOREM_FR[0]),
            ("p", LOREM_FR[1]),
            ("p", "Veuillez agréer, Monsieur, l'expression de nos salutations distinguées."),
            ("p", "Claire Dubois"),
        ]]
    return [[
        ("right", ["Northwind Records Ltd", "12 Harbour Street", "Bristol BS1 4QA", "3 March 2025"]),
        ("left", ["Ms Alice Walker", "48 Elm Road", "Leeds LS2 9JT"]),
        ("h", "Your archive contract"),
        ("p", "Dear Ms Walker,"),
        ("p", LOREM_EN[0]),
        ("p", LOREM_EN[1]),
        ("p", "Yours sincerely,"),
        ("p", "Daniel Hughes"),
    ]]


def columns(n, aligned, lang="en"):
    text = {"en": LOREM_EN, "de": LOREM_DE, "fr": LOREM_FR}[lang]
    cols = []
    for i in range(n):
        paras = [("p", text[(i + k) % len(text)]) for k in range(2)]
        heading = ("h", f"Section {i + 1}" if lang == "en" else
                   (f"Abschnitt {i + 1}" if lang == "de" else f"Partie {i + 1}"))
        if aligned or i == 0:
            cols.append([heading] + paras)
        else:
            # The heading sits lower in each next column: no band across.
            cols.append(paras[:1] + [heading] + paras[1:] if i % 2 else
                        [("p", text[(i + 2) % len(text)])] + [heading] + paras[:1])
    title = "Annual report" if lang == "en" else ("Jahresbericht" if lang == "de" else "Rapport annuel")
    return [[("h", title), ("cols", cols, aligned)]]


DOCS = {
    "letter-en": {"pages": letter("en")},
    "letter-de": {"pages": letter("de")},
    "letter-fr": {"pages": letter("fr")},
    "two-columns": {"pages": columns(2, True)},
    "three-columns-unaligned": {"pages": columns(3, False)},
    "three-columns-de": {"pages": columns(3, True, "de")},
    "cards": {"pages": [[("h", "Plans and add-ons"),
                         ("p", "Choose the plan that fits your organisation; every plan can be combined with add-ons."),
                         ("cards", CARDS)]]},
    "invoice-table": {"pages": [[("h", "Invoice 2025-0117"),
                                 ("p", "Services delivered in February 2025, as agreed in the framework contract."),
                                 ("table", TABLE_INVOICE),
                                 ("p", "Payment is due within thirty days of the invoice date.")]]},
    "table-de": {"pages": [[("h", "Quartalsbericht"),
                            ("p", LOREM_DE[2]),
                            ("table", TABLE_DE),
                            ("p", LOREM_DE[1])]]},
    "long-table": {"pages": [[("h", "Offices by region"),
                              ("p", "The list below gives every office with its current number of staff."),
                              ("table", LONG_TABLE)]]},
    "form": {"pages": [[("h", "Application for a reader's card"),
                        ("p", "Please write one character in each box."),
                        ("form", [("Surname", "MUELLER"), ("Postcode", "10115"),
                                  ("Date of birth", "12041987"), ("Card number", "4711")]),
                        ("p", "Sign and return the form to the library desk.")]]},
    "report-notes": {"header": "Northwind Records - Annual Report 2025",
                     "footer": "Confidential",
                     "pages": [[("h", "Introduction"), ("p", LOREM_EN[0]), ("p", LOREM_EN[1]),
                                ("note", "1 Figures are unaudited and may change."),
                                ],
                               [("h", "Outlook"), ("p", LOREM_EN[2]), ("p", LOREM_EN[3]),
                                ("list", ["Consolidate the archive sites", "Replace the scanners",
                                          "Publish the retention schedule"]),
                                ("note", "2 The schedule follows the national guidance.")],
                               [("h", "Conclusion"), ("p", LOREM_EN[1]), ("p", LOREM_EN[3])]]},
    "hyphenated-narrow": {"pages": [[("h", "Measurement programme"),
                                     ("cols", [[("p", LOREM_EN[0] + " " + LOREM_EN[2])],
                                               [("p", LOREM_EN[3] + " " + LOREM_EN[1])]], True)]]},
    "list-fr": {"pages": [[("h", "Ordre du jour"), ("p", LOREM_FR[2]),
                           ("list", ["Approbation du procès-verbal de la séance précédente",
                                     "Rénovation énergétique des écoles",
                                     "Budget prévisionnel de l'année prochaine",
                                     "Questions diverses"]),
                           ("p", LOREM_FR[1])]]},
    "rotated-note": {"pages": [[("h", "Delivery note"), ("p", LOREM_EN[2]), ("p", LOREM_EN[3]),
                                ("side", "Copy for the customer - keep with your records")]]},
}


def truth_text(doc):
    """The text in reading order: blocks in order, columns one after the
    other, cards card by card, footnotes and sideways text at the page's
    end; running headers and footers left out."""
    pages = []
    for page in doc["pages"]:
        body, tail = [], []
        for block in page:
            walk(block, body, tail)
        pages.append("\n".join(body + tail))
    return "\n\n".join(pages) + "\n"


def walk(block, body, tail):
    kind = block[0]
    if kind in ("h", "p"):
        body.append(block[1])
    elif kind in ("right", "left", "list"):
        body.extend(block[1])
    elif kind == "table":
        body.extend(" ".join(c for c in row if c) for row in block[1])
    elif kind == "cols":
        for col in block[1]:
            for b in col:
                walk(b, body, tail)
    elif kind == "cards":
        for title, text in block[1]:
            body.extend([title, text])
    elif kind == "form":
        body.extend(f"{label} {value}" for label, value in block[1])
    elif kind in ("note", "side"):
        tail.append(block[1])


def truth_tables(doc):
    return [b[1] for page in doc["pages"] for b in page if b[0] == "table"]
