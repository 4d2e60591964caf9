#!/usr/bin/env python3
"""Labelled paragraphs in German, French, Spanish, Italian, Dutch and
English, for the per-language and held-out PII figures.

Two sources of names, companies and places, never mixed in one set:

  * ``--source faker``: Faker's locale lists (de_DE, fr_FR, es_ES, it_IT,
    nl_NL, en_US) and the sentence templates of ``templates_tuning.py``.
    These are the sets the recognizers are tuned on.
  * ``--source mimesis``: mimesis's own person, company, city and country
    lists for the same languages and the templates of
    ``templates_heldout.py``, written separately from the tuning ones. This
    is the held-out check: its names come from another generator and its
    sentences from other templates.

The pattern types (e-mail, phone, IBAN, card, IP, URL, date, money) come
from Faker in both sets: the held-out set is about names, companies and
places, and sharing the pattern values keeps their figures comparable.

Output is the JSONL of ``generate.py`` (character offsets, end exclusive):
    {"id", "style", "locale", "text", "entities": [{"type", "start", "end", "text"}]}

Annotation conventions are those of ``generate.py``: PERSON spans leave
titles out (a surname alone after a title is a PERSON), ORGANIZATION is the
company name as the source gives it (legal form included when it has one),
LOCATION is a city or a country; street lines, postal codes and job titles
are not annotated.

    python3 bench/pii/generate_lang.py --lang de --source faker --n 1000 --seed 7 --out /tmp/de.jsonl
"""

import argparse
import json
import os
import random
import re

from faker import Faker

from generate import Doc  # the English generator's text-and-spans builder
import templates_fifth
import templates_fourth
import templates_fresh
import templates_heldout
import templates_seventh
import templates_sixth
import templates_third
import templates_tuning

FAKER_LOCALES = {"de": "de_DE", "fr": "fr_FR", "es": "es_ES", "it": "it_IT", "nl": "nl_NL", "en": "en_US"}
MONTHS = {
    "en": "January February March April May June July August September October November December",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
}
TITLES = {
    "en": ["Mr", "Mrs", "Ms", "Dr", "Mr.", "Mrs.", "Dr."],
    "de": ["Herr", "Frau", "Herr Dr.", "Frau Dr."],
    "fr": ["M.", "Mme", "Madame", "Monsieur"],
    "es": ["Sr.", "Sra.", "D.", "Dña.", "señor", "señora"],
    "it": ["Sig.", "Sig.ra", "Dott.", "Dott.ssa", "signor", "signora"],
    "nl": ["Dhr.", "Mevr.", "meneer", "mevrouw", "De heer"],
}
# Dutch surnames that start with a particle take a capital after a title
# or alone ("de heer Van den Berg"), not after a given name.
NL_PARTICLE = re.compile(r"^(van|de|den|der|ter|ten|te|op|in|het|'t)\b")


