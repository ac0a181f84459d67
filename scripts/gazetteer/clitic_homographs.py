#!/usr/bin/env python3
"""Lists every word that reads as a clitic before a one-word gazetteer name but is an ordinary
word of its own: بنوك "banks" (not ب + نوك, Nuuk), كحولي "alcoholic" (not ك + حولي), فعالية
"an event" (not ف + عالية).

The matcher reads و ف ب ك ل off a word before looking a name up, so such a word would be
linked to the place. Each one listed here was reviewed by hand, and the outcome is recorded in
data/gazetteer/clitic_homographs.tsv (`word`: an ordinary word, listed under the entity's `not`
in curated.yaml so it is never linked; `name`: the clitic reading stands, or the other reading
is too rare in news to give up the place). A test holds curated.yaml to the review.

How a candidate is found: hunspell (Debian's `hunspell-ar`, not committed) is asked for the
stems of clitic + name; a stem that opens with the clitic's letter and is not part of the name
(كحول in كحولي) means the letter can be the word's own, so the word has another reading.

    python3 scripts/gazetteer/clitic_homographs.py              # every candidate, with its review
    python3 scripts/gazetteer/clitic_homographs.py --unreviewed # only those not yet reviewed
"""

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DATA = ROOT / "data" / "gazetteer"
CLITICS = ["و", "ف", "ب", "ك", "ل"]


def one_word_names():
    """name → [entity id, …]: the merged gazetteer.json's one-word names without the article
    (a clitic before ال is read off the same way, and the article leaves no other reading)."""
    names = {}
    for e in json.loads((DATA / "gazetteer.json").read_text())["entries"]:
        for n in [e["name"], *e.get("aliases", [])]:
            n = n.strip()
            if " " not in n and not n.startswith("ال") and len(n) >= 2:
                names.setdefault(n, []).append(e["id"])
    return names


def stems(words):
    """word → the stems hunspell (ar) gives it."""
    out = subprocess.run(
        ["hunspell", "-d", "ar", "-s"], input="\n".join(words), capture_output=True, text=True, check=True
    ).stdout
    found = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 2:
            found.setdefault(parts[0], set()).add(parts[1])
    return found


def candidates(names):
    """(form, name, other stems) for each clitic + name with another reading."""
    probes = {c + n: n for n in names for c in CLITICS}
    found = stems(sorted(probes))
    out = []
    for form, name in sorted(probes.items()):
        other = sorted(s for s in found.get(form, ()) if s.startswith(form[0]) and s not in name)
        if other:
            out.append((form, name, other))
    return out


def reviewed():
    review = {}
    for line in (DATA / "clitic_homographs.tsv").read_text().splitlines()[1:]:
        if line.strip():
            form, decision, *_ = line.split("\t")
            review[form] = decision
    return review


def main():
    names = one_word_names()
    review = reviewed()
    only_new = "--unreviewed" in sys.argv
    for form, name, other in candidates(names):
        if only_new and form in review:
            continue
        ids = ",".join(names[name])
        print(f"{form}\t{name}\t{ids}\t{' '.join(other)}\t{review.get(form, '?')}")


if __name__ == "__main__":
    main()
