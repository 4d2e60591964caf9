#!/usr/bin/env python3
"""The sixth document set: 96 business documents of kinds the earlier sets
did not use (personal-data breach notifications to a supervisory authority,
replies to subject access requests, court summonses and judgments, police
and incident reports, environmental permit decisions, veterinary and
pharmacy letters, university and college admission letters, a research
consortium agreement, charity, parish and NGO newsletters, trade-fair
exhibitor correspondence, airline and rail complaints, pension and annuity
statements, vehicle leasing contracts, wine and food export e-mails and a
certificate of origin, auditors' management letters, board resolutions,
press releases about appointments, conference programmes with speakers'
affiliations, bank due-diligence requests, chamber of commerce
correspondence, sports federation decisions, an ethics committee vote,
owners' association and condominium meeting notices, recruitment agency
e-mails, a logistics incident e-mail chain and a festival sponsorship
agreement), 16 each in English, German, French, Spanish, Italian and Dutch,
each written in its own language rather than translated, in the shape of
letters with letterheads and signature blocks, e-mail headers with quoted
replies, forms with numbered sections, tables as text, agendas, programmes
and lists of attendees with their affiliations, some headings in capitals.
In them organisations of many kinds and shapes (companies with and without
a legal form, placed before or after the name, co-operatives, associations,
foundations, ministries, regional and local authorities, agencies, courts,
police forces, universities, hospitals, practices, pharmacies, parishes,
clubs, federations, pension funds and banks; public bodies written with
lower-case words; German genitive forms; acronyms defined in brackets; short
names; names containing a place or a surname, with "&", "+" or a hyphen;
foreign companies named in another language's text; one-word brand-like
names introduced only by their context) are named in full and then by
shorter forms, annotated with PERSON, ORGANIZATION and LOCATION. Written on
2026-12-07 by a helper who had not seen the analyzer or the documents of
the other sets (it read only the conventions at the top of docset5.py and
the processing code at the bottom of docset5.py and docset.py; about twenty
closing lines of docset5.py's last document and a few lines of docset.py's
documents passed before its eyes while it looked for that code), with
invented and a few real organisation names (none from Faker or mimesis);
meant as a development set: the rules' author may read it and its errors.

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs6.jsonl next to this file).

Conventions (those of docset5.py): an ORGANIZATION span covers the name as
written, with its legal form, without a leading article unless the article
is part of the name ("De Nederlandsche Bank", "De Geschillencommissie",
"The Student Hotel"); a possessive ending is left out ("Bramblewick's"); a
German genitive is kept as written ("des Landeskriminalamtes
Nordrhein-Westfalen", "der Deutschen Bahn"); a place inside an
organisation's name belongs to the ORGANIZATION ("Tribunal judiciaire de
Grenoble", "Gemeente Deventer", "CCOO de Andalucía"). A public body written
with a lower-case word is marked as written ("rechtbank Noord-Holland",
"tribunal administratif de Bordeaux", "paroisse Sainte-Marguerite"). An
acronym defined in brackets is marked on its own, apart from the full name,
and so is each later use of it or of a short name. Hospitals, hotels,
practices, pharmacies, schools, parishes and a shop's or team's trading
name are organisations; a department, section, chamber, ward, unit, board
or committee of an organisation is not marked (the ethics committee of a
university, the "Sportgericht" of a federation, the "Comité de Competición",
"Gedeputeerde Staten", the "Collegio Sindacale"), nor is a generic
reference ("the Company", "die Gemeinde", "la Provincia", "il Consorzio"
used alone) or a party's role in a contract ("the Claimant", "le loueur",
"el arrendatario", "de lessee"). A PERSON span is the name without titles,
salutations or functions ("Cllr", "Dr", "Prof. Dr. med.", "Herrn", "Me",
"Maître", "Mgr", "Père", "D.ª", "Sr. D.", "dott.ssa", "avv.", "geom.",
"don", "ing.", "drs.", "de heer", "mevrouw"); surname-alone,
first-name-alone and initials-and-surname mentions are marked, and so are
names in e-mail headers and in "surname, first name" order; a family name
used for the family is a PERSON ("la familia Ezquerro"). LOCATION covers
cities, towns, villages, districts, regions, provinces (also the Italian
two-letter code in an address), islands, rivers ("River Colne", "Egau",
"Spaarne"), estuaries, seas and countries, not streets, postcodes,
buildings, stations, venues, industrial estates, sites or farms. Products,
brands, vehicles and vessels, animals, programmes (Deltaprogramma, Erasmus+),
degree courses, projects, laws, job titles, documents, registers, events
(fairs, festivals, congresses) and nationality adjectives are not marked.
Names inside e-mail addresses and web addresses are not marked.
"""
import docset  # the markup, the checks and the counts (this file's folder is on the path)
import docset5  # its lists of legal forms and titles

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))

# ---------------------------------------------------------------- English
d("en", "breach_notification", """
[[O:Information Commissioner's Office]]
Wycliffe House, Water Lane, [[L:Wilmslow]], [[L:Cheshire]] SK9 5AF

PERSONAL DATA BREACH REPORT – FOLLOW-UP TO INITIAL NOTIFICATION
ICO reference: IC-418207-K3M9
Submitted: 14 March 2025, 16:42

Section 1 – About your organisation
Controller: [[O:Pellow & Strand Dental Group Ltd]] (trading as "[[O:Smile Cornwall]]"), 14 Lemon Street, [[L:Truro]] TR1 2LS
Data protection officer: [[P:Kerenza Trethewey]], tel. 01872 550 913, dpo@pellowstrand.co.uk
Processor involved: [[O:Bramblewick Cloud Services Limited]], [[L:Bristol]]

Section 2 – What happened
On 10 March 2025 at approximately 21:15 an unauthorised party logged in to the appointment-booking platform hosted by [[O:Bramblewick]]. The attacker used the credentials of a receptionist at our [[L:Falmouth]] practice, which had been harvested through a phishing e-mail impersonating [[O:Microsoft]]. Between 21:15 and 23:40 the attacker exported a report containing 3,612 patient records from the [[L:Truro]], [[L:Falmouth]] and [[L:Penzance]] practices. [[O:Bramblewick]]'s monitoring flagged the export the next morning.

Section 3 – Data and people affected
Names, dates of birth, home addresses, telephone numbers and appointment notes (which in 214 cases mention the type of treatment). No payment card data was held on the platform. No patients outside the [[L:United Kingdom]] are affected.

Section 4 – Actions taken
- The compromised account was disabled at 07:50 on 11 March by [[P:Owen Pascoe]], our practice systems manager.
- [[O:Bramblewick]] rotated all API keys and engaged [[O:Northgate Forensic LLP]] to review the logs; their preliminary report is attached.
- The incident was reported to [[O:Action Fraud]] (reference NFRC250307711) and to [[O:Devon and Cornwall Police]].
- Affected patients are being notified by letter from 17 March; the helpline is run for us by [[O:Kernow Contact Centre Ltd]].

Signed: [[P:Kerenza Trethewey]], DPO, on behalf of [[P:Jago Pellow]], Managing Director
""")

d("en", "subject_access_reply", """
[[O:Corrib Home Insurance DAC]]
Unit 3, Dangan Business Centre, [[L:Galway]] H91 X2C4

Ms [[P:Aoife Ní Bhriain]]
27 Father Griffin Road
[[L:Galway]]

Our ref: DSAR/2025/0418
2 June 2025

Dear Ms [[P:Ní Bhriain]],

Your subject access request of 6 May 2025

Thank you for your e-mail of 6 May 2025, in which you asked for a copy of all personal data we hold about you under Article 15 GDPR. We verified your identity on 8 May, so the one-month deadline runs until 8 June 2025.

The encrypted USB key enclosed (the password follows by text message) contains:
1. the policy file for home policy HP-7730192, including the proposal form completed through your broker, [[O:Claddagh Insurance Brokers Limited]];
2. claim file CL-22-04561 (escape of water, October 2022), including the report of the loss adjusters, [[O:Lynch & Keaveney]], and the quotation from [[O:Atlantic Restoration Services]] of [[L:Oranmore]];
3. recordings of your calls of 14 October 2022 and 3 February 2025;
4. the results of the fraud-screening search carried out through [[O:Insurance Ireland]] when the claim was opened.

We have redacted the names and contact details of third parties, including your former tenant, under section 60 of the Data Protection Act 2018. Notes written by our in-house solicitor, Mr [[P:Colm Tierney]], in anticipation of litigation are withheld as legally privileged.

Your data are stored in [[L:Ireland]] and, for back-up, in a data centre of our group parent in [[L:Frankfurt]]. We do not carry out automated decision-making about you.

If you are not satisfied with this reply, you can contact me directly or complain to the [[O:Data Protection Commission]], 21 Fitzwilliam Square South, [[L:Dublin]] 2.

Yours sincerely,

[[P:Declan Furlong]]
Data Protection Officer
""")

d("en", "court_judgment", """
IN THE [[O:COUNTY COURT AT LEEDS]]
Claim No. K00LS412

Before: District Judge [[P:Rachel Okafor]]
Hearing date: 11 September 2024

BETWEEN
[[O:AIREBOROUGH JOINERY LIMITED]] (Claimant)
and
[[P:MARTIN HESKETH]] t/a [[O:HESKETH PROPERTY LETTINGS]] (Defendant)

Mr [[P:Tobias Renshaw]] (instructed by [[O:Brindley Cope Solicitors LLP]]) for the Claimant
The Defendant in person

APPROVED JUDGMENT

1. The Claimant is a joinery company based in [[L:Guiseley]]. It claims £18,640 for fitting kitchens in six flats in [[L:Headingley]] owned by Mr [[P:Hesketh]], together with interest under the Late Payment of Commercial Debts (Interest) Act 1998.

2. Mr [[P:Hesketh]] accepts that the work was done but says that four of the kitchens were fitted with worktops of a cheaper grade than the one quoted, and counterclaims £6,200 for their replacement.

3. I heard evidence from [[P:Gary Pollard]], the Claimant's site foreman, and from [[P:Lorraine Dobson]], its office manager, and for the Defendant from Mr [[P:Hesketh]] himself and from [[P:Imran Sadiq]], a surveyor with [[O:Yorkshire Building Surveyors Ltd]] who inspected the flats in March 2024.

4. The quotation of 2 February 2023 specified "solid oak, 40 mm". The invoices from the supplier, [[O:Timberline Wholesale (Bradford) Ltd]], show that oak-veneered boards were delivered to three of the flats. Mr [[P:Pollard]] candidly accepted this in cross-examination. I prefer Mr [[P:Sadiq]]'s evidence that a fourth flat was fitted with the same boards.

5. The Claimant is entitled to £18,640 less £4,960, being the reasonable cost of replacing four worktops, that is £13,680 with statutory interest from 1 May 2023. Costs are reserved to a hearing on the first open date after 14 days.
""")

d("en", "logistics_incident_emails", """
From: [[P:Callum Reid]] <c.reid@tarnhaulage.co.uk>
To: Marine Claims <claims@meridiantransit.com>
Cc: [[P:Sophie Langley]] <s.langley@ellwoodaudio.com>
Date: Thu, 23 Jan 2025 09:14
Subject: RE: Trailer theft – [[L:Stafford]] – load ref TH-55812

Good morning,

Further to my e-mail below, [[O:Staffordshire Police]] have now given us a crime number: 25-011473. The trailer was found empty yesterday evening on a farm track near [[L:Uttoxeter]]; the seal had been cut and all 26 pallets were missing. Our driver, [[P:Neil Cartwright]], has given a full statement.

Please let me know whether you wish your surveyor to inspect the trailer before we release it back to the lessor, [[O:TIP Trailer Services]].

Kind regards
[[P:Callum Reid]]
Operations Manager, [[O:Tarn Haulage Ltd]], [[L:Kendal]]

-----Original Message-----
From: [[P:Sophie Langley]]
Sent: Tue, 21 Jan 2025 17:02
Subject: RE: Trailer theft – [[L:Stafford]] – load ref TH-55812

[[P:Callum]], thanks for the call. For the insurers: the load was 26 pallets of powered speakers (model EA-410), invoice value £148,300, collected from our warehouse in [[L:Huddersfield]] and bound for [[L:Felixstowe]], where it was to be shipped to [[L:Rotterdam]] for our distributor [[O:Klankwerk Distributie B.V.]] I attach the commercial invoice and the CMR note.

We will be claiming against [[O:Tarn]] under the CMR Convention and ask that [[O:Meridian]] acknowledge receipt.

[[P:Sophie Langley]]
Supply Chain Lead, [[O:Ellwood Audio Systems plc]]

-----Original Message-----
From: [[P:Callum Reid]]
Sent: Tue, 21 Jan 2025 07:48
Subject: Trailer theft – [[L:Stafford]] – load ref TH-55812

Dear [[O:Meridian Transit Insurance]] team,

We must notify a theft under our goods-in-transit policy MT-88214. Our driver took his statutory break at the motorway services near [[L:Stafford]] overnight on 20/21 January; at 05:30 he found that the trailer had been uncoupled and driven away. The tractor unit was left behind. [[P:Sophie]] at [[O:Ellwood]] is in copy.

[[P:Callum]]
""")

d("en", "environmental_permit", """
[[O:Environment Agency]]

Notice of variation and consolidation with introductory note
The Environmental Permitting (England and Wales) Regulations 2016

Permit number: EPR/KP3391XT
Variation application: EPR/KP3391XT/V004

Operator: [[O:Colne Valley Textile Finishers Limited]]
Company number: 01945233
Installation: Bankside Dyeworks, Bridge Lane, [[L:Slaithwaite]], [[L:Huddersfield]] HD7 5JX

INTRODUCTORY NOTE

This variation authorises an increase in the treated effluent discharged to the [[L:River Colne]] from 450 m³ to 620 m³ a day, following the commissioning of a new membrane bioreactor supplied by [[O:Aquaclear Process Engineering Ltd]]. New emission limits are set for ammonia, chemical oxygen demand and colour, and an improvement condition requires the operator to report on trials of a tertiary ozone stage by 30 June 2026.

Consultation
We consulted the following bodies. Their comments are summarised in the decision document.
• [[O:Kirklees Council]] – Environmental Health: no objection, noise conditions unchanged.
• [[O:UK Health Security Agency]]: no objection.
• [[O:Yorkshire Water Services Limited]]: asked for notification of any bypass event; included as condition 3.1.6.
• [[O:Natural England]]: concerned about the downstream [[L:Calder]] catchment; addressed by the revised colour limit.
• [[O:Canal & River Trust]]: no comments received.

Two members of the public, from [[L:Marsden]] and [[L:Linthwaite]], raised odour from the sludge press. We have added a requirement to enclose the press before 1 March 2026.

Status log
Application duly made: 12 February 2025
Additional information received: 4 April 2025
Permit issued: 18 July 2025

Signed: [[P:Hannah Whitworth]], Permitting Team Leader, authorised on behalf of the [[O:Environment Agency]]
""")

d("en", "veterinary_referral", """
[[O:Hollybank Veterinary Centre]]
61 Painswick Road, [[L:Stroud]], [[L:Gloucestershire]] GL5 2QT
Tel 01453 884 210

To: Internal Medicine Service, [[O:Severnside Veterinary Referrals]], [[L:Gloucester]]

Date: 19 August 2025

Re: "Pepper", 9-year-old female neutered Border Collie, 18.4 kg
Owner: Mrs [[P:Helen Garside]], Far Orchard, [[L:Nailsworth]]
Insurer: [[O:Petwise Insurance Services Ltd]], policy PW-3381907 (pre-authorisation attached)

Dear Dr [[P:Kowalczyk]],

Thank you for agreeing to see Pepper on Thursday. She was presented to my colleague [[P:Tom Ashdown]] on 2 August with a three-week history of polyuria, polydipsia and weight loss of about 1.5 kg.

Findings so far:
- Haematology and biochemistry (in-house, 2 August): mild non-regenerative anaemia, ALP 612 U/L, glucose normal.
- Urine specific gravity 1.008, no glucosuria; culture sent to [[O:IDEXX Laboratories]] was negative.
- ACTH stimulation test (sent to [[O:Axiom Veterinary Laboratories]], [[L:Newton Abbot]]): post-ACTH cortisol 498 nmol/L, consistent with hyperadrenocorticism, but I would value your opinion before we start trilostane, as the abdominal ultrasound by our visiting sonographer, [[P:Anna Lind]], also showed a 2.3 cm splenic nodule.

Pepper is currently on no medication. She is nervous in kennels, so Mrs [[P:Garside]] would like to stay with her during the consultation if possible.

The full clinical history has been sent through the [[O:VetSend]] portal.

Kind regards,

[[P:Priya Raman]] BVSc MRCVS
""")

d("en", "admission_letter", """
[[O:Lakeshore State University]]
Office of Graduate Admissions
1200 University Drive, [[L:Duluth]], [[L:Minnesota]] 55812, [[L:USA]]

March 28, 2025

Mr. [[P:Kwabena Asante-Mensah]]
P.O. Box KN 4417
[[L:Kaneshie]], [[L:Accra]]
[[L:Ghana]]

Dear Mr. [[P:Asante-Mensah]]:

On behalf of the faculty of the Department of Chemical Engineering, I am pleased to offer you admission to the Master of Science program in Chemical Engineering for the Fall 2025 semester, beginning August 25, 2025.

This offer is accompanied by a graduate research assistantship in the Water Treatment Laboratory directed by Professor [[P:Ingrid Solberg]], carrying a stipend of $24,600 for the academic year and a full tuition waiver. The assistantship is funded in part by a grant from the [[O:Great Lakes Freshwater Foundation]] and a research contract with [[O:Arrowhead Mining Company]].

Before your I-20 form can be issued, please send us:
1. confirmation of your scholarship from the [[O:Ghana Education Trust Fund]] ([[O:GETFund]]) for living costs not covered by the stipend;
2. a final transcript from the [[O:Kwame Nkrumah University of Science and Technology]] ([[O:KNUST]]) in [[L:Kumasi]], sent directly by its Registrar;
3. a copy of your passport.

Your application was supported by Dr. [[P:Yaw Boateng]] of [[O:KNUST]] and by [[P:Efua Quartey]] of [[O:Ghana Water Limited]], with whom you completed your national service. Please accept or decline this offer through the applicant portal by April 15, 2025.

We look forward to welcoming you to [[L:Duluth]].

Sincerely,

[[P:Marcus Feldmann]]
Associate Dean for Graduate Admissions
""")

d("en", "consortium_agreement", """
CONSORTIUM AGREEMENT
for the project "HYDROSEP – Bio-based membranes for selective recovery of critical metals from mine water" (Grant Agreement No. 101178342)

This Consortium Agreement is based on the DESCA model, version 1.2.

BETWEEN

1. [[O:Technische Universiteit Eindhoven]] ([[O:TU/e]]), [[L:Eindhoven]], [[L:Netherlands]], the Coordinator;
2. [[O:Fraunhofer-Gesellschaft zur Förderung der angewandten Forschung e.V.]], [[L:Munich]], [[L:Germany]], acting through its institute in [[L:Dresden]] ("[[O:Fraunhofer]]");
3. [[O:Consiglio Nazionale delle Ricerche]] ([[O:CNR]]), [[L:Rome]], [[L:Italy]];
4. [[O:Halvorsen Membrane Technologies AS]] ([[O:HMT]]), [[L:Trondheim]], [[L:Norway]];
5. [[O:Aquaterra Soluciones Ambientales S.L.]] ([[O:AQT]]), [[L:Valencia]], [[L:Spain]];
6. [[O:University College Cork]] ([[O:UCC]]), [[L:Cork]], [[L:Ireland]];
7. [[O:Boliden Mineral AB]] ([[O:Boliden]]), [[L:Skellefteå]], [[L:Sweden]], as end-user partner;

hereinafter, jointly or individually, referred to as "Parties" or "Party".

Section 4 – Governance
4.1 The General Assembly consists of one representative per Party. The initial representatives are: [[P:Marieke van Dalen]] ([[O:TU/e]], chair), [[P:Jörg Pietsch]] ([[O:Fraunhofer]]), [[P:Elena Castagnoli]] ([[O:CNR]]), [[P:Sindre Halvorsen]] ([[O:HMT]]), [[P:Rafael Ortuño]] ([[O:AQT]]), [[P:Fiona Geary]] ([[O:UCC]]) and [[P:Lars Öberg]] ([[O:Boliden]]).
4.2 Day-to-day management is entrusted to the Coordinator's project office, which reports to the funding body, the [[O:European Climate, Infrastructure and Environment Executive Agency]] ([[O:CINEA]]).

Section 8 – Background
[[O:HMT]] excludes from Access Rights its proprietary hollow-fibre spinning process. [[O:Boliden]] provides mine water samples from its [[L:Kristineberg]] operation free of charge, subject to a separate material transfer agreement.

Section 11 – Governing law
This agreement is governed by the laws of [[L:Belgium]]; disputes shall be settled by the courts of [[L:Brussels]].
""")

d("en", "ngo_newsletter", """
[[O:Calder Valley Food Bank]]
Winter Newsletter – December 2025
Registered charity no. 1158822

A WORD FROM OUR CHAIR

What a year. Between January and November we gave out 9,412 emergency food parcels from our centres in [[L:Hebden Bridge]], [[L:Todmorden]] and [[L:Mytholmroyd]] – up 18 % on last year. More than a third went to households in work. Thank you to every one of our 140 volunteers, and especially to [[P:Bernard Feeney]], who retired in October after eleven years of driving the van every Tuesday.
– [[P:Ruth Akroyd]], Chair of Trustees

NEWS IN BRIEF

• Our new warehouse on Burnley Road opened in September, thanks to a grant of £42,000 from the [[O:Community Foundation for Calderdale]] and a lease at a peppercorn rent from [[O:Hebden Bridge Town Council]].
• We are now a member of the [[O:Independent Food Aid Network]] ([[O:IFAN]]) and have joined its campaign for a cash-first approach.
• The advice sessions run with [[O:Citizens Advice Calderdale]] every Thursday helped 286 people to claim £311,000 in benefits they were entitled to.
• Supermarket collections: our thanks to [[O:Co-op]] in [[L:Todmorden]] and [[O:Morrisons]] in [[L:Halifax]], and to the pupils of [[O:Calder High School]], whose harvest appeal filled 47 crates.

CHRISTMAS OPENING
The centres close from 24 December at 1 pm to 29 December. Emergency referrals during the closure can be made through [[O:Calderdale Council]]'s Local Welfare Provision team.

GET INVOLVED
We need drivers for Saturday mornings and a volunteer treasurer from April, when [[P:Kath Lumb]] steps down. Please contact our coordinator, [[P:Dev Chauhan]], on 01422 884 302.
""")

d("en", "tradefair_correspondence", """
From: Exhibitor Services <exhibitors@harbourside-events.co.uk>
To: [[P:Jana Volkert]] <j.volkert@volkert-hydraulik.de>
Date: 6 May 2025, 11:26
Subject: Stand M42 – space-only stand plans, rigging and freight

Dear Ms [[P:Volkert]],

Thank you for sending the stand plans for [[O:Volkert Hydraulik GmbH]] at Marine Equipment Expo 2025 (ExCeL, [[L:London]], 16–18 September). Our technical team has reviewed them and has three points:

1. The double-deck structure needs a structural calculation signed by a UK-registered engineer. Your stand builder, [[O:Standfast Display Ltd]], has told us they will use [[O:Ridgeway Structural Consulting]]; please ask them to upload the calculations by 4 July.
2. Rigging points over hall M must be booked through the venue's official contractor, [[O:Eventrig Services Ltd]]. We have reserved four points provisionally.
3. Your freight: the official forwarder is [[O:DB Schenker]]. If you ship the hydraulic winch directly from [[L:Bremen]] with your own haulier, it will still need a delivery slot from the marshalling area in [[L:Purfleet]].

We also note that you will share the stand with your Dutch distributor, [[O:Maritec Systems B.V.]] of [[L:Rotterdam]]. Co-exhibitors are charged a registration fee of £395 plus VAT and must be named in the catalogue entry by 1 August.

Best regards,
[[P:Eleanor Pryce]]
Exhibitor Services Manager
[[O:Harbourside Exhibitions Ltd]]

> On 2 May 2025, [[P:Jana Volkert]] wrote:
> Dear [[P:Eleanor]], please find attached our final plans for stand M42. The stand will be built by [[O:Standfast]] as last year. My colleague [[P:Henning Brandt]] will be on site from 13 September. Kind regards, [[P:Jana Volkert]]
""")

d("en", "airline_complaint", """
[[O:Jetaway Leisure Airlines Ltd]]
Customer Relations, PO Box 1187, [[L:Manchester]] M90 3RA

Mr [[P:Stuart Bellamy]]
14 Kingsway
[[L:Altrincham]] WA14 1PJ

Your reference: JW-CR-2025-118406
Flight: JW 2217, [[L:Manchester]] – [[L:Palma de Mallorca]], 3 August 2025

Dear Mr [[P:Bellamy]],

Thank you for your letter of 12 August, and for your patience while we investigated.

Flight JW 2217 landed in [[L:Palma]] 4 hours and 52 minutes late. The delay was caused by a technical fault found on the previous rotation from [[L:Tenerife]], when our maintenance provider, [[O:Aeroservice Iberia S.L.]], identified a hydraulic leak. As the fault was not caused by extraordinary circumstances, you and the three members of your party are entitled to compensation of £350 each under UK Regulation 261/2004, a total of £1,400.

You also asked us to refund £186.40 for the taxi you booked with [[O:Taxis Mallorca Express]] after the transfer arranged through your tour operator, [[O:Sunvista Holidays]], had left. As the transfer was part of your package, this part of your claim should be sent to [[O:Sunvista]], who have been informed.

We will pay £1,400 to the account you gave us within 14 days. If you are not satisfied with our response, you may refer your complaint to [[O:AviationADR]], the alternative dispute resolution body of which we are a member, or to the [[O:Civil Aviation Authority]].

Yours sincerely,

[[P:Gemma Thornley]]
Senior Customer Relations Adviser
[[O:Jetaway]]
""")

