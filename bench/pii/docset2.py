#!/usr/bin/env python3
"""The second document set: 72 business and administrative documents
(customer-service e-mails, data-subject access requests and answers, job
applications and references, purchase orders and delivery complaints, bank,
insurance and tenancy letters, meeting notes, news items, travel and
expenses, notices from public bodies), 12 each in English, German, French,
Spanish, Italian and Dutch, in which companies and people are named more than
once, annotated with PERSON, ORGANIZATION and LOCATION. Written on 2026-12-06
by a helper who had seen neither the analyzer nor the first document set
(bench/pii/docset.py); a blind set: never tune on its errors (see
bench/pii.sh, PII_DOCSET).

Entities are marked inline in the texts below:
    [[P:Anna Example]]   -> PERSON
    [[O:Example GmbH]]   -> ORGANIZATION
    [[L:Berlin]]         -> LOCATION
The markup is stripped, character offsets are computed and verified, and the
documents are written as JSON lines.

Usage: python3 docset2.py OUTPUT_PATH
"""
import json
import os
import re
import sys
from collections import Counter

# the [[X:...]] markup is read as the first document set reads it
from docset import parse

EMAIL_URL = re.compile(r"[\w.+-]+@[\w.-]+\.\w+|(?:https?://|www\.)\S+")
LANGS = ["en", "de", "fr", "es", "it", "nl"]
DOCS = []  # (lang, style, marked_text)


def add(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))


# =============================================================================
# ENGLISH
# =============================================================================

add("en", "customer_service_email", """
Subject: Re: Order #48213 – missing charger

Hi [[P:Daniel]],

Thank you for getting in touch with [[O:Brightwell Electronics Ltd]], and sorry to hear that the charger was missing from your parcel. I have checked with our warehouse in [[L:Leicester]] and can confirm that the item was left out when your order was packed on 14 March.

A replacement charger was sent today with [[O:Royal Mail]] Tracked 24, so it should reach you in [[L:Bristol]] by Thursday. You do not need to return anything. As a small apology, I have also added a £10 credit to your [[O:Brightwell]] account.

If the parcel has not arrived by Friday, just reply to this e-mail and quote the reference CS-77120.

Kind regards,
[[P:Priya Raman]]
Customer Care Team, [[O:Brightwell Electronics]]
support@brightwell-electronics.co.uk

-----Original message-----
From: [[P:Daniel Hearn]] <d.hearn@fastmail.com>
Sent: 15 March 2024 09:12
To: support@brightwell-electronics.co.uk

Hello, I received order #48213 yesterday but the box only contained the headphones, no charger. Could you please send it? Thanks, [[P:Daniel Hearn]]
""")

add("en", "gdpr_access_request", """
From: [[P:Margaret Okafor]]
To: privacy@helmsdale-insurance.co.uk
Subject: Subject access request – policy HM-2290-431

Dear Data Protection Officer,

I am a former policyholder of [[O:Helmsdale Insurance plc]]. Under Article 15 of the UK GDPR, I request a copy of all personal data you hold about me, the purposes of the processing, the recipients to whom it has been disclosed and the period for which it will be stored. I would also like to know whether my data has been shared with [[O:Experian]] or any other credit reference agency.

Please send the information to my home address in [[L:Cardiff]] or by e-mail.

Yours faithfully,
[[P:Margaret Okafor]]

---

Dear Ms [[P:Okafor]],

We received your request on 2 May. [[O:Helmsdale]] has verified your identity, and we enclose a file containing your policy records, call notes and claims history. Your data was shared with [[O:Experian]] once, in 2021, for a fraud check when your policy started. Records are kept for six years after a policy ends.

If you are unhappy with this response, you may complain to the [[O:Information Commissioner's Office]].

Yours sincerely,
[[P:Tom Ashcroft]]
Data Protection Officer, [[O:Helmsdale Insurance plc]]
""")

add("en", "job_application", """
Dear Mr [[P:Whitaker]],

I am writing to apply for the position of Logistics Coordinator advertised on [[O:LinkedIn]] by [[O:Carrow & Finch Freight Ltd]]. I have followed [[O:Carrow & Finch]]'s expansion into the [[L:Midlands]] with great interest, and I believe my experience would be a good fit for your new depot in [[L:Daventry]].

For the past four years I have worked at [[O:Pennant Logistics]] in [[L:Northampton]], where I plan daily routes for a fleet of 35 vehicles and manage relationships with customers such as [[O:Tesco]] and [[O:Boots]]. Before that, I completed a BSc in Supply Chain Management at [[O:Aston University]] in [[L:Birmingham]].

My line manager at [[O:Pennant]], [[P:Gillian Moss]], has agreed to act as a referee and can be reached on 01604 552190.

I would welcome the chance to discuss my application and am available for interview at short notice.

Yours sincerely,
[[P:Amir Haddad]]
""")

add("en", "reference_letter", """
[[O:Marlowe Hart Architects LLP]]
14 Queen Street, [[L:Edinburgh]] EH2 1JX

To whom it may concern,

Reference for [[P:Fiona Galbraith]]

I am pleased to provide a reference for [[P:Fiona Galbraith]], who worked at [[O:Marlowe Hart]] as a project architect from September 2018 until June 2024. During that time she led the design team for the visitor centre commissioned by [[O:Historic Environment Scotland]] near [[L:Stirling]] and coordinated our work with the engineers at [[O:Arup]].

[[P:Fiona]] is meticulous, calm under pressure and well liked by clients. She mentored two graduate architects from the [[O:University of Strathclyde]] and represented [[O:Marlowe Hart]] at the [[O:Royal Incorporation of Architects in Scotland]] conference in [[L:Glasgow]].

She is leaving us to move to [[L:Canada]] with her family, and I recommend her without reservation. Please contact me if you require further information.

Yours faithfully,

[[P:Duncan Hart]]
Partner, [[O:Marlowe Hart Architects LLP]]
duncan.hart@marlowehart.co.uk
""")

add("en", "purchase_order", """
PURCHASE ORDER PO-2024-0917

Buyer: [[O:Greenhollow Foods Ltd]], Unit 6, Riverside Park, [[L:Norwich]] NR3 2BT
Supplier: [[O:Tamsin Packaging Solutions Ltd]], 88 Mill Lane, [[L:Huddersfield]] HD1 4QP
Date: 3 June 2024

Please supply the following items in accordance with our framework agreement of January 2024:

1. Compostable trays 250 mm, 12,000 units at £0.14 – £1,680.00
2. Kraft sleeves, printed, 12,000 units at £0.09 – £1,080.00
3. Pallet delivery to our [[L:Norwich]] site – £95.00

Total excluding VAT: £2,855.00

Delivery must take place no later than 21 June 2024 between 07:00 and 14:00. Please book a slot with our goods-in supervisor, [[P:Kevin Doyle]], on 01603 771204 at least 48 hours in advance. Invoices should quote the PO number and be sent to accounts@greenhollowfoods.co.uk.

[[O:Tamsin Packaging]] is asked to confirm acceptance of this order by return.

Authorised by: [[P:Rachel Simmonds]], Procurement Manager, [[O:Greenhollow Foods]]
""")

add("en", "delivery_complaint", """
Subject: Damaged delivery – your ref. DN-55031

Dear Mr [[P:Patel]],

I am writing to complain about the delivery of office chairs from [[O:Ostermann Office Supplies Ltd]] to our office in [[L:Reading]] on 9 October. Of the 24 chairs ordered, seven arrived with broken armrests, and the pallet had clearly been dropped. The driver from [[O:DPD]] asked our receptionist to sign for the goods before the wrapping was removed.

We reported the damage to [[O:Ostermann]] by phone the same afternoon and were told that [[P:Sanjay Patel]] in your dispatch team would call back within 24 hours. Nobody has contacted us since.

We now ask [[O:Ostermann Office Supplies]] to collect the seven damaged chairs and replace them by 25 October at the latest. If this is not possible, please issue a credit note for £1,043.00. Photographs of the damage are attached.

Regards,
[[P:Helen Crowther]]
Office Manager
[[O:Lindqvist & Rowe Solicitors]], [[L:Reading]]
""")

add("en", "bank_letter", """
[[O:Northgate Bank plc]]
Customer Services, PO Box 4410, [[L:Leeds]] LS1 9XX

Mr [[P:Oliver Brennan]]
27 Harcourt Road
[[L:Sheffield]] S10 1DJ

12 February 2024

Dear Mr [[P:Brennan]],

Changes to your Everyday Current Account

We are writing to let you know about changes to the terms of your account, which will take effect on 15 April 2024. The monthly account fee will increase from £3 to £4, and the arranged overdraft rate will change from 35.9% to 36.9% EAR.

We are also changing our arrangement with the [[O:Post Office]]: cash deposits over £2,000 will no longer be accepted there. You can still deposit smaller amounts at any [[O:Post Office]] branch, or use one of our branches in [[L:Sheffield]] or [[L:Rotherham]].

If you do not agree with these changes, you can close or switch your account free of charge before 15 April. [[O:Northgate Bank]] is covered by the [[O:Financial Services Compensation Scheme]].

Yours sincerely,

[[P:Claire Whitfield]]
Head of Personal Banking, [[O:Northgate]]
""")

add("en", "tenancy_correspondence", """
From: [[P:Lucy Chen]] <lucy.chen@outlook.com>
To: lettings@harbourmeadow.co.uk
Subject: Flat 3B, 41 Canal Wharf – boiler still not fixed

Dear [[P:Mark]],

I reported on 2 January that the boiler in my flat keeps cutting out. An engineer from [[O:Pellow Heating Services]] visited on 5 January but said a part had to be ordered. It is now 19 January and we still have no reliable heating or hot water.

Under my tenancy agreement with [[O:Harbour Meadow Property Management Ltd]], repairs to heating must be carried out within a reasonable time. Could you please tell me when the part will arrive? If the repair cannot be done this week, I would ask for a portable heater and a rent reduction for January.

Best wishes,
[[P:Lucy]]

---

Dear [[P:Lucy]],

Apologies for the delay. The part was back-ordered by the manufacturer, but [[O:Pellow Heating]] has confirmed it will be fitted on Monday 22 January. I will drop off two oil heaters this afternoon, and [[O:Harbour Meadow]] will credit £120 against your February rent.

Regards,
[[P:Mark Tennant]]
Property Manager, [[O:Harbour Meadow]], [[L:Manchester]]
""")

add("en", "meeting_notes", """
Minutes – Project Kestrel steering meeting
Date: 7 March 2024, 10:00–11:30, offices of [[O:Fairbairn Consulting Ltd]], [[L:London]]

Attendees:
- [[P:Elena Marsh]] ([[O:Fairbairn Consulting]]), chair
- [[P:Robert Kwan]] ([[O:Skyline Rail Holdings plc]])
- [[P:Aisha Bello]] ([[O:Skyline Rail]])
- [[P:Jonas Lindgren]] ([[O:Nordvik Signalling AB]]), by video from [[L:Gothenburg]]
Apologies: [[P:Peter Vance]] ([[O:Network Rail]])

1. Progress. [[P:Robert]] reported that the signalling survey between [[L:Crewe]] and [[L:Stafford]] is 80% complete. [[P:Jonas]] confirmed that [[O:Nordvik]] will deliver the interlocking design by the end of April.

2. Budget. [[P:Aisha]] noted a forecast overspend of £240,000 caused by additional weekend possessions. [[P:Elena]] asked [[O:Skyline Rail]] to prepare options for the next meeting.

3. Stakeholders. [[O:Network Rail]] has requested a joint site visit; Ms [[P:Bello]] will agree dates with Mr [[P:Vance]].

Actions: [[O:Fairbairn]] to circulate a revised timeline by 14 March.
""")

add("en", "news_item", """
[[O:Halvorsen Marine Group]] posts record profit, plans 300 new jobs in [[L:Aberdeen]]

[[L:ABERDEEN]], 28 February – [[O:Halvorsen Marine Group plc]], the offshore services company, reported a pre-tax profit of £184 million for 2023, up 41% on the previous year, as demand for wind-farm maintenance vessels continued to grow.

Chief executive [[P:Ingrid Halvorsen]] said the group would recruit around 300 engineers and technicians in [[L:Scotland]] over the next two years, most of them at its base in [[L:Aberdeen]]. "Our order book has never been stronger," she said.

The company also confirmed a long-term charter agreement with [[O:Ørsted]] for three service operation vessels in the [[L:North Sea]], and said it was in talks with [[O:SSE Renewables]] about a similar contract.

Shares in [[O:Halvorsen]] rose 6% on the [[O:London Stock Exchange]]. Analysts at [[O:Barclays]] raised their price target, although [[P:Martin Groves]] of [[O:Redwater Capital]] warned that higher steel prices could squeeze margins this year.
""")

