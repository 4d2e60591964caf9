#!/usr/bin/env python3
"""The ninth document set: 72 business documents of many everyday kinds
(bank and loan letters, HR letters and notes to payslips, insurance claim
correspondence, freight, customs and shipping notices, clinic and hospital
letters, school and university letters, court and police letters, utility
and telecom bills, lease and property management letters, trade fair
exhibitor lists, travel and tourism bookings, job adverts and replies to
applications, customer complaints and replies, e-mail threads with quoted
replies and signature blocks, meeting minutes with attendee lists,
newsletters, municipal notices, procurement notices and supplier lists),
12 each in English, German, French, Spanish, Italian and Dutch, each
written in its own language rather than translated, 150 to 450 words long,
in the shapes real documents have: letterheads, addresses, signature
blocks, headings in capitals, lists, tables as text, subject lines
("Re:", "Betreff:", "Objet :", "Asunto:", "Oggetto:", "Onderwerp:") and
quoted e-mail headers. Organisations are dense (about 15 to 30 mentions a
document) and of many kinds and shapes (companies with and without a legal
form, placed before or after the name; one-word brand-like names
introduced only by their context; names containing surnames, places,
digits, "&", "+" or hyphens; all-capital names; acronyms defined in
brackets and then used alone; short names reused after a full name; public
bodies written with lower-case words; clubs, associations, foundations,
hospitals, schools, hotels, shops; foreign companies named in another
language's text), annotated with PERSON, ORGANIZATION and LOCATION. People
are named in full, by surname with a title, by initials and surname, with
double surnames, in signature blocks, e-mail headers and lists.
Written on 2026-12-07 by a helper who had not seen the analyzer or the
blind sets; meant as a development set: the rules' author may read it and
its errors. The helper read only the conventions at the top of docset7.py
and the processing code of docset7.py (docset.py's, used below with the
lists of legal forms and titles of docset5.py and docset7.py); the names
are invented, with a few real organisations (none from Faker or mimesis).

Entities are marked inline as [[O:...]] (ORGANIZATION), [[P:...]] (PERSON)
and [[L:...]] (LOCATION). The markup is stripped and character offsets are
computed automatically; the result goes to the path given as the first
argument (default: docs9.jsonl next to this file). The file needs nothing
but the standard library.

Conventions (those of docset7.py, which are docset6.py's and docset5.py's):
an ORGANIZATION span covers the name as written, with its legal form,
without a leading article unless the article is part of the name ("La
Banque Postale", "De Nederlandsche Bank"); a possessive ending is left out
("Civica's"); a German genitive is kept as written ("des Amtsgerichts
Landshut"); a place inside an organisation's name belongs to the
ORGANIZATION ("Stadtwerke Leipzig", "Comune di Parma", "Gemeente Zwolle").
A public body written with a lower-case word is marked as written
("rechtbank Gelderland", "tribunal judiciaire de Lyon"). An acronym
defined in brackets is marked on its own, apart from the full name, and so
is each later use of it or of a short name. Hospitals, hotels, practices,
pharmacies, schools, parishes and a shop's or team's trading name are
organisations; a department, section, chamber, ward, unit, board or
committee of an organisation is not marked, nor is a generic reference
("the Company", "die Gemeinde", "la Provincia" used alone) or a party's
role in a contract ("the Claimant", "le bailleur", "el arrendatario"). A
PERSON span is the name without titles, salutations or functions ("Mr",
"Cllr", "Dr", "Prof. Dr. med.", "Herrn", "Me", "Maître", "D.ª", "Sr.",
"dott.ssa", "avv.", "geom.", "ing.", "drs.", "de heer", "mevrouw", "dhr.");
surname-alone, first-name-alone and initials-and-surname mentions are
marked, and so are names in e-mail headers and in "surname, first name"
order; a family name used for the family is a PERSON. LOCATION covers
cities, towns, villages, districts, regions, provinces (also the Italian
two-letter code in an address), islands, rivers, seas and countries, not
streets, postcodes, buildings, stations, venues, industrial estates, sites
or farms. Products, brands, vehicles and vessels, animals, programmes,
degree courses, projects, laws, job titles, documents, registers, events
(fairs, festivals, congresses) and nationality adjectives are not marked.
Names inside e-mail addresses and web addresses are not marked.
"""
import docset  # the markup, the checks and the counts (this file's folder is on the path)
import docset7  # its lists of legal forms and titles

DOCS = []


def d(lang, style, text):
    DOCS.append((lang, style, text.strip("\n")))


# ---------------------------------------------------------------- English
d("en", "bank_loan_offer", """
[[O:Thornbury & Pike Bank plc]]
Business Banking Centre, 14 Queen Street, [[L:Norwich]] NR2 4SQ

Mr [[P:Alastair Brennan]]
Director, [[O:Brennan Joinery Ltd]]
Unit 7, Hellesdon Park Road
[[L:Norwich]] NR6 5DR

12 November 2026

Re: Facility 40-118-2297 – offer of a £180,000 term loan

Dear Mr [[P:Brennan]],

Thank you for meeting my colleague [[P:Priya Nandakumar]] at our [[L:Wymondham]] branch on 4 November. We are pleased to offer [[O:Brennan Joinery]] a term loan of £180,000 over seven years to fund the new CNC workshop, on the terms below.

SECURITY
- a first legal charge over the freehold at Unit 7, valued by [[O:Hartley Crowe Chartered Surveyors]] at £310,000;
- a guarantee of 50% of the balance under the Growth Guarantee Scheme, which we administer on behalf of the [[O:British Business Bank]];
- a personal guarantee from you, limited to £40,000.

CONDITIONS BEFORE DRAWDOWN
1. Confirmation from your accountants, [[O:Elmley Savage LLP]], that the management accounts to 30 September are accurate.
2. Buildings insurance with [[O:Aviva]] or another insurer acceptable to us, noting [[O:Thornbury & Pike]] as mortgagee.
3. Repayment of the existing overdraft with [[O:Anglia Community Credit Union]].
4. A report on title from your solicitors, [[O:Gedge Marlow Solicitors]]; our own solicitors are [[O:Fenwright Lee LLP]] of [[L:Cambridge]].

Your two largest customers, [[O:Castlegate Homes]] and [[O:Redwell Interiors Ltd]], together account for 61% of turnover, so we ask you to tell us promptly if either contract is lost. We have also noted the supply agreement with [[O:Broadland Timber Merchants]] and the lease of the edge-bander from [[O:Siemens Financial Services]].

This offer is valid until 12 December 2026. If you have any questions, please call [[P:Priya]] directly on 01603 448 210.

Yours sincerely,

[[P:Gareth Ollerenshaw]]
Senior Relationship Manager
[[O:Thornbury & Pike Bank plc]]

Registered in [[L:England]] and [[L:Wales]] no. 04418276. Authorised by the [[O:Prudential Regulation Authority]] and regulated by the [[O:Financial Conduct Authority]] and the [[O:Prudential Regulation Authority]].
""")

d("en", "payslip_note", """
[[O:Calderstone Logistics Limited]]
People Services – Payroll
Dock Road, [[L:Ellesmere Port]], CH65 4EF

PRIVATE AND CONFIDENTIAL
Ms [[P:Rebecca Oyelaran-Hughes]]
22 Marlowe Close
[[L:Chester]] CH2 1LT

Payroll reference: CAL-00871
28 November 2026

Dear [[P:Rebecca]],

NOTES TO YOUR NOVEMBER PAYSLIP

Your November payslip shows several changes, which are explained below.

1. Pay rise. Following the agreement reached with [[O:Unite the Union]] and [[O:GMB]] in October, basic pay for warehouse team leaders rises by 4.2%, backdated to 1 August. The arrears of £612.40 appear as a separate line.

2. Pension. You joined the [[O:Calderstone]] group pension plan, provided by [[O:Scottish Widows]], on 1 November. Your contribution of 5% and the employer's 6% are both shown. The plan's adviser changes from [[O:Mercer]] to [[O:Aon]] in January; you need not do anything.

3. Student loan. [[O:HM Revenue & Customs]] ([[O:HMRC]]) has told us to start Plan 2 student loan deductions. If you think this is wrong, please contact [[O:HMRC]] or the [[O:Student Loans Company]] directly, as we cannot change it.

4. Salary sacrifice. Your cycle-to-work agreement with [[O:Cyclescheme]] ended in October, so no deduction appears this month. The childcare vouchers you receive through [[O:Edenred]] continue as before.

5. Social club. The £8 monthly fee for the [[O:Calderstone Social & Athletic Club]] is now taken from net pay. The club has agreed discounted memberships at [[O:PureGym]] in [[L:Chester]] and at [[O:Northgate Arena Leisure Centre]].

Salaries are paid through [[O:Lloyds Bank]] on the last working day of the month. Please check that your bank details are correct on the [[O:ADP]] self-service portal.

If you have any questions, reply to this letter or speak to [[P:Martin Kilbride]] in the [[L:Ellesmere Port]] HR office.

Kind regards,

[[P:Shona McAllister]]
Payroll Manager
[[O:Calderstone Logistics Limited]], part of [[O:Harwood Freight Group]]
""")

d("en", "insurance_claim", """
[[O:Meridian Shield Insurance plc]]
Household Claims, PO Box 5521, [[L:Bristol]] BS1 9WE

Mrs [[P:Fiona Lathbury]]
The Old Forge, Church Lane
[[L:Little Haddon]], [[L:Oxfordshire]] OX7 3PD

Our ref: HH-2026-448195
Policy: Home Plus 7731-20
3 September 2026

Dear Mrs [[P:Lathbury]],

ESCAPE OF WATER AT THE OLD FORGE – CLAIM UPDATE

Thank you for your call on 28 August. I am writing to confirm where your claim stands.

Our loss adjuster, [[P:Daniel Akinwale]] of [[O:Crawford & Company]], visited on 21 August together with a drying technician from [[O:Restorix Ltd]]. [[O:Restorix]] has installed dehumidifiers and expects the kitchen floor to be dry by mid-September. The leak came from a compression joint fitted by [[O:H. Pargeter & Sons Plumbing]] in 2024; we will ask their liability insurer, [[O:Zurich]], to contribute to the cost. This does not affect your no-claims discount.

Alternative accommodation: you may stay at the [[O:Cotswold Lodge Hotel]] in [[L:Chipping Norton]] until 19 September, booked through our partner [[O:ResiStay]]. Your two dogs can stay at [[O:Hollybank Kennels]]; please keep the invoices.

Repairs: you asked to use your own builder, [[O:Whitcombe Building Services]], rather than our network contractor, [[O:HomeServe]]. That is fine, but we need a written estimate before work starts. For the kitchen units we have obtained a comparable quotation from [[O:Howdens]], and replacement appliances can be supplied by [[O:Currys]] at our trade rate.

Your mortgage lender, [[O:Nationwide Building Society]], has been told of the claim because the estimated cost exceeds £25,000.

If you are unhappy with the way we handle your claim, you may complain to us and then to the [[O:Financial Ombudsman Service]].

Yours sincerely,

[[P:Harriet Sowerby]]
Senior Claims Handler
[[O:Meridian Shield Insurance plc]], a member of the [[O:Association of British Insurers]]
""")

d("en", "arrival_notice", """
[[O:BLUEKEEL FORWARDING LTD]]
Suite 4, Dooley Road Business Centre, [[L:Felixstowe]] IP11 3SY, [[L:United Kingdom]]

ARRIVAL NOTICE AND CUSTOMS HOLD

To: [[O:Pemberley Kitchenware Ltd]], attn. Mr [[P:Sunil Varghese]], Import Manager
Date: 17 October 2026

Bill of lading: MEDU4471093
Vessel / voyage: ALINA / 641W
Carrier: [[O:Mediterranean Shipping Company]] ([[O:MSC]])
Port of loading: [[L:Ningbo]], [[L:China]]
Port of discharge: [[L:Felixstowe]]
Container: MSCU 813277-4, 40' HC
Shipper: [[O:Ningbo Hengda Housewares Co., Ltd.]]
Notify party: [[O:Pemberley Kitchenware Ltd]], [[L:Leicester]]

Dear Mr [[P:Varghese]],

The above container was discharged on 15 October and is held at the terminal of [[O:Hutchison Ports]] pending a documentary check by [[O:HM Revenue & Customs]] ([[O:HMRC]]). [[O:HMRC]] has asked for the supplier's commercial invoice and for proof of origin.

In addition, the [[O:Animal and Plant Health Agency]] ([[O:APHA]]) has selected the wooden pallets for inspection, booked for 20 October at the border control post run by [[O:Suffolk Inspection Services]].

CHARGES TO DATE
- Terminal handling ([[O:Hutchison Ports]]): £265.00
- [[O:MSC]] delivery order fee: £55.00
- Customs entry by our broker, [[O:Clearpath Customs Agents Ltd]]: £95.00
- [[O:APHA]] inspection fee: £148.00
- Storage from 19 October: £38.50 per day

Onward haulage to your warehouse in [[L:Leicester]] is booked with [[O:Kendrick Haulage]] for 21 October, subject to release. If [[O:Kendrick]] cannot collect that day, we will use [[O:Maritime Transport]] instead.

Duty will be debited to your deferment account with [[O:HMRC]]; import VAT will be accounted for through postponed accounting. The cargo is insured under your open cover with [[O:Hiscox]].

Please send the documents today to customs@bluekeel.example.

[[P:Lorna Petrakis]]
Import Operations Supervisor
[[O:Bluekeel Forwarding Ltd]] – member of the [[O:British International Freight Association]] ([[O:BIFA]])
""")

d("en", "hospital_letter", """
[[O:Pennine Valley Hospitals NHS Foundation Trust]]
Cardiology Department, [[O:Calder Royal Infirmary]]
Dryclough Lane, [[L:Halifax]] HX3 0PW

Dr [[P:Imran Qureshi]]
[[O:Northgate Medical Practice]]
3 Northgate, [[L:Brighouse]] HD6 1AB

Dictated: 2 December 2026
Hospital number: CRI-0448120

Dear Dr [[P:Qureshi]],

Re: Mr [[P:Kenneth Ashby]], born 14/06/1951, 18 Bramley Road, [[L:Elland]]

Diagnoses: paroxysmal atrial fibrillation; hypertension.

I saw Mr [[P:Ashby]] in the rapid-access arrhythmia clinic today with his daughter, [[P:Janet Ashby-Cole]]. He was referred after an ECG recorded by the [[O:Yorkshire Ambulance Service]] during an episode of palpitations on 19 November. He had a coronary angiogram at [[O:Leeds General Infirmary]] in 2019 that showed no significant disease.

Plan
1. Start apixaban 5 mg twice daily. His community pharmacy, [[O:Boots]] on Commercial Street, will provide the new medicine service.
2. Bisoprolol increased to 5 mg once daily.
3. Echocardiogram here within six weeks; 7-day monitor fitted by [[O:Broomfield Cardiac Diagnostics]], our contracted provider.
4. Blood tests through [[O:Locala Health & Wellbeing]], who run the phlebotomy clinic at [[O:Rastrick Health Centre]].

Mr [[P:Ashby]] still drives a minibus for [[O:Calder Valley Community Transport]]. I have advised him that he must not drive the minibus until symptoms are controlled and that he must inform the [[O:DVLA]].

He asked about joining the AF-SCREEN study, which is sponsored by the [[O:University of Leeds]] and funded by the [[O:British Heart Foundation]]; I have passed his details to the research nurse, [[P:Megan Tolliver]]. He is also interested in the exercise classes of [[O:Halifax Heart Support Group]] and in the rehabilitation programme we run with [[O:Calderdale Council]] at [[O:North Bridge Leisure Centre]].

I will see him again in three months.

Yours sincerely,

Dr [[P:Ewan Macready]] MD FRCP
Consultant Cardiologist
cc: Mr [[P:Kenneth Ashby]]; [[O:Huddersfield Royal Infirmary]] (Pacing Clinic)
""")

d("en", "university_letter", """
[[O:UNIVERSITY OF ASHCOMBE]]
Faculty of Engineering and Physical Sciences
Admissions and Scholarships Office
Westwood Campus, [[L:Coventry]] CV4 8XR

Ms [[P:Amara Chukwuemeka]]
Flat 3, 41 Leighton Grove
[[L:London]] NW5 2NE

Student ID: 2611043
9 July 2026

Dear Ms [[P:Chukwuemeka]],

MSc Advanced Materials Engineering – unconditional offer and scholarship

I am pleased to confirm that your offer of a place on the MSc Advanced Materials Engineering is now unconditional. Your degree result from [[O:Queen Mary University of London]] has been verified through [[O:HEDD]].

I am also delighted to tell you that you have been awarded a materials scholarship of £8,000, funded jointly by [[O:Rolls-Royce plc]] and the [[O:Ashcombe Engineering Trust]]. It includes a twelve-week placement at the [[O:Manufacturing Technology Centre]] ([[O:MTC]]) or, if you prefer, at [[O:Jaguar Land Rover]] in [[L:Gaydon]]. Your industrial supervisor at the [[O:MTC]] would be Dr [[P:Lucy Fairbairn]].

NEXT STEPS
1. Accept the offer through the applicant portal by 31 July.
2. Pay the deposit of £500 through our payment provider, [[O:Flywire]].
3. Book accommodation. Rooms in Lakeside Village are let for the university by [[O:Unite Students]]; private lets near campus are listed by [[O:Ashcombe Student Homes]], the lettings agency of the [[O:Ashcombe Students' Union]].
4. If you need support for dyslexia, register with our Disability Services team, which works with [[O:Genius Within CIC]] for assessments.

Part of your tuition fee of £13,900 may be covered by a postgraduate loan from [[O:Student Finance England]]. Please note that the [[O:Office for Students]] requires us to confirm your attendance each term.

Term starts on 28 September with an induction day at [[O:Warwickshire County Cricket Club]], whose conference team has hosted us for several years. Coaches from [[L:Coventry]] will be provided by [[O:National Express]].

Yours sincerely,

Professor [[P:Geraint Howells-Price]]
Director of Postgraduate Admissions
[[O:University of Ashcombe]]

cc: Dr [[P:N. Okafor]], Programme Director
""")

d("en", "court_notice", """
[[O:HM Courts & Tribunals Service]] ([[O:HMCTS]])
In the [[O:County Court at Reading]]
160–163 Friar Street, [[L:Reading]] RG1 1HE

Claim number: K9QZ4417
Date: 16 October 2026

NOTICE OF ALLOCATION TO THE SMALL CLAIMS TRACK AND NOTICE OF HEARING

Claimant: [[O:Marchwood Kitchens & Bathrooms Ltd]] (trading as [[O:Marchwood Interiors]])
Defendants: Mr [[P:Oliver Tennant-Burke]] and Mrs [[P:Clara Tennant-Burke]]

District Judge [[P:Hassan]] has considered the papers and allocated this claim to the small claims track. The hearing will take place at the [[O:County Court at Reading]] on 14 January 2027 at 10:00, with a time estimate of three hours.

The claimant says the defendants have not paid its final invoice of £7,480 for a kitchen fitted at their home in [[L:Tilehurst]]. The defendants say the worktops, supplied by [[O:Stoneworks Direct Ltd]], were cracked and that the electrical work of [[O:Parbold Electrical]] failed an inspection by [[O:NICEIC]].

DIRECTIONS
1. Each party must send to the court and to the other side copies of all documents on which they rely, including the report of [[O:Kennet Property Surveyors]] and any correspondence with [[O:Stoneworks Direct]], at least 14 days before the hearing.
2. The claimant may rely on a witness statement from its fitter, Mr [[P:Darren Kowalczyk]] of [[O:DK Fitting Services]].
3. The parties are encouraged to use the free small claims mediation service of [[O:HMCTS]]. Advice is also available from [[O:Citizens Advice Reading]] and from the [[O:Kitchen Bathroom Bedroom Specialists Association]] ([[O:KBSA]]), of which [[O:Marchwood]] is a member. The [[O:KBSA]] runs its own conciliation scheme.
4. Any application to adjourn must be made on form N244 and must be accompanied by the fee.

The claimant is represented by [[O:Blandy Hallam Solicitors]] of [[L:Reading]]. The defendants act in person and have been assisted by the [[O:Thames Valley Law Centre]].

If either party does not attend, the judge may decide the claim in their absence. Interpreters can be booked through [[O:thebigword]], the contractor of the [[O:Ministry of Justice]]; tell the court at least 10 days before the hearing.

[[P:A. Whitlock]]
Court Officer, by order of the court
""")

d("en", "telecom_bill", """
[[O:Fibrewave]]
Your bill for December 2026

[[O:Fibrewave Broadband Ltd]], Capital Tower, Greyfriars Road, [[L:Cardiff]] CF10 3AG

Mr [[P:Dylan Pritchard]]
9 Heol y Nant
[[L:Pontypridd]] CF37 4JP

Account number: FW-2210-8843
Bill date: 3 December 2026

SUMMARY
Previous balance                           £64.98
Payment received, thank you               –£64.98
This month's charges                       £71.47
To be collected by Direct Debit on 18 December from your [[O:Monzo]] account.

YOUR SERVICES
Full Fibre 900 (on the [[O:Openreach]] network)        £38.00
TV Plus incl. [[O:Netflix]] subscription               £12.99
[[O:TNT Sports]] add-on                                 £ 9.99
Mobile SIM 30GB (runs on the [[O:EE]] network)          £ 8.00
Calls to international numbers                        £ 2.49

WHAT HAS CHANGED
Your router was replaced on 14 November; the engineer came from our installation partner, [[O:Telinstall Cymru]], and the new router was delivered by [[O:DPD]]. The old router can be returned free of charge at any [[O:Post Office]] branch or [[O:InPost]] locker.

From 1 April 2027 your monthly price will rise by £3.00, as set out in your contract. If you moved to us from [[O:Virgin Media]] or [[O:BT]] after 1 September, your switching compensation of £20 has been credited above.

MEMBER REWARDS
Members save 10% at [[O:Halfords]] and get two-for-one tickets at [[O:Cineworld]] on Wednesdays.

PROBLEMS WITH YOUR SERVICE?
Call us on 0800 044 7720 or write to [[P:Carys Lloyd-Evans]], Head of Customer Relations, at the address above. If we cannot settle your complaint within eight weeks, you can take it to the [[O:Communications Ombudsman]], run by [[O:Ombudsman Services]]. [[O:Fibrewave]] is regulated by [[O:Ofcom]].

[[O:Fibrewave Broadband Ltd]] is a subsidiary of [[O:Dragonlink Networks plc]], registered in [[L:Wales]] no. 11882034.
""")

