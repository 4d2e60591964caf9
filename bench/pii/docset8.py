#!/usr/bin/env python3
"""The eighth document set: 72 everyday business and administrative
documents (bank account statements and loan offers, HR letters of offer,
warning, termination and reference, insurance policy schedules and claim
decisions, freight and customs paperwork, clinic and hospital letters and
referrals, procurement and tender documents, local news articles, charity
newsletters and donor letters, rental and lease contracts, utility bills,
school and university letters, court summonses and judgments, police
reports, association minutes, trade fair exhibitor lists, press releases
about partnerships, auditors' reports, e-mail threads between firms,
meeting invitations, chamber of commerce newsletters, tourism brochures,
real-estate listings, job advertisements, customer complaints and replies),
12 each in English, German, French, Spanish, Italian and Dutch, each written
in its own language rather than translated, 800 to 2,500 characters and at
least three paragraphs long, with letterheads, address blocks, signature
blocks with job titles, lists, tables as text, headings in capitals, e-mail
headers (From/To/Cc) and footers with register numbers. Organisations are
dense and of many kinds and shapes (companies with and without a legal
form, one-word brand-like names introduced only by their context, names
made of a surname, with digits, "&", "+" or a hyphen, names in capitals,
foreign companies named in another language's text, ministries, regional
and local authorities, tax offices, courts, police forces, agencies,
hospitals, schools, universities, banks, insurers, foundations,
associations, clubs, trade unions, parishes, hotels, restaurants and shops;
public bodies written with lower-case words; acronyms defined in brackets
and then used alone; short names after the full name), annotated with
PERSON, ORGANIZATION and LOCATION. Written on 2026-12-07 by a helper who had
not seen the analyzer or the documents of the other sets (it read only the
conventions at the top of docset7.py, the processing code at the bottom of
docset7.py and the functions of docset.py), with invented and a few real
organisation names (none from Faker or mimesis); kept blind: the rules'
author has not read its documents or its errors, only its scores. Never tune
on it.

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs8.jsonl next to this file).

Conventions (those of docset7.py, which are docset6.py's and docset5.py's):
an ORGANIZATION span covers the name as written, with its legal form,
without a leading article unless the article is part of the name ("De
Nederlandsche Bank", "De Geschillencommissie", "The Student Hotel"); a
possessive ending is left out ("Bramblewick's"); a German genitive is kept
as written ("des Landeskriminalamtes Nordrhein-Westfalen", "der Deutschen
Bahn"); a place inside an organisation's name belongs to the ORGANIZATION
("Tribunal judiciaire de Grenoble", "Gemeente Deventer", "CCOO de
Andalucía"). A public body written with a lower-case word is marked as
written ("rechtbank Noord-Holland", "tribunal administratif de Bordeaux",
"paroisse Sainte-Marguerite"). An acronym defined in brackets is marked on
its own, apart from the full name, and so is each later use of it or of a
short name. Hospitals, hotels, practices, pharmacies, schools, parishes and
a shop's or team's trading name are organisations; a department, section,
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
import docset7  # its lists of legal forms and titles (docset5.py's with its additions)

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))

# ---------------------------------------------------------------- English
d("en", "bank_statement", """
[[O:NORTHMERE BANK PLC]]
Business Banking Centre, 14 Quayside, [[L:Newcastle upon Tyne]] NE1 3DX

Account holder: [[O:Hallam & Pryce Joinery Ltd]]
Unit 7, Attercliffe Works, [[L:Sheffield]] S9 2RT
Sort code 40-17-22   Account 61839904
Statement period 1 October 2026 to 31 October 2026

DATE    DESCRIPTION                                       PAID OUT    PAID IN
01 Oct  Balance brought forward                                      12,480.33
02 Oct  BACS credit [[O:Castleford Homes Ltd]] inv 2291                  4,860.00
03 Oct  Direct debit [[O:Velnor]] business broadband          64.99
06 Oct  Card [[O:Jewson]] [[L:Rotherham]]                          1,122.40
07 Oct  Direct debit [[O:HMRC]] VAT quarter 3                3,915.00
09 Oct  Faster payment [[O:Oakridge Timber Supplies]]         2,740.18
13 Oct  BACS credit [[O:Sheffield City Council]] PO 77120                2,150.00
15 Oct  Direct debit [[O:Zurich Insurance plc]] van fleet       286.52
17 Oct  Card [[O:Screwfix]] [[L:Doncaster]]                          96.30
20 Oct  Standing order [[O:Kelham Estates LLP]] rent          1,450.00
22 Oct  BACS credit [[O:Pennine Housing Association]]                    3,380.00
24 Oct  Direct debit [[O:Yorkshire Water]]                      71.04
27 Oct  Salaries via [[O:Payfold]]                            8,912.66
30 Oct  Account fee                                           18.00
31 Oct  Balance carried forward                                       4,743.30

Important information about your account

Your arranged overdraft of £5,000 was renewed on 12 October. If you would like to discuss an asset finance facility for the new CNC router, your relationship manager [[P:Gareth Llewellyn]] can be reached on 0191 498 2270. The payment of 9 October to [[O:Oakridge Timber Supplies]] was held for two hours because the payee's bank details had changed; please confirm any such change with [[P:Llewellyn]] by telephone before paying.

From January the statement fee will be waived for members of the [[O:Federation of Small Businesses]] ([[O:FSB]]) who bank with us; [[O:FSB]] members should send their membership number to the branch.

Eligible deposits with [[O:Northmere Bank]] are protected by the [[O:Financial Services Compensation Scheme]]. [[O:Northmere Bank plc]] is authorised by the [[O:Prudential Regulation Authority]] and regulated by the [[O:Financial Conduct Authority]] and the [[O:Prudential Regulation Authority]]. Registered in [[L:England]] no. 04418273.
""")

d("en", "hr_offer_letter", """
[[O:CORVANE LOGISTICS LTD]]
Harbour House, Dock Road, [[L:Felixstowe]] IP11 3SY

Ms [[P:Priya Ramanathan]]
22 Cauldwell Avenue
[[L:Ipswich]] IP4 4DY

12 November 2026

Dear [[P:Priya]],

Offer of employment – Customs Compliance Coordinator

Following your interviews with [[P:Martin Shaw]] and [[P:Elena Cosma]], I am delighted to offer you the post of Customs Compliance Coordinator at our [[L:Felixstowe]] office, reporting to [[P:Martin Shaw]], Head of Customs. Your start date will be 5 January 2027, subject to two satisfactory references (from [[O:Tideway Freight Services]], your current employer, and from [[O:Harwich Haven Authority]]) and a basic check with [[O:Disclosure Scotland]].

Your salary will be £34,500 a year. You will be enrolled in the [[O:Lumen Workplace Pension Trust]] and covered by our private medical scheme with [[O:Vitalis Health Insurance Ltd]]. In your first year we will fund the Certificate in International Trade of the [[O:Institute of Export & International Trade]] and a two-week secondment to our sister company [[O:Corvane Customs Brokers B.V.]] in [[L:Rotterdam]], where you will work with [[P:Joost Hermans]] on the clients we share with [[O:Ashby Garden Products]] and [[O:Kinver Foods plc]].

[[O:Corvane]] recognises [[O:Unite the Union]] for collective bargaining at the depot; office staff may join but are not covered by the agreement. Lunch is provided through [[O:Fresco Vending]], and a discounted gym membership is available at [[O:PureMotion Ipswich]].

Please sign and return the enclosed contract by 26 November. If you have any questions, contact [[P:Shaw]] or me.

Yours sincerely,

[[P:Helen Okafor]]
Head of People, [[O:Corvane Logistics Ltd]]

Registered in [[L:England]] and [[L:Wales]] No. 08822716. A member of the [[O:British International Freight Association]] ([[O:BIFA]]); all business is transacted under the [[O:BIFA]] Standard Trading Conditions.
""")

d("en", "insurance_claim_decision", """
[[O:Aldergate Insurance plc]]
Commercial Claims, PO Box 4410, [[L:Norwich]] NR1 9ZZ

Mr [[P:Robert Hennessy]]
[[O:Crumb & Co]] Artisan Bakery
3 Market Row, [[L:Bury St Edmunds]] IP33 1BT

Your broker: [[O:Tarrant Insurance Brokers Ltd]], ref. TIB/66120
Claim number: ALD-CC-2026-044917

Dear Mr [[P:Hennessy]],

DECISION ON YOUR CLAIM FOR ESCAPE OF WATER

Thank you for your patience while we investigated the water damage discovered at the bakery on 14 August. Our loss adjusters, [[O:Pellham Loss Adjusters LLP]], visited on 16 August with the drying contractor [[O:DryWorks UK]] and have now sent their final report.

The report confirms that the leak came from a failed compression joint fitted by [[O:Fenwick Plumbing & Heating]] in March. We will therefore settle the claim as follows:

1. Building repairs: accepted, £11,240, payable to your landlord [[O:Abbeygate Property Holdings Ltd]], who insure the structure with us under a separate policy.
2. Stock and ingredients: accepted, £2,310, based on invoices from [[O:Shipton Mill]] and [[O:Bako Eastern]].
3. Deck oven: we accept the repair estimate of [[O:Rational UK]], £1,780, rather than replacement.
4. Loss of income: accepted for the six weeks of closure, £9,600, calculated by [[O:Pellham]] from your accounts prepared by [[O:Granger Whitlock Accountants]].
5. Freezer contents: declined, as the freezer was not affected by the water.

Less the policy excess of £500, we will pay £24,430. We intend to recover our outlay from [[O:Fenwick Plumbing & Heating]] and its liability insurer, [[O:Hiscox]]; you need take no action.

If you are unhappy with this decision, please contact [[P:Olivia Marsh]], Complaints Manager. If we cannot resolve your complaint within eight weeks you may refer it to the [[O:Financial Ombudsman Service]].

Yours sincerely,

[[P:Daniel Achterberg]]
Senior Claims Handler

[[O:Aldergate Insurance plc]] is authorised by the [[O:Prudential Regulation Authority]] and regulated by the [[O:Financial Conduct Authority]] ([[O:FCA]]); [[O:FCA]] register number 202871.
""")

d("en", "freight_customs", """
SHIPPING INSTRUCTIONS / EXPORT DECLARATION REQUEST

Forwarder: [[O:Brightsea Forwarding Ltd]], Unit 12, Thames Gateway Park, [[L:Tilbury]] RM18 7EH
Our ref: BSF/EXP/26/7731      Date: 19 November 2026

Exporter (shipper): [[O:Halden Precision Castings Ltd]], Netherton Road, [[L:Dudley]] DY2 9PX, EORI GB491820337000
Consignee: [[O:Metalúrgica Quintanar S.A.]], Polígono Industrial Las Arenas, [[L:Bilbao]], [[L:Spain]]
Notify party: [[O:Transitarios Urrutia S.L.]], [[L:Bilbao]]
Goods: 14 pallets of grey iron pump housings, HS 8413.91, gross weight 9,860 kg
Incoterms: FCA [[L:Tilbury]]

Instructions

Please collect on 24 November via your haulier [[O:Kellaway Transport]] and deliver to the [[O:DFDS]] terminal for the sailing to [[L:Rotterdam]], onward by [[O:Samskip]] short-sea service to [[L:Bilbao]]. Our customs agent [[O:ClearPort Customs Services]] will lodge the export declaration on CDS; the goods are not controlled, but the [[O:Export Control Joint Unit]] confirmed in writing that no licence is needed (letter enclosed).

Payment is by documentary credit issued by [[O:Kutxabank]] and advised through [[O:Lloyds Bank plc]]. The credit calls for a clean bill of lading, a certificate of origin stamped by the [[O:Black Country Chamber of Commerce]] and an insurance certificate from [[O:Marlowe Cargo Underwriters]] for 110% of invoice value.

Contacts

Shipper: [[P:Sandeep Gill]], Logistics Manager, [[O:Halden Precision Castings]], 01384 552 019
Forwarder: [[P:Katie Drummond]], Export Desk, [[O:Brightsea]]
Consignee: [[P:Iñaki Etxeberria]], Compras, [[O:Metalúrgica Quintanar]]

Please note that [[O:Halden]] cannot accept demurrage charges caused by late release at [[L:Bilbao]]; any queries from the Spanish customs office (the [[O:Aduana de Bilbao]]) should go to [[O:Transitarios Urrutia]] directly.
""")

d("en", "hospital_referral", """
[[O:Riverside Medical Practice]]
41 Bridge Street, [[L:Shrewsbury]] SY1 1QD

To: Orthopaedic Outpatients, [[O:Royal Shrewsbury Hospital]]
[[O:Shrewsbury and Telford Hospital NHS Trust]]

Copy: [[O:Severnside Physiotherapy]]; patient

Re: Mr [[P:Alan Whitcombe]], born 03/05/1968, NHS no. 485 777 3456

Dear colleague,

I would be grateful if you could see this 58-year-old warehouse supervisor at [[O:Kestrel Distribution Ltd]], who has had right knee pain and locking for four months after a twisting injury while playing for [[O:Meole Brace Veterans FC]]. An MRI arranged privately through his employer's scheme with [[O:AXA Health]] at [[O:InHealth Telford]] shows a displaced bucket-handle tear of the medial meniscus.

He has completed six sessions at [[O:Severnside Physiotherapy]] without improvement. Bloods taken on 2 November and analysed by [[O:Shropshire Pathology]] were normal. Current medication: naproxen 500 mg twice daily, dispensed by [[O:Boots]] on Pride Hill, and omeprazole.

His occupational health provider, [[O:Medigold Health]], has restricted him to light duties, and his employer's HR adviser (Mrs [[P:Ruth Kendal]]) has asked for an estimate of the waiting time. He would be willing to be treated at the [[O:Robert Jones and Agnes Hunt Orthopaedic Hospital]] in [[L:Oswestry]] if that is quicker. He is also a volunteer driver for [[O:Shropshire Rural Transport]] and has asked whether he may drive; I have advised him to inform the [[O:DVLA]] only if advised by you.

Yours sincerely,

Dr [[P:Fiona Cartwright]] MRCGP
GP Partner, [[O:Riverside Medical Practice]]
Part of [[O:Shrewsbury Primary Care Network]]; commissioned by [[O:NHS Shropshire, Telford and Wrekin]]
""")

d("en", "tender_invitation", """
[[O:NORTH WOLD DISTRICT COUNCIL]]
Invitation to Tender: Grounds Maintenance Services 2027–2031
Reference NWDC/PROC/2026/118

1. INTRODUCTION

[[O:North Wold District Council]] ("the Council") invites tenders for the maintenance of parks, cemeteries and highway verges in [[L:Market Wetherby]], [[L:Thornsby]] and surrounding parishes. The contract is let jointly with [[O:Wetherby Town Council]] and [[O:Thornsby Parish Council]], which will place call-off orders for their own sites. The current contractor, [[O:Greenway Estates Management Ltd]], has given notice that it will not seek renewal.

2. PROCEDURE

The procurement is run as an open procedure under the Procurement Act 2023 through the [[O:YORtender]] portal, managed for the Council by [[O:Yorkshire Purchasing Partnership]] ([[O:YPP]]). Clarification questions must be submitted through the portal by 8 January 2027; answers will be published to all bidders. Tenders close at 12:00 on 29 January 2027.

3. REQUIREMENTS

Bidders must hold Constructionline Gold accreditation or equivalent, employer's liability insurance of £10m and public liability insurance of £5m, and must pay the Real Living Wage as accredited by the [[O:Living Wage Foundation]]. Herbicide use near watercourses must be agreed with the [[O:Environment Agency]]; work in the churchyard at [[L:Thornsby]] needs the consent of the [[O:Diocese of York]] and of [[O:St Wilfrid's Church]].

4. SOCIAL VALUE

Ten per cent of the marks are for social value, for example apprenticeships with [[O:Askham Bryan College]] or placements for clients of [[O:Wold Pathways CIC]]. Subcontracting to local firms such as [[O:Petty & Daughters Tree Care]] is welcomed but must be declared.

5. CONTACT

[[P:Michael Oyelaran]], Procurement Officer, procurement@northwold.example. The Council's legal services are provided by [[O:Wilkin Chapman LLP]], and no bidder may contact [[O:Wilkin Chapman]] or any councillor about the tender. Questions about the transfer of staff should go to [[P:Oyelaran]], not to [[O:Greenway]].
""")

d("en", "local_news", """
[[O:THE WESTBURY GAZETTE]]
Local news | Friday 27 November 2026

Former bank branch to become community café

By [[P:Lucy Penhaligon]]

The empty [[O:NatWest]] branch on the corner of Market Place, [[L:Westbury]], will reopen in spring as a café and repair shop run by the charity [[O:Second Chance Wiltshire]], after [[O:Wiltshire Council]] approved the change of use on Wednesday.

The building was bought in June by [[O:Hollis & Vane Developments]], a [[L:Bath]] firm that has restored several listed shopfronts in [[L:Frome]] and [[L:Trowbridge]]. Director [[P:Adam Hollis]] said the ground floor would be let to the charity at a peppercorn rent for five years, while the upper floors become three flats.

[[O:Second Chance Wiltshire]] already runs a furniture shop in [[L:Warminster]] and works with [[O:Wiltshire Police]] and the probation service to offer work placements. Its chief executive, [[P:Sophie Adeyemi]], said the café would employ six people and train volunteers, with coffee supplied by [[O:Brew Lab Roasters]] of [[L:Devizes]] and bread from [[O:Hobbs House Bakery]].

Not everyone is pleased. [[P:Graham Tilley]], who owns [[O:Tilley's Tearooms]] two doors away, told the [[O:Gazette]] that a subsidised café would take trade from existing businesses. The [[O:Westbury Chamber of Trade]] said it welcomed any use that brought the empty building back to life.

Funding of £85,000 has come from the [[O:National Lottery Community Fund]], the [[O:Wiltshire Community Foundation]] and a crowdfunding appeal backed by [[O:Westbury Rugby Club]]. The repair shop will be run with volunteers from [[O:Repair Café Wiltshire]] and tools donated by [[O:Toolstation]].

[[O:NatWest]] closed the branch in 2023, leaving the town with only a [[O:Post Office]] counter for basic banking. A [[O:Wiltshire Council]] spokesperson said a banking hub run by [[O:Cash Access UK]] was still being considered for [[L:Westbury]].
""")

d("en", "charity_donor_letter", """
[[O:Hearthstone Trust]]
Supporting families through childhood cancer since 1994
The Old Granary, Mill Lane, [[L:Chester]] CH1 2LF

Mrs [[P:Margaret Ellery]]
9 Hawthorn Close
[[L:Nantwich]] CW5 6PL

December 2026

Dear Mrs [[P:Ellery]],

Thank you so much for your gift of £250 in memory of your husband [[P:Trevor]]. Together with the money raised by his former colleagues at [[O:Bentley Motors]] and by the bowls section of [[O:Nantwich Town Sports Club]], it will pay for a family's stay at our home-from-home flats beside [[O:Alder Hey Children's Hospital]] in [[L:Liverpool]].

