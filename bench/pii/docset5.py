#!/usr/bin/env python3
"""The fifth document set: 96 business documents of kinds the earlier sets
did not use (minutes of works councils and municipal committees, property
sale deeds and notary letters, construction site reports and subcontractor
disputes, grant applications and funding decisions, university partnership
agreements, hospital discharge and referral letters, tax office
correspondence, customs and import declarations, franchise agreements,
shipping claims, food safety inspection reports, energy supply contracts,
trade association newsletters, IT outsourcing contracts, pension fund
letters, sports club sponsorship, public tender lot awards, insolvency
administrators' reports, press coverage of acquisitions, job references,
museum loans, agricultural co-operative reports and travel agency
bookings), 16 each in English, German, French, Spanish, Italian and Dutch,
each written in its own language rather than translated, in the shape of
letters with letterheads and signatures, e-mail threads, lists, tables as
text, minutes with attendee lists and contracts with party blocks. In them
organisations of many kinds and shapes (companies with and without a legal
form, co-operatives, associations, foundations, ministries, municipalities,
agencies, universities, hospitals, courts, banks, unions and clubs; acronyms
defined in brackets, short names and nicknames defined in quotes, names
containing a place or a surname, names with "&" or a hyphen, names with
lower-case words) are named in full and then by shorter forms, annotated
with PERSON, ORGANIZATION and LOCATION. Written on 2026-12-07 by a helper
who had not seen the analyzer, the second, third or fourth set's documents
(only the conventions at the top of their files; it did read docset.py,
which holds the first set, its checks and `main`) or any template file, with
invented and a few real organisation names (none from Faker or mimesis);
meant as a development set: the rules' author may read it and its errors.

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs5.jsonl next to this file).

Conventions: an ORGANIZATION span covers the name as written, with its legal
form, without a leading article unless the article is part of the name ("La
Coopération Agricole", "De Nederlandsche Bank"); a possessive ending is left
out; a place inside an organisation's name belongs to the ORGANIZATION
("Landgericht Frankenthal (Pfalz)", "Stadt Freiburg im Breisgau" as the
administration, "Comune di Ancona", "Tribunal de commerce de Rennes",
"Gemeente Zwolle"). An acronym defined in brackets is marked on its own,
apart from the full name, and so is each later use of it or of a short name
or a nickname defined in quotes ("Nexora", "Fornesa"). Hospitals, hotels,
practices, schools and a shop's or team's trading name are organisations;
a department, ward, unit or committee of an organisation is not marked, nor
is a generic reference ("the council", "die Gemeinde", "il Comune" used
alone) or a party's role in a contract ("the Customer", "le Franchiseur", "el
Club", "de franchisegever"). A PERSON span is the name without titles,
salutations or functions ("Cllr", "Dr", "Prof. Dr.", "Dipl.-Ing.", "Herr",
"Me", "Mme", "Pr", "D.", "Dña.", "Sr.", "Dott.ssa", "Avv.", "Geom.",
"Sig.ra", "Cav.", "de heer", "mevrouw", "mr.", "dhr."); surname-alone,
first-name-alone and initials-and-surname mentions are marked, and so is a
family name used for the family ("la famille Bouvet") and a name inside a
payment reference; an artist named as the author of a lent work is a PERSON,
the work's title is not marked. LOCATION covers cities, towns, villages,
districts, regions, provinces (also as the Italian two-letter code in an
address), islands, rivers and countries, not streets, postcodes, buildings,
industrial estates, sites, harbour basins or terminals. Products, brands,
vessels, programmes (Erasmus+), laws, job titles, documents, events (fairs,
competitions, exhibitions) and nationality adjectives are not marked. Names
inside e-mail addresses and web addresses are not marked.
"""
import docset  # the markup, the checks and the counts (this file's folder is on the path)

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))

# ---------------------------------------------------------------- English
d("en", "municipal_minutes", """
[[O:Eastleigh Borough Council]]
Development Control Committee

Minutes of the meeting held on Wednesday 9 October 2024 at 7.00 pm at the Civic Offices, Leigh Road, [[L:Eastleigh]]

Present: Cllr [[P:Janet Farrow]] (Chair), Cllr [[P:Rupert Ogden]] (Vice-Chair), Cllr [[P:Sunita Bhatt]], Cllr [[P:Gareth Lomax]], Cllr [[P:Deborah Quinn]]
Officers: [[P:Alan Creswell]] (Head of Development Management), [[P:Nicola Faraday]] (Senior Case Officer), [[P:Tom Needham]] (Legal Adviser)
Apologies: Cllr [[P:Mark Heywood]]

1. Declarations of interest
Cllr [[P:Lomax]] declared a non-pecuniary interest in item 3 as a member of [[O:Hedge End Cricket Club]] and left the room for that item.

2. Application F/24/0871 - land east of Botley Road, [[L:Fair Oak]]
Outline application by [[O:Cranmore Homes (Southern) Ltd]] for 64 dwellings. Ms [[P:Faraday]] presented the report and noted objections from [[O:Fair Oak and Horton Heath Parish Council]] and from [[O:Natural England]] regarding nitrate neutrality in the [[L:Solent]]. The agent for [[O:Cranmore Homes]], Mr [[P:Imran Siddiqui]] of [[O:Pegasus Group]], spoke in support. Cllr [[P:Quinn]] asked whether the access junction had been agreed with [[O:Hampshire County Council]] as highway authority; Mr [[P:Creswell]] confirmed that it had.
Resolved: to delegate approval to the Head of Development Management, subject to a Section 106 agreement securing 35% affordable housing and a contribution of £412,000 towards the [[L:Fair Oak]] bus corridor.

3. Application F/24/0912 - pavilion extension, Bubb Lane, [[L:Hedge End]]
Resolved: permission granted, subject to conditions on hours of use and external lighting. (Cllr [[P:Lomax]] was not present for this item.)

4. Appeal decisions
Mr [[P:Creswell]] reported that the [[O:Planning Inspectorate]] had dismissed the appeal by [[O:Wessex Roadside Services Ltd]] concerning the filling station at [[L:Chandler's Ford]], and had allowed the appeal by Mr [[P:Colin Brandreth]] for a dwelling in the garden of 14 Allington Lane, [[L:West End]]. Costs were not awarded against the authority.

5. Enforcement update
Mr [[P:Needham]] advised that the notice served on [[O:Itchen Valley Storage Ltd]] had been complied with.

6. Date of next meeting
6 November 2024. The meeting closed at 8.52 pm.

Signed: [[P:Janet Farrow]], Chair
""")

d("en", "conveyancing_letter", """
[[O:Whitcombe Rowley LLP]]
Solicitors and Notaries
3 Cathedral Yard, [[L:Exeter]] EX1 1HB

Our ref: PRW/4471-2
Your ref: JT/HAL

14 August 2024

[[O:Trelawney & Poldhu LLP]]
FAO Ms [[P:Jessica Tremayne]]
Lemon Quay Chambers
[[L:Truro]] TR1 2LW

By email only

Dear Ms [[P:Tremayne]],

Higher Polwarth Farmhouse, [[L:Constantine]], [[L:Cornwall]]
Our clients: Mr [[P:Peter Kellaway]] and Mrs [[P:Ruth Kellaway]] (sellers)
Your client: Dr [[P:Anthony Hallam]] (buyer)

We write to confirm that contracts were exchanged by telephone at 11.42 am today between the writer and your colleague, Mr [[P:Ben Carne]], with completion fixed for Friday 30 August 2024.

The deposit of £69,500 is held by this firm as stakeholder. We note that part of the purchase price is being provided by [[O:Nationwide Building Society]], and we understand that your client's mortgage funds will be requested in good time. On completion we shall redeem our clients' mortgage with [[O:Coventry Building Society]] and send you the discharge once it is received.

For the avoidance of doubt, the following items are included in the sale: the oil-fired range, the timber garden room and the 2.4 hectares of pasture registered under title CL118204. The agricultural tie referred to in the [[O:Cornwall Council]] planning permission of 1987 was removed by deed in 2019; a copy is enclosed. The private drainage arrangement is shared with the neighbouring holding owned by [[O:Trevarno Holiday Lets Ltd]], whose director, Mrs [[P:Elaine Pascoe]], has confirmed that the annual maintenance charge is paid up to date.

Our clients are purchasing a property in [[L:Falmouth]] through [[O:Rosewarne Estate Agents]], and that transaction will complete on the same day. We would therefore be grateful to receive the completion monies no later than 12 noon.

Please let us have your completion information form and the final balance statement from your client's lender. Should you have any queries, please contact the writer or our conveyancing assistant, [[P:Holly Truscott]].

Yours sincerely,

[[P:Philippa Rowley]]
Partner
for and on behalf of [[O:Whitcombe Rowley LLP]]
""")

d("en", "site_report", """
SITE PROGRESS REPORT No. 17

Project: New learning resource centre, [[O:Kingsmere Academy]], [[L:Bicester]]
Client: [[O:Oxfordshire County Council]]
Principal contractor: [[O:Beckwith Construction Ltd]]
Contract administrator: [[O:Haddon Pryce Associates]]
Period: 2 - 13 September 2024
Prepared by: [[P:Liam Docherty]], Site Manager

1. Progress
The steel frame was completed on 4 September and [[O:Severn Steel Fabrications]] have demobilised. Roof decking by [[O:Apex Roofing (Midlands) Ltd]] is about 60% complete on the north wing. Blockwork to the ground floor plant room started on 9 September. Overall progress is estimated at 41% against a programmed 46%.

2. Labour on site (average per day)
- [[O:Beckwith]] staff: 4
- Groundworks ([[O:Mulrooney Civils]]): 6
- Mechanical and electrical ([[O:Crestline Building Services]]): 5
- Roofers ([[O:Apex]]): 7

3. Accidents and inspections
One near miss was recorded on 10 September, when an unsecured pallet of insulation slid from the loading bay. It was reported to our safety adviser, [[P:Angela Byrne]], and toolbox talks were held the next morning. An inspector from the [[O:Health and Safety Executive]], Mr [[P:Raj Kapoor]], visited on 12 September; no enforcement action was taken.

4. Delays and early warnings
The delivery of the curtain walling from [[O:Vitrum Facades B.V.]] in [[L:Rotterdam]] has slipped by two weeks because of a glass shortage at their supplier in [[L:Belgium]]. Early warning EW-09 was issued to Ms [[P:Helen Pryce]] on 11 September. [[O:Mulrooney Civils]] also reported that the connection to the foul sewer cannot be made until [[O:Thames Water]] completes its own works in Launton Road, now expected in late October.

5. Visitors
- 5 September: Mr [[P:Derek Osborne]], headteacher, and the school business manager, Mrs [[P:Kay Whitlock]]
- 12 September: Mr [[P:Kapoor]] ([[O:Health and Safety Executive]])

6. Look-ahead (next two weeks)
Complete the roof deck, start the first fix of services, and pour the external slab for the bin store. [[P:Liam Docherty]] will attend the progress meeting at the offices of [[O:Haddon Pryce Associates]] in [[L:Oxford]] on 19 September.
""")

d("en", "grant_decision", """
[[O:Innovate UK]]
Polaris House, North Star Avenue
[[L:Swindon]] SN2 1FL

Ms [[P:Catriona Munro]]
Managing Director
[[O:Marlow Aquatech Ltd]]
Unit 4, Dunstaffnage Marine Park
[[L:Oban]] PA37 1QA

18 March 2025

Application 10091827: Low-energy recirculating systems for juvenile salmon

Dear Ms [[P:Munro]],

I am pleased to tell you that your application to the Sustainable Aquaculture competition has been successful. Subject to the terms and conditions of the attached grant offer letter, [[O:Innovate UK]] will contribute up to £486,220 towards eligible project costs of £742,900 over 24 months.

The funding is split between the consortium members as follows:
- [[O:Marlow Aquatech Ltd]] (lead partner): £298,400
- [[O:University of Stirling]], Institute of Aquaculture: £139,870
- [[O:Kyle Fish Farms Ltd]]: £47,950

The offer was recommended by an independent assessment panel. Assessors particularly valued the involvement of [[O:Kyle Fish Farms]] as a commercial trial site at [[L:Lochalsh]], and the letter of support from the [[O:Scottish Salmon Producers' Organisation]]. One assessor asked for a clearer plan for independent verification of the energy savings; please address this in the project plan.

Your monitoring officer will be Mr [[P:Gavin Hurst]] of [[O:Kelland Monitoring Services]], who will contact you within ten working days to arrange the kick-off meeting. Quarterly claims must be submitted through the Innovation Funding Service portal together with an independent accountant's report for claims above £50,000.

Because the project receives public funding, you must also record the award under the subsidy control rules and inform [[O:Highlands and Islands Enterprise]], which is supporting the same site through its capital programme, so that the two awards are not counted twice.

Please accept the offer within 30 days. If you have questions about the terms, contact our grants team or your innovation lead, Dr [[P:Priya Sandhu]].

Yours sincerely,

[[P:Richard Ellwood]]
Deputy Director, Agriculture and Food
[[O:Innovate UK]]

cc: Professor [[P:Hamish Grant]], [[O:University of Stirling]]
""")

d("en", "discharge_letter", """
[[O:North Somerset Hospitals NHS Trust]]
[[O:St Aldhelm's Hospital]], Department of Cardiology
Grange Road, [[L:Weston-super-Mare]] BS23 4TQ

Dr [[P:Fiona Armitage]]
[[O:Seaview Medical Centre]]
12 Marine Parade
[[L:Weston-super-Mare]] BS23 1AL

Date of letter: 9 November 2024

Dear Dr [[P:Armitage]],

Re: Mr [[P:Kenneth Oakes]], DOB 14/03/1951, hospital no. W4857773
Admitted: 2 November 2024 via the emergency department
Discharged: 8 November 2024
Consultant: Dr [[P:Samir Haddad]]

Diagnosis
1. Non-ST elevation myocardial infarction
2. Type 2 diabetes (known)
3. Chronic kidney disease stage 3a

Summary
Mr [[P:Oakes]] presented with central chest pain that had started while gardening. Troponin was raised on two occasions. He was transferred to the [[O:Bristol Heart Institute]] on 5 November, where coronary angiography showed a severe stenosis of the left anterior descending artery, treated with a drug-eluting stent by Dr [[P:Elena Marchetti]]. He returned to our ward the same evening and made an uneventful recovery.

Medication on discharge
Aspirin 75 mg once daily (lifelong); ticagrelor 90 mg twice daily for 12 months; atorvastatin 80 mg at night; ramipril 2.5 mg once daily; bisoprolol 2.5 mg once daily; metformin unchanged.

Actions for the GP
- Please check renal function and potassium in two weeks, as ramipril has been started.
- Please titrate ramipril and bisoprolol as tolerated.

Follow-up
He has been referred to the cardiac rehabilitation programme run by [[O:Sirona Care & Health]] in [[L:Clevedon]] and will be seen in Dr [[P:Haddad]]'s clinic in six weeks. He has been advised that he must not drive for one week and that he does not need to inform the [[O:DVLA]] unless further symptoms occur.

Mr [[P:Oakes]] and his wife, Mrs [[P:Brenda Oakes]], were given written information. His daughter lives in [[L:Cardiff]] and will stay with them for the first week.

Yours sincerely,

Dr [[P:Joanna Pike]]
Specialty Registrar to Dr [[P:Samir Haddad]]
""")

d("en", "tax_office_letter", """
[[O:Pemberton Vale Chartered Accountants]]
Salts Mill Business Centre, [[L:Shipley]] BD18 3LA

[[O:HM Revenue & Customs]]
Individuals and Small Business Compliance
BX9 1AA

For the attention of Mr [[P:Stephen Agyeman]], Compliance Caseworker

22 January 2025

Your ref: CFS 7734 1120 9/SA
Client: [[O:Greyfriars Joinery Ltd]], company number 09211877

Dear Mr [[P:Agyeman]],

Enquiry into the company tax return for the period ended 31 March 2023

Thank you for your letter of 3 December 2024. We act for [[O:Greyfriars Joinery Ltd]] and enclose the signed authority (form 64-8) from its director, Mr [[P:Andrew Firth]].

You asked three questions, which we answer in turn.

1. Research and development relief. The claim of £38,410 relates to the development of a fire-rated timber door set with [[O:Bradford College]]. We enclose the technical report prepared by Dr [[P:Lucy Naylor]] of the college and the timesheets of the two employees involved.

2. Director's loan account. The overdrawn balance of £14,200 at the year end was repaid on 17 August 2023, within nine months, so no charge under section 455 arises. A copy of the [[O:Yorkshire Building Society]] statement showing the receipt is attached.

3. Payments to [[O:Firth Property Holdings Ltd]]. This company, also owned by Mr [[P:Firth]], lets the workshop in [[L:Baildon]] to [[O:Greyfriars]] at a rent of £1,650 per month. An independent rental valuation from [[O:Dacre, Son & Hartley]] confirms that this is a market rent.

We note that the accounts were filed at [[O:Companies House]] on time and that the company's VAT returns are up to date. We trust this information allows you to close the enquiry. If you need anything further, please contact the writer or my colleague [[P:Ruth Mallinson]].

Yours sincerely,

[[P:Simon Pemberton]] FCA
Director, [[O:Pemberton Vale Chartered Accountants]]

cc: [[P:Andrew Firth]], [[O:Greyfriars Joinery Ltd]], [[L:Shipley]]
""")

d("en", "cargo_claim_email", """
From: [[P:Harriet Vance]]
Sent: Thursday, 6 February 2025 15:20
To: [[P:Lars Fredriksen]]
Cc: [[P:Owen Tully]]
Subject: RE: Claim 24/3381 - wet-damaged coffee, container MSKU 448120-3, MV Coral Meridian

Dear [[P:Lars]],

Thank you for the survey report. We note that the surveyors appointed by your Members, [[O:Brookes Bell]], agree with our own surveyor, [[O:Cargo Care Surveys Ltd]], that the damage was caused by water entering through a hole in the container roof, and not by condensation.

As the container was supplied by the carrier, we maintain that [[O:Halvorsen Line AS]] is liable under the bill of lading for the 96 bags rejected by our assured, [[O:Hartley & Crane Coffee Roasters Ltd]]. The claim is therefore resubmitted at USD 41,280, being the invoice value plus 10% and the survey fee.

Please let me know by 20 February whether your Members will settle, failing which we are instructed to issue proceedings in [[L:London]] before the one-year time bar.

Kind regards,
[[P:Harriet Vance]]
Claims Manager
[[O:Thamesmead Marine Underwriters Ltd]]
25 Fenchurch Avenue, [[L:London]] EC3M 5AD

-----Original Message-----
From: [[P:Lars Fredriksen]]
Sent: Monday, 3 February 2025 09:02
To: [[P:Harriet Vance]]
Subject: Claim 24/3381 - wet-damaged coffee

Dear [[P:Harriet]],

Further to our call, please find attached the joint survey report dated 27 January. The container was loaded at [[L:Santos]] by the shipper, [[O:Cafés Serra Azul Ltda]], on 2 November and discharged at [[L:Felixstowe]] on 1 December. Our Members, [[O:Halvorsen]], say that the container was inspected before stuffing and that the shipper's own checklist records it as sound.

Before we can consider the claim, we need the stuffing photographs, the rejection letter from [[O:Hartley & Crane]] and evidence of the salvage sale to [[O:Mercato Commodities]].

Best regards,
[[P:Lars Fredriksen]]
Senior Claims Executive
[[O:Nordvik P&I Club]], [[L:Bergen]] branch
""")

d("en", "franchise_contract", """
FRANCHISE AGREEMENT

Dated: 1 April 2025

PARTIES

(1) [[O:Sizzle & Stone Franchising Ltd]], incorporated in [[L:England]] (company number 11873320), whose registered office is at 40 Granby Street, [[L:Leicester]] LE1 6EH (the "Franchisor");

(2) [[O:Morrow Hospitality Ltd]], incorporated in [[L:Northern Ireland]] (company number NI671204), whose registered office is at 9 Shipquay Street, [[L:Derry]] BT48 6DN (the "Franchisee"); and

(3) [[P:Declan Morrow]] of [[L:Limavady]], [[L:County Londonderry]] (the "Guarantor").

BACKGROUND

(A) The Franchisor has developed a system for operating stone-baked pizza restaurants under the trade mark SIZZLE & STONE.

(B) The Franchisee wishes to operate one restaurant in the Territory, which comprises [[L:Derry]] and [[L:Coleraine]], and the Guarantor has agreed to guarantee its obligations.

1. GRANT
1.1 The Franchisor grants the Franchisee the exclusive right to operate the business in the Territory for ten years from the opening date.

2. FEES
2.1 The Franchisee shall pay an initial fee of £22,000 plus VAT and a monthly management service fee of 6% of net sales.
2.2 Payments shall be made by direct debit from the Franchisee's account with [[O:Danske Bank]].

3. TRAINING
3.1 Before opening, [[P:Declan Morrow]] and the restaurant manager shall complete the four-week training course at the Franchisor's flagship restaurant in [[L:Leicester]].

4. SUPPLY
4.1 Flour, cheese and tomato products shall be bought from [[O:Bidfood]] or another supplier approved by the Franchisor in writing.

5. DISPUTES
5.1 The parties shall first attempt to settle any dispute by mediation under the procedure of the [[O:Centre for Effective Dispute Resolution]] ([[O:CEDR]]). If the dispute is not resolved within 60 days, either party may refer it to the courts of [[L:England]].
5.2 The Franchisor confirms that it is a full member of the [[O:British Franchise Association]] and that this agreement complies with its code of ethics.

SIGNED by [[P:Gemma Stone]], director, for and on behalf of [[O:Sizzle & Stone Franchising Ltd]]
SIGNED by [[P:Declan Morrow]], director, for and on behalf of [[O:Morrow Hospitality Ltd]]
SIGNED by [[P:Declan Morrow]] as Guarantor, witnessed by [[P:Aoife Kearney]], solicitor, [[O:McCourt Kearney Solicitors]], [[L:Derry]]
""")

d("en", "it_outsourcing_contract", """
MASTER SERVICES AGREEMENT - EXTRACT (Clauses 1, 5, 14 and 22)

This Agreement is made on 12 May 2025 between:

[[O:Calder Valley Building Society]], a mutual society incorporated in 1986, whose principal office is at 1 Market Street, [[L:Hebden Bridge]] HX7 6AA (the "Customer"); and

[[O:Nexora Digital Solutions Private Limited]], a company incorporated in [[L:India]], whose registered office is at Baner Road, [[L:Pune]] 411045, acting through its UK branch at 3 Piccadilly Place, [[L:Manchester]] M1 3BN ("[[O:Nexora]]").

1. Definitions
"Services" means the application management, service desk and infrastructure services described in Schedule 2. "Regulator" means the [[O:Prudential Regulation Authority]] and the [[O:Financial Conduct Authority]] ("[[O:FCA]]").

5. Subcontracting
5.1 [[O:Nexora]] shall not subcontract any part of the Services without the Customer's prior written consent, except to the approved subcontractors listed in Schedule 7, namely [[O:Microsoft Ireland Operations Limited]] (hosting) and [[O:Kilnsey Data Ltd]] (printing and mailing).
5.2 [[O:Nexora]] remains responsible for the acts and omissions of its subcontractors.

14. Location of data and exit
14.1 Customer data shall be stored in the [[L:United Kingdom]] or the [[L:European Economic Area]] only.
14.2 On expiry or termination, [[O:Nexora]] shall provide exit assistance for up to 12 months, so that the Services can be transferred to the Customer or to a replacement supplier.

22. Audit
22.1 The Customer, its internal auditors and the [[O:FCA]] shall have access to [[O:Nexora]]'s premises in [[L:Pune]] and [[L:Manchester]] on reasonable notice.

Signed for the Customer by [[P:Helen Sutcliffe]], Chief Executive, and [[P:Graham Ackroyd]], Chief Operating Officer.
Signed for [[O:Nexora]] by [[P:Vikram Deshpande]], Managing Director (Europe).
Witnessed by [[P:Kirsty Holroyd]], solicitor, [[O:Lupton Fawcett LLP]], [[L:Leeds]].
""")

d("en", "sponsorship_letter", """
[[O:Kendal Athletic FC]]
Parkside Road Ground, [[L:Kendal]], [[L:Cumbria]] LA9 7BL
Members of the [[O:North West Counties Football League]]

Mr [[P:Edward Fell]]
Managing Director
[[O:Fellside Brewery Ltd]]
The Old Maltings, [[L:Staveley]] LA8 9QR

3 July 2025

Dear [[P:Edward]],

Shirt sponsorship 2025/26 and 2026/27

Thank you for meeting [[P:Marie]] and me at the brewery last week. On behalf of the committee I am delighted to confirm the terms we agreed for [[O:Fellside Brewery]] to become the main sponsor of the first team for the next two seasons.

Summary of the terms:
- Sponsorship fee: £9,000 per season, payable in two instalments (1 August and 1 January).
- Logo on the front of home and away shirts and on the club website.
- Two pitch-side boards at Parkside Road and naming of the clubhouse bar after the brewery.
- Ten season tickets and hospitality for four guests at every home game.
- Exclusive pouring rights for [[O:Fellside]] cask ales at the ground; lager remains supplied by [[O:Carlsberg Marston's Brewing Company]] until that contract ends in May 2026.

As you know, the club also runs girls' and boys' teams in partnership with [[O:Kendal College]], and we would welcome your support for the youth section if the budget allows in the second season.

Our kit supplier, [[O:Sportvale Teamwear]] of [[L:Preston]], needs the artwork by 20 July to deliver the new shirts before our first league match against [[O:Burscough FC]] on 9 August. Could you ask [[P:Marie]]'s counterpart in your marketing team, I think [[P:Josh Airey]], to send the files directly to [[P:Marie Dobson]], our commercial secretary?

We will announce the partnership in the [[O:Westmorland Gazette]] and on social media once the agreement is signed.

With best wishes and thanks,

[[P:Norman Atkinson]]
Chairman, [[O:Kendal Athletic FC]]
""")

d("en", "insolvency_report", """
[[O:Hollingworth Textiles Limited]] (in Administration)
Joint administrators' progress report for the period 14 March to 13 September 2025

Proceedings: [[O:County Court at Manchester]], case no. 417 of 2025

1. Introduction
[[P:Rebecca Quayle]] and [[P:Anil Chaudhry]] of [[O:Marsden Quayle Restructuring LLP]], 2 Hardman Street, [[L:Manchester]], were appointed joint administrators of [[O:Hollingworth Textiles Limited]] ("the Company") on 14 March 2025 by the directors. This is the administrators' first progress report to creditors.

2. Sale of the business
On 21 March 2025 the business and certain assets of the weaving mill in [[L:Rochdale]] were sold to [[O:Pennine Weavers Ltd]] for £1.15 million. [[O:Pennine Weavers]] is a connected party, because Mr [[P:Gordon Hollingworth]], a former director of the Company, is one of its shareholders. Before the sale, the proposal was reviewed by an independent evaluator, Mr [[P:Keith Rawlinson]] of [[O:Anderton Bell Valuers]], whose report concluded that the consideration was reasonable. 74 of the 96 employees transferred to the purchaser.

3. Other assets
The dye house at [[L:Oldham]] was sold by auction through [[O:Eddisons]] for £286,000. Book debts of £512,000 are being collected; £390,000 had been received at the end of the period.

4. Creditors
Secured: [[O:HSBC UK Bank plc]] holds a fixed and floating charge and has been repaid in full.
Preferential: the claims of former employees and of [[O:HM Revenue & Customs]] are estimated at £208,000. The [[O:Redundancy Payments Service]] has paid the statutory amounts to the 22 employees who were made redundant.
Unsecured: claims of £3.4 million have been received, the largest from [[O:Lancashire Yarns Ltd]] and [[O:Northern Powergrid]].

5. Investigations
The administrators have submitted their report on the conduct of the directors to the [[O:Insolvency Service]]. Its content is confidential.

6. Outlook
A dividend to unsecured creditors of between 6p and 9p in the pound is expected. The administrators expect to move the Company into creditors' voluntary liquidation in March 2026.

[[P:Rebecca Quayle]]
Joint Administrator
""")

d("en", "press_acquisition", """
Business | Healthcare

[[O:Quillon Pharma]] snaps up [[O:Bracken Diagnostics]] in £310m deal

By [[P:Tessa Woolley]], Business Correspondent

Friday 14 November 2025

[[O:Quillon Pharma plc]], the [[L:Cambridge]]-based maker of generic injectables, has agreed to buy [[O:Bracken Diagnostics]], a developer of rapid blood tests for sepsis, for £310 million in cash and shares.

The deal, announced on Thursday evening, values [[O:Bracken]] at roughly eleven times its expected sales for 2026. The company was spun out of the [[O:University of Nottingham]] in 2017 by the microbiologist [[P:Femi Adeyemi]], who remains its largest individual shareholder with a stake of about 14%.

"Speed is everything in sepsis, and [[O:Bracken]]'s test gives clinicians an answer in twenty minutes," said [[P:Martin Ollerenshaw]], chief executive of [[O:Quillon]]. He said the combined group would seek approval for the test in the [[L:United States]] next year and would keep the [[L:Nottingham]] laboratory and its 140 staff.

Analysts were broadly positive. [[P:Sarah Kinnear]] of [[O:Peel Hunt]] said the price was "full but defensible", while [[P:Dominic Reyes]] at [[O:Jefferies]] warned that reimbursement by the [[O:NHS]] had been slower than investors hoped.

[[O:Bracken]]'s other big investors, [[O:Mercia Ventures]] and the [[L:Basel]]-based [[O:Helvetia Life Sciences Fund]], have agreed to vote in favour. The deal still needs clearance from the [[O:Competition and Markets Authority]] ([[O:CMA]]), which is expected in the first quarter. A spokesperson for the [[O:CMA]] declined to comment.

Shares in [[O:Quillon]] rose 4.2% to 612p on the [[O:London Stock Exchange]] in early trading.

[[O:Quillon]] was advised by [[O:Rothschild & Co]] and the law firm [[O:Slaughter and May]]; [[O:Bracken]] by [[O:Numis]] and [[O:Mills & Reeve]].
""")

d("en", "museum_loan", """
LOAN AGREEMENT - TEMPORARY EXHIBITION

Reference: L/2026/014

Lender: [[O:Hartfield Gallery Trust]], a registered charity, of Pembury Road, [[L:Tunbridge Wells]], [[L:Kent]], represented by its Director, Dr [[P:Caroline Ashdown]]

Borrower: [[O:Museo de Bellas Artes de Bilbao]], 48009 [[L:Bilbao]], [[L:Spain]], represented by its Director, Mr [[P:Iñigo Arrieta]]

Exhibition: "English Light: Landscape Painting 1780-1850"
Venue and dates: [[L:Bilbao]], 12 March to 21 June 2026

1. Objects lent
(a) [[P:John Constable]], Cloud Study with Setting Sun, oil on paper, 1822 (inv. HGT 114)
(b) [[P:Thomas Girtin]], A Stormy Sea, watercolour, 1801 (inv. HGT 087)
(c) [[P:John Sell Cotman]], The Drop Gate, watercolour, c. 1826 (inv. HGT 203)

2. Insurance
The Borrower shall insure the objects nail to nail at the values stated in Schedule A with [[O:Hiscox]] or another insurer acceptable to the Lender. The Lender's own policy with [[O:AXA Art]] shall not be called upon.

3. Transport and couriers
Packing and transport shall be carried out by [[O:Momart]] from [[L:Tunbridge Wells]] to [[L:Bilbao]] by road via [[L:Portsmouth]]. A courier from the Lender, Ms [[P:Grace Ndlovu]], Registrar, shall accompany the objects on both journeys and supervise installation together with the Borrower's conservator, Ms [[P:Maite Goikoetxea]].

4. Display conditions
Relative humidity 50% +/- 5%; light levels not exceeding 50 lux for objects (b) and (c).

5. Credit line
"Lent by [[O:Hartfield Gallery Trust]]".

6. Law
This agreement is governed by the laws of [[L:England]] and [[L:Wales]].

Signed for the Lender: [[P:Caroline Ashdown]], 2 December 2025
Signed for the Borrower: [[P:Iñigo Arrieta]], 9 December 2025
""")

