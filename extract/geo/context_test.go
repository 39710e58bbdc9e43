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
		{"a capital of the article's country beats a namesake country", "شهدت عمان احتجاجات واسعة، ودعا العاهل الأردني إلى الحوار في الأردن", func(b string) Hints {
			return Hints{Countries: []string{"JO"}}
		}, []string{"عمان/JO"}, []string{"عمان/OM"}},
		{"the country where the article names no namesake's country", "تمتد الحدود بين اليمن وعمان مئات الكيلومترات", nil, []string{"عمان/OM"}, []string{"عمان/JO"}},
		{"tanween after a number", "طردت الحكومة عشرين روسياً من البلاد", nil, nil, []string{"روسياً/RU"}},
		{"a region the gazetteer lacks", "تراجعت صادرات أمريكا اللاتينية هذا العام", nil, nil, []string{"أمريكا/US"}},
		{"a competition, not the continent", "تأهل الفريق إلى دوري أبطال أوروبا", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "أوروبا")}}
		}, nil, []string{"أوروبا/"}},
		{"a club after a sports word, and its other mentions", "قال مدرب روما إن الفريق جاهز، وبلغ روما الدور الثاني", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "روما")}}
		}, nil, []string{"روما/IT"}},
		{"a storm named like a town", "تستعد الولايات للإعصار فلورانس هذا الأسبوع", nil, nil, []string{"فلورانس/IT"}},
		{"a common word spelled like a place", "يشعر السكان بالأمان وفي أمان تام", nil, nil, []string{"أمان/JO"}},
		{"the verbal noun of نال من", "رفضت الحكومة محاولات النيل من سمعتها", nil, nil, []string{"النيل/"}},
		{"an area cue before a namesake town", "ضرب زلزال جزيرة لومبوك في إندونيسيا", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "لومبوك")}}
		}, []string{"إندونيسيا/ID"}, []string{"لومبوك/US"}},
		{"the adjective مالي after a noun", "كشفت الصحيفة عن فضيحة فساد مالي طالت المسؤولين", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "مالي")}}
		}, nil, []string{"مالي/ML"}},
		{"the country مالي after a direction", "قتل جنود في هجوم شمال مالي", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "مالي")}}
		}, []string{"مالي/ML"}, nil},
		{"a homograph town that NER alone calls a place", "أصيب اللاعب بقطع في الرباط الصليبي", func(b string) Hints {
			return Hints{Locations: []entity.Mention{mention(b, "الرباط")}}
		}, nil, []string{"الرباط/MA"}},
		{"a bare town in a sports article is its club", "فاز ميلان على ضيفه بثلاثة أهداف", func(b string) Hints {
			return Hints{Sport: true}
		}, nil, []string{"ميلان/IT"}},
		{"a venue in a sports article is the town", "أقيمت المباراة على ملعب ميلان أمس", func(b string) Hints {
			return Hints{Sport: true, Locations: []entity.Mention{mention(b, "ميلان")}}
		}, []string{"ميلان/IT"}, nil},
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
