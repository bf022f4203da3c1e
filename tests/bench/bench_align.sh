#!/usr/bin/env bash
# Alignment speed and memory: karenina-vol1-ruen (about 10,000 lines a side)
# as it is and repeated 5 and 20 times, pre-split, all lexicon loading
# included. Prints wall time, sentences per second (both sides) and peak
# RSS for each size. A benchmark, not a test: it prints, it does not judge.
# Usage: bench_align.sh path/to/sverka path/to/shared/data [repeats...]
set -euo pipefail
SVERKA=$1
DATA=$2
shift 2
REPEATS=("${@:-1 5 20}")
[ $# -eq 0 ] && REPEATS=(1 5 20)
SET=$DATA/align/karenina-vol1-ruen
if [ ! -d "$SET" ]; then
  echo "karenina-vol1-ruen not found under $DATA/align: nothing to measure"
  exit 77
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
printf '%-8s %10s %10s %12s %12s\n' repeats lines/side seconds sentences/s "peak RSS MB"
for n in "${REPEATS[@]}"; do
  : >"$WORK/ru"
  : >"$WORK/en"
  for _ in $(seq "$n"); do
    cat "$SET/karenina-vol1.ru" >>"$WORK/ru"
    cat "$SET/karenina-vol1.en" >>"$WORK/en"
  done
  lines=$(wc -l <"$WORK/ru")
  total=$(($(wc -l <"$WORK/ru") + $(wc -l <"$WORK/en")))
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$SVERKA" align --presplit --format beads "$WORK/ru" "$WORK/en" -o "$WORK/out"
  read -r seconds kilobytes <"$WORK/time"
  printf '%-8s %10s %10s %12.0f %12.0f\n' "x$n" "$lines" "$seconds" "$(echo "$total / $seconds" | bc -l)" "$(echo "$kilobytes / 1024" | bc -l)"
done