d("en", "annuity_statement", """
[[O:Stirling Mutual Assurance Society]]
Annuities Department, 40 Melville Street, [[L:Edinburgh]] EH3 7HA

Mrs [[P:Margaret Lindsay]]
9 Tay Street
[[L:Perth]] PH1 5LQ

ANNUAL ANNUITY STATEMENT 2025/26
Policy number: SMA/LA/0493881
Date: 7 April 2025

Dear Mrs [[P:Lindsay]],

This statement sets out the payments due under your lifetime annuity from 6 April 2025 to 5 April 2026.

Annuity type: joint life, 66⅔ % to surviving spouse, RPI-linked (capped at 5 %)
Annuitant: [[P:Margaret Lindsay]]
Second life: [[P:Alexander Lindsay]] (deceased 14 November 2023)
Purchase price (2011): £142,600, transferred from the [[O:Tayside Engineering Pension Scheme]]

Payments for the tax year
Gross annual annuity: £6,114.84 (previously £5,853.12, increase 4.47 %)
Monthly gross payment: £509.57
Tax code applied: 1019L, as notified by [[O:HM Revenue & Customs]]
Payments are made on the 1st of each month to your account with the [[O:Bank of Scotland]], sort code ending 42.

Your financial adviser
Your annuity was arranged by [[P:Ian Gourlay]] of [[O:Gourlay & Petrie Financial Planning]], [[L:Dundee]]. The firm is no longer trading; if you need financial advice you can find a regulated adviser through [[O:MoneyHelper]].

Please tell us if you move house or change bank. If you have any questions, our annuities team can be reached on 0131 496 0720 (Monday to Friday, 9 am to 5 pm).

Yours sincerely,

[[P:Fraser Mackintosh]]
Head of Annuity Services
""")

d("en", "audit_management_letter", """
PRIVATE AND CONFIDENTIAL

The Audit Committee
[[O:Orchard & Vine Hospitality Group plc]]
2 Canal Wharf, [[L:Birmingham]] B1 2JL

24 October 2025

Dear Members of the Audit Committee,

Audit for the year ended 30 June 2025 – management letter

Our audit of the group and of its subsidiaries, [[O:Orchard & Vine Hotels Limited]] and [[O:Meadowbrook Inns Ltd]], is substantially complete. As required by ISA (UK) 265 we report below the deficiencies in internal control that came to our attention. They were discussed with [[P:Julian Hartley]], Group Finance Director, on 15 October.

1. Related-party transactions (significant deficiency)
The group leases three sites in [[L:Worcester]] and [[L:Hereford]] from [[O:Mallory Estates Ltd]], a company controlled by a non-executive director, Mr [[P:Simon Mallory]]. The rent review agreed in February 2025 was not presented to the board for approval and is not recorded in the register of interests.
Recommendation: present the review to the board and update the register.

2. Payroll
Amendments to standing data in the payroll system provided by [[O:Sage]] were made and approved by the same user at [[O:Meadowbrook]] in 11 of the 25 cases we sampled.
Recommendation: enforce segregation of duties in the system.

3. Supplier bank details
A change request purporting to come from [[O:Severn Linen Services Ltd]] was actioned without a call-back in May 2025. No loss arose because the bank, [[O:Lloyds]], queried the payment.

We thank [[P:Julian]] and his team, in particular [[P:Chloe Baptiste]], for their assistance.

Yours faithfully,

[[O:Radcliffe Hale LLP]]
Chartered Accountants and Statutory Auditor
[[L:Birmingham]]

Audit partner: [[P:Victoria Ansell]]
""")

d("en", "board_resolution", """
[[O:QUILLFEATHER SOFTWARE LIMITED]]
(Company number 11839206)
(the "Company")

WRITTEN RESOLUTIONS OF THE DIRECTORS
passed in accordance with article 9 of the Company's articles of association

Circulation date: 3 November 2025
Registered office: Cuthbert House, City Road, [[L:Newcastle upon Tyne]] NE1 2ET

We, being all the directors of the Company entitled to vote, RESOLVE as follows:

1. SHARE ALLOTMENT
THAT, subject to the passing of the shareholders' special resolution disapplying pre-emption rights, the directors allot 412,500 Series A preferred shares of £0.001 each at £3.20 per share to [[O:Northstar Ventures Fund III LP]], acting by its manager [[O:Northstar Ventures Limited]], and 93,750 such shares to [[O:Tyne Angels Syndicate]] nominees, in accordance with the investment agreement of the same date.

2. BANK FACILITY
THAT the Company accept the revolving credit facility of £750,000 offered by [[O:Barclays Bank UK PLC]] on 28 October 2025 and that [[P:Aisha Rahman]] be authorised to sign the facility letter and the debenture on behalf of the Company.

3. OFFICE LEASE
THAT the Company enter into a lease of the second floor of The Lumen, [[L:Sunderland]], with [[O:Wearside Property Holdings Ltd]] for a term of five years.

4. APPOINTMENT
THAT [[P:Gregor Lindqvist]], nominated by [[O:Northstar]], be appointed as a director with effect from completion, and that [[O:Tait Walker]], the Company's accountants, be instructed to file form AP01 with [[O:Companies House]].

Signed by the directors:
[[P:Aisha Rahman]] .................... Date: 3 November 2025
[[P:Daniel Forster]] .................. Date: 3 November 2025
[[P:Mei Ling Cheung]] ................. Date: 4 November 2025
""")

d("en", "press_release_appointment", """
FOR IMMEDIATE RELEASE
RNS Number: 4471K

[[O:Brightwater Renewables plc]]
("[[O:Brightwater]]" or "the Company")

Appointment of Chief Financial Officer and Board Changes

[[L:Aberdeen]], 2 December 2025 – [[O:Brightwater]] (AIM: BWR), the developer of offshore floating wind and green hydrogen projects in the [[L:North Sea]], announces the appointment of [[P:Natasha Obi]] as Chief Financial Officer and executive director with effect from 2 February 2026.

[[P:Natasha]], 46, joins from [[O:Centrica plc]], where she was Finance Director of the energy marketing and trading division. Before that she spent nine years at [[O:Deloitte]] in [[L:London]] and [[L:Lagos]]. She is a member of the [[O:Institute of Chartered Accountants of Scotland]].

She succeeds [[P:Colin Reekie]], who will step down on 31 January 2026 after seven years with the Company, including the £210 million financing of the [[L:Shetland]] project with [[O:Scottish National Investment Bank]] and [[O:Equinor]].

[[P:Alastair Munro]], Chairman, said: "On behalf of the board I thank [[P:Colin]] for his outstanding contribution. In [[P:Natasha]] we have found a finance leader with deep experience of capital-intensive energy projects."

[[P:Natasha Obi]] holds no shares in the Company. There is no further information to be disclosed under Schedule Two, paragraph (g) of the AIM Rules for Companies.

For further information:
[[O:Brightwater Renewables plc]] – [[P:Alastair Munro]], Chairman, +44 1224 555 100
[[O:Fenwick Rowe & Co. Limited]] (Nominated Adviser) – [[P:Harriet Lowe]], +44 20 7946 0312
""")

d("en", "bank_kyc_request", """
[[O:Harcourt Private Bank (Jersey) Limited]]
PO Box 219, 12 Hill Street, [[L:St Helier]], [[L:Jersey]] JE4 8PU

For the attention of Mr [[P:Philippe Le Brocq]], Director
[[O:Tamarisk Holdings Ltd]]
c/o [[O:Le Brocq Renouf Corporate Services Limited]]
[[L:St Helier]]

15 January 2026

Dear Mr [[P:Le Brocq]],

Periodic review of customer due diligence – [[O:Tamarisk Holdings Ltd]] (account 0044-718823)

As part of our periodic review under the Money Laundering Order 2008, we must refresh the information we hold about your company. We would be grateful to receive the following by 28 February 2026:

1. A certificate of incumbency issued within the last three months by the company's registered agent in the [[L:British Virgin Islands]], [[O:Tortola Trust Services Ltd]].
2. An updated structure chart showing the ownership of [[O:Tamarisk]] through [[O:Acacia Family Foundation]] ([[L:Liechtenstein]]) to the ultimate beneficial owners.
3. Certified copies of the passports and proof of address for each beneficial owner holding 10 % or more. Our records show [[P:Ruben Castellanos Vidal]] ([[L:Madrid]]) and [[P:Olga Castellanos]] ([[L:Geneva]]); please tell us of any change.
4. An explanation of the transfer of EUR 2.4 million received on 9 October 2025 from [[O:Inmobiliaria Castellanos S.A.]], together with the sale agreement of the property in [[L:Marbella]] to which it relates.

Certified copies may be provided by a lawyer, notary or accountant. If you have any questions, please contact your relationship manager, [[P:Kirsty Vibert]], on +44 1534 883 410.

Yours sincerely,

[[P:Tobias Le Sueur]]
Head of Client Onboarding and Review
""")


# ---------------------------------------------------------------- German
d("de", "breach_notification", """
[[O:Hellweg Energie GmbH]] · Osthofenstraße 22 · 59494 [[L:Soest]]

An die
[[O:Landesbeauftragte für Datenschutz und Informationsfreiheit Nordrhein-Westfalen]]
Postfach 20 04 44
40102 [[L:Düsseldorf]]

Vorab per Online-Formular, Aktenzeichen der Erstmeldung: DSV-2025-03318

[[L:Soest]], 27. Februar 2025

Ergänzende Meldung einer Verletzung des Schutzes personenbezogener Daten nach Art. 33 DSGVO

Sehr geehrte Damen und Herren,

wie am 24. Februar vorläufig gemeldet, ist unser Dienstleister für das Kundenportal, die [[O:Datenwerk Sauerland GmbH & Co. KG]] aus [[L:Arnsberg]], am 22. Februar Opfer eines Ransomware-Angriffs geworden. Wir ergänzen die Meldung wie folgt:

1. Betroffene Daten: Namen, Anschriften, Zählernummern, Verbrauchswerte und IBAN von rund 41.800 Strom- und Gaskunden aus [[L:Soest]], [[L:Werl]] und [[L:Lippstadt]]; bei etwa 900 Kunden zusätzlich Angaben zur Härtefallregelung.
2. Ablauf: Nach dem forensischen Zwischenbericht der [[O:Cyberwehr Rhein-Ruhr GmbH]] erfolgte der Zugriff über ein nicht gepatchtes VPN-Gateway. Eine Veröffentlichung der Daten im Darknet ist bisher nicht festgestellt.
3. Maßnahmen: Das Portal ist seit dem 22. Februar abgeschaltet. Die Zentrale Ansprechstelle Cybercrime des [[O:Landeskriminalamtes Nordrhein-Westfalen]] ermittelt (Vorgang 2025-ZAC-1147). Der Vorfall wurde außerdem dem [[O:Bundesamt für Sicherheit in der Informationstechnik]] ([[O:BSI]]) gemeldet.
4. Benachrichtigung: Die Betroffenen werden ab dem 3. März per Brief informiert und auf ein erhöhtes Risiko von Phishing-Lastschriften hingewiesen. Die [[O:Sparkasse SoestWerl]] und die [[O:Volksbank Hellweg eG]] sind unterrichtet.

Ansprechpartner ist unser Datenschutzbeauftragter, Herr [[P:Benedikt Rosenthal]] von der [[O:DSB Westfalen UG]], Tel. 02921 66 39 80.

Mit freundlichen Grüßen

[[P:Anja Kötter]]
Geschäftsführerin
""")

d("de", "subject_access_reply", """
[[O:Vitalis Fitness GmbH]]
Datenschutz · Friedrichstraße 118 · 10117 [[L:Berlin]]

Herrn
[[P:Tobias Wendland]]
Weserstraße 41
12045 [[L:Berlin]]

[[L:Berlin]], 14. Mai 2025

Ihre Anfrage nach Art. 15 DSGVO vom 16. April 2025 – Mitgliedsnummer 0733-58812

Sehr geehrter Herr [[P:Wendland]],

vielen Dank für Ihre Anfrage. Gern teilen wir Ihnen mit, welche Daten wir über Sie verarbeiten:

• Stammdaten: Name, Anschrift, Geburtsdatum, E-Mail-Adresse, Telefonnummer, Foto auf der Mitgliedskarte
• Vertragsdaten: Mitgliedschaft „Premium 24“ im Studio [[L:Neukölln]] vom 1. März 2022 bis 28. Februar 2025
• Check-in-Daten: Zeitpunkte der Zutritte (Speicherung 12 Monate)
• Zahlungsdaten: IBAN, Lastschriften und Rücklastschriften

Empfänger Ihrer Daten waren:
– die [[O:Adyen N.V.]] in [[L:Amsterdam]] als Zahlungsdienstleister;
– die [[O:Rheinische Inkasso GmbH]], [[L:Köln]], der wir im Juni 2024 eine offene Forderung von 119,80 € übergeben haben;
– die [[O:SCHUFA Holding AG]], [[L:Wiesbaden]], an die nach Ablauf der Mahnfristen eine Meldung erfolgte. Diese Meldung wurde am 3. September 2024 nach vollständiger Zahlung als erledigt gekennzeichnet.

Gespräche mit unserem Kundenservice werden nicht aufgezeichnet. Ihre Trainingsdaten aus der App verarbeitet die [[O:Egym GmbH]] in [[L:München]] als Auftragsverarbeiterin; eine Kopie liegt als CSV-Datei bei.

Eine Kopie aller Daten erhalten Sie auf dem beigefügten Datenträger. Wenn Sie der Ansicht sind, dass wir Ihre Daten unrechtmäßig verarbeiten, können Sie sich an die [[O:Berliner Beauftragte für Datenschutz und Informationsfreiheit]] wenden.

Mit freundlichen Grüßen

i. A. [[P:Leonie Brandstätter]]
Datenschutzkoordination
""")

d("de", "court_summons", """
[[O:Arbeitsgericht Stuttgart]]
– Kammern [[L:Ludwigsburg]] –

Aktenzeichen: 21 Ca 1842/25

Ladung zum Gütetermin

In dem Rechtsstreit

[[P:Emre Yıldız]], Goethestraße 9, 71634 [[L:Ludwigsburg]]
– Kläger –
Prozessbevollmächtigte: [[O:DGB Rechtsschutz GmbH]], Büro [[L:Stuttgart]]

gegen

[[O:Kessler Präzisionsteile GmbH & Co. KG]], vertreten durch die [[O:Kessler Verwaltungs-GmbH]], diese vertreten durch den Geschäftsführer [[P:Frank Kessler]], Industriestraße 30, 71696 [[L:Möglingen]]
– Beklagte –
Prozessbevollmächtigte: [[O:Hauber & Ostertag Rechtsanwälte PartG mbB]], [[L:Stuttgart]]

wegen Kündigungsschutz

werden die Parteien zur Güteverhandlung geladen auf

Dienstag, 15. Juli 2025, 10:30 Uhr, Saal 3, Erdgeschoss

Das persönliche Erscheinen des Klägers und eines zur Aufklärung des Sachverhalts und zu einem Vergleichsabschluss ermächtigten Vertreters der Beklagten wird angeordnet (§ 51 ArbGG). Bleibt eine Partei unentschuldigt aus, kann gegen sie ein Ordnungsgeld festgesetzt werden.

Hinweis der Vorsitzenden: Die Beklagte wird gebeten, bis zum 8. Juli 2025 zur Sozialauswahl vorzutragen, insbesondere zu den Mitarbeitern [[P:Jürgen Wacker]] und [[P:Vesna Novak]], die nach dem Vortrag des Klägers vergleichbar sind. Der Betriebsrat der Beklagten hat nach Angaben des Klägers der Kündigung widersprochen.

[[L:Ludwigsburg]], 17. Juni 2025

[[P:Schäfer-Lindner]]
Richterin am Arbeitsgericht

Beglaubigt: [[P:Ott]], Justizbeschäftigte als Urkundsbeamtin der Geschäftsstelle
""")

d("de", "police_report", """
[[O:Polizeipräsidium Mittelfranken]]
Pressestelle

Pressebericht vom 4. November 2025

1422 – Einbruch in Großbäckerei – Zeugen gesucht

[[L:Fürth]]. In der Nacht auf Montag (03.11.2025) brachen bislang Unbekannte in das Betriebsgebäude der [[O:Frankenmühle Backwaren GmbH]] in der [[L:Südstadt]] ein und entwendeten einen Tresor.

Nach den bisherigen Erkenntnissen hebelten die Täter gegen 02:40 Uhr ein Rolltor an der Laderampe auf. Der Mitarbeiter eines Sicherheitsdienstes, der [[O:Noris Objektschutz GmbH]], bemerkte bei seinem Kontrollgang gegen 03:15 Uhr die Aufbruchspuren und verständigte die Polizei. Eine sofort eingeleitete Fahndung mit Unterstützung der [[O:Polizeiinspektion Zirndorf]] blieb ohne Erfolg. Der Tresor enthielt nach Angaben der Geschäftsleitung Bargeld im niedrigen fünfstelligen Bereich.

Das Fachkommissariat der [[O:Kriminalpolizeiinspektion Fürth]] hat die Ermittlungen übernommen und bittet Zeugen, die in der Tatnacht im Bereich der Würzburger Straße verdächtige Fahrzeuge bemerkt haben, sich unter der Telefonnummer 0911 2112-3333 zu melden.

1423 – Verkehrsunfall mit Linienbus

[[L:Erlangen]]. Am Montagnachmittag (03.11.2025) stieß ein Linienbus der [[O:Erlanger Stadtwerke]] an der Kreuzung Nürnberger Straße/Henkestraße mit einem Lieferwagen eines Paketdienstes zusammen. Zwei Fahrgäste wurden leicht verletzt und vom [[O:Bayerischen Roten Kreuz]] in das [[O:Universitätsklinikum Erlangen]] gebracht. Der Sachschaden wird auf rund 35.000 Euro geschätzt. Die [[O:Verkehrspolizeiinspektion Erlangen]] hat den Unfall aufgenommen.

[[P:Michael Konrad]] / n
""")

d("de", "environmental_permit", """
[[O:Landratsamt Ostalbkreis]]
Geschäftsbereich Umwelt und Gewerbeaufsicht
Stuttgarter Straße 41, 73430 [[L:Aalen]]

Gegen Postzustellungsurkunde
[[O:Härtsfeld Kompostierung GmbH]]
z. Hd. Herrn [[P:Wolfgang Grupp-Seitz]]
Am Egelsee 3
73450 [[L:Neresheim]]

Aktenzeichen: 43-106.11/2025-017
[[L:Aalen]], 9. September 2025

Immissionsschutzrechtliche Änderungsgenehmigung nach § 16 BImSchG
Erweiterung der Bioabfallvergärung auf 32.000 t/a, Flurstück 1207, Gemarkung [[L:Dossingen]]

I. Entscheidung
1. Der [[O:Härtsfeld Kompostierung GmbH]] wird die Genehmigung zur wesentlichen Änderung der Anlage nach Maßgabe der unter III. aufgeführten Nebenbestimmungen erteilt.
2. Die Entscheidung schließt die Baugenehmigung und die wasserrechtliche Erlaubnis zur Einleitung von Niederschlagswasser in die [[L:Egau]] ein.

II. Verfahren
Die Öffentlichkeit wurde beteiligt; Einwendungen erhoben zwei Anwohner aus [[L:Dossingen]] sowie der [[O:BUND Regionalverband Ostwürttemberg]]. Stellungnahmen gaben ab:
– die [[O:Stadt Neresheim]], die das gemeindliche Einvernehmen erteilt hat,
– das Referat Gewerbeaufsicht des [[O:Regierungspräsidiums Stuttgart]],
– das [[O:Landesamt für Geologie, Rohstoffe und Bergbau]] im [[O:Regierungspräsidium Freiburg]],
– das [[O:Landesamt für Denkmalpflege]] wegen der nahegelegenen Grabhügel.
Das Geruchsgutachten der [[O:iMA Richter & Röckle GmbH & Co. KG]] vom 12. Mai 2025 weist für die nächstgelegene Wohnbebauung eine Geruchsstundenhäufigkeit von höchstens 8 % aus.

III. Nebenbestimmungen (Auszug)
3.4 Die Annahmehalle ist mit einem Biofilter zu betreiben; die Wirksamkeit ist jährlich durch eine nach § 29b BImSchG bekannt gegebene Stelle nachzuweisen.

Rechtsbehelfsbelehrung: Gegen diese Entscheidung kann innerhalb eines Monats Klage beim [[O:Verwaltungsgericht Stuttgart]] erhoben werden.

gez. Dr. [[P:Sabine Hägele]]
""")

d("de", "pharmacy_letter", """
[[O:Löwen-Apotheke am Markt]]
Apothekerin [[P:Cornelia Fuchsberger]] e.K.
Marktplatz 7 · 84028 [[L:Landshut]]
Tel. 0871 27 43 10 · Fax 0871 27 43 19

An die
[[O:Hausarztpraxis am Dreifaltigkeitsplatz]]
Dres. med. [[P:Eva Huber]] und [[P:Georg Stanglmeier]]
Seligenthaler Straße 12
84034 [[L:Landshut]]

[[L:Landshut]], 22. Januar 2026

Lieferengpass Salbutamol-Dosieraerosole – Bitte um Umstellung von Verordnungen

Sehr geehrte Frau Dr. [[P:Huber]], sehr geehrter Herr [[P:Stanglmeier]],

seit Mitte Dezember erhalten wir über unseren Großhändler, die [[O:Noweda eG]], keine Salbutamol-Dosieraerosole der Firmen [[O:ratiopharm GmbH]] und [[O:Hexal AG]] mehr. Der Engpass ist beim [[O:Bundesinstitut für Arzneimittel und Medizinprodukte]] ([[O:BfArM]]) gemeldet; nach Auskunft des Herstellers ist erst ab März mit Lieferungen zu rechnen.

Betroffen sind derzeit elf Patientinnen und Patienten Ihrer Praxis, darunter mehrere Kinder. Als Alternative steht uns ein Import der [[O:Kohlpharma GmbH]] aus [[L:Merzig]] zur Verfügung, der jedoch nur bei namentlicher Verordnung abgegeben werden kann. Für Versicherte der [[O:AOK Bayern]] haben wir die Erstattung vorab geklärt; bei der [[O:Techniker Krankenkasse]] steht die Antwort noch aus.

Wir wären Ihnen dankbar, wenn Sie Folgeverordnungen entweder als Pulverinhalator ausstellen oder mit dem Vermerk „Import zulässig“ versehen. Für Frau [[P:Wagenhuber]], die eine Inhalierhilfe benötigt, haben wir noch zwei Packungen reserviert.

Für Rückfragen steht Ihnen mein Kollege, Herr [[P:Ludwig Attenberger]], gern zur Verfügung.

Mit freundlichen kollegialen Grüßen

[[P:Cornelia Fuchsberger]]
Fachapothekerin für Allgemeinpharmazie
""")

d("de", "admission_letter", """
[[O:Hochschule für Technik und Wirtschaft Dresden]]
Studierendensekretariat · Friedrich-List-Platz 1 · 01069 [[L:Dresden]]

Frau
[[P:Johanna Krautwurst]]
Jakobstraße 15
02826 [[L:Görlitz]]

Bewerbernummer: 2025-118730
[[L:Dresden]], 1. August 2025

Zulassungsbescheid zum Wintersemester 2025/26

Sehr geehrte Frau [[P:Krautwurst]],

auf Ihren Antrag werden Sie zum Studium im Bachelorstudiengang Wirtschaftsingenieurwesen (Vollzeit, 1. Fachsemester) an der [[O:HTW Dresden]] zugelassen. Die Auswahl erfolgte nach der Durchschnittsnote Ihrer Hochschulzugangsberechtigung (1,8), die Ihnen das [[O:Augustum-Annen-Gymnasium]] in [[L:Görlitz]] erteilt hat.

Um den Studienplatz anzunehmen, schreiben Sie sich bitte bis zum 22. August 2025 über das Bewerbungsportal ein und laden Sie folgende Unterlagen hoch:
1. den Nachweis über die Zahlung des Semesterbeitrags von 291,50 €; darin sind der Beitrag für das [[O:Studentenwerk Dresden]] und das Deutschlandsemesterticket enthalten, das im Netz des [[O:Verkehrsverbundes Oberelbe]] ([[O:VVO]]) und bundesweit gilt;
2. die Bescheinigung Ihrer Krankenkasse über Ihren Versicherungsstatus (Meldung M10 an die Hochschule);
3. den Nachweis über das Vorpraktikum von acht Wochen. Die Bescheinigung der [[O:Siemens Mobility GmbH]] über Ihr Praktikum im Werk [[L:Görlitz]] erkennen wir an.

Die Einführungswoche beginnt am 29. September 2025. Ihre Studienfachberaterin ist Prof. Dr. [[P:Katrin Reichelt]]. Bei Fragen zur Wohnungssuche wenden Sie sich bitte an das [[O:Studentenwerk]].

Rechtsbehelfsbelehrung: Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der [[O:HTW Dresden]] erhoben werden.

Mit freundlichen Grüßen
Im Auftrag
[[P:Ronny Hähnel]]
""")

d("de", "property_management", """
[[O:Hausverwaltung Brenner & Söhne GmbH]]
Käthe-Kollwitz-Straße 60 · 04109 [[L:Leipzig]]
WEG-Verwaltung · Tel. 0341 99 28 70

An alle Eigentümerinnen und Eigentümer
der Wohnanlage Lindenallee 14–18, 04277 [[L:Leipzig]]

[[L:Leipzig]], 3. März 2025

EINLADUNG ZUR ORDENTLICHEN EIGENTÜMERVERSAMMLUNG 2025

Sehr geehrte Damen und Herren,

hiermit laden wir Sie zur ordentlichen Eigentümerversammlung ein:
Termin: Dienstag, 25. März 2025, 18:00 Uhr
Ort: Gemeindesaal der [[O:Bethlehemgemeinde Leipzig-Connewitz]], Kurt-Eisner-Straße 2

Tagesordnung
TOP 1 Begrüßung und Feststellung der Beschlussfähigkeit
TOP 2 Jahresabrechnung 2024 und Einzelabrechnungen; Bericht des Verwaltungsbeirats ([[P:Gudrun Eckstein]], [[P:Thomas Liebscher]], [[P:Yusuf Demirci]])
TOP 3 Wirtschaftsplan 2025
TOP 4 Dachsanierung Haus 16: Beschluss über die Vergabe. Es liegen drei Angebote vor:
      – [[O:Dachdeckerei Pöschl GmbH]], [[L:Markkleeberg]]: 148.300 €
      – [[O:Bedachungen Kaminski]], [[L:Taucha]]: 139.750 €
      – [[O:Sächsische Dachbau AG]], [[L:Chemnitz]]: 162.900 €
      Die Ausschreibung hat das [[O:Ingenieurbüro Weißflog]] begleitet; der Vergabevorschlag liegt bei.
TOP 5 Finanzierung über Sonderumlage oder KfW-Kredit (Angebot der [[O:Sparkasse Leipzig]])
TOP 6 Umstellung des Wärmeliefervertrags mit den [[O:Leipziger Stadtwerken]] ab 2026
TOP 7 Antrag von Frau [[P:Oelschlägel]] (Haus 14) auf Einbau einer Wallbox
TOP 8 Verschiedenes

Sollten Sie nicht teilnehmen können, erteilen Sie bitte einer Person Ihres Vertrauens oder der Verwalterin Vollmacht (Formular anbei). Die Versammlung ist nach neuem WEG-Recht unabhängig von der Zahl der Anwesenden beschlussfähig.

Mit freundlichen Grüßen

[[P:Kerstin Brenner]]
Geschäftsführerin
""")