add("en", "expense_report", """
EXPENSE REPORT – March 2024

Employee: [[P:Samuel Okonkwo]], Senior Sales Engineer
Company: [[O:Vertex Fluid Systems Ltd]], [[L:Coventry]]
Cost centre: 4120 – Export Sales
Trip: customer visits in [[L:Lyon]] and [[L:Milan]], 11–14 March 2024

1. Flight [[L:London]] – [[L:Lyon]], [[O:Air France]]: £198.40
2. Flight [[L:Milan]] – [[L:London]], [[O:British Airways]]: £214.20
3. Train [[L:Lyon]] – [[L:Milan]], [[O:Trenitalia]]: £76.10
4. Hotel, 2 nights, [[L:Lyon]]: £225.70
5. Hotel, 1 night, [[L:Milan]]: £135.10
6. Client dinner with [[P:Laurent Brissac]] and [[P:Chantal Moreau]] of [[O:Hydrolyon SAS]]: £159.40
7. Taxis and meals: £64.30

Total claimed: £1,073.20

Notes: The client dinner was pre-approved by [[P:Karen Lowe]]. Receipts for items 1–6 are attached; the taxi driver in [[L:Milan]] could not issue a receipt. The visit to [[O:Idrotecnica Brambilla S.r.l.]] resulted in an order for 40 pump units, and [[O:Hydrolyon]] has asked for a quotation for its plant in [[L:Grenoble]].

Submitted: [[P:Samuel Okonkwo]], 18 March 2024
Approved: [[P:Karen Lowe]], Sales Director, [[O:Vertex Fluid Systems]]
""")

add("en", "public_notice", """
[[O:HM Revenue & Customs]]
Self Assessment
BX9 1AS

Mrs [[P:Josephine Adeyemi]]
5 Elm Close
[[L:Luton]] LU2 7PN

Unique Taxpayer Reference: 38291 04417
Date: 6 November 2024

Dear Mrs [[P:Adeyemi]],

Penalty for late filing of your 2022–23 tax return

Our records show that your online tax return for the year ended 5 April 2023 was received on 14 February 2024, after the deadline of 31 January 2024. We have therefore charged a penalty of £100.

You told us that the return was late because your accountants, [[O:Bramley & Cole Accountants]], closed their [[L:Luton]] office in January. Unfortunately, problems with an agent are not normally accepted as a reasonable excuse, because it remains the taxpayer's responsibility to file on time.

If you disagree with this decision, you can ask [[O:HMRC]] for a review within 30 days of the date of this letter, or appeal directly to the [[O:First-tier Tribunal]]. Please quote your Unique Taxpayer Reference in all correspondence.

Yours sincerely,
[[P:Andrew Whitcombe]]
[[O:HMRC]] Self Assessment
""")

# =============================================================================
# GERMAN
# =============================================================================

add("de", "customer_service_email", """
Betreff: AW: Rückerstattung Bestellung 2024-55817

Hallo Frau [[P:Yilmaz]],

vielen Dank für Ihre Nachricht an den Kundenservice der [[O:Wohnwerk Möbel GmbH]]. Es tut uns sehr leid, dass der bestellte Esstisch „Talo“ mit einem Kratzer bei Ihnen in [[L:Bochum]] angekommen ist.

Wie telefonisch besprochen, holt unsere Spedition [[O:Hellwig Transporte]] den Tisch am Dienstag, 16. April, zwischen 8 und 12 Uhr bei Ihnen ab. Sobald die Ware in unserem Lager in [[L:Bielefeld]] eingegangen ist, erstatten wir den Kaufpreis von 749,00 € auf Ihr [[O:PayPal]]-Konto. Das dauert in der Regel drei bis fünf Werktage.

Falls Sie lieber einen Ersatztisch möchten, geben Sie uns bitte bis Montag Bescheid.

Mit freundlichen Grüßen
[[P:Jan Brüggemann]]
Kundenservice [[O:Wohnwerk]]
service@wohnwerk-moebel.de | Tel. 0521 9988 410

> Von: [[P:Elif Yilmaz]]
> Gesendet: Mittwoch, 10. April 2024 18:47
> Der Tisch ist heute angekommen, leider mit einem tiefen Kratzer auf der Platte. Ich möchte ihn zurückgeben. Viele Grüße, [[P:Elif Yilmaz]]
""")

add("de", "gdpr_access_request", """
[[P:Markus Feldmann]] · Lindenstraße 14 · 04109 [[L:Leipzig]]

An die [[O:Sachsenstrom Energie AG]]
Datenschutzbeauftragter
Postfach 10 11 20, 01081 [[L:Dresden]]

Auskunftsersuchen nach Art. 15 DSGVO – Kundennummer 7730215

Sehr geehrte Damen und Herren,

hiermit bitte ich um Auskunft, ob die [[O:Sachsenstrom Energie AG]] personenbezogene Daten über mich verarbeitet. Falls ja, bitte ich um eine Kopie dieser Daten sowie um Angaben zu den Verarbeitungszwecken, zu den Empfängern – insbesondere, ob Daten an die [[O:SCHUFA]] oder an Inkassounternehmen übermittelt wurden – und zur geplanten Speicherdauer.

Mit freundlichen Grüßen
[[P:Markus Feldmann]]
[[L:Leipzig]], 4. März 2024

---

Sehr geehrter Herr [[P:Feldmann]],

anbei erhalten Sie eine Übersicht Ihrer bei [[O:Sachsenstrom]] gespeicherten Vertrags-, Verbrauchs- und Zahlungsdaten. Eine Übermittlung an die [[O:SCHUFA]] ist nicht erfolgt. Ihre Zählerdaten werden vom Netzbetreiber [[O:Leipziger Netz GmbH]] verarbeitet, an den wir Ihr Anliegen weitergeleitet haben.

Mit freundlichen Grüßen
Dr. [[P:Katrin Oswald]]
Datenschutzbeauftragte, [[O:Sachsenstrom Energie AG]]
""")

add("de", "job_application", """
Bewerbung als Finanzbuchhalterin – Ihre Anzeige bei [[O:StepStone]] vom 12. Mai

Sehr geehrte Frau [[P:Lorenz]],

mit großem Interesse habe ich Ihre Stellenanzeige gelesen. Die [[O:Kessler & Voigt Steuerberatungsgesellschaft mbH]] genießt in [[L:Stuttgart]] und der Region einen ausgezeichneten Ruf, und ich würde mein Wissen gern in Ihr Team einbringen.

Nach meiner Ausbildung zur Bankkauffrau bei der [[O:Kreissparkasse Ludwigsburg]] habe ich sechs Jahre in der Finanzbuchhaltung der [[O:Brenner Antriebstechnik GmbH]] in [[L:Esslingen]] gearbeitet. Dort betreue ich die Kreditorenbuchhaltung, bereite die Monatsabschlüsse vor und arbeite eng mit unserem Wirtschaftsprüfer [[O:PwC]] zusammen.

Da [[O:Brenner Antriebstechnik]] seine Verwaltung nach [[L:München]] verlegt, suche ich eine neue Herausforderung in der Nähe meines Wohnorts [[L:Ludwigsburg]]. Ein Zwischenzeugnis meines Vorgesetzten, Herrn [[P:Thomas Brenner]], liegt bei.

Über eine Einladung zu einem persönlichen Gespräch bei [[O:Kessler & Voigt]] freue ich mich sehr.

Mit freundlichen Grüßen
[[P:Sabine Krüger]]
""")

add("de", "reference_letter", """
[[O:Albrecht Medientechnik GmbH]] · Hafenstraße 22 · 28217 [[L:Bremen]]

ARBEITSZEUGNIS

Herr [[P:Lukas Petersen]], geboren am 3. Juli 1993 in [[L:Kiel]], war vom 1. Februar 2019 bis zum 31. Juli 2024 in unserem Unternehmen als Projektleiter Veranstaltungstechnik tätig.

Die [[O:Albrecht Medientechnik GmbH]] plant und realisiert Licht-, Ton- und Videotechnik für Messen und Firmenveranstaltungen in ganz [[L:Norddeutschland]]. Herr [[P:Petersen]] verantwortete unter anderem die technische Umsetzung der Hauptversammlungen der [[O:Hapag-Lloyd AG]] in [[L:Hamburg]] sowie mehrere Messeauftritte der [[O:Weserland Brauerei]].

Er arbeitete stets äußerst selbstständig, sorgfältig und zuverlässig. Seine Leistungen haben jederzeit unsere volle Zufriedenheit gefunden. Sein Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets einwandfrei.

Herr [[P:Petersen]] verlässt [[O:Albrecht Medientechnik]] auf eigenen Wunsch, um ein Studium an der [[O:Hochschule Bremen]] aufzunehmen. Wir bedauern sein Ausscheiden und wünschen ihm für die Zukunft alles Gute.

[[L:Bremen]], 31. Juli 2024

[[P:Carsten Albrecht]]
Geschäftsführer
""")

add("de", "purchase_order", """
BESTELLUNG Nr. 4500127733

Besteller: [[O:Rheinfels Maschinenbau GmbH & Co. KG]], Industriestraße 8, 56070 [[L:Koblenz]]
Lieferant: [[O:Schäfer Präzisionsteile GmbH]], Am Bahnhof 3, 57072 [[L:Siegen]]
Ihr Angebot: A-2024-318 vom 22. Januar 2024
Ansprechpartnerin: [[P:Miriam Hoffmann]], Einkauf, Tel. 0261 4055-212

Sehr geehrter Herr [[P:Schäfer]],

auf Grundlage Ihres oben genannten Angebots bestellen wir:

Pos. 1: Antriebswelle nach Zeichnung RF-11-204, Werkstoff 42CrMo4, 250 Stück à 38,40 € = 9.600,00 €
Pos. 2: Lagerbuchse RF-11-310, 500 Stück à 6,15 € = 3.075,00 €
Verpackung und Fracht: frei Haus [[L:Koblenz]]

Gesamtwert netto: 12.675,00 €
Liefertermin: KW 10 (4.–8. März 2024)
Zahlungsbedingungen: 14 Tage 2 % Skonto, 30 Tage netto

Bitte senden Sie uns die Auftragsbestätigung innerhalb von drei Werktagen an einkauf@rheinfels-mb.de. Es gelten die Allgemeinen Einkaufsbedingungen von [[O:Rheinfels]] in der Fassung vom 1. Januar 2023.

Mit freundlichen Grüßen
[[O:Rheinfels Maschinenbau]]
i. A. [[P:Miriam Hoffmann]]
""")

add("de", "delivery_complaint", """
Betreff: Reklamation Lieferung vom 5. September – Lieferschein 88-20419

Sehr geehrte Damen und Herren,

am 5. September hat uns die Spedition [[O:Dachser]] im Auftrag der [[O:Greiner Gastro-Großhandel GmbH]] 40 Kartons Einweghandschuhe und 12 Kisten Reinigungsmittel geliefert. Bei der Kontrolle in unserem Restaurant in [[L:Freiburg]] haben wir Folgendes festgestellt:

– Statt Handschuhen der Größe M wurden 40 Kartons der Größe XL geliefert.
– Zwei Kisten Reinigungsmittel waren ausgelaufen, die Kartons durchnässt.

Wir haben die Mängel auf dem Lieferschein vermerkt und vom Fahrer gegenzeichnen lassen. Fotos liegen dieser E-Mail bei.

Wir bitten [[O:Greiner]] um Austausch der falschen Handschuhe und um Gutschrift der beschädigten Ware bis spätestens 13. September. Da wir bereits zum zweiten Mal in diesem Jahr eine fehlerhafte Lieferung erhalten, behalten wir uns vor, den Rahmenvertrag mit der [[O:Greiner Gastro-Großhandel]] zu überprüfen. Ihr Außendienstmitarbeiter, Herr [[P:Wolfgang Reuter]], ist bereits informiert.

Mit freundlichen Grüßen
[[P:Anja Baumgartner]]
Inhaberin, [[O:Gasthaus Zum Schwarzwaldhirsch]]
[[L:Freiburg im Breisgau]]
""")

add("de", "insurance_letter", """
[[O:Alpenland Versicherung AG]] · Prinzregentenstraße 40 · 80538 [[L:München]]

Schadennummer: KH-2024-0938311
Versicherungsnehmerin: [[P:Petra Lindner]], [[L:Augsburg]]

Sehr geehrte Frau [[P:Lindner]],

vielen Dank für Ihre Schadenmeldung vom 2. August. Sie teilten uns mit, dass am 28. Juli bei einem Unwetter in [[L:Augsburg]] ein Ast auf Ihren geparkten Pkw gefallen ist.

Der von uns beauftragte Gutachter der [[O:DEKRA]] hat das Fahrzeug am 6. August besichtigt und einen Reparaturschaden von 3.860,40 € festgestellt. Da Ihr Fahrzeug bei der [[O:Alpenland Versicherung]] teilkaskoversichert ist, sind Sturmschäden mitversichert. Abzüglich Ihrer Selbstbeteiligung von 150 € überweisen wir 3.710,40 € direkt an die Werkstatt [[O:Autohaus Brandl GmbH]] in [[L:Friedberg]], sobald uns die Reparaturrechnung vorliegt.

Die Kosten eines Mietwagens sind in der Teilkasko nicht versichert. Für Rückfragen steht Ihnen Ihr Vertreter, Herr [[P:Günter Maier]] von der Agentur [[O:Maier & Sohn Versicherungen]], gern zur Verfügung.

Mit freundlichen Grüßen
[[O:Alpenland Versicherung AG]]
Schadenabteilung Kraftfahrt
[[P:Tobias Eder]]
""")

