package arabic

import (
	"strings"
	"testing"
)

func sentStr(s string, spans []Span) string {
	parts := make([]string, len(spans))
	for i, sp := range spans {
		parts[i] = s[sp.Start:sp.End]
	}
	return strings.Join(parts, " | ")
}

func TestSentences(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"blank", " \n\n ", ""},
		{"one", "قال المتحدث إن الوضع هادئ.", "قال المتحدث إن الوضع هادئ."},
		{"two", "وصل الوفد. ثم غادر.", "وصل الوفد. | ثم غادر."},
		{"question", "ماذا طلب الوفد؟ لا أحد يعرف!", "ماذا طلب الوفد؟ | لا أحد يعرف!"},
		{"double dot", "معركة سرت.. ماذا طلب الوفد", "معركة سرت.. | ماذا طلب الوفد"},
		{"ellipsis", "انتظر... ثم تكلم", "انتظر... | ثم تكلم"},
		{"no split on comma", "قال، وأضاف، وأكد، ثم سكت", "قال، وأضاف، وأكد، ثم سكت"},
		{"decimal", "ارتفع بنسبة 3.5 في المئة. ثم هبط.", "ارتفع بنسبة 3.5 في المئة. | ثم هبط."},
		{"arabic decimal", "ارتفع ٣٫٥ بالمئة. ثم هبط.", "ارتفع ٣٫٥ بالمئة. | ثم هبط."},
		{"abbrev arabic", "قال د. محمد إن الأمر انتهى.", "قال د. محمد إن الأمر انتهى."},
		{"abbrev latin", "Dr. Smith arrived. He left.", "Dr. Smith arrived. | He left."},
		{"initials", "J. K. Rowling wrote. Then", "J. K. Rowling wrote. | Then"},
		{"us", "the U.S. army left.", "the U.S. army left."},
		{"list number", "1. البند الأول", "1. البند الأول"},
		{"quote spans", "قال: «انتهى الأمر. سنعود غدا» وأضاف. ثم", "قال: «انتهى الأمر. سنعود غدا» وأضاف. | ثم"},
		{"quote ends", "قال: «انتهى الأمر.» ثم غادر.", "قال: «انتهى الأمر.» | ثم غادر."},
		{"straight quotes", "قال \"انتهى. سنعود\" ثم. بعد", "قال \"انتهى. سنعود\" ثم. | بعد"},
		{"straight close", "قال \"انتهى.\" ثم غادر.", "قال \"انتهى.\" | ثم غادر."},
		{"single quotes", "قال 'انتهى. سنعود' ثم. بعد", "قال 'انتهى. سنعود' ثم. | بعد"},
		{"curly quotes", "قال “انتهى. سنعود” ثم. بعد", "قال “انتهى. سنعود” ثم. | بعد"},
		{"nested", "«قال. “نعم.” وذهب.» ثم.", "«قال. “نعم.” وذهب.» | ثم."},
		{"unclosed quote", "قال «انتهى. ثم غادر. وبعد", "قال «انتهى. | ثم غادر. | وبعد"},
		{"unclosed quote paragraph", "قال «نعم. ربما\nغدا» هنا. هناك", "قال «نعم. | ربما | غدا» هنا. | هناك"},
		{"stray closer", "نعم» ربما. غدا", "نعم» ربما. | غدا"},
		{"single letter", "قال م. ثم", "قال م. ثم"},
		{"newline", "عنوان بلا نقطة\nنص المقال.", "عنوان بلا نقطة | نص المقال."},
		{"paragraphs", "أ.\n\nب.", "أ. | ب."},
		{"closing bracket", "(انتهى.) ثم", "(انتهى.) | ثم"},
		{"trailing space", "  نعم.  ", "نعم."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			spans := Sentences(tt.in)
			if got := sentStr(tt.in, spans); got != tt.want {
				t.Errorf("Sentences(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
			checkSpans(t, tt.in, spans)
		})
	}
}

// checkSpans verifies the Sentences contract on s.
func checkSpans(t *testing.T, s string, spans []Span) {
	t.Helper()
	prev := 0
	for i, sp := range spans {
		if sp.Start < prev || sp.End <= sp.Start || sp.End > len(s) {
			t.Fatalf("span %d %v out of order or empty (prev %d, len %d)", i, sp, prev, len(s))
		}
		if strings.TrimSpace(s[sp.Start:sp.End]) != s[sp.Start:sp.End] && strings.TrimFunc(s[sp.Start:sp.End], isSpace) != s[sp.Start:sp.End] {
			t.Fatalf("span %d %q has surrounding space", i, s[sp.Start:sp.End])
		}
		prev = sp.End
	}
}

func TestSentencesSeed(t *testing.T) {
	s := readSeed(t)
	spans := Sentences(s)
	checkSpans(t, s, spans)
	for _, sp := range spans {
		if strings.ContainsAny(s[sp.Start:sp.End], "\n") {
			t.Errorf("sentence crosses a line: %q", s[sp.Start:sp.End])
		}
	}
	if len(spans) < 20 {
		t.Errorf("only %d sentences in the seed article", len(spans))
	}
}