d("de", "vehicle_leasing", """
LEASINGANTRAG / FAHRZEUGBESTELLUNG Nr. 24-RT-08817

Leasinggeber: [[O:Volkswagen Leasing GmbH]], Gifhorner Straße 57, 38112 [[L:Braunschweig]]

Vermittelnder Händler: [[O:Autohaus Reinhold Bäuerle GmbH & Co. KG]], Konrad-Adenauer-Straße 88, 72762 [[L:Reutlingen]], Händlernummer 41327
Verkaufsberater: [[P:Dennis Mailänder]]

Leasingnehmer: [[O:Gärtnerei Schaible]], Inhaber [[P:Markus Schaible]] e.K., Hofäckerstraße 4, 72805 [[L:Lichtenstein]]
Steuernummer 78046/12345; Gewerbeanmeldung vom 01.04.2009

Fahrzeug: VW ID. Buzz Cargo, 150 kW, Farbe Candyweiß, mit Regalsystem und Anhängerkupplung
Unverbindliche Preisempfehlung: 58.940,00 € netto
Sonderausstattung (Aufbau durch [[O:Sortimo International GmbH]]): 3.210,00 € netto

Leasingbedingungen
Laufzeit: 48 Monate · jährliche Fahrleistung: 20.000 km
Leasingsonderzahlung: 6.000,00 € netto (BAFA-Förderung nicht mehr verfügbar)
Monatliche Leasingrate: 489,00 € netto zzgl. USt.
Mehr-/Minderkilometer: 0,098 € / 0,047 € netto

Versicherung: Haftpflicht und Vollkasko über die [[O:WGV Versicherung AG]], [[L:Stuttgart]]; Sicherungsschein zugunsten des Leasinggebers.
Wartung: Service-Vertrag „Wartung & Verschleiß“ beim ausliefernden Händler.

Der Leasingnehmer bestätigt, die Allgemeinen Leasingbedingungen sowie die Datenschutzhinweise des Leasinggebers erhalten zu haben. Der Leasinggeber ist berechtigt, eine Bonitätsauskunft bei der [[O:SCHUFA]] und der [[O:Creditreform Reutlingen Bayer KG]] einzuholen.

Abholung: voraussichtlich KW 18 im Autohaus in [[L:Reutlingen]] oder gegen Aufpreis in der [[O:Autostadt]] in [[L:Wolfsburg]].

[[L:Reutlingen]], 18.02.2025

_____________________            _____________________
[[P:Markus Schaible]]            für [[O:Autohaus Bäuerle]]: [[P:Dennis Mailänder]]
""")

d("de", "tradefair_correspondence", """
Von: [[P:Sarah Heiderich]] <sarah@weingut-heiderich-sommer.de>
An: ProWein Ausstellerservice <aussteller@messe-duesseldorf.de>
Datum: 12.11.2025, 16:08
Betreff: AW: Standbestätigung Halle 13, Gemeinschaftsstand – Mitaussteller [[O:Heiderich-Sommer]]

Sehr geehrte Frau [[P:Lenzen]],

vielen Dank für die Bestätigung. Wir sind wie im Vorjahr als Mitaussteller auf dem Gemeinschaftsstand von [[O:Rheinhessenwein e.V.]] vertreten, Modul 13 C 41-7. Für den Katalogeintrag bitte folgende Angaben verwenden:

[[O:Weingut Heiderich-Sommer]]
Inhaber: [[P:Sarah Heiderich]] und [[P:Jonas Sommer]]
Rheinstraße 19, 55283 [[L:Nierstein]], [[L:Rheinhessen]]
Produktgruppen: Riesling, Silvaner, Sekt

Unser Importeur aus [[L:Dänemark]], [[O:Vinhuset Kjærgaard ApS]], möchte am Stand einen Termin mit zwei Kunden aus [[L:Kopenhagen]] durchführen. Benötigen diese Besucher eigene Fachbesucher-Tickets, oder können wir Gutscheincodes aus unserem Kontingent verwenden?

Freundliche Grüße aus [[L:Nierstein]]
[[P:Sarah Heiderich]]

-----Ursprüngliche Nachricht-----
Von: [[P:Lenzen, Miriam]] <aussteller@messe-duesseldorf.de>
Gesendet: Montag, 10. November 2025 09:31
Betreff: Standbestätigung Halle 13, Gemeinschaftsstand – Mitaussteller [[O:Heiderich-Sommer]]

Sehr geehrte Frau [[P:Heiderich]],

die [[O:Messe Düsseldorf GmbH]] bestätigt Ihre Anmeldung als Mitaussteller. Die Mitausstellergebühr von 1.150 € zzgl. USt. wird Ihnen direkt in Rechnung gestellt; die Standfläche rechnet der Hauptaussteller ab. Bitte beachten Sie, dass Werbematerial nur innerhalb des Moduls verteilt werden darf. Die Verkostungsgläser stellt das [[O:Deutsche Weininstitut]] ([[O:DWI]]) am Stand bereit.

Mit freundlichen Grüßen
[[P:Miriam Lenzen]]
Ausstellerservice ProWein
""")

d("de", "rail_complaint", """
[[P:Hannelore Petersen-Ruge]]
Eppendorfer Landstraße 77
20249 [[L:Hamburg]]

[[O:Schlichtungsstelle für den öffentlichen Personenverkehr e.V.]] ([[O:söp]])
Fasanenstraße 81
10623 [[L:Berlin]]

[[L:Hamburg]], 6. Oktober 2025

Schlichtungsantrag gegen die [[O:DB Fernverkehr AG]] – Fahrt [[L:Hamburg]]–[[L:Basel]] am 14. Juli 2025

Sehr geehrte Damen und Herren,

ich beantrage ein Schlichtungsverfahren. Am 14. Juli 2025 wollte ich mit dem ICE 71 von [[L:Hamburg]] nach [[L:Basel]] und weiter mit einem Zug der [[O:SBB]] nach [[L:Interlaken]] fahren. Wegen einer Stellwerksstörung bei [[L:Fulda]] erreichte der ICE [[L:Basel]] mit 142 Minuten Verspätung; der letzte Anschluss war weg. Ich musste im [[O:Hotel Rheinblick]] in [[L:Basel]] übernachten (Kosten 168 CHF).

Das Servicecenter Fahrgastrechte der [[O:Deutschen Bahn]] in [[L:Frankfurt am Main]] hat mir mit Schreiben vom 2. September 50 % des Fahrpreises erstattet (64,45 €), die Übernachtungskosten aber abgelehnt, weil der Anschlusszug „von einem anderen Eisenbahnunternehmen“ betrieben werde. Ich hatte jedoch einen durchgehenden Fahrschein mit Zugbindung gebucht, ausgestellt vom Reisebüro [[O:Globetrotter Reisen Uhlenhorst]].

Ich bitte um Erstattung der Hotelkosten (umgerechnet 179,20 €) sowie eines Taxis zum Hotel (24 CHF). Kopien der Fahrkarte, der Hotelrechnung und des Schreibens der [[O:DB]] liegen bei.

Mit freundlichen Grüßen

[[P:Hannelore Petersen-Ruge]]
""")

d("de", "pension_letter", """
[[O:Pensionskasse Rheinchemie VVaG]]
Postfach 21 09 60 · 67009 [[L:Ludwigshafen am Rhein]]

Herrn
[[P:Klaus-Dieter Hammerschmidt]]
Am Weiher 3
67251 [[L:Freinsheim]]

Mitgliedsnummer: 118-442716
[[L:Ludwigshafen am Rhein]], 28. April 2025

Ihre Betriebsrente ab 1. Juni 2025 – Durchführung des Versorgungsausgleichs

Sehr geehrter Herr [[P:Hammerschmidt]],

das [[O:Amtsgericht Ludwigshafen am Rhein]] hat mit Beschluss vom 11. Februar 2025 (Az. 5a F 203/24), rechtskräftig seit dem 19. März 2025, im Scheidungsverfahren mit Frau [[P:Renate Hammerschmidt]] die interne Teilung Ihres Anrechts bei unserer Kasse angeordnet.

Wir haben Ihr Anrecht daher wie folgt neu berechnet:

Bisherige monatliche Anwartschaft                     1.284,60 €
abzüglich Ausgleichswert (Ehezeitanteil ½)            –  412,35 €
abzüglich hälftige Teilungskosten                    –    3,10 €
Neue monatliche Rente ab 1. Juni 2025                  869,15 €

Für Frau [[P:Hammerschmidt]] wird ein eigenes Anrecht begründet; sie erhält von uns gesondert Nachricht.

Ihre Rente aus dem Arbeitsverhältnis bei der [[O:BASF SE]] bzw. deren früherer Tochtergesellschaft [[O:Rheinpigment GmbH]] (Beschäftigungszeit 1987–2024) zahlen wir wie bisher jeweils zum Monatsende. Die gesetzliche Rente der [[O:Deutschen Rentenversicherung Rheinland-Pfalz]] ist von dieser Berechnung nicht berührt.

Bitte beachten Sie: Die Betriebsrente ist beitragspflichtig in der Kranken- und Pflegeversicherung. Wir melden den geänderten Zahlbetrag Ihrer Krankenkasse, der [[O:BKK Pfalz]], im Zahlstellenverfahren.

Mit freundlichen Grüßen

[[O:Pensionskasse Rheinchemie VVaG]]
[[P:Bettina Kaltenecker]] · [[P:Uwe Strietzel]]
""")

d("de", "chamber_certificate", """
Von: Exportabteilung [[O:Brakelmann]] <export@brakelmann-landtechnik.de>
An: Ursprungszeugnisse <ursprung@ostwestfalen.ihk.de>
Datum: 19.03.2025 10:12
Betreff: Ursprungszeugnis und Legalisierung – Rechnung 2025-0317, Empfänger [[O:AgroStep TOO]], [[L:Kostanai]]

Sehr geehrte Frau [[P:Niemeier]],

für eine Lieferung von zwei Kreiseleggen und einer Sämaschine an unseren Kunden [[O:AgroStep TOO]] in [[L:Kostanai]] ([[L:Kasachstan]]) benötigen wir ein Ursprungszeugnis der [[O:Industrie- und Handelskammer Ostwestfalen zu Bielefeld]] sowie die Beglaubigung der Handelsrechnung. Der Kunde verlangt außerdem eine Legalisierung durch die Botschaft.

Die Maschinen werden in unserem Werk in [[L:Rietberg]] hergestellt; die Sätechnik stammt von unserer Tochter [[O:Brakelmann Polska Sp. z o.o.]] in [[L:Poznań]]. Ist als Ursprungsland trotzdem [[L:Deutschland]] anzugeben?

Mit freundlichen Grüßen
[[P:Tim Ostkämper]]
[[O:Brakelmann Landtechnik GmbH]], [[L:Rietberg]]

---

Von: Ursprungszeugnisse <ursprung@ostwestfalen.ihk.de>
Datum: 19.03.2025 14:47

Sehr geehrter Herr [[P:Ostkämper]],

ja, sofern die Endmontage in [[L:Rietberg]] die letzte wesentliche, wirtschaftlich gerechtfertigte Be- oder Verarbeitung darstellt, ist [[L:Deutschland]] anzugeben, auch wenn Teile in [[L:Polen]] gefertigt werden. Bitte stellen Sie den Antrag elektronisch; das Zeugnis kann dann am selben Tag in unserer Geschäftsstelle in [[L:Bielefeld]] oder in [[L:Paderborn]] abgeholt werden.

Die Legalisierung erfolgt durch die [[O:Botschaft der Republik Kasachstan]] in [[L:Berlin]]. Viele Unternehmen beauftragen hierfür einen Dienstleister, etwa die [[O:Visum Express Dienstleistungs GmbH]]. Zuvor muss das Dokument von der [[O:DIHK]] vorbeglaubigt werden.

Mit freundlichen Grüßen
[[P:Sabine Niemeier]]
Außenwirtschaft
""")

d("de", "sports_court_decision", """
[[O:Württembergischer Fußballverband e.V.]] ([[O:WFV]])
Sportgericht – Bezirk Neckar/Fils

Aktenzeichen: SG NF 27/2025

URTEIL

In dem Verfahren gegen
den Spieler [[P:Luca Brecht]], Spielerpass-Nr. 0511-4420, [[O:TSV Oberlenningen]],
und den Verein [[O:SV Dettingen/Teck 1920 e.V.]]

wegen Tätlichkeit und Zuschauerausschreitungen im Spiel der Kreisliga A, Staffel 2,
[[O:SV Dettingen/Teck]] – [[O:TSV Oberlenningen]] am 12. Oktober 2025

hat das Sportgericht des [[O:Württembergischen Fußballverbandes]] in der mündlichen Verhandlung vom 30. Oktober 2025 in [[L:Kirchheim unter Teck]] durch den Vorsitzenden [[P:Reinhold Baisch]] und die Beisitzer [[P:Dieter Kuhnle]] und [[P:Elif Aksoy]] entschieden:

1. Der Spieler [[P:Luca Brecht]] wird wegen einer Tätlichkeit gegen den Spieler [[P:Marco Straub]] ([[O:SV Dettingen/Teck]]) für die Dauer von sechs Wochen für Pflichtspiele gesperrt.
2. Gegen den [[O:SV Dettingen/Teck]] wird wegen mangelnden Ordnungsdienstes eine Geldstrafe von 250 € verhängt.
3. Die Kosten des Verfahrens tragen der [[O:TSV Oberlenningen]] und der [[O:SV Dettingen/Teck]] je zur Hälfte.

Gründe
Nach dem Sonderbericht des Schiedsrichters [[P:Patrick Wöhrle]] schlug [[P:Brecht]] in der 78. Minute nach einem Zweikampf seinem Gegenspieler mit der Faust gegen die Schulter. Anschließend betraten zwei Zuschauer das Spielfeld. Der Ordner des Heimvereins griff nach Aussage des Schiedsrichterbeobachters [[P:Hans-Peter Ilg]] nicht ein. [[P:Straub]] wurde nicht verletzt.

Rechtsmittel: Gegen dieses Urteil kann innerhalb einer Woche Berufung beim Verbandsgericht des [[O:WFV]] in [[L:Stuttgart]] eingelegt werden.
""")

d("de", "ethics_committee_vote", """
Ethik-Kommission bei der [[O:Ludwig-Maximilians-Universität München]]
Pettenkoferstraße 8a · 80336 [[L:München]]

Herrn Prof. Dr. med. [[P:Florian Aschenbrenner]]
Medizinische Klinik und Poliklinik I
[[O:LMU Klinikum]]
Marchioninistraße 15, 81377 [[L:München]]

Projekt-Nr.: 25-0418 · EU-CT-Nr. 2025-512733-41-00
[[L:München]], 16. Juni 2025

Votum zur klinischen Prüfung „KARDIO-REMOTE: Telemetrische Überwachung nach Implantation eines Drucksensors in die Pulmonalarterie“

Sehr geehrter Herr Kollege [[P:Aschenbrenner]],

die Ethik-Kommission hat das o. g. Vorhaben in ihrer Sitzung vom 5. Juni 2025 beraten. Sponsor ist die [[O:Kardiotec Medical GmbH]], [[L:Regensburg]]; mit dem Monitoring ist die [[O:Clinlogix Research S.L.]] aus [[L:Barcelona]] beauftragt.

Gegen die Durchführung der Studie bestehen keine ethischen oder rechtlichen Bedenken, sofern folgende Auflagen erfüllt werden:
1. In der Patienteninformation ist die Übermittlung der Telemetriedaten an Server der [[O:Amazon Web Services EMEA SARL]] in [[L:Frankfurt]] zu erläutern.
2. Der Versicherungsnachweis der [[O:HDI Global SE]] ist auf die geplante Zahl von 120 Teilnehmenden anzupassen.

Zur Beteiligung der weiteren Prüfstellen wurden die zuständigen Ethik-Kommissionen angehört:
– [[O:Klinikum Nürnberg]] (Prüfer: Dr. [[P:Stefan Loibl]])
– [[O:Universitätsklinikum Würzburg]] (Prüferin: PD Dr. [[P:Ayla Karagöz]])
– [[O:Klinikum Augsburg]] – zurückgezogen.

Die Bewertung des [[O:Bundesinstituts für Arzneimittel und Medizinprodukte]] steht noch aus. Das Votum gilt vorbehaltlich dieser Genehmigung.

Mit freundlichen Grüßen

Prof. Dr. [[P:Rainer Gmeiner]]
Vorsitzender
""")

d("de", "recruitment_email", """
Von: [[P:Nadine Baumgart]] <n.baumgart@baumgart-consulting.de>
An: [[P:Christian Oehmke]] <christian.oehmke@gmx.de>
Datum: Di., 9. September 2025, 08:52
Betreff: Vertraulich: Position Vertriebsleitung DACH – Gespräch mit dem Kunden

Hallo Herr [[P:Oehmke]],

vielen Dank für das angenehme Telefonat am Freitag. Wie besprochen, kann ich Ihnen jetzt den Namen unseres Mandanten nennen: Es handelt sich um [[O:Veltrano]], den Hersteller von Espressomaschinen für die Gastronomie. Bei [[O:Veltrano]] würden Sie an den Geschäftsführer, Herrn [[P:Matteo Veltrano]], berichten und ein Team von neun Außendienstmitarbeitern in [[L:Deutschland]], [[L:Österreich]] und der [[L:Schweiz]] führen. Sitz der deutschen Tochter, der [[O:Veltrano Deutschland GmbH]], ist [[L:Augsburg]]; die Muttergesellschaft sitzt in [[L:Brescia]].

Der Kunde hat Ihr Profil gesehen und schätzt Ihre Erfahrung bei [[O:WMF]] und zuletzt bei [[O:Rancilio]] sehr. Ein erstes Gespräch ist mit Herrn [[P:Veltrano]] und der Personalleiterin, Frau [[P:Svenja Hoffmeister]], geplant – vorgeschlagen sind der 17. oder 18. September in [[L:Augsburg]] oder per Video.

Zum Gehaltsrahmen: Der Kunde bietet 125.000 bis 140.000 € Fixum plus Bonus und Firmenwagen. Ihre Kündigungsfrist von drei Monaten zum Quartalsende ist bekannt.

Bitte geben Sie mir bis Donnerstag Bescheid, welcher Termin passt.

Viele Grüße
[[P:Nadine Baumgart]]
Partnerin · [[O:Baumgart Consulting]] · Executive Search
Königsallee 14 · 40212 [[L:Düsseldorf]]

> Am 5. September 2025 schrieb [[P:Christian Oehmke]]:
> Liebe Frau [[P:Baumgart]], danke für Ihren Anruf. Die Position klingt spannend; bevor ich meine Unterlagen freigebe, wüsste ich gern, um welches Unternehmen es sich handelt. Beste Grüße, [[P:Christian Oehmke]]
""")


# ---------------------------------------------------------------- French
d("fr", "breach_notification", """
NOTIFICATION D'UNE VIOLATION DE DONNÉES PERSONNELLES – NOTIFICATION COMPLÉMENTAIRE

Destinataire : [[O:Commission nationale de l'informatique et des libertés]] ([[O:CNIL]]), 3 place de Fontenoy, 75007 [[L:Paris]]
Numéro de la notification initiale : NOT-2025-0419-8832
Date : 24 avril 2025

1. Responsable du traitement
[[O:Mutuelle des Artisans du Val de Loire]], mutuelle régie par le livre II du code de la mutualité, 12 quai Paul Bert, 37100 [[L:Tours]]
Délégué à la protection des données : M. [[P:Yannick Le Goff]]

2. Sous-traitant concerné
[[O:Numerix Santé SAS]], [[L:Orléans]], éditeur de notre logiciel de gestion des remboursements.

3. Nature de la violation
Le 17 avril 2025, un collaborateur de [[O:Numerix]] a envoyé par erreur un fichier d'export à une adresse de messagerie externe appartenant à un prestataire de [[L:Blois]], la société [[O:Imprimerie Chavanne & Fils]], qui imprime nos courriers de fin d'année. Le fichier contenait les noms, adresses, numéros de sécurité sociale et montants de remboursement de 7 214 adhérents, dont 1 930 avec un code d'acte relatif à des soins dentaires ou optiques.

4. Mesures prises
– L'imprimerie a confirmé par écrit le 18 avril la suppression du fichier ; son gérant, M. [[P:Patrice Chavanne]], a signé une attestation.
– [[O:Numerix]] a bloqué l'envoi de pièces jointes non chiffrées vers l'extérieur.
– Compte tenu de la suppression rapide et de l'absence de diffusion, nous estimons que la violation n'engendre pas de risque élevé ; les adhérents concernés seront néanmoins informés par courrier.
– L'[[O:Agence nationale de la sécurité des systèmes d'information]] ([[O:ANSSI]]) n'a pas été saisie, aucun acte malveillant n'étant en cause.

5. Contact
Pour toute question : dpo@mavl-mutuelle.fr ou 02 47 66 18 40.

Fait à [[L:Tours]], le 24 avril 2025
[[P:Isabelle Fourcade]], directrice générale
""")

d("fr", "subject_access_reply", """
[[O:Maison Béranger SAS]]
Service Relation Client – Données personnelles
18 rue de la Charité, 69002 [[L:Lyon]]

Madame [[P:Chantal Roussel-Dumas]]
4 allée des Tilleuls
38200 [[L:Vienne]]

[[L:Lyon]], le 12 novembre 2025

Objet : votre demande d'accès à vos données personnelles (article 15 du RGPD) – dossier n° DA-2025-311

Madame,

Nous accusons réception de votre courrier recommandé du 20 octobre 2025 et vous prions de trouver ci-dessous les informations demandées.

Les données que nous traitons vous concernant sont les suivantes : identité, adresses de livraison et de facturation, historique de vos 14 commandes passées sur notre site depuis 2021, échanges avec notre service client, préférences de communication.

Ces données sont ou ont été communiquées aux destinataires suivants :
– [[O:Colissimo]] et [[O:Mondial Relay]], pour la livraison de vos commandes ;
– [[O:Stripe Payments Europe Ltd]], établie à [[L:Dublin]], pour le paiement ; nous ne conservons pas vos données bancaires ;
– [[O:Brevo]], notre prestataire d'envoi de lettres d'information, jusqu'à votre désinscription du 3 mars 2024 ;
– [[O:Atelier Vauquelin]], notre partenaire de retouches à [[L:Villeurbanne]], pour la commande du 8 décembre 2023.

Vous trouverez en pièce jointe une copie de l'ensemble de ces données au format PDF. Aucune décision automatisée ni aucun profilage produisant des effets juridiques ne vous concerne.

Vous pouvez à tout moment exercer vos droits de rectification, d'effacement ou d'opposition auprès de notre délégué à la protection des données, M. [[P:Grégoire Lamarque]], et, si vous estimez que vos droits ne sont pas respectés, introduire une réclamation auprès de la [[O:CNIL]].

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

[[P:Sophie Béranger]]
Présidente
""")

d("fr", "court_summons", """
[[O:SCP Morand-Vialle]]
Commissaires de justice associés
7 cours Berriat, 38000 [[L:Grenoble]]

ASSIGNATION DEVANT LE [[O:TRIBUNAL JUDICIAIRE DE GRENOBLE]]
(procédure écrite – représentation obligatoire par avocat)

L'AN DEUX MILLE VINGT-CINQ ET LE DIX-HUIT SEPTEMBRE

À LA DEMANDE DE :
La société [[O:Bâti-Dauphiné SAS]], au capital de 250 000 euros, immatriculée au RCS de [[L:Grenoble]] sous le numéro 812 447 903, dont le siège social est 14 rue des Glairons, 38400 [[L:Saint-Martin-d'Hères]], prise en la personne de son président, M. [[P:Lionel Garcin]],

Ayant pour avocat Maître [[P:Hélène Savoye]], du cabinet [[O:Savoye Avocats]], avocat au barreau de [[L:Grenoble]], chez qui elle élit domicile,

J'AI, [[P:Aurélien Vialle]], commissaire de justice associé au sein de la [[O:SCP Morand-Vialle]], soussigné,

DONNÉ ASSIGNATION À :
Monsieur [[P:Julien Mercadier]], demeurant 22 chemin du Mûrier, 38330 [[L:Montbonnot-Saint-Martin]],

D'AVOIR À COMPARAÎTRE devant le [[O:Tribunal judiciaire de Grenoble]], place Firmin-Gautier, à l'audience d'orientation du 4 décembre 2025 à 9 heures.

OBJET DE LA DEMANDE
La société [[O:Bâti-Dauphiné]] a réalisé pour M. [[P:Mercadier]] l'extension de sa maison selon un marché du 15 mars 2024. Malgré la réception des travaux sans réserve le 30 septembre 2024, constatée en présence de l'architecte, Mme [[P:Nadia Bensaïd]], le solde de 38 420 euros TTC reste impayé. M. [[P:Mercadier]] invoque un défaut d'étanchéité que l'expert de son assureur, la [[O:MAIF]], n'a pas confirmé.

PAR CES MOTIFS, il est demandé au tribunal de condamner M. [[P:Mercadier]] à payer à la société [[O:Bâti-Dauphiné]] la somme de 38 420 euros avec intérêts au taux légal, outre 3 000 euros au titre de l'article 700 du code de procédure civile.

Coût de l'acte : 64,92 euros
""")

