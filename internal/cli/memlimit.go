package cli

import "runtime/debug"

// analyzeMemoryLimit is the soft memory limit 'marsad analyze' runs under
// unless GOMEMLIMIT says otherwise: the garbage collector works harder as
// the heap nears it, so that one analysis of the largest body analysed
// (extract.DefaultMaxBodyBytes) peaks under 300 MB with the models loaded,
// at no measurable CPU cost (README, Speed and memory).
const analyzeMemoryLimit = 250 << 20

// softMemoryLimit sets the Go runtime's soft memory limit to limit bytes
// when the environment sets none.
func softMemoryLimit(env *Env, limit int64) {
	if env.getenv("GOMEMLIMIT") != "" {
		return
	}
	debug.SetMemoryLimit(limit)
}
