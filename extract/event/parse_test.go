package event

import (
	"testing"

	"github.com/marsad/marsad/arabic/syntax"
)

// TestParseArguments covers arguments read from the parse (invented
// sentences): a verb with an object is active whatever the tagger's voice;
// a ministry named by its nisba-like noun acts.
func TestParseArguments(t *testing.T) {
	m, err := syntax.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	c, err := New(ministryActors{})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, text, typ  string
		srcCode, dstCode string
	}{
		{
			name:    "an object makes the verb active",
			text:    "وقتل المسلحون ثمانية أشخاص في هجوم على القرية.",
			typ:     "ASSAULT",
			srcCode: "UAF", // bare gunmen
		},
		{
			name:    "a ministry named by its nisba noun, with a nationality",
			text:    "وانتقدت الخارجية الروسية الضربات الأمريكية على المدينة.",
			typ:     "DISAPPROVE",
			srcCode: "RUSGOV",
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			in := mkInput(tc.text, nil)
			in.Doc = m.Annotate(tc.text)
			evs := c.Code(in)
			for _, e := range evs {
				if e.Type == tc.typ && e.SourceCode == tc.srcCode && (tc.dstCode == "" || e.TargetCode == tc.dstCode) {
					return
				}
			}
			t.Errorf("no %s %s → %s in %+v", tc.typ, tc.srcCode, tc.dstCode, evs)
		})
	}
}

// ministryActors is fakeActors that also codes the foreign ministry.
type ministryActors struct{ fakeActors }

func (a ministryActors) Sector(w string) (string, bool) {
	if normalize(w) == "الخارجيه" {
		return "GOV", true
	}
	return a.fakeActors.Sector(w)
}
