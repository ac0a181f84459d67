#!/bin/bash
# What `discovery: auto` costs a cold build, counted in instructions (issue 14): valgrind's
# cachegrind counts the same total for the same binary and input whatever else the machine
# runs, so two binaries can be compared on a shared machine where seconds swing by ±20 %.
# Threads are serialised under valgrind; the count is the work, not the wall time.
# Usage: benches/discovery_instructions.sh [RELEASE_BINARY] [ARTICLES]   (default 1000;
# 10000 takes ~4 minutes a build here). Needs valgrind (Debian's package).
set -euo pipefail
BIN=${1:-target/release/sahifa}
N=${2:-1000}
D=${TMPDIR:-/tmp}/sahifa-discovery-instructions
if [ ! -d "$D/c$N/content" ]; then
  python3 ../shared/bench/gencorpus.py --articles "$N" --entities 2000 --seed 1 --out "$D/c$N" >/dev/null 2>&1
fi
declare -A refs
for mode in off auto; do
  mkdir -p "$D/$mode-$N"; ln -sfn "$D/c$N/content" "$D/$mode-$N/content"
  printf 'title: bench\nbase_url: https://example.org/\nsearch: false\ndiscovery: %s\n' "$mode" > "$D/$mode-$N/config.yaml"
  rm -rf "$D/out"
  refs[$mode]=$(valgrind --tool=cachegrind --cache-sim=no --cachegrind-out-file=/dev/null \
    "$BIN" build --root "$D/$mode-$N" -o "$D/out" 2>&1 >/dev/null | awk '/I *refs/ {gsub(",", "", $NF); print $NF}')
  echo "$N articles, discovery: $mode: ${refs[$mode]} instructions"
done
rm -rf "$D/out"
awk -v off="${refs[off]}" -v on="${refs[auto]}" \
  'BEGIN { printf "discovery adds %.2f G instructions (%+.1f %%)\n", (on - off) / 1e9, 100 * (on - off) / off }'
