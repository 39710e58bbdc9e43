package store

import "testing"

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
