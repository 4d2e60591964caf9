#!/usr/bin/env python3
"""The fourth document set: 60 business documents (bank statement cover
letters and payment reminders, HR offer, dismissal and reference letters,
insurance claim correspondence, freight e-mails and customs notes, clinic and
laboratory letters, procurement award notices, local business news, notices
of shareholders' meetings, due-diligence and audit findings, complaints to a
regulator or ombudsman and their replies, conference programmes, professional
profiles, trade-fair exhibitor lists, merger announcements, supplier
scorecards, IT incident reports, commercial leases, sponsorship agreements,
research collaboration letters and charity reports), 10 each in English,
German, French, Spanish, Italian and Dutch, each written in its own language
rather than translated, in which organisations of many kinds and shapes
(with and without a legal form, acronyms, names with "&" or a hyphen, names
containing a place or a surname, public bodies) are named in full and then by
shorter forms, annotated with PERSON, ORGANIZATION and LOCATION. Written on
2026-12-07 by a helper who had not seen the analyzer, the other document
sets' second file or any template file, with invented and a few real
organisation names (none from Faker or mimesis). Kept blind: the rules'
author scores it but does not read its documents or its errors.

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs4.jsonl next to this file).

Conventions: an ORGANIZATION span covers the name as written, with its legal
form, without a leading article unless the article is part of the name; a
possessive ending is left out; a place inside an organisation's name belongs
to the ORGANIZATION. A PERSON span is the name without titles or
salutations ("Dr", "Herr", "Mme", "Sr.", "Sig.ra", "dhr.", "mevr."); surname-
alone and first-name-alone mentions are marked. LOCATION covers cities,
towns, regions and countries, not streets, postcodes or buildings. Products,
job titles, departments, documents, events (conferences, fairs) and
nationality adjectives are not marked. Names inside e-mail addresses and web
addresses are not marked.
"""
import docset  # the markup, the checks and the counts (this file's folder is on the path)

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))

# ---------------------------------------------------------------- English
d("en", "bank_statement_cover_letter", """
[[O:Fenwick Mercantile]]
Business Banking Centre
3 Grey Street, [[L:Newcastle upon Tyne]] NE1 6EE
Authorised by the [[O:Prudential Regulation Authority]] and regulated by the [[O:Financial Conduct Authority]] and the [[O:PRA]]

Mrs [[P:Lorna Haddow]]
Finance Director
[[O:Tynebridge Glass & Glazing Ltd]]
Unit 11, Follingsby Park
[[L:Gateshead]] NE10 8YA

31 January 2025

Our ref: BB/TGG/0442

Dear Mrs [[P:Haddow]],

Your annual statement of fees and business current account statements for 2024

Please find enclosed the annual statement of fees for the business current account and the deposit account held by [[O:Tynebridge Glass & Glazing]], together with the twelve monthly statements for the period 1 January to 31 December 2024. The statement of fees shows all charges and interest debited during the year, broken down by month and by type of service.

You will notice that the charge for incoming international payments fell from £9.50 to £6.00 per item from July 2024. This follows the change to our tariff announced in April. The statement also lists the interest earned on the deposit account, which was paid gross. If your accountants, [[O:Armstrong Lamb]], require certified copies for the year-end audit, [[P:Ewan Telfer]] in our [[L:Sunderland]] office can supply them within five working days.

We would also like to remind you that the overdraft facility of £150,000 agreed with [[O:Tynebridge]] in March 2023 is due for review on 28 March 2025. Your relationship manager, Mr [[P:Telfer]], will contact you in February to arrange a meeting and will ask for your management accounts to the end of December.

If you are unhappy with any aspect of our service, please tell us first so that we can put things right. If you remain dissatisfied, you may be able to refer your complaint to the [[O:Financial Ombudsman Service]]. Eligible deposits with [[O:Fenwick Mercantile]] are protected by the [[O:Financial Services Compensation Scheme]] ([[O:FSCS]]).

Yours sincerely,

[[P:Harriet Colquhoun]]
Head of Business Banking, North East
[[O:Fenwick Mercantile Bank plc]]

Enclosures: Annual statement of fees 2024; 12 account statements
Registered in [[L:England]] and [[L:Wales]], no. 02219034
""")

d("en", "hr_dismissal_letter", """
[[O:Oakhurst-Vale Engineering Ltd]]
Meridian Business Park, [[L:Leicester]] LE19 1WZ

STRICTLY PRIVATE AND CONFIDENTIAL
Mr [[P:Craig Mottram]]
19 Shenton Close
[[L:Hinckley]] LE10 0QP

14 March 2025

Dear Mr [[P:Mottram]],

Notice of termination of employment by reason of redundancy

I refer to our individual consultation meetings of 24 February and 7 March 2025, at which you were accompanied by your representative from [[O:Unite the Union]], Ms [[P:Bernadette Quayle]]. As explained at those meetings, [[O:Oakhurst-Vale]] is closing its sheet-metal fabrication cell at the [[L:Leicester]] site and moving the work to our sister plant in [[L:Telford]], following the loss of the panel contract with [[O:JCB]].

We have carefully considered the alternatives you and Ms [[P:Quayle]] put forward, including a transfer to [[L:Telford]] and a reduction in hours. Unfortunately, the only vacancy at [[L:Telford]] is for a CNC programmer, for which you did not wish to be considered, and no other suitable alternative employment is available. I must therefore confirm that your employment will end by reason of redundancy.

Your last day of employment will be 6 June 2025, which reflects your statutory notice entitlement of twelve weeks. You will receive:

- a statutory redundancy payment of £8,736.00;
- an enhanced payment of £4,000.00 under the collective agreement with [[O:Unite]];
- payment for 9.5 days' accrued but untaken holiday.

During your notice period you are entitled to reasonable paid time off to look for work. Our outplacement partner, [[O:Talentbridge Midlands]], will contact you to offer CV and interview support, and you may also wish to contact [[O:Jobcentre Plus]] in [[L:Hinckley]].

You have the right to appeal against this decision. If you wish to do so, please write to [[P:Alison Threlfall]], Operations Director, within seven days of receiving this letter, setting out your grounds. Information on early conciliation is available from [[O:Acas]].

I would like to thank you for your sixteen years of service with [[O:Oakhurst-Vale Engineering]].

Yours sincerely,

[[P:Nigel Aspinall]]
Head of People
""")

d("en", "insurance_claim_email", """
From: [[P:Rosalind Achterberg]] <r.achterberg@pemburyrisk.co.uk>
To: Property Claims Team, [[O:Allianz Commercial]]
Cc: [[P:Gareth Pryce]]
Date: 12 November 2024, 10:04
Subject: Claim PRP-24-3381 - [[O:Tollgate Cold Storage]] - refrigeration failure, [[L:Avonmouth]]

Dear [[P:Megan]],

Further to our call yesterday, I write on behalf of our client [[O:Tollgate Cold Storage Ltd]] to notify formally the loss that occurred at their [[L:Avonmouth]] warehouse over the weekend of 9-10 November.

Summary of events: at approximately 02:30 on Saturday the main compressor in chamber 3 tripped following a power surge on the local network operated by [[O:National Grid]]. The backup unit, serviced in September by [[O:Arctica Refrigeration Services]], failed to start. The alarm was relayed to the monitoring centre of [[O:Securitas]], but the call-out to the site manager, Mr [[P:Pryce]], was not made until 07:15. By that time the temperature in the chamber had risen to minus 4°C.

The chamber held frozen seafood belonging to two customers of [[O:Tollgate]], [[O:Severn Seafoods]] and [[O:Brixham Catch Co-operative]]. Both have notified [[O:Tollgate]] that they will hold it responsible. Our preliminary estimate of the stock loss is £318,000, plus disposal costs, with a further claim for business interruption likely while chamber 3 remains out of use.

We should be grateful if you would appoint a loss adjuster as soon as possible; we understand that [[O:Sedgwick]] has acted for you on similar losses in the [[L:Bristol]] area. Our client has photographs, the temperature logs and the alarm transcript from [[O:Securitas]] ready for inspection, and has retained all affected stock pending your instructions. We would also ask you to confirm whether you intend to exercise subrogation rights against [[O:Arctica]].

Please note that the stock-in-trade section of the policy carries a deterioration of stock extension with an excess of £5,000.

Kind regards,

[[P:Rosalind Achterberg]]
Senior Claims Executive
[[O:Pembury Risk Partners LLP]]
Chartered Insurance Brokers | [[L:Bristol]] | [[L:Exeter]]
""")

d("en", "freight_email", """
From: [[P:Danny Okonjo]] <ops@harbourline.co.uk>
Sent: Wednesday, 19 February 2025 08:47
To: [[P:Sian Rowlands]]
Subject: Container HLXU 448210-7 held at [[L:Felixstowe]] - CHIEF query

Hi [[P:Sian]],

Quick update on your inbound container with the garden furniture from [[L:Ho Chi Minh City]]. The vessel, [[O:Hapag-Lloyd]]'s Bangkok Express, berthed at [[L:Felixstowe]] on Monday and the box was discharged the same evening. However, [[O:HM Revenue & Customs]] has placed a documentary check on the entry: the commodity code on the commercial invoice (9401 79) does not match the one declared by the supplier's agent (9403 20), and the duty rates differ.

What we need from [[O:Greyfriars Home]] today, if possible:

1. The product specification sheets for the rattan lounge sets (to show they are seats, not tables).
2. Confirmation of the EUR.1 or origin statement from [[O:Saigon Woodcraft Joint Stock Company]], so that preference can be claimed under the trade agreement between the [[L:United Kingdom]] and [[L:Vietnam]].
3. Your deferment account number, in case the duty has to be amended.

Once we have these, our customs team in [[L:Ipswich]] will submit the amendment and ask [[O:HMRC]] to release the entry. Storage at the terminal is free until Friday; after that [[O:Hutchison Ports]] will charge £42 per day, plus demurrage from the line after day 7.

Haulage is booked with [[O:Fenland Transport]] for Monday to your [[L:Peterborough]] warehouse, assuming release by Friday afternoon.

Regards,
[[P:Danny]]

[[P:Danny Okonjo]]
Import Operations Supervisor
[[O:Harbourline Logistics]] | Suffolk House, Landguard Way, [[L:Felixstowe]] IP11 3QL

---

From: [[P:Sian Rowlands]]
Sent: Tuesday, 18 February 2025 16:20
To: [[P:Danny Okonjo]]
Subject: Container HLXU 448210-7

[[P:Danny]], any news on the container? Our spring catalogue goes live on 3 March and [[P:Mark]] in merchandising is getting nervous. Thanks, [[P:Sian]]

[[P:Sian Rowlands]] | Supply Chain Coordinator | [[O:Greyfriars Home Ltd]] | [[L:Peterborough]]
""")

d("en", "local_news_article", """
[[L:KENDAL]]

Brewery's expansion to create 40 jobs on former dairy site

By [[P:Hannah Birkett]], Business Reporter

A craft brewery founded in a garage in [[L:Staveley]] eleven years ago is to move into the former creamery on the edge of [[L:Kendal]], creating up to 40 jobs over the next three years.

[[O:Fellside Brewing]] was granted planning permission on Tuesday by [[O:Westmorland and Furness Council]] to convert the empty dairy buildings into a brewhouse, canning line and visitor centre. The site has stood empty since [[O:Lakeland Dairies]] consolidated production in [[L:Cumbria]] at its [[L:Penrith]] plant in 2019.

Co-founder [[P:Tom Gaskarth]] said the move would triple capacity. "We've been turning down orders from supermarkets for two years because we simply can't brew enough," he said. "Staying in the [[L:South Lakes]] was important to us. Most of our team live within ten miles of [[L:Kendal]]."

The £6.2 million project is backed by a loan from [[O:NatWest]] and a £750,000 grant from the [[O:Cumbria Local Enterprise Partnership]]. Mr [[P:Gaskarth]] and his business partner, [[P:Aisling Ferris]], will retain a majority stake, with a minority investment from [[O:Kelda Growth Capital]], a [[L:Leeds]]-based fund.

Not everyone is welcome to the plans. Residents of nearby Mintsfeet Road raised concerns about lorry traffic at the planning meeting, and councillor [[P:Derek Wilby]] asked for deliveries to be restricted to daytime hours. The council has attached a condition limiting vehicle movements between 10pm and 7am.

Ms [[P:Ferris]] said the brewery would work with [[O:Kendal College]] to offer apprenticeships in brewing and engineering, and that recruitment for the first 15 roles would begin in the spring. [[O:Fellside]] currently employs 22 people.

The [[O:Cumbria Chamber of Commerce]] welcomed the decision. Its chief executive, [[P:Rob Johnston]], described it as "exactly the kind of growth the county needs".
""")

d("en", "agm_notice", """
[[O:CARROWMERE HOLDINGS PLC]]
(Incorporated and registered in [[L:England]] and [[L:Wales]] under number 04471826)

NOTICE OF ANNUAL GENERAL MEETING

THIS DOCUMENT IS IMPORTANT AND REQUIRES YOUR IMMEDIATE ATTENTION. If you are in any doubt as to the action you should take, you should consult your stockbroker, solicitor, accountant or other independent adviser authorised under the Financial Services and Markets Act 2000.

Notice is hereby given that the Annual General Meeting of [[O:Carrowmere Holdings plc]] (the "Company") will be held at the offices of [[O:Slaughter and May]], One Bunhill Row, [[L:London]] EC1Y 8YY, on Thursday 22 May 2025 at 11.00 a.m. to consider and, if thought fit, pass the following resolutions.

Ordinary resolutions

1. To receive the Company's annual report and accounts for the year ended 31 December 2024.
2. To approve the directors' remuneration report.
3. To declare a final dividend of 14.2 pence per ordinary share.
4. To re-elect [[P:Fiona Strachan]] as a director.
5. To re-elect [[P:Jeremy Oduya]] as a director.
6. To elect [[P:Catriona Vallely]], who was appointed by the board since the last annual general meeting, as a director.
7. To reappoint [[O:PricewaterhouseCoopers LLP]] as auditors of the Company and to authorise the audit committee to determine their remuneration.

Special resolutions

8. To authorise the Company to make market purchases of up to 10% of its issued ordinary shares.
9. To authorise the calling of general meetings other than annual general meetings on not less than 14 clear days' notice.

Explanatory notes on all resolutions are set out on pages 6 to 9. Mr [[P:Oduya]] will not stand for re-election as chair of the audit committee after this meeting; the board intends to appoint Ms [[P:Vallely]] in his place, subject to her election.

Shareholders may appoint a proxy online through the website of the Company's registrar, [[O:Equiniti]], or by completing the enclosed form of proxy and returning it to [[O:Equiniti Limited]], Aspect House, Spencer Road, [[L:Lancing]], [[L:West Sussex]] BN99 6DA, to arrive no later than 11.00 a.m. on 20 May 2025. CREST members may use the CREST electronic proxy appointment service operated by [[O:Euroclear UK & International]].

By order of the Board

[[P:Simon Achebe]]
Company Secretary
[[O:Carrowmere Holdings plc]]
Registered office: 27 Albyn Place, [[L:Aberdeen]] AB10 1YL
""")

d("en", "conference_programme", """
SUPPLY CHAIN RESILIENCE FORUM 2025
[[L:Dublin]], Convention Centre, 8 October 2025
Hosted by [[O:Enterprise Ireland]] with the [[O:Irish Exporters Association]]

PROGRAMME

08:30 Registration and coffee, sponsored by [[O:Kilbride Freight Solutions]]

09:15 Welcome
[[P:Orla Mac Giolla Rua]], Divisional Manager, [[O:Enterprise Ireland]]

09:30 Keynote: Nearshoring after the tariff shocks - what has really changed?
Prof. [[P:Declan Harte]], School of Business, [[O:Trinity College Dublin]]

10:15 Panel: Building buffer stock without killing cash flow
Chair: [[P:Sinéad Corcoran]], Chief Executive, [[O:Irish Exporters Association]]
- [[P:Ruairí Geraghty]], Head of Procurement, [[O:Kerry Group]]
- [[P:Ingeborg Lunde]], Director of Operations EMEA, [[O:Boston Scientific]], [[L:Galway]]
- [[P:Farah Siddiqui]], Partner, [[O:Ballantyne & Moore]] management consultants
- [[P:Pádraig Tierney]], Finance Director, [[O:Wexford Precision Castings]]

11:30 Case study: How a mid-sized medtech supplier mapped its tier-2 and tier-3 suppliers in ninety days
[[P:Niamh Costigan]], Supply Chain Director, [[O:Corrib Medical Devices]], [[L:Galway]]

12:15 Lunch

13:30 Workshops (choose one)
A. Customs after Brexit: the [[L:Northern Ireland]] arrangements in practice - [[P:Colm Brady]], [[O:Revenue Commissioners]]
B. Data sharing with carriers: a practical checklist - [[P:Luca Benedetti]], [[O:Kilbride Freight Solutions]]
C. Scenario planning for port disruption - [[P:Tanya Whelehan]], [[O:Dublin Port Company]]

15:00 Fireside chat: Lessons from the [[L:Red Sea]] diversions
[[P:Ruairí Geraghty]] ([[O:Kerry Group]]) in conversation with [[P:Declan Harte]]

15:45 Closing remarks and networking reception

Ms [[P:Corcoran]] and Prof. [[P:Harte]] will also launch the [[O:IEA]]'s annual export survey, prepared with researchers at [[O:University College Cork]]. Places are limited; members of the [[O:IEA]] attend free of charge.
""")

d("en", "professional_profile", """
[[P:Morwenna Trelawny]]
Head of Data Engineering at [[O:Brightwater Analytics]] | Cloud data platforms, dbt, SQL
[[L:Bristol]], [[L:England]], [[L:United Kingdom]] · 500+ connections

About
I build data platforms that analysts actually enjoy using. For the past twelve years I have worked on the plumbing behind pricing, risk and logistics decisions, first in insurance, then in energy, and now in retail analytics. At [[O:Brightwater]] I lead a team of fourteen engineers in [[L:Bristol]] and [[L:Lisbon]] who look after the pipelines feeding our clients' demand forecasts.

I care about boring, reliable infrastructure, good documentation, and giving junior engineers real ownership early. Outside work I mentor with [[O:Code First Girls]] and volunteer as a trustee of the [[O:Cornwall Community Foundation]].

Experience

Head of Data Engineering - [[O:Brightwater Analytics]]
Jan 2022 - present · [[L:Bristol]]
Grew the team from 5 to 14. Migrated 300+ pipelines from on-premises SQL Server to a cloud data warehouse, cutting the nightly batch from seven hours to forty minutes. Led the data partnership with [[O:Co-op Food]].

Senior Data Engineer - [[O:OVO Energy]]
Mar 2018 - Dec 2021 · [[L:Bristol]]
Built the smart-meter ingestion platform processing 1.8 billion readings a day. Worked closely with [[O:Kaluza]] after the spin-out.

Data Engineer - [[O:Hiscox]]
Sep 2013 - Feb 2018 · [[L:London]] and [[L:Bermuda]]
Pricing data warehouse for the specialty and reinsurance lines.

Education

[[O:University of Exeter]]
MSc Applied Data Science, 2012-2013

[[O:Falmouth University]]
BA Photography, 2008-2011

Recommendations

"[[P:Morwenna]] has a gift for turning a messy estate of scripts into something the whole business can trust." - [[P:Tariq Belhadj]], CTO, [[O:Brightwater Analytics]]

"I reported to [[P:Morwenna]] for three years at [[O:OVO]]. She is the best engineering manager I have had." - [[P:Jess Polglase]], Staff Engineer, [[O:Octopus Energy]]
""")

