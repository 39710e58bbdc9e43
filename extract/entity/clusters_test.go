package entity

import (
	"bytes"
	"strings"
	"testing"
)

func TestClustersRoundTrip(t *testing.T) {
	c := &Clusters{
		ids:   map[string]uint16{"لندن": 7, "باريس": 7},
		xc:    map[string]uint16{"لندن": 3, "قال": 9},
		morph: morphStats{bins: map[string]uint8{"كتاب": 0x26}},
	}
	var buf bytes.Buffer
	if _, err := c.WriteTo(&buf); err != nil {
		t.Fatal(err)
	}
	want := "باريس\t7\t-\t-\nقال\t-\t9\t-\nكتاب\t-\t-\t38\nلندن\t7\t3\t-\n"
	if buf.String() != want {
		t.Fatalf("WriteTo:\n%q\nwant\n%q", buf.String(), want)
	}
	got, err := ReadClusters(&buf)
	if err != nil {
		t.Fatal(err)
	}
	if id, ok := got.Lookup("لندن"); !ok || id != 7 {
		t.Errorf("Lookup = %d, %v", id, ok)
	}
	if x, ok := got.Exchange("قال"); !ok || x != 9 {
		t.Errorf("Exchange = %d, %v", x, ok)
	}
	if _, ok := got.Exchange("باريس"); ok {
		t.Error("باريس has no exchange class")
	}
	if m := got.morphOf("الكتاب"); m != 0x26 {
		t.Errorf("morphOf(الكتاب) = %#x", m)
	}
}

func TestReadClustersErrors(t *testing.T) {
	for _, tc := range []struct{ name, in string }{
		{"no tab", "لندن\n"},
		{"three fields", "لندن\t1\t2\n"},
		{"bad id", "لندن\tx\n"},
		{"id too large", "لندن\t5000\n"},
		{"morph too large", "لندن\t-\t-\t300\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if _, err := ReadClusters(strings.NewReader(tc.in)); err == nil {
				t.Errorf("ReadClusters(%q) gave no error", tc.in)
			}
		})
	}
	// The older two-column form is still read.
	c, err := ReadClusters(strings.NewReader("لندن\t5\n"))
	if err != nil {
		t.Fatal(err)
	}
	if id, _ := c.Lookup("لندن"); id != 5 {
		t.Errorf("Lookup = %d", id)
	}
}

func TestBuildMorph(t *testing.T) {
	var doc []string
	for _, w := range strings.Fields("مدينة المدينة المدينة مدينته مدينة يلتسين يلتسين وليلتسين يلتسين") {
		doc = append(doc, wordKey(w))
	}
	docs := [][]string{doc}
	m := buildMorph(docs, 3)
	if got := m.bins[wordKey("مدينة")]; got&15 != ratioBin(2, 2) || got>>4 != ratioBin(1, 2) {
		t.Errorf("مدينة bins %#x", got)
	}
	if got := m.bins["يلتسين"]; got != 1|1<<4 {
		t.Errorf("يلتسين bins %#x, want never with article or suffix", got)
	}
	if _, ok := m.bins[wordKey("المدينة")]; ok {
		t.Error("article forms are counted under their base")
	}
	for _, tc := range []struct {
		a, b int
		want uint8
	}{{0, 9, 1}, {1, 99, 2}, {1, 19, 3}, {1, 4, 4}, {1, 1, 5}, {9, 1, 6}} {
		if got := ratioBin(tc.a, tc.b); got != tc.want {
			t.Errorf("ratioBin(%d, %d) = %d, want %d", tc.a, tc.b, got, tc.want)
		}
	}
}
