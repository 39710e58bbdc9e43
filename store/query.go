package store

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// QueryKind is the kind of a QueryNode.
type QueryKind uint8

// Kinds of query node.
const (
	QueryWord   QueryKind = iota // one word: Keys has one key
	QueryPhrase                  // words in sequence: Keys in order
	QueryAnd                     // all Children (Not children exclude)
	QueryOr                      // any of Children
	QueryNot                     // excludes its one child; only inside And
)

// MaxQueryBytes and MaxQueryDepth bound what ParseQuery accepts.
const (
	MaxQueryBytes = 4096
	MaxQueryDepth = 32
)

// QueryNode is a parsed search query (see ParseQuery).
type QueryNode struct {
	Kind     QueryKind
	Text     string   // the words as written (Word, Phrase)
	Keys     []string // search keys (Word, Phrase), see Terms
	Children []*QueryNode
}

// ParseQuery parses the search language:
//
//	word            documents with the word (any form: see Terms)
//	"a phrase"      the words in this order
//	a b, a AND b    both
//	a OR b          either
//	NOT a, -a       without a (only beside a positive part)
//	( ... )         grouping
//
// Operators are upper-case. Parsing is lenient about unbalanced quotes and
// parentheses. It returns nil and no error for a query without any word,
// and an error wrapping ErrInvalid for a query that is too long or too
// deep, or that has no positive part (NOT a, a OR -b).
func ParseQuery(s string) (*QueryNode, error) {
	if len(s) > MaxQueryBytes {
		return nil, fmt.Errorf("%w: query longer than %d bytes", ErrInvalid, MaxQueryBytes)
	}
	p := &parser{toks: lex(s)}
	var parts []*QueryNode
	for p.i < len(p.toks) {
		n, err := p.or(0)
		if err != nil {
			return nil, err
		}
		parts = append(parts, n)
		if p.i < len(p.toks) { // a stray ")"
			p.i++
		}
	}
	root := dropStopwords(simplify(&QueryNode{Kind: QueryAnd, Children: parts}))
	if root == nil {
		return nil, nil
	}
	if err := root.check(true); err != nil {
		return nil, err
	}
	return root, nil
}

// PositiveKeys returns the keys of the words the query looks for (not
// those it excludes), for highlighting.
func (n *QueryNode) PositiveKeys() map[string]bool {
	keys := map[string]bool{}
	var walk func(*QueryNode)
	walk = func(n *QueryNode) {
		switch n.Kind {
		case QueryNot:
			return
		case QueryWord, QueryPhrase:
			for _, k := range n.Keys {
				keys[k] = true
			}
		}
		for _, c := range n.Children {
			walk(c)
		}
	}
	if n != nil {
		walk(n)
	}
	return keys
}

// String renders the node in the query language (with keys, not words).
func (n *QueryNode) String() string {
	switch n.Kind {
	case QueryWord:
		return n.Keys[0]
	case QueryPhrase:
		return `"` + strings.Join(n.Keys, " ") + `"`
	case QueryNot:
		return "NOT " + n.Children[0].String()
	}
	parts := make([]string, len(n.Children))
	for i, c := range n.Children {
		parts[i] = c.String()
	}
	op := " "
	if n.Kind == QueryOr {
		op = " OR "
	}
	return "(" + strings.Join(parts, op) + ")"
}

// check rejects negative-only groups and negations outside And.
func (n *QueryNode) check(top bool) error {
	switch n.Kind {
	case QueryNot:
		return fmt.Errorf("%w: query needs a positive word beside NOT", ErrInvalid)
	case QueryAnd:
		pos := 0
		for _, c := range n.Children {
			if c.Kind == QueryNot {
				if err := c.Children[0].check(false); err != nil {
					return err
				}
				continue
			}
			pos++
			if err := c.check(false); err != nil {
				return err
			}
		}
		if pos == 0 {
			return fmt.Errorf("%w: query needs a positive word beside NOT", ErrInvalid)
		}
	case QueryOr:
		for _, c := range n.Children {
			if err := c.check(false); err != nil {
				return err
			}
		}
	}
	return nil
}

// dropStopwords removes function words (IsFunctionWord: في، من، على ...)
// from AND groups that keep another positive part: they match nearly every
// article, so they cost much and select nothing. A query of stop words only,
// and stop words inside phrases or OR groups, are kept.
func dropStopwords(n *QueryNode) *QueryNode {
	if n == nil {
		return nil
	}
	for i, c := range n.Children {
		n.Children[i] = dropStopwords(c)
	}
	if n.Kind != QueryAnd {
		return n
	}
	stop := func(c *QueryNode) bool { return c.Kind == QueryWord && IsFunctionWord(c.Text) }
	content := 0
	for _, c := range n.Children {
		if c.Kind != QueryNot && !stop(c) {
			content++
		}
	}
	if content == 0 {
		return n
	}
	kids := n.Children[:0]
	for _, c := range n.Children {
		if !stop(c) {
			kids = append(kids, c)
		}
	}
	n.Children = kids
	if len(kids) == 1 {
		return kids[0]
	}
	return n
}

