package store

import (
	"sort"
	"strings"

	"github.com/marsad/marsad/arabic"
)

// SnippetWords is the length of a snippet, in terms.
const SnippetWords = 32

// Highlight returns the spans of text whose terms have a key in keys.
func Highlight(text string, keys map[string]bool) []Span {
	var out []Span
	for _, t := range matchTerms(text, keys) {
		if keys[t.Key] {
			out = append(out, Span{t.Start, t.End})
		}
	}
	return out
}

// matchTerms is Terms for highlighting: a word's key is computed only when
// some key in keys occurs inside its normalised form (a key is its word's
// normalised form less clitics and affixes), other words get an empty key.
// Stemming every word of every hit would dominate search time.
func matchTerms(text string, keys map[string]bool) []Term {
	toks := arabic.Tokenize(text)
	out := make([]Term, 0, len(toks))
	cache := map[string]string{}
	for _, t := range toks {
		switch t.Kind {
		case arabic.Word, arabic.Number, arabic.Latin, arabic.Hashtag:
		default:
			continue
		}
		key, ok := cache[t.Text]
		if !ok {
			for k := range keys {
				if strings.Contains(t.Norm, arabic.Normalize(strings.TrimPrefix(k, FunctionMark))) {
					key = tokenKey(t)
					break
				}
			}
			cache[t.Text] = key
		}
		out = append(out, Term{Key: key, Start: t.Start, End: t.End})
	}
	return out
}

// MakeSnippets returns up to n non-overlapping passages of body, of about
// SnippetWords terms each, that hold the most distinct keys, best first
// (then in text order for ties). Offsets are into body. Without any match it
// returns the start of body.
func MakeSnippets(body string, keys map[string]bool, n int) []Snippet {
	if n <= 0 || body == "" {
		return nil
	}
	ts := matchTerms(body, keys)
	if len(ts) == 0 {
		return nil
	}
	type win struct{ lo, hi, distinct, hits int }
	var wins []win
	w := SnippetWords
	for lo := 0; lo < len(ts); {
		if !keys[ts[lo].Key] {
			lo++
			continue
		}
		// A window starting a few terms before this match.
		start := max(0, lo-4)
		hi := min(len(ts), start+w)
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
	if len(wins) == 0 {
		hi := min(len(ts), w)
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
