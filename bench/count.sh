#!/usr/bin/env bash
# Instructions executed by wl for each benchmark program, counted by callgrind: unlike wall
# time, the count does not depend on the load of the machine, so it measures an optimisation
# on a busy machine. Usage: bench/count.sh [NAME...]   (build wl in release mode first)
# Keeps each profile as /tmp/wl-callgrind.NAME for callgrind_annotate.
set -euo pipefail
cd "$(dirname "$0")/programs"
wl=../../target/release/wl
names=("$@")
[ ${#names[@]} -gt 0 ] || names=(fib loop calls append array strings assoc empty)
for name in "${names[@]}"; do
  out=/tmp/wl-callgrind.$name
  valgrind --tool=callgrind --callgrind-out-file="$out" "$wl" run "$name.wl" >/dev/null 2>"$out.log"
  total=$(grep -m1 '^summary:\|^totals:' "$out" | awk '{print $2}')
  printf '%-8s %15s instructions\n' "$name" "$total"
done
