#!/usr/bin/env bash
# Opens the review page of the seed sample in headless Chromium (Debian's
# /usr/bin/chromium, never a downloaded browser), checks the rendered DOM
# for every bead row, name highlight and finding, checks that the page
# logged no console error, and saves a screenshot next to the test output.
# Also renders the review page of karenina-vol1 (about 10,000 beads) and
# prints how long the browser took to lay it out.
# Usage: browser_test.sh path/to/sverka path/to/source-tree output-folder [shared/data]
set -u
. "$(dirname "$0")/e2e_common.sh"
OUT=$3
DATA=${4:-}
CHROMIUM=${CHROMIUM:-/usr/bin/chromium}
if [ ! -x "$CHROMIUM" ]; then
  echo "Debian's chromium is not installed ($CHROMIUM): skipping"
  exit 77
fi
mkdir -p "$OUT"
PROFILE=$WORK/profile
browser() {
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --user-data-dir="$PROFILE" --enable-logging=stderr --v=0 "$@"
}

PAGE=$OUT/seed-report.html
"$SVERKA" check "$ROOT/samples/seed.ru.txt" "$ROOT/samples/seed.en-divergent.txt" -f html -o "$PAGE"
browser --dump-dom "file://$PAGE" >"$OUT/seed-report.dom.html" 2>"$OUT/seed-report.console.log"
DOM=$OUT/seed-report.dom.html
count() { grep -o "$1" "$DOM" | wc -l; }
check "the page rendered" grep -q '</table>' "$DOM"
check "16 bead rows" [ "$(count '<tr class="bead')" = 16 ]
check "9 findings in the list" [ "$(count '<li><a href="#f')" = 9 ]
check "9 findings placed at their beads" [ "$(count 'class="note"')" = 9 ]
# A highlight may hold a finding's mark inside it.
for name in Путин Putin Эрдогана Erdogan Аль-Баба al-Bab Кремля Kremlin Анкара Ankara Су-24 Su-24 Пескова; do
  check "name highlight: $name" grep -q "class=\"name[^\"]*\"[^>]*>\(<[^>]*>\)*$name<" "$DOM"
done
check "Lavrov is marked as unmatched" grep -q 'class="name unmatched"[^>]*>\(<[^>]*>\)*Lavrov<' "$DOM"
check "quotes are boxed" [ "$(count 'class="quote"')" -ge 9 ]
check "no console errors" bash -c "! grep -Eiq 'CONSOLE|Uncaught|SyntaxError' '$OUT/seed-report.console.log'"
browser --screenshot="$OUT/seed-report.png" --window-size=1400,1100 --hide-scrollbars "file://$PAGE" 2>/dev/null
check "screenshot saved" [ -s "$OUT/seed-report.png" ]

if [ -n "$DATA" ] && [ -d "$DATA/align/karenina-vol1-ruen" ]; then
  SET=$DATA/align/karenina-vol1-ruen
  "$SVERKA" check --presplit "$SET/karenina-vol1.ru" "$SET/karenina-vol1.en" -f html -o "$OUT/karenina-report.html"
  start=$(date +%s.%N)
  browser --dump-dom "file://$OUT/karenina-report.html" >"$OUT/karenina-report.dom.html" 2>"$OUT/karenina-report.console.log"
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  rows=$(grep -o '<tr class="bead' "$OUT/karenina-report.dom.html" | wc -l)
  printf 'karenina-vol1 review page: %s bead rows, %s bytes, rendered in %.1f s\n' "$rows" \
    "$(wc -c <"$OUT/karenina-report.html")" "$seconds"
  check "the 10,000-bead page renders every row" [ "$rows" -gt 9000 ]
  check "no console errors on the large page" bash -c "! grep -Eiq 'CONSOLE|Uncaught' '$OUT/karenina-report.console.log'"
fi
finish browser
