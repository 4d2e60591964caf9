#!/usr/bin/env python3
"""The third document set: 96 business documents (supplier and customer
letters, e-mail threads with signatures and quoted replies, contracts,
meeting minutes, press releases, annual-report excerpts, business news,
job references and CVs, invoices and reminders, insurance and bank letters,
court and arbitration summaries, tender notices, procurement evaluations,
internal memos, complaints and replies, newsletters, supplier onboarding
forms and due-diligence summaries), 16 each in English, German, French,
Spanish, Italian and Dutch, in which organisations of many kinds and shapes
are named in full and then by shorter forms, annotated with PERSON,
ORGANIZATION and LOCATION. Written on 2026-12-07 by a helper who had not
seen the analyzer, the other document sets' second file or any template
file, with invented and a few real organisation names (none from Faker or
mimesis); meant as a development set.

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs3.jsonl next to this file).

Conventions: an ORGANIZATION span covers the name as written, with its legal
form, without a leading article unless the article is part of the name ("The
Old Forge Tearoom"); a possessive ending is left out ("Meridell's"); a place
inside an organisation's name belongs to the ORGANIZATION. A PERSON span is
the name without titles or salutations ("Dr", "Herr", "Mme", "Sig.ra",
"de heer"); surname-alone and first-name-alone mentions are marked. LOCATION
covers cities, towns, regions and countries, not streets, postcodes or
buildings. Products, job titles, departments, documents and nationality
adjectives are not marked.
"""
import docset  # the markup, the checks and the counts (this file's folder is on the path)

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))


# ---------------------------------------------------------------- English
d("en", "supplier_letter", """
[[O:Ashcombe Fasteners Ltd]]
Units 4-6, Nursery Street Works, [[L:Sheffield]] S3 8GG
Tel. 0114 496 0218 | VAT Reg. GB 284 5510 37

Mr [[P:Graham Ellwood]]
Head of Purchasing
[[O:Marlowe Agricultural Machinery plc]]
Carholme Road
[[L:Lincoln]] LN1 1SL

3 February 2025

Dear Mr [[P:Ellwood]],

Price adjustment for stainless and zinc-plated fasteners from 1 April 2025

I am writing to give you the ninety days' notice required under clause 7 of our framework agreement. With effect from 1 April 2025, [[O:Ashcombe]] will increase prices for A2 and A4 stainless fasteners by 5.5% and for zinc-plated products by 2.9%. Prices for the bespoke hitch pins made to [[O:Marlowe]] drawings remain unchanged until the end of the year.

The increase follows two successive surcharges announced by our wire-rod supplier, [[O:Outokumpu]], and a rise in plating costs at [[O:Hallam Surface Treatments]], the subcontractor in [[L:Rotherham]] that has finished our parts since 2011. We have absorbed as much as we reasonably can; our own labour costs rose by more than 7% over the same period.

To soften the effect, we can offer [[O:Marlowe Agricultural]] two options:

1. Forward-buy up to six months' usage at current prices before 31 March, with goods held at our [[L:Sheffield]] warehouse and called off as needed; or
2. Move to quarterly price reviews linked to the published index for stainless steel, which would pass on decreases as well as increases.

My colleague [[P:Anjali Pattar]], who looks after your account day to day, will be in [[L:Lincoln]] on 18 February and would be happy to go through the figures with you and Mrs [[P:Ruth Kingdon]] from your planning team. Ms [[P:Pattar]] can also bring samples of the nylon-insert lock nuts you asked about in December.

Thank you for your continued custom. [[O:Ashcombe Fasteners]] has supplied [[O:Marlowe]] for almost fifteen years, and we want to keep the relationship on a fair footing for both sides.

Yours sincerely,

[[P:Derek Stansfield]]
Sales Director
[[O:Ashcombe Fasteners Ltd]]

Registered in [[L:England]] No. 01873492
""")

d("en", "email_thread", """
From: [[P:Conor Whelan]]
Sent: Thursday, May 15, 2025 3:12 PM
To: [[P:Priyanka Raman]]
Cc: [[P:Devon Marsh]]; [[P:Luis Ocampo]]
Subject: RE: Data feed for the [[O:Bexley Freight]] pilot

[[P:Priyanka]],

Understood, and thanks for being straight about it. A two-week slip is fine on our side as long as the pilot still covers the Memorial Day peak. Our terminal manager in [[L:Joliet]], [[P:Luis Ocampo]], needs the dashboard live by June 2 at the latest so his dispatchers can get used to it before the holiday volumes arrive.

If [[O:Quillfeather]] can share the field mapping for the status messages before then, [[P:Devon]] will get our IT contractor, [[O:Sandpiper Systems]], to start work on our end. They did the original integration with [[O:Samsara]] and know our data well.

[[P:Conor]]

[[P:Conor Whelan]] | VP Operations | [[O:Bexley Freight LLC]] | [[L:Naperville]], [[L:Illinois]]

-----Original Message-----
From: [[P:Priyanka Raman]]
Sent: Wednesday, May 14, 2025 6:48 PM
To: [[P:Conor Whelan]]
Subject: Data feed for the [[O:Bexley Freight]] pilot

Hi [[P:Conor]],

I wanted to flag an issue before our Friday call. The tracking events we receive through [[O:FourKites]] for your linehaul lanes arrive without trailer numbers, so our model can't match them to the yard moves in [[L:Joliet]] and [[L:Indianapolis]]. Our engineers in [[L:Pittsburgh]] have a fix, but it needs testing against real traffic, and I would rather move the go-live by two weeks than launch with gaps that make the forecasts look worse than they are.

I've asked our solutions architect, [[P:Mateus Oliveira]], to draft the mapping document. He'll send it to you and [[P:Devon]] by Monday. If it helps, [[P:Mateus]] can also join a call with [[O:Sandpiper]].

Best regards,
[[P:Priyanka]]

[[P:Priyanka Raman]]
Customer Success Lead
[[O:Quillfeather Analytics, Inc.]]
[[L:Pittsburgh]], [[L:Pennsylvania]]
""")

d("en", "supplier_contract", """
CONSULTANCY SERVICES AGREEMENT

Dated 14 October 2024

PARTIES

(1) [[O:Lough Derg Biologics DAC]], a designated activity company incorporated in [[L:Ireland]] (registered number 612884) whose registered office is at Block C, Raheen Business Park, [[L:Limerick]] ("[[O:LDB]]" or the "Client"); and

(2) [[O:Thornbury Regulatory Consulting LLP]], a limited liability partnership registered in [[L:England]] and [[L:Wales]] (number OC419377) whose registered office is at 3 Pemberton Row, [[L:London]] EC4A 3BA ("[[O:Thornbury]]" or the "Consultant").

BACKGROUND

(A) [[O:LDB]] is preparing a marketing authorisation application to the [[O:European Medicines Agency]] for a biosimilar insulin manufactured at its [[L:Limerick]] plant.

(B) [[O:Thornbury]] has agreed to provide regulatory consultancy services in connection with that application on the terms of this Agreement.

AGREED TERMS

1. Services. [[O:Thornbury]] shall provide the services described in Schedule 1, including a gap analysis of the quality dossier, preparation for the pre-submission meeting and support during any inspection by the [[O:Health Products Regulatory Authority]] ([[O:HPRA]]).

2. Key personnel. The services shall be led by Dr [[P:Fenella Quartey]]. [[O:Thornbury]] shall not replace Dr [[P:Quartey]] without the Client's prior written consent, which shall not be unreasonably withheld.

3. Fees. The Client shall pay fees at the daily rates set out in Schedule 2, invoiced monthly in arrears and payable within 30 days. Total fees shall not exceed EUR 240,000 without a written change order signed by both parties.

4. Subcontracting. [[O:Thornbury]] may engage [[O:Statisfy Biometrics GmbH]] of [[L:Basel]] for statistical review. Any other subcontractor requires the Client's approval.

5. Confidentiality. Each party shall keep confidential all information received from the other, save as required by law or by any regulator, including the [[O:HPRA]].

6. Governing law. This Agreement is governed by the laws of [[L:Ireland]], and the courts of [[L:Ireland]] shall have exclusive jurisdiction.

Signed for and on behalf of [[O:Lough Derg Biologics DAC]] by [[P:Cathal Brennan]], Chief Executive Officer

Signed for and on behalf of [[O:Thornbury Regulatory Consulting LLP]] by [[P:Imogen Saville]], Designated Member
""")

d("en", "meeting_minutes", """
[[O:Calder Valley Hospitals NHS Foundation Trust]]
Electronic Patient Record Programme - Steering Group
Minutes of the meeting held on 9 September 2025, Boardroom, [[L:Halifax]]

Present:
Dr [[P:Niamh Costigan]], Chief Clinical Information Officer (Chair)
[[P:Rhys Penhaligon]], Programme Director
[[P:Adaeze Nwosu]], Director of Finance
[[P:Gareth Lowther]], Head of IT Infrastructure
[[P:Kirsty Abernethy]], Account Director, [[O:Meridell Health Systems Ltd]]

In attendance: [[P:Tomasz Wieczorek]], [[O:NHS England]] (regional digital team)
Apologies: [[P:Sunita Dhar]]

1. Programme status
Mr [[P:Penhaligon]] reported that the build phase is three weeks behind plan. Extraction of historic records from the legacy system supported by [[O:Oracle Health]] has taken longer than expected because of duplicate patient identifiers created before the 2016 merger with [[O:Todmorden Community Hospital]].

2. Supplier performance
Ms [[P:Abernethy]] acknowledged that [[O:Meridell]] had not met its staffing commitment in July and August. Two additional integration engineers will join from [[O:Meridell]]'s [[L:Belfast]] office on 22 September. The Steering Group asked for a written recovery plan by the next meeting.

3. Finance
Ms [[P:Nwosu]] confirmed the capital allocation of £4.6m for 2025/26. The remaining £1.1m depends on approval by [[O:NHS England]]; Mr [[P:Wieczorek]] advised that the business case would be reviewed at the regional panel in [[L:Leeds]] on 14 October.

4. Infrastructure
Mr [[P:Lowther]] reported that the second data centre link provided by [[O:Virgin Media O2 Business]] is now live, removing the single point of failure identified in the June audit.

5. Clinical safety
Dr [[P:Costigan]] noted that ward training at [[O:Huddersfield Royal Infirmary]] cannot start until the test environment is stable. Training dates will be re-planned with [[O:Meridell]] once the recovery plan has been agreed.

Actions
- Recovery plan and revised milestones: [[P:Kirsty Abernethy]], by 7 October
- Updated business case to regional panel: [[P:Adaeze Nwosu]], by 30 September
- Revised training schedule: [[P:Rhys Penhaligon]], by 14 October

Next meeting: 14 October 2025, 10:00, Boardroom, [[L:Halifax]]
""")

d("en", "press_release", """
FOR IMMEDIATE RELEASE

[[O:Verrow Group plc]] agrees to acquire [[O:Lanyard Cold Chain Ltd]] for £86 million

[[L:Leicester]], 2 June 2025 - [[O:Verrow Group plc]] ("[[O:Verrow]]"), the temperature-controlled logistics group, today announces that it has agreed to acquire the entire share capital of [[O:Lanyard Cold Chain Ltd]] ("[[O:Lanyard]]") from its founding family and [[O:Beckwith Capital Partners]] for a total consideration of £86 million on a cash-free, debt-free basis.

[[O:Lanyard]], headquartered in [[L:Corby]], operates four chilled and frozen warehouses in the [[L:East Midlands]] and [[L:South Yorkshire]] with 68,000 pallet positions and a fleet of 210 refrigerated vehicles. In the year to 31 March 2025 it generated revenue of £74.3 million. Its customers include [[O:Greencore]] and several regional dairies.

[[P:Harriet Olawale]], Chief Executive of [[O:Verrow]], said: "[[O:Lanyard]] gives us the frozen capacity in the middle of the country that our customers have been asking for. Together we will be able to serve retailers from [[L:Glasgow]] to [[L:Southampton]] within a single network."

[[P:Keith Lanyard]], who founded the business with his wife [[P:Maureen]] in 1994, will remain with the enlarged group as an adviser for twelve months. "After thirty years it is the right time to hand over, and I am pleased that our drivers and warehouse teams are joining a company that values them," Mr [[P:Lanyard]] said.

The acquisition will be funded from existing facilities with [[O:HSBC UK]] and [[O:NatWest]]. Completion is subject to clearance by the [[O:Competition and Markets Authority]] and is expected in the third quarter of 2025.

[[O:Peel Hunt]] is acting as financial adviser and [[O:Shoosmiths]] as legal adviser to [[O:Verrow]].

Enquiries:
[[O:Verrow Group plc]]
[[P:Harriet Olawale]], Chief Executive
[[P:Nikhil Arora]], Chief Financial Officer

[[O:Camarco]]
[[P:Jenna Sowerby]]
""")

d("en", "annual_report", """
[[O:Holloway Mercer Holdings plc]]
Annual Report and Accounts 2024

Chair's statement

Dear shareholders,

2024 was a year of steady progress for [[O:Holloway Mercer]] in markets that remained difficult. Group revenue rose 4% to £412.6 million and adjusted operating profit increased to £38.9 million, helped by a strong second half at [[O:Mercer Hydro Ltd]], our water management business.

Housebuilding in the [[L:United Kingdom]] stayed subdued for most of the year, and volumes at [[O:Holloway Building Products Ltd]] fell by 6%. The team responded well, closing the smaller of its two plants in [[L:Wakefield]] and consolidating production at [[L:Normanton]] without losing a single major customer. I would like to thank everyone involved for the care they took over a difficult decision.

In July we completed the acquisition of [[O:Pennard Drainage Systems]] of [[L:Swansea]], which adds attenuation tanks and rainwater harvesting products to the range of [[O:Mercer Hydro]]. Integration is ahead of plan. In November [[O:Mercer Hydro]] also opened its first factory outside the [[L:UK]], in [[L:Gdańsk]], [[L:Poland]], to serve customers in [[L:Germany]] and the [[L:Baltic states]].

Board changes

Sir [[P:Malcolm Tredwell]] retired from the Board at the AGM after nine years as Senior Independent Director. His wise counsel will be missed. We welcomed [[P:Yvonne Achterberg]], formerly of [[O:Wavin]], and [[P:Desmond Akinola]], who chairs the Audit Committee. Following a tender, the Board proposes to appoint [[O:Forvis Mazars LLP]] as auditor in place of [[O:PricewaterhouseCoopers LLP]], whose term ends after this year's audit.

Dividend

The Board recommends a final dividend of 6.8p per share, bringing the total for the year to 10.2p, an increase of 5%.

Outlook

We expect [[O:Holloway Mercer]] to make further progress in 2025, supported by public investment in flood resilience and the recovery of housing starts forecast by the [[O:Home Builders Federation]].

[[P:Elaine Rushworth]]
Chair
""")

d("en", "news_article", """
[[O:Dovecote Ceramics]] to cut 140 jobs at [[L:Stoke-on-Trent]] factory

By [[P:Callum Ferrier]], Business Reporter

Tableware maker [[O:Dovecote Ceramics]] is to close its glazing and decorating lines in [[L:Longton]], putting 140 of the 390 jobs at the site at risk, the company told staff on Tuesday.

The firm, which has made earthenware in [[L:Stoke-on-Trent]] since 1921 and has been owned since 2019 by the private equity house [[O:Ardmore Partners]], blamed gas prices that remain almost double their 2021 level and weaker orders from department stores. Decorated ware will in future be finished by [[O:Faianças Ribeiro, S.A.]], a manufacturer near [[L:Aveiro]] in [[L:Portugal]], while firing and casting will stay in [[L:Staffordshire]].

"This is a painful decision and not one we have taken lightly," chief executive [[P:Gemma Holroyd]] said in a statement. "Moving decoration to [[L:Portugal]] protects the remaining 250 roles in [[L:Longton]]."

The [[O:GMB]] union said it would fight the cuts. Regional organiser [[P:Bernadette Foley]] said members had accepted a pay freeze last year "on the understanding that [[O:Dovecote]] was investing in the site, not preparing to move work abroad".

[[O:Stoke-on-Trent City Council]] said it had offered the company help through its business energy scheme. Councillor [[P:Imran Qadir]], cabinet member for economic development, said the council would work with [[O:Staffordshire Chambers of Commerce]] and the [[O:Department for Work and Pensions]] to support those affected.

Industry body [[O:Ceramics UK]] said [[O:Dovecote]] was the third potbank to announce job losses this year and repeated its call for energy-intensive industries to receive more support.

Consultation with staff will run for 45 days. [[O:Dovecote]] expects the first redundancies in March.
""")

d("en", "job_reference", """
[[O:Fenwick Hartley Architects LLP]]
21 Grey Street
[[L:Newcastle upon Tyne]] NE1 6EE

12 May 2025

To whom it may concern

Reference for [[P:Bethan Llewellyn-Price]]

I am pleased to provide a reference for [[P:Bethan Llewellyn-Price]], who worked at [[O:Fenwick Hartley]] from September 2019 until April 2025, first as a Part 2 architectural assistant and, after qualifying in 2021, as a project architect in our education and housing team.

During her time with us [[P:Bethan]] led the design of the new library extension for [[O:Northumbria University]] from concept to completion, a £7.8m project delivered on time and within budget. She was also job architect for 64 affordable homes in [[L:Blyth]] for [[O:Karbon Homes]], where she handled the relationship with the contractor, [[O:Esh Construction]], and with the planning officers of [[O:Northumberland County Council]] with great patience and good humour.

[[P:Bethan]] combines sound technical knowledge with a real interest in how buildings are used. Clients consistently asked for her by name, and several junior colleagues credit her with their progress towards registration with the [[O:Architects Registration Board]]. My partner [[P:Rosalind Hartley]], who supervised her Part 3 studies at [[O:Newcastle University]], shares this view entirely.

[[P:Bethan]] is leaving us only because she and her family are moving to [[L:Cardiff]]. We would re-employ her without hesitation and I recommend her warmly to any practice.

Please feel free to contact me if you need further information.

Yours faithfully,

[[P:Simon Fenwick]]
Partner
[[O:Fenwick Hartley Architects LLP]]
""")

d("en", "cv", """
CURRICULUM VITAE

[[P:Rohan Venkataraman]]
[[L:Bristol]], [[L:United Kingdom]] | +44 7700 900 482 | rohan.venkataraman@example.com

Profile
Chartered management accountant with eleven years' experience in manufacturing and food and drink, including two system migrations and a sale process. Looking for a finance director role in a growing business in the [[L:South West]].

Experience

2021 - present: Financial Controller, [[O:Severnside Cider Company Ltd]], [[L:Taunton]]
- Lead a team of six covering statutory reporting, payroll and duty returns to [[O:HM Revenue & Customs]].
- Prepared the vendor due diligence pack for the sale of a minority stake to [[O:Westleigh Drinks Group]] in 2023.
- Replaced spreadsheet budgeting with a rolling forecast; cut month-end close from nine to five working days.

2017 - 2021: Senior Management Accountant, [[O:Airbus Operations Ltd]], [[L:Filton]]
- Cost control for wing assembly programmes with annual spend of around £300m.
- Seconded for six months to the finance team in [[L:Toulouse]] during the migration to a single ledger.

2014 - 2017: Graduate Trainee, Audit, [[O:Deloitte LLP]], [[L:Birmingham]]
- Audits of manufacturing and retail clients; passed all professional examinations at the first attempt.

Education and qualifications
2017: Chartered Management Accountant, [[O:Chartered Institute of Management Accountants]] ([[O:CIMA]])
2011 - 2014: BSc Economics (First Class), [[O:University of Warwick]]
2009 - 2011: A levels, [[O:King Edward VI Camp Hill School for Boys]], [[L:Birmingham]]

Other
Treasurer of [[O:Bristol Refugee Rights]] since 2020. Volunteer mentor with [[O:The King's Trust]]. Conversational French and Tamil.

Referees
[[P:Moira Pengelly]], Finance Director, [[O:Severnside Cider Company]]
[[P:Alastair Dunmore]], former Head of Programme Finance, [[O:Airbus]]
""")

d("en", "payment_reminder", """
[[O:Pellow & Drake Ltd]]
Electrical Wholesale Distributors
Marsh Mills Trading Estate, [[L:Plymouth]] PL6 8LT

FINAL REMINDER BEFORE COLLECTION

[[O:Trevose Electrical Contractors]]
For the attention of Mr [[P:Jago Penrose]]
4 Chapel Row
[[L:Newquay]] TR7 1HA

Account number: 40217
Date: 21 January 2025

Dear Mr [[P:Penrose]],

Despite our statements of 30 November and our reminder of 20 December 2024, the following invoices on your account remain unpaid:

INV-118402, 14 October 2024: £2,864.20
INV-118977, 28 October 2024: £1,412.75
INV-119530, 11 November 2024: £3,096.00
Total overdue: £7,372.95

Our terms, which you accepted when your account was opened in 2019, require payment by the end of the month following the invoice date. Your credit limit of £10,000 has been suspended and orders can currently be supplied only on a pro-forma basis.

If payment in full is not received by 4 February 2025, we will pass the debt to [[O:Westcountry Credit Management Ltd]] without further notice and claim statutory interest and compensation under the late payment legislation. We will also be obliged to notify our credit insurer, [[O:Allianz Trade]], which may affect your ability to obtain credit from other wholesalers.

We appreciate that the collapse of [[O:Kernow Homes]], the main contractor on your [[L:St Austell]] project, has caused you difficulties. If you would like to agree a payment plan, please call me directly before the date above. [[O:Pellow & Drake]] has valued your business for more than five years and would prefer to resolve this without involving third parties.

Payment can be made by bank transfer to [[O:Lloyds Bank]], sort code 30-92-16, account 22874019, quoting your account number.

Yours sincerely,

[[P:Lowenna Carthew]]
Credit Controller
[[O:Pellow & Drake Ltd]]
""")

d("en", "bank_letter", """
[[O:Carrick & Lowther Bank plc]]
Business Banking
40 St Vincent Place, [[L:Glasgow]] G1 2ER

Private and confidential

[[O:Strathmore Joinery Ltd]]
For the attention of Mr [[P:Alasdair Mackintosh]], Director
Unit 9, Kilspindie Road
[[L:Dundee]] DD2 3JP

17 March 2025

Dear Mr [[P:Mackintosh]],

Renewal of your overdraft facility

Thank you for meeting me at your [[L:Dundee]] workshop on 6 March. I am pleased to confirm that [[O:Carrick & Lowther]] has approved the renewal of the overdraft facility for [[O:Strathmore Joinery]] at the existing limit of £150,000 for a further twelve months, until 31 March 2026.

The main terms are as follows:
- Interest at 3.25% over the [[O:Bank of England]] base rate on cleared debit balances.
- Arrangement fee of £1,125, to be debited to your current account on renewal.
- Quarterly management accounts to be provided within 45 days of each quarter end, prepared or reviewed by your accountants, [[O:Balfour Reid & Co]].
- Your personal guarantee, limited to £60,000, remains in place.

As discussed, the bank is prepared to consider a separate asset finance facility for the new CNC machining centre once the offer of a grant from [[O:Scottish Enterprise]] has been confirmed in writing. Please send me a copy of the offer letter when it arrives, together with the supplier's quotation from [[O:Homag UK]].

To accept the renewal, please sign and return the enclosed facility letter by 31 March 2025. If you have any questions, my colleague [[P:Fraser Lennox]] in our [[L:Perth]] office can also help in my absence.

Yours sincerely,

[[P:Eilidh Drummond]]
Relationship Director, Business Banking
[[O:Carrick & Lowther Bank plc]]

[[O:Carrick & Lowther Bank plc]] is authorised by the [[O:Prudential Regulation Authority]] and regulated by the [[O:Financial Conduct Authority]] and the [[O:Prudential Regulation Authority]].
""")

d("en", "arbitration_summary", """
Case note: [[O:Oriel Shipping Ltd]] v [[O:Pelagos Maritime S.A.]]
[[O:LMAA]] arbitration, final award dated 28 August 2024

Summary prepared by [[P:Hannah Bryce-Osei]], Associate, for the shipping group of [[O:Marlborough Stanhope LLP]]

Background

[[O:Oriel Shipping Ltd]], a [[L:Hong Kong]] company, chartered a Supramax bulk carrier from [[O:Pelagos Maritime S.A.]] of [[L:Piraeus]] for a single voyage carrying soya beans from [[L:Santos]] to [[L:Rotterdam]]. On arrival the vessel waited eleven days for a berth. [[O:Pelagos]] claimed demurrage of USD 396,000. [[O:Oriel]] refused to pay, arguing that notice of readiness had been tendered before the vessel had obtained free pratique and was therefore invalid.

The tribunal

The tribunal consisted of [[P:Andrew Tulloch]] (appointed by the owners), [[P:Clare Whitmore]] (appointed by the charterers) and [[P:Stelios Karamanlis]] as third arbitrator. The hearing took place in [[L:London]] over three days in June 2024.

Decision

The tribunal held that the notice was invalid but that [[O:Oriel]] had waived the defect by accepting later notices and instructing the receivers, [[O:Van Kempen Agri B.V.]], to begin discharge without reservation. Laytime therefore started on commencement of discharge. Demurrage was awarded in the reduced amount of USD 212,400, with interest at 4.5%.

Costs were apportioned 60:40 in favour of [[O:Pelagos]], reflecting the partial success of the charterers' argument on the validity of the notice.

Comment

The award is a reminder that charterers who wish to rely on an invalid notice must say so promptly and clearly. [[O:Pelagos]] was represented by [[O:Hill Dickinson LLP]] and [[O:Oriel]] by [[O:HFW]]. We understand that no appeal under section 69 of the Arbitration Act 1996 will be sought.
""")

d("en", "tender_notice", """
[[O:North Yorkshire Council]]
Tender notice: Maintenance of winter service and highways fleet, 2025-2029

Contracting authority
[[O:North Yorkshire Council]], County Hall, Racecourse Lane, [[L:Northallerton]] DL7 8AD, acting on its own behalf and on behalf of [[O:City of York Council]] for Lot 3.

Description
The authorities invite tenders for the inspection, servicing and repair of approximately 410 vehicles and items of plant, including gritters, snow ploughs, tippers and small vans. The contract will run from 1 October 2025 for four years, with an option to extend by up to two further years. The estimated total value, including the optional extension, is £14.2 million excluding VAT.

Lots
Lot 1: Western depots at [[L:Harrogate]], [[L:Skipton]] and [[L:Ripon]]
Lot 2: Eastern depots at [[L:Scarborough]], [[L:Malton]] and [[L:Whitby]]
Lot 3: Vehicles operated by [[O:City of York Council]] at its Hazel Court depot in [[L:York]]

Tenderers may bid for one or more lots. No tenderer will be awarded more than two lots.

Conditions for participation
Tenderers must hold an operator's licence issued by the [[O:Driver and Vehicle Standards Agency]] ([[O:DVSA]]) for any site used for heavy vehicle testing and must be accredited under the Fleet Operator Recognition Scheme at bronze level or above. Minimum annual turnover: £3 million for a single lot, £5 million for two lots.

Award criteria
Quality 60% (of which social value 10%), price 40%. Social value proposals will be assessed using the national themes, outcomes and measures framework.

Procedure and timetable
Open procedure under the Procurement Act 2023. Tender documents are available free of charge on the council's e-tendering portal. Clarification questions must be submitted by 12:00 on 16 June 2025. The deadline for tenders is 12:00 on 7 July 2025. A site visit to the [[L:Harrogate]] and [[L:Scarborough]] depots will be held on 4 June 2025.

The contract is part-funded by the [[O:Department for Transport]] through the highways maintenance block grant.

Contact: [[P:Ffion Rutherford]], Senior Procurement Officer, [[O:North Yorkshire Council]], tel. 01609 780 780
""")

d("en", "procurement_evaluation", """
[[O:Avonmere Water Services Ltd]]
Procurement evaluation report - Fleet telematics and driver safety system (ref. AWS/PR/2025/031)

Prepared by: [[P:Kwame Asante]], Category Manager, Fleet and Facilities
Evaluation panel: [[P:Kwame Asante]] (chair), [[P:Rebecca Tolland]] (Fleet Manager), [[P:Idris Vaughan]] (Health and Safety), [[P:Sophie Larkham]] (IT Security)
Date: 11 April 2025

1. Background
[[O:Avonmere]] operates 620 vans and 48 tankers from depots in [[L:Bath]], [[L:Bridgwater]] and [[L:Salisbury]]. The current telematics contract with [[O:Masternaut]] expires on 30 September 2025. A further competition under the [[O:Crown Commercial Service]] framework was run in February and March, and four compliant bids were received.

2. Scores

[[O:Trakwell Ltd]] ([[L:Reading]]): quality 71.5, price 36.2, total 107.7
[[O:Convoy Data Systems plc]] ([[L:Milton Keynes]]): quality 78.0, price 33.9, total 111.9
[[O:Geotab]] (via reseller [[O:Fleetwise Solutions]]): quality 74.0, price 38.5, total 112.5
[[O:Kinesis Fleet Ltd]] ([[L:Cardiff]]): quality 63.5, price 40.0, total 103.5

3. Discussion
[[O:Convoy Data Systems]] scored highest on quality, mainly because of its in-cab coaching and its experience with two other water companies, [[O:Wessex Water]] and [[O:South West Water]]. However its price is 14% above the lowest bid. The [[O:Geotab]] solution offered by [[O:Fleetwise]] came a close second on quality and was the second cheapest. Ms [[P:Larkham]] noted that [[O:Fleetwise]] has not yet completed our supplier security questionnaire; this must be resolved before award.

[[O:Kinesis Fleet]] offered the lowest price but could not demonstrate integration with our work management system, and Mr [[P:Vaughan]] considered its driver behaviour reporting weak. [[O:Trakwell]] was compliant but did not stand out in any area.

4. Recommendation
The panel recommends award to [[O:Fleetwise Solutions]] for the [[O:Geotab]] solution, subject to a satisfactory security assessment, for an initial term of three years at a total cost of £1.18m. Should that assessment fail, the panel recommends award to [[O:Convoy Data Systems]].

Approved: [[P:Martin Fairclough]], Director of Operations, 15 April 2025
""")

