package sqlite

import (
	"context"
	"database/sql"
	"sync"

	"github.com/marsad/marsad/store"
)

// maxGroup is the most puts one transaction commits.
const maxGroup = 64

// putReq is one Put waiting to be committed.
type putReq struct {
	ctx    context.Context
	art    *store.Article
	anJSON sql.NullString
	ix     searchRows
	res    store.PutResult
	err    error
	done   chan struct{} // closed when committed, or when it is to lead
	lead   bool
}

// groupCommit commits puts in groups: a Put that finds no commit under way
// commits itself and every put that arrived meanwhile, then the next group,
// until none waits (no goroutine of its own, no delay added). Writing many
// articles in one transaction shares its fixed cost (the commit's WAL
// writes were half of a lone Put's time).
type groupCommit struct {
	mu      sync.Mutex
	queue   []*putReq
	leading bool
}

// put queues r and returns its result once it is committed (or has
// failed); commit writes a group. The caller that leads commits one group,
// its own, then hands the lead to the first put still waiting, so that no
// caller writes for others forever.
func (g *groupCommit) put(ctx context.Context, r *putReq, commit func([]*putReq) error) (store.PutResult, error) {
	r.ctx, r.done = ctx, make(chan struct{})
	g.mu.Lock()
	g.queue = append(g.queue, r)
	if g.leading {
		g.mu.Unlock()
		<-r.done // the leader checks r.ctx before writing r
		if !r.lead {
			return r.res, r.err
		}
		g.mu.Lock()
	}
	g.leading = true
	n := min(len(g.queue), maxGroup)
	batch := append([]*putReq(nil), g.queue[:n]...)
	g.queue = g.queue[n:]
	g.mu.Unlock()
	if err := commit(batch); err != nil {
		for _, b := range batch {
			b.res, b.err = store.PutResult{}, err
		}
	}
	for _, b := range batch {
		if b != r {
			close(b.done)
		}
	}
	g.mu.Lock()
	if len(g.queue) > 0 {
		next := g.queue[0]
		next.lead = true
		close(next.done) // next leads the following group
	} else {
		g.leading = false
	}
	g.mu.Unlock()
	return r.res, r.err
}
