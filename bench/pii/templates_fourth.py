"""Sentence templates of the FOURTH held-out sets (``generate_lang.py
--source mimesis --templates fourth``): written by someone other than the
recognizer's author, who has not read them, in document kinds that none of
the earlier template sets uses.

Never tune on these, and do not read them to look for errors: once they
have guided a change, write new ones.

Placeholders as in ``templates_tuning.py``.
"""

TEMPLATES = {
    "en": {
        "bank": [
            "Dear {TITLE} {LAST},\n\nWe have received your request to close the account {IBAN} held with {ORG}. The remaining balance of {MONEY} will be transferred on {DATE} to your new account at {ORG} in {CITY}. Should you have any questions, your relationship manager {PERSON} can be reached on {PHONE}.\n\nKind regards,\nCustomer Service, {ORG}\n{STREET}, {CITY}",
            "Suspicious activity alert\nCard: {CARD}\nCardholder: {PERSON}\nTransaction: {MONEY} at {ORG}, {CITY}, {COUNTRY}\nTime: {DATE}\nLogin from IP: {IP}\nIf you did not make this purchase, reply NO or call us on {PHONE}.",
        ],
        "tax": [
            "Notice of assessment {REF}\nTaxpayer: {PERSON}\nAddress: {STREET}, {POSTCODE} {CITY}\nEmployer: {ORG}\nTax year ending {DATE}\nAmount due: {MONEY}\nPlease pay by bank transfer to {IBAN}, quoting the reference above. Queries may be sent to your tax preparer, {TITLE} {LAST} of {ORG}.",
            "Hi {FIRST},\n\nThanks for sending over the receipts. I've gone through them with {PERSON} and we think the rental income from the flat in {CITY} has to be reported separately, since you were living in {COUNTRY} for most of the year. {ORG} still hasn't sent your final payslip, so could you chase them? Once I have it I'll file the return, hopefully before {DATE}.\n\nBest,\n{PERSON}\n{ORG} | {PHONE}",
        ],
        "medical": [
            "Referral letter\n\nDear {TITLE} {LAST},\n\nI would be grateful if you could see {PERSON}, born {DATE}, who has had recurrent chest pain since returning from {COUNTRY}. An ECG carried out at {ORG} showed no abnormality. The patient is employed by {ORG} and would prefer an appointment at your clinic in {CITY}.\n\nYours sincerely,\n{PERSON}\nGeneral Practitioner",
            "Appointment reminder\nPatient: {PERSON}\nWith: {TITLE} {LAST}, cardiology\nWhere: {ORG}, {STREET}, {CITY}\nWhen: {DATE}\nPlease bring your insurance card from {ORG}. To cancel, call {PHONE} or visit {URL}.",
        ],
        "invitation": [
            "You're invited!\n\n{ORG} and {ORG} are delighted to invite you to the launch of our new office in {CITY} on {DATE}. Doors open at 6 pm; the evening will be hosted by {PERSON}, with a short keynote by {TITLE} {LAST}. Please RSVP to {EMAIL} by the end of the week.",
            "Save the date: {DATE}\nAnnual partner summit, {CITY}, {COUNTRY}\n\nSpeakers:\n- {PERSON} ({ORG})\n- {PERSON} ({ORG})\n- {PERSON}, independent consultant\n\nRegistration: {URL}\nEarly-bird fee {MONEY} until the end of the month.",
        ],
        "chat": [
            "[09:14] {FIRST}: did anyone hear back from {ORG} about the samples?\n[09:15] {FIRST}: not yet, {PERSON} said they're stuck in customs in {COUNTRY}\n[09:17] {FIRST}: ugh. can you ping {TITLE} {LAST} and ask whether they can be sent to {CITY} instead\n[09:18] {FIRST}: on it",
            "hey {FIRST}, I'm at the {ORG} stand now, it's hall {N}. {PERSON} from {ORG} is here too, wants to talk about the {CITY} contract. my number if you get lost: {PHONE}",
        ],
        "vacancy": [
            "{ORG} is hiring!\n\nPosition: {JOB}\nLocation: {CITY} (hybrid, two days a week in the office)\nSalary: from {MONEY} a year\n\nYou will report to {PERSON}, who leads our team in {COUNTRY}, and work closely with partners such as {ORG}. Send your CV to {EMAIL} before {DATE}.",
            "We are looking for an experienced {JOB} to join our growing office in {CITY}. Founded in {CITY} by {PERSON} and {PERSON}, {ORG} now serves clients across {COUNTRY}. Interested? Contact our recruiter {TITLE} {LAST} at {PHONE}. Ref. {REF}",
        ],
        "supplier": [
            "SUPPLIER REGISTRATION FORM\nCompany name: {ORG}\nRegistered office: {STREET}, {POSTCODE} {CITY}\nCountry of incorporation: {COUNTRY}\nParent company: {ORG}\nPrimary contact: {PERSON}, {JOB}\nE-mail: {EMAIL}\nPhone: {PHONE}\nBank account (IBAN): {IBAN}\nWebsite: {URL}",
            "Hello {TITLE} {LAST},\n\nThank you for your interest in becoming a supplier to {ORG}. To complete onboarding we still need a signed copy of the code of conduct and a certificate of insurance. Our procurement colleague {PERSON} in {CITY} will review the documents and confirm your vendor number {REF} within {N} working days.\n\nProcurement Team\n{ORG}",
        ],
        "resolution": [
            "WRITTEN RESOLUTION OF THE BOARD OF DIRECTORS OF {ORG}\n\nDated {DATE}\n\nIT IS RESOLVED THAT:\n1. {PERSON} be appointed as a director of the company with immediate effect.\n2. The company open a subsidiary in {CITY}, {COUNTRY}.\n3. {ORG} be engaged as auditors for a fee not exceeding {MONEY}.\n\nSigned: {PERSON} (Chair)    {PERSON} (Secretary)",
            "The board of {ORG} today approved the transfer of its headquarters from {CITY} to {CITY}. {TITLE} {LAST}, the company secretary, was authorised to sign all documents on behalf of the company and to notify {ORG} of the change.\n\nCertified a true copy: {PERSON}, {DATE}",
        ],
    },
    "de": {
        "bank": [
            "Sehr geehrte Damen und Herren,\n\nhiermit kündige ich mein Girokonto {IBAN} bei der {ORG} zum {DATE}. Bitte überweisen Sie das Restguthaben auf mein neues Konto bei {ORG}. Meine Anschrift hat sich geändert und lautet jetzt {STREET}, {POSTCODE} {CITY}. Für Rückfragen erreichen Sie meinen Bevollmächtigten {PERSON} unter {PHONE}.\n\nMit freundlichen Grüßen\n{PERSON}",
            "Sicherheitshinweis der {ORG}\n\nGuten Tag {TITLE} {LAST},\nmit Ihrer Karte {CARD} wurde am {DATE} eine Zahlung über {MONEY} bei {ORG} in {CITY} ({COUNTRY}) versucht. Die Anmeldung erfolgte von der IP-Adresse {IP}. Falls Sie das nicht waren, sperren wir die Karte sofort – rufen Sie uns einfach unter {PHONE} an.\n\nIhr Team Kartensicherheit",
        ],
        "tax": [
            "Steuerbescheid vom {DATE}\nSteuernummer {REF}\n\nSteuerpflichtige Person: {PERSON}\nWohnort: {STREET}, {POSTCODE} {CITY}\nArbeitgeber: {ORG}\nFestgesetzte Nachzahlung: {MONEY}\n\nBitte überweisen Sie den Betrag innerhalb eines Monats auf {IBAN}. Ihre steuerliche Vertretung, {TITLE} {LAST} ({ORG}), hat eine Kopie dieses Bescheids erhalten.",
            "Hallo {FIRST},\n\nkurze Frage zur Steuererklärung: Hast du von {ORG} schon die Lohnsteuerbescheinigung bekommen? Ohne die kann ich nichts einreichen. Außerdem fehlt noch die Handwerkerrechnung für die Wohnung in {CITY}. {PERSON} meint, wenn alles bis zum {DATE} da ist, schaffen wir die Frist locker.\n\nViele Grüße\n{PERSON}\n{ORG} · {STREET} · {CITY}",
        ],
        "medical": [
            "Überweisungsschein\n\nPatient/in: {PERSON}, geb. {DATE}\nKrankenkasse: {ORG}\nÜberweisung an: {TITLE} {LAST}, Facharztpraxis für Orthopädie, {CITY}\nDiagnose: Verdacht auf Bandscheibenvorfall\nÜberweisende Praxis: {PERSON}, {STREET}, {POSTCODE} {CITY}",
            "Terminbestätigung\n\nIhr Termin bei {ORG} am {DATE} ist bestätigt. Bitte bringen Sie Ihre Versichertenkarte und, falls vorhanden, den Befund von {ORG} mit.\nBehandlung durch: {PERSON}\nStandort: {STREET}, {CITY}\nAbsagen bitte mindestens 24 Stunden vorher unter {PHONE} oder online über {URL}.",
        ],
        "invitation": [
            "Einladung\n\nZu unserem 25-jährigen Firmenjubiläum laden wir Sie herzlich nach {CITY} ein. Am {DATE} feiern wir gemeinsam mit unseren Partnern von {ORG} und {ORG}. Durch den Abend führt {PERSON}, die Festrede hält {TITLE} {LAST}.\n\nUm Antwort wird gebeten an {EMAIL}.\n\n{PERSON}\nGeschäftsführung, {ORG}",
            "Programm – Fachtagung Datenschutz\n{CITY}, {DATE}\n\n09:00 Begrüßung – {PERSON}, {ORG}\n10:15 Auftragsverarbeitung in der Praxis – {PERSON}\n11:30 Datentransfers nach {COUNTRY} – {TITLE} {LAST} ({ORG})\n\nAnmeldung unter {URL}, Teilnahmegebühr {MONEY}",
        ],
        "chat": [
            "{FIRST}: Bist du schon in {CITY}?\n{FIRST}: Ja, gerade gelandet. Der Fahrer von {ORG} ist aber nicht da 🙄\n{FIRST}: Ruf mal {PERSON} an, die Nummer ist {PHONE}\n{FIRST}: Mach ich. Treffen wir uns dann direkt bei {ORG}?",
            "{PERSON} hat {PERSON} zur Gruppe „Projekt {CITY}“ hinzugefügt\n{FIRST}: Willkommen! Kurz zur Info: {ORG} liefert nächste Woche aus {COUNTRY}, die Abnahme macht {TITLE} {LAST}.\n{FIRST}: Danke, freu mich!",
        ],
        "vacancy": [
            "Stellenanzeige\n\nDie {ORG} sucht zum nächstmöglichen Zeitpunkt für den Standort {CITY} eine/n {JOB} (m/w/d). Als Tochter der {ORG} betreuen wir Kunden in ganz {COUNTRY}.\n\nWir bieten: flexible Arbeitszeiten, Jobticket, Jahresgehalt ab {MONEY}.\nAnsprechperson: {PERSON}\nBewerbungen bitte bis {DATE} an {EMAIL}.",
            "Du hast Lust auf Start-up-Luft? Gegründet von {PERSON} in einer WG in {CITY}, beschäftigt {ORG} heute Leute aus {COUNTRY} und zwölf weiteren Ländern. Wir suchen Verstärkung als {JOB}. Fragen beantwortet dir {FIRST} aus dem Recruiting unter {PHONE}. Kennziffer {REF}",
        ],
        "supplier": [
            "Lieferantenstammblatt\n\nFirma: {ORG}\nAnschrift: {STREET}, {POSTCODE} {CITY}\nLand: {COUNTRY}\nUSt-IdNr.: {REF}\nAnsprechpartner Vertrieb: {PERSON}\nTelefon: {PHONE}\nE-Mail: {EMAIL}\nBankverbindung: {IBAN}\nKonzernzugehörigkeit: {ORG}",
            "Guten Tag {TITLE} {LAST},\n\nvielen Dank für Ihre Unterlagen. Damit {ORG} als Lieferant freigegeben werden kann, benötigen wir noch die unterschriebene Lieferantenerklärung sowie einen aktuellen Handelsregisterauszug. Die Prüfung übernimmt {PERSON} aus unserem Einkauf in {CITY}; mit einer Rückmeldung können Sie innerhalb von {N} Tagen rechnen.\n\nFreundliche Grüße\nZentraleinkauf\n{ORG}",
        ],
        "resolution": [
            "Gesellschafterbeschluss der {ORG}\n\nDie Gesellschafter {PERSON} und {ORG} fassen unter Verzicht auf alle Form- und Fristvorschriften folgenden Beschluss:\n\n1. {PERSON}, wohnhaft in {CITY}, wird mit Wirkung zum {DATE} zum Mitglied der Geschäftsführung bestellt.\n2. Der Sitz der Gesellschaft wird nach {CITY} verlegt.\n\n{CITY}, den {DATE}\n\n______________\n{PERSON}",
            "Umlaufbeschluss des Aufsichtsrats\n\nDer Aufsichtsrat der {ORG} stimmt dem Erwerb sämtlicher Anteile an der {ORG} mit Sitz in {CITY}, {COUNTRY}, zu einem Kaufpreis von höchstens {MONEY} zu. {TITLE} {LAST} wird ermächtigt, die notwendigen Erklärungen abzugeben.\n\nFür die Richtigkeit: {PERSON}, Vorsitz",
        ],
    },
    "fr": {
        "bank": [
            "Objet : clôture de compte\n\nMadame, Monsieur,\n\nJe vous prie de bien vouloir procéder à la clôture de mon compte {IBAN} ouvert auprès de {ORG}, agence de {CITY}, à compter du {DATE}. Le solde créditeur devra être viré sur mon compte chez {ORG}.\n\nVeuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.\n\n{PERSON}\n{STREET}\n{POSTCODE} {CITY}",
            "{ORG} – Alerte sécurité\nBonjour {TITLE} {LAST}, un paiement de {MONEY} a été refusé le {DATE} sur votre carte {CARD} chez le commerçant {ORG} ({CITY}, {COUNTRY}). Si vous êtes à l'origine de cette opération, ignorez ce message. Sinon, contactez-nous au {PHONE}.",
        ],
        "tax": [
            "Avis d'impôt sur le revenu – {REF}\n\nDéclarant 1 : {PERSON}\nDéclarant 2 : {PERSON}\nAdresse : {STREET}, {POSTCODE} {CITY}\nRevenus déclarés par l'employeur : {ORG}\nMontant restant à payer : {MONEY}\nDate limite de paiement : {DATE}\nPrélèvement sur le compte {IBAN}",
            "Bonjour {FIRST},\n\nJ'ai bien reçu tes justificatifs. Pour les revenus perçus en {COUNTRY}, il faudra remplir un formulaire à part ; {PERSON} de notre cabinet s'en occupe. En revanche, il me manque encore l'attestation de {ORG} pour les frais de garde. Peux-tu me l'envoyer avant le {DATE} ?\n\nBien à toi,\n{PERSON}\n{ORG} – {CITY}",
        ],
        "medical": [
            "Cher confrère,\n\nJe vous adresse {TITLE} {LAST}, salarié(e) de {ORG}, pour un avis concernant des douleurs lombaires persistantes depuis son retour de {COUNTRY}. Une IRM réalisée à la clinique {ORG} le {DATE} est jointe au dossier.\n\nBien confraternellement,\n{PERSON}\nMédecin généraliste – {CITY}",
            "RAPPEL DE RENDEZ-VOUS\nPatient(e) : {PERSON}\nPraticien : {PERSON}, radiologie\nLieu : {ORG}, {STREET}, {CITY}\nDate : {DATE}\nMerci de vous munir de votre carte Vitale et de votre attestation {ORG}. Annulation : {PHONE} ou {URL}",
        ],
        "invitation": [
            "{PERSON} et toute l'équipe de {ORG} ont le plaisir de vous convier à l'inauguration de leurs nouveaux locaux à {CITY}, le {DATE} à partir de 18 h 30. Un cocktail sera offert en présence de {TITLE} {LAST}, maire de la ville.\n\nRéponse souhaitée avant la fin du mois : {EMAIL}",
            "Journée partenaires {ORG} × {ORG}\nLe {DATE}, {CITY} ({COUNTRY})\n\nAu programme :\n• 9 h 30 : accueil par {PERSON}\n• 11 h : table ronde animée par {FIRST} avec {PERSON} et {PERSON}\n• 13 h : déjeuner\n\nInscription gratuite sur {URL}",
        ],
        "chat": [
            "{FIRST} : t'es où ? la réunion chez {ORG} commence dans 10 min\n{FIRST} : dans le train, bloqué avant {CITY} 😩\n{FIRST} : ok je préviens {TITLE} {LAST}\n{FIRST} : merci !! dis-lui que {PERSON} peut présenter à ma place",
            "Salut {FIRST} ! Bien arrivé à {CITY}. Demain je vois {PERSON} de {ORG} pour le contrat en {COUNTRY}, tu veux que je lui parle aussi de {ORG} ? Mon numéro ici : {PHONE}",
        ],
        "vacancy": [
            "OFFRE D'EMPLOI – Réf. {REF}\n\n{ORG}, filiale du groupe {ORG}, recrute un(e) {JOB} en CDI pour son site de {CITY}.\nRémunération : {MONEY} brut annuel\nPrise de poste : {DATE}\nCandidature (CV + lettre) à adresser à {PERSON}, chargé(e) de recrutement : {EMAIL}",
            "Vous souhaitez rejoindre une équipe internationale ? Créée à {CITY} par {PERSON}, {ORG} accompagne aujourd'hui des clients en {COUNTRY} et partout en Europe. Nous recherchons un(e) {JOB} motivé(e). Pour en savoir plus, appelez {TITLE} {LAST} au {PHONE} ou consultez {URL}.",
        ],
        "supplier": [
            "FICHE FOURNISSEUR\nRaison sociale : {ORG}\nN° SIRET : {REF}\nSiège social : {STREET}, {POSTCODE} {CITY}\nPays : {COUNTRY}\nSociété mère : {ORG}\nInterlocuteur commercial : {PERSON}\nTél. : {PHONE}\nCourriel : {EMAIL}\nIBAN : {IBAN}",
            "Bonjour {TITLE} {LAST},\n\nSuite à notre échange, nous avons le plaisir de vous confirmer le référencement de {ORG} dans notre base fournisseurs sous le numéro {REF}. Vos factures devront désormais être adressées au service comptabilité de {ORG}, à {CITY}. Pour toute question, {PERSON} reste votre contact privilégié.\n\nCordialement,\nLe service Achats",
        ],
        "resolution": [
            "EXTRAIT DES DÉLIBÉRATIONS DU CONSEIL D'ADMINISTRATION\n{ORG}\nSéance du {DATE}\n\nPremière résolution : le conseil nomme {PERSON} en qualité de directeur général délégué.\nDeuxième résolution : le conseil autorise le transfert du siège social de {CITY} à {CITY}.\nTroisième résolution : le mandat du commissaire aux comptes {ORG} est renouvelé.\n\nLe président, {PERSON}",
            "Décision de l'associé unique\n\nL'associé unique de la société {ORG}, {TITLE} {LAST}, demeurant à {CITY} ({COUNTRY}), décide d'augmenter le capital social de {MONEY} par apport en numéraire. Tous pouvoirs sont donnés au cabinet {ORG} pour accomplir les formalités.\n\nFait à {CITY}, le {DATE}",
        ],
    },
    "es": {
        "bank": [
            "Estimado/a cliente:\n\nLe informamos de que, a partir del {DATE}, su cuenta {IBAN} pasará a ser gestionada por la oficina de {ORG} en {CITY}. Su gestor/a personal, {PERSON}, se pondrá en contacto con usted en los próximos días. Para cualquier consulta puede llamar al {PHONE}.\n\nAtentamente,\n{ORG}",
            "{ORG} | Aviso de seguridad\n{TITLE} {LAST}: hemos detectado un cargo de {MONEY} en su tarjeta {CARD} realizado el {DATE} en {ORG} ({CITY}, {COUNTRY}), desde la IP {IP}. Si no reconoce esta operación, responda a este mensaje o llame al {PHONE}.",
        ],
        "tax": [
            "Requerimiento de documentación\nExpediente: {REF}\nObligado tributario: {PERSON}\nDomicilio fiscal: {STREET}, {POSTCODE} {CITY}\nPagador de rendimientos: {ORG}\n\nEn el plazo de diez días hábiles deberá aportar los justificantes de las deducciones aplicadas. Puede presentarlos a través de su asesor, {TITLE} {LAST} ({ORG}), o en cualquier oficina de {CITY}.",
            "Hola {FIRST}:\n\nYa tengo casi todo para la declaración de la renta. Solo me falta el certificado de retenciones de {ORG} y el recibo del alquiler del piso de {CITY}. Como este año has trabajado unos meses en {COUNTRY}, {PERSON} va a revisar si te corresponde la deducción por doble imposición.\n\nUn abrazo,\n{PERSON}\n{ORG} · {PHONE}",
        ],
        "medical": [
            "INFORME DE DERIVACIÓN\n\nPaciente: {PERSON}\nFecha de nacimiento: {DATE}\nMutua: {ORG}\nSe deriva al servicio de dermatología de {ORG}, en {CITY}, por lesión pigmentada de evolución reciente.\n\nMédico remitente: {TITLE} {LAST}\nCentro de salud de {CITY}",
            "Recordatorio de cita: {TITLE} {LAST}, le esperamos el {DATE} en la consulta de {PERSON} ({ORG}, {STREET}, {CITY}). Traiga su tarjeta sanitaria y los análisis de {ORG}. Para anular o cambiar la cita llame al {PHONE}.",
        ],
        "invitation": [
            "{ORG} tiene el placer de invitarle a la presentación de su nueva sede en {CITY}, que tendrá lugar el {DATE} a las 19:00 horas. Intervendrán {PERSON}, en nombre de la dirección, y {TITLE} {LAST}, en representación de {ORG}.\n\nSe ruega confirmación a {EMAIL}.",
            "JORNADA DE INNOVACIÓN\n{DATE} · {CITY} ({COUNTRY})\n\nPonentes:\n— {PERSON}, {ORG}\n— {PERSON}, {ORG}\n— {PERSON}, investigador/a independiente\n\nInscripciones: {URL}\nPrecio: {MONEY} (incluye almuerzo)",
        ],
        "chat": [
            "{FIRST}: oye, ¿te ha llamado alguien de {ORG}?\n{FIRST}: sí, {PERSON}. Dice que el envío sigue en la aduana de {CITY}\n{FIRST}: vaya... habla con {TITLE} {LAST} a ver si lo pueden mandar desde {COUNTRY}\n{FIRST}: vale, ahora le escribo",
            "Buenas {FIRST}! Ya estoy en la feria, en el stand de {ORG}, pabellón {N}. Acaba de pasar {PERSON} de {ORG} preguntando por el proyecto de {CITY}. Si no me encuentras, llámame al {PHONE} 😊",
        ],
        "vacancy": [
            "OFERTA DE EMPLEO\n\nPuesto: {JOB}\nEmpresa: {ORG}\nUbicación: {CITY} (teletrabajo parcial)\nSalario: {MONEY} brutos anuales\nIncorporación: {DATE}\n\nFormarás parte del equipo que dirige {PERSON} y trabajarás con clientes de {COUNTRY} y de {ORG}. Envía tu currículum a {EMAIL} indicando la referencia {REF}.",
            "¿Buscas un nuevo reto? En {ORG} llevamos más de {N} proyectos en {COUNTRY} y seguimos creciendo. Fundada en {CITY} por {PERSON} y {PERSON}, nuestra empresa necesita incorporar un perfil de {JOB}. Contacta con {TITLE} {LAST} en el {PHONE}.",
        ],
        "supplier": [
            "ALTA DE PROVEEDOR\n\n1. Datos de la empresa\nDenominación social: {ORG}\nCIF: {REF}\nDomicilio: {STREET}, {POSTCODE} {CITY}, {COUNTRY}\n2. Persona de contacto\nNombre: {PERSON}\nCargo: {JOB}\nTeléfono: {PHONE}\n3. Datos bancarios\nEntidad: {ORG}\nIBAN: {IBAN}",
            "Estimado/a {TITLE} {LAST}:\n\nLe confirmamos que {ORG} ha sido dada de alta como proveedor homologado de {ORG}. A partir de ahora, sus facturas deberán enviarse a {EMAIL}, indicando siempre el número de pedido. Su persona de contacto en el departamento de compras de {CITY} será {PERSON}.\n\nUn cordial saludo",
        ],
        "resolution": [
            "CERTIFICACIÓN DE ACUERDOS\n\n{PERSON}, secretario/a del consejo de administración de {ORG}, CERTIFICA:\n\nQue en la reunión celebrada en {CITY} el {DATE} se adoptaron por unanimidad los siguientes acuerdos:\nPrimero. Nombrar consejero/a a {PERSON}.\nSegundo. Aprobar la apertura de una filial en {COUNTRY}.\nTercero. Designar a {ORG} como auditor de cuentas.\n\nVº Bº El presidente, {PERSON}",
            "La junta general de socios de {ORG}, reunida con carácter universal, acuerda trasladar el domicilio social de {CITY} a {CITY} y facultar a {TITLE} {LAST} para elevar a público el presente acuerdo ante notario. Asimismo, se aprueba la venta de la participación en {ORG} por {MONEY}.",
        ],
    },
    "it": {
        "bank": [
            "Oggetto: estinzione del conto corrente\n\nIl/La sottoscritto/a {PERSON}, residente in {STREET}, {POSTCODE} {CITY}, chiede l'estinzione del conto corrente {IBAN} acceso presso {ORG} e il trasferimento del saldo residuo su un conto intestato allo/a stesso/a presso {ORG}. Si allega delega a favore di {PERSON}.\n\n{CITY}, {DATE}\nFirma ______________",
            "{ORG}: gentile {TITLE} {LAST}, è stato autorizzato un pagamento di {MONEY} con la carta {CARD} presso {ORG} a {CITY} ({COUNTRY}) il {DATE}. Se non riconosci l'operazione chiama subito il {PHONE}.",
        ],
        "tax": [
            "AVVISO BONARIO\nComunicazione n. {REF}\n\nContribuente: {PERSON}\nDomicilio fiscale: {STREET}, {POSTCODE} {CITY}\nSostituto d'imposta: {ORG}\n\nDal controllo automatizzato della dichiarazione è emersa una differenza a debito di {MONEY}. Il pagamento può essere effettuato entro il {DATE}. Per assistenza può rivolgersi al CAF {ORG} di {CITY}.",
            "Ciao {FIRST},\n\nho ricevuto la CU di {ORG}, ma manca ancora quella del periodo in cui lavoravi in {COUNTRY}. Senza non posso chiudere il 730. Ne ho parlato con {TITLE} {LAST}, che conferma che va dichiarato anche l'affitto dell'appartamento di {CITY}. Riesci a mandarmi tutto entro il {DATE}?\n\nA presto,\n{PERSON}\n{ORG}, {CITY}",
        ],
        "medical": [
            "Caro collega,\n\nti invio {TITLE} {LAST}, dipendente di {ORG}, per una valutazione cardiologica. Riferisce palpitazioni da circa un mese, dopo un viaggio in {COUNTRY}. Allego ECG eseguito presso {ORG} il {DATE}.\n\nCordiali saluti,\n{PERSON}\nMedico di medicina generale, {CITY}",
            "Promemoria appuntamento\nPaziente: {PERSON}\nVisita: ortopedica, con {PERSON}\nSede: {ORG}, {STREET}, {CITY}\nData: {DATE}, ore 10:30\nPortare tessera sanitaria e referti di {ORG}. Disdette al {PHONE} o su {URL}.",
        ],
        "invitation": [
            "Siamo lieti di invitarLa alla cena di gala per i trent'anni di {ORG}, che si terrà il {DATE} a {CITY}. Interverranno {PERSON} e {TITLE} {LAST}. Nel corso della serata saranno premiati i migliori fornitori, tra cui {ORG}.\n\nR.S.V.P. a {EMAIL}",
            "Workshop «Supply chain sostenibile»\n{CITY}, {DATE}\n\nProgramma\n09.30 Saluti di {PERSON} ({ORG})\n10.00 Il mercato in {COUNTRY} – {PERSON}\n11.30 Caso aziendale {ORG} – {FIRST} e {PERSON}\n\nIscrizioni: {URL}",
        ],
        "chat": [
            "{FIRST}: sei già da {ORG}?\n{FIRST}: quasi, c'è traffico all'uscita di {CITY}\n{FIRST}: ok, avviso {TITLE} {LAST}. intanto inizia {PERSON} con la presentazione\n{FIRST}: perfetto, grazie 🙏",
            "Ciao {FIRST}! Sono appena arrivato a {CITY}. Stasera ceno con {PERSON} di {ORG}, mi ha chiesto se {ORG} è ancora interessata al mercato in {COUNTRY}. Mi richiami? {PHONE}",
        ],
        "vacancy": [
            "Cerchiamo {JOB}\n\n{ORG}, parte del gruppo {ORG}, ricerca per la sede di {CITY} una figura da inserire nel team guidato da {PERSON}.\nOffriamo: contratto a tempo indeterminato, RAL da {MONEY}, buoni pasto.\nInvia il CV a {EMAIL} entro il {DATE} (rif. {REF}).",
            "Nata a {CITY} da un'idea di {PERSON}, {ORG} opera oggi in {COUNTRY} e in altri dieci paesi. Per crescere ancora cerchiamo un/una {JOB} con esperienza. Per informazioni contatta {TITLE} {LAST} al {PHONE} oppure visita {URL}.",
        ],
        "supplier": [
            "SCHEDA ANAGRAFICA FORNITORE\nRagione sociale: {ORG}\nPartita IVA: {REF}\nSede legale: {STREET}, {POSTCODE} {CITY} ({COUNTRY})\nReferente: {PERSON}\nTel.: {PHONE}\nPEC: {EMAIL}\nBanca d'appoggio: {ORG}\nIBAN: {IBAN}",
            "Gentile {TITLE} {LAST},\n\nLa informiamo che la procedura di qualifica di {ORG} come fornitore di {ORG} si è conclusa con esito positivo. Il codice fornitore assegnato è {REF}. Per ordini e consegne presso lo stabilimento di {CITY} potrà fare riferimento a {PERSON}.\n\nDistinti saluti\nUfficio Acquisti",
        ],
        "resolution": [
            "VERBALE DI ASSEMBLEA DEI SOCI\n\nIl giorno {DATE}, presso la sede di {ORG} in {CITY}, si è riunita l'assemblea dei soci. Presiede {PERSON}, funge da segretario {PERSON}.\nL'assemblea delibera all'unanimità:\n– di nominare amministratore unico {TITLE} {LAST};\n– di trasferire la sede legale a {CITY}.\n\nIl Presidente\n{PERSON}",
            "Delibera del consiglio di amministrazione\n\nIl consiglio di amministrazione di {ORG} approva l'acquisizione del 60% di {ORG}, con sede a {CITY} ({COUNTRY}), per un corrispettivo massimo di {MONEY}, e conferisce a {PERSON} ogni potere per la firma del contratto.",
        ],
    },
    "nl": {
        "bank": [
            "Beste klantenservice van {ORG},\n\nPer {DATE} ben ik verhuisd van {CITY} naar {STREET}, {POSTCODE} {CITY}. Wilt u dit adres gebruiken voor rekening {IBAN}? Daarnaast wil ik mijn partner, {PERSON}, als gemachtigde toevoegen.\n\nMet vriendelijke groet,\n{PERSON}",
            "Let op: ongebruikelijke transactie\n{TITLE} {LAST}, op {DATE} is met uw pas {CARD} {MONEY} betaald bij {ORG} in {CITY}, {COUNTRY}. Herkent u deze betaling niet? Bel direct {PHONE}. Uw bank, {ORG}, vraagt nooit om uw pincode.",
        ],
        "tax": [
            "Voorlopige aanslag inkomstenbelasting\nAanslagnummer: {REF}\n\nNaam: {PERSON}\nAdres: {STREET}, {POSTCODE} {CITY}\nInhoudingsplichtige: {ORG}\nTe betalen: {MONEY} vóór {DATE}\n\nBetaal op rekening {IBAN} onder vermelding van het aanslagnummer. Heeft u een adviseur? Dan kan {TITLE} {LAST} van {ORG} namens u bezwaar maken.",
            "Hoi {FIRST},\n\nIk heb je aangifte bijna klaar. Alleen de jaaropgave van {ORG} ontbreekt nog. Omdat je een half jaar in {COUNTRY} hebt gewerkt, heb ik {PERSON} gevraagd naar de regels voor dubbele belasting te kijken. Het appartement in {CITY} valt gewoon in box 3.\n\nGroeten,\n{PERSON}\n{ORG}, {CITY}",
        ],
        "medical": [
            "Verwijsbrief\n\nGeachte collega,\n\nGraag verwijs ik {PERSON}, geboren {DATE}, naar uw polikliniek in {CITY} voor verdere diagnostiek van aanhoudende hoofdpijn. Patiënt werkt als {JOB} bij {ORG}. Eerder onderzoek bij {ORG} liet geen afwijkingen zien.\n\nMet collegiale groet,\n{TITLE} {LAST}, huisarts",
            "Herinnering afspraak\nWie: {PERSON}\nBij: {TITLE} {LAST}, fysiotherapie\nWaar: {ORG}, {STREET}, {CITY}\nWanneer: {DATE}\nNeem uw zorgpas van {ORG} mee. Verhinderd? Meld u af via {URL} of {PHONE}.",
        ],
        "invitation": [
            "Uitnodiging\n\nGraag nodigen wij u uit voor de opening van ons nieuwe kantoor in {CITY} op {DATE}. {PERSON} en {TITLE} {LAST} van {ORG} verrichten om 16.00 uur de officiële opening, daarna is er een borrel.\n\nAanmelden kan via {EMAIL}.\n\nNamens het team van {ORG}",
            "Netwerkmiddag {ORG}\n{DATE} | {CITY}\n\nSprekers:\n• {PERSON} – de markt in {COUNTRY}\n• {PERSON} ({ORG})\n• {FIRST} van het organisatieteam sluit af\n\nDeelname: {MONEY}, inschrijven via {URL}",
        ],
        "chat": [
            "{FIRST}: wie gaat er morgen mee naar {CITY}?\n{FIRST}: ik, en {PERSON} rijdt\n{FIRST}: moeten we nog iets meenemen voor {ORG}?\n{FIRST}: de contracten van {ORG}, die liggen bij {TITLE} {LAST} op het bureau",
            "Hey {FIRST}, ik sta bij de stand van {ORG}, hal {N}. {PERSON} van {ORG} is hier ook, wil het over {COUNTRY} hebben. Bel me even: {PHONE}",
        ],
        "vacancy": [
            "Vacature: {JOB} (32-40 uur)\n\nStandplaats: {CITY}\nWerkgever: {ORG}\nSalaris: {MONEY} per maand\n\nJe komt te werken in het team van {PERSON} en hebt veel contact met klanten in {COUNTRY} en met onze partner {ORG}. Solliciteren kan tot {DATE} via {EMAIL}.",
            "Werken bij een snelgroeiende scale-up? {ORG} is opgericht in {CITY} door {PERSON} en {PERSON} en heeft inmiddels ook vestigingen in {COUNTRY}. Wij zoeken een {JOB}. Vragen? Neem contact op met {TITLE} {LAST} via {PHONE}. Vacaturenummer {REF}.",
        ],
        "supplier": [
            "LEVERANCIERSFORMULIER\nBedrijfsnaam: {ORG}\nKvK-nummer: {REF}\nVestigingsadres: {STREET}, {POSTCODE} {CITY}\nLand: {COUNTRY}\nContactpersoon: {PERSON}\nFunctie: {JOB}\nTelefoon: {PHONE}\nE-mail: {EMAIL}\nBank: {ORG}, IBAN {IBAN}",
            "Geachte {TITLE} {LAST},\n\nHartelijk dank voor het aanleveren van de documenten. {ORG} is nu geregistreerd als leverancier van {ORG} onder nummer {REF}. Facturen kunt u voortaan sturen naar onze crediteurenadministratie in {CITY}; uw vaste contactpersoon wordt {PERSON}.\n\nMet vriendelijke groet,\nAfdeling Inkoop",
        ],
        "resolution": [
            "BESLUIT VAN DE RAAD VAN BESTUUR VAN {ORG}\n\nDe raad van bestuur besluit op {DATE}:\n1. {PERSON} te benoemen tot statutair bestuurder;\n2. een dochtervennootschap op te richten in {CITY}, {COUNTRY};\n3. {ORG} aan te stellen als externe accountant.\n\nAldus besloten te {CITY}.\n{PERSON}, voorzitter",
            "Aandeelhoudersbesluit buiten vergadering\n\nDe enig aandeelhouder van {ORG}, {TITLE} {LAST}, besluit de statutaire zetel te verplaatsen naar {CITY} en het belang in {ORG} te verkopen voor {MONEY}. {PERSON} wordt gemachtigd de akte te tekenen.",
        ],
    },
}