add("de", "tenancy_correspondence", """
Von: [[P:Sophie Albers]] <sophie.albers@web.de>
An: verwaltung@kranich-immobilien.de
Betreff: Nebenkostenabrechnung 2023 – Körnerstraße 7, 2. OG links

Sehr geehrter Herr [[P:Kranich]],

ich habe die Nebenkostenabrechnung für 2023 erhalten, die eine Nachzahlung von 612,35 € ausweist. Im Vergleich zum Vorjahr sind vor allem die Kosten für Hausmeisterdienst und Gartenpflege stark gestiegen. Bitte schicken Sie mir Kopien der Rechnungen der [[O:Grünwerk Gartenservice GmbH]] und des Hausmeisterdienstes [[O:Ruhrblick Facility]] oder teilen Sie mir mit, wann ich die Belege in Ihrem Büro in [[L:Essen]] einsehen kann.

Bis zur Klärung leiste ich die Nachzahlung nur unter Vorbehalt.

Mit freundlichen Grüßen
[[P:Sophie Albers]]

---

Sehr geehrte Frau [[P:Albers]],

die Belege können Sie gern am Donnerstag, 14. März, zwischen 10 und 16 Uhr bei uns einsehen. Die Erhöhung geht vor allem auf den neuen Vertrag mit [[O:Grünwerk]] zurück, der seit April 2023 auch den Winterdienst umfasst. Dieser war bisher in der Position „Straßenreinigung“ enthalten.

Mit freundlichen Grüßen
[[P:Heinrich Kranich]]
[[O:Kranich Immobilienverwaltung GmbH]], [[L:Essen]]
""")

add("de", "meeting_notes", """
Protokoll – Kick-off Digitalisierung Lagerlogistik
Datum: 22. Februar 2024, 9:30–12:00 Uhr
Ort: [[O:Nordhafen Logistik AG]], [[L:Bremerhaven]], Besprechungsraum 3

Teilnehmende:
[[P:Frank Wiegand]] ([[O:Nordhafen Logistik]], Leitung Lager)
[[P:Merve Aydın]] ([[O:Nordhafen Logistik]], IT)
[[P:Stefan Kühn]] ([[O:Logiq Systems GmbH]], Projektleiter)
[[P:Julia Reinholz]] ([[O:Logiq Systems]], Beratung)
[[P:Paul Hennings]] ([[O:Fraunhofer IML]], per Video aus [[L:Dortmund]])

TOP 1 – Ziele: Herr [[P:Wiegand]] stellt die Ausgangslage vor: Kommissionierfehler von 1,8 % und lange Suchzeiten im Außenlager [[L:Cuxhaven]].

TOP 2 – Lösungsansatz: Frau [[P:Reinholz]] präsentiert das Lagerverwaltungssystem von [[O:Logiq]] inklusive Scanner-Anbindung. Herr [[P:Hennings]] empfiehlt, zunächst einen Pilotbereich festzulegen.

TOP 3 – Nächste Schritte:
– [[O:Logiq]] erstellt bis 8. März ein Pflichtenheft (verantwortlich: [[P:Stefan Kühn]]).
– Frau [[P:Aydın]] klärt die Schnittstellen zum bestehenden ERP-System.
– Nächster Termin: 14. März in [[L:Bremerhaven]].

Protokoll: [[P:Merve Aydın]]
""")

add("de", "news_item", """
[[O:Voltaris]] verklagt [[O:Brandtner Batterietechnik]] wegen Patentverletzung

[[L:MÜNCHEN]] – Der Münchner Batteriehersteller [[O:Voltaris AG]] hat beim [[O:Landgericht Düsseldorf]] Klage gegen die [[O:Brandtner Batterietechnik GmbH]] aus [[L:Chemnitz]] eingereicht. [[O:Voltaris]] wirft dem sächsischen Konkurrenten vor, ein patentiertes Kühlverfahren für Batteriemodule ohne Lizenz zu nutzen, und fordert Unterlassung sowie Schadensersatz in zweistelliger Millionenhöhe.

[[O:Brandtner]] weist die Vorwürfe zurück. „Unser Verfahren haben wir vollständig selbst entwickelt, gemeinsam mit der [[O:TU Chemnitz]]“, sagte Geschäftsführerin [[P:Claudia Brandtner]] am Mittwoch. Man sehe dem Prozess gelassen entgegen.

Der Streit kommt zu einem heiklen Zeitpunkt: [[O:Brandtner]] beliefert seit vergangenem Jahr die [[O:Volkswagen AG]] mit Modulen für Nutzfahrzeuge und plant ein zweites Werk in [[L:Zwickau]]. [[O:Voltaris]]-Chef [[P:Henrik Sauer]] betonte, man sei weiterhin offen für eine außergerichtliche Einigung. Eine erste mündliche Verhandlung in [[L:Düsseldorf]] ist für den Herbst angesetzt.
""")

add("de", "travel_booking", """
Buchungsbestätigung – Geschäftsreise nach [[L:Wien]]

Reisende: Frau [[P:Birgit Hausmann]], [[O:Kernwerk Consulting GmbH]]
Buchungsnummer: TRV-2024-11863
Gebucht über: [[O:Travelhaus Reisebüro]], [[L:Frankfurt am Main]]

Sehr geehrte Frau [[P:Hausmann]],

vielen Dank für Ihre Buchung. Nachfolgend finden Sie die Details Ihrer Reise zum Workshop bei der [[O:Donauwerk Energie AG]] in [[L:Wien]]:

Hinflug: Montag, 13. Mai 2024, [[O:Lufthansa]] LH 1236, [[L:Frankfurt]] 07:20 – [[L:Wien]] 08:45, Economy, 1 Gepäckstück
Rückflug: Mittwoch, 15. Mai 2024, [[O:Austrian Airlines]] OS 127, [[L:Wien]] 18:10 – [[L:Frankfurt]] 19:35
Hotel: 2 Nächte im Einzelzimmer inkl. Frühstück, fünf Gehminuten vom Firmensitz der [[O:Donauwerk]], Firmenrate 149 € pro Nacht

Gesamtpreis: 812,40 € (Flüge 514,40 €, Hotel 298,00 €). Die Rechnung geht an die Buchhaltung der [[O:Kernwerk Consulting]], Kostenstelle 2210.

Bitte beachten Sie, dass der Tarif des Rückflugs nicht umbuchbar ist. Bei Fragen erreichen Sie Ihren Reiseberater [[P:Timo Lehmann]] unter 069 2578 330 oder lehmann@travelhaus.de.

Gute Reise wünscht Ihnen
Ihr [[O:Travelhaus]]-Team
""")

add("de", "public_notice", """
[[O:Finanzamt Nürnberg-Süd]]
Sandstraße 20 · 90443 [[L:Nürnberg]]

Frau
[[P:Renate Hübner]]
Gartenstraße 5
90461 [[L:Nürnberg]]

Steuernummer: 241/118/60352
[[L:Nürnberg]], 9. September 2024

Erinnerung an die Abgabe der Einkommensteuererklärung 2023

Sehr geehrte Frau [[P:Hübner]],

nach unseren Unterlagen liegt dem [[O:Finanzamt Nürnberg-Süd]] Ihre Einkommensteuererklärung für das Jahr 2023 noch nicht vor. Da Sie im Jahr 2023 neben Ihrem Arbeitslohn von der [[O:Frankenland Klinikum gGmbH]] auch Einkünfte aus Vermietung und Verpachtung erzielt haben, sind Sie zur Abgabe verpflichtet.

Ihre Steuerberaterin, die Kanzlei [[O:Engel & Partner]] in [[L:Erlangen]], hatte eine Fristverlängerung bis zum 31. Juli 2024 erhalten. Diese Frist ist inzwischen abgelaufen. Bitte reichen Sie die Erklärung bis spätestens 10. Oktober 2024 elektronisch ein.

Geht die Erklärung nicht fristgerecht ein, kann ein Verspätungszuschlag festgesetzt werden; außerdem können die Besteuerungsgrundlagen geschätzt werden (§ 162 Abgabenordnung).

Mit freundlichen Grüßen
Im Auftrag
[[P:Andrea Weidinger]]
""")

# =============================================================================
# FRENCH
# =============================================================================

add("fr", "customer_service_email", """
Objet : RE: Commande n° FR-20931 – colis non reçu

Bonjour [[P:Camille]],

Je vous remercie d'avoir contacté le service client de [[O:Maison Lavande SAS]]. J'ai vérifié le suivi de votre commande : le colis a été remis à [[O:Chronopost]] le 3 avril depuis notre entrepôt de [[L:Cavaillon]], mais il est bloqué depuis le 5 avril à l'agence de [[L:Rennes]].

J'ai ouvert une réclamation auprès de [[O:Chronopost]] (référence 8R-11482). Si le colis n'est pas livré d'ici vendredi, [[O:Maison Lavande]] vous renverra gratuitement les produits commandés, ou vous remboursera intégralement si vous le préférez.

Je reste à votre disposition pour toute question.

Bien cordialement,
[[P:Thomas Giraud]]
Service client [[O:Maison Lavande]]
contact@maisonlavande.fr

-----Message d'origine-----
De : [[P:Camille Le Goff]]
Envoyé : lundi 8 avril 2024 11:20
Bonjour, j'ai commandé deux coffrets de savons le 2 avril et je n'ai toujours rien reçu à [[L:Saint-Malo]]. Pouvez-vous me dire où en est ma commande ? Merci, [[P:Camille Le Goff]]
""")

add("fr", "gdpr_access_request", """
[[P:Nicolas Ferrand]]
12, rue des Tanneurs – 67000 [[L:Strasbourg]]

[[O:Optimo Télécom SA]]
À l'attention du délégué à la protection des données
92100 [[L:Boulogne-Billancourt]]

Objet : Demande de droit d'accès (article 15 du RGPD)

Madame, Monsieur,

Client d'[[O:Optimo Télécom]] depuis 2017, je souhaite exercer mon droit d'accès. Je vous demande de me communiquer l'ensemble des données personnelles me concernant, les finalités du traitement, les destinataires – notamment vos partenaires commerciaux – ainsi que la durée de conservation. Je souhaite également savoir si mes données de localisation ont été transmises à des tiers.

À défaut de réponse dans un délai d'un mois, je saisirai la [[O:CNIL]].

Veuillez agréer, Madame, Monsieur, mes salutations distinguées.
[[P:Nicolas Ferrand]]

---

Monsieur [[P:Ferrand]],

Vous trouverez ci-joint l'extraction de vos données contractuelles, de facturation et de consommation. [[O:Optimo]] n'a transmis aucune donnée de localisation à des tiers ; seules vos coordonnées ont été communiquées en 2020 à notre prestataire [[O:Recouvr'Est]] dans le cadre d'une facture impayée.

Cordialement,
[[P:Isabelle Marchetti]]
Déléguée à la protection des données, [[O:Optimo Télécom SA]]
""")

add("fr", "job_application", """
Objet : Candidature au poste de chargée de communication

Madame [[P:Rousseau]],

Votre offre publiée sur le site de l'[[O:APEC]] a retenu toute mon attention. Diplômée de [[O:Sciences Po Lyon]] et forte de cinq années d'expérience, je souhaite aujourd'hui mettre mes compétences au service des [[O:Éditions du Rhône]], dont j'apprécie depuis longtemps le catalogue.

Depuis 2021, je travaille au sein de l'agence [[O:Kaléido Communication]] à [[L:Lyon]], où je gère les relations presse de clients tels que la [[O:Banque Populaire Auvergne Rhône Alpes]] ou le club de basket [[O:ASVEL]]. Auparavant, j'ai effectué un stage de six mois à la direction de la communication de la [[O:Métropole de Lyon]].

Je serais ravie de rejoindre les [[O:Éditions du Rhône]] et de contribuer au lancement de votre nouvelle collection jeunesse. [[P:Bernard Lecomte]], directeur associé de [[O:Kaléido]], a accepté d'être contacté pour une recommandation.

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

[[P:Manon Delcourt]]
[[L:Villeurbanne]]
""")

add("fr", "reference_letter", """
[[O:Boulangerie Artisanale Vasseur SARL]]
8, place du Marché – 59800 [[L:Lille]]

Lettre de recommandation

Je soussigné, [[P:Hervé Vasseur]], gérant de la [[O:Boulangerie Artisanale Vasseur SARL]], certifie que [[P:Kevin Nguyen]] a travaillé dans notre établissement en qualité de boulanger-pâtissier du 1er septembre 2020 au 31 août 2024.

Durant ces quatre années, [[P:Kevin]] a fait preuve d'un grand sérieux et d'une réelle créativité. Il a notamment développé notre gamme de viennoiseries au levain, qui a valu à la maison [[O:Vasseur]] une distinction au concours organisé par la [[O:Chambre de Métiers et de l'Artisanat Hauts-de-France]] en 2023. Il a également encadré deux apprentis du [[O:CFA de Roubaix]].

M. [[P:Nguyen]] quitte notre entreprise pour ouvrir sa propre boutique à [[L:Arras]]. Je le recommande sans réserve à tout employeur ou partenaire et reste joignable au 03 20 55 18 42 pour tout renseignement complémentaire.

Fait à [[L:Lille]], le 2 septembre 2024

[[P:Hervé Vasseur]]
Gérant
""")

