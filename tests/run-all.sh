#!/usr/bin/env bash
# The whole test suite, from a fresh clone: installs what the tests need (tests/setup.sh),
# builds wl, runs every Rust test (unit, golden scripts, integration tests that start their
# own servers on 127.0.0.1).
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup.sh
cargo build --release --locked
cargo test --workspace --release --locked