d("en", "complaint_reply", """
[[O:Brightgrid Energy Ltd]]
Customer Relations
PO Box 7720, [[L:Warrington]] WA1 9DJ

Mrs [[P:Philippa Ormerod]]
[[O:The Old Forge Tearoom]]
2 Market Place
[[L:Hawes]] DL8 3QN

Our reference: CR-2025-118734
6 March 2025

Dear Mrs [[P:Ormerod]],

Your complaint about your business electricity account

Thank you for your letter of 19 February, and for speaking to my colleague [[P:Daniel Oduya]] on the phone last week. I am sorry that you have had to contact us so many times about the bills for [[O:The Old Forge Tearoom]].

I have now reviewed the account in full. You are right that we continued to bill on estimated readings from August to January even though your smart meter was sending readings. The fault was in our own systems, not the meter, and it meant that your December bill of £2,318.40 was far higher than your actual use.

To put this right, [[O:Brightgrid]] has:
- cancelled the bills from August onwards and re-billed them on actual readings, reducing the balance by £1,104.62;
- removed the late payment charge of £45 applied in January;
- credited your account with £150 as an apology for the time and distress this has caused.

A revised statement is enclosed. Your monthly direct debit will fall from £410 to £265 from April.

I hope this resolves your complaint. If you are not satisfied, you can refer it to the [[O:Energy Ombudsman]] free of charge once eight weeks have passed since your first complaint, or straight away if you enclose this letter. Further information about your rights as a microbusiness customer is available from [[O:Ofgem]] and from [[O:Citizens Advice]].

Yours sincerely,

[[P:Shauna McGlinchey]]
Complaints Resolution Manager
[[O:Brightgrid Energy Ltd]]
""")

d("en", "due_diligence", """
PROJECT HERON - Commercial and legal due diligence: summary of key findings
Prepared for: [[O:Aldermoor Industrial Partners LLP]]
Target: [[O:Kelso Precision Optics Ltd]] ("[[O:KPO]]" or the "Company")
Prepared by: [[O:Ravensworth Advisory]] with [[O:Burness Paull LLP]] (legal)
Draft for discussion, 23 January 2025

1. Business overview
[[O:KPO]] designs and manufactures infrared lenses and optical assemblies at two sites, in [[L:Livingston]] and [[L:Kelso]] in the [[L:Scottish Borders]]. It employs 186 people. Revenue for the year to 30 September 2024 was £31.7m, of which 58% came from defence customers.

2. Customer concentration
The two largest customers, [[O:Leonardo UK]] and [[O:Thales]], together account for 47% of revenue. The contract with [[O:Leonardo]] expires in June 2026 and contains a change of control clause allowing termination on 90 days' notice. We recommend that [[O:Aldermoor]] seeks comfort from [[O:Leonardo]] before exchange.

3. Management
Founder and chairman [[P:Moray Kincaid]] (71) intends to retire on completion. Managing director [[P:Chloe Haddow]] and finance director [[P:Sandeep Grewal]] are expected to roll over part of their proceeds. Ms [[P:Haddow]] has been with the Company since 2012 and is well regarded by customers.

4. Legal matters
- A claim for unfair dismissal by a former production supervisor is listed before the [[O:Employment Tribunal]] in [[L:Edinburgh]] for May 2025. Exposure is estimated at below £40,000.
- [[O:HM Revenue & Customs]] ([[O:HMRC]]) has opened an enquiry into R&D tax credit claims for 2021 and 2022 totalling £612,000. [[O:KPO]]'s advisers, [[O:Azets]], believe the claims are well founded, but we recommend a specific indemnity.
- Export licences for thermal imaging products are granted by the [[O:Export Control Joint Unit]]; all licences reviewed were valid.

5. Financing
The Company has a £5m revolving facility with [[O:Bank of Scotland]], which will be repaid on completion.

Contact: [[P:Lorna Baird]], Partner, [[O:Ravensworth Advisory]]
""")

# ---------------------------------------------------------------- German
d("de", "supplier_letter", """
[[O:Wendtland Gusstechnik GmbH]] · Am Walkgraben 14 · 09119 [[L:Chemnitz]]

[[O:Vossberg Antriebstechnik AG]]
Zentraleinkauf
Herrn [[P:Florian Haberkorn]]
Salzstraße 61
74076 [[L:Heilbronn]]

[[L:Chemnitz]], 22. Oktober 2024

Lieferverzögerung Getriebegehäuse GG-320 – Ihre Bestellung 4500187732

Sehr geehrter Herr [[P:Haberkorn]],

leider müssen wir Ihnen mitteilen, dass sich die Auslieferung der zweiten Teilmenge (1.200 Stück) der Getriebegehäuse GG-320 um voraussichtlich drei Wochen verschiebt. Ursache ist ein Schaden am Induktionsofen unserer Schmelzerei vom 17. Oktober. Der Hersteller, die [[O:Otto Junker GmbH]], hat das Ersatzteil zugesagt; die Reparatur ist für die 45. Kalenderwoche geplant.

Um die Auswirkungen für [[O:Vossberg]] so gering wie möglich zu halten, schlagen wir folgendes Vorgehen vor:

– 400 Stück aus vorhandenem Rohguss werden bei unserem Partnerbetrieb [[O:Kranich Formguss]] in [[L:Zwickau]] bearbeitet und können bis zum 8. November ausgeliefert werden.
– Die restlichen 800 Stück folgen bis spätestens 29. November.
– Die Mehrkosten für die Expressfracht mit [[O:DB Schenker]] übernimmt selbstverständlich [[O:Wendtland]].

Unser Qualitätsleiter, Herr [[P:Sven Oltmanns]], hat die Erstmusterprüfung bei [[O:Kranich]] bereits begleitet. Der Prüfbericht liegt Ihrer Qualitätssicherung, Frau [[P:Derya Aksoy]], seit gestern vor.

Wir bedauern die Verzögerung sehr, zumal [[O:Vossberg Antriebstechnik]] uns den Auftrag erst im Frühjahr erweitert hat. Bitte bestätigen Sie uns bis Freitag, ob Sie mit dem vorgeschlagenen Vorgehen einverstanden sind. Für Rückfragen erreichen Sie mich jederzeit unter 0371 4480-212.

Mit freundlichen Grüßen

[[O:Wendtland Gusstechnik GmbH]]

i. A. [[P:Carola Wendtland]]
Vertriebsleitung

Geschäftsführer: [[P:Henning Wendtland]] · Registergericht: [[O:Amtsgericht Chemnitz]] HRB 28741 · Bankverbindung: [[O:Erzgebirgssparkasse]]
""")

d("de", "email_thread", """
Von: [[P:Jonas Brinkhoff]]
Gesendet: Dienstag, 4. März 2025 11:07
An: [[P:Miriam Ehlers]]
Cc: [[P:Tarek Haddad]]
Betreff: AW: Abnahme Kundenportal – Verschiebung?

Hallo Frau [[P:Ehlers]],

danke für die schnelle Rückmeldung. Wir können die Abnahme auf den 18. März legen, brauchen dann aber bis zum 12. März die Testdaten aus Ihrem Abrechnungssystem. Herr [[P:Haddad]] stimmt sich dazu direkt mit Ihrem Rechenzentrumsdienstleister [[O:Itelion]] ab, damit das Wartungsfenster am Wochenende nicht mit der Datenübergabe kollidiert.

Zur Barrierefreiheit: Der Prüfbericht von [[O:TÜV Rheinland]] liegt inzwischen vor. Es gibt zwei kleinere Beanstandungen bei den Formularen, die wir bis zur Abnahme beheben.

Viele Grüße nach [[L:Buxtehude]]
[[P:Jonas Brinkhoff]]

--
[[P:Jonas Brinkhoff]]
Projektleiter
[[O:Lumetra Software GmbH]] | Harburger Schloßstraße 6 | 21079 [[L:Hamburg]]
Geschäftsführung: [[P:Katrin Lüders]], [[P:Ole Jessen]] | [[O:Amtsgericht Hamburg]] HRB 154622

-----Ursprüngliche Nachricht-----
Von: [[P:Miriam Ehlers]]
Gesendet: Montag, 3. März 2025 16:42
An: [[P:Jonas Brinkhoff]]
Betreff: Abnahme Kundenportal – Verschiebung?

Sehr geehrter Herr [[P:Brinkhoff]],

leider müssen wir den Abnahmetermin am 11. März absagen. Unsere Abteilungsleitung Netzkunden ist an dem Tag kurzfristig zu einem Anhörungstermin bei der [[O:Bundesnetzagentur]] in [[L:Bonn]] geladen, und ohne Herrn [[P:Schwarzer]] möchten wir das Portal nicht abnehmen.

Außerdem hat [[O:Itelion]] für das Wochenende 8./9. März Wartungsarbeiten angekündigt. Könnten Sie prüfen, ob ein Termin in der Woche ab dem 17. März für [[O:Lumetra]] machbar ist? Der Start des Portals zum 1. April sollte möglichst nicht gefährdet werden, da wir ihn bereits im Kundenmagazin angekündigt haben.

Mit freundlichen Grüßen
[[P:Miriam Ehlers]]
Leiterin Kundenservice
[[O:Stadtwerke Buxtehude GmbH]]
""")

d("de", "supplier_contract", """
Dienstleistungsvertrag über Unterhaltsreinigung

zwischen

der [[O:Kreiskliniken Ostalb gGmbH]], Im Kälblesrain 1, 73430 [[L:Aalen]], vertreten durch die Geschäftsführerin Frau Dr. [[P:Annegret Pfisterer]],
– nachfolgend „Auftraggeberin“ –

und

der [[O:Reinex Gebäudedienste GmbH & Co. KG]], Ulmer Straße 212, 73037 [[L:Göppingen]], vertreten durch die [[O:Reinex Verwaltungs-GmbH]], diese vertreten durch den Geschäftsführer Herrn [[P:Mehmet Yıldırım]],
– nachfolgend „[[O:Reinex]]“ oder „Auftragnehmerin“ –

§ 1 Gegenstand
(1) [[O:Reinex]] übernimmt die Unterhalts- und Glasreinigung der Klinikstandorte [[L:Aalen]], [[L:Ellwangen]] und [[L:Mutlangen]] nach Maßgabe des Leistungsverzeichnisses (Anlage 1).
(2) Die Reinigung der OP-Bereiche ist nicht Gegenstand dieses Vertrages.

§ 2 Hygiene und Personal
(1) [[O:Reinex]] setzt ausschließlich Personal ein, das nach den Empfehlungen der [[O:KRINKO]] beim [[O:Robert Koch-Institut]] geschult ist. Die Schulungsnachweise sind der Hygienefachkraft der Auftraggeberin vor Einsatzbeginn vorzulegen.
(2) Ansprechpartner vor Ort ist Herr [[P:Dariusz Wolny]] als Objektleiter.

§ 3 Vergütung
(1) Die monatliche Pauschalvergütung beträgt 118.450,00 € netto.
(2) Eine Anpassung erfolgt jeweils zum 1. Januar entsprechend der Lohnentwicklung im Tarifvertrag für das Gebäudereinigerhandwerk, den die [[O:IG BAU]] und der [[O:Bundesinnungsverband des Gebäudereiniger-Handwerks]] abschließen.

§ 4 Laufzeit
Der Vertrag beginnt am 1. Januar 2025 und endet am 31. Dezember 2027. Die Auftraggeberin kann ihn zweimal um je ein Jahr verlängern.

§ 5 Schlussbestimmungen
Gerichtsstand ist [[L:Aalen]]. Änderungen bedürfen der Schriftform.

[[L:Aalen]], den 28. November 2024

für die [[O:Kreiskliniken Ostalb gGmbH]]: Dr. [[P:Annegret Pfisterer]]
für die [[O:Reinex Gebäudedienste GmbH & Co. KG]]: [[P:Mehmet Yıldırım]]
""")

d("de", "meeting_minutes", """
Protokoll der ordentlichen Gesellschafterversammlung
der [[O:Gebr. Ortlepp Holzwerke GmbH & Co. KG]]

Datum: 14. Mai 2025, 10:00–12:45 Uhr
Ort: Verwaltungsgebäude, Bahnhofstraße 31, 36304 [[L:Alsfeld]]

Anwesend:
[[P:Reinhard Ortlepp]] (Kommanditist, Versammlungsleiter)
[[P:Gisela Ortlepp-Wiegand]] (Kommanditistin)
[[P:Tobias Ortlepp]] (Geschäftsführer der Komplementärin, [[O:Ortlepp Verwaltungs GmbH]])
[[P:Hannah Ortlepp]] (Kommanditistin, per Videokonferenz aus [[L:Wien]])
Gast: Dr. [[P:Stefan Quandel]], Wirtschaftsprüfer, [[O:Ebner Stolz GmbH & Co. KG]]

Protokoll: [[P:Ilona Mertens]]

TOP 1 – Jahresabschluss 2024
Herr [[P:Quandel]] erläuterte den Jahresabschluss, den [[O:Ebner Stolz]] mit einem uneingeschränkten Bestätigungsvermerk versehen hat. Der Umsatz sank um 4,2 % auf 61,8 Mio. €, das Ergebnis vor Steuern lag bei 2,9 Mio. €. Der Jahresabschluss wurde einstimmig festgestellt.

TOP 2 – Gewinnverwendung
Auf Vorschlag von [[P:Tobias Ortlepp]] werden 1,2 Mio. € ausgeschüttet; der Rest wird den Rücklagen zugeführt. Frau [[P:Ortlepp-Wiegand]] stimmte dagegen, da sie eine höhere Ausschüttung für angemessen hielt.

TOP 3 – Investition Trocknungsanlage
Die Geschäftsführung stellte das Angebot der [[O:Mühlböck Holztrocknungsanlagen GmbH]] aus [[L:Oberösterreich]] über 3,4 Mio. € vor. Die Finanzierung soll zu zwei Dritteln über ein Darlehen der [[O:Volksbank Mittelhessen eG]] erfolgen; für den Rest wird ein Förderantrag bei der [[O:WIBank]] gestellt. Die Versammlung stimmte der Investition mit drei zu einer Stimme zu.

TOP 4 – Nachfolge
[[P:Reinhard Ortlepp]] kündigte an, sich zum Jahresende aus dem Beirat zurückzuziehen. Als Nachfolgerin wurde [[P:Hannah Ortlepp]] vorgeschlagen; die Wahl erfolgt in der nächsten Versammlung.

TOP 5 – Verschiedenes
Frau [[P:Mertens]] berichtete, dass der Sägewerksverband [[O:DeSH]] im Herbst seine Jahrestagung in [[L:Fulda]] abhält; [[O:Ortlepp]] wird sich mit einem Vortrag zum Thema Schadholz beteiligen.

[[L:Alsfeld]], 14. Mai 2025

gez. [[P:Reinhard Ortlepp]] (Versammlungsleiter)            gez. [[P:Ilona Mertens]] (Protokoll)
""")

d("de", "press_release", """
Pressemitteilung

[[O:Helioport AG]] und [[O:EnBW]] bauen Großbatteriespeicher in [[L:Philippsburg]]

[[L:Freiburg im Breisgau]] / [[L:Karlsruhe]], 9. April 2025 – Die [[O:Helioport AG]] und die [[O:EnBW Energie Baden-Württemberg AG]] errichten gemeinsam einen Batteriespeicher mit einer Leistung von 120 Megawatt und einer Kapazität von 240 Megawattstunden. Der Speicher entsteht auf einer Gewerbefläche in [[L:Philippsburg]] in unmittelbarer Nähe des Netzknotens und soll Ende 2026 in Betrieb gehen.

Für das Projekt gründen beide Unternehmen die Gemeinschaftsgesellschaft [[O:Rheinspeicher Philippsburg GmbH & Co. KG]], an der [[O:Helioport]] und [[O:EnBW]] jeweils zur Hälfte beteiligt sind. [[O:Helioport]] verantwortet Planung, Errichtung und Betriebsführung, [[O:EnBW]] die Vermarktung der Speicherkapazität am Strommarkt. Die Batteriemodule liefert der Hersteller [[O:CATL]], die Leistungselektronik stammt von [[O:SMA Solar Technology]] aus [[L:Niestetal]].

„Speicher dieser Größe sind der Schlüssel, um den Solarstrom aus [[L:Baden-Württemberg]] auch abends nutzen zu können“, sagt Dr. [[P:Friederike Almstedt]], Vorstandsvorsitzende der [[O:Helioport AG]]. „Gemeinsam mit der [[O:EnBW]] können wir dieses Projekt in weniger als zwei Jahren umsetzen.“ [[P:Moritz Klenk]], Leiter Erzeugung Portfolio bei [[O:EnBW]], ergänzt: „Der Standort ist ideal, weil die Netzanbindung bereits vorhanden ist.“

Die Finanzierung von rund 85 Millionen Euro stellen die [[O:Landesbank Baden-Württemberg]] und die [[O:Europäische Investitionsbank]] bereit. Die Baugenehmigung wurde im März vom [[O:Landratsamt Karlsruhe]] erteilt.

Über [[O:Helioport]]
Die [[O:Helioport AG]] mit Sitz in [[L:Freiburg im Breisgau]] plant und betreibt Solarparks und Speicheranlagen in [[L:Deutschland]], [[L:Frankreich]] und der [[L:Schweiz]]. Das Unternehmen beschäftigt 230 Mitarbeitende und ist seit 2021 im Segment Scale der [[O:Frankfurter Wertpapierbörse]] notiert.

Pressekontakt:
[[P:Vanessa Grünewald]]
Leiterin Unternehmenskommunikation
[[O:Helioport AG]], Tel. +49 761 555 3140
""")

d("de", "annual_report", """
[[O:Alpinor Holding AG]], [[L:Zug]]
Geschäftsbericht 2024 – Auszug aus dem Lagebericht

Geschäftsverlauf

Die [[O:Alpinor-Gruppe]] hat im Geschäftsjahr 2024 einen Nettoumsatz von CHF 684,2 Mio. erzielt (Vorjahr: CHF 655,9 Mio.). Das organische Wachstum in Lokalwährungen betrug 5,1 %. Die EBIT-Marge verbesserte sich auf 14,8 %, vor allem dank höherer Auslastung im Werk [[L:Rotkreuz]] und geringerer Frachtkosten.

Das Segment Medizintechnik, in dem die chirurgischen Instrumente der Tochtergesellschaft [[O:Alpinor Medical GmbH]] aus [[L:Tuttlingen]] gebündelt sind, wuchs um 8,3 %. Besonders erfreulich entwickelte sich das Geschäft mit Klinikverbünden in [[L:Skandinavien]]; mit der [[O:Region Stockholm]] wurde ein Rahmenvertrag über fünf Jahre abgeschlossen. Das Segment Labortechnik blieb mit einem Plus von 1,2 % hinter den Erwartungen zurück, weil Forschungseinrichtungen in [[L:China]] ihre Budgets kürzten.

Im Juni übernahm [[O:Alpinor]] sämtliche Anteile an der [[O:Sterilux S.r.l.]] in [[L:Mirandola]] ([[L:Italien]]), einem Hersteller von Sterilisationscontainern mit 95 Mitarbeitenden. Der Kaufpreis betrug EUR 41 Mio. Die Integration in die [[O:Alpinor Medical]] verläuft planmässig.

Personal und Organisation

Per Ende 2024 beschäftigte die Gruppe 2'914 Mitarbeitende, davon 1'102 in der [[L:Schweiz]]. Am 1. September hat [[P:Corinne Baumgartner]] die Leitung des Finanzbereichs von [[P:Urs Hediger]] übernommen, der nach 17 Jahren bei [[O:Alpinor]] in den Ruhestand getreten ist.

Risiken

Die Gruppe erzielt rund 60 % ihres Umsatzes im Euroraum und ist daher Währungsschwankungen ausgesetzt. Das regulatorische Umfeld bleibt anspruchsvoll: Sämtliche Produkte von [[O:Alpinor Medical]] sind inzwischen nach der europäischen Medizinprodukteverordnung zertifiziert; die Benannte Stelle ist der [[O:TÜV SÜD]].

Ausblick

Für 2025 erwartet der Verwaltungsrat ein organisches Umsatzwachstum von 4 bis 6 % bei einer stabilen Marge. Die Generalversammlung findet am 24. April 2025 in [[L:Zug]] statt. Der Verwaltungsrat beantragt eine Dividende von CHF 3.40 je Namenaktie. Revisionsstelle ist die [[O:KPMG AG]], [[L:Zürich]].

[[P:Beat Imhof]], Präsident des Verwaltungsrates
[[P:Nadja Kälin]], CEO
""")

d("de", "news_article", """
Autozulieferer [[O:Feldhaus Kunststofftechnik]] stellt Insolvenzantrag

Rund 460 Beschäftigte in [[L:Meschede]] und [[L:Brilon]] bangen um ihre Arbeitsplätze

Von [[P:Sebastian Kortmann]]

[[L:Meschede]]. Die [[O:Feldhaus Kunststofftechnik GmbH]] hat beim [[O:Amtsgericht Arnsberg]] einen Antrag auf Eröffnung eines Insolvenzverfahrens in Eigenverwaltung gestellt. Das bestätigte Geschäftsführer [[P:Ulrich Feldhaus]] am Montag vor der Belegschaft. Löhne und Gehälter sind über das Insolvenzgeld der [[O:Bundesagentur für Arbeit]] bis Ende Januar gesichert.

Das Familienunternehmen aus dem [[L:Sauerland]] fertigt Innenraumverkleidungen und Lüftungsdüsen, vor allem für [[O:Volkswagen]] und [[O:Stellantis]]. Nach Angaben von [[P:Feldhaus]] sind die Abrufe der Kunden seit dem Frühjahr um fast ein Viertel eingebrochen. Gleichzeitig seien die Kosten für Energie und Granulat hoch geblieben. „Wir haben lange gekämpft, aber ohne einen geordneten Neustart schaffen wir es nicht“, sagte der 58-Jährige.

Als vorläufigen Sachwalter hat das Gericht Rechtsanwalt Dr. [[P:Jörg Nienhaus]] von der Kanzlei [[O:Brandhoff Rechtsanwälte]] aus [[L:Dortmund]] eingesetzt. Er will den Geschäftsbetrieb zunächst unverändert fortführen und hat bereits mit den wichtigsten Kunden gesprochen.

Die [[O:IG Metall]] zeigte sich überrascht. „Noch im Sommer hat man uns erzählt, dass die Auftragsbücher voll sind“, sagte [[P:Anja Brökelmann]], Erste Bevollmächtigte der Geschäftsstelle [[L:Arnsberg]]. Die Gewerkschaft fordert, dass beide Standorte erhalten bleiben.

Auch in der Region ist die Sorge groß. [[O:Feldhaus]] ist nach der Kreisverwaltung einer der größten Arbeitgeber in [[L:Meschede]]. Die Stadt werde gemeinsam mit der [[O:Wirtschaftsförderung Hochsauerlandkreis]] alles tun, um die Arbeitsplätze zu halten, erklärte ein Sprecher des Rathauses.

Gespräche mit möglichen Investoren laufen bereits. Nach Informationen dieser Zeitung hat unter anderem ein Kunststoffverarbeiter aus [[L:Bielefeld]] Interesse signalisiert; auch die Beteiligungsgesellschaft [[O:Castellan Industriebeteiligungen]] aus [[L:München]] soll die Unterlagen angefordert haben.
""")

d("de", "job_reference", """
[[O:Tessner & Partner Steuerberatungsgesellschaft mbB]]
Prinzregentenstraße 58 · 81675 [[L:München]]

Arbeitszeugnis

Frau [[P:Lea-Marie Kossack]], geboren am 3. Juli 1994 in [[L:Rosenheim]], war vom 1. September 2019 bis zum 31. März 2025 in unserer Kanzlei als Steuerfachangestellte, ab 1. Januar 2022 als Steuerfachwirtin tätig.

[[O:Tessner & Partner]] ist eine mittelständische Steuerberatungskanzlei mit 48 Mitarbeiterinnen und Mitarbeitern an den Standorten [[L:München]] und [[L:Freising]]. Wir betreuen vorwiegend inhabergeführte Unternehmen aus Handel, Handwerk und Gastronomie.

Zu den Aufgaben von Frau [[P:Kossack]] gehörten insbesondere:
– die eigenständige Erstellung von Jahresabschlüssen und betrieblichen Steuererklärungen für einen Stamm von rund 40 Mandanten,
– die laufende Finanz- und Lohnbuchhaltung, zuletzt überwiegend für Mandanten aus dem Hotel- und Gaststättengewerbe,
– die Vorbereitung und Begleitung von Betriebsprüfungen durch das [[O:Finanzamt München]] und das [[O:Finanzamt Freising]],
– die Einarbeitung neuer Auszubildender.

Frau [[P:Kossack]] verfügt über ein umfassendes und fundiertes Fachwissen, das sie stets sicher und zielgerichtet einsetzte. Sie bildete sich kontinuierlich weiter und legte 2021 die Prüfung zur Steuerfachwirtin vor der [[O:Steuerberaterkammer München]] mit sehr gutem Erfolg ab. Bei der Umstellung unserer Kanzlei auf die Cloud-Lösungen der [[O:DATEV eG]] übernahm sie die Schulung des gesamten Teams am Standort [[L:Freising]].

Sie arbeitete stets äußerst sorgfältig, zügig und zuverlässig. Ihre Leistungen haben jederzeit und in jeder Hinsicht unsere volle Anerkennung gefunden. Besonders hervorzuheben ist die hervorragende Vorbereitung der Außenprüfung bei einer Hotelgruppe aus [[L:Garmisch-Partenkirchen]], die ohne nennenswerte Mehrergebnisse abgeschlossen wurde.

Ihr Verhalten gegenüber Vorgesetzten, Kolleginnen und Kollegen sowie Mandanten war stets vorbildlich.

Frau [[P:Kossack]] verlässt uns auf eigenen Wunsch, um ein Studium an der [[O:Hochschule für angewandte Wissenschaften München]] aufzunehmen. Wir bedauern ihr Ausscheiden sehr, danken ihr für die stets sehr gute Zusammenarbeit und wünschen ihr für ihre berufliche und private Zukunft alles Gute und weiterhin viel Erfolg.

[[L:München]], 31. März 2025

[[P:Wolfram Tessner]]
Steuerberater, Partner
""")

d("de", "cv", """
Lebenslauf

Dipl.-Ing. Dr. techn. [[P:Benedikt Aschauer]]
Wohnhaft in [[L:Graz]], [[L:Österreich]] · geboren 1986 in [[L:Leoben]]
Tel. +43 664 555 1872 · benedikt.aschauer@example.at

Berufserfahrung

seit 04/2020
Leiter Prozessentwicklung, [[O:voestalpine Stahl Donawitz GmbH]], [[L:Leoben]]
– Verantwortung für ein Team von 14 Ingenieurinnen und Ingenieuren
– Projektleitung für die Umstellung eines Hochofens auf Elektrolichtbogenofen-Route (Budget 38 Mio. €)
– Zusammenarbeit mit der [[O:Montanuniversität Leoben]] im Rahmen eines gemeinsamen Forschungslabors

10/2014 – 03/2020
Entwicklungsingenieur, [[O:Andritz AG]], [[L:Graz]]
– Auslegung von Trocknungs- und Wärmerückgewinnungsanlagen für die Zellstoffindustrie
– Inbetriebnahmen in [[L:Finnland]], [[L:Brasilien]] und [[L:Indonesien]]
– Technische Angebotsklärung mit Kunden wie [[O:Stora Enso]] und [[O:Suzano]]

07/2012 – 09/2014
Projektassistent am Institut für Wärmetechnik, [[O:Technische Universität Graz]]

Ausbildung

2012 – 2016  Doktoratsstudium der technischen Wissenschaften, [[O:TU Graz]] (mit Auszeichnung); Dissertation in Kooperation mit der [[O:AVL List GmbH]]
2005 – 2012  Diplomstudium Maschinenbau, [[O:TU Graz]]
2004 – 2005  Präsenzdienst, [[O:Bundesheer]], Kaserne [[L:Bruck an der Mur]]
1996 – 2004  [[O:BG/BRG Leoben Neu]], Matura mit ausgezeichnetem Erfolg

Weiterbildung

2022 Führungskräfteprogramm, [[O:WU Executive Academy]], [[L:Wien]]
2019 Zertifizierter Projektmanager (Level C), [[O:Projekt Management Austria]]

Mitgliedschaften und Ehrenämter

Mitglied im [[O:Österreichischen Ingenieur- und Architekten-Verein]] ([[O:ÖIAV]])
Obmann des Sportvereins [[O:ATUS Leoben]] (ehrenamtlich, seit 2018)

Sprachen
Deutsch (Muttersprache), Englisch (verhandlungssicher), Portugiesisch (Grundkenntnisse)

[[L:Graz]], im Februar 2025
""")