class Patterns:
    """E-mail, phone, IBAN, card, IP, URL, date and money values (Faker)."""

    def __init__(self, lang, r, seed):
        self.lang, self.r = lang, r
        self.f = Faker(FAKER_LOCALES[lang])
        self.f.seed_instance(seed * 17 + 3)

    def email(self, name):
        f = self.f
        if name and self.r.random() < 0.5:
            parts = name.split()
            first, last = parts[0], parts[-1]
            local = self.r.choice([f"{first}.{last}", f"{first[0]}{last}", f"{first}_{last}", f"{last}"])
            local = "".join(c for c in local.lower() if c.isascii() and (c.isalnum() or c in "._"))
            if len(local) >= 3:
                return f"{local}@{f.domain_name()}"
        return f.free_email() if self.r.random() < 0.6 else f.company_email()

    def phone(self):
        return self.f.phone_number()

    def iban(self):
        i = self.f.iban()
        return " ".join(i[k:k + 4] for k in range(0, len(i), 4)) if self.r.random() < 0.5 else i

    def card(self):
        n = self.f.credit_card_number(card_type=self.r.choice(["visa16", "mastercard", "visa16"]))
        return " ".join(n[i:i + 4] for i in range(0, len(n), 4)) if self.r.random() < 0.5 else n

    def ip(self):
        return self.f.ipv4_public() if self.r.random() < 0.6 else self.f.ipv4_private()

    def url(self):
        return self.f.url() if self.r.random() < 0.6 else self.f.domain_name()

    def date(self):
        d = self.f.date_between(start_date="-20y", end_date="+2y")
        m = MONTHS[self.lang].split()[d.month - 1]
        if self.lang == "en":
            opts = [d.isoformat(), f"{m} {d.day}, {d.year}", f"{d.day} {m} {d.year}"]
        elif self.lang == "de":
            opts = [d.strftime("%d.%m.%Y"), f"{d.day}. {m} {d.year}"]
        elif self.lang == "nl":
            opts = [d.strftime("%d-%m-%Y"), f"{d.day} {m} {d.year}"]
        elif self.lang == "es":
            opts = [d.strftime("%d/%m/%Y"), f"{d.day} de {m} de {d.year}"]
        else:
            opts = [d.strftime("%d/%m/%Y"), f"{d.day} {m} {d.year}"]
        return self.r.choice(opts)

    def money(self):
        amount = self.r.randint(20, 90000) + self.r.choice([0, 0.5, 0.99, 0.25])
        if self.lang == "en":
            return self.r.choice([f"${amount:,.2f}", f"USD {amount:,.2f}", f"€{amount:,.2f}"])
        s = f"{amount:,.2f}".replace(",", "X").replace(".", ",").replace("X", ".")
        return self.r.choice([f"{s} €", f"{s} EUR", f"EUR {s}"])


class FakerNames:
    """Tuning source: Faker's locale lists."""

    def __init__(self, lang, r, seed):
        self.lang, self.r = lang, r
        self.f = Faker(FAKER_LOCALES[lang])
        self.f.seed_instance(seed)

    def first(self):
        return self.f.first_name()

    def last(self):
        last = self.f.last_name()
        if self.lang == "es" and self.r.random() < 0.4:
            last = f"{last} {self.f.last_name()}"
        return last

    def org(self):
        return self.f.company()

    def city(self):
        return self.f.city()

    def country(self):
        return self.f.country()

    def street(self):
        return self.f.street_address().replace("\n", ", ")

    def postcode(self):
        return self.f.postcode()

    def job(self):
        return self.f.job().split(",")[0]


class MimesisNames:
    """Held-out source: mimesis's own lists for the language."""

    def __init__(self, lang, r, seed):
        from mimesis import Address, Finance, Person
        from mimesis.locales import Locale

        loc = {"en": Locale.EN, "de": Locale.DE, "fr": Locale.FR, "es": Locale.ES, "it": Locale.IT, "nl": Locale.NL}[lang]
        self.lang, self.r = lang, r
        self.p = Person(loc, seed=seed)
        self.fin = Finance(loc, seed=seed + 1)
        self.a = Address(loc, seed=seed + 2)

    def first(self):
        return self.p.first_name()

    def last(self):
        return self.p.last_name()

    def org(self):
        name = self.fin.company()
        # About a third with the language's legal form, as letters and
        # invoices often write it; the rest bare, as the list gives them.
        if self.r.random() < 0.35 and not re.search(r"\b(Inc|Ltd|AG|GmbH|SA|S\.A\.|N\.V\.|B\.V\.|S\.p\.A\.|SE)\.?$", name):
            name = f"{name} {self.fin.company_type(abbr=True)}"
        return name

    def city(self):
        return self.a.city()

    def country(self):
        return self.a.country()

    def street(self):
        return self.a.address()

    def postcode(self):
        return self.a.postal_code()

    def job(self):
        return self.p.occupation()


PLACEHOLDER = re.compile(r"\{([A-Z_]+)\}")


