#!/usr/bin/env bash
# Starts a one-node Slurm cluster on localhost (Debian's slurm-wlm and
# munge) and runs the Snakemake workflow through it with the slurm profile,
# then compares the merged corpus with a single-process batch run. When the
# sandbox cannot run the daemons, it says exactly why and exits 77 (skip):
# the local workflow test stands.
# Usage: run_slurm_workflow.sh path/to/sverka path/to/source-tree path/to/shared/data
set -u
SVERKA=$1
ROOT=$2
DATA=$3
skip() { echo "slurm test skipped: $*"; exit 77; }
for program in slurmctld slurmd munged sbatch snakemake; do
  command -v "$program" >/dev/null || skip "$program is not installed (Debian packages slurm-wlm, munge, snakemake)"
done
[ "$(id -u)" = 0 ] || skip "starting munged and slurmd needs root here"
[ -d "$DATA/align/wmt22-news-ruen" ] || skip "evaluation data not found at $DATA"
WORK=$(mktemp -d)
STATE=$WORK/slurm
mkdir -p "$STATE"/{spool,ctld,log}
cleanup() {
  scancel --user=root >/dev/null 2>&1
  [ -f "$STATE/slurmd.pid" ] && kill "$(cat "$STATE/slurmd.pid")" 2>/dev/null
  [ -f "$STATE/slurmctld.pid" ] && kill "$(cat "$STATE/slurmctld.pid")" 2>/dev/null
  [ -n "${MUNGE_PID:-}" ] && kill "$MUNGE_PID" 2>/dev/null
  rm -rf "$WORK"
}
trap cleanup EXIT
HOST=$(hostname -s)
CPUS=$(nproc)
MEMORY=$(awk '/MemTotal/ { print int($2 / 1024 * 0.8) }' /proc/meminfo)

# munge: a key and a daemon of our own.
mkdir -p /etc/munge /var/run/munge /var/lib/munge /var/log/munge
[ -s /etc/munge/munge.key ] || dd if=/dev/urandom of=/etc/munge/munge.key bs=1024 count=1 2>/dev/null
chmod 400 /etc/munge/munge.key
chown -R root /etc/munge /var/run/munge /var/lib/munge /var/log/munge
munged --force --foreground >"$STATE/log/munged.log" 2>&1 &
MUNGE_PID=$!
sleep 1
munge -n >/dev/null 2>&1 || skip "munged did not start: $(tail -1 "$STATE/log/munged.log")"

cat >"$STATE/slurm.conf" <<CONF
ClusterName=sverka-test
SlurmctldHost=$HOST
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
StateSaveLocation=$STATE/ctld
SlurmdSpoolDir=$STATE/spool
SlurmctldPidFile=$STATE/slurmctld.pid
SlurmdPidFile=$STATE/slurmd.pid
SlurmctldLogFile=$STATE/log/slurmctld.log
SlurmdLogFile=$STATE/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
ReturnToService=2
NodeName=$HOST CPUs=$CPUS RealMemory=$MEMORY State=UNKNOWN
PartitionName=main Nodes=$HOST Default=YES MaxTime=INFINITE State=UP
CONF
export SLURM_CONF=$STATE/slurm.conf
slurmctld -f "$SLURM_CONF" || skip "slurmctld did not start: $(tail -1 "$STATE/log/slurmctld.log" 2>/dev/null)"
slurmd -f "$SLURM_CONF" || skip "slurmd did not start: $(tail -1 "$STATE/log/slurmd.log" 2>/dev/null)"
for _ in $(seq 30); do
  sinfo -h -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)' && break
  sleep 1
done
sinfo -h -o %t 2>/dev/null | grep -qE '^(idle|mix|alloc)' ||
  skip "the node never became idle: $(sinfo -h -o '%t %E' 2>&1 | head -1); slurmd log: $(tail -1 "$STATE/log/slurmd.log")"

SET=$DATA/align/wmt22-news-ruen
# shellcheck source=../e2e/workflow_common.sh
. "$ROOT/tests/e2e/workflow_common.sh"
run_workflow_and_compare slurm
status=$?
# Each cluster job leaves its slurm-<id>.log in the working folder.
jobs=$(find "$WORK" -maxdepth 1 -name 'slurm-*.log' | wc -l)
if [ "$jobs" -ge 4 ]; then
  echo "ok   $jobs shard jobs ran under Slurm"
else
  echo "FAIL only $jobs jobs ran under Slurm (expected 4)"
  status=1
fi
exit $status
