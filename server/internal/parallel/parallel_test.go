package parallel

import (
	"errors"
	"sync/atomic"
	"testing"
)

func TestDo(t *testing.T) {
	var n atomic.Int32
	a, b := errors.New("a"), errors.New("b")
	err := Do(func() error { n.Add(1); return a }, func() error { n.Add(1); return nil }, func() error { n.Add(1); return b })
	if n.Load() != 3 || !errors.Is(err, a) || !errors.Is(err, b) {
		t.Errorf("ran %d, err %v", n.Load(), err)
	}
	if err := Do(); err != nil {
		t.Errorf("Do() = %v", err)
	}
}
