#!/usr/bin/env python3
"""The document set: 72 business documents (letters, contracts, complaints
and replies, press releases, minutes, HR letters, invoices, insurance
letters, e-mail threads), 12 each in English, German, French, Spanish,
Italian and Dutch, in which companies and people are named more than once
(in full with a legal form, then by a short name), annotated with PERSON,
ORGANIZATION and LOCATION. Written on 2026-12-06 by a helper who had not
seen the analyzer, with invented and a few real company names (none from
Faker or mimesis); scored as a held-out set (see bench/pii.sh, PII_DOCSET).

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs.jsonl next to this file).
"""
import collections
import json
import os
import re
import sys

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))


# ---------------------------------------------------------------- English
d("en", "business_letter", """
[[O:Harwood & Pike Ltd]]
14 Canal Street, [[L:Manchester]] M1 3HE
Tel. 0161 496 0732

12 March 2024

Ms [[P:Claire Donnelly]]
Procurement Manager
[[O:Brightwater Foods plc]]
Unit 7, Riverside Park
[[L:Leeds]] LS11 5DR

Dear Ms [[P:Donnelly]],

Re: Renewal of packaging supply agreement

Thank you for meeting my colleague [[P:Tom Ashby]] and me at your [[L:Leeds]] site last Thursday. As discussed, [[O:Harwood & Pike]] is pleased to offer [[O:Brightwater Foods]] a two-year renewal of the current agreement for corrugated shipping cases at the prices set out in the enclosed schedule.

The revised prices reflect an average increase of 3.8%, which is below the rise in board costs reported by our mill partner, [[O:DS Smith]], over the past twelve months. Deliveries would continue from our [[L:Bolton]] warehouse on a weekly basis.

Should you wish to discuss volumes for the new chilled range, Mr [[P:Ashby]] would be happy to visit again at a date of your choosing.

Yours sincerely,

[[P:Rebecca Hale]]
Commercial Director
[[O:Harwood & Pike Ltd]]

Enc. Price schedule 2024-2026
""")

d("en", "supplier_contract", """
SUPPLY AGREEMENT

This Supply Agreement (the "Agreement") is made on 3 June 2024 between:

(1) [[O:Kestrel Components Limited]], a company incorporated in [[L:England]] and [[L:Wales]] (company number 08813456) whose registered office is at 22 Harbour Road, [[L:Southampton]] SO14 2AQ ("[[O:Kestrel]]"); and

(2) [[O:Norvik Marine AS]], a company organised under the laws of [[L:Norway]] with its principal office in [[L:Bergen]] (the "Customer").

1. Subject matter. [[O:Kestrel]] shall manufacture and supply to the Customer stainless steel deck fittings in accordance with the specifications in Schedule 1.

2. Orders and delivery. The Customer shall place call-off orders no later than six weeks before the requested delivery date. Deliveries shall be made DAP [[L:Bergen]] (Incoterms 2020).

3. Prices. Prices are fixed in pounds sterling until 31 December 2025. Thereafter [[O:Kestrel]] may adjust prices once per calendar year on 90 days' written notice.

4. Quality. All goods shall be inspected by [[O:Lloyd's Register]] or another classification society approved by the Customer.

5. Governing law. This Agreement is governed by the laws of [[L:England]].

Signed for and on behalf of [[O:Kestrel Components Limited]]: [[P:Martin Oyelaran]], Managing Director
Signed for and on behalf of [[O:Norvik Marine AS]]: [[P:Ingrid Solberg]], Chief Procurement Officer
""")

d("en", "complaint_letter", """
[[O:Pinecrest Dental Group]]
410 Alder Avenue, Suite 200
[[L:Portland]], [[L:Oregon]] 97205

October 8, 2024

[[O:Summit Office Supply, Inc.]]
Customer Service Department
1200 Industrial Parkway
[[L:Tacoma]], [[L:Washington]] 98421

Re: Order #SO-448213 - damaged chairs and missing credit

Dear Customer Service Team,

On September 17 we received twelve ergonomic task chairs ordered from [[O:Summit Office Supply]] for our new clinic in [[L:Beaverton]]. Four of the chairs arrived with cracked bases, and the carrier, [[O:FedEx Freight]], noted the damage on the delivery receipt.

Your representative, [[P:Dana Whitfield]], promised by phone on September 19 that replacements would ship within five business days and that a credit of $1,236.00 would be applied to our account. Three weeks later we have received neither the chairs nor the credit, and Ms. [[P:Whitfield]] has not returned two voicemails.

Please arrange for the replacements to be delivered by October 18 and confirm the credit in writing. If [[O:Summit]] cannot meet this date, we will ask our bank, [[O:U.S. Bank]], to dispute the charge.

Sincerely,

[[P:Marcus Lindqvist]]
Practice Administrator
[[O:Pinecrest Dental Group]]
""")

d("en", "complaint_reply", """
[[O:Alder & Finch Removals Ltd]]
Unit 3, Westgate Trading Estate, [[L:Bristol]] BS3 2LL

19 April 2024

Mr [[P:Hamid Qureshi]]
[[O:Qureshi Accountants LLP]]
45 Queen Square
[[L:Bath]] BA1 2HA

Dear Mr [[P:Qureshi]],

Your complaint of 11 April 2024 - office relocation, reference AF-2291

Thank you for your letter and for the photographs of the damaged filing cabinets. I am sorry that the move of your practice from [[L:Bath]] to [[L:Keynsham]] did not go as planned.

Having reviewed the job sheet with our crew supervisor, [[P:Leanne Carter]], I accept that the cabinets were not wrapped in accordance with our standard procedure. [[O:Alder & Finch]] will therefore reimburse the repair invoice from [[O:Cotswold Office Repairs]] in full (£640.00 plus VAT) and refund 20% of our removal fee as a gesture of goodwill.

We have also notified our insurer, [[O:Aviva]], so that the incident is recorded against this job. You should receive payment within ten working days.

I hope this resolves the matter and that [[O:Qureshi Accountants]] will consider us again in future.

Yours sincerely,

[[P:Graham Finch]]
Director, [[O:Alder & Finch Removals Ltd]]
""")

d("en", "press_release", """
PRESS RELEASE - For immediate release

[[O:Nordlicht Solar]] to acquire [[O:Halden Energy Storage]]

[[L:Hamburg]] / [[L:Glasgow]], 4 September 2024 - [[O:Nordlicht Solar AG]] today announced that it has signed an agreement to acquire 100% of [[O:Halden Energy Storage Ltd]], a [[L:Glasgow]]-based developer of grid-scale battery systems, for a cash consideration of EUR 84 million.

Founded in 2016 by [[P:Fiona MacLeod]] and [[P:Ravi Menon]], [[O:Halden]] has delivered 1.2 GWh of storage capacity to utilities in [[L:Scotland]] and northern [[L:England]]. The company will continue to operate under its own brand, with Ms [[P:MacLeod]] remaining as chief executive.

"Combining our solar parks with [[O:Halden]]'s storage expertise allows us to offer firm renewable power to industrial customers," said [[P:Jan-Erik Brandt]], CEO of [[O:Nordlicht Solar]].

The transaction is subject to approval by the [[O:Competition and Markets Authority]] and is expected to close in the fourth quarter of 2024. [[O:Rothschild & Co]] acted as financial adviser to [[O:Nordlicht Solar]]; [[O:Halden]] was advised by [[O:Addleshaw Goddard]].

Media contact: [[P:Sophie Keller]], Head of Communications, +49 40 555 0192
""")

d("en", "press_release", """
[[O:Corvane Technologies, Inc.]] Reports Third Quarter 2024 Results

[[L:Austin]], [[L:Texas]] - October 24, 2024 - [[O:Corvane Technologies, Inc.]], a provider of warehouse automation software, today reported financial results for the quarter ended September 30, 2024.

Revenue rose 18% year over year to $212.4 million. Subscription revenue grew 27% to $141.0 million and now accounts for two thirds of total revenue. Net income was $19.8 million, or $0.41 per diluted share, compared with $11.2 million a year earlier.

"Demand from third-party logistics operators remained strong, particularly in [[L:Mexico]] and [[L:Canada]]," said [[P:Alicia Romero]], Chief Executive Officer of [[O:Corvane]]. "Our partnership with [[O:Zebra Technologies]] contributed more than forty new customer sites this quarter."

During the quarter [[O:Corvane]] opened a development center in [[L:Kraków]], [[L:Poland]], and completed the acquisition of [[O:Ridgeline Robotics]] of [[L:Pittsburgh]].

Outlook: For the full year 2024, [[O:Corvane]] now expects revenue of $815 million to $825 million.

Management will host a conference call today at 5:00 p.m. Eastern Time. Chief Financial Officer [[P:David Okafor]] will discuss the results in more detail.
""")

d("en", "meeting_minutes", """
[[O:Greenholm Housing Association]]
Minutes of the Board meeting held on 14 February 2024 at the head office in [[L:Norwich]]

Present: [[P:Margaret Ellison]] (Chair), [[P:Owen Pritchard]] (Chief Executive), [[P:Priya Natarajan]] (Finance Director), [[P:Colin Burgess]], [[P:Helen Osei]]
In attendance: [[P:Luke Harrington]] ([[O:Bramley Lowe LLP]], external auditors)
Apologies: [[P:Simon Ward]]

1. Minutes of the previous meeting
The minutes of 8 November 2023 were approved as a correct record.

2. Annual audit
Mr [[P:Harrington]] presented the audit findings. [[O:Bramley Lowe]] expects to issue an unqualified opinion. One recommendation concerned the reconciliation of service charge accounts.

3. Repairs contract
Mr [[P:Pritchard]] reported that [[O:Eastfield Maintenance Ltd]] had requested a 6% uplift. The Board agreed to retender the contract. Ms [[P:Natarajan]] will ask [[O:Eastfield]] for a breakdown of cost increases before the tender opens.

4. Funding
The loan facility with [[O:Lloyds Bank]] has been extended to March 2027. The Board noted a grant of £1.2m from [[O:Homes England]] for the [[L:Thetford]] development.

5. Any other business
None. The meeting closed at 8.40 pm. Next meeting: 10 April 2024.
""")

d("en", "hr_letter", """
[[O:Blackmoor Logistics Ltd]]
Human Resources
Pennine House, 8 Station Road, [[L:Huddersfield]] HD1 1JB

PRIVATE & CONFIDENTIAL
Ms [[P:Aisha Rahman]]
27 Fernbank Close
[[L:Halifax]] HX3 6QL

2 May 2024

Dear [[P:Aisha]],

Offer of employment - Transport Planner

Following your interview with [[P:Neil Dawson]] and me on 25 April, I am delighted to offer you the position of Transport Planner at [[O:Blackmoor Logistics]], based at our [[L:Huddersfield]] depot.

Your starting salary will be £32,500 per year, and you will be entitled to 25 days' annual leave plus bank holidays. You will be enrolled in the company pension scheme administered by [[O:Legal & General]]. This offer is conditional on satisfactory references and a check through the [[O:Disclosure and Barring Service]].

Please confirm your acceptance by signing and returning the enclosed copy of this letter by 16 May 2024. Your proposed start date is Monday 3 June 2024.

We look forward to welcoming you to [[O:Blackmoor]].

Yours sincerely,

[[P:Karen Whitaker]]
HR Manager, [[O:Blackmoor Logistics Ltd]]
""")

d("en", "invoice_cover_note", """
[[O:Tidewell Print & Design Ltd]]
5 Marine Parade, [[L:Brighton]] BN2 1TL
VAT Reg. GB 318 4472 91

Mr [[P:James Corrigan]]
[[O:Corrigan & Shaw Solicitors]]
12 Pavilion Buildings
[[L:Brighton]] BN1 1EE

28 November 2024

Invoice INV-2024-1187

Dear Mr [[P:Corrigan]],

Please find enclosed our invoice for the design and printing of your new client brochure (2,000 copies, A4, 16 pages) and 500 presentation folders, delivered to your [[L:Hove]] office on 21 November.

Net amount: £3,480.00
VAT (20%): £696.00
Total due: £4,176.00

Payment is due within 30 days. Please transfer the amount to our account with [[O:Barclays]], sort code 20-45-77, account number 53812290, quoting the invoice number.

As agreed with your office manager, [[P:Nadia Brooks]], the folder artwork has been archived and can be reused for reprints at no extra charge. If you have any queries about this invoice, please contact me directly.

Thank you for choosing [[O:Tidewell]].

Kind regards,

[[P:Ellen Marsh]]
Accounts Manager, [[O:Tidewell Print & Design]]
""")

d("en", "insurance_letter", """
[[O:Hollins Mutual Insurance]]
Commercial Claims
PO Box 4410, [[L:Birmingham]] B2 4QA

Our ref: CC/88120/LT
Your ref: Policy MPL-550237
9 July 2024

[[O:Redbrook Bakeries Ltd]]
FAO Mr [[P:Peter Linton]], Operations Director
Canal Wharf, [[L:Wolverhampton]] WV1 3LD

Dear Mr [[P:Linton]],

Claim for fire damage at your [[L:Walsall]] production unit, 22 June 2024

We acknowledge receipt of your claim notification. We have appointed [[O:Crawford & Company]] as loss adjusters; their representative, [[P:Sarah Mbeki]], will contact you within two working days to arrange an inspection.

To allow us to assess the business interruption element of the claim, please provide the report of the [[O:West Midlands Fire Service]], management accounts for the last 24 months, and the invoice for the replacement oven ordered from [[O:Rademaker]].

Under the policy, [[O:Redbrook Bakeries]] is covered for loss of gross profit for up to 12 months, subject to an excess of £2,500. An interim payment may be possible once Ms [[P:Mbeki]] has completed her initial report.

Yours sincerely,

[[P:Laura Trent]]
Senior Claims Handler, [[O:Hollins Mutual]]
""")

d("en", "email_thread", """
From: [[P:Oliver Grant]]
Sent: Tuesday, 5 March 2024 16:42
To: [[P:Mei Lin Tan]]
Cc: [[P:Rachel Dunn]]
Subject: RE: Revised delivery schedule - [[O:Quayside Furniture]] order

Hi [[P:Mei Lin]],

Thanks for the update. We can live with the split delivery, but the first batch must reach our [[L:Cardiff]] showroom before the 22nd, as the opening event is already booked. Can [[O:Tanwei Manufacturing]] confirm the vessel and ETA by Friday?

Best,
[[P:Oliver]]

[[P:Oliver Grant]] | Head of Buying | [[O:Quayside Furniture Ltd]] | [[L:Cardiff]]

-----Original Message-----
From: [[P:Mei Lin Tan]]
Sent: Monday, 4 March 2024 09:15
To: [[P:Oliver Grant]]
Subject: Revised delivery schedule - [[O:Quayside Furniture]] order

Dear [[P:Oliver]],

Due to port congestion in [[L:Ningbo]], we propose to ship the 240 dining tables in two lots: 120 units on 8 March via [[O:Maersk]] and the remaining 120 on 29 March. The price remains unchanged.

Kind regards,
[[P:Mei Lin Tan]]
Export Sales, [[O:Tanwei Manufacturing Co., Ltd.]], [[L:Ningbo]], [[L:China]]
""")

