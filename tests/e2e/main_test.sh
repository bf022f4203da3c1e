#!/usr/bin/env bash
# End-to-end tests of the program as a whole: version, help, unknown commands.
# Usage: main_test.sh path/to/sverka path/to/source-tree
set -u
. "$(dirname "$0")/e2e_common.sh"

check "--version" [ "$(exit_code "$SVERKA" --version)" = 0 ]
check "--help lists every subcommand" bash -c "'$SVERKA' --help | grep -q align && '$SVERKA' --help | grep -q quotes"
check "subcommand help has examples" bash -c "'$SVERKA' align --help | grep -q Examples"
check "unknown command exits 2" [ "$(exit_code "$SVERKA" frobnicate)" = 2 ]
check "unknown option exits 2" [ "$(exit_code "$SVERKA" align --bogus a b)" = 2 ]
check "a usage error from below the command line names the command" \
  bash -c "'$SVERKA' align '$ROOT/samples/seed.ru.txt' '$ROOT/samples/seed.en.txt' -f xml 2>&1 | grep -q \"^sverka align: unknown format 'xml'\""


finish main
