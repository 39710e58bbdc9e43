package sqlite

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/marsad/marsad/store"
)

// quoteColumns are the columns scanQuote reads, for quotes q of articles a.
const quoteColumns = `SELECT a.id, a.story_id, a.source, a.published, q.speaker, q.kind, q.cue, q.content,
	q.content_start, q.content_end, q.confidence`

// quoteConds adds the conditions of f on quotes q and their articles a:
// Actor (resolved) is the speaker, MinConfidence the quote's.
func quoteConds(c *conds, f store.Filter) {
	articleConds(c, f, "actor")
	if f.Actor != "" {
		c.add(store.NewActorSQL(f.Actor, c.arg).Quote("q"))
	}
	if f.MinConfidence > 0 {
		c.add(`q.confidence >= ?`, f.MinConfidence)
	}
}

func scanQuote(rows *sql.Rows, x *store.QuoteRow) error {
	var pub string
	err := rows.Scan(&x.ArticleID, &x.StoryID, &x.Source, &pub, &x.Speaker, &x.Kind, &x.Cue, &x.Content,
		&x.ContentStart, &x.ContentEnd, &x.Confidence)
	x.Published = store.ParseTime(pub)
	return err
}

// SearchQuotes lists the quotes whose content matches q.Text; see
// store.Store. The full-text index narrows the search to the articles
// that match the query's positive part; each of their quotes is then
// matched on its own words (store.QueryNode.Matches).
func (db *DB) SearchQuotes(ctx context.Context, q store.QuoteQuery) (store.Page[store.QuoteRow], error) {
	var err error
	if q.Filter, err = db.resolveActor(ctx, q.Filter); err != nil {
		return store.Page[store.QuoteRow]{Items: []store.QuoteRow{}}, err
	}
	node, err := store.ParseQuery(q.Text)
	if err != nil {
		return store.Page[store.QuoteRow]{Items: []store.QuoteRow{}}, fmt.Errorf("sqlite: search quotes: %w", err)
	}
	if node == nil {
		return db.Quotes(ctx, q.Filter)
	}
	pager := store.NewQuotePager(node, q.Filter)
	if err := db.check(); err != nil {
		return pager.Page(), err
	}
	var c conds
	quoteConds(&c, q.Filter)
	c.add(`a.seq IN (SELECT `+sqlFTSSeq+` FROM articles_fts WHERE articles_fts MATCH ?)`, matchExpr(node.Positive()))
	rows, err := db.r.QueryContext(ctx, quoteColumns+` FROM quotes q JOIN articles a ON a.seq = q.article_seq`+c.sql()+
		` ORDER BY a.published_at DESC, a.seq DESC, q.rowid`, c.args...)
	if err != nil {
		return pager.Page(), wrap("search quotes", err)
	}
	defer rows.Close()
	for rows.Next() {
		var x store.QuoteRow
		if err := scanQuote(rows, &x); err != nil {
			return pager.Page(), wrap("search quotes", err)
		}
		pager.Add(x)
	}
	return pager.Page(), wrap("search quotes", rows.Err())
}
