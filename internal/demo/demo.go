// Package demo holds the bundled demo sample: 2,109 Arabic news articles
// (ANT Corpus v2.1, Apache-2.0; see data/SOURCE.md) that `marsad demo`
// ingests into a temporary store and serves.
package demo

import _ "embed"

//go:embed data/sample.jsonl.gz
var sample []byte

// Name is the file name the sample is read under (its extension tells the
// format: gzip-compressed JSON Lines).
const Name = "demo-sample.jsonl.gz"

// Bytes returns the compressed sample. The slice must not be modified.
func Bytes() []byte { return sample }
