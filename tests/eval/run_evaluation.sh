#!/usr/bin/env bash
# Runs sverka on the evaluation sets of ../shared/data and prints a table:
# sentence segmentation (gold line-boundary recall), strict/lax alignment
# F1 on the four alignment sets and on karenina-vol1 cut or offset
# (shifted_book.sh), name matching and quote fidelity (the set's planted
# cases, and divergences planted in the reference translations' quotes). With --check, fails when a
# figure falls below its floor (set a little under the measured figure, so
# a regression fails; see README, "Quality").
# Usage: run_evaluation.sh path/to/sverka path/to/shared/data [--check]
set -u
SVERKA=$1
DATA=$2
CHECK=${3:-}
if [ ! -d "$DATA/align" ]; then
  echo "evaluation data not found at $DATA: skipping (it lives in ../shared/data beside the project)"
  exit 77
fi
failures=0
floor() {  # floor LABEL VALUE MINIMUM
  if [ "$CHECK" = --check ] && awk -v v="$2" -v m="$3" 'BEGIN { exit !(v < m) }'; then
    echo "FAIL $1: $2 is below the floor $3"
    failures=$((failures + 1))
  fi
}
ceiling() {  # ceiling LABEL VALUE MAXIMUM
  if [ "$CHECK" = --check ] && awk -v v="$2" -v m="$3" 'BEGIN { exit !(v > m) }'; then
    echo "FAIL $1: $2 is above the ceiling $3"
    failures=$((failures + 1))
  fi
}

segmentation() {  # segmentation SET HEADING LABEL RU_FLOOR EN_FLOOR
  echo "== sentence segmentation ($1, $2)"
  local figures
  figures=$("$SVERKA" eval --segmentation "$DATA/align/$1")
  echo "$figures"
  floor "${3}segmentation ru" "$(echo "$figures" | awk '/segmentation ru/ { print $NF }')" "$4"
  floor "${3}segmentation en" "$(echo "$figures" | awk '/segmentation en/ { print $NF }')" "$5"
}
segmentation wmt22-news-ruen "gold line boundaries found" "" 0.978 0.97
segmentation karenina-val-ruen "a novel's unsplit text" "fiction " 0.99 0.99

echo "== alignment (strict and lax P/R/F1, micro-averaged)"
for row in "wmt22-news-ruen ru-en 0.985" "wmt22-news-ruen-long ru-en 0.985" \
           "karenina-val-ruen ru-en 0.925" "textberg-dev-defr de-fr 0.90"; do
  set -- $row
  start=$(date +%s.%N)
  line=$("$SVERKA" eval --align "$DATA/align/$1" --lang-pair "$2")
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  printf '%s  (%.1f s)\n' "$line" "$seconds"
  floor "$1 strict F1" "$(echo "$line" | awk '{ for (i = 1; i < NF; ++i) if ($i == "F1") { print $(i + 1); exit } }')" "$3"
done
echo "== robustness (karenina-vol1 with a stretch one side lacks; gold derived from the book's)"
shifted=$(bash "$(dirname "$0")/shifted_book.sh" "$SVERKA" "$DATA/align/karenina-vol1-ruen")
echo "$shifted"
while read -r line; do
  floor "$(echo "${line%% strict*}" | sed "s/ *$//")" "$(echo "$line" | awk '{ print $NF }')" 0.90
done <<<"$shifted"
echo "== name matching (wikidata-ruen, top-1 among 100 candidates)"
names=$("$SVERKA" eval --names "$DATA/names/wikidata-ruen")
echo "$names"
floor "names overall" "$(echo "$names" | awk '{ print $5 }')" 0.955
floor "names oblique" "$(echo "$names" | awk '{ print $7 }')" 0.945
echo "== quote fidelity (wmt22-news-ruen quotes: divergent lines flagged, faithful lines flagged)"
quotes=$("$SVERKA" eval --quotes "$DATA/quotes/wmt22-news-ruen")
echo "$quotes"
floor "quotes divergent flagged" "$(echo "$quotes" | awk 'NR == 1 { print $5 }' | tr -d ,)" 0.97
ceiling "quotes faithful lines flagged" "$(echo "$quotes" | awk 'NR == 1 { print $9 }')" 0.05
echo "== quote fidelity on planted divergences (wmt22-news-ruen reference translations: each quote changed six ways in turn)"
planted=$("$SVERKA" eval --planted-quotes "$DATA/align/wmt22-news-ruen")
echo "$planted"
floor "planted divergences found" "$(echo "$planted" | awk 'NR == 1 { print $5 }' | tr -d ,)" 0.90
ceiling "planted quotes: unaltered quoted lines flagged" "$(echo "$planted" | awk 'NR == 1 { print $10 }')" 0.09
echo "== the same in fiction (karenina-val-ruen: dash dialogue in Russian, single quote marks in English)"
fiction=$("$SVERKA" eval --planted-quotes "$DATA/align/karenina-val-ruen")
echo "$fiction"
floor "fiction planted divergences found" "$(echo "$fiction" | awk 'NR == 1 { print $5 }' | tr -d ,)" 0.77
ceiling "fiction planted quotes: unaltered quoted lines flagged" "$(echo "$fiction" | awk 'NR == 1 { print $10 }')" 0.22
if [ "$failures" -gt 0 ]; then
  exit 1
fi
