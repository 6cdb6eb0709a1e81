#!/usr/bin/env bash
# Benchmarks wl against CPython (`python3` from PATH) and Lua 5.4 (Debian's `lua5.4`,
# installed with apt-get when missing). Builds wl in release mode, runs every program in
# bench/programs with the three interpreters the same number of times, fails if their outputs
# differ, and prints median times, ratios and peak memory, start-up times and the linearity of
# string appends.
#
# Usage: bench/run.sh [--runs N] [--only NAME]...   (NAME: a benchmark, `startup`)
# Run it on a quiet machine: the ratios are wall-clock times.
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v lua5.4 >/dev/null 2>&1; then
  echo "lua5.4 is missing: installing Debian's lua5.4" >&2
  sudo_cmd=()
  if [ "$(id -u)" -ne 0 ]; then sudo_cmd=(sudo); fi
  "${sudo_cmd[@]}" apt-get update -qq
  "${sudo_cmd[@]}" DEBIAN_FRONTEND=noninteractive apt-get install -y -qq lua5.4 >/dev/null
fi
command -v python3 >/dev/null 2>&1 || { echo "python3 is missing from PATH" >&2; exit 1; }

cargo build --release --locked --bin wl >&2
exec python3 bench/harness.py --wl "$PWD/target/release/wl" --python python3 --lua lua5.4 "$@"