d("de", "payment_reminder", """
[[O:Malerbetrieb Stellmacher e.K.]]
Inhaber: [[P:Jörg Stellmacher]], Malermeister
Hafenstraße 19 · 48153 [[L:Münster]]
Tel. 0251 555 7710 · USt-IdNr. DE 287 554 103

[[O:Pohl & Niederberger Immobilienverwaltung GbR]]
z. Hd. Frau [[P:Svenja Niederberger]]
Warendorfer Straße 144
48145 [[L:Münster]]

[[L:Münster]], 10. Februar 2025

2. Mahnung – Rechnung Nr. 2024-0387 vom 12. November 2024

Sehr geehrte Frau [[P:Niederberger]],

trotz unserer Zahlungserinnerung vom 18. Dezember 2024 konnten wir bis heute keinen Zahlungseingang zu der oben genannten Rechnung feststellen. Es handelt sich um die Malerarbeiten im Treppenhaus und in den Kellerräumen der Wohnanlage Sentmaringer Weg 8–12, die wir im Oktober im Auftrag der Eigentümergemeinschaft ausgeführt haben. Die Abnahme erfolgte am 31. Oktober durch Ihren Kollegen Herrn [[P:Pohl]] ohne Beanstandungen.

Offener Rechnungsbetrag: 14.870,62 €
Mahngebühr: 10,00 €
Verzugszinsen (9 Prozentpunkte über Basiszinssatz, 12.12.2024–10.02.2025): 298,40 €
Zu zahlender Gesamtbetrag: 15.179,02 €

Bitte überweisen Sie den Gesamtbetrag bis spätestens 24. Februar 2025 auf unser Konto bei der [[O:Sparkasse Münsterland Ost]], IBAN DE12 4005 0150 0034 5566 77.

Sollte der Betrag bis dahin nicht eingegangen sein, werden wir ohne weitere Ankündigung einen Antrag auf Erlass eines Mahnbescheids beim zentralen Mahngericht, dem [[O:Amtsgericht Hagen]], stellen. Die dadurch entstehenden Kosten gehen zu Ihren Lasten.

Falls sich Ihre Zahlung mit diesem Schreiben überschnitten hat, betrachten Sie es bitte als gegenstandslos. Sollte es Gründe für die Verzögerung geben, etwa eine noch ausstehende Freigabe durch den Verwaltungsbeirat, rufen Sie mich gern an – wir finden sicher eine Lösung.

Mit freundlichen Grüßen

[[P:Jörg Stellmacher]]
[[O:Malerbetrieb Stellmacher]]

Mitglied der [[O:Handwerkskammer Münster]] · Innungsbetrieb der [[O:Maler- und Lackiererinnung Münster]]
""")

d("de", "insurance_letter", """
[[O:Mittelrheinische Versicherung AG]]
Schadenabteilung Gewerbe
Postfach 10 22 40 · 56022 [[L:Koblenz]]

[[O:Weingut Hahnenkamm GbR]]
Herrn [[P:Matthias Hahnenkamm]]
Rheinuferstraße 7
55422 [[L:Bacharach]]

Schaden-Nr.: G-2024-118457
Versicherungsschein-Nr.: 7700-443128
[[L:Koblenz]], 6. September 2024

Ihr Schaden vom 14. Juli 2024 – Überschwemmung des Kellers durch Starkregen

Sehr geehrter Herr [[P:Hahnenkamm]],

vielen Dank für Ihre Schadenmeldung und die Fotos, die Sie uns über Ihren Versicherungsmakler, die [[O:Rheingau Assekuranz Makler GmbH]], zugeleitet haben.

Wir haben den Sachverständigen Herrn [[P:Kai-Uwe Morsbach]] vom Gutachterbüro [[O:Morsbach & Thiel Sachverständige]] aus [[L:Mainz]] mit der Begutachtung beauftragt. Herr [[P:Morsbach]] hat die Schadenstelle am 2. August gemeinsam mit Ihnen besichtigt.

Nach seinem Gutachten vom 28. August beläuft sich der Schaden auf insgesamt 86.300 €. Davon entfallen 61.200 € auf die zerstörten Fässer und Flaschenbestände und 25.100 € auf die Trocknung und Instandsetzung des Gewölbekellers. Der Schaden an den im Keller gelagerten Etiketten und Kartonagen der Druckerei [[O:Labelform Eckstein]] ist nicht versichert, da sich die Ware noch im Eigentum des Lieferanten befand.

Ihr Vertrag umfasst die Elementarschadenversicherung mit einer Selbstbeteiligung von 5.000 €. Wir werden Ihnen daher in den nächsten Tagen 81.300 € auf Ihr Konto bei der [[O:Volksbank Rhein-Nahe-Hunsrück eG]] überweisen.

Zur Betriebsunterbrechung: Sie haben angegeben, dass der Ausschank in Ihrer Straußwirtschaft für drei Wochen geschlossen war. Bitte senden Sie uns hierzu die Umsatzzahlen der Monate Juni bis August 2023 und 2024, damit wir den Ertragsausfall berechnen können. Ihr Steuerberater, Herr [[P:Göbel]], kann uns die Unterlagen auch direkt schicken.

Für Fragen steht Ihnen Ihre Sachbearbeiterin Frau [[P:Nicole Adamczyk]] unter 0261 555 4021 gern zur Verfügung.

Mit freundlichen Grüßen

[[O:Mittelrheinische Versicherung AG]]

[[P:Nicole Adamczyk]]
Schadenregulierung Gewerbe
""")

d("de", "court_summary", """
Urteilsbesprechung

[[O:Oberlandesgericht München]], Urteil vom 20. Februar 2025 – 29 U 1873/24
[[O:Bergquell Mineralbrunnen GmbH]] ./. [[O:Alpquell Getränke AG]]

Von Rechtsanwältin Dr. [[P:Theresa Wimmer-Kolb]], [[O:Wimmer & Sailer Rechtsanwälte]], [[L:Regensburg]]

1. Sachverhalt

Die Klägerin, die [[O:Bergquell Mineralbrunnen GmbH]] aus [[L:Bad Kohlgrub]], vertreibt seit 1968 Mineralwasser unter der Wortmarke „Bergquell“. Die Beklagte, die in [[L:Innsbruck]] ansässige [[O:Alpquell Getränke AG]], brachte 2023 ein stilles Quellwasser unter der Bezeichnung „Alpquell Bergfrisch“ auf den deutschen Markt, das über die Handelskette [[O:Edeka Südbayern]] vertrieben wurde. [[O:Bergquell]] sah darin eine Verletzung ihrer Marke und verlangte Unterlassung, Auskunft und Schadensersatz.

Das [[O:Landgericht München I]] hatte die Klage im Mai 2024 abgewiesen. Es hielt die Zeichen wegen der unterschiedlichen Anfangssilben für hinreichend verschieden.

2. Entscheidung

Der Senat hat das erstinstanzliche Urteil teilweise abgeändert und [[O:Alpquell]] zur Unterlassung verurteilt, soweit das Produkt mit dem Zusatz „Bergfrisch“ vertrieben wird. Maßgeblich sei der Gesamteindruck: Der Bestandteil „Berg“ präge das Zeichen der Klägerin, und eine vom Gericht berücksichtigte Verkehrsbefragung des Instituts [[O:Ipsos]] habe ergeben, dass 31 % der Befragten eine wirtschaftliche Verbindung zwischen beiden Unternehmen vermuteten. Den Schadensersatzanspruch hat der Senat dem Grunde nach bejaht; die Höhe ist noch offen.

Die Revision zum [[O:Bundesgerichtshof]] wurde nicht zugelassen. [[O:Alpquell]] hat nach eigenen Angaben Nichtzulassungsbeschwerde eingelegt.

3. Bewertung

Die Entscheidung zeigt, wie wichtig Verkehrsbefragungen in Kennzeichenstreitigkeiten geworden sind. Für Unternehmen, die Produkte aus [[L:Österreich]] oder der [[L:Schweiz]] in [[L:Deutschland]] einführen, empfiehlt sich vor dem Markteintritt eine Recherche beim [[O:Deutschen Patent- und Markenamt]] und beim [[O:EUIPO]]. Die Klägerin wurde von [[O:Hengeler Mueller]] vertreten, die Beklagte von [[O:Wolf Theiss]].
""")

d("de", "tender_notice", """
Bekanntmachung – Öffentliche Ausschreibung nach UVgO

Auftraggeber: [[O:Stadt Ludwigsburg]], Fachbereich Hochbau und Gebäudewirtschaft, Wilhelmstraße 11, 71638 [[L:Ludwigsburg]]

Vergabenummer: LB-HB-2025-017

1. Gegenstand der Leistung
Lieferung und Montage von Photovoltaikanlagen mit Batteriespeichern auf den Dächern von fünf städtischen Schulgebäuden in [[L:Ludwigsburg]], [[L:Eglosheim]] und [[L:Oßweil]]. Die Gesamtleistung beträgt rund 480 kWp. Die Anlagen sollen in den Sommerferien 2025 montiert werden.

2. Lose
Los 1: [[O:Otto-Hahn-Gymnasium]] und [[O:Grundschule Eglosheim]] (ca. 260 kWp)
Los 2: drei Grundschulen im Stadtteil [[L:Oßweil]] (ca. 220 kWp)

3. Eignung
Bieter haben mit dem Angebot vorzulegen: Eintragung in die Handwerksrolle oder das Handelsregister, Nachweis einer Betriebshaftpflichtversicherung mit einer Deckungssumme von mindestens 3 Mio. €, drei Referenzen über vergleichbare Anlagen öffentlicher Auftraggeber aus den letzten fünf Jahren sowie eine Unbedenklichkeitsbescheinigung des Finanzamts. Präqualifizierte Unternehmen können stattdessen auf ihren Eintrag beim [[O:Verein für die Präqualifikation von Bauunternehmen]] verweisen.

4. Förderung
Fördermittelgeber ist das [[O:Ministerium für Umwelt, Klima und Energiewirtschaft Baden-Württemberg]]; die Abwicklung erfolgt über die [[O:L-Bank]]. Die Förderbedingungen sind Bestandteil der Vergabeunterlagen.

5. Fristen
Ende der Angebotsfrist: 12. Mai 2025, 11:00 Uhr. Die Angebote sind ausschließlich elektronisch über die Vergabeplattform des Landes einzureichen. Bindefrist: 30. Juni 2025.

6. Zuschlagskriterien
Preis 70 %, Qualität des Montagekonzepts 20 %, Garantiezeit der Batteriespeicher 10 %.

7. Auskünfte
Technische Fragen: Herr [[P:Armin Veigel]], Fachbereich Hochbau
Vergaberechtliche Fragen: Frau [[P:Songül Karaca]], Zentrale Vergabestelle

Nachprüfungsstelle: [[O:Vergabekammer Baden-Württemberg]] beim [[O:Regierungspräsidium Karlsruhe]], Durlacher Allee 100, 76137 [[L:Karlsruhe]]

[[L:Ludwigsburg]], 7. April 2025
[[O:Stadt Ludwigsburg]]
Der Oberbürgermeister
""")

d("de", "complaint_letter", """
[[O:Ortwein Medizintechnik GmbH]]
Geschäftsleitung · Assistenz
Im Gewerbepark 3 · 86899 [[L:Landsberg am Lech]]

[[O:Seehotel Wiesenthal GmbH]]
Herrn [[P:Konstantin Wiesenthal]]
Seeuferweg 22
86911 [[L:Dießen am Ammersee]]

[[L:Landsberg am Lech]], 2. Oktober 2024

Beschwerde zu unserer Vertriebstagung vom 23. bis 25. September 2024 – Ihre Rechnung Nr. 24-09-3321

Sehr geehrter Herr [[P:Wiesenthal]],

wir haben Ihr Haus für unsere jährliche Vertriebstagung mit 42 Teilnehmenden gewählt, weil wir im vergangenen Jahr sehr zufrieden waren. Umso mehr bedauern wir, Ihnen heute schreiben zu müssen.

Bei unserer Ankunft war der gebuchte Tagungsraum „Seerose“ noch von einer anderen Gruppe belegt. Wir mussten die Eröffnung mit unserem Geschäftsführer, Herrn Dr. [[P:Falk Ortwein]], um fast eine Stunde verschieben und schließlich im Restaurant abhalten, ohne Beamer und mit laufendem Mittagsservice im Nebenraum.

Am zweiten Abend fiel das vereinbarte Abendessen auf der Terrasse wegen angeblich fehlenden Personals aus; stattdessen wurde ein kaltes Buffet im Frühstücksraum angeboten. Mehrere Kolleginnen und Kollegen, die eigens aus unserer Niederlassung in [[L:Linz]] und von unserem Vertriebspartner [[O:Medisan Handels AG]] aus [[L:St. Gallen]] angereist waren, empfanden dies als unangemessen. Zudem funktionierte die Beschallung im Plenum an beiden Tagen nur eingeschränkt, obwohl Ihre Mitarbeiterin Frau [[P:Reichl]] uns eine Prüfung zugesagt hatte.

Trotzdem stellt uns Ihre Rechnung den vollen Tagungspauschalpreis von 68.940 € in Rechnung. Wir bitten um eine angemessene Minderung von mindestens 20 % und eine schriftliche Stellungnahme bis zum 16. Oktober. Bis dahin halten wir den strittigen Teilbetrag zurück.

Wir würden gern auch künftig mit dem [[O:Seehotel Wiesenthal]] zusammenarbeiten und hoffen auf eine faire Lösung.

Mit freundlichen Grüßen

[[P:Anke Stolzenberg]]
Assistenz der Geschäftsleitung
[[O:Ortwein Medizintechnik GmbH]]
""")

d("de", "internal_memo", """
Hausmitteilung

An: alle Fahrerinnen und Fahrer, Disposition, Werkstatt
Von: [[P:Gerlinde Kübler]], Geschäftsführung
Kopie: Betriebsrat, [[P:Norbert Vasić]] (Fuhrparkleitung)
Datum: 25. November 2024
Betreff: Neue Tankkarten und Mautabrechnung ab 1. Januar 2025

Liebe Kolleginnen und Kollegen,

zum Jahreswechsel stellt [[O:Kübler & Söhne Spedition]] die Tank- und Mautabrechnung für den gesamten Fuhrpark um. Die bisherigen Tankkarten von [[O:Aral]] verlieren am 31. Dezember 2024 ihre Gültigkeit. Ab dem 1. Januar gelten ausschließlich die neuen Karten der [[O:DKV Mobility]].

Was ändert sich für euch?

1. Die neuen Karten werden in der Woche ab dem 9. Dezember von Herrn [[P:Vasić]] in der Disposition ausgegeben. Bitte bringt eure alte Karte mit; sie wird bei der Ausgabe entwertet.
2. Mit der neuen Karte könnt ihr in [[L:Deutschland]], [[L:Österreich]], [[L:Tschechien]] und [[L:Polen]] an fast allen Stationen tanken, auch bei [[O:Shell]], [[O:Orlen]] und den Autohöfen von [[O:Tank & Rast]]. Eine Liste der Akzeptanzstellen findet ihr in der App.
3. Die Mautboxen für [[L:Österreich]] werden ebenfalls getauscht. Die Fahrzeuge der Niederlassung [[L:Passau]] bekommen die neuen Geräte bereits im Dezember, der Standort [[L:Regensburg]] folgt im Januar. Den genauen Termin stimmt Frau [[P:Ivana Horvat]] mit euch ab.
4. Der Einbau erfolgt in unserer Werkstatt. Fahrzeuge, die zu dieser Zeit bei der [[O:MAN Truck & Bus]]-Vertragswerkstatt in [[L:Straubing]] stehen, werden dort umgerüstet.

Warum wechseln wir?

Der neue Vertrag spart uns nach den Berechnungen unseres Controllings rund 38.000 € im Jahr, vor allem bei den Servicegebühren. Außerdem bekommen wir die Mautabrechnung für [[L:Deutschland]] und [[L:Österreich]] künftig auf einer Rechnung, was der Buchhaltung viel Arbeit erspart.

Der Betriebsrat wurde informiert und hat keine Einwände. Bei Fragen wendet euch bitte an Herrn [[P:Vasić]] oder direkt an mich.

Danke für eure Mithilfe und allzeit gute Fahrt!

[[P:Gerlinde Kübler]]
""")

d("de", "onboarding_form", """
[[O:Kanzler Pharma GmbH]] – Einkauf / Lieferantenmanagement
Lieferanten-Selbstauskunft (Formular EK-07, Version 4)

Bitte vollständig ausfüllen und mit den Nachweisen an lieferanten@example.de senden.

1. Angaben zum Unternehmen
Firma (vollständig, mit Rechtsform): [[O:Thermoplast Rüdiger Haase GmbH & Co. KG]]
Kurzbezeichnung: [[O:Thermoplast Haase]]
Anschrift: Zum Kiesgrund 6, 99706 [[L:Sondershausen]]
Registergericht / Nummer: [[O:Amtsgericht Jena]] HRA 502114
Persönlich haftende Gesellschafterin: [[O:Haase Verwaltungsgesellschaft mbH]]
Geschäftsführung: [[P:Rüdiger Haase]], [[P:Maren Haase-Tillich]]
Gründungsjahr: 1991    Mitarbeitende: 134
Konzernzugehörigkeit: keine (inhabergeführt)

2. Ansprechpartner
Vertrieb: [[P:Dennis Opitz]], Tel. 03632 555 810
Qualitätsmanagement: [[P:Yvonne Schedlich]], Tel. 03632 555 830
Buchhaltung / Debitoren: [[P:Petra Wunderlich]]

3. Bankverbindung
Kreditinstitut: [[O:Kreissparkasse Nordhausen]]
IBAN: DE71 8205 4052 0012 3345 67
Warenkreditversicherer: [[O:Atradius]]

4. Zertifizierungen
DIN EN ISO 9001:2015, Zertifizierer: [[O:DQS GmbH]], gültig bis 11/2026
DIN EN ISO 15378 (Primärpackmittel für Arzneimittel), Zertifizierer: [[O:DQS]], gültig bis 03/2027
Energiemanagement nach ISO 50001: in Vorbereitung

5. Referenzkunden (mit Einverständnis zur Kontaktaufnahme)
[[O:Bionorica SE]], [[L:Neumarkt in der Oberpfalz]]
[[O:Wörwag Pharma GmbH & Co. KG]], [[L:Böblingen]]
[[O:Medizinische Hochschule Hannover]] (Apotheke)

6. Nachhaltigkeit und Compliance
Verhaltenskodex von [[O:Kanzler Pharma]] gelesen und akzeptiert: ja
Bewertung durch [[O:EcoVadis]] vorhanden: ja, Silber (2024)
Mitglied im [[O:Industrieverband Kunststoffverpackungen]]: ja

Ort, Datum: [[L:Sondershausen]], 17. Juni 2025
Unterschrift: [[P:Maren Haase-Tillich]], Geschäftsführerin
""")

# ---------------------------------------------------------------- French
d("fr", "supplier_letter", """
[[O:Tissages Delorme SAS]]
12, rue des Canuts – 69004 [[L:Lyon]]
SAS au capital de 800 000 € – RCS [[L:Lyon]] 412 887 519

[[O:Maison Vautrin & Cie]]
À l'attention de Mme [[P:Albane Lefranc-Morel]]
Directrice des achats
48, avenue Montaigne
75008 [[L:Paris]]

[[L:Lyon]], le 16 janvier 2025

Objet : collection automne-hiver 2025 – confirmation de commande n° TD-25-0043

Madame,

Nous vous remercions de la confiance que vous renouvelez à [[O:Tissages Delorme]] pour la collection automne-hiver et avons le plaisir de vous confirmer votre commande du 9 janvier portant sur 3 400 mètres de jacquard soie et laine, en quatre coloris.

Comme convenu lors de votre visite à nos ateliers de [[L:Villeurbanne]] avec M. [[P:Gaspard Nivelle]], le fil de soie sera fourni par notre partenaire habituel, la filature [[O:Sericyne]] des [[L:Cévennes]], et la teinture réalisée par les [[O:Teintureries de la Turdine]] à [[L:Tarare]]. Ce circuit entièrement français permettra à [[O:Maison Vautrin]] de conserver le label qu'elle met en avant auprès de sa clientèle.

Les délais sont les suivants : échantillons de validation (bain de teinture) le 14 février, livraison de la première moitié le 28 mars et du solde le 25 avril, franco à votre entrepôt de [[L:Saint-Ouen-sur-Seine]]. Le transport sera assuré par [[O:Geodis]].

Le prix reste celui de notre offre du 20 décembre, soit 86,40 € HT le mètre. Un acompte de 30 % est payable à la commande, le solde à 45 jours fin de mois. Nous vous rappelons que la garantie de paiement est couverte par [[O:Allianz Trade]] dans la limite de l'encours accordé.

Mme [[P:Inès Carbonnel]], notre responsable de production, vous tiendra informée de l'avancement chaque semaine. Je reste moi-même à votre disposition pour tout renseignement complémentaire.

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

[[P:Bertrand Delorme]]
Président
[[O:Tissages Delorme SAS]]
""")

d("fr", "email_thread", """
De : [[P:Maëlle Kerbrat]]
Envoyé : jeudi 12 juin 2025 09:41
À : [[P:Yannick Bertholon]]
Cc : [[P:Sofiane Haddou]]
Objet : RE: salon d'octobre – stand commun et transport

Bonjour [[P:Yannick]],

Merci pour ton retour rapide. C'est d'accord pour partager le stand avec [[O:Conserverie Bertholon]] sur le pavillon [[L:Bretagne]], à condition que la répartition des frais se fasse au prorata des mètres carrés, comme l'an dernier. [[P:Sofiane]] t'envoie dès aujourd'hui le plan validé par [[O:Comexposium]].

Pour le transport des échantillons jusqu'à [[L:Villepinte]], nous passerons par [[O:Transports Le Bihan]] ; ils peuvent charger chez vous à [[L:Douarnenez]] le 14 octobre au matin puis chez nous à [[L:Quimper]]. Je te confirme le tarif d'ici vendredi.

Bonne journée,
[[P:Maëlle]]

--
[[P:Maëlle Kerbrat]]
Responsable export
[[O:Biscuiterie de l'Odet]]
Zone de Kerdroniou – 29000 [[L:Quimper]]

-----Message d'origine-----
De : [[P:Yannick Bertholon]]
Envoyé : mercredi 11 juin 2025 17:22
À : [[P:Maëlle Kerbrat]]
Objet : salon d'octobre – stand commun et transport

Salut [[P:Maëlle]],

Comme évoqué au téléphone, [[O:Bretagne Commerce International]] nous propose un emplacement de 36 m² sur le pavillon régional, à partager entre deux entreprises. Avec [[O:Conserverie Bertholon]], on prendrait volontiers la moitié, et je me suis dit que la [[O:Biscuiterie de l'Odet]] serait le partenaire idéal : nos produits se complètent et nos acheteurs italiens et japonais sont souvent les mêmes.

La [[O:Région Bretagne]] prend en charge 40 % du coût du stand pour les entreprises de moins de 50 salariés, ce qui est notre cas à tous les deux. Il faudrait déposer le dossier avant le 30 juin.

Dis-moi si cela te tente.

[[P:Yannick]]

[[P:Yannick Bertholon]] – Directeur général – [[O:Conserverie Bertholon SARL]] – [[L:Douarnenez]]
""")

d("fr", "supplier_contract", """
CONTRAT DE PRESTATION DE SERVICES INFORMATIQUES

ENTRE LES SOUSSIGNÉS :

Le [[O:Groupe Hospitalier Mutualiste Les Tilleuls]], association régie par la loi du 1er juillet 1901, dont le siège est situé 7, boulevard Gambetta, 38000 [[L:Grenoble]], représentée par M. [[P:Hervé Dumoulin-Roche]], directeur général,
ci-après dénommée « le Client » ou « [[O:GHM Les Tilleuls]] »,

ET

La société [[O:Altaïs Infogérance SAS]], société par actions simplifiée au capital de 250 000 €, immatriculée au RCS de [[L:Annecy]] sous le numéro 834 221 906, dont le siège est situé 3, rue de la Paix, 74000 [[L:Annecy]], représentée par Mme [[P:Claire-Marie Jourdan]], présidente,
ci-après dénommée « le Prestataire » ou « [[O:Altaïs]] »,

IL A ÉTÉ CONVENU CE QUI SUIT :

Article 1 – Objet
Le présent contrat a pour objet l'infogérance du système d'information du Client, comprenant la supervision des serveurs, le support aux utilisateurs des trois établissements de [[L:Grenoble]], [[L:Voiron]] et [[L:Échirolles]], ainsi que la sauvegarde externalisée des données.

Article 2 – Hébergement des données de santé
[[O:Altaïs]] s'engage à héberger les données de santé exclusivement auprès d'un hébergeur certifié HDS. À la date de signature, l'hébergeur retenu est [[O:OVHcloud]], sur son centre de données de [[L:Roubaix]]. Tout changement d'hébergeur est soumis à l'accord préalable écrit du Client et à l'information de son délégué à la protection des données.

Article 3 – Niveaux de service
Le Prestataire garantit un taux de disponibilité de 99,8 % et un délai d'intervention de deux heures pour les incidents bloquants. Les pénalités applicables figurent en annexe 2.

Article 4 – Prix
Le prix forfaitaire annuel est fixé à 186 000 € HT, révisable chaque année selon l'indice Syntec.

Article 5 – Durée
Le contrat prend effet le 1er mars 2025 pour une durée de trois ans.

Article 6 – Litiges
À défaut d'accord amiable, tout litige sera porté devant le [[O:Tribunal judiciaire de Grenoble]].

Fait à [[L:Grenoble]], le 14 février 2025, en deux exemplaires.

Pour [[O:GHM Les Tilleuls]] : [[P:Hervé Dumoulin-Roche]]
Pour [[O:Altaïs Infogérance]] : [[P:Claire-Marie Jourdan]]
""")

d("fr", "meeting_minutes", """
[[O:Bâtiments Ravier & Fils]] – Compte rendu de réunion de chantier n° 14

Opération : construction de 42 logements sociaux, îlot Pasteur, [[L:Angers]]
Maître d'ouvrage : [[O:Angers Loire Habitat]]
Maîtrise d'œuvre : [[O:Atelier Lumen Architectes]]
Date : mardi 8 avril 2025, 14 h, bungalow de chantier

Présents :
M. [[P:Loïc Ravier]] ([[O:Ravier & Fils]], gros œuvre, mandataire)
Mme [[P:Solène Aubertin]] ([[O:Angers Loire Habitat]])
M. [[P:Théo Vandamme]] ([[O:Atelier Lumen]])
M. [[P:Karim Meziane]] ([[O:Menuiseries Gaborit]], lot 6)
M. [[P:Patrice Lhuillier]] ([[O:Socotec]], contrôleur technique)
Absent excusé : M. [[P:Denis Cormerais]] ([[O:Électricité Cormerais SARL]], lot 9)

1. Avancement
Le gros œuvre du bâtiment B est achevé ; le plancher haut du R+4 du bâtiment C a été coulé le 3 avril. Le retard cumulé est ramené à six jours ouvrés, dont quatre jours d'intempéries justifiés par les relevés de [[O:Météo-France]].

2. Menuiseries extérieures
M. [[P:Meziane]] confirme la livraison des fenêtres du bâtiment A pour la semaine 17. [[O:Gaborit]] demande que les réservations soient vérifiées avant la pose ; M. [[P:Ravier]] s'y engage d'ici le 15 avril.

3. Contrôle technique
M. [[P:Lhuillier]] signale deux réserves sur les garde-corps des balcons du bâtiment B. [[O:Socotec]] transmettra son rapport sous huit jours. [[O:Atelier Lumen]] proposera une solution de fixation corrigée.

4. Sécurité
Le coordonnateur SPS rappelle le port obligatoire du harnais en rive de toiture. Un rappel écrit sera adressé à toutes les entreprises, y compris aux sous-traitants de l'entreprise [[O:Cormerais]].

5. Divers
Mme [[P:Aubertin]] informe que la visite des élus de la [[O:Ville d'Angers]] et de [[O:Angers Loire Métropole]] est prévue le 6 mai à 10 h. Le chantier devra être rangé et les accès dégagés.

Prochaine réunion : mardi 15 avril 2025 à 14 h.

Rédigé par [[P:Loïc Ravier]], diffusé à l'ensemble des participants.
""")

d("fr", "press_release", """
COMMUNIQUÉ DE PRESSE

[[O:Verlumo]] lève 18 millions d'euros pour industrialiser ses vitrages photovoltaïques

[[L:Toulouse]], le 3 juin 2025 – [[O:Verlumo SAS]], start-up issue du laboratoire [[O:LAAS-CNRS]], annonce une levée de fonds de 18 millions d'euros menée par [[O:Supernova Invest]], avec la participation de [[O:Bpifrance]], via son fonds French Tech Souveraineté, et de ses investisseurs historiques [[O:IRDI Capital Investissement]] et [[O:Crédit Agricole Toulouse 31]].

Fondée en 2020 par [[P:Apolline Marchetti]] et [[P:Rémi Ouedraogo]], [[O:Verlumo]] a mis au point un film semi-transparent qui transforme les vitrages de bâtiments tertiaires en surfaces productrices d'électricité, sans altérer la lumière naturelle. La technologie a déjà été testée sur le siège de [[O:Toulouse Métropole]] et sur un immeuble de bureaux de [[O:Icade]] à [[L:Lyon]].

Les fonds serviront à construire une ligne pilote de 12 000 m² par an à [[L:Colomiers]], où 60 emplois seront créés d'ici 2027, et à renforcer l'équipe commerciale en [[L:Allemagne]] et au [[L:Benelux]]. La [[O:Région Occitanie]] accompagne le projet par une avance remboursable de 2,5 millions d'euros accordée par son agence de développement, [[O:AD'OCC]].

« Cette levée nous permet de passer du démonstrateur à l'usine. Nous voulons prouver qu'une technologie née à [[L:Toulouse]] peut être produite à [[L:Toulouse]] », déclare [[P:Apolline Marchetti]], présidente de [[O:Verlumo]].

« Le marché de la rénovation énergétique des bureaux est immense, et [[O:Verlumo]] dispose d'une avance technologique réelle », ajoute [[P:Laurent Vasseur-Dufay]], directeur associé chez [[O:Supernova Invest]], qui rejoint le conseil d'administration.

[[O:Verlumo]] a été conseillée par le cabinet [[O:Racine Avocats]] ; les investisseurs par [[O:Fidal]].

Contact presse :
[[P:Camille Estrade]] – agence [[O:Oxygen RP]]
""")

