package postgres

import (
	"context"
	"errors"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
)

// linkLock is the second key of the transaction advisory lock LinkActors
// takes (the first is lockClass): processes linking one store at once
// rebuild its link table one after the other.
const linkLock = `hashtext('actor_names.' || current_schema())`

// LinkActors rebuilds the actor link table from the stored entities in
// one transaction; see store.Store.
func (s *Store) LinkActors(ctx context.Context) error {
	if err := s.checkWrite(); err != nil {
		return err
	}
	err := s.inTx(ctx, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1, `+linkLock+`)`, lockClass); err != nil {
			return err
		}
		l := store.NewActorLinker()
		if err := readLinkEntities(ctx, tx, l); err != nil {
			return err
		}
		links := l.Links()
		if _, err := tx.Exec(ctx, `TRUNCATE actor_names, actor_labels`); err != nil {
			return err
		}
		names := make([][]any, 0, len(links.Names))
		for k, id := range links.Names {
			names = append(names, []any{k, id})
		}
		if _, err := tx.CopyFrom(ctx, pgx.Identifier{"actor_names"}, []string{"name_key", "ident"}, pgx.CopyFromRows(names)); err != nil {
			return err
		}
		labels := make([][]any, 0, len(links.Labels))
		for id, lb := range links.Labels {
			labels = append(labels, []any{id, lb.Name, lb.Type})
		}
		_, err := tx.CopyFrom(ctx, pgx.Identifier{"actor_labels"}, []string{"ident", "name", "type"}, pgx.CopyFromRows(labels))
		return err
	})
	return wrap("link actors", err)
}

// readLinkEntities adds every stored entity, with its mention texts, to l,
// article by article.
func readLinkEntities(ctx context.Context, tx pgx.Tx, l *store.ActorLinker) error {
	rows, err := tx.Query(ctx, `SELECT e.article_seq, e.ord, e.type, e.canonical, e.actor_id, COALESCE(m.text, '')
		FROM entities e LEFT JOIN mentions m ON m.article_seq = e.article_seq AND m.entity_ord = e.ord
		ORDER BY e.article_seq, e.ord`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var (
		cur            store.LinkEntity
		curSeq, curOrd int64 = -1, -1
	)
	flush := func() {
		if curSeq >= 0 {
			l.Add(strconv.FormatInt(curSeq, 10), cur)
		}
	}
	for rows.Next() {
		var seq, ord int64
		var typ, canonical, actorID, mention string
		if err := rows.Scan(&seq, &ord, &typ, &canonical, &actorID, &mention); err != nil {
			return err
		}
		if seq != curSeq || ord != curOrd {
			flush()
			cur = store.LinkEntity{Type: typ, Canonical: canonical, ActorID: actorID}
			curSeq, curOrd = seq, ord
		}
		if mention != "" {
			cur.Names = append(cur.Names, mention)
		}
	}
	flush()
	return rows.Err()
}

// resolveActor replaces f.Actor by the ident it resolves to
// (store.ResolveActor).
func (s *Store) resolveActor(ctx context.Context, f store.Filter) (store.Filter, error) {
	if f.Actor == "" {
		return f, nil
	}
	if err := s.check(); err != nil {
		return f, err
	}
	id, err := store.ResolveActor(ctx, lookup{s}, f.Actor)
	if err != nil {
		return f, wrap("resolve actor", err)
	}
	f.Actor = id
	return f, nil
}

// lookup answers store.ResolveActor's questions.
type lookup struct{ s *Store }

func (l lookup) one(ctx context.Context, q string, args ...any) (string, error) {
	var v string
	err := l.s.pool.QueryRow(ctx, q, args...).Scan(&v)
	if errors.Is(err, pgx.ErrNoRows) {
		return "", nil
	}
	return v, err
}

func (l lookup) LinkedActor(ctx context.Context, id string) (string, error) {
	return l.one(ctx, `SELECT actor_id FROM entities WHERE actor_id = $1 AND actor_id <> '' LIMIT 1`, id)
}

func (l lookup) NameActor(ctx context.Context, k string) (string, error) {
	return l.one(ctx, `SELECT ident FROM actor_names WHERE name_key = $1`, k)
}

func (l lookup) CanonicalActor(ctx context.Context, k string) (string, error) {
	return l.one(ctx, `SELECT id FROM (SELECT CASE WHEN actor_id <> '' THEN actor_id ELSE '`+store.NameIdent("")+`' || canonical_key END AS id,
		article_seq FROM entities WHERE canonical_key = $1) x GROUP BY id ORDER BY COUNT(DISTINCT article_seq) DESC, id COLLATE "C" LIMIT 1`, k)
}

func (l lookup) CodeActor(ctx context.Context, code string) (string, error) {
	rows, err := l.s.pool.Query(ctx, `SELECT DISTINCT actor_id FROM entities WHERE actor_code = $1 AND actor_code <> '' LIMIT 2`, code)
	if err != nil {
		return "", err
	}
	ids, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil || len(ids) != 1 {
		return "", err
	}
	return ids[0], nil
}

// actorKeys returns the name keys that designate ident (store.Actor.Keys).
func (s *Store) actorKeys(ctx context.Context, ident string) ([]string, error) {
	rows, err := s.pool.Query(ctx, `SELECT name_key FROM actor_names WHERE ident = $1 ORDER BY name_key COLLATE "C"`, ident)
	if err != nil {
		return nil, wrap("actor keys", err)
	}
	out, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil {
		return nil, wrap("actor keys", err)
	}
	if kind, k := store.ParseIdent(ident); kind == store.IdentName && len(out) == 0 {
		out = append(out, k)
	}
	return out, nil
}
