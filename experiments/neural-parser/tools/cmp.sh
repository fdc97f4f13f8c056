#!/bin/bash
# cmp.sh "sentence" — the linear parser's tree beside the neural one (SITREP_PARSER=neural), changes marked
cd "$(dirname "$0")/../../.."
tools=experiments/neural-parser/tools
SITREP_PARSER=linear node --import tsx $tools/rc.mts "$1" > /tmp/cmp-linear.txt
node --import tsx $tools/rc.mts "$1" > /tmp/cmp-neural.txt
paste /tmp/cmp-linear.txt /tmp/cmp-neural.txt | awk -F'\t' 'NF>1{m=($6!=$13||$7!=$14)?"  <<<":""; printf "%s %s %s %s %s | %s %s%s\n",$1,$2,$4,$6,$7,$13,$14,m}'
