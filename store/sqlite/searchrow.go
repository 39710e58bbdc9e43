package sqlite

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"

	"github.com/marsad/marsad/store"
)

// The rowid of an article's row in articles_fts packs, beside its seq,
// what ranking and the default filter read of every match, so that no
// match needs a lookup: whether the article is a duplicate, and its length
// in terms (BM25's document length; FTS5 would read it from a B-tree for
// each match, four fifths of the cost of ranking, so the index keeps no
// column sizes):
//
//	rowid = seq<<ftsSeqShift | dup<<ftsDupShift | min(terms, ftsLenMask)
//
// A length above ftsLenMask (4,095 terms, longer than any article of the
// news corpus) counts as ftsLenMask. The fewer the bits, the smaller the
// index: it stores the gaps between the rowids of a term's articles as
// varints. Ordered by rowid, the rows are ordered by seq. The index is
// contentless without column sizes, so a row is deleted with the index
// text it was inserted with (deleteFTS).
const (
	ftsSeqShift = 13
	ftsDupShift = 12
	ftsLenMask  = 1<<ftsDupShift - 1
)

// SQL over articles_fts's rowid.
var (
	sqlFTSSeq    = `(articles_fts.rowid >> ` + strconv.Itoa(ftsSeqShift) + `)`
	sqlFTSNotDup = `(articles_fts.rowid & ` + strconv.Itoa(1<<ftsDupShift) + `) = 0`
	sqlFTSTerms  = `(articles_fts.rowid & ` + strconv.Itoa(ftsLenMask) + `)`
)

// ftsRowid returns the articles_fts rowid of an article.
func ftsRowid(seq int64, dup bool, terms int) int64 {
	r := seq<<ftsSeqShift | int64(min(terms, ftsLenMask))
	if dup {
		r |= 1 << ftsDupShift
	}
	return r
}

// ftsText is an article's full-text row: the index text of title and body
// (store.IndexText) and their number of terms.
type ftsText struct {
	title, body string
	terms       int
}

// searchRows is everything the search index keeps of an article: its
// full-text row and the TermMaps of title and body (highlights and
// snippets without tokenising the hits).
type searchRows struct {
	fts               ftsText
	titleMap, bodyMap store.TermMap
}

// newSearchRows makes the search rows of an article, tokenising title and
// body once.
func newSearchRows(title, body string) searchRows {
	tt, bt := store.Terms(title), store.Terms(body)
	return searchRows{
		fts:      ftsText{title: store.IndexTerms(tt), body: store.IndexTerms(bt), terms: len(tt) + len(bt)},
		titleMap: store.NewTermMap(tt),
		bodyMap:  store.NewTermMap(bt),
	}
}

// newFTSText makes the full-text row of an article.
func newFTSText(title, body string) ftsText {
	tt, bt := store.Terms(title), store.Terms(body)
	return ftsText{title: store.IndexTerms(tt), body: store.IndexTerms(bt), terms: len(tt) + len(bt)}
}

// Statements of the search rows (prepared with writeQueries).
const (
	qInsertFTS = `INSERT INTO articles_fts (rowid, title, body) VALUES (?, ?, ?)`
	qDeleteFTS = `INSERT INTO articles_fts (articles_fts, rowid, title, body) VALUES ('delete', ?, ?, ?)`
	qPutTerms  = `INSERT OR REPLACE INTO article_terms (seq, title, body) VALUES (?, ?, ?)`
)

// execer runs a write statement: a wtx, or reindex's preparedTx.
type execer interface {
	ExecContext(ctx context.Context, q string, args ...any) (sql.Result, error)
}

// putSearch writes the search rows of article seq.
func putSearch(ctx context.Context, tx execer, seq int64, dup bool, r searchRows) error {
	if err := insertFTS(ctx, tx, seq, dup, r.fts); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, qPutTerms, seq, []byte(r.titleMap), []byte(r.bodyMap)); err != nil {
		return fmt.Errorf("index: terms: %w", err)
	}
	return nil
}

// insertFTS inserts the full-text row of article seq.
func insertFTS(ctx context.Context, tx execer, seq int64, dup bool, t ftsText) error {
	if _, err := tx.ExecContext(ctx, qInsertFTS, ftsRowid(seq, dup, t.terms), t.title, t.body); err != nil {
		return fmt.Errorf("index: %w", err)
	}
	return nil
}

// deleteFTS deletes the full-text row of article seq, which was inserted
// with t and dup.
func deleteFTS(ctx context.Context, tx execer, seq int64, dup bool, t ftsText) error {
	if _, err := tx.ExecContext(ctx, qDeleteFTS, ftsRowid(seq, dup, t.terms), t.title, t.body); err != nil {
		return fmt.Errorf("index: delete: %w", err)
	}
	return nil
}
