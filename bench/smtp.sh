#!/usr/bin/env bash
# SMTP benchmark (not a test): builds wl in release mode, then sends 1,000 messages over one
# session to a loopback aiosmtpd sink with wl (synchronous, asynchronous) and with Python's
# smtplib, and prints the rates. Usage: bench/smtp.sh [N]
set -euo pipefail
cd "$(dirname "$0")/.."
bash tests/setup.sh
cargo build --release --locked --bin wl
/usr/bin/python3 bench/smtp_bench.py target/release/wl "${1:-1000}"
