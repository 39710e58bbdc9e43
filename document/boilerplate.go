package document

import "strings"

// block is one line or paragraph of raw article text before assembly.
type block struct {
	text    string
	heading bool // marked a heading by the source (HTML h2–h6)
	gap     bool // a blank line stood before it in a plain text
}

// maxLinkedHeadline is the longest line (in words) taken for the headline
// of a "read also" link that stands on the line after the label.
const maxLinkedHeadline = 30

// maxHeadlineRun is the longest line (in words) taken for a further linked
// headline in a run of them after a bare "read also" label.
const maxHeadlineRun = 20

// maxCaptionWords is the longest line (in words) taken for a repeated
// image caption or alt text.
const maxCaptionWords = 8

// maxFooterWords is the longest line (in words) that a footer phrase
// (copyright, comment form) turns into boilerplate.
const maxFooterWords = 12

// maxDisclaimerWords is the longest paragraph (in words) that a comment
// policy or opinion disclaimer phrase turns into boilerplate.
const maxDisclaimerWords = 60

// maxNoticeWords is the longest paragraph (in words) that a notice to the
// reader (download our app) turns into boilerplate: a notice pasted twice.
const maxNoticeWords = 40

// maxTagWords is the longest line (in words) taken for one tag after a tag
// list label.
const maxTagWords = 5

// dropBoilerplate returns blocks without ad labels, "read also" links and
// their headlines, share widgets, tag lists, footer lines, notices to the
// reader, repeated short caption lines and copies of the title. It never edits the text of the
// blocks it keeps.
func dropBoilerplate(blocks []block, title string) []block {
	lex := lexiconsOnce()
	titleKey := keyOf(title)
	out := make([]block, 0, len(blocks))
	linkNext, linkTaken, tagsNext := false, false, false
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		ws, _ := keyWords(b.text)
		if len(ws) == 0 {
			continue
		}
		key := joinKeys(ws)
		if kind := boilerplateKind(lex, b.text, ws, key); kind != lineText {
			linkNext, linkTaken = kind == lineLinkLabel, false
			tagsNext = kind == lineTagLabel
			continue
		}
		if linkNext {
			// The first line after a bare label is its headline; more
			// unpunctuated short lines are further linked headlines.
			if len(ws) <= maxLinkedHeadline && (!linkTaken || (len(ws) <= maxHeadlineRun && lastRune(b.text) != '.')) {
				linkTaken = true
				continue
			}
			linkNext = false
		}
		if tagsNext {
			if len(ws) <= maxTagWords && !endsSentence(b.text) {
				continue
			}
			tagsNext = false
		}
		if titleKey != "" && key == titleKey && len(out) < headScan {
			continue // the title repeated at the top of the body
		}
		if len(ws) <= maxCaptionWords {
			j := i + 1
			for j < len(blocks) && keyOf(blocks[j].text) == key {
				j++
			}
			if j > i+1 {
				i = j - 1
				continue
			}
		}
		out = append(out, b)
	}
	return out
}

// lineKind is what boilerplateKind found a line to be.
type lineKind int

const (
	lineText      lineKind = iota
	lineDrop               // boilerplate on its own
	lineLink               // "read also" label with the linked headline on the line
	lineLinkLabel          // "read also" label alone: the next line is its headline
	lineTagLabel           // tag list label alone: the next short lines are tags
)

// boilerplateKind classifies one line given its normalised words.
func boilerplateKind(lex *lexicons, raw string, ws []word, key string) lineKind {
	if lex.ads.has(key) || lex.readExact.has(key) {
		return lineDrop
	}
	if n := readAlsoPrefix(lex, ws); n > 0 {
		if n == len(ws) {
			return lineLinkLabel
		}
		return lineLink
	}
	if n := lex.tags.prefix(ws); n > 0 && (n == len(ws) || ws[n].punct) {
		if n == len(ws) {
			return lineTagLabel
		}
		return lineDrop
	}
	if allShareWords(lex, ws) || isBreadcrumb(raw) {
		return lineDrop
	}
	if len(ws) <= maxFooterWords && lex.footer.contains(ws) {
		return lineDrop
	}
	if len(ws) <= maxDisclaimerWords && lex.disclaimer.contains(ws) {
		return lineDrop
	}
	if len(ws) <= maxNoticeWords && lex.notice.contains(ws) {
		return lineDrop
	}
	return lineText
}

// readAlsoPrefix is the length in words of a leading "read also" label, or 0.
func readAlsoPrefix(lex *lexicons, ws []word) int {
	if n := lex.readStrong.prefix(ws); n > 0 {
		return n
	}
	if n := lex.readWeak.prefix(ws); n > 0 && (n == len(ws) || ws[n].punct) {
		return n
	}
	return 0
}

// allShareWords reports whether every word of ws is a share widget label.
func allShareWords(lex *lexicons, ws []word) bool {
	for _, w := range ws {
		if !lex.share.has(w.key) {
			return false
		}
	}
	return true
}

// joinKeys joins the normalised words with single spaces.
func joinKeys(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.key
	}
	return strings.Join(parts, " ")
}

// maxCrumbWords is the longest breadcrumb segment, in words.
const maxCrumbWords = 4

// crumbSeparators turns the other breadcrumb separators into ">". Read-only.
var crumbSeparators = strings.NewReplacer("»", ">", "›", ">")

// isBreadcrumb reports a navigation trail: "الرئيسية > أخبار > ليبيا",
// two or more » › or > separators between short, non-empty segments (so
// «quoted» words do not count).
func isBreadcrumb(line string) bool {
	if strings.Contains(line, "«") || strings.Contains(line, "‹") || endsSentence(line) {
		return false // » closes a quotation here
	}
	if strings.Count(line, ">")+strings.Count(line, "»")+strings.Count(line, "›") < 2 {
		return false // fewer than three parts
	}
	line = crumbSeparators.Replace(line)
	parts := strings.Split(line, ">")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if n := countWords(p); n == 0 || n > maxCrumbWords {
			return false
		}
	}
	return true
}
