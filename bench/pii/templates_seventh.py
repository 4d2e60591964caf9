"""Sentence templates of the SEVENTH held-out sets (``generate_lang.py
--source mimesis --templates seventh``): written on 2026-12-06 by a helper
session, BLIND: never read by the author of the analyzer's rules. Document
kinds: bank letters and card alerts, tax office letters and a tax
adviser's note, HR announcements and travel expense claims, tender and
award notices, customer complaints and replies, partnership announcements
and product recalls, club notices and committee minutes, and messages
between friends.

Never tune on these: do not read them to change the rules; once they have
guided a change, write new ones.

Placeholders as in ``templates_tuning.py``.
"""

TEMPLATES = {
    "en": {
        "bank": [
            "{ORG}\nCustomer Services, {STREET}, {CITY}\n\n{DATE}\n\nDear {TITLE} {LAST},\n\nAs you requested, we have cancelled the direct debit mandate in favour of {ORG} on your account {IBAN}. Any further collections by {ORG} will be returned unpaid. If you did not ask for this change, please call us on {PHONE} as soon as possible.\n\nYours sincerely,\n{PERSON}\nAccount Services",
            "Subject: Unusual card payment\n\nHello {FIRST},\n\nThis morning we stopped a payment on your card that looks unusual to us:\nMerchant: {ORG}\nCountry: {COUNTRY}\nAmount: {MONEY}\nCard: {CARD}\nWas this you? Reply YES or NO, or sign in at {URL}. Until we hear from you, the card will stay blocked.\n\nFraud Prevention Team, {ORG}",
        ],
        "tax": [
            "Notice of enquiry\nReference: {REF}\n\n{PERSON}\n{STREET}\n{CITY} {POSTCODE}\n\nDear {TITLE} {LAST},\n\nWe are checking the tax return you sent us for the year ending {DATE}. Please send us copies of the invoices for the consultancy fees you received from {ORG} and {ORG} last year. You can post them to our office or upload them at {URL} within 30 days of the date of this letter.\n\nYours sincerely,\n{PERSON}\nCompliance Officer",
            "Hi {FIRST},\n\nGood news: your assessment has come through and you are getting {MONEY} back. The refund should be in your account {IBAN} within two weeks. They accepted the home office costs and the course fees at {ORG}; only the trip to {COUNTRY} was disallowed. Do you want me to appeal that part?\n\nBest,\n{PERSON}\nTax adviser, {ORG}, {CITY}",
        ],
        "hr": [
            "Staff announcement\n\nPlease join us in welcoming {PERSON}, who starts in the {CITY} office on {DATE} as our new {JOB}. {FIRST} spent the last six years at {ORG} building up the logistics team and before that worked for {ORG} in {COUNTRY}. Do drop by and say hello!\n\n{PERSON}\nPeople & Culture, {ORG}",
            "TRAVEL EXPENSE CLAIM\nEmployee: {PERSON}\nDepartment: Sales\nTrip: {CITY} to {CITY}, {DATE}\nPurpose: client meeting at {ORG}\nHotel: {MONEY}\nTaxis and meals: {MONEY}\nPaid with corporate card {CARD}\nApproved by: {TITLE} {LAST}",
        ],
        "tender": [
            "Invitation to tender {REF}\n\nThe council invites bids for the cleaning of its municipal buildings in {CITY} for a period of three years. Tenders must be submitted through {URL} no later than {DATE}. The current contractor, {ORG}, may also bid. Questions should be sent to the procurement officer, {PERSON}, at {EMAIL}.",
            "Contract award notice\n\nFollowing the evaluation of five bids, the contract for the supply of IT equipment to schools has been awarded to a consortium of {ORG} and {ORG} for a term of four years. The bid from {ORG} was ranked second.\nContract value: {MONEY}\nContact: {PERSON}, Procurement Department, {CITY}",
        ],
        "complaint": [
            "Dear Sir or Madam,\n\nOn {DATE} I took a faulty coffee machine back to your store in {CITY}. Six weeks later I still have not received the refund of {MONEY}, although {FIRST} at the customer service desk promised it would be processed within five working days. I have shopped at {ORG} for years and honestly expected better.\n\nYours faithfully,\n{PERSON}\n{STREET}, {CITY}\nTel. {PHONE}",
            "Dear {TITLE} {LAST},\n\nThank you for contacting {ORG}, and I am sorry to hear that your sofa arrived so late. I have checked with our delivery partner, {ORG}, and the order was held up for several days at their depot in {CITY}. As a goodwill gesture we have refunded the delivery charge of {MONEY} to your original payment method.\n\nKind regards,\n{PERSON}\nCustomer Care Team",
        ],
        "announcement": [
            "PRESS RELEASE\n\n{ORG} and {ORG} join forces on fleet charging\n\n{CITY}, {DATE} – The two companies will jointly develop charging stations for delivery fleets, starting with pilot sites in {COUNTRY} next spring. “Our customers have been asking for this for a long time,” said {PERSON}, who will lead the joint project.\n\nMedia contact: {EMAIL}",
            "PRODUCT RECALL\n\n{ORG} is recalling its 1.5-litre electric kettle (batch {REF}) sold between {DATE} and {DATE} at {ORG} and other retailers in {COUNTRY}. The base can overheat and poses a fire risk. Customers should stop using the kettle immediately and return it to any store for a full refund. For more information call {PHONE} or visit {URL}.\n\n{PERSON}, Quality Manager",
        ],
        "club": [
            "Dear members,\n\nThe annual general meeting of our rowing club will be held on {DATE} at 7 pm in the clubhouse in {CITY}. On the agenda: the treasurer's report, the new boathouse roof and the election of a new chair, as {PERSON} is stepping down after nine years. Many thanks to {ORG} for sponsoring our new boat! Membership fees of {MONEY} are due by the end of the month.\n\nSee you there,\n{FIRST}",
            "Minutes of the committee meeting, {DATE}\nPresent: {PERSON} (chair), {PERSON}, {PERSON}\nApologies: {FIRST}\n1. The summer fete will be held in {CITY} again. {TITLE} {LAST} will ask {ORG} about hiring a marquee.\n2. Treasurer: balance of {MONEY}; the grant from {ORG} has arrived.\n3. Next meeting: {DATE}.",
        ],
        "chat": [
            "Hey {FIRST}, just landed in {CITY}. Flight with {ORG} was two hours late, of course. Are we still on for dinner tonight? {FIRST} says the place next to the station is great. Text me on {PHONE} if anything changes",
            "Hi both,\n\nQuick update on the holiday house in {COUNTRY}: I paid the deposit of {MONEY} to {ORG} yesterday, so you each owe me {MONEY}. My bank details are {IBAN}. {PERSON} from the agency says we can pick up the keys in {CITY} from 4 pm.\n\nCan't wait!\n{FIRST}",
        ],
    },
    "de": {
        "bank": [
            "{ORG}\nKundenservice · {STREET} · {POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nGuten Tag {TITLE} {LAST},\n\nwie von Ihnen gewünscht, haben wir das SEPA-Lastschriftmandat zugunsten von {ORG} für Ihr Konto {IBAN} widerrufen. Künftige Lastschriften von {ORG} geben wir zurück. Falls Sie diesen Auftrag nicht erteilt haben, melden Sie sich bitte umgehend unter {PHONE}.\n\nFreundliche Grüße\n{PERSON}\nKontoservice",
            "Betreff: Ungewöhnliche Kartenzahlung\n\nGuten Tag {PERSON},\n\nheute Morgen haben wir eine Zahlung mit Ihrer Karte angehalten, die uns ungewöhnlich erscheint:\nHändler: {ORG}\nLand: {COUNTRY}\nBetrag: {MONEY}\nKarte: {CARD}\nHaben Sie diese Zahlung veranlasst? Antworten Sie mit JA oder NEIN oder melden Sie sich unter {URL} an. Bis dahin bleibt die Karte gesperrt.\n\nIhr Sicherheitsteam\n{ORG}",
        ],
        "tax": [
            "Finanzamt\n{STREET}\n{POSTCODE} {CITY}\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nSteuernummer: {REF}\n\nGuten Tag {TITLE} {LAST},\n\nzur Bearbeitung Ihrer Einkommensteuererklärung benötigen wir noch die Rechnungen über die Honorare, die Sie von {ORG} und {ORG} erhalten haben. Bitte reichen Sie diese bis zum {DATE} ein, gern auch elektronisch über {URL}.\n\nMit freundlichen Grüßen\nIm Auftrag\n{PERSON}",
            "Hallo {FIRST},\n\ngute Nachrichten: Der Steuerbescheid ist da, du bekommst {MONEY} zurück. Das Geld sollte in den nächsten zwei Wochen auf deinem Konto {IBAN} sein. Das Arbeitszimmer und die Fortbildung bei {ORG} wurden anerkannt, nur die Reise nach {COUNTRY} nicht. Sollen wir dagegen Einspruch einlegen?\n\nViele Grüße\n{PERSON}\nSteuerberatung, {ORG}\n{CITY}",
        ],
        "hr": [
            "Neu im Team\n\nAm {DATE} startet {PERSON} als {JOB} an unserem Standort {CITY}. {FIRST} kommt von {ORG} und hat dort in den letzten sechs Jahren das Logistikteam aufgebaut, davor ging es für {ORG} nach {COUNTRY}. Schaut gern vorbei und sagt Hallo!\n\n{PERSON}\nPersonalabteilung, {ORG}",
            "REISEKOSTENABRECHNUNG\nName: {PERSON}\nAbteilung: Vertrieb\nReise: {CITY} – {CITY}, {DATE}\nAnlass: Kundentermin bei {ORG}\nÜbernachtung: {MONEY}\nTaxi und Verpflegung: {MONEY}\nBezahlt mit Firmenkreditkarte {CARD}\nGenehmigt: {TITLE} {LAST}",
        ],
        "tender": [
            "Öffentliche Ausschreibung {REF}\n\nAusgeschrieben wird die Unterhaltsreinigung der städtischen Gebäude in {CITY} für die Dauer von drei Jahren. Angebote sind bis zum {DATE} ausschließlich elektronisch über {URL} einzureichen. Der bisherige Auftragnehmer, {ORG}, kann sich ebenfalls bewerben. Rückfragen richten Sie bitte an {PERSON}, Zentrale Vergabestelle, {EMAIL}.",
            "Bekanntmachung über vergebene Aufträge\n\nNach Wertung von fünf Angeboten hat die Bietergemeinschaft {ORG} / {ORG} den Zuschlag für die Lieferung von IT-Ausstattung für die Schulen des Landkreises erhalten. Das Angebot von {ORG} lag auf Rang zwei.\nAuftragswert: {MONEY}\nAnsprechpartner: {PERSON}, Landratsamt, {CITY}",
        ],
        "complaint": [
            "Sehr geehrte Damen und Herren,\n\nam {DATE} habe ich eine defekte Kaffeemaschine in Ihrer Filiale in {CITY} zurückgegeben. Sechs Wochen später warte ich immer noch auf die Erstattung von {MONEY}, obwohl mir {FIRST} an der Servicetheke eine Bearbeitung innerhalb von fünf Werktagen zugesagt hatte. Ich kaufe seit Jahren bei {ORG} ein und hätte wirklich mehr erwartet.\n\nMit freundlichen Grüßen\n{PERSON}\n{STREET}, {POSTCODE} {CITY}\nTel. {PHONE}",
            "Guten Tag {TITLE} {LAST},\n\nvielen Dank, dass Sie sich an {ORG} gewandt haben. Es tut uns leid, dass Ihr Sofa so spät geliefert wurde. Wie uns unser Speditionspartner {ORG} mitteilte, lag die Sendung mehrere Tage im Lager in {CITY} fest. Als kleine Entschädigung haben wir Ihnen die Liefergebühr von {MONEY} erstattet.\n\nFreundliche Grüße\n{PERSON}\nKundenservice",
        ],
        "announcement": [
            "Pressemitteilung\n\n{ORG} und {ORG} bündeln Kräfte beim Laden von Lieferflotten\n\n{CITY}, {DATE} – Die beiden Unternehmen wollen gemeinsam Ladesäulen für Lieferfahrzeuge entwickeln; erste Pilotstandorte entstehen im kommenden Frühjahr in {COUNTRY}. „Unsere Kunden fragen seit Langem danach“, sagt {PERSON}, Leitung des gemeinsamen Projekts.\n\nPressekontakt: {EMAIL}",
            "Produktrückruf\n\n{ORG} ruft den Wasserkocher 1,5 l (Charge {REF}) zurück, der zwischen dem {DATE} und dem {DATE} bei {ORG} und weiteren Händlern in {COUNTRY} verkauft wurde. Der Sockel kann überhitzen, es besteht Brandgefahr. Bitte verwenden Sie das Gerät nicht mehr und geben Sie es in einer beliebigen Filiale zurück; der Kaufpreis wird vollständig erstattet. Weitere Informationen unter {PHONE} oder {URL}.\n\n{PERSON}, Qualitätsmanagement",
        ],
        "club": [
            "Liebe Mitglieder,\n\ndie Jahreshauptversammlung unseres Rudervereins findet am {DATE} um 19 Uhr im Bootshaus in {CITY} statt. Auf der Tagesordnung stehen der Kassenbericht, das neue Dach der Bootshalle und die Neuwahl des Vorsitzes, da {PERSON} nach neun Jahren nicht mehr antritt. Ein herzliches Dankeschön an {ORG} für das neue Boot! Der Mitgliedsbeitrag von {MONEY} ist bis Monatsende fällig.\n\nBis bald\n{FIRST}",
            "Protokoll der Vorstandssitzung vom {DATE}\nAnwesend: {PERSON} (Vorsitz), {PERSON}, {PERSON}\nEntschuldigt: {FIRST}\nTOP 1: Das Sommerfest findet wieder in {CITY} statt. {TITLE} {LAST} fragt bei {ORG} wegen eines Festzelts an.\nTOP 2: Kassenstand {MONEY}; der Zuschuss von {ORG} ist eingegangen.\nTOP 3: Nächste Sitzung am {DATE}.",
        ],
        "chat": [
            "Hey {FIRST}, bin gerade in {CITY} gelandet. Der Flug mit {ORG} hatte natürlich zwei Stunden Verspätung. Bleibt es bei heute Abend? {FIRST} meint, das Lokal neben dem Bahnhof soll super sein. Schreib mir unter {PHONE}, falls sich was ändert",
            "Hallo ihr zwei,\n\nkurzes Update zum Ferienhaus in {COUNTRY}: Ich habe gestern die Anzahlung von {MONEY} an {ORG} überwiesen, jeder von euch schuldet mir also {MONEY}. Meine IBAN: {IBAN}. Laut {PERSON} von der Agentur können wir die Schlüssel ab 16 Uhr in {CITY} abholen.\n\nIch freu mich!\n{FIRST}",
        ],
    },
    "fr": {
        "bank": [
            "{ORG}\nService clients – {STREET} – {POSTCODE} {CITY}\n\n{CITY}, le {DATE}\n\nBonjour {TITLE} {LAST},\n\nConformément à votre demande, nous avons révoqué le mandat de prélèvement SEPA au profit du créancier {ORG} sur votre compte {IBAN}. Les prochains prélèvements émis par {ORG} seront rejetés. Si vous n'êtes pas à l'origine de cette demande, contactez-nous sans tarder au {PHONE}.\n\nCordialement,\n{PERSON}\nService gestion des comptes",
            "Objet : Paiement inhabituel\n\nBonjour {PERSON},\n\nCe matin, nous avons bloqué un paiement par carte qui nous paraît inhabituel :\nCommerçant : {ORG}\nPays : {COUNTRY}\nMontant : {MONEY}\nCarte : {CARD}\nS'agit-il bien de vous ? Répondez OUI ou NON, ou connectez-vous sur {URL}. En attendant, votre carte reste bloquée.\n\nService sécurité – {ORG}",
        ],
        "tax": [
            "Centre des finances publiques\n{STREET}\n{POSTCODE} {CITY}\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nObjet : demande de justificatifs – dossier {REF}\n\nMadame, Monsieur,\n\nDans le cadre de l'examen de votre déclaration de revenus, je vous remercie de me transmettre les factures relatives aux honoraires perçus auprès des sociétés {ORG} et {ORG} au cours de l'année. Ces documents sont à déposer avant le {DATE} dans votre espace particulier sur {URL}.\n\n{PERSON}\nService des impôts des particuliers",
            "Bonjour {TITLE} {LAST},\n\nBonne nouvelle : votre avis d'imposition est arrivé et l'administration vous rembourse {MONEY}. Le virement devrait arriver sur votre compte {IBAN} d'ici deux semaines. Les frais de formation chez {ORG} ont tous été acceptés ; seul le séminaire à {CITY} a été refusé. Souhaitez-vous que nous fassions une réclamation ?\n\nBien cordialement,\n{PERSON}\nCabinet {ORG}",
        ],
        "hr": [
            "Arrivée dans l'équipe\n\nNous avons le plaisir d'accueillir {PERSON}, qui rejoint nos équipes à {CITY} le {DATE} en tant que {JOB}. {FIRST} a passé les six dernières années chez {ORG}, où la chaîne logistique était sous sa responsabilité, après des débuts chez {ORG} en alternance. N'hésitez pas à passer dire bonjour !\n\n{PERSON}\nRessources humaines, {ORG}",
            "NOTE DE FRAIS DE DÉPLACEMENT\nNom : {PERSON}\nService : commercial\nTrajet : {CITY} – {CITY}, le {DATE}\nMotif : rendez-vous client chez {ORG}\nHôtel : {MONEY}\nTaxi et repas : {MONEY}\nRéglé avec la carte société {CARD}\nValidé par : {TITLE} {LAST}",
        ],
        "tender": [
            "Avis d'appel public à la concurrence n° {REF}\n\nObjet du marché : nettoyage des bâtiments communaux situés à {CITY}, pour une durée de trois ans. Les offres doivent être déposées sur {URL} avant le {DATE} à 12 h. Le titulaire actuel, {ORG}, peut présenter une offre. Renseignements : {PERSON}, service de la commande publique, {EMAIL}.",
            "Avis d'attribution\n\nAprès analyse des cinq offres reçues, le marché de fourniture d'équipements informatiques pour les collèges a été attribué au groupement {ORG} / {ORG} pour une durée de quatre ans. L'offre de la société {ORG} est classée deuxième.\nMontant du marché : {MONEY}\nContact : {PERSON}, Conseil départemental, {CITY}",
        ],
        "complaint": [
            "Madame, Monsieur,\n\nLe {DATE}, j'ai rapporté une machine à café défectueuse dans votre magasin situé à {CITY}. Six semaines plus tard, je n'ai toujours pas reçu le remboursement de {MONEY}, alors qu'à l'accueil, {FIRST} m'avait assuré qu'il serait effectué sous cinq jours ouvrés. Je fais mes courses chez {ORG} depuis des années et j'attendais mieux de votre part.\n\nCordialement,\n{PERSON}\n{STREET}, {POSTCODE} {CITY}\nTél. : {PHONE}",
            "Bonjour {TITLE} {LAST},\n\nNous vous remercions d'avoir contacté {ORG} et sommes désolés du retard de livraison de votre canapé. Notre transporteur, {ORG}, nous indique que la commande est restée bloquée plusieurs jours dans son entrepôt à {CITY}. À titre de geste commercial, nous vous avons remboursé les frais de livraison de {MONEY}.\n\nBien cordialement,\n{PERSON}\nService clients",
        ],
        "announcement": [
            "Communiqué de presse\n\n{ORG} et {ORG} s'associent pour la recharge des flottes de livraison\n\n{CITY}, le {DATE} – Les deux entreprises vont développer ensemble des bornes de recharge pour véhicules utilitaires, avec de premiers sites pilotes dès le printemps prochain. « Nos clients nous le demandaient depuis longtemps », explique {PERSON}, responsable du projet commun.\n\nContact presse : {EMAIL}",
            "RAPPEL PRODUIT\n\n{ORG} procède au rappel de la bouilloire électrique 1,5 L (lot {REF}) vendue entre le {DATE} et le {DATE} chez {ORG} et d'autres revendeurs. Le socle peut surchauffer et présente un risque d'incendie. Nous invitons les clients à cesser immédiatement de l'utiliser et à la rapporter en magasin pour un remboursement intégral. Renseignements au {PHONE} ou sur {URL}.\n\n{PERSON}, responsable qualité\n{ORG}, {CITY}",
        ],
        "club": [
            "Bonjour à toutes et à tous,\n\nL'assemblée générale annuelle de notre club d'aviron aura lieu le {DATE} à 19 h au club-house, à {CITY}. À l'ordre du jour : le rapport financier, la réfection du toit du hangar à bateaux et l'élection d'une nouvelle présidence, {PERSON} ne se représentant pas après neuf ans de mandat. Un grand merci à {ORG} pour le financement du nouveau bateau ! La cotisation de {MONEY} est à régler avant la fin du mois.\n\nÀ bientôt,\n{FIRST}",
            "Compte rendu de la réunion du bureau du {DATE}\nPrésents : {PERSON} (présidence), {PERSON}, {PERSON}\nExcusé(e) : {FIRST}\n1. La fête d'été aura de nouveau lieu à {CITY}. {TITLE} {LAST} contacte {ORG} pour la location d'un chapiteau.\n2. Trésorerie : solde de {MONEY} ; la subvention versée par {ORG} est arrivée.\n3. Prochaine réunion : {DATE}.",
        ],
        "chat": [
            "Coucou {FIRST} ! Je viens d'atterrir à {CITY}. Le vol {ORG} avait deux heures de retard, évidemment. On dîne toujours ensemble ce soir ? {FIRST} dit que le resto à côté de la gare est top. Écris-moi au {PHONE} si ça change",
            "Salut vous deux,\n\nPetit point sur la maison de vacances : j'ai viré hier l'acompte de {MONEY} à l'agence {ORG}, donc chacun me doit {MONEY}. Mon IBAN : {IBAN}. D'après {PERSON}, de l'agence, on peut récupérer les clés à {CITY} à partir de 16 h.\n\nTrop hâte !\n{FIRST}",
        ],
    },
    "es": {
        "bank": [
            "{ORG}\nAtención al Cliente · {STREET} · {POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nEstimado/a {TITLE} {LAST}:\n\nLe informamos de que, tal y como nos solicitó, hemos anulado la orden de domiciliación a favor de {ORG} asociada a su cuenta {IBAN}. A partir de ahora, los recibos que emita {ORG} serán devueltos. Si usted no ha realizado esta solicitud, llámenos cuanto antes al {PHONE}.\n\nAtentamente,\n{PERSON}\nDepartamento de Cuentas",
            "Asunto: Pago inusual con tarjeta\n\nHola, {PERSON}:\n\nEsta mañana hemos bloqueado una operación con tu tarjeta que nos parece inusual:\nComercio: {ORG}\nPaís: {COUNTRY}\nImporte: {MONEY}\nTarjeta: {CARD}\n¿La has hecho tú? Responde SÍ o NO, o entra en {URL}. Mientras tanto, tu tarjeta seguirá bloqueada.\n\nEquipo de Seguridad de {ORG}",
        ],
        "tax": [
            "Requerimiento de documentación\nExpediente: {REF}\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nEn relación con su declaración del IRPF, le requerimos que aporte las facturas correspondientes a los honorarios percibidos de {ORG} y de {ORG} durante el ejercicio. Dispone de un plazo de diez días hábiles, hasta el {DATE}, para presentarlas a través de la sede electrónica ({URL}).\n\nFdo.: {PERSON}\nDependencia de Gestión Tributaria",
            "Hola, {FIRST}:\n\n¡Buenas noticias! Ya ha salido la renta: te devuelven {MONEY}, que te llegarán a la cuenta {IBAN} en unas dos semanas. Han aceptado los gastos del curso en {ORG}; lo único que no admiten es el viaje a {COUNTRY}. ¿Quieres que presentemos un recurso?\n\nUn abrazo,\n{PERSON}\nAsesoría fiscal, {ORG}, {CITY}",
        ],
        "hr": [
            "Nueva incorporación\n\nNos alegra dar la bienvenida a {PERSON}, que se une a la oficina de {CITY} el {DATE} como {JOB}. {FIRST} llega desde {ORG}, donde ha pasado los últimos seis años al frente del área de logística, y anteriormente trabajó para {ORG} en {COUNTRY}. ¡Pasad a saludar!\n\n{PERSON}\nRecursos Humanos, {ORG}",
            "LIQUIDACIÓN DE GASTOS DE VIAJE\nEmpleado/a: {PERSON}\nDepartamento: Ventas\nDesplazamiento: {CITY} – {CITY}, {DATE}\nMotivo: visita a cliente ({ORG})\nHotel: {MONEY}\nTaxis y dietas: {MONEY}\nPagado con la tarjeta de empresa {CARD}\nAutorizado por: {TITLE} {LAST}",
        ],
        "tender": [
            "Anuncio de licitación – Expediente {REF}\n\nObjeto: servicio de limpieza de los edificios municipales de {CITY} durante tres años. Las ofertas se presentarán a través de {URL} hasta el {DATE}. La actual adjudicataria, {ORG}, puede concurrir a la licitación. Consultas: {PERSON}, Servicio de Contratación, {EMAIL}.",
            "Anuncio de formalización del contrato\n\nTras valorar las cinco ofertas presentadas, el contrato de suministro de equipos informáticos para centros educativos se ha adjudicado a la UTE formada por {ORG} y {ORG} por un plazo de cuatro años. La oferta de {ORG} quedó en segundo lugar.\nImporte de adjudicación: {MONEY}\nContacto: {PERSON}, Diputación Provincial, {CITY}",
        ],
        "complaint": [
            "Muy señores míos:\n\nEl pasado {DATE} devolví una cafetera defectuosa en su tienda de {CITY}. Seis semanas después sigo sin recibir el reembolso de {MONEY}, a pesar de que {FIRST}, en el mostrador de atención al cliente, me aseguró que se tramitaría en cinco días hábiles. Llevo años comprando en {ORG} y, sinceramente, esperaba otro trato.\n\nAtentamente,\n{PERSON}\n{STREET}, {POSTCODE} {CITY}\nTel.: {PHONE}",
            "Estimado/a {TITLE} {LAST}:\n\nLe agradecemos que se haya puesto en contacto con {ORG} y lamentamos mucho el retraso en la entrega de su sofá. Según nos informa nuestra empresa de transporte, {ORG}, el pedido quedó retenido varios días en su almacén de {CITY}. Como compensación, le hemos reembolsado los gastos de envío ({MONEY}).\n\nReciba un cordial saludo,\n{PERSON}\nAtención al Cliente",
        ],
        "announcement": [
            "Nota de prensa\n\n{ORG} y {ORG} se alían para electrificar las flotas de reparto\n\n{CITY}, {DATE}. Ambas compañías desarrollarán conjuntamente puntos de recarga para vehículos de reparto, con los primeros proyectos piloto en {COUNTRY} la próxima primavera. «Nuestros clientes llevaban tiempo pidiéndolo», señaló {PERSON}, responsable del proyecto conjunto.\n\nContacto de prensa: {EMAIL}",
            "AVISO DE RETIRADA DE PRODUCTO\n\n{ORG} retira del mercado el hervidor eléctrico de 1,5 l (lote {REF}) vendido entre el {DATE} y el {DATE} en {ORG} y otros establecimientos de {COUNTRY}. La base puede sobrecalentarse y existe riesgo de incendio. Rogamos a los clientes que dejen de utilizarlo de inmediato y lo devuelvan en cualquier tienda, donde se les reembolsará el importe íntegro. Más información en el {PHONE} o en {URL}.\n\n{PERSON}, responsable de Calidad",
        ],
        "club": [
            "Estimados socios:\n\nOs convocamos a la asamblea general ordinaria del club de remo, que se celebrará el {DATE} a las 19:00 h en la sede social de {CITY}. Orden del día: informe de tesorería, reparación del tejado del hangar y elección de nueva presidencia, ya que {PERSON} no se presenta a la reelección tras nueve años. ¡Gracias a {ORG} por patrocinar la nueva embarcación! Recordad que la cuota anual de {MONEY} debe abonarse antes de fin de mes.\n\nUn saludo,\n{FIRST}",
            "Acta de la reunión de la junta directiva del {DATE}\nAsistentes: {PERSON} (presidencia), {PERSON}, {PERSON}\nExcusa su asistencia: {FIRST}\n1. La fiesta de verano volverá a celebrarse en {CITY}. {PERSON} pedirá presupuesto a {ORG} para la carpa.\n2. Tesorería: saldo de {MONEY}; se ha recibido la subvención de {ORG} para este año.\n3. Próxima reunión: {DATE}.",
        ],
        "chat": [
            "¡Hola, {FIRST}! Acabo de aterrizar en {CITY}. El vuelo de {ORG} ha llegado con dos horas de retraso, cómo no. ¿Seguimos con lo de cenar esta noche? {FIRST} dice que el sitio de al lado de la estación está genial. Escríbeme al {PHONE} si cambia algo",
            "Hola, chicos:\n\nOs cuento lo del apartamento de vacaciones en {COUNTRY}: ayer le pagué la señal de {MONEY} a {ORG}, así que cada uno me debe {MONEY}. Mi cuenta es {IBAN}. Según {PERSON}, de la agencia, podemos recoger las llaves en {CITY} a partir de las cuatro.\n\n¡Qué ganas!\n{FIRST}",
        ],
    },
    "it": {
        "bank": [
            "{ORG}\nServizio Clienti – {STREET} – {POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nGentile {TITLE} {LAST},\n\ncome da Sua richiesta, abbiamo revocato il mandato di addebito diretto SEPA a favore di {ORG} sul Suo conto {IBAN}. Eventuali ulteriori addebiti disposti da {ORG} verranno respinti. Se non ha richiesto Lei questa modifica, La preghiamo di contattarci al più presto al numero {PHONE}.\n\nCordiali saluti\n{PERSON}\nUfficio Conti Correnti",
            "Oggetto: Pagamento insolito\n\nGentile {PERSON},\n\nquesta mattina abbiamo bloccato un pagamento con la Sua carta che ci sembra insolito:\nEsercente: {ORG}\nPaese: {COUNTRY}\nImporto: {MONEY}\nCarta: {CARD}\nHa effettuato Lei questo pagamento? Risponda SÌ o NO, oppure acceda a {URL}. Nel frattempo la carta resterà bloccata.\n\nIl Team Sicurezza di {ORG}",
        ],
        "tax": [
            "Richiesta di documenti\nProt. n. {REF}\n\nAl contribuente {PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nNell'ambito del controllo della Sua dichiarazione dei redditi, La invitiamo a trasmettere le fatture relative ai compensi percepiti da {ORG} e da {ORG} nel corso dell'anno. La documentazione dovrà pervenire entro il {DATE}, anche tramite il servizio online all'indirizzo {URL}.\n\nIl funzionario incaricato\n{PERSON}",
            "Ciao {FIRST},\n\nbuone notizie: è arrivato il rimborso IRPEF di {MONEY}, che ti verrà accreditato sul conto {IBAN} entro un paio di settimane. Le spese per il corso presso {ORG} sono state tutte riconosciute, solo il viaggio in {COUNTRY} è stato escluso. Vuoi che presentiamo ricorso?\n\nUn saluto,\n{PERSON}\nStudio commerciale, {ORG}, {CITY}",
        ],
        "hr": [
            "Nuovo ingresso\n\nSiamo lieti di dare il benvenuto a {PERSON}, che dal {DATE} entrerà a far parte della sede di {CITY} come {JOB}. {FIRST} arriva da {ORG}, dove negli ultimi sei anni ha guidato l'area logistica, e in precedenza ha lavorato per {ORG} in {COUNTRY}. Passate a salutare!\n\n{PERSON}\nRisorse Umane, {ORG}",
            "NOTA SPESE DI TRASFERTA\nDipendente: {PERSON}\nReparto: Commerciale\nTrasferta: {CITY} – {CITY}, {DATE}\nMotivo: visita al cliente {ORG}\nAlbergo: {MONEY}\nTaxi e pasti: {MONEY}\nPagato con carta aziendale {CARD}\nApprovato da: {TITLE} {LAST}",
        ],
        "tender": [
            "Bando di gara – CIG {REF}\n\nOggetto: servizio di pulizia degli edifici comunali di {CITY} per la durata di tre anni. Le offerte dovranno essere presentate tramite la piattaforma {URL} entro il {DATE}. L'attuale appaltatore, {ORG}, è ammesso a partecipare. Per informazioni: {PERSON}, Ufficio Gare e Contratti, {EMAIL}.",
            "Esito di gara\n\nA seguito della valutazione delle cinque offerte pervenute, la fornitura di attrezzature informatiche per le scuole è stata aggiudicata al raggruppamento temporaneo di imprese {ORG} – {ORG} per la durata di quattro anni. Al secondo posto si è classificata l'offerta di {ORG}, con un ribasso del 12%.\nImporto di aggiudicazione: {MONEY}\nResponsabile del procedimento: {PERSON}, {CITY}",
        ],
        "complaint": [
            "Spett.le {ORG},\n\nil {DATE} ho riportato una macchina da caffè difettosa presso il vostro negozio di {CITY}. A distanza di sei settimane non ho ancora ricevuto il rimborso di {MONEY}, nonostante {FIRST}, al banco assistenza clienti, mi avesse assicurato che la pratica sarebbe stata evasa entro cinque giorni lavorativi. Sono vostro cliente da anni e mi aspettavo più serietà.\n\nDistinti saluti\n{PERSON}\n{STREET}, {POSTCODE} {CITY}\nTel. {PHONE}",
            "Gentile {TITLE} {LAST},\n\nLa ringraziamo per aver contattato {ORG} e ci scusiamo per il ritardo nella consegna del Suo divano. Il nostro corriere, {ORG}, ci ha comunicato che la merce è rimasta ferma alcuni giorni nel magazzino di {CITY}. Come gesto di cortesia Le abbiamo rimborsato le spese di spedizione di {MONEY}.\n\nCordiali saluti\n{PERSON}\nServizio Clienti",
        ],
        "announcement": [
            "Comunicato stampa\n\n{ORG} e {ORG} insieme per la ricarica delle flotte di consegna\n\n{CITY}, {DATE} – Le due aziende svilupperanno insieme stazioni di ricarica per i veicoli commerciali, con i primi progetti pilota in {COUNTRY} la prossima primavera. «I nostri clienti ce lo chiedevano da tempo», ha dichiarato {PERSON}, responsabile del progetto comune.\n\nContatti stampa: {EMAIL}",
            "AVVISO DI RICHIAMO\n\n{ORG} richiama il bollitore elettrico da 1,5 litri (lotto {REF}) venduto tra il {DATE} e il {DATE} presso {ORG} e altri rivenditori in {COUNTRY}. La base può surriscaldarsi, con rischio di incendio. Si invitano i clienti a non utilizzare più il prodotto e a riportarlo in qualsiasi punto vendita per il rimborso completo. Informazioni al numero {PHONE} o su {URL}.\n\n{PERSON}, Responsabile Qualità",
        ],
        "club": [
            "Cari soci,\n\nl'assemblea ordinaria annuale della nostra società canottieri si terrà il {DATE} alle ore 19 presso la sede di {CITY}. All'ordine del giorno: relazione del tesoriere, rifacimento del tetto del rimessaggio e rinnovo della presidenza, poiché {PERSON} non si ricandida dopo nove anni. Un grazie di cuore a {ORG} per aver sponsorizzato la nuova imbarcazione! La quota associativa di {MONEY} va versata entro fine mese.\n\nA presto,\n{FIRST}",
            "Verbale della riunione del consiglio direttivo del {DATE}\nPresenti: {PERSON} (presidenza), {PERSON}, {PERSON}\nAssenze giustificate: {FIRST}\n1. La festa d'estate si terrà di nuovo a {CITY}. {PERSON} contatterà {ORG} per il noleggio del tendone.\n2. Tesoreria: saldo di {MONEY}; è arrivato il contributo di {ORG} per l'anno in corso.\n3. Prossima riunione: {DATE}.",
        ],
        "chat": [
            "Ciao {FIRST}! Sono appena arrivato a {CITY}. Il volo {ORG} aveva due ore di ritardo, ovviamente. Confermi la cena di stasera? {FIRST} dice che il locale vicino alla stazione è ottimo. Scrivimi al {PHONE} se cambia qualcosa",
            "Ciao ragazzi,\n\naggiornamento sulla casa delle vacanze in {COUNTRY}: ieri ho versato la caparra di {MONEY} a {ORG}, quindi ognuno di voi mi deve {MONEY}. Il mio IBAN è {IBAN}. Secondo {PERSON} dell'agenzia possiamo ritirare le chiavi a {CITY} dalle 16.\n\nNon vedo l'ora!\n{FIRST}",
        ],
    },
    "nl": {
        "bank": [
            "{ORG}\nKlantenservice · {STREET} · {POSTCODE} {CITY}\n\n{CITY}, {DATE}\n\nGeachte heer/mevrouw {LAST},\n\nOp uw verzoek hebben wij de machtiging voor automatische incasso ten gunste van {ORG} op uw rekening {IBAN} ingetrokken. Toekomstige incasso's van {ORG} worden niet meer uitgevoerd. Heeft u dit verzoek niet gedaan? Neem dan zo snel mogelijk contact met ons op via {PHONE}.\n\nMet vriendelijke groet,\n{PERSON}\nAfdeling Rekeningen",
            "Onderwerp: Ongebruikelijke betaling\n\nBeste {PERSON},\n\nVanochtend hebben we een betaling met je kaart tegengehouden die ons ongebruikelijk lijkt:\nWinkel: {ORG}\nLand: {COUNTRY}\nBedrag: {MONEY}\nKaart: {CARD}\nHeb jij deze betaling gedaan? Antwoord JA of NEE, of log in via {URL}. Tot die tijd blijft je kaart geblokkeerd.\n\nTeam Veiligheid, {ORG}",
        ],
        "tax": [
            "Belastingdienst\n\nT.a.v. {PERSON}\n{STREET}\n{POSTCODE} {CITY}\n\nKenmerk: {REF}\nOnderwerp: verzoek om informatie\n\nGeachte heer/mevrouw {LAST},\n\nWij controleren uw aangifte inkomstenbelasting. Daarvoor hebben wij de facturen nodig van de vergoedingen die u van {ORG} en {ORG} heeft ontvangen. Wilt u deze vóór {DATE} naar ons sturen? Dat kan ook digitaal via {URL}.\n\nMet vriendelijke groet,\n{PERSON}\nteam Particulieren",
            "Hoi {FIRST},\n\nGoed nieuws: de aanslag is binnen en je krijgt {MONEY} terug. Het geld staat binnen twee weken op je rekening {IBAN}. De kosten voor de cursus bij {ORG} zijn goedgekeurd, alleen de reis naar {COUNTRY} niet. Zal ik daartegen bezwaar maken?\n\nGroet,\n{PERSON}\nBelastingadviseur, {ORG}, {CITY}",
        ],
        "hr": [
            "Nieuwe collega\n\nPer {DATE} begint {PERSON} als {JOB} op ons kantoor in {CITY}. {FIRST} komt over van {ORG}, heeft daar zes jaar lang de logistiek opgebouwd en werkte daarvoor bij {ORG} in {COUNTRY}. Van harte welkom! Loop gerust even langs om kennis te maken.\n\n{PERSON}\nHR, {ORG}",
            "DECLARATIE REISKOSTEN\nMedewerker: {PERSON}\nAfdeling: Verkoop\nReis: {CITY} – {CITY}, {DATE}\nDoel: klantbezoek bij {ORG}\nHotel: {MONEY}\nTaxi en maaltijden: {MONEY}\nBetaald met zakelijke creditcard {CARD}\nAkkoord: {TITLE} {LAST}",
        ],
        "tender": [
            "Aankondiging aanbesteding {REF}\n\nOpdracht: schoonmaak van de gemeentelijke gebouwen in {CITY} voor een periode van drie jaar. Inschrijvingen moeten uiterlijk {DATE} via {URL} worden ingediend. De huidige opdrachtnemer, {ORG}, mag ook inschrijven. Vragen kunt u stellen aan {PERSON}, afdeling Inkoop, via {EMAIL}.",
            "Gunningsbeslissing\n\nNa beoordeling van vijf inschrijvingen is de opdracht voor de levering van ICT-middelen aan scholen gegund aan de combinatie {ORG} en {ORG} voor een periode van vier jaar. De inschrijving van {ORG} eindigde op de tweede plaats.\nOpdrachtwaarde: {MONEY}\nContactpersoon: {PERSON}, inkoopadviseur, {CITY}",
        ],
        "complaint": [
            "Geachte heer, mevrouw,\n\nOp {DATE} heb ik een kapotte koffiemachine teruggebracht naar uw winkel in {CITY}. Zes weken later heb ik het bedrag van {MONEY} nog steeds niet terug, terwijl {FIRST} bij de servicebalie mij had beloofd dat het binnen vijf werkdagen geregeld zou zijn. Ik ben al jaren klant bij {ORG} en had eerlijk gezegd beter verwacht.\n\nMet vriendelijke groet,\n{PERSON}\n{STREET}, {POSTCODE} {CITY}\nTel. {PHONE}",
            "Geachte heer/mevrouw {LAST},\n\nHartelijk dank voor uw bericht aan {ORG} van afgelopen week. Het spijt ons dat uw nieuwe bank zo laat is bezorgd. Volgens onze vervoerder, {ORG}, heeft de zending een aantal dagen stilgestaan in het depot in {CITY}. Als excuus hebben wij de bezorgkosten van {MONEY} aan u terugbetaald.\n\nMet vriendelijke groet,\n{PERSON}\nKlantenservice",
        ],
        "announcement": [
            "Persbericht\n\n{ORG} en {ORG} gaan samen laadpalen bouwen voor bezorgvloten\n\n{CITY}, {DATE} – De twee bedrijven gaan samen laadpalen voor bestelwagens ontwikkelen, met de eerste proefprojecten komend voorjaar in {COUNTRY}. ‘Onze klanten vragen hier al lang om’, aldus {PERSON}, projectleider van de samenwerking.\n\nPerscontact: {EMAIL}",
            "TERUGROEPACTIE\n\n{ORG} roept de elektrische waterkoker van 1,5 liter (partij {REF}) terug die tussen {DATE} en {DATE} is verkocht bij {ORG} en andere winkels in {COUNTRY}. De voet kan oververhit raken, waardoor brandgevaar ontstaat. Gebruik de waterkoker niet meer en breng hem terug naar de winkel; u krijgt het volledige aankoopbedrag terug. Meer informatie: {PHONE} of {URL}.\n\n{PERSON}, manager kwaliteit",
        ],
        "club": [
            "Beste leden,\n\nDe jaarlijkse algemene ledenvergadering van onze roeivereniging vindt plaats op {DATE} om 19.00 uur in het clubhuis in {CITY}. Op de agenda: het financieel verslag, het nieuwe dak van de botenloods en de verkiezing van een nieuwe voorzitter, omdat {PERSON} na negen jaar stopt. Hartelijk dank aan {ORG} voor de sponsoring van de nieuwe boot! De contributie van {MONEY} moet voor het einde van de maand betaald zijn.\n\nTot dan,\n{FIRST}",
            "Notulen bestuursvergadering {DATE}\nAanwezig: {PERSON} (voorzitter), {PERSON}, {PERSON}\nAfwezig met bericht: {FIRST}\n1. Het zomerfeest wordt weer in {CITY} gehouden. {PERSON} vraagt bij {ORG} een offerte aan voor een feesttent.\n2. Penningmeester: saldo {MONEY}; de subsidie van {ORG} is binnen.\n3. Volgende vergadering: {DATE}.",
        ],
        "chat": [
            "Hé {FIRST}, net geland in {CITY}. Vlucht met {ORG} had natuurlijk twee uur vertraging. Gaan we vanavond nog steeds uit eten? {FIRST} zegt dat dat tentje naast het station echt goed is. App me op {PHONE} als er iets verandert",
            "Hoi allebei,\n\nEven een update over het vakantiehuis in {COUNTRY}: ik heb gisteren de aanbetaling van {MONEY} aan {ORG} overgemaakt, dus jullie zijn me allebei {MONEY} schuldig. Mijn rekeningnummer is {IBAN}. Volgens {PERSON} van het verhuurbureau kunnen we de sleutels vanaf 16.00 uur ophalen in {CITY}.\n\nZin in!\n{FIRST}",
        ],
    },
}
