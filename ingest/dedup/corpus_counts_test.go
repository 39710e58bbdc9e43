package dedup

import (
	"os"
	"strings"
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
	title := map[string]string{}
	for _, c := range docs {
		title[c.ID] = c.Source + ": " + c.Title
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
	// A few stories to read: members of every 300th multi-article story.
	members := map[string][]string{}
	for _, c := range docs {
		if s := d.Story(c.ID); stories[s] > 1 {
			members[s] = append(members[s], title[c.ID])
		}
	}
	i := 0
	for _, c := range docs {
		if ms, ok := members[c.ID]; ok {
			if i%300 == 0 {
				t.Logf("story %s (%d):\n  %s", c.ID, len(ms), strings.Join(ms[:min(6, len(ms))], "\n  "))
			}
			i++
		}
	}
	t.Logf("%d articles in %v (%.0f/s): %d exact duplicates, %d near duplicates (not exact), %d stories (%d with 2+ articles holding %d articles; largest %d)",
		len(docs), el.Round(time.Millisecond), float64(len(docs))/el.Seconds(), exact, near, len(stories), multi, inMulti, biggest)
}