d("en", "business_letter", """
[[O:Carraig Engineering Ltd]]
Unit 14, Ballycurreen Industrial Estate, [[L:Cork]], [[L:Ireland]]

15 January 2025

[[O:Vantor S.r.l.]]
Attn. Ing. [[P:Paolo Ferretti]]
Via dell'Artigianato 9
36100 [[L:Vicenza]]
[[L:Italy]]

Dear Mr [[P:Ferretti]],

Order confirmation - hydraulic manifold blocks, your PO 2025/014

We are pleased to confirm your order for 350 hydraulic manifold blocks, type HMB-40, at a unit price of EUR 118.50, ex works [[L:Cork]]. Delivery is scheduled in three batches in March, April and May 2025.

As requested, the certificates of conformity will be issued by [[O:SGS]] and sent to [[O:Vantor]] together with each batch. Our forwarding agent, [[O:Kuehne+Nagel]], will contact your warehouse in [[L:Vicenza]] to agree delivery slots.

Payment terms are 60 days net from the date of invoice to our account with [[O:Allied Irish Banks]].

We value the cooperation between [[O:Carraig Engineering]] and [[O:Vantor]] and look forward to a successful year.

Yours sincerely,

[[P:Siobhán O'Donoghue]]
Sales Manager, [[O:Carraig Engineering Ltd]]
""")

# ---------------------------------------------------------------- German
d("de", "business_letter", """
[[O:Keller Haustechnik GmbH]] · Gewerbering 12 · 79108 [[L:Freiburg im Breisgau]]

[[O:Wohnbau Südbaden eG]]
Frau [[P:Sabine Roth]]
Kaiser-Joseph-Straße 240
79098 [[L:Freiburg im Breisgau]]

[[L:Freiburg]], 11. März 2024

Angebot Nr. 2024-118 – Austausch der Heizungsanlage

Sehr geehrte Frau [[P:Roth]],

vielen Dank für Ihre Anfrage vom 28. Februar und das freundliche Gespräch bei der Begehung Ihrer Wohnanlage in [[L:Emmendingen]]. Wie besprochen, erhalten Sie anbei unser Angebot für den Austausch der beiden Gas-Brennwertkessel gegen eine Luft-Wasser-Wärmepumpenanlage mit Pufferspeicher.

Die Wärmepumpen stammen von [[O:Viessmann]]; die Montage übernimmt unser Meister Herr [[P:Tobias Brandl]] mit seinem Team. Die Ausführung ist für die 18. bis 20. Kalenderwoche vorgesehen. Den Förderantrag beim [[O:BAFA]] stellen wir gern für Sie.

Der Angebotspreis beträgt 48.760,00 € netto zzgl. 19 % MwSt. Das Angebot ist bis zum 30. April 2024 gültig.

Für Rückfragen stehen Herr [[P:Brandl]] und ich Ihnen jederzeit zur Verfügung. Wir würden uns freuen, den Auftrag für [[O:Wohnbau Südbaden]] ausführen zu dürfen.

Mit freundlichen Grüßen

[[P:Markus Keller]]
Geschäftsführer

Sitz: [[L:Freiburg]] · Registergericht: [[O:Amtsgericht Freiburg]] HRB 704512 · Bank: [[O:Sparkasse Freiburg-Nördlicher Breisgau]]
""")

d("de", "supplier_contract", """
Rahmenliefervertrag

zwischen der [[O:Hanseatische Verpackungswerke GmbH]], Billstraße 88, 20539 [[L:Hamburg]], vertreten durch den Geschäftsführer [[P:Dirk Petersen]],
– nachfolgend „[[O:HVW]]“ genannt –

und der [[O:Feinkost Albers GmbH & Co. KG]], Am Speicher 4, 28217 [[L:Bremen]], vertreten durch die Prokuristin [[P:Jana Albers]],
– nachfolgend „Käufer“ genannt –

§ 1 Vertragsgegenstand
(1) [[O:HVW]] liefert dem Käufer Faltschachteln und Transportverpackungen gemäß den in Anlage 1 festgelegten Spezifikationen.
(2) Einzelbestellungen erfolgen schriftlich oder über das Kundenportal von [[O:HVW]].

§ 2 Preise und Zahlung
(1) Es gelten die Preise der Anlage 2 zuzüglich der gesetzlichen Umsatzsteuer.
(2) Rechnungen sind innerhalb von 30 Tagen ohne Abzug zahlbar. Bei Zahlung innerhalb von 10 Tagen gewährt [[O:HVW]] 2 % Skonto.

§ 3 Lieferung
Die Lieferung erfolgt frei Haus an das Lager von [[O:Feinkost Albers]] in [[L:Bremen]].

§ 4 Laufzeit
Der Vertrag tritt am 1. Juli 2024 in Kraft und läuft zwei Jahre. Er verlängert sich um jeweils ein Jahr, wenn er nicht mit einer Frist von drei Monaten gekündigt wird.

§ 5 Schlussbestimmungen
Gerichtsstand ist [[L:Hamburg]]. Es gilt das Recht der [[L:Bundesrepublik Deutschland]].

[[L:Hamburg]], den 14. Juni 2024

[[P:Dirk Petersen]], [[O:Hanseatische Verpackungswerke GmbH]]
[[P:Jana Albers]], [[O:Feinkost Albers GmbH & Co. KG]]
""")

d("de", "complaint_letter", """
[[O:Schreinerei Wagner GmbH]]
Industriestraße 7
84028 [[L:Landshut]]

[[O:Holzhandel Brunner KG]]
Abt. Verkauf
Münchener Straße 112
85354 [[L:Freising]]

[[L:Landshut]], 4. Oktober 2024

Reklamation – Lieferung vom 30.09.2024, Lieferschein Nr. 55218

Sehr geehrte Damen und Herren,

am 30. September haben wir von Ihnen 48 Platten Eiche massiv (26 mm, Qualität A/B) erhalten. Bei der Eingangskontrolle hat unser Werkstattleiter Herr [[P:Florian Maier]] festgestellt, dass 17 Platten deutliche Risse und Verfärbungen aufweisen und damit nicht der bestellten Qualität entsprechen. Fotos und das Prüfprotokoll liegen diesem Schreiben bei.

Das Holz ist für einen Auftrag der [[O:Stadtwerke Landshut]] bestimmt, den wir bis Ende Oktober fertigstellen müssen. Wir fordern Sie daher auf, die mangelhaften Platten bis spätestens 11. Oktober 2024 kostenfrei zu ersetzen und die beschädigte Ware bei uns abzuholen.

Sollte [[O:Holzhandel Brunner]] diese Frist nicht einhalten können, behalten wir uns vor, Ersatz bei einem anderen Lieferanten zu beschaffen und Ihnen die Mehrkosten in Rechnung zu stellen.

Ihr Außendienstmitarbeiter Herr [[P:Pichler]] ist über den Vorgang bereits telefonisch informiert.

Mit freundlichen Grüßen

[[P:Stefan Wagner]]
Geschäftsführer
[[O:Schreinerei Wagner GmbH]]
""")

d("de", "complaint_reply", """
[[O:Lumera Elektrogeräte GmbH]]
Kundenservice
Postfach 10 22 45
50462 [[L:Köln]]

Frau
[[P:Petra Hofmann]]
Lindenallee 23
44137 [[L:Dortmund]]

[[L:Köln]], 22. Mai 2024

Ihre Beschwerde vom 13. Mai 2024 – Kaffeevollautomat Modell CV 500, Seriennummer 2231-88410

Sehr geehrte Frau [[P:Hofmann]],

vielen Dank für Ihr Schreiben. Es tut uns sehr leid, dass Ihr Gerät bereits zum zweiten Mal innerhalb der Garantiezeit ausgefallen ist und Sie bei unserer Hotline mehrfach vertröstet wurden.

Wir haben den Reparaturbericht unseres Servicepartners [[O:TechnoService Rhein-Ruhr GmbH]] geprüft. Der erneute Defekt der Brüheinheit ist auf ein fehlerhaftes Bauteil zurückzuführen. Da eine dritte Reparatur für Sie nicht zumutbar ist, bietet Ihnen [[O:Lumera]] den kostenlosen Austausch gegen ein Neugerät desselben Modells an. Alternativ erstatten wir Ihnen den Kaufpreis von 649,00 €.

Bitte teilen Sie uns Ihre Entscheidung mit. Die Abholung des defekten Geräts veranlassen wir über [[O:DHL]]; die Kosten übernimmt selbstverständlich [[O:Lumera Elektrogeräte]].

Als kleine Entschädigung für die Unannehmlichkeiten legen wir einen Gutschein über 50 € für unseren Onlineshop bei.

Mit freundlichen Grüßen

[[P:Melanie Kurz]]
Leiterin Kundenservice
[[O:Lumera Elektrogeräte GmbH]]
""")

d("de", "press_release", """
Pressemitteilung

[[O:Aurento AG]] erwirbt Mehrheit an [[O:Kraus Medizintechnik]]

[[L:Stuttgart]], 17. Januar 2024 – Die [[O:Aurento AG]], ein Anbieter von Software für Krankenhäuser, übernimmt 75 Prozent der Anteile an der [[O:Kraus Medizintechnik GmbH]] mit Sitz in [[L:Tuttlingen]]. Über den Kaufpreis haben die Parteien Stillschweigen vereinbart. Firmengründer [[P:Helmut Kraus]] behält 25 Prozent und bleibt Mitglied der Geschäftsführung.

[[O:Kraus Medizintechnik]] entwickelt und fertigt chirurgische Instrumente und beschäftigt rund 180 Mitarbeiterinnen und Mitarbeiter. Mit der Übernahme will [[O:Aurento]] seine Lösungen zur Instrumentenverfolgung im Operationssaal mit eigener Hardware verbinden.

„Mit [[O:Kraus Medizintechnik]] gewinnen wir einen Partner mit hervorragendem Ruf“, sagt Dr. [[P:Claudia Nguyen]], Vorstandsvorsitzende der [[O:Aurento AG]]. „Gemeinsam können wir Kliniken in [[L:Deutschland]], [[L:Österreich]] und der [[L:Schweiz]] ein durchgängiges System anbieten.“

Die Transaktion steht unter dem Vorbehalt der Freigabe durch das [[O:Bundeskartellamt]]. Beraten wurde [[O:Aurento]] von [[O:Gleiss Lutz]] und der [[O:Deutschen Bank]].

Pressekontakt:
[[P:Lena Hartmann]], Unternehmenskommunikation, [[O:Aurento AG]], Königstraße 40, 70173 [[L:Stuttgart]]
""")

d("de", "press_release", """
[[O:Rheinwerk Chemie SE]]: Umsatz 2023 leicht rückläufig, Ergebnis stabil

[[L:Krefeld]], 12. März 2024 – Die [[O:Rheinwerk Chemie SE]] hat im Geschäftsjahr 2023 einen Konzernumsatz von 1,42 Milliarden Euro erzielt (Vorjahr: 1,51 Mrd. €). Der Rückgang um 6 Prozent ist vor allem auf niedrigere Verkaufspreise im Segment Kunststoffadditive zurückzuführen. Das bereinigte EBITDA blieb mit 198 Mio. € nahezu auf Vorjahresniveau.

„Trotz der schwachen Nachfrage aus der Bauindustrie haben wir unsere Marge gehalten“, erklärte Vorstandschef [[P:Thomas Engelhardt]]. Positiv entwickelte sich das Geschäft in [[L:Nordamerika]] und in [[L:Indien]], wo [[O:Rheinwerk]] im Herbst ein neues Werk in [[L:Pune]] in Betrieb genommen hat. Mit [[O:BASF]] wurde zudem ein langfristiger Liefervertrag für Vorprodukte verlängert.

Finanzvorständin [[P:Birgit Sommer]] kündigte an, die Dividende bei 1,10 € je Aktie zu halten. Für 2024 erwartet [[O:Rheinwerk Chemie]] einen Umsatz zwischen 1,40 und 1,50 Milliarden Euro.

Die Hauptversammlung findet am 8. Mai 2024 in [[L:Düsseldorf]] statt.
""")

d("de", "meeting_minutes", """
Protokoll der Projektbesprechung „Neubau Logistikzentrum [[L:Erfurt]]“

Datum: 6. Februar 2024, 10:00–11:30 Uhr
Ort: Besprechungsraum 2, [[O:Thüringer Baugesellschaft mbH]], [[L:Erfurt]]
Teilnehmer: [[P:Andreas Köhler]] ([[O:Thüringer Baugesellschaft]], Projektleitung), [[P:Nina Schubert]] ([[O:Schubert + Lang Architekten]]), [[P:Ralf Dietz]] ([[O:Spedition Dietz GmbH]], Bauherr), [[P:Katrin Vogt]] (Protokoll)

TOP 1 Terminplan
Herr [[P:Köhler]] berichtet, dass die Bodenplatte witterungsbedingt zwei Wochen später als geplant betoniert wird. Der Fertigstellungstermin 30. September 2024 bleibt nach Einschätzung der [[O:Thüringer Baugesellschaft]] haltbar.

TOP 2 Änderung Hallentore
Frau [[P:Schubert]] stellt die geänderte Planung mit zwölf statt zehn Verladetoren vor. Herr [[P:Dietz]] bestätigt den Bedarf. Die Mehrkosten von ca. 86.000 € netto werden als Nachtrag beauftragt.

TOP 3 Brandschutz
Die Stellungnahme der [[O:Berufsfeuerwehr Erfurt]] liegt vor. Das Gutachten der [[O:DEKRA]] zur Sprinkleranlage wird bis 20. Februar erwartet.

Nächster Termin: 20. Februar 2024, 10:00 Uhr, auf der Baustelle.

Protokoll: [[P:K. Vogt]]
""")

d("de", "hr_letter", """
[[O:Bergmann & Söhne Maschinenbau GmbH]]
Personalabteilung
Talstraße 19 · 57072 [[L:Siegen]]

Arbeitszeugnis

Herr [[P:Jonas Albrecht]], geboren am 14. August 1991 in [[L:Olpe]], war vom 1. April 2019 bis zum 31. Januar 2024 in unserem Unternehmen als Konstrukteur in der Abteilung Sondermaschinenbau tätig.

Die [[O:Bergmann & Söhne Maschinenbau GmbH]] entwickelt und fertigt mit rund 320 Beschäftigten Umform- und Prüfmaschinen für die Automobilindustrie.

Zu den Aufgaben von Herrn [[P:Albrecht]] gehörten insbesondere die Konstruktion von Baugruppen mit SolidWorks, die Erstellung von Fertigungszeichnungen sowie die technische Abstimmung mit Kunden wie der [[O:ZF Friedrichshafen AG]] und der [[O:Mahle GmbH]].

Herr [[P:Albrecht]] hat die ihm übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit erledigt. Sein Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets einwandfrei.

Herr [[P:Albrecht]] verlässt [[O:Bergmann & Söhne]] auf eigenen Wunsch, um eine Stelle in [[L:Schweden]] anzutreten. Wir bedauern seine Entscheidung, danken ihm für die sehr gute Zusammenarbeit und wünschen ihm für seine berufliche und private Zukunft alles Gute.

[[L:Siegen]], 31. Januar 2024

[[P:Ute Bergmann]], Geschäftsführerin
[[P:Carsten Reuter]], Leiter Personal
""")

