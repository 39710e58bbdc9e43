package memo

import (
	"strconv"
	"sync"
	"testing"
)

func TestMemo(t *testing.T) {
	calls := 0
	f := func(s string) int { calls++; return len(s) }
	var m Memo[int]
	tests := []struct {
		key   string
		want  int
		calls int
	}{{"حفتر", 8, 1}, {"حفتر", 8, 1}, {"ليبيا", 10, 2}}
	for _, tc := range tests {
		t.Run(tc.key, func(t *testing.T) {
			if got := m.Get(tc.key, f); got != tc.want || calls != tc.calls {
				t.Fatalf("Get(%q) = %d after %d calls, want %d after %d", tc.key, got, calls, tc.want, tc.calls)
			}
		})
	}
	var nilMemo *Memo[int]
	if nilMemo.Get("x", f) != 1 || nilMemo.Len() != 0 {
		t.Fatal("a nil memo must compute")
	}
}

func TestMemoBoundedAndConcurrent(t *testing.T) {
	var m Memo[string]
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range Limit/2 + 10 {
				k := strconv.Itoa(g*Limit + i)
				if m.Get(k, func(s string) string { return s }) != k {
					t.Error("wrong answer")
					return
				}
			}
		}()
	}
	wg.Wait()
	if m.Len() > Limit {
		t.Fatalf("memo grew to %d, past its limit %d", m.Len(), Limit)
	}
}