d("fr", "workplace_incident_report", """
[[O:Fonderie Marchal]]
Site de [[L:Golbey]] – Service Qualité, Sécurité, Environnement

COMPTE RENDU D'ACCIDENT DU TRAVAIL
Référence : QSE-AT-2025-07
Date de l'accident : mardi 8 juillet 2025, 14 h 20
Rédigé par : [[P:Sandrine Thiébaut]], responsable QSE

1. Victime
[[P:Kévin Demangeon]], 27 ans, opérateur de moulage, intérimaire mis à disposition par [[O:Adecco]], agence d'[[L:Épinal]].

2. Circonstances
Lors du décochage d'une pièce de carter, une projection de sable chaud a atteint l'avant-bras gauche de la victime, dont le manchon de protection n'était pas correctement ajusté. Le chef d'équipe, M. [[P:Gilles Perrin]], a déclenché l'alerte. Les sapeurs-pompiers du [[O:SDIS des Vosges]] sont intervenus à 14 h 38 et ont transporté la victime au centre des brûlés du [[O:CHU de Nancy]]. Brûlure du deuxième degré, arrêt de travail prévu de 21 jours.

3. Déclarations
– Déclaration d'accident du travail transmise par l'entreprise de travail temporaire à la [[O:CPAM des Vosges]] le 9 juillet.
– Information de l'inspection du travail de la [[O:DREETS Grand Est]] (unité départementale des [[L:Vosges]]) le 9 juillet.
– Réunion extraordinaire de la commission santé, sécurité et conditions de travail le 11 juillet.

4. Actions décidées
a) Remplacement des manchons par un modèle à serrage velcro (fournisseur : [[O:Sécurimat Lorraine SARL]]) – échéance 31 juillet.
b) Carter de protection sur le poste de décochage n° 3, étude confiée au bureau d'études [[O:Mécastyl]] à [[L:Remiremont]].
c) Rappel des consignes à l'agence [[O:Adecco]] pour l'accueil sécurité des intérimaires.

Diffusion : direction générale ([[P:Éric Marchal]]), médecine du travail ([[O:AIST 88]]), représentants du personnel.
""")

d("fr", "environmental_permit", """
PRÉFET DE LA [[L:GIRONDE]]

Direction départementale de la protection des populations
Service installations classées

ARRÊTÉ PRÉFECTORAL n° 2025-ICPE-0147
portant enregistrement d'une unité de méthanisation exploitée par la société [[O:Méthabio Médoc SAS]] sur le territoire de la commune de [[L:Gaillan-en-Médoc]]

Le préfet de la région [[L:Nouvelle-Aquitaine]], préfet de la [[L:Gironde]],

VU le code de l'environnement, et notamment ses articles L. 512-7 et R. 512-46-1 ;
VU la demande présentée le 14 janvier 2025 par la société [[O:Méthabio Médoc SAS]], dont le siège social est situé 5 chemin du Gravier, 33340 [[L:Gaillan-en-Médoc]], représentée par M. [[P:Stéphane Dubourdieu]], président ;
VU l'avis du conseil municipal de [[L:Lesparre-Médoc]] du 3 avril 2025 ;
VU l'avis de l'[[O:Agence régionale de santé Nouvelle-Aquitaine]] du 21 mars 2025 ;
VU le rapport de l'inspection des installations classées de la [[O:direction régionale de l'environnement, de l'aménagement et du logement]] ([[O:DREAL]]) du 12 mai 2025 ;
VU les observations du public recueillies du 10 février au 10 mars 2025, notamment celles de l'association [[O:Médoc Nature Environnement]] ;

CONSIDÉRANT que les effluents seront épandus sur des parcelles situées à plus de 35 mètres des berges de la [[L:Garonne]] et des jalles ;

ARRÊTE

Article 1er – L'installation de méthanisation d'une capacité de 60 tonnes par jour, alimentée par les effluents de l'[[O:EARL du Pas de Bégadan]] et des coopératives viticoles de [[L:Bégadan]] et de [[L:Saint-Yzans-de-Médoc]], est enregistrée.

Article 2 – Le biogaz est injecté dans le réseau exploité par [[O:GRDF]]. Les prescriptions de l'arrêté ministériel du 12 août 2010 sont applicables.

Article 3 – Le présent arrêté peut être déféré au [[O:tribunal administratif de Bordeaux]] dans un délai de deux mois.

Fait à [[L:Bordeaux]], le 2 juin 2025
Pour le préfet et par délégation, la secrétaire générale,
[[P:Camille Arrighi]]
""")

d("fr", "veterinary_letter", """
[[O:Clinique vétérinaire équine de la Touques]]
Route de [[L:Pont-l'Évêque]], 14800 [[L:Touques]]
Dr [[P:Marion Lefébure]] – Dr [[P:Antoine Guesdon]]

[[O:Écurie Lemarchand]]
À l'attention de M. [[P:Hugues Lemarchand]]
Haras du Mesnil, 14130 [[L:Pont-l'Évêque]]

[[L:Touques]], le 30 avril 2025

Objet : « Vent d'Ouest » (SIRE 25012345X), hongre de 6 ans – compte rendu et suivi

Monsieur,

Suite à l'examen de votre cheval le 28 avril, je vous confirme le diagnostic de desmite du ligament suspenseur du boulet, branche médiale, antérieur gauche. L'échographie montre une lésion d'environ 18 % de la section.

Les prélèvements sanguins ont été analysés par le laboratoire [[O:LABÉO]] à [[L:Saint-Contest]] ; la recherche de piroplasmose est négative. Le test de dépistage demandé par la [[O:Fédération Française d'Équitation]] avant la reprise des concours sera à refaire dans six mois.

Protocole proposé :
– repos au box avec marche en main 2 × 10 minutes pendant quatre semaines ;
– injection de plasma riche en plaquettes, programmée le 6 mai ;
– contrôle échographique à 6 et 12 semaines ;
– reprise du travail monté au plus tôt en août.

Comme convenu, le devis (2 480 € TTC) a été transmis à votre assureur, [[O:Hiscox]], via le cabinet de courtage [[O:Equi-Assur Normandie]]. Mon confrère, le Dr [[P:Guesdon]], assurera le contrôle de mai en mon absence.

Je reste à votre disposition, ainsi que votre cavalière, Mlle [[P:Lou Vasseur]], pour toute question.

Veuillez agréer, Monsieur, mes salutations distinguées.

Dr [[P:Marion Lefébure]]
Docteur vétérinaire, Diplômée du Collège européen de chirurgie
""")

d("fr", "admission_letter", """
[[O:Université Grenoble Alpes]]
UFR de Chimie et Biologie
Scolarité Master – 621 avenue Centrale, 38400 [[L:Saint-Martin-d'Hères]]

Mme [[P:Salma Benkirane]]
Résidence Al Fath, apt 12
[[L:Rabat]]
[[L:Maroc]]

[[L:Grenoble]], le 18 juin 2025

Objet : admission en Master 1 Biologie – parcours Biologie structurale et fonctionnelle

Madame,

J'ai le plaisir de vous informer que la commission pédagogique a émis un avis favorable à votre candidature présentée via la procédure « Études en [[L:France]] » de [[O:Campus France Maroc]]. Vous êtes admise en première année de Master à la rentrée 2025.

Votre inscription définitive est subordonnée :
– à l'obtention de votre licence à l'[[O:Université Mohammed V de Rabat]] ; merci de nous transmettre le relevé de notes dès sa publication ;
– à l'obtention de votre visa auprès du [[O:Consulat général de France à Rabat]] ;
– au paiement des droits d'inscription (243 euros) et de la contribution de vie étudiante et de campus.

Vous bénéficiez de l'exonération partielle des droits différenciés accordée par l'[[O:UGA]]. Pour votre hébergement, vous pouvez déposer un dossier auprès du [[O:Crous Grenoble Alpes]] ; la résidence Olympique est la plus proche du campus.

La réunion de rentrée aura lieu le 1er septembre 2025 à 9 h, amphithéâtre Weil. Votre responsable de parcours est M. [[P:Olivier Chaumont]], chercheur à l'[[O:Institut de biologie structurale]] ([[O:IBS]]).

Je vous prie d'agréer, Madame, l'expression de mes salutations distinguées.

[[P:Brigitte Sauvageot]]
Responsable de la scolarité
""")

d("fr", "condo_general_meeting", """
[[O:Cabinet Ferrandi Immobilier]]
Syndic de copropriété – Carte professionnelle CPI 1310 2019 000 041 278
42 boulevard Longchamp, 13001 [[L:Marseille]]

Résidence « Les Oliviers » – 15 traverse des Bonnes-Grâces, 13009 [[L:Marseille]]

CONVOCATION À L'ASSEMBLÉE GÉNÉRALE ORDINAIRE

Madame, Monsieur,

Nous avons l'honneur de vous convoquer à l'assemblée générale ordinaire des copropriétaires qui se tiendra le jeudi 12 juin 2025 à 18 h 30 dans la salle polyvalente de la [[O:paroisse Sainte-Marguerite]], 3 boulevard Paul-Claudel.

ORDRE DU JOUR
1. Élection du président de séance, des scrutateurs et du secrétaire (article 24).
2. Approbation des comptes de l'exercice 2024 (article 24).
3. Quitus au syndic (article 24).
4. Renouvellement du mandat du syndic [[O:Cabinet Ferrandi Immobilier]] pour 18 mois – contrat type joint (article 25).
5. Élection des membres du conseil syndical : candidatures de Mme [[P:Josiane Cuttoli]], M. [[P:Farid Haddadi]] et M. [[P:Bernard Esposito]] (article 25).
6. Travaux de réfection de l'étanchéité de la toiture-terrasse, bâtiment B. Devis reçus :
   a) [[O:Étanchéité Provençale SARL]], [[L:Aubagne]] : 86 450 € TTC
   b) [[O:Azur Toitures]], [[L:La Ciotat]] : 79 900 € TTC
   c) [[O:Smac]], agence de [[L:Vitrolles]] : 94 200 € TTC
   Honoraires de maîtrise d'œuvre du cabinet [[O:Atelier Giordano Architectes]] : 6 % HT (article 24).
7. Installation de bornes de recharge : proposition d'[[O:Enedis]] pour une infrastructure collective sans frais (article 24).
8. Procédure à l'encontre de la [[O:SCI Panorama Huveaune]], copropriétaire débiteur de 11 230 € (article 24).

Les documents comptables peuvent être consultés à notre cabinet sur rendez-vous auprès de Mme [[P:Laetitia Roux]], gestionnaire de votre immeuble.

Si vous ne pouvez assister à l'assemblée, vous pouvez voter par correspondance ou donner pouvoir à un mandataire.

Fait à [[L:Marseille]], le 14 mai 2025
Pour le syndic, [[P:Pierre-Ange Ferrandi]]
""")

d("fr", "vehicle_leasing", """
CONTRAT DE LOCATION LONGUE DURÉE – CONDITIONS PARTICULIÈRES
N° de contrat : LLD-66-2025-04172

LE LOUEUR
[[O:Free2Move Lease]], nom commercial de [[O:Crédipar SA]], 2-10 boulevard de l'Europe, 78300 [[L:Poissy]]

LE CONCESSIONNAIRE APPORTEUR
[[O:Garage Pons Automobiles SAS]], 350 avenue d'Espagne, 66100 [[L:Perpignan]]
Conseiller commercial : [[P:Jordi Mas]]

LE LOCATAIRE
[[O:SARL Boulangerie Casals]], au capital de 15 000 €, RCS [[L:Perpignan]] 493 118 204, 8 place de la République, 66300 [[L:Thuir]], représentée par son gérant, M. [[P:Joan Casals]]

VÉHICULE
Peugeot e-Expert Fourgon Standard, 75 kWh, blanc banquise, aménagement isotherme réalisé par [[O:Carrosserie Frigorifique du Roussillon]] à [[L:Rivesaltes]]
Prix catalogue : 52 300 € HT ; aménagement : 7 850 € HT

CONDITIONS FINANCIÈRES
Durée : 60 mois – Kilométrage total : 75 000 km
Premier loyer majoré : 4 000 € HT
Loyer mensuel : 689,40 € HT, prestations incluses : entretien, assistance, pneumatiques (8)
Kilomètre supplémentaire : 0,07 € HT

ASSURANCE
Le locataire déclare assurer le véhicule auprès de [[O:Groupama Méditerranée]] et produire une attestation avant la livraison.

GARANTIES
Caution personnelle de M. [[P:Joan Casals]] et de Mme [[P:Núria Casals]] à hauteur de 10 000 €.

Le locataire reconnaît avoir reçu les conditions générales et la notice d'information sur la protection des données. Le loueur consultera le fichier de la [[O:Banque de France]].

Fait en deux exemplaires à [[L:Perpignan]], le 27 mars 2025
Le locataire (cachet et signature)    Pour le loueur, le concessionnaire mandaté
""")

d("fr", "wine_export_emails", """
De : [[P:Clémence Rolland]] <c.rolland@casteja-rolland.fr>
À : [[P:Kenji Morimoto]] <morimoto@hanawa-trading.co.jp>
Date : 3 février 2026, 10:05
Objet : RE: Commande HT-2026-014 – documents d'exportation

Cher Monsieur [[P:Morimoto]],

Merci pour la confirmation de la commande n° HT-2026-014 : 1 140 caisses de bordeaux et de crus classés (millésimes 2019 et 2020) pour [[O:Hanawa Trading Co., Ltd.]] à [[L:Osaka]].

Voici où nous en sommes pour les documents :
1. Document d'accompagnement électronique : émis par nos soins via l'application Gamma de la [[O:Direction générale des douanes et droits indirects]] ([[O:DGDDI]]).
2. Certificat d'origine : demandé à la [[O:CCI Bordeaux Gironde]] ; délivrance prévue le 5 février.
3. Bulletins d'analyse : réalisés par le laboratoire [[O:Excell]] à [[L:Mérignac]] ; ils confirment les teneurs en SO2 requises par le ministère japonais de la santé.
4. Certificat d'export de [[O:FranceAgriMer]] : non nécessaire pour le [[L:Japon]].

Notre transitaire, [[O:Hillebrand Gori]], a réservé un conteneur réfrigéré au départ du [[L:Havre]] le 14 février, arrivée prévue à [[L:Kobe]] le 28 mars. M. [[P:Arnaud Peyrelongue]] de leur bureau de [[L:Bordeaux]] est en copie.

Par ailleurs, le [[O:Conseil Interprofessionnel du Vin de Bordeaux]] ([[O:CIVB]]) organise une dégustation à [[L:Tokyo]] le 22 avril ; souhaitez-vous y inviter vos clients ?

Bien cordialement,
[[P:Clémence Rolland]]
Export Asie – [[O:Maison Castéja-Rolland]], négociant-éleveur à [[L:Bordeaux]]

> Le 2 février 2026, [[P:Kenji Morimoto]] a écrit :
> Dear Ms [[P:Rolland]], we confirm order HT-2026-014 as per your proforma. Please send the analysis bulletins in advance. Best regards, [[P:Kenji Morimoto]], [[O:Hanawa Trading]]
""")

d("fr", "rail_complaint", """
[[O:SNCF Voyageurs]]
Service Relation Client
TSA 81234, 62973 [[L:Arras]] Cedex 9

Monsieur [[P:Bastien Cazenave]]
17 rue des Filatiers
31000 [[L:Toulouse]]

Référence : RC-2025-11-884201
Le 9 décembre 2025

Monsieur,

Vous nous avez fait part de votre mécontentement concernant votre voyage du 14 novembre 2025 à bord du train Intercités n° 3611 entre [[L:Paris]] Austerlitz et [[L:Toulouse]], arrivé avec 3 h 12 de retard à la suite d'un heurt avec un animal près de [[L:Limoges]], puis d'une panne de locomotive.

Nous regrettons sincèrement ces désagréments. Conformément à la garantie G30 et au règlement européen sur les droits des voyageurs ferroviaires, nous vous accordons :
– une compensation de 50 % du prix de votre billet, soit 38,50 € ;
– le remboursement, sur justificatif, de votre repas pris en gare de [[L:Brive-la-Gaillarde]] (14,90 €).

En revanche, nous ne pouvons prendre en charge la nuit d'hôtel réservée pour votre correspondance manquée avec le bus de la société [[O:Arc-en-Ciel Mobilités]] vers [[L:Saint-Gaudens]] : ce transporteur, exploité pour le compte de la [[O:Région Occitanie]], ne faisait pas partie de votre titre de transport.

Le montant total de 53,40 € sera versé par virement sous quinze jours.

Si cette réponse ne vous satisfait pas, vous pouvez saisir gratuitement le Médiateur [[O:SNCF Voyageurs]] en ligne, dans un délai d'un an à compter de votre réclamation écrite.

Nous vous prions d'agréer, Monsieur, nos salutations distinguées.

[[P:Nathalie Girardot]]
Conseillère Relation Client
""")

d("fr", "pension_statement", """
[[O:Agirc-Arrco]]
Votre caisse de retraite complémentaire : [[O:Malakoff Humanis]]
Service Retraite – 92540 [[L:Montrouge]] Cedex

M. [[P:Hervé Quéméner]]
9 rue de Siam
29200 [[L:Brest]]

N° de sécurité sociale : 1 63 04 29 019 ••• ••
[[L:Montrouge]], le 15 septembre 2025

RELEVÉ DE VOTRE SITUATION INDIVIDUELLE

Monsieur,

Vous trouverez ci-dessous le relevé de vos points de retraite complémentaire au 31 décembre 2024. Il complète l'estimation qui vous sera adressée par votre [[O:Carsat Bretagne]] pour votre retraite de base.

Période        Employeur                                             Points
1984–1991      [[O:Établissements Guérin Frères]], [[L:Quimper]]              1 842,15
1991–2003      [[O:Brest Marine Services SA]], [[L:Brest]]                    5 310,60
2003–2016      [[O:Naval Group]], site de [[L:Brest]]                         9 127,44
2016–2024      [[O:Armor Ingénierie Navale SAS]], [[L:Lorient]]               6 409,80
Périodes de chômage indemnisé (2003) – [[O:Pôle emploi]]           212,00
Total des points [[O:Agirc-Arrco]] au 31/12/2024                       22 901,99

Valeur du point au 1er novembre 2024 : 1,4386 €
Montant annuel brut correspondant : 32 946,80 €

Si vous constatez une erreur ou une période manquante, vous pouvez la signaler dans votre espace personnel ou auprès de votre conseiller retraite au centre d'information de [[L:Quimper]]. Un rendez-vous peut aussi être pris au Point accueil retraite de [[L:Morlaix]].

Nous vous rappelons que le départ à taux plein dépend aussi de votre durée d'assurance au régime général.

Le Service Retraite
[[P:Anne-Laure Bodénès]]
""")

d("fr", "auditor_letter", """
[[O:Lemoine, Tardieu & Associés]]
Société de commissaires aux comptes inscrite à la compagnie régionale de [[L:Besançon]]
11 rue de la Préfecture, 25000 [[L:Besançon]]

Monsieur le Président
[[O:Coopérative Fromagère du Haut-Doubs]]
2 route de Pontarlier
25650 [[L:Gilley]]

[[L:Besançon]], le 28 mars 2025

Objet : lettre de recommandations – exercice clos le 31 décembre 2024

Monsieur le Président,

Dans le cadre de notre mission de certification des comptes de la coopérative, nous avons relevé plusieurs points de contrôle interne dont nous vous faisons part ci-dessous. Ils ont été présentés à votre directeur, M. [[P:Fabrice Jeannerod]], et à votre responsable comptable, Mme [[P:Émilie Cuenot]], le 21 mars.

1. Paiement du lait aux sociétaires
Le calcul de la prime qualité pour le comté est réalisé dans un tableur non protégé. Nous recommandons son intégration dans le logiciel de paie du lait fourni par [[O:Agrisoft Franche-Comté]].

2. Stocks en cave d'affinage
Les meules confiées à la maison d'affinage [[O:Fromageries Marcel Petite]] à [[L:Granges-Narboz]] n'ont pas fait l'objet d'un inventaire contradictoire au 31 décembre. Nous recommandons un inventaire annuel en présence d'un administrateur.

3. Subventions
L'aide de la [[O:Région Bourgogne-Franche-Comté]] pour la nouvelle salle de fabrication (185 000 €) est comptabilisée en produit alors que les travaux ne sont pas achevés.

4. Conventions réglementées
Le contrat de transport du lait conclu avec les [[O:Transports Bourgeois-Vuillemin]], dont le gérant est administrateur de la coopérative, doit être soumis à l'approbation de l'assemblée générale.

Nous remercions vos équipes pour leur disponibilité.

Veuillez agréer, Monsieur le Président, l'expression de notre considération distinguée.

[[P:Catherine Tardieu]]
Commissaire aux comptes associée
""")

d("fr", "press_release_appointment", """
COMMUNIQUÉ DE PRESSE

[[L:Paris]], le 6 janvier 2026

[[O:Ostréa Capital]] nomme [[P:Delphine Karamanlis]] directrice générale

Le conseil de surveillance d'[[O:Ostréa Capital]], société de gestion spécialisée dans le financement des PME du secteur agroalimentaire, a nommé [[P:Delphine Karamanlis]] directrice générale et présidente du directoire à compter du 1er février 2026. Elle succède à [[P:Jean-Marc Thévenot]], fondateur de la société, qui devient président du conseil de surveillance.

Diplômée de l'[[O:ESSEC]] et de l'[[O:Université Paris-Dauphine]], [[P:Delphine Karamanlis]], 49 ans, a débuté sa carrière chez [[O:BNP Paribas]] à [[L:Londres]], avant de rejoindre en 2008 la [[O:Caisse des Dépôts]], puis [[O:Bpifrance]], où elle dirigeait depuis 2019 la direction des fonds sectoriels. Elle est administratrice de l'[[O:Association française des investisseurs pour la croissance]] ([[O:France Invest]]).

« Je suis heureuse de rejoindre une équipe qui a su accompagner plus de soixante entreprises, de la conserverie bretonne à la biscuiterie alsacienne », déclare [[P:Delphine Karamanlis]].

« Avec [[P:Delphine]], [[O:Ostréa]] se dote d'une dirigeante reconnue pour préparer le lancement de son quatrième fonds, doté de 350 millions d'euros, auquel participent notamment le [[O:Crédit Agricole]] et le [[O:Fonds européen d'investissement]] », souligne [[P:Jean-Marc Thévenot]].

Fondée en 2011 à [[L:Nantes]], [[O:Ostréa Capital]] gère 780 millions d'euros et dispose de bureaux à [[L:Paris]], [[L:Lyon]] et [[L:Bordeaux]].

Contact presse : [[P:Manon Leclerc]] – [[O:Agence Rivoli Conseil]] – 01 44 58 72 30
""")

d("fr", "festival_sponsorship", """
CONVENTION DE MÉCÉNAT

ENTRE
L'association [[O:Jazz en Baie de Somme]], association régie par la loi du 1er juillet 1901, dont le siège est 5 quai Jeanne d'Arc, 80230 [[L:Saint-Valery-sur-Somme]], représentée par sa présidente, Mme [[P:Odile Wargnier]], ci-après « l'Association »,

ET
La [[O:Caisse régionale de Crédit Agricole Mutuel Brie Picardie]], société coopérative à capital variable, dont le siège est 500 rue Saint-Fuscien, 80000 [[L:Amiens]], représentée par M. [[P:Thibault Decayeux]], directeur de la communication, ci-après « le Mécène ».

PRÉAMBULE
L'Association organise chaque année, fin juillet, un festival de jazz dans six communes de la baie, dont [[L:Le Crotoy]], [[L:Cayeux-sur-Mer]] et [[L:Rue]]. L'édition 2026 accueillera notamment le quartet de la contrebassiste [[P:Amélie Dufresnoy]] et l'[[O:Orchestre National de Jazz]].

ARTICLE 1 – OBJET
Le Mécène apporte un soutien financier de 25 000 € au festival, dont 5 000 € affectés aux ateliers pédagogiques menés avec le [[O:Conservatoire d'Abbeville]] et les collèges du secteur.

ARTICLE 2 – CONTREPARTIES
Les contreparties accordées au Mécène n'excèdent pas 25 % du montant du don : logo sur les supports de communication, 40 invitations, mise à disposition de la salle du [[O:Casino de Cayeux]] pour une soirée clients.

ARTICLE 3 – AUTRES PARTENAIRES
Le Mécène est informé que le festival est également soutenu par la [[O:Région Hauts-de-France]], le [[O:Département de la Somme]], la [[O:Sacem]] et l'entreprise [[O:Saint-Valery Nautisme]].

ARTICLE 4 – REÇU FISCAL
L'Association délivrera un reçu fiscal conforme au modèle cerfa n° 11580.

Fait à [[L:Saint-Valery-sur-Somme]], le 20 février 2026, en deux exemplaires.
""")

d("fr", "parish_newsletter", """
LE LIEN
Bulletin de la [[O:paroisse Saint-Pierre-en-Bessin]]
N° 148 – Avent 2025

LE MOT DU CURÉ
Chers paroissiens, l'Avent nous invite à veiller. Cette année encore, nos seize clochers, de [[L:Bayeux]] à [[L:Port-en-Bessin-Huppain]], accueilleront la lumière de la paix de [[L:Bethléem]] apportée par les scouts. Merci à tous ceux qui font vivre nos églises. – Père [[P:Emmanuel Lecornu]]

AGENDA
• Samedi 6 décembre, 15 h : concert de Noël de la chorale [[O:Les Voix du Bessin]] à l'église de [[L:Trévières]], au profit du [[O:Secours Catholique]].
• Dimanche 14 décembre : messe des familles suivie du repas partagé à la salle paroissiale, animé par l'équipe de [[P:Marie-Thérèse Hamel]].
• Mercredi 24 décembre, 18 h 30 : veillée de Noël à la cathédrale de [[L:Bayeux]] avec Mgr [[P:Jacques Habert]], évêque de [[L:Bayeux]] et [[L:Lisieux]].

PÈLERINAGE
Le pèlerinage diocésain à [[L:Lourdes]] aura lieu du 20 au 25 avril 2026. Inscriptions auprès du service des pèlerinages du [[O:diocèse de Bayeux-Lisieux]] ou de [[P:Monique Lebaron]] (02 31 92 44 17). Voyage en car avec les [[O:Autocars Hardy]].

SOLIDARITÉ
La collecte pour la [[O:Banque alimentaire du Calvados]] a rassemblé 1,4 tonne de denrées. L'association [[O:Accueil Migrants Bessin]] cherche des familles pour héberger deux jeunes venus du [[L:Soudan]].

CARNET
Ont reçu le baptême : [[P:Louise Marie]], [[P:Gabin Letellier]]. Nous avons accompagné vers le Père : [[P:Raymond Guérin]], [[P:Suzanne Jouvin]].

Permanences au presbytère, 4 rue des Bouchers, [[L:Bayeux]] : mardi et vendredi, 10 h – 12 h.
""")


