#!/usr/bin/env python3
"""Writes data/names/given.txt and data/names/family.txt from the PyPI package egy-names (docs/names.md).

The source is egy-names 0.3.6 (MIT): 44,626 name lemmas counted in the full names of
3,792,451 Egyptian students (cohorts 2017-2024, 13,197,672 name tokens), each with its role
(given name, family name, kunya, tribe), gender and share of all name tokens. The package is
downloaded once by hand and never needed by a build:

    pip download egy-names==0.3.6 --no-deps -d /tmp/en
    python3 scripts/names/egy_names.py /tmp/en/egy_names-0.3.6-py3-none-any.whl

Which names (precision first: a given name is evidence that a word opens a person's name):
- given names of one word of Arabic letters, without the article, shared by at least 0.003 %
  of the name tokens (about 400 people in the source): class 1 from 0.1 %, class 2 from
  0.01 %, class 3 from 0.003 % (added in the forty-third session, its ordinary words
  reviewed one by one into ORDINARY); family names of one or two words from 0.003 % (class 1 from 0.03 %);
- names the source writes joined that news writes apart (منةالله، نورالدين، أبوبكر) are left
  out, but for the compounds of عبد (عبدالله، عبدالرحمن), which news writes both ways;
- ORDINARY below lists the given names news uses far more often as ordinary words (سيد، ملك،
  عيد، جمعة، إسلام، هنا، فائز، مجاهد), reviewed by hand: a dictionary cannot say it, since
  Debian's hunspell and aspell Arabic dictionaries accept محمد، أحمد and خالد too;
- the hand-typed given names of the former list (s9) are kept where the source lacks them at
  class 2 (names of the Levant, the Gulf and the Maghreb rarer in Egypt: جاسم، غسان، بلقاسم),
  marked class h. They are read back from the current given.txt, so the script can be re-run.
"""
import gzip
import json
import re
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
GIVEN = ROOT / "data" / "names" / "given.txt"
FAMILY = ROOT / "data" / "names" / "family.txt"
ORDINARY_GIVEN = ROOT / "data" / "names" / "ordinary_given.txt"
LICENSE = ROOT / "data" / "names" / "LICENSE-EGY-NAMES.txt"

GIVEN_CLASSES = [("1", 0.1), ("2", 0.01), ("3", 0.003)]
FAMILY_CLASSES = [("1", 0.03), ("2", 0.003)]
ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")

# Given names news uses far more often as ordinary words (reviewed by hand, s11).
ORDINARY_ORDER = ("""
سيد ملك شهد عطية حبيبة ندى شعبان رجب عيد عوض جمعة آية جنى بسملة حنين أسماء رحمة منة سلامة
هاجر إسراء آلاء ربيع إسلام رزق سما هنا جاد شروق حافظ إمام خلف خميس فرح محروس مبروك قطب غريب
صادق جنة هلال صديق دنيا منار دعاء ثابت عطا بخيت عرفة كرم خضر حبيب عبيد نادي شمس جبر سلام
محفوظ خطاب ذكي شفيق عمارة صقر تقى ضحى ولاء فرحة مسلم جهاد فضل غالي ناجح شرف شهاب ملاك نجاح
سرور عودة بدري ضياء بشرى نجم عزة سند صباح خاطر عربي تمام خلاف صبرة معروف ماضي مطر حكيم عقل
حربي وعد نعمة أحلام نغم صبح ضيف جيد محي نصير سعودي مفتاح نبوي وسام نسمة علا عابد هناء أمينة
بهاء يس محمدين قنديل بركات فتوح راضي وحيد شحات مكرم فائز منتصر ميلاد مجاهد عارف غانم مي
""" + """
صيام سماء جندي عائد جوهر نزيه قمر عبادة خير محب إبرام تركي عز سهام تغريد راتب نظير مدني لقاء
سجدة فتح بشارة وردة مشرف متى شكر زهرة همس رسمي معتمد همسة عهد أديب عرفان نجاة نمر لطيف ذكرى
مظهر جميلة تيسير حمام مقبل مقار هدية رجاء محارب أصالة نبيلة تبارك إيثار فائزة باهر معبد مدين
محسوب صافي غالب ربيعي مرزق مساعد بركة تسبيح مفيد سهر حارس تقوى زاخر ممتاز فانوس حياة صوفي بحر
لينة زهري إحسان عجيب زارع مشهور ليالي سباعي توكل سباق عسل وافي ليلة مخلص ميسرة نداء عايش بدور
والي
شديد متري بليغ وفا يني نافع بديع بهيج عزيزة وصفي مكي فرحان حسيب هيا سيدهم براء صابرين دهب جادو
زمزم رمسيس شيبة صفا ساهر ثريا مرجان ياقوت ريحان أبرار رحيم راجح طائع مصلح مفرح حور باهي هانم
جورجي مرقص يونان ساويرس عبده فياض عنان قابيل هويدي غزال
""").split()  # class 3 (s43): reviewed the same way, then by a review helper's sentences
ORDINARY = set(ORDINARY_ORDER)


def normalise(word):
    word = re.sub("[\u064B-\u065F\u0670\u0640]", "", word)
    return word.translate(str.maketrans({"أ": "ا", "إ": "ا", "آ": "ا", "ٱ": "ا", "ى": "ي", "ة": "ه"}))


def read_source(wheel):
    with zipfile.ZipFile(wheel) as z:
        data = json.loads(gzip.decompress(z.read("egy_names/data/names.json.gz")))
        licence = next(n for n in z.namelist() if n.endswith("licenses/LICENSE"))
        return data, z.read(licence).decode()


