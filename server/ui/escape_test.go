package ui

import (
	"net/url"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/marsad/marsad/document"
	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/geo"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

// payload is markup that must never reach a page as markup.
const payload = `"><script>alert(1)</script><img src=x onerror=alert(2)>`

// TestMetadataEscaped stores an article whose every field (title, source,
// URL, entity names and types, speakers, event fields, places) carries a
// payload, and a duplicate of it, and checks every page that shows them.
func TestMetadataEscaped(t *testing.T) {
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "x.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	body := "قال حفتر " + payload + " في سرت."
	name := "حفتر" + payload
	an := &extract.Analysis{
		Title: "عنوان " + payload, Body: body, Authors: []string{payload},
		Paragraphs: []document.Paragraph{{Start: 0, End: len(body), Kind: document.KindText}},
		Entities: []entity.Entity{{Canonical: name, Type: `PER" onclick="alert(3)`, ActorCode: payload, Roles: []string{payload},
			Mentions: []entity.Mention{{Text: "حفتر", Start: strings.Index(body, "حفتر"), End: strings.Index(body, "حفتر") + len("حفتر")}}}},
		Quotes: []quote.Quote{{Speaker: name, Cue: payload, Content: payload, ContentStart: strings.Index(body, `"`), ContentEnd: strings.Index(body, " في")}},
		Events: []event.Event{{Type: "ASSAULT", Source: name, Target: payload, SourceCode: payload, Place: payload, Date: payload,
			Evidence: body, EvidenceAt: event.Span{Start: 0, End: len(body)}}},
		Places: []geo.Place{{Name: "سرت" + payload, Country: payload, Kind: payload, Lat: 31.2, Lon: 16.6, Spans: []geo.Span{{Start: 1, End: 2}}}},
	}
	pub := time.Date(2020, 7, 16, 0, 0, 0, 0, time.UTC)
	var ids []string
	// Two stories name the actors, so that the graph draws them.
	an.Entities = append(an.Entities, entity.Entity{Canonical: payload, Type: "ORG"})
	for i, src := range []string{"javascript:alert(4)", "https://example.com/" + payload, "data:text/html,<script>alert(5)</script>"} {
		a := &store.Article{Source: payload, URL: src, Published: pub, Analysis: an, Raw: []byte(body + strings.Repeat(" ", i))}
		res, err := db.Put(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res.ID)
	}
	for _, id := range ids[:2] {
		if err := db.SetDedup(t.Context(), store.Dedup{ID: id, StoryID: "s-" + payload, DuplicateOf: map[bool]string{true: ids[0]}[id != ids[0]]}); err != nil {
			t.Fatal(err)
		}
	}
	if err := db.SetDedup(t.Context(), store.Dedup{ID: ids[2], StoryID: "s2-" + payload}); err != nil {
		t.Fatal(err)
	}
	h := newTestServer(t, db)
	for _, tc := range []struct {
		path string
		want []string
	}{
		{articleURL(ids[0]), []string{"القصة نفسها", "&lt;script&gt;alert(1)&lt;/script&gt;"}},
		{articleURL(ids[1]), []string{"نسخة مكررة من"}},
		{"/?q=" + url.QueryEscape("حفتر"), []string{"<mark>"}},
		{"/?q=" + url.QueryEscape("حفتر") + "&source=" + url.QueryEscape(payload), nil},
		{"/?story=" + url.QueryEscape("s-"+payload), []string{"1 نتيجة"}},
		{actorURL(name), []string{"&lt;img src=x onerror=alert(2)&gt;"}},
		{"/events", []string{"ASSAULT"}},
		{"/events?actor=" + url.QueryEscape(payload), nil},
		{"/map", []string{"<circle"}},
		{"/graph", []string{"<line"}},
		{"/ingest", nil},
	} {
		t.Run(tc.path, func(t *testing.T) {
			page := checkPage(t, get(h, tc.path), 200)
			if strings.Contains(page, "<script>alert") || strings.Contains(page, "<img src=x") {
				t.Error("payload rendered as markup")
			}
			for _, w := range tc.want {
				if !strings.Contains(page, w) {
					t.Errorf("page lacks %q", w)
				}
			}
		})
	}
}
