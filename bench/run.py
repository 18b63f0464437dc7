#!/usr/bin/env python3
"""capy benchmark runner.

Runs every program in bench/ (and bench/next/ with --all) under capy and its
peers, and compares their wall times against Debian's CPython 3.11.

Why it is built this way:

- CPython is the oracle for capy's semantics, so it is also the oracle for the
  benchmarks: /usr/bin/python3 runs each program first and its stdout becomes
  the expected output. Every other engine's stdout must equal it on every run;
  a mismatch or a crash is reported as FAIL and never timed, because a fast
  wrong answer is not a result. We use /usr/bin/python3 and not the python3
  on PATH (a pyenv build on the dev machines), so numbers stay comparable.
- capy is being written while this runner exists, so nothing about it is
  assumed: a missing binary skips the capy columns; tiers (`--jit off|auto|
  eager`) are probed with `capy --jit off -c pass` and only used when the
  binary accepts the flag. Any binary can stand in for capy (--capy).
- Each run is one process, timed with time.perf_counter() around the whole
  process (startup included: that is what a user waits for). Its peak RSS
  comes from GNU time (/usr/bin/time -f %M), which forks the program from a
  small process; RUSAGE_CHILDREN deltas cannot work (ru_maxrss is a maximum,
  not a sum) and wait4 on our own fork counts the runner's size (run_once
  says why). The figure covers grandchildren the program waited for, such as
  capy's sandboxed worker. Startup is timed without the wrapper.
- Medians, not means: the machine has two cores shared with compilers, and a
  median shrugs off the odd run that lost its core. The load average is
  recorded next to the numbers so a reader can judge the noise.
- The SVG chart is written by hand (no third-party packages) on a log scale
  with bars that start at python3 = 1x: up is faster, down is slower.

Usage: python3 bench/run.py [--runs N] [--capy PATH] [--tiers LIST] [--all]
       [--only a,b] [--engines a,b] [--hyperfine] [--no-startup]
Run with --help for every option.
"""

import argparse
import datetime
import json
import math
import os
import platform
import shlex
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

BENCH_DIR = Path(__file__).resolve().parent
REPO_ROOT = BENCH_DIR.parent
REFERENCE_PYTHON = "/usr/bin/python3"
BASELINE = "python3"
# GNU time reports the peak RSS of the program alone (see run_once).
TIME_TOOL = "/usr/bin/time" if os.access("/usr/bin/time", os.X_OK) else None

# Tier name given on the command line -> column name in the table.
TIER_NAMES = {"default": "capy", "off": "capy-interp", "auto": "capy-auto",
              "eager": "capy-eager"}
# Peers found on PATH: (column name, executable, kind of program it runs).
PEERS = [("pypy3", "pypy3", "py"), ("lua5.4", "lua5.4", "lua"), ("luajit", "luajit", "lua")]
# How each engine runs "nothing", for the startup measurement.
STARTUP_ARGS = {"py": ["-c", "pass"], "lua": ["-e", ""]}


class Engine:
    """One way of running a program: a command prefix and the language it runs."""

    def __init__(self, name, argv, kind, note=""):
        self.name = name
        self.argv = list(argv)
        self.kind = kind  # "py" runs bench/<p>.py, "lua" runs bench/lua/<p>.lua
        self.note = note
        self.version = ""

    def command_for(self, program):
        """The full command for a program, or None if this engine has no port of it."""
        path = program["py"] if self.kind == "py" else program.get("lua")
        if path is None:
            return None
        return self.argv + [str(path)]


class RunResult:
    def __init__(self, seconds, max_rss_kb, returncode, stdout, stderr, timed_out):
        self.seconds = seconds
        self.max_rss_kb = max_rss_kb
        self.returncode = returncode
        self.stdout = stdout
        self.stderr = stderr
        self.timed_out = timed_out


