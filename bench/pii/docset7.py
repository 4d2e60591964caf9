#!/usr/bin/env python3
"""The seventh document set: 72 business documents of kinds the earlier sets
did not use, chosen so that organisations are dense (data processing
agreements with their lists of sub-processors, privacy notices listing
recipients and third parties, cookie policies listing vendors, supplier
onboarding forms, trade and commercial register extracts, annual report
excerpts listing subsidiaries and shareholdings, M&A and investment press
releases, invoices and purchase orders with both parties' blocks, bills of
lading and forwarding instructions, CVs with employers and schools,
reference letters, journal articles' author affiliations and
acknowledgements of funders, clinical trial site lists, public tender award
notices, local newspaper items, sports results and club news, sponsorship
lists, conference attendee lists, whistleblower reports, insurance claims
after a road accident, energy and telecom supplier letters, school letters
to parents, notary letters and partner and dealer directories), 12 each in
English, German, French, Spanish, Italian and Dutch, each written in its
own language rather than translated, in the shape of letters with
letterheads and signature blocks, forms with numbered sections, lists and
tables as text, some headings in capitals. In them organisations of many
kinds and shapes (companies with and without a legal form, placed before or
after the name, associations, foundations, clubs, ministries, regional and
local authorities, agencies, registers' courts, universities, hospitals,
schools, banks, insurers; public bodies written with lower-case words;
German genitive forms; acronyms defined in brackets and then used alone;
short names; names containing a place, a surname or digits, with "&", "+"
or a hyphen; foreign companies named in another language's text; one-word
brand-like names introduced only by their context) are named in full and
then by shorter forms, annotated with PERSON, ORGANIZATION and LOCATION.
Written on 2026-12-07 by a helper who had not seen the analyzer or the
documents of the other sets (it read only the conventions at the top of
docset6.py, the processing code at the bottom of docset6.py and the
functions of docset.py), with invented and a few real organisation names
(none from Faker or mimesis); meant as a development set: the rules' author
may read it and its errors.

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs7.jsonl next to this file).

Conventions (those of docset6.py, which are docset5.py's): an ORGANIZATION
span covers the name as written, with its legal form, without a leading
article unless the article is part of the name ("De Nederlandsche Bank",
"De Geschillencommissie", "The Student Hotel"); a possessive ending is left
out ("Bramblewick's"); a German genitive is kept as written ("des
Landeskriminalamtes Nordrhein-Westfalen", "der Deutschen Bahn"); a place
inside an organisation's name belongs to the ORGANIZATION ("Tribunal
judiciaire de Grenoble", "Gemeente Deventer", "CCOO de Andalucía"). A
public body written with a lower-case word is marked as written ("rechtbank
Noord-Holland", "tribunal administratif de Bordeaux", "paroisse
Sainte-Marguerite"). An acronym defined in brackets is marked on its own,
apart from the full name, and so is each later use of it or of a short
name. Hospitals, hotels, practices, pharmacies, schools, parishes and a
shop's or team's trading name are organisations; a department, section,
chamber, ward, unit, board or committee of an organisation is not marked
(the ethics committee of a university, the "Sportgericht" of a federation,
the "Comité de Competición", "Gedeputeerde Staten", the "Collegio
Sindacale"), nor is a generic reference ("the Company", "die Gemeinde", "la
Provincia", "il Consorzio" used alone) or a party's role in a contract
("the Claimant", "le loueur", "el arrendatario", "de lessee"). A PERSON
span is the name without titles, salutations or functions ("Cllr", "Dr",
"Prof. Dr. med.", "Herrn", "Me", "Maître", "Mgr", "Père", "D.ª", "Sr. D.",
"dott.ssa", "avv.", "geom.", "don", "ing.", "drs.", "de heer", "mevrouw");
surname-alone, first-name-alone and initials-and-surname mentions are
marked, and so are names in e-mail headers and in "surname, first name"
order; a family name used for the family is a PERSON ("la familia
Ezquerro"). LOCATION covers cities, towns, villages, districts, regions,
provinces (also the Italian two-letter code in an address), islands, rivers
("River Colne", "Egau", "Spaarne"), estuaries, seas and countries, not
streets, postcodes, buildings, stations, venues, industrial estates, sites
or farms. Products, brands, vehicles and vessels, animals, programmes
(Deltaprogramma, Erasmus+), degree courses, projects, laws, job titles,
documents, registers, events (fairs, festivals, congresses) and nationality
adjectives are not marked. Names inside e-mail addresses and web addresses
are not marked.
"""
import docset  # the markup, the checks and the counts (this file's folder is on the path)
import docset5  # its lists of legal forms and titles

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))

# ---------------------------------------------------------------- English
d("en", "dpa_subprocessors", """
ANNEX 3 – LIST OF APPROVED SUB-PROCESSORS

to the Data Processing Agreement dated 3 March 2026 between [[O:Harrowgate Lettings Limited]] ("the Controller") and [[O:Quillfeather Software Ltd]] ("the Processor")

The Controller authorises the Processor to engage the sub-processors listed below. The Processor shall inform the Controller in writing at least thirty days before it adds or replaces any of them, and the Controller may object on reasonable grounds within that period.

1. [[O:Nubora Cloud B.V.]], [[L:Amsterdam]], [[L:Netherlands]] – infrastructure hosting (compute, storage, backups); data centres in [[L:Frankfurt]] and [[L:Dublin]].
2. [[O:Amazon Web Services EMEA SARL]], [[L:Luxembourg]] – disaster-recovery copies only.
3. [[O:Postwick & Lane Mailing Ltd]], [[L:Leeds]], [[L:United Kingdom]] – transactional e-mail delivery.
4. [[O:Tessaro]] (a trading name of [[O:Tessaro Analytics S.r.l.]]), [[L:Bologna]], [[L:Italy]] – product analytics on pseudonymised events.
5. [[O:HelpLoop Inc.]], [[L:Austin]], [[L:Texas]], [[L:USA]] – customer support ticketing; transfer under the standard contractual clauses.
6. [[O:Kestrel-9 Security GmbH]], [[L:Munich]], [[L:Germany]] – annual penetration test, access to test accounts only.

Changes since version 2.1: [[O:Postwick & Lane]] replaces [[O:SendMarten]], whose contract ended on 31 January 2026. [[O:HelpLoop]] was added when the support desk moved off the in-house tool. [[O:Nubora]] now also stores encrypted backups, which until last year were kept with [[O:Tessaro]]'s parent.

Group company: the Processor's affiliate [[O:Quillfeather Software Ireland Limited]], [[L:Cork]], provides second-line support outside [[L:UK]] business hours and is bound by the same terms.

Signed for the Controller: [[P:Deborah Ashworth-Kane]], Director
Signed for the Processor: [[P:Tomasz Wielgosz]], Chief Operating Officer
""")

d("en", "privacy_notice", """
PRIVACY NOTICE – WHO WE SHARE YOUR DATA WITH

[[O:Brackenfield Building Society]] ("[[O:Brackenfield]]", "we") is the controller of the personal data you give us when you open a savings account, apply for a mortgage or visit our branches in [[L:Harrogate]], [[L:Ripon]] and [[L:Skipton]].

4. Recipients

We share your data only where this is necessary, with:
(a) the credit reference agencies [[O:Experian]] and [[O:Equifax Ltd]], to check your identity and credit history;
(b) fraud prevention agencies, in particular [[O:Cifas]], which may keep records for up to six years;
(c) our mortgage valuation panel, managed by [[O:Ridley Forbes Surveyors LLP]] of [[L:York]];
(d) our card issuer [[O:Pellmont Payments Ltd]] and its processor [[O:Vantiq Europe Ltd]] in [[L:Dublin]];
(e) the [[O:Financial Conduct Authority]] ([[O:FCA]]) and the [[O:Prudential Regulation Authority]], which supervise us;
(f) [[O:HM Revenue & Customs]], where the law requires us to report the interest we pay you;
(g) the [[O:Financial Ombudsman Service]], if you take a complaint to it;
(h) our auditors, [[O:Gatley Moss LLP]], [[L:Leeds]].

5. Transfers abroad

Some of [[O:Vantiq]]'s support staff work in [[L:Manila]], [[L:Philippines]]. [[O:Vantiq]] relies on the international data transfer addendum issued by the [[O:Information Commissioner's Office]] ([[O:ICO]]), and we have checked the safeguards ourselves.

6. Contact

Our Data Protection Officer is [[P:Harriet Oyelaran]], PO Box 212, [[L:Harrogate]] HG1 1TE, dpo@brackenfield.co.uk. You can also complain to the [[O:ICO]] at any time, although we would appreciate the chance to put things right first.
""")

d("en", "cookie_policy", """
COOKIE POLICY – [[O:LARK & LOOM]] ONLINE SHOP

This policy explains which cookies are set when you visit larkandloom.co.uk and which outside vendors place their own. The shop is run by [[O:Lark & Loom Ltd]], registered in [[L:Wales]] under company number 09871234, with its studio and warehouse in [[L:Newport]]. Questions go to [[P:Bethan Rowlands]], who looks after data protection for [[O:Lark & Loom]] (privacy@larkandloom.co.uk).

1. Strictly necessary (always on)
- Basket and session cookies set by our shop platform, [[O:Shopify International Limited]], [[L:Dublin]], [[L:Ireland]].
- __cf_bm, set by [[O:Cloudflare, Inc.]] ([[L:San Francisco]], [[L:USA]]) to tell people from bots; [[O:Cloudflare]] keeps it for 30 minutes.
- The consent cookie itself, stored by our consent manager [[O:Usercentrics A/S]], [[L:Copenhagen]], [[L:Denmark]].

2. Statistics (only with your consent)
- _ga and _ga_*, set for [[O:Google Ireland Limited]], 13 months.
- _hjSession*, set by [[O:Hotjar Ltd]], [[L:St Julian's]], [[L:Malta]], to draw anonymous heatmaps of how pages are used.

3. Marketing (only with your consent)
- _fbp, set for [[O:Meta Platforms Ireland Limited]], to measure our adverts on its networks.
- _pin_unauth, set for [[O:Pinterest Europe Limited]].
- awc, set by [[O:Awin AG]], [[L:Berlin]], [[L:Germany]], the affiliate network through which some craft bloggers earn a commission.
- tmq_id, set by [[O:Trustmarq]], the review widget on product pages; the vendor is [[O:Trustmarq ApS]], [[L:Aarhus]].

4. Changes

Until March 2026 we used [[O:Kloudmetrics]] for statistics; its cookies were removed when [[O:Hotjar]] and the [[O:Google]] tag took over. If you withdrew consent before then, please check your settings again, because the old choice was stored by [[O:Kloudmetrics]] and not carried over.

Last updated: 2 December 2026.
""")

d("en", "supplier_onboarding", """
SUPPLIER ONBOARDING FORM
[[O:CASTLEREAGH FOODS GROUP]] – PROCUREMENT

Please complete all sections and return to suppliers@castlereaghfoods.com. [[O:Castlereagh Foods Group]] will not raise a purchase order until the form has been approved.

Section 1 – Supplier details
Registered name: [[O:Mourne Valley Creamery Ltd]]
Trading name: [[O:Slieve Dairy]]
Company number: NI612345
Registered address: 22 Ballynahinch Road, [[L:Castlewellan]], [[L:County Down]], BT31 9AB, [[L:Northern Ireland]]
Parent company: [[O:Ulster Agri Holdings plc]] (100% of shares)

Section 2 – Contacts
Account manager: [[P:Ciarán McAleese]] (ciaran.mcaleese@slievedairy.com)
Accounts receivable: [[P:Orla Brennan]]
Technical and food safety: [[P:Declan Fitzpatrick]]

Section 3 – Banking
Bank: [[O:Danske Bank]], Donegall Square branch, [[L:Belfast]]
Sort code and account: supplied separately on letterhead, verified by call-back.

Section 4 – Certification and audits
BRCGS Food Safety, grade AA, last audited in June 2026 by [[O:SGS United Kingdom Ltd]]. Milk is collected from 41 farms in [[L:County Down]] and [[L:County Armagh]] through [[O:Lakeland Dairies]].

Section 5 – Trade references
1. [[O:Henderson Foodservice]], [[L:Newtownabbey]] – customer since 2019
2. [[O:Musgrave NI]], [[L:Belfast]] – customer since 2021

Section 6 – Cover
Product liability £10m with [[O:Aviva Insurance Limited]]; recall cover arranged by the broker [[O:Lockhart & McCrea]].

Section 7 – Declaration
I confirm that the information above is correct and that [[O:Slieve Dairy]] will tell [[O:Castlereagh Foods]] of any change of ownership.
Signed: [[P:Ciarán McAleese]], 9 November 2026

For internal use: approved by [[P:Gemma Thorburn]], category buyer, [[O:Castlereagh Foods]], 16 November 2026.
""")

d("en", "annual_report_subsidiaries", """
[[O:PENHALLOW MARINE PLC]] – ANNUAL REPORT 2025
Note 31: Related undertakings

In accordance with the Companies Act 2006, a full list of the undertakings of [[O:Penhallow Marine plc]] at 31 December 2025 is given below. Unless stated otherwise, shares are ordinary shares held indirectly.

Subsidiaries (country of incorporation, holding, activity)
[[O:Penhallow Boatyards Limited]] – [[L:England]], 100%, boat building and refit, [[L:Falmouth]]
[[O:Fal Estuary Moorings Ltd]] – [[L:England]], 100%, mooring management on the [[L:Fal]]
[[O:Kernow Sailcloth Ltd]] – [[L:England]], 75%, sailmaking, [[L:Penryn]]
[[O:Penhallow Nautique SAS]] – [[L:France]], 100%, chandlery retail, [[L:La Rochelle]]
[[O:Penhallow Náutica Ibérica S.L.]] – [[L:Spain]], 80%, brokerage, [[L:Palma]]
[[O:Oosterschelde Jachtservice B.V.]] – [[L:Netherlands]], 51%, winter storage, [[L:Yerseke]]

Joint ventures and associates
[[O:Tamar Composites Limited]] – [[L:England]], 40%; the remaining 60% is held by [[O:Devonport Engineering Holdings Ltd]].
[[O:BlueTide Hydrogen LLP]] – [[L:England]], 50%, developing fuel-cell drives with [[O:Helvar Energi AS]] of [[L:Bergen]], [[L:Norway]].

Disposals and changes in the year
In May 2025 the Group sold its 25% stake in [[O:Seaworthy Sails Ltd]] to [[O:North Sails]] for £2.1m. [[O:Kernow Sailcloth]] acquired the trade and assets of [[O:St Mawes Canvas Co]] in September. [[O:Penhallow Nautique]] opened a second shop in [[L:Les Sables-d'Olonne]].

The registered office of all companies incorporated in [[L:England]] is Ponsharden Boatyard, Commercial Road, [[L:Falmouth]], [[L:Cornwall]] TR11 2TH. The Group's auditor is [[O:Trevail Pascoe LLP]], [[L:Truro]]; its main bankers are [[O:Lloyds Bank plc]] and, for the Dutch subsidiary, [[O:Rabobank]].
""")

d("en", "press_release_acquisition", """
FOR IMMEDIATE RELEASE

[[O:ARDENT PAY]] TO ACQUIRE [[O:LEDGERLY]] IN £140 MILLION DEAL

[[L:London]], 18 November 2026 – [[O:Ardent Pay Holdings plc]] ([[O:LSE]]: ARDP), the card payments company for small shops, today announced that it has agreed to acquire [[O:Ledgerly Ltd]], the [[L:Edinburgh]] bookkeeping software provider, from its founders and from investors led by [[O:Pentland Ventures]] and [[O:Kelpie Capital LLP]].

[[O:Ledgerly]] was founded in 2017 by [[P:Iona Macrae]] and [[P:Sunil Varma]] and now serves some 38,000 small businesses in the [[L:UK]] and [[L:Ireland]]. Its software reconciles bank feeds from [[O:Starling]], [[O:Monzo]] and [[O:Tide]] and files VAT returns directly with [[O:HMRC]].

"Merchants keep asking us to do their books as well as take their payments, and [[O:Ledgerly]] does that better than anyone," said [[P:Rebecca Stroud]], chief executive of [[O:Ardent Pay]]. [[P:Macrae]] will join the [[O:Ardent]] executive committee, while [[P:Varma]] will remain in [[L:Edinburgh]] as head of product.

"We were approached by several buyers, including two from [[L:America]], but [[O:Ardent]] understands the high street," said [[P:Iona Macrae]].

The consideration of £140 million will be paid in cash, funded from existing facilities with [[O:Barclays]] and [[O:HSBC UK Bank plc]]. Completion is expected in the first quarter of 2027, subject to approval by the [[O:Competition and Markets Authority]] ([[O:CMA]]) and the [[O:Financial Conduct Authority]]. The [[O:CMA]] has been briefed informally.

Advisers
[[O:Rothschild & Co]] is financial adviser and [[O:Slaughter and May]] legal adviser to [[O:Ardent Pay]]. [[O:Ledgerly]] is advised by [[O:Kinloch Corporate Finance]] and [[O:Burness Paull LLP]].

Media enquiries
[[P:Tom Hensby]], [[O:Gullwing Communications]], ardent@gullwing.co.uk, +44 20 7946 0381
""")

d("en", "invoice", """
[[O:HOLLINS & DAUGHTERS JOINERY LTD]]
Unit 4, Millbrook Trading Estate, [[L:Stockport]] SK4 2NP
VAT reg. GB 318 4422 19 · Company no. 07712390

INVOICE HDJ-2026-0417
Date: 27 November 2026
Your order: PO 4500881123 (issued by [[O:Manchester City Council]] for the school)

Bill to:
[[O:Chorlton Park Primary School]]
Attn: Mrs [[P:Janet Ogundipe]], school business manager
Mauldeth Road West, [[L:Manchester]] M21 7HW

Deliver to: as above, via the caretaker, [[P:Phil Kearsley]]

Description / Qty / Net
Oak veneer fire doors FD30, fitted, with ironmongery supplied by [[O:Häfele UK]] / 6 / £3,840.00
Replacement sash windows, classroom 3, glazing by [[O:Clearview Glass (NW) Ltd]] / 2 / £2,150.00
Making good and redecoration / 1 / £620.00
Net total £6,610.00 · VAT 20% £1,322.00 · Total due £7,932.00

Payment terms: 30 days from date of invoice. Please pay by BACS to [[O:Hollins & Daughters Joinery Ltd]], [[O:NatWest]], account details on the remittance slip. As agreed with the council's schools procurement team, we have quoted the purchase order number on every page.

Notes
Fire door certification has been registered with [[O:BM TRADA]] under our Q-Mark licence. Timber is FSC certified and was bought from [[O:James Latham]] in [[L:Leeds]].

Queries: [[P:Ruth Hollins]], accounts@hollinsjoinery.co.uk, 0161 496 0732

Thank you for your business, and for the tea.
""")

d("en", "forwarding_instructions", """
SHIPPER'S LETTER OF INSTRUCTION

To: [[O:Severn Freight Forwarding Ltd]], Export Desk, [[L:Birmingham]]
From: [[O:Wrekin Precision Castings Ltd]], Halesfield 19, [[L:Telford]], [[L:Shropshire]], [[L:United Kingdom]]
Our ref: WPC/EXP/2611 · Your quotation: SFF-Q-88412

1. Parties
Shipper: [[O:Wrekin Precision Castings Ltd]], EORI GB 123456789000
Consignee: [[O:Tanaka Seiki Co., Ltd.]], 3-14 Atsuta-ku, [[L:Nagoya]], [[L:Aichi]], [[L:Japan]]
Notify party: [[O:Chubu Customs Brokerage K.K.]], [[L:Nagoya]]
Bank for the letter of credit: [[O:MUFG Bank, Ltd.]], [[L:Nagoya]] branch, advising through [[O:HSBC]] in [[L:London]]

2. Goods
14 crates of investment-cast turbine housings, gross weight 9,420 kg, HS code 8411.99. Not hazardous.

3. Routing
Collection from our works on 8 December by [[O:Ironbridge Haulage]]. Please book one 20-foot container from [[L:Felixstowe]] to [[L:Nagoya]], transhipment at [[L:Singapore]] acceptable, preferably with [[O:Ocean Network Express]] ([[O:ONE]]); if [[O:ONE]] has no space before 15 December, [[O:Maersk]] or [[O:CMA CGM]] are acceptable. Terms of sale: CIF [[L:Nagoya]] (Incoterms 2020).

4. Documents
Bill of lading: full set of three originals, "to order of [[O:MUFG Bank]]", marked freight prepaid. Certificate of origin to be issued by the [[O:Shropshire Chamber of Commerce]]; commercial invoice and packing list attached. Cargo insurance: 110% of CIF value under our open cover with [[O:Tokio Marine Kiln]].

5. Contacts
Shipper: [[P:Daniel Pryce]], logistics coordinator, d.pryce@wrekincastings.co.uk
Consignee: [[P:Aiko Morimoto]], purchasing, [[O:Tanaka Seiki]]
Please copy [[P:Aiko]] on the booking confirmation, as [[O:Tanaka Seiki]] must show it to the bank.

Signed: [[P:Daniel Pryce]], for and on behalf of [[O:Wrekin Precision Castings]]
""")

