//go:build unix

package cli

import (
	"syscall"
	"time"
)

// cpuTime returns the CPU time (user + system) this process has used, and
// its peak resident set size in bytes.
func cpuTime() (time.Duration, int64) {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0, 0
	}
	cpu := time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
	return cpu, int64(ru.Maxrss) * 1024 // Linux reports KiB
}
