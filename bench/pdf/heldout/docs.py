"""The held-out documents: texts, tables and layouts that were not used to
tune the extractor (bench/pdf/corpus/content.py was). Same block kinds as
the corpus, so the corpus's truth writers apply; see that module's
docstring for the kinds."""

EN = [
    "The steering group met on Tuesday to review the migration of the "
    "customer correspondence archive. Progress has been steady, although the "
    "conversion of older microfilm records is taking noticeably longer than "
    "the supplier originally estimated.",
    "Several colleagues asked whether scanned invoices can be searched by "
    "amount. The new indexing service recognises printed totals reliably, but "
    "handwritten corrections still require manual verification by the "
    "finance department before the records are released.",
    "Our retention policy distinguishes between contractual documents, which "
    "are kept for ten years after the contract ends, and routine "
    "correspondence, which is reviewed annually and destroyed when no legal "
    "obligation requires its preservation.",
    "Neighbourhood libraries will extend their opening hours during the "
    "examination period. Volunteers coordinate the reading rooms, while "
    "librarians provide individual guidance on bibliographies, citation "
    "styles and electronic databases.",
    "Maintenance work on the northern warehouse begins next month. Deliveries "
    "will be redirected to the temporary depot beside the railway station, "
    "and drivers receive updated instructions together with their weekly "
    "route planning.",
    "The pilot project demonstrated that electronic signatures shorten the "
    "approval of purchase orders considerably. Departments that adopted the "
    "workflow early reported fewer misplaced forms and faster payments to "
    "their suppliers.",
]

DE = [
    "Die Stadtverwaltung informiert über die geplante Sanierung der "
    "Grundschule am Mühlenweg. Während der Bauarbeiten wird der Unterricht "
    "in den Räumlichkeiten des benachbarten Gemeindezentrums fortgesetzt.",
    "Bitte beachten Sie, dass Anträge auf Fördermittel ausschließlich über "
    "das Onlineportal eingereicht werden können. Unvollständige Unterlagen "
    "verzögern die Bearbeitung erheblich und werden gegebenenfalls "
    "zurückgesandt.",
    "Im vergangenen Geschäftsjahr stieg die Nachfrage nach "
    "Beratungsleistungen deutlich. Besonders gefragt waren Schulungen zur "
    "Datenschutzgrundverordnung sowie zur elektronischen Rechnungsstellung "
    "im öffentlichen Auftragswesen.",
    "Die Mitgliederversammlung findet am zweiten Donnerstag im Oktober statt. "
    "Anträge zur Tagesordnung müssen spätestens vierzehn Tage vorher "
    "schriftlich beim Vorstand eingehen.",
]

FR = [
    "La bibliothèque départementale propose désormais un service de prêt "
    "entre établissements. Les lecteurs peuvent réserver un ouvrage en ligne "
    "et le retirer dans la médiathèque la plus proche de leur domicile.",
    "Nous vous remercions de votre confiance et vous prions de trouver "
    "ci-joint la facture correspondant aux prestations réalisées au cours du "
    "mois dernier, conformément au contrat de maintenance.",
    "Les inscriptions aux ateliers d'écriture sont ouvertes jusqu'à la fin du "
    "mois. Chaque séance réunit une douzaine de participants autour d'un "
    "auteur invité qui présente son travail et ses méthodes.",
    "En raison des travaux de voirie, la circulation sera interdite rue "
    "Pasteur pendant trois semaines. Une déviation est mise en place par le "
    "boulevard Gambetta et l'avenue de la République.",
]

# Two rows (header and one row): a table all the same.
TABLE_TWO_ROWS = [
    ["Account", "Holder", "Balance"],
    ["DE44 5001 0517", "Harbour Trust", "18,240.55"],
]

TABLE_THREE_ROWS = [
    ["Room", "Capacity", "Projector", "Rate"],
    ["Aster", "12", "yes", "90.00"],
    ["Birch", "30", "no", "140.00"],
]

TABLE_FACTURE = [
    ["Réf.", "Désignation", "Qté", "Prix unitaire", "Montant"],
    ["M-01", "Contrat de maintenance annuel du parc informatique", "1", "980,00", "980,00"],
    ["M-07", "Intervention sur site", "2", "115,00", "230,00"],
    ["L-12", "Licence de sauvegarde pour postes de travail supplémentaires", "5", "36,00", "180,00"],
    ["Total TTC", "", "", "", "1 390,00"],
]

TABLE_SCHEDULE = [
    ["Route", "Depart", "Stop A", "Stop B", "Stop C", "Arrive"],
    ["7", "06:10", "06:22", "06:35", "06:51", "07:04"],
    ["7", "07:40", "07:52", "08:05", "08:21", "08:34"],
    ["12", "08:15", "08:24", "08:40", "08:58", "09:10"],
    ["12", "09:45", "09:54", "10:10", "10:28", "10:40"],
    ["19", "11:30", "11:41", "11:57", "12:12", "12:25"],
    ["19", "14:05", "14:16", "14:32", "14:47", "15:00"],
]

TABLE_PRICES = [
    ["Article", "Beschreibung", "Preis"],
    ["Ordner", "Aktenordner mit Hebelmechanik, Rückenbreite acht Zentimeter, recycelter Karton", "3,20"],
    ["Hüllen", "Prospekthüllen", "5,90"],
    ["Etiketten", "Selbstklebende Rückenschilder für breite und schmale Ordner", "4,75"],
    ["Box", "Archivbox", "2,10"],
]