d("en", "cv", """
CURRICULUM VITAE

[[P:Nadia Farouk-Ellison]]
[[L:Bristol]], [[L:United Kingdom]] · nadia.fe@postmail.example · 07700 900418

Profile
Data engineer with seven years' experience of building pipelines and reporting for utilities, finance and aerospace. Comfortable leading a small team and explaining results to people who never want to see a query.

Experience
2022–present  Senior Data Engineer, [[O:Cobalt Kite]], [[L:Bristol]]
Consultancy of 60 people. Led data platform projects for [[O:Wessex Water]], [[O:Bristol Energy Cooperative]] and the [[O:University of Bath]]; moved [[O:Cobalt Kite]]'s own reporting from spreadsheets to a warehouse.

2019–2022  Data Analyst, [[O:Hargreaves Lansdown]], [[L:Bristol]]
Built client retention models; member of the working group that prepared the firm's reporting to the [[O:FCA]].

2017–2019  Graduate Engineer, [[O:Airbus]], [[L:Filton]]
Two rotations: wing assembly quality data, and supplier performance with [[O:GKN Aerospace]] and [[O:Spirit AeroSystems]].

Education
2014–2017  BSc Mathematics (first class), [[O:University of Exeter]]
2012–2014  A levels: Mathematics, Further Mathematics, Physics, Economics, [[O:St Bride's Academy]], [[L:Clifton]]
2013  Nuffield research placement at the [[O:Met Office]], [[L:Exeter]]

Volunteering
Treasurer of the [[O:Easton Community Allotments Association]] since 2020; mentor with [[O:Code First Girls]].

Languages
English (native), Arabic (fluent, spoken), French (good).

References
[[P:Graham Oduya]], Head of Data, [[O:Cobalt Kite]], [[L:Bristol]]
Dr [[P:Fiona Lisle]], senior lecturer, [[O:University of Exeter]]
""")

d("en", "journal_affiliations", """
Microbial response of upland pasture soils to biochar amendment: a three-year field trial

[[P:Eleanor J. Whitcombe]](1), [[P:Rhodri Pugh]](2), [[P:Marta Kowalczyk]](1,3), [[P:Kwame Asante-Boateng]](4), [[P:Jonathan Leigh]](1)

(1) School of Natural Resources, [[O:Bangor University]], [[L:Bangor]], [[L:Gwynedd]], [[L:UK]]
(2) Department of Geography, [[O:Aberystwyth University]], [[L:Aberystwyth]], [[L:UK]]
(3) [[O:Institute of Soil Science and Plant Cultivation]] ([[O:IUNG]]), [[L:Puławy]], [[L:Poland]]
(4) [[O:CSIR-Soil Research Institute]], [[L:Kumasi]], [[L:Ghana]]

Correspondence: [[P:E. J. Whitcombe]], e.whitcombe@bangor.example.ac.uk

Acknowledgements
This work was funded by the [[O:Biotechnology and Biological Sciences Research Council]] ([[O:BBSRC]]), grant BB/X012345/1, and by the [[O:Welsh Government]] through its sustainable farming scheme. [[P:Kowalczyk]] received a mobility grant from the [[O:Polish National Agency for Academic Exchange]] ([[O:NAWA]]) for her stay at [[O:Bangor University]]. We thank the staff of the [[O:Henfaes Research Centre]], especially [[P:Gwilym Roberts]] and [[P:Sian Lloyd-Hughes]], for managing the plots, and the three farming families near [[L:Llanfairfechan]] who gave us access to their grazing. The char was supplied free of charge by [[O:Carbon Gold Ltd]], which had no role in the design of the study or the analysis.

Competing interests
[[P:Jonathan Leigh]] is an unpaid adviser to [[O:Terrafix Biochar]]. [[O:Terrafix]] did not fund this study. The other authors declare no competing interests.

Availability of the data
Sequence data are deposited at the [[O:European Nucleotide Archive]] ([[O:ENA]]); soil chemistry data are held by the [[O:Environmental Information Data Centre]] ([[O:EIDC]]) of the [[O:UK Centre for Ecology & Hydrology]]. The [[O:EIDC]] record is open from 1 January 2027.
""")

d("en", "local_sports_news", """
[[L:DALES]] SPORT ROUNDUP

FOOTBALL
[[O:Hawes Town]] 3 [[O:Leyburn United]] 1
Two goals from [[P:Callum Metcalfe]] and a late header from [[P:Josh Alderson]] sent [[O:Hawes]] top of the table. [[P:Ryan Thwaite]] had equalised for [[O:Leyburn]] just before half-time. [[O:Hawes Town]] manager [[P:Steve Iveson]] said: "The lads never stopped running."

[[O:Askrigg Athletic]] 0 [[O:Middleham & Spennithorne FC]] 0
A scrappy draw in the rain. [[O:Middleham]] keeper [[P:Liam Sedgwick]] saved a penalty from [[P:Adam Peacock]] on 70 minutes.

RUGBY
[[O:Wensleydale RUFC]] 24 [[O:Ripon RFC]] 17
[[O:Wensleydale]] came from behind with tries by [[P:Tom Harker]] and [[P:Joe Coates]], both converted by [[P:Owen Pratt]].

RUNNING
[[P:Hannah Kirkbride]] of [[O:Wharfedale Harriers]] won the women's race in the ten-kilometre lap of [[L:Semerwater]] in 38 minutes 12 seconds. First man home was [[P:Rob Alderson]] of [[O:Swaledale Running Club]], cousin of the [[O:Hawes]] goalscorer.

CLUB NEWS
[[O:Bainbridge Bowls Club]] has been awarded £4,500 by the [[O:National Lottery Community Fund]] towards a new clubhouse roof. Secretary [[P:Margaret Dinsdale]] thanked [[O:Dalesbridge Motors]] of [[L:Leyburn]], which has also agreed to sponsor the club's shirts for two seasons, and the [[O:Yorkshire Dales National Park Authority]] for approving the plans so quickly.

The junior section of [[O:Wensleydale RUFC]] is looking for volunteer coaches. Contact [[P:Gareth Mudd]] on 07700 900233 or juniors@wensleydalerufc.example.

Results and photos for next week to the sports desk by Monday noon, please.
""")

d("en", "motor_claim", """
MOTOR CLAIM NOTIFICATION – THIRD-PARTY ACCIDENT

Insurer: [[O:Thistledown Insurance plc]], Claims Centre, [[L:Glasgow]]
Policy number: TDM-77120493 · Claim reference: CL/2026/118402

Section 1 – Policyholder and driver
Name: [[P:Fraser Imrie]]
Address: 7 Carnock Road, [[L:Dunfermline]], [[L:Fife]] KY12 9AX
Occupation: electrician, employed by [[O:Forth Valley Electrical Services Ltd]]
Vehicle: grey Skoda Octavia estate, registration SK19 XLP

Section 2 – The accident
Date and time: 14 October 2026, about 17:40
Place: A92, southbound, at the roundabout for [[L:Cowdenbeath]]
What happened: I was already on the roundabout when a white van entered from the slip road without stopping and hit my nearside rear door. Road was wet, lights were on.

Section 3 – Other vehicle
Driver: [[P:Leanne Carruthers]], who said she was on her way back to her employer, [[O:Kingdom Home Care]] in [[L:Lochgelly]].
Van owned by [[O:Forthside Van Hire Ltd]], [[L:Rosyth]]; insured with [[O:Admiral]], policy number given as ADM-F-55310.

Section 4 – Witnesses and police
Witness: [[P:Alasdair Bain]], [[L:Lochgelly]], who stopped behind us and gave his details.
The accident was reported to [[O:Police Scotland]] the same evening (incident 2188 of 14/10/2026).

Section 5 – Injuries and damage
I had neck pain the next day and was seen at the minor injuries unit of the [[O:Victoria Hospital]], [[L:Kirkcaldy]], run by [[O:NHS Fife]]. My car was recovered by the [[O:AA]] and is at [[O:Halbeath Body Repairs]], [[L:Dunfermline]], for an estimate. I would like a courtesy car; [[O:Thistledown]] told me on the phone that this is arranged through [[O:Enterprise]].

Section 6 – Representation
I have asked [[O:Ross & Lennox]], solicitors in [[L:Dunfermline]], to deal with my injury claim against the van's insurer.

Declaration: the information given is true to the best of my knowledge.
Signed: [[P:Fraser Imrie]], 16 October 2026
""")

# ---------------------------------------------------------------- German
d("de", "handelsregister", """
[[O:AMTSGERICHT MANNHEIM]]
Handelsregister Abteilung B – HRB 741208
Wiedergabe des aktuellen Registerinhalts, abgerufen am 30.11.2026

1. Anzahl der bisherigen Eintragungen: 7

2. a) Firma: [[O:Rheintal Kältetechnik GmbH]]
b) Sitz: [[L:Mannheim]]; Geschäftsanschrift: Floßwörthstraße 12, 68199 [[L:Mannheim]]
Zweigniederlassung: [[L:Ludwigshafen am Rhein]], unter der Firma [[O:Rheintal Kältetechnik Pfalz]]
c) Gegenstand des Unternehmens: Planung, Errichtung und Wartung von Kälte- und Klimaanlagen sowie der Handel mit Ersatzteilen.

3. Stammkapital: 250.000,00 EUR

4. a) Allgemeine Vertretungsregelung: Ist nur ein Geschäftsführer bestellt, so vertritt er die Gesellschaft allein. Sind mehrere bestellt, wird die Gesellschaft durch zwei Geschäftsführer oder durch einen Geschäftsführer gemeinsam mit einem Prokuristen vertreten.
b) Geschäftsführer: [[P:Brandl, Korbinian]], [[L:Heidelberg]], *12.04.1979, einzelvertretungsberechtigt; [[P:Yıldırım, Selin]], [[L:Weinheim]], *03.09.1984

5. Prokura: Gesamtprokura gemeinsam mit einem Geschäftsführer: [[P:Ostertag, Rüdiger]], [[L:Schwetzingen]], *21.11.1971

6. a) Rechtsform: Gesellschaft mit beschränkter Haftung. Gesellschaftsvertrag vom 02.02.2011, zuletzt geändert am 14.06.2024.
b) Sonstige Rechtsverhältnisse: Die Gesellschaft ist als übernehmender Rechtsträger nach Maßgabe des Verschmelzungsvertrages vom 14.06.2024 mit der [[O:Kurpfalz Klimaservice GmbH]] mit Sitz in [[L:Speyer]] ([[O:Amtsgericht Ludwigshafen]], HRB 6612) verschmolzen. Mit der [[O:Hallstein Gebäudetechnik Holding AG]] mit Sitz in [[L:Stuttgart]] ([[O:Amtsgericht Stuttgart]], HRB 77310) als herrschendem Unternehmen besteht ein Beherrschungs- und Gewinnabführungsvertrag vom 30.09.2025. Die Gesellschafterversammlung der [[O:Rheintal Kältetechnik]] hat ihm am selben Tag zugestimmt; die Hauptversammlung der [[O:Hallstein]] am 12.11.2025.

7. Tag der letzten Eintragung: 19.12.2025

Hinweis: Die Gesellschafterliste wurde zuletzt am 20.06.2024 durch Notar Dr. [[P:Hannes Leitgeb]], [[L:Mannheim]], eingereicht. Frühere Eintragungen bezüglich der [[O:Kurpfalz Klimaservice]] sind beim [[O:Amtsgericht Ludwigshafen]] einsehbar.
""")

d("de", "av_vertrag_unterauftragnehmer", """
Anlage 3 zum Vertrag über die Auftragsverarbeitung nach Art. 28 DSGVO

zwischen der [[O:Stadtwerke Lindenbrück GmbH]], Am Gaswerk 3, 33602 [[L:Bielefeld]] (Verantwortliche)
und der [[O:Zählwerk Digital GmbH]], Hafenweg 18, 48155 [[L:Münster]] (Auftragsverarbeiterin)

Genehmigte Unterauftragsverarbeiter

Die Verantwortliche genehmigt den Einsatz der folgenden Unternehmen. Die Auftragsverarbeiterin zeigt jede beabsichtigte Änderung mindestens vier Wochen vorher in Textform an.

Nr. 1: [[O:IONOS SE]], [[L:Montabaur]] – Betrieb des Kundenportals, Rechenzentren in [[L:Deutschland]]
Nr. 2: [[O:Hetzner Online GmbH]], [[L:Gunzenhausen]] – verschlüsselte Datensicherung, Standort [[L:Falkenstein]] im [[L:Vogtland]]
Nr. 3: [[O:Druckhaus Ems-Weser GmbH & Co. KG]], [[L:Rheda-Wiedenbrück]] – Druck, Kuvertierung und Versand der Jahresabrechnungen
Nr. 4: [[O:Nordlicht Kundenservice e.K.]], Inhaberin [[P:Wiebke Tamm]], [[L:Bielefeld]] – telefonischer Kundendienst bei Lastspitzen
Nr. 5: [[O:Sendinblue SAS]] (Marke [[O:Brevo]]), [[L:Paris]], [[L:Frankreich]] – Versand von Zählerstandserinnerungen per E-Mail
Nr. 6: [[O:Zendesk, Inc.]], [[L:San Francisco]], [[L:USA]] – Ticketsystem; Übermittlung auf Grundlage des EU-US Data Privacy Framework

Änderungen gegenüber der Fassung vom 1. März 2025

Seit dem 1. Juli 2026 übernimmt [[O:Hetzner]] die Datensicherung, die bis dahin bei der [[O:Kumulus Datenwerk AG]] in [[L:Kassel]] lag; sämtliche Kopien bei [[O:Kumulus]] wurden am 14. Juli 2026 gelöscht, die Löschbestätigung liegt der Verantwortlichen vor. [[O:Nordlicht]] ist neu hinzugekommen. Der Datenschutzbeauftragte der [[O:Stadtwerke Lindenbrück]], Herr [[P:Gregor Pietsch]], hat der Änderung am 20. Juni 2026 zugestimmt.

Für die [[O:Zählwerk Digital]]: [[P:Merle Habeck]], Geschäftsführerin
Für die Verantwortliche: [[P:Thorsten Eickhoff]], Bereichsleiter Vertrieb
""")

d("de", "bestellung", """
[[O:GEBR. MÜHLHAUSER FEINMECHANIK GMBH & CO. KG]]
Lautlinger Straße 77 · 72458 [[L:Albstadt]] · Telefon 07431 9480-0

An
[[O:Kessler + Voss Antriebstechnik GmbH]]
Vertrieb Süd
Industriestraße 40
78532 [[L:Tuttlingen]]

BESTELLUNG Nr. 4500-26-0815
Datum: 24.11.2026 · Ihr Angebot AN-26-3391 vom 17.11.2026 · Ihr Zeichen: [[P:Weinzierl]]

Sehr geehrter Herr [[P:Weinzierl]],

zu den Bedingungen Ihres oben genannten Angebots bestellen wir:

Pos. 10: Servo-Getriebemotor KV-SG 80, Übersetzung 1:20, 12 Stück, 684,00 EUR je Stück
Pos. 20: Kupplung KV-K 24, 12 Stück, 58,50 EUR je Stück
Pos. 30: Abnahmeprüfzeugnis 3.1 nach EN 10204, ausgestellt durch den [[O:TÜV SÜD]], pauschal 240,00 EUR

Liefertermin: KW 3/2027, frei Haus. Lieferanschrift abweichend: Lager der [[O:Spedition Haug]], Gewerbegebiet Steinenbühl, 72336 [[L:Balingen]]. Bitte avisieren Sie die Lieferung einen Tag vorher bei Herrn [[P:Emre Kaplan]] von [[O:Haug]].

Rechnungsanschrift: [[O:Gebr. Mühlhauser Feinmechanik GmbH & Co. KG]], Kreditorenbuchhaltung, Anschrift wie oben. Zahlung innerhalb von 30 Tagen netto oder 14 Tagen mit 2 % Skonto.

Es gelten ausschließlich unsere Allgemeinen Einkaufsbedingungen. Bitte senden Sie die Auftragsbestätigung innerhalb von drei Werktagen an einkauf@muehlhauser-fm.de.

Mit freundlichen Grüßen
[[O:Gebr. Mühlhauser Feinmechanik]]
i. A. [[P:Dagmar Ilg]], Einkauf

Sitz [[L:Albstadt]] · Registergericht [[O:Amtsgericht Stuttgart]] HRA 420155 · Persönlich haftende Gesellschafterin: [[O:Mühlhauser Verwaltungs-GmbH]], HRB 411870 · Geschäftsführer: [[P:Anton Mühlhauser]], [[P:Felix Mühlhauser]] · Bankverbindung: [[O:Volksbank Zollernalb eG]]
""")

d("de", "arbeitszeugnis", """
[[O:Brauerei Hirschgarten Wolfratshausen GmbH]]
Personalabteilung · Sauerlacher Straße 9 · 82515 [[L:Wolfratshausen]]

ARBEITSZEUGNIS

Frau [[P:Johanna Steinleitner]], geboren am 8. Mai 1992 in [[L:Bad Tölz]], war vom 1. September 2019 bis zum 31. Oktober 2026 in unserem Unternehmen als Leiterin Export tätig.

Die [[O:Brauerei Hirschgarten]] ist ein Familienbetrieb mit 140 Beschäftigten, der jährlich rund 90.000 Hektoliter braut und in zwölf Länder liefert.

Frau [[P:Steinleitner]] baute den Export nach [[L:Italien]], [[L:Österreich]] und in die [[L:Schweiz]] auf. Sie gewann den Importeur [[O:Birrificio Dolomiti Distribuzione S.r.l.]] in [[L:Bozen]] als Vertriebspartner und handelte mit der [[O:Coop Genossenschaft]] in [[L:Basel]] eine Listung in 180 Filialen aus. Gemeinsam mit der Spedition [[O:Dachser]] führte sie eine Sammelgutlösung für Kleinkunden ein. Auf der Messe in [[L:Nürnberg]] vertrat sie das Haus jedes Jahr souverän.

Sie arbeitete eng mit unserer Hausbank, der [[O:Sparkasse Bad Tölz-Wolfratshausen]], sowie mit der [[O:IHK für München und Oberbayern]] zusammen, etwa bei Ursprungszeugnissen und Exportkreditversicherungen über [[O:Allianz Trade]]. Ihre Berichte an die Geschäftsführung waren stets präzise.

Ihre Leistungen fanden stets unsere volle Anerkennung. Gegenüber Vorgesetzten, Kollegen und Kunden war ihr Verhalten stets einwandfrei.

Frau [[P:Steinleitner]] verlässt uns auf eigenen Wunsch, um eine Stelle bei der [[O:Paulaner Brauerei Gruppe]] in [[L:München]] anzutreten. Wir bedauern dies sehr, danken ihr für die stets sehr guten Leistungen und wünschen ihr für ihre Zukunft alles Gute.

[[L:Wolfratshausen]], 31. Oktober 2026

[[P:Korbinian Hirschberger]]
Geschäftsführer
""")

d("de", "pruefzentren_liste", """
KLINISCHE PRÜFUNG VLT-301 – LISTE DER PRÜFZENTREN (Stand: 1. Dezember 2026)

Titel: Randomisierte, doppelblinde Studie zur Wirksamkeit von Velnafibrat bei Patienten mit chronischer Nierenerkrankung Stadium 3
Sponsor: [[O:Velantis Pharma GmbH]], Tullastraße 70, 79108 [[L:Freiburg im Breisgau]]
Auftragsforschungsinstitut: [[O:Medistat Research GmbH]], [[L:Leipzig]]
Zuständige Bundesoberbehörde: [[O:Bundesinstitut für Arzneimittel und Medizinprodukte]] ([[O:BfArM]]), [[L:Bonn]]

Prüfstelle 01: [[O:Universitätsklinikum Freiburg]], Klinik für Innere Medizin IV – Leiterin der Prüfung: Prof. Dr. med. [[P:Annegret Wolfsteiner]]
Prüfstelle 02: [[O:Charité – Universitätsmedizin Berlin]], Klinik für Nephrologie – Prüfarzt: PD Dr. [[P:Malte Grunwald]]
Prüfstelle 03: [[O:Klinikum rechts der Isar der Technischen Universität München]] – Prüfärztin: Dr. [[P:Veronika Aigner]]
Prüfstelle 04: [[O:Städtisches Klinikum Karlsruhe]] – Prüfarzt: Dr. [[P:Jens-Ole Brüning]]
Prüfstelle 05: [[O:Nephrologisches Zentrum Göttingen]], Gemeinschaftspraxis – Prüfärztin: [[P:Farah Al-Masri]]
Prüfstelle 06: [[O:Kantonsspital St. Gallen]], [[L:Schweiz]] – Prüfarzt: Dr. [[P:Urs Bänziger]]
Prüfstelle 07: [[O:Medizinische Universität Wien]], [[L:Österreich]] – Prüfärztin: Univ.-Prof. [[P:Elisabeth Hofstätter]]

Zentrallabor: [[O:Bioscientia Institut für Medizinische Diagnostik GmbH]], [[L:Ingelheim am Rhein]]
Prüfpräparat: Herstellung und Verblindung bei [[O:Almac Clinical Services]], [[L:Craigavon]], [[L:Nordirland]]; Lagerung und Versand in [[L:Deutschland]] durch [[O:Movianto]]

Änderungen: Prüfstelle 05 ersetzt das [[O:Dialysezentrum Hameln]], das die Teilnahme im September beendet hat; die dort eingeschlossenen vier Patienten werden in [[L:Göttingen]] weiterbehandelt. Die zustimmende Bewertung der Ethik-Kommission der [[O:Albert-Ludwigs-Universität Freiburg]] für die neue Prüfstelle liegt seit dem 18. November vor, das [[O:BfArM]] wurde informiert.

Kontakt: Studienkoordination [[P:Lena Marquardt]], [[O:Medistat]], vlt301@medistat-research.de
""")

