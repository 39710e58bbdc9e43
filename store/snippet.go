package store

import (
	"maps"
	"sort"
	"strings"
	"unicode"

	"github.com/marsad/marsad/arabic"
)

// SnippetWords is the length of a snippet, in terms.
const SnippetWords = 32

// snippetChunk is how many bytes of a body MakeSnippets tokenises at a
// time: it stops at the first chunk after which no better snippet can be
// found (a window holding every word of the query).
const snippetChunk = 1536

// Highlight returns the spans of text whose terms have a key in keys.
func Highlight(text string, keys map[string]bool) []Span {
	return NewHighlighter(keys).Highlight(text, nil)
}

// MakeSnippets returns up to n non-overlapping passages of body, of about
// SnippetWords terms each, that hold the most distinct words of the query
// (keys; a word's two keys, see ParseQuery, count once), best first, the
// earlier first among equals. Offsets are into body. Without any match it
// returns the start of body.
func MakeSnippets(body string, keys map[string]bool, n int) []Snippet {
	return NewHighlighter(keys).Snippets(body, nil, n)
}

// A Highlighter makes the highlights and snippets of one query's hits. It
// keys a word once for all the hits (words recur from hit to hit), and
// reads a hit's terms from its TermMap when the store keeps one, without
// tokenising the text. It is not safe for concurrent use.
type Highlighter struct {
	keys   map[string]bool
	family map[string]string // key → its word (see wordOf)
	words  int               // distinct words of the keys
	hashes [256]bool         // KeyHash of the keys
	m      *matcher
	spans  termSpans
	ts     []Term
}

// NewHighlighter returns a Highlighter for the keys of a query
// (QueryNode.PositiveKeys).
func NewHighlighter(keys map[string]bool) *Highlighter {
	if keys[""] { // no term has the empty key
		keys = maps.Clone(keys)
		delete(keys, "")
	}
	h := &Highlighter{keys: keys, family: map[string]string{}, m: newMatcher(keys)}
	seen := map[string]bool{}
	for k := range keys {
		w := wordOf(k)
		h.family[k] = w
		if !seen[w] {
			seen[w] = true
			h.words++
		}
		h.hashes[KeyHash(k)] = true
	}
	return h
}

// wordOf is the word a key stands for: a noun in ة is looked for under two
// keys (رؤية: رؤيه and رؤيت, see ParseQuery), which count as one word.
func wordOf(k string) string {
	for _, suf := range []string{"ة", "ت", "ه"} {
		if w, ok := strings.CutSuffix(k, suf); ok {
			return w
		}
	}
	return k
}

// Highlight returns the spans of text whose terms have one of the keys;
// m is text's TermMap, or nil to tokenise text.
func (h *Highlighter) Highlight(text string, m TermMap) []Span {
	if len(h.keys) == 0 || text == "" {
		return nil
	}
	var out []Span
	for _, t := range h.terms(text, m) {
		if h.keys[t.Key] {
			out = append(out, Span{t.Start, t.End})
		}
	}
	return out
}

// Snippets returns the snippets of body (see MakeSnippets); m is body's
// TermMap, or nil to tokenise body.
func (h *Highlighter) Snippets(body string, m TermMap, n int) []Snippet {
	if n <= 0 || body == "" {
		return nil
	}
	var ts []Term
	if m != nil {
		ts = h.terms(body, m)
	} else {
		// The body is tokenised a chunk at a time, and no further once n
		// complete passages hold every word: none later can be better.
		ts = h.ts[:0]
		for pos := 0; pos < len(body); {
			end := chunkEnd(body, pos)
			ts = h.m.terms(ts, body[pos:end], pos)
			pos = end
			if pos < len(body) && h.complete(h.windows(ts), ts, n) {
				break
			}
		}
		h.ts = ts
	}
	if len(ts) == 0 {
		return nil
	}
	wins := h.windows(ts)
	if len(wins) == 0 {
		hi := min(len(ts), SnippetWords)
		return []Snippet{h.snippet(body, ts, 0, hi)}
	}
	sort.SliceStable(wins, func(i, j int) bool { return wins[i].distinct > wins[j].distinct })
	if len(wins) > n {
		wins = wins[:n]
	}
	out := make([]Snippet, 0, len(wins))
	for _, x := range wins {
		out = append(out, h.snippet(body, ts, x.lo, x.hi))
	}
	return out
}