def run_once(argv, cwd, timeout, want_rss=True):
    """Run argv once; return its wall time, peak RSS, exit code and output.

    Output goes to temporary files rather than pipes so a chatty program can
    never block on a full pipe while we sit in wait4(). The child gets its own
    process group so a timeout kills everything it started.

    Peak RSS: a child forked from this runner starts as a copy of it (~15 MB),
    and Linux keeps that copy's high-water mark across exec, so wait4's
    ru_maxrss would never report less than the runner's own size. GNU time is
    a small C program, so its child starts small; we let it do the fork and
    read its %M. Without /usr/bin/time the RSS is not reported at all.
    """
    use_time = want_rss and TIME_TOOL is not None
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err, \
            tempfile.NamedTemporaryFile(mode="r", suffix=".rss") as rss_file:
        full = ([TIME_TOOL, "-f", "%M", "-o", rss_file.name] + argv) if use_time else argv
        start = time.perf_counter()
        try:
            proc = subprocess.Popen(full, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                                    stderr=err, start_new_session=True)
        except OSError as exc:
            return RunResult(0.0, None, 127, b"", str(exc).encode(), False)
        timed_out = threading.Event()

        def kill():
            timed_out.set()
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except OSError:
                pass

        timer = threading.Timer(timeout, kill)
        timer.start()
        try:
            _, status, _ = os.wait4(proc.pid, 0)
        finally:
            timer.cancel()
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)  # keeps Popen from reaping again
        max_rss_kb = None
        if use_time:
            # GNU time may write "Command exited with non-zero status N" first.
            lines = rss_file.read().split()
            if lines and lines[-1].isdigit():
                max_rss_kb = int(lines[-1])
        out.seek(0)
        err.seek(0)
        return RunResult(seconds, max_rss_kb, proc.returncode, out.read(), err.read(),
                         timed_out.is_set())


def describe_failure(result, expected):
    if result.timed_out:
        return "timeout"
    if result.returncode != 0:
        lines = result.stderr.decode("utf-8", "replace").strip().splitlines()
        last = lines[-1] if lines else ""
        return f"exit {result.returncode}: {last[:120]}"
    if expected is not None and result.stdout != expected:
        got = result.stdout.decode("utf-8", "replace").strip().splitlines()
        want = expected.decode("utf-8", "replace").strip().splitlines()
        first_got = got[0][:60] if got else "(nothing)"
        first_want = want[0][:60] if want else "(nothing)"
        return f"output differs: got {first_got!r}, want {first_want!r}"
    return None


def hyperfine_times(argv, cwd, runs, timeout):
    """Time argv with hyperfine; returns a list of seconds, or None if it failed."""
    with tempfile.NamedTemporaryFile(suffix=".json") as export:
        cmd = ["hyperfine", "--shell=none", "--runs", str(runs), "--warmup", "0",
               "--style", "none", "--export-json", export.name, shlex.join(argv)]
        try:
            subprocess.run(cmd, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                           timeout=timeout * (runs + 1), check=True)
            data = json.loads(Path(export.name).read_text())
        except (subprocess.SubprocessError, OSError, ValueError):
            return None
    return list(data["results"][0]["times"])


# ----------------------------------------------------------------------------
# Discovery: programs and engines


def find_programs(include_next, only):
    dirs = [BENCH_DIR] + ([BENCH_DIR / "next"] if include_next else [])
    programs = []
    for directory in dirs:
        for py in sorted(directory.glob("*.py")):
            if py.name == "run.py":
                continue
            name = py.stem
            if only and name not in only:
                continue
            lua = BENCH_DIR / "lua" / (name + ".lua")
            programs.append({"name": name, "py": py, "lua": lua if lua.exists() else None,
                             "group": "next" if directory.name == "next" else "core"})
    return programs


def probe(argv, timeout=20):
    """True when argv runs to a clean exit with no output (used for feature probes)."""
    try:
        done = subprocess.run(argv, stdin=subprocess.DEVNULL, capture_output=True,
                              timeout=timeout)
    except (OSError, subprocess.SubprocessError):
        return False
    return done.returncode == 0 and done.stdout.strip() == b""


