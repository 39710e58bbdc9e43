package store

import "slices"

// Matches reports whether text matches the parsed query n, with the
// semantics every store gives its full-text index: a word matches any term
// of text with its key (see Terms), a phrase its keys in sequence, AND all
// children (a NOT child excluding), OR any child. A nil query matches
// everything.
//
// Only the words of text that hold one of the query's keys in their
// normalised form are stemmed (a key is its word's normalised form less
// affixes, as for highlighting): stemming every word costs several times
// more, and quote search matches thousands of quotes.
func (n *QueryNode) Matches(text string) bool {
	if n == nil {
		return true
	}
	return n.MatchTerms(newMatcher(n.allKeys()).terms(nil, text, 0))
}

// allKeys returns every key of the query, those it excludes included.
func (n *QueryNode) allKeys() map[string]bool {
	keys := map[string]bool{}
	var walk func(*QueryNode)
	walk = func(n *QueryNode) {
		for _, k := range n.Keys {
			keys[k] = true
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	walk(n)
	return keys
}

// MatchTerms is Matches over text already split by Terms.
func (n *QueryNode) MatchTerms(terms []Term) bool {
	if n == nil {
		return true
	}
	switch n.Kind {
	case QueryWord:
		return slices.ContainsFunc(terms, func(t Term) bool { return t.Key == n.Keys[0] })
	case QueryPhrase:
		for i := 0; i+len(n.Keys) <= len(terms); i++ {
			ok := true
			for j, k := range n.Keys {
				if terms[i+j].Key != k {
					ok = false
					break
				}
			}
			if ok {
				return true
			}
		}
		return false
	case QueryOr:
		return slices.ContainsFunc(n.Children, func(c *QueryNode) bool { return c.MatchTerms(terms) })
	case QueryNot:
		return !n.Children[0].MatchTerms(terms)
	}
	for _, c := range n.Children { // QueryAnd
		if !c.MatchTerms(terms) {
			return false
		}
	}
	return true
}

// Positive returns the query without its negations (NOT a, -a): what a
// text must match for some part of it to match n. A store narrows quote
// search to the articles whose full-text index matches n.Positive(), then
// checks each quote with Matches; an article can hold an excluded word
// outside the quote. It returns nil for nil.
func (n *QueryNode) Positive() *QueryNode {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case QueryWord, QueryPhrase:
		return n
	case QueryNot:
		return nil // only inside AND, beside a positive part (ParseQuery checks)
	}
	c := &QueryNode{Kind: n.Kind}
	for _, k := range n.Children {
		if p := k.Positive(); p != nil {
			c.Children = append(c.Children, p)
		}
	}
	if len(c.Children) == 1 {
		return c.Children[0]
	}
	return c
}