d("de", "invoice_cover_note", """
[[O:Datenwerk IT-Service GmbH]] · Hafenstraße 3 · 48153 [[L:Münster]]

[[O:Steuerberatung Lorenz & Partner mbB]]
Herrn [[P:Michael Lorenz]]
Domplatz 8
48143 [[L:Münster]]

Rechnung Nr. RE-2024-0417
Rechnungsdatum: 30. April 2024
Kundennummer: 10388

Sehr geehrter Herr [[P:Lorenz]],

für die im April 2024 erbrachten Leistungen berechnen wir Ihnen:

Pos. 1  Wartungspauschale Server und Netzwerk (April 2024)  450,00 €
Pos. 2  Migration von 14 Arbeitsplätzen, 12 Std. à 95,00 €  1.140,00 €
Pos. 3  Lieferung und Einrichtung Firewall  780,00 €
Nettobetrag  2.370,00 €
zzgl. 19 % USt.  450,30 €
Rechnungsbetrag  2.820,30 €

Bitte überweisen Sie den Rechnungsbetrag bis zum 14. Mai 2024 ohne Abzug auf unser Konto bei der [[O:Volksbank Münsterland Nord eG]], IBAN DE12 4036 1906 0123 4567 00.

Die Arbeiten vor Ort hat unser Techniker Herr [[P:Kevin Schulte]] am 16. und 17. April durchgeführt; das Abnahmeprotokoll wurde von Ihrer Mitarbeiterin Frau [[P:Yilmaz]] unterzeichnet.

Vielen Dank für Ihren Auftrag. Wir freuen uns auf die weitere Zusammenarbeit mit [[O:Lorenz & Partner]].

Mit freundlichen Grüßen
[[P:Sandra Becker]]
Buchhaltung, [[O:Datenwerk IT-Service GmbH]]
""")

d("de", "insurance_letter", """
[[O:Elbtal Versicherung AG]]
Schadenabteilung Gewerbe
Postfach 12 04 33
01005 [[L:Dresden]]

[[O:Autohaus Seidel GmbH]]
Herrn [[P:Frank Seidel]]
Bautzner Straße 55
01099 [[L:Dresden]]

Schadennummer: GW-2024-338170
[[L:Dresden]], 2. August 2024

Hagelschaden vom 18. Juli 2024 an Ihrem Betriebsgelände in [[L:Radebeul]]

Sehr geehrter Herr [[P:Seidel]],

wir bestätigen den Eingang Ihrer Schadenmeldung. Nach Ihren Angaben wurden bei dem Unwetter 37 Fahrzeuge auf dem Freigelände sowie das Glasdach des Ausstellungsraums beschädigt.

Zur Feststellung der Schadenhöhe haben wir den Sachverständigen Herrn [[P:Olaf Kranz]] ([[O:Kranz & Wendt Sachverständige GmbH]]) beauftragt. Er wird sich in den nächsten Tagen bei Ihnen melden.

Für Fahrzeuge, die im Eigentum der [[O:Volkswagen Financial Services]] stehen, benötigen wir zusätzlich die Zustimmung des Finanzierers zur Regulierung an [[O:Autohaus Seidel]].

Der Hagelschaden ist über die Betriebsinhaltsversicherung mit einer Selbstbeteiligung von 2.500 € je Ereignis gedeckt. Eine Abschlagszahlung ist nach Vorliegen des Gutachtens möglich.

Mit freundlichen Grüßen
[[O:Elbtal Versicherung AG]]
i. A. [[P:Heike Lehmann]]
""")

d("de", "email_thread", """
Von: [[P:Julia Brenner]]
Gesendet: Donnerstag, 7. November 2024 11:05
An: [[P:Tim Ostermann]]
Betreff: AW: Messestand [[L:Nürnberg]] – Anlieferung der Exponate

Hallo Herr [[P:Ostermann]],

danke für die schnelle Rückmeldung. Dann planen wir die Anlieferung am Montag, 18.11., zwischen 7 und 9 Uhr über Tor 4. Die Spedition [[O:Haberl Transporte]] hat die Ladeliste bereits erhalten. Bitte geben Sie mir noch Bescheid, ob [[O:Ostermann Messebau]] auch den Gabelstapler stellt.

Viele Grüße
[[P:Julia Brenner]]
Marketing · [[O:Vitrona Glas GmbH]] · [[L:Passau]]

-----Ursprüngliche Nachricht-----
Von: [[P:Tim Ostermann]]
Gesendet: Mittwoch, 6. November 2024 17:48
An: [[P:Julia Brenner]]
Betreff: Messestand [[L:Nürnberg]] – Anlieferung der Exponate

Sehr geehrte Frau [[P:Brenner]],

der Standbau für [[O:Vitrona Glas]] in Halle 7 ist am 19.11. abgeschlossen. Die Exponate können ab Montag, 18.11., angeliefert werden. Den Stapler und zwei Mann stellen wir, die Kosten sind im Angebot enthalten.

Mit freundlichen Grüßen
[[P:Tim Ostermann]]
[[O:Ostermann Messebau GmbH & Co. KG]], [[L:Fürth]]
""")

d("de", "business_letter", """
[[O:Falkner Consulting GmbH]]
Mainzer Landstraße 176
60327 [[L:Frankfurt am Main]]

Einschreiben mit Rückschein
[[O:Taunus Immobilien Verwaltung GmbH]]
Herrn [[P:Reinhard Scholz]]
Louisenstraße 84
61348 [[L:Bad Homburg vor der Höhe]]

[[L:Frankfurt am Main]], 26. Juni 2024

Kündigung des Gewerbemietvertrags vom 1. Oktober 2018 – Büroflächen 3. OG

Sehr geehrter Herr [[P:Scholz]],

hiermit kündigt die [[O:Falkner Consulting GmbH]] den oben genannten Mietvertrag fristgerecht zum 31. Dezember 2024. Hintergrund ist der Umzug unseres Teams an den neuen Standort in [[L:Eschborn]], den wir gemeinsam mit unserem Schwesterunternehmen [[O:Falkner Digital]] beziehen werden.

Wir bitten um eine schriftliche Bestätigung des Kündigungszeitpunkts und um einen Terminvorschlag für die Vorabnahme der Räume. Ansprechpartnerin bei [[O:Falkner Consulting]] ist unsere Office-Managerin Frau [[P:Anja Wolff]].

Die Mietsicherheit in Form einer Bürgschaft der [[O:Commerzbank]] bitten wir nach Rückgabe der Räume freizugeben.

Mit freundlichen Grüßen

[[P:Sebastian Falkner]]
Geschäftsführer
[[O:Falkner Consulting GmbH]]
""")

# ---------------------------------------------------------------- French
d("fr", "business_letter", """
[[O:Maison Delaunay SAS]]
Négoce de vins
14, quai des Chartrons
33000 [[L:Bordeaux]]

[[O:Brasserie Gaillard SARL]]
À l'attention de M. [[P:Julien Gaillard]]
8, place Bellecour
69002 [[L:Lyon]]

[[L:Bordeaux]], le 5 février 2024

Objet : Présentation de notre sélection printemps 2024

Monsieur,

Suite à notre rencontre au salon professionnel de [[L:Paris]] la semaine dernière, j'ai le plaisir de vous adresser notre catalogue de printemps ainsi que les conditions réservées aux professionnels de la restauration. Comme convenu, [[O:Maison Delaunay]] vous propose une remise de 8 % sur toute première commande supérieure à 1 500 € HT.

Nous avons retenu pour [[O:Brasserie Gaillard]] plusieurs vins de [[L:Provence]] et du [[L:Languedoc]] particulièrement adaptés à votre carte. La livraison est assurée sous 72 heures par notre transporteur partenaire, [[O:Geodis]], franco de port à partir de 24 bouteilles.

Notre représentante à [[L:Lyon]], Mme [[P:Camille Roux]], prendra contact avec vous afin d'organiser une dégustation dans votre établissement.

Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

[[P:Hélène Delaunay]]
Directrice commerciale, [[O:Maison Delaunay SAS]]
SAS au capital de 120 000 € – RCS [[L:Bordeaux]] 512 334 871
""")

d("fr", "supplier_contract", """
CONTRAT DE FOURNITURE

ENTRE LES SOUSSIGNÉS :

La société [[O:Atelier Moreau Emballages SARL]], immatriculée au RCS de [[L:Nantes]] sous le numéro 438 219 556, dont le siège social est situé 27, rue de la Garenne, 44100 [[L:Nantes]], représentée par M. [[P:Bertrand Moreau]], gérant,
ci-après dénommée « [[O:Moreau Emballages]] » ou « le Fournisseur »,

ET

La société [[O:Biscuiterie de l'Erdre SAS]], dont le siège social est situé 3, allée des Tanneurs, 44470 [[L:Carquefou]], représentée par Mme [[P:Sophie Lemaire]], directrice générale,
ci-après dénommée « le Client »,

IL A ÉTÉ CONVENU CE QUI SUIT :

Article 1 – Objet
Le présent contrat a pour objet la fourniture par [[O:Moreau Emballages]] de boîtes en carton imprimées destinées au conditionnement des biscuits du Client.

Article 2 – Prix
Les prix figurent en annexe 1. Ils sont fermes jusqu'au 31 décembre 2024 et pourront ensuite être révisés selon l'indice publié par l'[[O:INSEE]].

Article 3 – Livraison
Les livraisons sont effectuées à l'usine du Client à [[L:Carquefou]], dans un délai de dix jours ouvrés à compter de la commande.

Article 4 – Durée
Le contrat est conclu pour une durée de deux ans à compter du 1er mars 2024.

Article 5 – Litiges
Tout litige sera soumis au [[O:Tribunal de commerce de Nantes]].

Fait à [[L:Nantes]], le 20 février 2024, en deux exemplaires.
""")

d("fr", "complaint_letter", """
[[O:Cabinet Vidal Architectes]]
22, rue Paradis
13001 [[L:Marseille]]

[[O:Bureautique Provence SARL]]
Service clients
ZI Les Paluds
13400 [[L:Aubagne]]

[[L:Marseille]], le 9 septembre 2024
Lettre recommandée avec accusé de réception

Objet : Réclamation – contrat de maintenance n° MP-2231

Madame, Monsieur,

Notre cabinet a conclu avec [[O:Bureautique Provence]] un contrat de maintenance incluant une intervention sous 8 heures ouvrées. Or, notre photocopieur multifonction est hors service depuis le 2 septembre et, malgré quatre appels à votre service technique, aucun technicien ne s'est déplacé.

Votre technicien habituel, M. [[P:Karim Benali]], nous a indiqué qu'une pièce était en rupture chez le fabricant [[O:Ricoh]]. Nous n'avons toutefois reçu aucune confirmation écrite ni proposition de matériel de remplacement.

Cette situation nous cause un préjudice important : nous devons remettre mercredi prochain les plans d'un projet réalisé pour le compte de [[O:Nexity]].

Nous vous mettons donc en demeure de rétablir le fonctionnement de l'appareil ou de fournir un matériel équivalent sous 48 heures. À défaut, nous suspendrons le paiement des redevances et nous réservons le droit de résilier le contrat.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

[[P:Laurent Vidal]]
Gérant, [[O:Cabinet Vidal Architectes]]
""")

d("fr", "complaint_reply", """
[[O:Voyages Azur SAS]]
Service relations clientèle
45, boulevard Gambetta
06000 [[L:Nice]]

M. [[P:François Girard]]
[[O:Girard Conseil]]
17, rue Nationale
37000 [[L:Tours]]

[[L:Nice]], le 3 juillet 2024

Objet : Votre réclamation du 21 juin 2024 – séminaire à [[L:Lisbonne]], dossier n° VA-77412

Monsieur,

Nous avons bien reçu votre courrier concernant le séminaire organisé pour les douze collaborateurs de [[O:Girard Conseil]] du 12 au 14 juin à [[L:Lisbonne]], et nous vous présentons nos excuses pour les désagréments rencontrés.

Après vérification auprès de la compagnie [[O:TAP Air Portugal]], il apparaît que le retard de votre vol retour résultait d'une grève du personnel au sol, circonstance indépendante de notre volonté. En revanche, la salle de réunion réservée n'était effectivement pas disponible le premier jour, ce qui relève de la responsabilité de [[O:Voyages Azur]].

Nous vous proposons donc un avoir de 1 200 € valable 18 mois, ou un remboursement de 900 € par virement. Vous pouvez par ailleurs solliciter directement auprès de [[O:TAP]] l'indemnisation prévue par le règlement européen.

Votre conseillère, Mme [[P:Nathalie Perrin]], reste à votre disposition.

Nous vous prions d'agréer, Monsieur, l'expression de nos sincères salutations.

[[P:Éric Fontaine]]
Responsable qualité, [[O:Voyages Azur SAS]]
""")

d("fr", "press_release", """
COMMUNIQUÉ DE PRESSE

[[O:Groupe Ardent]] finalise l'acquisition de [[O:Thermibat]]

[[L:Lille]], le 15 octobre 2024 – [[O:Groupe Ardent]], spécialiste de l'efficacité énergétique des bâtiments, annonce la finalisation de l'acquisition de 100 % du capital de [[O:Thermibat SAS]], installateur de pompes à chaleur basé à [[L:Amiens]].

Fondée en 2009 par [[P:Pascal Lefebvre]], [[O:Thermibat]] emploie 140 salariés et a réalisé un chiffre d'affaires de 31 millions d'euros en 2023. L'entreprise intervient principalement dans les [[L:Hauts-de-France]] et en [[L:Normandie]].

« Ce rapprochement nous permet de doubler notre capacité d'installation dans le nord de la [[L:France]] », déclare [[P:Isabelle Marchand]], présidente de [[O:Groupe Ardent]]. M. [[P:Lefebvre]] rejoint le comité de direction du groupe.

L'opération est financée par un crédit syndiqué arrangé par [[O:BNP Paribas]] et le [[O:Crédit Agricole Nord de France]]. [[O:Groupe Ardent]] était conseillé par le cabinet [[O:Fidal]].

À propos de [[O:Groupe Ardent]] : créé en 1998 et basé à [[L:Lille]], le groupe compte 1 100 collaborateurs.

Contact presse : [[P:Chloé Bernard]] – 03 20 00 00 00
""")

d("fr", "press_release", """
[[O:Solvéa SA]] : chiffre d'affaires annuel 2023 en hausse de 9 %

[[L:Grenoble]], le 28 février 2024 – [[O:Solvéa]], éditeur de logiciels de gestion pour les collectivités, publie ses résultats annuels 2023, arrêtés par le conseil d'administration le 27 février.

Le chiffre d'affaires consolidé atteint 86,4 M€, en progression de 9 %. Le résultat opérationnel courant s'établit à 11,2 M€, soit une marge de 13,0 %. Le résultat net part du groupe ressort à 7,9 M€.

L'activité a été portée par le développement des offres en mode SaaS et par l'intégration de la société belge [[O:Civitas Software]], acquise en juin 2023 et basée à [[L:Namur]].

« 2023 a été une année de transformation », commente [[P:Marc-Antoine Dubreuil]], président-directeur général de [[O:Solvéa]]. « Nous signons désormais plus de contrats en [[L:Belgique]] et en [[L:Suisse]] qu'en [[L:Île-de-France]]. »

Dividende : le conseil proposera à l'assemblée générale du 6 juin 2024 un dividende de 0,45 € par action.

Perspectives : [[O:Solvéa]] vise un chiffre d'affaires supérieur à 95 M€ en 2024.

Contact investisseurs : [[P:Aurélie Masson]], directrice financière
""")

