package sqlite

import (
	"context"
	"database/sql"
	"errors"
	"math"
	"strconv"
)

// Ranking. A match's score is BM25 (k1 = 1.2, b = 0.75; a term in the
// title weighs titleWeight times one in the body) with one saturation for
// all the query's phrases:
//
//	score = (k1+1) · T / (T/M + k1·(1 − b + b·D/avgD))
//
// T = Σ idf(p)·tf(p) over the query's phrases p, tf the weighted count of
// p in the article, M = Σ idf(p) over the phrases the article holds, D the
// article's length in terms and avgD the average. For one phrase (a word,
// or a "phrase") it is FTS5's bm25 exactly; for several, BM25 would
// saturate each phrase's tf on its own, which needs each phrase's tf, and
// FTS5 gives only sums. FTS5 computes the sums: bm25() with weights far
// below k1·(1−b) is linear in tf (T, up to a known factor), and with
// weights far above it counts each held phrase once (M). D comes from the
// rowid (searchrow.go): FTS5 reads it from a B-tree for each match, which
// was four fifths of the cost of ranking, so the index keeps no column
// sizes and bm25() sees every article as of the same length.
const (
	titleWeight, bodyWeight = 3.0, 1.0
	bm25K1, bm25B           = 1.2, 0.75
	// Weights of bm25() that make it linear in tf (tiny, relative to
	// k0: see rankSQL) or count the held phrases (huge): the error is
	// below 1e-7 either way.
	tinyWeight, hugeWeight = 1e-9, 1e9
)

// rankSQL returns the SQL score of a match of articles_fts (see above),
// for an index of n articles averaging avgD terms.
func rankSQL(avgD float64) string {
	if avgD <= 0 {
		avgD = 1
	}
	f := func(x float64) string { return strconv.FormatFloat(x, 'g', -1, 64) }
	// bm25() without column sizes takes every article's length as -2 (two
	// columns of unknown size): its denominator for a tf of x is
	// x·w + k0.
	k0 := bm25K1 * (1 - bm25B + bm25B*-2/avgD)
	tiny := tinyWeight * math.Abs(k0)
	lin := `bm25(articles_fts, ` + f(titleWeight*tiny) + `, ` + f(bodyWeight*tiny) + `)`              // −(k1+1)·T·tiny/k0
	held := `bm25(articles_fts, ` + f(titleWeight*hugeWeight) + `, ` + f(bodyWeight*hugeWeight) + `)` // −(k1+1)·M
	// (k1+1) / ((k1+1)/M + k1·K(D)/T), K(D) = 1 − b + b·D/avgD
	norm := `(` + f(1-bm25B) + ` + ` + f(bm25B/avgD) + ` * ` + sqlFTSTerms + `)`
	return f(bm25K1+1) + ` / (` + f(-(bm25K1 + 1)) + ` / ` + held + ` - ` + f(bm25K1*(bm25K1+1)*tiny/k0) +
		` * ` + norm + ` / ` + lin + `)`
}

// avgTerms returns the average length in terms of the indexed articles,
// from FTS5's record of its totals (the number of rows, then the number of
// tokens of each column, as varints), which bm25() reads too. It is 0 for
// an empty index.
func (db *DB) avgTerms(ctx context.Context) (float64, error) {
	var b []byte
	err := db.queryRow(ctx, `SELECT block FROM articles_fts_data WHERE id = 1`).Scan(&b)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, nil
	}
	if err != nil {
		return 0, err
	}
	rows, k := sqliteVarint(b)
	if k == 0 || rows == 0 {
		return 0, nil
	}
	var total uint64
	for b = b[k:]; len(b) > 0; b = b[k:] {
		var n uint64
		if n, k = sqliteVarint(b); k == 0 {
			return 0, errors.New("sqlite: bad full-text totals record")
		}
		total += n
	}
	return float64(total) / float64(rows), nil
}

// sqliteVarint decodes SQLite's variable-length integer (big-endian groups
// of 7 bits, the ninth byte whole), as FTS5 writes them; k is its length,
// 0 when b is too short.
func sqliteVarint(b []byte) (v uint64, k int) {
	for i := 0; i < len(b) && i < 9; i++ {
		if i == 8 {
			return v<<8 | uint64(b[i]), 9
		}
		v = v<<7 | uint64(b[i]&0x7f)
		if b[i] < 0x80 {
			return v, i + 1
		}
	}
	return 0, 0
}
