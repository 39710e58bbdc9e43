package geo

import (
	"strings"
	"testing"

	"github.com/marsad/marsad/extract/entity"
)

// mention returns the NER mention of the first occurrence of text in body.
func mention(body, text string) entity.Mention {
	i := strings.Index(body, text)
	return entity.Mention{Text: text, Start: i, End: i + len(text)}
}

// TestFindInContext checks that a candidate must be a place in its
// context (invented sentences).
func TestFindInContext(t *testing.T) {
	g := mustLoad(t)
	tests := []struct {
		name, body string
		hints      func(body string) Hints
		want, not  []string
	}{
		{"tanween", "يتحدث الوزير دوماً عن السلام في سوريا", nil, []string{"سوريا/SY"}, []string{"دوماً/SY"}},
		{"adjective", "خرجت مظاهرات سلمية في مدن سوريا", nil, []string{"سوريا/SY"}, []string{"سلمية/SY"}},
		{"after a preposition", "وصلت القوات إلى سرت في ليبيا", nil, []string{"سرت/LY"}, nil},
		{"construct head", "تراجعت بورصة لندن أمس", nil, nil, []string{"بورصة/TR"}},
		{"inside a person's name", "قال الرئيس الأسبق أوباما في اليابان", func(b string) Hints {
			return Hints{Names: []entity.Mention{mention(b, "أوباما")}}
		}, []string{"اليابان/JP"}, []string{"أوباما/"}},
		{"fragment of a location", "نزع السلاح في شبه الجزيرة الكورية", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "شبه الجزيرة الكورية")}}
		}, nil, []string{"الجزيرة/"}},
		{"a list is no fragment", "زار الوفد بنما وتونس", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "بنما وتونس")}}
		}, []string{"تونس/TN"}, nil},
		{"adjective picks the country", "وقع الهجوم في مدينة سالزبوري البريطانية", nil, nil, []string{"سالزبوري/US"}},
		{"a capital's province beats a context namesake", "قال مسؤول أمريكي في واشنطن إن محادثات جنيف ستستأنف وإن الولايات المتحدة ستشارك", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "جنيف")}, Countries: []string{"US"}}
		}, []string{"جنيف/CH"}, []string{"جنيف/US"}},
		{"cue and adjective", "وصل الوفد إلى العاصمة الأردنية عمان أمس", nil, []string{"عمان/JO"}, []string{"عمان/OM"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			h := Hints{}
			if tt.hints != nil {
				h = tt.hints(tt.body)
			}
			h.Document = annotate(t, tt.body)
			got := strings.Join(names(g.Find(tt.body, h)), " ")
			for _, w := range tt.want {
				if !strings.Contains(" "+got+" ", " "+w+" ") {
					t.Errorf("Find(%q) = %s, missing %s", tt.body, got, w)
				}
			}
			for _, n := range tt.not {
				if strings.Contains(" "+got, " "+n) {
					t.Errorf("Find(%q) = %s, should not contain %s", tt.body, got, n)
				}
			}
		})
	}
}
