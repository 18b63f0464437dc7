#!/usr/bin/env python3
"""Command-line behaviour of the capy binary.

Usage: test_cli.py CAPY [--python PY] [-k SUBSTRING]

Runs the binary in temporary directories and checks exit statuses, stdout and stderr of the
ordinary uses (script, -c, arguments, --version, --help, --dis) and of misuse (a missing file,
a directory, an unknown option). Where CPython has an equivalent, the expectation is CPython's
behaviour with 'capy:' in place of the interpreter's path. Prints one line per check and ends
with 'N passed, N failed'; exits 1 if any check failed.
"""

import argparse
import os
import subprocess
import sys
import tempfile

TIMEOUT = 60


class Cli:
    def __init__(self, capy):
        self.capy = os.path.abspath(capy)

    def run(self, args, cwd, stdin=b""):
        env = dict(os.environ)
        env["LC_ALL"] = "C.UTF-8"
        p = subprocess.run([self.capy] + args, cwd=cwd, input=stdin, capture_output=True,
                           timeout=TIMEOUT, env=env)
        return p.returncode, p.stdout.decode("utf-8", "replace"), p.stderr.decode("utf-8", "replace")


def write(directory, name, text):
    path = os.path.join(directory, name)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)
    return path


class Failure(Exception):
    pass


def expect(cond, what, result=None):
    if not cond:
        detail = ""
        if result is not None:
            code, out, err = result
            detail = "\n    exit=%r\n    stdout=%r\n    stderr=%r" % (code, out[:2000], err[:2000])
        raise Failure(what + detail)


# Each check takes (cli, tmpdir) and raises Failure on a mismatch.

def check_hello(cli, d):
    write(d, "hello.py", "print('hello', 6 * 7)\n")
    r = cli.run(["hello.py"], d)
    expect(r == (0, "hello 42\n", ""), "script prints and exits 0", r)


def check_missing_file(cli, d):
    r = cli.run(["nope.py"], d)
    want = "capy: can't open file 'nope.py': [Errno 2] No such file or directory\n"
    expect(r[0] == 2 and r[1] == "" and r[2] == want, "missing script: exit 2, one line", r)


def check_missing_file_path(cli, d):
    r = cli.run(["sub/none.py"], d)
    want = "capy: can't open file 'sub/none.py': [Errno 2] No such file or directory\n"
    expect(r[0] == 2 and r[2] == want, "missing script in a missing folder", r)


def check_directory_as_script(cli, d):
    os.mkdir(os.path.join(d, "somedir"))
    r = cli.run(["somedir"], d)
    lines = r[2].splitlines()
    expect(r[0] == 2 and r[1] == "" and len(lines) == 1 and lines[0].startswith("capy: ")
           and "somedir" in lines[0], "directory as script: exit 2, one 'capy: ' line naming it", r)


def check_unknown_flag(cli, d):
    write(d, "ok.py", "print('ran')\n")
    r = cli.run(["--no-such-flag", "ok.py"], d)
    expect(r[0] == 2 and "ran" not in r[1] and "--no-such-flag" in r[2],
           "unknown option: exit 2, named on stderr, script not run", r)


def check_version(cli, d):
    r = cli.run(["--version"], d)
    expect(r[0] == 0 and r[1].startswith("capy ") and r[1].endswith("\n")
           and len(r[1].splitlines()) == 1, "--version: one line 'capy ...' on stdout, exit 0", r)


def check_help(cli, d):
    r = cli.run(["--help"], d)
    expect(r[0] == 0 and "usage" in r[1].lower() and "-c" in r[1],
           "--help: usage on stdout mentioning -c, exit 0", r)


def check_dash_c(cli, d):
    r = cli.run(["-c", "import sys\nprint(sum(range(10)), sys.argv)"], d)
    expect(r == (0, "45 ['-c']\n", ""), "-c CODE runs the code with sys.argv == ['-c']", r)


def check_dash_c_args(cli, d):
    r = cli.run(["-c", "import sys; print(sys.argv)", "a", "b c"], d)
    expect(r == (0, "['-c', 'a', 'b c']\n", ""), "-c CODE passes the remaining arguments", r)


def check_dash_c_error(cli, d):
    r = cli.run(["-c", "print('out')\n1/0"], d)
    want_err = ("Traceback (most recent call last):\n"
                '  File "<string>", line 2, in <module>\n'
                "ZeroDivisionError: division by zero\n")
    expect(r[0] == 1 and r[1] == "out\n" and strip_carets(r[2]) == want_err,
           "-c with an uncaught error: traceback names <string>", r)


def check_dash_c_missing(cli, d):
    r = cli.run(["-c"], d)
    expect(r[0] == 2 and r[2] != "", "-c without code: exit 2 with a message", r)


def check_argv(cli, d):
    write(d, "args.py", "import sys\nprint(sys.argv)\n")
    r = cli.run(["args.py", "one", "two words", "--flag", "-c"], d)
    expect(r == (0, "['args.py', 'one', 'two words', '--flag', '-c']\n", ""),
           "script arguments (even option-like ones) go to sys.argv", r)


def check_argv_path(cli, d):
    os.mkdir(os.path.join(d, "pkg"))
    write(os.path.join(d, "pkg"), "where.py", "import sys\nprint(sys.argv[0])\n")
    r = cli.run(["pkg/where.py"], d)
    expect(r == (0, "pkg/where.py\n", ""), "sys.argv[0] is the path as given", r)


