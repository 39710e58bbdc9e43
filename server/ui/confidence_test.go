package ui

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// TestConfidence: the events, quotes, search, article and actor pages
// offer the confidence filter, keep what reaches it, and show the quotes
// and events under lowConfidence greyed with a label (the conformance
// corpus: events at 0.6 (m1), 0.9 (m3), 0.3 (p1); quotes at 0.9 (m3) and
// 0.3 (p1)).
func TestConfidence(t *testing.T) {
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "c.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	for _, f := range storetest.Corpus() {
		if _, err := db.Put(t.Context(), f.Article()); err != nil {
			t.Fatal(err)
		}
	}
	h := newTestServer(t, db)
	const label = `<span class="lowconf-label" title="ثقة المستخرج: 0.30">ثقة منخفضة</span>`
	for _, tc := range []struct {
		name, path string
		want, not  []string
	}{
		{"events mark the doubtful one", "/events", []string{`name="min_confidence"`, `<tr class="lowconf">`, label, "3 حدثاً"}, nil},
		{"events filtered", "/events?min_confidence=0.5", []string{"2 حدثاً", `<option value="0.5" selected>`}, []string{`class="lowconf"`}},
		{"a threshold of another value", "/events?min_confidence=0.95", []string{"0 حدثاً", `<option value="0.95" selected>0.95+</option>`}, nil},
		{"a bad threshold is reported", "/events?min_confidence=2", []string{"حد الثقة غير صالح", "3 حدثاً"}, nil},
		{"quotes mark the doubtful one", "/quotes", []string{`name="min_confidence"`, `<li class="lowconf">`, label}, nil},
		{"quotes filtered, feed too", "/quotes?min_confidence=0.5", []string{"<b>1</b> اقتباساً", "/quotes.atom?min_confidence=0.5"}, []string{label}},
		{"search filters events by confidence", "/?type=ASSAULT&min_confidence=0.5", []string{`name="min_confidence"`, "/articles/m3"}, []string{"/articles/p1"}},
		{"article marks its doubtful event and quote", "/articles/p1", []string{`<tr class="lowconf">`, `<li class="lowconf">`, label}, nil},
		{"article of confident items", "/articles/m3", nil, []string{"lowconf"}},
		{"actor page marks", actorURL("أحمد المسماري"), []string{`<li class="lowconf">`, label}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			page := checkPage(t, get(h, tc.path), 200)
			for _, s := range tc.want {
				if !strings.Contains(page, s) {
					t.Errorf("page lacks %s", s)
				}
			}
			for _, s := range tc.not {
				if strings.Contains(page, s) {
					t.Errorf("page holds %s", s)
				}
			}
		})
	}
}
