#!/usr/bin/env bash
# End-to-end tests of the sverka program: exit codes, messages, outputs.
# Usage: cli_test.sh path/to/sverka path/to/source-tree
set -u
SVERKA=$1
ROOT=$2
SAMPLES=$ROOT/samples
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then
    echo "ok   $name"
  else
    echo "FAIL $name"
    failures=$((failures + 1))
  fi
}
exit_code() { "$@" >"$WORK/out" 2>"$WORK/err"; echo $?; }
contains() { grep -q -- "$2" "$1"; }

check "--version" [ "$(exit_code "$SVERKA" --version)" = 0 ]
check "--help lists every subcommand" bash -c "'$SVERKA' --help | grep -q align && '$SVERKA' --help | grep -q quotes"
check "subcommand help has examples" bash -c "'$SVERKA' align --help | grep -q Examples"
check "unknown command exits 2" [ "$(exit_code "$SVERKA" frobnicate)" = 2 ]
check "unknown option exits 2" [ "$(exit_code "$SVERKA" align --bogus a b)" = 2 ]

# Alignment of the seed sample: one bead per sentence, 16 a side.
"$SVERKA" align "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --format beads -o "$WORK/seed.beads"
check "seed sample aligns 16 one-to-one beads" [ "$(grep -c '^\[[0-9]*\]:\[[0-9]*\]$' "$WORK/seed.beads")" = 16 ]
check "seed beads match the expected output" cmp -s "$WORK/seed.beads" "$SAMPLES/expected/seed.beads"

# Pre-split input round-trips through eval.
"$SVERKA" split "$SAMPLES/seed.ru.txt" --lang ru -o "$WORK/ru.lines"
"$SVERKA" split "$SAMPLES/seed.en.txt" --lang en -o "$WORK/en.lines"
check "split prints one sentence a line" [ "$(wc -l <"$WORK/ru.lines")" = 16 ]
"$SVERKA" align --presplit --format beads "$WORK/ru.lines" "$WORK/en.lines" -o "$WORK/pre.beads"
"$SVERKA" eval "$WORK/pre.beads" "$WORK/seed.beads" >"$WORK/eval.txt"
check "beads round-trip through eval (F1 1.000)" contains "$WORK/eval.txt" "strict P 1.000 R 1.000 F1 1.000"

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

# Names: the table of the seed sample, and the matching primitive.
"$SVERKA" names "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" -o "$WORK/names.txt"
check "seed name table matches the expected output" cmp -s "$WORK/names.txt" "$SAMPLES/expected/seed.names.txt"
for pair in "Путина Putin" "Эрдогана Erdogan" "Пескова Peskov" "Аль-Баба al-Bab" "Турции Turkey" \
            "Кремля Kremlin" "Генштаба General Staff" "Су-24 Su-24" "Анкара Ankara" "Исламского Islamic State"; do
  set -- $pair
  check "name table pairs $1 with ${*:2}" grep -q "$1.* ${*:2} " "$WORK/names.txt"
done
printf 'Эрдоганом\tErdogan\nПесковым\tPutin\n' | "$SVERKA" names match >"$WORK/match.txt"
check "names match scores each line" bash -c "[ \$(wc -l <'$WORK/match.txt') = 2 ] && awk 'NR==1 && \$1 > 0.9 { ok=1 } NR==2 && \$1 < 0.5 { ok=ok+1 } END { exit ok != 2 }' '$WORK/match.txt'"
code=$(exit_code bash -c "printf 'no tab here\n' | '$SVERKA' names match")
check "names match rejects a line without a tab, naming it" bash -c "[ $code = 2 ] && grep -q '<stdin>:1' '$WORK/err'"
"$SVERKA" names "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" >"$WORK/names-divergent.txt"
check "a swapped speaker is reported" bash -c "grep -q 'en sentence 11: Lavrov' '$WORK/names-divergent.txt' && grep -q 'ru sentence 11: Песков' '$WORK/names-divergent.txt'"