def engine_version(argv):
    for flag in ("--version", "-v"):
        try:
            done = subprocess.run(argv + [flag], stdin=subprocess.DEVNULL, capture_output=True,
                                  timeout=10)
        except (OSError, subprocess.SubprocessError):
            continue
        text = (done.stdout + done.stderr).decode("utf-8", "replace").strip()
        if done.returncode == 0 and text:
            return " ".join(text.splitlines()[:2])
    return ""


def resolve_capy(path_arg):
    if path_arg:
        path = Path(path_arg)
        if not path.is_absolute() and not path.exists():
            path = REPO_ROOT / path
        return path if path.exists() else None
    for candidate in ("build/capy", "build/cli/capy"):
        path = REPO_ROOT / candidate
        if path.exists():
            return path
    return None


def capy_engines(args, log):
    capy = resolve_capy(args.capy)
    if capy is None:
        log(f"capy: no binary at {args.capy or 'build/capy'}; capy columns skipped")
        return []
    extra = list(args.capy_arg)
    if args.tiers == "detect":
        # A binary that accepts `--jit off` has tiers; anything else (an early
        # capy, or a stand-in such as python3) runs as one plain engine.
        if probe([str(capy)] + extra + ["--jit", "off", "-c", "pass"]):
            tiers = ["default", "off"]
        else:
            tiers = ["default"]
    elif args.tiers == "none":
        tiers = ["default"]
    else:
        tiers = [t.strip() for t in args.tiers.split(",") if t.strip()]
    engines = []
    for tier in tiers:
        if tier not in TIER_NAMES:
            raise SystemExit(f"unknown tier {tier!r}; choose from {', '.join(TIER_NAMES)}")
        flags = [] if tier == "default" else ["--jit", tier]
        engines.append(Engine(TIER_NAMES[tier], [str(capy)] + extra + flags, "py",
                              note=f"tier {tier}"))
    return engines


def find_engines(args, log):
    if not os.access(REFERENCE_PYTHON, os.X_OK):
        raise SystemExit(f"{REFERENCE_PYTHON} is required: it is the reference engine")
    engines = [Engine(BASELINE, [REFERENCE_PYTHON], "py", note="reference")]
    engines += capy_engines(args, log)
    for name, exe, kind in PEERS:
        path = shutil.which(exe)
        if path:
            engines.append(Engine(name, [path], kind))
        else:
            log(f"{name}: not installed; skipped")
    if args.engines:
        wanted = {e.strip() for e in args.engines.split(",")}
        engines = [e for e in engines if e.name == BASELINE or e.name in wanted]
    for engine in engines:
        engine.version = engine_version(engine.argv[:1])
    return engines


# ----------------------------------------------------------------------------
# Measuring


def summarize(times, rss):
    known = [kb for kb in rss if kb is not None]
    return {"median": statistics.median(times), "min": min(times), "max": max(times),
            "max_rss_kb": max(known) if known else None}


def format_mb(kb):
    return f"{kb / 1024:.1f}" if kb else "-"


