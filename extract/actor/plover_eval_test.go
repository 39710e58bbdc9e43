package actor

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// TestPloverCodes scores CodeFor on the source/target spans of the
// UniversalPetrarch Arabic validation set (../shared, read directly; skipped
// when absent). It reports agreement and fails only below a floor, as the
// gold codes are themselves noisy.
func TestPloverCodes(t *testing.T) {
	path := filepath.Join("..", "..", "..", "shared", "data", "events", "plover-gsr", "dev.jsonl")
	f, err := os.Open(path)
	if err != nil {
		t.Skip("shared data not available:", err)
	}
	defer f.Close()
	kb := mustKB(t)
	var total, exact, country int
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<22)
	for sc.Scan() {
		var r struct {
			Date   string `json:"date"`
			Events []struct {
				SourceCode *string `json:"source_code"`
				TargetCode *string `json:"target_code"`
				SourceText *string `json:"source_text"`
				TargetText *string `json:"target_text"`
			} `json:"events"`
		}
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		date, _ := time.Parse("20060102", r.Date)
		for _, e := range r.Events {
			for _, p := range [][2]*string{{e.SourceText, e.SourceCode}, {e.TargetText, e.TargetCode}} {
				if p[0] == nil || p[1] == nil || *p[1] == "" {
					continue
				}
				total++
				got := kb.CodeFor([]string{*p[0]}, []string{*p[0]}, date, "")
				if got == *p[1] {
					exact++
				}
				if len(got) >= 3 && len(*p[1]) >= 3 && got[:3] == (*p[1])[:3] {
					country++
				} else if testing.Verbose() {
					t.Logf("%-10s got %-10s %s", *p[1], got, *p[0])
				}
			}
		}
	}
	t.Logf("plover-gsr spans: %d, exact code %d (%.0f%%), first segment %d (%.0f%%)",
		total, exact, 100*float64(exact)/float64(total), country, 100*float64(country)/float64(total))
	if total > 0 && float64(exact)/float64(total) < 0.45 {
		t.Errorf("exact agreement %d/%d below 45%%", exact, total)
	}
}