d("fr", "annual_report", """
[[O:Groupe Montclair SA]]
Document d'enregistrement universel 2024 – Extrait du rapport de gestion

1. Faits marquants de l'exercice

L'exercice 2024 a été marqué par la finalisation de l'acquisition de [[O:Charpentes Nollet]], entreprise familiale de [[L:Saint-Dié-des-Vosges]] spécialisée dans la construction bois, et par le lancement de l'usine de modules préfabriqués de [[L:Épinal]]. Le chiffre d'affaires consolidé du [[O:Groupe Montclair]] s'établit à 1 284 millions d'euros, en hausse de 3,1 % à périmètre courant et en retrait de 0,6 % à périmètre constant.

Le pôle Génie civil, porté par la filiale [[O:Montclair Travaux Publics SAS]], a bénéficié de la montée en charge de ses chantiers pour [[O:SNCF Réseau]] et de deux marchés de la [[O:Société des grands projets]] autour de la future ligne 15, dont le chantier de la gare de [[L:Champigny-sur-Marne]]. Son chiffre d'affaires progresse de 9,4 %.

Le pôle Bâtiment a souffert du recul de la construction neuve de logements en [[L:Île-de-France]] et dans le [[L:Grand Est]]. Les prises de commandes auprès des bailleurs sociaux, notamment [[O:CDC Habitat]] et [[O:Vilogia]], ont toutefois permis de limiter la baisse de l'activité au second semestre.

2. Gouvernance

Lors de l'assemblée générale du 22 mai 2024, Mme [[P:Hélène Thibergien]] a été nommée administratrice indépendante. Elle a effectué l'essentiel de sa carrière chez [[O:Saint-Gobain]], où elle dirigeait en dernier lieu les activités de distribution en [[L:Scandinavie]]. M. [[P:Arnaud de Montclair]], président-directeur général, a vu son mandat renouvelé pour quatre ans.

3. Perspectives

Dans un marché qui devrait rester difficile en 2025, [[O:Montclair]] se fixe pour objectifs une marge opérationnelle courante d'au moins 4,5 % et un endettement net inférieur à une fois l'EBITDA. Le groupe poursuivra sa stratégie d'acquisitions ciblées dans la construction bois, en [[L:France]] comme en [[L:Belgique]].

Les comptes consolidés ont été certifiés sans réserve par les commissaires aux comptes, [[O:Deloitte & Associés]] et [[O:Grant Thornton]]. Ils seront soumis à l'approbation de l'assemblée générale du 21 mai 2025 à [[L:Nancy]].
""")

d("fr", "news_article", """
Papeterie : le site de [[L:Saint-Girons]] repris par un industriel italien

Par [[P:Bérénice Castagnède]]

Le tribunal a tranché. Réuni mercredi, le [[O:Tribunal de commerce de Toulouse]] a retenu l'offre de reprise du groupe italien [[O:Cartiera Valtellina S.p.A.]] pour les [[O:Papeteries de l'Arize]], placées en redressement judiciaire depuis le mois de mars. Sur les 212 salariés du site ariégeois, 164 conserveront leur emploi.

L'offre concurrente, déposée par le fonds [[O:Aurignac Partners]], prévoyait de garder davantage de personnel mais n'apportait, selon l'administrateur judiciaire, Me [[P:Frédérique Saint-Arroman]], « aucune garantie crédible sur le financement des investissements ». [[O:Cartiera Valtellina]], qui exploite déjà trois usines en [[L:Lombardie]] et une en [[L:Slovénie]], s'engage à investir 23 millions d'euros dans une nouvelle chaudière biomasse et dans la modernisation de la machine à papier n° 2.

« C'est un soulagement, mais c'est aussi 48 familles qui restent sur le carreau », réagit [[P:Jean-Baptiste Larrieu]], délégué syndical [[O:CGT]] de l'usine. La [[O:CFDT]] a, de son côté, salué un « compromis réaliste ».

L'entreprise, fondée en 1887, produit des papiers fins destinés notamment aux étiquettes de vin et de spiritueux. Ses difficultés s'expliquent par la flambée du prix de l'énergie en 2022 et la perte d'un contrat important avec le groupe de cognac [[O:Rémy Cointreau]], passé chez un concurrent portugais.

Le nouveau directeur du site, [[P:Matteo Bregaglia]], jusqu'ici responsable de l'usine de [[L:Sondrio]], a promis de rencontrer les représentants du personnel dès la semaine prochaine. Le préfet de l'[[L:Ariège]] et la présidente du [[O:Conseil départemental de l'Ariège]] ont annoncé la création d'une cellule d'accompagnement avec [[O:France Travail]] pour les salariés licenciés.

La [[O:Région Occitanie]] avait proposé en juillet une avance de 1,5 million d'euros aux candidats à la reprise. Elle sera versée à [[O:Cartiera Valtellina]] sous réserve du maintien de l'activité à [[L:Saint-Girons]] pendant au moins cinq ans.
""")

d("fr", "job_reference", """
[[O:Cabinet Lestrade Fournier Expertise]]
Société d'expertise comptable inscrite au tableau de l'[[O:Ordre des experts-comptables de Nouvelle-Aquitaine]]
27, cours de l'Intendance – 33000 [[L:Bordeaux]]

[[L:Bordeaux]], le 30 septembre 2024

LETTRE DE RECOMMANDATION

Je soussignée, [[P:Véronique Lestrade]], associée gérante du [[O:Cabinet Lestrade Fournier]], certifie que M. [[P:Anthony Ngassa]] a travaillé au sein de notre cabinet du 1er septembre 2020 au 31 août 2024, en qualité de collaborateur comptable, puis de chef de mission à compter de janvier 2023.

[[P:Anthony Ngassa]] a rejoint le cabinet à l'issue de son master en comptabilité, contrôle et audit obtenu à l'[[O:IAE Bordeaux]]. Très rapidement, il a pris en charge un portefeuille d'une soixantaine de dossiers de TPE et PME, principalement dans la viticulture et le négoce de vins du [[L:Médoc]] et de l'[[L:Entre-deux-Mers]]. Il a également participé à la mission d'audit contractuel que nous réalisons chaque année pour une cave coopérative de l'[[L:Entre-deux-Mers]] et a suivi la première certification environnementale d'un domaine à [[L:Pauillac]].

En tant que chef de mission, il encadrait deux collaborateurs et assurait la relation avec nos clients les plus importants, parmi lesquels la maison de négoce [[O:Dulac-Arnaudin]] et la société de transport [[O:Transports Labadie]]. Son sens de la pédagogie a été particulièrement apprécié lors du passage de nos clients à la facturation électronique.

Rigoureux, disponible et d'une grande honnêteté, M. [[P:Ngassa]] s'est toujours montré soucieux de la qualité de son travail et de l'esprit d'équipe. Mon associé, M. [[P:Grégoire Fournier]], qui a supervisé son stage d'expertise comptable, partage pleinement cette appréciation.

M. [[P:Ngassa]] nous quitte à sa demande pour rejoindre la direction financière d'un groupe industriel à [[L:Pau]]. Nous regrettons son départ et le recommandons sans réserve à tout employeur.

Cette lettre lui est remise pour servir et valoir ce que de droit.

[[P:Véronique Lestrade]]
Associée gérante
""")

d("fr", "cv", """
[[P:Noémie Tremblay-Ouellet]]
Ingénieure en génie des procédés
[[L:Montréal]] ([[L:Québec]]) · 514 555-0148 · noemie.tremblay@example.ca

PROFIL
Ingénieure membre de l'[[O:Ordre des ingénieurs du Québec]], douze ans d'expérience en agroalimentaire et en pharmaceutique. Spécialiste de l'amélioration continue et de la mise en service d'équipements. Parfaitement bilingue français-anglais.

EXPÉRIENCE PROFESSIONNELLE

Depuis 2021 – Directrice de l'ingénierie, [[O:Fromagerie des Appalaches inc.]], [[L:Victoriaville]]
• Gestion d'un budget d'investissement annuel de 9 M$ et d'une équipe de sept personnes.
• Construction d'une nouvelle salle d'affinage, subventionnée par [[O:Investissement Québec]].
• Réduction de 22 % de la consommation d'eau en partenariat avec [[O:Hydro-Québec]] et le [[O:Cégep de Victoriaville]].

2016-2021 – Ingénieure de procédés, [[O:Pharmascience]], [[L:Montréal]]
• Transfert technologique de quatre produits génériques depuis l'usine de [[L:Candiac]].
• Validation des procédés selon les exigences de [[O:Santé Canada]] et de la [[O:FDA]].

2013-2016 – Ingénieure junior, [[O:Groupe Lacasse-Bérubé ltée]], [[L:Lévis]]
• Conception de lignes de conditionnement pour des clients comme [[O:Agropur]] et [[O:Olymel]].

FORMATION
2013 – Baccalauréat en génie chimique, [[O:Polytechnique Montréal]]
2019 – Certification Ceinture noire Lean Six Sigma, [[O:Université Laval]]

ENGAGEMENTS
Mentore au programme Leadership au féminin du [[O:Réseau des femmes d'affaires du Québec]] depuis 2020.
Administratrice de la [[O:Chambre de commerce et d'industrie Bois-Francs et Érable]] depuis 2023.

LANGUES
Français (langue maternelle), anglais (courant), espagnol (intermédiaire)

Références fournies sur demande.
""")

d("fr", "payment_reminder", """
[[O:Imprimerie Vandersmissen SRL]]
Chaussée de Louvain 412 – 1380 [[L:Lasne]]
TVA BE 0447.318.552 – [[O:BNP Paribas Fortis]] BE68 0012 3456 7834

[[O:Brasserie du Val de Sambre SA]]
À l'attention de M. [[P:Olivier Dethier]], comptabilité fournisseurs
Rue de la Station 18
5060 [[L:Sambreville]]

[[L:Lasne]], le 4 mars 2025

Objet : deuxième rappel – facture n° 2024/1187 du 20 novembre 2024

Monsieur,

Sauf erreur de notre part, la facture reprise ci-dessous, relative à l'impression de 180 000 étiquettes pour votre bière de saison, demeure impayée malgré notre premier rappel du 5 février :

Facture 2024/1187 – échéance 20 décembre 2024 – montant TVAC : 12 463,80 €

Nos conditions générales, que vous avez acceptées lors de l'ouverture de votre compte, prévoient qu'en cas de non-paiement à l'échéance, le montant dû est majoré de plein droit d'un intérêt de retard au taux légal applicable aux transactions commerciales ainsi que d'une indemnité forfaitaire de 40 €.

Nous avons bien noté, lors de notre entretien téléphonique avec votre directeur, M. [[P:Quentin Hautecœur]], que le retard s'expliquait par un changement de logiciel comptable. Nous vous serions toutefois reconnaissants de bien vouloir régulariser la situation au plus tard le 18 mars 2025.

À défaut, nous nous verrions contraints de confier le recouvrement de cette créance à notre conseil, le cabinet [[O:Lambotte & Dewandre]], et de porter le litige devant le [[O:Tribunal de l'entreprise du Brabant wallon]]. La présente vaut mise en demeure.

Si le paiement a été effectué entre-temps, nous vous prions de ne pas tenir compte du présent courrier.

Nous vous prions d'agréer, Monsieur, l'expression de nos salutations distinguées.

[[P:Martine Vandersmissen]]
Administratrice déléguée
[[O:Imprimerie Vandersmissen]]
""")

d("fr", "insurance_letter", """
[[O:Mutuelle d'Assurance des Artisans de l'Ouest]] ([[O:MAAO]])
Service Sinistres Professionnels
BP 60218 – 44002 [[L:Nantes]] Cedex 1

Boulangerie-pâtisserie [[O:Le Fournil de Sixtine]]
Mme [[P:Sixtine Guégan]]
4, place du Marché
56400 [[L:Auray]]

Vos références : contrat Multirisque Pro n° MP 5522-0871
Nos références : sinistre 24-031877 / AL
[[L:Nantes]], le 12 novembre 2024

Objet : dégât des eaux du 17 octobre 2024 – proposition d'indemnisation

Madame,

Suite à la déclaration de sinistre effectuée par votre agent général, M. [[P:Erwan Le Floch]], nous avons mandaté le [[O:Cabinet Gervais Expertises]] pour évaluer les dommages causés à votre fournil par la rupture d'une canalisation de l'appartement situé au-dessus de votre commerce.

Aux termes du rapport établi le 5 novembre par M. [[P:Gervais]], les dommages se décomposent comme suit :
– remise en état du laboratoire (plâtres, peintures, carrelage) : 9 840 € ;
– remplacement du pétrin et de la chambre de pousse : 14 300 € ;
– matières premières perdues : 1 120 € ;
– perte d'exploitation pendant les neuf jours de fermeture : 6 210 €.

Déduction faite de la franchise contractuelle de 380 €, nous sommes en mesure de vous proposer une indemnité totale de 31 090 €. Conformément à la convention d'indemnisation entre assureurs, nous exercerons ensuite notre recours contre l'assureur du propriétaire de l'appartement, la compagnie [[O:Groupama Loire Bretagne]].

Si cette proposition vous convient, nous vous remercions de nous retourner la lettre d'acceptation ci-jointe, datée et signée. Le règlement interviendra par virement sur votre compte ouvert au [[O:Crédit Mutuel de Bretagne]] dans un délai de dix jours.

En cas de désaccord, vous disposez de la faculté de recourir à une contre-expertise ou de saisir le service réclamations de la [[O:MAAO]], puis, le cas échéant, [[O:La Médiation de l'Assurance]].

Nous vous prions d'agréer, Madame, l'expression de nos sentiments distingués.

[[P:Aurélie Lemasson]]
Gestionnaire sinistres
[[O:MAAO]]
""")

d("fr", "court_summary", """
Note de jurisprudence – Rupture brutale d'une relation commerciale établie

[[O:Cour d'appel de Paris]], pôle 5, chambre 4, 26 mars 2025, n° 23/11842
[[O:Fromageries Berthaud SAS]] c/ [[O:Distrimax Centrale d'Achats SNC]]

Les faits

Depuis 2009, la société [[O:Fromageries Berthaud]], établie à [[L:Poligny]] dans le [[L:Jura]], fournissait des fromages à pâte pressée cuite à [[O:Distrimax Centrale d'Achats]], centrale de référencement d'un réseau de 340 supermarchés. En janvier 2022, [[O:Distrimax]] a notifié la fin du référencement avec un préavis de trois mois, au motif d'une hausse tarifaire jugée excessive. [[O:Berthaud]], dont 38 % du chiffre d'affaires dépendait de ce client, a assigné [[O:Distrimax]] sur le fondement de l'article L. 442-1, II du Code de commerce.

Par jugement du 6 avril 2023, le [[O:Tribunal de commerce de Rennes]] avait estimé le préavis suffisant, compte tenu des négociations annuelles en cours.

La décision

La cour infirme le jugement. Elle retient que la relation, longue de treize ans, était stable et que [[O:Berthaud]] pouvait légitimement s'attendre à sa poursuite. Une hausse de tarif liée à l'envolée du prix du lait et de l'énergie, au demeurant documentée par les indices publiés par [[O:FranceAgriMer]], ne constituait pas une faute grave autorisant une rupture avec un préavis aussi court. La cour fixe à douze mois la durée du préavis raisonnable et condamne [[O:Distrimax]] à verser 1,26 million d'euros au titre de la marge brute perdue.

Observations

L'arrêt s'inscrit dans une jurisprudence constante : la durée de la relation et l'état de dépendance économique du fournisseur restent déterminants. Les enseignes devront tirer les conséquences de cette décision, d'autant que la [[O:DGCCRF]] a annoncé en 2024 des contrôles renforcés des négociations commerciales dans le secteur laitier.

La société [[O:Fromageries Berthaud]] était représentée par Me [[P:Anne-Sophie Roquebrune]] ([[O:Roquebrune Avocats]], [[L:Besançon]]) ; [[O:Distrimax]] par le cabinet [[O:Vogel & Vogel]].

[[P:Guillaume Pradier-Sartre]], avocat au barreau de [[L:Lyon]]
""")

d("fr", "tender_notice", """
AVIS D'APPEL PUBLIC À LA CONCURRENCE

Section I – Pouvoir adjudicateur
[[O:Métropole Nice Côte d'Azur]], Direction de la commande publique, 5, rue de l'Hôtel de Ville, 06364 [[L:Nice]] Cedex 4.
Correspondant : Mme [[P:Laetitia Orsini-Baudoin]], cheffe du service des marchés de travaux.

Section II – Objet du marché
Intitulé : Réaménagement de la promenade et des ouvrages de protection du littoral à [[L:Cagnes-sur-Mer]] et [[L:Saint-Laurent-du-Var]].
Type de marché : travaux. Procédure : appel d'offres ouvert.
Lieu d'exécution : communes de [[L:Cagnes-sur-Mer]] et de [[L:Saint-Laurent-du-Var]] ([[L:Alpes-Maritimes]]).

Description : reprise des enrochements sur 1,8 km, création de cheminements piétons et cyclables, plantations et mobilier urbain. Les travaux seront réalisés hors saison estivale, entre octobre 2025 et mai 2027.

Allotissement :
Lot 1 – Travaux maritimes et enrochements
Lot 2 – Voirie, réseaux et revêtements
Lot 3 – Espaces verts et plantations

Section III – Conditions de participation
Les candidats produiront les références de travaux similaires réalisés au cours des cinq dernières années, les certificats de qualification professionnelle délivrés par la [[O:FNTP]] ou équivalents, ainsi que l'attestation de vigilance délivrée par l'[[O:URSSAF]]. Pour le lot 1, une autorisation d'occupation du domaine public maritime devra être sollicitée auprès de la [[O:Direction départementale des territoires et de la mer des Alpes-Maritimes]].

Section IV – Critères d'attribution
Valeur technique : 50 % (dont 15 % pour la performance environnementale) ; prix : 40 % ; délais : 10 %.

Section V – Renseignements complémentaires
Date limite de réception des offres : 23 juin 2025 à 12 h.
Une visite des lieux est organisée le 4 juin 2025 à 9 h 30 ; rendez-vous devant la capitainerie du port de [[L:Saint-Laurent-du-Var]].
L'opération bénéficie d'un cofinancement de l'[[O:Agence de l'eau Rhône Méditerranée Corse]] et de la [[O:Région Sud]].

Instance chargée des procédures de recours : [[O:Tribunal administratif de Nice]], 18, avenue des Fleurs, 06050 [[L:Nice]] Cedex 1.

Date d'envoi du présent avis : 12 mai 2025.
""")

d("fr", "complaint_letter", """
[[O:SARL Bonnefoy Restauration]]
Restaurant [[O:L'Escale Gourmande]]
Quai Jean-Charcot – 17000 [[L:La Rochelle]]

[[O:Caféa Pro Services SAS]]
Service clients professionnels
ZA des Quatre Chevaliers
17180 [[L:Périgny]]

Lettre recommandée avec accusé de réception
[[L:La Rochelle]], le 7 août 2025

Objet : pannes répétées de la machine à café – contrat de location-maintenance n° CPS-17-2291

Madame, Monsieur,

Depuis l'installation, le 2 mai dernier, de la machine expresso deux groupes louée auprès de [[O:Caféa Pro Services]], notre établissement a subi quatre pannes, dont trois en pleine saison, les 14 juillet, 26 juillet et 3 août. À chaque fois, votre technicien n'est intervenu qu'au bout de deux à trois jours, alors que le contrat prévoit une intervention sous 24 heures, week-ends compris, de juin à septembre.

Nous avons dû servir pendant ces périodes du café filtre, ce qui a suscité de nombreuses remarques de notre clientèle, dont plusieurs commentaires négatifs en ligne. Le 26 juillet, votre plateforme téléphonique nous a même indiqué qu'aucun technicien n'était disponible avant le lundi en [[L:Charente-Maritime]], le seul technicien du secteur étant en congé.

M. [[P:Fabien Charrier]], votre commercial, nous avait pourtant assuré que [[O:Caféa]] disposait d'une équipe basée à [[L:Rochefort]] et que la torréfaction partenaire, les [[O:Cafés Merlaud]], pourrait dépanner en cas d'urgence. Aucune de ces promesses n'a été tenue.

En conséquence, nous vous demandons :
– le remplacement de la machine par un modèle neuf sous huit jours ;
– le remboursement des loyers de juillet et d'août, soit 518 € HT ;
– à défaut, la résiliation du contrat sans indemnité.

Sans réponse satisfaisante de votre part sous quinze jours, nous saisirons le médiateur de la [[O:CCI La Rochelle]] avant toute action devant le [[O:Tribunal de commerce de La Rochelle]].

Veuillez agréer, Madame, Monsieur, l'expression de nos salutations distinguées.

[[P:Marion Bonnefoy]]
Gérante
""")

d("fr", "newsletter", """
LA LETTRE DU [[O:CLUSTER ARVE MÉCATRONIQUE]] – N° 38 – Octobre 2025

Édito

Chers adhérents,

La rentrée a été dense pour notre filière. Les carnets de commandes du décolletage restent solides dans le médical et l'aéronautique, mais l'automobile continue de peser sur l'activité de nombreux ateliers de la vallée. Dans ce contexte, le [[O:Cluster Arve Mécatronique]] a choisi de concentrer ses efforts sur la diversification et les compétences. Vous trouverez ci-dessous les temps forts du trimestre.

[[P:Didier Perrollaz]], président

Vie du réseau

Nous souhaitons la bienvenue à trois nouveaux adhérents : [[O:Usinage Fontaine-Mermoud]] ([[L:Marnaz]]), spécialiste des implants dentaires ; [[O:Jacquemoud Traitements de Surface]] ([[L:Cluses]]) ; et la jeune pousse [[O:Nanoveris]], installée dans la pépinière d'entreprises de [[L:Thyez]].

Le groupe [[O:Somfy]] a ouvert ses portes à une délégation de quinze adhérents le 18 septembre. Merci à [[P:Élodie Cheneval]], responsable des achats, pour la présentation de la politique fournisseurs du groupe.

Formation

En partenariat avec le [[O:Lycée Charles Poncet]] de [[L:Cluses]] et l'[[O:Université Savoie Mont Blanc]], le cluster lance en janvier une formation de technicien en métrologie en alternance. Quatorze entreprises se sont déjà engagées à accueillir un apprenti. Renseignements auprès de [[P:Julien Baud-Grasset]] au secrétariat.

International

Une mission collective est organisée au salon international de l'horlogerie et des microtechnologies de [[L:Genève]] en juin prochain, avec le soutien de [[O:Business France]] et de [[O:Auvergne-Rhône-Alpes Entreprises]]. Les entreprises intéressées doivent se manifester avant le 15 novembre.

Agenda

13 novembre : matinale « Financer sa transition énergétique » avec [[O:Bpifrance]] et la [[O:Banque de Savoie]], à [[L:Scionzier]].
4 décembre : assemblée générale du cluster, suivie de la remise du trophée de l'innovation, à [[L:Bonneville]].

Pour ne plus recevoir cette lettre, écrivez à contact@example.fr.
""")

d("fr", "due_diligence", """
PROJET CORMORAN – Synthèse des travaux d'audit d'acquisition
Destinataire : [[O:Ardent Capital Partners S.à r.l.]], [[L:Luxembourg]]
Cible : [[O:Nautisme Océan Services SAS]] (« [[O:NOS]] » ou « la Société »)
Conseils : [[O:Valmont Transactions]] (audit financier), [[O:Delsol Avocats]] (audit juridique)
Version provisoire du 19 février 2025 – strictement confidentiel

1. Présentation de la cible
[[O:NOS]] exploite cinq chantiers d'entretien et d'hivernage de bateaux de plaisance à [[L:Lorient]], [[L:La Trinité-sur-Mer]], [[L:Port-Louis]], [[L:Les Sables-d'Olonne]] et [[L:Arcachon]]. La Société emploie 112 salariés. Le chiffre d'affaires de l'exercice clos le 30 septembre 2024 s'élève à 24,6 M€, pour un EBITDA retraité de 4,1 M€.

2. Actionnariat et management
Le capital est détenu à 72 % par le fondateur, M. [[P:Gwenaël Kervella]], et à 28 % par [[O:Unexo]], la société de capital-investissement du [[O:Crédit Agricole]] en [[L:Bretagne]]. Le directeur général, M. [[P:Pierre-Yves Le Dréau]], souhaite réinvestir aux côtés d'[[O:Ardent Capital]].

3. Principaux points d'attention
a) Concessions portuaires : les chantiers de [[L:Lorient]] et de [[L:Port-Louis]] occupent des terrains du domaine public concédés par la [[O:Compagnie des Ports du Morbihan]], dont les titres expirent en 2027 et 2029. Leur renouvellement n'est pas garanti.
b) Dépendance fournisseurs : 41 % des achats de moteurs et pièces proviennent de [[O:Volvo Penta]], dans le cadre d'un contrat de distribution résiliable avec six mois de préavis en cas de changement de contrôle.
c) Social : un contentieux prud'homal est pendant devant le [[O:Conseil de prud'hommes de Lorient]] (montant réclamé : 86 k€).
d) Environnement : l'aire de carénage d'[[L:Arcachon]] a fait l'objet d'une mise en demeure de la [[O:DREAL Nouvelle-Aquitaine]] en 2023, levée depuis après des travaux de 310 k€.

4. Financement
La dette existante auprès de [[O:Arkéa Banque Entreprises et Institutionnels]] (5,8 M€) sera remboursée à la date de réalisation.

Contact : [[P:Sarah Benhamou-Leclerc]], associée, [[O:Valmont Transactions]]
""")

# ---------------------------------------------------------------- Spanish
d("es", "supplier_letter", """
[[O:Conservas Arrieta Hermanos, S.L.]]
Polígono Industrial Landabaso, parcela 7
48370 [[L:Bermeo]] ([[L:Bizkaia]])
CIF B-48277610

[[O:Supermercados Lurgorri, S.A.]]
Dirección de Compras – Sección de Alimentación Seca
A la atención de D.ª [[P:Itziar Goikoetxea Lasa]]
Avenida de Tolosa, 112
20018 [[L:San Sebastián]]

[[L:Bermeo]], 27 de enero de 2025

Asunto: revisión de tarifas de conservas de bonito para la campaña 2025

Estimada Sra. [[P:Goikoetxea]]:

Como cada año por estas fechas, le escribimos para informarle de las condiciones de suministro de [[O:Conservas Arrieta]] para la nueva campaña del bonito del norte, que comenzará previsiblemente a mediados de junio.

Según los datos de la [[O:Cofradía de Pescadores de Bermeo]], las capturas de la pasada costera fueron un 18 % inferiores a la media de los últimos cinco años, y el precio en primera venta en lonja se mantuvo en niveles muy altos. A ello se suma el encarecimiento del aceite de oliva, que adquirimos a la [[O:Cooperativa Olivarera Nuestra Señora de los Remedios]] de [[L:Jaén]], y de la hojalata, cuyo principal proveedor, [[O:Tata Steel]], ha aplicado dos subidas desde el verano.

Por todo ello, nos vemos obligados a aplicar a partir del 1 de marzo un incremento medio del 6,8 % sobre la tarifa vigente. Las referencias de marca propia de [[O:Lurgorri]] en formato de 3 latas se revisarán solo un 4,5 %, tal como acordamos en la última reunión con su equipo en [[L:Donostia]].

Le adjuntamos la tarifa detallada por referencia. Nuestro director comercial, D. [[P:Aitor Madariaga]], se pondrá en contacto con usted la próxima semana para concertar una visita a nuestras instalaciones, donde podrá comprobar el nuevo sistema de trazabilidad que hemos implantado con el apoyo del [[O:Gobierno Vasco]] y de [[O:AZTI]].

Agradeciéndole de antemano su comprensión y la confianza que [[O:Supermercados Lurgorri]] deposita en nuestra casa desde hace más de veinte años, reciba un cordial saludo.

[[P:Begoña Arrieta Uriarte]]
Gerente
[[O:Conservas Arrieta Hermanos, S.L.]]
""")

d("es", "email_thread", """
De: [[P:Rodrigo Salvatierra]]
Enviado: martes, 8 de abril de 2025 13:05
Para: [[P:Lucía Montenegro Ibarra]]
CC: [[P:Félix Arcos]]
Asunto: RE: Retraso contenedor MSKU 4471920 – pedido 2025-117

Hola, [[P:Lucía]]:

Gracias por avisar con tiempo. Hemos hablado con el agente de aduanas en [[L:Valencia]], [[O:Tránsitos Levante]], y nos confirman que el contenedor llegó el viernes pero está retenido en la inspección fitosanitaria. Calculan que podrá salir del puerto el jueves.

Para no dejar sin stock a los clientes de [[L:Madrid]], [[P:Félix]] propone enviar mañana 60 cajas del almacén de [[L:Getafe]] y reponerlas con la mercancía retenida. ¿Os parece bien desde [[O:Frutas Montenegro]]?

Un saludo,
[[P:Rodrigo]]

[[P:Rodrigo Salvatierra]]
Jefe de Logística | [[O:Distribuciones Hortofrutícolas del Centro, S.A.]] ([[O:DIHOCESA]])
Ctra. de Villaverde a Vallecas, km 3,8, nave C-14 | 28053 [[L:Madrid]]

-----Mensaje original-----
De: [[P:Lucía Montenegro Ibarra]]
Enviado: lunes, 7 de abril de 2025 18:47
Para: [[P:Rodrigo Salvatierra]]
Asunto: Retraso contenedor MSKU 4471920 – pedido 2025-117

Buenas tardes, [[P:Rodrigo]]:

Te escribo para avisarte de que el contenedor de aguacate Hass con origen [[L:Callao]], que debía estar en vuestras instalaciones el miércoles, sufrirá un retraso. La naviera, [[O:Maersk]], nos informa de que el buque hizo escala imprevista en [[L:Cartagena de Indias]] y de que, además, la [[O:Agencia Tributaria]] ha seleccionado la partida para control documental.

Nuestro proveedor en [[L:Perú]], la cooperativa [[O:Agroexportadora Valle de Olmos]], nos ha enviado ya todos los certificados. Los tiene también [[P:Félix]] en copia.

Lamentamos las molestias. Quedo pendiente de lo que nos digáis.

Saludos cordiales,

[[P:Lucía Montenegro Ibarra]]
Directora Comercial
[[O:Frutas Montenegro e Hijos, S.L.]]
Camí del Port, s/n – 46024 [[L:Valencia]]
""")

