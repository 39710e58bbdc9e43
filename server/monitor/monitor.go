// Package monitor builds the digest the analyst's desk opens with: the top
// stories of a recent window, the actors and places rising against their
// usual volume, and the volume of articles and events over time.
//
// The window ends now, or, when the store is historical (its newest
// article is older than the window), at its newest article: the "last 24
// hours" of a store of May 2018 are the last 24 hours of May 2018 it
// holds. Digest.Historical says which.
//
// Top stories are the story clusters of ingest/dedup with articles in the
// window, ranked by distinct articles × distinct sources. Duplicates are
// folded into the article they repeat, and a story is titled by its most
// central article: the one whose title shares the most words with the
// other titles of the story (summed Jaccard similarity of their search
// keys), not the first one stored.
//
// An actor (a person or an organisation) or a place is rising when it is
// named in at least the window's MinRecent stories (3 in a day, 5 in a
// week) and in at least twice the stories its baseline
// (the weeks before the window, as far back as the store goes) predicts
// for a window of that length. Rising names are ranked by
// (recent − expected) / √(expected + 1), a Poisson z-score with one
// story of smoothing: big names that are always in the news need a large
// jump, a name absent before needs a few stories.
package monitor

import (
	"cmp"
	"context"
	"fmt"
	"math"
	"slices"
	"strings"
	"time"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/entity"
	"github.com/marsad/marsad/server/internal/parallel"
	"github.com/marsad/marsad/store"
)

// Window is a period the digest covers, with the baseline before it and the
// interval of its volume chart.
type Window struct {
	Name     string        // "24h", "7d"
	Length   time.Duration // the window
	Baseline time.Duration // the baseline before it
	Bucket   time.Duration // the volume chart's interval
	// MinRecent is the fewest stories of the window a rising name needs.
	MinRecent int
}

// The windows of the digest.
var (
	Day  = Window{Name: "24h", Length: 24 * time.Hour, Baseline: 7 * 24 * time.Hour, Bucket: 3 * time.Hour, MinRecent: 3}
	Week = Window{Name: "7d", Length: 7 * 24 * time.Hour, Baseline: 28 * 24 * time.Hour, Bucket: 24 * time.Hour, MinRecent: 5}
)

// Windows lists the windows by name.
func Windows() []Window { return []Window{Day, Week} }

// WindowNamed returns the window called name ("" is Day).
func WindowNamed(name string) (Window, bool) {
	if name == "" {
		return Day, true
	}
	for _, w := range Windows() {
		if w.Name == name {
			return w, true
		}
	}
	return Window{}, false
}

// Options configures Build. The zero value is usable.
type Options struct {
	Window Window    // default Day
	Now    time.Time // the clock (default time.Now())
	// Stories and Rising are how many top stories and rising actors and
	// places to return (defaults 10 and 12).
	Stories, Rising int
	// MinRecent overrides the window's MinRecent.
	MinRecent int
}

// Digest is what the desk shows for one window.
type Digest struct {
	Window string `json:"window"`
	// Since and Until bound the window; Until is Now, or, for a historical
	// store, just after its newest article (rounded up to the hour).
	Since time.Time `json:"since"`
	Until time.Time `json:"until"`
	Now   time.Time `json:"now"`
	// Newest is the publication time of the newest article (zero: none
	// dated).
	Newest time.Time `json:"newest,omitzero"`
	// Historical is set when the newest article is older than the window:
	// the window then ends at it rather than now.
	Historical bool `json:"historical"`
	// BaselineSince is the start of the baseline the rising names are
	// measured against, and of the volume chart.
	BaselineSince time.Time `json:"baseline_since"`

	Stories      []Story  `json:"stories"`
	RisingActors []Rising `json:"rising_actors"`
	RisingPlaces []Rising `json:"rising_places"`
	Volume       Volume   `json:"volume"`
}

