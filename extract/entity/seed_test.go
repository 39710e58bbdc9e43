package entity

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// sharedDir returns the shared data directory, or skips the test.
func sharedDir(t testing.TB) string {
	t.Helper()
	dir := os.Getenv("MARSAD_SHARED")
	if dir == "" {
		dir = filepath.Join("..", "..", "..", "shared")
	}
	if _, err := os.Stat(filepath.Join(dir, "README.md")); err != nil {
		t.Skipf("shared data not found at %s (set MARSAD_SHARED)", dir)
	}
	return dir
}

type goldEntity struct {
	Canonical   string   `json:"canonical"`
	Type        string   `json:"type"`
	Aliases     []string `json:"aliases"`
	MinMentions int      `json:"min_mentions"`
	Optional    bool     `json:"optional"`
}

type goldFile struct {
	File      string       `json:"file"`
	Entities  []goldEntity `json:"entities"`
	Forbidden []string     `json:"entities_forbidden"`
	Nats      []struct {
		Text string `json:"text"`
		Code string `json:"actor_code"`
	} `json:"nationality_mentions"`
}

// scoreKey normalises text as FORMAT.md's matching rules say.
func scoreKey(s string) string {
	s = arabic.Normalize(s)
	s = strings.Join(strings.Fields(s), " ")
	return strings.TrimFunc(s, func(r rune) bool { return unicode.IsPunct(r) || unicode.IsSymbol(r) })
}

type entityScore struct {
	tp, fp, fn, reachMin int
	missed, spurious     []string
}

// scoreEntities applies FORMAT.md's entity rule.
func scoreEntities(gold goldFile, sys []Entity) entityScore {
	var sc entityScore
	forbidden := make(map[string]bool)
	for _, f := range gold.Forbidden {
		forbidden[scoreKey(f)] = true
	}
	used := make([]bool, len(sys))
	for _, g := range gold.Entities {
		names := map[string]bool{scoreKey(g.Canonical): true}
		for _, a := range g.Aliases {
			names[scoreKey(a)] = true
		}
		found := -1
		for i, e := range sys {
			if used[i] || e.Type != g.Type {
				continue
			}
			ok := names[scoreKey(e.Canonical)]
			for _, m := range e.Mentions {
				ok = ok || names[scoreKey(m.Text)]
			}
			if ok {
				found = i
				break
			}
		}
		switch {
		case found >= 0:
			used[found] = true
			if !g.Optional {
				sc.tp++
				if len(sys[found].Mentions) >= g.MinMentions {
					sc.reachMin++
				}
			}
		case !g.Optional:
			sc.fn++
			sc.missed = append(sc.missed, g.Canonical)
		}
	}
	for i, e := range sys {
		if !used[i] || forbidden[scoreKey(e.Canonical)] {
			sc.fp++
			sc.spurious = append(sc.spurious, e.Type+":"+e.Canonical)
		}
	}
	return sc
}

// seedBody rebuilds the cleaned body of the seed article from its text dump:
// the paragraphs after the byline, without "read also" links and the share
// buttons at the end.
func seedBody(raw string) string {
	var paras []string
	started := false
	for _, line := range strings.Split(raw, "\n") {
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "كتب :"):
			started = true
			continue
		case !started, line == "", strings.HasPrefix(line, "اقرأ أيضاً"), strings.HasPrefix(line, "إقرأ أيضاً"),
			line == "WhatsApp", line == "Telegram":
			continue
		}
		paras = append(paras, line)
	}
	return strings.Join(paras, "\n\n")
}

func TestSeedEntities(t *testing.T) {
	dir := sharedDir(t)
	data, err := os.ReadFile(filepath.Join(dir, "eval", "gold", "seed-000.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold goldFile
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(filepath.Join(dir, gold.File))
	if err != nil {
		t.Fatal(err)
	}
	body := seedBody(string(raw))
	r, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	res, err := r.Analyze(context.Background(), body)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range res.Entities {
		for _, m := range e.Mentions {
			if body[m.Start:m.End] != m.Text {
				t.Errorf("%s: mention %q does not match its offsets", e.Canonical, m.Text)
			}
		}
		if testing.Verbose() {
			t.Logf("%s %-4s %-30s mentions=%d aliases=%v roles=%v", e.ID, e.Type, e.Canonical, len(e.Mentions), e.Aliases, e.Roles)
		}
	}
	sc := scoreEntities(gold, res.Entities)
	p := float64(sc.tp) / float64(max(1, sc.tp+sc.fp))
	rc := float64(sc.tp) / float64(max(1, sc.tp+sc.fn))
	f1 := 2 * p * rc / max(p+rc, 1e-9)
	t.Logf("seed entities: P %.3f R %.3f F1 %.3f; %d of %d found reach min_mentions; missed %v; spurious %v",
		p, rc, f1, sc.reachMin, sc.tp, sc.missed, sc.spurious)
	if f1 < 0.85 {
		t.Errorf("seed entity F1 %.3f < 0.85", f1)
	}
	var nats []string
	for _, n := range res.Nationalities {
		nats = append(nats, n.Text+"→"+n.Code)
	}
	t.Logf("nationalities: %v", nats)
}