d("fr", "meeting_minutes", """
Compte rendu de réunion – Comité de pilotage ERP
[[O:Fromageries Vernier SA]]

Date : 11 avril 2024, 14h00–16h00
Lieu : site de [[L:Besançon]], salle 3
Présents : [[P:Philippe Vernier]] (directeur général), [[P:Claire Mathieu]] (DSI), [[P:Stéphane Renaud]] (directeur financier), [[P:Amandine Colin]] ([[O:Axéo Consulting]], cheffe de projet intégrateur)
Excusé : [[P:Luc Barbier]] (directeur industriel)

1. Avancement du projet
Mme [[P:Colin]] présente le planning : la migration des données clients est terminée à 85 %. La bascule vers le nouvel ERP reste prévue le 1er juillet. [[O:Axéo Consulting]] signale un retard sur les interfaces avec l'entrepôt de [[L:Pontarlier]].

2. Budget
M. [[P:Renaud]] indique que le budget consommé atteint 1,12 M€ sur 1,6 M€. Un avenant de 45 000 € demandé par [[O:Axéo]] pour les interfaces logistiques est accepté sous réserve d'un chiffrage détaillé.

3. Formation
Les sessions de formation des utilisateurs auront lieu en juin à [[L:Besançon]] et à [[L:Pontarlier]]. Mme [[P:Mathieu]] coordonnera le calendrier avec les RH.

4. Divers
M. [[P:Vernier]] demande qu'un point soit fait avec le commissaire aux comptes, [[O:KPMG]], sur l'impact de la bascule sur la clôture semestrielle des [[O:Fromageries Vernier]].

Prochaine réunion : 16 mai 2024.
Rédigé par : [[P:Claire Mathieu]]
""")

d("fr", "hr_letter", """
[[O:Transports Lambert & Fils]]
Direction des ressources humaines
ZA du Moulin, 71100 [[L:Chalon-sur-Saône]]

Mme [[P:Sarah Haddad]]
12, rue des Tilleuls
71100 [[L:Chalon-sur-Saône]]

[[L:Chalon-sur-Saône]], le 4 mars 2024

Objet : Confirmation de votre période d'essai

Madame,

Nous avons le plaisir de vous informer que votre période d'essai au poste d'assistante d'exploitation, débutée le 4 décembre 2023, est validée. Votre contrat à durée indéterminée avec [[O:Transports Lambert & Fils]] se poursuit donc aux conditions prévues.

Votre responsable, M. [[P:Olivier Lambert]], a souligné la qualité de votre travail, notamment dans l'organisation des tournées vers [[L:Dijon]] et [[L:Mâcon]] ainsi que dans le suivi du nouveau client [[O:Intermarché]].

À compter du 1er avril 2024, votre salaire brut mensuel sera porté à 2 240 €. Vous bénéficierez également de la mutuelle d'entreprise souscrite auprès de [[O:Harmonie Mutuelle]].

Nous vous remercions pour votre engagement et vous souhaitons une belle continuation au sein de [[O:Lambert & Fils]].

Veuillez agréer, Madame, l'expression de nos salutations distinguées.

[[P:Valérie Dumont]]
Responsable des ressources humaines
""")

d("fr", "invoice_cover_note", """
[[O:Lingua Pro Traductions SARL]]
5, rue du Général-Leclerc
67000 [[L:Strasbourg]]
SIRET 801 552 330 00019

[[O:Alsace Pharma Distribution SAS]]
Mme [[P:Delphine Petit]], service achats
14, rue de l'Industrie
68100 [[L:Mulhouse]]

[[L:Strasbourg]], le 30 septembre 2024

Objet : Facture n° F2024-0593

Madame,

Veuillez trouver ci-joint notre facture relative à la traduction de l'allemand vers le français des notices d'utilisation commandées le 2 septembre (bon de commande n° APD-4471).

– Traduction de 18 500 mots à 0,14 € le mot : 2 590,00 € HT
– Relecture par un second traducteur : 370,00 € HT
Total HT : 2 960,00 €
TVA 20 % : 592,00 €
Total TTC : 3 552,00 €

Le règlement est à effectuer sous 30 jours par virement sur notre compte ouvert au [[O:Crédit Mutuel]].

Les fichiers finaux ont été transmis le 27 septembre à M. [[P:Weber]], votre interlocuteur technique chez le fabricant [[O:Heinrich Schmid Medizintechnik]] à [[L:Fribourg-en-Brisgau]].

Nous remercions [[O:Alsace Pharma Distribution]] pour sa confiance.

Bien cordialement,

[[P:Anne-Sophie Klein]]
Gérante, [[O:Lingua Pro Traductions]]
""")

d("fr", "insurance_letter", """
[[O:Mutuelle Atlantique Assurances]]
Service sinistres entreprises
BP 4410 – 17042 [[L:La Rochelle]] Cedex 1

[[O:Garage Moulin SARL]]
M. [[P:Thierry Moulin]]
8, avenue de la Libération
17300 [[L:Rochefort]]

N/Réf. : SIN-2024-082291
[[L:La Rochelle]], le 14 novembre 2024

Objet : Dégât des eaux du 28 octobre 2024 – contrat multirisque professionnelle n° MRP 66120

Monsieur,

Nous accusons réception de votre déclaration de sinistre concernant l'inondation de votre atelier à [[L:Rochefort]] survenue lors des intempéries du 28 octobre.

Nous avons mandaté le cabinet d'expertise [[O:Polyexpert]], dont l'expert, M. [[P:Jean-Luc Ferrand]], vous contactera prochainement. Nous vous remercions de conserver les équipements endommagés jusqu'à son passage et de réunir les factures d'achat du pont élévateur et de la valise de diagnostic.

Si l'état de catastrophe naturelle est reconnu par arrêté, l'indemnisation sera soumise à la franchise légale. Dans le cas contraire, la franchise contractuelle de 1 000 € s'appliquera à l'indemnisation versée à [[O:Garage Moulin]].

Votre agent général à [[L:Rochefort]], Mme [[P:Corinne Blanc]], reste votre interlocutrice pour toute question.

Veuillez agréer, Monsieur, nos salutations distinguées.

[[P:Sébastien Noël]]
Gestionnaire sinistres, [[O:Mutuelle Atlantique Assurances]]
""")

d("fr", "email_thread", """
De : [[P:Mathilde Garnier]]
Envoyé : mardi 14 mai 2024 10:22
À : [[P:Antoine Roussel]]
Cc : [[P:Yann Le Goff]]
Objet : RE: Salon de [[L:Rennes]] – stand commun

Bonjour [[P:Antoine]],

Parfait pour le partage à 50/50. Je confirme que [[O:Kerlann Cosmétiques]] prendra en charge le mobilier et l'éclairage ; de votre côté, [[O:Océalis]] s'occupe de l'impression des visuels. [[P:Yann]] vous enverra nos fichiers logo d'ici vendredi.

Bonne journée,
[[P:Mathilde]]

[[P:Mathilde Garnier]] – Responsable marketing
[[O:Kerlann Cosmétiques SAS]] – [[L:Quimper]]

-----Message d'origine-----
De : [[P:Antoine Roussel]]
Envoyé : lundi 13 mai 2024 18:05
À : [[P:Mathilde Garnier]]
Objet : Salon de [[L:Rennes]] – stand commun

Bonjour [[P:Mathilde]],

Suite à notre échange téléphonique, je vous confirme l'intérêt d'[[O:Océalis]] pour un stand commun au salon professionnel de [[L:Rennes]] en septembre. L'organisateur nous propose un emplacement de 36 m² dans le hall 2 pour 7 800 € HT. Je propose de partager les frais à parts égales.

Cordialement,
[[P:Antoine Roussel]]
Directeur commercial, [[O:Océalis SARL]], [[L:Saint-Malo]]
""")

d("fr", "business_letter", """
[[O:Chocolaterie Berthier SARL]]
3, rue des Remparts
21200 [[L:Beaune]]

[[O:Dumas & Cie]]
M. [[P:Henri Dumas]]
Rue du Marché 18
1204 [[L:Genève]]
[[L:Suisse]]

[[L:Beaune]], le 2 décembre 2024

Objet : Conditions de distribution 2025

Monsieur,

Je vous remercie pour la commande de fin d'année passée par [[O:Dumas & Cie]] et pour l'excellent accueil réservé à nos ganaches lors de votre dégustation à [[L:Genève]].

Pour 2025, [[O:Chocolaterie Berthier]] souhaite vous confier l'exclusivité de la distribution de ses produits dans les cantons de [[L:Genève]] et de [[L:Vaud]]. Les conditions proposées figurent dans le document joint : remise distributeur de 35 %, minimum de commande de 4 000 CHF par trimestre et livraison franco par [[O:DHL Express]].

Les formalités douanières seront assurées par notre transitaire [[O:Transalp Logistique]], basé à [[L:Annemasse]].

Mon assistante, Mme [[P:Justine Carré]], vous fera parvenir les échantillons de la collection de printemps dès le mois de janvier.

Dans l'attente de votre retour, je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.

[[P:Marion Berthier]]
Gérante, [[O:Chocolaterie Berthier SARL]]
""")

# ---------------------------------------------------------------- Spanish
d("es", "business_letter", """
[[O:Aceites Montoro S.L.]]
Avenida de la Industria, 14
14014 [[L:Córdoba]]

[[O:Distribuciones Garrido e Hijos S.A.]]
Sr. D. [[P:Ramón Garrido]]
Calle de Alcalá, 215
28028 [[L:Madrid]]

[[L:Córdoba]], 8 de abril de 2024

Asunto: Nueva tarifa de precios campaña 2024/2025

Estimado Sr. [[P:Garrido]]:

Nos ponemos en contacto con usted para informarle de que, debido a la evolución del precio del aceite en origen durante la última campaña, [[O:Aceites Montoro]] se ve obligada a actualizar su tarifa a partir del 1 de mayo de 2024. Adjuntamos la nueva lista de precios para todos los formatos de aceite de oliva virgen extra.

Como cliente preferente, [[O:Distribuciones Garrido]] mantendrá un descuento adicional del 4 % sobre tarifa para pedidos superiores a 2.000 litros. Los envíos a su almacén de [[L:Getafe]] seguirán realizándose con [[O:SEUR]] en un plazo máximo de 72 horas.

Nuestra responsable comercial para la zona centro, Dña. [[P:Lucía Navarro]], le visitará en las próximas semanas para presentarle la nueva gama ecológica.

Sin otro particular, le saluda atentamente,

[[P:Antonio Montoro Ruiz]]
Director General
[[O:Aceites Montoro S.L.]]
""")

d("es", "supplier_contract", """
CONTRATO DE SUMINISTRO

En [[L:Barcelona]], a 15 de enero de 2024

REUNIDOS

De una parte, D. [[P:Jordi Puig i Ferrer]], en nombre y representación de [[O:Plàstics Vallès S.L.]], con domicilio social en Carrer de la Indústria, 45, 08210 [[L:Barberà del Vallès]] ([[L:Barcelona]]) y CIF B-61234567 (en adelante, "[[O:Plàstics Vallès]]" o "el Proveedor").

De otra parte, Dña. [[P:Marta Echevarría Sanz]], en nombre y representación de [[O:Cosméticos Lumen S.A.]], con domicilio social en Avenida de Burgos, 16, 28036 [[L:Madrid]] y CIF A-28765432 (en adelante, "el Cliente").

EXPONEN

I. Que [[O:Plàstics Vallès]] se dedica a la fabricación de envases de plástico por inyección y soplado.
II. Que [[O:Cosméticos Lumen]] precisa el suministro de frascos y tapones para su línea de cremas.

CLÁUSULAS

Primera. Objeto. El Proveedor suministrará al Cliente los envases descritos en el Anexo I.

Segunda. Precio. Los precios serán los del Anexo II, IVA no incluido, y se revisarán anualmente conforme al IPC publicado por el [[O:Instituto Nacional de Estadística]].

Tercera. Entrega. Las entregas se realizarán en el almacén del Cliente en [[L:Alcobendas]] en un plazo de quince días.

Cuarta. Duración. El contrato tendrá una duración de tres años.

Quinta. Jurisdicción. Las partes se someten a los Juzgados y Tribunales de [[L:Barcelona]].

Por [[O:Plàstics Vallès S.L.]]: [[P:Jordi Puig i Ferrer]]
Por [[O:Cosméticos Lumen S.A.]]: [[P:Marta Echevarría Sanz]]
""")

d("es", "complaint_letter", """
[[O:Hoteles Costa Azahar S.L.]]
Paseo Marítimo, 88
12560 [[L:Benicàssim]] ([[L:Castellón]])

[[O:Lavandería Industrial Levante S.A.]]
Departamento de Atención al Cliente
Polígono Industrial Sur, calle B, nave 7
12006 [[L:Castellón de la Plana]]

[[L:Benicàssim]], 22 de julio de 2024

Asunto: Reclamación por incumplimiento del servicio de lavandería

Muy señores míos:

Por la presente queremos manifestar nuestro malestar por las reiteradas deficiencias en el servicio que [[O:Lavandería Industrial Levante]] presta a nuestros dos establecimientos desde el inicio de la temporada alta.

Durante las dos últimas semanas, las entregas de ropa de cama al hotel de [[L:Oropesa del Mar]] se han retrasado en cinco ocasiones más de seis horas, y el 17 de julio recibimos 140 juegos de sábanas con manchas que tuvieron que ser rechazados. Todas las incidencias fueron comunicadas por nuestra gobernanta, Dña. [[P:Rosa Beltrán]], a su jefe de ruta, el Sr. [[P:Vicente Ortiz]], sin que se haya adoptado ninguna medida.

Les recordamos que el contrato firmado el 1 de marzo establece una penalización del 10 % de la factura mensual en caso de retrasos reiterados. Aplicaremos dicha penalización a la factura de julio y solicitamos una reunión urgente con la dirección de [[O:Lavandería Levante]] antes del 31 de julio.

Atentamente,

[[P:Carmen Salvador Ibáñez]]
Directora de Operaciones
[[O:Hoteles Costa Azahar S.L.]]
""")