// Story is a top story of the window.
type Story struct {
	ID string `json:"id"`
	// Title and ArticleID are the story's most central article's.
	Title     string `json:"title"`
	ArticleID string `json:"article_id"`
	// Articles counts its distinct articles in the window, Duplicates the
	// copies folded into them.
	Articles   int `json:"articles"`
	Duplicates int `json:"duplicates"`
	// Sources are the sources that ran it (copies included), most
	// articles first.
	Sources []string  `json:"sources"`
	First   time.Time `json:"first,omitzero"`
	Last    time.Time `json:"last,omitzero"`
	// Score is Articles × len(Sources), the rank.
	Score int `json:"score"`
	// Headlines are its distinct articles (at most 6): the central one,
	// then one of each other source, then the others, newest first; each
	// with the number of copies folded into it.
	Headlines []Headline `json:"headlines"`
}

// Headline is one distinct article of a story.
type Headline struct {
	ArticleID string    `json:"article_id"`
	Title     string    `json:"title"`
	Source    string    `json:"source,omitempty"`
	Published time.Time `json:"published,omitzero"`
	Copies    int       `json:"copies"`
}

// Rising is an actor or place named more than usual.
type Rising struct {
	Name string `json:"name"`
	// Type is an actor's entity type or a place's country code.
	Type string `json:"type,omitempty"`
	// Recent counts the stories of the window that name it; Baseline those
	// of the baseline; Expected what the baseline predicts for the window.
	Recent   int     `json:"recent"`
	Baseline int     `json:"baseline"`
	Expected float64 `json:"expected"`
	Score    float64 `json:"score"`
}

// Volume is the article and event count per interval from BaselineSince to
// Until, the window's intervals last.
type Volume struct {
	BucketSeconds int64          `json:"bucket_seconds"`
	Series        []store.Volume `json:"series"`
}

// withDefaults returns o with its zero fields set (Now to the clock).
func (o Options) withDefaults() Options {
	if o.Window.Length <= 0 {
		o.Window = Day
	}
	if o.Now.IsZero() {
		o.Now = time.Now()
	}
	o.Stories = cmp.Or(o.Stories, 10)
	o.Rising = cmp.Or(o.Rising, 12)
	o.MinRecent = cmp.Or(o.MinRecent, o.Window.MinRecent, 3)
	return o
}

// Candidates and limits of one build.
const (
	storyCandidates = 30  // stories read, largest first, before ranking
	storyMembers    = 100 // articles of a story read
	headlines       = 6   // headlines kept per story
)

// Build computes the digest of st for one window.
func Build(ctx context.Context, st store.Store, opt Options) (*Digest, error) {
	opt = opt.withDefaults()

	newest, err := newestArticle(ctx, st)
	if err != nil {
		return nil, err
	}
	return build(ctx, st, opt, newest)
}

// newestArticle returns the newest article (with the number of articles
// that are not duplicates as Total).
func newestArticle(ctx context.Context, st store.Store) (*store.SearchResult, error) {
	newest, err := st.Search(ctx, store.SearchQuery{Filter: store.Filter{Limit: 1}, Snippets: -1})
	if err != nil {
		return nil, fmt.Errorf("monitor: newest article: %w", err)
	}
	return newest, nil
}

