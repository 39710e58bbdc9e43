package ui

import (
	"context"
	"encoding/json"
	"net/http"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/marsad/marsad/server/internal/memstore"
	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/sqlite"
	"github.com/marsad/marsad/store/storetest"
)

// linkActors rebuilds st's actor links when it has them, as the end of
// `marsad ingest` does.
func linkActors(t *testing.T, st store.Store) {
	t.Helper()
	if l, ok := st.(interface{ LinkActors(context.Context) error }); ok {
		if err := l.LinkActors(t.Context()); err != nil {
			t.Fatal(err)
		}
	}
}

// getJSON decodes the JSON answer of path.
func getJSON(t *testing.T, h http.Handler, path string, v any) {
	t.Helper()
	rec := get(h, path)
	if rec.Code != 200 {
		t.Fatalf("GET %s: %d %s", path, rec.Code, rec.Body)
	}
	if err := json.Unmarshal(rec.Body.Bytes(), v); err != nil {
		t.Fatalf("GET %s: %v", path, err)
	}
}

// actorAnswers is what the API and the UI say about one actor.
type actorAnswers struct {
	ID                                      string
	Articles, Stories, Mentions             int // its row of /api/actors/{id}
	Quotes, EventsOut, EventsIn             int // the lists of its page
	Search, QuoteList, EventList, StoryList int // the totals of the actor= filters
	PageHeader, PageArticles, PageQuotes    int // its UI page
	PageOut, PageIn                         int
}

var (
	pageHeader   = regexp.MustCompile(`<dt>الذكر</dt><dd>\d+ مرة في (\d+) مقالاً`)
	pageArticles = regexp.MustCompile(`<h2 id="arts-h">المقالات \((\d+)\)`)
	pageQuotes   = regexp.MustCompile(`<h2 id="quotes-h">الاقتباسات \((\d+)\)`)
	pageOut      = regexp.MustCompile(`<h2 id="out-h">أحداث فاعلاً(?: \((\d+)\))?`)
	pageIn       = regexp.MustCompile(`<h2 id="in-h">أحداث مفعولاً به(?: \((\d+)\))?`)
)

func answers(t *testing.T, h http.Handler, form string) actorAnswers {
	t.Helper()
	q := url.QueryEscape(form)
	var d struct {
		ID                          string `json:"id"`
		Articles, Stories, Mentions int
		Quotes                      struct{ Total int } `json:"quotes"`
		EventsOut                   struct{ Total int } `json:"events_out"`
		EventsIn                    struct{ Total int } `json:"events_in"`
	}
	getJSON(t, h, "/api/actors/"+url.PathEscape(form), &d)
	a := actorAnswers{ID: d.ID, Articles: d.Articles, Stories: d.Stories, Mentions: d.Mentions,
		Quotes: d.Quotes.Total, EventsOut: d.EventsOut.Total, EventsIn: d.EventsIn.Total}
	var total struct{ Total int }
	getJSON(t, h, "/api/search?actor="+q, &total)
	a.Search = total.Total
	getJSON(t, h, "/api/quotes?actor="+q, &total)
	a.QuoteList = total.Total
	getJSON(t, h, "/api/events?actor="+q, &total)
	a.EventList = total.Total
	getJSON(t, h, "/api/stories?actor="+q, &total)
	a.StoryList = total.Total
	rec := get(h, "/actors/"+url.PathEscape(form))
	if rec.Code != 200 {
		t.Fatalf("/actors/%s: %d", form, rec.Code)
	}
	page := rec.Body.String()
	num := func(re *regexp.Regexp) int {
		m := re.FindStringSubmatch(page)
		if m == nil {
			t.Fatalf("/actors/%s: no %s", form, re)
		}
		n, _ := strconv.Atoi(m[1])
		return n
	}
	a.PageHeader, a.PageArticles, a.PageQuotes = num(pageHeader), num(pageArticles), num(pageQuotes)
	a.PageOut, a.PageIn = num(pageOut), num(pageIn)
	return a
}