d("en", "association_newsletter", """
[[O:Midlands Metalworkers' Federation]]
MEMBER BULLETIN - Issue 48, October 2025

From the Chair
Energy prices remain the number one concern for our members. Our chair, [[P:Patricia Gorton]] of [[O:Gorton Precision Castings]], met officials of the [[O:Department for Business and Trade]] in [[L:London]] on 24 September together with colleagues from [[O:Make UK]] and the [[O:Confederation of British Metalforming]] ([[O:CBM]]). We pressed for the energy-intensive industries scheme to be extended to smaller forges. A written response is expected in November.

New members
We welcome [[O:Brinklow Laser Cutting Ltd]] of [[L:Rugby]], [[O:Tamworth Tube & Fittings]] and [[O:Halesowen Spring Company]], bringing our membership to 212 companies.

Skills
Applications are open for the next cohort of the welding apprenticeship run with [[O:Dudley College of Technology]]. Thirty places are available, and the [[O:West Midlands Combined Authority]] will fund 50% of the wage costs for the first year. Contact [[P:Sunil Mistry]] in our skills team for details.

Member news
- [[O:Gorton Precision Castings]] has opened a second foundry in [[L:Walsall]], creating 45 jobs.
- [[O:Redditch Needle Works]] celebrates its 150th anniversary; managing director [[P:Angela Foley]] thanks the staff, some of whom have worked there for over forty years.
- [[P:Kevin Baines]] retires after 22 years as our technical adviser. His successor, [[P:Nadia Hussain]], joins us from [[O:Jaguar Land Rover]].

Dates for your diary
- 6 November: Health and safety forum, [[L:Wolverhampton]]
- 20 November: Annual dinner, [[L:Birmingham]], guest speaker [[P:Jim Hargreaves]], founder of [[O:Hargreaves Forge]]

[[O:CBM]] members are welcome at both events at the members' rate.
""")

d("en", "travel_booking", """
[[O:Globeway Business Travel Ltd]]
Booking confirmation - group travel

Client: [[O:Sandridge Engineering plc]], [[L:Sheffield]]
Booked by: [[P:Lauren Pickering]], Executive Assistant
Our consultant: [[P:Mohammed Iqbal]]
Booking reference: GW-55120
Issued: 15 April 2026

Purpose of travel: visit to the AMB trade fair and to the works of [[O:Trumpf]] in [[L:Ditzingen]]

Travellers
1. [[P:Jonathan Reeve]] (Managing Director)
2. [[P:Siobhan Kelly]] (Head of Manufacturing)
3. [[P:Paul Whitehead]] (Senior Engineer)
4. [[P:Asha Patel]] (Procurement Manager)

Flights
14 September: [[L:Manchester]] 06:55 - [[L:Stuttgart]] 09:45, [[O:Lufthansa]] via [[L:Frankfurt]]
17 September: [[L:Stuttgart]] 18:30 - [[L:Manchester]] 19:25, [[O:Eurowings]] direct
Economy class, one checked bag each. Seats 12A-12D requested.

Hotel
[[O:Hotel Königshof]], [[L:Stuttgart]]: four single rooms, 14-17 September (3 nights), breakfast included. Rate EUR 189 per room per night, cancellable free of charge until 31 August.

Ground transport
Minibus with driver from [[O:Schwabenreisen Fahrdienst GmbH]] for 15 September, hotel - [[L:Ditzingen]] - hotel. Taxis to and from the fairground to be paid locally.

Price summary (GBP)
Flights 2,384.00 | Hotel 1,872.40 | Transfers 310.00 | Service fees 96.00 | Total 4,662.40

Invoicing: to be charged to the [[O:Sandridge]] corporate account with [[O:American Express]].

Insurance for the trip is provided under the client's own policy with [[O:Zurich]]. Please check that all travellers hold passports valid for at least three months after the return date. Mr [[P:Iqbal]] can be reached on 0114 496 0088 during office hours; our 24-hour emergency line is 0114 496 0099.
""")

d("en", "pension_fund_letter", """
[[O:Caldermoor Group Pension Scheme]]
c/o [[O:Ellison Hart Pensions Administration Ltd]]
PO Box 771, [[L:Darlington]] DL1 9ZQ

Mr [[P:Raymond Tolley]]
17 Beechwood Crescent
[[L:Stockton-on-Tees]] TS19 7HR

Member number: CGP/004417
Date: 2 February 2026

Dear Mr [[P:Tolley]],

Your retirement options

As requested by telephone on 21 January, we enclose a quotation of your benefits from the [[O:Caldermoor Group Pension Scheme]] should you retire on your 65th birthday, 1 June 2026. You were employed by [[O:Caldermoor Chemicals Ltd]] at its [[L:Billingham]] site from 1989 until 2014, and your deferred pension has been increased each year in line with the scheme rules.

Option A: a full pension of £14,812.44 a year, payable monthly.
Option B: a tax-free lump sum of £71,460.00 and a reduced pension of £10,719.00 a year.

On your death, a spouse's pension of 50% would be paid to Mrs [[P:Margaret Tolley]].

You also asked about the small personal pension you hold with [[O:Scottish Widows]]. We are not able to advise on that plan, but it may be possible to transfer it into the scheme; please let us know if you would like a transfer quotation.

Before you make a decision, we recommend that you take independent financial advice. You can also book a free appointment with [[O:Pension Wise]], a service from [[O:MoneyHelper]], which is backed by the government. Please be aware of pension scams: the scheme will never contact you unexpectedly about your benefits.

If you wish to proceed, please complete and return the enclosed forms by 30 April 2026 together with a certified copy of your birth certificate. Payments will be made into your account with [[O:Barclays]] as shown on our records.

The trustees have asked us to let you know that [[P:Deborah Lynch]] has succeeded [[P:Ian Corner]] as chair of trustees, and that the scheme's annual report, audited by [[O:Crowe U.K. LLP]], is available on request.

Yours sincerely,

[[P:Claire Horsley]]
Member Services Officer
[[O:Ellison Hart Pensions Administration Ltd]], on behalf of the Trustees of the [[O:Caldermoor Group Pension Scheme]]
""")


# ---------------------------------------------------------------- German
d("de", "works_council_minutes", """
Protokoll der 14. ordentlichen Sitzung des Betriebsrats der [[O:Hessler Antriebstechnik GmbH]], Werk [[L:Schweinfurt]]

Datum: 12. März 2025, 13:30 bis 16:10 Uhr
Ort: Besprechungsraum B 2.14, Verwaltungsgebäude

Anwesend: [[P:Thomas Reuß]] (Vorsitzender), [[P:Sabine Köhler]] (stellv. Vorsitzende), [[P:Mehmet Aydın]], [[P:Jürgen Pfister]], [[P:Claudia Endres]], [[P:Dennis Hofmann]], [[P:Anja Seufert]]
Entschuldigt: [[P:Rainer Vogt]] (Urlaub), vertreten durch das Ersatzmitglied [[P:Lena Wirsing]]
Gast zu TOP 2: [[P:Markus Brandl]], Gewerkschaftssekretär der [[O:IG Metall]], Geschäftsstelle [[L:Schweinfurt]]
Protokoll: [[P:Anja Seufert]]

TOP 1 – Tagesordnung und Protokoll der Sitzung vom 26.02.2025
Beides wird einstimmig genehmigt.

TOP 2 – Geplante Verlagerung der Montagelinie M4
Herr [[P:Reuß]] berichtet über das Gespräch mit der Geschäftsführung (Dr. [[P:Ulrike Harms]], [[P:Peter Kastner]]) vom 5. März. Die Geschäftsführung prüft, die Montage der Kleingetriebe ab Mitte 2026 an das Werk der Schwestergesellschaft [[O:Hessler Pohony s.r.o.]] in [[L:Pilsen]] ([[L:Tschechien]]) zu verlagern. Betroffen wären rund 85 Arbeitsplätze. Herr [[P:Brandl]] erläutert die Erfahrungen aus vergleichbaren Fällen bei [[O:ZF Friedrichshafen AG]] und [[O:SKF]].
Beschluss: Der Betriebsrat verlangt die Vorlage der Wirtschaftlichkeitsrechnung im Wirtschaftsausschuss und zieht gemäß § 80 Abs. 3 BetrVG die Kanzlei [[O:Schwarz & Dörfler Rechtsanwälte PartG mbB]] aus [[L:Würzburg]] als Sachverständige hinzu. Abstimmung: 7 Ja, 0 Nein, 0 Enthaltungen.

TOP 3 – Betriebsvereinbarung mobiles Arbeiten
Frau [[P:Köhler]] stellt den zweiten Entwurf vor. Strittig ist weiterhin die Erstattung der Stromkosten. Herr [[P:Aydın]] und Frau [[P:Endres]] verhandeln am 19. März mit der Personalleiterin, Frau [[P:Bettina Rösch]], weiter.

TOP 4 – Arbeitsschutz
Nach dem Handverletzungsunfall in Halle 3 am 27. Februar hat die [[O:Berufsgenossenschaft Holz und Metall]] ([[O:BGHM]]) eine Begehung für den 20. März angekündigt. Herr [[P:Pfister]] nimmt für den Betriebsrat teil. Der Betriebsarzt, Dr. [[P:Felix Amrhein]] von der [[O:Arbeitsmedizin Mainfranken GmbH]], wird um einen Bericht gebeten.

TOP 5 – Verschiedenes
Der Vertrag mit dem Kantinenbetreiber [[O:Sodexo]] läuft zum 30. Juni aus. Herr [[P:Hofmann]] schlägt vor, die Beschäftigten zur Zufriedenheit zu befragen. Die nächste Betriebsversammlung findet am 10. April statt.

Ende der Sitzung: 16:10 Uhr

gez. [[P:Thomas Reuß]], Vorsitzender          gez. [[P:Anja Seufert]], Schriftführerin
""")

d("de", "notary_letter", """
Notarin Dr. [[P:Friederike Lanz]]
Kaiser-Joseph-Straße 214 · 79098 [[L:Freiburg im Breisgau]]

Herrn [[P:Matthias Oberle]]
Frau [[P:Katrin Oberle]]
Wiesentalstraße 8
79650 [[L:Schopfheim]]

UR-Nr. 1187/2025 L
[[L:Freiburg]], den 7. Oktober 2025

Kaufvertrag vom 4. August 2025 über die Eigentumswohnung Nr. 12, Lorettostraße 31, [[L:Freiburg]]
Verkäuferin: [[O:Breisgau Wohnbau GmbH & Co. KG]]
Fälligkeitsmitteilung

Sehr geehrte Frau [[P:Oberle]], sehr geehrter Herr [[P:Oberle]],

in der oben genannten Angelegenheit teile ich Ihnen mit, dass die im Kaufvertrag vereinbarten Fälligkeitsvoraussetzungen nunmehr vorliegen:

1. Die Auflassungsvormerkung zu Ihren Gunsten wurde am 22. September 2025 vom [[O:Amtsgericht Emmendingen]] – Grundbuchamt – im Wohnungsgrundbuch eingetragen.
2. Die Erklärung der [[O:Stadt Freiburg im Breisgau]], dass ein gesetzliches Vorkaufsrecht nicht ausgeübt wird, liegt vor.
3. Die Löschungsbewilligung der [[O:Sparkasse Freiburg-Nördlicher Breisgau]] für die eingetragene Globalgrundschuld liegt mir mit der Auflage vor, dass ein Betrag von 312.400,00 EUR an sie überwiesen wird.
4. Die Zustimmung der Verwalterin nach § 12 WEG, der [[O:Hausverwaltung Schill & Moser GmbH]], liegt in beglaubigter Form vor.

Der Kaufpreis von 548.000,00 EUR ist daher innerhalb von zehn Tagen nach Zugang dieses Schreibens wie folgt zu zahlen:
- 312.400,00 EUR an die [[O:Sparkasse Freiburg-Nördlicher Breisgau]], IBAN DE12 6805 0101 0012 3456 78, Verwendungszweck „Ablösung [[P:Oberle]] 1187/25“;
- den Restbetrag von 235.600,00 EUR auf das Konto der Verkäuferin bei der [[O:Commerzbank AG]], IBAN DE44 6804 0007 0999 8877 00.

Ihre finanzierende Bank, die [[O:Volksbank Dreiländereck eG]] in [[L:Lörrach]], erhält eine Abschrift dieses Schreibens. Frau [[P:Jana Wehrle]] von der Bank hat mir bestätigt, dass die Grundschuld zu ihren Gunsten bereits eingetragen ist.

Die Unbedenklichkeitsbescheinigung des [[O:Finanzamts Freiburg-Stadt]] zur Grunderwerbsteuer steht noch aus; sie ist für die Eigentumsumschreibung, nicht aber für die Fälligkeit erforderlich. Bitte bestätigen Sie mir und Herrn [[P:Ralf Dietsche]] von der Verkäuferin die Zahlung. Für Rückfragen steht Ihnen meine Mitarbeiterin, Frau [[P:Svenja Kiefer]], gern zur Verfügung.

Mit freundlichen Grüßen

Dr. [[P:Friederike Lanz]]
Notarin
""")

d("de", "site_report", """
[[O:Ingenieurbüro Wendt + Partner]]
Bauüberwachung · Hauptstraße 41 · 85386 [[L:Eching]]

Baustellenbericht Nr. 23 vom 11.09.2025

Bauvorhaben: Neubau einer Kindertagesstätte, Am Mühlbach 4, [[L:Eching]]
Bauherr: [[O:Gemeinde Eching]], vertreten durch Herrn [[P:Florian Gassner]], Bauamt
Objektüberwachung: Dipl.-Ing. [[P:Nadine Wendt]]
Wetter: bewölkt, 14 bis 19 °C, vormittags leichter Regen

Anwesende Firmen
Gewerk | Firma | Personal
Rohbau | [[O:Huber & Söhne Bau GmbH]], [[L:Freising]] | 8
Zimmerer | [[O:Holzbau Lechner]], [[L:Moosburg an der Isar]] | 4
Elektroinstallation | [[O:Elektro Danner GmbH]], [[L:Neufahrn]] | 2
Heizung/Sanitär | [[O:Haustechnik Obermaier KG]], [[L:Allershausen]] | 3

Ausgeführte Arbeiten
- Rohbau: Bewehrung und Betonage der Decke über EG im Abschnitt B; Abnahme der Bewehrung durch den Prüfingenieur Dr. [[P:Stefan Rauscher]] ([[O:Prüfbüro Rauscher]], [[L:Landshut]]) ohne Beanstandung.
- Zimmerer: Aufmaß für die Dachkonstruktion; Herr [[P:Lechner]] meldet, dass die Brettsperrholzelemente des Lieferanten [[O:Binderholz]] erst in KW 40 statt KW 38 geliefert werden.
- Elektroinstallation: Leerrohre in der Decke Abschnitt B verlegt.

Feststellungen
1. An der Nordseite ist die Baugrubenböschung nach dem Regen teilweise abgerutscht. [[O:Huber & Söhne]] sichert die Böschung bis 12.09. mit Folie.
2. Die Baustraße ist verschmutzt; die Bauleitung der Firma [[O:Huber & Söhne]] wurde aufgefordert, die Kreisstraße täglich zu reinigen. Die Polizeiinspektion hat bereits nachgefragt.
3. Die Anschlussgenehmigung der [[O:Bayernwerk Netz GmbH]] für den Baustrom liegt vor.

Termine
- Lieferverzug Dachelemente: Auswirkungen auf den Gesamtterminplan werden von Frau [[P:Wendt]] bis 18.09. bewertet und mit Herrn [[P:Gassner]] abgestimmt.
- Nächste Baubesprechung: Donnerstag, 18.09.2025, 10:00 Uhr, im Rathaus [[L:Eching]]. Teilnahme von [[O:Haustechnik Obermaier]] erforderlich.

Verteiler: [[O:Gemeinde Eching]] (Herr [[P:Gassner]], Frau [[P:Monika Reiter]]), alle ausführenden Firmen, [[O:Architekturbüro Feldmeier]], [[L:Freising]]

[[L:Eching]], 11.09.2025
gez. [[P:Nadine Wendt]]
""")

d("de", "subcontractor_dispute", """
[[O:Krämer Hochbau GmbH & Co. KG]]
Industriestraße 17 · 67059 [[L:Ludwigshafen am Rhein]]

Einschreiben mit Rückschein
[[O:Yilmaz Fliesentechnik GmbH]]
Herrn [[P:Serkan Yilmaz]]
Käfertaler Straße 160
68167 [[L:Mannheim]]

[[L:Ludwigshafen]], 15. September 2025

Bauvorhaben: Wohnanlage Rheinufer Süd, Baufeld 3, [[L:Ludwigshafen]]
Nachunternehmervertrag vom 14.02.2025 – Fliesenarbeiten
Ihre Schlussrechnung Nr. 2025-118 vom 02.09.2025 / Mängelrüge

Sehr geehrter Herr [[P:Yilmaz]],

bei der gemeinsamen Begehung am 28. August 2025 mit Frau [[P:Petra Stumpf]] von unserer Auftraggeberin, der [[O:Wohnbau Vorderpfalz AG]], und dem öffentlich bestellten Sachverständigen [[P:Jörg Ebersbach]] ([[O:Handwerkskammer der Pfalz]]) wurden an Ihren Leistungen folgende Mängel festgestellt:

1. Hohlstellen unter den Bodenfliesen in den Wohnungen 3.04, 3.07 und 3.11;
2. unzureichendes Gefälle in elf bodengleichen Duschen, sodass Wasser stehen bleibt;
3. fehlende Verbundabdichtung hinter den Badewannen in Haus C.

Gemäß § 13 Abs. 5 VOB/B fordern wir Sie auf, diese Mängel bis spätestens 6. Oktober 2025 zu beseitigen. Nach fruchtlosem Ablauf der Frist werden wir die Firma [[O:Fliesen-Studio Braun]] aus [[L:Speyer]] mit der Beseitigung auf Ihre Kosten beauftragen.

Ihre Schlussrechnung über 186.420,55 EUR brutto ist nicht prüffähig, weil die Aufmaße für Haus C fehlen. Den Nachtrag 4 (Zusatzabdichtung) weisen wir zurück: Er wurde weder von unserem Bauleiter, Herrn [[P:Oliver Brecht]], noch von der Geschäftsleitung beauftragt. Bis zur Beseitigung der Mängel behalten wir den doppelten Betrag der voraussichtlichen Kosten ein. Die Gewährleistungsbürgschaft der [[O:R+V Allgemeine Versicherung AG]] bleibt davon unberührt.

Die Verzögerung hat bereits dazu geführt, dass die [[O:Wohnbau Vorderpfalz]] die Übergabe der Wohnungen an die Mieter um vier Wochen verschoben hat. Eine etwaige Vertragsstrafe werden wir an Sie weitergeben.

Wir haben unsere Anwaltskanzlei, [[O:Weidenbach Sauer Rechtsanwälte]] in [[L:Neustadt an der Weinstraße]], in Kopie gesetzt. Gerichtsstand ist nach § 18 des Vertrags das [[O:Landgericht Frankenthal (Pfalz)]].

Mit freundlichen Grüßen

[[O:Krämer Hochbau GmbH & Co. KG]]

ppa. [[P:Hans-Georg Krämer]]          i. V. [[P:Oliver Brecht]]
""")

d("de", "grant_application", """
Projektskizze zur Förderung durch die [[O:Deutsche Bundesstiftung Umwelt]] ([[O:DBU]])
Förderthema: Kreislaufführung und Ressourceneffizienz

Eingereicht am 30. Juni 2025

1. Antragstellerin
[[O:Kompostwerk Emsland eG]], Zum Ringkanal 9, 49716 [[L:Meppen]]
Vorstand: [[P:Heinrich Wübbels]], [[P:Marion Kuper]]
Ansprechpartner: Dr. rer. nat. [[P:Tobias Hanekamp]], Tel. 05931 000-14

2. Projektpartner
- [[O:Hochschule Osnabrück]], Fakultät Agrarwissenschaften und Landschaftsarchitektur, Prof. Dr. [[P:Silke Overbeck]]
- [[O:Fraunhofer-Institut für Umwelt-, Sicherheits- und Energietechnik UMSICHT]], [[L:Oberhausen]], Dr. [[P:Carsten Möllenbeck]]
- [[O:Landwirtschaftskammer Niedersachsen]], Bezirksstelle in [[L:Meppen]] (Praxisversuche)

3. Projekttitel
Torffreie Substrate aus Grüngutkompost und Gärresten für den Gemüseanbau im Gebiet [[L:Weser-Ems]]

4. Ausgangslage
Der Erwerbsgartenbau in [[L:Niedersachsen]] setzt jährlich rund 1,2 Mio. m³ Torf ein. Die [[O:Bundesregierung]] strebt einen weitgehenden Ausstieg bis 2030 an. Die [[O:Kompostwerk Emsland eG]] verarbeitet jährlich 46.000 t Grüngut aus dem [[L:Emsland]] und der [[L:Grafschaft Bentheim]]. Bisher wird der Kompost überwiegend als Bodenverbesserer an Landwirte abgegeben.

5. Ziele und Vorgehen
Gemeinsam mit der [[O:Hochschule Osnabrück]] sollen drei Substratmischungen entwickelt und in zwei Gärtnereien erprobt werden: bei der [[O:Gärtnerei Brinkmann GbR]] in [[L:Papenburg]] und bei [[O:Gemüsebau Terhorst]] in [[L:Lingen]]. Das Institut in [[L:Oberhausen]] untersucht die Hygienisierung der Gärreste aus der Biogasanlage der [[O:Agrarenergie Haselünne GmbH]].

6. Kosten und Finanzierung
Gesamtkosten: 684.000 EUR
beantragte Förderung durch die [[O:DBU]]: 410.000 EUR (60 %)
Eigenanteil der Genossenschaft: 174.000 EUR
Drittmittel der [[O:Landwirtschaftskammer Niedersachsen]]: 100.000 EUR

7. Zeitplan
Laufzeit 36 Monate ab 1. Januar 2026; Zwischenbericht nach 18 Monaten.

[[L:Meppen]], 30. Juni 2025
[[P:Heinrich Wübbels]], Vorstandsvorsitzender
""")

d("de", "tax_office_letter", """
[[O:Finanzamt Augsburg-Stadt]]
Peutingerstraße 25 · 86152 [[L:Augsburg]]

Steuernummer: 103/118/40772
Bearbeiter: Herr [[P:Wolfgang Strasser]], Betriebsprüfungsstelle
Datum: 4. November 2025

[[O:Lechtal Feinkost GmbH]]
z. Hd. der Geschäftsführerin Frau [[P:Isabel Kronawitter]]
Gutenbergstraße 12
86356 [[L:Neusäß]]

nachrichtlich: [[O:Moser & Partner Steuerberatungsgesellschaft mbB]], Hermanstraße 5, 86150 [[L:Augsburg]]

Prüfungsanordnung

Sehr geehrte Frau [[P:Kronawitter]],

aufgrund des § 193 Abs. 1 der Abgabenordnung ordne ich bei der [[O:Lechtal Feinkost GmbH]] eine Außenprüfung an.

Gegenstand und Zeitraum der Prüfung:
- Körperschaftsteuer 2021 bis 2023
- Gewerbesteuer 2021 bis 2023
- Umsatzsteuer 2021 bis 2023

Die Prüfung wird von Herrn [[P:Strasser]] durchgeführt; Beginn ist am Montag, 1. Dezember 2025, 9:00 Uhr, in Ihren Geschäftsräumen in [[L:Neusäß]]. Wenn Sie einen späteren Termin wünschen, teilen Sie dies bitte bis 18. November mit.

Besondere Prüfungsschwerpunkte:
1. Verrechnungspreise für die Lieferungen an die Schwestergesellschaft [[O:Lechtal Gourmet S.r.l.]] in [[L:Bozen]];
2. Gesellschafterdarlehen von Herrn [[P:Anton Kronawitter]] und die dafür gezahlten Zinsen;
3. die Aufwendungen für den Messestand auf der Internationalen Grünen Woche und die Bewirtung von Kunden, darunter Einkäufer der [[O:Edeka Südbayern]] und der [[O:Rewe Group]];
4. die Investitionszulage für die neue Kühlhalle, die von der [[O:Bayerischen Landesbank]] mitfinanziert wurde.

Bitte stellen Sie die Buchhaltungsdaten im Format nach den GoBD auf einem Datenträger bereit. Ihre steuerliche Beraterin, Frau [[P:Carina Moser]], hat bereits telefonisch zugesagt, dass die Daten aus dem Buchhaltungsprogramm exportiert werden können.

Rechtsbehelfsbelehrung: Gegen diese Prüfungsanordnung ist der Einspruch gegeben. Er ist beim [[O:Finanzamt Augsburg-Stadt]] schriftlich oder elektronisch einzulegen.

Mit freundlichen Grüßen
Im Auftrag
[[P:Wolfgang Strasser]]
Steueramtsrat
""")

d("de", "customs_email", """
Von: [[P:Kerstin Wachholz]]
Gesendet: Mittwoch, 21. Mai 2025 11:37
An: [[P:Florian Bertelsmeier]]
Cc: Zoll-Team
Betreff: AW: Einfuhr Container TGHU 771204-9 – Zollanmeldung und Antidumpingzoll

Hallo Herr [[P:Bertelsmeier]],

die Einfuhranmeldung für Ihre Sendung aus [[L:Ningbo]] wurde heute um 10:12 Uhr über ATLAS beim [[O:Zollamt Hamburg-Waltershof]] abgegeben und ist freigegeben. Die wichtigsten Daten:

Anmelder/Vertreter: [[O:Nordkai Zollagentur GmbH]], [[L:Hamburg]] (indirekte Vertretung)
Empfänger: [[O:Velomax Fahrradteile GmbH]], [[L:Bielefeld]]
Versender: [[O:Zhejiang Feilun Cycle Parts Co., Ltd.]], [[L:Ningbo]], [[L:China]]
Schiff: MSC Leonora, Ankunft [[L:Hamburg]] am 19.05.2025
Waren: 1.840 Fahrradnaben und 2.300 Kettenblätter, Zolltarifnummern 8714 93 und 8714 96
Zollwert: 62.418,00 EUR (CIF [[L:Hamburg]])
Zoll: 4,7 % = 2.933,65 EUR
Einfuhrumsatzsteuer: 12.416,45 EUR

Wie befürchtet, hat der Zoll auf die Kettenblätter den Antidumpingzoll auf Fahrradkomponenten aus [[L:China]] erhoben, weil der Hersteller nicht auf der Liste der befreiten Montagebetriebe steht. Das macht zusätzlich 18.902,10 EUR aus. Sollten Sie eine Endverwendungsbewilligung beantragen wollen, ist das [[O:Hauptzollamt Bielefeld]] zuständig; gern unterstützen wir Sie dabei.

Die Ware wird morgen von der Spedition [[O:Lührmann Logistik GmbH & Co. KG]] an Ihr Lager in [[L:Bielefeld]] geliefert.

Mit freundlichen Grüßen
[[P:Kerstin Wachholz]]
Zollsachbearbeiterin
[[O:Nordkai Zollagentur GmbH]] · Am Ballinkai 1 · 21129 [[L:Hamburg]]

-----Ursprüngliche Nachricht-----
Von: [[P:Florian Bertelsmeier]]
Gesendet: Montag, 19. Mai 2025 16:02
An: [[P:Kerstin Wachholz]]
Betreff: Einfuhr Container TGHU 771204-9

Sehr geehrte Frau [[P:Wachholz]],

der Container mit Naben und Kettenblättern von [[O:Feilun]] ist heute in [[L:Hamburg]] angekommen. Bitte melden Sie die Ware zur Überlassung zum zollrechtlich freien Verkehr an. Handelsrechnung, Packliste und Ursprungszeugnis hängen an. Unser Einkaufsleiter, Herr [[P:Dominik Klaas]], fragt, ob für die Kettenblätter der Antidumpingzoll anfällt.

Viele Grüße
[[P:Florian Bertelsmeier]]
[[O:Velomax Fahrradteile GmbH]]
""")

d("de", "food_inspection_report", """
[[O:Landratsamt Ravensburg]]
Veterinär- und Lebensmittelüberwachungsamt
Gartenstraße 107 · 88212 [[L:Ravensburg]]

Kontrollbericht Lebensmittelüberwachung

Betrieb: [[O:Gasthaus Zum Hirschen]], Hauptstraße 22, 88239 [[L:Wangen im Allgäu]]
Betreiber: [[P:Benedikt Rauch]] (Inhaber), Küchenchef: [[P:Goran Petrović]]
Betriebsart: Gaststätte mit Küche, ca. 80 Sitzplätze, Außer-Haus-Verkauf
Kontrolle am: 16. Juli 2025, 10:15 bis 12:40 Uhr, unangemeldet
Kontrolleurinnen: [[P:Sandra Hengge]], [[P:Maria Fimpel]] (Lebensmittelkontrolleurinnen)

1. Anlass
Routinekontrolle sowie Verbraucherbeschwerde vom 9. Juli 2025 (Magen-Darm-Beschwerden nach dem Verzehr von Kartoffelsalat).

2. Feststellungen
2.1 Kühlung: Im Kühlraum wurden 11 °C gemessen (Soll: höchstens 7 °C). Herr [[P:Rauch]] gab an, das Kühlaggregat sei seit dem Wochenende defekt; ein Techniker der Firma [[O:Kältetechnik Bodensee GmbH]] sei bestellt.
2.2 Hygiene: Die Dunstabzugshaube war stark verfettet; an den Wandfliesen hinter der Spülmaschine wurde Schimmelbefall festgestellt.
2.3 Dokumentation: Die Temperaturlisten waren für Juni und Juli nicht geführt. Schulungsnachweise nach dem Infektionsschutzgesetz lagen für zwei Aushilfen nicht vor.
2.4 Rückverfolgbarkeit: Eier wurden vom Hof [[O:Geflügelhof Waibel]] in [[L:Amtzell]] bezogen; die Lieferscheine lagen vor.

3. Probenahme
Es wurden drei Proben (Kartoffelsalat, Mayonnaise, Hackfleisch) entnommen und dem [[O:Chemischen und Veterinäruntersuchungsamt Sigmaringen]] ([[O:CVUA Sigmaringen]]) zur Untersuchung übersandt.

4. Anordnungen
- Die Kühlung ist bis spätestens 18. Juli instand zu setzen; bis dahin dürfen keine leicht verderblichen Speisen vorrätig gehalten werden.
- Reinigung der Küche bis 20. Juli; Nachkontrolle in der Woche ab 21. Juli.
- Für die Kontrolle wird eine Gebühr nach der Gebührenverordnung des [[O:Landkreises Ravensburg]] erhoben.

Über das Ergebnis der Proben wird Herr [[P:Rauch]] durch das [[O:CVUA Sigmaringen]] bzw. durch uns unterrichtet. Die [[O:Stadt Wangen im Allgäu]] erhält als Gaststättenbehörde eine Mehrfertigung dieses Berichts.

[[L:Ravensburg]], 17. Juli 2025
gez. [[P:Sandra Hengge]]
""")

d("de", "energy_contract", """
Stromliefervertrag für Gewerbekunden
Vertragsnummer: GK-2026-0418

zwischen

[[O:Energieversorgung Hohenlohe-Franken GmbH]] („[[O:EHF]]“), Schlossstraße 4, 74613 [[L:Öhringen]], vertreten durch die Geschäftsführer Dr. [[P:Klaus-Dieter Rapp]] und [[P:Simone Weippert]],
– nachfolgend „Lieferant“ –

und

[[O:Bäckerei Wackler GmbH]], Gottlieb-Daimler-Straße 6, 74653 [[L:Künzelsau]], vertreten durch den Geschäftsführer [[P:Andreas Wackler]],
– nachfolgend „Kunde“ –

§ 1 Vertragsgegenstand
[[O:EHF]] beliefert den Kunden mit elektrischer Energie für die folgenden Abnahmestellen:
1. Backstube und Verwaltung, [[L:Künzelsau]], Zählpunkt DE0001…4471, prognostizierter Jahresverbrauch 410.000 kWh
2. Filiale Marktplatz, [[L:Öhringen]], 38.000 kWh
3. Filiale Bahnhofstraße, [[L:Schwäbisch Hall]], 31.500 kWh
4. Filiale im Einkaufszentrum, [[L:Neuenstein]], 27.000 kWh

§ 2 Lieferzeitraum
Vom 1. Januar 2026 bis 31. Dezember 2027.

§ 3 Preise
Arbeitspreis: 19,84 ct/kWh netto (Festpreis für die gesamte Laufzeit)
Grundpreis: 14,50 EUR pro Monat und Abnahmestelle
Netzentgelte, Messstellenbetrieb, Konzessionsabgabe, Umlagen und Stromsteuer werden in der jeweils geltenden Höhe weiterberechnet. Netzbetreiber ist die [[O:Netze BW GmbH]].

§ 4 Herkunft
Der gelieferte Strom stammt zu 100 % aus erneuerbaren Energien; die Herkunftsnachweise werden im Register des [[O:Umweltbundesamtes]] entwertet. Ein Teil stammt aus dem Solarpark der [[O:Bürgerenergie Kochertal eG]] in [[L:Ingelfingen]].

§ 5 Abrechnung und Zahlung
Monatliche Abschläge; Jahresabrechnung bis 31. März des Folgejahres. Zahlung per SEPA-Lastschrift vom Konto des Kunden bei der [[O:Volksbank Hohenlohe eG]].

§ 6 Ansprechpartner
Für den Lieferanten: Frau [[P:Lea Frank]], Key-Account-Management Gewerbe. Für den Kunden: Herr [[P:Wackler]] oder die kaufmännische Leiterin, Frau [[P:Tanja Ebert]].

§ 7 Gerichtsstand
[[L:Heilbronn]].

[[L:Öhringen]], den 3. November 2025

für [[O:EHF]]: [[P:Klaus-Dieter Rapp]], [[P:Simone Weippert]]          für den Kunden: [[P:Andreas Wackler]]
""")

