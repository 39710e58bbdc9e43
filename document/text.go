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
// Any text is an article: when nothing is left below the title (a text of
// one paragraph, typed or piped in), that line is the body and there is no
// title.
func parseText(s string) (*Article, error) {
	blocks := splitLines(s)
	a := &Article{Format: string(FormatText), Authors: []string{}, Subheadings: []string{}}
	i := findTitle(a, blocks)
	blocks = dropBoilerplate(blocks[i:], a.Title)
	blocks = dropTeaserBox(dropLinkRuns(takeHead(a, blocks)))
	markHeadings(blocks)
	setBody(a, blocks)
	if a.Body == "" && a.Title != "" {
		setBody(a, []block{{text: a.Title}})
		a.Title = ""
	}
	if a.Body == "" {
		return nil, ErrNoBody
	}
	return a, nil
}

// findTitle sets a.Title to the first substantive line of blocks, skipping
// boilerplate, repeated caption lines, bylines (into a.Authors) and bare
// dates (into a.Published). It returns the index of the line after the
// title. A title may open like a link ("شاهد.. فيديو ..."): only a bare
// "read also" label is skipped, with the headline under it.
func findTitle(a *Article, blocks []block) int {
	lex := lexiconsOnce()
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		ws, _ := keyWords(b.text)
		if len(ws) == 0 {
			continue
		}
		key := joinKeys(ws)
		switch boilerplateKind(lex, b.text, ws, key) {
		case lineText, lineLink:
		case lineLinkLabel:
			i++ // and its headline
			continue
		default:
			continue
		}
		if len(ws) <= maxCaptionWords && i+1 < len(blocks) && keyOf(blocks[i+1].text) == key {
			for i+1 < len(blocks) && keyOf(blocks[i+1].text) == key {
				i++
			}
			continue
		}
		if names, ok := parseByline(b.text); ok {
			a.Authors = append(a.Authors, names...)
			continue
		}
		if t, ok := bareDate(b.text); ok {
			if a.Published.IsZero() {
				a.Published = t
			}
			continue
		}
		a.Title = b.text
		return i + 1
	}
	return len(blocks)
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
