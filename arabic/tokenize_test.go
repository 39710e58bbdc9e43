package arabic

import (
	"fmt"
	"strings"
	"testing"
)

// tokStr renders tokens as "Kind:Text" separated by spaces.
func tokStr(toks []Token) string {
	parts := make([]string, len(toks))
	for i, t := range toks {
		parts[i] = fmt.Sprintf("%v:%s", t.Kind, t.Text)
	}
	return strings.Join(parts, " ")
}

func TestTokenize(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"spaces", " \n\t ", ""},
		{"words", "قال المتحدث", "Word:قال Word:المتحدث"},
		{"tashkeel inside", "مُحَمَّدٌ جاء", "Word:مُحَمَّدٌ Word:جاء"},
		{"tatweel inside", "ليـــبيا", "Word:ليـــبيا"},
		{"zwnj inside", "ليـ\u200cبيا", "Word:ليـ\u200cبيا"},
		{"zwnj trailing", "ليبيا\u200c ،", "Word:ليبيا Punct:،"},
		{"arabic punct", "نعم، لا؛ لماذا؟", "Word:نعم Punct:، Word:لا Punct:؛ Word:لماذا Punct:؟"},
		{"quotes", "«سرت» “هنا” 'x' \"y\"", "Punct:« Word:سرت Punct:» Punct:“ Word:هنا Punct:” Punct:' Latin:x Punct:' Punct:\" Latin:y Punct:\""},
		{"dots", "سرت.. ماذا... نعم.", "Word:سرت Punct:.. Word:ماذا Punct:... Word:نعم Punct:."},
		{"ellipsis char", "نعم…", "Word:نعم Punct:…"},
		{"exclaim run", "حقا؟!", "Word:حقا Punct:؟!"},
		{"ascii numbers", "3.5 1,000 2020.", "Number:3.5 Number:1,000 Number:2020 Punct:."},
		{"arabic numbers", "٣٫٥ ١٬٠٠٠ ۱۹", "Number:٣٫٥ Number:١٬٠٠٠ Number:۱۹"},
		{"number then letter", "2020م", "Number:2020 Word:م"},
		{"percent", "50% ٥٠٪", "Number:50 Punct:% Number:٥٠ Punct:٪"},
		{"latin", "Khalifa Haftar's F16 don't", "Latin:Khalifa Latin:Haftar's Latin:F16 Latin:don't"},
		{"latin arabic", "GNAحكومة", "Latin:GNA Word:حكومة"},
		{"url", "انظر https://example.com/a?b=1. ثم", "Word:انظر URL:https://example.com/a?b=1 Punct:. Word:ثم"},
		{"www", "(www.youm7.com)", "Punct:( URL:www.youm7.com Punct:)"},
		{"bare http", "http:// x", "Latin:http Punct:: Punct:/ Punct:/ Latin:x"},
		{"hashtag arabic", "#ليبيا_الآن، #GNA", "Hashtag:#ليبيا_الآن Punct:، Hashtag:#GNA"},
		{"lone hash", "# 5", "Punct:# Number:5"},
		{"mention", "@UN_News قال", "Mention:@UN_News Word:قال"},
		{"email at", "a@b", "Latin:a Punct:@ Latin:b"},
		{"symbols", "$5 + ©", "Symbol:$ Number:5 Symbol:+ Symbol:©"},
		{"emoji", "👍🏽 🇱🇾", "Symbol:👍🏽 Symbol:🇱 Symbol:🇾"},
		{"lone mark", " َ ", "Symbol:َ"},
		{"presentation", "ﺑﻐﺪﺍﺩ ﷺ", "Word:ﺑﻐﺪﺍﺩ Word:ﷺ"},
		{"invalid utf8", "a\xffب", "Latin:a Symbol:\xff Word:ب"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			toks := Tokenize(tt.in)
			if got := tokStr(toks); got != tt.want {
				t.Errorf("Tokenize(%q)\n got %s\nwant %s", tt.in, got, tt.want)
			}
			checkTokens(t, tt.in, toks)
		})
	}
}

func TestTokenKeys(t *testing.T) {
	toks := Tokenize("وَالمشروباتُ ٣٫٥ NATO")
	want := []struct{ norm, stem string }{{"والمشروبات", "مشروب"}, {"3.5", ""}, {"nato", ""}}
	for i, w := range want {
		t.Run(w.norm, func(t *testing.T) {
			if toks[i].Norm != w.norm || toks[i].Stem != w.stem {
				t.Errorf("token %d = %q/%q, want %q/%q", i, toks[i].Norm, toks[i].Stem, w.norm, w.stem)
			}
		})
	}
}

// checkTokens verifies the Tokenize contract on s.
func checkTokens(t *testing.T, s string, toks []Token) {
	t.Helper()
	prev := 0
	for i, tk := range toks {
		if tk.Start < prev || tk.End <= tk.Start || tk.End > len(s) {
			t.Fatalf("token %d [%d,%d) out of order or empty (prev end %d, len %d)", i, tk.Start, tk.End, prev, len(s))
		}
		if tk.Text != s[tk.Start:tk.End] {
			t.Fatalf("token %d Text %q != s[%d:%d]", i, tk.Text, tk.Start, tk.End)
		}
		if strings.IndexFunc(tk.Text, isSpace) >= 0 {
			t.Fatalf("token %d %q holds white space", i, tk.Text)
		}
		if tk.Norm != Normalize(tk.Text) {
			t.Fatalf("token %d Norm %q != Normalize(%q)", i, tk.Norm, tk.Text)
		}
		if tk.Kind == Word && tk.Stem != LightStem(tk.Text) || tk.Kind != Word && tk.Stem != "" {
			t.Fatalf("token %d %v Stem %q, LightStem(%q) = %q", i, tk.Kind, tk.Stem, tk.Text, LightStem(tk.Text))
		}
		prev = tk.End
	}
}

func TestTokenizeSeed(t *testing.T) {
	s := readSeed(t)
	toks := Tokenize(s)
	checkTokens(t, s, toks)
	if len(toks) < 500 {
		t.Errorf("only %d tokens in the seed article", len(toks))
	}
}
