package arabic

import (
	"unicode"
	"unicode/utf8"
)

// Tokenize splits s into tokens with byte offsets into s.
//
// Tokens are in order, never overlap and never contain white space; white
// space and invisible format characters (ZWNJ, ZWJ, LRM...) between tokens
// belong to no token. Inside a word, tashkeel, tatweel and zero-width
// characters stay part of the word. Rules, in order of precedence:
//
//   - URL: http://, https:// or www. up to the next space or quotation
//     mark, trailing punctuation excluded;
//   - Hashtag: # followed by letters, digits, marks and _ (#ليبيا_الآن);
//   - Mention: @ followed by the same, when @ does not follow a letter;
//   - Number: a run of digits (ASCII, ٠–٩, ۰–۹) with inner separators
//     . , ٫ ٬ each followed by a digit (3.5, 1,000, ٣٫٥);
//   - Word: Arabic letters with their marks, tatweel and joiners;
//   - Latin: letters of any other script with digits and marks, with an
//     inner apostrophe (don't, Trump’s);
//   - Punct: a run of dots (. .. ...), a run of ! ? ؟, or one punctuation
//     character (، ؛ « » “ ” ' " ( ) - ...);
//   - Symbol: any other character, with the marks that follow it.
//
// Norm (Normalize(Text)) is set on every token and Stem (LightStem(Text))
// on Word tokens. Keys equal to their text share its memory; the others
// share one string allocated per call, so Tokenize allocates little.
func Tokenize(s string) []Token {
	toks := make([]Token, 0, len(s)/8+1) // news averages 9 bytes a token
	// Keys that differ from their text are built into one arena, turned
	// into a single string at the end: one allocation instead of one a
	// token.
	var arena []byte
	var keyed []keySpan
	for i := 0; i < len(s); {
		start, end, kind, ok := nextToken(s, i)
		if !ok {
			break
		}
		t := Token{Text: s[start:end], Start: start, End: end, Kind: kind}
		if c := firstChange(t.Text); c < 0 {
			t.Norm = t.Text
			if kind == Word {
				t.Stem = LuceneStem(t.Norm)
			}
		} else {
			a := len(arena)
			arena = appendNormalized(arena, t.Text, c)
			keyed = append(keyed, keySpan{len(toks), a, len(arena)})
		}
		toks = append(toks, t)
		i = end
	}
	if len(keyed) > 0 {
		keys := string(arena)
		for _, k := range keyed {
			t := &toks[k.tok]
			t.Norm = keys[k.a:k.b]
			if t.Kind == Word {
				t.Stem = LuceneStem(t.Norm)
			}
		}
	}
	return toks
}

// keySpan locates the key of token tok in the key arena.
type keySpan struct{ tok, a, b int }

// nextToken finds the first token at or after byte i; ok is false when only
// white space and invisible characters remain.
func nextToken(s string, i int) (start, end int, kind TokenKind, ok bool) {
	for i < len(s) {
		r, size := decode(s, i)
		if isSpace(r) || isInvisible(r) {
			i += size
			continue
		}
		end, kind = scanToken(s, i, r, size)
		return i, end, kind, true
	}
	return len(s), len(s), 0, false
}

// decode returns the rune at s[i] and its size, with an ASCII fast path.
func decode(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	// Two-byte sequences (Arabic, Latin-1) without the general decoder.
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) {
		if c2 := s[i+1]; c2&0xC0 == 0x80 {
			return rune(c&0x1F)<<6 | rune(c2&0x3F), 2
		}
	}
	return utf8.DecodeRuneInString(s[i:])
}

func isSpace(r rune) bool {
	if r < 0x80 {
		return r == ' ' || r == '\n' || r == '\t' || r == '\r' || r == '\v' || r == '\f'
	}
	if r >= 0x0600 && r < 0x1680 { // no white space from Arabic to Ogham
		return false
	}
	return unicode.IsSpace(r)
}

// scanToken returns the end and kind of the token starting at i with rune r.
func scanToken(s string, i int, r rune, size int) (int, TokenKind) {
	switch {
	case r == 'h' || r == 'H' || r == 'w' || r == 'W':
		if end := scanURL(s, i); end > i {
			return end, URL
		}
	case r == '#' || r == '@':
		if i+size < len(s) && !(r == '@' && i > 0 && isWordRuneBefore(s, i)) {
			if end := scanTag(s, i+size); end > i+size {
				if r == '#' {
					return end, Hashtag
				}
				return end, Mention
			}
		}
	}
	switch {
	case IsArabicLetter(r) || r == Tatweel:
		return scanArabic(s, i+size), Word
	case isDigit(r):
		return scanNumber(s, i+size), Number
	case unicode.IsLetter(r):
		return scanLatin(s, i+size), Latin
	case r == '.':
		return scanRun(s, i+size, func(r rune) bool { return r == '.' }), Punct
	case r == '!' || r == '?' || r == '؟':
		return scanRun(s, i+size, func(r rune) bool { return r == '!' || r == '?' || r == '؟' }), Punct
	case r != utf8.RuneError && unicode.IsPunct(r):
		return i + size, Punct
	}
	return scanSymbol(s, i+size), Symbol
}