// simplify drops empty nodes and flattens one-child groups and nested
// groups of the same kind.
func simplify(n *QueryNode) *QueryNode {
	if n == nil {
		return nil
	}
	switch n.Kind {
	case QueryWord, QueryPhrase:
		if len(n.Keys) == 0 {
			return nil
		}
		return n
	case QueryNot:
		c := simplify(n.Children[0])
		if c == nil {
			return nil
		}
		if c.Kind == QueryNot { // NOT NOT a = a
			return c.Children[0]
		}
		return &QueryNode{Kind: QueryNot, Children: []*QueryNode{c}}
	}
	var kids []*QueryNode
	for _, c := range n.Children {
		c = simplify(c)
		switch {
		case c == nil:
		case c.Kind == n.Kind:
			kids = append(kids, c.Children...)
		default:
			kids = append(kids, c)
		}
	}
	switch len(kids) {
	case 0:
		return nil
	case 1:
		return kids[0]
	}
	return &QueryNode{Kind: n.Kind, Children: kids}
}

type tokKind uint8

const (
	tWord tokKind = iota
	tPhrase
	tOpen
	tClose
	tMinus
	tAnd
	tOr
	tNot
)

type tok struct {
	kind tokKind
	text string
}

func lex(s string) []tok {
	var out []tok
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsSpace(r):
			i += size
		case r == '(':
			out = append(out, tok{kind: tOpen})
			i += size
		case r == ')':
			out = append(out, tok{kind: tClose})
			i += size
		case r == '"' || r == '“' || r == '”' || r == '«' || r == '»':
			j := i + size
			end := strings.IndexAny(s[j:], "\"“”«»")
			if end < 0 {
				end = len(s) - j
			}
			out = append(out, tok{kind: tPhrase, text: s[j : j+end]})
			i = j + end
			if i < len(s) {
				_, sz := utf8.DecodeRuneInString(s[i:])
				i += sz
			}
		case r == '-' && i+size < len(s) && !unicode.IsSpace(rune(s[i+size])) && (i == 0 || unicode.IsSpace(rune(s[i-1])) || s[i-1] == '('):
			out = append(out, tok{kind: tMinus})
			i += size
		default:
			j := i
			for j < len(s) {
				r2, sz := utf8.DecodeRuneInString(s[j:])
				if unicode.IsSpace(r2) || strings.ContainsRune("()\"“”«»", r2) {
					break
				}
				j += sz
			}
			w := s[i:j]
			switch w {
			case "AND":
				out = append(out, tok{kind: tAnd})
			case "OR":
				out = append(out, tok{kind: tOr})
			case "NOT":
				out = append(out, tok{kind: tNot})
			default:
				out = append(out, tok{kind: tWord, text: w})
			}
			i = j
		}
	}
	return out
}

type parser struct {
	toks []tok
	i    int
}

func (p *parser) peek() (tokKind, bool) {
	if p.i >= len(p.toks) {
		return 0, false
	}
	return p.toks[p.i].kind, true
}

func (p *parser) or(depth int) (*QueryNode, error) {
	if depth > MaxQueryDepth {
		return nil, fmt.Errorf("%w: query nested deeper than %d", ErrInvalid, MaxQueryDepth)
	}
	n := &QueryNode{Kind: QueryOr}
	for {
		a, err := p.and(depth)
		if err != nil {
			return nil, err
		}
		n.Children = append(n.Children, a)
		if k, ok := p.peek(); ok && k == tOr {
			p.i++
			continue
		}
		return n, nil
	}
}

func (p *parser) and(depth int) (*QueryNode, error) {
	n := &QueryNode{Kind: QueryAnd}
	for {
		k, ok := p.peek()
		if !ok || k == tClose || k == tOr {
			return n, nil
		}
		if k == tAnd {
			p.i++
			continue
		}
		u, err := p.unary(depth)
		if err != nil {
			return nil, err
		}
		n.Children = append(n.Children, u)
	}
}

func (p *parser) unary(depth int) (*QueryNode, error) {
	k, ok := p.peek()
	if !ok {
		return nil, nil
	}
	if k == tNot || k == tMinus {
		if depth > MaxQueryDepth {
			return nil, fmt.Errorf("%w: query nested deeper than %d", ErrInvalid, MaxQueryDepth)
		}
		p.i++
		c, err := p.unary(depth + 1)
		if err != nil || c == nil {
			return nil, err
		}
		return &QueryNode{Kind: QueryNot, Children: []*QueryNode{c}}, nil
	}
	t := p.toks[p.i]
	p.i++
	switch t.kind {
	case tOpen:
		n, err := p.or(depth + 1)
		if err != nil {
			return nil, err
		}
		if k, ok := p.peek(); ok && k == tClose {
			p.i++
		}
		return n, nil
	case tWord, tPhrase:
		return words(t.text, t.kind == tPhrase), nil
	}
	return nil, nil // stray operator: ignored
}

// words turns written words into a Word or Phrase node (nil if no key).
func words(text string, phrase bool) *QueryNode {
	ts := Terms(text)
	if len(ts) == 0 {
		return nil
	}
	keys := make([]string, len(ts))
	for i, t := range ts {
		keys[i] = t.Key
	}
	if len(keys) == 1 {
		w := &QueryNode{Kind: QueryWord, Text: text, Keys: keys}
		if k := possessiveKey(text, keys[0]); k != "" {
			// A noun in ة is written with ت before a possessive pronoun
			// (رؤية, رؤيته), which the stemmer cannot undo: look for both.
			return &QueryNode{Kind: QueryOr, Children: []*QueryNode{w, {Kind: QueryWord, Text: text, Keys: []string{k}}}}
		}
		return w
	}
	_ = phrase // several terms in one written word are a phrase too
	return &QueryNode{Kind: QueryPhrase, Text: text, Keys: keys}
}
