package ud

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// ErrFormat is wrapped by every error about malformed CoNLL-U input.
var ErrFormat = errors.New("ud: malformed CoNLL-U")

// Word is one syntactic word (a CoNLL-U line with an integer ID).
type Word struct {
	ID    int    // 1-based position in the sentence
	Form  string // FORM
	Lemma string // LEMMA
	UPOS  string // universal part of speech
	XPOS  string // language-specific part of speech
	Feats string // FEATS, "_" or Name=Value|… sorted by name
	Head  int    // HEAD: 0 for the root
	Rel   string // DEPREL
	Deps  string // DEPS
	Misc  string // MISC
}

// MWT is a multiword token: the surface word that the syntactic words
// First..Last (inclusive IDs) were split from, as a CoNLL-U range line.
type MWT struct {
	First, Last int
	Form        string
	Misc        string
}

// Sentence is one CoNLL-U sentence.
type Sentence struct {
	Comments []string // comment lines without the leading "# "
	Words    []Word
	MWTs     []MWT // ordered by First
}

// Comment returns the value of a "# key = value" comment (or of a
// "# key value" comment, as UD v1 files write some), or "".
func (s *Sentence) Comment(key string) string {
	for _, c := range s.Comments {
		k, v, ok := strings.Cut(c, "=")
		if !ok {
			k, v, ok = strings.Cut(c, " ")
		}
		if ok && strings.TrimSpace(k) == key {
			return strings.TrimSpace(v)
		}
	}
	return ""
}

// SpaceAfter reports whether the MISC field allows a space after the word
// or token (no SpaceAfter=No).
func SpaceAfter(misc string) bool {
	for f := range strings.SplitSeq(misc, "|") {
		if f == "SpaceAfter=No" {
			return false
		}
	}
	return true
}

// maxLine bounds one CoNLL-U line (a word with a very long MISC field).
const maxLine = 1 << 20

// Read parses CoNLL-U from r. Empty nodes (IDs such as 3.1) are skipped. A
// malformed line gives an error wrapping ErrFormat that names the line.
func Read(r io.Reader) ([]Sentence, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	var (
		out  []Sentence
		cur  Sentence
		line int
	)
	flush := func() error {
		if len(cur.Words) == 0 && len(cur.MWTs) == 0 {
			cur = Sentence{}
			return nil
		}
		if err := check(&cur); err != nil {
			return fmt.Errorf("%w: sentence ending at line %d: %v", ErrFormat, line, err)
		}
		out = append(out, cur)
		cur = Sentence{}
		return nil
	}
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		switch {
		case strings.TrimSpace(text) == "":
			if err := flush(); err != nil {
				return nil, err
			}
			continue
		case strings.HasPrefix(text, "#"):
			cur.Comments = append(cur.Comments, strings.TrimSpace(strings.TrimPrefix(text, "#")))
			continue
		}
		cols := strings.Split(text, "\t")
		if len(cols) != 10 {
			return nil, fmt.Errorf("%w: line %d: %d columns, want 10", ErrFormat, line, len(cols))
		}
		id := cols[0]
		if strings.Contains(id, ".") {
			continue // empty node of the enhanced graph
		}
		if a, b, ok := strings.Cut(id, "-"); ok {
			first, err1 := strconv.Atoi(a)
			last, err2 := strconv.Atoi(b)
			if err1 != nil || err2 != nil || first < 1 || last < first {
				return nil, fmt.Errorf("%w: line %d: bad range %q", ErrFormat, line, id)
			}
			cur.MWTs = append(cur.MWTs, MWT{First: first, Last: last, Form: cols[1], Misc: cols[9]})
			continue
		}
		n, err := strconv.Atoi(id)
		if err != nil || n != len(cur.Words)+1 {
			return nil, fmt.Errorf("%w: line %d: word ID %q, want %d", ErrFormat, line, id, len(cur.Words)+1)
		}
		head := -1
		if cols[6] != "_" {
			if head, err = strconv.Atoi(cols[6]); err != nil || head < 0 {
				return nil, fmt.Errorf("%w: line %d: bad head %q", ErrFormat, line, cols[6])
			}
		}
		cur.Words = append(cur.Words, Word{ID: n, Form: cols[1], Lemma: cols[2], UPOS: cols[3], XPOS: cols[4],
			Feats: cols[5], Head: head, Rel: cols[7], Deps: cols[8], Misc: cols[9]})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("ud: line %d: %w", line+1, err)
	}
	if err := flush(); err != nil {
		return nil, err
	}
	return out, nil
}

