#!/usr/bin/env python3
"""Runs one attack script against capy's sandbox and checks that it failed.

An attack is a .py file whose leading comment lines describe the world it runs
in; the harness builds that world in a fresh temporary directory:

    # file: data/a.txt = hello            a regular file (content after '=')
    # file: outside/secret.txt = TOPSECRET
    # dir: data/sub                       an empty directory
    # symlink: data/evil -> ../outside/secret.txt   ({root} = the temp dir)
    # hardlink: data/hl -> outside/secret.txt
    # fifo: data/pipe
    # grant: data            --dir data=<root>/data (read-only)
    # grant: out:rw          --dir out=<root>/out:rw
    # args: --fuel 1000      extra capy options
    # exit: 1                expected exit status (default 0)
    # swap: data/race -> ../outside/secret.txt | a.txt
    #   a thread flips data/race between the two link targets while the
    #   script runs (the symlink-swap race)
    # stderr-contains: time limit exceeded   stderr must contain this text
    #                                        (repeatable: every one must appear)
    # max-seconds: 5         capy must end within this wall-clock time
    # generate: "x = " + "(" * 1000 + "1" + ")" * 1000
    #   a Python expression (evaluated here, by python3) whose value is the
    #   source to run instead of the attack file itself, for inputs too large
    #   or too odd to keep in the repository (deep nesting in source)

Then it runs `capy [grants] [args] script.py` with the temp dir as the
working directory and checks, for every attack:
  1. stdout equals the .out file next to the script (when there is one);
  2. the exit status is the expected one and no signal killed capy;
  3. no byte of any file under outside/ appears in stdout or stderr (secrets
     are never read), nor does the host path of the temp dir (no host path
     leaks into messages);
  4. nothing outside the writable grants was created, removed or changed:
     the tree is snapshotted before and after (types, contents, link
     targets, modes);
  5. stderr contains every `stderr-contains` text, and capy ended within
     `max-seconds` (when given).
"""
import argparse
import hashlib
import os
import shutil
import stat
import subprocess
import sys
import tempfile
import threading
import time


def parse_header(path):
    spec = {"files": [], "dirs": [], "symlinks": [], "hardlinks": [], "fifos": [],
            "grants": [], "args": [], "exit": 0, "swaps": [], "stderr": [],
            "max_seconds": None, "generate": None}
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.startswith("#"):
                break
            body = line[1:].strip()
            key, _, value = body.partition(":")
            key, value = key.strip(), value.strip()
            if key == "file":
                name, _, content = value.partition("=")
                spec["files"].append((name.strip(), content.strip().replace("\\n", "\n")))
            elif key == "dir":
                spec["dirs"].append(value)
            elif key == "symlink":
                name, _, target = value.partition("->")
                spec["symlinks"].append((name.strip(), target.strip()))
            elif key == "hardlink":
                name, _, target = value.partition("->")
                spec["hardlinks"].append((name.strip(), target.strip()))
            elif key == "fifo":
                spec["fifos"].append(value)
            elif key == "grant":
                spec["grants"].append(value)
            elif key == "args":
                spec["args"].extend(value.split())
            elif key == "exit":
                spec["exit"] = int(value)
            elif key == "swap":
                name, _, targets = value.partition("->")
                a, _, b = targets.partition("|")
                spec["swaps"].append((name.strip(), a.strip(), b.strip()))
            elif key == "stderr-contains":
                spec["stderr"].append(value)
            elif key == "max-seconds":
                spec["max_seconds"] = float(value)
            elif key == "generate":
                spec["generate"] = value
    return spec


def build_world(root, spec):
    def ensure_parent(p):
        os.makedirs(os.path.dirname(p), exist_ok=True)

    for d in ["outside"] + [g.split(":")[0] for g in spec["grants"]] + spec["dirs"]:
        os.makedirs(os.path.join(root, d), exist_ok=True)
    for name, content in spec["files"]:
        p = os.path.join(root, name)
        ensure_parent(p)
        with open(p, "w", encoding="utf-8") as f:
            f.write(content)
    for name, target in spec["symlinks"]:
        p = os.path.join(root, name)
        ensure_parent(p)
        os.symlink(target.replace("{root}", root), p)
    for name, target in spec["hardlinks"]:
        p = os.path.join(root, name)
        ensure_parent(p)
        os.link(os.path.join(root, target), p)
    for name in spec["fifos"]:
        p = os.path.join(root, name)
        ensure_parent(p)
        os.mkfifo(p)