TABLE_STAFF = [
    ["Name", "Department", "Extension", "Room"],
    ["Okafor", "Finance", "2214", "B 1.04"],
    ["Lindqvist", "Records", "2301", "B 2.11"],
    ["Moreau", "Legal", "2378", "C 0.07"],
    ["Tanaka", "Facilities", "2455", "A 3.15"],
    ["Novak", "Procurement", "2519", "C 1.22"],
]

CARDS = [
    ("Reading room", "Open weekdays from nine until eight, with quiet desks and power sockets."),
    ("Map collection", "Historic town plans and survey sheets, available on request at the desk."),
    ("Local history", "Parish registers, newspapers on film and photographs of old streets."),
    ("Study carrels", "Bookable for up to four hours at a time by registered members."),
]

DOCS = {
    "memo-en": {"pages": [[
        ("left", ["To: All department heads", "From: Records office",
                  "Date: 9 June 2025", "Subject: Meeting rooms for the audit"]),
        ("p", EN[0]),
        ("table", TABLE_THREE_ROWS),
        ("p", EN[1]),
        ("list", ["Book rooms at least two days ahead",
                  "Return keys to the reception desk",
                  "Report broken equipment to facilities"]),
    ]]},
    "letter-de2": {"pages": [[
        ("right", ["Stadtwerke Beispielstadt", "Bahnhofstraße 40", "50667 Köln",
                   "Köln, 17. Juni 2025"]),
        ("left", ["Herrn Markus Hoffmann", "Am Stadtgarten 3", "50674 Köln"]),
        ("h", "Ihr Antrag auf Fördermittel"),
        ("p", "Sehr geehrter Herr Hoffmann,"),
        ("p", DE[1]),
        ("p", DE[0]),
        ("p", "Mit freundlichen Grüßen"),
        ("p", "Sabine Krüger"),
    ]]},
    "facture-fr": {"pages": [[
        ("right", ["Atelier Numérique SAS", "22 quai de la Loire", "44000 Nantes"]),
        ("h", "Facture n° 2025-0342"),
        ("p", FR[1]),
        ("table", TABLE_FACTURE),
        ("p", "Paiement à réception de la facture, par virement bancaire."),
    ]]},
    "newsletter-3col": {"pages": [[
        ("h", "Community newsletter"),
        ("cols", [[("h", "Libraries"), ("p", EN[3]), ("p", EN[2])],
                  [("h", "Warehouse"), ("p", EN[4]), ("p", EN[0])],
                  [("h", "Signatures"), ("p", EN[5]), ("p", EN[1])]], True),
    ]]},
    "newsletter-fr": {"pages": [[
        ("h", "Lettre d'information"),
        ("cols", [[("p", FR[0]), ("h", "Ateliers"), ("p", FR[2])],
                  [("h", "Travaux"), ("p", FR[3]), ("p", FR[1])]], False),
    ]]},
    "small-tables": {"pages": [[
        ("h", "Account summary"),
        ("p", EN[5]),
        ("table", TABLE_TWO_ROWS),
        ("p", EN[2]),
        ("table", TABLE_THREE_ROWS),
        ("p", "Rates are per day and exclude catering."),
    ]]},
    "bericht-de": {"header": "Stadtwerke Beispielstadt - Jahresbericht",
                   "footer": "Intern",
                   "pages": [[("h", "Überblick"), ("p", DE[2]), ("p", DE[0]),
                              ("note", "1 Alle Angaben ohne Gewähr.")],
                             [("h", "Ausblick"), ("p", DE[3]), ("p", DE[1]),
                              ("list", ["Sanierung der Grundschule", "Neues Onlineportal",
                                        "Schulungen für Vereine"]),
                              ("note", "2 Stand: Juni 2025.")]]},
    "timetable": {"pages": [[
        ("h", "Weekday timetable"),
        ("p", "Buses run on school days only; times are departures."),
        ("table", TABLE_SCHEDULE),
    ]]},
    "preisliste-de": {"pages": [[
        ("h", "Preisliste Bürobedarf"),
        ("p", DE[3]),
        ("table", TABLE_PRICES),
    ]]},
    "directory": {"pages": [[
        ("h", "Staff directory"),
        ("p", EN[2]),
        ("table", TABLE_STAFF),
        ("p", EN[4]),
    ]]},
    "services-cards": {"pages": [[
        ("h", "Library services"),
        ("p", "Members may use every service below free of charge."),
        ("cards", CARDS),
    ]]},
    "formulaire-fr": {"pages": [[
        ("h", "Demande de carte de lecteur"),
        ("p", "Écrivez un caractère par case."),
        ("form", [("Nom", "LEFEVRE"), ("Code postal", "75011"), ("Téléphone", "0612345678")]),
        ("p", "Signez et déposez le formulaire à l'accueil."),
    ]]},
    "essay-en": {"pages": [[
        ("h", "Notes on records management"),
        ("p", EN[0] + " " + EN[2]),
        ("p", EN[1] + " " + EN[5]),
        ("p", EN[3] + " " + EN[4]),
    ]]},
    "sidebar-note": {"pages": [[
        ("h", "Parcel receipt"), ("p", EN[4]), ("p", EN[1]),
        ("side", "Received in good order - sign and date"),
    ]]},
}