# ---------------------------------------------------------------- Spanish
d("es", "breach_notification", """
NOTIFICACIÓN DE BRECHA DE DATOS PERSONALES (ART. 33 RGPD) – INFORMACIÓN ADICIONAL

A la [[O:Agencia Española de Protección de Datos]] ([[O:AEPD]])
C/ Jorge Juan, 6 – 28001 [[L:Madrid]]
Registro de la notificación inicial: E/04417/2025

Responsable del tratamiento: [[O:Gestoría Arrieta y Asociados S.L.]], CIF B95331876, Alameda de Recalde 27, 48009 [[L:Bilbao]]
Delegada de protección de datos: Dña. [[P:Itziar Goikoetxea Larrañaga]]

1. Descripción del incidente
El 3 de marzo de 2025 la gestoría detectó que el servidor de ficheros alojado por [[O:Nubeko Sistemas S.L.]] en [[L:Vitoria-Gasteiz]] había sido cifrado por un programa de secuestro. Según el informe preliminar de la empresa de ciberseguridad [[O:Zaintek Cyber]], los atacantes accedieron mediante una cuenta de administrador sin doble factor y extrajeron aproximadamente 60 GB de datos antes del cifrado.

2. Datos y personas afectadas
Nóminas, contratos, partes de baja y datos bancarios de unos 2.900 trabajadores de 74 empresas clientes, entre ellas [[O:Talleres Ugarte S.A.]], la cooperativa [[O:Eroski]] (una de sus tiendas franquiciadas en [[L:Getxo]]) y el [[O:Club de Remo Deusto]]. Los partes de baja incluyen datos de salud.

3. Medidas adoptadas
– Restauración desde copia de seguridad externa y cambio de todas las credenciales.
– Denuncia ante la [[O:Ertzaintza]] (atestado n.º 2025/BI/01877) y comunicación al [[O:Instituto Nacional de Ciberseguridad]] ([[O:INCIBE]]).
– Comunicación a las empresas clientes el 6 de marzo y a los trabajadores afectados a partir del 10 de marzo, con recomendaciones ante posibles fraudes.
– Contratación de un servicio de vigilancia de filtraciones con [[O:Zaintek]] durante doce meses.

4. Autoridades de otros Estados
Doce trabajadores residen en [[L:Francia]]; no se ha considerado necesario informar a la [[O:CNIL]] al tratarse de un responsable establecido únicamente en [[L:España]].

En [[L:Bilbao]], a 17 de marzo de 2025
Fdo.: [[P:Josu Arrieta Bilbao]], socio director
""")

d("es", "subject_access_reply", """
[[O:Fibranet Levante S.L.]]
Departamento de Protección de Datos
Avda. de Elche 45, 03008 [[L:Alicante]]

Sr. D. [[P:Vicente Llorca Sempere]]
C/ San Vicente 8, 3.º B
03801 [[L:Alcoy]]

[[L:Alicante]], 21 de julio de 2025

Asunto: contestación a su solicitud de derecho de acceso – ref. ARCO-2025-0734

Estimado Sr. [[P:Llorca]]:

En relación con su solicitud recibida el 30 de junio de 2025, le informamos de que [[O:Fibranet]] trata los siguientes datos suyos como titular del contrato de fibra y telefonía móvil n.º 448120:

• Datos identificativos y de contacto: nombre, DNI, domicilio, teléfono y correo electrónico.
• Datos del servicio: dirección de instalación, equipos instalados, incidencias técnicas y grabaciones de llamadas al servicio de atención al cliente de los últimos seis meses.
• Datos económicos: domiciliación bancaria en [[O:Caixa Popular]] y facturas desde enero de 2022.
• Datos de tráfico: conservados durante doce meses conforme a la Ley 25/2007.

Destinatarios:
– [[O:Equifax Ibérica S.L.]], como gestora del fichero ASNEF, al que se comunicó una deuda de 86,40 € en noviembre de 2024. Tras el pago del 2 de diciembre se solicitó la baja, efectuada el 5 de diciembre.
– [[O:Instalaciones Hermanos Pastor]], empresa instaladora subcontratada en la comarca de l'[[L:Alcoià]].
– [[O:Lowi]], operador con el que se tramitó la portabilidad de su línea móvil en marzo de 2025.

Le adjuntamos copia de sus datos en formato electrónico. Puede ejercer los derechos de rectificación, supresión, oposición, limitación y portabilidad dirigiéndose a dpo@fibranetlevante.es. Si considera que no hemos atendido debidamente su solicitud, puede presentar una reclamación ante la [[O:Agencia Española de Protección de Datos]].

Atentamente,

[[P:Marta Ferrándiz]]
Delegada de Protección de Datos
""")

d("es", "court_judgment", """
[[O:JUZGADO DE LO MERCANTIL N.º 2 DE MÁLAGA]]

Procedimiento ordinario 318/2024
Sección: C

SENTENCIA N.º 97/2025

En [[L:Málaga]], a 12 de mayo de 2025.

Vistos por D.ª [[P:Rocío Valderrama Ortiz]], Magistrada-Juez, los presentes autos de juicio ordinario seguidos a instancia de [[O:TRANSPORTES GUADALHORCE, S.L.]], representada por la procuradora Sra. [[P:Aranda Guerrero]] y asistida por el letrado Sr. [[P:Palomo Ruiz]], contra [[O:NAVIERA ALBORÁN, S.A.]], representada por el procurador Sr. [[P:Cifuentes Mena]] y asistida por la letrada Sra. [[P:Benítez de Soto]], sobre reclamación de cantidad derivada de contrato de transporte marítimo.

ANTECEDENTES DE HECHO

PRIMERO.- La actora reclama 64.820 euros por los daños sufridos por dos semirremolques frigoríficos durante la travesía entre [[L:Málaga]] y [[L:Melilla]] del 14 de febrero de 2024, en la que, según la demanda, la carga no fue debidamente trincada en la cubierta del buque "Ciudad de Nador".

SEGUNDO.- La demandada alegó que el daño obedeció a un temporal de fuerza 9 y aportó el informe de la [[O:Agencia Estatal de Meteorología]] ([[O:AEMET]]) y la pericial de [[O:Ingenieros Navales del Estrecho S.L.P.]]

FUNDAMENTOS DE DERECHO

TERCERO.- El perito de la actora, D. [[P:Anselmo Carvajal]], de [[O:Peritaciones Costa del Sol]], explicó de forma convincente que los tensores utilizados no estaban homologados. La testigo D.ª [[P:Lidia Moreno]], primera oficial del buque, reconoció que el trincaje se revisó una sola vez. La aseguradora de la demandada, [[O:Mapfre España]], no ha comparecido como interviniente.

FALLO

Estimo parcialmente la demanda y condeno a [[O:NAVIERA ALBORÁN, S.A.]] a abonar a [[O:TRANSPORTES GUADALHORCE, S.L.]] la cantidad de 51.300 euros, más los intereses legales. Sin costas.

Contra esta sentencia cabe recurso de apelación ante la [[O:Audiencia Provincial de Málaga]].
""")

d("es", "police_incident_report", """
[[O:POLICÍA LOCAL DE ZARAGOZA]]
Unidad de Atestados

INFORME TÉCNICO DE ACCIDENTE DE TRÁFICO
N.º de diligencias: AT-2025-004412
Fecha y hora: 19/09/2025, 07:55
Lugar: avenida de Navarra, a la altura del n.º 80, [[L:Zaragoza]]

1. VEHÍCULOS IMPLICADOS
A) Autocar Irizar i6, matrícula 4471 LKB, propiedad de [[O:Autocares Ebro Tours S.L.]], conducido por D. [[P:Fermín Lasheras Gil]], con 38 pasajeros (escolares del [[O:Colegio Santa María del Pilar]]). Aseguradora: [[O:Mapfre]].
B) Turismo Seat León, matrícula 2215 JHW, conducido por Dña. [[P:Andrea Cebrián Soler]]. Aseguradora: [[O:Línea Directa Aseguradora]].

2. DESCRIPCIÓN
Según las manifestaciones recogidas y los vestigios observados, el vehículo B circulaba por el carril izquierdo y, al cambiar al carril central sin señalizar, fue alcanzado en su parte trasera derecha por el vehículo A. No se observan huellas de frenada del autocar. Pavimento seco, visibilidad buena.

3. LESIONADOS
La conductora del vehículo B fue atendida en el lugar por una ambulancia de [[O:Ambulancias Aragón]] y trasladada al [[O:Hospital Universitario Miguel Servet]] con contusiones leves. Dos alumnos presentaron crisis de ansiedad y fueron atendidos por el [[O:Servicio Aragonés de Salud]] en el propio lugar.

4. TESTIGOS
D. [[P:Ángel Bernués]], conductor de un autobús urbano de [[O:Avanza Zaragoza]], que circulaba detrás.

5. OTRAS ACTUACIONES
Se realizaron pruebas de alcoholemia a ambos conductores con resultado negativo. La empresa [[O:Grúas Delicias]] retiró el vehículo B. Se comunicó el accidente a la dirección del colegio, que avisó a las familias.

Agentes actuantes: números 1187 y 1342.
Vº Bº El Oficial Jefe de la Unidad, [[P:Jesús Marcuello]]
""")

d("es", "environmental_permit", """
[[O:JUNTA DE CASTILLA Y LEÓN]]
[[O:Consejería de Medio Ambiente, Vivienda y Ordenación del Territorio]]
Delegación Territorial de [[L:Burgos]] – Servicio Territorial de Medio Ambiente

ORDEN por la que se otorga la modificación sustancial de la autorización ambiental integrada a la explotación porcina de [[O:Porcinos del Duero S.A.]], en el término municipal de [[L:Aranda de Duero]] ([[L:Burgos]]). Expediente AAI/BU/042/2024.

ANTECEDENTES DE HECHO

Primero.– Con fecha 11 de marzo de 2024, D. [[P:Eusebio Gallo Hontoria]], en representación de [[O:Porcinos del Duero S.A.]], solicitó la ampliación de la explotación de 4.800 a 7.200 plazas de cebo.

Segundo.– Se sometió el expediente a información pública en el BOCYL. Presentaron alegaciones la asociación [[O:Ecologistas en Acción de Burgos]], la plataforma vecinal [[O:Ribera Limpia]] y dos vecinos de la pedanía de [[L:La Aguilera]].

Tercero.– Emitieron informe:
– la [[O:Confederación Hidrográfica del Duero]], favorable condicionado a la impermeabilización de las balsas situadas a menos de 400 metros del río [[L:Duero]];
– el [[O:Ayuntamiento de Aranda de Duero]], favorable en cuanto a la compatibilidad urbanística;
– el [[O:Consejo Regulador de la D.O. Ribera del Duero]], que solicitó medidas frente a olores en época de vendimia.

FUNDAMENTOS DE DERECHO

La explotación está incluida en el epígrafe 9.3.b del anejo 1 del texto refundido de la Ley de prevención y control integrados de la contaminación.

RESUELVO

Otorgar la modificación sustancial con las condiciones del anexo, entre ellas la instalación de un sistema de depuración de purines suministrado por [[O:Bioferm Ibérica S.L.]] y la vigilancia trimestral de las aguas subterráneas por una entidad colaboradora acreditada.

Contra la presente Orden, que pone fin a la vía administrativa, cabe recurso ante la Sala de lo Contencioso-Administrativo del [[O:Tribunal Superior de Justicia de Castilla y León]].

[[L:Valladolid]], 5 de febrero de 2025
EL CONSEJERO, Fdo.: [[P:Juan Carlos Urquiza Merino]]
""")

d("es", "veterinary_letter", """
[[O:Clínica Veterinaria Arrabal]]
C/ Santuario 21 · 47002 [[L:Valladolid]] · Tel. 983 30 41 27
Urgencias 24 h

Sra. Dña. [[P:Pilar Zurita Manso]]
C/ Gabilondo 14, 2.º izda.
47007 [[L:Valladolid]]

[[L:Valladolid]], 10 de octubre de 2025

Asunto: informe clínico de "Trufa", gata europea común de 11 años, n.º de microchip 941000024518893

Estimada Sra. [[P:Zurita]]:

Tal y como le adelanté por teléfono, le remito el resumen de la intervención practicada a Trufa el pasado 7 de octubre.

Diagnóstico: carcinoma de células escamosas en el pabellón auricular derecho, confirmado por el estudio histopatológico realizado por el laboratorio [[O:Vetlab Castilla]] de [[L:León]]. Los márgenes quirúrgicos están libres.

Tratamiento realizado: pinnectomía parcial bajo anestesia general. La recuperación ha sido buena; se retiraron los puntos el 9 de octubre.

Recomendaciones:
1. Evitar la exposición solar directa; aplicar protector solar veterinario en la oreja izquierda.
2. Revisión a los tres meses. Si observa lesiones en la nariz o en la otra oreja, pida cita antes.
3. Para la revisión oncológica le propongo la consulta del Dr. [[P:Ignacio Pérez-Llamas]] en el [[O:Hospital Clínico Veterinario]] de la [[O:Universidad de León]].

He enviado la factura (412,00 €) a su compañía de seguros, [[O:Santévet]], junto con el informe histopatológico, para el reembolso previsto en su póliza.

Quedo a su disposición para cualquier consulta.

Un cordial saludo,

[[P:Lucía Tejedor Arranz]]
Veterinaria colegiada n.º 47/0812, [[O:Colegio Oficial de Veterinarios de Valladolid]]
""")

d("es", "admission_letter", """
[[O:UNIVERSIDAD DE SALAMANCA]]
Centro de Estudios de Posgrado
Patio de Escuelas 1, 37008 [[L:Salamanca]], [[L:España]]

Sra. [[P:Valentina Ospina Restrepo]]
Carrera 43A n.º 14-109, apto. 802
[[L:Medellín]], [[L:Colombia]]

[[L:Salamanca]], 2 de junio de 2025

Asunto: carta de admisión – Máster Universitario en Estudios Latinoamericanos, curso 2025-2026

Estimada Sra. [[P:Ospina]]:

Me complace comunicarle que la comisión académica del máster ha resuelto admitirla en el Máster Universitario en Estudios Latinoamericanos impartido en el Instituto de Iberoamérica de nuestra universidad, para el curso 2025-2026, que comenzará el 22 de septiembre de 2025.

Su candidatura ha sido seleccionada, además, para una de las becas de la [[O:Fundación Carolina]], que cubre la matrícula, el alojamiento en el [[O:Colegio Mayor Fray Luis de León]] y una ayuda mensual. La [[O:Fundación Carolina]] se pondrá en contacto directamente con usted. Para los gastos de viaje puede solicitar el crédito condonable del [[O:ICETEX]].

Para formalizar la matrícula deberá presentar:
– el título de Comunicadora Social de la [[O:Universidad de Antioquia]], apostillado;
– el certificado de notas, también apostillado;
– el pasaporte en vigor y, una vez en [[L:España]], la tarjeta de identidad de extranjero.

Le recordamos que el visado de estudiante debe tramitarse en el [[O:Consulado General de España en Bogotá]]. Esta carta sirve como justificante de admisión a estos efectos.

Su tutora académica será la profesora [[P:Mercedes Alonso Sanchidrián]].

Reciba un cordial saludo,

[[P:Francisco Javier Rivas Tapia]]
Director del Centro de Estudios de Posgrado
""")

d("es", "owners_meeting", """
[[O:Fincas Beltrán Administración S.L.]]
Administradores de fincas colegiados
Gran Vía Escultor Salzillo 9, 1.º – 30004 [[L:Murcia]]

COMUNIDAD DE PROPIETARIOS
C/ Río Segura, 12 – 30007 [[L:Murcia]]

CONVOCATORIA DE JUNTA GENERAL EXTRAORDINARIA

Por orden del presidente de la comunidad, D. [[P:Ginés Hernández Abellán]], se convoca a los señores propietarios a la Junta General Extraordinaria que se celebrará en el local social de la comunidad el próximo miércoles 26 de noviembre de 2025, a las 19:00 horas en primera convocatoria y a las 19:30 horas en segunda, con el siguiente

ORDEN DEL DÍA

1.º Sustitución del ascensor del portal 2. Presentación y aprobación, en su caso, de uno de los presupuestos recibidos:
   a) [[O:Ascensores Levante Vertical S.L.]] ([[L:Molina de Segura]]): 46.800 € + IVA
   b) [[O:TK Elevator]]: 52.300 € + IVA
   c) [[O:Orona]]: 49.950 € + IVA
2.º Forma de pago: derrama en seis mensualidades o financiación ofrecida por [[O:Cajamar]].
3.º Solicitud de la subvención de accesibilidad convocada por el [[O:Ayuntamiento de Murcia]].
4.º Reclamación judicial de la deuda de D.ª [[P:Encarnación Meseguer]] (piso 4.º C), que asciende a 2.316,40 €.
5.º Ruegos y preguntas.

Se recuerda que, conforme al artículo 15 de la Ley de Propiedad Horizontal, los propietarios que no estén al corriente de pago no tendrán derecho a voto. Los presupuestos pueden consultarse en nuestras oficinas o solicitarse a la administradora, D.ª [[P:Rosario Beltrán Carrión]].

En [[L:Murcia]], a 10 de noviembre de 2025

EL PRESIDENTE                     LA ADMINISTRADORA
[[P:Ginés Hernández Abellán]]           [[P:Rosario Beltrán Carrión]]

DELEGACIÓN DE VOTO
D./D.ª .................................., propietario/a del piso ......, delega su voto en D./D.ª .................................. para la junta del 26 de noviembre de 2025.
""")

d("es", "vehicle_renting", """
CONTRATO DE RENTING DE VEHÍCULO – CONDICIONES PARTICULARES
N.º de contrato: RNT-GA-25-00931

ARRENDADOR: [[O:Ayvens Renting España S.A.U.]] (anteriormente [[O:ALD Automotive]]), con domicilio en Avenida de Bruselas 8, 28108 [[L:Alcobendas]] ([[L:Madrid]]).

CONCESIONARIO COLABORADOR: [[O:Motor Atlántico S.A.]], concesionario oficial en [[L:A Coruña]], Avda. de Alfonso Molina, km 3. Comercial: D. [[P:Brais Otero Castiñeira]].

ARRENDATARIO: [[O:Conservas Lamas e Hijos S.L.]], CIF B15442081, con domicilio en el Polígono de Xarás, 15940 [[L:Pobra do Caramiñal]] ([[L:A Coruña]]), representada por D.ª [[P:Uxía Lamas Rial]], en calidad de administradora solidaria.

VEHÍCULOS
Tres unidades Toyota Proace Electric Furgón L2, con kit de refrigeración instalado por [[O:Frigoríficos Arousa]].

CONDICIONES
Duración: 48 meses. Kilometraje anual: 30.000 km por vehículo.
Cuota mensual por vehículo: 712,35 € + IVA.
Servicios incluidos: mantenimiento en la red oficial, neumáticos, asistencia en carretera, seguro a todo riesgo con franquicia de 300 € (aseguradora: [[O:Allianz Seguros]]) y gestión de multas.
Fianza: una cuota por vehículo.

El arrendatario autoriza al arrendador a consultar la Central de Información de Riesgos del [[O:Banco de España]] y los ficheros de solvencia patrimonial. Las partes se someten a los juzgados y tribunales de [[L:Madrid]].

En [[L:A Coruña]], a 4 de abril de 2025

Por el arrendador: [[P:Beatriz Villaseñor]]      Por el arrendatario: [[P:Uxía Lamas Rial]]
""")

d("es", "export_emails", """
De: [[O:Olivewood Imports]] – [[P:Rachel Dunn]] <rdunn@olivewoodimports.com>
Para: Exportación <export@sierramagina.coop>
Fecha: 14 de enero de 2026, 17:22
Asunto: RE: Pedido OW-311 – [[O:FDA]] prior notice y certificados

Hola [[P:Antonio]],

Thanks for the quick reply. We confirm the prior notice to the [[O:FDA]] will be filed by our customs broker, [[O:Gulf Coast Customs Brokerage]], once you send the final packing list. Please also include the certificate of the Consejo Regulador, our buyer at [[O:Central Market]] insists on it.

Best,
[[P:Rachel]]

-----Mensaje original-----
De: [[P:Antonio Jiménez]] <export@sierramagina.coop>
Enviado: 14 de enero de 2026, 09:41
Asunto: Pedido OW-311 – [[O:FDA]] prior notice y certificados

Dear [[P:Rachel]],

Le confirmo en español, como acordamos, los detalles del pedido OW-311 para [[O:Olivewood Imports LLC]] ([[L:Houston]], [[L:Texas]]):

• 2.400 cajas de 6 × 500 ml de aceite de oliva virgen extra con Denominación de Origen Protegida
• Lote 25/11-PIC, cosecha 2025-2026, molturado en nuestra almazara de [[L:Bélmez de la Moraleda]]
• Transitario: [[O:Transitarios Andaluces del Sur S.L.]], salida del puerto de [[L:Algeciras]] el 2 de febrero en un buque de [[O:Maersk]]

Documentación que enviaremos:
1. Certificado del [[O:Consejo Regulador de la D.O.P. Sierra Mágina]], con sede en [[L:Bedmar]].
2. Boletín de análisis del laboratorio [[O:Laboratorio Agroalimentario de Atarfe]].
3. Certificado de origen de la [[O:Cámara de Comercio de Jaén]].
4. Registro de la almazara ante la [[O:FDA]] (n.º 1842236671).

Nuestra cooperativa, [[O:Almazara Sierra Mágina S.C.A.]], se ha integrado este año en el grupo de segundo grado [[O:Jaencoop]], por lo que las facturas vendrán con el nuevo logotipo.

Un saludo,
[[P:Antonio Jiménez Cobo]]
Departamento de Exportación
""")

d("es", "airline_complaint", """
[[P:Marina Castro Villalobos]]
C/ Feria 112, 2.º A
41003 [[L:Sevilla]]

[[O:Agencia Estatal de Seguridad Aérea]] ([[O:AESA]])
Área de Protección al Usuario
Paseo de la Castellana 112
28046 [[L:Madrid]]

[[L:Sevilla]], 3 de septiembre de 2025

Asunto: reclamación contra [[O:Vueling Airlines S.A.]] – vuelo VY 8372 [[L:Sevilla]]–[[L:Ámsterdam]] del 18 de julio de 2025, código de reserva QK7TZ

Muy señores míos:

Por medio del presente escrito presento reclamación contra [[O:Vueling]], una vez transcurrido más de un mes desde mi reclamación a la compañía sin obtener una respuesta satisfactoria.

HECHOS
1. El vuelo VY 8372, con salida prevista a las 06:45, fue cancelado a las 04:50 del mismo día. La compañía alegó "restricciones del control del tráfico aéreo" en [[L:Francia]].
2. Fui reubicada en un vuelo de [[O:KLM]] vía [[L:Madrid]], con llegada a [[L:Ámsterdam]] a las 19:20, es decir, con casi nueve horas de retraso sobre el horario previsto.
3. Como consecuencia, perdí la primera jornada de un curso de formación organizado por la [[O:Universiteit van Amsterdam]], cuya inscripción (350 €) no es reembolsable.
4. Otros vuelos con salida de [[L:Sevilla]] a destinos del norte de [[L:Europa]] operaron esa mañana con normalidad, según la información publicada por [[O:Aena]].

SOLICITO
Que se reconozca mi derecho a la compensación de 400 € prevista en el artículo 7 del Reglamento (CE) 261/2004, así como el reembolso de 23,80 € de comida en el aeropuerto de [[L:Madrid]].

Adjunto tarjeta de embarque, la respuesta de [[O:Vueling]] de 29 de julio y el justificante de inscripción en el curso.

Atentamente,

[[P:Marina Castro Villalobos]]
DNI 28931144-K
""")

d("es", "pension_plan_statement", """
[[O:Cantábrico Pensiones, E.G.F.P., S.A.]]
Entidad gestora inscrita en el registro de la [[O:Dirección General de Seguros y Fondos de Pensiones]] con la clave G0233
C/ Marqués de la Hermida 2, 39009 [[L:Santander]]

D. [[P:Óscar Revuelta Gutiérrez]]
Barrio La Portilla 6
39600 [[L:Maliaño]] ([[L:Cantabria]])

[[L:Santander]], 20 de enero de 2026

Asunto: información anual del Plan de Pensiones de Empleo de [[O:Astilleros del Cantábrico S.A.]] – ejercicio 2025

Estimado partícipe:

Le remitimos la información correspondiente a sus derechos consolidados a 31 de diciembre de 2025.

Derechos consolidados a 31/12/2024 ........... 48.212,66 €
Aportaciones del promotor en 2025 ............. 2.640,00 €
Aportaciones del partícipe en 2025 ............ 1.320,00 €
Movilización recibida de [[O:Bankinter Pensiones]] .. 6.905,12 €
Rentabilidad neta imputada ..................... 3.418,27 €
Derechos consolidados a 31/12/2025 ........... 62.496,05 €

Rentabilidad del fondo en 2025: 5,87 %. La entidad depositaria es [[O:Cecabank, S.A.]] y la auditoría de las cuentas del fondo la ha realizado [[O:Grant Thornton]].

La comisión de control del plan, en la que participan representantes del promotor y de los sindicatos [[O:CCOO]] y [[O:UGT]], aprobó en su reunión de 14 de noviembre la incorporación de un criterio de inversión sostenible.

Le recordamos que las aportaciones son deducibles en su declaración del IRPF con los límites legales, y que la [[O:Agencia Tributaria]] recibirá la información de sus aportaciones a través del modelo 345.

Para cualquier consulta puede dirigirse a nuestro servicio de atención al partícipe o a su representante en la comisión de control, D.ª [[P:Nieves Sainz Bolado]].

Atentamente,

[[O:Cantábrico Pensiones]]
""")

d("es", "bank_kyc_request", """
[[O:Banca Montalbán]]
Banca Privada – Oficina de [[L:Ibiza]]
Avda. Bartomeu de Rosselló 18, 07800 [[L:Eivissa]], [[L:Illes Balears]]

[[O:Inversiones Tagomago S.L.]]
A la atención de D. [[P:Xavier Marí Torres]], administrador único
C/ de Sant Joan 4, 07840 [[L:Santa Eulària des Riu]]

[[L:Ibiza]], 3 de marzo de 2026

Asunto: actualización de la documentación de diligencia debida – cuenta ES77 •••• •••• 4420

Estimado Sr. [[P:Marí]]:

En cumplimiento de la Ley 10/2010, de prevención del blanqueo de capitales y de la financiación del terrorismo, estamos actualizando la información de nuestros clientes. Le rogamos que nos remita, antes del 31 de marzo de 2026, la siguiente documentación:

1. Escritura de la ampliación de capital de diciembre de 2025, inscrita en el [[O:Registro Mercantil de Ibiza]].
2. Acta de titularidad real otorgada ante notario, en la que conste el porcentaje de [[O:Marí Holding Familiar S.L.]] y de la sociedad neerlandesa [[O:Tagomago Ventures B.V.]], así como la identidad de sus titulares últimos.
3. Justificación del origen de la transferencia de 1.250.000 € recibida el 12 de febrero de 2026 desde una cuenta de [[O:ING Bank N.V.]] en [[L:Ámsterdam]].
4. Declaración del impuesto sobre sociedades del último ejercicio presentada ante la [[O:Agencia Estatal de Administración Tributaria]].
5. Confirmación de la actividad actual de la sociedad (explotación de los apartamentos turísticos en [[L:Cala Llonga]] y de la embarcación de chárter).

Le recordamos que la falta de la documentación solicitada puede obligarnos a limitar la operativa de la cuenta.

Su gestora, D.ª [[P:Aina Costa Ribas]], está a su disposición en el teléfono 971 31 88 40.

Atentamente,

[[P:Guillermo Sastre Font]]
Departamento de Cumplimiento Normativo
""")

