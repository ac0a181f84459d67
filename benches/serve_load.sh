#!/usr/bin/env bash
# `sahifa serve` under load: 200 concurrent connections for 30 s (wrk, on loopback) on an
# article page, the home page and an entity page, while a loop edits an article every 0.5 s.
# Prints wrk's summary and the server's resident memory every 5 s.
# Usage: benches/serve_load.sh [ARTICLES]   (default 1000; corpus from ../shared/bench/gencorpus.py)
set -euo pipefail
cd "$(dirname "$0")/.."
articles=${1:-1000}
data=${DATA:-${TMPDIR:-/tmp}/sahifa-bench}
site="$data/load-a$articles-e2000-s1"
if [ ! -d "$site/content" ]; then
  python3 ../shared/bench/gencorpus.py --articles "$articles" --entities 2000 --seed 1 --out "$site" >/dev/null
fi
printf 'title: load\nbase_url: https://example.org/news/\n' > "$site/config.yaml"
cargo build --release --quiet
port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')
./target/release/sahifa serve --port "$port" --root "$site" > "$data/serve-load.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true' EXIT
until curl -s -o /dev/null "http://127.0.0.1:$port/news/"; do sleep 0.2; done
article="$site/content/articles/000001.md"
cp "$article" "$data/original.md"
( for i in $(seq 1 60); do cp "$data/original.md" "$article"; printf '\n\nتعديل رقم %s\n' "$i" >> "$article"; sleep 0.5; done; cp "$data/original.md" "$article" ) &
editor=$!
( for i in 1 2 3 4 5 6 7; do echo "rss_kb t=$((i*5-5))s: $(ps -o rss= -p $server)"; sleep 5; done ) &
memory=$!
cat > "$data/paths.lua" <<'LUA'
local paths = {"/news/", "/news/articles/000001/", "/news/entities/%D8%B1%D9%88%D8%B3%D9%8A%D8%A7/", "/news/feed.xml"}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i % #paths) + 1])
end
LUA
wrk -t2 -c200 -d30s --latency -s "$data/paths.lua" "http://127.0.0.1:$port" | tee "$data/wrk.txt"
wait $editor $memory
echo "rebuilds during the run: $(grep -c '^Changed' "$data/serve-load.log")"
echo "errors logged: $(grep -c 'error' "$data/serve-load.log" || true)"
kill -0 $server && echo "server still running"
