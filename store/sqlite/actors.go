package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"strconv"

	"github.com/marsad/marsad/store"
)

// LinkActors rebuilds the actor link table from the stored entities in
// one transaction; see store.Store.
func (db *DB) LinkActors(ctx context.Context) error {
	if err := db.checkWrite(); err != nil {
		return err
	}
	rtx, err := db.w.BeginTx(ctx, nil)
	if err != nil {
		return wrap("link actors", err)
	}
	defer func() { _ = rtx.Rollback() }()
	l := store.NewActorLinker()
	if err := readLinkEntities(ctx, rtx, l); err != nil {
		return wrap("link actors", err)
	}
	links := l.Links()
	for _, q := range []string{`DELETE FROM actor_names`, `DELETE FROM actor_labels`} {
		if _, err := rtx.ExecContext(ctx, q); err != nil {
			return wrap("link actors", err)
		}
	}
	if err := insertLinks(ctx, rtx, links); err != nil {
		return wrap("link actors", err)
	}
	return wrap("link actors", rtx.Commit())
}

// readLinkEntities adds every stored entity, with its mention texts, to l,
// article by article.
func readLinkEntities(ctx context.Context, tx *sql.Tx, l *store.ActorLinker) error {
	rows, err := tx.QueryContext(ctx, `SELECT e.article_seq, e.rid, e.type, e.canonical, e.actor_id, COALESCE(m.text, '')
		FROM entities e LEFT JOIN mentions m ON m.entity_rid = e.rid ORDER BY e.article_seq, e.rid`)
	if err != nil {
		return err
	}
	defer rows.Close()
	var (
		cur     store.LinkEntity
		curRid  int64 = -1
		curSeq  int64
		pending bool
	)
	flush := func() {
		if pending {
			l.Add(strconv.FormatInt(curSeq, 10), cur)
		}
	}
	for rows.Next() {
		var seq, rid int64
		var typ, canonical, actorID, mention string
		if err := rows.Scan(&seq, &rid, &typ, &canonical, &actorID, &mention); err != nil {
			return err
		}
		if rid != curRid {
			flush()
			cur = store.LinkEntity{Type: typ, Canonical: canonical, ActorID: actorID}
			curRid, curSeq, pending = rid, seq, true
		}
		if mention != "" {
			cur.Names = append(cur.Names, mention)
		}
	}
	flush()
	return rows.Err()
}

// insertLinks writes the link table.
func insertLinks(ctx context.Context, tx *sql.Tx, links store.ActorLinks) error {
	names, err := tx.PrepareContext(ctx, `INSERT INTO actor_names (name_key, ident) VALUES (?, ?)`)
	if err != nil {
		return err
	}
	defer names.Close()
	for k, id := range links.Names {
		if _, err := names.ExecContext(ctx, k, id); err != nil {
			return err
		}
	}
	labels, err := tx.PrepareContext(ctx, `INSERT INTO actor_labels (ident, name, type) VALUES (?, ?, ?)`)
	if err != nil {
		return err
	}
	defer labels.Close()
	for id, lb := range links.Labels {
		if _, err := labels.ExecContext(ctx, id, lb.Name, lb.Type); err != nil {
			return err
		}
	}
	return nil
}

// resolveActor replaces f.Actor by the ident it resolves to
// (store.ResolveActor).
func (db *DB) resolveActor(ctx context.Context, f store.Filter) (store.Filter, error) {
	if f.Actor == "" {
		return f, nil
	}
	if err := db.check(); err != nil {
		return f, err
	}
	id, err := store.ResolveActor(ctx, lookup{db.r}, f.Actor)
	if err != nil {
		return f, wrap("resolve actor", err)
	}
	f.Actor = id
	return f, nil
}

// lookup answers store.ResolveActor's questions.
type lookup struct{ db *sql.DB }

func (l lookup) one(ctx context.Context, q string, args ...any) (string, error) {
	var s string
	err := l.db.QueryRowContext(ctx, q, args...).Scan(&s)
	if errors.Is(err, sql.ErrNoRows) {
		return "", nil
	}
	return s, err
}

func (l lookup) LinkedActor(ctx context.Context, id string) (string, error) {
	return l.one(ctx, `SELECT actor_id FROM entities WHERE actor_id = ? AND actor_id <> '' LIMIT 1`, id)
}

func (l lookup) NameActor(ctx context.Context, k string) (string, error) {
	return l.one(ctx, `SELECT ident FROM actor_names WHERE name_key = ?`, k)
}

func (l lookup) CanonicalActor(ctx context.Context, k string) (string, error) {
	return l.one(ctx, `SELECT CASE WHEN actor_id <> '' THEN actor_id ELSE '`+store.NameIdent("")+`' || canonical_key END AS id
		FROM entities WHERE canonical_key = ? GROUP BY id ORDER BY COUNT(DISTINCT article_seq) DESC, id LIMIT 1`, k)
}

func (l lookup) CodeActor(ctx context.Context, code string) (string, error) {
	var ids []string
	rows, err := l.db.QueryContext(ctx, `SELECT DISTINCT actor_id FROM entities WHERE actor_code = ? AND actor_code <> '' LIMIT 2`, code)
	if err != nil {
		return "", err
	}
	defer rows.Close()
	for rows.Next() {
		var id string
		if err := rows.Scan(&id); err != nil {
			return "", err
		}
		ids = append(ids, id)
	}
	if err := rows.Err(); err != nil || len(ids) != 1 {
		return "", err
	}
	return ids[0], nil // "" when they are all unlinked
}

// actorKeys returns the name keys that designate ident (store.Actor.Keys).
func (db *DB) actorKeys(ctx context.Context, ident string) ([]string, error) {
	rows, err := db.r.QueryContext(ctx, `SELECT name_key FROM actor_names WHERE ident = ? ORDER BY name_key`, ident)
	if err != nil {
		return nil, wrap("actor keys", err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var k string
		if err := rows.Scan(&k); err != nil {
			return nil, wrap("actor keys", err)
		}
		out = append(out, k)
	}
	if kind, k := store.ParseIdent(ident); kind == store.IdentName && len(out) == 0 {
		out = append(out, k)
	}
	return out, wrap("actor keys", rows.Err())
}