d("es", "supplier_contract", """
CONTRATO DE DISTRIBUCIÓN EXCLUSIVA

En [[L:Zaragoza]], a 3 de marzo de 2025

REUNIDOS

De una parte, D. [[P:Ignacio Lafuente Serrano]], mayor de edad, en nombre y representación de [[O:Talleres Urquiza Maquinaria Agrícola, S.A.]] (en adelante, «[[O:Urquiza]]» o «el Fabricante»), con domicilio social en Carretera de Huesca, km 12, 50830 [[L:Villanueva de Gállego]], y CIF A-50119873, en su condición de consejero delegado.

De otra parte, D.ª [[P:Marta Benavides Olmedo]], mayor de edad, en nombre y representación de [[O:Agrosuministros del Duero, S.L.U.]] (en adelante, «[[O:Agroduero]]» o «el Distribuidor»), con domicilio en Polígono de Argales, calle Metal 9, 47008 [[L:Valladolid]], en su condición de administradora única.

EXPONEN

I. Que [[O:Urquiza]] fabrica sembradoras y gradas rotativas que comercializa en [[L:España]], [[L:Portugal]] y el norte de [[L:Marruecos]].

II. Que [[O:Agroduero]] se dedica a la venta y reparación de maquinaria agrícola en [[L:Castilla y León]] y desea distribuir en exclusiva los productos del Fabricante en dicha comunidad autónoma.

CLÁUSULAS

Primera. Objeto. [[O:Urquiza]] concede a [[O:Agroduero]] la distribución exclusiva de sus productos en las provincias de [[L:Valladolid]], [[L:Palencia]], [[L:Zamora]], [[L:Salamanca]] y [[L:Burgos]].

Segunda. Objetivos de venta. El Distribuidor se compromete a adquirir un mínimo de 85 unidades anuales. Si no se alcanza este objetivo durante dos años consecutivos, el Fabricante podrá resolver el contrato.

Tercera. Servicio técnico. El Distribuidor mantendrá un taller autorizado en [[L:Valladolid]] y al menos dos técnicos formados en la fábrica de [[L:Villanueva de Gállego]].

Cuarta. Financiación a clientes. Las partes colaborarán con [[O:Caja Rural de Soria]] y con [[O:Banco Santander]] para ofrecer financiación a los agricultores compradores.

Quinta. Duración. El contrato tendrá una duración de cinco años a contar desde su firma.

Sexta. Jurisdicción. Para cualquier controversia, las partes se someten al arbitraje de la [[O:Corte Aragonesa de Arbitraje]], con renuncia a cualquier otro fuero.

Y en prueba de conformidad, firman el presente contrato por duplicado en el lugar y fecha indicados.

Por [[O:Talleres Urquiza Maquinaria Agrícola, S.A.]]: [[P:Ignacio Lafuente Serrano]]
Por [[O:Agrosuministros del Duero, S.L.U.]]: [[P:Marta Benavides Olmedo]]
""")

d("es", "meeting_minutes", """
ACTA DE LA REUNIÓN DEL CONSEJO RECTOR
[[O:Cooperativa Agrícola Campo de Níjar, S. Coop. And.]]

Fecha: 19 de septiembre de 2025, 18:00 horas
Lugar: sala de juntas de la sede social, [[L:Campohermoso]] ([[L:Almería]])

Asistentes:
D. [[P:Sebastián Cortés Amate]], presidente
D.ª [[P:Encarnación Molina Fenoy]], vicepresidenta
D. [[P:Juan Pedro Egea Sáez]], secretario
D. [[P:Antonio Ibáñez Lirola]], tesorero
D.ª [[P:Rocío Jerez Martos]], vocal
Invitado: D. [[P:Álvaro Quesada]], gerente

1. Lectura y aprobación del acta anterior
Se aprueba por unanimidad el acta de la sesión del 18 de julio.

2. Campaña 2025-2026
El gerente, Sr. [[P:Quesada]], informa de que las previsiones de producción de tomate y pimiento son un 7 % superiores a las de la campaña anterior. La comercializadora [[O:Cabasol Fresh]], con sede en [[L:Roquetas de Mar]], ha confirmado los programas con [[O:Lidl]] y [[O:Rewe]] para [[L:Alemania]], así como un nuevo cliente en [[L:Polonia]].

3. Financiación del nuevo almacén
El tesorero expone las ofertas recibidas para financiar la ampliación del almacén de manipulado. El Consejo acuerda aceptar la de [[O:Cajamar Caja Rural]] por importe de 3,2 millones de euros a doce años y solicitar la ayuda a la inversión de la [[O:Junta de Andalucía]] en el marco de los programas operativos de las organizaciones de productores.

4. Certificaciones
La Sra. [[P:Molina]] informa de que la auditoría de GLOBALG.A.P. realizada por [[O:Bureau Veritas]] se ha superado sin no conformidades mayores.

5. Conflicto con transportista
Se da cuenta de la reclamación presentada contra [[O:Transportes Hermanos Fenoy]] por la pérdida de la cadena de frío en dos envíos a [[L:Perpiñán]]. La Sra. [[P:Molina]], por su parentesco con los administradores de dicha empresa, se abstiene en este punto. Se acuerda encargar la reclamación al despacho [[O:Uclés & Navarro Abogados]].

6. Ruegos y preguntas
D. [[P:Antonio Ibáñez]] solicita que se estudie la instalación de placas solares en las cubiertas. Se encarga un estudio a [[O:Endesa X]].

Sin más asuntos que tratar, se levanta la sesión a las 20:15 horas.

El secretario, [[P:Juan Pedro Egea Sáez]]   V.º B.º El presidente, [[P:Sebastián Cortés Amate]]
""")

d("es", "press_release", """
NOTA DE PRENSA

[[O:Grupo Elcano Logística]] inaugura en [[L:Illescas]] su mayor plataforma de comercio electrónico

[[L:Illescas]] ([[L:Toledo]]), 22 de octubre de 2025. [[O:Grupo Elcano Logística, S.A.]] ha inaugurado hoy una plataforma logística de 64.000 metros cuadrados en el principal polígono industrial de la localidad, que dará servicio a clientes de comercio electrónico de moda y electrónica de consumo. La inversión asciende a 71 millones de euros y generará unos 450 empleos directos cuando alcance plena actividad en 2026.

El acto ha contado con la presencia del presidente de [[O:Elcano]], [[P:Fernando Ruiz de Azúa]], de la directora general de Empresas de la [[O:Junta de Comunidades de Castilla-La Mancha]], [[P:Pilar Sánchez-Cuenca]], y de representantes del [[O:Ayuntamiento de Illescas]] y de la [[O:Cámara de Comercio de Toledo]].

La nave, promovida por [[O:Merlin Properties]] y construida por [[O:Ferrovial]], dispone de un sistema automatizado de clasificación suministrado por la empresa vasca [[O:Ulma Handling Systems]] capaz de procesar 30.000 pedidos por hora. Su cubierta alberga una instalación fotovoltaica de 9 megavatios que cubrirá la mayor parte del consumo eléctrico del centro.

«Con esta plataforma podemos entregar en menos de 24 horas en el 80 % de la península», ha destacado [[P:Ruiz de Azúa]]. «Hemos elegido [[L:Illescas]] por su ubicación entre [[L:Madrid]] y [[L:Toledo]] y por el talento que estamos encontrando en la comarca de [[L:La Sagra]]».

[[O:Elcano]] ha firmado un convenio con el [[O:Servicio Público de Empleo Estatal]] y con el instituto de formación profesional de la localidad para formar a personas desempleadas en manejo de carretillas y sistemas de almacén.

Sobre [[O:Grupo Elcano Logística]]
Fundado en 1987 en [[L:Bilbao]], [[O:Grupo Elcano]] es uno de los principales operadores logísticos independientes de [[L:España]], con 38 centros en [[L:España]], [[L:Portugal]] y [[L:Marruecos]], 5.200 empleados y una facturación de 1.140 millones de euros en 2024.

Contacto de prensa:
[[P:Nerea Olabarrieta]] – Dirección de Comunicación
prensa@example.es – 944 555 210
""")

d("es", "annual_report", """
[[O:Renovables del Cierzo, S.A.]]
Informe de Gestión Consolidado 2024 – Extracto

1. Evolución del negocio

El ejercicio 2024 ha sido el primero completo tras la salida a bolsa de [[O:Renovables del Cierzo]] en el [[O:BME Growth]]. El importe neto de la cifra de negocios alcanzó los 214,7 millones de euros, un 12,3 % más que en 2023, gracias a la entrada en operación de los parques eólicos de [[L:Borja]] y [[L:Ejea de los Caballeros]] y de la planta solar de [[L:Fuendetodos]], todos ellos en la provincia de [[L:Zaragoza]].

La producción total fue de 1.612 GWh. El 38 % de la energía se vendió mediante contratos de compraventa a largo plazo, entre ellos los firmados con [[O:Saica]] y con [[O:Mercadona]], y el resto en el mercado mayorista gestionado por [[O:OMIE]]. La caída de los precios mayoristas en primavera redujo el ingreso medio por megavatio hora un 19 %.

2. Financiación

En junio la Sociedad cerró la refinanciación de su deuda de proyecto por 640 millones de euros con un sindicato de bancos liderado por [[O:BBVA]], [[O:CaixaBank]] e [[O:Ibercaja]], con la participación del [[O:Banco Europeo de Inversiones]]. Parte de la financiación tiene la calificación de préstamo verde conforme a los principios de la [[O:Loan Market Association]].

3. Hechos posteriores

En febrero de 2025, [[O:Renovables del Cierzo]] alcanzó un acuerdo con [[O:Aragonesa de Hidrógeno Verde, S.L.]] para el suministro de electricidad a su futuro electrolizador de [[L:Andorra]] ([[L:Teruel]]). El acuerdo está sujeto a la concesión de las ayudas del PERTE de energías renovables.

4. Gobierno corporativo

La Junta General de 26 de junio nombró consejera independiente a D.ª [[P:Yolanda Gimeno Lacasta]], antigua directora financiera de [[O:Pikolin]]. D. [[P:Carlos Bernués]], presidente ejecutivo y fundador, mantiene una participación del 31 % en el capital.

La [[O:Comisión Nacional del Mercado de Valores]] ([[O:CNMV]]) no ha formulado requerimientos sobre la información financiera del ejercicio. Las cuentas anuales han sido auditadas por [[O:Ernst & Young, S.L.]]

[[L:Zaragoza]], 27 de marzo de 2025
""")

d("es", "news_article", """
La textil [[O:Hilaturas Ferrándiz]] presenta concurso de acreedores y pone en riesgo 230 empleos en [[L:Alcoy]]

[[P:Inmaculada Vercher]] | [[L:Alcoy]]

La empresa [[O:Hilaturas Ferrándiz, S.A.]], una de las firmas históricas del sector textil de la comarca de l'[[L:Alcoià]], ha solicitado la declaración de concurso voluntario de acreedores ante el [[O:Juzgado de lo Mercantil n.º 3 de Alicante]]. La compañía, que fabrica hilos técnicos para automoción y tejidos ignífugos, acumula una deuda cercana a los 38 millones de euros, según fuentes conocedoras del proceso.

El consejero delegado, [[P:Vicent Ferrándiz Pla]], tercera generación de la familia fundadora, atribuye la situación a la caída de los pedidos de los fabricantes de automóviles alemanes y a la competencia de productores de [[L:Turquía]] y [[L:China]]. «Hemos intentado hasta el último momento un acuerdo con los bancos, pero no ha sido posible», explicó ayer en una reunión con la plantilla.

Entre los principales acreedores figuran [[O:Banco Sabadell]], [[O:Caixa Popular]] y el [[O:Instituto Valenciano de Finanzas]], que concedió en 2022 un préstamo de cinco millones para la modernización de la planta de hilatura. También tiene deudas con la [[O:Tesorería General de la Seguridad Social]], aunque la empresa asegura estar al corriente de pago de las nóminas.

Los sindicatos [[O:CCOO]] y [[O:UGT]] han convocado una concentración para el próximo lunes frente a la fábrica. «La plantilla ya aceptó un ERTE el año pasado; no puede ser siempre la que pague», señaló [[P:Amparo Seguí]], secretaria comarcal de [[O:CCOO Industria]].

El alcalde ha pedido a la [[O:Generalitat Valenciana]] que medie para buscar un inversor. Según ha podido saber este periódico, el grupo portugués [[O:Tintex Textiles]] y un fondo especializado en reestructuraciones, [[O:Alantra]], habrían mostrado interés por la unidad productiva.

La patronal [[O:ATEVAL]] recordó que el textil da empleo a cerca de 20.000 personas en las comarcas de [[L:Alicante]] y [[L:Valencia]] y reclamó un plan de apoyo frente a los costes energéticos.
""")

d("es", "job_reference", """
[[O:Estudio Ribalta Arquitectura e Interiorismo, S.L.P.]]
Carrer de Provença, 288, 3.º 1.ª
08008 [[L:Barcelona]]

[[L:Barcelona]], 14 de julio de 2025

CARTA DE RECOMENDACIÓN

A quien corresponda:

Por la presente, hago constar que D.ª [[P:Valentina Oyarzún Riquelme]], con NIE Y-4418723-K, ha trabajado en [[O:Estudio Ribalta]] desde el 1 de febrero de 2021 hasta el 30 de junio de 2025 como arquitecta proyectista y, desde 2023, como coordinadora del área de interiorismo comercial.

[[P:Valentina]] llegó a [[L:Barcelona]] desde [[L:Santiago de Chile]], donde había obtenido su título en la [[O:Pontificia Universidad Católica de Chile]], y completó después el máster en diseño de interiores de la [[O:Escola Tècnica Superior d'Arquitectura de Barcelona]]. Desde el primer día demostró una capacidad de trabajo y una sensibilidad estética poco habituales.

Entre los proyectos que ha dirigido destacan el diseño de catorce tiendas de la cadena de moda [[O:Bimba y Lola]] en [[L:España]] y [[L:Portugal]], la nueva sede de la aseguradora [[O:Mutua Egarense]] en [[L:Terrassa]] y la rehabilitación de una antigua fábrica textil para el [[O:Ajuntament de Sabadell]]. En todos ellos cumplió los plazos y presupuestos acordados.

Su trato con los clientes, los industriales y los equipos de obra ha sido siempre excelente. Domina Revit y los programas de visualización habituales, y habla castellano, catalán e inglés con fluidez.

[[P:Valentina]] deja el estudio por voluntad propia para trasladarse a [[L:Valencia]], donde se incorporará a un estudio de arquitectura. Lamentamos su marcha y la recomendamos sin reservas para cualquier puesto de responsabilidad en el ámbito de la arquitectura y el diseño de interiores.

Quedo a disposición de quien lo necesite para ampliar esta información en el teléfono 93 555 48 20.

Atentamente,

[[P:Jordi Ribalta i Bosch]]
Arquitecto colegiado n.º 31.842 del [[O:Col·legi d'Arquitectes de Catalunya]]
Socio director
""")

d("es", "cv", """
CURRÍCULUM VITAE

[[P:Emiliano Zubizarreta Catalán]]
[[L:Ciudad de México]], [[L:México]] · +52 55 5555 0193 · emiliano.zubizarreta@example.mx

PERFIL PROFESIONAL
Ingeniero industrial con catorce años de experiencia en cadena de suministro para la industria automotriz y de bienes de consumo. Experiencia en apertura de plantas, relación con proveedores de [[L:Asia]] y certificación IATF 16949.

EXPERIENCIA

2020 – actualidad | Gerente de Cadena de Suministro
[[O:Autopartes Sierra Madre, S.A. de C.V.]], [[L:Saltillo]], [[L:Coahuila]]
- Responsable de compras, planeación y logística para clientes como [[O:General Motors]] y [[O:Stellantis]].
- Lideré la relocalización de proveedores desde [[L:China]] hacia el [[L:Bajío]], con un ahorro anual de 4,2 millones de dólares.
- Coordinación con el [[O:Servicio de Administración Tributaria]] para la certificación de empresa bajo el esquema IMMEX.

2015 – 2020 | Jefe de Planeación de Materiales
[[O:Grupo Bimbo]], planta [[L:Toluca]]
- Planeación de materias primas para once líneas de producción.
- Implantación de SAP IBP en coordinación con el equipo corporativo de [[L:Santa Fe]].

2011 – 2015 | Ingeniero de Procesos
[[O:Industrias Quintanilla Garza]], [[L:Monterrey]], [[L:Nuevo León]]

FORMACIÓN
2018 – 2020 | Maestría en Administración de Empresas, [[O:EGADE Business School]] del [[O:Tecnológico de Monterrey]]
2006 – 2011 | Ingeniería Industrial y de Sistemas, [[O:Universidad Nacional Autónoma de México]] ([[O:UNAM]])

CERTIFICACIONES
Certified Supply Chain Professional, [[O:ASCM]] (2019)
Green Belt Lean Six Sigma (2016)

IDIOMAS
Español (nativo), inglés (avanzado, TOEFL 108), mandarín (básico)

OTROS
Miembro de la [[O:Asociación Mexicana de Logística y Cadena de Suministro]]. Voluntario en [[O:Enseña por México]].

Referencias disponibles a solicitud.
""")

d("es", "payment_reminder", """
BUROFAX

Remitente: [[O:Gráficas Almansa Impresores, S.L.]]
Calle de la Imprenta, 14 – 02640 [[L:Almansa]] ([[L:Albacete]])

Destinatario: [[O:Ediciones Tamariz, S.L.]]
A la atención de D. [[P:Héctor Tamariz Villanueva]], administrador
Paseo de la Castellana, 171, 6.º
28046 [[L:Madrid]]

En [[L:Almansa]], a 11 de febrero de 2025

Asunto: requerimiento fehaciente de pago

Muy señor mío:

Por medio del presente le requiero formalmente, en nombre de [[O:Gráficas Almansa Impresores, S.L.]], para que en el plazo de diez días naturales desde la recepción de este burofax proceda al pago de las siguientes facturas, vencidas y no atendidas pese a nuestros recordatorios de 15 de noviembre y 20 de diciembre de 2024:

- Factura 2024/0712, de 30 de julio de 2024 (impresión de 6.000 ejemplares de la novela «El invierno de los faros»): 18.742,50 €
- Factura 2024/0938, de 27 de septiembre de 2024 (reimpresión de 2.500 ejemplares del mismo título): 7.115,00 €

Total adeudado: 25.857,50 €, IVA incluido.

Le recuerdo que, conforme a la Ley 3/2004, de medidas de lucha contra la morosidad en las operaciones comerciales, la cantidad adeudada devenga intereses de demora desde la fecha de vencimiento, además de la indemnización por costes de cobro.

Nos consta que la distribuidora [[O:Azeta Distribuciones]] ha liquidado a [[O:Ediciones Tamariz]] las ventas del último trimestre, por lo que no entendemos el motivo del impago. Nuestra comercial, D.ª [[P:Araceli Cuenca]], ha intentado en varias ocasiones hablar con su departamento de administración sin obtener respuesta.

Transcurrido el plazo indicado sin que se haya producido el pago en la cuenta de [[O:Globalcaja]] que figura en las facturas, daremos traslado del asunto a nuestro abogado, D. [[P:Salvador Iniesta Marco]], para que inicie el correspondiente procedimiento monitorio ante los juzgados de [[L:Madrid]], y comunicaremos la incidencia a los ficheros de solvencia patrimonial.

Atentamente,

[[P:Concepción Almansa Gil]]
Administradora
[[O:Gráficas Almansa Impresores]]
""")

d("es", "bank_letter", """
[[O:Banco Sabadell]]
Banca de Empresas – Centro de Empresas [[L:Murcia]]
Gran Vía Escultor Salzillo, 19 – 30004 [[L:Murcia]]

[[O:Jardinería y Viveros Alhama, S.L.]]
A la atención de D. [[P:Ginés Lorente Ruipérez]]
Carretera de Mazarrón, km 4
30840 [[L:Alhama de Murcia]]

[[L:Murcia]], 5 de mayo de 2025

Asunto: aprobación de préstamo para inversión con aval público

Estimado Sr. [[P:Lorente]]:

Nos complace comunicarle que el comité de riesgos de [[O:Banco de Sabadell, S.A.]] ha aprobado la operación solicitada por [[O:Jardinería y Viveros Alhama]] en las siguientes condiciones:

- Importe: 420.000 euros
- Finalidad: construcción de un invernadero multicapilla de 1,2 hectáreas y adquisición de un sistema de riego por goteo
- Plazo: 7 años, con 12 meses de carencia de principal
- Tipo de interés: euríbor a 12 meses + 1,65 %, revisable anualmente
- Comisión de apertura: 0,50 %
- Garantía: aval del [[O:Instituto de Crédito Oficial]] ([[O:ICO]]) por el 50 % del principal y afianzamiento personal de los socios

Asimismo, le informamos de que la sociedad podría beneficiarse de una bonificación de intereses a través del programa de apoyo al regadío eficiente del [[O:Instituto de Fomento de la Región de Murcia]] ([[O:INFO]]). Para ello deberá presentar la solicitud antes del 30 de junio. Nuestro gestor especialista en el sector agroalimentario, D. [[P:Pedro José Munuera]], puede ayudarle a preparar la documentación.

Para la formalización de la operación, que se realizará ante el notario D. [[P:Rafael Bolarín Sáez]] de [[L:Totana]], necesitaremos los siguientes documentos: cuentas anuales de 2024 depositadas en el [[O:Registro Mercantil de Murcia]], presupuesto definitivo de la empresa instaladora [[O:Invernaderos Agrotecnia del Sureste]] y licencia de obras del [[O:Ayuntamiento de Alhama de Murcia]].

Agradeciéndole la confianza depositada en nuestra entidad, reciba un cordial saludo.

[[P:Noelia Carrasco Abellán]]
Directora de Banca de Empresas
[[O:Banco Sabadell]]
""")

d("es", "arbitration_summary", """
RESUMEN DE LAUDO ARBITRAL

Institución: [[O:Corte Civil y Mercantil de Arbitraje]] ([[O:CIMA]])
Procedimiento: 2023/041
Demandante: [[O:Ingeniería Térmica Iberia, S.A.]] («[[O:ITISA]]»)
Demandada: [[O:Cementos del Guadalquivir, S.A.]] («[[O:Cemguad]]»)
Fecha del laudo: 17 de enero de 2025

Antecedentes

En 2021, [[O:Cemguad]] encargó a [[O:ITISA]] el diseño, suministro y montaje de un sistema de recuperación de calor en su fábrica de [[L:Alcalá de Guadaíra]] ([[L:Sevilla]]), por un precio cerrado de 14,6 millones de euros. El contrato preveía la recepción provisional en marzo de 2023. Por problemas en los intercambiadores fabricados por la subcontratista [[O:Kessler Wärmetechnik GmbH]], de [[L:Stuttgart]], la recepción se retrasó hasta octubre de ese año.

[[O:Cemguad]] aplicó penalizaciones por retraso de 1,46 millones y retuvo el último hito de pago. [[O:ITISA]] sostuvo que parte del retraso se debió a la paralización de la fábrica ordenada por la propia [[O:Cemguad]] y a modificaciones tardías solicitadas por su dirección técnica, y reclamó 2,9 millones.

El tribunal

El tribunal arbitral estuvo formado por D. [[P:Luis Miguel Arizmendi Tobal]], presidente, D.ª [[P:Carmen Aldecoa Prieto]] y D. [[P:Jaime Ybarra Lasso]], con sede en [[L:Madrid]].

Decisión

El tribunal considera acreditado que cuarenta y cinco días del retraso son imputables a [[O:Cemguad]], y el resto a [[O:ITISA]], responsable frente a su cliente de los incumplimientos de su subcontratista. En consecuencia, reduce las penalizaciones a 0,98 millones y condena a [[O:Cemguad]] a abonar a [[O:ITISA]] 1.387.000 euros, más los intereses legales desde la presentación de la demanda. Cada parte soportará sus propias costas.

Representación letrada

[[O:ITISA]] estuvo representada por [[O:Garrigues]] y [[O:Cemguad]] por [[O:Pérez-Llorca]]. El perito de parte de la demandante fue [[O:Ingeniería y Peritaciones del Sur]].

Nota: el laudo es firme; ninguna de las partes ha ejercitado acción de anulación ante el [[O:Tribunal Superior de Justicia de Madrid]].
""")

d("es", "tender_notice", """
ANUNCIO DE LICITACIÓN

Entidad adjudicadora: [[O:Diputación Provincial de Cáceres]]
Servicio de Contratación – Plaza de Santa María, s/n, 10003 [[L:Cáceres]]

Número de expediente: CONT-2025/0318

1. Objeto del contrato
Servicio de transporte adaptado para personas con discapacidad usuarias de los centros ocupacionales dependientes del [[O:Consorcio Sociosanitario de la Provincia de Cáceres]], situados en [[L:Plasencia]], [[L:Trujillo]], [[L:Navalmoral de la Mata]] y [[L:Coria]].

2. División en lotes
Sí. Lote 1: rutas con destino [[L:Plasencia]] y [[L:Coria]]. Lote 2: rutas con destino [[L:Trujillo]]. Lote 3: rutas con destino [[L:Navalmoral de la Mata]].

3. Tramitación y procedimiento
Ordinaria. Procedimiento abierto sujeto a regulación armonizada.

4. Presupuesto base de licitación
1.846.200 euros (IVA excluido) para los dos años de duración inicial. Valor estimado, incluidas dos prórrogas anuales: 3.692.400 euros.

5. Financiación
El contrato se financia con fondos propios de la [[O:Diputación]] y con la aportación de la [[O:Consejería de Salud y Servicios Sociales de la Junta de Extremadura]] prevista en el convenio de 2024.

6. Requisitos de solvencia
Volumen anual de negocios igual o superior a 1,2 millones de euros en alguno de los tres últimos ejercicios. Los vehículos deberán contar con la autorización de transporte expedida por la [[O:Junta de Extremadura]]. Los conductores acreditarán formación en atención a personas con movilidad reducida, impartida por entidades como [[O:Plena Inclusión Extremadura]] o [[O:COCEMFE]].

7. Criterios de adjudicación
Precio: 51 puntos. Antigüedad media de la flota: 20 puntos. Plan de sustitución de vehículos averiados: 15 puntos. Mejoras sociales (contratación de personas con discapacidad): 14 puntos.

8. Presentación de ofertas
Exclusivamente por medios electrónicos a través de la Plataforma de Contratación del Sector Público, hasta las 14:00 horas del 9 de junio de 2025.

9. Recursos
Recurso especial en materia de contratación ante el [[O:Tribunal Administrativo Central de Recursos Contractuales]].

10. Información
Responsable del contrato: D.ª [[P:Remedios Pulido Gallardo]], jefa de sección de Servicios Sociales. Consultas jurídicas: D. [[P:Julián Rosado Carrasco]], técnico de contratación.

[[L:Cáceres]], 5 de mayo de 2025
El presidente de la [[O:Diputación de Cáceres]]
""")

d("es", "procurement_evaluation", """
INFORME DE VALORACIÓN DE OFERTAS
Expediente: SUM-2025-07 – Suministro de equipos de electromedicina
Órgano de contratación: [[O:Hospital Universitario de Cabueñes]], [[O:Servicio de Salud del Principado de Asturias]] ([[O:SESPA]])
Fecha: 24 de abril de 2025

Mesa de contratación:
Presidente: D. [[P:Arsenio Fernández Llaneza]], director de Gestión
Vocales: D.ª [[P:Covadonga Suárez Menéndez]] (jefa de Electromedicina), D. [[P:Tomás Iglesias Pando]] (Servicio Jurídico), D.ª [[P:Begoña Rubiera]] (Intervención)
Secretaria: D.ª [[P:Lorena Tuñón Vigil]]

1. Ofertas admitidas
Se presentaron cinco ofertas para el lote 1 (monitores de constantes vitales para la UCI): [[O:Philips Ibérica, S.A.U.]], [[O:Dräger Medical Hispania, S.A.]], [[O:GE Healthcare Clinical Systems]], [[O:Mindray Medical España, S.L.]] y [[O:Electromédica Cantábrica, S.L.]]. Esta última fue excluida por no acreditar la solvencia técnica exigida en el pliego.

2. Puntuación
[[O:Philips]]: criterios técnicos 42,5 / precio 33,1 / total 75,6
[[O:Dräger]]: criterios técnicos 44,0 / precio 30,8 / total 74,8
[[O:GE Healthcare]]: criterios técnicos 38,0 / precio 32,4 / total 70,4
[[O:Mindray]]: criterios técnicos 35,5 / precio 40,0 / total 75,5

3. Análisis
La oferta de [[O:Mindray]] es la más económica, con un precio un 21 % inferior al presupuesto base, pero la jefa de Electromedicina, Sra. [[P:Suárez]], señala que su sistema central de monitorización no es compatible con la historia clínica electrónica que utiliza el hospital. [[O:Dräger]] obtiene la mejor valoración técnica, en especial por la integración con los respiradores ya instalados en la UCI. La oferta de [[O:Philips]] presenta el mejor equilibrio entre calidad y precio y resulta, por una décima, la mejor puntuada.

Se ha comprobado que ninguna oferta incurre en presunción de anormalidad.

4. Propuesta
La mesa propone adjudicar el lote 1 a [[O:Philips Ibérica, S.A.U.]] por importe de 612.480 euros, IVA excluido, y requerir la documentación previa a la adjudicación. Se dará traslado de este informe a la Dirección Gerencia del [[O:SESPA]] en [[L:Oviedo]].

[[L:Gijón]], 24 de abril de 2025
""")