d("de", "vergabebekanntmachung", """
BEKANNTMACHUNG ÜBER VERGEBENE AUFTRÄGE

Abschnitt I: Öffentlicher Auftraggeber
[[O:Landkreis Vorpommern-Greifswald]], Feldstraße 85a, 17489 [[L:Greifswald]], [[L:Deutschland]]
Kontaktstelle: Fachdienst Schulverwaltung, [[P:Kerstin Wollenberg]], vergabe@kreis-vg.de

Abschnitt II: Gegenstand
Freigestellter Schülerverkehr für die Schuljahre 2027/28 bis 2030/31, offenes Verfahren, aufgeteilt in drei Lose.

Abschnitt V: Auftragsvergabe
Los 1 – Gebiet des [[O:Amtes Usedom-Süd]]: Eingegangene Angebote: 3. Zuschlag an [[O:Inselbus Usedom GmbH]], [[L:Heringsdorf]]. Auftragswert: 2.410.000 EUR netto.
Los 2 – Stadt [[L:Anklam]] und Umland: Eingegangene Angebote: 2. Zuschlag an [[O:Verkehrsgesellschaft Vorpommern-Greifswald mbH]] ([[O:VVG]]), [[L:Ueckermünde]]. Auftragswert: 3.870.000 EUR netto.
Los 3 – [[L:Pasewalk]] und [[L:Strasburg]]: Eingegangene Angebote: 4. Zuschlag an die Bietergemeinschaft [[O:Reisedienst Krüger]] / [[O:Taxi-Zentrale Pasewalk eG]]; federführendes Mitglied ist [[O:Reisedienst Krüger]], Inhaber [[P:Ronny Krüger]]. Auftragswert: 1.960.000 EUR netto.

Die [[O:VVG]] setzt für Los 2 als Nachunternehmer die [[O:Omnibusbetrieb Lenz GmbH]] aus [[L:Torgelow]] ein. Der Kreistag des [[O:Landkreises Vorpommern-Greifswald]] hatte der Vergabe am 9. November 2026 zugestimmt.

Abschnitt VI: Weitere Angaben
Zuständig für Nachprüfungsverfahren: [[O:Vergabekammer Mecklenburg-Vorpommern]] beim [[O:Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit]], Johannes-Stelling-Straße 14, 19053 [[L:Schwerin]]. Die Verkehrsleistungen wurden zuvor im Rahmen der Nahverkehrsplanung mit dem [[O:Verkehrsverbund Vorpommern]] abgestimmt.

Tag der Absendung dieser Bekanntmachung: 2. Dezember 2026
""")

d("de", "lokalzeitung", """
[[L:WUNSIEDEL]]

Nach 112 Jahren: [[O:Bäckerei Pöhlmann]] übergibt an [[O:Backhaus Fichtelgebirge]]

Von [[P:Sabine Rießner]]

[[L:Wunsiedel]]. Wer am Samstag noch ein Dinkelbrot wollte, musste sich anstellen: Zum letzten Mal verkaufte die [[O:Bäckerei Pöhlmann]] am Marktplatz unter eigenem Namen. Ab Januar führt die [[O:Backhaus Fichtelgebirge GmbH]] aus [[L:Marktredwitz]] das Geschäft weiter; alle sieben Beschäftigten werden übernommen.

Bäckermeister [[P:Gerhard Pöhlmann]], 68, hat keinen Nachfolger in der Familie gefunden. "Unsere Tochter ist Ärztin in [[L:Regensburg]], die kommt nicht mehr zurück", sagt er. Über die [[O:Handwerkskammer für Oberfranken]] habe er zwei Jahre lang gesucht. Den Kontakt zum [[O:Backhaus]] stellte schließlich die [[O:VR Bank Fichtelgebirge-Frankenwald eG]] her, die beide Betriebe als Kunden betreut.

[[O:Backhaus]]-Geschäftsführerin [[P:Tanja Wunderlich]] will das Sortiment kaum ändern. "Die Brezen bleiben, wie sie sind", verspricht sie. Die Rezepte hat sie gekauft, den Namen [[O:Pöhlmann]] darf sie zwei Jahre lang weiter am Schaufenster führen.

Erster Bürgermeister [[P:Florian Reichenbach]] ([[O:SPD]]) sprach von einem "guten Tag für die Innenstadt". Das [[O:Landratsamt Wunsiedel im Fichtelgebirge]] hatte den Umbau der Backstube schnell genehmigt. Auch die [[O:Agentur für Arbeit Bayreuth-Hof]] war eingebunden, weil zwei Auszubildende ihren Vertrag wechseln mussten.

Die Familie [[P:Pöhlmann]] lädt am 20. Dezember ab 15 Uhr zu Kaffee und Stollen in den Laden ein. Der Erlös geht an die [[O:Tafel Wunsiedel]] und an den [[O:Kindergarten St. Veit]].
""")

d("de", "vereinsnachrichten", """
[[O:TSV EINTRACHT HOHENLIMBURG 1908 E.V.]] – ABTEILUNG HANDBALL
Vereinsnachrichten Dezember 2026

Ergebnisse

Herren 1, Verbandsliga: [[O:TSV Eintracht Hohenlimburg]] – [[O:HSG Letmathe-Oestrich]] 27:24
Vor 420 Zuschauern in der Halle am Kirchenberg drehte die [[O:Eintracht]] einen Vier-Tore-Rückstand. Beste Werfer: [[P:Nils Bröcker]] (8), [[P:Kevin Ostermann]] (6). Für [[O:Letmathe]] traf [[P:Timo Schwenke]] neunmal.

Damen 1, Landesliga: [[O:SG Iserlohn-Sümmern]] – [[O:TSV Eintracht Hohenlimburg]] 22:22
[[P:Lea Kämper]] rettete mit dem Schlusspfiff das Remis.

A-Jugend: [[O:TSV Eintracht]] – [[O:VfL Eintracht Hagen]] 31:29 – das Derby geht an uns! Trainer [[P:Dirk Althoff]] war "stolz wie Bolle".

Aus dem Verband
Der [[O:Handballverband Westfalen]] ([[O:HVW]]) hat die Spielwertung aus dem Oktober bestätigt: Das Spiel gegen [[O:Letmathe]] wird nicht wiederholt. Der Einspruch der [[O:HSG]] war erfolglos. Die nächsten Schiedsrichterlehrgänge des [[O:HVW]] finden in [[L:Kamen-Kaiserau]] statt.

Danke an unsere Sponsoren
Ohne sie gäbe es keine Jugendarbeit: [[O:Autohaus Brinkhoff]] (neue Trikots der A-Jugend), [[O:Elektro Kämper GmbH]], die [[O:Sparkasse an Volme und Ruhr]], [[O:Enervie]], [[O:Pizzeria Da Nino]], die [[O:Physiopraxis Nahmertal]] von [[P:Sandra Grothe]] und die [[O:Glückauf-Apotheke]]. Neu dabei ist [[O:Lennetal Logistik]], deren Geschäftsführer [[P:Marco Ilić]] selbst zwanzig Jahre für die [[O:Eintracht]] gespielt hat.

Termine
Weihnachtsfeier der Abteilung am 19.12. im Vereinsheim, Anmeldung bei [[P:Birgit Schwerte]]. Ab Januar trainieren die Minis zusätzlich in der Sporthalle der [[O:Grundschule Elsey]] in [[L:Hagen]].
""")

d("de", "energieversorger_brief", """
[[O:VOLTERRA ENERGIE]]
eine Marke der [[O:Nordhavn Energiehandel GmbH]] · Große Elbstraße 145 · 22767 [[L:Hamburg]]

Herrn
[[P:Jürgen Pahlke]]
Lindenweg 4
19230 [[L:Hagenow]]

Kundennummer 7700-413-228 · Zählernummer 1ESY1160523401

Ihr Wechsel zu [[O:Volterra]] – Bestätigung des Lieferbeginns

Sehr geehrter Herr [[P:Pahlke]],

herzlich willkommen! Wir beliefern Ihre Wohnung ab dem 1. Januar 2027 mit Ökostrom aus Wind- und Wasserkraft. Die Kündigung bei Ihrem bisherigen Lieferanten, der [[O:Stadtwerke Hagenow GmbH]], haben wir fristgerecht zum 31. Dezember 2026 vorgenommen; die [[O:Stadtwerke Hagenow]] haben sie am 28. November bestätigt und schicken Ihnen die Schlussrechnung direkt.

Zuständiger Netzbetreiber bleibt die [[O:WEMAG Netz GmbH]] in [[L:Schwerin]]. Sie liest Ihren Zähler zum Lieferbeginn ab oder bittet Sie um den Zählerstand. Die Netzentgelte, die die [[O:WEMAG Netz]] berechnet, sind in unserem Arbeitspreis enthalten.

Ihr Tarif: Klarstrom 12, Arbeitspreis 28,90 ct/kWh, Grundpreis 11,50 EUR im Monat, Preisgarantie bis 31.12.2027. Die Abschläge von 64 EUR buchen wir am 5. jedes Monats von Ihrem Konto bei der [[O:Sparkasse Mecklenburg-Schwerin]] ab.

Den Strom kaufen wir über die [[O:European Energy Exchange AG]] ([[O:EEX]]) in [[L:Leipzig]] und direkt bei Windparks in [[L:Schleswig-Holstein]] und [[L:Dänemark]]; die Herkunftsnachweise werden im Register des [[O:Umweltbundesamtes]] entwertet.

Wenn Sie mit uns nicht zufrieden sind, erreichen Sie unseren Kundenservice unter 040 8090 1200. Kommen wir nicht zu einer Lösung, können Sie sich an die [[O:Schlichtungsstelle Energie e.V.]] in [[L:Berlin]] oder an den Verbraucherservice der [[O:Bundesnetzagentur]] wenden.

Mit freundlichen Grüßen

[[P:Annika Feddersen]]
Kundenbetreuung [[O:Volterra Energie]]

[[O:Nordhavn Energiehandel GmbH]] · Sitz [[L:Hamburg]] · [[O:Amtsgericht Hamburg]] HRB 160442 · Geschäftsführung: [[P:Lars-Ole Thygesen]], [[P:Miriam Oetken]]
""")

d("de", "elternbrief", """
[[O:Theodor-Heuss-Gymnasium Radolfzell]]
Schulleitung · Markelfinger Straße 50 · 78315 [[L:Radolfzell am Bodensee]]

An die Eltern der Klassen 10a, 10b und 10c

Studienfahrt nach [[L:Berlin]] vom 15. bis 19. März 2027

Liebe Eltern,

wie auf dem Elternabend angekündigt, fahren unsere zehnten Klassen im März nach [[L:Berlin]]. Die Hinfahrt erfolgt mit der [[O:Deutschen Bahn]] ab [[L:Singen]], die Rückfahrt mit einem Reisebus der [[O:Reisen Schwarzwald-Baar GmbH]] aus [[L:Villingen-Schwenningen]]. Wir übernachten in der [[O:Jugendherberge Berlin Ostkreuz]].

Auf dem Programm stehen ein Besuch des [[O:Deutschen Bundestages]] auf Einladung des Abgeordneten [[P:Andreas Wehinger]], eine Führung in der Gedenkstätte Berliner Mauer, ein Workshop bei der [[O:Bundeszentrale für politische Bildung]] ([[O:bpb]]) und ein Abend im [[O:Grips-Theater]].

Kosten: 385 Euro je Schülerin oder Schüler. Der [[O:Förderverein des Theodor-Heuss-Gymnasiums e.V.]] gibt einen Zuschuss von 40 Euro pro Kind; Familien, die Leistungen aus dem Bildungspaket erhalten, stellen bitte rechtzeitig einen Antrag beim [[O:Jobcenter Landkreis Konstanz]] oder bei der Wohngeldstelle der [[O:Stadt Radolfzell]]. Die Schülerinnen und Schüler sind während der Fahrt über den [[O:Badischen Gemeinde-Versicherungs-Verband]] ([[O:BGV]]) unfallversichert; eine private Reiserücktrittsversicherung empfehlen wir trotzdem.

Bitte überweisen Sie den Betrag bis zum 15. Januar an die Schule, Konto bei der [[O:Sparkasse Hegau-Bodensee]], Verwendungszweck "Studienfahrt 10" und Name des Kindes. Begleitet wird die Fahrt von Frau [[P:Kathrin Eggensperger]], Herrn [[P:Yusuf Demir]] und Frau [[P:Ines Haller]].

Für Rückfragen stehen die Klassenleitungen und unsere Sekretärin Frau [[P:Rosemarie Gnädinger]] gern zur Verfügung.

Mit freundlichen Grüßen

[[P:Wolfgang Schienle]]
Schulleiter
""")

d("de", "notarschreiben", """
DR. [[P:HENRIKE BALZEREIT]]
NOTARIN IN [[L:ELMSHORN]]
Königstraße 22 · 25335 [[L:Elmshorn]]

Einschreiben
Eheleute
[[P:Ole Brandt]] und [[P:Svenja Brandt]]
Am Krückaupark 9
25337 [[L:Elmshorn]]

UR-Nr. 1422/2026 – Grundstückskaufvertrag vom 12. November 2026
Verkäuferin: [[O:Gerdes & Timm Projektbau GmbH]]

Sehr geehrte Frau [[P:Brandt]], sehr geehrter Herr [[P:Brandt]],

in der oben genannten Angelegenheit teile ich Ihnen den Stand der Vertragsabwicklung mit.

1. Die Auflassungsvormerkung zu Ihren Gunsten wurde am 26. November 2026 vom Grundbuchamt des [[O:Amtsgerichts Elmshorn]] im Grundbuch von [[L:Elmshorn]], Blatt 8841, eingetragen.

2. Die [[O:Stadt Elmshorn]] hat mit Schreiben vom 20. November erklärt, dass ihr ein Vorkaufsrecht nicht zusteht.

3. Die Löschungsbewilligung der bisherigen Gläubigerin der Verkäuferin, der [[O:Volksbank Raiffeisenbank eG, Itzehoe]], liegt mir vor. Die Grundschuld zugunsten Ihrer finanzierenden Bank, der [[O:Hamburger Sparkasse AG]] ([[O:Haspa]]), wurde ebenfalls beurkundet; die [[O:Haspa]] hat die Auszahlung für den 15. Dezember zugesagt.

4. Die Unbedenklichkeitsbescheinigung des [[O:Finanzamts Elmshorn]] steht noch aus. Sie wird erteilt, sobald die Grunderwerbsteuer bezahlt ist.

Ich bestätige Ihnen hiermit die Fälligkeit des Kaufpreises von 412.000 EUR. Bitte zahlen Sie ihn bis zum 18. Dezember 2026 auf das im Vertrag genannte Konto der [[O:Gerdes & Timm Projektbau]]. Die Maklerprovision an die [[O:Gerdes & Timm Immobilien OHG]] ist davon getrennt und unmittelbar an diese zu leisten.

Für Fragen steht Ihnen meine Mitarbeiterin Frau [[P:Petra Hinsch]] unter 04121 4790-12 zur Verfügung.

Mit freundlichen Grüßen

[[P:Henrike Balzereit]]
Notarin
""")

d("de", "haendlerverzeichnis", """
[[O:ALPENRAD]] – UNSERE FACHHÄNDLER IN [[L:ÖSTERREICH]] UND [[L:SÜDTIROL]]

E-Bikes von [[O:Alpenrad]] erhalten Sie nur im Fachhandel. Alle unten genannten Partner bieten Probefahrten, Inspektionen und Garantieabwicklung an. Die Motoren und Akkus werden über den Händler direkt mit der [[O:Robert Bosch GmbH]] abgewickelt.

[[L:Tirol]]
[[O:Radsport Egger]], Amraser Straße 61, 6020 [[L:Innsbruck]] – Premium-Partner, Verleih
[[O:Bike & Outdoor Moser GmbH]], 6460 [[L:Imst]]
[[O:Zweirad Hörtnagl]], 6130 [[L:Schwaz]] – neu seit Oktober

[[L:Salzburg]]
[[O:Velo-Zentrum Pinzgau KG]], 5700 [[L:Zell am See]]
[[O:Fahrrad Aichhorn]], 5020 [[L:Salzburg]] – Werkstatt auch samstags

[[L:Oberösterreich]]
[[O:Zweirad Huber KG]], 4600 [[L:Wels]]
[[O:2Rad-Profis Steyr]], 4400 [[L:Steyr]]

[[L:Wien]]
[[O:Stadtrad Wien OG]], 1070 [[L:Wien]] – Leasing-Stützpunkt

[[L:Südtirol]]
[[O:Velo-Werkstatt Mair OHG]], 39031 [[L:Bruneck]]
[[O:Ciclo Lanz & Figli S.n.c.]], 39100 [[L:Bozen]]

Dienstrad-Leasing
Über [[O:JobRad]] und die [[O:Bikeleasing-Service GmbH & Co. KG]] können Sie ein [[O:Alpenrad]] über Ihren Arbeitgeber leasen. In [[L:Österreich]] arbeiten wir außerdem mit [[O:Raiffeisen-Leasing GmbH]] zusammen.

Hinweis
[[O:Sportler AG]] aus [[L:Bozen]] führt ab 2027 ausgewählte Modelle, ist aber kein Servicepartner. Den Stützpunkt in [[L:Kufstein]] hat [[O:Radsport Egger]] Ende September übernommen, nachdem [[O:Fahrradhaus Unterberger]] geschlossen hat.

Sie möchten Händler werden? Schreiben Sie an [[P:Matthias Gruber]], Vertriebsleiter [[O:Alpenrad Vertriebs GmbH]], [[L:Kramsach]], haendler@alpenrad.example.
""")

# ---------------------------------------------------------------- French
d("fr", "politique_cookies", """
POLITIQUE DE GESTION DES COOKIES – [[O:MAISON VERGNAUD]]

Le site maisonvergnaud.fr est édité par [[O:Maison Vergnaud SARL]], fromager-affineur, 14 rue des Halles, 15000 [[L:Aurillac]], [[L:France]]. Responsable du traitement : [[P:Aurélie Vergnaud]], gérante.

1. Cookies nécessaires au fonctionnement du site
Ils ne demandent pas votre consentement : panier, connexion à votre compte, sécurité du paiement. Le paiement est opéré par [[O:Stripe Payments Europe Limited]], [[L:Dublin]], [[L:Irlande]]. Le suivi des colis est affiché grâce à un module de [[O:La Poste]].

2. Cookies de mesure d'audience
- [[O:Contentsquare SAS]], [[L:Paris]] : analyse des parcours sur le site, données conservées 13 mois ;
- [[O:Google Ireland Limited]] : statistiques de fréquentation, uniquement si vous l'acceptez.

3. Cookies publicitaires et de réseaux sociaux
- [[O:Meta Platforms Ireland Limited]] : mesure de nos campagnes sur ses réseaux ;
- [[O:Criteo SA]], [[L:Paris]] : reciblage publicitaire ;
- [[O:Pinterest Europe Limited]] : boutons de partage.

4. Tests et personnalisation
[[O:AB Tasty]] nous permet de tester deux versions d'une même page. La société [[O:AB Tasty SAS]] agit en qualité de sous-traitant.

5. Gestion de votre consentement
Votre choix est enregistré par notre plateforme de gestion du consentement, [[O:Axeptio]], éditée par la société [[O:Agilitation SAS]] à [[L:Montpellier]], pendant six mois. Vous pouvez le modifier à tout moment en cliquant sur le petit cookie en bas de page.

Jusqu'en juin 2026, nous utilisions aussi [[O:Tagrelay]] pour regrouper nos balises ; ce prestataire a été abandonné et ses cookies supprimés.

Pour toute question, écrivez à donnees@maisonvergnaud.fr. Vous pouvez aussi adresser une réclamation à la [[O:Commission nationale de l'informatique et des libertés]] ([[O:CNIL]]), 3 place de Fontenoy, 75007 [[L:Paris]]. Les recommandations de la [[O:CNIL]] sur les cookies ont guidé la rédaction de cette page.

Dernière mise à jour : 1er décembre 2026.
""")

d("fr", "notice_confidentialite", """
NOTICE D'INFORMATION SUR LA PROTECTION DES DONNÉES
[[O:Mutuelle des Trois Vallées]] – mutuelle régie par le livre II du code de la mutualité, siège à [[L:Moûtiers]] ([[L:Savoie]])

À qui transmettons-nous vos données ?

Vos données de santé et vos coordonnées ne sont communiquées qu'aux destinataires suivants, et seulement pour ce qui les concerne :

a) la [[O:caisse primaire d'assurance maladie de la Savoie]], pour les échanges de remboursements (télétransmission « Noémie ») ;
b) [[O:Almerys]] et [[O:Viamedis]], opérateurs de tiers payant, pour que vous n'ayez pas à avancer vos frais chez le pharmacien ;
c) notre délégataire de gestion pour les contrats collectifs, [[O:Gestalp Courtage SAS]], [[L:Albertville]] ;
d) notre réassureur, [[O:SCOR SE]], [[L:Paris]], pour les seules garanties de prévoyance ;
e) notre hébergeur agréé de données de santé, [[O:OVHcloud]], dont les serveurs sont situés à [[L:Roubaix]] et [[L:Gravelines]] ;
f) le réseau de soins [[O:Kalixia]], lorsque vous choisissez un opticien partenaire ;
g) notre commissaire aux comptes, le cabinet [[O:Bouvard Perrier Audit]] ;
h) l'[[O:Autorité de contrôle prudentiel et de résolution]] ([[O:ACPR]]), qui nous contrôle, et les autres autorités lorsque la loi l'impose.

Aucune donnée n'est vendue. [[O:Kalixia]] et [[O:Almerys]] ne peuvent pas utiliser vos données à des fins commerciales.

Transferts hors d'[[L:Europe]] : aucun, sauf pour l'assistance à l'étranger, confiée à [[O:Mutuaide Assistance]], qui peut contacter un hôpital au [[L:Maroc]] ou au [[L:Canada]] si vous y tombez malade.

Vos droits : adressez-vous à notre déléguée à la protection des données, Mme [[P:Coralie Bozon]], [[O:Mutuelle des Trois Vallées]], BP 41, 73600 [[L:Moûtiers]], ou à dpo@m3v.fr. En cas de désaccord, vous pouvez saisir le médiateur de la [[O:Mutualité Française]] ou la [[O:CNIL]].
""")