add("fr", "delivery_complaint", """
Objet : Réclamation – livraison incomplète, commande 2024-1187

Monsieur [[P:Lambert]],

Le 12 juin, notre cabinet a réceptionné le mobilier de bureau commandé auprès de [[O:Burotech Aménagement SAS]]. Or, sur les huit bureaux réglables prévus au bon de commande, seuls cinq ont été livrés par le transporteur [[O:Geodis]], et deux caissons présentaient des traces de choc.

Lors de notre échange téléphonique du 13 juin, vous m'aviez assuré que les éléments manquants seraient expédiés depuis votre dépôt d'[[L:Orléans]] sous 72 heures. À ce jour, nous n'avons reçu ni la marchandise ni la moindre information de [[O:Burotech]].

Nous vous mettons donc en demeure de livrer les trois bureaux manquants et de remplacer les deux caissons endommagés avant le 28 juin. À défaut, nous retiendrons 30 % du montant de la facture n° F-60421 et nous nous réservons le droit de saisir le [[O:Tribunal de commerce de Tours]].

Veuillez agréer, Monsieur, nos salutations distinguées.

[[P:Sandrine Morel]]
Associée, [[O:Morel & Associés Expertise Comptable]]
[[L:Tours]]
""")

add("fr", "bank_letter", """
[[O:Banque Arverne SA]]
Agence Jaude – 17, place de Jaude – 63000 [[L:Clermont-Ferrand]]

Madame [[P:Élodie Chassagne]]
5, allée des Sorbiers
63400 [[L:Chamalières]]

[[L:Clermont-Ferrand]], le 21 mai 2024

Objet : Incident de paiement – chèque n° 4410923

Madame,

Nous vous informons que le chèque n° 4410923 d'un montant de 1 250,00 €, émis à l'ordre du [[O:Garage Pélissier]], a été présenté le 20 mai sur votre compte courant, dont le solde disponible était insuffisant.

Nous vous invitons à régulariser la situation en approvisionnant votre compte avant le 31 mai. À défaut, nous serions contraints de rejeter ce chèque et de déclarer l'incident à la [[O:Banque de France]], ce qui entraînerait une interdiction d'émettre des chèques.

Votre conseillère, Mme [[P:Laure Besson]], se tient à votre disposition au 04 73 90 21 65 pour examiner avec vous une solution, par exemple une autorisation de découvert.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

[[P:Laure Besson]]
Conseillère clientèle, [[O:Banque Arverne]]
""")

add("fr", "insurance_letter", """
[[O:Mutuelle Atlantique Assurances]]
Service sinistres habitation – 44000 [[L:Nantes]]

M. et Mme [[P:Julien Perrin]]

Objet : Dégât des eaux du 2 février 2024 – dossier n° H24-05519

Madame, Monsieur,

Suite à votre déclaration du 3 février concernant le dégât des eaux survenu dans votre appartement de [[L:Saint-Nazaire]], nous avons mandaté le cabinet [[O:Expertis Ouest]], qui s'est rendu sur place le 19 février.

Selon le rapport de M. [[P:Gaëtan Le Bihan]], la fuite provient d'une canalisation de l'appartement situé à l'étage supérieur, occupé par Mme [[P:Odile Caradec]]. [[O:Mutuelle Atlantique]] prend en charge votre sinistre et exercera ensuite un recours contre l'assureur de Mme [[P:Caradec]], la [[O:MAIF]].

L'indemnité s'élève à 2 340,00 €, après déduction de la franchise de 150,00 €. Elle sera versée sur votre compte sous dix jours. Le devis de l'entreprise [[O:Peintures Guérin]] que vous nous avez transmis pour la remise en peinture a été accepté.

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

[[P:Claire Jaouen]]
Gestionnaire sinistres, [[O:Mutuelle Atlantique Assurances]]
""")

add("fr", "tenancy_correspondence", """
De : [[P:Yasmine Benali]]
À : gestion@agence-vieuxport.fr
Objet : Préavis de départ – appartement 3e étage, 24 rue Sainte

Bonjour Monsieur [[P:Castellani]],

Je vous informe de mon intention de quitter l'appartement que je loue au 24 rue Sainte à [[L:Marseille]], géré par l'[[O:Agence Immobilière du Vieux-Port]]. Le logement se situant en zone tendue, mon préavis est d'un mois ; je libérerai donc les lieux le 30 novembre 2024.

Je souhaiterais convenir d'une date pour l'état des lieux de sortie, idéalement le 29 novembre en fin de matinée, et connaître le délai de restitution du dépôt de garantie de 950 €. Je pars m'installer à [[L:Montpellier]] pour un poste chez [[O:Occitanie Data]].

Cordialement,
[[P:Yasmine Benali]]

---

Bonjour Madame [[P:Benali]],

Nous prenons bonne note de votre préavis. L'état des lieux est fixé au vendredi 29 novembre à 11 h avec ma collègue [[P:Sonia Mercier]]. Le dépôt de garantie vous sera restitué dans un délai d'un mois après la remise des clés, déduction faite des éventuelles réparations.

Bien à vous,
[[P:Fabrice Castellani]]
[[O:Agence du Vieux-Port]] – [[L:Marseille]]
""")

add("fr", "meeting_notes", """
Compte rendu de réunion – Partenariat logistique
Date : 14 mars 2024, locaux d'[[O:Aérofret SAS]], [[L:Toulouse]]

Participants :
– [[P:Philippe Marty]], directeur des opérations, [[O:Aérofret]]
– [[P:Nathalie Combes]], responsable achats, [[O:Aérofret]]
– [[P:Karim Haddou]], directeur commercial, [[O:TransPyrénées Logistique SA]]
– [[P:Anne-Sophie Roux]], juriste, [[O:TransPyrénées]]
Excusé : [[P:Olivier Darras]], [[O:Airbus]]

1. Volumes : M. [[P:Marty]] présente les prévisions 2024 : environ 1 800 palettes par mois entre [[L:Toulouse]] et [[L:Saint-Nazaire]], principalement des pièces destinées aux sites d'[[O:Airbus]].

2. Conditions : M. [[P:Haddou]] propose un tarif de 142 € par palette, dégressif au-delà de 2 000 palettes. Mme [[P:Combes]] juge ce tarif élevé et demande une contre-proposition.

3. Contrat : Mme [[P:Roux]] transmettra un projet de contrat-cadre d'ici le 29 mars. [[O:TransPyrénées]] étudiera la possibilité d'ouvrir une plateforme à [[L:Colomiers]].

Prochaine réunion : 4 avril 2024 à [[L:Toulouse]].
Rédaction : [[P:Nathalie Combes]]
""")

add("fr", "news_item", """
Le [[O:Groupe Vernier]] rachète la start-up bordelaise [[O:Solvéa]]

[[L:BORDEAUX]] – Le [[O:Groupe Vernier]], spécialiste des équipements de cuisine professionnelle, a annoncé mardi l'acquisition de [[O:Solvéa SAS]], une jeune entreprise qui développe des fours à induction connectés. Le montant de l'opération n'a pas été communiqué, mais il serait compris entre 40 et 60 millions d'euros selon [[O:Les Échos]].

Fondée en 2019 par [[P:Clémence Aubry]] et [[P:Yann Le Floch]], [[O:Solvéa]] emploie 85 personnes et a réalisé un chiffre d'affaires de 12 millions d'euros en 2023. Parmi ses clients figurent plusieurs chaînes de restauration ainsi que la [[O:SNCF]], qui en équipe ses voitures-bars.

« Nous allons accélérer notre développement à l'international tout en restant à [[L:Bordeaux]] », a déclaré Mme [[P:Aubry]], qui rejoint le comité exécutif de [[O:Vernier]]. Le groupe, basé à [[L:Annecy]], prévoit de créer 50 emplois sur le site girondin d'ici 2026.

L'opération doit encore être autorisée par l'[[O:Autorité de la concurrence]].
""")

add("fr", "expense_report", """
NOTE DE FRAIS – Déplacement professionnel

Collaborateur : [[P:Julien Marchand]]
Société : [[O:Hexalis Ingénierie SAS]], [[L:Grenoble]]
Mission : audit du site de production des [[O:Fromageries Delorme]] à [[L:Besançon]], du 9 au 11 octobre 2024
Centre de coût : 3140 – Qualité

Détail des dépenses :
– Billets de train [[L:Grenoble]] – [[L:Besançon]] aller-retour, [[O:SNCF]] : 118,60 €
– Hébergement 2 nuits, hôtel à [[L:Besançon]] : 196,00 €
– Repas (4) : 82,40 €
– Dîner de travail avec [[P:Sophie Delorme]], directrice qualité des [[O:Fromageries Delorme]], et [[P:Marc Tissot]], consultant : 134,50 €
– Location de voiture [[O:Europcar]] pour la visite de la fromagerie de [[L:Pontarlier]] : 89,00 €
– Carburant : 31,20 €

Total : 651,70 €

Commentaires : le dîner de travail a été validé au préalable par M. [[P:Dufresne]]. Le ticket de carburant est joint ; la facture de location sera envoyée par [[O:Europcar]] directement au service comptable d'[[O:Hexalis]].

Fait à [[L:Grenoble]], le 14 octobre 2024
Signature du collaborateur : [[P:Julien Marchand]]
Visa du responsable : [[P:Olivier Dufresne]], directeur technique, [[O:Hexalis Ingénierie]]
""")

add("fr", "public_notice", """
[[O:Ville de Quimper]]
Direction de l'urbanisme
Hôtel de Ville – 29000 [[L:Quimper]]

Monsieur [[P:Loïc Kerhervé]]
Gérant de la [[O:SCI Kerhervé Patrimoine]]
11, rue du Parc – 29000 [[L:Quimper]]

Objet : Arrêté de non-opposition à déclaration préalable n° DP 029 232 24 00087

Monsieur,

Par la présente, je vous informe que le Maire de [[L:Quimper]] ne s'oppose pas à la déclaration préalable déposée le 12 février 2024 au nom de la [[O:SCI Kerhervé Patrimoine]] pour le remplacement des menuiseries et le ravalement de la façade de l'immeuble situé 11, rue du Parc.

Le bâtiment se trouvant dans le périmètre de protection de la cathédrale, l'avis du service départemental de l'architecture a été recueilli. Il est favorable, sous réserve de l'emploi de menuiseries en bois de teinte gris-bleu ; le devis de la [[O:Menuiserie Le Gall]] joint au dossier est conforme à cette prescription.

L'arrêté est affiché en mairie pendant deux mois. Les tiers disposent de ce délai pour former un recours devant le [[O:Tribunal administratif de Rennes]].

Pour le Maire et par délégation,
[[P:Anne Le Berre]]
Adjointe à l'urbanisme, [[O:Ville de Quimper]]
""")

# =============================================================================
# SPANISH
# =============================================================================

add("es", "customer_service_email", """
Asunto: RE: Incidencia con la factura de marzo – cliente 30018842

Hola, [[P:Sofía]]:

Gracias por escribir al servicio de atención al cliente de [[O:Energía Levante Comercializadora, S.L.]] He revisado su factura de marzo y, efectivamente, se le aplicó por error el precio de su contrato anterior en lugar de la tarifa que contrató en febrero.

Hemos emitido una factura rectificativa de 38,72 € a su favor, que se descontará en el próximo recibo, así que no tiene que hacer nada más. Además, hemos comunicado el cambio a la distribuidora [[O:i-DE Redes Eléctricas Inteligentes]] para que las lecturas de su contador en [[L:Alicante]] se asocien correctamente al nuevo contrato.

Si tiene cualquier otra duda, puede responder a este correo o llamarnos al 900 41 52 63.

Un saludo,
[[P:Javier Molina]]
Atención al Cliente – [[O:Energía Levante]]
clientes@energialevante.es

----- Mensaje original -----
De: [[P:Sofía Navarro Pastor]]
Enviado: 2 de abril de 2024
Buenos días: en la factura de marzo me cobran 0,21 €/kWh, cuando mi contrato dice otra cosa. ¿Pueden revisarlo? Gracias. [[P:Sofía Navarro]]
""")

add("es", "gdpr_access_request", """
[[P:Alberto Ruiz Cabrera]]
C/ Doctor Fleming 23, 3.º B – 35004 [[L:Las Palmas de Gran Canaria]]

A la atención del Delegado de Protección de Datos
[[O:Gimnasios Fitvalle, S.L.]]

Asunto: Ejercicio del derecho de acceso (art. 15 RGPD)

Muy señores míos:

Fui socio de [[O:Fitvalle]] en el centro de [[L:Telde]] entre 2021 y 2023. Por medio del presente escrito ejerzo mi derecho de acceso y solicito que me informen de qué datos personales tratan sobre mí –incluidas las imágenes de videovigilancia y los registros de acceso con huella–, con qué finalidad, a quién se han comunicado y durante cuánto tiempo se conservarán.

Si no recibo respuesta en el plazo de un mes, presentaré una reclamación ante la [[O:Agencia Española de Protección de Datos]].

Atentamente,
[[P:Alberto Ruiz]]

---

Estimado Sr. [[P:Ruiz]]:

Le adjuntamos la información solicitada. [[O:Gimnasios Fitvalle]] conserva sus datos de contacto y su historial de pagos durante seis años por obligación fiscal. Las imágenes de videovigilancia se borran a los 30 días, y la plantilla de su huella se eliminó al darse de baja. Sus datos bancarios se comunicaron únicamente a [[O:CaixaBank]] para el cobro de los recibos domiciliados.

Atentamente,
[[P:Marta Quintana]]
Delegada de Protección de Datos
""")

