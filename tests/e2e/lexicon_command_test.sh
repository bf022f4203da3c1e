#!/usr/bin/env bash
# End-to-end tests of `sverka lexicon`: a lexicon built from Debian's
# dictionaries to a file of one's choosing, words looked up through their
# lemmas (in a lexicon converted on first use), and the usage errors.
# Usage: lexicon_command_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

code=$(exit_code "$SVERKA" lexicon build --lang-pair ru-en -o "$WORK/ru-en.lex")
check "build writes the lexicon where -o says" bash -c "[ $code = 0 ] && [ -s '$WORK/ru-en.lex' ]"
check "build says what it read" contains "$WORK/out" "source words from 2 dictionaries and the curated list"
check "build leaves no temporary" bash -c "! ls '$WORK' | grep -q tmp"
code=$(exit_code "$SVERKA" lexicon lookup ударом Генштаб --cache "$WORK")
check "lookup finds a word's translations through its lemma" bash -c "[ $code = 0 ] && grep -q \$'^ударом\tудар\t.*strike' '$WORK/out'"
check "lookup finds the curated terms" grep -q $'^Генштаб\tгенштаб\tgeneral staff' "$WORK/out"
code=$(exit_code "$SVERKA" lexicon lookup --cache "$WORK")
check "lookup without words is a usage error" bash -c "[ $code = 2 ] && grep -q 'give words to look up' '$WORK/err'"
code=$(exit_code "$SVERKA" lexicon convert)
check "an unknown action is a usage error" bash -c "[ $code = 2 ] && grep -q \"expected 'build' or 'lookup'\" '$WORK/err'"
code=$(exit_code "$SVERKA" lexicon lookup удар --cache "$WORK/fresh")
check "lookup converts the lexicon on first use, as align does" \
  bash -c "[ $code = 0 ] && [ -s '$WORK/fresh/ru-en.lex' ] && grep -q \$'^удар\tудар\t.*strike' '$WORK/out'"

# FreeDict deu-fra follows most translations with glosses in German.
if [ -e /usr/share/dictd/freedict-deu-fra.index ]; then
  code=$(exit_code "$SVERKA" lexicon build --lang-pair de-fr -o "$WORK/de-fr.lex")
  check "build counts one dictionary as one" contains "$WORK/out" "source words from 1 dictionary$"
  code=$(exit_code "$SVERKA" lexicon lookup Meter --lang-pair de-fr --cache "$WORK/fresh")
  check "a FreeDict entry's German glosses are not read as French translations" \
    bash -c "[ $code = 0 ] && grep -qx \$'Meter\tmeter\tmètre ' '$WORK/out'"
fi

finish lexicon
