package ingest_test

import (
	"context"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync/atomic"

	"github.com/marsad/marsad/ingest"
)

// Example ingests a directory: every Doc goes through a process function on
// all cores, a Checkpoint makes the second run skip what the first did.
func Example() {
	dir, _ := os.MkdirTemp("", "ingest-example")
	defer os.RemoveAll(dir)
	os.WriteFile(filepath.Join(dir, "a.txt"), []byte("عنوان\nنص الخبر"), 0o644)
	os.WriteFile(filepath.Join(dir, "b.jsonl"), []byte(`{"title":"1"}`+"\n"+`{"title":"2"}`+"\n{broken\n"), 0o644)

	ctx := context.Background()
	var cp ingest.MemoryCheckpoint // a real caller keeps this in its store
	var stored atomic.Int64
	process := func(ctx context.Context, d ingest.Doc) error {
		// e.g. document.Parse(ctx, d.Input()), analyse, store by d.Hash().
		stored.Add(1)
		return nil
	}
	cfg := ingest.Config{Checkpoint: &cp, Logger: slog.New(slog.DiscardHandler)}
	for run := 1; run <= 2; run++ {
		st, err := ingest.Run(ctx, cfg, ingest.NewFileSource([]string{dir}, ingest.FileConfig{}), process)
		if err != nil {
			fmt.Println(err)
			return
		}
		fmt.Printf("run %d: read %d, processed %d, already done %d, skipped %d %v\n",
			run, st.Read, st.Processed, st.Seen, st.Skipped, st.Reasons)
	}
	fmt.Println("stored", stored.Load())
	// Output:
	// run 1: read 3, processed 3, already done 0, skipped 1 map[malformed:1]
	// run 2: read 3, processed 0, already done 3, skipped 1 map[malformed:1]
	// stored 3
}
