#!/usr/bin/env bash
# Builds the unit tests with AddressSanitizer and UndefinedBehaviorSanitizer
# (SVERKA_SANITIZE) in a separate build folder and runs them once.
# Usage: run_sanitized.sh path/to/source-tree build-folder
set -u
ROOT=$1
BUILD=$2
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSVERKA_SANITIZE=ON >"$BUILD.log" 2>&1 ||
  { cat "$BUILD.log"; exit 1; }
cmake --build "$BUILD" -j2 --target unit_tests >>"$BUILD.log" 2>&1 || { tail -40 "$BUILD.log"; exit 1; }
ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=halt_on_error=1:print_stacktrace=1 "$BUILD/tests/unit_tests"
