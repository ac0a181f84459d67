#!/usr/bin/env bash
# The README's set-up step, checked: `cargo install --locked --path .` puts a working `sahifa` on
# a PATH that holds nothing else of ours. Installs into a temporary root (never ~/.cargo) and
# reuses this checkout's target directory, so only Sahifa itself is linked again, not its ~280
# dependencies. Too slow for `cargo test` (a release-profile install), so CI runs it here.
#
# Usage: bash .ci/install-check.sh [--debug]   (--debug: the dev profile, seconds when built)
set -euo pipefail
cd "$(dirname "$0")/.."

profile=()
if [ "${1:-}" = "--debug" ]; then profile=(--debug); fi

prefix=$(mktemp -d)
site=$(mktemp -d)
trap 'rm -rf "$prefix" "$site"' EXIT

start=$(date +%s)
CARGO_TARGET_DIR="${CARGO_TARGET_DIR:-$PWD/target}" \
  cargo install --locked --path . --root "$prefix" "${profile[@]}" --quiet
echo "cargo install: $(($(date +%s) - start)) s"

# A fresh PATH: the installed binary and the system's tools, no cargo bin folder.
fresh_path="$prefix/bin:/usr/bin:/bin"
version=$(env PATH="$fresh_path" sahifa --version)
expected="sahifa $(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -1)"
if [ "$version" != "$expected" ]; then
  echo "installed sahifa says '$version', expected '$expected'" >&2
  exit 1
fi
echo "on a fresh PATH: $version ($(command -v "$prefix/bin/sahifa"))"

# And it does the README's first thing: a new site that builds.
(cd "$site" && env PATH="$fresh_path" sahifa init news >/dev/null \
  && cd news && env PATH="$fresh_path" sahifa build >/dev/null \
  && env PATH="$fresh_path" sahifa check >/dev/null)
echo "installed sahifa: init, build and check of a new site succeed"
