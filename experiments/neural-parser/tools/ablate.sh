#!/bin/bash
# ablate.sh MODEL OUT — coder scores with each tree edit skipped in turn
export SITREP_NEURAL=$1
cd "$(dirname "$0")/../../.."
for name in NONE $(cat experiments/neural-parser/tools/edit-names.txt); do
  r=$(SITREP_SKIP=$name OUTDIR=/tmp/abl node --import tsx experiments/neural-parser/tools/ev-nn.mts 2>&1 | head -4 | awk '{printf "%s %s %s ", $1, $3, $5}')
  echo "$name $r"
done > $2
