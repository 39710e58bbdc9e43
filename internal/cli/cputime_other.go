//go:build !unix

package cli

import "time"

var start = time.Now()

// cpuTime falls back to wall time where getrusage is missing.
func cpuTime() (time.Duration, int64) { return time.Since(start), 0 }