// check validates heads and ranges of one sentence.
func check(s *Sentence) error {
	n := len(s.Words)
	if n == 0 {
		return errors.New("a range without words")
	}
	for _, w := range s.Words {
		if w.Head > n {
			return fmt.Errorf("word %d: head %d beyond the sentence", w.ID, w.Head)
		}
	}
	prev := 0
	for _, m := range s.MWTs {
		if m.First <= prev || m.Last > n {
			return fmt.Errorf("range %d-%d overlaps or goes beyond the sentence", m.First, m.Last)
		}
		prev = m.Last
	}
	return nil
}

// Write prints sentences as CoNLL-U.
func Write(w io.Writer, sents []Sentence) error {
	bw := bufio.NewWriter(w)
	for i := range sents {
		writeSentence(bw, &sents[i])
	}
	return bw.Flush()
}

func writeSentence(w *bufio.Writer, s *Sentence) {
	for _, c := range s.Comments {
		w.WriteString("# ")
		w.WriteString(c)
		w.WriteByte('\n')
	}
	m := 0
	for _, wd := range s.Words {
		for m < len(s.MWTs) && s.MWTs[m].First == wd.ID {
			r := s.MWTs[m]
			fmt.Fprintf(w, "%d-%d\t%s\t_\t_\t_\t_\t_\t_\t_\t%s\n", r.First, r.Last, field(r.Form), field(r.Misc))
			m++
		}
		head := "_"
		if wd.Head >= 0 {
			head = strconv.Itoa(wd.Head)
		}
		fmt.Fprintf(w, "%d\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n", wd.ID, field(wd.Form), field(wd.Lemma),
			field(wd.UPOS), field(wd.XPOS), field(wd.Feats), head, field(wd.Rel), field(wd.Deps), field(wd.Misc))
	}
	w.WriteByte('\n')
}

// field makes a value safe for one CoNLL-U column: empty becomes "_",
// tabs and line breaks become spaces.
func field(s string) string {
	if s == "" {
		return "_"
	}
	if strings.ContainsAny(s, "\t\n\r") {
		s = strings.NewReplacer("\t", " ", "\n", " ", "\r", " ").Replace(s)
	}
	return s
}

// Text returns the sentence text: the "text" comment when there is one,
// otherwise the tokens (multiword tokens as one) joined as their
// SpaceAfter marks say.
func (s *Sentence) Text() string {
	if t := s.Comment("text"); t != "" {
		return t
	}
	return s.SurfaceText()
}

// SurfaceText is the sentence as its tokens spell it (multiword tokens as
// one word), joined as their SpaceAfter marks say, whatever the "text"
// comment says.
func (s *Sentence) SurfaceText() string {
	var b strings.Builder
	s.surface(func(form string, space bool) {
		b.WriteString(form)
		if space {
			b.WriteByte(' ')
		}
	})
	return strings.TrimRight(b.String(), " ")
}

// surface calls f for every surface token: a multiword token or a word
// outside any range, with whether a space follows it.
func (s *Sentence) surface(f func(form string, space bool)) {
	m := 0
	for i := 0; i < len(s.Words); i++ {
		w := s.Words[i]
		if m < len(s.MWTs) && s.MWTs[m].First == w.ID {
			r := s.MWTs[m]
			f(r.Form, SpaceAfter(r.Misc))
			i = r.Last - 1
			m++
			continue
		}
		f(w.Form, SpaceAfter(w.Misc))
	}
}
