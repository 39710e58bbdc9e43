package sqlite

import (
	"context"
	"errors"
	"fmt"
	"sync"
	"testing"

	"github.com/marsad/marsad/store"
)

func TestGroupCommit(t *testing.T) {
	tests := []struct {
		name    string
		callers int
		failAt  int // the commit call that fails (0: none)
	}{
		{"one caller", 1, 0},
		{"many callers", 50, 0},
		{"a failing group", 50, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var g groupCommit
			var mu sync.Mutex
			calls, written := 0, map[string]int{}
			commit := func(reqs []*putReq) error {
				mu.Lock()
				defer mu.Unlock()
				calls++
				if len(reqs) > maxGroup {
					t.Errorf("group of %d", len(reqs))
				}
				if calls == tt.failAt {
					return errors.New("disk full")
				}
				for _, r := range reqs {
					written[r.art.ID]++
					r.res = store.PutResult{ID: r.art.ID, Created: true}
				}
				return nil
			}
			var wg sync.WaitGroup
			failed := make([]bool, tt.callers)
			for i := range tt.callers {
				wg.Go(func() {
					id := fmt.Sprint("a", i)
					res, err := g.put(context.Background(), &putReq{art: &store.Article{ID: id}}, commit)
					switch {
					case err != nil:
						failed[i] = true
					case res.ID != id:
						t.Errorf("put %s = %+v", id, res)
					}
				})
			}
			wg.Wait()
			nFailed := 0
			for i, f := range failed {
				id := fmt.Sprint("a", i)
				if f {
					nFailed++
					if written[id] != 0 {
						t.Errorf("%s failed but was written", id)
					}
				} else if written[id] != 1 {
					t.Errorf("%s written %d times", id, written[id])
				}
			}
			if (tt.failAt != 0) != (nFailed > 0) {
				t.Errorf("%d puts failed", nFailed)
			}
			if g.leading || len(g.queue) != 0 {
				t.Errorf("left leading=%v with %d queued", g.leading, len(g.queue))
			}
		})
	}
}
