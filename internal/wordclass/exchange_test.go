package wordclass

import (
	"context"
	"testing"
)

func TestExchange(t *testing.T) {
	// Three kinds of words in fixed slots: the classes must find them.
	var docs [][]string
	dets, nouns, verbs := []string{"the", "a", "this"}, []string{"cat", "dog", "bird", "fox"}, []string{"runs", "sleeps", "eats"}
	for i := range 60 {
		docs = append(docs, []string{dets[i%3], nouns[i%4], verbs[i%3], dets[(i+1)%3], nouns[(i+2)%4], verbs[(i+2)%3]})
	}
	opts := Options{Classes: 3, MinCount: 1, Iters: 20}
	got, err := Exchange(context.Background(), docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	for _, group := range [][]string{dets, nouns, verbs} {
		for _, w := range group[1:] {
			if got[w] != got[group[0]] {
				t.Errorf("%s in class %d, %s in %d", w, got[w], group[0], got[group[0]])
			}
		}
	}
	if got["the"] == got["cat"] || got["cat"] == got["runs"] || got["the"] == got["runs"] {
		t.Errorf("kinds share a class: %v", got)
	}
	again, err := Exchange(context.Background(), docs, opts)
	if err != nil {
		t.Fatal(err)
	}
	for w, c := range got {
		if again[w] != c {
			t.Fatalf("not deterministic: %s %d vs %d", w, c, again[w])
		}
	}
	if _, err := Exchange(context.Background(), docs[:1], Options{Classes: 50, MinCount: 1}); err == nil {
		t.Error("more classes than words gave no error")
	}
}
