#!/usr/bin/env bash
# Robustness: karenina-vol1 with a stretch one side lacks, the gold derived
# from the book's own. Prints one line per variant as `sverka eval` scores
# it. A preface or chapter missing on one side shifts the rest of a book by
# hundreds of sentences, far off the diagonal.
# Usage: shifted_book.sh path/to/sverka path/to/karenina-vol1-ruen
set -euo pipefail
SVERKA=$1
SET=$2
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
ru_lines=$(wc -l <"$SET/karenina-vol1.ru")
en_lines=$(wc -l <"$SET/karenina-vol1.en")

# keep FILE RANGES: the lines in RANGES ("first-last,...", 1-based, inclusive).
keep() {
  awk -v ranges="$2" 'BEGIN { n = split(ranges, r, ","); for (k = 1; k <= n; ++k) { split(r[k], b, "-"); lo[k] = b[1]; hi[k] = b[2] } }
    { for (k = 1; k <= n; ++k) if (NR >= lo[k] && NR <= hi[k]) { print; next } }' "$1"
}

# gold RU_RANGES EN_RANGES: the book's gold on the kept lines, renumbered;
# a bead that lost one side keeps the other as an omission.
gold() {
  awk -v ru="$1" -v en="$2" '
    function index_map(ranges, map,    n, r, b, k, i, next_index) {
      n = split(ranges, r, ",")
      next_index = 0
      for (k = 1; k <= n; ++k) { split(r[k], b, "-"); for (i = b[1] - 1; i <= b[2] - 1; ++i) map[i] = next_index++ }
    }
    function side(list, map,    items, n, k, out, v) {
      gsub(/[\[\] ]/, "", list)
      n = split(list, items, ",")
      out = ""
      for (k = 1; k <= n; ++k) if (items[k] != "" && (items[k] in map)) out = out (out == "" ? "" : ",") map[items[k]]
      return "[" out "]"
    }
    BEGIN { index_map(ru, ru_map); index_map(en, en_map) }
    { split($0, halves, ":"); left = side(halves[1], ru_map); right = side(halves[2], en_map)
      if (left != "[]" || right != "[]") print left ":" right }' "$SET/karenina-vol1.gold"
}

variant() {  # variant LABEL RU_RANGES EN_RANGES
  keep "$SET/karenina-vol1.ru" "$2" >"$WORK/ru"
  keep "$SET/karenina-vol1.en" "$3" >"$WORK/en"
  gold "$2" "$3" >"$WORK/gold"
  "$SVERKA" align --presplit --format beads "$WORK/ru" "$WORK/en" -o "$WORK/pred"
  printf '%-50s %s\n' "$1" "$("$SVERKA" eval "$WORK/gold" "$WORK/pred" | grep -o 'strict P [0-9.]* R [0-9.]* F1 [0-9.]*')"
}

variant "karenina-vol1 whole" "1-$ru_lines" "1-$en_lines"
variant "karenina-vol1, Russian lines 100-400 cut" "1-99,401-$ru_lines" "1-$en_lines"
variant "karenina-vol1, Russian 201-6000, English 1-5800" "201-6000" "1-5800"
variant "karenina-vol1, English lines 3000-3150 cut" "1-$ru_lines" "1-2999,3151-$en_lines"