d("es", "complaint_reply", """
[[O:Energía Verde del Norte S.A.]]
Servicio de Atención al Cliente
Alameda de Urquijo, 44
48008 [[L:Bilbao]]

[[O:Talleres Etxeberria S.L.]]
A/A D. [[P:Iñaki Etxeberria]]
Calle Ibaiondo, 12
48170 [[L:Zamudio]] ([[L:Bizkaia]])

[[L:Bilbao]], 5 de noviembre de 2024

Asunto: Respuesta a su reclamación n.º REC-2024-19842

Estimado Sr. [[P:Etxeberria]]:

Hemos recibido su reclamación de 24 de octubre, en la que nos comunica que las facturas de agosto y septiembre de su taller se emitieron con una lectura estimada muy superior al consumo real.

Tras revisar su expediente, confirmamos que el contador no envió lecturas durante esos meses debido a una avería en el equipo de telemedida, propiedad de la distribuidora [[O:i-DE Redes Eléctricas Inteligentes]].

Una vez obtenida la lectura real el 28 de octubre, [[O:Energía Verde del Norte]] ha procedido a refacturar ambos periodos. El importe resultante a su favor, 1.318,47 €, se abonará en la cuenta que tiene domiciliada en [[O:Kutxabank]] en un plazo de diez días hábiles.

Lamentamos las molestias ocasionadas a [[O:Talleres Etxeberria]]. Para cualquier consulta puede contactar con su gestora, Dña. [[P:Ainhoa Urrutia]], en el teléfono 944 000 000.

Atentamente,

[[P:Javier Olabarria]]
Responsable de Reclamaciones
[[O:Energía Verde del Norte]]
""")

d("es", "press_release", """
NOTA DE PRENSA

[[O:Grupo Solmar]] adquiere la cadena de clínicas dentales [[O:Sonrisa Plus]]

[[L:Valencia]], 10 de septiembre de 2024. [[O:Grupo Solmar]], holding familiar con intereses en el sector sanitario, ha alcanzado un acuerdo para adquirir el 80 % de [[O:Clínicas Sonrisa Plus S.L.]], que opera 34 clínicas dentales en la [[L:Comunidad Valenciana]] y la [[L:Región de Murcia]].

La operación valora [[O:Sonrisa Plus]] en unos 62 millones de euros. Su fundador, el doctor [[P:Alberto Ferrándiz]], mantendrá el 20 % restante y seguirá al frente de la dirección médica.

"Con esta adquisición damos un paso decisivo en nuestra estrategia de salud", ha señalado [[P:Elena Solís]], consejera delegada de [[O:Grupo Solmar]]. "[[O:Sonrisa Plus]] tiene un modelo de gestión excelente y un equipo muy comprometido".

La compra se financiará con recursos propios y un préstamo sindicado liderado por [[O:CaixaBank]] y [[O:Banco Sabadell]]. [[O:Garrigues]] ha actuado como asesor legal de [[O:Grupo Solmar]], mientras que [[O:PwC]] ha realizado la due diligence financiera.

La operación está sujeta a la autorización de la [[O:Comisión Nacional de los Mercados y la Competencia]] ([[O:CNMC]]).

Contacto de prensa: [[P:Pablo Gil]], 963 000 000
""")

d("es", "press_release", """
[[O:Bodegas Valdecañas S.A.]] cierra 2023 con un beneficio récord

[[L:Logroño]], 27 de marzo de 2024. [[O:Bodegas Valdecañas S.A.]] ha cerrado el ejercicio 2023 con una cifra de negocio de 48,6 millones de euros, un 11 % más que el año anterior, y un beneficio neto récord de 6,2 millones de euros.

Las exportaciones, que ya representan el 54 % de las ventas, crecieron con fuerza en [[L:Estados Unidos]], [[L:México]] y [[L:Japón]]. En el mercado nacional, la compañía se benefició del acuerdo de distribución firmado con [[O:El Corte Inglés]].

"Ha sido un año excelente pese a la sequía", ha declarado el presidente de [[O:Valdecañas]], [[P:Fernando Ezquerro]]. La bodega ha invertido 3,5 millones de euros en la ampliación de su planta de [[L:Haro]] y en un nuevo sistema de riego en sus viñedos de [[L:Rioja Alavesa]].

La directora financiera, [[P:Raquel Sáenz]], ha añadido que la deuda financiera neta se ha reducido a 9,3 millones de euros. El consejo de administración propondrá a la junta general el reparto de un dividendo de 1,8 millones de euros.

Para 2024, [[O:Valdecañas]] prevé un crecimiento de las ventas de entre el 5 % y el 7 %.

Contacto: Departamento de Comunicación de [[O:Bodegas Valdecañas]]
""")

d("es", "meeting_minutes", """
ACTA DE LA REUNIÓN DEL COMITÉ DE DIRECCIÓN
[[O:Construcciones Arenal S.A.]]

Fecha: 18 de junio de 2024
Lugar: oficinas centrales, [[L:Sevilla]]
Asistentes: D. [[P:Manuel Arenal]] (presidente), Dña. [[P:Pilar Romero]] (directora financiera), D. [[P:Sergio Castaño]] (director de obras), Dña. [[P:Isabel Quintero]] (secretaria)

1. Situación de las obras en curso
El Sr. [[P:Castaño]] informa de que la promoción de 64 viviendas en [[L:Dos Hermanas]] avanza según lo previsto. En la obra del centro logístico de [[L:Alcalá de Guadaíra]] para [[O:Logística Bética S.L.]] se acumula un retraso de tres semanas por el suministro de estructura metálica de [[O:Aceros del Sur]].

2. Situación financiera
La Sra. [[P:Romero]] presenta el cierre de mayo. La línea de crédito con [[O:Banco Santander]] se renovará en julio por 5 millones de euros. Se aprueba solicitar a [[O:Logística Bética]] el pago del segundo hito de certificación.

3. Licitaciones
Se acuerda presentar oferta al concurso convocado por el [[O:Ayuntamiento de Sevilla]] para la rehabilitación de dos colegios.

4. Ruegos y preguntas
No hay. Se levanta la sesión a las 13:15 h.

La secretaria, [[P:Isabel Quintero]]. Vº Bº el presidente, [[P:Manuel Arenal]]
""")

d("es", "hr_letter", """
[[O:Textil Galaica S.A.]]
Recursos Humanos
Rúa Gutenberg, 8
15008 [[L:A Coruña]]

D. [[P:Diego Pereira Souto]]
Rúa San Andrés, 112, 3.º B
15003 [[L:A Coruña]]

[[L:A Coruña]], 30 de enero de 2024

Asunto: Comunicación de traslado

Estimado Sr. [[P:Pereira]]:

Por medio de la presente le comunicamos que, en el marco de la reorganización del área logística de [[O:Textil Galaica]], la dirección de la empresa ha decidido su traslado al centro de distribución de [[L:Arteixo]] con efectos a partir del 1 de marzo de 2024.

Su categoría profesional, su salario y su antigüedad, reconocida desde el 12 de mayo de 2015, se mantendrán sin cambios. Asimismo, la empresa abonará un complemento de transporte de 90 euros brutos mensuales mientras no esté en servicio la lanzadera que conectará [[L:A Coruña]] con el nuevo centro.

Su nuevo responsable será D. [[P:Xoán Vilar]], jefe de almacén. Para cualquier duda, puede dirigirse al departamento de Recursos Humanos o a la representación sindical de [[O:CCOO]].

Le rogamos que firme el duplicado de esta carta como acuse de recibo.

Atentamente,

[[P:Beatriz Lema]]
Directora de Recursos Humanos
[[O:Textil Galaica S.A.]]
""")

d("es", "invoice_cover_note", """
De: [[P:Nuria Camps]]
Para: [[P:Óscar Domínguez]]
Fecha: 3 de diciembre de 2024
Asunto: Factura n.º 2024/0876 – servicios de consultoría de noviembre

Estimado [[P:Óscar]]:

Te adjunto la factura n.º 2024/0876 correspondiente a los servicios de consultoría prestados a [[O:Grupo Hostelero Mediterráneo]] durante el mes de noviembre:

- Auditoría de procesos en los restaurantes de [[L:Tarragona]] y [[L:Reus]]: 32 horas x 85 € = 2.720,00 €
- Formación del equipo de cocina en APPCC: 12 horas x 70 € = 840,00 €
Base imponible: 3.560,00 €
IVA (21 %): 747,60 €
Total: 4.307,60 €

El pago puede realizarse por transferencia a nuestra cuenta en [[O:BBVA]], con vencimiento a 30 días.

Aprovecho para comentarte que [[P:Marc]] me ha confirmado que la sesión de seguimiento en [[L:Salou]] será el 12 de diciembre. Si preferís otra fecha, avísame.

Gracias por seguir confiando en [[O:Camps & Soler]].

Un saludo,

[[P:Nuria Camps]]
Socia directora
[[O:Camps & Soler Consultores S.L.P.]] – [[L:Barcelona]]
""")

d("es", "insurance_letter", """
[[O:Seguros Atalaya, S.A.]]
Departamento de Siniestros
Calle de Velázquez, 130
28006 [[L:Madrid]]

[[O:Frutas Hermanos Cano S.L.]]
D. [[P:Ginés Cano]]
Camino de la Estación, s/n
30850 [[L:Totana]] ([[L:Murcia]])

[[L:Madrid]], 19 de septiembre de 2024

Asunto: Siniestro n.º 24-AGR-07719 – Póliza de transporte de mercancías n.º TM-558120

Estimado Sr. [[P:Cano]]:

En relación con el siniestro comunicado el 2 de septiembre, relativo a la pérdida de la carga refrigerada (21 palés de uva de mesa) transportada desde [[L:Totana]] hasta [[L:Róterdam]] por la empresa [[O:Transportes Frigoríficos Segura]], le informamos de lo siguiente.

El perito designado por [[O:Seguros Atalaya]], D. [[P:Rafael Moya]], ha concluido que la avería del equipo de frío se produjo por falta de mantenimiento del vehículo. En consecuencia, procede la indemnización a [[O:Frutas Hermanos Cano]] por importe de 38.640 €, deducida la franquicia de 600 €, y la posterior reclamación por nuestra parte frente al transportista.

Le rogamos que nos remita firmado el finiquito adjunto para proceder al pago.

Atentamente,

[[P:Laura Benítez]]
Tramitadora de siniestros
[[O:Seguros Atalaya]]
""")

d("es", "email_thread", """
De: [[P:Alejandro Rivas]]
Enviado: miércoles, 12 de junio de 2024 9:47
Para: [[P:Sofía Medina]]
CC: [[P:Tomás Herrera]]
Asunto: RE: Retraso en la entrega de los paneles – obra de [[L:Zaragoza]]

Hola, [[P:Sofía]]:

Entendido. Si [[O:Paneltec]] no puede servir los 300 paneles antes del día 20, necesitamos al menos los 120 de la fachada norte. [[P:Tomás]] ya ha reservado la grúa para el lunes. Por favor, confirmadme hoy qué camión sale de [[L:Huesca]].

Un saludo,
[[P:Alejandro Rivas]]
Jefe de obra – [[O:Construcciones Ebro S.A.]]

-----Mensaje original-----
De: [[P:Sofía Medina]]
Enviado: martes, 11 de junio de 2024 18:20
Para: [[P:Alejandro Rivas]]
Asunto: Retraso en la entrega de los paneles – obra de [[L:Zaragoza]]

Estimado [[P:Alejandro]]:

Lamento comunicarte que, por una avería en la línea de prensado de nuestra planta de [[L:Huesca]], [[O:Paneltec Aragón S.L.]] no podrá entregar el pedido completo en la fecha prevista. Podemos enviar 120 paneles el lunes 17 y el resto el 26 de junio.

Disculpa las molestias. Quedo a tu disposición.

[[P:Sofía Medina]]
Atención al cliente, [[O:Paneltec Aragón]]
""")

d("es", "business_letter", """
[[O:Conservas Ría de Arousa S.A.]]
Puerto Pesquero, s/n
36600 [[L:Vilagarcía de Arousa]] ([[L:Pontevedra]])

[[O:Abanca]]
Oficina de Empresas
A/A Dña. [[P:Marta Iglesias]]
Rúa do Príncipe, 30
36202 [[L:Vigo]]

[[L:Vilagarcía de Arousa]], 14 de febrero de 2024

Asunto: Solicitud de aval bancario

Estimada Sra. [[P:Iglesias]]:

Como le anticipamos por teléfono, [[O:Conservas Ría de Arousa]] va a presentar una oferta en el concurso de proveedores convocado por la cadena francesa [[O:Carrefour]] para el suministro de conservas de mejillón. Las bases exigen un aval a primer requerimiento por importe de 150.000 €, con vigencia hasta el 31 de diciembre de 2024.

Les rogamos que estudien la concesión de dicho aval con cargo a la línea de riesgo que nuestra empresa tiene abierta en [[O:Abanca]]. Adjuntamos las cuentas anuales de 2023 auditadas por [[O:Deloitte]] y el modelo de aval facilitado por [[O:Carrefour]].

Para cualquier aclaración puede contactar con nuestro director financiero, D. [[P:Andrés Otero]], o conmigo directamente.

Reciba un cordial saludo,

[[P:Rocío Castro Pazos]]
Directora General
[[O:Conservas Ría de Arousa S.A.]]
""")

# ---------------------------------------------------------------- Italian
d("it", "business_letter", """
[[O:Vantor S.r.l.]]
Via dell'Artigianato 9
36100 [[L:Vicenza]]
P. IVA 03412870245

Spett.le
[[O:Meccanica Bassi S.p.A.]]
Alla c.a. dell'Ing. [[P:Roberto Bassi]]
Via dei Mille 14
41123 [[L:Modena]]

[[L:Vicenza]], 18 marzo 2024

Oggetto: Offerta n. 24/058 – fornitura di valvole a sfera in acciaio inox

Gentile Ingegnere,

facendo seguito al colloquio telefonico con il Vostro responsabile acquisti, Sig. [[P:Davide Ferri]], siamo lieti di sottoporVi la nostra migliore offerta per la fornitura annuale di 2.400 valvole a sfera DN 25 e 1.200 valvole DN 50.

I prezzi unitari, indicati nell'allegato, si intendono franco Vostro stabilimento di [[L:Modena]], IVA esclusa. I tempi di consegna sono di sei settimane dalla conferma d'ordine. Tutti i componenti sono certificati da [[O:TÜV Italia]].

Grazie alla collaborazione ormai decennale tra [[O:Vantor]] e [[O:Meccanica Bassi]], siamo disponibili a concordare consegne programmate con cadenza mensile.

Restando a disposizione per ogni chiarimento, porgiamo distinti saluti.

[[P:Giulia Zanella]]
Ufficio Commerciale
[[O:Vantor S.r.l.]]
""")

d("it", "supplier_contract", """
CONTRATTO DI FORNITURA

TRA

[[O:Caseificio Valtellina S.r.l.]], con sede legale in Via Stelvio 22, 23100 [[L:Sondrio]], partita IVA 00912340147, in persona del legale rappresentante Sig. [[P:Luca Bonetti]] (di seguito "[[O:Caseificio Valtellina]]" o il "Fornitore")

E

[[O:Gastronomia Ferraresi S.p.A.]], con sede legale in Viale Monza 301, 20126 [[L:Milano]], in persona dell'Amministratore Delegato Dott.ssa [[P:Chiara Ferraresi]] (di seguito "[[O:Ferraresi]]" o l'"Acquirente")

PREMESSO CHE
– il Fornitore produce formaggi stagionati di montagna;
– [[O:Ferraresi]] intende acquistare tali prodotti per la rivendita nei propri punti vendita in [[L:Lombardia]] e [[L:Piemonte]];

SI CONVIENE QUANTO SEGUE

Art. 1 – Oggetto. Il Fornitore si impegna a fornire all'Acquirente i formaggi indicati nel listino allegato (Allegato A), nelle quantità di volta in volta ordinate.

Art. 2 – Prezzi e pagamenti. Il pagamento avverrà a 60 giorni data fattura fine mese mediante bonifico sul conto del Fornitore presso la [[O:Banca Popolare di Sondrio]].

Art. 3 – Consegne. Le consegne saranno effettuate presso il centro di distribuzione di [[O:Ferraresi]] a [[L:Lodi]], a mezzo di vettore refrigerato.

Art. 4 – Durata. Il presente contratto ha durata di 24 mesi dalla sottoscrizione.

Art. 5 – Foro competente. Per ogni controversia è competente in via esclusiva il [[O:Tribunale di Milano]].

[[L:Sondrio]], 5 aprile 2024

Per [[O:Caseificio Valtellina S.r.l.]]: [[P:Luca Bonetti]]
Per [[O:Gastronomia Ferraresi S.p.A.]]: [[P:Chiara Ferraresi]]
""")

