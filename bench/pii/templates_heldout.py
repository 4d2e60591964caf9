"""Sentence templates of the HELD-OUT sets (``generate_lang.py --source
mimesis``), written separately from ``templates_tuning.py`` and never used
for tuning: other document kinds (complaints, contracts, press notes,
travel, out-of-office replies, CV lines) and other phrasings.

Placeholders as in ``templates_tuning.py``.
"""

TEMPLATES = {
    "de": {
        "complaint": [
            "Beschwerde\n\nIch habe am {DATE} bei {ORG} eine Waschmaschine für {MONEY} gekauft. Der Kundendienst in {CITY} reagiert nicht. Bitte erstatten Sie den Betrag auf {IBAN}.\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\nTelefon {PHONE}",
            "An die Geschäftsleitung von {ORG}\n\nIhr Mitarbeiter {TITLE} {LAST} hat mir am Telefon falsche Auskünfte gegeben. Ich erwarte bis {DATE} eine Antwort an {EMAIL}.\n\n{PERSON}, {CITY}",
        ],
        "contract": [
            "Vertrag zwischen {ORG}, vertreten durch {PERSON}, und {PERSON}, wohnhaft in {CITY}. Beginn: {DATE}. Die Vergütung beträgt {MONEY} monatlich.",
            "Auftraggeber: {ORG}, {STREET}, {POSTCODE} {CITY}\nAuftragnehmer: {PERSON}\nKontoverbindung: {IBAN}",
        ],
        "press": [
            "{CITY}, {DATE} – {ORG} übernimmt den Konkurrenten {ORG}. Vorstandschef {PERSON} sprach von einem wichtigen Schritt für das Geschäft in {COUNTRY}.",
            "Pressemitteilung: {PERSON}, Leiterin Vertrieb bei {ORG}, wechselt zum {DATE} zu {ORG} nach {CITY}.",
        ],
        "travel": [
            "Buchungsbestätigung für {PERSON}\nFlug von {CITY} nach {CITY} am {DATE}\nBezahlt mit Karte {CARD}\nRückfragen: {PHONE}",
            "Abwesenheitsnotiz: Ich bin bis {DATE} in {COUNTRY}. In dringenden Fällen wenden Sie sich an {PERSON} ({EMAIL}).\n\nGruß\n{FIRST}",
        ],
        "cv": [
            "Lebenslauf {PERSON}\ngeboren in {CITY}\nseit {DATE}: {JOB} bei {ORG}, {CITY}\nKontakt: {EMAIL}, {PHONE}",
        ],
    },
    "fr": {
        "complaint": [
            "Réclamation\n\nLe {DATE}, j'ai acheté chez {ORG} un lave-linge pour {MONEY}. Le service après-vente de {CITY} ne répond pas. Merci de me rembourser sur le compte {IBAN}.\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\nTéléphone {PHONE}",
            "À l'attention de la direction de {ORG}\n\nVotre conseiller, {TITLE} {LAST}, m'a donné de fausses informations. J'attends une réponse avant le {DATE} à l'adresse {EMAIL}.\n\n{PERSON}, {CITY}",
        ],
        "contract": [
            "Contrat entre {ORG}, représentée par {PERSON}, et {PERSON}, demeurant à {CITY}. Début : {DATE}. La rémunération est de {MONEY} par mois.",
            "Donneur d'ordre : {ORG}, {STREET}, {POSTCODE} {CITY}\nPrestataire : {PERSON}\nCoordonnées bancaires : {IBAN}",
        ],
        "press": [
            "{CITY}, le {DATE} – {ORG} rachète son concurrent {ORG}. Le PDG {PERSON} parle d'une étape importante pour ses activités en {COUNTRY}.",
            "Communiqué : {PERSON}, directrice commerciale de {ORG}, rejoindra {ORG} à {CITY} le {DATE}.",
        ],
        "travel": [
            "Confirmation de réservation pour {PERSON}\nVol de {CITY} à {CITY} le {DATE}\nPayé avec la carte {CARD}\nQuestions : {PHONE}",
            "Message d'absence : je suis en {COUNTRY} jusqu'au {DATE}. En cas d'urgence, contactez {PERSON} ({EMAIL}).\n\nBonne journée,\n{FIRST}",
        ],
        "cv": [
            "CV de {PERSON}\nné à {CITY}\ndepuis le {DATE} : {JOB} chez {ORG}, {CITY}\nContact : {EMAIL}, {PHONE}",
        ],
    },
    "es": {
        "complaint": [
            "Reclamación\n\nEl {DATE} compré en {ORG} una lavadora por {MONEY}. El servicio técnico de {CITY} no contesta. Les ruego que me devuelvan el importe en la cuenta {IBAN}.\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\nTeléfono {PHONE}",
            "A la atención de la dirección de {ORG}\n\nSu empleado, {TITLE} {LAST}, me dio información falsa por teléfono. Espero una respuesta antes del {DATE} en {EMAIL}.\n\n{PERSON}, {CITY}",
        ],
        "contract": [
            "Contrato entre {ORG}, representada por {PERSON}, y {PERSON}, con domicilio en {CITY}. Inicio: {DATE}. La retribución es de {MONEY} al mes.",
            "Cliente: {ORG}, {STREET}, {POSTCODE} {CITY}\nContratista: {PERSON}\nDatos bancarios: {IBAN}",
        ],
        "press": [
            "{CITY}, {DATE}. {ORG} compra a su competidor {ORG}. El consejero delegado, {PERSON}, habló de un paso importante para el negocio en {COUNTRY}.",
            "Nota de prensa: {PERSON}, directora comercial de {ORG}, se incorporará a {ORG} en {CITY} el {DATE}.",
        ],
        "travel": [
            "Confirmación de reserva para {PERSON}\nVuelo de {CITY} a {CITY} el {DATE}\nPagado con la tarjeta {CARD}\nConsultas: {PHONE}",
            "Respuesta automática: estoy en {COUNTRY} hasta el {DATE}. Para urgencias, escriba a {PERSON} ({EMAIL}).\n\nSaludos,\n{FIRST}",
        ],
        "cv": [
            "Currículum de {PERSON}\nnacido en {CITY}\ndesde {DATE}: {JOB} en {ORG}, {CITY}\nContacto: {EMAIL}, {PHONE}",
        ],
    },
    "it": {
        "complaint": [
            "Reclamo\n\nIl {DATE} ho acquistato presso {ORG} una lavatrice per {MONEY}. L'assistenza di {CITY} non risponde. Vi prego di rimborsare l'importo sul conto {IBAN}.\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\nTelefono {PHONE}",
            "Alla cortese attenzione della direzione di {ORG}\n\nIl vostro consulente, {TITLE} {LAST}, mi ha dato informazioni sbagliate. Attendo una risposta entro il {DATE} all'indirizzo {EMAIL}.\n\n{PERSON}, {CITY}",
        ],
        "contract": [
            "Contratto tra {ORG}, rappresentata da {PERSON}, e {PERSON}, residente a {CITY}. Decorrenza: {DATE}. Il compenso è di {MONEY} al mese.",
            "Committente: {ORG}, {STREET}, {POSTCODE} {CITY}\nFornitore: {PERSON}\nCoordinate bancarie: {IBAN}",
        ],
        "press": [
            "{CITY}, {DATE} – {ORG} acquisisce il concorrente {ORG}. L'amministratore delegato {PERSON} ha parlato di un passo importante per le attività in {COUNTRY}.",
            "Comunicato: {PERSON}, direttrice commerciale di {ORG}, passerà a {ORG} a {CITY} dal {DATE}.",
        ],
        "travel": [
            "Conferma di prenotazione per {PERSON}\nVolo da {CITY} a {CITY} il {DATE}\nPagato con la carta {CARD}\nInformazioni: {PHONE}",
            "Risposta automatica: sono in {COUNTRY} fino al {DATE}. Per urgenze scrivete a {PERSON} ({EMAIL}).\n\nSaluti,\n{FIRST}",
        ],
        "cv": [
            "Curriculum di {PERSON}\nnato a {CITY}\ndal {DATE}: {JOB} presso {ORG}, {CITY}\nContatti: {EMAIL}, {PHONE}",
        ],
    },
    "nl": {
        "complaint": [
            "Klacht\n\nOp {DATE} heb ik bij {ORG} een wasmachine gekocht voor {MONEY}. De klantenservice in {CITY} reageert niet. Graag het bedrag terugstorten op {IBAN}.\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\nTelefoon {PHONE}",
            "Ter attentie van de directie van {ORG}\n\nUw medewerker {TITLE} {LAST} heeft mij aan de telefoon verkeerd geïnformeerd. Ik verwacht voor {DATE} een antwoord op {EMAIL}.\n\n{PERSON}, {CITY}",
        ],
        "contract": [
            "Overeenkomst tussen {ORG}, vertegenwoordigd door {PERSON}, en {PERSON}, wonende te {CITY}. Ingangsdatum: {DATE}. De vergoeding bedraagt {MONEY} per maand.",
            "Opdrachtgever: {ORG}, {STREET}, {POSTCODE} {CITY}\nOpdrachtnemer: {PERSON}\nBankrekening: {IBAN}",
        ],
        "press": [
            "{CITY}, {DATE} – {ORG} neemt concurrent {ORG} over. Topman {PERSON} sprak van een belangrijke stap voor de activiteiten in {COUNTRY}.",
            "Persbericht: {PERSON}, commercieel directeur van {ORG}, stapt op {DATE} over naar {ORG} in {CITY}.",
        ],
        "travel": [
            "Boekingsbevestiging voor {PERSON}\nVlucht van {CITY} naar {CITY} op {DATE}\nBetaald met kaart {CARD}\nVragen: {PHONE}",
            "Afwezigheidsbericht: ik ben tot {DATE} in {COUNTRY}. Voor dringende zaken kunt u terecht bij {PERSON} ({EMAIL}).\n\nGroet,\n{FIRST}",
        ],
        "cv": [
            "Cv van {PERSON}\ngeboren in {CITY}\nsinds {DATE}: {JOB} bij {ORG}, {CITY}\nContact: {EMAIL}, {PHONE}",
        ],
    },
    "en": {
        "complaint": [
            "Complaint\n\nOn {DATE} I bought a washing machine from {ORG} for {MONEY}. Their service centre in {CITY} does not answer. Please refund the amount to {IBAN}.\n\n{PERSON}\n{STREET}\n{CITY}\nPhone {PHONE}",
            "For the attention of the management of {ORG}\n\nYour agent, {TITLE} {LAST}, gave me wrong information on the phone. I expect an answer by {DATE} at {EMAIL}.\n\n{PERSON}, {CITY}",
        ],
        "contract": [
            "Agreement between {ORG}, represented by {PERSON}, and {PERSON}, residing in {CITY}. Start: {DATE}. The fee is {MONEY} per month.",
            "Client: {ORG}, {STREET}, {CITY}\nContractor: {PERSON}\nBank details: {IBAN}",
        ],
        "press": [
            "{CITY}, {DATE} – {ORG} is buying its rival {ORG}. Chief executive {PERSON} called it an important step for the business in {COUNTRY}.",
            "Press release: {PERSON}, head of sales at {ORG}, will move to {ORG} in {CITY} on {DATE}.",
        ],
        "travel": [
            "Booking confirmation for {PERSON}\nFlight from {CITY} to {CITY} on {DATE}\nPaid with card {CARD}\nQuestions: {PHONE}",
            "Out of office: I am in {COUNTRY} until {DATE}. For anything urgent, please contact {PERSON} ({EMAIL}).\n\nThanks,\n{FIRST}",
        ],
        "cv": [
            "Résumé of {PERSON}\nborn in {CITY}\nsince {DATE}: {JOB} at {ORG}, {CITY}\nContact: {EMAIL}, {PHONE}",
        ],
    },
}
