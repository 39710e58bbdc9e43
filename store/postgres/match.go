package postgres

import (
	"fmt"
	"strings"

	"github.com/marsad/marsad/store"
)

// tsQuery renders a parsed query (see store.ParseQuery) as a tsquery
// literal over the same keys as tsvector: a word is a quoted lexeme, a
// phrase its lexemes joined by <-> (followed by), AND is &, OR is |, and
// NOT is ! on the excluded part. A word too long for a tsquery is
// reported as store.ErrInvalid.
func tsQuery(n *store.QueryNode) (string, error) {
	switch n.Kind {
	case store.QueryWord, store.QueryPhrase:
		parts := make([]string, len(n.Keys))
		for i, k := range n.Keys {
			if len(k) > maxLexemeBytes {
				return "", fmt.Errorf("%w: word longer than %d bytes", store.ErrInvalid, maxLexemeBytes)
			}
			parts[i] = quoteLexeme(k)
		}
		if len(parts) == 1 {
			return parts[0], nil
		}
		return "(" + strings.Join(parts, " <-> ") + ")", nil
	case store.QueryOr:
		return join(n.Children, " | ")
	case store.QueryAnd:
		var pos, neg []*store.QueryNode
		for _, c := range n.Children {
			if c.Kind == store.QueryNot {
				neg = append(neg, c.Children[0])
			} else {
				pos = append(pos, c)
			}
		}
		if len(pos) == 0 {
			return "", fmt.Errorf("%w: query needs a positive word beside NOT", store.ErrInvalid)
		}
		s, err := join(pos, " & ")
		if err != nil {
			return "", err
		}
		for _, c := range neg {
			x, err := tsQuery(c)
			if err != nil {
				return "", err
			}
			s = "(" + s + " & !" + x + ")"
		}
		return s, nil
	}
	// A lone QueryNot is rejected by store.ParseQuery.
	return "", fmt.Errorf("%w: query needs a positive word beside NOT", store.ErrInvalid)
}

// join renders nodes joined by op, in parentheses when there are several.
func join(ns []*store.QueryNode, op string) (string, error) {
	parts := make([]string, len(ns))
	for i, c := range ns {
		s, err := tsQuery(c)
		if err != nil {
			return "", err
		}
		parts[i] = s
	}
	if len(parts) == 1 {
		return parts[0], nil
	}
	return "(" + strings.Join(parts, op) + ")", nil
}
