#!/usr/bin/env python3
"""Preview latency of `sahifa serve` on a generated corpus.

Measures, over real HTTP on loopback:
- edit → served: time from saving an edited article to the rebuilt page (with the new text)
  being served, median of --edits edits (different articles);
- template change → served: time from saving templates/article.html to an article page
  rendered with it;
- the cold full build, for comparison (from serve's own "Built N pages in X ms" line).

Usage: python3 benches/serve_latency.py [--articles 10000] [--edits 20]
The corpus is made by ../shared/bench/gencorpus.py and cached in $DATA (default
$TMPDIR/sahifa-bench), outside git.
"""
import argparse, os, pathlib, shutil, socket, statistics, subprocess, sys, threading, time, urllib.request, urllib.error

ROOT = pathlib.Path(__file__).resolve().parent.parent


def corpus(articles, entities=2000, seed=1):
    data = pathlib.Path(os.environ.get("DATA", pathlib.Path(os.environ.get("TMPDIR", "/tmp")) / "sahifa-bench"))
    out = data / f"serve-a{articles}-e{entities}-s{seed}"
    if not (out / "content").is_dir():
        gen = pathlib.Path(os.environ.get("GENCORPUS", ROOT.parent / "shared/bench/gencorpus.py"))
        subprocess.run([sys.executable, str(gen), "--articles", str(articles), "--entities", str(entities),
                        "--seed", str(seed), "--out", str(out)], check=True, stdout=subprocess.DEVNULL)
    (out / "config.yaml").write_text("title: bench\nbase_url: https://example.org/news/\n", encoding="utf-8")
    shutil.rmtree(out / "templates", ignore_errors=True)
    return out


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url):
    try:
        with urllib.request.urlopen(url, timeout=10) as r:
            return r.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as e:
        return ""


def wait_for(url, token, timeout=30.0):
    start = time.perf_counter()
    while time.perf_counter() - start < timeout:
        if token in fetch(url):
            return time.perf_counter()
        time.sleep(0.002)
    raise RuntimeError(f"{token} never appeared at {url}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--edits", type=int, default=20)
    args = ap.parse_args()
    subprocess.run(["cargo", "build", "--release", "--quiet"], cwd=ROOT, check=True)
    site = corpus(args.articles)
    port = free_port()
    server = subprocess.Popen([str(ROOT / "target/release/sahifa"), "serve", "--port", str(port), "--root", str(site)],
                              stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        built = None
        for line in server.stdout:
            if line.startswith("Built "):
                built = line.strip()
            if line.startswith("Serving"):
                break
        log = []
        threading.Thread(target=lambda: log.extend(server.stdout), daemon=True).start()
        base = f"http://127.0.0.1:{port}/news/"
        files = sorted((site / "content/articles").glob("0*.md"))
        step = max(1, len(files) // args.edits)
        latencies = []
        for n, path in enumerate(files[::step][: args.edits]):
            token = f"BENCHTOKEN{n}x{time.time_ns()}"
            text = path.read_text(encoding="utf-8")
            url = base + "articles/" + path.stem + "/"
            fetch(url)
            saved = time.perf_counter()
            path.write_text(text.rstrip("\n") + f"\n\n{token}\n", encoding="utf-8")
            latencies.append((wait_for(url, token) - saved) * 1000)
            path.write_text(text, encoding="utf-8")
            time.sleep(0.3)
        theme = ROOT / "themes/default/templates/article.html"
        (site / "templates").mkdir(exist_ok=True)
        token = f"TEMPLATETOKEN{time.time_ns()}"
        saved = time.perf_counter()
        (site / "templates/article.html").write_text(theme.read_text(encoding="utf-8").replace("{% block content %}", "{% block content %}<!-- " + token + " -->", 1), encoding="utf-8")
        template_ms = (wait_for(base + "articles/" + files[0].stem + "/", token, timeout=120) - saved) * 1000
        shutil.rmtree(site / "templates")
    except Exception:
        print("".join(log[-20:]), file=sys.stderr)
        raise
    finally:
        server.terminate()
        server.wait()
    if os.environ.get("VERBOSE"):
        print("".join(log), file=sys.stderr)
    print(f"corpus: {args.articles} articles, 2000 entities; {built}")
    print(f"edit → served: median {statistics.median(latencies):.0f} ms, min {min(latencies):.0f}, max {max(latencies):.0f} over {len(latencies)} edits")
    print(f"template change → served: {template_ms:.0f} ms")


if __name__ == "__main__":
    main()
