package document

import "strings"

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