d("it", "complaint_letter", """
[[O:Ceramiche Morelli S.n.c.]]
Via Tiberina 45
06053 [[L:Deruta]]

Spett.le
[[O:Rapida Trasporti S.p.A.]]
Ufficio Reclami
Via dell'Industria 7
00071 [[L:Pomezia]]

[[L:Deruta]], 12 giugno 2024
Raccomandata A/R

Oggetto: Reclamo per merce danneggiata – spedizione n. RT-2024-558812

Spettabile [[O:Rapida Trasporti]],

con la presente Vi segnaliamo che la spedizione in oggetto, affidataVi il 3 giugno per la consegna al nostro cliente [[O:Casa & Stile]] di [[L:Bologna]], è giunta a destinazione in condizioni inaccettabili. Su 24 colli, 9 presentavano evidenti segni di urto e il contenuto – piatti e vasi dipinti a mano – è risultato in gran parte rotto.

Il destinatario ha accettato la merce con riserva scritta sulla lettera di vettura, come confermato dal Vostro autista, Sig. [[P:Mirko Santini]]. Il valore della merce danneggiata ammonta a € 3.870,00, come da fattura allegata.

Vi chiediamo pertanto il risarcimento integrale del danno entro 30 giorni dal ricevimento della presente. In mancanza, ci vedremo costretti a tutelare i nostri interessi tramite il nostro legale, Avv. [[P:Paola Gentili]].

Segnaliamo inoltre che [[O:Casa & Stile]] ha sospeso gli ordini in attesa di chiarimenti, con grave danno per [[O:Ceramiche Morelli]].

Distinti saluti

[[P:Franco Morelli]]
Titolare, [[O:Ceramiche Morelli S.n.c.]]
""")

d("it", "complaint_reply", """
[[O:Infodata Sistemi S.r.l.]]
Corso Francia 110
10143 [[L:Torino]]

Spett.le
[[O:Studio Associato Conti & Ricci]]
Alla c.a. del Dott. [[P:Marco Conti]]
Via Roma 5
10121 [[L:Torino]]

[[L:Torino]], 9 ottobre 2024

Oggetto: Riscontro al Vostro reclamo del 30 settembre 2024 – ticket n. 88214

Egregio Dott. [[P:Conti]],

La ringraziamo per la segnalazione e ci scusiamo per i disservizi riscontrati dal Vostro studio nell'invio delle fatture elettroniche tra il 23 e il 27 settembre.

Dalle verifiche del nostro reparto tecnico è emerso che il problema è stato causato da un aggiornamento del modulo di conservazione, rilasciato il 22 settembre, che in alcuni casi bloccava la trasmissione delle fatture all'[[O:Agenzia delle Entrate]]. Il difetto è stato corretto il 28 settembre e tutte le fatture in sospeso risultano ora consegnate.

Per le eventuali sanzioni legate al ritardo, [[O:Infodata Sistemi]] si farà carico dei relativi costi, previa presentazione della documentazione. Inoltre, a titolo di scusa, Vi riconosceremo uno sconto del 50 % sul canone del quarto trimestre.

La Vostra referente tecnica, Sig.ra [[P:Elisa Marchetti]], Vi contatterà nei prossimi giorni per verificare che tutto funzioni correttamente presso [[O:Conti & Ricci]].

Con i migliori saluti,

[[P:Alessandro Greco]]
Responsabile Assistenza Clienti
[[O:Infodata Sistemi]]
""")

d("it", "press_release", """
COMUNICATO STAMPA

[[O:Lanificio Tessari]] acquisisce il 60 % di [[O:Filati Biellesi Riuniti]]

[[L:Biella]], 2 luglio 2024 – [[O:Lanificio Tessari S.p.A.]], storica azienda tessile con sede a [[L:Valdagno]], ha firmato un accordo vincolante per l'acquisizione del 60 % del capitale di [[O:Filati Biellesi Riuniti S.r.l.]] ([[O:FBR]]), produttore di filati pettinati di lana merino.

[[O:FBR]] ha chiuso il 2023 con un fatturato di 38 milioni di euro, di cui il 70 % realizzato all'estero, principalmente in [[L:Germania]] e [[L:Giappone]]. Il restante 40 % del capitale resterà al fondatore, [[P:Giorgio Rosazza]], che continuerà a guidare l'azienda come amministratore delegato.

«L'ingresso in [[O:FBR]] ci consente di integrare la filatura nella nostra filiera e di garantire ai clienti una tracciabilità completa dalla lana al tessuto», ha dichiarato [[P:Maria Tessari]], presidente di [[O:Lanificio Tessari]].

Il closing è previsto entro settembre 2024, subordinatamente all'approvazione dell'[[O:Autorità Garante della Concorrenza e del Mercato]]. [[O:Lanificio Tessari]] è stata assistita da [[O:Intesa Sanpaolo]] in qualità di advisor finanziario e dallo studio legale [[O:Chiomenti]].

Ufficio stampa: [[P:Federica Dal Molin]], tel. 0445 000000
""")

d("it", "press_release", """
[[O:Elettra Impianti S.p.A.]]: approvati i risultati del primo semestre 2024

[[L:Bergamo]], 5 settembre 2024 – Il Consiglio di Amministrazione di [[O:Elettra Impianti S.p.A.]], società attiva nella progettazione e installazione di impianti elettrici e fotovoltaici per l'industria, ha approvato in data odierna la relazione finanziaria semestrale al 30 giugno 2024.

I ricavi consolidati si attestano a € 143,7 milioni, in crescita del 14,2 % rispetto al primo semestre 2023 (€ 125,8 milioni). L'EBITDA è pari a € 17,9 milioni, mentre l'utile netto raggiunge € 8,4 milioni. La posizione finanziaria netta è negativa per € 21,3 milioni.

La crescita è stata trainata dalle commesse nel settore fotovoltaico in [[L:Lombardia]] e in [[L:Veneto]] e dal contratto quadriennale con [[O:Enel X]] per la realizzazione di stazioni di ricarica. Il portafoglio ordini ammonta a € 412 milioni.

«Il semestre conferma la solidità del nostro modello», ha commentato l'Amministratore Delegato [[P:Paolo Rota]]. «Stiamo inoltre valutando l'apertura di una filiale in [[L:Spagna]].»

[[O:Elettra Impianti]] conferma la guida per l'esercizio 2024, con ricavi attesi tra € 290 e 300 milioni.

Il dirigente preposto alla redazione dei documenti contabili societari, [[P:Silvia Locatelli]], dichiara che l'informativa contabile contenuta nel presente comunicato corrisponde alle risultanze documentali, ai libri e alle scritture contabili.
""")

d("it", "meeting_minutes", """
VERBALE DI RIUNIONE DEL CONSIGLIO DI AMMINISTRAZIONE
[[O:Cooperativa Agricola San Michele]]

Data: 21 novembre 2024, ore 18:00
Luogo: sede sociale, [[L:Cesena]]
Presenti: [[P:Giovanni Pasini]] (Presidente), [[P:Anna Rinaldi]] (Vicepresidente), [[P:Matteo Gardini]], [[P:Roberta Foschi]], [[P:Enrico Magnani]] (consiglieri); assiste il Dott. [[P:Stefano Neri]] dello [[O:Studio Neri Commercialisti]]
Segretaria verbalizzante: [[P:Anna Rinaldi]]

Punto 1 – Conferimenti della campagna 2024
Il Presidente riferisce che i soci di [[O:San Michele]] hanno conferito 18.400 quintali di pesche e nettarine, con un calo del 12 % dovuto alle gelate di aprile. I prezzi di liquidazione verranno comunicati entro gennaio.

Punto 2 – Contratto con [[O:Conad]]
Il consigliere [[P:Gardini]] illustra la proposta di rinnovo del contratto di fornitura con [[O:Conad]] per il 2025, che prevede un aumento dei volumi del 15 %. Il Consiglio approva all'unanimità.

Punto 3 – Investimenti
Il Dott. [[P:Neri]] presenta il piano di finanziamento della nuova cella frigorifera. Il finanziamento sarà richiesto a [[O:BPER Banca]].

Punto 4 – Varie ed eventuali
Nessun argomento. La seduta è tolta alle ore 19:45.

Il Presidente, [[P:Giovanni Pasini]]
La Segretaria, [[P:Anna Rinaldi]]
""")

d("it", "hr_letter", """
[[O:Officine Meccaniche Bertolini S.p.A.]]
Via dell'Industria 21
38121 [[L:Trento]]

Gentile Sig.ra
[[P:Francesca Moser]]
Via Santa Croce 14
38122 [[L:Trento]]

[[L:Trento]], 15 gennaio 2024

Oggetto: Lettera di assunzione a tempo indeterminato

Gentile Sig.ra [[P:Moser]],

a seguito dei colloqui sostenuti con il responsabile tecnico, Ing. [[P:Walter Pedrotti]], siamo lieti di comunicarLe la Sua assunzione a tempo indeterminato presso [[O:Officine Meccaniche Bertolini]] alle seguenti condizioni:

– data di inizio: 1° febbraio 2024;
– qualifica: impiegata tecnica, 5° livello del CCNL Metalmeccanici Industria;
– sede di lavoro: stabilimento di [[L:Rovereto]];
– retribuzione annua lorda: € 34.500,00 suddivisa in 14 mensilità;
– periodo di prova: sei mesi di effettivo lavoro.

Le verrà inoltre proposta l'iscrizione al fondo di previdenza complementare [[O:Cometa]].

La preghiamo di restituirci copia della presente firmata per accettazione entro il 22 gennaio 2024.

Nel darLe il benvenuto in [[O:Bertolini]], porgiamo cordiali saluti.

[[P:Marco Bertolini]]
Direttore del Personale
[[O:Officine Meccaniche Bertolini S.p.A.]]
""")

d("it", "invoice_cover_note", """
[[O:Grafiche Lariane S.r.l.]]
Via delle Industrie 33
22100 [[L:Como]]
P. IVA 02211870133

Spett.le
[[O:Hotel Villa Serena]]
Alla c.a. della Sig.ra [[P:Laura Colombo]]
Via Regina 12
22017 [[L:Menaggio]]

[[L:Como]], 31 maggio 2024

Oggetto: Trasmissione fattura n. 214/2024

Gentile Sig.ra [[P:Colombo]],

con la presente Vi trasmettiamo in copia di cortesia la fattura n. 214/2024, già inviata tramite SDI, relativa alla stampa del materiale promozionale per la stagione estiva:

– 5.000 brochure 16 pagine, formato A5: € 2.350,00
– 2.000 cartoline fronte/retro: € 320,00
– 500 menù rilegati per il ristorante: € 1.180,00
Imponibile: € 3.850,00
IVA 22 %: € 847,00
Totale fattura: € 4.697,00

Il pagamento è da effettuarsi entro 30 giorni data fattura tramite bonifico sul conto intestato a [[O:Grafiche Lariane]] presso [[O:Intesa Sanpaolo]], filiale di [[L:Como]].

Le ricordiamo che le bozze approvate dal Vostro direttore, Sig. [[P:Pietro Galli]], restano archiviate presso di noi per eventuali ristampe.

RingraziandoVi per aver scelto [[O:Grafiche Lariane]], porgiamo distinti saluti.

[[P:Valentina Sala]]
Amministrazione
""")

d("it", "insurance_letter", """
[[O:Polaris Assicurazioni S.p.A.]]
Ufficio Sinistri
Piazza della Libertà 3
50129 [[L:Firenze]]

Spett.le
[[O:Pelletteria Bardi S.r.l.]]
Alla c.a. del Sig. [[P:Niccolò Bardi]]
Via dei Conciatori 8
50053 [[L:Empoli]]

[[L:Firenze]], 4 marzo 2024

Oggetto: Sinistro n. 2024/FI/00377 – polizza furto n. 77.418.902 – furto nel magazzino di [[L:Empoli]] del 19 febbraio 2024

Egregio Sig. [[P:Bardi]],

facciamo seguito alla Sua denuncia di sinistro, trasmessaci dalla nostra agenzia di [[L:Empoli]]. Per procedere con la liquidazione, Le chiediamo di inviarci entro 30 giorni:
– copia della denuncia presentata alla [[O:Polizia di Stato]];
– l'inventario della merce sottratta, con le relative fatture di acquisto;
– la documentazione relativa al sistema di allarme installato da [[O:Sicurtec Toscana]].

Il perito incaricato, Geom. [[P:Lorenzo Baldini]] dello studio [[O:Peritalia]], effettuerà un sopralluogo presso [[O:Pelletteria Bardi]] il giorno 11 marzo alle ore 10:00.

Le ricordiamo che la polizza prevede uno scoperto del 10 % con un minimo di € 1.000,00.

Distinti saluti

[[P:Claudia Ricci]]
Ufficio Sinistri – [[O:Polaris Assicurazioni]]
""")

d("it", "email_thread", """
Da: [[P:Simone Fabbri]]
Inviato: giovedì 7 marzo 2024 12:31
A: [[P:Elena Vitali]]
Oggetto: R: Campionatura nuova collezione

Ciao [[P:Elena]],

perfetto, allora ci vediamo martedì a [[L:Carpi]] alle 10. Porto io le schede tecniche dei tessuti di [[O:Tessiture Ghedini]]. Per le etichette ho già sentito [[O:Etichettificio Bassani]]: possono consegnare entro fine mese.

A martedì,
[[P:Simone]]

[[P:Simone Fabbri]] | Ufficio Acquisti | [[O:Moda Fabbri S.r.l.]] | [[L:Prato]]

---------- Messaggio originale ----------
Da: [[P:Elena Vitali]]
Inviato: mercoledì 6 marzo 2024 16:05
A: [[P:Simone Fabbri]]
Oggetto: Campionatura nuova collezione

Buongiorno [[P:Simone]],

i prototipi della collezione autunno/inverno sono pronti. Ti propongo di vederli insieme nel nostro laboratorio di [[L:Carpi]] martedì prossimo; sarà presente anche la nostra modellista, [[P:Giorgia]]. Se per [[O:Moda Fabbri]] va bene, potremmo poi spedire i capi a [[L:Prato]] con [[O:BRT]] entro il 20 marzo.

Un caro saluto,
[[P:Elena Vitali]]
[[O:Confezioni Vitali S.n.c.]]
""")

