#!/usr/bin/env python3
"""Runs one conformance script through capy and checks it against its stored expectations.

Usage: run_lang_test.py --capy BIN [--python PY] [--suite lang|errors] [--capy-arg ARG]... SCRIPT

Checks, in order (all of them run; every failure is reported):
  1. CPython still prints exactly the stored expectations (.out, .err, exit status), so the
     expectations cannot drift from the oracle. Nothing is cached: python3 runs every time.
  2. capy's exit status is the expected one (0 for tests/lang, 1 for tests/errors, or `# exit: N`).
  3. capy's stdout equals <name>.out, and its stderr equals <name>.err (empty when there is no
     .err), where lines made only of '^'/'~' under traceback source lines are ignored: CPython
     3.11 prints them, capy need not.
A unified diff is printed for every mismatch. Exit status: 0 pass, 1 fail.
--capy-arg passes an option to capy before the script (e.g. --capy-arg=--jit=eager).
"""

import argparse
import difflib
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import conformance_lib as lib  # noqa: E402


def diff(expected, actual, what, expected_label="expected", actual_label="capy"):
    lines = difflib.unified_diff(expected.splitlines(keepends=True),
                                 actual.splitlines(keepends=True),
                                 "%s %s" % (expected_label, what), "%s %s" % (actual_label, what))
    text = "".join(l if l.endswith("\n") else l + "\n\\ No newline at end of file\n"
                   for l in lines)
    return text


def default_exit(script, suite):
    _, code = lib.read_directives(script)
    if code is not None:
        return code
    return 1 if suite == "errors" else 0


def infer_suite(script):
    return "errors" if "errors" in os.path.abspath(script).split(os.sep) else "lang"


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--capy", required=True, help="path of the capy binary")
    parser.add_argument("--python", default=sys.executable, help="the CPython 3.11 oracle")
    parser.add_argument("--suite", choices=["lang", "errors"], help="default: from the path")
    parser.add_argument("--capy-arg", action="append", default=[], help="option for capy")
    parser.add_argument("--no-oracle", action="store_true",
                        help="skip the check against CPython (when no python3.11 is at hand)")
    parser.add_argument("script")
    opts = parser.parse_args()

    script = os.path.abspath(opts.script)
    suite = opts.suite or infer_suite(script)
    out_path, err_path, _ = lib.expectation_paths(script)
    want_out = lib.read_text(out_path)
    want_err = lib.read_text(err_path) or ""
    want_code = default_exit(script, suite)
    failures = []

    if want_out is None:
        failures.append("missing expectation %s (run tests/regen_expectations.py)" % out_path)
        want_out = ""
    if suite == "errors" and not os.path.exists(err_path):
        failures.append("missing expectation %s (run tests/regen_expectations.py)" % err_path)

    # 1. The oracle.
    if not opts.no_oracle:
        py_code, py_out, py_err = lib.run_python(opts.python, script)
        if py_code != want_code:
            failures.append("python3 exits %s, expected %d" % (py_code, want_code))
        if py_out != want_out:
            failures.append("stored stdout differs from python3's:\n"
                            + diff(want_out, py_out, "stdout", "stored", "python3"))
        if py_err != want_err:
            failures.append("stored stderr differs from python3's:\n"
                            + diff(want_err, py_err, "stderr", "stored", "python3"))

    # 2 and 3. capy.
    code, out, err = lib.run([opts.capy] + opts.capy_arg, script)
    if code != want_code:
        failures.append("capy exits %s, expected %d" % (code, want_code))
    if out != want_out:
        failures.append("stdout differs:\n" + diff(want_out, out, "stdout"))
    if lib.strip_traceback_carets(err) != lib.strip_traceback_carets(want_err):
        failures.append("stderr differs (caret-only traceback lines ignored):\n"
                        + diff(lib.strip_traceback_carets(want_err),
                               lib.strip_traceback_carets(err), "stderr"))
    elif code != want_code and err:
        failures.append("capy's stderr:\n" + err)

    rel = os.path.relpath(script)
    if failures:
        print("FAIL %s" % rel)
        for f in failures:
            print(f if f.endswith("\n") else f + "\n", end="")
        return 1
    print("PASS %s" % rel)
    return 0


if __name__ == "__main__":
    sys.exit(main())
