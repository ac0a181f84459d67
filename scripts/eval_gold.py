#!/usr/bin/env python3
"""Turns a reviewed gold spec into gold.tsv with exact positions, for tests/eval and /work/eval2.

The spec is written by reading each text: one line per distinct surface form of a name,
`file<TAB>surface<TAB>type<TAB>canonical[<TAB>skip=2,3]` (type person | place | organization),
or `file<TAB>surface<TAB>demonym` for adjectives that are not mentions. This script only finds
where each listed surface occurs (at a word boundary, after an optional clitic و ف ب ك ل or a
pair of them, and ل for a name with the article whose alef is elided: للولايات), so the columns
are exact; `skip=` drops occurrences (1-based, in reading order) that the reader judged not to be
that name. A surface that lies inside a longer listed name is marked `nested` (جامعة القاهرة:
القاهرة is nested in the organisation), every other one `top`.

Usage: eval_gold.py SPEC TEXT_DIR OUT_TSV [--show]   (--show prints each hit in its context)
"""
import re
import sys
from pathlib import Path

LETTER = re.compile(r"[\u0621-\u064A\u0660-\u0669\u066E-\u06D3\u06FA-\u06FFA-Za-z0-9]")
CLITICS = ["وب", "وك", "ول", "فب", "فك", "فل", "و", "ف", "ب", "ك", "ل"]


def body_lines(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    start = 0
    if lines and lines[0] == "---":
        end = lines.index("---", 1)
        start = end + 1
    return [(i + 1, lines[i]) for i in range(start, len(lines))]


def occurrences(lines, surface):
    """(line, col, clitic) of every occurrence of surface at a word boundary, in reading order."""
    out = []
    elided = surface.startswith("ال")
    for no, text in lines:
        for m in re.finditer(re.escape(surface) if not elided else
                             "(?:" + re.escape(surface) + "|" + re.escape(surface[1:]) + ")", text):
            s, e = m.start(), m.end()
            if e < len(text) and LETTER.match(text[e]):
                continue
            matched = text[s:e]
            # What precedes must be a word boundary, or a clitic preceded by one.
            prefix_ok = None
            if matched == surface:
                for c in [""] + CLITICS:
                    p = s - len(c)
                    if p < 0 or text[p:s] != c:
                        continue
                    if p == 0 or not LETTER.match(text[p - 1]):
                        prefix_ok = c
                        break
            else:  # لولايات: the alef elided after ل (للولايات)
                for c in ["ل", "ول", "فل"]:
                    p = s - len(c)
                    if p >= 0 and text[p:s] == c and (p == 0 or not LETTER.match(text[p - 1])):
                        prefix_ok = c
                        break
            if prefix_ok is None:
                continue
            out.append((no, s + 1, e + 1, prefix_ok, text))
    return out


def main():
    spec, text_dir, out = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    show = "--show" in sys.argv
    names, demonyms = [], []
    for raw in spec.read_text(encoding="utf-8").split("\n"):
        if not raw.strip() or raw.startswith("#"):
            continue
        f = raw.split("\t")
        if f[2] == "demonym":
            demonyms.append((f[0], f[1]))
            continue
        skip = set()
        if len(f) > 4 and f[4].startswith("skip="):
            skip = {int(x) for x in f[4][5:].split(",")}
        names.append((f[0], f[1], f[2], f[3], skip))
    rows = []
    spans = {}
    for file, surface, kind, canonical, skip in names:
        lines = body_lines(text_dir / f"{file}.md")
        hits = occurrences(lines, surface)
        if not hits:
            sys.exit(f"{file}: «{surface}» not found")
        for i, (no, col, end, clitic, text) in enumerate(hits, 1):
            if i in skip:
                if show:
                    print(f"SKIP {file}:{no}:{col} {surface}")
                continue
            rows.append([file, no, col, end, surface, kind, canonical, text])
            spans.setdefault((file, no), []).append((col, end))
    for r in rows:
        r.append("nested" if any(c <= r[2] and r[3] <= e and (c, e) != (r[2], r[3])
                                 for c, e in spans[(r[0], r[1])]) else "top")
    # A nested name that starts where a longer name of its type starts says nothing more.
    starts = {(r[0], r[1], r[2], r[5]) for r in rows if r[8] == "top"}
    rows = [r for r in rows if r[8] == "top" or (r[0], r[1], r[2], r[5]) not in starts]
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    with out.open("w", encoding="utf-8") as o:
        o.write("file\tline\tcolumn\tsurface\ttype\tcanonical\tlevel\n")
        for r in rows:
            o.write(f"{r[0]}.md\t{r[1]}\t{r[2]}\t{r[4]}\t{r[5]}\t{r[6]}\t{r[8]}\n")
            if show:
                t = r[7]
                print(f"{r[0]}:{r[1]}:{r[2]} {r[5][:3]} {r[8]:6} «{t[max(0, r[2]-25):r[2]-1]}[{r[4]}]{t[r[3]-1:r[3]+15]}»")
    dem = out.with_name(out.stem + "-demonyms.tsv")
    with dem.open("w", encoding="utf-8") as o:
        o.write("file\tsurface\tcount\n")
        for file, surface in demonyms:
            n = len(occurrences(body_lines(text_dir / f"{file}.md"), surface))
            if n == 0:
                sys.exit(f"{file}: demonym «{surface}» not found")
            o.write(f"{file}.md\t{surface}\t{n}\n")
    print(f"{len(rows)} mentions ({sum(r[8] == 'top' for r in rows)} top-level), "
          f"{len(demonyms)} demonym forms → {out}", file=sys.stderr)


if __name__ == "__main__":
    main()