// build is Build once the newest article is known.
func build(ctx context.Context, st store.Store, opt Options, newest *store.SearchResult) (*Digest, error) {
	w := opt.Window
	d := &Digest{Window: w.Name, Now: opt.Now.UTC(), Stories: []Story{}, RisingActors: []Rising{}, RisingPlaces: []Rising{}}
	end := d.Now
	if len(newest.Hits) > 0 && !newest.Hits[0].Published.IsZero() {
		d.Newest = newest.Hits[0].Published.UTC()
		if d.Newest.Before(d.Now.Add(-w.Length)) {
			d.Historical = true
			end = d.Newest
		}
	}
	d.Until = end.Truncate(time.Hour).Add(time.Hour)
	d.Since = d.Until.Add(-w.Length)
	d.BaselineSince = d.Since.Add(-w.Baseline)

	var (
		stories        []Story
		actors, places []store.Trend
	)
	err := parallel.Do(
		func() (err error) { stories, err = topStories(ctx, st, d.Since, d.Until, opt.Stories); return err },
		func() (err error) {
			actors, err = st.Trends(ctx, store.TrendQuery{Kind: store.TrendActors, BaselineSince: d.BaselineSince,
				Since: d.Since, Until: d.Until, MinRecent: opt.MinRecent, Types: []string{entity.PER, entity.ORG}})
			return err
		},
		func() (err error) {
			places, err = st.Trends(ctx, store.TrendQuery{Kind: store.TrendPlaces, BaselineSince: d.BaselineSince,
				Since: d.Since, Until: d.Until, MinRecent: opt.MinRecent})
			return err
		},
		func() (err error) {
			d.Volume.Series, err = st.Volume(ctx, store.VolumeQuery{Since: d.BaselineSince, Until: d.Until, Bucket: w.Bucket})
			return err
		},
	)
	if err != nil {
		return nil, fmt.Errorf("monitor: %w", err)
	}
	d.Stories = stories
	d.Volume.BucketSeconds = int64(w.Bucket / time.Second)
	// The baseline spans what the store holds of it: from its first
	// non-empty interval to the window.
	covered := time.Duration(0)
	for _, v := range d.Volume.Series {
		if v.Articles > 0 {
			covered = d.Since.Sub(v.Start)
			break
		}
	}
	ratio := 0.0
	if covered > 0 {
		ratio = float64(w.Length) / float64(covered)
	}
	d.RisingActors = rising(actors, ratio, opt.Rising)
	d.RisingPlaces = rising(places, ratio, opt.Rising)
	return d, nil
}

// rising keeps the names of ts named at least twice as often as expected
// (the baseline times ratio), best score first.
func rising(ts []store.Trend, ratio float64, n int) []Rising {
	out := []Rising{}
	for _, t := range ts {
		if strings.TrimSpace(t.Name) == "" {
			continue
		}
		exp := float64(t.Baseline) * ratio
		if float64(t.Recent) < 2*exp {
			continue
		}
		out = append(out, Rising{Name: t.Name, Type: t.Type, Recent: t.Recent, Baseline: t.Baseline,
			Expected: math.Round(exp*100) / 100, Score: math.Round((float64(t.Recent)-exp)/math.Sqrt(exp+1)*100) / 100})
	}
	slices.SortStableFunc(out, func(a, b Rising) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), cmp.Compare(b.Recent, a.Recent), strings.Compare(a.Name, b.Name))
	})
	// One name tagged with two types (an embassy as ORG and LOC) is shown
	// once, with its best score.
	seen := map[string]bool{}
	out = slices.DeleteFunc(out, func(r Rising) bool {
		k := arabic.Normalize(r.Name)
		defer func() { seen[k] = true }()
		return seen[k]
	})
	return out[:min(n, len(out))]
}

// topStories ranks the largest stories of [since, until) by distinct
// articles × sources, folding duplicates and titling each by its most
// central article.
func topStories(ctx context.Context, st store.Store, since, until time.Time, n int) ([]Story, error) {
	cands, err := st.Stories(ctx, store.Filter{Since: since, Until: until, Limit: storyCandidates})
	if err != nil {
		return nil, err
	}
	// The store counts copies too: rank on its counts first, then read
	// the members of the best ones only.
	slices.SortStableFunc(cands.Items, func(a, b store.Story) int {
		return cmp.Compare(b.Articles*b.Sources, a.Articles*a.Sources)
	})
	cands.Items = cands.Items[:min(len(cands.Items), n+n/2)]
	out := make([]Story, len(cands.Items))
	fns := make([]func() error, len(cands.Items))
	for i, c := range cands.Items {
		fns[i] = func() error {
			res, err := st.Search(ctx, store.SearchQuery{Snippets: -1, Filter: store.Filter{StoryID: c.ID,
				Since: since, Until: until, IncludeDuplicates: true, Limit: storyMembers}})
			if err != nil {
				return err
			}
			out[i] = fold(c.ID, res.Hits)
			return nil
		}
	}
	if err := parallel.Do(fns...); err != nil {
		return nil, err
	}
	out = slices.DeleteFunc(out, func(s Story) bool { return s.Score < 2 })
	slices.SortStableFunc(out, func(a, b Story) int {
		return cmp.Or(cmp.Compare(b.Score, a.Score), b.Last.Compare(a.Last), strings.Compare(a.ID, b.ID))
	})
	return out[:min(n, len(out))], nil
}