d("en", "exhibitor_list", """
NORTHERN FOOD & DRINK EXPO 2027 – EXHIBITOR LIST, HALL 2

Organised by [[O:Harrowell Events Ltd]] with [[O:Made in Yorkshire]] and the [[O:Federation of Small Businesses]] ([[O:FSB]])
3–4 March 2027, Convention Centre, [[L:Harrogate]]

STAND   EXHIBITOR                                 FROM
2A01    [[O:Wolds Way Lavender]]                          [[L:Malton]]
2A02    [[O:Brewsmith & Daughters Brewery]]               [[L:Ramsbottom]]
2A04    [[O:Sixty6 Coffee Roasters]]                      [[L:Leeds]]
2A05    [[O:KOJI & KO]]                                   [[L:Sheffield]]
2A07    [[O:Whitby Seafoods Ltd]]                         [[L:Whitby]]
2B01    [[O:Taylors of Harrogate]]                        [[L:Harrogate]]
2B03    [[O:Cropton Cider Company]]                       [[L:Pickering]]
2B04    [[O:Bodegas Ferrán Vidal S.L.]]                   [[L:Haro]], [[L:Spain]]
2B06    [[O:Käserei Amsel GmbH]]                          [[L:Kempten]], [[L:Germany]]
2B07    [[O:Crumb & Co]]                                  [[L:York]]
2C02    [[O:Swaledale Butchers]]                          [[L:Reeth]]
2C03    [[O:Hebden Preserves Co-operative]]               [[L:Hebden Bridge]]
2C05    [[O:Northern Bloc Ice Cream]]                     [[L:Leeds]]

NOTES FOR EXHIBITORS
Stand 2B07 was to be taken by [[O:Dalesbred Bakery]], which has withdrawn; [[O:Crumb & Co]] takes its place. [[O:Bodegas Ferrán Vidal]] and [[O:Käserei Amsel]] share an interpreter provided by the [[O:Department for Business and Trade]].

Electricity and stand furniture are supplied by [[O:Expo Fit North]]; please order by 1 February. Deliveries go through the loading bay managed by [[O:Agility Fairs & Events]]. Catering for exhibitors is provided by [[O:Elior UK]].

The headline sponsors are [[O:Booths]] and [[O:Virgin Money]]. Buyers from [[O:Bettys]], [[O:Fenwick]] and [[O:Harvey Nichols]] have confirmed that they will attend on the first morning.

For questions about your stand, contact [[P:Joanne Pickersgill]] at [[O:Harrowell Events]] or [[P:Tom Ackroyd]] of [[O:Made in Yorkshire]].
""")

d("en", "email_complaint", """
From: Customer Care <care@larchmont-furniture.example>
To: [[P:Natalie Brookfield]] <n.brookfield@mailbox.example>
Date: 4 February 2027 11:52
Subject: RE: Order LM-558201 – sofa delivered damaged

Dear Ms [[P:Brookfield]],

I am sorry that your sofa arrived with a torn arm. I have checked with our delivery partner, [[O:Panther Two-Man Logistics]], and their driver's notes confirm that the damage was reported at your door.

The sofa is made for us by [[O:Collins & Hayes]], who can send a replacement cover within 10 working days. If you would rather have a new sofa, [[O:Panther]] will collect the damaged one when they deliver it. As a gesture of goodwill I have refunded £150 to your [[O:Barclaycard]]; the finance agreement with [[O:Klarna]] is not affected.

You mentioned the leg scratch as well. Our repair technicians from [[O:Furniture Medic]] can visit your home in [[L:Bletchley]] on 12 February.

Kind regards,

[[P:Ravi Chandran]]
Customer Care Team Leader
[[O:Larchmont Furniture Ltd]]
Registered office: 2 Saxon Gate, [[L:Milton Keynes]] MK9 2HL

-----Original Message-----
From: [[P:Natalie Brookfield]] <n.brookfield@mailbox.example>
Sent: 2 February 2027 19:30
To: care@larchmont-furniture.example
Cc: [[P:Tom Brookfield]]
Subject: Order LM-558201 – sofa delivered damaged

Hello,

I bought a three-seater sofa in your [[O:Larchmont]] store in [[L:Milton Keynes]] on 9 January and paid a deposit with my [[O:Barclaycard]], the rest through [[O:Klarna]]. It was delivered today by [[O:Panther]]. The right arm is torn and one leg is badly scratched. The driver took photos.

I have read the advice of [[O:Which?]] and I know my rights under the Consumer Rights Act. I would like a replacement, not a repair. If I do not hear from you within a week I will contact [[O:Citizens Advice]] and the [[O:Furniture & Home Improvement Ombudsman]].

My husband bought a bed from [[O:Dreams]] last year and had the same problem, which they fixed quickly. I hope [[O:Larchmont]] will do the same.

[[P:Natalie Brookfield]]
07700 900 418
""")

d("en", "meeting_minutes", """
[[O:KINGSMERE VILLAGE HALL TRUST]]
Registered charity no. 1098842

MINUTES OF THE MANAGEMENT COMMITTEE MEETING
held on Tuesday 10 November 2026 at 7.30 pm in the Committee Room

Present: [[P:Margaret Oduya]] (Chair), [[P:Colin Fairweather]] (Treasurer), [[P:Beth Stansfield]] (Secretary), [[P:Rajesh Patel]], [[P:Eileen Morrow]]
In attendance: Cllr [[P:Peter Danvers]] ([[O:Kingsmere Parish Council]]); [[P:Sally Rook]] ([[O:Kingsmere Pre-School]])
Apologies: [[P:Alan Whitcombe]]

1. FINANCE
[[P:Colin Fairweather]] reported that the grant of £12,000 from the [[O:National Lottery Community Fund]] had been received. An application to the [[O:Garfield Weston Foundation]] for the kitchen will be sent in December. The accounts move from [[O:NatWest]] to [[O:Unity Trust Bank]] on 1 January. The independent examiner will again be [[O:Marsh Goodwin Accountants]].

2. ROOF REPAIR
Three quotations were received: [[O:Ashdown Roofing Ltd]] £18,400; [[O:J&M Slaters]] £16,950; [[O:Cotterell Bros]] £21,200. It was agreed to accept [[O:J&M Slaters]], subject to references. The new fire risk assessment by [[O:Chiltern Fire Safety]] raised no major issues.

3. BOOKINGS
Regular hirers are [[O:Kingsmere Pre-School]], [[O:1st Kingsmere Scouts]], the [[O:Kingsmere Players]], [[O:Slimming World]] and the lunch club of [[O:Age UK Buckinghamshire]]. The [[O:Kingsmere Players]] asked for extra evenings in March for their pantomime. [[P:Sally Rook]] asked for a locked cupboard for the pre-school.

4. ENERGY
[[P:Rajesh Patel]] compared tariffs. The hall stays with [[O:Octopus Energy]]. [[O:Community Energy South]] has offered a survey for solar panels at no cost.

5. ANY OTHER BUSINESS
Cllr [[P:Danvers]] reported that [[O:Buckinghamshire Council]] will resurface the car park entrance in spring and that [[O:Thames Water]] plans works on the High Street. [[P:Eileen Morrow]] thanked [[O:Kingsmere Stores]] and [[O:The Plough Inn]] for the raffle prizes.

Next meeting: 12 January 2027.

Signed: [[P:M. Oduya]], Chair
""")

d("en", "job_advert", """
[[O:ORCHARD & VALE HOUSING ASSOCIATION]]

JOB VACANCY: REPAIRS PLANNER (full time, permanent)
Location: [[L:Hereford]], with travel across [[L:Herefordshire]] and [[L:Shropshire]]
Salary: £29,450 – £32,100
Closing date: 15 January 2027

ABOUT US
[[O:Orchard & Vale]] owns and manages 6,200 homes in the [[L:Welsh Marches]]. We were formed in 2019 by the merger of [[O:Wye Valley Homes]] and [[O:Marches Housing Trust]]. We are regulated by the [[O:Regulator of Social Housing]] and are a member of the [[O:National Housing Federation]].

Most repairs are carried out by our own subsidiary, [[O:Orchard & Vale Property Services Ltd]], with specialist contractors including [[O:Mears Group]], [[O:Bell Decorating]] and [[O:Aquarius Drainage]].

THE ROLE
You will schedule around 900 jobs a month in [[O:Civica]]'s housing system, agree appointments with tenants and make sure that our operatives and contractors arrive with the right materials from [[O:Travis Perkins]] and [[O:City Plumbing]].

ABOUT YOU
- experience of planning or scheduling in repairs, facilities or field service;
- a qualification from [[O:City & Guilds]] or the [[O:Chartered Institute of Housing]] ([[O:CIH]]) is welcome, and we will pay for the [[O:CIH]] Level 3 certificate;
- a full driving licence.

WHAT WE OFFER
- pension with [[O:TPT Retirement Solutions]], employer contribution up to 9%;
- health cash plan with [[O:Simplyhealth]] and discounts through [[O:Perkbox]];
- 28 days' holiday plus bank holidays.

We work with [[O:Stonewall]] and [[O:Mind]] on inclusion and wellbeing, and we guarantee an interview to disabled applicants who meet the essential criteria.

HOW TO APPLY
Apply online at www.orchardvale.example/jobs. Our recruitment partner [[O:Hays]] is handling the first screening; agencies other than [[O:Hays]] should not contact us. For an informal chat, contact [[P:Kerry-Ann Fielding]], HR Business Partner, or the Repairs Manager, [[P:Glyn Pugh]].
""")

# ---------------------------------------------------------------- German
d("de", "nebenkostenabrechnung", """
[[O:Hausverwaltung Brückner & Sohn GmbH]]
Lindenallee 14 · 04109 [[L:Leipzig]]

[[O:Brückner & Sohn]] · Lindenallee 14 · 04109 [[L:Leipzig]]
Frau
[[P:Katharina Melzer]]
Gohliser Straße 37, WE 12
04155 [[L:Leipzig]]

[[L:Leipzig]], 21. Oktober 2026

Betreff: Betriebskostenabrechnung 2025 für Ihre Wohnung Gohliser Straße 37, 3. OG links

Sehr geehrte Frau [[P:Melzer]],

anbei erhalten Sie die Betriebskostenabrechnung für den Zeitraum 01.01. bis 31.12.2025. Sie schließt mit einer Nachzahlung von 286,40 € ab. Eigentümerin des Hauses ist die [[O:Wohnbau Pleißeland eG]], in deren Auftrag wir abrechnen.

DIE WESENTLICHEN POSITIONEN
– Fernwärme: geliefert von den [[O:Stadtwerken Leipzig]]; die Verbrauchserfassung erfolgte durch die [[O:Techem Energy Services GmbH]].
– Wasser und Abwasser: [[O:Kommunale Wasserwerke Leipzig GmbH]] ([[O:KWL]]). Die [[O:KWL]] haben den Preis zum 1. Juli erhöht.
– Müllabfuhr: [[O:Stadtreinigung Leipzig]]; Grundsteuer laut Bescheid der [[O:Stadt Leipzig]].
– Hausmeister: [[O:Hausmeisterservice Kowalski]] (seit April; vorher [[O:Objektpflege Sachsen-Nord UG]]).
– Treppenhausreinigung: [[O:Glanzpunkt Gebäudereinigung]]; Gartenpflege: [[O:Grünwerk Hentschel]].
– Aufzug: Wartungsvertrag mit der [[O:Schindler Aufzüge und Fahrtreppen GmbH]]; Prüfung durch den [[O:TÜV Süd]].
– Gebäudeversicherung: [[O:Allianz Versicherungs-AG]].
– Rauchwarnmelder: Miete und Wartung durch [[O:ista]].

Die Kosten für Kabelfernsehen entfallen ab 2025, weil der Vertrag mit [[O:Vodafone Kabel Deutschland]] gekündigt wurde. Für Internet und Fernsehen schließen Sie nun selbst einen Vertrag, etwa mit der [[O:Telekom]] oder mit [[O:Leipzig Glasfaser]].

Bitte überweisen Sie den Betrag bis zum 30. November 2026 auf unser Konto bei der [[O:Sparkasse Leipzig]], IBAN DE41 8605 5592 1100 4488 20. Die Belege können Sie nach Terminvereinbarung in unserem Büro einsehen. Bei Fragen zur Abrechnung berät Sie auch der [[O:Mieterverein Leipzig e.V.]]

Mit freundlichen Grüßen

[[P:Jens Brückner]]
Geschäftsführer
[[O:Hausverwaltung Brückner & Sohn GmbH]] · [[O:Amtsgericht Leipzig]] HRB 18832
""")

d("de", "kreditzusage", """
[[O:Raiffeisenbank Oberes Vilstal eG]]
Firmenkundenbetreuung · Marktplatz 3 · 84137 [[L:Vilsbiburg]]

[[O:Metallbau Rottaler GmbH & Co. KG]]
z. Hd. Herrn [[P:Florian Rottaler]]
Industriestraße 22
84140 [[L:Gangkofen]]

[[L:Vilsbiburg]], 5. November 2026

Betreff: Kreditzusage – Investitionsdarlehen über 650.000 EUR

Sehr geehrter Herr [[P:Rottaler]],

wir freuen uns, Ihnen für den Neubau Ihrer Fertigungshalle folgende Finanzierung zusagen zu können:

1. Förderdarlehen der [[O:KfW]] (ERP-Förderkredit KMU) über 400.000 EUR, durchgeleitet über unser Haus;
2. Darlehen der [[O:LfA Förderbank Bayern]] ([[O:LfA]]) über 150.000 EUR; die [[O:LfA]] übernimmt eine Haftungsfreistellung von 50 %;
3. Eigenes Darlehen der [[O:Raiffeisenbank Oberes Vilstal]] über 100.000 EUR.

SICHERHEITEN
– Grundschuld über 650.000 EUR auf dem Grundstück in [[L:Gangkofen]], eingetragen im Grundbuch des [[O:Amtsgerichts Landshut]];
– Ausfallbürgschaft der [[O:Bürgschaftsbank Bayern GmbH]] über 60 % des Eigendarlehens;
– Abtretung der Ansprüche aus der Gebäudeversicherung bei der [[O:R+V Allgemeine Versicherung AG]].

AUSZAHLUNGSVORAUSSETZUNGEN
– Vorlage des Jahresabschlusses 2025, geprüft von Ihrer Steuerkanzlei [[O:Dr. Wimmer & Partner mbB]];
– Bestätigung des Baufortschritts durch den Sachverständigen der [[O:DEKRA]];
– Baugenehmigung des [[O:Landratsamts Rottal-Inn]].

Wir haben zur Kenntnis genommen, dass rund 45 % Ihres Umsatzes auf die [[O:Krones AG]] und auf Zulieferaufträge für [[O:BMW]] in [[L:Dingolfing]] entfallen. Die neuen Aufträge der [[O:Zollner Elektronik AG]] und der [[O:Schörghuber Spezialtüren]] verbessern die Streuung deutlich.

Die Konditionen entnehmen Sie bitte dem beigefügten Vertragsentwurf. Die Zusage gilt bis zum 15. Dezember 2026. Für Rückfragen stehen Ihnen Frau [[P:Theresa Maierhofer]] und der Unterzeichner gern zur Verfügung.

Mit freundlichen Grüßen

[[O:Raiffeisenbank Oberes Vilstal eG]]

[[P:Andreas Kirchberger]]                [[P:Theresa Maierhofer]]
Bereichsleiter Firmenkunden         Firmenkundenbetreuerin

Mitglied im [[O:Genossenschaftsverband Bayern]] und der [[O:BVR Institutssicherung GmbH]]
""")

d("de", "zoll_spedition", """
[[O:HANSEFRACHT Albrecht Logistik GmbH]]
Am Sandtorkai 48 · 20457 [[L:Hamburg]]

An
[[O:Elektro Kessler KG]]
Frau [[P:Monika Kessler-Brandt]]
Sandershäuser Straße 7
34123 [[L:Kassel]]

[[L:Hamburg]], 9. Dezember 2026

Betreff: Ihre Sendung SZX-HH-20871 – Ankunft, Zollbeschau und Nachlauf

Sehr geehrte Frau [[P:Kessler-Brandt]],

der Container HLBU 2049118 mit 1.240 Kartons LED-Leuchten Ihres Lieferanten [[O:Shenzhen Brightway Electronics Co., Ltd.]] ist am 7. Dezember mit einem Schiff der [[O:Hapag-Lloyd AG]] aus [[L:Shenzhen]] in [[L:Hamburg]] eingetroffen und liegt am Terminal Burchardkai der [[O:HHLA]].

Das [[O:Hauptzollamt Hamburg]] hat die Sendung zur Beschau beim [[O:Zollamt Waltershof]] angemeldet. Zusätzlich prüft die [[O:Bundesnetzagentur]] im Rahmen der Marktüberwachung die CE-Kennzeichnung. Bitte senden Sie uns die Konformitätserklärung und den Prüfbericht der [[O:Intertek]] bis spätestens 11. Dezember.

KOSTEN BIS HEUTE
Terminal Handling Charge ([[O:HHLA]])             285,00 EUR
Beschaugebühr [[O:Zollamt Waltershof]]             120,00 EUR
Verzollung durch unseren Zollagenten [[O:Zollservice Lühe GmbH]]   95,00 EUR
Lagergeld ab 12.12.                         42,00 EUR/Tag

Die Einfuhrumsatzsteuer wird über Ihr Aufschubkonto abgewickelt; der Zoll wird direkt der [[O:Generalzolldirektion]] gemeldet.

NACHLAUF
Nach Freigabe übernimmt die [[O:Kühne + Nagel (AG & Co.) KG]] den Lkw-Transport nach [[L:Kassel]]. Falls [[O:Kühne + Nagel]] kurzfristig nicht verfügbar ist, fährt unser Partner [[O:Spedition Fehrmann & Töchter]] aus [[L:Buxtehude]]. Alternativ ist ein Bahntransport mit [[O:DB Cargo]] bis [[L:Göttingen]] möglich.

Die Ware ist über Ihre laufende Police bei der [[O:Nordlicht Transportversicherung VVaG]] versichert. Für die Ausfuhr der leeren Paletten zurück nach [[L:China]] benötigen wir keine Genehmigung des [[O:Bundesamts für Wirtschaft und Ausfuhrkontrolle]] ([[O:BAFA]]).

Mit freundlichen Grüßen

[[P:Ole Petersen]]
Import / Zollabwicklung
[[O:Hansefracht Albrecht Logistik GmbH]] – Mitglied im [[O:Verein Hamburger Spediteure e.V.]]
""")

d("de", "arztbrief", """
[[O:Kreiskliniken Oberallgäu gGmbH]]
[[O:Klinikum Kempten]] · Klinik für Innere Medizin II – Gastroenterologie
Robert-Weixler-Straße 50 · 87439 [[L:Kempten]]

Frau Dr. med. [[P:Sabine Höflinger]]
[[O:Hausarztpraxis am Stadtpark]]
Parkstraße 4
87509 [[L:Immenstadt]]

[[L:Kempten]], 24. November 2026

Entlassungsbericht
Patient: Herr [[P:Georg Wiedemann]], geb. 03.02.1958, wohnhaft in [[L:Sonthofen]]
Stationärer Aufenthalt: 17.11. bis 24.11.2026

Sehr geehrte Frau Kollegin [[P:Höflinger]],

wir berichten über Ihren Patienten Herrn [[P:Wiedemann]], der am 17.11. durch den Rettungsdienst des [[O:Bayerischen Roten Kreuzes]] ([[O:BRK]]) nach Verlegung aus der [[O:Klinik Immenstadt]] bei uns aufgenommen wurde.

Diagnosen: akute biliäre Pankreatitis; Choledocholithiasis; Diabetes mellitus Typ 2.

Verlauf: Nach ERCP mit Steinextraktion besserten sich die Beschwerden rasch. Die Laborwerte wurden zusätzlich vom [[O:MVZ Labor Dr. Limbach]] bestimmt. Eine Cholezystektomie ist in sechs Wochen in unserer Klinik für Allgemeinchirurgie geplant. Herr [[P:Wiedemann]] nimmt an der Registerstudie des [[O:Universitätsklinikums Ulm]] teil, die von der [[O:Deutschen Forschungsgemeinschaft]] ([[O:DFG]]) gefördert wird.

Weiteres Vorgehen:
– Insulinschulung durch die [[O:Diabetes-Schwerpunktpraxis Dres. Brenner & Okafor]];
– häusliche Versorgung durch die [[O:Sozialstation St. Ulrich e.V.]];
– Hilfsmittel über das [[O:Sanitätshaus Vögele]]; Rezepte wurden an die [[O:Löwen-Apotheke]] in [[L:Sonthofen]] übermittelt.

Der Antrag auf Anschlussheilbehandlung in der [[O:Rehaklinik Bad Wörishofen]] wurde bei der [[O:AOK Bayern]] gestellt; die [[O:AOK]] hat die Kostenübernahme mündlich zugesagt. Der Patient ist Mitglied der Selbsthilfegruppe des [[O:Deutschen Diabetiker Bundes]].

Mit freundlichen kollegialen Grüßen

Prof. Dr. med. [[P:Wolfgang Sedlmayr]]              Dr. med. [[P:Aylin Demirtaş]]
Chefarzt                                       Oberärztin

[[P:J. Pfeiffer]], Assistenzarzt
""")

d("de", "elternbrief", """
[[O:Elisabeth-Selbert-Gesamtschule Dreieich]]
Schule des [[O:Kreises Offenbach]] · Am Pfarrgarten 12 · 63303 [[L:Dreieich]]

An die Eltern und Erziehungsberechtigten der Jahrgangsstufe 9

[[L:Dreieich]], 14. Januar 2027

Betreff: Termine im zweiten Halbjahr

Liebe Eltern,

zum Halbjahreswechsel möchten wir Sie über die wichtigsten Termine informieren.

1. Schüleraustausch mit [[L:Frankreich]]
Vom 8. bis 15. März besuchen uns 24 Schülerinnen und Schüler unserer Partnerschule, des [[O:Collège Jean-Rostand]] in [[L:Mâcon]]. Die Reise wird vom [[O:Deutsch-Französischen Jugendwerk]] ([[O:DFJW]]) bezuschusst; den Zuschuss des [[O:DFJW]] beantragt Frau [[P:Lefèvre-Schuster]].

2. Betriebspraktikum
Das Praktikum findet vom 26. April bis 7. Mai statt. Plätze bieten unter anderem die [[O:Deutsche Lufthansa AG]], das [[O:Sana Klinikum Offenbach]], die [[O:Stadtverwaltung Dreieich]], das [[O:Autohaus Gerlach]] und die [[O:Bäckerei Vogt & Söhne]]. Die Berufsberatung der [[O:Agentur für Arbeit Offenbach]] ist jeden zweiten Dienstag im Haus.

3. Klassenfahrt
Die Klassen 9a und 9c fahren im Juni in die [[O:Jugendherberge Oberwesel]] am [[L:Rhein]]. Den Bus stellt das [[O:Omnibusunternehmen Kraus]]. Die Kosten von 245 € können über das Bildungs- und Teilhabepaket beim [[O:Jobcenter Kreis Offenbach]] erstattet werden.

4. Mensa
Ab Februar beliefert uns [[O:apetito catering]] statt [[O:Sodexo]]. Die Bestellung läuft weiter über das Portal von [[O:MensaMax]].

5. Arbeitsgemeinschaften
Neu sind die Ruder-AG mit dem [[O:Frankfurter Ruderverein von 1865]] und die Band-AG mit der [[O:Musikschule Dreieich e.V.]] Der [[O:Förderverein der Elisabeth-Selbert-Gesamtschule e.V.]] übernimmt die Kosten für Instrumente.

Bei Fragen wenden Sie sich bitte an die Klassenleitungen oder an Herrn [[P:Dominik Arslan]], Stufenleiter.

Mit freundlichen Grüßen

Dr. [[P:Ursula Wendt-Krämer]]
Schulleiterin
""")