add("es", "job_application", """
Asunto: Candidatura – Técnico de mantenimiento industrial (ref. MT-0424)

Estimada Sra. [[P:Echeverría]]:

Me dirijo a usted para presentar mi candidatura al puesto de técnico de mantenimiento industrial publicado por [[O:Aceros del Nervión, S.A.]] en [[O:InfoJobs]]. Conozco bien la trayectoria de [[O:Aceros del Nervión]] y me motiva especialmente la posibilidad de participar en la modernización de su planta de [[L:Barakaldo]].

Soy técnico superior en Mecatrónica Industrial por el [[O:Instituto Politécnico Easo]] de [[L:San Sebastián]] y llevo cinco años trabajando en [[O:Talleres Urkiola]], en [[L:Eibar]], donde me encargo del mantenimiento preventivo y correctivo de prensas y robots de soldadura. También he participado en la instalación de líneas automatizadas para [[O:Mercedes-Benz]] en su planta de [[L:Vitoria]].

Adjunto mi currículum y una carta de referencia de mi responsable, [[P:Iñaki Urkiola]]. Quedo a su disposición para una entrevista en [[L:Bilbao]] o por videoconferencia.

Atentamente,
[[P:Unai Garmendia Arrieta]]
""")

add("es", "purchase_order", """
PEDIDO DE COMPRA N.º 2024/0388

Comprador: [[O:Bodegas Hermanos Salcedo, S.A.]]
Camino de la Estación s/n – 26200 [[L:Haro]] ([[L:La Rioja]])
Proveedor: [[O:Vidrieras del Ebro, S.L.]]
Polígono Industrial El Sequero – 26150 [[L:Agoncillo]]
Fecha: 11 de julio de 2024
Contacto: [[P:Raquel Ibáñez]] (Compras) – compras@bodegassalcedo.es

Estimado Sr. [[P:Zubiri]]:

Conforme a su oferta del 2 de julio, les confirmamos el siguiente pedido:

1. Botella bordelesa 75 cl, verde oscuro: 60.000 uds. × 0,31 € = 18.600,00 €
2. Botella borgoñona 75 cl, extra blanca: 12.000 uds. × 0,44 € = 5.280,00 €
3. Transporte hasta nuestra bodega de [[L:Haro]]: incluido

Importe total (IVA no incluido): 23.880,00 €

Entrega en dos partidas, la primera antes del 2 de septiembre, antes de la vendimia. Las botellas deberán llegar paletizadas y retractiladas. Forma de pago: confirming a 60 días a través de [[O:Banco Sabadell]].

Rogamos a [[O:Vidrieras del Ebro]] que confirme el pedido por escrito.

Atentamente,
[[P:Raquel Ibáñez]]
Departamento de Compras – [[O:Bodegas Salcedo]]
""")

add("es", "delivery_complaint", """
Asunto: Reclamación por retraso y daños – pedido 7712-B

Estimados señores de [[O:Muebles Tajo, S.L.]]:

El pasado 20 de mayo realizamos un pedido de 30 sillas y 8 mesas para la terraza de nuestro restaurante en [[L:Toledo]]. Su comercial, [[P:Óscar Benítez]], nos garantizó la entrega antes del 1 de junio. Sin embargo, el mobiliario no llegó hasta el 14 de junio, después de tres llamadas a su oficina de [[L:Talavera de la Reina]], y lo trajo la agencia [[O:SEUR]] sin aviso previo.

Además, cuatro sillas tienen las patas dobladas y una mesa tiene el tablero rajado. Lo dejamos anotado en el albarán en presencia del conductor.

El retraso nos obligó a alquilar mobiliario durante dos fines de semana a [[O:Eventos Castilla]], con un coste de 420 €. Por ello solicitamos a [[O:Muebles Tajo]] la sustitución inmediata de las piezas dañadas y un descuento equivalente al coste del alquiler. Si no recibimos respuesta en diez días, presentaremos una reclamación ante la [[O:Junta de Comunidades de Castilla-La Mancha]].

Atentamente,
[[P:Rocío Manzano]]
Gerente – [[O:Restaurante La Almazara]]
[[L:Toledo]]
""")

add("es", "bank_letter", """
[[O:BBVA]]
Oficina 0417 – 47001 [[L:Valladolid]]

D. [[P:Ignacio Herrero Martín]]
C/ Gamazo 18, 2.º izda.
47004 [[L:Valladolid]]

[[L:Valladolid]], 9 de septiembre de 2024

Asunto: Resolución de su reclamación por operaciones no autorizadas

Estimado Sr. [[P:Herrero]]:

Hemos finalizado el análisis de las tres operaciones realizadas con su tarjeta de débito el 28 de agosto en un comercio en línea de [[L:Lituania]], por un importe total de 1.146,00 €, que usted nos comunicó ese mismo día como no autorizadas.

Tras la revisión, [[O:BBVA]] ha concluido que las operaciones no fueron autenticadas por usted, por lo que le hemos abonado el importe íntegro en su cuenta con fecha valor del 28 de agosto. Su tarjeta quedó bloqueada y la nueva le llegará en unos cinco días hábiles.

Si no está conforme con esta resolución, puede dirigirse al Servicio de Atención al Cliente del banco y, posteriormente, al [[O:Banco de España]].

Atentamente,
[[P:Elena Sastre]]
Directora de la oficina 0417
""")

add("es", "insurance_letter", """
[[O:Mutua Cantábrica de Seguros]]
Departamento de Siniestros – 39002 [[L:Santander]]

Sra. Dña. [[P:Beatriz Gómez Arce]]
C/ Consolación 14
39300 [[L:Torrelavega]]

Asunto: Siniestro n.º 24-HG-07731 – Póliza de hogar 5501920

Estimada Sra. [[P:Gómez]]:

En relación con el robo en su vivienda de [[L:Torrelavega]] ocurrido el 15 de abril, le informamos de que el perito designado por [[O:Mutua Cantábrica]], D. [[P:Fernando Llano]], de [[O:Peritaciones Norte, S.L.]], ha valorado los daños en la puerta de entrada en 1.230 € y los objetos sustraídos en 3.480 €, de los que 1.900 € corresponden a joyas.

Según las condiciones de su póliza, las joyas están cubiertas hasta un máximo de 1.500 €, por lo que la indemnización total asciende a 4.310 €. Para proceder al pago necesitamos una copia de la denuncia presentada ante la [[O:Guardia Civil]] y las facturas de compra del ordenador y de la bicicleta.

Puede enviar la documentación a su mediador, [[O:Correduría Pereda]], o directamente a siniestros@mutuacantabrica.es.

Atentamente,
[[P:Ana Ceballos]]
Tramitadora de siniestros – [[O:Mutua Cantábrica de Seguros]]
""")

add("es", "tenancy_correspondence", """
De: [[P:Lorena Vidal]] <lvidal.soler@gmail.com>
Para: alquileres@acostadelsol.es
Asunto: Humedades en el piso – C/ Los Almendros 12, 4.º A

Buenos días, [[P:Francisco]]:

Le escribo de nuevo por las humedades en el dormitorio principal del piso que alquilo en [[L:Málaga]]. Desde las lluvias de marzo la mancha del techo ha crecido y ya hay moho en el armario. Según el vecino del quinto, el problema viene de la terraza comunitaria, que es responsabilidad de la comunidad de propietarios.

Le agradecería que [[O:Administraciones Costa del Sol]] enviara a alguien esta semana y me confirmara quién se hará cargo de la reparación. Mientras tanto, he tenido que comprar un deshumidificador.

Un saludo,
[[P:Lorena Vidal Soler]]

---

Hola, [[P:Lorena]]:

Disculpe la demora. He hablado con la presidenta de la comunidad, [[P:Pilar Moreno]], y el jueves por la mañana pasará un técnico de [[O:Impermeabilizaciones Guadalhorce]] para revisar la terraza. El propietario, D. [[P:Joaquín Ríos]], ha aceptado pagarle el deshumidificador: envíenos el tique y se lo descontaremos del alquiler de mayo.

Saludos cordiales,
[[P:Francisco Aguilar]]
[[O:Administraciones Costa del Sol, S.L.]] – [[L:Málaga]]
""")

add("es", "meeting_notes", """
ACTA DE REUNIÓN – Digitalización de la red de tiendas
Fecha: 6 de febrero de 2024, 10:00 h
Lugar: oficinas de [[O:Almacenes Giralda, S.A.]], [[L:Sevilla]]

Asistentes:
- [[P:Manuel Cordero]], director de operaciones, [[O:Almacenes Giralda]]
- [[P:Inmaculada Reyes]], responsable de tiendas, [[O:Almacenes Giralda]]
- [[P:David Sanz]], socio, [[O:Datalia Consultores Tecnológicos]]
- [[P:Laura Pérez Ochoa]], jefa de proyecto, [[O:Datalia]]
- [[P:Tomás Ruano]], [[O:Telefónica]] (por videoconferencia desde [[L:Madrid]])

1. Situación actual. [[P:Inmaculada]] explica que las 42 tiendas de [[L:Andalucía]] y [[L:Extremadura]] siguen usando terminales de venta distintos y que el inventario se cuadra a mano cada semana.

2. Propuesta. [[O:Datalia]] presenta un plan en tres fases; la primera incluiría las tiendas de [[L:Sevilla]], [[L:Huelva]] y [[L:Badajoz]]. [[P:Tomás Ruano]] confirma que [[O:Telefónica]] puede garantizar la conexión de fibra en todas ellas antes de junio.

3. Acuerdos. [[P:Manuel Cordero]] pide una valoración económica detallada, que [[P:Laura Pérez]] enviará antes del 20 de febrero.

Próxima reunión: 27 de febrero, [[L:Sevilla]].
""")

add("es", "news_item", """
[[O:Grupo Hostelero Mirador]] abrirá cinco hoteles y contratará a 400 personas

[[L:PALMA]], 14 de marzo. – [[O:Grupo Hostelero Mirador, S.A.]] cerró 2023 con unos ingresos de 312 millones de euros, un 18 % más que el año anterior, y un beneficio neto de 41 millones, según las cuentas remitidas este jueves a la [[O:Comisión Nacional del Mercado de Valores]] ([[O:CNMV]]).

La cadena mallorquina prevé abrir cinco nuevos hoteles en 2024 y 2025: dos en [[L:Ibiza]], uno en [[L:Tenerife]], uno en [[L:Lisboa]] y otro en [[L:Cancún]], este último en alianza con la promotora mexicana [[O:Inmobiliaria Caribe Azul]]. Las aperturas supondrán la contratación de unas 400 personas.

El consejero delegado, [[P:Jaume Ferrà]], explicó que [[O:Mirador]] quiere reducir su dependencia de los mercados británico y alemán. "Queremos que la mitad de nuestros clientes lleguen de fuera de [[L:Europa]] en 2027", afirmó.

Los sindicatos [[O:CCOO]] y [[O:UGT]] han pedido a [[O:Mirador]] que los nuevos contratos sean indefinidos. En bolsa, las acciones de la compañía subieron un 3,2 %.
""")

add("es", "travel_booking", """
Asunto: Confirmación de reserva – viaje a [[L:Lisboa]] (localizador K7TR2M)

Estimado Sr. [[P:Domínguez]]:

Le confirmamos la reserva de su viaje de empresa, gestionado por [[O:Viajes Meridiano, S.L.]] para [[O:Construcciones Pardo y Asociados, S.A.]]:

Pasajero: [[P:Rafael Domínguez Prieto]]
Ida: martes 21 de mayo, [[O:Iberia]] IB3106, [[L:Madrid]] 09:05 – [[L:Lisboa]] 09:25 (hora local)
Vuelta: jueves 23 de mayo, [[O:TAP Air Portugal]] TP1026, [[L:Lisboa]] 19:00 – [[L:Madrid]] 21:20
Tarifa: Business Flex, equipaje de 2 × 23 kg incluido
Alojamiento: 2 noches en habitación doble de uso individual con desayuno, a diez minutos a pie de las oficinas de [[O:Engenharia Tejo, Lda.]], donde se celebrarán las reuniones. Tarifa corporativa: 165 € por noche.

Importe total: 1.284,70 €, que se cargará a la cuenta de empresa de [[O:Construcciones Pardo]].

Le recordamos que para viajar a [[L:Portugal]] necesita el DNI o el pasaporte en vigor. Si desea modificar la reserva, contacte con su agente, [[P:Cristina Lozano]], en el 91 445 30 72.

Un cordial saludo,
[[P:Cristina Lozano]]
[[O:Viajes Meridiano]] – [[L:Madrid]]
""")

