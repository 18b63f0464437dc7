#!/usr/bin/env python3
"""Interleaved start-up comparison of capy binaries (docs/performance.md, "Startup").

    bench/tools/startup_ab.py [-n RUNS] BINARY... [-- ARGS...]     (ARGS default: -c pass)

Runs each binary RUNS times with ARGS, alternating binaries run by run (and
reversing the order every other round), so that load from other processes on
a shared machine falls on all of them alike; hyperfine runs one command after
the other, which on a loaded machine can make the later one look better or
worse than it is. Prints the median, minimum and 90th percentile wall time and
the median CPU time (user + system of the process and the children it waited
for, so an isolated run's child counts).
"""
import os
import statistics
import sys
import time


def run_once(argv):
    start = time.perf_counter()
    with open(os.devnull, "wb") as null:
        pid = os.posix_spawn(argv[0], argv, os.environ,
                             file_actions=[(os.POSIX_SPAWN_DUP2, null.fileno(), 1)])
    _, status, usage = os.wait4(pid, 0)
    wall = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"{' '.join(argv)}: exit status {os.waitstatus_to_exitcode(status)}")
    return wall * 1e3, (usage.ru_utime + usage.ru_stime) * 1e3


def main():
    args = sys.argv[1:]
    runs = 200
    if args[:1] == ["-n"]:
        runs, args = int(args[1]), args[2:]
    extra = ["-c", "pass"]
    if "--" in args:
        at = args.index("--")
        args, extra = args[:at], args[at + 1:]
    binaries = [os.path.abspath(b) for b in args]
    for b in binaries:  # warm-up: page cache, branch predictors
        for _ in range(10):
            run_once([b] + extra)
    walls = {b: [] for b in binaries}
    cpus = {b: [] for b in binaries}
    for i in range(runs):
        order = binaries if i % 2 == 0 else binaries[::-1]
        for b in order:
            wall, cpu = run_once([b] + extra)
            walls[b].append(wall)
            cpus[b].append(cpu)
    for b in binaries:
        w = sorted(walls[b])
        print(f"{b}: wall median {statistics.median(w):.2f} ms, min {w[0]:.2f}, "
              f"p90 {w[len(w) * 9 // 10]:.2f}; cpu median {statistics.median(cpus[b]):.2f} ms")


if __name__ == "__main__":
    main()
