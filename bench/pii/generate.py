#!/usr/bin/env python3
"""Synthetic PII benchmark data for OpenComplai's analyzer.

Writes JSONL, one paragraph a line:
    {"id", "style", "locale", "text", "entities": [{"type", "start", "end", "text"}]}
start/end are CHARACTER offsets (Python str indices = Unicode scalar values),
end exclusive, for every inserted entity of the types EMAIL, PHONE,
CREDIT_CARD, IBAN, IP_ADDRESS, URL, US_SSN, DATE, MONEY, PERSON,
ORGANIZATION, LOCATION.

Annotation conventions (what a correct analyzer should report):
  * PERSON: given name + surname, or a given name alone in chats and
    greetings, or a surname after a title; titles (Mr, Dr, Frau...) and
    academic suffixes are NOT part of the span.
  * ORGANIZATION: Faker's company name as generated (legal form included).
  * LOCATION: city, country or US state names. Street lines and postal codes
    are not annotated.
  * URL: full URLs and bare domains given as a website.
  * Invalid card numbers (Luhn), invalid IBANs (mod-97) and numbers that only
    look like phone numbers, IPs or cards (order and tracking numbers,
    version strings, firmware builds) are NOT annotated: they are the
    distractors.

Styles: email signature, HR letter, invoice / payment, chat message, support
ticket, CSV-like row, narrative prose; locales en_US, en_GB, de_DE, fr_FR
(German and French paragraphs use German and French templates).

    python3 bench/pii/generate.py --n 3000 --seed 7 --out /tmp/opencomplai-pii/pii.jsonl
"""

import argparse
import json
import os
import random

from faker import Faker

LOCALES = ["en_US", "en_GB", "de_DE", "fr_FR"]
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August",
           "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
}
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Ms.", "Dr.", "Prof."],
    "de": ["Herr", "Frau", "Dr.", "Herr Dr.", "Frau Prof."],
    "fr": ["M.", "Mme", "Madame", "Monsieur", "Dr"],
}