add("es", "public_notice", """
[[O:Ayuntamiento de Salamanca]]
Servicio de Gestión Tributaria
Plaza Mayor 1 – 37002 [[L:Salamanca]]

NOTIFICACIÓN DE PROVIDENCIA DE APREMIO

Obligado tributario: [[O:Reformas Tormes, S.L.]] (NIF B37284411)
Representante: D. [[P:Julián Sánchez Garrido]]
Domicilio: C/ Azafranal 40, 37001 [[L:Salamanca]]
Concepto: Impuesto sobre Actividades Económicas, ejercicio 2023
Importe principal: 1.842,60 €

Por la presente se notifica a [[O:Reformas Tormes]] que, finalizado el periodo voluntario de pago sin que se haya satisfecho la deuda indicada, se ha dictado providencia de apremio con un recargo del 20 %, por lo que el importe a ingresar asciende a 2.211,12 €.

El pago podrá realizarse en cualquier oficina de [[O:Unicaja]] o de [[O:Banco Santander]] presentando este documento, o en la sede electrónica del [[O:Ayuntamiento de Salamanca]]. Si no se efectúa el ingreso en plazo, se procederá al embargo de bienes de [[O:Reformas Tormes]].

Contra esta providencia podrá interponerse recurso de reposición en el plazo de un mes y, en su caso, recurso contencioso-administrativo ante los [[O:Juzgados de lo Contencioso-Administrativo de Salamanca]].

[[L:Salamanca]], 3 de junio de 2024
La Tesorera, [[P:María Jesús Corral]]
""")

# =============================================================================
# ITALIAN
# =============================================================================

add("it", "customer_service_email", """
Oggetto: R: Reso ordine n. 771034 – numero errato

Gentile [[P:Giulia]],

grazie per aver contattato l'assistenza clienti di [[O:Calzaturificio Bertolini S.p.A.]] Ci scusiamo per l'errore: al posto del numero 38 Le sono state spedite scarpe numero 39.

Abbiamo già predisposto il ritiro gratuito tramite [[O:BRT]], che passerà all'indirizzo di [[L:Padova]] indicato nell'ordine mercoledì 17 aprile tra le 9 e le 13. Non è necessario stampare l'etichetta: la porterà il corriere. Appena il pacco arriverà al nostro magazzino di [[L:Vigevano]], Le invieremo il paio corretto con spedizione prioritaria.

Se preferisce il rimborso, Le verrà accreditato entro cinque giorni lavorativi sulla carta utilizzata per l'acquisto.

Cordiali saluti,
[[P:Federica Moretti]]
Servizio Clienti [[O:Bertolini]]
assistenza@bertolinishoes.it

----- Messaggio originale -----
Da: [[P:Giulia Benedetti]]
Inviato: lunedì 15 aprile 2024 21:03
Buonasera, ho ricevuto oggi le décolleté modello Sirena ma il numero è sbagliato. Come posso fare il cambio? Grazie, [[P:Giulia Benedetti]]
""")

add("it", "gdpr_access_request", """
[[P:Stefano Colombo]]
Via delle Rose 18 – 20099 [[L:Sesto San Giovanni]]

Spett.le [[O:Telesfera Italia S.p.A.]]
Alla c.a. del Responsabile della Protezione dei Dati
Via Tortona 25 – 20144 [[L:Milano]]

Oggetto: Richiesta di accesso ai dati personali ai sensi dell'art. 15 del Regolamento (UE) 2016/679

Il sottoscritto [[P:Stefano Colombo]], titolare di un'utenza fissa, chiede a [[O:Telesfera Italia]] di confermare se siano in corso trattamenti di dati personali che lo riguardano e, in tal caso, di riceverne copia, insieme alle finalità del trattamento e all'elenco dei destinatari. Negli ultimi mesi ho ricevuto numerose telefonate promozionali da parte di [[O:Promovox S.r.l.]], che dichiara di agire per vostro conto.

In assenza di riscontro entro trenta giorni mi rivolgerò al [[O:Garante per la protezione dei dati personali]].

Distinti saluti,
[[P:Stefano Colombo]]

---

Gentile Sig. [[P:Colombo]],

in riscontro alla Sua richiesta, Le trasmettiamo in allegato i dati anagrafici, contrattuali e di traffico conservati da [[O:Telesfera]]. Confermiamo che [[O:Promovox]] ha operato come nostro responsabile del trattamento fino a gennaio 2024; il Suo numero è stato ora inserito nella lista di esclusione dal telemarketing.

Cordiali saluti,
Avv. [[P:Chiara Rinaldi]]
Responsabile della Protezione dei Dati, [[O:Telesfera Italia S.p.A.]]
""")

add("it", "job_application", """
Oggetto: Candidatura per la posizione di Junior Data Analyst

Gentile Dott.ssa [[P:Ferri]],

ho letto con grande interesse l'annuncio pubblicato da [[O:Orbitalia Analytics S.r.l.]] sul portale placement dell'[[O:Università di Bologna]] e desidero proporre la mia candidatura per la posizione di Junior Data Analyst presso la vostra sede di [[L:Bologna]].

A luglio ho conseguito la laurea magistrale in Statistica con una tesi sulla previsione della domanda energetica, svolta in collaborazione con [[O:Hera S.p.A.]] Durante il tirocinio di sei mesi presso [[O:Unipol]], a [[L:Bologna]], ho sviluppato modelli di previsione dell'abbandono dei clienti e ho presentato i risultati al team marketing.

Mi interessa in particolare il lavoro di [[O:Orbitalia]] per i consorzi agricoli dell'[[L:Emilia-Romagna]], un settore che conosco bene grazie all'azienda di famiglia a [[L:Cesena]].

Il mio relatore, il prof. [[P:Marco Gentili]], è disponibile a fornire referenze.

In attesa di un Suo cortese riscontro, porgo distinti saluti.

[[P:Elisa Fabbri]]
""")

add("it", "reference_letter", """
[[O:Studio Legale Martinelli & Associati]]
Via Santa Teresa 12 – 10121 [[L:Torino]]

Lettera di referenze

Con la presente attesto che la dott.ssa [[P:Martina Greco]] ha collaborato con lo [[O:Studio Legale Martinelli & Associati]] in qualità di praticante avvocato da gennaio 2022 a settembre 2024, occupandosi principalmente di diritto societario e contrattualistica commerciale.

In questo periodo [[P:Martina]] ha seguito, sotto la mia supervisione, l'assistenza a [[O:Lavazza]] in alcune trattative con fornitori esteri e ha partecipato alla due diligence per l'acquisizione di [[O:Meccanica Sabauda S.r.l.]] da parte di un fondo di [[L:Londra]]. Ha inoltre redatto pareri per la [[O:Camera di commercio di Torino]].

La dott.ssa [[P:Greco]] ha superato l'esame di abilitazione presso la [[O:Corte d'Appello di Torino]] e lascia lo [[O:Studio Martinelli]] per trasferirsi a [[L:Genova]]. La raccomando con convinzione a qualsiasi studio o azienda.

[[L:Torino]], 30 settembre 2024

Avv. [[P:Paolo Martinelli]]
Socio fondatore
""")

add("it", "purchase_order", """
ORDINE DI ACQUISTO N. 2024/OA/0566

Spett.le [[O:Plastiform Veneta S.r.l.]]
Via dell'Artigianato 9
31015 [[L:Conegliano]]

Data: 8 maggio 2024
Riferimento: Vostra offerta n. 212/24 del 29 aprile 2024

Con la presente [[O:Cantine Rossetto S.p.A.]] ordina quanto segue:

1. Tappi sintetici 24 x 44 mm, stampa a un colore: 150.000 pz × € 0,032 = € 4.800,00
2. Capsule termoretraibili per spumante, colore oro: 80.000 pz × € 0,058 = € 4.640,00

Totale imponibile: € 9.440,00 + IVA 22 %

Consegna: franco nostro stabilimento di [[L:Valdobbiadene]] entro il 31 maggio 2024, su pallet, dal lunedì al venerdì ore 8–12. Pagamento: bonifico a 60 giorni data fattura su [[O:Intesa Sanpaolo]].

Si prega [[O:Plastiform Veneta]] di restituire copia del presente ordine firmata per accettazione all'indirizzo acquisti@cantinerossetto.it. Per questioni tecniche contattare il sig. [[P:Davide Zanin]], responsabile qualità.

Cordiali saluti
[[O:Cantine Rossetto]]
Ufficio Acquisti – [[P:Laura Bortolin]]
""")

add("it", "delivery_complaint", """
Oggetto: Contestazione consegna del 22 ottobre – DDT n. 4418

Spett.le [[O:Ceramiche Sassuolese S.p.A.]],

con la presente contestiamo formalmente la fornitura di piastrelle in gres porcellanato consegnata il 22 ottobre presso il nostro cantiere di [[L:Reggio Emilia]] dal vettore [[O:Arcese Trasporti]].

Dei 420 m² ordinati, solo 310 m² corrispondono al lotto indicato nella conferma d'ordine; i restanti 110 m² appartengono a un lotto di tonalità visibilmente diversa e non possono essere posati nello stesso ambiente. Inoltre, tre bancali sono arrivati con numerose piastrelle scheggiate.

Abbiamo già segnalato il problema al vostro agente, sig. [[P:Roberto Ferrari]], che ci aveva assicurato un riscontro entro 48 ore, mai arrivato. Il ritardo sta bloccando i lavori per il nostro committente, la [[O:Cooperativa Abitare Insieme]].

Chiediamo pertanto a [[O:Ceramiche Sassuolese]] la sostituzione del materiale non conforme entro il 5 novembre, con ritiro a vostro carico. In mancanza, ci riserviamo di addebitarvi i costi del fermo cantiere.

Distinti saluti,
geom. [[P:Alessandro Pini]]
[[O:Edil Pini & Figli S.n.c.]] – [[L:Scandiano]]
""")

add("it", "insurance_letter", """
[[O:Assicurazioni Dolomiti S.p.A.]]
Ufficio Sinistri Auto – 38122 [[L:Trento]]

Egr. Sig. [[P:Matteo Gasperi]]
38068 [[L:Rovereto]]

Oggetto: Sinistro n. 2024/RCA/118273 del 3 marzo 2024 – Proposta di liquidazione

Egregio Sig. [[P:Gasperi]],

facciamo seguito alla denuncia del tamponamento avvenuto il 3 marzo 2024 a [[L:Riva del Garda]], nel quale il Suo veicolo è stato urtato da un'auto assicurata con [[O:Generali Italia]].

Trattandosi di un sinistro che rientra nella procedura di risarcimento diretto, [[O:Assicurazioni Dolomiti]] provvede direttamente alla liquidazione. Sulla base della perizia dell'ing. [[P:Silvia Nardelli]], dello studio [[O:Periti Associati Trentini]], il danno al veicolo è stato quantificato in € 2.780,00 IVA inclusa, più € 180,00 per fermo tecnico.

Le proponiamo quindi un importo complessivo di € 2.960,00. Se accetta, La preghiamo di restituirci firmata l'allegata quietanza: il pagamento avverrà con bonifico entro quindici giorni, anche direttamente alla carrozzeria [[O:Autocarrozzeria Tomasi]] in caso di cessione del credito.

Distinti saluti,
[[P:Luca Bonfanti]]
[[O:Assicurazioni Dolomiti]]
""")

add("it", "tenancy_correspondence", """
Da: [[P:Andrea Russo]] <andrea.russo82@libero.it>
A: amministrazione@immobiliarepartenope.it
Oggetto: Disdetta contratto di locazione – Via Chiaia 210, int. 5

Gentile Sig.ra [[P:Esposito]],

con la presente comunico la disdetta del contratto di locazione dell'appartamento di [[L:Napoli]] in Via Chiaia 210, gestito da [[O:Immobiliare Partenope S.r.l.]] per conto della proprietaria, sig.ra [[P:Rosa De Luca]]. Nel rispetto del preavviso di sei mesi previsto dal contratto, lascerò l'immobile il 31 agosto 2024, perché mi trasferirò a [[L:Roma]] per lavorare presso [[O:Leonardo S.p.A.]]

Vi chiedo di fissare un appuntamento per il sopralluogo e la riconsegna delle chiavi e di indicarmi i tempi per la restituzione del deposito cauzionale di € 2.400,00.

Cordiali saluti,
[[P:Andrea Russo]]

---

Gentile Sig. [[P:Russo]],

prendiamo atto della Sua disdetta. Il sopralluogo è fissato per il 30 agosto alle ore 10:00 con il nostro collaboratore [[P:Gennaro Amato]]. Il deposito Le sarà restituito entro 30 giorni dalla riconsegna, dedotte eventuali spese per danni. La sig.ra [[P:De Luca]] ci ha chiesto di ringraziarLa per la cura con cui ha tenuto l'appartamento.

Cordiali saluti,
[[P:Anna Esposito]]
[[O:Immobiliare Partenope]] – [[L:Napoli]]
""")

add("it", "meeting_notes", """
Verbale di riunione – Progetto "Fabbrica 4.0"
Data: 19 febbraio 2024, ore 14:30
Luogo: sede di [[O:Officine Meccaniche Ravelli S.p.A.]], [[L:Brescia]]

Presenti:
- [[P:Giorgio Ravelli]], amministratore delegato, [[O:Officine Ravelli]]
- [[P:Paola Bianchi]], responsabile produzione, [[O:Officine Ravelli]]
- [[P:Dario Conti]], consulente, [[O:Innovatech Lombardia S.r.l.]]
- [[P:Valentina Sala]], funzionaria, [[O:Regione Lombardia]]
- [[P:Ivan Marchi]], [[O:Siemens Italia]] (collegato da [[L:Milano]])

1. Stato del progetto: la sig.ra [[P:Bianchi]] riferisce che l'installazione dei sensori sulle linee di tornitura è completata al 70 %.
2. Finanziamento: la dott.ssa [[P:Sala]] conferma che il bando regionale copre fino al 40 % dell'investimento; la domanda di [[O:Officine Ravelli]] dovrà essere integrata entro il 15 marzo.
3. Software: [[P:Ivan Marchi]] propone di estendere la piattaforma di [[O:Siemens]] anche allo stabilimento di [[L:Lumezzane]]. [[O:Innovatech]] preparerà un'analisi costi-benefici.

Decisioni: il dott. [[P:Ravelli]] approva il cronoprogramma aggiornato. Prossima riunione: 11 marzo a [[L:Brescia]].

Verbalizzante: [[P:Paola Bianchi]]
""")

