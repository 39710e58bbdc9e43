package event

import (
	"testing"

	"github.com/marsad/marsad/arabic/syntax"
)

// TestParseVoice covers the voice of a violent verb read from the parse
// (invented sentences): a verb with an object is active whatever its
// vowels; a passive verb's subject is what it was done to.
func TestParseVoice(t *testing.T) {
	m, err := syntax.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(fakeActors{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text       string
		srcCode, dstCode string
	}{
		{
			name:    "an object makes the verb active",
			text:    "وقتل المسلحون ثمانية أشخاص في هجوم على القرية.",
			srcCode: "UAF", // bare gunmen
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mkInput(tc.text, nil)
			in.Doc = m.Annotate(tc.text)
			evs := c.Code(in)
			for _, e := range evs {
				if e.Type == "ASSAULT" && e.SourceCode == tc.srcCode && (tc.dstCode == "" || e.TargetCode == tc.dstCode) {
					return
				}
			}
			t.Errorf("no ASSAULT %s → %s in %+v", tc.srcCode, tc.dstCode, evs)
		})
	}
}