def shares(names, role):
    """Share of name tokens (in %) of each normalised form with that role, and its commonest spelling."""
    total, spelling = {}, {}
    for n in names:
        if n["l"] != role:
            continue
        key = normalise(n["a"])
        total[key] = total.get(key, 0.0) + n.get("tp", 0.0)
        best = spelling.get(key)
        if best is None or n.get("tp", 0.0) > best[1]:
            spelling[key] = (n["a"], n.get("tp", 0.0))
    return {k: (spelling[k][0], v) for k, v in total.items()}


def classify(share, classes):
    return next((c for c, floor in classes if share >= floor), None)


def joined_compound(key):
    """A compound the source writes joined that news writes apart (نورالدين، منةالله، أبوبكر)."""
    if key.startswith("عبد"):
        return False
    return key.startswith("ابو") or re.search(".(الله|الدين|الرب|العابدين|الكريم)$", key) is not None


def hand_names():
    """The hand-typed names: every name of the s9 list (no classes), or the class h of this one."""
    if not GIVEN.exists():
        return []
    names, section = [], None
    for line in GIVEN.read_text().splitlines():
        line = line.strip()
        if line.startswith("#class "):
            section = line.split()[1].rstrip(":")
        elif line and not line.startswith("#") and section in (None, "h"):
            names.append(line)
    return names


def given_list(names, hand, family):
    """The given names by class. A class-3 name the source also has as a family name (سنوسي،
    شاذلي، مغاوري) is left out: written with the article after a name it ends that name, and
    read as a given name it would open the next one."""
    ordinary = {normalise(w) for w in ORDINARY}
    surnames = set(family) | {k[2:] for k in family if k.startswith("ال")}
    picked = {}
    for key, (spelling, share) in shares(names, "g").items():
        c = classify(share, GIVEN_CLASSES)
        if (
            c
            and ARABIC_WORD.match(spelling)
            and not key.startswith("ال")
            and not joined_compound(key)
            and key not in ordinary
            and not (c == "3" and key in surnames)
        ):
            picked[key] = (spelling, c, share)
    kept = [h for h in hand if normalise(h) not in picked]
    return picked, kept


def family_list(names):
    picked = {}
    for key, (spelling, share) in shares(names, "f").items():
        c = classify(share, FAMILY_CLASSES)
        words = spelling.split()
        if c and 1 <= len(words) <= 2 and all(ARABIC_WORD.match(w) for w in words):
            picked[key] = (spelling, c, share)
    return picked


def write_classed(path, header, rows, extra=()):
    lines = [f"# {l}" for l in header]
    for c, label in (("1", "the most common"), ("2", "common"), ("3", "less common")):
        part = sorted((s for s, cl, _ in rows.values() if cl == c), key=normalise)
        if not part:
            continue
        lines.append(f"#class {c}: {label}, {len(part)} names")
        lines.extend(part)
    for c, label, names in extra:
        lines.append(f"#class {c}: {label}, {len(names)} names")
        lines.extend(sorted(names, key=normalise))
    path.write_text("\n".join(lines) + "\n")


def write_ordinary_given():
    """ORDINARY as data: read after a title, where a family name follows (docs/names.md)."""
    header = [
        'Given names that news writes far more often as ordinary words (عيد "feast", جمعة "Friday",',
        'عطية "gift", خلف "behind"): the ORDINARY set of scripts/names/egy_names.py, reviewed by hand',
        "(s11, s43) and left out of given.txt for that reason; written by that script, do not edit",
        "by hand. Read only where a title has announced a person and a family name follows",
        "(المهندس عيد العتيبي، الوزير أحمد عيد): there the word is a name whatever else the site",
        "writes it as. Never evidence on its own.",
    ]
    ordered = list(dict.fromkeys(ORDINARY_ORDER))
    ORDINARY_GIVEN.write_text("\n".join([f"# {l}" for l in header] + ordered) + "\n")


def main():
    if len(sys.argv) != 2:
        sys.exit(__doc__)
    data, licence = read_source(sys.argv[1])
    names = data["names"]
    family = family_list(names)
    given, kept = given_list(names, hand_names(), family)
    header = [
        "Common given names, one per line as news writes them (normalised when read: أ/إ/آ → ا,",
        "ى → ي, ة → ه). Written by scripts/names/egy_names.py from egy-names 0.3.6 (MIT,",
        "LICENSE-EGY-NAMES.txt): the given names of 3.8 million Egyptian students' full names.",
        "Class 1: at least 0.1 % of the source's name tokens; class 2: at least 0.01 %; class 3: at",
        "least 0.003 % (rarer names: فاتن، حيدر، طلال); class h:",
        "typed by hand (s9), kept because the source lacks them at class 3 (rarer in Egypt than in",
        "the Levant, the Gulf or the Maghreb). Names news uses far more often as ordinary words",
        "(سيد، ملك، عيد) are left out (the script's ORDINARY). Evidence that a word opens a",
        "person's name where a cue announces one (docs/linking.md), never a reason to link a word",
        "on its own. Do not edit classes 1 and 2 by hand: re-run the script; add a name under h.",
    ]
    write_classed(GIVEN, header, given, [("h", "typed by hand, not in the source at classes 1-3", kept)])
    write_classed(
        FAMILY,
        [
            "Common family names (Egypt), one per line. Written by scripts/names/egy_names.py from",
            "egy-names 0.3.6 (MIT, LICENSE-EGY-NAMES.txt). Class 1: at least 0.03 % of the source's",
            "name tokens; class 2: at least 0.003 %.",
        ],
        family,
    )
    write_ordinary_given()
    LICENSE.write_text(
        "data/names/given.txt and data/names/family.txt are derived from egy-names 0.3.6\n"
        "(PyPI: egy-names), under the licence below.\n\n" + licence
    )
    print(f"given: {len(given)} from the source, {len(kept)} kept by hand; family: {len(family)}")


if __name__ == "__main__":
    main()
