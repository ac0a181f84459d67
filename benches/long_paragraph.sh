#!/bin/bash
# How the load stage (where discovery runs) grows with the length of one paragraph: an article
# pasted as a single line of 0.5–8 MB (a scrape without line breaks), with `discovery: auto`
# and `off`. Linear time means each doubling about doubles the figure. Usage:
# benches/long_paragraph.sh [RELEASE_BINARY]   (cargo build --release first)
set -euo pipefail
BIN=${1:-target/release/sahifa}
D=$(mktemp -d)
trap 'rm -rf "$D"' EXIT
SENTENCE='قال الرئيس فلاديمير بوتين في موسكو إن العلاقات مع الصين جيدة، وأضاف أن التعاون سيستمر. '
for mode in off auto; do
  mkdir -p "$D/$mode/content/articles"
  printf 'title: bench\nbase_url: https://example.org/\nsearch: false\ndiscovery: %s\n' "$mode" > "$D/$mode/config.yaml"
done
for repeats in 3000 6000 12000 24000 48000; do
  for mode in off auto; do
    { printf -- '---\ntitle: "خبر"\ndate: 2024-01-01\n---\n'
      for _ in $(seq "$repeats"); do printf '%s' "$SENTENCE"; done
      echo; } > "$D/$mode/content/articles/long.md"
    bytes=$(stat -c %s "$D/$mode/content/articles/long.md")
    load=$("$BIN" --root "$D/$mode" build --timings -o "$D/out-$mode" 2>&1 | awk '$1 == "load" {print $2, $3}')
    echo "$mode: $bytes bytes in one line: load $load"
  done
done