def measure_program(program, engines, args, log):
    """Run one program under every engine; returns its report entry.

    Runs are interleaved (python3, capy, pypy3, ..., then again) rather than
    done engine by engine, so a burst of load from other work on the machine
    slows every engine a little instead of one engine a lot.
    """
    results = {}
    commands = {}
    for engine in engines:
        argv = engine.command_for(program)
        if argv is None:
            results[engine.name] = {"status": "skipped", "reason": "no port"}
        else:
            commands[engine.name] = argv
            results[engine.name] = {"status": "ok", "times": [], "max_rss_kb_runs": []}
    cwd = str(program["py"].parent)
    expected = None

    def fail(name, reason):
        if name == BASELINE:
            raise SystemExit(f"{program['name']}: python3 itself fails ({reason}); "
                             "fix the program first")
        results[name] = {"status": "FAIL", "reason": reason}
        log(f"  {name:12s} FAIL  {reason}")

    live = [e.name for e in engines if e.name in commands]
    for _ in range(args.warmup):
        for name in live:
            warm = run_once(commands[name], cwd, args.timeout)
            reason = describe_failure(warm, expected)
            if reason:
                fail(name, reason)
            elif name == BASELINE and expected is None:
                expected = warm.stdout
        live = [n for n in live if results[n]["status"] == "ok"]

    if args.hyperfine:
        for name in live:
            # One checked run first (it also gives the peak RSS), then
            # hyperfine does the timing.
            check = run_once(commands[name], cwd, args.timeout)
            reason = describe_failure(check, expected)
            if reason is None:
                if name == BASELINE and expected is None:
                    expected = check.stdout
                times = hyperfine_times(commands[name], cwd, args.runs, args.timeout)
                reason = None if times else "hyperfine failed"
            if reason:
                fail(name, reason)
                continue
            results[name]["times"] = times
            results[name]["max_rss_kb_runs"] = [check.max_rss_kb]
    else:
        for _ in range(args.runs):
            for name in live:
                if results[name]["status"] != "ok":
                    continue
                result = run_once(commands[name], cwd, args.timeout)
                reason = describe_failure(result, expected)
                if reason:
                    fail(name, reason)
                    continue
                if name == BASELINE and expected is None:
                    expected = result.stdout
                results[name]["times"].append(result.seconds)
                results[name]["max_rss_kb_runs"].append(result.max_rss_kb)

    for name in live:
        entry = results[name]
        if entry["status"] != "ok":
            continue
        entry.update(summarize(entry["times"], entry["max_rss_kb_runs"]))
        log(f"  {name:12s} {entry['median']:8.3f}s  {format_mb(entry['max_rss_kb']):>7} MB")
    base = results[BASELINE]["median"]
    for entry in results.values():
        if entry["status"] == "ok":
            entry["ratio"] = base / entry["median"] if entry["median"] > 0 else None
    return {"expected_output": expected.decode("utf-8", "replace") if expected else "",
            "group": program["group"], "results": results}


def measure_startup(engines, runs, timeout, log):
    """Median time and RSS of starting each engine on an empty program."""
    startup = {}
    for engine in engines:
        argv = engine.argv + STARTUP_ARGS[engine.kind]
        times, rss, failure = [], [], None
        # The GNU time wrapper would add its own fork and exec to a few
        # milliseconds, so startup is timed bare and RSS taken from one more run.
        for _ in range(runs):
            result = run_once(argv, str(BENCH_DIR), timeout, want_rss=False)
            failure = describe_failure(result, None)
            if failure:
                break
            times.append(result.seconds)
        if failure is None:
            result = run_once(argv, str(BENCH_DIR), timeout)
            failure = describe_failure(result, None)
            rss.append(result.max_rss_kb)
        if failure:
            startup[engine.name] = {"status": "FAIL", "reason": failure, "command": argv}
            log(f"  {engine.name:12s} FAIL  {failure}")
            continue
        entry = {"status": "ok", "command": argv, "times": times, "max_rss_kb_runs": rss}
        entry.update(summarize(times, rss))
        startup[engine.name] = entry
        log(f"  {engine.name:12s} {entry['median'] * 1000:8.1f} ms")
    if BASELINE in startup and startup[BASELINE]["status"] == "ok":
        base = startup[BASELINE]["median"]
        for entry in startup.values():
            if entry["status"] == "ok" and entry["median"] > 0:
                entry["ratio"] = base / entry["median"]
    return startup


def geometric_means(programs, engines):
    """Geometric mean of each engine's ratio over the programs it passed."""
    means = {}
    for engine in engines:
        ratios = [p["results"][engine.name]["ratio"] for p in programs.values()
                  if p["results"][engine.name]["status"] == "ok"
                  and p["results"][engine.name].get("ratio")]
        attempted = sum(1 for p in programs.values()
                        if p["results"][engine.name]["status"] != "skipped")
        if ratios:
            mean = math.exp(sum(math.log(r) for r in ratios) / len(ratios))
        else:
            mean = None
        means[engine.name] = {"ratio": mean, "passed": len(ratios), "attempted": attempted}
    return means


