package store

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// SnippetWords is the length of a snippet, in terms.
const SnippetWords = 32

// snippetChunk is how many bytes of a body MakeSnippets tokenises at a
// time: it stops at the first chunk after which no better snippet can be
// found (a window holding every key of the query).
const snippetChunk = 1536

// Highlight returns the spans of text whose terms have a key in keys.
func Highlight(text string, keys map[string]bool) []Span {
	m := newMatcher(keys)
	var out []Span
	for _, t := range m.terms(nil, text, 0) {
		if keys[t.Key] {
			out = append(out, Span{t.Start, t.End})
		}
	}
	return out
}

// matcher finds the terms of a text whose key is one of keys. A word's key
// is computed only when the normalised form of some key occurs inside the
// word's normalised form (a key is its word less clitics and affixes);
// other words get an empty key. Stemming every word of every hit would
// dominate search time.
type matcher struct {
	keys  map[string]bool
	loose []string          // the keys as arabic.Normalize forms, for the test
	cache map[string]string // word → key
}

func newMatcher(keys map[string]bool) *matcher {
	m := &matcher{keys: keys, cache: map[string]string{}}
	for k := range keys {
		m.loose = append(m.loose, arabic.Normalize(strings.TrimPrefix(k, FunctionMark)))
	}
	return m
}

// terms appends the terms of text, offsets shifted by base, to dst.
func (m *matcher) terms(dst []Term, text string, base int) []Term {
	for _, t := range arabic.Tokenize(text) {
		switch t.Kind {
		case arabic.Word, arabic.Number, arabic.Latin, arabic.Hashtag:
		default:
			continue
		}
		key, ok := m.cache[t.Text]
		if !ok {
			for _, k := range m.loose {
				if strings.Contains(t.Norm, k) {
					key = tokenKey(t)
					break
				}
			}
			m.cache[t.Text] = key
		}
		dst = append(dst, Term{Key: key, Start: base + t.Start, End: base + t.End})
	}
	return dst
}

// MakeSnippets returns up to n non-overlapping passages of body, of about
// SnippetWords terms each, that hold the most distinct keys, best first
// (then in text order for ties). Offsets are into body. Without any match it
// returns the start of body.
//
// The body is tokenised a chunk at a time, and no further once n complete
// passages hold every key: none later can be better.
func MakeSnippets(body string, keys map[string]bool, n int) []Snippet {
	if n <= 0 || body == "" {
		return nil
	}
	m := newMatcher(keys)
	var ts []Term
	for pos := 0; pos < len(body); {
		end := chunkEnd(body, pos)
		ts = m.terms(ts, body[pos:end], pos)
		pos = end
		if wins := windows(ts, keys); pos < len(body) && complete(wins, ts, keys, n) {
			break
		}
	}
	if len(ts) == 0 {
		return nil
	}
	wins := windows(ts, keys)
	if len(wins) == 0 {
		hi := min(len(ts), SnippetWords)
		return []Snippet{mkSnippet(body, ts, 0, hi, keys)}
	}
	sort.SliceStable(wins, func(i, j int) bool {
		if wins[i].distinct != wins[j].distinct {
			return wins[i].distinct > wins[j].distinct
		}
		return wins[i].hits > wins[j].hits
	})
	if len(wins) > n {
		wins = wins[:n]
	}
	out := make([]Snippet, 0, len(wins))
	for _, x := range wins {
		out = append(out, mkSnippet(body, ts, x.lo, x.hi, keys))
	}
	return out
}

// chunkEnd returns where the chunk of body starting at pos ends: about
// snippetChunk bytes on, at a space, so that no word is cut.
func chunkEnd(body string, pos int) int {
	end := pos + snippetChunk
	if end >= len(body) {
		return len(body)
	}
	if i := strings.IndexAny(body[end:], " \n\t"); i >= 0 {
		return end + i
	}
	return len(body)
}

// win is a candidate snippet: terms [lo, hi) with its distinct keys and hits.
type win struct{ lo, hi, distinct, hits int }

// windows returns the candidate snippets of ts: each starts a few terms
// before a match, and the next one after its end.
func windows(ts []Term, keys map[string]bool) []win {
	var wins []win
	for lo := 0; lo < len(ts); {
		if !keys[ts[lo].Key] {
			lo++
			continue
		}
		start := max(0, lo-4)
		hi := min(len(ts), start+SnippetWords)
		seen := map[string]bool{}
		hits := 0
		for _, t := range ts[start:hi] {
			if keys[t.Key] {
				hits++
				seen[t.Key] = true
			}
		}
		wins = append(wins, win{start, hi, len(seen), hits})
		lo = hi // next window after this one: no overlap
	}
	return wins
}

// complete reports whether n windows of ts are whole (not cut by the end of
// what is tokenised so far) and hold every key: no later one can beat them.
// A word's two keys (ParseQuery looks for a noun in ة also as written
// before a pronoun: رؤيه, رؤيت) count as one.
func complete(wins []win, ts []Term, keys map[string]bool, n int) bool {
	words := map[string]bool{}
	for k := range keys {
		words[strings.TrimSuffix(strings.TrimSuffix(k, "ت"), "ه")] = true
	}
	full := 0
	for _, w := range wins {
		if w.hi < len(ts) && w.hi-w.lo == SnippetWords && w.distinct >= len(words) {
			full++
		}
	}
	return full >= n
}

func mkSnippet(body string, ts []Term, lo, hi int, keys map[string]bool) Snippet {
	s := Snippet{Start: ts[lo].Start, End: ts[hi-1].End}
	s.Text = body[s.Start:s.End]
	for _, t := range ts[lo:hi] {
		if keys[t.Key] {
			s.Highlights = append(s.Highlights, Span{t.Start, t.End})
		}
	}
	return s
}