// fold builds a story from its articles (newest first): copies are folded
// into the article they repeat, and the most central article titles it.
func fold(id string, hits []store.Hit) Story {
	s := Story{ID: id, Sources: []string{}, Headlines: []Headline{}}
	present := map[string]bool{}
	for _, h := range hits {
		present[h.ID] = true
	}
	var distinct []store.Hit
	copies := map[string]int{}
	perSource := map[string]int{}
	for _, h := range hits {
		h.Published = h.Published.UTC()
		perSource[h.Source]++ // a copy another source ran counts that source
		if h.DuplicateOf != "" && present[h.DuplicateOf] {
			copies[h.DuplicateOf]++
			s.Duplicates++
			continue
		}
		distinct = append(distinct, h)
		if !h.Published.IsZero() {
			if s.First.IsZero() || h.Published.Before(s.First) {
				s.First = h.Published
			}
			if h.Published.After(s.Last) {
				s.Last = h.Published
			}
		}
	}
	for src := range perSource {
		s.Sources = append(s.Sources, src)
	}
	slices.SortFunc(s.Sources, func(a, b string) int { return cmp.Or(perSource[b]-perSource[a], strings.Compare(a, b)) })
	s.Articles = len(distinct)
	s.Score = s.Articles * len(s.Sources)
	c := central(distinct)
	if c < 0 {
		return s
	}
	s.Title, s.ArticleID = distinct[c].Title, distinct[c].ID
	// The central article first, then one article of each other source,
	// then the rest, newest first within each.
	rest := slices.Delete(slices.Clone(distinct), c, c+1)
	seen := map[string]bool{distinct[c].Source: true}
	order := []store.Hit{distinct[c]}
	for _, h := range rest {
		if !seen[h.Source] {
			seen[h.Source] = true
			order = append(order, h)
		}
	}
	for _, h := range rest {
		if !slices.ContainsFunc(order, func(o store.Hit) bool { return o.ID == h.ID }) {
			order = append(order, h)
		}
	}
	for _, h := range order[:min(headlines, len(order))] {
		s.Headlines = append(s.Headlines, Headline{ArticleID: h.ID, Title: h.Title, Source: h.Source,
			Published: h.Published, Copies: copies[h.ID]})
	}
	return s
}

// central returns the index of the hit whose title is most similar to the
// others' (summed Jaccard similarity of their content-word keys), the
// first listed among equals; -1 for none.
func central(hits []store.Hit) int {
	sets := make([]map[string]bool, len(hits))
	for i, h := range hits {
		sets[i] = map[string]bool{}
		for _, t := range store.Terms(h.Title) {
			if !arabic.IsStopword(t.Key) {
				sets[i][t.Key] = true
			}
		}
	}
	best, bestSum := -1, -1.0
	for i := range hits {
		sum := 0.0
		for j := range hits {
			if i != j {
				sum += jaccard(sets[i], sets[j])
			}
		}
		if sum > bestSum {
			best, bestSum = i, sum
		}
	}
	return best
}

func jaccard(a, b map[string]bool) float64 {
	if len(a) == 0 || len(b) == 0 {
		return 0
	}
	n := 0
	for k := range a {
		if b[k] {
			n++
		}
	}
	return float64(n) / float64(len(a)+len(b)-n)
}