d("de", "polizei_anhoerung", """
[[O:Polizeipräsidium Westpfalz]]
[[O:Polizeiinspektion Kusel]]
Trierer Straße 43 · 66869 [[L:Kusel]]

Herrn
[[P:Tobias Schäfer]]
Hauptstraße 88
66903 [[L:Glan-Münchweiler]]

Aktenzeichen: PI KUS 1188/26-VU
Datum: 2. Oktober 2026

Zeugenfragebogen zum Verkehrsunfall vom 27.09.2026 auf der L 352 zwischen [[L:Altenglan]] und [[L:Rammelsbach]]

Sehr geehrter Herr [[P:Schäfer]],

nach unseren Ermittlungen haben Sie den oben genannten Unfall beobachtet. Beteiligt waren ein Lieferwagen der [[O:Getränke Schäfer GmbH]] – nach unserer Kenntnis nicht mit Ihnen verwandt – und ein Mietwagen der [[O:Sixt GmbH & Co. Autovermietung KG]], gefahren von Frau [[P:Nadine Hollerbach]] aus [[L:Kaiserslautern]].

Frau [[P:Hollerbach]] wurde vom Rettungsdienst des [[O:DRK-Kreisverbandes Kusel]] in das [[O:Westpfalz-Klinikum]] gebracht. Die Fahrzeuge wurden vom [[O:Abschleppdienst Mohr]] geborgen. Die Fahrbahn wurde von der Straßenmeisterei des [[O:Landesbetriebs Mobilität Rheinland-Pfalz]] ([[O:LBM]]) gereinigt; der [[O:LBM]] macht seine Kosten gegenüber der Haftpflichtversicherung geltend.

Wir bitten Sie, die folgenden Fragen zu beantworten:
1. Aus welcher Richtung kamen die Fahrzeuge?
2. Hat der Lieferwagen geblinkt?
3. Standen weitere Fahrzeuge, etwa der Linienbus der [[O:Verkehrsgesellschaft Westpfalz]], an der Einmündung?
4. Haben Sie Fotos gemacht?

Der Lieferwagen ist bei der [[O:HUK-COBURG]] versichert, der Mietwagen bei der [[O:Allianz]]. Beide Versicherer haben um Akteneinsicht gebeten, die ihnen die [[O:Staatsanwaltschaft Kaiserslautern]] gewährt. Ein Gutachten zum Unfallhergang erstellt der [[O:TÜV Rheinland]].

Ihre Angaben sind freiwillig. Sie können den Bogen auch bei der [[O:Polizeiwache Landstuhl]] abgeben oder online über die Internetwache der [[O:Polizei Rheinland-Pfalz]] einreichen.

Mit freundlichen Grüßen
Im Auftrag

[[P:Schneider]], POK
Sachbearbeiter Verkehr
""")

d("de", "stadtwerke_rechnung", """
[[O:Stadtwerke Walsrode-Böhme GmbH]]
Kundencenter · Lange Straße 21 · 29664 [[L:Walsrode]]

Eheleute
[[P:Heike]] und [[P:Bernd Ruschmeyer]]
Am Vogelpark 6
29664 [[L:Walsrode]]

Kundennummer: 100 482 115
Rechnungsdatum: 12. Januar 2027

JAHRESABRECHNUNG 2026 FÜR STROM, ERDGAS UND WASSER

Strom „Böhme Natur“                     3.412 kWh           1.064,55 €
Erdgas „Böhme Wärme“                   11.870 kWh           1.302,18 €
Trinkwasser                             96 m³               219,84 €
Summe                                                       2.586,57 €
abzüglich Abschläge                                        –2.460,00 €
Nachzahlung                                                   126,57 €

Ihr neuer monatlicher Abschlag ab Februar: 216,00 €

WER IST WOFÜR ZUSTÄNDIG?
Netzbetreiber Strom und Gas: [[O:Avacon Netz GmbH]]; Messstellenbetreiber: [[O:Avacon]]. Trinkwasser liefert der [[O:Wasserverband Heidekreis]], die Abwassergebühren erhebt die [[O:Stadt Walsrode]] selbst. Unseren Strom beziehen wir zu 80 % aus Windparks der [[O:Böhmetal Bürgerwind eG]]; das Erdgas stammt von der [[O:EWE Trading GmbH]].

FÖRDERUNG
Für den Tausch Ihrer Gasheizung gegen eine Wärmepumpe erhalten Sie bis zu 70 % Zuschuss von der [[O:KfW]]. Unser Partnerbetrieb [[O:Heizungsbau Riechers]] berät Sie kostenlos; eine unabhängige Energieberatung bietet die [[O:Verbraucherzentrale Niedersachsen]] an.

GLASFASER
Unsere Tochter [[O:heidenet]] baut in Ihrem Ortsteil Glasfaser aus. Bis zum 31. März ist der Hausanschluss kostenlos.

ZAHLUNG
Wir buchen den Betrag am 26. Januar von Ihrem Konto bei der [[O:Kreissparkasse Walsrode]] ab.

Bei Beschwerden wenden Sie sich an unser Kundencenter. Kommt keine Einigung zustande, können Sie die [[O:Schlichtungsstelle Energie e.V.]] anrufen. Allgemeine Informationen gibt der Verbraucherservice der [[O:Bundesnetzagentur]].

[[O:Stadtwerke Walsrode-Böhme]] · Geschäftsführer: [[P:Hendrik Oltmanns]] · Aufsichtsratsvorsitzender: Bürgermeister [[P:Karsten Wrede]]
""")

d("de", "ausstellerverzeichnis", """
HOLZ-HANDWERK SÜD 2027
AUSSTELLERVERZEICHNIS HALLE 4

Veranstalter: [[O:Landesmesse Stuttgart GmbH]] in Zusammenarbeit mit dem [[O:Fachverband Holz und Kunststoff Baden-Württemberg]] und der [[O:Handwerkskammer Region Stuttgart]]

Stand   Aussteller                                   Ort
4A10    [[O:Festool GmbH]]                                  [[L:Wendlingen]]
4A14    [[O:Leitz GmbH & Co. KG]]                           [[L:Oberkochen]]
4A20    [[O:HOMAG Group AG]]                                [[L:Schopfloch]]
4B02    [[O:Holzwerkstatt Nägele]]                          [[L:Nürtingen]]
4B05    [[O:Zimmerei Gebr. Stöckl]]                         [[L:Rosenheim]]
4B09    [[O:Felder KG]]                                     [[L:Hall in Tirol]], [[L:Österreich]]
4B11    [[O:SCM Group S.p.A.]]                              [[L:Rimini]], [[L:Italien]]
4C01    [[O:Lackfabrik Ohlinger & Hess]]                    [[L:Heilbronn]]
4C03    [[O:Massivholz 3000 UG]]                            [[L:Tübingen]]
4C07    [[O:Schwarzwälder Sägewerk Kienzler]]               [[L:Titisee-Neustadt]]
4C08    [[O:Bundesverband Holzbau Deutschland]]             [[L:Berlin]]
4D01    [[O:Fachschule für Holztechnik Rosenheim]]          [[L:Rosenheim]]

HINWEISE
Stand 4C03 war ursprünglich an die [[O:Tischlerei Brandl]] vergeben; nach deren Absage übernimmt [[O:Massivholz 3000]]. Die [[O:Felder KG]] zeigt ihre Maschinen gemeinsam mit ihrem Händler [[O:Holzmaschinen Wurm]].

Die Sonderschau „Holz im Stadtbau“ gestaltet die [[O:Hochschule für Technik Stuttgart]] ([[O:HFT]]) mit Studierenden; Ansprechpartner an der [[O:HFT]] ist Prof. [[P:Matthias Eberle]].

Standbau und Strom: [[O:Expotec Schwaben]]; Gastronomie in Halle 4: [[O:Bürger Catering]]; Shuttlebusse ab dem Hauptbahnhof: [[O:SSB]].

Presseanfragen an [[P:Julia Ferreira-Kühn]], [[O:Landesmesse Stuttgart]], presse@messe-stuttgart.example.
""")

d("de", "vereins_newsletter", """
[[O:TSV 1889 Ebersbach e.V.]]
Vereinsnachrichten · Ausgabe 4/2026

Liebe Mitglieder, liebe Freunde des [[O:TSV]],

ein bewegtes Jahr geht zu Ende. Hier das Wichtigste in Kürze.

FUSSBALL
Unsere erste Mannschaft überwintert auf Platz 3 der Bezirksliga. Am letzten Spieltag gewann sie mit 3:1 gegen den [[O:SV Rot-Weiß Göppingen]]; gegen den [[O:FC Eislingen 08]] reichte es nur zu einem 2:2. Trainer [[P:Marco Ianni]] verlängert bis 2028. Die A-Jugend spielt ab Januar in einer Spielgemeinschaft mit dem [[O:TV Uhingen]].

TURNEN UND GESUNDHEITSSPORT
Die Turnabteilung hat das Gütesiegel „Pluspunkt Gesundheit“ des [[O:Deutschen Turner-Bundes]] erhalten. Die Reha-Sportkurse werden weiterhin von der [[O:AOK Baden-Württemberg]] und der [[O:Techniker Krankenkasse]] anerkannt.

VEREINSHEIM
Die Sanierung des Vereinsheims ist fast abgeschlossen. Finanziert wurde sie vom [[O:Württembergischen Landessportbund]] ([[O:WLSB]]), von der [[O:Stadt Ebersbach an der Fils]] und aus Spenden. Ausgeführt haben die Arbeiten [[O:Holzbau Single]], [[O:Elektro Maier & Bühler]] und [[O:Sanitär Kocaman]]. Die Gaststätte übernimmt ab Februar Familie [[P:Tsakiridis]], bisher Wirte der „[[O:Taverne Olympia]]“ in [[L:Uhingen]].

SPONSOREN
Wir danken unseren Partnern: [[O:Kreissparkasse Göppingen]], [[O:Autohaus Klingler GmbH]], [[O:Bäckerei Fetzer]], [[O:Stadtwerke Ebersbach]] und [[O:Schuler Pressen]]. Neu dabei ist die [[O:Filstal Immobilien GmbH]].

TERMINE
10. Januar: Neujahrsempfang mit Bürgermeisterin [[P:Angelika Rapp]]
7. Februar: Hallenturnier der E-Jugend, u. a. mit dem [[O:1. FC Heidenheim]]
21. März: Jahreshauptversammlung

Mit sportlichen Grüßen
[[P:Reinhold Kübler]], 1. Vorsitzender
[[P:Sandra Vetter]], Redaktion Vereinsnachrichten
""")

d("de", "email_reklamation", """
Von: [[P:Gerlinde Lorenz]] <g.lorenz@gastrotechnik-lorenz.example>
Gesendet: Dienstag, 17. November 2026 09:14
An: [[P:Murat Yıldız]] <info@cafe-kornblume.example>
Cc: Kundendienst <service@gastrotechnik-lorenz.example>
Betreff: AW: Reklamation Siebträgermaschine – Auftrag 26-1184

Sehr geehrter Herr [[P:Yıldız]],

vielen Dank für Ihre Nachricht. Es tut uns leid, dass die Maschine in Ihrem [[O:Café Kornblume]] erneut ausgefallen ist.

Wir haben den Fall mit dem Hersteller [[O:La Marzocco]] besprochen. Der Fehler liegt an der Brühgruppe; das Ersatzteil wird aus [[L:Florenz]] per [[O:DHL Express]] geschickt und soll am Donnerstag bei uns sein. Unser Techniker, Herr [[P:Baumgart]], kommt am Freitag um 7 Uhr zu Ihnen. Bis dahin stellen wir Ihnen kostenlos eine Leihmaschine von [[O:WMF Professional Coffee Machines]] zur Verfügung.

Die Reparatur fällt unter die Gewährleistung. Die Leasingrate an die [[O:GRENKE AG]] läuft unverändert weiter; Ihr Ausfall wird Ihnen mit einer Gutschrift von 180 € auf die nächste Wartung ausgeglichen.

Freundliche Grüße

[[P:Gerlinde Lorenz]]
Geschäftsführerin
[[O:Gastro-Technik Lorenz GmbH]] · Heerstraße 112 · 60488 [[L:Frankfurt am Main]]
Mitglied im [[O:Hotel- und Gaststättenverband DEHOGA Hessen]]

-----Ursprüngliche Nachricht-----
Von: [[P:Murat Yıldız]] <info@cafe-kornblume.example>
Gesendet: Montag, 16. November 2026 18:47
An: service@gastrotechnik-lorenz.example
Betreff: Reklamation Siebträgermaschine – Auftrag 26-1184

Guten Tag,

die Maschine, die Sie uns im August geliefert haben, ist heute zum zweiten Mal ausgefallen. Wir mussten am Vormittag Kaffee bei der [[O:Bäckerei Eifler]] nebenan kaufen, um unsere Gäste zu bedienen.

Beim ersten Mal hat Ihr Techniker zwei Wochen gebraucht, weil das Paket bei [[O:Hermes]] verloren ging. Das darf nicht wieder passieren. Am Samstag haben wir ein Catering für die [[O:Goethe-Universität Frankfurt]] und für die [[O:Frankfurter Sparkasse]].

Wenn die Maschine bis Freitag nicht läuft, trete ich vom Vertrag zurück und kaufe bei [[O:Kaffee-Partner]]. Mein Anwalt, Herr Dr. [[P:Vollmer]] von [[O:Vollmer Rechtsanwälte]], ist informiert.

[[P:Murat Yıldız]]
Inhaber, [[O:Café Kornblume]], Berger Straße 201, [[L:Frankfurt]]
""")

d("de", "ausschreibung", """
BEKANNTMACHUNG ÖFFENTLICHE AUSSCHREIBUNG

Öffentlicher Auftraggeber: [[O:Landkreis Vorpommern-Greifswald]], Der Landrat, Zentrale Vergabestelle, Feldstraße 85a, 17489 [[L:Greifswald]]

Gegenstand: Freigestellter Schülerverkehr im Amtsbereich [[L:Anklam-Land]] und auf der Insel [[L:Usedom]], Schuljahre 2027/28 bis 2030/31

Vergabeverfahren: Offenes Verfahren nach VgV; Veröffentlichung über die Vergabeplattform [[O:DTVP]]

Lose:
Los 1: Touren zur [[O:Regionalen Schule Ducherow]] und zum [[O:Lilienthal-Gymnasium Anklam]]
Los 2: Touren zur [[O:Grundschule Zinnowitz]] und zur [[O:Förderschule Wolgast]]
Los 3: Touren zur [[O:Europaschule Insel Usedom]] in [[L:Heringsdorf]]

Bisher wurden die Touren von der [[O:Verkehrsgesellschaft Vorpommern-Greifswald mbH]] ([[O:VVG]]) und vom [[O:Reisedienst Möller GmbH]] gefahren. Die [[O:VVG]] bleibt für den Linienverkehr zuständig; eine Abstimmung der Fahrpläne mit der [[O:Usedomer Bäderbahn GmbH]] ([[O:UBB]]) ist erforderlich, da Schüler in [[L:Zinnowitz]] zum Zug der [[O:UBB]] umsteigen.

Eignung: Genehmigung nach dem Personenbeförderungsgesetz; Nachweis der Betriebshaftpflicht; Referenzen über mindestens zwei vergleichbare Aufträge. Bietergemeinschaften sind zugelassen.

Fragen der Bieter sind bis zum 15. Februar 2027 ausschließlich über die [[O:DTVP]] zu stellen. Ansprechpartnerin in der Vergabestelle ist Frau [[P:Kerstin Pagel]].

Frist für den Eingang der Angebote: 1. März 2027, 10:00 Uhr

Nachprüfungsstelle: [[O:Vergabekammer Mecklenburg-Vorpommern]] beim [[O:Ministerium für Wirtschaft, Infrastruktur, Tourismus und Arbeit]], Johannes-Stelling-Straße 14, 19053 [[L:Schwerin]]

Die Schülerzahlen je Tour hat das [[O:Staatliche Schulamt Greifswald]] zugeliefert. Bei Fragen zur Förderung elektrischer Busse verweisen wir auf die [[O:Energieagentur Mecklenburg-Vorpommern]] und das [[O:Bundesamt für Logistik und Mobilität]].

[[L:Greifswald]], den 20. Januar 2027
gez. Dr. [[P:Holger Witt]], Fachbereichsleiter
""")

d("de", "bewerbungsantwort", """
[[O:Brennwerk Energietechnik GmbH]]
Personalabteilung · Daimlerstraße 9 · 89079 [[L:Ulm]]

Frau
[[P:Lea Sommerfeld]]
Hirschstraße 15
86150 [[L:Augsburg]]

[[L:Ulm]], 8. Dezember 2026

Ihre Bewerbung als Projektingenieurin Wärmepumpen (Kennziffer BW-2611)

Sehr geehrte Frau [[P:Sommerfeld]],

vielen Dank für Ihre Bewerbung, die wir über [[O:StepStone]] erhalten haben. Ihr Werdegang hat uns überzeugt: Ihr Studium an der [[O:Hochschule Kempten]], die Werkstudententätigkeit bei der [[O:Viessmann Climate Solutions SE]] und die drei Jahre als Projektingenieurin bei der [[O:STIEBEL ELTRON GmbH & Co. KG]] passen sehr gut zu der Stelle.

Gern laden wir Sie zu einem Vorstellungsgespräch ein:
Termin: Donnerstag, 17. Dezember 2026, 10:00 Uhr
Ort: unser Werk in [[L:Ulm]], Empfang Gebäude B
Gesprächspartner: Herr [[P:Christoph Bauder]] (Leiter Projektierung) und Frau [[P:Anna-Lena Rieger]] (Personalreferentin)

Zu Ihrer Orientierung: [[O:Brennwerk]] gehört seit 2024 zur italienischen [[O:Gruppo Termica Veneta S.p.A.]], bleibt aber in [[L:Ulm]] eigenständig. Zu unseren Kunden gehören Wohnungsunternehmen wie die [[O:Vonovia SE]] und die [[O:Ulmer Wohnungs- und Siedlungs-GmbH]], Stadtwerke wie die [[O:SWU Stadtwerke Ulm/Neu-Ulm]] sowie Installationsbetriebe im ganzen Süden. Unsere Wärmepumpen werden bei der [[O:Bosch Thermotechnik]]-Tochter [[O:Buderus]] in Lizenz vertrieben.

Die Reisekosten erstatten wir Ihnen in Höhe eines Tickets der [[O:Deutschen Bahn]], 2. Klasse. Falls Sie eine Übernachtung benötigen, haben wir im [[O:Hotel Goldenes Rad]] ein Zimmer reserviert; bitte geben Sie uns bis Montag Bescheid.

Bitte bringen Sie Ihr Abschlusszeugnis und, soweit vorhanden, Ihr Zertifikat des [[O:Bundesverbands Wärmepumpe e.V.]] mit. Ihre Daten verarbeiten wir über unser Bewerbermanagement bei [[O:Personio]]; Einzelheiten finden Sie in unseren Datenschutzhinweisen.

Wir freuen uns auf Sie.

Mit freundlichen Grüßen

[[P:Anna-Lena Rieger]]
Personalreferentin
[[O:Brennwerk Energietechnik GmbH]] · Geschäftsführung: Dr. [[P:Stefan Kohlhaas]]
""")

# ---------------------------------------------------------------- French
d("fr", "offre_pret", """
[[O:Banque Lorvelle]]
Agence de [[L:Vannes]] – 12, place de la République – 56000 [[L:Vannes]]

Monsieur [[P:Erwan Le Bihan]] et Madame [[P:Solène Le Bihan-Tanguy]]
8, impasse des Mouettes
56860 [[L:Séné]]

[[L:Vannes]], le 18 novembre 2026

Objet : offre de prêt immobilier n° 2026-56-04471

Madame, Monsieur,

Suite à notre rendez-vous du 6 novembre et à la transmission de votre dossier par votre courtier, [[O:Meilleurtaux]], nous avons le plaisir de vous adresser notre offre pour l'achat de la maison située à [[L:Theix-Noyalo]].

PLAN DE FINANCEMENT
– Prêt principal [[O:Banque Lorvelle]] : 215 000 € sur 25 ans, taux fixe 3,15 % ;
– Prêt à taux zéro : 40 000 €, garanti par la [[O:Société de gestion des financements et de la garantie de l'accession sociale à la propriété]] ([[O:SGFGAS]]) ;
– Prêt [[O:Action Logement Services]] : 30 000 €, obtenu par l'employeur de Monsieur [[P:Le Bihan]], [[O:Naval Group]] ;
– Apport personnel : 28 000 €.

GARANTIES ET ASSURANCES
Le prêt principal est garanti par la caution de [[O:Crédit Logement]]. Vous avez choisi une délégation d'assurance emprunteur auprès d'[[O:April]] plutôt que notre contrat groupe assuré par [[O:CNP Assurances]] ; nous l'acceptons, les garanties étant équivalentes. Madame [[P:Le Bihan-Tanguy]], infirmière au [[O:CHU de Nantes]], devra toutefois fournir le questionnaire de santé demandé par [[O:April]].

L'assurance habitation devra être souscrite avant la signature, par exemple auprès de la [[O:MACIF]] ou de [[O:Groupama Loire Bretagne]].

L'acte sera reçu par Maître [[P:Annaïg Riou]], notaire à [[L:Vannes]], de l'[[O:office notarial Riou & Le Goff]]. Le vendeur est représenté par l'agence [[O:Square Habitat Golfe du Morbihan]].

Conformément à la loi, vous disposez d'un délai de réflexion de dix jours avant d'accepter cette offre. Nous avons consulté le fichier de la [[O:Banque de France]] ; aucun incident n'y figure.

En cas de désaccord, vous pouvez saisir le médiateur de la [[O:Fédération bancaire française]].

Nous vous prions d'agréer, Madame, Monsieur, nos salutations distinguées.

[[P:Gwenaëlle Cadoret]]
Conseillère en financement immobilier
[[O:Banque Lorvelle]], société anonyme coopérative de banque, membre du [[O:Groupe Océan Crédit]]
""")