def check_sys_exit_codes(cli, d):
    for code_text, want_code, want_err in [("", 0, ""), ("0", 0, ""), ("3", 3, ""), ("None", 0, ""),
                                           ("'bye'", 1, "bye\n"), ("True", 1, "")]:
        write(d, "ex.py", "import sys\nprint('start')\nsys.exit(%s)\nprint('not reached')\n"
              % code_text)
        r = cli.run(["ex.py"], d)
        expect(r == (want_code, "start\n", want_err), "sys.exit(%s)" % code_text, r)


def check_system_exit_raise(cli, d):
    write(d, "se.py", "raise SystemExit(7)\n")
    r = cli.run(["se.py"], d)
    expect(r == (7, "", ""), "raise SystemExit(7) exits 7 silently", r)


def check_flush_on_error(cli, d):
    write(d, "flush.py", "for i in range(3):\n    print('line', i)\nprint('tail', end='')\n"
          "raise ValueError('boom')\n")
    r = cli.run(["flush.py"], d)
    expect(r[0] == 1 and r[1] == "line 0\nline 1\nline 2\ntail"
           and r[2].endswith("ValueError: boom\n"), "stdout flushed before an error exit", r)


def check_big_output(cli, d):
    write(d, "big.py", "for i in range(20000):\n    print(i)\n")
    r = cli.run(["big.py"], d)
    expect(r[0] == 0 and r[1] == "".join("%d\n" % i for i in range(20000)),
           "20000 lines of output arrive complete and in order", r)


def check_syntax_error_exit(cli, d):
    write(d, "bad.py", "print('never')\nx = (\n")
    r = cli.run(["bad.py"], d)
    expect(r[0] == 1 and r[1] == "" and r[2].endswith("SyntaxError: '(' was never closed\n")
           and 'File "bad.py", line 2' in r[2], "syntax error: nothing runs, exit 1", r)


def check_stdin_input(cli, d):
    write(d, "inp.py", "a = input()\nb = input()\nprint(a.upper(), b[::-1])\n")
    r = cli.run(["inp.py"], d, stdin=b"hello\nworld\n")
    expect(r == (0, "HELLO dlrow\n", ""), "input() reads standard input", r)


def check_stderr_print(cli, d):
    write(d, "err.py", "import sys\nprint('o1')\nprint('e1', file=sys.stderr)\n"
          "sys.stderr.write('e2\\n')\nprint('o2')\n")
    r = cli.run(["err.py"], d)
    expect(r == (0, "o1\no2\n", "e1\ne2\n"), "print(file=sys.stderr) and sys.stderr.write", r)


def check_dis(cli, d):
    write(d, "prog.py", "def f(x):\n    return x + 1\nprint(f(1))\n")
    r = cli.run(["--dis", "prog.py"], d)
    expect(r[0] == 0 and r[1].strip() != "" and "2\n" != r[1], "--dis prints bytecode, exit 0", r)


def check_dis_syntax_error(cli, d):
    write(d, "disbad.py", "def f(:\n")
    r = cli.run(["--dis", "disbad.py"], d)
    expect(r[0] == 1 and "SyntaxError" in r[2], "--dis of a bad script: SyntaxError, exit 1", r)


def check_non_utf8_source(cli, d):
    with open(os.path.join(d, "latin.py"), "wb") as f:
        f.write(b"s = '\xe9'\nprint(s)\n")
    r = cli.run(["latin.py"], d)
    expect(r[0] == 1 and r[1] == "" and "SyntaxError" in r[2],
           "source that is not UTF-8: SyntaxError, exit 1, no crash", r)


def check_empty_script(cli, d):
    write(d, "empty.py", "")
    r = cli.run(["empty.py"], d)
    expect(r == (0, "", ""), "an empty script does nothing and exits 0", r)


def check_shebang_and_bom(cli, d):
    with open(os.path.join(d, "bom.py"), "wb") as f:
        f.write(b"\xef\xbb\xbf#!/usr/bin/env capy\nprint('bom ok')\n")
    r = cli.run(["bom.py"], d)
    expect(r == (0, "bom ok\n", ""), "a UTF-8 BOM and a #! line are accepted", r)


CHECKS = [v for k, v in sorted(globals().items()) if k.startswith("check_")]


def strip_carets(text):
    keep = []
    for line in text.splitlines(keepends=True):
        s = line.strip()
        if s and set(s) <= set("^~ "):
            continue
        keep.append(line)
    return "".join(keep)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("capy")
    parser.add_argument("--python", help="unused: accepted for symmetry with run_lang_test.py")
    parser.add_argument("-k", default="", help="run only checks whose name contains this")
    opts = parser.parse_args()
    cli = Cli(opts.capy)
    passed = failed = 0
    for check in CHECKS:
        name = check.__name__[len("check_"):]
        if opts.k not in name:
            continue
        with tempfile.TemporaryDirectory(prefix="capy-cli-") as d:
            try:
                check(cli, d)
                print("PASS", name)
                passed += 1
            except Failure as e:
                print("FAIL", name + ":", e)
                failed += 1
            except Exception as e:  # a crash of the harness or a timeout
                print("FAIL", name + ": %s: %s" % (type(e).__name__, e))
                failed += 1
    print("%d passed, %d failed" % (passed, failed))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
