package schema_test

import (
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/marsad/marsad/schema"
)

func TestValidateAnalysis(t *testing.T) {
	minimal := `{"version":"1.0","title":"t","authors":[],"subheadings":[],"body":"b","paragraphs":[{"start":0,"end":1,"kind":"text"}],
	"entities":[{"id":"e1","canonical":"x","type":"PER","mentions":[{"text":"x","start":0,"end":1}]}],"quotes":[],"events":[],"places":[],"times":[]}`
	tests := []struct {
		name string
		doc  string
		ok   bool
	}{
		{"minimal", minimal, true},
		{"missing field", `{"version":"1.0"}`, false},
		{"bad enum", `{"version":"1.0","title":"t","authors":[],"subheadings":[],"body":"b","paragraphs":[],"entities":[{"id":"e","canonical":"x","type":"PERSON","mentions":[]}],"quotes":[],"events":[],"places":[],"times":[]}`, false},
		{"wrong type", `{"version":1,"title":"t","authors":[],"subheadings":[],"body":"b","paragraphs":[],"entities":[],"quotes":[],"events":[],"places":[],"times":[]}`, false},
		{"quote with confidence", withQuote(minimal, 0.75), true},
		{"quote without confidence", strings.Replace(withQuote(minimal, 0.75), `,"confidence":0.75`, "", 1), false},
		{"confidence above 1", withQuote(minimal, 1.5), false},
		{"confidence below 0", withQuote(minimal, -0.1), false},
		{"negative offset", `{"version":"1.0","title":"t","authors":[],"subheadings":[],"body":"b","paragraphs":[{"start":-1,"end":1,"kind":"text"}],"entities":[],"quotes":[],"events":[],"places":[],"times":[]}`, false},
		{"not json", `{`, false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			err := schema.ValidateAnalysis([]byte(tc.doc))
			if tc.ok && err != nil {
				t.Fatalf("want valid, got %v", err)
			}
			if !tc.ok && !errors.Is(err, schema.ErrInvalid) {
				t.Fatalf("want ErrInvalid, got %v", err)
			}
		})
	}
}

func TestIsType(t *testing.T) {
	tests := []struct {
		name string
		v    any
		typ  string
		want bool
	}{
		{"object", map[string]any{}, "object", true},
		{"array", []any{}, "array", true},
		{"string", "x", "string", true},
		{"integer", 3.0, "integer", true},
		{"fraction is no integer", 3.5, "integer", false},
		{"number", 3.5, "number", true},
		{"boolean", true, "boolean", true},
		{"wrong type", "x", "number", false},
		{"unknown type name", "x", "null-ish", false},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			if got := schema.IsType(tc.v, tc.typ); got != tc.want {
				t.Fatalf("IsType(%v, %q) = %v", tc.v, tc.typ, got)
			}
		})
	}
}

// withQuote returns doc with one quote of the given confidence.
func withQuote(doc string, confidence float64) string {
	q := fmt.Sprintf(`"quotes":[{"speaker":"س","cue":"قال","kind":"direct","content":"ك","confidence":%v}]`, confidence)
	return strings.Replace(doc, `"quotes":[]`, q, 1)
}
