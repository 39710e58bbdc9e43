package dict

import (
	"bufio"
	"fmt"
	"io"
	"strings"
	"time"
)

// Entry is one actor of the UniversalPetrarch actor dictionary: its
// (lemmatised, underscore-joined) name and its codes with date ranges.
type Entry struct {
	Name  string
	Spans []Span
}

// ParseActors reads a UniversalPetrarch actor dictionary. A line that does
// not start with "[" (after white space) names an actor; codes follow on the
// same line or on indented lines of their own, as "[CODE]",
// "[CODE YYYYMMDD-YYYYMMDD]", "[CODE >YYYYMMDD]" or "[CODE <YYYYMMDD]". An end
// date before the start date (the dictionary's 18000101) means "open". "#"
// starts a comment. Malformed codes are skipped; entries left without a code
// are dropped.
func ParseActors(r io.Reader) ([]Entry, error) {
	var out []Entry
	cur := -1
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		t := strings.TrimSpace(line)
		if t == "" {
			continue
		}
		if !strings.HasPrefix(t, "[") {
			name := t
			if i := strings.IndexByte(t, '['); i >= 0 {
				name = strings.TrimSpace(t[:i])
				t = t[i:]
			} else {
				t = ""
			}
			out = append(out, Entry{Name: name})
			cur = len(out) - 1
		}
		if cur < 0 {
			continue
		}
		for _, b := range brackets(t) {
			if sp, ok := parseUPCode(b); ok {
				out[cur].Spans = append(out[cur].Spans, sp)
			}
		}
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actor: read actor dictionary: %w", err)
	}
	kept := out[:0]
	for _, e := range out {
		if len(e.Spans) > 0 && strings.Trim(e.Name, "_ ") != "" {
			kept = append(kept, e)
		}
	}
	return kept, nil
}

// brackets returns the contents of each [...] group in s.
func brackets(s string) []string {
	var out []string
	for {
		i := strings.IndexByte(s, '[')
		if i < 0 {
			return out
		}
		j := strings.IndexByte(s[i:], ']')
		if j < 0 {
			return out
		}
		out = append(out, s[i+1:i+j])
		s = s[i+j+1:]
	}
}

func parseUPCode(b string) (Span, bool) {
	f := strings.Fields(b)
	if len(f) == 0 || !ValidCode(f[0]) {
		return Span{}, false
	}
	sp := Span{Code: f[0]}
	rest := strings.Join(f[1:], "")
	switch {
	case rest == "":
		return sp, true
	case strings.HasPrefix(rest, ">"):
		d, err := time.Parse("20060102", rest[1:])
		if err != nil {
			return Span{}, false
		}
		sp.From = d
	case strings.HasPrefix(rest, "<"):
		d, err := time.Parse("20060102", rest[1:])
		if err != nil {
			return Span{}, false
		}
		sp.To = d
	default:
		a, z, ok := strings.Cut(rest, "-")
		if !ok {
			return Span{}, false
		}
		from, err1 := time.Parse("20060102", a)
		to, err2 := time.Parse("20060102", z)
		if err1 != nil || err2 != nil {
			return Span{}, false
		}
		sp.From = from
		if !to.Before(from) {
			sp.To = to
		}
	}
	return sp, true
}

// Agent is one agent (role or sector word) of a UniversalPetrarch agent
// dictionary: an Arabic phrase and its sector code (GOV, MIL, GOVMIL...).
type Agent struct {
	Phrase string
	Code   string
}

// ParseAgents reads a UniversalPetrarch Arabic agent dictionary in either of
// its two layouts: "ENGLISH_KEY {plural} [~SEC]arabic phrase # note"
// (agents.all.ar.txt) or "arabic_lemma [~SEC]" (agents.all.ar_v3.txt). The
// code may be written "[~SEC]" or "[SEC~]". Lines without an Arabic phrase or
// a well-formed code are skipped.
func ParseAgents(r io.Reader) ([]Agent, error) {
	var out []Agent
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64*1024), 1024*1024)
	for sc.Scan() {
		line := sc.Text()
		if i := strings.IndexByte(line, '#'); i >= 0 {
			line = line[:i]
		}
		i := strings.IndexByte(line, '[')
		if i < 0 {
			continue
		}
		j := strings.IndexByte(line[i:], ']')
		if j < 0 {
			continue
		}
		code := strings.Trim(line[i+1:i+j], "~ ")
		if !ValidCode(code) {
			continue
		}
		phrase := arabicPart(line[i+j+1:])
		if phrase == "" {
			phrase = arabicPart(line[:i])
		}
		if phrase == "" {
			continue
		}
		out = append(out, Agent{Phrase: phrase, Code: code})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("actor: read agent dictionary: %w", err)
	}
	return out, nil
}

// arabicPart returns s trimmed when it contains Arabic letters, else "".
func arabicPart(s string) string {
	for _, r := range s {
		if r >= 0x0600 && r <= 0x06FF {
			return strings.TrimSpace(strings.ReplaceAll(s, "_", " "))
		}
	}
	return ""
}
