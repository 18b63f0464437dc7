#!/usr/bin/env bash
# Installs what building, testing and (with --bench) benchmarking capy need on
# Debian 12. Idempotent and non-interactive: when every package is already
# installed it does not touch apt at all, so a second run takes well under a
# second. Runs as root directly, otherwise through sudo.
#
#   scripts/install-deps.sh            build and test dependencies
#   scripts/install-deps.sh --bench    also the peers the benchmarks compare with
set -euo pipefail

packages=(
  build-essential cmake ninja-build pkg-config
  llvm-19-dev            # the JIT tier (LLVM ORC)
  libseccomp-dev         # the sandbox's system-call filter
  libboost-filesystem-dev
  libgtest-dev libgmock-dev
  libgmp-dev             # arbitrary-precision int
  libre2-dev             # the re module
  libedit-dev            # line editing at the interactive prompt
  python3                # the oracle the conformance tests compare with
  tmux                   # drives the interactive prompt in tests
)

for arg in "$@"; do
  case "$arg" in
    --bench) packages+=(pypy3 lua5.4 luajit hyperfine) ;;
    -h|--help) sed -n '2,8p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "install-deps.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${db:Status-Status}' "$package" 2>/dev/null || true)
  [[ "$status" == installed ]] || missing+=("$package")
done

if ((${#missing[@]} == 0)); then
  echo "install-deps.sh: all ${#packages[@]} packages already installed"
  exit 0
fi

if ((EUID == 0)); then
  as_root=()
elif command -v sudo >/dev/null; then
  as_root=(sudo)
else
  echo "install-deps.sh: need root (or sudo) to install: ${missing[*]}" >&2
  exit 1
fi

echo "install-deps.sh: installing ${missing[*]}"
export DEBIAN_FRONTEND=noninteractive
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -q
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive \
  apt-get install -y -q --no-install-recommends "${missing[@]}"