// terms returns the terms of text, keyed when they hold one of the keys
// (the others with an empty key), from its TermMap m, or by tokenising
// text when m is nil or does not fit text. The slice is reused by the
// next call.
func (h *Highlighter) terms(text string, m TermMap) []Term {
	ts := h.ts[:0]
	if m == nil || m.decode(len(text), &h.spans) != nil {
		ts = h.m.terms(ts, text, 0)
		h.ts = ts
		return ts
	}
	for i, sp := range h.spans.spans {
		t := Term{Start: sp.Start, End: sp.End}
		if h.hashes[h.spans.hashes[i]] {
			t.Key = h.m.wordKey(text[sp.Start:sp.End])
		}
		ts = append(ts, t)
	}
	h.ts = ts
	return ts
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

// win is a candidate snippet: terms [lo, hi) with its distinct words.
type win struct{ lo, hi, distinct int }

// windows returns the candidate snippets of ts: each starts a few terms
// before a match, and the next one after its end.
func (h *Highlighter) windows(ts []Term) []win {
	var wins []win
	var seen []string
	for lo := 0; lo < len(ts); {
		if !h.keys[ts[lo].Key] {
			lo++
			continue
		}
		start := max(0, lo-4)
		hi := min(len(ts), start+SnippetWords)
		seen = seen[:0]
		for _, t := range ts[start:hi] {
			if w, ok := h.family[t.Key]; ok && h.keys[t.Key] && !contains(seen, w) {
				seen = append(seen, w)
			}
		}
		wins = append(wins, win{start, hi, len(seen)})
		lo = hi // next window after this one: no overlap
	}
	return wins
}

func contains(l []string, s string) bool {
	for _, x := range l {
		if x == s {
			return true
		}
	}
	return false
}

// complete reports whether n windows of ts are whole (not cut by the end of
// what is tokenised so far) and hold every word: no later one can beat them.
func (h *Highlighter) complete(wins []win, ts []Term, n int) bool {
	full := 0
	for _, w := range wins {
		if w.hi < len(ts) && w.hi-w.lo == SnippetWords && w.distinct >= h.words {
			full++
		}
	}
	return full >= n
}

func (h *Highlighter) snippet(body string, ts []Term, lo, hi int) Snippet {
	s := Snippet{Start: ts[lo].Start, End: ts[hi-1].End}
	s.Text = body[s.Start:s.End]
	for _, t := range ts[lo:hi] {
		if h.keys[t.Key] {
			s.Highlights = append(s.Highlights, Span{t.Start, t.End})
		}
	}
	return s
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
		if !hasLetterOrDigit(t.Norm) {
			continue // no key: not a term (see Terms)
		}
		key, ok := m.cache[t.Text]
		if !ok {
			key = m.key(t)
			m.cache[t.Text] = key
		}
		dst = append(dst, Term{Key: key, Start: base + t.Start, End: base + t.End})
	}
	return dst
}

// hasLetterOrDigit reports whether s holds a letter or a digit: a token
// without one has no key.
func hasLetterOrDigit(s string) bool {
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return true
		}
	}
	return false
}

// key returns the key of token t if it may be one of the keys, else "".
func (m *matcher) key(t arabic.Token) string {
	for _, k := range m.loose {
		if strings.Contains(t.Norm, k) {
			return tokenKey(t)
		}
	}
	return ""
}

// wordKey returns the key of one term's text (as a TermMap spans it) if it
// may be one of the keys, else "".
func (m *matcher) wordKey(word string) string {
	key, ok := m.cache[word]
	if ok {
		return key
	}
	if toks := arabic.Tokenize(word); len(toks) == 1 {
		key = m.key(toks[0])
	}
	m.cache[word] = key
	return key
}
