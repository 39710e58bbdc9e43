package entity

import (
	"bufio"
	"fmt"
	"io"
	"strings"
)

// Sentence is one labelled sentence of a CoNLL file: Tokens[i] carries the
// BIO tag Tags[i] (e.g. "B-PER", "I-ORG", "O").
type Sentence struct {
	Tokens []string
	Tags   []string
}

// ReadCoNLL reads "token TAB tag" lines (or token and tag separated by
// spaces, tag last), one sentence per block, blank lines between sentences.
// Tags are checked: O, or B-/I- followed by PER, LOC, ORG or MISC (the older
// PERS is read as PER). A token may be empty (ANERcorp has a few).
func ReadCoNLL(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	var out []Sentence
	var cur Sentence
	line := 0
	flush := func() {
		if len(cur.Tokens) > 0 {
			out = append(out, cur)
		}
		cur = Sentence{}
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if strings.TrimSpace(text) == "" {
			flush()
			continue
		}
		var tok, tag string
		if i := strings.LastIndexByte(text, '\t'); i >= 0 {
			tok, tag = text[:i], text[i+1:]
			if j := strings.IndexByte(tok, '\t'); j >= 0 { // token TAB gold TAB ...: keep the first two
				tok, tag = tok[:j], strings.SplitN(text[j+1:], "\t", 2)[0]
			}
		} else if f := strings.Fields(text); len(f) >= 2 {
			tok, tag = strings.Join(f[:len(f)-1], " "), f[len(f)-1]
		} else {
			return nil, fmt.Errorf("entity: conll line %d: want token and tag", line)
		}
		tag = strings.TrimSpace(tag)
		norm, ok := canonicalTag(tag)
		if !ok {
			return nil, fmt.Errorf("entity: conll line %d: bad tag %q", line, tag)
		}
		cur.Tokens = append(cur.Tokens, tok)
		cur.Tags = append(cur.Tags, norm)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("entity: read conll: %w", err)
	}
	flush()
	return out, nil
}

// canonicalTag validates a BIO tag and renames PERS to PER.
func canonicalTag(tag string) (string, bool) {
	if tag == "O" {
		return tag, true
	}
	if len(tag) < 3 || (tag[0] != 'B' && tag[0] != 'I') || tag[1] != '-' {
		return "", false
	}
	typ := tag[2:]
	if typ == "PERS" {
		typ = PER
	}
	switch typ {
	case PER, LOC, ORG, MISC:
		return tag[:2] + typ, true
	}
	return "", false
}

// WriteCoNLL writes sentences as "token TAB gold TAB predicted" lines with a
// blank line after each sentence. pred[i] holds the predicted tags of
// sents[i]; a nil pred writes only token and gold.
func WriteCoNLL(w io.Writer, sents []Sentence, pred [][]string) error {
	bw := bufio.NewWriter(w)
	for i, s := range sents {
		for j, tok := range s.Tokens {
			bw.WriteString(tok)
			bw.WriteByte('\t')
			bw.WriteString(s.Tags[j])
			if pred != nil {
				bw.WriteByte('\t')
				bw.WriteString(pred[i][j])
			}
			bw.WriteByte('\n')
		}
		bw.WriteByte('\n')
	}
	if err := bw.Flush(); err != nil {
		return fmt.Errorf("entity: write conll: %w", err)
	}
	return nil
}