// TestActorFormsAgree asks the API and the UI about each actor of
// storetest.ActorCorpus by every form of it (ID, canonical name, spelling,
// surname, code): every answer is the same, and the counts of the list,
// the page's header and its sections agree. Issue #16: Trump's page by ID
// had 0 quotes and by name 389; his header said 347 articles and his
// article list 409; Iran by ID had 0 quotes.
func TestActorFormsAgree(t *testing.T) {
	for _, kind := range []string{"sqlite", "memstore"} {
		t.Run(kind, func(t *testing.T) {
			var st store.Store = memstore.New()
			if kind == "sqlite" {
				db, err := sqlite.Open(t.Context(), sqlite.Options{Path: filepath.Join(t.TempDir(), "m.db")})
				if err != nil {
					t.Fatal(err)
				}
				st = db
			}
			t.Cleanup(func() { _ = st.Close() })
			for _, a := range storetest.ActorCorpus() {
				if _, err := st.Put(t.Context(), a); err != nil {
					t.Fatal(err)
				}
			}
			linkActors(t, st)
			h := newTestServer(t, st)
			var list struct {
				Results []struct {
					ID       string `json:"id"`
					Articles int    `json:"articles"`
				}
			}
			getJSON(t, h, "/api/actors?limit=100", &list)
			for id, forms := range storetest.ActorForms() {
				var want actorAnswers
				for i, form := range forms {
					got := answers(t, h, form)
					if i == 0 {
						want = got
						if got.ID != id || got.Articles == 0 || got.Articles != got.Search || got.Articles != got.PageHeader ||
							got.Articles != got.PageArticles || got.Quotes != got.QuoteList || got.Quotes != got.PageQuotes ||
							got.EventsOut+got.EventsIn != got.EventList || got.EventsOut != got.PageOut || got.EventsIn != got.PageIn {
							t.Errorf("%s: the counts of one actor disagree: %+v", form, got)
						}
						rows := 0
						for _, r := range list.Results {
							if r.ID == id {
								rows++
								if r.Articles != got.Articles {
									t.Errorf("%s: %d articles in the list, %d on its page", id, r.Articles, got.Articles)
								}
							}
						}
						if rows != 1 {
							t.Errorf("%s: %d rows in /api/actors", id, rows)
						}
						continue
					}
					if got != want {
						t.Errorf("%s by %q: %+v\nby %q: %+v", id, form, got, forms[0], want)
					}
				}
			}
		})
	}
}

// TestTopActorsAgree asks about the 10 most mentioned persons of the
// store $MARSAD_UI_DB (a demo store: marsad demo --no-serve --db FILE) by
// ID, by canonical name and by surname: every answer of the API and the
// web UI is the same, and the counts of the list, the page's header and
// its sections agree. Skipped without MARSAD_UI_DB.
//
//	MARSAD_UI_DB=demo.db go test ./server/ui -run TopActorsAgree -v
func TestTopActorsAgree(t *testing.T) {
	path := os.Getenv("MARSAD_UI_DB")
	if path == "" {
		t.Skip("set MARSAD_UI_DB to a store (marsad demo --no-serve --db FILE)")
	}
	db, err := sqlite.Open(t.Context(), sqlite.Options{Path: path, ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = db.Close() })
	h := newTestServer(t, db)
	var list struct {
		Results []struct {
			ID, Name string
			Articles int
		}
	}
	getJSON(t, h, "/api/actors?type=PER&limit=10", &list)
	for _, r := range list.Results {
		words := strings.Fields(r.Name)
		forms := []string{r.ID, r.Name, words[len(words)-1]}
		var want actorAnswers
		for i, form := range forms {
			got := answers(t, h, form)
			if i == 0 {
				want = got
				if got.Articles != r.Articles || got.Articles != got.Search || got.Articles != got.PageHeader ||
					got.Articles != got.PageArticles || got.Quotes != got.QuoteList || got.Quotes != got.PageQuotes ||
					got.EventsOut != got.PageOut || got.EventsIn != got.PageIn || got.EventList > got.EventsOut+got.EventsIn {
					t.Errorf("%s: the counts of one actor disagree (list %d): %+v", form, r.Articles, got)
				}
			} else if got != want {
				t.Errorf("%s by %q: %+v\nby %q: %+v", r.ID, form, got, forms[0], want)
			}
		}
		t.Logf("%s (%s, %s): %d articles, %d quotes, %d+%d events: the same by all three",
			r.ID, r.Name, forms[2], want.Articles, want.Quotes, want.EventsOut, want.EventsIn)
	}
}