add("it", "news_item", """
[[O:Agrivento]] ed [[O:Enel Green Power]] insieme per l'agrivoltaico in [[L:Puglia]]

[[L:BARI]] – La società pugliese [[O:Agrivento S.r.l.]] ed [[O:Enel Green Power]] hanno firmato un accordo per realizzare tre impianti agrivoltaici nelle province di [[L:Foggia]] e [[L:Lecce]], per una potenza complessiva di 120 megawatt. L'investimento previsto supera i 150 milioni di euro.

I pannelli, montati su strutture rialzate, permetteranno di continuare a coltivare grano e ortaggi sui terreni. "È la dimostrazione che energia e agricoltura possono convivere", ha dichiarato [[P:Nicola Stasi]], fondatore e amministratore delegato di [[O:Agrivento]].

Il progetto coinvolgerà anche il [[O:Politecnico di Bari]], che monitorerà le rese agricole per cinque anni, e la cooperativa [[O:Terre di Daunia]], che gestirà le coltivazioni. Secondo [[O:Coldiretti]], iniziative di questo tipo potrebbero ridurre le tensioni tra agricoltori e sviluppatori di impianti solari.

I lavori partiranno nel 2025, dopo il via libera della [[O:Regione Puglia]]. [[O:Enel Green Power]] prevede di assumere 60 tecnici per la fase di costruzione.
""")

add("it", "travel_booking", """
Oggetto: Conferma prenotazione trasferta a [[L:Roma]] – pratica n. 88412

Gentile dott. [[P:Lorenzo Galli]],

su richiesta dell'ufficio del personale di [[O:Farmaceutici Adriatici S.p.A.]], [[O:Viaggimpresa S.r.l.]] Le conferma la seguente prenotazione per l'incontro presso l'[[O:Agenzia Italiana del Farmaco]]:

Andata: lunedì 10 giugno 2024, treno [[O:Trenitalia]] 9521, [[L:Ancona]] 06:12 – [[L:Roma]] 09:40, carrozza 4, posto 7A
Ritorno: martedì 11 giugno 2024, treno [[O:Trenitalia]] 9540, [[L:Roma]] 17:25 – [[L:Ancona]] 20:58
Hotel: 1 notte in camera singola con colazione, a 400 metri dalla sede dell'[[O:AIFA]], tariffa convenzionata € 138,00

Costo complessivo: € 356,80 (treni € 218,80; hotel € 138,00), addebitato sul conto aziendale di [[O:Farmaceutici Adriatici]]. I biglietti elettronici sono allegati a questa e-mail.

Le ricordiamo che il contributo di soggiorno di [[O:Roma Capitale]] (€ 6,00 a notte) va pagato direttamente in hotel. Per modifiche o cancellazioni può rivolgersi alla Sua consulente, sig.ra [[P:Serena Marini]], al numero 071 220 4415.

Cordiali saluti,
[[P:Serena Marini]]
[[O:Viaggimpresa]] – [[L:Ancona]]
""")

add("it", "public_notice", """
[[O:Comune di Firenze]]
Servizio Entrate – Ufficio TARI
50123 [[L:Firenze]]

Spett.le [[O:Bruni Ristorazione S.a.s.]]
alla c.a. del legale rappresentante, sig. [[P:Marco Bruni]]
Via dei Serragli 41 – 50124 [[L:Firenze]]

AVVISO DI ACCERTAMENTO N. 2024/TARI/031877
Oggetto: Tassa sui rifiuti (TARI) – anno 2022 – infedele dichiarazione

Dall'incrocio dei dati catastali con le informazioni trasmesse da [[O:Alia Servizi Ambientali S.p.A.]], gestore del servizio rifiuti, è emerso che i locali di Via dei Serragli 41, occupati da [[O:Bruni Ristorazione]], hanno una superficie di 148 m², a fronte dei 95 m² dichiarati.

Il [[O:Comune di Firenze]] procede pertanto al recupero della tassa dovuta sulla superficie non dichiarata, pari a € 1.364,12, oltre alla sanzione del 100 % e agli interessi, per un totale di € 2.803,47.

Il pagamento deve essere effettuato entro 60 giorni dalla notifica con il modello allegato. Entro lo stesso termine è possibile presentare ricorso alla [[O:Corte di giustizia tributaria di primo grado di Firenze]]. Per chiarimenti è possibile contattare la dott.ssa [[P:Lucia Bandini]] al numero 055 276 1432.

[[L:Firenze]], 12 giugno 2024
Il Funzionario responsabile
[[P:Lucia Bandini]]
""")

# =============================================================================
# DUTCH
# =============================================================================

add("nl", "customer_service_email", """
Onderwerp: RE: Factuur 2024-88312 – dubbel afgeschreven

Beste [[P:Sanne]],

Bedankt voor je bericht aan de klantenservice van [[O:Fietsfabriek Oranje B.V.]] Je hebt gelijk: het bedrag van € 1.249,00 voor je e-bike is op 4 maart door een storing bij onze betaalprovider [[O:Mollie]] twee keer afgeschreven.

We hebben de tweede betaling vandaag teruggestort. Afhankelijk van je bank, in jouw geval [[O:ING]], staat het bedrag binnen één tot drie werkdagen weer op je rekening. Excuses voor het ongemak!

Je fiets wordt zoals afgesproken op zaterdag 16 maart in [[L:Amersfoort]] bezorgd door onze eigen monteur, die hem ook direct voor je afstelt. Heb je nog vragen, bel ons dan op 033 750 12 90.

Met vriendelijke groet,
[[P:Bram de Vries]]
Klantenservice [[O:Fietsfabriek Oranje]]
klantenservice@fietsfabriekoranje.nl

-----Oorspronkelijk bericht-----
Van: [[P:Sanne Visser]]
Verzonden: dinsdag 5 maart 2024 08:41
Hallo, ik zie dat de betaling voor mijn bestelling twee keer van mijn rekening is afgeschreven. Kunnen jullie dat terugboeken? Groet, [[P:Sanne Visser]]
""")

add("nl", "gdpr_access_request", """
[[P:Pieter Bakker]]
Kerkstraat 45
2011 AB [[L:Haarlem]]

Aan: [[O:Delta Zorg N.V.]]
T.a.v. de functionaris gegevensbescherming
Postbus 2200, 3500 GE [[L:Utrecht]]

Onderwerp: Inzageverzoek op grond van artikel 15 AVG

Geachte heer, mevrouw,

Ik ben sinds 2015 verzekerd bij [[O:Delta Zorg]] (relatienummer 40 883 172). Op grond van artikel 15 AVG verzoek ik u mij een overzicht te sturen van alle persoonsgegevens die u over mij verwerkt, inclusief gezondheidsgegevens uit declaraties, de doeleinden van de verwerking, de ontvangers en de bewaartermijnen. Ik wil in het bijzonder weten of mijn gegevens zijn gedeeld met [[O:Vitalis Leefstijlcoaching]], dat mij onlangs ongevraagd benaderde.

Met vriendelijke groet,
[[P:Pieter Bakker]]

---

Geachte heer [[P:Bakker]],

Hierbij ontvangt u het gevraagde overzicht. [[O:Delta Zorg]] heeft uw gegevens niet aan [[O:Vitalis]] verstrekt; wij hebben geen overeenkomst met deze partij. Uw declaratiegegevens bewaren wij zeven jaar vanwege de fiscale bewaarplicht. Bent u het niet eens met onze reactie, dan kunt u een klacht indienen bij de [[O:Autoriteit Persoonsgegevens]].

Met vriendelijke groet,
mr. [[P:Eva Jansen]]
Functionaris gegevensbescherming, [[O:Delta Zorg N.V.]]
""")

add("nl", "reference_letter", """
[[O:Kinderopvang De Regenboog]] · Molenweg 3 · 8011 KN [[L:Zwolle]]

[[L:Zwolle]], 12 augustus 2024

Betreft: referentie

Aan wie het aangaat,

Met genoegen schrijf ik deze referentie voor [[P:Fatima El Amrani]], die van september 2019 tot en met juli 2024 als pedagogisch medewerker bij [[O:Kinderopvang De Regenboog]] heeft gewerkt.

[[P:Fatima]] werkte eerst op onze babygroep en later op de peutergroep. Zij is geduldig en creatief en communiceert helder met ouders. In 2022 nam zij het initiatief voor een samenwerking met bibliotheek [[O:Stadkamer]], waardoor de kinderen elke week werden voorgelezen. Ook rondde zij met succes een opleiding tot VVE-specialist bij [[O:Landstede]] af.

Mevrouw [[P:El Amrani]] verlaat [[O:De Regenboog]] omdat zij met haar gezin naar [[L:Groningen]] verhuist. Wij verliezen een zeer gewaardeerde collega en bevelen haar van harte aan bij elke kinderopvangorganisatie.

Voor aanvullende informatie ben ik bereikbaar via 038 421 77 90.

Met vriendelijke groet,
[[P:Marieke Dijkstra]]
Locatiemanager, [[O:Kinderopvang De Regenboog]]
""")

add("nl", "purchase_order", """
INKOOPORDER 24-0719

Opdrachtgever: [[O:Kwekerij Van Leeuwen B.V.]], Legmeerdijk 240, 1432 KA [[L:Aalsmeer]]
Leverancier: [[O:Kartonnagefabriek Twente B.V.]], Industriestraat 18, 7553 CN [[L:Hengelo]]
Datum: 2 april 2024
Contactpersoon: [[P:Joost van Leeuwen]], inkoop

Geachte heer [[P:Mulder]],

Naar aanleiding van uw offerte van 25 maart bestellen wij hierbij:

1. Trayhoezen bedrukt, formaat 60 x 40 cm: 25.000 stuks à € 0,21 = € 5.250,00
2. Omdozen voor tulpenbundels, 5-laags karton: 8.000 stuks à € 0,64 = € 5.120,00

Totaal exclusief btw: € 10.370,00

Levering uiterlijk 15 april 2024 op ons bedrijf in [[L:Aalsmeer]], op werkdagen tussen 7.00 en 15.00 uur. De dozen moeten voldoen aan de eisen die [[O:Royal FloraHolland]] aan fustverpakking stelt.

Betaling binnen 30 dagen na factuurdatum. Wij verzoeken [[O:Kartonnagefabriek Twente]] deze order binnen drie werkdagen schriftelijk te bevestigen via inkoop@kwekerijvanleeuwen.nl.

Met vriendelijke groet,
[[P:Joost van Leeuwen]]
[[O:Kwekerij Van Leeuwen]]
""")

add("nl", "delivery_complaint", """
Onderwerp: Klacht over levering keukenapparatuur – ordernummer 551208

Geachte heer [[P:De Smet]],

Op 18 september heeft [[O:Horeca Groothandel Vandamme NV]] bij ons restaurant in [[L:Gent]] een combi-stoomoven en een vaatwasmachine geleverd. Helaas zijn wij zeer ontevreden over deze levering.

De chauffeur van [[O:Transport Decock]] kwam drie uur later dan afgesproken, waardoor onze keuken tijdens de lunchdienst geblokkeerd was. Bij het uitpakken bleek bovendien dat de deur van de oven beschadigd was en dat de aansluitslangen van de vaatwasser ontbraken. Uw technicus, [[P:Wim Verstraete]], kon de installatie daardoor niet afronden.

Wij verzoeken [[O:Vandamme]] de oven binnen vijf werkdagen te vervangen of te herstellen en de ontbrekende onderdelen onmiddellijk na te sturen. Tot dat moment houden wij 20 % van het factuurbedrag in.

Gezien onze jarenlange samenwerking met [[O:Horeca Groothandel Vandamme]] rekenen wij op een snelle oplossing.

Met vriendelijke groeten,
[[P:Lotte Claeys]]
Zaakvoerder, [[O:Brasserie Het Pakhuis]]
[[L:Gent]]
""")

add("nl", "bank_letter", """
[[O:ABN AMRO Bank N.V.]]
Postbus 283, 1000 EA [[L:Amsterdam]]

De heer [[P:Henk Brouwer]]
Dorpsstraat 12
1721 BC [[L:Broek op Langedijk]]

[[L:Amsterdam]], 22 mei 2024

Betreft: uw rentevaste periode loopt af

Geachte heer [[P:Brouwer]],

Op 1 september 2024 loopt de rentevaste periode van uw hypotheek met leningnummer 48.22.917.305 af. Het openstaande bedrag is op dat moment € 186.400,00.

U kunt online een nieuwe rentevaste periode kiezen of een afspraak maken met een hypotheekadviseur. Doet u niets, dan krijgt uw lening automatisch een variabele rente, op dit moment 5,1 %. Omdat uw woning energielabel A heeft, komt u in aanmerking voor een rentekorting.

Uw adviseur, mevrouw [[P:Nadia Bouzid]], is bereikbaar via ons kantoor in [[L:Alkmaar]] of op 072 511 46 30. Heeft u een klacht over onze dienstverlening, dan kunt u zich wenden tot het [[O:Kifid]].

Met vriendelijke groet,
[[O:ABN AMRO]]

[[P:Nadia Bouzid]]
Hypotheekadviseur
""")

