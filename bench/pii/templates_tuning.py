"""Sentence templates of the TUNING sets (``generate_lang.py --source
faker``). The held-out templates are in ``templates_heldout.py`` and were
written separately: keep the two apart, and tune on these only.

Placeholders: {PERSON} given name and surname, {FIRST} given name alone,
{LAST} surname alone (after {TITLE}), {ORG}, {CITY}, {COUNTRY} (annotated);
{TITLE}, {STREET}, {POSTCODE}, {JOB}, {N}, {REF} (not annotated); {EMAIL}
(built from the last name written, half of the time), {PHONE}, {IBAN},
{CARD}, {URL}, {IP}, {DATE}, {MONEY}.
"""

TEMPLATES = {
    "de": {
        "letter": [
            "Sehr geehrte/r {TITLE} {LAST},\n\nhiermit bestätigen wir, dass {PERSON} zum {DATE} bei der {ORG} als {JOB} beginnt. Dienstort ist {CITY}. Das Gehalt von {MONEY} wird auf das Konto {IBAN} überwiesen.\n\nMit freundlichen Grüßen\n{PERSON}\nPersonalabteilung, {ORG}",
            "{ORG}\n{STREET}\n{POSTCODE} {CITY}\n\n{TITLE} {LAST}\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nSehr geehrte/r {TITLE} {LAST},\nvielen Dank für Ihr Schreiben. Bei Rückfragen erreichen Sie uns unter {PHONE}.\n\nMit freundlichen Grüßen\n{PERSON}",
            "Sehr geehrte Damen und Herren,\n\nich kündige meinen Vertrag Nr. {REF} fristgerecht zum {DATE}. Ich bin nach {CITY} umgezogen. Bitte erstatten Sie das Guthaben auf mein Konto {IBAN}.\n\nMit freundlichen Grüßen\n{PERSON}\n{STREET}, {POSTCODE} {CITY}",
        ],
        "email": [
            "Hallo {FIRST},\n\nanbei das Angebot von {ORG}. {PERSON} aus {CITY} meldet sich morgen bei dir. Ruf mich an unter {PHONE}.\n\nViele Grüße\n{PERSON}\n{JOB}, {ORG}\n{EMAIL}",
            "Guten Tag {TITLE} {LAST},\n\nwie besprochen sende ich Ihnen die Unterlagen. Unser Geschäftsführer {PERSON} ist ab {DATE} in {COUNTRY}. Weitere Infos unter {URL}.\n\nBeste Grüße\n{PERSON}\nTel.: {PHONE}\nE-Mail: {EMAIL}",
            "Hi {FIRST}, hast du die Rechnung von {ORG} schon bezahlt? {PERSON} hat gefragt. LG",
        ],
        "meeting": [
            "Protokoll vom {DATE}\nTeilnehmer: {PERSON}, {PERSON} ({ORG}), {PERSON}\nOrt: {CITY}\n{TITLE} {LAST} berichtet über die Zusammenarbeit mit {ORG}. Das nächste Treffen findet in {CITY} statt.",
            "Treffen mit {PERSON} von {ORG} am {DATE} in {CITY}. {PERSON} übernimmt die Abstimmung mit der Niederlassung in {COUNTRY}.",
        ],
        "invoice": [
            "Rechnung {REF} der {ORG}, {CITY}\nRechnungsdatum: {DATE}\nKunde: {PERSON}\n{N} x Wartungsvertrag {MONEY}\nGesamtbetrag: {MONEY}\nBitte überweisen Sie den Betrag auf IBAN {IBAN}.\nFragen? {EMAIL}, Tel. {PHONE}",
            "Lieferant: {ORG}\nAnsprechpartner: {PERSON}\nLieferadresse: {STREET}, {POSTCODE} {CITY}\nBezahlt mit Kreditkarte {CARD} am {DATE}.",
        ],
        "narrative": [
            "Am {DATE} stellte {PERSON} von der {ORG} das neue Produkt in {CITY} vor. Laut {PERSON} wird das Team in {COUNTRY} im Herbst liefern.",
            "{PERSON} arbeitet seit {N} Jahren bei {ORG} in {CITY}. Zuvor war sie {JOB} bei {ORG}.",
        ],
    },
    "fr": {
        "letter": [
            "{TITLE} {LAST},\n\nNous avons le plaisir de confirmer que {PERSON} rejoindra {ORG} le {DATE} en tant que {JOB}. Le poste est basé à {CITY}. Le salaire de {MONEY} sera versé sur le compte {IBAN}.\n\nCordialement,\n{PERSON}\nDirectrice des ressources humaines, {ORG}",
            "{ORG}\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, le {DATE}\n\n{TITLE} {LAST},\nNous accusons réception de votre courrier. Pour toute question, appelez le {PHONE}.\n\nVeuillez agréer nos salutations distinguées.\n{PERSON}",
            "Madame, Monsieur,\n\nJe résilie mon contrat n° {REF} à compter du {DATE}, car je déménage à {CITY}. Merci de rembourser le solde sur mon compte {IBAN}.\n\nCordialement,\n{PERSON}\n{STREET}, {POSTCODE} {CITY}",
        ],
        "email": [
            "Bonjour {FIRST},\n\nCi-joint l'offre de {ORG}. {PERSON} de {CITY} vous contactera demain. Mon numéro : {PHONE}.\n\nBien à vous,\n{PERSON}\n{JOB}, {ORG}\n{EMAIL}",
            "Bonjour {TITLE} {LAST},\n\nComme convenu, je vous envoie les documents. Notre directeur général {PERSON} sera en {COUNTRY} à partir du {DATE}. Plus d'informations sur {URL}.\n\nCordialement,\n{PERSON}\nTél. : {PHONE}\nCourriel : {EMAIL}",
            "Salut {FIRST}, tu as payé la facture de {ORG} ? {PERSON} a demandé. Bises",
        ],
        "meeting": [
            "Compte rendu du {DATE}\nParticipants : {PERSON}, {PERSON} ({ORG}), {PERSON}\nLieu : {CITY}\n{TITLE} {LAST} présente le partenariat avec {ORG}. La prochaine réunion aura lieu à {CITY}.",
            "Réunion avec {PERSON} de chez {ORG} le {DATE} à {CITY}. {PERSON} coordonne la filiale en {COUNTRY}.",
        ],
        "invoice": [
            "Facture {REF} de {ORG}, {CITY}\nDate : {DATE}\nClient : {PERSON}\n{N} x Contrat de maintenance {MONEY}\nMontant total : {MONEY}\nVirement sur l'IBAN {IBAN}.\nContact : {EMAIL} / {PHONE}",
            "Fournisseur : {ORG}\nInterlocuteur : {PERSON}\nAdresse de livraison : {STREET}, {POSTCODE} {CITY}\nPayé par carte {CARD} le {DATE}.",
        ],
        "narrative": [
            "Le {DATE}, {PERSON} de {ORG} a présenté le nouveau produit à {CITY}. Selon {PERSON}, l'équipe en {COUNTRY} livrera à l'automne.",
            "{PERSON} travaille depuis {N} ans chez {ORG} à {CITY}. Auparavant, elle était {JOB} chez {ORG}.",
        ],
    },
    "es": {
        "letter": [
            "Estimado/a {TITLE} {LAST}:\n\nNos complace confirmar que {PERSON} se incorporará a {ORG} el {DATE} como {JOB}. El puesto está en {CITY}. El salario de {MONEY} se abonará en la cuenta {IBAN}.\n\nAtentamente,\n{PERSON}\nDirectora de Recursos Humanos, {ORG}",
            "{ORG}\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nEstimado/a {TITLE} {LAST}:\nHemos recibido su carta. Para cualquier consulta, llame al {PHONE}.\n\nUn cordial saludo,\n{PERSON}",
            "Muy señores míos:\n\nSolicito la baja del contrato n.º {REF} a partir del {DATE}, ya que me traslado a {CITY}. Les ruego que devuelvan el saldo a mi cuenta {IBAN}.\n\nAtentamente,\n{PERSON}\n{STREET}, {POSTCODE} {CITY}",
        ],
        "email": [
            "Hola {FIRST}:\n\nTe adjunto la oferta de {ORG}. {PERSON}, de {CITY}, te llamará mañana. Mi teléfono es {PHONE}.\n\nSaludos,\n{PERSON}\n{JOB}, {ORG}\n{EMAIL}",
            "Buenos días, {TITLE} {LAST}:\n\nComo acordamos, le envío la documentación. Nuestro director general, {PERSON}, estará en {COUNTRY} desde el {DATE}. Más información en {URL}.\n\nUn saludo,\n{PERSON}\nTel.: {PHONE}\nCorreo: {EMAIL}",
            "Hola {FIRST}, ¿has pagado ya la factura de {ORG}? Me lo preguntó {PERSON}. Un abrazo",
        ],
        "meeting": [
            "Acta de la reunión del {DATE}\nAsistentes: {PERSON}, {PERSON} ({ORG}), {PERSON}\nLugar: {CITY}\n{TITLE} {LAST} informa sobre la colaboración con {ORG}. La próxima reunión será en {CITY}.",
            "Reunión con {PERSON}, de {ORG}, el {DATE} en {CITY}. {PERSON} coordina la filial en {COUNTRY}.",
        ],
        "invoice": [
            "Factura {REF} de {ORG}, {CITY}\nFecha: {DATE}\nCliente: {PERSON}\n{N} x Contrato de mantenimiento {MONEY}\nImporte total: {MONEY}\nTransferencia al IBAN {IBAN}.\nContacto: {EMAIL} / {PHONE}",
            "Proveedor: {ORG}\nPersona de contacto: {PERSON}\nDirección de entrega: {STREET}, {POSTCODE} {CITY}\nPagado con tarjeta {CARD} el {DATE}.",
        ],
        "narrative": [
            "El {DATE}, {PERSON}, de {ORG}, presentó el nuevo producto en {CITY}. Según {PERSON}, el equipo en {COUNTRY} lo entregará en otoño.",
            "{PERSON} trabaja desde hace {N} años en {ORG}, en {CITY}. Antes fue {JOB} en {ORG}.",
        ],
    },
    "it": {
        "letter": [
            "Gentile {TITLE} {LAST},\n\nsiamo lieti di confermare che {PERSON} entrerà in {ORG} il {DATE} come {JOB}. La sede di lavoro è {CITY}. Lo stipendio di {MONEY} sarà accreditato sul conto {IBAN}.\n\nCordiali saluti,\n{PERSON}\nResponsabile del personale, {ORG}",
            "{ORG}\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nGentile {TITLE} {LAST},\nabbiamo ricevuto la Sua lettera. Per qualsiasi domanda chiami il {PHONE}.\n\nDistinti saluti,\n{PERSON}",
            "Spettabile azienda,\n\ncon la presente disdico il contratto n. {REF} a partire dal {DATE}, poiché mi trasferisco a {CITY}. Vi prego di rimborsare il saldo sul mio conto {IBAN}.\n\nCordiali saluti,\n{PERSON}\n{STREET}, {POSTCODE} {CITY}",
        ],
        "email": [
            "Ciao {FIRST},\n\nti allego l'offerta di {ORG}. {PERSON} di {CITY} ti chiamerà domani. Il mio numero è {PHONE}.\n\nA presto,\n{PERSON}\n{JOB}, {ORG}\n{EMAIL}",
            "Buongiorno {TITLE} {LAST},\n\ncome concordato Le invio i documenti. Il nostro amministratore delegato {PERSON} sarà in {COUNTRY} dal {DATE}. Maggiori informazioni su {URL}.\n\nCordiali saluti,\n{PERSON}\nTel.: {PHONE}\nEmail: {EMAIL}",
            "Ciao {FIRST}, hai già pagato la fattura di {ORG}? Me l'ha chiesto {PERSON}. Un abbraccio",
        ],
        "meeting": [
            "Verbale della riunione del {DATE}\nPartecipanti: {PERSON}, {PERSON} ({ORG}), {PERSON}\nLuogo: {CITY}\n{TITLE} {LAST} riferisce sulla collaborazione con {ORG}. La prossima riunione si terrà a {CITY}.",
            "Incontro con {PERSON} di {ORG} il {DATE} a {CITY}. {PERSON} coordina la filiale in {COUNTRY}.",
        ],
        "invoice": [
            "Fattura {REF} di {ORG}, {CITY}\nData: {DATE}\nCliente: {PERSON}\n{N} x Contratto di manutenzione {MONEY}\nTotale: {MONEY}\nBonifico sull'IBAN {IBAN}.\nContatti: {EMAIL} / {PHONE}",
            "Fornitore: {ORG}\nReferente: {PERSON}\nIndirizzo di consegna: {STREET}, {POSTCODE} {CITY}\nPagato con carta {CARD} il {DATE}.",
        ],
        "narrative": [
            "Il {DATE} {PERSON} di {ORG} ha presentato il nuovo prodotto a {CITY}. Secondo {PERSON}, il team in {COUNTRY} consegnerà in autunno.",
            "{PERSON} lavora da {N} anni presso {ORG} a {CITY}. In precedenza era {JOB} presso {ORG}.",
        ],
    },
    "nl": {
        "letter": [
            "Geachte {TITLE} {LAST},\n\nHierbij bevestigen wij dat {PERSON} op {DATE} bij {ORG} begint als {JOB}. De standplaats is {CITY}. Het salaris van {MONEY} wordt overgemaakt op rekening {IBAN}.\n\nMet vriendelijke groet,\n{PERSON}\nAfdeling Personeelszaken, {ORG}",
            "{ORG}\n{STREET}\n{POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nGeachte {TITLE} {LAST},\nWij hebben uw brief ontvangen. Voor vragen kunt u bellen met {PHONE}.\n\nMet vriendelijke groet,\n{PERSON}",
            "Geachte heer, mevrouw,\n\nHierbij zeg ik mijn contract nr. {REF} op per {DATE}, omdat ik naar {CITY} verhuis. Gelieve het tegoed terug te storten op mijn rekening {IBAN}.\n\nMet vriendelijke groet,\n{PERSON}\n{STREET}, {POSTCODE} {CITY}",
        ],
        "email": [
            "Hoi {FIRST},\n\nIn de bijlage de offerte van {ORG}. {PERSON} uit {CITY} belt je morgen. Mijn nummer is {PHONE}.\n\nGroeten,\n{PERSON}\n{JOB}, {ORG}\n{EMAIL}",
            "Goedemorgen {TITLE} {LAST},\n\nZoals afgesproken stuur ik u de documenten. Onze directeur {PERSON} is vanaf {DATE} in {COUNTRY}. Meer informatie op {URL}.\n\nMet vriendelijke groet,\n{PERSON}\nTel.: {PHONE}\nE-mail: {EMAIL}",
            "Hoi {FIRST}, heb je de factuur van {ORG} al betaald? {PERSON} vroeg ernaar. Groetjes",
        ],
        "meeting": [
            "Notulen van {DATE}\nAanwezig: {PERSON}, {PERSON} ({ORG}), {PERSON}\nLocatie: {CITY}\n{TITLE} {LAST} vertelt over de samenwerking met {ORG}. De volgende vergadering is in {CITY}.",
            "Afspraak met {PERSON} van {ORG} op {DATE} in {CITY}. {PERSON} coördineert de vestiging in {COUNTRY}.",
        ],
        "invoice": [
            "Factuur {REF} van {ORG}, {CITY}\nFactuurdatum: {DATE}\nKlant: {PERSON}\n{N} x Onderhoudscontract {MONEY}\nTotaalbedrag: {MONEY}\nGraag overmaken op IBAN {IBAN}.\nVragen? {EMAIL} of {PHONE}",
            "Leverancier: {ORG}\nContactpersoon: {PERSON}\nAfleveradres: {STREET}, {POSTCODE} {CITY}\nBetaald met creditcard {CARD} op {DATE}.",
        ],
        "narrative": [
            "Op {DATE} presenteerde {PERSON} van {ORG} het nieuwe product in {CITY}. Volgens {PERSON} levert het team in {COUNTRY} in het najaar.",
            "{PERSON} werkt al {N} jaar bij {ORG} in {CITY}. Daarvoor was zij {JOB} bij {ORG}.",
        ],
    },
    "en": {
        "letter": [
            "Dear {TITLE} {LAST},\n\nWe are pleased to confirm that {PERSON} will join {ORG} on {DATE} as {JOB}. The position is based in {CITY}. The salary of {MONEY} will be paid to account {IBAN}.\n\nSincerely,\n{PERSON}\nHR Director, {ORG}",
        ],
        "email": [
            "Hi {FIRST},\n\nAttached is the quote from {ORG}. {PERSON} from {CITY} will call you tomorrow. My number is {PHONE}.\n\nBest regards,\n{PERSON}\n{JOB}, {ORG}\n{EMAIL}",
        ],
        "meeting": [
            "Minutes of {DATE}\nAttendees: {PERSON}, {PERSON} ({ORG}), {PERSON}\nLocation: {CITY}\n{TITLE} {LAST} reported on the partnership with {ORG}. The next meeting will be held in {CITY}.",
        ],
        "invoice": [
            "Invoice {REF} from {ORG}, {CITY}\nDate: {DATE}\nBill to: {PERSON}\nTotal due: {MONEY}\nPlease transfer to IBAN {IBAN}.\nQuestions: {EMAIL} or {PHONE}",
        ],
        "narrative": [
            "On {DATE}, {PERSON} from {ORG} presented the new product in {CITY}. According to {PERSON}, the team in {COUNTRY} will ship in the autumn.",
        ],
    },
}