d("en", "it_incident_report", """
POST-INCIDENT REVIEW - INC-2025-0117
Organisation: [[O:Halyard Insurance Services]]
Classification: Internal - Major incident (P1)
Author: [[P:Vikram Dhillon]], Service Delivery Manager
Date of review: 4 April 2025

1. Summary

Between 07:52 and 11:38 BST on 27 March 2025, brokers and policyholders were unable to log in to the [[O:Halyard]] customer portal and the broker extranet. Internal staff in the [[L:Chelmsford]] and [[L:Glasgow]] offices were also unable to access the claims system. About 2,300 broker sessions and an estimated 640 customer calls were affected.

2. Root cause

A certificate used to sign authentication tokens between our identity provider, [[O:Okta]], and the portal's application gateway expired at 07:50. The renewal reminder had been sent to a distribution list that was deleted during the migration of our mailboxes to [[O:Microsoft]]'s cloud service in January. Our managed service provider, [[O:Redkite Managed Services]], had responsibility for certificate monitoring under the service agreement, but the certificate was not on the inventory handed over to [[O:Redkite]] in 2023.

3. Timeline (BST)

07:52 First alerts from synthetic monitoring ([[O:Datadog]]).
08:10 Service desk receives first calls; incident raised as P2.
08:45 Upgraded to P1 by [[P:Beth Carmichael]], duty incident manager.
09:30 Cause identified by [[P:Jonas Weir]] ([[O:Redkite]]) and our security team.
10:55 New certificate issued and deployed to the gateway.
11:38 Service confirmed restored; [[O:Cloudflare]] cache purged.

4. Impact

No data was lost or disclosed. Two brokers, [[O:Marlow Ridge Insurance Brokers]] and [[O:Pentland & Shaw]], reported missed renewals and were offered manual processing. The incident was not reportable to the [[O:Information Commissioner's Office]], but it has been logged with the [[O:FCA]] as an operational disruption under our operational resilience framework.

5. Actions

- Full certificate inventory to be completed by [[O:Redkite]] by 30 April (owner: [[P:Jonas Weir]]).
- Expiry alerts to be routed to the on-call rota via the paging tool (owner: [[P:Beth Carmichael]]).
- Contract review with [[O:Redkite Managed Services Ltd]] on monitoring scope (owner: [[P:Vikram Dhillon]]).

Approved by [[P:Fenella Oakes]], Chief Operating Officer, [[O:Halyard]].
""")

d("en", "charity_report", """
[[O:Riverside Food Network]]
Annual Impact Report 2024 - Summary

A message from our chair

2024 was the busiest year in our eleven-year history. Across our six hubs in [[L:Salford]], [[L:Bolton]], [[L:Wigan]] and [[L:Oldham]] we distributed 1.9 million meals' worth of food, a 23% increase on the year before, and for the first time more than half of the people we supported were in work. None of this would be possible without our 480 volunteers and the partners and donors listed below. Thank you.
[[P:Gwen Ashworth]], Chair of Trustees

What we did

- Rescued 812 tonnes of surplus food from retailers, growers and wholesalers, with [[O:Tesco]], [[O:Booths]] and [[O:Fareshare Greater Manchester]] our largest sources.
- Opened a new community pantry in [[L:Oldham]] with [[O:Oldham Council]] and [[O:Hathershaw Methodist Church]].
- Ran 38 cookery courses with tutors from [[O:The Manchester College]].
- Helped 1,140 households with debt and benefits advice through our partnership with [[O:Citizens Advice Salford]].

Our funders

We are grateful to the following organisations for grants and donations of £10,000 or more in 2024:
[[O:National Lottery Community Fund]] - £185,000 (second year of three)
[[O:Greater Manchester Combined Authority]] - £60,000
[[O:Co-op Foundation]] - £42,500
[[O:Kellogg's]] - £25,000
[[O:Bruntwood]] - £20,000 and free warehouse space in [[L:Salford]]
[[O:Pilkington-Hale Charitable Trust]] - £15,000
[[O:Peel L&P]] - £12,000

Finances in brief

Total income was £1.42 million (2023: £1.16 million), of which 61% came from grants, 27% from donations and 12% from our social supermarket. Expenditure was £1.37 million. Our accounts were independently examined by [[O:Beever and Struthers]].

Looking ahead

In 2025 we aim to open a seventh hub in [[L:Wigan]] town centre and to pilot a warm-space scheme with [[O:Salford City Council]]. Our chief executive, [[P:Kwame Asante-Lord]], and Mrs [[P:Ashworth]] would welcome conversations with any business that can offer surplus stock, van time or volunteers.

[[O:Riverside Food Network]] is a registered charity in [[L:England]] and [[L:Wales]] (no. 1159931).
""")
# ---------------------------------------------------------------- German
d("de", "payment_reminder", """
[[O:Lahntal Metallbau GmbH]] · Industriestraße 41 · 35394 [[L:Gießen]]

[[O:Schreinerei Vogelsang]]
Inh. [[P:Rüdiger Vogelsang]]
Am Kirchberg 7
35510 [[L:Butzbach]]

[[L:Gießen]], 17. Februar 2025

Kundennummer: 20418
2. Zahlungserinnerung – Rechnung Nr. RE-2024-3176 vom 29. November 2024

Sehr geehrter Herr [[P:Vogelsang]],

leider konnten wir bis heute keinen Zahlungseingang für die oben genannte Rechnung über 6.842,30 € feststellen. Die Rechnung betrifft die Lieferung und Montage der Stahltreppe mit Podest für Ihr Bauvorhaben in [[L:Bad Nauheim]] und war am 29. Dezember 2024 fällig. Auf unsere erste Erinnerung vom 20. Januar haben wir keine Rückmeldung erhalten.

Wir gehen davon aus, dass es sich um ein Versehen handelt, zumal die Zusammenarbeit mit der [[O:Schreinerei Vogelsang]] in den vergangenen Jahren stets reibungslos verlaufen ist. Sollte es Beanstandungen an der Ausführung geben, sprechen Sie bitte unseren Bauleiter, Herrn [[P:Kai Ostermann]], direkt an; er hat die Abnahme am 28. November gemeinsam mit Ihrem Mitarbeiter Herrn [[P:Lukas Heberer]] durchgeführt, und das Abnahmeprotokoll enthält keine Mängel.

Bitte überweisen Sie den offenen Betrag zuzüglich einer Mahngebühr von 5,00 € bis spätestens 3. März 2025 auf eines der unten angegebenen Konten. Nach Ablauf dieser Frist müssten wir die Forderung ohne weitere Ankündigung an unser Inkassounternehmen, die [[O:Creditreform Gießen]], übergeben oder ein gerichtliches Mahnverfahren beim [[O:Amtsgericht Hünfeld]] einleiten. Die dadurch entstehenden Kosten und Verzugszinsen gingen zu Ihren Lasten.

Falls Sie die Zahlung zwischenzeitlich veranlasst haben, betrachten Sie dieses Schreiben bitte als gegenstandslos.

Mit freundlichen Grüßen

i. A. [[P:Petra Schuchardt]]
Debitorenbuchhaltung
[[O:Lahntal Metallbau GmbH]]

Bankverbindungen: [[O:Volksbank Mittelhessen]] · IBAN DE51 5139 0000 0044 8120 07
[[O:Sparkasse Gießen]] · IBAN DE87 5135 0025 0205 1177 30
Geschäftsführer: [[P:Jens Lahntaler]] · [[O:Amtsgericht Gießen]] HRB 5521
""")

d("de", "employment_reference", """
[[O:Brenner & Wiesinger Unternehmensberatung]]
Maximilianstraße 35 · 80539 [[L:München]]

ARBEITSZEUGNIS

Frau [[P:Annika Loewenthal]], geboren am 4. Mai 1991 in [[L:Ulm]], war vom 1. Oktober 2019 bis zum 31. Januar 2025 in unserem Unternehmen als Senior Consultant im Bereich Logistik und Supply Chain tätig.

[[O:Brenner & Wiesinger]] ist eine unabhängige Managementberatung mit Büros in [[L:München]], [[L:Stuttgart]] und [[L:Wien]]. Wir beraten mittelständische Industrieunternehmen sowie öffentliche Auftraggeber bei der Optimierung ihrer Beschaffungs- und Logistikprozesse.

Zu den Aufgaben von Frau [[P:Loewenthal]] gehörten insbesondere:
- die Leitung von Projekten zur Netzwerkplanung und Lagerstandortoptimierung,
- die Durchführung von Lieferantenaudits und Ausschreibungen für Transportleistungen,
- die fachliche Betreuung von bis zu vier Junior Consultants,
- die Mitarbeit an Angeboten und Fachpublikationen.

Besonders hervorzuheben ist ihr Einsatz im Projekt für die [[O:Augsburger Verkehrs- und Tarifverbund GmbH]], in dem sie die Neuausschreibung der Werkstattlogistik verantwortete, sowie die Neugestaltung des Ersatzteillagers der [[O:Kässbohrer Geländefahrzeug AG]] in [[L:Laupheim]], die zu einer Senkung der Lagerkosten um 18 % führte. Bei unseren Kunden, etwa bei Herrn [[P:Gottfried Rauchenberger]], Werkleiter bei [[O:Kässbohrer]], genoss sie hohes Ansehen.

Frau [[P:Loewenthal]] verfügt über ein umfassendes und fundiertes Fachwissen, das sie stets sicher und zielorientiert in der Praxis einsetzte. Sie arbeitete äußerst selbständig, sorgfältig und termingerecht. Ihre Arbeitsergebnisse waren stets von sehr hoher Qualität. Sie erledigte die ihr übertragenen Aufgaben stets zu unserer vollsten Zufriedenheit.

Ihr Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets vorbildlich. Als Mentorin im Programm der [[O:Technischen Universität München]] für Studierende der Logistik hat sie unser Unternehmen zudem hervorragend vertreten.

Frau [[P:Loewenthal]] verlässt uns auf eigenen Wunsch, um eine Führungsaufgabe bei der [[O:DB Schenker]] in [[L:Essen]] zu übernehmen. Wir bedauern ihr Ausscheiden sehr, danken ihr für die stets hervorragende Zusammenarbeit und wünschen ihr für ihre berufliche und private Zukunft alles Gute und weiterhin viel Erfolg.

[[L:München]], 31. Januar 2025

Dr. [[P:Clemens Wiesinger]]
Partner
""")

d("de", "insurance_claim_letter", """
[[O:Westfälische Provinzial Versicherung AG]]
Schadenservice Gewerbe
Provinzial-Allee 1 · 48159 [[L:Münster]]

[[O:Druckerei Kemper & Söhne KG]]
z. Hd. Herrn [[P:Matthias Kemper]]
Bahnhofstraße 112
59065 [[L:Hamm]]

Schadennummer: 24-G-0871553
Versicherungsschein: GV 4410-228-93
[[L:Münster]], 9. Januar 2025

Leitungswasserschaden vom 14. Dezember 2024 in Ihrem Betriebsgebäude

Sehr geehrter Herr [[P:Kemper]],

vielen Dank für Ihre Schadenmeldung und die übersandten Fotos. Nach dem Bericht unseres Sachverständigen, Herrn Dipl.-Ing. [[P:Uwe Haarmann]] vom Ingenieurbüro [[O:Haarmann & Frieling]], ist der Schaden durch einen Frostbruch der Zuleitung im nicht beheizten Lagerraum entstanden. Das austretende Wasser hat die Bodenfläche des Papierlagers sowie Teile der Falzmaschine beschädigt.

Der Sachverständige beziffert den Schaden wie folgt:
- Papiervorräte: 18.420,00 €
- Reparatur Falzmaschine (Kostenvoranschlag [[O:Heidelberger Druckmaschinen]]): 9.860,00 €
- Trocknung und Bodensanierung ([[O:Belfor]]): 7.315,50 €

Bitte beachten Sie, dass nach § 6 der Allgemeinen Bedingungen nicht genutzte Gebäudeteile in der kalten Jahreszeit ausreichend zu beheizen oder die Leitungen zu entleeren sind. Herr [[P:Haarmann]] hat festgestellt, dass der Heizkörper im Lagerraum abgestellt war. Wir prüfen daher, ob eine Obliegenheitsverletzung vorliegt, und bitten Sie, uns bis zum 24. Januar 2025 mitzuteilen, wer den Heizkörper wann abgestellt hat.

Unabhängig davon leisten wir eine Abschlagszahlung von 10.000,00 € auf Ihr Konto bei der [[O:Sparkasse Hamm]]. Die Betriebsunterbrechung prüfen wir gesondert, sobald die [[O:Heidelberger]]-Techniker die Maschine wieder in Betrieb genommen haben.

Ihr Versicherungsvermittler, Herr [[P:Stefan Beckmann]] von der Geschäftsstelle [[O:Beckmann & Tigges]] in [[L:Unna]], erhält eine Kopie dieses Schreibens.

Mit freundlichen Grüßen

[[P:Nicole Wortmann]]
Schadensachbearbeiterin
""")

d("de", "freight_customs_email", """
Von: [[P:Oksana Reimer]] <o.reimer@nordkai-spedition.de>
Gesendet: Montag, 3. März 2025 11:26
An: [[P:Henning Brockmann]]
Cc: Zollabteilung
Betreff: AW: Sendung 7721-HH / Maschinenteile für [[L:Izmir]] – Ausfuhr gestoppt

Hallo Herr [[P:Brockmann]],

kurzer Zwischenstand: Die Ausfuhranmeldung für die zwei Kisten mit den Spindeleinheiten ist im ATLAS-System vom [[O:Hauptzollamt Hamburg]] angehalten worden. Das [[O:Zollamt Waltershof]] verlangt vor der Gestellung eine Stellungnahme, ob die Ware unter die Dual-Use-Verordnung fällt. Grund ist die Warenbeschreibung „CNC-Steuerung mit 5-Achs-Interpolation“ auf Ihrer Handelsrechnung.

Wir benötigen von der [[O:Brockmann Präzisionstechnik]] daher bis morgen Mittag:
1. eine Güterlistenauskunft bzw. einen Nullbescheid des [[O:BAFA]], falls vorhanden,
2. die technische Spezifikation der Steuerung (Hersteller laut Rechnung: [[O:Siemens]]),
3. eine unterschriebene Endverbleibserklärung Ihres Kunden, der [[O:Ege Takım Tezgahları A.Ş.]]

Ohne diese Unterlagen können wir die Buchung auf der „Cap San Lorenzo“ von [[O:Hamburg Süd]] nicht halten; das Schiff schließt am Mittwoch um 16 Uhr. Die nächste Abfahrt Richtung [[L:Türkei]] wäre erst am 17. März.

Beste Grüße aus [[L:Hamburg]]
[[P:Oksana Reimer]]

[[O:Nordkai Spedition GmbH & Co. KG]]
Zoll & Außenhandel
Am Sandtorkai 50 · 20457 [[L:Hamburg]]

-----Ursprüngliche Nachricht-----
Von: [[P:Henning Brockmann]]
Gesendet: Freitag, 28. Februar 2025 15:02
An: [[P:Oksana Reimer]]
Betreff: Sendung 7721-HH / Maschinenteile für [[L:Izmir]]

Liebe Frau [[P:Reimer]],

die zwei Kisten stehen ab Montag früh bei uns in [[L:Lüneburg]] zur Abholung bereit. Die Ausfuhrpapiere hat unsere Frau [[P:Demirel]] Ihnen heute bereits gemailt. Bitte geben Sie mir Bescheid, falls noch etwas fehlt.

Viele Grüße
[[P:Henning Brockmann]]
Vertriebsleiter Export
[[O:Brockmann Präzisionstechnik GmbH]] · [[L:Lüneburg]]
""")

d("de", "clinic_letter", """
[[O:Klinikum Oldenburg]]
Universitätsklinik für Innere Medizin – Kardiologie
Rahel-Straus-Straße 10 · 26133 [[L:Oldenburg]]

Frau
Dr. med. [[P:Imke Bruns]]
Fachärztin für Allgemeinmedizin
Hauptstraße 22
26655 [[L:Westerstede]]

[[L:Oldenburg]], 21.01.2025

Entlassungsbericht
Patient: Herr [[P:Hinrich Janßen]], geb. 12.07.1958, wohnhaft in [[L:Bad Zwischenahn]]
Stationärer Aufenthalt: 14.01.2025 – 20.01.2025

Sehr geehrte Frau Kollegin [[P:Bruns]],

wir berichten über Ihren Patienten Herrn [[P:Janßen]], der sich notfallmäßig über den Rettungsdienst des [[O:Landkreises Ammerland]] mit seit zwei Stunden bestehenden retrosternalen Schmerzen in unserer Notaufnahme vorstellte.

Diagnosen:
- NSTEMI bei koronarer Dreigefäßerkrankung
- Arterielle Hypertonie
- Diabetes mellitus Typ 2, oral therapiert

Verlauf: Die Koronarangiographie zeigte eine hochgradige Stenose des RIVA, die mit zwei medikamentenbeschichteten Stents versorgt wurde. Aufgrund der Mitbeteiligung des RCX haben wir den Befund in der interdisziplinären Herzkonferenz mit den Kollegen der Herzchirurgie des [[O:Pius-Hospitals Oldenburg]] besprochen; ein zweizeitiges interventionelles Vorgehen wird empfohlen. Die Laborwerte wurden durch das [[O:MVZ Labor Nordwest]] bestimmt; das Troponin war bei Aufnahme deutlich erhöht und im Verlauf rückläufig.

Wir bitten um Wiedervorstellung in unserer kardiologischen Ambulanz in sechs Wochen. Eine Anschlussheilbehandlung in der [[O:Klinik am Meer]] in [[L:Norden]] ist über die [[O:Deutsche Rentenversicherung Oldenburg-Bremen]] beantragt.

Medikation bei Entlassung: ASS 100 mg 1-0-0, Ticagrelor 90 mg 1-0-1, Atorvastatin 80 mg 0-0-1, Metformin 1000 mg 1-0-1.

Für Rückfragen stehen wir Ihnen gern zur Verfügung.

Mit freundlichen kollegialen Grüßen

Prof. Dr. [[P:Ralf Tjaden]]            Dr. [[P:Merve Altıntaş]]
Direktor der Klinik            Stationsärztin
""")

