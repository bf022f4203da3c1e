#!/usr/bin/env bash
# End-to-end tests of `sverka align`: the seed sample, every format, standard
# input, swapped files, bad input (named, exit 2, nothing left), hostile sizes.
# Usage: align_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

# Alignment of the seed sample: one bead per sentence, 16 a side.
"$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --format beads -o "$WORK/seed.beads"
check "seed sample aligns 16 one-to-one beads" [ "$(grep -c '^\[[0-9]*\]:\[[0-9]*\]$' "$WORK/seed.beads")" = 16 ]
check "seed beads match the expected output" cmp -s "$WORK/seed.beads" "$SAMPLES/expected/seed.beads"

# Every format writes; TMX is well-formed XML.
for format in tsv jsonl tmx ladder; do
  check "format $format" [ "$(exit_code "$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" -f $format -o "$WORK/out.$format")" = 0 ]
done
check "tmx parses as XML" xmllint --noout "$WORK/out.tmx"
check "jsonl has one object per bead" [ "$(grep -c '^{.*}$' "$WORK/out.jsonl")" = 16 ]
"$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" -f moses -o "$WORK/corpus"
check "moses writes two line-aligned files" [ "$(wc -l <"$WORK/corpus.ru")" = "$(wc -l <"$WORK/corpus.en")" ]
check "moses without -o is a usage error" [ "$(exit_code "$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" -f moses)" = 2 ]

# Standard input works for one side.
check "stdin as source" bash -c "'$SVERKA' align - '$SAMPLES/seed.en.txt' -f beads < '$SAMPLES/seed.ru.txt' | cmp -s - '$WORK/seed.beads'"

# Swapped arguments are noticed and put right.
code=$(exit_code "$SVERKA" align "$SAMPLES/seed.en.txt" "$SAMPLES/seed.ru.txt" -f beads)
check "swapped files are detected" contains "$WORK/err" "taking .*seed.ru.txt as the Russian side"
check "swapped files still align" cmp -s "$WORK/out" "$WORK/seed.beads"

# Bad input: clear message naming the file and place, exit 2, no output left.
printf 'Первая строка.\nплохой \xc3\x28 байт\n' >"$WORK/bad.ru.txt"
code=$(exit_code "$SVERKA" align "$WORK/bad.ru.txt" "$SAMPLES/seed.en.txt" -o "$WORK/never.tsv")
check "invalid UTF-8 exits 2" [ "$code" = 2 ]
check "invalid UTF-8 names file and byte" contains "$WORK/err" "bad.ru.txt (byte 40)"
check "no output file after an error" [ ! -e "$WORK/never.tsv" ]
check "no temporary left after an error" bash -c "! ls '$WORK' | grep -q 'never.tsv.tmp'"
code=$(exit_code "$SVERKA" align "$WORK/missing.txt" "$SAMPLES/seed.en.txt")
check "missing file exits 2 naming it" bash -c "[ $code = 2 ] && grep -q missing.txt '$WORK/err'"
code=$(exit_code "$SVERKA" align "$WORK" "$SAMPLES/seed.en.txt")
check "a folder given as a file exits 2 naming it" bash -c "[ $code = 2 ] && grep -q 'is a folder' '$WORK/err'"
: >"$WORK/empty.txt"
code=$(exit_code "$SVERKA" align "$WORK/empty.txt" "$SAMPLES/seed.en.txt" -f beads)
check "an empty side gives only 0-1 beads" bash -c "[ $code = 0 ] && [ \$(grep -c '^\[\]:' '$WORK/out') = 16 ]"
check "an empty side is warned of, by name" grep -q "empty.txt: holds no letters at all" "$WORK/err"

# A missing dictionary is said, with its package, and the alignment still runs.
mkdir -p "$WORK/no-dictd" "$WORK/cache"
code=$(exit_code "$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" -f beads --dictd "$WORK/no-dictd" --cache "$WORK/cache")
check "a missing dictionary still aligns" bash -c "[ $code = 0 ] && [ \$(wc -l <'$WORK/out') = 16 ]"
check "a missing dictionary is warned of, with its package" contains "$WORK/err" "no ru-en dictionary in .*no-dictd (Debian's mueller7-dict"
code=$(exit_code "$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" -f beads --lang-pair ru-eng)
check "a three-letter code is read as the two-letter one" bash -c "[ $code = 0 ] && cmp -s '$WORK/out' '$WORK/seed.beads' && [ ! -s '$WORK/err' ]"

# A 13 MB line without punctuation, and 1 sentence against 10,000.
awk 'BEGIN { srand(1); for (i = 0; i < 1100000; ++i) printf "%s ", (i % 7 ? "слово" : "текст"); print "" }' >"$WORK/big.ru"
code=$(exit_code "$SVERKA" align "$WORK/big.ru" "$SAMPLES/seed.en.txt" -f beads -o "$WORK/big.beads")
check "a 13 MB line without punctuation aligns" bash -c "[ $code = 0 ] && [ \$(wc -l <'$WORK/big.beads') -ge 1 ]"
printf 'Одно предложение.\n' >"$WORK/one.ru"
awk 'BEGIN { for (i = 0; i < 10000; ++i) printf "Sentence number %d is here.\n", i }' >"$WORK/many.en"
code=$(exit_code "$SVERKA" align --presplit "$WORK/one.ru" "$WORK/many.en" -f beads -o "$WORK/many.beads")
check "1 sentence against 10,000 covers both sides" bash -c "[ $code = 0 ] && [ \$(grep -c '^\[\]:\[' '$WORK/many.beads') -ge 9999 ]"

finish align
