#!/usr/bin/env bash
# End-to-end tests of `sverka batch`: failed pairs recorded, nothing lost,
# resume byte-identical, the stream one line out per line in.
# Usage: batch_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

mkdir -p "$WORK/docs"
cp "$ROOT/samples/seed.ru.txt" "$ROOT/samples/seed.en.txt" "$WORK/docs/"
printf 'Первое предложение. Второе предложение.\n' >"$WORK/docs/short.ru"
printf 'The first sentence. The second sentence.\n' >"$WORK/docs/short.en"
printf '\xff\xfe\x00\x00' >"$WORK/docs/utf16.ru"
: >"$WORK/docs/empty.ru"
{
  printf 'seed\tdocs/seed.ru.txt\tdocs/seed.en.txt\n'
  printf 'short\tdocs/short.ru\tdocs/short.en\n'
  printf 'too-few-columns\tdocs/short.ru\n'
  printf 'missing\tdocs/none.ru\tdocs/short.en\n'
  printf 'utf16\tdocs/utf16.ru\tdocs/short.en\n'
  printf 'seed\tdocs/short.ru\tdocs/short.en\n'
  printf 'swapped\tdocs/short.en\tdocs/short.ru\n'
  printf 'empty\tdocs/empty.ru\tdocs/short.en\n'
} >"$WORK/manifest.tsv"

"$SVERKA" batch "$WORK/manifest.tsv" --out "$WORK/out" --jobs 2 --quiet
code=$?
check "failed pairs give exit 1" [ "$code" = 1 ]
check "summary counts done and failed pairs" grep -q '"pairs_done":4,"pairs_failed":4' "$WORK/out/summary.json"
check "summary counts pairs with warnings" grep -q '"pairs_warned":2' "$WORK/out/summary.json"
check "files given the wrong way round are aligned the right way round, and said" \
  bash -c "grep -q '\"id\":\"swapped\".*short.en is Latin and .*short.ru Cyrillic' '$WORK/out/warnings.jsonl' &&
           grep -q 'Первое предложение' '$WORK/out/pairs/swapped.ru'"
check "a side without letters is said, by name" grep -q '"id":"empty".*empty.ru: holds no letters' "$WORK/out/warnings.jsonl"
check "errors.jsonl has one record per failed pair" [ "$(wc -l <"$WORK/out/errors.jsonl")" = 4 ]
check "a short manifest row names the manifest line" grep -q 'manifest.tsv:3: expected .id<TAB>ru_path<TAB>en_path' "$WORK/out/errors.jsonl"
check "a missing file is named" grep -q '"id":"missing".*none.ru' "$WORK/out/errors.jsonl"
check "UTF-16 input is named" grep -q '"id":"utf16".*UTF-16' "$WORK/out/errors.jsonl"
check "a duplicate id is refused" grep -q "id 'seed' is used twice" "$WORK/out/errors.jsonl"
check "merged TMX is well-formed" xmllint --noout "$WORK/out/corpus.tmx"
check "merged Moses files are line-aligned" [ "$(wc -l <"$WORK/out/corpus.ru")" = "$(wc -l <"$WORK/out/corpus.en")" ]
check "merged corpus is in manifest order" bash -c "head -1 '$WORK/out/corpus.jsonl' | grep -q '\"doc\":\"seed\"'"
check "no temporary file is left" bash -c "! find '$WORK/out' -name '*.tmp.*' | grep -q ."

printf 'seed\tdocs/seed.ru.txt\tdocs/seed.en.txt\nempty\tdocs/empty.ru\tdocs/short.en\n' >"$WORK/strict.tsv"
"$SVERKA" batch "$WORK/strict.tsv" --out "$WORK/strict" --min-score 1 --quiet
code=$?
check "pairs with nothing at --min-score still merge into a well-formed corpus" \
  bash -c "[ $code = 0 ] && xmllint --noout '$WORK/strict/corpus.tmx' && [ ! -s '$WORK/strict/corpus.ru' ]"

cp "$WORK/out/corpus.tmx" "$WORK/first.tmx"
cp "$WORK/out/corpus.jsonl" "$WORK/first.jsonl"
rm "$WORK/out/corpus.tmx"
"$SVERKA" batch "$WORK/manifest.tsv" --out "$WORK/out" --jobs 1 --quiet --resume
check "resume skips finished pairs" grep -q '"pairs_resumed":4' "$WORK/out/summary.json"
check "resume keeps the finished pairs' warnings" [ "$(wc -l <"$WORK/out/warnings.jsonl")" = 2 ]
check "resumed TMX is byte-identical" cmp -s "$WORK/first.tmx" "$WORK/out/corpus.tmx"
check "resumed JSONL is byte-identical" cmp -s "$WORK/first.jsonl" "$WORK/out/corpus.jsonl"

printf '%s\n' '{"id":"a","ru":"Привет, мир. Как дела?","en":"Hello, world. How are you?"}' 'not json' \
  '{"id":"b","ru":"Песков заявил.","en":"Peskov said."}' '{"id":"c","ru":"нет английского"}' >"$WORK/in.jsonl"
"$SVERKA" batch --stream --jobs 2 <"$WORK/in.jsonl" >"$WORK/stream.jsonl"
check "stream writes one line per input line" [ "$(wc -l <"$WORK/stream.jsonl")" = 4 ]
check "stream keeps the input order" bash -c "sed -n 3p '$WORK/stream.jsonl' | grep -q '\"id\":\"b\"'"
check "stream reports a bad line in place" bash -c "sed -n 2p '$WORK/stream.jsonl' | grep -q '\"error\":\"<stdin>:2:1: expected'"
check "stream reports missing fields" bash -c "sed -n 4p '$WORK/stream.jsonl' | grep -q '\"id\":\"c\",\"error\"'"

# A manifest of 100,000 rows: every hundredth pair is real, the others name
# a missing file. All rows are accounted for, nothing is lost.
printf 'Первое предложение. Второе.\n' >"$WORK/docs/t.ru"
printf 'The first sentence. The second.\n' >"$WORK/docs/t.en"
awk 'BEGIN { for (i = 0; i < 100000; ++i) printf "p%06d\tdocs/t.ru\tdocs/%s\n", i, (i % 100 == 0 ? "t.en" : "gone.en") }' \
  >"$WORK/big.tsv"
"$SVERKA" batch "$WORK/big.tsv" --out "$WORK/big" --jobs 2 --format jsonl --quiet --quotes
code=$?
check "100,000 rows: exit 1 for the failed pairs" [ "$code" = 1 ]
check "100,000 rows: all accounted for" grep -q '"pairs_done":1000,"pairs_failed":99000' "$WORK/big/summary.json"
check "100,000 rows: one error record per failed pair" [ "$(wc -l <"$WORK/big/errors.jsonl")" = 99000 ]
check "100,000 rows: the corpus has every good pair" [ "$(wc -l <"$WORK/big/corpus.jsonl")" = 2000 ]
check "quote findings are counted in the summary" grep -q '"quote_findings":{' "$WORK/big/summary.json"

code=$("$SVERKA" batch "$WORK/none.tsv" --out "$WORK/x" -q >/dev/null 2>&1; echo $?)
check "a missing manifest exits 2" [ "$code" = 2 ]

finish batch