# Quotes: the faithful version is quiet, the divergent one has the planted findings.
code=$(exit_code "$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --fail-on warning)
check "faithful quotes pass --fail-on warning" [ "$code" = 0 ]
code=$(exit_code "$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" --fail-on error)
check "divergent quotes fail --fail-on error with exit 1" [ "$code" = 1 ]
check "divergent quote report matches the expected output" cmp -s "$WORK/out" "$SAMPLES/expected/seed.quotes-divergent.txt"
for finding in "\[number\] 'five'" "\[antonym\] 'непреднамеренного' is rendered as 'deliberate'" "\[omission\]" \
               "\[attribution\] the English gives the quote to 'Lavrov'" "\[negation\]"; do
  check "divergent report has $finding" grep -q "$finding" "$WORK/out"
done
"$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" -f jsonl -o "$WORK/quotes.jsonl"
check "quotes jsonl has ru_line, en_line and flags" grep -q '"ru_line":5,"en_line":5,.*"flags":\[{"type":"number","severity":"error"' "$WORK/quotes.jsonl"
code=$(exit_code "$SVERKA" quotes "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --fail-on sometimes)
check "a bad --fail-on level is a usage error" [ "$code" = 2 ]
code=$(exit_code "$SVERKA" check "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" --fail-on sometimes -o "$WORK/never.txt")
check "check refuses a bad --fail-on before writing anything" bash -c "[ $code = 2 ] && [ ! -e '$WORK/never.txt' ]"
code=$(exit_code "$SVERKA" check "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" --fail-on error)
check "check runs alignment, names and quotes" bash -c "[ $code = 1 ] && grep -q '== Names' '$WORK/out' && grep -q '== Quotes' '$WORK/out' && grep -q 'Lavrov' '$WORK/out'"
check "check report matches the expected output" cmp -s "$WORK/out" "$SAMPLES/expected/seed.check-divergent.txt"
(cd "$ROOT" && "$SVERKA" check samples/seed.ru.txt samples/seed.en-divergent.txt -f html -o "$WORK/report.html")
check "review page matches the expected page" cmp -s "$WORK/report.html" "$SAMPLES/expected/seed-report.html"

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
printf '\xff\xfeh\x00i\x00' >"$WORK/u16.txt"
code=$(exit_code "$SVERKA" split "$WORK/u16.txt" --lang en)
check "UTF-16 exits 2 with a reason" bash -c "[ $code = 2 ] && grep -q UTF-16 '$WORK/err'"
: >"$WORK/empty.txt"
code=$(exit_code "$SVERKA" align "$WORK/empty.txt" "$SAMPLES/seed.en.txt" -f beads)
check "an empty side gives only 0-1 beads" bash -c "[ $code = 0 ] && [ \$(grep -c '^\[\]:' '$WORK/out') = 16 ]"
printf '[0]:[0]\n[1]-[1]\n' >"$WORK/bad.gold"
code=$(exit_code "$SVERKA" eval "$WORK/bad.gold" "$WORK/seed.beads")
check "a broken gold file names file and line" bash -c "[ $code = 2 ] && grep -q 'bad.gold:2' '$WORK/err'"

# A 13 MB line without punctuation, and 1 sentence against 10,000.
awk 'BEGIN { srand(1); for (i = 0; i < 1100000; ++i) printf "%s ", (i % 7 ? "слово" : "текст"); print "" }' >"$WORK/big.ru"
code=$(exit_code "$SVERKA" align "$WORK/big.ru" "$SAMPLES/seed.en.txt" -f beads -o "$WORK/big.beads")
check "a 13 MB line without punctuation aligns" bash -c "[ $code = 0 ] && [ \$(wc -l <'$WORK/big.beads') -ge 1 ]"
printf 'Одно предложение.\n' >"$WORK/one.ru"
awk 'BEGIN { for (i = 0; i < 10000; ++i) printf "Sentence number %d is here.\n", i }' >"$WORK/many.en"
code=$(exit_code "$SVERKA" align --presplit "$WORK/one.ru" "$WORK/many.en" -f beads -o "$WORK/many.beads")
check "1 sentence against 10,000 covers both sides" bash -c "[ $code = 0 ] && [ \$(grep -c '^\[\]:\[' '$WORK/many.beads') -ge 9999 ]"

if [ "$failures" -gt 0 ]; then
  echo "$failures CLI test(s) failed"
  exit 1
fi
echo "all CLI tests passed"
