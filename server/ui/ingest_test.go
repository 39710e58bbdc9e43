package ui

import (
	"regexp"
	"strings"
	"testing"
	"time"
)

// TestIngestUnits checks that the ingest page writes durations and sizes
// in human units (not «22.825857015s», «64971248 بايت») and its
// timestamps left to right inside the right-to-left page.
func TestIngestUnits(t *testing.T) {
	f := loadFixture(t)
	rep := &IngestReport{Finished: time.Date(2018, 5, 20, 23, 55, 6, 0, time.UTC), Duration: 22825857015 * time.Nanosecond,
		Source: "sample.jsonl.gz", Read: 2109, Processed: 2109, Added: 2109}
	h, err := New(f.st, Options{Ingest: func() *IngestReport { return rep }})
	if err != nil {
		t.Fatal(err)
	}
	page := checkPage(t, get(h, "/ingest"), 200)
	for _, want := range []string{"22.8 ثانية", `<time datetime="2018-05-20T23:55:06Z" dir="ltr">2018-05-20 23:55 UTC</time>`, "92.4 مقال في الثانية", "ميغابايت"} {
		if !strings.Contains(page, want) {
			t.Errorf("ingest page lacks %q", want)
		}
	}
	if strings.Contains(page, "22.825857015s") || regexp.MustCompile(`\d{5,} بايت`).MatchString(page) {
		t.Error("raw Go duration or byte count on the ingest page")
	}
}
