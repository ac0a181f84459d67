#!/usr/bin/env bash
# Matching throughput benchmark (issue: Arabic entity linking). Generates a corpus with a
# 10,000-entity registry (cached outside git) and runs `cargo bench --bench matcher` on it.
# Usage: benches/matcher.sh [ARTICLES]   (default 2000 articles, ~20 MB of text)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-2000}
data=${DATA:-${TMPDIR:-/tmp}/sahifa-bench}
corpus="$data/matcher-a$articles-e10000-s1"
gen=${GENCORPUS:-../shared/bench/gencorpus.py}
if [ ! -d "$corpus/content" ]; then
  mkdir -p "$data"
  python3 "$gen" --articles "$articles" --entities 10000 --seed 1 --out "$corpus" >/dev/null
fi
cargo bench --bench matcher -- "$corpus"