d("es", "sports_federation_decision", """
[[O:FEDERACIÓN DE FÚTBOL DE LA COMUNIDAD VALENCIANA]] ([[O:FFCV]])
Comité de Competición y Disciplina Deportiva

RESOLUCIÓN
Expediente n.º 412/2025-26
Competición: Primera Regional, Grupo 9
Encuentro: [[O:UD Alginet]] – [[O:CD Benifaió]], disputado el 19 de octubre de 2025

ANTECEDENTES

Primero.– En el acta arbitral, el colegiado D. [[P:Sergio Ballester Mompó]] hace constar que, en el minuto 71, tras la expulsión del jugador local n.º 8, D. [[P:Iván Peiró]], un grupo de aficionados lanzó botellas de plástico al terreno de juego, una de las cuales golpeó al árbitro asistente D. [[P:Cristian Navarro]], sin causarle lesión. El encuentro estuvo detenido cinco minutos.

Segundo.– En el trámite de alegaciones, la [[O:UD Alginet]], por medio de su presidente D. [[P:Salvador Fuster Grau]], aportó un vídeo grabado por el club y alegó que los autores fueron identificados por la [[O:Policía Local de Alginet]] y expulsados del recinto.

Tercero.– El [[O:CD Benifaió]] no presentó alegaciones.

FUNDAMENTOS

Los hechos constituyen la infracción prevista en el artículo 104 del Código Disciplinario de la [[O:FFCV]], si bien concurre la atenuante de colaboración activa en la identificación de los responsables.

RESUELVE

1.º Sancionar al jugador D. [[P:Iván Peiró]] con dos partidos de suspensión por doble amonestación y protestas.
2.º Imponer a la [[O:UD Alginet]] una multa de 300 € y apercibimiento de clausura de su terreno de juego.

Contra esta resolución cabe recurso ante el Comité de Apelación en el plazo de diez días hábiles.

[[L:Valencia]], 23 de octubre de 2025
El Presidente del Comité, [[P:Vicent Llopis Sanchis]]
""")

d("es", "press_release_appointment", """
NOTA DE PRENSA

[[O:Ebrosa Alimentación]] nombra a [[P:Carmen Isábal]] consejera delegada

[[L:Logroño]], 9 de febrero de 2026.– El consejo de administración de [[O:Ebrosa Alimentación S.A.]], grupo riojano de conservas vegetales y platos preparados, ha nombrado a [[P:Carmen Isábal Lacalle]] nueva consejera delegada, en sustitución de [[P:Ramón Ezquerro]], que se jubila tras veintidós años en la compañía y continuará como consejero dominical en representación de la familia [[P:Ezquerro]].

[[P:Isábal]], ingeniera agrónoma por la [[O:Universidad Pública de Navarra]] y MBA por el [[O:IESE]], ha desarrollado su carrera en [[O:Danone]], donde llegó a dirigir la fábrica de [[L:Salas de los Infantes]], y en el [[O:Grupo Siro]], del que era directora de operaciones para [[L:España]] y [[L:Portugal]] desde 2021.

"[[P:Carmen]] conoce a fondo nuestro sector y tiene la experiencia necesaria para liderar la expansión internacional", ha declarado el presidente, [[P:Luis Ángel Sáenz de Cabezón]].

[[O:Ebrosa]], con sede en [[L:Calahorra]] y plantas en [[L:Tudela]] ([[L:Navarra]]) y [[L:Mérida]], facturó 284 millones de euros en 2025 y emplea a 1.150 personas. En 2024 adquirió la empresa portuguesa [[O:Conservas Tejo, Lda.]], con una planta en [[L:Santarém]]. Su principal accionista, con un 24 %, es el fondo [[O:Miura Partners]].

El nombramiento ha sido comunicado a la [[O:Comisión Nacional del Mercado de Valores]] ([[O:CNMV]]), dado que la compañía tiene emitidos bonos en el [[O:MARF]].

Contacto de prensa:
[[P:Irene Marrodán]] – [[O:Comunicación Rioja 360]]
prensa@ebrosa.es – 941 24 87 00
""")

d("es", "conference_programme", """
XXIV CONGRESO NACIONAL DE MEDICINA DEL TRABAJO
[[L:Granada]], 14–16 de mayo de 2026 – Palacio de Exposiciones y Congresos
Organiza: [[O:Sociedad Española de Medicina y Seguridad del Trabajo]] ([[O:SEMST]])
Colabora: [[O:Universidad de Granada]]

PROGRAMA – JUEVES 14 DE MAYO

09:00 Inauguración oficial
Dra. [[P:Pilar Gascón Medrano]], presidenta de la [[O:SEMST]]
D. [[P:Rafael Muñoz Olivares]], director del [[O:Instituto Nacional de Seguridad y Salud en el Trabajo]] ([[O:INSST]])
Representante de la [[O:Junta de Andalucía]]

09:45 Conferencia inaugural: "Calor extremo y trabajo: lecciones del verano de 2025"
Dr. [[P:Thomas Vanderhoeven]], [[O:Organización Internacional del Trabajo]] ([[O:OIT]]), [[L:Ginebra]]

11:00 Mesa redonda: salud mental en el trabajo
Modera: Dra. [[P:Elena Recio]], [[O:Hospital Clínic de Barcelona]]
– Dr. [[P:Jaime Urrutia]], servicio de prevención de [[O:Iberdrola]]
– Dra. [[P:Noelia Santamaría]], [[O:Mutua Universal]]
– D.ª [[P:Ana Belén Cortés]], [[O:CCOO de Andalucía]]
– D. [[P:Marcos Tejada]], [[O:CEOE]]

13:00 Comunicaciones orales (sala Manuel de Falla)

16:00 Taller práctico: valoración de la aptitud en trabajadores con dispositivos cardiacos
Dr. [[P:Hugo Cienfuegos]], [[O:Hospital Universitario Virgen de las Nieves]]
Dra. [[P:Lourdes Pardo]], [[O:Quirónprevención]]

18:00 Asamblea general de socios de la [[O:SEMST]]

21:00 Cena oficial en el Carmen de los Mártires, patrocinada por [[O:Laboratorios Rovi]]

Secretaría técnica: [[O:Viajes Alhambra Congresos S.L.]] · congreso@semst2026.es
""")


# ---------------------------------------------------------------- Italian
d("it", "breach_notification", """
Spett.le
[[O:Garante per la protezione dei dati personali]]
Piazza Venezia 11 – 00187 [[L:Roma]]
protocollo@pec.gpdp.it

Oggetto: notifica integrativa di violazione dei dati personali ai sensi dell'art. 33 del Regolamento (UE) 2016/679 – rif. notifica preliminare n. 11873 del 9 aprile 2025

Il sottoscritto [[P:Massimo Di Bartolomeo]], in qualità di legale rappresentante del [[O:Poliambulatorio San Giorgio S.r.l.]], con sede in viale Marconi 214, 65126 [[L:Pescara]] ([[L:PE]]), titolare del trattamento, comunica quanto segue.

1. Descrizione della violazione
In data 7 aprile 2025 il fornitore del sistema di refertazione online, [[O:Infomed Adriatica S.r.l.]] di [[L:Chieti]], responsabile del trattamento, ha rilevato che, a causa di un errore di configurazione introdotto con un aggiornamento del 2 aprile, i referti di laboratorio erano consultabili da qualsiasi utente autenticato modificando il numero della pratica nell'indirizzo della pagina.

2. Categorie e numero di interessati
Circa 1.340 pazienti che hanno ritirato referti online tra il 2 e il 7 aprile; dati relativi alla salute (esami ematochimici, test di gravidanza, sierologie).

3. Misure adottate
– il servizio è stato sospeso alle 16:20 del 7 aprile e riattivato il 10 aprile dopo la correzione;
– l'analisi dei log, affidata alla società [[O:Securteam Abruzzo]], ha individuato 23 accessi anomali riconducibili a tre utenti, uno dei quali ha segnalato spontaneamente l'anomalia;
– è stata presentata denuncia alla [[O:Polizia Postale e delle Comunicazioni]] di [[L:Pescara]];
– il responsabile della protezione dei dati, avv. [[P:Chiara Pantalone]], ha predisposto la comunicazione agli interessati ai sensi dell'art. 34, inviata il 14 aprile.

4. Ulteriori comunicazioni
La violazione è stata segnalata anche all'[[O:Agenzia per la Cybersicurezza Nazionale]] ([[O:ACN]]) e alla [[O:ASL di Pescara]], con cui il poliambulatorio è convenzionato.

[[L:Pescara]], 22 aprile 2025

Il legale rappresentante
dott. [[P:Massimo Di Bartolomeo]]
""")

d("it", "subject_access_reply", """
[[O:UNIONE TESSILE BIELLESE S.p.A.]]
Via Cesare Battisti 40 – 13900 [[L:Biella]] ([[L:BI]])
Ufficio Risorse Umane – Privacy

Gentile Signora
[[P:Loredana Ferraris Zegna]]
Via Lamarmora 7
13836 [[L:Cossato]] ([[L:BI]])

Raccomandata A/R
[[L:Biella]], 18 settembre 2025

Oggetto: riscontro alla Sua richiesta di accesso ai dati personali (art. 15 GDPR) del 22 agosto 2025

Gentile Signora [[P:Ferraris Zegna]],

in riscontro alla Sua richiesta, pervenuta a mezzo PEC tramite il Suo legale, avv. [[P:Gianluca Sella]], Le comunichiamo che, in qualità di Suo ex datore di lavoro, la nostra società tratta tuttora i seguenti dati:

a) dati anagrafici e di contatto, fascicolo personale, contratti e lettere di assunzione dal 1998 al 2024;
b) cedolini paga, CU e comunicazioni all'[[O:INPS]] e all'[[O:INAIL]], conservati per dieci anni dalla cessazione;
c) giudizi di idoneità alla mansione rilasciati dal medico competente, dott. [[P:Paolo Mosca]] dello [[O:Studio Medico Associato Valle Cervo]]; la cartella sanitaria è custodita dal medico stesso;
d) registrazioni delle timbrature e dei badge di accesso allo stabilimento di [[L:Vigliano Biellese]] fino al 31 marzo 2024;
e) la corrispondenza relativa alla conciliazione sottoscritta presso l'[[O:Ispettorato Territoriale del Lavoro di Biella]].

I Suoi dati sono stati comunicati al fondo pensione [[O:Previmoda]], alla società di elaborazione paghe [[O:Zucchetti S.p.A.]] e al broker assicurativo [[O:Aon S.p.A.]] per la polizza sanitaria integrativa. Non sono state effettuate immagini di videosorveglianza riferite alla Sua persona che risultino ancora conservate.

Le trasmettiamo in allegato copia dei dati in formato elettronico. Resta salva la possibilità di proporre reclamo al [[O:Garante per la protezione dei dati personali]].

Distinti saluti.

[[O:Unione Tessile Biellese S.p.A.]]
Il Direttore del Personale
dott.ssa [[P:Silvia Botta]]
""")

d("it", "court_judgment", """
REPUBBLICA ITALIANA
IN NOME DEL POPOLO ITALIANO
[[O:TRIBUNALE ORDINARIO DI VERONA]]
Sezione Terza Civile

Il Tribunale, in composizione monocratica, nella persona del giudice dott. [[P:Alessandro Tommasi]], ha pronunciato la seguente

SENTENZA

nella causa civile iscritta al n. 4127/2023 R.G., promossa da

[[O:FRIGOVENETA S.R.L.]] (C.F. 03318440237), con sede in [[L:San Giovanni Lupatoto]] ([[L:VR]]), in persona del legale rappresentante [[P:Davide Zanetti]], rappresentata e difesa dall'avv. [[P:Marta Brunelli]] del foro di [[L:Verona]]
– ATTRICE –

contro

[[O:ORTOFRUTTA GARDA SOC. COOP. AGRICOLA]] (C.F. 02211850238), con sede in [[L:Bussolengo]] ([[L:VR]]), in persona del presidente [[P:Luigi Benedetti]], rappresentata e difesa dagli avv.ti [[P:Stefano Girardi]] e [[P:Anna Vesentini]]
– CONVENUTA –

avente ad oggetto: pagamento di corrispettivo per fornitura e installazione di celle frigorifere.

MOTIVI DELLA DECISIONE

[[O:Frigoveneta]] ha convenuto in giudizio la cooperativa per ottenere il pagamento di € 187.400,00, saldo del contratto del 12 gennaio 2022 per la realizzazione di quattro celle ad atmosfera controllata nel magazzino di [[L:Pastrengo]].

La convenuta ha eccepito l'inadempimento dell'attrice, sostenendo che le celle non avrebbero mai raggiunto la temperatura di progetto, con perdita di 310 tonnellate di mele conferite dai soci, e ha spiegato domanda riconvenzionale.

Il consulente tecnico d'ufficio, ing. [[P:Roberto Castellani]], ha accertato che il malfunzionamento era dovuto ai compressori forniti da [[O:Bitzer Italia S.r.l.]], scelti dalla convenuta contro il parere dell'attrice, come risulta dalla mail del 3 marzo 2022 del direttore della cooperativa, sig. [[P:Ivano Guerra]].

P.Q.M.

Il Tribunale, definitivamente pronunciando, condanna [[O:Ortofrutta Garda Soc. Coop. Agricola]] al pagamento in favore di [[O:Frigoveneta S.r.l.]] della somma di € 187.400,00, oltre interessi ex d.lgs. 231/2002; rigetta la domanda riconvenzionale; condanna la convenuta alle spese di lite.

[[L:Verona]], 6 febbraio 2025
Il Giudice, dott. [[P:Alessandro Tommasi]]
""")

d("it", "police_report", """
[[O:COMUNE DI RIMINI]]
[[O:Corpo di Polizia Locale]]
Nucleo Polizia Amministrativa e Demaniale

RELAZIONE DI SERVIZIO
Prot. n. 88412/2025

Oggetto: intervento del 9 agosto 2025 presso lo stabilimento balneare [[O:Bagno 41 Marinella]], lungomare Tintori – [[L:Rimini]]

In data odierna, alle ore 11:35, gli scriventi agenti [[P:Federica Semprini]] (matr. 412) e [[P:Nicola Ricci]] (matr. 377) intervenivano su segnalazione della centrale operativa, a seguito della chiamata del sig. [[P:Gabriele Fabbri]], titolare della concessione demaniale e legale rappresentante della [[O:Marinella 41 S.n.c. di Fabbri Gabriele & C.]]

Giunti sul posto, si accertava che un gruppo di venditori ambulanti privi di autorizzazione esponeva merce contraffatta (borse e occhiali recanti marchi di note case di moda) sulla battigia antistante. All'arrivo della pattuglia, tre soggetti si allontanavano abbandonando la merce, che veniva sottoposta a sequestro amministrativo (n. 214 pezzi).

Nel corso dell'intervento, la sig.ra [[P:Ornella Pazzaglini]], residente a [[L:Cesena]], riferiva di aver subito il furto del portafoglio presso la postazione ombrelloni n. 87. La stessa veniva invitata a sporgere denuncia presso la [[O:Stazione Carabinieri di Rimini]].

Sul posto interveniva anche una pattuglia della [[O:Capitaneria di Porto di Rimini]] per la verifica del rispetto della fascia di libero transito.

La merce sequestrata veniva depositata presso il magazzino comunale gestito dalla [[O:Anthea S.r.l.]]; gli atti sono trasmessi all'ufficio sanzioni e, per le ipotesi di reato in materia di contraffazione, alla [[O:Procura della Repubblica presso il Tribunale di Rimini]].

Letto, confermato e sottoscritto.
[[L:Rimini]], 9 agosto 2025

Gli agenti
[[P:Federica Semprini]]    [[P:Nicola Ricci]]

Visto, il Commissario [[P:Daniele Bartolini]]
""")

d("it", "environmental_permit", """
[[O:PROVINCIA DI CUNEO]]
Settore Tutela del Territorio – Ufficio AUA
Corso Nizza 21, 12100 [[L:Cuneo]]

Determinazione dirigenziale n. 1873 del 14 ottobre 2025

OGGETTO: [[O:Nocciole Langa Tostature S.r.l.]] – Stabilimento di [[L:Cortemilia]] ([[L:CN]]). Adozione dell'Autorizzazione Unica Ambientale (d.P.R. 59/2013) per emissioni in atmosfera e scarichi idrici.

IL DIRIGENTE

Vista l'istanza presentata il 3 giugno 2025 dalla ditta [[O:Nocciole Langa Tostature S.r.l.]], con sede legale in [[L:Alba]] ([[L:CN]]), per il tramite dello Sportello Unico per le Attività Produttive dell'[[O:Unione Montana Alta Langa]];

Visti i pareri espressi:
– dall'[[O:ARPA Piemonte]], Dipartimento territoriale Sud Ovest, favorevole con prescrizioni relative ai punti di emissione E1–E3 (tostatrici) e E4 (caldaia);
– dal [[O:Comune di Cortemilia]], in materia di impatto acustico;
– dall'[[O:Acquedotto Langhe e Alpi Cuneesi S.p.A.]], gestore del servizio idrico integrato, per lo scarico in pubblica fognatura delle acque di lavaggio;

Considerato che le acque meteoriche dei piazzali sono recapitate nel fiume [[L:Bormida]] previo trattamento di prima pioggia, come descritto nella relazione tecnica redatta dall'ing. [[P:Marco Viglino]] dello [[O:Studio Ambiente Viglino & Associati]];

DETERMINA

1. di adottare l'Autorizzazione Unica Ambientale a favore di [[O:Nocciole Langa Tostature S.r.l.]] per la durata di quindici anni;
2. di prescrivere il monitoraggio annuale delle polveri e dei composti organici volatili ai punti E1–E3, con trasmissione degli esiti all'[[O:ARPA]] e alla Provincia;
3. di trasmettere il presente provvedimento al SUAP per il rilascio al richiedente.

Contro il presente provvedimento è ammesso ricorso al [[O:TAR Piemonte]] entro 60 giorni.

Il Dirigente del Settore
dott. ing. [[P:Giorgio Chiecchio]]
""")

d("it", "pharmacy_letter", """
[[O:FARMACIA SAN DONATO]]
dott.ssa [[P:Elisa Marchesini]] & C. s.n.c.
Via San Donato 62/a – 40127 [[L:Bologna]]
Tel. 051 50 33 18

Alla cortese attenzione
dell'Ufficio Farmaceutico Territoriale
[[O:Azienda USL di Bologna]]
Via Castiglione 29 – 40124 [[L:Bologna]]

e p.c. [[O:Federfarma Bologna]]

[[L:Bologna]], 14 gennaio 2026

Oggetto: segnalazione di ritardi nella distribuzione per conto (DPC) di eparine a basso peso molecolare

Gentili colleghi,

con la presente segnaliamo che dal 2 gennaio le consegne dei farmaci in DPC, effettuate dal grossista [[O:Comifar Distribuzione S.p.A.]] per conto dell'Azienda, avvengono con un ritardo medio di 48–72 ore. In particolare, le eparine prodotte da [[O:Italfarmaco]] e da [[O:Techdow Pharma Italy]] non sono state disponibili per sei giorni lavorativi.

Ciò ha creato difficoltà a numerosi pazienti dimessi dall'[[O:Ospedale Maggiore]] e dal [[O:Policlinico di Sant'Orsola]] con terapia antitrombotica da proseguire a domicilio. In due casi abbiamo dovuto indirizzare i pazienti alla [[O:Farmacia Comunale di Casalecchio]], che aveva ancora scorte.

Abbiamo verificato con l'[[O:Agenzia Italiana del Farmaco]] ([[O:AIFA]]) che non risultano carenze ufficialmente segnalate per i medicinali interessati; riteniamo quindi che il problema sia logistico.

Chiediamo pertanto di:
1. verificare con [[O:Comifar]] i tempi di consegna previsti dal capitolato;
2. autorizzare, in via transitoria, la dispensazione in regime convenzionale in caso di mancata consegna entro 24 ore.

Restiamo a disposizione; referente per la nostra farmacia è il dott. [[P:Andrea Gualandi]].

Cordiali saluti.

dott.ssa [[P:Elisa Marchesini]]
""")

d("it", "admission_letter", """
[[O:Università Ca' Foscari Venezia]]
Ufficio Ammissioni – Admissions Office
Dorsoduro 3246, 30123 [[L:Venezia]]

Gent.ma
[[P:Jelena Marković]]
Bulevar oslobođenja 88
21000 [[L:Novi Sad]]
[[L:Serbia]]

[[L:Venezia]], 20 maggio 2025

Oggetto: lettera di ammissione – Corso di Laurea Magistrale in Economia e Gestione delle Arti e delle Attività Culturali (EGArt), a.a. 2025/2026

Gentile [[P:Jelena Marković]],

siamo lieti di comunicarLe che, a seguito della valutazione della Sua candidatura, è stata ammessa al Corso di Laurea Magistrale indicato in oggetto, con inizio delle lezioni il 15 settembre 2025.

Per perfezionare l'immatricolazione dovrà:
1. richiedere il visto per studio tramite il portale Universitaly e presentare la domanda all'[[O:Ambasciata d'Italia a Belgrado]];
2. far pervenire il diploma di laurea conseguito presso l'[[O:Università di Novi Sad]] corredato di Dichiarazione di Valore o attestato del [[O:CIMEA]];
3. versare la prima rata dei contributi entro il 30 settembre 2025.

Le segnaliamo che, in base alla documentazione presentata, potrà concorrere alla borsa di studio regionale erogata dall'[[O:ESU di Venezia]], che gestisce anche le residenze universitarie. La Sua tutor sarà la prof.ssa [[P:Caterina Zorzi]], coordinatrice del corso.

Al Suo arrivo a [[L:Venezia]] potrà rivolgersi all'International Welcome Desk, che La assisterà nella richiesta del permesso di soggiorno presso la [[O:Questura di Venezia]] e nell'apertura di un conto presso [[O:Intesa Sanpaolo]], banca convenzionata con l'Ateneo.

Congratulazioni e benvenuta a [[O:Ca' Foscari]]!

Il Responsabile dell'Ufficio Ammissioni
dott. [[P:Marco Dal Zotto]]
""")

d("it", "condo_meeting", """
[[O:STUDIO AMMINISTRAZIONI FERRARIS]]
di geom. [[P:Enrico Ferraris]]
Corso Vittorio Emanuele II 84 – 10121 [[L:Torino]]
Amministratore iscritto [[O:ANACI]]

CONDOMINIO DI VIA NIZZA 112 – [[L:TORINO]]
C.F. 97612340018

Ai sigg. Condòmini – Loro indirizzi

[[L:Torino]], 2 ottobre 2025

OGGETTO: CONVOCAZIONE ASSEMBLEA STRAORDINARIA

Le SS.LL. sono invitate a partecipare all'assemblea straordinaria del condominio, che si terrà in prima convocazione il giorno 19 ottobre 2025 alle ore 7:00 presso lo studio dell'amministratore e, occorrendo, in seconda convocazione il giorno

MARTEDÌ 21 OTTOBRE 2025 ALLE ORE 18:30
presso la sala riunioni della [[O:Parrocchia San Secondo]], via Assietta 8,

per discutere e deliberare sul seguente

ORDINE DEL GIORNO
1. Lavori di riqualificazione energetica della facciata e del tetto: esame dei preventivi di [[O:Edil Po Costruzioni S.r.l.]] (€ 612.000), [[O:Impresa Cravero Giuseppe]] (€ 587.500) e [[O:Gruppo Rinnova S.p.A.]] (€ 655.300), selezionati dal consiglio di condominio; nomina del direttore dei lavori (proposta: arch. [[P:Valentina Dellacasa]]).
2. Modalità di finanziamento: fondo speciale e/o finanziamento condominiale proposto da [[O:Banca Sella]].
3. Sostituzione della caldaia centralizzata con allacciamento al teleriscaldamento di [[O:Iren Energia]].
4. Ratifica dell'incarico all'avv. [[P:Franco Ghibaudo]] per il recupero dei crediti nei confronti del condomino sig. [[P:Rosario Lo Presti]].
5. Varie ed eventuali.

Si ricorda che per l'approvazione dei lavori di cui al punto 1 è necessaria la maggioranza di cui all'art. 1136, comma 2, c.c.

I condomini impossibilitati a partecipare possono farsi rappresentare mediante delega scritta.

Distinti saluti.
L'Amministratore
geom. [[P:Enrico Ferraris]]
""")

d("it", "vehicle_leasing", """
CONTRATTO DI NOLEGGIO A LUNGO TERMINE – PROPOSTA N. LT-MB-2025-3381

LOCATORE: [[O:Leasys Italia S.p.A.]], Corso Orbassano 367, 10137 [[L:Torino]]

INTERMEDIARIO: [[O:Autosalone Brambilla S.p.A.]], concessionaria in viale Lombardia 155, 20900 [[L:Monza]] ([[L:MB]]) – addetto alle vendite: sig. [[P:Matteo Colombo]]

CLIENTE: [[O:Studio Tecnico Associato Galbiati & Rota]], P.IVA 07741320960, con sede in via Manzoni 12, 20851 [[L:Lissone]] ([[L:MB]]), in persona del socio ing. [[P:Paolo Galbiati]]

VEICOLO: Fiat 600 Hybrid La Prima, colore Verde Oliva, allestimento con barre portatutto

CONDIZIONI ECONOMICHE
Durata: 36 mesi
Percorrenza complessiva: 60.000 km
Anticipo: € 3.500,00 + IVA
Canone mensile: € 419,00 + IVA
Servizi inclusi: manutenzione ordinaria e straordinaria presso la rete [[O:Stellantis]], RCA con massimale € 25 milioni, copertura furto e incendio, assistenza stradale, gestione sinistri e bollo.
Penale per km eccedenti: € 0,10/km

GARANZIE
Fideiussione personale dell'ing. [[P:Paolo Galbiati]] e del geom. [[P:Laura Rota]] fino a € 8.000.
Il Cliente autorizza la consultazione dei sistemi di informazioni creditizie gestiti da [[O:CRIF S.p.A.]] ed [[O:Experian Italia S.p.A.]]

CONSEGNA
Prevista entro 90 giorni presso la sede di [[O:Autosalone Brambilla]] di [[L:Monza]]. Il veicolo è immatricolato a nome del Locatore; il Cliente ne ha l'uso esclusivo e risponde delle infrazioni al Codice della Strada.

Foro competente esclusivo: [[L:Torino]].

[[L:Monza]], 11 marzo 2025

Il Cliente ______________________   [[O:Leasys Italia S.p.A.]] (per accettazione) ______________________
""")

