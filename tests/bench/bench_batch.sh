#!/usr/bin/env bash
# Batch throughput: a manifest of news-sized pairs made from the WMT22
# documents of ../shared/data (repeated under distinct ids), aligned with
# --jobs 1 and --jobs 2. Prints pairs/s, sentences/s and peak RSS.
# Usage: bench_batch.sh path/to/sverka path/to/shared/data [pairs, default 20000]
set -euo pipefail
SVERKA=$1
# Manifest paths are read relative to the manifest, which lives in a
# temporary folder: the data folder must be absolute.
DATA=$(cd "$2" && pwd)
PAIRS=${3:-20000}
SET=$DATA/align/wmt22-news-ruen
[ -d "$SET" ] || { echo "wmt22-news-ruen not found under $DATA/align"; exit 77; }
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
docs=("$SET"/*.gold)
sentences=0
for ((k = 0; k < PAIRS; ++k)); do
  doc=${docs[$((k % ${#docs[@]}))]%.gold}
  printf 'pair%06d\t%s.ru\t%s.en\n' "$k" "$doc" "$doc"
done >"$WORK/manifest.tsv"
for doc in "${docs[@]}"; do
  sentences=$((sentences + $(wc -l <"${doc%.gold}.ru") + $(wc -l <"${doc%.gold}.en")))
done
sentences=$((sentences * PAIRS / ${#docs[@]}))
printf '%-6s %8s %9s %10s %13s %12s\n' jobs pairs seconds pairs/s sentences/s "peak RSS MB"
# A folder of its own for each run, the last one's left in place: ext4
# allocates inodes slowly right after many were freed, and deleting the
# last run's 2 files a pair before the next made its system time the
# file system's.
for jobs in 1 2; do
  status=0
  /usr/bin/time -f '%e %M' -o "$WORK/time" "$SVERKA" batch "$WORK/manifest.tsv" --out "$WORK/out-$jobs" --presplit \
    --jobs "$jobs" --format jsonl --quiet || status=$?
  if [ "$status" -ne 0 ]; then
    echo "batch exited with $status; first errors:" >&2
    head -3 "$WORK/out-$jobs/errors.jsonl" >&2 || true
    exit 1
  fi
  read -r seconds kilobytes <"$WORK/time"
  printf '%-6s %8s %9s %10.0f %13.0f %12.0f\n' "$jobs" "$PAIRS" "$seconds" "$(echo "$PAIRS / $seconds" | bc -l)" \
    "$(echo "$sentences / $seconds" | bc -l)" "$(echo "$kilobytes / 1024" | bc -l)"
done
