"""Shared logic of the conformance harness (run_lang_test.py, regen_expectations.py).

A conformance test is a script tests/<suite>/<feature>/<name>.py with its expectations beside it:
  <name>.out   expected stdout (always present, possibly empty)
  <name>.err   expected stderr (present only when the script writes to stderr)
  <name>.in    optional: fed to the script's standard input (otherwise stdin is empty)
The first lines of a script may carry directives, as comments:
  # args: a b c     extra command-line arguments (split like a shell would, via shlex)
  # exit: N         expected exit status (default: 0 under tests/lang, 1 under tests/errors)

Every script is run the same way for capy and for CPython: the working directory is the script's
directory and the script is named by its bare file name, so tracebacks say File "name.py".
CPython 3.11 makes the main script's path absolute in tracebacks and syntax errors; we strip the
script's directory from its output so that the stored expectation holds the bare name, which is
what capy prints.

Files whose name starts with '_' (and __init__.py) are helper modules, not tests.
"""

import os
import re
import shlex
import subprocess

TIMEOUT_SECONDS = 60

# CPython 3.11 underlines the failing expression of each traceback entry with a line made only of
# '^' and '~'. capy is not required to reproduce those lines, so runtime tracebacks are compared
# without them. SyntaxError reports keep their caret (the spec requires the column marker).
_CARET_LINE = re.compile(r"^[ \t]*[\^~][\^~ \t]*$")


def is_test_script(path):
    base = os.path.basename(path)
    return base.endswith(".py") and not base.startswith("_")


def read_directives(script):
    """Returns (args, exit_code or None) from the leading comment lines of a script."""
    args, exit_code = [], None
    with open(script, encoding="utf-8", errors="replace") as f:
        for line in f:
            line = line.strip()
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            if body.startswith("args:"):
                args = shlex.split(body[len("args:"):])
            elif body.startswith("exit:"):
                exit_code = int(body[len("exit:"):].strip())
    return args, exit_code


def expectation_paths(script):
    stem = script[:-3]
    return stem + ".out", stem + ".err", stem + ".in"


def expected_exit(script):
    """The exit status a script must end with: `# exit: N`, else 1 under errors/, else 0."""
    _, code = read_directives(script)
    if code is not None:
        return code
    return 1 if "errors" in os.path.abspath(script).split(os.sep) else 0


def child_env():
    env = dict(os.environ)
    for k in list(env):
        if k.startswith("PYTHON"):
            del env[k]
    env["PYTHONIOENCODING"] = "utf-8"
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    env["LC_ALL"] = "C.UTF-8"
    return env


def run(command_prefix, script, extra_args=()):
    """Runs `command_prefix + [bare script name] + args` in the script's directory.

    Returns (exit_code, stdout, stderr) with stdout/stderr decoded as UTF-8 (bad bytes replaced).
    """
    script = os.path.abspath(script)
    directory, name = os.path.split(script)
    args, _ = read_directives(script)
    _, _, stdin_path = expectation_paths(script)
    stdin_data = b""
    if os.path.exists(stdin_path):
        with open(stdin_path, "rb") as f:
            stdin_data = f.read()
    try:
        proc = subprocess.run(list(command_prefix) + list(extra_args) + [name] + args,
                              cwd=directory, input=stdin_data, capture_output=True,
                              env=child_env(), timeout=TIMEOUT_SECONDS)
    except subprocess.TimeoutExpired as e:
        out = (e.stdout or b"").decode("utf-8", "replace")
        err = (e.stderr or b"").decode("utf-8", "replace")
        return None, out, err + "\n[harness: timed out after %ds]\n" % TIMEOUT_SECONDS
    except OSError as e:
        return None, "", "[harness: cannot run %s: %s]\n" % (command_prefix[0], e)
    return (proc.returncode, proc.stdout.decode("utf-8", "replace"),
            proc.stderr.decode("utf-8", "replace"))


def run_python(python, script):
    """Runs CPython on the script; returns (exit_code, stdout, stderr) with paths made bare."""
    code, out, err = run([python, "-B", "-s"], script)
    directory = os.path.dirname(os.path.abspath(script))
    for d in {directory, os.path.realpath(directory)}:
        err = err.replace('File "%s%s' % (d, os.sep), 'File "')
    return code, out, err


def strip_traceback_carets(text):
    if "Traceback (most recent call last):" not in text:
        return text
    lines = text.splitlines(keepends=True)
    return "".join(line for line in lines if not _CARET_LINE.match(line))


def read_text(path):
    if not os.path.exists(path):
        return None
    with open(path, encoding="utf-8", newline="") as f:
        return f.read()
