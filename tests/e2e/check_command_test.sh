#!/usr/bin/env bash
# End-to-end tests of `sverka check`: one report of alignment, names and quotes,
# and the review page.
# Usage: check_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

# check: alignment, names and quotes in one report, and the review page.
code=$(exit_code "$SVERKA" check "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --fail-on sometimes -o "$WORK/never.txt")
check "check refuses a bad --fail-on before writing anything" bash -c "[ $code = 2 ] && [ ! -e '$WORK/never.txt' ]"
code=$(exit_code "$SVERKA" check "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" --fail-on error)
check "check runs alignment, names and quotes" bash -c "[ $code = 1 ] && grep -q '== Names' '$WORK/out' && grep -q '== Quotes' '$WORK/out' && grep -q 'Lavrov' '$WORK/out'"
check "check report matches the expected output" cmp -s "$WORK/out" "$SAMPLES/expected/seed.check-divergent.txt"
(cd "$ROOT" && "$SVERKA" check samples/seed.ru.txt samples/seed.en-divergent.txt -f html -o "$WORK/report.html")
check "review page matches the expected page" cmp -s "$WORK/report.html" "$SAMPLES/expected/seed-report.html"

finish check
