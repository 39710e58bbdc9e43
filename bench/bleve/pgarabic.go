package blevebench

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
	"github.com/marsad/marsad/store/storetest"
)

// pgEngine is PostgreSQL's own Arabic full-text search: a table with a
// tsvector of to_tsvector('arabic', ...) over title (weight A) and body
// (weight B) and a GIN index on it, queried with plainto_tsquery and
// phraseto_tsquery, ranked by ts_rank, snippets by ts_headline. It runs in
// a schema of its own, dropped at Close, over one connection, so that the
// CPU of its server process can be read (when the server runs on this
// machine).
type pgEngine struct {
	conn   *pgx.Conn
	schema string
	pid    int
}

func newPG(ctx context.Context, url string) (*pgEngine, error) {
	conn, err := pgx.Connect(ctx, url)
	if err != nil {
		return nil, err
	}
	p := &pgEngine{conn: conn, schema: fmt.Sprintf("blevebench_%d", time.Now().UnixNano())}
	for _, q := range []string{
		`CREATE SCHEMA ` + p.schema,
		`SET search_path = ` + p.schema,
		`CREATE TABLE docs (id text PRIMARY KEY, title text, body text, source text, published timestamptz,
			tsv tsvector GENERATED ALWAYS AS (setweight(to_tsvector('arabic', title), 'A') ||
			                                  setweight(to_tsvector('arabic', body), 'B')) STORED)`,
		`CREATE INDEX docs_tsv ON docs USING gin (tsv)`,
		`CREATE INDEX docs_source ON docs (source, published)`,
	} {
		if _, err := conn.Exec(ctx, q); err != nil {
			return nil, fmt.Errorf("%s: %w", q, err)
		}
	}
	if err := conn.QueryRow(ctx, `SELECT pg_backend_pid()`).Scan(&p.pid); err != nil {
		return nil, err
	}
	return p, nil
}

func (p *pgEngine) Name() string { return "postgres-arabic" }

func (p *pgEngine) Index(ctx context.Context, docs []storetest.NewsDoc) error {
	for i := 0; i < len(docs); i += bleveBatch {
		part := docs[i:min(len(docs), i+bleveBatch)]
		rows := make([][]any, len(part))
		for j, d := range part {
			var pub any
			if t, err := time.Parse(time.RFC3339, d.Published); err == nil {
				pub = t
			}
			rows[j] = []any{d.ID, d.Title, d.Text, d.Source, pub}
		}
		if _, err := p.conn.CopyFrom(ctx, pgx.Identifier{"docs"}, []string{"id", "title", "body", "source", "published"},
			pgx.CopyFromRows(rows)); err != nil {
			return err
		}
	}
	_, err := p.conn.Exec(ctx, `VACUUM ANALYZE docs`)
	return err
}

func (p *pgEngine) Open(context.Context) error { return nil }

func (p *pgEngine) Search(ctx context.Context, q store.SearchQuery) (int, error) {
	node, err := store.ParseQuery(q.Text)
	if err != nil || node == nil {
		return 0, nil
	}
	var args []any
	tsq := pgQuery(node, &args)
	where := `tsv @@ ` + tsq
	if q.Source != "" {
		args = append(args, q.Source)
		where += ` AND source = $` + strconv.Itoa(len(args))
	}
	if !q.Since.IsZero() {
		args = append(args, q.Since)
		where += ` AND published >= $` + strconv.Itoa(len(args))
	}
	var total int
	if err := p.conn.QueryRow(ctx, `SELECT COUNT(*) FROM docs WHERE `+where, args...).Scan(&total); err != nil {
		return 0, err
	}
	rows, err := p.conn.Query(ctx, `SELECT id, ts_headline('arabic', title, q), ts_headline('arabic', body, q, 'MaxFragments=1')
		FROM (SELECT id, title, body, `+tsq+` AS q FROM docs WHERE `+where+
		` ORDER BY ts_rank(tsv, `+tsq+`) DESC LIMIT `+strconv.Itoa(q.PageLimit())+` OFFSET `+strconv.Itoa(q.Offset)+`) p`, args...)
	if err != nil {
		return 0, err
	}
	for rows.Next() {
		var id, title, snippet string
		if err := rows.Scan(&id, &title, &snippet); err != nil {
			rows.Close()
			return 0, err
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	if q.Facets {
		rows, err := p.conn.Query(ctx, `SELECT source, COUNT(*) c FROM docs WHERE `+where+` GROUP BY source ORDER BY c DESC LIMIT 10`, args...)
		if err != nil {
			return 0, err
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, err
		}
	}
	return total, nil
}

// pgQuery renders a parsed query as a tsquery expression over
// PostgreSQL's own parsing of the words as written, appending the words
// to args.
func pgQuery(n *store.QueryNode, args *[]any) string {
	arg := func(s string) string {
		*args = append(*args, s)
		return `$` + strconv.Itoa(len(*args))
	}
	join := func(qs []string, op string) string { return "(" + strings.Join(qs, " "+op+" ") + ")" }
	switch n.Kind {
	case store.QueryWord:
		return `plainto_tsquery('arabic', ` + arg(n.Text) + `)`
	case store.QueryPhrase:
		return `phraseto_tsquery('arabic', ` + arg(n.Text) + `)`
	case store.QueryOr:
		qs := make([]string, len(n.Children))
		for i, c := range n.Children {
			qs[i] = pgQuery(c, args)
		}
		return join(qs, "||")
	case store.QueryAnd:
		var qs []string
		for _, c := range n.Children {
			if c.Kind == store.QueryNot {
				qs = append(qs, "!!"+pgQuery(c.Children[0], args))
			} else {
				qs = append(qs, pgQuery(c, args))
			}
		}
		return join(qs, "&&")
	}
	return `''::tsquery`
}

func (p *pgEngine) Bytes() int64 {
	var n int64
	_ = p.conn.QueryRow(context.Background(), `SELECT pg_total_relation_size('docs')`).Scan(&n)
	return n
}

// ServerCPU reads the CPU time of the connection's server process from
// /proc (0 when the server is elsewhere).
func (p *pgEngine) ServerCPU() float64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(p.pid) + "/stat")
	if err != nil {
		return 0
	}
	s := string(b)
	f := strings.Fields(s[strings.LastIndexByte(s, ')')+2:])
	if len(f) < 13 {
		return 0
	}
	ut, _ := strconv.ParseFloat(f[11], 64)
	st, _ := strconv.ParseFloat(f[12], 64)
	return (ut + st) / 100 // clock ticks (USER_HZ)
}

func (p *pgEngine) Close() error {
	ctx := context.Background()
	_, err := p.conn.Exec(ctx, `DROP SCHEMA `+p.schema+` CASCADE`)
	return errors.Join(err, p.conn.Close(ctx))
}