d("de", "university_agreement", """
Kooperationsvereinbarung

zwischen der

[[O:Hochschule für Technik und Wirtschaft Dresden]] ([[O:HTW Dresden]]), Friedrich-List-Platz 1, 01069 [[L:Dresden]], vertreten durch die Rektorin, Prof. Dr. [[P:Katrin Salchert]],

und der

[[O:Politechnika Wrocławska]] ([[O:Technische Universität Breslau]]), Wybrzeże Wyspiańskiego 27, 50-370 [[L:Wrocław]], [[L:Polen]], vertreten durch den Rektor, Prof. Dr. [[P:Arkadiusz Wójs]],

über einen gemeinsamen Masterstudiengang „Erneuerbare Energiesysteme“

Präambel
Beide Hochschulen arbeiten seit 2018 in der Lehre und in Forschungsprojekten zusammen, zuletzt in einem Projekt zu grenzüberschreitenden Wärmenetzen in der [[L:Lausitz]]. Mit dieser Vereinbarung wollen sie einen Doppelabschluss einrichten.

§ 1 Studienorganisation
(1) Die Studierenden verbringen das erste und zweite Semester an der [[O:HTW Dresden]] und das dritte Semester in [[L:Wrocław]]. Die Masterarbeit kann an jeder der beiden Hochschulen angefertigt werden.
(2) Jede Partnerin nimmt pro Jahrgang höchstens 15 Studierende der Partnerhochschule auf.
(3) Die Unterrichtssprache ist Englisch.

§ 2 Abschlüsse
Erfolgreiche Absolventinnen und Absolventen erhalten den Grad Master of Engineering der [[O:HTW Dresden]] und den Grad magister inżynier der [[O:Politechnika Wrocławska]].

§ 3 Finanzierung
Studiengebühren werden nicht erhoben. Die Partner beantragen Mobilitätsstipendien beim [[O:Deutschen Akademischen Austauschdienst]] ([[O:DAAD]]) und bei der [[O:Narodowa Agencja Wymiany Akademickiej]] ([[O:NAWA]]). Die Praktika im dritten Semester werden u. a. von der [[O:SachsenEnergie AG]] und der [[O:Tauron Polska Energia S.A.]] angeboten.

§ 4 Koordination
Koordinatoren sind Prof. Dr.-Ing. [[P:Jens Hüttner]] für die [[O:HTW Dresden]] und Dr. inż. [[P:Magdalena Nowicka]] für die [[O:Politechnika Wrocławska]]. Sie treffen sich mindestens zweimal im Jahr, abwechselnd in [[L:Dresden]] und [[L:Wrocław]].

§ 5 Laufzeit
Diese Vereinbarung tritt mit der Unterzeichnung in Kraft und gilt für fünf Jahre. Sie wird vom [[O:Sächsischen Staatsministerium für Wissenschaft, Kultur und Tourismus]] zur Kenntnis genommen.

[[L:Dresden]], den 14. Mai 2025          [[L:Wrocław]], den 21. Mai 2025
Prof. Dr. [[P:Katrin Salchert]]          Prof. Dr. [[P:Arkadiusz Wójs]]
""")

d("de", "discharge_letter", """
[[O:Kliniken Hochrhein-Wiesental gGmbH]]
Klinik für Unfallchirurgie und Orthopädie · Chefarzt Prof. Dr. med. [[P:Bernhard Vöhringer]]
Spitalstraße 25 · 79539 [[L:Lörrach]]

Herrn Dr. med. [[P:Jochen Wiesler]]
Facharzt für Allgemeinmedizin
Hauptstraße 61
79585 [[L:Steinen]]

[[L:Lörrach]], 28. Oktober 2025

Entlassungsbrief

Sehr geehrter Herr Kollege [[P:Wiesler]],

wir berichten über Ihre Patientin, Frau [[P:Hildegard Baumann]], geb. 03.02.1939, wohnhaft in [[L:Steinen]], die sich vom 17. bis 28. Oktober 2025 in unserer stationären Behandlung befand.

Diagnosen
- Pertrochantäre Femurfraktur rechts nach häuslichem Sturz am 17.10.2025
- Arterielle Hypertonie
- Vorhofflimmern unter oraler Antikoagulation
- Osteoporose

Therapie
Am 18.10.2025 erfolgte die Osteosynthese mittels proximalem Femurnagel (Operateur: Oberarzt Dr. [[P:Marco Stehlin]]). Der postoperative Verlauf war komplikationslos. Die Mobilisation mit dem Rollator gelingt über etwa 30 Meter.

Medikation bei Entlassung
Apixaban 2,5 mg 1-0-1, Ramipril 5 mg 1-0-0, Bisoprolol 2,5 mg 1-0-0, Colecalciferol 20.000 I.E. wöchentlich, Metamizol bei Bedarf.

Weiteres Vorgehen
Frau [[P:Baumann]] wird heute direkt in die geriatrische Rehabilitation der [[O:Rehaklinik Sankt Blasien]] verlegt; die Kostenübernahme durch die [[O:AOK Baden-Württemberg]] liegt vor. Nach der Rehabilitation wird die Versorgung zu Hause durch die [[O:Sozialstation Mittleres Wiesental e.V.]] übernommen. Die Tochter der Patientin, Frau [[P:Renate Baumann-Graf]] aus [[L:Basel]], ist informiert und hat eine Vorsorgevollmacht.

Wir empfehlen eine Knochendichtemessung und die Einleitung einer spezifischen Osteoporosetherapie, gegebenenfalls über die osteologische Ambulanz des [[O:Universitätsklinikums Freiburg]]. Die Fäden können am 1. November entfernt werden.

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. [[P:Bernhard Vöhringer]]          Dr. med. [[P:Marco Stehlin]]
Chefarzt                                          Oberarzt
""")

d("de", "insolvency_report", """
[[O:Amtsgericht Chemnitz]] – Insolvenzgericht –
Az.: 15 IN 412/25

Insolvenzverfahren über das Vermögen der [[O:Seiffener Holzkunst Manufaktur GmbH]], Hauptstraße 88, 09548 [[L:Seiffen]]

Bericht des Insolvenzverwalters zum Berichtstermin am 12. November 2025

I. Verfahrensgang
Die Schuldnerin stellte am 4. August 2025 Eigenantrag. Mit Beschluss vom 1. Oktober 2025 eröffnete das [[O:Amtsgericht Chemnitz]] das Verfahren und bestellte den Unterzeichner, Rechtsanwalt Dr. [[P:Henrik Pohlers]] von der Kanzlei [[O:Pohlers Insolvenzverwaltung]], [[L:Chemnitz]], zum Insolvenzverwalter. Geschäftsführerin der Schuldnerin ist Frau [[P:Ines Tröger]].

II. Wirtschaftliche Lage
Die Schuldnerin stellt seit 1948 Nussknacker, Räuchermänner und Schwibbögen her und beschäftigt 58 Mitarbeiter in [[L:Seiffen]] und [[L:Olbernhau]]. Ursachen der Insolvenz sind der Umsatzeinbruch im Exportgeschäft mit den [[L:Vereinigten Staaten]], gestiegene Energiekosten und der Ausfall des Großkunden [[O:Christmas World Trading Inc.]] aus [[L:Chicago]].

III. Fortführung
Der Geschäftsbetrieb wird fortgeführt. Die Löhne für August bis Oktober wurden über das Insolvenzgeld der [[O:Bundesagentur für Arbeit]] gesichert; die Vorfinanzierung übernahm die [[O:Sparkasse Erzgebirge]]. Das Weihnachtsgeschäft verläuft bisher planmäßig.

IV. Investorenprozess
Es liegen drei Angebote vor, darunter von der [[O:Wendt & Kühn KG]] aus [[L:Grünhainichen]] und von einer Investorengruppe um den früheren Vertriebsleiter Herrn [[P:Uwe Melzer]]. Der Verwalter empfiehlt, die Verhandlungen mit [[O:Wendt & Kühn]] fortzusetzen, da dieses Angebot den Erhalt von 51 Arbeitsplätzen vorsieht.

V. Gläubigerausschuss
Dem vorläufigen Gläubigerausschuss gehören an: [[O:Sparkasse Erzgebirge]] (vertreten durch Herrn [[P:Steffen Lorenz]]), [[O:Bundesagentur für Arbeit]] (Frau [[P:Katja Uhlig]]), die Gewerkschaft [[O:ver.di]] (Herr [[P:Mirko Fischer]]) sowie die [[O:Holzhandel Erzgebirge GmbH]] als Lieferantin.

VI. Quote
Nach derzeitigem Stand ist mit einer Quote für die Insolvenzgläubiger von 8 bis 12 % zu rechnen.

[[L:Chemnitz]], 5. November 2025
Dr. [[P:Henrik Pohlers]], Insolvenzverwalter
""")

d("de", "pension_fund_letter", """
[[O:Pensionskasse Rheinischer Versorgungswerke VVaG]]
Postfach 10 12 40 · 47012 [[L:Duisburg]]

Herrn
[[P:Günter Schmitz-Hennes]]
Am Wasserturm 7
47809 [[L:Krefeld]]

Mitgliedsnummer: 0047-881-2
Ihre Ansprechpartnerin: [[P:Yvonne Terhoeven]], Tel. 0203 000-412
[[L:Duisburg]], 19. Januar 2026

Beginn Ihrer Altersrente und Umsetzung des Versorgungsausgleichs

Sehr geehrter Herr [[P:Schmitz-Hennes]],

vielen Dank für Ihren Antrag vom 2. Januar 2026. Sie waren vom 1. April 1991 bis zum 31. Dezember 2025 bei der [[O:Niederrhein Textilveredelung GmbH]] in [[L:Krefeld]] beschäftigt und über Ihre Arbeitgeberin bei uns versichert.

Ihre monatliche Altersrente ab dem 1. Februar 2026 beträgt vor dem Versorgungsausgleich 742,18 EUR.

Mit Beschluss vom 14. März 2019 hat das [[O:Amtsgericht Krefeld]] – Familiengericht – im Scheidungsverfahren zwischen Ihnen und Frau [[P:Beate Hennes]] die interne Teilung Ihres Anrechts bei der [[O:Pensionskasse Rheinischer Versorgungswerke]] angeordnet. Frau [[P:Hennes]] hat dadurch ein eigenes Anrecht bei uns erworben. Ihre Rente vermindert sich deshalb um 168,40 EUR auf 573,78 EUR monatlich.

Die Rente unterliegt der Einkommensteuer sowie den Beiträgen zur Kranken- und Pflegeversicherung. Wir melden die Zahlung an Ihre Krankenkasse, die [[O:Barmer]], und führen die Beiträge direkt ab. Die gesetzliche Rente zahlt Ihnen weiterhin die [[O:Deutsche Rentenversicherung Rheinland]]; diese ist von unserer Leistung unabhängig.

Die erste Zahlung erfolgt am 31. Januar 2026 auf Ihr Konto bei der [[O:Sparkasse Krefeld]]. Änderungen Ihrer Bankverbindung oder Ihrer Anschrift teilen Sie uns bitte rechtzeitig mit.

Gegen diese Mitteilung können Sie innerhalb eines Monats schriftlich Beschwerde bei uns einlegen. Daneben steht Ihnen der Weg zur [[O:Bundesanstalt für Finanzdienstleistungsaufsicht]] ([[O:BaFin]]) in [[L:Bonn]] offen, die die Aufsicht über unsere Kasse führt.

Mit freundlichen Grüßen

[[O:Pensionskasse Rheinischer Versorgungswerke VVaG]]
Leistungsabteilung

[[P:Yvonne Terhoeven]]          [[P:Frank Dellmann]]
""")

d("de", "job_reference", """
[[O:Riedenburger Weißbräu GmbH]]
Brauereigasse 3 · 93339 [[L:Riedenburg]]

Arbeitszeugnis

Frau [[P:Verena Hausladen]], geboren am 11. Mai 1986 in [[L:Kelheim]], war vom 1. März 2017 bis zum 30. September 2025 in unserem Unternehmen als Leiterin Vertrieb Handel tätig.

Die [[O:Riedenburger Weißbräu GmbH]] ist eine familiengeführte Brauerei mit 140 Mitarbeiterinnen und Mitarbeitern und einem Ausstoß von rund 180.000 Hektolitern. Unsere Biere werden in ganz [[L:Bayern]] sowie nach [[L:Italien]] und [[L:Österreich]] vertrieben.

Frau [[P:Hausladen]] berichtete direkt an die Geschäftsführung und führte ein Team von sieben Gebietsverkaufsleitern. Zu ihren Aufgaben gehörten insbesondere:
- die Betreuung der Schlüsselkunden im Lebensmittelhandel, darunter [[O:Edeka Südbayern]], [[O:Rewe]] und die [[O:Kaufland Stiftung & Co. KG]];
- die Jahresgespräche und Konditionenverhandlungen mit dem Getränkefachgroßhandel, insbesondere mit der [[O:Getränke Hoffmann GmbH]];
- der Aufbau des Exportgeschäfts mit unserem Importeur [[O:Birrificio Alpino Distribuzione S.r.l.]] in [[L:Trient]];
- die Vertretung des Unternehmens im Marketingausschuss des [[O:Bayerischen Brauerbundes e.V.]].

Frau [[P:Hausladen]] verfügt über umfassende und fundierte Fachkenntnisse, die sie stets zielgerichtet einsetzte. Unter ihrer Leitung stieg der Absatz im Handel um 34 %; die Listung unserer alkoholfreien Sorte bei [[O:Edeka Südbayern]] geht maßgeblich auf ihre Initiative zurück. Sie erledigte ihre Aufgaben stets zu unserer vollsten Zufriedenheit.

Ihr Verhalten gegenüber Vorgesetzten, Kollegen und Kunden war stets vorbildlich. Von unserem Braumeister, Herrn [[P:Korbinian Stangl]], bis zu den Auszubildenden war sie im ganzen Haus geschätzt.

Frau [[P:Hausladen]] verlässt uns auf eigenen Wunsch, um eine neue Herausforderung bei einer Brauerei in [[L:München]] anzunehmen. Wir bedauern ihr Ausscheiden sehr, danken ihr für die stets sehr gute Zusammenarbeit und wünschen ihr beruflich wie privat weiterhin viel Erfolg.

[[L:Riedenburg]], 30. September 2025

[[P:Maximilian Prückl]]
Geschäftsführer
""")

d("de", "association_newsletter", """
[[O:Fachverband Sanitär-Heizung-Klima Hessen]]
Rundschreiben 9/2025 an die Mitgliedsbetriebe
[[L:Frankfurt am Main]], 22. September 2025

Liebe Kolleginnen und Kollegen,

auch in diesem Herbst gibt es einiges zu berichten. Hier die wichtigsten Themen im Überblick:

1. Heizungsförderung
Nach Auskunft des [[O:Bundesamtes für Wirtschaft und Ausfuhrkontrolle]] ([[O:BAFA]]) und der [[O:KfW]] bleibt die Förderung für Wärmepumpen bis Ende 2026 unverändert. Unser Geschäftsführer, Herr Dr. [[P:Achim Bender]], hat am 10. September in [[L:Berlin]] gemeinsam mit dem [[O:Zentralverband Sanitär Heizung Klima]] ([[O:ZVSHK]]) Gespräche im [[O:Bundestag]] geführt. Bitte weisen Sie Ihre Kunden darauf hin, dass Anträge vor Auftragsvergabe gestellt werden müssen.

2. Tarifrunde
Die Tarifverhandlungen mit der [[O:IG Metall]] Bezirk Mitte beginnen am 14. Oktober in [[L:Wiesbaden]]. Die Tarifkommission unter Leitung von Obermeister [[P:Reinhold Gerlach]] ([[O:Gerlach Haustechnik GmbH]], [[L:Fulda]]) hat die Forderung von 7,5 % als überzogen zurückgewiesen.

3. Ausbildung
Die Zahl der neuen Auszubildenden ist in [[L:Hessen]] um 6 % gestiegen. Der Landeswettbewerb der Anlagenmechaniker findet am 8. November an der [[O:Berufsschule Hanau]] statt. Sieger des letzten Jahres war [[P:Jonas Weigand]], Auszubildender bei der [[O:Heizungsbau Ruppel & Sohn KG]] in [[L:Gelnhausen]].

4. Neue Mitglieder
Wir begrüßen die [[O:Bad & Wärme Schneider GmbH]] aus [[L:Darmstadt]] und die [[O:Kälte-Klima-Service Yıldız]] aus [[L:Offenbach]].

5. Versicherung
Unser Rahmenvertrag mit der [[O:SIGNAL IDUNA]] für die Betriebshaftpflicht wurde um drei Jahre verlängert. Ansprechpartnerin im Verband ist Frau [[P:Nicole Appel]].

Termine
- 14.10.: Erfa-Kreis Kundendienst, [[L:Kassel]]
- 8.11.: Landeswettbewerb, [[L:Hanau]]
- 28.11.: Mitgliederversammlung, [[L:Gießen]]

Mit kollegialen Grüßen

[[P:Achim Bender]]          [[P:Reinhold Gerlach]]
Geschäftsführer             Landesinnungsmeister
""")

d("de", "tender_award", """
[[O:Landkreis Vorpommern-Greifswald]]
Zentrale Vergabestelle
Feldstraße 85 a · 17489 [[L:Greifswald]]

Vergabevermerk – Zuschlagserteilung
Öffentliche Ausschreibung VOB/A: Unterhaltung der Kreisstraßen 2026–2028, Lose 1 bis 5
Aktenzeichen: ZV-2025-0917

1. Verfahren
Die Bekanntmachung erfolgte am 4. August 2025 auf dem Vergabeportal des Landes [[L:Mecklenburg-Vorpommern]]. Bis zum Ablauf der Angebotsfrist am 16. September 2025 gingen 19 Angebote ein. Die Prüfung und Wertung erfolgte durch Herrn [[P:Sven Pagel]] (Straßenbauamt) und Frau [[P:Doreen Kaminski]] (Vergabestelle).

2. Ergebnis der Wertung (Zuschlag auf das wirtschaftlichste Angebot, Kriterium Preis)

Los 1 – Winterdienst Bereich [[L:Anklam]]
Zuschlag: [[O:Agrar GmbH Ducherow]], [[L:Ducherow]] – 412.880,00 EUR brutto

Los 2 – Winterdienst Bereich [[L:Pasewalk]]/[[L:Ueckermünde]]
Zuschlag: [[O:Bau- und Transportgesellschaft Uecker-Randow mbH]], [[L:Pasewalk]] – 386.145,20 EUR

Los 3 – Grünpflege und Mäharbeiten
Zuschlag: [[O:Landschaftspflege Kühl & Brandt OHG]], [[L:Wolgast]] – 198.560,00 EUR

Los 4 – Markierungsarbeiten
Zuschlag: [[O:Signum Verkehrstechnik GmbH]], [[L:Rostock]] – 241.003,75 EUR

Los 5 – Kleinere Deckenreparaturen
Zuschlag: [[O:STRABAG AG]], Direktion Nord – 1.204.390,00 EUR
Das zweitplatzierte Angebot der [[O:Tiefbau Usedom GmbH]] aus [[L:Heringsdorf]] lag 2,1 % höher.

3. Information der nicht berücksichtigten Bieter
Die Bieter, deren Angebote nicht berücksichtigt werden, wurden am 1. Oktober 2025 informiert. Die Firma [[O:Tiefbau Usedom GmbH]] hat mit Schreiben ihres Geschäftsführers, Herrn [[P:Ole Dittberner]], die Wertung von Los 5 gerügt. Die Rüge wurde am 7. Oktober zurückgewiesen; ein Nachprüfungsantrag bei der [[O:Vergabekammer Mecklenburg-Vorpommern]] ist bisher nicht eingegangen.

4. Zuschlag
Der Kreisausschuss hat der Vergabe in seiner Sitzung vom 9. Oktober 2025 zugestimmt. Die Zuschläge werden am 13. Oktober 2025 erteilt.

[[L:Greifswald]], 10. Oktober 2025
[[P:Doreen Kaminski]], Leiterin der Vergabestelle
gesehen: Dr. [[P:Jörg Hasselmann]], Dezernent
""")


# ---------------------------------------------------------------- French
d("fr", "municipal_minutes", """
[[O:Ville de Montbrison]]
Extrait du registre des délibérations du conseil municipal
Séance du jeudi 25 septembre 2025

L'an deux mille vingt-cinq, le vingt-cinq septembre à dix-neuf heures, le conseil municipal, régulièrement convoqué, s'est réuni à l'hôtel de ville sous la présidence de M. [[P:Christophe Bazile]], maire.

Présents : M. [[P:Christophe Bazile]], Mme [[P:Martine Grivot]], M. [[P:Yannick Fayolle]], Mme [[P:Sophie Chavanon]], M. [[P:Abdelkader Benali]], Mme [[P:Odile Peyron]], M. [[P:Laurent Thizy]] et 20 autres conseillers.
Pouvoirs : Mme [[P:Anne-Laure Dumas]] à M. [[P:Fayolle]].
Secrétaire de séance : Mme [[P:Sophie Chavanon]].

Délibération n° 2025-041 – Marché de restauration scolaire
Sur le rapport de Mme [[P:Grivot]], adjointe à l'éducation, le conseil attribue le marché de fourniture de repas pour les écoles maternelles et élémentaires à la société [[O:Restaurations du Forez SAS]], domiciliée à [[L:Saint-Étienne]], pour un montant annuel estimé à 486 000 € HT. L'offre de [[O:Elior]] a été classée deuxième.
Adoptée à l'unanimité.

Délibération n° 2025-042 – Convention de gestion du service de l'eau
Le conseil approuve la convention par laquelle [[O:Loire Forez agglomération]] confie à la commune l'entretien courant des réseaux jusqu'au 31 décembre 2027.
Adoptée par 25 voix pour et 2 abstentions (M. [[P:Benali]], Mme [[P:Peyron]]).

Délibération n° 2025-043 – Subventions aux associations sportives
Une subvention exceptionnelle de 12 000 € est accordée à l'[[O:Association sportive montbrisonnaise]] pour la rénovation de ses vestiaires, et de 3 500 € au [[O:Cyclo-club du Forez]] pour l'organisation d'une étape régionale.
Adoptée à l'unanimité.

Délibération n° 2025-044 – Cession d'un terrain rue des Pénitents
Vu l'avis de la [[O:Direction départementale des finances publiques de la Loire]] du 2 juillet 2025, le conseil autorise la cession de la parcelle AB 312 à [[O:Loire Habitat]] pour la construction de 18 logements sociaux, au prix de 145 000 €. M. [[P:Thizy]], administrateur de [[O:Loire Habitat]], ne prend pas part au vote.
Adoptée à l'unanimité des votants.

La présente délibération sera transmise à la [[O:Préfecture de la Loire]] et au [[O:Conseil départemental de la Loire]]. Elle peut faire l'objet d'un recours devant le [[O:Tribunal administratif de Lyon]] dans un délai de deux mois.

Fait à [[L:Montbrison]], le 26 septembre 2025
Le maire, [[P:Christophe Bazile]]
""")

d("fr", "notary_letter", """
[[O:SCP Dubreuil, Henrion et Lacaze]]
Notaires associés
12, cours de l'Intendance – 33000 [[L:Bordeaux]]

Monsieur [[P:Julien Arnaudin]] et Madame [[P:Élodie Arnaudin]]
8, rue des Faures
33800 [[L:Bordeaux]]

Dossier suivi par : Me [[P:Camille Dubreuil]], assistée de Mme [[P:Nadège Peyrat]]
Réf. : CD/AR/2025-0891

[[L:Bordeaux]], le 3 novembre 2025

Objet : vente [[O:SCI Les Chartrons]] / [[P:Arnaudin]] – appartement 24, quai de Bacalan – signature de l'acte authentique

Madame, Monsieur,

Je fais suite à la signature de la promesse de vente du 29 août dernier et ai le plaisir de vous confirmer que l'acte authentique de vente pourra être signé en mon étude le jeudi 27 novembre 2025 à 14 h 30.

Les conditions suspensives sont aujourd'hui réalisées :
– le [[O:Crédit Agricole d'Aquitaine]] a émis son offre de prêt le 14 octobre ; le délai de réflexion de onze jours est expiré ;
– [[O:Bordeaux Métropole]] a renoncé à exercer son droit de préemption urbain par décision du 22 septembre ;
– l'état hypothécaire délivré par le [[O:Service de la publicité foncière de Bordeaux]] ne révèle qu'une inscription, qui sera radiée au moyen du prix.

Le vendeur, la [[O:SCI Les Chartrons]], sera représentée par son gérant, M. [[P:Bertrand Laffargue]], et assisté de son propre notaire, Me [[P:Hugues Castaing]], notaire à [[L:Libourne]].

Les diagnostics techniques, établis par la société [[O:Diagnostic Immobilier Girondin]], vous ont été remis avec la promesse. Le syndic de la copropriété, le cabinet [[O:Foncia Bordeaux Chartrons]], nous a adressé l'état daté ; les charges du trimestre en cours seront réparties au prorata.

Je vous remercie de bien vouloir faire virer avant le 24 novembre, sur le compte de l'étude ouvert à la [[O:Caisse des dépôts et consignations]], la somme de 38 420 € correspondant à votre apport personnel et aux frais d'acte. Pour votre sécurité, je vous rappelle que nos coordonnées bancaires ne sont jamais modifiées par courriel ; en cas de doute, appelez Mme [[P:Peyrat]] au 05 56 00 00 00.

Je vous prie d'agréer, Madame, Monsieur, l'expression de mes salutations distinguées.

Me [[P:Camille Dubreuil]]
Notaire associée
""")

d("fr", "site_meeting_minutes", """
COMPTE RENDU DE RÉUNION DE CHANTIER N° 12
Réhabilitation et extension d'un groupe scolaire, rue des Tilleuls – [[L:Villeurbanne]]
Réunion du mardi 14 octobre 2025 à 9 h 00, sur site

Maître d'ouvrage : [[O:Ville de Villeurbanne]], direction de la maîtrise d'ouvrage
Maître d'œuvre : [[O:Atelier Brunet Architectes]], [[L:Lyon]]
Bureau d'études fluides : [[O:Egis Bâtiments Centre-Est]]
Coordonnateur SPS : [[O:Qualiconsult]]

Présents / excusés / absents
M. [[P:Damien Perrier]] – [[O:Ville de Villeurbanne]] – présent
Mme [[P:Hélène Brunet]] – architecte, [[O:Atelier Brunet]] – présente
M. [[P:Karim Mansouri]] – lot 01 gros œuvre, [[O:Bâtiments Rhodaniens SAS]] – présent
M. [[P:Pascal Villard]] – lot 03 charpente, [[O:Charpentes Villard & Fils]] – présent
Mme [[P:Inès Gauthier]] – lot 07 plomberie, [[O:Thermi-Rhône SARL]] – excusée
M. [[P:Rodolphe Lemaire]] – lot 09 électricité, [[O:Cegelec]] – absent
M. [[P:Olivier Saez]] – [[O:Qualiconsult]] – présent

1. Avancement
Lot 01 : les voiles du niveau R+1 de l'extension sont coulés. [[O:Bâtiments Rhodaniens]] annonce la fin du gros œuvre pour le 7 novembre.
Lot 03 : la charpente bois du préau sera livrée le 21 octobre par l'usine de [[O:Charpentes Villard & Fils]] à [[L:Bourg-en-Bresse]].

2. Observations de la maîtrise d'œuvre
– Mme [[P:Brunet]] constate que les réservations pour les gaines de ventilation ne sont pas conformes au plan FLU-204. Reprise à la charge du lot 01.
– Le lot 09 est absent pour la troisième fois consécutive. Une mise en demeure sera adressée à [[O:Cegelec]] par le maître d'ouvrage.

3. Sécurité
M. [[P:Saez]] rappelle que le port du casque est obligatoire dans la cour, où les élèves circulent toujours le mercredi. Le cheminement piéton doit être balisé par [[O:Bâtiments Rhodaniens]] avant le 16 octobre.

4. Planning
Le retard global est estimé à trois semaines. Mme [[P:Brunet]] transmettra un planning recalé avant la prochaine réunion. M. [[P:Perrier]] précise que la [[O:Métropole de Lyon]] doit valider le raccordement au réseau de chaleur avant fin novembre.

Prochaine réunion : mardi 21 octobre 2025 à 9 h 00, sur site.

Diffusion : tous les participants, [[O:Métropole de Lyon]] (pour information)
Rédigé par [[P:Hélène Brunet]], [[O:Atelier Brunet Architectes]]
""")

d("fr", "grant_application", """
DEMANDE DE SUBVENTION
Programme régional « Biodiversité et continuités écologiques »

Destinataire : [[O:Région Occitanie]], direction de la transition écologique, 22 boulevard du Maréchal-Juin, 31406 [[L:Toulouse]]

1. Le porteur de projet
Dénomination : [[O:Syndicat mixte du bassin du Viaur]]
Siège : 4 place de la Mairie, 12800 [[L:Naucelle]] ([[L:Aveyron]])
Président : M. [[P:Gérard Calmels]]
Personne chargée du dossier : Mme [[P:Lucie Bousquet]], chargée de mission milieux aquatiques

2. Le projet
Intitulé : Restauration de la continuité écologique sur le [[L:Lézert]] et ses affluents
Le syndicat regroupe 42 communes des départements de l'[[L:Aveyron]] et du [[L:Tarn]]. Le projet vise à supprimer ou aménager six seuils de moulins qui empêchent la remontée de la truite fario. Les propriétaires concernés, dont le [[O:GAEC de la Vernhe]] et M. [[P:Jean-Marie Bories]], ont donné leur accord écrit.

Les études préalables ont été réalisées en 2024 par le bureau d'études [[O:Aquascop]] avec l'appui technique de l'[[O:Office français de la biodiversité]] ([[O:OFB]]). La [[O:Fédération de l'Aveyron pour la pêche et la protection du milieu aquatique]] assurera le suivi piscicole.

3. Plan de financement prévisionnel (HT)
Dépenses : travaux 312 000 € ; maîtrise d'œuvre 28 000 € ; suivi 14 000 € ; total 354 000 €.
Recettes :
– [[O:Agence de l'eau Adour-Garonne]] : 177 000 € (50 %)
– [[O:Région Occitanie]] (présente demande) : 70 800 € (20 %)
– [[O:Conseil départemental de l'Aveyron]] : 35 400 € (10 %)
– autofinancement du syndicat : 70 800 € (20 %)

4. Calendrier
Travaux de juillet à octobre 2026, en dehors des périodes de reproduction.

5. Engagements
Le porteur certifie l'exactitude des informations et s'engage à mentionner le soutien de la [[O:Région Occitanie]] sur les panneaux de chantier.

Fait à [[L:Naucelle]], le 12 janvier 2026
Le président, [[P:Gérard Calmels]]

Pièces jointes : délibération du comité syndical, RIB ([[O:Caisse d'épargne Midi-Pyrénées]]), avis de l'[[O:OFB]], devis.
""")