class Filler:
    def __init__(self, lang, names, pats, r):
        self.lang, self.n, self.p, self.r = lang, names, pats, r

    def fill(self, template):
        d = Doc()
        last_name = None
        pos = 0
        # where a court's name began ({COURT} ... {COURT_END}: one
        # ORGANIZATION, the town inside it no LOCATION of its own)
        court = None
        for m in PLACEHOLDER.finditer(template):
            d.add(template[pos:m.start()])
            pos = m.end()
            key = m.group(1)
            if key == "PERSON":
                first, last = self.n.first(), self.n.last()
                last_name = f"{first} {last}"
                d.ent("PERSON", last_name)
            elif key == "FIRST":
                d.ent("PERSON", self.n.first())
            elif key == "LAST":
                last = self.n.last()
                if self.lang == "nl" and NL_PARTICLE.match(last):
                    last = last[0].upper() + last[1:]
                last_name = last
                d.ent("PERSON", last)
            elif key == "COURT":
                court = (d.length, len(d.entities))
            elif key == "COURT_END":
                start, n = court
                del d.entities[n:]
                d.entities.append({"type": "ORGANIZATION", "start": start, "end": d.length,
                                   "text": d.text()[start:]})
                court = None
            elif key == "TITLE":
                d.add(self.r.choice(TITLES[self.lang]))
            elif key == "ORG":
                d.ent("ORGANIZATION", self.n.org())
            elif key == "CITY":
                d.ent("LOCATION", self.n.city())
            elif key == "COUNTRY":
                d.ent("LOCATION", self.n.country())
            elif key == "STREET":
                d.add(self.n.street())
            elif key == "POSTCODE":
                d.add(self.n.postcode())
            elif key == "JOB":
                d.add(self.n.job())
            elif key == "EMAIL":
                d.ent("EMAIL", self.p.email(last_name))
            elif key in ("PHONE", "IBAN", "CARD", "URL", "DATE", "MONEY"):
                typ = {"CARD": "CREDIT_CARD"}.get(key, key)
                d.ent(typ, getattr(self.p, key.lower())())
            elif key == "IP":
                d.ent("IP_ADDRESS", self.p.ip())
            elif key == "N":
                d.add(str(self.r.randint(2, 999)))
            elif key == "REF":
                d.add(self.r.choice([f"#{self.r.randint(10000, 99999)}", f"{self.r.randint(2019, 2026)}-{self.r.randint(100, 9999):04d}"]))
            else:
                raise KeyError(key)
        d.add(template[pos:])
        return d


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--lang", required=True, choices=sorted(FAKER_LOCALES))
    ap.add_argument("--source", default="faker", choices=["faker", "mimesis"])
    ap.add_argument("--templates", choices=["tuning", "heldout", "fresh", "third", "fourth", "fifth", "sixth", "seventh"],
                    help="templates (default: tuning for faker, heldout for mimesis); fresh: "
                         "templates_fresh.py, a second held-out set; third: templates_third.py, "
                         "a third; fourth: templates_fourth.py, a fourth held-out set; fifth: "
                         "templates_fifth.py, a fifth; sixth: templates_sixth.py, a sixth (read); "
                         "seventh: templates_seventh.py, a seventh (blind); all with mimesis only")
    ap.add_argument("--n", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    r = random.Random(args.seed)
    names = (FakerNames if args.source == "faker" else MimesisNames)(args.lang, r, args.seed)
    kind = args.templates or ("tuning" if args.source == "faker" else "heldout")
    if args.source == "faker" and kind != "tuning":
        ap.error("the held-out templates take mimesis's names (--source mimesis)")
    templates = {"tuning": templates_tuning, "heldout": templates_heldout,
                 "fresh": templates_fresh, "third": templates_third,
                 "fourth": templates_fourth, "fifth": templates_fifth,
                 "sixth": templates_sixth, "seventh": templates_seventh}[kind].TEMPLATES[args.lang]
    filler = Filler(args.lang, names, Patterns(args.lang, r, args.seed), r)
    styles = sorted(templates)
    counts = {}
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    with open(args.out, "w", encoding="utf-8") as out:
        for i in range(args.n):
            style = styles[i % len(styles)]
            d = filler.fill(r.choice(templates[style]))
            text = d.text()
            for e in d.entities:
                assert text[e["start"]:e["end"]] == e["text"], e
                counts[e["type"]] = counts.get(e["type"], 0) + 1
            row = {"id": i, "style": style, "locale": f"{args.lang}/{args.source}", "text": text, "entities": d.entities}
            out.write(json.dumps(row, ensure_ascii=False) + "\n")
    total = sum(counts.values())
    print(f"wrote {args.n} {args.lang}/{args.source} paragraphs, {total} entities to {args.out}: "
          + ", ".join(f"{k} {v}" for k, v in sorted(counts.items())))


if __name__ == "__main__":
    main()