d("fr", "note_paie", """
[[O:TRANSPORTS LEMAIRE & FILS SAS]]
Service paie – ZA des Grands Champs – 21600 [[L:Longvic]]

À l'attention de M. [[P:Kevin Dujardin]], conducteur routier
Matricule 00417

[[L:Longvic]], le 30 novembre 2026

Objet : explications sur votre bulletin de paie de novembre

Monsieur,

Vous nous avez interrogés sur plusieurs lignes de votre bulletin de novembre. Voici nos réponses.

1. Mutuelle. Depuis le 1er octobre, la complémentaire santé n'est plus assurée par [[O:Harmonie Mutuelle]] mais par [[O:Malakoff Humanis]]. La cotisation salariale passe de 38,20 € à 35,60 €. La prévoyance reste chez [[O:Carcept Prév]], organisme du transport routier.

2. Retraite complémentaire. Les cotisations [[O:Agirc-Arrco]] sont versées à [[O:AG2R La Mondiale]]. Les cotisations sociales sont déclarées à l'[[O:URSSAF de Bourgogne]].

3. Prélèvement à la source. Le taux de 4,1 % nous est transmis par la [[O:Direction générale des finances publiques]] ([[O:DGFiP]]). Pour le modifier, adressez-vous au service des impôts ; la [[O:DGFiP]] nous transmettra le nouveau taux.

4. Titres-restaurant. Votre carte [[O:Swile]] a été créditée de 19 titres de 10 €, dont 60 % payés par l'entreprise.

5. Formation. Le coût de votre FCO, suivie chez [[O:AFTRAL]] à [[L:Chenôve]], est pris en charge par l'[[O:OPCO Mobilités]] et n'apparaît donc pas sur le bulletin.

6. Frais de déplacement. Les indemnités de repas correspondent aux tournées pour [[O:Dijon Céréales]], [[O:Amora Maille]] et [[O:Lactalis]]. Les nuitées au [[O:Relais Routier du Morvan]] vous sont remboursées sur justificatif.

7. Acompte. L'avance de 300 € demandée le 12 novembre a été déduite.

Le comité social et économique a par ailleurs négocié une réduction chez [[O:Norauto]] et à la salle de sport [[O:Basic-Fit]] de [[L:Dijon]]. Vous pouvez contacter vos élus, dont M. [[P:Rachid Benali]] (délégué [[O:CFDT]]).

Votre prochain rendez-vous de médecine du travail aura lieu auprès de [[O:MT21]] le 14 janvier.

Bien cordialement,

[[P:Sandrine Morel-Pacaud]]
Responsable paie et administration du personnel
[[O:Transports Lemaire & Fils]]
""")

d("fr", "sinistre_auto", """
[[O:MUTUELLE DES ARTISANS DU CENTRE]] ([[O:MAC Assurances]])
Service sinistres automobile – 4, boulevard Heurteloup – 37000 [[L:Tours]]

Madame [[P:Chloé Vasseur]]
27, rue des Tanneurs
41000 [[L:Blois]]

[[L:Tours]], le 2 décembre 2026

Vos références : contrat AUTO-558130 – sinistre n° 26-0087712
Objet : accident du 14 novembre 2026 à [[L:Amboise]]

Madame,

Nous avons bien reçu le constat amiable que vous avez rempli avec M. [[P:Frédéric Gaultier]], conducteur du véhicule utilitaire appartenant à la société [[O:Plomberie Gaultier & Fils]]. Son assureur est la [[O:MAAF]], avec laquelle nous avons ouvert un recours selon la convention IRSA.

D'après le constat et le procès-verbal établi par la [[O:gendarmerie d'Amboise]], le véhicule adverse n'a pas respecté le stop. Votre responsabilité n'est donc pas engagée.

Votre véhicule a été remorqué par [[O:Dépannage Val de Loire]] jusqu'au [[O:Garage du Rond-Point]], à [[L:Blois]], réparateur agréé de notre réseau. L'expert mandaté, M. [[P:Thierry Aubrun]] du [[O:cabinet Delmas Expertises]], a chiffré les réparations à 4 860 € TTC. Le garage commandera les pièces chez [[O:Renault]] ; le pare-brise sera remplacé par [[O:Carglass]].

Pendant l'immobilisation, un véhicule de remplacement vous est prêté par [[O:Europcar]] à [[L:Blois]], dans la limite de 15 jours.

Concernant vos blessures, vous nous avez transmis le certificat du [[O:Centre hospitalier de Blois]]. Le médecin-conseil de la [[O:MAC]], le Dr [[P:Hélène Faucher]], vous recevra le 8 janvier. Votre employeur, la [[O:Fromagerie Loire-Sologne]], doit nous adresser l'attestation de salaire pour le calcul des indemnités journalières complémentaires à celles versées par la [[O:CPAM de Loir-et-Cher]].

Si vous contestez notre position, vous pouvez saisir le service réclamations puis la [[O:Médiation de l'Assurance]].

Nous vous prions de croire, Madame, à l'assurance de nos sentiments dévoués.

[[P:Bertrand Lhuillier]]
Gestionnaire sinistres
[[O:MAC Assurances]], société d'assurance mutuelle régie par le Code des assurances, contrôlée par l'[[O:Autorité de contrôle prudentiel et de résolution]] ([[O:ACPR]])
""")

d("fr", "avis_arrivee", """
[[O:MARSAUD TRANSIT & CIE]]
Commissionnaire en douane agréé – 3, quai d'Arenc – 13002 [[L:Marseille]]

AVIS D'ARRIVÉE ET DE MISE EN DOUANE

Destinataire : [[O:Épicerie Fine Azur SARL]], à l'attention de Mme [[P:Yasmina Haddad]], 14, avenue Jean-Médecin, 06000 [[L:Nice]]
Date : 23 octobre 2026

Connaissement : CMDU NGO 4481207
Transporteur maritime : [[O:CMA CGM]]
Port de chargement : [[L:Nagoya]], [[L:Japon]]
Port de déchargement : [[L:Fos-sur-Mer]]
Expéditeur : [[O:Sakura Foods Co., Ltd.]], [[L:Osaka]]
Marchandises : 620 cartons de condiments et thés (conteneur frigorifique 20')

Madame,

Le conteneur a été déchargé le 21 octobre au terminal [[O:Seayard]] du [[O:Grand Port Maritime de Marseille]]. Il a été sélectionné pour un contrôle documentaire par le [[O:bureau de douane de Marseille-Port]], qui relève de la [[O:Direction générale des douanes et droits indirects]] ([[O:DGDDI]]).

Les thés étant soumis à un contrôle sanitaire, le dossier a également été transmis au poste de contrôle frontalier placé sous l'autorité de la [[O:DDPP des Bouches-du-Rhône]]. Merci de nous adresser les certificats d'analyse du laboratoire [[O:Eurofins]] ainsi que la facture originale de [[O:Sakura Foods]].

FRAIS ENGAGÉS
Manutention terminal ([[O:Seayard]]) : 310,00 €
Frais de connaissement [[O:CMA CGM]] : 65,00 €
Dédouanement [[O:Marsaud Transit]] : 110,00 €
Branchement frigorifique : 48,00 € par jour

La [[O:DGDDI]] débitera les droits et la TVA sur votre compte de crédit d'enlèvement. La marchandise est couverte par votre police auprès d'[[O:Helvetia Assurances]].

Après mainlevée, le conteneur sera acheminé vers votre entrepôt de [[L:Saint-Laurent-du-Var]] par [[O:Transports Frigorifiques Giordano]]. En cas d'indisponibilité de [[O:Giordano]], nous ferons appel à [[O:STEF]].

Veuillez agréer, Madame, nos salutations distinguées.

[[P:Jean-Baptiste Orsini]]
Service import
[[O:Marsaud Transit & Cie]] – membre de [[O:TLF Overseas]]
""")

d("fr", "lettre_sortie", """
[[O:CHU de Bordeaux]]
[[O:Hôpital Pellegrin]] – Service de chirurgie orthopédique
Place Amélie Raba-Léon – 33076 [[L:Bordeaux]] Cedex

Docteur [[P:Marc-Antoine Lacoste]]
[[O:Maison de santé pluriprofessionnelle des Chartrons]]
21, cours de Verdun
33000 [[L:Bordeaux]]

[[L:Bordeaux]], le 11 décembre 2026

Objet : Mme [[P:Odette Ribeyrolles]], née le 09/03/1941 – compte rendu d'hospitalisation

Cher confrère,

Votre patiente, Mme [[P:Ribeyrolles]], a été hospitalisée du 2 au 11 décembre pour une fracture du col du fémur droit après une chute à domicile. Elle avait été prise en charge par [[O:SOS Médecins Bordeaux]] puis transportée par les [[O:Ambulances Garonne]].

Elle a bénéficié d'une prothèse intermédiaire le 3 décembre. Les suites ont été simples. Le bilan biologique a été réalisé par le laboratoire [[O:Cerballiance]].

SUITES PROPOSÉES
– Séjour en soins de suite à la [[O:Clinique Saint-Augustin]] à partir de ce jour, puis retour à domicile prévu mi-janvier ;
– Rééducation ensuite au [[O:cabinet de kinésithérapie Lacombe-Duprat]], choisi par la famille ;
– Soins infirmiers par l'[[O:HAD Santé Service Gironde]] si besoin ;
– Matériel (lit médicalisé, déambulateur) fourni par [[O:Bastide Le Confort Médical]] ; ordonnance remise à la [[O:Pharmacie des Chartrons]].

Sa fille, Mme [[P:Claire Ribeyrolles-Mendès]], a demandé un dossier d'aide auprès du [[O:Conseil départemental de la Gironde]] et de la [[O:Carsat Aquitaine]]. L'assistante sociale du service a pris contact avec l'association [[O:Présence à domicile Bordeaux Rive Gauche]].

Les frais sont pris en charge à 100 % par la [[O:CPAM de la Gironde]] ; la mutuelle de la patiente est la [[O:MGEN]].

Mme [[P:Ribeyrolles]] a accepté de participer à l'étude FRAGILOS, promue par l'[[O:Université de Bordeaux]] et financée par l'[[O:Inserm]].

Je vous prie de croire, cher confrère, à mes sentiments les meilleurs.

Dr [[P:Nathalie Vergnes]]
Praticien hospitalier
Pr [[P:Laurent Chabrier]], chef de service
""")

d("fr", "lettre_universite", """
[[O:UNIVERSITÉ GRENOBLE ALPES]]
Direction des relations internationales
621, avenue Centrale – 38400 [[L:Saint-Martin-d'Hères]]

Monsieur [[P:Théo Marchetti]]
Résidence Berlioz, chambre 214
38400 [[L:Saint-Martin-d'Hères]]

Le 3 juin 2026

Objet : votre mobilité d'études 2026-2027

Monsieur,

J'ai le plaisir de vous confirmer votre sélection pour une mobilité d'études de deux semestres à la [[O:Technische Universität Wien]] ([[O:TU Wien]]), dans le cadre du programme Erasmus+. La [[O:TU Wien]] a validé votre contrat d'études le 28 mai.

FINANCEMENT
– bourse Erasmus+ versée par l'[[O:Université Grenoble Alpes]] ([[O:UGA]]) : 450 € par mois ;
– aide à la mobilité internationale de la [[O:Région Auvergne-Rhône-Alpes]] : 95 € par semaine ;
– en tant que boursier du [[O:CROUS Grenoble Alpes]], vous conservez votre bourse sur critères sociaux.

AVANT LE DÉPART
1. Souscrire une assurance responsabilité civile et rapatriement ; la [[O:MAE]] et [[O:HEYME]] proposent des contrats adaptés.
2. Demander la carte européenne d'assurance maladie à la [[O:CPAM de l'Isère]].
3. Prévenir la [[O:CAF de l'Isère]] de votre départ pour l'aide au logement.
4. Réserver votre logement : la [[O:TU Wien]] travaille avec l'[[O:OeAD-Wohnraumverwaltung]] et la résidence [[O:Home4Students]].

Votre stage de fin d'études pourra ensuite se faire chez l'un de nos partenaires autrichiens, par exemple [[O:Siemens Mobility Austria]] ou [[O:AVL List GmbH]] à [[L:Graz]], ou au [[O:CEA]] de [[L:Grenoble]] si vous rentrez plus tôt.

Votre correspondante à [[L:Vienne]] est Mme [[P:Katharina Hollerer-Steiner]], International Office de la [[O:TU Wien]]. Votre référent pédagogique à l'[[O:UGA]] reste M. [[P:Yannick Berthet]], de [[O:Grenoble INP – Ense3]].

Nous vous souhaitons une excellente année en [[L:Autriche]].

Pour la présidente et par délégation,

[[P:Amandine Roussel-Ferrand]]
Chargée de mobilité sortante
""")

d("fr", "convocation_prudhommes", """
[[O:CONSEIL DE PRUD'HOMMES DE LYON]]
Section commerce
5, place de Montréal – 69361 [[L:Lyon]] Cedex 07

RG n° F 26/01873

CONVOCATION DEVANT LE BUREAU DE CONCILIATION ET D'ORIENTATION

Partie demanderesse : Mme [[P:Inès Bouzid]], demeurant 17, rue Paul-Bert, 69003 [[L:Lyon]]
Partie défenderesse : [[O:Boulangerie Artisanale Ferrand SARL]], enseigne « [[O:Le Fournil de la Croix-Rousse]] », 44, boulevard de la Croix-Rousse, 69004 [[L:Lyon]], prise en la personne de son gérant, M. [[P:Pascal Ferrand]]

Madame, Monsieur,

Vous êtes convoqués à l'audience du bureau de conciliation et d'orientation du [[O:conseil de prud'hommes de Lyon]] le mardi 9 février 2027 à 14 heures, salle 3.

Objet de la demande : contestation du licenciement pour faute grave notifié le 2 septembre 2026, rappel d'heures supplémentaires et dommages et intérêts.

La demanderesse sera assistée de M. [[P:Gérard Lopez]], défenseur syndical de la [[O:CGT]], et la défenderesse représentée par Me [[P:Clémence Vidalenc]], avocate au [[O:barreau de Lyon]], du cabinet [[O:SELARL Fournier Vidalenc Avocats]].

Pièces à produire
– contrat de travail et bulletins de paie établis par le cabinet comptable [[O:Fiducial]] ;
– relevés de la badgeuse fournie par [[O:Kelio]] ;
– échanges avec l'[[O:inspection du travail du Rhône]] ;
– attestation de [[O:France Travail]] ;
– le cas échéant, le rapport du médecin du travail de l'[[O:AST Grand Lyon]].

La demanderesse a par ailleurs saisi le [[O:tribunal judiciaire de Lyon]] d'une demande distincte concernant le logement de fonction ; les deux procédures ne sont pas jointes.

Les parties peuvent être aidées gratuitement par la [[O:Maison de justice et du droit de Lyon]] ou par l'aide juridictionnelle, à demander auprès du bureau d'aide juridictionnelle. Si l'entreprise fait l'objet d'une procédure collective, l'[[O:AGS]] et le mandataire judiciaire, la [[O:SELARL MJ Synergie]], seront appelés à la cause.

Faute de comparaître, il pourra être statué au vu des seuls éléments fournis par l'autre partie.

Le greffier,
[[P:S. Mourgues]]
""")

d("fr", "facture_energie", """
[[O:VOLTERRE ÉNERGIE]]
Votre facture d'électricité et de gaz

[[O:Volterre Énergie SAS]] – 18, rue de la Villette – 69003 [[L:Lyon]]

M. et Mme [[P:Delorme]]
5, allée des Cerisiers
26000 [[L:Valence]]

N° client : VE-4418820
Facture du 6 janvier 2027 (période du 5 décembre au 4 janvier)

ÉLECTRICITÉ – offre Verte 100 %
Consommation : 742 kWh                                   162,84 €
Acheminement ([[O:Enedis]])                                 58,10 €
Taxes et contributions                                   41,22 €

GAZ NATUREL – offre Gaz Confort
Consommation : 1 880 kWh                                 189,42 €
Acheminement ([[O:GRDF]])                                   44,75 €
Taxes                                                    30,16 €

TOTAL TTC                                               526,49 €
Prélevé le 20 janvier sur votre compte à [[O:La Banque Postale]].

BON À SAVOIR
Les tarifs d'acheminement sont fixés par la [[O:Commission de régulation de l'énergie]] ([[O:CRE]]) et reversés intégralement à [[O:Enedis]] et à [[O:GRDF]]. Notre électricité est garantie d'origine renouvelable, issue notamment des centrales hydrauliques de la [[O:Compagnie nationale du Rhône]] ([[O:CNR]]) ; la [[O:CNR]] exploite 19 barrages sur le [[L:Rhône]].

Vous remplacez votre chaudière ? Notre partenaire [[O:Effy]] vous accompagne dans les démarches MaPrimeRénov' auprès de l'[[O:Agence nationale de l'habitat]] ([[O:Anah]]). Les installateurs sont des entreprises certifiées par [[O:Qualibat]], comme [[O:Thermi-Drôme Services]] près de chez vous.

Vous avez reçu un chèque énergie ? Vous pouvez l'utiliser pour régler cette facture.

Réclamations : par courrier au service clients de [[O:Volterre]], puis, sans réponse sous deux mois, au [[O:Médiateur national de l'énergie]]. Les associations de consommateurs, comme l'[[O:UFC-Que Choisir]] de [[L:Valence]], peuvent aussi vous aider.

[[O:Volterre Énergie]] est une filiale du groupe [[O:Compagnie des Énergies du Dauphiné]].
""")

d("fr", "convocation_ag_syndic", """
[[O:CABINET ROCHEBRUNE IMMOBILIER]]
Syndic de copropriété – 9, rue Thiers – 76600 [[L:Le Havre]]

Aux copropriétaires de la Résidence Les Tilleuls
22-24, rue Guillemard, 76600 [[L:Le Havre]]

[[L:Le Havre]], le 8 mai 2027

Objet : convocation à l'assemblée générale ordinaire du 10 juin 2027

Madame, Monsieur,

Nous vous prions d'assister à l'assemblée générale des copropriétaires, qui se tiendra le jeudi 10 juin 2027 à 18 h 30 dans la salle paroissiale de la [[O:paroisse Saint-Joseph]], 130, boulevard François-Ier.

ORDRE DU JOUR
1. Approbation des comptes 2026, vérifiés par le conseil syndical (Mme [[P:Lecomte]], M. [[P:Abderrahmane Saïdi]], M. [[P:J.-P. Hurel]]).
2. Renouvellement du mandat du syndic [[O:Rochebrune Immobilier]] pour deux ans.
3. Ravalement des façades : devis de [[O:Façades Roux & Fils]] (148 300 €), de [[O:Normandie Ravalement]] (156 900 €) et de [[O:BTP Côte d'Albâtre]] (139 750 €). Maîtrise d'œuvre par le cabinet d'architectes [[O:Atelier Lemarchand]].
4. Demande de subvention auprès de l'[[O:Anah]] et de la [[O:Communauté urbaine Le Havre Seine Métropole]].
5. Remplacement de l'ascenseur : proposition d'[[O:Otis]] ; contre-proposition de [[O:Kone]].
6. Chauffage collectif : renouvellement du contrat d'exploitation avec [[O:Dalkia]] ou passage à [[O:Engie Solutions]].
7. Raccordement à la fibre par [[O:Orange]] ; [[O:Bouygues Telecom]] et [[O:Free]] pourront ensuite proposer leurs offres.
8. Assurance de l'immeuble : renouvellement auprès d'[[O:AXA France IARD]] par l'intermédiaire du courtier [[O:Verlingue]].
9. Questions diverses, dont la demande du commerce du rez-de-chaussée, la [[O:Boulangerie Quesnel]], d'installer une enseigne lumineuse.

Si vous ne pouvez pas assister à l'assemblée, vous pouvez donner pouvoir à un autre copropriétaire ou voter par correspondance.

Veuillez agréer, Madame, Monsieur, nos salutations distinguées.

[[P:Philippe Rochebrune]]
Gérant
[[O:Cabinet Rochebrune Immobilier]], adhérent de la [[O:FNAIM]] – garantie financière [[O:Galian-SMABTP]]
""")

d("fr", "reservation_voyage", """
[[O:VOYAGES ALIZÉ]]
Agence de voyages – 5, rue Sainte-Catherine – 33000 [[L:Bordeaux]]
Immatriculation [[O:Atout France]] IM033110045 – garantie financière [[O:APST]]

CONFIRMATION DE RÉSERVATION N° ALZ-27-0192

Client : M. [[P:Hugo Ferrandi]] et Mme [[P:Léa Ferrandi-Chassaing]], 2 adultes, 1 enfant
Date : 15 janvier 2027

VOLS
14/04/2027  [[O:Air France]] AF 790  [[L:Paris]] (Orly) → [[L:Pointe-à-Pitre]]   10 h 35 → 14 h 10
28/04/2027  [[O:Corsair]] SS 927  [[L:Pointe-à-Pitre]] → [[L:Paris]] (Orly)      19 h 40 → 09 h 55 (+1)
Trajet [[L:Bordeaux]]–[[L:Paris]] en TGV INOUI ([[O:SNCF Voyageurs]]), billets joints.

HÉBERGEMENT
14–21/04 : [[O:Hôtel La Créole Beach]], [[L:Le Gosier]], chambre familiale vue mer, demi-pension
21–28/04 : [[O:Résidence Les Flamboyants]], [[L:Deshaies]], studio avec terrasse

LOCATION DE VOITURE
[[O:Rent A Car]], catégorie C, du 14 au 28/04, prise à l'aéroport, assurance tous risques incluse

EXCURSIONS
– journée en catamaran aux [[L:Saintes]] avec [[O:Croisières Karukera]] ;
– visite de la distillerie [[O:Damoiseau]] ;
– randonnée guidée sur le volcan avec l'[[O:Office de tourisme de Basse-Terre]].

ASSURANCES
Assurance annulation et assistance [[O:Mondial Assistance]], contrat n° 8841-220.

Montant total : 6 842 € ; acompte versé : 2 050 € ; solde à régler avant le 14 mars 2027.

Formalités : carte d'identité suffisante, la [[L:Guadeloupe]] étant un département français. Informations santé sur le site de l'[[O:Agence régionale de santé de Guadeloupe]].

En cas de réclamation non résolue par l'agence, vous pouvez saisir la [[O:Médiation Tourisme et Voyage]].

Votre conseillère : [[P:Murielle Castaing]]
[[O:Voyages Alizé SARL]], membre du réseau [[O:Selectour]]
""")

d("fr", "compte_rendu_reunion", """
[[O:CLUB DES ENTREPRISES DU PAYS DE REDON]]
Compte rendu de la réunion du bureau du 19 octobre 2026
Lieu : locaux de [[O:Menuiseries Guihard]], [[L:Redon]]

Présents : [[P:Anne-Sophie Gicquel]] ([[O:Gicquel Conseil]]), présidente ; [[P:Loïc Guihard]] ([[O:Menuiseries Guihard]]), trésorier ; [[P:Fatima Ouali]] ([[O:Crédit Agricole Ille-et-Vilaine]]) ; [[P:Jérôme Tessier]] ([[O:Tessier Transports]]) ; [[P:Marion Le Floch]] ([[O:Imprimerie de l'Oust]])
Invités : M. [[P:Didier Jouan]], [[O:Redon Agglomération]] ; Mme [[P:Pauline Bréhéret]], [[O:CCI Ille-et-Vilaine]]
Excusé : M. [[P:Paul-Henri Rozé]] ([[O:Laiterie Rozé]])

1. Adhésions
Le club compte 87 membres. Nouveaux adhérents : [[O:Garage Ménard Automobiles]], [[O:Kernéis Électricité]] et la start-up [[O:Vélo d'Oust]]. La [[O:Laiterie Rozé]] a quitté le club après son rachat par [[O:Savencia]].

2. Mobilité des salariés
M. [[P:Jouan]] présente le plan de covoiturage de [[O:Redon Agglomération]]. [[O:Tessier Transports]] propose de mettre un minibus à disposition. Une rencontre avec [[O:SNCF Réseau]] est prévue au sujet des horaires des trains à [[L:Redon]].

3. Emploi et formation
La [[O:CCI]] organisera en janvier un forum avec [[O:France Travail]], le [[O:lycée Marcel-Callo]] et l'[[O:AFPA]]. Les entreprises présentes signalent des difficultés de recrutement de soudeurs.

4. Événements
La soirée annuelle aura lieu au restaurant [[O:La Table de l'Oust]]. Sponsors confirmés : [[O:Crédit Agricole Ille-et-Vilaine]], [[O:Groupama]] et [[O:Ouest-France]].

Prochaine réunion le 16 novembre chez [[O:Imprimerie de l'Oust]], à [[L:Saint-Jean-la-Poterie]].

Rédigé par [[P:Marion Le Floch]], secrétaire
""")

