//go:build unix

// Package cputime reads the CPU time the process has used, for Marsad's
// benchmarks (a rate per CPU-second holds on a busy machine, where
// wall-clock time does not).
package cputime

import (
	"syscall"
	"time"
)

// Used is the CPU time (user + system) the process has used so far.
func Used() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
