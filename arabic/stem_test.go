package arabic

import (
	"os"
	"strings"
	"testing"
)

// vectors reads a Lucene test-vector TSV: input, expected, optional name.
func vectors(t *testing.T, name string) [][]string {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	var out [][]string
	for line := range strings.Lines(string(b)) {
		line = strings.TrimRight(line, "\r\n")
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) < 2 {
			t.Fatalf("%s: bad line %q", name, line)
		}
		out = append(out, f)
	}
	if len(out) == 0 {
		t.Fatalf("%s: no vectors", name)
	}
	return out
}

func TestLuceneNormalizationVectors(t *testing.T) {
	for _, v := range vectors(t, "lucene_ArabicNormalizationFilter_vectors.tsv") {
		t.Run(v[len(v)-1], func(t *testing.T) {
			if got := LuceneNormalize(v[0]); got != v[1] {
				t.Errorf("LuceneNormalize(%q) = %q, want %q", v[0], got, v[1])
			}
			if got := Normalize(v[0]); got != v[1] {
				t.Errorf("Normalize(%q) = %q, want %q", v[0], got, v[1])
			}
		})
	}
}

func TestLuceneStemVectors(t *testing.T) {
	for _, v := range vectors(t, "lucene_ArabicStemFilter_vectors.tsv") {
		t.Run(v[len(v)-1], func(t *testing.T) {
			if got := LuceneStem(v[0]); got != v[1] {
				t.Errorf("LuceneStem(%q) = %q, want %q", v[0], got, v[1])
			}
			if got, want := LightStem(v[0]), Normalize(v[1]); got != want {
				t.Errorf("LightStem(%q) = %q, want %q", v[0], got, want)
			}
		})
	}
}

// analyze mimics Lucene's ArabicAnalyzer with this package: tokens, stop
// words removed, light stems (lower-cased, digits folded).
func analyze(s string) string {
	var out []string
	for _, t := range Tokenize(s) {
		switch t.Kind {
		case Word, Latin, Number:
			if IsStopword(t.Text) {
				continue
			}
			out = append(out, LightStem(t.Text))
		}
	}
	return strings.Join(out, " ")
}

func TestLuceneAnalyzerVectors(t *testing.T) {
	for _, v := range vectors(t, "lucene_ArabicAnalyzer_vectors.tsv") {
		t.Run(v[0], func(t *testing.T) {
			if got := analyze(v[0]); got != v[1] {
				t.Errorf("analyze(%q) = %q, want %q", v[0], got, v[1])
			}
		})
	}
}

func TestLightStem(t *testing.T) {
	tests := []struct{ in, want string }{
		{"والمشروبات", "مشروب"},
		{"كبيرة", "كبير"},
		{"أمريكيين", "امريك"},
		{"الو", "الو"},
		{"و", "و"},
		{"", ""},
		{"الْحَسَنُ", "حسن"},
		{"١٢٣", "123"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := LightStem(tt.in); got != tt.want {
				t.Errorf("LightStem(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}
