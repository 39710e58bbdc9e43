package entity

import (
	"bytes"
	"compress/gzip"
	"embed"
	"fmt"
)

// File names of a trained model directory (as written by 'marsad train
// ner' and embedded from model/).
const (
	ModelFile    = "ner.model.gz"
	ClustersFile = "clusters.tsv.gz"
)

//go:embed model/ner.model.gz model/clusters.tsv.gz
var modelFS embed.FS

// DefaultClusters returns the word clusters shipped with the package.
func DefaultClusters() (*Clusters, error) {
	data, err := modelFS.ReadFile("model/" + ClustersFile)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	zr, err := gzip.NewReader(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("entity: clusters: %w", err)
	}
	return ReadClusters(zr)
}

// DefaultTagger loads the tagger shipped with the package (trained on the
// ANERcorp training split; see model/NOTICE). Each call loads a fresh copy:
// load once and share it, it is safe for concurrent use.
func DefaultTagger() (*Tagger, error) {
	cl, err := DefaultClusters()
	if err != nil {
		return nil, err
	}
	data, err := modelFS.ReadFile("model/" + ModelFile)
	if err != nil {
		return nil, fmt.Errorf("entity: %w", err)
	}
	return LoadTagger(bytes.NewReader(data), cl)
}