d("fr", "fiche_fournisseur", """
FICHE DE RÉFÉRENCEMENT FOURNISSEUR
[[O:RÉSEAU ÉPICERIE VERTE]] – Direction des achats, [[L:Besançon]]

1. Identification
Raison sociale : [[O:Fromagerie Coopérative du Haut-Doubs]]
Forme juridique : société coopérative agricole
Nom commercial : [[O:Les Fruitiers de Mouthe]]
SIRET : 778 412 905 00018
Siège : 3 route de Chapelle-des-Bois, 25240 [[L:Mouthe]], [[L:Doubs]]
Président du conseil d'administration : [[P:Jean-Baptiste Cuenot]]
Interlocutrice commerciale : [[P:Maëlle Vuillemin]], 03 81 69 22 14

2. Informations financières
Banque : [[O:Crédit Agricole Franche-Comté]], agence de [[L:Pontarlier]]
Expert-comptable : [[O:Cabinet Jeunet-Bouveret]]
Assureur responsabilité civile : [[O:Groupama Grand Est]]

3. Qualité
Label AOP comté ; certification bio délivrée par [[O:Ecocert France]]. Dernier audit IFS réalisé en avril 2026 par [[O:Bureau Veritas]]. Analyses confiées au laboratoire [[O:Lidal]] à [[L:Poligny]].

4. Logistique
Transporteur habituel : [[O:Transports Mougin & Fils]], [[L:Frasne]]. Livraison sur nos plates-formes de [[L:Besançon]] et de [[L:Dijon]] deux fois par semaine.

5. Références
[[O:Fromageries Marcel Petite]] (affinage d'une partie des meules), [[O:Biocoop]], [[O:La Vie Claire]].

6. Engagement
Le fournisseur déclare ne pas être en procédure collective et accepte la charte éthique du [[O:Réseau Épicerie Verte]]. [[O:Les Fruitiers de Mouthe]] s'engagent à prévenir l'acheteur de tout changement d'actionnariat ou de transporteur.

Visa de l'acheteur : [[P:Nadia Berthet]], 20 novembre 2026
Visa du fournisseur : [[P:Jean-Baptiste Cuenot]]
""")

d("fr", "extrait_kbis", """
GREFFE DU [[O:TRIBUNAL DE COMMERCE DE LYON]]

EXTRAIT D'IMMATRICULATION PRINCIPALE AU R.C.S. (EXTRAIT KBIS)
à jour au 3 décembre 2026

IDENTIFICATION DE LA PERSONNE MORALE
Immatriculation au RCS, numéro : 812 334 907 R.C.S. [[L:Lyon]]
Date d'immatriculation : 14/09/2015
Dénomination ou raison sociale : [[O:Solvéa Ingénierie]]
Forme juridique : société par actions simplifiée
Capital social : 420 000,00 euros
Adresse du siège : 58 cours Émile-Zola, 69100 [[L:Villeurbanne]]
Activités principales : bureau d'études en génie thermique et fluides, maîtrise d'œuvre

GESTION, DIRECTION, ADMINISTRATION, CONTRÔLE
Président : [[O:Holding Ferrandi SAS]], 29 rue Servient, 69003 [[L:Lyon]], représentée par [[P:Paul-Antoine Ferrandi]]
Directeur général : [[P:Ségolène Marchetti]], née le 7 février 1981 à [[L:Ajaccio]]
Commissaire aux comptes titulaire : [[O:Rivoire Audit & Conseil]], [[L:Écully]]

RENSEIGNEMENTS RELATIFS À L'ACTIVITÉ ET À L'ÉTABLISSEMENT PRINCIPAL
Nom commercial : [[O:Solvéa]]
Origine du fonds : création

ÉTABLISSEMENT SECONDAIRE
Adresse : 12 rue Général-Mangin, 38000 [[L:Grenoble]] – immatriculé au greffe du [[O:tribunal de commerce de Grenoble]]

MENTIONS
Fusion-absorption de la société [[O:Thermiq Rhône SARL]] ([[L:Vénissieux]]), décidée le 30/06/2025, avec effet rétroactif au 01/01/2025. Dissolution sans liquidation de [[O:Thermiq Rhône]].
Cession de 35 % du capital à [[O:Rhône-Alpes PME Croissance]], fonds géré par [[O:Siparex]], déclarée au registre des bénéficiaires effectifs le 12/10/2026.

Le greffier du [[O:tribunal de commerce de Lyon]]
Extrait délivré par infogreffe.fr – valeur probante jusqu'au 3 mars 2027
""")

d("fr", "communique_levee_fonds", """
COMMUNIQUÉ DE PRESSE

[[O:HÉLIOSCOPE]] LÈVE 18 MILLIONS D'EUROS POUR SURVEILLER LES CENTRALES SOLAIRES PAR DRONE

[[L:Nantes]], le 25 novembre 2026 – [[O:Hélioscope]], jeune entreprise nantaise qui inspecte les parcs photovoltaïques à l'aide de drones et d'intelligence artificielle, annonce une levée de fonds de série B de 18 millions d'euros. Le tour est mené par [[O:Demeter Investment Managers]], avec la participation de [[O:Bpifrance]], via son fonds [[O:Ecotechnologies]], du fonds régional [[O:Ouest Croissance]] et de [[O:Go Capital]], actionnaire historique.

Fondée en 2019 par [[P:Clémence Le Goff]] et [[P:Yanis Belkacem]], anciens ingénieurs d'[[O:Airbus]] à [[L:Saint-Nazaire]], la société emploie 85 personnes. Elle compte parmi ses clients [[O:EDF Renouvelables]], [[O:Engie]], [[O:Neoen]] et l'exploitant espagnol [[O:Solaria Energía y Medio Ambiente S.A.]]

Les fonds serviront à ouvrir une filiale en [[L:Espagne]], [[O:Hélioscope Ibérica S.L.]], basée à [[L:Séville]], et à recruter 40 personnes, dont la moitié en [[L:Pays de la Loire]]. « Le marché espagnol est aujourd'hui le plus dynamique d'[[L:Europe du Sud]], et nos clients nous y attendaient », explique [[P:Clémence Le Goff]], présidente d'[[O:Hélioscope]].

Pour [[P:Stéphane Guérin-Ruiz]], associé chez [[O:Demeter]] : « [[O:Hélioscope]] a démontré qu'on pouvait réduire de moitié le coût d'une inspection. Nous sommes fiers d'accompagner [[P:Clémence]] et [[P:Yanis]]. »

La [[O:Région Pays de la Loire]] avait soutenu l'entreprise dès 2020 par une avance remboursable. Le pôle de compétitivité [[O:S2E2]] a labellisé son projet de recherche avec un laboratoire de [[O:Nantes Université]].

Conseils de l'opération : [[O:Fidal]] (juridique, pour [[O:Hélioscope]]), [[O:Jeausserand Audouard]] (pour les investisseurs), [[O:Aelios Finance]] (conseil financier).

Contact presse : [[P:Morgane Tessier]], agence [[O:Mots & Merveilles]], presse@motsetmerveilles.fr, 02 40 12 34 56
""")

d("fr", "facture", """
[[O:MENUISERIE LEBRETON & FILS]]
SARL au capital de 30 000 € – 14 ZA de Kerlann, 56000 [[L:Vannes]]
SIRET 412 908 331 00025 – TVA FR 27 412908331

FACTURE N° 2026-1187
Date : 30 novembre 2026 – Échéance : 30 décembre 2026

Client :
[[O:Syndicat des copropriétaires de la résidence Les Tilleuls]]
représenté par son syndic, [[O:Foncia Bretagne Sud]]
à l'attention de Mme [[P:Gwenaëlle Le Bihan]], gestionnaire
8 place de la Libération, 56000 [[L:Vannes]]

Référence chantier : remplacement des portes palières, bâtiments A et B
Bon de commande : [[O:Foncia]] n° FBS-26-4421 du 3 septembre 2026

Désignation / quantité / montant HT
Portes palières bois massif EI30, fournies par [[O:Malerba]] / 24 / 14 160,00 €
Pose et réglage, serrures 3 points [[O:Bricard]] / 24 / 4 320,00 €
Évacuation des anciennes portes vers la déchetterie de [[O:Golfe du Morbihan – Vannes agglomération]] / forfait / 380,00 €

Total HT : 18 860,00 €
TVA 10 % : 1 886,00 €
Total TTC : 20 746,00 €

Acompte reçu le 15 septembre : 6 000,00 €
Reste à payer : 14 746,00 €

Règlement par virement au [[O:Crédit Mutuel de Bretagne]], agence de [[L:Vannes]] Saint-Patern, IBAN FR76 1558 9569 0100 0412 9083 312.

Conformément à l'autorisation de travaux délivrée par la [[O:mairie de Vannes]], les portes sont certifiées coupe-feu ; le procès-verbal d'essai du [[O:CSTB]] est joint à la présente facture.

Pénalités de retard : trois fois le taux d'intérêt légal. Indemnité forfaitaire pour frais de recouvrement : 40 €.

Contact : [[P:Yann Lebreton]], 06 12 48 90 33
""")

d("fr", "instructions_transitaire", """
[[O:VIGNOBLES DARRIEUTORT & ASSOCIÉS]]
Château Haut-Brisson – 33250 [[L:Pauillac]]

À : [[O:Garonne Fret SAS]], service export, [[L:Bordeaux]]
À l'attention de M. [[P:Thibault Lassègue]]
Objet : instructions d'expédition – commande LWI-2026-77

Monsieur,

Nous vous prions de bien vouloir organiser l'expédition suivante.

Expéditeur : [[O:Vignobles Darrieutort & Associés]], [[L:Pauillac]], [[L:France]]
Destinataire : [[O:Lotus Wine Imports Pte. Ltd.]], 51 Amoy Street, [[L:Singapour]]
Partie à notifier : [[O:Straits Customs Services]], [[L:Singapour]]

Marchandise : 1 860 caisses de 6 bouteilles, vins rouges d'appellation communale et régionale, 17 palettes, poids brut 16 240 kg. Température dirigée souhaitée (conteneur reefer réglé à 14 °C).

Acheminement : enlèvement au chai le 9 décembre par les [[O:Transports Dupouy]], pré-acheminement vers [[L:Le Havre]], puis embarquement sur un navire de la compagnie [[O:CMA CGM]] à destination de [[L:Singapour]]. Transbordement à [[L:Port-Saïd]] accepté.

Incoterm : CIP [[L:Singapour]]. Assurance ad valorem, 110 % de la valeur facturée, auprès d'[[O:Hiscox]] sur notre police d'abonnement.

Documents demandés :
– connaissement maritime en trois originaux, à l'ordre de la [[O:DBS Bank]], banque de l'acheteur ;
– certificat d'origine visé par la [[O:CCI Bordeaux Gironde]] ;
– document d'accompagnement électronique validé par la [[O:Direction générale des douanes et droits indirects]] ([[O:DGDDI]]).

Le dédouanement export sera effectué par vos soins au bureau de [[L:Bordeaux]]. Merci de transmettre la réservation à [[P:Mei Ling Tan]], chez [[O:Lotus Wine Imports]], et de nous indiquer le nom du navire dès confirmation par [[O:CMA CGM]].

Veuillez agréer, Monsieur, nos salutations distinguées.

[[P:Hélène Darrieutort]]
Responsable export
""")

d("fr", "cv", """
[[P:CAMILLE NGOMA-LAURENT]]
Chargée de projets supply chain
[[L:Lille]] – camille.ngoma@courriel.example – 06 71 20 44 18

EXPÉRIENCE PROFESSIONNELLE

Depuis 2023 – Cheffe de projet approvisionnement, [[O:Decathlon]], siège de [[L:Villeneuve-d'Ascq]]
Pilotage de la transition des fournisseurs textiles d'[[L:Asie]] vers le [[L:Portugal]] et le [[L:Maroc]] ; coordination avec le transporteur [[O:Geodis]] et l'entrepôt [[O:ID Logistics]] de [[L:Dourges]].

2020-2023 – Analyste flux, [[O:Kiabi Europe]], [[L:Hem]]
Mise en place d'un outil de prévision avec la start-up lilloise [[O:Datafrise]] ; réduction de 12 % des ruptures.

2019 – Stage de fin d'études (6 mois), [[O:Leroy Merlin]], direction logistique, [[L:Lezennes]]

EXPÉRIENCE INTERNATIONALE
2017-2018 – Semestre d'échange à l'[[O:Universidad de Deusto]], [[L:Bilbao]], [[L:Espagne]], programme Erasmus+
2018 – Stage de 3 mois chez [[O:Maersk]] à [[L:Rotterdam]]

FORMATION
2016-2019 – Programme Grande École, [[O:IÉSEG School of Management]], [[L:Lille]]
2014-2016 – Classe préparatoire ECG, [[O:Lycée Faidherbe]], [[L:Lille]]
2014 – Baccalauréat scientifique, mention très bien, [[O:Lycée Gaston-Berger]]

ENGAGEMENTS
Bénévole aux [[O:Restos du Cœur]] de [[L:Roubaix]] depuis 2020 ; trésorière de l'association sportive [[O:Lille Université Club]] ([[O:LUC]]), section volley.

LANGUES ET OUTILS
Anglais courant (TOEIC 950), espagnol courant, lingala notions. SAP, Power BI, Python.

RÉFÉRENCES
[[P:Olivier Degrave]], responsable approvisionnement, [[O:Decathlon]]
[[P:Sophie Vanlerberghe]], professeure de logistique, [[O:IÉSEG]]
""")

d("fr", "lettre_recommandation", """
[[O:Université Clermont Auvergne]]
Institut Pascal – UMR 6602
4 avenue Blaise-Pascal, 63178 [[L:Aubière]]

[[L:Clermont-Ferrand]], le 4 décembre 2026

À l'attention du comité de sélection doctorale
[[O:École polytechnique fédérale de Lausanne]] ([[O:EPFL]])
[[L:Lausanne]], [[L:Suisse]]

Objet : lettre de recommandation en faveur de M. [[P:Anselme Kaboré]]

Madame, Monsieur,

J'ai le plaisir de recommander sans réserve M. [[P:Anselme Kaboré]], qui a effectué sous ma direction son stage de master 2 au sein de notre laboratoire, unité mixte de l'[[O:Université Clermont Auvergne]], du [[O:CNRS]] et de [[O:Clermont Auvergne INP]].

Son sujet, la modélisation de l'usure des bandes de roulement, était mené en partenariat avec la [[O:Manufacture française des pneumatiques Michelin]]. [[P:Anselme]] a passé deux mois sur le site de [[O:Michelin]] à [[L:Ladoux]], où il a travaillé avec M. [[P:Frédéric Aubignat]] et son équipe ; ceux-ci m'ont signalé la qualité de son code et sa rigueur dans les essais. Ses résultats feront l'objet d'une communication que nous présenterons ensemble au congrès de l'[[O:Association française de mécanique]] l'an prochain.

Avant de nous rejoindre, M. [[P:Kaboré]] a obtenu sa licence à l'[[O:Université Joseph Ki-Zerbo]] de [[L:Ouagadougou]], au [[L:Burkina Faso]], puis une bourse d'excellence de l'[[O:Agence universitaire de la Francophonie]] ([[O:AUF]]) pour son master. Il a également effectué un court stage chez [[O:Limagrain]], à [[L:Chappes]], en analyse de données agronomiques.

Je le classe parmi les trois meilleurs étudiants que j'ai encadrés en quinze ans. Le projet de thèse qu'il propose au laboratoire de mécanique des matériaux de l'[[O:EPFL]], sous la direction du professeur [[P:Rahel Zimmerli]], me paraît parfaitement adapté à son profil.

Je reste à votre disposition pour tout renseignement complémentaire.

Pr [[P:Isabelle Chanteloube]]
Professeure des universités, [[O:Université Clermont Auvergne]]
isabelle.chanteloube@uca.example.fr
""")

d("fr", "avis_attribution", """
AVIS D'ATTRIBUTION DE MARCHÉ PUBLIC

Section I : Pouvoir adjudicateur
[[O:Communauté d'agglomération du Pays Basque]], 15 avenue du Maréchal-Foch, 64100 [[L:Bayonne]], [[L:France]]
Personne à contacter : [[P:Maialen Etcheverry]], direction de la commande publique

Section II : Objet du marché
Entretien et nettoyage des locaux des pôles territoriaux et des équipements communautaires, accord-cadre à bons de commande d'une durée de quatre ans. Procédure : appel d'offres ouvert.

Section IV : Attribution
Lot n° 1 – Pôles de [[L:Bayonne]], [[L:Anglet]] et [[L:Biarritz]] : 7 offres reçues. Attributaire : [[O:Onet Propreté et Services]], agence de [[L:Bayonne]]. Montant maximum : 1 920 000 € HT.
Lot n° 2 – Pôles de l'intérieur ([[L:Hasparren]], [[L:Saint-Palais]], [[L:Mauléon-Licharre]]) : 4 offres reçues. Attributaire : [[O:Garbi Nettoyage SARL]], [[L:Cambo-les-Bains]]. Montant maximum : 860 000 € HT.
Lot n° 3 – Lot réservé aux structures d'insertion (vitrerie) : 2 offres reçues. Attributaire : [[O:ESAT Les Ateliers de l'Adour]], [[L:Bayonne]], géré par l'association [[O:Atherbea]].

[[O:Garbi Nettoyage]] a déclaré sous-traiter la vitrerie en hauteur à [[O:Cordiste Sud-Ouest EURL]].

Section VI : Renseignements complémentaires
Le titulaire sortant du lot n° 1, [[O:Elior Services]], n'a pas présenté d'offre. L'attribution a été approuvée par le bureau communautaire du 24 novembre 2026 et transmise au contrôle de légalité de la [[O:préfecture des Pyrénées-Atlantiques]].

Instance chargée des procédures de recours : [[O:tribunal administratif de Pau]], 50 cours Lyautey, 64010 [[L:Pau]]. Les renseignements sur l'introduction des recours peuvent être obtenus auprès du greffe du même tribunal.

Date d'envoi du présent avis : 2 décembre 2026
""")

d("fr", "presse_locale", """
[[L:SAINT-BRIEUC]]

L'usine de carrelage [[O:BCI]] reprise par un groupe italien

Par [[P:Erwan Quéré]]

Soulagement à [[L:Ploufragan]]. Le [[O:tribunal de commerce de Saint-Brieuc]] a retenu mardi l'offre du groupe italien [[O:Ceramiche Valfonda S.p.A.]] pour reprendre [[O:Bretagne Céramique Industrie]] ([[O:BCI]]), en redressement judiciaire depuis juin. Sur les 142 salariés, 118 conservent leur emploi.

[[O:Valfonda]], basé à [[L:Sassuolo]], en [[L:Émilie-Romagne]], fabrique déjà 30 millions de mètres carrés de carreaux par an. Son directeur général, [[P:Lorenzo Bertacchini]], a promis d'investir 9 millions d'euros dans un nouveau four. « [[O:BCI]] a un savoir-faire unique sur les grands formats », a-t-il déclaré à la sortie de l'audience.

L'autre candidat, le fonds [[O:Armor Redéploiement]], ne reprenait que 70 personnes. Les représentants de la [[O:CFDT]] et de la [[O:CGT]] avaient tous deux soutenu l'offre italienne. « On aurait préféré zéro licenciement, mais c'est la moins mauvaise solution », estime [[P:Soizic Le Floch]], déléguée [[O:CFDT]].

La [[O:région Bretagne]] et [[O:Saint-Brieuc Armor Agglomération]] accompagneront le projet par une aide de 1,5 million d'euros. Le maire de [[L:Ploufragan]], [[P:Loïc Guéguen]], s'est dit « soulagé pour les familles ». Les salariés non repris bénéficieront d'un accompagnement de [[O:France Travail]] et de l'[[O:Afpa]].

La marque [[O:BCI]] sera conservée. Les carreaux continueront d'être livrés aux distributeurs [[O:Point.P]] et [[O:Cedeo]], principaux clients de l'usine.
""")

d("fr", "declaration_sinistre", """
[[O:MUTUELLE ASSURANCE DES CÉVENNES]]
Service sinistres automobile – BP 210 – 30120 [[L:Le Vigan]]

DÉCLARATION DE SINISTRE – ACCIDENT DE LA CIRCULATION

Sociétaire : M. [[P:Bastien Roustan]], 12 chemin des Mûriers, 34190 [[L:Ganges]]
Contrat n° 30-AUTO-448120 – Véhicule : Peugeot 308, immatriculée GK-214-RT

1. Circonstances
Le 21 novembre 2026 vers 7 h 50, sur la RD 999 entre [[L:Ganges]] et [[L:Sumène]], au niveau du pont sur l'[[L:Hérault]]. Je roulais en direction de [[L:Sumène]] quand un poids lourd venant en sens inverse a mordu sur ma voie dans le virage. Ma voiture a heurté le parapet.

2. Tiers impliqué
Conducteur : M. [[P:Kévin Alazard]], salarié des [[O:Transports Vidal Frères]], à [[L:Saint-Hippolyte-du-Fort]].
Véhicule assuré auprès d'[[O:AXA France IARD]], contrat flotte n° 7788412, par l'intermédiaire du cabinet de courtage [[O:Soulier & Pradal Assurances]].
Un constat amiable a été rempli et signé sur place ; [[P:Kévin Alazard]] a reconnu avoir franchi la ligne continue.

3. Témoins et forces de l'ordre
Témoin : Mme [[P:Odile Castanier]], domiciliée à [[L:Laroque]].
La [[O:gendarmerie de Ganges]] est intervenue sur place et a dressé un procès-verbal.

4. Dommages et blessures
Avant gauche et portière endommagés. Véhicule remorqué par le [[O:Garage du Pont]] à [[L:Ganges]], agréé par la [[O:Mutuelle Assurance des Cévennes]] ([[O:MAC]]). Je souffre d'une entorse au poignet ; j'ai été examiné aux urgences du [[O:CHU de Montpellier]], puis suivi par mon médecin traitant, le Dr [[P:Nathalie Vézian]].

5. Demandes
Je demande la prise en charge d'un véhicule de remplacement et l'application de la convention IRSA avec [[O:AXA]]. Mon employeur, la [[O:commune de Ganges]], peut attester de mon arrêt de travail.

Fait à [[L:Ganges]], le 23 novembre 2026
Signature : [[P:Bastien Roustan]]

Réservé à la [[O:MAC]] : dossier ouvert par [[P:Léa Fabre]], gestionnaire, le 24 novembre 2026.
""")

