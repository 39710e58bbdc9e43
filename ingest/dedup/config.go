package dedup

import "time"

// Config tunes a Detector. The zero value of any field means its default.
type Config struct {
	// Shingle is the number of words in a shingle (default 5).
	Shingle int
	// Hashes is the MinHash signature length (default 128).
	Hashes int
	// Rows is the number of signature rows per LSH band (default 2, so 64
	// bands with 128 hashes: a pair at Jaccard 0.3 is a candidate with
	// probability 0.998, at 0.2 with 0.93). Candidates are cheap to verify,
	// so the banding is made loose enough for the containment test too.
	Rows int
	// NearThreshold is the estimated shingle Jaccard similarity from which
	// two articles are near duplicates (default 0.5).
	NearThreshold float64
	// ContainThreshold is the estimated share of the smaller article's
	// shingles found in the larger from which two articles are near
	// duplicates even below NearThreshold: a trimmed copy, or a copy with
	// a new lead (default 0.7).
	ContainThreshold float64
	// StoryThreshold is the Jaccard similarity of title+lead terms from
	// which two articles published within StoryWindow join one story
	// (default 0.3).
	StoryThreshold float64
	// StoryWindow is the largest publication gap for a story link (default
	// 72h). Articles without a date are linked only as near duplicates.
	StoryWindow time.Duration
	// LeadWords is how many body words count as the lead (default 40).
	LeadWords int
}

func (c Config) withDefaults() Config {
	if c.Shingle <= 0 {
		c.Shingle = 5
	}
	if c.Hashes <= 0 {
		c.Hashes = 128
	}
	if c.Rows <= 0 {
		c.Rows = 2
	}
	if c.NearThreshold <= 0 {
		c.NearThreshold = 0.5
	}
	if c.ContainThreshold <= 0 {
		c.ContainThreshold = 0.7
	}
	if c.StoryThreshold <= 0 {
		c.StoryThreshold = 0.3
	}
	if c.StoryWindow <= 0 {
		c.StoryWindow = 72 * time.Hour
	}
	if c.LeadWords <= 0 {
		c.LeadWords = 40
	}
	return c
}
