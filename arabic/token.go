package arabic

// TokenKind classifies a token.
type TokenKind uint8

// Token kinds. New kinds are only ever appended.
const (
	Word    TokenKind = iota // Arabic-script word, tashkeel and tatweel included
	Number                   // digits of one run, any script, with inner separators: 3.5 ١٬٠٠٠ ٣٫٥
	Latin                    // word in Latin or any other non-Arabic script (may hold digits: F16)
	URL                      // http(s):// URL or www. address
	Hashtag                  // #tag, Arabic or Latin, with _ inside: #ليبيا_الآن
	Punct                    // punctuation: ، ؛ ؟ « » “ ” . .. ... !? and the rest
	Symbol                   // anything else that is not space: $ + © emoji, a lone mark
	Mention                  // @handle
)

// String returns the name of the kind ("Word", "Number", ...).
func (k TokenKind) String() string {
	switch k {
	case Word:
		return "Word"
	case Number:
		return "Number"
	case Latin:
		return "Latin"
	case URL:
		return "URL"
	case Hashtag:
		return "Hashtag"
	case Punct:
		return "Punct"
	case Symbol:
		return "Symbol"
	case Mention:
		return "Mention"
	}
	return "TokenKind(?)"
}

// Token is a span of the source text. Start and End are byte offsets into
// the string given to Tokenize and Text == s[Start:End], unchanged. Norm is
// the matching key of Text (see Normalize). Stem is the light stem of Norm
// (see LightStem) for Word tokens and empty for the other kinds.
type Token struct {
	Text  string
	Start int
	End   int
	Kind  TokenKind
	Norm  string
	Stem  string
}