# ---------------------------------------------------------------- Spanish
d("es", "subencargados", """
ANEXO II – RELACIÓN DE SUBENCARGADOS DEL TRATAMIENTO

Contrato de encargo del tratamiento entre [[O:Clínica Dental Arrieta Sánchez, S.L.P.]] (responsable) y [[O:Odontosoft Cloud, S.L.]] (encargado), firmado en [[L:Bilbao]] el 12 de enero de 2026.

El responsable autoriza al encargado a recurrir a los subencargados que se indican. Cualquier alta o sustitución se comunicará con un mes de antelación, y el responsable podrá oponerse por escrito.

1. [[O:Nubora Cloud B.V.]] – [[L:Ámsterdam]] ([[L:Países Bajos]]). Alojamiento de la aplicación y de las radiografías; centro de datos en [[L:Madrid]].
2. [[O:Telefónica España, S.A.U.]] – [[L:Madrid]]. Líneas de datos y centralita en la nube.
3. [[O:Mensajería Clínica Norte, S.L.]] – [[L:Barakaldo]] ([[L:Bizkaia]]). Envío de recordatorios de cita por SMS y WhatsApp.
4. [[O:Docuarchivo Euskadi, S.A.]] – [[L:Vitoria-Gasteiz]]. Custodia y destrucción certificada de historias clínicas en papel.
5. [[O:Twilio Ireland Limited]] – [[L:Dublín]] ([[L:Irlanda]]). Pasarela de SMS de respaldo; posibles transferencias a [[L:Estados Unidos]] con cláusulas contractuales tipo.
6. [[O:Laboratorio Protésico Ibaizabal, S.Coop.]] – [[L:Galdakao]]. Recepción de escaneos intraorales para fabricar prótesis.

Cambios respecto de la versión anterior: [[O:Nubora]] sustituye a [[O:Servidores Cantábrico, S.L.]] desde el 1 de marzo de 2026; los datos alojados en [[O:Servidores Cantábrico]] se borraron el 15 de marzo, según certificado firmado por [[P:Iker Goikoetxea]]. [[O:Docuarchivo]] se incorpora para el archivo histórico de la antigua consulta de [[L:Getxo]].

Delegado de protección de datos del encargado: [[P:Ainhoa Larrañaga Ruiz]], dpd@odontosoft.example.

Firmado:
Por la [[O:Clínica Dental Arrieta Sánchez]]: Dra. [[P:Miren Arrieta Sánchez]], administradora
Por [[O:Odontosoft Cloud]]: D. [[P:Jon Ander Etxebarria]], consejero delegado
""")

d("es", "politica_privacidad", """
POLÍTICA DE PRIVACIDAD – DESTINATARIOS DE LOS DATOS

Responsable: [[O:Gimnasios Vértice, S.L.]] ("[[O:Vértice]]"), con domicilio en calle Colón 48, 46004 [[L:Valencia]], y centros en [[L:Valencia]], [[L:Castellón de la Plana]] y [[L:Alicante]].

¿A quién comunicamos sus datos?

Solo cederemos sus datos en los supuestos siguientes:
– A la entidad bancaria que gestiona las cuotas domiciliadas, [[O:CaixaBank, S.A.]], y a [[O:Redsys Servicios de Procesamiento, S.L.]] para los pagos con tarjeta.
– A [[O:Resamania]], proveedor francés del programa de reservas y control de accesos, que actúa como encargado del tratamiento desde [[L:Francia]].
– A la aseguradora [[O:Mapfre España]], en caso de accidente en nuestras instalaciones, y a la mutua colaboradora [[O:Fremap]] si el lesionado es un empleado.
– A los fisioterapeutas del centro asociado [[O:Fisioclínica Turia]], solo si usted contrata sesiones de fisioterapia.
– A la [[O:Agencia Estatal de Administración Tributaria]] ([[O:AEAT]]) y a los juzgados y tribunales, cuando exista obligación legal.

Encargados del tratamiento que pueden acceder a sus datos: la asesoría laboral [[O:Ferrando & Climent Asesores]], el proveedor de correo [[O:Mailchimp]] (de [[O:Intuit Inc.]], [[L:Mountain View]], [[L:Estados Unidos]]) para el boletín, y la empresa de vigilancia [[O:Seguridad Levante 24 h, S.A.]], que gestiona las cámaras.

Transferencias internacionales: el uso de [[O:Mailchimp]] supone una transferencia a [[L:Estados Unidos]], amparada en la decisión de adecuación adoptada por la [[O:Comisión Europea]] en 2023.

Derechos: puede ejercerlos escribiendo a privacidad@gimnasiosvertice.example o en cualquiera de nuestros centros. Nuestro delegado de protección de datos es [[P:Vicent Soler Moragues]]. Si considera que no hemos atendido bien su solicitud, puede reclamar ante la [[O:Agencia Española de Protección de Datos]] ([[O:AEPD]]). [[O:Vértice]] colabora con la [[O:AEPD]] en todo lo que esta requiera.
""")

d("es", "informe_anual_filiales", """
[[O:GRUPO ALIMENTARIO SIERRA DE GATA]]
INFORME ANUAL 2025 – ANEXO I: SOCIEDADES DEPENDIENTES Y ASOCIADAS

La sociedad dominante, [[O:Sierra de Gata Alimentación, S.A.]], con domicilio social en [[L:Plasencia]] ([[L:Cáceres]]), encabeza un grupo dedicado al aceite de oliva, las conservas vegetales y el pimentón.

Sociedades dependientes (participación directa o indirecta, domicilio, actividad):
– [[O:Almazara Virgen del Puerto, S.L.]] – 100 % – [[L:Hoyos]] ([[L:Cáceres]]) – molturación de aceituna
– [[O:Conservas La Veguilla, S.A.]] – 100 % – [[L:Navalmoral de la Mata]] – conservas de pimiento y tomate
– [[O:Pimentones del Jerte, S.L.]] – 70 % – [[L:Jaraíz de la Vera]] – elaboración de pimentón con DOP
– [[O:Sierra de Gata Portugal, Lda.]] – 100 % – [[L:Castelo Branco]] ([[L:Portugal]]) – distribución
– [[O:SDG Foods Inc.]] – 100 % – [[L:Newark]], [[L:Nueva Jersey]] ([[L:Estados Unidos]]) – importación y venta

Sociedades asociadas (método de la participación):
– [[O:Cooperativa Olivarera Santa Marina]] – 30 % de la sección de envasado – [[L:Valverde del Fresno]]
– [[O:Logística Vía de la Plata, S.L.]] – 45 % – [[L:Mérida]] – transporte frigorífico; el 55 % restante pertenece a [[O:Transportes Hermanos Carrasco, S.A.]]

Variaciones del perímetro en el ejercicio
En abril de 2025 el grupo adquirió el 70 % de [[O:Pimentones del Jerte]] a la familia [[P:Pulido]], que conserva el 30 %. En octubre se liquidó [[O:Sierra de Gata Deutschland GmbH]], cuya actividad asume ahora el distribuidor [[O:Iberico Feinkost Handel GmbH]] de [[L:Colonia]].

Las cuentas consolidadas han sido auditadas por [[O:Auditores Extremeños Asociados, S.L.P.]] La financiación principal procede de [[O:Caja Rural de Extremadura]] y de un préstamo de la [[O:Junta de Extremadura]] a través de [[O:Extremadura Avante]].

[[L:Plasencia]], 31 de marzo de 2026
[[P:Rosario Gil Montero]], presidenta del consejo de administración
""")

d("es", "nota_prensa_inversion", """
NOTA DE PRENSA

[[O:AGROBYTE]] CIERRA UNA RONDA DE 12 MILLONES LIDERADA POR [[O:KIBO VENTURES]]

[[L:Zaragoza]], 19 de noviembre de 2026. – La tecnológica aragonesa [[O:Agrobyte Solutions, S.L.]], que desarrolla sensores y programas de riego de precisión, ha cerrado una ronda de financiación de 12 millones de euros. La operación está liderada por el fondo madrileño [[O:Kibo Ventures]] y cuenta con la participación de [[O:CDTI Innovación]], la sociedad de capital riesgo [[O:Sodiar]] y el fondo catalán [[O:Nauta Capital]].

Con esta inyección, [[O:Agrobyte]] prevé abrir oficinas en [[L:Murcia]] y en [[L:Marruecos]], donde ya prueba su sistema con la cooperativa [[O:Copag]] en la región de [[L:Souss-Massa]]. La empresa, fundada en 2020 por [[P:Pilar Lasheras]] y [[P:Andrés Cebrián]], cuenta con 45 empleados y clientes como [[O:Grupo AN]], [[O:Florette]] y la cooperativa almeriense [[O:Unica Group]].

"Cada gota cuenta, y más en la cuenca del [[L:Ebro]]", declaró [[P:Pilar Lasheras]], consejera delegada de [[O:Agrobyte]]. Por su parte, [[P:Elena Barrientos]], socia de [[O:Kibo]], destacó "la tracción comercial en un sector tradicionalmente poco digitalizado".

La ronda incluye la conversión de un préstamo participativo de [[O:Enisa]], la empresa pública dependiente del [[O:Ministerio de Industria y Turismo]]. [[O:Agrobyte]] ha contado con el asesoramiento jurídico de [[O:Garrigues]], mientras que los inversores han sido asesorados por [[O:Cuatrecasas]].

Sobre [[O:Agrobyte]]
[[O:Agrobyte Solutions]] nació en la incubadora de la [[O:Universidad de Zaragoza]] y tiene su sede en el parque tecnológico Walqa, en [[L:Huesca]].

Contacto de prensa: [[P:Carlota Urzainqui]] – [[O:Comunica Ebro]] – prensa@comunicaebro.example
""")

d("es", "orden_compra", """
PEDIDO DE COMPRA N.º PC-2026-03317

COMPRADOR
[[O:Hospital Universitario Río Hortega]]
Servicio de Contratación – calle Dulzaina 2, 47012 [[L:Valladolid]]
Centro dependiente de la [[O:Gerencia Regional de Salud de Castilla y León]] ([[O:Sacyl]])
NIF Q4700000J · Persona de contacto: D.ª [[P:Begoña Rodrigo Alonso]], jefa de compras

PROVEEDOR
[[O:Suministros Quirúrgicos Duero, S.A.]]
Polígono Industrial de Argales, parcela 14, 47008 [[L:Valladolid]]
NIF A47112233 · Gestor de la cuenta: Sr. [[P:Álvaro Sanz Pereda]]

Fecha del pedido: 26 de noviembre de 2026
Expediente de contratación: derivado del acuerdo marco PA 12/2025, adjudicado a [[O:Suministros Quirúrgicos Duero]] en el lote 4

Línea 1: guantes de nitrilo sin polvo, talla M, fabricante [[O:Ansell]] – 400 cajas – 3,95 € – 1.580,00 €
Línea 2: batas quirúrgicas reforzadas, fabricante [[O:Mölnlycke Health Care]] – 1.200 unidades – 2,10 € – 2.520,00 €
Línea 3: paños de campo estériles, fabricante [[O:Hartmann]] – 600 unidades – 1,85 € – 1.110,00 €
Base imponible: 5.210,00 € · IVA 21 %: 1.094,10 € · Total: 6.304,10 €

Lugar de entrega: almacén general del hospital, muelle 2, de lunes a viernes de 8:00 a 14:00. El transporte lo realizará el operador habitual del proveedor, [[O:Transportes Pisuerga Express]]; cualquier cambio de transportista deberá comunicarse al almacén.

Facturación: exclusivamente electrónica a través de FACe, con los códigos DIR3 del órgano gestor indicados en el acuerdo marco. La factura debe citar este número de pedido. El pago lo efectúa la tesorería de la [[O:Junta de Castilla y León]] en el plazo legal.

Observaciones: En el último pedido se recibieron batas de otro fabricante sin aviso previo. Rogamos que, si [[O:Mölnlycke]] no puede servir, se nos consulte antes de sustituir el producto.

Firmado electrónicamente por [[P:Begoña Rodrigo Alonso]]
""")

d("es", "instrucciones_embarque", """
[[O:TRANSITARIOS DEL ESTRECHO, S.L.]]
Avenida de la Hispanidad 6, 11207 [[L:Algeciras]] ([[L:Cádiz]])

INSTRUCCIONES DE EMBARQUE / DATOS PARA EL CONOCIMIENTO DE EMBARQUE
Referencia: TDE-EXP-26-5512

Cargador (shipper):
[[O:Mármoles y Piedras de Macael, S.A.]]
Carretera de Olula s/n, 04867 [[L:Macael]] ([[L:Almería]]), [[L:España]]

Destinatario (consignee):
[[O:Gulf Stone Trading L.L.C.]]
P.O. Box 41288, [[L:Dubái]], [[L:Emiratos Árabes Unidos]]

Notificar a (notify party):
[[O:Al Noor Clearing & Forwarding]], [[L:Jebel Ali]]

Puerto de carga: [[L:Algeciras]] · Puerto de descarga: [[L:Jebel Ali]]
Naviera: [[O:Hapag-Lloyd]] · Transbordo previsto en [[L:Colombo]]
Mercancía: 2 contenedores de 20' con 48 tablas de mármol blanco pulido, peso bruto 52.600 kg. Partida arancelaria 6802.91.
Condiciones: FOB [[L:Algeciras]]. Flete pagadero en destino.

Conocimiento de embarque: tres originales, consignado "a la orden de [[O:Emirates NBD]]", por carta de crédito documentaria emitida por este banco y confirmada por el [[O:Banco Sabadell]].
Certificado de origen: expedido por la [[O:Cámara de Comercio de Almería]].

El acarreo desde la cantera hasta el puerto lo hará [[O:Transportes Hermanos Sáez]], de [[L:Fines]]. El despacho de exportación lo tramita nuestra oficina ante la [[O:Agencia Tributaria]] en el recinto portuario de la [[O:Autoridad Portuaria de la Bahía de Algeciras]].

Importante: la inspección previa al embarque la realizará [[O:SGS Española de Control]] el día 10 de diciembre en [[L:Macael]]. Sin su informe, [[O:Gulf Stone]] no puede cobrar la carta de crédito.

Persona de contacto del cargador: D. [[P:Francisco Javier Sáez Cuadrado]]
Persona de contacto del transitario: [[P:Lucía Marín Ortega]], operaciones marítimas, lmarin@transestrecho.example
""")

d("es", "curriculum", """
CURRÍCULUM VÍTAE

[[P:Nerea Castaño Villalba]]
[[L:Sevilla]] · nerea.castano@correo.example · 612 448 903

PERFIL
Ingeniera agrónoma con ocho años de experiencia en calidad y certificación en el sector hortofrutícola, acostumbrada a tratar con cadenas de distribución europeas.

EXPERIENCIA
2021 – actualidad · Responsable de calidad, [[O:Frutas Guadalquivir, S.A.T.]], [[L:Palma del Río]] ([[L:Córdoba]])
Gestión de auditorías de clientes como [[O:Tesco]], [[O:Lidl]] y [[O:Edeka]]; coordinación con la certificadora [[O:Bureau Veritas Iberia]].

2018 – 2021 · Técnica de campo, [[O:Cooperativa Virgen de la Oliva]], [[L:Écija]]
Asesoramiento a 120 socios; implantación de GlobalG.A.P. con apoyo del laboratorio [[O:Agrocolor]].

2017 – 2018 · Becaria, [[O:Instituto de Investigación y Formación Agraria y Pesquera]] ([[O:IFAPA]]), centro Las Torres, [[L:Alcalá del Río]]

FORMACIÓN
2012 – 2017 · Grado en Ingeniería Agrícola, [[O:Universidad de Córdoba]]
2016 · Erasmus en la [[O:Wageningen University & Research]], [[L:Países Bajos]]
2019 · Máster en Gestión de la Calidad Agroalimentaria, [[O:Universidad Internacional de Andalucía]], a distancia
2010 – 2012 · Bachillerato, [[O:IES Murillo]], [[L:Sevilla]]

OTROS DATOS
Voluntaria de [[O:Cruz Roja Española]] en [[L:Sevilla]] desde 2015. Carné de conducir B.
Idiomas: inglés C1 (certificado por [[O:Cambridge Assessment English]]), neerlandés A2.

REFERENCIAS
[[P:Manuel Ruiz-Calero]], gerente de [[O:Frutas Guadalquivir]]
[[P:Inmaculada Pérez Solís]], investigadora del [[O:IFAPA]]
""")

d("es", "articulo_afiliaciones", """
Prevalencia de resistencia a carbapenémicos en aislados de Klebsiella pneumoniae en cinco hospitales del noroeste peninsular (2022-2025)

[[P:Marta Iglesias-Boán]](1), [[P:Xosé Manuel Rial]](1,2), [[P:Beatriz Lourenço]](3), [[P:Daniel Ochoa Vidal]](4), [[P:Ana Belén Quiroga]](5)

(1) Servicio de Microbiología, [[O:Complejo Hospitalario Universitario de Santiago]] ([[O:CHUS]]), [[L:Santiago de Compostela]]
(2) [[O:Instituto de Investigación Sanitaria de Santiago de Compostela]] ([[O:IDIS]])
(3) [[O:Centro Hospitalar Universitário de São João]], [[L:Oporto]], [[L:Portugal]]
(4) [[O:Hospital Universitario Central de Asturias]], [[L:Oviedo]]
(5) [[O:Complexo Hospitalario Universitario de Ourense]], [[L:Ourense]]

Autora para correspondencia: [[P:Marta Iglesias-Boán]], correo: marta.iglesias@sergas.example

Financiación
Este trabajo ha sido financiado por el [[O:Instituto de Salud Carlos III]] ([[O:ISCIII]]) mediante el proyecto PI22/00871, cofinanciado por la [[O:Unión Europea]], y por la [[O:Xunta de Galicia]] (ayudas para grupos de referencia competitiva). [[P:Beatriz Lourenço]] recibió una beca de la [[O:Fundação para a Ciência e a Tecnologia]] ([[O:FCT]]).

Agradecimientos
Agradecemos al personal técnico de los laboratorios participantes, en particular a [[P:Rosa Fandiño]] y a [[P:Iván Pazos]], y al laboratorio de referencia del [[O:ISCIII]] por la confirmación de los mecanismos de resistencia. Los paneles de sensibilidad fueron cedidos por [[O:bioMérieux España]], que no participó en el diseño del estudio.

Conflicto de intereses
[[P:Daniel Ochoa Vidal]] ha recibido honorarios por conferencias de [[O:Pfizer]] y [[O:MSD]]. El resto de autores declara no tener conflictos de intereses.

Los datos están disponibles previa solicitud razonable al comité de ética de la investigación de [[L:Santiago]]-[[L:Lugo]].
""")

d("es", "ensayo_centros", """
ENSAYO CLÍNICO ONC-BR-204 – RELACIÓN DE CENTROS PARTICIPANTES EN ESPAÑA
Versión 3, 2 de diciembre de 2026

Promotor: [[O:Oncomira Therapeutics S.A.]], [[L:Barcelona]]
Organización de investigación por contrato: [[O:Iberclinic Research, S.L.]], [[L:Madrid]]
Autorizado por la [[O:Agencia Española de Medicamentos y Productos Sanitarios]] ([[O:AEMPS]]) el 8 de abril de 2026. Dictamen favorable del CEIm del [[O:Hospital Clínic de Barcelona]], que actúa como comité de referencia.

Centro 1 – [[O:Hospital Universitario Vall d'Hebron]], [[L:Barcelona]]. Investigadora principal: Dra. [[P:Montserrat Puigvert Casals]]
Centro 2 – [[O:Hospital General Universitario Gregorio Marañón]], [[L:Madrid]]. Investigador principal: Dr. [[P:Rodrigo Alcázar Benito]]
Centro 3 – [[O:Hospital Universitario Virgen del Rocío]], [[L:Sevilla]]. Investigadora principal: Dra. [[P:Rocío Mateos Lora]]
Centro 4 – [[O:Instituto Valenciano de Oncología]] ([[O:IVO]]), [[L:Valencia]]. Investigador principal: Dr. [[P:Vicente Albiol]]
Centro 5 – [[O:Clínica Universidad de Navarra]], [[L:Pamplona]]. Investigadora principal: Dra. [[P:Itziar Garde Zubiri]]
Centro 6 – [[O:Hospital Universitario de Canarias]], [[L:San Cristóbal de La Laguna]] ([[L:Tenerife]]). Investigador principal: Dr. [[P:Jonay Hernández Febles]]

Laboratorio central: [[O:Reference Laboratory Genetics]], [[L:Barcelona]]
Distribución de la medicación: [[O:Movianto España]], almacén de [[L:Alcalá de Henares]]

Cambios respecto de la versión 2
– El centro 4 sustituye al [[O:Hospital Quirónsalud Valencia]], que se retiró en septiembre por falta de pacientes; el único paciente incluido allí continúa el tratamiento en el [[O:IVO]].
– Se incorpora el centro 6, a propuesta del [[O:Grupo Español de Investigación en Cáncer de Mama]] ([[O:GEICAM]]), que colabora en el reclutamiento. La [[O:AEMPS]] ha sido notificada.

Contacto del promotor: [[P:Laia Ferrer Bosch]], directora de operaciones clínicas de [[O:Oncomira]], onc-br-204@oncomira.example
""")

