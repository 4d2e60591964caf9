"""Sentence templates of the SIXTH held-out sets (``generate_lang.py
--source mimesis --templates sixth``): written on 2026-12-06, by someone
who had read only the style keys of the tuning, held-out, fresh and third
templates. Other document kinds again: payment reminders, medical and
occupational-health appointment letters, job applications, speaker bios
and profiles, event invitations, property listings and viewing
confirmations, customer reviews and forum posts, and chat messages
between colleagues. Eight kinds a language, two templates each.

The same day their errors were read and guided changes to the rules
(kind words before a company's name, chat speakers, professions after a
name): they are tuning text now, like the fresh set. The seventh set,
``templates_seventh.py``, is the blind one.

Placeholders as in ``templates_tuning.py``.
"""

TEMPLATES = {
    "en": {
        "dunning": [
            "{ORG}\nAccounts Receivable\n{STREET}\n{CITY} {POSTCODE}\n\n{DATE}\n\nDear {TITLE} {LAST},\n\nOur records show that invoice {REF} for {MONEY}, due on {DATE}, remains unpaid. If you have already settled it, please disregard this letter. Otherwise, kindly transfer the amount to {IBAN} within 14 days, quoting the invoice number.\n\nYours sincerely,\n{PERSON}\nCredit Control, {ORG}",
            "Subject: Second reminder - account {REF}\n\nHi {FIRST},\n\nI'm following up on the outstanding balance of {MONEY} for the equipment we delivered to your site in {CITY} last month. We haven't received payment or a reply to our first reminder. If there is a problem with the order, let me know and I'll sort it out with our warehouse; otherwise we will have to pass the account to {ORG} for collection after {DATE}.\n\nBest,\n{PERSON}\n{ORG}\n{PHONE}",
        ],
        "appointment": [
            "Dear {TITLE} {LAST},\n\nYou have been booked for a pre-employment health assessment, arranged on behalf of {ORG}. Your appointment is on {DATE} at 9:40 a.m. at our clinic, {STREET}, {CITY}. Please bring photo ID and a list of any medication you take. If you need to reschedule, call us on {PHONE} at least 48 hours in advance.\n\nKind regards,\nDr. {PERSON}\nOccupational Health Team",
            "APPOINTMENT CONFIRMATION\n\nPatient: {PERSON}\nDate of birth: {DATE}\nInsurer: {ORG}, member no. {REF}\nClinic: Cardiology outpatients, {STREET}, {CITY}\nConsultant: {TITLE} {LAST}\n\nPlease arrive 15 minutes early and bring your insurance card. Questions about what your plan covers should go directly to {ORG}.",
        ],
        "application": [
            "Dear Hiring Manager,\n\nI am writing to apply for the role of {JOB} at {ORG}, as advertised on your careers page. For the last four years I have worked for {ORG} in {CITY}, where I coordinated shipments to customers in {COUNTRY} and across the region. {PERSON} from your procurement team, whom I met at a trade fair last spring, suggested I get in touch.\n\nYours faithfully,\n{PERSON}\n{EMAIL} | {PHONE}",
            "Hello {TITLE} {LAST},\n\nI saw that {ORG} is hiring for the {JOB} role in the {CITY} office and wanted to reach out directly. I'm currently at {ORG}, where I've led our expansion into {COUNTRY}, and before that I spent three years with {ORG}. My CV is attached, and {PERSON}, my former manager, is happy to act as a referee.\n\nThanks for your time,\n{PERSON}",
        ],
        "bio": [
            "About the speaker\n\n{PERSON} is head of data governance at {ORG}, based in {CITY}. Before joining {ORG} in 2019, {TITLE} {LAST} spent eight years at {ORG}, building compliance programmes for clients in {COUNTRY} and across Europe. The talk looks at what the new reporting rules mean for mid-sized firms.",
            "{PERSON}\n{JOB} at {ORG}\n{CITY}, {COUNTRY} · 500+ connections\n\nAbout\nI help small manufacturers get their products onto the shelves of large retailers. Previously at {ORG} and {ORG}, where I managed key accounts. Always happy to chat about supply chains, sourcing or the best coffee in {CITY}.",
        ],
        "invitation": [
            "You're invited!\n\n{ORG} and {ORG} invite you to the Regional Innovation Forum on {DATE} at the Convention Centre in {CITY}. The keynote will be given by {PERSON}, chief technology officer of {ORG}, followed by a panel with founders from {COUNTRY}. Registration is free but places are limited, so please sign up at {URL} by {DATE}.\n\nWe look forward to seeing you,\n{PERSON}\nEvents Team",
            "Dear {FIRST},\n\nTo mark twenty-five years in business, the partners of {ORG} would be delighted if you could join us for dinner on {DATE} at 7 p.m. at our offices in {CITY}. {PERSON} and {PERSON} will say a few words, and our friends from {ORG} are doing the catering. Please let {TITLE} {LAST} know by {DATE} whether you can make it, at {EMAIL}.\n\nWarm regards,\n{PERSON}",
        ],
        "listing": [
            "FOR SALE - Three-bedroom townhouse, {CITY}\n\nBright end-of-terrace home at {STREET}, a short walk from the station and local schools. Open-plan kitchen, south-facing garden and off-street parking. Asking price {MONEY}.\n\nViewings by appointment through {ORG}. Contact {PERSON} on {PHONE} or {EMAIL}.",
            "Hi {FIRST},\n\nThanks for your interest in the two-bedroom apartment at {STREET}, {CITY}. Your viewing is confirmed for {DATE} at 5:30 pm, and my colleague {PERSON} will meet you in the lobby. The building is managed by {ORG}, who will ask for proof of income and a reference if you decide to apply.\n\nBest regards,\n{PERSON}\nLettings, {ORG}\n{PHONE}",
        ],
        "review": [
            "★★☆☆☆ Slow delivery, helpful staff\n\nOrdered a sofa from {ORG} in March and it took eleven weeks to arrive in {CITY}. {ORG}'s customer service kept blaming the courier. In the end a manager called {PERSON} sorted it out and gave us a partial refund, which is the only reason this isn't one star.\n\n{FIRST}, {CITY}",
            "Re: Anyone used {ORG} for a kitchen refit?\n\nWe had them in last year for our place near {CITY}. The fitter, {FIRST}, was excellent and tidy, but the quote went up by about {MONEY} once they'd started. I'd get everything in writing. If you want a second opinion, {PERSON} at {ORG} did my sister's kitchen and she's still happy with it.",
        ],
        "chat": [
            "[09:12] {PERSON}: morning! did {ORG} ever send the signed contract back?\n[09:14] {PERSON}: not yet, {FIRST} says their legal team in {CITY} is still stuck on clause 7\n[09:15] {PERSON}: ugh. can you chase them? we promised {ORG} a start date\n[09:16] {PERSON}: on it, will call {TITLE} {LAST} after standup",
            "{FIRST}: my flight to {CITY} got cancelled, I won't make the workshop at {ORG} tomorrow\n{FIRST}: oh no. want me to present instead?\n{FIRST}: would you? slides are in the shared drive and {PERSON} from {ORG} has the client notes\n{FIRST}: sure, send me the number",
        ],
    },
    "de": {
        "dunning": [
            "{ORG}\n{STREET}\n{POSTCODE} {CITY}\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nZahlungserinnerung zur Rechnung {REF}\n\nGuten Tag {TITLE} {LAST},\n\nsicher haben Sie es im Alltag übersehen: Der Rechnungsbetrag von {MONEY} war am {DATE} fällig und ist bei uns bislang nicht eingegangen. Bitte überweisen Sie den offenen Betrag bis zum {DATE} auf unser Konto {IBAN}. Sollte sich Ihre Zahlung mit diesem Schreiben überschnitten haben, betrachten Sie es bitte als gegenstandslos.\n\nMit freundlichen Grüßen\n{PERSON}\nBuchhaltung",
            "Firma\n{ORG}\nz. Hd. {PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\n2. Mahnung - Kundennummer {REF}\n\nSehr geehrte Damen und Herren,\n\ntrotz unserer Erinnerung vom {DATE} ist die Rechnung über {MONEY} für die Lieferung an Ihre Filiale in {CITY} weiterhin offen. Wir setzen Ihnen hiermit eine letzte Frist bis zum {DATE}. Geht bis dahin keine Zahlung ein, übergeben wir die Forderung an unser Inkassobüro {ORG}, wodurch Ihnen weitere Kosten entstehen.\n\nMit freundlichen Grüßen\n{ORG}\ni. A. {PERSON}",
        ],
        "appointment": [
            "Praxis für Orthopädie\nDr. med. {PERSON}\n{STREET}, {POSTCODE} {CITY}\n\nTerminbestätigung\n\nGuten Tag {TITLE} {LAST},\n\nhiermit bestätigen wir Ihren Termin am {DATE} um 10:15 Uhr. Bitte bringen Sie Ihre Versichertenkarte und, falls vorhanden, den Überweisungsschein mit. Die Kosten der Stoßwellentherapie übernimmt Ihre Krankenkasse {ORG} nur nach vorheriger Genehmigung. Können Sie den Termin nicht wahrnehmen, sagen Sie bitte spätestens 24 Stunden vorher unter {PHONE} ab.",
            "Einladung zur arbeitsmedizinischen Vorsorge\n\nGuten Tag {TITLE} {LAST},\n\nim Auftrag Ihres Arbeitgebers {ORG} laden wir Sie zur arbeitsmedizinischen Vorsorge ein. Der Termin findet am {DATE} um 8:30 Uhr in unserem Zentrum in {CITY}, {STREET}, statt. Bitte kommen Sie nüchtern und bringen Sie Ihren Impfpass mit. Ist der Termin für Sie nicht möglich, melden Sie sich bitte unter {PHONE}.\n\nFreundliche Grüße\n{PERSON}\nArbeitsmedizinisches Zentrum, {ORG}",
        ],
        "application": [
            "Bewerbung als {JOB} - Ihre Anzeige vom {DATE}\n\nSehr geehrte Damen und Herren,\n\nmit großem Interesse habe ich Ihre Stellenanzeige gelesen. Derzeit arbeite ich bei {ORG} in {CITY} und betreue dort Geschäftskunden im gesamten DACH-Raum. Meine Ausbildung habe ich bei {ORG} absolviert, anschließend folgten zwei Jahre im Vertrieb von {ORG}. Gern überzeuge ich Sie in einem persönlichen Gespräch davon, dass ich gut in Ihr Team passe.\n\nMit freundlichen Grüßen\n{PERSON}",
            "Guten Tag {TITLE} {LAST},\n\nauf Empfehlung von {PERSON} aus Ihrer Entwicklungsabteilung sende ich Ihnen meine Initiativbewerbung. Nach dem Studium in {CITY} habe ich vier Jahre lang Logistikprojekte für {ORG} geleitet, zuletzt den Aufbau eines Lagers in {CITY} ({COUNTRY}). Seit {DATE} bin ich bei {ORG} für die Lieferantensteuerung verantwortlich. Über eine Einladung zu einem Gespräch würde ich mich sehr freuen.\n\nMit freundlichen Grüßen\n{PERSON}\n{EMAIL}",
        ],
        "bio": [
            "Zur Person\n\n{PERSON} leitet seit {DATE} den Bereich Nachhaltigkeit bei {ORG} in {CITY}. Zuvor verantwortete {TITLE} {LAST} mehrere Jahre die Einkaufsstrategie von {ORG} für Osteuropa und gehört heute dem Beirat von {ORG} an. Der Vortrag trägt den Titel „Lieferketten ohne blinde Flecken“.",
            "{PERSON}\n{JOB} bei {ORG}\n{CITY}, {COUNTRY}\n\nÜber mich\nIch unterstütze mittelständische Unternehmen dabei, ihre Buchhaltung zu digitalisieren. Vorher: {ORG} und {ORG}. Ich freue mich über Kontaktanfragen, gern auch auf einen Kaffee in {CITY}.",
        ],
        "invitation": [
            "Einladung zum 5. Mittelstandsforum\n\nGemeinsam mit {ORG} laden wir Sie herzlich am {DATE} ins Kongresszentrum {CITY} ein. Die Keynote hält {PERSON} ({ORG}), anschließend diskutieren Gäste aus Wirtschaft und Politik. Die Teilnahme ist kostenlos; bitte melden Sie sich bis zum {DATE} unter {URL} an.\n\nMit freundlichen Grüßen\n{PERSON}\nVeranstaltungsteam, {ORG}",
            "Hallo {FIRST},\n\nunser Büro in {CITY} wird zehn Jahre alt, und das wollen wir feiern! Am {DATE} ab 18 Uhr gibt es Flammkuchen, Musik und einen kleinen Rückblick von {PERSON}. Die Kolleginnen und Kollegen von {ORG} und {ORG} haben schon zugesagt. Gib mir bitte bis Ende der Woche kurz Bescheid, ob du kommst.\n\nViele Grüße\n{PERSON}",
        ],
        "listing": [
            "Helle 3-Zimmer-Wohnung mit Balkon in {CITY}\n\nDie Wohnung liegt im 2. OG eines gepflegten Mehrfamilienhauses ({STREET}) und ist ab dem {DATE} frei. Einbauküche, Tageslichtbad und Kellerabteil sind vorhanden. Kaltmiete: {MONEY}, Nebenkosten nach Vereinbarung.\n\nBesichtigungen vereinbaren Sie bitte mit {PERSON} von {ORG} unter {PHONE}.",
            "Guten Tag {TITLE} {LAST},\n\nvielen Dank für Ihr Interesse an dem Einfamilienhaus in {CITY}. Gern bestätige ich Ihnen den Besichtigungstermin am {DATE} um 16 Uhr vor Ort, {STREET}. Bitte bringen Sie eine Finanzierungsbestätigung Ihrer Bank mit; falls Sie noch keine haben, empfehle ich Ihnen unseren Partner {ORG}.\n\nMit freundlichen Grüßen\n{PERSON}\nImmobilienberatung\n{ORG}\n{PHONE}",
        ],
        "review": [
            "★★★★☆ Gute Beratung, lange Lieferzeit\n\nHabe im Frühjahr bei {ORG} eine neue Heizung bestellt. Die Beratung durch {PERSON} war top, alles verständlich erklärt. Leider hat der Einbau fast drei Monate gedauert, weil der Hersteller {ORG} nicht liefern konnte. Für {CITY} und Umgebung trotzdem eine klare Empfehlung.",
            "Re: Erfahrungen mit {ORG}?\n\nWir haben unsere Solaranlage letztes Jahr über {ORG} bekommen, die Montage hat ein Betrieb aus {CITY} gemacht. Lief im Großen und Ganzen gut, nur die Anmeldung beim Netzbetreiber hat ewig gedauert. Bei uns hat sich {TITLE} {LAST} aus dem Innendienst um alles gekümmert, da lohnt es sich, direkt anzurufen.",
        ],
        "chat": [
            "[08:57] {PERSON}: Moin! Hat {ORG} den Vertrag schon unterschrieben zurückgeschickt?\n[08:59] {PERSON}: Noch nicht, laut {FIRST} prüft die Rechtsabteilung in {CITY} noch Punkt 7.\n[09:00] {PERSON}: Mist. Kannst du da mal nachhaken? Wir haben {ORG} den Starttermin schon zugesagt.\n[09:01] {PERSON}: Mach ich, ich ruf nach dem Daily {PERSON} an.",
            "{FIRST}: Mein Zug nach {CITY} fällt aus, ich schaffe den Workshop bei {ORG} morgen nicht\n{FIRST}: Oh nein. Soll ich übernehmen?\n{FIRST}: Das wäre super! Die Folien liegen im gemeinsamen Ordner, die Kundennotizen hat {PERSON} von {ORG}.\n{FIRST}: Alles klar, schick mir einfach die Nummer.",
        ],
    },
    "fr": {
        "dunning": [
            "{ORG}\nService recouvrement\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, le {DATE}\n\nObjet : Relance - facture {REF}\n\n{TITLE} {LAST},\n\nSauf erreur de notre part, la facture {REF} d'un montant de {MONEY}, échue le {DATE}, reste impayée à ce jour. Nous vous remercions de bien vouloir procéder à son règlement par virement sur le compte {IBAN} sous huit jours. Si votre paiement a été effectué entre-temps, nous vous prions de ne pas tenir compte de ce courrier.\n\nVeuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.\n\n{PERSON}\nService comptabilité",
            "{ORG}\nÀ l'attention de {PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nObjet : Mise en demeure de payer\n\nMadame, Monsieur,\n\nMalgré nos relances du {DATE} et du {DATE}, la somme de {MONEY} due au titre de la livraison effectuée dans votre magasin de {CITY} n'a toujours pas été réglée. Par la présente, nous vous mettons en demeure de régler cette somme sous quinze jours. À défaut, le dossier sera transmis sans autre avis à notre cabinet de recouvrement, {ORG}.\n\n{PERSON}\nDirection administrative et financière, {ORG}",
        ],
        "appointment": [
            "Cabinet de kinésithérapie\n{STREET}\n{POSTCODE} {CITY}\n\n{TITLE} {LAST},\n\nNous vous confirmons votre rendez-vous du {DATE} à 14 h 30 avec notre kinésithérapeute, {PERSON}. Merci de vous munir de votre carte Vitale, de l'ordonnance de votre médecin et de l'attestation de votre mutuelle {ORG}. En cas d'empêchement, prévenez-nous au moins 24 heures à l'avance au {PHONE}.\n\nLe secrétariat",
            "Convocation - visite d'information et de prévention\n\nSalarié(e) : {PERSON}\nEmployeur : {ORG}, {CITY}\nDate et heure : {DATE}, 9 h 15\nLieu : {STREET}, {POSTCODE} {CITY}\n\nCette visite est obligatoire et se déroule pendant le temps de travail. Si vous ne pouvez pas vous présenter, merci d'en informer votre service RH et notre secrétariat au {PHONE}.\n\nDr {PERSON}, médecin du travail\nService de santé au travail {ORG}",
        ],
        "application": [
            "Objet : Candidature - {JOB} (réf. {REF})\n\nMadame, Monsieur,\n\nJe travaille depuis quatre ans chez {ORG}, à {CITY}, où j'assure le suivi des commandes et la relation avec nos fournisseurs. Auparavant, j'ai effectué mon alternance au sein de la société {ORG}. Votre annonce a retenu toute mon attention : rejoindre {ORG} me permettrait de mettre cette expérience au service d'une équipe en pleine croissance.\n\nJe me tiens à votre disposition pour un entretien et vous prie d'agréer, Madame, Monsieur, mes salutations distinguées.\n\n{PERSON}\n{PHONE}",
            "Bonjour {TITLE} {LAST},\n\n{PERSON}, qui travaille dans votre service achats, m'a conseillé de vous écrire. Après un master à {CITY}, j'ai passé trois ans chez {ORG} à gérer les approvisionnements de nos usines, dont une mission de deux ans à {CITY} ({COUNTRY}). Je vous joins mon CV et reste à votre disposition pour en discuter de vive voix.\n\nBien cordialement,\n{PERSON}\n{EMAIL}",
        ],
        "bio": [
            "Biographie\n\n{PERSON} dirige depuis {DATE} le pôle data du groupe {ORG}, à {CITY}. Son parcours a commencé chez {ORG}, où la mise en place des premiers outils de conformité lui a été confiée. Membre du conseil scientifique de {ORG}, {TITLE} {LAST} intervient régulièrement sur les enjeux de la protection des données.",
            "{PERSON}\n{JOB} chez {ORG}\n{CITY}, {COUNTRY} · 500+ relations\n\nInfos\nJ'accompagne les PME industrielles dans leur transformation numérique. Expériences précédentes : {ORG}, {ORG}. Toujours disponible pour échanger autour d'un café à {CITY}.",
        ],
        "invitation": [
            "Invitation\n\n{ORG} et {ORG} ont le plaisir de vous convier aux Rencontres régionales de l'innovation, le {DATE} au palais des congrès de {CITY}. La conférence d'ouverture sera donnée par {PERSON}, membre du directoire du groupe {ORG}, et sera suivie d'une table ronde. Pays invité cette année : {COUNTRY}. Entrée libre sur inscription avant le {DATE} : {URL}",
            "Bonjour {FIRST},\n\nPour fêter nos vingt ans, les associés du cabinet {ORG} seraient ravis de vous accueillir le {DATE} à partir de 19 h dans nos locaux de {CITY}. {PERSON} et {PERSON} prendront la parole, et le traiteur {ORG} s'occupera du buffet. Merci de confirmer votre présence à {TITLE} {LAST} avant le {DATE} ({EMAIL}).\n\nBien amicalement,\n{PERSON}",
        ],
        "listing": [
            "À VENDRE - {CITY}, maison de 5 pièces\n\nDans un quartier calme, à deux pas des écoles et de la gare, belle maison familiale de 120 m² avec jardin arboré et garage. Cuisine équipée, trois chambres, combles aménageables. Prix : {MONEY} (honoraires à la charge du vendeur).\n\nAgence {ORG} - contact : {PERSON}, {PHONE}",
            "Bonjour {TITLE} {LAST},\n\nJe vous confirme la visite de l'appartement situé au {STREET}, à {CITY}, le {DATE} à 18 h. {PERSON}, de notre agence, vous attendra devant l'immeuble. Le bien est géré par {ORG} : pour constituer votre dossier, prévoyez vos trois derniers bulletins de salaire et une pièce d'identité.\n\nBien cordialement,\n{PERSON}\nAgence {ORG}, {CITY}",
        ],
        "review": [
            "★★☆☆☆ Livraison interminable\n\nCommandé un canapé chez {ORG} en mars, livré à {CITY} seulement fin mai. Le service client renvoyait sans cesse la faute sur le transporteur, {ORG}. C'est finalement {PERSON}, au magasin, qui a débloqué la situation et nous a proposé un geste commercial. D'où les deux étoiles.\n\n{FIRST}, {CITY}",
            "Re: Quelqu'un connaît {ORG} pour une rénovation de cuisine ?\n\nOn a fait appel à eux l'an dernier pour notre maison près de {CITY}. L'artisan, {FIRST}, a fait du très bon boulot, propre et soigné, mais le devis a pris {MONEY} de plus en cours de chantier. Demandez tout par écrit ! Sinon, {PERSON} de chez {ORG} a refait la cuisine de ma sœur et elle en est ravie.",
        ],
        "chat": [
            "[09:12] {PERSON} : Salut ! {ORG} a renvoyé le contrat signé ?\n[09:14] {PERSON} : Pas encore, d'après {FIRST} le service juridique à {CITY} bloque toujours sur l'article 7\n[09:15] {PERSON} : Zut. Tu peux les relancer ? On a promis une date de démarrage à {ORG}\n[09:16] {PERSON} : Ok, j'appelle {TITLE} {LAST} après le point d'équipe",
            "{FIRST} : Mon train pour {CITY} est annulé, je ne pourrai pas être à l'atelier chez {ORG} demain\n{FIRST} : Aïe. Tu veux que je présente à ta place ?\n{FIRST} : Tu ferais ça ? Les slides sont sur le drive, et c'est {PERSON}, chez {ORG}, qui a les notes client\n{FIRST} : Pas de souci, envoie-moi son numéro",
        ],
    },
    "es": {
        "dunning": [
            "{ORG}\nDepartamento de Cobros\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nAsunto: Recordatorio de pago - factura {REF}\n\nEstimado/a {TITLE} {LAST}:\n\nLe recordamos que la factura {REF}, por importe de {MONEY} y con vencimiento el {DATE}, sigue pendiente de pago. Le rogamos que realice la transferencia a la cuenta {IBAN} en un plazo de diez días. Si ya ha efectuado el pago, le pedimos que ignore este aviso.\n\nAtentamente,\n{PERSON}\nAdministración",
            "{ORG}\nA la atención de {PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nAsunto: Segundo requerimiento de pago\n\nEstimados señores:\n\nPese a nuestro aviso del {DATE}, el importe de {MONEY} correspondiente al suministro entregado en su almacén de {CITY} continúa sin abonarse. Les concedemos un último plazo hasta el {DATE}. En caso contrario, trasladaremos la deuda a la empresa de recobro {ORG}, lo que supondrá gastos adicionales.\n\nUn saludo,\n{PERSON}\nCuentas a Cobrar, {ORG}",
        ],
        "appointment": [
            "Clínica dental - Cita confirmada\n\nHola, {FIRST}:\n\nTe confirmamos tu cita para el {DATE} a las 17:30 en nuestra consulta de {STREET}, {CITY}, con {PERSON}, higienista dental. Como tu seguro dental es {ORG}, la revisión no tiene coste; cualquier tratamiento adicional se presupuestará aparte. Si no puedes venir, avísanos al {PHONE}.\n\nUn saludo,\nRecepción",
            "CITACIÓN - RECONOCIMIENTO MÉDICO\n\nTrabajador/a: {PERSON}\nEmpresa: {ORG}\nCentro de trabajo: {CITY}\nFecha y hora: {DATE}, 8:30\nLugar: {STREET}, {POSTCODE} {CITY}\n\nAcuda en ayunas y traiga su DNI. El reconocimiento lo realiza el servicio de prevención ajeno {ORG} y es voluntario, salvo en los casos previstos por la ley. Para cambiar la cita, llame al {PHONE}.",
        ],
        "application": [
            "Asunto: Candidatura - {JOB} (ref. {REF})\n\nEstimados señores:\n\nLes escribo para presentar mi candidatura al puesto publicado en su web. Desde hace cuatro años trabajo en {ORG}, en {CITY}, donde coordino los envíos a clientes de España y {COUNTRY}. Anteriormente hice mis prácticas en {ORG}. Me gustaría aportar esta experiencia a un equipo como el de {ORG}.\n\nQuedo a su disposición para una entrevista.\n\nAtentamente,\n{PERSON}\n{PHONE} · {EMAIL}",
            "Hola, {FIRST}:\n\n{PERSON}, de vuestro departamento de compras, me comentó que buscáis a alguien para la oficina de {CITY} y me animó a escribirte. Tras el máster en {CITY}, pasé tres años en {ORG} gestionando proveedores en {COUNTRY} y Portugal. Ahora estoy en {ORG}, pero busco un proyecto con más recorrido. Te adjunto el CV; si te encaja, me encantaría tomar un café y contarte más.\n\nUn saludo,\n{PERSON}",
        ],
        "bio": [
            "Perfil\n\n{PERSON} dirige desde {DATE} el área de sostenibilidad de {ORG} en {CITY}. Antes trabajó durante ocho años en {ORG}, donde lideró los programas de cumplimiento para clientes de {COUNTRY} y el resto de Latinoamérica. Es miembro del consejo asesor de {ORG} y colabora habitualmente con medios especializados.",
            "{PERSON}\n{JOB} en {ORG}\n{CITY}, {COUNTRY} · Más de 500 contactos\n\nAcerca de\nAyudo a pymes industriales a digitalizar su cadena de suministro. Antes pasé por {ORG} y {ORG}. Siempre con ganas de charlar de logística, compras o del mejor café de {CITY}.",
        ],
        "invitation": [
            "Invitación\n\n{ORG} y {ORG} tienen el placer de invitarle al Foro Regional de Innovación, que se celebrará el {DATE} en el Palacio de Congresos de {CITY}. La conferencia inaugural correrá a cargo de {PERSON}, responsable de innovación de {ORG}, y a continuación habrá una mesa redonda con empresas de {COUNTRY}. La asistencia es gratuita, previa inscripción en {URL} antes del {DATE}.",
            "Hola, {FIRST}:\n\nPara celebrar los veinte años del despacho, los socios de {ORG} te invitamos a una cena el {DATE} a las 21:00 en nuestras oficinas de {CITY}. Dirán unas palabras {PERSON} y {PERSON}, y el catering corre a cargo de {ORG}. Confirma tu asistencia a {PERSON} ({EMAIL}) antes del {DATE}.\n\nUn abrazo,\n{PERSON}",
        ],
        "listing": [
            "SE VENDE - Piso de 3 dormitorios en {CITY}\n\nVivienda exterior y luminosa de 95 m², reformada, con ascensor y plaza de garaje. Cerca del centro de salud, colegios y transporte público. Precio: {MONEY}.\n\nInmobiliaria {ORG}. Pregunte por {PERSON} en el {PHONE} o escriba a {EMAIL}.",
            "Hola, {FIRST}:\n\nTe confirmo la visita al piso situado en {STREET}, en {CITY}, el {DATE} a las 18:00. Te recibirá en el portal {PERSON}, de nuestra oficina. El inmueble lo gestiona {ORG}; si decides presentar solicitud, necesitarás las tres últimas nóminas y el contrato de trabajo.\n\nUn saludo,\n{PERSON}\nInmobiliaria {ORG}",
        ],
        "review": [
            "★★☆☆☆ Tardaron una eternidad\n\nCompré un sofá en {ORG} en marzo y no llegó a {CITY} hasta finales de mayo. En atención al cliente siempre le echaban la culpa a la empresa de transporte, {ORG}. Al final {PERSON}, de la tienda, lo solucionó y nos hizo un descuento; por eso pongo dos estrellas.\n\n{FIRST}, {CITY}",
            "Re: ¿Alguien ha trabajado con {ORG}?\n\nNosotros les contratamos la reforma del baño el año pasado, en un piso cerca de {CITY}. {FIRST}, que llevaba la obra, trabajó genial y lo dejó todo limpio, pero el presupuesto subió {MONEY} a mitad de obra. Pedid todo por escrito. Si queréis otra opción, {PERSON}, de {ORG}, le hizo la cocina a mi hermana y quedó encantada.",
        ],
        "chat": [
            "[09:12] {PERSON}: Buenas, ¿{ORG} ha devuelto ya el contrato firmado?\n[09:14] {PERSON}: Todavía no, dice {FIRST} que el departamento jurídico de {CITY} sigue revisando la cláusula 7\n[09:15] {PERSON}: Vaya. ¿Puedes insistirles? Le prometimos a {ORG} una fecha de inicio\n[09:16] {PERSON}: Hecho, llamo a {PERSON} después de la reunión",
            "{FIRST}: Me han cancelado el vuelo a {CITY}, mañana no llego al taller de {ORG}\n{FIRST}: Uf. ¿Quieres que lo presente yo?\n{FIRST}: ¿Lo harías? Las diapositivas están en la carpeta compartida y las notas del cliente las tiene {PERSON}, de {ORG}\n{FIRST}: Claro, pásame su número",
        ],
    },
    "it": {
        "dunning": [
            "{ORG}\nUfficio Amministrazione\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nOggetto: Sollecito di pagamento - fattura {REF}\n\nGentile {TITLE} {LAST},\n\ndai nostri controlli risulta che la fattura in oggetto, di importo pari a {MONEY} e scaduta il {DATE}, non è ancora stata saldata. La preghiamo di provvedere al pagamento entro dieci giorni mediante bonifico sul conto {IBAN}. Qualora avesse già provveduto, consideri nulla la presente.\n\nCordiali saluti\n{PERSON}\nUfficio contabilità",
            "Spett.le {ORG}\nalla c.a. di {PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nOggetto: Secondo sollecito - messa in mora\n\nNonostante il nostro sollecito del {DATE}, l'importo di {MONEY} relativo alla fornitura consegnata presso il vostro magazzino di {CITY} risulta ancora insoluto. Vi concediamo un ultimo termine fino al {DATE}. In mancanza di pagamento, la pratica sarà affidata alla società di recupero crediti {ORG}, con ulteriori spese a vostro carico.\n\nDistinti saluti\n{PERSON}\n{ORG}",
        ],
        "appointment": [
            "Studio medico - Conferma appuntamento\n\nGentile {TITLE} {LAST},\n\nLe confermiamo la visita cardiologica per il giorno {DATE} alle ore 11:00 presso il nostro ambulatorio di {CITY} ({STREET}). La visita sarà effettuata da {PERSON}, specialista in cardiologia. La preghiamo di portare con sé l'impegnativa, gli esami precedenti e la tessera della Sua assicurazione sanitaria, {ORG}. In caso di disdetta, ci avvisi almeno 24 ore prima al numero {PHONE}.",
            "CONVOCAZIONE VISITA MEDICA PERIODICA\n\nLavoratore/Lavoratrice: {PERSON}\nAzienda: {ORG}, sede di {CITY}\nData e ora: {DATE}, ore 8:30\nLuogo: {STREET}, {POSTCODE} {CITY}\nMedico competente: {TITLE} {LAST}\n\nLa visita è obbligatoria ai sensi del D.Lgs. 81/2008 e si svolge in orario di lavoro. Per eventuali spostamenti contattare {ORG} al numero {PHONE}.",
        ],
        "application": [
            "Oggetto: Candidatura per la posizione di {JOB} - rif. {REF}\n\nGentili Signori,\n\nvi scrivo per propormi per la posizione pubblicata sul vostro sito. Da quattro anni lavoro presso {ORG} a {CITY}, dove mi occupo della gestione degli ordini e dei rapporti con i fornitori. In precedenza ho svolto uno stage presso {ORG}. Entrare a far parte di {ORG} mi permetterebbe di mettere questa esperienza al servizio di un team in crescita.\n\nResto a disposizione per un colloquio.\n\nCordiali saluti\n{PERSON}\n{PHONE}",
            "Buongiorno {TITLE} {LAST},\n\nmi permetto di contattarLa su suggerimento di {PERSON}, che lavora nel Suo ufficio acquisti. Dopo la laurea a {CITY} ho lavorato tre anni per {ORG}, seguendo i fornitori di tre paesi: Italia, Spagna e {COUNTRY}. Le allego il curriculum e resto a disposizione per un incontro.\n\nCordiali saluti\n{PERSON}\n{EMAIL}",
        ],
        "bio": [
            "Relatori\n\n{PERSON} è responsabile dell'area sostenibilità di {ORG}, con sede a {CITY}. In precedenza ha lavorato per otto anni in {ORG}, dove ha guidato i progetti di conformità per clienti in Europa e in Sud America. Fa parte del comitato scientifico di {ORG} e interviene regolarmente a convegni di settore.",
            "{PERSON}\n{JOB} presso {ORG}\n{CITY}, {COUNTRY} · Oltre 500 collegamenti\n\nInformazioni\nAiuto le PMI manifatturiere a portare i loro prodotti nella grande distribuzione. Esperienze precedenti: {ORG}, {ORG}. Sempre disponibile per un caffè a {CITY} e due chiacchiere su supply chain e acquisti.",
        ],
        "invitation": [
            "Invito\n\n{ORG} e {ORG} sono lieti di invitarLa al Forum regionale dell'innovazione, che si terrà il {DATE} presso il Palazzo dei Congressi di {CITY}. Aprirà i lavori {PERSON}, responsabile innovazione di {ORG}; seguirà una tavola rotonda con imprese italiane ed estere. Paese ospite di quest'anno: {COUNTRY}. La partecipazione è gratuita previa registrazione su {URL} entro il {DATE}.",
            "Ciao {FIRST},\n\nper festeggiare i vent'anni dello studio, i soci di {ORG} sarebbero felici di averti a cena il {DATE} alle 20 nei nostri uffici di {CITY}. Ci saranno due parole di {PERSON} e {PERSON}, e il catering sarà curato da {ORG}. Conferma la tua presenza a {PERSON} ({EMAIL}) entro il {DATE}.\n\nA presto,\n{PERSON}",
        ],
        "listing": [
            "VENDESI - Trilocale con terrazzo a {CITY}\n\nLuminoso appartamento di 85 mq al terzo piano con ascensore, composto da soggiorno, cucina abitabile, due camere e bagno. Cantina e posto auto inclusi. Prezzo richiesto: {MONEY}.\n\nPer informazioni e visite: Agenzia {ORG}, {PERSON}, tel. {PHONE}.",
            "Gentile {TITLE} {LAST},\n\nLe confermo l'appuntamento per la visita dell'appartamento di {CITY} ({STREET}) il {DATE} alle ore 18. Ad accoglierLa ci sarà {PERSON} del nostro ufficio. L'immobile è gestito da {ORG}: per la domanda di locazione Le serviranno le ultime tre buste paga e un documento d'identità.\n\nCordiali saluti\n{PERSON}\nAgenzia {ORG}",
        ],
        "review": [
            "★★☆☆☆ Consegna infinita\n\nHo ordinato un divano da {ORG} a marzo ed è arrivato a {CITY} solo a fine maggio. Il servizio clienti dava sempre la colpa al corriere, {ORG}. Alla fine ha risolto tutto {PERSON}, in negozio, con uno sconto sul prezzo: per questo metto due stelle.\n\n{FIRST}, {CITY}",
            "Re: Qualcuno si è trovato bene con {ORG}?\n\nNoi li abbiamo chiamati l'anno scorso per rifare il bagno nella casa vicino a {CITY}. {FIRST}, che seguiva il cantiere, ha lavorato benissimo, ma il preventivo è salito di {MONEY} a lavori iniziati. Fatevi mettere tutto per iscritto! In alternativa, {PERSON} di {ORG} ha rifatto la cucina a mia sorella e lei è contentissima.",
        ],
        "chat": [
            "[09:12] {PERSON}: Buongiorno! {ORG} ci ha rimandato il contratto firmato?\n[09:14] {PERSON}: Non ancora, {FIRST} dice che l'ufficio legale di {CITY} sta ancora guardando l'articolo 7\n[09:15] {PERSON}: Uffa. Puoi sollecitarli? Abbiamo promesso a {ORG} una data di avvio\n[09:16] {PERSON}: Ok, dopo la riunione chiamo {PERSON}",
            "{FIRST}: Mi hanno cancellato il volo per {CITY}, domani non riesco a venire al workshop da {ORG}\n{FIRST}: Mannaggia. Vuoi che presenti io?\n{FIRST}: Lo faresti? Le slide sono nella cartella condivisa, gli appunti sul cliente li ha {PERSON} di {ORG}\n{FIRST}: Certo, mandami il numero",
        ],
    },
    "nl": {
        "dunning": [
            "{ORG}\nAfdeling Debiteuren\n{STREET}\n{POSTCODE} {CITY}\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nBetreft: betalingsherinnering factuur {REF}\n\nGeachte heer, mevrouw,\n\nVolgens onze administratie hebben wij de betaling van factuur {REF} ter hoogte van {MONEY}, met vervaldatum {DATE}, nog niet ontvangen. Wij verzoeken u het bedrag binnen 14 dagen over te maken op rekening {IBAN} onder vermelding van het factuurnummer. Heeft u inmiddels betaald, dan kunt u deze herinnering als niet verzonden beschouwen.\n\nMet vriendelijke groet,\n{PERSON}\nAfdeling Debiteuren",
            "{ORG}\nT.a.v. {PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nBetreft: tweede herinnering - klantnummer {REF}\n\nGeachte relatie,\n\nOndanks onze herinnering van {DATE} staat het bedrag van {MONEY} voor de levering aan uw vestiging in {CITY} nog altijd open. Wij geven u een laatste termijn tot {DATE}. Ontvangen wij dan geen betaling, dan dragen wij de vordering over aan incassobureau {ORG}, wat extra kosten met zich meebrengt.\n\nMet vriendelijke groet,\n{PERSON}\nCredit management, {ORG}",
        ],
        "appointment": [
            "Afspraakbevestiging\n\nPatiënt: {PERSON}\nGeboortedatum: {DATE}\nAfspraak: {DATE}, 10.15 uur\nBehandelaar: {TITLE} {LAST}, fysiotherapeut\nLocatie: {STREET}, {POSTCODE} {CITY}\n\nNeem uw verwijzing en een geldig identiteitsbewijs mee. Uw zorgverzekeraar {ORG} vergoedt de behandeling vanuit de aanvullende verzekering. Verhinderd? Bel ons minimaal 24 uur van tevoren op {PHONE}.",
            "Beste {FIRST},\n\nIn opdracht van je werkgever {ORG} nodigen wij je uit voor een gesprek met de bedrijfsarts. De afspraak is op {DATE} om 9.00 uur op onze vestiging in {CITY} ({STREET}). In het gesprek bespreken we je verzuim en wat je nodig hebt om weer aan het werk te gaan. Kun je niet? Laat het ons dan uiterlijk twee dagen vooraf weten via {PHONE}.\n\nMet vriendelijke groet,\n{PERSON}\nPlanning, {ORG}",
        ],
        "application": [
            "Betreft: sollicitatie {JOB} (vacature {REF})\n\nGeachte heer, mevrouw,\n\nMet veel interesse las ik uw vacature. Ik werk nu vier jaar bij {ORG} in {CITY}, waar ik verantwoordelijk ben voor de orderverwerking en het contact met leveranciers. Daarvoor liep ik stage bij {ORG}. Bij {ORG} zou ik die ervaring graag inzetten in een groeiend team.\n\nGraag licht ik mijn motivatie toe in een persoonlijk gesprek.\n\nMet vriendelijke groet,\n{PERSON}\n{PHONE}",
            "Beste {FIRST},\n\n{PERSON} van jullie inkoopafdeling raadde me aan om je rechtstreeks te mailen. Na mijn studie in {CITY} heb ik drie jaar bij {ORG} gewerkt, waar ik leveranciers in {COUNTRY} en Duitsland aanstuurde. Sinds {DATE} werk ik bij {ORG}, maar ik ben toe aan een nieuwe stap. Mijn cv zit in de bijlage; ik kom graag eens langs voor een kop koffie.\n\nGroet,\n{PERSON}",
        ],
        "bio": [
            "Over de spreker\n\n{PERSON} is sinds {DATE} hoofd duurzaamheid bij {ORG} in {CITY}. Daarvoor werkte {FIRST} acht jaar voor {ORG}, onder meer aan ketenprojecten in {COUNTRY} en Vietnam. Daarnaast is de spreker lid van de raad van advies van {ORG}. In deze sessie gaat het over de vraag hoe je leveranciers meekrijgt in de nieuwe rapportageregels.",
            "{PERSON}\n{JOB} bij {ORG}\n{CITY}, {COUNTRY} · 500+ connecties\n\nInfo\nIk help mkb-bedrijven om hun administratie te digitaliseren. Eerder werkzaam bij {ORG} en {ORG}. Altijd in voor een kop koffie in {CITY} om te sparren over finance en automatisering.",
        ],
        "invitation": [
            "Uitnodiging\n\n{ORG} en {ORG} nodigen u van harte uit voor het Regionaal Innovatieforum op {DATE} in het congrescentrum van {CITY}. De openingskeynote wordt verzorgd door {PERSON}, CTO van {ORG}, gevolgd door een paneldiscussie met ondernemers uit binnen- en buitenland. Gastland dit jaar: {COUNTRY}. Deelname is gratis; meld u vóór {DATE} aan via {URL}.\n\nWe zien u graag!\n{PERSON}\nEventteam",
            "Hoi {FIRST},\n\nOns kantoor in {CITY} bestaat tien jaar en dat willen we vieren! Op {DATE} vanaf 17.00 uur is er een borrel met hapjes, muziek en een korte terugblik door {PERSON}. De collega's van {ORG} en {ORG} hebben al toegezegd. Wil je even aan {PERSON} laten weten of je komt? Dan kunnen we genoeg bitterballen bestellen.\n\nGroetjes,\n{PERSON}",
        ],
        "listing": [
            "TE KOOP - Ruime eengezinswoning in {CITY}\n\nInstapklare tussenwoning met zonnige achtertuin en berging, op loopafstand van scholen en het station. Woonoppervlakte 124 m², vier slaapkamers, energielabel A. Vraagprijs: {MONEY} k.k.\n\nBezichtiging op afspraak via makelaarskantoor {ORG}: {PERSON}, {PHONE}.",
            "Beste {FIRST},\n\nHierbij bevestig ik de bezichtiging van het appartement in {CITY} ({STREET}) op {DATE} om 17.30 uur. Mijn collega {PERSON} wacht je op bij de hoofdingang. Het complex wordt beheerd door {ORG}; als je wilt reageren, hebben zij je laatste drie loonstroken en een kopie van je ID nodig.\n\nMet vriendelijke groet,\n{PERSON}\n{ORG} | {PHONE}",
        ],
        "review": [
            "★★☆☆☆ Duurde eindeloos\n\nIn maart een bank besteld bij {ORG}, pas eind mei in {CITY} bezorgd. De klantenservice schoof het steeds af op de vervoerder, {ORG}. Uiteindelijk heeft {PERSON} van de winkel het opgelost en kregen we korting, vandaar toch twee sterren.\n\n{FIRST} uit {CITY}",
            "Re: Ervaringen met {ORG}?\n\nWij hebben vorig jaar onze badkamer door hen laten verbouwen, in ons huis bij {CITY}. {FIRST}, die het werk deed, was netjes en vakkundig, maar de offerte ging halverwege nog {MONEY} omhoog. Laat alles op papier zetten! Anders kan ik {PERSON} van {ORG} aanraden: die heeft de keuken van mijn zus gedaan en zij is er nog steeds blij mee.",
        ],
        "chat": [
            "[09:12] {PERSON}: Morgen! Heeft {ORG} het getekende contract al teruggestuurd?\n[09:14] {PERSON}: Nog niet, volgens {FIRST} zit juridische zaken in {CITY} nog op artikel 7\n[09:15] {PERSON}: Balen. Kun jij ze even achter de broek zitten? We hebben {ORG} een startdatum beloofd\n[09:16] {PERSON}: Doe ik, ik bel {PERSON} na de stand-up",
            "{FIRST}: Mijn trein naar {CITY} rijdt niet, ik red de workshop bij {ORG} morgen niet\n{FIRST}: Ai! Zal ik het overnemen?\n{FIRST}: Zou je dat willen? De slides staan in de gedeelde map en {PERSON} van {ORG} heeft de klantnotities\n{FIRST}: Prima, stuur me het nummer even door",
        ],
    },
}
