package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
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
	return endsQuestion(line) || !endsSentence(line) || (endsOnQuotedWords(line) && !opensWithWaw(line))
}

// endsOnQuotedWords reports whether s ends with a closing quotation mark
// that no sentence punctuation precedes: the quoted words of a headline
// (زعيم المعارضة يدعو إلى "إنقاذ مالي"), not a quoted sentence ("… انتهى.").
// In the news corpus (ANT 2018), 1,057 of the 1,077 lines of 12 words or
// fewer that end so and stand between paragraphs are headlines, linked or
// not; the 20 prose lines among them open with the conjunction و, hence
// opensWithWaw beside it.
func endsOnQuotedWords(s string) bool {
	s = strings.TrimRightFunc(s, unicode.IsSpace)
	r, size := utf8.DecodeLastRuneInString(s)
	if r != '"' && r != '”' && r != '»' {
		return false
	}
	switch lastRune(s[:len(s)-size]) {
	case 0, '.', '!', '?', '؟', '…', '،', ',', ':':
		return false
	}
	return true
}

// opensWithWaw reports whether s begins with the letter و: the
// conjunction that joins a paragraph to the one before, or the first letter
// of a noun (وزير، واشنطن): 2.8% of the corpus titles open with it, 76% of
// its body paragraphs.
func opensWithWaw(s string) bool { return firstRune(s) == 'و' }

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

// minLinkPair is the shortest such run when none of its lines opens with
// the conjunction و: two headlines in a row between paragraphs are the
// related-story links BBC Arabic pages insert (of the BBC lines in the
// corpus that are the title of another corpus article, 575 stand in runs
// of two or more), while two short unpunctuated prose lines in a row open
// with و (see opensWithWaw).
const minLinkPair = 2

// minLinkWords is the fewest words of a line in such a run: linked
// headlines are full headlines, while fact boxes ("المدينة: لندن") and short
// lists have lines of a word or two.
const minLinkWords = 5

// dropLinkRuns removes runs of minLinkRun or more consecutive headline-like
// lines (minLinkPair when none opens with و) that stand between paragraphs: in a news body, such a run is the
// list of related stories a site inserts ("درنة مدينة استراتيجية…"، "طرد تنظيم
// الدولة من درنة"…), not the article's text. A run at the very end or start
// is left alone (a list there may be the article's own, e.g. a closing
// list of names).
func dropLinkRuns(blocks []block) []block {
	out := blocks[:0:0]
	for i := 0; i < len(blocks); {
		j := i
		waw := false
		for j < len(blocks) && !blocks[j].heading && headingCandidate(blocks[j].text) && countWords(blocks[j].text) >= minLinkWords {
			waw = waw || opensWithWaw(blocks[j].text)
			j++
		}
		between := i > 0 && j < len(blocks) && labelled(blocks[i:j]) <= max(1, (j-i)/2)
		if between && (j-i >= minLinkRun || (j-i >= minLinkPair && !waw && linkPair(blocks[i-1:j]))) {
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

// linkPair reports whether a run of two headline-like lines, given with
// the paragraph before it, reads as linked headlines rather than the lines
// of a list, a poem or a letter that a paragraph announces ("قال الشاعر:"),
// or two questions an explainer answers: the paragraph before does not end
// with a colon, no line is labelled or numbered, and at most one is a
// question. In the news corpus these conditions keep the 7 pairs of
// non-BBC records that are not links.
func linkPair(run []block) bool {
	if len(run) == 0 || lastRune(run[0].text) == ':' {
		return false
	}
	questions := 0
	for _, b := range run[1:] {
		if endsQuestion(b.text) {
			questions++
		}
	}
	return questions <= 1 && labelled(run[1:]) == 0
}

// labelled counts the lines of a run that carry a "label:" part. Live
// blogs ("د44: …") and fact boxes label every line; in a list of linked
// headlines at most one line in two is labelled (a "Name: quote" headline).
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

// splitLines splits text into trimmed, non-empty line blocks, marking
// those that follow a blank line (white space only, NBSP included).
func splitLines(s string) []block {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	var out []block
	gap := false
	for _, l := range strings.Split(s, "\n") {
		l = collapseSpace(l)
		if l == "" {
			gap = true
			continue
		}
		out = append(out, block{text: l, gap: gap})
		gap = false
	}
	return out
}
