#!/usr/bin/env bash
# Alignment speed and memory: karenina-vol1-ruen (about 10,000 lines a side)
# as it is and repeated 5 and 20 times, pre-split, all lexicon loading
# included. Prints, for each size, the median wall time of several runs
# (and the fastest and slowest: a shared host makes single runs vary by a
# fifth and more), sentences per second (both sides) at the median, and the
# largest peak RSS. A benchmark, not a test: it prints, it does not judge.
# Usage: bench_align.sh path/to/sverka path/to/shared/data [repeats...]
# BENCH_RUNS sets the runs per size (default 5).
set -euo pipefail
SVERKA=$1
DATA=$2
shift 2
REPEATS=("${@:-1 5 20}")
[ $# -eq 0 ] && REPEATS=(1 5 20)
RUNS=${BENCH_RUNS:-5}
SET=$DATA/align/karenina-vol1-ruen
if [ ! -d "$SET" ]; then
  echo "karenina-vol1-ruen not found under $DATA/align: nothing to measure"
  exit 77
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
echo "each size run $RUNS times; seconds: median (fastest-slowest)"
printf '%-8s %10s %18s %12s %12s\n' repeats lines/side seconds sentences/s "peak RSS MB"
for n in "${REPEATS[@]}"; do
  : >"$WORK/ru"
  : >"$WORK/en"
  for _ in $(seq "$n"); do
    cat "$SET/karenina-vol1.ru" >>"$WORK/ru"
    cat "$SET/karenina-vol1.en" >>"$WORK/en"
  done
  lines=$(wc -l <"$WORK/ru")
  total=$(($(wc -l <"$WORK/ru") + $(wc -l <"$WORK/en")))
  : >"$WORK/times"
  for _ in $(seq "$RUNS"); do
    /usr/bin/time -f '%e %M' -o "$WORK/time" "$SVERKA" align --presplit --format beads "$WORK/ru" "$WORK/en" -o "$WORK/out"
    cat "$WORK/time" >>"$WORK/times"
  done
  read -r median fastest slowest kilobytes < <(sort -n "$WORK/times" | awk '
    { seconds[NR] = $1; if ($2 > rss) rss = $2 }
    END { printf "%s %s %s %s\n", seconds[int((NR + 1) / 2)], seconds[1], seconds[NR], rss }')
  printf '%-8s %10s %18s %12.0f %12.0f\n' "x$n" "$lines" "$median ($fastest-$slowest)" \
    "$(echo "$total / $median" | bc -l)" "$(echo "$kilobytes / 1024" | bc -l)"
done
