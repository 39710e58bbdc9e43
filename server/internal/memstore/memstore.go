// Package memstore is an in-memory store.Store for the server's tests,
// examples and benchmarks. It scans every article on every call, so it is
// only fit for small fixtures. It passes the store/storetest conformance
// suite, so handler tests over it say something about real stores.
package memstore

import (
	"cmp"
	"context"
	"fmt"
	"iter"
	"slices"
	"sync"
	"time"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract"
	"github.com/marsad/marsad/store"
)

// Store is an in-memory store.Store. The zero value is not usable; call New.
type Store struct {
	mu     sync.RWMutex
	arts   []*store.Article // insertion order
	byID   map[string]*store.Article
	closed bool
	now    func() time.Time
	links  store.ActorLinks // built by LinkActors
}

var _ store.Store = (*Store)(nil)

// New returns an empty Store.
func New() *Store {
	return &Store{byID: map[string]*store.Article{}, now: time.Now}
}

func (s *Store) check() error {
	if s.closed {
		return store.ErrClosed
	}
	return nil
}

// Put stores a copy of a.
func (s *Store) Put(ctx context.Context, a *store.Article) (store.PutResult, error) {
	if err := ctx.Err(); err != nil {
		return store.PutResult{}, err
	}
	if a == nil {
		return store.PutResult{}, fmt.Errorf("%w: nil article", store.ErrInvalid)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(); err != nil {
		return store.PutResult{}, err
	}
	c := *a
	c.Prepare()
	for _, old := range s.arts {
		if old.ContentHash == c.ContentHash || old.ID == c.ID {
			return store.PutResult{ID: old.ID}, nil
		}
	}
	c.Added = s.now()
	s.arts = append(s.arts, &c)
	s.byID[c.ID] = &c
	return store.PutResult{ID: c.ID, Created: true}, nil
}

// Get returns a copy of the article with that ID.
func (s *Store) Get(ctx context.Context, id string) (*store.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	if id == "" {
		return nil, fmt.Errorf("%w: empty id", store.ErrInvalid)
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(); err != nil {
		return nil, err
	}
	a, ok := s.byID[id]
	if !ok {
		return nil, fmt.Errorf("%w: article %q", store.ErrNotFound, id)
	}
	c := *a
	return &c, nil
}

// Has reports whether an article with that ID is stored.
func (s *Store) Has(ctx context.Context, id string) (bool, error) {
	if err := ctx.Err(); err != nil {
		return false, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(); err != nil {
		return false, err
	}
	_, ok := s.byID[id]
	return ok, nil
}

// SetDedup records a dedup verdict.
func (s *Store) SetDedup(ctx context.Context, v store.Dedup) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(); err != nil {
		return err
	}
	a, ok := s.byID[v.ID]
	if !ok {
		return fmt.Errorf("%w: article %q", store.ErrNotFound, v.ID)
	}
	a.TextHash, a.DuplicateOf, a.StoryID = v.TextHash, v.DuplicateOf, v.StoryID
	for _, b := range s.arts {
		if b.StoryID != "" && slices.Contains(v.Merged, b.StoryID) {
			b.StoryID = v.StoryID
		}
	}
	return nil
}

// Raw yields the raw inputs in insertion order.
func (s *Store) Raw(ctx context.Context) iter.Seq2[store.RawInput, error] {
	return func(yield func(store.RawInput, error) bool) {
		s.mu.RLock()
		arts := slices.Clone(s.arts)
		err := s.check()
		s.mu.RUnlock()
		if err != nil {
			yield(store.RawInput{}, err)
			return
		}
		for _, a := range arts {
			if err := ctx.Err(); err != nil {
				yield(store.RawInput{}, err)
				return
			}
			if !yield(store.RawInput{ID: a.ID, URL: a.URL, Source: a.Source, Title: a.Title, Body: a.Body, Published: a.Published, Raw: a.Raw, RawFormat: a.RawFormat,
				TextHash: a.TextHash, DuplicateOf: a.DuplicateOf, StoryID: a.StoryID}, nil) {
				return
			}
		}
	}
}

// Reanalyze replaces an article's analysis, and its body and title with
// the analysis's.
func (s *Store) Reanalyze(ctx context.Context, id string, an *extract.Analysis) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(); err != nil {
		return err
	}
	a, ok := s.byID[id]
	if !ok {
		return fmt.Errorf("%w: article %q", store.ErrNotFound, id)
	}
	a.Analysis = an
	if an != nil {
		a.Body = an.Body
		if an.Title != "" {
			a.Title = an.Title
		}
	}
	return nil
}

// Stats counts what is stored.
func (s *Store) Stats(ctx context.Context) (store.Stats, error) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(); err != nil {
		return store.Stats{}, err
	}
	st := store.Stats{Articles: len(s.arts), SchemaVersion: 1}
	stories, sources := map[string]bool{}, map[string]bool{}
	for _, a := range s.arts {
		if a.DuplicateOf != "" {
			st.Duplicates++
		}
		if a.StoryID != "" {
			stories[a.StoryID] = true
		}
		sources[a.Source] = true
		st.Bytes += int64(len(a.Raw))
		if an := a.Analysis; an != nil {
			st.Entities += len(an.Entities)
			for _, e := range an.Entities {
				st.Mentions += len(e.Mentions)
			}
			st.Quotes += len(an.Quotes)
			st.Events += len(an.Events)
			st.Places += len(an.Places)
			st.Times += len(an.Times)
		}
	}
	st.Stories, st.Sources = len(stories), len(sources)
	return st, nil
}

