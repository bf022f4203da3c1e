#!/usr/bin/env bash
# Runs the Snakemake workflow locally (two cores, four shards) on a manifest
# of the WMT22 news documents and checks that the merged corpus equals a
# single-process `sverka batch` run, byte for byte.
# Usage: workflow_test.sh path/to/sverka path/to/source-tree path/to/shared/data
set -u
SVERKA=$1
ROOT=$2
DATA=$3
if ! command -v snakemake >/dev/null; then
  echo "snakemake is not installed (Debian package snakemake): skipping"
  exit 77
fi
SET=$DATA/align/wmt22-news-ruen
if [ ! -d "$SET" ]; then
  echo "evaluation data not found at $DATA: skipping"
  exit 77
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
for gold in "$SET"/*.gold; do
  doc=$(basename "$gold" .gold)
  printf '%s\t%s\t%s\n' "$doc" "$SET/$doc.ru" "$SET/$doc.en"
done >"$WORK/manifest.tsv"
"$SVERKA" batch "$WORK/manifest.tsv" --out "$WORK/single" --presplit --jobs 1 --quiet || exit 1
snakemake -s "$ROOT/workflow/Snakefile" --profile "$ROOT/workflow/profiles/local" --directory "$WORK" --quiet \
  --config manifest="$WORK/manifest.tsv" out="$WORK/sharded" shards=4 sverka="$SVERKA" args=--presplit || exit 1
status=0
for file in corpus.tmx corpus.ru corpus.en corpus.jsonl; do
  if cmp -s "$WORK/single/$file" "$WORK/sharded/$file"; then
    echo "ok   $file identical"
  else
    echo "FAIL $file differs between the single run and the workflow"
    status=1
  fi
done
exit $status