d("fr", "liste_fournisseurs", """
[[O:SYNDICAT INTERCOMMUNAL DE RESTAURATION SCOLAIRE DU VAL DE SAÔNE]] ([[O:SIRS]])
Cuisine centrale – ZA Les Varennes – 71100 [[L:Chalon-sur-Saône]]

LISTE DES FOURNISSEURS RETENUS – MARCHÉ 2027-2030

À la suite de la consultation lancée en juillet 2026, le comité syndical du [[O:SIRS]] a retenu les fournisseurs suivants. Les écoles des communes adhérentes seront livrées à partir du 4 janvier 2027.

Lot 1 – Viandes bovines : [[O:SICAREV Charolais]], [[L:Saint-Léger-sous-la-Bussière]]
Lot 2 – Volailles : [[O:Volailles de Bresse Duc & Fils]], [[L:Louhans]]
Lot 3 – Produits laitiers : [[O:Fromagerie Delin]], [[L:Gilly-lès-Cîteaux]], et [[O:Laiterie coopérative de Saint-Martin-en-Bresse]]
Lot 4 – Fruits et légumes : [[O:Les Jardins de Cocagne du Chalonnais]] et [[O:Pomona TerreAzur]]
Lot 5 – Pain : [[O:Boulangerie Perrusset]], [[L:Chalon-sur-Saône]]
Lot 6 – Épicerie : [[O:Transgourmet]]
Lot 7 – Produits d'entretien : [[O:Hygiène Saône Distribution]]

Les fournisseurs de produits bio sont certifiés par [[O:Ecocert]] ou [[O:Bureau Veritas Certification]]. La part des produits durables atteint ainsi 58 %, au-delà de l'objectif fixé par la loi EGalim.

Le lot 4 a été attribué en partie aux [[O:Jardins de Cocagne du Chalonnais]], association d'insertion, dans le cadre d'un marché réservé. Les candidats non retenus pour ce lot, [[O:Primeurs Bourguignons SAS]] et [[O:ProxiFruits]], ont été informés le 30 novembre.

Le contrôle qualité reste confié au laboratoire départemental [[O:Agrivalys 71]]. La [[O:Chambre d'agriculture de Saône-et-Loire]] et le [[O:Département de Saône-et-Loire]] accompagnent le [[O:SIRS]] dans le projet « Manger local en Bresse ».

Pour toute question : M. [[P:Olivier Thevenot]], directeur, ou Mme [[P:Christelle Badet]], diététicienne.

[[L:Chalon-sur-Saône]], le 2 décembre 2026
Le président du [[O:SIRS]],
[[P:Bernard Guillemin]]
""")

# ---------------------------------------------------------------- Spanish
d("es", "prestamo_empresa", """
[[O:CAJA RURAL DEL MAESTRAZGO, S.C.C.]]
Oficina de Empresas – Avda. del Rey Don Jaime, 41 – 12001 [[L:Castellón de la Plana]]

[[O:Cerámicas Villafranca Hermanos, S.L.]]
A la atención de D. [[P:Joaquín Beltrán Mallol]], administrador
Polígono Industrial El Collet, parcela 14
12540 [[L:Vila-real]] ([[L:Castellón]])

[[L:Castellón de la Plana]], a 19 de octubre de 2026

Asunto: Aprobación de la financiación para la nueva línea de esmaltado

Estimado Sr. [[P:Beltrán]]:

Nos complace comunicarle que el Comité de Riesgos de [[O:Caja Rural del Maestrazgo]] ha aprobado la operación solicitada por [[O:Cerámicas Villafranca Hermanos]] en las siguientes condiciones:

1. Préstamo con cargo a una línea de mediación del [[O:Instituto de Crédito Oficial]] ([[O:ICO]]): 480.000 €, a siete años con uno de carencia.
2. Aval del 50 % de [[O:Afín SGR]], sociedad de garantía recíproca de la [[L:Comunitat Valenciana]], con el reafianzamiento de [[O:CERSA]].
3. Leasing de la maquinaria, suministrada por [[O:System Ceramics S.p.A.]] (grupo [[O:Coesia]]) a través de [[O:Caja Rural Renting]].

Antes de la firma necesitamos:
– las cuentas anuales de 2025 auditadas por [[O:Auditores Fabra & Ribés, S.L.P.]];
– la tasación de la nave, que realizará [[O:Tinsa]];
– el certificado de estar al corriente con la [[O:Agencia Estatal de Administración Tributaria]] y con la [[O:Tesorería General de la Seguridad Social]];
– la póliza de daños materiales contratada con [[O:Mapfre España]], con nuestra entidad como beneficiaria.

Hemos tenido en cuenta que [[O:Porcelanosa]] y [[O:Leroy Merlin España]] concentran el 55 % de sus ventas, así como el nuevo contrato de exportación con [[O:Tile Depot Inc.]], de [[L:Houston]]. Por ello le recomendamos un seguro de crédito con [[O:CESCE]].

La firma se realizará ante el notario D. [[P:Vicente Albiol Segarra]]. La operación será comunicada a la Central de Información de Riesgos del [[O:Banco de España]].

Atentamente,

[[P:Marta Pitarch Renau]]
Directora de Banca de Empresas
[[O:Caja Rural del Maestrazgo]]

Entidad adherida al [[O:Fondo de Garantía de Depósitos]]. Si desea presentar una reclamación, puede dirigirse a nuestro Servicio de Atención al Cliente y, posteriormente, al [[O:Banco de España]].
""")

d("es", "aclaracion_nomina", """
[[O:CONSERVAS ALBARELLOS, S.A.]]
Departamento de Recursos Humanos
Puerto de Bouzas, nave 7 – 36208 [[L:Vigo]] ([[L:Pontevedra]])

Sra. D.ª [[P:Noelia Castro Piñeiro]]
Rúa do Porto, 12, 2.º B
36940 [[L:Cangas]]

[[L:Vigo]], 30 de noviembre de 2026

Asunto: Aclaraciones sobre su nómina de noviembre

Estimada [[P:Noelia]]:

Atendiendo a su consulta, le explicamos los conceptos que han cambiado en su nómina de este mes:

1. Atrasos del convenio. El nuevo convenio de conservas de pescado, firmado por la patronal [[O:Anfaco-Cecopesca]] y los sindicatos [[O:CCOO]], [[O:UGT]] y [[O:CIG]], incluye una subida del 3,5 % con efectos desde enero. Los atrasos suman 612,30 €.

2. Retención del IRPF. La [[O:Agencia Tributaria]] nos ha comunicado un tipo del 12 %. Puede modificarlo presentando el modelo 145 en el departamento.

3. Cotizaciones. Las cuotas a la [[O:Seguridad Social]] incluyen el mecanismo de equidad intergeneracional. Nuestra mutua colaboradora es [[O:Fremap]], que también gestiona su baja de septiembre.

4. Plan de pensiones. Desde octubre la empresa aporta 30 € mensuales al plan de empleo gestionado por [[O:VidaCaixa]]; el depositario es [[O:CaixaBank]].

5. Retribución flexible. Los 110 € de la tarjeta restaurante de [[O:Pluxee]] y el seguro médico de [[O:Sanitas]] aparecen como retribución en especie.

6. Formación. El curso de carretilla elevadora, impartido por [[O:Formatec Galicia]], se bonifica a través de la [[O:Fundación Estatal para la Formación en el Empleo]] ([[O:Fundae]]). La [[O:Fundae]] no descuenta nada de su nómina.

Recuerde que el ingreso se realiza en su cuenta de [[O:Abanca]] el último día hábil del mes. Si tiene más dudas, puede hablar con D. [[P:Xosé Manuel Otero]], miembro del comité de empresa, o con el servicio de prevención, [[O:Quirónprevención]].

Un saludo cordial,

[[P:Beatriz Lago Souto]]
Técnica de nóminas
[[O:Conservas Albarellos]], empresa del grupo [[O:Jealsa]]
""")

d("es", "siniestro_seguro", """
[[O:MUTUA LEVANTINA DE SEGUROS]]
Departamento de Siniestros de Autos
Calle Colón, 52 – 46004 [[L:Valencia]]

D. [[P:Sergio Ortolá Ferrer]]
Calle Mayor, 18
46600 [[L:Alzira]] ([[L:Valencia]])

[[L:Valencia]], 12 de diciembre de 2026

Siniestro n.º AU-26-118402 – Póliza 4471220
Asunto: Resolución del siniestro del 20 de noviembre

Estimado Sr. [[P:Ortolá]]:

Una vez recibido el atestado de la [[O:Guardia Civil]] de [[L:Alzira]] y el informe de nuestro perito, le comunicamos lo siguiente.

El accidente ocurrió en la CV-50, cuando el camión de [[O:Transportes Hermanos Climent, S.L.]] invadió su carril. Según el atestado, la responsabilidad corresponde íntegramente al conductor del camión, asegurado por [[O:Mutua Madrileña]]. Hemos reclamado a [[O:Mutua Madrileña]] a través del sistema CICOS de [[O:TIREA]].

DAÑOS MATERIALES
Su vehículo fue trasladado por [[O:Grúas Martín]] a [[O:Talleres Hermanos Ocaña, S.L.]] en [[L:Carcaixent]]. El perito de [[O:Peritaciones Levante]], D. [[P:Andrés Mompó]], valora los daños en 7.940 €, por debajo del valor venal, por lo que procede la reparación. [[O:Talleres Ocaña]] recibirá las piezas de [[O:Seat]] en diez días.

LESIONES
Fue atendido en el servicio de urgencias del [[O:Hospital Universitario de La Ribera]] y después en su centro de salud. La rehabilitación se hará en la [[O:Clínica Fisioalzira]], con cargo a nuestra póliza. La valoración de las lesiones la realizará el [[O:Instituto de Medicina Legal de Valencia]] si no hay acuerdo.

VEHÍCULO DE SUSTITUCIÓN
Dispone de un coche de [[O:Enterprise Rent-A-Car]] hasta que finalice la reparación.

Si no está conforme, puede acudir a nuestro Defensor del Asegurado y, después, al Servicio de Reclamaciones de la [[O:Dirección General de Seguros y Fondos de Pensiones]]. En caso de insolvencia del responsable intervendría el [[O:Consorcio de Compensación de Seguros]].

Atentamente,

[[P:Raquel Benavent Soler]]
Tramitadora de siniestros
[[O:Mutua Levantina de Seguros]], entidad adherida a [[O:UNESPA]]
""")

d("es", "aviso_aduana", """
[[O:TRANSITARIOS DEL ESTRECHO, S.L.]]
Agentes de aduanas – Muelle Isla Verde, edificio TDE – 11207 [[L:Algeciras]] ([[L:Cádiz]])

AVISO DE LLEGADA Y DESPACHO

Destinatario: [[O:Frutas Guadalhorce, S.Coop.And.]], [[L:Cártama]] ([[L:Málaga]])
Atención: Sr. [[P:Rafael Moyano]]
Fecha: 4 de marzo de 2027

Conocimiento de embarque: MAEU 771240388
Naviera: [[O:Maersk]]
Puerto de carga: [[L:Agadir]], [[L:Marruecos]]
Puerto de descarga: [[L:Algeciras]]
Exportador: [[O:Domaine Agricole Souss Fruits SARL]], [[L:Agadir]]
Mercancía: 22 palés de aguacate y mango, contenedor reefer de 40'

Estimado Sr. [[P:Moyano]]:

El contenedor llegó el 3 de marzo a la terminal de [[O:APM Terminals]] y se encuentra a la espera de inspección en el Puesto de Control Fronterizo de la [[O:Autoridad Portuaria de la Bahía de Algeciras]] ([[O:APBA]]).

La inspección de calidad la realizará el servicio [[O:SOIVRE]], dependiente de la [[O:Secretaría de Estado de Comercio]]; la inspección fitosanitaria, Sanidad Vegetal del [[O:Ministerio de Agricultura, Pesca y Alimentación]]. La [[O:Aduana de Algeciras]] ha dado canal naranja a la declaración.

GASTOS
Manipulación terminal ([[O:APM Terminals]]): 295 €
Tasa de la mercancía ([[O:APBA]]): 118 €
Despacho de aduanas ([[O:Transitarios del Estrecho]]): 120 €
Conexión frigorífica: 55 € al día

El transporte hasta [[L:Cártama]] está reservado con [[O:Transportes Primafrío]] para el 5 de marzo. Si [[O:Primafrío]] no pudiera, recurriríamos a [[O:Frigoríficos Andújar e Hijos]].

Los aranceles y el IVA se liquidarán a través de la [[O:Agencia Tributaria]]. La mercancía está asegurada con [[O:Allianz Seguros]] según su póliza flotante.

Por favor, envíenos hoy el certificado EUR.1 emitido por la aduana marroquí.

Un saludo,

[[P:Inmaculada Gallardo Ríos]]
Departamento de importación
[[O:Transitarios del Estrecho, S.L.]], miembro de [[O:FETEIA-OLTRA]]
""")

d("es", "informe_alta", """
[[O:SERVICIO ANDALUZ DE SALUD]]
[[O:Hospital Universitario Virgen de Valme]]
Unidad de Gestión Clínica de Neumología
Ctra. de Cádiz, km 548,9 – 41014 [[L:Sevilla]]

INFORME DE ALTA

Paciente: D. [[P:Manuel Jesús Romero Barrera]]
Fecha de nacimiento: 12/05/1949
Domicilio: [[L:Dos Hermanas]] ([[L:Sevilla]])
Ingreso: 22/11/2026 – Alta: 30/11/2026
Médico de familia: Dra. [[P:Carmen Lozano]], [[O:Centro de Salud Montequinto]]

Motivo de ingreso: exacerbación de EPOC con insuficiencia respiratoria.

Evolución: El paciente fue trasladado por la [[O:Empresa Pública de Emergencias Sanitarias]] ([[O:EPES]]). Mejoró con tratamiento broncodilatador y ventilación no invasiva. Se realizó TAC torácico en el [[O:Hospital Universitario Virgen del Rocío]] por no estar disponible nuestro equipo.

Tratamiento al alta y seguimiento:
– oxigenoterapia domiciliaria suministrada por [[O:Oximesa Nippon Gases]];
– revisión en consultas externas en un mes;
– programa de rehabilitación respiratoria en colaboración con el [[O:Ayuntamiento de Dos Hermanas]];
– deshabituación tabáquica con el apoyo de la [[O:Asociación Española Contra el Cáncer]];
– dispensación de la medicación en la [[O:Farmacia Ldo. Ramírez Cuesta]].

El paciente participa en el estudio EPOC-Sur, promovido por la [[O:Universidad de Sevilla]] y financiado por el [[O:Instituto de Salud Carlos III]] ([[O:ISCIII]]). La coordinación con el [[O:ISCIII]] la lleva el Dr. [[P:Álvaro Cañete]].

Su hija, D.ª [[P:Rocío Romero Salas]], ha solicitado ayuda a domicilio a los servicios sociales. Le hemos facilitado el contacto de [[O:Cruz Roja Española]] y de la [[O:Asociación de Pacientes EPOC Sevilla]].

Fdo.: Dr. [[P:Ignacio Barragán Ortiz]], FEA Neumología
Fdo.: Dra. [[P:Lucía Fernández-Villalobos]], MIR
""")

d("es", "carta_colegio", """
[[O:COLEGIO SAN FERMÍN DE ALDAPA]]
Centro concertado – Calle Aldapa, 3 – 31001 [[L:Pamplona]] ([[L:Navarra]])

[[L:Pamplona]], 12 de septiembre de 2026

Asunto: Inicio de curso y actividades del primer trimestre

Estimadas familias:

Os damos la bienvenida al curso 2026-2027. Os resumimos las novedades más importantes.

COMEDOR
El servicio de comedor lo presta desde este curso [[O:Serunion]], que sustituye a [[O:Auzolan]]. Los menús han sido revisados por la nutricionista de la [[O:Universidad Pública de Navarra]] ([[O:UPNA]]) y por el [[O:Departamento de Salud del Gobierno de Navarra]].

TRANSPORTE
Las rutas escolares desde [[L:Burlada]], [[L:Villava]] y [[L:Huarte]] las realiza [[O:Autocares Lizarraga]]. La ruta de [[L:Huarte]] cambia de horario por obras de la [[O:Mancomunidad de la Comarca de Pamplona]].

ACTIVIDADES EXTRAESCOLARES
– Fútbol y baloncesto con el [[O:Club Deportivo Txantrea]].
– Música en colaboración con la [[O:Escuela de Música Joaquín Maya]].
– Robótica, impartida por [[O:Robotix Navarra]].
– Euskera con profesorado de [[O:AEK]].

SALIDAS
En octubre, 3.º y 4.º de Primaria asistirán a un concierto didáctico de la [[O:Orquesta Sinfónica de Navarra]]. En noviembre, 1.º de ESO participará en un taller de la [[O:Fundación Biodiversidad]] a orillas del [[L:Arga]].

ASOCIACIÓN DE FAMILIAS
La [[O:Asociación de Madres y Padres Aldapa]] ([[O:APYMA]]) celebrará su asamblea el 2 de octubre. La [[O:APYMA]] gestiona este curso el banco de libros con la ayuda de la librería [[O:Katakrak]] y de [[O:Caja Rural de Navarra]].

SALUD Y BIENESTAR
La vacunación escolar la realizará el personal del [[O:Centro de Salud de San Juan]]. El colegio colabora además con [[O:Cáritas Diocesana de Pamplona y Tudela]] en la campaña de recogida de alimentos.

Para cualquier consulta podéis dirigiros a la secretaría o a la jefa de estudios, D.ª [[P:Ainhoa Goñi Echarri]].

Un cordial saludo,

[[P:Javier Iriarte Larumbe]]
Director
""")

d("es", "citacion_juzgado", """
[[O:JUZGADO DE PRIMERA INSTANCIA N.º 4 DE ZARAGOZA]]
Plaza del Pilar, 2 – 50003 [[L:Zaragoza]]

Procedimiento: Juicio verbal 1187/2026
Materia: reclamación de cantidad

CÉDULA DE CITACIÓN

Demandante: [[O:Comunidad de Propietarios Residencial Los Almendros]], representada por la procuradora D.ª [[P:Pilar Gracia Lasheras]] y defendida por el letrado D. [[P:Fernando Aznar Blasco]], del despacho [[O:Aznar & Lorente Abogados]].
Demandada: [[O:Reformas Ebro Integral, S.L.]], con domicilio en Calle Miguel Servet, 120, 50013 [[L:Zaragoza]].

Por medio de la presente se cita a las partes a la vista del juicio verbal, que se celebrará el día 16 de febrero de 2027, a las 10:30 horas, en la Sala de Vistas n.º 3 de este Juzgado.

La demandante reclama 23.480 € por defectos en la impermeabilización de la cubierta ejecutada por [[O:Reformas Ebro]]. Aporta un informe pericial de la arquitecta D.ª [[P:Elena Sancho]], colegiada en el [[O:Colegio Oficial de Arquitectos de Aragón]], y facturas de la empresa [[O:Impermeabilizaciones Moncayo]], que realizó la reparación provisional.

La demandada ha comunicado que llamará al proceso a su subcontratista, [[O:Cubiertas y Tejados Jalón, S.L.]], y a su aseguradora, [[O:Zurich Insurance plc, Sucursal en España]].

Se advierte a las partes de que:
1. Deberán acudir con las pruebas de que intenten valerse.
2. Podrán solicitar la mediación en el [[O:Servicio de Mediación Intrajudicial de Aragón]].
3. Quien carezca de recursos puede solicitar asistencia jurídica gratuita a través del [[O:Real e Ilustre Colegio de Abogados de Zaragoza]].
4. La incomparecencia injustificada del demandado no impedirá que se celebre la vista.

El administrador de la finca, [[O:Fincas Delicias Gestión]], deberá aportar las actas de la junta en las que se aprobó la obra.

En [[L:Zaragoza]], a 10 de diciembre de 2026.

La Letrada de la Administración de Justicia
[[P:María Teresa Bielsa Alcubierre]]
""")

d("es", "factura_telefonia", """
[[O:TELVIA]]
Tu factura de diciembre de 2026

[[O:Telvia Comunicaciones, S.A.]] – C/ Orense, 34 – 28020 [[L:Madrid]]

D.ª [[P:Irene Salvatierra Gómez]]
C/ Real, 7, 1.º A
37002 [[L:Salamanca]]

N.º de cliente: 5108-442-77
Fecha de factura: 1 de diciembre de 2026
Periodo: 1 al 30 de noviembre

RESUMEN
Fibra 1 Gb (sobre la red de [[O:Movistar]])           30,00 €
Línea móvil 50 GB (red de [[O:Orange]])               12,00 €
Paquete TV con [[O:DAZN]] y [[O:Netflix]]                 19,99 €
Llamadas a [[L:Portugal]] y [[L:Francia]]                  3,26 €
Subtotal                                         65,25 €
IVA 21 %                                         13,70 €
TOTAL                                            78,95 €

Se cargará el 10 de diciembre en tu cuenta de [[O:BBVA]].

NOVEDADES
Tu nuevo router llegó el 12 de noviembre a través de [[O:Correos Express]]. Puedes devolver el antiguo en cualquier oficina de [[O:Correos]] o en un punto [[O:Celeritas]].

Desde enero, los clientes de [[O:Telvia]] tendrán un 15 % de descuento en entradas del [[O:Real Madrid]] y del [[O:CB Salamanca]] comprando a través de [[O:Ticketmaster]].

Tu portabilidad desde [[O:Digi]] se completó el 3 de noviembre. Si [[O:Digi]] te cobra alguna cuota posterior, avísanos y la compensaremos.

¿NO ESTÁS CONFORME?
Puedes reclamar en el 1505, en nuestras tiendas o en la oficina de [[L:Salamanca]] de [[O:Phone House]], nuestro distribuidor. Si en un mes no recibes respuesta satisfactoria, acude a la [[O:Oficina de Atención al Usuario de Telecomunicaciones]] del [[O:Ministerio para la Transformación Digital y de la Función Pública]] o a la [[O:OMIC]] de tu ayuntamiento. La [[O:Comisión Nacional de los Mercados y la Competencia]] ([[O:CNMC]]) supervisa nuestros precios mayoristas.

[[O:Telvia]] es una marca de [[O:Telvia Comunicaciones, S.A.]], sociedad participada por [[O:Lycamobile]] y por el fondo [[O:Aurea Capital Partners]].
""")

