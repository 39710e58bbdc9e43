package eval

import (
	"encoding/json"
	"errors"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/sharedtest"
)

func TestLoadGoldSmall(t *testing.T) {
	g := loadSmall(t)
	if g.ID != "small-000" || g.Format != "text" || len(g.Entities) != 6 {
		t.Fatalf("unexpected gold header: %+v", g)
	}
	if !g.Entities[3].Optional || g.Entities[0].MinMentions != 3 || g.Entities[0].ActorCode != "LBYMIL" {
		t.Errorf("entity fields not read: %+v", g.Entities)
	}
	if g.Events[1].Source != nil || g.Events[1].Target == nil || *g.Events[1].Target != "خليفة حفتر" {
		t.Errorf("null source not read as nil: %+v", g.Events[1])
	}
	if !g.Events[0].Required || g.Events[2].Required || g.Events[2].Date != "2020-07-16" {
		t.Errorf("required/date not read: %+v", g.Events)
	}
	if p := g.Places[0]; p.Tolerance() != 30 || *p.Lat != 31.2089 || p.IsCountry() {
		t.Errorf("point place not read: %+v", p)
	}
	if p := g.Places[1]; !p.IsCountry() || p.Country != "LY" || p.Lat != nil {
		t.Errorf("country place not read: %+v", p)
	}
	if len(g.EntitiesForbidden) != 2 || g.NationalityMentions[0].ActorCode != "USA" {
		t.Errorf("forbidden/nationalities not read")
	}
	if g.Quotes[1].SpeakerEntity != "خليفة حفتر" || g.Quotes[0].Via != "صحيفة روسية" {
		t.Errorf("quote fields not read: %+v", g.Quotes)
	}
	ref, err := g.Reference()
	if err != nil || ref.Format("2006-01-02") != "2020-07-16" {
		t.Errorf("Reference() = %v, %v", ref, err)
	}
}

// TestLoadGoldSeed reads the project's real gold file (in ../shared:
// skipped without it, failed without it under CI=true).
func TestLoadGoldSeed(t *testing.T) {
	g, err := LoadGold(sharedtest.Path(t, "eval", "gold", "seed-000.json"))
	if err != nil {
		t.Fatal(err)
	}
	if g.File != "seed/000_3bad17fa363f9cbe.txt" || len(g.Entities) == 0 || len(g.Quotes) == 0 {
		t.Errorf("seed gold read incompletely: id %q, %d entities, %d quotes", g.ID, len(g.Entities), len(g.Quotes))
	}
}

func TestGoldRoundTrip(t *testing.T) {
	g := loadSmall(t)
	data, err := json.Marshal(g)
	if err != nil {
		t.Fatal(err)
	}
	g2, err := ParseGold(data)
	if err != nil {
		t.Fatal(err)
	}
	if !reflect.DeepEqual(g, g2) {
		t.Errorf("round trip changed the gold:\n%+v\n%+v", g, g2)
	}
}

func TestParseGoldErrors(t *testing.T) {
	tests := []struct {
		name, in string
		invalid  bool // wraps ErrInvalidGold
	}{
		{"not json", `{"id":`, false},
		{"wrong type", `{"file": 3}`, false},
		{"trailing data", `{"file":"a.txt"} {}`, true},
		{"no file", `{"id":"x"}`, true},
		{"bad reference date", `{"file":"a","reference_date":"16/07/2020"}`, true},
		{"entity without type", `{"file":"a","entities":[{"canonical":"x"}]}`, true},
		{"negative min_mentions", `{"file":"a","entities":[{"canonical":"x","type":"PER","min_mentions":-1}]}`, true},
		{"quote without content", `{"file":"a","quotes":[{"speaker":"x","content":"،"}]}`, true},
		{"event without type", `{"file":"a","events":[{"source":null}]}`, true},
		{"place without coordinates", `{"file":"a","places":[{"name":"سرت"}]}`, true},
		{"country without code", `{"file":"a","places":[{"name":"ليبيا","kind":"country"}]}`, true},
		{"negative tolerance", `{"file":"a","places":[{"name":"سرت","lat":1,"lon":2,"tolerance_km":-1}]}`, true},
		{"time without text", `{"file":"a","times":[{"value":"2011"}]}`, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseGold([]byte(tt.in))
			if err == nil {
				t.Fatal("no error")
			}
			if errors.Is(err, ErrInvalidGold) != tt.invalid {
				t.Errorf("errors.Is(%v, ErrInvalidGold) = %v", err, !tt.invalid)
			}
		})
	}
}

func TestLoadGoldErrors(t *testing.T) {
	dir := t.TempDir()
	invalid := filepath.Join(dir, "invalid.json")
	if err := os.WriteFile(invalid, []byte(`{"id":"x"}`), 0o600); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, path string
		is         error
		msg        string
	}{
		{"missing", filepath.Join(dir, "none.json"), fs.ErrNotExist, "eval: gold " + filepath.Join(dir, "none.json") + ": reading: "},
		{"invalid", invalid, ErrInvalidGold, "eval: gold " + invalid + ": invalid gold: no file"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := LoadGold(tt.path)
			var ge *GoldError
			if !errors.Is(err, tt.is) || !errors.As(err, &ge) || ge.Path != tt.path {
				t.Fatalf("LoadGold = %v, want a *GoldError wrapping %v", err, tt.is)
			}
			if !strings.HasPrefix(err.Error(), tt.msg) {
				t.Errorf("message %q does not start with %q", err, tt.msg)
			}
		})
	}
}

func TestParseGoldMinimal(t *testing.T) {
	g, err := ParseGold([]byte(`{"file":"a.txt","places":[{"name":"سرت","lat":31,"lon":16}]}`))
	if err != nil {
		t.Fatal(err)
	}
	if tol := g.Places[0].Tolerance(); tol != DefaultToleranceKM {
		t.Errorf("default tolerance = %v", tol)
	}
	if ref, _ := g.Reference(); !ref.IsZero() {
		t.Errorf("Reference() of no date = %v", ref)
	}
}

// FuzzLoadGold checks that any input either fails cleanly or yields a gold
// that scores and renders without panicking and survives a JSON round trip.
func FuzzLoadGold(f *testing.F) {
	seeds := []string{filepath.Join("testdata", "small-gold.json")}
	if dir, ok := sharedtest.Find(); ok {
		seeds = append(seeds, filepath.Join(dir, "eval", "gold", "seed-000.json"))
	}
	for _, p := range seeds {
		if data, err := os.ReadFile(p); err == nil {
			f.Add(data)
		}
	}
	f.Add([]byte(`{"file":"a","events":[{"type":"X","source":null,"target":"ب"}]}`))
	f.Add([]byte(`{}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		g, err := ParseGold(data) // LoadGold is os.ReadFile + ParseGold
		if err != nil {
			return
		}
		for _, a := range []*Report{Score(g, nil), Score(g, perfect(g))} {
			if err := a.WriteText(io.Discard); err != nil {
				t.Fatal(err)
			}
			if _, err := json.Marshal(a); err != nil {
				t.Fatal(err)
			}
		}
		out, err := json.Marshal(g)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := ParseGold(out); err != nil {
			t.Fatalf("re-parsing a valid gold: %v", err)
		}
	})
}