d("de", "procurement_award_notice", """
Bekanntmachung über vergebene Aufträge
Vergabestelle: [[O:Stadtwerke Rosenheim]], Zentraler Einkauf, Bayerstraße 5, 83022 [[L:Rosenheim]]

Aktenzeichen: SWR-VG-2024-31
Art des Auftrags: Bauleistung
Verfahrensart: Offenes Verfahren nach VOB/A EU

Bezeichnung: Erneuerung der Fernwärmeleitung zwischen dem Heizkraftwerk und dem Gewerbegebiet Aicherpark, Los 1 (Tiefbau) und Los 2 (Rohrleitungsbau)

Die [[O:Stadtwerke Rosenheim GmbH & Co. KG]] gibt bekannt, dass die Aufträge nach Prüfung und Wertung von insgesamt neun Angeboten wie folgt vergeben wurden:

Los 1 – Tiefbau
Zuschlag an: [[O:Wimmer-Hochreiter Bau GmbH]], [[L:Kolbermoor]]
Auftragswert (netto): 3.184.500,00 €
Anzahl der eingegangenen Angebote: 5

Los 2 – Rohrleitungsbau
Zuschlag an: Bietergemeinschaft [[O:Inntal Rohrtechnik]] / [[O:Gerstl Anlagenbau]], [[L:Wasserburg am Inn]]
Auftragswert (netto): 2.076.930,00 €
Anzahl der eingegangenen Angebote: 4

Zuschlagskriterien: Preis (70 %), Ausführungskonzept und Bauablauf (20 %), Qualifikation des Bauleiters (10 %).

Die Planung und Bauüberwachung liegt beim Ingenieurbüro [[O:Dr. Obermaier + Partner]], [[L:Traunstein]]. Die Arbeiten beginnen voraussichtlich im April 2025 und sollen bis Ende Oktober 2025 abgeschlossen sein; während der Bauzeit kommt es im Bereich der Kufsteiner Straße zu Verkehrseinschränkungen, die mit der [[O:Stadt Rosenheim]] abgestimmt sind.

Rechtsbehelfe: Zuständige Stelle für Nachprüfungsverfahren ist die [[O:Vergabekammer Südbayern]] bei der [[O:Regierung von Oberbayern]], Maximilianstraße 39, 80538 [[L:München]]. Ein Nachprüfungsantrag ist unzulässig, soweit mehr als 15 Kalendertage nach Eingang der Mitteilung über die Nichtberücksichtigung vergangen sind.

Ansprechpartnerin: Frau [[P:Theresa Kronseder]], Zentraler Einkauf der [[O:Stadtwerke]]
Datum der Absendung dieser Bekanntmachung: 6. Februar 2025
""")

d("de", "local_news_article", """
Bäckerei aus dem Umland übernimmt Traditionscafé am Haidplatz

[[L:Regensburg]]. Das [[O:Café Prinzess]] bekommt einen neuen Betreiber: Die [[O:Landbäckerei Zirngibl]] aus [[L:Wörth an der Donau]] übernimmt zum 1. April das Geschäft in der Altstadt. Das haben Inhaber [[P:Florian Zirngibl]] und die bisherige Pächterin [[P:Gertraud Schwaiger]] am Dienstag bestätigt.

Für die 17 Beschäftigten ändere sich zunächst nichts, sagte [[P:Zirngibl]] unserer Zeitung. Alle Mitarbeiterinnen und Mitarbeiter würden übernommen, das Sortiment mit den bekannten Pralinen bleibe erhalten. Neu hinzukommen sollen Brote und Brezen aus der eigenen Backstube. „Wir wollen das Haus nicht umkrempeln, sondern ihm eine Zukunft geben“, so der 44-Jährige, der den Familienbetrieb in vierter Generation führt. Die [[O:Zirngibl]]-Bäckerei beschäftigt inzwischen 140 Menschen in 19 Filialen zwischen [[L:Straubing]] und [[L:Kelheim]].

[[P:Schwaiger]], die das Café seit 1998 geführt hat, geht in den Ruhestand. Einen Nachfolger aus der Familie habe es nicht gegeben, erzählt sie. Über den Kaufpreis vereinbarten beide Seiten Stillschweigen. Finanziert wird die Übernahme nach Angaben des Unternehmens über die [[O:Raiffeisenbank Regensburg-Wenzenbach]] und ein Förderdarlehen der [[O:LfA Förderbank Bayern]].

Die [[O:Industrie- und Handelskammer Regensburg für Oberpfalz / Kelheim]] begrüßte die Lösung. Nachfolgeregelungen seien in der Region eines der drängendsten Themen, sagte [[P:Katrin Pollmer]], Bereichsleiterin Existenzgründung bei der [[O:IHK]]. Allein in der [[L:Oberpfalz]] suchten derzeit rund 2.500 Betriebe einen Nachfolger.

Auch Oberbürgermeisterin [[P:Gertrud Maltz-Schwarzfischer]] zeigte sich erleichtert. Die [[O:Stadt Regensburg]] hatte sich in den vergangenen Monaten nach Angaben des Rathauses um eine Lösung bemüht, da der Vermieter des Gebäudes, die [[O:Domkapitel'sche Stiftungsverwaltung]], eine Umnutzung als Ladenfläche geprüft hatte.
""")

d("de", "agm_invitation", """
[[O:Rheintal Kabelwerke AG]]
[[L:Neuwied]]
ISIN DE000A2RKW07 / WKN A2RKW0

Einladung zur ordentlichen Hauptversammlung

Wir laden unsere Aktionärinnen und Aktionäre zu der am Donnerstag, dem 19. Juni 2025, um 10:00 Uhr (MESZ) im Kurfürstlichen Schloss, Schlossstraße 1, 56068 [[L:Koblenz]], stattfindenden ordentlichen Hauptversammlung ein.

Tagesordnung

1. Vorlage des festgestellten Jahresabschlusses und des gebilligten Konzernabschlusses zum 31. Dezember 2024, der Lageberichte sowie des Berichts des Aufsichtsrats für das Geschäftsjahr 2024

2. Beschlussfassung über die Verwendung des Bilanzgewinns
Vorstand und Aufsichtsrat schlagen vor, aus dem Bilanzgewinn eine Dividende von 0,85 € je dividendenberechtigter Stückaktie auszuschütten.

3. Beschlussfassung über die Entlastung der Mitglieder des Vorstands

4. Beschlussfassung über die Entlastung der Mitglieder des Aufsichtsrats

5. Wahl des Abschlussprüfers
Der Aufsichtsrat schlägt vor, die [[O:Ebner Stolz GmbH & Co. KG Wirtschaftsprüfungsgesellschaft Steuerberatungsgesellschaft]], [[L:Köln]], zum Abschlussprüfer für das Geschäftsjahr 2025 zu wählen.

6. Wahl zum Aufsichtsrat
Mit Ablauf dieser Hauptversammlung endet die Amtszeit von Herrn [[P:Bernhard Nitschke]]. Der Aufsichtsrat schlägt vor, Frau Prof. Dr. [[P:Susanne Kühlewind]], Lehrstuhlinhaberin für Werkstofftechnik an der [[O:Hochschule Koblenz]], wohnhaft in [[L:Vallendar]], zu wählen. Frau [[P:Kühlewind]] ist zudem Mitglied des Aufsichtsrats der [[O:Schott AG]], [[L:Mainz]].

7. Beschlussfassung über die Billigung des Vergütungsberichts

Teilnahmebedingungen

Zur Teilnahme und Stimmrechtsausübung sind diejenigen Aktionäre berechtigt, die sich bis spätestens 12. Juni 2025, 24:00 Uhr, bei der Gesellschaft unter der folgenden Adresse angemeldet haben:
[[O:Rheintal Kabelwerke AG]] c/o [[O:Computershare Operations Center]], 80249 [[L:München]]

Die Berechtigung ist durch einen Nachweis des Anteilsbesitzes durch das depotführende Institut zu belegen. Die Aktionärsrechte können auch durch einen Bevollmächtigten, etwa die [[O:Deutsche Schutzvereinigung für Wertpapierbesitz]] ([[O:DSW]]), ausgeübt werden.

[[L:Neuwied]], im Mai 2025

[[O:Rheintal Kabelwerke]]
Der Vorstand
""")

d("de", "due_diligence_findings", """
VERTRAULICH – Legal & Financial Due Diligence „Projekt Lärche“
Zielgesellschaft: [[O:Hellweg Kunststofftechnik GmbH]], [[L:Soest]]
Auftraggeber: [[O:Rautenberg Industrieholding SE]], [[L:Düsseldorf]]
Berater: [[O:Görg Partnerschaft von Rechtsanwälten mbB]] (rechtlich), [[O:Warth & Klein Grant Thornton]] (finanziell)
Stand: 28. Februar 2025

Zusammenfassung der wesentlichen Feststellungen

1. Kundenkonzentration (hohes Risiko)
Rund 58 % des Umsatzes 2024 entfallen auf zwei Kunden, die [[O:Miele & Cie. KG]] in [[L:Gütersloh]] und die [[O:BSH Hausgeräte GmbH]]. Der Rahmenvertrag mit [[O:Miele]] enthält eine Change-of-Control-Klausel mit Sonderkündigungsrecht. Wir empfehlen, vor Signing eine Verzichtserklärung von [[O:Miele]] einzuholen.

2. Umweltaltlasten (mittleres Risiko)
Auf dem Betriebsgrundstück in [[L:Soest]] wurde bis 1987 eine Galvanik betrieben. Ein Gutachten der [[O:TÜV Nord]] von 2019 weist leicht erhöhte Chromwerte im Grundwasser aus. Die [[O:Bezirksregierung Arnsberg]] hat bisher keine Sanierungsanordnung erlassen. Eine Freistellung durch den Verkäufer, Herrn [[P:Albrecht Hellweg]], sollte im Kaufvertrag vereinbart werden.

3. Pensionsverpflichtungen (mittleres Risiko)
Die Gesellschaft hat Direktzusagen gegenüber 41 ehemaligen Mitarbeitern. Der versicherungsmathematische Barwert liegt nach dem Gutachten von [[O:Heubeck]] bei 6,9 Mio. €; in der Bilanz sind nach HGB lediglich 5,4 Mio. € passiviert.

4. Finanzierung (niedriges Risiko)
Das Konsortialdarlehen unter Führung der [[O:Commerzbank]] mit Beteiligung der [[O:Sparkasse Soest/Werl]] kann ohne Vorfälligkeitsentschädigung zurückgeführt werden.

5. Arbeitsrecht (niedriges Risiko)
Es besteht ein Haustarifvertrag mit der [[O:IG Metall]]. Ein Betriebsrat ist gewählt; nach Auskunft von Frau [[P:Dörte Brinkhoff]], Leiterin Personal, gab es in den letzten drei Jahren keine Arbeitsgerichtsverfahren.

Die Managementgespräche mit dem Geschäftsführer [[P:Martin Hellweg]] und dem kaufmännischen Leiter [[P:Jörg Wiemers]] fanden am 20. Februar in [[L:Soest]] statt. Ansprechpartner bei [[O:Görg]]: Dr. [[P:Nora Kaltwasser]]; bei [[O:Grant Thornton]]: [[P:Sven Udelhoven]].
""")

d("de", "ombudsman_complaint_reply", """
[[O:Versicherungsombudsmann e.V.]]
Postfach 08 06 32 · 10006 [[L:Berlin]]

Herrn
[[P:Karl-Heinz Dettmer]]
Lindenweg 3
37085 [[L:Göttingen]]

Ihr Zeichen: –
Unser Zeichen: 2024-031877-BU
[[L:Berlin]], 12. Februar 2025

Ihre Beschwerde gegen die [[O:Leinetal Lebensversicherung a.G.]]

Sehr geehrter Herr [[P:Dettmer]],

wir haben Ihre Beschwerde vom 2. Dezember 2024 sowie die Stellungnahme des Versicherers vom 21. Januar 2025 geprüft. Sie hatten beanstandet, dass die [[O:Leinetal Lebensversicherung]] Ihre Leistungen aus der Berufsunfähigkeitsversicherung nach einer Nachprüfung eingestellt hat, weil Sie nach ihrer Auffassung inzwischen als Disponent bei der [[O:Göttinger Verkehrsbetriebe GmbH]] tätig sind und damit auf eine vergleichbare Tätigkeit verwiesen werden können.

Nach Prüfung der Unterlagen sind wir zu folgendem Ergebnis gekommen: Die Einstellungsmitteilung des Versicherers genügt nicht den Anforderungen, die der [[O:Bundesgerichtshof]] an eine nachvollziehbare Begründung stellt. Insbesondere fehlt ein Vergleich Ihres heutigen Einkommens mit dem Einkommen, das Sie zuvor als Kraftfahrer bei der [[O:Spedition Hasenbein]] in [[L:Northeim]] erzielt haben. Wir haben den Versicherer gebeten, seine Entscheidung zu überprüfen.

Die [[O:Leinetal]] hat daraufhin mit Schreiben vom 7. Februar 2025 mitgeteilt, dass sie die Leistungen rückwirkend ab dem 1. Oktober 2024 wieder aufnimmt und die Nachzahlung einschließlich Zinsen bis Ende Februar an Sie überweist. Eine Kopie dieses Schreibens fügen wir bei. Damit ist Ihrer Beschwerde in vollem Umfang abgeholfen, und wir schließen das Verfahren ab.

Bitte beachten Sie, dass der Versicherer berechtigt bleibt, eine neue Nachprüfung mit ordnungsgemäßer Begründung durchzuführen. Sollten Sie mit einer solchen Entscheidung erneut nicht einverstanden sein, können Sie sich wieder an uns wenden. Die Aufsicht über das Unternehmen führt die [[O:Bundesanstalt für Finanzdienstleistungsaufsicht]] ([[O:BaFin]]) in [[L:Bonn]]; eine Beschwerde dort ersetzt jedoch kein Schlichtungsverfahren.

Mit freundlichen Grüßen

Dr. [[P:Annegret Vollmer]]
Juristische Referentin
""")
# ---------------------------------------------------------------- French
d("fr", "hr_offer_letter", """
[[O:Ardelis Conseil]]
12, rue de la République
69002 [[L:Lyon]]

Madame [[P:Clémence Vautrin]]
8, allée des Tilleuls
38100 [[L:Grenoble]]

[[L:Lyon]], le 6 mars 2025

Objet : promesse d'embauche – poste de cheffe de projet ERP

Madame,

À la suite de nos entretiens des 18 et 27 février derniers avec M. [[P:Thibaut Garnier-Lescot]], directeur des opérations, et moi-même, nous avons le plaisir de vous confirmer notre proposition d'engagement au sein d'[[O:Ardelis Conseil]] dans les conditions suivantes :

- Poste : cheffe de projet ERP, statut cadre, position 2.2, coefficient 130 de la convention collective des bureaux d'études techniques ;
- Lieu de travail : notre agence de [[L:Lyon]], avec des déplacements réguliers chez nos clients en [[L:Auvergne-Rhône-Alpes]] et en [[L:Suisse romande]] ;
- Rémunération annuelle brute : 52 000 €, versée sur douze mois, à laquelle s'ajoute une part variable pouvant atteindre 8 % ;
- Date d'entrée : le 2 mai 2025, sous réserve de la fin de votre préavis chez [[O:Sogeti]] ;
- Période d'essai : quatre mois, renouvelable une fois.

Vous serez rattachée à Mme [[P:Nadège Oukili]], responsable de la practice Industrie, et interviendrez dans un premier temps sur le déploiement d'un nouvel ERP chez notre client [[O:Fromageries Rivoire-Jacquemin]] à [[L:Annecy]]. Mme [[P:Oukili]] vous présentera l'équipe lors d'une journée d'intégration prévue le jour de votre arrivée.

Vous bénéficierez de la mutuelle d'entreprise souscrite auprès d'[[O:Harmonie Mutuelle]], de tickets-restaurant et d'une prise en charge à 75 % de votre abonnement aux transports en commun des [[O:TCL]]. Le contrat de travail vous sera adressé dans les quinze jours suivant votre acceptation.

Nous vous remercions de bien vouloir nous retourner un exemplaire de ce courrier daté et signé, précédé de la mention « bon pour accord », avant le 17 mars 2025.

Nous nous réjouissons de vous accueillir prochainement chez [[O:Ardelis]] et vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

[[P:Hélène Marchetti-Roux]]
Directrice des ressources humaines
[[O:Ardelis Conseil SAS]] – RCS [[L:Lyon]] 829 114 376
""")

d("fr", "insurance_claim_letter", """
[[O:Mutuelle de l'Ouest Assurances]]
Service Indemnisation Entreprises
17, boulevard Gaston-Doumergue
44200 [[L:Nantes]]

[[O:SARL Boulangerie Le Gall]]
À l'attention de M. [[P:Yannick Le Gall]]
3, place du Marché
29000 [[L:Quimper]]

[[L:Nantes]], le 14 novembre 2024

Vos références : contrat Multirisque Professionnelle n° MP 0887 4412
Nos références : sinistre 24-IE-06193

Objet : incendie du 22 octobre 2024 – proposition d'indemnisation

Monsieur,

Nous faisons suite au rapport d'expertise établi le 8 novembre par le cabinet [[O:Texa]], mandaté par nos soins, concernant l'incendie qui a endommagé le fournil de votre boulangerie dans la nuit du 21 au 22 octobre.

L'expert, M. [[P:Erwan Kerhervé]], conclut à un court-circuit au niveau du tableau électrique du four à sole, installé en 2016 par la société [[O:Bongard]]. Le rapport du [[O:SDIS du Finistère]] confirme cette origine accidentelle. Aucune exclusion de garantie n'est donc applicable.

Sur la base de ce rapport, nous vous proposons l'indemnisation suivante :

Dommages aux bâtiments (part locative) : 23 480,00 €
Matériel professionnel (four, pétrin, chambre de pousse) : 61 250,00 €
Marchandises : 2 940,00 €
Pertes d'exploitation (six semaines) : 18 600,00 €
Franchise contractuelle : – 750,00 €
Total : 105 520,00 €

Un acompte de 30 000 € vous a déjà été versé le 4 novembre sur votre compte au [[O:Crédit Agricole du Finistère]]. Le solde vous sera réglé dans les quinze jours suivant la réception de la lettre d'acceptation jointe, signée.

Concernant le propriétaire des murs, la [[O:SCI Kerlann]], représentée par Mme [[P:Gwenaëlle Cadiou]], nous vous rappelons que la réparation de la structure du bâtiment relève de son propre assureur, [[O:AXA France]], avec lequel notre expert est en contact.

Votre conseiller habituel, M. [[P:Loïc Tanguy]], de notre agence de [[L:Quimper]], reste à votre disposition pour toute question.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

[[P:Anne-Sophie Duchêne]]
Gestionnaire sinistres
""")

d("fr", "lab_report_letter", """
[[O:Laboratoire Biomédical Saint-Exupéry]]
Site de [[L:Villeurbanne]] – 45, cours Émile-Zola
Laboratoire de biologie médicale accrédité par le [[O:Cofrac]] (n° 8-3317)

Docteur [[P:Bertrand Fabre]]
Médecin du travail
Service de santé au travail [[O:AST Grand Lyon]]
69003 [[L:Lyon]]

[[L:Villeurbanne]], le 3 février 2025

Objet : résultats de surveillance biologique – salariés exposés au plomb, [[O:Fonderie Durand-Colombier]]

Cher Confrère,

Vous trouverez ci-joint les résultats des plombémies réalisées le 27 janvier 2025 chez les vingt-deux salariés de la [[O:Fonderie Durand-Colombier]] à [[L:Givors]], dans le cadre de la surveillance médicale renforcée que vous assurez pour cette entreprise.

Dix-neuf résultats sont inférieurs à 100 µg/L. Deux salariés présentent des valeurs comprises entre 180 et 220 µg/L, stables par rapport au contrôle de septembre. En revanche, nous attirons votre attention sur le résultat de M. [[P:Rachid Benhamou]], affecté au poste de coulée, dont la plombémie atteint 412 µg/L, contre 236 µg/L en septembre 2024. Ce résultat a été contrôlé sur un second prélèvement avec une valeur concordante. Conformément à la procédure, le Dr [[P:Fabre]] a été prévenu par téléphone dès le 31 janvier.

Compte tenu de ce dépassement du seuil réglementaire, nous suggérons un bilan complémentaire (protoporphyrines érythrocytaires, fonction rénale, numération) ainsi qu'une évaluation des expositions au poste, éventuellement avec l'appui de la [[O:Carsat Rhône-Alpes]]. Le service de toxicologie des [[O:Hospices Civils de Lyon]], où exerce le Pr [[P:Sandrine Ollivier]], peut recevoir M. [[P:Benhamou]] en consultation dans un délai d'une semaine.

Les résultats individuels ont été transmis à chaque salarié sous pli confidentiel. Aucun résultat nominatif n'a été communiqué à l'employeur.

Restant à votre disposition, je vous prie de croire, cher Confrère, à l'assurance de mes sentiments confraternels.

Dr [[P:Isabelle Trouvé-Manceau]]
Biologiste médicale, directrice du laboratoire
""")