d("es", "carta_arrendamiento", """
[[O:ADMINISTRACIONES PEÑALVER]]
Gestión de alquileres – Gran Vía Marqués del Turia, 58 – 46005 [[L:Valencia]]

D. [[P:Tomás Rubio Navarro]] y D.ª [[P:Aitana Cervera]]
Calle Sueca, 23, puerta 9
46006 [[L:Valencia]]

[[L:Valencia]], 3 de febrero de 2027

Asunto: Renovación del contrato de arrendamiento y actualización de la renta

Estimados Sres. [[P:Rubio]] y [[P:Cervera]]:

En nombre de la propietaria de la vivienda, [[O:Inversiones Turia Sol, S.L.]], les comunicamos que el contrato se prorroga por un año más a partir del 1 de abril de 2027.

RENTA
La renta mensual se actualiza según el índice publicado por el [[O:Instituto Nacional de Estadística]] ([[O:INE]]) y pasa de 890 € a 918,70 €. El índice del [[O:INE]] se aplica con el límite legal vigente.

FIANZA
La fianza sigue depositada en la [[O:Generalitat Valenciana]], en la [[O:Conselleria de Vivienda]]. No es necesario completarla.

SUMINISTROS Y SERVICIOS
– Electricidad: contrato a su nombre con [[O:Iberdrola]]; la distribuidora es [[O:i-DE Redes Eléctricas Inteligentes]].
– Agua: [[O:Global Omnium]] (antes [[O:Aguas de Valencia]]).
– Comunidad: la gestiona [[O:Fincas Ruzafa]]; la cuota está incluida en la renta.
– Mantenimiento de la caldera: [[O:Servicaldera Levante]], revisión anual en marzo.

SEGURO DE IMPAGO
La propiedad ha contratado un seguro de impago con [[O:ARAG]], que requiere que la renta se pague por transferencia a la cuenta de [[O:Banco Sabadell]] indicada en el contrato.

AYUDAS
Si sus ingresos han bajado, pueden solicitar el bono alquiler joven en la [[O:Entitat Valenciana d'Habitatge i Sòl]] ([[O:EVHA]]) o pedir asesoramiento a la [[O:Oficina Municipal de Vivienda del Ayuntamiento de Valencia]]. También les puede orientar la asociación [[O:Avacu]].

Les recordamos que cualquier obra en la vivienda requiere autorización escrita de [[O:Inversiones Turia Sol]].

Atentamente,

[[P:Lorena Peñalver Estellés]]
Gerente
[[O:Administraciones Peñalver]], miembro del [[O:Colegio de Administradores de Fincas de Valencia y Castellón]]
""")

d("es", "expositores_feria", """
AGROMÁQUINA NORTE 2027 – LISTADO DE EXPOSITORES, PABELLÓN 3

Organiza: [[O:Institución Ferial de Castilla y León]] con el apoyo de la [[O:Junta de Castilla y León]] y de [[O:ASAJA]]
Recinto ferial, [[L:Valladolid]], del 10 al 13 de marzo de 2027

STAND   EXPOSITOR                                   PROCEDENCIA
3.01    [[O:Lozano Maquinaria Agrícola, S.A.]]               [[L:Medina del Campo]]
3.02    [[O:Hermanos Vidal Tractores]]                      [[L:Lleida]]
3.05    [[O:AGRIVALL]]                                      [[L:Palencia]]
3.07    [[O:Kverneland Group Iberica]]                      [[L:Madrid]]
3.08    [[O:Semillas Batlle]]                               [[L:Bell-lloc d'Urgell]]
3.10    [[O:Riegos del Duero 2000, S.L.]]                   [[L:Zamora]]
3.12    [[O:Pöttinger Landtechnik GmbH]]                    [[L:Grieskirchen]], [[L:Austria]]
3.14    [[O:Cooperativa Agropecuaria de Tierra de Campos]]  [[L:Villalón de Campos]]
3.15    [[O:Drones&Campo]]                                  [[L:León]]
3.18    [[O:Maschio Gaspardo S.p.A.]]                       [[L:Campodarsego]], [[L:Italia]]
3.20    [[O:Caja Rural de Soria]]                           [[L:Soria]]
3.21    [[O:Universidad de Valladolid]] – [[O:ETSIIAA Palencia]]   [[L:Palencia]]

NOTAS
El stand 3.15 correspondía inicialmente a [[O:Talleres Mansilla]], que ha renunciado. Lo ocupa [[O:Drones&Campo]], empresa emergente incubada en el [[O:Parque Científico de la Universidad de León]].

[[O:Pöttinger]] y [[O:Maschio Gaspardo]] compartirán intérprete, facilitado por [[O:ICEX España Exportación e Inversiones]].

Los expositores pueden solicitar el montaje a [[O:Montajes Feriales Pisuerga]] y la electricidad a [[O:Iberdrola Clientes]]. La restauración del pabellón corre a cargo de [[O:Grupo Ferrero Hostelería]].

Patrocinadores: [[O:Caja Rural de Soria]], [[O:Banco Santander]] y [[O:Cajamar]].

Responsable del pabellón: D.ª [[P:Montserrat Herrero Calvo]], [[O:Feria de Valladolid]]. Prensa: D. [[P:Íñigo Sáez de Ibarra]].
""")

d("es", "oferta_empleo", """
[[O:GRUPO HOTELERO MAR DE ALBORÁN]]
OFERTA DE EMPLEO: JEFE/A DE RECEPCIÓN

Centro de trabajo: [[O:Hotel Alborán Beach & Spa]], [[L:Torremolinos]] ([[L:Málaga]])
Jornada completa, contrato indefinido
Incorporación: marzo de 2027

QUIÉNES SOMOS
[[O:Mar de Alborán Hoteles]] gestiona seis hoteles en la [[L:Costa del Sol]] y en [[L:Almería]], entre ellos el [[O:Hotel Alborán Beach & Spa]], el [[O:Aparthotel Los Álamos]] y el [[O:Hostal Casa Gloria]] de [[L:Nerja]]. Desde 2025 formamos parte de la cadena [[O:Soleia Hotels & Resorts]] y comercializamos nuestras plazas con [[O:TUI]], [[O:Jet2holidays]] y [[O:Booking Holdings]].

FUNCIONES
– Dirigir un equipo de ocho recepcionistas.
– Gestionar reservas y tarifas en el sistema de [[O:Oracle]].
– Coordinar con la agencia de control de calidad [[O:Q-Hotel Audit]] y con [[O:TripAdvisor]] la respuesta a las opiniones.

REQUISITOS
– Grado en Turismo por la [[O:Universidad de Málaga]] o titulación equivalente, por ejemplo de la [[O:Escuela Superior de Hostelería y Turismo de Sevilla]].
– Experiencia mínima de tres años en cadenas como [[O:Meliá]], [[O:Barceló]] o [[O:NH Hotel Group]].
– Inglés y alemán de nivel C1, acreditados por el [[O:Goethe-Institut]] o el [[O:British Council]].

OFRECEMOS
– Salario según el convenio de hostelería de [[L:Málaga]].
– Seguro de salud con [[O:Adeslas]].
– Formación con la [[O:Fundación Hotelera Andaluza]].

CÓMO INSCRIBIRSE
Envía tu candidatura a través de [[O:InfoJobs]] o en nuestra web antes del 31 de enero. La oferta también está publicada en el [[O:Servicio Andaluz de Empleo]] y en [[O:EURES]].

Contacto: D. [[P:Alberto Garrido Ruano]], director de Recursos Humanos, y D.ª [[P:Sandra Vílchez]], técnica de selección.
""")

d("es", "reclamacion_correo", """
De: Atención al Cliente <clientes@electrohogar-duran.example>
Para: [[P:Pedro Alcántara Ruiz]] <p.alcantara@correo.example>
Fecha: 9 de enero de 2027, 12:05
Asunto: RE: Reclamación pedido ED-778120 – lavadora averiada

Estimado Sr. [[P:Alcántara]]:

Lamentamos las molestias. Hemos trasladado su caso al servicio técnico oficial de [[O:BSH Electrodomésticos España]], fabricante de su lavadora. Un técnico de [[O:Servitec Jerez]], su concesionario en la zona, le visitará el martes 12 entre las 9:00 y las 13:00.

Si la reparación no es posible, le entregaremos una lavadora nueva, que transportará [[O:SEUR]], y retiraremos la averiada sin coste. Le recordamos que la garantía de tres años se aplica conforme a la ley.

En cuanto a la financiación con [[O:Cetelem]], las cuotas no se verán afectadas.

Un saludo,

[[P:Rocío Jiménez]]
Atención al Cliente
[[O:ElectroHogar Durán, S.L.]] – C/ Larga, 44 – 11403 [[L:Jerez de la Frontera]]

-----Mensaje original-----
De: [[P:Pedro Alcántara Ruiz]] <p.alcantara@correo.example>
Enviado: 7 de enero de 2027, 20:41
Para: clientes@electrohogar-duran.example
CC: [[P:Carmen Vela]]
Asunto: Reclamación pedido ED-778120 – lavadora averiada

Buenas tardes:

Compré una lavadora en su tienda de [[O:ElectroHogar Durán]] en [[L:Jerez]] el 20 de noviembre. La entregó [[O:Transportes Jerezanos Hnos. Pavón]] y, desde el primer lavado, pierde agua. Ya llamé dos veces al teléfono de [[O:Bosch]] y me dicen que la reclamación debe hacerla la tienda.

He consultado a la [[O:OMIC]] del [[O:Ayuntamiento de Jerez]] y a [[O:FACUA]], y me han explicado mis derechos. Si no me dan solución en quince días, presentaré una reclamación ante la [[O:Junta Arbitral de Consumo de Andalucía]].

Mi vecina compró el mismo modelo en [[O:MediaMarkt]] y se lo cambiaron en una semana. Espero lo mismo de [[O:ElectroHogar Durán]].

[[P:Pedro Alcántara Ruiz]]
Tel. 656 112 480
""")

# ---------------------------------------------------------------- Italian
d("it", "delibera_mutuo", """
[[O:BANCA ALTA BRIANZA – CREDITO COOPERATIVO]]
Filiale di [[L:Lissone]] – Via Matteotti, 15 – 20851 [[L:Lissone]] ([[L:MB]])

Gent.mi Sig. [[P:Davide Sironi]] e Sig.ra [[P:Elisa Colombo]]
Via Carducci, 8
20811 [[L:Cesano Maderno]] ([[L:MB]])

[[L:Lissone]], 14 ottobre 2026

Oggetto: delibera di mutuo ipotecario prima casa – pratica n. 26/4418

Gentili Clienti,

siamo lieti di comunicarVi che il Consiglio di Amministrazione di [[O:Banca Alta Brianza]] ha deliberato il mutuo da Voi richiesto per l'acquisto dell'appartamento sito in [[L:Seregno]], alle seguenti condizioni:

– importo: 210.000 euro, durata 30 anni, tasso fisso 3,05 %;
– garanzia del Fondo di garanzia per la prima casa, gestito da [[O:Consap S.p.A.]], nella misura dell'80 %;
– perizia dell'immobile eseguita da [[O:Prelios Valuations & e-Services S.p.A.]], valore 265.000 euro.

Prima della stipula Vi chiediamo:
1. la polizza incendio e scoppio, che potete sottoscrivere con [[O:Assimoco]], compagnia del movimento cooperativo, o con altra compagnia gradita, ad esempio [[O:Generali Italia S.p.A.]];
2. le ultime buste paga: il Sig. [[P:Sironi]] lavora presso [[O:STMicroelectronics]] di [[L:Agrate Brianza]], la Sig.ra [[P:Colombo]] presso l'[[O:ASST Brianza]];
3. il compromesso firmato con la venditrice, [[O:Immobiliare Seregno 2000 S.r.l.]], tramite l'agenzia [[O:Tecnocasa]] di [[L:Seregno]].

Abbiamo consultato le banche dati di [[O:CRIF]] e della Centrale dei Rischi della [[O:Banca d'Italia]]: non risultano segnalazioni negative.

L'atto sarà stipulato presso lo studio del notaio [[P:Federica Mauri]] di [[L:Monza]]. L'imposta sostitutiva sarà versata all'[[O:Agenzia delle Entrate]] a cura della Banca.

Vi ricordiamo che, in caso di controversie, potete rivolgervi all'[[O:Arbitro Bancario Finanziario]] ([[O:ABF]]); le decisioni dell'[[O:ABF]] non sono vincolanti ma sono generalmente rispettate.

Cordiali saluti.

[[P:Gianluca Brambilla]]
Responsabile Crediti Privati
[[O:Banca Alta Brianza]], aderente al [[O:Gruppo Bancario Cooperativo Iccrea]] e al [[O:Fondo di Garanzia dei Depositanti del Credito Cooperativo]]
""")

d("it", "lettera_hr", """
[[O:OFFICINE MECCANICHE BRAMBATI S.R.L.]]
Ufficio Personale – Via dell'Industria, 22 – 24040 [[L:Ciserano]] ([[L:BG]])

Gentile Sig. [[P:Luca Pezzotta]]
Via Roma, 41
24044 [[L:Dalmine]] ([[L:BG]])

[[L:Ciserano]], 2 dicembre 2026

Oggetto: trasformazione del contratto a tempo indeterminato e note sulla busta paga di dicembre

Gentile Sig. [[P:Pezzotta]],

con piacere Le comunichiamo che dal 1° gennaio 2027 il Suo contratto, finora a tempo determinato tramite l'agenzia [[O:Gi Group]], sarà trasformato a tempo indeterminato alle dipendenze di [[O:Officine Meccaniche Brambati]], con inquadramento nel livello C3 del contratto metalmeccanico firmato da [[O:Federmeccanica]], [[O:Assistal]], [[O:FIM-CISL]], [[O:FIOM-CGIL]] e [[O:UILM-UIL]].

Nella busta paga di dicembre troverà:
– la tredicesima mensilità;
– i contributi all'[[O:INPS]] e il premio [[O:INAIL]] calcolati sulla nuova qualifica;
– l'adesione al fondo pensione [[O:Cometa]], con contributo aziendale del 2,2 %;
– l'iscrizione al fondo sanitario [[O:mètaSalute]];
– i buoni pasto elettronici di [[O:Edenred Italia]], 7 euro per giornata lavorata;
– il rimborso del corso di saldatura frequentato presso l'[[O:ENAIP Lombardia]] di [[L:Dalmine]].

Il servizio di medicina del lavoro è affidato al [[O:Centro Medico Orobico]]; la visita preassuntiva è fissata per il 18 dicembre. La formazione sulla sicurezza sarà svolta dall'[[O:Ente Bilaterale Metalmeccanici Bergamo]].

La informiamo inoltre che l'azienda ha stipulato un accordo con l'[[O:ATB Bergamo]] per l'abbonamento agevolato al tram e con l'asilo nido [[O:Il Girotondo]] di [[L:Zingonia]].

Per i nostri principali clienti, [[O:Brembo S.p.A.]] e [[O:CNH Industrial]], Lei lavorerà nel reparto di tornitura sotto la responsabilità del sig. [[P:Ivan Locatelli]].

La preghiamo di restituirci firmata la copia allegata. Per chiarimenti può rivolgersi alla rag. [[P:Silvia Gamba]] o al consulente del lavoro, lo [[O:Studio Rota & Carminati]].

Cordiali saluti.

Ing. [[P:Marco Brambati]]
Amministratore Unico
""")

d("it", "sinistro_assicurazione", """
[[O:ASSICURAZIONI VALLE PADANA S.p.A.]]
Ufficio Sinistri Auto – Corso Vittorio Veneto, 12 – 26100 [[L:Cremona]]

Gent.le Dott.ssa [[P:Chiara Manfredini]]
Via Dante, 27
26013 [[L:Crema]] ([[L:CR]])

[[L:Cremona]], 28 novembre 2026

Oggetto: sinistro n. 2026/CR/88174 del 9 novembre 2026 – liquidazione

Gentile Dott.ssa [[P:Manfredini]],

a seguito della denuncia presentata con modulo CAI sottoscritto anche dal sig. [[P:Roberto Aschieri]], conducente del furgone di proprietà della [[O:Lattiera Casearia Soresinese Soc. Coop. Agricola]], Le comunichiamo quanto segue.

Secondo la ricostruzione della [[O:Polizia Locale di Crema]], il furgone non ha rispettato la precedenza. La responsabilità è quindi interamente della controparte, assicurata con [[O:UnipolSai Assicurazioni S.p.A.]]. Trattandosi di risarcimento diretto (convenzione CARD), il danno Le viene liquidato dalla nostra Compagnia, che si rivarrà su [[O:UnipolSai]].

DANNI AL VEICOLO
Il perito, geom. [[P:Paolo Ferrari]] dello [[O:Studio Peritale Ferrari & Bonetti]], ha quantificato i danni in 5.320 euro. La riparazione è in corso presso la [[O:Carrozzeria F.lli Dossena S.n.c.]], convenzionata con noi; i ricambi originali sono forniti da [[O:Stellantis]] e il cristallo da [[O:Doctor Glass]].

LESIONI
Abbiamo ricevuto il referto del Pronto Soccorso dell'[[O:Ospedale Maggiore di Crema]]. La visita medico-legale si terrà presso il nostro fiduciario, [[O:Centro Medico Legale Lombardo]], il 12 gennaio.

AUTO SOSTITUTIVA
Fino al termine della riparazione può utilizzare un'auto di [[O:Leasys Rent]], ritirandola presso la filiale di [[L:Crema]].

Qualora non ritenga congrua l'offerta, può presentare reclamo al nostro Ufficio Reclami e, in seguito, all'[[O:IVASS]]. Per la conciliazione può rivolgersi anche ad associazioni di consumatori come [[O:Altroconsumo]] o [[O:Adiconsum]].

Distinti saluti.

[[P:Valentina Ghisetti]]
Liquidatrice Sinistri
[[O:Assicurazioni Valle Padana S.p.A.]] – impresa iscritta all'Albo [[O:IVASS]], socia dell'[[O:ANIA]]
""")

d("it", "avviso_arrivo", """
[[O:COLOMBO & FIGLI SPEDIZIONI INTERNAZIONALI S.R.L.]]
Via Albertazzi, 3 – 16149 [[L:Genova]] ([[L:GE]])

AVVISO DI ARRIVO MERCE

Destinatario: [[O:Tessitura Serica Comasca S.p.A.]], c.a. dott. [[P:Alessandro Rusconi]]
Via per Cernobbio, 40, 22100 [[L:Como]] ([[L:CO]])
Data: 11 febbraio 2027

Polizza di carico: MEDUHK 220741
Compagnia di navigazione: [[O:MSC Mediterranean Shipping Company]] ([[O:MSC]])
Porto d'imbarco: [[L:Shanghai]], [[L:Cina]]
Porto di sbarco: [[L:Genova]]
Mittente: [[O:Zhejiang Silkroad Textile Co., Ltd.]], [[L:Hangzhou]]
Merce: 18 colli di filati di seta greggia

Gentile dott. [[P:Rusconi]],

il container è stato sbarcato il 9 febbraio presso il terminal [[O:PSA Genova Pra']] e si trova in attesa di controllo documentale da parte dell'[[O:Agenzia delle Dogane e dei Monopoli]] ([[O:ADM]]), [[O:Ufficio delle Dogane di Genova 2]].

L'[[O:ADM]] ha richiesto il certificato d'origine e la dichiarazione del fornitore. La [[O:Camera di Commercio di Como-Lecco]] può rilasciare, se necessario, la documentazione integrativa.

COSTI SOSTENUTI
Movimentazione terminal ([[O:PSA Genova Pra']]): 240,00 euro
Diritti di sbarco [[O:MSC]]: 60,00 euro
Tassa portuale ([[O:Autorità di Sistema Portuale del Mar Ligure Occidentale]]): 45,00 euro
Sdoganamento [[O:Colombo & Figli]]: 115,00 euro
Sosta dal 14 febbraio: 35,00 euro al giorno

Dopo lo svincolo la merce sarà trasportata a [[L:Como]] dall'autotrasportatore [[O:Trasporti Lariani F.lli Noseda]]; in alternativa possiamo utilizzare il treno di [[O:Mercitalia Shunting & Terminal]] fino a [[L:Melzo]].

I dazi e l'IVA saranno addebitati sul Vostro conto di pagamento differito. La merce è assicurata con la Vostra polizza in abbonamento presso [[O:Reale Mutua Assicurazioni]].

Vi preghiamo di inviarci i documenti entro domani.

Cordiali saluti,

[[P:Simona Parodi]]
Ufficio Import
[[O:Colombo & Figli Spedizioni Internazionali S.r.l.]], associata a [[O:Spediporto]] e a [[O:Fedespedi]]
""")

d("it", "lettera_dimissione", """
[[O:AZIENDA OSPEDALIERO-UNIVERSITARIA DI PARMA]]
Unità Operativa di Cardiologia
Via Gramsci, 14 – 43126 [[L:Parma]]

Egregio Dott. [[P:Stefano Bertolini]]
Medico di Medicina Generale
[[O:Casa della Comunità di Langhirano]]
43013 [[L:Langhirano]] ([[L:PR]])

[[L:Parma]], 5 dicembre 2026

Oggetto: lettera di dimissione della Sig.ra [[P:Giuseppina Zanichelli]], nata il 21/07/1944

Caro Collega,

la Sua paziente, Sig.ra [[P:Zanichelli]], è stata ricoverata presso la nostra Unità Operativa dal 27 novembre al 5 dicembre per scompenso cardiaco acuto. È giunta al Pronto Soccorso con un mezzo della [[O:Pubblica Assistenza di Langhirano]], su richiesta della guardia medica.

Durante il ricovero è stata eseguita una coronarografia presso il nostro laboratorio di emodinamica. Gli esami genetici sono stati inviati al laboratorio del [[O:Policlinico di Sant'Orsola]] di [[L:Bologna]].

Indicazioni alla dimissione:
– terapia come da schema allegato; i farmaci sono stati prescritti alla [[O:Farmacia Comunale di Langhirano]];
– controllo ambulatoriale tra 30 giorni;
– riabilitazione cardiologica presso l'[[O:Ospedale di Borgo Val di Taro]] o, in alternativa, presso la [[O:Casa di Cura Città di Parma]];
– assistenza domiciliare infermieristica tramite l'[[O:AUSL di Parma]];
– telemonitoraggio con il dispositivo fornito da [[O:Medtronic Italia]].

La paziente è stata arruolata nello studio HF-Emilia, promosso dall'[[O:Università di Parma]] e finanziato dalla [[O:Regione Emilia-Romagna]]; il referente per lo studio è il dott. [[P:Matteo Guareschi]].

La figlia, sig.ra [[P:Annalisa Zanichelli]], ha chiesto informazioni sull'assegno di accompagnamento; l'abbiamo indirizzata al patronato [[O:INCA CGIL]] e all'[[O:Associazione Italiana Scompensati Cardiaci]] ([[O:AISC]]). L'[[O:AISC]] organizza incontri mensili a [[L:Parma]].

Cordiali saluti.

Dott.ssa [[P:Elena Rastelli]]
Dirigente Medico
Prof. [[P:Giovanni Battista Ferrarini]]
Direttore dell'Unità Operativa
""")

