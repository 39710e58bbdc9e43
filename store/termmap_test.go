package store_test

import (
	"math/rand"
	"reflect"
	"testing"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

// TestTermMapSnippets: highlights and snippets made from a TermMap are
// those made by tokenising the text, for queries of words drawn from the
// text (a word's possessive key among them), over the fixtures and the
// first 400 articles of the news corpus.
func TestTermMapSnippets(t *testing.T) {
	type doc struct{ title, body string }
	var docs []doc
	for _, f := range storetest.Corpus() {
		docs = append(docs, doc{f.Title, f.Body})
	}
	if !testing.Short() {
		for _, d := range storetest.ReadCorpus(t, 400) {
			docs = append(docs, doc{d.Title, d.Text})
		}
	}
	rng := rand.New(rand.NewSource(1))
	for i, d := range docs {
		terms := store.Terms(d.body)
		m := store.NewTermMap(terms)
		if m.Len() != len(terms) {
			t.Fatalf("doc %d: map of %d terms, want %d", i, m.Len(), len(terms))
		}
		tm := store.NewTermMap(store.Terms(d.title))
		for q := range 6 {
			keys := map[string]bool{}
			for range 1 + q%3 {
				if len(terms) == 0 {
					break
				}
				tt := terms[rng.Intn(len(terms))]
				w := d.body[tt.Start:tt.End]
				if n, _ := store.ParseQuery(w); n != nil {
					for k := range n.PositiveKeys() {
						keys[k] = true
					}
				}
			}
			if q == 5 {
				keys["لاوجودلهذاالمفتاح"] = true
			}
			for _, n := range []int{1, 2} {
				want := store.MakeSnippets(d.body, keys, n)
				got := store.NewHighlighter(keys).Snippets(d.body, m, n)
				if !reflect.DeepEqual(got, want) {
					t.Fatalf("doc %d keys %v n %d:\nmap   %+v\ntext  %+v", i, keys, n, got, want)
				}
			}
			if got, want := store.NewHighlighter(keys).Highlight(d.title, tm), store.Highlight(d.title, keys); !reflect.DeepEqual(got, want) {
				t.Fatalf("doc %d keys %v title: map %v, text %v", i, keys, got, want)
			}
		}
	}
}

// TestTermMapBad: a map that does not fit its text is not trusted: the
// text is tokenised instead.
func TestTermMapBad(t *testing.T) {
	body := "أعلن الجيش الليبي تقدمه نحو سرت."
	keys := map[string]bool{store.Key("سرت"): true}
	want := store.MakeSnippets(body, keys, 1)
	good := store.NewTermMap(store.Terms(body))
	for name, m := range map[string]store.TermMap{
		"empty":     {},
		"truncated": good[:len(good)-2],
		"longer":    store.NewTermMap(store.Terms(body + " وبعد")),
		"garbage":   {0xff, 0xff, 0xff},
	} {
		if got := store.NewHighlighter(keys).Snippets(body, m, 1); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %+v, want %+v", name, got, want)
		}
	}
}

// FuzzTermMap: any bytes as a TermMap of any text give highlights and
// snippets inside the text, without a panic; the text's own map gives
// what tokenising it gives.
func FuzzTermMap(f *testing.F) {
	body := "أعلن الجيش الليبي تقدمه نحو سرت، وقال المتحدث إن الوضع تحت السيطرة."
	f.Add(body, []byte(store.NewTermMap(store.Terms(body))), "سرت")
	f.Add("abc", []byte{0x05, 1, 2, 3, 4, 5, 0, 0x80, 0x80}, "abc")
	f.Add("", []byte{0xff, 0xff, 0xff}, "x")
	f.Fuzz(func(t *testing.T, text string, m []byte, word string) {
		keys := map[string]bool{store.Key(word): true}
		h := store.NewHighlighter(keys)
		for _, s := range h.Highlight(text, m) {
			if s.Start < 0 || s.End > len(text) || s.Start > s.End {
				t.Fatalf("highlight %+v outside %d bytes", s, len(text))
			}
		}
		for _, s := range h.Snippets(text, m, 2) {
			if len(s.Text) > len(text) {
				t.Fatalf("snippet %q longer than the text", s.Text)
			}
		}
		own := store.NewTermMap(store.Terms(text))
		if got, want := store.NewHighlighter(keys).Snippets(text, own, 2), store.MakeSnippets(text, keys, 2); !reflect.DeepEqual(got, want) {
			t.Fatalf("own map: %+v, tokenised: %+v", got, want)
		}
		if got, want := store.NewHighlighter(keys).Highlight(text, own), store.Highlight(text, keys); !reflect.DeepEqual(got, want) {
			t.Fatalf("own map: %+v, tokenised: %+v", got, want)
		}
	})
}