d("it", "business_letter", """
[[O:Biotech Padana S.r.l.]]
Via del Lavoro 5
43122 [[L:Parma]]

Spett.le
[[O:Università degli Studi di Parma]]
Dipartimento di Scienze degli Alimenti e del Farmaco
Alla c.a. della Prof.ssa [[P:Giovanna Ferrari]]
Parco Area delle Scienze 27/A
43124 [[L:Parma]]

[[L:Parma]], 20 settembre 2024

Oggetto: Proposta di collaborazione per un progetto di ricerca sui probiotici

Gentile Professoressa [[P:Ferrari]],

desideriamo ringraziarLa per la disponibilità dimostrata durante l'incontro del 12 settembre presso il Suo Dipartimento. Come anticipato, [[O:Biotech Padana]] intende finanziare una borsa di dottorato triennale dedicata allo studio di ceppi probiotici per l'industria lattiero-casearia.

Il progetto prevede la collaborazione con il nostro laboratorio di [[L:Fidenza]] e con il partner industriale [[O:Granarolo]], che metterà a disposizione i propri impianti pilota. Il contributo di [[O:Biotech Padana]] ammonterà a € 75.000,00 per l'intera durata.

Il nostro direttore scientifico, Dott. [[P:Luca Orsi]], è disponibile a seguire la stesura della convenzione con gli uffici dell'[[O:Università di Parma]].

In attesa di un Suo cortese riscontro, Le porgiamo i più cordiali saluti.

[[P:Enrico Pezzani]]
Amministratore Unico
[[O:Biotech Padana S.r.l.]]
""")

# ---------------------------------------------------------------- Dutch
d("nl", "business_letter", """
[[O:Hoekstra Bouw B.V.]]
Industrieweg 14
3542 AD [[L:Utrecht]]

[[O:Gemeente Houten]]
Afdeling Vastgoed
T.a.v. mevrouw [[P:E. de Wit]]
Postbus 30
3990 DA [[L:Houten]]

[[L:Utrecht]], 9 april 2024

Betreft: offerte renovatie sporthal, uw kenmerk VG/2024/117

Geachte mevrouw [[P:De Wit]],

Hartelijk dank voor uw uitnodiging om een offerte uit te brengen voor de renovatie van de gemeentelijke sporthal.

Bijgaand ontvangt u de offerte van [[O:Hoekstra Bouw]] voor de vervanging van het dak, de gevelisolatie en de installatie van zonnepanelen. De totale aanneemsom bedraagt € 1.284.500,- exclusief btw. De werkzaamheden kunnen starten in week 26 en nemen ongeveer veertien weken in beslag.

De installatietechnische werkzaamheden worden uitgevoerd door onze vaste partner [[O:Van Dijk Installatietechniek]] uit [[L:Nieuwegein]]; de zonnepanelen worden geleverd door [[O:Zonnekracht Nederland]].

Voor vragen over de planning kunt u contact opnemen met onze projectleider, de heer [[P:Bram Visser]], telefoon 030 123 45 67.

Wij zien uw reactie met belangstelling tegemoet.

Met vriendelijke groet,
[[O:Hoekstra Bouw B.V.]]

[[P:Gerrit Hoekstra]]
directeur
""")

d("nl", "supplier_contract", """
LEVERINGSOVEREENKOMST

De ondergetekenden:

1. [[O:Groenveld Kwekerijen B.V.]], statutair gevestigd te [[L:Naaldwijk]], kantoorhoudende aan de Middel Broekweg 28, 2675 KB [[L:Honselersdijk]], rechtsgeldig vertegenwoordigd door de heer [[P:Pieter Groenveld]], directeur, hierna te noemen: "[[O:Groenveld]]" of "Leverancier";

en

2. [[O:FloraFresh Retail N.V.]], gevestigd te [[L:Amstelveen]], rechtsgeldig vertegenwoordigd door mevrouw [[P:Sanne Bakker]], inkoopdirecteur, hierna te noemen: "Afnemer";

verklaren te zijn overeengekomen als volgt:

Artikel 1 – Onderwerp
[[O:Groenveld]] levert aan Afnemer potplanten en snijbloemen volgens de specificaties in bijlage 1, bestemd voor de winkels van [[O:FloraFresh]] in [[L:Nederland]] en [[L:België]].

Artikel 2 – Prijzen
De prijzen worden per seizoen vastgesteld op basis van de noteringen van [[O:Royal FloraHolland]] in [[L:Aalsmeer]] en zijn exclusief btw.

Artikel 3 – Levering
Levering vindt plaats op werkdagen vóór 06.00 uur aan het distributiecentrum van Afnemer in [[L:Bleiswijk]].

Artikel 4 – Betaling
Betaling geschiedt binnen 30 dagen na factuurdatum.

Artikel 5 – Duur
Deze overeenkomst geldt voor twee jaar vanaf 1 maart 2024.

Artikel 6 – Geschillen
Geschillen worden voorgelegd aan de [[O:Rechtbank Den Haag]].

Aldus overeengekomen te [[L:Honselersdijk]] op 20 februari 2024.

[[P:Pieter Groenveld]], [[O:Groenveld Kwekerijen B.V.]]
[[P:Sanne Bakker]], [[O:FloraFresh Retail N.V.]]
""")

d("nl", "complaint_letter", """
[[O:Mulder & Jansen Accountants]]
Stationsplein 12
8011 CW [[L:Zwolle]]

[[O:CleanPro Facilitair B.V.]]
T.a.v. de heer [[P:R. Smit]]
Postbus 2250
7500 CG [[L:Enschede]]

[[L:Zwolle]], 16 oktober 2024

Betreft: klacht over schoonmaakwerkzaamheden, contractnummer CP-8817

Geachte heer [[P:Smit]],

Sinds 1 augustus verzorgt [[O:CleanPro]] de dagelijkse schoonmaak van ons kantoor in [[L:Zwolle]]. Tot onze spijt moeten wij constateren dat de kwaliteit van de werkzaamheden sindsdien ernstig tekortschiet.

In de afgelopen zes weken zijn de sanitaire ruimten meerdere keren niet gereinigd, zijn prullenbakken niet geleegd en is de vergaderzaal op de eerste verdieping drie keer overgeslagen. Onze officemanager, mevrouw [[P:Lotte Kramer]], heeft dit op 11 september en 2 oktober per e-mail gemeld bij uw objectleider, de heer [[P:Yusuf Demir]], maar er is geen verbetering opgetreden.

Wij verzoeken u dringend binnen tien werkdagen een verbeterplan aan ons te sturen. Indien [[O:CleanPro Facilitair]] niet vóór 1 november aantoonbaar verbetering realiseert, zullen wij de overeenkomst op grond van artikel 9 van de algemene voorwaarden ontbinden.

Met vriendelijke groet,

[[P:Hendrik Mulder]]
partner, [[O:Mulder & Jansen Accountants]]
""")

d("nl", "complaint_reply", """
[[O:Koelservice Noord B.V.]]
Zernikepark 6
9747 AN [[L:Groningen]]

[[O:Slagerij Postma]]
T.a.v. de heer [[P:J. Postma]]
Hoofdstraat 41
9231 AB [[L:Surhuisterveen]]

[[L:Groningen]], 28 augustus 2024

Betreft: uw klacht van 19 augustus 2024 – storing koelcel

Geachte heer [[P:Postma]],

Wij hebben uw brief in goede orde ontvangen en betreuren het zeer dat de storing aan uw koelcel op zaterdag 17 augustus pas na ruim acht uur werd verholpen. Wij begrijpen dat u hierdoor een deel van uw voorraad heeft moeten vernietigen.

Uit ons onderzoek blijkt dat de storingsmelding door een fout in ons planningssysteem niet direct bij de dienstdoende monteur, de heer [[P:Kevin Hoogeveen]], terechtkwam.

Conform uw servicecontract vergoedt [[O:Koelservice Noord]] de aantoonbare schade aan bederfelijke waren tot een maximum van € 2.500,-. Wij verzoeken u de inkoopfacturen van de vernietigde producten naar ons te sturen. Daarnaast crediteren wij het servicetarief voor het derde kwartaal.

De defecte compressor, afkomstig van [[O:Danfoss]], is inmiddels vervangen en de alarmmelding van uw koelcel is rechtstreeks gekoppeld aan onze storingsdienst.

Wij hopen hiermee het vertrouwen van [[O:Slagerij Postma]] te herstellen.

Met vriendelijke groet,

[[P:Marieke Veenstra]]
manager klantenservice
[[O:Koelservice Noord B.V.]]
""")

d("nl", "press_release", """
PERSBERICHT

[[O:Tulpenveld Logistics]] neemt [[O:Van der Meer Koeltransport]] over

[[L:Venlo]], 3 juni 2024 – [[O:Tulpenveld Logistics B.V.]] heeft overeenstemming bereikt over de overname van alle aandelen van [[O:Van der Meer Koeltransport B.V.]] uit [[L:Tilburg]]. Met de overname groeit [[O:Tulpenveld]] naar een wagenpark van ruim 650 vrachtwagens en 2.100 medewerkers.

[[O:Van der Meer Koeltransport]] is gespecialiseerd in temperatuurgecontroleerd vervoer van farmaceutische producten naar [[L:Duitsland]], [[L:Frankrijk]] en [[L:Scandinavië]]. Het familiebedrijf werd in 1978 opgericht door [[P:Kees van der Meer]]; zijn zoon [[P:Ruud van der Meer]] blijft aan als algemeen directeur.

"Met [[O:Van der Meer]] voegen we hoogwaardige kennis van farmalogistiek toe aan onze dienstverlening", zegt [[P:Annemiek Jacobs]], CEO van [[O:Tulpenveld Logistics]]. "Samen kunnen wij klanten als [[O:Philips]] en [[O:DSM-Firmenich]] nog beter bedienen."

Over de overnamesom is niets bekendgemaakt. De transactie wordt gefinancierd door [[O:ING]] en [[O:Rabobank]] en is onder voorbehoud van goedkeuring door de [[O:Autoriteit Consument & Markt]] ([[O:ACM]]).

Noot voor de redactie: voor meer informatie kunt u contact opnemen met [[P:Thijs de Groot]], woordvoerder, telefoon 077 000 00 00.
""")

d("nl", "press_release", """
[[O:Noordzee Offshore Services N.V.]] publiceert jaarcijfers 2023

[[L:Den Helder]], 29 februari 2024 – [[O:Noordzee Offshore Services N.V.]] heeft over 2023 een omzet behaald van € 318 miljoen, een stijging van 22% ten opzichte van 2022. Het nettoresultaat kwam uit op € 24,6 miljoen (2022: € 15,1 miljoen).

De groei was vooral afkomstig van onderhoudscontracten voor windparken op zee. In het verslagjaar sloot [[O:Noordzee Offshore]] een meerjarig contract met [[O:Ørsted]] voor het onderhoud van windparken voor de kust van [[L:Zeeland]] en won het een opdracht van [[O:TenneT]] voor inspecties van hoogspanningsplatforms.

"Wij plukken de vruchten van de investeringen in onze nieuwe onderhoudsschepen," aldus [[P:Willem Kuipers]], bestuursvoorzitter van [[O:Noordzee Offshore]]. "Ook onze vestiging in [[L:Esbjerg]] draagt inmiddels aan het resultaat bij."

Het bestuur stelt een dividend voor van € 0,62 per aandeel. Voor 2024 verwacht de onderneming een verdere omzetgroei van 10 tot 15%. De algemene vergadering van aandeelhouders vindt plaats op 25 april 2024 in [[L:Amsterdam]].

Contact: [[P:Evelien Brouwer]], CFO, telefoon 0223 00 00 00
""")

d("nl", "meeting_minutes", """
Notulen managementteamoverleg [[O:Drukkerij Dekker B.V.]]

Datum: dinsdag 10 september 2024
Locatie: kantoor [[L:Haarlem]]
Aanwezig: [[P:Jeroen Dekker]] (voorzitter), [[P:Fatima El Amrani]], [[P:Wouter Hendriks]], [[P:Ilse Vos]] (notulist)
Afwezig met kennisgeving: [[P:Martijn de Boer]]

1. Opening
De voorzitter opent de vergadering om 9.00 uur. De agenda wordt ongewijzigd vastgesteld.

2. Nieuwe drukpersen
[[P:Wouter]] meldt dat de nieuwe persen van [[O:Heidelberg]] in oktober worden geleverd. Tijdens de installatie ligt de productie in [[L:Haarlem]] drie dagen stil; orders worden zo veel mogelijk naar de vestiging in [[L:Alkmaar]] verplaatst.

3. Grote klanten
[[P:Fatima]] bespreekt de aanbesteding van [[O:Hogeschool Inholland]] voor studiegidsen. Het voorstel van [[O:Drukkerij Dekker]] scoort goed op duurzaamheid. Verder heeft [[O:Albert Heijn]] gevraagd om een offerte voor folders.

4. Financiën
[[P:Jeroen]] licht de halfjaarcijfers toe. De omzet ligt 4% boven begroting. Het gesprek met [[O:ABN AMRO]] over de financiering van de persen is positief verlopen.

5. Rondvraag en sluiting
Geen vragen. Volgende vergadering: 8 oktober 2024.

Actiepunten: [[P:Wouter]] stelt de planning van de installatie op; [[P:Fatima]] levert de offerte voor [[O:Albert Heijn]] vóór 20 september aan.
""")

d("nl", "hr_letter", """
[[O:Zorggroep De Linde]]
Afdeling P&O
Postbus 512
5600 AM [[L:Eindhoven]]

Persoonlijk en vertrouwelijk
Mevrouw [[P:Noor Hermans]]
Kruisstraat 7
5612 CJ [[L:Eindhoven]]

[[L:Eindhoven]], 24 juni 2024

Betreft: verlenging arbeidsovereenkomst

Beste [[P:Noor]],

Je arbeidsovereenkomst als verzorgende IG bij [[O:Zorggroep De Linde]] loopt af op 31 juli 2024. Naar aanleiding van het goede beoordelingsgesprek met je teamleider, [[P:Ellen van Beek]], bieden wij je graag een arbeidsovereenkomst voor onbepaalde tijd aan, ingaande 1 augustus 2024.

Je blijft werkzaam op onze locatie in [[L:Veldhoven]] voor 28 uur per week. Je salaris blijft ingeschaald in FWG 35, trede 8, conform de cao VVT. Je pensioen blijft ondergebracht bij [[O:Pensioenfonds Zorg en Welzijn]].

Alle overige arbeidsvoorwaarden blijven ongewijzigd. Wil je ter bevestiging een exemplaar van deze brief ondertekend retourneren vóór 8 juli? Heb je vragen, neem dan gerust contact op met [[P:Ellen]] of met mij.

Wij zijn blij dat je aan [[O:De Linde]] verbonden blijft.

Met vriendelijke groet,

[[P:Marloes Verhoeven]]
HR-adviseur
[[O:Zorggroep De Linde]]
""")