d("it", "circolare_scuola", """
[[O:ISTITUTO DI ISTRUZIONE SUPERIORE "GALILEO FERRARIS"]]
Via del Lavoro, 8 – 36100 [[L:Vicenza]] ([[L:VI]])

Circolare n. 118
[[L:Vicenza]], 20 gennaio 2027

Agli studenti delle classi quarte e alle loro famiglie
Oggetto: Percorsi per le competenze trasversali e per l'orientamento (PCTO) e viaggio d'istruzione

Si comunica che, dal 3 al 21 marzo 2027, gli studenti delle classi quarte svolgeranno le attività di PCTO presso le aziende e gli enti convenzionati con l'Istituto. Per l'anno in corso hanno confermato la loro disponibilità:

– [[O:Beltrame Group]] – [[L:Vicenza]]
– [[O:Diesel S.p.A.]] – [[L:Breganze]]
– [[O:Valbruna Acciai Speciali]] – [[L:Vicenza]]
– [[O:Laboratorio Elettronico Dal Maso & C. S.n.c.]] – [[L:Thiene]]
– [[O:Comune di Vicenza]] – Settore Informatica
– [[O:ULSS 8 Berica]] – [[O:Ospedale San Bortolo]]
– [[O:Fondazione Teatro Comunale Città di Vicenza]]
– [[O:Confartigianato Vicenza]]

Gli abbinamenti sono stati curati dal prof. [[P:Nicola Zanon]], referente PCTO, in collaborazione con [[O:Confindustria Vicenza]] e con l'[[O:Ufficio Scolastico Regionale per il Veneto]]. La copertura assicurativa è garantita dall'[[O:INAIL]] e dalla polizza integrativa stipulata con [[O:Benacquista Assicurazioni]].

VIAGGIO D'ISTRUZIONE
Le classi 4A e 4C si recheranno a [[L:Monaco di Baviera]] dal 14 al 17 aprile, con visita al centro ricerche della [[O:Siemens AG]] e alla [[O:Technische Universität München]]. Il viaggio è organizzato dall'agenzia [[O:Sogni di Viaggio S.r.l.]]; il trasporto è affidato a [[O:Autoservizi Rigon]]. Le famiglie con ISEE inferiore a 15.000 euro possono chiedere un contributo all'associazione [[O:Genitori per il Ferraris APS]].

Le attività sono cofinanziate dalla [[O:Fondazione Cariverona]].

Il Dirigente Scolastico
Prof.ssa [[P:Lorena Dalla Valle]]
""")

d("it", "ricorso_giudice_pace", """
[[O:UFFICIO DEL GIUDICE DI PACE DI PARMA]]
Via Sant'Anna, 3 – 43121 [[L:Parma]]

R.G. n. 2218/2026

AVVISO DI FISSAZIONE UDIENZA

Ricorrente: [[O:Edilcasa Parmense S.r.l.]], in persona del legale rappresentante sig. [[P:Mirko Cavalli]], rappresentata e difesa dall'avv. [[P:Giulia Bocchi]] dello [[O:Studio Legale Bocchi Ferrari Tedeschi]]
Resistente: [[O:Comune di Parma]]

Si comunica alle parti che l'udienza di comparizione relativa al ricorso avverso il verbale n. 448120/V, elevato dalla [[O:Polizia Locale di Parma]] per accesso non autorizzato alla zona a traffico limitato, è fissata per il giorno 3 marzo 2027, ore 9:30, davanti al Giudice di Pace dott.ssa [[P:Rossana Pelosi]].

Il veicolo sanzionato, intestato a [[O:Leasys S.p.A.]] e concesso in noleggio a lungo termine alla ricorrente, era condotto dal dipendente sig. [[P:Hamza El Idrissi]], diretto al cantiere aperto per conto di [[O:Iren S.p.A.]] in Borgo delle Colonne.

La ricorrente sostiene di aver ottenuto un permesso temporaneo da [[O:Infomobility S.p.A.]], la società del [[O:Comune di Parma]] che gestisce gli accessi, e produce la ricevuta rilasciata dallo sportello. Il Comune ha depositato le proprie controdeduzioni tramite l'Avvocatura comunale.

Le parti sono invitate a depositare:
– la copia del permesso e la corrispondenza con [[O:Infomobility]];
– il contratto di appalto con [[O:Iren]];
– la documentazione fotografica del varco.

Si ricorda che in alternativa al presente ricorso era ammesso il ricorso alla [[O:Prefettura di Parma]] e che, una volta proposto ricorso al Giudice di Pace, non è più possibile rivolgersi alla Prefettura.

La ricorrente è associata all'[[O:ANCE Parma]], che ha segnalato il caso al [[O:Difensore Civico della Regione Emilia-Romagna]].

[[L:Parma]], 11 dicembre 2026

Il Funzionario Giudiziario
[[P:Cinzia Araldi]]
""")

d("it", "bolletta", """
[[O:ENERGIA SALENTO]]
La tua bolletta luce e gas

[[O:Energia Salento S.r.l.]] – Viale della Libertà, 90 – 73100 [[L:Lecce]]

Sig. [[P:Antonio De Pascalis]]
Via Trinchese, 17
73100 [[L:Lecce]] ([[L:LE]])

Codice cliente: ES-00827713
Bolletta n. 2027/000418 del 10 gennaio 2027
Periodo: novembre – dicembre 2026

SINTESI DEGLI IMPORTI
Spesa per la materia energia (luce)            118,40 €
Spesa per il trasporto e la gestione del contatore ([[O:e-distribuzione]])   42,15 €
Spesa per la materia gas naturale               96,22 €
Trasporto gas ([[O:2i Rete Gas]])                    31,08 €
Oneri di sistema e imposte                      52,70 €
TOTALE DA PAGARE                               340,55 €
Scadenza: 30 gennaio 2027 – addebito su conto [[O:Banca Popolare Pugliese]]

INFORMAZIONI
Le tariffe di trasporto sono stabilite dall'[[O:Autorità di Regolazione per Energia Reti e Ambiente]] ([[O:ARERA]]). I dati di consumo sono stati rilevati da [[O:e-distribuzione]], distributore locale; per i guasti chiama direttamente il numero verde di [[O:e-distribuzione]].

La nostra energia proviene per il 70 % da impianti fotovoltaici della [[O:Cooperativa Sole di Puglia]] e dai parchi eolici di [[O:ERG S.p.A.]]

Il servizio idrico non è fatturato da noi: la bolletta dell'acqua ti arriverà da [[O:Acquedotto Pugliese]]. La tassa sui rifiuti è riscossa dal [[O:Comune di Lecce]].

BONUS SOCIALE
Se hai un ISEE basso, il bonus ti viene riconosciuto automaticamente dall'[[O:INPS]] tramite il Sistema Informativo Integrato gestito da [[O:Acquirente Unico]].

RECLAMI
Scrivi a [[O:Energia Salento]], Ufficio Reclami, o rivolgiti agli sportelli di [[O:Federconsumatori Lecce]] e [[O:Adoc]]. Se non sei soddisfatto, puoi attivare la procedura presso il Servizio Conciliazione dell'[[O:ARERA]].

Il tuo referente commerciale è il sig. [[P:Cosimo Quarta]], agenzia [[O:Servizi Energia Nardò]].
""")

d("it", "convocazione_condominio", """
[[O:STUDIO RINALDI AMMINISTRAZIONI CONDOMINIALI]]
Rag. [[P:Giorgio Rinaldi]] – Via Nizza, 55 – 10126 [[L:Torino]]

Ai Signori Condòmini del Condominio "Le Magnolie"
Corso Casale, 214 – [[L:Torino]]

[[L:Torino]], 6 aprile 2027

Oggetto: convocazione dell'assemblea ordinaria e straordinaria

Gentili Condòmini,

l'assemblea è convocata in prima convocazione il giorno 27 aprile alle ore 7:00 e, in seconda convocazione, il giorno 28 aprile 2027 alle ore 18:30 presso la sala dell'[[O:Oratorio San Luigi]], via Cosmo 11, con il seguente

ORDINE DEL GIORNO
1. Approvazione del rendiconto 2026, verificato dai consiglieri sig.ra [[P:Franca Audisio]] e sig. [[P:Kofi Mensah]].
2. Rifacimento della facciata con accesso al bonus edilizio: esame dei preventivi di [[O:Edil Po S.r.l.]] (212.000 euro), [[O:Costruzioni Gerbaudo & Figli]] (198.500 euro) e [[O:SAIT Restauri]] (224.300 euro). Direzione lavori affidata all'arch. [[P:Paola Cerutti]] dello studio [[O:Cerutti Architetti Associati]].
3. Sostituzione della caldaia centralizzata: proposta di [[O:Iren Smart Solutions]] per l'allacciamento al teleriscaldamento; offerta alternativa di [[O:Engie Servizi]].
4. Manutenzione dell'ascensore: rinnovo del contratto con [[O:Schindler]] o passaggio a [[O:Otis Servizi]].
5. Rinnovo della polizza globale fabbricati con [[O:Reale Mutua]] tramite l'agenzia [[O:Assicurazioni Bertola]].
6. Installazione della fibra ottica da parte di [[O:Open Fiber]]; la richiesta è stata presentata dalla condòmina sig.ra [[P:Ilaria Ghione]].
7. Richiesta del negozio al piano terra, la [[O:Panetteria Fratelli Cravero]], di occupare parte del cortile.
8. Varie ed eventuali.

Si ricorda che ciascun condomino può farsi rappresentare da un delegato con delega scritta. I documenti contabili sono consultabili presso lo studio previo appuntamento.

Lo Studio aderisce all'[[O:ANACI]] e all'[[O:Associazione Piccoli Proprietari Case di Torino]].

Distinti saluti.

L'Amministratore
Rag. [[P:Giorgio Rinaldi]]
""")

d("it", "prenotazione_viaggio", """
[[O:AGENZIA VIAGGI GIRASOLE]]
di [[O:Girasole Tour Operator S.r.l.]] – Piazza Garibaldi, 6 – 80142 [[L:Napoli]]

CONFERMA DI PRENOTAZIONE N. GIR-27/0448

Clienti: sig. [[P:Vincenzo Esposito]] e sig.ra [[P:Teresa Iovine]], con due figli minori
Data: 22 febbraio 2027

TRASPORTI
12/06/2027  Frecciarossa 9521 di [[O:Trenitalia]], da [[L:Napoli]] a [[L:Bolzano]] (cambio a [[L:Verona]])
19/06/2027  treno 8936 di [[O:Italo]], da [[L:Bolzano]] a [[L:Napoli]]
Trasferimenti in [[L:Alto Adige]] con i bus di [[O:SAD Trasporto Locale]] (Südtirol Pass incluso)

SOGGIORNO
12–16/06: [[O:Hotel Sonnenhof Dolomites]], [[L:Ortisei]] ([[L:Val Gardena]]), camera familiare, mezza pensione
16–19/06: [[O:Agriturismo Oberhauser]], [[L:Castelrotto]], appartamento con cucina

ESCURSIONI
– salita in funivia con le [[O:Funivie Val Gardena]];
– giornata al [[L:Lago di Braies]] con guida dell'[[O:Alpenverein Südtirol]];
– laboratorio del legno presso la bottega [[O:Intagli Demetz]].

ASSICURAZIONE
Polizza annullamento e assistenza di [[O:Europ Assistance Italia S.p.A.]]

Importo totale: 3.940 euro; acconto versato: 1.000 euro; saldo entro il 12 maggio 2027.

Se uno dei treni viene cancellato, l'assistenza è garantita da [[O:Trenitalia]] o da [[O:Italo]] secondo le rispettive condizioni. Per i reclami non risolti dall'agenzia è possibile rivolgersi all'[[O:Autorità di Regolazione dei Trasporti]] o all'associazione [[O:Federconsumatori]].

Agenzia iscritta al registro della [[O:Regione Campania]], garantita dal [[O:Fondo Vacanze Felici]], associata a [[O:FIAVET Campania]].

La Vostra consulente: [[P:Marianna Cuomo]]
""")

d("it", "verbale_riunione", """
[[O:CONSORZIO DI TUTELA DEL SALAME DI FELINO IGP]]
Verbale della riunione del Consiglio Direttivo del 16 ottobre 2026
Sede: sala riunioni del Consorzio, [[L:Felino]] ([[L:PR]])

Presenti: [[P:Alberto Corradi]] ([[O:Salumificio Corradi]]), presidente; [[P:Silvia Montanari]] ([[O:Montanari & Gruzza S.p.A.]]), vicepresidente; [[P:Enrico Bertozzi]] ([[O:Salumificio La Felinese]]); [[P:Giacomo Pezzani]] ([[O:Pezzani Salumi]]); [[P:Luisa Delsante]] ([[O:Agricola Val Baganza]])
Invitati: dott. [[P:Fabio Greci]] ([[O:CSQA Certificazioni]]); dott.ssa [[P:Marta Ollari]] ([[O:Camera di Commercio dell'Emilia]])
Assente giustificato: [[P:Ugo Rossetti]] ([[O:Salumificio Rossetti]])

1. Controlli
Il dott. [[P:Greci]] illustra l'esito delle verifiche 2026 di [[O:CSQA]]: nessuna non conformità grave. Il [[O:Ministero dell'Agricoltura]] ha rinnovato l'incarico di vigilanza all'[[O:ICQRF]].

2. Promozione
Il Consiglio approva la partecipazione allo stand della [[O:Regione Emilia-Romagna]] e la campagna con [[O:Coop Alleanza 3.0]] e [[O:Conad]]. La campagna in [[L:Germania]] sarà curata dall'agenzia [[O:Fiordaliso Comunicazione]] con l'[[O:ICE]].

3. Nuovi soci
Si accoglie la domanda del [[O:Salumificio Fratelli Ghirardi]] di [[L:Sala Baganza]]. La domanda di [[O:Carni Emiliane 2 S.r.l.]] è rinviata in attesa dei documenti.

4. Varie
La dott.ssa [[P:Ollari]] comunica che la Camera di Commercio può finanziare la partecipazione a fiere estere. Il presidente ringrazia il [[O:Comune di Felino]] e la [[O:Pro Loco Felino]] per la collaborazione alla sagra di settembre.

La riunione si chiude alle ore 19:10.

Il Segretario verbalizzante
[[P:Daniela Tanzi]]
""")

d("it", "bando_gara", """
[[O:COMUNE DI PESARO]]
Settore Lavori Pubblici – Largo Mamiani, 11 – 61121 [[L:Pesaro]] ([[L:PU]])

AVVISO DI AGGIUDICAZIONE
Procedura aperta per l'affidamento dei lavori di riqualificazione del lungomare di Ponente – CIG B2A4471C09

1. Stazione appaltante: [[O:Comune di Pesaro]], tramite la Centrale Unica di Committenza della [[O:Provincia di Pesaro e Urbino]].

2. Importo a base di gara: 3.850.000 euro. Il finanziamento è assicurato dalla [[O:Regione Marche]] e, per 1.200.000 euro, da un mutuo della [[O:Cassa Depositi e Prestiti]] ([[O:CDP]]).

3. Offerte pervenute: sei, presentate sulla piattaforma telematica [[O:Net4market]].

4. Graduatoria:
1° R.T.I. [[O:Adriatica Costruzioni S.r.l.]] – [[O:Verde Marche Soc. Coop.]], punti 88,40
2° [[O:Impresa Edile Gennari & Figli S.p.A.]], punti 84,15
3° [[O:CO.GE.MAR. S.r.l.]], punti 79,90
4° [[O:Costruzioni Fano 2010 S.r.l.]], punti 74,30
5° [[O:Paolini Infrastrutture S.r.l.]], punti 71,05
Esclusa: [[O:Edilmare Sud S.r.l.]], per mancata presentazione della garanzia provvisoria.

5. Aggiudicataria: il raggruppamento guidato da [[O:Adriatica Costruzioni]], con ribasso del 12,7 %. La mandante [[O:Verde Marche]] eseguirà le opere a verde.

6. La direzione lavori è affidata allo studio [[O:Ingegneria Rocchi Associati]]; il coordinamento della sicurezza a [[O:Sicurtecnica S.r.l.]]. I pareri sono stati rilasciati dalla [[O:Soprintendenza Archeologia, Belle Arti e Paesaggio per le province di Ancona e Pesaro e Urbino]] e dalla [[O:Capitaneria di Porto di Pesaro]].

7. Organo competente per le procedure di ricorso: [[O:TAR Marche]], [[L:Ancona]].

Il Responsabile Unico del Progetto: ing. [[P:Lorenzo Fabbri]]
[[L:Pesaro]], 15 gennaio 2027
""")

# ---------------------------------------------------------------- Dutch
d("nl", "hypotheekofferte", """
[[O:Spaarbank Twente N.V.]]
Hypotheken – Oude Markt 9 – 7511 GA [[L:Enschede]]

De heer [[P:R.J. Nijhuis]] en mevrouw [[P:S. Oude Luttikhuis]]
Hengelosestraat 212
7521 AJ [[L:Enschede]]

[[L:Enschede]], 9 november 2026

Onderwerp: bindend hypotheekaanbod, dossiernummer 26-HYP-3318

Geachte heer [[P:Nijhuis]] en mevrouw [[P:Oude Luttikhuis]],

Met genoegen doen wij u een bindend aanbod voor de financiering van de woning aan de Tuindorpstraat 14 in [[L:Hengelo]].

FINANCIERING
– Hypotheekbedrag: € 342.000, annuïtair, rentevast 20 jaar, 3,72 %.
– Met Nationale Hypotheek Garantie: de borgtocht wordt verstrekt door de [[O:Stichting Waarborgfonds Eigen Woningen]] ([[O:WEW]]). De kosten van de [[O:WEW]] bedragen € 2.052.
– Taxatie door [[O:Taxatiebureau Grootenhuis & Bekke]], gevalideerd door [[O:Calcasa]].

VOORWAARDEN
1. Een werkgeversverklaring: de heer [[P:Nijhuis]] werkt bij [[O:Thales Nederland]] in [[L:Hengelo]], mevrouw [[P:Oude Luttikhuis]] bij het [[O:Medisch Spectrum Twente]].
2. Een opstalverzekering, bijvoorbeeld bij [[O:Univé Oost]] of [[O:Centraal Beheer]].
3. Een overlijdensrisicoverzekering; u heeft gekozen voor [[O:Dazure]] via uw adviseur van [[O:De Hypotheker Enschede]].
4. Een energielabel van een erkend adviseur; de extra leenruimte voor de zonnepanelen van [[O:Solarfix Twente]] is meegenomen.

Wij hebben uw gegevens getoetst bij het [[O:BKR]] in [[L:Tiel]]; er staan geen negatieve registraties. De akte wordt gepasseerd bij [[O:Notariskantoor Ter Horst & Wessels]] in [[L:Hengelo]].

Wij staan onder toezicht van de [[O:Autoriteit Financiële Markten]] ([[O:AFM]]) en [[O:De Nederlandsche Bank]] ([[O:DNB]]). Heeft u een klacht die wij niet naar tevredenheid oplossen, dan kunt u zich wenden tot het [[O:Klachteninstituut Financiële Dienstverlening]] ([[O:Kifid]]).

Dit aanbod is geldig tot 9 februari 2027.

Met vriendelijke groet,

[[P:Marloes Kamphuis]]
Hypotheekadviseur
[[O:Spaarbank Twente]], onderdeel van [[O:Oost Nederland Financiële Groep]]
""")

d("nl", "loonstrook_toelichting", """
[[O:BOUWBEDRIJF GEBR. VAN DER VEEN B.V.]]
Afdeling Personeelszaken – Industrieweg 40 – 8304 AD [[L:Emmeloord]]

Aan: dhr. [[P:Gerrit Postma]], timmerman
Personeelsnummer 1187

[[L:Emmeloord]], 25 november 2026

Onderwerp: toelichting op uw loonstrook van november

Beste [[P:Gerrit]],

Op je loonstrook van deze maand staan een paar nieuwe regels. Hieronder leggen we ze uit.

1. Cao-verhoging. Volgens de nieuwe cao voor de bouw, afgesloten door [[O:Bouwend Nederland]], [[O:FNV Bouwen & Wonen]] en [[O:CNV Vakmensen]], stijgen de lonen per 1 oktober met 3 %. De nabetaling over oktober is € 118,44.

2. Pensioen. De premie voor [[O:bpfBOUW]] is iets gestegen. Het pensioenfonds wordt uitgevoerd door [[O:APG]]; vragen kun je rechtstreeks aan [[O:bpfBOUW]] stellen.

3. Loonheffing. De [[O:Belastingdienst]] heeft de tabellen aangepast. Je loonheffingskorting wordt nog steeds bij ons toegepast.

4. Ziekteverzuim. Tijdens je ziekte in september heeft [[O:ArboNed]] de begeleiding gedaan. Het [[O:UWV]] vergoedt ons niets, omdat je korter dan twee weken ziek was.

5. Opleiding. De cursus VCA bij [[O:Bouwmensen Flevoland]] wordt vergoed door [[O:Volandis]], het kennis- en adviescentrum van de bouw.

6. Zorgverzekering. De werkgeversbijdrage voor de collectieve verzekering bij [[O:Zilveren Kruis]] blijft € 12 per maand.

7. Reiskosten. Voor de klus in [[L:Urk]] voor [[O:Woonstichting Urk]] en de renovatie in [[L:Lelystad]] voor [[O:Centrada]] ontvang je een extra reiskostenvergoeding.

Het salaris wordt zoals altijd op de 25e overgemaakt via de [[O:Rabobank]]. De loonadministratie doet [[O:Nmbrs]] voor ons; je strook vind je in de app.

Heb je vragen, bel dan mevrouw [[P:J. van Wijk]] van personeelszaken of je uitvoerder, [[P:Sjoerd de Boer]].

Met vriendelijke groet,

[[P:Hennie van der Veen]]
directeur
[[O:Bouwbedrijf Gebr. Van der Veen]]
""")

d("nl", "schadebrief", """
[[O:CENTRAAL BEHEER]]
Schade Wonen – Postbus 9150 – 7300 HZ [[L:Apeldoorn]]

Mevrouw [[P:A.M. Verhoeven-Smit]]
Kastanjelaan 31
5261 BN [[L:Vught]]

Schadenummer: W-26-771245
Polisnummer: 4411-2038

[[L:Apeldoorn]], 7 december 2026

Onderwerp: stormschade van 14 november 2026

Geachte mevrouw [[P:Verhoeven-Smit]],

Op 15 november meldde u schade aan uw dak en schuur na de storm. Hierbij informeren wij u over de afhandeling.

Onze expert, de heer [[P:Bas Rutten]] van [[O:Expertisebureau Van Ameijde]], bezocht u op 21 november. Hij stelde vast dat twaalf dakpannen waren losgewaaid en dat een boom van de buren, de familie [[P:Peeters]], op de schuur was gevallen. De schade aan de schuur verhalen wij op de aansprakelijkheidsverzekeraar van de buren, [[O:Interpolis]].

AFHANDELING
– Het dak is op 16 november provisorisch gerepareerd door [[O:Dakdekkersbedrijf Van Gorp]] via onze hersteldienst [[O:Achmea Schadeservice]]. Deze kosten betalen wij rechtstreeks.
– Voor de schuur ontvangt u een vergoeding van € 3.420. U mag zelf een aannemer kiezen; de offerte van [[O:Timmerbedrijf Dekkers & Zn.]] hebben wij goedgekeurd.
– De verwijdering van de boom door [[O:Boomverzorging Brabant]] wordt vergoed tot € 750.
– Uw tuinset, gekocht bij [[O:Intratuin]], valt onder de inboedeldekking; u ontvangt € 385.

De [[O:Gemeente Vught]] heeft ons laten weten dat de boom op de erfgrens stond; zij stelt geen eisen aan herplant.

Wij maken het totaalbedrag over op uw rekening bij de [[O:ING]]. Bent u het niet eens met ons besluit, dan kunt u een klacht indienen bij onze klachtenservice en daarna bij het [[O:Kifid]].

[[O:Centraal Beheer]] is een handelsnaam van [[O:Centraal Beheer Schadeverzekering N.V.]], onderdeel van [[O:Achmea]].

Met vriendelijke groet,

[[P:Yvonne Hoekstra]]
Schadebehandelaar
""")

