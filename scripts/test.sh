#!/usr/bin/env bash
# Configures, builds and runs every test of capy; the last lines printed are
# ctest's summary ("100% tests passed, 0 tests failed out of N").
#
#   scripts/test.sh                  build in ./build (Release) and test
#   BUILD_DIR=/tmp/b scripts/test.sh another build directory
#   CMAKE_ARGS='-DCAPY_SANITIZE=ON' scripts/test.sh   extra configure flags
#   JOBS=2 scripts/test.sh           parallel test jobs (default 2)
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
build=${BUILD_DIR:-$root/build}
read -r -a extra <<<"${CMAKE_ARGS:-}"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release "${extra[@]}"
cmake --build "$build"
ctest --test-dir "$build" --output-on-failure -j"${JOBS:-2}"