d("fr", "procurement_award_notice", """
AVIS D'ATTRIBUTION

Section I : Pouvoir adjudicateur
[[O:Métropole Rouen Normandie]], Direction de la commande publique, 108, allée François-Mitterrand, 76006 [[L:Rouen]]
Correspondant : Mme [[P:Maëlle Quesnel]], acheteuse

Section II : Objet
Intitulé : Accord-cadre de maintenance des équipements de vidéoprotection et de régulation du trafic
Référence : 2024-DCP-0417
Type de marché : services
Lieu d'exécution : territoire des 71 communes de la [[O:Métropole]], dont [[L:Rouen]], [[L:Elbeuf]] et [[L:Le Grand-Quevilly]]
Procédure : appel d'offres ouvert

Section III : Attribution

Lot n° 1 – Vidéoprotection urbaine
Nombre d'offres reçues : 4
Titulaire : groupement [[O:Normatel Systèmes]] (mandataire) / [[O:Citéo Réseaux]], 76800 [[L:Saint-Étienne-du-Rouvray]]
Montant maximum annuel : 1 450 000 € HT

Lot n° 2 – Feux tricolores et postes de régulation
Nombre d'offres reçues : 3
Titulaire : [[O:Signalisation Lefebvre & Fils SAS]], 27000 [[L:Évreux]]
Montant maximum annuel : 980 000 € HT

Lot n° 3 – Supervision et hypervision logicielle
Nombre d'offres reçues : 2
Titulaire : [[O:Axians]], agence de [[L:Caen]]
Montant maximum annuel : 320 000 € HT

Critères d'attribution : valeur technique (55 %), prix (40 %), performance environnementale (5 %).
Durée : un an à compter de la notification, reconductible trois fois.

Section IV : Procédures de recours
Instance chargée des procédures de recours : [[O:Tribunal administratif de Rouen]], 53, avenue Gustave-Flaubert, 76000 [[L:Rouen]]
Service auprès duquel des renseignements peuvent être obtenus : greffe du [[O:Tribunal administratif]]
Un référé contractuel peut être introduit dans un délai de trente et un jours suivant la publication du présent avis.

Le présent avis a été envoyé au [[O:Bulletin officiel des annonces des marchés publics]] ([[O:BOAMP]]) et à l'[[O:Office des publications de l'Union européenne]] le 10 février 2025.

Pour le Président et par délégation,
[[P:Jean-Baptiste Hérouard]], vice-président chargé des finances
""")

d("fr", "ombudsman_complaint", """
M. [[P:Gérard Pellissier]]
14, chemin des Oliviers
84200 [[L:Carpentras]]

[[O:Médiateur national de l'énergie]]
Libre réponse 59252
75443 [[L:Paris]] Cedex 09

[[L:Carpentras]], le 9 décembre 2024

Objet : litige avec [[O:Provence Énergies Nouvelles]] – facture de régularisation
Référence client : 00458221

Madame, Monsieur,

Je me permets de vous saisir du litige qui m'oppose depuis six mois à mon fournisseur d'électricité, [[O:Provence Énergies Nouvelles]], filiale du groupe [[O:Soltéa]]. En juin 2024, j'ai reçu une facture de régularisation de 2 318,44 € portant sur une consommation prétendument sous-estimée depuis 2022. Or mon compteur Linky transmet ses index chaque jour au gestionnaire de réseau, [[O:Enedis]], et les relevés que j'ai téléchargés ne correspondent en rien aux index retenus par le fournisseur.

J'ai adressé une réclamation écrite le 3 juillet, puis une relance le 12 septembre. Le service clients de [[O:PEN]] m'a seulement répondu par un courriel type, signé « [[P:Mélanie]] », m'invitant à régler la somme en dix mensualités. Aucune explication sur l'origine de l'écart ne m'a été fournie, et l'on m'a menacé d'une réduction de puissance.

L'association de consommateurs [[O:UFC-Que Choisir]] de [[L:Vaucluse]], qui m'accompagne, a examiné les relevés et estime que la facture repose sur un index erroné saisi lors d'un changement de fournisseur en 2022. Je joins à la présente la copie de mes échanges, les relevés [[O:Enedis]] et l'analyse rédigée par M. [[P:Alain Reboul]], bénévole de l'association.

Le délai de deux mois suivant ma réclamation écrite étant écoulé, je vous demande de bien vouloir examiner ce dossier et de recommander l'annulation de la facture contestée.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

[[P:Gérard Pellissier]]

P.J. : 6 pièces

---

Réponse du [[O:Médiateur national de l'énergie]], le 22 janvier 2025 (extrait)

Monsieur, après instruction de votre dossier et échanges avec [[O:Provence Énergies Nouvelles]] et [[O:Enedis]], le médiateur recommande l'annulation intégrale de la facture du 14 juin 2024 et le versement d'un geste commercial de 150 €. Le fournisseur dispose de deux mois pour indiquer s'il suit cette recommandation. Dossier suivi par Mme [[P:Ophélie Sanchez-Morel]].
""")

d("fr", "conference_programme", """
9e COLLOQUE « INDUSTRIE ET TRANSITION BAS CARBONE »
Jeudi 15 mai 2025 – [[L:Dunkerque]], Halle aux Sucres
Organisé par la [[O:CCI Littoral Hauts-de-France]] et l'[[O:Université du Littoral Côte d'Opale]] ([[O:ULCO]])

PROGRAMME

8 h 45 – Accueil des participants

9 h 15 – Ouverture
[[P:Patrice Vergriete]], président de la [[O:Communauté urbaine de Dunkerque]]
[[P:Jean-Marc Puissesseau]], président de la [[O:CCI Littoral]]

9 h 45 – Conférence introductive : « Décarboner un bassin industriel : le cas dunkerquois »
[[P:Émilie Vandamme]], professeure d'économie industrielle, [[O:ULCO]]

10 h 30 – Table ronde n° 1 : Hydrogène et captage du carbone, où en sont les projets ?
Animée par [[P:Karim Lahlou]], journaliste à [[O:La Voix du Nord]]
- [[P:Sébastien Hoornaert]], directeur de site, [[O:ArcelorMittal France]]
- [[P:Laure Decottignies]], cheffe de projet, [[O:Dunkerque LNG]]
- [[P:Olivier Ravenel]], directeur du développement, [[O:Grand Port Maritime de Dunkerque]]
- [[P:Agnès Wattebled]], déléguée régionale, [[O:ADEME Hauts-de-France]]

12 h 00 – Déjeuner offert par [[O:Lhoist-Nord Chaux]]

13 h 30 – Ateliers en parallèle
A. Financer sa transition : prêts verts et aides publiques – [[P:Fabien Claeys]], [[O:Bpifrance]] ([[L:Lille]])
B. Compétences de demain : former les techniciens – [[P:Nathalie Bécourt]], [[O:Pôle emploi]] devenu [[O:France Travail]], et [[P:Julien Mahieu]], [[O:lycée Louis-Blériot]] de [[L:Calais]]
C. Écologie industrielle : partager chaleur et flux entre voisins – [[P:Romain Delattre]], [[O:Ecopal]]

15 h 15 – Témoignage : « Comment une PME de la métallurgie a réduit ses émissions de 40 % »
[[P:Catherine Buyse]], gérante, [[O:Ateliers Buyse-Leclercq SARL]], [[L:Gravelines]]

16 h 00 – Clôture par Mme [[P:Vandamme]] et M. [[P:Puissesseau]]

Inscription gratuite mais obligatoire auprès de la [[O:CCI]] avant le 5 mai. Renseignements : [[P:Sandrine Deroo]], chargée de mission.
""")

d("fr", "merger_announcement", """
COMMUNIQUÉ DE PRESSE

[[O:Vignobles Delmas-Arnaud]] et [[O:Maison Chabrier Frères]] annoncent leur rapprochement pour créer un acteur majeur des vins du [[L:Sud-Ouest]]

[[L:Bordeaux]] et [[L:Cahors]], le 27 janvier 2025 – Les conseils d'administration de [[O:Vignobles Delmas-Arnaud SA]] et de [[O:Maison Chabrier Frères SAS]] ont approuvé à l'unanimité un projet de fusion par voie d'absorption de [[O:Chabrier Frères]] par [[O:Delmas-Arnaud]]. Le nouvel ensemble, qui prendra le nom de [[O:Delmas-Chabrier Vignobles]], exploitera 1 850 hectares de vignes en [[L:Gironde]], dans le [[L:Lot]] et dans le [[L:Gers]], pour un chiffre d'affaires combiné de 214 millions d'euros.

L'opération sera réalisée par échange de titres, sur la base d'une parité de 3 actions [[O:Delmas-Arnaud]] pour 2 actions [[O:Chabrier]]. À l'issue de la fusion, les actionnaires familiaux de [[O:Chabrier Frères]] détiendront 34 % du capital et les actionnaires historiques de [[O:Delmas-Arnaud]], dont le holding familial [[O:Financière Arnaud]], 51 %, le solde restant coté en bourse.

« Ce rapprochement nous donne la taille nécessaire pour investir dans l'export, notamment aux [[L:États-Unis]] et en [[L:Asie]] », déclare [[P:Pierre-Henri Delmas]], président-directeur général de [[O:Delmas-Arnaud]], qui prendra la présidence du nouveau groupe. [[P:Véronique Chabrier]], directrice générale de [[O:Maison Chabrier Frères]], en deviendra directrice générale déléguée chargée des vignobles. « Nos deux maisons partagent la même exigence sur le terroir », souligne Mme [[P:Chabrier]].

Le projet a été présenté aux comités sociaux et économiques des deux sociétés, qui ont rendu un avis favorable. Il reste soumis à l'autorisation de l'[[O:Autorité de la concurrence]] et à l'approbation des assemblées générales extraordinaires prévues en juin 2025. La réalisation est attendue au troisième trimestre.

[[O:Lazard]] conseille [[O:Delmas-Arnaud]] ; [[O:Banque Palatine]] et le cabinet [[O:Racine Avocats]] conseillent [[O:Maison Chabrier]]. Le financement de la dette est assuré par un pool bancaire mené par la [[O:Caisse d'Épargne Aquitaine Poitou-Charentes]].

Contacts presse : [[P:Baptiste Laborde]] ([[O:Delmas-Arnaud]]), [[P:Inès Fourcade]] (agence [[O:Hopscotch]])
""")

d("fr", "commercial_lease", """
BAIL COMMERCIAL
(articles L. 145-1 et suivants du Code de commerce)

ENTRE LES SOUSSIGNÉS :

La société [[O:Foncière Saint-Clair]], société civile immobilière au capital de 150 000 €, dont le siège est 22, quai de la Fosse, 44000 [[L:Nantes]], immatriculée au RCS de [[L:Nantes]] sous le numéro 491 228 705, représentée par sa gérante, Mme [[P:Bénédicte Lorieux]],
ci-après dénommée « le Bailleur »,

ET

La société [[O:Opticiens Marec & Guéguen SARL]], au capital de 30 000 €, dont le siège est 5, rue Crébillon, 44000 [[L:Nantes]], immatriculée au RCS de [[L:Nantes]] sous le numéro 845 117 002, représentée par son cogérant, M. [[P:Tristan Marec]],
ci-après dénommée « le Preneur »,

IL A ÉTÉ CONVENU CE QUI SUIT :

Article 1 – Désignation. Le Bailleur donne à bail au Preneur un local commercial situé au rez-de-chaussée de l'immeuble sis 9, rue du Calvaire, 44000 [[L:Nantes]], d'une surface de 84 m², comprenant une boutique, une réserve et un sanitaire, tel que décrit dans l'état des lieux annexé.

Article 2 – Destination. Les locaux sont destinés exclusivement à l'activité d'opticien-lunetier, de vente d'appareils auditifs et d'accessoires.

Article 3 – Durée. Le bail est consenti pour une durée de neuf années entières et consécutives à compter du 1er avril 2025. Le Preneur aura la faculté de donner congé à l'expiration de chaque période triennale.

Article 4 – Loyer. Le loyer annuel est fixé à 31 200 € hors taxes et hors charges, payable trimestriellement et d'avance. Il sera révisé chaque année selon la variation de l'indice des loyers commerciaux publié par l'[[O:Insee]].

Article 5 – Dépôt de garantie. Le Preneur verse ce jour la somme de 7 800 €, correspondant à trois mois de loyer. Une garantie bancaire à première demande est en outre délivrée par le [[O:CIC Ouest]].

Article 6 – Travaux. Le Preneur est autorisé à réaliser à ses frais l'aménagement de la vitrine, sous réserve de l'accord de l'architecte des Bâtiments de France et de la [[O:Ville de Nantes]].

Article 7 – Diagnostics. Sont annexés au présent bail le diagnostic de performance énergétique établi par la société [[O:Diagamter]] et l'état des risques.

Fait à [[L:Nantes]], le 14 mars 2025, en deux exemplaires, en l'étude de Me [[P:Anne-Laure Penhoët]], notaire associée de la [[O:SCP Penhoët, Briand et Associés]].

Pour [[O:Foncière Saint-Clair]] : [[P:B. Lorieux]]            Pour [[O:Marec & Guéguen]] : [[P:T. Marec]]
""")

d("fr", "research_collaboration_letter", """
[[O:Université de Bordeaux]]
Institut de chimie de la matière condensée – [[O:ICMCB]]
Unité mixte de recherche [[O:CNRS]] / [[O:Université de Bordeaux]] / [[O:Bordeaux INP]]
87, avenue du Docteur-Schweitzer, 33600 [[L:Pessac]]

Monsieur [[P:Franck Lamothe-Dubreuil]]
Directeur de la recherche et de l'innovation
[[O:Safran Ceramics]]
33185 [[L:Le Haillan]]

[[L:Pessac]], le 20 février 2025

Objet : lettre d'intention – projet de laboratoire commun « CERAMIX »

Monsieur le Directeur,

Faisant suite à nos échanges du 6 février avec vos équipes et avec Mme [[P:Delphine Arrieta]], chargée de valorisation à la [[O:SATT Aquitaine Science Transfert]], j'ai le plaisir de vous confirmer l'intérêt de l'[[O:ICMCB]] pour la création d'un laboratoire commun consacré aux composites à matrice céramique pour les parties chaudes des moteurs.

Ce projet, d'une durée de quatre ans, associerait une quinzaine de chercheurs de notre institut, placés sous la responsabilité scientifique de M. [[P:Guillaume Etcheverry]], directeur de recherche au [[O:CNRS]], et une équipe d'ingénieurs de [[O:Safran Ceramics]] basée au [[L:Haillan]]. Il prévoit le recrutement de trois doctorants en convention CIFRE, dont les thèses seraient encadrées conjointement par nos deux établissements, ainsi que l'accès de vos équipes à la plateforme de caractérisation Placamat.

Nous envisageons de déposer une demande de financement au titre de l'appel « LabCom » de l'[[O:Agence nationale de la recherche]] ([[O:ANR]]) avant le 15 avril, et de solliciter en complément la [[O:Région Nouvelle-Aquitaine]]. Les questions de propriété intellectuelle feront l'objet d'un accord de consortium négocié avec l'appui de la [[O:SATT]] et de la délégation régionale du [[O:CNRS]] à [[L:Talence]].

Je vous propose que nos équipes se réunissent à nouveau début mars à [[L:Pessac]] pour finaliser le programme scientifique. M. [[P:Etcheverry]] se tient à la disposition de vos collaborateurs, notamment de Mme [[P:Solène Bergeret]], pour préparer cette réunion.

Je vous prie d'agréer, Monsieur le Directeur, l'expression de ma haute considération.

[[P:Mario Maglione]]
Directeur de l'[[O:ICMCB]]

Copie : M. [[P:Dean Lewis]], président de l'[[O:Université de Bordeaux]]
""")

