#!/usr/bin/env python3
"""Runs each benchmark program with wl, CPython and Lua, checks that the three print the same
thing, and prints the median wall-clock times, the ratios and the peak memory.

Called by bench/run.sh (which builds wl first); see bench/README.md.
"""

import argparse
import os
import platform
import statistics
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
PROGRAMS = os.path.join(HERE, "programs")

# name, description (the same program exists as NAME.wl, NAME.py and NAME.lua)
BENCHMARKS = [
    ("fib", "recursive fib(30)"),
    ("loop", "10M-turn arithmetic loop"),
    ("calls", "2M calls of a procedure"),
    ("append", "300k string appends"),
    ("array", "fill + sum 1M-int array"),
    ("strings", "string functions, 100k lines"),
    ("assoc", "assoc. array, 200k keys"),
    ("objects", "1M objects, a method on each"),
]

# Targets of issue #6, checked on the ratios of one run.
MAX_RATIO_CPYTHON = 0.5
MAX_RATIO_LUA = 3.0
MAX_APPEND_GROWTH = 2.2
MAX_STARTUP_RATIO_LUA = 2.0

GNU_TIME = "/usr/bin/time"


class Mismatch(Exception):
    pass


def run_once(cmd, cwd):
    """Runs `cmd`; returns (wall-clock seconds, stdout)."""
    start = time.perf_counter()
    proc = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True)
    elapsed = time.perf_counter() - start
    out = proc.stdout.decode("utf-8", "replace")
    if proc.returncode != 0:
        err = proc.stderr.decode("utf-8", "replace")
        raise Mismatch(f"`{' '.join(cmd)}` exited with status {proc.returncode}\nstdout:\n{out}\nstderr:\n{err}")
    return elapsed, out


def peak_memory(cmd, cwd):
    """Peak resident memory of `cmd` in KiB, measured by GNU time in a separate run (the
    rusage of a child forked from this harness would count the harness's own pages), or None
    when /usr/bin/time is missing."""
    if not os.path.exists(GNU_TIME):
        return None
    proc = subprocess.run(
        [GNU_TIME, "-f", "%M", *cmd], cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, text=True
    )
    last = proc.stderr.strip().splitlines()[-1:] or [""]
    return int(last[0]) if last[0].isdigit() else None


def measure(commands, runs):
    """Runs each command `runs` times, interleaved (so that a slower moment of a shared machine
    hits every interpreter alike). Returns {label: (median s, peak KiB, output)}."""
    samples = {label: ([], None) for label in commands}
    for _ in range(runs):
        for label, cmd in commands.items():
            seconds, out = run_once(cmd, PROGRAMS)
            times, first = samples[label]
            times.append(seconds)
            if first is None:
                samples[label] = (times, out)
            elif out != first:
                raise Mismatch(f"{label} printed different things on two runs:\n{first!r}\n{out!r}")
    return {
        label: (statistics.median(times), peak_memory(commands[label], PROGRAMS), out)
        for label, (times, out) in samples.items()
    }


def commands_for(name, wl, python, lua, extra=()):
    return {
        "wl": [wl, "run", f"{name}.wl", *extra],
        "python": [python, f"{name}.py", *extra],
        "lua": [lua, f"{name}.lua", *extra],
    }


def check_same_output(name, results):
    outputs = {label: r[2].strip() for label, r in results.items()}
    if len(set(outputs.values())) != 1:
        lines = "\n".join(f"  {label:7} {out!r}" for label, out in outputs.items())
        raise Mismatch(f"benchmark `{name}`: the outputs differ\n{lines}")


def fmt_time(s):
    return f"{s * 1000:8.1f} ms" if s < 1 else f"{s:8.3f} s "