This year has been our busiest yet. We supported 412 families referred by [[O:Alder Hey]], the [[O:Royal Manchester Children's Hospital]] and [[O:Ysbyty Gwynedd]] in [[L:Bangor]]. Our new play specialist post is funded for three years by the [[O:Westminster Foundation]], and [[O:Cheshire West and Chester Council]] has renewed its grant for our transport scheme, which is delivered with [[O:Chester Community Transport]].

We are also grateful to our corporate partners: [[O:Morrisons]] stores across [[L:Cheshire]], which chose us as their charity of the year; [[O:Brindle Hale Solicitors]], who gave free advice on our new lease; and [[O:Quayside Print Ltd]], who printed this letter at cost. Staff at [[O:Pochin Construction]] ran the [[L:Chester]] marathon in our colours in October.

If you are a [[L:UK]] taxpayer, please return the enclosed Gift Aid form so that we can claim an extra 25p for every pound from [[O:HMRC]]. You can update your contact preferences at any time by writing to [[P:Kerry Moffat]], our Supporter Care Officer.

With warmest thanks,

[[P:Jonathan Breckon]]
Chief Executive

[[O:Hearthstone Trust]] is a registered charity (no. 1038871) regulated by the [[O:Charity Commission]] and a member of the [[O:Fundraising Regulator]].
""")
d("en", "commercial_lease", """
LEASE OF COMMERCIAL PREMISES – PARTICULARS

Premises: Ground floor shop, 18 Northgate Street, [[L:Gloucester]] GL1 2AN

Landlord: [[O:Cathedral Quarter Investments Ltd]] (company no. 10992371), whose registered office is c/o [[O:Brook Farrant LLP]], 5 Brunswick Road, [[L:Gloucester]]
Tenant: [[O:Fennel & Fig Ltd]] (company no. 13004518), trading as "[[O:Fennel & Fig]]"
Guarantor: [[O:Orchard Table Group Ltd]], the Tenant's parent company
Landlord's agent: [[O:Bruton Knowles]]
Tenant's solicitors: [[O:Harrison Clark Rickerbys]]

1. TERM AND RENT

The term is ten years from 1 February 2027 with a tenant's break at the fifth anniversary. The rent is £32,000 a year exclusive of VAT, payable quarterly in advance to the Landlord's account with [[O:Handelsbanken]], reviewed upwards only in the sixth year. A rent deposit of six months' rent will be held by [[O:Brook Farrant]] in a designated client account.

2. USE AND CONSENTS

The Premises may be used as a restaurant and delicatessen within Class E. The Tenant shall obtain a premises licence from [[O:Gloucester City Council]] and register the food business with its environmental health team before opening. Any external signage needs listed building consent, as the building is in the conservation area; [[O:Historic England]] has been consulted on the shopfront drawings prepared by [[O:Roberts Limbrick Architects]].

3. INSURANCE AND SERVICES

The Landlord insures the building with [[O:Allianz]] and recovers the premium from the Tenant. Water is supplied by [[O:Severn Trent]]; electricity and gas are to be contracted by the Tenant (the previous occupier, [[O:Bramley's Bookshop]], used [[O:Octopus Energy]]). Fire alarm maintenance is carried out by [[O:Chubb Fire & Security]] and recharged through the service charge.

4. SIGNATURES

For the Landlord: [[P:Nicholas Ferrers]], Director, [[O:Cathedral Quarter Investments]]
For the Tenant: [[P:Amira Haddad]], Managing Director, [[O:Fennel & Fig Ltd]]
For the Guarantor: [[P:Thomas Beaumont-Reid]], Finance Director, [[O:Orchard Table Group]]

Witnessed by [[P:Clare Dunmore]], trainee solicitor, [[O:Harrison Clark Rickerbys]].
""")

d("en", "county_court_claim", """
IN THE [[O:COUNTY COURT BUSINESS CENTRE]], [[L:NORTHAMPTON]]
Claim No. K7QZ4419

BETWEEN
[[O:Ardent Waste Solutions Ltd]]   Claimant
and
[[O:Blue Heron Hospitality Ltd]] (trading as [[O:The Mariners Hotel]], [[L:Whitby]])   Defendant

PARTICULARS OF CLAIM

1. The Claimant is a licensed waste carrier registered with the [[O:Environment Agency]]. Between April 2025 and March 2026 it collected commercial and glass waste from [[O:The Mariners Hotel]] and from the Defendant's restaurant [[O:Saltwater Kitchen]] under a written agreement dated 2 April 2025.

2. The Defendant failed to pay twelve invoices totalling £6,842.18. Reminders were sent on 14 May and 9 June 2026, and a letter before claim was sent by the Claimant's collection agent, [[O:Marlborough Credit Control]], on 1 July 2026.

3. The Defendant has alleged that missed collections in August 2025 caused it to be fined by [[O:Scarborough Borough Council]]. The Claimant denies this: the collections were suspended because the access road was closed by [[O:North Yorkshire Council]] for resurfacing by [[O:Tarmac]], as notified to the Defendant's manager, [[P:Declan Murphy]], by e-mail of 11 August 2025.

4. The Claimant also claims interest under the Late Payment of Commercial Debts (Interest) Act 1998 and fixed compensation of £70 per invoice.

AND THE CLAIMANT CLAIMS £6,842.18, interest of £611.40 to date, compensation of £840 and costs.

Statement of truth: I believe that the facts stated in these particulars of claim are true.
Signed: [[P:Rebecca Lowther]], Credit Manager, [[O:Ardent Waste Solutions Ltd]]

Claimant's legal representative: [[O:Walker Morris LLP]], Kings Court, 12 King Street, [[L:Leeds]] LS1 2HL, ref. RJL/ARD/0093

NOTES FOR THE DEFENDANT: You have 14 days from service to file a defence or admission. The claim may be transferred to the [[O:County Court at York]]. Free advice is available from [[O:Citizens Advice]] and, for businesses, from [[O:Business Debtline]]; [[O:Blue Heron Hospitality]] may also wish to tell its insurer, [[O:NIG]], about the counter-allegation.
""")

d("en", "association_minutes", """
[[O:ELMFIELD ROAD RESIDENTS' ASSOCIATION]]
Minutes of the Annual General Meeting held on 12 November 2026 at [[O:St Barnabas Church]] Hall

Present: [[P:Ann Kowalczyk]] (Chair), [[P:Desmond Ferreira]] (Treasurer), [[P:Jo Langley]] (Secretary), 31 members. Apologies: [[P:Harold Pike]], [[P:Sunita Mistry]].
Guests: Cllr [[P:Rachel Dunne]], [[O:Leicester City Council]]; PCSO [[P:Tom Earley]], [[O:Leicestershire Police]].

1. Chair's report
[[P:Ann]] thanked [[O:St Barnabas]] for the free use of the hall and [[O:Clarendon Park Co-op]] for the refreshments. The street party in July raised £1,140 for [[O:LOROS Hospice]]. Our bid to the [[O:Leicester City Council]] ward fund for planters was successful; the planters were built by pupils of [[O:Avenue Primary School]] with [[O:Groundwork Leicester]].

2. Treasurer's report
[[P:Desmond Ferreira]] reported a balance of £2,904 at [[O:Unity Trust Bank]]. Our insurance with [[O:Zurich Municipal]] has been renewed for £188. The accounts were examined by [[P:Priya Desai]] of [[O:Desai & Co Chartered Accountants]].

3. Parking and traffic
Members again raised parking by staff of [[O:Leicester Royal Infirmary]] and students of [[O:De Montfort University]]. Cllr [[P:Dunne]] said a residents' parking consultation would begin in March. [[P:Jo Langley]] will write to [[O:University Hospitals of Leicester NHS Trust]] asking for its travel plan.

4. Broadband works
[[O:Openreach]] and [[O:CityFibre]] both intend to dig the road in 2027. The Secretary will ask the council's highways team to coordinate the two.

5. Policing
PCSO [[P:Earley]] reported three bicycle thefts and advised members to register bikes with [[O:BikeRegister]]. The next beat surgery will be at [[O:Queens Road Library]].

6. Election of officers
All three officers were re-elected. [[P:Harold Pike]] stands down from the committee after twelve years; members thanked him warmly.

Next meeting: 11 February 2027, 7.30 pm.
""")

d("en", "trade_fair_exhibitors", """
FOODTECH NORTH 2027 – PROVISIONAL EXHIBITOR LIST
Convention centre, Windmill Street, [[L:Manchester]], 9–11 March 2027
Organised by [[O:Pennant Events Ltd]] in association with the [[O:Food and Drink Federation]] ([[O:FDF]])

HALL A – PROCESSING & PACKAGING
A04  [[O:Multivac UK Ltd]], [[L:Swindon]]
A07  [[O:Harrowfield Stainless]], [[L:Bradford]]
A12  [[O:Ishida Europe]], [[L:Birmingham]]
A15  [[O:PACKWISE 360]], [[L:Preston]]
A18  [[O:Krönert Verpackungstechnik GmbH]], [[L:Bielefeld]], [[L:Germany]]
A22  [[O:Termoplast Veneta S.r.l.]], [[L:Padua]], [[L:Italy]]

HALL B – INGREDIENTS & SERVICES
B02  [[O:Dalebrook Dairies]], [[L:Lancaster]]
B05  [[O:Spice & Stone Ingredients Ltd]], [[L:Leicester]]
B09  [[O:Nordkorn A/S]], [[L:Aarhus]], [[L:Denmark]]
B11  [[O:Campden BRI]], [[L:Chipping Campden]]
B14  [[O:Q-Lab Analytical Services]], [[L:Warrington]]
B20  [[O:Hollingworth & Daughters]], [[L:Stockport]]

HALL C – SKILLS & SUPPORT
C01  [[O:Manchester Metropolitan University]], Food Science
C03  [[O:National Centre for Food Manufacturing]] ([[O:University of Lincoln]])
C06  [[O:Greater Manchester Combined Authority]] – Growth Hub
C08  [[O:Department for Business and Trade]]
C10  [[O:Bakers, Food and Allied Workers' Union]]

Notes for exhibitors

Stand builds are handled exclusively by [[O:Expo Stands North]]; electrical orders must be placed through the venue by 1 February. [[O:Krönert]] and [[O:Termoplast Veneta]] share a demonstration line on stand A18 and will need a three-phase supply.

Catering on the show floor is provided by [[O:Levy UK]]. Delegates may book rooms at the [[O:Midland Hotel]] at the show rate quoting "FTN27".

Enquiries: [[P:Hannah Rourke]], Exhibition Manager, [[O:Pennant Events]]; sponsorship: [[P:Owen Pritchard]].
""")

# ---------------------------------------------------------------- German
d("de", "darlehensangebot", """
[[O:Sparkasse Lüneburg-Heide]]
Firmenkundencenter · Am Sande 12 · 21335 [[L:Lüneburg]]

[[O:Tischlerei Behrens GmbH & Co. KG]]
z. Hd. Herrn [[P:Jan-Ole Behrens]]
Gewerbestraße 4
21379 [[L:Scharnebeck]]

[[L:Lüneburg]], 18. November 2026

Finanzierungsangebot Nr. 2026-4471 – Neubau Werkhalle

Sehr geehrter Herr [[P:Behrens]],

vielen Dank für das Gespräch mit unserem Firmenkundenberater Herrn [[P:Malte Kruse]]. Gern unterbreiten wir Ihnen folgendes unverbindliches Angebot:

1. Investitionsdarlehen über 640.000 EUR, Laufzeit 20 Jahre, Sollzins 3,95 % fest für 10 Jahre
2. ERP-Förderkredit KMU der [[O:KfW Bankengruppe]] über 300.000 EUR, durchgeleitet über die [[O:Sparkasse Lüneburg-Heide]]
3. Zuschuss aus dem Programm „Niedersachsen Invest“ der [[O:NBank]] ([[O:Investitions- und Förderbank Niedersachsen]]), beantragt über die [[O:NBank]], voraussichtlich 80.000 EUR
4. Ausfallbürgschaft der [[O:Niedersächsischen Bürgschaftsbank]] ([[O:NBB]]) für 50 % des Investitionsdarlehens

Voraussetzungen sind die Baugenehmigung des [[O:Landkreises Lüneburg]], ein Gutachten der [[O:DEKRA Automobil GmbH]] zum Verkehrswert des Grundstücks sowie die Jahresabschlüsse 2024 und 2025, geprüft von der [[O:Steuerberatungsgesellschaft Hansen & Wulf mbB]]. Der Bauvertrag mit der [[O:Meyer-Holzbau Lüneburg GmbH]] und das Angebot der [[O:Elektro Schünemann]] liegen uns bereits vor. Die Bürgschaft der [[O:NBB]] wird erst nach Zusage der [[O:KfW]] beantragt.

Als Sicherheit dient eine Grundschuld über 640.000 EUR auf dem Grundstück in [[L:Scharnebeck]]. Die Gebäudeversicherung bei der [[O:VGH Versicherungen]] ist an uns abzutreten. Sofern Sie die Maschinen über die [[O:Deutsche Leasing AG]] finanzieren, stimmen wir uns mit dieser ab.

Das Angebot gilt bis zum 31. Dezember 2026. Für Rückfragen stehen Herr [[P:Kruse]] und ich Ihnen gern zur Verfügung.

Mit freundlichen Grüßen

Dr. [[P:Anke Wiebusch]]
Leiterin Firmenkunden

[[O:Sparkasse Lüneburg-Heide]] · Anstalt des öffentlichen Rechts · [[O:Amtsgericht Lüneburg]] HRA 1820 · Mitglied im [[O:Sparkassenverband Niedersachsen]]
""")


d("de", "abmahnung", """
[[O:Brauerei Gebr. Hofstetter KG]]
Personalabteilung · Brauhausgasse 3 · 94032 [[L:Passau]]

Persönlich / vertraulich – per Boten
Herrn
[[P:Florian Aigner]]
Innstraße 88
94036 [[L:Passau]]

[[L:Passau]], 3. Dezember 2026

ABMAHNUNG

Sehr geehrter Herr [[P:Aigner]],

Sie sind seit dem 1. April 2019 als Auslieferungsfahrer bei uns beschäftigt. Am 24. November 2026 haben Sie die Tour zu unseren Kunden in [[L:Vilshofen]] und [[L:Osterhofen]] nicht vollständig ausgeführt. Die Lieferungen an das [[O:Gasthaus Zur Post]], den [[O:Getränkemarkt Kellermann]], die [[O:EDEKA Wimmer]], die [[O:Metzgerei Hölzl]] und das Vereinsheim des [[O:SV Schalding-Heining]] wurden nicht zugestellt, obwohl Sie im Fahrtenbuch die Zustellung eingetragen hatten. Der Disponent Herr [[P:Stefan Lindinger]] wurde erst durch die Beschwerde von Frau [[P:Kellermann]] informiert.

Außerdem zeigt die Auswertung des Telematiksystems unseres Dienstleisters [[O:Fleetcontrol24]], dass Sie das Fahrzeug in der Mittagspause auf dem Gelände der [[O:Autohaus Brunner GmbH]] in [[L:Ortenburg]] abgestellt und privat genutzt haben. Eine private Nutzung ist nach Ziffer 6 Ihres Arbeitsvertrags und nach den Vorgaben unseres Leasinggebers [[O:Hannover Leasing Fleet]] ausdrücklich untersagt.

Wir mahnen Sie hiermit wegen dieser Pflichtverletzungen ab. Im Wiederholungsfall müssen Sie mit der Kündigung Ihres Arbeitsverhältnisses rechnen.

Der Betriebsrat wurde gemäß der Betriebsvereinbarung informiert. Es steht Ihnen frei, eine Gegendarstellung zur Personalakte zu reichen oder sich von der Gewerkschaft [[O:NGG]] (Nahrung-Genuss-Gaststätten) beraten zu lassen. Den Schaden aus dem Vorfall hat unser Versicherer, die [[O:Versicherungskammer Bayern]], nicht übernommen; von einer Regressforderung sehen wir ab.

Ein Exemplar dieser Abmahnung wird zur Personalakte genommen. Bitte bestätigen Sie den Erhalt durch Ihre Unterschrift.

[[P:Katharina Hofstetter]]
Geschäftsführerin

[[P:Georg Pfaffinger]]
Leiter Personal

Erhalten: ____________ (Datum, Unterschrift [[P:F. Aigner]])

[[O:Brauerei Gebr. Hofstetter KG]] · Sitz [[L:Passau]] · [[O:Amtsgericht Passau]] HRA 4117 · Komplementärin: [[O:Hofstetter Verwaltungs-GmbH]] · Mitglied im [[O:Bayerischen Brauerbund e.V.]]
""")

d("de", "arbeitszeugnis", """
[[O:NEXOTEC Software AG]]
Kaiserstraße 41 · 76133 [[L:Karlsruhe]]

ARBEITSZEUGNIS

Frau [[P:Miriam Özdemir]], geboren am 14. Juli 1990 in [[L:Pforzheim]], war vom 1. März 2021 bis zum 31. Dezember 2026 als Senior Projektmanagerin in unserem Geschäftsbereich Energiewirtschaft tätig.

Die [[O:NEXOTEC Software AG]] entwickelt Abrechnungs- und Netzsteuerungssoftware für Stadtwerke und Netzbetreiber im deutschsprachigen Raum. Zu den Kunden, deren Projekte Frau [[P:Özdemir]] verantwortete, gehörten die [[O:Stadtwerke Heidelberg]], die [[O:EnBW Energie Baden-Württemberg AG]], die [[O:Energieversorgung Filstal GmbH & Co. KG]] sowie die [[O:Elektrizitätswerke des Kantons Zürich]] ([[O:EKZ]]) in der [[L:Schweiz]]. Beim Projekt für die [[O:EKZ]] führte sie ein Team von zwölf Mitarbeitern aus [[L:Karlsruhe]] und von unserem Partner [[O:Adnovum Informatik AG]].

Sie koordinierte die Zusammenarbeit mit dem Hosting-Dienstleister [[O:IONOS SE]] und mit der [[O:Bundesnetzagentur]] bei der Umstellung auf die neuen Marktkommunikationsprozesse. Im Jahr 2024 vertrat sie unser Unternehmen im Arbeitskreis Digitalisierung des [[O:Bundesverbandes der Energie- und Wasserwirtschaft]] ([[O:BDEW]]) und hielt Vorträge an der [[O:Hochschule Karlsruhe]] sowie am [[O:Karlsruher Institut für Technologie]] ([[O:KIT]]).

Frau [[P:Özdemir]] erledigte ihre Aufgaben stets zu unserer vollsten Zufriedenheit. Ihr Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets vorbildlich. Die Zertifizierung als PMP beim [[O:Project Management Institute]] schloss sie 2022 mit Auszeichnung ab.

Frau [[P:Özdemir]] verlässt uns auf eigenen Wunsch, um eine Leitungsfunktion bei der [[O:Thüga Aktiengesellschaft]] in [[L:München]] zu übernehmen. Wir bedauern ihr Ausscheiden sehr, danken ihr für die hervorragende Zusammenarbeit und wünschen ihr für ihre berufliche und private Zukunft alles Gute.

[[L:Karlsruhe]], 31. Dezember 2026

Dr. [[P:Volker Stahl]]             [[P:Jana Reichert]]
Vorstand                          Leiterin Human Resources

[[O:NEXOTEC Software AG]] · Sitz [[L:Karlsruhe]] · [[O:Amtsgericht Mannheim]] HRB 712004 · Aufsichtsratsvorsitzender: Prof. Dr. [[P:Ulrich Benz]]
""")

d("de", "versicherungsschein", """
[[O:Rheinland-Pfälzische Handwerkerversicherung VVaG]]
Postfach 1240 · 55002 [[L:Mainz]]

VERSICHERUNGSSCHEIN Nr. BH-2026-118 734
Betriebshaftpflicht- und Inhaltsversicherung für Handwerksbetriebe

Versicherungsnehmer: [[O:Dachdeckerei Kessler & Sohn GmbH]], Rheinallee 17, 55411 [[L:Bingen am Rhein]]
Vermittler: [[O:Versicherungsbüro Haag OHG]], Agentur-Nr. 44-1092, [[L:Ingelheim]]
Versicherungsbeginn: 01.01.2027, 00:00 Uhr · Ablauf: 01.01.2028, Verlängerung um jeweils ein Jahr

VERSICHERTE RISIKEN
1. Betriebshaftpflicht, Deckungssumme 5.000.000 EUR pauschal für Personen- und Sachschäden
2. Mitversichert: Arbeiten an Kirchendächern, u. a. für das [[O:Bistum Mainz]] und die [[O:Evangelische Kirchengemeinde Bingen]]
3. Inhaltsversicherung Betrieb und Lager, Versicherungssumme 420.000 EUR
4. Mitversicherte Arbeitsgemeinschaft: ARGE Dachsanierung [[O:Hochschule Bingen]] mit der [[O:Zimmerei Bretz GmbH]]

BESONDERE BEDINGUNGEN
Subunternehmer, insbesondere die [[O:Gerüstbau Yilmaz]] und die [[O:Blitzschutz Rheinhessen GmbH]], sind nur mitversichert, soweit sie keine eigene Haftpflichtversicherung unterhalten. Asbestarbeiten sind nur mit Sachkundenachweis nach TRGS 519 und Anzeige bei der [[O:Struktur- und Genehmigungsdirektion Süd]] ([[O:SGD Süd]]) versichert. Die Prämie für die Inhaltsversicherung setzt voraus, dass die Einbruchmeldeanlage von einem durch den [[O:VdS Schadenverhütung GmbH]] anerkannten Errichter gewartet wird; dies ist derzeit die [[O:Sicherheitstechnik Mohr]].

PRÄMIE
Jahresnettoprämie 3.964,00 EUR zzgl. 19 % Versicherungsteuer 753,16 EUR = 4.717,16 EUR, fällig am 01.01.2027, per SEPA-Lastschrift von Ihrem Konto bei der [[O:Volksbank Rhein-Nahe-Hunsrück eG]].

Für Fragen zum Vertrag wenden Sie sich an Ihren Vermittler Herrn [[P:Tobias Haag]]. Im Schadenfall erreichen Sie unsere Schadenabteilung unter 06131 90 40 400. Beschwerden können Sie auch an den [[O:Versicherungsombudsmann e.V.]] oder an die [[O:Bundesanstalt für Finanzdienstleistungsaufsicht]] ([[O:BaFin]]) richten.

[[L:Mainz]], den 2. Dezember 2026
[[O:Rheinland-Pfälzische Handwerkerversicherung VVaG]]
[[P:Sabine Gerhartz]] · [[P:Michael Ludes]] (Vorstand)
Sitz [[L:Mainz]] · [[O:Amtsgericht Mainz]] HRB 40321 · Aufsicht: [[O:BaFin]]
""")

d("de", "stromrechnung", """
[[O:Stadtwerke Talheim GmbH]]
Ihr Energieversorger für [[L:Talheim]] und das [[L:Neckartal]]
Bahnhofstraße 2 · 74388 [[L:Talheim]]

Frau
[[P:Renate Schwörer]]
Lindenweg 9
74388 [[L:Talheim]]

Jahresverbrauchsabrechnung Strom 2026
Kundennummer 300 184 772 · Vertrag „TalStrom Natur“ · Zählernummer 1ESY1160 4491

Sehr geehrte Frau [[P:Schwörer]],

mit diesem Schreiben erhalten Sie Ihre Abrechnung für den Zeitraum 01.12.2025 bis 30.11.2026.

Zählerstand alt 48.211 kWh · Zählerstand neu 50.987 kWh · Verbrauch 2.776 kWh
Arbeitspreis 31,20 ct/kWh · Grundpreis 12,50 EUR/Monat
Gesamtbetrag brutto 1.016,11 EUR · geleistete Abschläge 1.056,00 EUR · Guthaben 39,89 EUR

Das Guthaben überweisen wir auf Ihr Konto bei der [[O:Kreissparkasse Heilbronn]]. Ihr neuer monatlicher Abschlag beträgt ab Januar 84,00 EUR.

Zusammensetzung Ihres Strompreises: Netzentgelte an den Netzbetreiber [[O:Netze BW GmbH]], Messstellenbetrieb durch die [[O:Stadtwerke Talheim]], Umlagen nach Festlegungen der [[O:Bundesnetzagentur]] sowie Stromsteuer an das [[O:Hauptzollamt Heilbronn]]. Ihr Strom stammt zu 100 % aus erneuerbaren Quellen; die Herkunftsnachweise werden über das Register des [[O:Umweltbundesamtes]] entwertet. Einen Teil liefern die Bürgersolaranlagen der [[O:BürgerEnergie Neckar eG]] und das Wasserkraftwerk der [[O:Neckarwerke Lauffen]].

Neu für Sie: Gemeinsam mit dem [[O:Autohaus Kögel]] und der [[O:Wallbox-Fabrik Schunk & Partner]] bieten wir ein Paket für das Laden zu Hause an. Fragen beantwortet Ihnen unser Kundenbüro im Rathaus der [[O:Gemeinde Talheim]] jeden Dienstag.

Bei Streitigkeiten können Sie sich an die [[O:Schlichtungsstelle Energie e.V.]] in [[L:Berlin]] wenden. Preisvergleiche bietet auch die [[O:Verbraucherzentrale Baden-Württemberg]].

[[O:Stadtwerke Talheim GmbH]] · Geschäftsführer: [[P:Bernd Gräter]] · Sitz [[L:Talheim]] · [[O:Amtsgericht Stuttgart]] HRB 108773 · USt-IdNr. DE 145 887 201
""")

d("de", "elternbrief", """
[[O:Städtisches Gymnasium am Wall]]
Wallstraße 22 · 59494 [[L:Soest]]
Schulleitung: OStD [[P:Hartmut Brinkschulte]]

An die Eltern und Erziehungsberechtigten der Jahrgangsstufe 9

[[L:Soest]], 25. November 2026

Betriebspraktikum, Skifahrt und neue Mensa

Liebe Eltern,

das Betriebspraktikum der Klassen 9 findet vom 1. bis 12. Februar 2027 statt. Erfreulich viele Schülerinnen und Schüler haben bereits einen Platz gefunden, etwa bei der [[O:Volksbank Hellweg eG]], im [[O:Klinikum Stadt Soest]], bei der [[O:Kuchenmeister GmbH]], beim [[O:Kreis Soest]] und in der Redaktion des [[O:Soester Anzeigers]]. Wer noch sucht, kann sich an Frau [[P:Lükewille]] (Studien- und Berufsorientierung) wenden; die [[O:Agentur für Arbeit Meschede-Soest]] bietet am 8. Dezember eine Sprechstunde in der Schule an. Der Unfallversicherungsschutz während des Praktikums besteht über die [[O:Unfallkasse Nordrhein-Westfalen]].

Die Skifahrt nach [[L:Oberstdorf]] (7. bis 13. März) wird wieder mit dem Busunternehmen [[O:Reisedienst Humpert]] durchgeführt; wir wohnen im [[O:Jugendhaus St. Georg]]. Den Eigenanteil von 395 EUR überweisen Sie bitte bis zum 15. Januar auf das Konto des [[O:Fördervereins des Gymnasiums am Wall e.V.]] bei der [[O:Sparkasse SoestWerl]]. Familien mit Leistungen nach dem Bildungs- und Teilhabepaket stellen den Antrag bitte beim [[O:Jobcenter Kreis Soest]]; der [[O:Förderverein]] hilft in Härtefällen.

Ab Januar wird die Mensa von der [[O:Gesellschaft für Schulverpflegung Westfalen mbH]] betrieben, die auch die [[O:Hannah-Arendt-Gesamtschule]] beliefert. Bestellt wird über die App „MensaMax“. Den Vertrag hat die [[O:Stadt Soest]] als Schulträger geschlossen; Anregungen nimmt die Schulpflegschaft über ihren Vorsitzenden Herrn [[P:Adebayo Okonkwo]] entgegen.

Mit freundlichen Grüßen

[[P:Hartmut Brinkschulte]], Schulleiter
[[P:Claudia Lükewille]], Koordinatorin Berufsorientierung
""")

d("de", "ladung_amtsgericht", """
[[O:Amtsgericht Charlottenburg]]
Amtsgerichtsplatz 1 · 14057 [[L:Berlin]]
Geschäftsnummer: 215 C 311/26

In dem Rechtsstreit

[[O:Hausverwaltung Grünberg & Partner GmbH]], vertreten durch den Geschäftsführer [[P:Oliver Grünberg]], Kantstraße 140, 10623 [[L:Berlin]] – Klägerin –
Prozessbevollmächtigte: [[O:Rechtsanwälte Hoffmann Leue]], Kurfürstendamm 52, 10707 [[L:Berlin]]

gegen

[[O:Café Lindgren UG (haftungsbeschränkt)]], vertreten durch die Geschäftsführerin [[P:Sanna Lindgren]], Savignyplatz 6, 10623 [[L:Berlin]] – Beklagte –
Prozessbevollmächtigter: Rechtsanwalt Dr. [[P:Emre Kaya]], [[L:Berlin]]

wegen Räumung und Zahlung rückständiger Gewerbemiete

LADUNG ZUM TERMIN ZUR MÜNDLICHEN VERHANDLUNG

Termin zur Güteverhandlung und anschließenden mündlichen Verhandlung wird bestimmt auf Donnerstag, 28. Januar 2027, 10:30 Uhr, Saal 218.

Das persönliche Erscheinen der Geschäftsführerin der Beklagten wird angeordnet. Die Klägerin wird gebeten, bis zum 14. Januar 2027 die Kontoauszüge der [[O:Berliner Volksbank eG]] vorzulegen, aus denen sich die Zahlungen der Beklagten ergeben, sowie die Korrespondenz mit der [[O:Lindenhof Immobilien AG]] als Eigentümerin.

Die Beklagte beruft sich auf eine Mietminderung wegen eines Wasserschadens, den die Firma [[O:Sanitär Kowalski]] im März 2026 verursacht haben soll, und auf die Stellungnahme des [[O:Bezirksamtes Charlottenburg-Wilmersdorf]] zur Nutzung der Terrasse. Sie wird gebeten, das Gutachten des [[O:TÜV Rheinland]], die Abrechnung der [[O:Berliner Wasserbetriebe]] und die Schadenmeldung an ihren Versicherer, die [[O:Gothaer Allgemeine Versicherung AG]], vorzulegen. Der von der Klägerin benannte Zeuge Herr [[P:Jörg Pietsch]] ([[O:Pietsch Haustechnik]]) wird zum Termin geladen.

Auf die Möglichkeit einer Mediation durch die [[O:Berliner Mediationsstelle für Gewerbemieten]] und durch Güterichter des [[O:Amtsgerichts Charlottenburg]] wird hingewiesen. Eine Kopie dieser Ladung geht an die [[O:Industrie- und Handelskammer zu Berlin]], die von der Beklagten um Stellungnahme gebeten wurde.

Auf Anordnung
[[P:Weidemann]], Justizbeschäftigte
als Urkundsbeamtin der Geschäftsstelle

Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.
""")

d("de", "polizeibericht", """
[[O:Polizeipräsidium Oberpfalz]]
Pressestelle · [[L:Regensburg]]

PRESSEMITTEILUNG vom 30. November 2026

Einbruchserie in [[L:Amberg]] und [[L:Sulzbach-Rosenberg]] aufgeklärt – drei Festnahmen

[[L:AMBERG]]. Nach monatelangen Ermittlungen hat die [[O:Kriminalpolizeiinspektion Amberg]] gemeinsam mit dem [[O:Bayerischen Landeskriminalamt]] eine Serie von 23 Einbrüchen in Gewerbebetriebe aufgeklärt. Betroffen waren unter anderem die [[O:Metallbau Schießl GmbH]], der [[O:Raiffeisen-Markt Hahnbach]], die Kfz-Werkstatt [[O:Auto-Service Ertl]] und das Vereinsheim des [[O:FC Amberg 1911]].

Die Täter hatten vor allem Werkzeug, Kupferkabel und Kassen erbeutet. Der Schaden wird auf rund 310.000 Euro geschätzt. Einen entscheidenden Hinweis gab ein Mitarbeiter des Sicherheitsdienstes [[O:Securitas]], der im Gewerbegebiet Kümmersbruck ein verdächtiges Fahrzeug mit tschechischer Zulassung bemerkte. In Zusammenarbeit mit der [[O:Polizei der Tschechischen Republik]] und dem [[O:Gemeinsamen Zentrum der deutsch-tschechischen Polizei- und Zollzusammenarbeit]] in [[L:Schwandorf]] konnten die Tatverdächtigen in [[L:Cheb]] identifiziert werden.

Am 26. November vollstreckten Beamte des [[O:Polizeipräsidiums Oberpfalz]] Haftbefehle des [[O:Amtsgerichts Amberg]] gegen drei Männer im Alter von 27, 31 und 44 Jahren. Einer der Männer arbeitete als Leiharbeiter für die [[O:Zeitarbeit Prima Personal GmbH]] und war zeitweise bei der [[O:Siemens AG]] im Werk [[L:Amberg]] eingesetzt; das Unternehmen hat mit den Ermittlungsbehörden eng kooperiert. Die [[O:Staatsanwaltschaft Amberg]] hat Anklage wegen bandenmäßigen Diebstahls angekündigt.

Ein Teil des Diebesguts wurde bei einem Schrotthändler in [[L:Weiden]] sichergestellt. Geschädigte, die ihr Eigentum zurückerhalten möchten, wenden sich an die [[O:Kriminalpolizeiinspektion Amberg]], Sachbearbeiter KHK [[P:Markus Frischholz]], Tel. 09621 890-0.

Die Polizei rät Betrieben, sich kostenlos von der Kriminalpolizeilichen Beratungsstelle beraten zu lassen; auch die [[O:Industrie- und Handelskammer Regensburg für Oberpfalz/Kelheim]] bietet Informationen zur Sicherung von Betriebsgeländen an.

Verfasst: [[P:Florian Beimler]], PHK, Pressesprecher
""")

d("de", "vereinsprotokoll", """
PROTOKOLL DER JAHRESHAUPTVERSAMMLUNG
[[O:Turn- und Sportverein Eichenau 1926 e.V.]] ([[O:TSV Eichenau]])

Datum: 20. November 2026, 19:30 Uhr · Ort: Vereinsgaststätte [[O:Sportheim Eichenau]], Inh. [[P:Branka Jurić]]
Versammlungsleitung: [[P:Werner Strobl]] (1. Vorsitzender) · Protokoll: [[P:Lena Maierhofer]]
Anwesend: 84 stimmberechtigte Mitglieder; Gäste: Erster Bürgermeister [[P:Peter Münster]] ([[O:Gemeinde Eichenau]]), [[P:Sabine Thaler]] ([[O:Bayerischer Landes-Sportverband]], Kreis [[L:Fürstenfeldbruck]])

TOP 1 – Bericht des Vorstands
[[P:Strobl]] berichtete über das Jubiläumsjahr. Der Verein zählt 1.912 Mitglieder. Die Fußballabteilung kooperiert seit Sommer mit dem [[O:FC Puchheim]] in einer Spielgemeinschaft der A- und B-Jugend. Die Sanierung der Flutlichtanlage wurde vom [[O:Landratsamt Fürstenfeldbruck]] genehmigt und von der [[O:Elektro Wimmer GmbH]] ausgeführt; Zuschüsse kamen vom [[O:BLSV]] und aus dem Sportförderprogramm des [[O:Landkreises Fürstenfeldbruck]].

TOP 2 – Kassenbericht
Schatzmeister [[P:Günther Ostermeier]] legte den Kassenbericht vor. Die Sponsoringeinnahmen stiegen auf 48.500 EUR; Hauptsponsoren sind die [[O:Sparkasse Fürstenfeldbruck]], die [[O:Brauerei Maisach]], das [[O:Autohaus Amberger]] und die [[O:Physio-Praxis Kirschner & Team]]. Die Kassenprüfer [[P:Hildegard Zankl]] und [[P:Josef Raab]] bestätigten eine ordnungsgemäße Kassenführung.

TOP 3 – Entlastung und Wahlen
Der Vorstand wurde einstimmig entlastet. [[P:Werner Strobl]] wurde als 1. Vorsitzender wiedergewählt, neue 2. Vorsitzende ist [[P:Aylin Kaplan]].

TOP 4 – Anträge
Der Antrag der Tennisabteilung, die Plätze an die [[O:Tennisschule Ace & More]] zu verpachten, wurde abgelehnt. Dem Beitritt zum [[O:Kreisjugendring Fürstenfeldbruck]] wurde zugestimmt. Die Versicherung der Übungsleiter läuft weiter über die [[O:ARAG]] im Rahmen des Sportversicherungsvertrags des [[O:BLSV]].

TOP 5 – Verschiedenes
Bürgermeister [[P:Münster]] kündigte an, dass die [[O:Gemeinde Eichenau]] den Kunstrasenplatz 2028 erneuern will. [[P:Kaplan]] bat um Helfer für den Weihnachtsmarkt der [[O:Pfarrei St. Joseph]].

Ende: 22:05 Uhr · gez. [[P:W. Strobl]] · gez. [[P:L. Maierhofer]]
""")

d("de", "pressemitteilung_partnerschaft", """
PRESSEMITTEILUNG

[[O:Hagedorn Agrartechnik]] und [[O:Vidarra Robotics]] starten Partnerschaft für autonome Hackroboter

[[L:Cloppenburg]] / [[L:Delft]], 4. Dezember 2026 – Die [[O:Hagedorn Agrartechnik GmbH & Co. KG]] aus [[L:Cloppenburg]] und das niederländische Start-up [[O:Vidarra Robotics B.V.]] aus [[L:Delft]] haben eine Vertriebs- und Entwicklungspartnerschaft vereinbart. Ab der Saison 2027 vertreibt [[O:Hagedorn]] den Feldroboter „Vidarra Weeder“ über sein Händlernetz in [[L:Deutschland]], [[L:Österreich]] und [[L:Polen]] und übernimmt den Service.

„Unsere Kunden im Gemüsebau suchen nach Lösungen für den Arbeitskräftemangel“, sagt [[P:Hendrik Hagedorn]], geschäftsführender Gesellschafter. „Mit [[O:Vidarra]] haben wir einen Partner gefunden, der die Technik schon im Praxiseinsatz erprobt hat.“ [[O:Vidarra]] wurde 2021 als Ausgründung der [[O:Technische Universiteit Delft]] gegründet und ist mit Robotern auf Betrieben in [[L:Flevoland]] und [[L:Limburg]] im Einsatz.

Die Entwicklung der nächsten Generation wird durch das [[O:Bundesministerium für Ernährung und Landwirtschaft]] ([[O:BMEL]]) gefördert. Projektträger ist die [[O:Bundesanstalt für Landwirtschaft und Ernährung]] ([[O:BLE]]). Wissenschaftlich begleitet wird das Vorhaben von der [[O:Hochschule Osnabrück]] und dem [[O:Deutschen Forschungszentrum für Künstliche Intelligenz]] ([[O:DFKI]]) in [[L:Osnabrück]]. Erste Praxistests laufen auf dem Betrieb der [[O:Gemüsebau Tiemann GbR]] in [[L:Vechta]] und bei der [[O:Landwirtschaftskammer Niedersachsen]].

Finanziert wird die Markteinführung unter anderem durch die [[O:Oldenburgische Landesbank AG]] und den Investor [[O:Rabo Investments]]. Die Partner stellen den Roboter erstmals auf der Agritechnica in [[L:Hannover]] aus.

Über [[O:Hagedorn Agrartechnik]]: Familienunternehmen in vierter Generation, 640 Mitarbeitende, 18 Standorte, Mitglied im [[O:VDMA]].

Pressekontakt: [[P:Carolin Wessels]], Unternehmenskommunikation, Tel. 04471 9330-120
[[O:Hagedorn Agrartechnik GmbH & Co. KG]] · [[O:Amtsgericht Oldenburg]] HRA 201447 · pers. haftende Gesellschafterin: [[O:Hagedorn Verwaltungs GmbH]]
""")

d("de", "stellenanzeige", """
Wir suchen Verstärkung!

Die [[O:Kühne Kältetechnik GmbH]] ist ein inhabergeführter Fachbetrieb für Gewerbekälte und Klimatechnik mit 85 Mitarbeitenden an den Standorten [[L:Erfurt]], [[L:Jena]] und [[L:Gera]]. Wir planen, bauen und warten Kühlanlagen für Kunden wie [[O:Globus SB-Warenhaus]], die [[O:Thüringer Fleischwaren Apolda]], das [[O:Universitätsklinikum Jena]] und die [[O:Messe Erfurt GmbH]]. Als Servicepartner von [[O:Daikin]] und [[O:Bitzer]] arbeiten wir mit moderner Technik.

SERVICETECHNIKER (m/w/d) KÄLTE- UND KLIMATECHNIK
Standort [[L:Erfurt]] · Vollzeit · unbefristet

Ihre Aufgaben
– Wartung und Instandsetzung von Kälteanlagen im Großraum [[L:Erfurt]] und [[L:Weimar]]
– Inbetriebnahme neuer Anlagen gemeinsam mit unserem Montagepartner [[O:Frostwerk Montage Schuster]]
– Dokumentation nach F-Gase-Verordnung, Prüfung mit unserem Prüfdienstleister [[O:DEKRA]]

Ihr Profil
– abgeschlossene Ausbildung als Mechatroniker/in für Kältetechnik, gern mit Meisterbrief der [[O:Handwerkskammer Erfurt]]
– Sachkundebescheinigung Kategorie I, alternativ übernehmen wir die Schulung an der [[O:Bundesfachschule Kälte-Klima-Technik]] in [[L:Maintal]]
– Führerschein Klasse B

Wir bieten
– Vergütung nach Tarifvertrag der [[O:IG Metall]] für das Kfz- und Kälteanlagenbauer-Handwerk
– betriebliche Altersvorsorge über die [[O:SIGNAL IDUNA]], Zuschuss zum Deutschlandticket und Dienstrad über [[O:JobRad]]
– Firmenfitness mit [[O:EGYM Wellpass]] und Mittagessen in der Kantine der benachbarten [[O:Zeiss]]-Niederlassung

Bewerbung

Bitte senden Sie Ihre Unterlagen bis zum 15. Januar 2027 an Frau [[P:Doreen Kühne]], Personal, bewerbung@kuehne-kaelte.example. Fragen zum Aufgabengebiet beantwortet Ihnen unser Serviceleiter Herr [[P:Rico Schellenberg]].

Gefördert durch die [[O:Agentur für Arbeit Erfurt]] im Rahmen des Qualifizierungschancengesetzes. Die [[O:Kühne Kältetechnik GmbH]] ist Mitglied der [[O:Kälte-Klima-Innung Thüringen]] und Ausbildungsbetrieb der [[O:Handwerkskammer Erfurt]].
""")

d("de", "ihk_newsletter", """
[[O:IHK Ostbrandenburg]] – NEWSLETTER WIRTSCHAFT AKTUELL
Ausgabe 12/2026

Liebe Unternehmerinnen und Unternehmer,

das Jahr endet mit guten Nachrichten für die Region: Die [[O:Tesla Manufacturing Brandenburg SE]] in [[L:Grünheide]] hat drei weitere Zulieferer aus [[L:Ostbrandenburg]] gelistet, und die [[O:Hafengesellschaft Schwedt]] erhält Fördermittel des [[O:Ministeriums für Wirtschaft, Arbeit und Energie des Landes Brandenburg]] ([[O:MWAE]]).

Ihr Präsident [[P:Carsten Christ]]


NEUES AUS DEN MITGLIEDSBETRIEBEN
– Die [[O:Oderland Stahlbau GmbH]] aus [[L:Eisenhüttenstadt]] hat einen Großauftrag der [[O:Deutschen Bahn]] für Brückenbauteile erhalten.
– Die [[O:Frankfurter Brauhaus GmbH]] feiert 150 Jahre und lädt am 12. Dezember zum Tag der offenen Tür.
– [[O:Märkische Bioenergie]] und die [[O:Stadtwerke Frankfurt (Oder)]] bauen gemeinsam ein Wärmenetz.
– Das [[O:Hotel Zur Alten Oder]] in [[L:Küstrin-Kietz]] wurde von der [[O:DEHOGA Brandenburg]] als „Ausbildungsbetrieb des Jahres“ ausgezeichnet.

VERANSTALTUNGEN
09.12. Exportsprechtag [[L:Polen]] mit der [[O:Deutsch-Polnischen Industrie- und Handelskammer]] ([[O:AHK Polen]]), [[L:Frankfurt (Oder)]]
14.01. Steuerforum mit dem [[O:Finanzamt Frankfurt (Oder)]] und der [[O:Steuerberaterkammer Brandenburg]]
21.01. Fachkräftetag mit der [[O:Europa-Universität Viadrina]] und der [[O:Technischen Hochschule Wildau]]

FÖRDERUNG
Die [[O:Investitionsbank des Landes Brandenburg]] ([[O:ILB]]) hat das Programm GRW-G für kleine Unternehmen geöffnet. Die [[O:ILB]] berät am 16. Januar im IHK-Bildungszentrum [[L:Frankfurt (Oder)]]. Anträge für Beratungsförderung können weiterhin über die [[O:WFBB]] ([[O:Wirtschaftsförderung Land Brandenburg GmbH]]) gestellt werden.

Ihre Ansprechpartnerin: [[P:Mandy Richter]], Referentin Kommunikation, Tel. 0335 5621-1205

[[O:Industrie- und Handelskammer Ostbrandenburg]] · Puschkinstraße 12b · 15236 [[L:Frankfurt (Oder)]] · Körperschaft des öffentlichen Rechts
""")

# ---------------------------------------------------------------- French
d("fr", "bail_commercial", """
BAIL COMMERCIAL – CONDITIONS PARTICULIÈRES

ENTRE LES SOUSSIGNÉS :
La société [[O:SCI Les Tilleuls de Vaise]], société civile immobilière au capital de 1 000 €, immatriculée au RCS de [[L:Lyon]] sous le n° 812 447 903, dont le siège est 14 rue Marietton, 69009 [[L:Lyon]], représentée par sa gérante, Mme [[P:Marie-Hélène Dufresnoy]],
ci-après « le bailleur »,

ET
La société [[O:Atelier Chaput & Fils SARL]], au capital de 20 000 €, immatriculée au RCS de [[L:Lyon]] sous le n° 903 118 552, représentée par M. [[P:Jean-Baptiste Chaput]], gérant,
ci-après « le preneur ».

Article 1 – Désignation. Local d'activité de 240 m² au rez-de-chaussée, avec cour, situé 22 rue de Bourgogne à [[L:Lyon]] 9e, précédemment occupé par la boulangerie [[O:Maison Vernay]].

Article 2 – Destination. Menuiserie, ébénisterie et vente de mobilier. Toute activité de restauration est exclue, conformément au règlement de copropriété établi par le syndic [[O:Foncia Lyon Saône]].

Article 3 – Loyer. 28 800 € HT par an, payable trimestriellement par prélèvement sur le compte du preneur à la [[O:Banque Populaire Auvergne Rhône Alpes]], indexé sur l'indice des loyers commerciaux publié par l'[[O:INSEE]]. Un dépôt de garantie de trois mois est versé entre les mains de Me [[P:Anne Roussel-Bardin]], notaire à [[L:Lyon]], de l'étude [[O:Roussel-Bardin & Associés]].

Article 4 – Garantie. La [[O:SOCAMA Auvergne Rhône Alpes]] se porte caution solidaire du preneur à hauteur de 15 000 €. Le preneur justifie d'une assurance multirisque souscrite auprès de la [[O:MAAF]].

Article 5 – Travaux. Le bailleur fera réaliser avant l'entrée dans les lieux la mise aux normes électriques par l'entreprise [[O:Elec'Rhône]], contrôlée par l'[[O:APAVE]]. L'installation de l'aspiration des copeaux par le preneur devra être déclarée à la [[O:Métropole de Lyon]] et à la [[O:Direction régionale de l'environnement, de l'aménagement et du logement]] ([[O:DREAL]]) si nécessaire.

Article 6 – Diagnostics annexés. Diagnostic amiante et état des risques établis par le cabinet [[O:Diagnostic Immo 69]].

Fait à [[L:Lyon]], le 30 novembre 2026, en deux exemplaires.
Pour le bailleur : [[P:M.-H. Dufresnoy]]   Pour le preneur : [[P:J.-B. Chaput]]

Bail négocié par l'agence [[O:Cushman & Wakefield Lyon]] ; honoraires à la charge du preneur. Le preneur a été conseillé par la [[O:Chambre de métiers et de l'artisanat du Rhône]].
""")

d("fr", "lettre_licenciement", """
[[O:TRANSPORTS GUÉRIN-MOREAU SAS]]
Zone artisanale des Noues – 49300 [[L:Cholet]]
SIRET 402 775 119 00028

Lettre recommandée avec accusé de réception
Monsieur [[P:Kévin Lemaître]]
5 allée des Mésanges
49280 [[L:La Séguinière]]

[[L:Cholet]], le 8 décembre 2026

Objet : notification de licenciement pour faute grave

Monsieur,

Nous faisons suite à l'entretien préalable du 1er décembre 2026, auquel vous vous êtes présenté assisté de M. [[P:Patrick Rabin]], conseiller du salarié et délégué de la [[O:CFDT]].

Le 17 novembre 2026, lors d'une livraison pour notre client [[O:Lactalis]] à la plateforme [[O:Carrefour Supply Chain]] de [[L:Saint-Barthélemy-d'Anjou]], vous avez été contrôlé par la [[O:DREAL Pays de la Loire]] avec un temps de conduite dépassant de 3 h 20 la durée maximale autorisée. Les données du chronotachygraphe, analysées par notre prestataire [[O:Optimum Tacho]], montrent huit dépassements similaires depuis septembre. En outre, le client [[O:Biscuiterie Saint-Michel]] nous a signalé le 20 novembre que vous aviez refusé de décharger en insultant le chef de quai.

Ces faits mettent en danger votre sécurité et celle des autres usagers et exposent notre entreprise à des sanctions, notamment au retrait de la licence de transport délivrée par la préfecture. Votre maintien dans l'entreprise s'avère impossible, y compris pendant le préavis. Le licenciement prend effet à la date d'envoi de cette lettre.

Vous recevrez votre solde de tout compte, votre certificat de travail et votre attestation [[O:France Travail]]. Vos droits à la portabilité de la prévoyance auprès d'[[O:AG2R La Mondiale]] et de la mutuelle [[O:Harmonie Mutuelle]] sont maintenus pendant douze mois. Vous pouvez contester cette décision devant le [[O:conseil de prud'hommes d'Angers]] dans un délai de douze mois.

Veuillez agréer, Monsieur, nos salutations distinguées.

[[P:Nathalie Guérin-Moreau]]
Présidente

Copie : [[O:Ricard Avocats]], conseil de la société ; service de santé au travail [[O:SST Anjou-Mauges]]. Membre de la [[O:Fédération nationale des transports routiers]] ([[O:FNTR]]) ; la [[O:FNTR]] a été consultée sur la procédure.
""")

d("fr", "facture_eau", """
[[O:EAUX DU PAYS DE BRAY]]
Régie intercommunale de l'eau et de l'assainissement
1 place du Marché – 76270 [[L:Neufchâtel-en-Bray]]

FACTURE N° 2026-11-087354 du 20 novembre 2026
Titulaire : [[O:GAEC des Trois Hêtres]], représenté par M. [[P:Thibault Lecanu]]
Adresse de desserte : ferme du Mesnil, 76680 [[L:Saint-Saëns]]
Référence contrat : 00418-22

DÉTAIL DE VOTRE CONSOMMATION
Relevé du 12/05/2026 : 14 322 m³ – Relevé du 14/11/2026 : 15 108 m³ – Consommation : 786 m³

Distribution de l'eau potable, part régie : 1 131,84 €
Redevance pollution reversée à l'[[O:Agence de l'eau Seine-Normandie]] : 298,68 €
Préservation des ressources : 62,88 €
Abonnement assainissement non collectif : 48,00 €
TVA 5,5 % et 10 % : 87,33 €
TOTAL À PAYER : 1 628,73 € avant le 20 décembre 2026

Le prélèvement sera effectué sur votre compte au [[O:Crédit Agricole Normandie-Seine]]. La régie est exploitée pour le compte de la [[O:Communauté de communes Bray-Eawy]] ; la production est assurée par l'usine de [[L:Mesnières-en-Bray]], gérée par [[O:Veolia Eau]] en vertu d'un marché de prestation.

INFORMATIONS
La qualité de l'eau est contrôlée par l'[[O:Agence régionale de santé Normandie]] ([[O:ARS]]). Les résultats d'analyses réalisées par le laboratoire [[O:Labéo Seine-Maritime]] sont affichés en mairie de [[L:Saint-Saëns]] et disponibles sur le site de l'[[O:ARS]].

Votre consommation a augmenté de 40 % par rapport à l'an dernier. Si vous suspectez une fuite après compteur, notre partenaire [[O:Plomberie Duhamel]] peut intervenir ; la [[O:Chambre d'agriculture de Normandie]] propose aussi un diagnostic d'économie d'eau pour les élevages, financé par la [[O:Région Normandie]].

En cas de difficulté de paiement, contactez le [[O:CCAS de Saint-Saëns]] ou le [[O:Fonds de solidarité pour le logement]] du [[O:Département de la Seine-Maritime]]. En cas de litige, vous pouvez saisir la [[O:Médiation de l'eau]].

Service clients : 02 35 93 00 41 – Responsable de la régie : [[P:Sylvie Marchand-Auber]]
""")

d("fr", "compte_rendu_association", """
[[O:ASSOCIATION DES COMMERÇANTS ET ARTISANS DU VIEUX-PÉRIGUEUX]] ([[O:ACAVP]])
Compte rendu du conseil d'administration du 17 novembre 2026

Présents : [[P:Éloïse Vanderbeke]] (présidente, [[O:Librairie des Arceaux]]), [[P:Jean-Marc Laborie]] (trésorier, [[O:Boucherie Laborie]]), [[P:Samia Benali]] (secrétaire, [[O:Salon Samia Coiffure]]), [[P:Olivier Peyrot]] ([[O:Pharmacie de la Cité]]), [[P:Marc-Antoine Delpech]] ([[O:Hôtel Le Grand Vésone]]).
Excusée : [[P:Claire Fournier-Lasserre]] ([[O:Crédit Mutuel du Sud-Ouest]]).
Invités : M. [[P:Hugues Darnis]], adjoint au commerce de la [[O:Ville de Périgueux]] ; Mme [[P:Inès Carvalho]], [[O:Chambre de commerce et d'industrie Dordogne]] ([[O:CCI Dordogne]]).

1. Illuminations de Noël
La [[O:Ville de Périgueux]] prend en charge 60 % du coût des illuminations ; le solde (8 400 €) est financé par l'[[O:ACAVP]] et par le mécénat de [[O:Leclerc Boulazac]] et de l'imprimerie [[O:Fanlac]]. L'installation sera réalisée par [[O:Blachère Illumination]] à partir du 25 novembre.

2. Marché de Noël
Trente exposants sont inscrits. La sécurité sera assurée par la société [[O:Périgord Sécurité Services]] et par la police municipale. [[P:Samia Benali]] rappelle que les food-trucks doivent présenter leur attestation d'assurance et leur agrément de la [[O:DDPP de la Dordogne]].

3. Carte cadeau locale
La [[O:CCI Dordogne]] propose de déployer une carte cadeau avec le prestataire [[O:Keetiz]]. [[P:Jean-Marc Laborie]] estime les frais trop élevés ; la décision est reportée. M. [[P:Darnis]] signale que [[O:Grand Périgueux]] pourrait cofinancer la première année.

4. Travaux rue Limogeanne
Les travaux de réseau menés par [[O:GRDF]] et [[O:Enedis]] dureront jusqu'en mars. L'association demande une indemnisation via la commission d'indemnisation amiable de la [[O:Ville de Périgueux]]. [[P:Olivier Peyrot]] est chargé du dossier avec le cabinet comptable [[O:Fiducial]].

5. Questions diverses
Le [[O:Club athlétique périgourdin]] ([[O:CAP]]) sollicite un partenariat pour son tournoi de jeunes. Accord de principe pour 500 €.

Prochaine réunion : 15 décembre 2026 à la [[O:Librairie des Arceaux]].
La présidente, [[P:É. Vanderbeke]]   La secrétaire, [[P:S. Benali]]
""")

d("fr", "communique_partenariat", """
COMMUNIQUÉ DE PRESSE
[[L:Toulouse]], le 2 décembre 2026

[[O:Aérocomposites du Lauragais]] et [[O:Hélionav]] s'associent pour produire des pales de drones en composite recyclé

[[O:Aérocomposites du Lauragais SAS]] ([[O:ACL]]), sous-traitant de rang 2 d'[[O:Airbus]] et de [[O:Safran Landing Systems]] basé à [[L:Castelnaudary]], et la jeune pousse toulousaine [[O:Hélionav]], spécialiste des drones d'inspection d'ouvrages d'art, annoncent la création d'une coentreprise, [[O:ReBlade SAS]], détenue à 60 % par [[O:ACL]] et à 40 % par [[O:Hélionav]].

[[O:ReBlade]] fabriquera dès 2027 des pales et bras de drones à partir de chutes de fibre de carbone récupérées dans les ateliers d'[[O:ACL]] et chez d'autres industriels du pôle [[O:Aerospace Valley]]. Le procédé de recyclage a été mis au point avec l'[[O:Institut Clément Ader]] et l'[[O:IMT Mines Albi]].

« Nous transformons un déchet coûteux en produit à forte valeur », explique [[P:Laurent Esparbès]], président d'[[O:ACL]]. Pour [[P:Manon Terrasse]], cofondatrice d'[[O:Hélionav]], « l'accès à un industriel qualifié aéronautique est décisif pour répondre aux exigences de clients comme [[O:SNCF Réseau]] ou [[O:Vinci Autoroutes]] ».

Le projet, d'un montant de 4,2 M€, est soutenu par la [[O:Région Occitanie]] via l'agence [[O:AD'OCC]], par [[O:Bpifrance]] et par un prêt de la [[O:Caisse d'Epargne Midi-Pyrénées]]. L'usine s'installera dans un bâtiment loué à la [[O:Communauté de communes Castelnaudary Lauragais Audois]]. Trente emplois sont prévus ; les recrutements se feront avec [[O:France Travail]] et le [[O:lycée Andréossy]] de [[L:Castelnaudary]].

Conseils de l'opération : cabinet [[O:Fidal]] pour [[O:ACL]], [[O:Racine Avocats]] pour [[O:Hélionav]].

Contact presse : [[P:Audrey Lacombe]], agence [[O:Com'Sud]] – audrey@comsud.example
""")

d("fr", "rapport_commissaire_comptes", """
[[O:CABINET FERRAND ET ASSOCIÉS]]
Commissaire aux comptes – membre de la [[O:Compagnie régionale des commissaires aux comptes de Rennes]]
3 quai Duguay-Trouin – 35000 [[L:Rennes]]

RAPPORT DU COMMISSAIRE AUX COMPTES SUR LES COMPTES ANNUELS
Exercice clos le 30 juin 2026

À l'assemblée générale de la société [[O:Conserverie Le Goff & Kerbrat SA]]

Opinion

En exécution de la mission qui nous a été confiée par votre assemblée générale, nous avons effectué l'audit des comptes annuels de la société [[O:Conserverie Le Goff & Kerbrat SA]] relatifs à l'exercice clos le 30 juin 2026. Nous certifions que les comptes annuels sont, au regard des règles et principes comptables français, réguliers et sincères.

Justification des appréciations – points clés de l'audit

Valorisation des stocks de poisson : la société s'approvisionne principalement auprès de l'[[O:Organisation de producteurs Pêcheurs de Bretagne]] et de l'armement [[O:Scapêche]]. Nous avons assisté à l'inventaire du 30 juin au site de [[L:Douarnenez]] et rapproché les prix des mercuriales de la criée de [[L:Concarneau]].

Créances clients : les trois principaux clients, [[O:Intermarché]] (via sa centrale [[O:ITM Alimentaire International]]), [[O:Biocoop]] et l'importateur allemand [[O:Feinkost Albrecht Hamburg GmbH]], représentent 58 % du chiffre d'affaires. Nous avons obtenu des confirmations directes et examiné l'assurance-crédit souscrite auprès d'[[O:Allianz Trade]].

Subvention et prêts : la société a reçu en 2025 une aide du [[O:Fonds européen pour les affaires maritimes, la pêche et l'aquaculture]] gérée par la [[O:Région Bretagne]], ainsi qu'un prêt de 1,5 M€ du [[O:Crédit Mutuel Arkéa]]. Nous avons vérifié le respect des engagements attachés.

Vérifications spécifiques

Nous n'avons pas d'observation à formuler sur la sincérité des informations données dans le rapport de gestion du conseil d'administration. La filiale [[O:Kerbrat Distribution SARL]] et la participation de 20 % dans [[O:Thonnerie de l'Odet]] sont correctement décrites. Les conventions avec la [[O:SCI Port-Rhu]], dont M. [[P:Yannick Le Goff]] est gérant, ont été soumises à l'assemblée.

Fait à [[L:Rennes]], le 14 octobre 2026
[[O:Cabinet Ferrand et Associés]]
[[P:Gwenaëlle Ferrand]], associée signataire
Inscrit auprès du [[O:Haut conseil du commissariat aux comptes]] ([[O:H3C]]) – contrôle qualité [[O:H3C]] 2025 sans observation.
""")

d("fr", "echange_emails", """
De : [[P:Bastien Morel]] <b.morel@logistique-morel.example>
À : [[P:Camille Ostrowski]] <c.ostrowski@vinsdumontlouis.example>
Cc : [[P:Rachid Haddouche]] <r.haddouche@logistique-morel.example>
Date : mardi 24 novembre 2026 09:12
Objet : RE: Palettes bloquées à [[L:Rungis]] – commande [[O:Metro]]

Bonjour [[P:Camille]],

Je reviens vers vous au sujet des 18 palettes de vouvray destinées à [[O:Metro France]]. La plateforme de [[L:Rungis]] les a refusées hier car les étiquettes SSCC ne correspondaient pas à l'avis d'expédition transmis par EDI. Notre sous-traitant [[O:Transports Brunet-Lefort]] les a ramenées sur notre entrepôt de [[L:Tours]].

Côté [[O:Logistique Morel]], nous pouvons réétiqueter jeudi si le [[O:Domaine du Mont-Louis]] nous envoie le nouveau fichier. Attention, [[O:Metro]] applique une pénalité de 5 % par jour de retard ; il faudrait prévenir votre commercial, M. [[P:Vasseur]].

Par ailleurs, la douane de [[L:Tours]] ([[O:bureau de douane de Tours]]) nous demande le DAE des palettes parties pour [[O:Sainsbury's]] via [[O:Gefco]] : pouvez-vous le retrouver dans GAMMA ?

Cordialement,
[[P:Bastien Morel]]
Directeur d'exploitation – [[O:Logistique Morel SARL]], [[L:Saint-Pierre-des-Corps]]

-----Message d'origine-----
De : [[P:Camille Ostrowski]]
Envoyé : lundi 23 novembre 2026 17:40
À : [[P:Bastien Morel]]
Objet : Palettes bloquées à [[L:Rungis]] – commande [[O:Metro]]

[[P:Bastien]],

[[O:Metro]] vient de m'appeler : la livraison n'est pas arrivée. Le fichier d'étiquettes a été généré par notre prestataire informatique [[O:Vitisoft]] après la mise à jour de vendredi ; je soupçonne une erreur de leur côté. J'ai ouvert un ticket et mis en copie [[P:Hugo Vasseur]].

Pour information, notre interprofession, l'[[O:InterLoire]], organise le 3 décembre une réunion sur les nouvelles exigences de traçabilité avec la [[O:Fédération des exportateurs de vins et spiritueux]] ([[O:FEVS]]) et la [[O:Direction générale des douanes et droits indirects]]. Je vous conseille d'y envoyer quelqu'un ; la [[O:FEVS]] y présentera aussi les règles post-Brexit pour les envois vers [[O:Sainsbury's]] et [[O:Majestic Wine]].

Bien à vous,
[[P:Camille Ostrowski]]
Responsable logistique, [[O:Domaine du Mont-Louis]] – SCEA au capital de 150 000 € – [[L:Montlouis-sur-Loire]]
""")

d("fr", "convocation_reunion", """
[[O:SYNDICAT MIXTE DU BASSIN DE LA VILAINE AMONT]]
Maison de l'eau – 2 rue de la Chalotais – 35500 [[L:Vitré]]

[[L:Vitré]], le 1er décembre 2026

Objet : convocation au comité de pilotage « Zones humides et agriculture » – réunion du 15 décembre 2026

Madame, Monsieur,

J'ai l'honneur de vous convier à la troisième réunion du comité de pilotage du programme de restauration des zones humides du bassin de la [[L:Vilaine]], qui se tiendra le mardi 15 décembre 2026 à 14 h 30 dans la salle du conseil de [[O:Vitré Communauté]].

Ordre du jour :
1. Bilan 2026 des travaux réalisés par l'entreprise [[O:Terres & Rivières SARL]] et par l'[[O:ESAT Les Ateliers de la Cantache]] ;
2. Présentation de l'étude hydrologique par le bureau d'études [[O:Hydroconcept]] ;
3. Mesures agro-environnementales : point de la [[O:Chambre d'agriculture de Bretagne]] et de la coopérative [[O:Eureden]] ;
4. Financements 2027 : [[O:Agence de l'eau Loire-Bretagne]], [[O:Région Bretagne]], [[O:Département d'Ille-et-Vilaine]] et fonds FEADER ;
5. Questions diverses.

Sont invités : les représentants de [[O:Vitré Communauté]], de [[O:Liffré-Cormier Communauté]], de la [[O:commune de Châteaubourg]], de la [[O:Direction départementale des territoires et de la mer d'Ille-et-Vilaine]] ([[O:DDTM 35]]), de l'[[O:Office français de la biodiversité]] ([[O:OFB]]), de la [[O:Fédération d'Ille-et-Vilaine pour la pêche et la protection du milieu aquatique]], de l'association [[O:Bretagne Vivante]] et du [[O:Conservatoire d'espaces naturels de Bretagne]].

Les documents préparatoires seront transmis par Mme [[P:Aurélie Guillemot]], chargée de mission, au plus tard le 10 décembre. La [[O:DDTM 35]] et l'[[O:OFB]] sont priés de confirmer leur présence, la question des autorisations de travaux en cours d'eau devant être tranchée.

En cas d'empêchement, merci de vous faire représenter et d'en informer le secrétariat (02 99 74 18 20).

Veuillez agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Le président,
[[P:Jean-Yves Bréhault]]
Maire de [[L:Louvigné-de-Bais]]
""")

d("fr", "brochure_touristique", """
[[L:VALLÉE DE LA DORDOGNE]] – SÉJOURNER AUTREMENT
Brochure 2027 de l'[[O:Office de tourisme Vallée Dordogne]]

Bienvenue entre [[L:Souillac]], [[L:Rocamadour]] et [[L:Martel]] ! Notre équipe vous accueille toute l'année dans ses bureaux et vous aide à composer votre séjour avec les prestataires labellisés « Qualité Tourisme ».

SE LOGER
– [[O:Hôtel Le Pont de l'Ouysse]], [[L:Lacave]] : table étoilée au bord de l'eau
– [[O:Camping Les Granges]], [[L:Groléjac]] : emplacements ombragés, location de canoës avec [[O:Canoës Rivière Espérance]]
– [[O:Gîtes de France Lot]] : plus de 300 gîtes réservables à la centrale de [[L:Cahors]]
– [[O:Domaine de la Rhue]], [[L:Rocamadour]] : chambres dans une ancienne écurie

SE RÉGALER
Les noix et la truffe sont à l'honneur au marché de [[L:Martel]] le mercredi. Visitez la ferme de la [[O:Coopérative Cerno]] et la distillerie [[O:Louis Roque]] à [[L:Souillac]], fondée en 1905. Pour le foie gras, la maison [[O:Godard]] et la [[O:Ferme de Siran]] proposent des visites gratuites en juillet et août. Le restaurant [[O:Le Quercy Gourmand]] propose un menu découverte avec les vins de la [[O:Cave coopérative de Glanes]].

VISITER
Le sanctuaire de [[L:Rocamadour]] est géré par le [[O:Diocèse de Cahors]] ; les visites guidées sont assurées par l'[[O:Association des Amis de Rocamadour]]. Le train touristique Truffadou, exploité par l'association [[O:Chemin de fer touristique du Haut-Quercy]], circule entre [[L:Martel]] et [[L:Saint-Denis-près-Martel]]. Le gouffre de [[L:Padirac]] est exploité par la [[O:Société du Gouffre de Padirac]] : réservation obligatoire en été.

VENIR
Gare de [[L:Souillac]] (lignes [[O:SNCF]] [[L:Paris]]–[[L:Toulouse]]), aéroport de [[L:Brive]] desservi par [[O:Chalair]] et [[O:Ryanair]]. Navettes estivales de la [[O:Région Occitanie]] (réseau [[O:liO]]).

[[O:Office de tourisme Vallée Dordogne]] – établissement public de [[O:Cauvaldor]], la [[O:communauté de communes Causses et Vallée de la Dordogne]]. Partenaires : [[O:Lot Tourisme]], [[O:Comité régional du tourisme et des loisirs d'Occitanie]], [[O:Parc naturel régional des Causses du Quercy]].
""")

d("fr", "annonce_immobiliere", """
[[O:CABINET LEBRUN IMMOBILIER]] – Transaction · Location · Gestion
12 cours Lafayette, 83000 [[L:Toulon]] · Carte professionnelle CPI 8301 2019 000 041 délivrée par la [[O:CCI du Var]]

À VENDRE – [[L:SANARY-SUR-MER]], quartier Portissol
Villa provençale de 165 m² sur terrain de 1 200 m² – 1 240 000 € FAI

Dans un quartier résidentiel calme, à 600 m de la plage, belle villa des années 1970 entièrement rénovée en 2022 par l'entreprise [[O:Bâtir Méditerranée]], architecte [[P:Lucas Ferracci]]. Séjour de 60 m² ouvert sur la terrasse, cuisine équipée [[O:Bulthaup]], quatre chambres dont une suite parentale, piscine chauffée installée par [[O:Diffazur]]. Garage double et abri de jardin.

Diagnostics réalisés par [[O:Ex'im Var]] : DPE classe C, aucune présence d'amiante. Le bien n'est pas situé en zone inondable selon le plan de prévention de la [[O:Préfecture du Var]], mais se trouve dans le périmètre de protection établi par l'[[O:Architecte des Bâtiments de France]] ; tout projet d'extension nécessite l'avis de l'[[O:Unité départementale de l'architecture et du patrimoine du Var]] et un permis de la [[O:mairie de Sanary-sur-Mer]]. Taxe foncière : 3 180 €.

À proximité : école [[O:Notre-Dame de la Mer]], [[O:collège Les Lauriers]], port de [[L:Sanary]], supermarché [[O:Casino]], clinique [[O:Hôpital privé Toulon Hyères Sainte-Marguerite]] à 20 minutes. Bus n° 122 du réseau [[O:Mistral]] de la [[O:Métropole Toulon Provence Méditerranée]].

Honoraires de 3,3 % TTC à la charge de l'acquéreur inclus. Financement possible : notre partenaire courtier [[O:Cafpi]] et la [[O:Banque Populaire Méditerranée]] proposent une étude gratuite. Acte à recevoir par l'étude de Me [[P:Sophie Giraud-Castellan]], notaire à [[L:Ollioules]].

Contact : [[P:Frédéric Lebrun]], 06 14 77 32 09 – ou son associée [[P:Inès Benhamou]].
[[O:SARL Lebrun Immobilier]] au capital de 15 000 € – RCS [[L:Toulon]] 502 113 408 – garantie financière [[O:Galian-SMABTP]] – membre de la [[O:FNAIM]] et de [[O:Fnaim Var]] – médiateur : [[O:Médiation de la consommation ANM Conso]]
""")

d("fr", "reclamation_reponse", """
[[O:Électroménager Delattre]]
Service relations clientèle – 42 rue Nationale – 59000 [[L:Lille]]

Madame [[P:Véronique Thibaut-Lemoine]]
8 résidence des Ormes
59650 [[L:Villeneuve-d'Ascq]]

[[L:Lille]], le 4 décembre 2026
N/Réf. : RC-26-11482

Objet : votre réclamation du 19 novembre 2026 – lave-linge livré défectueux

Madame,

Nous avons bien reçu votre courrier, transmis également par l'association [[O:UFC-Que Choisir de Lille]], concernant le lave-linge acheté le 2 novembre dans notre magasin de [[L:Lomme]] et livré le 6 novembre par notre transporteur [[O:Geodis]].

Vous indiquez que l'appareil présentait une fuite dès la première utilisation et que le technicien de [[O:Sogedis Services]], station agréée du fabricant [[O:Brandt France]], ne s'est pas présenté au rendez-vous du 12 novembre. Vous précisez aussi que l'eau a endommagé le parquet et que votre assureur, la [[O:Macif]], a ouvert un dossier.

Après vérification auprès de [[O:Sogedis]], nous vous présentons nos excuses : le rendez-vous avait été annulé par erreur suite à une panne du logiciel de planification de [[O:Dispatch+]]. Au titre de la garantie légale de conformité, nous vous proposons :
1. l'échange immédiat de l'appareil par un modèle équivalent, livré par [[O:Geodis]] et installé gratuitement ;
2. le remboursement de la réparation du parquet sur présentation de la facture de l'entreprise [[O:Parquets du Nord]] ou, si vous préférez, la prise en charge directe par notre assureur [[O:Generali IARD]], auprès de qui nous avons déclaré le sinistre ;
3. un bon d'achat de 80 € valable dans nos magasins et sur le site de notre enseigne partenaire [[O:Boulanger]].

Si cette réponse ne vous satisfait pas, vous pouvez saisir gratuitement le médiateur [[O:Medicys]] ou la [[O:DDPP du Nord]]. Une copie de ce courrier est adressée à l'[[O:UFC-Que Choisir de Lille]] et à la [[O:Macif]].

Nous vous prions d'agréer, Madame, l'expression de nos salutations distinguées.

[[P:Grégory Delattre]]
Directeur commercial
[[O:Électroménager Delattre SAS]] – RCS [[L:Lille]] Métropole 381 902 774 – adhérent du groupement [[O:Pulsat]]
""")

d("fr", "jugement_tribunal", """
[[O:TRIBUNAL DES ACTIVITÉS ÉCONOMIQUES DE NANTES]]
JUGEMENT DU 26 NOVEMBRE 2026
Rôle n° 2026 004417 – Première chambre

DEMANDERESSE : [[O:SAS Menuiseries Atlantique Durand]] ([[O:MAD]]), dont le siège est ZI de la Lande, 44800 [[L:Saint-Herblain]], représentée par Me [[P:Pierre-Yves Le Bihan]] de la [[O:SELARL Le Bihan Avocats]], avocat au barreau de [[L:Nantes]]

DÉFENDERESSE : [[O:SARL Océane Habitat]], dont le siège est 5 boulevard de la Prairie-au-Duc, 44200 [[L:Nantes]], représentée par Me [[P:Clémence Aubry-Vidal]], avocate au barreau de [[L:Nantes]]

INTERVENANTE VOLONTAIRE : la compagnie [[O:SMABTP]], assureur de la défenderesse

FAITS ET PROCÉDURE

La société [[O:MAD]] a fourni et posé en 2024 les menuiseries extérieures de la résidence « Les Voiles » construite à [[L:Rezé]] par [[O:Océane Habitat]] pour le compte du bailleur social [[O:Nantes Métropole Habitat]]. Restaient impayées trois factures d'un montant total de 86 412,50 €. [[O:Océane Habitat]] oppose des désordres d'étanchéité constatés par le bureau de contrôle [[O:Socotec]] et par l'expert judiciaire M. [[P:Alain Pichon]], désigné par ordonnance du président du [[O:tribunal judiciaire de Nantes]].

MOTIFS

Il résulte du rapport de l'expert que les infiltrations proviennent non des menuiseries mais d'un défaut du bardage posé par un autre sous-traitant, la société [[O:Bardage Ouest Concept]], aujourd'hui en liquidation judiciaire, dont le liquidateur est la [[O:SELARL AJ Ouest Mandataires]]. La réception a été prononcée sans réserve concernant les menuiseries. La retenue opérée par [[O:Océane Habitat]] n'est donc pas justifiée, et la garantie de l'[[O:SMABTP]] ne peut être mobilisée à ce titre.

PAR CES MOTIFS, le tribunal, statuant publiquement par jugement contradictoire en premier ressort :
– condamne la [[O:SARL Océane Habitat]] à payer à la [[O:SAS Menuiseries Atlantique Durand]] la somme de 86 412,50 € avec intérêts au taux légal à compter du 15 mars 2025 ;
– met hors de cause la [[O:SMABTP]] ;
– condamne la [[O:SARL Océane Habitat]] à payer 4 000 € au titre de l'article 700 du code de procédure civile et aux dépens, y compris les frais d'expertise.

Le greffier, [[P:Maëlle Kerloc'h]]     Le président, [[P:J.-F. Raimbault]]
Greffe tenu par la [[O:SELAS Greffe associé de Nantes]] – copie à la [[O:Chambre régionale des huissiers]] (désormais [[O:Chambre nationale des commissaires de justice]]).
""")

# ---------------------------------------------------------------- Spanish
d("es", "oferta_prestamo", """
[[O:Caja Rural de Almendralejo, S. Coop. de Crédito]]
Oficina 0412 · Avda. de la Paz, 18 · 06200 [[L:Almendralejo]] ([[L:Badajoz]])

[[O:Bodegas Carrasco Tinoco, S.L.]]
A/A D. [[P:Francisco Carrasco Tinoco]], administrador único
Ctra. de Villafranca, km 3
06200 [[L:Almendralejo]]

[[L:Almendralejo]], 16 de noviembre de 2026

Asunto: oferta vinculante de préstamo para la ampliación de la nave de crianza

Estimado Sr. [[P:Carrasco]]:

Conforme a lo hablado con nuestro gestor de empresas, D. [[P:Julián Merino Bravo]], le trasladamos las condiciones aprobadas por el comité de riesgos de la entidad:

· Importe: 480.000 €, plazo 12 años con 18 meses de carencia
· Tipo de interés: Euríbor a 12 meses + 1,65 %, revisión anual
· Línea de mediación del [[O:Instituto de Crédito Oficial]] ([[O:ICO]]) para 200.000 € del total, con bonificación del tipo
· Aval del 50 % de [[O:Extraval]], sociedad de garantía recíproca de [[L:Extremadura]]
· Subvención prevista de la [[O:Junta de Extremadura]], Consejería de Agricultura, por 96.000 €, que se destinará a amortización anticipada

Antes de la firma deberán aportarse: licencia de obras del [[O:Ayuntamiento de Almendralejo]], tasación de la nave por [[O:Tinsa]], cuentas anuales de 2025 depositadas en el [[O:Registro Mercantil de Badajoz]], y el contrato de obra con [[O:Construcciones Hermanos Gallardo, S.A.]]. La póliza de seguro de daños de la bodega, contratada con [[O:Mapfre España]], deberá designar a la [[O:Caja Rural de Almendralejo]] como beneficiaria.

Le recordamos que la bodega figura en el registro del [[O:Consejo Regulador de la D.O. Ribera del Guadiana]], y que sus principales clientes ([[O:Makro]], [[O:El Corte Inglés]] y el importador neerlandés [[O:Wijnhandel De Kroon B.V.]]) presentan un buen historial de pago según el informe de [[O:Informa D&B]].

La firma se realizará ante la notaria Dña. [[P:Rocío Saavedra Pulido]]. La oferta es válida hasta el 31 de diciembre de 2026.

Atentamente,

[[P:Ana Belén Rangel]]
Directora de Banca de Empresas

[[O:Caja Rural de Almendralejo]] · Inscrita en el Registro de Entidades del [[O:Banco de España]] con el n.º 3001 · Adherida al [[O:Fondo de Garantía de Depósitos de Entidades de Crédito]]
""")

d("es", "carta_despido", """
[[O:HOTELES MIRAMAR LEVANTE, S.L.]]
Paseo Marítimo Levante, 4 · 03503 [[L:Benidorm]] ([[L:Alicante]])

D.ª [[P:Yolanda Ferrándiz Such]]
C/ Ruzafa, 22, 3.º B
03501 [[L:Benidorm]]

[[L:Benidorm]], a 30 de noviembre de 2026

Muy Sra. nuestra:

Por medio de la presente le comunicamos que la dirección de la empresa ha decidido extinguir su contrato de trabajo por causas objetivas de carácter organizativo y productivo, al amparo del artículo 52.c) del Estatuto de los Trabajadores, con efectos del 15 de diciembre de 2026.

Como sabe, el [[O:Hotel Miramar Playa]], en el que usted presta servicios como gobernanta, cerrará del 1 de enero al 31 de marzo de 2027 para su reforma integral, que ejecutará [[O:Urbaser Edificación]]. Además, la limpieza de habitaciones de nuestros dos establecimientos, el [[O:Hotel Miramar Playa]] y el [[O:Aparthotel Miramar Sol]], se ha adjudicado a la empresa de servicios [[O:Limpiezas Alfaz Integral, S.L.]], lo que suprime su puesto de trabajo. La decisión se adoptó tras la pérdida del contrato con el turoperador [[O:TUI]] y con [[O:Jet2holidays]], que representaban el 38 % de las pernoctaciones.

Se pone a su disposición una indemnización de 14.620,00 € (20 días por año de servicio), mediante transferencia a su cuenta del [[O:Banco Sabadell]]. Se le abonarán asimismo la liquidación y quince días de salario por falta de preaviso.

Se ha dado traslado de esta comunicación a la representación legal de los trabajadores, en particular a [[O:CCOO del País Valencià]] y a la sección sindical de [[O:UGT-FeSMC]]. Puede usted impugnar esta decisión ante el [[O:Juzgado de lo Social de Benidorm]] en el plazo de veinte días hábiles, previa conciliación en el [[O:TAL]] ([[O:Tribunal de Arbitraje Laboral]]) de la [[O:Comunitat Valenciana]].

Le informamos de que su candidatura ha sido trasladada, con su consentimiento previo, a [[O:Grupo Servigroup]] y al [[O:Hotel Meliá Villaitana]], que están seleccionando personal para la temporada.

Atentamente,

[[P:Vicente Llorca Pastor]]
Director de Recursos Humanos

Recibí el ____ de ____________ de 2026. Firma: [[P:Y. Ferrándiz]]

[[O:Hoteles Miramar Levante, S.L.]] · CIF B03419882 · Inscrita en el [[O:Registro Mercantil de Alicante]], tomo 3201 · Asociada a [[O:HOSBEC]]
""")

d("es", "poliza_seguro", """
[[O:ATLÁNTIDA SEGUROS Y REASEGUROS, S.A.]]
CONDICIONES PARTICULARES – SEGURO MULTIRRIESGO DE COMERCIO
Póliza n.º 70-4418826 · Efecto: 01/01/2027 · Vencimiento: 01/01/2028

TOMADOR Y ASEGURADO: [[O:Farmacia Ldo. Ibarra Goikoetxea, C.B.]], titulares D. [[P:Mikel Ibarra Goikoetxea]] y D.ª [[P:Nerea Ibarra Goikoetxea]]
Situación del riesgo: Calle Mayor, 31, 48930 [[L:Getxo]] ([[L:Bizkaia]])
Mediador: [[O:Correduría de Seguros Elorza y Asociados, S.L.]], clave 0921
Acreedor hipotecario: [[O:Kutxabank, S.A.]]

GARANTÍAS Y CAPITALES
Continente: 310.000 €
Contenido (mobiliario, equipos, existencias de medicamentos): 185.000 €
Bienes refrigerados (vacunas e insulinas): 12.000 €, condicionado al mantenimiento de la cámara por [[O:Frigoríficos Bilbaínos]] o empresa homologada
Responsabilidad civil profesional: 1.200.000 €, con franquicia de 600 €
Pérdida de beneficios: 6 meses

CLÁUSULAS ESPECIALES
1. El robo de estupefacientes queda cubierto solo si la caja fuerte está conectada a la central de alarmas de [[O:Securitas Direct]] y se ha denunciado ante la [[O:Ertzaintza]].
2. Los daños por inundación se rigen por el Reglamento del [[O:Consorcio de Compensación de Seguros]] cuando se trate de riesgos extraordinarios.
3. Queda incluida la responsabilidad derivada de la preparación de fórmulas magistrales autorizada por el [[O:Departamento de Salud del Gobierno Vasco]].
4. Se excluyen los daños a equipos cedidos por el distribuidor [[O:Cofares]] y por [[O:Bidafarma]], que están asegurados por sus propietarios.

PRIMA ANUAL
Prima neta 2.148,30 € · Recargo [[O:Consorcio]] 96,40 € · Impuesto sobre primas 128,90 € · Total 2.373,60 €, domiciliado en [[O:Caja Laboral Kutxa]].

La presente póliza se rige por la Ley 50/1980. Para reclamaciones, el asegurado puede dirigirse al Servicio de Atención al Cliente de [[O:Atlántida Seguros]] y, en su caso, al Servicio de Reclamaciones de la [[O:Dirección General de Seguros y Fondos de Pensiones]]. El tomador declara ser miembro del [[O:Colegio Oficial de Farmacéuticos de Bizkaia]].

En [[L:Bilbao]], a 10 de diciembre de 2026. Por la aseguradora: [[P:Itziar Unanue Lasa]], directora territorial.
""")

d("es", "aduanas_correo", """
De: [[P:Marta Quiroga Besada]] <mquiroga@transitarios-quiroga.example>
Para: [[P:Luis Benavente]] <compras@conservasriasbaixas.example>
CC: [[P:Aitor Zubiaurre]] <aduanas@transitarios-quiroga.example>
Fecha: 19 de noviembre de 2026, 11:47
Asunto: Importación hojalata desde [[L:Turquía]] – contenedor MSKU 774120-3 retenido

Buenos días, [[P:Luis]]:

Os escribo porque el contenedor con las 21 toneladas de hojalata de [[O:Tosyalı Packaging A.Ş.]] que llegó ayer al puerto de [[L:Vigo]] ha quedado retenido en el canal rojo. La [[O:Aduana de Vigo]], dependiente de la [[O:Agencia Estatal de Administración Tributaria]] ([[O:AEAT]]), pide el certificado de origen y una declaración del proveedor, porque la mercancía está sujeta a medidas antidumping.

Situación del envío:
– Naviera: [[O:Maersk]]; buque con transbordo en [[L:Algeciras]]
– Terminal: [[O:Termavi]]; la estancia libre vence el 24 de noviembre
– Inspección SOIVRE: no aplica
– Garantía aduanera: aval de [[O:Abanca]] n.º 88-213, suficiente para los derechos provisionales

Nuestro despachante, [[P:Aitor]], presentará hoy el DUA con la documentación que tengamos. Necesitamos que [[O:Conservas Rías Baixas]] nos envíe la factura definitiva y el contrato con [[O:Tosyalı]]. Si [[O:Tosyalı]] no emite la declaración a tiempo, podemos pedir levante con garantía adicional.

Por otro lado, el transporte a vuestra fábrica de [[L:Cambados]] lo hará [[O:Transportes Lamas e Hijos]], como siempre; el camión está reservado para el jueves. Si hubiera gastos de almacenaje, los facturará directamente la [[O:Autoridad Portuaria de Vigo]].

Un saludo,
[[P:Marta Quiroga]]
Directora de operaciones
[[O:Transitarios Quiroga, S.L.]] · Representante aduanero autorizado · Miembro de [[O:FETEIA-OLTRA]] y del [[O:Consejo General de Agentes de Aduanas]]

---
De: [[P:Luis Benavente]]
Enviado: 18 de noviembre de 2026, 18:02
Asunto: RE: Importación hojalata

[[P:Marta]], ¿hay novedades del contenedor? Nuestro cliente [[O:Mercadona]] espera las latas de mejillón para la campaña de Navidad y el envasado para [[O:Lidl España]] también depende de este material. [[O:Conservas Rías Baixas]] no puede parar la línea. Gracias, [[P:Luis]].
""")

d("es", "derivacion_clinica", """
[[O:Centro de Salud Delicias]]
[[O:Servicio Aragonés de Salud]] ([[O:SALUD]]) – Sector [[L:Zaragoza]] III
C/ Escoriaza y Fabro, 91 · 50010 [[L:Zaragoza]]

INFORME DE DERIVACIÓN A ATENCIÓN ESPECIALIZADA

Destino: Servicio de Neumología, [[O:Hospital Clínico Universitario Lozano Blesa]]
Prioridad: preferente

Paciente: [[P:Rosario Lafuente Gimeno]], 64 años · CIPA 50/004127738
Médico solicitante: Dra. [[P:Pilar Arnal Sancho]], médico de familia

Motivo de consulta

Paciente de 64 años, exfumadora, trabajadora durante 22 años en el taller de pintura de [[O:Opel España]] en [[L:Figueruelas]] (actualmente [[O:Stellantis]]), que consulta por disnea de esfuerzo progresiva y tos seca de seis meses de evolución. Espirometría realizada en el centro el 9/11/2026: patrón restrictivo moderado. Radiografía de tórax informada por el servicio de radiodiagnóstico del [[O:Hospital Royo Villanova]]: infiltrado intersticial bibasal.

Antecedentes

Hipertensión en tratamiento. Seguimiento por la mutua [[O:MAZ]] ([[O:Mutua de Accidentes de Zaragoza]]) durante su vida laboral; la paciente aporta los reconocimientos médicos realizados por [[O:Quirónprevención]]. Analítica del laboratorio del [[O:Hospital Miguel Servet]] sin alteraciones relevantes.

Solicito

Valoración de posible enfermedad pulmonar intersticial de origen laboral, y, en su caso, comunicación al [[O:Instituto Nacional de la Seguridad Social]] ([[O:INSS]]) y al [[O:Instituto Aragonés de Seguridad y Salud Laboral]] para el estudio de enfermedad profesional. La paciente es socia de la [[O:Asociación Aragonesa de Pacientes Respiratorios]] ([[O:ASAPRE]]), que le ha recomendado pedir también una segunda opinión en la [[O:Clínica Universidad de Navarra]]. La [[O:ASAPRE]] ofrece además un programa de rehabilitación en colaboración con el [[O:Ayuntamiento de Zaragoza]].

La paciente tiene contratado un seguro privado con [[O:Sanitas]], pero prefiere ser atendida en la red pública.

[[L:Zaragoza]], 12 de noviembre de 2026
Fdo.: [[P:P. Arnal Sancho]]
Nº colegiada 50/07713 – [[O:Colegio Oficial de Médicos de Zaragoza]]
""")

d("es", "anuncio_licitacion", """
[[O:AYUNTAMIENTO DE SAN VICENTE DEL RASPEIG]]
ANUNCIO DE LICITACIÓN
Expediente CONSERV-47/2026 – Servicio de mantenimiento de zonas verdes y arbolado urbano

1. ENTIDAD ADJUDICADORA
[[O:Ayuntamiento de San Vicente del Raspeig]] ([[L:Alicante]]). Órgano de contratación: Junta de Gobierno Local. Perfil del contratante alojado en la [[O:Plataforma de Contratación del Sector Público]].

2. OBJETO Y VALOR
Mantenimiento de parques, jardines y arbolado del término municipal durante cuatro años, con posibilidad de prórroga de uno. Valor estimado: 6.840.000 €, IVA excluido. Lote 1: parques y jardines. Lote 2: arbolado viario. Reservado el 10 % del lote 1 a centros especiales de empleo, como [[O:Fundación Espurna]] o [[O:Apsa Inserta]].

3. SOLVENCIA
Clasificación O-6-C o experiencia acreditada en contratos similares con otras administraciones, por ejemplo la [[O:Diputación de Alicante]], el [[O:Ayuntamiento de Elche]] o la [[O:Universidad de Alicante]]. Certificados ISO 14001 emitidos por entidades acreditadas por [[O:ENAC]] (por ejemplo, [[O:AENOR]] o [[O:Bureau Veritas]]).

4. ANTECEDENTES
El contrato vigente, adjudicado en 2022 a la UTE formada por [[O:Jardines del Mediterráneo, S.A.]] y [[O:Viveros Pérez Ortuño, S.L.]], finaliza el 28 de febrero de 2027. El personal adscrito se subrogará conforme al convenio colectivo provincial de jardinería firmado por [[O:CCOO]], [[O:UGT]] y la patronal [[O:Asociación Provincial de Empresarios de Jardinería]] ([[O:APEJA]]).

5. CRITERIOS
Oferta económica 55 puntos; memoria técnica 35 puntos; criterios sociales y ambientales 10 puntos (uso de maquinaria eléctrica, convenios con el [[O:IES Haygón]] para prácticas de FP de jardinería).

6. PRESENTACIÓN
Plazo: hasta las 14:00 horas del 11 de enero de 2027, exclusivamente por medios electrónicos. Consultas técnicas: D. [[P:Rafael Sempere Lloret]], jefe del servicio de parques; consultas administrativas: D.ª [[P:Maribel Aracil Soler]], técnica de contratación.

7. RECURSOS
Recurso especial en materia de contratación ante el [[O:Tribunal Administrativo Central de Recursos Contractuales]], en virtud del convenio suscrito con la [[O:Generalitat Valenciana]].

[[L:San Vicente del Raspeig]], 27 de noviembre de 2026. El alcalde, [[P:Jesús Villar Díaz]].
""")

d("es", "noticia_local", """
[[O:DIARIO DEL BIERZO]]
[[L:PONFERRADA]] | Economía | 3 de diciembre de 2026

La antigua central térmica de Compostilla acogerá una planta de baterías con 250 empleos

[[P:Sergio Fernández Prada]]

La empresa leonesa [[O:Enerbierzo Almacenamiento]] y la multinacional coreana [[O:Hanseong Energy Solutions]] construirán en los terrenos de la antigua central de Compostilla, en [[L:Cubillos del Sil]], una planta de ensamblaje de baterías para almacenamiento eléctrico. El proyecto, de 180 millones de euros, fue presentado ayer en el [[O:Ayuntamiento de Ponferrada]] por sus responsables y por la consejera de Economía de la [[O:Junta de Castilla y León]].

Los terrenos pertenecen a [[O:Endesa]], que los cederá mediante un derecho de superficie dentro del plan de transición justa del [[O:Instituto para la Transición Justa]]. El consejero delegado de [[O:Enerbierzo]], [[P:Óscar Blanco Arias]], explicó que la mitad de los empleos se cubrirán con extrabajadores de la central y de las minas, formados en colaboración con el campus de la [[O:Universidad de León]] en [[L:Ponferrada]] y con la [[O:Fundación Ciudad de la Energía]] ([[O:CIUDEN]]).

La alcaldesa de [[L:Cubillos del Sil]], [[P:Ana Rosa Santín]], celebró el anuncio pero pidió que la [[O:Confederación Hidrográfica del Miño-Sil]] agilice el permiso de captación de agua. Desde [[O:Ecologistas en Acción del Bierzo]] reclamaron una evaluación ambiental completa.

La financiación procede del [[O:Banco Europeo de Inversiones]], de [[O:Unicaja]] y de las ayudas del PERTE de energías renovables gestionadas por el [[O:Ministerio para la Transición Ecológica y el Reto Demográfico]]. La [[O:Cámara de Comercio de León]] y la [[O:Asociación de Empresarios del Bierzo]] ([[O:AEB]]) valoraron la noticia como «la más importante en una década». Según la [[O:AEB]], varias empresas locales, como [[O:Talleres Prada]] o [[O:Transportes Vega Fuertes]], ya han mostrado interés en trabajar como proveedores.

La primera piedra se colocará en junio. Los sindicatos [[O:CCOO]] y [[O:UGT]] han pedido que [[O:Hanseong]] respete el convenio del metal de [[L:León]].
""")

d("es", "carta_donantes", """
[[O:Fundación Manos Abiertas]]
C/ San Bernardo, 48 · 28015 [[L:Madrid]] · Inscrita en el Registro de Fundaciones del [[O:Ministerio de Cultura]] con el n.º 1.204

[[L:Madrid]], diciembre de 2026

Querida [[P:Carmen]]:

Gracias por acompañarnos un año más. Tu aportación mensual de 20 euros, junto con la de otros 3.400 socios, ha permitido que nuestros comedores de [[L:Madrid]], [[L:Getafe]] y [[L:Alcalá de Henares]] sirvan más de 190.000 comidas en 2026.

LO QUE HEMOS HECHO JUNTOS
· Hemos abierto un economato solidario en [[L:Vallecas]] con el apoyo de la [[O:Parroquia de San Ramón Nonato]] y de la [[O:Asociación Vecinal Puente de Vallecas]].
· El [[O:Banco de Alimentos de Madrid]] nos ha entregado 410 toneladas de alimentos, y [[O:Mercamadrid]] nos cede cada semana fruta y verdura.
· Gracias al convenio con el [[O:Ayuntamiento de Getafe]] y con la [[O:Comunidad de Madrid]], 85 familias han recibido ayudas para el alquiler.
· Voluntarios de [[O:Telefónica]], [[O:Repsol]] y del bufete [[O:Uría Menéndez]] han dedicado más de 2.000 horas a nuestros programas de empleo.
· El programa de formación en hostelería, en colaboración con la [[O:Escuela de Hostelería Simone Ortega]] y el restaurante [[O:Casa Benigna]], ha logrado que 42 personas encuentren trabajo.

TRANSPARENCIA
Nuestras cuentas de 2025 han sido auditadas por [[O:Auditores Asociados Gómez & Ruiz]] sin salvedades y están publicadas en nuestra web. La [[O:Fundación Lealtad]] nos ha renovado el sello de ONG Acreditada, y somos miembros de la [[O:Coordinadora de ONG para el Desarrollo]] y de la [[O:Plataforma del Tercer Sector]].

Recuerda que tus donativos desgravan: la [[O:Agencia Tributaria]] te devolverá hasta el 80 % de los primeros 250 euros. Si has cambiado de domicilio o de cuenta en [[O:CaixaBank]] u otra entidad, escribe a nuestra responsable de socios, [[P:Lucía Moreno Ayala]], para que podamos enviarte el certificado fiscal en enero.

Con todo nuestro cariño,

[[P:Javier Olmedo Sanz]]
Director general de la [[O:Fundación Manos Abiertas]]

P. D.: El 19 de diciembre celebramos nuestra cena solidaria en el [[O:Hotel Catalonia Atocha]]. ¡Te esperamos!
""")

d("es", "contrato_arrendamiento", """
CONTRATO DE ARRENDAMIENTO DE VIVIENDA

En [[L:Valencia]], a 1 de diciembre de 2026

REUNIDOS

De una parte, D.ª [[P:Amparo Vilaplana Roig]], mayor de edad, con DNI 22.541.870-K, en adelante la arrendadora, asistida por la agencia [[O:Inmobiliaria Turia Centro, S.L.]], representada por D. [[P:Enrique Martí Bosch]].

De otra parte, D. [[P:Santiago Ortega Rivas]] y D.ª [[P:Laura Pinto Carvalho]], mayores de edad, en adelante los arrendatarios. D. [[P:Ortega]] trabaja como ingeniero en [[O:Ford España]] ([[L:Almussafes]]) y D.ª [[P:Pinto]] como investigadora en el [[O:Instituto de Agroquímica y Tecnología de Alimentos]] ([[O:IATA-CSIC]]).

EXPONEN Y PACTAN

PRIMERA. Objeto. La arrendadora cede en arrendamiento la vivienda sita en la calle Literato Azorín, 12, 4.º, 46006 [[L:Valencia]], barrio de [[L:Russafa]], con referencia catastral 6723409YJ2762D0017PL, inscrita en el [[O:Registro de la Propiedad n.º 12 de Valencia]].

SEGUNDA. Duración. Cinco años desde el 1 de enero de 2027, conforme a la Ley de Arrendamientos Urbanos.

TERCERA. Renta. 1.150 € mensuales, pagaderos por transferencia a la cuenta de la arrendadora en [[O:Caixa Popular]] dentro de los cinco primeros días de cada mes. La renta se actualizará según el índice de referencia publicado por el [[O:Instituto Nacional de Estadística]] ([[O:INE]]).

CUARTA. Fianza y garantías. Los arrendatarios entregan una fianza de un mes, que la arrendadora depositará en la [[O:Generalitat Valenciana]] a través del [[O:Instituto Valenciano de la Vivienda]] ([[O:IVVSA]]). Además, aportan aval bancario de [[O:Banco Santander]] por seis meses de renta.

QUINTA. Suministros. Los arrendatarios contratarán a su nombre la electricidad con [[O:Iberdrola]] y el agua con [[O:Aguas de Valencia]]. La comunidad de propietarios, administrada por [[O:Fincas Ferrer Administradores]], mantiene un contrato de ascensores con [[O:Orona]] incluido en los gastos comunes.

SEXTA. Seguro. La arrendadora mantiene un seguro de hogar con [[O:Occident]]; los arrendatarios contratarán un seguro de responsabilidad civil.

SÉPTIMA. Honorarios. Los honorarios de [[O:Inmobiliaria Turia Centro]] corren a cargo de la arrendadora.

Y en prueba de conformidad firman por triplicado.
La arrendadora: [[P:A. Vilaplana]]   Los arrendatarios: [[P:S. Ortega]], [[P:L. Pinto]]
""")

d("es", "citacion_juzgado", """
[[O:JUZGADO DE PRIMERA INSTANCIA N.º 4 DE MÁLAGA]]
C/ Fiscal Luis Portero García, s/n · Ciudad de la Justicia · 29010 [[L:Málaga]]

Procedimiento: Juicio verbal 1187/2026 · Negociado: C
Materia: reclamación de cantidad

CÉDULA DE CITACIÓN

En virtud de lo acordado por la Letrada de la Administración de Justicia, D.ª [[P:Concepción Ruiz-Berdejo]], en el procedimiento arriba indicado, promovido por la mercantil [[O:Suministros Hosteleros Costa del Sol, S.L.]], representada por el procurador D. [[P:Alfonso Medina Luque]] y defendida por el letrado D. [[P:Pablo Garrido Narváez]], del despacho [[O:Garrido & Torres Abogados]], contra [[O:Chiringuito El Bucanero, S.C.]] y sus socios D. [[P:Manuel Heredia Cortés]] y D. [[P:Rafael Heredia Cortés]],

SE CITA a las partes para la celebración de la vista, que tendrá lugar el día 3 de febrero de 2027 a las 10:15 horas en la Sala n.º 7 de este Juzgado.

La demandante reclama 9.734,60 € por el suministro de mobiliario de terraza, cámaras frigoríficas y vajilla entre marzo y junio de 2026, según albaranes conformados. Los demandados alegan en su contestación que parte de las cámaras, fabricadas por [[O:Infrico]], llegaron averiadas y que tuvieron que recurrir al servicio técnico de [[O:Frío Axarquía]]. Han aportado un informe pericial elaborado por [[O:Peritaciones Industriales del Sur]] y la comunicación del siniestro a su aseguradora, [[O:Santalucía Seguros]].

Se advierte a las partes de que deberán concurrir con los medios de prueba de que intenten valerse. Se ha acordado requerir a [[O:Unicaja Banco]] para que certifique los cargos de los recibos devueltos y al [[O:Ayuntamiento de Málaga]] para que informe sobre la licencia de ocupación de vía pública del establecimiento en la playa de [[L:Pedregalejo]]. La [[O:Demarcación de Costas de Andalucía-Mediterráneo]] informará sobre la concesión del chiringuito.

Los demandados podrán solicitar asistencia jurídica gratuita ante el [[O:Ilustre Colegio de Abogados de Málaga]]. Las partes podrán acudir a mediación a través del [[O:Centro de Mediación de la Cámara de Comercio de Málaga]].

En [[L:Málaga]], a 25 de noviembre de 2026.
LA LETRADA DE LA ADMINISTRACIÓN DE JUSTICIA

Notificada a: [[O:Suministros Hosteleros Costa del Sol]] y [[O:Chiringuito El Bucanero]]. Copia a la [[O:Asociación de Empresarios de Playas de la Costa del Sol]] a los solos efectos informativos, a solicitud de los demandados.
""")

d("es", "acta_asamblea", """
[[O:COMUNIDAD DE REGANTES DE LA LITERA ALTA]]
ACTA DE LA JUNTA GENERAL ORDINARIA
[[L:Binéfar]] ([[L:Huesca]]), 21 de noviembre de 2026

Preside: D. [[P:Joaquín Bardají Castán]], presidente. Secretario: D. [[P:Ramón Mur Sopena]]. Asisten 214 comuneros presentes o representados. Asisten como invitados D.ª [[P:Elena Sesé]], de la [[O:Confederación Hidrográfica del Ebro]] ([[O:CHE]]), y D. [[P:Miguel Ángel Pueyo]], técnico de [[O:Riegos del Alto Aragón]].

1. Lectura y aprobación del acta anterior. Se aprueba por unanimidad.

2. Cuentas del ejercicio 2026. El tesorero, D. [[P:José Luis Gracia Bielsa]], presenta las cuentas, revisadas por la asesoría [[O:Agroconta Litera, S.L.P.]]. El gasto en energía de la estación de bombeo asciende a 412.000 €, facturados por [[O:Endesa Energía]]; se acuerda estudiar la oferta de la cooperativa eléctrica [[O:Som Energia]] y la instalación de placas solares propuesta por [[O:Solaria Monegros]].

3. Modernización del regadío. El presidente informa de que la [[O:Sociedad Mercantil Estatal de Infraestructuras Agrarias]] ([[O:SEIASA]]) ha aprobado el proyecto de modernización del sector norte, con fondos del Plan de Recuperación y aportación del [[O:Gobierno de Aragón]]. La obra se adjudicó a la UTE [[O:Acciona Agua]]–[[O:Hormigones Sapiña]]. La financiación de la parte de los comuneros se hará con un préstamo de [[O:Ibercaja]] avalado por [[O:SEIASA]].

4. Ruegos y preguntas. D.ª [[P:Pilar Castán]], de la [[O:Cooperativa Agrícola San Isidro de Binéfar]], pregunta por los cortes de agua de julio. El representante de la [[O:CHE]] explica que se debieron a la sequía en el embalse de [[L:Barasona]]. D. [[P:Ignacio Lacasa]], de [[O:Frutas Lacasa e Hijos]], solicita que la comunidad se adhiera a la [[O:Federación Nacional de Comunidades de Regantes]] ([[O:FENACORE]]); se aprueba por mayoría. El [[O:Ayuntamiento de Binéfar]] ofrece el pabellón municipal para la próxima junta.

Sin más asuntos, se levanta la sesión a las 21:40 horas.

V.º B.º El presidente, [[P:J. Bardají]]     El secretario, [[P:R. Mur]]
""")

d("es", "oferta_empleo", """
OFERTA DE EMPLEO
RESPONSABLE DE CALIDAD – INDUSTRIA ALIMENTARIA
[[L:Guijuelo]] ([[L:Salamanca]])

¿Quiénes somos?
[[O:Embutidos Sánchez Montero]] es una empresa familiar fundada en 1958, con 160 trabajadores y secaderos en [[L:Guijuelo]] y [[L:Ledrada]]. Elaboramos jamones y paletas con denominación de origen protegida y exportamos a [[L:Francia]], [[L:México]] y [[L:Japón]]. Entre nuestros clientes están [[O:Carrefour]], [[O:Alcampo]], [[O:Consum]] y la cadena de restaurantes [[O:Museo del Jamón]].

¿Qué buscamos?
Una persona que coordine el departamento de calidad y seguridad alimentaria, reportando a la directora técnica, D.ª [[P:Begoña Sánchez Montero]]. Se encargará de:
· mantener las certificaciones IFS y BRCGS auditadas por [[O:SGS]] y [[O:Lloyd's Register]];
· atender las inspecciones de la [[O:Junta de Castilla y León]] y de los veterinarios oficiales de la [[O:Agencia Española de Seguridad Alimentaria y Nutrición]] ([[O:AESAN]]) en los expedientes de exportación;
· coordinar los análisis con el laboratorio [[O:Labocyl]] y con el [[O:Instituto Tecnológico Agrario de Castilla y León]] ([[O:ITACyL]]);
· gestionar las reclamaciones de clientes y la relación con el [[O:Consejo Regulador de la DOP Guijuelo]].

Requisitos: grado en Ciencia y Tecnología de los Alimentos o Veterinaria (valoraremos egresados de la [[O:Universidad de Salamanca]] o de la [[O:Universidad de León]]); cinco años de experiencia; inglés alto; carné de conducir.

Ofrecemos: contrato indefinido, salario entre 38.000 y 44.000 € brutos anuales según el convenio de industrias cárnicas, seguro médico con [[O:Adeslas]], plan de formación con la [[O:Fundación Estatal para la Formación en el Empleo]] ([[O:Fundae]]) y vivienda temporal en [[L:Guijuelo]] si es necesario.

Interesados, enviar CV antes del 20 de diciembre de 2026 a la consultora [[O:Talento Castilla Selección, S.L.]], que gestiona el proceso en exclusiva (ref. CAL-GU-26). Persona de contacto: [[P:Víctor Hernández Prieto]]. Oferta publicada también en el portal del [[O:Servicio Público de Empleo de Castilla y León]] ([[O:ECYL]]).
""")

# ---------------------------------------------------------------- Italian
d("it", "lettera_assunzione", """
[[O:Officine Meccaniche Zanardi S.p.A.]]
Via dell'Artigianato 14 – 25030 [[L:Castel Mella]] ([[L:BS]])
Cap. soc. € 2.400.000 i.v. – Reg. Imprese di [[L:Brescia]] e C.F. 01882450176 – REA BS-312744

Gentile Sig.
[[P:Davide Ferraresi]]
Via Milano 88
25126 [[L:Brescia]]

[[L:Castel Mella]], 20 novembre 2026

Oggetto: lettera di assunzione a tempo indeterminato

Gentile [[P:Davide]],

a seguito dei colloqui sostenuti con l'ing. [[P:Marco Zanardi]] e con la dott.ssa [[P:Federica Bonometti]], siamo lieti di comunicarLe l'assunzione con contratto a tempo indeterminato, a decorrere dal 11 gennaio 2027, con la qualifica di tecnico della programmazione CNC, livello C3 del CCNL Metalmeccanici Industria sottoscritto da [[O:Federmeccanica]], [[O:FIM-CISL]], [[O:FIOM-CGIL]] e [[O:UILM-UIL]].

La retribuzione annua lorda sarà di € 36.800, oltre al premio di risultato previsto dall'accordo aziendale. Lei verrà iscritto al fondo pensione [[O:Cometa]] e al fondo sanitario [[O:metaSalute]]. Il periodo di prova sarà di sei mesi. Il Suo contratto è stato reso possibile anche dall'incentivo all'assunzione di giovani gestito dall'[[O:INPS]], e la formazione iniziale sarà svolta presso l'[[O:ITS Machina Lonati]] e presso il nostro fornitore di macchine [[O:DMG Mori Italia S.r.l.]] a [[L:Bergamo]].

Lavorerà principalmente sulle commesse per [[O:Iveco Group]], [[O:CNH Industrial]] e [[O:Brembo]], nel reparto diretto dal sig. [[P:Giovanni Pedrali]]. La visita medica preventiva sarà effettuata dal medico competente del [[O:Centro Medico Leonessa]]; i buoni pasto sono erogati tramite [[O:Edenred Italia]].

La preghiamo di restituirci copia firmata della presente entro il 4 dicembre, unitamente al modulo per l'accredito dello stipendio sul Suo conto presso la [[O:Banca Valsabbina]] o altro istituto.

Distinti saluti.

[[P:Lucia Zanardi]]
Responsabile Risorse Umane

Per accettazione: [[P:D. Ferraresi]]

Azienda associata a [[O:Confindustria Brescia]] – certificata ISO 9001 da [[O:TÜV Italia]]
""")

d("it", "contestazione_disciplinare", """
[[O:SUPERMERCATI BELLANDI S.R.L.]]
Sede legale: Viale Europa 71 – 50126 [[L:Firenze]]
P. IVA 05128830484

Raccomandata a mano
Alla sig.ra [[P:Chiara Mancuso]]
c/o punto vendita [[O:Bellandi Sesto]], Via Gramsci 212, 50019 [[L:Sesto Fiorentino]] ([[L:FI]])

[[L:Firenze]], 26 novembre 2026

Oggetto: contestazione disciplinare ai sensi dell'art. 7 della Legge 300/1970

Gentile sig.ra [[P:Mancuso]],

con la presente Le contestiamo i seguenti fatti. Il giorno 14 novembre 2026, durante il Suo turno presso il reparto gastronomia del punto vendita di [[L:Sesto Fiorentino]], Lei avrebbe omesso di registrare le temperature dei banchi frigo, come previsto dal piano HACCP redatto dalla società di consulenza [[O:Qualità Alimentare Toscana S.r.l.]]. In occasione del controllo effettuato lo stesso giorno dai tecnici del Dipartimento di Prevenzione dell'[[O:Azienda USL Toscana Centro]], sono risultati esposti prodotti del fornitore [[O:Salumificio Pratese Belli]] con data di scadenza superata, circostanza che ha comportato una sanzione a carico della società.

Inoltre, secondo quanto riferito dal capo reparto sig. [[P:Alessio Nencini]] e dalla guardia giurata dell'istituto di vigilanza [[O:Cosmopol]], il 17 novembre Lei si sarebbe allontanata dal posto di lavoro per circa quaranta minuti senza timbrare l'uscita.

Ai sensi del CCNL Terziario, Distribuzione e Servizi stipulato da [[O:Confcommercio]] con [[O:Filcams CGIL]], [[O:Fisascat CISL]] e [[O:Uiltucs]], Lei potrà presentare le Sue giustificazioni, anche verbalmente e con l'assistenza di un rappresentante sindacale, entro cinque giorni dal ricevimento della presente. Ci risulta che Lei sia iscritta alla [[O:Filcams CGIL]]; una copia della presente sarà quindi inviata, su Sua richiesta, alla [[O:Camera del Lavoro di Firenze]].

Trascorso tale termine, la società valuterà l'adozione dei provvedimenti del caso. Le ricordiamo che la sanzione della [[O:ASL]] è stata impugnata dalla società tramite lo studio legale [[O:Pieraccini & Sodi Avvocati Associati]] e che la vicenda è stata segnalata alla nostra centrale d'acquisto [[O:Conad Nord Ovest]] per le verifiche sul fornitore.

Distinti saluti.

[[O:Supermercati Bellandi S.r.l.]]
Il Direttore del Personale
dott. [[P:Stefano Guarducci]]

Firma per ricevuta: ____________________
""")

d("it", "bolletta_gas", """
[[O:ALPENERGIA S.p.A.]] – Società del Gruppo [[O:Dolomiti Multiservizi]]
Via Brennero 112 – 38121 [[L:Trento]] – Numero verde 800 118 422

BOLLETTA GAS NATURALE – Fattura n. 2026/GN/0884512 del 24/11/2026
Periodo: 01/09/2026 – 31/10/2026 · Scadenza: 14/12/2026

Intestatario: [[O:Ristorante Pizzeria Al Vecchio Mulino di Bertoldi Sergio & C. S.n.c.]]
Indirizzo di fornitura: Via del Mulino 3, 38057 [[L:Pergine Valsugana]] ([[L:TN]])
Codice PDR 01234500998871 · Distributore locale: [[O:Novareti S.p.A.]]
Offerta: "Impresa Sicura Gas" a prezzo fisso

SINTESI DEGLI IMPORTI
Spesa per la materia gas naturale ........ € 1.284,60
Spesa per il trasporto e la gestione del contatore ........ € 211,35
Spesa per oneri di sistema ........ € 38,90
Imposte (accisa e addizionale regionale) ........ € 164,12
IVA 22% ........ € 373,69
TOTALE DA PAGARE € 2.072,66

Consumo fatturato: 1.502 Smc, di cui 1.118 Smc letti dal distributore e 384 Smc stimati.

Il pagamento avverrà tramite addebito SDD sul conto corrente presso la [[O:Cassa Rurale Alta Valsugana]]. In caso di ritardo saranno applicati gli interessi di mora previsti dalle condizioni generali approvate secondo le delibere dell'[[O:Autorità di Regolazione per Energia Reti e Ambiente]] ([[O:ARERA]]).

COMUNICAZIONI
– La lettura del 31/10 non è stata possibile perché il contatore si trova in un locale chiuso. Può comunicare l'autolettura tramite l'app o presso gli sportelli di [[L:Trento]] e [[L:Rovereto]].
– Le accise sono versate all'[[O:Agenzia delle Dogane e dei Monopoli]]; l'addizionale regionale è dovuta alla [[O:Provincia autonoma di Trento]].
– Per le imprese della ristorazione, [[O:Alpenergia]] ha firmato una convenzione con l'[[O:Associazione Ristoratori del Trentino]] e con [[O:Confcommercio Trentino]]: sconto del 4 % per i soci.
– Per reclami scritti: Servizio Clienti [[O:Alpenergia]], Casella Postale 214, [[L:Trento]]. Se la risposta non è soddisfacente, può rivolgersi al Servizio Conciliazione di [[O:ARERA]] o ad un'associazione dei consumatori come [[O:Federconsumatori]] o il [[O:Centro Tutela Consumatori Utenti]] di [[L:Bolzano]].
– Emergenze e guasti: pronto intervento [[O:Novareti]], attivo 24 ore su 24.

[[O:Alpenergia S.p.A.]] – Registro Imprese di [[L:Trento]] n. 01812930220 – Soggetta a direzione e coordinamento di [[O:Dolomiti Multiservizi Holding S.p.A.]]
""")

d("it", "circolare_scolastica", """
[[O:ISTITUTO COMPRENSIVO STATALE "GIOVANNI PASCOLI"]]
Via Roma 40 – 40033 [[L:Casalecchio di Reno]] ([[L:BO]])
[[O:Ministero dell'Istruzione e del Merito]] – [[O:Ufficio Scolastico Regionale per l'Emilia-Romagna]]

CIRCOLARE N. 118
Ai genitori degli alunni delle classi terze della scuola secondaria di primo grado
p.c. ai docenti e al personale ATA

Oggetto: orientamento, uscita didattica a [[L:Ravenna]] e servizio mensa

1. ORIENTAMENTO
Sabato 12 dicembre si terrà nella palestra della scuola il "Salone dell'orientamento". Saranno presenti, tra gli altri, il [[O:Liceo Scientifico "Leonardo da Vinci"]] di [[L:Casalecchio di Reno]], l'[[O:Istituto Tecnico "Aldini Valeriani"]] e l'[[O:IIS "Belluzzi-Fioravanti"]] di [[L:Bologna]], il centro di formazione professionale [[O:Fondazione Aldini Valeriani]] e l'[[O:Istituto Alberghiero "Bartolomeo Scappi"]]. Interverranno anche operatori dell'[[O:Università di Bologna]] e della [[O:Camera di Commercio di Bologna]].

2. USCITA DIDATTICA
Il 21 gennaio le classi terze visiteranno i mosaici di [[L:Ravenna]] e il museo Classis. Il trasporto sarà effettuato dalla ditta [[O:Autoservizi Cosepuri]]; la guida sarà fornita dalla cooperativa [[O:RavennAntica]]. La quota di 28 euro dovrà essere versata tramite la piattaforma PagoPA entro il 10 gennaio.

3. MENSA
Dal 7 gennaio il servizio di refezione sarà gestito da [[O:Camst]], che subentra a [[O:Gemos Soc. Coop.]] a seguito della gara bandita dal [[O:Comune di Casalecchio di Reno]]. Le richieste di diete speciali vanno presentate all'ufficio scuola del Comune con certificato del pediatra o dell'[[O:AUSL di Bologna]]. Per le famiglie in difficoltà è possibile chiedere un contributo all'[[O:ASC InSieme]], l'azienda consortile per i servizi sociali.

Si ricorda inoltre che il comitato genitori dell'istituto organizza il mercatino di Natale il 19 dicembre; il ricavato sarà devoluto all'[[O:Associazione Fanep]] dell'[[O:Ospedale Sant'Orsola]].

La Dirigente Scolastica
Prof.ssa [[P:Anna Maria Venturoli]]
(firma autografa sostituita a mezzo stampa ai sensi dell'art. 3 del D.Lgs. 39/93)
""")

d("it", "verbale_assemblea", """
[[O:ASSOCIAZIONE PRO LOCO DI SAN GIMIGNANELLO]] – APS
Sede: Piazza della Cisterna 2 – 53037 [[L:San Gimignanello]] ([[L:SI]])
Iscritta al RUNTS – C.F. 92014550527

VERBALE DELL'ASSEMBLEA ORDINARIA DEI SOCI DEL 22 NOVEMBRE 2026

Alle ore 21.00, presso la sala consiliare messa a disposizione dal [[O:Comune di San Gimignanello]], si è riunita in seconda convocazione l'assemblea dei soci. Presiede il presidente [[P:Massimo Cappelli]]; funge da segretaria [[P:Giulia Fontani]]. Sono presenti 63 soci su 148. Assiste il sindaco, avv. [[P:Roberta Nardi]].

1. Bilancio della Festa dell'Uva
Il tesoriere [[P:Piero Mugnaini]] illustra il rendiconto: entrate € 41.300, uscite € 33.870. Hanno contribuito gli sponsor [[O:Banca di Credito Cooperativo di Pitigliano]], [[O:Cantina Sociale Colli Senesi]], [[O:Fattoria Le Macchie di Baldi & Figli]] e [[O:Panificio Cresti]]. Il contributo della [[O:Fondazione Monte dei Paschi di Siena]] (€ 5.000) è stato erogato a ottobre. La [[O:SIAE]] ha fatturato € 1.120 per i concerti.

2. Sicurezza e servizi
Il presidente ringrazia la [[O:Misericordia di San Gimignanello]] per il servizio di ambulanza, la [[O:Croce Rossa Italiana]] – Comitato di [[L:Siena]] e i volontari dell'[[O:Associazione Nazionale Carabinieri]]. I controlli sono stati coordinati con la [[O:Prefettura di Siena]] e con la [[O:Polizia Municipale dell'Unione dei Comuni Valdelsa]].

3. Programma 2027
Si approva all'unanimità il calendario: Carnevale dei bambini con la [[O:Scuola dell'Infanzia "Il Girasole"]], sagra del cinghiale con la [[O:Società di Caccia La Lepre]], gemellaggio con il comitato di [[L:Saint-Émilion]] in [[L:Francia]]. Si dà mandato al presidente di chiedere alla [[O:Regione Toscana]] il contributo per le manifestazioni storiche e di aderire all'[[O:UNPLI Toscana]].

4. Varie
Il socio [[P:Sauro Bindi]], titolare dell'[[O:Albergo Da Bindi]], propone convenzioni con [[O:Terre di Siena Tourism]] per i pacchetti turistici. [[P:Bindi]] chiede anche di valutare l'assicurazione con [[O:Cattolica Assicurazioni]] per gli eventi. La segretaria [[P:Fontani]] preparerà i preventivi.

Alle ore 23.15, esauriti gli argomenti, la seduta è tolta.
Il Presidente [[P:M. Cappelli]] – La Segretaria [[P:G. Fontani]]
""")

d("it", "comunicato_stampa", """
COMUNICATO STAMPA

[[O:Lanificio Vercellone]] e [[O:Woolrise]] insieme per una filiera tracciata della lana italiana

[[L:Biella]], 1° dicembre 2026 – Il [[O:Lanificio Vercellone 1887 S.p.A.]], storica azienda tessile di [[L:Valle Mosso]], e la piattaforma digitale [[O:Woolrise]], start-up torinese incubata presso l'[[O:I3P]] del [[O:Politecnico di Torino]], annunciano un accordo per la tracciabilità della lana proveniente dagli allevamenti di [[L:Piemonte]], [[L:Sardegna]] e [[L:Abruzzo]].

Grazie a un sistema di registrazione sviluppato con [[O:Reply]], ogni tessuto prodotto da [[O:Vercellone]] sarà accompagnato da un passaporto digitale che indica l'allevamento, il lavaggio presso la [[O:Lavanderia Industriale Laniera Biellese]] e le fasi di filatura. Il progetto coinvolge anche la cooperativa di pastori [[O:Pastorizia Sarda Soc. Coop. Agricola]] e l'[[O:Associazione Regionale Allevatori del Piemonte]].

«Il mercato chiede trasparenza», dichiara [[P:Guido Vercellone]], amministratore delegato del lanificio. «Con [[O:Woolrise]] diamo valore a una lana che fino a ieri veniva spesso bruciata.» Per [[P:Elisa Mondino]], fondatrice di [[O:Woolrise]], l'accordo «dimostra che una start-up può lavorare con la manifattura tradizionale».

Il progetto è cofinanziato dalla [[O:Regione Piemonte]] tramite [[O:Finpiemonte]] e dalla [[O:Fondazione Cassa di Risparmio di Biella]], e ha ottenuto un finanziamento di [[O:Intesa Sanpaolo]] nell'ambito del programma dedicato alla circolarità. Tra i primi clienti dei nuovi tessuti figurano i marchi [[O:Ermenegildo Zegna]] e la danese [[O:Nordisk Uld ApS]].

La presentazione ufficiale avverrà a Milano Unica, in collaborazione con l'[[O:Unione Industriale Biellese]] e con [[O:Sistema Moda Italia]] ([[O:SMI]]). Lo [[O:SMI]] ha annunciato che proporrà il modello ad altri lanifici del distretto.

Ufficio stampa: [[P:Francesca Rosazza]] – [[O:Studio Rosazza Comunicazione]], [[L:Biella]]
[[O:Lanificio Vercellone 1887 S.p.A.]] – Registro Imprese di [[L:Biella]] – Cap. soc. € 5.000.000 i.v.
""")

d("it", "relazione_revisione", """
RELAZIONE DELLA SOCIETÀ DI REVISIONE INDIPENDENTE
ai sensi dell'art. 14 del D.Lgs. 27 gennaio 2010, n. 39

Ai Soci della [[O:Casearia Valtellinese Martinelli S.r.l.]]

Giudizio

Abbiamo svolto la revisione contabile del bilancio d'esercizio della [[O:Casearia Valtellinese Martinelli S.r.l.]] (la Società), costituito dallo stato patrimoniale al 30 settembre 2026, dal conto economico e dalla nota integrativa. A nostro giudizio, il bilancio fornisce una rappresentazione veritiera e corretta della situazione patrimoniale e finanziaria della Società.

Aspetti chiave della revisione

Valutazione delle rimanenze di formaggio in stagionatura. Le rimanenze di Bitto e Valtellina Casera presso i magazzini di [[L:Sondrio]] e [[L:Chiavenna]] ammontano a € 6,8 milioni. Abbiamo assistito all'inventario fisico, verificato i prezzi con le quotazioni della [[O:Camera di Commercio di Sondrio]] e ottenuto conferma delle giacenze depositate presso il magazzino di stagionatura della [[O:Latteria Sociale di Delebio]].

Crediti verso la grande distribuzione. I crediti verso [[O:Esselunga]], [[O:Coop Lombardia]] e [[O:Iperal]] rappresentano il 61 % del totale. Abbiamo ottenuto conferme dirette e verificato la copertura assicurativa con [[O:SACE BT]].

Finanziamenti e contributi. Nel corso dell'esercizio la Società ha ottenuto un mutuo di € 2 milioni dalla [[O:Banca Popolare di Sondrio]], assistito dalla garanzia del [[O:Fondo di Garanzia per le PMI]] gestito da [[O:Mediocredito Centrale]], e un contributo della [[O:Regione Lombardia]] per l'efficientamento energetico del caseificio. Abbiamo verificato il rispetto dei covenant.

Altri aspetti

Il bilancio dell'esercizio precedente è stato sottoposto a revisione da parte di un altro revisore, [[O:Revisori Alpini Associati]], che ha espresso un giudizio senza modifica. La Società controlla al 100 % la [[O:Martinelli Distribuzione S.r.l.]] e detiene il 30 % del [[O:Consorzio Tutela Valtellina Casera e Bitto]], non consolidati in quanto la Società si avvale dell'esonero previsto dall'art. 27 del D.Lgs. 127/1991.

[[L:Milano]], 18 dicembre 2026

[[O:Revisione Lariana S.p.A.]]
[[P:Paolo Cattaneo]], socio
Iscritta al Registro dei Revisori Legali tenuto dal [[O:Ministero dell'Economia e delle Finanze]] – soggetta a vigilanza della [[O:CONSOB]] per i soli incarichi presso enti di interesse pubblico
""")

d("it", "thread_email", """
Da: [[P:Roberto Scalzi]] <r.scalzi@scalzitrasporti.example>
A: [[P:Valentina Greco]] <acquisti@oleificiogreco.example>
Cc: [[P:Nicola De Santis]] <n.desantis@scalzitrasporti.example>
Data: giovedì 26 novembre 2026, 16:05
Oggetto: R: Ritiro bancali olio per [[L:Amburgo]] – rinvio

Buongiorno [[P:Valentina]],

purtroppo il ritiro previsto per domani a [[L:Bitonto]] slitta a lunedì: il nostro semirimorchio frigo è fermo presso l'officina [[O:Autocarri Lorusso]] di [[L:Modugno]] e il mezzo sostitutivo noleggiato da [[O:Fraikin Italia]] arriva solo sabato. Mi scuso per il disagio.

Per non perdere l'imbarco, abbiamo già sentito il nostro corrispondente tedesco, [[O:Hanseatische Spedition Krüger GmbH]], che può ricevere la merce a [[L:Verona]] martedì e proseguire con il treno intermodale di [[O:Kombiverkehr]] fino ad [[L:Amburgo]]. La consegna al vostro cliente [[O:Feinkost Meyerhoff]] avverrebbe comunque entro venerdì 4 dicembre.

Per la documentazione doganale se ne occupa come sempre lo studio [[O:Spedizioni Internazionali Colella]]; serve solo la fattura definitiva. L'assicurazione merci resta quella con [[O:Reale Mutua]].

Cordiali saluti,
[[P:Roberto Scalzi]]
Responsabile traffico – [[O:Scalzi Trasporti S.r.l.]], Zona ASI, 70026 [[L:Modugno]] ([[L:BA]])
Iscritta all'Albo Nazionale degli Autotrasportatori – aderente a [[O:FAI Conftrasporto]]

> Da: [[P:Valentina Greco]]
> Inviato: giovedì 26 novembre 2026, 11:20
> Oggetto: Ritiro bancali olio per [[L:Amburgo]]
>
> Ciao [[P:Roberto]], vi confermo 16 bancali di olio extravergine in latta da ritirare domani alle 8.00. Vi chiedo la massima puntualità: [[O:Meyerhoff]] ha già applicato penali per ritardi al nostro concorrente [[O:Olearia Pugliese Riunita]]. Inoltre [[O:Coldiretti Puglia]] e il [[O:Consorzio di Tutela dell'Olio DOP Terra di Bari]] hanno organizzato la visita dei buyer tedeschi per il 10 dicembre, quindi serve che la merce arrivi prima.
> Grazie, [[P:Valentina Greco]]
> Ufficio acquisti e logistica – [[O:Oleificio Greco & Figli]], [[L:Bitonto]]
> Certificazioni: BIO rilasciata da [[O:ICEA]], IFS rilasciata da [[O:CSQA Certificazioni]]
""")

d("it", "convocazione_riunione", """
[[O:CONSORZIO DI BONIFICA DELLA PIANURA DI FERRARA]]
Via Mentessi 15 – 44121 [[L:Ferrara]]

Prot. n. 18422 del 30/11/2026

Spett.li
[[O:Regione Emilia-Romagna]] – [[O:Agenzia per la sicurezza territoriale e la protezione civile]]
[[O:Provincia di Ferrara]]
[[O:Comune di Comacchio]]
[[O:Comune di Codigoro]]
[[O:ARPAE Emilia-Romagna]]
[[O:Ente di gestione per i Parchi e la Biodiversità – Delta del Po]]
[[O:Coldiretti Ferrara]], [[O:Confagricoltura Ferrara]], [[O:CIA Ferrara]]
e p.c. [[O:Prefettura di Ferrara]]

Oggetto: convocazione del tavolo tecnico sulla risalita del cuneo salino nel [[L:Delta del Po]]

Con la presente si convocano le SS.LL. al tavolo tecnico che si terrà il giorno 14 dicembre 2026 alle ore 10.00 presso la sede del Consorzio, sala riunioni del primo piano.

Ordine del giorno:
1. Esiti del monitoraggio 2026 della salinità a cura dell'[[O:Università degli Studi di Ferrara]] e di [[O:ARPAE]];
2. Progetto della barriera antisale sul [[L:Po di Goro]], redatto dalla società di ingegneria [[O:Hydrotec Engineering S.r.l.]], e parere dell'[[O:Autorità di bacino distrettuale del fiume Po]];
3. Danni alle colture di riso e orticole: relazione delle organizzazioni agricole e della cooperativa [[O:Agrisfera Soc. Coop.]];
4. Finanziamenti: PNRR, fondi del [[O:Ministero dell'Agricoltura, della Sovranità Alimentare e delle Foreste]] e contributi della [[O:Fondazione Estense]];
5. Varie ed eventuali.

Vista la rilevanza del tema, si invitano gli enti a partecipare con personale tecnico. I documenti saranno disponibili dal 9 dicembre nell'area riservata del sito. Per informazioni: ing. [[P:Marta Succi]], dirigente dell'area tecnica, tel. 0532 218 211.

Distinti saluti.

Il Presidente
[[P:Stefano Calderoni]]

Il Direttore Generale
dott. [[P:Mauro Monti]]
""")

d("it", "newsletter_camera_commercio", """
[[O:CAMERA DI COMMERCIO DI PADOVA]] – PADOVA IMPRESA NEWS
Newsletter n. 22 – dicembre 2026

IN EVIDENZA
Bando voucher digitali 2027. La [[O:Camera di Commercio di Padova]] stanzia 1,5 milioni di euro per progetti di digitalizzazione delle micro e piccole imprese. Le domande si presentano dal 15 gennaio; i progetti possono essere realizzati con i fornitori accreditati, tra cui il [[O:Punto Impresa Digitale]] ([[O:PID]]) camerale e i digital innovation hub di [[O:Confartigianato Imprese Padova]] e di [[O:Confindustria Veneto Est]]. Il [[O:PID]] offre anche un test gratuito di maturità digitale.

DALLE IMPRESE
– La [[O:Carraro S.p.A.]] di [[L:Campodarsego]] ha inaugurato un centro di formazione in collaborazione con l'[[O:ITS Academy Meccatronico Veneto]].
– Il [[O:Pastificio Zanin & Moro]] di [[L:Cittadella]] festeggia 100 anni: la [[O:Camera di Commercio di Padova]] lo ha iscritto nel Registro delle imprese storiche.
– [[O:Fonderia Berto]], [[O:Galvanica Euganea]] e [[O:TermoPlast 2000]] hanno costituito la rete d'impresa "Euganea Green" per ridurre i consumi energetici, con il supporto di [[O:Veneto Innovazione]].
– L'[[O:Hotel Plaza Padova]] e il ristorante [[O:Le Calandre]] di [[L:Rubano]] sono tra i partner della nuova campagna di [[O:Padova Convention & Visitors Bureau]].

AGENDA
10 dicembre – Seminario su dogane ed export verso gli [[L:Stati Uniti]] con [[O:Agenzia ICE]] e lo studio [[O:Dal Santo Spedizioni]].
17 dicembre – Incontro con l'[[O:Agenzia delle Entrate]] – Direzione provinciale di [[L:Padova]] sulle novità fiscali.
13 gennaio – Presentazione del rapporto sull'economia provinciale, a cura dell'ufficio studi e dell'[[O:Università degli Studi di Padova]].

ARBITRATO E MEDIAZIONE
La [[O:Camera Arbitrale di Padova]] ha aggiornato il tariffario. Per le controversie di consumo è attivo lo sportello in collaborazione con [[O:Adiconsum Veneto]] e [[O:Federconsumatori Padova]].

Per cancellarsi dalla newsletter scrivere a comunicazione@pd.camcom.example. Referente: dott.ssa [[P:Elena Schiavon]], ufficio comunicazione.
[[O:Camera di Commercio Industria Artigianato e Agricoltura di Padova]] – Piazza Insurrezione 1/A – 35137 [[L:Padova]]
""")

d("it", "annuncio_immobiliare", """
[[O:IMMOBILIARE LAGO & COLLINA]] di [[P:Sara Bertoletti]]
Via Vittorio Emanuele II 31 – 28838 [[L:Stresa]] ([[L:VB]])
Iscritta al Ruolo Agenti [[O:CCIAA Monte Rosa Laghi Alto Piemonte]] n. 4412 – Associata [[O:FIAIP]]

IN VENDITA – [[L:BAVENO]], FRAZIONE [[L:ROMANICO]]
Villa d'epoca con vista sul [[L:Lago Maggiore]] – € 1.350.000

Splendida villa liberty del 1912 di 320 mq su tre livelli, con parco di 2.500 mq e darsena privata. Il piano terra comprende salone con camino, sala da pranzo e cucina abitabile ristrutturata nel 2021 dalla ditta [[O:Arredamenti Tosi & Figli]] di [[L:Omegna]]. Al primo piano quattro camere e tre bagni; mansarda con studio. Impianto di riscaldamento a pompa di calore installato da [[O:Idrotermica Verbano]], con contratto di manutenzione in corso.

La villa è soggetta a vincolo della [[O:Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Biella, Novara, Verbano-Cusio-Ossola e Vercelli]]: eventuali interventi esterni richiedono l'autorizzazione paesaggistica e il permesso del [[O:Comune di Baveno]]. L'attestato di prestazione energetica (classe D) è stato redatto dallo studio [[O:Geo Lago Tecnici Associati]]. La darsena è in concessione demaniale rilasciata dalla [[O:Regione Piemonte]].

Nelle vicinanze: imbarcadero della [[O:Navigazione Lago Maggiore]], [[O:Grand Hotel Dino]], golf club [[O:Circolo Golf Alpino di Stresa]], stazione ferroviaria [[O:Trenitalia]] di [[L:Stresa]] con collegamenti diretti per [[L:Milano]] e [[L:Ginevra]]. Aeroporto di Malpensa a 50 minuti.

Possibilità di mutuo con [[O:Banca Popolare di Novara]] ([[O:Banco BPM]]) e con [[O:Crédit Agricole Italia]]: consulenza gratuita del nostro partner [[O:MutuiSubito]]. Atto presso lo studio del notaio dott. [[P:Carlo Alberto Fornara]] in [[L:Verbania]].

Provvigione 3 % + IVA. Per informazioni e visite: [[P:Sara Bertoletti]], tel. 0323 30 41 88, oppure il collaboratore geom. [[P:Matteo Zanetta]].
""")

d("it", "esito_sinistro", """
[[O:ASSICURAZIONI GENERALI VENETE S.p.A.]]
Direzione Sinistri – Centro Liquidazione Danni di [[L:Treviso]]
Viale della Repubblica 190 – 31100 [[L:Treviso]]

Spett.le
[[O:Autofficina F.lli Pavan S.n.c.]]
alla c.a. del sig. [[P:Lorenzo Pavan]]
Via Postumia 58 – 31050 [[L:Ponzano Veneto]] ([[L:TV]])

e p.c. [[O:Agenzia Generale di Montebelluna – Tonon & Bassi Assicurazioni S.a.s.]]

[[L:Treviso]], 2 dicembre 2026

Oggetto: sinistro n. 2026/TV/55813 – incendio del 9 settembre 2026 – polizza "Impresa Protetta" n. 880144721

Egregio sig. [[P:Pavan]],

facciamo seguito alla perizia del dott. [[P:Andrea Scarpa]], dello studio peritale [[O:Periti Associati Nordest]], e alla relazione del [[O:Comando provinciale dei Vigili del Fuoco di Treviso]], per comunicarLe l'esito dell'istruttoria.

Dalla documentazione emerge che l'incendio si è originato da un cortocircuito nel quadro elettrico installato nel 2019 dalla ditta [[O:Elettroimpianti Dal Col]], certificato conforme dall'ente [[O:ICIM]]. Non sono emerse responsabilità a Suo carico né violazioni delle garanzie di polizza.

Riconosciamo pertanto i seguenti importi:
– danni al fabbricato: € 48.200, da liquidare al proprietario [[O:Immobiliare Postumia S.r.l.]], quale assicurato per conto;
– attrezzature (ponte sollevatore [[O:Ravaglioli]], centralina diagnostica [[O:Bosch]]): € 31.450;
– veicoli di clienti in custodia: € 22.800, di cui è già stata data comunicazione all'[[O:IVASS]] secondo la procedura di risarcimento diretto con [[O:UnipolSai]] e [[O:Allianz Italia]];
– interruzione di attività (60 giorni): € 18.000, sulla base dei bilanci elaborati dallo studio [[O:Commercialisti Zanatta & Dal Bo]].

Dall'importo complessivo di € 120.450 va detratta la franchigia di € 2.500. Il pagamento sarà disposto entro 30 giorni tramite bonifico sul conto presso [[O:Banca della Marca]].

Ci riserviamo di esercitare azione di rivalsa nei confronti della ditta [[O:Elettroimpianti Dal Col]] e del suo assicuratore, [[O:Itas Mutua]].

In caso di disaccordo potrà presentare reclamo al nostro Ufficio Reclami e, in seconda istanza, all'[[O:IVASS]] o all'[[O:Arbitro Assicurativo]].

Distinti saluti.
Il liquidatore, [[P:Federico Visentin]]
""")

# ---------------------------------------------------------------- Dutch
d("nl", "offerte_zakelijke_lening", """
[[O:Rabobank Vallei en Rijn]]
Team Bedrijven · Postbus 84 · 3900 AB [[L:Veenendaal]]

[[O:Kwekerij Van den Brink & Zn. B.V.]]
T.a.v. de heer [[P:G.J. van den Brink]]
Kweekweg 12
3911 KR [[L:Rhenen]]

[[L:Veenendaal]], 17 november 2026
Betreft: indicatieve offerte financiering nieuwe kas

Geachte heer [[P:Van den Brink]],

Naar aanleiding van uw gesprek met onze accountmanager [[P:Ingrid Hofstede]] doen wij u graag een voorstel voor de financiering van de nieuwe glasopstand van 2,4 hectare en de bijbehorende warmtepomp.

Investering: € 3.850.000
– Bouw kas door [[O:Dalsem Horticultural Projects]], [[L:Den Hoorn]]
– Installaties door [[O:Van Dijk Heating]] en [[O:Hoogendoorn Growth Management]]
– Warmte-koudeopslag, aangelegd door [[O:Wijnen Grondboringen V.O.F.]]

Financiering:
1. Investeringslening van € 2.400.000, looptijd 15 jaar, rente 4,35 % vast voor 10 jaar;
2. Borgstelling MKB-kredieten via het [[O:ministerie van Economische Zaken]], uitgevoerd door [[O:RVO]] ([[O:Rijksdienst voor Ondernemend Nederland]]), voor € 600.000;
3. Lening van € 450.000 van het [[O:Groenfonds]] tegen verlaagd tarief, mits de [[O:RVO]] een Groenverklaring afgeeft;
4. Eigen middelen en subsidie Energie-efficiëntie glastuinbouw € 400.000.

Voorwaarden zijn onder meer een recente taxatie door [[O:Taxatiebureau Agrarisch Vastgoed Nederland]], de omgevingsvergunning van de [[O:gemeente Rhenen]] en toestemming van het [[O:Waterschap Vallei en Veluwe]] voor de bronnen. Ook vragen wij de jaarcijfers over 2025, opgesteld door [[O:Flynth adviseurs en accountants]], en de afnamecontracten met [[O:Royal FloraHolland]] en met de Duitse groothandel [[O:Blumen Schäfer GmbH]].

Als zekerheden vragen wij een eerste recht van hypotheek op de kwekerij en een pandrecht op de voorraden. De opstalverzekering bij [[O:Interpolis]] moet aan de bank worden verpand.

Deze offerte is vrijblijvend en geldig tot 31 december 2026.

Met vriendelijke groet,

[[P:Ingrid Hofstede]]                [[P:Ruud Verschuren]]
Accountmanager Food & Agri            Directeur Bedrijven

[[O:Coöperatieve Rabobank U.A.]] · KvK 30046259 · statutair gevestigd te [[L:Amsterdam]] · ingeschreven bij [[O:De Nederlandsche Bank]] en de [[O:Autoriteit Financiële Markten]]
""")

d("nl", "ontslagbrief", """
[[O:TECHNISCH INSTALLATIEBUREAU HOEKSTRA B.V.]]
Industrieweg 40 · 8448 CT [[L:Heerenveen]]

Aangetekend en per e-mail
De heer [[P:Sjoerd Wijnsma]]
Schoterlandseweg 17
8401 KM [[L:Gorredijk]]

[[L:Heerenveen]], 1 december 2026
Betreft: beëindiging arbeidsovereenkomst met wederzijds goedvinden

Beste [[P:Sjoerd]],

Zoals besproken op 24 november met [[P:Anneke de Vries]] (HR) en [[P:Pieter Hoekstra]], bevestigen wij dat je arbeidsovereenkomst op grond van bedrijfseconomische redenen eindigt per 1 maart 2027. De afdeling service in [[L:Drachten]] wordt gesloten, omdat onze grootste opdrachtgevers, [[O:Woningcorporatie Accolade]] en [[O:Elkien]], het onderhoud van cv-ketels voortaan gebundeld hebben aanbesteed en de opdracht aan [[O:Feenstra]] is gegund.

De afspraken staan in de bijgevoegde vaststellingsovereenkomst, opgesteld door ons advocatenkantoor [[O:Dijkstra Voermans]]. In het kort:
– je ontvangt een vergoeding van € 21.400 bruto, hoger dan de wettelijke transitievergoeding;
– je wordt vrijgesteld van werk vanaf 1 februari 2027;
– wij vergoeden een loopbaantraject bij [[O:Mobiliteitscentrum Fryslân]] tot € 2.500;
– wij vergoeden € 750 voor juridisch advies, bijvoorbeeld van [[O:FNV]] of een eigen advocaat.

Op grond van deze afspraken heb je naar verwachting recht op een WW-uitkering van het [[O:UWV]]. Je pensioen bij [[O:Pensioenfonds Metaal en Techniek]] ([[O:PMT]]) blijft behouden; [[O:PMT]] stuurt je binnen drie maanden een opgave. De leaseauto van [[O:Terberg Leasing]] lever je in op je laatste werkdag.

We hebben je met je toestemming aangemeld bij [[O:Installect]] en [[O:Kuipers Elektrotechniek]] in [[L:Leeuwarden]], die beide servicemonteurs zoeken. Ook de [[O:Gemeente Heerenveen]] heeft een vacature voor een onderhoudsmonteur.

Je hebt na ondertekening veertien dagen bedenktijd. We danken je voor acht jaar inzet.

Met vriendelijke groet,

[[P:Pieter Hoekstra]]
Algemeen directeur

[[O:Technisch Installatiebureau Hoekstra B.V.]] · KvK 01083492 · lid van [[O:Techniek Nederland]]
""")

d("nl", "referentiebrief", """
[[O:Stichting Zorggroep De Lindenhof]]
Locatie [[O:Huize Bergweide]] · Bergweg 8 · 7461 AB [[L:Rijssen]]

[[L:Rijssen]], 9 december 2026

REFERENTIE

Aan wie het aangaat,

Hierbij verklaren wij dat mevrouw [[P:Fatima el Amrani]], geboren op 22 februari 1994 te [[L:Almelo]], van 1 september 2019 tot en met 30 november 2026 bij [[O:Zorggroep De Lindenhof]] werkzaam is geweest als verpleegkundige niveau 4, laatstelijk als teamleider op de afdeling psychogeriatrie van [[O:Huize Bergweide]].

Mevrouw [[P:El Amrani]] volgde haar hbo-opleiding verpleegkunde in deeltijd aan [[O:Saxion Hogeschool]] en rondde die in 2022 cum laude af. Zij was onze contactpersoon voor de samenwerking met het [[O:Ziekenhuis Groep Twente]] ([[O:ZGT]]) en met de specialisten ouderengeneeskunde van [[O:Carintreggeland]]. Binnen het netwerk dementie in [[L:Twente]], gecoördineerd door [[O:Alzheimer Nederland]] en de [[O:GGD Twente]], verzorgde zij voorlichting voor mantelzorgers.

Tijdens de coronaperiode organiseerde zij samen met [[O:Menzis]] en de [[O:gemeente Rijssen-Holten]] de inzet van vrijwilligers van het [[O:Rode Kruis]]. Bij het inspectiebezoek van de [[O:Inspectie Gezondheidszorg en Jeugd]] ([[O:IGJ]]) in 2024 werd haar afdeling als voorbeeld genoemd; de [[O:IGJ]] prees vooral de methodische werkwijze.

Wij hebben [[P:Fatima]] leren kennen als een betrokken, deskundige en rustige collega, die ook onder druk overzicht houdt. Zij vertrekt op eigen verzoek naar [[O:Medisch Spectrum Twente]] in [[L:Enschede]]. Wij bevelen haar van harte aan.

Voor nadere informatie kunt u contact opnemen met ondergetekende of met haar directe leidinggevende, de heer [[P:Johan ter Horst]], locatiemanager.

Met vriendelijke groet,

drs. [[P:Marloes Nijkamp-Bosch]]
Bestuurder [[O:Stichting Zorggroep De Lindenhof]]

KvK 41028811 · Aangesloten bij [[O:ActiZ]] · Keurmerk [[O:Stichting Perspekt]]
""")

d("nl", "polisblad", """
[[O:NOORDERLICHT VERZEKERINGEN N.V.]]
Postbus 2210 · 9704 CE [[L:Groningen]]

POLISBLAD BEDRIJVENPAKKET
Polisnummer 55-0931877 · Ingangsdatum 1 januari 2027 · Contractsvervaldatum 1 januari 2028

Verzekeringnemer: [[O:Bakkerij Oosterhof & Dekker V.O.F.]], h.o.d.n. [[O:Bakker Bart Stadskanaal]]
Risicoadres: Hoofdstraat 141, 9501 CV [[L:Stadskanaal]]
Tussenpersoon: [[O:Assurantiekantoor Kiewiet]], [[L:Veendam]], AFM-vergunning 12008871

DEKKINGEN
Bedrijfsaansprakelijkheid, verzekerd bedrag € 2.500.000 per aanspraak, eigen risico € 250
Inventaris en goederen, € 275.000, inclusief koelcel en ovens van [[O:Rademaker]] en [[O:Tagliavini]]
Bedrijfsschade, uitkeringstermijn 52 weken
Glas, volledig
Rechtsbijstand via [[O:DAS Rechtsbijstand]]

CLAUSULES
1. De dekking voor brand geldt op voorwaarde dat de ovens jaarlijks worden onderhouden door [[O:Bakkerijtechniek Noord]] of een ander erkend bedrijf.
2. De inbraakdekking vereist een alarmsysteem met doormelding naar [[O:Trigion]], conform VRKI-klasse 2.
3. Voedselvergiftiging bij klanten, waaronder de kantine van [[O:Ommelander Ziekenhuis Groningen]] en de scholen van [[O:Stichting Openbaar Onderwijs Kanaalstreek]], is meeverzekerd tot € 500.000.
4. Schade aan de winkelunit wordt uitgekeerd aan de eigenaar, [[O:Vastgoed Beheer Drenthe B.V.]], als die geen eigen opstalverzekering heeft.

PREMIE
Jaarpremie € 3.118,40 inclusief 21 % assurantiebelasting, maandelijks te incasseren van rekening NL20 ABNA 0418 7712 05 bij de [[O:ABN AMRO]].

Bij schade meldt u dit binnen drie dagen bij uw tussenpersoon. Klachten kunt u voorleggen aan ons klachtenbureau en daarna aan het [[O:Klachteninstituut Financiële Dienstverlening]] ([[O:Kifid]]).

[[O:Noorderlicht Verzekeringen N.V.]] is ingeschreven bij de [[O:Autoriteit Financiële Markten]] ([[O:AFM]]) en staat onder toezicht van [[O:De Nederlandsche Bank]]. KvK 02029817. Directie: [[P:H.A. Zuidema]], mr. [[P:L. Tjalma]].
""")

d("nl", "douane_email", """
Van: [[P:Dennis Koolhaas]] <d.koolhaas@maasvlakte-forwarding.example>
Aan: [[P:Yvonne Smeets]] <y.smeets@limburgsemeubelfabriek.example>
Cc: [[P:Kees Bakker]] <douane@maasvlakte-forwarding.example>
Datum: woensdag 25 november 2026 08:54
Onderwerp: Container MRKU 4471180 – fysieke controle douane

Goedemorgen [[P:Yvonne]],

Jullie container met eiken fineer uit [[L:Vietnam]] (leverancier [[O:Hoa Phat Timber Co., Ltd.]], [[L:Ho Chi Minhstad]]) is door de [[O:Douane Rotterdam Rijnmond]] geselecteerd voor een fysieke controle. De [[O:Douane]] wil met het oog op de EU-ontbossingsverordening de herkomstdocumenten en het FSC-certificaat zien. De container staat nu bij [[O:ECT Delta Terminal]] en gaat morgen naar de scan- en controlelocatie.

Wat we nodig hebben:
1. het FSC-certificaat van [[O:Hoa Phat]], afgegeven door [[O:Bureau Veritas Vietnam]];
2. de due-diligenceverklaring die jullie adviseur [[O:TimberCheck Consultancy]] heeft opgesteld;
3. de fytosanitaire gegevens, zodat de [[O:NVWA]] ([[O:Nederlandse Voedsel- en Warenautoriteit]]) niet apart hoeft te keuren.

Opslagkosten van de terminal en de kosten van de controle worden door [[O:Maasvlakte Forwarding]] doorbelast. De rederij, [[O:CMA CGM]], rekent vanaf zaterdag detention. Onze douane-expert [[P:Kees Bakker]] maakt de aangifte ten invoer zodra alles compleet is; de zekerheid staat via onze doorlopende borgtocht bij [[O:Atradius]].

Het vervoer naar jullie fabriek in [[L:Venlo]] doet [[O:Van Leeuwen Container Transport]], met een barge van [[O:Contargo]] als alternatief als de A15 weer dicht zit.

Met vriendelijke groet,
[[P:Dennis Koolhaas]]
Customer service – [[O:Maasvlakte Forwarding B.V.]], Europaweg 875, 3199 LD [[L:Rotterdam]]
Lid van [[O:FENEX]] – op al onze werkzaamheden zijn de Nederlandse Expeditievoorwaarden van toepassing.

-----Oorspronkelijk bericht-----
Van: [[P:Yvonne Smeets]]
Verzonden: dinsdag 24 november 2026 17:12
Onderwerp: Vraag status container

[[P:Dennis]], weet je al wanneer we de container kunnen verwachten? [[O:IKEA]] en [[O:Leen Bakker]] wachten op de tafels en onze productieplanning loopt vast. Groet, [[P:Yvonne]] – inkoop, [[O:Limburgse Meubelfabriek Smeets & Zonen]]
""")

d("nl", "verwijsbrief", """
[[O:Huisartsenpraktijk De Linde]]
[[P:F.M. Verbeek]], huisarts · Lindelaan 3 · 5581 CV [[L:Waalre]]

Aan: polikliniek cardiologie, [[O:Máxima MC]], locatie [[L:Veldhoven]]
Kopie: [[O:Catharina Ziekenhuis Eindhoven]] (eerder onderzoek), patiënt

[[L:Waalre]], 30 november 2026

Betreft: mevrouw [[P:Johanna Verhoeven-van Asten]], geb. 12-04-1957, BSN bekend

Geachte collega,

Graag verwijs ik bovengenoemde patiënte van 69 jaar naar uw polikliniek in verband met sinds twee maanden toenemende kortademigheid bij inspanning en enkele episodes van hartkloppingen. Het ECG dat op 27 november in de praktijk is gemaakt en door [[O:Zorggroep Zuidoost-Brabant]] (teleconsult) is beoordeeld, toont boezemfibrilleren met een ventrikelfrequentie van 110/min. Laboratoriumonderzoek door [[O:Stichting Huisartsenlaboratorium Oost]] ([[O:SHL]]): NT-proBNP verhoogd (640 ng/l), nierfunctie en schildklierwaarden normaal.

Voorgeschiedenis: in 2019 een TIA, destijds behandeld in het [[O:Catharina Ziekenhuis]]. Patiënte gebruikt metoprolol en atorvastatine, verstrekt door [[O:Apotheek Waalre]]. Ik ben gestart met apixaban 5 mg tweemaal daags.

Mevrouw [[P:Verhoeven]] is mantelzorger voor haar echtgenoot, die thuiszorg krijgt van [[O:Zuidzorg]], en is vrijwilliger bij de [[O:Zonnebloem]] afdeling [[L:Waalre]]. Zij is verzekerd bij [[O:CZ]] en heeft een voorkeur voor [[O:Máxima MC]] vanwege de bereikbaarheid. Vervoer regelt zij via [[O:Regiotaxi Zuidoost-Brabant]].

Hartelijk dank voor uw beoordeling.

Met collegiale groet,

[[P:F.M. Verbeek]], huisarts
AGB-code 01-023344 · Deelnemer [[O:Huisartsenkring Eindhoven]] · Huisartsenpost: [[O:HAP Zuidoost-Brabant]]
""")

d("nl", "aanbesteding", """
[[O:GEMEENTE ZWOLLE]]
AANKONDIGING EUROPESE AANBESTEDING
Raamovereenkomst schoonmaakdienstverlening gemeentelijke gebouwen 2027–2031
Kenmerk ZWL-INK-2026-044

1. Aanbestedende diensten
De [[O:gemeente Zwolle]] treedt op namens zichzelf en namens de [[O:gemeente Kampen]], de [[O:gemeente Dalfsen]] en de [[O:Veiligheidsregio IJsselland]]. De inkoopprocedure wordt begeleid door het inkoopbureau [[O:Inkoopsamenwerking Regio Zwolle]] ([[O:ISRZ]]). Alle communicatie verloopt via TenderNed.

2. Omvang
Het gaat om de schoonmaak van 46 gebouwen, waaronder het stadskantoor, de bibliotheken van [[O:Stadkamer]], sporthallen en de brandweerkazernes van de veiligheidsregio. Geraamde waarde: € 9,2 miljoen over vier jaar.

3. Huidige situatie
De huidige overeenkomst met [[O:CSU Cleaning Services]] loopt af op 30 juni 2027. Het schoonmaakpersoneel gaat conform de cao voor de schoonmaak- en glazenwassersbranche over naar de nieuwe opdrachtnemer. Bij de voorbereiding zijn [[O:FNV Schoonmaak]] en de [[O:Schoonmakers Ondernemersorganisatie Nederland]] geraadpleegd.

4. Eisen
Inschrijvers beschikken over het Keurmerk Schoonmaak- en Glazenwassersbranche, uitgegeven door [[O:Stichting Keurmerk Schoonmaak]], en over een certificaat op de CO2-Prestatieladder. Ten minste 5 % van de loonsom wordt besteed aan mensen met een afstand tot de arbeidsmarkt, in samenwerking met [[O:Wedeo]] of [[O:Impact Werkbedrijf]] en het [[O:Werkgeversservicepunt Regio Zwolle]].

5. Planning
Vragen kunnen tot 8 januari 2027 worden gesteld. Inschrijven kan tot 2 februari 2027, 12.00 uur. Het voorlopige gunningsbesluit volgt medio maart. Eventuele klachten worden behandeld door het klachtenmeldpunt van [[O:ISRZ]]; daarna is de gang naar de [[O:Commissie van Aanbestedingsexperts]] of de [[O:rechtbank Overijssel]] mogelijk.

Contactpersoon: [[P:Wouter Scholten]], senior inkoopadviseur [[O:ISRZ]]. Juridisch advies aan de gemeenten wordt gegeven door [[O:Pels Rijcken]]. Het duurzaamheidsbeleid van de [[O:gemeente Zwolle]] is afgestemd met de [[O:Provincie Overijssel]].
""")

d("nl", "lokaal_nieuws", """
[[O:HET GOOISCH DAGBLAD]]
[[L:HILVERSUM]] – woensdag 2 december 2026

Oude [[O:V&D]]-pand wordt cultuurhuis met bioscoop en bibliotheek

Door [[P:Merel Sanders]]

Het leegstaande warenhuis aan de Kerkstraat in [[L:Hilversum]] krijgt na jaren eindelijk een nieuwe bestemming. Ontwikkelaar [[O:Bouwfonds Property Development]] en de [[O:gemeente Hilversum]] tekenden dinsdag een overeenkomst voor de bouw van een cultuurhuis met een filmtheater, een vestiging van [[O:Bibliotheek Hilversum]] en twintig appartementen.

Het filmtheater wordt geëxploiteerd door [[O:Filmtheater Hilversum]], dat nu nog in een te klein pand zit. Op de begane grond komen een restaurant van [[O:Loetje]] en een winkel van [[O:Bruna]]. Op de bovenste verdieping krijgen [[O:Beeld en Geluid]] en de lokale omroep [[O:HilversumFM]] ruimte voor een mediawerkplaats voor jongeren, samen met het [[O:Gemeentelijk Gymnasium Hilversum]].

Wethouder [[P:Karin Verwoerd]] sprak van "een mijlpaal voor het centrum". [[O:Bouwfonds]] investeert ruim 38 miljoen euro; de [[O:Provincie Noord-Holland]] draagt 2,5 miljoen bij uit het fonds voor binnensteden. De bouw wordt uitgevoerd door [[O:BAM Wonen]] en begint naar verwachting in september 2027.

Niet iedereen is enthousiast. [[P:Ahmed Bouzid]] van de [[O:Ondernemersvereniging Hilversum Centrum]] vreest jarenlange overlast. "We hebben al de werkzaamheden van [[O:Liander]] en [[O:Vitens]] in de straat gehad." De [[O:Fietsersbond]] afdeling [[L:Gooi en Vecht]] vraagt om een grotere fietsenstalling.

Het [[O:V&D]]-pand staat sinds het faillissement in 2015 leeg. Eerdere plannen van [[O:Hudson's Bay]] en van de Belgische keten [[O:Zeb]] strandden. Eigenaar [[O:Wereldhave N.V.]] verkoopt het pand aan [[O:Bouwfonds]] voor een niet genoemd bedrag.
""")

d("nl", "nieuwsbrief_goed_doel", """
[[O:STICHTING VOEDSELBANK DE KEMPEN]]
Nieuwsbrief voor donateurs en vrijwilligers – winter 2026

Beste vrienden van de voedselbank,

Het was een bewogen jaar. Het aantal huishoudens dat wij helpen in [[L:Veldhoven]], [[L:Eersel]], [[L:Bladel]] en [[L:Bergeijk]] steeg van 310 naar 392. Dankzij u konden we iedereen elke week een goed gevuld pakket geven. Hieronder leest u wat er allemaal gebeurde.

NIEUW DISTRIBUTIECENTRUM
Sinds september werken we vanuit een loods op bedrijventerrein De Run, die [[O:ASML]] ons voor vijf jaar om niet ter beschikking stelt. De verbouwing werd gedaan door leerlingen van het [[O:Summa College]] onder begeleiding van [[O:Bouwbedrijf Van de Ven]]. De koelcellen zijn geschonken door [[O:Kuijpers Installaties]] en de [[O:Rotary Club Veldhoven]].

ONZE PARTNERS
Vaste leveranciers zijn [[O:Jumbo]] en [[O:Albert Heijn]] uit de regio, bakkerij [[O:Van Kaathoven]] en het distributiecentrum van [[O:Voedselbanken Nederland]] in [[L:Tilburg]]. De [[O:Stichting Boer zoekt Bank]] bracht deze zomer 14 ton groenten van telers uit de [[L:Peel]]. Verwijzingen komen van het [[O:Maatschappelijk Werk Veldhoven]], [[O:Schuldhulpmaatjes Kempen]] en de sociale teams van de [[O:gemeente Veldhoven]] en de [[O:gemeente Eersel]].

FINANCIËN
Onze jaarrekening 2025 werd gecontroleerd door [[O:Van Rijt & Partners Accountants]] en is goedgekeurd. We ontvingen giften van onder andere het [[O:Oranje Fonds]], de [[O:Protestantse Gemeente Veldhoven]], de [[O:parochie Sint-Jan de Doper]] in [[L:Bladel]] en [[O:Lions Club De Kempen]]. Omdat wij een ANBI-status hebben bij de [[O:Belastingdienst]], zijn uw giften aftrekbaar.

KERSTACTIE
Van 7 tot en met 19 december staan onze vrijwilligers bij de [[O:Jumbo]] in [[L:Eersel]] en bij [[O:Plus Van den Heuvel]] in [[L:Bergeijk]]. Ook [[O:Fontys Hogeschool]] houdt een inzamelactie onder studenten.

Namens het bestuur hartelijk dank,
[[P:Hennie van der Heijden-Swinkels]], voorzitter
[[P:Bram Goossens]], coördinator vrijwilligers

[[O:Stichting Voedselbank De Kempen]] · KvK 17269904 · IBAN NL71 RABO 0153 2200 41 · lid van [[O:Voedselbanken Nederland]]
""")

d("nl", "huurovereenkomst", """
HUUROVEREENKOMST KANTOORRUIMTE
model [[O:ROZ]] (vastgesteld door de [[O:Raad voor Onroerende Zaken]]), bijzondere bepalingen

PARTIJEN
1. [[O:Beleggingsmaatschappij Stationsplein Amersfoort B.V.]], gevestigd te [[L:Amersfoort]], vertegenwoordigd door haar beheerder [[O:Cushman & Wakefield Asset Services B.V.]], hierna: verhuurder;
2. [[O:Pixelhaven B.V.]], gevestigd te [[L:Utrecht]], KvK 84410023, vertegenwoordigd door de heer [[P:Thijs van Oosterhout]], directeur, hierna: huurder.

HET GEHUURDE
De vierde verdieping van het kantoorgebouw aan het Stationsplein 28 te [[L:Amersfoort]], circa 680 m² VVO, met twaalf parkeerplaatsen in de garage van [[O:Q-Park]]. Op de overige verdiepingen zijn gevestigd: [[O:Arcadis Nederland]], het regiokantoor van het [[O:Kadaster]] en [[O:Coworking Hub Amersfoort]].

BIJZONDERE BEPALINGEN
1. Duur: vijf jaar, ingaande 1 maart 2027, met daarna verlengingen van telkens vijf jaar.
2. Huurprijs: € 139.400 per jaar exclusief btw, jaarlijks geïndexeerd volgens de CPI van het [[O:Centraal Bureau voor de Statistiek]] ([[O:CBS]]).
3. Servicekosten: voorschot € 18.000 per jaar, onder meer voor schoonmaak door [[O:Hago Zorg]], beveiliging door [[O:G4S]] en onderhoud van de liften door [[O:Kone]].
4. Zekerheid: bankgarantie van drie maanden huur, te stellen door de [[O:ING Bank N.V.]].
5. Verduurzaming: verhuurder zorgt vóór 1 januari 2028 voor energielabel A; de aanvraag van de subsidie bij de [[O:Provincie Utrecht]] en de afstemming met de [[O:gemeente Amersfoort]] zijn voor rekening van verhuurder.
6. Huurder mag een deel van het gehuurde onderverhuren aan zijn dochtervennootschap [[O:Pixelhaven Studios B.V.]] en aan zijn zakenpartner [[O:Nordlys Digital AS]] uit [[L:Oslo]].
7. Geschillen worden beslecht door de [[O:rechtbank Midden-Nederland]], locatie [[L:Utrecht]].

Aldus opgemaakt en getekend te [[L:Amersfoort]] op 3 december 2026.

Namens verhuurder: mevrouw ir. [[P:S. Kaya-Brouwer]], asset manager [[O:Cushman & Wakefield]]
Namens huurder: [[P:T. van Oosterhout]]
""")

d("nl", "dagvaarding", """
DAGVAARDING
(kantonzaak – verbintenissenrecht)

Heden, de vierde december tweeduizend zesentwintig, op verzoek van de besloten vennootschap [[O:Groothandel Peeters Horeca B.V.]], gevestigd te [[L:Breda]], te dezen woonplaats kiezende ten kantore van [[O:Flanderijn]] gerechtsdeurwaarders te [[L:Breda]], en ten kantore van haar gemachtigde mr. [[P:R.J.M. Aarts]] van [[O:Aarts & Van Gils Advocaten]],

heb ik, [[P:Marco Dekkers]], gerechtsdeurwaarder bij [[O:Flanderijn]], gevestigd te [[L:Breda]],

GEDAGVAARD:

de vennootschap onder firma [[O:Eetcafé De Gouden Leeuw]], gevestigd te [[L:Oosterhout]], alsmede haar vennoten de heer [[P:Bas Jansen]] en mevrouw [[P:Linda Jansen-de Wit]],

om op woensdag 13 januari 2027 om 10.00 uur, niet in persoon maar vertegenwoordigd, te verschijnen ter terechtzitting van de [[O:rechtbank Zeeland-West-Brabant]], team kanton, locatie [[L:Breda]].

MET HET DOEL OM
te horen veroordelen tot betaling van € 11.846,27 aan hoofdsom, vermeerderd met de wettelijke handelsrente en buitengerechtelijke incassokosten.

GRONDEN
1. Eiseres heeft in de periode maart tot en met augustus 2026 dranken en levensmiddelen geleverd aan gedaagden, onder meer producten van [[O:Heineken Nederland]], [[O:Hertog Jan]] en [[O:Sligro]]-huismerk, conform de toepasselijke algemene voorwaarden, gedeponeerd bij de [[O:Kamer van Koophandel]].
2. Gedaagden stellen dat een deel van de geleverde bieren bedorven was door een storing in de koelinstallatie van [[O:Koeltechniek Brabant]] en dat zij daarom mochten verrekenen. Eiseres betwist dit; de [[O:Nederlandse Voedsel- en Warenautoriteit]] heeft bij een controle op 2 juli 2026 geen gebreken geconstateerd.
3. Ook de bemiddeling door de [[O:Koninklijke Horeca Nederland]] afdeling [[L:Oosterhout]] heeft niet tot betaling geleid.

Gedaagden kunnen voor rechtsbijstand contact opnemen met het [[O:Juridisch Loket]] of de [[O:Raad voor Rechtsbijstand]]. De kosten van dit exploot bedragen € 121,48.

[[P:M. Dekkers]]
""")

d("nl", "vacature", """
VACATURE – PLANNER TRANSPORT (32–40 UUR)
[[O:Van der Meulen Koeltransport]] zoekt versterking in [[L:Barendrecht]]

Wie zijn wij?
[[O:Van der Meulen Koeltransport B.V.]] is een familiebedrijf met 180 medewerkers en 120 koelwagens. Vanuit [[L:Barendrecht]] en [[L:Venlo]] rijden we dagelijks groente en fruit voor klanten als [[O:The Greenery]], [[O:Nature's Pride]] en [[O:Dole Europe]] naar supermarkten in [[L:Nederland]], [[L:Duitsland]] en [[L:Scandinavië]]. Voor de distributiecentra van [[O:Lidl Nederland]] en [[O:REWE]] rijden we nachtelijke routes.

Wat ga je doen?
– Je plant de ritten van 40 chauffeurs in ons planningssysteem van [[O:Transpas]].
– Je hebt dagelijks contact met de planners van onze charters, onder wie [[O:Transportbedrijf Van Wijk]] en [[O:Boekestijn Transport Service]].
– Je lost verstoringen op, zoals vertraging bij de [[O:Containerterminal Venlo]] of wachttijden bij [[O:Rungis Marché International]] in [[L:Parijs]].

Wat vragen wij?
– Mbo 4- of hbo-diploma logistiek, bijvoorbeeld van [[O:STC Group]] of de [[O:Hogeschool Rotterdam]];
– Kennis van rij- en rusttijden en de regels van de [[O:Inspectie Leefomgeving en Transport]] ([[O:ILT]]);
– Goede beheersing van Nederlands, Engels en Duits.

Wat bieden wij?
– Salaris volgens de cao Beroepsgoederenvervoer, afgesloten met [[O:TLN]] en [[O:FNV Transport & Logistiek]];
– Pensioenopbouw bij [[O:Pensioenfonds Vervoer]];
– Opleiding bij het [[O:SOVAM]] en korting op je zorgverzekering via [[O:Zilveren Kruis]].

Solliciteren?
Stuur je cv en motivatie vóór 10 januari 2027 naar [[P:Esther Kortekaas]], HR-adviseur, via werkenbij@vdmeulen-koeltransport.example. Vragen over de functie? Bel [[P:Gijs van der Meulen]], hoofd planning, op 0180 61 44 70.

Acquisitie naar aanleiding van deze vacature wordt niet op prijs gesteld; ook niet van [[O:Randstad]] of andere bureaus. Deze vacature staat ook op werk.nl van het [[O:UWV]].
""")

# ================================================================ processing
# The markup, the checks, the file and the counts are docset.py's, with this
# set's name, its documents' length in characters and docset7.py's lists of
# legal forms (for grouping a company's full and short names) and of titles
# (for the warning when a PERSON starts with one), with this set's own.
LEGAL_FORMS = docset7.LEGAL_FORMS + [
    # this set's additions
    "S. Coop. de Crédito", "UG (haftungsbeschränkt)", "VVaG", "mbB", "S.C.",
    "C.B.", "S.a.s.", "S.L.P.", "A.Ş.", "SCEA", "SELARL", "SELAS", "GbR",
]
TITLE_PREFIXES = docset7.TITLE_PREFIXES + (
    # this set's additions
    "Prof.ssa", "OStD", "PCSO", "Cllr", "KHK", "PHK", "ir.", "mr.", "dott.ssa")


def char_count(text):
    """This set's documents are 800 to 2,500 characters long."""
    n = len(text)
    return 800 <= n <= 2500, f"{n} characters"


if __name__ == "__main__":
    docset.main(DOCS, name="docset8", default_out="docs8.jsonl", size_check=char_count,
                legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES)
