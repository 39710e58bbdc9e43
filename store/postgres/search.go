package postgres

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"

	"github.com/jackc/pgx/v5"

	"github.com/marsad/marsad/store"
)

// Hits are ranked by ts_rank: the weighted frequency of the query's words,
// divided by 1 + the logarithm of the article's length in words
// (normalisation 1), much as BM25 weighs term frequency against length in
// the SQLite store, though without its inverse document frequency.
// ts_rank_cd (cover density) costs some 60% more per match, for an order
// that rewards words close together, which phrases already ask for.

// rankWeights are ts_rank's weights of {D, C, B, A}: the title (A) weighs
// 3 to the body's (B) 1, as BM25's column weights in the SQLite store.
const rankWeights = `'{0.1, 0.1, 0.333333, 1}'`

// rankNormalization is ts_rank's normalisation: 1 divides the rank by
// 1 + the logarithm of the article's length in words.
const rankNormalization = 1

// RankLimit is the number of matches above which a query's hits are
// ordered newest-stored first instead of by rank. Ranking reads the
// full-text vector of every match, a cost that grows with the matches,
// while a word common enough to match thousands of articles says little
// about which of them is best.
const RankLimit = 5000

// Search runs a query; see store.Store. Its queries run in one read-only
// transaction, so that the total, the hits and the facets agree even while
// articles are being stored.
func (s *Store) Search(ctx context.Context, q store.SearchQuery) (*store.SearchResult, error) {
	if err := s.check(); err != nil {
		return nil, err
	}
	var err error
	if q.Filter, err = s.resolveActor(ctx, q.Filter); err != nil {
		return nil, err
	}
	node, err := store.ParseQuery(q.Text)
	if err != nil {
		return nil, fmt.Errorf("postgres: search: %w", err)
	}
	var (
		c     conds
		query string // the tsquery's placeholder
	)
	if node != nil {
		tsq, err := tsQuery(node)
		if err != nil {
			return nil, fmt.Errorf("postgres: search: %w", err)
		}
		query = c.arg(tsq) + "::tsquery"
		c.add(`a.tsv @@ ` + query)
	}
	articleConds(&c, q.Filter)
	var res *store.SearchResult
	err = pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{IsoLevel: pgx.RepeatableRead, AccessMode: pgx.ReadOnly},
		func(tx pgx.Tx) error {
			res = &store.SearchResult{Hits: []store.Hit{}}
			set, setArgs := `SELECT a.seq FROM articles a`+c.sql(), c.args // the matches, for the facets
			if node != nil {
				// The planner does not count the cost of reading each
				// article's vector on a sequential scan, and picks one for
				// common words where the GIN index is several times faster.
				if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off`); err != nil {
					return err
				}
				// One pass over the matches: the count, the page and the
				// facets' set come from the seqs it returns, and the
				// full-text match is not run again for each.
				seqs, err := matchSeqs(ctx, tx, set, setArgs)
				if err != nil {
					return err
				}
				res.Total = len(seqs)
				if max(0, q.Offset) < res.Total {
					if res.Hits, err = textHits(ctx, tx, seqs, q, node, c.args[0]); err != nil {
						return err
					}
				}
				set, setArgs = `SELECT unnest($1::bigint[])`, []any{seqs}
			} else {
				if err := tx.QueryRow(ctx, `SELECT COUNT(*) FROM articles a`+c.sql(), c.args...).Scan(&res.Total); err != nil {
					return err
				}
				var err error
				if max(0, q.Offset) < res.Total {
					if res.Hits, err = hits(ctx, tx, &c, q); err != nil {
						return err
					}
				}
			}
			if q.Facets {
				var err error
				if res.Facets, err = facets(ctx, tx, set, setArgs); err != nil {
					return fmt.Errorf("facets: %w", err)
				}
			}
			return nil
		})
	if err != nil {
		return nil, wrap("search", err)
	}
	return res, nil
}

// matchSeqs returns the seqs the query set yields.
func matchSeqs(ctx context.Context, tx pgx.Tx, set string, args []any) ([]int64, error) {
	rows, err := tx.Query(ctx, set, args...)
	if err != nil {
		return nil, err
	}
	seqs, err := pgx.CollectRows(rows, pgx.RowTo[int64])
	if seqs == nil {
		seqs = []int64{}
	}
	return seqs, err
}

// textHits returns the page of the matches seqs of a query with text:
// newest published first with store.SortNewest; else by rank when there
// are at most RankLimit of them, else newest stored first (chosen here,
// without asking the server). tsq is the query's tsquery.
func textHits(ctx context.Context, tx pgx.Tx, seqs []int64, q store.SearchQuery, node *store.QueryNode, tsq any) ([]store.Hit, error) {
	limit, offset := q.PageLimit(), max(0, q.Offset)
	if q.Sort == store.SortNewest {
		return pageHits(ctx, tx, `SELECT a.seq, 0::float8 AS score FROM articles a WHERE a.seq = ANY($1)
			ORDER BY a.published_at DESC NULLS LAST, a.seq DESC LIMIT $2 OFFSET $3`,
			[]any{seqs, limit, offset}, `a.published_at DESC NULLS LAST, p.seq DESC`, q, node)
	}
	if len(seqs) > RankLimit {
		seqs = slices.Clone(seqs)
		slices.SortFunc(seqs, func(a, b int64) int { return cmp.Compare(b, a) })
		page := seqs[min(offset, len(seqs)):min(offset+limit, len(seqs))]
		return pageHits(ctx, tx, `SELECT a.seq, 0::float8 AS score FROM articles a WHERE a.seq = ANY($1)`,
			[]any{page}, `p.seq DESC`, q, node)
	}
	return pageHits(ctx, tx, `SELECT a.seq, ts_rank(`+rankWeights+`, a.tsv, $2::tsquery, `+strconv.Itoa(rankNormalization)+
		`)::float8 AS score FROM articles a WHERE a.seq = ANY($1) ORDER BY score DESC, seq DESC LIMIT $3 OFFSET $4`,
		[]any{seqs, tsq, limit, offset}, `p.score DESC, p.seq DESC`, q, node)
}

// pageHits reads the articles of the page that the query inner (seq,
// score) yields, in order (over p, the page, and a, its articles), with
// highlights and snippets.
func pageHits(ctx context.Context, tx pgx.Tx, inner string, args []any, order string, q store.SearchQuery,
	node *store.QueryNode) ([]store.Hit, error) {
	rows, err := tx.Query(ctx, `SELECT p.seq, p.score, a.id, a.title, a.url, a.source, a.published, a.story_id,
		a.duplicate_of, a.body FROM (`+inner+`) p JOIN articles a ON a.seq = p.seq ORDER BY `+order, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	keys := node.PositiveKeys()
	nSnip := snippetCount(q.Snippets)
	out := make([]store.Hit, 0, q.PageLimit())
	for rows.Next() {
		var (
			h         store.Hit
			seq       int64
			pub, body string
		)
		if err := rows.Scan(&seq, &h.Score, &h.ID, &h.Title, &h.URL, &h.Source, &pub, &h.StoryID, &h.DuplicateOf, &body); err != nil {
			return nil, err
		}
		h.Published = store.ParseTime(pub)
		if len(keys) > 0 {
			h.TitleHighlights = store.Highlight(h.Title, keys)
		}
		h.Snippets = store.MakeSnippets(body, keys, nSnip)
		out = append(out, h)
	}
	return out, rows.Err()
}

// snippetCount is the number of snippets per hit SearchQuery.Snippets
// asks for.
func snippetCount(n int) int {
	switch {
	case n == 0:
		return 1
	case n < 0:
		return 0
	}
	return n
}

// hits returns a page of the articles the conditions c select (a browse
// without text), newest published first.
func hits(ctx context.Context, tx pgx.Tx, c *conds, q store.SearchQuery) ([]store.Hit, error) {
	limit, args := c.page(q.Filter)
	return pageHits(ctx, tx, `SELECT a.seq, 0::float8 AS score FROM articles a`+c.sql()+
		` ORDER BY a.published_at DESC NULLS LAST, a.seq DESC`+limit, args, `a.published_at DESC NULLS LAST, p.seq DESC`, q, nil)
}

// facetTop is the number of values per facet.
const facetTop = 10

// facets counts sources, entities and event types over the matching set
// (set is a SQL query yielding article seqs), in one round trip.
func facets(ctx context.Context, tx pgx.Tx, set string, args []any) (*store.Facets, error) {
	top := ` LIMIT ` + strconv.Itoa(facetTop)
	b := &pgx.Batch{}
	b.Queue(`SELECT source, '', COUNT(*) c FROM articles WHERE seq IN (`+set+`)
		GROUP BY source ORDER BY c DESC, source COLLATE "C"`+top, args...)
	b.Queue(store.ActorFacetSQL(set, ` COLLATE "C"`)+top, args...)
	b.Queue(`SELECT type, '', COUNT(DISTINCT article_seq) c FROM events
		WHERE article_seq IN (`+set+`) GROUP BY type ORDER BY c DESC, type COLLATE "C"`+top, args...)
	br := tx.SendBatch(ctx, b)
	f := &store.Facets{}
	var err error
	for _, dst := range []*[]store.FacetCount{&f.Sources, &f.Entities, &f.EventTypes} {
		if *dst, err = facetRows(br); err != nil {
			return nil, errors.Join(err, br.Close())
		}
	}
	return f, br.Close()
}

func facetRows(br pgx.BatchResults) ([]store.FacetCount, error) {
	rows, err := br.Query()
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	out := []store.FacetCount{}
	for rows.Next() {
		var fc store.FacetCount
		if err := rows.Scan(&fc.Value, &fc.Type, &fc.Count); err != nil {
			return nil, err
		}
		out = append(out, fc)
	}
	return out, rows.Err()
}
