package arabic

import "testing"

func TestStripClitics(t *testing.T) {
	tests := []struct{ in, keep, drop string }{
		{"بحفتر", "حفتر", "حفتر"},
		{"والجيش", "الجيش", "جيش"},
		{"بالجيش", "الجيش", "جيش"},
		{"للجيش", "الجيش", "جيش"},
		{"وللجيش", "الجيش", "جيش"},
		{"فالحكومة", "الحكومة", "حكومة"},
		{"وبالحكومة", "الحكومة", "حكومة"},
		{"الجيش", "الجيش", "جيش"},
		{"ومصر", "مصر", "مصر"},
		{"وسيقول", "يقول", "يقول"},
		{"وَالْجَيْش", "الْجَيْش", "جَيْش"},
		// Protected names and words stay whole.
		{"بغداد", "بغداد", "بغداد"},
		{"كركوك", "كركوك", "كركوك"},
		{"فلسطين", "فلسطين", "فلسطين"},
		{"لبنان", "لبنان", "لبنان"},
		{"بيروت", "بيروت", "بيروت"},
		{"واشنطن", "واشنطن", "واشنطن"},
		{"فرنسا", "فرنسا", "فرنسا"},
		{"وزير", "وزير", "وزير"},
		{"الله", "الله", "الله"},
		{"الذي", "الذي", "الذي"},
		// ...but clitics before them are removed.
		{"وبغداد", "بغداد", "بغداد"},
		{"ولبنان", "لبنان", "لبنان"},
		{"بفرنسا", "فرنسا", "فرنسا"},
		// Short words are never split.
		{"بل", "بل", "بل"},
		{"وقد", "وقد", "وقد"},
		{"لم", "لم", "لم"},
		{"", "", ""},
		{"Haftar", "Haftar", "Haftar"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			if got := StripClitics(tt.in); got != tt.keep {
				t.Errorf("StripClitics(%q) = %q, want %q", tt.in, got, tt.keep)
			}
			if got := StripAllClitics(tt.in); got != tt.drop {
				t.Errorf("StripAllClitics(%q) = %q, want %q", tt.in, got, tt.drop)
			}
		})
	}
}

func TestClitics(t *testing.T) {
	tests := []struct {
		in   string
		want []Analysis // a prefix of the result
	}{
		{"وبالجيش", []Analysis{{Proclitic: "وبال", Stem: "جيش", Article: true}}},
		{"بحفتر", []Analysis{{Proclitic: "ب", Stem: "حفتر"}, {Stem: "بحفتر"}}},
		{"وكتابهم", []Analysis{{Proclitic: "وك", Stem: "تابهم"}, {Proclitic: "و", Stem: "كتابهم"}, {Stem: "وكتابهم"}, {Stem: "وكتاب", Enclitic: "هم"}}},
		{"بغداد", []Analysis{{Stem: "بغداد"}}},
		{"حكومته", []Analysis{{Stem: "حكومته"}, {Stem: "حكومت", Enclitic: "ه"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := Clitics(tt.in)
			if len(got) < len(tt.want) {
				t.Fatalf("Clitics(%q) = %v, want prefix %v", tt.in, got, tt.want)
			}
			for i, w := range tt.want {
				if got[i] != w {
					t.Errorf("Clitics(%q)[%d] = %+v, want %+v", tt.in, i, got[i], w)
				}
			}
		})
	}
}

func TestCliticsNoTehMarbutaPronoun(t *testing.T) {
	for _, a := range Clitics("بالحكومة") {
		if a.Enclitic != "" {
			t.Errorf("Clitics(بالحكومة) has enclitic analysis %+v", a)
		}
	}
}

// checkAnalyses verifies the Clitics contract on w.
func checkAnalyses(t *testing.T, w string, as []Analysis) {
	t.Helper()
	if len(as) == 0 {
		t.Fatalf("Clitics(%q) is empty", w)
	}
	whole := false
	for _, a := range as {
		if a.Proclitic+a.Stem+a.Enclitic != w {
			t.Fatalf("Clitics(%q): %+v does not rebuild the word", w, a)
		}
		if a == (Analysis{Stem: w}) {
			whole = true
		}
	}
	if !whole {
		t.Fatalf("Clitics(%q) lacks the unsplit word", w)
	}
}

func TestCliticsSeedWords(t *testing.T) {
	s := readSeed(t)
	for _, tk := range Tokenize(s) {
		if tk.Kind == Word {
			as := Clitics(tk.Text)
			checkAnalyses(t, tk.Text, as)
			if b := bestAnalysis(tk.Text); b != as[0] {
				t.Fatalf("bestAnalysis(%q) = %+v, Clitics()[0] = %+v", tk.Text, b, as[0])
			}
		}
	}
}
