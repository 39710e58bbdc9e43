package dedup

import (
	"os"
	"testing"
	"time"
)

// TestCorpusCounts runs the Detector over the whole news corpus and reports
// exact duplicates, near duplicates and stories. It takes about a minute,
// so it runs only with MARSAD_DEDUP_FULL=1:
//
//	MARSAD_DEDUP_FULL=1 go test ./ingest/dedup -run CorpusCounts -v
func TestCorpusCounts(t *testing.T) {
	if os.Getenv("MARSAD_DEDUP_FULL") == "" {
		t.Skip("set MARSAD_DEDUP_FULL=1 to run over the whole corpus")
	}
	docs := loadCorpus(t, 0)
	d := New(Config{})
	start := time.Now()
	var exact, near int
	stories := map[string]int{}
	for _, c := range docs {
		r := d.Add(c.doc())
		switch {
		case r.ExactOf != "":
			exact++
		case r.NearOf != "":
			near++
		}
		for _, m := range r.Merged {
			stories[r.StoryID] += stories[m]
			delete(stories, m)
		}
		stories[r.StoryID]++
	}
	multi, biggest, inMulti := 0, 0, 0
	for _, n := range stories {
		if n > 1 {
			multi++
			inMulti += n
		}
		biggest = max(biggest, n)
	}
	el := time.Since(start)
	t.Logf("%d articles in %v (%.0f/s): %d exact duplicates, %d near duplicates (not exact), %d stories (%d with 2+ articles holding %d articles; largest %d)",
		len(docs), el.Round(time.Millisecond), float64(len(docs))/el.Seconds(), exact, near, len(stories), multi, inMulti, biggest)
}
