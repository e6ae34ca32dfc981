#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses with clang in BUILD_DIR (default build-fuzz)
# and runs each for SECONDS seconds (default 20) on its seed corpus. New
# inputs go to BUILD_DIR/fuzz/work/<harness>, crashes to
# BUILD_DIR/fuzz/crashes/<harness>. Exits non-zero when a harness crashed.
#   fuzz/run-fuzzers.sh [SECONDS] [HARNESS ...]
set -eu
top=$(cd "$(dirname "$0")/.." && pwd)
seconds=${1:-20}
[ $# -gt 0 ] && shift
harnesses=${*:-"hsds-json hsds-csv cbs"}
build=${BUILD_DIR:-build-fuzz}
cd "$top"

if [ ! -f "$build/build.ninja" ]; then
  CC=clang meson setup "$build" --werror -Dfuzzing=true \
    -Db_sanitize=address,undefined -Db_lundef=false
fi
targets=""
for h in $harnesses; do targets="$targets fuzz/fuzz-$h"; done
# shellcheck disable=SC2086
ninja -C "$build" $targets

# GLib keeps type and quark tables for the life of the process: still
# reachable, so leak checking stays on. UBSan findings abort like ASan's.
export ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1
rc=0
for h in $harnesses; do
  work="$build/fuzz/work/$h" crashes="$build/fuzz/crashes/$h"
  mkdir -p "$work" "$crashes"
  dict=""
  [ -f "fuzz/$h.dict" ] && dict="-dict=fuzz/$h.dict"
  echo "== fuzz-$h for ${seconds}s =="
  # shellcheck disable=SC2086
  "$build/fuzz/fuzz-$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 \
    -print_final_stats=1 -artifact_prefix="$crashes/" $dict "$work" "fuzz/corpus/$h" || {
    echo "fuzz-$h FAILED: the input is in $crashes; keep it in fuzz/regressions/$h"
    rc=1
  }
done
exit $rc
