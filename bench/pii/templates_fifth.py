"""Sentence templates of the FIFTH held-out sets (``generate_lang.py
--source mimesis --templates fifth``): written by a helper, not by the
rules' author, who has not read them. Document kinds again not used by the
earlier sets: payslips and salary letters, complaint e-mails with quoted
replies, insurance claims, board and works-council minutes, supplier
onboarding forms, court and witness summonses, school letters and reports,
clinic letters and reminders, local news and appointments, chat logs,
CSV-like exports, bank transfer notices, travel expense reports and visitor
logs.

Never tune on these, and do not read them to look for errors: once they
have guided a change, write new ones.

Placeholders as in ``templates_tuning.py``.
"""

TEMPLATES = {
    "en": {
        "payroll": [
            "PAYSLIP {DATE}\nEmployer: {ORG}, {STREET}, {POSTCODE} {CITY}\nEmployee: {PERSON} (staff no. {N})\nPosition: {JOB}\nNet pay of {MONEY} paid to account {IBAN}.\nPayroll queries: {EMAIL}",
            "Dear {FIRST},\n\nFollowing your annual review with {PERSON}, your salary will rise to {MONEY} from {DATE}. The change applies to your contract with {ORG} and does not affect your place of work in {CITY}.\n\nKind regards,\n{TITLE} {LAST}\nPeople & Payroll",
        ],
        "complaint": [
            "From: {PERSON} <{EMAIL}>\nTo: Customer Care, {ORG}\nSubject: Re: Order {REF} still missing\n\nThis is the third time I am writing. You say the parcel was handed to your courier in {CITY} on {DATE}, but nothing has arrived.\n\n> On {DATE}, {PERSON} wrote:\n> We apologise for the delay and have asked our partner {ORG} to trace the shipment.",
            "Hi,\n\nYour agent {FIRST} promised me a refund of {MONEY} two weeks ago and I have heard nothing since. I have been a customer of {ORG} since I lived in {CITY}.\n\n{PERSON}\n\n-----Original Message-----\nFrom: Support team, {ORG}\nThank you for contacting us. Your case {REF} has been escalated to {TITLE} {LAST}.",
        ],
        "claim": [
            "Claim no. {REF}\nPolicyholder: {PERSON}\nInsurer: {ORG}\n\nOn {DATE} the insured vehicle was parked on a side street in {CITY} when a delivery van belonging to {ORG} reversed into it. The driver, {PERSON}, admitted fault at the scene. Estimated repair cost: {MONEY}.",
            "Statement of loss\n\nWhile travelling in {COUNTRY} with my colleague {PERSON}, my suitcase was stolen from the lobby of our hotel in {CITY}. The theft was reported to the police the same evening. I am insured through my employer, {ORG}, and ask that the replacement value of {MONEY} be paid to {IBAN}.\n\nSigned, {PERSON}",
        ],
        "minutes": [
            "MINUTES OF THE BOARD MEETING - {ORG}\nHeld at head office on {DATE}\nPresent: {PERSON} (chair), {PERSON}, {PERSON}\nApologies: {TITLE} {LAST}\n\n1. The chair reported on the negotiations with {ORG}.",
            "Works council, minutes {REF}\n\nItem 3: {PERSON} raised the planned move of the warehouse from {CITY} to {CITY}. For management, {TITLE} {LAST} confirmed that no redundancies are planned before {DATE}. {FIRST} asked for this to be put in writing.",
        ],
        "onboarding": [
            "SUPPLIER REGISTRATION FORM\nLegal name: {ORG}\nRegistered office: {STREET}, {POSTCODE} {CITY}, {COUNTRY}\nContact person: {PERSON}\nE-mail: {EMAIL}\nPhone: {PHONE}\nBank account: {IBAN}\nReferred by: {PERSON}",
            "Welcome aboard!\n\nWe have approved {ORG} as a vendor. Your account manager is {PERSON}, based in our {CITY} office. Please quote purchase order {REF} on every invoice. If you also deliver to our plant in {COUNTRY}, let {TITLE} {LAST} know.",
        ],
        "summons": [
            "SUMMONS\n\nTo: {PERSON}, {STREET}, {POSTCODE} {CITY}\n\nYou are required to appear before the county court sitting in {CITY} on {DATE} at 10 a.m. in the claim brought against you by {ORG}, represented by {PERSON} ({ORG}). If you fail to attend, judgment may be entered against you.",
            "Notice to witness\n\n{TITLE} {PERSON} is summoned to give evidence in the proceedings between {ORG} and {ORG}, to be heard in {CITY} on {DATE}. Travel expenses will be reimbursed on request.\n\nClerk of the court\n{PERSON}",
        ],
        "school": [
            "Dear parents,\n\nOn {DATE} class 4B will visit the science museum in {CITY}. The coach is provided by {ORG}. Please return the consent form to {TITLE} {LAST} by Friday. Pupils who cannot take part will stay in {PERSON}'s class.\n\n{PERSON}, Head Teacher",
            "Report card, spring term\nPupil: {PERSON}\nClass teacher: {TITLE} {LAST}\n\n{FIRST} has made excellent progress in mathematics and represented the school at the regional chess tournament held in {CITY}. We wish {FIRST} every success at secondary school.",
        ],
        "clinic": [
            "Discharge letter\n\nRe: {PERSON}, born {DATE}\nGP: Dr {PERSON}\n\nYour patient was admitted to our ward in {CITY} on {DATE} with chest pain. Following treatment by {TITLE} {PERSON} she was discharged in a stable condition. Follow-up will be arranged by {ORG}.",
            "Appointment reminder\n\nHello {FIRST}, this is a reminder of your physiotherapy session with {PERSON} on {DATE} at our {CITY} clinic. To cancel, call {PHONE}. Sessions are billed to {ORG} under policy {REF}.",
        ],
        "press": [
            "LOCAL NEWS - A fire broke out on {DATE} in a warehouse operated by {ORG} on the outskirts of {CITY}. Nobody was hurt, according to fire chief {PERSON}. {ORG}, which leases the building, said deliveries to customers in {COUNTRY} would be delayed.",
            "Appointments\n{ORG} has named {PERSON} as its new finance director, effective {DATE}. {LAST}, who previously worked for {ORG} in {CITY}, succeeds {PERSON}, who retires after 22 years.",
        ],
        "chat": [
            "[09:14] {FIRST}: did anyone hear back from {ORG}?\n[09:15] {FIRST}: not yet, {PERSON} is chasing them\n[09:17] {FIRST}: ok. I'm in {CITY} until Thursday btw",
            "{PERSON} (10:02): Hi, my card {CARD} was charged twice by {ORG}\nAgent {FIRST} (10:03): Sorry to hear that! Can you confirm the city of your billing address?\n{PERSON} (10:04): {CITY}",
        ],
        "export": [
            "id,full_name,employer,city\n{N},{PERSON},{ORG},{CITY}\n{N},{PERSON},{ORG},{CITY}",
            "Contact export {DATE}\nName | Organisation | Location | Email\n{PERSON} | {ORG} | {CITY} | {EMAIL}\n{PERSON} | {ORG} | {COUNTRY} | {EMAIL}",
        ],
        "transfer": [
            "Credit transfer advice\nOrdering party: {ORG}\nBeneficiary: {PERSON}\nBeneficiary IBAN: {IBAN}\nAmount: {MONEY}\nValue date: {DATE}\nRemittance information: refund of order {REF}, branch {CITY}",
            "You received {MONEY} from {PERSON}. Reference: {FIRST}'s share of the rent for the flat in {CITY}. The money is now in your account ending {N}. Sent with {ORG}.",
        ],
        "expenses": [
            "TRAVEL EXPENSE REPORT\nEmployee: {PERSON}\nCost centre: {N}\nTrip: {CITY} - {CITY}, {DATE}\nPurpose: customer visit at {ORG}\nHotel: {MONEY}\nTaxi: {MONEY}\nApproved by: {PERSON}",
            "Expense claim rejected\n\nHi {FIRST}, the dinner receipt from {CITY} ({MONEY}) cannot be reimbursed because the guest list is missing. Please add the attendees, e.g. {PERSON} from {ORG}, and resubmit.\nThanks, {PERSON}, Finance",
        ],
        "visitors": [
            "VISITOR LOG - {DATE}\n08:45 {PERSON}, {ORG}, host: {PERSON}\n09:30 {PERSON}, {ORG}, host: {TITLE} {LAST}",
            "Security notice: a visitor from {ORG} ({PERSON}) left the building in {CITY} without returning badge {N}. Please contact reception or {PERSON} if you know where it is.",
        ],
    },
    "de": {
        "payroll": [
            "Entgeltabrechnung {DATE}\nArbeitgeber: {ORG}, {STREET}, {POSTCODE} {CITY}\nMitarbeiter/in: {PERSON} (Personalnr. {N})\nTätigkeit: {JOB}\nAuszahlungsbetrag {MONEY} an Konto {IBAN}.\nRückfragen an die Lohnbuchhaltung: {EMAIL}",
            "Liebe/r {FIRST},\n\nnach deinem Jahresgespräch mit {PERSON} steigt dein Bruttogehalt ab dem {DATE} auf {MONEY}. Die Anpassung gilt für deinen Vertrag mit {ORG}; dein Arbeitsort {CITY} bleibt unverändert.\n\nViele Grüße\n{TITLE} {LAST}\nPersonal & Entgelt",
        ],
        "complaint": [
            "Von: {PERSON} <{EMAIL}>\nAn: Kundenservice, {ORG}\nBetreff: AW: Bestellung {REF} immer noch nicht da\n\nIch schreibe Ihnen jetzt zum dritten Mal. Das Paket wurde angeblich am {DATE} in {CITY} an Ihren Paketdienst übergeben, angekommen ist nichts.\n\n> Am {DATE} schrieb {PERSON}:\n> Wir bitten die Verzögerung zu entschuldigen und haben unseren Partner {ORG} gebeten, die Sendung zu verfolgen.",
            "Guten Tag,\n\nIhr Mitarbeiter {FIRST} hat mir vor zwei Wochen eine Gutschrift über {MONEY} zugesagt, seitdem höre ich nichts mehr. Ich bin Kunde bei {ORG}, seit ich in {CITY} gewohnt habe.\n\n{PERSON}\n\n-----Ursprüngliche Nachricht-----\nVon: Kundendienst, {ORG}\nVielen Dank für Ihre Anfrage. Ihr Fall {REF} wurde an {TITLE} {LAST} weitergeleitet.",
        ],
        "claim": [
            "Schadennummer {REF}\nVersicherungsnehmer: {PERSON}\nVersicherer: {ORG}\n\nAm {DATE} stand das versicherte Fahrzeug in einer Seitenstraße in {CITY}, als ein Lieferwagen von {ORG} beim Rückwärtsfahren dagegenstieß. Der Fahrer, {PERSON}, räumte seine Schuld noch vor Ort ein. Geschätzte Reparaturkosten: {MONEY}.",
            "Schadenschilderung\n\nWährend einer Dienstreise nach {COUNTRY} mit meiner Kollegin {PERSON} wurde mein Koffer aus der Lobby unseres Hotels in {CITY} gestohlen. Der Diebstahl wurde noch am selben Abend bei der Polizei angezeigt. Versichert bin ich über meinen Arbeitgeber {ORG}; bitte überweisen Sie den Wiederbeschaffungswert von {MONEY} auf {IBAN}.\n\ngez. {PERSON}",
        ],
        "minutes": [
            "Protokoll der Aufsichtsratssitzung – {ORG}\nDatum: {DATE}, Hauptverwaltung\nAnwesend: {PERSON} (Vorsitz), {PERSON}, {PERSON}\nEntschuldigt: {TITLE} {LAST}\n\nTOP 1: Die Vorsitzende berichtet über die Verhandlungen mit {ORG}.",
            "Betriebsrat, Niederschrift {REF}\n\nTOP 3: {PERSON} spricht die geplante Verlagerung des Lagers von {CITY} nach {CITY} an. Für die Geschäftsleitung bestätigt {TITLE} {LAST}, dass vor dem {DATE} keine betriebsbedingten Kündigungen geplant sind. {FIRST} bittet darum, dies schriftlich festzuhalten.",
        ],
        "onboarding": [
            "LIEFERANTENSTAMMBLATT\nFirma: {ORG}\nSitz: {STREET}, {POSTCODE} {CITY}, {COUNTRY}\nAnsprechpartner/in: {PERSON}\nE-Mail: {EMAIL}\nTelefon: {PHONE}\nBankverbindung: {IBAN}\nEmpfohlen von: {PERSON}",
            "Willkommen als Lieferant!\n\nWir haben {ORG} als Lieferanten freigegeben. Ihr Ansprechpartner ist {PERSON} an unserem Standort {CITY}. Bitte geben Sie auf allen Rechnungen die Bestellnummer {REF} an. Falls Sie auch unser Werk in {COUNTRY} beliefern, geben Sie {TITLE} {LAST} kurz Bescheid.",
        ],
        "summons": [
            "LADUNG\n\nAn: {PERSON}, {STREET}, {POSTCODE} {CITY}\n\nIn dem Rechtsstreit, den {ORG}, vertreten durch {PERSON} ({ORG}), gegen Sie führt, werden Sie zur mündlichen Verhandlung am {DATE}, 10:00 Uhr, vor das Amtsgericht in {CITY} geladen. Erscheinen Sie nicht, kann ein Versäumnisurteil ergehen.",
            "Zeugenladung\n\n{TITLE} {PERSON} wird in der Sache {ORG} gegen {ORG} als Zeuge geladen. Termin: {DATE} in {CITY}. Fahrtkosten werden auf Antrag erstattet.\n\nDie Urkundsbeamtin der Geschäftsstelle\n{PERSON}",
        ],
        "school": [
            "Liebe Eltern,\n\nam {DATE} besucht die Klasse 4b das Naturkundemuseum in {CITY}. Den Bus stellt {ORG}. Bitte geben Sie die Einverständniserklärung bis Freitag bei {TITLE} {LAST} ab. Kinder, die nicht mitfahren, bleiben in der Klasse von {PERSON}.\n\n{PERSON}, Schulleitung",
            "Halbjahreszeugnis\nSchüler/in: {PERSON}\nKlassenleitung: {TITLE} {LAST}\n\n{FIRST} hat sich in Mathematik sehr gut entwickelt und die Schule beim Schachturnier in {CITY} vertreten. Für den Wechsel an die weiterführende Schule wünschen wir {FIRST} alles Gute.",
        ],
        "clinic": [
            "Entlassungsbrief\n\nBetr.: {PERSON}, geb. {DATE}\nHausarzt: Dr. {PERSON}\n\nIhre Patientin wurde am {DATE} mit Brustschmerzen auf unsere Station in {CITY} aufgenommen. Nach Behandlung durch {TITLE} {PERSON} konnte sie in stabilem Zustand entlassen werden. Die Weiterbehandlung übernimmt {ORG}.",
            "Terminerinnerung\n\nHallo {FIRST}, wir erinnern Sie an Ihre Physiotherapie bei {PERSON} am {DATE} in unserer Praxis in {CITY}. Absagen bitte unter {PHONE}. Die Abrechnung erfolgt über {ORG}, Versicherungsnummer {REF}.",
        ],
        "press": [
            "{CITY} – In einer Lagerhalle von {ORG} am Stadtrand ist am {DATE} ein Feuer ausgebrochen. Verletzt wurde nach Angaben von Einsatzleiter {PERSON} niemand. {ORG}, die die Halle gemietet hat, rechnet mit Lieferverzögerungen für Kunden in {COUNTRY}.",
            "Personalien\n{ORG} hat {PERSON} zum neuen Finanzvorstand berufen, mit Wirkung zum {DATE}. {LAST}, zuvor bei {ORG} in {CITY} tätig, folgt auf {PERSON}, der nach 22 Jahren in den Ruhestand geht.",
        ],
        "chat": [
            "[09:14] {FIRST}: hat sich {ORG} schon gemeldet?\n[09:15] {FIRST}: noch nicht, {PERSON} hakt nach\n[09:17] {FIRST}: ok. bin übrigens bis Donnerstag in {CITY}",
            "{PERSON} (10:02): Hallo, meine Karte {CARD} wurde von {ORG} doppelt belastet\nServicemitarbeiter {FIRST} (10:03): Das tut mir leid! Können Sie mir den Ort Ihrer Rechnungsadresse nennen?\n{PERSON} (10:04): {CITY}",
        ],
        "export": [
            "kunden_nr;name;firma;ort\n{N};{PERSON};{ORG};{CITY}\n{N};{PERSON};{ORG};{CITY}",
            "Kontaktexport {DATE}\nName | Organisation | Standort | E-Mail\n{PERSON} | {ORG} | {CITY} | {EMAIL}\n{PERSON} | {ORG} | {COUNTRY} | {EMAIL}",
        ],
        "transfer": [
            "Gutschriftsanzeige\nAuftraggeber: {ORG}\nEmpfänger: {PERSON}\nIBAN des Empfängers: {IBAN}\nBetrag: {MONEY}\nValuta: {DATE}\nVerwendungszweck: Erstattung Bestellung {REF}, Filiale {CITY}",
            "Sie haben {MONEY} von {PERSON} erhalten. Verwendungszweck: Mietanteil {FIRST}, Wohnung in {CITY}. Der Betrag ist auf Ihrem Konto mit den Endziffern {N} eingegangen. Gesendet über {ORG}.",
        ],
        "expenses": [
            "REISEKOSTENABRECHNUNG\nMitarbeiter/in: {PERSON}\nKostenstelle: {N}\nReise: {CITY} – {CITY}, {DATE}\nAnlass: Kundenbesuch bei {ORG}\nHotel: {MONEY}\nTaxi: {MONEY}\nGenehmigt: {PERSON}",
            "Spesenabrechnung abgelehnt\n\nHallo {FIRST}, der Bewirtungsbeleg aus {CITY} ({MONEY}) kann nicht erstattet werden, weil die Teilnehmerliste fehlt. Bitte trage die Gäste nach, z. B. {PERSON} von {ORG}, und reiche den Beleg erneut ein.\nDanke, {PERSON}, Buchhaltung",
        ],
        "visitors": [
            "BESUCHERLISTE – {DATE}\n08:45 {PERSON}, {ORG}, Gastgeber: {PERSON}\n09:30 {PERSON}, {ORG}, Gastgeber: {TITLE} {LAST}",
            "Hinweis der Werksicherheit: Ein Besucher von {ORG} ({PERSON}) hat das Gebäude in {CITY} verlassen, ohne den Ausweis Nr. {N} zurückzugeben. Hinweise bitte an den Empfang oder an {PERSON}.",
        ],
    },
    "fr": {
        "payroll": [
            "BULLETIN DE PAIE – {DATE}\nEmployeur : {ORG}, {STREET}, {POSTCODE} {CITY}\nSalarié : {PERSON} (matricule {N})\nEmploi : {JOB}\nNet à payer {MONEY}, viré sur le compte {IBAN}.\nQuestions sur la paie : {EMAIL}",
            "Bonjour {FIRST},\n\nSuite à ton entretien annuel avec {PERSON}, ta rémunération passera à {MONEY} à compter du {DATE}. Cette révision concerne ton contrat chez {ORG} et ne modifie pas ton lieu de travail à {CITY}.\n\nCordialement,\n{TITLE} {LAST}\nService paie",
        ],
        "complaint": [
            "De : {PERSON} <{EMAIL}>\nÀ : Service client, {ORG}\nObjet : RE: Commande {REF} toujours pas reçue\n\nC'est la troisième fois que je vous écris. Le colis aurait été remis à votre transporteur à {CITY} le {DATE}, mais je n'ai rien reçu.\n\n> Le {DATE}, {PERSON} a écrit :\n> Nous vous prions de nous excuser pour ce retard et avons demandé à notre partenaire {ORG} de localiser l'envoi.",
            "Bonjour,\n\nVotre conseiller {FIRST} m'a promis un remboursement de {MONEY} il y a deux semaines et je n'ai plus aucune nouvelle. Je suis client chez {ORG} depuis que j'habitais à {CITY}.\n\n{PERSON}\n\n-----Message d'origine-----\nDe : Service après-vente, {ORG}\nMerci de nous avoir contactés. Votre dossier {REF} a été transmis à {TITLE} {LAST}.",
        ],
        "claim": [
            "Sinistre n° {REF}\nAssuré : {PERSON}\nAssureur : {ORG}\n\nLe {DATE}, le véhicule assuré était stationné dans une petite rue à {CITY} lorsqu'une camionnette de la société {ORG} l'a percuté en marche arrière. Le conducteur, {PERSON}, a reconnu sa responsabilité sur place. Montant estimé des réparations : {MONEY}.",
            "Déclaration de sinistre\n\nLors d'un déplacement professionnel à l'étranger (pays : {COUNTRY}) avec ma collègue {PERSON}, ma valise a été volée dans le hall de notre hôtel à {CITY}. Le vol a été déclaré à la police le soir même. Je suis assuré par l'intermédiaire de mon employeur, {ORG}, et vous prie de verser la valeur de remplacement de {MONEY} sur le compte {IBAN}.\n\n{PERSON}",
        ],
        "minutes": [
            "Procès-verbal du conseil d'administration – {ORG}\nSéance du {DATE}, siège social\nPrésents : {PERSON} (présidente), {PERSON}, {PERSON}\nExcusé : {TITLE} {LAST}\n\n1. La présidente rend compte des négociations avec {ORG}.",
            "CSE – compte rendu {REF}\n\nPoint 3 : {PERSON} évoque le transfert prévu de l'entrepôt de {CITY} vers {CITY}. Pour la direction, {TITLE} {LAST} confirme qu'aucun licenciement n'est prévu avant le {DATE}. {FIRST} demande que cet engagement soit mis par écrit.",
        ],
        "onboarding": [
            "FICHE DE RÉFÉRENCEMENT FOURNISSEUR\nRaison sociale : {ORG}\nSiège : {STREET}, {POSTCODE} {CITY}, {COUNTRY}\nInterlocuteur : {PERSON}\nCourriel : {EMAIL}\nTéléphone : {PHONE}\nIBAN : {IBAN}\nRecommandé par : {PERSON}",
            "Bienvenue parmi nos fournisseurs !\n\nNous avons validé le référencement de la société {ORG}. Votre interlocuteur sera {PERSON}, sur notre site de {CITY}. Merci d'indiquer le numéro de commande {REF} sur chaque facture. Pour les livraisons à notre filiale étrangère (pays : {COUNTRY}), contactez {TITLE} {LAST}.",
        ],
        "summons": [
            "CITATION À COMPARAÎTRE\n\nDestinataire : {PERSON}, {STREET}, {POSTCODE} {CITY}\n\nVous êtes cité(e) à comparaître devant le tribunal judiciaire siégeant à {CITY} le {DATE} à 10 heures, dans l'instance engagée contre vous par {ORG}, représentée par {PERSON} ({ORG}). À défaut de comparution, un jugement pourra être rendu contre vous.",
            "Convocation de témoin\n\n{TITLE} {PERSON} est convoqué(e) en qualité de témoin dans l'affaire opposant {ORG} à {ORG}. Audience : {DATE}, à {CITY}. Les frais de déplacement sont remboursés sur demande.\n\nLe greffier,\n{PERSON}",
        ],
        "school": [
            "Chers parents,\n\nLe {DATE}, la classe de CM1 visitera le muséum d'histoire naturelle à {CITY}. Le transport est assuré par {ORG}. Merci de remettre l'autorisation de sortie à {TITLE} {LAST} avant vendredi. Les élèves qui ne participent pas resteront dans la classe de {PERSON}.\n\n{PERSON}, directrice",
            "Bulletin du premier trimestre\nÉlève : {PERSON}\nProfesseur principal : {TITLE} {LAST}\n\n{FIRST} a fait d'excellents progrès en mathématiques et a représenté l'école au tournoi d'échecs organisé à {CITY}. Nous souhaitons à {FIRST} une bonne entrée au collège.",
        ],
        "clinic": [
            "Compte rendu d'hospitalisation\n\nObjet : {PERSON}, né(e) le {DATE}\nMédecin traitant : Dr {PERSON}\n\nVotre patiente a été admise dans notre service à {CITY} le {DATE} pour des douleurs thoraciques. Après prise en charge par {TITLE} {PERSON}, elle a pu regagner son domicile dans un état stable. Le suivi sera assuré par {ORG}.",
            "Rappel de rendez-vous\n\nBonjour {FIRST}, nous vous rappelons votre séance de kinésithérapie avec {PERSON} le {DATE} dans notre cabinet de {CITY}. Pour annuler, appelez le {PHONE}. Les séances sont facturées à {ORG} (contrat {REF}).",
        ],
        "press": [
            "{CITY} – Un incendie s'est déclaré le {DATE} dans un entrepôt exploité par {ORG} en périphérie de la ville. Il n'y a pas de blessé, selon le commandant des pompiers, {PERSON}. Locataire du bâtiment, {ORG} prévient que ses livraisons seront retardées, y compris pour sa filiale installée à {CITY}.",
            "Nominations\n{ORG} a nommé {PERSON} au poste de directeur financier à compter du {DATE}. {LAST}, qui travaillait auparavant chez {ORG} à {CITY}, succède à {PERSON}, qui part à la retraite après 22 ans.",
        ],
        "chat": [
            "[09:14] {FIRST} : quelqu'un a eu des nouvelles de {ORG} ?\n[09:15] {FIRST} : pas encore, {PERSON} les relance\n[09:17] {FIRST} : ok. je suis à {CITY} jusqu'à jeudi au fait",
            "{PERSON} (10:02) : Bonjour, ma carte {CARD} a été débitée deux fois par {ORG}\nConseiller {FIRST} (10:03) : Je suis désolé ! Pouvez-vous me confirmer la ville de votre adresse de facturation ?\n{PERSON} (10:04) : {CITY}",
        ],
        "export": [
            "id_client;nom;societe;ville\n{N};{PERSON};{ORG};{CITY}\n{N};{PERSON};{ORG};{CITY}",
            "Export contacts {DATE}\nNom | Organisation | Localisation | Courriel\n{PERSON} | {ORG} | {CITY} | {EMAIL}\n{PERSON} | {ORG} | {COUNTRY} | {EMAIL}",
        ],
        "transfer": [
            "Avis de virement reçu\nDonneur d'ordre : {ORG}\nBénéficiaire : {PERSON}\nIBAN du bénéficiaire : {IBAN}\nMontant : {MONEY}\nDate de valeur : {DATE}\nLibellé : remboursement commande {REF}, agence {CITY}",
            "Vous avez reçu {MONEY} de la part de {PERSON}. Motif : part de loyer de {FIRST}, appartement à {CITY}. La somme a été créditée sur votre compte se terminant par {N}. Envoyé via {ORG}.",
        ],
        "expenses": [
            "NOTE DE FRAIS\nSalarié : {PERSON}\nCentre de coût : {N}\nDéplacement : {CITY} – {CITY}, {DATE}\nObjet : visite client chez {ORG}\nHôtel : {MONEY}\nTaxi : {MONEY}\nValidé par : {PERSON}",
            "Note de frais refusée\n\nBonjour {FIRST}, le justificatif du dîner à {CITY} ({MONEY}) ne peut pas être remboursé car la liste des invités manque. Merci d'ajouter les participants, par exemple {PERSON} ({ORG}), puis de renvoyer la note.\nMerci, {PERSON}, comptabilité",
        ],
        "visitors": [
            "REGISTRE DES VISITEURS – {DATE}\n08h45 {PERSON}, {ORG}, reçu(e) par {PERSON}\n09h30 {PERSON}, {ORG}, reçu(e) par {TITLE} {LAST}",
            "Message de la sécurité : un visiteur de la société {ORG} ({PERSON}) a quitté le bâtiment de {CITY} sans rendre son badge n° {N}. Merci de prévenir l'accueil ou {PERSON} si vous l'avez trouvé.",
        ],
    },
    "es": {
        "payroll": [
            "NÓMINA – {DATE}\nEmpresa: {ORG}, {STREET}, {POSTCODE} {CITY}\nTrabajador/a: {PERSON} (n.º de empleado {N})\nPuesto: {JOB}\nLíquido a percibir {MONEY}, transferido a la cuenta {IBAN}.\nConsultas: {EMAIL}",
            "Hola, {FIRST}:\n\nTras tu evaluación anual con {PERSON}, tu salario pasará a {MONEY} a partir del {DATE}. El cambio afecta a tu contrato con {ORG} y no modifica tu centro de trabajo en {CITY}.\n\nUn saludo,\n{TITLE} {LAST}\nDepartamento de Nóminas",
        ],
        "complaint": [
            "De: {PERSON} <{EMAIL}>\nPara: Atención al cliente, {ORG}\nAsunto: RE: Pedido {REF} sin entregar\n\nEs la tercera vez que les escribo. Según ustedes, el paquete se entregó a su transportista en {CITY} el {DATE}, pero no me ha llegado nada.\n\n> El {DATE}, {PERSON} escribió:\n> Lamentamos el retraso y hemos pedido a nuestro socio {ORG} que localice el envío.",
            "Buenas tardes:\n\nSu agente {FIRST} me prometió hace dos semanas un reembolso de {MONEY} y desde entonces no sé nada. Soy cliente de {ORG} desde que vivía en {CITY}.\n\n{PERSON}\n\n-----Mensaje original-----\nDe: Servicio posventa, {ORG}\nGracias por contactar con nosotros. Su caso {REF} se ha remitido a {TITLE} {LAST}.",
        ],
        "claim": [
            "Siniestro n.º {REF}\nTomador: {PERSON}\nAseguradora: {ORG}\n\nEl {DATE}, el vehículo asegurado estaba aparcado en una calle de {CITY} cuando una furgoneta de {ORG} lo golpeó marcha atrás. El conductor, {PERSON}, reconoció su culpa en el lugar. Coste estimado de la reparación: {MONEY}.",
            "Declaración de siniestro\n\nDurante un viaje de trabajo a {COUNTRY} con mi compañera {PERSON}, me robaron la maleta en el vestíbulo de nuestro hotel en {CITY}. El robo se denunció esa misma noche ante la policía. Estoy asegurado a través de mi empresa, {ORG}, y solicito que el valor de reposición de {MONEY} se abone en la cuenta {IBAN}.\n\nFdo.: {PERSON}",
        ],
        "minutes": [
            "Acta del Consejo de Administración – {ORG}\nSesión del {DATE}, domicilio social\nAsistentes: {PERSON} (presidenta), {PERSON}, {PERSON}\nExcusa su asistencia: {TITLE} {LAST}\n\n1. La presidenta informa sobre las negociaciones con {ORG}.",
            "Comité de empresa, acta {REF}\n\nPunto 3: {PERSON} plantea el traslado previsto del almacén de {CITY} a {CITY}. En nombre de la dirección, {TITLE} {LAST} confirma que no hay despidos previstos antes del {DATE}. {FIRST} pide que este compromiso conste por escrito.",
        ],
        "onboarding": [
            "ALTA DE PROVEEDOR\nRazón social: {ORG}\nDomicilio social: {STREET}, {POSTCODE} {CITY}, {COUNTRY}\nPersona de contacto: {PERSON}\nCorreo electrónico: {EMAIL}\nTeléfono: {PHONE}\nCuenta bancaria: {IBAN}\nRecomendado por: {PERSON}",
            "¡Bienvenidos como proveedor!\n\nHemos dado de alta a {ORG} como proveedor homologado. Su persona de contacto será {PERSON}, de nuestra sede en {CITY}. Indiquen el número de pedido {REF} en todas las facturas. Para entregas en nuestra planta de {COUNTRY}, avisen a {TITLE} {LAST}.",
        ],
        "summons": [
            "CÉDULA DE CITACIÓN\n\nDestinatario: {PERSON}, {STREET}, {POSTCODE} {CITY}\n\nSe le cita para comparecer ante el juzgado de primera instancia con sede en {CITY} el {DATE} a las 10:00 horas, en el procedimiento promovido contra usted por {ORG}, representada por {PERSON} ({ORG}). Si no comparece, podrá dictarse sentencia en rebeldía.",
            "Citación de testigo\n\n{TITLE} {PERSON} queda citado/a como testigo en el procedimiento entre {ORG} y {ORG}. Vista: {DATE}, en {CITY}. Los gastos de desplazamiento se reembolsarán previa solicitud.\n\nEl letrado de la Administración de Justicia\n{PERSON}",
        ],
        "school": [
            "Estimadas familias:\n\nEl {DATE}, los alumnos de 4.º B visitarán el museo de ciencias en {CITY}. El autobús lo pone {ORG}. Entreguen la autorización firmada a {TITLE} {LAST} antes del viernes. Los alumnos que no vayan se quedarán con {PERSON} en la biblioteca.\n\n{PERSON}, directora",
            "Boletín de notas, primer trimestre\nAlumno/a: {PERSON}\nTutor/a: {TITLE} {LAST}\n\n{FIRST} ha progresado mucho en matemáticas y representó al colegio en el torneo de ajedrez celebrado en {CITY}. Deseamos a {FIRST} mucha suerte en el instituto.",
        ],
        "clinic": [
            "Informe de alta\n\nPaciente: {PERSON}, fecha de nacimiento {DATE}\nMédico de cabecera: Dr. {PERSON}\n\nLa paciente ingresó en nuestro servicio en {CITY} el {DATE} por dolor torácico. Tras el tratamiento pautado por {TITLE} {PERSON}, recibe el alta en situación estable. El seguimiento lo realizará {ORG}.",
            "Recordatorio de cita\n\nHola, {FIRST}: le recordamos su sesión de fisioterapia con {PERSON} el {DATE} en nuestra clínica de {CITY}. Para cancelar, llame al {PHONE}. Las sesiones se facturan a {ORG} (póliza {REF}).",
        ],
        "press": [
            "{CITY}. – Un incendio se declaró el {DATE} en una nave de {ORG} a las afueras de la ciudad. No hubo heridos, según el jefe de bomberos, {PERSON}. {ORG}, que tiene alquilado el edificio, advierte de retrasos en los envíos a {COUNTRY}.",
            "Nombramientos\n{ORG} ha nombrado a {PERSON} nuevo director financiero con efecto desde el {DATE}. {LAST}, que procede de {ORG} en {CITY}, sustituye a {PERSON}, que se jubila tras 22 años en la compañía.",
        ],
        "chat": [
            "[09:14] {FIRST}: ¿alguien sabe algo de {ORG}?\n[09:15] {FIRST}: todavía no, {PERSON} les está insistiendo\n[09:17] {FIRST}: vale. por cierto, estoy en {CITY} hasta el jueves",
            "{PERSON} (10:02): Hola, {ORG} me ha cobrado dos veces en la tarjeta {CARD}\nAgente {FIRST} (10:03): ¡Lo siento mucho! ¿Me confirma la ciudad de su dirección de facturación?\n{PERSON} (10:04): {CITY}",
        ],
        "export": [
            "id_cliente;nombre;empresa;ciudad\n{N};{PERSON};{ORG};{CITY}\n{N};{PERSON};{ORG};{CITY}",
            "Exportación de contactos {DATE}\nNombre | Organización | Ubicación | Correo\n{PERSON} | {ORG} | {CITY} | {EMAIL}\n{PERSON} | {ORG} | {COUNTRY} | {EMAIL}",
        ],
        "transfer": [
            "Aviso de transferencia recibida\nOrdenante: {ORG}\nBeneficiario: {PERSON}\nIBAN del beneficiario: {IBAN}\nImporte: {MONEY}\nFecha valor: {DATE}\nConcepto: devolución pedido {REF}, oficina {CITY}",
            "Has recibido {MONEY} de {PERSON}. Concepto: parte del alquiler de {FIRST}, piso en {CITY}. El importe ya está en tu cuenta terminada en {N}. Enviado a través de {ORG}.",
        ],
        "expenses": [
            "HOJA DE GASTOS DE VIAJE\nEmpleado/a: {PERSON}\nCentro de coste: {N}\nViaje: {CITY} – {CITY}, {DATE}\nMotivo: visita al cliente {ORG}\nHotel: {MONEY}\nTaxi: {MONEY}\nAprobado por: {PERSON}",
            "Gasto rechazado\n\nHola, {FIRST}: el tique de la cena en {CITY} ({MONEY}) no se puede reembolsar porque falta la lista de asistentes. Añade a los invitados, por ejemplo {PERSON} de {ORG}, y vuelve a enviarlo.\nGracias, {PERSON}, Contabilidad",
        ],
        "visitors": [
            "REGISTRO DE VISITAS – {DATE}\n08:45 {PERSON}, {ORG}, anfitrión: {PERSON}\n09:30 {PERSON}, {ORG}, anfitrión: {TITLE} {LAST}",
            "Aviso de seguridad: un visitante de {ORG} ({PERSON}) salió del edificio de {CITY} sin devolver la tarjeta n.º {N}. Si la encuentran, avisen a recepción o a {PERSON}.",
        ],
    },
    "it": {
        "payroll": [
            "CEDOLINO PAGA – {DATE}\nDatore di lavoro: {ORG}, {STREET}, {POSTCODE} {CITY}\nDipendente: {PERSON} (matricola {N})\nMansione: {JOB}\nNetto in busta {MONEY}, accreditato sul conto {IBAN}.\nPer informazioni: {EMAIL}",
            "Ciao {FIRST},\n\ndopo il colloquio annuale con {PERSON}, la tua retribuzione salirà a {MONEY} dal {DATE}. La modifica riguarda il tuo contratto con {ORG} e non cambia la tua sede di lavoro a {CITY}.\n\nCordiali saluti,\n{TITLE} {LAST}\nUfficio paghe",
        ],
        "complaint": [
            "Da: {PERSON} <{EMAIL}>\nA: Servizio clienti, {ORG}\nOggetto: R: Ordine {REF} non ancora arrivato\n\nVi scrivo per la terza volta. Il pacco sarebbe stato consegnato al vostro corriere a {CITY} il {DATE}, ma non è arrivato nulla.\n\n> Il giorno {DATE}, {PERSON} ha scritto:\n> Ci scusiamo per il ritardo e abbiamo chiesto al nostro partner {ORG} di rintracciare la spedizione.",
            "Buongiorno,\n\nil vostro operatore {FIRST} mi aveva promesso un rimborso di {MONEY} due settimane fa e da allora non ho più saputo nulla. Sono cliente di {ORG} da quando abitavo a {CITY}.\n\n{PERSON}\n\n-----Messaggio originale-----\nDa: Assistenza clienti, {ORG}\nGrazie per averci contattato. La sua pratica {REF} è stata inoltrata a {TITLE} {LAST}.",
        ],
        "claim": [
            "Sinistro n. {REF}\nContraente: {PERSON}\nCompagnia: {ORG}\n\nIl {DATE} il veicolo assicurato era parcheggiato in una via di {CITY} quando un furgone di {ORG} lo ha urtato in retromarcia. Il conducente, {PERSON}, ha ammesso la propria responsabilità sul posto. Costo stimato della riparazione: {MONEY}.",
            "Denuncia di sinistro\n\nDurante una trasferta in {COUNTRY} con la collega {PERSON}, mi è stata rubata la valigia nella hall del nostro albergo a {CITY}. Il furto è stato denunciato alla polizia la sera stessa. Sono assicurato tramite il mio datore di lavoro, {ORG}, e chiedo che il valore di sostituzione di {MONEY} sia versato sul conto {IBAN}.\n\nIn fede, {PERSON}",
        ],
        "minutes": [
            "Verbale del consiglio di amministrazione – {ORG}\nSeduta del {DATE}, sede legale\nPresenti: {PERSON} (presidente), {PERSON}, {PERSON}\nAssente giustificato: {TITLE} {LAST}\n\n1. La presidente riferisce sulle trattative con {ORG}.",
            "RSU – verbale {REF}\n\nPunto 3: {PERSON} solleva la questione del previsto trasferimento del magazzino da {CITY} a {CITY}. Per la direzione, {TITLE} {LAST} conferma che non sono previsti licenziamenti prima del {DATE}. {FIRST} chiede che l'impegno sia messo per iscritto.",
        ],
        "onboarding": [
            "SCHEDA ANAGRAFICA FORNITORE\nRagione sociale: {ORG}\nSede legale: {STREET}, {POSTCODE} {CITY}, {COUNTRY}\nReferente: {PERSON}\nE-mail: {EMAIL}\nTelefono: {PHONE}\nCoordinate bancarie: {IBAN}\nSegnalato da: {PERSON}",
            "Benvenuti tra i nostri fornitori!\n\nAbbiamo qualificato {ORG} come fornitore. Il vostro referente sarà {PERSON}, della nostra sede di {CITY}. Indicate il numero d'ordine {REF} su ogni fattura. Per le consegne al nostro stabilimento in {COUNTRY}, avvisate {TITLE} {LAST}.",
        ],
        "summons": [
            "ATTO DI CITAZIONE\n\nDestinatario: {PERSON}, {STREET}, {POSTCODE} {CITY}\n\nLa S.V. è citata a comparire davanti al tribunale con sede a {CITY} il {DATE} alle ore 10, nella causa promossa nei suoi confronti da {ORG}, rappresentata da {PERSON} ({ORG}). In caso di mancata comparizione si procederà in contumacia.",
            "Citazione testimoniale\n\n{TITLE} {PERSON} è citato/a come testimone nella causa tra {ORG} e {ORG}. Udienza: {DATE}, a {CITY}. Le spese di viaggio sono rimborsate su richiesta.\n\nIl cancelliere\n{PERSON}",
        ],
        "school": [
            "Gentili genitori,\n\nil {DATE} la classe 4ª B visiterà il museo di scienze naturali a {CITY}. Il pullman è fornito da {ORG}. Vi preghiamo di consegnare l'autorizzazione a {TITLE} {LAST} entro venerdì. Gli alunni che non partecipano resteranno in biblioteca con {PERSON}.\n\n{PERSON}, dirigente scolastica",
            "Pagella, primo quadrimestre\nAlunno/a: {PERSON}\nCoordinatore di classe: {TITLE} {LAST}\n\n{FIRST} ha fatto grandi progressi in matematica e ha rappresentato la scuola al torneo di scacchi che si è svolto a {CITY}. Auguriamo a {FIRST} un buon inizio alle medie.",
        ],
        "clinic": [
            "Lettera di dimissione\n\nPaziente: {PERSON}, nata il {DATE}\nMedico curante: dott. {PERSON}\n\nLa paziente è stata ricoverata presso il nostro reparto a {CITY} il {DATE} per dolore toracico. Dopo il trattamento impostato da {TITLE} {PERSON}, viene dimessa in condizioni stabili. Il follow-up sarà seguito da {ORG}.",
            "Promemoria appuntamento\n\nGentile {FIRST}, le ricordiamo la seduta di fisioterapia con {PERSON} il {DATE} presso il nostro studio di {CITY}. Per disdire chiami il {PHONE}. Le sedute sono fatturate a {ORG} (polizza {REF}).",
        ],
        "press": [
            "{CITY} – Un incendio è scoppiato il {DATE} in un magazzino gestito da {ORG} alla periferia della città. Nessun ferito, secondo il comandante dei vigili del fuoco {PERSON}. {ORG}, che ha in affitto l'edificio, prevede ritardi nelle consegne ai clienti in {COUNTRY}.",
            "Nomine\n{ORG} ha nominato {PERSON} nuovo direttore finanziario a partire dal {DATE}. {LAST}, che in precedenza lavorava per {ORG} a {CITY}, succede a {PERSON}, che va in pensione dopo 22 anni.",
        ],
        "chat": [
            "[09:14] {FIRST}: qualcuno ha sentito {ORG}?\n[09:15] {FIRST}: non ancora, ci sta pensando {PERSON}\n[09:17] {FIRST}: ok. comunque sono a {CITY} fino a giovedì",
            "{PERSON} (10:02): Salve, {ORG} mi ha addebitato due volte sulla carta {CARD}\nOperatore {FIRST} (10:03): Mi dispiace! Può confermarmi la città dell'indirizzo di fatturazione?\n{PERSON} (10:04): {CITY}",
        ],
        "export": [
            "id_cliente;nominativo;azienda;citta\n{N};{PERSON};{ORG};{CITY}\n{N};{PERSON};{ORG};{CITY}",
            "Esportazione contatti {DATE}\nNome | Organizzazione | Località | E-mail\n{PERSON} | {ORG} | {CITY} | {EMAIL}\n{PERSON} | {ORG} | {COUNTRY} | {EMAIL}",
        ],
        "transfer": [
            "Avviso di bonifico in entrata\nOrdinante: {ORG}\nBeneficiario: {PERSON}\nIBAN beneficiario: {IBAN}\nImporto: {MONEY}\nData valuta: {DATE}\nCausale: rimborso ordine {REF}, filiale {CITY}",
            "Hai ricevuto {MONEY} da {PERSON}. Causale: quota affitto di {FIRST}, appartamento a {CITY}. L'importo è disponibile sul conto che termina con {N}. Inviato tramite {ORG}.",
        ],
        "expenses": [
            "NOTA SPESE TRASFERTA\nDipendente: {PERSON}\nCentro di costo: {N}\nViaggio: {CITY} – {CITY}, {DATE}\nMotivo: visita al cliente {ORG}\nAlbergo: {MONEY}\nTaxi: {MONEY}\nApprovato da: {PERSON}",
            "Nota spese respinta\n\nCiao {FIRST}, lo scontrino della cena a {CITY} ({MONEY}) non può essere rimborsato perché manca l'elenco dei partecipanti. Aggiungi gli ospiti, ad esempio {PERSON} di {ORG}, e ripresenta la nota.\nGrazie, {PERSON}, Amministrazione",
        ],
        "visitors": [
            "REGISTRO VISITATORI – {DATE}\n08:45 {PERSON}, {ORG}, ospite di {PERSON}\n09:30 {PERSON}, {ORG}, ospite di {TITLE} {LAST}",
            "Avviso della sicurezza: un visitatore di {ORG} ({PERSON}) ha lasciato l'edificio di {CITY} senza restituire il badge n. {N}. Chi lo trova avvisi la reception o {PERSON}.",
        ],
    },
    "nl": {
        "payroll": [
            "LOONSTROOK {DATE}\nWerkgever: {ORG}, {STREET}, {POSTCODE} {CITY}\nWerknemer: {PERSON} (personeelsnr. {N})\nFunctie: {JOB}\nNetto uitbetaald {MONEY} op rekening {IBAN}.\nVragen over je loon: {EMAIL}",
            "Beste {FIRST},\n\nNa je jaargesprek met {PERSON} stijgt je salaris per {DATE} naar {MONEY}. De aanpassing geldt voor je contract bij {ORG}; je standplaats {CITY} blijft ongewijzigd.\n\nMet vriendelijke groet,\n{TITLE} {LAST}\nSalarisadministratie",
        ],
        "complaint": [
            "Van: {PERSON} <{EMAIL}>\nAan: Klantenservice, {ORG}\nOnderwerp: RE: Bestelling {REF} nog steeds niet ontvangen\n\nDit is de derde keer dat ik u schrijf. Het pakket zou op {DATE} in {CITY} aan uw vervoerder zijn meegegeven, maar er is niets aangekomen.\n\n> Op {DATE} schreef {PERSON}:\n> Excuses voor de vertraging. We hebben onze partner {ORG} gevraagd de zending op te sporen.",
            "Goedemiddag,\n\nUw medewerker {FIRST} heeft mij twee weken geleden een terugbetaling van {MONEY} beloofd en sindsdien hoor ik niets. Ik ben klant bij {ORG} sinds ik in {CITY} woonde.\n\n{PERSON}\n\n-----Oorspronkelijk bericht-----\nVan: Klantendienst, {ORG}\nBedankt voor uw bericht. Uw zaak {REF} is doorgestuurd naar {TITLE} {LAST}.",
        ],
        "claim": [
            "Schadenummer {REF}\nVerzekeringnemer: {PERSON}\nVerzekeraar: {ORG}\n\nOp {DATE} stond het verzekerde voertuig geparkeerd in een zijstraat in {CITY} toen een bestelbus van {ORG} er achteruit tegenaan reed. De bestuurder, {PERSON}, erkende ter plekke zijn schuld. Geschatte reparatiekosten: {MONEY}.",
            "Schadeaangifte\n\nTijdens een zakenreis naar {COUNTRY} met mijn collega {PERSON} is mijn koffer gestolen uit de lobby van ons hotel in {CITY}. De diefstal is dezelfde avond bij de politie gemeld. Ik ben verzekerd via mijn werkgever, {ORG}, en verzoek u de vervangingswaarde van {MONEY} over te maken op {IBAN}.\n\nGetekend, {PERSON}",
        ],
        "minutes": [
            "Notulen van de raad van commissarissen – {ORG}\nVergadering van {DATE}, hoofdkantoor\nAanwezig: {PERSON} (voorzitter), {PERSON}, {PERSON}\nAfwezig met kennisgeving: {TITLE} {LAST}\n\n1. De voorzitter doet verslag van de onderhandelingen met {ORG}.",
            "Ondernemingsraad, verslag {REF}\n\nPunt 3: {PERSON} brengt de geplande verhuizing van het magazijn van {CITY} naar {CITY} ter sprake. Namens de directie bevestigt {TITLE} {LAST} dat er vóór {DATE} geen gedwongen ontslagen gepland zijn. {FIRST} vraagt dit schriftelijk vast te leggen.",
        ],
        "onboarding": [
            "LEVERANCIERSREGISTRATIE\nStatutaire naam: {ORG}\nVestigingsadres: {STREET}, {POSTCODE} {CITY}, {COUNTRY}\nContactpersoon: {PERSON}\nE-mail: {EMAIL}\nTelefoon: {PHONE}\nBankrekening: {IBAN}\nAangedragen door: {PERSON}",
            "Welkom als leverancier!\n\nWe hebben {ORG} goedgekeurd als leverancier. Uw contactpersoon is {PERSON} van onze vestiging in {CITY}. Vermeld ordernummer {REF} op elke factuur. Levert u ook aan onze fabriek in {COUNTRY}? Meld het dan bij {TITLE} {LAST}.",
        ],
        "summons": [
            "DAGVAARDING\n\nAan: {PERSON}, {STREET}, {POSTCODE} {CITY}\n\nU wordt opgeroepen te verschijnen ter terechtzitting van de rechtbank in {CITY} op {DATE} om 10.00 uur, in de zaak die {ORG}, vertegenwoordigd door {PERSON} ({ORG}), tegen u heeft aangespannen. Verschijnt u niet, dan kan verstek worden verleend.",
            "Oproeping getuige\n\n{TITLE} {PERSON} wordt als getuige opgeroepen in de zaak tussen {ORG} en {ORG}. Zitting: {DATE}, te {CITY}. Reiskosten worden op verzoek vergoed.\n\nDe griffier,\n{PERSON}",
        ],
        "school": [
            "Beste ouders,\n\nOp {DATE} bezoekt groep 6 het natuurhistorisch museum in {CITY}. De bus wordt verzorgd door {ORG}. Lever het toestemmingsformulier vóór vrijdag in bij {TITLE} {LAST}. Leerlingen die niet meegaan, blijven bij {PERSON} in de bibliotheek.\n\n{PERSON}, directeur",
            "Rapport, eerste periode\nLeerling: {PERSON}\nMentor: {TITLE} {LAST}\n\n{FIRST} is flink vooruitgegaan in rekenen en heeft de school vertegenwoordigd op het schaaktoernooi in {CITY}. We wensen {FIRST} veel succes op de middelbare school.",
        ],
        "clinic": [
            "Ontslagbrief\n\nBetreft: {PERSON}, geboren {DATE}\nHuisarts: dr. {PERSON}\n\nUw patiënte werd op {DATE} opgenomen op onze afdeling in {CITY} wegens pijn op de borst. Na behandeling door {TITLE} {PERSON} is zij in stabiele toestand ontslagen. De nazorg wordt verzorgd door {ORG}.",
            "Herinnering afspraak\n\nBeste {FIRST}, we herinneren u aan uw fysiotherapiebehandeling bij {PERSON} op {DATE} in onze praktijk in {CITY}. Afzeggen kan via {PHONE}. De behandelingen worden gedeclareerd bij {ORG} (polis {REF}).",
        ],
        "press": [
            "{CITY} – In een loods van {ORG} aan de rand van de stad is op {DATE} brand uitgebroken. Er vielen geen gewonden, aldus brandweercommandant {PERSON}. {ORG}, dat het pand huurt, verwacht vertraging bij leveringen naar {COUNTRY}.",
            "Benoemingen\n{ORG} heeft {PERSON} benoemd tot financieel directeur, met ingang van {DATE}. {LAST}, eerder werkzaam bij {ORG} in {CITY}, volgt {PERSON} op, die na 22 jaar met pensioen gaat.",
        ],
        "chat": [
            "[09:14] {FIRST}: al iets gehoord van {ORG}?\n[09:15] {FIRST}: nog niet, {PERSON} belt ze na\n[09:17] {FIRST}: ok. ik zit trouwens tot donderdag in {CITY}",
            "{PERSON} (10:02): Hallo, {ORG} heeft mijn kaart {CARD} twee keer belast\nMedewerker {FIRST} (10:03): Vervelend! Kunt u de woonplaats van uw factuuradres bevestigen?\n{PERSON} (10:04): {CITY}",
        ],
        "export": [
            "klantnr;naam;bedrijf;plaats\n{N};{PERSON};{ORG};{CITY}\n{N};{PERSON};{ORG};{CITY}",
            "Contactexport {DATE}\nNaam | Organisatie | Locatie | E-mail\n{PERSON} | {ORG} | {CITY} | {EMAIL}\n{PERSON} | {ORG} | {COUNTRY} | {EMAIL}",
        ],
        "transfer": [
            "Bijschrijvingsbericht\nOpdrachtgever: {ORG}\nBegunstigde: {PERSON}\nIBAN begunstigde: {IBAN}\nBedrag: {MONEY}\nValutadatum: {DATE}\nOmschrijving: terugbetaling bestelling {REF}, filiaal {CITY}",
            "Je hebt {MONEY} ontvangen van {PERSON}. Omschrijving: huurdeel {FIRST}, appartement in {CITY}. Het bedrag staat op je rekening eindigend op {N}. Verstuurd via {ORG}.",
        ],
        "expenses": [
            "DECLARATIE REISKOSTEN\nMedewerker: {PERSON}\nKostenplaats: {N}\nReis: {CITY} – {CITY}, {DATE}\nDoel: klantbezoek bij {ORG}\nHotel: {MONEY}\nTaxi: {MONEY}\nGoedgekeurd door: {PERSON}",
            "Declaratie afgewezen\n\nHoi {FIRST}, de bon van het diner in {CITY} ({MONEY}) kan niet worden vergoed omdat de deelnemerslijst ontbreekt. Vul de gasten aan, bijvoorbeeld {PERSON} van {ORG}, en dien de declaratie opnieuw in.\nDank, {PERSON}, Financiën",
        ],
        "visitors": [
            "BEZOEKERSREGISTRATIE – {DATE}\n08:45 {PERSON}, {ORG}, gastheer: {PERSON}\n09:30 {PERSON}, {ORG}, gastheer: {TITLE} {LAST}",
            "Melding beveiliging: een bezoeker van {ORG} ({PERSON}) heeft het gebouw in {CITY} verlaten zonder pasje nr. {N} in te leveren. Weet u waar het is? Laat het de receptie of {PERSON} weten.",
        ],
    },
}
