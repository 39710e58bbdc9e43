package safetext

import "testing"

func TestStripBidi(t *testing.T) {
	tests := []struct{ in, want string }{
		{"\u202egpj.exe", "gpj.exe"},
		{"خبر \u2066عاجل\u2069 \u202a\u202b\u202c\u202d", "خبر عاجل "},
		{"\u200fعلامة\u200e", "\u200fعلامة\u200e"},
		{"بلا تحكم", "بلا تحكم"},
	}
	for _, tc := range tests {
		if got := StripBidi(tc.in); got != tc.want {
			t.Errorf("StripBidi(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestHTTPURL(t *testing.T) {
	for in, want := range map[string]string{
		"https://example.com/a?b=1":       "https://example.com/a?b=1",
		"HTTP://example.com":              "HTTP://example.com",
		" https://example.com ":           "https://example.com",
		"javascript:alert(1)":             "",
		"JaVaScRiPt:alert(1)":             "",
		"data:text/html,<script>":         "",
		"//example.com/x":                 "",
		"/articles/x":                     "",
		"ftp://example.com":               "",
		"https:///nohost":                 "",
		"vbscript:msgbox":                 "",
		"\x00javascript:alert(1)":         "",
		"https://example.com/\u202egpj.x": "https://example.com/\u202egpj.x",
	} {
		if got := HTTPURL(in); got != want {
			t.Errorf("HTTPURL(%q) = %q, want %q", in, got, want)
		}
	}
}