d("it", "wine_export_emails", """
Da: [[P:Francesca Zanon]] <export@cantinezanon.it>
A: [[P:Erik Lindqvist]] <erik@vinumnordic.se>
Data: 28 ottobre 2025, 12:14
Oggetto: R: [[O:Systembolaget]] tender 2025-1187 – Soave Classico – campioni e documenti

Dear [[P:Erik]],

thank you, we are very happy that our Soave Classico "Monte Foscarino" 2024 has passed the first round of the [[O:Systembolaget]] tender. Let me summarise in Italian for my colleagues in copy, then the English summary is at the bottom.

Riepilogo per i colleghi:
– campioni: 6 bottiglie da spedire entro il 5 novembre al laboratorio di [[O:Systembolaget]] a [[L:Stoccolma]], tramite corriere [[O:DHL Express]];
– analisi chimica: da richiedere a [[O:Enolab Verona]] secondo i parametri svedesi (anidride solforosa totale e allergeni);
– certificato della DOC: il [[O:Consorzio Tutela Vini Soave]] ci invierà la conferma di idoneità della partita; controlli di [[O:Siquria]];
– spedizione: l'ordine previsto di 18.000 bottiglie partirà con [[O:Gondrand]] da [[L:Monteforte d'Alpone]] via [[L:Amburgo]] in regime di sospensione d'accisa; l'e-AD sarà emesso sul sistema dell'[[O:Agenzia delle Dogane e dei Monopoli]].

[[P:Giacomo]], per favore verifica con il Consorzio i tempi del certificato.

English summary: samples ship 5 November via [[O:DHL]]; lab analysis by [[O:Enolab]]; the consortium certificate follows; main shipment in January through [[L:Hamburg]] to your bonded warehouse in [[L:Södertälje]].

Best regards / Cordiali saluti
[[P:Francesca Zanon]]
Export Manager – [[O:Cantine Fratelli Zanon S.r.l.]]
Via Roma 58, 37032 [[L:Monteforte d'Alpone]] ([[L:VR]]), [[L:Italia]]

----- Messaggio originale -----
Da: [[P:Erik Lindqvist]]
Inviato: 27 ottobre 2025
Oggetto: [[O:Systembolaget]] tender 2025-1187

Hi [[P:Francesca]], good news: [[O:Vinum Nordic AB]] has been selected to submit your Soave for the tender. Please ship samples by 5 November. Best, [[P:Erik Lindqvist]]
""")

d("it", "rail_complaint", """
Spett.le
[[O:Trenitalia S.p.A.]]
Assistenza Clienti – Reclami
Piazza della Croce Rossa 1
00161 [[L:Roma]]

[[L:Napoli]], 17 marzo 2025

Oggetto: reclamo – Frecciarossa 9519 [[L:Milano]] Centrale – [[L:Napoli]] Centrale del 6 marzo 2025, PNR XK4P2M

Spettabile [[O:Trenitalia]],

il sottoscritto [[P:Gennaro Esposito Capasso]], residente in via Tasso 211, [[L:Napoli]], titolare del biglietto in oggetto (classe Business, € 139,90), presenta reclamo per quanto segue.

Il treno, in partenza da [[L:Milano]] alle 14:00, è giunto a [[L:Napoli]] alle 19:47, con un ritardo di 133 minuti, dovuto secondo gli annunci a un guasto alla linea elettrica tra [[L:Firenze]] e [[L:Roma]] di competenza di [[O:Rete Ferroviaria Italiana]] ([[O:RFI]]). Durante la sosta di oltre un'ora nei pressi di [[L:Orvieto]] l'impianto di climatizzazione della carrozza 3 non ha funzionato e non è stata distribuita acqua ai passeggeri.

A causa del ritardo ho perso il collegamento con l'aliscafo della [[O:SNAV]] per [[L:Ischia]] delle ore 19:10 e ho dovuto pernottare a [[L:Napoli]] presso l'[[O:Hotel Mediterraneo]] (€ 118,00, ricevuta allegata).

Chiedo pertanto:
1. l'indennità per ritardo prevista dalle Condizioni Generali di Trasporto (50 % del prezzo del biglietto);
2. il rimborso delle spese di pernottamento.

In caso di mancato riscontro entro 30 giorni mi riservo di presentare reclamo di seconda istanza all'[[O:Autorità di Regolazione dei Trasporti]] ([[O:ART]]) e di rivolgermi all'associazione [[O:Altroconsumo]].

Distinti saluti.

[[P:Gennaro Esposito Capasso]]
""")

d("it", "pension_statement", """
[[O:FONDO PENSIONE APERTO DOLOMITI]]
iscritto all'albo tenuto dalla [[O:COVIP]] con il n. 161
Gestito da [[O:Dolomiti Vita S.p.A.]] – Via Galilei 4, 39100 [[L:Bolzano]]

Sig.
[[P:Manfred Pichler]]
Via Rienza 12
39031 [[L:Brunico]] ([[L:BZ]])

PROSPETTO DELLE PRESTAZIONI PENSIONISTICHE – FASE DI ACCUMULO
Comunicazione periodica relativa all'anno 2024
Posizione n. 0048113

Dati dell'aderente
Data di adesione: 01/07/2009 – Adesione collettiva tramite il datore di lavoro [[O:Meccanica Pusteria Thaler S.p.A.]], [[L:San Lorenzo di Sebato]]
Comparto: Bilanciato Prudente

Posizione individuale
Posizione al 31/12/2023 ........................ € 58.713,42
Contributi a carico dell'aderente ................ € 1.248,00
Contributi a carico del datore di lavoro ....... € 1.497,60
TFR conferito ....................................... € 2.866,31
Trasferimento in entrata da [[O:Fondo Pensione Laborfonds]] .. € 4.120,55
Risultato della gestione ............................ € 3.918,09
Posizione al 31/12/2024 ........................ € 72.363,97

Rendimento netto del comparto nel 2024: 5,81 % (benchmark: 6,02 %)
Gestore finanziario delegato: [[O:Amundi SGR S.p.A.]]; banca depositaria: [[O:BNP Paribas]], succursale di [[L:Milano]]

Beneficiari in caso di premorienza: [[P:Anna Pichler]] (coniuge), [[P:Lukas Pichler]] (figlio)

Per le informazioni sulla Sua pensione di base può consultare l'estratto conto contributivo dell'[[O:INPS]]. Eventuali reclami vanno indirizzati al Fondo; in caso di riscontro insoddisfacente può rivolgersi alla [[O:COVIP]].

Il Responsabile del Fondo
dott.ssa [[P:Martina Oberhofer]]
""")

d("it", "chamber_certificate", """
[[O:CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DI BARI]]
Ufficio Commercio Estero – Certificati di origine

CERTIFICATO DI ORIGINE – COPIA CONFORME
N. IT 0217/2025/004471

1. Speditore: [[O:OLEIFICIO PUGLIESE DE PALO S.R.L.]], Contrada Lamalunga s.n., 70037 [[L:Ruvo di Puglia]] ([[L:BA]]), [[L:Italia]]
2. Destinatario: [[O:Al Noor Foodstuff Trading LLC]], P.O. Box 51842, [[L:Dubai]], [[L:Emirati Arabi Uniti]]
3. Paese di origine: [[L:Italia]]
4. Trasporto: via mare dal porto di [[L:Bari]] a [[L:Jebel Ali]], nave MSC Arina, trasbordo a [[L:Gioia Tauro]]
5. Merce: 1.320 cartoni di olio extravergine di oliva DOP, lattine da 3 l; 640 cartoni di olive da tavola "Bella di Cerignola"

Osservazioni: fattura n. 311/E del 4 giugno 2025. Certificato richiesto telematicamente da [[P:Vito De Palo]], legale rappresentante, tramite lo spedizioniere [[O:Levante Shipping Agency S.r.l.]] di [[L:Bari]].

La [[O:Camera di Commercio di Bari]] certifica che le merci sopra descritte sono originarie del paese indicato al punto 3, sulla base delle dichiarazioni dell'esportatore e della documentazione esibita.

[[L:Bari]], 6 giugno 2025

Il funzionario incaricato
[[P:Nicoletta Lorusso]]

---

Nota interna dell'esportatore
Per la legalizzazione del certificato e della fattura è stato preso appuntamento presso il [[O:Consolato Generale degli Emirati Arabi Uniti]] a [[L:Milano]] per il 12 giugno; se ne occuperà l'agenzia [[O:Pratiche Estero Milano]], referente sig.ra [[P:Gabriella Russo]]. Copia del certificato è stata inviata anche alla [[O:Banca Popolare di Puglia e Basilicata]] per il credito documentario.
""")

d("it", "board_resolution", """
[[O:LOGISTICA TIRRENA S.p.A.]]
Sede legale: Via del Porto 3, 57123 [[L:Livorno]]
Capitale sociale € 12.000.000 i.v.

ESTRATTO DEL VERBALE DELLA RIUNIONE DEL CONSIGLIO DI AMMINISTRAZIONE DEL 24 NOVEMBRE 2025

Il giorno 24 novembre 2025, alle ore 15:00, presso la sede sociale e in collegamento audio-video, si è riunito il Consiglio di Amministrazione.

Sono presenti i consiglieri: [[P:Roberto Cecchi]] (Presidente), [[P:Sara Menicagli]] (Amministratore Delegato), [[P:Guido Lemmi]], [[P:Federica Bartoli]] e [[P:Thomas Keller]], quest'ultimo collegato da [[L:Amburgo]] in rappresentanza del socio [[O:Hanse Logistik Holding GmbH]].
Per il Collegio Sindacale sono presenti il presidente, dott. [[P:Alberto Niccolai]], e il sindaco effettivo dott.ssa [[P:Paola Vanni]].
Funge da segretario l'avv. [[P:Lorenzo Pardini]].

Omissis

3. Acquisizione di partecipazione in [[O:Trasporti Sardi Meloni S.r.l.]]
L'Amministratore Delegato illustra il progetto di acquisto del 70 % del capitale di [[O:Trasporti Sardi Meloni S.r.l.]], con sede in [[L:Olbia]] ([[L:SS]]), operatore di trasporto merci su gomma e ro-ro tra la [[L:Sardegna]] e il continente. Il prezzo concordato con i venditori, sig.ri [[P:Salvatore Meloni]] e [[P:Giovanna Meloni]], è di € 8,4 milioni, salvo aggiustamenti. La due diligence è stata svolta da [[O:KPMG Advisory S.p.A.]] e, per gli aspetti legali, dallo [[O:Studio Legale Chiomenti]].

Il Consiglio, all'unanimità,

DELIBERA

a) di approvare l'operazione e di conferire all'Amministratore Delegato ogni potere per la sottoscrizione del contratto di compravendita;
b) di autorizzare l'assunzione di un finanziamento di € 6 milioni con [[O:Banca Monte dei Paschi di Siena S.p.A.]], assistito da garanzia [[O:SACE]];
c) di dare mandato di comunicare l'operazione all'[[O:Autorità Garante della Concorrenza e del Mercato]], ove necessario.

Omissis

Non essendovi altro da deliberare, la riunione è chiusa alle ore 17:10.

Il Presidente [[P:Roberto Cecchi]]      Il Segretario [[P:Lorenzo Pardini]]
""")

d("it", "ngo_newsletter", """
[[O:AMICI DEL MALAWI ODV]]
Notiziario n. 62 – Natale 2025
Via Fratelli Bandiera 5, 25122 [[L:Brescia]] – C.F. 98041230179

Cari amici,

un altro anno insieme. Grazie alla vostra generosità abbiamo raccolto 186.000 euro, il 12 % in più del 2024. Vi raccontiamo dove sono andati.
[[P:Giuseppina Bonomi]], presidente

DALL'AFRICA
• [[O:Ospedale di Nkhata Bay]]: è stato completato il nuovo reparto maternità, costruito insieme alla [[O:Diocesi di Mzuzu]] e all'impresa locale [[O:Chirwa Builders Ltd]]. Dal mese di settembre vi lavora l'ostetrica bresciana [[P:Anna Treccani]], partita con il programma di volontariato del [[O:Servizio Civile Universale]].
• Scuole di [[L:Chintheche]]: 1.200 bambini ricevono ogni giorno un pasto grazie al sostegno della [[O:Fondazione della Comunità Bresciana]].
• A [[L:Lilongwe]] abbiamo firmato un accordo con il [[O:Ministero della Salute]] malawiano per la formazione di venti infermieri.

QUI IN ITALIA
• La cena di beneficenza del 18 ottobre all'[[O:Agriturismo La Solana]] di [[L:Gussago]] ha raccolto 14.300 euro. Grazie a don [[P:Pierino Ferrari]] e ai volontari dell'oratorio.
• Il [[O:Liceo Scientifico Leonardo]] ha adottato a distanza una classe della scuola di [[L:Chintheche]].
• [[O:A2A]] ci ha donato i pannelli fotovoltaici per la sala operatoria; li porterà in [[L:Africa]] la ditta di trasporti [[O:Franzoni Spedizioni]].

5 PER MILLE
Ricordate il nostro codice fiscale nella dichiarazione dei redditi! Le donazioni sono deducibili; la ricevuta viene inviata dalla nostra tesoriera, [[P:Marisa Gatti]]. Potete donare sul conto presso [[O:Banca Etica]].

APPUNTAMENTI
10 gennaio 2026: assemblea dei soci presso la sede.
Marzo 2026: viaggio di visita ai progetti con il medico [[P:Carlo Zanardelli]], referente sanitario dell'associazione.
""")

d("it", "procurement_clarifications", """
[[O:AZIENDA OSPEDALIERO-UNIVERSITARIA PISANA]]
U.O. Acquisizione Beni e Servizi

PROCEDURA APERTA PER L'AFFIDAMENTO DEL SERVIZIO DI LAVANOLO E STERILIZZAZIONE DELLO STRUMENTARIO CHIRURGICO – CIG B4F2A1C903
CHIARIMENTI N. 3 – pubblicati il 10 febbraio 2026 sulla piattaforma START della [[O:Regione Toscana]]

QUESITO 1 (operatore economico: [[O:Servizi Ospedalieri S.p.A.]], [[L:Ferrara]])
È ammesso l'avvalimento dei requisiti di capacità tecnica da parte di una società del gruppo con sede in [[L:Francia]]?
RISPOSTA: Sì. L'impresa ausiliaria dovrà produrre il DGUE e il contratto di avvalimento; si richiama la giurisprudenza dell'[[O:Autorità Nazionale Anticorruzione]] ([[O:ANAC]]) sulla specificità delle risorse messe a disposizione.

QUESITO 2 (operatore economico: [[O:Lavanderia Industriale Tirrena Srl]], [[L:Cascina]] ([[L:PI]]))
Il sopralluogo presso i due presidi ospedalieri di [[L:Pisa]] è obbligatorio? Può essere effettuato da un procuratore?
RISPOSTA: Il sopralluogo è obbligatorio a pena di esclusione. Può essere effettuato dal legale rappresentante, da un procuratore o da un dipendente munito di delega. Le richieste vanno inviate al geom. [[P:Simone Lazzerini]] entro il 20 febbraio.

QUESITO 3 (operatore economico: [[O:Cooperativa Sociale Il Girasole]], [[L:Livorno]])
In caso di raggruppamento temporaneo con [[O:Steritalia S.r.l.]], la quota del 30 % riservata a cooperative sociali di tipo B può essere calcolata sull'intero importo?
RISPOSTA: No, la quota si calcola sull'importo del solo lotto 2 (lavanolo), come indicato all'art. 8 del disciplinare.

Il Responsabile Unico del Progetto
dott. [[P:Leonardo Baldacci]]
""")


# ---------------------------------------------------------------- Dutch
d("nl", "breach_notification", """
MELDING DATALEK – AANVULLING OP MELDING 2025-0311-4472

Aan: [[O:Autoriteit Persoonsgegevens]], Postbus 93374, 2509 AJ [[L:Den Haag]]
Van: [[O:Woonstichting Betuwehof]], Stationsweg 40, 4001 AN [[L:Tiel]]
Datum: 21 maart 2025

1. Gegevens van de organisatie
Verwerkingsverantwoordelijke: [[O:Woonstichting Betuwehof]], toegelaten instelling volkshuisvesting, circa 6.400 huurwoningen in [[L:Tiel]], [[L:Culemborg]] en [[L:Geldermalsen]].
Functionaris gegevensbescherming: mevrouw [[P:Ilse Verhoef-Bosman]], fg@betuwehof.nl

2. Wat is er gebeurd?
Op 11 maart 2025 heeft een medewerker van ons incassobureau, [[O:Incasso Rivierenland B.V.]], per vergissing een Excel-bestand met betalingsachterstanden gedeeld via een openbare link in een chatgroep van een andere opdrachtgever, de [[O:Gemeente Neder-Betuwe]]. Een ambtenaar van de gemeente heeft ons op 12 maart gewaarschuwd. De link is dezelfde dag verwijderd.

3. Om welke gegevens gaat het?
Naam, adres, huurachterstand en – bij 37 van de 212 huurders – een notitie over schuldhulpverlening of een betalingsregeling via [[O:Plangroep Schuldhulp Tiel]].

4. Genomen maatregelen
• Het bestand is volgens de logbestanden van [[O:Microsoft]] twee keer gedownload; beide personen, medewerkers van de gemeente, hebben schriftelijk verklaard het bestand te hebben verwijderd.
• [[O:Incasso Rivierenland]] heeft het delen van bestanden via openbare links uitgeschakeld.
• Wij hebben de betrokken huurders op 19 maart per brief geïnformeerd en het [[O:Juridisch Loket]] gevraagd om vragen te beantwoorden.
• Er is geen aangifte gedaan bij de [[O:Politie Oost-Nederland]], omdat er geen sprake is van opzet.

5. Contact
Voor vragen kunt u contact opnemen met mevrouw [[P:Verhoef-Bosman]] of met onze directeur-bestuurder, de heer [[P:Joost van Wijngaarden]], telefoon 0344 64 71 00.
""")

d("nl", "subject_access_reply", """
[[O:Gemeente Deventer]]
Team Privacy en Informatiebeheer
Postbus 5000, 7400 GC [[L:Deventer]]

Aangetekend
De heer [[P:H.J.M. Wolterink]]
Brinkgreverweg 118
7413 AE [[L:Deventer]]

Ons kenmerk: AVG-2025-0188
Datum: 4 juli 2025
Onderwerp: besluit op uw verzoek om inzage (artikel 15 AVG)

Geachte heer [[P:Wolterink]],

Op 6 juni 2025 hebben wij uw verzoek ontvangen om inzage in de persoonsgegevens die de gemeente over u verwerkt in verband met uw aanvraag voor een maatwerkvoorziening op grond van de Wet maatschappelijke ondersteuning (Wmo).

Besluit
Wij willigen uw verzoek in. Bijgevoegd vindt u een overzicht en een kopie van:
1. het gespreksverslag van het keukentafelgesprek van 14 januari 2025 met de Wmo-consulent, mevrouw [[P:Fatima El Amrani]];
2. het medisch advies van de [[O:GGD IJsselland]] over uw mobiliteit;
3. de indicatie voor huishoudelijke ondersteuning en de opdracht aan zorgaanbieder [[O:Zorggroep Solis]];
4. de gegevens die wij voor de eigen bijdrage hebben doorgegeven aan het [[O:Centraal Administratiekantoor]] ([[O:CAK]]);
5. de correspondentie met uw schoonzoon, de heer [[P:Bart Hulsegge]], die u machtigde om namens u te handelen.

Niet verstrekt
Interne aantekeningen van de consulent die uitsluitend persoonlijke beleidsopvattingen bevatten, verstrekken wij niet. De gegevens van uw buurvrouw, die een melding deed, hebben wij onleesbaar gemaakt.

Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken bezwaar maken bij het college van burgemeester en wethouders van [[L:Deventer]]. U kunt ook een klacht indienen bij de [[O:Autoriteit Persoonsgegevens]].

Met vriendelijke groet,
namens het college van burgemeester en wethouders van [[L:Deventer]],

[[P:Marieke Scholten]]
privacy officer
""")

d("nl", "court_summons", """
DAGVAARDING
(kantonzaak – verkort)

Heden, de achttiende augustus tweeduizend vijfentwintig,

op verzoek van de besloten vennootschap [[O:Fitlab Haarlem B.V.]], gevestigd te [[L:Haarlem]], te dezer zake woonplaats kiezende te [[L:Alkmaar]] ten kantore van [[O:Van der Meulen & Hoekstra Gerechtsdeurwaarders]], van wie de ondergetekende gerechtsdeurwaarder kantoorhoudende is,

heb ik, [[P:Pieter Jan Hoekstra]], gerechtsdeurwaarder te [[L:Alkmaar]],

GEDAGVAARD:

de heer [[P:Sander Visscher]], wonende te 2023 BR [[L:Haarlem]], Kleverparkweg 31, aldaar sprekende met en een afschrift dezes latende aan zijn partner, mevrouw [[P:N. de Ruiter]],

OM op woensdag 17 september 2025 om 10.00 uur, niet in persoon, maar schriftelijk te verschijnen ter terechtzitting van de [[O:rechtbank Noord-Holland]], team kanton, locatie [[L:Haarlem]], Jansstraat 81,

MET DE BEDOELING OM:
te antwoorden op de vordering van eiseres, die luidt als volgt.

1. Gedaagde heeft op 3 januari 2024 een abonnement van twaalf maanden afgesloten bij eiseres, die onder de naam "[[O:Fitlab]]" een sportschool exploiteert aan het [[L:Spaarne]]. Het maandbedrag bedraagt € 54,95.
2. Gedaagde heeft vanaf mei 2024 niet meer betaald. Eiseres heeft hem op 2 december 2024 een veertiendagenbrief gestuurd, waarna haar incassogemachtigde, [[O:Credifin Incasso B.V.]], hem tweemaal heeft aangeschreven.
3. Gedaagde stelt dat hij het abonnement in april 2024 via de app heeft opgezegd. Uit de administratie van eiseres, die wordt verzorgd door [[O:Virtuagym]], blijkt van een dergelijke opzegging niet.

Eiseres vordert veroordeling van gedaagde tot betaling van:
hoofdsom € 439,60 · buitengerechtelijke incassokosten € 65,94 · wettelijke rente tot 18-08-2025 € 31,17
totaal € 536,71, te vermeerderen met de proceskosten.

De kosten dezes zijn € 129,94.

[[P:P.J. Hoekstra]]
""")

d("nl", "incident_report", """
[[O:Chemtrans Moerdijk B.V.]]
Incidentrapportage – vertrouwelijk

Incidentnummer: CTM-2025-019
Datum/tijd: dinsdag 14 oktober 2025, 03:10 uur
Locatie: tankopslag, Middenweg, haventerrein [[L:Moerdijk]]
Opgesteld door: [[P:Ruud Kerstens]], HSE-manager
Verspreiding: directie, [[O:Omgevingsdienst Midden- en West-Brabant]] ([[O:OMWB]]), opdrachtgever

1. SAMENVATTING
Tijdens het overpompen van natronloog (50 %) van tankwagen naar opslagtank T-14 is een koppelingsslang losgeschoten. Circa 400 liter product is in de opvangbak terechtgekomen; een kleine hoeveelheid (naar schatting 15 liter) is via de regenwaterput in de havensloot beland.

2. BETROKKENEN
Chauffeur: [[P:Marek Wiśniewski]], in dienst van transporteur [[O:Vervoerbedrijf Ligthart & Zn.]] uit [[L:Zwijndrecht]]. Operator van dienst: [[P:Kevin Aarts]].
Het product is eigendom van [[O:Brabant Chemicals Distribution]], klant van [[O:Chemtrans]].

3. GENOMEN MAATREGELEN
03:14 – noodstop, operator alarmeert de meldkamer.
03:29 – de brandweer van [[O:Veiligheidsregio Midden- en West-Brabant]] arriveert met een gaspakteam; de riolering wordt afgesloten.
04:05 – de [[O:OMWB]] en het [[O:Havenbedrijf Moerdijk]] worden geïnformeerd; [[O:Rijkswaterstaat]] krijgt melding vanwege mogelijk effect op het [[L:Hollands Diep]].
06:30 – pH-meting door [[O:Eurofins Omegam]]: de pH in de havensloot is om 09:00 weer normaal.

4. OORZAAK (voorlopig)
De slang was 6 maanden over de keuringsdatum. De transporteur heeft toegezegd het onderhoud van alle slangen te laten controleren.

5. VERVOLG
Onafhankelijk onderzoek door [[O:Vecta Veiligheidsadvies]]; rapport verwacht binnen zes weken. Een toezichthouder van de [[O:Inspectie SZW]] bezoekt de locatie op 21 oktober.
""")