d("es", "complaint_reply", """
[[O:Viajes Tramontana, S.A.]]
Departamento de Atención al Cliente
Avinguda Jaume III, 22 – 07012 [[L:Palma]]
Título-licencia BAL-0412

D. [[P:Abelardo Quirós Santamarina]]
[[O:Asesoría Quirós & Llamazares]]
Calle Uría, 47, 2.º
33003 [[L:Oviedo]]

[[L:Palma]], 2 de diciembre de 2025

Ref.: su reclamación de 14 de noviembre de 2025 – expediente VT-25-09981

Estimado Sr. [[P:Quirós]]:

Hemos recibido su reclamación relativa al viaje de incentivo organizado para los empleados de [[O:Asesoría Quirós & Llamazares]] a [[L:Lisboa]] entre el 24 y el 27 de octubre, y lamentamos sinceramente los inconvenientes sufridos por su grupo.

Tras revisar el expediente con nuestra coordinadora de grupos, [[P:Marina Sbert]], y con nuestro corresponsal en [[L:Portugal]], [[O:Lusitânia Incoming, Lda.]], podemos confirmarle lo siguiente:

1. La cancelación del vuelo de regreso fue decidida por la compañía aérea, [[O:Iberia]], por una huelga del personal de tierra en el aeropuerto de [[L:Lisboa]]. Se trata de una circunstancia ajena a nuestra agencia; no obstante, ya hemos tramitado en nombre de los catorce viajeros la compensación prevista en el reglamento europeo, que deberá abonarles la aerolínea directamente.

2. Reconocemos, en cambio, que el hotel asignado la última noche no correspondía a la categoría contratada. Nuestro corresponsal tuvo que realojar al grupo con poca antelación y no les informó adecuadamente. Por ello, [[O:Viajes Tramontana]] les reembolsará la diferencia de precio, 1.260 euros, más una compensación adicional de 700 euros.

3. El coste de las cenas del día 27, que usted cifra en 532 euros, será igualmente reembolsado previa presentación de los justificantes.

El importe total se transferirá a la cuenta de la asesoría en [[O:Caja Rural de Asturias]] en un plazo de quince días.

Si no estuviera conforme con esta respuesta, puede dirigirse a la [[O:Junta Arbitral de Consumo de las Illes Balears]], a cuyo sistema arbitral está adherida nuestra empresa, o a la [[O:Dirección General de Turismo]] del [[O:Govern de les Illes Balears]].

Confiamos en poder contar de nuevo con ustedes para futuros viajes.

Atentamente,

[[P:Xisca Pons Amengual]]
Responsable de Atención al Cliente
[[O:Viajes Tramontana, S.A.]]
""")

d("es", "internal_memo", """
MEMORÁNDUM INTERNO

De: [[P:Leire Aranburu]], directora de Compras
Para: Comité de Dirección, responsables de planta
CC: [[P:Joseba Etxeberria]] (Calidad), [[P:Nuria Pastor]] (Financiero)
Fecha: 3 de noviembre de 2025
Asunto: cambio de proveedor de resinas y plan de contingencia

Como sabéis, nuestro principal proveedor de resina de poliamida, [[O:Polímeros del Nervión, S.A.]], nos comunicó el 27 de octubre que cierra su planta de [[L:Barakaldo]] a finales de año. Representa el 62 % de nuestras compras de material para las plantas de [[L:Vitoria-Gasteiz]] y [[L:Pamplona]].

Tras la reunión del jueves con [[P:Joseba]] y con el equipo técnico de la planta de [[L:Pamplona]], os resumo las decisiones adoptadas:

1. Nuevo proveedor principal. Se homologará a [[O:BASF Española]] como proveedor principal, con suministro desde su centro de [[L:Tarragona]]. [[O:BASF]] ya nos sirve otras referencias y ha aceptado mantener precios hasta junio. Las pruebas de inyección empezarán el 10 de noviembre.

2. Segundo proveedor. Para no depender de una sola fuente, homologaremos también a la italiana [[O:Radici]] y a [[O:Domo Chemicals]]. [[P:Joseba]] coordinará las muestras y los ensayos con el laboratorio de [[O:Tecnalia]].

3. Clientes. Algunas piezas requieren aprobación del cliente para cualquier cambio de material. Ya hemos informado a [[O:Mercedes-Benz]] ([[L:Vitoria-Gasteiz]]) y a [[O:Volkswagen Navarra]]. Ventas se encargará del seguimiento del PPAP con ambos.

4. Stock de seguridad. [[O:Polímeros del Nervión]] nos garantiza el suministro de 400 toneladas adicionales antes del cierre, lo que cubre unas diez semanas de consumo. [[P:Nuria]] confirma que podemos financiar este stock con la línea de circulante de [[O:Kutxabank]].

5. Comunicación. Nadie debe comentar el cierre de [[O:Nervión]] fuera de la empresa hasta que se haga público.

Os iré informando semanalmente. Cualquier duda, me decís.

[[P:Leire]]
""")

# ---------------------------------------------------------------- Italian
d("it", "supplier_letter", """
[[O:Rubinetterie Zanetti S.p.A.]]
Via per Gozzano, 41 – 28024 [[L:Gozzano]] (NO)
Cap. soc. € 2.500.000 i.v. – P. IVA 01873440038

Spett.le
[[O:Idrotermica Bellavista S.r.l.]]
Alla c.a. del geom. [[P:Ottavio Sciarra]]
Ufficio Acquisti
Via Tiburtina, 1120
00156 [[L:Roma]]

[[L:Gozzano]], 4 febbraio 2025

Oggetto: aggiornamento listino prezzi 2025 e nuove condizioni di consegna

Gentile geometra [[P:Sciarra]],

con la presente desideriamo informarLa che, a partire dal 1° marzo 2025, entrerà in vigore il nuovo listino prezzi di [[O:Rubinetterie Zanetti]], che Le inviamo in allegato in formato elettronico.

L'aumento medio è pari al 3,9% e riguarda principalmente le linee in ottone, il cui costo è cresciuto sensibilmente nel corso del 2024 per l'andamento delle quotazioni del rame alla [[O:London Metal Exchange]]. I prezzi della serie termostatica, invece, restano invariati grazie all'accordo triennale stipulato con il nostro fornitore di cartucce, la [[O:Ceramiche Tecniche Vergani]] di [[L:Lumezzane]].

Per quanto riguarda la logistica, da aprile le consegne verso il [[L:Lazio]] e la [[L:Campania]] saranno effettuate dal nuovo magazzino di [[L:Orte]], gestito in collaborazione con [[O:Arcese Trasporti]]. Ciò consentirà di ridurre i tempi di resa da cinque a due giorni lavorativi per gli ordini ricevuti entro le ore 12.

Come concordato durante l'incontro del 21 gennaio con il nostro agente di zona, il sig. [[P:Massimiliano Ferrigno]], a [[O:Idrotermica Bellavista]] verrà riconosciuto uno sconto aggiuntivo del 2% sugli ordini superiori a 15.000 euro, valido fino al 31 dicembre 2025.

Ricordiamo inoltre che [[O:Zanetti]] sarà presente alla prossima fiera internazionale dell'impiantistica di [[L:Milano]] con un proprio stand nel padiglione 7: saremo lieti di accoglierLa insieme alla dott.ssa [[P:Ludovica Bernasconi]], responsabile dell'ufficio tecnico.

Restando a disposizione per ogni chiarimento, porgiamo distinti saluti.

[[O:Rubinetterie Zanetti S.p.A.]]
Il Direttore Commerciale
[[P:Corrado Zanetti]]
""")

d("it", "email_thread", """
Da: [[P:Ilaria Pozzebon]]
Inviato: venerdì 20 giugno 2025 10:14
A: [[P:Stefano Gualtieri]]
Cc: [[P:Rosalba Capuano]]
Oggetto: R: Campionatura tessuti linea autunno – ritardo tintoria

Ciao [[P:Stefano]],

grazie per l'aggiornamento. Ho girato la tua mail a [[P:Rosalba]], che segue la collezione donna per [[O:Maison Ardenza]]. Per noi va bene ricevere i campioni il 4 luglio invece del 27 giugno, a condizione che i colori siano quelli approvati a [[L:Parigi]]: il cliente non accetterà altre variazioni.

Se vi serve, possiamo chiedere a [[O:Tintoria Fratelli Bonfanti]] di [[L:Cassano Magnago]] di fare da tintoria di riserva; hanno già lavorato per noi la scorsa stagione senza problemi.

Buon lavoro,
[[P:Ilaria]]

[[P:Ilaria Pozzebon]]
Product Manager
[[O:Lanificio Pozzebon S.p.A.]]
Via Provinciale, 8 – 13835 [[L:Trivero]] ([[L:Biella]])

-----Messaggio originale-----
Da: [[P:Stefano Gualtieri]]
Inviato: giovedì 19 giugno 2025 18:02
A: [[P:Ilaria Pozzebon]]
Oggetto: Campionatura tessuti linea autunno – ritardo tintoria

Buonasera [[P:Ilaria]],

ti scrivo per avvisarti che la campionatura dei dodici tessuti per la linea autunno subirà un ritardo di circa una settimana. La tintoria con cui lavoriamo a [[L:Prato]], la [[O:Tintoria Lanzillotta S.n.c.]], ha avuto un guasto all'impianto di depurazione e l'[[O:ARPAT]] ha sospeso gli scarichi fino al completamento dei controlli.

Abbiamo già recuperato i filati da [[O:Filatura di Pollone]] e siamo pronti a tessere appena la tintoria riparte. Ti aggiorno lunedì.

Scusami per l'inconveniente.

Un saluto,
[[P:Stefano Gualtieri]]
[[O:Gualtieri & Figli S.n.c.]] – Tessitura conto terzi
[[L:Prato]]
""")

d("it", "supplier_contract", """
CONTRATTO DI AGENZIA CON DEPOSITO

Tra

[[O:Oleificio Terre di Bitonto S.r.l.]], con sede legale in [[L:Bitonto]] (BA), Strada Provinciale 231, km 4, codice fiscale e partita IVA 07231560729, iscritta al [[O:Registro delle Imprese di Bari]], in persona dell'amministratore unico dott. [[P:Nicola Marzulli]] (di seguito «la Preponente» o «[[O:Terre di Bitonto]]»)

e

[[O:Delikatessen Import Fiorentino GmbH]], con sede in [[L:Monaco di Baviera]] ([[L:Germania]]), Landsberger Straße 302, in persona del socio amministratore sig. [[P:Lorenzo Fiorentino]] (di seguito «l'Agente»)

premesso che

a) [[O:Terre di Bitonto]] produce e commercializza olio extravergine di oliva a denominazione di origine protetta da cultivar Coratina e Ogliarola;
b) l'Agente opera da oltre quindici anni nella distribuzione di prodotti alimentari italiani presso la gastronomia specializzata e la ristorazione in [[L:Baviera]] e in [[L:Austria]];

si conviene e si stipula quanto segue.

Art. 1 – Oggetto. La Preponente conferisce all'Agente l'incarico di promuovere, in via esclusiva, la conclusione di contratti di vendita dei propri prodotti nella zona costituita dalla [[L:Baviera]], dal [[L:Baden-Württemberg]] e dall'[[L:Austria]].

Art. 2 – Deposito. L'Agente custodisce presso il proprio magazzino di [[L:Monaco di Baviera]] un deposito di merce di proprietà della Preponente, assicurato a cura dell'Agente con primaria compagnia, attualmente [[O:Allianz Versicherungs-AG]].

Art. 3 – Provvigioni. All'Agente spetta una provvigione del 9% sul fatturato netto incassato. Sono esclusi gli ordini della catena [[O:Feinkost Käfer]], gestiti direttamente dalla Preponente.

Art. 4 – Iscrizione e previdenza. Trattandosi di agente con sede all'estero, non si applica l'iscrizione all'[[O:Enasarco]].

Art. 5 – Durata. Il contratto ha durata indeterminata e può essere risolto da ciascuna parte con il preavviso previsto dalla legge.

Art. 6 – Foro competente. Per ogni controversia è competente in via esclusiva il [[O:Tribunale di Bari]]. Si applica la legge italiana.

[[L:Bitonto]], 10 aprile 2025

Per [[O:Oleificio Terre di Bitonto S.r.l.]]: dott. [[P:Nicola Marzulli]]
Per [[O:Delikatessen Import Fiorentino GmbH]]: [[P:Lorenzo Fiorentino]]
""")

d("it", "meeting_minutes", """
VERBALE DI RIUNIONE DEL CONSIGLIO DI AMMINISTRAZIONE
[[O:Meccanica Valseriana S.p.A.]]

Il giorno 12 marzo 2025, alle ore 15:00, presso la sede sociale in [[L:Albino]] (BG), via Provinciale 88, si è riunito il Consiglio di Amministrazione della società per discutere e deliberare sul seguente ordine del giorno:
1. Approvazione del progetto di bilancio al 31 dicembre 2024;
2. Finanziamento per il nuovo reparto di rettifica;
3. Varie ed eventuali.

Sono presenti: ing. [[P:Giancarlo Noris]], Presidente; dott.ssa [[P:Elisabetta Noris]], Amministratore Delegato; sig. [[P:Aurelio Carrara]], consigliere; avv. [[P:Francesca Ghislandi]], consigliere indipendente.
Per il Collegio Sindacale: dott. [[P:Marco Pezzotta]], Presidente; dott.ssa [[P:Silvia Bonomi]], sindaco effettivo.
Assiste, su invito, il dott. [[P:Pietro Lanfranchi]] della società di revisione [[O:BDO Italia S.p.A.]].

Assume la presidenza l'ing. [[P:Noris]], che chiama a fungere da segretario il sig. [[P:Carrara]].

1. Il Presidente illustra il progetto di bilancio, che chiude con ricavi per 48,2 milioni di euro e un utile netto di 2,7 milioni. Il dott. [[P:Lanfranchi]] anticipa che [[O:BDO]] non ha rilievi da segnalare. Il Consiglio approva all'unanimità e delibera di convocare l'assemblea dei soci per il 28 aprile.

2. L'Amministratore Delegato riferisce sulle offerte ricevute per il finanziamento di 4,5 milioni destinato al nuovo reparto di rettifica. L'offerta di [[O:Intesa Sanpaolo]] prevede la garanzia pubblica gestita da [[O:Mediocredito Centrale]]; quella della [[O:Banca Popolare di Sondrio]] un tasso leggermente inferiore ma senza preammortamento. Dopo ampia discussione, il Consiglio delibera di accettare l'offerta di [[O:Intesa Sanpaolo]] e conferisce mandato alla dott.ssa [[P:Noris]] per la firma.

3. Il consigliere [[P:Ghislandi]] informa che [[O:Confindustria Bergamo]] ha avviato un progetto di formazione sulla cybersicurezza per le aziende associate. Il Consiglio esprime parere favorevole all'adesione e chiede di coinvolgere anche l'[[O:Università degli Studi di Bergamo]].

Non essendovi altro da deliberare, la seduta è tolta alle ore 17:10.

Il Segretario: [[P:Aurelio Carrara]]    Il Presidente: [[P:Giancarlo Noris]]
""")

d("it", "press_release", """
COMUNICATO STAMPA

[[O:Gruppo Fontanabuona]] acquisisce il 70% di [[O:Ardesie Liguri Cavalli]] e rafforza la presenza nel settore delle pietre naturali

[[L:Genova]], 15 settembre 2025 – [[O:Fontanabuona Holding S.p.A.]], capogruppo del [[O:Gruppo Fontanabuona]], attivo nella produzione di rivestimenti e pavimentazioni in pietra per l'edilizia di pregio, annuncia di aver sottoscritto un accordo vincolante per l'acquisizione del 70% del capitale di [[O:Ardesie Liguri Cavalli S.r.l.]], storica azienda di estrazione e lavorazione dell'ardesia con sede a [[L:Lorsica]], in [[L:Val Fontanabuona]].

L'operazione ha un valore complessivo di 19,6 milioni di euro. Il restante 30% resterà in capo alla famiglia fondatrice: [[P:Giuseppina Cavalli]], nipote del fondatore, manterrà la carica di presidente e il figlio [[P:Andrea Musante Cavalli]] continuerà a guidare la produzione.

[[O:Ardesie Liguri Cavalli]] ha chiuso il 2024 con un fatturato di 14,3 milioni di euro, di cui il 55% realizzato all'estero, in particolare nel [[L:Regno Unito]], in [[L:Norvegia]] e negli [[L:Stati Uniti]]. Tra i suoi clienti figurano studi di architettura internazionali e catene alberghiere come [[O:Rosewood Hotels]].

«Con questa operazione uniamo due realtà liguri complementari e creiamo un polo capace di competere con i grandi gruppi spagnoli e cinesi», ha dichiarato [[P:Tommaso Rovegno]], amministratore delegato di [[O:Fontanabuona Holding]]. «Manterremo il marchio e lo stabilimento di [[L:Lorsica]], investendo nelle tecnologie di taglio e nella sicurezza delle cave.»

L'acquisizione è finanziata con mezzi propri e con un finanziamento di 12 milioni di euro concesso da [[O:BPER Banca]] e [[O:Crédit Agricole Italia]], assistito dalla garanzia SupportItalia di [[O:SACE]]. Il closing è previsto entro il 30 novembre 2025, subordinatamente all'autorizzazione della [[O:Presidenza del Consiglio dei Ministri]] ai sensi della normativa sul golden power.

[[O:Fontanabuona Holding]] è stata assistita da [[O:Chiomenti]] per gli aspetti legali e da [[O:PwC TLS]] per la due diligence fiscale; i venditori da [[O:Studio Legale Bregante Piaggio]].

Per informazioni:
Ufficio stampa [[O:Gruppo Fontanabuona]]
[[P:Margherita Solari]] – tel. 010 555 3370
""")

d("it", "annual_report", """
[[O:Caseificio Sociale Valpadana Soc. Coop. Agricola]]
Bilancio d'esercizio 2024 – Estratto dalla Relazione sulla gestione

Signori Soci,

l'esercizio 2024 si chiude con un valore della produzione di 96,4 milioni di euro, in crescita del 7,8% rispetto all'anno precedente, e con un utile di 1,12 milioni di euro che vi proponiamo di destinare per il 30% a riserva legale e per la parte restante a ristorno ai soci conferenti.

Andamento del mercato

Il prezzo medio del Parmigiano Reggiano stagionato 12 mesi, rilevato dalla [[O:Camera di Commercio di Reggio Emilia]], si è attestato nell'anno a 10,85 euro al chilogrammo, in aumento dell'11% rispetto al 2023. Il latte conferito dai 214 soci, distribuiti tra le province di [[L:Reggio Emilia]], [[L:Modena]] e [[L:Mantova]], è stato pari a 1.036.000 quintali.

Le vendite sui mercati esteri sono cresciute del 14%, soprattutto in [[L:Germania]], [[L:Francia]] e [[L:Canada]], anche grazie all'accordo di distribuzione con [[O:Granarolo]] per la grande distribuzione nordamericana. Sul mercato interno si conferma centrale il rapporto con [[O:Coop Italia]] e con [[O:Conad Centro Nord]], che insieme rappresentano il 38% del fatturato.

Investimenti

Nel corso dell'anno è stato completato il nuovo magazzino di stagionatura di [[L:Novellara]], con una capacità di 90.000 forme, finanziato per 3,8 milioni di euro da [[O:Crédit Agricole Italia]] e per 1,2 milioni dal Programma di sviluppo rurale della [[O:Regione Emilia-Romagna]]. L'impianto fotovoltaico installato sulla copertura, realizzato da [[O:Enel X]], copre circa il 40% del fabbisogno elettrico dello stabilimento.

Fatti di rilievo successivi alla chiusura dell'esercizio

A febbraio 2025 il [[O:Consorzio del Formaggio Parmigiano Reggiano]] ha approvato il piano produttivo triennale, che assegna alla cooperativa una quota in lieve aumento. Nello stesso mese il socio fondatore [[P:Ermes Bertolini]], presidente dal 1998, ha comunicato la propria intenzione di non ricandidarsi; il Consiglio proporrà all'assemblea la nomina di [[P:Chiara Manfredini]], attuale vicepresidente.

Il bilancio è stato sottoposto a revisione legale da parte di [[O:Uniaudit S.r.l.]], mentre la revisione cooperativa è stata svolta da [[O:Confcooperative]] con esito positivo.

[[L:Novellara]], 28 marzo 2025
Per il Consiglio di Amministrazione
Il Presidente, [[P:Ermes Bertolini]]
""")

d("it", "news_article", """
Crisi dell'elettrodomestico, [[O:Frigotecnica Adriatica]] annuncia 180 esuberi a [[L:Fabriano]]

di [[P:Beatrice Lucarelli]]

[[L:FABRIANO]] – Nuovo colpo per il distretto dell'elettrodomestico marchigiano. [[O:Frigotecnica Adriatica S.p.A.]], che produce compressori e componenti per frigoriferi, ha comunicato ai sindacati l'apertura di una procedura di licenziamento collettivo per 180 dei 640 dipendenti dello stabilimento di [[L:Fabriano]]. L'azienda, controllata dal 2021 dal gruppo cinese [[O:Jiangxi Ruifeng Compressor]], motiva la decisione con il calo della domanda europea e con il trasferimento di una parte della produzione nello stabilimento di [[L:Bursa]], in [[L:Turchia]].

Immediata la reazione delle organizzazioni sindacali. «Si tratta di una scelta inaccettabile, che arriva pochi mesi dopo l'incontro al Ministero in cui l'azienda aveva garantito la continuità produttiva», afferma [[P:Daniele Cingolani]], segretario provinciale della [[O:FIOM-CGIL]] di [[L:Ancona]]. [[O:Fim Cisl]] e [[O:Uilm]] hanno proclamato otto ore di sciopero per venerdì, con presidio davanti ai cancelli.

La vertenza approderà nei prossimi giorni al [[O:Ministero delle Imprese e del Made in Italy]], dove è già aperto un tavolo sul settore. La [[O:Regione Marche]] ha chiesto un incontro urgente con i vertici di [[O:Frigotecnica]]: «Siamo pronti a mettere a disposizione strumenti di formazione e ammortizzatori, ma l'azienda deve ritirare i licenziamenti», ha dichiarato l'assessore regionale al Lavoro.

Secondo i dati di [[O:Confindustria Ancona]], negli ultimi dieci anni il comparto ha perso nella provincia oltre 3.000 posti di lavoro, soprattutto dopo la ristrutturazione di [[O:Beko Europe]], l'ex [[O:Whirlpool]] italiana, che ha ridotto gli organici anche nei siti di [[L:Melano]] e [[L:Comunanza]].

Il sindaco di [[L:Fabriano]] ha convocato per lunedì un consiglio comunale aperto. Intanto l'amministratore delegato di [[O:Frigotecnica Adriatica]], [[P:Zhou Mingyuan]], in una lettera ai dipendenti ha escluso la chiusura dello stabilimento: «[[L:Fabriano]] resterà il nostro centro di ricerca e sviluppo per l'[[L:Europa]]».
""")

d("it", "job_reference", """
[[O:Studio Associato Marcon Tiozzo Dottori Commercialisti]]
Via Nazionale, 54 – 30034 [[L:Mira]] (VE)

[[L:Mira]], 18 luglio 2025

LETTERA DI REFERENZE

A chi di competenza,

con la presente attestiamo che la dott.ssa [[P:Federica Abbondanza]], nata a [[L:Chioggia]] il 9 novembre 1995, ha collaborato con il nostro studio dal 2 settembre 2020 al 30 giugno 2025, dapprima come praticante dottore commercialista e, dopo il superamento dell'esame di Stato nel 2023, come professionista iscritta all'[[O:Ordine dei Dottori Commercialisti e degli Esperti Contabili di Venezia]].

Nel corso della collaborazione la dott.ssa [[P:Abbondanza]] si è occupata della contabilità e degli adempimenti fiscali di una cinquantina di clienti, per lo più piccole e medie imprese del settore calzaturiero della [[L:Riviera del Brenta]], nonché della predisposizione dei bilanci d'esercizio e delle dichiarazioni dei redditi. Ha inoltre seguito, con grande competenza, le pratiche di accesso ai crediti d'imposta per investimenti in beni strumentali e i rapporti con l'[[O:Agenzia delle Entrate]] in occasione di due verifiche fiscali.

Particolarmente apprezzato è stato il suo contributo nell'assistenza al [[O:Calzaturificio Dalla Costa S.r.l.]] durante la cessione del ramo d'azienda dedicato alla calzatura da uomo a una società del gruppo [[O:LVMH]], operazione nella quale ha curato la due diligence contabile insieme ai consulenti di [[O:KPMG]] e ai legali di [[O:Studio Legale Tonucci & Partners]].

Sul piano personale, la dott.ssa [[P:Abbondanza]] si è sempre distinta per serietà, riservatezza e spirito di collaborazione, ed è stata un punto di riferimento per i colleghi più giovani. Ha partecipato come relatrice a un seminario sulla fatturazione elettronica organizzato dall'[[O:Associazione Artigiani della Riviera del Brenta]].

La dott.ssa [[P:Abbondanza]] lascia lo studio per sua libera scelta, al fine di trasferirsi a [[L:Trento]]. Nel ringraziarla per il lavoro svolto, la raccomandiamo senza riserve a qualsiasi studio professionale o azienda.

Restiamo a disposizione per ulteriori informazioni.

Dott. [[P:Giovanni Marcon]]
Dott.ssa [[P:Paola Tiozzo]]
Soci fondatori
""")

d("it", "cv", """
CURRICULUM VITAE

Informazioni personali
Nome: [[P:Gianmarco Ruggeri Fantoni]]
Residenza: [[L:Bologna]]
Telefono: +39 347 555 2218 – E-mail: gm.ruggeri@example.it
Data di nascita: 14/05/1989

Esperienza professionale

Da 03/2021 a oggi – Responsabile Qualità e Regolatorio
[[O:Biomedica Reno S.r.l.]], [[L:Casalecchio di Reno]] (BO)
• Gestione del sistema qualità secondo la norma ISO 13485 e del passaggio dei dispositivi al Regolamento europeo 2017/745.
• Rapporti con l'organismo notificato [[O:IMQ]] e con il [[O:Ministero della Salute]] per le registrazioni dei dispositivi.
• Coordinamento di un team di cinque persone.

Da 09/2016 a 02/2021 – Specialista Assicurazione Qualità
[[O:B. Braun Avitum Italy S.p.A.]], [[L:Mirandola]] (MO)
• Audit ai fornitori in [[L:Italia]], [[L:Germania]] e [[L:Malesia]].
• Gestione dei reclami e delle azioni correttive per la linea dialisi.

Da 01/2014 a 08/2016 – Ricercatore a contratto
[[O:Istituto Ortopedico Rizzoli]], [[L:Bologna]]
• Progetti di ricerca sui biomateriali finanziati dalla [[O:Commissione europea]].

Istruzione e formazione

2013 – Laurea magistrale in Ingegneria Biomedica (110/110 e lode), [[O:Politecnico di Milano]]
2011 – Laurea triennale in Ingegneria Biomedica, [[O:Alma Mater Studiorum – Università di Bologna]]
2019 – Master in Regulatory Affairs dei dispositivi medici, [[O:Università degli Studi di Pavia]]

Competenze linguistiche
Italiano: madrelingua
Inglese: C1 (certificazione [[O:Cambridge English]])
Tedesco: B1

Altre attività
Socio dell'[[O:Associazione Italiana Ingegneri Clinici]] ([[O:AIIC]]). Volontario della [[O:Croce Rossa Italiana]], comitato di [[L:Casalecchio di Reno]], dal 2015.

Autorizzo il trattamento dei miei dati personali ai sensi del Regolamento (UE) 2016/679.
""")

d("it", "payment_reminder", """
[[O:Serramenti Lo Presti & C. S.a.s.]]
Via Giovanni Falcone, 210 – 90040 [[L:Capaci]] (PA)
P. IVA 05512670826

Spett.le
[[O:Immobiliare Conca d'Oro S.r.l.]]
Alla c.a. dell'Amministratore Unico, sig. [[P:Salvatore Guarrasi]]
Via Libertà, 96
90143 [[L:Palermo]]

Raccomandata A/R anticipata via PEC

[[L:Capaci]], 20 gennaio 2025

Oggetto: sollecito di pagamento e messa in mora – fatture n. 212 e n. 248 del 2024

Egregio sig. [[P:Guarrasi]],

facciamo seguito ai nostri precedenti solleciti telefonici e alla e-mail del 16 dicembre scorso per rilevare che, a tutt'oggi, risultano ancora insolute le seguenti fatture, relative alla fornitura e posa in opera degli infissi in alluminio per il cantiere di via Sciuti, a [[L:Palermo]]:

– fattura n. 212 del 31/10/2024, scadenza 30/11/2024: € 38.420,00
– fattura n. 248 del 29/11/2024, scadenza 31/12/2024: € 21.755,00
Totale dovuto: € 60.175,00 (IVA in regime di reverse charge)

Ci risulta che i lavori siano stati regolarmente collaudati dal direttore dei lavori, arch. [[P:Nunzia Scimeca]], in data 12 dicembre, senza alcuna contestazione. Non comprendiamo pertanto le ragioni del ritardo, anche alla luce del fatto che la vostra società ha già ricevuto il saldo del mutuo da [[O:Banca Agricola Popolare di Sicilia]], come ci ha confermato la vostra stessa impresa edile, la [[O:Costruzioni Bondì S.r.l.]].

Con la presente, valevole quale formale costituzione in mora ai sensi dell'art. 1219 c.c., Vi invitiamo a provvedere al pagamento dell'intero importo entro e non oltre quindici giorni dal ricevimento, mediante bonifico sul conto intestato a [[O:Serramenti Lo Presti]] presso [[O:UniCredit]], filiale di [[L:Carini]].

In mancanza, saremo costretti, nostro malgrado, a conferire mandato al nostro legale, avv. [[P:Vincenzo Tumminello]], per il recupero giudiziale del credito, con addebito degli interessi di mora previsti dal D.Lgs. 231/2002 e delle spese legali.

Confidando in un sollecito riscontro, porgiamo distinti saluti.

[[O:Serramenti Lo Presti & C. S.a.s.]]
[[P:Rosario Lo Presti]]
""")

