#!/usr/bin/env python3
"""A generated 1,000-article news site with images, built and checked like the repository's.

    python3 benches/imagesite.py [--articles 1000] [--out DIR] [--no-browser] [--no-vnu]

1. Generates (once, cached in DIR, default $TMPDIR/sahifa-imagesite) the synthetic corpus with
   ../shared/bench/gencorpus.py --articles N --entities 2000 --seed 1, and turns it into a
   newsroom's site: five sections (two by folder, content/articles/economy/…, three by
   front matter `section:`), eight authors (five with a content/authors/<id>.md file, three by
   name alone), Arabic tags, three pages and a `menu:`, and a lead image on about half of the
   articles.
2. Draws the images with Pillow (seeded, so every run makes the same files): photographs-like
   JPEGs (sky gradient, blurred land, sun, film grain), flat PNG charts and maps, and lossy
   WebP photographs, from 640 to 3000 px wide in landscape, square and portrait shapes; some
   images are shared by several articles, some sit beside articles and some under static/.
   Nothing here is committed: the site lives in DIR.
3. Builds it with target/release/sahifa twice with `--timings`: cold (no
   .sahifa-cache/images) and warm (the cache from the cold build, no image changed), and prints
   wall time, CPU time (user + system, so CPU/wall shows the parallelism), the load average
   around each build, and how many images were resized or taken from the cache.
4. Runs the W3C Nu HTML Checker (--errors-only) on a sample of about 120 pages: every page
   type, the first and a later page of every listing, and a seeded draw of articles, entities
   and tags (the checker needs about 1 s of JVM time per 10 pages; the whole site is ~5,000).
5. Runs tests/browser/run.mjs on the site (axe, contrast, images, search, screenshots into
   target/screenshots-imagesite/, Lighthouse three times on home, article, entity, section,
   archive and author pages, gated on the median), with the page list written to
   DIR/browser-pages.json.

Needs: Pillow (`python3 -m pip install Pillow`), a release build (`cargo build --release`),
Java and .ci/node_modules (or /work/main's) for steps 4 and 5, Chromium for step 5.
Exits non-zero if the build, the Nu checker or the browser tests fail.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
ENTITIES = 2000
SEED = 1
IMAGE_SEED = "sahifa-imagesite-1"

SECTIONS = [  # id, name, weight, by folder?
    ("politics", "سياسة", 1, False),
    ("economy", "اقتصاد", 2, True),
    ("sports", "رياضة", 3, True),
    ("culture", "ثقافة", 4, False),
    ("opinion", "رأي", 5, False),
]
AUTHORS_WITH_FILES = [  # id, name, role, bio
    ("salma-youssef", "سلمى يوسف", "مراسلة في القاهرة", "تغطي الشؤون المصرية والعربية منذ عشر سنوات."),
    ("khaled-mansour", "خالد منصور", "محرر الاقتصاد", "يكتب عن الأسواق والطاقة والعملات."),
    ("reem-haddad", "ريم حداد", "مراسلة في بيروت", "تغطي لبنان وسوريا والعلاقات الإقليمية."),
    ("omar-farouk", "عمر فاروق", "محرر الرياضة", "يتابع كرة القدم العربية والبطولات القارية."),
    ("layla-nasser", "ليلى ناصر", "كاتبة رأي", "أستاذة العلوم السياسية في جامعة عمّان."),
]
AUTHORS_BY_NAME = ["يوسف العلي", "نادية كريم", "حسن الشامي"]
TAGS = [
    "الطاقة", "النفط", "الانتخابات", "القمة العربية", "الأمن الغذائي", "القمح", "العملات",
    "كرة القدم", "الألعاب الأولمبية", "السينما", "الكتب", "المناخ", "المياه", "الهجرة",
    "التعليم", "الصحة", "التقنية", "الذكاء الاصطناعي", "الموانئ", "الطيران",
]
PAGES = [
    ("about", "من نحن", "عن هذه الصحيفة التجريبية وما تعرضه."),
    ("contact", "اتصل بنا", "كيف تصل إلى هيئة التحرير."),
    ("privacy", "سياسة الخصوصية", "ما نجمعه من بيانات القراء، وهو لا شيء."),
]
# (width, height) of the drawn images: landscape news photos, a square, a portrait, a banner.
SHAPES = [(3000, 2000), (2400, 1350), (1600, 1200), (1200, 800), (1024, 1024), (800, 1200),
          (640, 427), (1920, 640)]


def log(msg):
    print(msg, file=sys.stderr, flush=True)


def gen_hash(gencorpus):
    sys.path.insert(0, os.path.dirname(gencorpus))
    try:
        import gencorpus as g  # noqa: E402
        return g.gen_hash()
    finally:
        sys.path.pop(0)


def corpus(args):
    """The synthetic corpus (cached by the generator's hash)."""
    path = os.path.join(args.out, f"corpus-n{args.articles}-m{ENTITIES}-s{SEED}")
    marker = os.path.join(path, ".complete-" + gen_hash(args.gencorpus))
    if not os.path.exists(marker):
        log(f"generating {path} ...")
        shutil.rmtree(path, ignore_errors=True)
        subprocess.run([sys.executable, args.gencorpus, "--articles", str(args.articles),
                        "--entities", str(ENTITIES), "--seed", str(SEED), "--out", path],
                       check=True, stdout=subprocess.DEVNULL)
        open(marker, "w").close()
    return path


# --------------------------------------------------------------------------- images

def draw_photo(rng, w, h):
    """A photograph-like picture: sky gradient, a sun, blurred hills and buildings, grain.
    Smooth areas and fine noise together, as in real photographs, so that encoders are
    measured on something like what a newsroom uploads."""
    from PIL import Image, ImageChops, ImageDraw, ImageFilter

    small = (max(64, w // 8), max(64, h // 8))
    top = tuple(rng.randrange(40, 140) for _ in range(2)) + (rng.randrange(150, 255),)
    bottom = (rng.randrange(200, 255), rng.randrange(150, 230), rng.randrange(90, 200))
    grad = Image.linear_gradient("L").resize(small)
    sky = Image.composite(Image.new("RGB", small, bottom), Image.new("RGB", small, top), grad)
    d = ImageDraw.Draw(sky)
    sx, sy, r = rng.randrange(small[0]), rng.randrange(small[1] // 3), rng.randrange(4, 14)
    d.ellipse((sx - r, sy - r, sx + r, sy + r), fill=(255, 240, 200))
    horizon = int(small[1] * rng.uniform(0.45, 0.7))
    for layer in range(3):
        shade = tuple(rng.randrange(20, 120) for _ in range(3))
        pts = [(0, small[1])]
        x = 0
        while x <= small[0]:
            pts.append((x, horizon + layer * 6 + rng.randrange(-20, 12)))
            x += rng.randrange(6, 30)
        pts += [(small[0], small[1])]
        d.polygon(pts, fill=shade)
    for _ in range(rng.randrange(4, 12)):  # buildings
        bx = rng.randrange(small[0])
        bw, bh = rng.randrange(4, 16), rng.randrange(8, 40)
        c = tuple(rng.randrange(60, 200) for _ in range(3))
        d.rectangle((bx, horizon - bh, bx + bw, horizon + 10), fill=c)
    img = sky.filter(ImageFilter.GaussianBlur(1.2)).resize((w, h), Image.BICUBIC)
    detail = Image.effect_noise((w // 2, h // 2), 40).resize((w, h), Image.BILINEAR)
    detail = Image.merge("RGB", [detail] * 3)
    img = ImageChops.overlay(img, detail) if rng.random() < 0.5 else Image.blend(img, detail, 0.12)
    grain = Image.merge("RGB", [Image.effect_noise((w, h), 18)] * 3)
    return Image.blend(img, grain, 0.06)


def draw_artwork(rng, w, h):
    """A flat chart or map: a few solid colours, straight edges, as newsroom graphics are."""
    from PIL import Image, ImageDraw

    bg = (rng.randrange(235, 256), rng.randrange(235, 256), rng.randrange(225, 256))
    img = Image.new("RGB", (w, h), bg)
    d = ImageDraw.Draw(img)
    if rng.random() < 0.5:  # bar chart
        n = rng.randrange(5, 14)
        bw = w // (n * 2 + 1)
        colour = tuple(rng.randrange(20, 180) for _ in range(3))
        for i in range(n):
            bh = rng.randrange(h // 10, h * 8 // 10)
            d.rectangle((bw * (2 * i + 1), h - bh - h // 20, bw * (2 * i + 2), h - h // 20), fill=colour)
        for y in range(h // 20, h, h // 6):
            d.line((0, y, w, y), fill=(200, 200, 200), width=max(1, w // 800))
    else:  # map: regions and borders
        for _ in range(rng.randrange(5, 12)):
            cx, cy = rng.randrange(w), rng.randrange(h)
            pts = [(cx + rng.randrange(-w // 4, w // 4), cy + rng.randrange(-h // 4, h // 4)) for _ in range(7)]
            d.polygon(pts, fill=tuple(rng.randrange(120, 230) for _ in range(3)),
                      outline=(60, 60, 60), width=max(1, w // 600))
        for _ in range(rng.randrange(3, 9)):
            x, y, r = rng.randrange(w), rng.randrange(h), max(3, w // 150)
            d.ellipse((x - r, y - r, x + r, y + r), fill=(180, 30, 30))
    return img


def make_images(root, count):
    """Draws `count` images under content/articles/images/ and static/images/ (each from its
    own seed, so a cached file and a drawn one are the same, and the site's other draws do not
    depend on which were cached); returns (src as written in front matter, folder kind, format,
    width, height) for each. Files of earlier runs that are no longer drawn are removed."""
    made = []
    folders = {"beside": os.path.join(root, "content", "articles", "images"),
               "static": os.path.join(root, "static", "images")}
    for folder in folders.values():
        os.makedirs(folder, exist_ok=True)
    for i in range(count):
        rng = random.Random(f"{IMAGE_SEED}-image-{i}")
        w, h = SHAPES[i % len(SHAPES)]
        roll = rng.random()
        fmt = "jpg" if roll < 0.6 else ("png" if roll < 0.82 else "webp")
        where = "beside" if i % 3 else "static"
        name = f"img-{i:03d}.{fmt}"
        path = os.path.join(folders[where], name)
        if not os.path.exists(path):
            if fmt == "png":
                draw_artwork(rng, w, h).save(path, "PNG", optimize=True)
            else:
                photo = draw_photo(rng, w, h)
                if fmt == "jpg":
                    photo.save(path, "JPEG", quality=90)
                else:
                    photo.save(path, "WEBP", quality=82)
        made.append((f"images/{name}", where, fmt, w, h))
    wanted = {os.path.join(folders[m[1]], m[0].split("/")[1]) for m in made}
    for folder in folders.values():
        for entry in os.listdir(folder):
            if os.path.join(folder, entry) not in wanted:
                os.remove(os.path.join(folder, entry))
    return made


# --------------------------------------------------------------------------- the site

def front_matter_lines(article_rng, i, image, section, author):
    lines = []
    if section is not None:
        lines.append(f"section: {section}")
    lines.append(f"author: {author}")
    tags = article_rng.sample(TAGS, article_rng.randrange(0, 4))
    if tags:
        lines.append("tags: [" + ", ".join(tags) + "]")
    if image:
        src, _, fmt, _, _ = image
        kind = "خريطة" if fmt == "png" else "صورة"
        lines += [
            "image:",
            f"  src: {src}",
            f"  alt: \"{kind} توضيحية للمقال رقم {i}: مشهد عام للمكان الذي يتناوله الخبر\"",
            "  caption: \"المشهد كما يبدو من الجهة الشمالية\"",
            "  credit: \"صورة مولّدة لاختبار «صحيفة» (CC0)\"",
        ]
    return lines


def make_site(args, corpus_dir):
    """Writes DIR/site from the corpus: sections, authors, tags, images, pages, menu."""
    from PIL import Image  # noqa: F401  (fail early with a clear message)

    site = os.path.join(args.out, f"site-n{args.articles}")
    rng = random.Random(IMAGE_SEED)
    content = os.path.join(site, "content")
    for sub in ("articles", "entities", "sections", "authors", "pages"):
        target = os.path.join(content, sub)
        if sub == "articles" and os.path.isdir(target):
            for entry in os.listdir(target):  # keep images/ (drawn once), rewrite the articles
                p = os.path.join(target, entry)
                if entry != "images":
                    shutil.rmtree(p) if os.path.isdir(p) else os.remove(p)
        elif sub != "articles":
            shutil.rmtree(target, ignore_errors=True)
        os.makedirs(target, exist_ok=True)
    shutil.copytree(os.path.join(corpus_dir, "content", "entities"), os.path.join(content, "entities"),
                    dirs_exist_ok=True)
    images = make_images(site, args.images)

    for sid, name, weight, _ in SECTIONS:
        with open(os.path.join(content, "sections", f"{sid}.md"), "w", encoding="utf-8") as fh:
            fh.write(f"---\nname: {name}\nweight: {weight}\n---\nأخبار {name} من كل مكان.\n")
    for aid, name, role, bio in AUTHORS_WITH_FILES:
        with open(os.path.join(content, "authors", f"{aid}.md"), "w", encoding="utf-8") as fh:
            fh.write(f"---\nname: {name}\nrole: {role}\n---\n{bio}\n")
    for slug, title, text in PAGES:
        with open(os.path.join(content, "pages", f"{slug}.md"), "w", encoding="utf-8") as fh:
            fh.write(f"---\ntitle: {title}\ndescription: {text}\n---\n{text}\n\nنص تجريبي لصفحة «{title}».\n")

    authors = [a[0] for a in AUTHORS_WITH_FILES] + AUTHORS_BY_NAME
    src_dir = os.path.join(corpus_dir, "content", "articles")
    placed = {"with image": 0, "by folder": 0}
    for i, fname in enumerate(sorted(f for f in os.listdir(src_dir) if re.fullmatch(r"\d+\.md", f)), 1):
        with open(os.path.join(src_dir, fname), encoding="utf-8") as fh:
            text = fh.read()
        sid, _, _, by_folder = SECTIONS[rng.randrange(len(SECTIONS))]
        author = authors[rng.randrange(len(authors))]
        image = None
        if rng.random() < 0.5:
            image = images[rng.randrange(len(images))]
            if by_folder and image[1] == "beside":
                image = None  # beside-article images live in articles/images/, not economy/images/
        fm = front_matter_lines(rng, i, image, None if by_folder else sid, author)
        head, sep, rest = text.partition("\n---\n")
        head = re.sub(r"\ntaxonomies:\n(  .*\n?)+", "\n", head + "\n").rstrip("\n")
        out_dir = os.path.join(content, "articles", sid) if by_folder else os.path.join(content, "articles")
        os.makedirs(out_dir, exist_ok=True)
        with open(os.path.join(out_dir, fname), "w", encoding="utf-8") as fh:
            fh.write(head + "\n" + "\n".join(fm) + sep + rest)
        placed["with image"] += image is not None
        placed["by folder"] += by_folder

    menu = "".join(f"  - label: {name}\n    url: /sections/{sid}/\n" for sid, name, _, _ in SECTIONS)
    with open(os.path.join(site, "config.yaml"), "w", encoding="utf-8") as fh:
        fh.write(
            "title: \"صحيفة الاختبار\"\n"
            "description: \"موقع إخباري مولّد من ألف مقال وصور لاختبار «صحيفة»\"\n"
            "base_url: \"https://example.org/news/\"\nlanguage: ar\ndirection: rtl\n"
            "numerals: arabic\nhijri: true\n"
            "menu:\n" + menu +
            "  - label: الأرشيف\n    url: /archive/\n  - label: من نحن\n    page: about\n"
        )
    formats = {}
    for _, _, fmt, _, _ in images:
        formats[fmt] = formats.get(fmt, 0) + 1
    log(f"site {site}: {args.articles} articles ({placed['with image']} with a lead image, "
        f"{placed['by folder']} in section folders), {len(images)} images {formats}")
    return site


# --------------------------------------------------------------------------- build

def timed_build(args, site, out, label):
    """One `sahifa build --timings`: wall and CPU seconds (from wait4), load average."""
    load_before = os.getloadavg()
    started = time.monotonic()
    proc = subprocess.Popen([args.sahifa, "--root", site, "build", "--timings", "--output", out],
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    output = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    wall = time.monotonic() - started
    load_after = os.getloadavg()
    if os.waitstatus_to_exitcode(status) != 0:
        print(output)
        sys.exit(f"{label} build failed")
    cpu = usage.ru_utime + usage.ru_stime
    images_line = next((l.strip() for l in output.splitlines() if "image" in l.lower()), "")
    print(f"{label}: wall {wall:.1f} s, CPU {cpu:.1f} s (user {usage.ru_utime:.1f}, sys "
          f"{usage.ru_stime:.1f}; CPU/wall {cpu / wall:.2f}), peak RSS {usage.ru_maxrss // 1024} MB, "
          f"load average {load_before[0]:.2f} before, {load_after[0]:.2f} after")
    for line in output.splitlines():
        if line.strip():
            print(f"    {line}")
    return {"label": label, "wall": wall, "cpu": cpu, "user": usage.ru_utime, "sys": usage.ru_stime,
            "rss_mb": usage.ru_maxrss // 1024, "load": [load_before[0], load_after[0]],
            "images": images_line, "timings": output}


def build_twice(args, site):
    cache = os.path.join(site, ".sahifa-cache", "images")
    shutil.rmtree(cache, ignore_errors=True)
    outs = [os.path.join(args.out, f"public-{k}") for k in ("cold", "warm")]
    for o in outs:
        shutil.rmtree(o, ignore_errors=True)
    cold = timed_build(args, site, outs[0], "cold build (no image cache)")
    files = sum(len(f) for _, _, f in os.walk(cache))
    size = sum(os.path.getsize(os.path.join(d, x)) for d, _, f in os.walk(cache) for x in f)
    print(f"    image cache: {files} files, {size / 1e6:.1f} MB")
    warm = timed_build(args, site, outs[1], "warm build (cache kept, no image changed)")
    html = [os.path.join(d, x) for d, _, f in os.walk(outs[1]) for x in f if x.endswith(".html")]
    imgs = [x for _, _, f in os.walk(os.path.join(outs[1], "images")) for x in f]
    print(f"    output: {len(html)} HTML pages, {len(imgs)} image files "
          f"({', '.join(f'{e}: {sum(x.endswith(e) for x in imgs)}' for e in ('.webp', '.jpg', '.png'))})")
    shutil.rmtree(outs[0], ignore_errors=True)
    return outs[1], cold, warm


# --------------------------------------------------------------------------- checks

def sample_pages(out, rng):
    """Every page type, the first and a later page of each listing, and a seeded draw."""
    html = sorted(os.path.relpath(os.path.join(d, x), out)
                  for d, _, f in os.walk(out) for x in f if x.endswith(".html"))
    pick = set()
    fixed = [p for p in html if p.count("/") <= 1]  # home, 404, pages, search, indexes
    pick.update(fixed)
    for prefix in ("sections/", "authors/", "archive/"):
        pick.update(p for p in html if p.startswith(prefix) and "/page/" not in p)
        later = [p for p in html if p.startswith(prefix) and "/page/" in p]
        pick.update(rng.sample(later, min(5, len(later))))
    pick.update(p for p in html if p.startswith("page/"))
    for prefix, n in (("articles/", 40), ("entities/", 25), ("tags/", 8), ("people/", 2),
                      ("places/", 2), ("organizations/", 2)):
        group = [p for p in html if p.startswith(prefix)]
        pick.update(rng.sample(group, min(n, len(group))))
    return sorted(pick), len(html)


def vnu(args, out):
    jar = args.vnu
    if not os.path.exists(jar):
        print(f"Nu checker: skipped, {jar} missing")
        return True
    pages, total = sample_pages(out, random.Random(IMAGE_SEED))
    started = time.monotonic()
    r = subprocess.run(["java", "-jar", jar, "--errors-only", "--skip-non-html"] +
                       [os.path.join(out, p) for p in pages], capture_output=True, text=True)
    errors = (r.stdout + r.stderr).strip()
    print(f"Nu checker on {len(pages)} of {total} pages ({time.monotonic() - started:.0f} s): "
          f"{'0 errors' if r.returncode == 0 and not errors else 'ERRORS'}")
    if errors:
        print(errors[:4000])
    return r.returncode == 0 and not errors


def first(out, prefix, pred=lambda p: True):
    for d, _, files in sorted(os.walk(os.path.join(out, prefix))):
        rel = os.path.relpath(d, out).replace(os.sep, "/") + "/"
        if "index.html" in files and "/page/" not in rel and rel != prefix + "/" and pred(rel):
            return rel
    sys.exit(f"no page under {prefix}/ in {out}")


def browser_pages(out):
    """The page list for run.mjs: one page of each type, chosen from the built output."""
    def has(rel, needle):
        with open(os.path.join(out, rel, "index.html"), encoding="utf-8") as fh:
            return needle in fh.read()

    def quote(rel):
        return "/".join(urllib.parse.quote(p) for p in rel.split("/"))

    article = first(out, "articles", lambda r: has(r, "<picture>"))
    # The entity with the most articles, so that its page has a full chart and graph.
    entities = [(os.path.getsize(os.path.join(out, r, "index.html")), r) for r in
                {os.path.relpath(d, out).replace(os.sep, "/") + "/" for d, _, f in
                 os.walk(os.path.join(out, "entities")) if "index.html" in f and "/page/" not in d}
                if r.count("/") == 2]
    entity = max(entities)[1]
    pages = [
        {"name": "home", "path": "", "lighthouse": True},
        {"name": "article", "path": quote(article), "dark": True, "lighthouse": True},
        {"name": "entity", "path": quote(entity), "lighthouse": True},
        {"name": "index", "path": "people/"},
        {"name": "archive", "path": "archive/", "lighthouse": True},
        {"name": "section", "path": "sections/economy/", "lighthouse": True},
        {"name": "tag", "path": quote(first(out, "tags"))},
        {"name": "author", "path": quote(first(out, "authors")), "lighthouse": True},
        {"name": "page", "path": "about/"},
        {"name": "search", "path": "search/"},
    ]
    # Entity ids are their Arabic names with `-` for spaces: search for the name.
    name = urllib.parse.unquote(entity.split("/")[1]).replace("-", " ")
    return {"pages": pages, "searches": [{"query": name, "expect": [quote(entity)]}]}


def browser(args, site, out):
    pages = browser_pages(out)
    spec = os.path.join(args.out, "browser-pages.json")
    with open(spec, "w", encoding="utf-8") as fh:
        json.dump(pages, fh, ensure_ascii=False, indent=1)
    env = dict(os.environ, SITE_ROOT=site, SITE_PAGES=spec,
               SCREENSHOTS=os.path.join(REPO, "target", "screenshots-imagesite"),
               LIGHTHOUSE_OUT=os.path.join(REPO, "target", "lighthouse-imagesite.json"),
               NODE_PATH=args.node_path)
    started = time.monotonic()
    r = subprocess.run(["node", os.path.join(REPO, "tests", "browser", "run.mjs")], env=env)
    print(f"browser tests: exit {r.returncode} ({time.monotonic() - started:.0f} s)")
    return r.returncode == 0


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--images", type=int, default=150, help="distinct image files (default 150)")
    ap.add_argument("--out", default=os.path.join(tempfile.gettempdir(), "sahifa-imagesite"))
    ap.add_argument("--sahifa", default=os.path.join(REPO, "target", "release", "sahifa"))
    ap.add_argument("--gencorpus", default=os.environ.get("GENCORPUS") or
                    os.path.join(REPO, "..", "shared", "bench", "gencorpus.py"))
    ci = os.path.join(REPO, ".ci", "node_modules")
    if not os.path.isdir(ci):
        ci = "/work/main/.ci/node_modules"
    ap.add_argument("--node-path", default=ci)
    ap.add_argument("--vnu", default=os.path.join(ci, "vnu-jar", "build", "dist", "vnu.jar"))
    ap.add_argument("--no-vnu", action="store_true")
    ap.add_argument("--no-browser", action="store_true")
    ap.add_argument("--checks-only", action="store_true",
                    help="reuse the site and DIR/public-warm of the last run: only the checks")
    args = ap.parse_args()
    sys.stdout.reconfigure(line_buffering=True)  # in order with the tools' output in a log
    args.out = os.path.abspath(args.out)
    args.gencorpus = os.path.abspath(args.gencorpus)
    if not os.access(args.sahifa, os.X_OK):
        sys.exit(f"{args.sahifa} missing: run `cargo build --release` first")
    try:
        import PIL  # noqa: F401
    except ImportError:
        sys.exit("Pillow missing: python3 -m pip install Pillow")
    os.makedirs(args.out, exist_ok=True)

    started = time.monotonic()
    if args.checks_only:
        site = os.path.join(args.out, f"site-n{args.articles}")
        out = os.path.join(args.out, "public-warm")
        if not os.path.isdir(out):
            sys.exit(f"{out} missing: run without --checks-only first")
    else:
        site = make_site(args, corpus(args))
        print(f"site generated in {time.monotonic() - started:.0f} s")
        out, _, _ = build_twice(args, site)
    ok = True
    if not args.no_vnu:
        ok &= vnu(args, out)
    if not args.no_browser:
        ok &= browser(args, site, out)
    print(f"imagesite: {'all checks passed' if ok else 'FAILED'} ({time.monotonic() - started:.0f} s in all)")
    sys.exit(0 if ok else 1)


if __name__ == "__main__":
    main()
