package quote

import (
	"testing"

	"github.com/marsad/marsad/arabic/syntax"
)

// TestParsedRules covers the rules that read the parse: a cue verb with a
// dropped subject is not given to a previous speaker of the other gender,
// and an indefinite accusative ends a speaker phrase (invented sentences).
func TestParsedRules(t *testing.T) {
	m, err := syntax.DefaultModel()
	if err != nil {
		t.Fatal(err)
	}
	x, err := New()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name  string
		paras []string
		ents  map[string][]string
		want  []string // speaker|cue of every quote, in order
		// content, when set, is the content of every quote, in order.
		content []string
	}{
		{
			name: "same gender: the previous speaker continues",
			paras: []string{
				"وقالت سلمى الحداد إن المستشفيات مستعدة لاستقبال المرضى.",
				"وأضافت أن الحكومة ستوفر الأدوية للمستشفيات.",
			},
			ents: map[string][]string{"PER:سلمى الحداد": {"سلمى الحداد"}},
			want: []string{"سلمى الحداد|قالت", "سلمى الحداد|أضافت"},
		},
		{
			name: "masculine verb after a woman: not hers",
			paras: []string{
				"وقالت سلمى الحداد إن المستشفيات مستعدة لاستقبال المرضى.",
				"وأضاف أن الحكومة ستوفر الأدوية للمستشفيات.",
			},
			ents: map[string][]string{"PER:سلمى الحداد": {"سلمى الحداد"}},
			want: []string{"سلمى الحداد|قالت"},
		},
		{
			name: "feminine verb after a man: not his",
			paras: []string{
				"وقال كريم ناصر إن الميزانية ستعرض على البرلمان الأسبوع المقبل.",
				"وأوضحت أن الضرائب لن ترتفع هذا العام.",
			},
			ents: map[string][]string{"PER:كريم ناصر": {"كريم ناصر"}},
			want: []string{"كريم ناصر|قال"},
		},
		{
			name:  "a circumstantial accusative is not part of the speaker",
			paras: []string{"وقال المسؤول مشترطا عدم نشر اسمه إن عددا قليلا من الزوار دخلوا البلاد."},
			want:  []string{"المسؤول|قال"},
		},
		{
			name:    "an indirect statement reads past a comma to its predicate",
			paras:   []string{"وأكد الوزير أن الحكومة والشركات الخاصة في المدينة، ستبني ثلاثة مستشفيات جديدة."},
			want:    []string{"الوزير|أكد"},
			content: []string{"الحكومة والشركات الخاصة في المدينة، ستبني ثلاثة مستشفيات جديدة"},
		},
		{
			name: "a plural verb after one person: not his",
			paras: []string{
				"وقال كريم ناصر إن الميزانية ستعرض على البرلمان الأسبوع المقبل.",
				"وأكدوا أن الضرائب لن ترتفع هذا العام.",
			},
			ents: map[string][]string{"PER:كريم ناصر": {"كريم ناصر"}},
			want: []string{"كريم ناصر|قال"},
		},
		{
			name:    "a reporting verb inside the reported clause does not end it",
			paras:   []string{"وقال مسؤول حكومي الأحد إن الوزارة أبلغت السفارة موافقتها على الطلب."},
			want:    []string{"مسؤول حكومي|قال"},
			content: []string{"الوزارة أبلغت السفارة موافقتها على الطلب"},
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			body, ps, es := doc(tc.paras, tc.ents)
			got := x.ExtractDocument(m.Annotate(body), ps, es)
			var g []string
			for _, q := range got {
				g = append(g, q.Speaker+"|"+q.Cue)
			}
			if len(g) != len(tc.want) {
				t.Fatalf("got %q, want %q", g, tc.want)
			}
			for i := range g {
				if g[i] != tc.want[i] {
					t.Errorf("quote %d = %q, want %q", i, g[i], tc.want[i])
				}
				if i < len(tc.content) && got[i].Content != tc.content[i] {
					t.Errorf("quote %d content = %q, want %q", i, got[i].Content, tc.content[i])
				}
			}
		})
	}
}