d("es", "cronica_deportiva", """
[[O:CLUB DEPORTIVO ATLÉTICO TORREPINAR]]
Boletín del club – diciembre de 2026

FÚTBOL SALA
Primera jornada de la segunda vuelta con victoria a domicilio: [[O:Fútbol Sala Alcantarilla]] 2 – [[O:Atlético Torrepinar]] 5. Dos goles de [[P:Rubén Ayala]] y uno de [[P:Samuel Navarro]], [[P:Aitor Sánchez]] y [[P:Dani Meroño]]. El [[O:Torrepinar]] se coloca tercero, a dos puntos del [[O:ElPozo Murcia Costa Cálida]] "B".

BALONCESTO FEMENINO
Derrota ajustada en casa: [[O:Atlético Torrepinar]] 61 – [[O:CB Cartagena Femenino]] 64. [[P:Lorena Tudela]] anotó 22 puntos. La entrenadora, [[P:María José Alarcón]], destacó el esfuerzo del equipo pese a las bajas.

ATLETISMO
En el cross de [[L:Cieza]], [[P:Hugo Jiménez Soto]] fue segundo en categoría sub-18 y se ha clasificado para el campeonato autonómico que organiza la [[O:Federación de Atletismo de la Región de Murcia]].

AVISOS Y NOTICIAS
La junta directiva agradece a nuestros patrocinadores su apoyo en esta temporada: [[O:Autocares Martínez e Hijos]], [[O:Frutas El Segura]], la [[O:Caja Rural Central]], [[O:Farmacia Ldo. Pedro Gómez]], [[O:Clínica Dental Sonríe+]] y el [[O:Ayuntamiento de Molina de Segura]], que además nos cede el pabellón municipal.

El 20 de diciembre celebraremos la gala anual en el salón del [[O:Hotel Los Pinos]], con la entrega de premios al mejor deportista del año. Este año habrá una mención especial para [[P:Encarna Pérez]], fundadora del club hace 40 años. Las entradas pueden reservarse en la secretaría o llamando a [[P:Juanjo Lorca]], tesorero, al 650 211 874.

Recordamos que la [[O:Fundación Cajamurcia]] ha abierto el plazo de sus ayudas al deporte base. Las familias interesadas pueden pedir información a la secretaría del [[O:Atlético Torrepinar]].
""")

d("es", "lista_asistentes", """
[[O:ASOCIACIÓN DE EMPRESAS LOGÍSTICAS DE ARAGÓN]] ([[O:ALIA]])
XII Jornada de Logística y Transporte Intermodal
[[L:Zaragoza]], 26 de noviembre de 2026 – Auditorio de la plataforma PLAZA

LISTA DE ASISTENTES INSCRITOS

[[P:Abad Lacasa, Pilar]] – [[O:Transportes Abad Lacasa, S.L.]], [[L:Huesca]]
[[P:Artigas Bueno, Jorge]] – [[O:Terminal Marítima de Zaragoza]] ([[O:tmZ]])
[[P:Barrachina Gil, Elena]] – [[O:Inditex]], plataforma de [[L:Zaragoza]]
[[P:Castán Ruiz, Óscar]] – [[O:Adif]], Dirección de Logística
[[P:Duch, Mireia]] – [[O:Port de Barcelona]]
[[P:Escartín Lasierra, Roberto]] – [[O:DHL Supply Chain Spain]]
[[P:Ferrer Pomar, Luis]] – [[O:Gobierno de Aragón]], Departamento de Fomento
[[P:Gimeno Oliván, Sara]] – [[O:Zaragoza Logistics Center]] ([[O:ZLC]])
[[P:Lanaspa, Ignacio]] – [[O:Carreras Grupo Logístico]]
[[P:Martín-Retortillo, Beatriz]] – [[O:Bosch-Siemens Hausgeräte]], planta de [[L:La Cartuja Baja]]
[[P:Nasarre, Félix]] – [[O:Cámara de Comercio de Zaragoza]]
[[P:Ortiz de Landázuri, Teresa]] – [[O:Puerto de Bilbao]]
[[P:Sancho Vela, David]] – [[O:Stellantis]], planta de [[L:Figueruelas]]
[[P:Ubieto Clavería, Marta]] – [[O:Universidad de Zaragoza]]

Ponentes invitados: [[P:Mariano Bescós]], director general de [[O:ALIA]]; [[P:Sophie Vermeersch]], de la [[O:Havenbedrijf Antwerpen-Brugge]], que presentará la conexión ferroviaria con [[L:Amberes]].

Nota para la organización: [[O:tmZ]] y [[O:ZLC]] han pedido una sala aparte para una reunión con [[O:Adif]] a las 13:30. La acreditación de prensa la gestiona [[P:Pilar Abad Lacasa]] en nombre de la junta de [[O:ALIA]]. Los datos de esta lista solo se usarán para enviar los certificados de asistencia.
""")

d("es", "carta_operador", """
[[O:ONDAMAR TELECOM]]
[[O:Ondamar Telecomunicaciones, S.L.]] · Apartado de Correos 318 · 15080 [[L:A Coruña]]

Sra. D.ª [[P:Carmen Outeiral Varela]]
Rúa do Muíño 7, 2.º B
15960 [[L:Ribeira]] ([[L:A Coruña]])

[[L:A Coruña]], 1 de diciembre de 2026

Asunto: cambio de la red de fibra y portabilidad de su línea fija

Estimada clienta:

Le escribimos porque la red de fibra óptica que usamos en [[L:Ribeira]] pasará a ser gestionada por un nuevo mayorista. Hasta ahora, [[O:Ondamar]] prestaba el servicio sobre la red de [[O:Telefónica]]; a partir del 15 de enero de 2027 lo hará sobre la red neutra de [[O:Onivia]], que ha comprado el despliegue de la zona a la empresa local [[O:Barbanza Net, S.L.]]

Para usted no cambia nada: mantiene su tarifa de 35 € al mes, su número fijo y su correo. Un técnico de [[O:Instalaciones Ulla-Tambre]], empresa instaladora con la que trabajamos, le llamará para cambiar el router en una visita de unos 30 minutos. Le pediremos su DNI antes de entrar, y el técnico llevará una tarjeta identificativa de [[O:Ondamar]].

Su línea móvil sigue en la red de [[O:Orange]], como hasta ahora. La portabilidad que solicitó desde [[O:Vodafone]] en octubre se completó con éxito.

Si no está conforme, puede darse de baja sin penalización antes del 15 de enero. Si tiene una reclamación, puede dirigirse a nuestro servicio de atención al cliente y, si no obtiene respuesta en un mes, a la oficina de atención al usuario de telecomunicaciones del [[O:Ministerio para la Transformación Digital y de la Función Pública]], o a la oficina municipal de información al consumidor del [[O:Concello de Ribeira]].

Atentamente,

[[P:Xoán Piñeiro Louzao]]
Responsable de atención al cliente, [[O:Ondamar Telecom]]

[[O:Ondamar Telecomunicaciones, S.L.]], inscrita en el Registro Mercantil de [[L:A Coruña]]. Operador inscrito en el registro de la [[O:Comisión Nacional de los Mercados y la Competencia]] ([[O:CNMC]]).
""")

# ---------------------------------------------------------------- Italian
d("it", "visura_camerale", """
[[O:CAMERA DI COMMERCIO INDUSTRIA ARTIGIANATO E AGRICOLTURA DI BERGAMO]]
Registro delle Imprese – Archivio ufficiale
VISURA ORDINARIA SOCIETÀ DI CAPITALE
estratta il 2 dicembre 2026

Denominazione: [[O:OROBICA VALVOLE S.P.A.]]
Forma giuridica: società per azioni
Sede legale: Via Provinciale 88, 24066 [[L:Pedrengo]] ([[L:BG]])
Codice fiscale e n. iscrizione: 03411280166 · REA 378211
Capitale sociale: deliberato, sottoscritto e versato euro 3.000.000,00
Attività: fabbricazione di valvole e rubinetti industriali

Unità locali
– stabilimento in Via dell'Industria 4, 25030 [[L:Castrezzato]] ([[L:BS]])
– ufficio commerciale a [[L:Monaco di Baviera]] ([[L:Germania]]), gestito tramite la controllata [[O:Orobica Armaturen GmbH]]

Soci e titolari di diritti su azioni
[[O:Finorobica S.r.l.]], [[L:Bergamo]] – 62 %
[[P:Carminati Giovanni]], nato a [[L:Seriate]] – 18 %
[[O:Fondo Italiano d'Investimento SGR S.p.A.]], per conto del fondo [[O:FII Tech Growth]] – 20 %

Amministratori
Presidente del consiglio di amministrazione: [[P:Carminati Giovanni]]
Amministratore delegato: [[P:Rota Elisabetta]], nata a [[L:Treviglio]] il 14/06/1978
Consigliere: [[P:Bonacina Marco]]

Organi di controllo
Collegio sindacale: presidente [[P:Pesenti Laura]]; sindaci effettivi [[P:Locatelli Fabio]], [[P:Zanchi Roberta]]
Società di revisione: [[O:BDO Italia S.p.A.]]

Trasferimenti d'azienda, fusioni, scissioni
Atto di fusione per incorporazione della [[O:Valvotecnica Bresciana S.r.l.]], con sede in [[L:Castrezzato]], a rogito del notaio [[P:Alessandro Mazzoleni]] di [[L:Bergamo]], iscritto il 10/03/2025 presso il Registro delle Imprese di [[L:Brescia]]. Dalla stessa data la [[O:Valvotecnica Bresciana]] è cancellata.

Pratiche in corso: nessuna.
Documento n. T 512331988 estratto dal Registro delle Imprese della [[O:Camera di Commercio di Bergamo]].
""")

d("it", "informativa_privacy", """
INFORMATIVA SUL TRATTAMENTO DEI DATI PERSONALI DEI CLIENTI
ai sensi degli artt. 13 e 14 del Regolamento (UE) 2016/679

Titolare del trattamento è [[O:Autoscuola Pavan & Zanella S.n.c.]], con sede in Viale della Repubblica 21, 31100 [[L:Treviso]] ([[L:TV]]), di seguito "la Scuola".

A chi comunichiamo i suoi dati
I dati che lei ci fornisce per l'iscrizione al corso di guida sono comunicati, per quanto strettamente necessario:
a) alla [[O:Motorizzazione Civile di Treviso]] e, tramite il Portale dell'automobilista, al [[O:Ministero delle Infrastrutture e dei Trasporti]], per la prenotazione degli esami;
b) al medico che rilascia il certificato di idoneità, presso lo studio convenzionato [[O:Centro Medico San Liberale]];
c) alla compagnia [[O:Reale Mutua Assicurazioni]], che assicura i veicoli della scuola;
d) a [[O:Guidasmart S.r.l.]], di [[L:Padova]], che fornisce la piattaforma per i quiz online;
e) al nostro consulente del lavoro e commercialista, [[O:Studio Bortolin Commercialisti Associati]], per la fatturazione;
f) all'istituto bancario [[O:Banca della Marca Credito Cooperativo]], per i pagamenti rateali, e a [[O:Nexi Payments S.p.A.]] per i pagamenti con carta;
g) all'[[O:Agenzia delle Entrate]] per gli adempimenti fiscali.

I dati non sono diffusi né trasferiti fuori dall'[[L:Europa]], ad eccezione dei messaggi inviati tramite l'app di messaggistica di [[O:WhatsApp Ireland Limited]], che può trasferire dati negli [[L:Stati Uniti]].

Le lezioni teoriche del sabato si svolgono presso la sede dell'associazione [[O:Pro Loco Villorba]], che non riceve dati degli allievi.

Diritti
Può esercitare i diritti di accesso, rettifica, cancellazione e opposizione scrivendo a privacy@autoscuolapavanzanella.example o recandosi in sede, dove risponde la sig.ra [[P:Manuela Zanella]]. Ha inoltre il diritto di proporre reclamo al [[O:Garante per la protezione dei dati personali]], Piazza Venezia 11, 00187 [[L:Roma]]. L'informativa è stata aggiornata dopo le indicazioni del [[O:Garante]] del 2025.

[[L:Treviso]], 1° dicembre 2026
I titolari, [[P:Luca Pavan]] e [[P:Manuela Zanella]]
""")

d("it", "cookie_policy", """
COOKIE POLICY DEL SITO [[O:CANTINA COLLI BERICI]]

Questo sito è gestito da [[O:Cantina Colli Berici Soc. Coop. Agricola]], Via Dante 12, 36040 [[L:Brendola]] ([[L:VI]]), che è titolare del trattamento. Di seguito trova l'elenco dei fornitori che installano cookie o strumenti simili.

Cookie tecnici (non richiedono consenso)
• sessione e carrello, impostati dalla piattaforma di e-commerce [[O:Shopware AG]], [[L:Schöppingen]], [[L:Germania]];
• cookie di sicurezza di [[O:Aruba S.p.A.]], [[L:Ponte San Pietro]] ([[L:BG]]), nostro fornitore di hosting;
• cookie di pagamento di [[O:PayPal (Europe) S.à r.l. et Cie, S.C.A.]], [[L:Lussemburgo]], e di [[O:Satispay Europe S.A.]]

Cookie analitici (solo con consenso)
• [[O:Google Ireland Limited]], per le statistiche di visita;
• [[O:Hotjar Ltd]], [[L:Malta]], per mappe di calore anonime.

Cookie di profilazione (solo con consenso)
• [[O:Meta Platforms Ireland Limited]], per misurare le inserzioni;
• [[O:Vivino]], per il widget con le recensioni dei nostri vini;
• [[O:Tannico S.p.A.]], [[L:Milano]], per il programma di affiliazione: se acquista il nostro vino su [[O:Tannico]] dopo aver visitato il sito, la cantina riceve una commissione.

Gestione del consenso
Il banner e la registrazione delle sue scelte sono forniti da [[O:iubenda S.r.l.]], [[L:Milano]]. Le scelte sono conservate per sei mesi.

Modifiche
Dal 1° ottobre 2026 non utilizziamo più i servizi di [[O:Statcounter]], sostituiti da [[O:Hotjar]]. Per qualsiasi domanda può scrivere al responsabile del sito, [[P:Matteo Dalla Pozza]] (web@cantinacolliberici.example). Per reclami è competente il [[O:Garante per la protezione dei dati personali]].

Ultimo aggiornamento: 28 novembre 2026
""")

d("it", "scheda_fornitore", """
[[O:FERRIERE ADRIATICHE S.P.A.]] – UFFICIO ACQUISTI
QUESTIONARIO DI QUALIFICA FORNITORE (mod. QF-03, rev. 5)

Sezione A – Dati anagrafici
Ragione sociale: [[O:Officina Meccanica F.lli Tamburini S.n.c. di Tamburini Sergio & C.]]
Sede: Via Emilia Ponente 1402, 47522 [[L:Cesena]] ([[L:FC]])
Partita IVA: 01988440403
Legale rappresentante: [[P:Sergio Tamburini]]
Referente commerciale: [[P:Giulia Tamburini]], tel. 0547 612 884

Sezione B – Struttura
Dipendenti: 34. Reparti: tornitura, fresatura CNC, saldatura. Stabilimento di proprietà; magazzino esterno in affitto presso la [[O:Romagna Logistica S.r.l.]] di [[L:Forlì]].

Sezione C – Certificazioni
ISO 9001:2015 rilasciata da [[O:DNV Business Assurance Italy S.r.l.]]; ISO 3834-2 per la saldatura, rilasciata dall'[[O:Istituto Italiano della Saldatura]] ([[O:IIS]]) di [[L:Genova]]. Rinnovo [[O:IIS]] previsto a marzo 2027.

Sezione D – Principali clienti (ultimo triennio)
[[O:Fincantieri]], stabilimento di [[L:Ancona]]; [[O:CNH Industrial]]; [[O:Marcegaglia]]; [[O:Officine Baldassarri]] di [[L:Imola]].

Sezione E – Subfornitori utilizzati
Trattamenti termici: [[O:Termotecnica Rubicone]]; zincatura: [[O:Zincheria Valmarecchia S.r.l.]]; controlli non distruttivi: [[O:CND Romagna]].

Sezione F – Dati bancari e assicurativi
Banca: [[O:Credito Cooperativo Romagnolo]], filiale di [[L:Cesena]]. Polizza RC prodotti con [[O:UnipolSai Assicurazioni]], massimale 2.500.000 euro.

Sezione G – Esito della valutazione (a cura di [[O:Ferriere Adriatiche]])
Audit in sede del 12/11/2026 eseguito da [[P:Davide Ricci]] e [[P:Sonia Magnani]]. Esito: fornitore qualificato in classe B. Azione richiesta: le [[O:F.lli Tamburini]] devono inviare entro 60 giorni la procedura di tracciabilità dei lotti di acciaio acquistati da [[O:Acciaierie Venete]].

Firma del fornitore: [[P:Sergio Tamburini]] · Approvazione: [[P:Davide Ricci]], responsabile qualità fornitori
""")

d("it", "comunicato_acquisizione", """
COMUNICATO STAMPA

[[O:GRUPPO LATTERIE ALPINE]] ACQUISISCE IL 70% DI [[O:CASEIFICIO VALSASSINA]]

[[L:Sondrio]], 24 novembre 2026 – [[O:Latterie Alpine S.p.A.]], tra i principali produttori lattiero-caseari della [[L:Lombardia]], ha firmato l'accordo vincolante per acquisire il 70% del [[O:Caseificio Valsassina S.r.l.]] di [[L:Pasturo]] ([[L:LC]]), noto per la produzione di taleggio e stracchino. Il restante 30% resterà alla famiglia [[P:Invernizzi]], che guida l'azienda dal 1951.

L'operazione, del valore complessivo di 46 milioni di euro, è finanziata per metà con mezzi propri e per metà con un finanziamento in pool concesso da [[O:Intesa Sanpaolo]] e [[O:Banco BPM]], con la garanzia di [[O:SACE]]. Il closing è atteso entro febbraio 2027, dopo il via libera dell'[[O:Autorità Garante della Concorrenza e del Mercato]] ([[O:AGCM]]).

"Con [[O:Valsassina]] completiamo l'offerta dei formaggi molli e rafforziamo la presenza nella grande distribuzione in [[L:Germania]] e in [[L:Svizzera]]", ha dichiarato l'amministratore delegato di [[O:Latterie Alpine]], [[P:Paolo Gianoli]]. "La famiglia [[P:Invernizzi]] resterà al nostro fianco: [[P:Chiara Invernizzi]] manterrà la carica di direttrice di stabilimento."

Il [[O:Caseificio Valsassina]] ha chiuso il 2025 con ricavi per 58 milioni di euro e impiega 140 persone tra [[L:Pasturo]] e il centro di stagionatura di [[L:Introbio]]. La società continuerà a rifornire il [[O:Consorzio Tutela Taleggio]] e la catena [[O:Esselunga]], suo primo cliente.

Advisor dell'operazione: [[O:Mediobanca]] e lo studio legale [[O:Gianni & Origoni]] per [[O:Latterie Alpine]]; [[O:KPMG Advisory]] e lo [[O:Studio Legale Frigerio Sala]] per i venditori. La due diligence ambientale è stata curata da [[O:Ramboll Italy]].

Per informazioni:
Ufficio stampa [[O:Latterie Alpine]] – [[P:Federica Sertori]], stampa@latteriealpine.example, 0342 512 200
""")

d("it", "fattura", """
[[O:TIPOGRAFIA MORETTI & FIGLI S.R.L.]]
Via Borgo Aretino 33 – 06081 [[L:Assisi]] ([[L:PG]])
P. IVA 02233440547 – REA 188210 – Capitale sociale € 50.000 i.v.

FATTURA N. 412/2026 del 30/11/2026

Cliente (cessionario/committente):
[[O:Associazione Culturale Amici di Giotto APS]]
Via Portica 10 – 06081 [[L:Assisi]] ([[L:PG]])
C.F. 94022110543
Alla cortese attenzione della sig.ra [[P:Rosanna Bartolucci]], tesoriera

Descrizione / quantità / importo
Stampa catalogo della mostra "Affreschi ritrovati", 96 pagine, carta [[O:Fedrigoni]] Arcoset, 1.500 copie / 1 / € 7.850,00
Stampa manifesti 70×100 per le affissioni del [[O:Comune di Assisi]] / 120 / € 540,00
Spedizione delle copie per la presentazione a [[L:Firenze]] tramite [[O:BRT S.p.A.]] / 1 / € 160,00

Imponibile € 8.550,00
IVA 4% sui cataloghi (€ 7.850,00) € 314,00
IVA 22% su manifesti e spedizione (€ 700,00) € 154,00
Totale fattura € 9.018,00

Condizioni di pagamento: bonifico a 60 giorni data fattura su c/c presso [[O:Banca Popolare di Spoleto]], IBAN IT40 S057 0438 3000 0000 0412 800.

Note: il catalogo è realizzato con il contributo della [[O:Fondazione Cassa di Risparmio di Perugia]] e della [[O:Regione Umbria]]; come richiesto dai finanziatori, la presente fattura riporta il codice del progetto FCRP-26-118. Le fotografie sono state fornite dall'archivio dell'[[O:Opera di San Francesco]] con autorizzazione della [[O:Soprintendenza Archeologia, Belle Arti e Paesaggio dell'Umbria]].

Fattura elettronica trasmessa tramite SdI; la presente è copia di cortesia.

Per la [[O:Tipografia Moretti]]: [[P:Enrico Moretti]]
""")

d("it", "lettera_referenze", """
[[O:Studio Architetti Associati Bellandi Corsini]]
Lungarno Pacinotti 42 – 56126 [[L:Pisa]]

[[L:Pisa]], 3 dicembre 2026

Spett.le
[[O:Renzo Piano Building Workshop]]
Via P. P. Rubens 29
16158 [[L:Genova]]

Oggetto: lettera di referenze per l'arch. [[P:Tommaso Lenzi]]

Gentili signori,

scrivo su richiesta dell'arch. [[P:Tommaso Lenzi]], che ha collaborato con il nostro studio dal gennaio 2021 al settembre 2026 e che si candida presso di voi per la posizione di project architect.

In questi anni [[P:Lenzi]] ha seguito in prima persona due dei nostri incarichi più complessi: il recupero dell'ex convento di San Michele per conto dell'[[O:Università di Pisa]], e la nuova sede della [[O:Misericordia di Cascina]]. Nel primo caso ha coordinato il rapporto con la [[O:Soprintendenza di Pisa e Livorno]] e con l'impresa [[O:Edilcostruzioni Toscane S.p.A.]]; nel secondo ha condotto da solo le riunioni con il [[O:comune di Cascina]] e con i progettisti degli impianti, lo studio [[O:Termoprogetti Valdarno]].

Prima di arrivare da noi aveva lavorato due anni a [[L:Rotterdam]] presso [[O:MVRDV]] e si era laureato con lode al [[O:Politecnico di Milano]]. Conosce bene le normative italiane sui beni vincolati, parla correntemente inglese e olandese ed è un ottimo utilizzatore di Revit e Rhino.

È una persona affidabile, precisa e di buon carattere; i nostri committenti lo hanno sempre apprezzato. Lascia lo studio per sua scelta, per desiderio di misurarsi con progetti internazionali. Siamo certi che il [[O:Building Workshop]] troverebbe in lui un collaboratore prezioso.

Resto a disposizione per qualsiasi informazione.

Cordiali saluti

arch. [[P:Margherita Bellandi]]
socia fondatrice
[[O:Studio Architetti Associati Bellandi Corsini]] – iscritta all'[[O:Ordine degli Architetti P.P.C. della Provincia di Pisa]]
""")