# ----------------------------------------------------------------------------
# Reporting


def machine_info():
    info = {"platform": platform.platform(), "machine": platform.machine(),
            "cpu_count": os.cpu_count(), "hostname": platform.node(),
            "runner_python": sys.version.split()[0]}
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                info["cpu"] = line.split(":", 1)[1].strip()
                break
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal"):
                info["mem_total"] = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    info["loadavg_start"] = list(os.getloadavg())
    return info


def format_cell(entry, with_time=True):
    if entry is None or entry["status"] == "skipped":
        return "-"
    if entry["status"] == "FAIL":
        return "FAIL"
    ratio = entry.get("ratio")
    ratio_text = f"{ratio:.2f}x" if ratio else "?"
    return f"{entry['median']:.3f}s {ratio_text:>7}" if with_time else ratio_text


def print_table(title, header, rows, out):
    widths = [max(len(str(row[i])) for row in [header] + rows) for i in range(len(header))]
    out.write(f"\n{title}\n")
    line = "  ".join(str(h).ljust(w) if i == 0 else str(h).rjust(w)
                     for i, (h, w) in enumerate(zip(header, widths)))
    out.write(line + "\n" + "-" * len(line) + "\n")
    for row in rows:
        out.write("  ".join(str(c).ljust(w) if i == 0 else str(c).rjust(w)
                            for i, (c, w) in enumerate(zip(row, widths))) + "\n")


def print_report(report, engines, out):
    names = [e.name for e in engines]
    others = [n for n in names if n != BASELINE]
    header = ["program", "python3"] + others
    rows = []
    for pname, prog in report["programs"].items():
        res = prog["results"]
        rows.append([pname, f"{res[BASELINE]['median']:.3f}s"]
                    + [format_cell(res.get(n)) for n in others])
    geo = report["geomean"]
    geo_row = ["geomean", "1.00x"]
    for n in others:
        g = geo[n]
        if g["ratio"] is None:
            geo_row.append("-")
        else:
            partial = "" if g["passed"] == g["attempted"] else f" ({g['passed']}/{g['attempted']})"
            geo_row.append(f"{g['ratio']:.2f}x{partial}")
    rows.append(geo_row)
    print_table("Wall time, median of runs; ratio = python3 / engine (>1 means faster "
                "than python3)", header, rows, out)

    rss_rows = []
    for pname, prog in report["programs"].items():
        row = [pname]
        for n in names:
            entry = prog["results"].get(n)
            if entry and entry["status"] == "ok":
                row.append(format_mb(entry.get("max_rss_kb")))
            else:
                row.append("FAIL" if entry and entry["status"] == "FAIL" else "-")
        rss_rows.append(row)
    print_table("Peak RSS in MB (max over runs)", ["program"] + names, rss_rows, out)

    if report.get("startup"):
        st_rows = []
        for n, entry in report["startup"].items():
            if entry["status"] != "ok":
                st_rows.append([n, "FAIL", "-", "-", entry["reason"]])
                continue
            ratio = entry.get("ratio")
            st_rows.append([n, f"{entry['median'] * 1000:.1f}",
                            f"{ratio:.2f}x" if ratio else "?",
                            format_mb(entry.get("max_rss_kb")), shlex.join(entry["command"])])
        print_table(f"Startup (median of {report['settings']['startup_runs']} runs)",
                    ["engine", "ms", "ratio", "RSS MB", "command"], st_rows, out)

    fails = [(p, n, e["reason"]) for p, prog in report["programs"].items()
             for n, e in prog["results"].items() if e["status"] == "FAIL"]
    if fails:
        out.write("\nFailures (not timed):\n")
        for p, n, reason in fails:
            out.write(f"  {p} / {n}: {reason}\n")
    load = report["machine"]["loadavg_start"][0]
    if load > 1.0:
        out.write(f"\nnote: load average was {load:.2f} at the start; other work on this "
                  "machine may have slowed some runs\n")