d("nl", "environmental_permit", """
[[O:Provincie Gelderland]]
Postbus 9090 · 6800 GX [[L:Arnhem]]

Besluit omgevingsvergunning
Zaaknummer: 2025-004187
Datum: 18 november 2025

Aanvrager: [[O:Steenfabriek De Rijnwaard B.V.]], Kaliwaal 2, 6916 [[L:Tolkamer]]

Gedeputeerde Staten van [[L:Gelderland]] hebben besloten de omgevingsvergunning voor een milieubelastende activiteit te verlenen voor het vervangen van de gasgestookte tunneloven door een elektrisch verwarmde oven met een hogere productiecapaciteit op de locatie aan de uiterwaarden van de [[L:Rijn]] bij [[L:Lobith]].

Procedure
De aanvraag is op 2 april 2025 ingediend via het Omgevingsloket. De [[O:Omgevingsdienst Regio Arnhem]] ([[O:ODRA]]) heeft de aanvraag namens ons behandeld. Het ontwerpbesluit heeft van 1 juli tot en met 11 augustus 2025 ter inzage gelegen.

Adviezen
• [[O:Rijkswaterstaat Oost-Nederland]]: geen bezwaar, mits de opslag van klei buiten het rivierbed blijft.
• [[O:Waterschap Rijn en IJssel]]: voorwaarden voor het lozen van koelwater opgenomen in voorschrift 5.2.
• [[O:Gemeente Zevenaar]]: positief, met het verzoek de vrachtwagenroute via de dijk te beperken.

Zienswijzen
[[O:Stichting Gelderse Natuur en Milieu]] en twee omwonenden uit [[L:Spijk]] hebben zienswijzen ingediend over stikstofdepositie op het Natura 2000-gebied [[L:Gelderse Poort]]. Uit de AERIUS-berekening van [[O:Witteveen+Bos]] volgt dat de depositie door de elektrificatie afneemt. De zienswijzen leiden niet tot aanpassing.

Beroep
Tegen dit besluit kunnen belanghebbenden binnen zes weken beroep instellen bij de [[O:rechtbank Gelderland]].

Gedeputeerde Staten van [[L:Gelderland]],
namens dezen,
ing. [[P:A.M. Tijssen]], teammanager Vergunningverlening
""")

d("nl", "veterinary_letter", """
[[O:Dierenkliniek De Vijverhof]]
Landbouwpraktijk · Harlingerweg 50 · 8801 PC [[L:Franeker]]

Aan: [[O:Melkveebedrijf Bosma-Veenstra]]
t.a.v. [[P:Sjoerd Bosma]] en [[P:Gerda Bosma-Veenstra]]
Slotweg 7
9051 HR [[L:Stiens]]

[[L:Franeker]], 12 februari 2026

Betreft: uitslag tankmelkonderzoek en advies vaccinatie BVD

Beste [[P:Sjoerd]] en [[P:Gerda]],

Zoals besproken tijdens het bedrijfsbezoek van 3 februari stuur ik jullie hierbij de uitslagen en mijn advies.

Uitslagen
Het tankmelkmonster dat [[O:Royal GD]] in [[L:Deventer]] heeft onderzocht, was positief op antistoffen tegen BVD. Van de twaalf jongvee-bloedmonsters waren er drie positief. Dat wijst op een recente infectie; mogelijk is het virus binnengekomen met de twee pinken die in november zijn aangekocht van een bedrijf in [[L:Oost-Friesland]].

Advies
1. Alle kalveren vanaf vandaag oorstansen en laten testen op virus, zodat we een eventueel drager-dier snel vinden.
2. Het hele koppel vaccineren met een tweevoudige vaccinatie; het vaccin bestel ik bij [[O:AUV Dierenartsencoöperatie]].
3. Aankoop voorlopig alleen van bedrijven met BVD-vrij-status.

Gevolgen voor de melkafzet
[[O:FrieslandCampina]] stelt sinds 2024 een BVD-vrij- of bewakingsstatus verplicht. Ik heb de zuivelcoöperatie via het KetenKwaliteit-systeem laten weten dat er een saneringsplan loopt; jullie premie komt daardoor niet in gevaar, aldus jullie veldadviseur [[P:Tjitske Hoekstra]].

Voor de kosten kunnen jullie mogelijk een bijdrage krijgen uit het regionale programma van de [[O:LTO Noord]].

Met vriendelijke groet,

[[P:Wouter de Haan]]
dierenarts
""")

d("nl", "admission_letter", """
[[O:Fontys Hogescholen]]
Rockacademie
Postbus 90907 · 5000 GJ [[L:Tilburg]]

Mevrouw [[P:Lotte Vermeulen]]
Kapucijnenvoer 22
3000 [[L:Leuven]]
[[L:België]]

[[L:Tilburg]], 27 mei 2025
Ons kenmerk: ADM-25-04418

Onderwerp: toelating bachelor Popmuziek, studiejaar 2025-2026

Beste [[P:Lotte]],

Gefeliciteerd! Je hebt de toelatingsprocedure voor de bachelor Popmuziek (specialisatie zang) met goed gevolg doorlopen. De commissie, onder leiding van [[P:Ramon Cuijpers]], was onder de indruk van je eigen nummers en van je optreden met de band.

Wat moet je nu nog doen?
1. Je inschrijving via Studielink afronden vóór 1 september 2025.
2. Je diploma secundair onderwijs van het [[O:Sint-Pieterscollege]] in [[L:Leuven]] laten legaliseren of een verklaring van [[O:Nuffic]] aanvragen.
3. Het collegegeld betalen. Als EU-burger betaal je het wettelijk collegegeld. Je kunt als Belgische studente mogelijk studiefinanciering aanvragen bij [[O:DUO]] ([[O:Dienst Uitvoering Onderwijs]]) als je in [[L:Nederland]] gaat werken; anders blijft de [[O:Vlaamse overheid]] verantwoordelijk voor je studietoelage.

De introductieweek begint op 25 augustus. Voor huisvesting kun je terecht bij [[O:Tilburgse Studentenhuisvesting]] of bij de kamersite van [[O:The Student Hotel]]. Let op: de wachtlijsten zijn lang.

Heb je vragen? Neem contact op met je studieloopbaanbegeleider, [[P:Esther van Gool]], of met de afdeling Internationale Zaken van [[O:Fontys]].

Tot ziens in [[L:Tilburg]]!

Met muzikale groet,
[[P:Ramon Cuijpers]]
voorzitter toelatingscommissie
""")

d("nl", "owners_association", """
[[O:Vereniging van Eigenaars Oranjehof]]
p/a [[O:Stadhouders Vastgoedbeheer B.V.]]
Biltstraat 102 · 3572 BJ [[L:Utrecht]]

Aan de leden van de [[O:VvE Oranjehof]]

[[L:Utrecht]], 5 mei 2025

UITNODIGING ALGEMENE LEDENVERGADERING

Geachte eigenaar,

Hierbij nodigen wij u uit voor de jaarlijkse algemene ledenvergadering van de vereniging.

Datum: donderdag 22 mei 2025
Tijd: 19.30 uur (inloop vanaf 19.15 uur)
Locatie: wijkcentrum, Leeuwenburgh 12, [[L:Utrecht]]

AGENDA
1. Opening en vaststelling agenda
2. Notulen van de vergadering van 16 mei 2024
3. Jaarrekening 2024 en verslag van de kascommissie ([[P:Arjen de Bruin]] en [[P:Saskia Molenaar]])
4. Decharge bestuur
5. Meerjarenonderhoudsplan 2025–2035, opgesteld door [[O:Bureau Bouwkundig Advies Vermeer]]. Voorstel: de reservering verhogen met 18 %.
6. Verduurzaming: offerte van [[O:Zonnepanelen Utrecht-Oost]] voor 64 panelen op het platte dak en advies van [[O:Energieloket Utrecht]] over de subsidie van de [[O:Gemeente Utrecht]]
7. Collectieve opstalverzekering: overstap van [[O:Nationale-Nederlanden]] naar [[O:Centraal Beheer]] via assurantiekantoor [[O:Kok & Dijkman]]
8. Bestuursverkiezing: aftredend en herkiesbaar is [[P:Henk Roodbeen]] (penningmeester); kandidaat voor de vacature secretaris is [[P:Ayşe Kaya]]
9. Rondvraag en sluiting

De stukken vindt u in de bijlage. Kunt u niet aanwezig zijn, dan kunt u een andere eigenaar of de beheerder machtigen met het volmachtformulier.

Met vriendelijke groet,
namens het bestuur,

[[P:Wilma Terpstra]], voorzitter
[[P:Jeroen Smit]], objectbeheerder [[O:Stadhouders Vastgoedbeheer]]
""")

d("nl", "vehicle_lease", """
ZAKELIJKE LEASEOVEREENKOMST – FULL OPERATIONAL LEASE
Contractnummer: FOL-2025-77120

Leasemaatschappij: [[O:Athlon Car Lease Nederland B.V.]], Stationsplein 1, 1322 AA [[L:Almere]], hierna: [[O:Athlon]]
Dealer: [[O:Autobedrijf Van Vliet Zoetermeer B.V.]], Edisonstraat 40, 2723 RS [[L:Zoetermeer]], verkoper: [[P:Mark van Vliet]]
Lessee: [[O:Hoveniersbedrijf Groenrijk Kuipers V.O.F.]], Voorweg 88, 2716 NK [[L:Zoetermeer]], vertegenwoordigd door [[P:Bram Kuipers]] en [[P:Laura Kuipers-de Jong]], vennoten

Object
Ford E-Transit Custom, dubbele cabine, met trekhaak en laadvloer van [[O:Bott Nederland]]
Cataloguswaarde: € 61.450,– excl. btw

Looptijd en kilometrage
Looptijd: 60 maanden, ingaande op de dag van aflevering
Kilometrage: 25.000 km per jaar; meerkilometers € 0,061, minderkilometers € 0,031

Leaseprijs
€ 829,40 per maand excl. btw, inclusief:
– onderhoud en reparatie bij een door [[O:Athlon]] aangewezen werkplaats;
– banden (zomer en winter), hulpdienst in [[L:Nederland]] en [[L:Europa]] via de [[O:ANWB]];
– WA- en cascoverzekering met een eigen risico van € 500,–, ondergebracht bij [[O:Achmea]];
– vervangend vervoer na 24 uur.

Laadpaal
De lessee laat een laadpaal plaatsen door [[O:Vattenfall InCharge]]; de kosten zijn niet in de leaseprijs opgenomen.

Kredietwaardigheid
[[O:Athlon]] heeft een kredietcheck uitgevoerd bij [[O:Graydon]] en de inschrijving bij de [[O:Kamer van Koophandel]] gecontroleerd. Beide vennoten staan hoofdelijk in voor de verplichtingen van de lessee.

Aldus overeengekomen en ondertekend te [[L:Zoetermeer]] op 9 april 2025.

Namens [[O:Athlon]]: [[P:Yvonne Dekkers]]        Namens de lessee: [[P:B. Kuipers]], [[P:L. Kuipers-de Jong]]
""")

d("nl", "tradefair_correspondence", """
Van: Standbouw [[O:Jaarbeurs]] <exposanten@jaarbeurs.nl>
Aan: [[P:Niels Oude Luttikhuis]] <niels@solarwerktwente.nl>
Datum: 3 februari 2026 14:21
Onderwerp: RE: Stand 11.C042 Solar Solutions – extra stroom en opbouwtijden

Beste [[P:Niels]],

Bedankt voor je aanvulling. Ik bevestig het volgende voor [[O:Solarwerk Twente B.V.]]:

– Standplaats 11.C042 (48 m²) in hal 11 van de [[O:Jaarbeurs]] tijdens Solar Solutions 2026, 17 t/m 19 maart.
– Extra krachtstroomaansluiting 3 × 63 A voor jullie demonstratie-omvormers; de aansluiting wordt gelegd door onze vaste installateur, [[O:Elektrotechniek Van Dam]].
– Opbouw op 15 en 16 maart vanaf 07.00 uur. Jullie standbouwer, [[O:Expo Design Hengelo]], moet zich vóór 1 maart registreren in het exposantenportaal, met een VCA-certificaat.
– De gedeelde stand met jullie Duitse partner, [[O:SonnenKraft Systeme GmbH]] uit [[L:Münster]], is akkoord. Zij worden als co-exposant vermeld.

Let op: de [[O:gemeente Utrecht]] staat geen dieselaggregaten in de hallen toe.

Met vriendelijke groet,
[[P:Jolanda Brouwer]]
Exhibitor Services, [[O:Jaarbeurs]] [[L:Utrecht]]

-----Oorspronkelijk bericht-----
Van: [[P:Niels Oude Luttikhuis]]
Verzonden: maandag 2 februari 2026 09:02
Onderwerp: Stand 11.C042 Solar Solutions – extra stroom en opbouwtijden

Hallo [[P:Jolanda]],

We willen op de stand drie omvormers onder spanning laten zien. Kan er een extra krachtstroomaansluiting komen? Verder delen we de stand dit jaar met [[O:SonnenKraft]]; hun salesmanager [[P:Katharina Elsner]] komt zelf uit [[L:Münster]] naar de beurs.

Groet,
[[P:Niels Oude Luttikhuis]]
[[O:Solarwerk Twente]], [[L:Enschede]]
""")

d("nl", "rail_complaint", """
Van: [[P:Anouk Jansen-Pieters]]
Aan: [[O:De Geschillencommissie]], commissie Openbaar Vervoer
Postbus 90600, 2509 LP [[L:Den Haag]]

[[L:Zwolle]], 8 december 2025

Betreft: klacht tegen [[O:NS Reizigers B.V.]] – zakelijk abonnement en vertraging op 7 oktober 2025

Geachte leden van de commissie,

Hierbij leg ik een geschil voor met [[O:NS]], omdat de klachtafhandeling van de vervoerder mij niet tevredenstelt.

Wat is er gebeurd?
Op dinsdag 7 oktober 2025 reisde ik met de intercity van 07.34 uur van [[L:Zwolle]] naar [[L:Schiphol]] voor een vlucht van [[O:KLM]] naar [[L:Kopenhagen]]. Door een storing aan de bovenleiding bij [[L:Amersfoort]], die volgens [[O:ProRail]] om 06.50 uur al bekend was, stond de trein ruim een uur stil. Ik heb mijn vlucht gemist en moest een nieuw ticket kopen van € 312,–.

Reactie van [[O:NS]]
[[O:NS]] heeft mij op 3 november de standaardvergoeding van 50 % van de enkele reis toegekend. Voor de kosten van het nieuwe vliegticket wijst [[O:NS]] iedere aansprakelijkheid af, omdat ik "een ruimere overstaptijd had moeten nemen". Mijn werkgever, [[O:Ingenieursbureau Lubbers & Ten Brink]], heeft de trein als reisadvies voorgeschreven.

Mijn vordering
Ik vraag de commissie [[O:NS]] te veroordelen tot vergoeding van € 312,– en de kosten van deze procedure. Ik merk op dat [[O:NS]] reizigers al om 06.55 uur had kunnen waarschuwen.

Bijlagen: reisgegevens uit de reisplanner-app, boekingsbevestiging [[O:KLM]], klachtbrief en antwoord van [[O:NS]] (kenmerk 25-1187723).

Met vriendelijke groet,

[[P:Anouk Jansen-Pieters]]
""")

d("nl", "pension_statement", """
[[O:Stichting Pensioenfonds Zeeuwse Havens]]
Uitvoering: [[O:Pensioenbureau Delta]] · Postbus 1040 · 4380 AA [[L:Vlissingen]]

De heer [[P:C.J. de Visser]]
Scheldekade 14
4531 EH [[L:Terneuzen]]

UNIFORM PENSIOENOVERZICHT 2025
Peildatum: 1 januari 2025
Deelnemernummer: 0731-448215

Uw werkgever: [[O:Scheldeterminal Vlissingen B.V.]] (sinds 1 maart 2004)
Eerdere werkgever: [[O:Stuwadoorsbedrijf Kloosterboer]] (1996–2004), waarvan de waarde in 2005 is overgedragen

Wat krijgt u als u met pensioen gaat?
Ouderdomspensioen vanaf 68 jaar (4 juli 2036): € 18.742 bruto per jaar
Daarnaast ontvangt u AOW van de [[O:Sociale Verzekeringsbank]] ([[O:SVB]]).

Wat krijgt uw partner als u overlijdt?
Partnerpensioen voor mevrouw [[P:A.M. de Visser-Provoost]]: € 13.119 bruto per jaar, levenslang

Is uw pensioen waardevast?
Het fonds heeft uw pensioen per 1 januari 2025 verhoogd met 2,1 %. Het fonds gaat op 1 januari 2027 over naar de nieuwe pensioenregeling op grond van de Wet toekomst pensioenen. Het bestuur heeft daarover advies gevraagd aan het verantwoordingsorgaan en de [[O:FNV Havens]].

Toezicht
Het fonds staat onder toezicht van [[O:De Nederlandsche Bank]] ([[O:DNB]]) en de [[O:Autoriteit Financiële Markten]] ([[O:AFM]]).

Een totaaloverzicht van al uw pensioenen vindt u op mijnpensioenoverzicht.nl.

Vragen? Bel de pensioenlijn van [[O:Pensioenbureau Delta]] op 0118 49 20 00 of mail naar info@pensioenzeeuwsehavens.nl. Uw contactpersoon is [[P:Marloes Verburg]].
""")

d("nl", "auditor_management_letter", """
[[O:Van Aalst Kruger Accountants]]
Kennedylaan 9 · 7521 PE [[L:Enschede]]

Aan de Raad van Bestuur en de Raad van Toezicht van
[[O:Stichting Zorgcentrum De Lindehof]]
t.a.v. mevrouw drs. [[P:E.W. Nijhuis]], bestuurder
Lindehofweg 2
7481 AZ [[L:Haaksbergen]]

[[L:Enschede]], 14 november 2025
Kenmerk: VAK/25/0917/MLT

Onderwerp: managementletter interim-controle 2025

Geachte mevrouw [[P:Nijhuis]],

In het kader van onze controle van de jaarrekening 2025 van [[O:De Lindehof]] hebben wij in september en oktober een interim-controle uitgevoerd. Hieronder treft u onze belangrijkste bevindingen aan. Deze zijn op 6 november besproken met de controller, de heer [[P:Gert-Jan Oosterveld]].

1. Productieverantwoording Wlz
De registratie van zorgzwaartepakketten in het ECD van [[O:Nedap]] sluit bij 4 van de 30 gecontroleerde cliënten niet aan op de indicatie van het [[O:Centrum indicatiestelling zorg]] ([[O:CIZ]]). Wij adviseren een maandelijkse aansluiting met het zorgkantoor van [[O:Menzis]].

2. Inhuur personeel
De kosten van personeel niet in loondienst, voornamelijk ingehuurd via [[O:Zorgflex Twente]] en [[O:Randstad]], stegen tot 14 % van de loonkosten. Contracten met zzp'ers zijn niet getoetst aan de wet DBA.

3. Informatiebeveiliging
Ex-medewerkers behielden gemiddeld 21 dagen toegang tot het netwerk, dat wordt beheerd door [[O:Twentse IT Groep]]. Een NEN 7510-certificering ontbreekt.

4. Vastgoed
De huurovereenkomst met [[O:Stichting Woonzorg Nederland]] voor de locatie in [[L:Neede]] loopt eind 2026 af; de gevolgen voor de waardering van de verbouwing zijn nog niet bepaald.

Wij danken u en uw medewerkers voor de prettige samenwerking.

Met vriendelijke groet,

[[O:Van Aalst Kruger Accountants]]
drs. [[P:R.H. Kruger]] RA
""")

d("nl", "conference_programme", """
SYMPOSIUM WATERVEILIGHEID 2026
"Dijken voor de volgende eeuw"
Donderdag 9 april 2026 – Aula, [[O:TU Delft]], [[L:Delft]]

Georganiseerd door [[O:Deltares]] en de [[O:Technische Universiteit Delft]], met steun van het [[O:Ministerie van Infrastructuur en Waterstaat]]

PROGRAMMA

09.30 Ontvangst en registratie

10.00 Opening door dagvoorzitter [[P:Marjolein Vlasblom]] ([[O:NOS]])

10.10 Keynote: "Zeespiegelstijging en het Deltaprogramma: waar staan we?"
prof. dr. ir. [[P:Bas Jonkman]], [[O:TU Delft]]

10.45 "Het Hoogwaterbeschermingsprogramma in de praktijk"
ir. [[P:Gerrit-Jan Blaauw]], [[O:Hoogheemraadschap van Rijnland]]
ir. [[P:Femke Wolters]], [[O:Waterschap Vallei en Veluwe]]

11.30 Koffiepauze – informatiemarkt met o.a. [[O:Rijkswaterstaat]], [[O:Arcadis]], [[O:Royal HaskoningDHV]] en [[O:Boskalis]]

12.00 "Lessen uit de overstromingen van 2021 in [[L:Limburg]] en [[L:Wallonië]]"
dr. [[P:Koen Maertens]], [[O:Vlaamse Milieumaatschappij]] ([[O:VMM]]), [[L:Aalst]]
[[P:Noor Haddou]], [[O:Waterschap Limburg]]

12.45 Lunch

14.00 Parallelle sessies
A. Natuurinclusieve dijken – [[P:Wietske Hofstra]] ([[O:Wetterskip Fryslân]]) en [[P:Tom Ruijgrok]] ([[O:Natuurmonumenten]])
B. Dijkversterking en de omgeving – [[P:Eline van der Stoep]] ([[O:Gemeente Gorinchem]]) en [[P:Hans Blom]] ([[O:Combinatie Dijkversterking Lek]], een samenwerking van [[O:Van Oord]] en [[O:BAM Infra]])

15.30 Paneldiscussie met de Deltacommissaris en jongerenvertegenwoordiger [[P:Sem Bakker]] ([[O:Nederlandse Jeugdraad]])

16.30 Afsluiting en borrel, aangeboden door [[O:Stichting Toegepast Onderzoek Waterbeheer]] ([[O:STOWA]])

Aanmelden via de website van [[O:Deltares]]. Deelname is gratis; PE-punten aangevraagd bij het [[O:Koninklijk Instituut Van Ingenieurs]] ([[O:KIVI]]).
""")

d("nl", "recruitment_email", """
Van: [[P:Daan Hofman]] <daan@talentbrug.nl>
Aan: [[P:Yasmina Bouzid]] <y.bouzid@outlook.com>
Datum: woensdag 15 oktober 2025 11:03
Onderwerp: Terugkoppeling tweede gesprek – Teamleider Planning (klant: [[O:Korvex]])

Hoi [[P:Yasmina]],

Zoals beloofd mijn terugkoppeling over het tweede gesprek van gisteren bij onze klant [[O:Korvex]] in [[L:Venlo]].

Ze waren erg positief! Vooral je ervaring met het plannen van cross-docking bij [[O:DHL Supply Chain]] in [[L:Tilburg]] en je kennis van het WMS van [[O:Blue Yonder]] sprongen eruit. [[P:Rik Janssen]], de operationeel directeur van [[O:Korvex]], wil je graag nog één keer spreken, samen met [[P:Lieke Peeters]] van HR, voor een kennismaking met het team op de vestiging in [[L:Venray]].

Over de arbeidsvoorwaarden:
– salaris tussen € 4.600 en € 5.200 bruto per maand, afhankelijk van ervaring;
– 27 vakantiedagen, pensioen via [[O:Pensioenfonds Vervoer]];
– een leaseauto of NS Business Card.

Eén aandachtspunt: [[O:Korvex]] vraagt bij deze functie een Verklaring Omtrent het Gedrag, aan te vragen bij [[O:Justis]]. Dat regelen wij voor je zodra je akkoord bent.

Kun je laten weten of donderdag 23 oktober om 14.00 uur past?

Groet,
[[P:Daan Hofman]]
Senior Recruiter Logistiek · [[O:TalentBrug Recruitment]] · [[L:Eindhoven]]
06 41 88 27 90

> Op 9 okt. 2025 om 17:45 schreef [[P:Yasmina Bouzid]]:
> Hoi [[P:Daan]], dank voor het regelen. Ik ben dinsdag beschikbaar, maar moet wel om 16.30 weg voor een afspraak in [[L:Roermond]]. Groetjes, [[P:Yasmina]]
""")

d("nl", "bank_kyc_request", """
[[O:ABN AMRO Bank N.V.]]
Client Due Diligence · Postbus 283 · 1000 EA [[L:Amsterdam]]

[[O:Holding Jansma Beheer B.V.]]
t.a.v. de heer [[P:T.R. Jansma]], bestuurder
Zuiderdiep 64
9611 AM [[L:Sappemeer]]

Datum: 12 januari 2026
Betreft: periodieke klantbeoordeling – zakelijke rekening eindigend op 4127

Geachte heer [[P:Jansma]],

Op grond van de Wet ter voorkoming van witwassen en financieren van terrorisme (Wwft) moeten wij de gegevens van onze zakelijke klanten regelmatig controleren. Wij vragen u daarom om vóór 15 februari 2026 de volgende informatie aan te leveren via Mijn [[O:ABN AMRO]]:

1. een actueel uittreksel uit het Handelsregister van de [[O:Kamer van Koophandel]] van uw holding en van de werkmaatschappijen [[O:Jansma Grondverzet B.V.]] en [[O:Loonbedrijf Jansma & Zn. V.O.F.]];
2. een bevestiging van de uiteindelijk belanghebbenden. Volgens onze gegevens zijn dat u en mevrouw [[P:G. Jansma-Bakker]], ieder voor 50 %;
3. een toelichting op de betalingen van [[O:Nordmann Agrartechnik GmbH]] uit [[L:Leer]] ([[L:Duitsland]]), in totaal € 845.000 in het vierde kwartaal van 2025;
4. de jaarrekening 2024, samengesteld door uw accountant, [[O:Noordoost Accountants]] in [[L:Hoogezand]].

Ontvangen wij de informatie niet op tijd, dan kunnen wij genoodzaakt zijn beperkingen op te leggen aan uw rekeningen.

Met vragen kunt u terecht bij uw relatiemanager, [[P:Mehmet Yılmaz]], kantoor [[L:Groningen]], telefoon 050 521 18 40.

Met vriendelijke groet,

[[P:Sanne de Groot]]
Client Due Diligence
""")


# ================================================================ processing
# The markup, the checks, the file and the counts are docset.py's, with this
# set's name, its documents' length in characters and docset5.py's lists of
# legal forms (for grouping a company's full and short names) and of titles
# (for the warning when a PERSON starts with one), with this set's own.
LEGAL_FORMS = docset5.LEGAL_FORMS + [
    # this set's additions
    "PLC", "ODV", "TOO", "Lda.", "E.G.F.P., S.A.", "S.p.A.", "S.R.L.",
    "Soc. Coop. Agricola", "Co., Ltd.", "S.n.c.", "AS",
]
TITLE_PREFIXES = docset5.TITLE_PREFIXES + (
    # this set's additions
    "Mgr", "Père ", "don ", "avv.", "dott", "geom.", "arch.", "ing.",
    "drs.", "prof.", "Mr.", "Sr. D.", "D.ª", "Dra ", "PD Dr")


def char_count(text):
    """This set's documents are 800 to 2,500 characters long."""
    n = len(text)
    return 800 <= n <= 2500, f"{n} characters"


if __name__ == "__main__":
    docset.main(DOCS, name="docset6", default_out="docs6.jsonl", size_check=char_count,
                legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES)
