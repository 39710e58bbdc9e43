package storetest

import (
	"reflect"
	"slices"
	"testing"

	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/store"
)

// actorCounts is everything a store says about one actor.
type actorCounts struct {
	Actor                                                  store.Actor
	Articles, ArticlesDups, Stories, Quotes, QuotesMatched int
	Events, Out, In                                        int
}

// countActor asks s about actor form by every entry point.
func countActor(t *testing.T, s store.Store, form string) actorCounts {
	t.Helper()
	ctx := t.Context()
	var c actorCounts
	p, err := s.Actors(ctx, store.Filter{Actor: form})
	if err != nil || len(p.Items) != 1 || p.Total != 1 {
		t.Fatalf("Actors(actor=%s) = %+v, %v; want one", form, p, err)
	}
	c.Actor = p.Items[0]
	c.Actor.Keys = nil
	f := store.Filter{Actor: form}
	c.Articles = search(t, s, store.SearchQuery{Filter: f}).Total
	c.ArticlesDups = search(t, s, store.SearchQuery{Filter: store.Filter{Actor: form, IncludeDuplicates: true}}).Total
	total := func(n int, err error) int {
		t.Helper()
		if err != nil {
			t.Fatalf("%s: %v", form, err)
		}
		return n
	}
	st, err := s.Stories(ctx, f)
	c.Stories = total(st.Total, err)
	q, err := s.Quotes(ctx, f)
	c.Quotes = total(q.Total, err)
	sq, err := s.SearchQuotes(ctx, store.QuoteQuery{Text: "الموقف", Filter: f})
	c.QuotesMatched = total(sq.Total, err)
	e, err := s.Events(ctx, f)
	c.Events = total(e.Total, err)
	e, err = s.Events(ctx, store.Filter{Actor: form, ActorRole: store.RoleSource})
	c.Out = total(e.Total, err)
	e, err = s.Events(ctx, store.Filter{Actor: form, ActorRole: store.RoleTarget})
	c.In = total(e.Total, err)
	return c
}

