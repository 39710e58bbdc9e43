package geo

import (
	"strings"
	"unicode/utf8"

	"github.com/marsad/marsad/arabic"
)

// nameKey is the matching key of a place name: the arabic.Normalize key
// with white space and hyphens folded to single spaces.
func nameKey(s string) string {
	s = strings.ReplaceAll(s, "-", " ")
	return strings.Join(strings.Fields(arabic.Normalize(s)), " ")
}

// variant is one reading of a token: its key and how many letters of
// proclitic were removed from the front of the token.
type variant struct {
	key  string
	skip int  // proclitic letters removed from the written token
	al   bool // "لل" read as ل + ال: the key starts with a restored "ال"
}

// proclitics are stripped in this order (longest first). They are the
// conjunctions و ف, the prepositions ب ل ك, and their combinations.
var proclitics = [...]string{"وب", "ول", "فب", "فل", "وك", "فك", "و", "ف", "ب", "ل", "ك"}

// variants returns the readings of a written token: the token itself,
// then the token without each proclitic that leaves at least three letters.
// Only the proclitics in the proclitics list are removed, never the article
// ال (السوري must not become سوري), nor pronoun suffixes.
func variants(tok string) []variant { return keyVariants(arabic.Normalize(tok)) }

// keyVariants is variants of an already normalised token.
func keyVariants(k string) []variant { return appendKeyVariants(make([]variant, 0, 4), k) }

// appendKeyVariants appends keyVariants(k) to out, which must be empty (a
// caller's buffer).
func appendKeyVariants(out []variant, k string) []variant {
	out = append(out[:0], variant{key: k})
	add := func(v variant) {
		for _, o := range out {
			if o.key == v.key {
				return
			}
		}
		out = append(out, v)
	}
	for _, p := range proclitics {
		rest, ok := strings.CutPrefix(k, p)
		if !ok {
			continue
		}
		n := utf8.RuneCountInString(p)
		if (strings.HasSuffix(p, "ك") || strings.HasPrefix(p, "ف")) && !strings.HasPrefix(rest, "ال") && !strings.HasPrefix(rest, "ل") {
			continue // كبرى is not ك + برى, nor فرانس ف + رانس; كالقاهرة is ك + القاهرة
		}
		if utf8.RuneCountInString(rest) >= 3 {
			add(variant{key: rest, skip: n})
		}
		// لليبيا = ل + ليبيا; للقاهرة = ل + القاهرة with the alef dropped.
		if strings.HasSuffix(p, "ل") && strings.HasPrefix(rest, "ل") && utf8.RuneCountInString(rest) >= 3 {
			add(variant{key: "ا" + rest, skip: n, al: true})
		}
	}
	return out
}

// skipLetters returns the byte offset in tok after its first n letters
// (diacritics and tatweel after a letter belong to it).
func skipLetters(tok string, n int) int {
	i := 0
	for n > 0 && i < len(tok) {
		_, size := utf8.DecodeRuneInString(tok[i:])
		i += size
		for i < len(tok) {
			r, size := utf8.DecodeRuneInString(tok[i:])
			if !arabic.IsTashkeel(r) && r != arabic.Tatweel {
				break
			}
			i += size
		}
		n--
	}
	return i
}

// functionReading reports whether the token also reads as a proclitic and
// a stop word (وأن = و + أن، بأنه = ب + أنه): such tokens are not places
// even when the whole token is a gazetteer name (وان, Van in Turkey).
func functionReading(tok string, stop map[string]bool) bool {
	k := arabic.Normalize(tok)
	for _, p := range proclitics {
		if rest, ok := strings.CutPrefix(k, p); ok && stop[rest] {
			return true
		}
	}
	return false
}
