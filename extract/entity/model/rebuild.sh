#!/bin/sh
# Rebuilds the shipped tagger and its resources in the order NOTICE gives,
# from the repository root with the shared data at ../shared (about an
# hour of one core: three passes tag the 31,514 news articles). Usage:
#   extract/entity/model/rebuild.sh /tmp/work   (a scratch directory)
set -eu
T=${1:?scratch directory}
S=../shared
mkdir -p "$T"
go build -o "$T/marsad" ./cmd/marsad
"$T/marsad" train clusters --news $S/data/news/ant-2018.jsonl.gz --out extract/entity/model/clusters.tsv.gz
: > extract/entity/data/given_names.txt
go build -o "$T/marsad" ./cmd/marsad
"$T/marsad" train ner --train $S/data/ner/anercorp/train.conll --o-bias=false --refit=false --out "$T/mg"
(cd "$T" && npm pack arabic-name-to-en@1.0.6 && tar xzf arabic-name-to-en-1.0.6.tgz)
"$T/marsad" train given-names --news $S/data/news/ant-2018.jsonl.gz --model "$T/mg" \
  --namedb "$T/package/cases/fullnamedb.js" --out extract/entity/data/given_names.txt
go build -o "$T/marsad" ./cmd/marsad
"$T/marsad" train ner --train $S/data/ner/anercorp/train.conll --o-bias=false --out "$T/m0"
"$T/marsad" train names --news $S/data/news/ant-2018.jsonl.gz --model "$T/m0" --out "$T/names.txt"
"$T/marsad" train ner --train $S/data/ner/anercorp/train.conll --names "$T/names.txt" --out extract/entity/model