add("nl", "insurance_letter", """
[[O:Veluwe Schadeverzekeringen N.V.]]
Afdeling Schade, Postbus 410, 7300 AK [[L:Apeldoorn]]

Mevrouw [[P:Linda Hofman]]
Parkweg 8
3871 GH [[L:Hoevelaken]]

Ons kenmerk: WO-24-30817

Geachte mevrouw [[P:Hofman]],

U meldde ons op 12 juni dat bij de hagelbui van 9 juni schade is ontstaan aan het dak en de serre van uw woning in [[L:Hoevelaken]]. Expert [[P:Marco Verbeek]] van [[O:Expertisebureau Oost]] heeft de schade op 18 juni opgenomen.

Volgens zijn rapport bedragen de herstelkosten € 6.815,00. Uw woonhuisverzekering bij [[O:Veluwe Schadeverzekeringen]] dekt hagelschade volledig, met een eigen risico van € 250,00. Wij keren daarom € 6.565,00 uit. Zoals u heeft aangegeven, maken wij het bedrag binnen tien werkdagen over aan [[O:Dakdekkersbedrijf Hendriks]].

De schade aan uw tuinmeubelen valt onder de inboedelverzekering, die u niet bij ons heeft afgesloten. U kunt deze schade melden bij [[O:Centraal Beheer]].

Met vriendelijke groet,
[[P:Yvonne Kok]]
Schadebehandelaar, [[O:Veluwe Schadeverzekeringen]]
""")

add("nl", "tenancy_correspondence", """
Van: [[P:Tim Jacobs]]
Aan: verhuur@woonkracht-rivierenland.nl
Onderwerp: Bezwaar huurverhoging per 1 juli 2024

Geachte heer [[P:Öztürk]],

Op 29 april ontving ik de brief van [[O:Woonkracht Rivierenland]] over de huurverhoging van mijn woning aan de Lingedijk 14 in [[L:Tiel]]. De kale huur stijgt van € 742,10 naar € 786,63, een verhoging van 6 %.

Ik ben het hier niet mee eens. Al sinds oktober vorig jaar heb ik een lekkage bij het badkamerraam gemeld, en ondanks twee bezoeken van uw onderhoudsbedrijf [[O:Bouwbedrijf Rijnstaete]] is het probleem nog steeds niet verholpen. Zolang dit gebrek bestaat, vind ik een huurverhoging niet redelijk. Ik maak daarom bezwaar en leg de zaak zo nodig voor aan de [[O:Huurcommissie]].

Met vriendelijke groet,
[[P:Tim Jacobs]]

---

Beste [[P:Tim]],

Dank voor je bericht. Ik heb [[O:Rijnstaete]] gevraagd volgende week dinsdag het raam te vervangen in plaats van het opnieuw te repareren. [[O:Woonkracht]] houdt de huurverhoging aan tot het gebrek is verholpen; je ontvangt daarover een aparte bevestiging.

Met vriendelijke groet,
[[P:Mehmet Öztürk]]
Woonconsulent, [[O:Woonkracht Rivierenland]], [[L:Tiel]]
""")

add("nl", "meeting_notes", """
Notulen overleg warmtenet Zuid
Datum: 11 maart 2024, 13.30–15.00 uur
Locatie: stadhuis, [[L:Eindhoven]]

Aanwezig:
– [[P:Joris van den Berg]], [[O:Gemeente Eindhoven]] (voorzitter)
– [[P:Esther Willems]], [[O:Ennatuurlijk]]
– [[P:Koen Aerts]], [[O:Aerts Installatietechniek B.V.]]
– [[P:Saskia Meijer]], [[O:Wooncorporatie Kempenhof]]
Afwezig met bericht: [[P:Rik Smeets]], [[O:TU Eindhoven]]

1. Opening. De heer [[P:Van den Berg]] meldt dat de gemeenteraad op 29 februari heeft ingestemd met het voorlopige tracé.

2. Aansluiting woningen. Mevrouw [[P:Meijer]] geeft aan dat [[O:Kempenhof]] in 2025 circa 600 woningen wil aansluiten. [[P:Esther Willems]] bevestigt dat [[O:Ennatuurlijk]] voldoende capaciteit heeft, mits de nieuwe warmtebuffer bij [[L:Veldhoven]] op tijd klaar is.

3. Uitvoering. [[O:Aerts Installatietechniek]] heeft een planning opgesteld; [[P:Koen]] licht toe dat de werkzaamheden in de zomer kunnen starten. Het advies van [[P:Rik Smeets]] over de isolatie van de leidingen wordt per mail nagestuurd.

Actiepunten:
– [[O:Gemeente Eindhoven]]: vergunningaanvraag indienen vóór 1 april.
– [[O:Kempenhof]]: bewoners informeren via een informatieavond.

Volgend overleg: 8 april 2024, [[L:Eindhoven]].
""")

add("nl", "news_item", """
[[O:Solarvloed]] verdubbelt omzet en zoekt 250 monteurs

[[L:UTRECHT]] – Zonnepanelenbedrijf [[O:Solarvloed B.V.]] heeft in 2023 een omzet van 214 miljoen euro behaald, ruim twee keer zoveel als een jaar eerder. Dat maakte het bedrijf uit [[L:Nieuwegein]] woensdag bekend. De nettowinst steeg naar 17 miljoen euro.

Volgens oprichter en topman [[P:Daan Hofstede]] komt de groei vooral van grote daken van bedrijven en boeren. "Particulieren zijn voorzichtiger geworden, maar de zakelijke markt groeit hard," aldus [[P:Hofstede]].

[[O:Solarvloed]] wil dit jaar 250 monteurs aannemen en opent nieuwe vestigingen in [[L:Zwolle]] en [[L:Breda]]. Daarvoor werkt het bedrijf samen met het [[O:ROC Midden Nederland]], dat een speciale opleiding voor zonnepaneelmonteurs start.

Tegelijk loopt er een rechtszaak tegen [[O:Solarvloed]]. Concurrent [[O:Zonnekracht Nederland]] stapte in januari naar de [[O:Rechtbank Midden-Nederland]], omdat [[O:Solarvloed]] twee verkoopmanagers zou hebben weggekocht in strijd met hun concurrentiebeding. Een uitspraak wordt in mei verwacht. [[O:Solarvloed]] wil niet inhoudelijk reageren.
""")

add("nl", "expense_report", """
DECLARATIEFORMULIER REISKOSTEN

Medewerker: [[P:Thijs Vermeulen]]
Werkgever: [[O:Brinkman Adviesgroep B.V.]], [[L:Arnhem]]
Personeelsnummer: 10482
Periode: 4 – 6 november 2024
Doel: bezoek landbouwbeurs en klantbezoek bij [[O:Landtechnik Osterholz GmbH]] in [[L:Hannover]]

Gedeclareerde kosten:
1. Treinreis [[L:Arnhem]] – [[L:Hannover]] v.v., [[O:NS International]]: € 146,20
2. Hotel, 2 nachten in [[L:Hannover]]: € 278,00
3. Lunch met [[P:Heike Osterholz]] en [[P:Rainer Wulf]] van [[O:Landtechnik Osterholz]]: € 71,40
4. Taxi station – beursterrein: € 38,50
5. Maaltijden (eigen): € 54,60

Totaal: € 588,70

Toelichting: bij post 4 ontbreekt een bon, omdat de taxichauffeur alleen contant kon afrekenen. De hotelkosten liggen boven de norm van [[O:Brinkman]] (€ 120 per nacht), omdat tijdens de beurs geen goedkopere kamers beschikbaar waren; mevrouw [[P:Kuipers]] heeft hiervoor op 28 oktober toestemming gegeven.

Ingediend door: [[P:Thijs Vermeulen]], 8 november 2024
Akkoord leidinggevende: [[P:Anke Kuipers]], directeur, [[O:Brinkman Adviesgroep]]
""")

add("nl", "public_notice", """
[[O:Gemeente Leiden]]
Afdeling Belastingen
Postbus 9100, 2300 PC [[L:Leiden]]

De heer [[P:Ruben Koster]]
Breestraat 88
2311 CS [[L:Leiden]]

Aanslagnummer: 2024.118.773.001
Dagtekening: 29 februari 2024

Onderwerp: aanslag gemeentelijke belastingen en WOZ-beschikking 2024

Geachte heer [[P:Koster]],

Hierbij ontvangt u de aanslag gemeentelijke belastingen 2024 van de [[O:Gemeente Leiden]]. De WOZ-waarde van uw woning aan de Breestraat 88 is vastgesteld op € 412.000 (waardepeildatum 1 januari 2023). Op basis hiervan bedraagt de onroerendezaakbelasting € 392,22. Daarnaast brengen wij € 334,80 afvalstoffenheffing en € 201,48 rioolheffing in rekening, samen € 928,50. De waterschapsbelasting wordt apart opgelegd door het [[O:Hoogheemraadschap van Rijnland]].

U kunt het bedrag in tien termijnen betalen via automatische incasso. Bent u het niet eens met de WOZ-waarde, dan kunt u binnen zes weken na de dagtekening bezwaar maken. Tegen de uitspraak op uw bezwaar staat beroep open bij de [[O:Rechtbank Den Haag]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders van [[L:Leiden]],
[[P:Anouk Verhoeven]]
Teamleider Belastingen
""")


# =============================================================================
# Processing
# =============================================================================

def check(text, ents):
    errors = []
    if "[[" in text or "]]" in text:
        errors.append("leftover or malformed markup")
    if not 400 <= len(text) <= 1500:
        errors.append("length %d outside 400-1500" % len(text))
    if text.count("\n\n") < 2:
        errors.append("fewer than three paragraphs")
    spans = []
    for e in ents:
        s = e["text"]
        if text[e["start"]:e["end"]] != s:
            errors.append("offset mismatch for %r" % s)
        if s != s.strip() or s[-1] in ",;:" or s[0] in ".,;:":
            errors.append("untidy entity boundary %r" % s)
        for a, b in spans:
            if a < e["end"] and e["start"] < b:
                errors.append("overlapping entities at %r" % s)
        spans.append((e["start"], e["end"]))
    # No entity may sit inside an e-mail address or URL.
    for m in EMAIL_URL.finditer(text):
        for a, b in spans:
            if a < m.end() and m.start() < b:
                errors.append("entity inside e-mail/URL %r" % m.group())
    # Completeness: every occurrence of an annotated string must be covered.
    for s in sorted({e["text"] for e in ents}):
        for m in re.finditer(r"(?<!\w)" + re.escape(s) + r"(?!\w)", text):
            if not any(a <= m.start() and m.end() <= b for a, b in spans):
                errors.append("unannotated mention of %r at %d" % (s, m.start()))
    # The same surface string should not get different types in one document.
    seen = {}
    for e in ents:
        if seen.setdefault(e["text"], e["type"]) != e["type"]:
            errors.append("inconsistent type for %r" % e["text"])
    return errors


def main():
    out_path = sys.argv[1] if len(sys.argv) > 1 else "docset2.jsonl"
    records, problems = [], []
    for i, (lang, style, marked) in enumerate(DOCS, start=1):
        text, ents = parse(marked)
        for err in check(text, ents):
            problems.append("doc %d (%s/%s): %s" % (i, lang, style, err))
        records.append({"id": i, "style": style, "locale": "%s/docset2" % lang,
                        "text": text, "entities": ents})
    per_lang = Counter(r["locale"].split("/")[0] for r in records)
    for lang in LANGS:
        if per_lang[lang] != 12:
            problems.append("%s has %d documents, expected 12" % (lang, per_lang[lang]))
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit("%d problem(s); nothing written" % len(problems))

    os.makedirs(os.path.dirname(os.path.abspath(out_path)), exist_ok=True)
    with open(out_path, "w", encoding="utf-8") as f:
        for r in records:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")

    # Re-read and re-verify the written file.
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for e in r["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["text"], (r["id"], e)

    counts = Counter((r["locale"].split("/")[0], e["type"])
                     for r in records for e in r["entities"])
    types = ["PERSON", "ORGANIZATION", "LOCATION"]
    print("wrote %d documents to %s" % (len(records), out_path))
    print("%-6s %5s %7s %7s %7s %7s %9s" % ("lang", "docs", "PERSON", "ORG", "LOC",
                                           "total", "avg_chars"))
    tot = Counter()
    for lang in LANGS:
        docs = [r for r in records if r["locale"].startswith(lang + "/")]
        row = [counts[(lang, t)] for t in types]
        for t, n in zip(types, row):
            tot[t] += n
        avg = sum(len(r["text"]) for r in docs) / len(docs)
        print("%-6s %5d %7d %7d %7d %7d %9.0f" % (lang, len(docs), *row, sum(row), avg))
    print("%-6s %5d %7d %7d %7d %7d" % ("all", len(records), *[tot[t] for t in types],
                                        sum(tot.values())))


if __name__ == "__main__":
    main()