d("it", "insurance_letter", """
[[O:Assicurazioni Lagunari Mutua]]
Direzione Sinistri – Rami Elementari
Fondamenta delle Zattere, 1401 – 30123 [[L:Venezia]]

Spett.le
[[O:Vetreria Artistica Zanchetta S.n.c.]]
di [[P:Luca]] e [[P:Sergio Zanchetta]]
Fondamenta Navagero, 38
30141 [[L:Murano]] (VE)

Sinistro n. 2025/RE/004417 – Polizza Multirischi Artigianato n. 88.310.552
[[L:Venezia]], 11 aprile 2025

Oggetto: definizione del sinistro del 6 marzo 2025 – allagamento del laboratorio

Gentili signori [[P:Zanchetta]],

facciamo seguito alla Vostra denuncia del 7 marzo e al sopralluogo effettuato il 14 marzo dal perito incaricato, ing. [[P:Alvise Scarpa]] dello studio [[O:Scarpa Perizie Navali e Industriali]], per comunicarVi le determinazioni della Compagnia.

Dalla relazione peritale risulta che l'allagamento del piano terra del laboratorio è stato causato da un evento di acqua alta eccezionale, misurato dai servizi del [[O:Comune di Venezia]] in 142 centimetri, in una giornata in cui le paratoie mobili non erano state attivate per un'avaria tecnica.

I danni accertati ammontano complessivamente a € 47.300, così ripartiti:
– forno di ricottura e relativo quadro elettrico: € 28.900;
– manufatti in vetro pronti per la consegna: € 12.650;
– ripristino di pavimenti e intonaci: € 5.750.

La polizza sottoscritta con [[O:Assicurazioni Lagunari]] prevede la garanzia «eventi atmosferici e allagamento», con una franchigia di € 2.500 e un limite di indennizzo per le merci di € 10.000. L'indennizzo liquidabile è pertanto pari a € 42.150.

Relativamente ai manufatti destinati al cliente [[O:Galerie Lefèvre Verrier]] di [[L:Parigi]], Vi ricordiamo che la merce in attesa di spedizione non rientra nella garanzia trasporti, che avrebbe dovuto essere attivata dallo spedizioniere [[O:Gondrand]].

Qualora accettiate la proposta, Vi preghiamo di restituirci l'atto di quietanza allegato firmato da entrambi i soci. Il pagamento sarà effettuato entro quindici giorni sul conto presso [[O:Banca Ifis]].

Per ogni chiarimento potete rivolgerVi al Vostro agente, sig.ra [[P:Marina Vianello]], dell'agenzia di [[L:Mestre]].

Distinti saluti.

[[O:Assicurazioni Lagunari Mutua]]
L'ufficio liquidazione – [[P:Tiziana Boscolo Bielo]]
""")

d("it", "court_summary", """
NOTA A SENTENZA

[[O:Tribunale di Milano]], Sezione specializzata in materia di impresa, sentenza n. 2871 del 9 aprile 2025
[[O:Officine Meccaniche Brambilla S.p.A.]] c. [[O:Idraulica Vignati S.r.l.]] e [[P:Luca Vignati]]

Il caso

La società [[O:Officine Meccaniche Brambilla S.p.A.]], con sede a [[L:Lecco]], produce da oltre quarant'anni valvole a sfera per impianti industriali. Nel 2022 il suo responsabile dell'ufficio tecnico, l'ing. [[P:Luca Vignati]], si è dimesso e ha costituito a [[L:Merate]] la [[O:Idraulica Vignati S.r.l.]], che nel giro di pochi mesi ha iniziato a offrire valvole sostanzialmente identiche a tre clienti storici di [[O:Brambilla]], tra cui [[O:Saipem]] e la multiutility lombarda [[O:A2A]].

[[O:Brambilla]] ha agito in giudizio lamentando la violazione dei propri segreti commerciali ai sensi degli artt. 98 e 99 del Codice della proprietà industriale, nonché atti di concorrenza sleale.

La decisione

Il Tribunale, sulla base della consulenza tecnica d'ufficio affidata al prof. [[P:Renato Colombini]] del [[O:Politecnico di Milano]], ha accertato che i disegni costruttivi utilizzati da [[O:Idraulica Vignati]] riproducevano, con minime varianti, quelli custoditi nel sistema informatico della ricorrente, accessibili soltanto a cinque dipendenti muniti di credenziali personali. I file erano stati scaricati dall'ing. [[P:Vignati]] su un supporto esterno due settimane prima delle dimissioni.

Il collegio ha quindi inibito a [[O:Idraulica Vignati]] la produzione e commercializzazione delle valvole contestate, disposto il ritiro dal mercato dei prodotti in magazzino e condannato i convenuti, in solido, al risarcimento del danno, liquidato in 640.000 euro, oltre alla pubblicazione del dispositivo su due quotidiani a diffusione nazionale.

Osservazioni

La sentenza conferma che la tutela del segreto commerciale richiede misure di protezione effettive e documentate. [[O:Brambilla]], assistita dallo studio [[O:Trevisan & Cuonzo]], aveva adottato un regolamento interno, accessi profilati e accordi di riservatezza con tutti i tecnici. I convenuti, difesi dall'avv. [[P:Giorgio Pellegatta]], hanno già annunciato appello dinanzi alla [[O:Corte d'Appello di Milano]].

Avv. [[P:Marta Castelnuovo]] – [[L:Milano]]
""")

d("it", "tender_notice", """
BANDO DI GARA – PROCEDURA APERTA

SEZIONE I: AMMINISTRAZIONE AGGIUDICATRICE
[[O:Azienda Ospedaliera Universitaria Pisana]] ([[O:AOUP]]), via Roma 67, 56126 [[L:Pisa]]. Il procedimento è condotto in qualità di centrale di committenza dall'[[O:Ente di Supporto Tecnico-Amministrativo Regionale]] ([[O:ESTAR]]) della [[L:Toscana]].
Responsabile unico del progetto: dott. [[P:Filippo Guidotti]].

SEZIONE II: OGGETTO
Denominazione: servizio di ristorazione per i degenti e di gestione del bar interno presso gli stabilimenti ospedalieri di [[L:Cisanello]] e di via Roma.
Luogo di esecuzione: [[L:Pisa]].
Durata: cinque anni, con opzione di rinnovo per ulteriori due anni.
Importo a base di gara: € 21.480.000,00 oltre IVA, di cui € 64.000,00 per oneri della sicurezza non soggetti a ribasso.
Lotto unico, in ragione della necessità di garantire un'organizzazione integrata del servizio.

SEZIONE III: CONDIZIONI DI PARTECIPAZIONE
Iscrizione alla Camera di commercio per attività coerenti con l'oggetto dell'appalto; fatturato specifico nel settore della ristorazione ospedaliera non inferiore a € 8.000.000,00 nel triennio 2022-2024; certificazione UNI EN ISO 22000 rilasciata da organismo accreditato da [[O:Accredia]]. È ammesso l'avvalimento.

SEZIONE IV: PROCEDURA
Procedura aperta ai sensi del d.lgs. 36/2023, con aggiudicazione secondo il criterio dell'offerta economicamente più vantaggiosa (offerta tecnica 80 punti, offerta economica 20 punti). Costituiranno elementi di valutazione l'utilizzo di prodotti biologici e a filiera corta provenienti da aziende agricole della [[L:Toscana]], le diete speciali per i pazienti oncologici e pediatrici e la riduzione degli sprechi alimentari, anche tramite accordi con il [[O:Banco Alimentare della Toscana]].

Le offerte dovranno essere presentate esclusivamente in modalità telematica sulla piattaforma regionale START entro le ore 13:00 del 30 giugno 2025. È previsto un sopralluogo obbligatorio, da prenotare con il responsabile del servizio alberghiero dell'[[O:AOUP]], sig.ra [[P:Donatella Pratesi]].

SEZIONE V: PROCEDURE DI RICORSO
Organismo responsabile: [[O:Tribunale Amministrativo Regionale per la Toscana]], via Ricasoli 40, 50122 [[L:Firenze]].
Il bando è stato pubblicato sulla Banca dati nazionale dei contratti pubblici dell'[[O:ANAC]] in data 14 maggio 2025.
""")

d("it", "complaint_letter", """
[[O:Hotel Bellariva S.r.l.]]
Lungomare Tintori, 8 – 47921 [[L:Rimini]]

Spett.le
[[O:Lavanderia Industriale Romagnola S.p.A.]]
Ufficio Qualità e Servizio Clienti
Via Emilia, 1502
47522 [[L:Cesena]] (FC)

[[L:Rimini]], 28 luglio 2025

Oggetto: reclamo formale – servizio di noleggio e lavaggio biancheria, contratto n. 2023/441

Spettabile [[O:Lavanderia Industriale Romagnola]],

Vi scriviamo per segnalare, ancora una volta e questa volta in forma ufficiale, le gravi disfunzioni del servizio che state rendendo alla nostra struttura dall'inizio della stagione estiva.

Nel solo mese di luglio si sono verificati i seguenti disservizi:
– il 5 e il 19 luglio le consegne di lenzuola e asciugamani sono arrivate con oltre quattro ore di ritardo, costringendoci a ritardare la sistemazione delle camere e a rimborsare due gruppi di ospiti tedeschi;
– su tre consegne abbiamo riscontrato capi macchiati o strappati, per un totale di 146 pezzi, documentati con fotografie inviate al vostro referente commerciale, sig. [[P:Enrico Montanari]];
– la fattura di giugno riporta 320 kg in più rispetto alle bolle di consegna firmate dal nostro personale.

Il sig. [[P:Montanari]] ci ha spiegato che i ritardi sono dovuti alla carenza di autisti e al guasto di una delle linee di lavaggio nello stabilimento di [[L:Cesena]]. Comprendiamo le difficoltà, ma il contratto prevede consegne entro le ore 9:00 e una penale per ogni ritardo, che finora non ci è stata riconosciuta.

Vi chiediamo pertanto:
1. l'emissione di una nota di credito per il peso fatturato in eccesso e per i capi danneggiati;
2. l'applicazione delle penali contrattuali per i ritardi di luglio;
3. un incontro entro il 10 agosto con il vostro responsabile operativo.

Vi informiamo che, in assenza di un riscontro soddisfacente, valuteremo la risoluzione del contratto e l'affidamento del servizio a un altro fornitore, come ci è già stato suggerito dall'[[O:Associazione Italiana Albergatori di Rimini]], alla quale abbiamo segnalato la situazione.

In attesa di Vostre notizie, porgiamo distinti saluti.

[[O:Hotel Bellariva S.r.l.]]
La direttrice
[[P:Manuela Fabbri]]
""")

d("it", "newsletter", """
[[O:CNA Artigianato Trentino]] – Notiziario per le imprese associate
Numero 9 – novembre 2025

In questo numero

1. Bando provinciale per la digitalizzazione delle micro imprese
La [[O:Provincia autonoma di Trento]] ha riaperto il bando che finanzia fino al 60% delle spese per software gestionali, siti di commercio elettronico e sicurezza informatica. Le domande si presentano tramite [[O:Trentino Sviluppo]] dal 1° dicembre al 31 gennaio. Gli uffici di [[O:CNA]] a [[L:Trento]], [[L:Rovereto]] e [[L:Cles]] offrono assistenza gratuita nella compilazione. Referente: [[P:Michela Dallapiccola]].

2. Formazione sicurezza: nuovi corsi a [[L:Riva del Garda]]
In collaborazione con l'[[O:Ente Bilaterale Artigianato Trentino]] partono a gennaio i corsi di aggiornamento per preposti e addetti al primo soccorso. Le lezioni si terranno presso la sede della [[O:Cassa Rurale Alto Garda Rovereto]], che ringraziamo per l'ospitalità.

3. L'intervista: [[P:Ezio Tomasoni]], falegname a [[L:Pergine Valsugana]]
«Vent'anni fa eravamo in dodici in paese, oggi sono rimasto solo io»: [[P:Tomasoni]] racconta come la sua piccola bottega, la [[O:Falegnameria Tomasoni]], sia riuscita a sopravvivere specializzandosi nel restauro di masi e baite per conto di privati e della [[O:Soprintendenza per i beni culturali]] provinciale. «Il segreto è non smettere mai di imparare», dice.

4. Credito: accordo con [[O:Cassa Centrale Banca]]
Il confidi [[O:Cooperfidi]] e [[O:Cassa Centrale Banca]] hanno firmato una convenzione che prevede garanzie fino all'80% per i finanziamenti destinati all'acquisto di macchinari e automezzi a basse emissioni. Tassi agevolati anche per le imprese femminili e giovanili.

5. Dal territorio
Il 14 novembre il presidente di [[O:CNA Artigianato Trentino]], [[P:Renzo Pedrotti Zanon]], ha incontrato a [[L:Bolzano]] i vertici di [[O:lvh.apa]], l'associazione degli artigiani altoatesini, per discutere di un progetto comune sulla formazione degli apprendisti nelle zone di confine con l'[[L:Austria]].

Prossimi appuntamenti
27 novembre, ore 18: serata informativa sul passaggio generazionale con il notaio [[P:Chiara Bertagnolli]], presso la [[O:Camera di Commercio di Trento]].

Per cancellarsi dal notiziario scrivere a notiziario@example.it.
""")

d("it", "onboarding_form", """
[[O:Cantieri Navali del Tirreno S.p.A.]] – Direzione Acquisti
QUESTIONARIO DI QUALIFICA FORNITORE (mod. ACQ-12 rev. 5)

Sezione A – Dati anagrafici
Ragione sociale: [[O:Carpenterie Metalliche Esposito & Figli S.r.l.]]
Denominazione abbreviata: [[O:Esposito & Figli]]
Sede legale: Via Napoli, 317 – 80053 [[L:Castellammare di Stabia]] (NA)
Unità produttiva: zona ASI, 80035 [[L:Nola]] (NA)
Iscrizione: [[O:Camera di Commercio di Napoli]], REA NA-512877
Legale rappresentante: [[P:Gennaro Esposito]]
Direttore tecnico: ing. [[P:Carmela Esposito Vitiello]]
Dipendenti: 78 – Fatturato 2024: € 11,6 milioni

Sezione B – Referenti
Commerciale: [[P:Pasquale D'Auria]], tel. 081 555 4410
Qualità e saldatura: [[P:Raffaele Cuomo]], coordinatore di saldatura certificato
Amministrazione: [[P:Annamaria Sorrentino]]

Sezione C – Requisiti di legge
DURC regolare rilasciato da [[O:INPS]] e [[O:INAIL]]: sì (scadenza 14/11/2025)
Iscrizione nella white list della [[O:Prefettura di Napoli]]: sì
Attestazione SOA categoria OS18-A, classifica IV, rilasciata da [[O:Attesta Sud SOA S.p.A.]]: sì

Sezione D – Certificazioni
UNI EN ISO 9001:2015 e UNI EN ISO 3834-2, ente certificatore [[O:RINA Services S.p.A.]]
UNI EN 1090-1 classe di esecuzione EXC3, ente certificatore [[O:RINA]]
ISO 45001: in corso di certificazione con [[O:Bureau Veritas Italia]]

Sezione E – Principali clienti ultimi tre anni
[[O:Fincantieri]] – stabilimento di [[L:Castellammare di Stabia]] (blocchi di scafo)
[[O:Rete Ferroviaria Italiana]] – carpenteria per ponti, lotto [[L:Salerno]]–[[L:Reggio Calabria]]
[[O:Autorità di Sistema Portuale del Mar Tirreno Centrale]] – passerelle porto di [[L:Napoli]]

Sezione F – Dati bancari
Istituto: [[O:Banca di Credito Popolare]], filiale di [[L:Torre del Greco]]
IBAN: IT60 X054 2811 1010 0000 0123 456

Dichiaro che le informazioni fornite sono veritiere e mi impegno a comunicare tempestivamente a [[O:Cantieri Navali del Tirreno]] ogni variazione.

Data: 22 settembre 2025
Firma del legale rappresentante: [[P:Gennaro Esposito]]
""")

# ---------------------------------------------------------------- Dutch
d("nl", "supplier_letter", """
[[O:Gebroeders Dekker Metaalbewerking B.V.]]
Nijverheidsweg 22
7463 PK [[L:Rijssen]]

[[O:Kampstra Kassenbouw B.V.]]
T.a.v. de heer [[P:W. Kamphuis]], inkoop
Postbus 118
2670 AC [[L:Naaldwijk]]

[[L:Rijssen]], 14 oktober 2024

Betreft: uw order 45-2024-0611, leveringsplanning en materiaaltoeslag

Geachte heer [[P:Kamphuis]],

Hartelijk dank voor uw order van 9 oktober voor 2.400 verzinkte goten en 6.800 spantverbindingen ten behoeve van het kassenproject van uw klant in [[L:Westland]]. Hierbij bevestigen wij de order onder de volgende voorwaarden.

De eerste deellevering (goten, 1.200 stuks) staat gepland voor week 46 en wordt met onze eigen wagens franco op de bouwplaats in [[L:Honselersdijk]] afgeleverd. De tweede deellevering volgt in week 49. De spantverbindingen laten wij, zoals afgesproken, verzinken bij [[O:Zinkerij Twente]] in [[L:Hengelo]]; zij hebben capaciteit voor ons vrijgemaakt zodat de levertijd van vijf weken gehaald wordt.

Wel moeten wij u wijzen op de staaltoeslag. Onze vaste leverancier, [[O:Tata Steel Nederland]] in [[L:IJmuiden]], heeft per 1 november een toeslag van € 35 per ton aangekondigd. Conform artikel 4 van onze raamovereenkomst berekenen wij deze door op de ordergrootte, wat neerkomt op een meerprijs van € 2.912,00 exclusief btw. Als [[O:Kampstra]] de order vóór 25 oktober definitief maakt, kunnen wij het staal nog tegen de oude prijs inkopen en vervalt de toeslag.

Onze projectleider, mevrouw [[P:Femke Oosterhuis]], neemt volgende week contact op met uw uitvoerder, de heer [[P:Van Leeuwen]], om de losplaatsen en de volgorde van leveren af te stemmen.

Wij danken u voor het vertrouwen in [[O:Gebroeders Dekker]] en zien uw bevestiging graag tegemoet.

Met vriendelijke groet,

[[O:Gebroeders Dekker Metaalbewerking B.V.]]

[[P:Harm Dekker]]
commercieel directeur

KvK 06081423 | IBAN NL12 RABO 0150 3344 55 | Op al onze leveringen zijn de algemene voorwaarden van de [[O:Koninklijke Metaalunie]] van toepassing.
""")

d("nl", "email_thread", """
Van: [[P:Marloes Terpstra]]
Verzonden: woensdag 5 februari 2025 11:26
Aan: [[P:Rachid El Amrani]]
CC: [[P:Joost Brinkman]]
Onderwerp: RE: Storing koelcel distributiecentrum [[L:Tilburg]]

Hoi [[P:Rachid]],

Dank voor je snelle reactie. Fijn dat de monteur van [[O:Koeltechniek Brabant]] vanmiddag nog langskomt. Kunnen jullie ook de temperatuurlogging van afgelopen nacht meesturen? Die hebben we nodig voor de melding bij de [[O:NVWA]] en voor de schadeclaim bij onze verzekeraar, [[O:Achmea]].

[[P:Joost]] heeft inmiddels de klanten gebeld: [[O:Jumbo]] accepteert een dag vertraging, maar [[O:Picnic]] wil de zuivel vandaag nog hebben. We sturen die vanuit [[L:Nieuwegein]].

Groet,
[[P:Marloes]]

[[P:Marloes Terpstra]]
Manager Operations | [[O:FrisLog Distributie B.V.]]
Kraaivenstraat 19 | 5048 AB [[L:Tilburg]]

Van: [[P:Rachid El Amrani]]
Verzonden: woensdag 5 februari 2025 09:03
Aan: [[P:Marloes Terpstra]]
Onderwerp: Storing koelcel distributiecentrum [[L:Tilburg]]

Goedemorgen [[P:Marloes]],

Vannacht om 02:40 uur is de compressor van koelcel 3 uitgevallen. Het systeem heeft automatisch een alarm gestuurd naar onze meldkamer in [[L:Eindhoven]], maar de storingsdienst was pas om 05:15 uur ter plaatse. Op dat moment was de temperatuur opgelopen tot 9,5 °C.

Wij hebben de compressor van [[O:Bitzer]] direct laten vervangen door een reserve-exemplaar. Sinds 07:30 uur is de cel weer op temperatuur. Onze onderaannemer [[O:Koeltechniek Brabant]] komt vanmiddag de oorzaak onderzoeken.

Uiteraard nemen wij de responstijd mee in de evaluatie van het servicecontract. Ik bel je vanmiddag.

Met vriendelijke groet,

[[P:Rachid El Amrani]]
Servicecoördinator
[[O:Polarys Installatietechniek B.V.]]
""")

d("nl", "supplier_contract", """
HUUROVEREENKOMST BEDRIJFSRUIMTE
(bedrijfsruimte in de zin van art. 7:230a BW)

De ondergetekenden:

1. [[O:Vastgoedmaatschappij Hanzeplein C.V.]], gevestigd te [[L:Zwolle]], ten deze rechtsgeldig vertegenwoordigd door haar beherend vennoot [[O:Hanzeplein Beheer B.V.]], op haar beurt vertegenwoordigd door de heer [[P:R.J. Ploeger]], hierna te noemen "verhuurder";

en

2. [[O:Stichting Kinderopvang De Vlindertuin]], gevestigd te [[L:Kampen]], ingeschreven in het Handelsregister van de [[O:Kamer van Koophandel]] onder nummer 41028755, ten deze vertegenwoordigd door mevrouw [[P:Ilse van Westreenen]], bestuurder, hierna te noemen "huurder" of "[[O:De Vlindertuin]]";

zijn het volgende overeengekomen:

Artikel 1 – Het gehuurde
Verhuurder verhuurt aan huurder de bedrijfsruimte met buitenspeelplaats, gelegen aan de Grote Voorstraat 14 te [[L:Kampen]], kadastraal bekend gemeente [[L:Kampen]], sectie B, nummer 2207, met een vloeroppervlakte van ongeveer 480 m².

Artikel 2 – Bestemming
Het gehuurde is uitsluitend bestemd om te worden gebruikt als kinderdagverblijf en buitenschoolse opvang. Huurder draagt zelf zorg voor de registratie in het Landelijk Register Kinderopvang en voor de inspectie door de [[O:GGD IJsselland]].

Artikel 3 – Duur
De huur wordt aangegaan voor een periode van vijf jaar, ingaande op 1 april 2025 en eindigend op 31 maart 2030.

Artikel 4 – Huurprijs
De aanvangshuurprijs bedraagt € 64.800,00 per jaar, te voldoen in maandelijkse termijnen van € 5.400,00, bij vooruitbetaling. De huurprijs wordt jaarlijks per 1 april geïndexeerd op basis van het consumentenprijsindexcijfer van het [[O:Centraal Bureau voor de Statistiek]] ([[O:CBS]]).

Artikel 5 – Zekerheid
Huurder stelt vóór de ingangsdatum een bankgarantie ter hoogte van drie maanden huur, af te geven door [[O:ABN AMRO Bank N.V.]] of een andere in [[L:Nederland]] gevestigde bank.

Artikel 6 – Aanpassingen
Verhuurder laat vóór de ingangsdatum op eigen kosten de brandmeldinstallatie vernieuwen door [[O:Brandveilig Oost]]. Overige aanpassingen komen voor rekening van huurder, na schriftelijke toestemming van [[O:Hanzeplein]].

Aldus opgemaakt en in tweevoud getekend te [[L:Zwolle]] op 3 maart 2025.

[[O:Vastgoedmaatschappij Hanzeplein C.V.]]: [[P:R.J. Ploeger]]
[[O:Stichting Kinderopvang De Vlindertuin]]: [[P:I. van Westreenen]]
""")

d("nl", "meeting_minutes", """
Notulen algemene ledenvergadering
[[O:Ondernemersvereniging Parkstad Limburg]] ([[O:OPL]])

Datum: dinsdag 18 maart 2025, 19.30 uur
Locatie: vergaderzaal van [[O:Rabobank Zuid-Limburg Oost]], [[L:Heerlen]]

Aanwezig: 64 leden, waaronder het voltallige bestuur: [[P:Lambert Vossen]] (voorzitter), [[P:Nicole Bemelmans]] (secretaris), [[P:Guido Frissen]] (penningmeester), [[P:Sevda Yilmaz]] en [[P:Ton Hermans]] (leden)
Gasten: wethouder [[P:Anouk Cremers]] ([[O:gemeente Kerkrade]]) en [[P:Roel Schijns]] ([[O:LIOF]])
Afmeldingen: 11 leden

1. Opening
De voorzitter opent de vergadering en heet in het bijzonder de gasten welkom. Hij bedankt [[O:Rabobank]] voor de gastvrijheid.

2. Jaarverslag en financiën 2024
Mevrouw [[P:Bemelmans]] licht het jaarverslag toe. Het ledental steeg van 312 naar 347. De heer [[P:Frissen]] presenteert de jaarrekening, die sluit met een positief resultaat van € 8.420. De kascommissie, bestaande uit de heren [[P:Paulissen]] ([[O:Paulissen Installatiebedrijf]]) en [[P:Dols]] ([[O:Bakkerij Dols]]), heeft de stukken gecontroleerd en adviseert decharge te verlenen. De vergadering stemt hiermee in.

3. Grensoverschrijdend bedrijventerrein
Mevrouw [[P:Cremers]] geeft een toelichting op de plannen van de [[O:gemeente Kerkrade]] en haar Duitse partner, de [[O:Stadt Herzogenrath]], voor de verdere ontwikkeling van het grensoverschrijdende bedrijventerrein. Leden uiten zorgen over de bereikbaarheid. De heer [[P:Schijns]] meldt dat [[O:LIOF]] een fonds heeft voor innovatieve mkb-bedrijven die zich op het terrein willen vestigen.

4. Bestuursverkiezing
De heer [[P:Hermans]] is aftredend en niet herkiesbaar. Het bestuur draagt [[P:Wendy Houben]] van [[O:Houben Schoonmaakdiensten]] voor als opvolger. Zij wordt bij acclamatie gekozen.

5. Rondvraag
Een lid vraagt naar de stand van zaken rond de Buitenring. Het bestuur zal hierover contact opnemen met de [[O:Provincie Limburg]].

6. Sluiting
De voorzitter sluit om 21.40 uur de vergadering en nodigt iedereen uit voor een drankje.

Notulist: [[P:Nicole Bemelmans]]
""")

d("nl", "press_release", """
PERSBERICHT

[[O:Qualmo]] en [[O:Universiteit Twente]] starten proeffabriek voor recyclebare windturbinebladen in [[L:Enschede]]

[[L:Enschede]], 24 september 2025 – Composietbedrijf [[O:Qualmo B.V.]] uit [[L:Hengelo]] en de [[O:Universiteit Twente]] openen volgend voorjaar een proeffabriek waarin windturbinebladen worden gemaakt van een nieuw type hars dat aan het einde van de levensduur volledig kan worden gescheiden en hergebruikt. De fabriek komt op het bedrijventerrein naast de campus in [[L:Enschede]] en biedt werk aan zo'n veertig mensen.

Het project kost 26 miljoen euro. Het [[O:Ministerie van Economische Zaken]] draagt uit het groeifonds 11 miljoen bij, de [[O:Provincie Overijssel]] en de [[O:Regio Twente]] samen 4,5 miljoen. Het resterende bedrag wordt opgebracht door [[O:Qualmo]] en door de investeerders [[O:Oost NL]] en [[O:Rabo Investments]]. Windturbinefabrikant [[O:Vestas]] heeft zich verbonden aan een testprogramma waarin de eerste bladen van 40 meter worden beproefd op een testlocatie in [[L:Denemarken]].

"Jaarlijks worden in [[L:Europa]] duizenden turbinebladen vervangen, en het meeste daarvan eindigt nog altijd als afval of wordt verbrand," zegt [[P:Thijmen Wassink]], oprichter en directeur van [[O:Qualmo]]. "Met onze hars kunnen we de glasvezel en de kunststof terugwinnen. Dat we dit in [[L:Twente]] kunnen doen, met de kennis van de universiteit om de hoek, is geweldig."

Prof. dr. [[P:Esther Nijkamp-Lubbers]], hoogleraar productietechniek aan de [[O:Universiteit Twente]], leidt het onderzoek naar de levensduur van het materiaal. "Voor de [[O:UT]] is dit een mooi voorbeeld van hoe fundamenteel onderzoek naar de markt kan worden gebracht. Twaalf van onze promovendi zijn bij het project betrokken."

Ook het [[O:Thermoplastic composites Research Center]] ([[O:TPRC]]) en het [[O:Nederlands Lucht- en Ruimtevaartcentrum]] werken mee.

Over [[O:Qualmo]]
[[O:Qualmo B.V.]] werd in 2019 opgericht als spin-off van de [[O:Universiteit Twente]] en ontwikkelt recyclebare composieten voor de windenergie- en transportsector. Het bedrijf heeft 34 medewerkers.

Noot voor de redactie, niet voor publicatie:
Voor meer informatie kunt u contact opnemen met [[P:Lotte Grobben]], communicatie [[O:Qualmo]], telefoon 074 555 2190.
""")

