#!/usr/bin/env bash
# End-to-end tests of `sverka quotes`: quiet on the faithful version, the planted
# findings on the divergent one, --fail-on.
# Usage: quotes_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

# Quotes: the faithful version is quiet, the divergent one has the planted findings.
code=$(exit_code "$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --fail-on warning)
check "faithful quotes pass --fail-on warning" [ "$code" = 0 ]
code=$(exit_code "$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" --fail-on error)
check "divergent quotes fail --fail-on error with exit 1" [ "$code" = 1 ]
check "divergent quote report matches the expected output" cmp -s "$WORK/out" "$SAMPLES/expected/seed.quotes-divergent.txt"
for finding in "\[number\] 'five'" "\[antonym\] 'непреднамеренного' is rendered as 'deliberate'" "\[omission\]" \
               "\[attribution\] the English gives the quote to 'Lavrov'" "\[negation\]" \
               "\[addition\] the English quote ends on a clause the Russian does not have: 'although the Turkish side"; do
  check "divergent report has $finding" grep -q "$finding" "$WORK/out"
done
"$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" -f jsonl -o "$WORK/quotes.jsonl"
check "quotes jsonl has ru_line, en_line and flags" grep -q '"ru_line":5,"en_line":5,.*"flags":\[{"type":"number","severity":"error"' "$WORK/quotes.jsonl"
code=$(exit_code "$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --fail-on sometimes)
check "a bad --fail-on level is a usage error" [ "$code" = 2 ]

finish quotes