d("fr", "charity_report", """
[[O:Association Les Jardins de Cocagne du Val de Loire]]
Rapport d'activité 2024 – synthèse

Le mot de la présidente

En 2024, notre chantier d'insertion a accompagné 64 salariés en parcours vers l'emploi sur nos deux sites maraîchers de [[L:Chouzé-sur-Loire]] et de [[L:Saumur]]. Près de six sur dix ont trouvé un emploi ou une formation qualifiante à leur sortie, un résultat que nous devons à l'engagement de nos encadrants techniques, de nos bénévoles et de nos partenaires.
[[P:Marie-Odile Thébault]], présidente

Nos activités

- 2 300 paniers de légumes biologiques livrés chaque semaine à nos adhérents, dont 180 paniers solidaires financés par le [[O:Centre communal d'action sociale de Saumur]].
- Un nouveau partenariat avec la cuisine centrale de la [[O:Ville de Saumur]] pour l'approvisionnement de onze cantines scolaires.
- L'ouverture d'un atelier de transformation (soupes, conserves) avec l'appui technique du [[O:Lycée agricole de Montreuil-Bellay]].
- Des ateliers de mobilité animés avec l'association [[O:Wimoov]].

Nos financeurs et mécènes

Le fonctionnement du chantier est financé par la [[O:DDETS de Maine-et-Loire]] (aide au poste), le [[O:Conseil départemental de Maine-et-Loire]] et la [[O:Région Pays de la Loire]]. Nous remercions également :
[[O:Fondation Crédit Mutuel]] – 25 000 € pour l'atelier de transformation
[[O:Fondation Daniel et Nina Carasso]] – 18 000 € (deuxième année)
[[O:Biocoop Saumur-Loire]] – dons de matériel et relais de nos paniers
[[O:Ackerman]], maison de fines bulles de [[L:Saumur]] – mécénat de compétences
[[O:Réseau Cocagne]] – accompagnement et formation des encadrants

Perspectives 2025

Le conseil d'administration a validé l'achat d'une parcelle de 3 hectares à [[L:Varrains]] et le recrutement d'une chargée d'insertion supplémentaire. Notre directeur, [[P:Sylvain Roussel-Aubry]], et Mme [[P:Thébault]] rencontreront au printemps les élus de [[O:Saumur Val de Loire Agglomération]] pour étudier la création d'une légumerie à l'échelle du territoire.

Comptes certifiés par le cabinet [[O:In Extenso Anjou]]. L'association est reconnue d'intérêt général.
""")
# ---------------------------------------------------------------- Spanish
d("es", "bank_statement_cover_letter", """
[[O:Caja Rural del Duero]]
Oficina de Empresas – Plaza Zorrilla, 4
47001 [[L:Valladolid]]

[[O:Harinera Tordesillana, S.L.]]
A/A Sr. [[P:Ignacio Revuelta Pastor]], Administrador
Polígono Industrial La Vega, parcela 12
47100 [[L:Tordesillas]] ([[L:Valladolid]])

[[L:Valladolid]], 15 de enero de 2025

Asunto: Remisión de extractos de cuenta y certificado de saldos a 31 de diciembre de 2024

Estimado Sr. [[P:Revuelta]]:

Como cada año, le remitimos adjuntos los extractos correspondientes al cuarto trimestre de 2024 de las cuentas corrientes y de la póliza de crédito que [[O:Harinera Tordesillana]] mantiene con nuestra entidad, así como el certificado de saldos y el detalle de comisiones e intereses cobrados durante el ejercicio. Estos documentos pueden resultarle útiles para el cierre contable y para la auditoría que realiza habitualmente [[O:Auditores Castellanos Asociados]].

Le recordamos que la póliza de crédito de 400.000 euros vence el próximo 30 de abril. Para su renovación necesitaremos las cuentas anuales de 2024, el último impuesto de sociedades presentado ante la [[O:Agencia Tributaria]] y una relación actualizada de las operaciones de circulante con sus principales clientes, entre ellos [[O:Panificadora Leonesa]] y [[O:Galletas Río Pisuerga]]. Su gestora, Dña. [[P:Rocío Alonso Villarejo]], se pondrá en contacto con usted en las próximas semanas para concertar una reunión en nuestras oficinas de [[L:Valladolid]] o en la fábrica de [[L:Tordesillas]].

Asimismo, le informamos de que la línea de financiación que tenía concedida a través del [[O:Instituto de Crédito Oficial]] ([[O:ICO]]) para la adquisición del nuevo molino ha quedado totalmente amortizada en diciembre.

Si detecta cualquier discrepancia en los extractos, le rogamos nos la comunique en el plazo de quince días. En caso de reclamación, puede dirigirse a nuestro Servicio de Atención al Cliente y, posteriormente, al Departamento de Conducta de Entidades del [[O:Banco de España]].

Atentamente,

[[P:Álvaro Sanz Maroto]]
Director de la Oficina de Empresas
[[O:Caja Rural del Duero, Sociedad Cooperativa de Crédito]]
""")

d("es", "dismissal_letter", """
[[O:Transportes Peñalara Logística, S.A.]]
Avenida de la Industria, 28
28760 [[L:Tres Cantos]] ([[L:Madrid]])

D. [[P:Rubén Carrasco Ibáñez]]
C/ Doctor Fleming, 17, 3.º B
28702 [[L:San Sebastián de los Reyes]]

En [[L:Tres Cantos]], a 28 de febrero de 2025

Muy Sr. nuestro:

Por medio de la presente, la Dirección de [[O:Transportes Peñalara Logística, S.A.]] le comunica su decisión de extinguir su contrato de trabajo por causas objetivas, al amparo del artículo 52.c) del Estatuto de los Trabajadores, con efectos del día 17 de marzo de 2025.

La decisión obedece a causas productivas y organizativas. Como usted conoce, el pasado mes de diciembre nuestro principal cliente en el almacén de [[L:Alcobendas]], [[O:Farmadistribución Centro]], comunicó la resolución del contrato de logística, que representaba el 38 % de la actividad de dicho centro. Además, [[O:Peñalara]] ha trasladado la preparación de pedidos del turno de noche a su plataforma de [[L:Guadalajara]]. Estas circunstancias han supuesto la amortización de cuatro puestos de jefe de turno, entre ellos el que usted ocupa.

La empresa ha valorado su recolocación en otros centros, pero las únicas vacantes disponibles, en [[L:Zaragoza]] y [[L:Valencia]], fueron ofrecidas a la representación legal de los trabajadores y rechazadas por usted en la reunión celebrada el 20 de febrero con D. [[P:Sergio Galindo]], delegado de [[O:CCOO]] en el centro.

En cumplimiento del artículo 53 del mismo texto legal, se pone a su disposición en este acto la indemnización de veinte días de salario por año de servicio, que asciende a 14.862,40 euros, mediante transferencia a su cuenta en [[O:Ibercaja]]. La falta de preaviso de quince días se compensa con el abono de los salarios correspondientes en la liquidación.

Se le comunica que contra esta decisión podrá presentar papeleta de conciliación ante el [[O:SMAC]] de la [[O:Comunidad de Madrid]] y, en su caso, demanda ante los [[O:Juzgados de lo Social de Madrid]] en el plazo de veinte días hábiles.

Sin otro particular, le rogamos firme el duplicado de esta carta a los solos efectos de acreditar su recepción.

Fdo.: [[P:Marta Quiroga Leal]]
Directora de Recursos Humanos
[[O:Transportes Peñalara]]

Recibí: [[P:Rubén Carrasco Ibáñez]]
""")

d("es", "insurance_claim_email", """
De: [[P:Lucía Ferrándiz]] <lferrandiz@correduriamarinalta.es>
Para: siniestros.empresas@levantiaseguros.es
Fecha: 4 de noviembre de 2024, 12:18
Asunto: Siniestro DANA 29/10 – [[O:Cerámicas Benlloch]] – póliza MR-2291047

Estimados señores:

En nombre de nuestro cliente [[O:Cerámicas Benlloch, S.A.]], con domicilio social en [[L:Alaquàs]] ([[L:Valencia]]), les comunicamos el siniestro sufrido en su nave de producción y almacén como consecuencia de la DANA del pasado 29 de octubre. El agua alcanzó una altura de 1,60 metros en todo el recinto, inutilizando el horno de rodillos, la prensa hidráulica y aproximadamente 4.000 palés de producto terminado.

Como saben, al tratarse de un riesgo extraordinario, la indemnización de los daños materiales corresponde en principio al [[O:Consorcio de Compensación de Seguros]], con el que ya hemos abierto expediente. No obstante, les rogamos que confirmen la cobertura de la garantía de pérdida de beneficios y de los gastos de desescombro y limpieza, que según las condiciones particulares de [[O:Levantia Seguros]] no están excluidos.

El director de la planta, D. [[P:Vicent Benlloch Gimeno]], estima que la producción no podrá reanudarse antes de ocho semanas. [[O:Benlloch]] ha solicitado además la ayuda extraordinaria anunciada por la [[O:Generalitat Valenciana]] y está en contacto con el ayuntamiento de [[L:Alaquàs]] para la retirada de residuos.

Les agradeceríamos que designaran perito cuanto antes; nuestro cliente ya ha facilitado su acceso al perito del [[O:Consorcio]], D. [[P:Joaquín Segarra]], y sería conveniente una visita conjunta. Adjuntamos fotografías, el inventario de existencias a 30 de septiembre y el presupuesto de reparación del horno emitido por [[O:Sacmi Ibérica]].

Quedamos a su disposición.

Un saludo cordial,

[[P:Lucía Ferrándiz Soler]]
Departamento de Siniestros
[[O:Correduría Marina Alta]]
Av. del Puerto, 31 – 03700 [[L:Dénia]] ([[L:Alicante]])
""")

d("es", "customs_freight_email", """
De: [[P:Jordi Puigvert]] <jpuigvert@transitariosllobregat.com>
Enviado: martes, 11 de marzo de 2025 9:05
Para: [[P:Nerea Olaizola]]
CC: [[P:Aitor Zubizarreta]]
Asunto: RE: Importación contenedor MSKU 7730418 – aceite de girasol, [[L:Ucrania]]

Buenos días, [[P:Nerea]]:

Te confirmo que el contenedor llegó ayer al [[L:Puerto de Barcelona]] en el buque de [[O:Maersk]] y ya está en la terminal de [[O:BEST]]. Sin embargo, la aduana ha asignado circuito rojo al DUA de importación: la [[O:Agencia Tributaria]] pide inspección física y toma de muestras por parte del [[O:Laboratorio Central de Aduanas]], además del control documental del certificado de origen EUR.1 expedido en [[L:Odesa]].

Por otra parte, el puesto de control fronterizo sanitario, dependiente del [[O:Ministerio de Sanidad]], revisará el certificado sanitario, así que conviene que [[O:Aceites Olaizola]] nos mande hoy mismo:

- Copia del contrato de compraventa con [[O:Kernel Trade LLC]].
- Ficha técnica del aceite y últimos análisis del proveedor.
- Autorización de despacho firmada, puesto que el poder anterior ya caducó.

Si todo va bien, calculamos el levante para el viernes. A partir del día 15 la naviera cobrará demoras de 85 euros diarios. El transporte hasta vuestra planta de [[L:Andoain]] lo tenemos reservado con [[O:Transportes Goierri]] para el lunes.

Saludos,
[[P:Jordi Puigvert i Casals]]
Responsable de Aduanas
[[O:Transitarios Llobregat, S.L.]] – Zona Franca, calle 60, 08040 [[L:Barcelona]]

-----Mensaje original-----
De: [[P:Nerea Olaizola]]
Enviado: lunes, 10 de marzo de 2025 17:40
Para: [[P:Jordi Puigvert]]
Asunto: Importación contenedor MSKU 7730418

Hola, [[P:Jordi]]: ¿sabéis algo ya del contenedor? [[P:Aitor]], nuestro jefe de producción, necesita el aceite para la semana que viene. Gracias.
[[P:Nerea Olaizola]] – Compras – [[O:Aceites Olaizola, S.A.]] – [[L:Andoain]] ([[L:Gipuzkoa]])
""")

d("es", "clinical_lab_report", """
[[O:Hospital Universitario Marqués de Valdecilla]]
Servicio de Análisis Clínicos
Avda. Valdecilla, s/n – 39008 [[L:Santander]]

INFORME DE RESULTADOS

Paciente: [[P:Ramón Echevarría Sainz]]
Fecha de nacimiento: 22/09/1964
Nº historia clínica: 0893127
Médico solicitante: Dra. [[P:Begoña Ruiz de la Prada]], [[O:Centro de Salud Camargo Costa]]
Fecha de extracción: 13/01/2025
Fecha de validación: 14/01/2025

Bioquímica
Glucosa: 131 mg/dL (70-110) *
Hemoglobina glicada (HbA1c): 7,4 % (4,0-6,0) *
Creatinina: 1,18 mg/dL (0,70-1,20)
Filtrado glomerular (CKD-EPI): 68 mL/min/1,73 m²
Colesterol total: 236 mg/dL (<200) *
Colesterol LDL: 158 mg/dL (<100) *
GPT (ALT): 41 U/L (<41)

Hematología
Hemoglobina: 14,6 g/dL (13,0-17,0)
Leucocitos: 7.200/µL
Plaquetas: 251.000/µL

Comentario del facultativo

Estimada compañera:

Los resultados confirman un mal control glucémico respecto a la analítica de julio (HbA1c 6,8 %) y un perfil lipídico fuera de objetivo para un paciente diabético. La función renal se mantiene estable. Dado que el Sr. [[P:Echevarría]] trabaja a turnos en [[O:Solvay]] en [[L:Torrelavega]], quizá convenga coordinar el ajuste terapéutico con el servicio médico de la empresa, a cargo del Dr. [[P:Íñigo Llano]].

La muestra de orina para microalbuminuria llegó hemolizada; se ha solicitado una nueva extracción, que podrá realizarse en su centro de salud de [[L:Maliaño]] sin cita previa. Los resultados se han incorporado a la historia clínica del [[O:Servicio Cántabro de Salud]].

Un saludo,

Dr. [[P:Fernando Gómez-Acebo Liaño]]
Facultativo especialista de área, Análisis Clínicos
[[O:Valdecilla]] – Laboratorio acreditado por [[O:ENAC]] según UNE-EN ISO 15189
""")

d("es", "local_news_article", """
Una conservera de [[L:Santoña]] abrirá una planta en el antiguo astillero y contratará a 60 personas

[[P:MARTA CUBILLAS]] | [[L:SANTOÑA]]

La conservera [[O:Anchoas Hazas]], una de las marcas de referencia del sector en [[L:Cantabria]], ha adquirido los terrenos del antiguo astillero de la villa para levantar una nueva planta de elaboración que permitirá duplicar su producción y crear 60 empleos en los próximos tres años, la mayoría de ellos ocupados por mujeres.

El director general de la empresa, [[P:Pablo Hazas Cobo]], presentó ayer el proyecto en el salón de plenos del [[O:Ayuntamiento de Santoña]] junto al alcalde, [[P:Sergio Abascal]], y la consejera de Industria del [[O:Gobierno de Cantabria]], [[P:Eugenia Gómez de Diego]]. La inversión prevista asciende a 14 millones de euros, de los que 2,3 millones procederán de una subvención de [[O:Sodercan]], la sociedad regional de desarrollo.

«Llevábamos años buscando suelo en la villa. No queríamos irnos de [[L:Santoña]], porque aquí está nuestra gente y nuestro saber hacer», explicó [[P:Hazas]], tercera generación al frente del negocio fundado por su abuelo en 1951. La actual fábrica, en pleno casco urbano, se ha quedado pequeña y plantea problemas de tráfico a los vecinos.

La nueva instalación contará con una cámara frigorífica para 800 toneladas de anchoa en salazón y una línea automatizada de envasado. El proyecto de ingeniería lo firma la consultora [[O:Ingeniería Cantábrica Asociados]] y la obra se licitará en primavera. [[O:Hazas]] prevé que la planta esté operativa en el verano de 2026.

La [[O:Organización de Productores Pesqueros de Cantabria]] valoró la noticia, aunque su presidente, [[P:Ángel Laza]], recordó que buena parte de la materia prima procede ya del [[L:Mediterráneo]] y de [[L:Argentina]] por las limitaciones de cuota en el [[L:Cantábrico]]. Desde la [[O:Cámara de Comercio de Cantabria]] se destacó la importancia de mantener en la comarca de [[L:Trasmiera]] una industria con tanto arraigo.
""")

d("es", "agm_notice", """
[[O:INMOBILIARIA TURIA PATRIMONIO, S.A.]]
Convocatoria de Junta General Ordinaria de Accionistas

Por acuerdo del Consejo de Administración de [[O:Inmobiliaria Turia Patrimonio, S.A.]] (la «Sociedad»), se convoca a los señores accionistas a la Junta General Ordinaria que se celebrará en el domicilio social, sito en la calle Colón, 62, de [[L:Valencia]], el día 26 de junio de 2025, a las 12:00 horas, en primera convocatoria, y, en su caso, al día siguiente, en el mismo lugar y hora, en segunda convocatoria, con arreglo al siguiente

ORDEN DEL DÍA

Primero. Examen y aprobación, en su caso, de las cuentas anuales y del informe de gestión correspondientes al ejercicio cerrado a 31 de diciembre de 2024.

Segundo. Aplicación del resultado y distribución de un dividendo de 0,42 euros brutos por acción.

Tercero. Aprobación de la gestión del Consejo de Administración.

Cuarto. Reelección de [[O:Grant Thornton, S.L.P.]] como auditor de cuentas de la Sociedad para el ejercicio 2025.

Quinto. Ratificación del nombramiento por cooptación de Dña. [[P:Amparo Llorens Bataller]] como consejera independiente y nombramiento de D. [[P:Julián Ortuño Mas]] como consejero dominical, a propuesta del accionista [[O:Inversiones Albufera 2008, S.L.]]

Sexto. Autorización para la adquisición de acciones propias.

Séptimo. Delegación de facultades para la ejecución de los acuerdos.

Derecho de información: A partir de la presente convocatoria, cualquier accionista podrá examinar en el domicilio social u obtener de forma gratuita los documentos que han de ser sometidos a la aprobación de la Junta, así como el informe del auditor.

Derecho de asistencia: Podrán asistir los accionistas titulares de al menos 100 acciones inscritas en el registro contable de [[O:Iberclear]] con cinco días de antelación. La Junta se celebrará con la intervención de la notaria de [[L:Valencia]] Dña. [[P:Carmen Alapont Ferrer]], requerida para levantar acta.

Se informa de que la Sociedad ha suscrito con [[O:Caixabank]] un contrato de liquidez, conforme a la circular de [[O:BME Growth]], cuyo informe se pondrá a disposición de los accionistas.

En [[L:Valencia]], a 20 de mayo de 2025.
El Secretario del Consejo de Administración, D. [[P:Salvador Miralles Company]]
""")

d("es", "professional_profile", """
[[P:Itziar Goikoetxea Arregi]]
Directora de Compras y Cadena de Suministro en [[O:Orbea]] | Ingeniera industrial | Ciclismo y movilidad sostenible
[[L:Mallabia]], [[L:País Vasco]], [[L:España]]

Acerca de

Llevo más de quince años gestionando compras internacionales en la industria vasca, primero en automoción y ahora en la bicicleta. Me apasiona construir relaciones a largo plazo con proveedores, reducir riesgos en la cadena de suministro y acercar la fabricación a [[L:Europa]]. En [[O:Orbea]] lidero un equipo de 22 personas entre [[L:Mallabia]], [[L:Taiwán]] y [[L:Portugal]].

Experiencia

Directora de Compras y Cadena de Suministro – [[O:Orbea S. Coop.]]
sept. 2020 – actualidad · [[L:Mallabia]]
- Relocalización del 35 % del volumen de cuadros de aluminio desde [[L:Asia]] a proveedores de [[L:Portugal]] y [[L:Rumanía]].
- Negociación del acuerdo marco de componentes con [[O:Shimano]] durante la crisis de suministro de 2021-2022.
- Miembro del comité de sostenibilidad del grupo [[O:Mondragon]].

Responsable de Compras de Estampación – [[O:Gestamp]]
mar. 2014 – ago. 2020 · [[L:Abadiano]]
- Gestión de una cartera de 120 proveedores y 180 millones de euros de compra anual.
- Implantación de la metodología de evaluación de proveedores en las plantas de [[L:Navarra]] y [[L:Burgos]].

Ingeniera de Calidad de Proveedores – [[O:Fagor Ederlan]]
sept. 2009 – feb. 2014 · [[L:Eskoriatza]]

Formación

[[O:Mondragon Unibertsitatea]]
Ingeniería en Organización Industrial, 2004-2009

[[O:Deusto Business School]]
Executive MBA, 2016-2018

Voluntariado

Mentora en el programa de mujeres ingenieras de la [[O:Fundación Novia Salcedo]].

Recomendaciones

«Trabajé con [[P:Itziar]] durante seis años en [[O:Gestamp]]. Es exigente, justa y sabe negociar sin romper relaciones.» – [[P:Koldo Etxeberria]], Director de Operaciones, [[O:CIE Automotive]]
""")

