package store

import (
	"strings"
	"testing"
)

func TestMatches(t *testing.T) {
	const text = "قال الوزير إن الوضع في المدينة تحت السيطرة."
	tests := []struct {
		q    string
		want bool
	}{
		{"السيطرة", true},
		{"بالسيطرة", true},
		{"المدينه", true},
		{`"تحت السيطرة"`, true},
		{`"السيطرة تحت"`, false},
		{"الوزير AND الحرب", false},
		{"الوزير OR الحرب", true},
		{"الوزير -الحرب", true},
		{"الوزير -المدينة", false},
		{"(الحرب OR السيطرة) -حفتر", true},
		{"", true},
	}
	for _, tc := range tests {
		t.Run(tc.q, func(t *testing.T) {
			n, err := ParseQuery(tc.q)
			if err != nil {
				t.Fatal(err)
			}
			if got := n.Matches(text); got != tc.want {
				t.Errorf("Matches(%q) = %v, want %v", tc.q, got, tc.want)
			}
		})
	}
}

func TestPositive(t *testing.T) {
	tests := []struct{ q, want string }{
		{"حفتر سرت", "(حفتر سرت)"},
		{"حفتر -سرت", "حفتر"},
		{"(حفتر OR سرت) -ليبيا -بنغازي", "(حفتر OR سرت)"},
		{"حفتر (سرت -ليبيا)", "(حفتر سرت)"},
		{`"حفتر سرت" OR (ليبيا -بنغازي)`, `("حفتر سرت" OR ليبيا)`},
	}
	for _, tc := range tests {
		n, err := ParseQuery(tc.q)
		if err != nil {
			t.Fatal(err)
		}
		if got := n.Positive().String(); got != tc.want {
			t.Errorf("Positive(%s) = %s, want %s", tc.q, got, tc.want)
		}
	}
	if (*QueryNode)(nil).Positive() != nil {
		t.Error("Positive(nil) != nil")
	}
}

// TestMatchesAsTerms checks that Matches, which stems only the words that
// may hold a key, agrees with matching every term of the text, for every
// word of a set of news sentences (with clitics, diacritics, letter
// variants, Latin words and numbers) as a query, alone, negated and in
// phrases.
func TestMatchesAsTerms(t *testing.T) {
	texts := []string{
		"قال الوزير إن الوضع في المدينة تحت السيطرة، وأكد أن الجيش الليبي سيواصل تقدمه نحو سرت.",
		"وبالمدينة القديمة احتفل الأهالي بعودة الكهرباء للمرة الأولى منذ 2011.",
		"أعلنت وزارة الصحة عن 120 إصابة جديدة بفيروس COVID-19 وعن حالتي وفاة.",
		"الْمَدِينَةُ المنورة تستقبل الحجاج، ولِلجيش دور في تنظيم الحشود.",
		"قالت الخارجية الأمريكية إن واشنطن لن تتراجع عن قرارها بشأن الاتفاق النووي مع إيران.",
	}
	var words []string
	for _, tx := range texts {
		words = append(words, strings.FieldsFunc(tx, func(r rune) bool { return strings.ContainsRune(" ،.,", r) })...)
	}
	for _, tx := range texts {
		terms := Terms(tx)
		for i, w := range words {
			for _, q := range []string{w, "السيطرة -" + w, `"` + w + " " + words[(i+1)%len(words)] + `"`} {
				n, err := ParseQuery(q)
				if err != nil || n == nil {
					continue
				}
				if fast, slow := n.Matches(tx), n.MatchTerms(terms); fast != slow {
					t.Errorf("query %q on %q: Matches %v, all terms %v", q, tx, fast, slow)
				}
			}
		}
	}
}
