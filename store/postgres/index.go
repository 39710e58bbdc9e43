package postgres

import (
	"slices"
	"strconv"
	"strings"

	"github.com/marsad/marsad/store"
)

// Limits of PostgreSQL's tsvector type.
const (
	maxLexemeBytes = 2046      // longer words are not indexed
	maxPosition    = 16383     // later words share the last position
	maxPositions   = 256       // per lexeme; further occurrences are dropped
	maxVectorBytes = 1<<20 - 1 // lexemes and positions together, see vectorBytes
)

// vectorBytes is what a lexeme of n bytes with one position adds to the
// size PostgreSQL checks against maxVectorBytes (the lexeme, aligned to two
// bytes, its count of positions and the position); each further position
// adds two bytes.
func vectorBytes(n int) int { return (n+1)&^1 + 4 }

// tsvector returns the full-text vector of an article as a tsvector
// literal: the store.Terms keys of the title with weight A, then those of
// the body with weight B, each at its word position. The keys are already
// normalised and stemmed in Go (the 'simple' configuration would only
// lower-case them again), so the literal is cast to tsvector as it is and
// PostgreSQL's parser never re-splits a key: index and query meet on the
// same keys whatever the database's locale. The body's positions start two
// after the title's last, so that no phrase spans the two.
//
// Within the limits of the type: words longer than 2,046 bytes are left
// out, positions past 16,383 are clamped to it (so phrases are not matched
// that deep in a long article), a word keeps its first 256 positions, and
// once the vector reaches 1 MB (some 100,000 distinct words) further words
// and positions are left out.
func tsvector(title, body string) string {
	type lexeme struct {
		key string
		pos []string // "12A"
	}
	var (
		lexs  []*lexeme
		byKey = map[string]*lexeme{}
		bytes int
		pos   int
	)
	add := func(text, weight string) {
		for _, t := range store.Terms(text) {
			pos++
			if len(t.Key) > maxLexemeBytes {
				continue
			}
			l := byKey[t.Key]
			switch {
			case l == nil:
				if bytes+vectorBytes(len(t.Key)) > maxVectorBytes {
					continue
				}
				bytes += vectorBytes(len(t.Key))
				l = &lexeme{key: t.Key}
				byKey[t.Key] = l
				lexs = append(lexs, l)
			case len(l.pos) < maxPositions && bytes+2 <= maxVectorBytes:
				bytes += 2
			default:
				continue
			}
			l.pos = append(l.pos, strconv.Itoa(min(pos, maxPosition))+weight)
		}
	}
	add(title, "A")
	pos++ // a gap: "last title word" "first body word" is no phrase
	add(body, "B")
	slices.SortFunc(lexs, func(a, b *lexeme) int { return strings.Compare(a.key, b.key) })
	var b strings.Builder
	for i, l := range lexs {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(quoteLexeme(l.key))
		b.WriteByte(':')
		b.WriteString(strings.Join(l.pos, ","))
	}
	return b.String()
}

// quoteLexeme quotes a lexeme for a tsvector or tsquery literal. Keys hold
// only letters and digits, but are quoted and escaped anyway so that no key
// can be read as an operator.
func quoteLexeme(k string) string {
	k = strings.ReplaceAll(k, `\`, `\\`)
	return "'" + strings.ReplaceAll(k, "'", "''") + "'"
}