d("fr", "university_agreement", """
CONVENTION DE PARTENARIAT

Entre

L'[[O:Université Clermont Auvergne]], établissement public à caractère scientifique, culturel et professionnel, dont le siège est situé 49 boulevard François-Mitterrand, 63000 [[L:Clermont-Ferrand]], représentée par son président, M. [[P:Mathias Bernard]],
ci-après dénommée « [[O:UCA]] »,

Et

L'[[O:Université Laval]], dont le siège est situé à [[L:Québec]] ([[L:Québec]]), [[L:Canada]], représentée par sa rectrice, Mme [[P:Sophie D'Amours]],
ci-après dénommée « [[O:Université Laval]] »,

Il a été convenu ce qui suit :

Article 1 – Objet
La présente convention a pour objet d'organiser la coopération entre les deux établissements dans le domaine des sciences agronomiques et de l'alimentation, notamment par des échanges d'étudiants de master, des cotutelles de thèse et des projets de recherche communs.

Article 2 – Mobilité étudiante
Chaque année, jusqu'à six étudiants de l'[[O:UCA]] pourront effectuer un semestre à [[L:Québec]], et réciproquement. Les étudiants restent inscrits et acquittent leurs droits dans leur établissement d'origine. Les stages d'été pourront être financés par l'[[O:Office franco-québécois pour la jeunesse]] ([[O:OFQJ]]).

Article 3 – Recherche
Les travaux communs porteront en priorité sur la qualité des fromages au lait cru. Côté français, ils associeront l'unité mixte de recherche réunissant l'[[O:UCA]] et l'[[O:Institut national de recherche pour l'agriculture, l'alimentation et l'environnement]] ([[O:INRAE]]), à [[L:Aurillac]]. Côté québécois, le partenaire industriel sera la coopérative [[O:Agropur]].

Article 4 – Coordination
Les coordonnateurs sont le Pr [[P:Étienne Rouvière]] pour l'[[O:UCA]] et la Pre [[P:Marie-Josée Tremblay]] pour l'[[O:Université Laval]]. Un comité de suivi se réunit une fois par an, alternativement en [[L:Auvergne]] et au [[L:Québec]].

Article 5 – Propriété intellectuelle
Les résultats obtenus en commun sont la copropriété des établissements, au prorata de leurs apports. Un accord particulier sera conclu avec [[O:Agropur]] et, le cas échéant, avec la [[O:Société d'aide au développement des collectivités]] régionale.

Article 6 – Durée
La convention est conclue pour cinq ans à compter de sa signature.

Fait en deux exemplaires originaux.
À [[L:Clermont-Ferrand]], le 18 mars 2025          À [[L:Québec]], le 2 avril 2025
[[P:Mathias Bernard]]                                  [[P:Sophie D'Amours]]
""")

d("fr", "discharge_letter", """
[[O:Centre hospitalier universitaire de Nantes]]
Service de pneumologie – Pr [[P:François-Xavier Blanc]], chef de service
[[O:Hôpital Nord Laennec]], boulevard Jacques-Monod, 44093 [[L:Nantes]] Cedex 1

Docteur [[P:Anne Le Goff]]
[[O:Cabinet médical de la Houssais]]
44400 [[L:Rezé]]

[[L:Nantes]], le 17 février 2026

LETTRE DE LIAISON À LA SORTIE

Chère consœur,

Je vous adresse le compte rendu de l'hospitalisation de votre patient, M. [[P:Patrick Guihéneuf]], né le 9 juin 1957, domicilié à [[L:Bouguenais]], hospitalisé du 6 au 17 février 2026.

Motif d'hospitalisation
Exacerbation sévère d'une bronchopneumopathie chronique obstructive, adressé par le [[O:SAMU de Loire-Atlantique]] après un appel de son épouse, Mme [[P:Josiane Guihéneuf]].

Évolution
Amélioration progressive sous corticothérapie, antibiothérapie et ventilation non invasive pendant 48 heures en unité de soins intensifs. Le scanner thoracique ne montre pas d'embolie pulmonaire. M. [[P:Guihéneuf]] est sevré du tabac depuis son admission et a rencontré l'infirmière de tabacologie.

Traitement de sortie
Association bronchodilatatrice inhalée, oxygénothérapie 1,5 l/min au repos, prednisolone 30 mg pendant 3 jours puis arrêt. L'oxygène est fourni par le prestataire [[O:Air Liquide Santé Domicile]].

Suites
– Réhabilitation respiratoire au [[O:Centre de soins de suite Les Briords]] à [[L:Saint-Herblain]], admission prévue le 3 mars ;
– consultation de pneumologie avec le Dr [[P:Maëlle Kerhervé]] dans deux mois, avec épreuves fonctionnelles respiratoires ;
– la demande d'exonération du ticket modérateur a été transmise à la [[O:Caisse primaire d'assurance maladie de Loire-Atlantique]] ([[O:CPAM]]).

Le patient a reçu une copie de ce courrier. Son fils, M. [[P:Romain Guihéneuf]], infirmier à [[L:Vannes]], est informé.

Je reste à votre disposition et vous prie de croire, chère consœur, à l'assurance de mes sentiments confraternels.

Dr [[P:Maëlle Kerhervé]]
Praticienne hospitalière, [[O:CHU de Nantes]]
""")

d("fr", "tax_office_letter", """
[[O:Direction départementale des finances publiques du Rhône]]
Pôle de contrôle et d'expertise n° 2
Affaire suivie par : M. [[P:Benoît Marchetti]], inspecteur des finances publiques

[[O:Soieries Lambert & Cie SARL]]
À l'attention de Mme [[P:Florence Lambert]], gérante
17, rue d'Austerlitz
69004 [[L:Lyon]]

[[L:Lyon]], le 6 octobre 2025

AVIS DE VÉRIFICATION DE COMPTABILITÉ

Madame la gérante,

J'ai l'honneur de vous informer que je me propose de procéder à la vérification de la comptabilité de la [[O:SARL Soieries Lambert & Cie]] au titre de la période du 1er janvier 2022 au 31 décembre 2024, pour l'ensemble des déclarations fiscales ou opérations susceptibles d'être examinées.

Ma première intervention aura lieu le mardi 4 novembre 2025 à 9 h 30 dans vos locaux. Si cette date ne vous convient pas, vous pouvez en proposer une autre en me contactant au 04 72 00 00 00.

Je vous rappelle que vous avez la faculté de vous faire assister par un conseil de votre choix. Votre expert-comptable, le [[O:Cabinet Vérot Audit & Conseil]], à [[L:Villeurbanne]], recevra une copie du présent avis.

Mon attention se portera notamment sur :
– les ventes réalisées auprès de la société [[O:Maison Delorme Paris]] et de la société italienne [[O:Tessitura Comense S.p.A.]], établie à [[L:Côme]] ;
– le crédit d'impôt recherche déclaré pour les travaux menés avec l'[[O:Institut français du textile et de l'habillement]] ([[O:IFTH]]) ;
– les loyers versés à la [[O:SCI Croix-Rousse Patrimoine]], dont vous êtes associée avec M. [[P:Gilles Lambert]].

La charte des droits et obligations du contribuable vérifié est jointe au présent avis ; ses dispositions sont opposables à l'administration. En cas de difficulté, vous pourrez vous adresser à M. [[P:Arnaud Ferrières]], inspecteur principal, puis à l'interlocuteur départemental, et enfin saisir le conciliateur fiscal départemental.

Veuillez agréer, Madame la gérante, l'expression de ma considération distinguée.

[[P:Benoît Marchetti]]
Inspecteur des finances publiques
""")

d("fr", "franchise_contract", """
CONTRAT DE FRANCHISE

ENTRE LES SOUSSIGNÉS :

La société [[O:Maison Fournil SAS]], au capital de 850 000 €, immatriculée au RCS de [[L:Rennes]] sous le n° 812 345 678, dont le siège social est situé 5, rue de la Motte-Brûlon, 35700 [[L:Rennes]], représentée par M. [[P:Erwan Le Bihan]], président,
ci-après « le Franchiseur » ou « [[O:Maison Fournil]] »,

ET :

La société [[O:Ker Bara SARL]], au capital de 20 000 €, immatriculée au RCS de [[L:Quimper]] sous le n° 921 004 117, dont le siège social est situé 14, rue Kéréon, 29000 [[L:Quimper]], représentée par Mme [[P:Gwenaëlle Jaouen]], gérante,
ci-après « le Franchisé »,

IL A ÉTÉ PRÉALABLEMENT EXPOSÉ CE QUI SUIT :
[[O:Maison Fournil]] exploite depuis 2009 un réseau de 46 boulangeries-pâtisseries artisanales en [[L:Bretagne]] et en [[L:Normandie]]. Le Franchisé a reçu le document d'information précontractuelle prévu à l'article L. 330-3 du code de commerce le 3 février 2025, soit plus de vingt jours avant la signature du présent contrat.

ARTICLE 1 – Territoire
Le Franchiseur concède au Franchisé le droit d'exploiter une boulangerie sous l'enseigne dans le centre-ville de [[L:Quimper]], avec une exclusivité territoriale sur les communes de [[L:Quimper]] et d'[[L:Ergué-Gabéric]].

ARTICLE 2 – Formation
Mme [[P:Jaouen]] et son chef boulanger suivront une formation de six semaines au fournil-école de [[L:Cesson-Sévigné]].

ARTICLE 3 – Approvisionnement
Les farines sont achetées auprès des [[O:Moulins de Kérouan]] ou de tout autre meunier agréé par écrit par le Franchiseur.

ARTICLE 4 – Redevances
Droit d'entrée : 25 000 € HT. Redevance mensuelle : 5 % du chiffre d'affaires HT. Contribution au fonds de communication : 1,5 %. Le prêt d'installation est accordé par le [[O:Crédit Mutuel de Bretagne]] avec la garantie de [[O:Bpifrance]].

ARTICLE 5 – Litiges
Le Franchiseur adhère au code de déontologie de la [[O:Fédération française de la franchise]] ([[O:FFF]]). À défaut de médiation, tout litige sera porté devant le [[O:Tribunal de commerce de Rennes]].

Fait à [[L:Rennes]], le 3 mars 2025, en deux exemplaires.

Pour [[O:Maison Fournil SAS]] : [[P:Erwan Le Bihan]]          Pour [[O:Ker Bara SARL]] : [[P:Gwenaëlle Jaouen]]
""")

d("fr", "food_inspection_report", """
[[O:Direction départementale de la protection des populations du Nord]] ([[O:DDPP]])
Service sécurité sanitaire des aliments
93, boulevard Carnot – 59000 [[L:Lille]]

RAPPORT D'INSPECTION

Établissement : [[O:Fromagerie des Monts de Flandre]], 3 route de Locre, 59270 [[L:Bailleul]]
Exploitant : [[O:EARL Vandewalle]], représentée par M. [[P:Benoît Vandewalle]]
Activité : fabrication de fromages au lait cru, vente directe et vente à la grande distribution
Numéro d'agrément sanitaire : FR 59.043.012 CE
Date de l'inspection : 8 avril 2025 (inopinée)
Inspectrices : Mme [[P:Aurélie Dhaussy]], Mme [[P:Saliha Bensaïd]]

1. Contexte
Inspection programmée, complétée à la suite d'une alerte de la [[O:Direction générale de l'alimentation]] ([[O:DGAL]]) : un lot de tomme fermière à la bière prélevé dans un magasin [[O:Carrefour]] de [[L:Dunkerque]] a présenté une contamination par Listeria monocytogenes.

2. Constats
– Le plan de maîtrise sanitaire est présent mais n'a pas été mis à jour depuis 2021.
– Des autocontrôles environnementaux sont réalisés par le laboratoire [[O:Eurofins]] ; deux résultats positifs de février n'ont pas donné lieu à des actions correctives documentées.
– Les siphons de la salle d'affinage présentent des dépôts ; la porte de la chambre froide ne ferme pas correctement.
– La traçabilité du lait collecté auprès des trois fermes voisines, dont le [[O:GAEC du Mont Noir]] à [[L:Saint-Jans-Cappel]], est satisfaisante.

3. Prélèvements
Six prélèvements (produits et surfaces) ont été confiés au [[O:Laboratoire départemental d'analyses du Pas-de-Calais]] à [[L:Arras]].

4. Suites
Niveau d'hygiène : à améliorer. M. [[P:Vandewalle]] a procédé au retrait et au rappel volontaire des lots concernés, en lien avec [[O:Carrefour]] et la [[O:DDPP]]. Une mise en demeure lui est adressée ce jour ; une nouvelle inspection aura lieu sous un mois. Le technicien de la [[O:Chambre d'agriculture du Nord-Pas de Calais]], M. [[P:Thomas Delannoy]], accompagnera l'exploitant pour la révision du plan.

Le résultat sera publié sur le site Alim'confiance.

[[L:Lille]], le 10 avril 2025
Pour le directeur départemental, la cheffe de service, [[P:Claire Wattebled]]
""")

d("fr", "energy_contract", """
CONTRAT DE FOURNITURE D'ÉLECTRICITÉ – CONDITIONS PARTICULIÈRES
Contrat n° VT-COL-2026-0072

Entre :
[[O:Volterre Énergie SAS]], fournisseur d'électricité, 40 rue de la République, 69002 [[L:Lyon]], représentée par Mme [[P:Delphine Armand]], directrice commerciale collectivités,
ci-après « le Fournisseur »,

Et :
la [[O:Communauté de communes du Pays de Gex]] ([[O:CCPG]]), 135 rue de Genève, 01170 [[L:Gex]], représentée par son président, M. [[P:Patrice Dunand]], agissant en vertu de la délibération du conseil communautaire du 18 septembre 2025,
ci-après « le Client ».

Le présent contrat fait suite à la procédure d'appel d'offres conduite par le groupement de commandes du [[O:Syndicat intercommunal d'énergie et de e-communication de l'Ain]] ([[O:SIEA]]), dont la [[O:CCPG]] est membre. Le lot 2 « Bâtiments intercommunaux » a été attribué au Fournisseur.

Article 1 – Sites desservis
1. Piscine intercommunale, [[L:Divonne-les-Bains]] – tarif C4 – 1 180 MWh/an
2. Siège administratif, [[L:Gex]] – tarif C5 – 210 MWh/an
3. Station d'épuration, [[L:Saint-Genis-Pouilly]] – tarif C4 – 940 MWh/an
4. Déchetterie, [[L:Ferney-Voltaire]] – tarif C5 – 36 MWh/an

Article 2 – Durée
Du 1er janvier 2026 au 31 décembre 2028.

Article 3 – Prix
Prix fixe de l'énergie : 112,40 €/MWh HT, hors acheminement. L'acheminement est facturé selon le tarif d'utilisation des réseaux publics en vigueur ; le gestionnaire de réseau est [[O:Enedis]]. Les garanties d'origine (électricité renouvelable d'origine hydraulique) sont issues de centrales situées dans la vallée du [[L:Rhône]].

Article 4 – Facturation
Facturation mensuelle, paiement par mandat administratif auprès du comptable public, le [[O:Service de gestion comptable de Gex]].

Article 5 – Interlocuteurs
Pour le Client : M. [[P:Hervé Bouvier]], directeur des services techniques. Pour le Fournisseur : Mme [[P:Armand]] et son chargé d'affaires, M. [[P:Mathieu Roussel]].

Fait à [[L:Gex]], le 2 décembre 2025

Pour le Fournisseur, [[P:Delphine Armand]]          Pour le Client, [[P:Patrice Dunand]]
""")

d("fr", "association_newsletter", """
LA LETTRE DE [[O:FIBOIS BOURGOGNE-FRANCHE-COMTÉ]] – n° 37 – novembre 2025

Éditorial
Chers adhérents,
La saison de chauffe a commencé et les prix du granulé restent stables. Nos travaux avec l'[[O:Agence de la transition écologique]] ([[O:ADEME]]) sur le chauffage au bois des collectivités portent leurs fruits : quatorze chaufferies ont été financées cette année dans le [[L:Jura]] et le [[L:Doubs]].
[[P:Jean-Philippe Guyon]], président

Actualités de la filière
– Sciage : la [[O:Scierie Mourey Frères]], à [[L:Morteau]], investit 4,2 millions d'euros dans une ligne de séchage, avec le soutien de [[O:Bpifrance]] et de la [[O:Région Bourgogne-Franche-Comté]].
– Formation : le [[O:Lycée du bois de Mouchard]] ouvre une nouvelle section de BTS ; les inscriptions sont ouvertes jusqu'au 15 janvier.
– Construction : la nouvelle médiathèque de [[L:Dole]], réalisée en sapin du [[L:Haut-Doubs]] par l'entreprise [[O:Charpentes Jeunet SAS]], a reçu le prix régional de la construction bois.
– Forêt : l'[[O:Office national des forêts]] ([[O:ONF]]) signale une recrudescence des attaques de scolytes dans les massifs de [[L:Haute-Saône]]. Les ventes groupées de bois scolytés seront organisées par l'[[O:ONF]] avec la coopérative [[O:Forêts et Bois de l'Est]].

Vie de l'interprofession
Nous accueillons trois nouveaux adhérents : [[O:Menuiserie Cuenot & Fils]] ([[L:Pontarlier]]), [[O:Bois Énergie 70]] ([[L:Vesoul]]) et l'architecte [[P:Clémence Taillard]] ([[L:Besançon]]). Mme [[P:Sandrine Moine]] a rejoint l'équipe comme chargée de mission construction ; vous pouvez la joindre au 03 81 00 00 00.

Agenda
– 27 novembre : assemblée générale à [[L:Dijon]], en présence du vice-président de la [[O:Région Bourgogne-Franche-Comté]] chargé de la forêt
– 12 décembre : visite de chantier à [[L:Lons-le-Saunier]]

Pour vous désabonner, écrivez à contact@fibois-bfc.fr.
""")

d("fr", "insolvency_report", """
[[O:Tribunal de commerce de Saint-Étienne]]
Liquidation judiciaire de la [[O:SAS Cycles Duroc]]
RG n° 2025J00184 – Juge-commissaire : M. [[P:Alain Rochebloine]]

RAPPORT DU LIQUIDATEUR SUR L'ÉTAT DE LA PROCÉDURE

Rédigé par Me [[P:Sylvie Marchal]], mandataire judiciaire, [[O:SELARL Marchal & Berthier]], 9 rue Michelet, 42000 [[L:Saint-Étienne]]

1. Rappel de la procédure
Par jugement du 12 mars 2025, le [[O:Tribunal de commerce de Saint-Étienne]] a prononcé la liquidation judiciaire de la [[O:SAS Cycles Duroc]], fabricant de cadres de vélos en acier établi à [[L:Saint-Chamond]], et m'a désignée en qualité de liquidateur. La date de cessation des paiements a été fixée au 1er décembre 2024. Le président de la société, M. [[P:Régis Duroc]], a collaboré à l'établissement de l'inventaire.

2. Salariés
Les 23 salariés ont été licenciés dans les quinze jours du jugement. Les créances salariales, d'un montant de 412 000 €, ont été avancées par l'[[O:AGS]] par l'intermédiaire du [[O:Centre de gestion et d'études AGS d'Annecy]]. Onze anciens salariés ont été reclassés, notamment chez [[O:Cycles Lapierre]] à [[L:Dijon]].

3. Réalisation des actifs
– Le fonds de commerce, la marque commerciale et les gabarits de fabrication ont été cédés le 30 juin 2025 à la société [[O:Vélos du Pilat SARL]], seule offrante, pour 86 000 €, sur autorisation du juge-commissaire.
– Le stock de tubes a été vendu aux enchères par le commissaire de justice [[O:Hôtel des ventes de Saint-Étienne]] pour 54 300 €.
– Le bâtiment était loué ; le bail a été résilié et les locaux restitués à la [[O:SCI Gier Industrie]].

4. Passif
Passif déclaré : 1 986 000 €, dont 612 000 € à titre privilégié ([[O:Urssaf Rhône-Alpes]], [[O:Service des impôts des entreprises de Saint-Chamond]], [[O:AGS]]) et 1 374 000 € à titre chirographaire, dont [[O:Banque Populaire Auvergne Rhône Alpes]] pour 420 000 € et le fournisseur de tubes [[O:Columbus Tubi S.r.l.]] ([[L:Milan]]) pour 118 000 €.

5. Perspectives
Aucune répartition n'est envisageable au profit des créanciers chirographaires. Une action en responsabilité pour insuffisance d'actif n'apparaît pas justifiée.

Fait à [[L:Saint-Étienne]], le 6 novembre 2025
Me [[P:Sylvie Marchal]]
""")

d("fr", "press_acquisition", """
ÉCONOMIE | [[L:Auvergne-Rhône-Alpes]]

Le lyonnais [[O:Cuistéo]] passe sous pavillon allemand

Par [[P:Agnès Mollard]] – 21 janvier 2026

C'est la fin d'une aventure familiale. Le fabricant de robots de cuisine [[O:Cuistéo]], installé à [[L:Vénissieux]] depuis 1987, va être racheté par le groupe allemand [[O:Wolfsheim Hausgeräte AG]], basé à [[L:Stuttgart]]. Le montant de l'opération n'a pas été communiqué, mais plusieurs sources l'évaluent à environ 140 millions d'euros.

Fondée par [[P:Roger Bellon]], l'entreprise est dirigée depuis 2011 par sa fille, [[P:Nathalie Bellon-Jacquet]], qui restera présidente de la filiale française pendant au moins trois ans. « Nous avions besoin d'un partenaire pour conquérir l'[[L:Europe du Nord]] et l'[[L:Amérique]] ; [[O:Wolfsheim]] partage nos valeurs industrielles », a-t-elle déclaré mardi devant les salariés.

[[O:Cuistéo]] emploie 420 personnes, dont 310 à [[L:Vénissieux]] et une centaine dans son usine de [[L:Roanne]]. Le groupe s'est engagé à maintenir les deux sites et l'emploi jusqu'en 2029. Les représentants de la [[O:CFDT]], majoritaire dans l'entreprise, restent prudents. « Les promesses n'engagent que ceux qui les écoutent », estime [[P:Farid Haddad]], délégué syndical central.

Pour [[P:Mathilde Orsini]], analyste chez [[O:Oddo BHF]], l'opération est logique : « [[O:Wolfsheim]] est fort dans le gros électroménager mais absent du petit équipement haut de gamme, où [[O:Cuistéo]] rivalise avec [[O:Vorwerk]] et [[O:Magimix]]. »

L'opération doit encore être notifiée au [[O:ministère de l'Économie]] au titre du contrôle des investissements étrangers, puis à la [[O:Commission européenne]]. Le fonds régional [[O:Siparex]], actionnaire minoritaire depuis 2019, cède ses 18 % à cette occasion.

[[O:Wolfsheim]] a été conseillé par la banque [[O:Lazard]] et le cabinet [[O:Gide Loyrette Nouel]] ; la famille [[P:Bellon]] par [[O:Rothschild & Co]].
""")

d("fr", "museum_loan", """
CONVENTION DE PRÊT D'ŒUVRES

Entre le [[O:Musée Bonnat-Helleu]], musée des Beaux-Arts de [[L:Bayonne]], 5 rue Jacques-Laffitte, 64100 [[L:Bayonne]], représenté par M. [[P:Jean-René Etchegaray]], président de la [[O:Communauté d'agglomération du Pays basque]], ci-après « le prêteur »,

et le [[O:Museo de Bellas Artes de Bilbao]], [[L:Bilbao]] ([[L:Espagne]]), représenté par son directeur, M. [[P:Miguel Zugaza]], ci-après « l'emprunteur »,

il est convenu ce qui suit.

Article 1 – Exposition
Les œuvres sont prêtées pour l'exposition « Portraits d'un siècle », présentée à [[L:Bilbao]] du 15 avril au 30 août 2026.

Article 2 – Œuvres prêtées
1. [[P:Léon Bonnat]], Portrait de jeune fille, huile sur toile, 1874 (inv. CM 112)
2. [[P:Léon Bonnat]], Autoportrait, huile sur toile, 1855 (inv. CM 45)
3. [[P:Paul Helleu]], Jeune femme au chapeau, pointe sèche, vers 1900 (inv. 2019.3.7)
La valeur d'assurance de chaque œuvre figure en annexe.

Article 3 – Assurance
L'emprunteur assure les œuvres « de clou à clou » auprès de la compagnie [[O:Hiscox]] ou bénéficie de la garantie de l'État espagnol. Une attestation est transmise au prêteur un mois avant l'enlèvement.

Article 4 – Transport et convoiement
Le transport est confié à la société [[O:André Chenue]] ([[L:Paris]]), qui réalisera l'emballage en caisses climatiques. Mme [[P:Sophie Harent]], conservatrice, convoiera les œuvres à l'aller et au retour et assistera au constat d'état avec la restauratrice de l'emprunteur, Mme [[P:Ainhoa Etxeberria]].

Article 5 – Mentions
La mention suivante figurera sur le cartel et dans le catalogue : « [[L:Bayonne]], [[O:Musée Bonnat-Helleu]] ». Les images fournies par le prêteur ne pourront être utilisées qu'à des fins de promotion de l'exposition.

Article 6 – Conditions de conservation
Température 18–22 °C, humidité relative 50 % ± 5 %, éclairement limité à 50 lux pour l'œuvre de [[P:Helleu]].

Fait en deux exemplaires, à [[L:Bayonne]] le 10 décembre 2025 et à [[L:Bilbao]] le 16 décembre 2025.

Pour le prêteur : [[P:Jean-René Etchegaray]]          Pour l'emprunteur : [[P:Miguel Zugaza]]
""")

d("fr", "cooperative_report", """
[[O:Terre d'Anjou SCA]]
Société coopérative agricole – siège : 18 boulevard Foch, 49000 [[L:Angers]]

RAPPORT DU CONSEIL D'ADMINISTRATION À L'ASSEMBLÉE GÉNÉRALE ORDINAIRE DU 12 DÉCEMBRE 2025
Exercice clos le 30 juin 2025

Mesdames et Messieurs les associés coopérateurs,

1. La campagne 2024-2025
La collecte de céréales s'est élevée à 318 000 tonnes, en baisse de 9 % en raison des pluies de l'automne 2024, particulièrement dans le [[L:Saumurois]] et autour de [[L:Segré]]. La collecte d'oléagineux a progressé de 4 %. Le chiffre d'affaires consolidé atteint 412 millions d'euros.

2. Les filiales
Notre filiale [[O:Anjou Semences SAS]] a mis en service sa nouvelle station de triage à [[L:Baugé-en-Anjou]]. Les magasins [[O:Gamm vert]] exploités en franchise à [[L:Cholet]] et à [[L:Saumur]] ont réalisé un exercice satisfaisant. La participation de 25 % dans le négoce [[O:Grains de Loire SA]], acquise auprès de la famille [[P:Bouvet]], a été portée à 40 %.

3. Partenariats
La coopérative a renouvelé son contrat de fourniture de blé meunier avec les [[O:Grands Moulins de Paris]]. Un programme de conversion à l'agriculture biologique de 1 200 hectares a été lancé avec l'appui de la [[O:Chambre d'agriculture des Pays de la Loire]] et le financement du [[O:Crédit Agricole Anjou Maine]].

4. Gouvernance
M. [[P:Hubert Gaudin]], président depuis 2013, ne sollicitera pas le renouvellement de son mandat. Le conseil proposera la candidature de Mme [[P:Valérie Chauvière]], agricultrice à [[L:Chemillé]]. Le conseil remercie M. [[P:Gaudin]] pour son engagement, notamment au sein de [[O:La Coopération Agricole]] où il a représenté les coopératives des [[L:Pays de la Loire]].

5. Affectation du résultat
Le résultat net de 6,8 millions d'euros sera affecté à hauteur de 2,1 millions d'euros à une ristourne aux associés coopérateurs, le solde en réserves. Les comptes ont été certifiés par le cabinet [[O:Ravary Audit]], commissaire aux comptes représenté par M. [[P:Yves Le Floch]], et révisés par la [[O:Fédération des coopératives agricoles de l'Ouest]].

Pour le conseil d'administration,
[[P:Hubert Gaudin]], président          [[P:Valérie Chauvière]], secrétaire
""")

d("fr", "travel_booking", """
[[O:Voyages Kerjean]] – agence de voyages
4, quai de l'Odet – 29000 [[L:Quimper]]
Immatriculation [[O:Atout France]] IM029100012 – Garantie financière : [[O:APST]]

CONFIRMATION DE RÉSERVATION – SÉMINAIRE

Client : [[O:Mutuelle des Pêcheurs de Cornouaille]], 12 rue du Port, 29120 [[L:Pont-l'Abbé]]
Interlocutrice : Mme [[P:Maryvonne Le Cossec]], assistante de direction
Dossier n° VK-2026-0318, établi le 9 janvier 2026 par [[P:Yann Kerjean]]

Destination : [[L:Marrakech]] ([[L:Maroc]])
Dates : du jeudi 19 au dimanche 22 mars 2026 (3 nuits)
Participants : 22 personnes (liste nominative jointe), dont M. [[P:Alain Stéphan]], directeur général, et M. [[P:Loïc Durand]], président du conseil d'administration

Transport aérien
19/03 : [[L:Nantes]] 07 h 10 – [[L:Marrakech]] 09 h 55, vol [[O:Transavia]] TO 3742
22/03 : [[L:Marrakech]] 17 h 40 – [[L:Nantes]] 22 h 20, vol [[O:Transavia]] TO 3743
Transfert en autocar [[L:Quimper]] – aéroport de [[L:Nantes]] aller et retour par les [[O:Cars Le Moigne]].

Hébergement
[[O:Hôtel Les Jardins de la Koutoubia]], 21 chambres (20 doubles à usage individuel, 1 double), demi-pension.
Salle de réunion pour 25 personnes le vendredi de 9 h à 17 h.

Programme
Vendredi : séminaire « Stratégie 2030 », animé par M. [[P:Thierry Gourmelen]] du cabinet [[O:Ouest Conseil Mutualiste]].
Samedi : excursion dans la vallée de l'[[L:Ourika]], déjeuner chez l'habitant, guide francophone de l'agence réceptive [[O:Atlas Horizons SARL]].

Prix
Forfait par personne : 1 146 € TTC ; total : 25 212 € TTC.
Acompte de 30 % (7 563,60 €) à régler avant le 23 janvier ; solde au plus tard le 18 février 2026.

Assurance annulation et assistance souscrite auprès de [[O:Mondial Assistance]] (contrat de groupe n° 922 417).

Pour toute question : [[P:Yann Kerjean]], 02 98 00 00 00. Bon séminaire à toute l'équipe de la [[O:Mutuelle des Pêcheurs de Cornouaille]] !
""")


# ---------------------------------------------------------------- Spanish
d("es", "municipal_minutes", """
[[O:Ayuntamiento de Tudela]]
ACTA DE LA SESIÓN ORDINARIA CELEBRADA POR LA JUNTA DE GOBIERNO LOCAL EL DÍA 6 DE MAYO DE 2025

En la ciudad de [[L:Tudela]], siendo las nueve horas y treinta minutos, se reúnen en la sala de juntas de la Casa Consistorial, bajo la presidencia del alcalde, D. [[P:Alejandro Toquero Gil]], los siguientes miembros:

Tenientes de alcalde: Dña. [[P:Natalia Arrondo Sola]], D. [[P:Miguel Ángel Sanz Garbayo]], Dña. [[P:Irene Royo Lasheras]] y D. [[P:Javier Chivite]].
Secretario: D. [[P:Óscar Bermejo Pérez]].
Interventora: Dña. [[P:Pilar Aguado Muñoz]].
Excusa su asistencia: Dña. [[P:Marisa Marqués]].

ORDEN DEL DÍA

1.º Aprobación del acta de la sesión anterior, de 29 de abril de 2025. Se aprueba por unanimidad.

2.º Licencia de obras. Se concede a [[O:Conservas Ribereñas, S.A.]] licencia para la ampliación de su nave en el polígono industrial Las Labradas, con un presupuesto de ejecución material de 1.240.000 euros, condicionada al informe favorable de la [[O:Confederación Hidrográfica del Ebro]] sobre el vertido de aguas de proceso.

3.º Adjudicación del servicio de limpieza viaria. A propuesta de la mesa de contratación, se adjudica el contrato a [[O:FCC Medio Ambiente, S.A.U.]] por un importe anual de 2.186.400 euros, IVA incluido, por ser la oferta con mayor puntuación. La empresa [[O:Urbaser]] obtuvo la segunda mejor valoración.

4.º Convenio sobre residuos. Se aprueba el convenio con la [[O:Mancomunidad de la Ribera]] para el tratamiento de los residuos de [[L:Tudela]], [[L:Fontellas]] y [[L:Ribaforada]] en la planta de El Culebrete, y se faculta al alcalde para su firma.

5.º Subvenciones deportivas. Se concede una subvención de 45.000 euros al [[O:Club Deportivo Tudelano]] y de 8.000 euros a la [[O:Sociedad Deportiva Ribera Navarra]] para la temporada 2025-2026.

6.º Escrito del [[O:Gobierno de Navarra]]. La Sra. [[P:Arrondo]] da cuenta de la resolución del [[O:Departamento de Cohesión Territorial]] que incluye la rehabilitación del puente sobre el [[L:Ebro]] en el plan de inversiones locales. Los miembros quedan enterados.

Y no habiendo más asuntos que tratar, el Sr. alcalde levanta la sesión a las diez horas y quince minutos, de lo que yo, como secretario, doy fe.

V.º B.º El alcalde, [[P:Alejandro Toquero Gil]]          El secretario, [[P:Óscar Bermejo Pérez]]
""")

