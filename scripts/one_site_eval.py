#!/usr/bin/env python3
"""Scores evaluation sets built as ONE site, and lists what the larger site loses.

A newsroom's archive is thousands of articles, an evaluation set twelve. What the site's other
articles write changes what discovery reads in each one (its vocabulary, the names it found
elsewhere), so a set scored alone can overstate what an archive gets (docs/quality.md,
session 46). This builds the sets together (files renamed SSNN.md, gold rows likewise),
scores the whole with score_eval.py, and lists every gold mention found when its set is built
alone but missed in the one site. With --culprits it bisects, for each such mention, the
single other article whose presence takes it away (when one does).

Usage: scripts/one_site_eval.py BIN SETS_ROOT N [N ...] [--culprits]
       (SETS_ROOT/setN/{articles,gold.tsv}, as docs/eval-sets/README.md rebuilds them)
"""
import json
import re
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

SCORE = Path(__file__).with_name("score_eval.py")


def merge(root, sets, out):
    (out / "articles").mkdir(parents=True)
    rows = []
    for n in sets:
        d = root / f"set{n}"
        for p in sorted((d / "articles").glob("*.md")):
            shutil.copy(p, out / "articles" / f"{n}{p.name}")
        lines = (d / "gold.tsv").read_text(encoding="utf-8").split("\n")
        header = lines[0]
        rows += [f"{n}{l}" for l in lines[1:] if l.strip()]
    (out / "gold.tsv").write_text(header + "\n" + "\n".join(rows) + "\n", encoding="utf-8")


def misses(binary, articles, gold, prefix=""):
    out = subprocess.run([sys.executable, SCORE, binary, articles, gold, "--quiet", "--misses"],
                         capture_output=True, text=True, check=True).stdout
    found = re.findall(r"^missed: (\d+\.md:\d+:\d+) «([^»]*)»", out, re.M)
    return out, {(prefix + pos, surface) for pos, surface in found}


def linked_at(binary, files, target, line, col):
    """Whether a mention starts at target:line:col in a site of `files` (target included)."""
    with tempfile.TemporaryDirectory() as tmp:
        arts = Path(tmp) / "content" / "articles"
        arts.mkdir(parents=True)
        (Path(tmp) / "config.yaml").write_text(
            "title: t\nbase_url: https://example.org/\nsearch: false\ndiscovery: auto\n")
        for f in files + [target]:
            shutil.copy(f, arts / f.name)
        out = subprocess.run([binary, "mentions", "--json", "--root", tmp],
                             capture_output=True, text=True, check=True).stdout
    return any(m["file"].endswith(target.name) and m["line"] == line and m["column"] == col
               for m in json.loads(out))


def culprit(binary, articles, pos):
    name, line, col = pos.split(":")
    target = articles / name
    others = sorted(p for p in articles.glob("*.md") if p != target)
    if not linked_at(binary, [], target, int(line), int(col)):
        return "missed alone too: lost through its own set's other articles"
    while len(others) > 1:
        half = others[: len(others) // 2]
        if not linked_at(binary, half, target, int(line), int(col)):
            others = half
        elif not linked_at(binary, others[len(half):], target, int(line), int(col)):
            others = others[len(half):]
        else:
            return f"takes several articles together ({len(others)})"
    return others[0].name if others else "?"


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    binary, root, sets = args[0], Path(args[1]), args[2:]
    with tempfile.TemporaryDirectory() as tmp:
        one = Path(tmp) / "one"
        merge(root, sets, one)
        report, together = misses(binary, one / "articles", one / "gold.tsv")
        print("\n".join(l for l in report.split("\n") if l.startswith(("recall", "precision"))))
        alone = set()
        for n in sets:
            d = root / f"set{n}"
            alone |= misses(binary, d / "articles", d / "gold.tsv", prefix=n)[1]
        lost = sorted(together - alone)
        print(f"found in its set alone, missed in the one site: {len(lost)}; "
              f"the other way: {len(alone - together)}")
        for pos, surface in lost:
            why = culprit(binary, one / "articles", pos) if "--culprits" in sys.argv else ""
            print(f"  {pos} «{surface}» {why}")


if __name__ == "__main__":
    main()
