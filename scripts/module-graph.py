#!/usr/bin/env python3
"""Module graph of Sahifa's `src/`, from its `use` lines and inline `crate::` paths.

Prints the module → module edges, the import cycles between sibling modules, and the imports
that run back up the pipeline (load < analyse < link < render < search < write < publish; the
base modules config, text and error sit below every stage and import none of them; the other
top-level modules — check, serve, import … — are drivers above the pipeline).

Usage: scripts/module-graph.py [SRC_DIR] [--dot [--stages]]
   or: scripts/module-graph.py --git REV    (reads `src/` at a commit, e.g. 28ce36a)
`--dot` prints Graphviz DOT (imports up the pipeline and cycle edges in red); `--stages`
draws one node per top-level module.

Code after a file's `#[cfg(test)]` is left out (tests may reach anywhere), and so are comment
lines (doc links name modules without using them). A module importing
its own parent or child is not a cycle (Rust's `pub use` re-exports work that way); a cycle is
between modules neither of which contains the other.
"""

import re
import subprocess
import sys
from pathlib import Path

PIPELINE = ["load", "analyse", "link", "render", "search", "write", "publish"]
BASE = {"config", "text", "error"}


def read_sources(src, rev):
    """{module path: source text}; `lib.rs` is the crate root, named `crate`."""
    if rev:
        names = subprocess.run(["git", "ls-tree", "-r", "--name-only", rev, "src/"],
                               capture_output=True, text=True, check=True).stdout.split()
        files = {n: subprocess.run(["git", "show", f"{rev}:{n}"], capture_output=True,
                                   text=True, check=True).stdout
                 for n in names if n.endswith(".rs")}
    else:
        root = Path(src).parent
        files = {str(p.relative_to(root)): p.read_text() for p in Path(src).rglob("*.rs")}
    modules = {}
    for name, text in files.items():
        parts = name.removeprefix("src/").removesuffix(".rs").split("/")
        if parts[-1] == "mod":
            parts.pop()
        if parts in (["lib"], ["main"]):
            parts = ["crate"] if parts == ["lib"] else ["main"]
        if "tests" in parts or "fuzz" in parts:
            continue
        code = text.split("#[cfg(test)]")[0]
        # Comments name modules in doc links; only code counts.
        code = "\n".join(l for l in code.splitlines() if not l.lstrip().startswith("//"))
        modules["::".join(parts)] = code
    return modules


def use_paths(text):
    """Every path a file names through `crate::`/`super::`, braces of `use` expanded."""
    paths = []
    for m in re.finditer(r"\buse\s+((?:crate|super)(?:::[^;]*?)?);", text, re.S):
        paths.extend(expand(re.sub(r"\s+", "", m.group(1))))
    for m in re.finditer(r"(?<![\w:])((?:crate|super)(?:::(?:super|[A-Za-z_]\w*))+)", text):
        paths.append(m.group(1))
    return paths


def expand(path):
    """`a::{b, c::{d}}` → [`a::b`, `a::c::d`]."""
    brace = path.find("{")
    if brace < 0:
        return [path.split(" as ")[0]]
    head, inner = path[:brace], path[brace + 1:-1]
    items, depth, cur = [], 0, ""
    for ch in inner:
        if ch == "," and depth == 0:
            items.append(cur)
            cur = ""
            continue
        depth += ch == "{"
        depth -= ch == "}"
        cur += ch
    items.append(cur)
    return [p for item in items if item for p in expand(head + item)]


def resolve(module, path, modules, reexports):
    """The module a path points into: the longest known module prefix of its absolute form."""
    parts = path.split("::")
    here = module.split("::") if module not in ("crate", "main") else []
    is_dir_module = False
    if parts[0] == "super":
        base = here[:-1]
        parts = parts[1:]
        while parts and parts[0] == "super":
            base, parts = base[:-1], parts[1:]
        parts = base + parts
    else:
        parts = parts[1:]
    if parts and parts[0] in reexports:
        parts = reexports[parts[0]] + parts[1:]
    for n in range(len(parts), 0, -1):
        name = "::".join(parts[:n])
        if name in modules:
            return name
    return None


def root_reexports(modules):
    """`pub use config::Config;` in lib.rs: `crate::Config` means module `config`."""
    out = {}
    for m in re.finditer(r"pub use (\w+)::(\{[^}]*\}|\w+);", modules.get("crate", "")):
        for item in re.findall(r"\w+", m.group(2)):
            out[item] = [m.group(1)]
    return out


def edges_of(modules):
    reexports = root_reexports(modules)
    edges = set()
    for module, text in modules.items():
        for path in use_paths(text):
            target = resolve(module, path, modules, reexports)
            if target and target != module:
                edges.add((module, target))
    return sorted(edges)


def related(a, b):
    return a == b or b.startswith(a + "::") or a.startswith(b + "::") or "crate" in (a, b)


def cycles(edges):
    """Strongly connected components of more than one module, over sibling edges only."""
    graph = {}
    for a, b in edges:
        if not related(a, b):
            graph.setdefault(a, []).append(b)
    index, low, stack, on, out, counter = {}, {}, [], set(), [], [0]

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on.add(v)
        for w in graph.get(v, []):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                out.append(sorted(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return out


def rank(module):
    top = module.split("::")[0]
    if top in BASE:
        return 0
    if top in PIPELINE:
        return 1 + PIPELINE.index(top)
    return None  # a driver: check, serve, import, incremental, main …


def violations(edges):
    out = []
    for a, b in edges:
        ra, rb = rank(a), rank(b)
        if ra is None or a.split("::")[0] == b.split("::")[0]:
            continue
        if rb is None or rb > ra or (ra == 0 and rb != 0):
            out.append((a, b))
    return out


def main():
    args = sys.argv[1:]
    dot, stages = "--dot" in args, "--stages" in args
    args = [a for a in args if a not in ("--dot", "--stages")]
    rev = None
    if args[:1] == ["--git"]:
        rev, args = args[1], args[2:]
    modules = read_sources(args[0] if args else "src", rev)
    edges = edges_of(modules)
    if dot:
        print("digraph sahifa {\n  rankdir=LR; node [shape=box, fontsize=10];")
        bad = set(violations(edges)) | {(a, b) for c in cycles(edges) for a, b in edges
                                          if a in c and b in c and not related(a, b)}
        drawn = {}
        for a, b in edges:
            if stages:
                a, b, was = a.split("::")[0], b.split("::")[0], (a, b)
                if a == b or "crate" in (a, b):
                    continue
                drawn[(a, b)] = drawn.get((a, b), False) or was in bad
            else:
                drawn[(a, b)] = (a, b) in bad
        for (a, b), red in sorted(drawn.items()):
            print(f'  "{a}" -> "{b}"{" [color=red, penwidth=2]" if red else ""};')
        print("}")
        return
    print(f"# {len(modules)} modules, {len(edges)} edges")
    for a, b in edges:
        print(f"{a} -> {b}")
    found = cycles(edges)
    print(f"\n# cycles: {len(found)}")
    for c in found:
        print(" <-> ".join(c))
    bad = violations(edges)
    print(f"\n# imports up the pipeline: {len(bad)}")
    for a, b in bad:
        print(f"{a} -> {b}")


if __name__ == "__main__":
    main()
