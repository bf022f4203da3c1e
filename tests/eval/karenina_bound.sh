#!/usr/bin/env bash
# How far karenina-val-ruen's gold lets a correct aligner go.
#
# karenina_val_audit.tsv lists every stretch where sverka's beads and the
# gold's differed (read at commit 6b4a5cf, strict F1 .928; the beads of
# one stretch brought up to 1c5c8b1, still wrong there), read against both
# texts and judged: `right` is sverka, gold, either (a sentence with no
# counterpart, or a clause that crosses a line end: both pairings are
# defensible) or neither, with the reason. This script aligns the set with
# the given build, checks that the audit still describes its beads, and
# scores three predictions that take the gold's beads where the audit says
# the gold is right; where it also calls both defensible; and where it
# calls both wrong. The last is no aligner's output: it copies the gold's
# mistakes too. Past these figures lies only agreeing with the gold where
# it pairs a sentence with the wrong line.
# Usage: karenina_bound.sh path/to/sverka path/to/shared/data
set -euo pipefail
SVERKA=$1
DATA=$2
SET=$DATA/align/karenina-val-ruen
AUDIT=$(dirname "$0")/karenina_val_audit.tsv
if [ ! -d "$SET" ]; then
  echo "karenina-val-ruen not found under $DATA/align: nothing to measure"
  exit 77
fi
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
"$SVERKA" eval --align "$SET" --save "$WORK" | sed 's/^/this build: /'
PRED=$WORK/karenina-vol2-part1.pred

# The audit's rows whose sverka beads this build no longer makes.
stale=$(awk -F'\t' 'NR == FNR { made[$0] = 1; next }
  FNR > 1 { n = split($4, beads, / \| /); for (k = 1; k <= n; ++k) if (!(beads[k] in made)) { print FNR; break } }' \
  "$PRED" "$AUDIT" | wc -l)
rows=$(($(wc -l <"$AUDIT") - 1))
if [ "$stale" -gt 0 ]; then
  echo "the audit is of another build: $stale of its $rows stretches differ here; the figures below are only indicative"
fi

# oracle VERDICTS: this build's beads, with the gold's in the audited
# stretches judged one of VERDICTS (a regular expression).
oracle() {
  awk -F'\t' -v take="$1" 'NR == FNR { if (FNR > 1 && $5 ~ take) {
        n = split($4, ours, / \| /); for (k = 1; k <= n; ++k) drop[ours[k]] = 1
        n = split($3, theirs, / \| /); for (k = 1; k <= n; ++k) add[theirs[k]] = 1 }
      next }
    !($0 in drop) { print }
    END { for (bead in add) print bead }' "$AUDIT" "$PRED"
}
score() {  # score LABEL VERDICTS
  oracle "$2" >"$WORK/oracle.pred"
  "$SVERKA" eval "$SET/karenina-vol2-part1.gold" "$WORK/oracle.pred" |
    awk -v label="$1" '/strict/ { sub(/^[^ ]+ +/, ""); printf "%-44s %s\n", label, $0 }'
}
echo "audited stretches: $(awk -F'\t' 'FNR > 1 { n[$5]++ } END { printf "sverka right %d, gold right %d, either %d, neither %d", n["sverka"], n["gold"], n["either"], n["neither"] }' "$AUDIT")"
score "gold's beads where the gold is right" '^gold$'
score "... and where either is" '^(gold|either)$'
score "... and where neither is (copying its errors)" '^(gold|either|neither)$'
