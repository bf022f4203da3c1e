#!/usr/bin/env bash
# End-to-end tests of `sverka names`: the seed table, `names match`, a swapped speaker.
# Usage: names_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

# Names: the table of the seed sample, and the matching primitive.
"$SVERKA" names "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en.txt" -o "$WORK/names.txt"
check "seed name table matches the expected output" cmp -s "$WORK/names.txt" "$SAMPLES/expected/seed.names.txt"
for pair in "Путина Putin" "Эрдогана Erdogan" "Пескова Peskov" "Аль-Баба al-Bab" "Турции Turkey" \
            "Кремля Kremlin" "Генштаба General Staff" "Су-24 Su-24" "Анкара Ankara" "Исламского Islamic State"; do
  set -- $pair
  check "name table pairs $1 with ${*:2}" grep -q "$1.* ${*:2} " "$WORK/names.txt"
done
# A quoted name translated word for word, in its nominative.
check "name table gives «Исламского государства» as Исламское государство, Islamic State" \
  grep -q "^Исламское государство .*Исламского государства .*Islamic State " "$WORK/names.txt"
printf 'Эрдоганом\tErdogan\nПесковым\tPutin\n' | "$SVERKA" names match >"$WORK/match.txt"
check "names match scores each line" bash -c "[ \$(wc -l <'$WORK/match.txt') = 2 ] && awk 'NR==1 && \$1 > 0.9 { ok=1 } NR==2 && \$1 < 0.5 { ok=ok+1 } END { exit ok != 2 }' '$WORK/match.txt'"
code=$(exit_code bash -c "printf 'no tab here\n' | '$SVERKA' names match")
check "names match rejects a line without a tab, naming it" bash -c "[ $code = 2 ] && grep -q '<stdin>:1' '$WORK/err'"
"$SVERKA" names "$SAMPLES/seed.ru.txt" "$SAMPLES/seed.en-divergent.txt" >"$WORK/names-divergent.txt"
check "a swapped speaker is reported" bash -c "grep -q 'en sentence 11: Lavrov' '$WORK/names-divergent.txt' && grep -q 'ru sentence 11: Песков' '$WORK/names-divergent.txt'"

finish names
