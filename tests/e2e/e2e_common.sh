# What the end-to-end scripts share, sourced after setting nothing:
# SVERKA and ROOT from the first two arguments, SAMPLES, a scratch folder
# WORK removed on exit, `check NAME COMMAND...` (prints ok or FAIL and
# counts failures), `exit_code COMMAND...` (runs it with its output in
# $WORK/out and $WORK/err and prints its exit code), `contains FILE TEXT`,
# and `finish WHAT`, which ends the script: exit 1 when a check failed.
# Usage: . tests/e2e/e2e_common.sh path/to/sverka path/to/source-tree
SVERKA=$1
ROOT=$2
SAMPLES=$ROOT/samples
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
failures=0

check() {
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
finish() {
  if [ "$failures" -gt 0 ]; then
    echo "$failures $1 test(s) failed"
    exit 1
  fi
  echo "all $1 tests passed"
  exit 0
}
