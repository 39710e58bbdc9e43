package gazetteer

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/marsad/marsad/internal/corpusfreq"
	"github.com/marsad/marsad/internal/sharedtest"
)

func TestEntries(t *testing.T) {
	es, err := Entries()
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	for _, e := range es {
		kinds[e.Kind]++
		if len(e.Names) == 0 || e.Names[0] == "" {
			t.Errorf("entry without a name: %+v", e)
		}
		if e.Kind == KindCountry && len(e.Code) != 3 {
			t.Errorf("country %v without an ISO alpha-3 code", e.Names)
		}
	}
	if kinds[KindCountry] < 240 || kinds[KindCity] < 8000 {
		t.Errorf("kinds %v: too few countries or cities", kinds)
	}
}

func TestRead(t *testing.T) {
	tests := []struct {
		name, in string
		ok       bool
	}{
		{"good", "#head\ncity\tLY\t\t31.2\t16.6\t100\tسرت\n", true},
		{"capital", "capital\tJO\t\t31.9\t35.9\t1\tعمان\n", true},
		{"fields", "city\tLY\t31.2\t16.6\t100\tسرت\n", false},
		{"kind", "town\tLY\t\t31.2\t16.6\t100\tسرت\n", false},
		{"coordinates", "city\tLY\t\tx\t16.6\t100\tسرت\n", false},
		{"no name", "city\tLY\t\t31.2\t16.6\t100\t\n", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Read(strings.NewReader(tt.in))
			if (err == nil) != tt.ok {
				t.Fatalf("Read: %v, want ok %v", err, tt.ok)
			}
			if err != nil && !errors.Is(err, ErrFormat) {
				t.Errorf("error %v does not wrap ErrFormat", err)
			}
		})
	}
}

func TestReadCurated(t *testing.T) {
	rows, err := Curated()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) == 0 {
		t.Fatal("no curated rows")
	}
	bad := []string{
		"region\tLY\t-\t30\t18\tالهلال النفطي\t24",                          // 7 fields
		"region\tLY\t-\t30\t18\tالهلال النفطي|النفطي\t24\tsource",           // one count for two names
		"alias\t-\t-\t0\t0\tأمريكا\t7\tsource",                              // an alias needs a country
		"city\tLY\t-\t30\t18\tسرت\t7\tsource",                               // a kind the general sources hold
		"region\tLY\t-\tnorth\t18\tالهلال النفطي\t24\thttps://example.org/", // coordinates
	}
	for _, in := range bad {
		if _, err := ReadCurated(strings.NewReader(in)); !errors.Is(err, ErrFormat) {
			t.Errorf("ReadCurated(%q) = %v, want ErrFormat", in, err)
		}
	}
}

// TestBuildReproducible rebuilds the gazetteer from the shared data and
// data/curated.tsv: the embedded file must be what Build writes, and no
// curated name may repeat a general source's.
func TestBuildReproducible(t *testing.T) {
	shared := sharedtest.Path(t, "data", "gazetteer")
	f, err := os.Open(filepath.Join("data", "curated.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var buf bytes.Buffer
	rep, err := Build(filepath.Dir(filepath.Dir(shared)), f, &buf)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Redundant) > 0 {
		t.Errorf("curated names a general source already has: %v", rep.Redundant)
	}
	if !bytes.Equal(buf.Bytes(), gazetteerGz) {
		t.Error("data/gazetteer.tsv.gz is not what 'marsad train gazetteer' builds: rebuild it")
	}
}

// minArticles is how many articles of the news corpus must use a curated
// name: a place only the seed or the dev gold names is no news place.
const minArticles = 5

// TestCuratedEvidence recounts, for every curated name, the articles of the
// news corpus that use it (the dev gold and the held-out evaluation
// articles left out): each needs minArticles, and the count must be the one
// the file shows.
func TestCuratedEvidence(t *testing.T) {
	news := sharedtest.Path(t, "data", "news", "ant-2018.jsonl.gz")
	rows, err := Curated()
	if err != nil {
		t.Fatal(err)
	}
	ids, err := corpusfreq.EvalIDs(filepath.Join("..", ".."), sharedtest.Dir(t))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, r := range rows {
		names = append(names, r.Names...)
	}
	c := corpusfreq.New(names, ids)
	if _, err := c.ReadNews(context.Background(), news); err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		for i, n := range r.Names {
			got := c.Count(n)
			t.Logf("%-6s %s %-28s %5d articles", r.Kind, r.Country, n, got)
			if got < minArticles {
				t.Errorf("%s %q: %d articles of the news corpus use it, want %d or more", r.Kind, n, got, minArticles)
			}
			if got != r.Articles[i] {
				t.Errorf("%s %q: the file says %d articles, the corpus has %d", r.Kind, n, r.Articles[i], got)
			}
		}
	}
}
