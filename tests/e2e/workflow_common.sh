# Shared by the workflow tests (sourced): runs the Snakemake workflow with a
# profile on a manifest of the WMT22 news documents, and compares its
# merged corpus with a single-process `sverka batch` run, byte for byte.
# Needs SVERKA, ROOT, WORK and SET set.

# run_workflow_and_compare PROFILE [extra snakemake arguments...]; returns 0
# when all four corpus files are identical.
run_workflow_and_compare() {
  local profile=$1
  shift
  for gold in "$SET"/*.gold; do
    local doc
    doc=$(basename "$gold" .gold)
    printf '%s\t%s\t%s\n' "$doc" "$SET/$doc.ru" "$SET/$doc.en"
  done >"$WORK/manifest.tsv"
  "$SVERKA" batch "$WORK/manifest.tsv" --out "$WORK/single" --presplit --jobs 1 --quiet || return 1
  if ! snakemake -s "$ROOT/workflow/Snakefile" --profile "$ROOT/workflow/profiles/$profile" --directory "$WORK" \
         --quiet --config manifest="$WORK/manifest.tsv" out="$WORK/sharded" shards=4 sverka="$SVERKA" \
         args=--presplit "$@" >"$WORK/snakemake.log" 2>&1; then
    tail -30 "$WORK/snakemake.log"
    echo "FAIL the workflow failed with the $profile profile"
    return 1
  fi
  local status=0
  for file in corpus.tmx corpus.ru corpus.en corpus.jsonl; do
    if cmp -s "$WORK/single/$file" "$WORK/sharded/$file"; then
      echo "ok   $file identical ($profile profile)"
    else
      echo "FAIL $file differs between the single run and the workflow ($profile profile)"
      status=1
    fi
  done
  return $status
}