// isWordRuneBefore reports whether the rune ending at i is a letter or digit.
func isWordRuneBefore(s string, i int) bool {
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

func scanRun(s string, i int, in func(rune) bool) int {
	for i < len(s) {
		r, size := decode(s, i)
		if !in(r) {
			break
		}
		i += size
	}
	return i
}

// scanArabic scans the rest of an Arabic word. Invisible characters are
// kept only when more of the word follows them.
func scanArabic(s string, i int) int {
	end := i
	for i < len(s) {
		// Fast path: a two-byte character of the Arabic block.
		if c := s[i]; c >= 0xD8 && c <= 0xDB && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
			if arabicWordRune[int(c&0x03)<<6|int(s[i+1]&0x3F)] {
				i += 2
				end = i
				continue
			}
		}
		r, size := decode(s, i)
		switch {
		case IsArabicLetter(r) || isArabicMark(r) || r == Tatweel:
			i += size
			end = i
		case isInvisible(r):
			i += size
		default:
			return end
		}
	}
	return end
}

// arabicWordRune caches, for the Arabic block U+0600–U+06FF, whether a
// character continues an Arabic word: a letter, a mark or tatweel.
// Read-only after package initialisation.
var arabicWordRune = func() (t [256]bool) {
	for i := range t {
		r := rune(0x0600 + i)
		t[i] = IsArabicLetter(r) || isArabicMark(r) || r == Tatweel
	}
	return t
}()

// scanLatin scans the rest of a non-Arabic word.
func scanLatin(s string, i int) int {
	end := i
	for i < len(s) {
		r, size := decode(s, i)
		switch {
		case r < 0x80 && (r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9'):
			i += size
			end = i
		case r == '\'' || r == '’':
			// An apostrophe between two letters: don't, Trump’s.
			if i != end || i+size >= len(s) {
				return end
			}
			n, _ := decode(s, i+size)
			if !unicode.IsLetter(n) || IsArabicLetter(n) {
				return end
			}
			i += size
		case r >= 0x80 && !IsArabicLetter(r) && (unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Mc, r)):
			i += size
			end = i
		case isInvisible(r):
			i += size
		default:
			return end
		}
	}
	return end
}

// scanNumber scans the rest of a number: digits, and separators that sit
// between two digits.
func scanNumber(s string, i int) int {
	for i < len(s) {
		r, size := decode(s, i)
		if isDigit(r) {
			i += size
			continue
		}
		if r == '.' || r == ',' || r == '٫' || r == '٬' {
			if i+size < len(s) {
				if n, _ := decode(s, i+size); isDigit(n) {
					i += size
					continue
				}
			}
		}
		break
	}
	return i
}

// isTagRune reports whether r may be part of a hashtag or mention.
func isTagRune(r rune) bool {
	return r == '_' || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || r == Tatweel
}

// scanTag scans the body of a hashtag or mention from i; it returns i when
// no tag character follows.
func scanTag(s string, i int) int {
	end := i
	for i < len(s) {
		r, size := decode(s, i)
		switch {
		case isTagRune(r):
			i += size
			end = i
		case isInvisible(r):
			i += size
		default:
			return end
		}
	}
	return end
}

// scanSymbol absorbs the marks, variation selectors and joined symbols that
// follow a symbol (emoji sequences).
func scanSymbol(s string, i int) int {
	for i < len(s) {
		r, size := decode(s, i)
		switch {
		case r == 0x200D: // ZWJ inside an emoji sequence
			if i+size < len(s) {
				if n, _ := decode(s, i+size); unicode.IsSymbol(n) {
					i += size
					continue
				}
			}
			return i
		case r >= 0x80 && (unicode.Is(unicode.Mn, r) || unicode.Is(unicode.Me, r) || unicode.Is(unicode.Variation_Selector, r) || (r >= 0x1F3FB && r <= 0x1F3FF)):
			i += size
		default:
			return i
		}
	}
	return i
}