class Doc:
    """Accumulates text and entity spans (character offsets)."""

    def __init__(self):
        self.parts = []
        self.length = 0
        self.entities = []

    def add(self, s):
        self.parts.append(s)
        self.length += len(s)
        return self

    def ent(self, typ, s):
        self.entities.append({"type": typ, "start": self.length, "end": self.length + len(s), "text": s})
        return self.add(s)

    def text(self):
        return "".join(self.parts)


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        Faker.seed(seed)
        self.fakers = {loc: Faker(loc) for loc in LOCALES}
        for i, f in enumerate(self.fakers.values()):
            f.seed_instance(seed * 31 + i)

    # ---------- entity values ----------

    def lang(self, loc):
        return loc[:2]

    def person(self, f):
        return f"{f.first_name()} {f.last_name()}"

    def org(self, f):
        return f.company()

    def city(self, f):
        return f.city()

    def email(self, f, name=None):
        r = self.r.random()
        if name and r < 0.4:
            first, _, last = name.partition(" ")
            local = self.r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{last}{self.r.randint(1, 99)}"])
            local = "".join(c for c in local.lower() if c.isascii() and (c.isalnum() or c in "._"))
            return f"{local}@{f.domain_name()}"
        if r < 0.7:
            return f.free_email()
        return f.company_email()

    def phone(self, f, loc):
        p = f.phone_number()
        if self.r.random() < 0.15 and loc == "en_US" and not p.startswith(("+", "001")):
            p = "+1 " + p.replace("(", "").replace(")", "-").replace(".", "-").split("x")[0]
        return p

    def card(self, f):
        t = self.r.choice(["visa16", "visa16", "mastercard", "mastercard", "amex", "discover", "jcb16", "diners", "visa13"])
        n = f.credit_card_number(card_type=t)
        style = self.r.random()
        if style < 0.45:
            return n
        sep = " " if style < 0.8 else "-"
        if len(n) == 15:
            groups = [n[:4], n[4:10], n[10:]]
        elif len(n) == 14:
            groups = [n[:4], n[4:10], n[10:]]
        else:
            groups = [n[i:i + 4] for i in range(0, len(n), 4)]
        return sep.join(groups)

    def bad_card(self, f):
        n = f.credit_card_number(card_type="visa16")
        last = (int(n[-1]) + self.r.randint(1, 9)) % 10
        n = n[:-1] + str(last)
        return " ".join(n[i:i + 4] for i in range(0, 16, 4))

    def iban(self, f):
        i = f.iban()
        if self.r.random() < 0.5:
            return " ".join(i[k:k + 4] for k in range(0, len(i), 4))
        return i

    def bad_iban(self, f):
        i = f.iban()
        chk = (int(i[2:4]) + self.r.randint(1, 50)) % 97 + 2
        i = i[:2] + f"{chk:02d}" + i[4:]
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4))

    def ip(self, f):
        r = self.r.random()
        if r < 0.45:
            return f.ipv4_public()
        if r < 0.75:
            return f.ipv4_private()
        return f.ipv6()

    def url(self, f):
        r = self.r.random()
        if r < 0.4:
            return f.url()
        if r < 0.8:
            return f.uri()
        return f.domain_name()

    def date(self, f, lang):
        d = f.date_between(start_date="-30y", end_date="+2y")
        r = self.r.random()
        m = MONTHS[lang][d.month - 1]
        if lang == "de":
            opts = [d.strftime("%d.%m.%Y"), f"{d.day}. {m} {d.year}", d.isoformat()]
        elif lang == "fr":
            opts = [d.strftime("%d/%m/%Y"), f"{d.day} {m} {d.year}", d.isoformat()]
        else:
            opts = [d.isoformat(), d.strftime("%m/%d/%Y"), f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}", d.strftime("%d/%m/%Y")]
        return opts[int(r * len(opts))]

    def money(self, lang):
        amount = self.r.choice([self.r.randint(5, 999), self.r.randint(1000, 250000)]) + self.r.choice([0, 0.5, 0.99, self.r.randint(1, 99) / 100])
        if lang in ("de", "fr"):
            s = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
            return self.r.choice([f"{s} €", f"{s} EUR", f"€{s}", f"EUR {s}"])
        s = f"{amount:,.2f}"
        return self.r.choice([f"${s}", f"USD {s}", f"£{s}", f"{s} USD", f"€{s}"])

    def ssn(self):
        return self.fakers["en_US"].ssn()

    # ---------- distractors (never annotated) ----------

    def order_no(self):
        r = self.r.random()
        if r < 0.25:
            return f"#{self.r.randint(10000, 999999)}"
        if r < 0.5:
            return f"INV-{self.r.randint(2015, 2026)}-{self.r.randint(1, 99999):05d}"
        if r < 0.75:
            return f"PO {self.r.randint(4500000000, 4599999999)}"
        return f"A-{self.r.randint(100000, 999999)}"

    def tracking(self):
        if self.r.random() < 0.5:
            return "1Z" + "".join(self.r.choice("0123456789ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(16))
        return "".join(str(self.r.randint(0, 9)) for _ in range(self.r.choice([12, 16, 18, 20, 22])))

    def version(self):
        r = self.r.random()
        if r < 0.3:
            return f"v{self.r.randint(1, 12)}.{self.r.randint(0, 30)}.{self.r.randint(0, 99)}"
        if r < 0.6:
            return f"Chrome {self.r.randint(90, 130)}.0.{self.r.randint(4000, 6999)}.{self.r.randint(10, 250)}"
        if r < 0.8:
            return f"firmware {self.r.randint(1, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 99)}"
        return f"build {self.r.randint(10, 12)}.0.{self.r.randint(10000, 22999)}.{self.r.randint(100, 4000)}"

    def product(self):
        return self.r.choice([
            "Premium Support Plan", "Order Summary", "Quarterly Business Review", "Cloud Storage Pro",
            "Sprint Planning", "Project Phoenix", "Enterprise Edition", "Starter Kit", "Gold Membership",
            "Annual Maintenance", "Data Protection Impact Assessment", "Service Level Agreement",
            "Smart Thermostat X2", "Noise Cancelling Headphones", "Standing Desk Frame", "Travel Adapter",
        ])

    def product_de(self):
        return self.r.choice([
            "Wartungsvertrag Premium", "Jahresabonnement", "Lieferschein", "Kundenservice",
            "Betriebsanleitung", "Datenschutzerklärung", "Rahmenvertrag", "Sicherheitsupdate",
        ])

    def product_fr(self):
        return self.r.choice([
            "Contrat de maintenance", "Abonnement annuel", "Bon de livraison", "Service client",
            "Mise à jour de sécurité", "Conditions générales", "Offre Premium",
        ])

    # ---------- address (street lines unannotated, city annotated) ----------

    def address(self, d, f, loc, sep="\n"):
        if loc == "en_US":
            d.add(f.street_address()).add(sep).ent("LOCATION", f.city()).add(", ").add(f.state_abbr()).add(" ").add(f.zipcode())
        elif loc == "en_GB":
            d.add(f.street_address().replace("\n", sep)).add(sep).ent("LOCATION", f.city()).add(sep).add(f.postcode())
        elif loc == "de_DE":
            d.add(f.street_address()).add(sep).add(f.postcode()).add(" ").ent("LOCATION", f.city())
        else:
            d.add(f.street_address()).add(sep).add(f.postcode()).add(" ").ent("LOCATION", f.city())
        if self.r.random() < 0.3:
            d.add(sep).ent("LOCATION", f.current_country() if hasattr(f, "current_country") else f.country())

    # ---------- styles ----------

    def email_signature(self, loc):
        f = self.fakers[loc]
        lang = self.lang(loc)
        d = Doc()
        name = self.person(f)
        opening = {"en": ["Best regards,", "Kind regards,", "Thanks,", "Cheers,", "Sincerely,"],
                   "de": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
                   "fr": ["Cordialement,", "Bien à vous,", "Salutations distinguées,"]}[lang]
        body = {"en": ["Please find the signed documents attached.", "Let me know if the new dates work for you.",
                       "I will be out of office until Monday.", "See the Order Summary below."],
                "de": ["Anbei die unterschriebenen Unterlagen.", "Bitte melden Sie sich bei Rückfragen.",
                       "Ich bin bis Montag nicht im Büro."],
                "fr": ["Vous trouverez ci-joint les documents signés.", "N'hésitez pas à me contacter.",
                       "Je suis absent jusqu'à lundi."]}[lang]
        d.add(self.r.choice(body)).add("\n\n").add(self.r.choice(opening)).add("\n")
        d.ent("PERSON", name).add("\n")
        d.add(f.job().split(",")[0]).add(", ").ent("ORGANIZATION", self.org(f)).add("\n")
        label_tel = {"en": "Tel", "de": "Tel.", "fr": "Tél."}[lang]
        d.add(f"{label_tel}: ").ent("PHONE", self.phone(f, loc))
        if self.r.random() < 0.5:
            d.add(" | Mobile: " if lang == "en" else " | Mobil: " if lang == "de" else " | Portable : ").ent("PHONE", self.phone(f, loc))
        d.add("\n")
        d.add("Email: " if self.r.random() < 0.5 else "").ent("EMAIL", self.email(f, name)).add("\n")
        if self.r.random() < 0.7:
            self.address(d, f, loc)
            d.add("\n")
        if self.r.random() < 0.6:
            d.add("Web: ").ent("URL", self.url(f)).add("\n")
        if self.r.random() < 0.3:
            d.add("Ref. ").add(self.order_no())
        return d

    def hr_letter(self, loc):
        f = self.fakers[loc]
        lang = self.lang(loc)
        d = Doc()
        first, last = f.first_name(), f.last_name()
        company = self.org(f)
        if lang == "en":
            d.add("Dear ").add(self.r.choice(TITLES["en"])).add(" ").ent("PERSON", last).add(",\n\n")
            d.add("We are pleased to confirm that ").ent("PERSON", f"{first} {last}").add(" will join ")
            d.ent("ORGANIZATION", company).add(" as ").add(f.job().lower()).add(" on ").ent("DATE", self.date(f, lang)).add(". ")
            d.add("The position is based in our office in ").ent("LOCATION", self.city(f)).add(". ")
            d.add("Your annual salary of ").ent("MONEY", self.money(lang)).add(" will be paid monthly to the account ")
            d.ent("IBAN", self.iban(f)).add(". ")
            if loc == "en_US" and self.r.random() < 0.7:
                d.add("For payroll we have recorded your SSN as ").ent("US_SSN", self.ssn()).add(". ")
            if self.r.random() < 0.4:
                d.add("Your manager, ").ent("PERSON", self.person(f)).add(", will contact you at ").ent("EMAIL", self.email(f)).add(". ")
            if self.r.random() < 0.3:
                d.add("Please note that the ").add(self.product()).add(" applies from day one. ")
            d.add("Questions? Call HR on ").ent("PHONE", self.phone(f, loc)).add(".\n\nSincerely,\n").ent("PERSON", self.person(f))
        elif lang == "de":
            d.add("Sehr geehrte").add("r " if self.r.random() < 0.5 else " ").add(self.r.choice(["Herr", "Frau"])).add(" ").ent("PERSON", last).add(",\n\n")
            d.add("hiermit bestätigen wir, dass ").ent("PERSON", f"{first} {last}").add(" zum ").ent("DATE", self.date(f, lang))
            d.add(" bei der ").ent("ORGANIZATION", company).add(" als ").add(f.job()).add(" beginnt. ")
            d.add("Dienstort ist ").ent("LOCATION", self.city(f)).add(". Das Jahresgehalt von ").ent("MONEY", self.money(lang))
            d.add(" wird auf das Konto ").ent("IBAN", self.iban(f)).add(" überwiesen. ")
            if self.r.random() < 0.4:
                d.add("Ihre Ansprechpartnerin ist ").ent("PERSON", self.person(f)).add(" (").ent("EMAIL", self.email(f)).add("). ")
            d.add("Bei Fragen erreichen Sie die Personalabteilung unter ").ent("PHONE", self.phone(f, loc)).add(".\n\nMit freundlichen Grüßen\n").ent("PERSON", self.person(f))
        else:
            d.add(self.r.choice(["Madame", "Monsieur"])).add(" ").ent("PERSON", last).add(",\n\n")
            d.add("Nous avons le plaisir de confirmer que ").ent("PERSON", f"{first} {last}").add(" rejoindra ")
            d.ent("ORGANIZATION", company).add(" le ").ent("DATE", self.date(f, lang)).add(" en tant que ").add(f.job()).add(". ")
            d.add("Le poste est basé à ").ent("LOCATION", self.city(f)).add(". Le salaire annuel de ").ent("MONEY", self.money(lang))
            d.add(" sera versé sur le compte ").ent("IBAN", self.iban(f)).add(". ")
            d.add("Pour toute question, appelez le ").ent("PHONE", self.phone(f, loc)).add(".\n\nCordialement,\n").ent("PERSON", self.person(f))
        return d

    def invoice(self, loc):
        f = self.fakers[loc]
        lang = self.lang(loc)
        d = Doc()
        vendor = self.org(f)
        if lang == "en":
            d.add("Invoice ").add(self.order_no()).add(" from ").ent("ORGANIZATION", vendor).add(", ").ent("LOCATION", self.city(f)).add("\n")
            d.add("Date: ").ent("DATE", self.date(f, lang)).add("   Due: ").ent("DATE", self.date(f, lang)).add("\n")
            d.add("Bill to: ").ent("PERSON", self.person(f)).add("\n")
            d.add(f"{self.r.randint(1, 12)} x {self.product()} .... ").ent("MONEY", self.money(lang)).add("\n")
            d.add("Total due: ").ent("MONEY", self.money(lang)).add("\n")
            r = self.r.random()
            if r < 0.5:
                d.add("Paid by card ").ent("CREDIT_CARD", self.card(f)).add(f", exp {self.r.randint(1, 12):02d}/{self.r.randint(25, 31)}.\n")
            else:
                d.add("Please transfer to IBAN ").ent("IBAN", self.iban(f)).add(" (BIC ").add(f.swift()).add(").\n")
            if self.r.random() < 0.4:
                d.add("Tracking number: ").add(self.tracking()).add("\n")
            if self.r.random() < 0.3:
                d.add("Note: the card ").add(self.bad_card(f)).add(" on file was rejected as invalid.\n")
            if self.r.random() < 0.2:
                d.add("Old account ").add(self.bad_iban(f)).add(" is closed.\n")
            d.add("Questions: ").ent("EMAIL", f.company_email()).add(" or ").ent("PHONE", self.phone(f, loc))
        elif lang == "de":
            d.add("Rechnung ").add(self.order_no()).add(" der ").ent("ORGANIZATION", vendor).add(", ").ent("LOCATION", self.city(f)).add("\n")
            d.add("Rechnungsdatum: ").ent("DATE", self.date(f, lang)).add("\n")
            d.add("Kunde: ").ent("PERSON", self.person(f)).add("\n")
            d.add(f"{self.r.randint(1, 12)} x {self.product_de()} ").ent("MONEY", self.money(lang)).add("\n")
            d.add("Gesamtbetrag: ").ent("MONEY", self.money(lang)).add("\n")
            d.add("Bitte überweisen Sie den Betrag auf IBAN ").ent("IBAN", self.iban(f)).add(".\n")
            if self.r.random() < 0.35:
                d.add("Bezahlt mit Kreditkarte ").ent("CREDIT_CARD", self.card(f)).add(".\n")
            if self.r.random() < 0.3:
                d.add("Sendungsnummer: ").add(self.tracking()).add("\n")
            d.add("Fragen? ").ent("EMAIL", f.company_email()).add(", Tel. ").ent("PHONE", self.phone(f, loc))
        else:
            d.add("Facture ").add(self.order_no()).add(" de ").ent("ORGANIZATION", vendor).add(", ").ent("LOCATION", self.city(f)).add("\n")
            d.add("Date : ").ent("DATE", self.date(f, lang)).add("\n")
            d.add("Client : ").ent("PERSON", self.person(f)).add("\n")
            d.add(f"{self.r.randint(1, 12)} x {self.product_fr()} ").ent("MONEY", self.money(lang)).add("\n")
            d.add("Montant total : ").ent("MONEY", self.money(lang)).add("\n")
            d.add("Virement sur l'IBAN ").ent("IBAN", self.iban(f)).add(".\n")
            if self.r.random() < 0.35:
                d.add("Payé par carte ").ent("CREDIT_CARD", self.card(f)).add(".\n")
            d.add("Contact : ").ent("EMAIL", f.company_email()).add(" / ").ent("PHONE", self.phone(f, loc))
        return d

    def chat(self, loc):
        f = self.fakers[loc]
        lang = self.lang(loc)
        d = Doc()
        first = f.first_name()
        if lang == "en":
            d.add(self.r.choice(["hey ", "Hi ", "Hello ", "yo "])).ent("PERSON", first).add(self.r.choice([", ", "! ", " - "]))
            r = self.r.random()
            if r < 0.35:
                d.add("can you call me at ").ent("PHONE", self.phone(f, loc)).add(" when you're free? ")
            elif r < 0.7:
                d.add("just sent it to ").ent("EMAIL", self.email(f)).add(" lol. ")
            else:
                d.add("the server at ").ent("IP_ADDRESS", self.ip(f)).add(" is down again, ").add(self.version()).add(" broke it. ")
            if self.r.random() < 0.5:
                d.add("meeting with ").ent("PERSON", self.person(f)).add(" in ").ent("LOCATION", self.city(f)).add(" on ").ent("DATE", self.date(f, lang)).add(" still on? ")
            if self.r.random() < 0.3:
                d.add("btw my card number is ").ent("CREDIT_CARD", self.card(f)).add(" for the booking ")
            if self.r.random() < 0.3:
                d.add("check ").ent("URL", self.url(f)).add(" ")
            d.add(self.r.choice([":)", "thx", "cheers", "ttyl", ""]))
        elif lang == "de":
            d.add(self.r.choice(["Hallo ", "Hi ", "Hey "])).ent("PERSON", first).add(", ")
            r = self.r.random()
            if r < 0.5:
                d.add("ruf mich bitte unter ").ent("PHONE", self.phone(f, loc)).add(" an. ")
            else:
                d.add("hab dir die Datei an ").ent("EMAIL", self.email(f)).add(" geschickt. ")
            if self.r.random() < 0.5:
                d.add("Treffen mit ").ent("PERSON", self.person(f)).add(" in ").ent("LOCATION", self.city(f)).add(" am ").ent("DATE", self.date(f, lang)).add("? ")
            d.add(self.r.choice(["Danke!", "LG", "Bis dann", ""]))
        else:
            d.add(self.r.choice(["Salut ", "Bonjour ", "Coucou "])).ent("PERSON", first).add(", ")
            r = self.r.random()
            if r < 0.5:
                d.add("appelle-moi au ").ent("PHONE", self.phone(f, loc)).add(" stp. ")
            else:
                d.add("je t'ai envoyé le fichier à ").ent("EMAIL", self.email(f)).add(". ")
            if self.r.random() < 0.5:
                d.add("Rendez-vous avec ").ent("PERSON", self.person(f)).add(" à ").ent("LOCATION", self.city(f)).add(" le ").ent("DATE", self.date(f, lang)).add(" ? ")
            d.add(self.r.choice(["Merci !", "Bises", "À plus", ""]))
        return d

    def ticket(self, loc):
        f = self.fakers[loc]
        lang = self.lang(loc)
        d = Doc()
        name = self.person(f)
        d.add(f"Ticket #{self.r.randint(10000, 99999)} | Priority: {self.r.choice(['High', 'Low', 'Normal'])}\n")
        d.add("Customer: ").ent("PERSON", name).add(" <").ent("EMAIL", self.email(f, name)).add(">\n")
        if self.r.random() < 0.6:
            d.add("Company: ").ent("ORGANIZATION", self.org(f)).add("\n")
        d.add("Login from IP ").ent("IP_ADDRESS", self.ip(f)).add(" using ").add(self.version()).add("\n")
        r = self.r.random()
        if r < 0.4:
            d.add("Issue: card ").ent("CREDIT_CARD", self.card(f)).add(" was declined at checkout for ").ent("MONEY", self.money(lang)).add(". ")
        elif r < 0.7:
            d.add("Issue: cannot update the bank account ").ent("IBAN", self.iban(f)).add(" in the ").add(self.product()).add(". ")
        else:
            d.add("Issue: customer asks to delete all data held about them after moving to ").ent("LOCATION", self.city(f)).add(". ")
        if self.r.random() < 0.4:
            d.add("Order ").add(self.order_no()).add(f" placed {self.r.randint(2, 30)} days ago. ")
        if self.r.random() < 0.3:
            d.add("Device firmware ").add(f"{self.r.randint(1, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}.{self.r.randint(0, 9)}").add(" reported. ")
        if self.r.random() < 0.4:
            d.add("Callback requested on ").ent("PHONE", self.phone(f, loc)).add(". ")
        d.add("Assigned to ").ent("PERSON", self.person(f)).add(".")
        return d

    def csv_row(self, loc):
        f = self.fakers[loc]
        lang = self.lang(loc)
        d = Doc()
        name = self.person(f)
        d.add(f"{self.r.randint(1000, 99999)},")
        d.ent("PERSON", name).add(",")
        d.ent("EMAIL", self.email(f, name)).add(",")
        d.ent("PHONE", self.phone(f, loc)).add(",")
        d.ent("LOCATION", self.city(f)).add(",")
        d.ent("LOCATION", f.country()).add(",")
        if self.r.random() < 0.5:
            d.ent("IBAN", self.iban(f).replace(" ", "")).add(",")
        else:
            d.ent("CREDIT_CARD", self.card(f).replace(" ", "").replace("-", "")).add(",")
        d.ent("DATE", self.date(f, lang)).add(",")
        if loc == "en_US" and self.r.random() < 0.5:
            d.ent("US_SSN", self.ssn()).add(",")
        d.add(f"{self.r.choice(['active', 'inactive', 'pending'])},{self.r.randint(1, 500)}")
        return d

    def narrative(self, loc):
        f = self.fakers[loc]
        lang = self.lang(loc)
        d = Doc()
        if lang == "en":
            d.add(self.r.choice(["On ", "Last week, on "])).ent("DATE", self.date(f, lang)).add(", ")
            d.ent("PERSON", self.person(f)).add(" from ").ent("ORGANIZATION", self.org(f)).add(" presented the ").add(self.product())
            d.add(" to the board in ").ent("LOCATION", self.city(f)).add(". ")
            d.add(self.r.choice(["The Quarterly Business Review showed strong growth. ", "Revenue reached ", "Costs rose to "]))
            if d.parts[-1].endswith(" to ") or d.parts[-1].endswith("reached "):
                d.ent("MONEY", self.money(lang)).add(". ")
            d.add("According to ").ent("PERSON", self.person(f)).add(", the team in ").ent("LOCATION", f.country())
            d.add(" will ship ").add(self.version()).add(" next month. ")
            if self.r.random() < 0.5:
                d.add("Customers can read more at ").ent("URL", self.url(f)).add(". ")
            if self.r.random() < 0.4:
                d.add("Press contact: ").ent("PERSON", self.person(f)).add(", ").ent("PHONE", self.phone(f, loc)).add(".")
        elif lang == "de":
            d.add("Am ").ent("DATE", self.date(f, lang)).add(" stellte ").ent("PERSON", self.person(f)).add(" von der ").ent("ORGANIZATION", self.org(f))
            d.add(" den ").add(self.product_de()).add(" in ").ent("LOCATION", self.city(f)).add(" vor. ")
            d.add("Laut ").ent("PERSON", self.person(f)).add(" wird das Team in ").ent("LOCATION", f.country()).add(" die Version ").add(self.version()).add(" ausliefern. ")
            if self.r.random() < 0.5:
                d.add("Mehr unter ").ent("URL", self.url(f)).add(".")
        else:
            d.add("Le ").ent("DATE", self.date(f, lang)).add(", ").ent("PERSON", self.person(f)).add(" de ").ent("ORGANIZATION", self.org(f))
            d.add(" a présenté le ").add(self.product_fr()).add(" à ").ent("LOCATION", self.city(f)).add(". ")
            d.add("Selon ").ent("PERSON", self.person(f)).add(", l'équipe en ").ent("LOCATION", f.country()).add(" livrera la ").add(self.version()).add(". ")
            if self.r.random() < 0.5:
                d.add("Plus d'informations sur ").ent("URL", self.url(f)).add(".")
        return d


STYLES = ["email_signature", "hr_letter", "invoice", "chat", "ticket", "csv_row", "narrative"]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--n", type=int, default=3000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", default="/tmp/opencomplai-pii/pii.jsonl")
    args = ap.parse_args()
    g = Gen(args.seed)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    counts = {}
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.n):
            style = STYLES[i % len(STYLES)]
            loc = g.r.choice(LOCALES)
            d = getattr(g, style)(loc)
            text = d.text()
            for e in d.entities:
                assert text[e["start"]:e["end"]] == e["text"], e
                counts[e["type"]] = counts.get(e["type"], 0) + 1
            out.write(json.dumps({"id": i, "style": style, "locale": loc, "text": text, "entities": d.entities}, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    print(f"wrote {args.n} paragraphs, {total} entities to {args.out}: " + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