def write_svg(report, engines, path):
    """A grouped bar chart of ratios vs python3 on a log scale.

    Bars grow from the python3 = 1x line: up means faster than python3, down
    slower. One group per program plus the geometric mean; each bar carries
    its value, and failures are marked where the bar would be.
    """
    series = [e.name for e in engines if e.name != BASELINE]
    palette = {"capy": "#d9480f", "capy-auto": "#e8590c", "capy-interp": "#f59f00",
               "capy-eager": "#c92a2a", "pypy3": "#1c7ed6", "lua5.4": "#2b8a3e",
               "luajit": "#7048e8"}
    extra_colors = ["#495057", "#0c8599", "#a61e4d", "#5c940d"]
    colors = {}
    for i, name in enumerate(series):
        colors[name] = palette.get(name, extra_colors[i % len(extra_colors)])

    groups = []
    for pname, prog in report["programs"].items():
        groups.append((pname, {n: prog["results"].get(n) for n in series}))
    geo_entries = {}
    for n in series:
        g = report["geomean"][n]
        geo_entries[n] = ({"status": "ok", "ratio": g["ratio"]} if g["ratio"]
                          else {"status": "skipped"})
    groups.append(("geomean", geo_entries))

    ratios = [e["ratio"] for _, entries in groups for e in entries.values()
              if e and e["status"] == "ok" and e.get("ratio")]
    lo = min(ratios + [1.0])
    hi = max(ratios + [1.0])
    lo_exp = math.floor(math.log10(lo) - 0.05)
    hi_exp = math.ceil(math.log10(hi) + 0.05)
    if hi_exp - lo_exp < 2:
        lo_exp, hi_exp = min(lo_exp, -1), max(hi_exp, 1)

    bar_w, bar_gap, group_gap = 16, 3, 26
    group_w = max(1, len(series)) * (bar_w + bar_gap) - bar_gap
    left, right, top, plot_h = 70, 20, 70, 360
    label_h, legend_h = 70, 40
    # Wide enough for the title even when only a few programs ran.
    width = max(left + right + len(groups) * (group_w + group_gap), 820)
    height = top + plot_h + label_h + legend_h

    def y_of(ratio):
        frac = (math.log10(ratio) - lo_exp) / (hi_exp - lo_exp)
        return top + plot_h * (1.0 - frac)

    def esc(text):
        return (str(text).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace('"', "&quot;"))

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
             f'viewBox="0 0 {width} {height}" font-family="DejaVu Sans, Arial, sans-serif">',
             f'<rect width="{width}" height="{height}" fill="white"/>']
    machine = report["machine"]
    title = "capy benchmarks: speed relative to CPython 3.11 (log scale, higher is faster)"
    subtitle = (f"{report['date']} \u00b7 {machine.get('cpu', machine['machine'])} \u00b7 "
                f"{machine['cpu_count']} cores \u00b7 median of {report['settings']['runs']} "
                f"runs \u00b7 python3 = 1x")
    parts.append(f'<text x="{left}" y="28" font-size="17" font-weight="bold">{esc(title)}</text>')
    parts.append(f'<text x="{left}" y="50" font-size="12" fill="#555">{esc(subtitle)}</text>')

    geo_x = left + group_gap / 2 + (len(groups) - 1) * (group_w + group_gap)
    parts.append(f'<rect x="{geo_x - group_gap / 2 + 2:.1f}" y="{top}" '
                 f'width="{group_w + group_gap - 4}" height="{plot_h}" fill="#f4f4f4"/>')
    # Grid: every decade labelled, 2x and 5x as faint lines.
    for exp in range(lo_exp, hi_exp + 1):
        for mult in (1, 2, 5):
            value = mult * 10.0 ** exp
            if exp == hi_exp and mult > 1:
                break
            y = y_of(value)
            stroke = "#bbb" if mult == 1 else "#eee"
            parts.append(f'<line x1="{left}" y1="{y:.1f}" x2="{width - right}" y2="{y:.1f}" '
                         f'stroke="{stroke}"/>')
            if mult == 1 or hi_exp - lo_exp <= 2:
                label = f"{value:g}x"
                parts.append(f'<text x="{left - 8}" y="{y + 4:.1f}" font-size="11" '
                             f'text-anchor="end" fill="#333">{label}</text>')
    y_one = y_of(1.0)
    parts.append(f'<line x1="{left}" y1="{y_one:.1f}" x2="{width - right}" y2="{y_one:.1f}" '
                 'stroke="#000" stroke-width="1.5"/>')
    parts.append(f'<text x="{left - 8}" y="{y_one + 15:.1f}" font-size="9.5" '
                 'text-anchor="end" fill="#555">python3</text>')
    parts.append(f'<text x="18" y="{top + plot_h / 2:.0f}" font-size="12" text-anchor="middle" '
                 f'transform="rotate(-90 18 {top + plot_h / 2:.0f})">'
                 'times faster than python3</text>')

    x = left + group_gap / 2
    for gname, entries in groups:
        for i, name in enumerate(series):
            bx = x + i * (bar_w + bar_gap)
            cx = bx + bar_w / 2
            entry = entries.get(name)
            if entry is None or entry["status"] == "skipped":
                continue
            if entry["status"] == "FAIL":
                parts.append(f'<text x="{cx:.1f}" y="{y_one - 4:.1f}" font-size="10" '
                             f'fill="#c00" text-anchor="start" '
                             f'transform="rotate(-90 {cx + 3:.1f} {y_one - 4:.1f})">'
                             f'FAIL {esc(name)}</text>')
                continue
            ratio = entry["ratio"]
            y = y_of(ratio)
            y0, y1 = min(y, y_one), max(y, y_one)
            tip = f"{name} on {gname}: {ratio:.2f}x"
            parts.append(f'<rect x="{bx:.1f}" y="{y0:.1f}" width="{bar_w}" '
                         f'height="{max(y1 - y0, 1):.1f}" fill="{colors[name]}">'
                         f'<title>{esc(tip)}</title></rect>')
            # Value label just past the bar's tip, running along the bar.
            if ratio >= 1.0:
                ty, anchor = y0 - 3, "start"
            else:
                ty, anchor = y1 + 3, "end"
            parts.append(f'<text x="{cx + 3.5:.1f}" y="{ty:.1f}" font-size="9.5" '
                         f'text-anchor="{anchor}" fill="#222" '
                         f'transform="rotate(-90 {cx + 3.5:.1f} {ty:.1f})">{ratio:.2f}</text>')
        gx = x + group_w / 2
        weight = "bold" if gname == "geomean" else "normal"
        parts.append(f'<text x="{gx:.1f}" y="{top + plot_h + 18}" font-size="12" '
                     f'font-weight="{weight}" text-anchor="middle">{esc(gname)}</text>')
        x += group_w + group_gap

    ly = top + plot_h + label_h
    lx = left
    for name in series:
        parts.append(f'<rect x="{lx}" y="{ly - 11}" width="14" height="14" '
                     f'fill="{colors[name]}"/>')
        parts.append(f'<text x="{lx + 20}" y="{ly + 1}" font-size="12">{esc(name)}</text>')
        lx += 30 + 8 * len(name) + 20
    parts.append("</svg>")
    Path(path).write_text("\n".join(parts) + "\n")


