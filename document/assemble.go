package document

import (
	"strings"
	"unicode"
)

// paragraphSep separates paragraphs in Article.Body.
const paragraphSep = "\n\n"

// setBody writes blocks into a.Body, a.Paragraphs and a.Subheadings.
func setBody(a *Article, blocks []block) {
	var b strings.Builder
	a.Paragraphs = make([]Paragraph, 0, len(blocks))
	a.Subheadings = []string{}
	if a.Authors == nil {
		a.Authors = []string{}
	}
	for _, bl := range blocks {
		t := strings.TrimSpace(bl.text)
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString(paragraphSep)
		}
		p := Paragraph{Start: b.Len(), Kind: KindText}
		b.WriteString(t)
		p.End = b.Len()
		if bl.heading {
			p.Kind = KindHeading
			a.Subheadings = append(a.Subheadings, t)
		}
		a.Paragraphs = append(a.Paragraphs, p)
	}
	a.Body = b.String()
}

// maxHeadingWords is the longest line (in words) taken for a subheading.
const maxHeadingWords = 12

// headingCandidate reports whether line looks like a subheading: short,
// and either a question or without final punctuation.
func headingCandidate(line string) bool {
	n := countWords(line)
	if n == 0 || n > maxHeadingWords || strings.ContainsRune(listMarks, firstRune(line)) {
		return false
	}
	return endsQuestion(line) || !endsSentence(line)
}

// listMarks open list items, notes and quoted asides, never headings.
const listMarks = "*•·-–—(["

// firstRune is the first rune of s, or 0.
func firstRune(s string) rune {
	for _, r := range s {
		return r
	}
	return 0
}

// minLinkRun is the shortest run of headline-like lines, between
// paragraphs, that is read as a list of links to other stories.
const minLinkRun = 3

// minLinkWords is the fewest words of a line in such a run: linked
// headlines are full headlines, while fact boxes ("المدينة: لندن") and short
// lists have lines of a word or two.
const minLinkWords = 5

// dropLinkRuns removes runs of minLinkRun or more consecutive headline-like
// lines that stand between paragraphs: in a news body, such a run is the
// list of related stories a site inserts ("درنة مدينة استراتيجية…"، "طرد تنظيم
// الدولة من درنة"…), not the article's text. A run at the very end or start
// is left alone (a list there may be the article's own, e.g. a closing
// list of names).
func dropLinkRuns(blocks []block) []block {
	out := blocks[:0:0]
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && !blocks[j].heading && headingCandidate(blocks[j].text) && countWords(blocks[j].text) >= minLinkWords {
			j++
		}
		if j-i >= minLinkRun && i > 0 && j < len(blocks) && labelled(blocks[i:j]) <= 1 {
			i = j
			continue
		}
		if j == i {
			j = i + 1
		}
		out = append(out, blocks[i:j]...)
		i = j
	}
	return out
}

// labelled counts the lines of a run that carry a "label:" part. Live
// blogs ("د44: …") and fact boxes label every line; a list of linked
// headlines has at most one such line (a "Name: quote" headline).
func labelled(run []block) int {
	n := 0
	for _, b := range run {
		r := firstRune(b.text)
		if strings.ContainsAny(b.text, ":：") || unicode.IsDigit(r) {
			n++ // a numbered item ("8- كيت بلانشيت …") labels its line too
		}
	}
	return n
}

// markHeadings marks as headings the candidate lines that stand between
// paragraphs: followed by a paragraph and not preceded by another candidate
// (runs of short lines are lists, not headings).
func markHeadings(blocks []block) {
	cand := make([]bool, len(blocks))
	for i, b := range blocks {
		cand[i] = headingCandidate(b.text)
	}
	for i := range blocks {
		if !cand[i] || i+1 >= len(blocks) || cand[i+1] || (i > 0 && cand[i-1]) {
			continue
		}
		blocks[i].heading = true
	}
}

// splitLines splits text into trimmed, non-empty line blocks.
func splitLines(s string) []block {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []block
	for _, l := range strings.Split(s, "\n") {
		l = collapseSpace(l)
		if l != "" {
			out = append(out, block{text: l})
		}
	}
	return out
}