d("nl", "douanebericht", """
[[O:RIJNMOND FORWARDING B.V.]]
Waalhaven Oostzijde 72 – 3087 BM [[L:Rotterdam]]

AANKOMSTBERICHT EN DOUANESTATUS

Aan: [[O:Groothandel Van Leeuwen Tropisch Hout B.V.]], t.a.v. dhr. [[P:Dennis van Leeuwen]], [[L:Zaandam]]
Datum: 18 januari 2027

Cognossement: CMDU ABJ 2290441
Rederij: [[O:CMA CGM]]
Laadhaven: [[L:Abidjan]], [[L:Ivoorkust]]
Loshaven: [[L:Rotterdam]]
Verlader: [[O:Scierie du Bandama SARL]], [[L:Abidjan]]
Lading: 2 × 40' container, gezaagd hardhout (iroko)

Geachte heer [[P:Van Leeuwen]],

De containers zijn op 16 januari gelost bij de terminal van [[O:Hutchison Ports ECT Rotterdam]] en staan klaar voor inspectie. De [[O:Douane]] heeft de aangifte geselecteerd voor een documentcontrole. Daarnaast moet de [[O:Nederlandse Voedsel- en Warenautoriteit]] ([[O:NVWA]]) controleren of het hout voldoet aan de houtverordening. Stuur ons daarom vandaag de FLEGT-gegevens en het certificaat van [[O:Bureau Veritas]].

KOSTEN TOT NU TOE
Terminal handling ([[O:Hutchison Ports ECT]])  € 410,00
Documentkosten [[O:CMA CGM]]                     €  75,00
Inklaring door [[O:Rijnmond Forwarding]]          € 135,00
Keuring [[O:NVWA]]                             € 196,00
Opslag vanaf 20 januari                         €  60,00 per dag

Het vervoer naar uw zagerij in [[L:Zaandam]] verloopt per binnenvaart met [[O:Danser Container Line]] tot [[L:Amsterdam]] en daarna per truck met [[O:Transportbedrijf Koster & Zn.]] Lukt dat niet, dan zetten wij [[O:Kramer Group]] in.

Invoerrechten en btw worden via uw uitstelrekening bij de [[O:Belastingdienst/Douane]] afgerekend. Het [[O:Havenbedrijf Rotterdam]] rekent zeehavengeld rechtstreeks af met de rederij. De lading is verzekerd via uw polis bij [[O:Nationale-Nederlanden]].

Met vriendelijke groet,

[[P:Fatima el Amrani]]
Customs Desk
[[O:Rijnmond Forwarding B.V.]], lid van [[O:FENEX]] en [[O:TLN]]
""")

d("nl", "ontslagbrief_ziekenhuis", """
[[O:ISALA]]
Afdeling Longziekten – Dokter van Heesweg 2 – 8025 AB [[L:Zwolle]]

Aan: de weledelgeleerde heer [[P:T. Bosscher]], huisarts
[[O:Huisartsenpraktijk De Vecht]]
Vechtstraat 18
7772 AD [[L:Hardenberg]]

[[L:Zwolle]], 3 december 2026

Betreft: mevrouw [[P:H.J. Lubbers-Kamphorst]], geboren 12-08-1952, [[L:Hardenberg]]

Geachte collega [[P:Bosscher]],

Uw patiënte werd van 24 november tot en met 3 december opgenomen op onze afdeling wegens een pneumonie bij COPD GOLD 3. Zij werd door de ambulance van [[O:RAV IJsselland]] vanaf de [[O:Spoedpost Hardenberg]] naar [[O:Isala]] gebracht.

Beloop: na antibiotica en prednisolon knapte zij goed op. De sputumkweek werd bepaald door [[O:Certe]]. Een CT-scan werd gemaakt in onze locatie [[O:Isala Diaconessenhuis Meppel]].

Beleid bij ontslag:
– zuurstof thuis, geleverd door [[O:Vivisol]];
– thuiszorg door [[O:Carinova]] voor hulp bij douchen;
– longrevalidatie bij [[O:Fysiotherapie Hardenberg-Oost]];
– medicatie via [[O:Apotheek Baalder]];
– controle op de longpoli over zes weken.

Patiënte wil graag deelnemen aan het onderzoek COPD-Thuis van het [[O:UMCG]], gefinancierd door [[O:ZonMw]] en het [[O:Longfonds]]. Haar dochter, mevrouw [[P:Ingrid Lubbers]], heeft bij de [[O:Gemeente Hardenberg]] een Wmo-aanvraag gedaan voor een traplift. Haar zorgverzekeraar, [[O:Zilveren Kruis]], heeft de zuurstof goedgekeurd.

Met collegiale groet,

drs. [[P:M.A. Veldkamp]], arts-assistent
dr. [[P:Johan ter Beek]], longarts
""")

d("nl", "ouderbrief_school", """
[[O:CSG DE NIEUWE VAART]]
Christelijke scholengemeenschap voor mavo, havo en vwo
Parkweg 4 – 3603 AH [[L:Maarssen]]

Aan de ouders en verzorgers van de leerlingen van havo 4

[[L:Maarssen]], 15 januari 2027

Onderwerp: stage, excursie en ouderavond

Beste ouders en verzorgers,

In deze brief vindt u de belangrijkste informatie voor het tweede halfjaar.

MAATSCHAPPELIJKE STAGE
Van 8 tot en met 12 maart lopen alle leerlingen stage. Stageplaatsen zijn beschikbaar bij onder andere [[O:Zorggroep Sint Maarten]], de [[O:Voedselbank Stichtse Vecht]], [[O:Bibliotheek Stichtse Vecht]], [[O:Dierenasiel De Hof van Ede]] en de [[O:Gemeente Stichtse Vecht]]. De coördinatie ligt bij mevrouw [[P:Demi Kruithof]].

EXCURSIE
Op 17 april gaan de leerlingen met het profiel Natuur & Techniek naar [[O:TNO]] in [[L:Delft]] en naar de [[O:Technische Universiteit Delft]]. Het busvervoer wordt verzorgd door [[O:Connexxion]]. De bijdrage is € 25 en wordt betaald via [[O:WIS Collect]].

STUDIEKEUZE
Voor de oriëntatie op vervolgopleidingen werken we samen met de [[O:Universiteit Utrecht]], de [[O:Hogeschool Utrecht]] en het [[O:ROC Midden Nederland]]. Leerlingen kunnen zich aanmelden voor meeloopdagen via de website van [[O:Studiekeuze123]]. Over studiefinanciering geeft [[O:DUO]] op 10 maart een presentatie.

GEZONDHEID
De jeugdarts van de [[O:GGD regio Utrecht]] nodigt leerlingen van 15 jaar uit voor een gesprek. Leerlingen die zich zorgen maken kunnen ook terecht bij [[O:Kindertelefoon]] of [[O:113 Zelfmoordpreventie]].

OUDERAVOND
De ouderavond is op 4 februari. Ook de medezeggenschapsraad presenteert zich. De [[O:Inspectie van het Onderwijs]] bezoekt onze school in maart.

Onze school is onderdeel van [[O:Stichting VO Stichtse Vecht]].

Met vriendelijke groet,

[[P:W. Baars-Hermsen]]
teamleider havo bovenbouw
""")

d("nl", "cjib_brief", """
[[O:rechtbank Gelderland]]
Team Kanton – Locatie [[L:Arnhem]]
Walburgstraat 2-4 – 6811 CH [[L:Arnhem]]

De heer [[P:K. Hendriksen]]
Spoorstraat 19
6901 AJ [[L:Zevenaar]]

Zaaknummer: 11104587 CV EXPL 26-8812
[[L:Arnhem]], 30 november 2026

Onderwerp: oproeping voor de mondelinge behandeling

Geachte heer [[P:Hendriksen]],

In de zaak die [[O:Woonstichting Liemers Wonen]] tegen u heeft aangespannen over achterstallige huur, heeft de kantonrechter bepaald dat een mondelinge behandeling plaatsvindt op dinsdag 12 januari 2027 om 10.30 uur.

De woonstichting wordt bijgestaan door [[O:Lexwell Advocaten]] en door incassobureau [[O:Flanderijn]]. In de dagvaarding vordert zij € 4.870 aan achterstallige huur en kosten.

U heeft in uw schriftelijke reactie verklaard dat u door ziekte inkomen bent misgelopen en dat het [[O:UWV]] uw uitkering te laat heeft betaald. Neem de volgende stukken mee:
– de beslissingen van het [[O:UWV]];
– de afspraken met de schuldhulpverlening van de [[O:Gemeente Zevenaar]];
– de brief van het [[O:Centraal Justitieel Incassobureau]] ([[O:CJIB]]) over de openstaande verkeersboete, omdat het [[O:CJIB]] volgens u beslag heeft gelegd op uw rekening bij de [[O:ABN AMRO]].

U kunt gratis advies krijgen bij het [[O:Juridisch Loket]]. Als u een advocaat nodig heeft, kunt u via de [[O:Raad voor Rechtsbijstand]] een toevoeging aanvragen. Ook [[O:Humanitas Liemers]] kan u helpen met uw administratie.

De kantonrechter wil graag weten of een regeling mogelijk is. Een medewerker van [[O:Stichting Mediation Gelderland]] is op de zitting aanwezig.

Als u niet verschijnt, kan de kantonrechter de vordering toewijzen.

Hoogachtend,

mr. [[P:E.C. Dijkhuizen]], griffier
namens de kantonrechter, mr. [[P:A. Bouwman-Teunissen]]
""")

d("nl", "energienota", """
[[O:POLDERSTROOM]]
Jaarnota 2026

[[O:Polderstroom Energie B.V.]] – Zeeweg 12 – 1971 HB [[L:IJmuiden]]

Familie [[P:Koopman]]
Vinkenlaan 8
2015 CK [[L:Haarlem]]

Klantnummer: PS-771 042
Datum: 15 januari 2027

OVERZICHT
Stroom (2.980 kWh)                            € 845,30
Gas (1.120 m³)                                 € 1.402,76
Netbeheerkosten [[O:Liander]]                      € 612,48
Energiebelasting en btw                        € 918,20
Vermindering energiebelasting                  – € 631,00
Totaal                                         € 3.147,74
Betaalde termijnen                             – € 3.108,00
Nog te betalen                                 € 39,74

Uw nieuwe termijnbedrag is € 262 per maand en wordt afgeschreven van uw rekening bij de [[O:ASN Bank]].

WAAR KOMT UW STROOM VANDAAN?
Uw stroom komt van de windparken van [[O:Windcoöperatie Kennemerwind U.A.]] en van de zonnedaken van [[O:Zon op Haarlem]]. De garanties van oorsprong worden geregistreerd door [[O:Vertogas]] en [[O:CertiQ]].

NETBEHEER EN METERS
Uw netbeheerder is [[O:Liander]], onderdeel van [[O:Alliander]]. Het landelijke hoogspanningsnet wordt beheerd door [[O:TenneT]]. De tarieven van de netbeheerder worden vastgesteld door de [[O:Autoriteit Consument & Markt]] ([[O:ACM]]).

BESPAREN
Via het [[O:Duurzaam Bouwloket]] en de [[O:Gemeente Haarlem]] kunt u subsidie krijgen voor isolatie. Installateur [[O:Warmtewerk Kennemerland]] geeft [[O:Polderstroom]]-klanten 5 % korting op een hybride warmtepomp.

VRAGEN OF KLACHTEN?
Neem contact op met onze klantenservice. Komen we er samen niet uit, dan kunt u naar [[O:De Geschillencommissie]] in [[L:Den Haag]].

[[O:Polderstroom]] is een merk van [[O:Polderstroom Energie B.V.]], dochter van [[O:Energiecoöperatie Noord-Holland Zuid]].
""")

d("nl", "huurbrief_corporatie", """
[[O:WOONSTICHTING DE LEKSTROOM]]
Postbus 120 – 3430 AC [[L:Nieuwegein]]

Aan de bewoners van de Rijnhuizen-flats, blok A tot en met D
[[L:Nieuwegein]]

[[L:Nieuwegein]], 2 maart 2027

Onderwerp: renovatie van uw woning en huurverhoging per 1 juli 2027

Beste bewoner,

In de bewonersavond van 12 februari hebben wij, samen met de [[O:Huurdersvereniging De Lekstroom]] ([[O:HDL]]), de plannen voor de renovatie toegelicht. In deze brief zetten we alles op een rij.

WAT GAAN WE DOEN?
– Isolatie van gevels en daken door aannemer [[O:Heijmans]];
– nieuwe kozijnen van [[O:Kozijnfabriek Nieuwegein]];
– een warmtepomp van [[O:Daikin Nederland]], geïnstalleerd door [[O:Feenstra]];
– zonnepanelen, geleverd door [[O:Zonnepanelen Utrecht B.V.]]

De [[O:HDL]] heeft ingestemd met het sociaal plan. Meer dan 70 % van de bewoners heeft ja gezegd.

HUUR
De huur stijgt per 1 juli met het wettelijke maximum, plus € 28 per maand voor de renovatie. Heeft u huurtoeslag, dan past de [[O:Dienst Toeslagen]] uw toeslag aan. Bent u het niet eens met de huurverhoging, dan kunt u bezwaar maken bij de [[O:Huurcommissie]].

TIJDENS DE WERKZAAMHEDEN
U kunt tijdens de werkzaamheden een logeerwoning gebruiken in het [[O:NH City Centre Utrecht]] of in een wisselwoning van [[O:Portaal]]. Uw bewonersbegeleider is mevrouw [[P:Naima Chaouch]] van [[O:Bureau Woonwijs]].

Vragen over energie of geld? [[O:Buurtteam Nieuwegein]] en de [[O:Energiecoaches Nieuwegein]] helpen u gratis. De [[O:Gemeente Nieuwegein]] en de [[O:Provincie Utrecht]] betalen mee aan dit project.

Met vriendelijke groet,

ing. [[P:Pieter-Jan van Dalen]]
projectleider
[[O:Woonstichting De Lekstroom]]

[[P:Karin Schouten]]
voorzitter [[O:HDL]]
""")

d("nl", "standhouderslijst", """
VAKBEURS GROEN & STAD 2027 – STANDHOUDERSLIJST HAL 1

Organisatie: [[O:Evenementenbureau Vink & De Jong]] in samenwerking met [[O:Branchevereniging VHG]] en de [[O:Koninklijke Nederlandse Vereniging van Hoveniers]]
Evenementenhal, [[L:Gorinchem]], 10–12 februari 2027

STAND   STANDHOUDER                               PLAATS
1.01    [[O:Boomkwekerij Van den Berk]]                   [[L:Sint-Oedenrode]]
1.03    [[O:GroenGrid B.V.]]                              [[L:Wageningen]]
1.05    [[O:Hoveniersbedrijf Kuipers & Bos]]              [[L:Zeist]]
1.06    [[O:Stihl Vertriebszentrale AG & Co. KG]]         [[L:Dieburg]], [[L:Duitsland]]
1.08    [[O:Greenmax]]                                    [[L:Hardinxveld-Giessendam]]
1.10    [[O:De Boomspecialist Zuid]]                      [[L:Tilburg]]
1.12    [[O:Pépinières Lorraine SAS]]                     [[L:Nancy]], [[L:Frankrijk]]
1.14    [[O:Terra 3D Tuinontwerp]]                        [[L:Gouda]]
1.15    [[O:Wadden Zand & Grind]]                         [[L:Harlingen]]
1.17    [[O:Hogeschool Van Hall Larenstein]]              [[L:Velp]]
1.18    [[O:Stichting Steenbreek]]                        [[L:Den Bosch]]
1.20    [[O:Waterschap Rivierenland]]                     [[L:Tiel]]

WIJZIGINGEN
Stand 1.14 was eerst toegewezen aan [[O:Tuinarchitectuur Bloem]], dat zich heeft teruggetrokken. [[O:Terra 3D Tuinontwerp]] neemt de plaats over. [[O:Greenmax]] deelt de stand met haar Belgische zusterbedrijf [[O:Greenmax Belgium BV]] uit [[L:Lokeren]].

Het [[O:Waterschap Rivierenland]] en [[O:Stichting Steenbreek]] verzorgen samen een lezing over hitte in de stad; de [[O:Gemeente Gorinchem]] opent de beurs.

Standbouw: [[O:Beursbouw Nederland]]. Catering: [[O:Hutten]]. Beveiliging: [[O:Trigion]].

Contact voor standhouders: [[P:Lieke Vink]], [[O:Evenementenbureau Vink & De Jong]]. Pers: [[P:Sander de Jong]].
""")

d("nl", "nieuwsbrief", """
[[O:ONDERNEMERSVERENIGING BINNENSTAD ZWOLLE]] ([[O:OVBZ]])
Nieuwsbrief december 2026

Beste leden,

Het jaar loopt ten einde. Hieronder het laatste nieuws van de [[O:OVBZ]].

WINTERFEEST
De kerstmarkt trok dit jaar ruim 60.000 bezoekers. Dank aan onze sponsors [[O:Rabobank Salland]], [[O:Hanos]], [[O:Bakkerij Bolk]] en [[O:Kamphuis Juweliers]]. De ijsbaan op de Grote Markt werd gebouwd door [[O:IJsbanen Nederland]]; [[O:Enexis]] zorgde voor de stroomaansluiting.

NIEUWE LEDEN
Welkom aan [[O:Boekhandel Waanders]], [[O:Koffiebranderij De Peperbus]], [[O:Fietsenmaker Van Dijk & Zn.]] en [[O:Restaurant De Librije]]. Helaas hebben [[O:HEMA]] aan de Diezerstraat en modezaak [[O:Anna's Boetiek]] hun deuren gesloten.

BEREIKBAARHEID
De [[O:Gemeente Zwolle]] heeft besloten de parkeergarage aan het Katwolderplein te renoveren. [[O:Q-Park]] voert de werkzaamheden uit. Tijdens de renovatie rijdt er een pendelbus van [[O:Keolis]] vanaf P+R Zwolle-Zuid. Wethouder [[P:Inge Mulder]] komt het plan op 14 januari toelichten.

VEILIGHEID
In samenwerking met de [[O:Politie Oost-Nederland]] en [[O:Stichting Keurmerk Veilig Ondernemen]] start in februari een cursus voor winkelpersoneel. De [[O:Kamer van Koophandel]] ([[O:KVK]]) verzorgt in maart een workshop over cybercriminaliteit; aanmelden via de website van de [[O:KVK]].

AGENDA
– 14 januari: nieuwjaarsbijeenkomst bij [[O:Hotel Fidder]]
– 11 februari: ledenvergadering bij [[O:Boekhandel Waanders]]
– 18 maart: excursie naar [[O:Wehkamp]] in [[L:Zwolle]]

Met vriendelijke groet,
namens het bestuur,
[[P:Marjolein Bosch]], voorzitter
[[P:Ahmet Yilmaz]], secretaris
""")

d("nl", "aanbesteding", """
[[O:GEMEENTE DEVENTER]]
Bekendmaking van een gegunde opdracht

Aanbestedende dienst: [[O:Gemeente Deventer]], team Inkoop, Grote Kerkhof 1, 7411 KV [[L:Deventer]]
Opdracht: Groenonderhoud openbare ruimte 2027–2030, met optie tot verlenging
Procedure: openbaar, Europees; publicatie via [[O:TenderNed]]

1. ACHTERGROND
De [[O:Gemeente Deventer]] besteedt het onderhoud van parken, bermen en bomen uit. Tot nu toe deden [[O:Groenbedrijf IJsselland]] en de sociale werkvoorziening [[O:Sallcon]] dit werk samen. Een deel blijft bij [[O:Sallcon]] om werk te bieden aan mensen met afstand tot de arbeidsmarkt.

2. INSCHRIJVINGEN
Er zijn vijf inschrijvingen ontvangen:
– [[O:Groenbedrijf IJsselland B.V.]], [[L:Deventer]]
– [[O:Krinkels]], [[L:Oisterwijk]]
– combinatie [[O:Van Ginkel Groep]] / [[O:Hoveniersbedrijf Pol]], [[L:Veenendaal]]
– [[O:BTL Bomendienst]], [[L:Ridderkerk]]
– [[O:Salland Groen & Grijs V.O.F.]], [[L:Raalte]]

3. GUNNING
De opdracht is gegund aan [[O:Krinkels]] op basis van de beste prijs-kwaliteitverhouding. [[O:Groenbedrijf IJsselland]] eindigde als tweede. De inschrijving van [[O:Salland Groen & Grijs]] voldeed niet aan de eis van het certificaat van [[O:Stichting Groenkeur]].

4. ADVIES
Bij de beoordeling is de gemeente geadviseerd door [[O:PIANOo]] en door het ingenieursbureau [[O:Arcadis Nederland]]. De ecologische toets werd uitgevoerd door [[O:Bureau Waardenburg]]. Het [[O:Waterschap Drents Overijsselse Delta]] beoordeelde het onderhoud van de oevers langs de [[L:IJssel]] en de [[L:Schipbeek]].

5. BEZWAAR
Inschrijvers kunnen binnen twintig dagen een kort geding aanspannen bij de [[O:rechtbank Overijssel]]. Klachten over de procedure kunnen ook worden gemeld bij de [[O:Commissie van Aanbestedingsexperts]].

Contactpersoon: mevrouw drs. [[P:Fleur Hofstede]], inkoopadviseur.

[[L:Deventer]], 28 januari 2027
Namens het college van burgemeester en wethouders,
[[P:R. Blom]], teammanager Inkoop
""")

# ================================================================ processing
# The markup, the checks, the file and the counts are docset.py's, with this
# set's name, its documents' length in words and docset5.py's and
# docset7.py's lists of legal forms (for grouping a company's full and short
# names) and of titles (for the warning when a PERSON starts with one), with
# this set's own.
LEGAL_FORMS = docset7.LEGAL_FORMS + [
    # this set's additions
    "S.Coop.And.", "S.A.S", "SRLS", "C.B.", "S.C.", "KGaA", "B.V.B.A.",
]
TITLE_PREFIXES = docset7.TITLE_PREFIXES + (
    # this set's additions
    "Professor", "District Judge", "Judge ", "Insp", "Det", "PC ",
    "Dr. med.", "KHK", "POK", "Richter", "Mag. ", "dott.ssa", "Dott.ssa",
    "rag.", "mw. ", "dhr ", "mr ", "Me. ", "Ldo ", "Lcda.", "Dña", "Sra ")


def word_count(text):
    """This set's documents are 150 to 450 words long."""
    n = len(text.split())
    return 150 <= n <= 450, f"{n} words"


if __name__ == "__main__":
    docset.main(DOCS, name="docset9", default_out="docs9.jsonl", size_check=word_count,
                legal_forms=LEGAL_FORMS, title_prefixes=TITLE_PREFIXES)
