#!/usr/bin/env python3
"""Lists every one-word gazetteer name that is also a word of an Arabic spelling dictionary.

Such a name may be an ordinary word too (صور "pictures", جدة "grandmother"): each one listed
here was reviewed by hand, and the outcome is recorded in data/gazetteer/homographs.tsv
(`ambiguous`: linked only with evidence; `name`: the word is the place, keep it plain). The
dictionaries are Debian's (`apt-get install hunspell-ar aspell-ar`); they are not committed.

    python3 scripts/gazetteer/homographs.py            # every dictionary word, with its review
    python3 scripts/gazetteer/homographs.py --unreviewed   # only those not yet reviewed

A word counts as a dictionary word when hunspell (ar) or aspell (ar) accepts it, with its
article ال removed (الخليل → خليل) and as written.
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "gazetteer"


def merged_names():
    """name → [entity id, …] in the merged gazetteer.json (CLDR, GeoNames and curated.yaml; run
    `SAHIFA_WRITE_GAZETTEER=1 cargo test --lib load::gazetteer` first), and the ambiguous names."""
    names, ambiguous = {}, set()
    for e in json.loads((DATA / "gazetteer.json").read_text())["entries"]:
        for n in [e["name"], *e.get("aliases", [])]:
            names.setdefault(n, []).append(e["id"])
        ambiguous.update(e.get("ambiguous", []))
    return names, ambiguous


def strip_article(word):
    return word[2:] if word.startswith("ال") and len(word) > 4 else word


def accepted(words, command):
    """The words the spell checker accepts (it prints the ones it rejects)."""
    out = subprocess.run(command, input="\n".join(words), capture_output=True, text=True, check=True)
    rejected = set(out.stdout.split())
    return {w for w in words if w not in rejected}


def main():
    names, ambiguous = merged_names()
    single = sorted(n for n in names if " " not in n.strip())
    probes = sorted({strip_article(n) for n in single} | set(single))
    hun = accepted(probes, ["hunspell", "-d", "ar", "-l"])
    asp = accepted(probes, ["aspell", "-l", "ar", "list"])
    reviewed = {}
    review_file = DATA / "homographs.tsv"
    for line in review_file.read_text().splitlines()[1:]:
        if line.strip():
            name, decision, *_ = line.split("\t")
            reviewed[name] = decision
    only_new = "--unreviewed" in sys.argv
    for name in single:
        forms = {name, strip_article(name)}
        by = [d for d, s in (("hunspell", hun), ("aspell", asp)) if forms & s]
        if not by or (only_new and name in reviewed):
            continue
        state = "ambiguous" if name in ambiguous else "plain"
        print(f"{name}\t{','.join(names[name])}\t{'+'.join(by)}\t{state}\t{reviewed.get(name, '?')}")


if __name__ == "__main__":
    main()
