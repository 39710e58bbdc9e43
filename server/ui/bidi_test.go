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
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
)

// bidiControls are the embedding, override and isolate controls that must
// never reach a page (issue #12: U+202E in a title showed ‮gpj.exe as
// exe.jpg).
const bidiControls = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

// TestBidiAndURLs stores articles whose title, source and names carry
// bidirectional controls and whose URLs use javascript:, data: and other
// schemes, and checks every page that shows them: no control is written,
// names and titles are isolated (<bdi>, dir="auto"), and only an http(s)
// URL becomes a link.
func TestBidiAndURLs(t *testing.T) {
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "b.db")})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	name := "خليفة \u2066حفتر\u2069"
	body := "قال خليفة حفتر إن الوضع في سرت تحت السيطرة."
	an := &extract.Analysis{
		Title: "\u202egpj.exe خبر", Body: body,
		Paragraphs: []document.Paragraph{{Start: 0, End: len(body), Kind: document.KindText}},
		Entities: []entity.Entity{{Canonical: name, Type: entity.PER,
			Mentions: []entity.Mention{{Text: "خليفة حفتر", Start: strings.Index(body, "خليفة"), End: strings.Index(body, " إن")}}}},
		Quotes: []quote.Quote{{Speaker: name, Cue: "قال", Content: "الوضع في سرت تحت السيطرة",
			ContentStart: strings.Index(body, "الوضع"), ContentEnd: len(body) - 1}},
	}
	urls := []string{"javascript:alert(1)", "data:text/html,<script>alert(2)</script>", "JavaScript:alert(3)",
		"vbscript:msgbox(4)", "/relative/path", "https://example.com/real"}
	var ids []string
	for i, u := range urls {
		a := &store.Article{Source: "\u202bsky\u202c", URL: u, Published: time.Date(2018, 5, 20, i, 0, 0, 0, time.UTC),
			Analysis: an, Raw: []byte(body + strings.Repeat(" ", i))}
		res, err := db.Put(t.Context(), a)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, res.ID)
		if err := db.SetDedup(t.Context(), store.Dedup{ID: res.ID, StoryID: "s"}); err != nil {
			t.Fatal(err)
		}
	}
	h := newTestServer(t, db)
	for _, path := range []string{"/", "/?window=7d", "/?q=" + url.QueryEscape("حفتر"), "/?sort=newest", articleURL(ids[0]),
		actorURL(name), "/quotes?speaker=" + url.QueryEscape(name), "/quotes?q=" + url.QueryEscape("السيطرة"), "/events", "/ingest"} {
		t.Run(path, func(t *testing.T) {
			page := checkPage(t, get(h, path), 200)
			if i := strings.IndexAny(page, bidiControls); i >= 0 {
				t.Errorf("page writes bidi control %U: …%s…", []rune(page[i:])[0], page[max(0, i-80):i])
			}
		})
	}
	body0 := checkPage(t, get(h, articleURL(ids[0])), 200)
	if !strings.Contains(body0, `<h1 dir="auto">gpj.exe خبر</h1>`) {
		t.Error("article title not isolated with dir=auto")
	}
	if !strings.Contains(checkPage(t, get(h, "/?q="+url.QueryEscape("حفتر")), 200), `<bdi>sky</bdi>`) {
		t.Error("source not isolated in <bdi>")
	}
	for i, u := range urls {
		page := checkPage(t, get(h, articleURL(ids[i])), 200)
		link := strings.Contains(page, "الرابط الأصلي")
		if want := strings.HasPrefix(u, "https://"); link != want {
			t.Errorf("URL %q: linked %v, want %v", u, link, want)
		}
		for _, bad := range []string{"ZgotmplZ", "javascript:", "JavaScript:", "data:text", "vbscript:"} {
			if strings.Contains(page, `href="`+bad) || strings.Contains(page, "#"+bad) {
				t.Errorf("URL %q: page has a link to %s", u, bad)
			}
		}
	}
}
