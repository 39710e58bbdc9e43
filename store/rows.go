package store

import "time"

// Counts are counted per story by default: an actor named in twenty
// copies of one wire story counts once in Stories and twenty times in
// Articles. Articles without a story count as stories of their own.

// Actor is one actor aggregated across articles: the entities linked to
// one actor ID, or the unlinked entities whose names designate one actor
// (see ResolveActor).
type Actor struct {
	Name      string // its canonical name in most articles
	Type      string // its most frequent entity type
	ActorID   string // the actor ID, "" for an actor known only by name
	ActorCode string // the greatest of its codes
	Stories   int    // distinct stories mentioning it
	Articles  int    // distinct articles mentioning it
	Mentions  int    // mentions over all articles
	// Keys are the name keys (arabic.Normalize) that designate it, when
	// the listing was filtered to it (Filter.Actor): an unlinked entity
	// of one of these names is this actor (see Is).
	Keys []string
}

// QuoteRow is one quote with the article it appears in.
type QuoteRow struct {
	ArticleID string
	StoryID   string
	Source    string
	Published time.Time
	Speaker   string
	Kind      string
	Cue       string
	Content   string
	// ContentStart and ContentEnd are byte offsets into the article body.
	ContentStart, ContentEnd int
	// Confidence in [0, 1] is the extractor's confidence in the quote.
	Confidence float64
}

// EventRow is one coded event with the article it appears in.
type EventRow struct {
	ArticleID  string
	StoryID    string
	Source     string
	Published  time.Time
	Type       string
	CAMEO      string
	Actor1     string // who acted (event.Source)
	Actor1Code string
	Actor2     string // who was acted on (event.Target)
	Actor2Code string
	Place      string
	Date       string
	Modality   string
	Evidence   string
	// EvidenceStart and EvidenceEnd are byte offsets into the article body.
	EvidenceStart, EvidenceEnd int
	// Confidence in [0, 1] is the coder's confidence in the event.
	Confidence float64
	// Reports is, with Filter.DistinctEvents, how many rows (articles)
	// report this event; 0 otherwise.
	Reports int
}

// PlaceRow is a place aggregated across articles by name and country.
type PlaceRow struct {
	Name     string
	Country  string
	Kind     string
	Lat, Lon float64
	Stories  int
	Articles int
	Mentions int
	// Events counts the events placed there (an event of an article that
	// names the place, whose place is that name), all of them: of the
	// filter's event type and actor when it has them.
	Events int
}

// Story is one story (a cluster of articles from ingest/dedup) with its
// counts.
type Story struct {
	ID       string
	Title    string // title of its first article
	First    time.Time
	Last     time.Time
	Articles int // articles, duplicates included
	Sources  int // distinct sources
	Mentions int // entity mentions over its distinct (non-duplicate) articles
	Events   int // events over its distinct articles
	Quotes   int // quotes over its distinct articles
}