d("nl", "annual_report", """
[[O:Koninklijke Oosterhout Groep N.V.]]
Jaarverslag 2024 – Verslag van de Raad van Bestuur (uittreksel)

Kerncijfers en resultaat

[[O:Oosterhout Groep]] heeft 2024 afgesloten met een omzet van € 863 miljoen, een stijging van 5,6 procent ten opzichte van 2023. Het bedrijfsresultaat (EBITA) kwam uit op € 71,2 miljoen, tegen € 64,8 miljoen een jaar eerder. De nettowinst bedroeg € 44,5 miljoen. Wij stellen de Algemene Vergadering voor een dividend uit te keren van € 1,32 per aandeel.

Divisies

De divisie Infra, die onder de naam [[O:Oosterhout Infra]] werkt aan wegen, bruggen en sluizen, profiteerde van grote onderhoudsprojecten voor [[O:Rijkswaterstaat]] en [[O:ProRail]]. Het belangrijkste project, de renovatie van een sluizencomplex bij [[L:'s-Hertogenbosch]], werd in oktober opgeleverd, twee maanden eerder dan gepland.

De divisie Energie, met de dochterondernemingen [[O:Kabelwerken Van Rossum B.V.]] en [[O:Netbouw Noord B.V.]], groeide met 14 procent dankzij de uitbreiding van het elektriciteitsnet. Met netbeheerders [[O:Enexis]] en [[O:Alliander]] zijn nieuwe raamcontracten gesloten voor vier jaar. Het tekort aan technisch personeel blijft de groei echter beperken; wij werken daarom samen met [[O:ROC Tilburg]] en [[O:Fontys Hogescholen]] aan een eigen opleidingsprogramma.

In [[L:België]] rondden wij in juni de overname af van [[O:Aannemingen Verstraete NV]] in [[L:Roeselare]]. Hiermee verdubbelde onze omzet in [[L:Vlaanderen]].

Risico's

Het stikstofdossier en de trage vergunningverlening blijven een risico voor de projectenportefeuille in [[L:Nederland]]. Daarnaast volgen wij nauwlettend de ontwikkeling van de rente, omdat de financiering van grote projecten voor een deel afhankelijk is van [[O:Invest-NL]] en commerciële banken.

Bestuur en toezicht

Per 1 mei 2024 is [[P:Paulien Verschuren]] toegetreden tot de Raad van Bestuur als chief financial officer. Zij volgde [[P:Hendrik-Jan Bolkestein]] op, die na twaalf jaar afscheid nam. De externe accountant, [[O:Deloitte Accountants B.V.]], heeft bij de jaarrekening een goedkeurende controleverklaring afgegeven.

[[L:Oosterhout]], 26 februari 2025

[[P:Maarten Kleijwegt]], voorzitter Raad van Bestuur
""")

d("nl", "news_article", """
Gentse textielfabrikant [[O:Vandeputte Weverijen]] zoekt overnemer na zwaar verlies

Door [[P:Katrien Desmet]]

[[L:GENT]] – [[O:Vandeputte Weverijen]], een van de laatste grote weverijen in [[L:Oost-Vlaanderen]], zoekt een overnemer. Het familiebedrijf uit [[L:Zwijnaarde]] leed vorig jaar een verlies van 6,3 miljoen euro op een omzet van 58 miljoen euro. Dat blijkt uit de jaarrekening die het bedrijf bij de [[O:Nationale Bank van België]] heeft neergelegd.

[[O:Vandeputte]] maakt technisch textiel voor matrassen, meubelbekleding en de auto-industrie. Vooral die laatste markt zakte in elkaar. "Onze grootste klant, een Duitse toeleverancier van autostoelen, heeft zijn bestellingen bijna gehalveerd," zegt gedelegeerd bestuurder [[P:Pieter-Jan Vandeputte]]. "Tegelijk zijn onze energiekosten nog altijd veel hoger dan die van concurrenten in [[L:Turkije]] of [[L:Egypte]]."

Het bedrijf heeft de zakenbank [[O:Degroof Petercam]] aangesteld om kandidaat-kopers te zoeken. Volgens ingewijden hebben zowel de Westvlaamse textielgroep [[O:Declercq Technical Textiles]] als een Italiaanse sectorgenoot interesse getoond. [[O:Declercq]] wilde niet reageren.

Bij [[O:Vandeputte]] werken 310 mensen, van wie 240 in [[L:Zwijnaarde]] en 70 in een kleinere vestiging in [[L:Tourcoing]], net over de Franse grens.

De vakbonden [[O:ACV Puls]] en [[O:ABVV-BBTK]] werden dinsdag ingelicht op een bijzondere ondernemingsraad. "De familie heeft ons verzekerd dat er geen naakte ontslagen gepland zijn, maar de onrust is groot," zegt [[P:Hilde Van Hecke]] van [[O:ACV Puls]].

De [[O:Stad Gent]] en het [[O:Vlaams Agentschap Innoveren & Ondernemen]] ([[O:VLAIO]]) volgen het dossier op. [[O:VLAIO]] verleende [[O:Vandeputte]] in 2022 nog een subsidie van 1,4 miljoen euro voor een nieuwe ververij, op voorwaarde dat de productie in [[L:Vlaanderen]] blijft.

Het bedrijf werd in 1911 opgericht door overgrootvader [[P:Achiel Vandeputte]] en is nog volledig in handen van de familie.
""")

d("nl", "job_reference", """
[[O:Accountantskantoor Wijnbergen & Koster]]
Stationsweg 41
8911 AH [[L:Leeuwarden]]

[[L:Leeuwarden]], 27 juni 2025

Betreft: referentie voor mevrouw [[P:Tjitske Hoogeveen]]

Aan wie het aangaat,

Op verzoek van mevrouw [[P:Tjitske Hoogeveen]] verklaar ik graag het volgende. Mevrouw [[P:Hoogeveen]] is van 1 september 2019 tot en met 30 juni 2025 in dienst geweest van [[O:Wijnbergen & Koster]], eerst als assistent-accountant en vanaf 2022 als senior medewerker samenstelpraktijk.

In die functie was zij verantwoordelijk voor een portefeuille van ruim zeventig klanten, voornamelijk agrarische ondernemingen en familiebedrijven in [[L:Friesland]] en de kop van [[L:Noord-Holland]]. Zij stelde jaarrekeningen en belastingaangiften op, adviseerde klanten over bedrijfsoverdracht binnen de familie en onderhield het contact met de [[O:Belastingdienst]] en met de banken, in het bijzonder [[O:Rabobank Leeuwarden-Noord Friesland]] en [[O:ING]].

Ik wil in het bijzonder haar rol noemen bij de begeleiding van melkveebedrijven rond de stikstofproblematiek. Samen met adviseurs van [[O:LTO Noord]] en [[O:Wageningen University & Research]] bracht zij voor een groep van twaalf klanten de financiële gevolgen van de verschillende uitkoopregelingen in kaart. Klanten waardeerden haar heldere uitleg en haar betrokkenheid.

Mevrouw [[P:Hoogeveen]] heeft in deze periode naast haar werk de opleiding tot Accountant-Administratieconsulent afgerond aan [[O:NHL Stenden Hogeschool]] en is sinds 2024 ingeschreven bij de [[O:Nederlandse Beroepsorganisatie van Accountants]] ([[O:NBA]]).

Zij was een gewaardeerde collega: betrouwbaar, zelfstandig en altijd bereid om anderen te helpen. Wij zien haar met spijt vertrekken. Zij gaat werken bij een groot accountantskantoor in [[L:Groningen]], dichter bij haar nieuwe woonplaats.

Voor nadere informatie ben ik bereikbaar via 058 555 7310.

Met vriendelijke groet,

drs. [[P:Gerben Koster]] RA
vennoot
[[O:Accountantskantoor Wijnbergen & Koster]]
""")

d("nl", "cv", """
CURRICULUM VITAE

Persoonlijke gegevens
Naam: [[P:Bart Verhaegen]]
Woonplaats: [[L:Mechelen]], [[L:België]]
Telefoon: +32 478 55 61 09
E-mail: bart.verhaegen@example.be

Profiel
Logistiek manager met vijftien jaar ervaring in havenlogistiek en distributie. Sterk in procesverbetering, leidinggeven aan grote ploegen en de implementatie van warehousemanagementsystemen. Vlot in Nederlands, Frans, Engels en Duits.

Werkervaring

2019 – heden | Site manager
[[O:Katoen Natie]], [[L:Antwerpen]] (terminal op de linkeroever)
- Leiding over 280 medewerkers in een continudienst.
- Opstart van een nieuw distributiecentrum voor een internationale chemiegroep.
- Samenwerking met [[O:Port of Antwerp-Bruges]] rond digitale douaneafhandeling.

2014 – 2019 | Operations manager
[[O:H.Essers]], [[L:Genk]]
- Verantwoordelijk voor de farma-activiteiten, onder meer voor [[O:Janssen Pharmaceutica]].
- Behalen van het GDP-certificaat voor drie magazijnen.

2010 – 2014 | Teamleider expeditie
[[O:Colruyt Group]], distributiecentrum [[L:Ollignies]]

Opleiding
2008 – 2010 | Master Toegepaste Economische Wetenschappen, [[O:Universiteit Antwerpen]]
2005 – 2008 | Bachelor Handelswetenschappen, [[O:Hogeschool Gent]]
2022 | Executive programma Supply Chain Leadership, [[O:Vlerick Business School]]

Nevenactiviteiten
Bestuurslid van [[O:VIL]], het [[O:Vlaams Instituut voor de Logistiek]] (sinds 2021)
Jeugdtrainer bij [[O:KV Mechelen]]

Referenties
Op aanvraag.
""")

d("nl", "payment_reminder", """
[[O:Drukkerij Van Wijngaarden B.V.]]
Industrieweg 88 | 3044 AT [[L:Rotterdam]]
KvK 24318876 | btw NL008124470B01

[[O:Evenementenbureau Stralend Feest V.O.F.]]
T.a.v. de heer [[P:M. Bouzidi]]
Witte de Withstraat 112
3012 BS [[L:Rotterdam]]

[[L:Rotterdam]], 3 april 2025

Betreft: laatste aanmaning factuur 2025-00231

Geachte heer [[P:Bouzidi]],

Op 17 januari 2025 hebben wij u factuur 2025-00231 gestuurd voor het drukken van 4.000 programmaboekjes en 250 banners voor het bedrijfsjubileum van uw opdrachtgever [[O:Havenbedrijf Rotterdam]]. Het factuurbedrag van € 9.873,45 (inclusief btw) had uiterlijk 16 februari 2025 op onze rekening moeten staan. Ondanks onze betalingsherinnering van 25 februari en ons telefoongesprek met uw collega mevrouw [[P:Dijkhuizen]] op 12 maart hebben wij nog geen betaling ontvangen.

Wij verzoeken u het openstaande bedrag binnen veertien dagen na dagtekening van deze brief over te maken op IBAN NL57 INGB 0006 1234 56 ten name van [[O:Drukkerij Van Wijngaarden]], onder vermelding van het factuurnummer.

Betaalt u niet binnen deze termijn, dan zijn wij genoodzaakt de vordering uit handen te geven aan ons incassobureau, [[O:Intrum Nederland B.V.]]. In dat geval bent u naast de hoofdsom de wettelijke handelsrente en de buitengerechtelijke incassokosten verschuldigd. Volgens de wettelijke staffel bedragen deze kosten € 723,73.

Wij begrijpen dat de betaling door uw opdrachtgever soms op zich laat wachten, maar onze afspraken zijn gemaakt met [[O:Stralend Feest]] en niet met het [[O:Havenbedrijf]]. Mocht er een reden zijn waarom u de factuur niet kunt of wilt betalen, neemt u dan vóór 10 april contact op met ondergetekende. Een betalingsregeling behoort tot de mogelijkheden.

Als u inmiddels heeft betaald, kunt u deze brief als niet verzonden beschouwen.

Met vriendelijke groet,

[[O:Drukkerij Van Wijngaarden B.V.]]

[[P:Yvonne Ploeger]]
debiteurenbeheer
""")

d("nl", "bank_letter", """
[[O:Triodos Bank N.V.]]
Zakelijke relaties
Postbus 55
3700 AB [[L:Zeist]]

[[O:Coöperatie Zonnedak Utrechtse Heuvelrug U.A.]]
T.a.v. het bestuur, mevrouw [[P:A. Schimmelpenninck]]
Dorpsstraat 7
3941 JK [[L:Doorn]]

[[L:Zeist]], 19 mei 2025

Kenmerk: ZR/2025/0447

Betreft: aanbod financiering zonnedak sporthal

Geacht bestuur,

Wij danken u voor uw aanvraag van 2 april en het prettige gesprek met uw penningmeester, de heer [[P:Diederik Hamaker]], en onze relatiebeheerder, mevrouw [[P:Sanne Wouters]]. Wij hebben uw plannen voor een zonnedak van 1.100 panelen op de sporthal van de [[O:gemeente Utrechtse Heuvelrug]] in [[L:Driebergen-Rijsenburg]] beoordeeld en doen u graag het volgende aanbod.

Hoofdsom: € 385.000
Looptijd: 15 jaar, lineaire aflossing
Rente: 4,15% vast voor 10 jaar
Zekerheden: verpanding van de zonnepanelen, de omvormers en de vorderingen uit de stroomafnameovereenkomst met [[O:Energie VanOns]], en een recht van opstal op het dak van de sporthal

De financiering is onder meer afhankelijk van de volgende voorwaarden:
1. Een onherroepelijke beschikking voor de SCE-subsidie van de [[O:Rijksdienst voor Ondernemend Nederland]] ([[O:RVO]]).
2. Een door de [[O:gemeente Utrechtse Heuvelrug]] ondertekende opstalovereenkomst voor ten minste twintig jaar.
3. Een bouwkundig rapport van [[O:Bureau Dakadvies Midden]] waaruit blijkt dat het dak de extra belasting kan dragen.
4. Een inleg van eigen vermogen van ten minste € 90.000 door de leden van de coöperatie.

Dit aanbod is geldig tot 30 juni 2025. Wij zijn trots dat [[O:Triodos]] een coöperatie uit de eigen regio mag financieren en kijken uit naar de samenwerking.

Met vriendelijke groet,

[[O:Triodos Bank N.V.]]

[[P:Sanne Wouters]]                 [[P:Maurits de Bruijn-Akkerman]]
relatiebeheerder                       kredietcommissie

[[O:Triodos Bank N.V.]] staat onder toezicht van [[O:De Nederlandsche Bank]] en de [[O:Autoriteit Financiële Markten]].
""")

d("nl", "court_summary", """
Samenvatting uitspraak

[[O:Rechtbank Gelderland]], zittingsplaats [[L:Arnhem]], 12 maart 2025
ECLI:NL:RBGEL:2025:1874
[[O:Bouwbedrijf Hendriksen Ede B.V.]] tegen [[O:Gemeente Ede]]

Feiten

In 2022 gunde de [[O:Gemeente Ede]] na een openbare aanbesteding de bouw van een nieuwe brede school in de wijk [[L:Kernhem]] aan [[O:Bouwbedrijf Hendriksen Ede B.V.]] ([[O:Hendriksen]]) voor een aanneemsom van € 7,9 miljoen. Tijdens de uitvoering stegen de prijzen van bouwmaterialen fors als gevolg van de oorlog in [[L:Oekraïne]]. [[O:Hendriksen]] vroeg de gemeente om een bijdrage in de meerkosten van € 612.000, met een beroep op de UAV 2012 en op onvoorziene omstandigheden. De gemeente weigerde: volgens haar had [[O:Hendriksen]] deze risico's bij de inschrijving moeten inprijzen.

Oordeel van de rechtbank

De rechtbank stelt voorop dat de prijsstijgingen van 2022 naar hun aard en omvang niet voorzienbaar waren bij de inschrijving in november 2021. Zij verwijst daarbij naar de cijfers van het [[O:Economisch Instituut voor de Bouw]] en naar de handreiking die het [[O:Ministerie van Binnenlandse Zaken en Koninkrijksrelaties]] in 2022 aan aanbestedende diensten heeft gestuurd. Dat [[O:Hendriksen]] een deel van het risico zelf moet dragen, vindt de rechtbank redelijk; het is echter in strijd met de redelijkheid en billijkheid dat de [[O:gemeente Ede]] zich volledig op de overeengekomen prijs beroept.

De rechtbank verdeelt de meerkosten die uitgaan boven een drempel van 3% van de aanneemsom gelijk tussen partijen. Daarmee veroordeelt zij de gemeente tot betaling van € 187.400, vermeerderd met de wettelijke rente. De proceskosten worden gecompenseerd.

Betekenis

De uitspraak sluit aan bij eerdere uitspraken van de [[O:Raad van Arbitrage voor de Bouw]] over de prijsstijgingen in 2022. Voor aanbestedende diensten is de les dat een beroep op een vaste prijs niet altijd standhoudt. [[O:Hendriksen]] werd bijgestaan door mr. [[P:Joris Tammenga]] van [[O:Dirkzwager]], de gemeente door mr. [[P:Ellen Brouwer-Sikkema]] van [[O:Pels Rijcken]]. Het is nog niet bekend of de gemeente in hoger beroep gaat bij het [[O:Gerechtshof Arnhem-Leeuwarden]].

Mr. [[P:Koen Raaijmakers]], advocaat bouwrecht te [[L:Nijmegen]]
""")

d("nl", "tender_notice", """
Aankondiging van een opdracht – Openbare procedure

Aanbestedende overheid: [[O:Stad Gent]], Dienst Aankoop en Logistiek, Botermarkt 1, 9000 [[L:Gent]]
Contactpersoon: [[P:Lieve Claeys]], aankoopdeskundige

Referentie: AK/2025/0214

1. Voorwerp van de opdracht
Raamovereenkomst voor de levering, installatie en het onderhoud van laadpalen voor elektrische dienstvoertuigen op de sites van [[O:Stad Gent]] en [[O:OCMW Gent]]. De opdracht omvat ongeveer 160 laadpunten op 22 locaties, waaronder de stadsdepots in [[L:Oostakker]] en [[L:Sint-Denijs-Westrem]] en het administratief centrum aan de Zuid.

2. Percelen
Perceel 1: laadinfrastructuur op de grote depots (AC en DC)
Perceel 2: laadinfrastructuur op kleinere sites (uitsluitend AC)
Een inschrijver kan voor beide percelen inschrijven.

3. Duur
Vier jaar, met een mogelijke verlenging van twee jaar voor het onderhoudsgedeelte.

4. Geraamde waarde
€ 2.650.000 exclusief btw voor de volledige looptijd.

5. Selectiecriteria
De inschrijver bewijst ten minste drie vergelijkbare opdrachten voor openbare besturen of ondernemingen in de voorbije vijf jaar. De installateur beschikt over een erkenning voor elektrische installaties en werkt met technici die opgeleid zijn volgens de normen van de [[O:Vlaamse Regulator van de Elektriciteits- en Gasmarkt]] ([[O:VREG]]). De aansluiting op het net gebeurt in overleg met netbeheerder [[O:Fluvius]].

6. Gunningscriteria
Prijs (40 punten), kwaliteit en duurzaamheid van het materiaal (30 punten), onderhoudsconcept en reactietijden (20 punten), sociale tewerkstelling (10 punten).

7. Indiening
Offertes worden uitsluitend elektronisch ingediend via het federale e-procurementplatform van de [[O:FOD BOSA]], uiterlijk op 16 juni 2025 om 11.00 uur. Een infosessie vindt plaats op 27 mei 2025 in het stadhuis van [[L:Gent]].

8. Subsidie
De opdracht wordt mee gefinancierd door het [[O:Vlaams Energie- en Klimaatagentschap]] ([[O:VEKA]]) in het kader van de lokale klimaatpacten.

9. Beroep
Beroep kan worden ingesteld bij de [[O:Raad van State]], afdeling Bestuursrechtspraak, Wetenschapsstraat 33, 1040 [[L:Brussel]].

[[L:Gent]], 6 mei 2025
Voor het college van burgemeester en schepenen
[[P:Koen Vanderstraeten]], algemeen directeur
""")

d("nl", "complaint_reply", """
[[O:Keukenstudio Brouwer & Zn.]]
Klantenservice
Ambachtsweg 14
3771 MG [[L:Barneveld]]

De heer en mevrouw [[P:Van Oortmerssen]]
Hoefslag 9
3862 PD [[L:Nijkerk]]

[[L:Barneveld]], 21 november 2024

Uw kenmerk: klacht d.d. 4 november 2024
Ons kenmerk: KS/24/1187

Geachte heer en mevrouw [[P:Van Oortmerssen]],

Hartelijk dank voor uw brief van 4 november, waarin u uw teleurstelling uitspreekt over de levering en montage van uw nieuwe keuken. Het spijt mij oprecht dat het project niet is verlopen zoals wij u hadden beloofd.

Ik heb uw klacht besproken met onze montageleider, de heer [[P:Gijs Verhoef]], en met onze leverancier van werkbladen, [[O:Stoneline Composieten]] uit [[L:Veenendaal]]. Zij bevestigen dat het composieten werkblad met een verkeerde uitsparing voor de kookplaat is geleverd en dat onze monteurs dit ter plaatse hebben geprobeerd te corrigeren. Dat had niet mogen gebeuren: het werkblad had direct moeten worden afgekeurd.

Wij stellen het volgende voor:
1. [[O:Stoneline]] maakt een nieuw werkblad op maat. Het inmeten gebeurt op 28 november; plaatsing volgt uiterlijk op 13 december, zodat u de feestdagen met een complete keuken kunt doorbrengen.
2. De beschadigde zijwand van de hoge kast wordt op dezelfde dag vervangen.
3. Als compensatie voor het ongemak vergoeden wij € 750,00, die wij binnen tien werkdagen naar uw rekening overmaken.

De storing aan de inductiekookplaat valt onder de fabrieksgarantie. Wij hebben hiervoor namens u een afspraak gemaakt met de technische dienst van [[O:Bosch]], die op 26 november tussen 8.00 en 12.00 uur langskomt.

Mocht u met dit voorstel niet akkoord gaan, dan kunt u uw klacht voorleggen aan de [[O:Geschillencommissie Wonen]] in [[L:Den Haag]]. Als lid van de branchevereniging [[O:CBW-Mitex]] zijn wij aan de uitspraken van deze commissie gebonden.

Ik hoop van harte dat wij het vertrouwen dat u in [[O:Brouwer & Zn.]] heeft gesteld met deze oplossing kunnen herstellen.

Met vriendelijke groet,

[[P:Anneke Brouwer]]
eigenaar
[[O:Keukenstudio Brouwer & Zn.]]
""")

d("nl", "internal_memo", """
INTERN MEMO

Aan: alle medewerkers [[L:Amersfoort]] en [[L:Apeldoorn]]
Van: [[P:Wouter Kamphorst]], directeur, en [[P:Saskia Timmer]], HR-manager
Datum: 2 september 2025
Onderwerp: verhuizing naar nieuw kantoor, nieuwe pensioenuitvoerder en cao

Beste collega's,

Na de zomer staan er drie belangrijke veranderingen op stapel. Hieronder zetten we ze op een rij.

1. Verhuizing
Op vrijdag 7 november verhuizen de teams uit [[L:Amersfoort]] naar het nieuwe kantoor aan de Stationsweg in [[L:Apeldoorn]]. Het verhuisbedrijf [[O:Mondial Movers]] pakt op donderdag 6 november alles in; zorg dat je bureau die dag om 15.00 uur leeg is. [[O:Insight IT Services]] richt in het weekend de werkplekken in, zodat we maandag 10 november direct aan de slag kunnen. Wie reiskosten gaat maken die hoger zijn dan nu, kan een compensatieregeling aanvragen bij [[P:Saskia]].

2. Pensioen
Per 1 januari 2026 stappen we over van ons huidige verzekerde pensioen bij [[O:Nationale-Nederlanden]] naar het bedrijfstakpensioenfonds [[O:PME]]. Dit is een gevolg van de nieuwe pensioenwet en van de verplichtstelling in onze sector. Je opgebouwde pensioen blijft gewoon staan. In oktober organiseren we twee informatiebijeenkomsten met een adviseur van [[O:Kroeze Pensioenadvies]], het bureau dat ons bij de overstap begeleidt. Iedereen krijgt daarnaast een persoonlijk overzicht.

3. Cao
De werkgeversorganisatie [[O:FME]] en de vakbonden [[O:FNV Metaal]], [[O:CNV Vakmensen]] en [[O:De Unie]] hebben in juni een akkoord bereikt over een nieuwe cao. Voor ons betekent dit een loonsverhoging van 3,5% per 1 oktober en nog eens 2% per 1 juli 2026. Het akkoord is inmiddels algemeen verbindend verklaard door het [[O:Ministerie van Sociale Zaken en Werkgelegenheid]].

De ondernemingsraad is bij alle drie onderwerpen betrokken geweest en heeft positief geadviseerd. Vragen? Loop gerust even binnen bij een van ons, of mail naar hr@example.nl.

Met vriendelijke groet,

[[P:Wouter Kamphorst]]
[[P:Saskia Timmer]]
""")

d("nl", "due_diligence", """
VERTROUWELIJK – Due diligence rapport (samenvatting)
Project Kievit

Opdrachtgever: [[O:Noordster Capital Partners B.V.]], [[L:Amsterdam]]
Doelvennootschap: [[O:Hoveniersbedrijf Groenrijk Holding B.V.]] en haar dochtervennootschappen (samen "[[O:Groenrijk]]")
Opgesteld door: [[O:Baker Tilly]] (financieel en fiscaal) en [[O:Loyens & Loeff]] (juridisch)
Datum: 28 januari 2025

1. Activiteiten
[[O:Groenrijk]] is actief in de aanleg en het onderhoud van openbaar groen, sportvelden en bedrijfstuinen. De groep heeft vestigingen in [[L:Harderwijk]], [[L:Zutphen]] en [[L:Deventer]] en telt 214 medewerkers. De omzet over 2024 bedroeg € 38,9 miljoen, de genormaliseerde EBITDA € 4,6 miljoen.

2. Klanten en contracten
Ongeveer 65% van de omzet komt van overheden, met als grootste opdrachtgevers de [[O:gemeente Apeldoorn]], de [[O:gemeente Zwolle]] en [[O:Waterschap Vallei en Veluwe]]. De meeste contracten zijn via openbare aanbestedingen verkregen en lopen nog twee tot vier jaar. Het contract met de [[O:gemeente Zwolle]] (€ 5,2 miljoen per jaar) loopt in december 2025 af en wordt opnieuw aanbesteed. Een verlies van dit contract zou de EBITDA met naar schatting € 0,8 miljoen verlagen.

3. Management en personeel
Oprichter [[P:Henk Lubbers]] (64) wil na de transactie uiterlijk twee jaar aanblijven als adviseur. Algemeen directeur [[P:Jolanda ter Haar]] en financieel directeur [[P:Niels Scholten]] herinvesteren elk een deel van hun opbrengst. In het hoogseizoen werkt [[O:Groenrijk]] met ruim zestig uitzendkrachten, grotendeels via [[O:Tempo-Team]]; de naleving van de cao voor uitzendkrachten is steekproefsgewijs gecontroleerd en in orde bevonden.

4. Juridische en fiscale bevindingen
– Er loopt een procedure bij de [[O:Rechtbank Gelderland]] over een bedrijfsongeval in 2023; de claim is gedekt door de aansprakelijkheidsverzekering bij [[O:Nationale-Nederlanden]].
– De [[O:Belastingdienst]] heeft in 2024 een boekenonderzoek naar de loonheffingen afgerond, met een naheffing van € 96.000 die volledig is betaald.
– De [[O:Nederlandse Arbeidsinspectie]] deed in 2023 een controle op de vestiging [[L:Zutphen]] zonder bevindingen.

5. Financiering
De bestaande kredietfaciliteit van [[O:ABN AMRO]] (€ 7 miljoen) bevat een change-of-controlbepaling en moet bij closing worden afgelost of geherfinancierd.

Contactpersoon: [[P:Floor Beukenkamp]], partner, [[O:Baker Tilly]]
""")


# ================================================================ processing
# The markup, the checks, the file and the counts are docset.py's, with this
# set's name, its documents' length in words and longer lists of legal forms
# (for grouping a company's full and short names) and of titles (for the
# warning when a PERSON starts with one).
LEGAL_FORMS = docset.LEGAL_FORMS + [
    "gGmbH", "e.K.", "GbR", "DAC", "e.V.", "SE", "S.A.S.",
    "S.L.U.", "S.A.U.", "S.a.s.", "S.C.", "C.V.", "Coop.", "SCRL", "SRL",
    "BV", "NV", "Srl", "SpA", "SASU", "SNC", "Sarl", "S.à r.l.", "LLC",
]
TITLE_PREFIXES = docset.TITLE_PREFIXES + (
    "Sir ", "Me ", "Dipl", "Mag.", "dhr.", "mevr.", "Don ", "Doña ",
    "Mlle", "Maître", "Arch.", "Rag.", "ir. ", "mr. ", "drs. ")


def word_count(text):
    """This set's documents are 150 to 450 words long."""
    n = len(text.split())
    return 150 <= n <= 450, f"{n} words"


if __name__ == "__main__":
    docset.main(DOCS, name="docset3", default_out="docs3.jsonl", size_check=word_count,
                legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES)