def snapshot(root, skip):
    """Everything under root except the writable grant dirs in `skip`."""
    state = {}
    for dirpath, dirnames, filenames in os.walk(root, followlinks=False):
        rel_dir = os.path.relpath(dirpath, root)
        if any(rel_dir == s or rel_dir.startswith(s + os.sep) for s in skip):
            dirnames[:] = []
            continue
        for name in sorted(dirnames + filenames):
            p = os.path.join(dirpath, name)
            rel = os.path.relpath(p, root)
            if rel in skip:
                continue
            st = os.lstat(p)
            if stat.S_ISLNK(st.st_mode):
                state[rel] = ("link", os.readlink(p))
            elif stat.S_ISREG(st.st_mode):
                with open(p, "rb") as f:
                    state[rel] = ("file", hashlib.sha256(f.read()).hexdigest(), st.st_mode)
            elif stat.S_ISDIR(st.st_mode):
                state[rel] = ("dir", st.st_mode)
            else:
                state[rel] = ("other", st.st_mode)
    return state


def secrets(root):
    out = []
    for dirpath, _, filenames in os.walk(os.path.join(root, "outside")):
        for name in filenames:
            p = os.path.join(dirpath, name)
            if os.path.isfile(p) and not os.path.islink(p):
                with open(p, "rb") as f:
                    data = f.read().strip()
                if len(data) >= 6:
                    out.append(data)
    return out


def swapper(root, swaps, stop):
    while not stop.is_set():
        for name, a, b in swaps:
            p = os.path.join(root, name)
            for target in (a, b):
                tmp = p + ".tmp"
                try:
                    os.symlink(target.replace("{root}", root), tmp)
                    os.replace(tmp, p)
                except OSError:
                    pass


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--capy", required=True)
    ap.add_argument("--record", action="store_true",
                    help="write stdout to the .out file (review it before committing)")
    ap.add_argument("script")
    opts = ap.parse_args()
    script = os.path.abspath(opts.script)
    spec = parse_header(script)
    failures = []
    root = tempfile.mkdtemp(prefix="capy-attack-")
    try:
        build_world(root, spec)
        if spec["generate"] is not None:
            with open(os.path.join(root, "generated.py"), "w", encoding="utf-8") as f:
                f.write(eval(spec["generate"], {}))
        writable = [g.split(":")[0] for g in spec["grants"] if g.endswith(":rw")]
        before = snapshot(root, writable)
        cmd = [opts.capy]
        for g in spec["grants"]:
            name, _, mode = g.partition(":")
            cmd += ["--dir", f"{name}={os.path.join(root, name)}" + (":rw" if mode == "rw" else "")]
        target = script
        if spec["generate"] is not None:
            # Written before the snapshot; named relative to the working
            # directory so that tracebacks do not show the temp dir's path.
            target = "generated.py"
        cmd += spec["args"] + [target]
        stop = threading.Event()
        threads = []
        if spec["swaps"]:
            for name, a, _ in spec["swaps"]:
                os.symlink(a.replace("{root}", root), os.path.join(root, name))
            t = threading.Thread(target=swapper, args=(root, spec["swaps"], stop), daemon=True)
            t.start()
            threads.append(t)
        try:
            started = time.monotonic()
            proc = subprocess.run(cmd, cwd=root, capture_output=True, timeout=120)
            elapsed = time.monotonic() - started
        finally:
            stop.set()
            for t in threads:
                t.join()
        for name, _, _ in spec["swaps"]:
            os.unlink(os.path.join(root, name))
        out, err = proc.stdout, proc.stderr
        if proc.returncode < 0:
            failures.append(f"capy was killed by signal {-proc.returncode}")
        elif proc.returncode != spec["exit"]:
            failures.append(f"exit status {proc.returncode}, expected {spec['exit']}")
        for text in spec["stderr"]:
            if text.encode() not in err:
                failures.append(f"stderr lacks {text!r}")
        if spec["max_seconds"] is not None and elapsed > spec["max_seconds"]:
            failures.append(f"took {elapsed:.2f} s, more than {spec['max_seconds']:g} s")
        expected_path = os.path.splitext(script)[0] + ".out"
        if opts.record:
            with open(expected_path, "wb") as f:
                f.write(out)
        if os.path.exists(expected_path):
            with open(expected_path, "rb") as f:
                expected = f.read()
            if out != expected:
                failures.append("stdout differs from " + os.path.basename(expected_path) +
                                ":\n--- expected\n" + expected.decode(errors="replace") +
                                "--- actual\n" + out.decode(errors="replace"))
        else:
            failures.append("missing expected output " + os.path.basename(expected_path))
        for secret in secrets(root):
            if secret in out or secret in err:
                failures.append(f"a secret from outside the grants leaked: {secret[:20]!r}")
        if root.encode() in out or root.encode() in err:
            failures.append("the host path of a grant leaked into the output")
        after = snapshot(root, writable)
        if before != after:
            changed = sorted(set(before.items()) ^ set(after.items()))
            failures.append("something outside the writable grants changed: " + repr(changed[:5]))
    finally:
        shutil.rmtree(root, ignore_errors=True)
    if failures:
        print("FAIL " + opts.script)
        for f in failures:
            print("  " + f)
        if err:
            print("stderr:\n" + err.decode(errors="replace"))
        return 1
    print("ok " + opts.script)
    return 0


if __name__ == "__main__":
    sys.exit(main())
