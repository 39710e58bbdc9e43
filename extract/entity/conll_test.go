package entity

import (
	"bytes"
	"slices"
	"strings"
	"testing"
)

func TestReadCoNLL(t *testing.T) {
	tests := []struct {
		name    string
		in      string
		want    []Sentence
		wantErr bool
	}{
		{"two sentences", "قال\tO\nحفتر\tB-PER\n\nفي\tO\nليبيا\tB-LOC\n", []Sentence{
			{Tokens: []string{"قال", "حفتر"}, Tags: []string{"O", "B-PER"}},
			{Tokens: []string{"في", "ليبيا"}, Tags: []string{"O", "B-LOC"}},
		}, false},
		{"PERS renamed, spaces, CRLF", "a B-PERS\r\nb I-PERS\r\n", []Sentence{{Tokens: []string{"a", "b"}, Tags: []string{"B-PER", "I-PER"}}}, false},
		{"three columns keep gold", "x\tB-ORG\tO\n", []Sentence{{Tokens: []string{"x"}, Tags: []string{"B-ORG"}}}, false},
		{"empty token", "\tO\n", []Sentence{{Tokens: []string{""}, Tags: []string{"O"}}}, false},
		{"many blank lines", "\n\n\nx\tO\n\n\n", []Sentence{{Tokens: []string{"x"}, Tags: []string{"O"}}}, false},
		{"empty input", "", nil, false},
		{"bad tag", "x\tB-FOO\n", nil, true},
		{"no tag", "x\n", nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := ReadCoNLL(strings.NewReader(tt.in))
			if (err != nil) != tt.wantErr {
				t.Fatalf("err = %v, wantErr %v", err, tt.wantErr)
			}
			if len(got) != len(tt.want) {
				t.Fatalf("got %d sentences, want %d", len(got), len(tt.want))
			}
			for i := range got {
				if !slices.Equal(got[i].Tokens, tt.want[i].Tokens) || !slices.Equal(got[i].Tags, tt.want[i].Tags) {
					t.Errorf("sentence %d = %+v, want %+v", i, got[i], tt.want[i])
				}
			}
		})
	}
}

func TestWriteCoNLL(t *testing.T) {
	sents := []Sentence{{Tokens: []string{"a", "b"}, Tags: []string{"B-PER", "O"}}}
	var buf bytes.Buffer
	if err := WriteCoNLL(&buf, sents, [][]string{{"B-PER", "B-LOC"}}); err != nil {
		t.Fatal(err)
	}
	if want := "a\tB-PER\tB-PER\nb\tO\tB-LOC\n\n"; buf.String() != want {
		t.Errorf("got %q, want %q", buf.String(), want)
	}
}

func FuzzReadCoNLL(f *testing.F) {
	f.Add("قال\tO\nحفتر\tB-PER\n\nx\tI-LOC\n")
	f.Add("a B-PERS\r\n\n\n")
	f.Add("\tO\n")
	f.Add("x\tB-ORG\tO\n")
	f.Fuzz(func(t *testing.T, in string) {
		sents, err := ReadCoNLL(strings.NewReader(in))
		if err != nil {
			return
		}
		for _, s := range sents {
			if len(s.Tokens) != len(s.Tags) || len(s.Tokens) == 0 {
				t.Fatalf("bad sentence %+v", s)
			}
			for _, tag := range s.Tags {
				if _, ok := tagID(tag); !ok {
					t.Fatalf("tag %q not canonical", tag)
				}
			}
		}
		// What was read writes and reads back the same (tokens without
		// tabs or newlines only: those cannot round-trip).
		for _, s := range sents {
			for _, tok := range s.Tokens {
				if strings.ContainsAny(tok, "\t\n\r") || strings.TrimSpace(tok) != tok {
					return
				}
			}
		}
		var buf bytes.Buffer
		if err := WriteCoNLL(&buf, sents, nil); err != nil {
			t.Fatal(err)
		}
		again, err := ReadCoNLL(&buf)
		if err != nil {
			t.Fatalf("re-read: %v", err)
		}
		if len(again) != len(sents) {
			t.Fatalf("re-read %d sentences, want %d", len(again), len(sents))
		}
	})
}
