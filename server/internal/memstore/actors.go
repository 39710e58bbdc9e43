package memstore

import (
	"cmp"
	"context"
	"slices"
	"strings"

	"github.com/marsad/marsad/arabic"
	"github.com/marsad/marsad/extract/event"
	"github.com/marsad/marsad/extract/quote"
	"github.com/marsad/marsad/store"
)

// LinkActors rebuilds the link table from every article, as the SQL
// stores do (store.ActorLinker).
func (s *Store) LinkActors(ctx context.Context) error {
	if err := ctx.Err(); err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if err := s.check(); err != nil {
		return err
	}
	l := store.NewActorLinker()
	for _, a := range s.arts {
		if a.Analysis == nil {
			continue
		}
		for _, e := range a.Analysis.Entities {
			names := make([]string, len(e.Mentions))
			for i, m := range e.Mentions {
				names[i] = m.Text
			}
			l.Add(a.ID, store.LinkEntity{Type: e.Type, Canonical: e.Canonical, ActorID: e.ActorID, Names: names})
		}
	}
	s.links = l.Links()
	return nil
}

// resolve replaces f.Actor by its ident (store.ResolveActor).
func (s *Store) resolve(ctx context.Context, f store.Filter) (store.Filter, error) {
	if f.Actor == "" {
		return f, nil
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	if err := s.check(); err != nil {
		return f, err
	}
	id, err := store.ResolveActor(ctx, lookup{s}, f.Actor)
	f.Actor = id
	return f, err
}

// lookup answers store.ResolveActor's questions; the caller holds the
// read lock.
type lookup struct{ s *Store }

func (l lookup) entities(fn func(a *store.Article, e entityT)) {
	for _, a := range l.s.arts {
		if a.Analysis != nil {
			for _, e := range a.Analysis.Entities {
				fn(a, e)
			}
		}
	}
}

func (l lookup) LinkedActor(_ context.Context, id string) (string, error) {
	found := ""
	l.entities(func(_ *store.Article, e entityT) {
		if e.ActorID != "" && e.ActorID == id {
			found = id
		}
	})
	return found, nil
}

func (l lookup) NameActor(_ context.Context, k string) (string, error) {
	return l.s.links.Names[k], nil
}

func (l lookup) CanonicalActor(_ context.Context, k string) (string, error) {
	arts := map[string]map[string]bool{}
	l.entities(func(a *store.Article, e entityT) {
		if arabic.Normalize(e.Canonical) == k {
			id := store.LocalIdent(e.ActorID, e.Canonical)
			if arts[id] == nil {
				arts[id] = map[string]bool{}
			}
			arts[id][a.ID] = true
		}
	})
	best := ""
	for id, as := range arts {
		if best == "" || len(as) > len(arts[best]) || len(as) == len(arts[best]) && id < best {
			best = id
		}
	}
	return best, nil
}

func (l lookup) CodeActor(_ context.Context, code string) (string, error) {
	ids := map[string]bool{}
	l.entities(func(_ *store.Article, e entityT) {
		if e.ActorCode == code {
			ids[e.ActorID] = true
		}
	})
	for id := range ids {
		if len(ids) == 1 {
			return id, nil
		}
	}
	return "", nil
}

// nameIdent is the ident a name key designates (store.ActorIdentSQL).
func (s *Store) nameIdent(k string) string {
	if id, ok := s.links.Names[k]; ok {
		return id
	}
	return store.NameIdent(k)
}

// entityIdent is the ident of an entity.
func (s *Store) entityIdent(e entityT) string {
	if e.ActorID != "" {
		return e.ActorID
	}
	return s.nameIdent(arabic.Normalize(e.Canonical))
}

// actorLabel returns the ident of e and the name and type its actor is
// shown with; the caller holds the read lock.
func (s *Store) actorLabel(e entityT) (ident, name, typ string) {
	ident = s.entityIdent(e)
	if lb, ok := s.links.Labels[ident]; ok {
		return ident, lb.Name, lb.Type
	}
	return ident, e.Canonical, e.Type
}

// entityIs reports whether e is the actor of ident (store.ActorSQL.Entity).
func (s *Store) entityIs(e entityT, ident string) bool {
	if kind, code := store.ParseIdent(ident); kind == store.IdentCode {
		return e.ActorCode == code
	}
	return s.entityIdent(e) == ident
}

// quoteIs reports whether q of article a is the actor's (store.ActorSQL.Quote).
func (s *Store) quoteIs(a *store.Article, q quote.Quote, ident string) bool {
	if q.SpeakerEntity != "" {
		return slices.ContainsFunc(a.Analysis.Entities, func(e entityT) bool { return e.ID == q.SpeakerEntity && s.entityIs(e, ident) })
	}
	kind, _ := store.ParseIdent(ident)
	return kind != store.IdentCode && s.nameIdent(arabic.Normalize(q.Speaker)) == ident
}

// eventIs reports whether the actor is ev's source or target, as role
// says (store.ActorSQL.Event).
func (s *Store) eventIs(a *store.Article, ev event.Event, ident, role string) bool {
	kind, v := store.ParseIdent(ident)
	side := func(name, code string) bool {
		if kind == store.IdentCode {
			return code == v
		}
		k := arabic.Normalize(name)
		linked := ""
		for _, e := range a.Analysis.Entities {
			if e.ActorID != "" && arabic.Normalize(e.Canonical) == k {
				if e.ActorID == ident {
					return true
				}
				linked = e.ActorID
			}
		}
		return linked == "" && s.nameIdent(k) == ident
	}
	switch role {
	case store.RoleSource:
		return side(ev.Source, ev.SourceCode)
	case store.RoleTarget:
		return side(ev.Target, ev.TargetCode)
	}
	return side(ev.Source, ev.SourceCode) || side(ev.Target, ev.TargetCode)
}

// actorKeys returns the name keys of ident, sorted (store.Actor.Keys).
func (s *Store) actorKeys(ident string) []string {
	var out []string
	for k, id := range s.links.Names {
		if id == ident {
			out = append(out, k)
		}
	}
	if kind, k := store.ParseIdent(ident); kind == store.IdentName && len(out) == 0 {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// Actors aggregates entities by actor ident.
func (s *Store) Actors(ctx context.Context, f store.Filter) (store.Page[store.Actor], error) {
	f, err := s.resolve(ctx, f)
	if err != nil {
		return store.Page[store.Actor]{}, err
	}
	arts, err := s.snapshot(ctx, f, false)
	if err != nil {
		return store.Page[store.Actor]{}, err
	}
	s.mu.RLock()
	defer s.mu.RUnlock()
	rows := map[string]*store.Actor{}
	aggs := map[string]*agg{}
	for _, a := range arts {
		for _, e := range a.Analysis.Entities {
			if f.Actor != "" && !s.entityIs(e, f.Actor) {
				continue
			}
			id := s.entityIdent(e)
			r := rows[id]
			if r == nil {
				r = &store.Actor{Name: e.Canonical, Type: e.Type, ActorID: store.ActorIDOf(id)}
				rows[id], aggs[id] = r, &agg{}
			}
			r.Name, r.Type, r.ActorCode = max(r.Name, e.Canonical), max(r.Type, e.Type), max(r.ActorCode, e.ActorCode)
			aggs[id].add(a, len(e.Mentions))
		}
	}
	out := make([]store.Actor, 0, len(rows))
	for id, r := range rows {
		if lb, ok := s.links.Labels[id]; ok {
			r.Name, r.Type = lb.Name, lb.Type
		}
		if f.EntityType != "" && r.Type != f.EntityType {
			continue
		}
		if f.Actor != "" {
			r.Keys = s.actorKeys(id)
		}
		g := aggs[id]
		r.Stories, r.Articles, r.Mentions = len(g.stories), len(g.articles), g.mentions
		out = append(out, *r)
	}
	slices.SortFunc(out, func(a, b store.Actor) int {
		return cmp.Or(cmp.Compare(b.Mentions, a.Mentions), strings.Compare(a.Name, b.Name), strings.Compare(a.Type, b.Type))
	})
	return page(out, f), nil
}
