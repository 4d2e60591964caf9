"""Sentence templates of the THIRD held-out sets (``generate_lang.py
--source mimesis --templates third``): written on 2026-12-05, before the
rules were next changed by reading the errors on ``templates_fresh.py``
(which, from then on, is tuning text too). Other document kinds again:
tenancy agreements, travel bookings, work references, purchase orders,
press releases and police reports.

Never tune on these: once they have guided a change, write new ones.

Placeholders as in ``templates_tuning.py``.
"""

TEMPLATES = {
    "en": {
        "tenancy": [
            "TENANCY AGREEMENT\nLandlord: {PERSON}, {STREET}, {POSTCODE} {CITY}\nTenant: {TITLE} {PERSON}\nManaging agent: {ORG}\nThe monthly rent of {MONEY} is payable to {IBAN} from {DATE}.",
        ],
        "booking": [
            "Your booking is confirmed!\nTraveller: {PERSON}\nFlight with {ORG} from {CITY} to {CITY} on {DATE}\nHotel: {ORG}, {CITY}, {COUNTRY}\nQuestions? Call {PHONE} or write to {EMAIL}.",
        ],
        "reference": [
            "To whom it may concern,\n\n{PERSON} worked for {ORG} as {JOB} from {DATE} until she moved to {CITY}. We found {FIRST} reliable and recommend her without reservation.\n\n{TITLE} {LAST}\nHead of Operations, {ORG}",
        ],
        "order": [
            "Purchase order {REF}\nBuyer: {ORG}, {CITY}\nSupplier: {ORG}\nAttn. {PERSON}\nTotal {MONEY}, payable within 30 days. Card on file: {CARD}.",
        ],
        "press": [
            "{CITY}, {DATE} - {ORG} has agreed to acquire {ORG} for {MONEY}, chief executive {PERSON} said on Tuesday. The deal still needs approval in {COUNTRY}.",
        ],
        "police": [
            "Incident report {REF}\nOn {DATE}, {PERSON} reported that her car had been broken into outside the offices of {ORG} in {CITY}. Witness: {TITLE} {LAST}, reachable on {PHONE}.",
        ],
    },
    "de": {
        "tenancy": [
            "MIETVERTRAG\nVermieter: {PERSON}, {STREET}, {POSTCODE} {CITY}\nMieter: {TITLE} {PERSON}\nHausverwaltung: {ORG}\nDie Monatsmiete von {MONEY} ist ab dem {DATE} auf das Konto {IBAN} zu zahlen.",
        ],
        "booking": [
            "Ihre Buchung ist bestätigt!\nReisende: {PERSON}\nFlug mit {ORG} von {CITY} nach {CITY} am {DATE}\nHotel: {ORG}, {CITY}, {COUNTRY}\nFragen? Rufen Sie {PHONE} an oder schreiben Sie an {EMAIL}.",
        ],
        "reference": [
            "Arbeitszeugnis\n\n{TITLE} {PERSON} war seit dem {DATE} als {JOB} für {ORG} in {CITY} tätig. Wir haben {FIRST} als zuverlässige Kollegin kennengelernt und empfehlen sie uneingeschränkt.\n\n{PERSON}\nGeschäftsführung, {ORG}",
        ],
        "order": [
            "Bestellung {REF}\nBesteller: {ORG}, {CITY}\nLieferant: {ORG}\nz. Hd. {PERSON}\nGesamtbetrag {MONEY}, zahlbar innerhalb von 30 Tagen. Hinterlegte Karte: {CARD}.",
        ],
        "press": [
            "{CITY}, {DATE} - {ORG} übernimmt {ORG} für {MONEY}, wie Vorstandschef {PERSON} am Dienstag mitteilte. Die Behörden in {COUNTRY} müssen noch zustimmen.",
        ],
        "police": [
            "Anzeige {REF}\nAm {DATE} meldete {PERSON}, dass ihr Auto vor den Büros von {ORG} in {CITY} aufgebrochen wurde. Zeuge: {TITLE} {LAST}, erreichbar unter {PHONE}.",
        ],
    },
    "fr": {
        "tenancy": [
            "CONTRAT DE LOCATION\nBailleur : {PERSON}, {STREET}, {POSTCODE} {CITY}\nLocataire : {TITLE} {PERSON}\nGestionnaire : {ORG}\nLe loyer mensuel de {MONEY} est à verser sur le compte {IBAN} à compter du {DATE}.",
        ],
        "booking": [
            "Votre réservation est confirmée !\nVoyageur : {PERSON}\nVol avec {ORG} de {CITY} à {CITY} le {DATE}\nHôtel : {ORG}, {CITY}, {COUNTRY}\nDes questions ? Appelez le {PHONE} ou écrivez à {EMAIL}.",
        ],
        "reference": [
            "Certificat de travail\n\nNous certifions que {TITLE} {PERSON} a travaillé pour {ORG} à {CITY} en qualité de {JOB} depuis le {DATE}. {FIRST} nous a donné entière satisfaction.\n\n{PERSON}\nDirectrice des ressources humaines, {ORG}",
        ],
        "order": [
            "Bon de commande {REF}\nAcheteur : {ORG}, {CITY}\nFournisseur : {ORG}\nÀ l'attention de {PERSON}\nTotal {MONEY}, payable à 30 jours. Carte enregistrée : {CARD}.",
        ],
        "press": [
            "{CITY}, le {DATE} - {ORG} va racheter {ORG} pour {MONEY}, a annoncé mardi son PDG, {PERSON}. L'opération doit encore être autorisée en {COUNTRY}.",
        ],
        "police": [
            "Procès-verbal {REF}\nLe {DATE}, {PERSON} a déclaré que sa voiture avait été fracturée devant les bureaux de {ORG} à {CITY}. Témoin : {TITLE} {LAST}, joignable au {PHONE}.",
        ],
    },
    "es": {
        "tenancy": [
            "CONTRATO DE ARRENDAMIENTO\nArrendador: {PERSON}, {STREET}, {POSTCODE} {CITY}\nArrendatario: {TITLE} {PERSON}\nAdministrador: {ORG}\nLa renta mensual de {MONEY} se abonará en la cuenta {IBAN} a partir del {DATE}.",
        ],
        "booking": [
            "¡Su reserva está confirmada!\nViajero: {PERSON}\nVuelo con {ORG} de {CITY} a {CITY} el {DATE}\nHotel: {ORG}, {CITY}, {COUNTRY}\n¿Preguntas? Llame al {PHONE} o escriba a {EMAIL}.",
        ],
        "reference": [
            "Certificado de empresa\n\n{TITLE} {PERSON} ha trabajado para {ORG}, en {CITY}, como {JOB} desde el {DATE}. {FIRST} ha demostrado siempre una gran responsabilidad.\n\n{PERSON}\nDirectora de Recursos Humanos, {ORG}",
        ],
        "order": [
            "Pedido {REF}\nComprador: {ORG}, {CITY}\nProveedor: {ORG}\nA la atención de {PERSON}\nTotal {MONEY}, pagadero a 30 días. Tarjeta registrada: {CARD}.",
        ],
        "press": [
            "{CITY}, {DATE}. {ORG} comprará {ORG} por {MONEY}, según anunció el martes su consejero delegado, {PERSON}. La operación aún debe ser aprobada en {COUNTRY}.",
        ],
        "police": [
            "Atestado {REF}\nEl {DATE}, {PERSON} denunció que su coche había sido forzado frente a las oficinas de {ORG} en {CITY}. Testigo: {TITLE} {LAST}, localizable en el {PHONE}.",
        ],
    },
    "it": {
        "tenancy": [
            "CONTRATTO DI LOCAZIONE\nLocatore: {PERSON}, {STREET}, {POSTCODE} {CITY}\nConduttore: {TITLE} {PERSON}\nAmministratore: {ORG}\nIl canone mensile di {MONEY} va versato sul conto {IBAN} a partire dal {DATE}.",
        ],
        "booking": [
            "La sua prenotazione è confermata!\nViaggiatore: {PERSON}\nVolo con {ORG} da {CITY} a {CITY} il {DATE}\nHotel: {ORG}, {CITY}, {COUNTRY}\nDomande? Chiami il {PHONE} o scriva a {EMAIL}.",
        ],
        "reference": [
            "Lettera di referenze\n\n{TITLE} {PERSON} ha lavorato per {ORG} a {CITY} come {JOB} dal {DATE}. Abbiamo trovato {FIRST} sempre affidabile e la raccomandiamo senza riserve.\n\n{PERSON}\nDirettrice del personale, {ORG}",
        ],
        "order": [
            "Ordine d'acquisto {REF}\nAcquirente: {ORG}, {CITY}\nFornitore: {ORG}\nAll'attenzione di {PERSON}\nTotale {MONEY}, pagamento a 30 giorni. Carta registrata: {CARD}.",
        ],
        "press": [
            "{CITY}, {DATE} - {ORG} acquisirà {ORG} per {MONEY}, ha annunciato martedì l'amministratore delegato {PERSON}. L'operazione deve ancora essere approvata in {COUNTRY}.",
        ],
        "police": [
            "Denuncia {REF}\nIl {DATE} {PERSON} ha denunciato che la sua auto era stata scassinata davanti agli uffici di {ORG} a {CITY}. Testimone: {TITLE} {LAST}, raggiungibile al {PHONE}.",
        ],
    },
    "nl": {
        "tenancy": [
            "HUUROVEREENKOMST\nVerhuurder: {PERSON}, {STREET}, {POSTCODE} {CITY}\nHuurder: {TITLE} {PERSON}\nBeheerder: {ORG}\nDe maandhuur van {MONEY} wordt vanaf {DATE} betaald op rekening {IBAN}.",
        ],
        "booking": [
            "Uw boeking is bevestigd!\nReiziger: {PERSON}\nVlucht met {ORG} van {CITY} naar {CITY} op {DATE}\nHotel: {ORG}, {CITY}, {COUNTRY}\nVragen? Bel {PHONE} of mail naar {EMAIL}.",
        ],
        "reference": [
            "Referentie\n\n{TITLE} {PERSON} werkte vanaf {DATE} als {JOB} voor {ORG} in {CITY}. Wij hebben {FIRST} leren kennen als een betrouwbare collega en bevelen haar van harte aan.\n\n{PERSON}\nHoofd personeelszaken, {ORG}",
        ],
        "order": [
            "Inkooporder {REF}\nKoper: {ORG}, {CITY}\nLeverancier: {ORG}\nT.a.v. {PERSON}\nTotaal {MONEY}, te betalen binnen 30 dagen. Geregistreerde kaart: {CARD}.",
        ],
        "press": [
            "{CITY}, {DATE} - {ORG} neemt {ORG} over voor {MONEY}, maakte topman {PERSON} dinsdag bekend. De overname moet nog worden goedgekeurd in {COUNTRY}.",
        ],
        "police": [
            "Proces-verbaal {REF}\nOp {DATE} meldde {PERSON} dat haar auto was opengebroken voor het kantoor van {ORG} in {CITY}. Getuige: {TITLE} {LAST}, bereikbaar op {PHONE}.",
        ],
    },
}
