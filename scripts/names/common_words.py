#!/usr/bin/env python3
"""Writes data/names/common_in_ya.txt from the PyPI package wordfreq (docs/names.md).

A common given name and an adjective of relation with the article (ماجد الحاجبي، أحمد
الشيباني) read as a person's name even with no title or verb to announce it, unless that
adjective is an ordinary word news writes on its own as often as a family name is rare:
«أمل الوطني» is a hope that is national, «نصر العسكري» a military victory. How common a
word is cannot be read off one small site (a newsroom's first article has not yet written
وطني bare), so it comes from wordfreq's Arabic frequencies (Wikipedia, subtitles, news,
web text and more: see wordfreq's README).

The list holds every Arabic word of at least three letters, without the article, ending in ي,
whose Zipf frequency in wordfreq is at least 3.5 (about once in 300,000 words): وطني 4.61,
عسكري 4.71, إقليمي 3.66 are in it; family names written bare are rarer (تميمي 2.61، شيباني
2.49، حاجبي 2.35, so التميمي، الشيباني، الحاجبي read as names). A few family names are also
ordinary words (حربي «of war», عمري «my age») and lose that reading where no cue announces
them; a title or a verb of saying still finds them.

wordfreq is downloaded once by hand and never needed by a build:

    pip download wordfreq==3.1.1 --no-deps -d /tmp/wf    # and its dependencies, in a venv:
    python3 -m venv /tmp/wfv && /tmp/wfv/bin/pip install wordfreq==3.1.1
    /tmp/wfv/bin/python scripts/names/common_words.py
"""
import re
from pathlib import Path

from importlib.metadata import version

from wordfreq import top_n_list, zipf_frequency

ROOT = Path(__file__).resolve().parents[2]
OUT = ROOT / "data" / "names" / "common_in_ya.txt"
MIN_ZIPF = 3.5
ARABIC_WORD = re.compile(r"^[\u0621-\u064A]+$")


def main():
    words = sorted(
        {
            w
            for w in top_n_list("ar", 200_000)
            if ARABIC_WORD.match(w)
            and w.endswith("ي")
            and not w.startswith("ال")
            and len(w) >= 3
            and zipf_frequency(w, "ar") >= MIN_ZIPF
        }
    )
    header = [
        "# Arabic words in ي of three letters or more, without the article, whose Zipf frequency is",
        f"# at least {MIN_ZIPF} in wordfreq {version('wordfreq')} (data CC BY-SA 4.0:",
        "# LICENSE-WORDFREQ.txt). Written by scripts/names/common_words.py; do not edit by hand.",
        "# With the article, such a word after a common given name is an ordinary adjective",
        "# (أمل الوطني), not a family name, unless a cue announces a person.",
    ]
    OUT.write_text("\n".join(header + words) + "\n")
    print(f"{len(words)} words → {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