d("es", "trade_fair_exhibitors", """
[[O:FERIA DE ZARAGOZA]]
FIMA 2025 – Feria Internacional de la Maquinaria Agrícola
11-15 de febrero de 2025 · [[L:Zaragoza]]

LISTADO DE EXPOSITORES – PABELLÓN 5 (extracto)

Stand 5-A12 · [[O:Agromecánica Ebro, S.L.]] · [[L:Tudela]] ([[L:Navarra]]) · Sembradoras neumáticas y de siembra directa
Stand 5-A18 · [[O:John Deere Ibérica, S.A.]] · [[L:Getafe]] ([[L:Madrid]]) · Tractores, cosechadoras y agricultura de precisión
Stand 5-B03 · [[O:Hermanos Lasheras e Hijos]] · [[L:Calatayud]] ([[L:Zaragoza]]) · Remolques basculantes y esparcidores de estiércol
Stand 5-B07 · [[O:Kverneland Group Iberia]] · [[L:Lleida]] · Arados, gradas y pulverizadores
Stand 5-B15 · [[O:Talleres Moncayo]] · [[L:Tarazona]] · Desbrozadoras y trituradoras de sarmientos
Stand 5-C02 · [[O:Agrícola Segarra-Puig, S.A.]] · [[L:Mollerussa]] ([[L:Lleida]]) · Sistemas de riego por goteo
Stand 5-C09 · [[O:Pellenc Ibérica]] · [[L:Vilafranca del Penedès]] · Maquinaria para viñedo y olivar
Stand 5-C21 · [[O:AgroSensia]] · [[L:Valladolid]] · Sensores de suelo y plataforma de gestión de explotaciones
Stand 5-D04 · [[O:Cooperativa Virgen del Pilar]] · [[L:Ejea de los Caballeros]] · Maquinaria de ocasión
Stand 5-D11 · [[O:Universidad de Zaragoza]] – Escuela Politécnica Superior de [[L:Huesca]] · Proyectos de investigación en robótica agrícola

Jornadas técnicas en la Sala Ebro

Martes 11, 12:00 · «Digitalización y relevo generacional en el campo», con [[P:Pilar Ballarín]] ([[O:Asaja Aragón]]) y [[P:Daniel Lanaspa]] ([[O:AgroSensia]]).
Miércoles 12, 10:30 · «Ayudas del Plan Renove 2025», a cargo de [[P:Luis Monreal]], del [[O:Ministerio de Agricultura, Pesca y Alimentación]].
Jueves 13, 17:00 · Entrega de las Novedades Técnicas FIMA, con el jurado presidido por el profesor [[P:Javier Arnal Sopena]] ([[O:Universidad de Zaragoza]]).

Información para expositores: Departamento Comercial de [[O:Feria de Zaragoza]], atención de D.ª [[P:Elena Marcuello]].

El transporte oficial de la feria corresponde a [[O:Avanza Zaragoza]], con autobuses lanzadera desde la plaza de Paraíso cada 15 minutos.
""")

d("es", "sponsorship_agreement", """
CONTRATO DE PATROCINIO DEPORTIVO

En [[L:Málaga]], a 3 de febrero de 2025

REUNIDOS

De una parte, [[O:Cervezas Alhambra Sur, S.L.]] (en adelante, «el Patrocinador»), con CIF B-29841167 y domicilio en el Polígono Guadalhorce, calle César Vallejo, 14, 29004 [[L:Málaga]], representada por D. [[P:Francisco Javier Moyano Ruiz]], en su calidad de director de marketing.

De otra parte, el [[O:Club Baloncesto Costa del Sol]] (en adelante, «el Patrocinado»), entidad deportiva inscrita en el Registro de Entidades Deportivas de [[L:Andalucía]], con domicilio en [[L:Marbella]], representado por su presidenta, Dña. [[P:Inmaculada Benítez Ortega]].

EXPONEN

I. Que el Patrocinado participa en la Liga LEB Oro, organizada por la [[O:Federación Española de Baloncesto]], y disputa sus partidos como local en el pabellón municipal de [[L:Marbella]], cedido por el [[O:Ayuntamiento de Marbella]].

II. Que el Patrocinador desea asociar su marca a los valores del Patrocinado y a su cantera.

CLÁUSULAS

Primera. Objeto. El Patrocinado cede al Patrocinador la condición de patrocinador principal para las temporadas 2025-2026 y 2026-2027, con derecho a incluir su logotipo en el frontal de la camiseta del primer equipo y en la pista central.

Segunda. Contraprestación. El Patrocinador abonará al Patrocinado 180.000 euros por temporada más IVA, en tres pagos, así como el suministro de bebidas para los eventos del Patrocinado. Los pagos se realizarán a la cuenta del Patrocinado en [[O:Unicaja]].

Tercera. Exclusividad. El Patrocinado no podrá suscribir acuerdos con otras empresas cerveceras ni de bebidas alcohólicas. Se exceptúa el acuerdo vigente con [[O:Bodegas Málaga Virgen]] para el palco de autoridades, que expira el 30 de junio de 2025.

Cuarta. Cantera. Una parte de la aportación, no inferior a 30.000 euros anuales, se destinará a las escuelas de baloncesto de [[L:San Pedro Alcántara]] y [[L:Estepona]].

Quinta. Resolución. Cualquiera de las partes podrá resolver el contrato en caso de descenso de categoría o de sanción firme impuesta por el [[O:Consejo Superior de Deportes]].

Y en prueba de conformidad, firman el presente documento por duplicado.

Por [[O:Cervezas Alhambra Sur]]: [[P:F. J. Moyano Ruiz]]            Por el Patrocinado: [[P:I. Benítez Ortega]]
""")
# ---------------------------------------------------------------- Italian
d("it", "payment_reminder", """
[[O:Oleificio Fratelli Barbagallo S.r.l.]]
Contrada Sant'Agata, 14 – 95024 [[L:Acireale]] ([[L:CT]])
P. IVA 03318770874

Spett.le
[[O:Gastronomia Dal Bianco]]
alla c.a. del Sig. [[P:Renato Dal Bianco]]
Via Roma, 88
31100 [[L:Treviso]]

[[L:Acireale]], 10 febbraio 2025

Oggetto: secondo sollecito di pagamento – fatture n. 412/2024 e 437/2024

Egregio Sig. [[P:Dal Bianco]],

nonostante il nostro precedente sollecito del 13 gennaio, dalle nostre verifiche contabili risultano ancora insolute le seguenti fatture, relative alle forniture di olio extravergine di oliva DOP consegnate presso il Vostro punto vendita di [[L:Treviso]]:

fattura n. 412/2024 del 18/11/2024 – scadenza 18/12/2024 – importo € 3.276,00
fattura n. 437/2024 del 02/12/2024 – scadenza 31/12/2024 – importo € 1.948,80
Totale scaduto: € 5.224,80

Ci rendiamo conto che la stagione natalizia comporta un notevole impegno, ma Vi ricordiamo che le condizioni concordate con il nostro agente di zona, il Sig. [[P:Mirko Trevisan]] di [[O:Agenzia Trevisan Rappresentanze]], prevedono il pagamento a 30 giorni data fattura. Il ritardo ci costringe a sospendere le consegne già programmate per il mese di marzo.

Vi invitiamo pertanto a provvedere al saldo entro e non oltre il 24 febbraio 2025 mediante bonifico sul conto intestato a [[O:Oleificio Fratelli Barbagallo]] presso [[O:Banca Agricola Popolare di Sicilia]], IBAN IT42 R 05036 26200 CC0451234567. Decorso inutilmente tale termine, saremo costretti ad affidare la pratica al nostro legale, l'Avv. [[P:Santo Rapisarda]] del foro di [[L:Catania]], con addebito degli interessi moratori previsti dal D.Lgs. 231/2002 e delle spese di recupero.

Qualora il pagamento fosse già stato effettuato, Vi preghiamo di inviarci copia della contabile e di considerare nulla la presente.

Distinti saluti.

[[P:Agata Barbagallo]]
Amministrazione
[[O:Oleificio Fratelli Barbagallo]]
tel. 095 764 2213 – amministrazione@oleificiobarbagallo.it
""")

d("it", "reference_letter", """
[[O:Studio Legale Ferraresi Cattaneo & Associati]]
Corso di Porta Nuova, 16 – 20121 [[L:Milano]]

[[L:Milano]], 7 marzo 2025

LETTERA DI REFERENZE

A chi di competenza,

con la presente attesto che la Dott.ssa [[P:Giulia Mancinelli]], nata a [[L:Pesaro]] il 3 agosto 1994, ha collaborato con il nostro Studio dal 1° settembre 2020 al 28 febbraio 2025, prima come praticante avvocato e, dopo il superamento dell'esame di abilitazione presso la [[O:Corte d'Appello di Milano]], come associate nel dipartimento di diritto societario e M&A.

Nel corso di questi anni la Dott.ssa [[P:Mancinelli]] ha partecipato a numerose operazioni di acquisizione e di riorganizzazione societaria, tra cui la cessione della maggioranza di [[O:Cartiere Valtrompia S.p.A.]] a un fondo di private equity e la fusione tra [[O:Nuova Idraulica Bresciana]] e [[O:Termoidraulica Garda]]. Ha curato in autonomia la redazione di due diligence legali, di patti parasociali e di contratti di compravendita di partecipazioni, dimostrando precisione, rapidità di apprendimento e un'ottima padronanza della lingua inglese, come apprezzato anche dai colleghi dello studio corrispondente [[O:Bird & Bird]] di [[L:Londra]].

Vorrei sottolineare in particolare il lavoro svolto nel 2023 per il cliente [[O:Gruppo Sabaini]], nell'ambito della quotazione sul segmento dedicato alle PMI gestito da [[O:Borsa Italiana]], durante la quale ha mantenuto i rapporti con la [[O:Consob]] e con l'advisor [[O:Equita]], sotto la supervisione del mio socio, l'Avv. [[P:Paolo Cattaneo]].

Sul piano personale, [[P:Giulia]] si è sempre distinta per correttezza, spirito di squadra e disponibilità verso i praticanti più giovani. Ha inoltre tenuto, su nostro incarico, alcune lezioni nel master in diritto d'impresa dell'[[O:Università Bocconi]].

La Dott.ssa [[P:Mancinelli]] lascia lo Studio per sua scelta, per entrare nell'ufficio legale di [[O:Pirelli]]. La raccomando senza riserve a chiunque intenda avvalersi della sua professionalità e resto a disposizione per ogni ulteriore informazione.

Avv. [[P:Lorenza Ferraresi]]
Socio fondatore
[[O:Ferraresi Cattaneo & Associati]]
""")

d("it", "freight_customs_email", """
Da: [[P:Davide Pastorino]] <d.pastorino@lanternaforwarding.it>
Inviato: giovedì 6 marzo 2025 10:12
A: [[P:Federica Zanon]]
Cc: [[P:Matteo Bortolin]]
Oggetto: R: Spedizione 25/GE/0318 – macchine per caffè verso [[L:Montréal]]

Buongiorno [[P:Federica]],

Vi aggiorno sulla spedizione delle 48 macchine professionali per caffè destinate al Vostro distributore canadese, [[O:Café Boréal Distribution Inc.]]

Il container 20' è stato caricato ieri presso il Vostro stabilimento di [[L:Castelfranco Veneto]] e arriverà al terminal [[O:PSA Genova Pra']] domani mattina. L'imbarco è previsto sulla nave di [[O:MSC]] in partenza sabato 8 marzo, con arrivo stimato a [[L:Montréal]] il 21 marzo.

Per la dichiarazione doganale di esportazione ci mancano ancora:
1) la fattura commerciale definitiva in lingua inglese o francese, con l'indicazione dell'origine preferenziale secondo l'accordo CETA;
2) la dichiarazione di origine firmata dall'esportatore autorizzato (il Vostro numero REX);
3) la packing list con i pesi netti per singolo collo.

Vi segnalo inoltre che l'[[O:Agenzia delle Dogane e dei Monopoli]] ha introdotto nuovi controlli sui beni a duplice uso: le Vostre macchine non rientrano nella categoria, ma il funzionario dell'[[O:Ufficio delle Dogane di Genova]] potrebbe chiedere una dichiarazione in tal senso. Vi allego un fac-simile predisposto dal nostro ufficio.

Per la parte canadese, il broker doganale incaricato dal cliente è [[O:Livingston International]]; ho già inviato loro la prenotazione.

Cordiali saluti,
[[P:Davide Pastorino]]
Ufficio Export Mare
[[O:Lanterna Forwarding S.r.l.]] – Via Albertazzi, 3 – 16149 [[L:Genova]]

-----Messaggio originale-----
Da: [[P:Federica Zanon]]
Inviato: mercoledì 5 marzo 2025 16:44
A: [[P:Davide Pastorino]]
Oggetto: Spedizione 25/GE/0318

Ciao [[P:Davide]], il camion di [[O:Autotrasporti Bassano]] è partito ora. La fattura la manda domani mattina [[P:Matteo]] dell'amministrazione. Grazie e buona giornata!
[[P:Federica Zanon]] – Logistica – [[O:Brevetti Zanon Caffè S.p.A.]] – [[L:Castelfranco Veneto]] ([[L:TV]])
""")

d("it", "procurement_award_notice", """
[[O:AZIENDA SANITARIA LOCALE ROMA 2]]
UOC Acquisizione Beni e Servizi
Via Filippo Meda, 35 – 00157 [[L:Roma]]

AVVISO DI AGGIUDICAZIONE DI APPALTO
(art. 111 del D.Lgs. 36/2023)

1. Stazione appaltante: [[O:ASL Roma 2]], codice AUSA 0000248731. Responsabile unico del progetto: Dott. [[P:Fabrizio Lombardozzi]].

2. Oggetto: procedura aperta telematica per l'affidamento del servizio di sanificazione e pulizia dei presidi ospedalieri [[O:Ospedale Sandro Pertini]], [[O:Ospedale Sant'Eugenio]] e [[O:CTO Andrea Alesini]], per la durata di 48 mesi. CIG B3A1F66C02.

3. Procedura: aperta, svolta sulla piattaforma STELLA della [[O:Regione Lazio]], con il criterio dell'offerta economicamente più vantaggiosa (qualità 80 punti, prezzo 20 punti).

4. Offerte ricevute: 7. Offerte escluse: 1 (per mancata presentazione della garanzia provvisoria).

5. Aggiudicatario: R.T.I. costituito da [[O:Coopservice Soc. Coop. p.A.]], con sede a [[L:Reggio Emilia]] (mandataria), e [[O:Sanital Roma S.r.l.]], con sede a [[L:Pomezia]] (mandante).
Punteggio complessivo: 91,42/100.
Importo di aggiudicazione: € 38.614.200,00 oltre IVA.

6. Seconda classificata: [[O:Dussmann Service S.r.l.]], punteggio 86,15/100.

7. Data del provvedimento di aggiudicazione: deliberazione del Direttore Generale n. 214 del 29 gennaio 2025.

8. Organo competente per le procedure di ricorso: [[O:Tribunale Amministrativo Regionale per il Lazio]], sede di [[L:Roma]], via Flaminia, 189. Termine per la presentazione del ricorso: 30 giorni dalla comunicazione dell'aggiudicazione.

9. Il presente avviso è pubblicato sulla Banca dati nazionale dei contratti pubblici dell'[[O:ANAC]], sulla [[O:Gazzetta Ufficiale della Repubblica Italiana]] e sul profilo del committente.

Il Direttore della UOC Acquisizione Beni e Servizi
Dott.ssa [[P:Rossana Pietrangeli]]
""")

d("it", "due_diligence_findings", """
RISERVATO – Sintesi delle risultanze della due diligence contabile e fiscale
Società target: [[O:Maglificio Alta Brianza S.p.A.]], [[L:Erba]] ([[L:CO]])
Committente: [[O:Tessilfin Holding]]
Redatto da: [[O:Bertoldi Zaccaria & Partners]], revisori e consulenti
Data: 21 febbraio 2025

1. Qualità degli utili
L'EBITDA 2024 riportato dal management, pari a € 6,8 milioni, include proventi non ricorrenti per € 0,9 milioni derivanti dalla cessione di un immobile ad [[L:Albavilla]] e un contributo a fondo perduto della [[O:Regione Lombardia]] di € 0,3 milioni. L'EBITDA normalizzato è quindi stimato in € 5,6 milioni.

2. Capitale circolante
Le rimanenze di filati presso il terzista [[O:Tintoria Comense]] non risultano da inventario fisico al 31/12/2024; il valore contabile è di € 1,4 milioni. Si raccomanda un inventario in contraddittorio prima del closing.

3. Contenzioso fiscale
È pendente davanti alla [[O:Corte di Giustizia Tributaria di primo grado di Como]] un ricorso contro un avviso di accertamento dell'[[O:Agenzia delle Entrate]] relativo al transfer pricing verso la controllata rumena [[O:Brianza Knit S.R.L.]] di [[L:Timișoara]]. La pretesa ammonta a € 740.000 più sanzioni. Il consulente fiscale della società, Dott. [[P:Ermanno Colzani]], stima il rischio di soccombenza come «possibile».

4. Finanziamenti
Il finanziamento in pool guidato da [[O:Intesa Sanpaolo]], con la partecipazione di [[O:Banco BPM]] e di [[O:Credito Valtellinese]], contiene una clausola di cambio di controllo; il debito residuo è di € 11,2 milioni.

5. Rapporti con parti correlate
Lo stabilimento di [[L:Erba]] è condotto in locazione dalla [[O:Immobiliare Lanzani]], riconducibile alla famiglia del presidente [[P:Giancarlo Lanzani]]. Il canone appare superiore di circa il 15 % ai valori di mercato.

6. Personale
I 212 dipendenti sono inquadrati nel CCNL Tessile Abbigliamento. Nel 2024 sono state attivate 14 settimane di cassa integrazione ordinaria autorizzate dall'[[O:INPS]]. Non risultano vertenze con [[O:Filctem CGIL]] o [[O:Femca CISL]].

Referenti: Dott. [[P:Marco Bertoldi]] (partner) e Dott.ssa [[P:Chiara Zaccaria]] ([[O:Bertoldi Zaccaria]]); per la target, il direttore finanziario Rag. [[P:Walter Frigerio]].
""")

d("it", "ombudsman_complaint_reply", """
[[O:Banca di Credito Cooperativo dei Castelli Romani]]
Ufficio Reclami
Piazza Garibaldi, 9 – 00041 [[L:Albano Laziale]] ([[L:RM]])

Raccomandata A/R
Gent.ma Sig.ra
[[P:Loredana Ciccotti]]
Via dei Laghi, 112
00047 [[L:Marino]] ([[L:RM]])

[[L:Albano Laziale]], 18 dicembre 2024

Oggetto: riscontro al Suo reclamo del 25 ottobre 2024 – prot. n. R/2024/0883

Gentile Sig.ra [[P:Ciccotti]],

facciamo seguito al reclamo da Lei presentato, anche tramite l'associazione [[O:Adiconsum Lazio]], in merito a tre operazioni di bonifico istantaneo per complessivi € 7.850,00 disposte il 12 ottobre 2024 dal Suo conto corrente tramite il servizio di home banking, e da Lei disconosciute.

Dalle verifiche svolte dal nostro ufficio antifrode, in collaborazione con il fornitore della piattaforma, [[O:Cedacri]], è emerso che le operazioni sono state autorizzate con le credenziali e il codice dinamico inviato al Suo numero di cellulare, a seguito di una telefonata in cui un sedicente operatore della Banca Le aveva chiesto di comunicare tali codici. I fondi sono stati accreditati su un conto aperto presso [[O:Revolut Bank UAB]] in [[L:Lituania]].

Pur comprendendo il disagio subito, riteniamo che la comunicazione dei codici a terzi configuri un comportamento gravemente negligente ai sensi dell'art. 12 del D.Lgs. 11/2010. Tuttavia, in considerazione del rapporto pluriennale e della tempestiva denuncia presentata alla [[O:Polizia Postale]] di [[L:Roma]], la [[O:BCC dei Castelli Romani]] Le propone, a titolo di composizione bonaria e senza riconoscimento di responsabilità, il rimborso del 40 % dell'importo, pari a € 3.140,00. Abbiamo inoltre avviato la procedura di richiamo dei fondi con la banca beneficiaria.

Qualora non si ritenesse soddisfatta, potrà rivolgersi all'[[O:Arbitro Bancario Finanziario]] ([[O:ABF]]), secondo le modalità indicate sul sito della [[O:Banca d'Italia]], oppure attivare la procedura di mediazione presso il [[O:Conciliatore BancarioFinanziario]].

Per ogni chiarimento può contattare il responsabile dell'Ufficio Reclami, Dott. [[P:Stefano Marinangeli]].

Distinti saluti.

[[O:Banca di Credito Cooperativo dei Castelli Romani]]
Il Responsabile Ufficio Reclami
""")

