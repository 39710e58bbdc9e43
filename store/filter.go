package store

import "time"

// DefaultLimit is the page size when Filter.Limit is zero; MaxLimit caps it.
const (
	DefaultLimit = 20
	MaxLimit     = 1000
)

// Filter narrows a List or Search call. Zero fields do not filter. Text
// filters (Actor, Place) compare normalised forms (arabic.Normalize), so
// diacritics and letter variants do not matter.
type Filter struct {
	// Actor keeps what involves this actor, named by its actor ID, any of
	// its names, spellings or aliases, or its code (see ResolveActor: one
	// actor whatever the form). Search and Stories: articles mentioning
	// it; Quotes: its quotes (speaker); Events: events where it is source
	// or target (ActorRole: one of them); Actors: that actor only. A code
	// shared by several actors keeps them all.
	Actor string
	// ActorRole narrows Events to those where Actor is the source
	// (RoleSource) or the target (RoleTarget); "" keeps both.
	ActorRole string
	// EntityType keeps entities of this type (entity.PER, LOC, ORG, MISC);
	// for Search, articles mentioning an entity of this type.
	EntityType string
	// EventType keeps events of this type (a PLOVER category); for Search
	// and Stories, articles with such an event.
	EventType string
	// Source keeps articles from this source (exact match).
	Source string
	// Place keeps what is tied to this place name or ISO country code.
	Place string
	// Since and Until bound the article's publication time (Since
	// inclusive, Until exclusive).
	Since, Until time.Time
	// StoryID keeps articles of one story.
	StoryID string
	// ArticleID keeps rows of one article (List calls).
	ArticleID string
	// MinConfidence keeps the quotes and events whose confidence is at
	// least this (0: all). With EventType, Search and Stories keep the
	// articles with an event of that type reaching it.
	MinConfidence float64
	// DistinctEvents (Events) lists each event once: the rows of one type,
	// source, target and evidence sentence — the same event in several
	// articles, reprints that deduplication left apart — are one row, that
	// of the newest article, whose Reports counts them.
	DistinctEvents bool
	// IncludeDuplicates keeps articles marked DuplicateOf another; by
	// default they are left out so repeats do not inflate counts.
	IncludeDuplicates bool
	// Limit and Offset page the result (Limit 0: DefaultLimit).
	Limit, Offset int
}

// Roles of an actor in an event (Filter.ActorRole).
const (
	RoleSource = "source"
	RoleTarget = "target"
)

// PageLimit returns the effective page size of f.
func (f Filter) PageLimit() int {
	switch {
	case f.Limit <= 0:
		return DefaultLimit
	case f.Limit > MaxLimit:
		return MaxLimit
	}
	return f.Limit
}

// Page is one page of a listing; Total counts all matching items.
type Page[T any] struct {
	Items []T
	Total int
}