# ----------------------------------------------------------------------------


def parse_args(argv):
    p = argparse.ArgumentParser(description="Run capy's benchmarks against python3 and peers.")
    p.add_argument("--runs", type=int, default=5, help="timed runs per program and engine (5)")
    p.add_argument("--warmup", type=int, default=0,
                   help="untimed runs before the timed ones (0; each timed run is checked anyway)")
    p.add_argument("--capy", default=None,
                   help="capy binary (default: build/capy under the repo root, then "
                        "build/cli/capy)")
    p.add_argument("--capy-arg", action="append", default=[], metavar="ARG",
                   help="extra argument for capy before the tier flag (repeatable), "
                        "e.g. --capy-arg=--mem=4G")
    p.add_argument("--tiers", default="detect",
                   help="capy tiers to run: 'detect' (default: plain, plus 'off' when "
                        "`--jit off` is accepted), 'none' (plain binary only), or a list of "
                        "default,off,auto,eager")
    p.add_argument("--engines", default=None,
                   help="only these engines besides python3, e.g. capy,luajit")
    p.add_argument("--only", default=None, help="only these programs, e.g. fib,sieve")
    p.add_argument("--all", action="store_true",
                   help="also run bench/next/ (programs that need classes)")
    p.add_argument("--hyperfine", action="store_true",
                   help="time with hyperfine (RSS then comes from one checked run)")
    p.add_argument("--timeout", type=float, default=120.0, help="seconds per run (120)")
    p.add_argument("--startup-runs", type=int, default=20, help="runs for startup time (20)")
    p.add_argument("--no-startup", action="store_true", help="skip the startup measurement")
    p.add_argument("--json", default=str(BENCH_DIR / "results" / "latest.json"),
                   help="where to write the JSON results")
    p.add_argument("--svg", default=str(BENCH_DIR / "results" / "latest.svg"),
                   help="where to write the SVG chart")
    p.add_argument("--list", action="store_true", help="list programs and engines, then exit")
    p.add_argument("--quiet", action="store_true", help="only print the final tables")
    args = p.parse_args(argv)
    if args.runs < 1:
        p.error("--runs must be at least 1")
    if args.hyperfine and not shutil.which("hyperfine"):
        p.error("--hyperfine given but hyperfine is not installed")
    return args


