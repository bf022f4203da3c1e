#!/usr/bin/env bash
# End-to-end tests of `sverka eval`: bead files (a round trip, a broken gold
# file) and divergences planted in the quotes of the seed sample.
# Usage: eval_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

# Pre-split input round-trips through eval: the raw texts' beads against
# those of the same sentences given one a line.
"$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --format beads -o "$WORK/seed.beads"
"$SVERKA" split "$SAMPLES/seed.ru.txt" --lang ru -o "$WORK/ru.lines"
"$SVERKA" split "$SAMPLES/seed.en.txt" --lang en -o "$WORK/en.lines"
"$SVERKA" align --presplit --format beads "$WORK/ru.lines" "$WORK/en.lines" -o "$WORK/pre.beads"
"$SVERKA" eval "$WORK/pre.beads" "$WORK/seed.beads" >"$WORK/eval.txt"
check "beads round-trip through eval (F1 1.000)" contains "$WORK/eval.txt" "strict P 1.000 R 1.000 F1 1.000"

printf '[0]:[0]\n[1]-[1]\n' >"$WORK/bad.gold"
code=$(exit_code "$SVERKA" eval "$WORK/bad.gold" "$WORK/seed.beads")
check "a broken gold file names file and line" bash -c "[ $code = 2 ] && grep -q 'bad.gold:2' '$WORK/err'"

# Planted divergences: the seed sample, one sentence a line, as a set of
# one document whose gold pairs line i with line i.
mkdir -p "$WORK/set"
cp "$WORK/ru.lines" "$WORK/set/seed.ru"
cp "$WORK/en.lines" "$WORK/set/seed.en"
awk '{ printf "[%d]:[%d]\n", NR - 1, NR - 1 }' "$WORK/ru.lines" >"$WORK/set/seed.gold"
code=$(exit_code "$SVERKA" eval --planted-quotes "$WORK/set")
check "planted quotes: figures printed" bash -c "[ $code = 0 ] && grep -q '^planted quotes: divergences found' '$WORK/out'"
check "planted quotes: the faithful seed has no finding before any change" contains "$WORK/out" "unaltered quoted lines flagged 0.000"
check "planted quotes: every negation planted is found" bash -c "grep -Eq '^  negation +([0-9]+) of \\1 found' '$WORK/out'"
code=$(exit_code "$SVERKA" eval --planted-quotes "$WORK/no-such-set")
check "planted quotes: a missing folder is named, exit 2" bash -c "[ $code = 2 ] && grep -q 'no-such-set' '$WORK/err'"

finish eval