d("nl", "invoice_cover_note", """
[[O:Pixelwerf VOF]]
Vismarkt 9
6211 KT [[L:Maastricht]]
btw-nummer NL001234567B01

[[O:Bakkerij Smeets]]
T.a.v. mevrouw [[P:M. Smeets-Janssen]]
Markt 3
6241 CJ [[L:Bunde]]

[[L:Maastricht]], 2 oktober 2024

Betreft: factuur 2024-0311

Geachte mevrouw [[P:Smeets-Janssen]],

Hierbij ontvangt u onze factuur voor de werkzaamheden aan de nieuwe website van [[O:Bakkerij Smeets]], die op 26 september live is gegaan.

ontwerp en bouw website (vaste prijs)  € 3.200,00
koppeling webwinkel met betaalprovider [[O:Mollie]]  € 450,00
fotografie winkel en producten (4 uur à € 85,00)  € 340,00
subtotaal  € 3.990,00
btw 21%  € 837,90
totaal  € 4.827,90

Wij verzoeken u het totaalbedrag binnen 14 dagen over te maken op rekeningnummer NL20 RABO 0123 4567 89 ten name van [[O:Pixelwerf VOF]] onder vermelding van het factuurnummer.

Zoals afgesproken met uw dochter [[P:Lisa]], verzorgt [[O:Pixelwerf]] het eerste jaar kosteloos de hosting en het onderhoud. Daarna bedragen de kosten € 25,00 per maand.

Met vriendelijke groet,

[[P:Daan Koster]]
[[O:Pixelwerf]]
""")

d("nl", "insurance_letter", """
[[O:Hollandse Zekerheid Verzekeringen N.V.]]
Schadeafdeling Zakelijk
Postbus 4200
3006 AE [[L:Rotterdam]]

[[O:Transportbedrijf Kok B.V.]]
T.a.v. de heer [[P:A. Kok]]
Havenweg 22
4761 RP [[L:Zevenbergen]]

Ons schadenummer: ZK-24-006173
[[L:Rotterdam]], 11 maart 2024

Betreft: aansprakelijkstelling door [[O:Bouwbedrijf Van Rijn]]

Geachte heer [[P:Kok]],

Op 4 maart 2024 ontvingen wij via uw tussenpersoon, [[O:Verzekeringskantoor Prins]] in [[L:Breda]], de aansprakelijkstelling van [[O:Bouwbedrijf Van Rijn B.V.]]. Hierin stelt [[O:Van Rijn]] dat een van uw vrachtwagens op 23 februari bij het lossen op een bouwplaats in [[L:Etten-Leur]] een toegangshek en een bouwkeet heeft beschadigd.

Wij behandelen deze claim onder uw bedrijfsaansprakelijkheidsverzekering. Om de aansprakelijkheid te kunnen beoordelen, ontvangen wij graag binnen twee weken:
– een verklaring van de chauffeur, de heer [[P:Dennis Wouters]];
– foto's van de situatie ter plaatse;
– een kopie van de vrachtbrief.

Wij hebben [[O:Van Ameyde]] gevraagd de schade bij [[O:Van Rijn]] op te nemen. Erken tegenover de benadeelde geen aansprakelijkheid zonder overleg met ons.

Met vriendelijke groet,

[[P:Sandra Bos]]
schadebehandelaar, [[O:Hollandse Zekerheid]]
""")

d("nl", "email_thread", """
Van: [[P:Sophie Verbruggen]]
Verzonden: vrijdag 15 november 2024 14:12
Aan: [[P:Lars de Vries]]
CC: [[P:Koen Peeters]]
Onderwerp: RE: Levering kantoormeubilair vestiging [[L:Antwerpen]]

Dag [[P:Lars]],

Dank je voor de snelle reactie. Maandag 25 november is prima. Onze facility manager, [[P:Koen]], zal de ploeg om 7.30 uur aan de achteringang opwachten. Kunnen jullie ook de oude bureaus meenemen, zoals in de offerte van [[O:Ergo Office]] vermeld?

Groeten,
[[P:Sophie Verbruggen]]
Office manager – [[O:Verbruggen & Claes Advocaten]] – [[L:Antwerpen]]

-----Oorspronkelijk bericht-----
Van: [[P:Lars de Vries]]
Verzonden: donderdag 14 november 2024 17:40
Aan: [[P:Sophie Verbruggen]]
Onderwerp: Levering kantoormeubilair vestiging [[L:Antwerpen]]

Beste [[P:Sophie]],

De 18 zit-stabureaus en vergaderstoelen voor jullie nieuwe kantoor zijn binnen in ons magazijn in [[L:Breda]]. [[O:Ergo Office]] kan op maandag 25 of dinsdag 26 november leveren en monteren. Laat maar weten wat jullie voorkeur heeft.

Met vriendelijke groet,
[[P:Lars de Vries]]
Accountmanager, [[O:Ergo Office Benelux B.V.]]
""")

d("nl", "business_letter", """
[[O:Kaashandel Vermeulen B.V.]]
Nijverheidsweg 18
2821 LJ [[L:Stolwijk]]

Aan onze relaties

[[L:Stolwijk]], 2 januari 2025

Betreft: naamswijziging en nieuwe bankgegevens

Geachte relatie,

Per 1 februari 2025 gaat [[O:Kaashandel Vermeulen B.V.]] verder onder de naam [[O:Vermeulen Kaas & Zuivel B.V.]]. De naamswijziging volgt op de fusie met zuivelgroothandel [[O:Boerma Zuivel]] uit [[L:Leeuwarden]], die wij in het najaar van 2024 hebben afgerond.

Voor u verandert er weinig: uw vaste contactpersonen blijven dezelfde, en alle lopende contracten met [[O:Kaashandel Vermeulen]] worden ongewijzigd voortgezet door [[O:Vermeulen Kaas & Zuivel]]. Ons btw-nummer en ons adres in [[L:Stolwijk]] blijven gelijk.

Wel wijzigen onze bankgegevens. Vanaf 1 februari verzoeken wij u betalingen uitsluitend over te maken naar onze nieuwe rekening bij [[O:Rabobank]], IBAN NL44 RABO 0312 4455 66. De oude rekening bij [[O:ING]] wordt per 1 april 2025 opgeheven.

Wij vragen nooit per telefoon of e-mail om wijziging van bankgegevens. Twijfelt u, neem dan contact op met onze financieel manager, mevrouw [[P:Ingrid Boerma]], telefoon 0182 000 000.

Wij danken u voor het vertrouwen en zien de samenwerking in 2025 met plezier tegemoet.

Met vriendelijke groet,

[[P:Joost Vermeulen]]
algemeen directeur
""")


# ================================================================ processing
TYPES = {"O": "ORGANIZATION", "P": "PERSON", "L": "LOCATION"}
MARK = re.compile(r"\[\[([OPL]):([^\[\]]+?)\]\]")
LEGAL_FORMS = [
    "GmbH & Co. KG", "Co., Ltd.", "S.r.l.", "S.p.A.", "S.n.c.", "S.L.P.",
    "S.A.", "S.L.", "B.V.", "N.V.", "Inc.", "GmbH", "SARL", "SAS", "mbH",
    "mbB", "Ltd", "Limited", "plc", "LLP", "VOF", "AG", "SE", "KG", "eG",
    "SA", "AS",
]
TITLE_PREFIXES = ("Mr", "Ms", "Mrs", "Dr", "Herr", "Frau", "Mme", "M. ",
                  "Sr.", "Sra.", "D. ", "Dña.", "Sig", "Dott", "Ing.",
                  "Prof", "Avv.", "Geom.", "mevrouw", "de heer")
ARTICLES = ("the ", "The ", "die ", "der ", "das ", "la ", "le ", "les ",
            "el ", "il ", "lo ", "de ", "het ")


def parse(marked):
    out, ents, pos = [], [], 0
    length = 0
    for m in MARK.finditer(marked):
        chunk = marked[pos:m.start()]
        out.append(chunk)
        length += len(chunk)
        etext = m.group(2)
        ents.append({"type": TYPES[m.group(1)], "start": length,
                     "end": length + len(etext), "text": etext})
        out.append(etext)
        length += len(etext)
        pos = m.end()
    out.append(marked[pos:])
    return "".join(out), ents


def norm_org(name, legal_forms=LEGAL_FORMS):
    n = name.strip()
    changed = True
    while changed:
        changed = False
        for lf in legal_forms:
            if n.endswith(" " + lf) or n.endswith(", " + lf):
                n = n[: -len(lf)].rstrip(" ,")
                changed = True
    return n.lower().split()


def contains_seq(long, short):
    k = len(short)
    return any(long[i:i + k] == short for i in range(len(long) - k + 1))


def org_groups(ents, legal_forms=LEGAL_FORMS):
    """Group ORG mentions of one document into companies (heuristic)."""
    keys = [tuple(norm_org(e["text"], legal_forms)) for e in ents if e["type"] == "ORGANIZATION"]
    parent = list(range(len(keys)))

    def find(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for i in range(len(keys)):
        for j in range(i + 1, len(keys)):
            a, b = keys[i], keys[j]
            if a == b or contains_seq(list(a), list(b)) or contains_seq(list(b), list(a)):
                parent[find(i)] = find(j)
    groups = collections.defaultdict(list)
    for i, k in enumerate(keys):
        groups[find(i)].append(" ".join(k))
    return list(groups.values())


def length_check(text):
    """This set's documents are 400 to 1,500 characters long."""
    return 400 <= len(text) <= 1500, f"length {len(text)}"


def main(docs=DOCS, name="docset", default_out="docs.jsonl", size_check=length_check,
         legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES):
    """Parses the marked documents, checks them, writes the JSONL file (the
    first argument, or `default_out` next to this file) and prints counts.
    Shared by the other document sets (docset3.py) with their own names,
    size check and lists."""
    here = os.path.dirname(os.path.abspath(__file__))
    out_path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, default_out)
    errors, warnings = [], []
    records = []
    for i, (lang, style, marked) in enumerate(docs, start=1):
        text, ents = parse(marked)
        rec = {"id": i, "style": style, "locale": f"{lang}/{name}",
               "text": text, "entities": ents}
        records.append(rec)
        # --- hard checks
        if "[[" in text or "]]" in text:
            errors.append(f"doc {i}: leftover markup")
        size_ok, size = size_check(text)
        if not size_ok:
            errors.append(f"doc {i} ({lang} {style}): {size}")
        if text.count("\n\n") < 2:
            errors.append(f"doc {i}: fewer than 3 paragraphs")
        for e in ents:
            if text[e["start"]:e["end"]] != e["text"]:
                errors.append(f"doc {i}: offset mismatch {e}")
            if e["text"] != e["text"].strip():
                errors.append(f"doc {i}: whitespace in entity {e['text']!r}")
            if e["type"] == "PERSON" and e["text"].startswith(title_prefixes):
                warnings.append(f"doc {i}: PERSON starts like a title: {e['text']!r}")
            if e["text"].startswith(ARTICLES):
                warnings.append(f"doc {i}: entity starts with article: {e['text']!r}")
        # --- completeness: every occurrence of an annotated string, and of
        # its capitalised tokens, must lie inside some annotated span
        spans = [(e["start"], e["end"]) for e in ents]
        probes = set()
        for e in ents:
            probes.add(e["text"])
            for tok in re.findall(r"[^\W\d_][\w'’-]*", e["text"]):
                if len(tok) >= 3 and tok[0].isupper() and tok not in (
                        "Van", "Der", "Den", "Del", "Les", "Las", "Los", "The",
                        "Co", "Ltd", "Inc", "GmbH", "SAS", "SARL", "VOF", "LLP",
                        "Limited", "Bank", "Group", "Groupe", "Grupo", "Banca",
                        "Banco", "Studio", "Hotel", "Service"):
                    probes.add(tok)
        for p in probes:
            for m in re.finditer(r"(?<!\w)" + re.escape(p) + r"(?!\w)", text):
                if not any(s <= m.start() and m.end() <= e for s, e in spans):
                    ctx = text[max(0, m.start() - 30):m.end() + 30].replace("\n", " ")
                    warnings.append(f"doc {i}: unannotated {p!r}: ...{ctx}...")
        # overlapping spans
        ss = sorted(spans)
        for (s1, e1), (s2, e2) in zip(ss, ss[1:]):
            if s2 < e1:
                errors.append(f"doc {i}: overlapping entities at {s1}-{e1} / {s2}-{e2}")

    with open(out_path, "w", encoding="utf-8") as f:
        for rec in records:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")

    # re-read and verify from the written file
    with open(out_path, encoding="utf-8") as f:
        for line in f:
            r = json.loads(line)
            for e in r["entities"]:
                assert r["text"][e["start"]:e["end"]] == e["text"], (r["id"], e)

    # ---------------------------------------------------------- statistics
    langs = ["en", "de", "fr", "es", "it", "nl"]
    types = ["PERSON", "ORGANIZATION", "LOCATION"]
    ndocs = collections.Counter()
    nents = collections.Counter()
    chars = collections.defaultdict(list)
    exact_rep = collections.Counter()
    group_rep = collections.Counter()
    docs_with_rep = collections.Counter()
    for r in records:
        lang = r["locale"].split("/")[0]
        ndocs[lang] += 1
        chars[lang].append(len(r["text"]))
        for e in r["entities"]:
            nents[(lang, e["type"])] += 1
        orgs = collections.Counter(e["text"] for e in r["entities"]
                                   if e["type"] == "ORGANIZATION")
        exact_rep[lang] += sum(1 for c in orgs.values() if c > 1)
        reps = [g for g in org_groups(r["entities"], legal_forms) if len(g) > 1]
        group_rep[lang] += len(reps)
        if reps:
            docs_with_rep[lang] += 1

    print(f"wrote {len(records)} documents to {out_path}\n")
    hdr = f"{'lang':5}{'docs':>5}{'chars(min-max)':>16}" + "".join(f"{t:>14}" for t in types) + f"{'total':>8}"
    print(hdr)
    tot = collections.Counter()
    for lang in langs:
        if not ndocs[lang]:
            continue
        row = [nents[(lang, t)] for t in types]
        for t, v in zip(types, row):
            tot[t] += v
        print(f"{lang:5}{ndocs[lang]:>5}{min(chars[lang]):>8}-{max(chars[lang]):<7}" +
              "".join(f"{v:>14}" for v in row) + f"{sum(row):>8}")
    print(f"{'all':5}{sum(ndocs.values()):>5}{'':>16}" + "".join(f"{tot[t]:>14}" for t in types) +
          f"{sum(tot.values()):>8}")
    print()
    print("ORGANIZATION names mentioned more than once in their document:")
    print(f"{'lang':5}{'same string 2+':>16}{'same company 2+ (full/short grouped)':>40}{'docs with such a company':>27}")
    for lang in langs:
        print(f"{lang:5}{exact_rep[lang]:>16}{group_rep[lang]:>40}{docs_with_rep[lang]:>22}/{ndocs[lang]}")
    print(f"{'all':5}{sum(exact_rep.values()):>16}{sum(group_rep.values()):>40}"
          f"{sum(docs_with_rep.values()):>22}/{sum(ndocs.values())}")

    if warnings:
        print(f"\n{len(warnings)} warning(s):")
        for w in warnings:
            print("  " + w)
    if errors:
        print(f"\n{len(errors)} ERROR(S):")
        for e in errors:
            print("  " + e)
        sys.exit(1)
    print("\nall checks passed")


if __name__ == "__main__":
    main()