def fmt_mem(kib):
    return f"{kib / 1024:6.1f} MB" if kib is not None else f"{'n/a':>9}"


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--wl", required=True)
    parser.add_argument("--python", default="python3")
    parser.add_argument("--lua", default="lua5.4")
    parser.add_argument("--runs", type=int, default=5, help="runs of each program (median reported)")
    parser.add_argument("--startup-runs", type=int, default=21)
    parser.add_argument("--only", action="append", help="run only this benchmark (repeatable)")
    args = parser.parse_args()
    # The programs run from bench/programs: a relative path to wl must not depend on it.
    if os.sep in args.wl:
        args.wl = os.path.abspath(args.wl)

    python_version = subprocess.run([args.python, "--version"], capture_output=True, text=True).stdout.strip()
    lua_version = subprocess.run([args.lua, "-v"], capture_output=True, text=True).stdout.strip()
    print(f"wl: {args.wl}")
    print(f"python: {python_version}   lua: {lua_version}   runs: {args.runs} (median)")
    print(f"machine: {platform.machine()}, {os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}")
    print()

    failures = []
    header = (
        f"{'benchmark':38} {'wl':>11} {'CPython':>11} {'Lua':>11}  {'wl/Py':>6} {'wl/Lua':>6}"
        f"  {'mem wl':>9} {'mem Py':>9} {'mem Lua':>9}"
    )
    print(header)
    print("-" * len(header))

    def row(title, r):
        (tw, mw, _), (tp, mp, _), (tl, ml, _) = r["wl"], r["python"], r["lua"]
        ratio_py, ratio_lua = tw / tp, tw / tl
        print(
            f"{title:38} {fmt_time(tw)} {fmt_time(tp)} {fmt_time(tl)}  {ratio_py:6.2f} {ratio_lua:6.2f}"
            f"  {fmt_mem(mw)} {fmt_mem(mp)} {fmt_mem(ml)}",
            flush=True,
        )
        return ratio_py, ratio_lua

    selected = [b for b in BENCHMARKS if not args.only or b[0] in args.only]
    for name, title in selected:
        results = measure(commands_for(name, args.wl, args.python, args.lua), args.runs)
        check_same_output(name, results)
        ratio_py, ratio_lua = row(f"{name}: {title}", results)
        if ratio_py > MAX_RATIO_CPYTHON:
            failures.append(f"{name}: wl/CPython = {ratio_py:.2f} > {MAX_RATIO_CPYTHON}")
        if ratio_lua > MAX_RATIO_LUA:
            failures.append(f"{name}: wl/Lua = {ratio_lua:.2f} > {MAX_RATIO_LUA}")

    if not args.only or "startup" in args.only:
        startup = measure(
            {
                "wl": [args.wl, "run", "empty.wl"],
                "python": [args.python, "-c", "pass"],
                "lua": [args.lua, "-e", ""],
            },
            args.startup_runs,
        )
        _, ratio_lua = row("startup: empty script", startup)
        if ratio_lua > MAX_STARTUP_RATIO_LUA:
            failures.append(f"startup: wl/Lua = {ratio_lua:.2f} > {MAX_STARTUP_RATIO_LUA}")

    if not args.only or "append" in args.only:
        print()
        print("linearity of string appends (time for 600k / time for 300k; linear is 2, quadratic 4):")
        small = measure(commands_for("append", args.wl, args.python, args.lua, ["300000"]), args.runs)
        large = measure(commands_for("append", args.wl, args.python, args.lua, ["600000"]), args.runs)
        check_same_output("append 300000", small)
        check_same_output("append 600000", large)
        for label in ("wl", "python", "lua"):
            growth = large[label][0] / small[label][0]
            print(f"  {label:7} {fmt_time(small[label][0])} -> {fmt_time(large[label][0])}   x{growth:.2f}")
            if label == "wl" and growth > MAX_APPEND_GROWTH:
                failures.append(f"append: doubling the count multiplies wl's time by {growth:.2f}")

    print()
    print(
        f"targets: wl/CPython <= {MAX_RATIO_CPYTHON}, wl/Lua <= {MAX_RATIO_LUA} on every benchmark, "
        f"appends x{MAX_APPEND_GROWTH} at most, start-up <= {MAX_STARTUP_RATIO_LUA} x Lua"
    )
    if failures:
        print("targets missed in this run:")
        for f in failures:
            print(f"  - {f}")
    else:
        print("every target holds in this run")


if __name__ == "__main__":
    try:
        main()
    except Mismatch as e:
        print(f"\nBENCHMARK FAILED: {e}", file=sys.stderr)
        sys.exit(1)
