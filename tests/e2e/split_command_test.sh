#!/usr/bin/env bash
# End-to-end tests of `sverka split`: one sentence a line, UTF-16 refused,
# a language's code by three letters, a missing dictionary said.
# Usage: split_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

"$SVERKA" split "$SAMPLES/seed.ru.txt" --lang ru -o "$WORK/ru.lines"
check "split prints one sentence a line" [ "$(wc -l <"$WORK/ru.lines")" = 16 ]
printf '\xff\xfeh\x00i\x00' >"$WORK/u16.txt"
code=$(exit_code "$SVERKA" split "$WORK/u16.txt" --lang en)
check "UTF-16 exits 2 with a reason" bash -c "[ $code = 2 ] && grep -q UTF-16 '$WORK/err'"
code=$(exit_code "$SVERKA" split "$SAMPLES/seed.ru.txt" --lang rus)
check "a three-letter code splits as the two-letter one" bash -c "[ $code = 0 ] && cmp -s '$WORK/out' '$WORK/ru.lines' && [ ! -s '$WORK/err' ]"
mkdir -p "$WORK/no-hunspell"
code=$(exit_code "$SVERKA" split "$SAMPLES/seed.ru.txt" --lang ru --hunspell "$WORK/no-hunspell")
check "a missing Hunspell dictionary is said, with its package" bash -c "[ $code = 0 ] && grep -q \"no Hunspell dictionary for 'ru'.*hunspell-ru\" '$WORK/err'"

finish split
