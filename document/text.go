package document

// headScan is how many blocks after the title are searched for a byline or
// a dateline.
const headScan = 4

// longParagraphWords ends the head of an article: bylines come before the
// first paragraph this long.
const longParagraphWords = 25

// parseText cleans a plain-text page dump: the title is the first
// substantive line left after boilerplate, a byline below it gives the
// authors, short unpunctuated lines between paragraphs are subheadings.
func parseText(s string) (*Article, error) {
	blocks := dropBoilerplate(splitLines(s), "")
	a := &Article{Format: string(FormatText), Authors: []string{}, Subheadings: []string{}}
	// Title: the first line that is neither a byline nor a bare date.
	for len(blocks) > 0 {
		b := blocks[0]
		blocks = blocks[1:]
		if names, ok := parseByline(b.text); ok {
			a.Authors = append(a.Authors, names...)
			continue
		}
		if t, ok := bareDate(b.text); ok {
			a.Published = t
			continue
		}
		a.Title = b.text
		break
	}
	blocks = dropBoilerplate(blocks, a.Title)
	blocks = takeHead(a, blocks)
	markHeadings(blocks)
	setBody(a, blocks)
	if a.Body == "" {
		return nil, ErrNoBody
	}
	return a, nil
}

// takeHead removes from the first blocks a byline (into a.Authors) and a
// bare date line (into a.Published), stopping at the first long paragraph.
func takeHead(a *Article, blocks []block) []block {
	out := blocks[:0:0]
	for i, b := range blocks {
		if i >= headScan || countWords(b.text) >= longParagraphWords {
			return append(out, blocks[i:]...)
		}
		if names, ok := parseByline(b.text); ok && len(a.Authors) == 0 {
			a.Authors = names
			continue
		}
		if t, ok := bareDate(b.text); ok {
			if a.Published.IsZero() {
				a.Published = t
			}
			continue
		}
		out = append(out, b)
	}
	return out
}
