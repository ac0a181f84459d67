#!/bin/bash
# What `discovery: auto` costs a cold build of 10,000 generated articles (issue 14): the same
# corpus built with `discovery: off` and `auto`, alternated, 3 timed runs each after one
# untimed warm-up of each; CPU seconds (user + sys) from /usr/bin/time -v, and the load average
# before each run, and the peak RSS. Usage: benches/discovery.sh [RELEASE_BINARY]   (cargo build --release first)
set -euo pipefail
BIN=${1:-target/release/sahifa}
D=${TMPDIR:-/tmp}/sahifa-discovery-bench
if [ ! -d "$D/c10k/content" ]; then
  python3 ../shared/bench/gencorpus.py --articles 10000 --entities 2000 --seed 1 --out "$D/c10k" >/dev/null
fi
for mode in off auto; do
  mkdir -p "$D/$mode"; ln -sfn "$D/c10k/content" "$D/$mode/content"
  printf 'title: bench\nbase_url: https://example.org/\nsearch: false\ndiscovery: %s\n' "$mode" > "$D/$mode/config.yaml"
done
cat "$D"/c10k/content/articles/* > /dev/null
for mode in off auto; do "$BIN" --root "$D/$mode" build -o "$D/warm-$mode" >/dev/null 2>&1; done
for round in 1 2 3; do
  for mode in off auto; do
    # A fresh folder each time: replacing the output of an earlier run costs seconds of sys time.
    rm -rf "$D/out-$mode-$round"
    sync; sleep 2
    load=$(cut -d' ' -f1 /proc/loadavg)
    /usr/bin/time -v "$BIN" --root "$D/$mode" build --timings -o "$D/out-$mode-$round" \
      > "$D/timings-$mode-$round.txt" 2> "$D/time-$mode-$round.txt"
    u=$(awk '/User time/ {print $NF}' "$D/time-$mode-$round.txt")
    s=$(awk '/System time/ {print $NF}' "$D/time-$mode-$round.txt")
    w=$(awk '/Elapsed \(wall/ {print $NF}' "$D/time-$mode-$round.txt")
    m=$(awk '/Maximum resident/ {print int($NF / 1024)}' "$D/time-$mode-$round.txt")
    echo "$mode round $round: cpu $(echo "$u + $s" | bc) s (user $u, sys $s), wall $w, peak RSS $m MB, load $load"
  done
done