// Close closes the store.
func (s *Store) Close() error {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.closed = true
	return nil
}

// snapshot returns the articles matching f (its Actor resolved), newest
// first, under the read lock.
func (s *Store) snapshot(ctx context.Context, f store.Filter, actor bool) ([]*store.Article, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(); err != nil {
		return nil, err
	}
	var out []*store.Article
	for _, a := range s.arts {
		if s.keep(a, f, actor) {
			out = append(out, a)
		}
	}
	slices.SortStableFunc(out, func(a, b *store.Article) int { return b.Published.Compare(a.Published) })
	return out, nil
}

// keep reports whether article a passes f (the Actor filter, an ident,
// only when actor is set: list calls apply it to rows instead); the
// caller holds the read lock.
func (s *Store) keep(a *store.Article, f store.Filter, actor bool) bool {
	switch {
	case a.DuplicateOf != "" && !f.IncludeDuplicates,
		f.Source != "" && a.Source != f.Source,
		!f.Since.IsZero() && a.Published.Before(f.Since),
		!f.Until.IsZero() && !a.Published.Before(f.Until),
		f.StoryID != "" && a.StoryID != f.StoryID,
		f.ArticleID != "" && a.ID != f.ArticleID:
		return false
	}
	an := a.Analysis
	if an == nil {
		return f.Actor == "" && f.EntityType == "" && f.EventType == "" && f.Place == ""
	}
	if actor && f.Actor != "" && !slices.ContainsFunc(an.Entities, func(e entityT) bool { return s.entityIs(e, f.Actor) }) {
		return false
	}
	if f.EntityType != "" && !slices.ContainsFunc(an.Entities, func(e entityT) bool { return e.Type == f.EntityType }) {
		return false
	}
	if f.EventType != "" && !slices.ContainsFunc(an.Events, func(e eventT) bool { return e.Type == f.EventType && e.Confidence >= f.MinConfidence }) {
		return false
	}
	if f.Place != "" && !slices.ContainsFunc(an.Places, func(p placeT) bool { return same(p.Name, f.Place) || p.Country == f.Place }) {
		return false
	}
	return true
}

// same compares two names in normalised form.
func same(a, b string) bool { return a == b || arabic.Normalize(a) == arabic.Normalize(b) }

// page cuts one page out of items.
func page[T any](items []T, f store.Filter) store.Page[T] {
	p := store.Page[T]{Total: len(items), Items: []T{}}
	lo := min(max(f.Offset, 0), len(items))
	hi := min(lo+f.PageLimit(), len(items))
	p.Items = append(p.Items, items[lo:hi]...)
	return p
}

// storyKey is the story an article counts in.
func storyKey(a *store.Article) string { return cmp.Or(a.StoryID, "article:"+a.ID) }
