#!/usr/bin/env python3
"""Rewrites the expectations of conformance scripts from CPython (the oracle).

Usage: regen_expectations.py [--python PY] [--check] [PATH...]
PATH is a script or a folder (default: tests/lang and tests/errors). For each test script it
writes <name>.out (stdout, always) and <name>.err (stderr, only when non-empty; a stale .err is
removed). Each script runs twice and must print the same both times (no set order of strings,
no id(), no time); a nondeterministic script is reported and its expectations left alone.
--check writes nothing and reports the scripts whose stored expectations differ (exit 1 if any).
Humans run this after adding or changing a script, read the new .out/.err, and commit them.
"""

import argparse
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_lib as lib  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def scripts_under(paths):
    for p in paths:
        if os.path.isfile(p):
            yield os.path.abspath(p)
            continue
        for root, dirs, files in os.walk(p):
            dirs.sort()
            for f in sorted(files):
                if lib.is_test_script(f):
                    yield os.path.abspath(os.path.join(root, f))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--python", default=sys.executable)
    parser.add_argument("--check", action="store_true")
    parser.add_argument("paths", nargs="*")
    opts = parser.parse_args()
    paths = opts.paths or [os.path.join(HERE, "lang"), os.path.join(HERE, "errors")]
    bad = 0
    count = 0
    for script in scripts_under(paths):
        count += 1
        rel = os.path.relpath(script)
        first = lib.run_python(opts.python, script)
        second = lib.run_python(opts.python, script)
        if first != second:
            print("NONDETERMINISTIC %s" % rel)
            bad += 1
            continue
        code, out, err = first
        if code != lib.expected_exit(script):
            print("UNEXPECTED EXIT %s: python3 exits %s, the suite expects %d (add '# exit: N'?)"
                  % (rel, code, lib.expected_exit(script)))
            bad += 1
        out_path, err_path, _ = lib.expectation_paths(script)
        if opts.check:
            if lib.read_text(out_path) != out or (lib.read_text(err_path) or "") != err:
                print("STALE %s" % rel)
                bad += 1
            continue
        with open(out_path, "w", encoding="utf-8", newline="") as f:
            f.write(out)
        if err:
            with open(err_path, "w", encoding="utf-8", newline="") as f:
                f.write(err)
        elif os.path.exists(err_path):
            os.remove(err_path)
        print("wrote %s (exit %s)" % (rel, code))
    print("%d scripts, %d problems" % (count, bad))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