d("es", "sale_deed", """
NÚMERO MIL DOSCIENTOS CUARENTA Y SIETE

ESCRITURA DE COMPRAVENTA

En [[L:Málaga]], mi residencia, a catorce de octubre de dos mil veinticinco.

Ante mí, [[P:Rafael Gómez-Acebo Linares]], Notario del [[O:Ilustre Colegio Notarial de Andalucía]],

COMPARECEN

De una parte, como vendedora, DOÑA [[P:Carmen Ruiz Ortega]], mayor de edad, vecina de [[L:Vélez-Málaga]], quien interviene en nombre y representación, como administradora única, de la mercantil [[O:Promociones Axarquía Costa, S.L.]], domiciliada en [[L:Torre del Mar]], con C.I.F. B-92000000.

De otra parte, como compradores, DON [[P:Stefan Lindqvist]] y DOÑA [[P:Annika Lindqvist]], mayores de edad, casados, de nacionalidad sueca, vecinos de [[L:Gotemburgo]] ([[L:Suecia]]), con N.I.E. Y-0000000-X e Y-0000001-B.

EXPONEN

I. Que [[O:Promociones Axarquía Costa, S.L.]] es dueña de la siguiente finca: VIVIENDA unifamiliar señalada con el número 14 de la urbanización Los Almendros, término municipal de [[L:Torrox]]. Inscrita en el [[O:Registro de la Propiedad de Torrox]], al tomo 1.402, libro 388, folio 91, finca número 21.566.

II. Cargas: la finca está gravada con una hipoteca a favor de [[O:Unicaja Banco, S.A.]], que será cancelada con cargo al precio.

III. Que el certificado de eficiencia energética, emitido por la técnica Dña. [[P:Lucía Fernández Pino]], atribuye a la vivienda la calificación B.

ESTIPULACIONES

PRIMERA. [[O:Promociones Axarquía Costa, S.L.]] vende a DON [[P:Stefan Lindqvist]] y DOÑA [[P:Annika Lindqvist]], que compran por mitades indivisas, la finca descrita.

SEGUNDA. El precio es de CUATROCIENTOS SESENTA Y CINCO MIL EUROS (465.000 €), que se paga en este acto mediante cheque bancario nominativo de [[O:Banco Sabadell]], del que 212.300 euros se entregan directamente a [[O:Unicaja Banco]] para la cancelación de la hipoteca.

TERCERA. Todos los gastos e impuestos se pagarán según ley. El impuesto sobre transmisiones patrimoniales se liquidará ante la [[O:Agencia Tributaria de Andalucía]], y el impuesto sobre el incremento de valor de los terrenos, a cargo de la vendedora, ante el [[O:Ayuntamiento de Torrox]].

CUARTA. Los compradores declaran conocer los estatutos de la comunidad de propietarios, administrada por [[O:Fincas Axarquía Gestión]].

Los compradores, que no conocen suficientemente el idioma español, han estado asistidos por la intérprete jurada Dña. [[P:Ingrid Sandberg]], que firma conmigo.

Así lo otorgan y firman conmigo, el Notario, de todo lo cual doy fe.

Firmado: [[P:Carmen Ruiz Ortega]], [[P:Stefan Lindqvist]], [[P:Annika Lindqvist]], [[P:Ingrid Sandberg]]. Signado: [[P:Rafael Gómez-Acebo Linares]].
""")

d("es", "subcontractor_email", """
De: [[P:Iñaki Arrieta Goñi]]
Enviado: viernes, 10 de octubre de 2025 18:05
Para: [[P:Mikel Olazabal]]
CC: [[P:Ainhoa Urquijo]]
Asunto: RE: Obra nave logística [[O:Azkarate]] – certificación n.º 5 y paralización

[[P:Mikel]]:

Lamento tu tono, pero los hechos son los que son. La certificación n.º 5 de [[O:Estructuras Metálicas Txingudi, S.L.]] no se ha pagado porque la estructura del muelle de carga no se ajusta a los planos aprobados: la dirección facultativa, Dña. [[P:Ainhoa Urquijo]], de [[O:Urquijo Arquitectos]], lo dejó por escrito en el libro de órdenes el 2 de octubre.

Entiendo que [[O:Txingudi]] tenga problemas de tesorería, pero retirar a tu gente de la obra es un incumplimiento del contrato. Si el lunes no hay montadores en [[L:Irun]], [[O:Construcciones Iturralde e Hijos]] contratará a otra empresa y te repercutirá el sobrecoste. Nuestro cliente, [[O:Transportes Azkarate]], ya nos ha advertido de que aplicará la penalización por retraso.

Te propongo una reunión el martes con [[P:Ainhoa]] en la caseta de obra para revisar las correcciones. Si no llegamos a un acuerdo, acudiremos al servicio de mediación de la [[O:Cámara de Comercio de Gipuzkoa]], como prevé la cláusula 19.

Un saludo,
[[P:Iñaki Arrieta Goñi]]
Jefe de obra – [[O:Construcciones Iturralde e Hijos, S.L.]]
Polígono Ventas, [[L:Irun]] ([[L:Gipuzkoa]])

-----Mensaje original-----
De: [[P:Mikel Olazabal]]
Enviado: viernes, 10 de octubre de 2025 12:40
Para: [[P:Iñaki Arrieta Goñi]]
Asunto: Obra nave logística [[O:Azkarate]] – certificación n.º 5 y paralización

[[P:Iñaki]]:

Llevamos 94 días esperando el pago de la certificación n.º 5 (138.412,60 euros). Nuestro proveedor de perfiles, [[O:Aceros del Bidasoa]], no nos sirve más material hasta que paguemos, y el banco ([[O:Kutxabank]]) no amplía la póliza. Así no podemos seguir.

Los defectos del muelle se deben a un cambio de cotas que nos pasó vuestra oficina técnica, no a un error nuestro. Tengo el correo de [[P:Josu Etxeberria]] del 12 de septiembre.

Desde el lunes retiramos a los seis montadores hasta que se pague. Además, [[O:Osalan]] nos ha pedido el plan de seguridad actualizado y vuestro coordinador todavía no lo ha firmado.

[[P:Mikel Olazabal]]
Gerente – [[O:Txingudi]], [[L:Hondarribia]]
""")

d("es", "grant_decision", """
Resolución del presidente del [[O:Instituto para la Competitividad Empresarial de Castilla y León]] por la que se resuelve la convocatoria de subvenciones para proyectos de innovación en la industria agroalimentaria (expediente 2025/IAG/014)

ANTECEDENTES

Primero. Mediante extracto publicado en el boletín oficial de la comunidad autónoma de 17 de marzo de 2025 se convocaron subvenciones destinadas a pymes del sector agroalimentario con establecimiento productivo en [[L:Castilla y León]].

Segundo. Se presentaron 63 solicitudes. La comisión de valoración, presidida por D. [[P:Fernando Pérez de la Fuente]] y de la que fue secretaria Dña. [[P:Rocío Llamas Prieto]], emitió su informe el 3 de julio de 2025.

Tercero. El órgano instructor ha comprobado que los beneficiarios propuestos están al corriente de sus obligaciones con la [[O:Agencia Estatal de Administración Tributaria]] y con la [[O:Tesorería General de la Seguridad Social]].

En su virtud, RESUELVO:

Primero. Conceder las subvenciones que se relacionan:

Beneficiario | Localidad | Proyecto | Importe
[[O:Quesos del Duero, S.A.]] | [[L:Zamora]] | Maduración controlada por sensores | 186.200 €
[[O:Embutidos La Hoguera, S.L.]] | [[L:Guijuelo]] | Reducción de sal en curados | 94.750 €
[[O:Bodegas Valdecuero, S.L.]] | [[L:Peñafiel]] | Vendimia nocturna mecanizada | 71.300 €
[[O:Legumbres Tierra de Campos, S. Coop.]] | [[L:Medina de Rioseco]] | Envasado compostable | 58.900 €
[[O:Panaderías Hermanos Velasco, S.L.]] | [[L:Aranda de Duero]] | Masas madre de cereal local | 42.600 €

Segundo. Denegar las restantes solicitudes por los motivos que constan en el expediente. En particular, la solicitud de [[O:Conservas Bierzo Natural, S.L.]] se deniega por haberse iniciado el proyecto antes de la fecha de presentación.

Tercero. Los proyectos contarán con la colaboración técnica del [[O:Instituto Tecnológico Agrario de Castilla y León]] ([[O:ITACYL]]) y, en su caso, de la [[O:Universidad de Valladolid]].

Contra la presente resolución, que pone fin a la vía administrativa, podrá interponerse recurso potestativo de reposición ante el presidente del [[O:Instituto para la Competitividad Empresarial de Castilla y León]] ([[O:ICE]]) en el plazo de un mes, o recurso contencioso-administrativo ante la Sala de lo Contencioso-Administrativo del [[O:Tribunal Superior de Justicia de Castilla y León]], con sede en [[L:Valladolid]], en el de dos meses.

[[L:Arroyo de la Encomienda]], a 15 de julio de 2025
EL PRESIDENTE DEL [[O:ICE]]
Fdo.: [[P:Leticia García Sánchez]]
""")

d("es", "discharge_letter", """
[[O:Hospital Universitario de Cabueñes]]
Servicio de Neurología – Unidad de Ictus
Calle Los Prados, 395 – 33394 [[L:Gijón]] ([[L:Asturias]])

INFORME DE ALTA HOSPITALARIA

Paciente: D. [[P:Manuel Álvarez Menéndez]]
Fecha de nacimiento: 22/08/1949 – NHC 0734112
Fecha de ingreso: 03/02/2026 – Fecha de alta: 12/02/2026
Médico responsable: Dra. [[P:Begoña Suárez Fernández]]
Médico de Atención Primaria: Dr. [[P:Carlos Riera Vallina]], [[O:Centro de Salud El Llano]], [[L:Gijón]]

MOTIVO DE INGRESO
Paciente de 76 años, trasladado por el [[O:SAMU Asturias]] por cuadro de inicio brusco de debilidad en hemicuerpo derecho y dificultad para hablar, detectado por su esposa, Dña. [[P:Rosario García Tuñón]], a las 7:40 h.

EVOLUCIÓN
Se activó el código ictus. El TAC craneal descartó hemorragia y se realizó fibrinólisis intravenosa. Por oclusión de la arteria cerebral media izquierda, fue trasladado al [[O:Hospital Universitario Central de Asturias]] ([[O:HUCA]]) en [[L:Oviedo]] para trombectomía mecánica, con recanalización completa. A las 24 horas regresó a nuestra unidad. Al alta persiste una leve torpeza de la mano derecha; el lenguaje se ha normalizado.

DIAGNÓSTICO PRINCIPAL
Ictus isquémico en territorio de la arteria cerebral media izquierda, de origen cardioembólico, por fibrilación auricular no conocida.

TRATAMIENTO AL ALTA
Apixabán 5 mg cada 12 horas; atorvastatina 40 mg por la noche; resto de su medicación habitual sin cambios.

RECOMENDACIONES Y SEGUIMIENTO
– Rehabilitación ambulatoria en el servicio de Rehabilitación de este hospital.
– Revisión en consulta de Neurología vascular con la Dra. [[P:Suárez]] en tres meses.
– Valoración por la trabajadora social, Dña. [[P:Nuria Pando]], para ayudas a domicilio a través del [[O:Ayuntamiento de Gijón]].
– No debe conducir hasta nueva valoración. Se informa a su hijo, D. [[P:Pablo Álvarez García]], que reside en [[L:Avilés]].

Se remite copia del informe al médico de familia a través de la historia clínica electrónica del [[O:SESPA]].

Fdo.: Dra. [[P:Begoña Suárez Fernández]]
Facultativa especialista de área de Neurología
""")

d("es", "tax_office_letter", """
[[O:Agencia Estatal de Administración Tributaria]]
Delegación Especial de [[L:Valencia]] – Dependencia Regional de Gestión
Calle Guillem de Castro, 4 – 46001 [[L:Valencia]]

[[O:CERÁMICAS VILAFAMÉS, S.A.]]
A la atención de D. [[P:Vicent Safont Museros]], consejero delegado
Carretera de Alcora, km 6
12110 [[L:l'Alcora]] ([[L:Castellón]])

Referencia: 2025GRC46000417N
Fecha: 9 de septiembre de 2025

REQUERIMIENTO DE DOCUMENTACIÓN – SOLICITUD DE DEVOLUCIÓN DEL IVA (MODELO 303, JULIO 2025)

Muy señor mío:

En relación con la solicitud de devolución por importe de 412.880,14 euros presentada por [[O:Cerámicas Vilafamés, S.A.]] dentro del régimen de devolución mensual, y al amparo del artículo 93 de la Ley 58/2003, se le requiere para que, en el plazo de diez días hábiles, aporte la siguiente documentación:

1. Facturas emitidas a [[O:Keramik Handel Bauer GmbH]] ([[L:Núremberg]], [[L:Alemania]]) y a [[O:Ceramiche Sassuolo Distribuzione S.r.l.]] ([[L:Módena]], [[L:Italia]]) en julio de 2025, así como los CMR firmados que acrediten el transporte de las mercancías fuera del territorio español.
2. Contrato de compra del nuevo horno de rodillos adquirido a [[O:SACMI Imola S.C.]] y justificante de su pago.
3. Detalle de las operaciones con la sociedad vinculada [[O:Esmaltes Safont, S.L.]].

La documentación podrá presentarse a través de la sede electrónica de la [[O:AEAT]]. Su asesor fiscal, [[O:Garrigues]], consta como colaborador social y puede presentarla en su nombre.

Si no atiende este requerimiento, podrá incurrir en la infracción tributaria del artículo 203 de la misma ley. Le informamos asimismo de que, en caso de discrepancia con la resolución que se dicte, podrá dirigirse al [[O:Consejo para la Defensa del Contribuyente]].

Para cualquier aclaración puede contactar con la funcionaria encargada del expediente, Dña. [[P:Amparo Climent Ruiz]], en el teléfono 963 00 00 00.

La Jefa de la Dependencia Regional de Gestión,
[[P:Esther Marí Soler]]
""")

d("es", "customs_email", """
De: [[P:Raquel Ferrándiz]]
Enviado: martes, 4 de noviembre de 2025 10:18
Para: [[P:Jordi Gisbert]]
Asunto: RE: DUA importación contenedor CSNU 7730214 – inspección [[O:SOIVRE]]

Hola, [[P:Jordi]]:

Te confirmo que el DUA de importación se presentó ayer ante la [[O:Aduana de Valencia]] y ha salido con circuito rojo para inspección física. Resumen de la declaración:

Importador: [[O:Juguetes Alcoyanos, S.A.]], [[L:Alcoy]] (EORI ES A03000000)
Representante aduanero: [[O:Tránsitos Ferrándiz, S.L.]], [[L:Valencia]] (representación directa)
Exportador: [[O:Shenzhen Happy Star Toys Co., Ltd.]], [[L:Shenzhen]], [[L:China]]
Buque: Xin Ya Zhou, naviera [[O:COSCO Shipping Lines]], llegada el 31/10/2025
Mercancía: 4.800 muñecas y 2.200 juegos de construcción, partidas 9503 00 21 y 9503 00 35
Valor en aduana: 58.240,00 € – Arancel: 4,7 % – IVA: 21 %

Además de la inspección de la aduana, el lote tiene que pasar el control de seguridad de producto del [[O:SOIVRE]]. El inspector, D. [[P:Ramón Llopis]], nos ha pedido el certificado CE y los ensayos del laboratorio [[O:AIJU]] de [[L:Ibi]]. Si nos los mandas hoy, la inspección podría hacerse el jueves en el PIF del puerto.

La terminal ([[O:CSP Iberian Valencia Terminal]]) nos cobra el almacenaje a partir del sábado, así que conviene no retrasarlo.

Un saludo,
[[P:Raquel Ferrándiz]]
Departamento de Aduanas – [[O:Tránsitos Ferrándiz, S.L.]]
Avenida del Puerto, 332 – 46024 [[L:Valencia]]

-----Mensaje original-----
De: [[P:Jordi Gisbert]]
Enviado: lunes, 3 de noviembre de 2025 17:02
Para: [[P:Raquel Ferrándiz]]
Asunto: DUA importación contenedor CSNU 7730214

Buenas tardes, [[P:Raquel]]:

Os adjunto factura comercial, lista de bultos y conocimiento de embarque de la partida de [[O:Happy Star]]. Es mercancía para la campaña de Navidad de [[O:El Corte Inglés]], así que os agradecería la máxima prioridad.

[[P:Jordi Gisbert]]
Responsable de Compras – [[O:Juguetes Alcoyanos]]
""")

d("es", "franchise_contract", """
CONTRATO DE FRANQUICIA

En [[L:Madrid]], a 2 de junio de 2025.

REUNIDOS

De una parte, D. [[P:Tomás Villalba Recio]], en nombre y representación de [[O:Churrería Doña Rosario, S.L.]] (en adelante, «el Franquiciador» o «[[O:Doña Rosario]]»), con domicilio en calle de Toledo, 61, 28005 [[L:Madrid]], inscrita con el número 2019/0874 en el registro estatal de franquiciadores del [[O:Ministerio de Industria y Turismo]].

De otra parte, Dña. [[P:Uxía Ribeiro Castro]], en nombre y representación de [[O:Dulces Ribeiro, S.L.U.]] (en adelante, «el Franquiciado»), con domicilio en calle del Príncipe, 22, 36202 [[L:Vigo]] ([[L:Pontevedra]]).

EXPONEN

I. Que [[O:Doña Rosario]] es titular de un sistema de explotación de churrerías-chocolaterías, fundado en 1958 por Dña. [[P:Rosario Recio]], con 38 establecimientos en [[L:España]] y [[L:Portugal]].

II. Que el Franquiciado ha recibido por escrito, con al menos veinte días de antelación, la información precontractual exigida por la normativa vigente.

CLÁUSULAS

Primera. Objeto. El Franquiciador concede al Franquiciado el derecho a explotar un establecimiento bajo la marca en el local de la calle del Príncipe de [[L:Vigo]], con exclusividad en el término municipal de [[L:Vigo]] y en [[L:Redondela]].

Segunda. Duración. Siete años, prorrogables por períodos de tres años.

Tercera. Canon de entrada y royalties. Canon de entrada de 18.000 € más IVA; royalty mensual del 4 % de la facturación neta y aportación del 1 % al fondo de publicidad.

Cuarta. Suministros. La masa, el chocolate y el aceite se adquirirán exclusivamente a [[O:Harinas Castellanas del Tajo, S.A.]] o a la central de compras del Franquiciador.

Quinta. Formación. El personal del Franquiciado realizará un curso de tres semanas en el obrador central de [[L:Getafe]], impartido por D. [[P:Rubén Castaño]].

Sexta. Financiación. El Franquiciado declara haber obtenido la financiación necesaria de [[O:Abanca]] con el aval de [[O:Afigal]].

Séptima. Código deontológico. Ambas partes se adhieren al código de la [[O:Asociación Española de Franquiciadores]] ([[O:AEF]]).

Octava. Jurisdicción. Para cualquier controversia, las partes se someten a los juzgados y tribunales de [[L:Madrid]].

Y en prueba de conformidad firman el presente contrato por duplicado.

Por [[O:Churrería Doña Rosario, S.L.]]: [[P:Tomás Villalba Recio]]          Por [[O:Dulces Ribeiro, S.L.U.]]: [[P:Uxía Ribeiro Castro]]
""")

d("es", "maritime_claim", """
[[O:Albiñana & Soler Abogados]]
Derecho marítimo y del transporte
Gran Vía Marqués del Turia, 49 – 46005 [[L:Valencia]]

[[O:Baleària Eurolíneas Marítimas, S.A.]]
Departamento de Siniestros
Moll de la Marina, 1
03700 [[L:Dénia]] ([[L:Alicante]])

[[L:Valencia]], 28 de enero de 2026

Asunto: Reclamación por daños a la carga – buque de carga rodada, travesía [[L:Barcelona]] – [[L:Palma]] del 9 de enero de 2026 – semirremolque 4471-HFK

Muy señores nuestros:

Nos dirigimos a ustedes en nombre y representación de [[O:Distribuciones Mallorquinas Ferrer, S.L.]] («[[O:Dimafer]]»), con domicilio en [[L:Inca]] ([[L:Mallorca]]), destinataria de la mercancía transportada en el semirremolque arriba indicado, que fue embarcado por la empresa de transportes [[O:Trans-Vallès Logística, S.L.]].

Durante la travesía, el temporal provocó el desplazamiento de la carga en la bodega. A la llegada a [[L:Palma]], el conductor, D. [[P:Sergi Mas Vidal]], comprobó que el semirremolque había volcado parcialmente y que 14 palés de electrodomésticos estaban destruidos. El incidente quedó registrado en la [[O:Capitanía Marítima de Palma]] y consta en el diario de navegación, según nos indicó el primer oficial, D. [[P:Andreu Pons]].

El 12 de enero el comisario de averías [[O:Inspecciones Navales Levante, S.L.]], por medio de D. [[P:Héctor Baeza]], realizó la peritación en presencia del representante de su aseguradora, [[O:Britannia P&I Club]]. Su informe concluye que el trincaje facilitado por el buque era insuficiente para las condiciones meteorológicas previstas por la [[O:Agencia Estatal de Meteorología]] ([[O:AEMET]]).

Por todo ello, reclamamos a [[O:Baleària]], como porteador, el importe de 86.412,30 euros, correspondiente al valor de factura de la mercancía de [[O:Dimafer]] según las facturas del fabricante [[O:Electrodomésticos Teka]], más los gastos de peritación.

Les rogamos que nos comuniquen su posición en el plazo de treinta días. En caso contrario, [[O:Dimafer]] ejercitará las acciones que le corresponden ante el [[O:Juzgado de lo Mercantil de Palma]].

Atentamente,

[[P:Carolina Albiñana Roig]]
Abogada
""")

d("es", "energy_contract", """
CONTRATO DE SUMINISTRO DE ENERGÍA ELÉCTRICA EN MERCADO LIBRE
Condiciones particulares – Contrato n.º ECI-2025-11873

De una parte, [[O:Ecoluz Comercializadora Ibérica, S.L.]] (en adelante, «[[O:Ecoluz]]»), con domicilio en Paseo de la Castellana, 95, 28046 [[L:Madrid]], representada por Dña. [[P:Elena Ortuño Saiz]], directora de Grandes Cuentas.

De otra parte, la [[O:Comunidad de Regantes de Valdeajos]] (en adelante, «el Cliente»), con domicilio en Plaza Mayor, 3, 09100 [[L:Villadiego]] ([[L:Burgos]]), representada por su presidente, D. [[P:Fermín Alonso Ruiz]], facultado por acuerdo de la Junta General de 14 de marzo de 2025.

PRIMERA. Puntos de suministro
1. Estación de bombeo n.º 1, [[L:Villadiego]] – tarifa 6.1TD – potencia contratada en P1: 1.450 kW
2. Estación de bombeo n.º 2, [[L:Sotresgudo]] – tarifa 6.1TD – 980 kW
3. Oficinas, [[L:Villadiego]] – tarifa 2.0TD – 10 kW

SEGUNDA. Duración
Del 1 de enero de 2026 al 31 de diciembre de 2027.

TERCERA. Precio
Precio fijo de la energía por periodos (P1 a P6) según anexo I, con un precio medio ponderado de 0,0946 €/kWh. Los peajes y cargos se facturarán según los valores aprobados por la [[O:Comisión Nacional de los Mercados y la Competencia]] ([[O:CNMC]]) y el [[O:Ministerio para la Transición Ecológica y el Reto Demográfico]].

CUARTA. Origen de la energía
El 100 % de la energía suministrada contará con garantías de origen renovable. Una parte procede del parque eólico de [[O:Eólica Páramo de Masa, S.A.]] en [[L:Masa]], con quien [[O:Ecoluz]] tiene un contrato de compraventa a largo plazo.

QUINTA. Empresa distribuidora
La distribuidora de la zona es [[O:i-DE Redes Eléctricas Inteligentes, S.A.U.]], responsable de la lectura de los contadores y de la atención de averías.

SEXTA. Facturación y pago
Facturación mensual y pago por domiciliación en la cuenta del Cliente en [[O:Caja Rural de Burgos]]. En temporada de riego (abril–septiembre) se emitirán facturas quincenales.

SÉPTIMA. Interlocutores
Por [[O:Ecoluz]]: D. [[P:Álvaro Quintanilla]], gestor de cuenta. Por el Cliente: Dña. [[P:Montserrat Pérez Arnaiz]], secretaria de la comunidad.

En [[L:Burgos]], a 20 de octubre de 2025.

Por [[O:Ecoluz]]: [[P:Elena Ortuño Saiz]]          Por el Cliente: [[P:Fermín Alonso Ruiz]]
""")

d("es", "sponsorship_agreement", """
CONVENIO DE PATROCINIO DEPORTIVO

En [[L:Arnedo]] ([[L:La Rioja]]), a 1 de agosto de 2025.

REUNIDOS

De una parte, D. [[P:Ignacio Sáenz Pascual]], consejero delegado de [[O:Calzados Sáenz Arnedo, S.A.]] (en adelante, «el Patrocinador»), con domicilio en avenida de la Industria, 44, [[L:Arnedo]].

De otra parte, Dña. [[P:Cristina Jiménez Martínez]], presidenta del [[O:Balonmano Arnedo]] (en adelante, «el Club»), entidad inscrita en el registro autonómico de entidades deportivas y afiliada a la [[O:Real Federación Española de Balonmano]].

EXPONEN

Que el Club compite en la temporada 2025-2026 en la categoría de plata y cuenta con 14 equipos de base, en colaboración con el [[O:CEIP Antonio Delgado Calvete]] y el [[O:IES Celso Díaz]].

Que [[O:Calzados Sáenz]] desea vincular su marca deportiva a los valores del balonmano riojano.

ACUERDAN

1. Aportación. [[O:Calzados Sáenz]] aportará al Club 60.000 euros por temporada, más el calzado deportivo de todos los equipos de base, valorado en 9.500 euros.

2. Denominación. El primer equipo competirá con la denominación comercial acordada entre las partes, que incluirá la marca del Patrocinador. La inscripción del nombre comercial se tramitará ante la [[O:Federación Riojana de Balonmano]].

3. Visibilidad. El logotipo del Patrocinador figurará en el frontal de las camisetas, en la pista del polideportivo municipal, cedido por el [[O:Ayuntamiento de Arnedo]], y en la web del Club.

4. Actividades. Los jugadores del primer equipo, entre ellos el capitán, [[P:Adrián Garrido]], participarán en dos actos promocionales por temporada en la tienda del Patrocinador en [[L:Logroño]].

5. Fiscalidad. El Club emitirá factura por los servicios de publicidad, con el IVA correspondiente. El convenio se comunicará al [[O:Consejo Superior de Deportes]] a efectos informativos.

6. Duración. Dos temporadas, hasta el 30 de junio de 2027.

7. Resolución. Si el Club descendiera de categoría, la aportación se reducirá al 60 %.

Y en prueba de conformidad, firman el presente convenio.

Por el Patrocinador, [[P:Ignacio Sáenz Pascual]]          Por el Club, [[P:Cristina Jiménez Martínez]]
Testigo: D. [[P:Luis Martínez-Portillo]], director de la [[O:Fundación Riojana para el Deporte]]
""")

d("es", "tender_award", """
[[O:DIPUTACIÓN PROVINCIAL DE CÁCERES]]
Sección de Contratación

RESOLUCIÓN DE ADJUDICACIÓN
Expediente: SUM-2025-044 – Suministro de vehículos para el servicio de extinción de incendios, dividido en cuatro lotes

Vista la propuesta de la mesa de contratación de 22 de septiembre de 2025, presidida por el diputado delegado D. [[P:Jesús Pérez Solís]], en la que actuó como secretaria Dña. [[P:Verónica Marcos Barroso]], y de conformidad con la Ley de Contratos del Sector Público, la Presidencia de la [[O:Diputación Provincial de Cáceres]] RESUELVE:

PRIMERO. Adjudicar el contrato en los siguientes términos:

Lote 1 – Autobombas urbanas pesadas (2 unidades) para los parques de [[L:Plasencia]] y [[L:Navalmoral de la Mata]]
Adjudicatario: [[O:Iturri, S.A.]], [[L:Dos Hermanas]] ([[L:Sevilla]]) – 798.600,00 € (IVA incluido)

Lote 2 – Tres autobombas forestales
Adjudicatario: [[O:Carrocerías Jaén Industrial, S.L.]], [[L:Jaén]] – 614.130,00 €

Lote 3 – Un vehículo de rescate en altura
Adjudicatario: [[O:Magirus Ibérica, S.L.U.]], [[L:Madrid]] – 701.800,00 €

Lote 4 – Seis vehículos ligeros de mando
Desierto. Las dos ofertas presentadas, de [[O:Automóviles Extremadura Motor, S.L.]] y de [[O:Garaje Trujillano]], superaban el presupuesto base de licitación.

SEGUNDO. Motivación. En el lote 1, la oferta de [[O:Iturri]] obtuvo 92,4 puntos frente a los 88,1 de [[O:Rosenbauer Española, S.A.]]; en el lote 2, [[O:Carrocerías Jaén Industrial]] fue la única licitadora admitida, tras la exclusión de [[O:Incipresa]] por no acreditar la solvencia técnica.

TERCERO. Notificar la presente resolución a todos los licitadores y publicarla en el perfil del contratante alojado en la Plataforma de Contratación del Sector Público.

CUARTO. Contra esta resolución podrá interponerse recurso especial en materia de contratación ante el [[O:Tribunal Administrativo Central de Recursos Contractuales]] en el plazo de quince días hábiles.

Los vehículos de los lotes 1 a 3 se destinarán al [[O:Consorcio Provincial de Bomberos de Cáceres]], que designará como responsable del contrato a su jefe técnico, D. [[P:Francisco Javier Rol]].

[[L:Cáceres]], 30 de septiembre de 2025
La Presidenta, [[P:Raquel del Puerto Martín]]
Ante mí, el Secretario General, [[P:Augusto Cordero Ceballos]]
""")

d("es", "insolvency_report", """
AL [[O:JUZGADO DE LO MERCANTIL N.º 1 DE BILBAO]]
Concurso ordinario 412/2025 – Concursada: [[O:Forjas del Nervión, S.A.]]

INFORME DE LA ADMINISTRACIÓN CONCURSAL (art. 292 del texto refundido de la Ley Concursal)

D. [[P:Gorka Zubizarreta Elorza]], en nombre de [[O:Zubizarreta Abogados y Economistas, S.L.P.]], administradora concursal designada por auto de 18 de junio de 2025, ante el Juzgado comparece y, como mejor proceda, DICE:

I. ANTECEDENTES
[[O:Forjas del Nervión, S.A.]] («[[O:Fornesa]]»), con domicilio en [[L:Barakaldo]] ([[L:Bizkaia]]), se dedica desde 1962 a la forja de piezas para el sector ferroviario y eólico. Su accionista mayoritario es la familia [[P:Urrutia]], y su director general, D. [[P:Koldo Urrutia Basterra]]. El concurso fue solicitado por la propia deudora tras la cancelación de los pedidos de su principal cliente, [[O:Siemens Gamesa Renewable Energy, S.A.]], y el fracaso de las negociaciones con la banca.

II. CAUSAS DE LA INSOLVENCIA
La administración concursal identifica tres causas: la caída de la demanda eólica, el incremento del coste energético (la factura de [[O:Iberdrola Clientes]] se duplicó en 2022) y la dependencia de un único cliente, que representaba el 61 % de las ventas.

III. INVENTARIO DE LA MASA ACTIVA
Inmueble industrial en [[L:Barakaldo]] (tasación de [[O:Tinsa]]): 6.200.000 €; maquinaria: 3.150.000 €; existencias: 940.000 €; créditos frente a clientes: 1.210.000 €. Total: 11.500.000 €.

IV. LISTA DE ACREEDORES
Créditos con privilegio especial: [[O:Kutxabank, S.A.]] (hipoteca sobre la nave), 4.300.000 €.
Créditos con privilegio general: trabajadores y [[O:Fondo de Garantía Salarial]] ([[O:FOGASA]]), 1.020.000 €; [[O:Hacienda Foral de Bizkaia]], 680.000 €; [[O:Tesorería General de la Seguridad Social]], 410.000 €.
Créditos ordinarios: 9.870.000 €, entre ellos [[O:Banco Santander, S.A.]] (2.100.000 €) y [[O:Aceros Inoxidables Olarra, S.A.]] (760.000 €).

V. VALORACIÓN
La continuidad de la actividad de [[O:Fornesa]] solo parece viable mediante la venta de la unidad productiva. Se han recibido manifestaciones de interés de [[O:CIE Automotive]] y del grupo [[O:Gerdau]]. El comité de empresa, asesorado por [[O:ELA]] y [[O:CCOO]], ha sido informado.

En [[L:Bilbao]], a 15 de octubre de 2025.
Fdo.: [[P:Gorka Zubizarreta Elorza]]
""")