d("it", "merger_announcement", """
COMUNICATO STAMPA

[[O:Ceramiche Valsecchia]] e [[O:Gres Emiliano]]: approvato il progetto di fusione. Nasce un polo da 420 milioni di fatturato nel distretto di [[L:Sassuolo]]

[[L:Fiorano Modenese]], 24 febbraio 2025 – I consigli di amministrazione di [[O:Ceramiche Valsecchia S.p.A.]] e di [[O:Gres Emiliano S.p.A.]] hanno approvato in data odierna il progetto di fusione per incorporazione di [[O:Gres Emiliano]] in [[O:Valsecchia]]. La società risultante manterrà la denominazione [[O:Ceramiche Valsecchia]] e la sede legale a [[L:Fiorano Modenese]], con stabilimenti a [[L:Sassuolo]], [[L:Castellarano]] e [[L:Spezzano]].

Il rapporto di cambio, determinato anche sulla base delle valutazioni degli advisor finanziari [[O:Mediobanca]] per [[O:Valsecchia]] e [[O:Kpmg Advisory]] per [[O:Gres Emiliano]], è fissato in 1,35 azioni ordinarie [[O:Valsecchia]] per ogni azione [[O:Gres Emiliano]]. La congruità del rapporto di cambio sarà attestata dall'esperto nominato dal [[O:Tribunale di Modena]].

«Uniamo due storie imprenditoriali nate a pochi chilometri di distanza», ha dichiarato il presidente di [[O:Valsecchia]], [[P:Giorgio Montecchi]]. «Insieme potremo affrontare il costo dell'energia e investire nella decarbonizzazione dei forni con la scala necessaria.» L'amministratrice delegata di [[O:Gres Emiliano]], [[P:Francesca Ruggerini]], assumerà il ruolo di direttore generale della nuova società e la responsabilità dei mercati esteri, in particolare [[L:Stati Uniti]], [[L:Germania]] e [[L:Francia]].

L'operazione è subordinata all'approvazione delle assemblee straordinarie, convocate per il 15 aprile, e al via libera dell'[[O:Autorità Garante della Concorrenza e del Mercato]]. Le organizzazioni sindacali, tra cui la [[O:Filca-Cisl Emilia Centrale]], sono state informate nel corso di un incontro presso la sede di [[O:Confindustria Ceramica]].

I consulenti legali sono lo studio [[O:Gianni & Origoni]] per [[O:Valsecchia]] e [[O:Chiomenti]] per [[O:Gres Emiliano]].

Per informazioni: Ufficio stampa [[O:Valsecchia]] – [[P:Elisa Borghi]], tel. 0536 840 211
""")

d("it", "supplier_scorecard", """
[[O:Meccanica Lariana S.p.A.]] – Direzione Acquisti
VALUTAZIONE FORNITORI – CONSUNTIVO ANNO 2024
Stabilimento di [[L:Lecco]] – redatto da [[P:Silvia Colombo]], Supplier Quality Engineer
Approvato da: Ing. [[P:Roberto Mauri]], Direttore Acquisti

Criteri e pesi: qualità (ppm difettosi) 40 %, puntualità delle consegne 30 %, reattività e documentazione 15 %, competitività di prezzo 15 %. Classe A ≥ 85 punti; classe B 70-84; classe C < 70.

1. [[O:Fonderia Valsassina]] – [[L:Primaluna]] – getti in ghisa
Qualità 38/40 · Puntualità 27/30 · Reattività 13/15 · Prezzo 11/15 · Totale 89 – Classe A
Note: confermato fornitore strategico; avvio co-design del nuovo corpo pompa.

2. [[O:Trafilerie Brambilla & Figli]] – [[L:Calolziocorte]] – barre trafilate
Qualità 34/40 · Puntualità 22/30 · Reattività 12/15 · Prezzo 13/15 · Totale 81 – Classe B
Note: ritardi ricorrenti nel secondo semestre; il Sig. [[P:Brambilla]] ha presentato un piano d'azione.

3. [[O:TTN Trattamenti Termici Nord]] – [[L:Cinisello Balsamo]] – tempra e nitrurazione
Qualità 29/40 · Puntualità 25/30 · Reattività 8/15 · Prezzo 12/15 · Totale 74 – Classe B
Note: due lotti non conformi per durezza (NC 24/117 e 24/162). Audit di processo fissato per il 12 marzo con il loro responsabile qualità, Dott. [[P:Alessio Verga]].

4. [[O:Elettromeccanica Adda]] – [[L:Merate]] – motori elettrici
Qualità 39/40 · Puntualità 29/30 · Reattività 14/15 · Prezzo 9/15 · Totale 91 – Classe A

5. [[O:Plastiform Sud S.r.l.]] – [[L:Caserta]] – componenti stampati
Qualità 22/40 · Puntualità 18/30 · Reattività 7/15 · Prezzo 14/15 · Totale 61 – Classe C
Note: fornitore in osservazione; avviata qualifica di una fonte alternativa, [[O:Polimeri Brianzoli]].

6. [[O:Schaeffler Italia]] – [[L:Momo]] ([[L:NO]]) – cuscinetti
Qualità 40/40 · Puntualità 24/30 · Reattività 11/15 · Prezzo 10/15 · Totale 85 – Classe A

Azioni: i fornitori in classe C ricevono comunicazione formale e piano di rientro entro 60 giorni. La sintesi sarà presentata al comitato acquisti del 28 febbraio alla presenza dell'amministratore delegato, Dott.ssa [[P:Paola Fumagalli]], e del responsabile qualità di gruppo, Ing. [[P:Giovanni Invernizzi]]. [[O:Plastiform]] sarà convocata a [[L:Lecco]] entro marzo.
""")

d("it", "it_incident_report", """
RAPPORTO DI INCIDENTE INFORMATICO – INC-2025-004
Organizzazione: [[O:Gruppo Assicurativo Tirreno Vita]]
Classificazione: incidente grave (livello 1) – uso interno
Redatto da: Ing. [[P:Alberto Nicosia]], IT Service Manager
Data: 17 gennaio 2025

1. Descrizione
Il 9 gennaio 2025, dalle 06:40 alle 15:10, il portale agenti e l'area riservata clienti di [[O:Tirreno Vita]] sono risultati irraggiungibili. Nello stesso intervallo non è stato possibile emettere polizze né registrare denunce di sinistro dalle 312 agenzie della rete, concentrate soprattutto in [[L:Toscana]], [[L:Liguria]] e [[L:Sardegna]].

2. Causa
Un aggiornamento del firmware degli storage del data center di [[L:Livorno]], eseguito dal fornitore di servizi gestiti [[O:Netlogica Sistemi]] nella finestra di manutenzione notturna, ha corrotto la configurazione del cluster di database. Il rollback automatico non è andato a buon fine. Il supporto di terzo livello del produttore, [[O:NetApp]], è stato coinvolto alle 08:30.

3. Cronologia
06:40 – primi allarmi dal sistema di monitoraggio.
07:15 – il Sig. [[P:Kevin Lupi]] ([[O:Netlogica]]) apre un ticket di priorità 1.
08:30 – escalation verso [[O:NetApp]].
11:00 – decisione di ripristinare da backup nel sito secondario di [[L:Pisa]], gestito da [[O:Aruba]].
15:10 – servizi ripristinati; perdita dei dati inseriti tra le 06:00 e le 06:40, recuperati manualmente dalle agenzie.

4. Impatti e comunicazioni
Nessuna violazione di dati personali: non è stata quindi necessaria la notifica al [[O:Garante per la protezione dei dati personali]]. L'incidente è stato invece segnalato all'[[O:IVASS]] come incidente operativo grave ai sensi del regolamento DORA, entro i termini previsti.

5. Azioni correttive
- Revisione del contratto con [[O:Netlogica Sistemi S.r.l.]] per includere test obbligatori in ambiente di collaudo (responsabile: Dott.ssa [[P:Marina Del Corso]], Ufficio Acquisti).
- Prova di disaster recovery semestrale con [[O:Aruba]] (responsabile: Ing. [[P:Nicosia]]).
- Comunicazione alla rete agenziale a cura di [[P:Sandro Bellucci]], direttore commerciale.

Approvato dal CIO, Dott. [[P:Luca Mannucci]].
""")

d("it", "research_collaboration_letter", """
[[O:Politecnico di Torino]]
Dipartimento di Ingegneria dell'Ambiente, del Territorio e delle Infrastrutture
Corso Duca degli Abruzzi, 24 – 10129 [[L:Torino]]

Spett.le
[[O:SMAT – Società Metropolitana Acque Torino S.p.A.]]
c.a. Ing. [[P:Ornella Gribaudo]], Direttore Ricerca e Sviluppo
Corso XI Febbraio, 14
10152 [[L:Torino]]

[[L:Torino]], 4 marzo 2025

Oggetto: proposta di accordo di collaborazione scientifica sul monitoraggio delle microplastiche nel bacino del [[L:Po]]

Gentile Ing. [[P:Gribaudo]],

a seguito dell'incontro del 19 febbraio presso il Centro Ricerche di [[O:SMAT]], Le trasmetto la proposta di accordo di collaborazione tra il nostro Dipartimento e la Vostra società per un progetto triennale sul monitoraggio delle microplastiche negli impianti di depurazione e nei corpi idrici ricettori.

Il progetto prevede campagne di campionamento presso il depuratore di [[L:Castiglione Torinese]] e in quattro punti del [[L:Po]] e della [[L:Dora Riparia]], l'analisi dei campioni nei laboratori del [[O:Politecnico]] e lo sviluppo di un modello di trasporto dei sedimenti. Il gruppo di ricerca sarà coordinato dalla Prof.ssa [[P:Silvana Ferrero]], con il supporto di un assegnista e di due dottorandi, uno dei quali in cotutela con l'[[O:Università di Grenoble Alpes]].

Per il cofinanziamento intendiamo candidare il progetto al bando della [[O:Fondazione Compagnia di San Paolo]] e coinvolgere come partner l'[[O:ARPA Piemonte]] per la validazione dei dati. La [[O:SMAT]] metterebbe a disposizione l'accesso agli impianti, il personale per i prelievi e un contributo di € 90.000 nel triennio.

La gestione dei diritti di proprietà intellettuale e della pubblicazione dei risultati seguirà il regolamento di Ateneo; l'ufficio trasferimento tecnologico, nella persona del Dott. [[P:Emanuele Rosso]], è a disposizione per concordare le clausole.

Confidando in un positivo riscontro, porgo cordiali saluti.

Prof. [[P:Giuseppe Andriano]]
Direttore del Dipartimento
[[O:Politecnico di Torino]]
""")
# ---------------------------------------------------------------- Dutch
d("nl", "payment_reminder", """
[[O:Groenhart Installatietechniek B.V.]]
Industrieweg 23
3846 BD [[L:Harderwijk]]
KvK 08123456 | btw NL8123.45.678.B01

[[O:Bakkerij Van der Meulen]]
T.a.v. dhr. [[P:Sjoerd van der Meulen]]
Hoofdstraat 41
8071 BN [[L:Nunspeet]]

[[L:Harderwijk]], 12 februari 2025

Betreft: tweede herinnering factuur 2024-0918

Geachte heer [[P:Van der Meulen]],

Op 6 november 2024 hebben wij u factuur 2024-0918 gestuurd voor het vervangen van de koelcel en de afzuiginstallatie in uw winkel in [[L:Nunspeet]]. Het factuurbedrag van € 9.482,65 had uiterlijk op 6 december 2024 op onze rekening moeten staan. Ondanks onze herinnering van 8 januari hebben wij nog geen betaling ontvangen.

Wij begrijpen dat u na de verbouwing met extra kosten te maken heeft gehad. Onze projectleider, [[P:Gert-Jan Bosscher]], heeft bij de oplevering op 31 oktober met uw vrouw, mevr. [[P:Hennie van der Meulen]], besproken dat een betalingsregeling bespreekbaar is. Dat aanbod staat nog steeds. Neem daarvoor dan wel binnen zeven dagen contact op met onze administratie.

Wij verzoeken u het openstaande bedrag vóór 26 februari 2025 over te maken op rekening NL27 RABO 0312 4455 87 ten name van [[O:Groenhart Installatietechniek]] bij de [[O:Rabobank Noord-Veluwe]], onder vermelding van het factuurnummer. Als wij na die datum geen betaling of reactie hebben ontvangen, dragen wij de vordering over aan [[O:Incassobureau Veluwezoom]]. De wettelijke incassokosten van € 369,83 en de wettelijke handelsrente komen dan voor uw rekening.

Heeft u inmiddels betaald? Dan kunt u deze brief als niet verzonden beschouwen.

Met vriendelijke groet,

[[P:Marloes Ter Haar]]
Financiële administratie
[[O:Groenhart Installatietechniek]]
T 0341 45 82 10 | administratie@groenhart-installatie.nl
""")

d("nl", "dismissal_letter", """
[[O:Zuiderzee Zorggroep]]
Afdeling HR
Postbus 120
8200 AC [[L:Lelystad]]

Aangetekend en per e-mail
Mevrouw [[P:Fatima El Amrani]]
Kempenaar 08-14
8231 AK [[L:Lelystad]]

[[L:Lelystad]], 3 maart 2025

Betreft: beëindiging arbeidsovereenkomst met wederzijds goedvinden – bevestiging

Beste [[P:Fatima]],

In ons gesprek van 25 februari, waarbij ook je vakbondsconsulent van [[O:FNV Zorg & Welzijn]], dhr. [[P:Ruud Kooistra]], aanwezig was, hebben wij de afspraken besproken over het einde van je dienstverband als teamleider facilitaire dienst op locatie De Wissel. Met deze brief bevestigen wij wat is afgesproken. De definitieve vaststellingsovereenkomst ontvang je via onze jurist, mr. [[P:Pieter Hoogendoorn]].

Zoals toegelicht, vervalt je functie door de reorganisatie van de facilitaire diensten, waarbij de schoonmaak en catering van alle locaties in [[L:Lelystad]] en [[L:Dronten]] per 1 juni worden uitbesteed aan [[O:Hago Zorg]]. Een passende functie binnen [[O:Zuiderzee Zorggroep]] was helaas niet beschikbaar.

De belangrijkste afspraken:
- je arbeidsovereenkomst eindigt op 31 mei 2025 met wederzijds goedvinden, op initiatief van de werkgever;
- je ontvangt een vergoeding ter hoogte van de wettelijke transitievergoeding, vermeerderd met € 5.000 bruto;
- je wordt per 1 april vrijgesteld van werk met behoud van salaris;
- wij vergoeden een outplacementtraject tot € 3.500 bij [[O:Van Ede & Partners]];
- wij dragen bij in de kosten van juridisch advies tot € 750 exclusief btw.

Omdat het initiatief bij ons ligt en er geen sprake is van een dringende reden, verwachten wij dat je recht hebt op een WW-uitkering van het [[O:UWV]]. Je hebt na ondertekening van de vaststellingsovereenkomst veertien dagen bedenktijd.

Wij danken je hartelijk voor je inzet in de afgelopen negen jaar. Voor vragen kun je terecht bij je HR-adviseur, [[P:Ilse Brouwer]].

Met vriendelijke groet,

drs. [[P:Anton Wijnberg]]
Bestuurder [[O:Zuiderzee Zorggroep]]
""")

d("nl", "insurance_claim_email", """
Van: [[P:Bas Hulshof]] <b.hulshof@twentsche-assurantien.nl>
Aan: schade@noordhollandsche-verzekeringen.nl
Datum: dinsdag 21 januari 2025 14:37
Onderwerp: Schademelding polis BA-4471203 – [[O:Transportbedrijf Nijhuis]] – aanrijding [[L:Hengelo]]

Geachte heer, mevrouw,

Namens onze relatie [[O:Transportbedrijf Nijhuis B.V.]] uit [[L:Enschede]] melden wij hierbij een schade onder de aansprakelijkheidsverzekering voor motorrijtuigen bij [[O:Noordhollandsche Verzekeringen]].

Op maandag 20 januari omstreeks 07.50 uur is een trekker-opleggercombinatie van [[O:Nijhuis]], bestuurd door dhr. [[P:Henk Oude Nijeweme]], bij het achteruit inrijden van het laadperron van [[O:Distributiecentrum Twente]] aan de Dr. Stolteweg in [[L:Hengelo]] tegen een overkapping gereden. De overkapping en een sectionaaldeur zijn daarbij zwaar beschadigd. Niemand raakte gewond. Het distributiecentrum wordt geëxploiteerd door [[O:Bolk Logistics]], die de schade bij ons heeft gemeld via hun facilitair manager, mevr. [[P:Janneke Wessels]].

Volgens de chauffeur gaf de dockbegeleider van [[O:Bolk]] een teken dat hij door kon rijden. Mevrouw [[P:Wessels]] bestrijdt dat. Er zijn camerabeelden beschikbaar; wij hebben [[O:Bolk]] verzocht deze te bewaren. Een schadeformulier, foto's en een eerste herstelofferte van [[O:Hörmann Nederland]] (€ 28.640 exclusief btw) sturen wij als bijlage mee.

Wij verzoeken u een expert te benoemen. In eerdere dossiers heeft u [[O:Van Dijk Expertise]] uit [[L:Zwolle]] ingeschakeld; daar heeft onze relatie goede ervaringen mee. Ook willen wij graag weten of u aansprakelijkheid erkent, zodat [[O:Bolk]] de reparatie kan laten uitvoeren voordat de drukke periode begint.

Met vriendelijke groet,

[[P:Bas Hulshof]]
Schadebehandelaar zakelijk
[[O:Twentsche Assurantiën]]
Hengelosestraat 300, 7521 AM [[L:Enschede]]
AFM-vergunningsnummer 12034567
""")

