#!/usr/bin/env bash
# Builds the libFuzzer targets with clang (AddressSanitizer and UBSan on)
# and runs each for a bounded time. Crashes and sanitizer reports fail.
# Usage: run_fuzzers.sh path/to/source-tree build-folder [seconds per target]
set -u
ROOT=$1
BUILD=$2
SECONDS_EACH=${3:-20}
if ! command -v clang++ >/dev/null; then
  echo "clang is not installed (Debian packages clang, libclang-rt-14-dev): skipping"
  exit 77
fi
cmake -S "$ROOT" -B "$BUILD" -DCMAKE_CXX_COMPILER=clang++ -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSVERKA_SANITIZE=ON -DSVERKA_FUZZ=ON -DBUILD_TESTING=OFF >"$BUILD.log" 2>&1 || { cat "$BUILD.log"; exit 1; }
cmake --build "$BUILD" -j2 --target text_reader_fuzzer segmenter_fuzzer quote_fuzzer readers_fuzzer names_fuzzer >>"$BUILD.log" 2>&1 ||
  { tail -40 "$BUILD.log"; exit 1; }
status=0
for target in text_reader segmenter quote readers names; do
  corpus=$BUILD/corpus-$target
  mkdir -p "$corpus"
  cp "$ROOT"/samples/*.txt "$ROOT"/tests/fuzz/seeds/* "$corpus/" 2>/dev/null
  if "$BUILD/tests/fuzz/${target}_fuzzer" -max_total_time="$SECONDS_EACH" -max_len=4096 -timeout=10 -artifact_prefix="$BUILD/" \
       "$corpus" >"$BUILD/$target.log" 2>&1; then
    echo "ok   $target fuzzer: $(grep -o 'Done [0-9]* runs' "$BUILD/$target.log" | tail -1) in ${SECONDS_EACH} s"
  else
    echo "FAIL $target fuzzer"
    tail -30 "$BUILD/$target.log"
    status=1
  fi
done
exit $status