d("es", "press_acquisition", """
ECONOMÍA | [[L:CANTABRIA]]

El fondo [[O:Nazca Capital]] compra la conservera [[O:Laredo Mar]] por 95 millones

La operación incluye las dos fábricas de [[L:Santoña]] y [[L:Laredo]] y el compromiso de mantener los 480 empleos

[[P:Lorena Gutiérrez]] | [[L:Santander]] | 12 de marzo de 2026

El fondo de capital riesgo madrileño [[O:Nazca Capital]] ha alcanzado un acuerdo para adquirir el 80 % de [[O:Conservas Laredo Mar, S.A.]], una de las mayores productoras de anchoa en salazón de [[L:España]]. La familia [[P:Ocejo]], fundadora de la empresa en 1921, conservará el 20 % restante, y su actual presidente, [[P:José Ramón Ocejo]], seguirá al frente de la compañía.

[[O:Laredo Mar]] facturó 118 millones de euros en 2025, con un 35 % de ventas en el exterior, sobre todo en [[L:Italia]], [[L:Francia]] y [[L:Estados Unidos]]. Según fuentes próximas a la operación, el fondo pretende duplicar el negocio en cinco años y abrir una tercera planta, posiblemente en [[L:Marruecos]], donde ya se realiza parte del fileteado.

«Necesitábamos un socio con músculo financiero para dar el salto internacional», explicó [[P:Ocejo]] en un comunicado. Por parte de [[O:Nazca]], su socia [[P:Carlota Ybarra]] destacó «la calidad artesanal y la fuerza de la marca».

La [[O:Sociedad para el Desarrollo Regional de Cantabria]] ([[O:Sodercan]]), que tenía un préstamo participativo de 6 millones, ha dado su visto bueno. El consejero de Industria del [[O:Gobierno de Cantabria]], [[P:Eduardo Arce]], celebró que «los centros de decisión sigan en la región».

Los sindicatos se mostraron cautos. [[P:Marta Fernández]], de [[O:CCOO]], recordó que casi el 90 % de la plantilla son mujeres con contratos fijos discontinuos y pidió que el compromiso de empleo «se firme por escrito». [[O:UGT]] ha solicitado una reunión con la nueva propiedad.

[[O:Laredo Mar]] ha estado asesorada por [[O:Deloitte]] y el despacho [[O:Cuatrecasas]]; [[O:Nazca]], por [[O:PwC]] y [[O:Uría Menéndez]]. La operación debe ser autorizada por la [[O:CNMC]].
""")

d("es", "cooperative_report", """
[[O:Olivarera Nuestra Señora de la Cabeza, S. Coop. And.]]
Carretera de Zagrilla, s/n – 14800 [[L:Priego de Córdoba]] ([[L:Córdoba]])

MEMORIA DE LA CAMPAÑA 2024/2025
Informe del consejo rector a la Asamblea General de socios

Estimados socios y socias:

1. Resumen de la campaña
La almazara molturó 21,4 millones de kilos de aceituna aportados por 1.286 socios de [[L:Priego de Córdoba]], [[L:Carcabuey]] y [[L:Almedinilla]], con un rendimiento medio del 21,8 %. Se obtuvieron 4,66 millones de kilos de aceite, de los cuales el 62 % fue calificado como virgen extra. La recuperación de la producción tras dos campañas de sequía ha permitido abonar a los socios una liquidación media de 4,12 euros por kilo de aceite.

2. Comercialización
El 70 % del aceite se vendió a granel a través de [[O:Dcoop]], cooperativa de segundo grado a la que pertenecemos. El 30 % restante se envasó con nuestra marca propia, amparada por el [[O:Consejo Regulador de la Denominación de Origen Protegida Priego de Córdoba]]. Destacan las exportaciones a [[L:Japón]] a través del importador [[O:Olive Tokyo Trading K.K.]] y a [[L:Alemania]] con [[O:Feinkost Andalusien GmbH]].

3. Inversiones
Se ha instalado una nueva línea de centrifugación, cofinanciada por la [[O:Consejería de Agricultura, Pesca, Agua y Desarrollo Rural]] de la [[O:Junta de Andalucía]], y placas solares para autoconsumo, instaladas por [[O:Solar Subbética, S.L.]].

4. Calidad y certificaciones
El laboratorio de la cooperativa ha renovado su acreditación ante la [[O:Entidad Nacional de Acreditación]] ([[O:ENAC]]). La producción ecológica, certificada por el [[O:Comité Andaluz de Agricultura Ecológica]] ([[O:CAAE]]), alcanza ya las 1.900 hectáreas.

5. Reconocimientos
Nuestro aceite «Flor del Olivar» ha obtenido el premio a la mejor almazara en los concursos de la [[O:Diputación de Córdoba]].

6. Órgano de gobierno
Cesa como vocal D. [[P:Antonio Serrano Aguilera]], tras doce años de dedicación. El consejo rector propone a la Asamblea la elección de Dña. [[P:Encarnación Ruiz-Burgos]]. El gerente, D. [[P:Francisco Mérida Ávalos]], presentará las cuentas, auditadas por [[O:Auditores Béticos, S.L.P.]].

[[L:Priego de Córdoba]], 20 de noviembre de 2025
El Presidente, [[P:Rafael Castro Pedrajas]]
""")

d("es", "reference_letter", """
[[O:Bodegas Hermanos Lacalle, S.A.]]
Barrio de la Estación, s/n – 26200 [[L:Haro]] ([[L:La Rioja]])

[[L:Haro]], 17 de noviembre de 2025

CARTA DE RECOMENDACIÓN

A quien pueda interesar:

Por la presente, yo, [[P:Beatriz Lacalle Ibarra]], directora general de [[O:Bodegas Hermanos Lacalle, S.A.]], hago constar que Dña. [[P:Noelia Villar Urbina]] ha trabajado en nuestra bodega desde septiembre de 2019 hasta octubre de 2025, primero como técnica de laboratorio y, desde 2022, como enóloga adjunta a la dirección técnica.

[[P:Noelia]] se licenció en Enología por la [[O:Universidad de La Rioja]] y completó su formación con una estancia de vendimia en [[O:Bodega Catena Zapata]], en [[L:Mendoza]] ([[L:Argentina]]), y un máster en la [[O:Universitat Rovira i Virgili]] de [[L:Tarragona]]. Desde su incorporación ha demostrado un conocimiento técnico excelente, una gran capacidad de trabajo durante las vendimias y un trato impecable con nuestros viticultores de [[L:Briones]], [[L:Ollauri]] y [[L:Rodezno]].

Entre sus logros quiero destacar:
– la puesta en marcha del programa de selección clonal de tempranillo con el [[O:Instituto de Ciencias de la Vid y del Vino]] ([[O:ICVV]]);
– la coordinación de las auditorías del [[O:Consejo Regulador de la Denominación de Origen Calificada Rioja]], superadas sin ninguna no conformidad;
– su participación en la elaboración de nuestro reserva de 2019, que obtuvo 94 puntos en la guía de [[P:Tim Atkin]].

Además, [[P:Noelia]] ha representado a la bodega en las catas organizadas por el [[O:ICEX]] en [[L:México]] y [[L:Canadá]], con un dominio del inglés y del francés que facilitó la apertura de nuestro importador en [[L:Montreal]], [[O:Vins Boréal Inc.]].

Deja nuestra empresa por voluntad propia para asumir la dirección técnica de una bodega en [[L:Ribera del Duero]]. Lamentamos su marcha y la recomiendo sin reservas para cualquier puesto de responsabilidad en el ámbito de la enología. Mi colaborador, D. [[P:Julián Ochoa]], director técnico, y yo misma quedamos a disposición de quien desee ampliar esta información.

Atentamente,

[[P:Beatriz Lacalle Ibarra]]
Directora general
""")


# ---------------------------------------------------------------- Italian
d("it", "works_council_minutes", """
VERBALE DI INCONTRO

Il giorno 3 aprile 2025, presso la sede di [[O:Lanificio Bellini Vitale S.p.A.]] in [[L:Valle Mosso]] ([[L:Biella]]), si sono incontrati:

per la società: Dott. [[P:Alberto Bellini Vitale]] (amministratore delegato), Dott.ssa [[P:Federica Zegna Rosso]] (direttrice del personale), assistiti da [[P:Paolo Ferraris]] dell'[[O:Unione Industriale Biellese]];

per la RSU dello stabilimento: [[P:Marisa Pozzo]], [[P:Davide Sella]], [[P:Khadija El Amrani]], [[P:Roberto Gilardi]];

per le organizzazioni sindacali territoriali: [[P:Lucia Coda]] ([[O:FILCTEM CGIL]]), [[P:Giorgio Mosca]] ([[O:FEMCA CISL]]) e [[P:Enzo Tallia]] ([[O:UILTEC UIL]]).

Premesso che
– l'azienda ha registrato nel primo trimestre un calo degli ordini del 22 %, dovuto in particolare alla riduzione delle commesse di [[O:Hugo Boss]] e di alcuni clienti giapponesi;
– il reparto finissaggio lavora a orario ridotto dal 10 marzo;

le parti concordano quanto segue:

1. Cassa integrazione. L'azienda presenterà all'[[O:INPS]] domanda di cassa integrazione guadagni ordinaria per 13 settimane a partire dal 14 aprile, per un massimo di 48 lavoratori dei reparti tessitura e finissaggio, con rotazione tra gli addetti. L'azienda anticiperà il trattamento alle normali scadenze di paga.

2. Premio di risultato. Il premio 2024 sarà erogato con la retribuzione di giugno nella misura del 70 % dell'importo pieno. Le parti si rivedranno entro settembre per i parametri 2025.

3. Formazione. Durante le giornate di sospensione saranno organizzati corsi sulla tintura a basso impatto, finanziati tramite [[O:Fondimpresa]] e tenuti dai docenti di [[O:Città Studi Biella]].

4. Sicurezza. La RSU segnala la rumorosità dei nuovi telai; l'azienda si impegna a far eseguire nuove misurazioni dal consulente, Ing. [[P:Marco Barbera]], e a trasmetterne gli esiti allo S.Pre.S.A.L. dell'[[O:ASL di Biella]].

5. Verifica. Le parti si incontreranno nuovamente il 30 giugno 2025 presso la sede dell'[[O:Unione Industriale Biellese]] in [[L:Biella]].

Letto, confermato e sottoscritto.

per [[O:Lanificio Bellini Vitale S.p.A.]]: [[P:Alberto Bellini Vitale]], [[P:Federica Zegna Rosso]]
per la RSU: [[P:Marisa Pozzo]], [[P:Davide Sella]], [[P:Khadija El Amrani]], [[P:Roberto Gilardi]]
per [[O:FILCTEM CGIL]], [[O:FEMCA CISL]], [[O:UILTEC UIL]]: [[P:Lucia Coda]], [[P:Giorgio Mosca]], [[P:Enzo Tallia]]
""")

d("it", "notary_letter", """
Dott.ssa [[P:Giovanna Ferraris]]
Notaio in [[L:Torino]]
Corso Re Umberto 27 – 10128 [[L:Torino]]

Gentili Signori
[[P:Luca Bertolotti]] e [[P:Chiara Avondo]]
Via Nizza 112
10126 [[L:Torino]]

[[L:Torino]], 8 settembre 2025

Oggetto: compravendita dell'appartamento in Via Principi d'Acaja 40, [[L:Torino]] – stipula dell'atto definitivo

Gentili Signori,

facendo seguito al preliminare sottoscritto il 12 giugno scorso presso l'agenzia [[O:Tecnocasa Cit Turin]], vi confermo che la stipula dell'atto di compravendita con la società venditrice [[O:Immobiliare Crocetta S.r.l.]], rappresentata dal suo amministratore unico, Geom. [[P:Franco Revelli]], è fissata per martedì 30 settembre 2025 alle ore 11.00 presso il mio studio.

Dalle verifiche svolte risulta quanto segue:
– le visure ipotecarie presso l'[[O:Agenzia delle Entrate]] (ufficio provinciale di [[L:Torino]] – Territorio) evidenziano un'ipoteca a favore di [[O:Banca Sella S.p.A.]], che la venditrice si è impegnata a cancellare contestualmente al rogito;
– la conformità urbanistica è stata attestata dall'Arch. [[P:Silvia Operti]] sulla base della pratica edilizia depositata presso la [[O:Città di Torino]];
– l'attestato di prestazione energetica (classe D) è regolarmente registrato presso la [[O:Regione Piemonte]].

Il vostro mutuo di 240.000 euro sarà stipulato lo stesso giorno con [[O:Intesa Sanpaolo S.p.A.]]; la banca sarà rappresentata dalla Dott.ssa [[P:Elena Gribaudo]], della filiale di [[L:Moncalieri]]. Vi prego di far pervenire entro il 22 settembre copia dei documenti d'identità e dei codici fiscali, nonché l'estratto dell'atto di matrimonio, poiché siete coniugati in regime di separazione dei beni.

Le imposte (registro, ipotecaria e catastale) saranno calcolate con le agevolazioni per la prima casa, che dichiarerete in atto. Allego il prospetto delle spese; l'importo complessivo dovrà essere versato mediante bonifico sul conto dello studio presso [[O:Banca Sella]].

L'amministratore del condominio, Rag. [[P:Piero Gallo]] dello [[O:Studio Gallo Amministrazioni]], ha confermato che non vi sono spese condominiali arretrate.

Per qualsiasi chiarimento potete rivolgervi alla mia collaboratrice, Sig.ra [[P:Daniela Musso]].

Cordiali saluti.

[[P:Giovanna Ferraris]]
""")

d("it", "subcontractor_dispute", """
[[O:Edilmarche Costruzioni S.r.l.]]
Via del Commercio 18 – 60127 [[L:Ancona]]

Trasmessa via PEC

Spett.le
[[O:Impianti Tecnologici Adriatici S.n.c. di Rossi Mario & C.]]
Via Flaminia 301
60015 [[L:Falconara Marittima]] ([[L:AN]])

[[L:Ancona]], 17 ottobre 2025

Oggetto: lavori di adeguamento sismico ed efficientamento della scuola primaria di via Ascoli Piceno – contratto di subappalto del 3 febbraio 2025 (impianti meccanici) – contestazione di inadempimento e diffida ad adempiere

Egregio Sig. [[P:Rossi]],

con la presente contestiamo formalmente alla Vostra società i seguenti inadempimenti, accertati dal direttore dei lavori, Ing. [[P:Stefano Pieroni]], nel sopralluogo del 14 ottobre alla presenza del responsabile unico del procedimento del [[O:Comune di Ancona]], Arch. [[P:Laura Ciarrocchi]]:

1. mancato completamento della centrale termica, che secondo il cronoprogramma doveva essere ultimata entro il 30 settembre;
2. posa delle tubazioni del riscaldamento a pavimento nel secondo piano non conforme al progetto esecutivo redatto dallo studio [[O:Termoprogetti Associati]];
3. mancata consegna delle certificazioni dei materiali e della dichiarazione di conformità per la porzione già eseguita;
4. presenza in cantiere, il 9 ottobre, di due operai non comunicati all'impresa appaltatrice, fatto rilevato anche dall'ispettore dell'[[O:Ispettorato Territoriale del Lavoro di Ancona]].

Tali ritardi ci espongono all'applicazione delle penali previste dal contratto d'appalto con l'ente, pari all'uno per mille dell'importo per ogni giorno di ritardo, che saranno integralmente addebitate alla [[O:Impianti Tecnologici Adriatici]].

Vi diffidiamo pertanto ad adempiere entro quindici giorni dal ricevimento della presente. Decorso inutilmente tale termine, il contratto si intenderà risolto ai sensi dell'art. 1454 c.c. e affideremo il completamento alla ditta [[O:Termoidraulica Cingolani & Figli]] di [[L:Jesi]], con addebito dei maggiori costi. Ci riserviamo di escutere la polizza fideiussoria emessa da [[O:Reale Mutua Assicurazioni]].

Per ogni controversia sarà competente in via esclusiva il [[O:Tribunale di Ancona]]. Copia della presente è trasmessa al nostro legale, Avv. [[P:Francesca Bartolucci]].

Distinti saluti.

[[O:Edilmarche Costruzioni S.r.l.]]
Il legale rappresentante
Geom. [[P:Massimo Gentili]]
""")

d("it", "grant_application", """
[[O:REGIONE EMILIA-ROMAGNA]]
Bando per il sostegno a progetti di ricerca industriale delle start-up innovative – anno 2025

DOMANDA DI CONTRIBUTO

Sezione A – Soggetto proponente
Denominazione: [[O:Agritech Valpadana S.r.l.]] – start-up innovativa iscritta alla sezione speciale del Registro delle imprese della [[O:Camera di Commercio dell'Emilia]]
Sede legale: Via Mantova 93, 43122 [[L:Parma]]
Legale rappresentante: Dott.ssa [[P:Giulia Ferrarini]]
Referente del progetto: Dott. [[P:Matteo Bocchi]], tel. 0521 000 000

Sezione B – Titolo del progetto
Sensori a basso costo per il monitoraggio della stagionatura dei salumi a denominazione di origine

Sezione C – Partner e collaborazioni
– [[O:Università degli Studi di Parma]], Dipartimento di Scienze degli Alimenti e del Farmaco, responsabile scientifico Prof. [[P:Andrea Dall'Asta]]
– [[O:Consorzio del Prosciutto di Parma]], che mette a disposizione tre prosciuttifici associati a [[L:Langhirano]] e a [[L:Felino]]
– [[O:Salumificio Ghirardi & Figli S.p.A.]], utilizzatore finale per i test in stabilimento

Sezione D – Descrizione sintetica
Il progetto intende sviluppare etichette con sensori stampati che misurano umidità e pH durante la stagionatura e trasmettono i dati a una piattaforma cloud. [[O:Agritech Valpadana]] ha già depositato una domanda di brevetto presso l'[[O:Ufficio Italiano Brevetti e Marchi]] ([[O:UIBM]]) nel 2024. Il progetto è stato presentato con il supporto dell'incubatore [[O:Art-ER]], che ne ha verificato l'ammissibilità.

Sezione E – Piano finanziario
Personale: 142.000 €; strumentazione: 38.000 €; consulenze ([[O:Università degli Studi di Parma]]): 45.000 €; brevetti: 9.000 €; totale: 234.000 €.
Contributo richiesto (60 %): 140.400 €. Cofinanziamento con finanziamento di [[O:Crédit Agricole Italia]].

Sezione F – Dichiarazioni
La sottoscritta dichiara che l'impresa non ha ricevuto altri aiuti per le stesse spese e che è in regola con il DURC.

[[L:Parma]], 28 febbraio 2025
Firmato digitalmente: [[P:Giulia Ferrarini]]
""")

d("it", "university_agreement", """
ACCORDO QUADRO DI COOPERAZIONE ACCADEMICA

tra

l'[[O:Università Ca' Foscari Venezia]], con sede in Dorsoduro 3246, 30123 [[L:Venezia]], rappresentata dalla Rettrice, Prof.ssa [[P:Tiziana Lippiello]],

e

la [[O:Universidad de Salamanca]], con sede in Patio de Escuelas 1, 37008 [[L:Salamanca]] ([[L:Spagna]]), rappresentata dal Rettore, Prof. [[P:Juan Manuel Corchado]],

PREMESSO CHE
– entrambe le università partecipano al programma Erasmus+ e mantengono da oltre dieci anni scambi di studenti nei corsi di lingue e letterature straniere;
– le parti intendono estendere la collaborazione alla ricerca sul patrimonio culturale e ai dottorati in cotutela;

SI CONVIENE QUANTO SEGUE

Art. 1 – Oggetto
Le parti promuovono la mobilità di studenti, dottorandi, docenti e personale tecnico-amministrativo, la realizzazione di progetti di ricerca congiunti e l'organizzazione di scuole estive.

Art. 2 – Mobilità
Ogni anno fino a otto studenti per parte potranno svolgere un semestre presso l'università partner senza pagare tasse d'iscrizione. La gestione dei fondi di mobilità avverrà tramite l'[[O:INDIRE]] e il [[O:Servicio Español para la Internacionalización de la Educación]] ([[O:SEPIE]]).

Art. 3 – Ricerca
Il primo progetto congiunto riguarderà la digitalizzazione dei fondi archivistici veneziani e salmantini, in collaborazione con la [[O:Fondazione Giorgio Cini]] di [[L:Venezia]] e con la [[O:Biblioteca General Histórica]] dell'ateneo spagnolo.

Art. 4 – Referenti
Referenti dell'accordo sono la Prof.ssa [[P:Elena Mariani]] per [[O:Ca' Foscari]] e il Prof. [[P:Javier San José Lera]] per l'[[O:Universidad de Salamanca]]. Essi redigono una relazione annuale sulle attività svolte.

Art. 5 – Durata e recesso
L'accordo ha durata quinquennale e può essere rinnovato per iscritto. Ciascuna parte può recedere con un preavviso di sei mesi.

Art. 6 – Controversie
Le parti si impegnano a risolvere in via amichevole ogni controversia; in mancanza, ciascuna potrà rivolgersi alla [[O:Camera di Commercio Internazionale]].

[[L:Venezia]], 12 maggio 2025          [[L:Salamanca]], 26 maggio 2025
[[P:Tiziana Lippiello]]                 [[P:Juan Manuel Corchado]]
""")

d("it", "discharge_letter", """
[[O:Azienda Ospedaliero-Universitaria Pisana]]
U.O. Ortopedia e Traumatologia I – Direttore: Prof. [[P:Giovanni Marchetti]]
Stabilimento di Cisanello, Via Paradisa 2 – 56124 [[L:Pisa]]

LETTERA DI DIMISSIONE

Al medico curante
Dott. [[P:Alessandro Lenzi]]
[[L:San Giuliano Terme]] ([[L:PI]])

[[L:Pisa]], 21 gennaio 2026

Gentile Collega,

Le comunichiamo che la Sig.ra [[P:Ilaria Pardini]], nata a [[L:Lucca]] il 4 aprile 1968, residente a [[L:Vecchiano]], è stata ricoverata presso il nostro reparto dal 14 al 21 gennaio 2026.

Diagnosi: frattura pluriframmentaria del piatto tibiale destro da incidente stradale.

Decorso clinico: la paziente è giunta in pronto soccorso trasportata dall'ambulanza della [[O:Pubblica Assistenza di Migliarino]]. Il 15 gennaio è stata sottoposta a intervento di riduzione e osteosintesi con placche e viti (operatore Dott. [[P:Michele Scaglione]]). Il decorso post-operatorio è stato regolare; la paziente deambula con due stampelle senza carico sull'arto operato.

Terapia alla dimissione: enoxaparina 4000 UI sottocute una volta al giorno per 35 giorni; paracetamolo 1 g al bisogno, fino a tre volte al giorno; pantoprazolo 20 mg.

Indicazioni:
– controllo ambulatoriale con radiografia tra 4 settimane presso il nostro ambulatorio (prenotazione a cura del reparto);
– fisioterapia a domicilio, già richiesta al distretto della [[O:Azienda USL Toscana nord ovest]];
– rimozione dei punti di sutura presso il curante tra 14 giorni.

La paziente è dipendente della [[O:Cartiera Lucchese S.p.A.]] di [[L:Porcari]]; è stato rilasciato il certificato di malattia telematico all'[[O:INPS]] per 60 giorni. Trattandosi di infortunio in itinere, è stata inviata la segnalazione all'[[O:INAIL]].

Il marito, Sig. [[P:Stefano Benassi]], è stato informato e assisterà la paziente al domicilio.

Cordiali saluti.

Il medico di reparto
Dott.ssa [[P:Caterina Bonsignori]]

Il Direttore
Prof. [[P:Giovanni Marchetti]]
""")

d("it", "tax_office_letter", """
[[O:Agenzia delle Entrate]]
Direzione Provinciale di [[L:Bari]] – Ufficio Controlli
Via Amendola 201/7 – 70126 [[L:Bari]]

Spett.le
[[O:Oleificio Fratelli De Santis S.r.l.]]
in persona del legale rappresentante, Sig. [[P:Vito De Santis]]
Contrada Torre Rossa – 70032 [[L:Bitonto]] ([[L:BA]])

e p.c.
[[O:Studio Associato Lorusso & Partners]]
Dott. [[P:Nicola Lorusso]], commercialista
Corso Cavour 88 – 70121 [[L:Bari]]

Prot. n. 2025/188412
[[L:Bari]], 23 ottobre 2025

Oggetto: invito a comparire per l'attivazione del contraddittorio preventivo – periodo d'imposta 2021

Con la presente, questo Ufficio La invita a comparire, personalmente o tramite un rappresentante munito di procura, il giorno 13 novembre 2025, alle ore 10.30, presso la sede di [[L:Bari]], per fornire chiarimenti sui seguenti elementi emersi dall'attività di controllo:

1. acquisti di olive da produttori agricoli di [[L:Andria]] e [[L:Corato]], per un importo di 1.186.000 euro, in parte documentati con autofatture che non trovano riscontro nelle dichiarazioni dei cedenti;
2. operazioni con la società [[O:Puglia Olive Trading Ltd]], con sede a [[L:Malta]], nei confronti della quale la [[O:Guardia di Finanza]] di [[L:Molfetta]] ha trasmesso un processo verbale di constatazione;
3. il contributo ricevuto dalla [[O:Regione Puglia]] per il rinnovo del frantoio, non indicato nel quadro RU della dichiarazione.

La invitiamo a produrre in tale sede i registri IVA, il libro giornale, i contratti con [[O:Puglia Olive Trading]] e la documentazione relativa al contributo regionale.

La informiamo che ha facoltà di accedere alla definizione agevolata delle sanzioni e che, in caso di disaccordo, l'eventuale avviso di accertamento potrà essere impugnato dinanzi alla [[O:Corte di giustizia tributaria di primo grado di Bari]].

Il funzionario incaricato dell'istruttoria è la Dott.ssa [[P:Angela Montrone]].

IL CAPO UFFICIO
Dott. [[P:Giuseppe Tatò]]
(firmato digitalmente)
""")

d("it", "customs_email", """
Da: [[P:Sara Pedretti]]
Inviato: mercoledì 19 marzo 2025 15:42
A: [[P:Walter Cappelletti]]
Cc: Reparto Export
Oggetto: R: Spedizione mobili per [[O:Wohnwelt Zürich]] – dichiarazione doganale di esportazione

Buongiorno Sig. [[P:Cappelletti]],

la dichiarazione di esportazione è stata presentata questa mattina all'[[O:Ufficio delle Dogane di Como]], sezione operativa di [[L:Chiasso]], ed è stata svincolata con controllo documentale (canale giallo). Riepilogo:

Esportatore: [[O:Mobilificio Cappelletti S.r.l.]], [[L:Cantù]] ([[L:CO]])
Destinatario: [[O:Wohnwelt Zürich AG]], [[L:Dietikon]], [[L:Svizzera]]
Rappresentante: [[O:Fratelli Pedretti Spedizioni S.r.l.]], [[L:Como]] (rappresentanza diretta)
Merci: 14 colli – 6 librerie, 2 tavoli allungabili e 24 sedie in noce, voci doganali 9403 60 e 9401 61
Valore fattura: 48.620,00 EUR – resa FCA [[L:Cantù]]
Prova dell'origine: dichiarazione di origine su fattura, esportatore autorizzato n. IT/014/2019

Il camion della [[O:Autotrasporti Brenna]] ha già passato il confine a [[L:Chiasso]] alle 13.05. Le operazioni d'importazione in [[L:Svizzera]] sono seguite dal nostro corrispondente, [[O:Rhenus Logistics AG]], per conto del cliente.

Ricordo che l'esportazione sarà chiusa nel sistema AIDA dell'[[O:Agenzia delle Dogane e dei Monopoli]] ([[O:ADM]]) solo quando arriverà il messaggio di uscita; vi invieremo la prova di uscita per la non imponibilità IVA.

Cordiali saluti
[[P:Sara Pedretti]]
Reparto Doganale – [[O:Fratelli Pedretti Spedizioni S.r.l.]]
Via Asiago 16 – 22100 [[L:Como]]

----- Messaggio originale -----
Da: [[P:Walter Cappelletti]]
Inviato: martedì 18 marzo 2025 18:10
A: [[P:Sara Pedretti]]
Oggetto: Spedizione mobili per [[O:Wohnwelt Zürich]]

Gentile [[P:Sara]],

vi mando fattura, packing list e dichiarazione di origine per la consegna a [[O:Wohnwelt]]. Il ritiro è confermato per domani alle 8.00. Il signor [[P:Urs Hofstetter]], il loro buyer, chiede di avere la bolla d'esportazione prima che il camion arrivi a [[L:Dietikon]].

Grazie,
[[P:Walter Cappelletti]]
[[O:Mobilificio Cappelletti]]
""")

d("it", "franchise_contract", """
CONTRATTO DI AFFILIAZIONE COMMERCIALE (FRANCHISING)

TRA

[[O:Da Gennaro Franchising S.r.l.]], con sede in [[L:Napoli]], Via Partenope 12, P. IVA 07000000000, in persona dell'amministratore delegato Dott. [[P:Gennaro Esposito]] (di seguito «l'Affiliante» o «[[O:Da Gennaro]]»),

E

[[O:Sapori del Golfo Milano S.r.l.]], con sede in [[L:Milano]], Corso Buenos Aires 54, in persona dell'amministratrice unica Sig.ra [[P:Assunta Iovine]] (di seguito «l'Affiliato»),

PREMESSO CHE
a) l'Affiliante ha sviluppato un sistema di pizzerie napoletane con 27 locali in [[L:Italia]], [[L:Francia]] e [[L:Regno Unito]];
b) l'Affiliante ha consegnato all'Affiliato, almeno trenta giorni prima della sottoscrizione, copia completa del presente contratto e degli allegati previsti dalla legge 6 maggio 2004, n. 129;
c) l'Affiliante è socio di [[O:Assofranchising]] e ne rispetta il codice etico;

SI CONVIENE QUANTO SEGUE

Art. 1 – Oggetto. L'Affiliante concede all'Affiliato il diritto di aprire e gestire una pizzeria con l'insegna nella zona di [[L:Porta Venezia]] a [[L:Milano]], con esclusiva entro un raggio di 1,5 km.

Art. 2 – Durata. Cinque anni dalla data di apertura, rinnovabili per ulteriori cinque.

Art. 3 – Corrispettivi. Diritto d'ingresso di 30.000 euro più IVA; royalty del 6 % sul fatturato netto mensile; contributo pubblicitario dell'1,5 %.

Art. 4 – Forniture. Farina, pomodoro e mozzarella di bufala dovranno essere acquistati presso [[O:Molino Caputo]], il [[O:Consorzio Pomodoro San Marzano Dop]] o fornitori approvati dall'Affiliante.

Art. 5 – Formazione. I pizzaioli dell'Affiliato frequenteranno un corso di quattro settimane presso la scuola dell'Affiliante a [[L:Pozzuoli]], tenuto dal maestro pizzaiolo [[P:Ciro Salvo]].

Art. 6 – Garanzie. L'Affiliato consegna una fideiussione bancaria di 20.000 euro rilasciata da [[O:Banca Popolare di Sondrio]].

Art. 7 – Controversie. Le controversie saranno devolute ad arbitrato secondo il regolamento della [[O:Camera Arbitrale di Milano]].

[[L:Napoli]], 15 gennaio 2025

per [[O:Da Gennaro Franchising S.r.l.]]: [[P:Gennaro Esposito]]
per [[O:Sapori del Golfo Milano S.r.l.]]: [[P:Assunta Iovine]]
""")

