#!/usr/bin/env bash
# A short fuzz run of every target: `bash fuzz/run.sh [SECONDS_PER_TARGET]` (default 60).
# Needs cargo-fuzz (`cargo install cargo-fuzz`); runs on the stable toolchain with `-s none`.
# WL_FUZZ_PRINT=1 makes compile_tokens print the script an input decodes to (to read a slow
# or crashing input from fuzz/artifacts/). A crash stops the run with a non-zero status; its input is in fuzz/artifacts/TARGET/.
set -euo pipefail
cd "$(dirname "$0")"
seconds=${1:-60}
command -v cargo-fuzz >/dev/null || cargo install cargo-fuzz
cargo fuzz build -s none -O
for target in compile_bytes compile_tokens run_tokens; do
  mkdir -p "corpus/$target"
  # The golden scripts and examples seed every corpus.
  cp -n ../tests/scripts/*/*.wl ../examples/*.wl "corpus/$target/" 2>/dev/null || true
  echo "== $target for $seconds s"
  cargo fuzz run -s none -O "$target" -- -max_len=512 -max_total_time="$seconds" -rss_limit_mb=4096 \
    -print_final_stats=1 2>&1 | grep -E "^stat::number_of_executed_units|Done|ERROR|panicked|crash" || true
  if ls "artifacts/$target"/crash-* >/dev/null 2>&1; then
    echo "fuzz/run.sh: $target found a crash: $(ls artifacts/$target/crash-*)" >&2
    exit 1
  fi
done
