package document

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// A box of related-story teasers closes many saved news pages: the first
// paragraph (lede) of each of a few other stories, cut to a fixed length,
// pasted after the article's last paragraph with nothing to mark it. It is
// found by what such a box is made of, not by its words:
//
//   - ledes: each paragraph opens a story of its own, so it does not open
//     with a word that continues the text before it (و، ف، لكن، كما، أما،
//     يذكر، من جانبه …: lexicon/openers.txt), and it is a full sentence
//     (9 words or more, one sentence) no longer than a cut description,
//     not an item of a list ("الدفاع: …", "المجموعة ب - …");
//   - cut: at least one of them is a long paragraph that stops without
//     final punctuation, which prose paragraphs almost never do;
//   - or set apart: a blank line stands before the box.
//
// Corpus evidence (ANT 2018, 31,514 records). Lines of 15 words or more
// that end without final punctuation are 0.2–0.4% of the paragraphs of
// BBC, France24, Al Arabiya and Sky News records, 7.4% of CNN's: CNN Arabic
// pages end in a box of five ledes cut at 240 characters (lines of 235–241
// characters without final punctuation: 405, all among the last five lines
// of their record; elsewhere in the corpus 14). Taking the lines of the
// last five that recur in other CNN records as the reference, about 940
// CNN records end in such a box; the rule finds about half of them, those
// with a cut lede or a blank line before the box, and fires on a handful
// of the 28,000 records of the other sources (see TestTeaserBoxCorpus).
// The other half holds five complete ledes, which nothing in one page
// tells apart from an article's closing paragraphs.

// maxTeasers is the most paragraphs a teaser box holds (CNN's: 5).
const maxTeasers = 5

// minTeasers is the fewest paragraphs taken for a box that no blank line
// sets apart: with fewer, an article's closing paragraphs look the same
// (with four, one more Sky News and one more BBC article lose their end).
const minTeasers = 5

// minGapTeasers is the fewest paragraphs taken for a box set apart by a
// blank line.
const minGapTeasers = 3

// minTeaserWords is the fewest words of a lede.
const minTeaserWords = 9

// maxTeaserRunes is the longest lede, in characters: descriptions are cut
// to a fixed length (240 at CNN Arabic).
const maxTeaserRunes = 250

// minCutWords is the fewest words of a paragraph that ends without final
// punctuation for it to count as cut.
const minCutWords = 15

// dropTeaserBox removes a box of related-story teasers from the end of
// blocks. It keeps at least one paragraph.
func dropTeaserBox(blocks []block) []block {
	lex := lexiconsOnce()
	n := len(blocks)
	k, conj := 0, 0
	for k < maxTeasers && k < n-1 {
		b := blocks[n-1-k]
		if !teaserLede(lex, b) {
			break
		}
		if opensWithConjunction(b.text) {
			// و and ف also begin nouns and verbs (وزير، فرضت): one such
			// lede is allowed, two mean prose.
			if conj++; conj > 1 {
				break
			}
		}
		k++
	}
	box := blocks[n-k:]
	if i := gapStart(blocks, n-k); i >= 0 && n-i >= minGapTeasers {
		return blocks[:i]
	}
	if k >= minTeasers && anyCut(box) {
		return blocks[:n-k]
	}
	return blocks
}

// gapStart returns the index, from start on, of the block after the only
// blank line of the body (the first block aside), or -1. A text with blank
// lines between its paragraphs has no separator to go by.
func gapStart(blocks []block, start int) int {
	at := -1
	for i := 1; i < len(blocks); i++ {
		if !blocks[i].gap {
			continue
		}
		if at >= 0 || i < start {
			return -1
		}
		at = i
	}
	return at
}

// teaserLede reports whether b may be a lede in a teaser box.
func teaserLede(lex *lexicons, b block) bool {
	if b.heading || utf8.RuneCountInString(b.text) > maxTeaserRunes || countWords(b.text) < minTeaserWords {
		return false
	}
	switch r := firstRune(b.text); {
	case r >= '0' && r <= '9', r >= '٠' && r <= '٩', strings.ContainsRune(listMarks, r):
		return false // a numbered or listed item
	}
	if lastRune(b.text) == ':' || labelOpens(b.text) {
		return false // it announces what follows, or is an item of a list
	}
	if innerSentenceEnd(b.text) {
		return false // a lede is one sentence
	}
	ws, _ := keyWords(b.text)
	return lex.openers.prefix(ws) == 0
}

// maxLabelWords is how many words a list item's label ("المجموعة أ -",
// "الدفاع:") may have.
const maxLabelWords = 3

// labelOpens reports whether one of the first words of s ends with a
// colon or is followed by a dash standing alone: "الوسط: …", "المجموعة ب - …".
func labelOpens(s string) bool {
	for i, w := range strings.Fields(s) {
		if i > maxLabelWords {
			break
		}
		if strings.HasSuffix(w, ":") || (i > 0 && (w == "-" || w == "–" || w == "—")) {
			return true
		}
	}
	return false
}

// innerSentenceEnd reports whether a sentence ends inside s: a full stop,
// ! or ? (not a run of them, as in "..") followed by a space and more text.
func innerSentenceEnd(s string) bool {
	rs := []rune(strings.TrimSpace(s))
	for i := 1; i+2 < len(rs); i++ {
		switch rs[i] {
		case '.', '!', '?', '؟':
		default:
			continue
		}
		if isStop(rs[i-1]) || isStop(rs[i+1]) {
			continue
		}
		if unicode.IsSpace(rs[i+1]) && !unicode.IsSpace(rs[i+2]) {
			return true
		}
	}
	return false
}

func isStop(r rune) bool { return r == '.' || r == '!' || r == '?' || r == '؟' }

// anyCut reports whether some block is a long paragraph that stops
// without final punctuation.
func anyCut(blocks []block) bool {
	for _, b := range blocks {
		if countWords(b.text) >= minCutWords && !endsSentence(b.text) && !endsQuestion(b.text) {
			return true
		}
	}
	return false
}

// opensWithConjunction reports whether s begins with the letter و or ف,
// which may be the conjunction prefixed to the first word.
func opensWithConjunction(s string) bool {
	r := firstRune(s)
	return r == 'و' || r == 'ف'
}