def main(argv=None):
    args = parse_args(argv)

    def log(message):
        if not args.quiet:
            print(message, file=sys.stderr, flush=True)

    only = {name.strip() for name in args.only.split(",")} if args.only else None
    programs = find_programs(args.all, only)
    if not programs:
        raise SystemExit("no programs selected")
    engines = find_engines(args, log)

    if args.list:
        for prog in programs:
            port = " (+lua)" if prog["lua"] else ""
            print(f"program {prog['name']}{port} [{prog['group']}]")
        for engine in engines:
            print(f"engine  {engine.name}: {shlex.join(engine.argv)}  {engine.version}")
        return 0

    started = time.perf_counter()
    report = {
        "schema": 1,
        "date": datetime.datetime.now().astimezone().isoformat(timespec="seconds"),
        "machine": machine_info(),
        "settings": {"runs": args.runs, "warmup": args.warmup, "timer":
                     "hyperfine" if args.hyperfine else "perf_counter",
                     "startup_runs": args.startup_runs, "all": args.all,
                     "timeout": args.timeout},
        "engines": {e.name: {"command": e.argv, "kind": e.kind, "version": e.version,
                             "note": e.note} for e in engines},
        "programs": {},
    }
    for prog in programs:
        log(f"{prog['name']}:")
        report["programs"][prog["name"]] = measure_program(prog, engines, args, log)
    report["geomean"] = geometric_means(report["programs"], engines)
    if not args.no_startup:
        log("startup:")
        report["startup"] = measure_startup(engines, args.startup_runs, args.timeout, log)
    report["machine"]["loadavg_end"] = list(os.getloadavg())
    report["elapsed_seconds"] = time.perf_counter() - started

    Path(args.json).parent.mkdir(parents=True, exist_ok=True)
    Path(args.json).write_text(json.dumps(report, indent=1) + "\n")
    Path(args.svg).parent.mkdir(parents=True, exist_ok=True)
    write_svg(report, engines, args.svg)

    print_report(report, engines, sys.stdout)
    print(f"\nwrote {args.json} and {args.svg} ({report['elapsed_seconds']:.0f} s)")
    fails = any(e["status"] == "FAIL" for p in report["programs"].values()
                for e in p["results"].values())
    return 1 if fails else 0


if __name__ == "__main__":
    sys.exit(main())
