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
# shellcheck source=workflow_common.sh
. "$ROOT/tests/e2e/workflow_common.sh"
run_workflow_and_compare local