d("it", "avviso_aggiudicazione", """
AVVISO DI AGGIUDICAZIONE DI APPALTO

Stazione appaltante: [[O:Comune di Sassari]] – Settore Infrastrutture e Mobilità, Palazzo Ducale, 07100 [[L:Sassari]] ([[L:SS]])
Responsabile unico del progetto: ing. [[P:Gavino Mura]]

Oggetto dell'appalto: lavori di riqualificazione della rete di illuminazione pubblica nei quartieri di [[L:Latte Dolce]] e [[L:Santa Maria di Pisa]], finanziati dal PNRR, Missione 2. CUP J84H22001330006.
Procedura: aperta, criterio dell'offerta economicamente più vantaggiosa, svolta sulla piattaforma telematica di [[O:Sardegna CAT]].

Offerte ricevute: 6
Operatori ammessi: 5. Escluso: [[O:Elettroimpianti Logudoro S.r.l.]], per mancanza della certificazione SOA richiesta.

Aggiudicatario: raggruppamento temporaneo di imprese formato da [[O:Luce Sarda S.r.l.]] (mandataria), [[L:Olbia]], e [[O:Impianti Tecnologici Deiana & Figli S.n.c.]] (mandante), [[L:Alghero]].
Importo di aggiudicazione: euro 2.184.600,00 oltre IVA, con un ribasso del 14,2%.
Subappalto dichiarato: forniture dei corpi illuminanti da [[O:AEC Illuminazione S.r.l.]] di [[L:Subbiano]] ([[L:AR]]).

Secondo classificato: [[O:City Green Light S.r.l.]]

La procedura è stata verificata dal collegio consultivo tecnico e la determinazione di aggiudicazione n. 3812 del 25/11/2026 è stata trasmessa all'[[O:Autorità Nazionale Anticorruzione]] ([[O:ANAC]]). I dati sono pubblicati anche sulla Banca dati nazionale dei contratti pubblici dell'[[O:ANAC]].

Ricorsi: entro 30 giorni al [[O:Tribunale Amministrativo Regionale per la Sardegna]], con sede in [[L:Cagliari]].

[[L:Sassari]], 2 dicembre 2026
Il dirigente del settore, [[P:Antonella Cossu]]
""")

d("it", "cronaca_locale", """
CRONACA DI [[L:LECCO]]

[[L:Calolziocorte]], la ditta di scale mobili trasloca: 90 posti salvi

di [[P:Alberto Crippa]]

[[L:CALOLZIOCORTE]] – Resterà in provincia, anche se non più in riva all'[[L:Adda]]. La [[O:Elevatori Brianza S.p.A.]], che da cinquant'anni produce componenti per ascensori e scale mobili nello stabilimento di via Galli, si trasferirà entro l'estate nel nuovo capannone di [[L:Valmadrera]], acquistato dalla fallita [[O:Tessitura Ripamonti]].

L'annuncio è arrivato ieri pomeriggio al termine dell'incontro in Prefettura tra l'azienda, i sindacati [[O:Fiom-Cgil]] e [[O:Fim-Cisl]] e i sindaci dei due comuni. Tutti i 90 dipendenti saranno trasferiti; per chi abita in [[L:Valle San Martino]] l'azienda metterà a disposizione una navetta gestita da [[O:Linee Lecco S.p.A.]]

"Era la soluzione che chiedevamo da mesi", ha commentato [[P:Mauro Gilardi]] della [[O:Fiom]]. Più cauta la [[O:Fim-Cisl]]: "Vigileremo sugli impegni", ha detto [[P:Sara Colombo]].

La decisione segue l'ingresso nel capitale, a settembre, del gruppo finlandese [[O:Kone]], che ha rilevato il 60% dell'azienda dalla famiglia [[P:Brambilla]]. Il nuovo amministratore delegato, [[P:Juha Laaksonen]], ha spiegato che a [[L:Calolziocorte]] non c'era spazio per le nuove linee. L'area dismessa sarà ceduta al [[O:comune di Calolziocorte]], che pensa a un parco pubblico.

Soddisfatto il sindaco di [[L:Valmadrera]], [[P:Cesare Colombo]], che ha ringraziato anche la [[O:Camera di Commercio di Como-Lecco]] e la [[O:Regione Lombardia]] per aver accompagnato la trattativa. Il trasferimento sarà finanziato in parte con un mutuo di [[O:BCC Brianza e Laghi]].

Intanto la [[O:Tessitura Ripamonti]] chiude definitivamente: il curatore fallimentare, il dott. [[P:Giorgio Sala]], ha comunicato che con la vendita del capannone saranno pagati quasi per intero i debiti verso i lavoratori.
""")

d("it", "segnalazione_whistleblowing", """
SEGNALAZIONE DI ILLECITO – CANALE INTERNO (D.Lgs. 24/2023)
Modulo compilato online – protocollo WB-2026-017 – riservato

Destinatario: Organismo di Vigilanza di [[O:Ecoservizi Tirreno S.p.A.]], [[L:Livorno]]

1. Il segnalante
[X] Chiedo di restare anonimo. Sono un dipendente dell'area commerciale.

2. Oggetto della segnalazione
Ritengo che nella gara per la raccolta dei rifiuti indetta dall'[[O:Unione dei Comuni della Val di Cecina]] (aggiudicata a noi nel maggio 2026) vi siano state irregolarità. Prima della scadenza, il responsabile commerciale [[P:Fabrizio Landi]] ha incontrato più volte [[P:Marco Giusti]], titolare della [[O:Giusti Ambiente S.r.l.]] di [[L:Cecina]], che poi ha presentato un'offerta volutamente alta. Dopo l'aggiudicazione, [[O:Giusti Ambiente]] ha ricevuto da noi un subappalto per lo spazzamento di [[L:Rosignano Marittimo]] che non era previsto.

3. Altri soggetti coinvolti
La consulenza per la "revisione dei percorsi", pagata 48.000 euro, è stata affidata alla [[O:Tirreno Advisory S.r.l.s.]], che risulta avere sede a [[L:Pisa]] presso lo studio della commercialista [[P:Elena Giusti]], sorella di [[P:Marco]]. Non ho trovato traccia di un lavoro effettivamente svolto da [[O:Tirreno Advisory]].

4. Documenti
Allego gli inviti di calendario di [[P:Landi]] (ottobre 2025 – marzo 2026) e la fattura di [[O:Tirreno Advisory]]. Le fatture sono state pagate tramite [[O:Banca Monte dei Paschi di Siena]].

5. Chi è già a conoscenza dei fatti
Ne ho parlato solo con il mio responsabile diretto, che mi ha detto di lasciar perdere. Non mi sono ancora rivolto all'[[O:ANAC]] né alla [[O:Guardia di Finanza]].

6. Richiesta
Chiedo che la segnalazione sia trattata in modo riservato e che mi sia data risposta entro tre mesi, come prevede la legge. Sono disponibile a un colloquio con l'avv. [[P:Paola Benvenuti]], componente esterna dell'Organismo di Vigilanza, ma non con il personale di [[O:Ecoservizi Tirreno]].

Ricevuta generata automaticamente dalla piattaforma [[O:WhistleLink]] il 18/11/2026 alle 22:47.
""")

d("it", "denuncia_sinistro", """
DENUNCIA DI SINISTRO STRADALE – MODULO CAI (CONSTATAZIONE AMICHEVOLE) E DICHIARAZIONE INTEGRATIVA

Compagnia: [[O:Assicurazioni Lario Mutua]], Ufficio Sinistri, Via Milano 160, 22100 [[L:Como]] ([[L:CO]])
Polizza RCA n. LM-0448812 – Veicolo A: Fiat Panda targata GH 512 ZT

Assicurato e conducente (veicolo A)
Sig. [[P:Dario Molteni]], residente in Via Roma 18, 22063 [[L:Cantù]] ([[L:CO]])
Dipendente della [[O:Mobilificio Brianza Arredo S.r.l.]], [[L:Mariano Comense]]

Dati del sinistro
Data: 19 novembre 2026, ore 8:15 circa. Luogo: [[L:Cucciago]], incrocio tra la SP 32 e Via Garibaldi.

Veicolo B: furgone Iveco Daily di proprietà della [[O:Trasporti Frigoriferi Bianchi & Nessi S.n.c.]], [[L:Cermenate]], condotto dal sig. [[P:Walter Nessi]], assicurato presso [[O:Generali Italia S.p.A.]], agenzia di [[L:Lomazzo]].

Dinamica
Procedevo sulla provinciale con diritto di precedenza quando il furgone, uscendo da Via Garibaldi, non si è fermato allo stop e ha urtato la fiancata destra della mia auto. Il modulo CAI è stato compilato e firmato da entrambi i conducenti sul posto; il sig. [[P:Nessi]] ha barrato la casella 6 ("non rispettava il segnale di stop").

Testimoni
Sig.ra [[P:Giovanna Pozzoli]], residente a [[L:Cucciago]], che era alla fermata dell'autobus.

Intervento delle autorità
È intervenuta una pattuglia della [[O:Polizia Locale di Cucciago]], che ha effettuato i rilievi.

Danni e lesioni
Porta anteriore e posteriore destra, montante. Ho avuto un trauma alla spalla, con referto del pronto soccorso dell'[[O:Ospedale Sant'Anna]] di [[L:San Fermo della Battaglia]] ([[O:ASST Lariana]]), prognosi 10 giorni.

Il veicolo si trova presso la carrozzeria convenzionata [[O:Autocarrozzeria Fratelli Arosio]] di [[L:Cantù]]. Chiedo l'applicazione della procedura di risarcimento diretto; per le lesioni mi assiste lo [[O:Studio Legale Ronchetti]] di [[L:Como]].

Allegati: modulo CAI, referto, fotografie. Consenso al trattamento dei dati secondo l'informativa di [[O:Lario Mutua]].

[[L:Cantù]], 21 novembre 2026 – Firma: [[P:Dario Molteni]]
""")

d("it", "lettera_notaio", """
[[O:STUDIO NOTARILE ASSOCIATO FERRANTE – DI BLASIO]]
notaio [[P:Raffaella Ferrante]] – notaio [[P:Luigi Di Blasio]]
Corso Vittorio Emanuele 214 – 80121 [[L:Napoli]]

[[L:Napoli]], 2 dicembre 2026

Gentile signora
[[P:Annamaria Esposito]]
Via Caracciolo 8
80058 [[L:Torre Annunziata]] ([[L:NA]])

Oggetto: successione del sig. [[P:Vincenzo Esposito]] – documenti necessari e costi

Gentile signora [[P:Esposito]],

facendo seguito al nostro incontro del 27 novembre, le riepilogo quanto occorre per completare la pratica di successione di suo padre e l'accettazione dell'eredità.

1. Beni immobili. L'appartamento di [[L:Torre Annunziata]] e il terreno agricolo di [[L:Boscoreale]] risultano intestati a suo padre presso l'[[O:Agenzia delle Entrate]] – Ufficio Provinciale di [[L:Napoli]] – Territorio. Per il terreno è necessario il certificato di destinazione urbanistica, che va chiesto al [[O:comune di Boscoreale]].

2. Rapporti bancari. Occorrono le dichiarazioni di saldo alla data del decesso di [[O:Banca di Credito Popolare]] di [[L:Torre del Greco]] e di [[O:Poste Italiane]] (libretto di risparmio). Per le azioni della [[O:Autostrade Meridionali S.p.A.]] ci rivolgeremo al depositario, [[O:Fineco Bank]].

3. Polizza vita. La compagnia [[O:Zurich Investments Life S.p.A.]] ha comunicato che i beneficiari sono lei e suo fratello [[P:Salvatore]]; la somma non rientra nell'asse ereditario.

4. Costi. Imposte ipotecarie e catastali, bolli e onorario ammontano a circa 3.400 euro, come da preventivo allegato. Il pagamento può avvenire tramite bonifico sul conto dello studio presso [[O:BPER Banca]].

Il collaboratore dello studio, dott. [[P:Gennaro Russo]], la contatterà per fissare la firma. La dichiarazione di successione sarà trasmessa telematicamente entro il 15 gennaio, ben prima della scadenza di legge.

Con i migliori saluti,

notaio [[P:Raffaella Ferrante]]
""")

# ---------------------------------------------------------------- Dutch
d("nl", "subverwerkers", """
BIJLAGE 2 BIJ DE VERWERKERSOVEREENKOMST – OVERZICHT SUBVERWERKERS

Partijen: [[O:Kinderopvang De Vlindertuin B.V.]] te [[L:Amersfoort]] (verwerkingsverantwoordelijke) en [[O:Kidsplanner Software B.V.]] te [[L:Utrecht]] (verwerker), overeenkomst van 1 februari 2026.

De verwerkingsverantwoordelijke geeft de verwerker toestemming de volgende subverwerkers in te schakelen. Voorgenomen wijzigingen meldt de verwerker ten minste vier weken vooraf per e-mail.

1. [[O:Nubora Cloud B.V.]], [[L:Amsterdam]] – hosting van de ouderapp en de database; datacenters in [[L:Amsterdam]] en [[L:Eemshaven]].
2. [[O:Mollie B.V.]], [[L:Amsterdam]] – verwerking van betalingen voor extra opvangdagen.
3. [[O:Spryng]], een handelsnaam van [[O:CM.com Netherlands B.V.]], [[L:Breda]] – verzending van sms-codes voor inloggen.
4. [[O:Fotolab Noord-Holland]] (eenmanszaak van [[P:Ruud Kroes]]), [[L:Haarlem]] – opslag van foto's uit de groepen, alleen als ouders daarvoor toestemming geven.
5. [[O:Google Cloud EMEA Limited]], [[L:Dublin]], [[L:Ierland]] – vertaalfunctie in de app; de verwerker stuurt alleen tekst zonder namen door.
6. [[O:Support Partners Twente]], [[L:Enschede]] – telefonische helpdesk voor ouders op werkdagen.

Wijzigingen ten opzichte van versie 1.3
[[O:Nubora]] vervangt sinds 1 juni 2026 [[O:TransIP]]; alle gegevens bij [[O:TransIP]] zijn op 12 juni 2026 verwijderd. [[O:Fotolab Noord-Holland]] is nieuw. De vertaalfunctie van [[O:Google Cloud EMEA]] wordt pas ingeschakeld nadat de functionaris gegevensbescherming van [[O:De Vlindertuin]], mevrouw [[P:Sanne Hoekstra]], de gegevensbeschermingseffectbeoordeling heeft goedgekeurd.

Toezicht: beide partijen werken mee aan onderzoeken van de [[O:Autoriteit Persoonsgegevens]] ([[O:AP]]). De [[O:AP]] wordt bij een datalek binnen 72 uur geïnformeerd door de verwerkingsverantwoordelijke.

Namens [[O:De Vlindertuin]]: [[P:Marloes van Dijk-Brink]], directeur
Namens [[O:Kidsplanner]]: [[P:Bas Verhoeven]], CTO
""")

d("nl", "kvk_uittreksel", """
[[O:KAMER VAN KOOPHANDEL]]
Uittreksel Handelsregister

KvK-nummer: 71234598
Pagina 1 (van 1)
Dit uittreksel is gewaarmerkt met een elektronische handtekening en is op 3 december 2026 om 09.14 uur opgemaakt.

Rechtspersoon
RSIN: 858901112
Rechtsvorm: Besloten Vennootschap
Statutaire naam: [[O:Zeeuwse Mosselhandel Van der Peijl B.V.]]
Statutaire zetel: [[L:Yerseke]]
Eerste inschrijving handelsregister: 14-03-2018
Datum akte van oprichting: 12-03-2018
Geplaatst kapitaal: EUR 90.000,00

Onderneming
Handelsnamen: [[O:Zeeuwse Mosselhandel Van der Peijl B.V.]], [[O:Peijl Shellfish]], [[O:Oesterij De Schelde]]
Activiteiten: SBI-code 46381 – Groothandel in vis, schaal- en weekdieren
Werkzame personen: 23

Vestiging
Vestigingsnummer: 000041223377
Bezoekadres: Havendijk 28, 4401 NS [[L:Yerseke]]

Enig aandeelhouder
Naam: [[O:Van der Peijl Holding B.V.]]
Adres: Korenbloemstraat 4, 4401 BK [[L:Yerseke]]

Bestuurders
Naam: [[O:Van der Peijl Holding B.V.]], bestuurder, bevoegdheid: alleen/zelfstandig bevoegd
Naam: [[P:Hendrika Cornelia Geluk]], geboortedatum 18-07-1983, [[L:Goes]], bevoegdheid: gezamenlijk bevoegd (met een andere bestuurder)

Gevolmachtigde
Naam: [[P:Pieter-Jan Sinke]], [[L:Kapelle]], volmacht beperkt tot inkoop tot EUR 250.000

Overige gegevens
De rechtspersoon is op 1 juli 2025 verkrijgende vennootschap bij de juridische fusie met [[O:Oesterbedrijf Tholen B.V.]], gevestigd te [[L:Sint-Annaland]]. Die vennootschap is daardoor opgehouden te bestaan. Het pand van [[O:Oesterbedrijf Tholen]] is verhuurd aan [[O:Stichting Zeeuws Schelpdiercentrum]].

Extract uitgegeven door de [[O:KVK]]. Meer informatie: kvk.nl
""")

d("nl", "jaarverslag_deelnemingen", """
[[O:KONINKLIJKE BROUWER VAN ESSEN N.V.]]
JAARVERSLAG 2025 – TOELICHTING 28: DEELNEMINGEN EN KAPITAALBELANGEN

Overeenkomstig artikel 2:379 en 2:414 BW is hieronder de lijst van deelnemingen van [[O:Koninklijke Brouwer van Essen N.V.]] te [[L:Dordrecht]] opgenomen. De percentages geven het belang per 31 december 2025 weer.

Groepsmaatschappijen (volledig geconsolideerd)
[[O:Brouwer van Essen Bouw B.V.]], [[L:Dordrecht]] – 100%
[[O:Brouwer van Essen Infra B.V.]], [[L:Gorinchem]] – 100%
[[O:Aannemingsbedrijf Gebr. Stam B.V.]], [[L:Zwijndrecht]] – 100%
[[O:Van Essen Grondverzet Rivierenland B.V.]], [[L:Tiel]] – 80%
[[O:BvE Belgium NV]], [[L:Antwerpen]], [[L:België]] – 100%
[[O:Brouwer van Essen Polska Sp. z o.o.]], [[L:Gdańsk]], [[L:Polen]] – 100%

Joint ventures (naar evenredigheid verwerkt)
[[O:Combinatie Merwedebrug V.O.F.]], [[L:Dordrecht]] – 50%; overige vennoot: [[O:Hollandse Staalbouw Groep B.V.]]
[[O:Bouwcombinatie Zuidas Dok]] – 15%, samen met [[O:Heijmans]] en [[O:VolkerWessels]]

Geassocieerde deelnemingen
[[O:Betoncentrale Drechtsteden B.V.]], [[L:Sliedrecht]] – 33,3%
[[O:Waterstof Hub Moerdijk B.V.]], [[L:Moerdijk]] – 25%

Wijzigingen in het boekjaar
In maart 2025 heeft [[O:Brouwer van Essen]] alle aandelen in [[O:Aannemingsbedrijf Gebr. Stam]] verworven van de familie [[P:Stam]]. Het belang van 40% in [[O:Asfaltcentrale Alblasserwaard B.V.]] is in oktober verkocht aan [[O:BAM Infra Nederland]]. [[O:BvE Belgium]] heeft een vestiging geopend in [[L:Gent]].

Voor [[O:Brouwer van Essen Bouw B.V.]] en [[O:Brouwer van Essen Infra B.V.]] heeft de vennootschap een aansprakelijkheidsverklaring als bedoeld in artikel 2:403 BW gedeponeerd bij het handelsregister. De jaarrekening is gecontroleerd door [[O:Deloitte Accountants B.V.]] te [[L:Rotterdam]]; de huisbankier is [[O:ING Bank N.V.]]

[[L:Dordrecht]], 10 maart 2026 – De raad van bestuur: [[P:Jeroen Brouwer]], [[P:Ilse van Essen-Timmers]]
""")

