package actor

import "embed"

// dataFS holds the knowledge-base files; see data/NOTICE for their origin.
//
//go:embed data/*.tsv data/*.tsv.gz data/*.txt
var dataFS embed.FS
