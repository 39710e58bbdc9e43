package sqlite

import (
	"strings"

	"github.com/marsad/marsad/store"
)

// matchExpr renders a parsed query as an FTS5 MATCH expression. Keys hold
// only letters and digits, but are quoted anyway so no key can be read as
// an FTS5 operator.
func matchExpr(n *store.QueryNode) string {
	switch n.Kind {
	case store.QueryWord, store.QueryPhrase:
		return quote(strings.Join(n.Keys, " "))
	case store.QueryOr:
		parts := make([]string, len(n.Children))
		for i, c := range n.Children {
			parts[i] = matchExpr(c)
		}
		return "(" + strings.Join(parts, " OR ") + ")"
	case store.QueryAnd:
		var pos, neg []string
		for _, c := range n.Children {
			if c.Kind == store.QueryNot {
				neg = append(neg, matchExpr(c.Children[0]))
			} else {
				pos = append(pos, matchExpr(c))
			}
		}
		s := "(" + strings.Join(pos, " AND ") + ")"
		for _, x := range neg {
			s = "(" + s + " NOT " + x + ")"
		}
		return s
	}
	return `""` // QueryNot alone is rejected by store.ParseQuery
}

func quote(s string) string { return `"` + strings.ReplaceAll(s, `"`, `""`) + `"` }