d("nl", "persbericht_overname", """
PERSBERICHT

[[O:FIETSFABRIEK ZWALUW]] NEEMT [[O:CARGOBIKE COMPANY]] OVER

[[L:Meppel]], 20 november 2026 – [[O:Zwaluw Rijwielen B.V.]], producent van stads- en elektrische fietsen, neemt alle aandelen over van [[O:Cargobike Company B.V.]] uit [[L:Amsterdam]], bekend van de bakfiets die in veel Nederlandse steden het straatbeeld bepaalt. Over de koopsom zijn geen mededelingen gedaan.

Met de overname krijgt [[O:Zwaluw]] er een snelgroeiend product bij: [[O:Cargobike Company]] verkocht vorig jaar 14.000 bakfietsen, de helft daarvan in [[L:Duitsland]] en [[L:Denemarken]]. De productie blijft voorlopig bij de huidige assemblagepartner in [[L:Nijmegen]], [[O:Montage Werkplaats Gelderland]], een sociaal bedrijf van de [[O:gemeente Nijmegen]]. Vanaf 2028 wil [[O:Zwaluw]] de bakfietsen in de eigen fabriek in [[L:Meppel]] bouwen.

"Bakfietsen zijn geen niche meer", zegt [[P:Gerrit Zwaluw]], algemeen directeur en kleinzoon van de oprichter. "Met [[O:Cargobike]] zitten we meteen in de kopgroep." Oprichter [[P:Noor El Amrani]] van [[O:Cargobike Company]] blijft twee jaar aan als productdirecteur.

De verkopende aandeelhouders zijn, naast de oprichter, het investeringsfonds [[O:Fietsfonds Nederland]] en de [[O:Regionale Ontwikkelingsmaatschappij Oost Nederland]] ([[O:Oost NL]]), die in 2021 instapte. "Voor [[O:Oost NL]] is dit een mooie afronding", aldus [[P:Wouter Menkveld]], fondsmanager.

De overname is gefinancierd door [[O:Rabobank]] en [[O:Triodos Bank]]. Adviseurs waren [[O:Boekel]] (juridisch) en [[O:Clearwater International]] (corporate finance) voor [[O:Zwaluw]], en [[O:Van Doorne]] voor de verkopers. De transactie is gemeld bij de [[O:Autoriteit Consument & Markt]] ([[O:ACM]]), die binnen vier weken een besluit neemt.

Noot voor de redactie: beeldmateriaal en meer informatie bij [[P:Lotte Huisman]], communicatie [[O:Zwaluw Rijwielen]], pers@zwaluw.example, 0522 24 68 10
""")

d("nl", "inkooporder", """
INKOOPORDER 2026-04417

Besteller
[[O:Waterschap Vechtstromen]]
Afdeling Inkoop, Postbus 330, 7600 AH [[L:Almelo]]
Contactpersoon: [[P:Mirjam Kuipers-Olthof]], inkoopadviseur, telefoon 088 220 3300

Leverancier
[[O:Pompentechniek Oost B.V.]]
Industrieweg 17, 7460 AB [[L:Rijssen]]
KvK 08123456 · Uw contactpersoon: de heer [[P:Henk Nijhuis]]

Datum: 25 november 2026
Referentie: raamovereenkomst "Onderhoud gemalen 2025-2028", perceel 2, gegund aan [[O:Pompentechniek Oost]]

Omschrijving
1. Revisie dompelpomp gemaal Lageveld, [[L:Hengelo]] – 1 stuk – € 8.420,00
2. Levering en montage nieuwe frequentieregelaar, fabricaat [[O:Danfoss]] – 1 stuk – € 3.160,00
3. Storingsdienst december (piketdienst buiten kantooruren) – 1 maand – € 950,00
Totaal excl. btw € 12.530,00

Afleveradres: gemaal Lageveld, Lageveldweg 3, [[L:Hengelo]]. Toegang alleen na afstemming met de rayonbeheerder van het waterschap, de heer [[P:Erik ter Horst]], 06 51 22 80 14.

Voorwaarden
Op deze order zijn de Algemene Inkoopvoorwaarden van [[O:Waterschap Vechtstromen]] van toepassing. Werkzaamheden aan elektrische installaties mogen alleen worden uitgevoerd door personeel met een geldig VCA-certificaat. De onderaannemer voor elektrotechniek die u in uw inschrijving noemde, [[O:Elektro Kamphuis Tubbergen]], mag zonder voorafgaande toestemming niet worden vervangen.

Facturatie
Uitsluitend elektronisch via het Peppol-netwerk, onder vermelding van het ordernummer. Betaling binnen 30 dagen. Facturen zonder ordernummer worden door [[O:Het Waterschapshuis]], dat onze crediteurenadministratie verzorgt, geweigerd.

Ons waterschap werkt voor deze storingsdienst samen met de [[O:gemeente Hengelo]]; eventuele overlast voor bewoners meldt u bij beide organisaties.

Met vriendelijke groet,
namens het dagelijks bestuur van [[O:Waterschap Vechtstromen]],
[[P:Mirjam Kuipers-Olthof]]
""")

d("nl", "expeditie_instructie", """
[[O:VAN GILST INTERNATIONAL FORWARDING B.V.]]
Waalhaven Oostzijde 85 · 3087 BM [[L:Rotterdam]]

EXPEDITIE-INSTRUCTIE / GEGEVENS VOOR CMR-VRACHTBRIEF
Zendingnummer: VGF-26-118904

Afzender
[[O:Bloemenveiling Holland Export B.V.]], Legmeerdijk 313, 1431 GB [[L:Aalsmeer]], [[L:Nederland]]

Geadresseerde
[[O:Kwiaty Hurt Sp. z o.o.]], ul. Przemysłowa 12, 60-301 [[L:Poznań]], [[L:Polen]]

Vervoerder
[[O:Transport Brandsma Heerenveen B.V.]], kenteken trekker 52-BKZ-7 / oplegger OX-48-DL

Plaats en datum van inontvangstneming: [[L:Aalsmeer]], 8 december 2026, 04.30 uur
Plaats van aflevering: [[L:Poznań]], 9 december 2026, uiterlijk 08.00 uur

Goederen: 26 Deense karren met snijbloemen (rozen, tulpen, chrysanten), temperatuur 2–4 °C, bruto 4.860 kg. Fytosanitair certificaat afgegeven door de [[O:Nederlandse Voedsel- en Warenautoriteit]] ([[O:NVWA]]) via [[O:Naktuinbouw]]; keuring door de [[O:NVWA]] op 7 december om 22.00 uur.

Route: [[L:Aalsmeer]] – [[L:Oldenzaal]] – [[L:Hannover]] – [[L:Frankfurt an der Oder]] – [[L:Poznań]]. Geen tussenstop langer dan 45 minuten. Douane: niet van toepassing (intracommunautair).

Betaling vracht: door afzender (franco). Verzekering: CMR-aansprakelijkheid van de vervoerder; aanvullend transportverzekering van [[O:Bloemenveiling Holland Export]] bij [[O:Nationale-Nederlanden]].

Bijzondere instructies: temperatuurlogger uitlezen bij aflevering en meesturen met de getekende CMR. Bij vertraging direct melden bij [[P:Agnieszka Wróbel]] van [[O:Kwiaty Hurt]] (+48 61 555 0188) en bij onze planner.

Planner [[O:Van Gilst]]: [[P:Dennis Koopmans]], d.koopmans@vangilst.example
Opdrachtgever: [[P:Kees Zandvliet]], logistiek, [[O:Holland Export]]
""")

d("nl", "cv", """
CURRICULUM VITAE

[[P:Fleur Demirci-Hoogland]]
[[L:Groningen]] · fleur.demirci@mail.example · 06 12 34 87 65

Profiel
Beleidsadviseur energie met een achtergrond in technische bestuurskunde. Werkt graag op het snijvlak van overheid, netbeheer en bewonersinitiatieven.

Werkervaring
2022 – heden: senior beleidsadviseur energietransitie, [[O:provincie Groningen]]
Opstellen van de regionale energiestrategie met de [[O:gemeente Het Hogeland]], [[O:Groningen Seaports]] en netbeheerder [[O:Enexis]]; begeleiding van de subsidie voor warmtenetten.

2019 – 2022: projectleider, [[O:Grunneger Power]], [[L:Groningen]]
Coöperatie van bewoners. Opzetten van zonnedaken op scholen en boerderijen; samenwerking met [[O:Energie VanOns]] en [[O:Hygro]].

2017 – 2019: trainee, [[O:Gasunie]], [[L:Groningen]]
Roulaties bij asset management en bij dochterbedrijf [[O:Gasunie Transport Services]].

Opleiding
2015 – 2017: MSc Engineering and Policy Analysis, [[O:TU Delft]]
2012 – 2015: BSc Technische Bestuurskunde, [[O:TU Delft]]; minor aan de [[O:Kyoto University]], [[L:Japan]]
2006 – 2012: vwo, [[O:Praedinius Gymnasium]], [[L:Groningen]]

Nevenactiviteiten
Bestuurslid van [[O:Dorpsbelangen Ten Boer]] sinds 2021; vrijwilliger bij [[O:Stichting Nieuwe Groninger]], die nieuwkomers helpt met taal en werk.

Talen
Nederlands (moedertaal), Turks (moedertaal), Engels (vloeiend), Duits (goed).

Referenties
[[P:Anne-Marie Schuiling]], programmamanager energie, [[O:provincie Groningen]]
[[P:Koen Bakker]], voormalig directeur [[O:Grunneger Power]]
""")

d("nl", "referentiebrief", """
[[O:Dierenkliniek Het Gooi]]
Huizerweg 121 · 1261 AZ [[L:Blaricum]]

[[L:Blaricum]], 4 december 2026

Aan wie het aangaat

Betreft: referentie voor mevrouw [[P:Yara Mulder]]

Met veel plezier schrijf ik deze referentie voor [[P:Yara Mulder]], die van september 2022 tot en met november 2026 als dierenarts gezelschapsdieren in onze praktijk heeft gewerkt.

[[O:Dierenkliniek Het Gooi]] is een zelfstandige praktijk met vier dierenartsen en zes paraveterinairen. [[P:Yara]] heeft zich in die jaren ontwikkeld tot een van de steunpilaren van de praktijk. Ze deed de meeste orthopedische ingrepen, draaide de avond- en weekenddiensten in de regionale spoedpost die wij samen met [[O:Dierenartsenpraktijk Eemnes]] en [[O:AniCura Hilversum]] verzorgen, en begeleidde diergeneeskundestudenten van de [[O:Universiteit Utrecht]] tijdens hun coschappen.

Daarnaast volgde zij met steun van de praktijk de Europese opleiding orthopedie bij [[O:Improve International]] en deed ze mee aan de onderzoeksgroep van het [[O:Universitair Dierenziekenhuis]] in [[L:Utrecht]]. Ze presenteerde een casus op het congres van de [[O:Koninklijke Nederlandse Maatschappij voor Diergeneeskunde]] ([[O:KNMvD]]).

[[P:Yara]] is zorgvuldig, communiceert helder met eigenaren en is een prettige collega. Ook bij lastige gesprekken, bijvoorbeeld over euthanasie, weet zij de juiste toon te vinden. Bij de audit van de [[O:KNMvD]] in 2025 werd haar verslaglegging als voorbeeld genoemd.

Zij vertrekt uit eigen beweging om zich in [[L:Gent]] verder te specialiseren aan de [[O:Universiteit Gent]]. Wij laten haar met spijt gaan en bevelen haar van harte aan.

Met vriendelijke groet,

drs. [[P:Maarten Blokhuis]]
dierenarts-eigenaar, [[O:Dierenkliniek Het Gooi]]
""")

d("nl", "deelnemerslijst_congres", """
[[O:NEDERLANDSE VERENIGING VOOR ZIEKENHUISAPOTHEKERS]] ([[O:NVZA]])
Najaarssymposium "Geneesmiddelentekorten" – 27 november 2026, Jaarbeurs [[L:Utrecht]]

DEELNEMERSLIJST (stand 25 november, 16.00 uur)

[[P:Aydın, S.]] – [[O:Amsterdam UMC]]
[[P:Bosman, J.H.]] – [[O:Ziekenhuisapotheek Noord- en Oost-Gelderland]], [[L:Zutphen]]
[[P:Claessens, M.]] – [[O:Maastricht UMC+]]
[[P:Dijkstra-Wiersma, A.]] – [[O:Medisch Centrum Leeuwarden]]
[[P:El Idrissi, N.]] – [[O:Erasmus MC]], [[L:Rotterdam]]
[[P:Gerritsen, T.]] – [[O:College ter Beoordeling van Geneesmiddelen]] ([[O:CBG]])
[[P:Hoekman, R.]] – [[O:Inspectie Gezondheidszorg en Jeugd]]
[[P:Jansen, P.]] – [[O:Sanquin]]
[[P:Kok, L.]] – [[O:Ministerie van Volksgezondheid, Welzijn en Sport]]
[[P:Lambrechts, E.]] – [[O:AZ Sint-Jan Brugge]], [[L:België]]
[[P:Mertens, W.]] – [[O:Brocacef Ziekenhuisfarmacie]], [[L:Maarssen]]
[[P:Nijenhuis, F.]] – [[O:Isala]], [[L:Zwolle]]
[[P:Oosterhuis, K.]] – [[O:Apotheek Zorggroep Almere]]
[[P:Peeters, G.]] – [[O:Teva Nederland]]
[[P:Rahimi, H.]] – [[O:Rijnstate]], [[L:Arnhem]]
[[P:Van Leeuwen, C.]] – [[O:Zorgverzekeraars Nederland]]

Sprekers
Dr. [[P:Tineke Gerritsen]] ([[O:CBG]]): het Europese meldpunt voor tekorten
[[P:Walter Mertens]] ([[O:Brocacef]]): voorraden aanhouden – wie betaalt?
Prof. dr. [[P:Rachid El Idrissi]] ([[O:Erasmus MC]]): zelf bereiden als noodoplossing

Organisatorische opmerkingen
De [[O:Inspectie Gezondheidszorg en Jeugd]] ([[O:IGJ]]) neemt deel als toehoorder; de [[O:IGJ]] verzoekt niet te citeren zonder toestemming. Deelnemers van [[O:Teva Nederland]] en [[O:Brocacef]] nemen niet deel aan het besloten middagprogramma. Accreditatie is aangevraagd bij de [[O:KNMP]].

De lunch wordt verzorgd door [[O:Smaakmakers Catering]]. Vragen aan het bureau van de [[O:NVZA]]: [[P:Ellen van der Sluis]], congres@nvza.example
""")

d("nl", "clubnieuws", """
CLUBBLAD [[O:VV ROODA]] – DECEMBER 2026

Uitslagen

Zaterdag 1: [[O:VV Rooda]] – [[O:SV Urk]] 2-2
Een punt tegen de koploper! [[P:Jesse Kramer]] maakte er in de slotminuut 2-2 van. Trainer [[P:Arjan Boersma]]: "Dit is het [[O:Rooda]] dat we willen zien."

Zondag 1: [[O:SC Genemuiden]] – [[O:Rooda]] 3-0
Tegen [[O:Genemuiden]] was er weinig aan te doen. Aanvoerder [[P:Rick Wubs]] viel uit met een hamstringblessure.

Vrouwen 1: [[O:Rooda]] – [[O:vv Berkum]] 4-1, met drie doelpunten van [[P:Lisa Doornbos]].

JO13-1 werd kampioen in de najaarscompetitie van de [[O:KNVB]] district Oost. Proficiat aan trainers [[P:Henk-Jan Post]] en [[P:Gert Mulder]]!

Sponsornieuws
Ook dit seizoen kunnen we rekenen op onze hoofdsponsor [[O:Kuiper Bouw & Onderhoud]] uit [[L:Kampen]]. Nieuw in het sponsorpakket zijn [[O:Bakkerij Van der Wal]] (de krentenbollen na de training!), [[O:Autobedrijf 't Hof]] en [[O:Fysio+ Kampen-Zuid]]. [[O:Rabobank]] schonk via de Clubsupport-actie € 1.840 voor nieuwe doelen. De [[O:gemeente Kampen]] betaalt mee aan de ledverlichting op veld 2.

Vrijwilligers
De kantinecommissie zoekt nog mensen voor de zaterdagochtend. Aanmelden bij [[P:Marjan Bos]]. Dank aan [[O:Schildersbedrijf Koerts]] voor het gratis schilderen van de kleedkamers.

Agenda
14 december: kerstklaverjas in de kantine, opbrengst voor [[O:Stichting Leergeld IJsselmond]]
28 december: oliebollentoernooi voor de jeugd, met deelname van [[O:PEC Zwolle]]-voetbalschool
6 januari: nieuwjaarsreceptie met de burgemeester van [[L:Kampen]]

Redactie: [[P:Pieter Hulst]], clubblad@vvrooda.example
""")

d("nl", "energieleverancier_brief", """
[[O:WINDKRACHT ENERGIE]]
Postbus 2140 · 8203 AC [[L:Lelystad]]

De heer [[P:R. Doğan]]
Bloemhof 22
6717 LK [[L:Ede]]

[[L:Lelystad]], 1 december 2026
Klantnummer: 40018822 · Uw contract: Windstroom Vast 1 jaar

Betreft: nieuwe tarieven per 1 januari 2027 en overstap van meetbedrijf

Geachte heer [[P:Doğan]],

Per 1 januari 2027 wijzigen de tarieven van uw contract bij [[O:Windkracht Energie]]. Uw stroomprijs daalt van € 0,2710 naar € 0,2590 per kWh, inclusief energiebelasting en btw. Uw vaste leveringskosten blijven € 6,99 per maand. Uw nieuwe termijnbedrag wordt € 98 per maand.

De netbeheerkosten worden niet door ons bepaald maar door uw netbeheerder, [[O:Liander]]. [[O:Liander]] heeft de tarieven goedgekeurd gekregen van de [[O:Autoriteit Consument & Markt]]; wij berekenen ze één op één aan u door.

Onze stroom komt van windparken in [[L:Flevoland]] en uit de [[L:Noordzee]], waaronder het park Hollandse Kust Noord van [[O:CrossWind]], een samenwerking van [[O:Shell]] en [[O:Eneco]]. Dit kunt u nagaan via de garanties van oorsprong die [[O:CertiQ]], dochter van [[O:TenneT]], voor ons registreert.

Verder laten wij u weten dat het uitlezen van uw slimme meter vanaf februari wordt gedaan door [[O:Meetdata Nederland B.V.]] in plaats van door [[O:Energy Data Services]]. Voor u verandert er niets.

[[O:Windkracht Energie]] is een handelsnaam van [[O:Windkracht Levering B.V.]], dochteronderneming van [[O:Coöperatie Windkracht Flevoland U.A.]] Bent u het niet eens met een beslissing van ons, dan kunt u terecht bij [[O:De Geschillencommissie]] in [[L:Den Haag]].

Met vriendelijke groet,

[[P:Saskia de Groot]]
Klantenservice [[O:Windkracht Energie]]
""")

d("nl", "partnerdirectory", """
[[O:FACTUURLY]] – GECERTIFICEERDE IMPLEMENTATIEPARTNERS [[L:BENELUX]]

Wilt u [[O:Factuurly]] koppelen aan uw boekhouding of ERP? Onderstaande partners zijn door ons opgeleid en getoetst. [[O:Factuurly B.V.]] is niet aansprakelijk voor het werk van partners; zij sluiten zelf een overeenkomst met u.

[[L:Noord-Nederland]]
[[O:Kloosterman ICT]], [[L:Leeuwarden]] – specialist in [[O:Exact]]-koppelingen voor agrarische bedrijven
[[O:Noordelijk Administratiekantoor Hofstra & Zn.]], [[L:Drachten]]

[[L:Randstad]]
[[O:Cijferwerk 2.0 B.V.]], [[L:Amsterdam]] – ook voor stichtingen en verenigingen
[[O:Van Rijn & Partners Accountants]], [[L:Leiden]]
[[O:ERPlus Consultancy]], [[L:Rotterdam]] – Microsoft Dynamics en SAP Business One
[[O:Finance Crew Utrecht]], [[L:Utrecht]]

[[L:Zuid-Nederland]]
[[O:BrabantBoekt]], [[L:Eindhoven]]
[[O:Limburgse Digitale Administratie]] ([[O:LDA]]), [[L:Maastricht]] – klanten aan beide kanten van de grens; [[O:LDA]] werkt ook in het Duits

[[L:België]]
[[O:Cloudboek BV]], [[L:Gent]] – ook Peppol-migratie voor de [[O:FOD Financiën]]
[[O:Comptaflow SRL]], [[L:Namen]]

[[L:Luxemburg]]
[[O:Fiduciaire Weber & Schmit S.à r.l.]], [[L:Luxemburg]]

Wijzigingen
Sinds oktober 2026 is [[O:BrabantBoekt]] onderdeel van [[O:Visma]]; de afspraken met [[O:Factuurly]] lopen door. [[O:Kloosterman ICT]] heeft de klanten van het gestopte [[O:Digiboer]] overgenomen.

Partner worden? Neem contact op met [[P:Thijs Verbruggen]], partnermanager, partners@factuurly.example.
""")


# ================================================================ processing
# The markup, the checks, the file and the counts are docset.py's, with this
# set's name, its documents' length in characters and docset5.py's lists of
# legal forms (for grouping a company's full and short names) and of titles
# (for the warning when a PERSON starts with one), with this set's own.
LEGAL_FORMS = docset5.LEGAL_FORMS + [
    # this set's additions
    "GMBH & CO. KG", "Soc. Coop. Agricola", "S.à r.l. et Cie, S.C.A.",
    "Sp. z o.o.", "Pte. Ltd.", "Co., Ltd.", "Ltd.", "L.L.C.", "LLC", "PLC",
    "LTD", "K.K.", "Lda.", "S.p.A.", "S.P.A.", "S.R.L.", "S.r.l.s.", "S.n.c.",
    "S.A.U.", "S.L.P.", "S.Coop.", "S.A.T.", "S.à r.l.", "SRL", "EURL", "OHG",
    "OG", "e.K.", "e.V.", "E.V.", "ApS", "A/S", "V.O.F.", "U.A.", "NV", "BV",
    "APS", "AS",
]
TITLE_PREFIXES = docset5.TITLE_PREFIXES + (
    # this set's additions
    "Mgr", "Père ", "don ", "avv.", "dott", "geom.", "arch.", "ing.",
    "drs.", "prof.", "Mr.", "Sr. D.", "D.ª", "Dra ", "Dra.", "PD Dr", "Me ",
    "Maître", "Univ.-Prof", "Pr ", "Sig.ra", "sig.", "notaio ", "Notar")


def char_count(text):
    """This set's documents are 800 to 2,500 characters long."""
    n = len(text)
    return 800 <= n <= 2500, f"{n} characters"


if __name__ == "__main__":
    docset.main(DOCS, name="docset7", default_out="docs7.jsonl", size_check=char_count,
                legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES)