d("it", "food_inspection_report", """
[[O:ASL Roma 1]]
Dipartimento di Prevenzione – Servizio Igiene degli Alimenti e della Nutrizione (SIAN)
Borgo Santo Spirito 3 – 00193 [[L:Roma]]

VERBALE DI ISPEZIONE N. 2025/1184

In data 24 giugno 2025, alle ore 11.20, i sottoscritti Dott. [[P:Fabrizio Ceccarelli]], medico, e Sig.ra [[P:Roberta Nardi]], tecnico della prevenzione, in servizio presso il SIAN dell'[[O:ASL Roma 1]], unitamente al Mar. [[P:Luigi Palumbo]] del [[O:NAS Carabinieri di Roma]], si sono recati presso l'esercizio:

Ragione sociale: [[O:Trattoria Da Checco al Pantheon S.n.c. di Proietti Francesco & C.]]
Insegna: [[O:Da Checco]] – Via della Rotonda, [[L:Roma]]
Legale rappresentante: Sig. [[P:Francesco Proietti]], presente all'ispezione

OSSERVAZIONI
1. Il locale cucina si presenta in condizioni igieniche insufficienti: presenza di sporco pregresso sotto le attrezzature e di escrementi di roditori nel retrobottega.
2. Nel congelatore a pozzetto sono stati rinvenuti 12 kg di prodotti ittici privi di etichettatura e di documentazione di provenienza. Il Sig. [[P:Proietti]] dichiara che provengono dal [[O:Mercato Ittico all'Ingrosso di Fiumicino]], ma non esibisce fatture.
3. Il piano di autocontrollo HACCP, redatto dalla società di consulenza [[O:Qualità Alimentare Lazio S.r.l.]], non è aggiornato dal 2021.
4. Il personale (4 addetti, tra cui il cuoco [[P:Ahmed Saleh]]) ha frequentato i corsi di formazione previsti.

PROVVEDIMENTI
– Sequestro amministrativo dei prodotti ittici non tracciati, affidati in custodia al Sig. [[P:Proietti]];
– sospensione dell'attività di cucina fino al ripristino delle condizioni igieniche e alla disinfestazione da parte di ditta specializzata;
– prelievo di un campione di ragù per analisi microbiologiche presso l'[[O:Istituto Zooprofilattico Sperimentale del Lazio e della Toscana]];
– contestazione di sanzione amministrativa ai sensi del d.lgs. 27/2021.

Copia del presente verbale viene rilasciata alla parte e trasmessa al [[O:Municipio Roma I Centro]] per quanto di competenza.

Letto, confermato e sottoscritto.
I verbalizzanti: [[P:Fabrizio Ceccarelli]], [[P:Roberta Nardi]], [[P:Luigi Palumbo]]
La parte: [[P:Francesco Proietti]]
""")

d("it", "energy_contract", """
CONTRATTO DI FORNITURA DI GAS NATURALE – CLIENTI BUSINESS
Codice contratto: GN-2025-2207

Fornitore: [[O:Energia Alpina Trentina S.p.A.]], Via Fersina 23, 38123 [[L:Trento]], in persona del procuratore Dott. [[P:Michele Dalpiaz]]

Cliente: [[O:Hotel Belvedere Campiglio S.r.l.]], Via Cima Tosa 8, 38086 [[L:Madonna di Campiglio]] ([[L:TN]]), in persona della legale rappresentante Sig.ra [[P:Monica Collini]]

1. Oggetto e punto di riconsegna
Fornitura di gas naturale per uso riscaldamento e cucina presso l'albergo di [[L:Madonna di Campiglio]], PDR 00881100442211, consumo annuo stimato 142.000 Smc. Il distributore locale è [[O:Novareti S.p.A.]].

2. Durata
Dal 1° ottobre 2025 al 30 settembre 2027, con rinnovo tacito di anno in anno salvo disdetta con sei mesi di preavviso.

3. Prezzo
Componente materia prima: indice PSV day ahead mensile + spread di 0,085 €/Smc. Le componenti di trasporto, distribuzione e oneri di sistema sono applicate secondo le delibere dell'[[O:Autorità di Regolazione per Energia Reti e Ambiente]] ([[O:ARERA]]). Accise e addizionale regionale secondo la normativa vigente della [[O:Provincia autonoma di Trento]].

4. Garanzie
In considerazione della stagionalità dei consumi, il Cliente presta una garanzia bancaria di 18.000 euro emessa dalla [[O:Cassa Rurale Adamello Giudicarie Valsabbia Paganella]].

5. Fatturazione e pagamenti
Fatture mensili, pagamento a 30 giorni tramite SDD. In caso di ritardo si applicano gli interessi di mora previsti dal d.lgs. 231/2002.

6. Prestazioni aggiuntive
Su richiesta del Cliente, il Fornitore effettuerà tramite la controllata [[O:EAT Servizi Energetici S.r.l.]] una diagnosi energetica dell'albergo, finalizzata all'installazione di una pompa di calore ibrida e alla richiesta degli incentivi del [[O:Gestore dei Servizi Energetici]] ([[O:GSE]]).

7. Reclami
I reclami vanno inviati per iscritto; in caso di mancata risposta il Cliente può rivolgersi al servizio di conciliazione di [[O:ARERA]].

8. Referenti
Per il Fornitore: Sig. [[P:Thomas Pedrotti]], account manager per le [[L:Giudicarie]]. Per il Cliente: Sig. [[P:Andrea Collini]], direttore dell'albergo.

[[L:Trento]], 10 settembre 2025

per [[O:Energia Alpina Trentina S.p.A.]]: [[P:Michele Dalpiaz]]
per il Cliente: [[P:Monica Collini]]
""")

d("it", "association_newsletter", """
[[O:CONFARTIGIANATO IMPRESE VICENZA]] – NEWSLETTER n. 41 del 6 novembre 2025

In questo numero
Bandi e contributi · Formazione · Credito · Dalle categorie · Appuntamenti

BANDI E CONTRIBUTI
La [[O:Camera di Commercio di Vicenza]] ha riaperto il bando per la digitalizzazione delle micro e piccole imprese: contributi a fondo perduto fino a 10.000 euro per software gestionali, siti di commercio elettronico e sicurezza informatica. Le domande si presentano dal 17 novembre. Gli sportelli dell'associazione a [[L:Bassano del Grappa]], [[L:Schio]] e [[L:Thiene]] sono a disposizione per la compilazione.
Anche la [[O:Regione del Veneto]] ha pubblicato un bando per la sostituzione dei macchinari nelle imprese artigiane; referente interno la Dott.ssa [[P:Chiara Dal Santo]].

FORMAZIONE
In collaborazione con la [[O:Fondazione Studi Universitari di Vicenza]] partono a gennaio due corsi serali su intelligenza artificiale per le piccole imprese e sulla gestione dei passaggi generazionali. Docente del secondo corso sarà il notaio [[P:Luca Pozzan]].

CREDITO
È stata rinnovata la convenzione con la [[O:Banca delle Terre Venete]] e con il confidi [[O:Fidi Impresa & Turismo Veneto]]: tassi agevolati per investimenti fino a 150.000 euro e garanzia fino all'80 %.

DALLE CATEGORIE
– Oreficeria: l'azienda [[O:Orafi Vicentini Riuniti S.r.l.]] di [[L:Trissino]] ha vinto il premio per il design alla fiera di [[L:Dubai]].
– Autoriparatori: dal 1° dicembre cambiano le regole per la revisione dei veicoli pesanti; informazioni dal presidente di categoria, [[P:Gianni Zanella]].
– Edilizia: l'[[O:Ente Bilaterale Artigianato Veneto]] ([[O:EBAV]]) ha aumentato il contributo per i corsi sulla sicurezza nei cantieri.

APPUNTAMENTI
– 14 novembre, ore 18.00: assemblea dei soci della zona di [[L:Arzignano]], con il presidente provinciale [[P:Gianluca Cavion]];
– 28 novembre: incontro con l'[[O:INPS]] sulla pensione degli artigiani, sede di [[L:Vicenza]].

Per cancellarsi dalla newsletter scrivere a newsletter@confartigianatovicenza.it.
""")

d("it", "insolvency_report", """
[[O:TRIBUNALE DI TREVISO]]
Sezione II civile – procedure concorsuali

Liquidazione giudiziale n. 74/2025 – [[O:Calzaturificio Montebelluna Sport S.r.l.]]
Giudice delegato: Dott.ssa [[P:Clarice Di Tullio]]
Curatore: Dott. [[P:Enrico Zanatta]], dottore commercialista in [[L:Treviso]]

RELAZIONE EX ART. 130 DEL CODICE DELLA CRISI D'IMPRESA E DELL'INSOLVENZA

1. Premessa
Con sentenza del 3 aprile 2025 il [[O:Tribunale di Treviso]] ha aperto la liquidazione giudiziale di [[O:Calzaturificio Montebelluna Sport S.r.l.]] (di seguito «[[O:CMS]]»), con sede in [[L:Montebelluna]], su ricorso della stessa società, e ha nominato il sottoscritto curatore.

2. Storia dell'impresa e cause del dissesto
[[O:CMS]] è stata fondata nel 1971 da [[P:Bruno Pellizzari]] e produceva scarponi da sci e da montagna per marchi terzi, tra cui [[O:Tecnica Group]] e [[O:Salewa]]. Dal 2018 la produzione era stata in gran parte trasferita nello stabilimento della controllata [[O:CMS Shoes Romania S.R.L.]] a [[L:Timișoara]]. Le cause del dissesto sono riconducibili alla perdita delle commesse di [[O:Salewa]] nel 2023, agli investimenti in una nuova linea di iniezione mai entrata a regime e al progressivo indebitamento verso l'erario. L'amministratore unico, Sig. [[P:Marco Pellizzari]], figlio del fondatore, ha collaborato con il curatore.

3. Attivo
– Immobile industriale in [[L:Montebelluna]]: valore di stima 2.450.000 euro (perizia dell'Ing. [[P:Paolo Bortolato]]);
– partecipazione in [[O:CMS Shoes Romania]]: valore da accertare;
– marchio storico della società: offerta irrevocabile di [[O:Alpinstep S.p.A.]] di [[L:Asolo]] per 180.000 euro.

4. Passivo
Sono state presentate 212 domande di ammissione per complessivi 9,6 milioni di euro, tra cui: [[O:Agenzia delle Entrate-Riscossione]] (2,1 milioni), [[O:INPS]] (640.000 euro), [[O:Banca Monte dei Paschi di Siena S.p.A.]] (1,8 milioni, ipotecario), [[O:UniCredit S.p.A.]] (950.000 euro) e 118 lavoratori dipendenti.

5. Azioni di responsabilità
Il curatore sta valutando, con l'assistenza dell'Avv. [[P:Silvia Ceccato]], eventuali azioni di responsabilità nei confronti dell'organo amministrativo e del collegio sindacale.

[[L:Treviso]], 30 giugno 2025
Il curatore, Dott. [[P:Enrico Zanatta]]
""")

d("it", "museum_loan", """
CONTRATTO DI PRESTITO DI OPERE D'ARTE PER MOSTRA TEMPORANEA

Prestatore: [[O:Fondazione Accademia Carrara]], con sede in [[L:Bergamo]], rappresentata dalla Direttrice, Dott.ssa [[P:Martina Bagnoli]]

Richiedente: [[O:Musée Jacquemart-André]], 158 boulevard Haussmann, 75008 [[L:Parigi]] ([[L:Francia]]), gestito da [[O:Culturespaces]], rappresentato dal curatore, Sig. [[P:Étienne Morvan]]

Mostra: «Il ritratto nel Rinascimento lombardo», [[L:Parigi]], 6 marzo – 20 luglio 2026

1. Opere prestate
– [[P:Giovanni Battista Moroni]], Ritratto di vecchio seduto, olio su tela, 1575 circa
– [[P:Lorenzo Lotto]], Ritratto di giovane, olio su tavola, 1526 circa
– [[P:Giovanni Cariani]], Ritratto di gentiluomo, olio su tela, 1520 circa

2. Autorizzazioni
Il prestito è subordinato all'autorizzazione della Direzione generale Musei del [[O:Ministero della Cultura]] e al parere della [[O:Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Bergamo e Brescia]], già richiesti dal Prestatore.

3. Assicurazione
Le opere sono assicurate «da chiodo a chiodo» dal Richiedente con [[O:AXA XL]], per i valori indicati nell'allegato A. In alternativa, il Richiedente può avvalersi della garanzia dello Stato francese.

4. Trasporto
L'imballaggio e il trasporto su gomma, con mezzi climatizzati, sono affidati ad [[O:Arteria S.r.l.]] di [[L:Milano]]. Le opere saranno accompagnate da un accompagnatore del Prestatore, la restauratrice [[P:Delfina Fagnani]], all'andata e al ritorno.

5. Riproduzioni e crediti
Ogni didascalia riporterà la dicitura: «[[L:Bergamo]], [[O:Accademia Carrara]]». Le fotografie ad alta risoluzione saranno fornite dall'archivio della [[O:Fondazione Accademia Carrara]].

6. Corrispettivo
Il Richiedente verserà un contributo di 12.000 euro destinato al restauro della cornice del ritratto di [[P:Moroni]], eseguito dallo studio [[O:Restauri Crippa & Mologni]].

7. Foro competente
Per ogni controversia è competente il [[O:Tribunale di Bergamo]].

[[L:Bergamo]], 14 novembre 2025
per il Prestatore: [[P:Martina Bagnoli]]          per il Richiedente: [[P:Étienne Morvan]]
""")

d("it", "pension_fund_letter", """
[[O:FOPAL]] – [[O:Fondo Pensione Artigiani Lombardi]]
Iscritto all'Albo tenuto dalla [[O:COVIP]] con il n. 188
Via Vittor Pisani 8 – 20124 [[L:Milano]]

Gentile Sig.
[[P:Daniele Mauri]]
Via dei Partigiani 14
23900 [[L:Lecco]]

Posizione n. 0041872
[[L:Milano]], 12 febbraio 2026

Oggetto: richiesta di anticipazione per acquisto della prima casa di abitazione

Gentile Sig. [[P:Mauri]],

abbiamo ricevuto il 28 gennaio la Sua richiesta di anticipazione per l'acquisto della prima casa, trasmessa tramite il Suo datore di lavoro, [[O:Officine Meccaniche Ghezzi S.r.l.]] di [[L:Valmadrera]].

Risultando iscritto al [[O:FOPAL]] dal 1° marzo 2014, Lei ha maturato gli otto anni di partecipazione richiesti e può quindi ottenere un'anticipazione fino al 75 % della posizione individuale. Alla data del 31 gennaio 2026 la Sua posizione ammonta a 38.412,76 euro; l'importo massimo erogabile è pertanto di 28.809,57 euro lordi, su cui sarà applicata la ritenuta del 23 %.

Per completare la pratica Le chiediamo di inviarci:
1. copia del rogito notarile o, in mancanza, del contratto preliminare registrato, con indicazione del notaio incaricato (ci risulta la Dott.ssa [[P:Paola Riva]] di [[L:Merate]]);
2. dichiarazione sostitutiva di residenza nel [[O:Comune di Calolziocorte]], dove si trova l'immobile, entro diciotto mesi dall'acquisto;
3. coordinate del conto corrente intestato a Suo nome presso [[O:Banca Popolare di Sondrio]] o altro istituto.

Il pagamento sarà effettuato dalla banca depositaria, [[O:BFF Bank S.p.A.]], entro 90 giorni dal ricevimento della documentazione completa.

Le ricordiamo che le somme anticipate possono essere reintegrate in qualsiasi momento con versamenti aggiuntivi, anche beneficiando della deduzione fiscale. Il [[O:FOPAL]] è alimentato dai contributi previsti dal contratto collettivo sottoscritto da [[O:Confartigianato Lombardia]], [[O:CNA Lombardia]] e dalle organizzazioni sindacali di categoria.

Per informazioni può rivolgersi al nostro servizio iscritti o allo sportello dell'[[O:Ente Bilaterale dell'Artigianato Lombardo]] ([[O:ELBA]]) di [[L:Lecco]].

Cordiali saluti.

Il Direttore generale
Dott. [[P:Roberto Brambilla]]
""")

d("it", "sponsorship_agreement", """
CONTRATTO DI SPONSORIZZAZIONE SPORTIVA – STAGIONI 2025/2026 E 2026/2027

TRA

[[O:Bresaoleria Valtellinese Cerasa S.p.A.]], con sede in [[L:Chiuro]] ([[L:SO]]), Via Nazionale 40, in persona del Presidente Cav. [[P:Aldo Cerasa]] (di seguito «lo Sponsor»),

E

[[O:A.S.D. Pallavolo Valtellina]], con sede in [[L:Sondrio]], Via Vanoni 2, affiliata alla [[O:Federazione Italiana Pallavolo]] ([[O:FIPAV]]), in persona del Presidente Sig. [[P:Ettore Bonomi]] (di seguito «l'Associazione»),

PREMESSO CHE
– l'Associazione partecipa con la prima squadra femminile al campionato nazionale di Serie B1 e conta oltre 250 tesserati nel settore giovanile tra [[L:Sondrio]], [[L:Tirano]] e [[L:Morbegno]];
– lo Sponsor intende promuovere i propri prodotti a marchio IGP presso il pubblico sportivo della [[L:Valtellina]];

SI CONVIENE QUANTO SEGUE

1. Corrispettivo. Lo Sponsor corrisponderà all'Associazione 45.000 euro più IVA per ciascuna stagione, in tre rate (settembre, dicembre, marzo).

2. Visibilità. La prima squadra adotterà la denominazione «[[O:Cerasa Volley Valtellina]]». Il marchio dello Sponsor figurerà sulle maglie da gara, sul parquet del palazzetto, concesso in uso dal [[O:Comune di Sondrio]], e su tutto il materiale promozionale. Tale denominazione sarà comunicata alla [[O:FIPAV]] entro il 15 settembre 2025.

3. Iniziative. Le atlete della prima squadra, tra cui la capitana [[P:Giorgia Rapella]], parteciperanno a due eventi promozionali all'anno presso lo spaccio aziendale di [[L:Chiuro]] e alla fiera agroalimentare di [[L:Morbegno]].

4. Settore giovanile. Lo Sponsor finanzierà inoltre, per un importo di 8.000 euro a stagione, il progetto scuole svolto con l'[[O:Istituto Comprensivo Sondrio Centro]].

5. Obblighi dell'Associazione. L'Associazione si impegna a rispettare i regolamenti federali e il codice etico del [[O:CONI]] e a comunicare tempestivamente allo Sponsor eventuali sanzioni disciplinari.

6. Recesso. In caso di retrocessione, lo Sponsor potrà recedere con effetto dalla stagione successiva.

7. Foro. Foro esclusivo di [[L:Sondrio]].

[[L:Sondrio]], 1° agosto 2025

lo Sponsor: [[P:Aldo Cerasa]]          l'Associazione: [[P:Ettore Bonomi]]
Visto per la parte commerciale: Dott.ssa [[P:Valentina Cerasa]], responsabile marketing
""")


# ---------------------------------------------------------------- Dutch
d("nl", "works_council_minutes", """
Notulen vergadering ondernemingsraad
[[O:Koninklijke Van Dalen Verpakkingen B.V.]], vestiging [[L:Apeldoorn]]

Datum: dinsdag 11 februari 2025, 9.30–12.15 uur
Aanwezig: [[P:Ricardo Martens]] (voorzitter), [[P:Esther Hulshof]] (secretaris), [[P:Bas Wolters]], [[P:Fenna Dijkman]], [[P:Ahmet Kaya]], [[P:Gert-Jan Lubbers]], [[P:Iris van Wijk]]
Afwezig met bericht: [[P:Peter Stegeman]]
Bij agendapunt 3 aanwezig: [[P:Hans van Dalen]] (algemeen directeur) en [[P:Wendy Rorink]] (HR-manager)
Notulist: [[P:Marieke Schipper]] (ambtelijk secretaris)

1. Opening en vaststelling agenda
De voorzitter opent de vergadering. De agenda wordt ongewijzigd vastgesteld.

2. Notulen vorige vergadering (14 januari)
Vastgesteld met één tekstuele wijziging op verzoek van [[P:Fenna]].

3. Adviesaanvraag verplaatsing drukkerij
De heer [[P:Van Dalen]] licht de adviesaanvraag van 3 februari toe. De directie wil de flexodrukkerij verplaatsen naar de vestiging van zusterbedrijf [[O:Van Dalen Opakowania Sp. z o.o.]] in [[L:Poznań]] ([[L:Polen]]). Daarmee vervallen in [[L:Apeldoorn]] 38 arbeidsplaatsen. Mevrouw [[P:Rorink]] meldt dat een sociaal plan wordt besproken met [[O:FNV]] en [[O:CNV Vakmensen]].
De OR vraagt om een onafhankelijke toets van de businesscase. Besloten wordt het adviesbureau [[O:Bureau Ondernemingsraad & Strategie]] uit [[L:Utrecht]] in te schakelen; de kosten komen conform artikel 22 WOR voor rekening van de ondernemer. [[P:Bas]] en [[P:Ahmet]] vormen een werkgroep.

4. Arbo en verzuim
Het verzuim is gestegen naar 6,8 %. De bedrijfsarts van [[O:ArboNed]], mevrouw [[P:Claudia Jansen]], geeft in maart een toelichting. [[P:Gert-Jan]] vraagt aandacht voor de nachtdiensten in hal 2.

5. Pensioen
De werkgever heeft laten weten dat de pensioenregeling bij [[O:Pensioenfonds PMT]] per 1 januari 2027 overgaat naar het nieuwe stelsel. [[P:Iris van Wijk]] zoekt uit welke informatie het fonds aan werknemers verstrekt.

6. Rondvraag
[[P:Ahmet Kaya]] meldt dat de kantine in [[L:Deventer]] nog steeds geen vegetarische maaltijden biedt; dit wordt met de cateraar, [[O:Albron]], opgenomen.

7. Sluiting
De voorzitter sluit de vergadering om 12.15 uur.

Actiepunten: [[P:Marieke Schipper]] stuurt de adviesaanvraag naar [[O:Bureau Ondernemingsraad & Strategie]]; [[P:Ricardo Martens]] plant overleg met de bestuurder op 25 februari.
""")

d("nl", "notary_letter", """
[[O:Notariskantoor Van der Meulen & Bakker]]
Stationsweg 14
8011 CZ [[L:Zwolle]]

De heer [[P:T.J. Ozturk]] en mevrouw [[P:L. Postma]]
Assendorperstraat 88
8012 DL [[L:Zwolle]]

Ons kenmerk: 2025.1412/MB
Behandeld door: mr. [[P:Marjolein Bakker]], kandidaat-notaris
[[L:Zwolle]], 17 oktober 2025

Betreft: levering woning Pannekoekendijk 31, [[L:Zwolle]]

Geachte heer [[P:Ozturk]] en mevrouw [[P:Postma]],

Op donderdag 30 oktober 2025 om 10.00 uur vindt op ons kantoor de ondertekening plaats van de akte van levering van uw nieuwe woning en van de hypotheekakte. De verkopers, de heer en mevrouw [[P:Hofstede]], worden vertegenwoordigd door een medewerker van ons kantoor op grond van een volmacht.

Bijgaand ontvangt u het concept van beide akten en de nota van afrekening. Wij wijzen u op het volgende:

1. Uw hypotheek wordt verstrekt door [[O:Nationale-Nederlanden Levensverzekering Maatschappij N.V.]]; de lening valt onder de Nationale Hypotheek Garantie van de [[O:Stichting Waarborgfonds Eigen Woningen]]. De geldverstrekker maakt het hypotheekbedrag rechtstreeks naar onze kwaliteitsrekening over.
2. Het restant van de koopsom, de kosten en de overdrachtsbelasting (€ 4.118,00) dient u uiterlijk 27 oktober op onze kwaliteitsrekening bij de [[O:Rabobank]] te voldoen.
3. Uit de inschrijvingen in de openbare registers van het [[O:Kadaster]] blijkt dat er nog een hypotheek rust ten gunste van [[O:ASN Bank]]. Deze wordt bij de levering afgelost en doorgehaald.
4. De [[O:Gemeente Zwolle]] heeft bevestigd dat er geen voorkeursrecht of openstaande bouwkundige handhaving op het perceel rust.
5. De bouwkundige keuring door [[O:Bouwkundig Bureau IJsselland]] vermeldt vochtproblemen in de kelder; de verkopers hebben zich in de koopakte verplicht deze vóór de levering te laten herstellen. Uw makelaar, de heer [[P:Jeroen Hoekstra]] van [[O:Hoekstra Makelaardij]], zal dit bij de eindinspectie controleren.

Neemt u bij de ondertekening een geldig legitimatiebewijs mee. Heeft u vragen, dan kunt u contact opnemen met mij of met onze medewerker, mevrouw [[P:Sanne Visscher]].

Met vriendelijke groet,

mr. [[P:Marjolein Bakker]]
kandidaat-notaris, waarnemer van mr. [[P:Willem van der Meulen]], notaris te [[L:Zwolle]]
""")

d("nl", "subcontractor_email", """
Van: [[P:Sjoerd Hazenberg]]
Verzonden: maandag 8 september 2025 16:47
Aan: [[P:Rutger Veenstra]]
CC: [[P:Anke de Boer]]
Onderwerp: RE: Project Tuinwijk te [[L:Sneek]] – gevelelementen blok C, meerwerk en vertraging

[[P:Rutger]],

Je mail van vanochtend heb ik in goede orde ontvangen, maar ik kan er niet mee akkoord gaan.

Het meerwerk van € 46.380 voor de extra isolatie in de gevelelementen is nooit opgedragen. In het bouwoverleg van 19 juni is duidelijk vastgelegd dat [[O:Gevelbouw Noord B.V.]] de elementen levert volgens het bestek van [[O:Woonstichting De Kernen]], waarin de Rc-waarde al was opgenomen. De notulen daarvan heb je ontvangen van [[P:Anke]].

Daarnaast loopt de montage van blok C inmiddels vijf weken achter. [[O:De Kernen]] heeft ons gisteren formeel in gebreke gesteld, en de eerste huurders zouden per 1 november de sleutel krijgen. Als [[O:Gevelbouw Noord]] de resterende elementen niet uiterlijk 26 september monteert, zal [[O:Bouwcombinatie Hazenberg-Dijkstra]] de kortingen die de opdrachtgever ons oplegt op jullie verhalen.

Ik stel voor dat we donderdag op de bouwplaats in [[L:Sneek]] om tafel gaan, samen met de directievoerder van [[O:De Kernen]], de heer [[P:Klaas Wijnia]]. Komen we er niet uit, dan leggen we het geschil voor aan de [[O:Raad van Arbitrage voor de Bouw]], zoals de UAV voorschrijven.

Met vriendelijke groet,
[[P:Sjoerd Hazenberg]]
Projectleider – [[O:Bouwcombinatie Hazenberg-Dijkstra V.O.F.]]
Celsiusweg 12, [[L:Leeuwarden]]

-----Oorspronkelijk bericht-----
Van: [[P:Rutger Veenstra]]
Verzonden: maandag 8 september 2025 08:12
Aan: [[P:Sjoerd Hazenberg]]
Onderwerp: Project Tuinwijk te [[L:Sneek]] – gevelelementen blok C

Goedemorgen [[P:Sjoerd]],

Zoals besproken sturen we hierbij de meerwerkfactuur voor de zwaardere isolatie in de gevelelementen. Onze leverancier, [[O:Kingspan Unidek]], heeft de prijzen per juli met 18 % verhoogd en die stijging kunnen we niet zelf dragen.

De vertraging in blok C komt doordat de steigers van [[O:Steigerbouw Friesland]] pas op 25 augustus stonden, terwijl dat 4 augustus had moeten zijn. Die vertraging ligt dus niet bij ons.

Groet,
[[P:Rutger Veenstra]]
Directeur – [[O:Gevelbouw Noord B.V.]], [[L:Drachten]]
""")

d("nl", "grant_decision", """
[[O:Rijksdienst voor Ondernemend Nederland]]
Postbus 93144
2509 AC [[L:Den Haag]]

[[O:Waterstofnet Eemsdelta B.V.]]
T.a.v. de heer ir. [[P:Jelle Bosma]]
Zeehavenweg 6
9936 HD [[L:Delfzijl]]

Datum: 24 juli 2025
Ons kenmerk: DEI225017
Onderwerp: beschikking subsidie Demonstratie Energie- en Klimaatinnovatie (DEI+)

Geachte heer [[P:Bosma]],

Op 14 maart 2025 heeft u namens het samenwerkingsverband een subsidieaanvraag ingediend voor het project ‘Duurzame waterstof voor de chemische industrie in de [[L:Eemsdelta]]’. In deze brief leest u ons besluit.

Besluit
Ik verleen u een subsidie van maximaal € 3.864.000. Dit is 36 % van de subsidiabele kosten van € 10.733.000. De subsidie wordt verleend op grond van de regeling van het [[O:Ministerie van Klimaat en Groene Groei]].

Samenwerkingsverband
Het project wordt uitgevoerd door:
– [[O:Waterstofnet Eemsdelta B.V.]] (penvoerder);
– [[O:Rijksuniversiteit Groningen]], onder leiding van prof. dr. [[P:Bart van der Heijden]];
– [[O:Hanzehogeschool Groningen]];
– [[O:Nobian Industrial Chemicals B.V.]], locatie [[L:Delfzijl]].
Het transport van de waterstof loopt via het netwerk van [[O:Gasunie]], dat geen subsidie ontvangt.

Voorwaarden
U moet het project uiterlijk 31 december 2028 afronden. Elk jaar vóór 1 maart stuurt u een voortgangsrapportage. Een deel van de kennis deelt u via het Nationaal Waterstof Programma. Een bevoorschotting van 80 % betalen wij in termijnen uit op het rekeningnummer van de penvoerder bij [[O:ABN AMRO]].

De [[O:Provincie Groningen]] heeft voor hetzelfde project een bijdrage van € 750.000 toegezegd. Deze bijdrage telt mee bij de berekening van de maximale steun.

Bezwaar
Bent u het niet eens met dit besluit? Dan kunt u binnen zes weken na de datum van deze brief bezwaar maken bij [[O:RVO]].

Met vriendelijke groet,

de minister,
namens deze,
[[P:Marloes Terpstra]]
teamleider Energie-innovatie, [[O:RVO]]
""")

d("nl", "university_agreement", """
SAMENWERKINGSOVEREENKOMST

De ondergetekenden:

1. [[O:Wageningen University & Research]], gevestigd te [[L:Wageningen]], Droevendaalsesteeg 4, rechtsgeldig vertegenwoordigd door de voorzitter van de raad van bestuur, [[P:Sjoukje Heimovaara]], hierna te noemen: ‘[[O:WUR]]’;

2. [[O:Universiteit Gent]], gevestigd te [[L:Gent]] ([[L:België]]), Sint-Pietersnieuwstraat 25, rechtsgeldig vertegenwoordigd door de rector, prof. dr. [[P:Rik Van de Walle]], hierna te noemen: ‘[[O:UGent]]’;

overwegende dat:
– beide instellingen onderzoek doen naar de verduurzaming van de melkveehouderij;
– zij een gezamenlijk promotietraject en een uitwisseling van masterstudenten willen opzetten;

komen het volgende overeen:

Artikel 1 – Doel
Partijen werken samen op het gebied van methaanreductie in de rundveehouderij, in het bijzonder via voeradditieven en aangepaste stalsystemen.

Artikel 2 – Gezamenlijk doctoraat
Partijen begeleiden gezamenlijk vier promovendi. Zij zijn ingeschreven aan beide universiteiten en verdedigen hun proefschrift in [[L:Wageningen]] of [[L:Gent]]. Promotoren zijn prof. dr. [[P:Imke de Boer]] ([[O:WUR]]) en prof. dr. [[P:Veerle Fievez]] ([[O:UGent]]).

Artikel 3 – Financiering
De promotieplaatsen worden gefinancierd door de [[O:Nederlandse Organisatie voor Wetenschappelijk Onderzoek]] ([[O:NWO]]) en het [[O:Fonds Wetenschappelijk Onderzoek – Vlaanderen]] ([[O:FWO]]). Proeven op praktijkbedrijven worden mede mogelijk gemaakt door [[O:FrieslandCampina]] en de [[O:Boerenbond]].

Artikel 4 – Proefbedrijven
De metingen vinden plaats op Dairy Campus in [[L:Leeuwarden]] en op het proefbedrijf van het [[O:Instituut voor Landbouw-, Visserij- en Voedingsonderzoek]] ([[O:ILVO]]) in [[L:Melle]].

Artikel 5 – Intellectueel eigendom
Resultaten die partijen gezamenlijk behalen, zijn hun gezamenlijk eigendom. Over octrooiaanvragen maken partijen vooraf schriftelijke afspraken.

Artikel 6 – Duur
Deze overeenkomst geldt voor vijf jaar vanaf de datum van ondertekening.

Artikel 7 – Toepasselijk recht
Op deze overeenkomst is Nederlands recht van toepassing. Geschillen worden voorgelegd aan de [[O:Rechtbank Gelderland]].

Aldus overeengekomen en in tweevoud ondertekend,
[[L:Wageningen]], 3 juni 2025 – [[P:Sjoukje Heimovaara]]
[[L:Gent]], 10 juni 2025 – [[P:Rik Van de Walle]]
""")

