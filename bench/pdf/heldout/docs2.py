"""A second held-out set (make.py --set 2): documents written after the
extractor was tuned on the first (docs.py), to check that what was tuned
there holds on texts and tables not seen at all."""

EN = [
    "Thank you for your order, which we received on Monday. The goods listed "
    "below are reserved for you and will leave our warehouse as soon as the "
    "remaining items arrive from the manufacturer.",
    "Customers who prefer collection may pick up their parcels at the trade "
    "counter between eight in the morning and half past five, presenting "
    "this confirmation together with a valid identity document.",
    "The editorial board welcomes contributions from members on any subject "
    "connected with local archives, family history or the preservation of "
    "photographs, letters and printed ephemera.",
    "Volunteers catalogued more than four thousand postcards last winter, "
    "many of them showing shopfronts, tram lines and seaside promenades that "
    "have since disappeared entirely.",
    "Subscriptions fall due in January. Members paying by standing order need "
    "not take any action, while everyone else is asked to settle the amount "
    "before the annual general meeting.",
]

DE = [
    "Die Sitzung wurde um neunzehn Uhr von der Vorsitzenden eröffnet. Sie "
    "stellte fest, dass die Einladung fristgerecht versandt worden war und "
    "die Versammlung beschlussfähig ist.",
    "Der Kassenprüfer berichtete über die Prüfung der Jahresrechnung. "
    "Beanstandungen ergaben sich nicht; die Belege waren vollständig und "
    "ordnungsgemäß abgelegt.",
    "Nach kurzer Aussprache beschloss die Versammlung einstimmig, den "
    "Mitgliedsbeitrag im kommenden Jahr unverändert zu lassen und die "
    "Rücklage für die Dachsanierung aufzustocken.",
]

FR = [
    "Le colloque réunira chercheurs, conservateurs et étudiants autour de "
    "l'histoire des imprimés populaires. Les communications dureront vingt "
    "minutes et seront suivies d'un échange avec la salle.",
    "Le déjeuner sera servi dans le cloître de l'abbaye. Les participants "
    "sont priés de signaler toute allergie alimentaire lors de leur "
    "inscription auprès du secrétariat.",
]

ORDER = [
    ["Qty", "Article", "Unit price", "Total"],
    ["2", "Fireproof document cabinet, four drawers, grey", "689.00", "1,378.00"],
    ["10", "Acid-free archive boxes", "7.40", "74.00"],
    ["1", "Delivery and installation on the second floor without lift", "95.00", "95.00"],
    ["Subtotal", "", "", "1,547.00"],
    ["VAT 20%", "", "", "309.40"],
    ["Total", "", "", "1,856.40"],
]

SITZUNG = [
    ["Datum", "Ort", "Beginn", "Ende"],
    ["12.03.2025", "Vereinsheim", "19:00", "21:15"],
]

PROGRAMME = [
    ["Heure", "Intervenant", "Sujet"],
    ["09:30", "Accueil", "Café et inscription"],
    ["10:00", "M. Garnier", "Les almanachs de colportage et leurs lecteurs au dix-neuvième siècle"],
    ["10:40", "Mme Roussel", "Images d'Épinal"],
    ["11:20", "M. Haddad", "Catalogage des affiches anciennes dans les bibliothèques municipales"],
    ["12:00", "Table ronde", "Questions"],
]

MEMBERS = [["Nr.", "Name", "Ort", "Eintritt"]] + [
    [str(100 + n), name, town, str(1990 + (n * 3) % 34)]
    for n, (name, town) in enumerate(
        [(a + " " + b, t) for a in ["Anna", "Bernd", "Clara", "Dieter", "Eva", "Frank"]
         for b, t in [("Adler", "Bonn"), ("Brandt", "Siegburg"), ("Conrad", "Troisdorf"),
                      ("Decker", "Hennef"), ("Ebert", "Königswinter"), ("Fuchs", "Much"),
                      ("Gerber", "Lohmar")]], 1)
]

PRICE_CARDS = [
    ("Basic", "9 euros a month for one user and 5 GB of storage."),
    ("Team", "29 euros a month for ten users and 100 GB of storage."),
    ("Archive", "79 euros a month for unlimited users and 2 TB of storage."),
]

DOCS = {
    "order-confirmation": {"pages": [[
        ("right", ["Harbourside Office Supply", "Unit 4, Quay Road", "Plymouth PL1 2AB",
                   "28 April 2025"]),
        ("left", ["Mr Tom Fletcher", "Records Department", "Exeter EX1 1HS"]),
        ("h", "Order confirmation 55190"),
        ("p", EN[0]),
        ("table", ORDER),
        ("p", EN[1]),
    ]]},
    "protokoll-de": {"pages": [[
        ("h", "Protokoll der Mitgliederversammlung"),
        ("table", SITZUNG),
        ("p", DE[0]),
        ("list", ["Bericht des Vorstands", "Bericht der Kassenprüfung",
                  "Entlastung des Vorstands", "Verschiedenes"]),
        ("p", DE[1]),
        ("p", DE[2]),
    ]]},
    "programme-fr": {"pages": [[
        ("h", "Programme de la matinée"),
        ("p", FR[0]),
        ("table", PROGRAMME),
        ("p", FR[1]),
    ]]},
    "bulletin-2col": {"pages": [[
        ("h", "Members' bulletin"),
        ("cols", [[("h", "Call for articles"), ("p", EN[2]), ("p", EN[4])],
                  [("p", EN[3]), ("h", "Postcards"), ("p", EN[0])]], False),
    ]]},
    "price-cards": {"pages": [[
        ("h", "Subscription plans"),
        ("p", "Every plan includes nightly backups and email support."),
        ("cards", PRICE_CARDS),
    ]]},
    "contact-form": {"pages": [[
        ("h", "Change of address"),
        ("p", "Use capital letters and one box per character."),
        ("form", [("First name", "OLIVIA"), ("Last name", "BARNES"), ("House no", "27"),
                  ("Postcode", "EX44QT"), ("Member no", "30518")]),
        ("p", "Return the form to the membership secretary."),
    ]]},
    "mitglieder-de": {"header": "Heimatverein Siebengebirge",
                      "footer": "Mitgliederliste",
                      "pages": [[("h", "Mitgliederliste"), ("p", DE[2]),
                                 ("table", MEMBERS),
                                 ("note", "1 Stand: 31. Dezember 2024.")]]},
}
