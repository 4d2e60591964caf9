"""Sentence templates of the FRESH held-out sets (``generate_lang.py
--source mimesis --templates fresh``): written on 2026-12-04, after rules
had been changed by looking at the errors on ``templates_heldout.py``, and
scored once, without tuning, to tell how far those changes carry to
sentences they were not made for. Other document kinds again: meeting
minutes, HR letters, insurance claims, delivery notes, newsletters and
court or authority letters.

Never tune on these: once they have guided a change, write new ones.

Placeholders as in ``templates_tuning.py``; ``{COURT}`` … ``{COURT_END}``
marks a court named with its town, one ORGANIZATION (since 2026-12-07, as
the four document sets and the usual annotation guidelines write it; the
town was a LOCATION before). The English court line ("District Court of
{CITY}") keeps its town a LOCATION, as the analyzer reads English courts.
"""

TEMPLATES = {
    "en": {
        "minutes": [
            "Minutes of the steering meeting, {DATE}\nPresent: {PERSON}, {PERSON} and {TITLE} {LAST}\n1. {ORG} delivered the audit report late; {FIRST} will chase them.\n2. Next meeting in {CITY}.",
        ],
        "hr": [
            "Dear {TITLE} {LAST},\n\nWe are pleased to offer you the position of {JOB} with {ORG} in {CITY}, starting {DATE}. Your gross salary will be {MONEY} a year.\n\nKind regards,\n{PERSON}\nPeople Team",
        ],
        "claim": [
            "Claim {REF}: on {DATE} our parcel from {ORG} arrived damaged in {CITY}. The policy holder, {PERSON}, asks for {MONEY} to be paid to {IBAN}. Call {PHONE} with questions.",
        ],
        "delivery": [
            "Delivery note\nShipper: {ORG}, {STREET}, {CITY}\nConsignee: {PERSON}, {CITY}, {COUNTRY}\nCarrier: {ORG}\nDelivered on {DATE}",
        ],
        "news": [
            "In this issue: {ORG} opens a new office in {CITY}, and {PERSON}, who led our partnership with {ORG}, retires after twenty years. Write to {EMAIL} to send your wishes.",
        ],
        "authority": [
            "District Court of {CITY}\nCase {REF}\nPlaintiff: {ORG}\nDefendant: {PERSON}, {STREET}, {CITY}\nThe hearing is set for {DATE}.",
        ],
    },
    "de": {
        "minutes": [
            "Protokoll der Sitzung vom {DATE}\nAnwesend: {PERSON}, {PERSON}, {TITLE} {LAST}\n1. {ORG} hat den Prüfbericht verspätet geliefert; {FIRST} fragt nach.\n2. Nächste Sitzung in {CITY}.",
        ],
        "hr": [
            "Sehr geehrte(r) {TITLE} {LAST},\n\nwir freuen uns, Ihnen die Stelle als {JOB} bei {ORG} in {CITY} ab dem {DATE} anzubieten. Ihr Jahresgehalt beträgt {MONEY}.\n\nMit freundlichen Grüßen\n{PERSON}\nPersonalabteilung",
        ],
        "claim": [
            "Schadensmeldung {REF}: Am {DATE} kam unser Paket von {ORG} beschädigt in {CITY} an. Der Versicherungsnehmer {PERSON} bittet um Zahlung von {MONEY} auf {IBAN}. Rückfragen unter {PHONE}.",
        ],
        "delivery": [
            "Lieferschein\nAbsender: {ORG}, {STREET}, {POSTCODE} {CITY}\nEmpfänger: {PERSON}, {CITY}, {COUNTRY}\nSpediteur: {ORG}\nZugestellt am {DATE}",
        ],
        "news": [
            "In dieser Ausgabe: {ORG} eröffnet ein Büro in {CITY}, und {PERSON}, die unsere Partnerschaft mit {ORG} aufgebaut hat, geht nach zwanzig Jahren in den Ruhestand. Grüße an {EMAIL}.",
        ],
        "authority": [
            "{COURT}Amtsgericht {CITY}{COURT_END}\nAktenzeichen {REF}\nKlägerin: {ORG}\nBeklagter: {PERSON}, {STREET}, {POSTCODE} {CITY}\nTermin zur mündlichen Verhandlung: {DATE}.",
        ],
    },
    "fr": {
        "minutes": [
            "Compte rendu de la réunion du {DATE}\nPrésents : {PERSON}, {PERSON} et {TITLE} {LAST}\n1. {ORG} a livré le rapport d'audit en retard ; {FIRST} les relancera.\n2. Prochaine réunion à {CITY}.",
        ],
        "hr": [
            "{TITLE} {LAST},\n\nNous avons le plaisir de vous proposer le poste de {JOB} chez {ORG} à {CITY} à partir du {DATE}. Votre salaire annuel brut sera de {MONEY}.\n\nBien cordialement,\n{PERSON}\nRessources humaines",
        ],
        "claim": [
            "Déclaration de sinistre {REF} : le {DATE}, notre colis expédié par {ORG} est arrivé endommagé à {CITY}. L'assuré, {PERSON}, demande le versement de {MONEY} sur {IBAN}. Questions au {PHONE}.",
        ],
        "delivery": [
            "Bon de livraison\nExpéditeur : {ORG}, {STREET}, {POSTCODE} {CITY}\nDestinataire : {PERSON}, {CITY}, {COUNTRY}\nTransporteur : {ORG}\nLivré le {DATE}",
        ],
        "news": [
            "Dans ce numéro : {ORG} ouvre un bureau à {CITY}, et {PERSON}, qui a mené notre partenariat avec {ORG}, part à la retraite après vingt ans. Vos messages à {EMAIL}.",
        ],
        "authority": [
            "{COURT}Tribunal judiciaire de {CITY}{COURT_END}\nAffaire {REF}\nDemanderesse : {ORG}\nDéfendeur : {PERSON}, {STREET}, {POSTCODE} {CITY}\nL'audience est fixée au {DATE}.",
        ],
    },
    "es": {
        "minutes": [
            "Acta de la reunión del {DATE}\nAsistentes: {PERSON}, {PERSON} y {TITLE} {LAST}\n1. {ORG} entregó tarde el informe de auditoría; {FIRST} les llamará.\n2. Próxima reunión en {CITY}.",
        ],
        "hr": [
            "Estimado/a {TITLE} {LAST}:\n\nNos complace ofrecerle el puesto de {JOB} en {ORG} en {CITY} a partir del {DATE}. Su salario bruto anual será de {MONEY}.\n\nUn saludo,\n{PERSON}\nRecursos Humanos",
        ],
        "claim": [
            "Parte de siniestro {REF}: el {DATE} nuestro paquete de {ORG} llegó dañado a {CITY}. El asegurado, {PERSON}, solicita el pago de {MONEY} en {IBAN}. Consultas en el {PHONE}.",
        ],
        "delivery": [
            "Albarán de entrega\nRemitente: {ORG}, {STREET}, {POSTCODE} {CITY}\nDestinatario: {PERSON}, {CITY}, {COUNTRY}\nTransportista: {ORG}\nEntregado el {DATE}",
        ],
        "news": [
            "En este número: {ORG} abre una oficina en {CITY}, y {PERSON}, que dirigió nuestra colaboración con {ORG}, se jubila tras veinte años. Escriba a {EMAIL} para enviarle sus saludos.",
        ],
        "authority": [
            "{COURT}Juzgado de Primera Instancia de {CITY}{COURT_END}\nProcedimiento {REF}\nDemandante: {ORG}\nDemandado: {PERSON}, {STREET}, {POSTCODE} {CITY}\nLa vista se celebrará el {DATE}.",
        ],
    },
    "it": {
        "minutes": [
            "Verbale della riunione del {DATE}\nPresenti: {PERSON}, {PERSON} e {TITLE} {LAST}\n1. {ORG} ha consegnato in ritardo la relazione di audit; {FIRST} li solleciterà.\n2. Prossima riunione a {CITY}.",
        ],
        "hr": [
            "Gentile {TITLE} {LAST},\n\nsiamo lieti di offrirLe il ruolo di {JOB} presso {ORG} a {CITY} dal {DATE}. La retribuzione annua lorda sarà di {MONEY}.\n\nCordiali saluti,\n{PERSON}\nRisorse Umane",
        ],
        "claim": [
            "Denuncia di sinistro {REF}: il {DATE} il nostro pacco spedito da {ORG} è arrivato danneggiato a {CITY}. L'assicurato, {PERSON}, chiede il pagamento di {MONEY} su {IBAN}. Domande al {PHONE}.",
        ],
        "delivery": [
            "Documento di trasporto\nMittente: {ORG}, {STREET}, {POSTCODE} {CITY}\nDestinatario: {PERSON}, {CITY}, {COUNTRY}\nVettore: {ORG}\nConsegnato il {DATE}",
        ],
        "news": [
            "In questo numero: {ORG} apre un ufficio a {CITY}, e {PERSON}, che ha guidato la nostra collaborazione con {ORG}, va in pensione dopo vent'anni. Scrivete a {EMAIL} per i vostri auguri.",
        ],
        "authority": [
            "{COURT}Tribunale di {CITY}{COURT_END}\nCausa {REF}\nAttrice: {ORG}\nConvenuto: {PERSON}, {STREET}, {POSTCODE} {CITY}\nL'udienza è fissata per il {DATE}.",
        ],
    },
    "nl": {
        "minutes": [
            "Notulen van de vergadering van {DATE}\nAanwezig: {PERSON}, {PERSON} en {TITLE} {LAST}\n1. {ORG} leverde het auditrapport te laat; {FIRST} belt ze na.\n2. Volgende vergadering in {CITY}.",
        ],
        "hr": [
            "Beste {TITLE} {LAST},\n\nWij bieden u graag de functie van {JOB} bij {ORG} in {CITY} aan, met ingang van {DATE}. Uw bruto jaarsalaris bedraagt {MONEY}.\n\nMet vriendelijke groet,\n{PERSON}\nPersoneelszaken",
        ],
        "claim": [
            "Schademelding {REF}: op {DATE} kwam ons pakket van {ORG} beschadigd aan in {CITY}. De verzekerde, {PERSON}, vraagt om betaling van {MONEY} op {IBAN}. Vragen via {PHONE}.",
        ],
        "delivery": [
            "Afleverbon\nAfzender: {ORG}, {STREET}, {POSTCODE} {CITY}\nOntvanger: {PERSON}, {CITY}, {COUNTRY}\nVervoerder: {ORG}\nAfgeleverd op {DATE}",
        ],
        "news": [
            "In dit nummer: {ORG} opent een kantoor in {CITY}, en {PERSON}, die onze samenwerking met {ORG} leidde, gaat na twintig jaar met pensioen. Stuur uw wensen naar {EMAIL}.",
        ],
        "authority": [
            "{COURT}Rechtbank {CITY}{COURT_END}\nZaaknummer {REF}\nEiser: {ORG}\nGedaagde: {PERSON}, {STREET}, {POSTCODE} {CITY}\nDe zitting is op {DATE}.",
        ],
    },
}