func testActorIdentity(t *testing.T, s store.Store) {
	ctx := t.Context()
	for _, a := range ActorCorpus() {
		if _, err := s.Put(ctx, a); err != nil {
			t.Fatal(err)
		}
	}
	if err := s.LinkActors(ctx); err != nil {
		t.Fatal(err)
	}
	actors := []struct {
		forms []string
		want  actorCounts
	}{
		{[]string{"donald-trump", "دونالد ترامب", "دونالدْ ترامب", "ترامب", "ترمب", " ترمب ", "وترمب", "USAGOV"}, actorCounts{
			Actor:    store.Actor{Name: "دونالد ترامب", Type: entity.PER, ActorID: "donald-trump", ActorCode: "USAGOV", Stories: 3, Articles: 4, Mentions: 6},
			Articles: 4, ArticlesDups: 5, Stories: 2, Quotes: 2, QuotesMatched: 2, Events: 2, Out: 1, In: 1}},
		{[]string{"جون بولتون", "بولتون", "جون  بولتون", "لبولتون"}, actorCounts{
			Actor:    store.Actor{Name: "جون بولتون", Type: entity.PER, Stories: 2, Articles: 3, Mentions: 5},
			Articles: 3, ArticlesDups: 4, Stories: 1, Quotes: 2, QuotesMatched: 2, Events: 1, Out: 1, In: 0}},
		{[]string{"country:IRN", "إيران", "ايران", "IRN"}, actorCounts{
			Actor:    store.Actor{Name: "إيران", Type: entity.LOC, ActorID: "country:IRN", ActorCode: "IRN", Stories: 2, Articles: 3, Mentions: 3},
			Articles: 3, ArticlesDups: 3, Stories: 2, Quotes: 1, QuotesMatched: 1, Events: 3, Out: 1, In: 2}},
	}
	check := func(when string) {
		t.Helper()
		list, err := s.Actors(ctx, store.Filter{Limit: store.MaxLimit})
		if err != nil {
			t.Fatal(err)
		}
		for _, a := range actors {
			for _, form := range a.forms {
				if got := countActor(t, s, form); !reflect.DeepEqual(got, a.want) {
					t.Errorf("%s: %q: %+v\nwant %+v", when, form, got, a.want)
				}
			}
			// The list has the actor once, with the counts of its page,
			// under an ID that names it; so has the list of its type.
			for _, l := range []store.Page[store.Actor]{list, actorsOfType(t, s, a.want.Actor.Type)} {
				var rows []store.Actor
				for _, x := range l.Items {
					if x.Name == a.want.Actor.Name || x.ActorID != "" && x.ActorID == a.want.Actor.ActorID {
						rows = append(rows, x)
					}
				}
				if len(rows) != 1 || !reflect.DeepEqual(rows[0], a.want.Actor) {
					t.Errorf("%s: list rows of %s = %+v, want %+v", when, a.want.Actor.Name, rows, a.want.Actor)
				}
			}
			if got := countActor(t, s, store.PublicActorID(a.want.Actor)); got.Actor.Name != a.want.Actor.Name {
				t.Errorf("%s: public ID %q names %q", when, store.PublicActorID(a.want.Actor), got.Actor.Name)
			}
		}
		// The actors facet of a search counts actors as the list does.
		r, err := s.Search(ctx, store.SearchQuery{Filter: store.Filter{Limit: 1}, Facets: true})
		if err != nil || r.Facets == nil {
			t.Fatalf("%s: facets: %+v, %v", when, r, err)
		}
		for _, a := range actors {
			want := store.FacetCount{Value: a.want.Actor.Name, Type: a.want.Actor.Type, Count: a.want.Actor.Articles}
			if !slices.Contains(r.Facets.Entities, want) {
				t.Errorf("%s: actor facets %+v lack %+v", when, r.Facets.Entities, want)
			}
		}
		// The desk's trends count actors as the list does.
		tr, err := s.Trends(ctx, store.TrendQuery{Kind: store.TrendActors, Since: Day().AddDate(0, 0, -1), Until: Day().AddDate(0, 0, 10), MinRecent: 1})
		if err != nil {
			t.Fatalf("%s: trends: %v", when, err)
		}
		for _, a := range actors {
			want := store.Trend{Name: a.want.Actor.Name, Type: a.want.Actor.Type, Recent: a.want.Actor.Stories}
			if !slices.Contains(tr, want) {
				t.Errorf("%s: trends %+v lack %+v", when, tr, want)
			}
		}
		// With a baseline: t5 (st2) in the window, t1 t2 (st1) and t3 before.
		tr2, err := s.Trends(ctx, store.TrendQuery{Kind: store.TrendActors, BaselineSince: Day().AddDate(0, 0, -1),
			Since: Day().AddDate(0, 0, 3), Until: Day().AddDate(0, 0, 10), MinRecent: 1, Types: []string{entity.PER}})
		if err != nil {
			t.Fatalf("%s: trends: %v", when, err)
		}
		for _, want := range []store.Trend{{Name: "دونالد ترامب", Type: entity.PER, Recent: 1, Baseline: 2},
			{Name: "جون بولتون", Type: entity.PER, Recent: 1, Baseline: 1}} {
			if !slices.Contains(tr2, want) {
				t.Errorf("%s: trends with a baseline %+v lack %+v", when, tr2, want)
			}
		}
		for _, x := range append(tr, tr2...) {
			if x.Name == "ترامب" || x.Name == "بولتون" || x.Name == "ترمب" {
				t.Errorf("%s: %s trends apart: %+v", when, x.Name, x)
			}
		}
		// No actor of its own for a form folded into another.
		for _, x := range list.Items {
			if x.Name == "ترامب" || x.Name == "بولتون" || x.Name == "ترمب" {
				t.Errorf("%s: %s listed apart: %+v", when, x.Name, x)
			}
		}
		if l := actorsOfType(t, s, entity.LOC); slices.ContainsFunc(l.Items, func(x store.Actor) bool { return x.ActorID == "donald-trump" }) {
			t.Errorf("%s: Trump among places: %+v", when, l.Items)
		}
		// A code two actors share keeps both.
		p, err := s.Actors(ctx, store.Filter{Actor: "IRNGOV"})
		if err != nil || p.Total != 2 {
			t.Errorf("%s: Actors(IRNGOV) = %+v, %v; want both Iranian bodies", when, p, err)
		}
		if r := search(t, s, store.SearchQuery{Filter: store.Filter{Actor: "IRNGOV"}}); r.Total != 1 {
			t.Errorf("%s: Search(actor=IRNGOV) = %d, want 1", when, r.Total)
		}
		if q, err := s.Quotes(ctx, store.Filter{Actor: "IRNGOV"}); err != nil || q.Total != 1 {
			t.Errorf("%s: Quotes(actor=IRNGOV) = %+v, %v; want the ministry's", when, q, err)
		}
		// A name of nothing keeps nothing.
		if r := search(t, s, store.SearchQuery{Filter: store.Filter{Actor: "لا أحد"}}); r.Total != 0 {
			t.Errorf("%s: Search(actor=لا أحد) = %d", when, r.Total)
		}
		if p, err := s.Actors(ctx, store.Filter{Actor: "لا أحد"}); err != nil || p.Total != 0 {
			t.Errorf("%s: Actors(actor=لا أحد) = %+v, %v", when, p, err)
		}
	}
	check("linked")
	// Reanalysing every article (the same analysis) keeps every link,
	// before the table is rebuilt and after.
	for _, a := range ActorCorpus() {
		if err := s.Reanalyze(ctx, a.ID, a.Analysis); err != nil {
			t.Fatal(err)
		}
	}
	check("reanalysed")
	if err := s.LinkActors(ctx); err != nil {
		t.Fatal(err)
	}
	check("relinked")
	// Is agrees with the store on the entities of an article.
	p, err := s.Actors(ctx, store.Filter{Actor: "بولتون"})
	if err != nil || len(p.Items) != 1 {
		t.Fatalf("Actors(بولتون) = %+v, %v", p, err)
	}
	a, err := s.Get(ctx, "t4")
	if err != nil {
		t.Fatal(err)
	}
	if !p.Items[0].Is(a.Analysis.Entities[0]) || p.Items[0].Is(a.Analysis.Entities[1]) {
		t.Errorf("Is: %+v on %+v", p.Items[0], a.Analysis.Entities)
	}
}

func actorsOfType(t *testing.T, s store.Store, typ string) store.Page[store.Actor] {
	t.Helper()
	p, err := s.Actors(t.Context(), store.Filter{EntityType: typ, Limit: store.MaxLimit})
	if err != nil {
		t.Fatal(err)
	}
	return p
}