d("nl", "discharge_letter", """
[[O:Gelre ziekenhuizen]]
Afdeling Longziekten, locatie [[L:Apeldoorn]]
Albert Schweitzerlaan 31, 7334 DZ [[L:Apeldoorn]]

Aan: dhr. [[P:R. Wagenvoort]], huisarts
[[O:Huisartsenpraktijk De Maten]]
Anklaarseweg 12
7325 LA [[L:Apeldoorn]]

Datum: 3 december 2025

Betreft: ontslagbrief van mevrouw [[P:G.H. Brouwer-Kamphuis]], geboren 12-05-1944, BSN ***.***.212

Geachte collega [[P:Wagenvoort]],

Uw patiënte werd van 24 november tot en met 3 december 2025 opgenomen op onze afdeling longziekten in verband met een pneumonie rechtsonder bij bekend COPD GOLD 3.

Beloop
Zij werd via de huisartsenpost ingestuurd nadat haar dochter, mevrouw [[P:Anja Brouwer]], haar benauwd had aangetroffen. Op de spoedeisende hulp bleek sprake van hypoxemie. Zij werd behandeld met amoxicilline/clavulaanzuur intraveneus, prednisolon en zuurstof. Na drie dagen volgde omzetting naar orale antibiotica. Een sputumkweek toonde Haemophilus influenzae, gevoelig voor de gegeven middelen. Bij ontslag is zij mobiel met de rollator en niet meer zuurstofbehoeftig in rust.

Medicatie bij ontslag
– amoxicilline/clavulaanzuur 500/125 mg 3 dd 1, nog 3 dagen
– prednisolon 30 mg 1 dd, nog 2 dagen, daarna stoppen
– tiotropium/olodaterol inhalator 1 dd 2 pufjes (ongewijzigd)
De medicatieoverdracht is verstuurd naar [[O:Apotheek Het Loo]].

Beleid
– Thuiszorg via [[O:Vérian]] voor hulp bij het douchen, twee keer per week;
– longverpleegkundige mevrouw [[P:Esra Yilmaz]] belt patiënte over twee weken;
– poliklinische controle bij dr. [[P:Jorien ten Have]], longarts, over zes weken met thoraxfoto;
– verwijzing naar de longrevalidatie van [[O:Merem Medische Revalidatie]] in [[L:Hilversum]] wordt overwogen; wij bespreken dit op de polikliniek.

Wij vertrouwen erop u hiermee voldoende te hebben geïnformeerd.

Met collegiale groet,

drs. [[P:Thijs Oudshoorn]], arts-assistent longziekten
namens dr. [[P:J. ten Have]], longarts
""")

d("nl", "tax_office_letter", """
[[O:Belastingdienst]]
Midden- en kleinbedrijf
Postbus 2860
6401 DJ [[L:Heerlen]]

[[O:Bakkerij Hendriks & Zn. V.O.F.]]
T.a.v. de heer [[P:Koen Hendriks]]
Markt 7
5911 HE [[L:Venlo]]

Datum: 18 juni 2025
Ons kenmerk: MKB/ZO/2025/00731
Contactpersoon: mevrouw [[P:Y. Schrijnemakers]]
Telefoon: 088 000 00 00

Onderwerp: aankondiging boekenonderzoek omzetbelasting 2023 en 2024

Geachte heer [[P:Hendriks]],

Wij gaan een boekenonderzoek instellen naar de aangiften omzetbelasting van uw onderneming over de jaren 2023 en 2024. Met deze brief kondigen wij dit onderzoek aan.

Waarom dit onderzoek?
Uit de gegevens die wij van derden hebben ontvangen, blijkt dat de omzet uit de verkoop van broodjes en koffie in uw lunchroom in [[L:Tegelen]] mogelijk tegen het verlaagde tarief is aangegeven, terwijl voor consumpties ter plaatse het algemene tarief geldt. Daarnaast willen wij de leveringen aan [[O:Hotel Bovenste Molen]] en aan de [[O:Stichting Zorggroep Noord- en Midden-Limburg]] controleren.

Wanneer?
Wij beginnen op dinsdag 8 juli 2025 om 9.00 uur in uw bedrijf. Het onderzoek wordt uitgevoerd door mevrouw [[P:Schrijnemakers]] en de heer [[P:Ruud Coenen]].

Wat vragen wij van u?
Zorg ervoor dat de volgende stukken beschikbaar zijn:
– de grootboekadministratie en de kasadministratie;
– de kassabonnen en de dagstaten van het afrekensysteem van [[O:Lightspeed]];
– de facturen aan zakelijke afnemers;
– de jaarstukken, opgesteld door uw administratiekantoor.

Uw adviseur
Wij hebben een kopie van deze brief gestuurd aan uw adviseur, de heer [[P:Mehmet Aslan]] van [[O:Aslan Administratie & Belastingadvies]] in [[L:Roermond]]. U mag zich tijdens het onderzoek laten bijstaan.

Gegevens [[O:Kamer van Koophandel]]
Volgens het Handelsregister van de [[O:KvK]] zijn u en uw broer, de heer [[P:Tim Hendriks]], beiden vennoot. Wij vragen u ook de vennootschapsovereenkomst ter inzage te leggen.

Heeft u vragen over deze brief? Bel dan mevrouw [[P:Schrijnemakers]] op het bovenstaande nummer.

Met vriendelijke groet,

[[O:Belastingdienst]]
[[P:Y. Schrijnemakers]]
""")

d("nl", "customs_email", """
Van: [[P:Mark Verhagen]]
Verzonden: donderdag 13 maart 2025 14:26
Aan: [[P:Lisette Bouwman]]
Onderwerp: RE: Aangifte ten invoer avocado’s – container MNBU 3304518

Hoi [[P:Lisette]],

De aangifte ten invoer is vanochtend via AGS ingediend bij de [[O:Douane]] en is om 11.40 uur vrijgegeven. De belangrijkste gegevens:

Aangever: [[O:Van Rijn Customs Services B.V.]], [[L:Rotterdam]] (directe vertegenwoordiging)
Importeur: [[O:Fresh Harvest Europe B.V.]], [[L:Barendrecht]]
Afzender: [[O:Agrícola Cerro Prieto S.A.C.]], [[L:Trujillo]], [[L:Peru]]
Schip: Maersk Lima, aankomst [[L:Rotterdam]] 11 maart
Goederen: 1.920 dozen Hass-avocado’s, GN-code 0804 40 00
Douanewaarde: € 31.470,00
Invoerrecht: 0 % (preferentiële oorsprong, handelsovereenkomst met [[L:Peru]])
Btw: 9 %, verlegd via artikel 23-vergunning

Het [[O:Kwaliteits-Controle-Bureau]] ([[O:KCB]]) heeft de partij gisteren op de terminal van [[O:Kloosterboer]] in de Waalhaven gekeurd en goedgekeurd voor de handelsnormen. De fytosanitaire controle door de [[O:NVWA]] was niet nodig, omdat avocado’s daar niet onder vallen.

De container wordt morgen om 7.00 uur door [[O:Transportbedrijf Van der Wal]] naar jullie koelhuis in [[L:Barendrecht]] gebracht. De factuur voor de aangifte en de keuring volgt volgende week.

Groeten,
[[P:Mark Verhagen]]
Douanedeclarant
[[O:Van Rijn Customs Services B.V.]]
Waalhaven Zuidzijde 19, [[L:Rotterdam]]

-----Oorspronkelijk bericht-----
Van: [[P:Lisette Bouwman]]
Verzonden: woensdag 12 maart 2025 09:03
Aan: [[P:Mark Verhagen]]
Onderwerp: Aangifte ten invoer avocado’s – container MNBU 3304518

Goedemorgen [[P:Mark]],

In de bijlage vind je de factuur, de paklijst, het oorsprongscertificaat EUR.1 en het fytosanitair certificaat van [[O:Cerro Prieto]]. De partij is bestemd voor [[O:Albert Heijn]], dus graag zo snel mogelijk inklaren. Onze kwaliteitsmanager, [[P:Johan de Graaf]], wil bij de keuring door het [[O:KCB]] aanwezig zijn.

Met vriendelijke groet,
[[P:Lisette Bouwman]]
Inkoop & logistiek – [[O:Fresh Harvest Europe]]
""")

d("nl", "franchise_contract", """
FRANCHISEOVEREENKOMST

De ondergetekenden:

1. [[O:De Bonenbrander Franchise B.V.]], statutair gevestigd te [[L:Utrecht]], kantoorhoudende aan de Vredenburgkade 20, 3511 WD [[L:Utrecht]], ingeschreven bij de [[O:Kamer van Koophandel]] onder nummer 70000000, vertegenwoordigd door haar directeur, de heer [[P:Niels Brandsma]], hierna: ‘de franchisegever’;

2. [[O:Kaya Horeca Holding B.V.]], gevestigd te [[L:Amersfoort]], Langestraat 41, vertegenwoordigd door haar bestuurder, mevrouw [[P:Elif Kaya]], hierna: ‘de franchisenemer’;

overwegende dat:
a. de franchisegever onder zijn formule 34 koffiebars exploiteert in [[L:Nederland]] en [[L:Vlaanderen]];
b. de franchisegever de franchisenemer ten minste vier weken voor ondertekening de precontractuele informatie heeft verstrekt, zoals bedoeld in de Wet franchise;
c. de franchisenemer de koffiebar aan de Langestraat te [[L:Amersfoort]] zal exploiteren;

komen als volgt overeen:

Artikel 1 – Verlening
De franchisegever verleent de franchisenemer het niet-exclusieve recht om de formule toe te passen in de vestiging te [[L:Amersfoort]], met een beschermd gebied binnen de gemeentegrenzen van [[L:Amersfoort]] en [[L:Leusden]].

Artikel 2 – Vergoedingen
Entreevergoeding: € 27.500 exclusief btw. Franchisevergoeding: 5 % van de netto-omzet per maand. Marketingbijdrage: 2 %.

Artikel 3 – Inkoop
Koffiebonen worden uitsluitend afgenomen van [[O:Koffiebranderij Brandsma & Co]] in [[L:Utrecht]]; zuivel van [[O:Zuivelhoeve Eemland]].

Artikel 4 – Opleiding
Mevrouw [[P:Kaya]] en ten minste twee medewerkers volgen de barista-opleiding van de franchisegever, gegeven door de heer [[P:Stijn de Lange]].

Artikel 5 – Financiering
De franchisenemer financiert de inrichting met een lening van [[O:ING Bank N.V.]] en een borgstelling via het [[O:Qredits]] microkrediet.

Artikel 6 – Geschillen
Partijen onderschrijven de gedragscode van de [[O:Nederlandse Franchise Vereniging]] ([[O:NFV]]). Geschillen worden eerst voorgelegd aan een mediator; lukt dat niet, dan is de [[O:Rechtbank Midden-Nederland]] bevoegd.

Aldus opgemaakt en in tweevoud getekend te [[L:Utrecht]] op 14 april 2025.

Namens [[O:De Bonenbrander Franchise B.V.]]: [[P:Niels Brandsma]]
Namens [[O:Kaya Horeca Holding B.V.]]: [[P:Elif Kaya]]
""")

d("nl", "food_inspection_report", """
[[O:Nederlandse Voedsel- en Warenautoriteit]] ([[O:NVWA]])
Divisie Consument & Veiligheid
Postbus 43006, 3540 AA [[L:Utrecht]]

INSPECTIERAPPORT

Bedrijf: [[O:Slagerij Van den Broek V.O.F.]]
Adres: Noordhoekstraat 22, 5038 HR [[L:Tilburg]]
KvK-nummer: 18000000
Contactpersoon: de heer [[P:Frank van den Broek]], eigenaar
Datum inspectie: 5 augustus 2025
Inspecteurs: [[P:L. Smulders]] en [[P:Nadia Bouzid]]
Soort inspectie: regulier, onaangekondigd

1. Aanleiding
Reguliere inspectie van een ambachtelijke slagerij met eigen productie van vleeswaren en kant-en-klaarmaaltijden, die ook levert aan [[O:Restaurant De Kleine Hertog]] en aan de kantine van [[O:Fontys Hogescholen]] in [[L:Tilburg]].

2. Bevindingen
– Hygiëne: de werkruimte was schoon. In de koelcel werden twee bakken gehakt aangetroffen zonder datum.
– Temperatuur: de koelvitrine in de winkel gaf 9 °C aan; de norm is maximaal 7 °C.
– Listeria-beheersing: de omgevingsmonsters van het afgelopen jaar zijn door het laboratorium [[O:Normec Foodcare]] onderzocht; een positieve uitslag in april is goed opgevolgd.
– Etikettering: op de vooraf verpakte rookworst ontbrak de allergeneninformatie (selderij en mosterd).
– Traceerbaarheid: het varkensvlees wordt betrokken van [[O:Vion Boxtel B.V.]]; de leveringsdocumenten waren op orde.

3. Monsters
Er is één monster leverworst genomen voor onderzoek naar Listeria monocytogenes door [[O:Wageningen Food Safety Research]].

4. Maatregelen
Voor de ontbrekende allergeneninformatie is een schriftelijke waarschuwing gegeven. Voor de te hoge temperatuur wordt een boeterapport opgemaakt. De heer [[P:Van den Broek]] heeft direct een koeltechnicus van [[O:Koeltechniek Brabant]] gebeld.

5. Vervolg
Binnen acht weken volgt een herinspectie. De uitslag van het monster ontvangt u schriftelijk. De [[O:Gemeente Tilburg]] wordt niet geïnformeerd, omdat er geen horeca-aspecten aan de orde zijn.

Tegen de boete kunt u bezwaar maken bij de [[O:NVWA]] binnen zes weken na ontvangst van de boetebeschikking.

[[L:Utrecht]], 7 augustus 2025
[[P:L. Smulders]], inspecteur
""")

d("nl", "energy_contract", """
LEVERINGSOVEREENKOMST ELEKTRICITEIT ZAKELIJK

Contractnummer: WK-Z-2025-1148

Partijen:
[[O:Windkracht Energie B.V.]], gevestigd te [[L:Zwolle]], hierna: ‘[[O:Windkracht]]’, vertegenwoordigd door mevrouw [[P:Hilde Kuipers]], manager zakelijke markt;
en
[[O:Stichting Sportfondsen Zeist]], gevestigd te [[L:Zeist]], exploitant van zwembad De Wetering, hierna: ‘Afnemer’, vertegenwoordigd door de heer [[P:Dennis Roelofs]], directeur.

1. Leveringsadressen
a. Zwembad De Wetering, Laan van Vollenhove 1, [[L:Zeist]] – grootverbruikaansluiting – verwacht verbruik 1.320.000 kWh per jaar
b. Sporthal Dijnselburg, [[L:Huis ter Heide]] – kleinverbruik – 64.000 kWh per jaar
Netbeheerder voor beide aansluitingen is [[O:Stedin Netbeheer B.V.]].

2. Looptijd
1 januari 2026 tot en met 31 december 2028.

3. Prijs
Vaste leveringsprijs van € 0,1085 per kWh exclusief energiebelasting, ODE-opvolgers en btw. Netbeheerkosten worden door [[O:Stedin]] rechtstreeks aan de Afnemer gefactureerd. Tarieven van de netbeheerder worden vastgesteld door de [[O:Autoriteit Consument & Markt]] ([[O:ACM]]).

4. Herkomst
[[O:Windkracht]] levert 100 % windenergie uit [[L:Nederland]], afkomstig van het windpark van [[O:Windcoöperatie Heuvelrug U.A.]] in [[L:Amerongen]] en van een windpark in de [[L:Noordoostpolder]]. Garanties van oorsprong worden afgeboekt bij [[O:VertiCer]].

5. Zonnepanelen
De Afnemer heeft op het dak van het zwembad 420 zonnepanelen laten plaatsen door [[O:Solarfix Midden-Nederland]]. Teruglevering wordt verrekend tegen de marktprijs minus € 0,01 per kWh.

6. Betaling
Maandelijkse voorschotnota’s; jaarlijkse afrekening. Betaling via automatische incasso van de rekening van de Afnemer bij [[O:Triodos Bank]].

7. Contact
Vragen over dit contract kunt u stellen aan uw accountmanager, de heer [[P:Youssef El Idrissi]]. De Afnemer heeft de heer [[P:Roelofs]] en technisch beheerder [[P:Wim Koster]] als contactpersonen aangewezen.

Aldus overeengekomen te [[L:Zeist]] op 21 november 2025.

Namens [[O:Windkracht Energie B.V.]]: [[P:Hilde Kuipers]]
Namens [[O:Stichting Sportfondsen Zeist]]: [[P:Dennis Roelofs]]
""")

d("nl", "association_newsletter", """
[[O:KAVB]] Nieuwsbrief – week 41, oktober 2025
[[O:Koninklijke Algemeene Vereeniging voor Bloembollencultuur]]

Van de voorzitter
Beste leden,
Het plantseizoen is in volle gang en de eerste berichten uit de [[L:Bollenstreek]] en de [[L:Noordoostpolder]] zijn gunstig. Wel blijft de nieuwe regelgeving rond gewasbeschermingsmiddelen zorgen baren. Vorige week spraken wij met het [[O:Ministerie van Landbouw, Visserij, Voedselzekerheid en Natuur]] en met [[O:LTO Nederland]] over een overgangsregeling.
[[P:Sjaak Bakker]], voorzitter

Keuring
De [[O:Bloembollenkeuringsdienst]] ([[O:BKD]]) meldt dat het aantal afkeuringen vanwege virus in tulpen dit jaar lager lag. Leden die vragen hebben over de nieuwe keuringstarieven kunnen terecht bij onze beleidsmedewerker, [[P:Anouk Ruigrok]]. De [[O:BKD]] houdt op 22 oktober een open dag in [[L:Lisse]].

Onderzoek
Samen met [[O:Wageningen University & Research]] start een proef met het opsporen van fusarium met drones op percelen in [[L:Hillegom]] en [[L:Anna Paulowna]]. Deelnemende bedrijven zijn onder meer [[O:Bloembollenbedrijf Ruigrok-Zonneveld]] en [[O:Van der Slot Tulips B.V.]]. [[O:Naktuinbouw]] begeleidt het kwekersrecht van de nieuwe rassen.

Export
De export naar de [[L:Verenigde Staten]] herstelt zich. [[O:Anthos]] organiseert in november een handelsmissie naar [[L:Chicago]] en [[L:Toronto]]; aanmelden kan tot 1 november.

Ledennieuws
– [[P:Piet Zonneveld]] (86), oud-bestuurslid van onze afdeling in de [[L:Noordoostpolder]], is op 2 oktober overleden. Wij wensen zijn familie veel sterkte.
– [[O:Stichting Keukenhof]] zoekt nog inzenders voor de bloemenshow van 2026. Contactpersoon is [[P:Bart Siemerink]].

Agenda
– 22 oktober: open dag [[O:BKD]], [[L:Lisse]]
– 13 november: ledenvergadering, [[L:Noordwijkerhout]]
– 4 december: studiemiddag bodemgezondheid, [[L:Emmeloord]]

U ontvangt deze nieuwsbrief omdat u lid bent van de [[O:KAVB]].
""")

d("nl", "insolvency_report", """
OPENBAAR FAILLISSEMENTSVERSLAG nummer 2

Gegevens onderneming: [[O:Zaanse Cacao Compagnie B.V.]]
Faillissementsnummer: C/15/25/318 F
Datum uitspraak: 6 mei 2025
Bevoegd gerecht: [[O:Rechtbank Noord-Holland]], locatie [[L:Haarlem]]
Curator: mr. [[P:Esmée Koopman]], [[O:Koopman Slagter Advocaten]], [[L:Alkmaar]]
Rechter-commissaris: mr. [[P:R.A. de Wit]]
Verslagperiode: 6 augustus 2025 tot en met 5 november 2025

1. Inventarisatie
1.1 Directie en organisatie: de vennootschap werd bestuurd door de heer [[P:Gerrit Zwaan]] en mevrouw [[P:Lotte Zwaan-Boon]]. Enig aandeelhouder is [[O:Zwaan Beheer B.V.]]
1.2 Activiteiten: het verwerken van cacaobonen tot cacaoboter en cacaopoeder in de fabriek aan de [[L:Zaan]] te [[L:Wormerveer]].
1.3 Oorzaak faillissement: de sterke stijging van de cacaoprijs in 2024, de opzegging van de kredietfaciliteit door [[O:ABN AMRO Bank N.V.]] en een mislukte overname van een fabriek in [[L:Ivoorkust]].

2. Personeel
Aantal werknemers ten tijde van faillissement: 62. Het [[O:UWV]] heeft de loongarantieregeling toegepast. De ondernemingsraad is gehoord over de doorstart.

3. Activa
3.1 Onroerende zaken: het fabrieksterrein is in eigendom van [[O:Zwaan Vastgoed B.V.]] en gehuurd.
3.2 Voorraden: de voorraad cacaobonen is met toestemming van de rechter-commissaris verkocht aan [[O:Olam Food Ingredients]] voor € 2,4 miljoen; [[O:ABN AMRO]] heeft hierop een pandrecht en ontvangt de opbrengst na aftrek van een boedelbijdrage van 7,5 %.
3.3 Doorstart: de machines, het klantenbestand en de merknaam zijn op 30 juni verkocht aan [[O:Cacao Verde Holding B.V.]] uit [[L:Amsterdam]], die 41 werknemers een nieuw contract heeft aangeboden.

4. Crediteuren
Preferente vorderingen: [[O:Belastingdienst]] € 815.000; [[O:UWV]] € 390.000. Concurrente crediteuren: 138, totaal € 6,1 miljoen, waaronder [[O:Cargill Cocoa & Chocolate]] en het havenbedrijf [[O:Port of Amsterdam]].

5. Rechtmatigheid
De curator onderzoekt enkele betalingen aan [[O:Zwaan Beheer]] kort voor het faillissement. De heer [[P:Zwaan]] heeft daarover schriftelijk vragen beantwoord.

6. Procedures
Geen.

7. Werkzaamheden in de volgende periode
Afronding onderzoek rechtmatigheid; eindafrekening met de pandhouder.

[[L:Alkmaar]], 12 november 2025
mr. [[P:Esmée Koopman]], curator
""")

d("nl", "press_acquisition", """
ECONOMIE

[[O:FrieslandCampina]] neemt Woerdense kaasmaker [[O:Van Asten Kaas]] over

Door [[P:Marieke Verschoor]]
[[L:Woerden]], 9 januari 2026

Zuivelcoöperatie [[O:FrieslandCampina]] neemt het familiebedrijf [[O:Van Asten Kaas]] uit [[L:Woerden]] over. Dat hebben beide bedrijven donderdag bekendgemaakt. Over de koopsom is niets bekendgemaakt; ingewijden spreken van ongeveer 180 miljoen euro.

[[O:Van Asten]], opgericht in 1932 door [[P:Cornelis van Asten]], maakt jaarlijks zo’n 40.000 ton boerenkaas en Goudse kaas, vooral voor de export naar [[L:Duitsland]], [[L:Frankrijk]] en de [[L:Verenigde Staten]]. Het bedrijf heeft 310 medewerkers in [[L:Woerden]] en [[L:Bodegraven]] en haalt zijn melk bij 160 boeren in het [[L:Groene Hart]].

Directeur [[P:Marjan van Asten]], kleindochter van de oprichter, blijft aan als directeur van wat een zelfstandig onderdeel wordt. ‘De vierde generatie wilde het bedrijf niet overnemen. Bij [[O:FrieslandCampina]] blijft de melk van onze boeren in de regio,’ zegt zij.

Voor de coöperatie uit [[L:Amersfoort]] is de overname een manier om het aandeel in speciaalkazen te vergroten. Topman [[P:Jan Derck van Karnebeek]] spreekt van ‘een mooie aanvulling op onze merken’.

Vakbond [[O:FNV]] is voorzichtig positief. ‘Er is ons toegezegd dat er de komende drie jaar geen gedwongen ontslagen vallen,’ zegt bestuurder [[P:Hakim Benali]]. ‘Dat willen we wel zwart op wit hebben.’

De boeren die aan [[O:Van Asten]] leveren, worden lid van de coöperatie. [[P:Gerda Vermeulen]], melkveehouder in [[L:Zegveld]] en voorzitter van de [[O:Vereniging van Leveranciers Van Asten]], is tevreden: ‘We krijgen een betere melkprijs en meer zekerheid.’

De overname moet nog worden goedgekeurd door de [[O:Autoriteit Consument & Markt]]. [[O:Van Asten Kaas]] werd geadviseerd door [[O:Rabobank]] en advocatenkantoor [[O:De Brauw Blackstone Westbroek]], [[O:FrieslandCampina]] door [[O:ING]] en [[O:Stibbe]].
""")

d("nl", "pension_fund_letter", """
[[O:Stichting Pensioenfonds Tuinbouw Nederland]]
Postbus 2180
7302 HD [[L:Apeldoorn]]

Mevrouw [[P:W. Zwinkels-van Leeuwen]]
Kleine Woerdlaan 14
2671 GV [[L:Naaldwijk]]

Relatienummer: 5512 0871
Datum: 4 november 2025

Onderwerp: uw pensioen gaat over naar de nieuwe regeling

Beste mevrouw [[P:Zwinkels-van Leeuwen]],

U bouwt pensioen op bij ons fonds via uw werkgever, [[O:Kwekerij Van der Lans B.V.]] in [[L:Maasdijk]]. Op 1 januari 2027 gaat uw pensioen over naar een nieuwe pensioenregeling. Dat volgt uit de Wet toekomst pensioenen. In deze brief leest u wat dit voor u betekent.

Wat verandert er?
In de nieuwe regeling krijgt u een eigen pensioenvermogen. Uw opgebouwde pensioen wordt omgezet in een bedrag in euro’s. Volgens onze berekening is dat voor u € 96.412 (stand 1 oktober 2025). De hoogte van uw pensioen hangt straks meer af van de beleggingsresultaten.

Wat blijft hetzelfde?
U blijft pensioen opbouwen via uw werkgever. Uw partner, de heer [[P:Arie Zwinkels]], blijft recht houden op een partnerpensioen als u overlijdt. Uw AOW ontvangt u zoals altijd van de [[O:Sociale Verzekeringsbank]].

Wie heeft hierover besloten?
De werkgevers- en werknemersorganisaties in de tuinbouw, waaronder [[O:Glastuinbouw Nederland]], [[O:FNV Agrarisch Groen]] en [[O:CNV Vakmensen]], hebben de nieuwe regeling afgesproken. Het bestuur van het fonds heeft het besluit genomen om alle pensioenen over te zetten. [[O:De Nederlandsche Bank]] houdt toezicht op deze overgang.

Heeft u vragen?
Kijk op mijnpensioenoverzicht.nl voor een overzicht van al uw pensioenen. U kunt ons ook bellen: 055 000 00 00. Onze uitvoeringsorganisatie, [[O:TKP Pensioen B.V.]] in [[L:Groningen]], beantwoordt uw vragen namens het fonds. Wilt u persoonlijk advies? Neem dan contact op met een onafhankelijk adviseur.

Bent u het niet eens met de berekening? Dan kunt u bezwaar maken tot 1 april 2026. Komt u er met ons niet uit, dan kunt u terecht bij de [[O:Ombudsman Pensioenen]].

Met vriendelijke groet,

[[P:Marco Vreugdenhil]]
directeur bestuursbureau, [[O:Stichting Pensioenfonds Tuinbouw Nederland]]
""")

d("nl", "sponsorship_agreement", """
SPONSOROVEREENKOMST

[[O:v.v. Oranje Blauw Ommen]] – [[O:Installatiebedrijf Kamphuis & Zn. B.V.]]

De ondergetekenden:
1. de voetbalvereniging [[O:v.v. Oranje Blauw Ommen]], gevestigd te [[L:Ommen]], ingeschreven bij de [[O:Kamer van Koophandel]] onder nummer 40000000, vertegenwoordigd door de voorzitter, de heer [[P:Herman Slot]], en de penningmeester, mevrouw [[P:Ria Nijland]], hierna: ‘de vereniging’;
2. [[O:Installatiebedrijf Kamphuis & Zn. B.V.]], gevestigd te [[L:Dalfsen]], vertegenwoordigd door de heer [[P:Erik Kamphuis]], directeur-eigenaar, hierna: ‘de sponsor’;

komen het volgende overeen:

1. Looptijd
Deze overeenkomst loopt van 1 juli 2025 tot en met 30 juni 2028 (drie seizoenen).

2. Bijdrage van de sponsor
a. Een jaarlijkse geldelijke bijdrage van € 7.500 exclusief btw;
b. het kosteloos vervangen van de cv-ketels in het clubhuis aan de Hessenweg, inclusief onderhoud gedurende de looptijd;
c. een eenmalige bijdrage van € 2.500 aan de aanleg van het kunstgrasveld, waarvoor de [[O:Gemeente Ommen]] eveneens subsidie verleent.

3. Tegenprestaties van de vereniging
a. Het logo van [[O:Kamphuis]] op de voorzijde van de wedstrijdshirts van het eerste elftal en van de jeugdteams JO13 en JO15;
b. twee reclameborden langs het hoofdveld;
c. vermelding op de website en in het clubblad ‘De Blauwe Vlag’;
d. vier seizoenkaarten en toegang tot de sponsoravonden.

4. Shirts
De kleding wordt geleverd door [[O:Sportshop Vechtdal]] in [[L:Hardenberg]] en moet voldoen aan de reglementen van de [[O:KNVB]].

5. Beëindiging
Bij degradatie van het eerste elftal uit de tweede klasse kan de sponsor de bijdrage onder a. met 30 % verlagen. De vereniging meldt de overeenkomst aan bij de [[O:Rabobank Salland]], die als hoofdsponsor van het jeugdvoetbal een voorkeursrecht heeft.

6. Slotbepaling
Op deze overeenkomst is Nederlands recht van toepassing.

Aldus opgemaakt en ondertekend te [[L:Ommen]] op 28 juni 2025.

Namens [[O:v.v. Oranje Blauw Ommen]]: [[P:Herman Slot]], [[P:Ria Nijland]]
Namens [[O:Kamphuis]]: [[P:Erik Kamphuis]]
Getuige: [[P:Jan-Willem Kamphuis]], bedrijfsleider
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
    "Ltd.", "PartG mbB", "eG", "S.Coop.", "S. Coop.", "S.C.A.R.L.",
    "Soc. coop. agr.", "s.c.a.", "SCA", "S.c.r.l.", "S.r.l.s.", "ETT",
    "A/S", "AB", "Oy", "ApS", "CIC", "LP", "Inc", "Corp.", "Pty Ltd",
    "SE & Co. KG", "mbH & Co. KG", "GmbH & Co. KG", "vzw", "cvba",
    "SCIC", "SCEA", "EARL", "GAEC", "SELARL", "SCP", "EURL",
    "V.O.F.", "s.r.o.", "S.R.L.", "Sp. z o.o.", "S.A.C.", "K.K.", "Ltda",
    "S. Coop. And.", "VVaG", "S.L.P.", "U.A.",
]
TITLE_PREFIXES = docset.TITLE_PREFIXES + (
    "Sir ", "Me ", "Dipl", "Mag.", "dhr.", "mevr.", "Don ", "Doña ",
    "Mlle", "Maître", "Arch.", "Rag.", "ir. ", "mr. ", "drs. ", "Pr ",
    "Cllr", "Councillor", "Rev.", "Notar", "Notaio", "Lic.", "Ldo.", "Lda.",
    "Cav.", "Comm.", "dr. ", "prof. ", "ing. ", "Dña ", "Dra.", "Hon.",
    "Capt", "Kapitän", "Frau Dr", "Herrn", "Madame", "Monsieur", "Señor",
    "Señora", "Signor", "Dottor", "Geom", "Ing ", "Avv ", "Mme.",
    "Bürgermeister", "Oberbürgermeister", "Maire", "Sindaco", "Alcalde",
    "Alcaldesa", "burgemeester", "wethouder", "Lord ", "Dame ")


def char_count(text):
    """This set's documents are 1,200 to 3,500 characters long."""
    n = len(text)
    return 1200 <= n <= 3500, f"{n} characters"


if __name__ == "__main__":
    docset.main(DOCS, name="docset5", default_out="docs5.jsonl", size_check=char_count,
                legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES)
