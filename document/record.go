package document

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"time"
)

// record is the JSON layout of one news record. Fields are raw so that
// strings, numbers, arrays and nulls are all accepted.
type record struct {
	ID        json.RawMessage `json:"id"`
	Title     json.RawMessage `json:"title"`
	Text      json.RawMessage `json:"text"`
	Body      json.RawMessage `json:"body"`
	Content   json.RawMessage `json:"content"`
	Abstract  json.RawMessage `json:"abstract"`
	Published json.RawMessage `json:"published"`
	Date      json.RawMessage `json:"date"`
	Author    json.RawMessage `json:"author"`
	Authors   json.RawMessage `json:"authors"`
	URL       json.RawMessage `json:"url"`
	Source    json.RawMessage `json:"source"`
	Category  json.RawMessage `json:"category"`
}

// ParseRecord cleans one JSON news record with the default Options.
// See Options.ParseRecord.
func ParseRecord(data []byte) (*Article, error) { return Options{}.ParseRecord(data) }

// ParseRecord cleans one JSON object with the fields id, title, text,
// published, author, url, source (the layout of the ANT corpus dumps) into
// an Article. It also accepts body or content for text (abstract when all
// are empty), date for published, an authors array, category, and numbers
// for id and date (Unix seconds).
//
// Article.ID is the record id, Format "json". The text is split into
// paragraphs at line breaks, then the same boilerplate rules as for text
// dumps are applied; author strings such as "القاهرة - أحمد الريدي" keep
// the name only. Errors: ErrEmpty for blank data, ErrTooLarge above
// MaxBytes, a wrapped JSON error for malformed data, ErrNoBody when no text
// is left.
func (o Options) ParseRecord(data []byte) (*Article, error) {
	if int64(len(data)) > o.maxBytes() {
		return nil, fmt.Errorf("%w (%d bytes, limit %d)", ErrTooLarge, len(data), o.maxBytes())
	}
	data = bytes.TrimSpace(bytes.TrimPrefix(data, utf8BOM))
	if len(data) == 0 {
		return nil, ErrEmpty
	}
	var r record
	if err := json.Unmarshal(data, &r); err != nil {
		return nil, fmt.Errorf("document: json record: %w", err)
	}
	a := &Article{
		ID:       rawString(r.ID),
		Title:    oneLine(rawString(r.Title)),
		URL:      rawString(r.URL),
		Source:   rawString(r.Source),
		Category: rawString(r.Category),
		Format:   string(FormatJSON),
		Authors:  recordAuthors(r),
	}
	for _, raw := range []json.RawMessage{r.Published, r.Date} {
		if t, ok := rawTime(raw); ok {
			a.Published = t
			break
		}
	}
	text := firstNonEmpty(rawString(r.Text), rawString(r.Body), rawString(r.Content), rawString(r.Abstract))
	blocks := dropBoilerplate(splitLines(text), a.Title)
	blocks = dropTeaserBox(dropLinkRuns(takeHead(a, blocks)))
	markHeadings(blocks)
	setBody(a, blocks)
	if a.Body == "" {
		return nil, ErrNoBody
	}
	return a, nil
}

// recordAuthors reads author (string, array or null) and authors.
func recordAuthors(r record) []string {
	var names []string
	for _, raw := range []json.RawMessage{r.Author, r.Authors} {
		var list []string
		if json.Unmarshal(raw, &list) != nil {
			if s := rawString(raw); s != "" {
				list = []string{s}
			}
		}
		for _, s := range list {
			s = oneLine(s)
			if s == "" || looksLikeID(s) {
				continue
			}
			got, ok := parseByline(s)
			if !ok {
				got = []string{s}
			}
			for _, n := range got {
				if !isOutlet(n) {
					names = append(names, n)
				}
			}
		}
	}
	if names == nil {
		names = []string{}
	}
	return names
}

// rawString reads a JSON string or number as text; other values give "".
func rawString(raw json.RawMessage) string {
	if len(raw) == 0 {
		return ""
	}
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return strings.TrimSpace(s)
	}
	var n json.Number
	if json.Unmarshal(raw, &n) == nil {
		return n.String()
	}
	return ""
}

// rawTime reads a date string or Unix seconds.
func rawTime(raw json.RawMessage) (time.Time, bool) {
	s := rawString(raw)
	if s == "" {
		return time.Time{}, false
	}
	if n, err := strconv.ParseInt(s, 10, 64); err == nil && len(s) >= 9 {
		if n > 1e11 { // milliseconds
			return time.UnixMilli(n).UTC(), true
		}
		return time.Unix(n, 0).UTC(), true
	}
	t, err := parseMetaTime(s)
	return t, err == nil
}

// oneLine collapses all white space of s to single spaces.
func oneLine(s string) string { return collapseSpace(s) }

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// parseJSONInput parses Parse input detected as JSON or JSON Lines: one
// record, or JSON Lines holding exactly one.
func parseJSONInput(data []byte, o Options) (*Article, error) {
	data = bytes.TrimPrefix(bytes.TrimSpace(data), utf8BOM)
	if !looksJSONL(data) {
		return o.ParseRecord(data)
	}
	n := 0
	for _, l := range bytes.Split(data, []byte("\n")) {
		if len(bytes.TrimSpace(l)) > 0 {
			n++
		}
	}
	return nil, fmt.Errorf("%w (%d JSON lines; use ScanJSONL)", ErrManyRecords, n)
}

// looksLikeID reports author fields that are record keys, not names: a
// UUID or a long hexadecimal or numeric string, or a URL.
func looksLikeID(s string) bool {
	if strings.Contains(s, "://") {
		return true
	}
	if len(s) < 16 {
		return false
	}
	for _, r := range s {
		if !(r >= '0' && r <= '9' || r >= 'a' && r <= 'f' || r >= 'A' && r <= 'F' || r == '-') {
			return false
		}
	}
	return true
}