d("nl", "local_news_article", """
Fietsenfabrikant uit [[L:Heerenveen]] verhuist naar oud zuivelterrein: 120 banen erbij

[[L:HEERENVEEN]] – [[O:Fryske Fyts]], de fabrikant van elektrische bakfietsen die in 2016 begon in een schuur in [[L:Joure]], gaat verhuizen naar het voormalige terrein van [[O:FrieslandCampina]] aan de rand van [[L:Heerenveen]]. Het bedrijf verwacht binnen drie jaar 120 nieuwe medewerkers aan te nemen. Dat maakten oprichters [[P:Wytze Hoekstra]] en [[P:Anouk Dijkstra]] donderdag bekend.

,,We zitten nu verspreid over drie hallen en verliezen elke dag tijd aan het heen en weer rijden van frames'', zegt [[P:Hoekstra]]. In de nieuwe fabriek komen de lasserij, de lakstraat en de eindassemblage onder één dak. De investering bedraagt ruim 18 miljoen euro. Het geld komt onder meer van [[O:ING]], van het regionale investeringsfonds [[O:Ontwikkelingsmaatschappij Noord-Nederland]] en van de nieuwe aandeelhouder [[O:Waterland Private Equity]].

Het bedrijf groeit hard. Vorig jaar verkocht [[O:Fryske Fyts]] ruim 14.000 bakfietsen, vooral in [[L:Nederland]], [[L:Duitsland]] en [[L:Denemarken]]. Na een reeks terugroepacties bij concurrenten kreeg de branche de afgelopen jaren strengere veiligheidseisen opgelegd door de [[O:Nederlandse Voedsel- en Warenautoriteit]]. ,,Dat heeft ons geholpen, want wij testen alles zelf'', zegt [[P:Dijkstra]].

Wethouder [[P:Tjeerd Zwart]] van de [[O:gemeente Heerenveen]] is blij met de komst. ,,Het zuivelterrein stond sinds 2020 leeg. Dit is precies de maakindustrie die we hier willen houden.'' De gemeente heeft wel voorwaarden gesteld aan het vrachtverkeer over de Kanaalweg.

Voor de nieuwe banen werkt [[O:Fryske Fyts]] samen met [[O:Firda]], het mbo in [[L:Friesland]], en met het [[O:UWV]]. Vakbond [[O:CNV]] noemt de groei ,,goed nieuws'', maar wil wel dat het bedrijf een cao afsluit. Nu heeft [[O:Fryske Fyts]] die nog niet.
""")

d("nl", "agm_notice", """
[[O:Koninklijke Dekker Havenbedrijven N.V.]]
(statutair gevestigd te [[L:Rotterdam]])

OPROEPING
voor de jaarlijkse Algemene Vergadering van Aandeelhouders

De Raad van Bestuur en de Raad van Commissarissen van [[O:Koninklijke Dekker Havenbedrijven N.V.]] (de ,,Vennootschap'') nodigen aandeelhouders en andere vergadergerechtigden uit voor de jaarlijkse Algemene Vergadering, die wordt gehouden op donderdag 22 mei 2025 om 14.00 uur in het Inntel Hotel, Leuvehaven 80, [[L:Rotterdam]].

Agenda
1. Opening
2. Verslag van de Raad van Bestuur over het boekjaar 2024 (bespreking)
3. Bezoldigingsverslag 2024 (adviserende stemming)
4. Vaststelling van de jaarrekening 2024 (stempunt)
5. Vaststelling van het dividend van € 1,12 per gewoon aandeel (stempunt)
6. Decharge van de leden van de Raad van Bestuur (stempunt)
7. Decharge van de leden van de Raad van Commissarissen (stempunt)
8. Herbenoeming van mevrouw [[P:Marieke Lodewijks-Aarts]] als lid van de Raad van Commissarissen (stempunt)
9. Benoeming van de heer [[P:Koen Vergouwen]] als lid van de Raad van Bestuur (CFO) (stempunt)
10. Opdracht aan [[O:Deloitte Accountants B.V.]] tot onderzoek van de jaarrekening 2026 (stempunt)
11. Machtiging tot inkoop van eigen aandelen (stempunt)
12. Rondvraag en sluiting

De heer [[P:Vergouwen]] is thans financieel directeur van [[O:Vopak]] in [[L:Singapore]]. Mevrouw [[P:Lodewijks-Aarts]] is voormalig directeur van het [[O:Havenbedrijf Rotterdam]].

Registratiedatum
Vergadergerechtigd zijn zij die op 24 april 2025 (de registratiedatum) na verwerking van alle bij- en afschrijvingen zijn ingeschreven in een van de administraties van de intermediairs in de zin van de Wet giraal effectenverkeer. Aanmelding kan uiterlijk 15 mei 2025 via de intermediair bij [[O:ABN AMRO Bank N.V.]] (Corporate Broking) of via abnamro.com/evoting.

Stemmen per volmacht
Aandeelhouders kunnen een steminstructie geven aan de onafhankelijke derde, [[O:Stichting Rechtshulp Dekker]], of aan notaris mr. [[P:J.W. Stolk]] van [[O:Loyens & Loeff]]. De [[O:Vereniging van Effectenbezitters]] ([[O:VEB]]) heeft aangekondigd de vergadering bij te wonen.

[[L:Rotterdam]], 9 april 2025

De Raad van Bestuur
""")

d("nl", "conference_programme", """
CONGRES CIRCULAIRE BOUW 2025
Dinsdag 18 maart 2025 – Jaarbeurs, [[L:Utrecht]]
Een initiatief van [[O:Bouwend Nederland]] en [[O:TNO]], met steun van het [[O:Ministerie van Infrastructuur en Waterstaat]]

PROGRAMMA

09.00 Ontvangst met koffie, aangeboden door [[O:Heijmans]]

09.30 Opening door dagvoorzitter [[P:Ellen Gortzak]], journalist bij [[O:Cobouw]]

09.40 Keynote: Van sloop naar oogst – wat vraagt de materialentransitie van opdrachtgevers?
Prof. dr. ir. [[P:Hanneke Schoonderwoerd]], hoogleraar circulair bouwen, [[O:TU Delft]]

10.20 Praktijk: de eerste volledig demontabele school van [[L:Nederland]]
[[P:Mehmet Yilmaz]], projectdirecteur, [[O:VolkerWessels]], en [[P:Bregje Tummers]], wethouder [[O:gemeente Almere]]

11.00 Pauze

11.30 Parallelsessies
A. Materialenpaspoorten in de praktijk – [[P:Sander Moelands]], [[O:Madaster]]
B. Hergebruik van betonelementen: wie is aansprakelijk? – mr. [[P:Lotte van Grieken]], [[O:Stibbe]]
C. Circulair aanbesteden bij [[O:Rijkswaterstaat]] – [[P:Youssef Akkouh]], [[O:Rijkswaterstaat]]
D. Biobased isoleren met vlas uit [[L:Zeeland]] – [[P:Jolien de Kok]], [[O:Vlasvezel Zeeuws-Vlaanderen]]

12.45 Lunch en informatiemarkt

14.00 Paneldiscussie: Wie betaalt de circulaire meerkosten?
- [[P:Arjen Wisselink]], directeur vastgoed, [[O:Woonstichting De Key]]
- [[P:Naima Boukhari]], sectorbanker bouw, [[O:Rabobank]]
- [[P:Ruben Hoogenboom]], directeur, [[O:Hoogenboom Sloopwerken]] uit [[L:Oosterhout]]
- Prof. dr. ir. [[P:Schoonderwoerd]] ([[O:TU Delft]])

15.15 Uitreiking Circulaire Bouwprijs door [[P:Maxime Verhagen]], voorzitter van [[O:Bouwend Nederland]]

15.45 Netwerkborrel

Aanmelden via de website van [[O:Bouwend Nederland]]. Leden van [[O:NEPROM]] en [[O:Aedes]] krijgen 25 % korting. Vragen? Mail [[P:Wendy Kolkman]], congresbureau.
""")

d("nl", "professional_profile", """
[[P:Thijs Verbeek-Oosterhuis]]
Senior Inkoper Energie & Utilities bij [[O:Gemeente Groningen]] | Aanbestedingsrecht | Duurzaam inkopen
[[L:Groningen]], [[L:Nederland]] · 500+ connecties

Info
Ik koop energie, water en netdiensten in voor een van de grootste gemeenten in het noorden, en probeer dat zo duurzaam en slim mogelijk te doen. Daarvoor werkte ik aan beide kanten van de tafel: eerst bij een leverancier, daarna bij een adviesbureau, nu bij de overheid. Ik vind het leuk om ingewikkelde aanbestedingen begrijpelijk te maken, voor collega's en voor marktpartijen.

Ervaring

Senior Inkoper Energie & Utilities – [[O:Gemeente Groningen]]
mrt. 2021 – heden · [[L:Groningen]]
- Europese aanbesteding voor groene stroom en gas voor 240 aansluitingen, samen met [[O:Provincie Groningen]] en de [[O:Hanzehogeschool]].
- Contractmanagement van het warmtenet in [[L:Paddepoel]] met [[O:WarmteStad]].

Adviseur Inkoop – [[O:PIANOo]] via [[O:Significant Public]]
jan. 2018 – feb. 2021 · [[L:Den Haag]]
- Begeleiding van gemeenten en waterschappen bij energieaanbestedingen.

Accountmanager Zakelijk – [[O:Eneco]]
sep. 2013 – dec. 2017 · [[L:Rotterdam]]

Opleiding

[[O:Rijksuniversiteit Groningen]]
Master Bestuurskunde, 2011-2013

[[O:NEVI]]
Diploma Professional in Purchasing, 2016

Vrijwilligerswerk
Penningmeester van [[O:Energiecoöperatie Grunneger Power]].

Aanbevelingen

,,[[P:Thijs]] weet als geen ander hoe je een aanbesteding zo inricht dat er echt iets te kiezen valt.'' – [[P:Femke Zuidema]], teamleider Inkoop, [[O:Gemeente Groningen]]

,,Ik werkte met [[P:Thijs]] samen toen hij bij [[O:Significant]] zat. Heldere adviezen, nooit langer dan nodig.'' – [[P:Hidde Bakker]], inkoopadviseur, [[O:Waterschap Noorderzijlvest]]
""")

d("nl", "trade_fair_exhibitors", """
VAKBEURS AGRITECHNIEK NOORD – EXPOSANTENLIJST HAL 3
11-13 februari 2025 · Evenementenhal, [[L:Hardenberg]]
Georganiseerd door [[O:Easyfairs Nederland]]

Standnr. · Bedrijf · Vestigingsplaats · Productgroep

3.01 · [[O:Lely]] · [[L:Maassluis]] · melkrobots en voerautomatisering
3.04 · [[O:Veenhuis Machines]] · [[L:Raalte]] · mesttanks en bemestingstechniek
3.07 · [[O:Vredo Dodewaard]] · [[L:Dodewaard]] · doorzaaimachines
3.10 · [[O:Schuitemaker Machines B.V.]] · [[L:Rijssen]] · opraapwagens en voersilo's
3.12 · [[O:Agro-Tech Hoogeveen]] · [[L:Hoogeveen]] · GPS- en precisielandbouw
3.15 · [[O:Kverneland Group Nieuw-Vennep]] · [[L:Nieuw-Vennep]] · grondbewerking en zaaien
3.18 · [[O:CNH Industrial Belgium N.V.]] · [[L:Zedelgem]] ([[L:België]]) · maaidorsers
3.21 · [[O:Loonbedrijf Wessels & Zn.]] · [[L:Ommen]] · demonstratie drone-spuiten
3.24 · [[O:Wageningen University & Research]] · [[L:Wageningen]] · onderzoek autonome trekkers
3.27 · [[O:LTO Noord]] · [[L:Zwolle]] · belangenbehartiging en advies
3.30 · [[O:Stichting Boerderij Innovatie Fonds]] · [[L:Assen]] · subsidies voor startende boeren

Lezingen in het beursplein (hal 3)

Dinsdag 11.00 · Stikstofregels en investeren in emissiearme stallen – [[P:Gerrit Jan Lubbers]], [[O:LTO Noord]]
Woensdag 14.00 · Robotisering op het melkveebedrijf – [[P:Ingrid Kloosterboer]], [[O:Lely]]
Donderdag 10.30 · Financieren van een bedrijfsovername – [[P:Rik Stegeman]], [[O:Rabobank Vechtdal]], en notaris [[P:Esther Slingerland]]

Praktische informatie

Gratis parkeren op het terrein; pendelbussen rijden vanaf het station in [[L:Hardenberg]]. Exposanten kunnen vragen over standbouw en stroomaansluitingen richten aan projectleider [[P:Dennis Meijerink]] van [[O:Easyfairs]]. Catering wordt verzorgd door [[O:Brasserie De Vechtstroom]].

Let op: standnummer 3.21 is gewijzigd; [[O:Wessels & Zn.]] staat op het buitenterrein naast hal 3.
""")

d("nl", "commercial_lease", """
HUUROVEREENKOMST BEDRIJFSRUIMTE
(volgens het model van de [[O:Raad voor Onroerende Zaken]], artikel 7:230a BW)

De ondergetekenden:

1. [[O:Vastgoedmaatschappij Spaarnestad B.V.]], gevestigd te [[L:Haarlem]], ingeschreven in het handelsregister van de [[O:Kamer van Koophandel]] onder nummer 34098712, hierbij rechtsgeldig vertegenwoordigd door haar directeur, de heer [[P:Floris Brederode]],
hierna te noemen ,,verhuurder'',

en

2. [[O:Koffiebranderij Het Zwarte Paard V.O.F.]], gevestigd te [[L:Heemstede]], vertegenwoordigd door haar vennoten mevrouw [[P:Sanne Oudshoorn]] en de heer [[P:Ravi Jagroep]],
hierna te noemen ,,huurder'',

zijn overeengekomen:

Artikel 1 – Het gehuurde
1.1 Verhuurder verhuurt aan huurder en huurder huurt van verhuurder de bedrijfsruimte met een vloeroppervlak van circa 410 m², gelegen aan de Oudeweg 115-A te [[L:Haarlem]], kadastraal bekend sectie K, nummer 6021.

Artikel 2 – Bestemming
2.1 Het gehuurde is bestemd om te worden gebruikt als koffiebranderij met proeflokaal en kantoor. Huurder draagt zorg voor de benodigde omgevingsvergunning van de [[O:gemeente Haarlem]] en voor de naleving van de eisen van de [[O:Omgevingsdienst IJmond]].

Artikel 3 – Duur
3.1 Deze overeenkomst gaat in op 1 mei 2025 en wordt aangegaan voor een periode van vijf jaar, eindigend op 30 april 2030, met een optie tot verlenging van telkens vijf jaar.

Artikel 4 – Huurprijs
4.1 De aanvangshuurprijs bedraagt € 46.740 per jaar, te vermeerderen met btw. De huurprijs wordt jaarlijks per 1 mei geïndexeerd op basis van de consumentenprijsindex van het [[O:CBS]].
4.2 Huurder stelt een bankgarantie ter grootte van drie maanden huur, af te geven door [[O:Triodos Bank]].

Artikel 5 – Bijzondere bepalingen
5.1 Verhuurder laat vóór ingangsdatum de afzuiginstallatie van de brander aanpassen door [[O:Klimaattechniek Kennemerland]].
5.2 Huurder is bekend met het rapport van [[O:Bureau Veritas]] van 14 januari 2025 over de asbestinventarisatie.

Aldus opgemaakt en ondertekend in tweevoud te [[L:Haarlem]] op 24 maart 2025.

Namens [[O:Spaarnestad]]: [[P:F. Brederode]]
Namens [[O:Het Zwarte Paard]]: [[P:S. Oudshoorn]] en [[P:R. Jagroep]]
""")

d("nl", "regulator_complaint_reply", """
[[O:Klachteninstituut Financiële Dienstverlening]] ([[O:Kifid]])
Postbus 93257
2509 AG [[L:Den Haag]]

Dhr. [[P:W. Kamphuis]]
De Esch 12
7701 HK [[L:Dedemsvaart]]

[[L:Den Haag]], 14 februari 2025
Ons kenmerk: GC-2024-04417

Betreft: uw klacht over [[O:Hypotheekadviesbureau Vechtdal]] en [[O:Oosterbeek Hypotheken N.V.]]

Geachte heer [[P:Kamphuis]],

Op 9 oktober 2024 heeft u bij [[O:Kifid]] een klacht ingediend over het advies dat u in 2022 van [[O:Hypotheekadviesbureau Vechtdal]] kreeg bij het oversluiten van uw hypotheek, en over de weigering van geldverstrekker [[O:Oosterbeek Hypotheken]] om de boeterente van € 11.340 kwijt te schelden. U stelt dat uw adviseur, de heer [[P:Martijn Schuurman]], u niet heeft gewezen op de mogelijkheid om de rente te middelen.

Wij hebben beide partijen om een reactie gevraagd. Het adviesbureau heeft laten weten dat het dossiergesprek is vastgelegd en dat de optie van rentemiddeling daarin wel is besproken. [[O:Oosterbeek]] stelt dat de boeterente is berekend volgens de voorwaarden en de regels van de [[O:Autoriteit Financiële Markten]] ([[O:AFM]]).

Na bestudering van het dossier ziet [[O:Kifid]] aanleiding om de klacht tegen het adviesbureau in behandeling te nemen: uit het gespreksverslag blijkt niet dat de financiële gevolgen van rentemiddeling zijn doorgerekend. De klacht tegen [[O:Oosterbeek Hypotheken]] nemen wij niet in behandeling, omdat de berekening van de boeterente op zichzelf niet wordt betwist en al door de interne klachtenprocedure van de geldverstrekker is getoetst.

Wij stellen eerst bemiddeling voor. Onze bemiddelaar, mevr. [[P:Lieke Haverkamp]], neemt binnen drie weken contact met u en met [[O:Vechtdal]] op. Lukt het niet om tot een oplossing te komen, dan kan de zaak worden voorgelegd aan de [[O:Geschillencommissie Financiële Dienstverlening]]. U betaalt dan eenmalig € 50 eigen bijdrage. Ook kunt u altijd naar de rechter stappen, bijvoorbeeld de [[O:rechtbank Overijssel]].

Met vriendelijke groet,

mr. [[P:Dirk-Jan Veldhoen]]
Juridisch medewerker
""")


# ================================================================ processing
# The markup, the checks, the file and the counts are docset.py's, with this
# set's name, its documents' length in characters and longer lists of legal
# forms (for grouping a company's full and short names) and of titles (for
# the warning when a PERSON starts with one).
LEGAL_FORMS = docset.LEGAL_FORMS + [
    "gGmbH", "e.K.", "GbR", "DAC", "e.V.", "SE", "S.A.S.",
    "S.L.U.", "S.A.U.", "S.a.s.", "S.C.", "C.V.", "Coop.", "SCRL", "SRL",
    "BV", "NV", "Srl", "SpA", "SASU", "SNC", "Sarl", "S.à r.l.", "LLC",
    "S.C.A.", "SCOP", "Soc. Coop.", "U.A.", "KGaA", "OHG", "UG",
]
TITLE_PREFIXES = docset.TITLE_PREFIXES + (
    "Sir ", "Me ", "Dipl", "Mag.", "dhr.", "mevr.", "Don ", "Doña ",
    "Mlle", "Maître", "Arch.", "Rag.", "ir. ", "mr. ", "drs. ", "Pr ")


def char_count(text):
    """This set's documents are 1,200 to 3,500 characters long."""
    n = len(text)
    return 1200 <= n <= 3500, f"{n} characters"


if __name__ == "__main__":
    docset.main(DOCS, name="docset4", default_out="docs4.jsonl", size_check=char_count,
                legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES)
